/* metrics.h — evaluation metrics for generation tasks (SQuAD F1 / exact match)
 * and the few Python string operations that they and the prompt templates
 * (runtime/data.c) must reproduce exactly.
 *
 * The SQuAD metrics are the official SQuAD v1.1 evaluation script's (also
 * MeZO's large_models/metrics.py): normalize both strings (lower-case, drop
 * ASCII punctuation, drop the articles a/an/the, collapse whitespace), split on
 * spaces; F1 is the bag-of-tokens overlap, EM string equality; the score of a
 * prediction is its maximum over the gold answers.  MeZO's special case for
 * "CANNOTANSWER" / "no answer" gold strings (QuAC, SQuAD v2) is not SQuAD v1.1
 * and is not here.
 *
 * "Python" below means CPython's str methods and `re` with str patterns, with
 * Unicode classes from utf8proc; known differences are listed in metrics.c. */
#ifndef ZOC_METRICS_H
#define ZOC_METRICS_H

#include <stdbool.h>
#include <stdint.h>

/* SQuAD normalization of S (UTF-8; bytes that are not UTF-8 read as U+FFFD):
 * lower, drop punctuation, drop articles, collapse whitespace.  malloc'd. */
char *zo_squad_normalize(const char *s);

/* Max over the N gold ANSWERS of the token F1 / exact match of PREDICTION
 * against each, as the official script computes them (F1 is 0 when either
 * side normalizes to nothing).  0.0 when N is 0. */
double zo_squad_f1(const char *prediction, const char *const *answers, int n);
double zo_squad_em(const char *prediction, const char *const *answers, int n);

/* ---- Python string semantics shared with the templates */

/* str.isspace() of one code point: Unicode bidi class WS, B or S, or Zs. */
bool zo_py_isspace(uint32_t cp);
/* str.lower() (full mapping: U+0130 → "i̇", final sigma); malloc'd UTF-8. */
char *zo_py_lower(const char *s);
/* s[0].upper() + s[1:]: the full upper-case mapping of the first code point
 * (ß → "SS", ﬁ → "FI"), the rest as is.  malloc'd. */
char *zo_py_upper_first(const char *s);
/* s.strip() / s.lstrip() / s.rstrip() with no argument: Python whitespace.
 * malloc'd. */
char *zo_py_strip(const char *s, bool left, bool right);

#endif
