/* test_llvm.c — the LLVM-generated CPU kernels, one kind at a time, against
 * the plain-C references (runtime/ref.h, zo_sx_eval through
 * zo_weight_dequant) on fresh random shapes and values.
 *
 * Each case is a small model written in the zoc language whose last op is the
 * kernel under test, fed by embeddings of random tables (an embedding copies
 * rows exactly, so the kernel's inputs are known f32 values); weights are
 * bound to random data made here (valid for their format: g_idx in range,
 * act-order permutations, no f8 NaNs), run by the "cpu" backend, and compared
 * with a reference computed here from the same data.
 *
 * Tolerances (u = 2^-24, the f32 unit roundoff; errors are normwise,
 * ‖cpu − ref‖ / ‖ref‖, the reference being exact to within f32 rounding):
 *  - matmul: a K-term dot product accumulated in f32 (fmuladd, partial sums
 *    per key run) has a rounding error whose normwise size on random data
 *    grows like √K·u; the dequantized W is rounded to f32 once (u); allow
 *    8(√K + 1)u, a factor 8 above that typical size (K ≤ 600 here: ≤ 1.3e-5);
 *  - elementwise ops: one or a few f32 roundings plus libm's expf/erfcf
 *    (≤ 2 ulp): 16u;
 *  - norms: statistics summed in double and normalization in double, one
 *    final rounding: 4u, plus the input chain's roundings: 16u;
 *  - rope: computed in double as the reference, rounded once: 4u;
 *  - attention: an hd-term f32 dot per score, expf (≤ 2 ulp) relative to a
 *    max-subtracted score, sums in double, an f32 weighted sum of ≤ T values:
 *    ≈ (√hd + √T + 4)u; allow 8 times that;
 *  - softmax and cross entropy: expf per element and sums in double: 16u;
 *  - data movement (slice, transpose, embedding, positions): exact.
 * Perturbation: where a kernel reads (float)v + e·z with e = ±eps in f32, the
 * reference adds the same f32 delta = ±(eps·z) with z = zo_rng_normal, so an
 * embedding of a perturbed table is compared bit for bit: the kernels' z bits
 * are the contract's.
 */
#include <dirent.h>
#include <math.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "codegen/llvm_gen.h"
#include "codegen/llvm_rt.h"
#include "codegen/zo_rng.h"
#include "frontend/ast.h"
#include "passes/passes.h"
#include "runtime/convert.h"
#include "runtime/exec.h"
#include "runtime/lowprec.h"
#include "runtime/ref.h"
#include "runtime/weights.h"
#include "testutil.h"

#define U (1.0 / 16777216.0)

/* ---- building and binding test models */
typedef struct TModel {
  Program *p;
  Func *f;
  void *data[256][ZO_MAX_STORAGE];
  int nw;
} TModel;

static Func *compile_text(TModel *m, const char *text, const char *recipe) {
  memset(m, 0, sizeof *m);
  m->p = zo_parse_string("test.zo", text, strlen(text));
  ck_assert_msg(zo_diag_count() == 0, "test model does not parse:\n%s", text);
  CompileOptions o = {.recipe = recipe};
  m->f = zo_compile(m->p, &o);
  ck_assert_msg(m->f != NULL, "test model does not compile:\n%s", text);
  return m->f;
}

static void free_model(TModel *m) {
  for (int i = 0; i < m->nw; i++)
    for (int s = 0; s < ZO_MAX_STORAGE; s++) free(m->data[i][s]);
  zo_func_free(m->f);
  zo_program_free(m->p);
}

static Value *weight_named(Func *f, const char *pattern) {
  Block *b = f->body;
  for (int i = 0; i < b->vals.len; i++)
    if (b->vals.data[i]->op == ZO_OP_WEIGHT && strcmp(b->vals.data[i]->w->pattern, pattern) == 0) return b->vals.data[i];
  ck_abort_msg("no weight %s", pattern);
  return NULL;
}

static double fparam(const FormatInst *fi, const char *name, double dflt) {
  for (int i = 0; fi && i < fi->nparams; i++)
    if (strcmp(fi->pname[i], name) == 0) return fi->pval[i];
  return dflt;
}

/* valid random data for every storage of every weight; act: act-order g_idx */
static void bind_random(TModel *m, uint64_t *rng, bool act) {
  Block *b = m->f->body;
  for (int i = 0; i < b->vals.len; i++) {
    Value *v = b->vals.data[i];
    if (v->op != ZO_OP_WEIGHT) continue;
    ck_assert(m->nw < 256);
    for (int s = 0; s < v->w->nstorage; s++) {
      DType dt = zo_weight_storage_dtype(v, s);
      int64_t n = zo_weight_storage_numel(v, s);
      size_t es = zo_dtype_size(dt);
      void *d = zo_xcalloc((size_t)n + 16, es);
      const FormatInst *fi = v->type.fmt;
      Role role = fi ? fi->storage[s].role : ZO_ROLE_NONE;
      if (zo_dtype_is_float(dt)) {
        float *x = zo_xmalloc(sizeof(float) * (size_t)n);
        if (role == ZO_ROLE_SCALE) zt_fill_uniform(x, (size_t)n, rng, 0.02f, 0.2f);
        else zt_fill_uniform(x, (size_t)n, rng, -1.0f, 1.0f);
        if (dt == ZO_DT_F8E4M3) {
          uint8_t *q = d;
          for (int64_t j = 0; j < n; j++) {
            do q[j] = (uint8_t)zt_next(rng);
            while ((q[j] & 0x7F) == 0x7F);
          }
        } else {
          zo_convert_from_f32(dt, x, d, (size_t)n);
        }
        free(x);
      } else if (role == ZO_ROLE_INDEX) {
        /* g_idx: k / G, or an act-order permutation of those groups */
        int64_t K = n, G = (int64_t)fparam(fi, "G", 128);
        int32_t *g = d;
        int64_t *perm = zo_xmalloc(sizeof(int64_t) * (size_t)K);
        for (int64_t k = 0; k < K; k++) perm[k] = k;
        if (act)
          for (int64_t k = K - 1; k > 0; k--) {
            int64_t j = (int64_t)(zt_next(rng) % (uint64_t)(k + 1)), t = perm[k];
            perm[k] = perm[j];
            perm[j] = t;
          }
        for (int64_t k = 0; k < K; k++) g[perm[k]] = (int32_t)(k / G);
        free(perm);
      } else {
        uint8_t *q = d;
        for (size_t j = 0; j < (size_t)n * es; j++) q[j] = (uint8_t)zt_next(rng);
      }
      v->w->data[s] = d;
      m->data[m->nw][s] = d;
    }
    m->nw++;
  }
}

/* a plain weight's data as f32 (perturbed by sign·eps·z when marked) */
static float *plain_f32(const Value *v, int sign, const Perturb *p) {
  int64_t n = zo_weight_storage_numel(v, 0);
  float *x = zo_xmalloc(sizeof(float) * (size_t)n);
  zo_convert_to_f32(zo_weight_storage_dtype(v, 0), v->w->data[0], x, (size_t)n);
  if (sign && p && p->eps != 0 && v->w->perturbed[0])
    for (int64_t i = 0; i < n; i++) {
      float d = p->eps * zo_rng_normal(p->seed, (uint32_t)v->w->stream[0], (uint64_t)i);
      x[i] += sign > 0 ? d : -d;
    }
  return x;
}

/* the logical W[K, N] of a formatted weight, perturbed by sign */
static float *dequant(const Value *v, int sign, const Perturb *p) {
  int64_t K = v->w->K, N = v->w->N;
  float *W = zo_xmalloc(sizeof(float) * (size_t)(K * N));
  float *delta[ZO_MAX_STORAGE] = {0};
  if (sign && p && p->eps != 0)
    for (int s = 0; s < v->w->nstorage; s++) {
      if (!v->w->perturbed[s]) continue;
      int64_t n = zo_weight_storage_numel(v, s);
      delta[s] = zo_xmalloc(sizeof(float) * (size_t)n);
      for (int64_t i = 0; i < n; i++) {
        float d = p->eps * zo_rng_normal(p->seed, (uint32_t)v->w->stream[s], (uint64_t)i);
        delta[s][i] = sign > 0 ? d : -d;
      }
    }
  ck_assert(zo_weight_dequant(v, (const float *const *)delta, W) == 0);
  for (int s = 0; s < ZO_MAX_STORAGE; s++) free(delta[s]);
  return W;
}

static void run_cpu(Func *f, int threads, const int32_t *tok, int64_t B, int64_t T, const Perturb *p, float *out) {
  void *st = zo_backend_cpu.open(f, threads, NULL);
  ck_assert(st != NULL);
  ck_assert(zo_backend_cpu.forward(st, tok, B, T, p, out) == 0);
  zo_backend_cpu.close(st);
}

static int32_t *random_tokens(uint64_t *rng, int64_t n, int64_t V) {
  int32_t *t = zo_xmalloc(sizeof(int32_t) * (size_t)n);
  for (int64_t i = 0; i < n; i++) t[i] = (int32_t)(zt_next(rng) % (uint64_t)V);
  return t;
}

/* rows of E picked by the tokens (what embedding(E, tokens) computes), signed per batch entry */
static float *gather(const float *E, const int32_t *tok, int64_t n, int64_t D) {
  float *x = zo_xmalloc(sizeof(float) * (size_t)(n * D));
  for (int64_t i = 0; i < n; i++) memcpy(x + i * D, E + (int64_t)tok[i] * D, sizeof(float) * (size_t)D);
  return x;
}

/* ---- the RNG entry points the kernels call */
START_TEST(test_rng_entry_points) {
  uint64_t r = zt_seed() ^ 0x11;
  for (int i = 0; i < 2000; i++) {
    uint64_t seed = zt_next(&r), idx = zt_next(&r) >> (zt_next(&r) % 64);
    uint32_t stream = (uint32_t)zt_next(&r);
    float a = zo_rng_normal_c(seed, stream, idx), b = zo_rng_normal(seed, stream, idx);
    ck_assert_msg(memcmp(&a, &b, 4) == 0, "zo_rng_normal_c differs at %llu", (unsigned long long)idx);
  }
  for (int t = 0; t < 50; t++) {
    uint64_t seed = zt_next(&r), first = zt_next(&r) % 100000;
    uint32_t stream = (uint32_t)(zt_next(&r) % 1000);
    int64_t count = (int64_t)(zt_next(&r) % 40);
    float out[40];
    zo_rng_normal_run_c(seed, stream, first, count, out);
    for (int64_t i = 0; i < count; i++) {
      float b = zo_rng_normal(seed, stream, first + (uint64_t)i);
      ck_assert_msg(memcmp(&out[i], &b, 4) == 0, "run differs at first %llu + %lld", (unsigned long long)first, (long long)i);
    }
  }
}
END_TEST

/* The low-precision matmul's quantizations as the kernels call them
 * (codegen/llvm_rt.h) give runtime/lowprec.c's bits: the rows of one sign's
 * half (zo_lp_rows_c), and every block of nb columns of W' (zo_lp_cols_c,
 * in place, the last block shifted to end at N as the kernels do), for fp8
 * and int8, nearest and stochastic, with zero, NaN and Inf columns. */
START_TEST(test_lowprec_entry_points) {
  uint64_t r = zt_seed() ^ 0x1f8;
  for (int t = 0; t < 40; t++) {
    int kind = 1 + (int)(zt_next(&r) % 2), mode = (int)(zt_next(&r) % 2);
    int64_t K = 1 + (int64_t)(zt_next(&r) % 70), N = 1 + (int64_t)(zt_next(&r) % 40), nb = N < 16 ? N : 16;
    ZoLp q = {.kind = kind, .mode = mode, .seed = zt_next(&r), .stream = ZO_RNG_ROUND_STREAM | (uint32_t)(zt_next(&r) % 100)};
    float *w = zo_xmalloc(sizeof(float) * (size_t)(K * N)), *want = zo_xmalloc(sizeof(float) * (size_t)(K * N));
    float *tw = zo_xmalloc(sizeof(float) * (size_t)N), *blk = zo_xmalloc(sizeof(float) * (size_t)(K * nb)), tb[16];
    for (int64_t i = 0; i < K * N; i++) w[i] = (float)(zt_uniform(&r, -1, 1) * pow(2.0, (double)(zt_next(&r) % 9) - 4));
    if (N > 2) {
      for (int64_t k = 0; k < K; k++) w[k * N + 1] = 0;   /* a zero column: scale 1 */
      w[(K - 1) * N + 2] = t % 2 ? NAN : INFINITY;         /* a non-finite column: NaN scale */
    }
    zo_lp_quant_cols(&q, w, K, N, want, tw);
    for (int64_t cb = 0; cb * nb < N; cb++) {
      int64_t n0 = cb * nb < N - nb ? cb * nb : N - nb;
      for (int64_t k = 0; k < K; k++)
        for (int64_t l = 0; l < nb; l++) blk[k * nb + l] = w[k * N + n0 + l];
      zo_lp_cols_c(kind, mode, q.seed, q.stream, blk, K, nb, N, n0, tb);
      for (int64_t l = 0; l < nb; l++) {
        ck_assert_msg(memcmp(&tb[l], &tw[n0 + l], 4) == 0, "kind %d mode %d: column %lld's scale %g, want %g", kind, mode,
                      (long long)(n0 + l), tb[l], tw[n0 + l]);
        for (int64_t k = 0; k < K; k++)
          ck_assert_msg(memcmp(&blk[k * nb + l], &want[k * N + n0 + l], 4) == 0, "kind %d mode %d: wq[%lld, %lld] %g, want %g",
                        kind, mode, (long long)k, (long long)(n0 + l), blk[k * nb + l], want[k * N + n0 + l]);
      }
    }
    /* rows: a half of M rows from row h of x, words from 0 */
    int64_t M = (int64_t)(zt_next(&r) % 5), h = (int64_t)(zt_next(&r) % 3);
    float *x = zo_xmalloc(sizeof(float) * (size_t)((M + h) * K + 1)), *xq = zo_xmalloc(sizeof(float) * (size_t)(M * K + 1));
    float *xw = zo_xmalloc(sizeof(float) * (size_t)(M * K + 1)), s[8], sw[8];
    for (int64_t i = 0; i < (M + h) * K; i++) x[i] = (float)zt_uniform(&r, -3, 3);
    zo_lp_quant_rows(&q, x + h * K, M, K, xw, sw);
    zo_lp_rows_c(kind, mode, q.seed, q.stream, x + h * K, M, K, xq, s);
    ck_assert(memcmp(xq, xw, sizeof(float) * (size_t)(M * K)) == 0 && memcmp(s, sw, sizeof(float) * (size_t)M) == 0);
    free(w), free(want), free(tw), free(blk), free(x), free(xq), free(xw);
  }
}
END_TEST

/* the vector RNG the kernels compute in IR gives zo_rng_normal's bits */
START_TEST(test_rng_vector_ir) {
  uint64_t r = zt_seed() ^ 0x12;
  enum { N = 4099 };
  static float out[N];
  for (int t = 0; t < 12; t++) {
    uint64_t seed = zt_next(&r), first = t < 4 ? (uint64_t)t : zt_next(&r) >> (zt_next(&r) % 64);
    uint32_t stream = (uint32_t)zt_next(&r);
    if (first > UINT64_MAX - N) first -= N;
    ck_assert(zo_llvm_test_rng(seed, stream, first, N, out) == 0);
    for (int i = 0; i < N; i++) {
      float want = zo_rng_normal(seed, stream, first + (uint64_t)i);
      ck_assert_msg(memcmp(&want, &out[i], 4) == 0, "z(%llu, %u, %llu): %.9g vs %.9g", (unsigned long long)seed, stream,
                    (unsigned long long)(first + (uint64_t)i), out[i], want);
    }
  }
}
END_TEST

/* ---- matmul for every format */
typedef struct Fmt {
  const char *spelled;   /* the W parameter */
  int kmul;              /* K must be a multiple of this */
  int nmul;              /* N must be a multiple of this */
  bool act;              /* act-order g_idx */
} Fmt;

static const Fmt formats[] = {
  {"gptq(bits = 4, G = 32)", 32, 8, false},   {"gptq(bits = 4, G = 32)", 32, 8, true},
  {"gptq(bits = 3, G = 32)", 32, 32, false},  {"gptq(bits = 3, G = 64)", 32, 32, true},
  {"gptq(bits = 2, G = 16)", 16, 16, false},  {"gptq(bits = 8, G = 64)", 64, 4, true},
  {"int8", 1, 1, false},                      {"int8(dt = bf16)", 1, 1, false},
  {"fp8", 1, 1, false},                       {"nf4", 64, 1, false},
  {"nf4(blocksize = 32)", 32, 1, false},      {"aqlm", 8, 1, false},
  {"linear", 1, 1, false},                    {"linear(dt = bf16)", 1, 1, false},
  {"linear(dt = f32)", 1, 1, false},          {"conv1d", 1, 1, false},
  {"conv1d(dt = f16)", 1, 1, false},
};

static int64_t pick(uint64_t *r, int64_t lo, int64_t hi, int64_t mul) {
  int64_t v = lo + (int64_t)(zt_next(r) % (uint64_t)(hi - lo + 1));
  v = (v + mul - 1) / mul * mul;
  return v < mul ? mul : v;
}

/* y = matmul(embedding(E, tokens), w) with w of format fm, random data bound */
static Func *compile_mm(TModel *m, const Fmt *fm, int64_t K, int64_t N, const char *recipe, uint64_t *rng) {
  char text[1024];
  snprintf(text, sizeof text,
           "import \"formats.zo\"\n"
           "model m(K = %lld, N = %lld, W = %s) {\n"
           "  input tokens : i32[B, T]\n"
           "  weight E : f32[40, K] = \"E\"\n"
           "  weight w : W[K, N] = \"w\"\n"
           "  y = matmul(embedding(E, tokens), w)\n"
           "  output y\n"
           "}\n"
           "recipe scales for m { perturb scale }\n"
           "recipe all for m { perturb w }\n",
           (long long)K, (long long)N, fm->spelled);
  Func *f = compile_text(m, text, recipe);
  bind_random(m, rng, fm->act);
  return f;
}

/* y = x · W for one format, B·T rows (perturbed: rows of b < split take +eps) */
static void check_matmul(const Fmt *fm, int64_t B, int64_t T, int64_t K, int64_t N, const char *recipe, float eps,
                         uint64_t *rng) {
  TModel m;
  Func *f = compile_mm(&m, fm, K, N, recipe, rng);
  Value *E = weight_named(f, "E"), *w = weight_named(f, "w");
  int64_t M = B * T;
  int32_t *tok = random_tokens(rng, M, 40);
  float *x = gather(E->w->data[0], tok, M, K);
  Perturb p = {.seed = zt_next(rng), .eps = eps, .split = B / 2 + (B % 2 ? (int64_t)(zt_next(rng) % 2) : 0)};
  float *out = zo_xmalloc(sizeof(float) * (size_t)(M * N)), *ref = zo_xmalloc(sizeof(float) * (size_t)(M * N));
  run_cpu(f, 1 + (int)(zt_next(rng) % 3), tok, B, T, &p, out);
  float *Wp = dequant(w, +1, &p), *Wm = dequant(w, -1, &p);
  int64_t split_rows = eps != 0 ? p.split * T : M;
  if (split_rows > 0) zo_ref_matmul(x, Wp, ref, split_rows, K, N);
  if (split_rows < M) zo_ref_matmul(x + split_rows * K, Wm, ref + split_rows * N, M - split_rows, K, N);
  double err = zt_normwise(out, ref, M * N), tol = 8 * (sqrt((double)K) + 1) * U;
  ck_assert_msg(err <= tol, "matmul %s M=%lld K=%lld N=%lld recipe %s eps %g split %lld: error %.3g > %.3g", fm->spelled,
                (long long)M, (long long)K, (long long)N, recipe ? recipe : "-", eps, (long long)p.split, err, tol);
  free(Wp);
  free(Wm);
  free(tok);
  free(x);
  free(out);
  free(ref);
  free_model(&m);
}

/* The low-precision matmul (docs/lowprec.md, forward = kind, forward_rounding
 * = mode) for one format: the cpu's y has the bits of runtime/lowprec.c's
 * functions applied here to x and to W' (zo_weight_dequant of the storages
 * perturbed by each sign), each sign's half of the rows on its own; for 1 and
 * 3 threads. Exact, not within a tolerance: the kernel quantizes through the
 * same functions and sums the grid products exactly (in double), so any
 * difference is a wrong operand, word, stream, scale or half. */
static void check_lp_matmul(const Fmt *fm, int kind, int mode, int64_t B, int64_t T, int64_t K, int64_t N,
                            const char *recipe, uint64_t *rng) {
  TModel m;
  Func *f = compile_mm(&m, fm, K, N, recipe, rng);
  zo_recipe_set(f->recipe, "forward", kind);
  zo_recipe_set(f->recipe, "forward_rounding", mode);
  Value *E = weight_named(f, "E"), *w = weight_named(f, "w"), *mm = f->outputs.data[0];
  int j = zo_lp_ordinal(f, mm);
  ck_assert_int_eq(j, 0);
  int64_t M = B * T;
  int32_t *tok = random_tokens(rng, M, 40);
  float *x = gather(E->w->data[0], tok, M, K);
  Perturb p = {.seed = zt_next(rng), .eps = 0.05f, .split = (int64_t)(zt_next(rng) % (uint64_t)(B + 1))};
  float *out = zo_xmalloc(sizeof(float) * (size_t)(M * N)), *out3 = zo_xmalloc(sizeof(float) * (size_t)(M * N));
  float *want = zo_xmalloc(sizeof(float) * (size_t)(M * N)), *xq = zo_xmalloc(sizeof(float) * (size_t)(M * K));
  float *wq = zo_xmalloc(sizeof(float) * (size_t)(K * N)), *s = zo_xmalloc(sizeof(float) * (size_t)M);
  float *t = zo_xmalloc(sizeof(float) * (size_t)N);
  for (int pert = 0; pert < 2; pert++) {
    const Perturb *pp = pert ? &p : NULL;
    run_cpu(f, 1, tok, B, T, pp, out);
    run_cpu(f, 3, tok, B, T, pp, out3);
    ck_assert_msg(memcmp(out, out3, sizeof(float) * (size_t)(M * N)) == 0, "lowprec %s: 3 threads differ from 1", fm->spelled);
    int64_t split_rows = pert ? p.split * T : M;
    for (int h = 0; h < 2; h++) {
      int64_t r0 = h ? split_rows : 0, rows = h ? M - split_rows : split_rows;
      if (rows == 0) continue;
      int sign = pert ? (h ? -1 : 1) : 0;
      ZoLp q = {.kind = kind, .mode = pert ? mode : 0, .seed = pert ? p.seed : 0, .stream = zo_lp_stream_x(j)};
      float *W = dequant(w, sign, &p);
      zo_lp_quant_rows(&q, x + r0 * K, rows, K, xq, s);
      q.stream = zo_lp_stream_w(j);
      zo_lp_quant_cols(&q, W, K, N, wq, t);
      zo_lp_matmul(xq, s, wq, t, want + r0 * N, rows, K, N);
      free(W);
    }
    int64_t bad = 0, first = -1;
    for (int64_t i = 0; i < M * N; i++)
      if (memcmp(&out[i], &want[i], 4) != 0 && bad++ == 0) first = i;
    ck_assert_msg(bad == 0, "lowprec %s kind %d mode %d M=%lld K=%lld N=%lld %s split %lld: %lld of %lld differ, first [%lld] %.9g want %.9g",
                  fm->spelled, kind, mode, (long long)M, (long long)K, (long long)N, pert ? "perturbed" : "plain",
                  (long long)p.split, (long long)bad, (long long)(M * N), (long long)first, out[first], want[first]);
  }
  free(tok), free(x), free(out), free(out3), free(want), free(xq), free(wq), free(s), free(t);
  free_model(&m);
}

START_TEST(test_lowprec_matmul) {
  uint64_t r = zt_seed() ^ 0x1f9;
  for (size_t i = 0; i < ZO_COUNT(formats); i++) {
    const Fmt *fm = &formats[i];
    bool dense = strncmp(fm->spelled, "linear", 6) == 0 || strncmp(fm->spelled, "conv1d", 6) == 0;
    for (int c = 0; c < 2; c++) {
      int kind = c ? ZO_LP_INT8 : ZO_LP_FP8, mode = (int)(zt_next(&r) % 2);
      int64_t K = pick(&r, 16, 300, fm->kmul), N = pick(&r, 5, 70, fm->nmul);
      check_lp_matmul(fm, kind, mode, 1 + (int64_t)(zt_next(&r) % 4), 1 + (int64_t)(zt_next(&r) % 3), K, N,
                      dense ? "all" : "scales", &r);
    }
  }
}
END_TEST

START_TEST(test_matmul_formats) {
  uint64_t r = zt_seed() ^ 0x22;
  for (size_t i = 0; i < ZO_COUNT(formats); i++) {
    const Fmt *fm = &formats[i];
    /* few rows (the direct path) and many (the panel path); N with a partial last block */
    int64_t K = pick(&r, 16, 300, fm->kmul), N = pick(&r, 5, 70, fm->nmul);
    check_matmul(fm, 1, 1, K, N, NULL, 0, &r);
    check_matmul(fm, 3, 1 + (int64_t)(zt_next(&r) % 3), K, N, NULL, 0, &r);
  }
}
END_TEST

START_TEST(test_matmul_perturbed) {
  /* both signs in one call equal the reference matmul on explicitly perturbed storages */
  uint64_t r = zt_seed() ^ 0x33;
  for (size_t i = 0; i < ZO_COUNT(formats); i++) {
    const Fmt *fm = &formats[i];
    int64_t K = pick(&r, 16, 600, fm->kmul), N = pick(&r, 5, 90, fm->nmul);
    bool dense = strncmp(fm->spelled, "linear", 6) == 0 || strncmp(fm->spelled, "conv1d", 6) == 0;
    const char *recipe = dense ? "all" : "scales";
    /* eps large enough that a wrong z (index, stream or sign) is far outside the tolerance */
    check_matmul(fm, 2, 1, K, N, recipe, 0.05f, &r);                                   /* direct path, two signs */
    check_matmul(fm, 1, 1, K, N, recipe, 0.05f, &r);                                   /* one row, + only (split 0 → -) */
    check_matmul(fm, 2 + (int64_t)(zt_next(&r) % 5), 3, K, N, recipe, 0.05f, &r);     /* panel path */
  }
}
END_TEST

START_TEST(test_matmul_large_k) {
  /* several K tiles of the panel and of the direct sweep; key runs across tiles */
  uint64_t r = zt_seed() ^ 0x44;
  Fmt g = {"gptq(bits = 4, G = 128)", 128, 8, false};
  check_matmul(&g, 1, 1, 1024 + 128 * (int64_t)(zt_next(&r) % 3), 40, "scales", 0.05f, &r);
  check_matmul(&g, 4, 3, 640, 24, "scales", 0.05f, &r);
  g.act = true;
  check_matmul(&g, 2, 1, 768, 48, "scales", 0.05f, &r);
}
END_TEST

/* plain weights: [K, N] in f16 / bf16 / f32, and a tied [N, K] read through transpose */
START_TEST(test_matmul_plain) {
  uint64_t r = zt_seed() ^ 0x55;
  const char *dts[] = {"f16", "bf16", "f32"};
  for (int tr = 0; tr < 2; tr++)
    for (int d = 0; d < 3; d++)
      for (int pert = 0; pert < 2; pert++) {
        int64_t K = pick(&r, 8, 200, 1), N = pick(&r, 3, 60, 1), B = 1 + (int64_t)(zt_next(&r) % 6), T = 2;
        char text[1024];
        snprintf(text, sizeof text,
                 "model m(K = %lld, N = %lld) {\n"
                 "  input tokens : i32[B, T]\n"
                 "  weight E : f32[40, K] = \"E\"\n"
                 "  weight w : %s[%s] = \"w\"\n"
                 "  y = matmul(embedding(E, tokens), %s)\n"
                 "  output y\n"
                 "}\n"
                 "recipe all for m { perturb w }\n",
                 (long long)K, (long long)N, dts[d], tr ? "N, K" : "K, N", tr ? "transpose(w)" : "w");
        TModel m;
        Func *f = compile_text(&m, text, pert ? "all" : NULL);
        bind_random(&m, &r, false);
        Value *E = weight_named(f, "E"), *w = weight_named(f, "w");
        int64_t M = B * T;
        int32_t *tok = random_tokens(&r, M, 40);
        float *x = gather(E->w->data[0], tok, M, K);
        Perturb p = {.seed = zt_next(&r), .eps = pert ? 0.05f : 0, .split = B / 2};
        float *out = zo_xmalloc(sizeof(float) * (size_t)(M * N)), *ref = zo_xmalloc(sizeof(float) * (size_t)(M * N));
        run_cpu(f, 2, tok, B, T, &p, out);
        for (int sg = 0; sg < 2; sg++) {
          int64_t r0 = sg == 0 ? 0 : (pert ? p.split * T : M), r1 = sg == 0 ? (pert ? p.split * T : M) : M;
          if (r0 >= r1) continue;
          float *wf = plain_f32(w, sg == 0 ? 1 : -1, pert ? &p : NULL);
          if (tr) zo_ref_matmul_bt(x + r0 * K, wf, ref + r0 * N, r1 - r0, K, N);
          else zo_ref_matmul(x + r0 * K, wf, ref + r0 * N, r1 - r0, K, N);
          free(wf);
        }
        double err = zt_normwise(out, ref, M * N), tol = 8 * (sqrt((double)K) + 1) * U;
        ck_assert_msg(err <= tol, "plain %s%s matmul K=%lld N=%lld: %.3g > %.3g", dts[d], tr ? " transposed" : "",
                      (long long)K, (long long)N, err, tol);
        free(tok);
        free(x);
        free(out);
        free(ref);
        free_model(&m);
      }
}
END_TEST

/* a matmul with a fused epilogue: bias (perturbed under "all"), silu, mul by another operand, residual */
START_TEST(test_matmul_epilogue) {
  uint64_t r = zt_seed() ^ 0x66;
  for (int pert = 0; pert < 2; pert++) {
    int64_t K = pick(&r, 16, 160, 32), N = pick(&r, 8, 60, 8), B = 1 + 3 * pert + (int64_t)(zt_next(&r) % 3), T = 2;
    char text[1024];
    snprintf(text, sizeof text,
             "import \"formats.zo\"\n"
             "model m(K = %lld, N = %lld) {\n"
             "  input tokens : i32[B, T]\n"
             "  weight E : f32[40, K] = \"E\"\n"
             "  weight F : f32[40, N] = \"F\"\n"
             "  weight w : gptq(bits = 4, G = 32)[K, N] = \"w\"\n"
             "  weight bias : f16[N] = \"bias\"\n"
             "  z = embedding(F, tokens)\n"
             "  y = z + silu(matmul(embedding(E, tokens), w) + bias) * z\n"
             "  output y\n"
             "}\n"
             "recipe all for m { perturb scale, bias }\n",
             (long long)K, (long long)N);
    TModel m;
    Func *f = compile_text(&m, text, pert ? "all" : NULL);
    bind_random(&m, &r, false);
    Value *E = weight_named(f, "E"), *F = weight_named(f, "F"), *w = weight_named(f, "w"), *bias = weight_named(f, "bias");
    int64_t M = B * T;
    int32_t *tok = random_tokens(&r, M, 40);
    float *x = gather(E->w->data[0], tok, M, K), *z = gather(F->w->data[0], tok, M, N);
    Perturb p = {.seed = zt_next(&r), .eps = pert ? 0.05f : 0, .split = (B + 1) / 2};
    float *out = zo_xmalloc(sizeof(float) * (size_t)(M * N)), *ref = zo_xmalloc(sizeof(float) * (size_t)(M * N));
    run_cpu(f, 3, tok, B, T, &p, out);
    int64_t sr = pert ? p.split * T : M;
    for (int sg = 0; sg < 2; sg++) {
      int64_t r0 = sg ? sr : 0, r1 = sg ? M : sr;
      if (r0 >= r1) continue;
      float *W = dequant(w, sg ? -1 : 1, pert ? &p : NULL), *bf = plain_f32(bias, sg ? -1 : 1, pert ? &p : NULL);
      float *t = ref + r0 * N;
      zo_ref_matmul(x + r0 * K, W, t, r1 - r0, K, N);
      zo_ref_add_bias(t, bf, t, r1 - r0, N);
      zo_ref_silu(t, t, (r1 - r0) * N);
      zo_ref_mul(t, z + r0 * N, t, (r1 - r0) * N);
      zo_ref_add(z + r0 * N, t, t, (r1 - r0) * N);
      free(W);
      free(bf);
    }
    double err = zt_normwise(out, ref, M * N), tol = 8 * (sqrt((double)K) + 1) * U + 16 * U;
    ck_assert_msg(err <= tol, "matmul epilogue (perturbed %d): %.3g > %.3g", pert, err, tol);
    free(tok);
    free(x);
    free(z);
    free(out);
    free(ref);
    free_model(&m);
  }
}
END_TEST

/* ---- elementwise chains with broadcasting, every elementwise op */
START_TEST(test_elementwise) {
  uint64_t r = zt_seed() ^ 0x77;
  int64_t D = pick(&r, 1, 70, 1), B = 1 + (int64_t)(zt_next(&r) % 4), T = 1 + (int64_t)(zt_next(&r) % 5), M = B * T;
  char text[1024];
  snprintf(text, sizeof text,
           "model m(D = %lld) {\n"
           "  input tokens : i32[B, T]\n"
           "  weight E : f32[40, D] = \"E\"\n"
           "  weight F : f32[40, D] = \"F\"\n"
           "  weight c : bf16[D] = \"c\"\n"
           "  x = embedding(E, tokens)\n"
           "  z = embedding(F, tokens)\n"
           "  a = gelu(x) - relu(z) * 0.75\n"
           "  b = gelu_tanh(z * 3) + silu(x) * c\n"
           "  y = relu(a) + b * tanh(x * 0.5 - 0.25)\n"
           "  output y\n"
           "}\n",
           (long long)D);
  TModel m;
  Func *f = compile_text(&m, text, NULL);
  bind_random(&m, &r, false);
  int32_t *tok = random_tokens(&r, M, 40);
  float *x = gather(weight_named(f, "E")->w->data[0], tok, M, D), *z = gather(weight_named(f, "F")->w->data[0], tok, M, D);
  float *c = plain_f32(weight_named(f, "c"), 0, NULL);
  float *out = zo_xmalloc(sizeof(float) * (size_t)(M * D)), *ref = zo_xmalloc(sizeof(float) * (size_t)(M * D));
  float *t1 = zo_xmalloc(sizeof(float) * (size_t)(M * D)), *t2 = zo_xmalloc(sizeof(float) * (size_t)(M * D));
  run_cpu(f, 2, tok, B, T, NULL, out);
  int64_t n = M * D;
  float *t3 = zo_xmalloc(sizeof(float) * (size_t)n);
  zo_ref_gelu(x, t1, n);                                                   /* gelu(x) */
  zo_ref_relu(z, t2, n);
  for (int64_t i = 0; i < n; i++) t2[i] = (float)((double)t2[i] * 0.75);   /* relu(z) * 0.75 */
  for (int64_t i = 0; i < n; i++) t1[i] = t1[i] - t2[i];                   /* a */
  zo_ref_relu(t1, t1, n);                                                  /* relu(a) */
  for (int64_t i = 0; i < n; i++) t2[i] = (float)((double)z[i] * 3);
  zo_ref_gelu_tanh(t2, t2, n);                                             /* gelu_tanh(z * 3) */
  zo_ref_silu(x, t3, n);
  float *t4 = zo_xmalloc(sizeof(float) * (size_t)n);
  for (int64_t i = 0; i < n; i++) t4[i] = (float)((double)x[i] * 0.5);
  for (int64_t i = 0; i < n; i++) t4[i] = (float)((double)t4[i] - 0.25);   /* shift */
  zo_ref_unary(ZO_OP_TANH, t4, t4, n);                                     /* tanh(x * 0.5 - 0.25) */
  for (int64_t i = 0; i < n; i++) ref[i] = t1[i] + (t2[i] + t3[i] * c[i % D]) * t4[i];
  free(t4);
  free(t3);
  double err = zt_normwise(out, ref, n);
  ck_assert_msg(err <= 16 * U, "elementwise chain: %.3g", err);
  free(tok); free(x); free(z); free(c); free(out); free(ref); free(t1); free(t2);
  free_model(&m);
}
END_TEST

/* ---- norms with the fused residual add; perturbed norm weights */
START_TEST(test_norms) {
  uint64_t r = zt_seed() ^ 0x88;
  for (int ln = 0; ln < 2; ln++)
    for (int pert = 0; pert < 2; pert++) {
      int64_t D = pick(&r, 1, 100, 1), B = 2 + (int64_t)(zt_next(&r) % 3), T = 1 + (int64_t)(zt_next(&r) % 4), M = B * T;
      char text[1024];
      snprintf(text, sizeof text,
               "model m(D = %lld) {\n"
               "  input tokens : i32[B, T]\n"
               "  weight E : f32[40, D] = \"E\"\n"
               "  weight F : f32[40, D] = \"F\"\n"
               "  weight g : f16[D] = \"g\"\n"
               "  weight bb : f32[D] = \"bb\"\n"
               "  r = embedding(E, tokens) + embedding(F, tokens)\n"
               "  h = %s\n"
               "  y = h * 2 + r\n"
               "  output y\n"
               "}\n"
               "recipe all for m { perturb %s }\n",
               (long long)D, ln ? "layer_norm(r, g, bb, 1e-5)" : "rms_norm(r, g, 1e-6)", ln ? "g, bb" : "g");
      TModel m;
      Func *f = compile_text(&m, text, pert ? "all" : NULL);
      bind_random(&m, &r, false);
      int32_t *tok = random_tokens(&r, M, 40);
      float *x = gather(weight_named(f, "E")->w->data[0], tok, M, D), *z = gather(weight_named(f, "F")->w->data[0], tok, M, D);
      Perturb p = {.seed = zt_next(&r), .eps = pert ? 0.05f : 0, .split = B / 2};
      float *out = zo_xmalloc(sizeof(float) * (size_t)(M * D)), *ref = zo_xmalloc(sizeof(float) * (size_t)(M * D));
      float *res = zo_xmalloc(sizeof(float) * (size_t)(M * D));
      run_cpu(f, 3, tok, B, T, &p, out);
      zo_ref_add(x, z, res, M * D);
      int64_t sr = pert ? p.split * T : M;
      for (int sg = 0; sg < 2; sg++) {
        int64_t r0 = sg ? sr : 0, r1 = sg ? M : sr;
        if (r0 >= r1) continue;
        float *g = plain_f32(weight_named(f, "g"), sg ? -1 : 1, &p);
        float *bb = ln ? plain_f32(weight_named(f, "bb"), sg ? -1 : 1, &p) : NULL;
        if (ln) zo_ref_layer_norm(res + r0 * D, g, bb, ref + r0 * D, r1 - r0, D, 1e-5f);
        else zo_ref_rms_norm(res + r0 * D, g, ref + r0 * D, r1 - r0, D, 1e-6f);
        free(g);
        free(bb);
      }
      for (int64_t i = 0; i < M * D; i++) ref[i] = (float)((double)ref[i] * 2) + res[i];
      double err = zt_normwise(out, ref, M * D);
      ck_assert_msg(err <= 16 * U, "%s (perturbed %d) D=%lld: %.3g", ln ? "layer_norm" : "rms_norm", pert, (long long)D, err);
      free(tok); free(x); free(z); free(out); free(ref); free(res);
      free_model(&m);
    }
}
END_TEST

/* ---- rope, attention (causal or not, grouped-query), softmax */
START_TEST(test_rope_attention) {
  uint64_t r = zt_seed() ^ 0x99;
  for (int it = 0; it < 4; it++) {
    int64_t KV = 1 + (int64_t)(zt_next(&r) % 3), H = KV * (1 + (int64_t)(zt_next(&r) % 3)), hd = 2 * (1 + (int64_t)(zt_next(&r) % 12));
    int64_t B = 1 + (int64_t)(zt_next(&r) % 3), T = 1 + (int64_t)(zt_next(&r) % 9), M = B * T;
    int causal = it % 2;
    double theta = it < 2 ? 10000 : 500000;
    char text[1024];
    snprintf(text, sizeof text,
             "model m(H = %lld, KV = %lld, hd = %lld) {\n"
             "  input tokens : i32[B, T]\n"
             "  weight Q : f32[40, H * hd] = \"Q\"\n"
             "  weight Kw : f32[40, KV * hd] = \"K\"\n"
             "  weight Vw : f32[40, KV * hd] = \"V\"\n"
             "  q = rope(embedding(Q, tokens), H, %g)\n"
             "  y = attention(q, embedding(Kw, tokens), embedding(Vw, tokens), H, KV, causal = %d)\n"
             "  output y\n"
             "}\n",
             (long long)H, (long long)KV, (long long)hd, theta, causal);
    TModel m;
    Func *f = compile_text(&m, text, NULL);
    bind_random(&m, &r, false);
    int32_t *tok = random_tokens(&r, M, 40);
    float *q = gather(weight_named(f, "Q")->w->data[0], tok, M, H * hd);
    float *k = gather(weight_named(f, "K")->w->data[0], tok, M, KV * hd);
    float *v = gather(weight_named(f, "V")->w->data[0], tok, M, KV * hd);
    float *qr = zo_xmalloc(sizeof(float) * (size_t)(M * H * hd)), *ref = zo_xmalloc(sizeof(float) * (size_t)(M * H * hd));
    float *out = zo_xmalloc(sizeof(float) * (size_t)(M * H * hd));
    zo_ref_rope(q, qr, B, T, H, hd, (float)theta, 0);
    zo_ref_attention(qr, k, v, ref, B, T, H, KV, hd, causal);
    run_cpu(f, 1 + it % 3, tok, B, T, NULL, out);
    double tol = 8 * (sqrt((double)hd) + sqrt((double)T) + 4) * U + 4 * U;
    double err = zt_normwise(out, ref, M * H * hd);
    ck_assert_msg(err <= tol, "rope+attention H=%lld KV=%lld hd=%lld T=%lld causal %d: %.3g > %.3g", (long long)H,
                  (long long)KV, (long long)hd, (long long)T, causal, err, tol);
    free(tok); free(q); free(k); free(v); free(qr); free(ref); free(out);
    free_model(&m);
  }
}
END_TEST

START_TEST(test_softmax_xent_positions) {
  uint64_t r = zt_seed() ^ 0xaa;
  int64_t V = pick(&r, 2, 90, 1), B = 1 + (int64_t)(zt_next(&r) % 3), T = 1 + (int64_t)(zt_next(&r) % 6), M = B * T;
  if (V < T + 3) V = T + 3;
  char text[1024];
  /* softmax of rows; the cross entropy of those rows against the positions (+ 2) as targets,
     broadcast back over the row */
  snprintf(text, sizeof text,
           "model m(V = %lld) {\n"
           "  input tokens : i32[B, T]\n"
           "  weight E : f32[40, V] = \"E\"\n"
           "  weight P : f32[64, V] = \"P\"\n"
           "  x = embedding(E, tokens) * 4\n"
           "  s = softmax(x)\n"
           "  y = s + embedding(P, positions(tokens, 3))\n"
           "  output y\n"
           "}\n",
           (long long)V);
  TModel m;
  Func *f = compile_text(&m, text, NULL);
  bind_random(&m, &r, false);
  int32_t *tok = random_tokens(&r, M, 40);
  float *x = gather(weight_named(f, "E")->w->data[0], tok, M, V);
  float *ref = zo_xmalloc(sizeof(float) * (size_t)(M * V)), *out = zo_xmalloc(sizeof(float) * (size_t)(M * V));
  for (int64_t i = 0; i < M * V; i++) x[i] = (float)((double)x[i] * 4);
  zo_ref_softmax(x, ref, M, V);
  const float *P = weight_named(f, "P")->w->data[0];
  for (int64_t i = 0; i < M; i++)
    for (int64_t j = 0; j < V; j++) ref[i * V + j] += P[(i % T + 3) * V + j];
  run_cpu(f, 2, tok, B, T, NULL, out);
  double err = zt_normwise(out, ref, M * V);
  ck_assert_msg(err <= 16 * U, "softmax + positions: %.3g", err);
  free(ref); free(out); free(x); free(tok);
  free_model(&m);
}
END_TEST

START_TEST(test_cross_entropy) {
  uint64_t r = zt_seed() ^ 0xee;
  int64_t B = 1 + (int64_t)(zt_next(&r) % 3), T = 1 + (int64_t)(zt_next(&r) % 6), M = B * T;
  int64_t V = T + 1 + (int64_t)(zt_next(&r) % 80);
  char text[512];
  /* targets: the positions (t < V) */
  snprintf(text, sizeof text,
           "model m(V = %lld) {\n"
           "  input tokens : i32[B, T]\n"
           "  weight E : f32[40, V] = \"E\"\n"
           "  y = cross_entropy(embedding(E, tokens) * 5, positions(tokens))\n"
           "  output y\n"
           "}\n",
           (long long)V);
  TModel m;
  Func *f = compile_text(&m, text, NULL);
  bind_random(&m, &r, false);
  int32_t *tok = random_tokens(&r, M, 40), *tg = zo_xmalloc(sizeof(int32_t) * (size_t)M);
  float *x = gather(weight_named(f, "E")->w->data[0], tok, M, V);
  for (int64_t i = 0; i < M * V; i++) x[i] = (float)((double)x[i] * 5);
  for (int64_t i = 0; i < M; i++) tg[i] = (int32_t)(i % T);
  float ref[64], out[64];
  ck_assert(M <= 64);
  zo_ref_cross_entropy(x, tg, ref, M, V);
  run_cpu(f, 2, tok, B, T, NULL, out);
  double err = zt_normwise(out, ref, M);
  ck_assert_msg(err <= 16 * U, "cross_entropy V=%lld: %.3g", (long long)V, err);
  free(x); free(tok); free(tg);
  free_model(&m);
}
END_TEST

START_TEST(test_slice_transpose) {
  uint64_t r = zt_seed() ^ 0xbb;
  int64_t C = pick(&r, 3, 60, 1), b0 = (int64_t)(zt_next(&r) % (uint64_t)(C - 1)), e0 = b0 + 1 + (int64_t)(zt_next(&r) % (uint64_t)(C - b0 - 1));
  int64_t K = e0 - b0, N = pick(&r, 2, 40, 1), B = 2, T = 3, M = B * T;
  char text[1024];
  /* slice of materialized activations; a transposed weight used twice is materialized by its own kernel */
  snprintf(text, sizeof text,
           "model m(C = %lld) {\n"
           "  input tokens : i32[B, T]\n"
           "  weight E : f32[40, C] = \"E\"\n"
           "  weight w : f32[%lld, %lld] = \"w\"\n"
           "  s = slice(embedding(E, tokens), %lld, %lld)\n"
           "  t = transpose(w)\n"
           "  y = matmul(s, t) + matmul(s * 2, t)\n"
           "  output y\n"
           "}\n",
           (long long)C, (long long)N, (long long)K, (long long)b0, (long long)e0);
  TModel m;
  Func *f = compile_text(&m, text, NULL);
  bind_random(&m, &r, false);
  int32_t *tok = random_tokens(&r, M, 40);
  float *x = gather(weight_named(f, "E")->w->data[0], tok, M, C);
  float *s = zo_xmalloc(sizeof(float) * (size_t)(M * K)), *s2 = zo_xmalloc(sizeof(float) * (size_t)(M * K));
  float *wt = zo_xmalloc(sizeof(float) * (size_t)(K * N)), *a = zo_xmalloc(sizeof(float) * (size_t)(M * N));
  float *ref = zo_xmalloc(sizeof(float) * (size_t)(M * N)), *out = zo_xmalloc(sizeof(float) * (size_t)(M * N));
  zo_ref_slice_cols(x, s, M, C, b0, e0);
  for (int64_t i = 0; i < M * K; i++) s2[i] = (float)((double)s[i] * 2);
  zo_ref_transpose2d(weight_named(f, "w")->w->data[0], wt, N, K);
  zo_ref_matmul(s, wt, a, M, K, N);
  zo_ref_matmul(s2, wt, ref, M, K, N);
  zo_ref_add(a, ref, ref, M * N);
  run_cpu(f, 3, tok, B, T, NULL, out);
  double err = zt_normwise(out, ref, M * N), tol = 8 * (sqrt((double)K) + 1) * U * 2;
  ck_assert_msg(err <= tol, "slice + transpose: %.3g > %.3g", err, tol);
  free(x); free(s); free(s2); free(wt); free(a); free(ref); free(out); free(tok);
  free_model(&m);
}
END_TEST

/* the z bits: an embedding of a perturbed f16 table is (float)v ± eps·z exactly */
START_TEST(test_embedding_z_bits) {
  uint64_t r = zt_seed() ^ 0xcc;
  int64_t D = pick(&r, 1, 50, 1), B = 2 + (int64_t)(zt_next(&r) % 3), T = 1 + (int64_t)(zt_next(&r) % 4), M = B * T;
  char text[512];
  snprintf(text, sizeof text,
           "model m(D = %lld) {\n"
           "  input tokens : i32[B, T]\n"
           "  weight E : f16[40, D] = \"E\"\n"
           "  y = embedding(E, tokens)\n"
           "  output y\n"
           "}\n"
           "recipe all for m { perturb all }\n",
           (long long)D);
  TModel m;
  Func *f = compile_text(&m, text, "all");
  bind_random(&m, &r, false);
  Value *E = weight_named(f, "E");
  ck_assert(E->w->perturbed[0]);
  int32_t *tok = random_tokens(&r, M, 40);
  Perturb p = {.seed = zt_next(&r), .eps = (float)zt_uniform(&r, 1e-4, 1e-1), .split = 1 + (int64_t)(zt_next(&r) % (uint64_t)(B - 1))};
  float *out = zo_xmalloc(sizeof(float) * (size_t)(M * D));
  run_cpu(f, 2, tok, B, T, &p, out);
  float *plus = plain_f32(E, 1, &p), *minus = plain_f32(E, -1, &p);
  for (int64_t i = 0; i < M; i++)
    for (int64_t d = 0; d < D; d++) {
      float want = (i < p.split * T ? plus : minus)[(int64_t)tok[i] * D + d];
      ck_assert_msg(memcmp(&want, &out[i * D + d], 4) == 0, "row %lld col %lld: %.9g vs %.9g", (long long)i, (long long)d,
                    out[i * D + d], want);
    }
  free(plus); free(minus); free(out); free(tok);
  free_model(&m);
}
END_TEST

/* ---- dedup: a model with many layers compiles as many functions as one layer */
START_TEST(test_dedup) {
  uint64_t r = zt_seed() ^ 0xdd;
  const char *defs1[] = {"L=1", "L=6"};
  int before = zo_llvm_compiled_functions(), after1 = 0;
  int names[2] = {0, 0};
  for (int i = 0; i < 2; i++) {
    const char *file = zt_src("models/tiny.zo");
    Program *p = zo_parse_files(&file, 1);
    Define d = {"L", defs1[i] + 2};
    CompileOptions o = {.recipe = "qzo", .defs = &d, .ndefs = 1};
    Func *f = zo_compile(p, &o);
    ck_assert(f);
    TModel m = {.p = p, .f = f};
    bind_random(&m, &r, false);
    void *st = zo_backend_cpu.open(f, 1, NULL);
    ck_assert(st);
    const ZoLlvmProgram *lp = zo_cpu_program(st);
    /* distinct function names of this model */
    for (int g = 0; g < lp->nkernels; g++) {
      bool first = true;
      for (int h = 0; h < g; h++)
        if (strcmp(lp->kernels[h].name, lp->kernels[g].name) == 0) first = false;
      names[i] += first;
    }
    if (i == 0) after1 = zo_llvm_compiled_functions();
    zo_backend_cpu.close(st);
    free_model(&m);
  }
  ck_assert_msg(names[0] == names[1], "1 layer: %d functions, 6 layers: %d", names[0], names[1]);
  ck_assert_msg(zo_llvm_compiled_functions() == after1, "the 6-layer model compiled %d new functions",
                zo_llvm_compiled_functions() - after1);
  ck_assert(after1 - before == names[0]);
}
END_TEST

/* ---- the object cache: a second process links the first one's object;
   a damaged entry is compiled and written again; the results never change */
static int count_entries(const char *dir, char *first, size_t n) {
  DIR *d = opendir(dir);
  if (!d) return 0;
  int k = 0;
  for (struct dirent *e; (e = readdir(d));)
    if (e->d_name[0] != '.' && !k++ && first) snprintf(first, n, "%s/%s", dir, e->d_name);
  closedir(d);
  return k;
}

START_TEST(test_object_cache) {
  const char *dir = zt_tmpdir();
  char cmd[4096], *out = NULL, *err = NULL;
  uint64_t r = zt_seed() ^ 0x0bc;
  snprintf(cmd, sizeof cmd, "cd '%s' && '%s' random-weights '%s' -D L=2 --seed %llu -o w.safetensors", dir, ZOC_BINARY,
           zt_src("models/tiny.zo"), (unsigned long long)(zt_next(&r) & 0xffff));
  ck_assert_int_eq(zt_run(cmd, NULL, NULL), 0);
  char path[1300];
  snprintf(path, sizeof path, "%s/t.jsonl", dir);
  zt_write_tokens(path, 3, 12, 12, 64, &r);
  char cache[1300], entry[1700];
  snprintf(cache, sizeof cache, "%s/cache", dir);
  char *first = NULL;
  /* rounds: fresh (compiled, written), warm (linked from the cache), damaged
     (compiled again), off (nothing read or written) */
  const char *env[] = {"", "", "", "ZOC_CPU_NO_CACHE=1"};
  const char *want[] = {"0 module(s) linked", "1 module(s) linked", "0 module(s) linked", "0 module(s) linked"};
  for (int round = 0; round < 4; round++) {
    if (round == 2) ck_assert(truncate(entry, 64) == 0);
    if (round == 3) snprintf(cache, sizeof cache, "%s/cache-off", dir);
    snprintf(cmd, sizeof cmd, "cd '%s' && %s ZOC_CPU_CACHE='%s' '%s' loss '%s' -D L=2 --weights w.safetensors --data t.jsonl --device cpu --verbose",
             dir, env[round], cache, ZOC_BINARY, zt_src("models/tiny.zo"));
    ck_assert_int_eq(zt_run(cmd, &out, &err), 0);
    ck_assert_msg(err && strstr(err, want[round]), "round %d: %s", round, err ? err : "");
    if (round == 0) first = out;
    else {
      ck_assert_msg(strcmp(out, first) == 0, "round %d gave other losses:\n%s\nthan\n%s", round, out, first);
      free(out);
    }
    free(err);
    int n = count_entries(cache, entry, sizeof entry);
    ck_assert_int_eq(n, round == 3 ? 0 : 1);
    if (round == 2) {   /* written again, whole */
      struct stat sb;
      ck_assert(stat(entry, &sb) == 0 && sb.st_size > 1000);
    }
  }
  /* and they are the reference's losses (within f32 rounding of a few ops) */
  snprintf(cmd, sizeof cmd, "cd '%s' && '%s' loss '%s' -D L=2 --weights w.safetensors --data t.jsonl --device ref", dir,
           ZOC_BINARY, zt_src("models/tiny.zo"));
  ck_assert_int_eq(zt_run(cmd, &out, NULL), 0);
  const char *a = first, *b = out;
  for (int i = 0; i < 3; i++) {
    a = strstr(a, "\"loss\": ");
    b = strstr(b, "\"loss\": ");
    ck_assert(a && b);
    double la = atof(a + 8), lb = atof(b + 8);
    ck_assert_msg(fabs(la - lb) <= 1e-5 * fabs(lb), "line %d: cpu %g, ref %g", i + 1, la, lb);
    a++, b++;
  }
  free(out);
  free(first);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("llvm");
  TCase *c = tcase_create("kernels");
  tcase_set_timeout(c, 600);
  tcase_add_test(c, test_rng_entry_points);
  tcase_add_test(c, test_lowprec_entry_points);
  tcase_add_test(c, test_rng_vector_ir);
  tcase_add_test(c, test_embedding_z_bits);
  tcase_add_test(c, test_matmul_formats);
  tcase_add_test(c, test_lowprec_matmul);
  tcase_add_test(c, test_matmul_perturbed);
  tcase_add_test(c, test_matmul_large_k);
  tcase_add_test(c, test_matmul_plain);
  tcase_add_test(c, test_matmul_epilogue);
  tcase_add_test(c, test_elementwise);
  tcase_add_test(c, test_norms);
  tcase_add_test(c, test_rope_attention);
  tcase_add_test(c, test_softmax_xent_positions);
  tcase_add_test(c, test_cross_entropy);
  tcase_add_test(c, test_slice_transpose);
  tcase_add_test(c, test_dedup);
  tcase_add_test(c, test_object_cache);
  suite_add_tcase(s, c);
  return s;
}

int main(void) { return zt_run_suite(suite()); }
