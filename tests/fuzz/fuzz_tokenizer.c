// fuzz_tokenizer.c — libFuzzer target for tokenizer.json loading and the
// encoder and decoder it configures (runtime/tokenizer.c): fuzzed
// vocabularies, merges, added tokens, normalizers, pre-tokenizers,
// post-processors and decoders, then text through all of them.
//
// The input is a tokenizer.json, optionally followed by a NUL byte and a text
// (a raw NUL cannot occur in JSON, so the split is unambiguous). What loads,
// through zo_tok_load_text (zo_tok_load without the file), encodes: the text
// after the NUL (its first KB), a few fixed probes (spaces, digits, contractions, accents,
// emoji, special-token spellings, byte tokens) and 512 bytes of the JSON
// text from "vocab" on (the vocabulary's own strings); every id it gives
// without the post-processor must be inside the vocabulary, and the ids
// decode back, with and without special tokens, as do ids made of the text's
// bytes (negative and out-of-range ones included).
//
// Built and run by scripts/fuzz.sh (seeds: tests/fuzz/corpus_tokenizer, the
// tokenizers of tests/data/tok and variants; dictionary:
// tests/fuzz/tokenizer.dict). A finding becomes a file in
// tests/fuzz/regress/fuzz_tokenizer/ and a case in tests/test_tokenizer.c.
#define _GNU_SOURCE   /* memmem */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/tokenizer.h"

#define CHECK(c) do { if (!(c)) { fprintf(stderr, "fuzz_tokenizer: check failed: %s\n", #c); abort(); } } while (0)

static volatile size_t sink;

static const char *const probes[] = {
  "Hello world", " the  quick brown\tfox\n\njumps", "it's I'm we'll they've don't",
  "12345 67.89 1,000,000", "caf\xC3\xA9 na\xC3\xAFve \xC3\x85ngstr\xC3\xB6m", "\xE2\x96\x81leading \xE2\x96\x81",
  "\xF0\x9F\x98\x80 emoji \xE4\xB8\xAD\xE6\x96\x87", "<s> </s> <unk> <pad> <mask> <|endoftext|> <|begin_of_text|>",
  "<0x41><0x0A>", "   ", "\r\n", "a", "",
};

static void encode_decode(const Tokenizer *t, const char *s, size_t n) {
  int vocab = zo_tok_vocab_size(t);
  for (int special = 0; special < 2; special++) {
    int32_t *ids = NULL;
    int nids = 0;
    if (zo_tok_encode(t, s, n, special, &ids, &nids) != 0) {
      CHECK(ids == NULL && nids == 0);
      return;   /* not UTF-8: both calls say so */
    }
    CHECK(nids >= 0 && (nids == 0 || ids));
    /* without the post-processor every id comes from the vocabulary or the added tokens */
    for (int i = 0; i < nids && !special; i++) CHECK(ids[i] >= 0 && ids[i] < vocab);
    size_t len = 0;
    char *text = zo_tok_decode(t, ids, nids, special, &len);   /* special tokens kept once, skipped once */
    CHECK(text && strlen(text) <= len);
    sink += len;
    free(text);
    for (int i = 0; i < nids; i++) {
      const char *str = zo_tok_token_str(t, ids[i]);
      if (str) sink += strlen(str) + zo_tok_is_special(t, ids[i]);
    }
    free(ids);
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *json = (const char *)data;
  const uint8_t *nul = memchr(data, 0, size);
  size_t jlen = nul ? (size_t)(nul - data) : size;
  const char *text = nul ? (const char *)nul + 1 : "";
  size_t tlen = nul ? size - jlen - 1 : 0;
  if (tlen > 1024) tlen = 1024;   /* longer texts reach no new code, only cost time */

  Tokenizer *t = zo_tok_load_text("fuzz/tokenizer.json", json, jlen);
  if (!t) return 0;
  int vocab = zo_tok_vocab_size(t);
  CHECK(vocab > 0);
  int32_t named[] = {zo_tok_bos_id(t), zo_tok_eos_id(t), zo_tok_unk_id(t)};
  for (int i = 0; i < 3; i++) CHECK(named[i] >= -1 && named[i] < (1 << 24));

  encode_decode(t, text, tlen);
  for (size_t i = 0; i < sizeof probes / sizeof *probes; i++) encode_decode(t, probes[i], strlen(probes[i]));
  /* 512 bytes of the file from its vocabulary on: all of it costs ~60 ms a run */
  const char *v = memmem(json, jlen, "\"vocab\"", 7);
  size_t voff = v ? (size_t)(v - json) : 0;
  encode_decode(t, json + voff, jlen - voff < 512 ? jlen - voff : 512);

  /* ids from the text's bytes, two at a time, around the vocabulary's edges */
  int nids = (int)(tlen / 2);
  int32_t *ids = malloc(sizeof(int32_t) * (size_t)(nids + 4));
  for (int i = 0; i < nids; i++) ids[i] = (int32_t)(int16_t)((uint8_t)text[2 * i] | (uint8_t)text[2 * i + 1] << 8);
  ids[nids++] = vocab - 1;
  ids[nids++] = vocab;
  ids[nids++] = -1;
  ids[nids++] = INT32_MAX;
  for (int skip = 0; skip < 2; skip++) {
    size_t len = 0;
    char *s = zo_tok_decode(t, ids, nids, skip, &len);
    CHECK(s && strlen(s) <= len);
    free(s);
  }
  for (int i = 0; i < nids; i++) {
    const char *str = zo_tok_token_str(t, ids[i]);
    if (str) sink += (size_t)zo_tok_token_id(t, str);   /* (a normalized added token's string need not map back) */
  }
  free(ids);
  zo_tok_free(t);
  return 0;
}
