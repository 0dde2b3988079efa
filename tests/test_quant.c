/* test_quant.c — runtime/convert.c and runtime/quant.c against independent
 * numpy / ml_dtypes oracles (tests/py/quant_oracle.py).
 *
 * Conversions: every f16, bf16 and f8 bit pattern to f32, and fresh random f32
 * values (uniform bit patterns, exact ties and their neighbours for each
 * format, subnormals, the overflow thresholds) back, compared bit for bit.
 * GPTQ: pack/unpack identity for every bit width, qweight/qzeros words against
 * a packer written the way GPTQ's own pack loop is, the reference dequant
 * against a numpy dequant built on np.unpackbits, the quantizer against a numpy
 * re-implementation (bit-exact), the scale/2 error bound, act-order g_idx, sym
 * vs asym. int8 / fp8 / nf4 / AQLM: dequant bit-exact against numpy, the
 * quantizers against numpy and against their error bounds. NVFP4: the
 * dequant against a plain bit-by-bit one, the quantizer against its
 * definition and error bound.
 *
 * Every oracle result is compared exactly where both sides do the same IEEE
 * operations (one f32 rounding of the same operands), and with an argued
 * tolerance where they cannot (error bounds of a quantizer). */
#include <fcntl.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "codegen/zo_rng.h"
#include "runtime/convert.h"
#include "runtime/quant.h"
#include "support/support.h"
#include "testutil.h"

/* ---- plumbing */

static uint64_t rng_for(uint64_t salt) { return zt_seed() ^ (salt * 0x9E3779B97F4A7C15ull); }
static uint32_t rnd32(uint64_t *s) { return (uint32_t)(zt_next(s) >> 32); }
static int64_t rndint(uint64_t *s, int64_t lo, int64_t hi) { /* [lo, hi] */
  return lo + (int64_t)(zt_next(s) % (uint64_t)(hi - lo + 1));
}

static const char *tpath(const char *name) {
  static char bufs[32][600];
  static int i;
  char *b = bufs[i++ % 32];
  snprintf(b, sizeof bufs[0], "%s/%s", zt_tmpdir(), name);
  return b;
}

static void wbin(const char *name, const void *p, size_t bytes) {
  FILE *f = fopen(tpath(name), "wb");
  ck_assert_msg(f != NULL, "cannot write %s", tpath(name));
  ck_assert(fwrite(p, 1, bytes, f) == bytes);
  fclose(f);
}

static void rbin(const char *name, void *p, size_t bytes) {
  FILE *f = fopen(tpath(name), "rb");
  ck_assert_msg(f != NULL, "oracle did not write %s", name);
  size_t got = fread(p, 1, bytes, f);
  int extra = fgetc(f);
  fclose(f);
  ck_assert_msg(got == bytes && extra == EOF, "%s: expected %zu bytes", name, bytes);
}

/* Oracle commands are queued (file names relative to the temp dir, prefixed
 * with @) and run in one Python process by oracle_run(). */
static StrBuf batch;
static void oracle(const char *fmt, ...) ZO_PRINTF(1, 2);
static void oracle(const char *fmt, ...) {
  char line[2048];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(line, sizeof line, fmt, ap);
  va_end(ap);
  for (char *p = line; *p; p++) {
    if (*p == '@') zo_sb_printf(&batch, "%s/", zt_tmpdir());
    else zo_sb_putc(&batch, *p);
  }
  zo_sb_putc(&batch, '\n');
}
static void oracle_run(void) {
  wbin("batch.txt", batch.buf, batch.len);
  zo_sb_free(&batch);
  char args[1400], *out = NULL, *err = NULL;
  snprintf(args, sizeof args, "'%s' batch '%s'", zt_src("tests/py/quant_oracle.py"), tpath("batch.txt"));
  int st = zt_python(args, &out, &err);
  ck_assert_msg(st == 0, "quant_oracle.py failed (%d): %s", st, err ? err : "");
  free(out);
  free(err);
}

/* Runs f with stderr captured; returns what it printed (malloc'd). */
static char *capture_stderr(int (*f)(void *), void *arg, int *rc) {
  const char *p = tpath("stderr.txt");
  fflush(stderr);
  int saved = dup(2), fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  ck_assert(saved >= 0 && fd >= 0);
  dup2(fd, 2);
  close(fd);
  *rc = f(arg);
  fflush(stderr);
  dup2(saved, 2);
  close(saved);
  size_t len;
  char *s = zo_read_file(p, &len);
  ck_assert(s != NULL);
  return s;
}

static uint32_t fbits(float f) { uint32_t u; memcpy(&u, &f, 4); return u; }
static float bitsf(uint32_t u) { float f; memcpy(&f, &u, 4); return f; }

/* Same f32 bit pattern; two NaNs only need the same sign (payloads differ
 * legitimately between software and F16C-style conversions). */
static void assert_same_f32(const float *got, const float *want, size_t n, const char *what,
                            const uint32_t *in_bits) {
  for (size_t i = 0; i < n; i++) {
    bool ok = isnan(want[i]) ? isnan(got[i]) && signbit(got[i]) == signbit(want[i])
                             : fbits(got[i]) == fbits(want[i]);
    ck_assert_msg(ok, "%s: input #%zu (bits 0x%08x): got %a (0x%08x), numpy %a (0x%08x)", what, i,
                  in_bits ? in_bits[i] : (unsigned)i, (double)got[i], fbits(got[i]),
                  (double)want[i], fbits(want[i]));
  }
}

/* ---- conversions: every pattern of the small formats to f32 */

START_TEST(test_f16_bf16_f8_to_f32_all_patterns) {
  enum { N16 = 65536 };
  uint16_t *h = malloc(N16 * 2);
  uint8_t b8[256];
  float *c = malloc(N16 * 4), *ref = malloc(N16 * 4), *g = malloc(N16 * 4);
  for (uint32_t i = 0; i < N16; i++) h[i] = (uint16_t)i;
  for (int i = 0; i < 256; i++) b8[i] = (uint8_t)i;
  wbin("h.bin", h, N16 * 2);
  wbin("b8.bin", b8, 256);
  oracle("to_f32 f16 @h.bin @f16.out");
  oracle("to_f32 bf16 @h.bin @bf16.out");
  oracle("to_f32 f8e4m3 @b8.bin @f8.out");
  oracle_run();

  zo_f16_to_f32_array(h, c, N16);
  rbin("f16.out", ref, N16 * 4);
  assert_same_f32(c, ref, N16, "f16->f32", NULL);
  zo_convert_to_f32(ZO_DT_F16, h, g, N16);
  ck_assert(memcmp(g, c, N16 * 4) == 0);
  for (uint32_t i = 0; i < N16; i++) /* widening then narrowing is the identity */
    if (!isnan(c[i])) ck_assert_uint_eq(zo_f32_to_f16(c[i]), i);
  for (uint32_t i = 0; i < N16; i++) { /* a NaN keeps its payload on the way out */
    if (isnan(c[i])) ck_assert_uint_eq((fbits(c[i]) >> 13) & 0x3ff, i & 0x3ff);
  }

  zo_bf16_to_f32_array(h, c, N16);
  rbin("bf16.out", ref, N16 * 4);
  assert_same_f32(c, ref, N16, "bf16->f32", NULL);
  zo_convert_to_f32(ZO_DT_BF16, h, g, N16);
  ck_assert(memcmp(g, c, N16 * 4) == 0);
  for (uint32_t i = 0; i < N16; i++) {
    if (!isnan(c[i])) ck_assert_uint_eq(zo_f32_to_bf16(c[i]), i);
  }

  zo_f8e4m3_to_f32_array(b8, c, 256);
  rbin("f8.out", ref, 256 * 4);
  assert_same_f32(c, ref, 256, "f8e4m3->f32", NULL);
  zo_convert_to_f32(ZO_DT_F8E4M3, b8, g, 256);
  ck_assert(memcmp(g, c, 256 * 4) == 0);
  int nans = 0;
  for (int i = 0; i < 256; i++) {
    if (isnan(c[i])) { nans++; continue; }
    ck_assert_uint_eq(zo_f32_to_f8e4m3(c[i]), i);
    ck_assert_uint_eq(zo_f32_to_f8e4m3_sat(c[i]), i);
  }
  ck_assert_int_eq(nans, 2); /* only 0x7F and 0xFF */
  ck_assert(c[0x7e] == 448.0f && c[0x01] == 0x1p-9f);
  free(h), free(c), free(ref), free(g);
}
END_TEST

/* ---- conversions from f32: random bits plus the hard cases */

typedef struct { float *v; size_t n, cap; } FVec;
static void fpush(FVec *a, float x) {
  if (a->n == a->cap) a->v = realloc(a->v, (a->cap = a->cap ? 2 * a->cap : 1024) * sizeof(float));
  a->v[a->n++] = x;
}
/* x, and its f32 neighbours on both sides */
static void fpush3(FVec *a, float x) {
  fpush(a, x);
  fpush(a, nextafterf(x, INFINITY));
  fpush(a, nextafterf(x, -INFINITY));
}

static FVec hard_f32_inputs(uint64_t *s) {
  FVec a = {0};
  for (int i = 0; i < 100000; i++) fpush(&a, bitsf(rnd32(s))); /* all exponents, NaN, inf */
  /* exact midpoints between neighbouring values of each format (all exactly
   * representable in f32: they need one more significant bit than the format) */
  for (int i = 0; i < 20000; i++) {
    uint16_t h = (uint16_t)(rnd32(s) & 0x7bfe); /* finite, has a finite successor */
    float lo = zo_f16_to_f32(h), hi = zo_f16_to_f32((uint16_t)(h + 1)), sg = (rnd32(s) & 1) ? -1.f : 1.f;
    fpush3(&a, sg * (lo + (hi - lo) / 2));
  }
  for (int i = 0; i < 20000; i++) {
    uint16_t h = (uint16_t)(rnd32(s) & 0x7f7e);
    float lo = zo_bf16_to_f32(h), hi = zo_bf16_to_f32((uint16_t)(h + 1)), sg = (rnd32(s) & 1) ? -1.f : 1.f;
    fpush3(&a, sg * (lo + (hi - lo) / 2));
  }
  for (int h = 0; h <= 0x7e; h++) { /* every f8 midpoint, incl. 448 | "480" (= 464) */
    float lo = zo_f8e4m3_to_f32((uint8_t)h), hi = h == 0x7e ? 480.f : zo_f8e4m3_to_f32((uint8_t)(h + 1));
    fpush3(&a, lo + (hi - lo) / 2);
    fpush3(&a, -(lo + (hi - lo) / 2));
  }
  fpush3(&a, 480.f), fpush3(&a, -480.f);
  for (int i = 0; i < 20000; i++) fpush(&a, (float)zt_uniform(s, -70000, 70000));
  for (int i = 0; i < 20000; i++) fpush(&a, (float)zt_uniform(s, -600, 600));
  for (int i = 0; i < 20000; i++) fpush(&a, (float)zt_uniform(s, -0x1p-13, 0x1p-13)); /* f16 subnormals */
  for (int i = 0; i < 20000; i++) fpush(&a, (float)zt_uniform(s, -0x1p-5, 0x1p-5));   /* f8 subnormals */
  const float special[] = {0.f, -0.f, INFINITY, -INFINITY, NAN, -NAN, 65504.f, 65519.996f, 65520.f,
                           65536.f, 448.f, 0x1p-24f, 0x1p-25f, 0x1p-9f, 0x1p-10f, 0x1p-126f,
                           0x1p-149f, 3.4028235e38f, 0x1.fffffep127f};
  for (size_t i = 0; i < ZO_COUNT(special); i++) fpush3(&a, special[i]), fpush3(&a, -special[i]);
  return a;
}

static bool f16_same(uint16_t a, uint16_t b) {
  bool na = isnan(zo_f16_to_f32(a)), nb = isnan(zo_f16_to_f32(b));
  return na || nb ? na && nb && (a & 0x8000) == (b & 0x8000) : a == b;
}
static bool bf16_same(uint16_t a, uint16_t b) {
  bool na = isnan(zo_bf16_to_f32(a)), nb = isnan(zo_bf16_to_f32(b));
  return na || nb ? na && nb && (a & 0x8000) == (b & 0x8000) : a == b;
}

START_TEST(test_from_f32_vs_numpy) {
  uint64_t s = rng_for(1);
  FVec a = hard_f32_inputs(&s);
  size_t n = a.n;
  wbin("x.bin", a.v, n * 4);
  oracle("from_f32 f16 @x.bin @f16.out");
  oracle("from_f32 bf16 @x.bin @bf16.out");
  oracle("from_f32 f8e4m3 @x.bin @f8.out");
  oracle("from_f32 f8e4m3_sat @x.bin @f8s.out");
  oracle_run();
  uint16_t *r16 = malloc(n * 2), *c16 = malloc(n * 2);
  uint8_t *r8 = malloc(n), *c8 = malloc(n);

  rbin("f16.out", r16, n * 2);
  zo_f32_to_f16_array(a.v, c16, n);
  for (size_t i = 0; i < n; i++)
    ck_assert_msg(f16_same(c16[i], r16[i]), "f32->f16 %a (0x%08x): got 0x%04x, numpy 0x%04x",
                  (double)a.v[i], fbits(a.v[i]), c16[i], r16[i]);
  for (size_t i = 0; i < n; i++) /* a NaN comes out quiet */
    if (isnan(a.v[i])) ck_assert(c16[i] & 0x0200);

  rbin("bf16.out", r16, n * 2);
  zo_f32_to_bf16_array(a.v, c16, n);
  for (size_t i = 0; i < n; i++)
    ck_assert_msg(bf16_same(c16[i], r16[i]), "f32->bf16 %a (0x%08x): got 0x%04x, ml_dtypes 0x%04x",
                  (double)a.v[i], fbits(a.v[i]), c16[i], r16[i]);
  for (size_t i = 0; i < n; i++)
    if (isnan(a.v[i])) ck_assert((c16[i] & 0x7fc0) == 0x7fc0);

  rbin("f8.out", r8, n);
  for (size_t i = 0; i < n; i++) {
    uint8_t c = zo_f32_to_f8e4m3(a.v[i]);
    bool nr = (r8[i] & 0x7f) == 0x7f, nc = (c & 0x7f) == 0x7f;
    ck_assert_msg(nr || nc ? nr && nc && (isnan(a.v[i]) || (c & 0x80) == (r8[i] & 0x80)) : c == r8[i],
                  "f32->f8e4m3 %a (0x%08x): got 0x%02x, ml_dtypes 0x%02x", (double)a.v[i],
                  fbits(a.v[i]), c, r8[i]);
  }
  rbin("f8s.out", r8, n);
  zo_f32_to_f8e4m3_sat_array(a.v, c8, n);
  for (size_t i = 0; i < n; i++) {
    bool nr = (r8[i] & 0x7f) == 0x7f, nc = (c8[i] & 0x7f) == 0x7f;
    ck_assert_msg(nr || nc ? nr && nc && isnan(a.v[i]) : c8[i] == r8[i],
                  "f32->f8e4m3 (saturating) %a: got 0x%02x, ml_dtypes(clip) 0x%02x", (double)a.v[i],
                  c8[i], r8[i]);
  }
  free(a.v), free(r16), free(c16), free(r8), free(c8);
}
END_TEST

START_TEST(test_f16_round_up) {
  uint64_t s = rng_for(2);
  for (int i = 0; i < 200000; i++) {
    float f = i % 2 ? (float)zt_uniform(&s, 0, 65504) : ldexpf((float)zt_uniform(&s, 1, 2), (int)rndint(&s, -40, 15));
    if (f > 65504) continue;
    uint16_t h = zo_f32_to_f16_up(f);
    ck_assert_msg(h < 0x7c00 && zo_f16_to_f32(h) >= f, "up(%a) = 0x%04x", (double)f, h);
    if (h > 0) ck_assert_msg(zo_f16_to_f32((uint16_t)(h - 1)) < f, "up(%a) = 0x%04x not the smallest", (double)f, h);
  }
  ck_assert_uint_eq(zo_f32_to_f16_up(0), 0);
  ck_assert_uint_eq(zo_f32_to_f16_up(0x1p-40f), 1);
  ck_assert_uint_eq(zo_f32_to_f16_up(65504.f), 0x7bff);
  ck_assert_uint_eq(zo_f32_to_f16_up(nextafterf(65504.f, INFINITY)), 0x7c00);
}
END_TEST

/* ---- the generic conversions, every dtype */

START_TEST(test_generic_all_dtypes) {
  uint64_t s = rng_for(3);
  enum { N = 20000 };
  float *x = malloc(N * 4), *c = malloc(N * 4), *r = malloc(N * 4);
  unsigned char *raw = malloc(N * 8), *cb = malloc(N * 8), *rb = malloc(N * 8);
  char in_raw[64], in_x[64], to[64], from[64];
#define NAMES(name)                                              \
  snprintf(in_raw, sizeof in_raw, "raw_%s.bin", name);           \
  snprintf(in_x, sizeof in_x, "x_%s.bin", name);                 \
  snprintf(to, sizeof to, "to_%s.out", name);                    \
  snprintf(from, sizeof from, "from_%s.out", name)
  /* inputs for every dtype, one oracle run for all */
  for (int d = ZO_DT_NONE + 1; d < ZO_DT_COUNT; d++) {
    DType t = (DType)d;
    const char *name = zo_dtype_name(t);
    size_t sz = zo_dtype_size(t);
    /* f32 inputs scaled to the type's range, with exact .5 ties and specials */
    double lim = t == ZO_DT_I8 || t == ZO_DT_U8 ? 300 : t == ZO_DT_I16 || t == ZO_DT_U16 ? 80000
               : t == ZO_DT_I32 || t == ZO_DT_U32 ? 6e9 : t == ZO_DT_I64 ? 2e19 : 1e5;
    for (int i = 0; i < N; i++) {
      switch (i % 4) {
      case 0: x[i] = (float)zt_uniform(&s, -lim, lim); break;
      case 1: x[i] = (float)rndint(&s, -300, 300) + 0.5f; break;
      case 2: x[i] = (float)zt_uniform(&s, -3, 3); break;
      default: x[i] = zo_dtype_is_float(t) ? bitsf(rnd32(&s)) : (float)zt_uniform(&s, -lim, lim); break;
      }
    }
    const float special[] = {NAN, INFINITY, -INFINITY, 0.f, -0.f, 0x1p63f, -0x1p63f, 0x1p64f,
                             0x1p31f, -0x1p31f, 0x1p32f, 255.5f, 127.5f, -128.5f, 65535.5f};
    memcpy(x, special, sizeof special);
    for (size_t i = 0; i < N * sz; i++) raw[i] = (unsigned char)rnd32(&s);
    NAMES(name);
    wbin(in_x, x, N * 4);
    wbin(in_raw, raw, N * sz);
    oracle("to_f32 %s @%s @%s", name, in_raw, to);
    oracle("from_f32 %s @%s @%s", t == ZO_DT_F8E4M3 ? "f8e4m3_sat" : name, in_x, from);
  }
  oracle_run();
  for (int d = ZO_DT_NONE + 1; d < ZO_DT_COUNT; d++) {
    DType t = (DType)d;
    const char *name = zo_dtype_name(t);
    size_t sz = zo_dtype_size(t);
    NAMES(name);
    rbin(in_x, x, N * 4);
    rbin(in_raw, raw, N * sz);
    zo_convert_to_f32(t, raw, c, N);
    rbin(to, r, N * 4);
    assert_same_f32(c, r, N, name, NULL);

    zo_convert_from_f32(t, x, cb, N);
    rbin(from, rb, N * sz);
    if (zo_dtype_is_float(t)) { /* compare through f32 (NaN payloads may differ) */
      zo_convert_to_f32(t, cb, c, N);
      zo_convert_to_f32(t, rb, r, N);
      for (int i = 0; i < N; i++)
        ck_assert_msg(isnan(r[i]) ? isnan(c[i]) : fbits(c[i]) == fbits(r[i]),
                      "f32->%s %a: got %a, numpy %a", name, (double)x[i], (double)c[i], (double)r[i]);
    } else {
      for (int i = 0; i < N; i++)
        ck_assert_msg(memcmp(cb + i * sz, rb + i * sz, sz) == 0, "f32->%s of %a differs from numpy",
                      name, (double)x[i]);
    }
  }
#undef NAMES
  free(x), free(c), free(r), free(raw), free(cb), free(rb);
}
END_TEST

/* ---- GPTQ */

static const int BITS[] = {2, 3, 4, 8};

/* File names of config i: "q3.bin" etc. (static rotation, see tpath). */
static const char *fname(const char *stem, int i, const char *ext) {
  static char bufs[16][64];
  static int j;
  char *b = bufs[j++ % 16];
  snprintf(b, sizeof bufs[0], "%s%d.%s", stem, i, ext);
  return b;
}

typedef struct { int b; int64_t K, N, G, ng; int sym, act; } Cfg;

START_TEST(test_gptq_pack_unpack_vs_numpy) {
  uint64_t s = rng_for(4);
  Cfg cfg[ZO_COUNT(BITS)];
  for (int c = 0; c < (int)ZO_COUNT(BITS); c++) {
    int b = BITS[c], maxq = (1 << b) - 1;
    int64_t K = 32 * rndint(&s, 1, 8), N = 32 * rndint(&s, 1, 6);
    int64_t G = (int64_t[]){-1, 32, 48, 7}[rndint(&s, 0, 3)], ng = zo_gptq_ngroups(K, G);
    cfg[c] = (Cfg){b, K, N, G, ng, 0, 0};
    int64_t R = zo_gptq_qweight_rows(b, K), C = zo_gptq_qzeros_cols(b, N);
    uint8_t *q = malloc(K * N), *z = malloc(ng * N);
    uint32_t *qw = malloc(R * N * 4), *qz = malloc(ng * C * 4);
    for (int64_t i = 0; i < K * N; i++) q[i] = (uint8_t)(rnd32(&s) & maxq);
    for (int64_t i = 0; i < ng * N; i++) z[i] = (uint8_t)(rnd32(&s) & maxq); /* 0 included: wraps */
    zo_gptq_pack_codes(b, K, N, q, qw);
    zo_gptq_pack_zeros(b, ng, N, z, qz);
    wbin(fname("q", c, "bin"), q, K * N), wbin(fname("z", c, "bin"), z, ng * N);
    wbin(fname("qw", c, "bin"), qw, R * N * 4), wbin(fname("qz", c, "bin"), qz, ng * C * 4);
    oracle("gptq_pack %d %lld %lld %lld @q%d.bin @z%d.bin @qw%d.out @qz%d.out", b, (long long)K,
           (long long)N, (long long)ng, c, c, c, c);
    oracle("gptq_unpack %d %lld %lld %lld @qw%d.bin @qz%d.bin @q%d.out @z%d.out", b, (long long)K,
           (long long)N, (long long)ng, c, c, c, c);
    free(q), free(z), free(qw), free(qz);
  }
  oracle_run();
  for (int c = 0; c < (int)ZO_COUNT(BITS); c++) {
    int b = cfg[c].b;
    int64_t K = cfg[c].K, N = cfg[c].N, ng = cfg[c].ng;
    int64_t R = zo_gptq_qweight_rows(b, K), C = zo_gptq_qzeros_cols(b, N);
    uint8_t *q = malloc(K * N), *z = malloc(ng * N), *q2 = malloc(K * N), *z2 = malloc(ng * N);
    uint32_t *qw = malloc(R * N * 4), *qz = malloc(ng * C * 4), *rw = malloc(R * N * 4), *rz = malloc(ng * C * 4);
    rbin(fname("q", c, "bin"), q, K * N), rbin(fname("z", c, "bin"), z, ng * N);
    zo_gptq_pack_codes(b, K, N, q, qw);
    zo_gptq_pack_zeros(b, ng, N, z, qz);
    zo_gptq_unpack_codes(b, K, N, qw, q2);
    zo_gptq_unpack_zeros(b, ng, N, qz, z2);
    ck_assert_msg(memcmp(q, q2, K * N) == 0, "%d-bit codes: pack/unpack is not the identity", b);
    ck_assert_msg(memcmp(z, z2, ng * N) == 0, "%d-bit zeros: pack/unpack is not the identity", b);
    rbin(fname("qw", c, "out"), rw, R * N * 4), rbin(fname("qz", c, "out"), rz, ng * C * 4);
    for (int64_t i = 0; i < R * N; i++)
      ck_assert_msg(qw[i] == rw[i], "%d-bit qweight word [%lld, %lld]: 0x%08x, GPTQ pack 0x%08x", b,
                    (long long)(i / N), (long long)(i % N), qw[i], rw[i]);
    for (int64_t i = 0; i < ng * C; i++)
      ck_assert_msg(qz[i] == rz[i], "%d-bit qzeros word %lld: 0x%08x, GPTQ pack 0x%08x", b,
                    (long long)i, qz[i], rz[i]);
    /* numpy's unpack of our words gives back the codes and zeros */
    rbin(fname("q", c, "out"), q2, K * N), rbin(fname("z", c, "out"), z2, ng * N);
    ck_assert(memcmp(q, q2, K * N) == 0 && memcmp(z, z2, ng * N) == 0);
    free(q), free(z), free(q2), free(z2), free(qw), free(qz), free(rw), free(rz);
  }
}
END_TEST

/* The layouts written out by hand, as quant.h documents them. */
START_TEST(test_gptq_layout_by_hand) {
  uint64_t s = rng_for(5);
  enum { K = 32, N = 32 };
  uint8_t q[K * N], z[N];
  uint32_t qw[12 * N], qz[12];
  /* 3 bits: three words per 32 codes, two codes crossing */
  for (int i = 0; i < K * N; i++) q[i] = (uint8_t)(rnd32(&s) & 7);
  zo_gptq_pack_codes(3, K, N, q, qw);
  for (int n = 0; n < N; n++) {
#define Q(k) ((uint32_t)q[(k) * N + n])
    uint32_t w0 = 0, w1 = 0, w2 = 0;
    for (int k = 0; k <= 9; k++) w0 |= Q(k) << (3 * k);
    w0 |= (Q(10) & 3) << 30;
    w1 |= Q(10) >> 2;
    for (int k = 11; k <= 20; k++) w1 |= Q(k) << (3 * (k - 11) + 1);
    w1 |= (Q(21) & 1) << 31;
    w2 |= Q(21) >> 1;
    for (int k = 22; k <= 31; k++) w2 |= Q(k) << (3 * (k - 22) + 2);
    ck_assert_uint_eq(qw[0 * N + n], w0);
    ck_assert_uint_eq(qw[1 * N + n], w1);
    ck_assert_uint_eq(qw[2 * N + n], w2);
  }
  /* 4 bits: element k at bits 4(k mod 8) of word k/8 */
  for (int i = 0; i < K * N; i++) q[i] = (uint8_t)(rnd32(&s) & 15);
  zo_gptq_pack_codes(4, K, N, q, qw);
  for (int k = 0; k < K; k++)
    for (int n = 0; n < N; n++) ck_assert_uint_eq((qw[(k / 8) * N + n] >> (4 * (k % 8))) & 15, Q(k));
#undef Q
  /* v1 zeros: the symmetric 4-bit zero 8 is stored as 7 -> 0x77777777 */
  memset(z, 8, N);
  zo_gptq_pack_zeros(4, 1, N, z, qz);
  for (int i = 0; i < 4; i++) ck_assert_uint_eq(qz[i], 0x77777777u);
  memset(z, 0, N); /* z = 0 wraps to 2^b - 1 */
  zo_gptq_pack_zeros(2, 1, N, z, qz);
  for (int i = 0; i < 2; i++) ck_assert_uint_eq(qz[i], 0xffffffffu);
  memset(z, 1, N);
  zo_gptq_pack_zeros(8, 1, N, z, qz);
  for (int i = 0; i < 8; i++) ck_assert_uint_eq(qz[i], 0);
}
END_TEST

static void random_scales(uint64_t *s, uint16_t *sc, int64_t n) {
  for (int64_t i = 0; i < n; i++) { /* mostly ordinary scales, some subnormal, some negative */
    int kind = (int)rndint(s, 0, 9);
    float v = kind == 0 ? (float)zt_uniform(s, -0x1p-14, 0x1p-14) : kind == 1 ? -(float)zt_uniform(s, 0, 2)
                                                                               : (float)zt_uniform(s, 1e-4, 0.5);
    sc[i] = zo_f32_to_f16(v);
  }
}

START_TEST(test_gptq_dequant_vs_numpy) {
  uint64_t s = rng_for(6);
  Cfg cfg[ZO_COUNT(BITS)];
  for (int c = 0; c < (int)ZO_COUNT(BITS); c++) {
    int b = BITS[c];
    int64_t K = 32 * rndint(&s, 1, 8), N = 32 * rndint(&s, 1, 6), G = (int64_t[]){-1, 32, 40}[rndint(&s, 0, 2)];
    int64_t ng = zo_gptq_ngroups(K, G), R = zo_gptq_qweight_rows(b, K), C = zo_gptq_qzeros_cols(b, N);
    cfg[c] = (Cfg){b, K, N, G, ng, 0, 0};
    uint32_t *qw = malloc(R * N * 4), *qz = malloc(ng * C * 4);
    uint16_t *sc = malloc(ng * N * 2);
    int32_t *gi = malloc(K * 4);
    for (int64_t i = 0; i < R * N; i++) qw[i] = rnd32(&s); /* every word is a valid packing */
    for (int64_t i = 0; i < ng * C; i++) qz[i] = rnd32(&s);
    random_scales(&s, sc, ng * N);
    for (int64_t k = 0; k < K; k++) gi[k] = (int32_t)rndint(&s, 0, ng - 1); /* act-order-like */
    wbin(fname("qw", c, "bin"), qw, R * N * 4), wbin(fname("qz", c, "bin"), qz, ng * C * 4);
    wbin(fname("sc", c, "bin"), sc, ng * N * 2), wbin(fname("gi", c, "bin"), gi, K * 4);
    oracle("gptq_dequant %d %lld %lld %lld @qw%d.bin @qz%d.bin @sc%d.bin @gi%d.bin @w%d.out", b,
           (long long)K, (long long)N, (long long)ng, c, c, c, c, c);
    /* g_idx = NULL means k / G */
    int64_t gs = zo_gptq_group_size(K, G);
    for (int64_t k = 0; k < K; k++) gi[k] = (int32_t)(k / gs);
    wbin(fname("gj", c, "bin"), gi, K * 4);
    oracle("gptq_dequant %d %lld %lld %lld @qw%d.bin @qz%d.bin @sc%d.bin @gj%d.bin @v%d.out", b,
           (long long)K, (long long)N, (long long)ng, c, c, c, c, c);
    free(qw), free(qz), free(sc), free(gi);
  }
  oracle_run();
  for (int c = 0; c < (int)ZO_COUNT(BITS); c++) {
    int b = cfg[c].b;
    int64_t K = cfg[c].K, N = cfg[c].N, G = cfg[c].G, ng = cfg[c].ng;
    int64_t R = zo_gptq_qweight_rows(b, K), C = zo_gptq_qzeros_cols(b, N);
    uint32_t *qw = malloc(R * N * 4), *qz = malloc(ng * C * 4);
    uint16_t *sc = malloc(ng * N * 2);
    int32_t *gi = malloc(K * 4);
    float *W = malloc(K * N * 4), *ref = malloc(K * N * 4);
    rbin(fname("qw", c, "bin"), qw, R * N * 4), rbin(fname("qz", c, "bin"), qz, ng * C * 4);
    rbin(fname("sc", c, "bin"), sc, ng * N * 2), rbin(fname("gi", c, "bin"), gi, K * 4);
    ck_assert_int_eq(zo_gptq_dequant_ref(b, K, N, G, qw, qz, sc, gi, W), 0);
    /* one f32 rounding of the same operands on both sides: equal */
    rbin(fname("w", c, "out"), ref, K * N * 4);
    for (int64_t i = 0; i < K * N; i++)
      ck_assert_msg(W[i] == ref[i], "%d-bit dequant [%lld, %lld]: %g, numpy %g", b, (long long)(i / N),
                    (long long)(i % N), (double)W[i], (double)ref[i]);
    ck_assert_int_eq(zo_gptq_dequant_ref(b, K, N, G, qw, qz, sc, NULL, W), 0);
    rbin(fname("v", c, "out"), ref, K * N * 4);
    for (int64_t i = 0; i < K * N; i++) ck_assert(W[i] == ref[i]);
    free(qw), free(qz), free(sc), free(gi), free(W), free(ref);
  }
}
END_TEST

typedef struct { int bits; int64_t K, N, G; const uint32_t *qw, *qz; const uint16_t *sc; const int32_t *gi; float *W; const float *Win; const int32_t *perm; } GArgs;
static int call_dequant(void *p) { GArgs *a = p; return zo_gptq_dequant_ref(a->bits, a->K, a->N, a->G, a->qw, a->qz, a->sc, a->gi, a->W); }
static int call_quantize(void *p) {
  GArgs *a = p;
  return zo_gptq_quantize(a->Win, a->K, a->N, a->bits, a->G, false, a->perm, (uint32_t *)a->qw, (uint32_t *)a->qz, (uint16_t *)a->sc, (int32_t *)a->gi);
}
static int call_check_bits5(void *p) { (void)p; return zo_gptq_check("test", 5, 64, 64, 32); }
static int call_check_k(void *p) { (void)p; return zo_gptq_check("test", 3, 48, 64, 32); }

static void expect_error(int (*f)(void *), void *arg, const char *needle) {
  int rc;
  char *msg = capture_stderr(f, arg, &rc);
  ck_assert_msg(rc == -1, "expected -1, got %d", rc);
  ck_assert_msg(strstr(msg, needle) != NULL, "message '%s' lacks '%s'", msg, needle);
  free(msg);
}

/* W [K, N]: per column a random magnitude; column 0 all zero, 1 all positive,
 * 2 all negative (asym zero guard, sym centring), 3 tiny (subnormal f16
 * scales), the rest random among these and plain. */
static void gptq_weights(uint64_t *s, float *W, int64_t K, int64_t N) {
  for (int64_t n = 0; n < N; n++) {
    int kind = n < 4 ? (int)n : (int)rndint(s, 0, 7);
    double a = kind == 3 ? 1e-7 : exp(zt_uniform(s, log(1e-3), log(10.0)));
    for (int64_t k = 0; k < K; k++) {
      double u = zt_uniform(s, -a, a);
      W[k * N + n] = (float)(kind == 0 ? 0 : kind == 1 ? fabs(u) : kind == 2 ? -fabs(u) : u);
    }
  }
}

START_TEST(test_gptq_quantize) {
  uint64_t s = rng_for(7);
  enum { NC = 4 * 2 * 2 };
  Cfg cfg[NC];
  /* every bit width x sym/asym x with/without act-order; one oracle run */
  for (int c = 0; c < NC; c++) {
    int b = BITS[c / 4], sym = (c / 2) % 2, act = c % 2;
    int64_t K = 32 * rndint(&s, 2, 8), N = 32 * rndint(&s, 1, 4);
    int64_t G = (int64_t[]){-1, 32, 48, 16}[rndint(&s, 0, 3)];
    cfg[c] = (Cfg){b, K, N, G, zo_gptq_ngroups(K, G), sym, act};
    float *W = malloc(K * N * 4);
    int32_t *perm = malloc(K * 4);
    gptq_weights(&s, W, K, N);
    for (int64_t i = 0; i < K; i++) perm[i] = (int32_t)i;
    for (int64_t i = K - 1; act && i > 0; i--) { /* Fisher-Yates */
      int64_t j = rndint(&s, 0, i);
      int32_t t = perm[i]; perm[i] = perm[j]; perm[j] = t;
    }
    wbin(fname("w", c, "bin"), W, K * N * 4), wbin(fname("perm", c, "bin"), perm, K * 4);
    char perm_arg[32] = "-";
    if (act) snprintf(perm_arg, sizeof perm_arg, "@perm%d.bin", c);
    oracle("gptq_quantize %d %lld %lld %lld %d @w%d.bin %s @qw%d.out @qz%d.out @sc%d.out @gi%d.out", b,
           (long long)K, (long long)N, (long long)G, sym, c, perm_arg, c, c, c, c);
    free(W), free(perm);
  }
  oracle_run();
  for (int c = 0; c < NC; c++) {
    int b = cfg[c].b, sym = cfg[c].sym, act = cfg[c].act, maxq = (1 << b) - 1;
    int64_t K = cfg[c].K, N = cfg[c].N, G = cfg[c].G, ng = cfg[c].ng, gs = zo_gptq_group_size(K, G);
    int64_t R = zo_gptq_qweight_rows(b, K), C = zo_gptq_qzeros_cols(b, N);
    float *W = malloc(K * N * 4), *D = malloc(K * N * 4);
    uint32_t *qw = malloc(R * N * 4), *qz = malloc(ng * C * 4), *rw = malloc(R * N * 4), *rz = malloc(ng * C * 4);
    uint16_t *sc = malloc(ng * N * 2), *rs = malloc(ng * N * 2);
    int32_t *gi = malloc(K * 4), *rg = malloc(K * 4), *perm = malloc(K * 4);
    uint8_t *z = malloc(ng * N);
    rbin(fname("w", c, "bin"), W, K * N * 4), rbin(fname("perm", c, "bin"), perm, K * 4);
    ck_assert_int_eq(zo_gptq_quantize(W, K, N, b, G, sym, act ? perm : NULL, qw, qz, sc, gi), 0);

    /* bit-exact against the numpy quantizer + GPTQ-style packer */
    rbin(fname("qw", c, "out"), rw, R * N * 4), rbin(fname("qz", c, "out"), rz, ng * C * 4);
    rbin(fname("sc", c, "out"), rs, ng * N * 2), rbin(fname("gi", c, "out"), rg, K * 4);
    ck_assert_msg(memcmp(gi, rg, K * 4) == 0, "g_idx differs (bits %d act %d)", b, act);
    for (int64_t i = 0; i < ng * N; i++)
      ck_assert_msg(sc[i] == rs[i], "bits %d sym %d: scale %lld: 0x%04x, numpy 0x%04x", b, sym,
                    (long long)i, sc[i], rs[i]);
    ck_assert_msg(memcmp(qz, rz, ng * C * 4) == 0, "qzeros differ (bits %d sym %d)", b, sym);
    for (int64_t i = 0; i < R * N; i++)
      ck_assert_msg(qw[i] == rw[i], "bits %d sym %d act %d G %lld: qweight word %lld: 0x%08x, numpy 0x%08x",
                    b, sym, act, (long long)G, (long long)i, qw[i], rw[i]);

    /* act-order: the i-th row in perm order is in group i / G */
    for (int64_t i = 0; i < K; i++) ck_assert_int_eq(gi[perm[i]], i / gs);
    /* zeros: sym 2^(b-1) everywhere; asym never 0 (v1 cannot carry it) */
    zo_gptq_unpack_zeros(b, ng, N, qz, z);
    for (int64_t i = 0; i < ng * N; i++) {
      if (sym) ck_assert_int_eq(z[i], 1 << (b - 1));
      else ck_assert(z[i] >= 1 && z[i] <= maxq);
    }
    /* Error bound. With s the stored scale, the grid s·(q - z), q in
     * [0, maxq], covers the group's [xmin, xmax] to within s/2 at both
     * ends (scale rounded up, z chosen by rounding), so clamping never
     * moves a code more than rounding does: |x - s(q - z)| <= s/2 in
     * exact arithmetic. f32 adds: x/s rounded (|x/s| <= maxq+1, so <=
     * 2^-24·256 in code units), the range (hi - lo)/maxq and -lo/s rounded
     * (each <= maxq·2^-24 code units), and the dequant product (2^-24·|W|).
     * Together < s·2^-13 + 2^-23·|x|, so: */
    ck_assert_int_eq(zo_gptq_dequant_ref(b, K, N, G, qw, qz, sc, gi, D), 0);
    for (int64_t k = 0; k < K; k++)
      for (int64_t n = 0; n < N; n++) {
        double x = W[k * N + n], sg = zo_f16_to_f32(sc[gi[k] * N + n]);
        double tol = 0.5 * sg + sg * 0x1p-13 + fabs(x) * 0x1p-23;
        ck_assert_msg(fabs(D[k * N + n] - x) <= tol, "bits %d sym %d G %lld: W[%lld,%lld] = %g dequantizes to %g, scale %g",
                      b, sym, (long long)G, (long long)k, (long long)n, x, (double)D[k * N + n], sg);
      }
    free(W), free(D), free(qw), free(qz), free(rw), free(rz), free(sc), free(rs), free(gi), free(rg), free(perm), free(z);
  }
}
END_TEST

/* sym vs asym on one-signed data: asym's grid starts at 0 (scale xmax/(maxq-1)),
 * sym's must span [-xmax, xmax] (scale 2·xmax/maxq): asym is finer, by
 * 2(maxq-1)/maxq >= 4/3, and its mean error smaller. */
START_TEST(test_gptq_sym_vs_asym) {
  uint64_t s = rng_for(8);
  for (size_t bi = 0; bi < ZO_COUNT(BITS); bi++) {
    int b = BITS[bi], maxq = (1 << b) - 1;
    enum { K = 128, N = 64 };
    int64_t G = 32, ng = 4, R = K * b / 32, C = N * b / 32;
    float *W = malloc(K * N * 4), *D = malloc(K * N * 4);
    uint32_t *qw = malloc(R * N * 4), *qz = malloc(ng * C * 4);
    uint16_t sc[2][4 * N];
    int32_t gi[K];
    zt_fill_uniform(W, K * N, &s, 0.25f, 1.0f);
    double err[2];
    for (int sym = 0; sym < 2; sym++) {
      ck_assert_int_eq(zo_gptq_quantize(W, K, N, b, G, sym, NULL, qw, qz, sc[sym], gi), 0);
      ck_assert_int_eq(zo_gptq_dequant_ref(b, K, N, G, qw, qz, sc[sym], gi, D), 0);
      err[sym] = 0;
      for (int i = 0; i < K * N; i++) err[sym] += fabs(D[i] - W[i]);
    }
    for (int g = 0; g < ng; g++)
      for (int n = 0; n < N; n++) {
        float hi = 0;
        for (int k = g * 32; k < g * 32 + 32; k++) hi = fmaxf(hi, W[k * N + n]);
        ck_assert_uint_eq(sc[1][g * N + n], zo_f32_to_f16_up(2 * hi / (float)maxq));
        ck_assert_uint_eq(sc[0][g * N + n], zo_f32_to_f16_up(hi / (float)(maxq - 1)));
      }
    ck_assert_msg(err[0] < err[1], "%d bits: asym error %g not below sym %g", b, err[0], err[1]);
    free(W), free(D), free(qw), free(qz);
  }
}
END_TEST

START_TEST(test_gptq_bad_input) {
  enum { K = 64, N = 32 };
  uint32_t qw[K / 8 * N] = {0}, qz[2 * N / 8] = {0};
  uint16_t sc[2 * N] = {0};
  int32_t gi[K] = {0}, perm[K];
  float W[K * N], D[K * N];
  for (int i = 0; i < K * N; i++) W[i] = (float)(i % 7) - 3;
  gi[5] = 2; /* only groups 0 and 1 exist */
  GArgs a = {4, K, N, 32, qw, qz, sc, gi, D, W, NULL};
  expect_error(call_dequant, &a, "g_idx");
  gi[5] = -1;
  expect_error(call_dequant, &a, "g_idx");
  W[100] = NAN;
  expect_error(call_quantize, &a, "nan");
  W[100] = 0;
  for (int i = 0; i < K; i++) perm[i] = i;
  perm[3] = 4; /* 4 twice, 3 never */
  a.perm = perm;
  expect_error(call_quantize, &a, "permutation");
  perm[3] = 3;
  W[7] = 1e9f; /* scale 1e9/15 is beyond f16 */
  expect_error(call_quantize, &a, "beyond f16");
  expect_error(call_check_bits5, NULL, "bits");
  expect_error(call_check_k, NULL, "multiples of 32");
  ck_assert_int_eq(zo_gptq_check("test", 3, 64, 32, -1), 0);
}
END_TEST

/* ---- int8 */

static void channel_weights(uint64_t *s, float *W, int64_t N, int64_t K) {
  for (int64_t n = 0; n < N; n++) {
    double a = exp(zt_uniform(s, log(1e-4), log(100.0)));
    for (int64_t k = 0; k < K; k++) W[n * K + k] = n == 1 ? 0.f : (float)zt_uniform(s, -a, a);
  }
}

START_TEST(test_int8) {
  uint64_t s = rng_for(9);
  int64_t N = rndint(&s, 2, 40), K = rndint(&s, 1, 300);
  float *W = malloc(N * K * 4), *D = malloc(N * K * 4), *R = malloc(N * K * 4), sc32[40], rsc[40];
  int8_t *q = malloc(N * K), *rq = malloc(N * K);
  uint16_t sc16[40];
  channel_weights(&s, W, N, K);
  /* f32 scales: codes and scales exactly numpy's */
  ck_assert_int_eq(zo_int8_quantize(W, N, K, q, ZO_DT_F32, sc32), 0);
  wbin("w.bin", W, N * K * 4), wbin("q.bin", q, N * K), wbin("s32.bin", sc32, N * 4);
  oracle("int8_quantize %lld %lld @w.bin @q.out @s.out", (long long)N, (long long)K);
  oracle("int8_dequant %lld %lld f32 @q.bin @s32.bin @d32.out", (long long)N, (long long)K);
  ck_assert_int_eq(zo_int8_quantize(W, N, K, rq, ZO_DT_F16, sc16), 0);
  wbin("q16.bin", rq, N * K), wbin("s16.bin", sc16, N * 2);
  oracle("int8_dequant %lld %lld f16 @q16.bin @s16.bin @d16.out", (long long)N, (long long)K);
  oracle_run();
  rbin("s.out", rsc, N * 4);
  ck_assert(memcmp(sc32, rsc, N * 4) == 0);
  int8_t *tmp = malloc(N * K);
  rbin("q.out", tmp, N * K);
  ck_assert(memcmp(q, tmp, N * K) == 0);
  free(tmp);
  for (int pass = 0; pass < 2; pass++) {
    bool f16 = pass == 1;
    zo_int8_dequant(f16 ? rq : q, f16 ? ZO_DT_F16 : ZO_DT_F32, f16 ? (void *)sc16 : (void *)sc32, N, K, D);
    rbin(f16 ? "d16.out" : "d32.out", R, N * K * 4);
    for (int64_t i = 0; i < N * K; i++) ck_assert(D[i] == R[i]);
    /* |x/s| <= 127(1 + 2^-24) (s is absmax/127 rounded, f16 rounded up),
     * so the clamp moves no code more than rounding: error <= s/2, plus
     * x/s rounded (<= 127·2^-24 code units) and the product (2^-24·|W|). */
    for (int64_t n = 0; n < N; n++) {
      double sg = f16 ? zo_f16_to_f32(sc16[n]) : sc32[n];
      for (int64_t k = 0; k < K; k++) {
        double x = W[n * K + k];
        ck_assert_msg(fabs(D[n * K + k] - x) <= 0.5 * sg * (1 + 0x1p-15) + fabs(x) * 0x1p-23,
                      "int8 (%s scale) [%lld,%lld]: %g -> %g, scale %g", f16 ? "f16" : "f32", (long long)n, (long long)k, x, (double)D[n * K + k], sg);
      }
    }
  }
  ck_assert(sc32[1] == 0 && sc16[1] == 0); /* the zero row */
  free(W), free(D), free(R), free(q), free(rq);
}
END_TEST

/* ---- fp8 */

START_TEST(test_fp8) {
  uint64_t s = rng_for(10);
  int64_t N = rndint(&s, 2, 40), K = rndint(&s, 1, 300);
  float *W = malloc(N * K * 4), *D = malloc(N * K * 4), *R = malloc(N * K * 4), sc[40], rsc[40];
  uint8_t *w8 = malloc(N * K), *r8 = malloc(N * K);
  channel_weights(&s, W, N, K);
  ck_assert_int_eq(zo_fp8_quantize(W, N, K, w8, sc), 0);
  wbin("w.bin", W, N * K * 4), wbin("w8.bin", w8, N * K), wbin("s.bin", sc, N * 4);
  oracle("fp8_quantize %lld %lld @w.bin @w8.out @s.out", (long long)N, (long long)K);
  oracle("fp8_dequant %lld %lld @w8.bin @s.bin @d.out", (long long)N, (long long)K);
  oracle_run();
  rbin("w8.out", r8, N * K), rbin("s.out", rsc, N * 4), rbin("d.out", R, N * K * 4);
  ck_assert(memcmp(sc, rsc, N * 4) == 0);
  for (int64_t i = 0; i < N * K; i++) ck_assert_msg(w8[i] == r8[i], "fp8 code %lld: 0x%02x, ml_dtypes 0x%02x", (long long)i, w8[i], r8[i]);
  zo_fp8_dequant(w8, sc, N, K, D);
  for (int64_t i = 0; i < N * K; i++) ck_assert(D[i] == R[i]);
  /* e4m3 keeps 3 mantissa bits: a normal value is off by at most half an
   * ulp = 2^-4 of the power of two below it <= 2^-4·|x/s|; a subnormal one
   * by half the spacing 2^-9, i.e. 2^-10 (times s). f32: x/s and the product
   * add 2^-23·|x|. No element saturates by more than a rounding (|x/s| <= 448). */
  for (int64_t n = 0; n < N; n++)
    for (int64_t k = 0; k < K; k++) {
      double x = W[n * K + k];
      ck_assert(fabs(D[n * K + k] - x) <= 0x1p-4 * fabs(x) + 0x1p-10 * sc[n] + 0x1p-22 * fabs(x));
    }
  ck_assert(sc[1] == 0);
  free(W), free(D), free(R), free(w8), free(r8);
}
END_TEST

/* ---- NVFP4: a plain dequant (codes read bit by bit from the row's stream,
 * E2M1 decoded from its sign/exponent/mantissa bits, the e4m3 scale by
 * codegen/zo_rng.h's decoder, which test_rng checks against convert.c on all
 * 256 codes) against zo_nvfp4_dequant, bit for bit; the quantizer against its
 * definition: scale_2, each block's scale the smallest e4m3 >= absmax/6/scale_2,
 * each code a nearest E2M1 value, and the error bound (half the widest E2M1
 * gap, 1, times the block's step). */
static float e2m1_plain(unsigned c) {
  unsigned e = (c >> 1) & 3, m = c & 1;
  float v = e == 0 ? 0.5f * (float)m : ldexpf(1.0f + 0.5f * (float)m, (int)e - 1);
  return (c & 8) ? -v : v;
}

START_TEST(test_nvfp4) {
  uint64_t s = rng_for(12);
  const int64_t G = 16;
  int64_t N = rndint(&s, 2, 24), K = G * rndint(&s, 1, 12);
  float *W = malloc(N * K * 4), *D = malloc(N * K * 4), s2;
  uint8_t *codes = malloc(N * K / 2), *sc = malloc(N * K / G);
  channel_weights(&s, W, N, K);
  for (int64_t k = 0; k < G; k++) W[K + k] = 0;   /* a zero block (row 1's first): scale 0 */
  ck_assert_int_eq(zo_nvfp4_quantize(W, N, K, G, codes, sc, &s2), 0);
  float amax = 0;
  for (int64_t i = 0; i < N * K; i++) amax = fmaxf(amax, fabsf(W[i]));
  ck_assert(s2 == amax / (6.0f * 448.0f));
  zo_nvfp4_dequant(codes, sc, s2, N, K, G, D);
  ck_assert(sc[K / G] == 0);
  for (int64_t n = 0; n < N; n++)
    for (int64_t g = 0; g < K / G; g++) {
      uint8_t c = sc[n * (K / G) + g];
      float bmax = 0, sv = zo_rng_e4m3_value(c);
      for (int64_t k = 0; k < G; k++) bmax = fmaxf(bmax, fabsf(W[n * K + g * G + k]));
      float want = bmax / 6.0f / s2;
      /* the tensor's max block: 448 by construction, its quotient a rounding above it at most */
      ck_assert_msg(c < 0x7F && (sv >= want || (c == 0x7E && want <= 448.0f * (1 + 0x1p-22f))) &&
                        (c == 0 || zo_rng_e4m3_value((uint8_t)(c - 1)) < want),
                    "block [%lld, %lld]: scale 0x%02x (%g) for absmax/6/scale_2 %g", (long long)n, (long long)g, c, sv, want);
      for (int64_t k = g * G; k < (g + 1) * G; k++) {
        unsigned code = 0;
        for (int b = 0; b < 4; b++) {   /* stream bit j of the row: bit j % 8 of byte j / 8 */
          int64_t j = 4 * k + b;
          code |= (unsigned)((codes[n * (K / 2) + j / 8] >> (j % 8)) & 1) << b;
        }
        float plain = e2m1_plain(code) * sv * s2, x = W[n * K + k];
        ck_assert_msg(memcmp(&plain, &D[n * K + k], 4) == 0, "[%lld, %lld]: dequant %.9g, plain %.9g", (long long)n,
                      (long long)k, D[n * K + k], plain);
        if (c == 0) continue;
        double y = (double)x / ((double)sv * s2), err = fabs(y - e2m1_plain(code));
        for (unsigned o = 0; o < 16; o++)   /* the nearest (f32 quotient: a rounding's slack) */
          ck_assert_msg(err <= fabs(y - e2m1_plain(o)) + 1e-6 * fabs(y), "[%lld, %lld]: %g coded %g, %g is nearer",
                        (long long)n, (long long)k, y, e2m1_plain(code), e2m1_plain(o));
        ck_assert(fabs(plain - x) <= 1.0 * sv * s2 * (1 + 1e-6) + 1e-6 * fabs(x));
      }
    }
  free(W), free(D), free(codes), free(sc);
}
END_TEST

/* ---- nf4 */

START_TEST(test_nf4) {
  uint64_t s = rng_for(11);
  for (int pass = 0; pass < 2; pass++) {
    int64_t block = pass == 0 ? ZO_NF4_BLOCK : 128;
    size_t n = (size_t)(64 * rndint(&s, 1, 60) + rndint(&s, 0, 63)); /* partial block, odd n */
    if (pass == 0 && n % 2 == 0) n++;
    size_t nb = (n + block - 1) / block;
    float *W = malloc(n * 4), *D = malloc(n * 4), *R = malloc(n * 4), *am = malloc(nb * 4), *ram = malloc(nb * 4);
    uint8_t *p = malloc((n + 1) / 2), *cc = malloc(n), *rc = malloc(n);
    for (size_t i = 0; i < n; i++) { /* roughly normal weights, per-block magnitudes, one zero block */
      double a = 0.02 * (1 + (i / block) % 5);
      W[i] = nb > 2 && i / block == 1 ? 0.f : (float)(a * (zt_uniform(&s, -1, 1) + zt_uniform(&s, -1, 1) + zt_uniform(&s, -1, 1)));
    }
    ck_assert_int_eq(zo_nf4_quantize(W, n, block, p, am), 0);
    if (n % 2) ck_assert_uint_eq(p[n / 2] & 0xf, 0);
    wbin("w.bin", W, n * 4), wbin("p.bin", p, (n + 1) / 2), wbin("am.bin", am, nb * 4);
    oracle("nf4_quantize %zu %lld @w.bin @codes.out @am.out", n, (long long)block);
    oracle("nf4_unpack %zu @p.bin @cc.out", n);
    oracle("nf4_dequant %zu %lld @p.bin @am.bin @d.out", n, (long long)block);
    oracle_run();
    rbin("am.out", ram, nb * 4), rbin("codes.out", rc, n), rbin("cc.out", cc, n), rbin("d.out", R, n * 4);
    ck_assert(memcmp(am, ram, nb * 4) == 0);
    /* numpy's unpack (high nibble first) of our bytes against its own
     * brute-force nearest codes. bitsandbytes decides by f32 midpoints,
     * argmin by f32 distances: they may only disagree where x is within
     * f32 rounding (2^-23) of a midpoint. */
    int ties = 0;
    for (size_t i = 0; i < n; i++) {
      if (cc[i] == rc[i]) continue;
      float inv = am[i / block] > 0 ? 1.0f / am[i / block] : 0, x = W[i] * inv;
      double d1 = fabs(x - zo_nf4_table[cc[i]]), d2 = fabs(x - zo_nf4_table[rc[i]]);
      ck_assert_msg(fabs(d1 - d2) <= 0x1p-22, "nf4 element %zu: code %d, nearest is %d (x = %.9g)", i, cc[i], rc[i], (double)x);
      ties++;
    }
    ck_assert_int_le(ties, 2);
    zo_nf4_dequant(p, am, n, block, D);
    for (size_t i = 0; i < n; i++) ck_assert(D[i] == R[i]);
    /* the nearest of 16 codes on [-1, 1]: within half the widest gap,
     * (-0.6961928 - -1) / 2 = 0.1519036, of x/absmax; f32 rounding of
     * x·(1/absmax) and the product adds a few 2^-24. */
    for (size_t i = 0; i < n; i++)
      ck_assert(fabs(D[i] - W[i]) <= am[i / block] * (0.15190360 + 0x1p-20));
    if (nb > 2) ck_assert(am[1] == 0 && D[block] == 0);
    free(W), free(D), free(R), free(am), free(ram), free(p), free(cc), free(rc);
  }
}
END_TEST

/* ---- AQLM */

START_TEST(test_aqlm) {
  uint64_t s = rng_for(12);
  int64_t out = rndint(&s, 1, 20), in = 8 * rndint(&s, 1, 40);
  size_t ncb = (size_t)65536 * 8;
  int16_t *codes = malloc(out * in / 8 * 2), *codes2 = malloc(out * in / 8 * 2);
  uint16_t *cb = malloc(ncb * 2), *cb2 = malloc(ncb * 2), sc[20], sc2[20];
  float *W = malloc(out * in * 4), *R = malloc(out * in * 4);
  uint64_t seed = zt_next(&s);
  zo_aqlm_random(seed, out, in, 0.02f, codes, cb, sc);
  zo_aqlm_dequant(codes, cb, sc, out, in, W);
  wbin("c.bin", codes, out * in / 8 * 2), wbin("cb.bin", cb, ncb * 2), wbin("s.bin", sc, out * 2);
  oracle("aqlm_dequant %lld %lld @c.bin @cb.bin @s.bin @w.out", (long long)out, (long long)in);
  oracle_run();
  rbin("w.out", R, out * in * 4);
  for (int64_t i = 0; i < out * in; i++) ck_assert_msg(W[i] == R[i], "aqlm W %lld: %g, numpy %g", (long long)i, (double)W[i], (double)R[i]);
  /* deterministic in the seed, different across seeds */
  zo_aqlm_random(seed, out, in, 0.02f, codes2, cb2, sc2);
  ck_assert(memcmp(codes, codes2, out * in / 8 * 2) == 0 && memcmp(cb, cb2, ncb * 2) == 0 && memcmp(sc, sc2, out * 2) == 0);
  zo_aqlm_random(seed + 1, out, in, 0.02f, codes2, cb2, sc2);
  ck_assert(memcmp(cb, cb2, ncb * 2) != 0);
  free(W), free(R), free(codes), free(codes2);

  /* Codes use all 16 bits (negative int16 included), and W has the std the
   * helper promises: E[W²] = E[c²]·E[s²] = 1 · std²·E[u²], u ~ U[0.5, 1.5],
   * E[u²] = 13/12, so std(W) = std·1.0408. With 1024 rows the row-scale term
   * has a relative sd of ~0.9% in std(W); 5% is > 5 sigma. */
  out = 1024, in = 64;
  codes = malloc(out * in / 8 * 2);
  uint16_t *scb = malloc(out * 2);
  W = malloc(out * in * 4);
  zo_aqlm_random(zt_next(&s), out, in, 0.02f, codes, cb, scb);
  zo_aqlm_dequant(codes, cb, scb, out, in, W);
  int neg = 0;
  for (int64_t i = 0; i < out * in / 8; i++) neg += codes[i] < 0;
  ck_assert(neg > out * in / 8 / 4 && neg < out * in / 8 * 3 / 4);
  double ss = 0;
  for (int64_t i = 0; i < out * in; i++) ss += (double)W[i] * W[i];
  double sd = sqrt(ss / (double)(out * in)) / 0.02;
  ck_assert_msg(fabs(sd / 1.0408 - 1) < 0.05, "AQLM random std ratio %g", sd);
  free(codes), free(scb), free(W), free(cb), free(cb2);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("quant");
  TCase *c = tcase_create("convert");
  tcase_set_timeout(c, 300);
  tcase_add_test(c, test_f16_bf16_f8_to_f32_all_patterns);
  tcase_add_test(c, test_from_f32_vs_numpy);
  tcase_add_test(c, test_f16_round_up);
  tcase_add_test(c, test_generic_all_dtypes);
  suite_add_tcase(s, c);
  TCase *g = tcase_create("gptq");
  tcase_set_timeout(g, 300);
  tcase_add_test(g, test_gptq_pack_unpack_vs_numpy);
  tcase_add_test(g, test_gptq_layout_by_hand);
  tcase_add_test(g, test_gptq_dequant_vs_numpy);
  tcase_add_test(g, test_gptq_quantize);
  tcase_add_test(g, test_gptq_sym_vs_asym);
  tcase_add_test(g, test_gptq_bad_input);
  suite_add_tcase(s, g);
  TCase *o = tcase_create("other formats");
  tcase_set_timeout(o, 300);
  tcase_add_test(o, test_int8);
  tcase_add_test(o, test_fp8);
  tcase_add_test(o, test_nvfp4);
  tcase_add_test(o, test_nf4);
  tcase_add_test(o, test_aqlm);
  suite_add_tcase(s, o);
  return s;
}

int main(void) { return zt_run_suite(suite()); }
