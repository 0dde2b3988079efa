/* test_ref.c — checks the plain-C reference ops (runtime/ref.c) against an independent
 * float64 numpy oracle (tests/py/ref_oracle.py), and against hand-worked answers.
 *
 * Each test draws fresh random shapes (odd sizes, size 1, T = 1, GQA ratios 1/2/4, causal
 * and not, ignored targets) and values, writes the inputs as raw little-endian f32/i32
 * files, runs the oracle once per op over all its cases, and compares the oracle's float64
 * outputs with the reference's f32 outputs.
 *
 * Why the tolerances are so tight: ref.c computes each output in double and rounds it to
 * f32 once, so it must agree with the float64 oracle to within
 *   - half an f32 ulp of the value: |fl32(d) − d| ≤ 2⁻²⁴|d| for d in the normal range
 *     (and ≤ 2⁻¹⁵⁰ absolute in the subnormal range), plus
 *   - how far two double evaluations of the same formula can disagree: a sum of n terms is
 *     off by at most ~n·u·Σ|terms| (u = 2⁻⁵³) on each side, which is relative (n·u) when
 *     nothing cancels and absolute (n·u·S, S the magnitude of the terms) when it can.
 * tol(n, S) below turns that into zt-style (atol, rtol) with a factor 16 for the two sides
 * and for libm's few-ulp differences (glibc's erfc, numpy's SIMD exp and tanh); each op's
 * comment says which n and S apply. The slack is ~1e-15 relative: the f32 half ulp
 * (6e-8) is what the test really checks.
 * A reference that rounded to f32 mid-way, or accumulated in f32, would be off by many
 * f32 ulps and fail.
 * Set ZOC_REF_VERBOSE=1 to print the worst error per op.
 */
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/ref.h"
#include "support/support.h"
#include "testutil.h"

#define U 0x1p-53          /* unit roundoff of double */
#define HALF_ULP 0x1p-24   /* rounding a double to f32, relative, normal range */
#define SUBNORMAL 0x1p-149 /* rounding into f32's subnormal range, absolute (with slack ×2) */

typedef struct Tol {
  double atol, rtol;
} Tol;

static Tol tol(double n, double S) {
  return (Tol){.atol = SUBNORMAL + 16.0 * n * U * S, .rtol = HALF_ULP + 16.0 * n * U};
}
static const Tol EXACT = {0, 0}; /* copies: bit-exact */

/* ---- random shapes */

static int64_t rnd(uint64_t *s, int64_t lo, int64_t hi) { /* inclusive */
  return lo + (int64_t)(zt_next(s) % (uint64_t)(hi - lo + 1));
}
static int64_t rnd_odd(uint64_t *s, int64_t lo, int64_t hi) {
  int64_t v = rnd(s, lo, hi);
  return v % 2 ? v : (v + 1 <= hi ? v + 1 : v - 1);
}
static float *fresh(uint64_t *s, int64_t n, float lo, float hi) {
  float *x = zo_xmalloc((size_t)(n > 0 ? n : 1) * sizeof *x);
  zt_fill_uniform(x, (size_t)n, s, lo, hi);
  return x;
}
static float *out_buf(int64_t n) { return zo_xcalloc((size_t)(n > 0 ? n : 1), sizeof(float)); }
static double max_abs(const float *x, int64_t n) {
  double m = 0;
  for (int64_t i = 0; i < n; i++) m = fmax(m, fabs(x[i]));
  return m;
}

/* ---- a batch: the cases of one op, checked with one oracle run */

#define MAX_CASES 16
typedef struct Batch {
  const char *op;
  int n;            /* cases finished so far; the next input belongs to case n */
  StrBuf args;      /* " NAME:ARGS" per case, for the command line */
  float *got[MAX_CASES];
  int64_t len[MAX_CASES];
  Tol tol[MAX_CASES];
} Batch;

static const char *case_path(const Batch *b, int c, const char *suffix) {
  static char buf[4][700];
  static int k;
  char *p = buf[k++ % 4];
  snprintf(p, sizeof buf[0], "%s/%s_c%d.%s", zt_tmpdir(), b->op, c, suffix);
  return p;
}

static void write_input(Batch *b, int idx, const void *data, size_t bytes) {
  char suffix[16];
  snprintf(suffix, sizeof suffix, "in%d", idx);
  /* the files are raw little-endian: this test assumes a little-endian host */
  ck_assert(zo_write_file_atomic(case_path(b, b->n, suffix), data, bytes) == 0);
}
static void in_f32(Batch *b, int idx, const float *x, int64_t n) { write_input(b, idx, x, (size_t)n * sizeof *x); }
static void in_i32(Batch *b, int idx, const int32_t *x, int64_t n) { write_input(b, idx, x, (size_t)n * sizeof *x); }

/* Finishes the current case: `got` (len floats, taken over) is the reference's output. */
static void add_case(Batch *b, float *got, int64_t len, Tol t, const char *fmt, ...) ZO_PRINTF(5, 6);
static void add_case(Batch *b, float *got, int64_t len, Tol t, const char *fmt, ...) {
  ck_assert_int_lt(b->n, MAX_CASES);
  zo_sb_printf(&b->args, " %s_c%d:", b->op, b->n);
  va_list ap;
  va_start(ap, fmt);
  zo_sb_vprintf(&b->args, fmt, ap);
  va_end(ap);
  b->got[b->n] = got;
  b->len[b->n] = len;
  b->tol[b->n] = t;
  b->n++;
}

/* Runs the oracle over every case and compares; fails with the worst element. */
static void check_batch(Batch *b) {
  char *cmd = zo_xmalloc(b->args.len + 1024);
  snprintf(cmd, b->args.len + 1024, "'%s' %s '%s'%s", zt_src("tests/py/ref_oracle.py"), b->op, zt_tmpdir(),
           b->args.buf ? b->args.buf : "");
  char *out = NULL, *err = NULL;
  int rc = zt_python(cmd, &out, &err);
  ck_assert_msg(rc == 0, "oracle failed (%d) for %s: %s", rc, b->op, err ? err : "");
  double worst = 0, worst_rel = 0;
  for (int c = 0; c < b->n; c++) {
    size_t bytes;
    char *raw = zo_read_file(case_path(b, c, "out"), &bytes);
    ck_assert_msg(raw != NULL, "%s case %d: no oracle output", b->op, c);
    ck_assert_msg(bytes == (size_t)b->len[c] * sizeof(double), "%s case %d: oracle wrote %zu bytes, expected %lld",
                  b->op, c, bytes, (long long)b->len[c] * 8);
    const double *want = (const double *)raw;
    for (int64_t i = 0; i < b->len[c]; i++) {
      double g = b->got[c][i], w = want[i], d = fabs(g - w);
      ck_assert_msg(!isnan(g) && !isnan(w), "%s case %d [%lld]: NaN (got %g, oracle %g)", b->op, c, (long long)i, g, w);
      double e = d == 0 ? 0 : d / (b->tol[c].atol + b->tol[c].rtol * fabs(w));
      ck_assert_msg(e <= 1.0, "%s case %d (%s) [%lld]: got %.9g, oracle %.17g, |diff| %.3g = %.3g x tolerance", b->op,
                    c, b->args.buf, (long long)i, g, w, d, e);
      if (e > worst) worst = e;
      /* the f32-ulp measure, where the tolerance is relative (not in a cancelling tail) */
      if (b->tol[c].rtol * fabs(w) >= b->tol[c].atol && d / fabs(w) > worst_rel) worst_rel = d / fabs(w);
    }
    free(raw);
    free(b->got[c]);
  }
  if (getenv("ZOC_REF_VERBOSE"))
    fprintf(stderr, "%-15s %2d cases: worst %.3f of tolerance, worst relative error %.3g (%.2f f32 ulps)\n", b->op,
            b->n, worst, worst_rel, worst_rel / 0x1p-23);
  zo_sb_free(&b->args);
  free(cmd);
  free(out);
  free(err);
}

/* ---- matmul: Σ of K products of inputs in [-1,1]: n = K, S = K */

static void matmul_cases(const char *op, int bt, uint64_t *s) {
  Batch b = {.op = op};
  for (int c = 0; c < 7; c++) {
    int64_t M = rnd(s, 1, 40), K = rnd(s, 1, 300), N = rnd(s, 1, 40);
    if (c == 0) M = K = N = 1;
    if (c == 1) M = 1;                                                       /* a vector times a matrix */
    if (c == 2) M = rnd_odd(s, 1, 41), K = rnd_odd(s, 1, 301), N = rnd_odd(s, 1, 41);
    float *x = fresh(s, M * K, -1, 1), *w = fresh(s, K * N, -1, 1), *y = out_buf(M * N);
    in_f32(&b, 0, x, M * K);
    in_f32(&b, 1, w, K * N);
    (bt ? zo_ref_matmul_bt : zo_ref_matmul)(x, w, y, M, K, N);
    add_case(&b, y, M * N, tol((double)K, (double)K), "%lld,%lld,%lld", (long long)M, (long long)K, (long long)N);
    free(x);
    free(w);
  }
  check_batch(&b);
}

START_TEST(test_matmul) {
  uint64_t s = zt_seed() ^ 0x1001;
  matmul_cases("matmul", 0, &s);
  matmul_cases("matmul_bt", 1, &s);
}
END_TEST

/* ---- elementwise */

typedef void (*Binary)(const float *, const float *, float *, int64_t);
typedef void (*Unary)(const float *, float *, int64_t);

/* a ± b for a, b in [-4,4]: one rounding each side, the sum may cancel: n = 1, S = 8;
 * a·b does not cancel: S = 0 */
static void binary_cases(const char *op, Binary f, double S, uint64_t *s) {
  Batch b = {.op = op};
  for (int c = 0; c < 4; c++) {
    int64_t n = c == 0 ? 1 : c == 1 ? rnd_odd(s, 1, 999) : rnd(s, 1, 3000);
    float *x = fresh(s, n, -4, 4), *w = fresh(s, n, -4, 4), *y = out_buf(n);
    in_f32(&b, 0, x, n);
    in_f32(&b, 1, w, n);
    f(x, w, y, n);
    add_case(&b, y, n, tol(1, S), "%lld", (long long)n);
    free(x);
    free(w);
  }
  check_batch(&b);
}

/* Activations of x in [-12,12] (both tails: silu's and gelu's -0 limits, erfc's range,
 * tanh's saturation): no sum, n = 1; the oracle's textbook forms 1 + erf(·) and 1 + tanh(·)
 * cancel in the left tail to an absolute error ~|x|·u, so S = 12. Each op through
 * zo_ref_unary, as the ref backend runs it. */
static void unary_cases(Op op, uint64_t *s) {
  Batch b = {.op = zo_op_name(op)};
  for (int c = 0; c < 4; c++) {
    int64_t n = c == 0 ? 1 : c == 1 ? rnd_odd(s, 1, 999) : rnd(s, 1, 3000);
    float *x = fresh(s, n, -12, 12), *y = out_buf(n);
    if (c == 3 && n >= 3) x[0] = 0.0f, x[1] = -0.0f, x[2] = 1e-30f; /* tiny inputs */
    in_f32(&b, 0, x, n);
    zo_ref_unary(op, x, y, n);
    add_case(&b, y, n, tol(1, 12), "%lld", (long long)n);
    free(x);
  }
  check_batch(&b);
}

START_TEST(test_elementwise) {
  uint64_t s = zt_seed() ^ 0x2002;
  binary_cases("add", zo_ref_add, 8, &s);
  binary_cases("mul", zo_ref_mul, 0, &s);
  /* every activation (elementwise, one tensor, no attributes: what zo_ref_unary takes), a new one
     included: the oracle must know it by its name */
  int nunary = 0;
  for (int op = 0; op < ZO_OP_COUNT; op++) {
    const OpInfo *in = zo_op_info((Op)op);
    if ((in->flags & ZO_OPF_EW) && in->ntensors == 1 && in->nattrs == 0) unary_cases((Op)op, &s), nunary++;
  }
  ck_assert_int_ge(nunary, 5);   /* silu, gelu, gelu_tanh, relu, tanh */

  Batch b = {.op = "add_bias"}; /* as add: n = 1, S = 8 */
  for (int c = 0; c < 4; c++) {
    int64_t rows = c == 0 ? 1 : rnd(&s, 1, 9), n = c == 0 ? 1 : rnd(&s, 1, 100);
    float *x = fresh(&s, rows * n, -4, 4), *bias = fresh(&s, n, -4, 4), *y = out_buf(rows * n);
    in_f32(&b, 0, x, rows * n);
    in_f32(&b, 1, bias, n);
    zo_ref_add_bias(x, bias, y, rows, n);
    add_case(&b, y, rows * n, tol(1, 8), "%lld,%lld", (long long)rows, (long long)n);
    free(x);
    free(bias);
  }
  check_batch(&b);
}
END_TEST

/* ---- copies: embedding, transpose, slice must be bit-exact */

START_TEST(test_layout) {
  uint64_t s = zt_seed() ^ 0x3003;
  Batch b = {.op = "embedding"};
  for (int c = 0; c < 5; c++) {
    int64_t n_ids = c == 0 ? 1 : rnd(&s, 1, 40), V = c == 0 ? 1 : rnd(&s, 1, 50), D = c == 0 ? 1 : rnd(&s, 1, 64);
    float *table = fresh(&s, V * D, -3, 3), *y = out_buf(n_ids * D);
    int32_t *ids = zo_xmalloc((size_t)n_ids * sizeof *ids);
    for (int64_t i = 0; i < n_ids; i++) ids[i] = (int32_t)rnd(&s, 0, V - 1);
    ids[0] = (int32_t)(V - 1); /* the last row, where an off-by-one would read past the table */
    in_f32(&b, 0, table, V * D);
    in_i32(&b, 1, ids, n_ids);
    zo_ref_embedding(table, ids, y, n_ids, V, D);
    add_case(&b, y, n_ids * D, EXACT, "%lld,%lld,%lld", (long long)n_ids, (long long)V, (long long)D);
    free(table);
    free(ids);
  }
  check_batch(&b);

  b = (Batch){.op = "transpose2d"};
  for (int c = 0; c < 5; c++) {
    int64_t R = c == 0 ? 1 : rnd_odd(&s, 1, 60), C = c == 1 ? 1 : rnd(&s, 1, 60);
    float *x = fresh(&s, R * C, -3, 3), *y = out_buf(R * C);
    in_f32(&b, 0, x, R * C);
    zo_ref_transpose2d(x, y, R, C);
    add_case(&b, y, R * C, EXACT, "%lld,%lld", (long long)R, (long long)C);
    free(x);
  }
  check_batch(&b);

  b = (Batch){.op = "slice_cols"};
  for (int c = 0; c < 6; c++) {
    int64_t rows = rnd(&s, 1, 20), C = rnd(&s, 1, 50);
    int64_t begin = rnd(&s, 0, C), end = rnd(&s, begin, C);
    if (c == 0) begin = 0, end = C;     /* everything */
    if (c == 1) begin = end = C / 2;    /* nothing */
    float *x = fresh(&s, rows * C, -3, 3), *y = out_buf(rows * (end - begin));
    in_f32(&b, 0, x, rows * C);
    zo_ref_slice_cols(x, y, rows, C, begin, end);
    add_case(&b, y, rows * (end - begin), EXACT, "%lld,%lld,%lld,%lld", (long long)rows, (long long)C,
             (long long)begin, (long long)end);
    free(x);
  }
  check_batch(&b);
}
END_TEST

/* ---- norms */

START_TEST(test_norms) {
  uint64_t s = zt_seed() ^ 0x4004;
  /* rms_norm: x·w·(mean of D squares)^-½ — a product of positive-error factors, nothing
   * cancels: n = D, S = 0 (relative only) */
  Batch b = {.op = "rms_norm"};
  for (int c = 0; c < 6; c++) {
    int64_t rows = rnd(&s, 1, 8), D = c == 0 ? 1 : c == 1 ? rnd_odd(&s, 1, 301) : rnd(&s, 1, 300);
    float eps = c == 2 ? 1e-5f : c == 3 ? 1e-6f : (float)zt_uniform(&s, 0, 0.1);
    float amp = c == 4 ? 1e-3f : 2.0f; /* tiny activations, where eps matters */
    float *x = fresh(&s, rows * D, -amp, amp), *w = fresh(&s, D, -2, 2), *y = out_buf(rows * D);
    in_f32(&b, 0, x, rows * D);
    in_f32(&b, 1, w, D);
    zo_ref_rms_norm(x, w, y, rows, D, eps);
    add_case(&b, y, rows * D, tol((double)D, 0), "%lld,%lld,%.17g", (long long)rows, (long long)D, (double)eps);
    free(x);
    free(w);
  }
  check_batch(&b);

  /* layer_norm: the mean is off by ≤ D·u·max|x| on each side, and x − μ, scaled by
   * 1/σ ≤ 1/√eps and by w, carries that absolutely; the result is then a sum with b.
   * n = D, S = max|x|·max|w|/√eps + √D·max|w| + max|b|. */
  b = (Batch){.op = "layer_norm"};
  for (int c = 0; c < 6; c++) {
    int64_t rows = rnd(&s, 1, 8), D = c == 0 ? 1 : c == 1 ? rnd_odd(&s, 1, 301) : rnd(&s, 2, 300);
    float eps = c == 2 ? 1e-5f : (float)zt_uniform(&s, 1e-6, 0.1);
    int has_bias = c % 2;
    float shift = (float)zt_uniform(&s, -5, 5); /* a mean far from 0 */
    float *x = fresh(&s, rows * D, -3, 3), *w = fresh(&s, D, -2, 2), *bias = fresh(&s, D, -2, 2);
    float *y = out_buf(rows * D);
    for (int64_t i = 0; i < rows * D; i++) x[i] += shift;
    in_f32(&b, 0, x, rows * D);
    in_f32(&b, 1, w, D);
    in_f32(&b, 2, bias, D);
    zo_ref_layer_norm(x, w, has_bias ? bias : NULL, y, rows, D, eps);
    double S = max_abs(x, rows * D) * 2 / sqrt(eps) + sqrt((double)D) * 2 + 2;
    add_case(&b, y, rows * D, tol((double)D, S), "%lld,%lld,%.17g,%d", (long long)rows, (long long)D, (double)eps,
             has_bias);
    free(x);
    free(w);
    free(bias);
  }
  check_batch(&b);
}
END_TEST

/* ---- softmax: x − max is exact in double, exp is relative, the sum of n positive terms is
 * relative: n = n, S = 0. Offsets of ±800 overflow exp in double unless the max is
 * subtracted. */

START_TEST(test_softmax) {
  uint64_t s = zt_seed() ^ 0x5005;
  Batch b = {.op = "softmax"};
  static const float offsets[] = {0, 800, -800};
  for (int c = 0; c < 6; c++) {
    int64_t rows = rnd(&s, 1, 6), n = c == 0 ? 1 : c == 1 ? rnd_odd(&s, 1, 501) : rnd(&s, 1, 500);
    float *x = fresh(&s, rows * n, -20, 20), *y = out_buf(rows * n);
    for (int64_t i = 0; i < rows * n; i++) x[i] += offsets[c % 3];
    in_f32(&b, 0, x, rows * n);
    zo_ref_softmax(x, y, rows, n);
    add_case(&b, y, rows * n, tol((double)n, 0), "%lld,%lld", (long long)rows, (long long)n);
    free(x);
  }
  check_batch(&b);
}
END_TEST

/* ---- rope: y = x1 cos a ∓ x2 sin a may cancel (|x| ≤ 2, S ≥ 4); the angle a = p·θ^(-2i/hd)
 * is off by a few u·a on each side (pow, then the product), moving y by |x|·Δa:
 * n = 1, S = 4·(p_max + 1). */

START_TEST(test_rope) {
  uint64_t s = zt_seed() ^ 0x6006;
  Batch b = {.op = "rope"};
  for (int c = 0; c < 7; c++) {
    int64_t B = rnd(&s, 1, 2), T = c == 0 ? 1 : rnd(&s, 1, 9), heads = rnd(&s, 1, 4), hd = 2 * rnd(&s, 1, 32);
    int64_t pos0 = c <= 1 ? 0 : rnd(&s, 0, 8192);
    float theta = c % 3 == 0 ? 10000.0f : c % 3 == 1 ? 500000.0f : (float)zt_uniform(&s, 2, 1e6);
    if (c == 2) hd = 2;
    int64_t n = B * T * heads * hd;
    float *x = fresh(&s, n, -2, 2), *y = out_buf(n);
    in_f32(&b, 0, x, n);
    zo_ref_rope(x, y, B, T, heads, hd, theta, pos0);
    add_case(&b, y, n, tol(1, 4.0 * (double)(pos0 + T + 1)), "%lld,%lld,%lld,%lld,%.17g,%lld", (long long)B,
             (long long)T, (long long)heads, (long long)hd, (double)theta, (long long)pos0);
    free(x);
  }
  check_batch(&b);
}
END_TEST

/* ---- attention: scores are sums of hd products of [-1,1] values scaled by hd^-½, off by
 * ≤ 2·hd^1.5·u absolutely, which perturbs each probability relatively by that much; the
 * output is a weighted mean of v in [-1,1] whose terms may cancel, accumulated over T keys:
 * n = T + hd, S = 2·hd^1.5 + 2T. */

START_TEST(test_attention) {
  uint64_t s = zt_seed() ^ 0x7007;
  Batch b = {.op = "attention"};
  static const int ratios[] = {1, 2, 4};
  for (int c = 0; c < 8; c++) {
    int64_t B = rnd(&s, 1, 2), T = c >= 6 ? 1 : rnd(&s, 2, 24), KV = rnd(&s, 1, 3), hd = rnd(&s, 1, 40);
    int64_t H = KV * ratios[c % 3];
    int causal = (c / 3) % 2; /* cases 0-5: each ratio causal and not; 6-7: T = 1 */
    if (c == 1) hd = rnd_odd(&s, 1, 41), T = rnd_odd(&s, 3, 25);
    float *q = fresh(&s, B * T * H * hd, -1, 1), *k = fresh(&s, B * T * KV * hd, -1, 1);
    float *v = fresh(&s, B * T * KV * hd, -1, 1), *y = out_buf(B * T * H * hd);
    in_f32(&b, 0, q, B * T * H * hd);
    in_f32(&b, 1, k, B * T * KV * hd);
    in_f32(&b, 2, v, B * T * KV * hd);
    zo_ref_attention(q, k, v, y, B, T, H, KV, hd, causal);
    double S = 2 * pow((double)hd, 1.5) + 2 * (double)T;
    add_case(&b, y, B * T * H * hd, tol((double)(T + hd), S), "%lld,%lld,%lld,%lld,%lld,%d", (long long)B,
             (long long)T, (long long)H, (long long)KV, (long long)hd, causal);
    free(q);
    free(k);
    free(v);
  }
  check_batch(&b);
}
END_TEST

/* ---- the attributes the Hugging Face architectures need (ref.h's ZoRope and ZoAttn), against
 * the oracle's transcription of transformers' code. rope_ex: as rope (the scaled frequencies are
 * a few double operations on inv_freq, relative u each), every case with rotary_dim or scaling:
 * partial rotary (GPT-NeoX/Phi), linear, Llama 3 (factor 8, 1 and 4, original_max from 4 to
 * 8192 so that all three bands of wavelengths occur), both at once. */

START_TEST(test_rope_ex) {
  uint64_t s = zt_seed() ^ 0x6116;
  Batch b = {.op = "rope_ex"};
  for (int c = 0; c < 8; c++) {
    int64_t B = rnd(&s, 1, 2), T = rnd(&s, 1, 9), heads = rnd(&s, 1, 4), hd = 2 * rnd(&s, 2, 32);
    int64_t pos0 = c <= 1 ? 0 : rnd(&s, 0, 8192);
    ZoRope r = {.theta = c % 2 ? 10000.0f : (float)zt_uniform(&s, 2, 1e6), .factor = 1};
    if (c % 4 != 1) r.rotary_dim = 2 * rnd(&s, 1, hd / 2);                         /* partial (or whole) */
    if (c % 4 == 1 || c % 4 == 3) r.factor = c < 4 ? zt_uniform(&s, 1.5, 40) : 8;   /* scaled */
    if (c >= 4 && c % 4 != 0)   /* Llama 3's bands: original_max from 4 to 8192 */
      r.low_freq_factor = 1, r.high_freq_factor = 4, r.original_max = (double)(4 << rnd(&s, 0, 11));
    int64_t n = B * T * heads * hd;
    float *x = fresh(&s, n, -2, 2), *y = out_buf(n);
    in_f32(&b, 0, x, n);
    zo_ref_rope_ex(x, y, B, T, heads, hd, &r, pos0);
    add_case(&b, y, n, tol(1, 4.0 * (double)(pos0 + T + 1)), "%lld,%lld,%lld,%lld,%.17g,%lld,%lld,%.17g,%.17g,%.17g,%.17g",
             (long long)B, (long long)T, (long long)heads, (long long)hd, (double)r.theta, (long long)pos0,
             (long long)r.rotary_dim, r.factor, r.low_freq_factor, r.high_freq_factor, r.original_max);
    free(x);
  }
  check_batch(&b);
}
END_TEST

/* attention_ex: as attention, with the scores' size hd·scale in S instead of hd^½ (the scale
 * drawn up to 1); tanh's derivative is at most 1, so softcapping does not grow an error. */
START_TEST(test_attention_ex) {
  uint64_t s = zt_seed() ^ 0x7117;
  Batch b = {.op = "attention_ex"};
  for (int c = 0; c < 8; c++) {
    int64_t B = rnd(&s, 1, 2), T = rnd(&s, 2, 24), KV = rnd(&s, 1, 3), hd = rnd(&s, 1, 40), H = KV * rnd(&s, 1, 3);
    ZoAttn at = {.causal = c % 2 == 0};
    if (c % 4 < 2) at.scale = zt_uniform(&s, 0.01, 1);             /* Gemma 2's query_pre_attn_scalar^-½ */
    if (c % 3 != 0) at.softcap = zt_uniform(&s, 0.05, 50);        /* both small caps (tanh saturates) and large */
    if (c >= 4) at.window = rnd(&s, 1, T);                         /* Mistral's sliding window */
    float *q = fresh(&s, B * T * H * hd, -1, 1), *k = fresh(&s, B * T * KV * hd, -1, 1);
    float *v = fresh(&s, B * T * KV * hd, -1, 1), *y = out_buf(B * T * H * hd);
    in_f32(&b, 0, q, B * T * H * hd);
    in_f32(&b, 1, k, B * T * KV * hd);
    in_f32(&b, 2, v, B * T * KV * hd);
    zo_ref_attention_ex(q, k, v, y, B, T, H, KV, hd, &at);
    double S = 2 * (double)hd * (double)hd * (at.scale > 0 ? at.scale : 1 / sqrt((double)hd)) + 2 * (double)T;
    add_case(&b, y, B * T * H * hd, tol((double)(T + hd), S), "%lld,%lld,%lld,%lld,%lld,%d,%.17g,%.17g,%lld",
             (long long)B, (long long)T, (long long)H, (long long)KV, (long long)hd, at.causal, at.scale, at.softcap,
             (long long)at.window);
    free(q);
    free(k);
    free(v);
  }
  check_batch(&b);
}
END_TEST

/* slice with a period (a copy: exact), and a norm whose weight is a group of the row, as the
 * ref backend calls it (rows of G; tolerances as test_norms') against Qwen3's reshape */
START_TEST(test_slice_period_and_grouped_norms) {
  uint64_t s = zt_seed() ^ 0x8118;
  Batch b = {.op = "slice_period"};
  for (int c = 0; c < 6; c++) {
    int64_t rows = rnd(&s, 1, 12), P = rnd(&s, 1, 24), C = P * rnd(&s, 1, 6);
    int64_t begin = rnd(&s, 0, P - 1), end = rnd(&s, begin + 1, P), w = C / P * (end - begin);
    float *x = fresh(&s, rows * C, -3, 3), *y = out_buf(rows * w);
    in_f32(&b, 0, x, rows * C);
    zo_ref_slice_period(x, y, rows, C, begin, end, P);
    add_case(&b, y, rows * w, EXACT, "%lld,%lld,%lld,%lld,%lld", (long long)rows, (long long)C, (long long)begin,
             (long long)end, (long long)P);
    free(x);
  }
  check_batch(&b);
  b = (Batch){.op = "norm_grouped"};
  for (int c = 0; c < 6; c++) {
    int layer = c % 2;
    int64_t rows = rnd(&s, 1, 8), G = rnd(&s, 2, 64), D = G * rnd(&s, 1, 8);
    float eps = (float)zt_uniform(&s, 1e-6, 1e-2);
    float *x = fresh(&s, rows * D, -3, 3), *w = fresh(&s, G, -2, 2), *bias = fresh(&s, G, -2, 2), *y = out_buf(rows * D);
    in_f32(&b, 0, x, rows * D);
    in_f32(&b, 1, w, G);
    in_f32(&b, 2, bias, G);
    if (layer) zo_ref_layer_norm(x, w, bias, y, rows * D / G, G, eps);
    else zo_ref_rms_norm(x, w, y, rows * D / G, G, eps);
    double S = layer ? 3 * 2 / sqrt(eps) + sqrt((double)G) * 2 + 2 : 0;
    add_case(&b, y, rows * D, tol((double)G, S), "%lld,%lld,%lld,%.17g,%d", (long long)rows, (long long)D, (long long)G,
             (double)eps, layer);
    free(x), free(w), free(bias);
  }
  check_batch(&b);
}
END_TEST

/* ---- losses: logsumexp − x_t cancels when the target is near the max; both sides' lse is
 * off by ≤ V·u·|lse|: n = V, S = max|logit| + ln V + 1. */

static void loss_cases(const char *op, void (*f)(const float *, const int32_t *, float *, int64_t, int64_t),
                       uint64_t *s) {
  Batch b = {.op = op};
  static const float offsets[] = {0, 800, -800};
  for (int c = 0; c < 6; c++) {
    int64_t rows = c == 0 ? 1 : rnd(s, 2, 9), V = c == 0 ? 1 : c == 1 ? rnd_odd(s, 1, 1001) : rnd(s, 2, 1000);
    float *x = fresh(s, rows * V, -15, 15), *y = out_buf(rows);
    for (int64_t i = 0; i < rows * V; i++) x[i] += offsets[c % 3];
    int32_t *t = zo_xmalloc((size_t)rows * sizeof *t);
    for (int64_t r = 0; r < rows; r++) {
      t[r] = (int32_t)rnd(s, 0, V - 1);
      if (r > 0 && zt_next(s) % 4 == 0) t[r] = zt_next(s) % 2 ? -1 : -100; /* ignored */
    }
    if (c == 2) /* the target is the row's max: the loss is small and cancels most */
      for (int64_t r = 0; r < rows; r++) {
        int64_t am = 0;
        for (int64_t j = 1; j < V; j++)
          if (x[r * V + j] > x[r * V + am]) am = j;
        t[r] = (int32_t)am;
      }
    in_f32(&b, 0, x, rows * V);
    in_i32(&b, 1, t, rows);
    f(x, t, y, rows, V);
    add_case(&b, y, rows, tol((double)V, max_abs(x, rows * V) + log((double)V) + 1), "%lld,%lld", (long long)rows,
             (long long)V);
    free(x);
    free(t);
  }
  check_batch(&b);
}

START_TEST(test_losses) {
  uint64_t s = zt_seed() ^ 0x8008;
  loss_cases("cross_entropy", zo_ref_cross_entropy, &s);
  loss_cases("log_softmax_at", zo_ref_log_softmax_at, &s);
}
END_TEST

/* ---- in place: the ops ref.h allows to alias give the same bits in place */

START_TEST(test_in_place) {
  uint64_t s = zt_seed() ^ 0x9009;
  int64_t rows = rnd(&s, 1, 5), D = 2 * rnd(&s, 1, 40), n = rows * D;
  float *x = fresh(&s, n, -3, 3), *x2 = fresh(&s, n, -3, 3), *w = fresh(&s, D, -2, 2), *bias = fresh(&s, D, -2, 2);
  float *y = out_buf(n), *z = out_buf(n);
  static const Unary unary[] = {zo_ref_silu, zo_ref_gelu, zo_ref_gelu_tanh, zo_ref_relu};
  for (size_t i = 0; i < ZO_COUNT(unary); i++) {
    unary[i](x, y, n);
    memcpy(z, x, (size_t)n * sizeof *z);
    unary[i](z, z, n);
    ck_assert_msg(memcmp(y, z, (size_t)n * sizeof *z) == 0, "unary op %zu differs in place", i);
  }
#define SAME_IN_PLACE(name, out_of_place, in_place)                                  \
  do {                                                                               \
    out_of_place;                                                                    \
    memcpy(z, x, (size_t)n * sizeof *z);                                             \
    in_place;                                                                        \
    ck_assert_msg(memcmp(y, z, (size_t)n * sizeof *z) == 0, name " differs in place"); \
  } while (0)
  SAME_IN_PLACE("add", zo_ref_add(x, x2, y, n), zo_ref_add(z, x2, z, n));
  SAME_IN_PLACE("mul", zo_ref_mul(x, x2, y, n), zo_ref_mul(z, x2, z, n));
  SAME_IN_PLACE("add_bias", zo_ref_add_bias(x, bias, y, rows, D), zo_ref_add_bias(z, bias, z, rows, D));
  SAME_IN_PLACE("rms_norm", zo_ref_rms_norm(x, w, y, rows, D, 1e-5f), zo_ref_rms_norm(z, w, z, rows, D, 1e-5f));
  SAME_IN_PLACE("layer_norm", zo_ref_layer_norm(x, w, bias, y, rows, D, 1e-5f),
                zo_ref_layer_norm(z, w, bias, z, rows, D, 1e-5f));
  SAME_IN_PLACE("softmax", zo_ref_softmax(x, y, rows, D), zo_ref_softmax(z, z, rows, D));
  SAME_IN_PLACE("rope", zo_ref_rope(x, y, 1, rows, 1, D, 10000.0f, 7), zo_ref_rope(z, z, 1, rows, 1, D, 10000.0f, 7));
#undef SAME_IN_PLACE
  free(x);
  free(x2);
  free(w);
  free(bias);
  free(y);
  free(z);
}
END_TEST

/* ---- hand-worked answers */

/* |got − want| ≤ rtol·|want| for each element (want in double) */
static void expect_near(const char *what, const float *got, const double *want, int n, double rtol) {
  for (int i = 0; i < n; i++)
    ck_assert_msg(fabs(got[i] - want[i]) <= rtol * fabs(want[i]), "%s[%d]: got %.9g, want %.17g", what, i, got[i],
                  want[i]);
}

START_TEST(test_known_answers) {
  /* softmax of [0, ln 2, ln 3] is [1, 2, 3]/6. The logits are rounded to f32 (each off by
   * ≤ 2⁻²⁴·ln 3 < 6.6e-8), which moves each p relatively by ≤ 2·6.6e-8, plus half an ulp
   * (6e-8) for the output: rtol 2e-7. Shifted by 1000 (f32 ulp there is 6e-5, so use
   * [1000, 1001, 1002], exact in f32): softmax of [0, 1, 2], and no overflow. */
  {
    float x[6] = {0, (float)log(2.0), (float)log(3.0), 1000, 1001, 1002}, y[6];
    zo_ref_softmax(x, y, 2, 3);
    double e = exp(1.0), z = 1 + e + e * e;
    double want[6] = {1 / 6.0, 2 / 6.0, 3 / 6.0, 1 / z, e / z, e * e / z};
    expect_near("softmax", y, want, 6, 2e-7);
  }
  /* rms_norm of a constant vector c with eps = 0 is sign(c)·w (mean of squares c², its root
   * |c|): the double result is within 2 u of ±w, which rounds back to ±w exactly. With
   * x = 1 and eps = 3, 1/sqrt(1 + 3) = ½: y = w/2 exactly. */
  {
    float x[7], w[7], y[7];
    for (int i = 0; i < 7; i++) x[i] = -3.0f, w[i] = 0.1f * (float)(i + 1);
    zo_ref_rms_norm(x, w, y, 1, 7, 0.0f);
    for (int i = 0; i < 7; i++) ck_assert_float_eq(y[i], -w[i]);
    for (int i = 0; i < 7; i++) x[i] = 1.0f;
    zo_ref_rms_norm(x, w, y, 1, 7, 3.0f);
    for (int i = 0; i < 7; i++) ck_assert_float_eq(y[i], w[i] / 2);
  }
  /* layer_norm of [1, 2, 3], eps = 0: μ = 2, σ² = 2/3, y = (x − 2)/√(2/3) = [−√1.5, 0, √1.5];
   * with bias [1, 1, 1] it shifts by 1. Half an ulp plus u-level error: rtol 1e-7. */
  {
    float x[3] = {1, 2, 3}, w[3] = {1, 1, 1}, bias[3] = {1, 1, 1}, y[3];
    zo_ref_layer_norm(x, w, NULL, y, 1, 3, 0.0f);
    double want[3] = {-sqrt(1.5), 0, sqrt(1.5)};
    expect_near("layer_norm", y, want, 3, 1e-7);
    zo_ref_layer_norm(x, w, bias, y, 1, 3, 0.0f);
    double want_b[3] = {1 - sqrt(1.5), 1, 1 + sqrt(1.5)};
    expect_near("layer_norm+bias", y, want_b, 3, 1e-7);
  }
  /* rope at position 0 is the identity, bit for bit (cos 0 = 1, sin 0 = 0). At head_dim 2,
   * p = 1: x = (1, 0) turns by 1 radian to (cos 1, sin 1). At head_dim 4, θ = 100, p = 3:
   * pair 0 turns by 3, pair 1 by 3·100^(−2/4) = 0.3. Rounding only: rtol 1e-7. */
  {
    float x[8] = {0.5f, -1.25f, 3.0f, 2.0f, -0.75f, 1.5f, -2.0f, 0.25f}, y[8];
    zo_ref_rope(x, y, 1, 1, 2, 4, 10000.0f, 0);
    ck_assert(memcmp(x, y, sizeof x) == 0);
    float u[2] = {1, 0}, v[2];
    zo_ref_rope(u, v, 1, 1, 1, 2, 10000.0f, 1);
    double want[2] = {cos(1.0), sin(1.0)};
    expect_near("rope hd=2", v, want, 2, 1e-7);
    float a[4] = {1, 1, 2, 2}, r[4]; /* pairs (a0, a2) = (1, 2) and (a1, a3) = (1, 2) */
    zo_ref_rope(a, r, 1, 1, 1, 4, 100.0f, 3);
    double want4[4] = {cos(3.0) - 2 * sin(3.0), cos(0.3) - 2 * sin(0.3), 2 * cos(3.0) + sin(3.0),
                       2 * cos(0.3) + sin(0.3)};
    expect_near("rope hd=4", r, want4, 4, 1e-7);
  }
  /* attention: with T = 1 every head's one probability is exactly 1, so y is its kv head's
   * v (GQA: H = 4 heads over KV = 2, heads 0-1 read kv 0, heads 2-3 kv 1) bit for bit; with
   * causal masking query 0 sees only key 0, so y[0] = v[0] exactly; with all keys equal the
   * output is the plain mean of v (rtol: half an ulp plus u). */
  {
    float q[4 * 3], k[2 * 3], v[2 * 3] = {1, 2, 3, -4, -5, -6}, y[4 * 3];
    uint64_t s = zt_seed() ^ 0xa00a;
    zt_fill_uniform(q, 12, &s, -1, 1);
    zt_fill_uniform(k, 6, &s, -1, 1);
    zo_ref_attention(q, k, v, y, 1, 1, 4, 2, 3, 1);
    float want_y[12] = {1, 2, 3, 1, 2, 3, -4, -5, -6, -4, -5, -6};
    ck_assert(memcmp(y, want_y, sizeof y) == 0);

    enum { T = 4 };
    float qq[T * 2], kk[T * 2], vv[T * 2] = {1, 10, 2, 20, 4, 40, 8, 80}, yy[T * 2];
    zt_fill_uniform(qq, T * 2, &s, -1, 1);
    zt_fill_uniform(kk, T * 2, &s, -1, 1);
    zo_ref_attention(qq, kk, vv, yy, 1, T, 1, 1, 2, 1);
    ck_assert(yy[0] == 1 && yy[1] == 10);
    for (int i = 0; i < T * 2; i++) kk[i] = 0.5f; /* equal keys: equal scores */
    zo_ref_attention(qq, kk, vv, yy, 1, T, 1, 1, 2, 1);
    double want_causal[T * 2] = {1, 10, 1.5, 15, 7 / 3.0, 70 / 3.0, 15 / 4.0, 150 / 4.0};
    expect_near("attention equal keys", yy, want_causal, T * 2, 2e-7);
    zo_ref_attention(qq, kk, vv, yy, 1, T, 1, 1, 2, 0);
    double want_full[T * 2] = {3.75, 37.5, 3.75, 37.5, 3.75, 37.5, 3.75, 37.5};
    expect_near("attention equal keys, not causal", yy, want_full, T * 2, 2e-7);
  }
  /* losses: equal logits over V classes give loss ln V and log p = −ln V; an ignored target
   * gives 0. Rounding only: rtol 1e-7. */
  {
    enum { V = 10 };
    float x[3 * V], loss[3], logp[3];
    for (int i = 0; i < 3 * V; i++) x[i] = 0.7f;
    int32_t t[3] = {0, -100, V - 1};
    zo_ref_cross_entropy(x, t, loss, 3, V);
    zo_ref_log_softmax_at(x, t, logp, 3, V);
    double want_loss[3] = {log(10.0), 0, log(10.0)}, want_logp[3] = {-log(10.0), 0, -log(10.0)};
    expect_near("cross_entropy", loss, want_loss, 3, 1e-7);
    expect_near("log_softmax_at", logp, want_logp, 3, 1e-7);
  }
  /* activations at known points: Φ(1) = 0.8413447460685429 (tables), gelu_tanh(1) =
   * ½(1 + tanh(√(2/π)·1.044715)) = 0.8411919906082768, σ(1) = 0.7310585786300049. */
  {
    float x[3] = {1, -1, 0}, y[3];
    zo_ref_gelu(x, y, 3);
    double want_gelu[3] = {0.8413447460685429, -0.15865525393145705, 0};
    expect_near("gelu", y, want_gelu, 3, 1e-7);
    zo_ref_gelu_tanh(x, y, 3);
    double want_gt[3] = {0.8411919906082768, -(1 - 0.8411919906082768), 0};
    expect_near("gelu_tanh", y, want_gt, 3, 1e-7);
    zo_ref_silu(x, y, 3);
    double want_silu[3] = {0.7310585786300049, -(1 - 0.7310585786300049), 0};
    expect_near("silu", y, want_silu, 3, 1e-7);
    float r[4] = {-2, 3, -0.0f, NAN}, ry[4];
    zo_ref_relu(r, ry, 4);
    ck_assert(ry[0] == 0 && ry[1] == 3 && ry[2] == 0 && isnan(ry[3]));
    /* tanh against C's tanh in double: tanh(1) = 0.7615941559557649, odd, saturating to ±1 */
    float t[6] = {1, -1, 0, 20, -20, 0.5f}, ty[6];
    zo_ref_unary(ZO_OP_TANH, t, ty, 6);
    double want_tanh[6] = {0.7615941559557649, -0.7615941559557649, 0, 1, -1, 0.46211715726000974};
    expect_near("tanh", ty, want_tanh, 6, 1e-7);
    for (int i = 0; i < 6; i++) ck_assert_float_eq(ty[i], (float)tanh((double)t[i]));
  }
  /* matmul and layouts on small integers: exact */
  {
    float x[4] = {1, 2, 3, 4}, w[4] = {5, 6, 7, 8}, wt[4] = {5, 7, 6, 8}, y[4];
    zo_ref_matmul(x, w, y, 2, 2, 2);
    ck_assert(y[0] == 19 && y[1] == 22 && y[2] == 43 && y[3] == 50);
    zo_ref_matmul_bt(x, wt, y, 2, 2, 2);
    ck_assert(y[0] == 19 && y[1] == 22 && y[2] == 43 && y[3] == 50);
    float m[6] = {1, 2, 3, 4, 5, 6}, mt[6], sl[4];
    zo_ref_transpose2d(m, mt, 2, 3);
    ck_assert(mt[0] == 1 && mt[1] == 4 && mt[2] == 2 && mt[3] == 5 && mt[4] == 3 && mt[5] == 6);
    zo_ref_slice_cols(m, sl, 2, 3, 1, 3);
    ck_assert(sl[0] == 2 && sl[1] == 3 && sl[2] == 5 && sl[3] == 6);
    float table[6] = {10, 11, 20, 21, 30, 31}, e[6];
    int32_t ids[3] = {2, 0, 2};
    zo_ref_embedding(table, ids, e, 3, 3, 2);
    ck_assert(e[0] == 30 && e[1] == 31 && e[2] == 10 && e[3] == 11 && e[4] == 30 && e[5] == 31);
  }
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("ref");
  TCase *tc = tcase_create("oracle");
  tcase_set_timeout(tc, 120); /* each test starts the numpy oracle a few times */
  tcase_add_test(tc, test_matmul);
  tcase_add_test(tc, test_elementwise);
  tcase_add_test(tc, test_layout);
  tcase_add_test(tc, test_norms);
  tcase_add_test(tc, test_softmax);
  tcase_add_test(tc, test_rope);
  tcase_add_test(tc, test_attention);
  tcase_add_test(tc, test_rope_ex);
  tcase_add_test(tc, test_attention_ex);
  tcase_add_test(tc, test_slice_period_and_grouped_norms);
  tcase_add_test(tc, test_losses);
  suite_add_tcase(s, tc);
  TCase *local = tcase_create("local");
  tcase_add_test(local, test_in_place);
  tcase_add_test(local, test_known_answers);
  suite_add_tcase(s, local);
  return s;
}

int main(void) { return zt_run_suite(suite()); }
