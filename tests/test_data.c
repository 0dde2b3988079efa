/* test_data.c — task data: runtime/data.{h,c} (templates, JSONL datasets,
 * sampling) and runtime/metrics.{h,c} (SQuAD F1 / EM, Python string ops).
 *
 * How correctness is checked:
 *  - templates: records written here by hand, expected prompt and candidate
 *    strings written by hand from ANCHORS.md's table (and MeZO's
 *    templates.py), compared with zo_task_render_prompt/_candidate;
 *  - tokenized datasets: tests/py/data_oracle.py draws fresh random records for
 *    every built-in task (from this run's seed), renders them with MeZO's own
 *    template code and encode_prompt() string handling, and tokenizes them
 *    with the `tokenizers` library for the three test tokenizers; our
 *    zo_dataset_load must give the same texts, labels, answers and ids, and the
 *    oracle also checks that our prompt ids + candidate ids are exactly MeZO's
 *    model input and option length;
 *  - sampling: the permutation against numpy's np.random.seed(s);
 *    np.random.permutation(n) for fresh random seeds and sizes (one >= 2^32),
 *    and the train/dev/test views against that permutation, disjoint;
 *  - SQuAD metrics: hand-worked cases (arithmetic in the comments) and fresh
 *    random strings against the official script's functions, bit for bit;
 *  - bad input: malformed datasets and templates fail with one message naming
 *    FILE:LINE (or the template file) and the problem; unknown task names get
 *    the nearest built-in suggested;
 *  - the fuzzer's findings (tests/fuzz/regress/fuzz_data/) load as they should;
 *  - hostile paths, through the zoc command line: every file a user names
 *    (--data, --eval-data, --task, --tokenizer, --weights, a weights
 *    directory's files, replay's seed log) as /dev/zero, /dev/urandom or a
 *    FIFO, and files past each size limit (holes: no disk), exit 1 at once
 *    with the file and what is wrong, under a timeout and a memory limit.
 */
#include <dirent.h>
#include <fcntl.h>
#include <jansson.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "runtime/data.h"
#include "runtime/metrics.h"
#include "runtime/tokenizer.h"
#include "support/support.h"
#include "testutil.h"

/* ------------------------------------------------------------ helpers */

/* A path in the test's temp dir; each call gets its own buffer. */
static const char *tmp_path(const char *name) {
  static char bufs[64][700];
  static int k;
  char *b = bufs[k++ % 64];
  snprintf(b, sizeof bufs[0], "%s/%s", zt_tmpdir(), name);
  return b;
}

static void write_bytes(const char *path, const void *data, size_t n) {
  FILE *f = fopen(path, "wb");
  ck_assert_msg(f, "cannot create %s", path);
  ck_assert(n == 0 || fwrite(data, 1, n, f) == n);
  fclose(f);
}
static void write_text(const char *path, const char *s) { write_bytes(path, s, strlen(s)); }

/* stderr into a file while a call runs, so messages can be checked. */
static int saved_fd = -1;
static char capture_file[700];
static void capture_begin(void) {
  fflush(stderr);
  saved_fd = dup(2);
  snprintf(capture_file, sizeof capture_file, "%s/stderr.txt", zt_tmpdir());
  int fd = open(capture_file, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  ck_assert(fd >= 0 && saved_fd >= 0);
  dup2(fd, 2);
  close(fd);
}
static char *capture_end(void) {
  fflush(stderr);
  dup2(saved_fd, 2);
  close(saved_fd);
  size_t n;
  char *s = zo_read_file(capture_file, &n);
  ck_assert(s);
  return s;
}

/* MSG is one line holding each NULL-terminated fragment. */
static void check_message(const char *msg, const char *frag, va_list ap) {
  for (const char *s = frag; s; s = va_arg(ap, const char *))
    ck_assert_msg(strstr(msg, s), "message lacks '%s': %s", s, msg);
  ck_assert_msg(strchr(msg, '\n') == strrchr(msg, '\n') && strchr(msg, '\n'), "expected one message line: %s", msg);
}

static Tokenizer *tok_load(const char *name) {
  char rel[64];
  snprintf(rel, sizeof rel, "tests/data/tok/%s.json", name);
  Tokenizer *t = zo_tok_load(zt_src(rel));
  ck_assert_msg(t, "cannot load %s", rel);
  return t;
}

static Task *task_load(const char *name) {
  Task *t = zo_task_load(name);
  ck_assert_msg(t, "cannot load task %s", name);
  return t;
}

/* ------------------------------------------------------------ templates, by hand from ANCHORS.md */

/* RECORD rendered with TASK: the prompt, every candidate (NULL-terminated
 * list after LABEL) and the label index. */
static void expect_render(Task *t, const char *record, const char *prompt, int label, ...) {
  int lab = -7;
  char *p = zo_task_render_prompt(t, record, &lab);
  ck_assert_msg(p, "%s: %s does not render", zo_task_name(t), record);
  ck_assert_msg(!strcmp(p, prompt), "%s prompt:\n[%s]\nexpected\n[%s]", zo_task_name(t), p, prompt);
  ck_assert_int_eq(lab, label);
  free(p);
  va_list ap;
  va_start(ap, label);
  int i = 0;
  for (const char *c = va_arg(ap, const char *); c; c = va_arg(ap, const char *), i++) {
    char *got = zo_task_render_candidate(t, record, i);
    ck_assert_msg(got && !strcmp(got, c), "%s candidate %d: [%s], expected [%s]", zo_task_name(t), i,
                  got ? got : "(null)", c);
    free(got);
  }
  va_end(ap);
  ck_assert_int_eq(i, zo_task_num_candidates(t));
}

START_TEST(test_templates_render) {
  /* SST-2: `{sentence} It was` → ` terrible` / ` great`; the sentence is
   * strip()ped (MeZO's SST2Template), Python white space included (U+00A0). */
  Task *t = task_load("SST-2");       /* case, '-' and '_' are ignored */
  ck_assert_str_eq(zo_task_name(t), "sst2");
  ck_assert(!zo_task_is_generation(t));
  expect_render(t, "{\"sentence\": \" \\u00a0a gorgeous , witty , seductive movie . \\n\", \"label\": 1, \"idx\": 3}",
                "a gorgeous , witty , seductive movie . It was", 1, " terrible", " great", NULL);
  expect_render(t, "{\"text\": \"it 's a charming and often affecting journey .\", \"label\": \"negative\"}",
                "it 's a charming and often affecting journey . It was", 0, " terrible", " great", NULL);
  expect_render(t, "{\"sentence\": \"unflinchingly bleak\", \"label\": 0.0}", "unflinchingly bleak It was", 0,
                " terrible", " great", NULL);
  zo_task_free(t);

  /* RTE: `{premise}\nDoes this mean that "{hypothesis}" is true? Yes or No?\n`
   * → `Yes` (entailment, 0) / `No` (not_entailment, 1); GLUE's sentence1/2 too.
   * Leading white space of the premise goes, as MeZO's encode_prompt()
   * lstrip()s the prompt; the hypothesis stays as it is. */
  t = task_load("rte");
  expect_render(t,
                "{\"premise\": \"  Dana Reeve, the widow of the actor Christopher Reeve, has died of lung cancer at age 44.\", "
                "\"hypothesis\": \"Christopher Reeve had an accident. \", \"label\": 1, \"idx\": 0}",
                "Dana Reeve, the widow of the actor Christopher Reeve, has died of lung cancer at age 44.\n"
                "Does this mean that \"Christopher Reeve had an accident. \" is true? Yes or No?\n",
                1, "Yes", "No", NULL);
  expect_render(t, "{\"sentence1\": \"Yet, we now are discovering that antibiotics are losing their effectiveness.\", "
                   "\"sentence2\": \"Bacteria is winning the war against antibiotics.\", \"label\": \"entailment\"}",
                "Yet, we now are discovering that antibiotics are losing their effectiveness.\n"
                "Does this mean that \"Bacteria is winning the war against antibiotics.\" is true? Yes or No?\n",
                0, "Yes", "No", NULL);
  zo_task_free(t);

  /* CB: `Suppose {premise} Can we infer that "{hypothesis}"? Yes, No, or Maybe?\n`
   * → Yes (entailment, 0) / No (contradiction, 1) / Maybe (neutral, 2). */
  t = task_load("cb");
  const char *cb_prompt = "Suppose It was a complex language. Not written down but handed down. One might say it was "
                          "peeled down. Can we infer that \"the language was peeled down\"? Yes, No, or Maybe?\n";
  const char *cb_rec = "{\"premise\": \"It was a complex language. Not written down but handed down. One might say it "
                       "was peeled down.\", \"hypothesis\": \"the language was peeled down\", \"label\": %s}";
  const char *labels[] = {"0", "\"contradiction\"", "2"};
  for (int i = 0; i < 3; i++) {
    char rec[400];
    snprintf(rec, sizeof rec, cb_rec, labels[i]);
    expect_render(t, rec, cb_prompt, i, "Yes", "No", "Maybe", NULL);
  }
  zo_task_free(t);

  /* BoolQ: `{passage} {question}?\n`, question capitalised, '?' only when
   * missing → Yes (true) / No (false); HF boolq's `answer` or SuperGLUE's `label`.
   * The first letter gets Python's full upper case: "ß" → "SS". */
  t = task_load("boolq");
  expect_render(t, "{\"question\": \"do iran and afghanistan speak the same language\", \"answer\": true, "
                   "\"passage\": \"Persian language -- Persian is spoken in Iran and Afghanistan.\"}",
                "Persian language -- Persian is spoken in Iran and Afghanistan. Do iran and afghanistan speak the same "
                "language?\n",
                0, "Yes", "No", NULL);
  expect_render(t, "{\"question\": \"is it?\", \"label\": 0, \"passage\": \"\\n P.\"}", "P. Is it?\n", 1, "Yes", "No",
                NULL);
  expect_render(t, "{\"question\": \"\\u00dfig\", \"answer\": false, \"passage\": \"x\"}", "x SSig?\n", 1, "Yes", "No",
                NULL);
  zo_task_free(t);

  /* SQuAD: `Title: {title}\nContext: {context}\nQuestion: {question}\nAnswer:`
   * → ` {answer}\n` with the first gold answer; the question is strip()ped. */
  t = task_load("squad");
  ck_assert(zo_task_is_generation(t));
  ck_assert_int_eq(zo_task_num_candidates(t), 1);
  const char *sq_prompt = "Title: Super_Bowl_50\nContext: Super Bowl 50 was an American football game.\n"
                          "Question: Which NFL team represented the AFC at Super Bowl 50?\nAnswer:";
  expect_render(t, "{\"title\": \"Super_Bowl_50\", \"context\": \"Super Bowl 50 was an American football game.\", "
                   "\"question\": \"  Which NFL team represented the AFC at Super Bowl 50? \", \"answers\": "
                   "{\"text\": [\"Denver Broncos\", \"Broncos\"], \"answer_start\": [177, 184]}}",
                sq_prompt, 0, " Denver Broncos\n", NULL);
  expect_render(t, "{\"title\": \"Super_Bowl_50\", \"context\": \"Super Bowl 50 was an American football game.\", "
                   "\"question\": \"Which NFL team represented the AFC at Super Bowl 50?\", \"answer\": \"Denver\"}",
                sq_prompt, 0, " Denver\n", NULL);

  /* a candidate that does not exist, a record that is not JSON */
  capture_begin();
  char *c = zo_task_render_candidate(t, "{\"title\": \"\", \"context\": \"\", \"question\": \"\", \"answer\": \"\"}", 1);
  char *p = zo_task_render_prompt(t, "{\"title\": ", NULL);
  char *msg = capture_end();
  ck_assert(!c && !p);
  ck_assert_msg(strstr(msg, "candidate 1 does not exist") && strstr(msg, "bad JSON"), "%s", msg);
  free(msg);
  zo_task_free(t);
}
END_TEST

/* ------------------------------------------------------------ SQuAD F1 / EM, worked by hand */

static double f1(const char *pred, int n, ...) {
  const char *g[8];
  va_list ap;
  va_start(ap, n);
  for (int i = 0; i < n; i++) g[i] = va_arg(ap, const char *);
  va_end(ap);
  return zo_squad_f1(pred, g, n);
}
static double em(const char *pred, int n, ...) {
  const char *g[8];
  va_list ap;
  va_start(ap, n);
  for (int i = 0; i < n; i++) g[i] = va_arg(ap, const char *);
  va_end(ap);
  return zo_squad_em(pred, g, n);
}
static void expect_norm(const char *s, const char *want) {
  char *n = zo_squad_normalize(s);
  ck_assert_msg(!strcmp(n, want), "normalize(\"%s\") = \"%s\", expected \"%s\"", s, n, want);
  free(n);
}

/* F1 is 2PR/(P+R) computed in doubles: a handful of roundings, each within
 * 2^-53 relative, so 1e-15 absolute covers it for values <= 1. */
#define F1_TOL 1e-15
#define CHECK_F1(got, want) ck_assert_msg(fabs((got) - (want)) <= F1_TOL, "F1 %.17g, expected %.17g", (got), (want))

START_TEST(test_squad_hand) {
  /* normalization: lower → drop string.punctuation → drop a/an/the words →
   * collapse white space */
  expect_norm("The Denver Broncos!", "denver broncos");
  expect_norm("An apple, a day; THE end.", "apple day end");  /* articles in any case, as words only */
  expect_norm("the theater of an anthem", "theater of anthem");  /* "the"/"an" inside words stay */
  expect_norm("a-team the_end", "ateam theend");  /* '-' and '_' are punctuation, dropped before articles */
  expect_norm("U.S.A. rock'n'roll (1,000)", "usa rocknroll 1000");
  expect_norm("«hi» — ok…", "«hi» — ok…");  /* only ASCII punctuation is dropped */
  expect_norm("  Denver\t\n Broncos\u00a0\u3000 ", "denver broncos");  /* str.split(): Unicode white space */
  expect_norm("\u03a3\u039f\u03a6\u039f\u03a3", "\u03c3\u03bf\u03c6\u03bf\u03c2");  /* ΣΟΦΟΣ → σοφος: final ς */
  expect_norm("\u0130stanbul", "i\u0307stanbul");  /* İ lower-cases to i + U+0307 */
  expect_norm("the", "");
  expect_norm("", "");

  /* exact: case, punctuation, articles and white space do not matter */
  const char *broncos = "Denver Broncos";
  CHECK_F1(f1("the DENVER   broncos.", 1, broncos), 1.0);
  ck_assert(em("the DENVER   broncos.", 1, broncos) == 1.0);

  /* repeated prediction tokens count once per gold occurrence:
   * pred [denver denver denver], gold [denver broncos]: common = min(3,1) = 1;
   * P = 1/3, R = 1/2, F1 = 2(1/6)/(5/6) = 2/5 */
  CHECK_F1(f1("denver denver denver", 1, broncos), 0.4);
  ck_assert(em("denver denver denver", 1, broncos) == 0.0);
  /* pred "cat sat on mat" (4), gold "cat on mat" (3), common 3:
   * P = 3/4, R = 1, F1 = 1.5/1.75 = 6/7 */
  CHECK_F1(f1("the cat sat on the mat", 1, "a cat on a mat"), 6.0 / 7.0);
  /* pred [new york new york], gold [new york city new]: common new 2 + york 1 = 3;
   * P = R = 3/4, F1 = 3/4 */
  CHECK_F1(f1("New York, New York", 1, "new york city new"), 0.75);

  /* several gold answers: the maximum.  "Broncos" vs "denver broncos": P = 1,
   * R = 1/2, F1 = 2/3; vs "the Broncos" → "broncos": F1 = 1, EM = 1 */
  CHECK_F1(f1("Broncos", 3, broncos, "the Broncos", "Carolina Panthers"), 1.0);
  ck_assert(em("Broncos", 3, broncos, "the Broncos", "Carolina Panthers") == 1.0);
  /* "Denver" vs "denver broncos": 2/3; vs [broncos of denver colorado]:
   * P = 1, R = 1/4, F1 = 0.5/1.25 = 2/5; max 2/3, EM 0 */
  CHECK_F1(f1("Denver", 2, broncos, "Broncos of Denver, Colorado"), 2.0 / 3.0);
  ck_assert(em("Denver", 2, broncos, "Broncos of Denver, Colorado") == 0.0);
  /* no common token */
  CHECK_F1(f1("Carolina", 1, broncos), 0.0);

  /* empty prediction: no tokens, so no common tokens: F1 0.  A prediction and
   * a gold answer that both normalize to "" are an exact match (EM 1) but F1
   * stays 0 (SQuAD v1.1's script has no special case for it). */
  CHECK_F1(f1("", 1, broncos), 0.0);
  ck_assert(em("", 1, broncos) == 0.0);
  CHECK_F1(f1("The.", 2, "a", broncos), 0.0);
  ck_assert(em("The.", 2, "a", broncos) == 1.0);
  /* no gold answers at all */
  ck_assert(zo_squad_f1("x", NULL, 0) == 0.0 && zo_squad_em("x", NULL, 0) == 0.0);
}
END_TEST

/* ------------------------------------------------------------ SQuAD and Python strings vs the official script */

static double json_hex(json_t *o, const char *key) {
  const char *s = json_string_value(json_object_get(o, key));
  ck_assert(s);
  return strtod(s, NULL);
}

START_TEST(test_squad_oracle) {
  uint64_t seed = zt_seed() ^ 0x5155u;
  const char *out = tmp_path("squad.json");
  char args[1024], *err = NULL;
  snprintf(args, sizeof args, "'%s' squad %llu 400 '%s'", zt_src("tests/py/data_oracle.py"),
           (unsigned long long)(seed >> 1), out);
  int rc = zt_python(args, NULL, &err);
  ck_assert_msg(rc == 0, "data_oracle.py squad failed: %s", err ? err : "");
  free(err);
  json_error_t jerr;
  json_t *cases = json_load_file(out, 0, &jerr);
  ck_assert_msg(json_is_array(cases), "%s: %s", out, jerr.text);
  size_t i;
  json_t *c;
  json_array_foreach(cases, i, c) {
    const char *pred = json_string_value(json_object_get(c, "pred"));
    json_t *golds = json_object_get(c, "golds");
    int n = (int)json_array_size(golds);
    const char *g[8];
    ck_assert(n <= 8);
    for (int k = 0; k < n; k++) {
      g[k] = json_string_value(json_array_get(golds, (size_t)k));
      char *norm = zo_squad_normalize(g[k]);
      const char *want = json_string_value(json_array_get(json_object_get(c, "norm_golds"), (size_t)k));
      ck_assert_msg(!strcmp(norm, want), "case %zu: normalize(%s) = [%s], Python [%s]", i, g[k], norm, want);
      free(norm);
    }
    struct {
      const char *key;
      char *got;
    } s[] = {
      {"norm_pred", zo_squad_normalize(pred)},
      {"lower", zo_py_lower(pred)},
      {"strip", zo_py_strip(pred, true, true)},
      {"lstrip", zo_py_strip(pred, true, false)},
      {"rstrip", zo_py_strip(pred, false, true)},
      {"upper_first", zo_py_upper_first(pred)},
    };
    for (size_t k = 0; k < ZO_COUNT(s); k++) {
      const char *want = json_string_value(json_object_get(c, s[k].key));
      ck_assert_msg(!strcmp(s[k].got, want), "case %zu %s(%s) = [%s], Python [%s]", i, s[k].key, pred, s[k].got,
                    want);
      free(s[k].got);
    }
    /* the same operations in the same order as the script: bit-identical */
    double f = zo_squad_f1(pred, g, n), e = zo_squad_em(pred, g, n);
    ck_assert_msg(f == json_hex(c, "f1"), "case %zu F1(%s) = %.17g, Python %.17g", i, pred, f, json_hex(c, "f1"));
    ck_assert_msg(e == json_hex(c, "em"), "case %zu EM(%s) = %g, Python %g", i, pred, e, json_hex(c, "em"));
  }
  json_decref(cases);
}
END_TEST

/* ------------------------------------------------------------ malformed datasets */

/* Loading CONTENT (LEN bytes) as dataset FILE with TASK must fail with one
 * message naming FILE:LINE: and each NULL-terminated fragment. */
static void expect_load_fails(const char *task, const char *file, const char *content, size_t len, int line,
                              const char *frag, ...) {
  const char *path = tmp_path(file);
  write_bytes(path, content, len);
  Task *t = task_load(task);
  Tokenizer *tok = tok_load("gpt2");
  Dataset d;
  memset(&d, 0x5a, sizeof d);
  capture_begin();
  int rc = zo_dataset_load(t, tok, path, &d);
  char *msg = capture_end();
  ck_assert_msg(rc == -1, "%s: loaded, expected failure mentioning '%s'", file, frag);
  ck_assert_msg(d.n == 0 && d.ex == NULL && d.path == NULL, "%s: dataset not left empty", file);
  char where[800];
  snprintf(where, sizeof where, "%s:%d: ", path, line);
  ck_assert_msg(strstr(msg, where), "message does not name %s: %s", where, msg);
  va_list ap;
  va_start(ap, frag);
  check_message(msg, frag, ap);
  va_end(ap);
  free(msg);
  zo_tok_free(tok);
  zo_task_free(t);
}
#define FAILS(task, file, text, line, ...) expect_load_fails(task, file, text, sizeof(text) - 1, line, __VA_ARGS__, NULL)

START_TEST(test_malformed) {
#define OK1 "{\"sentence\": \"fine\", \"label\": 1}\n"
  FAILS("sst2", "badjson.jsonl", OK1 OK1 "{\"sentence\": \"cut\", \"label\": 1\n" OK1, 3, "bad JSON");
  FAILS("sst2", "blank.jsonl", OK1 "\n   \n{\"sentence\": 1,}\n", 4, "bad JSON");  /* blank lines count */
  FAILS("sst2", "missing.jsonl", OK1 "{\"label\": 1}\n", 2, "missing field", "\"sentence\"");
  FAILS("sst2", "nolabel.jsonl", "{\"sentence\": \"x\"}\n", 1, "missing label field", "\"label\"");
  FAILS("sst2", "badlabel.jsonl", OK1 OK1 OK1 OK1 "{\"sentence\": \"x\", \"label\": 7}\n", 5, "label 7",
        "not in the task's label set", "0, negative, 1, positive");
  FAILS("cb", "badlabel2.jsonl", "{\"premise\": \"p\", \"hypothesis\": \"h\", \"label\": \"maybe\"}", 1,
        "label \"maybe\"", "not in the task's label set");
  FAILS("sst2", "empty.jsonl", "", 1, "empty file");
  FAILS("sst2", "spaces.jsonl", "\n  \n\t\r\n", 1, "empty file");
  FAILS("sst2", "nul.jsonl", OK1 "{\"sentence\": \"a\0b\", \"label\": 1}\n", 2, "bad JSON");
  FAILS("sst2", "nul2.jsonl", OK1 OK1 "\0" OK1, 3, "bad JSON");
  FAILS("sst2", "escnul.jsonl", "{\"sentence\": \"a\\u0000b\", \"label\": 1}\n", 1, "bad JSON");
  FAILS("sst2", "latin1.jsonl", OK1 OK1 OK1 "{\"sentence\": \"caf\xe9\", \"label\": 1}\n", 4, "bad JSON");
  FAILS("sst2", "array.jsonl", "[1, 2]\n", 1, "must be a JSON object");
  FAILS("sst2", "nulltext.jsonl", "{\"sentence\": null, \"label\": 0}\n", 1, "\"sentence\" is not text");
  FAILS("sst2", "twolines.jsonl", "{\"sentence\": \"x\", \"label\": 0} {\"sentence\": \"y\", \"label\": 0}\n", 1,
        "bad JSON");
  FAILS("squad", "noanswer.jsonl",
        "{\"title\": \"t\", \"context\": \"c\", \"question\": \"q\", \"answers\": {\"text\": [], \"answer_start\": []}}\n",
        1, "no gold answer");
  FAILS("squad", "nofield.jsonl", "{\"title\": \"t\", \"context\": \"c\", \"question\": \"q\"}\n", 1,
        "missing answer field");

  /* a bad record fails the load even where only other records are taken */
  StrBuf big = {0};
  for (int i = 0; i < 40; i++) zo_sb_puts(&big, OK1);
  zo_sb_puts(&big, "{\"sentence\": \"x\", \"label\": 9}\n");
  const char *bad = tmp_path("late.jsonl");
  write_bytes(bad, big.buf, big.len);
  zo_sb_free(&big);
  {
    Task *ts = task_load("sst2");
    Tokenizer *tk = tok_load("gpt2");
    Dataset a, b;
    char where[800];
    snprintf(where, sizeof where, "%s:41: label 9", bad);
    capture_begin();
    int r1 = zo_dataset_load_sample(ts, tk, bad, 3, 1, 0, &a);
    int r2 = zo_dataset_load_split(ts, tk, bad, 3, 2, 1, &a, &b);
    char *m = capture_end();
    ck_assert(r1 == -1 && r2 == -1 && a.n == 0 && b.n == 0);
    ck_assert_msg(strstr(m, where) && strstr(strstr(m, where) + 1, where), "%s", m);
    free(m);
    zo_tok_free(tk);
    zo_task_free(ts);
  }

  /* a file that is not there: the message names it */
  Task *t = task_load("sst2");
  Tokenizer *tok = tok_load("gpt2");
  Dataset d;
  const char *none = tmp_path("none.jsonl");
  capture_begin();
  int rc = zo_dataset_load(t, tok, none, &d);
  char *msg = capture_end();
  ck_assert(rc == -1 && d.n == 0);
  ck_assert_msg(strstr(msg, none) && strstr(msg, "cannot open"), "%s", msg);
  free(msg);

  /* CRLF line ends and blank lines are fine; lines are counted in the file */
  const char *crlf = tmp_path("crlf.jsonl");
  write_text(crlf, "\r\n{\"sentence\": \"a\", \"label\": 1}\r\n\r\n{\"sentence\": \"b\", \"label\": 0}");
  ck_assert_int_eq(zo_dataset_load(t, tok, crlf, &d), 0);
  ck_assert_int_eq(d.n, 2);
  ck_assert_int_eq(d.ex[0].line, 2);
  ck_assert_int_eq(d.ex[1].line, 4);
  ck_assert_int_eq(d.ex[0].label, 1);
  ck_assert_int_eq(d.ex[1].label, 0);
  zo_dataset_free(&d);
  zo_tok_free(tok);
  zo_task_free(t);
}
END_TEST

/* ------------------------------------------------------------ sampling */

/* Runs the perm oracle on PAIRS (seed, n); returns the JSON array of permutations. */
static json_t *numpy_perms(const uint64_t *seeds, const int *ns, int k) {
  const char *in = tmp_path("perm_in.json"), *out = tmp_path("perm_out.json");
  StrBuf sb = {0};     /* by hand: jansson's integers are signed, seeds go up to 2^64-1 */
  zo_sb_puts(&sb, "[");
  for (int i = 0; i < k; i++) zo_sb_printf(&sb, "%s[%llu, %d]", i ? ", " : "", (unsigned long long)seeds[i], ns[i]);
  zo_sb_puts(&sb, "]");
  write_text(in, sb.buf);
  zo_sb_free(&sb);
  char args[1600], *err = NULL;
  snprintf(args, sizeof args, "'%s' perm '%s' '%s'", zt_src("tests/py/data_oracle.py"), in, out);
  int rc = zt_python(args, NULL, &err);
  ck_assert_msg(rc == 0, "data_oracle.py perm failed: %s", err ? err : "");
  free(err);
  json_error_t jerr;
  json_t *res = json_load_file(out, 0, &jerr);
  ck_assert_msg(json_is_array(res) && (int)json_array_size(res) == k, "%s: %s", out, jerr.text);
  return res;
}

static void expect_perm(const int *perm, json_t *want, int n, uint64_t seed) {
  ck_assert_int_eq((int)json_array_size(want), n);
  for (int i = 0; i < n; i++)
    ck_assert_msg(perm[i] == (int)json_integer_value(json_array_get(want, (size_t)i)),
                  "seed %llu n %d: perm[%d] = %d, numpy %d", (unsigned long long)seed, n, i, perm[i],
                  (int)json_integer_value(json_array_get(want, (size_t)i)));
}

START_TEST(test_permutation_numpy) {
  uint64_t r = zt_seed() ^ 0x7065726du;
  enum { K = 12 };
  uint64_t seeds[K] = {
    zt_next(&r) & 0xffffffffu,                /* any 32-bit seed */
    zt_next(&r) % 1000,                       /* a small one, as MeZO's --train_set_seed */
    zt_next(&r) & 0xffffffffu,
    0xffffffffu,                              /* the largest plain seed */
    0x100000000ull,                           /* the smallest array seed: [0, 1] */
    0x100000000ull + (zt_next(&r) & 0xffffffffu),
    zt_next(&r) | (1ull << 63),               /* 64-bit */
    zt_next(&r) >> 1 | (1ull << 32),
    zt_next(&r) % 100, zt_next(&r) & 0xffffffffu, zt_next(&r) & 0xffffffffu, zt_next(&r),
  };
  int ns[K] = {
    (int)(zt_next(&r) % 3000), (int)(zt_next(&r) % 3000), 60000 + (int)(zt_next(&r) % 10000),  /* ~SST-2's 67349 */
    (int)(zt_next(&r) % 3000), (int)(zt_next(&r) % 3000), (int)(zt_next(&r) % 3000), (int)(zt_next(&r) % 3000),
    (int)(zt_next(&r) % 70000), 0, 1, 2, 3 + (int)(zt_next(&r) % 30),
  };
  json_t *want = numpy_perms(seeds, ns, K);
  for (int i = 0; i < K; i++) {
    int *p = zo_dataset_permutation(ns[i], seeds[i]);
    expect_perm(p, json_array_get(want, (size_t)i), ns[i], seeds[i]);
    free(p);
  }
  json_decref(want);
}
END_TEST

/* Writes N SST-2 records "rec K" to FILE with random blank lines; LINE_OF[k]
 * gets record k's line. */
static const char *write_sst2(const char *file, int n, int *line_of, uint64_t *r) {
  StrBuf sb = {0};
  int line = 1;
  for (int k = 0; k < n; k++) {
    while (zt_next(r) % 8 == 0) {
      zo_sb_puts(&sb, "\n");
      line++;
    }
    zo_sb_printf(&sb, "{\"sentence\": \"rec %d\", \"label\": %d}\n", k, (int)(zt_next(r) & 1));
    line_of[k] = line++;
  }
  const char *path = tmp_path(file);
  write_bytes(path, sb.buf, sb.len);
  zo_sb_free(&sb);
  return path;
}

/* VIEW's examples are ALL's at permutation positions FROM .. FROM+view->n-1. */
static void expect_view(const Dataset *view, const Dataset *all, const int *perm, int from, int want_n) {
  ck_assert_int_eq(view->n, want_n);
  ck_assert(view->view && view->path == all->path);
  for (int i = 0; i < view->n; i++) {
    const Example *e = &all->ex[perm[from + i]];
    ck_assert_msg(view->ex[i].line == e->line && view->ex[i].prompt == e->prompt,
                  "view example %d is line %d, expected line %d", i, view->ex[i].line, e->line);
  }
}

/* OWN (loaded with zo_dataset_load_sample/_split) holds ALL's examples at
 * permutation positions FROM.., with equal ids. */
static void expect_same(const Dataset *own, const Dataset *all, const int *perm, int from, int want_n) {
  ck_assert_int_eq(own->n, want_n);
  ck_assert(!own->view && own->path && !strcmp(own->path, all->path));
  for (int i = 0; i < own->n; i++) {
    const Example *a = &own->ex[i], *b = &all->ex[perm[from + i]];
    ck_assert_msg(a->line == b->line, "example %d is line %d, expected line %d", i, a->line, b->line);
    ck_assert(a->nprompt == b->nprompt && !memcmp(a->prompt, b->prompt, sizeof(int32_t) * (size_t)a->nprompt));
    ck_assert(a->ncand == b->ncand && a->label == b->label);
    for (int c = 0; c < a->ncand; c++)
      ck_assert(a->ncand_tok[c] == b->ncand_tok[c] &&
                !memcmp(a->cand[c], b->cand[c], sizeof(int32_t) * (size_t)a->ncand_tok[c]));
  }
}

START_TEST(test_sampling) {
  uint64_t r = zt_seed() ^ 0x73616d70u;
  Task *t = task_load("sst2");
  Tokenizer *tok = tok_load("gpt2");
  /* MeZO's protocol on files large enough for it: 1000 train + 500 dev from
   * the train split, 1000 test from the validation split */
  int ntr = 1500 + (int)(zt_next(&r) % 400), nva = 1000 + (int)(zt_next(&r) % 300);
  int *line_tr = malloc(sizeof(int) * (size_t)ntr), *line_va = malloc(sizeof(int) * (size_t)nva);
  const char *ftr = write_sst2("train.jsonl", ntr, line_tr, &r), *fva = write_sst2("valid.jsonl", nva, line_va, &r);
  Dataset all, eval;
  ck_assert_int_eq(zo_dataset_load(t, tok, ftr, &all), 0);
  ck_assert_int_eq(zo_dataset_load(t, tok, fva, &eval), 0);
  ck_assert_int_eq(all.n, ntr);
  ck_assert_int_eq(eval.n, nva);
  for (int k = 0; k < ntr; k++) ck_assert_int_eq(all.ex[k].line, line_tr[k]);

  uint64_t seed = zt_next(&r) % 1000, seed2 = zt_next(&r);
  /* the permutations from numpy, independent of zo_dataset_permutation */
  uint64_t seeds[3] = {seed, seed, seed2};
  int ns[3] = {ntr, nva, 60};
  json_t *want = numpy_perms(seeds, ns, 3);
  int *ptr = malloc(sizeof(int) * (size_t)ntr), *pva = malloc(sizeof(int) * (size_t)nva);
  for (int i = 0; i < ntr; i++) ptr[i] = (int)json_integer_value(json_array_get(json_array_get(want, 0), (size_t)i));
  for (int i = 0; i < nva; i++) pva[i] = (int)json_integer_value(json_array_get(json_array_get(want, 1), (size_t)i));

  Dataset train, dev, test;
  ck_assert_int_eq(zo_dataset_sample(&all, 1000, seed, 0, &train), 1000);
  ck_assert_int_eq(zo_dataset_sample(&all, 500, seed, 1000, &dev), 500);
  ck_assert_int_eq(zo_dataset_sample(&eval, 1000, seed, 0, &test), 1000);
  expect_view(&train, &all, ptr, 0, 1000);
  expect_view(&dev, &all, ptr, 1000, 500);
  expect_view(&test, &eval, pva, 0, 1000);
  /* train and dev are disjoint (each record's line is unique in the file) */
  char *used = calloc((size_t)line_tr[ntr - 1] + 1, 1);
  for (int i = 0; i < train.n; i++) used[train.ex[i].line] = 1;
  for (int i = 0; i < dev.n; i++) ck_assert_msg(!used[dev.ex[i].line], "line %d in train and dev", dev.ex[i].line);
  zo_dataset_free(&train);
  zo_dataset_free(&dev);
  zo_dataset_free(&test);

  /* zo_dataset_split: the same when there are enough examples */
  ck_assert_int_eq(zo_dataset_split(&all, 1000, 500, seed, &train, &dev), 1000);
  expect_view(&train, &all, ptr, 0, 1000);
  expect_view(&dev, &all, ptr, 1000, 500);
  zo_dataset_free(&train);
  zo_dataset_free(&dev);
  /* too few: as MeZO, dev = the last ndev of the examples there are, train the rest */
  capture_begin();
  int nt = zo_dataset_split(&all, ntr - 100, 300, seed, &train, &dev);
  char *msg = capture_end();
  ck_assert_int_eq(nt, ntr - 300);
  expect_view(&train, &all, ptr, 0, ntr - 300);
  expect_view(&dev, &all, ptr, ntr - 300, 300);
  ck_assert_msg(strstr(msg, ftr) && strstr(msg, "note"), "%s", msg);
  free(msg);
  memset(used, 0, (size_t)line_tr[ntr - 1] + 1);
  for (int i = 0; i < train.n; i++) used[train.ex[i].line] = 1;
  for (int i = 0; i < dev.n; i++) ck_assert(!used[dev.ex[i].line]);
  zo_dataset_free(&train);
  zo_dataset_free(&dev);
  /* no dev set */
  ck_assert_int_eq(zo_dataset_split(&all, 20, 0, seed, &train, &dev), 20);
  ck_assert_int_eq(dev.n, 0);
  expect_view(&train, &all, ptr, 0, 20);
  zo_dataset_free(&train);
  zo_dataset_free(&dev);

  /* asking for more than there is: all of them, and a note; n < 0: all after skip */
  capture_begin();
  int got = zo_dataset_sample(&all, 2 * ntr, seed, 7, &train);
  msg = capture_end();
  ck_assert_int_eq(got, ntr - 7);
  expect_view(&train, &all, ptr, 7, ntr - 7);
  ck_assert_msg(strstr(msg, "note") && strstr(msg, ftr), "%s", msg);
  free(msg);
  zo_dataset_free(&train);
  ck_assert_int_eq(zo_dataset_sample(&all, -1, seed, 3, &train), ntr - 3);
  expect_view(&train, &all, ptr, 3, ntr - 3);
  zo_dataset_free(&train);

  /* loading only the records taken: the same examples, owned */
  Dataset lt, ld;
  ck_assert_int_eq(zo_dataset_load_split(t, tok, ftr, 1000, 500, seed, &lt, &ld), 1000);
  expect_same(&lt, &all, ptr, 0, 1000);
  expect_same(&ld, &all, ptr, 1000, 500);
  zo_dataset_free(&lt);
  zo_dataset_free(&ld);
  ck_assert_int_eq(zo_dataset_load_sample(t, tok, fva, 1000, seed, 0, &lt), 1000);
  expect_same(&lt, &eval, pva, 0, 1000);
  zo_dataset_free(&lt);
  capture_begin();
  nt = zo_dataset_load_split(t, tok, ftr, ntr - 100, 300, seed, &lt, &ld);
  msg = capture_end();
  ck_assert_msg(strstr(msg, "note"), "%s", msg);
  free(msg);
  ck_assert_int_eq(nt, ntr - 300);
  expect_same(&lt, &all, ptr, 0, ntr - 300);
  expect_same(&ld, &all, ptr, ntr - 300, 300);
  zo_dataset_free(&lt);
  zo_dataset_free(&ld);
  ck_assert_int_eq(zo_dataset_load_sample(t, tok, ftr, -1, seed, 5, &lt), ntr - 5);
  expect_same(&lt, &all, ptr, 5, ntr - 5);
  zo_dataset_free(&lt);

  /* a seed >= 2^32 (numpy's array seeding) on a small set */
  Dataset small;
  int line_sm[60];
  ck_assert_int_eq(zo_dataset_load(t, tok, write_sst2("small.jsonl", 60, line_sm, &r), &small), 0);
  int psm[60];
  for (int i = 0; i < 60; i++) psm[i] = (int)json_integer_value(json_array_get(json_array_get(want, 2), (size_t)i));
  ck_assert_int_eq(zo_dataset_sample(&small, 25, seed2, 10, &train), 25);
  expect_view(&train, &small, psm, 10, 25);
  zo_dataset_free(&train);
  zo_dataset_free(&small);

  json_decref(want);
  free(used);
  free(ptr);
  free(pva);
  free(line_tr);
  free(line_va);
  zo_dataset_free(&all);
  zo_dataset_free(&eval);
  zo_tok_free(tok);
  zo_task_free(t);
}
END_TEST

/* ------------------------------------------------------------ tokenized examples vs tokenizers + MeZO */

static void expect_ids(const int32_t *got, int n, json_t *want, const char *what, const char *file, int line) {
  int wn = (int)json_array_size(want);
  bool same = n == wn;
  for (int i = 0; same && i < n; i++) same = got[i] == (int32_t)json_integer_value(json_array_get(want, (size_t)i));
  if (!same) {
    StrBuf sb = {0};
    for (int i = 0; i < n; i++) zo_sb_printf(&sb, "%d ", got[i]);
    char *w = json_dumps(want, JSON_COMPACT);
    ck_abort_msg("%s:%d %s ids differ:\n ours   %s\n python %s", file, line, what, sb.buf ? sb.buf : "", w);
  }
}

START_TEST(test_tokenized) {
  uint64_t seed = zt_seed() ^ 0x746f6bu;
  const char *dir = zt_tmpdir();
  const char *toks[] = {"gpt2", "llama", "llama3"};
  char args[3000], *err = NULL;
  snprintf(args, sizeof args, "'%s' tasks %llu 24 '%s' '%s' '%s' '%s'", zt_src("tests/py/data_oracle.py"),
           (unsigned long long)(seed >> 1), dir, zt_src("tests/data/tok/gpt2.json"), zt_src("tests/data/tok/llama.json"),
           zt_src("tests/data/tok/llama3.json"));
  int rc = zt_python(args, NULL, &err);
  ck_assert_msg(rc == 0, "data_oracle.py tasks failed: %s", err ? err : "");
  free(err);
  size_t len;
  char *exp = zo_read_file(tmp_path("expected.jsonl"), &len);
  ck_assert(exp);

  const char *tasks[] = {"sst2", "rte", "cb", "boolq", "squad"};
  int checked = 0;
  for (int ti = 0; ti < 5; ti++) {
    Task *t = task_load(tasks[ti]);
    for (int ki = 0; ki < 3; ki++) {
      char tokpath[200];
      snprintf(tokpath, sizeof tokpath, "tests/data/tok/%s.json", toks[ki]);
      Tokenizer *tok = tok_load(toks[ki]);
      char file[800];
      snprintf(file, sizeof file, "%s/%s.jsonl", dir, tasks[ti]);
      Dataset d;
      ck_assert_msg(zo_dataset_load(t, tok, file, &d) == 0, "%s does not load", file);
      /* the expected lines for this task and tokenizer, in file order */
      int k = 0;
      for (char *p = exp, *nl; p < exp + len; p = nl + 1) {
        nl = strchr(p, '\n');
        *nl = 0;
        json_error_t jerr;
        json_t *x = json_loads(p, 0, &jerr);
        *nl = '\n';
        ck_assert_msg(x, "expected.jsonl: %s", jerr.text);
        if (strcmp(json_string_value(json_object_get(x, "task")), tasks[ti]) ||
            !strstr(json_string_value(json_object_get(x, "tok")), tokpath)) {
          json_decref(x);
          continue;
        }
        int line = (int)json_integer_value(json_object_get(x, "line"));
        const char *record = json_string_value(json_object_get(x, "record"));
        ck_assert_int_lt(k, d.n);
        Example *e = &d.ex[k++];
        ck_assert_int_eq(e->line, line);
        /* texts: ours are MeZO's (encode_prompt()'s final strings split at the prompt) */
        ck_assert_msg(json_is_true(json_object_get(x, "split_ok")), "%s:%d MeZO's texts do not start with its prompt",
                      file, line);
        int lab = -1;
        char *prompt = zo_task_render_prompt(t, record, &lab);
        ck_assert_msg(prompt && !strcmp(prompt, json_string_value(json_object_get(x, "prompt"))),
                      "%s:%d prompt [%s], MeZO [%s]", file, line, prompt,
                      json_string_value(json_object_get(x, "prompt")));
        free(prompt);
        ck_assert_int_eq(lab, (int)json_integer_value(json_object_get(x, "label")));
        ck_assert_int_eq(e->label, lab);
        json_t *cands = json_object_get(x, "cands"), *cand_ids = json_object_get(x, "cand_ids");
        ck_assert_int_eq(e->ncand, (int)json_array_size(cands));
        for (int c = 0; c < e->ncand; c++) {
          char *ct = zo_task_render_candidate(t, record, c);
          ck_assert_msg(ct && !strcmp(ct, json_string_value(json_array_get(cands, (size_t)c))),
                        "%s:%d candidate %d [%s], MeZO [%s]", file, line, c, ct,
                        json_string_value(json_array_get(cands, (size_t)c)));
          free(ct);
          expect_ids(e->cand[c], e->ncand_tok[c], json_array_get(cand_ids, (size_t)c), "candidate", file, line);
        }
        expect_ids(e->prompt, e->nprompt, json_object_get(x, "prompt_ids"), "prompt", file, line);
        /* our prompt + candidate ids are MeZO's model input, and the candidate
         * part is its option length (no merge across the boundary) */
        ck_assert_msg(json_is_true(json_object_get(x, "mezo_same")), "%s:%d (%s): not MeZO's input ids", file, line,
                      toks[ki]);
        json_t *answers = json_object_get(x, "answers");
        if (zo_task_is_generation(t)) {
          ck_assert_int_eq(e->nanswers, (int)json_array_size(answers));
          for (int a = 0; a < e->nanswers; a++)
            ck_assert_str_eq(e->answers[a], json_string_value(json_array_get(answers, (size_t)a)));
        } else {
          ck_assert(e->answers == NULL && e->nanswers == 0);
        }
        json_decref(x);
        checked++;
      }
      ck_assert_int_eq(k, d.n);
      zo_dataset_free(&d);
      zo_tok_free(tok);
    }
    zo_task_free(t);
  }
  ck_assert_int_eq(checked, 5 * 3 * 24);
  free(exp);

  /* the checked-in sample files load too */
  Tokenizer *tok = tok_load("llama");
  for (int ti = 0; ti < 5; ti++) {
    char rel[100];
    snprintf(rel, sizeof rel, "tests/data/tasks/%s.jsonl", tasks[ti]);
    Task *t = task_load(tasks[ti]);
    Dataset d;
    ck_assert_msg(zo_dataset_load(t, tok, zt_src(rel), &d) == 0, "%s", rel);
    ck_assert_int_eq(d.n, 20);
    zo_dataset_free(&d);
    zo_task_free(t);
  }
  zo_tok_free(tok);
}
END_TEST

/* ------------------------------------------------------------ user templates */

/* Loading template TEXT (as FILE) must fail with a message naming the file and each fragment. */
static void expect_template_fails(const char *file, const char *text, const char *frag, ...) {
  const char *path = tmp_path(file);
  write_text(path, text);
  capture_begin();
  Task *t = zo_task_load(path);
  char *msg = capture_end();
  ck_assert_msg(!t, "%s loaded, expected failure mentioning '%s'", file, frag);
  ck_assert_msg(strstr(msg, path), "message does not name %s: %s", path, msg);
  va_list ap;
  va_start(ap, frag);
  check_message(msg, frag, ap);
  va_end(ap);
  free(msg);
}
#define TFAILS(file, text, ...) expect_template_fails(file, text, __VA_ARGS__, NULL)

START_TEST(test_user_template) {
  /* the form docs/tasks.md describes: fields looked up under other names or
   * dotted paths, transforms in order, braces escaped by doubling, candidates
   * that are patterns too, several label spellings per candidate */
  const char *path = tmp_path("my_task.json");
  write_text(path,
             "{\n"
             "  \"about\": \"product reviews\",\n"
             "  \"type\": \"classification\",\n"
             "  \"prompt\": \"Review of {{{product}}}: {review}\\nRating ({meta.source}):\",\n"
             "  \"fields\": {\n"
             "    \"review\": {\"from\": [\"review\", \"body\"], \"transforms\": [\"strip\", \"lower\", "
             "{\"suffix_if_missing\": \".\"}]},\n"
             "    \"product\": {\"transforms\": [\"rstrip\", \"upper_first\"]}\n"
             "  },\n"
             "  \"label_field\": \"stars\",\n"
             "  \"candidates\": [\n"
             "    {\"text\": \" bad\", \"labels\": [1, 2]},\n"
             "    {\"text\": \" ok\", \"labels\": [3]},\n"
             "    {\"text\": \" {product} rocks\", \"labels\": [4, 5, \"five\"]}\n"
             "  ]\n"
             "}\n");
  Task *t = task_load(path);
  ck_assert_str_eq(zo_task_name(t), "my_task");
  ck_assert_str_eq(zo_task_path(t), path);
  ck_assert_int_eq(zo_task_num_candidates(t), 3);
  const char *r1 = "{\"product\": \"widget  \", \"review\": \"  GREAT Value \", \"meta\": {\"source\": \"web\"}, "
                   "\"stars\": 5.0}";
  expect_render(t, r1, "Review of {Widget}: great value.\nRating (web):", 2, " bad", " ok", " Widget rocks", NULL);
  const char *r2 = "{\"product\": \"gizmo\", \"body\": \"Meh.\", \"meta\": {\"source\": \"app\"}, \"stars\": 2}";
  expect_render(t, r2, "Review of {Gizmo}: meh.\nRating (app):", 0, " bad", " ok", " Gizmo rocks", NULL);

  /* a dataset with it: ids are the tokenizer's for those texts */
  const char *data = tmp_path("reviews.jsonl");
  StrBuf sb = {0};
  zo_sb_printf(&sb, "%s\n\n%s\n", r1, r2);
  write_bytes(data, sb.buf, sb.len);
  zo_sb_free(&sb);
  Tokenizer *tok = tok_load("llama");
  Dataset d;
  ck_assert_int_eq(zo_dataset_load(t, tok, data, &d), 0);
  ck_assert_int_eq(d.n, 2);
  ck_assert_int_eq(d.ex[0].label, 2);
  ck_assert_int_eq(d.ex[1].label, 0);
  ck_assert_int_eq(d.ex[1].line, 3);
  int32_t *ids;
  int n;
  const char *p1 = "Review of {Widget}: great value.\nRating (web):";
  ck_assert_int_eq(zo_tok_encode(tok, p1, strlen(p1), true, &ids, &n), 0);
  ck_assert_int_eq(n, d.ex[0].nprompt);
  ck_assert(!memcmp(ids, d.ex[0].prompt, sizeof(int32_t) * (size_t)n));
  free(ids);
  /* a candidate's ids decode to its text (its ids follow the prompt's) */
  char *txt = zo_tok_decode(tok, d.ex[0].cand[2], d.ex[0].ncand_tok[2], false, NULL);
  ck_assert_msg(!strcmp(txt, " Widget rocks") || !strcmp(txt, "Widget rocks"), "[%s]", txt);
  free(txt);
  zo_dataset_free(&d);
  zo_task_free(t);

  /* by name from $ZOC_TASKS_DIR: case, '-' and '_' are dropped from names,
   * so "My-Task" is the file mytask.json */
  write_text(tmp_path("mytask.json"), "{\"type\": \"generation\", \"prompt\": \"Q: {q}\\nA:\", \"answers_field\": \"a\", "
                                      "\"target\": \" {answer} {{ok}}\"}");
  setenv("ZOC_TASKS_DIR", zt_tmpdir(), 1);
  t = task_load("My-Task");
  unsetenv("ZOC_TASKS_DIR");
  ck_assert_str_eq(zo_task_name(t), "mytask");
  ck_assert(zo_task_is_generation(t));
  expect_render(t, "{\"q\": \"why\", \"a\": [\"because\", \"so\"]}", "Q: why\nA:", 0, " because {ok}", NULL);
  const char *gen = tmp_path("gen.jsonl");
  write_text(gen, "{\"q\": \"why\", \"a\": [\"because\", \"so\"]}\n{\"q\": \"who\", \"a\": \"me\"}\n");
  ck_assert_int_eq(zo_dataset_load(t, tok, gen, &d), 0);
  ck_assert_int_eq(d.ex[0].nanswers, 2);
  ck_assert_str_eq(d.ex[0].answers[1], "so");
  ck_assert_int_eq(d.ex[1].nanswers, 1);
  ck_assert_int_eq(d.ex[1].ncand, 1);
  zo_dataset_free(&d);
  zo_task_free(t);
  zo_tok_free(tok);

  /* bad templates: the file and the problem */
  TFAILS("t1.json", "{\"type\": \"classification\", \"promt\": \"x\"}", "unknown key \"promt\"",
         "did you mean \"prompt\"");
  TFAILS("t2.json", "{\"type\": \"generation\", \"prompt\": \"{q\", \"answers_field\": \"a\", \"target\": \"x\"}",
         "'{' at offset 0 has no matching '}'");
  TFAILS("t3.json", "{\"type\": \"classification\", \"prompt\": \"{x}\", \"label_field\": \"l\", \"candidates\": "
                    "[{\"text\": \"a\", \"labels\": [0]}, {\"text\": \"b\", \"labels\": [\"0\"]}]}",
         "label \"0\" also belongs to candidates[0]");
  TFAILS("t4.json", "{\"type\": \"classification\", \"prompt\": \"{x}\", \"label_field\": \"l\", \"candidates\": "
                    "[{\"text\": \"a\", \"labels\": [0]}]}",
         "at least 2");
  TFAILS("t5.json", "{\"prompt\": \"{x}\"}", "\"type\" must be");
  TFAILS("t6.json", "{\"type\": \"generation\",\n \"prompt\": \"x\",,}", ":2:", "not a valid JSON template");
  TFAILS("t7.json", "{\"type\": \"generation\", \"prompt\": \"{q}\", \"fields\": {\"q\": {\"transforms\": [\"upper\"]}}, "
                    "\"answers_field\": \"a\", \"target\": \" {answer}\"}",
         "unknown transform \"upper\"");
  TFAILS("t8.json", "{\"type\": \"generation\", \"prompt\": \"{q}\", \"label_field\": \"l\", \"answers_field\": \"a\", "
                    "\"target\": \" {answer}\"}",
         "not \"label_field\"");
  TFAILS("t9.json", "[]", "a task template is a JSON object");
}
END_TEST

/* ------------------------------------------------------------ task names */

static void expect_name_fails(const char *name, const char *frag, ...) {
  capture_begin();
  Task *t = zo_task_load(name);
  char *msg = capture_end();
  ck_assert_msg(!t, "task %s loaded", name);
  va_list ap;
  va_start(ap, frag);
  check_message(msg, frag, ap);
  va_end(ap);
  free(msg);
}
#define NFAILS(name, ...) expect_name_fails(name, __VA_ARGS__, NULL)

START_TEST(test_task_names) {
  const char *ok[] = {"sst2", "SST-2", "sst_2", "RTE", "cb", "CB", "BoolQ", "SQuAD", "squad"};
  const char *canon[] = {"sst2", "sst2", "sst2", "rte", "cb", "cb", "boolq", "squad", "squad"};
  for (size_t i = 0; i < ZO_COUNT(ok); i++) {
    Task *t = task_load(ok[i]);
    ck_assert_str_eq(zo_task_name(t), canon[i]);
    zo_task_free(t);
  }
  /* the built-in files by path work too */
  Task *t = task_load(zt_src("tasks/cb.json"));
  ck_assert_str_eq(zo_task_name(t), "cb");
  zo_task_free(t);

  NFAILS("sst", "sst: unknown task", "did you mean sst2?");
  NFAILS("boolqq", "unknown task", "did you mean boolq?");
  NFAILS("squad2", "unknown task", "did you mean squad?");
  NFAILS("rtee", "did you mean rte?");
  NFAILS("mnli-mismatched", "unknown task", "looked for");
  NFAILS("a b", "not a task name");
  NFAILS("", "no task name given");
  NFAILS(tmp_path("nope.json"), "nope.json", "cannot open");
}
END_TEST

/* ------------------------------------------------------------ what the fuzzer found */

/* Inputs tests/fuzz/fuzz_data.c found, kept in tests/fuzz/regress/fuzz_data/:
 * byte 0 the bundled task ('0'..'4': sst2, rte, cb, boolq, squad), byte 1
 * the fuzzer's choice of loader, then the JSONL file. Each loads from a file,
 * as a user's does, into examples whose candidates all have tokens. */
START_TEST(test_fuzz_regressions) {
  /* rte_empty_premise.txt: an empty field through a transform. "" decodes to
   * no code points, from which zo_py_strip formed NULL + 0 (undefined
   * behaviour; UBSan stopped there). Empty in, empty out, every transform. */
  for (int l = 0; l < 2; l++)
    for (int r = 0; r < 2; r++) {
      char *s = zo_py_strip("", l, r);
      ck_assert_str_eq(s, "");
      free(s);
    }
  char *lo = zo_py_lower(""), *up = zo_py_upper_first(""), *nm = zo_squad_normalize("");
  ck_assert(!strcmp(lo, "") && !strcmp(up, "") && !strcmp(nm, ""));
  free(lo);
  free(up);
  free(nm);
  /* the record: the template's text around nothing (zoc strips fields, not
   * the prompt as a whole: docs/tasks.md) */
  Task *rte = task_load("rte");
  expect_render(rte, "{\"premise\": \"\", \"hypothesis\": \"Maria Lopez still owns the bakery.\", \"label\": 1}",
                "\nDoes this mean that \"Maria Lopez still owns the bakery.\" is true? Yes or No?\n", 1, "Yes", "No",
                NULL);
  zo_task_free(rte);

  static const char *const tasks[] = {"sst2", "rte", "cb", "boolq", "squad"};
  Tokenizer *tok = tok_load("gpt2");
  const char *dir = zt_src("tests/fuzz/regress/fuzz_data");
  DIR *d = opendir(dir);
  ck_assert_msg(d != NULL, "cannot open %s", dir);
  int files = 0;
  for (struct dirent *e; (e = readdir(d));) {
    if (e->d_name[0] == '.') continue;
    char path[1200];
    snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
    size_t n;
    char *raw = zo_read_file(path, &n);
    ck_assert_msg(raw && n >= 2 && raw[0] >= '0' && raw[0] <= '4', "%s: not a bundled task's input", path);
    const char *jsonl = tmp_path(e->d_name);
    write_bytes(jsonl, raw + 2, n - 2);
    Task *t = task_load(tasks[raw[0] - '0']);
    Dataset ds;
    capture_begin();
    int rc = zo_dataset_load(t, tok, jsonl, &ds);
    char *msg = capture_end();
    ck_assert_msg(rc == 0 && ds.n > 0, "%s does not load: %s", path, msg);
    for (int i = 0; i < ds.n; i++)
      for (int c = 0; c < ds.ex[i].ncand; c++) ck_assert_int_ge(ds.ex[i].ncand_tok[c], 1);
    free(msg);
    zo_dataset_free(&ds);
    zo_task_free(t);
    free(raw);
    files++;
  }
  closedir(d);
  zo_tok_free(tok);
  ck_assert_int_ge(files, 1);
}
END_TEST

/* ------------------------------------------------------------ hostile paths, through the command line */

/* `zoc ARGS` under `timeout` and a 4 GiB address-space limit, so that a
 * regression (waiting on a FIFO, reading /dev/zero into memory) fails the
 * test (exit 124, or an abort) instead of hanging it or the machine. Must exit
 * 1 within the time with a message holding each NULL-terminated fragment. */
static double now_s(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static void zoc_refuses(const char *args, const char *frag, ...) {
  size_t n = strlen(args) + strlen(ZOC_BINARY) + 64;
  char *cmd = zo_xmalloc(n);
  snprintf(cmd, n, "ulimit -v 4194304; timeout 20 '%s' %s", ZOC_BINARY, args);
  char *err = NULL;
  double t0 = now_s();
  int rc = zt_run(cmd, NULL, &err);
  double dt = now_s() - t0;
  ck_assert_msg(rc == 1, "zoc %s: exit %d (124: it hung), expected 1; stderr:\n%s", args, rc, err ? err : "");
  ck_assert_msg(dt < 15, "zoc %s: %.1f s to refuse", args, dt);
  va_list ap;
  va_start(ap, frag);
  for (const char *s = frag; s; s = va_arg(ap, const char *))
    ck_assert_msg(err && strstr(err, s), "zoc %s: the message lacks '%s':\n%s", args, s, err ? err : "");
  va_end(ap);
  free(err);
  free(cmd);
}

/* A file of SIZE bytes that takes no disk (a hole): a size limit is checked
 * before anything is read. */
static const char *sparse_file(const char *name, uint64_t size) {
  const char *p = tmp_path(name);
  int fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  ck_assert_msg(fd >= 0 && ftruncate(fd, (off_t)size) == 0, "cannot make %s", p);
  close(fd);
  return p;
}

/* FMT with each {name} replaced by the value of that name in NAMES/VALS. */
static void expand(char *out, size_t n, const char *fmt, const char *const *names, const char *const *vals, int k) {
  StrBuf sb = {0};
  for (const char *p = fmt; *p;) {
    int hit = -1;
    for (int i = 0; *p == '{' && i < k; i++)
      if (!strncmp(p + 1, names[i], strlen(names[i])) && p[1 + strlen(names[i])] == '}') hit = i;
    if (hit < 0) {
      zo_sb_putc(&sb, *p++);
      continue;
    }
    zo_sb_puts(&sb, vals[hit]);
    p += strlen(names[hit]) + 2;
  }
  ck_assert(sb.len < n);
  memcpy(out, sb.buf, sb.len + 1);
  zo_sb_free(&sb);
}

/* Every path a user gives (--data, --eval-data, --task, --tokenizer,
 * --weights, a weights directory's config.json, model.safetensors and index,
 * replay's seed log) as /dev/zero, /dev/urandom and a FIFO that nobody
 * writes: exit 1 at once, the message naming the path and what it is. */
START_TEST(test_hostile_paths) {
  const char *tiny = zt_src("models/tiny.zo"), *tok = zt_src("tests/data/tok/gpt2.json");
  const char *sst2 = zt_src("tests/data/tasks/sst2.jsonl");
#define SMALL "-D V=64 -D D=16 -D F=32 -D L=1 -D H=2 -D KV=1"
  const char *w = tmp_path("hw.safetensors"), *w1k = tmp_path("hw1k.safetensors"), *lm = tmp_path("hlm.jsonl");
  char a[4096], *err = NULL;
  snprintf(a, sizeof a, "random-weights '%s' " SMALL " -o '%s'", tiny, w);
  ck_assert_msg(zt_zoc(a, NULL, &err) == 0, "%s", err);
  free(err);
  snprintf(a, sizeof a, "random-weights '%s' " SMALL " -D V=1024 -o '%s'", tiny, w1k);
  ck_assert_msg(zt_zoc(a, NULL, &err) == 0, "%s", err);
  free(err);
  uint64_t rs = zt_seed() ^ 0x686f7374u;
  zt_write_tokens(lm, 6, 4, 12, 64, &rs);
  const char *fifo = tmp_path("fifo");
  ck_assert(mkfifo(fifo, 0600) == 0);

  static const struct {
    const char *path, *what;
  } kinds[] = {{"/dev/zero", "a character device"}, {"/dev/urandom", "a character device"},
               {NULL, "a FIFO (named pipe)"}};
  for (size_t k = 0; k < ZO_COUNT(kinds); k++) {
    const char *h = kinds[k].path ? kinds[k].path : fifo;
    char want[1000];
    snprintf(want, sizeof want, "%s: %s, not a regular file", h, kinds[k].what);
    const char *run = tmp_path("hrun");   /* never made: every command fails first */
    /* the paths a run reads */
    static const char *const fmts[] = {
      "loss {tiny} " SMALL " --weights {w} --data {h} --device ref",
      "eval {tiny} " SMALL " --weights {w} --task lm --data {h} --device ref",
      "train {tiny} " SMALL " --recipe qzo --weights {w} --task lm --data {h} --out {run} --device ref",
      "train {tiny} " SMALL " --recipe qzo --weights {w} --task lm --data {lm} --eval-data {h} --out {run} --device ref",
      "train {tiny} " SMALL " -D V=1024 --recipe qzo --weights {w1k} --tokenizer {tok} --task sst2 --data {h} "
      "--out {run} --device ref",
      "train {tiny} " SMALL " -D V=1024 --recipe qzo --weights {w1k} --tokenizer {tok} --task sst2 --data {sst2} "
      "--eval-data {h} --out {run} --device ref",
      "train {tiny} " SMALL " -D V=1024 --recipe qzo --weights {w1k} --tokenizer {tok} --task {h} --data {sst2} "
      "--out {run} --device ref",
      "train {tiny} " SMALL " -D V=1024 --recipe qzo --weights {w1k} --tokenizer {h} --task sst2 --data {sst2} "
      "--out {run} --device ref",
      "loss {tiny} " SMALL " --weights {h} --data {lm} --device ref",
      "train {tiny} " SMALL " --recipe qzo --weights {h} --task lm --data {lm} --out {run} --device ref",
      "replay {tiny} " SMALL " --recipe qzo --weights {w} --seeds {h} -o {run}.safetensors",
    };
    static const char *const names[] = {"tiny", "w", "w1k", "h", "run", "lm", "tok", "sst2"};
    const char *vals[] = {tiny, w, w1k, h, run, lm, tok, sst2};
    for (size_t f = 0; f < ZO_COUNT(fmts); f++) {
      expand(a, sizeof a, fmts[f], names, vals, (int)ZO_COUNT(names));
      zoc_refuses(a, want, NULL);
    }
    /* inside a Hugging Face directory: config.json, model.safetensors, the index */
    static const char *const inside[] = {"config.json", "model.safetensors", "model.safetensors.index.json"};
    for (size_t i = 0; i < ZO_COUNT(inside); i++) {
      char dir[700], link[800], full[800];
      snprintf(dir, sizeof dir, "%s/hdir_%zu_%zu", zt_tmpdir(), k, i);
      ck_assert(mkdir(dir, 0755) == 0);
      snprintf(link, sizeof link, "%s/%s", dir, inside[i]);
      ck_assert(symlink(h, link) == 0);
      if (i == 0) {   /* beside a good checkpoint */
        snprintf(full, sizeof full, "%s/model.safetensors", dir);
        ck_assert(symlink(w, full) == 0);
      }
      snprintf(want, sizeof want, "%s: %s, not a regular file", link, kinds[k].what);
      snprintf(a, sizeof a, "loss '%s' " SMALL " --weights '%s' --data '%s' --device ref", tiny, dir, lm);
      zoc_refuses(a, want, NULL);
      snprintf(a, sizeof a, "train '%s' " SMALL " --recipe qzo --weights '%s' --task lm --data '%s' --out '%s' "
               "--device ref", tiny, dir, lm, run);
      zoc_refuses(a, want, NULL);
    }
  }
  /* the FIFO is still a FIFO: nothing was written to it nor renamed over it */
  struct stat st;
  ck_assert(stat(fifo, &st) == 0 && S_ISFIFO(st.st_mode));
  /* nor is one an output */
  snprintf(a, sizeof a, "random-weights '%s' " SMALL " -o '%s'", tiny, fifo);
  zoc_refuses(a, fifo, "a FIFO (named pipe), not a regular file", NULL);
  ck_assert(stat(fifo, &st) == 0 && S_ISFIFO(st.st_mode));
}
END_TEST

/* Files parsed whole have limits far above any real file of their kind; a
 * streamed JSON Lines file has one on a line. The files here are holes (no
 * disk), or a line of zeros one byte past the limit. */
START_TEST(test_size_limits) {
  const char *tiny = zt_src("models/tiny.zo"), *tok = zt_src("tests/data/tok/gpt2.json");
  const char *sst2 = zt_src("tests/data/tasks/sst2.jsonl");
  const char *w = tmp_path("sw.safetensors"), *w1k = tmp_path("sw1k.safetensors"), *run = tmp_path("srun");
  const char *toks = tmp_path("stoks.jsonl");
  uint64_t rs = zt_seed() ^ 0x73697a65u;
  zt_write_tokens(toks, 4, 4, 12, 64, &rs);
  char a[4096], *err = NULL, want[800];
  snprintf(a, sizeof a, "random-weights '%s' " SMALL " -o '%s'", tiny, w);
  ck_assert_msg(zt_zoc(a, NULL, &err) == 0, "%s", err);
  free(err);
  snprintf(a, sizeof a, "random-weights '%s' " SMALL " -D V=1024 -o '%s'", tiny, w1k);
  ck_assert_msg(zt_zoc(a, NULL, &err) == 0, "%s", err);
  free(err);
#define TRAIN_SST2 "train '%s' " SMALL " -D V=1024 --recipe qzo --weights '%s' --tokenizer '%s' --task %s --data '%s' " \
                   "--out '%s' --device ref"
  /* a tokenizer.json: 256 MiB */
  const char *big = sparse_file("big_tokenizer.json", ((uint64_t)256 << 20) + 1);
  snprintf(a, sizeof a, TRAIN_SST2, tiny, w1k, big, "sst2", sst2, run);
  snprintf(want, sizeof want, "%s: 256.0 MiB (268435457 bytes): larger than the 256 MiB a tokenizer.json may be", big);
  zoc_refuses(a, want, NULL);
  /* a task template: 16 MiB */
  big = sparse_file("big_task.json", ((uint64_t)16 << 20) + 1);
  snprintf(a, sizeof a, TRAIN_SST2, tiny, w1k, tok, big, sst2, run);
  snprintf(want, sizeof want, "%s: 16.0 MiB (16777217 bytes): larger than the 16 MiB a task template may be", big);
  zoc_refuses(a, want, NULL);
  /* a task's data file, read whole: 1 GiB (a hole: no disk) */
  big = sparse_file("big_data.jsonl", ((uint64_t)1 << 30) + 1);
  snprintf(a, sizeof a, TRAIN_SST2 " --eval-examples 4", tiny, w1k, tok, "sst2", big, run);
  snprintf(want, sizeof want, "%s: 1.0 GiB (1073741825 bytes): larger than the 1 GiB a task's data file may be", big);
  zoc_refuses(a, want, NULL);
  /* config.json and an index in a weights directory: 16 and 64 MiB */
  static const struct {
    const char *name;
    uint64_t size;
    const char *limit;
  } inside[] = {{"config.json", 16 << 20, "16 MiB a config.json"},
                {"model.safetensors.index.json", 64 << 20, "64 MiB a model.safetensors.index.json"}};
  for (size_t i = 0; i < ZO_COUNT(inside); i++) {
    char dir[700], name[800], full[800];
    snprintf(dir, sizeof dir, "%s/sdir%zu", zt_tmpdir(), i);
    ck_assert(mkdir(dir, 0755) == 0);
    snprintf(name, sizeof name, "sdir%zu/%s", i, inside[i].name);
    big = sparse_file(name, inside[i].size + 1);
    snprintf(full, sizeof full, "%s/model.safetensors", dir);
    ck_assert(symlink(w, full) == 0);
    snprintf(a, sizeof a, "loss '%s' " SMALL " --weights '%s' --data '%s' --device ref", tiny, dir, toks);
    snprintf(want, sizeof want, "%s: ", big);
    zoc_refuses(a, want, "larger than the", inside[i].limit, NULL);
  }
  /* a streamed JSON Lines file: no size limit, but a line has one (64 MiB);
     a line just under it is read (and then refused for what it holds) */
  const char *lm = tmp_path("longline.jsonl");
  FILE *fp = fopen(lm, "w");
  ck_assert(fp);
  static const char first[] = "{\"tokens\": [1, 2]}\n";
  fputs(first, fp);
  fflush(fp);
  ck_assert(ftruncate(fileno(fp), (off_t)(strlen(first) + (64 << 20) + 1)) == 0);   /* line 2: 64 MiB + 1 NUL bytes */
  fclose(fp);
  snprintf(a, sizeof a, "loss '%s' " SMALL " --weights '%s' --data '%s' --device ref", tiny, w, lm);
  snprintf(want, sizeof want, "%s:2: the line is longer than 64 MiB", lm);
  zoc_refuses(a, want, NULL);
  snprintf(a, sizeof a, "train '%s' " SMALL " --recipe qzo --weights '%s' --task lm --data '%s' --out '%s' --device ref",
           tiny, w, lm, run);
  zoc_refuses(a, want, NULL);
  fp = fopen(lm, "r+");
  ck_assert(fp && ftruncate(fileno(fp), (off_t)(strlen(first) + (64 << 20))) == 0);   /* 64 MiB: read, then its NULs are the problem */
  fclose(fp);
  snprintf(a, sizeof a, "loss '%s' " SMALL " --weights '%s' --data '%s' --device ref", tiny, w, lm);
  snprintf(want, sizeof want, "%s:2: the line holds a NUL byte", lm);
  zoc_refuses(a, want, NULL);
  /* the seed log of a replay: 1 MiB a line */
  const char *seeds = tmp_path("seeds.jsonl");
  fp = fopen(seeds, "w");
  ck_assert(fp && ftruncate(fileno(fp), (1 << 20) + 1) == 0);
  fclose(fp);
  snprintf(a, sizeof a, "replay '%s' " SMALL " --recipe qzo --weights '%s' --seeds '%s' -o '%s.safetensors'", tiny, w,
           seeds, run);
  snprintf(want, sizeof want, "%s:1: the line is longer than 1 MiB", seeds);
  zoc_refuses(a, want, NULL);
#undef TRAIN_SST2
#undef SMALL
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("data");
  TCase *tc = tcase_create("data");
  tcase_set_timeout(tc, 120);
  tcase_add_test(tc, test_templates_render);
  tcase_add_test(tc, test_squad_hand);
  tcase_add_test(tc, test_squad_oracle);
  tcase_add_test(tc, test_malformed);
  tcase_add_test(tc, test_permutation_numpy);
  tcase_add_test(tc, test_sampling);
  tcase_add_test(tc, test_tokenized);
  tcase_add_test(tc, test_user_template);
  tcase_add_test(tc, test_task_names);
  tcase_add_test(tc, test_fuzz_regressions);
  tcase_add_test(tc, test_hostile_paths);
  tcase_add_test(tc, test_size_limits);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) { return zt_run_suite(suite()); }
