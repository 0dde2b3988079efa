/* test_lowprec.c — the low-precision forward of docs/lowprec.md (recipe
 * `forward = fp8 | int8`, `forward_rounding`): runtime/lowprec.h's functions
 * and the reference backend's use of them, against a plain computation
 * written here from the document, on fresh random inputs.
 *
 * What is checked against what:
 *  - the quantization (zo_lp_quant_rows / _cols) against oracle_round: the
 *    grid written out as a table (the 127 non-negative e4m3fn values from
 *    their definition (8 + m)·2^(e−10), subnormals m·2^−9; the integers
 *    0..127), a linear search for the neighbours lo ≤ |v| ≤ hi, nearest by
 *    comparing the two distances (a tie to the even code), stochastic by the
 *    contract's U < p with U from the Philox word of the element's index;
 *    the scales by r = Q / a, s = a / Q in f32. Bit for bit, on inputs
 *    spanning 2^-24..2^10 with zero rows and columns, odd sizes and size 1.
 *    And the properties: every value a grid point, |x·r − xq| ≤ half a step
 *    (nearest) / < one step (stochastic), the row's largest at ±Q;
 *  - saturation and non-finite inputs of zo_lp_round;
 *  - zo_lp_matmul: the double sum of fp8 / int8 products is exact (products
 *    between 2^-18 and 448², so no partial sum of a few thousand of them
 *    rounds in double), hence equal bits to the test's own sum;
 *  - the nearest low-precision matmul against the exact f32 matmul within
 *    the grid's bound: |x − xq·s| ≤ 2^-4·|x| + 2^-10·s for e4m3 (half a step
 *    relative in a binade of 8 steps; half the subnormal step 2^-9 below
 *    2^-6), ≤ s/2 for int8, so |ŷ − y| ≤ Σ_k e_x|w| + |x|e_w + e_x·e_w, plus
 *    f32 slack (2^-20 relative for the few f32 roundings of scales and result);
 *  - the stochastic matmul is unbiased: its mean over 400 seeds is within 5
 *    standard errors (measured from the same draws) of the exact product;
 *  - the reference backend (in process): a two-matmul model's logits under
 *    forward = fp8 / int8, nearest without a perturbation and stochastic with
 *    one (both signs' halves, odd splits), equal bit for bit to the
 *    computation here: the embedding rows, each weight perturbed by ±eps·z,
 *    matmul j rounding x with stream ROUND|2j and W with ROUND|2j+1, rows
 *    counted from 0 in each half;
 *  - the command line: `zoc eval --device ref` under an fp8 / int8 recipe
 *    prints the loss the test computes (nearest, no perturbation), deterministic,
 *    and its distance from the default precision's loss within 2·max|Δlogit|
 *    with Δlogit bounded as above through both matmuls; `zoc train
 *    --set forward=fp8 --set forward_rounding=stochastic --device ref` trains
 *    (finite losses, the seed log, the checkpoint changed) and two runs with
 *    the same seed write the same bytes; `forward = fp9` is an error naming
 *    the file and line.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "codegen/zo_rng.h"
#include "frontend/ast.h"
#include "passes/passes.h"
#include "runtime/exec.h"
#include "runtime/lowprec.h"
#include "runtime/randw.h"
#include "runtime/safetensors.h"
#include "runtime/weights.h"
#include "support/support.h"
#include "testutil.h"

extern const Backend zo_backend_ref;

/* ---- the oracle: the grids as tables, rounding by search */
static int grid(int kind, double *g) {   /* the non-negative grid, ascending */
  if (kind == ZO_LP_INT8) {
    for (int i = 0; i <= 127; i++) g[i] = i;
    return 128;
  }
  for (int c = 0; c < 127; c++) {   /* code 0x7F is NaN */
    int e = c >> 3, m = c & 7;
    g[c] = e == 0 ? ldexp(m, -9) : ldexp(8 + m, e - 10);
  }
  return 127;
}

static uint32_t word_of(uint64_t seed, uint32_t stream, uint64_t idx) {
  return zo_rng_words(seed, stream, idx >> 1).w[2 + (idx & 1)];
}

static double oracle_round(int kind, int mode, float v, uint32_t w) {
  static double g[2][128];
  static int ng[2];
  int gi = kind == ZO_LP_INT8;
  if (!ng[gi]) ng[gi] = grid(kind, g[gi]);
  double av = fabs((double)v), Q = g[gi][ng[gi] - 1];
  double sg = v < 0 ? -1 : 1;
  if (av >= Q) return sg * Q;
  int i = 0;
  while (g[gi][i + 1] <= av) i++;   /* g[i] <= av < g[i + 1] */
  double lo = g[gi][i], hi = g[gi][i + 1];
  if (lo == av) return sg * lo;
  bool up;
  if (mode == 0) {
    double dl = av - lo, dh = hi - av;   /* exact: neighbours of av */
    up = dh < dl || (dh == dl && (i & 1));
  } else {
    /* p = (|v| − lo) / (hi − lo) is exact (hi − lo a power of two); the
       e4m3 rounding keeps p's first 24 bits (zo_rng.h: "p truncated to 24
       bits"), int8's compares the whole fraction */
    double p = (av - lo) / (hi - lo), k = (double)(w >> 8);
    up = kind == ZO_LP_FP8 ? k < floor(ldexp(p, 24)) : ldexp(k, -24) < p;
  }
  return sg * (up ? hi : lo);
}

/* a_m, the scales of one row / column, as the document writes them (f32 ops) */
static void oracle_scales(int kind, float a, float *r, float *s) {
  float Q = kind == ZO_LP_FP8 ? 448.0f : 127.0f;
  *r = a == 0.0f ? 1.0f : Q / a;
  *s = a == 0.0f ? 1.0f : a / Q;
}

/* random values over many binades, some exactly zero, zero rows */
static void fill_wide(float *x, int64_t rows, int64_t cols, uint64_t *s) {
  for (int64_t i = 0; i < rows * cols; i++) {
    double u = zt_uniform(s, -1, 1), e = zt_uniform(s, -24, 10);
    x[i] = (float)(u * exp2(e));
    if (zt_next(s) % 23 == 0) x[i] = 0.0f;
  }
  if (rows > 2)
    for (int64_t k = 0; k < cols; k++) x[cols + k] = 0.0f;   /* row 1 all zero */
}

static int64_t rnd(uint64_t *s, int64_t lo, int64_t hi) { return lo + (int64_t)(zt_next(s) % (uint64_t)(hi - lo + 1)); }

/* the oracle of zo_lp_quant_rows (cols: on the transpose, then back) */
static void oracle_rows(int kind, int mode, uint64_t seed, uint32_t stream, const float *x, int64_t M, int64_t K,
                        int64_t stride_m, int64_t stride_k, double *xq, float *sc) {
  for (int64_t m = 0; m < M; m++) {
    float a = 0, r;
    for (int64_t k = 0; k < K; k++) a = fmaxf(a, fabsf(x[m * stride_m + k * stride_k]));
    oracle_scales(kind, a, &r, &sc[m]);
    for (int64_t k = 0; k < K; k++) {
      int64_t i = m * stride_m + k * stride_k;
      xq[i] = oracle_round(kind, mode, x[i] * r, mode ? word_of(seed, stream, (uint64_t)i) : 0);
    }
  }
}

static const char *kname(int kind) { return kind == ZO_LP_FP8 ? "fp8" : "int8"; }

/* the largest step of the grid at |v| (the neighbours' distance) */
static double step_at(int kind, double av) {
  if (kind == ZO_LP_INT8) return 1;
  if (av < 0x1p-6) return 0x1p-9;
  return ldexp(1, (int)floor(log2(av)) - 3);
}

START_TEST(test_quantize_against_oracle) {
  uint64_t s = zt_seed() ^ 0x1001;
  for (int trial = 0; trial < 24; trial++) {
    int kind = trial & 1 ? ZO_LP_INT8 : ZO_LP_FP8, mode = (trial >> 1) & 1;
    int64_t M = rnd(&s, 1, 9), K = rnd(&s, 1, 70), N = rnd(&s, 1, 13);
    ZoLp qx = {kind, mode, zt_next(&s), ZO_RNG_ROUND_STREAM | (uint32_t)rnd(&s, 0, 50)};
    ZoLp qw = {kind, mode, qx.seed, qx.stream + 1};
    float *x = zo_xmalloc((size_t)(M * K) * 4), *w = zo_xmalloc((size_t)(K * N) * 4);
    fill_wide(x, M, K, &s);
    fill_wide(w, K, N, &s);
    if (K > 2)
      for (int64_t n = 0; n < N; n++) w[2 * N + n] = 0.0f;   /* and a zero column when N > 1 below */
    if (N > 1)
      for (int64_t k = 0; k < K; k++) w[k * N + N - 1] = 0.0f;
    float *xq = zo_xmalloc((size_t)(M * K) * 4), *sx = zo_xmalloc((size_t)M * 4);
    float *wq = zo_xmalloc((size_t)(K * N) * 4), *tw = zo_xmalloc((size_t)N * 4);
    zo_lp_quant_rows(&qx, x, M, K, xq, sx);
    zo_lp_quant_cols(&qw, w, K, N, wq, tw);
    double *ox = zo_xmalloc((size_t)(M * K) * 8), *ow = zo_xmalloc((size_t)(K * N) * 8);
    float *osx = zo_xmalloc((size_t)M * 4), *otw = zo_xmalloc((size_t)N * 4);
    oracle_rows(kind, mode, qx.seed, qx.stream, x, M, K, K, 1, ox, osx);
    oracle_rows(kind, mode, qw.seed, qw.stream, w, N, K, 1, N, ow, otw);   /* column n is a "row" of stride 1 */
    float Q = zo_lp_qmax(kind);
    for (int64_t m = 0; m < M; m++) {
      ck_assert_msg(sx[m] == osx[m], "%s row %lld: s %a, the oracle's %a", kname(kind), (long long)m, sx[m], osx[m]);
      float a = 0, r, sm;
      double big = 0;
      for (int64_t k = 0; k < K; k++) a = fmaxf(a, fabsf(x[m * K + k]));
      oracle_scales(kind, a, &r, &sm);
      for (int64_t k = 0; k < K; k++) {
        int64_t i = m * K + k;
        ck_assert_msg(xq[i] == ox[i], "%s %s x[%lld,%lld] = %a (scaled %a): %a, the oracle's %a", kname(kind),
                      mode ? "stochastic" : "nearest", (long long)m, (long long)k, x[i], x[i] * r, xq[i], ox[i]);
        double xs = x[i] * r, d = fabs(xs - xq[i]), st = step_at(kind, fabs(xs) < Q ? fabs(xs) : Q);
        ck_assert_msg(mode ? d < st : d <= st / 2, "%s: |x·r − xq| = %g, step %g", kname(kind), d, st);
        ck_assert(fabs(xq[i]) <= Q);
        big = fmax(big, fabs(xq[i]));
      }
      if (a > 0 && mode == 0) ck_assert_msg(big == Q, "%s row %lld: largest |xq| %g, not Q", kname(kind), (long long)m, big);
      if (a == 0) ck_assert(sx[m] == 1.0f);
    }
    for (int64_t n = 0; n < N; n++) ck_assert_msg(tw[n] == otw[n], "%s column %lld: t %a, the oracle's %a", kname(kind),
                                                  (long long)n, tw[n], otw[n]);
    for (int64_t i = 0; i < K * N; i++)
      ck_assert_msg(wq[i] == ow[i], "%s %s w[%lld]: %a, the oracle's %a", kname(kind), mode ? "stochastic" : "nearest",
                    (long long)i, wq[i], ow[i]);
    if (N > 1) ck_assert(tw[N - 1] == 1.0f);
    free(x), free(w), free(xq), free(sx), free(wq), free(tw), free(ox), free(ow), free(osx), free(otw);
  }
}
END_TEST

START_TEST(test_round_saturates) {
  const float big[] = {448.0f, 449.0f, 463.99f, 464.0f, 1e6f, 3e38f, INFINITY};
  for (int mode = 0; mode < 2; mode++)
    for (size_t i = 0; i < ZO_COUNT(big); i++)
      for (int sg = -1; sg <= 1; sg += 2) {
        uint32_t w = (uint32_t)(i * 0x9E3779B9u);
        ck_assert_msg(zo_lp_round(ZO_LP_FP8, mode, sg * big[i], w) == sg * 448.0f, "fp8 %g -> %g", sg * big[i],
                      zo_lp_round(ZO_LP_FP8, mode, sg * big[i], w));
        ck_assert(zo_lp_round(ZO_LP_INT8, mode, sg * big[i] / 3.5f, w) == sg * 127.0f);
        ck_assert(zo_lp_round(ZO_LP_INT8, mode, sg * 127.0f, w) == sg * 127.0f);
      }
  ck_assert(zo_lp_round(ZO_LP_INT8, 0, 126.5f, 0) == 126.0f);   /* half to even */
  ck_assert(zo_lp_round(ZO_LP_INT8, 0, 125.5f, 0) == 126.0f);
  ck_assert(zo_lp_round(ZO_LP_FP8, 0, 432.0f, 0) == 448.0f);   /* between 416 and 448, 448's code even */
  ck_assert(isnan(zo_lp_round(ZO_LP_FP8, 0, NAN, 0)));
  ck_assert(zo_lp_round(ZO_LP_INT8, 1, NAN, 0) == 0.0f);
  /* a row or column holding a NaN or Inf: its scale is NaN, so is its product (as in f32) */
  float x[3] = {1.0f, NAN, 2.0f}, xq[3], sc, y;
  ZoLp q = {ZO_LP_FP8, 0, 0, 0};
  zo_lp_quant_rows(&q, x, 1, 3, xq, &sc);
  ck_assert(isnan(sc));
  float one[3] = {1, 1, 1}, oq[3], t;
  zo_lp_quant_cols(&q, one, 3, 1, oq, &t);
  zo_lp_matmul(xq, &sc, oq, &t, &y, 1, 3, 1);
  ck_assert(isnan(y));
}
END_TEST

/* the f32 inputs' quantized product, the test's way: the exact sum (see the header) */
static void oracle_product(const float *xq, const float *sx, const float *wq, const float *tw, float *y, int64_t M,
                           int64_t K, int64_t N) {
  for (int64_t m = 0; m < M; m++)
    for (int64_t n = 0; n < N; n++) {
      double acc = 0;
      for (int64_t k = K - 1; k >= 0; k--) acc += (double)xq[m * K + k] * wq[k * N + n];   /* another order: exact */
      y[m * N + n] = (float)acc * (sx[m] * tw[n]);
    }
}

/* |x − xq·s| for one element, by the grid (the header) */
static double elem_bound(int kind, double x, double s) {
  return kind == ZO_LP_FP8 ? 0x1p-4 * fabs(x) + 0x1p-10 * s : 0.5 * s;
}

START_TEST(test_matmul_exact_and_bounded) {
  uint64_t s = zt_seed() ^ 0x2002;
  for (int trial = 0; trial < 16; trial++) {
    int kind = trial & 1 ? ZO_LP_INT8 : ZO_LP_FP8;
    int64_t M = rnd(&s, 1, 7), K = rnd(&s, 1, 300), N = rnd(&s, 1, 9);
    float *x = zo_xmalloc((size_t)(M * K) * 4), *w = zo_xmalloc((size_t)(K * N) * 4);
    fill_wide(x, M, K, &s);
    zt_fill_uniform(w, (size_t)(K * N), &s, -0.1f, 0.1f);
    ZoLp qx = {kind, 0, 0, zo_lp_stream_x(0)}, qw = {kind, 0, 0, zo_lp_stream_w(0)};
    float *xq = zo_xmalloc((size_t)(M * K) * 4), *sx = zo_xmalloc((size_t)M * 4);
    float *wq = zo_xmalloc((size_t)(K * N) * 4), *tw = zo_xmalloc((size_t)N * 4);
    float *y = zo_xmalloc((size_t)(M * N) * 4), *oy = zo_xmalloc((size_t)(M * N) * 4);
    zo_lp_quant_rows(&qx, x, M, K, xq, sx);
    zo_lp_quant_cols(&qw, w, K, N, wq, tw);
    zo_lp_matmul(xq, sx, wq, tw, y, M, K, N);
    oracle_product(xq, sx, wq, tw, oy, M, K, N);
    for (int64_t i = 0; i < M * N; i++) ck_assert_msg(y[i] == oy[i], "%s y[%lld] %a, the oracle's %a", kname(kind), (long long)i, y[i], oy[i]);
    /* against the exact product of the unquantized operands */
    double worst = 0;
    for (int64_t m = 0; m < M; m++)
      for (int64_t n = 0; n < N; n++) {
        double exact = 0, bound = 0, mag = 0;
        for (int64_t k = 0; k < K; k++) {
          double xv = x[m * K + k], wv = w[k * N + n], ex = elem_bound(kind, xv, sx[m]), ew = elem_bound(kind, wv, tw[n]);
          exact += xv * wv;
          bound += ex * fabs(wv) + fabs(xv) * ew + ex * ew;
          mag += fabs(xv * wv);
        }
        bound += 0x1p-20 * (mag + fabs(y[m * N + n]));
        double err = fabs(y[m * N + n] - exact);
        ck_assert_msg(err <= bound, "%s K=%lld y[%lld,%lld] = %.9g, exact %.9g: error %g over the grid's bound %g",
                      kname(kind), (long long)K, (long long)m, (long long)n, y[m * N + n], exact, err, bound);
        if (bound > 0) worst = fmax(worst, err / bound);
      }
    if (getenv("ZOC_TEST_VERBOSE")) printf("%s K=%lld: error / bound at most %.3f\n", kname(kind), (long long)K, worst);
    free(x), free(w), free(xq), free(sx), free(wq), free(tw), free(y), free(oy);
  }
}
END_TEST

START_TEST(test_stochastic_unbiased) {
  uint64_t s = zt_seed() ^ 0x3003;
  for (int kind = ZO_LP_FP8; kind <= ZO_LP_INT8; kind++) {
    const int64_t M = 3, K = 17, N = 5;
    const int S = 400;
    float x[3 * 17], w[17 * 5], xq[3 * 17], sx[3], wq[17 * 5], tw[5], y[15];
    zt_fill_uniform(x, M * K, &s, -1, 1);
    zt_fill_uniform(w, K * N, &s, -0.2f, 0.2f);
    double sum[15] = {0}, sum2[15] = {0};
    uint64_t base = zt_next(&s);
    for (int t = 0; t < S; t++) {
      ZoLp qx = {kind, 1, base + (uint64_t)t, zo_lp_stream_x(3)}, qw = {kind, 1, base + (uint64_t)t, zo_lp_stream_w(3)};
      zo_lp_quant_rows(&qx, x, M, K, xq, sx);
      zo_lp_quant_cols(&qw, w, K, N, wq, tw);
      zo_lp_matmul(xq, sx, wq, tw, y, M, K, N);
      for (int i = 0; i < M * N; i++) sum[i] += y[i], sum2[i] += (double)y[i] * y[i];
    }
    for (int64_t m = 0; m < M; m++)
      for (int64_t n = 0; n < N; n++) {
        double exact = 0, mag = 0;
        for (int64_t k = 0; k < K; k++) exact += (double)x[m * K + k] * w[k * N + n], mag += fabs((double)x[m * K + k] * w[k * N + n]);
        int i = (int)(m * N + n);
        double mean = sum[i] / S, var = (sum2[i] - S * mean * mean) / (S - 1), se = sqrt(fmax(var, 0) / S);
        ck_assert_msg(se > 0, "%s: the stochastic product never varied", kname(kind));
        ck_assert_msg(fabs(mean - exact) <= 5 * se + 0x1p-20 * mag,
                      "%s y[%lld,%lld]: mean over %d seeds %.9g, exact %.9g, %.1f standard errors away", kname(kind),
                      (long long)m, (long long)n, S, mean, exact, fabs(mean - exact) / se);
      }
  }
}
END_TEST

/* ---- the reference backend and the command line on a two-matmul model */
static const char *MODEL_SRC =
  "import \"%s\"\n"
  "model lp(V = 11, D = 13, E = 7) {\n"
  "  input tokens : i32[B, T]\n"
  "  weight embed : f32[V, D] = \"embed\"\n"
  "  weight a : linear(dt = f32)[D, E] = \"a\"\n"
  "  weight c : linear(dt = f32)[E, V] = \"c\"\n"
  "  x = embedding(embed, tokens)\n"
  "  logits = matmul(matmul(x, a), c)\n"
  "  output logits\n"
  "}\n"
  "recipe plain for lp { perturb a, c }\n"
  "recipe f8 for lp { perturb a, c  forward = fp8  forward_rounding = stochastic }\n"
  "recipe i8 for lp { perturb a, c  forward = int8  forward_rounding = stochastic }\n"
  "recipe f8n for lp { perturb a, c  forward = fp8 }\n";

static const char *model_file(void) {
  static char path[1100];
  if (!path[0]) {
    snprintf(path, sizeof path, "%s/lp.zo", zt_tmpdir());
    FILE *fp = fopen(path, "w");
    ck_assert(fp);
    fprintf(fp, MODEL_SRC, zt_src("models/formats.zo"));
    fclose(fp);
  }
  return path;
}

typedef struct Lp {
  Program *p;
  Func *f;
  StFile *st;
  const float *embed, *a, *c;   /* a, c stored [N, K] (nn.Linear) */
  uint32_t stream_a, stream_c;
} Lp;

static Lp lp_open(const char *recipe, const char *weights) {
  Lp m = {0};
  const char *file = model_file();
  zo_diag_reset();
  m.p = zo_parse_files(&file, 1);
  ck_assert_msg(zo_diag_count() == 0, "%s does not parse", file);
  CompileOptions o = {.recipe = recipe};
  m.f = zo_compile(m.p, &o);
  ck_assert(m.f);
  m.st = zo_st_open(weights);
  ck_assert(m.st && zo_weights_bind(m.f, m.st) == 0);
  for (int i = 0; i < m.f->body->vals.len; i++) {
    const Value *v = m.f->body->vals.data[i];
    if (v->op != ZO_OP_WEIGHT) continue;
    const StTensor *t = zo_st_find(m.st, zo_weight_tensor_name(m.f, v, 0));
    ck_assert(t && t->dtype == ZO_DT_F32);
    if (!strcmp(v->name, "embed")) m.embed = t->data;
    if (!strcmp(v->name, "a")) m.a = t->data, m.stream_a = (uint32_t)v->w->stream[0];
    if (!strcmp(v->name, "c")) m.c = t->data, m.stream_c = (uint32_t)v->w->stream[0];
  }
  ck_assert(m.embed && m.a && m.c);
  return m;
}

static void lp_close(Lp *m) {
  zo_func_free(m->f);
  zo_st_close(m->st);
  zo_program_free(m->p);
}

/* W'[k, n] of a stored [N, K] linear weight, perturbed by sign·eps·z */
static float *weight_of(const float *stored, int64_t K, int64_t N, int sign, const Perturb *p, uint32_t stream) {
  float *w = zo_xmalloc((size_t)(K * N) * 4);
  for (int64_t k = 0; k < K; k++)
    for (int64_t n = 0; n < N; n++) {
      float d = sign ? p->eps * zo_rng_normal(p->seed, stream, (uint64_t)(n * K + k)) : 0.0f;
      w[k * N + n] = stored[n * K + k] + (sign < 0 ? -d : d);
    }
  return w;
}

/* y[M, N] = x W' in the low precision, the oracle's way (kind 0: f32 with a double sum) */
static void oracle_lp_matmul(int kind, int mode, uint64_t seed, int j, const float *x, const float *w, float *y,
                             int64_t M, int64_t K, int64_t N) {
  if (kind == 0) {
    for (int64_t m = 0; m < M; m++)
      for (int64_t n = 0; n < N; n++) {
        double acc = 0;
        for (int64_t k = 0; k < K; k++) acc += (double)x[m * K + k] * w[k * N + n];
        y[m * N + n] = (float)acc;
      }
    return;
  }
  double *xq = zo_xmalloc((size_t)(M * K) * 8), *wq = zo_xmalloc((size_t)(K * N) * 8);
  float *sx = zo_xmalloc((size_t)M * 4), *tw = zo_xmalloc((size_t)N * 4);
  oracle_rows(kind, mode, seed, ZO_RNG_ROUND_STREAM | (uint32_t)(2 * j), x, M, K, K, 1, xq, sx);
  oracle_rows(kind, mode, seed, ZO_RNG_ROUND_STREAM | (uint32_t)(2 * j + 1), w, N, K, 1, N, wq, tw);
  for (int64_t m = 0; m < M; m++)
    for (int64_t n = 0; n < N; n++) {
      double acc = 0;
      for (int64_t k = 0; k < K; k++) acc += xq[m * K + k] * wq[k * N + n];
      y[m * N + n] = (float)acc * (sx[m] * tw[n]);
    }
  free(xq), free(wq), free(sx), free(tw);
}

enum { LV = 11, LD = 13, LE = 7 };

/* the logits of rows tokens[0, R) (one half: rows from 0) under sign */
static void oracle_logits(const Lp *m, int kind, int mode, const Perturb *p, int sign, const int32_t *tok, int64_t R,
                          float *logits) {
  if (R == 0) return;   /* an empty half */
  float *x = zo_xmalloc((size_t)(R * LD) * 4), *h = zo_xmalloc((size_t)(R * LE) * 4);
  for (int64_t r = 0; r < R; r++) memcpy(x + r * LD, m->embed + tok[r] * LD, LD * 4);
  float *A = weight_of(m->a, LD, LE, sign, p, m->stream_a), *C = weight_of(m->c, LE, LV, sign, p, m->stream_c);
  uint64_t seed = p ? p->seed : 0;
  oracle_lp_matmul(kind, mode, seed, 0, x, A, h, R, LD, LE);
  oracle_lp_matmul(kind, mode, seed, 1, h, C, logits, R, LE, LV);
  free(x), free(h), free(A), free(C);
}

static const char *lp_weights(uint64_t *s) {
  static char path[1100];
  snprintf(path, sizeof path, "%s/lp%llu.safetensors", zt_tmpdir(), (unsigned long long)(zt_next(s) % 100000));
  Lp tmp = {0};
  const char *file = model_file();
  zo_diag_reset();
  tmp.p = zo_parse_files(&file, 1);
  CompileOptions o = {.recipe = "plain"};
  tmp.f = zo_compile(tmp.p, &o);
  ck_assert(tmp.f && zo_random_weights(tmp.f, zt_next(s), path) == 0);
  zo_func_free(tmp.f);
  zo_program_free(tmp.p);
  return path;
}

START_TEST(test_ref_backend_matches_contract) {
  uint64_t s = zt_seed() ^ 0x4004;
  const char *w = lp_weights(&s);
  const char *recipes[] = {"f8", "i8"};
  for (int ri = 0; ri < 2; ri++) {
    int kind = ri == 0 ? ZO_LP_FP8 : ZO_LP_INT8;
    Lp m = lp_open(recipes[ri], w);
    ck_assert_int_eq(zo_lp_kind(m.f), kind);
    void *st = zo_backend_ref.open(m.f, 1, NULL);
    ck_assert(st);
    for (int trial = 0; trial < 4; trial++) {
      int64_t B = rnd(&s, 1, 5), T = rnd(&s, 1, 6);
      int32_t tok[30];
      for (int64_t i = 0; i < B * T; i++) tok[i] = (int32_t)rnd(&s, 0, LV - 1);
      Perturb p = {.seed = zt_next(&s), .eps = 1e-2f, .split = rnd(&s, 0, B)};
      float got[30 * LV], want[30 * LV];
      /* nearest without a perturbation (eval), then stochastic under p (training); twice each: a cache that
         went stale would show */
      for (int rep = 0; rep < 2; rep++) {
        ck_assert(zo_backend_ref.forward(st, tok, B, T, NULL, got) == 0);
        oracle_logits(&m, kind, 0, NULL, 0, tok, B * T, want);
        ck_assert_msg(memcmp(got, want, (size_t)(B * T * LV) * 4) == 0, "%s: the unperturbed forward is not the contract's",
                      recipes[ri]);
        ck_assert(zo_backend_ref.forward(st, tok, B, T, &p, got) == 0);
        oracle_logits(&m, kind, 1, &p, +1, tok, p.split * T, want);
        oracle_logits(&m, kind, 1, &p, -1, tok + p.split * T, (B - p.split) * T, want + p.split * T * LV);
        for (int64_t i = 0; i < B * T * LV; i++)
          ck_assert_msg(got[i] == want[i], "%s B=%lld T=%lld split=%lld: logit %lld is %a, the contract's %a", recipes[ri],
                        (long long)B, (long long)T, (long long)p.split, (long long)i, got[i], want[i]);
      }
    }
    zo_backend_ref.close(st);
    lp_close(&m);
  }
}
END_TEST

/* ---- through the command line */
static double eval_loss(const char *recipe, const char *w, const char *data) {
  char *out = NULL, *err = NULL;
  char *args = zt_fmt("eval %s --recipe %s --weights %s --task lm --data %s --device ref --eval-examples all --batch 4",
                      model_file(), recipe, w, data);
  ck_assert_msg(zt_zoc(args, &out, &err) == 0, "zoc %s: %s", args, err ? err : "");
  const char *l = out ? strstr(out, "\"loss\":") : NULL;
  ck_assert_msg(l, "zoc %s printed no loss: %s", args, out ? out : "");
  double loss = strtod(l + 7, NULL);
  char *again = NULL;
  ck_assert(zt_zoc(args, &again, NULL) == 0);
  ck_assert_msg(!strcmp(out, again), "zoc %s: two runs differ:\n%s%s", args, out, again);
  free(out), free(err), free(again), free(args);
  return loss;
}

/* mean over items of the mean cross-entropy of logits[R, V] against targets */
static double ce(const float *lg, const int32_t *tg, int64_t R) {
  double sum = 0;
  for (int64_t r = 0; r < R; r++) {
    double mx = -INFINITY, z = 0;
    for (int v = 0; v < LV; v++) mx = fmax(mx, lg[r * LV + v]);
    for (int v = 0; v < LV; v++) z += exp(lg[r * LV + v] - mx);
    sum += mx + log(z) - lg[r * LV + tg[r]];
  }
  return sum / (double)R;
}

START_TEST(test_cli_eval) {
  uint64_t s = zt_seed() ^ 0x5005;
  const char *w = lp_weights(&s);
  enum { NL = 6, TL = 5 };
  int32_t tok[NL * TL], tg[NL * TL];
  char *data = zt_fmt("%s/lp.jsonl", zt_tmpdir());
  FILE *fp = fopen(data, "w");
  ck_assert(fp);
  for (int i = 0; i < NL; i++) {
    fprintf(fp, "{\"tokens\": [");
    for (int t = 0; t < TL; t++) fprintf(fp, "%s%d", t ? ", " : "", tok[i * TL + t] = (int32_t)rnd(&s, 0, LV - 1));
    fprintf(fp, "], \"targets\": [");
    for (int t = 0; t < TL; t++) fprintf(fp, "%s%d", t ? ", " : "", tg[i * TL + t] = (int32_t)rnd(&s, 0, LV - 1));
    fprintf(fp, "]}\n");
  }
  fclose(fp);
  Lp m = lp_open("plain", w);
  float l0[NL * TL * LV], lq[NL * TL * LV];
  oracle_logits(&m, 0, 0, NULL, 0, tok, NL * TL, l0);
  double d0 = eval_loss("plain", w, data);
  ck_assert_msg(fabs(d0 - ce(l0, tg, NL * TL)) <= 1e-6 * fabs(d0), "default: zoc %.9g, the test %.9g", d0, ce(l0, tg, NL * TL));
  const char *recipes[] = {"f8n", "i8"};   /* i8 rounds stochastically in training only: eval is nearest */
  for (int ri = 0; ri < 2; ri++) {
    int kind = ri == 0 ? ZO_LP_FP8 : ZO_LP_INT8;
    oracle_logits(&m, kind, 0, NULL, 0, tok, NL * TL, lq);
    double dq = eval_loss(recipes[ri], w, data), want = ce(lq, tg, NL * TL);
    ck_assert_msg(fabs(dq - want) <= 1e-6 * fabs(want), "%s: zoc %.9g, the test %.9g", kname(kind), dq, want);
    /* the distance from the default precision, within the grid's bound through both matmuls:
       ĥ − h bounded per element as in test_matmul_exact_and_bounded, then
       ŷ − y = (Q(ĥ)Q(C) − ĥC) + (ĥ − h)C; |Δ mean CE| ≤ 2·max|Δlogit| */
    float x[NL * TL * LD], h[NL * TL * LE];
    for (int r = 0; r < NL * TL; r++) memcpy(x + r * LD, m.embed + tok[r] * LD, LD * 4);
    float *A = weight_of(m.a, LD, LE, 0, NULL, 0), *C = weight_of(m.c, LE, LV, 0, NULL, 0);
    oracle_lp_matmul(kind, 0, 0, 0, x, A, h, NL * TL, LD, LE);
    float sh[NL * TL], tc[LV], ta[LE], sxv[NL * TL], junk[NL * TL * LD];
    ZoLp q = {kind, 0, 0, 0};
    zo_lp_quant_rows(&q, h, NL * TL, LE, junk, sh);
    zo_lp_quant_cols(&q, C, LE, LV, junk, tc);
    zo_lp_quant_rows(&q, x, NL * TL, LD, junk, sxv);
    zo_lp_quant_cols(&q, A, LD, LE, junk, ta);
    double dmax = 0;
    for (int r = 0; r < NL * TL; r++)
      for (int v = 0; v < LV; v++) {
        double b = 0;
        for (int k = 0; k < LE; k++) {
          double hk = h[r * LE + k], exact_h = 0, eh = 0, cw = C[k * LV + v];
          for (int d = 0; d < LD; d++) {
            double xv = x[r * LD + d], av = A[d * LE + k], ex = elem_bound(kind, xv, sxv[r]), ea = elem_bound(kind, av, ta[k]);
            exact_h += xv * av;
            eh += ex * fabs(av) + fabs(xv) * ea + ex * ea + 0x1p-20 * fabs(xv * av);
          }
          double e1 = elem_bound(kind, hk, sh[r]), e2 = elem_bound(kind, cw, tc[v]);
          b += e1 * fabs(cw) + fabs(hk) * e2 + e1 * e2 + 0x1p-20 * fabs(hk * cw) + (eh + 0x1p-20 * fabs(exact_h)) * fabs(cw);
        }
        dmax = fmax(dmax, b);
      }
    ck_assert_msg(fabs(dq - d0) <= 2 * dmax, "%s: loss %.9g, default %.9g: further than the grid allows (%g)", kname(kind),
                  dq, d0, 2 * dmax);
    ck_assert_msg(dq != d0, "%s: the loss is the default precision's: the setting did nothing", kname(kind));
    free(A), free(C);
  }
  lp_close(&m);
  free(data);
}
END_TEST

static char *read_all(const char *path, size_t *len) { return zo_read_file(path, len); }

START_TEST(test_cli_train_fp8) {
  uint64_t s = zt_seed() ^ 0x6006;
  const char *dir = zt_tmpdir();
  char *w = zt_fmt("%s/tiny.safetensors", dir), *data = zt_fmt("%s/tiny.jsonl", dir);
  char *args = zt_fmt("random-weights %s --seed %llu -o %s", zt_src("models/tiny.zo"), (unsigned long long)(zt_next(&s) % 100000), w);
  ck_assert(zt_zoc(args, NULL, NULL) == 0);
  free(args);
  zt_write_tokens(data, 16, 8, 12, 64, &s);
  unsigned long long seed = zt_next(&s) % 100000;
  char *bytes[2] = {0};
  size_t n[2];
  for (int run = 0; run < 2; run++) {
    char *out = NULL, *err = NULL;
    char *rd = zt_fmt("%s/run%d", dir, run);
    args = zt_fmt("train %s --recipe qzo --weights %s --task lm --data %s --train-examples 16 --out %s --steps 12 "
                  "--seed %llu --device ref --set forward=fp8 --set forward_rounding=stochastic",
                  zt_src("models/tiny.zo"), w, data, rd, seed);
    ck_assert_msg(zt_zoc(args, &out, &err) == 0, "zoc %s: %s", args, err ? err : "");
    char *p = zt_fmt("%s/zoc/seeds.jsonl", rd);
    size_t len;
    char *log = read_all(p, &len);
    ck_assert_msg(log && zt_count(log, "\n") == 13, "%s: %d lines, want the header and 12 steps", p, log ? zt_count(log, "\n") : -1);
    free(log), free(p);
    p = zt_fmt("%s/zoc/metrics.jsonl", rd);
    log = read_all(p, &len);
    ck_assert(log);
    ck_assert_msg(!strstr(log, "null") && !strstr(log, "nan"), "%s: a loss that is not finite:\n%s", p, log);
    ck_assert_msg(zt_count(log, "\"loss_plus\"") == 12, "%s: not 12 steps:\n%s", p, log);
    free(log), free(p);
    p = zt_fmt("%s/model.safetensors", rd);
    bytes[run] = read_all(p, &n[run]);
    ck_assert(bytes[run]);
    free(p), free(rd), free(args), free(out), free(err);
  }
  size_t n0;
  char *init = read_all(w, &n0);
  ck_assert(n[0] == n[1] && !memcmp(bytes[0], bytes[1], n[0]));   /* the rounding words are the seed's: a replay */
  /* the trained checkpoint holds other scales than the initial one: compare the student's tensors via zoc loss */
  char *o0 = NULL, *o1 = NULL, *tr = zt_fmt("%s/run0/model.safetensors", dir);
  char *a0 = zt_fmt("loss %s --weights %s --data %s --device ref", zt_src("models/tiny.zo"), w, data);
  char *a1 = zt_fmt("loss %s --weights %s --data %s --device ref", zt_src("models/tiny.zo"), tr, data);
  ck_assert(zt_zoc(a0, &o0, NULL) == 0 && zt_zoc(a1, &o1, NULL) == 0);
  ck_assert_msg(strcmp(o0, o1) != 0, "training under forward = fp8 changed nothing");
  free(o0), free(o1), free(a0), free(a1), free(tr), free(init);
  free(bytes[0]), free(bytes[1]), free(w), free(data);
}
END_TEST

START_TEST(test_bad_setting) {
  const char *bad[][3] = {{"forward = fp9", "forward", ":3:"}, {"forward_rounding = up", "forward_rounding", ":3:"}};
  for (size_t i = 0; i < ZO_COUNT(bad); i++) {
    char *path = zt_fmt("%s/bad%zu.zo", zt_tmpdir(), i);
    FILE *fp = fopen(path, "w");
    ck_assert(fp);
    fprintf(fp, "import \"%s\"\nrecipe r for tiny {\n  %s\n}\n", zt_src("models/tiny.zo"), bad[i][0]);
    fclose(fp);
    char *out = NULL, *err = NULL, *args = zt_fmt("check %s", path);
    ck_assert_int_eq(zt_zoc(args, &out, &err), 1);
    char *where = zt_fmt("%s%s", path, bad[i][2]);
    ck_assert_msg(err && strstr(err, where) && strstr(err, bad[i][1]), "zoc %s:\n%s", args, err ? err : "");
    free(out), free(err), free(args), free(where), free(path);
  }
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("lowprec");
  TCase *tc = tcase_create("lowprec");
  tcase_set_timeout(tc, 600);
  tcase_add_test(tc, test_quantize_against_oracle);
  tcase_add_test(tc, test_round_saturates);
  tcase_add_test(tc, test_matmul_exact_and_bounded);
  tcase_add_test(tc, test_stochastic_unbiased);
  tcase_add_test(tc, test_ref_backend_matches_contract);
  tcase_add_test(tc, test_cli_eval);
  tcase_add_test(tc, test_cli_train_fp8);
  tcase_add_test(tc, test_bad_setting);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) { return zt_run_suite(suite()); }
