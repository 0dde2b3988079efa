/* test_tokenizer.c — runtime/tokenizer.c against the official Hugging Face
 * `tokenizers` library.
 *
 * Token ids are integers, so every comparison is exact: same ids, same
 * decoded bytes.  Four kinds of checks:
 *  1. checked-in cases (tests/data/tok/expected.jsonl, made by
 *     tests/py/tok_make.py): tricky strings on a GPT-2-, a Llama-2- and a
 *     Llama-3-style tokenizer trained for the test;
 *  2. a live differential test: tests/py/tok_oracle.py draws fresh random
 *     strings from this run's seed, for those tokenizers, variants of them
 *     (Metaspace schemes, add_prefix_space, every Split behavior, normalizers,
 *     normalized and lstrip/rstrip added tokens, unk without byte fallback, the
 *     Qwen2 pattern, post-processor Sequence) and a BPE trained on the spot
 *     with subword prefix and word suffix; also random id sequences to decode;
 *  3. bad files: each must give NULL and a message naming the problem;
 *  4. the fuzzer's findings (tests/fuzz/regress/fuzz_tokenizer/), against
 *     the library where it reads them.
 */
#include <dirent.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "runtime/tokenizer.h"
#include "support/support.h"
#include "testutil.h"

/* ---- helpers */

/* Tokenizers by path, loaded once per test process. */
static struct {
  char *path;
  Tokenizer *tok;
} cache[16];
static int n_cache;

static Tokenizer *tok_get(const char *path) {
  for (int i = 0; i < n_cache; i++)
    if (!strcmp(cache[i].path, path)) return cache[i].tok;
  Tokenizer *t = zo_tok_load(path);
  ck_assert_msg(t != NULL, "could not load %s", path);
  ck_assert_int_lt(n_cache, (int)ZO_COUNT(cache));
  cache[n_cache].path = strdup(path);
  cache[n_cache++].tok = t;
  return t;
}

static void tok_cache_free(void) {
  for (int i = 0; i < n_cache; i++) {
    zo_tok_free(cache[i].tok);
    free(cache[i].path);
  }
  n_cache = 0;
}

/* Prints a string with escapes, for failure messages. */
static void put_escaped(StrBuf *sb, const char *s, size_t n) {
  zo_sb_putc(sb, '"');
  for (size_t i = 0; i < n && i < 100; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '"' || c == '\\') zo_sb_printf(sb, "\\%c", c);
    else if (c < 0x20 || c == 0x7F) zo_sb_printf(sb, "\\x%02x", c);
    else zo_sb_putc(sb, (char)c);
  }
  zo_sb_puts(sb, n > 100 ? "...\"" : "\"");
}

static void put_ids(StrBuf *sb, const int32_t *ids, int n) {
  zo_sb_putc(sb, '[');
  for (int i = 0; i < n && i < 40; i++) zo_sb_printf(sb, "%s%d", i ? "," : "", ids[i]);
  zo_sb_puts(sb, n > 40 ? ",...]" : "]");
}

static int json_ids(json_t *arr, int32_t **out) {
  int n = (int)json_array_size(arr);
  *out = malloc(((size_t)n + 1) * sizeof(int32_t));
  for (int i = 0; i < n; i++) (*out)[i] = (int32_t)json_integer_value(json_array_get(arr, (size_t)i));
  return n;
}

/* Check's messages are limited to a few KB: report the first few failures. */
#define MAX_REPORTED 5

typedef struct Tally {
  int cases, failures;
  StrBuf report;
} Tally;

static void failed(Tally *ty, const char *what, const char *file, const char *text, size_t tn) {
  if (ty->failures++ < MAX_REPORTED && ty->report.len < 2000) {
    zo_sb_printf(&ty->report, "\n  %s (%s) on ", what, file);
    put_escaped(&ty->report, text, tn);
  }
}

/* One encode case: ids and both decodes must match the library's. */
static void check_encode(Tally *ty, const char *file, json_t *c) {
  Tokenizer *t = tok_get(file);
  json_t *jt = json_object_get(c, "text");
  const char *text = json_string_value(jt);
  size_t tn = json_string_length(jt);
  bool add_special = json_is_true(json_object_get(c, "add_special"));
  int32_t *want, *got;
  int nw = json_ids(json_object_get(c, "ids"), &want), ng;
  ty->cases++;
  ck_assert_int_eq(zo_tok_encode(t, text, tn, add_special, &got, &ng), 0);
  if (ng != nw || (nw && memcmp(got, want, (size_t)nw * sizeof(int32_t)) != 0)) {
    failed(ty, add_special ? "encode+special" : "encode", file, text, tn);
    if (ty->failures <= MAX_REPORTED && ty->report.len < 2500) {
      zo_sb_puts(&ty->report, "\n    want ");
      put_ids(&ty->report, want, nw);
      zo_sb_puts(&ty->report, "\n    got  ");
      put_ids(&ty->report, got, ng);
    }
  }
  static const char *const keys[2] = {"decoded", "decoded_skip"};
  for (int skip = 0; skip < 2; skip++) {
    json_t *jd = json_object_get(c, keys[skip]);
    size_t dn;
    char *d = zo_tok_decode(t, want, nw, skip, &dn);
    if (dn != json_string_length(jd) || memcmp(d, json_string_value(jd), dn) != 0) {
      failed(ty, keys[skip], file, text, tn);
      if (ty->failures <= MAX_REPORTED && ty->report.len < 2500) {
        zo_sb_puts(&ty->report, "\n    want ");
        put_escaped(&ty->report, json_string_value(jd), json_string_length(jd));
        zo_sb_puts(&ty->report, "\n    got  ");
        put_escaped(&ty->report, d, dn);
      }
    }
    free(d);
  }
  free(want);
  free(got);
}

/* One decode case: random ids. */
static void check_decode(Tally *ty, const char *file, json_t *c) {
  Tokenizer *t = tok_get(file);
  int32_t *ids;
  int n = json_ids(json_object_get(c, "decode_ids"), &ids);
  bool skip = json_is_true(json_object_get(c, "skip"));
  json_t *jd = json_object_get(c, "text");
  size_t dn;
  char *d = zo_tok_decode(t, ids, n, skip, &dn);
  ty->cases++;
  if (dn != json_string_length(jd) || memcmp(d, json_string_value(jd), dn) != 0) {
    failed(ty, skip ? "decode ids (skip special)" : "decode ids", file, d, dn);
    if (ty->failures <= MAX_REPORTED && ty->report.len < 2500) {
      zo_sb_puts(&ty->report, " for ids ");
      put_ids(&ty->report, ids, n);
      zo_sb_puts(&ty->report, "\n    want ");
      put_escaped(&ty->report, json_string_value(jd), json_string_length(jd));
    }
  }
  free(d);
  free(ids);
}

/* Runs every line of a cases file; FILE_FOR gives the tokenizer path of a line. */
static Tally run_cases(const char *jsonl, const char *data_dir, int *per_file_min) {
  FILE *f = fopen(jsonl, "r");
  ck_assert_msg(f != NULL, "cannot open %s", jsonl);
  Tally ty = {0};
  char *line = NULL;
  size_t cap = 0;
  ssize_t len;
  struct {
    char name[600];
    int n;
  } counts[16] = {{{0}, 0}};
  int nc = 0;
  while ((len = getline(&line, &cap, f)) > 0) {
    json_error_t je;
    json_t *c = json_loadb(line, (size_t)len, JSON_ALLOW_NUL, &je);
    ck_assert_msg(c != NULL, "%s: bad line: %s", jsonl, je.text);
    char file[600];
    json_t *jf = json_object_get(c, "file"), *jn = json_object_get(c, "tok");
    if (jf) snprintf(file, sizeof file, "%s", json_string_value(jf));
    else snprintf(file, sizeof file, "%s/%s.json", data_dir, json_string_value(jn));
    if (json_object_get(c, "decode_ids")) {
      check_decode(&ty, file, c);
    } else {
      check_encode(&ty, file, c);
      int k = 0;
      while (k < nc && strcmp(counts[k].name, file) != 0) k++;
      if (k == nc && nc < 16) snprintf(counts[nc++].name, sizeof counts[0].name, "%s", file);
      if (k < 16) counts[k].n++;
    }
    json_decref(c);
  }
  free(line);
  fclose(f);
  *per_file_min = nc ? counts[0].n : 0;
  for (int k = 0; k < nc; k++)
    if (counts[k].n < *per_file_min) *per_file_min = counts[k].n;
  return ty;
}

/* ---- 1. checked-in cases */

START_TEST(test_checked_in) {
  const char *dir = zt_src("tests/data/tok");
  char path[700];
  snprintf(path, sizeof path, "%s/expected.jsonl", dir);
  int min_per_tok;
  Tally ty = run_cases(path, dir, &min_per_tok);
  ck_assert_int_ge(ty.cases, 300);   /* the file is complete: every tokenizer, every string */
  ck_assert_msg(ty.failures == 0, "%d of %d checked-in cases differ from the library:%s", ty.failures, ty.cases,
                ty.report.buf);
  zo_sb_free(&ty.report);
  tok_cache_free();
}
END_TEST

/* ---- 2. live differential test */

START_TEST(test_live_differential) {
  uint64_t s = zt_seed() ^ 0x746f6b656e697a65ull;
  uint64_t seed = zt_next(&s) >> 33;   /* Python's Random takes any int; keep it readable */
  const char *out = zt_tmpdir();
  char args[2048], *so = NULL, *se = NULL;
  snprintf(args, sizeof args, "'%s' '%s' '%s' %llu 520 120", zt_src("tests/py/tok_oracle.py"),
           zt_src("tests/data/tok"), out, (unsigned long long)seed);
  int rc = zt_python(args, &so, &se);
  ck_assert_msg(rc == 0, "tok_oracle.py failed (%d): %s", rc, se ? se : "");
  free(so);
  free(se);
  char path[700];
  snprintf(path, sizeof path, "%s/cases.jsonl", out);
  int min_per_tok;
  Tally ty = run_cases(path, zt_src("tests/data/tok"), &min_per_tok);
  ck_assert_int_ge(min_per_tok, 500);
  ck_assert_msg(ty.failures == 0, "%d of %d random cases differ from the library (oracle seed %llu):%s",
                ty.failures, ty.cases, (unsigned long long)seed, ty.report.buf);
  zo_sb_free(&ty.report);
  tok_cache_free();
}
END_TEST

/* ---- API details the cases do not cover */

/* Sends stderr to a file until stderr_release, which returns what was written. */
static int stderr_capture(void) {
  char errpath[700];
  snprintf(errpath, sizeof errpath, "%s/stderr.txt", zt_tmpdir());
  fflush(stderr);
  int saved = dup(2);
  FILE *ef = fopen(errpath, "w");
  ck_assert_ptr_nonnull(ef);
  dup2(fileno(ef), 2);
  fclose(ef);
  return saved;
}

static char *stderr_release(int saved) {
  char errpath[700];
  snprintf(errpath, sizeof errpath, "%s/stderr.txt", zt_tmpdir());
  fflush(stderr);
  dup2(saved, 2);
  close(saved);
  size_t n;
  char *msg = zo_read_file(errpath, &n);
  ck_assert_ptr_nonnull(msg);
  return msg;
}

START_TEST(test_api) {
  char path[700];
  snprintf(path, sizeof path, "%s/llama.json", zt_src("tests/data/tok"));
  Tokenizer *t = zo_tok_load(path);
  ck_assert_ptr_nonnull(t);
  ck_assert_int_eq(zo_tok_bos_id(t), 1);
  ck_assert_int_eq(zo_tok_eos_id(t), 2);
  ck_assert_int_eq(zo_tok_unk_id(t), 0);
  ck_assert_int_eq(zo_tok_token_id(t, "<0x0A>"), 3 + 10);
  ck_assert_int_eq(zo_tok_token_id(t, "no such token"), -1);
  ck_assert_str_eq(zo_tok_token_str(t, 2), "</s>");
  ck_assert(zo_tok_is_special(t, 1) && !zo_tok_is_special(t, 300));
  ck_assert_ptr_null(zo_tok_token_str(t, zo_tok_vocab_size(t)));
  /* Invalid UTF-8 is refused, not guessed at. */
  int32_t *ids = (int32_t *)1;
  int n = 7;
  int saved = stderr_capture();
  int rc = zo_tok_encode(t, "ok\xC3(", 4, false, &ids, &n);
  char *msg = stderr_release(saved);
  ck_assert_int_eq(rc, -1);
  ck_assert_msg(strstr(msg, "not valid UTF-8 (byte 2 of 4)") != NULL, "%s", msg);
  free(msg);
  ck_assert_ptr_null(ids);
  ck_assert_int_eq(n, 0);
  /* Ids outside the vocabulary are skipped when decoding. */
  int32_t odd[] = {-5, 1 << 30, zo_tok_vocab_size(t)};
  size_t dn;
  char *d = zo_tok_decode(t, odd, 3, false, &dn);
  ck_assert_uint_eq(dn, 0);
  free(d);
  zo_tok_free(t);

  snprintf(path, sizeof path, "%s/gpt2.json", zt_src("tests/data/tok"));
  t = zo_tok_load(path);
  ck_assert_ptr_nonnull(t);
  int32_t eot = zo_tok_token_id(t, "<|endoftext|>");
  ck_assert_int_ge(eot, 0);
  ck_assert_int_eq(zo_tok_bos_id(t), eot);
  ck_assert_int_eq(zo_tok_eos_id(t), eot);
  ck_assert_int_eq(zo_tok_unk_id(t), -1);
  ck_assert_int_ge(zo_tok_vocab_size(t), 1000);
  zo_tok_free(t);
}
END_TEST

/* ---- 3. bad files */

/* Loads PATH with stderr captured; the load must fail and the message must
 * contain WANT. */
static void expect_load_error(const char *path, const char *want) {
  int saved = stderr_capture();
  Tokenizer *t = zo_tok_load(path);
  char *msg = stderr_release(saved);
  ck_assert_msg(t == NULL, "%s loaded, but should have failed with \"%s\"", path, want);
  ck_assert_msg(strstr(msg, want) != NULL, "%s: expected a message with \"%s\", got: %s", path, want, msg);
  ck_assert_msg(strstr(msg, path) != NULL, "the message does not name the file: %s", msg);
  free(msg);
}

/* Writes TEXT to a file in the temp dir; returns its path (static rotation). */
static const char *write_tmp(const char *name, const char *text, size_t n) {
  static char paths[4][700];
  static int k;
  char *p = paths[k++ % 4];
  snprintf(p, 700, "%s/%s", zt_tmpdir(), name);
  ck_assert_int_eq(zo_write_file_atomic(p, text, n), 0);
  return p;
}

/* The checked-in gpt2.json with one part replaced: KEY at the top level or in
 * "model" (MODEL_KEY true) set to VALUE (a JSON text; NULL deletes it). */
static const char *gpt2_with(const char *name, bool in_model, const char *key, const char *value) {
  char src[700];
  snprintf(src, sizeof src, "%s/gpt2.json", zt_src("tests/data/tok"));
  json_error_t je;
  json_t *root = json_load_file(src, 0, &je);
  ck_assert_ptr_nonnull(root);
  json_t *obj = in_model ? json_object_get(root, "model") : root;
  if (value) {
    json_t *v = json_loads(value, JSON_DECODE_ANY, &je);
    ck_assert_msg(v != NULL, "bad test JSON %s", value);
    json_object_set_new(obj, key, v);
  } else {
    json_object_del(obj, key);
  }
  char *text = json_dumps(root, JSON_COMPACT);
  const char *p = write_tmp(name, text, strlen(text));
  free(text);
  json_decref(root);
  return p;
}

START_TEST(test_bad_files) {
  char path[700];
  snprintf(path, sizeof path, "%s/does-not-exist.json", zt_tmpdir());
  expect_load_error(path, "cannot open");
  expect_load_error(write_tmp("empty.json", "", 0), "not valid JSON");
  expect_load_error(write_tmp("text.json", "vocab: yes\n", 11), "not valid JSON");
  expect_load_error(write_tmp("array.json", "[1, 2]", 6), "top level is not an object");
  expect_load_error(write_tmp("nomodel.json", "{\"version\": \"1.0\"}", 18), "no \"model\" object");

  /* a truncated real file */
  char src[700];
  snprintf(src, sizeof src, "%s/gpt2.json", zt_src("tests/data/tok"));
  size_t n;
  char *whole = zo_read_file(src, &n);
  ck_assert_ptr_nonnull(whole);
  expect_load_error(write_tmp("half.json", whole, n / 2), "not valid JSON");
  free(whole);

  expect_load_error(gpt2_with("unigram.json", true, "type", "\"Unigram\""), "model type \"Unigram\" is not supported");
  expect_load_error(gpt2_with("novocab.json", true, "vocab", NULL), "no \"vocab\" object");
  expect_load_error(gpt2_with("vocabarr.json", true, "vocab", "[1,2]"), "no \"vocab\" object");
  expect_load_error(gpt2_with("nomerges.json", true, "merges", NULL), "no \"merges\" array");
  expect_load_error(gpt2_with("badmerge.json", true, "merges", "[\"zz\\u00e9 q\"]"),
                    "merge 0: \"zz\xC3\xA9\" is not in the vocabulary");
  expect_load_error(gpt2_with("badpair.json", true, "merges", "[[\"a\", \"nope\"]]"),
                    "merge 0: \"nope\" is not in the vocabulary");
  expect_load_error(gpt2_with("badjoin.json", true, "merges", "[[\"a\", \"!\"]]"),
                    "merged token \"a!\" is not in the vocabulary");
  expect_load_error(gpt2_with("nospace.json", true, "merges", "[\"ab\"]"), "not two tokens separated by a space");
  expect_load_error(gpt2_with("merge3.json", true, "merges", "[[\"a\", \"b\", \"c\"]]"), "neither");
  expect_load_error(gpt2_with("badid.json", true, "vocab", "{\"a\": -3}"), "vocab entry \"a\"");
  expect_load_error(gpt2_with("strid.json", true, "vocab", "{\"a\": \"0\"}"), "vocab entry \"a\"");
  expect_load_error(gpt2_with("unk.json", true, "unk_token", "\"<unk>\""), "unk_token \"<unk>\" is not in the vocabulary");
  expect_load_error(gpt2_with("dropout.json", true, "dropout", "0.1"), "dropout");
  expect_load_error(gpt2_with("pre.json", false, "pre_tokenizer", "{\"type\": \"Whitespace\"}"),
                    "pre-tokenizer \"Whitespace\" is not supported");
  expect_load_error(gpt2_with("regex.json", false, "pre_tokenizer",
                              "{\"type\": \"Split\", \"pattern\": {\"Regex\": \"\\\\w+\"}, \"behavior\": \"Isolated\", "
                              "\"invert\": false}"),
                    "the regex \"\\w+\" is not one zoc knows");
  expect_load_error(gpt2_with("norm.json", false, "normalizer", "{\"type\": \"Precompiled\"}"),
                    "normalizer \"Precompiled\" is not supported");
  expect_load_error(gpt2_with("notype.json", false, "normalizer", "{\"x\": 1}"), "not an object with a \"type\"");
  expect_load_error(gpt2_with("dec.json", false, "decoder", "{\"type\": \"WordPiece\"}"),
                    "decoder \"WordPiece\" is not supported");
  expect_load_error(gpt2_with("post.json", false, "post_processor",
                              "{\"type\": \"TemplateProcessing\", \"single\": [{\"SpecialToken\": {\"id\": \"<nope>\"}}, "
                              "{\"Sequence\": {\"id\": \"A\"}}], \"special_tokens\": {}}"),
                    "\"<nope>\" is not in the vocabulary");
  expect_load_error(gpt2_with("added.json", false, "added_tokens", "[{\"id\": 5}]"), "added token 0 has no \"content\"");
  expect_load_error(gpt2_with("added2.json", false, "added_tokens", "[{\"id\": -1, \"content\": \"x\"}]"),
                    "added token \"x\"");
  expect_load_error(gpt2_with("added3.json", false, "added_tokens", "{}"), "\"added_tokens\" is not an array");
}
END_TEST

/* ---- 4. what the fuzzer found (tests/fuzz/fuzz_tokenizer.c): each input in
 * tests/fuzz/regress/fuzz_tokenizer/ is a tokenizer.json, a NUL and a text.
 * The file loads from disk as a user's would and encodes the text as the
 * library does (tests/py/tok_fuzz_case.py); where the library cannot read the
 * file (it panics on some), the ids must still be real ones that decode. */
START_TEST(test_fuzz_regressions) {
  const char *dir = zt_src("tests/fuzz/regress/fuzz_tokenizer");
  DIR *d = opendir(dir);
  ck_assert_msg(d != NULL, "cannot open %s", dir);
  int cases = 0;
  for (struct dirent *e; (e = readdir(d));) {
    if (e->d_name[0] == '.') continue;
    char path[1200], args[2600], *so = NULL, *se = NULL;
    snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
    size_t n;
    char *raw = zo_read_file(path, &n);
    ck_assert_ptr_nonnull(raw);
    const char *nul = memchr(raw, 0, n);
    ck_assert_msg(nul != NULL, "%s: no NUL between the tokenizer.json and the text", path);
    const char *text = nul + 1;
    size_t tn = n - (size_t)(nul - raw) - 1;
    Tokenizer *t = zo_tok_load(write_tmp(e->d_name, raw, (size_t)(nul - raw)));
    ck_assert_msg(t != NULL, "%s: the tokenizer does not load", path);
    snprintf(args, sizeof args, "'%s' '%s'", zt_src("tests/py/tok_fuzz_case.py"), path);
    ck_assert_msg(zt_python(args, &so, &se) == 0, "tok_fuzz_case.py %s failed: %s", path, se ? se : "");
    json_error_t je;
    json_t *want = json_loads(so, 0, &je);
    ck_assert_msg(want != NULL, "tok_fuzz_case.py: %s", so);
    for (int special = 0; special < 2; special++) {
      int32_t *ids, *wids;
      int ng;
      ck_assert_int_eq(zo_tok_encode(t, text, tn, special, &ids, &ng), 0);
      json_t *w = json_object_get(want, special ? "ids_special" : "ids");
      if (w) {
        int nw = json_ids(w, &wids);
        StrBuf sb = {0};
        put_ids(&sb, wids, nw);
        zo_sb_puts(&sb, " from the library, ");
        put_ids(&sb, ids, ng);
        ck_assert_msg(ng == nw && (nw == 0 || !memcmp(ids, wids, (size_t)nw * sizeof *ids)), "%s: %s", path, sb.buf);
        zo_sb_free(&sb);
        free(wids);
      } else {
        for (int i = 0; i < ng && !special; i++) ck_assert(ids[i] >= 0 && ids[i] < zo_tok_vocab_size(t));
      }
      free(zo_tok_decode(t, ids, ng, false, NULL));
      free(ids);
    }
    json_decref(want);
    free(so);
    free(se);
    zo_tok_free(t);
    free(raw);
    cases++;
  }
  closedir(d);
  ck_assert_int_ge(cases, 2);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("tokenizer");
  TCase *tc = tcase_create("tokenizer");
  tcase_set_timeout(tc, 120);
  tcase_add_test(tc, test_checked_in);
  tcase_add_test(tc, test_api);
  tcase_add_test(tc, test_bad_files);
  tcase_add_test(tc, test_live_differential);
  tcase_add_test(tc, test_fuzz_regressions);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) { return zt_run_suite(suite()); }
