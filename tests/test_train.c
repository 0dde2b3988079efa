/* test_train.c — the ZO training loop (runtime/train.h) and the verbs `zoc
 * train`, `zoc eval`, `zoc replay`, mostly through the binary as a user runs
 * them, on models/tiny.zo at small sizes with the ref backend.
 *
 * What is checked against what:
 *  - the ZO estimate: a run with lr = 0 logs (seed, d) for N seeds at one
 *    point θ; each d must equal the directional derivative z·∇L (to the
 *    argued rounding and truncation), with ∇L from
 *    central finite differences on explicitly perturbed f32 weights (ref
 *    backend, unperturbed forwards), and the average of d·z over the N seeds
 *    must approach ∇L, element by element and along ∇L, within a tolerance
 *    from the sample standard deviation / sqrt(N). The lr = 0 run must leave
 *    every tensor's bytes as they were (the ± passes never write);
 *  - the seed log: seeds are zo_rng_step_seed(run seed, step, query), and each
 *    d is clip((ℓ+ − ℓ−) / 2ε, −C, C) of the logged losses, bit for bit (DDC);
 *  - the update (mezo on dense f32 weights, 2 queries, weight decay, linear
 *    schedule with warm-up): the checkpoint equals a float64 recomputation of
 *    θ ← θ − lr·mean_q(d_q z_q) − lr·wd·θ (no decay on norms) from the initial
 *    checkpoint and the log, within the f32 rounding of the steps;
 *  - scales stay >= scale_min after updates (f16 scales: on the f16 grid);
 *  - replay: the checkpoint rebuilt from the seed log has the same bytes;
 *  - update_rounding and masters on nvfp4 (e4m3 scales): with masters = none
 *    and steps bounded below half a grid gap, nearest rounding leaves every
 *    scale's bytes, stochastic rounding changes them (with and without f32
 *    masters); each run replays and resumes to the same bytes, and a resume
 *    with another mode is refused;
 *  - resume: a run killed with SIGKILL, and one stopped with SIGINT, then
 *    continued with --resume, end with the same bytes (checkpoint, masters,
 *    seed log, metrics) as an uninterrupted run, and the resumed run's
 *    summary shows the uninterrupted run's first evaluation;
 *  - run directories: a second train or --resume into a running run's
 *    directory is refused naming its pid, and the first run's log stays its
 *    own; a write to seeds.jsonl or metrics.jsonl that fails (an LD_PRELOAD
 *    shim, tests/faultinject.c, makes it ENOSPC) stops the run with the file
 *    and step, and --resume then gives the uninterrupted bytes; replay --run
 *    of a killed run gives its checkpoint; a gap, garbage or a lost end in a
 *    log is refused by resume and replay with FILE:LINE, a torn last line is
 *    cut; --out that is the input's directory (any spelling) or an output
 *    file that is an input is refused; stale *.tmp.* files of the run are
 *    removed (a planted symlink's target untouched); a failed start does not
 *    block the corrected command; settings that are 0 or Inf in f32 are
 *    refused through --set and in a recipe (zoc check);
 *  - NaN/Inf: a NaN embedding row skips exactly the steps whose batch reads
 *    it (and the NaN is never copied into a checkpoint); a NaN norm weight
 *    stops the run after 10 skipped steps with the message, and no
 *    checkpoint is written;
 *  - evaluation: `zoc eval` accuracy and loss equal a one-row-at-a-time
 *    recomputation of the candidate scores (no batching, no padding);
 *  - the learning-rate schedules; the command line's errors (a bad data line
 *    reaches the user as FILE:LINE, unknown settings, no CUDA backend).
 * Weights and data are fresh each run (zt_seed).
 */
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <math.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "codegen/zo_rng.h"
#include "frontend/ast.h"
#include "passes/passes.h"
#include "runtime/convert.h"
#include "runtime/data.h"
#include "runtime/exec.h"
#include "runtime/safetensors.h"
#include "runtime/train.h"
#include "runtime/weights.h"
#include "testutil.h"

/* ---- small helpers */
static void write_text(const char *path, const char *text) {
  FILE *fp = fopen(path, "w");
  ck_assert_msg(fp, "cannot write %s", path);
  fputs(text, fp);
  fclose(fp);
}

static char *slurp(const char *path, size_t *len) {
  FILE *fp = fopen(path, "rb");
  if (!fp) return NULL;
  fseek(fp, 0, SEEK_END);
  long n = ftell(fp);
  fseek(fp, 0, SEEK_SET);
  char *s = malloc((size_t)n + 1);
  size_t got = fread(s, 1, (size_t)n, fp);
  s[got] = 0;
  fclose(fp);
  if (len) *len = got;
  return s;
}

static bool same_bytes(const char *a, const char *b) {
  size_t la = 0, lb = 0;
  char *x = slurp(a, &la), *y = slurp(b, &lb);
  bool same = x && y && la == lb && memcmp(x, y, la) == 0;
  free(x);
  free(y);
  return same;
}

static bool file_exists(const char *p) { return access(p, F_OK) == 0; }

/* Runs zoc and requires exit status `want`; returns stderr (malloc'd). */
static char *zoc_ok(int want, const char *args) {
  char *out = NULL, *err = NULL;
  int rc = zt_zoc(args, &out, &err);
  ck_assert_msg(rc == want, "zoc %s\nexit %d (wanted %d)\nstdout: %s\nstderr: %s", args, rc, want, out ? out : "",
                err ? err : "");
  free(out);
  return err;
}

/* Runs zoc and requires exit status `want`; returns stdout (malloc'd). */
static char *zoc_out(int want, const char *args) {
  char *out = NULL, *err = NULL;
  int rc = zt_zoc(args, &out, &err);
  ck_assert_msg(rc == want, "zoc %s\nexit %d (wanted %d)\nstdout: %s\nstderr: %s", args, rc, want, out ? out : "",
                err ? err : "");
  free(err);
  return out;
}

/* Runs `ENV zoc ARGS` (ENV: VAR=VALUE ... for the shell) and requires exit
 * status `want`; returns stderr (malloc'd). */
static char *zoc_env(int want, const char *env, const char *args) {
  char *cmd = zt_fmt("%s '%s' %s", env, ZOC_BINARY, args), *out = NULL, *err = NULL;
  int rc = zt_run(cmd, &out, &err);
  ck_assert_msg(rc == want, "%s\nexit %d (wanted %d)\nstdout: %s\nstderr: %s", cmd, rc, want, out ? out : "",
                err ? err : "");
  free(cmd);
  free(out);
  return err;
}

/* The line of `text` that starts with `key` (malloc'd), or NULL. */
static char *summary_line(const char *text, const char *key) {
  const char *p = text ? strstr(text, key) : NULL;
  if (!p) return NULL;
  size_t n = strcspn(p, "\n");
  char *s = malloc(n + 1);
  memcpy(s, p, n);
  s[n] = 0;
  return s;
}

/* The seed log's lines after the header, parsed. */
typedef struct Log {
  int n;
  json_t *header;
  json_t **line;
} Log;

static Log read_log(const char *path) {
  Log l = {0};
  char *text = slurp(path, NULL);
  ck_assert_msg(text, "no %s", path);
  char *save = NULL;
  for (char *s = strtok_r(text, "\n", &save); s; s = strtok_r(NULL, "\n", &save)) {
    json_error_t je;
    json_t *j = json_loads(s, 0, &je);
    ck_assert_msg(j, "%s: bad line: %s", path, je.text);
    if (!l.header) {
      ck_assert_msg(json_object_get(j, "zoc_seed_log"), "%s: no header", path);
      l.header = j;
      continue;
    }
    l.line = realloc(l.line, sizeof(json_t *) * (size_t)(l.n + 1));
    l.line[l.n++] = j;
  }
  free(text);
  return l;
}

static void free_log(Log *l) {
  json_decref(l->header);
  for (int i = 0; i < l->n; i++) json_decref(l->line[i]);
  free(l->line);
}

static uint64_t hex_seed(json_t *j) {
  const char *s = json_string_value(j);
  ck_assert_msg(s && strncmp(s, "0x", 2) == 0, "a seed is \"0x...\"");
  return strtoull(s + 2, NULL, 16);
}

/* the q-th entry of a per-query value (a scalar when there is one query) */
static json_t *per_q(json_t *j, int q) { return json_is_array(j) ? json_array_get(j, (size_t)q) : j; }

/* ---- the models: tiny.zo at small sizes */
#define TINY_SMALL "-D V=64 -D D=16 -D F=32 -D L=1 -D H=2 -D KV=1"
static const Define small_defs[] = {{"V", "64"}, {"D", "16"}, {"F", "32"}, {"L", "1"}, {"H", "2"}, {"KV", "1"}};

/* tiny.zo plus a GPTQ layout with f32 scales (so that a perturbed scale is
 * exactly representable: finite differences on explicit weights are exact in
 * their inputs) and a recipe for the estimate test. */
static const char *test_zo(void) {
  static char path[600];
  if (!path[0]) {
    snprintf(path, sizeof path, "%s/train_test.zo", zt_tmpdir());
    char *text = zt_fmt("import \"%s\"\n"
                     "format gptq32(bits = 4, G = 16) {\n"
                     "  storage qweight : i32[K * bits / 32, N] codes\n"
                     "  storage qzeros  : i32[cdiv(K, G), N * bits / 32] zero\n"
                     "  storage scales  : f32[cdiv(K, G), N] scale\n"
                     "  storage g_idx   : i32[K] index\n"
                     "  dequant(k, n) = scales[g_idx[k], n]\n"
                     "                * (bits(qweight[*, n], bits * k, bits)\n"
                     "                   - (bits(qzeros[g_idx[k], *], bits * n, bits) + 1) %% (1 << bits))\n"
                     "}\n"
                     "recipe fd for tiny {\n"
                     "  perturb scale, ln1, ln2, norm\n"
                     "  eps = 1e-3  lr = 0  clip = 0  batch = 4  steps = 100\n"
                     "}\n",
                     zt_src("models/tiny.zo"));
    write_text(path, text);
    free(text);
  }
  return path;
}

/* Compiles `file` with defs (+ extra, a "NAME=VALUE" or NULL) and recipe, binds weights. */
static Func *compile_bind(const char *file, const char *extra, const char *recipe, const char *weights, Program **p,
                          StFile **st) {
  Define defs[16];
  int n = 0;
  for (size_t i = 0; i < sizeof small_defs / sizeof *small_defs; i++) defs[n++] = small_defs[i];
  char name[64] = "", *val = NULL;
  if (extra) {
    const char *eq = strchr(extra, '=');
    snprintf(name, sizeof name, "%.*s", (int)(eq - extra), extra);
    val = (char *)eq + 1;
    defs[n++] = (Define){name, val};
  }
  zo_diag_reset();
  *p = zo_parse_files(&file, 1);
  ck_assert_int_eq(zo_diag_count(), 0);
  CompileOptions o = {.recipe = recipe, .defs = defs, .ndefs = n};
  Func *f = zo_compile(*p, &o);
  ck_assert_msg(f, "compile %s", file);
  *st = zo_st_open(weights);
  ck_assert_msg(*st, "open %s", weights);
  ck_assert_int_eq(zo_weights_bind(f, *st), 0);
  return f;
}

/* JSONL of n rows of len random ids < V (rows of equal length: no padding) */
static void write_lm(const char *path, int n, int len, int V, uint64_t *rs, int avoid) {
  FILE *fp = fopen(path, "w");
  for (int i = 0; i < n; i++) {
    fputs("{\"tokens\": [", fp);
    for (int t = 0; t < len; t++) {
      int id;
      do id = (int)(zt_next(rs) % (uint64_t)V);
      while (id == avoid);
      fprintf(fp, "%s%d", t ? ", " : "", id);
    }
    fputs("]}\n", fp);
  }
  fclose(fp);
}

/* ---- the ZO estimate against finite differences */
#define EST_N 1000

START_TEST(test_zo_estimate) {
  uint64_t rs = zt_seed() ^ 0x1111;
  const char *d = zt_tmpdir(), *zo = test_zo();
  char *w = zt_fmt("%s/est_w.safetensors", d), *lm = zt_fmt("%s/est.jsonl", d), *run = zt_fmt("%s/est_run", d);
  unsigned long long wseed = zt_next(&rs) % 100000, rseed = zt_next(&rs) % 100000;
  char *a = zt_fmt("random-weights %s " TINY_SMALL " -D 'W=gptq32(bits=4,G=16)' --seed %llu -o %s", zo, wseed, w);
  free(zoc_ok(0, a));
  free(a);
  write_lm(lm, 4, 12, 64, &rs, -1);
  /* batch = the whole set: every step sees the same loss function L(θ) */
  a = zt_fmt("train %s " TINY_SMALL " -D 'W=gptq32(bits=4,G=16)' --recipe fd --weights %s --task lm --data %s --out %s "
          "--device ref --steps %d --seed %llu --set eps=%s --train-examples all --eval-examples 0 --quiet",
          zo, w, lm, run, EST_N, rseed, "3e-5");
  free(zoc_ok(0, a));
  free(a);
  char *logp = zt_fmt("%s/zoc/seeds.jsonl", run);
  Log log = read_log(logp);
  ck_assert_int_eq(log.n, EST_N);

  /* lr = 0: the stored tensors come back unchanged, byte for byte */
  char *ckpt = zt_fmt("%s/model.safetensors", run);
  StFile *s0 = zo_st_open(w), *s1 = zo_st_open(ckpt);
  ck_assert(s0 && s1);
  ck_assert_int_eq(zo_st_count(s0), zo_st_count(s1));
  for (int i = 0; i < zo_st_count(s0); i++) {
    const StTensor *t0 = zo_st_tensor(s0, i), *t1 = zo_st_find(s1, t0->name);
    ck_assert_msg(t1 && t1->nbytes == t0->nbytes && memcmp(t0->data, t1->data, t0->nbytes) == 0,
                  "tensor %s changed in a run with lr = 0", t0->name);
  }
  zo_st_close(s1);
  zo_st_close(s0);

  /* ∇L by central differences on explicitly perturbed f32 elements, at h
     and 2h, Richardson-extrapolated (error O(h⁴)) */
  Program *p;
  StFile *st;
  Func *f = compile_bind(zo, "W=gptq32(bits=4,G=16)", "fd", w, &p, &st);
  ZoParams ps;
  ck_assert_int_eq(zo_params_init(&ps, f, 0, (ZoParamsMode){0, 0}, 1), 0);
  ZoItems items = {0};
  ck_assert_int_eq(zo_lm_load(lm, 64, &items), 0);
  int64_t n = 0;
  for (int k = 0; k < ps.n; k++) {
    ck_assert_int_eq(ps.p[k].dtype, ZO_DT_F32);
    ck_assert_int_eq(ps.p[k].nstreams, 1);
    n += ps.p[k].n;
  }
  ck_assert_int_eq(n, json_integer_value(json_object_get(log.header, "trained_elements")));
  double *g = calloc((size_t)n, sizeof(double));
  const double h = 3e-4;
  int64_t j = 0;
  for (int k = 0; k < ps.n; k++)
    for (int64_t i = 0; i < ps.p[k].n; i++, j++) {
      float *x = (float *)ps.p[k].work + i, x0 = *x;
      float xs[4] = {x0 + (float)h, x0 - (float)h, x0 + (float)(2 * h), x0 - (float)(2 * h)};
      double l[4];
      for (int s = 0; s < 4; s++) {
        *x = xs[s];
        void *state = zo_backend_ref.open(f, 1, NULL);   /* ref caches weights at open: a fresh state */
        ZoMetrics m;
        ck_assert_int_eq(zo_evaluate(&zo_backend_ref, state, 64, &items, 4, NULL, &m), 0);
        zo_backend_ref.close(state);
        l[s] = m.loss;
      }
      *x = x0;
      /* Richardson: (4 D(h) - D(2h)) / 3 cancels the h² term of the central difference */
      double d1 = (l[0] - l[1]) / ((double)xs[0] - (double)xs[1]), d2 = (l[2] - l[3]) / ((double)xs[2] - (double)xs[3]);
      g[j] = (4 * d1 - d2) / 3;
    }
  double gnorm = 0;
  for (j = 0; j < n; j++) gnorm += g[j] * g[j];
  gnorm = sqrt(gnorm);
  ck_assert_msg(gnorm > 1e-3, "a degenerate point: |grad L| = %g", gnorm);

  /* per seed: d against the directional derivative z·∇L. The loss is very
     curved in the small GPTQ scales (~0.05): at the recipe's ε = 1e-3, ε·z
     moves a scale by several % and d is off the derivative by ~2% (the
     O(ε²) term), so the run uses ε = 3e-5. Error sources then: the losses
     come from f32 logits (rounding ~5e-7 of L ≈ 4.6, over 2ε: ~1e-2 in d);
     the FD gradient (5e-7 / 2h ≈ 1e-3 per element, ×1.5 by the
     extrapolation, summed with weights z over n = 192 elements: ~2e-2); the
     truncation of d (ε² ≈ 1e-9 relative to the ε = 1e-3 error: ~2e-5·|d|).
     5e-2 + 2e-3·|d| covers them with a margin (measured: at most 0.2 of it
     over many seeds), while a wrong ε factor, stream or element order is off
     by O(|d|) ≈ 30. */
  double *ghat = calloc((size_t)n, sizeof(double)), *g2 = calloc((size_t)n, sizeof(double));
  double ysum = 0, y2 = 0, worst = 0;
  float *z = malloc((size_t)n * sizeof(float));
  for (int t = 0; t < EST_N; t++) {
    json_t *line = log.line[t];
    ck_assert(!json_is_true(json_object_get(line, "skipped")));
    uint64_t seed = hex_seed(json_object_get(line, "seed"));
    double dv = json_number_value(json_object_get(line, "d"));
    j = 0;
    for (int k = 0; k < ps.n; k++)
      for (int64_t i = 0; i < ps.p[k].n; i++) z[j++] = zo_rng_normal(seed, ps.p[k].streams[0], (uint64_t)i);
    double dd = 0, zu = 0;
    for (j = 0; j < n; j++) {
      dd += (double)z[j] * g[j];
      zu += (double)z[j] * g[j] / gnorm;
      ghat[j] += dv * z[j];
      g2[j] += dv * z[j] * dv * z[j];
    }
    double err = fabs(dv - dd) / (5e-2 + 2e-3 * fabs(dv));
    if (err > worst) worst = err;
    ck_assert_msg(err <= 1, "seed %d: d = %.6g but z·grad L = %.6g", t, dv, dd);
    ysum += dv * zu;
    y2 += dv * zu * dv * zu;
  }
  /* the average: E[d z] = ∇L (E[z zᵀ] = I). Per element the mean of N
     samples has standard error sd_j / sqrt(N); 5 of them (and the FD
     uncertainty, 1e-3 per element) bound it with probability 1 − 6e-7 per element, so
     ~1e-4 for all n = 192. Along u = ∇L/|∇L| the samples d·(z·u) have mean
     |∇L| and sd ≈ sqrt(2)·|∇L|: the test sees a relative bias above
     5·sqrt(2/N) ≈ 22%. */
  for (j = 0; j < n; j++) {
    double mean = ghat[j] / EST_N, sd = sqrt(fmax(g2[j] / EST_N - mean * mean, 0));
    double tol = 5 * sd / sqrt((double)EST_N) + 1e-3;
    ck_assert_msg(fabs(mean - g[j]) <= tol, "element %lld: mean d·z = %.5g, grad L = %.5g (tol %.3g)", (long long)j,
                  mean, g[j], tol);
  }
  double ymean = ysum / EST_N, ysd = sqrt(fmax(y2 / EST_N - ymean * ymean, 0));
  ck_assert_msg(fabs(ymean - gnorm) <= 5 * ysd / sqrt((double)EST_N) + 1e-3,
                "along grad L: mean d·(z·u) = %.5g but |grad L| = %.5g (sd %.3g)", ymean, gnorm, ysd);
  if (getenv("ZOC_TRAIN_REPORT"))
    fprintf(stderr, "estimate: |g| %.4g, along g %.4g (sd/sqrtN %.3g), worst per-seed err %.3g of tol\n", gnorm, ymean,
            ysd / sqrt((double)EST_N), worst);
  free(z);
  free(g);
  free(g2);
  free(ghat);
  zo_items_free(&items);
  zo_params_free(&ps);
  zo_func_free(f);
  zo_st_close(st);
  zo_program_free(p);
  free_log(&log);
  free(logp);
  free(ckpt);
  free(w);
  free(lm);
  free(run);
}
END_TEST

/* ---- DDC and the seed log's contents */
START_TEST(test_ddc_clip) {
  uint64_t rs = zt_seed() ^ 0x2222;
  const char *d = zt_tmpdir(), *tiny = zt_src("models/tiny.zo");
  char *w = zt_fmt("%s/ddc_w.safetensors", d), *lm = zt_fmt("%s/ddc.jsonl", d), *run = zt_fmt("%s/ddc_run", d);
  char *a = zt_fmt("random-weights %s " TINY_SMALL " --seed %llu -o %s", tiny, (unsigned long long)(zt_next(&rs) % 1000), w);
  free(zoc_ok(0, a));
  free(a);
  write_lm(lm, 8, 10, 64, &rs, -1);
  unsigned long long seed = zt_next(&rs) % 100000;
  /* |d| is ~10 on this model, so C = 0.5 clips most steps and leaves few */
  a = zt_fmt("train %s " TINY_SMALL " --recipe qzo --weights %s --task lm --data %s --out %s --device ref --steps 12 "
          "--seed %llu --set clip=0.5 --set queries=2 --set lr=1e-4 --set batch=2 --quiet",
          tiny, w, lm, run, seed);
  free(zoc_ok(0, a));
  free(a);
  char *logp = zt_fmt("%s/zoc/seeds.jsonl", run);
  Log log = read_log(logp);
  ck_assert_int_eq(log.n, 12);
  ck_assert_int_eq(json_integer_value(json_object_get(log.header, "queries")), 2);
  ck_assert_uint_eq(hex_seed(json_object_get(log.header, "run_seed")), seed);
  double eps = json_number_value(json_object_get(log.header, "eps"));
  int clipped = 0;
  for (int t = 0; t < log.n; t++) {
    json_t *l = log.line[t];
    ck_assert_int_eq(json_integer_value(json_object_get(l, "step")), t);
    ck_assert(json_real_value(json_object_get(l, "lr")) == 1e-4);
    for (int q = 0; q < 2; q++) {
      ck_assert_uint_eq(hex_seed(per_q(json_object_get(l, "seed"), q)), zo_rng_step_seed(seed, (uint64_t)t, (uint32_t)q));
      double lp = json_number_value(per_q(json_object_get(l, "loss_plus"), q));
      double lmi = json_number_value(per_q(json_object_get(l, "loss_minus"), q));
      double dv = json_number_value(per_q(json_object_get(l, "d"), q));
      double raw = (lp - lmi) / (2 * (double)(float)eps);
      double want = raw > 0.5 ? 0.5 : raw < -0.5 ? -0.5 : raw;
      ck_assert_msg(dv == (double)(float)want, "step %d query %d: d = %.9g, clip((l+ - l-)/2eps) = %.9g", t, q, dv, want);
      ck_assert(fabs(dv) <= 0.5);
      clipped += fabs(raw) > 0.5;
    }
  }
  ck_assert_msg(clipped > 0, "no step was clipped: the test did not test DDC");
  free_log(&log);
  free(logp);
  free(w);
  free(lm);
  free(run);
}
END_TEST

/* ---- the update against a float64 recomputation */
START_TEST(test_update_rule) {
  uint64_t rs = zt_seed() ^ 0x3333;
  const char *d = zt_tmpdir(), *tiny = zt_src("models/tiny.zo");
  char *w = zt_fmt("%s/upd_w.safetensors", d), *lm = zt_fmt("%s/upd.jsonl", d), *run = zt_fmt("%s/upd_run", d);
  char *a = zt_fmt("random-weights %s " TINY_SMALL " -D 'W=linear(dt=f32)' --seed %llu -o %s", tiny,
                (unsigned long long)(zt_next(&rs) % 1000), w);
  free(zoc_ok(0, a));
  free(a);
  write_lm(lm, 6, 8, 64, &rs, -1);
  const double lr = 1e-3, wd = 0.1;
  a = zt_fmt("train %s " TINY_SMALL " -D 'W=linear(dt=f32)' --recipe mezo --weights %s --task lm --data %s --out %s "
          "--device ref --steps 4 --seed %llu --set queries=2 --set weight_decay=%g --set lr=%g --set schedule=linear "
          "--set warmup=1 --set clip=0 --set batch=3 --quiet",
          tiny, w, lm, run, (unsigned long long)(zt_next(&rs) % 1000), wd, lr);
  free(zoc_ok(0, a));
  free(a);
  char *logp = zt_fmt("%s/zoc/seeds.jsonl", run), *ckpt = zt_fmt("%s/model.safetensors", run);
  Log log = read_log(logp);
  ck_assert_int_eq(log.n, 4);
  /* warm-up over 1 step, then linear to 0 at the last step (4 steps: lr, 1/2, 0 of it) */
  const double lrs[4] = {lr, lr, lr / 2, 0};
  for (int t = 0; t < 4; t++)
    ck_assert_msg(fabs(json_number_value(json_object_get(log.line[t], "lr")) - lrs[t]) <= 1e-15, "lr of step %d", t);

  Program *p;
  StFile *st;
  Func *f = compile_bind(tiny, "W=linear(dt=f32)", "mezo", w, &p, &st);
  ZoParams ps;
  ck_assert_int_eq(zo_params_init(&ps, f, 0, (ZoParamsMode){0, 0}, 1), 0);
  StFile *out = zo_st_open(ckpt);
  ck_assert(out);
  int decayed = 0, plain = 0;
  for (int k = 0; k < ps.n; k++) {
    ZoParam *pp = &ps.p[k];
    ck_assert_int_eq(pp->dtype, ZO_DT_F32);
    double *x = malloc((size_t)pp->n * sizeof(double)), *mag = calloc((size_t)pp->n, sizeof(double));
    for (int64_t i = 0; i < pp->n; i++) x[i] = pp->master[i];
    /* decay: MeZO's rule, every matrix but no norm (rank 1) */
    bool decay = pp->rank >= 2;
    decayed += decay;
    plain += !decay;
    for (int t = 0; t < log.n; t++) {
      json_t *l = log.line[t];
      double lrt = json_number_value(json_object_get(l, "lr"));
      double dq[2];
      uint64_t sq[2];
      for (int q = 0; q < 2; q++) {
        dq[q] = json_number_value(per_q(json_object_get(l, "d"), q));
        sq[q] = hex_seed(per_q(json_object_get(l, "seed"), q));
      }
      for (int64_t i = 0; i < pp->n; i++) {
        double gz = 0;
        for (int q = 0; q < 2; q++) gz += dq[q] * zo_rng_normal(sq[q], pp->streams[0], (uint64_t)i);
        double step = lrt * gz / 2 + (decay ? lrt * wd * x[i] : 0);
        x[i] -= step;
        mag[i] += fabs(x[i]) + fabs(step);
      }
    }
    const StTensor *t = zo_st_find(out, pp->name);
    ck_assert_msg(t && t->dtype == ZO_DT_F32 && t->numel == pp->n, "checkpoint tensor %s", pp->name);
    const float *y = t->data;
    /* the f32 implementation rounds ~6 times per element and step (the sum
       over queries, the mean, the products with lr and wd, the subtraction),
       each by at most 2^-24 of the magnitudes involved (|x| + |step|): over
       the steps at most 6·2^-24·sum(|x| + |step|) < 4e-7·mag; 1e-6·mag is
       safe while a missing decay (lr·wd·|x| = 1e-4·|x| per step) or a
       missing 1/q (|step| ~ 1e-2) is far outside */
    int64_t moved = 0;
    for (int64_t i = 0; i < pp->n; i++) {
      ck_assert_msg(fabs((double)y[i] - x[i]) <= 1e-6 * mag[i] + 1e-30, "%s[%lld]: %.9g, recomputed %.9g", pp->name,
                    (long long)i, (double)y[i], x[i]);
      moved += y[i] != pp->master[i];
    }
    ck_assert_msg(moved > pp->n / 2, "%s: only %lld of %lld elements moved", pp->name, (long long)moved, (long long)pp->n);
    free(x);
    free(mag);
  }
  ck_assert(decayed > 0 && plain > 0);
  zo_st_close(out);
  zo_params_free(&ps);
  zo_func_free(f);
  zo_st_close(st);
  zo_program_free(p);
  free_log(&log);
  free(logp);
  free(ckpt);
  free(w);
  free(lm);
  free(run);
}
END_TEST

/* ---- scale_min, on f16 scales */
static void read_f32(const StTensor *t, float *out) { zo_convert_to_f32(t->dtype, t->data, out, (size_t)t->numel); }

START_TEST(test_scale_min) {
  uint64_t rs = zt_seed() ^ 0x4444;
  const char *d = zt_tmpdir(), *tiny = zt_src("models/tiny.zo");
  char *w = zt_fmt("%s/sm_w.safetensors", d), *lm = zt_fmt("%s/sm.jsonl", d), *run = zt_fmt("%s/sm_run", d);
  char *a = zt_fmt("random-weights %s " TINY_SMALL " --seed %llu -o %s", tiny, (unsigned long long)(zt_next(&rs) % 1000), w);
  free(zoc_ok(0, a));
  free(a);
  write_lm(lm, 6, 8, 64, &rs, -1);
  /* scale_min: the median of the initial scales, not on the f16 grid */
  StFile *s0 = zo_st_open(w);
  ck_assert(s0);
  float all[4096];
  int na = 0;
  for (int i = 0; i < zo_st_count(s0); i++) {
    const StTensor *t = zo_st_tensor(s0, i);
    if (!strstr(t->name, ".scales")) continue;
    ck_assert_int_eq(t->dtype, ZO_DT_F16);
    ck_assert(na + t->numel <= 4096);
    read_f32(t, all + na);
    na += (int)t->numel;
  }
  ck_assert(na > 10);
  for (int i = 1; i < na; i++)   /* insertion sort: a few hundred values */
    for (int k = i; k > 0 && all[k] < all[k - 1]; k--) {
      float x = all[k];
      all[k] = all[k - 1];
      all[k - 1] = x;
    }
  double smin = (double)all[na / 2] * 1.0003;
  a = zt_fmt("train %s " TINY_SMALL " --recipe qzo --weights %s --task lm --data %s --out %s --device ref --steps 3 "
          "--set scale_min=%.9g --set lr=1e-4 --set batch=2 --quiet",
          tiny, w, lm, run, smin);
  free(zoc_ok(0, a));
  free(a);
  char *ckpt = zt_fmt("%s/model.safetensors", run), *master = zt_fmt("%s/zoc/master.safetensors", run);
  StFile *s1 = zo_st_open(ckpt), *sm = zo_st_open(master);
  ck_assert(s1 && sm);
  int below_before = 0, changed = 0, nscales = 0;
  for (int i = 0; i < zo_st_count(s0); i++) {
    const StTensor *t0 = zo_st_tensor(s0, i);
    if (!strstr(t0->name, ".scales")) continue;
    const StTensor *t1 = zo_st_find(s1, t0->name), *tm = zo_st_find(sm, t0->name);
    ck_assert(t1 && tm && t1->dtype == ZO_DT_F16 && tm->dtype == ZO_DT_F32);
    float x0[1024], x1[1024];
    ck_assert(t0->numel <= 1024);
    read_f32(t0, x0);
    read_f32(t1, x1);
    const float *xm = tm->data;
    for (int64_t k = 0; k < t0->numel; k++, nscales++) {
      ck_assert_msg((double)x1[k] >= smin, "%s[%lld] = %.9g < scale_min %.9g", t0->name, (long long)k, (double)x1[k], smin);
      ck_assert_msg((double)xm[k] >= smin, "master %s[%lld] = %.9g < scale_min", t0->name, (long long)k, (double)xm[k]);
      below_before += (double)x0[k] < smin;
      changed += x0[k] != x1[k];
    }
  }
  ck_assert_msg(below_before > 0 && changed > nscales / 2, "below %d, changed %d of %d", below_before, changed, nscales);
  zo_st_close(sm);
  zo_st_close(s1);
  zo_st_close(s0);
  free(ckpt);
  free(master);
  free(w);
  free(lm);
  free(run);
}
END_TEST

/* ---- replay */
START_TEST(test_replay) {
  uint64_t rs = zt_seed() ^ 0x5555;
  const char *d = zt_tmpdir(), *tiny = zt_src("models/tiny.zo");
  char *w = zt_fmt("%s/rp_w.safetensors", d), *lm = zt_fmt("%s/rp.jsonl", d), *run = zt_fmt("%s/rp_run", d);
  char *a = zt_fmt("random-weights %s " TINY_SMALL " --seed %llu -o %s", tiny, (unsigned long long)(zt_next(&rs) % 1000), w);
  free(zoc_ok(0, a));
  free(a);
  write_lm(lm, 8, 9, 64, &rs, -1);
  a = zt_fmt("train %s " TINY_SMALL " --recipe qzo_norms --weights %s --task lm --data %s --out %s --device ref --steps 8 "
          "--seed %llu --set queries=2 --set lr=1e-3 --set weight_decay=0.01 --set schedule=cosine --set warmup=2 "
          "--set batch=2 --quiet",
          tiny, w, lm, run, (unsigned long long)(zt_next(&rs) % 1000));
  free(zoc_ok(0, a));
  free(a);
  char *out = zt_fmt("%s/replayed.safetensors", d), *ckpt = zt_fmt("%s/model.safetensors", run);
  /* the recipe comes from the log's header */
  a = zt_fmt("replay %s " TINY_SMALL " --weights %s --run %s -o %s", tiny, w, run, out);
  free(zoc_ok(0, a));
  free(a);
  ck_assert_msg(same_bytes(out, ckpt), "replay differs from the trained checkpoint");
  ck_assert_msg(!same_bytes(w, ckpt), "the run changed nothing");
  /* another model: refused with a message */
  char *out2 = zt_fmt("%s/replayed2.safetensors", d), *w2 = zt_fmt("%s/rp_w2.safetensors", d);
  a = zt_fmt("random-weights %s " TINY_SMALL " -D F=64 -o %s", tiny, w2);
  free(zoc_ok(0, a));
  free(a);
  a = zt_fmt("replay %s " TINY_SMALL " -D F=64 --recipe qzo_norms --weights %s --seeds %s/zoc/seeds.jsonl -o %s", tiny, w2, run,
          out2);
  char *err = zoc_ok(1, a);
  ck_assert_msg(strstr(err, "trained") && strstr(err, "seeds.jsonl"), "message: %s", err);
  ck_assert(!file_exists(out2));
  free(err);
  free(a);
  free(out2);
  free(w2);
  free(out);
  free(ckpt);
  free(w);
  free(lm);
  free(run);
}
END_TEST

/* zoc replay --run DIR (tiny with defs) must give DIR's checkpoint, byte for byte */
static void replay_matches_defs(const char *defs, const char *w, const char *run) {
  char *out = zt_fmt("%s.replayed.safetensors", run), *ckpt = zt_fmt("%s/model.safetensors", run);
  char *a = zt_fmt("replay %s %s --weights %s --run %s -o %s", zt_src("models/tiny.zo"), defs, w, run, out);
  free(zoc_ok(0, a));
  ck_assert_msg(same_bytes(out, ckpt), "zoc %s: other bytes than %s", a, ckpt);
  free(a);
  free(out);
  free(ckpt);
}

/* ---- update_rounding and masters on an fp8-scale format (nvfp4: e4m3
 * weight_scale, steps of 6.25% to 12.5%). The step's bound: |Δ| = lr·|d|·|z|
 * <= lr·clip·5.78 (Box–Muller's largest |z|, sqrt(-2 ln 2^-24)); lr is set so
 * that this is half the smallest half-gap h between a scale and its grid
 * neighbours. With masters = none and nearest rounding every step rounds
 * back: the scales' bytes never change. Stochastic rounding moves a scale
 * with probability |Δ|/gap, a few percent a step, over ~150 scales and 20
 * steps: the checkpoint changes (clip 1e-4 keeps |d| = clip: the estimate
 * is far above it). Each run replays and resumes to the same bytes. */
static bool is_fp8_scale(const char *name) { return strstr(name, ".weight_scale") && !strstr(name, "weight_scale_2"); }

/* the smallest half-gap between a positive e4m3 scale of w and its grid neighbours */
static double min_half_gap(const char *w) {
  StFile *st = zo_st_open(w);
  ck_assert(st);
  double h = INFINITY;
  int n = 0;
  for (int i = 0; i < zo_st_count(st); i++) {
    const StTensor *t = zo_st_tensor(st, i);
    if (!is_fp8_scale(t->name)) continue;
    ck_assert_int_eq(t->dtype, ZO_DT_F8E4M3);
    for (int64_t k = 0; k < t->numel; k++, n++) {
      uint8_t c = ((const uint8_t *)t->data)[k], nb[2] = {(uint8_t)(c - 1), (uint8_t)(c + 1)};
      ck_assert_msg(c > 0 && c < 0x7e, "%s: scale code 0x%02x", t->name, c);
      float v, u[2];
      zo_convert_to_f32(ZO_DT_F8E4M3, &c, &v, 1);
      zo_convert_to_f32(ZO_DT_F8E4M3, nb, u, 2);
      h = fmin(h, fmin(v - u[0], u[1] - v) / 2);
    }
  }
  zo_st_close(st);
  ck_assert(n > 100);
  return h;
}

/* how many fp8 scales of checkpoint b differ from a's (same tensors) */
static int scales_changed(const char *a, const char *b) {
  StFile *sa = zo_st_open(a), *sb = zo_st_open(b);
  ck_assert(sa && sb);
  int changed = 0;
  for (int i = 0; i < zo_st_count(sa); i++) {
    const StTensor *t = zo_st_tensor(sa, i), *u = zo_st_find(sb, t->name);
    ck_assert(u && u->dtype == t->dtype && u->numel == t->numel);
    if (!is_fp8_scale(t->name)) {
      ck_assert_msg(memcmp(t->data, u->data, (size_t)t->numel * zo_dtype_size(t->dtype)) == 0, "%s changed", t->name);
      continue;
    }
    for (int64_t k = 0; k < t->numel; k++) changed += ((const uint8_t *)t->data)[k] != ((const uint8_t *)u->data)[k];
  }
  zo_st_close(sa);
  zo_st_close(sb);
  return changed;
}

/* random weights of tiny with defs (TMP/TAG_w.safetensors) and n lm rows of 10 tokens (TMP/TAG.jsonl) */
static void tiny_inputs(const char *defs, const char *tag, int n, uint64_t *rs, char **w, char **lm) {
  const char *d = zt_tmpdir();
  *w = zt_fmt("%s/%s_w.safetensors", d, tag);
  *lm = zt_fmt("%s/%s.jsonl", d, tag);
  char *a = zt_fmt("random-weights %s %s --seed %llu -o %s", zt_src("models/tiny.zo"), defs,
                   (unsigned long long)(zt_next(rs) % 1000), *w);
  free(zoc_ok(0, a));
  free(a);
  write_lm(*lm, n, 10, 64, rs, -1);
}

#define NVFP4 TINY_SMALL " -D W=nvfp4"

START_TEST(test_update_rounding) {
  uint64_t rs = zt_seed() ^ 0x5a5a;
  const char *d = zt_tmpdir(), *tiny = zt_src("models/tiny.zo");
  char *w, *lm, *a;
  tiny_inputs(NVFP4, "ur", 8, &rs, &w, &lm);
  double clip = 1e-4, lr = min_half_gap(w) / 2 / (clip * 5.78);
  char *common = zt_fmt("train %s " NVFP4 " --recipe qzo --weights %s --task lm --data %s --device ref --seed %llu "
                        "--set batch=2 --set clip=%g --set lr=%.9g --set save_every=5 --threads 2 --quiet",
                        tiny, w, lm, (unsigned long long)(zt_next(&rs) % 1000), clip, lr);
  const char *modes[3] = {"--set update_rounding=nearest --set masters=none",
                          "--set update_rounding=stochastic --set masters=none",
                          "--set update_rounding=stochastic"};
  int changed[3];
  for (int m = 0; m < 3; m++) {
    char *run = zt_fmt("%s/ur_run%d", d, m), *half = zt_fmt("%s/ur_half%d", d, m);
    a = zt_fmt("%s %s --steps 20 --out %s", common, modes[m], run);
    free(zoc_ok(0, a));
    free(a);
    char *ckpt = zt_fmt("%s/model.safetensors", run);
    changed[m] = scales_changed(w, ckpt);
    replay_matches_defs(NVFP4, w, run);
    /* stopped at 10, resumed to 20: the same bytes (the state: masters, or the working copies) */
    a = zt_fmt("%s %s --steps 10 --out %s", common, modes[m], half);
    free(zoc_ok(0, a));
    free(a);
    a = zt_fmt("%s %s --steps 20 --out %s --resume", common, modes[m], half);
    free(zoc_ok(0, a));
    free(a);
    const char *files[] = {"model.safetensors", "zoc/master.safetensors", "zoc/seeds.jsonl"};
    for (int i = 0; i < 3; i++) {
      char *x = zt_fmt("%s/%s", run, files[i]), *y = zt_fmt("%s/%s", half, files[i]);
      ck_assert_msg(same_bytes(x, y), "%s: %s differs between the run and the resumed one", modes[m], files[i]);
      free(x);
      free(y);
    }
    free(ckpt);
    free(run);
    free(half);
  }
  fprintf(stderr, "test_train: nvfp4 scales changed in 20 steps: nearest/none %d, stochastic/none %d, stochastic/f32 %d\n",
          changed[0], changed[1], changed[2]);
  ck_assert_msg(changed[0] == 0, "nearest rounding with masters = none changed %d scales (|step| < half a gap)", changed[0]);
  ck_assert_msg(changed[1] > 0 && changed[2] > 0, "stochastic rounding changed no scale (%d, %d)", changed[1], changed[2]);
  /* a resume with another mode is refused, naming the setting */
  for (int m = 1; m < 3; m++) {
    char *run = zt_fmt("%s/ur_run%d", d, m);
    a = zt_fmt("%s %s --steps 30 --out %s --resume", common, m == 1 ? modes[2] : "--set update_rounding=nearest", run);
    char *err = zoc_ok(1, a);
    ck_assert_msg(strstr(err, m == 1 ? "masters" : "update_rounding") && strstr(err, "resume"), "stderr: %s", err);
    free(err);
    free(a);
    free(run);
  }
  free(common);
  free(w);
  free(lm);
}
END_TEST

/* ---- kill / interrupt, then resume */
static int count_lines(const char *path) {
  FILE *fp = fopen(path, "r");
  if (!fp) return 0;
  int n = 0, c;
  while ((c = fgetc(fp)) != EOF) n += c == '\n';
  fclose(fp);
  return n;
}

/* Starts zoc with args (split on spaces; none contain one) in the
 * background; stderr goes to errpath, stdout to /dev/null. */
static pid_t spawn_zoc(const char *args, const char *errpath) {
  char *copy = strdup(args), *argv[64];
  int argc = 0;
  argv[argc++] = (char *)ZOC_BINARY;
  for (char *s = strtok(copy, " "); s; s = strtok(NULL, " ")) argv[argc++] = s;
  argv[argc] = NULL;
  pid_t pid = fork();
  ck_assert(pid >= 0);
  if (pid == 0) {
    if (!freopen(errpath, "w", stderr) || !freopen("/dev/null", "w", stdout)) _exit(99);
    execv(ZOC_BINARY, argv);
    _exit(98);
  }
  free(copy);
  return pid;
}

/* Waits until the seed log has `lines` lines: true, or false with *status
 * set if the process ended first (128+sig for a signal death). */
static bool wait_lines(pid_t pid, const char *seeds, int lines, int *status) {
  struct timespec ts = {0, 2000000};
  for (int i = 0; i < 30000 && count_lines(seeds) < lines; i++) {
    int st;
    if (waitpid(pid, &st, WNOHANG) == pid) {
      *status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
      return false;
    }
    nanosleep(&ts, NULL);
  }
  return true;
}

static int signal_wait(pid_t pid, int sig) {
  int st;
  kill(pid, sig);
  waitpid(pid, &st, 0);
  return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}

/* Starts zoc with args, waits until the seed log has `lines` lines, sends
 * sig, returns the exit status (128+sig for a signal death). stderr goes to
 * errpath. */
static int run_and_signal(const char *args, const char *seeds, int lines, int sig, const char *errpath) {
  pid_t pid = spawn_zoc(args, errpath);
  int st;
  if (!wait_lines(pid, seeds, lines, &st)) return st;
  return signal_wait(pid, sig);
}

static int64_t state_step(const char *run) {
  char *p = zt_fmt("%s/zoc/state.json", run);
  json_t *j = json_load_file(p, 0, NULL);
  free(p);
  ck_assert(j);
  int64_t s = json_integer_value(json_object_get(j, "step"));
  json_decref(j);
  return s;
}

static void resume_ok(const char *args) {
  char *a = zt_fmt("%s --resume --quiet", args);
  free(zoc_ok(0, a));
  free(a);
}

static void same_run(const char *a, const char *b) {
  const char *files[] = {"model.safetensors", "config.json", "zoc/master.safetensors", "zoc/seeds.jsonl",
                         "zoc/metrics.jsonl", "zoc/state.json"};
  for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
    char *x = zt_fmt("%s/%s", a, files[i]), *y = zt_fmt("%s/%s", b, files[i]);
    ck_assert_msg(same_bytes(x, y), "%s differs between the uninterrupted and the resumed run", files[i]);
    free(x);
    free(y);
  }
}

START_TEST(test_resume) {
  uint64_t rs = zt_seed() ^ 0x6666;
  const char *d = zt_tmpdir(), *tiny = zt_src("models/tiny.zo");
  char *w = zt_fmt("%s/rs_w.safetensors", d), *lm = zt_fmt("%s/rs.jsonl", d);
  char *a = zt_fmt("random-weights %s " TINY_SMALL " --seed %llu -o %s", tiny, (unsigned long long)(zt_next(&rs) % 1000), w);
  free(zoc_ok(0, a));
  free(a);
  write_lm(lm, 16, 10, 64, &rs, -1);
  /* 12 training examples, 4 for evaluation (every 40 steps), saves every 7 */
  char *common = zt_fmt("train %s -D V=64 -D D=16 -D F=32 -D L=1 -D H=2 -D KV=1 --recipe qzo_norms --weights %s --task lm "
                     "--data %s --device ref --steps 160 --seed %llu --train-examples 12 --eval-examples 4 "
                     "--eval-every 40 --set save_every=7 --set lr=1e-3 --set batch=2 --set queries=2 --threads 1",
                     tiny, w, lm, (unsigned long long)(zt_next(&rs) % 1000));
  char *ra = zt_fmt("%s/rs_a", d), *rb = zt_fmt("%s/rs_b", d), *rc = zt_fmt("%s/rs_c", d);
  a = zt_fmt("%s --out %s", common, ra);
  char *sum_a = zoc_out(0, a);
  free(a);
  ck_assert_int_eq(state_step(ra), 160);

  /* SIGKILL mid-run: the logs run ahead of the last save; --resume cuts them back */
  char *seeds_b = zt_fmt("%s/zoc/seeds.jsonl", rb), *errp = zt_fmt("%s/rs_b.err", d);
  a = zt_fmt("%s --out %s", common, rb);
  int st = run_and_signal(a, seeds_b, 80, SIGKILL, errp);
  ck_assert_msg(st == 128 + SIGKILL, "the run was not killed mid-run (status %d): too fast to test?", st);
  int64_t at = state_step(rb);
  ck_assert_msg(at > 0 && at < 160 && at % 7 == 0, "saved at step %lld", (long long)at);
  char *ra2 = zt_fmt("%s --resume", a), *sum_b = zoc_out(0, ra2);
  free(ra2);
  free(a);
  same_run(ra, rb);
  /* the resumed run's summary: the first evaluation is the run's own (from
     metrics.jsonl), not zeros; the last one is the uninterrupted run's */
  const char *keys[] = {"eval at start: ", "eval at end:   "};
  for (int i = 0; i < 2; i++) {
    char *x = summary_line(sum_a, keys[i]), *y = summary_line(sum_b, keys[i]);
    ck_assert_msg(x && y && strcmp(x, y) == 0 && !strstr(y, "\"examples\":0"), "%s\nuninterrupted: %s\nresumed: %s",
                  keys[i], sum_a, sum_b);
    free(x);
    free(y);
  }
  free(sum_a);
  free(sum_b);

  /* SIGINT mid-run: finishes the step, saves, exits 130 with a message */
  char *seeds_c = zt_fmt("%s/zoc/seeds.jsonl", rc), *errc = zt_fmt("%s/rs_c.err", d);
  a = zt_fmt("%s --out %s", common, rc);
  st = run_and_signal(a, seeds_c, 80, SIGINT, errc);
  ck_assert_msg(st == 130, "status %d after SIGINT", st);
  char *err = slurp(errc, NULL);
  ck_assert_msg(err && strstr(err, "interrupted") && strstr(err, "--resume"), "stderr: %s", err ? err : "");
  free(err);
  at = state_step(rc);
  ck_assert_msg(at > 0 && at < 160 && at == count_lines(seeds_c) - 1, "saved at %lld with %d log lines", (long long)at,
                count_lines(seeds_c));
  resume_ok(a);
  free(a);
  same_run(ra, rc);

  /* a new run into a run directory is refused; resuming a finished run does nothing */
  a = zt_fmt("%s --out %s --quiet", common, ra);
  err = zoc_ok(1, a);
  ck_assert_msg(strstr(err, "--resume"), "stderr: %s", err);
  free(err);
  resume_ok(a);
  free(a);
  free(seeds_b);
  free(seeds_c);
  free(errp);
  free(errc);
  free(ra);
  free(rb);
  free(rc);
  free(common);
  free(w);
  free(lm);
}
END_TEST

/* ---- NaN / Inf */
/* Copies checkpoint src to dst with tensor `name`'s elements [lo, hi) set to v (f32 tensors). */
static void poison(const char *src, const char *dst, const char *name, int64_t lo, int64_t hi, float v) {
  StFile *s = zo_st_open(src);
  ck_assert(s);
  StWriter *wr = zo_st_writer_new();
  bool found = false;
  for (int i = 0; i < zo_st_count(s); i++) {
    const StTensor *t = zo_st_tensor(s, i);
    if (strcmp(t->name, name) == 0) {
      ck_assert_int_eq(t->dtype, ZO_DT_F32);
      float *x = malloc(t->nbytes);
      memcpy(x, t->data, t->nbytes);
      for (int64_t k = lo; k < hi; k++) x[k] = v;
      zo_st_writer_add(wr, t->name, t->dtype, t->ndim, t->shape, x);
      free(x);
      found = true;
    } else {
      zo_st_writer_add(wr, t->name, t->dtype, t->ndim, t->shape, t->data);
    }
  }
  ck_assert_msg(found, "no tensor %s", name);
  ck_assert_int_eq(zo_st_writer_save(wr, dst), 0);
  zo_st_writer_free(wr);
  zo_st_close(s);
}

START_TEST(test_nan) {
  uint64_t rs = zt_seed() ^ 0x7777;
  const char *d = zt_tmpdir(), *tiny = zt_src("models/tiny.zo");
  char *w = zt_fmt("%s/nan_w.safetensors", d), *wi = zt_fmt("%s/nan_inf.safetensors", d), *wn = zt_fmt("%s/nan_nan.safetensors", d);
  char *a = zt_fmt("random-weights %s " TINY_SMALL " --seed %llu -o %s", tiny, (unsigned long long)(zt_next(&rs) % 1000), w);
  free(zoc_ok(0, a));
  free(a);
  /* token 7's embedding row is NaN: the rows that read token 7 give a NaN
     loss, the others are untouched (finite values cannot do it: the rms norm
     maps an overflowing row to zeros) */
  poison(w, wi, "model.embed_tokens.weight", 7 * 16, 8 * 16, NAN);
  char *lm = zt_fmt("%s/nan.jsonl", d);
  write_lm(lm, 8, 6, 64, &rs, 7);
  /* put token 7 into two of the eight sequences (lines 3 and 6) */
  {
    char *text = slurp(lm, NULL);
    StrBuf sb = {0};
    int line = 1;
    for (char *s = text; *s; s++) {
      if ((line == 3 || line == 6) && s > text && s[-1] == '[') zo_sb_puts(&sb, "7, ");
      zo_sb_putc(&sb, *s);
      if (*s == '\n') line++;
    }
    write_text(lm, sb.buf);
    zo_sb_free(&sb);
    free(text);
  }
  char *run = zt_fmt("%s/nan_run", d);
  a = zt_fmt("train %s " TINY_SMALL " --recipe qzo_norms --weights %s --task lm --data %s --out %s --device ref --steps 16 "
          "--set batch=1 --set lr=1e-3 --train-examples all --eval-examples 0 --quiet",
          tiny, wi, lm, run);
  /* the steps run (the skipped ones counted); the save at the end refuses to
     copy the NaN row into a checkpoint */
  char *err = zoc_ok(1, a);
  ck_assert_msg(strstr(err, "model.embed_tokens.weight") && strstr(err, "NaN"), "stderr: %s", err);
  free(err);
  free(a);
  char *logp = zt_fmt("%s/zoc/seeds.jsonl", run);
  Log log = read_log(logp);
  ck_assert_int_eq(log.n, 16);
  int skipped = 0;
  for (int t = 0; t < log.n; t++) {
    bool sk = json_is_true(json_object_get(log.line[t], "skipped"));
    skipped += sk;
    ck_assert(sk ? json_is_null(json_object_get(log.line[t], "d")) : json_is_number(json_object_get(log.line[t], "d")));
  }
  /* batch 1 and two epochs of 8: each poisoned sequence is drawn twice */
  ck_assert_int_eq(skipped, 4);
  char *ckpt = zt_fmt("%s/model.safetensors", run);
  ck_assert_msg(!file_exists(ckpt), "a checkpoint with a NaN was written");

  /* a NaN norm weight: every loss is NaN; the 10th skipped step in a row stops the run */
  poison(w, wn, "model.norm.weight", 3, 4, NAN);
  char *run2 = zt_fmt("%s/nan_run2", d);
  a = zt_fmt("train %s " TINY_SMALL " --recipe qzo --weights %s --task lm --data %s --out %s --device ref --steps 30 "
          "--set batch=2 --train-examples all --eval-examples 0 --quiet",
          tiny, wn, lm, run2);
  err = zoc_ok(1, a);
  ck_assert_msg(strstr(err, "NaN or Inf in 10 steps in a row"), "stderr: %s", err);
  free(err);
  free(a);
  char *c2 = zt_fmt("%s/model.safetensors", run2), *m2 = zt_fmt("%s/zoc/master.safetensors", run2);
  ck_assert_msg(!file_exists(c2) && !file_exists(m2), "a checkpoint was written");
  char *l2 = zt_fmt("%s/zoc/seeds.jsonl", run2);
  ck_assert_int_eq(count_lines(l2), 11);
  /* with saves before the limit: the save refuses, naming the tensor */
  char *run3 = zt_fmt("%s/nan_run3", d);
  a = zt_fmt("train %s " TINY_SMALL " --recipe qzo --weights %s --task lm --data %s --out %s --device ref --steps 30 "
          "--set batch=2 --set save_every=3 --train-examples all --eval-examples 0 --quiet",
          tiny, wn, lm, run3);
  err = zoc_ok(1, a);
  ck_assert_msg(strstr(err, "model.norm.weight") && strstr(err, "NaN"), "stderr: %s", err);
  free(err);
  free(a);
  char *c3 = zt_fmt("%s/model.safetensors", run3);
  ck_assert_msg(!file_exists(c3), "a checkpoint was written");
  free(c3);
  free(run3);
  free(l2);
  free(c2);
  free(m2);
  free(run2);
  free(ckpt);
  free_log(&log);
  free(logp);
  free(run);
  free(lm);
  free(w);
  free(wi);
  free(wn);
}
END_TEST

/* ---- evaluation against a one-row-at-a-time recomputation */
START_TEST(test_eval_classification) {
  uint64_t rs = zt_seed() ^ 0x8888;
  const char *d = zt_tmpdir(), *tiny = zt_src("models/tiny.zo");
  const char *tokp = zt_src("tests/data/tok/gpt2.json"), *data = zt_src("tests/data/tasks/rte.jsonl");
  char *w = zt_fmt("%s/ev_w.safetensors", d);
  char *a = zt_fmt("random-weights %s " TINY_SMALL " -D V=1024 --seed %llu -o %s", tiny,
                (unsigned long long)(zt_next(&rs) % 1000), w);
  free(zoc_ok(0, a));
  free(a);
  char *out = NULL, *err = NULL;
  a = zt_fmt("eval %s " TINY_SMALL " -D V=1024 --weights %s --tokenizer %s --task rte --data %s --eval-examples all "
          "--device ref --batch 3",
          tiny, w, tokp, data);
  int rc = zt_zoc(a, &out, &err);
  ck_assert_msg(rc == 0, "zoc %s: %s", a, err);
  free(a);
  json_t *j = json_loads(out, 0, NULL);
  ck_assert_msg(j, "not JSON: %s", out);
  double acc = json_number_value(json_object_get(j, "accuracy")), loss = json_number_value(json_object_get(j, "loss"));
  ck_assert_int_eq(json_integer_value(json_object_get(j, "examples")), 20);
  json_decref(j);
  free(out);
  free(err);

  Program *p;
  StFile *st;
  Func *f = compile_bind(tiny, "V=1024", NULL, w, &p, &st);
  Tokenizer *tok = zo_tok_load(tokp);
  Task *task = zo_task_load("rte");
  Dataset ds;
  ck_assert(tok && task);
  ck_assert_int_eq(zo_dataset_load(task, tok, data, &ds), 0);
  void *state = zo_backend_ref.open(f, 1, NULL);
  ck_assert(state);
  int correct = 0;
  double lsum = 0;
  for (int e = 0; e < ds.n; e++) {
    const Example *ex = &ds.ex[e];
    double score[8];
    ck_assert(ex->ncand <= 8);
    for (int c = 0; c < ex->ncand; c++) {
      int64_t n = ex->nprompt + ex->ncand_tok[c];
      int32_t *ids = malloc((size_t)n * sizeof(int32_t));
      memcpy(ids, ex->prompt, (size_t)ex->nprompt * sizeof(int32_t));
      memcpy(ids + ex->nprompt, ex->cand[c], (size_t)ex->ncand_tok[c] * sizeof(int32_t));
      float *lg = malloc((size_t)(n * 1024) * sizeof(float));
      ck_assert_int_eq(zo_backend_ref.forward(state, ids, 1, n, NULL, lg), 0);
      double s = 0;
      for (int k = 0; k < ex->ncand_tok[c]; k++) {   /* position nprompt-1+k predicts cand[k] */
        const float *x = lg + (ex->nprompt - 1 + k) * 1024;
        double mx = x[0], z = 0;
        for (int v = 1; v < 1024; v++) mx = fmax(mx, x[v]);
        for (int v = 0; v < 1024; v++) z += exp(x[v] - mx);
        s += x[ex->cand[c][k]] - mx - log(z);
      }
      score[c] = s / ex->ncand_tok[c];
      free(ids);
      free(lg);
    }
    int best = 0;
    double mx = score[0], z = 0;
    for (int c = 1; c < ex->ncand; c++) {
      if (score[c] > score[best]) best = c;
      mx = fmax(mx, score[c]);
    }
    for (int c = 0; c < ex->ncand; c++) z += exp(score[c] - mx);
    correct += best == ex->label;
    lsum += -(score[ex->label] - mx - log(z));
  }
  /* zoc batches 3 examples (6 rows) padded to the longest; causal attention
     makes the padding invisible, so the logits agree to f32 rounding of a
     different reduction length at most (~1e-6 relative); the loss is printed
     with 9 significant digits */
  ck_assert_msg(fabs(acc - (double)correct / ds.n) < 1e-9, "accuracy %g, recomputed %g", acc, (double)correct / ds.n);
  ck_assert_msg(fabs(loss - lsum / ds.n) <= 1e-5 * fabs(loss), "loss %.9g, recomputed %.9g", loss, lsum / ds.n);
  zo_backend_ref.close(state);
  zo_dataset_free(&ds);
  zo_task_free(task);
  zo_tok_free(tok);
  zo_func_free(f);
  zo_st_close(st);
  zo_program_free(p);

  /* SQuAD: F1 and exact match through greedy decoding (2 examples: 50 tokens each at most) */
  a = zt_fmt("eval %s " TINY_SMALL " -D V=1024 --weights %s --tokenizer %s --task squad --data %s --eval-examples 2 "
          "--device ref",
          tiny, w, tokp, zt_src("tests/data/tasks/squad.jsonl"));
  rc = zt_zoc(a, &out, &err);
  ck_assert_msg(rc == 0, "zoc %s: %s", a, err);
  j = json_loads(out, 0, NULL);
  ck_assert_msg(j && json_is_number(json_object_get(j, "f1")) && json_is_number(json_object_get(j, "em")), "%s", out);
  double f1 = json_number_value(json_object_get(j, "f1")), em = json_number_value(json_object_get(j, "em"));
  ck_assert(f1 >= 0 && f1 <= 1 && em >= 0 && em <= f1 && isfinite(json_number_value(json_object_get(j, "loss"))));
  json_decref(j);
  free(out);
  free(err);
  free(a);
  free(w);
}
END_TEST

/* ---- learning-rate schedules and settings */
START_TEST(test_schedule) {
  /* the refusals below print their messages: not on success */
  fflush(stderr);
  int saved = dup(2), devnull = open("/dev/null", O_WRONLY);
  dup2(devnull, 2);
  ZoTrainSettings s = {.lr = 1e-3, .steps = 10, .warmup = 0, .schedule = 0};
  for (int k = 0; k < 10; k++) ck_assert(zo_train_lr_at(&s, k) == 1e-3);
  s.warmup = 4;
  for (int k = 0; k < 4; k++) ck_assert(fabs(zo_train_lr_at(&s, k) - 1e-3 * (k + 1) / 4) < 1e-18);
  ck_assert(zo_train_lr_at(&s, 9) == 1e-3);
  /* linear: lr at the first step after warm-up, 0 at the last */
  ck_assert_int_eq(zo_train_settings_set(&s, "schedule", "linear"), 0);
  ck_assert_int_eq(s.schedule, 1);
  ck_assert(fabs(zo_train_lr_at(&s, 4) - 1e-3) < 1e-18 && zo_train_lr_at(&s, 9) == 0);
  ck_assert(fabs(zo_train_lr_at(&s, 6) - 1e-3 * (1 - 2.0 / 5)) < 1e-18);
  /* cosine: half way through the span, half the rate */
  ck_assert_int_eq(zo_train_settings_set(&s, "schedule", "cosine"), 0);
  s.warmup = 0;
  s.steps = 11;
  ck_assert(fabs(zo_train_lr_at(&s, 5) - 5e-4) < 1e-15 && fabs(zo_train_lr_at(&s, 10)) < 1e-18);
  ck_assert(zo_train_lr_at(&s, 0) == 1e-3 && zo_train_lr_at(&s, 2) < 1e-3 && zo_train_lr_at(&s, 2) > 5e-4);
  ck_assert_int_eq(zo_train_settings_set(&s, "lr", "2e-5"), 0);
  ck_assert(s.lr == 2e-5);
  ck_assert_int_eq(zo_train_settings_set(&s, "steps", "1.5"), -1);
  ck_assert_int_eq(zo_train_settings_set(&s, "schedule", "square"), -1);
  ck_assert_int_eq(zo_train_settings_set(&s, "lrr", "1"), -1);
  fflush(stderr);
  dup2(saved, 2);
  close(saved);
  close(devnull);
}
END_TEST

/* ---- the command line's errors */
START_TEST(test_cli_errors) {
  const char *d = zt_tmpdir(), *tiny = zt_src("models/tiny.zo"), *tokp = zt_src("tests/data/tok/gpt2.json");
  char *w = zt_fmt("%s/cli_w.safetensors", d), *w1k = zt_fmt("%s/cli_w1k.safetensors", d);
  char *a = zt_fmt("random-weights %s " TINY_SMALL " -o %s", tiny, w);
  free(zoc_ok(0, a));
  free(a);
  a = zt_fmt("random-weights %s " TINY_SMALL " -D V=1024 -o %s", tiny, w1k);
  free(zoc_ok(0, a));
  free(a);
  /* a malformed line of a task file: FILE:LINE through zoc train */
  char *bad = zt_fmt("%s/bad_sst2.jsonl", d);
  write_text(bad, "{\"sentence\": \"a fine film\", \"label\": 1}\n"
                  "{\"sentence\": \"a dull film\", \"label\": 0}\n"
                  "{\"sentence\": \"an unfinished line\", \"label\": \n");
  a = zt_fmt("train %s " TINY_SMALL " -D V=1024 --recipe qzo --weights %s --tokenizer %s --task sst2 --data %s --out %s/c1 "
          "--device ref",
          tiny, w1k, tokp, bad, d);
  char *err = zoc_ok(1, a);
  char *want = zt_fmt("%s:3", bad);
  ck_assert_msg(strstr(err, want), "stderr lacks %s: %s", want, err);
  free(want);
  free(err);
  free(a);
  write_text(bad, "{\"sentence\": \"a fine film\", \"label\": 1}\n"
                  "{\"sentence\": \"a dull film\", \"label\": 7}\n");
  a = zt_fmt("train %s " TINY_SMALL " -D V=1024 --recipe qzo --weights %s --tokenizer %s --task sst2 --data %s --out %s/c2 "
          "--device ref",
          tiny, w1k, tokp, bad, d);
  err = zoc_ok(1, a);
  want = zt_fmt("%s:2", bad);
  ck_assert_msg(strstr(err, want), "stderr lacks %s: %s", want, err);
  free(want);
  free(err);
  free(a);
  /* lm: a token id past the vocabulary */
  char *lm = zt_fmt("%s/bad_lm.jsonl", d);
  write_text(lm, "{\"tokens\": [1, 2, 3]}\n\n{\"tokens\": [1, 64, 3]}\n");
  a = zt_fmt("train %s " TINY_SMALL " --recipe qzo --weights %s --task lm --data %s --out %s/c3 --device ref", tiny, w, lm, d);
  err = zoc_ok(1, a);
  want = zt_fmt("%s:3", lm);
  ck_assert_msg(strstr(err, want) && strstr(err, "vocabulary"), "stderr: %s", err);
  free(want);
  free(err);
  free(a);
  /* a tokenizer larger than the model's vocabulary */
  a = zt_fmt("eval %s " TINY_SMALL " --weights %s --tokenizer %s --task sst2 --data %s --device ref", tiny, w, tokp,
          zt_src("tests/data/tasks/sst2.jsonl"));
  err = zoc_ok(1, a);
  ck_assert_msg(strstr(err, "tokenizer has") && strstr(err, "64"), "stderr: %s", err);
  free(err);
  free(a);
  /* no tokenizer beside the weights */
  a = zt_fmt("eval %s " TINY_SMALL " -D V=1024 --weights %s --task sst2 --data %s --device ref", tiny, w1k,
          zt_src("tests/data/tasks/sst2.jsonl"));
  err = zoc_ok(1, a);
  ck_assert_msg(strstr(err, "--tokenizer"), "stderr: %s", err);
  free(err);
  free(a);
  write_text(lm, "{\"tokens\": [1, 2, 3]}\n{\"tokens\": [4, 5, 6]}\n");
  /* an unknown setting, with a suggestion */
  a = zt_fmt("train %s " TINY_SMALL " --recipe qzo --weights %s --task lm --data %s --out %s/c4 --set lrr=1", tiny, w, lm, d);
  err = zoc_ok(1, a);
  ck_assert_msg(strstr(err, "lrr") && strstr(err, "did you mean lr"), "stderr: %s", err);
  free(err);
  free(a);
  /* usage errors: exit 2 */
  a = zt_fmt("train %s " TINY_SMALL " --recipe qzo --weights %s --task lm --data %s", tiny, w, lm);
  err = zoc_ok(2, a);
  ck_assert_msg(strstr(err, "--out"), "stderr: %s", err);
  free(err);
  free(a);
  a = zt_fmt("train %s " TINY_SMALL " --weights %s --task lm --data %s --out %s/c5", tiny, w, lm, d);
  err = zoc_ok(2, a);
  ck_assert_msg(strstr(err, "--recipe"), "stderr: %s", err);
  free(err);
  free(a);
  /* --device cuda in a zoc without the CUDA backend */
  if (!zo_backend("cuda")) {
    a = zt_fmt("train %s " TINY_SMALL " --recipe qzo --weights %s --task lm --data %s --out %s/c6 --device cuda", tiny, w,
            lm, d);
    err = zoc_ok(1, a);
    ck_assert_msg(strstr(err, "no CUDA backend"), "stderr: %s", err);
    free(err);
    free(a);
  }
  /* every verb has --help */
  free(zoc_ok(0, "train --help"));
  free(zoc_ok(0, "eval --help"));
  free(zoc_ok(0, "replay --help"));
  free(bad);
  free(lm);
  free(w);
  free(w1k);
}
END_TEST

/* ---- run directories: the lock, full disks, the logs against the save, the
   input's directory, stale temporary files, failed starts, f32 settings */

/* random tiny weights and 16 LM lines in d, under names starting with tag */
static void run_inputs(const char *tag, uint64_t *rs, char **w, char **lm) { tiny_inputs(TINY_SMALL, tag, 16, rs, w, lm); }

/* `zoc train` of tiny on (w, lm) with evaluation, saves every 7 steps (no --out) */
static char *train_args(const char *w, const char *lm, int steps, uint64_t *rs) {
  return zt_fmt("train %s " TINY_SMALL " --recipe qzo_norms --weights %s --task lm --data %s --device ref --steps %d "
             "--seed %llu --train-examples 12 --eval-examples 4 --eval-every 40 --set save_every=7 --set lr=1e-3 "
             "--set batch=2 --threads 1",
             zt_src("models/tiny.zo"), w, lm, steps, (unsigned long long)(zt_next(rs) % 1000));
}

/* zoc replay --run DIR must give DIR's checkpoint, byte for byte */
static void replay_matches(const char *w, const char *run) { replay_matches_defs(TINY_SMALL, w, run); }

static void sh(const char *cmd) {
  char *err = NULL;
  int rc = zt_run(cmd, NULL, &err);
  ck_assert_msg(rc == 0, "%s: %s", cmd, err ? err : "");
  free(err);
}

/* the seed log's steps run 0, 1, ... to the state's step, each once */
static void log_in_order(const char *run) {
  char *p = zt_fmt("%s/zoc/seeds.jsonl", run);
  Log log = read_log(p);
  ck_assert_int_eq(log.n, state_step(run));
  for (int t = 0; t < log.n; t++) ck_assert_int_eq(json_integer_value(json_object_get(log.line[t], "step")), t);
  free_log(&log);
  free(p);
}

START_TEST(test_run_lock) {
  uint64_t rs = zt_seed() ^ 0xA1A1;
  const char *d = zt_tmpdir();
  char *w, *lm;
  run_inputs("lk", &rs, &w, &lm);
  char *common = train_args(w, lm, 2000, &rs), *run = zt_fmt("%s/lk_run", d);
  char *seeds = zt_fmt("%s/zoc/seeds.jsonl", run), *errp = zt_fmt("%s/lk.err", d);
  char *a = zt_fmt("%s --out %s", common, run);
  pid_t pid = spawn_zoc(a, errp);
  int st;
  /* past a save, so that a replay of the live run has a state to go to */
  ck_assert_msg(wait_lines(pid, seeds, 20, &st), "the run ended (status %d) before the test", st);
  char *spid = zt_fmt("pid %ld", (long)pid);
  /* a second run into the directory, and a resume of it: refused, naming the holder */
  char *err = zoc_ok(1, a);
  ck_assert_msg(strstr(err, run) && strstr(err, spid) && strstr(err, "in use"), "stderr: %s", err);
  free(err);
  char *ar = zt_fmt("%s --resume", a);
  err = zoc_ok(1, ar);
  ck_assert_msg(strstr(err, spid) && strstr(err, "in use"), "stderr: %s", err);
  free(err);
  /* a replay of the live run reads up to its last save: no lock needed */
  char *out = zt_fmt("%s/lk_live.safetensors", d);
  char *rp = zt_fmt("replay %s " TINY_SMALL " --weights %s --run %s -o %s", zt_src("models/tiny.zo"), w, run, out);
  free(zoc_ok(0, rp));
  st = signal_wait(pid, SIGINT);
  ck_assert_msg(st == 130, "the first run: status %d", st);
  /* the first run's log is its own, whole and in order; the replay gives its checkpoint */
  log_in_order(run);
  replay_matches(w, run);
  /* the lock went with the process: a resume now runs */
  char *ar2 = zt_fmt("%s --steps %lld --quiet", ar, (long long)state_step(run) + 7);
  free(zoc_ok(0, ar2));
  log_in_order(run);
  replay_matches(w, run);
  free(ar2);
  free(rp);
  free(out);
  free(ar);
  free(spid);
  free(a);
  free(errp);
  free(seeds);
  free(run);
  free(common);
  free(w);
  free(lm);
}
END_TEST

START_TEST(test_full_disk) {
  uint64_t rs = zt_seed() ^ 0xB2B2;
  const char *d = zt_tmpdir();
  char *w, *lm;
  run_inputs("fd", &rs, &w, &lm);
  char *common = train_args(w, lm, 60, &rs);
  char *ra = zt_fmt("%s/fd_a", d), *rb = zt_fmt("%s/fd_b", d), *rc = zt_fmt("%s/fd_c", d);
  char *a = zt_fmt("%s --out %s --quiet", common, ra);
  free(zoc_ok(0, a));
  free(a);
  /* seeds.jsonl: the 30th write (step 28's line: the header is the 1st) is
     cut in half, the rest of it and the next ten fail with ENOSPC */
  const char *shim = "ASAN_OPTIONS=verify_asan_link_order=0 LD_PRELOAD='" ZT_FAULTINJECT "'";
  char *env = zt_fmt("%s ZT_FAULT_FILE=seeds.jsonl ZT_FAULT_FROM=30 ZT_FAULT_TO=40 ZT_FAULT_PARTIAL=1", shim);
  a = zt_fmt("%s --out %s --quiet", common, rb);
  char *err = zoc_env(1, env, a);
  char *want = zt_fmt("%s/zoc/seeds.jsonl", rb);
  ck_assert_msg(strstr(err, want) && strstr(err, "step 28") && strstr(err, "No space left") && strstr(err, "--resume"),
                "stderr: %s", err);
  free(err);
  free(want);
  ck_assert_int_eq(state_step(rb), 28);
  char *seeds_b = zt_fmt("%s/zoc/seeds.jsonl", rb);
  size_t n;
  char *text = slurp(seeds_b, &n);
  ck_assert_msg(n > 0 && text[n - 1] != '\n', "the half-written line is not there: the shim did not cut it");
  free(text);
  /* the disk has room again: the run continues from its last save, to the
     uninterrupted run's bytes, and replays to its checkpoint */
  char *ar = zt_fmt("%s --resume", a);
  free(zoc_ok(0, ar));
  same_run(ra, rb);
  replay_matches(w, rb);
  free(ar);
  free(a);
  /* metrics.jsonl: its 10th write (step 8's line, after the first evaluation) fails */
  free(env);
  env = zt_fmt("%s ZT_FAULT_FILE=metrics.jsonl ZT_FAULT_FROM=10 ZT_FAULT_TO=10", shim);
  a = zt_fmt("%s --out %s --quiet", common, rc);
  err = zoc_env(1, env, a);
  want = zt_fmt("%s/zoc/metrics.jsonl", rc);
  ck_assert_msg(strstr(err, want) && strstr(err, "step 8"), "stderr: %s", err);
  free(err);
  free(want);
  ck_assert_int_eq(state_step(rc), 7);
  ar = zt_fmt("%s --resume", a);
  free(zoc_ok(0, ar));
  same_run(ra, rc);
  free(ar);
  free(a);
  free(env);
  free(seeds_b);
  free(ra);
  free(rb);
  free(rc);
  free(common);
  free(w);
  free(lm);
}
END_TEST

/* Copies run directory src to dst, then replaces line `line` (1-based) of
 * dst/file by `text` (NULL: removes it). */
static void copy_run_edit(const char *src, const char *dst, const char *file, int line, const char *text) {
  char *c = zt_fmt("rm -rf '%s' && cp -r '%s' '%s'", dst, src, dst);
  sh(c);
  free(c);
  char *p = zt_fmt("%s/%s", dst, file);
  char *all = slurp(p, NULL);
  StrBuf sb = {0};
  int k = 1;
  for (char *s = all; *s; k++) {
    char *nl = strchr(s, '\n');
    size_t len = nl ? (size_t)(nl - s + 1) : strlen(s);
    if (k != line) zo_sb_printf(&sb, "%.*s", (int)len, s);
    else if (text) zo_sb_printf(&sb, "%s\n", text);
    s += len;
  }
  write_text(p, sb.buf);
  zo_sb_free(&sb);
  free(all);
  free(p);
}

START_TEST(test_log_checks) {
  uint64_t rs = zt_seed() ^ 0xC3C3;
  const char *d = zt_tmpdir(), *tiny = zt_src("models/tiny.zo");
  char *w, *lm;
  run_inputs("lc", &rs, &w, &lm);
  char *common = train_args(w, lm, 120, &rs);
  char *rk = zt_fmt("%s/lc_k", d), *seeds_k = zt_fmt("%s/zoc/seeds.jsonl", rk), *errp = zt_fmt("%s/lc.err", d);
  char *a = zt_fmt("%s --out %s", common, rk);
  int st = run_and_signal(a, seeds_k, 80, SIGKILL, errp);
  ck_assert_msg(st == 128 + SIGKILL, "the run was not killed mid-run (status %d)", st);
  free(a);
  int64_t at = state_step(rk);
  ck_assert_msg(at > 0 && count_lines(seeds_k) > at + 1, "saved at %lld, %d log lines: the log is not ahead",
                (long long)at, count_lines(seeds_k));
  /* the killed run replays to its last save, not to the log's end */
  replay_matches(w, rk);

  /* damaged copies: refused by resume and replay with FILE:LINE. Line k+2
     is step k's (the header is line 1) */
  struct { const char *tag, *file; int line; const char *text; } bad[] = {
    {"gap", "zoc/seeds.jsonl", 10, NULL},                      /* step 8 lost: line 10 says 9 */
    {"garbage", "zoc/seeds.jsonl", 20, "{\"step\": 18, \"seed\": 0x"},
    {"zeros", "zoc/seeds.jsonl", 12, "\x01\x01\x01"},
    {"mgarbage", "zoc/metrics.jsonl", 6, "not json"},
  };
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    char *rx = zt_fmt("%s/lc_%s", d, bad[i].tag);
    copy_run_edit(rk, rx, bad[i].file, bad[i].line, bad[i].text);
    char *where = zt_fmt("%s/%s:%d", rx, bad[i].file, bad[i].line);
    a = zt_fmt("%s --out %s --resume --quiet", common, rx);
    char *err = zoc_ok(1, a);
    ck_assert_msg(strstr(err, where), "%s: stderr lacks %s: %s", bad[i].tag, where, err);
    free(err);
    free(a);
    if (!strcmp(bad[i].file, "zoc/seeds.jsonl")) {
      char *out = zt_fmt("%s.replayed.safetensors", rx);
      a = zt_fmt("replay %s " TINY_SMALL " --weights %s --run %s -o %s", tiny, w, rx, out);
      err = zoc_ok(1, a);
      ck_assert_msg(strstr(err, where), "replay --run %s: stderr lacks %s: %s", bad[i].tag, where, err);
      free(err);
      free(a);
      a = zt_fmt("replay %s " TINY_SMALL " --weights %s --seeds %s/zoc/seeds.jsonl -o %s", tiny, w, rx, out);
      err = zoc_ok(1, a);
      ck_assert_msg(strstr(err, where), "replay --seeds %s: stderr lacks %s: %s", bad[i].tag, where, err);
      ck_assert(!file_exists(out));
      free(err);
      free(a);
      free(out);
    }
    free(where);
    free(rx);
  }
  /* a log that lost its end before the save: refused, both ways */
  char *rl = zt_fmt("%s/lc_lost", d);
  copy_run_edit(rk, rl, "zoc/seeds.jsonl", 1, NULL);
  char *c = zt_fmt("head -n %lld '%s/zoc/seeds.jsonl' > '%s/s' && mv '%s/s' '%s/zoc/seeds.jsonl'", (long long)at / 2, rk, rl, rl, rl);
  sh(c);
  free(c);
  a = zt_fmt("%s --out %s --resume --quiet", common, rl);
  char *err = zoc_ok(1, a);
  ck_assert_msg(strstr(err, "lost") && strstr(err, "seeds.jsonl"), "stderr: %s", err);
  free(err);
  free(a);
  a = zt_fmt("replay %s " TINY_SMALL " --weights %s --run %s -o %s/lost.safetensors", tiny, w, rl, d);
  err = zoc_ok(1, a);
  ck_assert_msg(strstr(err, "lost") && strstr(err, "seeds.jsonl"), "stderr: %s", err);
  free(err);
  free(a);

  /* a torn last line (a kill in the middle of a write): --seeds refuses it,
     --run and --resume are past it; the torn copy ends as the killed run does */
  char *rt = zt_fmt("%s/lc_torn", d);
  c = zt_fmt("rm -rf '%s' && cp -r '%s' '%s' && printf '{\"step\":' >> '%s/zoc/seeds.jsonl'", rt, rk, rt, rt);
  sh(c);
  free(c);
  a = zt_fmt("replay %s " TINY_SMALL " --weights %s --seeds %s/zoc/seeds.jsonl -o %s/torn.safetensors", tiny, w, rt, d);
  err = zoc_ok(1, a);
  ck_assert_msg(strstr(err, "torn"), "stderr: %s", err);
  free(err);
  free(a);
  replay_matches(w, rt);
  a = zt_fmt("%s --out %s --resume --quiet", common, rk);
  free(zoc_ok(0, a));
  free(a);
  a = zt_fmt("%s --out %s --resume --quiet", common, rt);
  free(zoc_ok(0, a));
  free(a);
  same_run(rk, rt);
  replay_matches(w, rt);
  free(rt);
  free(rl);
  free(errp);
  free(seeds_k);
  free(rk);
  free(common);
  free(w);
  free(lm);
}
END_TEST

START_TEST(test_out_dir) {
  uint64_t rs = zt_seed() ^ 0xD4D4;
  const char *d = zt_tmpdir(), *tiny = zt_src("models/tiny.zo");
  char *w, *lm;
  run_inputs("od", &rs, &w, &lm);
  /* m: a directory holding the input, as a checkpoint and as a Hugging Face directory */
  char *m = zt_fmt("%s/od_m", d), *mw = zt_fmt("%s/model.safetensors", m), *keep = zt_fmt("%s/od_keep.safetensors", d);
  char *c = zt_fmt("mkdir -p '%s' && cp '%s' '%s' && cp '%s' '%s/model.safetensors' && cp '%s' '%s' && ln -s '%s' '%s/od_link'",
                m, w, mw, w, m, w, keep, m, d);
  sh(c);
  free(c);
  const char *outs[] = {"%s/od_m", "%s/od_m/.", "%s/od_link", "%s/../%s/od_m"};
  const char *ins[] = {"%s/model.safetensors", "%s"};
  for (size_t i = 0; i < sizeof outs / sizeof *outs; i++)
    for (size_t j = 0; j < sizeof ins / sizeof *ins; j++) {
      char *out = i == 3 ? zt_fmt(outs[i], d, strrchr(d, '/') + 1) : zt_fmt(outs[i], d), *in = zt_fmt(ins[j], m);
      for (int resume = 0; resume < 2; resume++) {
        char *a = zt_fmt("train %s " TINY_SMALL " --recipe qzo_norms --weights %s --task lm --data %s --device ref "
                      "--steps 3 --out %s --quiet%s", tiny, in, lm, out, resume ? " --resume" : "");
        char *err = zoc_ok(1, a);
        ck_assert_msg(strstr(err, "directory of the input") && strstr(err, out), "stderr: %s", err);
        free(err);
        free(a);
      }
      free(out);
      free(in);
    }
  ck_assert_msg(same_bytes(mw, keep), "the input was changed");
  char *e = zt_fmt("%s/zoc/seeds.jsonl", m);
  ck_assert_msg(!file_exists(e), "the input's directory got a seed log");
  free(e);
  /* a run directory whose model.safetensors is (a link to) the input:
     refused, the input intact */
  char *r = zt_fmt("%s/od_r", d);
  c = zt_fmt("mkdir -p '%s' && ln -s '%s' '%s/model.safetensors'", r, mw, r);
  sh(c);
  free(c);
  char *a = zt_fmt("train %s " TINY_SMALL " --recipe qzo_norms --weights %s --task lm --data %s --device ref --steps 3 "
                "--out %s --quiet", tiny, mw, lm, r);
  char *err = zoc_ok(1, a);
  ck_assert_msg(strstr(err, "a file this run writes") && strstr(err, mw), "stderr: %s", err);
  free(err);
  free(a);
  ck_assert_msg(same_bytes(mw, keep), "the input was changed");
  /* the data as the run's metrics.jsonl (a hard link): refused too */
  char *r2 = zt_fmt("%s/od_r2", d);
  c = zt_fmt("mkdir -p '%s/zoc' && ln '%s' '%s/zoc/metrics.jsonl'", r2, lm, r2);
  sh(c);
  free(c);
  a = zt_fmt("train %s " TINY_SMALL " --recipe qzo_norms --weights %s --task lm --data %s --device ref --steps 3 "
          "--out %s --quiet", tiny, w, lm, r2);
  err = zoc_ok(1, a);
  ck_assert_msg(strstr(err, "a file this run writes") && strstr(err, lm), "stderr: %s", err);
  free(err);
  free(a);
  /* replay -o onto its own input */
  a = zt_fmt("replay %s " TINY_SMALL " --recipe qzo_norms --weights %s --seeds %s -o %s", tiny, keep, lm, keep);
  err = zoc_ok(1, a);
  ck_assert_msg(strstr(err, "which the replay reads"), "stderr: %s", err);
  free(err);
  free(a);
  free(r2);
  free(r);
  free(m);
  free(mw);
  free(keep);
  free(w);
  free(lm);
}
END_TEST

/* A run directory of another user, or one every user may write to: refused
   before anything in it is read or written; one shared by a group trains */
START_TEST(test_run_dir_owner) {
  uint64_t rs = zt_seed() ^ 0xA7A7;
  const char *d = zt_tmpdir();
  char *w, *lm;
  run_inputs("ow", &rs, &w, &lm);
  char *common = train_args(w, lm, 3, &rs);
  char *open_dir = zt_fmt("%s/ow_open", d), *sticky = zt_fmt("%s/ow_sticky", d), *group = zt_fmt("%s/ow_group", d);
  char *c = zt_fmt("mkdir -m 0777 '%s' && mkdir -m 1777 '%s' && mkdir -m 0770 '%s'", open_dir, sticky, group);
  sh(c);
  free(c);
  const char *refused[] = {open_dir, sticky};
  for (size_t i = 0; i < 2; i++) {
    char *a = zt_fmt("%s --out %s --quiet", common, refused[i]);
    char *err = zoc_ok(1, a);
    ck_assert_msg(strstr(err, refused[i]) && strstr(err, "writable by every user"), "stderr: %s", err);
    char *p = zt_fmt("%s/zoc/zoc.lock", refused[i]);
    ck_assert_msg(!file_exists(p), "a refused run directory got a lock file");
    free(p);
    free(err);
    free(a);
  }
  char *a = zt_fmt("%s --out %s --quiet", common, group);
  free(zoc_ok(0, a));
  free(a);
  if (geteuid() == 0) {   /* root may hand a directory to another uid */
    char *other = zt_fmt("%s/ow_other", d);
    c = zt_fmt("mkdir -m 0755 '%s' && chown 65534 '%s'", other, other);
    sh(c);
    free(c);
    a = zt_fmt("%s --out %s --quiet", common, other);
    char *err = zoc_ok(1, a);
    ck_assert_msg(strstr(err, other) && strstr(err, "belongs to uid 65534"), "stderr: %s", err);
    free(err);
    free(a);
    free(other);
  } else {
    fprintf(stderr, "test_run_dir_owner: not root: the directory of another uid is not tried\n");
  }
  free(open_dir);
  free(sticky);
  free(group);
  free(common);
  free(w);
  free(lm);
}
END_TEST

START_TEST(test_stale_tmp) {
  uint64_t rs = zt_seed() ^ 0xE5E5;
  const char *d = zt_tmpdir();
  char *w, *lm;
  run_inputs("st", &rs, &w, &lm);
  char *common = train_args(w, lm, 7, &rs), *run = zt_fmt("%s/st_run", d);
  char *a = zt_fmt("%s --out %s --quiet", common, run);
  free(zoc_ok(0, a));
  free(a);
  /* what a kill during saves leaves (a full-size copy of a checkpoint, the
     writer's own temporary of one), a symlink planted under such a name, and
     a file of the user's that is not the run's */
  char *victim = zt_fmt("%s/st_victim", d);
  write_text(victim, "keep me\n");
  char *c = zt_fmt("cd '%s' && cp model.safetensors model.safetensors.tmp.12345 && cp zoc/master.safetensors "
                "zoc/master.safetensors.tmp.999 && echo x > zoc/state.json.tmp.77.tmp.77 && ln -s '%s' "
                "zoc/seeds.jsonl.tmp.4242 "
                "&& echo mine > notes.tmp.5", run, victim);
  sh(c);
  free(c);
  a = zt_fmt("%s --out %s --resume --steps 14 --quiet", common, run);
  char *err = zoc_ok(0, a);
  ck_assert_msg(strstr(err, "model.safetensors.tmp.12345"), "stderr: %s", err);
  free(err);
  free(a);
  const char *gone[] = {"model.safetensors.tmp.12345", "zoc/master.safetensors.tmp.999",
                        "zoc/state.json.tmp.77.tmp.77", "zoc/seeds.jsonl.tmp.4242"};
  for (size_t i = 0; i < sizeof gone / sizeof *gone; i++) {
    char *p = zt_fmt("%s/%s", run, gone[i]);
    struct stat sb;
    ck_assert_msg(lstat(p, &sb) != 0, "%s is still there", p);
    free(p);
  }
  char *p = zt_fmt("%s/notes.tmp.5", run), *text = slurp(victim, NULL);
  ck_assert_msg(file_exists(p), "a file that is not the run's was removed");
  ck_assert_msg(text && !strcmp(text, "keep me\n"), "the symlink's target was touched");
  ck_assert_int_eq(state_step(run), 14);
  replay_matches(w, run);
  free(text);
  free(p);
  free(victim);
  free(run);
  free(common);
  free(w);
  free(lm);
}
END_TEST

START_TEST(test_failed_start) {
  uint64_t rs = zt_seed() ^ 0xF6F6;
  const char *d = zt_tmpdir(), *tiny = zt_src("models/tiny.zo");
  char *w, *lm;
  run_inputs("fs", &rs, &w, &lm);
  /* a NaN norm weight: the start fails after the first steps, before any save */
  char *wn = zt_fmt("%s/fs_nan.safetensors", d), *run = zt_fmt("%s/fs_run", d);
  poison(w, wn, "model.norm.weight", 3, 4, NAN);
  char *a = zt_fmt("train %s " TINY_SMALL " --recipe qzo --weights %s --task lm --data %s --out %s --device ref "
                "--steps 30 --set batch=2 --train-examples all --eval-examples 0 --quiet", tiny, wn, lm, run);
  char *err = zoc_ok(1, a);
  ck_assert_msg(strstr(err, "NaN"), "stderr: %s", err);
  free(err);
  free(a);
  char *seeds = zt_fmt("%s/zoc/seeds.jsonl", run);
  ck_assert_int_eq(count_lines(seeds), 11);
  /* the corrected command, without --resume: a directory without a save is no run */
  a = zt_fmt("train %s " TINY_SMALL " --recipe qzo --weights %s --task lm --data %s --out %s --device ref "
          "--steps 8 --set batch=2 --set save_every=4 --train-examples all --eval-examples 0 --quiet", tiny, w, lm, run);
  free(zoc_ok(0, a));
  free(a);
  ck_assert_int_eq(state_step(run), 8);
  Log log = read_log(seeds);
  ck_assert_int_eq(log.n, 8);
  free_log(&log);
  replay_matches(w, run);
  /* a start refused by its settings or its data makes no directory */
  char *r2 = zt_fmt("%s/fs_none", d), *bad = zt_fmt("%s/fs_bad.jsonl", d);
  write_text(bad, "{\"tokens\": [1, 2, 3]}\n{\"tokens\": [1, 2,\n");
  const char *why[] = {"--set batch=0", "--set eps=1e-50"};
  for (size_t i = 0; i < sizeof why / sizeof *why; i++) {
    a = zt_fmt("train %s " TINY_SMALL " --recipe qzo --weights %s --task lm --data %s --out %s --device ref %s", tiny, w,
            lm, r2, why[i]);
    free(zoc_ok(1, a));
    free(a);
  }
  a = zt_fmt("train %s " TINY_SMALL " --recipe qzo --weights %s --task lm --data %s --out %s --device ref", tiny, w, bad, r2);
  free(zoc_ok(1, a));
  free(a);
  ck_assert_msg(!file_exists(r2), "a failed start made %s", r2);
  free(bad);
  free(r2);
  free(seeds);
  free(run);
  free(wn);
  free(w);
  free(lm);
}
END_TEST

START_TEST(test_f32_settings) {
  uint64_t rs = zt_seed() ^ 0x0707;
  const char *d = zt_tmpdir(), *tiny = zt_src("models/tiny.zo");
  char *w, *lm;
  run_inputs("f32", &rs, &w, &lm);
  /* positive in double, 0 (or subnormal, or Inf) in f32, where training uses them */
  struct { const char *set, *says; } bad[] = {
    {"eps=1e-50", "eps = 1e-50 is 0 in f32"},   {"eps=1e-40", "eps = 1e-40 is subnormal in f32"},
    {"eps=1e39", "eps = 1e+39 is Inf in f32"},  {"lr=1e-50", "lr = 1e-50 is 0 in f32"},
    {"weight_decay=1e-60", "weight_decay = 1e-60 is 0 in f32"}, {"clip=1e-50", "clip = 1e-50 is 0 in f32"},
    {"scale_min=1e39", "scale_min = 1e+39 is Inf in f32"},
  };
  char *run = zt_fmt("%s/f32_run", d);
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    char *a = zt_fmt("train %s " TINY_SMALL " --recipe qzo --weights %s --task lm --data %s --out %s --device ref "
                  "--steps 2 --set %s", tiny, w, lm, run, bad[i].set);
    char *err = zoc_ok(1, a);
    ck_assert_msg(strstr(err, bad[i].says), "--set %s: stderr: %s", bad[i].set, err);
    free(err);
    free(a);
  }
  ck_assert(!file_exists(run));
  /* the smallest normal eps trains */
  char *a = zt_fmt("train %s " TINY_SMALL " --recipe qzo --weights %s --task lm --data %s --out %s --device ref "
                "--steps 2 --set eps=1.2e-38 --quiet", tiny, w, lm, run);
  free(zoc_ok(0, a));
  free(a);
  /* a recipe: zoc check and zoc train report it at the setting */
  char *zo = zt_fmt("%s/f32.zo", d);
  char *text = zt_fmt("import \"%s\"\nrecipe tiny_eps for tiny {\n  perturb scale\n  eps = 1e-50\n}\n", tiny);
  write_text(zo, text);
  free(text);
  char *want = zt_fmt("%s:4:", zo);
  a = zt_fmt("check %s", zo);
  char *err = zoc_ok(1, a);
  ck_assert_msg(strstr(err, want) && strstr(err, "eps = 1e-50 is 0 in f32"), "stderr: %s", err);
  free(err);
  free(a);
  a = zt_fmt("train %s " TINY_SMALL " --recipe tiny_eps --weights %s --task lm --data %s --out %s/f32_r2 --device ref",
          zo, w, lm, d);
  err = zoc_ok(1, a);
  ck_assert_msg(strstr(err, want) && strstr(err, "eps = 1e-50"), "stderr: %s", err);
  free(err);
  free(a);
  free(want);
  free(zo);
  free(run);
  free(w);
  free(lm);
}
END_TEST

int main(void) {
  Suite *s = suite_create("train");
  TCase *tc = tcase_create("train");
  tcase_set_timeout(tc, 300);
  tcase_add_test(tc, test_schedule);
  tcase_add_test(tc, test_cli_errors);
  tcase_add_test(tc, test_ddc_clip);
  tcase_add_test(tc, test_update_rule);
  tcase_add_test(tc, test_scale_min);
  tcase_add_test(tc, test_replay);
  tcase_add_test(tc, test_update_rounding);
  tcase_add_test(tc, test_nan);
  tcase_add_test(tc, test_eval_classification);
  tcase_add_test(tc, test_resume);
  tcase_add_test(tc, test_zo_estimate);
  tcase_add_test(tc, test_run_lock);
  tcase_add_test(tc, test_full_disk);
  tcase_add_test(tc, test_log_checks);
  tcase_add_test(tc, test_out_dir);
  tcase_add_test(tc, test_run_dir_owner);
  tcase_add_test(tc, test_stale_tmp);
  tcase_add_test(tc, test_failed_start);
  tcase_add_test(tc, test_f32_settings);
  suite_add_tcase(s, tc);
  return zt_run_suite(s);
}
