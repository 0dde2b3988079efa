/* test_demo.c — the first-run demo (runtime/demo.h, `zoc demo`): a shortened
 * run must show the gain, and every number it reports must be the one an
 * independent implementation computes from the files it wrote.
 *
 * What is checked against what:
 *  - zo_demo_run with the --quick settings (1000 QZO steps, 128 held-out
 *    sequences = 4096 positions) and a fresh seed each run, then
 *    tests/py/demo_check.py, which reads every checkpoint of the run directory
 *    with the official safetensors library and checks, without zoc's code:
 *    the tensor names, dtypes and shapes of tiny's Hugging Face layout (dense
 *    f32 base/teacher, GPTQ 4-bit g32 student and trained checkpoint); that
 *    the student is the base's round-to-nearest GPTQ, the teacher the base
 *    with a gain per output channel, and that training changed the scales and
 *    nothing else; that the stored labels are the teacher's argmax under a
 *    float64 numpy forward (rt_llama.py); and the loss and agreement of the
 *    teacher, the student before and after, in float64;
 *  - zoc's numbers against those: the loss within LOSS_RTOL relative, the
 *    agreement within the oracle's count of near-tie positions;
 *  - the gain, from the oracle's numbers (so a demo that reported a gain it
 *    did not make fails): see MIN_GAIN_POINTS and the loss bound;
 *  - the run's logs: seeds.jsonl has the header and one line per step,
 *    metrics.jsonl the first and last evaluation, demo.json the same numbers;
 *  - the fp8 forward (test_fp8_forward_gains): a short run with forward = fp8,
 *    stochastic rounding, against the default at the same seed;
 *  - the NVFP4 student (test_nvfp4_student, `zoc demo --student nvfp4`):
 *    nearest rounding leaves the weight_scale bytes, stochastic rounding
 *    changes them without losing agreement;
 *  - the verb: --help, a bad option (exit 2), a run directory that holds a run
 *    (exit 1 and a message, before any work).
 */
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/demo.h"
#include "runtime/safetensors.h"
#include "testutil.h"

/* LOSS_RTOL: the oracle computes the forward in float64 from the same stored
 * values; zoc's cpu backend in f32. They differ by f32 roundings only (~30 ops
 * deep, each within 2^-24 relative, no op amplifying relative errors by more
 * than a small factor on these nets): a few 1e-6 relative on the logits, whose
 * magnitude here is < 20 (head gain 4), and the mean cross-entropy (logsumexp
 * − logit, derivatives bounded by 1) to the same relative order.
 * test_runtime.c measured ~5e-8 for the same argument on random nets; 1e-4
 * is that argument's bound with the larger logits, while a wrong label, a
 * position off by one or a scale not written back moves the loss by 1e-2 and
 * more. */
#define LOSS_RTOL 1e-4

/* MIN_GAIN_POINTS: the agreement the shortened run must add, in points, as
 * the oracle computes it. Measured with the quick settings (1000 steps) over
 * seeds 11, 14, 15, 101, 202, 404, 606, 909: +5.2 to +7.8 points (mean 6.1,
 * sd 0.8), the loss down 0.21 to 0.34 (mean 0.26, sd 0.04); docs/demo.md.
 * The measurement's own noise: a paired difference over P = 4096 positions of
 * which a fraction f changes correctness (f <= 0.25 here) has a standard
 * deviation <= sqrt(f / P) ~ 0.8 points. So 3 points is ~4 standard deviations
 * above "no gain" (a trainer that does nothing scores 0; one that moves the
 * scales at random scores below 0: lr 4e-5 loses 15 points) and ~4 seed-to-seed
 * standard deviations under the mean gain. The loss must fall by 0.1 at least
 * (4 sd under the mean drop; the noise of a mean CE over 4096 positions is
 * ~0.02). */
#define MIN_GAIN_POINTS 3.0
#define MIN_LOSS_DROP 0.1

static int64_t count_lines(const char *path) {
  FILE *fp = fopen(path, "r");
  if (!fp) return -1;
  int64_t n = 0;
  int c;
  while ((c = fgetc(fp)) != EOF) n += c == '\n';
  fclose(fp);
  return n;
}

static double jget(json_t *root, const char *a, const char *b) {
  json_t *x = json_object_get(json_object_get(root, a), b);
  ck_assert_msg(json_is_number(x), "oracle output has no %s.%s", a, b);
  return json_number_value(x);
}

static void check_close(const char *what, const ZoMetrics *m, json_t *orc, const char *key, int64_t P) {
  double loss = jget(orc, key, "loss"), agree = jget(orc, key, "agreement"), ties = jget(orc, key, "ties");
  ck_assert_msg(fabs(m->loss - loss) <= LOSS_RTOL * fabs(loss), "%s: zoc's loss %.9g, the oracle's %.9g", what, m->loss,
                loss);
  double diff = fabs(m->agreement - agree) * (double)P;
  ck_assert_msg(diff <= ties + 0.5, "%s: zoc's agreement %.6f, the oracle's %.6f: %.0f positions differ, %.0f near ties",
                what, m->agreement, agree, diff, ties);
}

START_TEST(test_quick_run_gains) {
  uint64_t s = zt_seed();
  ZoDemoOptions o;
  zo_demo_defaults(&o, true);
  o.seed = zt_next(&s) % 1000000;
  char dir[1024];
  snprintf(dir, sizeof dir, "%s/run", zt_tmpdir());
  o.out_dir = dir;
  o.out = NULL;
  o.progress = false;
  o.threads = 2;
  ZoDemoResult r;
  ck_assert_int_eq(zo_demo_run(&o, &r), 0);
  ck_assert_int_eq(r.steps, o.steps);
  ck_assert_int_eq(r.before.positions, (int64_t)o.eval_seqs * o.seq_len);
  int64_t P = r.before.positions;

  /* the oracle */
  char args[2048], *out = NULL, *err = NULL;
  snprintf(args, sizeof args,
           "'%s' '%s' '{\"V\": 64, \"D\": 64, \"L\": 2, \"H\": 4, \"KV\": 2, \"F\": 128, \"eps\": 1e-5, "
           "\"theta\": 10000, \"bits\": 4, \"G\": 32}'",
           zt_src("tests/py/demo_check.py"), dir);
  int rc = zt_python(args, &out, &err);
  ck_assert_msg(rc == 0, "demo_check.py (seed %llu): %s", (unsigned long long)o.seed, err ? err : "");
  json_error_t je;
  json_t *orc = json_loads(out, 0, &je);
  ck_assert_msg(orc, "demo_check.py printed no JSON: %s", out);
  ck_assert_int_eq(json_integer_value(json_object_get(orc, "positions")), P);
  check_close("teacher", &r.teacher, orc, "teacher", P);
  check_close("before", &r.before, orc, "before", P);
  check_close("after", &r.after, orc, "after", P);
  /* the labels are the teacher's argmax through the same backend */
  ck_assert_msg(r.teacher.agreement == 1.0, "the teacher agrees with its own labels at %.6f", r.teacher.agreement);

  double gain = 100 * (jget(orc, "after", "agreement") - jget(orc, "before", "agreement"));
  double drop = jget(orc, "before", "loss") - jget(orc, "after", "loss");
  ck_assert_msg(gain >= MIN_GAIN_POINTS, "seed %llu: agreement %.2f%% -> %.2f%%: %+.2f points, want >= %+.1f",
                (unsigned long long)o.seed, 100 * jget(orc, "before", "agreement"), 100 * jget(orc, "after", "agreement"),
                gain, MIN_GAIN_POINTS);
  ck_assert_msg(drop >= MIN_LOSS_DROP, "seed %llu: loss %.4f -> %.4f, want a drop >= %.2f", (unsigned long long)o.seed,
                jget(orc, "before", "loss"), jget(orc, "after", "loss"), MIN_LOSS_DROP);
  json_decref(orc);
  free(out);
  free(err);

  /* the logs */
  char p[1200];
  snprintf(p, sizeof p, "%s/zoc/seeds.jsonl", dir);
  ck_assert_int_eq(count_lines(p), o.steps + 1);
  snprintf(p, sizeof p, "%s/zoc/metrics.jsonl", dir);
  size_t len;
  char *text = zo_read_file(p, &len);
  ck_assert_ptr_nonnull(text);
  int evals = 0;
  double first = -1, last = -1;
  char *save = NULL;
  for (char *l = strtok_r(text, "\n", &save); l; l = strtok_r(NULL, "\n", &save)) {
    json_t *j = json_loads(l, 0, NULL);
    ck_assert_msg(j, "metrics.jsonl: a line that is not JSON: %s", l);
    if (json_is_string(json_object_get(j, "split"))) {
      int64_t k = json_integer_value(json_object_get(j, "step"));
      double a = json_number_value(json_object_get(j, "agreement"));
      if (k == 0) first = a;
      if (k == o.steps) last = a;
      evals++;
    }
    json_decref(j);
  }
  free(text);
  ck_assert_int_eq(evals, 2);
  /* zo_train's evaluations use the same batches and backend: the same numbers */
  ck_assert_msg(first == r.before.agreement && last == r.after.agreement,
                "metrics.jsonl says %.6f -> %.6f, the demo %.6f -> %.6f", first, last, r.before.agreement,
                r.after.agreement);
  snprintf(p, sizeof p, "%s/demo.json", dir);
  json_t *dj = json_load_file(p, 0, &je);
  ck_assert_msg(dj, "demo.json: %s", je.text);
  ck_assert(fabs(jget(dj, "after", "agreement") - r.after.agreement) < 1e-8);
  ck_assert(fabs(jget(dj, "before", "loss") - r.before.loss) < 1e-8 * r.before.loss);
  json_decref(dj);
}
END_TEST

/* The fp8 forward (docs/lowprec.md): the demo with --set forward=fp8 --set
 * forward_rounding=stochastic against the default precision, the same seed
 * and FP8_STEPS steps of the quick settings (a CI-sized run; the issue's
 * claim, >= 90% of the default's gain, is measured on the full and quick runs
 * in docs/demo.md). What a short run shows reliably: both evaluations before
 * training are the same (they run in the default precision), and the fp8
 * run's gain is at least FP8_SHARE of the default's less FP8_NOISE points.
 * FP8_NOISE: the two gains are measured on the same 4096 positions, so their
 * difference's measurement noise is that of a paired difference, <= sqrt(f /
 * P) ~ 0.8 points for a fraction f <= 0.25 of positions that change; 2 points
 * is 2.5 of those. The fp8 run must also gain FP8_MIN points by itself (~2 of
 * those noise units above "no gain"; the default gained +3.2 in 400 steps at
 * seed 7). */
#define FP8_STEPS 400
#define FP8_SHARE 0.9
#define FP8_NOISE 2.0
#define FP8_MIN 1.5

START_TEST(test_fp8_forward_gains) {
  uint64_t s = zt_seed();
  ZoDemoResult r[2];
  const char *fp8[] = {"forward=fp8", "forward_rounding=stochastic"};
  uint64_t seed = zt_next(&s) % 1000000;
  for (int v = 0; v < 2; v++) {
    ZoDemoOptions o;
    zo_demo_defaults(&o, true);
    o.seed = seed;
    o.steps = FP8_STEPS;
    char dir[1024];
    snprintf(dir, sizeof dir, "%s/fp8run%d", zt_tmpdir(), v);
    o.out_dir = dir;
    o.out = NULL;
    o.progress = false;
    o.threads = 2;
    if (v == 1) {
      o.sets = fp8;
      o.nsets = 2;
    }
    ck_assert_int_eq(zo_demo_run(&o, &r[v]), 0);
  }
  ck_assert_msg(r[0].before.agreement == r[1].before.agreement && r[0].before.loss == r[1].before.loss,
                "seed %llu: the evaluations before training differ (%.6f, %.6f): not both in the default precision",
                (unsigned long long)seed, r[0].before.agreement, r[1].before.agreement);
  double g0 = 100 * (r[0].after.agreement - r[0].before.agreement), g8 = 100 * (r[1].after.agreement - r[1].before.agreement);
  ck_assert_msg(g8 >= FP8_SHARE * g0 - FP8_NOISE && g8 >= FP8_MIN,
                "seed %llu, %d steps: the fp8 forward gained %+.2f points, the default %+.2f (want >= %.0f%% of it less %.1f, "
                "and >= %.1f)", (unsigned long long)seed, FP8_STEPS, g8, g0, 100 * FP8_SHARE, FP8_NOISE, FP8_MIN);
  ck_assert_msg(r[1].after.loss < r[1].before.loss, "the fp8 run's loss did not fall: %.4f -> %.4f", r[1].before.loss,
                r[1].after.loss);
}
END_TEST

/* The NVFP4 student (--student nvfp4: fp8 e4m3 scales, steps of 6.25% to
 * 12.5%), through the command line: the --quick run (1000 steps) with
 * update_rounding = nearest and = stochastic at the same seed. Nearest
 * rounding writes a scale back only once its f32 master has moved half a
 * grid step; stochastic rounding writes every master back unbiased. So the
 * stochastic checkpoint changes, and more scales than the nearest one (seed
 * 1: 865 against 255; docs/demo.md), and its agreement must not fall below
 * the student's by more than NV_NOISE points: the paired measurement noise
 * over 4096 positions is <= 0.8 points, and seed 1 gained +1.15. (That
 * nearest rounding leaves the bytes of a run whose every step is under half
 * a gap, the case, is test_train's test_update_rounding: there it is
 * a bound, here lr is the demo's.) */
#define NV_NOISE 1.0

/* how many weight_scale bytes of checkpoint b differ from a's */
static int64_t scale_bytes_changed(const char *a, const char *b) {
  StFile *sa = zo_st_open(a), *sb = zo_st_open(b);
  ck_assert_msg(sa && sb, "cannot open %s or %s", a, b);
  int64_t n = 0, seen = 0;
  for (int i = 0; i < zo_st_count(sa); i++) {
    const StTensor *t = zo_st_tensor(sa, i), *u = zo_st_find(sb, t->name);
    if (!strstr(t->name, ".weight_scale") || strstr(t->name, "weight_scale_2")) continue;
    ck_assert(u && u->dtype == ZO_DT_F8E4M3 && t->dtype == ZO_DT_F8E4M3 && u->numel == t->numel);
    for (int64_t k = 0; k < t->numel; k++, seen++) n += ((const uint8_t *)t->data)[k] != ((const uint8_t *)u->data)[k];
  }
  ck_assert(seen > 1000);
  zo_st_close(sa);
  zo_st_close(sb);
  return n;
}

START_TEST(test_nvfp4_student) {
  uint64_t s = zt_seed();
  unsigned long long seed = zt_next(&s) % 1000000;
  const char *rnd[2] = {"nearest", "stochastic"};
  int64_t changed[2];
  double before[2], after[2];
  for (int v = 0; v < 2; v++) {
    char dir[1024], args[2048], p[1100], q[1100];
    snprintf(dir, sizeof dir, "%s/nv%d", zt_tmpdir(), v);
    snprintf(args, sizeof args, "demo --quick --student nvfp4 --seed %llu --threads 2 --out %s --set update_rounding=%s", seed,
             dir, rnd[v]);
    char *out = NULL, *err = NULL;
    ck_assert_msg(zt_zoc(args, &out, &err) == 0, "zoc %s: %s", args, err ? err : "");
    free(out);
    free(err);
    snprintf(p, sizeof p, "%s/student-4bit.safetensors", dir);
    snprintf(q, sizeof q, "%s/model.safetensors", dir);
    changed[v] = scale_bytes_changed(p, q);
    snprintf(p, sizeof p, "%s/demo.json", dir);
    json_error_t je;
    json_t *dj = json_load_file(p, 0, &je);
    ck_assert_msg(dj, "demo.json: %s", je.text);
    before[v] = jget(dj, "before", "agreement");
    after[v] = jget(dj, "after", "agreement");
    ck_assert_int_eq(json_integer_value(json_object_get(dj, "changed_values")), changed[v]);
    json_decref(dj);
  }
  fprintf(stderr, "test_demo: nvfp4, seed %llu: nearest %+.2f points (%lld scales changed), stochastic %+.2f (%lld)\n",
          seed, 100 * (after[0] - before[0]), (long long)changed[0], 100 * (after[1] - before[1]), (long long)changed[1]);
  ck_assert_msg(changed[1] > 0 && changed[1] > changed[0], "seed %llu: stochastic rounding changed %lld scales, nearest %lld",
                seed, (long long)changed[1], (long long)changed[0]);
  ck_assert_msg(100 * (after[1] - before[1]) >= -NV_NOISE, "seed %llu: stochastic rounding lost agreement: %.4f -> %.4f",
                seed, before[1], after[1]);
}
END_TEST

START_TEST(test_verb) {
  char *out = NULL, *err = NULL;
  ck_assert_int_eq(zt_zoc("demo --help", &out, &err), 0);
  ck_assert_ptr_nonnull(strstr(out, "zoc demo"));
  free(out);
  free(err);
  ck_assert_int_eq(zt_zoc("demo --frobnicate", &out, &err), 2);
  ck_assert_ptr_nonnull(strstr(err, "unknown option '--frobnicate'"));
  free(out);
  free(err);
  ck_assert_int_eq(zt_zoc("demo --steps 0", &out, &err), 2);
  free(out);
  free(err);
  /* a directory that holds a run: refused at once, nothing overwritten */
  char dir[1024], cmd[2100];
  snprintf(dir, sizeof dir, "%s/taken", zt_tmpdir());
  snprintf(cmd, sizeof cmd, "mkdir -p %s/zoc && echo '{}' > %s/zoc/state.json", dir, dir);
  ck_assert_int_eq(zt_run(cmd, NULL, NULL), 0);
  snprintf(cmd, sizeof cmd, "demo --out %s", dir);
  ck_assert_int_eq(zt_zoc(cmd, &out, &err), 1);
  ck_assert_msg(strstr(err, dir) && strstr(err, "holds a run already"), "stderr: %s", err);
  free(out);
  free(err);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("demo");
  TCase *tc = tcase_create("demo");
  tcase_set_timeout(tc, 600);
  tcase_add_test(tc, test_verb);
  tcase_add_test(tc, test_quick_run_gains);
  tcase_add_test(tc, test_fp8_forward_gains);
  suite_add_tcase(s, tc);
  TCase *nv = tcase_create("nvfp4");   /* two --quick runs: a case (and a timeout) of their own */
  tcase_set_timeout(nv, 600);
  tcase_add_test(nv, test_nvfp4_student);
  suite_add_tcase(s, nv);
  return s;
}

int main(void) { return zt_run_suite(suite()); }
