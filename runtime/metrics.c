/* metrics.c — SQuAD F1 / exact match, and the Python string operations the
 * metric and the prompt templates need, on UTF-8 text.
 *
 * Approach: decode to code points once, apply each step of the official
 * normalize_answer() as a pass over the code points, re-encode.  The steps and
 * their Python meaning:
 *   lower()          CPython's full lower-case mapping: utf8proc's simple
 *                    mapping plus the two context rules CPython applies
 *                    (U+0130 → "i" U+0307, and Σ → ς at the end of a word);
 *   remove_punc      drops the 32 characters of string.punctuation (ASCII only);
 *   remove_articles  re.sub(r'\b(a|an|the)\b', ' ', text): since every
 *                    alternative is made of word characters, a match is exactly
 *                    a maximal run of \w characters equal to a, an or the;
 *                    \w is CPython's str.isalnum() or '_';
 *   white_space_fix  ' '.join(text.split()): split on str.isspace() runs.
 * F1 counts the multiset intersection of the two token lists by sorting both
 * and merging (the Counter & Counter of the script), then computes precision,
 * recall and F1 with the same double operations in the same order as the
 * script, so results are bit-identical to Python's.
 *
 * Known differences from CPython (tests/test_data.c checks the rest against
 * tests/py/data_oracle.py): Unicode tables come from utf8proc (Unicode 15),
 * CPython's from its own build; "cased" and "case-ignorable" (for the final
 * sigma rule) and str.isnumeric() are approximated from general categories
 * plus the Other_Lowercase/Other_Uppercase list. */
#include "runtime/metrics.h"

#include <string.h>
#include <utf8proc.h>

#include "support/support.h"

/* ---- code point arrays */

typedef Vec(uint32_t) Cps;

static void decode(const char *s, Cps *out) {
  const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
  utf8proc_ssize_t len = (utf8proc_ssize_t)strlen(s);
  while (len > 0) {
    utf8proc_int32_t c;
    utf8proc_ssize_t k = utf8proc_iterate(p, len, &c);
    if (k <= 0) { /* not UTF-8: one byte becomes U+FFFD, as Python's errors='replace' would */
      c = 0xFFFD;
      k = 1;
    }
    vec_push(out, (uint32_t)c);
    p += k;
    len -= k;
  }
}

static char *encode(const uint32_t *c, int n) {
  char *s = zo_xmalloc((size_t)n * 4 + 1);
  size_t len = 0;
  for (int i = 0; i < n; i++)
    len += (size_t)utf8proc_encode_char((utf8proc_int32_t)c[i], (utf8proc_uint8_t *)s + len);
  s[len] = 0;
  return s;
}

/* ---- Unicode classes as CPython reads them */

static utf8proc_category_t cat(uint32_t c) { return utf8proc_category((utf8proc_int32_t)c); }

bool zo_py_isspace(uint32_t c) {
  if (c < 0x80) return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
  if (c > 0x10FFFF) return false;
  const utf8proc_property_t *p = utf8proc_get_property((utf8proc_int32_t)c);
  return p->bidi_class == UTF8PROC_BIDI_CLASS_WS || p->bidi_class == UTF8PROC_BIDI_CLASS_B ||
         p->bidi_class == UTF8PROC_BIDI_CLASS_S || p->category == UTF8PROC_CATEGORY_ZS;
}

/* re's \w for str patterns: isalpha (L*) or isdecimal/isdigit/isnumeric (N*) or '_'. */
static bool py_isword(uint32_t c) {
  if (c < 0x80) return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '_';
  utf8proc_category_t k = cat(c);
  return (k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_LO) ||
         (k >= UTF8PROC_CATEGORY_ND && k <= UTF8PROC_CATEGORY_NO);
}

/* Unicode "Cased": Lu, Ll, Lt, Other_Lowercase, Other_Uppercase. */
static bool is_cased(uint32_t c) {
  utf8proc_category_t k = cat(c);
  if (k == UTF8PROC_CATEGORY_LU || k == UTF8PROC_CATEGORY_LL || k == UTF8PROC_CATEGORY_LT) return true;
  static const uint32_t other[][2] = {
    {0xAA, 0xAA}, {0xBA, 0xBA}, {0x2B0, 0x2B8}, {0x2C0, 0x2C1}, {0x2E0, 0x2E4}, {0x345, 0x345},
    {0x37A, 0x37A}, {0x10FC, 0x10FC}, {0x1D2C, 0x1D6A}, {0x1D78, 0x1D78}, {0x1D9B, 0x1DBF},
    {0x2071, 0x2071}, {0x207F, 0x207F}, {0x2090, 0x209C}, {0x2160, 0x217F}, {0x24B6, 0x24E9},
    {0x2C7C, 0x2C7D}, {0xA69C, 0xA69D}, {0xA770, 0xA770}, {0xA7F2, 0xA7F4}, {0xA7F8, 0xA7F9},
    {0xAB5C, 0xAB5F}, {0x1F130, 0x1F149}, {0x1F150, 0x1F169}, {0x1F170, 0x1F189},
  };
  for (size_t i = 0; i < ZO_COUNT(other); i++)
    if (c >= other[i][0] && c <= other[i][1]) return true;
  return false;
}

/* Unicode "Case_Ignorable": Mn, Me, Cf, Lm, Sk, and Word_Break MidLetter,
 * MidNumLet, Single_Quote. */
static bool is_case_ignorable(uint32_t c) {
  utf8proc_category_t k = cat(c);
  if (k == UTF8PROC_CATEGORY_MN || k == UTF8PROC_CATEGORY_ME || k == UTF8PROC_CATEGORY_CF ||
      k == UTF8PROC_CATEGORY_LM || k == UTF8PROC_CATEGORY_SK)
    return true;
  static const uint32_t mid[] = {0x27,   0x2E,   0x3A,   0xB7,   0x387,  0x55F,  0x5F4,  0x2018, 0x2019,
                                 0x2024, 0x2027, 0xFE13, 0xFE52, 0xFE55, 0xFF07, 0xFF0E, 0xFF1A};
  for (size_t i = 0; i < ZO_COUNT(mid); i++)
    if (c == mid[i]) return true;
  return false;
}

/* CPython's handle_capital_sigma: Σ at index I is final when a cased letter
 * comes before it and none after it (case-ignorable characters skipped). */
static bool final_sigma(const uint32_t *c, int n, int i) {
  int j = i - 1;
  while (j >= 0 && is_case_ignorable(c[j])) j--;
  if (j < 0 || !is_cased(c[j])) return false;
  j = i + 1;
  while (j < n && is_case_ignorable(c[j])) j++;
  return j == n || !is_cased(c[j]);
}

static void lower_cps(const Cps *in, Cps *out) {
  for (int i = 0; i < in->len; i++) {
    uint32_t c = in->data[i];
    if (c == 0x130) {          /* the one unconditional multi-character lower-case mapping */
      vec_push(out, 0x69u);
      vec_push(out, 0x307u);
    } else if (c == 0x3A3) {
      vec_push(out, final_sigma(in->data, in->len, i) ? 0x3C2u : 0x3C3u);
    } else {
      vec_push(out, c < 0x80 ? (c >= 'A' && c <= 'Z' ? c + 32 : c)
                             : (uint32_t)utf8proc_tolower((utf8proc_int32_t)c));
    }
  }
}

char *zo_py_lower(const char *s) {
  Cps in = {0}, out = {0};
  decode(s, &in);
  lower_cps(&in, &out);
  char *r = encode(out.data, out.len);
  vec_free(&in);
  vec_free(&out);
  return r;
}

/* CPython's full upper-case mappings that are longer than one code point
 * (SpecialCasing.txt's unconditional entries: ß → SS, ŉ → ʼN, ﬁ → FI, ...);
 * every other code point uses the simple mapping, which utf8proc has.  The
 * table is str.upper() of every code point whose result has length > 1
 * (Python 3.11, Unicode 14; unchanged in Unicode 15). */
static const struct { uint32_t cp, up[3]; } full_upper[] = {
  {0x00DF, {0x0053, 0x0053, 0}}, {0x0149, {0x02BC, 0x004E, 0}}, {0x01F0, {0x004A, 0x030C, 0}},
  {0x0390, {0x0399, 0x0308, 0x0301}}, {0x03B0, {0x03A5, 0x0308, 0x0301}}, {0x0587, {0x0535, 0x0552, 0}},
  {0x1E96, {0x0048, 0x0331, 0}}, {0x1E97, {0x0054, 0x0308, 0}}, {0x1E98, {0x0057, 0x030A, 0}},
  {0x1E99, {0x0059, 0x030A, 0}}, {0x1E9A, {0x0041, 0x02BE, 0}}, {0x1F50, {0x03A5, 0x0313, 0}},
  {0x1F52, {0x03A5, 0x0313, 0x0300}}, {0x1F54, {0x03A5, 0x0313, 0x0301}}, {0x1F56, {0x03A5, 0x0313, 0x0342}},
  {0x1F80, {0x1F08, 0x0399, 0}}, {0x1F81, {0x1F09, 0x0399, 0}}, {0x1F82, {0x1F0A, 0x0399, 0}},
  {0x1F83, {0x1F0B, 0x0399, 0}}, {0x1F84, {0x1F0C, 0x0399, 0}}, {0x1F85, {0x1F0D, 0x0399, 0}},
  {0x1F86, {0x1F0E, 0x0399, 0}}, {0x1F87, {0x1F0F, 0x0399, 0}}, {0x1F88, {0x1F08, 0x0399, 0}},
  {0x1F89, {0x1F09, 0x0399, 0}}, {0x1F8A, {0x1F0A, 0x0399, 0}}, {0x1F8B, {0x1F0B, 0x0399, 0}},
  {0x1F8C, {0x1F0C, 0x0399, 0}}, {0x1F8D, {0x1F0D, 0x0399, 0}}, {0x1F8E, {0x1F0E, 0x0399, 0}},
  {0x1F8F, {0x1F0F, 0x0399, 0}}, {0x1F90, {0x1F28, 0x0399, 0}}, {0x1F91, {0x1F29, 0x0399, 0}},
  {0x1F92, {0x1F2A, 0x0399, 0}}, {0x1F93, {0x1F2B, 0x0399, 0}}, {0x1F94, {0x1F2C, 0x0399, 0}},
  {0x1F95, {0x1F2D, 0x0399, 0}}, {0x1F96, {0x1F2E, 0x0399, 0}}, {0x1F97, {0x1F2F, 0x0399, 0}},
  {0x1F98, {0x1F28, 0x0399, 0}}, {0x1F99, {0x1F29, 0x0399, 0}}, {0x1F9A, {0x1F2A, 0x0399, 0}},
  {0x1F9B, {0x1F2B, 0x0399, 0}}, {0x1F9C, {0x1F2C, 0x0399, 0}}, {0x1F9D, {0x1F2D, 0x0399, 0}},
  {0x1F9E, {0x1F2E, 0x0399, 0}}, {0x1F9F, {0x1F2F, 0x0399, 0}}, {0x1FA0, {0x1F68, 0x0399, 0}},
  {0x1FA1, {0x1F69, 0x0399, 0}}, {0x1FA2, {0x1F6A, 0x0399, 0}}, {0x1FA3, {0x1F6B, 0x0399, 0}},
  {0x1FA4, {0x1F6C, 0x0399, 0}}, {0x1FA5, {0x1F6D, 0x0399, 0}}, {0x1FA6, {0x1F6E, 0x0399, 0}},
  {0x1FA7, {0x1F6F, 0x0399, 0}}, {0x1FA8, {0x1F68, 0x0399, 0}}, {0x1FA9, {0x1F69, 0x0399, 0}},
  {0x1FAA, {0x1F6A, 0x0399, 0}}, {0x1FAB, {0x1F6B, 0x0399, 0}}, {0x1FAC, {0x1F6C, 0x0399, 0}},
  {0x1FAD, {0x1F6D, 0x0399, 0}}, {0x1FAE, {0x1F6E, 0x0399, 0}}, {0x1FAF, {0x1F6F, 0x0399, 0}},
  {0x1FB2, {0x1FBA, 0x0399, 0}}, {0x1FB3, {0x0391, 0x0399, 0}}, {0x1FB4, {0x0386, 0x0399, 0}},
  {0x1FB6, {0x0391, 0x0342, 0}}, {0x1FB7, {0x0391, 0x0342, 0x0399}}, {0x1FBC, {0x0391, 0x0399, 0}},
  {0x1FC2, {0x1FCA, 0x0399, 0}}, {0x1FC3, {0x0397, 0x0399, 0}}, {0x1FC4, {0x0389, 0x0399, 0}},
  {0x1FC6, {0x0397, 0x0342, 0}}, {0x1FC7, {0x0397, 0x0342, 0x0399}}, {0x1FCC, {0x0397, 0x0399, 0}},
  {0x1FD2, {0x0399, 0x0308, 0x0300}}, {0x1FD3, {0x0399, 0x0308, 0x0301}}, {0x1FD6, {0x0399, 0x0342, 0}},
  {0x1FD7, {0x0399, 0x0308, 0x0342}}, {0x1FE2, {0x03A5, 0x0308, 0x0300}}, {0x1FE3, {0x03A5, 0x0308, 0x0301}},
  {0x1FE4, {0x03A1, 0x0313, 0}}, {0x1FE6, {0x03A5, 0x0342, 0}}, {0x1FE7, {0x03A5, 0x0308, 0x0342}},
  {0x1FF2, {0x1FFA, 0x0399, 0}}, {0x1FF3, {0x03A9, 0x0399, 0}}, {0x1FF4, {0x038F, 0x0399, 0}},
  {0x1FF6, {0x03A9, 0x0342, 0}}, {0x1FF7, {0x03A9, 0x0342, 0x0399}}, {0x1FFC, {0x03A9, 0x0399, 0}},
  {0xFB00, {0x0046, 0x0046, 0}}, {0xFB01, {0x0046, 0x0049, 0}}, {0xFB02, {0x0046, 0x004C, 0}},
  {0xFB03, {0x0046, 0x0046, 0x0049}}, {0xFB04, {0x0046, 0x0046, 0x004C}}, {0xFB05, {0x0053, 0x0054, 0}},
  {0xFB06, {0x0053, 0x0054, 0}}, {0xFB13, {0x0544, 0x0546, 0}}, {0xFB14, {0x0544, 0x0535, 0}},
  {0xFB15, {0x0544, 0x053B, 0}}, {0xFB16, {0x054E, 0x0546, 0}}, {0xFB17, {0x0544, 0x053D, 0}},
};

char *zo_py_upper_first(const char *s) {
  Cps c = {0};
  decode(s, &c);
  Cps out = {0};
  if (c.len > 0) {
    int k = -1;
    for (int i = 0; i < (int)ZO_COUNT(full_upper) && k < 0; i++)
      if (full_upper[i].cp == c.data[0]) k = i;
    if (k >= 0) {
      for (int j = 0; j < 3 && full_upper[k].up[j]; j++) vec_push(&out, full_upper[k].up[j]);
    } else {
      vec_push(&out, (uint32_t)utf8proc_toupper((utf8proc_int32_t)c.data[0]));
    }
    for (int i = 1; i < c.len; i++) vec_push(&out, c.data[i]);
  }
  char *r = encode(out.data, out.len);
  vec_free(&c);
  vec_free(&out);
  return r;
}

char *zo_py_strip(const char *s, bool left, bool right) {
  Cps c = {0};
  decode(s, &c);
  int a = 0, b = c.len;
  if (left)
    while (a < b && zo_py_isspace(c.data[a])) a++;
  if (right)
    while (b > a && zo_py_isspace(c.data[b - 1])) b--;
  char *r = encode(c.len ? c.data + a : NULL, b - a);   /* "" decodes to no array: NULL + 0 is undefined */
  vec_free(&c);
  return r;
}

/* ---- normalize_answer */

static bool is_ascii_punct(uint32_t c) {
  return c < 0x80 && c > 0x20 && c != 0x7F && !((c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'));
}

static bool run_is(const uint32_t *c, int n, const char *word) {
  int k = (int)strlen(word);
  if (n != k) return false;
  for (int i = 0; i < k; i++)
    if (c[i] != (uint32_t)(unsigned char)word[i]) return false;
  return true;
}

char *zo_squad_normalize(const char *s) {
  Cps raw = {0}, low = {0}, nopunct = {0}, noart = {0}, out = {0};
  decode(s, &raw);
  lower_cps(&raw, &low);
  for (int i = 0; i < low.len; i++)
    if (!is_ascii_punct(low.data[i])) vec_push(&nopunct, low.data[i]);
  for (int i = 0; i < nopunct.len;) {
    if (!py_isword(nopunct.data[i])) {
      vec_push(&noart, nopunct.data[i]);
      i++;
      continue;
    }
    int j = i;
    while (j < nopunct.len && py_isword(nopunct.data[j])) j++;
    const uint32_t *w = nopunct.data + i;
    if (run_is(w, j - i, "a") || run_is(w, j - i, "an") || run_is(w, j - i, "the")) {
      vec_push(&noart, (uint32_t)' ');
    } else {
      for (int k = i; k < j; k++) vec_push(&noart, nopunct.data[k]);
    }
    i = j;
  }
  for (int i = 0; i < noart.len;) {
    if (zo_py_isspace(noart.data[i])) {
      i++;
      continue;
    }
    if (out.len) vec_push(&out, (uint32_t)' ');
    while (i < noart.len && !zo_py_isspace(noart.data[i])) vec_push(&out, noart.data[i++]);
  }
  char *r = encode(out.data, out.len);
  vec_free(&raw);
  vec_free(&low);
  vec_free(&nopunct);
  vec_free(&noart);
  vec_free(&out);
  return r;
}

/* ---- F1 and EM */

typedef struct Tokens {
  char *buf;    /* the normalized string, cut in place at the spaces */
  char **tok;   /* sorted */
  int n;
} Tokens;

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static void tokens_of(const char *s, Tokens *t) {
  t->buf = zo_squad_normalize(s);
  t->n = 0;
  /* normalized text holds single ASCII spaces between tokens, none at the ends */
  int cap = 1;
  for (const char *p = t->buf; *p; p++) cap += *p == ' ';
  t->tok = zo_xmalloc((size_t)cap * sizeof(char *));
  if (*t->buf) {
    char *p = t->buf;
    t->tok[t->n++] = p;
    for (; *p; p++)
      if (*p == ' ') {
        *p = 0;
        t->tok[t->n++] = p + 1;
      }
  }
  qsort(t->tok, (size_t)t->n, sizeof(char *), cmp_str);
}

static void tokens_free(Tokens *t) {
  free(t->buf);
  free(t->tok);
}

/* The official f1_score(prediction, ground_truth) on token lists. */
static double f1_tokens(const Tokens *p, const Tokens *g) {
  int same = 0;
  for (int i = 0, j = 0; i < p->n && j < g->n;) {
    int c = strcmp(p->tok[i], g->tok[j]);
    if (c == 0) {
      same++;
      i++;
      j++;
    } else if (c < 0) {
      i++;
    } else {
      j++;
    }
  }
  if (same == 0) return 0.0;
  double precision = 1.0 * same / p->n;
  double recall = 1.0 * same / g->n;
  return (2 * precision * recall) / (precision + recall);
}

double zo_squad_f1(const char *prediction, const char *const *answers, int n) {
  if (n <= 0) return 0.0;
  Tokens p;
  tokens_of(prediction, &p);
  double best = 0.0;
  for (int i = 0; i < n; i++) {
    Tokens g;
    tokens_of(answers[i], &g);
    double f = f1_tokens(&p, &g);
    if (f > best) best = f;
    tokens_free(&g);
  }
  tokens_free(&p);
  return best;
}

double zo_squad_em(const char *prediction, const char *const *answers, int n) {
  char *p = zo_squad_normalize(prediction);
  double em = 0.0;
  for (int i = 0; i < n && em == 0.0; i++) {
    char *g = zo_squad_normalize(answers[i]);
    if (!strcmp(p, g)) em = 1.0;
    free(g);
  }
  free(p);
  return em;
}
