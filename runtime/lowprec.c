/* lowprec.c — the low-precision matmul of docs/lowprec.md in plain C (see
 * lowprec.h): which matmuls it applies to, their rounding streams, the
 * rounding to a grid (codegen/zo_rng.h's functions, so every backend takes
 * the same decisions), the per-row / per-column quantization with exactly
 * the contract's f32 operations, and the product summed in double (the
 * reference's; the LLVM backend takes the quantization from here). */
#include "runtime/lowprec.h"

#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "codegen/zo_rng.h"

int zo_lp_kind(const Func *f) { return (int)zo_recipe_get(f->recipe, "forward", ZO_LP_DEFAULT); }

int zo_lp_rounding(const Func *f) { return (int)zo_recipe_get(f->recipe, "forward_rounding", 0); }

bool zo_lp_applies(const Value *v) {
  return v->op == ZO_OP_MATMUL && v->arg[1]->op == ZO_OP_WEIGHT && v->arg[1]->type.fmt != NULL;
}

int zo_lp_ordinal(const Func *f, const Value *v) {
  int j = 0;
  for (int i = 0; i < f->body->vals.len; i++) {
    const Value *u = f->body->vals.data[i];
    if (u == v) return zo_lp_applies(v) ? j : -1;
    j += zo_lp_applies(u);
  }
  return -1;
}

uint32_t zo_lp_stream_x(int j) { return ZO_RNG_ROUND_STREAM | (uint32_t)(2 * j); }

uint32_t zo_lp_stream_w(int j) { return ZO_RNG_ROUND_STREAM | (uint32_t)(2 * j + 1); }

float zo_lp_qmax(int kind) { return kind == ZO_LP_FP8 ? 448.0f : 127.0f; }

float zo_lp_round(int kind, int mode, float x, uint32_t w) {
  if (kind == ZO_LP_FP8) return zo_rng_e4m3_value(zo_rng_round_e4m3(x, mode, w));
  return zo_rng_round_int(x, 127.0f, mode, w);
}

/* zo_lp_word of element idx, a Philox call a pair: the callers walk idx
   upward, so one call serves both of a pair's elements */
typedef struct LpWords {
  const ZoLp *q;
  bool have;
  uint64_t pair;
  ZoRng4x32 w;
} LpWords;

static uint32_t lp_word(LpWords *c, uint64_t idx) {
  if (c->q->mode != 1) return 0;
  if (!c->have || c->pair != idx >> 1) {
    c->have = true;
    c->pair = idx >> 1;
    c->w = zo_rng_words(c->q->seed, c->q->stream, c->pair);
  }
  return c->w.w[2 + (idx & 1)];
}

void zo_lp_scales(float Q, float a, bool finite, float *r, float *s) {
  if (!finite) {
    *r = 0.0f;
    *s = NAN;
  } else if (a == 0.0f) {
    *r = *s = 1.0f;
  } else {
    *r = Q / a;
    *s = a / Q;
  }
}

uint32_t zo_lp_word(uint64_t seed, uint32_t stream, uint64_t idx) {
  return zo_rng_words(seed, stream, idx >> 1).w[2 + (idx & 1)];
}

void zo_lp_quant_rows(const ZoLp *q, const float *x, int64_t M, int64_t K, float *xq, float *s) {
  ZO_ASSERT(q->kind == ZO_LP_FP8 || q->kind == ZO_LP_INT8);
  float Q = zo_lp_qmax(q->kind);
  LpWords c = {.q = q};
  for (int64_t m = 0; m < M; m++) {
    const float *xr = x + m * K;
    float a = 0.0f, r;
    bool finite = true;
    for (int64_t k = 0; k < K; k++) {
      float ax = fabsf(xr[k]);
      finite &= ax <= FLT_MAX;
      if (ax > a) a = ax;
    }
    zo_lp_scales(Q, a, finite, &r, &s[m]);
    for (int64_t k = 0; k < K; k++)
      xq[m * K + k] = zo_lp_round(q->kind, q->mode, xr[k] * r, lp_word(&c, (uint64_t)(m * K + k)));
  }
}

void zo_lp_quant_cols(const ZoLp *q, const float *w, int64_t K, int64_t N, float *wq, float *t) {
  ZO_ASSERT(q->kind == ZO_LP_FP8 || q->kind == ZO_LP_INT8);
  float Q = zo_lp_qmax(q->kind);
  float *b = zo_xcalloc((size_t)(N > 0 ? N : 1), sizeof(float)), *r = zo_xcalloc((size_t)(N > 0 ? N : 1), sizeof(float));
  bool *finite = zo_xcalloc((size_t)(N > 0 ? N : 1), sizeof(bool));
  for (int64_t n = 0; n < N; n++) finite[n] = true;
  for (int64_t k = 0; k < K; k++)
    for (int64_t n = 0; n < N; n++) {
      float aw = fabsf(w[k * N + n]);
      finite[n] &= aw <= FLT_MAX;
      if (aw > b[n]) b[n] = aw;
    }
  for (int64_t n = 0; n < N; n++) zo_lp_scales(Q, b[n], finite[n], &r[n], &t[n]);
  LpWords c = {.q = q};
  for (int64_t k = 0; k < K; k++)
    for (int64_t n = 0; n < N; n++) {
      int64_t i = k * N + n;
      wq[i] = zo_lp_round(q->kind, q->mode, w[i] * r[n], lp_word(&c, (uint64_t)i));
    }
  free(b);
  free(r);
  free(finite);
}

void zo_lp_matmul(const float *xq, const float *s, const float *wq, const float *t, float *y, int64_t M, int64_t K,
                  int64_t N) {
  double *acc = zo_xcalloc((size_t)(N > 0 ? N : 1), sizeof(double));
  for (int64_t m = 0; m < M; m++) {
    memset(acc, 0, (size_t)N * sizeof(double));
    for (int64_t k = 0; k < K; k++) {   /* k ascending for every (m, n): one order of summation */
      double xv = xq[m * K + k];
      const float *wr = wq + k * N;
      for (int64_t n = 0; n < N; n++) acc[n] += xv * wr[n];
    }
    for (int64_t n = 0; n < N; n++) y[m * N + n] = (float)acc[n] * (s[m] * t[n]);
  }
  free(acc);
}
