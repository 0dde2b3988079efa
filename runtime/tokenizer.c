/* tokenizer.c — BPE tokenizers from Hugging Face tokenizer.json (see tokenizer.h).
 *
 * The goal is the exact ids the official `tokenizers` library gives, so the
 * pipeline mirrors it step by step:
 *   1. added tokens whose `normalized` is false are cut out of the raw text
 *      (leftmost-longest, as its Aho-Corasick matcher; lstrip/rstrip/single_word);
 *   2. each remaining piece is normalized, then added tokens whose `normalized`
 *      is true are cut out of the normalized text;
 *   3. each remaining piece goes through the pre-tokenizers, which only split
 *      and rewrite strings (the regexes are hand-written matchers over Unicode
 *      categories from utf8proc: no regex engine, only the few patterns real
 *      tokenizers use are recognised);
 *   4. the BPE model turns each word into ids: characters, byte fallback or
 *      unk, then merges by rank with the library's heap algorithm (lowest rank,
 *      then leftmost position; stale heap entries skipped), so even merge lists
 *      that are not "consistent" give the same result;
 *   5. the post-processor adds special tokens when asked.
 * Decoding runs the decoder chain over token strings, as the library does,
 * including its lossy UTF-8 repair (maximal invalid subparts become U+FFFD).
 *
 * Everything loaded lives in one arena; each encode call uses its own scratch
 * arena, so a Tokenizer is read-only after loading and may be shared by threads.
 * There is no per-word cache: merging is O(n log n) in the word length.
 */
#include "runtime/tokenizer.h"

#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "support/support.h"

/* Ids above this are refused: the id->string table is dense. */
#define TOK_MAX_ID (1 << 24)

typedef Vec(int32_t) IdVec;

typedef struct Str {
  const char *s;
  size_t n;
} Str;

/* ---------------------------------------------------------------- UTF-8 */

/* Decodes the sequence at S (N > 0 bytes left): returns its length and sets
 * *CP, or returns 0 and sets *BAD to the length of the maximal invalid
 * subpart (what Rust's from_utf8_lossy replaces by one U+FFFD). */
static int utf8_next(const unsigned char *s, size_t n, uint32_t *cp, int *bad) {
  unsigned c = s[0];
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  int need;
  uint32_t v;
  unsigned lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    need = 1, v = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    need = 2, v = c & 0x0F;
    if (c == 0xE0) lo = 0xA0;   /* no overlong forms */
    if (c == 0xED) hi = 0x9F;   /* no surrogates */
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 3, v = c & 0x07;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;   /* nothing above U+10FFFF */
  } else {
    *bad = 1;
    return 0;
  }
  for (int k = 1; k <= need; k++) {
    if ((size_t)k >= n || s[k] < lo || s[k] > hi) {
      *bad = k;
      return 0;
    }
    v = (v << 6) | (s[k] & 0x3F);
    lo = 0x80, hi = 0xBF;
  }
  *cp = v;
  return need + 1;
}

/* Length of the valid UTF-8 character at S (the text is known to be valid). */
static int utf8_len(const char *s, size_t n) {
  uint32_t cp;
  int bad;
  int k = utf8_next((const unsigned char *)s, n, &cp, &bad);
  return k ? k : 1;
}

static uint32_t utf8_cp(const char *s, size_t n) {
  uint32_t cp = 0xFFFD;
  int bad;
  utf8_next((const unsigned char *)s, n, &cp, &bad);
  return cp;
}

static int utf8_put(char *out, uint32_t c) {
  if (c < 0x80) {
    out[0] = (char)c;
    return 1;
  }
  if (c < 0x800) {
    out[0] = (char)(0xC0 | (c >> 6));
    out[1] = (char)(0x80 | (c & 0x3F));
    return 2;
  }
  if (c < 0x10000) {
    out[0] = (char)(0xE0 | (c >> 12));
    out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
    out[2] = (char)(0x80 | (c & 0x3F));
    return 3;
  }
  out[0] = (char)(0xF0 | (c >> 18));
  out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
  out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
  out[3] = (char)(0x80 | (c & 0x3F));
  return 4;
}

/* Offset of the first invalid byte, or N if S is valid UTF-8. */
static size_t utf8_check(const char *s, size_t n) {
  size_t i = 0;
  while (i < n) {
    uint32_t cp;
    int bad;
    int k = utf8_next((const unsigned char *)s + i, n - i, &cp, &bad);
    if (!k) return i;
    i += (size_t)k;
  }
  return n;
}

/* StrBuf appends without printf (support's zo_sb_putc formats each byte),
 * keeping the buffer NUL-terminated so zo_sb_take can hand it out. */
static void sb_putn(StrBuf *sb, const char *s, size_t n) {
  if (sb->len + n + 1 > sb->cap) {
    sb->cap = 2 * (sb->len + n + 1) + 64;
    sb->buf = zo_xrealloc(sb->buf, sb->cap);
  }
  if (n) memcpy(sb->buf + sb->len, s, n);   /* an absent affix is {NULL, 0}: memcpy from NULL is undefined */
  sb->len += n;
  sb->buf[sb->len] = 0;
}

static void sb_put1(StrBuf *sb, char c) { sb_putn(sb, &c, 1); }

/* Appends S to SB, each maximal invalid subpart replaced by U+FFFD. */
static void sb_put_lossy(StrBuf *sb, const char *s, size_t n) {
  size_t i = 0;
  while (i < n) {
    uint32_t cp;
    int bad;
    int k = utf8_next((const unsigned char *)s + i, n - i, &cp, &bad);
    if (k) {
      sb_putn(sb, s + i, (size_t)k);
      i += (size_t)k;
    } else {
      sb_putn(sb, "\xEF\xBF\xBD", 3);
      i += (size_t)bad;
    }
  }
}

/* ------------------------------------------------------ Unicode classes */

/* \p{L}, \p{N} and \s as Oniguruma (the library's regex engine) reads them;
 * \s is U+0009..U+000D, U+0085 and the Zs/Zl/Zp separators, which is also
 * Rust's char::is_whitespace. */
static bool uc_is_L(uint32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  utf8proc_category_t k = utf8proc_category((utf8proc_int32_t)c);
  return k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_LO;
}

static bool uc_is_N(uint32_t c) {
  if (c < 0x80) return c >= '0' && c <= '9';
  utf8proc_category_t k = utf8proc_category((utf8proc_int32_t)c);
  return k >= UTF8PROC_CATEGORY_ND && k <= UTF8PROC_CATEGORY_NO;
}

static bool uc_is_space(uint32_t c) {
  if (c < 0x80) return c == ' ' || (c >= 0x09 && c <= 0x0D);
  if (c == 0x85) return true;
  utf8proc_category_t k = utf8proc_category((utf8proc_int32_t)c);
  return k == UTF8PROC_CATEGORY_ZS || k == UTF8PROC_CATEGORY_ZL || k == UTF8PROC_CATEGORY_ZP;
}

/* Rust regex's Unicode \w (used for single_word added tokens): Alphabetic,
 * marks, Nd, Pc, joiners.  Alphabetic is approximated by L, Nl and the
 * circled/squared Latin letters (Other_Alphabetic symbols). */
static bool uc_is_word(uint32_t c) {
  if (c < 0x80) return uc_is_L(c) || uc_is_N(c) || c == '_';
  if (c == 0x200C || c == 0x200D || (c >= 0x24B6 && c <= 0x24E9) || (c >= 0x1F130 && c <= 0x1F189))
    return true;
  utf8proc_category_t k = utf8proc_category((utf8proc_int32_t)c);
  return (k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_NL) || k == UTF8PROC_CATEGORY_PC;
}

static bool uc_is_crlf(uint32_t c) { return c == '\r' || c == '\n'; }
static bool uc_is_other(uint32_t c) { return !uc_is_space(c) && !uc_is_L(c) && !uc_is_N(c); }

/* ------------------------------------------------------------ hash maps */

static uint64_t hash_bytes(const char *s, size_t n) {
  uint64_t h = 1469598103934665603ull;   /* FNV-1a */
  for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
  return h ^ (h >> 29);
}

typedef struct StrSlot {
  const char *s;   /* NULL: empty */
  uint32_t n;
  int32_t val;
} StrSlot;

typedef struct StrMap {
  StrSlot *slots;
  size_t cap, len;
} StrMap;

static void strmap_grow(StrMap *m);

/* Inserts or overwrites; S must outlive the map. */
static void strmap_put(StrMap *m, const char *s, size_t n, int32_t val) {
  if (2 * (m->len + 1) > m->cap) strmap_grow(m);
  size_t i = hash_bytes(s, n) & (m->cap - 1);
  for (;; i = (i + 1) & (m->cap - 1)) {
    StrSlot *e = &m->slots[i];
    if (!e->s) {
      e->s = s, e->n = (uint32_t)n, e->val = val;
      m->len++;
      return;
    }
    if (e->n == n && memcmp(e->s, s, n) == 0) {
      e->val = val;
      return;
    }
  }
}

static void strmap_grow(StrMap *m) {
  StrMap old = *m;
  m->cap = old.cap ? 2 * old.cap : 64;
  m->slots = zo_xcalloc(m->cap, sizeof(StrSlot));
  m->len = 0;
  for (size_t i = 0; i < old.cap; i++)
    if (old.slots[i].s) strmap_put(m, old.slots[i].s, old.slots[i].n, old.slots[i].val);
  free(old.slots);
}

static int32_t strmap_get(const StrMap *m, const char *s, size_t n) {
  if (!m->cap) return -1;
  size_t i = hash_bytes(s, n) & (m->cap - 1);
  for (;; i = (i + 1) & (m->cap - 1)) {
    const StrSlot *e = &m->slots[i];
    if (!e->s) return -1;
    if (e->n == n && memcmp(e->s, s, n) == 0) return e->val;
  }
}

/* (left id, right id) -> (rank, merged id) */
typedef struct PairSlot {
  uint64_t key;    /* PAIR_EMPTY: empty */
  int32_t rank, id;
} PairSlot;

#define PAIR_EMPTY UINT64_MAX

typedef struct PairMap {
  PairSlot *slots;
  size_t cap, len;
} PairMap;

static uint64_t pair_key(int32_t a, int32_t b) { return ((uint64_t)(uint32_t)a << 32) | (uint32_t)b; }
static size_t pair_hash(uint64_t k) {
  k ^= k >> 33;
  k *= 0xff51afd7ed558ccdull;
  k ^= k >> 33;
  return (size_t)k;
}

static void pairmap_put(PairMap *m, uint64_t key, int32_t rank, int32_t id) {
  if (2 * (m->len + 1) > m->cap) {
    PairMap old = *m;
    m->cap = old.cap ? 2 * old.cap : 64;
    m->slots = zo_xmalloc(m->cap * sizeof(PairSlot));
    for (size_t i = 0; i < m->cap; i++) m->slots[i].key = PAIR_EMPTY;
    m->len = 0;
    for (size_t i = 0; i < old.cap; i++)
      if (old.slots[i].key != PAIR_EMPTY) pairmap_put(m, old.slots[i].key, old.slots[i].rank, old.slots[i].id);
    free(old.slots);
  }
  size_t i = pair_hash(key) & (m->cap - 1);
  for (;; i = (i + 1) & (m->cap - 1)) {
    PairSlot *e = &m->slots[i];
    if (e->key == PAIR_EMPTY) {
      *e = (PairSlot){key, rank, id};
      m->len++;
      return;
    }
    if (e->key == key) {   /* a repeated merge: the later one wins, as in a HashMap collect */
      e->rank = rank, e->id = id;
      return;
    }
  }
}

static const PairSlot *pairmap_get(const PairMap *m, int32_t a, int32_t b) {
  if (!m->cap) return NULL;
  uint64_t key = pair_key(a, b);
  size_t i = pair_hash(key) & (m->cap - 1);
  for (;; i = (i + 1) & (m->cap - 1)) {
    const PairSlot *e = &m->slots[i];
    if (e->key == PAIR_EMPTY) return NULL;
    if (e->key == key) return e;
  }
}

/* ------------------------------------------------------------ the model */

typedef enum {
  NORM_PREPEND,        /* a: the prefix (only on non-empty text) */
  NORM_REPLACE,        /* a -> b, every occurrence */
  NORM_NFC,
  NORM_NFD,
  NORM_NFKC,
  NORM_NFKD,
  NORM_LOWERCASE,
  NORM_STRIP,          /* left, right */
  NORM_STRIP_ACCENTS,
} NormKind;

typedef struct Norm {
  NormKind kind;
  Str a, b;
  bool left, right;
} Norm;

typedef enum {
  PRE_BYTELEVEL,       /* add_prefix_space, use_regex (GPT-2 pattern), then bytes -> chars */
  PRE_SPLIT,           /* pattern, behavior, invert */
  PRE_METASPACE,       /* replacement, prepend scheme, split */
  PRE_DIGITS,          /* individual_digits */
} PreKind;

typedef enum {
  PAT_LITERAL,
  PAT_GPT2,            /* 's|'t|... ?\p{L}+| ?\p{N}+|... */
  PAT_LLAMA3,          /* (?i:'s|...)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,max_digits}|... */
  PAT_DIGITS,          /* the Digits pre-tokenizer's own matcher */
} PatKind;

typedef enum { SPLIT_REMOVED, SPLIT_ISOLATED, SPLIT_MERGED_PREV, SPLIT_MERGED_NEXT, SPLIT_CONTIGUOUS } SplitBehavior;
typedef enum { PREPEND_ALWAYS, PREPEND_FIRST, PREPEND_NEVER } PrependScheme;

typedef struct Pre {
  PreKind kind;
  bool add_prefix_space, use_regex;   /* ByteLevel */
  PatKind pat;                        /* Split, Digits */
  Str literal;
  int max_digits;
  bool individual_digits;
  SplitBehavior behavior;
  bool invert;
  Str repl;                           /* Metaspace */
  PrependScheme scheme;
  bool split;
} Pre;

typedef enum { DEC_BYTELEVEL, DEC_REPLACE, DEC_BYTEFALLBACK, DEC_FUSE, DEC_STRIP, DEC_METASPACE } DecKind;

typedef struct Dec {
  DecKind kind;
  Str a, b;              /* Replace: pattern, content; Metaspace: replacement */
  uint32_t ch;           /* Strip: the character */
  int start, stop;
  PrependScheme scheme;
} Dec;

typedef struct AddedTok {
  Str content;
  Str pattern;           /* what is matched: content, normalized if `normalized` */
  int32_t id;
  bool special, lstrip, rstrip, single_word, normalized;
} AddedTok;

/* Added tokens matched against one kind of text (raw or normalized). */
typedef struct AddedSet {
  AddedTok **toks;
  int n;
  bool first_byte[256];
} AddedSet;

struct Tokenizer {
  Arena arena;
  char *path;
  /* BPE */
  StrMap vocab;               /* model vocabulary */
  PairMap merges;
  int32_t unk_id;             /* -1 if none */
  bool fuse_unk, byte_fallback, ignore_merges;
  Str cont_prefix, eow_suffix; /* continuing_subword_prefix, end_of_word_suffix (n = 0: none) */
  int32_t byte_id[256];       /* <0xXX> tokens, -1 if absent */
  /* id -> string (added tokens override the model's), special flags */
  int n_ids;
  Str *id_str;
  bool *id_special;
  /* added tokens */
  StrMap added_map;
  AddedTok *added;
  int n_added;
  AddedSet raw_set, norm_set;
  /* pipeline */
  Vec(Norm) norms;
  Vec(Pre) pres;
  Vec(Dec) decs;
  bool has_decoder;
  IdVec post_before;          /* the post-processor's ids around the text */
  IdVec post_after;
  int32_t bos, eos;
};

/* ----------------------------------------------------------------- load */

typedef struct Loader {
  const char *path;
  Tokenizer *t;
  bool failed;
} Loader;

static bool fail(Loader *L, const char *fmt, ...) ZO_PRINTF(2, 3);
static bool fail(Loader *L, const char *fmt, ...) {
  if (!L->failed) {   /* the first problem is the one worth reading */
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    zo_env_error(L->path, "%s", msg);
  }
  L->failed = true;
  return false;
}

static Str arena_str(Tokenizer *t, const char *s, size_t n) {
  return (Str){zo_arena_strndup(&t->arena, s, n), n};
}

/* A JSON string member as an arena copy; *OUT unchanged if absent or null.
 * A member of another kind is an error. */
static bool get_str(Loader *L, json_t *obj, const char *key, const char *where, Str *out) {
  json_t *v = json_object_get(obj, key);
  if (!v || json_is_null(v)) return true;
  if (!json_is_string(v)) return fail(L, "%s: \"%s\" is not a string", where, key);
  *out = arena_str(L->t, json_string_value(v), json_string_length(v));
  return true;
}

static bool get_bool(Loader *L, json_t *obj, const char *key, const char *where, bool dflt, bool *out) {
  json_t *v = json_object_get(obj, key);
  if (!v || json_is_null(v)) {
    *out = dflt;
    return true;
  }
  if (!json_is_boolean(v)) return fail(L, "%s: \"%s\" is not true or false", where, key);
  *out = json_is_true(v);
  return true;
}

static bool get_id(Loader *L, json_t *v, const char *what, const char *name, int32_t *out) {
  if (!json_is_integer(v) || json_integer_value(v) < 0 || json_integer_value(v) >= TOK_MAX_ID)
    return fail(L, "%s \"%s\": the id is not an integer in 0..%d", what, name, TOK_MAX_ID - 1);
  *out = (int32_t)json_integer_value(v);
  return true;
}

static const char *type_of(json_t *obj) {
  json_t *ty = json_object_get(obj, "type");
  return json_is_string(ty) ? json_string_value(ty) : NULL;
}

/* A {"String": s} or {"Regex": r} pattern. */
static bool get_pattern(Loader *L, json_t *obj, const char *where, Str *lit, const char **regex) {
  json_t *p = json_object_get(obj, "pattern");
  json_t *s = json_is_object(p) ? json_object_get(p, "String") : NULL;
  json_t *r = json_is_object(p) ? json_object_get(p, "Regex") : NULL;
  *regex = NULL;
  if (json_is_string(s) && json_string_length(s) > 0) {
    *lit = arena_str(L->t, json_string_value(s), json_string_length(s));
    return true;
  }
  if (json_is_string(r)) {
    *regex = json_string_value(r);
    return true;
  }
  return fail(L, "%s: \"pattern\" is not {\"String\": non-empty} or {\"Regex\": ...}", where);
}

static bool get_scheme(Loader *L, json_t *obj, const char *where, PrependScheme *out) {
  json_t *ps = json_object_get(obj, "prepend_scheme");
  if (json_is_string(ps)) {
    const char *s = json_string_value(ps);
    if (!strcmp(s, "always")) *out = PREPEND_ALWAYS;
    else if (!strcmp(s, "first")) *out = PREPEND_FIRST;
    else if (!strcmp(s, "never")) *out = PREPEND_NEVER;
    else return fail(L, "%s: unknown prepend_scheme \"%s\"", where, s);
    return true;
  }
  bool add = true;   /* files written before prepend_scheme existed */
  if (!get_bool(L, obj, "add_prefix_space", where, true, &add)) return false;
  *out = add ? PREPEND_ALWAYS : PREPEND_NEVER;
  return true;
}

static bool get_replacement(Loader *L, json_t *obj, const char *where, Str *out) {
  *out = (Str){"\xE2\x96\x81", 3};   /* U+2581 ▁ */
  if (!get_str(L, obj, "replacement", where, out)) return false;
  if (out->n == 0 || (size_t)utf8_len(out->s, out->n) != out->n)
    return fail(L, "%s: \"replacement\" is not one character", where);
  return true;
}

static bool load_model(Loader *L, json_t *root) {
  Tokenizer *t = L->t;
  json_t *m = json_object_get(root, "model");
  if (!json_is_object(m)) return fail(L, "no \"model\" object: not a tokenizer.json");
  const char *ty = type_of(m);
  if (ty && strcmp(ty, "BPE") != 0)
    return fail(L, "model type \"%s\" is not supported (only BPE tokenizers)", ty);
  json_t *vocab = json_object_get(m, "vocab");
  json_t *merges = json_object_get(m, "merges");
  if (!json_is_object(vocab)) return fail(L, "the BPE model has no \"vocab\" object");
  if (!json_is_array(merges)) return fail(L, "the BPE model has no \"merges\" array");
  json_t *dropout = json_object_get(m, "dropout");
  if (dropout && !json_is_null(dropout) && !(json_is_number(dropout) && json_number_value(dropout) == 0))
    return fail(L, "BPE dropout is not supported (it makes encoding random)");

  const char *key;
  json_t *v;
  int32_t max_id = -1;
  json_object_foreach(vocab, key, v) {
    int32_t id = -1;
    if (!get_id(L, v, "vocab entry", key, &id)) return false;
    /* jansson keys stop at NUL; a vocabulary string with a NUL cannot be matched anyway */
    Str s = arena_str(t, key, strlen(key));
    strmap_put(&t->vocab, s.s, s.n, id);
    if (id > max_id) max_id = id;
  }
  if (t->vocab.len == 0) return fail(L, "the BPE vocabulary is empty");

  if (!get_str(L, m, "continuing_subword_prefix", "model", &t->cont_prefix)) return false;
  if (!get_str(L, m, "end_of_word_suffix", "model", &t->eow_suffix)) return false;
  if (!get_bool(L, m, "fuse_unk", "model", false, &t->fuse_unk)) return false;
  if (!get_bool(L, m, "byte_fallback", "model", false, &t->byte_fallback)) return false;
  if (!get_bool(L, m, "ignore_merges", "model", false, &t->ignore_merges)) return false;
  Str unk = {0};
  if (!get_str(L, m, "unk_token", "model", &unk)) return false;
  t->unk_id = -1;
  if (unk.s) {
    t->unk_id = strmap_get(&t->vocab, unk.s, unk.n);
    if (t->unk_id < 0) return fail(L, "unk_token \"%s\" is not in the vocabulary", unk.s);
  }
  for (int b = 0; b < 256; b++) {
    char name[8];
    snprintf(name, sizeof name, "<0x%02X>", b);
    t->byte_id[b] = strmap_get(&t->vocab, name, 6);
  }

  /* Merges: "a b" strings (older files) or ["a", "b"] pairs; the rank is the position. */
  size_t i;
  json_t *e;
  StrBuf joined = {0};
  json_array_foreach(merges, i, e) {
    const char *a, *b;
    size_t an, bn;
    if (json_is_string(e)) {
      a = json_string_value(e);
      const char *sp = memchr(a, ' ', json_string_length(e));
      if (!sp) {
        zo_sb_free(&joined);
        return fail(L, "merge %zu (\"%s\") is not two tokens separated by a space", i, a);
      }
      an = (size_t)(sp - a);
      b = sp + 1;
      bn = json_string_length(e) - an - 1;
    } else if (json_is_array(e) && json_array_size(e) == 2 && json_is_string(json_array_get(e, 0)) &&
               json_is_string(json_array_get(e, 1))) {
      a = json_string_value(json_array_get(e, 0));
      an = json_string_length(json_array_get(e, 0));
      b = json_string_value(json_array_get(e, 1));
      bn = json_string_length(json_array_get(e, 1));
    } else {
      zo_sb_free(&joined);
      return fail(L, "merge %zu is neither \"a b\" nor [\"a\", \"b\"]", i);
    }
    int32_t ia = strmap_get(&t->vocab, a, an), ib = strmap_get(&t->vocab, b, bn);
    if (ia < 0 || ib < 0) {
      const char *which = ia < 0 ? a : b;
      int wn = (int)(ia < 0 ? an : bn);
      zo_sb_free(&joined);
      return fail(L, "merge %zu: \"%.*s\" is not in the vocabulary", i, wn, which);
    }
    /* The merged token drops the right part's continuing_subword_prefix. */
    if (t->cont_prefix.n && bn >= t->cont_prefix.n && !memcmp(b, t->cont_prefix.s, t->cont_prefix.n))
      b += t->cont_prefix.n, bn -= t->cont_prefix.n;
    joined.len = 0;
    sb_putn(&joined, a, an);
    sb_putn(&joined, b, bn);
    int32_t id = strmap_get(&t->vocab, joined.buf ? joined.buf : "", joined.len);
    if (id < 0) {
      int jn = (int)joined.len;
      char *js = zo_sb_take(&joined);
      fail(L, "merge %zu: the merged token \"%.*s\" is not in the vocabulary", i, jn, js);
      free(js);
      return false;
    }
    pairmap_put(&t->merges, pair_key(ia, ib), (int32_t)i, id);
  }
  zo_sb_free(&joined);
  t->n_ids = max_id + 1;
  return true;
}

static Str normalize(const Tokenizer *t, Arena *a, const char *s, size_t n);

static bool load_added(Loader *L, json_t *root) {
  Tokenizer *t = L->t;
  json_t *arr = json_object_get(root, "added_tokens");
  if (!arr || json_is_null(arr)) return true;
  if (!json_is_array(arr)) return fail(L, "\"added_tokens\" is not an array");
  t->added = zo_arena_alloc(&t->arena, (json_array_size(arr) + 1) * sizeof(AddedTok));
  size_t i;
  json_t *e;
  json_array_foreach(arr, i, e) {
    json_t *c = json_object_get(e, "content");
    if (!json_is_object(e) || !json_is_string(c) || json_string_length(c) == 0)
      return fail(L, "added token %zu has no \"content\" string", i);
    AddedTok *k = &t->added[t->n_added++];
    k->content = arena_str(t, json_string_value(c), json_string_length(c));
    if (!get_id(L, json_object_get(e, "id"), "added token", k->content.s, &k->id)) return false;
    if (!get_bool(L, e, "special", "added token", false, &k->special) ||
        !get_bool(L, e, "normalized", "added token", !k->special, &k->normalized) ||
        !get_bool(L, e, "lstrip", "added token", false, &k->lstrip) ||
        !get_bool(L, e, "rstrip", "added token", false, &k->rstrip) ||
        !get_bool(L, e, "single_word", "added token", false, &k->single_word))
      return false;
    if (k->id >= t->n_ids) t->n_ids = k->id + 1;
    strmap_put(&t->added_map, k->content.s, k->content.n, k->id);
  }
  return true;
}

/* After the normalizer is loaded: the patterns of normalized added tokens are
 * their normalized contents. */
static void build_added_sets(Tokenizer *t) {
  t->raw_set.toks = zo_arena_alloc(&t->arena, ((size_t)t->n_added + 1) * sizeof(AddedTok *));
  t->norm_set.toks = zo_arena_alloc(&t->arena, ((size_t)t->n_added + 1) * sizeof(AddedTok *));
  for (int i = 0; i < t->n_added; i++) {
    AddedTok *k = &t->added[i];
    k->pattern = k->normalized ? normalize(t, &t->arena, k->content.s, k->content.n) : k->content;
    if (k->pattern.n == 0) continue;
    AddedSet *set = k->normalized ? &t->norm_set : &t->raw_set;
    set->toks[set->n++] = k;
    set->first_byte[(unsigned char)k->pattern.s[0]] = true;
  }
}

static bool load_normalizer(Loader *L, json_t *n, int depth) {
  Tokenizer *t = L->t;
  if (!n || json_is_null(n)) return true;
  const char *ty = json_is_object(n) ? type_of(n) : NULL;
  if (!ty) return fail(L, "\"normalizer\" is not an object with a \"type\"");
  if (depth > 8) return fail(L, "normalizers nested too deeply");
  Norm nm = {0};
  if (!strcmp(ty, "Sequence")) {
    json_t *arr = json_object_get(n, "normalizers");
    if (!json_is_array(arr)) return fail(L, "normalizer Sequence has no \"normalizers\" array");
    size_t i;
    json_t *e;
    json_array_foreach(arr, i, e) if (!load_normalizer(L, e, depth + 1)) return false;
    return true;
  } else if (!strcmp(ty, "Prepend")) {
    nm.kind = NORM_PREPEND;
    if (!get_str(L, n, "prepend", "normalizer Prepend", &nm.a)) return false;
    if (!nm.a.s) return fail(L, "normalizer Prepend has no \"prepend\" string");
  } else if (!strcmp(ty, "Replace")) {
    const char *regex;
    nm.kind = NORM_REPLACE;
    if (!get_pattern(L, n, "normalizer Replace", &nm.a, &regex)) return false;
    if (regex) return fail(L, "normalizer Replace with a Regex pattern is not supported (\"%s\")", regex);
    nm.b = (Str){"", 0};
    if (!get_str(L, n, "content", "normalizer Replace", &nm.b)) return false;
  } else if (!strcmp(ty, "NFC")) {
    nm.kind = NORM_NFC;
  } else if (!strcmp(ty, "NFD")) {
    nm.kind = NORM_NFD;
  } else if (!strcmp(ty, "NFKC")) {
    nm.kind = NORM_NFKC;
  } else if (!strcmp(ty, "NFKD")) {
    nm.kind = NORM_NFKD;
  } else if (!strcmp(ty, "Lowercase")) {
    nm.kind = NORM_LOWERCASE;
  } else if (!strcmp(ty, "StripAccents")) {
    nm.kind = NORM_STRIP_ACCENTS;
  } else if (!strcmp(ty, "Strip")) {
    nm.kind = NORM_STRIP;
    if (!get_bool(L, n, "strip_left", "normalizer Strip", true, &nm.left) ||
        !get_bool(L, n, "strip_right", "normalizer Strip", true, &nm.right))
      return false;
  } else {
    return fail(L, "normalizer \"%s\" is not supported", ty);
  }
  vec_push(&t->norms, nm);
  return true;
}

static const char GPT2_PATTERN[] =
    "'s|'t|'re|'ve|'m|'ll|'d| ?\\p{L}+| ?\\p{N}+| ?[^\\s\\p{L}\\p{N}]+|\\s+(?!\\S)|\\s+";
static const char LLAMA3_PATTERN[] =
    "(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}{1,3}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|"
    "\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+";
static const char QWEN2_PATTERN[] =   /* Llama-3's with single digits */
    "(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|"
    "\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+";

static bool load_pre(Loader *L, json_t *p, int depth) {
  Tokenizer *t = L->t;
  if (!p || json_is_null(p)) return true;
  const char *ty = json_is_object(p) ? type_of(p) : NULL;
  if (!ty) return fail(L, "\"pre_tokenizer\" is not an object with a \"type\"");
  if (depth > 8) return fail(L, "pre-tokenizers nested too deeply");
  Pre pr = {0};
  if (!strcmp(ty, "Sequence")) {
    json_t *arr = json_object_get(p, "pretokenizers");
    if (!json_is_array(arr)) return fail(L, "pre-tokenizer Sequence has no \"pretokenizers\" array");
    size_t i;
    json_t *e;
    json_array_foreach(arr, i, e) if (!load_pre(L, e, depth + 1)) return false;
    return true;
  } else if (!strcmp(ty, "ByteLevel")) {
    pr.kind = PRE_BYTELEVEL;
    if (!get_bool(L, p, "add_prefix_space", "pre-tokenizer ByteLevel", true, &pr.add_prefix_space) ||
        !get_bool(L, p, "use_regex", "pre-tokenizer ByteLevel", true, &pr.use_regex))
      return false;
  } else if (!strcmp(ty, "Split")) {
    const char *regex;
    pr.kind = PRE_SPLIT;
    if (!get_pattern(L, p, "pre-tokenizer Split", &pr.literal, &regex)) return false;
    pr.pat = PAT_LITERAL;
    if (regex) {
      if (!strcmp(regex, GPT2_PATTERN)) {
        pr.pat = PAT_GPT2;
      } else if (!strcmp(regex, LLAMA3_PATTERN)) {
        pr.pat = PAT_LLAMA3, pr.max_digits = 3;
      } else if (!strcmp(regex, QWEN2_PATTERN)) {
        pr.pat = PAT_LLAMA3, pr.max_digits = 1;
      } else {
        return fail(L, "pre-tokenizer Split: the regex \"%s\" is not one zoc knows "
                       "(GPT-2, Llama-3/tiktoken, Qwen2)", regex);
      }
    }
    json_t *b = json_object_get(p, "behavior");
    const char *bs = json_is_string(b) ? json_string_value(b) : "";
    if (!strcmp(bs, "Removed")) pr.behavior = SPLIT_REMOVED;
    else if (!strcmp(bs, "Isolated")) pr.behavior = SPLIT_ISOLATED;
    else if (!strcmp(bs, "MergedWithPrevious")) pr.behavior = SPLIT_MERGED_PREV;
    else if (!strcmp(bs, "MergedWithNext")) pr.behavior = SPLIT_MERGED_NEXT;
    else if (!strcmp(bs, "Contiguous")) pr.behavior = SPLIT_CONTIGUOUS;
    else return fail(L, "pre-tokenizer Split: unknown \"behavior\" \"%s\"", bs);
    if (!get_bool(L, p, "invert", "pre-tokenizer Split", false, &pr.invert)) return false;
  } else if (!strcmp(ty, "Metaspace")) {
    pr.kind = PRE_METASPACE;
    if (!get_replacement(L, p, "pre-tokenizer Metaspace", &pr.repl) ||
        !get_scheme(L, p, "pre-tokenizer Metaspace", &pr.scheme) ||
        !get_bool(L, p, "split", "pre-tokenizer Metaspace", true, &pr.split))
      return false;
  } else if (!strcmp(ty, "Digits")) {
    pr.kind = PRE_DIGITS;
    pr.pat = PAT_DIGITS;
    pr.behavior = SPLIT_ISOLATED;
    if (!get_bool(L, p, "individual_digits", "pre-tokenizer Digits", false, &pr.individual_digits)) return false;
  } else {
    return fail(L, "pre-tokenizer \"%s\" is not supported", ty);
  }
  vec_push(&t->pres, pr);
  return true;
}

/* The id of a post-processor's special token, by name. */
static bool special_id(Loader *L, const char *name, int32_t *out) {
  int32_t id = strmap_get(&L->t->added_map, name, strlen(name));
  if (id < 0) id = strmap_get(&L->t->vocab, name, strlen(name));
  if (id < 0) return fail(L, "post-processor: the token \"%s\" is not in the vocabulary", name);
  *out = id;
  return true;
}

/* ["</s>", 2]-style pairs of Roberta/Bert processors: the id given is used. */
static bool token_pair(Loader *L, json_t *p, const char *key, int32_t *out) {
  json_t *v = json_object_get(p, key);
  if (!json_is_array(v) || json_array_size(v) != 2 || !json_is_string(json_array_get(v, 0)))
    return fail(L, "post-processor: \"%s\" is not [token, id]", key);
  return get_id(L, json_array_get(v, 1), "post-processor token", json_string_value(json_array_get(v, 0)), out);
}

/* The ids TemplateProcessing's "single" template puts before and after the text. */
static bool template_ids(Loader *L, json_t *p, IdVec *before, IdVec *after) {
  json_t *single = json_object_get(p, "single");
  json_t *specials = json_object_get(p, "special_tokens");
  if (!json_is_array(single)) return fail(L, "post-processor TemplateProcessing has no \"single\" array");
  bool seen_a = false;
  size_t i;
  json_t *e;
  json_array_foreach(single, i, e) {
    json_t *sp = json_object_get(e, "SpecialToken"), *sq = json_object_get(e, "Sequence");
    if (json_is_object(sq)) {
      json_t *id = json_object_get(sq, "id");
      if (seen_a || !json_is_string(id) || strcmp(json_string_value(id), "A") != 0)
        return fail(L, "post-processor TemplateProcessing: \"single\" must hold the sequence A once");
      seen_a = true;
      continue;
    }
    json_t *name = json_is_object(sp) ? json_object_get(sp, "id") : NULL;
    if (!json_is_string(name))
      return fail(L, "post-processor TemplateProcessing: item %zu of \"single\" is not a token or sequence", i);
    IdVec *to = seen_a ? after : before;
    /* special_tokens maps the name to its ids (there may be several). */
    json_t *ent = json_is_object(specials) ? json_object_get(specials, json_string_value(name)) : NULL;
    json_t *ids = json_is_object(ent) ? json_object_get(ent, "ids") : NULL;
    int32_t id = -1;
    if (json_is_array(ids)) {
      size_t j;
      json_t *x;
      json_array_foreach(ids, j, x) {
        if (!get_id(L, x, "post-processor token", json_string_value(name), &id)) return false;
        vec_push(to, id);
      }
    } else {
      if (!special_id(L, json_string_value(name), &id)) return false;
      vec_push(to, id);
    }
  }
  if (!seen_a) return fail(L, "post-processor TemplateProcessing: \"single\" has no sequence A");
  return true;
}

static bool load_post(Loader *L, json_t *p, int depth) {
  Tokenizer *t = L->t;
  if (!p || json_is_null(p)) return true;
  const char *ty = json_is_object(p) ? type_of(p) : NULL;
  if (!ty) return fail(L, "\"post_processor\" is not an object with a \"type\"");
  if (depth > 8) return fail(L, "post-processors nested too deeply");
  IdVec before = {0}, after = {0};
  if (!strcmp(ty, "Sequence")) {
    json_t *arr = json_object_get(p, "processors");
    if (!json_is_array(arr)) return fail(L, "post-processor Sequence has no \"processors\" array");
    size_t i;
    json_t *e;
    json_array_foreach(arr, i, e) if (!load_post(L, e, depth + 1)) return false;
    return true;
  } else if (!strcmp(ty, "ByteLevel")) {
    return true;   /* it only trims offsets */
  } else if (!strcmp(ty, "RobertaProcessing") || !strcmp(ty, "BertProcessing")) {
    int32_t cls, sep;
    if (!token_pair(L, p, "cls", &cls) || !token_pair(L, p, "sep", &sep)) return false;
    vec_push(&before, cls);
    vec_push(&after, sep);
  } else if (!strcmp(ty, "TemplateProcessing")) {
    if (!template_ids(L, p, &before, &after)) {
      vec_free(&before);
      vec_free(&after);
      return false;
    }
  } else {
    return fail(L, "post-processor \"%s\" is not supported", ty);
  }
  /* Each processor wraps what the earlier ones produced:
   * before' = before + old before; after' = old after + after. */
  for (int i = 0; i < t->post_before.len; i++) vec_push(&before, t->post_before.data[i]);
  for (int i = 0; i < after.len; i++) vec_push(&t->post_after, after.data[i]);
  vec_free(&t->post_before);
  t->post_before = before;
  vec_free(&after);
  return true;
}

static bool load_decoder(Loader *L, json_t *d, int depth) {
  Tokenizer *t = L->t;
  if (!d || json_is_null(d)) return true;
  const char *ty = json_is_object(d) ? type_of(d) : NULL;
  if (!ty) return fail(L, "\"decoder\" is not an object with a \"type\"");
  if (depth > 8) return fail(L, "decoders nested too deeply");
  t->has_decoder = true;
  Dec dc = {0};
  if (!strcmp(ty, "Sequence")) {
    json_t *arr = json_object_get(d, "decoders");
    if (!json_is_array(arr)) return fail(L, "decoder Sequence has no \"decoders\" array");
    size_t i;
    json_t *e;
    json_array_foreach(arr, i, e) if (!load_decoder(L, e, depth + 1)) return false;
    return true;
  } else if (!strcmp(ty, "ByteLevel")) {
    dc.kind = DEC_BYTELEVEL;
  } else if (!strcmp(ty, "ByteFallback")) {
    dc.kind = DEC_BYTEFALLBACK;
  } else if (!strcmp(ty, "Fuse")) {
    dc.kind = DEC_FUSE;
  } else if (!strcmp(ty, "Replace")) {
    const char *regex;
    dc.kind = DEC_REPLACE;
    if (!get_pattern(L, d, "decoder Replace", &dc.a, &regex)) return false;
    if (regex) return fail(L, "decoder Replace with a Regex pattern is not supported (\"%s\")", regex);
    dc.b = (Str){"", 0};
    if (!get_str(L, d, "content", "decoder Replace", &dc.b)) return false;
  } else if (!strcmp(ty, "Strip")) {
    Str c = {0};
    dc.kind = DEC_STRIP;
    if (!get_str(L, d, "content", "decoder Strip", &c)) return false;
    if (!c.s || c.n == 0 || (size_t)utf8_len(c.s, c.n) != c.n)
      return fail(L, "decoder Strip: \"content\" is not one character");
    dc.ch = utf8_cp(c.s, c.n);
    json_t *st = json_object_get(d, "start"), *sp = json_object_get(d, "stop");
    if (!json_is_integer(st) || !json_is_integer(sp) || json_integer_value(st) < 0 || json_integer_value(sp) < 0 ||
        json_integer_value(st) > 1000000 || json_integer_value(sp) > 1000000)
      return fail(L, "decoder Strip: \"start\" and \"stop\" are not small counts");
    dc.start = (int)json_integer_value(st);
    dc.stop = (int)json_integer_value(sp);
  } else if (!strcmp(ty, "Metaspace")) {
    dc.kind = DEC_METASPACE;
    if (!get_replacement(L, d, "decoder Metaspace", &dc.a) || !get_scheme(L, d, "decoder Metaspace", &dc.scheme))
      return false;
  } else {
    return fail(L, "decoder \"%s\" is not supported", ty);
  }
  vec_push(&t->decs, dc);
  return true;
}

static int32_t first_special(const Tokenizer *t, const char *const *names, int n) {
  for (int i = 0; i < n; i++) {
    int32_t id = strmap_get(&t->added_map, names[i], strlen(names[i]));
    if (id >= 0) return id;
  }
  return -1;
}

/* The largest public tokenizer.json files are ~35 MB (Gemma 3's 262k
 * entries with their merges); one far past that is not a tokenizer (and
 * jansson's tree of it would be ~10 times its size). */
#define TOK_FILE_MAX (256 * ZO_MiB)

Tokenizer *zo_tok_load(const char *path) {
  size_t len;
  char *text = zo_read_file_max(path, TOK_FILE_MAX, "a tokenizer.json", &len);
  if (!text) return NULL;
  Tokenizer *t = zo_tok_load_text(path, text, len);
  free(text);
  return t;
}

Tokenizer *zo_tok_load_text(const char *path, const char *text, size_t len) {
  json_error_t je;
  json_t *root = json_loadb(text, len, JSON_ALLOW_NUL, &je);
  if (!root) {
    zo_env_error(path, "not valid JSON: %s (line %d, column %d)", je.text, je.line, je.column);
    return NULL;
  }
  Tokenizer *t = zo_xcalloc(1, sizeof *t);
  t->path = zo_xstrdup(path);
  Loader L = {path, t, false};
  if (!json_is_object(root)) {
    fail(&L, "not a tokenizer.json (the top level is not an object)");
  } else if (load_model(&L, root) && load_normalizer(&L, json_object_get(root, "normalizer"), 0) &&
             load_added(&L, root) && load_pre(&L, json_object_get(root, "pre_tokenizer"), 0) &&
             load_post(&L, json_object_get(root, "post_processor"), 0) &&
             load_decoder(&L, json_object_get(root, "decoder"), 0)) {
    build_added_sets(t);
    t->id_str = zo_arena_alloc(&t->arena, (size_t)t->n_ids * sizeof(Str));
    t->id_special = zo_arena_alloc(&t->arena, (size_t)t->n_ids);
    for (size_t i = 0; i < t->vocab.cap; i++) {
      const StrSlot *e = &t->vocab.slots[i];
      if (e->s) t->id_str[e->val] = (Str){e->s, e->n};
    }
    /* As the library: a normalized added token reads back as its normalized
     * form (so the decoder can undo it), and whether an id is special is
     * decided by that string being the content of a special token. */
    StrMap specials = {0};
    for (int i = 0; i < t->n_added; i++)
      if (t->added[i].special) strmap_put(&specials, t->added[i].content.s, t->added[i].content.n, 1);
    for (int i = 0; i < t->n_added; i++) {
      const AddedTok *k = &t->added[i];
      Str s = k->normalized ? k->pattern : k->content;
      t->id_str[k->id] = s;
      t->id_special[k->id] = strmap_get(&specials, s.s, s.n) == 1;
    }
    free(specials.slots);
    static const char *const bos_names[] = {"<s>", "<|begin_of_text|>", "<bos>", "<|endoftext|>"};
    static const char *const eos_names[] = {"</s>", "<|end_of_text|>", "<|endoftext|>", "<eos>", "<|im_end|>"};
    t->bos = t->post_before.len ? t->post_before.data[0] : first_special(t, bos_names, ZO_COUNT(bos_names));
    t->eos = first_special(t, eos_names, ZO_COUNT(eos_names));
    if (t->eos < 0 && t->post_after.len) t->eos = t->post_after.data[0];
  }
  json_decref(root);
  if (L.failed) {
    zo_tok_free(t);
    return NULL;
  }
  return t;
}

void zo_tok_free(Tokenizer *t) {
  if (!t) return;
  free(t->vocab.slots);
  free(t->added_map.slots);
  free(t->merges.slots);
  vec_free(&t->norms);
  vec_free(&t->pres);
  vec_free(&t->decs);
  vec_free(&t->post_before);
  vec_free(&t->post_after);
  zo_arena_free(&t->arena);
  free(t->path);
  free(t);
}

/* ---------------------------------------------------------- normalizers */

static Str str_concat(Arena *a, Str x, Str y) {
  char *p = zo_arena_alloc(a, x.n + y.n + 1);
  memcpy(p, x.s, x.n);
  memcpy(p + x.n, y.s, y.n);
  return (Str){p, x.n + y.n};
}

/* Every non-overlapping occurrence of PAT (non-empty) replaced, left to right. */
static Str str_replace(Arena *a, Str s, Str pat, Str with) {
  size_t count = 0;
  for (size_t i = 0; i + pat.n <= s.n;) {
    if (!memcmp(s.s + i, pat.s, pat.n)) count++, i += pat.n;
    else i++;
  }
  if (!count) return s;
  char *p = zo_arena_alloc(a, s.n + count * with.n + 1), *o = p;
  for (size_t i = 0; i < s.n;) {
    if (i + pat.n <= s.n && !memcmp(s.s + i, pat.s, pat.n)) {
      memcpy(o, with.s, with.n);
      o += with.n, i += pat.n;
    } else {
      *o++ = s.s[i++];
    }
  }
  return (Str){p, (size_t)(o - p)};
}

static Str unicode_normalize(Arena *a, Str s, int options) {
  if (s.n == 0) return s;
  utf8proc_uint8_t *dst = NULL;
  utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)s.s, (utf8proc_ssize_t)s.n, &dst,
                                    (utf8proc_option_t)(UTF8PROC_STABLE | options));
  if (n < 0) {   /* only on invalid UTF-8, which encode has already refused */
    free(dst);
    return s;
  }
  Str r = {zo_arena_strndup(a, (const char *)dst, (size_t)n), (size_t)n};
  free(dst);
  return r;
}

static Str normalize(const Tokenizer *t, Arena *a, const char *text, size_t len) {
  Str s = {text, len};
  for (int k = 0; k < t->norms.len; k++) {
    const Norm *nm = &t->norms.data[k];
    switch (nm->kind) {
    case NORM_PREPEND:
      if (s.n) s = str_concat(a, nm->a, s);
      break;
    case NORM_REPLACE:
      s = str_replace(a, s, nm->a, nm->b);
      break;
    case NORM_NFC: s = unicode_normalize(a, s, UTF8PROC_COMPOSE); break;
    case NORM_NFD: s = unicode_normalize(a, s, UTF8PROC_DECOMPOSE); break;
    case NORM_NFKC: s = unicode_normalize(a, s, UTF8PROC_COMPOSE | UTF8PROC_COMPAT); break;
    case NORM_NFKD: s = unicode_normalize(a, s, UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT); break;
    case NORM_LOWERCASE:
    case NORM_STRIP_ACCENTS: {
      char *p = zo_arena_alloc(a, 3 * s.n + 1), *o = p;   /* lowercasing grows by at most 3/2 */
      for (size_t i = 0; i < s.n;) {
        int k2 = utf8_len(s.s + i, s.n - i);
        uint32_t c = utf8_cp(s.s + i, s.n - i);
        i += (size_t)k2;
        if (nm->kind == NORM_STRIP_ACCENTS) {
          utf8proc_category_t cat = utf8proc_category((utf8proc_int32_t)c);
          if (cat >= UTF8PROC_CATEGORY_MN && cat <= UTF8PROC_CATEGORY_ME) continue;
          o += utf8_put(o, c);
        } else if (c == 0x130) {   /* the one full lowercase mapping with two characters */
          o += utf8_put(o, 'i');
          o += utf8_put(o, 0x307);
        } else {
          o += utf8_put(o, (uint32_t)utf8proc_tolower((utf8proc_int32_t)c));
        }
      }
      s = (Str){p, (size_t)(o - p)};
      break;
    }
    case NORM_STRIP: {
      size_t b = 0, e = s.n;
      if (nm->left)
        while (b < e && uc_is_space(utf8_cp(s.s + b, e - b))) b += (size_t)utf8_len(s.s + b, e - b);
      if (nm->right)
        while (e > b) {
          size_t p = e - 1;
          while (p > b && ((unsigned char)s.s[p] & 0xC0) == 0x80) p--;
          if (!uc_is_space(utf8_cp(s.s + p, e - p))) break;
          e = p;
        }
      s = (Str){s.s + b, e - b};
      break;
    }
    }
  }
  return s;
}

/* ---------------------------------------------------------- added tokens */

typedef struct Seg {
  int32_t id;      /* an added token, or -1 for text */
  size_t a, b;     /* byte range */
} Seg;
typedef Vec(Seg) SegVec;

static uint32_t last_cp(const char *s, size_t n) {
  size_t p = n - 1;
  while (p > 0 && ((unsigned char)s[p] & 0xC0) == 0x80) p--;
  return utf8_cp(s + p, n - p);
}

/* Splits S into text and added tokens of SET, as the library's find_matches:
 * leftmost-longest matches, searching on from each match's end; single_word
 * matches inside a word are dropped; lstrip/rstrip take the spaces around. */
static void find_added(const AddedSet *set, const char *s, size_t n, SegVec *out) {
  if (n == 0) {
    vec_push(out, ((Seg){-1, 0, 0}));
    return;
  }
  size_t done = 0, pos = 0;
  while (pos < n) {
    const AddedTok *best = NULL;
    size_t ms = 0;
    for (size_t i = pos; i < n && !best; i++) {
      if (!set->first_byte[(unsigned char)s[i]]) continue;
      for (int j = 0; j < set->n; j++) {
        const AddedTok *k = set->toks[j];
        if (k->pattern.n <= n - i && !memcmp(s + i, k->pattern.s, k->pattern.n) &&
            (!best || k->pattern.n > best->pattern.n))
          best = k, ms = i;
      }
    }
    if (!best) break;
    size_t start = ms, stop = ms + best->pattern.n;
    pos = stop;
    if (best->single_word) {
      bool start_ok = start == 0 || !uc_is_word(last_cp(s, start));
      bool stop_ok = stop == n || !uc_is_word(utf8_cp(s + stop, n - stop));
      if (!start_ok || !stop_ok) continue;
    }
    if (best->lstrip) {
      size_t b = start;
      while (b > 0) {
        size_t p = b - 1;
        while (p > 0 && ((unsigned char)s[p] & 0xC0) == 0x80) p--;
        if (!uc_is_space(utf8_cp(s + p, b - p))) break;
        b = p;
      }
      start = b > done ? b : done;
    }
    if (best->rstrip)
      while (stop < n && uc_is_space(utf8_cp(s + stop, n - stop))) stop += (size_t)utf8_len(s + stop, n - stop);
    if (done < start) vec_push(out, ((Seg){-1, done, start}));
    vec_push(out, ((Seg){best->id, start, stop}));
    done = stop;
  }
  if (done != n) vec_push(out, ((Seg){-1, done, n}));
}

/* -------------------------------------------------------- pre-tokenizers */

typedef struct Piece {
  Str s;
  bool first;      /* starts at offset 0 of the original text (Metaspace "first") */
} Piece;
typedef Vec(Piece) PieceVec;

/* The text as code points with their byte offsets (off[n] = byte length). */
typedef struct Cps {
  uint32_t *cp;
  size_t *off;
  int n;
} Cps;

static Cps to_cps(Arena *a, Str s) {
  Cps c = {zo_arena_alloc(a, (s.n + 1) * sizeof(uint32_t)), zo_arena_alloc(a, (s.n + 1) * sizeof(size_t)), 0};
  for (size_t i = 0; i < s.n;) {
    int k = utf8_len(s.s + i, s.n - i);
    c.off[c.n] = i;
    c.cp[c.n++] = utf8_cp(s.s + i, s.n - i);
    i += (size_t)k;
  }
  c.off[c.n] = s.n;
  return c;
}

static bool cp_is(uint32_t c, char lower) {
  return c == (uint32_t)lower || c == (uint32_t)(lower - 32) || (lower == 's' && c == 0x17F);   /* ſ folds to s */
}

/* 's 't 're 've 'm 'll 'd at I: the end, or -1.  Case-insensitive for Llama-3. */
static int match_contraction(const Cps *c, int i, bool icase) {
  int n = c->n;
  if (c->cp[i] != '\'' || i + 1 >= n) return -1;
  uint32_t a = c->cp[i + 1], b = i + 2 < n ? c->cp[i + 2] : 0;
  if (!icase) {
    if (a == 's' || a == 't' || a == 'm' || a == 'd') return i + 2;
    if ((a == 'r' && b == 'e') || (a == 'v' && b == 'e') || (a == 'l' && b == 'l')) return i + 3;
    return -1;
  }
  if (cp_is(a, 's') || cp_is(a, 't') || cp_is(a, 'm') || cp_is(a, 'd')) return i + 2;
  if ((cp_is(a, 'r') && cp_is(b, 'e')) || (cp_is(a, 'v') && cp_is(b, 'e')) || (cp_is(a, 'l') && cp_is(b, 'l')))
    return i + 3;
  return -1;
}

static int run_of(const Cps *c, int i, bool (*pred)(uint32_t)) {
  while (i < c->n && pred(c->cp[i])) i++;
  return i;
}

/* \s+(?!\S)|\s+ at a whitespace character I: all of the run, except that
 * a run of two or more followed by a non-space leaves its last space. */
static int match_space_run(const Cps *c, int i) {
  int j = run_of(c, i, uc_is_space);
  return (j < c->n && j - i >= 2) ? j - 1 : j;
}

/* The GPT-2 pattern at I (every position matches something):
 * 's|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+ */
static int match_gpt2(const Cps *c, int i) {
  int e = match_contraction(c, i, false);
  if (e >= 0) return e;
  uint32_t x = c->cp[i];
  int j = (x == ' ' && i + 1 < c->n) ? i + 1 : i;   /* the optional leading space */
  uint32_t y = c->cp[j];
  if (uc_is_L(y)) return run_of(c, j, uc_is_L);
  if (uc_is_N(y)) return run_of(c, j, uc_is_N);
  if (uc_is_other(y)) return run_of(c, j, uc_is_other);
  return match_space_run(c, i);
}

/* The Llama-3 (tiktoken cl100k-like) pattern at I:
 * (?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}|
 *  ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+ */
static int match_llama3(const Cps *c, int i, int max_digits) {
  int n = c->n;
  int e = match_contraction(c, i, true);
  if (e >= 0) return e;
  uint32_t x = c->cp[i];
  if (uc_is_L(x)) return run_of(c, i, uc_is_L);
  if (!uc_is_crlf(x) && !uc_is_N(x) && i + 1 < n && uc_is_L(c->cp[i + 1])) return run_of(c, i + 1, uc_is_L);
  if (uc_is_N(x)) {
    int j = i;
    while (j < n && j - i < max_digits && uc_is_N(c->cp[j])) j++;
    return j;
  }
  int j = (x == ' ') ? i + 1 : i;
  int k = run_of(c, j, uc_is_other);
  if (k > j) return run_of(c, k, uc_is_crlf);
  /* x is whitespace here.  \s*[\r\n]+ ends after the run's last CR/LF. */
  int w = run_of(c, i, uc_is_space);
  for (int p = w - 1; p >= i; p--)
    if (uc_is_crlf(c->cp[p])) return p + 1;
  return match_space_run(c, i);
}

typedef struct Match {
  size_t a, b;
  bool is_match;
} Match;
typedef Vec(Match) MatchVec;

/* Splits piece P at the matches of PR's pattern with its behavior, as the
 * library's NormalizedString::split; empty pieces are dropped. */
static void split_piece(const Pre *pr, Arena *a, Piece p, PieceVec *out, MatchVec *ms) {
  ms->len = 0;
  Str s = p.s;
  if (s.n == 0) return;
  size_t prev = 0;
#define ADD_MATCH(A, B) do { \
    if (prev != (A)) vec_push(ms, ((Match){prev, (A), false})); \
    vec_push(ms, ((Match){(A), (B), true})); \
    prev = (B); \
  } while (0)
  if (pr->pat == PAT_LITERAL) {
    const Str lit = pr->kind == PRE_METASPACE ? pr->repl : pr->literal;
    for (size_t i = 0; i + lit.n <= s.n;) {
      if (!memcmp(s.s + i, lit.s, lit.n)) {
        ADD_MATCH(i, i + lit.n);
        i += lit.n;
      } else {
        i++;
      }
    }
  } else {
    Cps c = to_cps(a, s);
    for (int i = 0; i < c.n;) {
      int e;
      if (pr->pat == PAT_GPT2) {
        e = match_gpt2(&c, i);
      } else if (pr->pat == PAT_LLAMA3) {
        e = match_llama3(&c, i, pr->max_digits);
      } else if (uc_is_N(c.cp[i])) {   /* Digits */
        e = pr->individual_digits ? i + 1 : run_of(&c, i, uc_is_N);
      } else {
        i++;
        continue;
      }
      ZO_ASSERT(e > i);
      ADD_MATCH(c.off[i], c.off[e]);
      i = e;
    }
  }
#undef ADD_MATCH
  if (prev != s.n) vec_push(ms, ((Match){prev, s.n, false}));
  if (pr->invert)
    for (int i = 0; i < ms->len; i++) ms->data[i].is_match = !ms->data[i].is_match;

  /* Turn matches into pieces; `is_match` now means "remove". */
  int m = 0;
  bool prev_match = false;
  switch (pr->behavior) {
  case SPLIT_REMOVED:
    m = ms->len;
    break;
  case SPLIT_ISOLATED:
    for (int i = 0; i < ms->len; i++) ms->data[i].is_match = false;
    m = ms->len;
    break;
  case SPLIT_CONTIGUOUS:
    for (int i = 0; i < ms->len; i++) {
      bool im = ms->data[i].is_match;
      if (m > 0 && im == prev_match) ms->data[m - 1].b = ms->data[i].b;
      else ms->data[m++] = (Match){ms->data[i].a, ms->data[i].b, false};
      prev_match = im;
    }
    break;
  case SPLIT_MERGED_PREV:
    for (int i = 0; i < ms->len; i++) {
      bool im = ms->data[i].is_match;
      if (m > 0 && im && !prev_match) ms->data[m - 1].b = ms->data[i].b;
      else ms->data[m++] = (Match){ms->data[i].a, ms->data[i].b, false};
      prev_match = im;
    }
    break;
  case SPLIT_MERGED_NEXT:   /* the same from the right */
    for (int i = ms->len - 1; i >= 0; i--) {
      bool im = ms->data[i].is_match;
      Match cur = ms->data[i];
      if (m > 0 && im && !prev_match) {
        ms->data[ms->len - m].a = cur.a;
      } else {
        m++;
        ms->data[ms->len - m] = (Match){cur.a, cur.b, false};
      }
      prev_match = im;
    }
    memmove(ms->data, ms->data + ms->len - m, (size_t)m * sizeof(Match));
    break;
  }
  for (int i = 0; i < m; i++) {
    Match x = ms->data[i];
    if (x.is_match || x.b == x.a) continue;
    vec_push(out, ((Piece){{s.s + x.a, x.b - x.a}, p.first && x.a == 0}));
  }
}

/* GPT-2's bytes_to_unicode: printable Latin-1 bytes map to themselves, the
 * other 68 (0x00-0x20, 0x7F-0xA0, 0xAD) to U+0100.. in byte order.  Written
 * as arithmetic rather than a table so there is nothing to initialise. */
static bool byte_printable(unsigned b) { return (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xFF && b != 0xAD); }

static uint32_t byte_char(unsigned b) {
  if (byte_printable(b)) return b;
  if (b <= 0x20) return 256 + b;
  if (b >= 0x7F && b <= 0xA0) return 256 + 33 + (b - 0x7F);
  return 256 + 67;   /* 0xAD */
}

/* The inverse: the byte of a mapped character, or -1. */
static int char_byte(uint32_t c) {
  if (c < 256) return byte_printable(c) ? (int)c : -1;
  if (c < 256 + 33) return (int)(c - 256);
  if (c < 256 + 67) return (int)(c - 256 - 33 + 0x7F);
  return c == 256 + 67 ? 0xAD : -1;
}

static Str bytes_to_chars(Arena *a, Str s) {
  char *p = zo_arena_alloc(a, 2 * s.n + 1), *o = p;
  for (size_t i = 0; i < s.n; i++) o += utf8_put(o, byte_char((unsigned char)s.s[i]));
  return (Str){p, (size_t)(o - p)};
}

static void pre_tokenize(const Tokenizer *t, Arena *a, PieceVec *pieces) {
  PieceVec next = {0};
  MatchVec ms = {0};
  for (int k = 0; k < t->pres.len; k++) {
    const Pre *pr = &t->pres.data[k];
    next.len = 0;
    for (int i = 0; i < pieces->len; i++) {
      Piece p = pieces->data[i];
      switch (pr->kind) {
      case PRE_BYTELEVEL:
        if (pr->add_prefix_space && p.s.n && p.s.s[0] != ' ') p.s = str_concat(a, (Str){" ", 1}, p.s);
        if (pr->use_regex) {
          Pre gpt2 = {.pat = PAT_GPT2, .behavior = SPLIT_ISOLATED};
          split_piece(&gpt2, a, p, &next, &ms);
        } else if (p.s.n) {
          vec_push(&next, p);
        }
        break;
      case PRE_METASPACE: {
        p.s = str_replace(a, p.s, (Str){" ", 1}, pr->repl);
        bool starts = p.s.n >= pr->repl.n && !memcmp(p.s.s, pr->repl.s, pr->repl.n);
        if (p.s.n && !starts && (pr->scheme == PREPEND_ALWAYS || (pr->scheme == PREPEND_FIRST && p.first)))
          p.s = str_concat(a, pr->repl, p.s);
        if (pr->split) {
          Pre meta = {.kind = PRE_METASPACE, .pat = PAT_LITERAL, .repl = pr->repl, .behavior = SPLIT_MERGED_NEXT};
          split_piece(&meta, a, p, &next, &ms);
        } else if (p.s.n) {
          vec_push(&next, p);
        }
        break;
      }
      case PRE_SPLIT:
      case PRE_DIGITS:
        split_piece(pr, a, p, &next, &ms);
        break;
      }
    }
    if (pr->kind == PRE_BYTELEVEL)
      for (int i = 0; i < next.len; i++) next.data[i].s = bytes_to_chars(a, next.data[i].s);
    PieceVec tmp = *pieces;
    *pieces = next;
    next = tmp;
  }
  vec_free(&next);
  vec_free(&ms);
}

/* -------------------------------------------------------------------- BPE */

typedef struct Sym {
  int32_t id;
  int prev, next;
  size_t len;      /* bytes of the word; 0 = merged away */
} Sym;

typedef struct HeapItem {
  int32_t rank, id;
  int pos;
} HeapItem;

static bool heap_less(HeapItem x, HeapItem y) { return x.rank != y.rank ? x.rank < y.rank : x.pos < y.pos; }

static void heap_push(HeapItem *h, int *n, HeapItem x) {
  int i = (*n)++;
  while (i > 0 && heap_less(x, h[(i - 1) / 2])) {
    h[i] = h[(i - 1) / 2];
    i = (i - 1) / 2;
  }
  h[i] = x;
}

static HeapItem heap_pop(HeapItem *h, int *n) {
  HeapItem top = h[0], x = h[--*n];
  int i = 0;
  for (;;) {
    int c = 2 * i + 1;
    if (c >= *n) break;
    if (c + 1 < *n && heap_less(h[c + 1], h[c])) c++;
    if (!heap_less(h[c], x)) break;
    h[i] = h[c];
    i = c;
  }
  if (*n > 0) h[i] = x;
  return top;
}

static void sym_add(Sym **syms, int *n, int *cap, int32_t id, size_t len) {
  if (*n == *cap) {
    *cap = *cap ? 2 * *cap : 16;
    *syms = zo_xrealloc(*syms, (size_t)*cap * sizeof(Sym));
  }
  (*syms)[*n] = (Sym){id, *n - 1, *n + 1, len};
  (*n)++;
}

/* One word (after pre-tokenization) to ids, as the library's BPE::merge_word
 * and Word::merge_all. */
static void bpe_word(const Tokenizer *t, Str w, IdVec *out) {
  if (w.n == 0) return;
  if (t->ignore_merges) {
    int32_t id = strmap_get(&t->vocab, w.s, w.n);
    if (id >= 0) {
      vec_push(out, id);
      return;
    }
  }
  Sym *syms = NULL;
  int n = 0, cap = 0;
  int32_t unk = -1;
  size_t unk_len = 0;
  StrBuf key = {0};
  for (size_t i = 0; i < w.n;) {
    size_t k = (size_t)utf8_len(w.s + i, w.n - i);
    const char *c = w.s + i;
    size_t cn = k;
    bool affixed = (i > 0 && t->cont_prefix.n) || (i + k == w.n && t->eow_suffix.n);
    if (affixed) {
      key.len = 0;
      if (i > 0) sb_putn(&key, t->cont_prefix.s, t->cont_prefix.n);
      sb_putn(&key, c, k);
      if (i + k == w.n) sb_putn(&key, t->eow_suffix.s, t->eow_suffix.n);
      c = key.buf, cn = key.len;
    }
    i += k;
    int32_t id = strmap_get(&t->vocab, c, cn);
    if (id >= 0) {
      if (unk >= 0) sym_add(&syms, &n, &cap, unk, unk_len), unk = -1;
      sym_add(&syms, &n, &cap, id, k);
      continue;
    }
    if (t->byte_fallback) {
      bool all = true;
      for (size_t j = 0; j < cn; j++) all = all && t->byte_id[(unsigned char)c[j]] >= 0;
      if (all) {
        /* A pending unk is not flushed here, as in the library: it comes after the bytes. */
        for (size_t j = 0; j < cn; j++) sym_add(&syms, &n, &cap, t->byte_id[(unsigned char)c[j]], 1);
        continue;
      }
    }
    if (t->unk_id >= 0) {
      if (unk >= 0 && t->fuse_unk) {
        unk_len += k;
      } else {
        if (unk >= 0) sym_add(&syms, &n, &cap, unk, unk_len);
        unk = t->unk_id, unk_len = k;
      }
    }
    /* no unk token: the character is dropped */
  }
  if (unk >= 0) sym_add(&syms, &n, &cap, unk, unk_len);
  zo_sb_free(&key);
  if (n > 0) syms[n - 1].next = -1;

  /* Merge the lowest-ranked pair (leftmost on ties) until none is left. */
  HeapItem *heap = zo_xmalloc((size_t)(2 * n + 1) * sizeof(HeapItem));
  int hn = 0;
  for (int i = 0; i + 1 < n; i++) {
    const PairSlot *m = pairmap_get(&t->merges, syms[i].id, syms[i + 1].id);
    if (m) heap_push(heap, &hn, (HeapItem){m->rank, m->id, i});
  }
  while (hn > 0) {
    HeapItem top = heap_pop(heap, &hn);
    Sym *s = &syms[top.pos];
    if (s->len == 0 || s->next < 0) continue;
    Sym *r = &syms[s->next];
    const PairSlot *m = pairmap_get(&t->merges, s->id, r->id);
    if (!m || m->id != top.id) continue;   /* stale: one side has changed */
    s->id = top.id;
    s->len += r->len;
    s->next = r->next;
    r->len = 0;
    if (s->next >= 0) syms[s->next].prev = top.pos;
    /* heap grows by at most 2 per merge, and there are at most n-1 merges */
    if (s->prev >= 0) {
      const PairSlot *pm = pairmap_get(&t->merges, syms[s->prev].id, s->id);
      if (pm) heap_push(heap, &hn, (HeapItem){pm->rank, pm->id, s->prev});
    }
    if (s->next >= 0) {
      const PairSlot *nm = pairmap_get(&t->merges, s->id, syms[s->next].id);
      if (nm) heap_push(heap, &hn, (HeapItem){nm->rank, nm->id, top.pos});
    }
  }
  for (int i = 0; i < n; i++)
    if (syms[i].len) vec_push(out, syms[i].id);
  free(heap);
  free(syms);
}

/* ---------------------------------------------------------------- encode */

/* One piece of text between raw added tokens: normalize, cut out normalized
 * added tokens, pre-tokenize, BPE. */
static void encode_text(const Tokenizer *t, Arena *a, const char *s, size_t n, bool at_start, IdVec *out) {
  Str norm = normalize(t, a, s, n);
  SegVec segs = {0};
  find_added(&t->norm_set, norm.s, norm.n, &segs);
  PieceVec pieces = {0};
  for (int i = 0; i < segs.len; i++) {
    Seg g = segs.data[i];
    if (g.id >= 0) {
      vec_push(out, g.id);
      continue;
    }
    pieces.len = 0;
    vec_push(&pieces, ((Piece){{norm.s + g.a, g.b - g.a}, at_start && g.a == 0}));
    pre_tokenize(t, a, &pieces);
    for (int j = 0; j < pieces.len; j++) bpe_word(t, pieces.data[j].s, out);
  }
  vec_free(&pieces);
  vec_free(&segs);
}

int zo_tok_encode(const Tokenizer *t, const char *text, size_t len, bool add_special, int32_t **ids, int *n) {
  *ids = NULL;
  *n = 0;
  if (!text) text = "";   /* len is 0 then; keeps pointer arithmetic off NULL */
  if (len > (size_t)INT32_MAX / 2) {   /* ids are counted in an int */
    zo_env_error("tokenizer input", "the text is too long to encode at once (%zu bytes)", len);
    return -1;
  }
  size_t bad = utf8_check(text, len);
  if (bad != len) {
    zo_env_error("tokenizer input", "the text is not valid UTF-8 (byte %zu of %zu)", bad, len);
    return -1;
  }
  Arena a = {0};
  IdVec out = {0};
  if (add_special)
    for (int i = 0; i < t->post_before.len; i++) vec_push(&out, t->post_before.data[i]);
  SegVec segs = {0};
  find_added(&t->raw_set, text, len, &segs);
  for (int i = 0; i < segs.len; i++) {
    Seg g = segs.data[i];
    if (g.id >= 0) vec_push(&out, g.id);
    else encode_text(t, &a, text + g.a, g.b - g.a, g.a == 0, &out);
  }
  if (add_special)
    for (int i = 0; i < t->post_after.len; i++) vec_push(&out, t->post_after.data[i]);
  vec_free(&segs);
  zo_arena_free(&a);
  *ids = out.data;
  *n = out.len;
  return 0;
}

/* ---------------------------------------------------------------- decode */

typedef Vec(Str) StrVec;

static Str sb_to_arena(Arena *a, StrBuf *sb) {
  Str r = {zo_arena_strndup(a, sb->buf ? sb->buf : "", sb->len), sb->len};
  sb->len = 0;
  return r;
}

/* <0xXX> (hex digits of either case) -> the byte, else -1. */
static int byte_token(Str s) {
  if (s.n != 6 || memcmp(s.s, "<0x", 3) != 0 || s.s[5] != '>') return -1;
  int v = 0;
  for (int i = 3; i < 5; i++) {
    char c = s.s[i];
    int d = c >= '0' && c <= '9' ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : -1;
    if (d < 0) return -1;
    v = 16 * v + d;
  }
  return v;
}

static void decode_step(const Dec *d, Arena *a, StrVec *toks) {
  StrBuf sb = {0};
  StrVec out = {0};
  switch (d->kind) {
  case DEC_BYTELEVEL:
    /* Characters back to bytes; a token with a character outside the map
     * (an added token such as "<|endoftext|>" maps fine) keeps its bytes. */
    for (int i = 0; i < toks->len; i++) {
      Str s = toks->data[i];
      size_t mark = sb.len;
      bool ok = true;
      for (size_t j = 0; j < s.n && ok;) {
        uint32_t c = utf8_cp(s.s + j, s.n - j);
        j += (size_t)utf8_len(s.s + j, s.n - j);
        int b = char_byte(c);
        if (b >= 0) sb_put1(&sb, (char)b);
        else ok = false;
      }
      if (!ok) {
        sb.len = mark;
        sb_putn(&sb, s.s, s.n);
      }
    }
    {
      StrBuf fixed = {0};
      sb_put_lossy(&fixed, sb.buf ? sb.buf : "", sb.len);
      vec_push(&out, sb_to_arena(a, &fixed));
      zo_sb_free(&fixed);
    }
    break;
  case DEC_REPLACE:
    for (int i = 0; i < toks->len; i++) vec_push(&out, str_replace(a, toks->data[i], d->a, d->b));
    break;
  case DEC_BYTEFALLBACK: {
    /* Runs of <0xXX> become their string if it is UTF-8, else one U+FFFD per byte. */
    int i = 0;
    while (i < toks->len) {
      int j = i;
      sb.len = 0;
      while (j < toks->len && byte_token(toks->data[j]) >= 0) sb_put1(&sb, (char)byte_token(toks->data[j++]));
      if (j > i) {
        if (utf8_check(sb.buf, sb.len) == sb.len) {
          vec_push(&out, sb_to_arena(a, &sb));
        } else {
          for (int k = i; k < j; k++) vec_push(&out, ((Str){"\xEF\xBF\xBD", 3}));
        }
        i = j;
      } else {
        vec_push(&out, toks->data[i++]);
      }
    }
    break;
  }
  case DEC_FUSE:
    for (int i = 0; i < toks->len; i++) sb_putn(&sb, toks->data[i].s, toks->data[i].n);
    vec_push(&out, sb_to_arena(a, &sb));
    break;
  case DEC_STRIP:
    for (int i = 0; i < toks->len; i++) {
      Str s = toks->data[i];
      Cps c = to_cps(a, s);
      int b = 0, e = c.n;
      while (b < d->start && b < c.n && c.cp[b] == d->ch) b++;
      for (int k = 0; k < d->stop && e > b && c.cp[e - 1] == d->ch; k++) e--;
      vec_push(&out, ((Str){s.s + c.off[b], c.off[e] - c.off[b]}));
    }
    break;
  case DEC_METASPACE:
    /* The replacement becomes a space, except in the first token where it is
     * dropped (the prepended one), unless the scheme is "never". */
    for (int i = 0; i < toks->len; i++) {
      Str s = toks->data[i];
      Str with = (i == 0 && d->scheme != PREPEND_NEVER) ? (Str){"", 0} : (Str){" ", 1};
      vec_push(&out, str_replace(a, s, d->a, with));
    }
    break;
  }
  zo_sb_free(&sb);
  vec_free(toks);
  *toks = out;
}

char *zo_tok_decode(const Tokenizer *t, const int32_t *ids, int n, bool skip_special, size_t *len) {
  Arena a = {0};
  StrVec toks = {0};
  for (int i = 0; i < n; i++) {
    int32_t id = ids[i];
    if (id < 0 || id >= t->n_ids || !t->id_str[id].s) continue;
    if (skip_special && t->id_special[id]) continue;
    vec_push(&toks, t->id_str[id]);
  }
  StrBuf sb = {0};
  if (!t->has_decoder) {
    for (int i = 0; i < toks.len; i++) {
      if (i) sb_put1(&sb, ' ');
      sb_putn(&sb, toks.data[i].s, toks.data[i].n);
    }
  } else {
    for (int k = 0; k < t->decs.len; k++) decode_step(&t->decs.data[k], &a, &toks);
    for (int i = 0; i < toks.len; i++) sb_putn(&sb, toks.data[i].s, toks.data[i].n);
  }
  vec_free(&toks);
  zo_arena_free(&a);
  if (len) *len = sb.len;
  if (!sb.buf) return zo_xstrdup("");
  return zo_sb_take(&sb);
}

/* -------------------------------------------------------------- queries */

int zo_tok_vocab_size(const Tokenizer *t) { return t->n_ids; }

int32_t zo_tok_token_id(const Tokenizer *t, const char *token) {
  size_t n = strlen(token);
  int32_t id = strmap_get(&t->added_map, token, n);
  return id >= 0 ? id : strmap_get(&t->vocab, token, n);
}

const char *zo_tok_token_str(const Tokenizer *t, int32_t id) {
  return id >= 0 && id < t->n_ids ? t->id_str[id].s : NULL;
}

bool zo_tok_is_special(const Tokenizer *t, int32_t id) { return id >= 0 && id < t->n_ids && t->id_special[id]; }

int32_t zo_tok_bos_id(const Tokenizer *t) { return t->bos; }
int32_t zo_tok_eos_id(const Tokenizer *t) { return t->eos; }
int32_t zo_tok_unk_id(const Tokenizer *t) { return t->unk_id; }
