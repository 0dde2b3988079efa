/* test_rng.c — checks the RNG contract of codegen/zo_rng.h against
 * independent references:
 *  - Philox4x32-10 against Random123's published known-answer vectors and
 *    against the Random123 library itself (header-only, librandom123-dev) on
 *    fresh random counters and keys;
 *  - ln and sin/cos exhaustively over every u1 and u2 the contract can produce
 *    (2^23 each) against libm in double, and z against Box–Muller in double
 *    on words from Random123, with the error bound argued in the header;
 *  - every bit against tests/py/rng_ref.py, a numpy float32 re-implementation
 *    (numpy's float32 ops are the same correctly-rounded IEEE operations);
 *  - distribution: moments and CDF points of 2^20 normals, uniforms, within
 *    6 standard errors; streams, seeds, pair halves and the uniform are
 *    uncorrelated; purity (call order, pair vs single function);
 *  - rounding: nearest equals runtime/convert.c on random bit patterns, the
 *    e4m3 decoder on all 256 codes, the int8 grid; stochastic rounding is
 *    unbiased (the mean of 1e5 roundings within 4 standard errors of x) at
 *    several magnitudes, subnormals included, and keeps the scale clamp;
 *  - CUDA: the header compiled by nvcc for sm_90 and by NVRTC (each skipped,
 *    with a note, when the toolkit is absent); when a GPU is present the
 *    device computes the same bits as this CPU code (both paths).
 * Set ZOC_TEST_VERBOSE=1 to print the measured error maxima. */
#include "codegen/zo_rng.h"
#include "runtime/convert.h"
#include "testutil.h"

#include <Random123/philox.h>
#include <dlfcn.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static const double U = 5.9604644775390625e-08; /* 2^-24: binary32 unit roundoff */

static int verbose(void) { return getenv("ZOC_TEST_VERBOSE") != NULL; }

/* ---- Philox4x32-10 */

static void check_kat(const zo_u32 ctr[4], const zo_u32 key[2], const zo_u32 want[4]) {
  ZoRng4x32 got = zo_philox4x32_10(ctr, key);
  for (int i = 0; i < 4; i++)
    ck_assert_msg(got.w[i] == want[i], "philox4x32_10 KAT word %d: got %08x want %08x", i,
                  got.w[i], want[i]);
}

/* Random123's kat_vectors for philox4x32 with 10 rounds. */
START_TEST(test_philox_kat) {
  const zo_u32 c0[4] = {0, 0, 0, 0}, k0[2] = {0, 0};
  const zo_u32 w0[4] = {0x6627e8d5, 0xe169c58d, 0xbc57ac4c, 0x9b00dbd8};
  check_kat(c0, k0, w0);
  const zo_u32 c1[4] = {0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff},
               k1[2] = {0xffffffff, 0xffffffff};
  const zo_u32 w1[4] = {0x408f276d, 0x41c83b0e, 0xa20bc7c6, 0x6d5451fd};
  check_kat(c1, k1, w1);
  const zo_u32 c2[4] = {0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344},
               k2[2] = {0xa4093822, 0x299f31d0};
  const zo_u32 w2[4] = {0xd16cfe09, 0x94fdcceb, 0x5001e420, 0x24126ea1};
  check_kat(c2, k2, w2);
}
END_TEST

START_TEST(test_philox_vs_random123) {
  uint64_t st = zt_seed() ^ 0x1111;
  for (int n = 0; n < 200000; n++) {
    uint64_t a = zt_next(&st), b = zt_next(&st), k = zt_next(&st);
    zo_u32 ctr[4] = {(zo_u32)a, (zo_u32)(a >> 32), (zo_u32)b, (zo_u32)(b >> 32)};
    zo_u32 key[2] = {(zo_u32)k, (zo_u32)(k >> 32)};
    philox4x32_ctr_t rc = {{ctr[0], ctr[1], ctr[2], ctr[3]}};
    philox4x32_key_t rk = {{key[0], key[1]}};
    philox4x32_ctr_t want = philox4x32_R(10, rc, rk);
    ZoRng4x32 got = zo_philox4x32_10(ctr, key);
    for (int i = 0; i < 4; i++)
      ck_assert_msg(got.w[i] == want.v[i],
                    "ctr %08x %08x %08x %08x key %08x %08x word %d: got %08x, Random123 %08x",
                    ctr[0], ctr[1], ctr[2], ctr[3], key[0], key[1], i, got.w[i], want.v[i]);
  }
}
END_TEST

/* The contract's counter layout, written out again from the header comment:
 * counter {lo32(index>>1), hi32(index>>1), stream, 0}, key {lo32, hi32}(seed). */
static philox4x32_ctr_t r123_words(uint64_t seed, uint32_t stream, uint64_t index) {
  uint64_t pair = index >> 1;
  philox4x32_ctr_t c = {{(uint32_t)pair, (uint32_t)(pair >> 32), stream, 0}};
  philox4x32_key_t k = {{(uint32_t)seed, (uint32_t)(seed >> 32)}};
  return philox4x32_R(10, c, k);
}

static uint64_t rand_index(uint64_t *st) {
  /* small, medium and huge logical indices (the counter's hi word matters) */
  uint64_t x = zt_next(st);
  switch (x & 3) {
  case 0: return (x >> 2) & 0xFFFF;
  case 1: return (x >> 2) & 0xFFFFFFFFull;
  default: return x >> 2 | (x << 62);
  }
}

START_TEST(test_counter_layout) {
  uint64_t st = zt_seed() ^ 0x2222;
  for (int n = 0; n < 100000; n++) {
    uint64_t seed = zt_next(&st), index = rand_index(&st);
    uint32_t stream = (uint32_t)zt_next(&st);
    philox4x32_ctr_t want = r123_words(seed, stream, index);
    ZoRng4x32 got = zo_rng_words(seed, stream, index >> 1);
    ck_assert(memcmp(got.w, want.v, sizeof got.w) == 0);
    /* the uniform is word 2 (even index) or 3 (odd index), top 24 bits */
    uint32_t w = want.v[2 + (index & 1)];
    ck_assert_msg(zo_rng_uniform(seed, stream, index) == (float)(w >> 8) * (float)U,
                  "uniform of index %llu", (unsigned long long)index);
  }
}
END_TEST

/* ---- the float kernels, exhaustively over their whole input domain */

/* Every u1 (and u2) the contract produces: (2k+1) 2^-24, k < 2^23. */
static double u_of(uint32_t k) { return (double)(2 * k + 1) * U; }

START_TEST(test_logf_exhaustive) {
  /* A-priori bounds from the header: ln u1 within 6.5u relative, r within
   * 4.3u (libm's double log is accurate to ~1e-16, far below). */
  double worst_l = 0, worst_r = 0;
  for (uint32_t k = 0; k < (1u << 23); k++) {
    float u1 = (float)u_of(k);
    ck_assert((double)u1 == u_of(k) && u1 == zo_rng_u01_open(k << 9));
    float l = zo_rng_logf(u1);
    double ld = log((double)u1);
    double el = fabs(l - ld) / fabs(ld);
    float r = ZO_RNG_SQRT(ZO_RNG_MUL(-2.0f, l));
    double rd = sqrt(-2 * ld);
    double er = fabs(r - rd) / rd;
    if (el > worst_l) worst_l = el;
    if (er > worst_r) worst_r = er;
  }
  if (verbose())
    fprintf(stderr, "ln u1: max rel err %.3g (%.2f u); r: %.3g (%.2f u)\n", worst_l, worst_l / U,
            worst_r, worst_r / U);
  ck_assert_msg(worst_l <= 6.5 * U, "ln: max relative error %g = %.2f u > 6.5 u", worst_l, worst_l / U);
  ck_assert_msg(worst_r <= 4.3 * U, "r: max relative error %g = %.2f u > 4.3 u", worst_r, worst_r / U);
}
END_TEST

START_TEST(test_sincos_exhaustive) {
  /* Bound from the header: 4u relative.  The double reference computes
   * 2 pi u2 with one rounding (angle error <= 7e-16); next to a zero of sin or
   * cos the smallest value is |sin(2 pi 2^-24)| = 3.7e-7, so the reference's
   * own relative error is < 2e-9 = 0.04u: allow 4.05u. */
  double worst = 0;
  for (uint32_t k = 0; k < (1u << 23); k++) {
    float u2 = (float)u_of(k);
    float s, c;
    zo_rng_sincos2pif(u2, &s, &c);
    double a = 2 * M_PI * (double)u2;
    double es = fabs(s - sin(a)) / fabs(sin(a)), ec = fabs(c - cos(a)) / fabs(cos(a));
    if (es > worst) worst = es;
    if (ec > worst) worst = ec;
  }
  if (verbose()) fprintf(stderr, "sin/cos(2 pi u2): max rel err %.3g (%.2f u)\n", worst, worst / U);
  ck_assert_msg(worst <= 4.05 * U, "sincos: max relative error %g = %.2f u", worst, worst / U);
  /* outside (0,1) too: the reduction is written for any |x| < 2^20 */
  uint64_t st = zt_seed() ^ 0x3333;
  for (int n = 0; n < 100000; n++) {
    float x = (float)zt_uniform(&st, -1000, 1000);
    float s, c;
    zo_rng_sincos2pif(x, &s, &c);
    double xr = (double)x - nearbyint((double)x); /* exact */
    double a = 2 * M_PI * xr;
    /* absolute here: x no longer has the 2^-24 grid that keeps |sin| away from 0 */
    ck_assert_msg(fabs(s - sin(a)) <= 4.05 * U && fabs(c - cos(a)) <= 4.05 * U, "sincos2pi(%.9g)", x);
  }
}
END_TEST

/* z against Box–Muller in double with libm on the same u1, u2, taken from
 * Random123's words (so the comparison shares no code with the header). */
START_TEST(test_normal_vs_double) {
  /* The header's bound is 9.5u relative (r 4.3u + sin/cos 4u + the product u);
   * the contract's target is 4e-6 max(1,|z|). */
  uint64_t st = zt_seed() ^ 0x4444;
  double worst = 0;
  for (int n = 0; n < 1000000; n++) {
    uint64_t seed = zt_next(&st), index = rand_index(&st);
    uint32_t stream = (uint32_t)zt_next(&st);
    philox4x32_ctr_t w = r123_words(seed, stream, index);
    double u1 = u_of(w.v[0] >> 9), u2 = u_of(w.v[1] >> 9);
    double r = sqrt(-2 * log(u1)), a = 2 * M_PI * u2;
    double zd = r * ((index & 1) ? sin(a) : cos(a));
    float z = zo_rng_normal(seed, stream, index);
    double e = fabs(z - zd);
    ck_assert_msg(e <= 4e-6 * fmax(1, fabs(zd)), "z %.9g vs %.17g", z, zd);
    ck_assert_msg(e <= 9.5 * U * fabs(zd), "z %.9g vs %.17g: rel err %.3g = %.2f u", z, zd,
                  e / fabs(zd), e / fabs(zd) / U);
    if (e / fabs(zd) > worst) worst = e / fabs(zd);
  }
  if (verbose()) fprintf(stderr, "z: max rel err %.3g (%.2f u) over 1e6 triples\n", worst, worst / U);
}
END_TEST

/* ---- bit-exact against the numpy re-implementation */

START_TEST(test_bits_vs_python) {
  enum { NN = 20000, NS = 512 };
  uint64_t st = zt_seed() ^ 0x5555;
  static uint64_t seeds[NN], idx[NN], runs[NS], steps[NS];
  static uint32_t streams[NN], queries[NS];
  char path[1024];
  snprintf(path, sizeof path, "%s/rng_in.txt", zt_tmpdir());
  FILE *f = fopen(path, "w");
  ck_assert(f);
  for (int i = 0; i < NN; i++) {
    seeds[i] = zt_next(&st);
    streams[i] = (uint32_t)zt_next(&st);
    idx[i] = rand_index(&st);
    fprintf(f, "n %llu %u %llu\n", (unsigned long long)seeds[i], streams[i], (unsigned long long)idx[i]);
  }
  for (int i = 0; i < NS; i++) {
    runs[i] = i < 4 ? (uint64_t)i : zt_next(&st);
    steps[i] = i % 2 ? (uint64_t)i : zt_next(&st);
    queries[i] = i % 3 ? (uint32_t)i : (uint32_t)zt_next(&st);
    fprintf(f, "s %llu %llu %u\n", (unsigned long long)runs[i], (unsigned long long)steps[i], queries[i]);
  }
  fclose(f);
  char args[1200], *out = NULL, *err = NULL;
  snprintf(args, sizeof args, "'%s' '%s'", zt_src("tests/py/rng_ref.py"), path);
  int rc = zt_python(args, &out, &err);
  ck_assert_msg(rc == 0 && out, "rng_ref.py failed (%d): %s", rc, err ? err : "");
  char *p = out;
  for (int i = 0; i < NN; i++) {
    unsigned long v[6];
    for (int j = 0; j < 6; j++) v[j] = strtoul(p, &p, 16);
    ZoRng4x32 w = zo_rng_words(seeds[i], streams[i], idx[i] >> 1);
    float z = zo_rng_normal(seeds[i], streams[i], idx[i]);
    float u = zo_rng_uniform(seeds[i], streams[i], idx[i]);
    for (int j = 0; j < 4; j++) ck_assert_msg(w.w[j] == v[j], "line %d word %d", i, j);
    ck_assert_msg(zo_rng_f2u(z) == v[4], "z(seed %llu, stream %u, index %llu) = %.9g (%08x), numpy %08lx",
                  (unsigned long long)seeds[i], streams[i], (unsigned long long)idx[i], z,
                  zo_rng_f2u(z), v[4]);
    ck_assert_msg(zo_rng_f2u(u) == v[5], "uniform %d", i);
  }
  for (int i = 0; i < NS; i++) {
    unsigned long long s = strtoull(p, &p, 16);
    ck_assert_msg(zo_rng_step_seed(runs[i], steps[i], queries[i]) == s, "step seed %d", i);
  }
  free(out);
  free(err);
}
END_TEST

/* ---- distribution */

enum { NSAMP = 1 << 20 };

/* 6 standard errors: with ~30 such checks, a false failure has probability
 * ~1e-7 per run, while a real defect (a wrong sign, a lost factor, a bad map)
 * moves these statistics by many standard errors at N = 2^20. */
#define WITHIN(val, want, var_one)                                                              \
  ck_assert_msg(fabs((val) - (want)) <= 6 * sqrt((var_one) / NSAMP), "%s = %.6g, want %.6g +- %.3g", \
                #val, (double)(val), (double)(want), 6 * sqrt((var_one) / NSAMP))

START_TEST(test_normal_moments) {
  uint64_t st = zt_seed() ^ 0x6666;
  uint64_t seed = zt_next(&st);
  uint32_t stream = (uint32_t)zt_next(&st);
  static const double qs[] = {-3, -2, -1, -0.5, 0, 0.5, 1, 2, 3};
  enum { NQ = sizeof qs / sizeof qs[0] };
  double m1 = 0, m2 = 0, m3 = 0, m4 = 0, below[NQ] = {0};
  for (uint64_t i = 0; i < NSAMP; i++) {
    double z = zo_rng_normal(seed, stream, i);
    m1 += z, m2 += z * z, m3 += z * z * z, m4 += z * z * z * z;
    for (int q = 0; q < NQ; q++) below[q] += z < qs[q];
  }
  m1 /= NSAMP, m2 /= NSAMP, m3 /= NSAMP, m4 /= NSAMP;
  /* variances of z^k for a standard normal: E z^2k - (E z^k)^2 */
  WITHIN(m1, 0.0, 1.0);
  WITHIN(m2, 1.0, 2.0);
  WITHIN(m3, 0.0, 15.0);
  WITHIN(m4, 3.0, 96.0); /* kurtosis 3 */
  for (int q = 0; q < NQ; q++) {
    double frac = below[q] / NSAMP, p = 0.5 * erfc(-qs[q] / M_SQRT2);
    WITHIN(frac, p, p * (1 - p));
  }
}
END_TEST

static double corr(const float *a, const float *b, size_t n) {
  double sa = 0, sb = 0, saa = 0, sbb = 0, sab = 0;
  for (size_t i = 0; i < n; i++) {
    sa += a[i], sb += b[i], saa += (double)a[i] * a[i], sbb += (double)b[i] * b[i],
        sab += (double)a[i] * b[i];
  }
  double ma = sa / n, mb = sb / n;
  return (sab / n - ma * mb) / sqrt((saa / n - ma * ma) * (sbb / n - mb * mb));
}

/* For independent variables the sample correlation has standard error
 * 1/sqrt(N); the check is 6 of them. */
#define UNCORRELATED(a, b, n)                                                                  \
  do {                                                                                         \
    double c_ = corr(a, b, n);                                                                 \
    ck_assert_msg(fabs(c_) <= 6 / sqrt((double)(n)), "corr(%s, %s) = %.4g", #a, #b, c_);       \
  } while (0)

START_TEST(test_independence) {
  enum { N = 1 << 19 };
  uint64_t st = zt_seed() ^ 0x7777;
  uint64_t seed = zt_next(&st);
  uint32_t stream = (uint32_t)zt_next(&st);
  float *z = malloc(N * sizeof *z), *zs = malloc(N * sizeof *zs), *zhi = malloc(N * sizeof *zhi),
        *zk = malloc(N * sizeof *zk), *ev = malloc(N / 2 * sizeof *ev),
        *od = malloc(N / 2 * sizeof *od), *u = malloc(N * sizeof *u);
  int same = 0;
  for (uint32_t i = 0; i < N; i++) {
    z[i] = zo_rng_normal(seed, stream, i);
    zs[i] = zo_rng_normal(seed, stream + 1, i);              /* neighbouring stream */
    zhi[i] = zo_rng_normal(seed, stream ^ 0x80000000u, i);   /* high bit of stream */
    zk[i] = zo_rng_normal(seed + 1, stream, i);              /* neighbouring seed */
    u[i] = zo_rng_uniform(seed, stream, i);
    same += z[i] == zs[i];
  }
  for (uint32_t p = 0; p < N / 2; p++) {
    /* the two halves of a Box–Muller pair share r: independent in theory, so
     * z^2 are uncorrelated as well as z */
    ev[p] = z[2 * p] * z[2 * p];
    od[p] = z[2 * p + 1] * z[2 * p + 1];
  }
  UNCORRELATED(z, zs, N);
  UNCORRELATED(z, zhi, N);
  UNCORRELATED(z, zk, N);
  UNCORRELATED(z, u, N);   /* the uniform uses the other two words */
  UNCORRELATED(ev, od, N / 2);
  for (uint32_t i = 0; i < N; i++) ev[i / 2] = z[i] * z[i], u[i] = u[i] - 0.5f;
  /* |z| against the same element's uniform (catches reuse of word 0) */
  UNCORRELATED(ev, u, N / 2);
  /* equal floats across streams: z is a function of 46 random bits, so the
   * expected count is ~N 2^-46 ~ 1e-8 */
  ck_assert_msg(same <= 1, "%d equal values across neighbouring streams", same);
  free(z), free(zs), free(zhi), free(zk), free(ev), free(od), free(u);
}
END_TEST

START_TEST(test_uniform) {
  uint64_t st = zt_seed() ^ 0x8888;
  uint64_t seed = zt_next(&st);
  uint32_t stream = (uint32_t)zt_next(&st);
  double m1 = 0, m2 = 0;
  float *a = malloc(NSAMP / 2 * sizeof *a), *b = malloc(NSAMP / 2 * sizeof *b);
  for (uint64_t i = 0; i < NSAMP; i++) {
    float u = zo_rng_uniform(seed, stream, i);
    ck_assert_msg(u >= 0.0f && u < 1.0f, "uniform %.9g out of [0,1)", u);
    ck_assert(u * 16777216.0f == floorf(u * 16777216.0f)); /* on the 2^-24 grid */
    m1 += u, m2 += (u - 0.5) * (u - 0.5);
    (i & 1 ? b : a)[i / 2] = u;
  }
  m1 /= NSAMP, m2 /= NSAMP;
  /* U(0,1): mean 1/2, Var u = 1/12; Var (u-1/2)^2 = 1/80 - 1/144 = 1/180 */
  WITHIN(m1, 0.5, 1.0 / 12);
  WITHIN(m2, 1.0 / 12, 1.0 / 180);
  UNCORRELATED(a, b, (size_t)NSAMP / 2); /* even (word 2) vs odd (word 3) */
  free(a), free(b);
}
END_TEST

/* ---- purity: any order, any entry point, the same bits */

START_TEST(test_purity) {
  enum { N = 1 << 14 };
  uint64_t st = zt_seed() ^ 0x9999;
  uint64_t seed = zt_next(&st), base = rand_index(&st) & ~1ull;
  uint32_t stream = (uint32_t)zt_next(&st);
  static float fwd[N];
  for (uint32_t i = 0; i < N; i++) fwd[i] = zo_rng_normal(seed, stream, base + i);
  /* the pair function and Box–Muller on the words agree bit for bit */
  for (uint32_t p = 0; p < N / 2; p++) {
    float z[2], y[2];
    zo_rng_normal2(seed, stream, (base >> 1) + p, z);
    zo_rng_box_muller(zo_rng_words(seed, stream, (base >> 1) + p), y);
    ck_assert(zo_rng_f2u(z[0]) == zo_rng_f2u(fwd[2 * p]) && zo_rng_f2u(z[1]) == zo_rng_f2u(fwd[2 * p + 1]));
    ck_assert(zo_rng_f2u(y[0]) == zo_rng_f2u(z[0]) && zo_rng_f2u(y[1]) == zo_rng_f2u(z[1]));
  }
  /* a shuffled order, with other calls interleaved */
  static uint32_t perm[N];
  for (uint32_t i = 0; i < N; i++) perm[i] = i;
  for (uint32_t i = N - 1; i > 0; i--) {
    uint32_t j = (uint32_t)(zt_next(&st) % (i + 1)), t = perm[i];
    perm[i] = perm[j], perm[j] = t;
  }
  for (uint32_t i = 0; i < N; i++) {
    (void)zo_rng_normal(seed ^ i, stream + i, i);
    (void)zo_rng_uniform(seed, stream, base + perm[i]);
    float z = zo_rng_normal(seed, stream, base + perm[i]);
    ck_assert(zo_rng_f2u(z) == zo_rng_f2u(fwd[perm[i]]));
  }
}
END_TEST

/* ---- per-step seeds */

static int cmp_u64(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return x < y ? -1 : x > y;
}

START_TEST(test_step_seed) {
  uint64_t st = zt_seed() ^ 0xAAAA;
  uint64_t run = zt_next(&st);
  enum { NSTEP = 4096, NQ = 4 };
  uint64_t *s = malloc(NSTEP * NQ * sizeof *s);
  for (uint64_t k = 0; k < NSTEP; k++)
    for (uint32_t q = 0; q < NQ; q++) s[k * NQ + q] = zo_rng_step_seed(run, k, q);
  qsort(s, NSTEP * NQ, sizeof *s, cmp_u64);
  for (int i = 1; i < NSTEP * NQ; i++) ck_assert_msg(s[i] != s[i - 1], "step seeds collide");
  free(s);
  /* avalanche: flipping one input bit flips each output bit with probability
   * 1/2, so the mean flipped count over M trials is 32 +- 6 * 4/sqrt(M) */
  double flips[3] = {0};
  enum { M = 64 * 300 };
  for (int t = 0; t < M; t++) {
    uint64_t r = zt_next(&st), k = zt_next(&st);
    uint32_t q = (uint32_t)zt_next(&st);
    uint64_t h = zo_rng_step_seed(r, k, q), bit = 1ull << (t % 64);
    flips[0] += __builtin_popcountll(h ^ zo_rng_step_seed(r ^ bit, k, q));
    flips[1] += __builtin_popcountll(h ^ zo_rng_step_seed(r, k ^ bit, q));
    flips[2] += __builtin_popcountll(h ^ zo_rng_step_seed(r, k, q ^ (uint32_t)(1u << (t % 32))));
  }
  for (int i = 0; i < 3; i++)
    ck_assert_msg(fabs(flips[i] / M - 32) <= 6 * 4 / sqrt(M), "avalanche of input %d: %.3f bits", i,
                  flips[i] / M);
}
END_TEST

/* ---- CUDA: nvcc, NVRTC, and the device's bits */

/* The probe kernel: what a generated kernel does, for a list of elements. */
#define PROBE_KERNEL                                                                              \
  "#include \"zo_rng.h\"\n"                                                                       \
  "extern \"C\" __global__ void zo_rng_probe(const zo_u64 *seed, const zo_u32 *stream,\n"         \
  "    const zo_u64 *index, zo_u32 *out, zo_u64 *step, int n) {\n"                               \
  "  int i = blockIdx.x * blockDim.x + threadIdx.x;\n"                                            \
  "  if (i >= n) return;\n"                                                                       \
  "  ZoRng4x32 w = zo_rng_words(seed[i], stream[i], index[i] >> 1);\n"                           \
  "  float p[2];\n"                                                                               \
  "  zo_rng_normal2(seed[i], stream[i], index[i] >> 1, p);\n"                                    \
  "  for (int j = 0; j < 4; j++) out[8 * i + j] = w.w[j];\n"                                      \
  "  out[8 * i + 4] = __float_as_uint(zo_rng_normal(seed[i], stream[i], index[i]));\n"           \
  "  out[8 * i + 5] = __float_as_uint(zo_rng_uniform(seed[i], stream[i], index[i]));\n"          \
  "  out[8 * i + 6] = __float_as_uint(p[0]);\n"                                                   \
  "  out[8 * i + 7] = __float_as_uint(p[1]);\n"                                                   \
  "  step[i] = zo_rng_step_seed(seed[i], index[i], stream[i]);\n"                                \
  "}\n"

/* Host side of the nvcc-built probe: IN has n, seeds, streams, indices; OUT
 * gets the 8 words per element and the step seeds.  Exit 77: no GPU. */
static const char probe_main[] =
    "#include <cstdio>\n"
    "#include <vector>\n"
    "#define CK(x) do { cudaError_t e_ = (x); if (e_ != cudaSuccess) {\\\n"
    "  fprintf(stderr, \"%s: %s\\n\", #x, cudaGetErrorString(e_)); return 1; } } while (0)\n"
    "int main(int argc, char **argv) {\n"
    "  int ndev = 0;\n"
    "  if (argc != 3) return 2;\n"
    "  if (cudaGetDeviceCount(&ndev) != cudaSuccess || ndev == 0) return 77;\n"
    "  FILE *f = fopen(argv[1], \"rb\");\n"
    "  int n = 0;\n"
    "  if (!f || fread(&n, 4, 1, f) != 1) return 3;\n"
    "  std::vector<zo_u64> seed(n), index(n), step(n);\n"
    "  std::vector<zo_u32> stream(n), out(8 * (size_t)n);\n"
    "  if (fread(seed.data(), 8, n, f) != (size_t)n || fread(stream.data(), 4, n, f) != (size_t)n ||\n"
    "      fread(index.data(), 8, n, f) != (size_t)n) return 3;\n"
    "  fclose(f);\n"
    "  zo_u64 *ds, *di, *dst; zo_u32 *dsm, *dout;\n"
    "  CK(cudaMalloc(&ds, 8 * n)); CK(cudaMalloc(&di, 8 * n)); CK(cudaMalloc(&dst, 8 * n));\n"
    "  CK(cudaMalloc(&dsm, 4 * n)); CK(cudaMalloc(&dout, 32 * (size_t)n));\n"
    "  CK(cudaMemcpy(ds, seed.data(), 8 * n, cudaMemcpyHostToDevice));\n"
    "  CK(cudaMemcpy(di, index.data(), 8 * n, cudaMemcpyHostToDevice));\n"
    "  CK(cudaMemcpy(dsm, stream.data(), 4 * n, cudaMemcpyHostToDevice));\n"
    "  zo_rng_probe<<<(n + 255) / 256, 256>>>(ds, dsm, di, dout, dst, n);\n"
    "  CK(cudaGetLastError()); CK(cudaDeviceSynchronize());\n"
    "  CK(cudaMemcpy(out.data(), dout, 32 * (size_t)n, cudaMemcpyDeviceToHost));\n"
    "  CK(cudaMemcpy(step.data(), dst, 8 * n, cudaMemcpyDeviceToHost));\n"
    "  f = fopen(argv[2], \"wb\");\n"
    "  if (!f || fwrite(out.data(), 4, 8 * (size_t)n, f) != 8 * (size_t)n ||\n"
    "      fwrite(step.data(), 8, n, f) != (size_t)n || fclose(f) != 0) return 4;\n"
    "  return 0;\n"
    "}\n";

enum { NPROBE = 1 << 16 };
typedef struct Probe {
  uint64_t seed[NPROBE], index[NPROBE], step[NPROBE];
  uint32_t stream[NPROBE], out[8 * NPROBE];
} Probe;

static void probe_inputs(Probe *p) {
  uint64_t st = zt_seed() ^ 0xBBBB;
  uint64_t seed = zt_next(&st);
  for (int i = 0; i < NPROBE; i++) {
    /* half a contiguous run of one tensor (as a kernel sees it), half random */
    int run = i < NPROBE / 2;
    p->seed[i] = run ? seed : zt_next(&st);
    p->stream[i] = run ? 7u : (uint32_t)zt_next(&st);
    p->index[i] = run ? (uint64_t)i : rand_index(&st);
  }
}

/* Compares what a device computed (p->out, p->step) with this CPU's bits. */
static void probe_check(const Probe *p, const char *who) {
  for (int i = 0; i < NPROBE; i++) {
    ZoRng4x32 w = zo_rng_words(p->seed[i], p->stream[i], p->index[i] >> 1);
    float pr[2];
    zo_rng_normal2(p->seed[i], p->stream[i], p->index[i] >> 1, pr);
    uint32_t want[8] = {w.w[0], w.w[1], w.w[2], w.w[3],
                        zo_rng_f2u(zo_rng_normal(p->seed[i], p->stream[i], p->index[i])),
                        zo_rng_f2u(zo_rng_uniform(p->seed[i], p->stream[i], p->index[i])),
                        zo_rng_f2u(pr[0]), zo_rng_f2u(pr[1])};
    for (int j = 0; j < 8; j++)
      ck_assert_msg(p->out[8 * i + j] == want[j],
                    "%s: element %d (seed %llu stream %u index %llu) output %d: device %08x, CPU %08x",
                    who, i, (unsigned long long)p->seed[i], p->stream[i],
                    (unsigned long long)p->index[i], j, p->out[8 * i + j], want[j]);
    ck_assert_msg(p->step[i] == zo_rng_step_seed(p->seed[i], p->index[i], p->stream[i]),
                  "%s: step seed %d", who, i);
  }
}

static const char *codegen_dir(void) { return zt_src("codegen"); }

START_TEST(test_nvcc) {
  if (zt_run("command -v nvcc", NULL, NULL) != 0) {
    fprintf(stderr, "test_rng: nvcc not on PATH: the nvcc compile check is skipped\n");
    return;
  }
  const char *d = zt_tmpdir();
  char cu[1024], exe[1024], in[1024], outp[1024], cmd[4096];
  snprintf(cu, sizeof cu, "%s/probe.cu", d);
  snprintf(exe, sizeof exe, "%s/probe", d);
  snprintf(in, sizeof in, "%s/probe.in", d);
  snprintf(outp, sizeof outp, "%s/probe.out", d);
  FILE *f = fopen(cu, "w");
  ck_assert(f);
  fputs(PROBE_KERNEL, f);
  fputs(probe_main, f);
  fclose(f);
  /* the compile check: device code for sm_90 (plus the host side to run it) */
  char *out = NULL, *err = NULL;
  snprintf(cmd, sizeof cmd, "nvcc -arch=sm_90 -O3 -Werror all-warnings -I'%s' -o '%s' '%s'",
           codegen_dir(), exe, cu);
  int rc = zt_run(cmd, &out, &err);
  ck_assert_msg(rc == 0, "%s\nfailed (%d):\n%s%s", cmd, rc, out ? out : "", err ? err : "");
  free(out), free(err);

  Probe *p = malloc(sizeof *p);
  probe_inputs(p);
  f = fopen(in, "wb");
  ck_assert(f);
  int n = NPROBE;
  fwrite(&n, 4, 1, f);
  fwrite(p->seed, 8, NPROBE, f);
  fwrite(p->stream, 4, NPROBE, f);
  fwrite(p->index, 8, NPROBE, f);
  ck_assert(fclose(f) == 0);
  snprintf(cmd, sizeof cmd, "'%s' '%s' '%s'", exe, in, outp);
  rc = zt_run(cmd, &out, &err);
  if (rc == 77) {
    fprintf(stderr, "test_rng: no CUDA device: the nvcc-built probe compiled but did not run\n");
  } else {
    ck_assert_msg(rc == 0, "probe failed (%d): %s", rc, err ? err : "");
    f = fopen(outp, "rb");
    ck_assert(f);
    ck_assert(fread(p->out, 4, 8 * NPROBE, f) == 8 * NPROBE);
    ck_assert(fread(p->step, 8, NPROBE, f) == NPROBE);
    fclose(f);
    probe_check(p, "nvcc");
  }
  free(out), free(err), free(p);
}
END_TEST

/* NVRTC and the driver API are loaded with dlopen, as the runtime does, and
 * declared here by hand (their ABI is stable; no CUDA headers needed). */
typedef int (*NvrtcCreate)(void **, const char *, const char *, int, const char *const *, const char *const *);
typedef int (*NvrtcCompile)(void *, int, const char *const *);
typedef int (*NvrtcSize)(void *, size_t *);
typedef int (*NvrtcGet)(void *, char *);
typedef int (*NvrtcDestroy)(void **);

/* Libraries stay loaded for the life of the process, as in the runtime:
 * dlclose of libnvrtc would orphan its C++ runtime's allocations, which
 * LeakSanitizer then reports as leaks. */
static void *dlopen_first(const char *const *names) {
  for (; *names; names++) {
    void *h = dlopen(*names, RTLD_NOW | RTLD_LOCAL);
    if (h) return h;
  }
  return NULL;
}

static char *zo_rng_read_header(void) {
  FILE *f = fopen(zt_src("codegen/zo_rng.h"), "rb");
  ck_assert_msg(f, "cannot open %s", zt_src("codegen/zo_rng.h"));
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *s = calloc((size_t)n + 1, 1);
  ck_assert(fread(s, 1, (size_t)n, f) == (size_t)n);
  fclose(f);
  return s;
}

/* Compiles the probe with NVRTC for `arch`; returns the CUBIN (malloc'd). */
static char *nvrtc_compile(void *lib, const char *arch, int fast_math, size_t *size) {
  NvrtcCreate create = (NvrtcCreate)dlsym(lib, "nvrtcCreateProgram");
  NvrtcCompile compile = (NvrtcCompile)dlsym(lib, "nvrtcCompileProgram");
  NvrtcSize logsize = (NvrtcSize)dlsym(lib, "nvrtcGetProgramLogSize");
  NvrtcGet getlog = (NvrtcGet)dlsym(lib, "nvrtcGetProgramLog");
  NvrtcSize binsize = (NvrtcSize)dlsym(lib, "nvrtcGetCUBINSize");
  NvrtcGet getbin = (NvrtcGet)dlsym(lib, "nvrtcGetCUBIN");
  NvrtcDestroy destroy = (NvrtcDestroy)dlsym(lib, "nvrtcDestroyProgram");
  ck_assert(create && compile && logsize && getlog && binsize && getbin && destroy);
  /* the header travels as an in-memory header, as generated code will carry
   * it: nothing may come from include paths */
  char *hdr = zo_rng_read_header();
  const char *hdrs[] = {hdr}, *names[] = {"zo_rng.h"};
  void *prog = NULL;
  ck_assert(create(&prog, PROBE_KERNEL, "probe.cu", 1, hdrs, names) == 0);
  char archopt[64];
  snprintf(archopt, sizeof archopt, "--gpu-architecture=%s", arch);
  const char *opts[] = {archopt, "--use_fast_math", "-ftz=true"};
  int rc = compile(prog, fast_math ? 3 : 1, opts);
  size_t ls = 0;
  logsize(prog, &ls);
  char *log = calloc(ls + 1, 1);
  getlog(prog, log);
  ck_assert_msg(rc == 0, "NVRTC failed to compile zo_rng.h (%s):\n%s", arch, log);
  ck_assert_msg(strstr(log, "warning") == NULL, "NVRTC warnings:\n%s", log);
  free(log);
  ck_assert(binsize(prog, size) == 0);
  char *bin = malloc(*size);
  ck_assert(getbin(prog, bin) == 0);
  destroy(&prog);
  free(hdr);
  return bin;
}

/* Runs the NVRTC-built probe through the driver API; returns 0 when there is
 * no driver or no device (the caller says so), 1 when it ran. */
typedef int (*CuFn)();
static int driver_run(const char *cubin, Probe *p) {
  static const char *const names[] = {"libcuda.so.1", "libcuda.so", NULL};
  void *lib = dlopen_first(names);
  if (!lib) return 0;
#define CU(name, ...)                                                                   \
  do {                                                                                 \
    CuFn fn_ = (CuFn)dlsym(lib, #name);                                                \
    ck_assert_msg(fn_, "libcuda has no " #name);                                      \
    int r_ = fn_(__VA_ARGS__);                                                         \
    ck_assert_msg(r_ == 0, #name " failed: CUresult %d", r_);                         \
  } while (0)
  int (*cu_init)(unsigned) = (int (*)(unsigned))dlsym(lib, "cuInit");
  int (*cu_count)(int *) = (int (*)(int *))dlsym(lib, "cuDeviceGetCount");
  int ndev = 0;
  if (!cu_init || !cu_count || cu_init(0) != 0 || cu_count(&ndev) != 0 || ndev == 0) return 0;
  int dev = 0;
  void *ctx = NULL, *mod = NULL, *fn = NULL;
  unsigned long long d_seed, d_stream, d_index, d_out, d_step;
  CU(cuDeviceGet, &dev, 0);
  CU(cuDevicePrimaryCtxRetain, &ctx, dev);
  CU(cuCtxSetCurrent, ctx);
  CU(cuModuleLoadData, &mod, cubin);
  CU(cuModuleGetFunction, &fn, mod, "zo_rng_probe");
  CU(cuMemAlloc_v2, &d_seed, (size_t)8 * NPROBE);
  CU(cuMemAlloc_v2, &d_stream, (size_t)4 * NPROBE);
  CU(cuMemAlloc_v2, &d_index, (size_t)8 * NPROBE);
  CU(cuMemAlloc_v2, &d_out, (size_t)32 * NPROBE);
  CU(cuMemAlloc_v2, &d_step, (size_t)8 * NPROBE);
  CU(cuMemcpyHtoD_v2, d_seed, p->seed, (size_t)8 * NPROBE);
  CU(cuMemcpyHtoD_v2, d_stream, p->stream, (size_t)4 * NPROBE);
  CU(cuMemcpyHtoD_v2, d_index, p->index, (size_t)8 * NPROBE);
  int n = NPROBE;
  void *args[] = {&d_seed, &d_stream, &d_index, &d_out, &d_step, &n};
  CU(cuLaunchKernel, fn, (unsigned)(NPROBE / 256), 1u, 1u, 256u, 1u, 1u, 0u, (void *)NULL, args,
     (void **)NULL);
  CU(cuCtxSynchronize);
  CU(cuMemcpyDtoH_v2, p->out, d_out, (size_t)32 * NPROBE);
  CU(cuMemcpyDtoH_v2, p->step, d_step, (size_t)8 * NPROBE);
  CU(cuMemFree_v2, d_seed);
  CU(cuMemFree_v2, d_stream);
  CU(cuMemFree_v2, d_index);
  CU(cuMemFree_v2, d_out);
  CU(cuMemFree_v2, d_step);
  CU(cuModuleUnload, mod);
  CU(cuDevicePrimaryCtxRelease_v2, dev);
#undef CU
  return 1;
}

START_TEST(test_nvrtc) {
  static const char *const names[] = {"libnvrtc.so", "libnvrtc.so.13", "libnvrtc.so.12",
                                      "/usr/local/cuda/lib64/libnvrtc.so", NULL};
  void *lib = dlopen_first(names);
  if (!lib) {
    fprintf(stderr, "test_rng: libnvrtc not found: the NVRTC compile check is skipped\n");
    return;
  }
  /* compile-only for sm_90 (what CI checks without a GPU), both with the
   * default flags and with --use_fast_math -ftz=true, which must not matter */
  for (int fm = 0; fm < 2; fm++) {
    size_t size = 0;
    free(nvrtc_compile(lib, "sm_90", fm, &size));
    ck_assert(size > 0);
  }
  /* with a device: run both builds for its architecture and compare bits */
  Probe *p = malloc(sizeof *p);
  probe_inputs(p);
  int ran = 0;
  for (int fm = 0; fm < 2; fm++) {
    char arch[32] = "sm_90";
    static const char *const cnames[] = {"libcuda.so.1", "libcuda.so", NULL};
    void *cu = dlopen_first(cnames);
    if (cu) {
      int (*cu_init)(unsigned) = (int (*)(unsigned))dlsym(cu, "cuInit");
      int (*attr)(int *, int, int) = (int (*)(int *, int, int))dlsym(cu, "cuDeviceGetAttribute");
      int major = 0, minor = 0;
      if (cu_init && attr && cu_init(0) == 0 && attr(&major, 75, 0) == 0 && attr(&minor, 76, 0) == 0)
        snprintf(arch, sizeof arch, "sm_%d%d", major, minor);
    }
    size_t size = 0;
    char *bin = nvrtc_compile(lib, arch, fm, &size);
    memset(p->out, 0, sizeof p->out);
    if (driver_run(bin, p)) {
      probe_check(p, fm ? "NVRTC --use_fast_math" : "NVRTC");
      ran = 1;
    }
    free(bin);
  }
  if (!ran) fprintf(stderr, "test_rng: no CUDA device: the NVRTC probe compiled but did not run\n");
  free(p);
}
END_TEST

/* ---- rounding to low-precision grids (the contract's "rounding") */

/* x's value after rounding to format fmt (0 bf16, 1 f16, 2 e4m3, 3 int8) with mode and word w;
   the bits decoded by runtime/convert.c, an independent decoder */
static double round_value(int fmt, float x, int mode, zo_u32 w) {
  float back;
  if (fmt == 0) {
    unsigned short h = zo_rng_round_bf16(x, mode, w);
    zo_convert_to_f32(ZO_DT_BF16, &h, &back, 1);
  } else if (fmt == 1) {
    unsigned short h = zo_rng_round_f16(x, mode, w);
    zo_convert_to_f32(ZO_DT_F16, &h, &back, 1);
  } else if (fmt == 2) {
    unsigned char c = zo_rng_round_e4m3(x, mode, w);
    zo_convert_to_f32(ZO_DT_F8E4M3, &c, &back, 1);
  } else {
    back = zo_rng_round_int(x, 127.0f, mode, w);
  }
  return back;
}

static const char *const fmt_names[] = {"bf16", "f16", "e4m3", "int8"};

/* nearest (mode 0, any word) is runtime/convert.c's rounding, for random bit patterns:
   every exponent, NaN and Inf included (a NaN must stay a NaN) */
START_TEST(test_round_nearest_vs_convert) {
  uint64_t r = zt_seed() ^ 0x4e41;
  const DType dts[] = {ZO_DT_BF16, ZO_DT_F16, ZO_DT_F8E4M3};
  for (int i = 0; i < (1 << 21); i++) {
    zo_u32 bits = (zo_u32)zt_next(&r), w = (zo_u32)zt_next(&r);
    if (i & 1) bits = (bits & 0x807FFFFFu) | ((zo_u32)(100 + zt_next(&r) % 56) << 23);   /* half near the grids' range */
    float x;
    memcpy(&x, &bits, 4);
    for (int f = 0; f < 3; f++) {
      unsigned short want = 0, got;
      zo_convert_from_f32(dts[f], &x, &want, 1);
      got = f == 0 ? zo_rng_round_bf16(x, 0, w) : f == 1 ? zo_rng_round_f16(x, 0, w) : zo_rng_round_e4m3(x, 0, w);
      if (isnan(x)) {   /* a NaN: any NaN */
        ck_assert_msg(isnan(round_value(f, x, 0, w)), "%s: NaN 0x%08x rounded to a number", fmt_names[f], bits);
        continue;
      }
      ck_assert_msg(got == want, "%s nearest of 0x%08x (%.9g): 0x%x, convert.c 0x%x", fmt_names[f], bits, x, got, want);
    }
  }
}
END_TEST

/* zo_rng_e4m3_value is convert.c's decoding for all 256 codes */
START_TEST(test_e4m3_value) {
  for (int c = 0; c < 256; c++) {
    unsigned char code = (unsigned char)c;
    float want, got = zo_rng_e4m3_value(code);
    zo_convert_to_f32(ZO_DT_F8E4M3, &code, &want, 1);
    if (isnan(want)) ck_assert_msg(isnan(got), "e4m3 0x%02x: %g, convert.c NaN", c, got);
    else ck_assert_msg(memcmp(&got, &want, 4) == 0, "e4m3 0x%02x: %.9g, convert.c %.9g", c, got, want);
  }
}
END_TEST

/* the int grid: nearest is rintf's half-even saturated at ±127 (NaN -> 0);
   stochastic lands on one of the two integers next to x */
START_TEST(test_round_int_grid) {
  uint64_t r = zt_seed() ^ 0x1e7;
  for (int i = 0; i < (1 << 20); i++) {
    float x = (float)zt_uniform(&r, -140, 140);
    if (i % 7 == 0) x = (float)((int)x) + 0.5f;   /* ties */
    zo_u32 w = (zo_u32)zt_next(&r);
    float want = rintf(x);
    want = want > 127 ? 127 : want < -127 ? -127 : want;
    ck_assert_msg(zo_rng_round_int(x, 127.0f, 0, w) == want, "int8 nearest of %.9g", x);
    float s = zo_rng_round_int(x, 127.0f, 1, w), lo = truncf(x), hi = lo + (x < 0 ? -1.0f : 1.0f);
    if (fabsf(x) >= 127) ck_assert(s == (x < 0 ? -127 : 127));
    else ck_assert_msg(s == lo || s == hi, "int8 stochastic of %.9g gave %g", x, s);
  }
  ck_assert(zo_rng_round_int(NAN, 127.0f, 0, 0) == 0.0f && zo_rng_round_int(NAN, 127.0f, 1, 0) == 0.0f);
}
END_TEST

/* stochastic rounding is unbiased: for random x of several magnitudes (the
   subnormal ranges of f16 and e4m3 among them) the mean of the rounded value
   over N words from Philox is within 4 standard errors of x, the standard
   error |hi - lo|·sqrt(p(1-p)/N) of the two grid points next to x; every
   result is lo or hi */
START_TEST(test_round_unbiased) {
  uint64_t r = zt_seed() ^ 0x5eed;
  const int N = 100000;
  /* log2 ranges of |x| per format: normal, near the top, subnormal */
  const double ranges[4][3][2] = {{{-3, 3}, {100, 120}, {-140, -127}},
                                  {{-3, 3}, {12, 15.9}, {-23, -15}},
                                  {{-3, 3}, {6, 8.7}, {-9, -6.5}},
                                  {{-3, 1}, {2, 6.9}, {-8, -3}}};
  for (int f = 0; f < 4; f++)
    for (int rg = 0; rg < 3; rg++)
      for (int k = 0; k < 4; k++) {
        double e = zt_uniform(&r, ranges[f][rg][0], ranges[f][rg][1]);
        float x = (float)(ldexp(1.0, (int)floor(e)) * (1.0 + zt_uniform(&r, 0, 1)));
        if (k & 1) x = -x;
        double lo = round_value(f, x, 1, 0xFFFFFFFFu), hi = round_value(f, x, 1, 0);   /* never up; up unless on the grid */
        ck_assert_msg(fabs(lo) <= fabs(x) && fabs(x) <= fabs(hi), "%s: %.9g not between %.9g and %.9g", fmt_names[f], x, lo, hi);
        double nearest = round_value(f, x, 0, 0);
        ck_assert_msg(nearest == lo || nearest == hi, "%s: nearest of %.9g is %.9g, not %.9g or %.9g", fmt_names[f], x,
                      nearest, lo, hi);
        double sum = 0;
        zo_u64 seed = zt_next(&r);
        for (int i = 0; i < N; i += 4) {
          ZoRng4x32 w = zo_rng_words(seed, 7, (zo_u64)i);
          for (int j = 0; j < 4; j++) {
            double v = round_value(f, x, 1, w.w[j]);
            ck_assert_msg(v == lo || v == hi, "%s: %.9g rounded to %.9g", fmt_names[f], x, v);
            sum += v;
          }
        }
        double mean = sum / N, p = hi == lo ? 0 : (fabs(x) - fabs(lo)) / (fabs(hi) - fabs(lo));
        double se = fabs(hi - lo) * sqrt(p * (1 - p) / N);
        if (verbose())
          fprintf(stderr, "%s x %.9g: mean %.9g, p %.4g, %.2f standard errors off\n", fmt_names[f], x, mean, p,
                  se > 0 ? fabs(mean - x) / se : 0.0);
        /* p below 2^-24 rounds down always (the contract's bias below 2^-24 of a step) */
        ck_assert_msg(fabs(mean - x) <= 4 * se + fabs(hi - lo) * 0x1p-24, "%s: the mean of %d roundings of %.9g is %.9g "
                      "(p %.6g, standard error %.3g)", fmt_names[f], N, x, mean, p, se);
      }
}
END_TEST

/* the scale clamp survives: x >= a grid point c never rounds below c */
START_TEST(test_round_keeps_clamp) {
  uint64_t r = zt_seed() ^ 0xc1a;
  for (int i = 0; i < (1 << 18); i++) {
    int f = (int)(zt_next(&r) % 3);
    float c = (float)round_value(f, (float)ldexp(zt_uniform(&r, 1, 2), (int)(zt_next(&r) % 12) - 8), 0, 0);
    float x = c * (float)zt_uniform(&r, 1, 1.2);
    ck_assert_msg(round_value(f, x, 1, (zo_u32)zt_next(&r)) >= c, "%s: %.9g >= %.9g rounded below it", fmt_names[f], x, c);
  }
}
END_TEST

static Suite *rng_suite(void) {
  Suite *s = suite_create("rng");
  TCase *tc = tcase_create("philox");
  tcase_set_timeout(tc, 120); /* 3e5 Philox pairs; slow under sanitizers */
  tcase_add_test(tc, test_philox_kat);
  tcase_add_test(tc, test_philox_vs_random123);
  tcase_add_test(tc, test_counter_layout);
  suite_add_tcase(s, tc);
  tc = tcase_create("float");
  tcase_set_timeout(tc, 300); /* exhaustive loops; generous under valgrind */
  tcase_add_test(tc, test_logf_exhaustive);
  tcase_add_test(tc, test_sincos_exhaustive);
  tcase_add_test(tc, test_normal_vs_double);
  tcase_add_test(tc, test_bits_vs_python);
  suite_add_tcase(s, tc);
  tc = tcase_create("distribution");
  tcase_set_timeout(tc, 300);
  tcase_add_test(tc, test_normal_moments);
  tcase_add_test(tc, test_independence);
  tcase_add_test(tc, test_uniform);
  tcase_add_test(tc, test_purity);
  tcase_add_test(tc, test_step_seed);
  suite_add_tcase(s, tc);
  tc = tcase_create("rounding");
  tcase_set_timeout(tc, 300);
  tcase_add_test(tc, test_round_nearest_vs_convert);
  tcase_add_test(tc, test_e4m3_value);
  tcase_add_test(tc, test_round_int_grid);
  tcase_add_test(tc, test_round_unbiased);
  tcase_add_test(tc, test_round_keeps_clamp);
  suite_add_tcase(s, tc);
  tc = tcase_create("cuda");
  tcase_set_timeout(tc, 600); /* nvcc takes tens of seconds */
  tcase_add_test(tc, test_nvcc);
  tcase_add_test(tc, test_nvrtc);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) { return zt_run_suite(rng_suite()); }
