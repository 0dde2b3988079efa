/* tokenizer.h — text to token ids and back, from a Hugging Face tokenizer.json.
 *
 * Supported (the BPE families zoc's models use):
 *  - byte-level BPE (GPT-2, OPT, RoBERTa, Llama-3): ByteLevel pre-tokenizer
 *    (GPT-2 split pattern, add_prefix_space, use_regex), Split with the GPT-2,
 *    Llama-3/tiktoken or Qwen2 pattern (or a literal string), ByteLevel decoder;
 *  - SentencePiece-style BPE (Llama 1/2, Mistral): Prepend / Replace normalizers
 *    or the Metaspace pre-tokenizer (prepend_scheme always/first/never, split),
 *    byte_fallback to <0xXX> tokens, unk_token (fused or not); decoders Replace,
 *    ByteFallback, Fuse, Strip, Metaspace;
 *  - added_tokens (special or not; lstrip, rstrip, single_word, normalized),
 *    matched in the text before the normalizer and pre-tokenizer run;
 *  - post-processors TemplateProcessing (single), Roberta, Bert, ByteLevel,
 *    Sequence — applied when `add_special` is true;
 *  - normalizers NFC/NFD/NFKC/NFKD, Lowercase, Strip, StripAccents;
 *    pre-tokenizer Digits; BPE ignore_merges, continuing_subword_prefix,
 *    end_of_word_suffix.
 * Anything else in the file (another model type, a Split regex we do not know,
 * a Precompiled normalizer, BPE dropout) is refused at load time with a
 * message naming it, so ids are never silently wrong.  Truncation and padding
 * settings are ignored.
 *
 * Known differences from the library (tests/test_tokenizer.c checks the rest
 * exactly): Unicode classes come from utf8proc (Unicode 15.0 on Debian 12)
 * where the library's regex engine has Unicode 16, so text holding characters
 * assigned in 15.1/16.0 may split differently; NFC/NFKC use utf8proc's tables
 * where the library's predate Unicode 13, so newer characters with
 * decompositions (U+1FBF0, U+A7F3) normalize differently; single_word's word
 * test approximates Rust's \w.
 */
#ifndef ZOC_TOKENIZER_H
#define ZOC_TOKENIZER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct Tokenizer Tokenizer;

/* Loads PATH (a tokenizer.json).  NULL after zo_env_error(PATH, ...) if it
 * cannot be read, is not JSON, is not a BPE tokenizer, lacks vocab or merges,
 * has a merge whose parts are not in the vocabulary, or uses a component that
 * is not supported. */
Tokenizer *zo_tok_load(const char *path);
/* The same from LEN bytes of TEXT already in memory (the fuzz target's way
 * in); PATH only names it in messages. */
Tokenizer *zo_tok_load_text(const char *path, const char *text, size_t len);
void zo_tok_free(Tokenizer *t);                      /* NULL is fine */

/* Encodes LEN bytes of TEXT (UTF-8; NUL bytes allowed) into *IDS (malloc'd,
 * the caller frees; NULL when *N is 0) and *N.  ADD_SPECIAL applies the
 * post-processor (e.g. a leading <s>).  Returns 0, or -1 after zo_env_error
 * if TEXT is not valid UTF-8 (*IDS = NULL, *N = 0). */
int zo_tok_encode(const Tokenizer *t, const char *text, size_t len, bool add_special,
                  int32_t **ids, int *n);

/* Decodes N ids to text (malloc'd, NUL-terminated; *LEN, if LEN is not NULL,
 * gets its length, which counts NUL bytes inside it).  Ids outside the
 * vocabulary are skipped, as are special tokens when SKIP_SPECIAL.  Byte
 * sequences that are not UTF-8 become U+FFFD, as the Hugging Face library does. */
char *zo_tok_decode(const Tokenizer *t, const int32_t *ids, int n, bool skip_special, size_t *len);

/* Largest id + 1 over the model vocabulary and the added tokens. */
int zo_tok_vocab_size(const Tokenizer *t);
/* The id of TOKEN (as written in the vocabulary, e.g. "Ġthe", "▁the", "<s>"),
 * added tokens first; -1 if none. */
int32_t zo_tok_token_id(const Tokenizer *t, const char *token);
/* The vocabulary string of ID, or NULL (owned by t).  As in the library, an
 * added token with "normalized": true reads back as its normalized form. */
const char *zo_tok_token_str(const Tokenizer *t, int32_t id);
bool zo_tok_is_special(const Tokenizer *t, int32_t id);

/* tokenizer.json does not name BOS/EOS (tokenizer_config.json does); these are
 * the first special added token of the post-processor template (BOS), else one
 * of the usual names: BOS <s> <|begin_of_text|> <bos> <|endoftext|>; EOS </s>
 * <|end_of_text|> <|endoftext|> <eos> <|im_end|>.  -1 if none. */
int32_t zo_tok_bos_id(const Tokenizer *t);
int32_t zo_tok_eos_id(const Tokenizer *t);
int32_t zo_tok_unk_id(const Tokenizer *t);           /* -1 if the model has none */

#endif
