/* ref.c — the plain-C reference ops (see ref.h for the contract of each).
 *
 * Approach: one loop nest per op, written in the order its formula reads, so that a
 * reader can check it against the formula line by line. Every intermediate is double and
 * every output is rounded to f32 exactly once, so the result is the formula's exact value
 * to within half an f32 ulp (plus double rounding error, ~n·2⁻⁵³ relative to the sum of
 * the magnitudes of the terms, which is far smaller). Reductions subtract the row maximum
 * before exponentiating, so no finite input overflows.
 *
 * Where a textbook form cancels catastrophically in double (gelu's 1 + erf(x/√2) and
 * gelu_tanh's 1 + tanh(u) for very negative x), an algebraically identical form that does
 * not is used instead, and the comment says which.
 */
#include "runtime/ref.h"

#include <math.h>
#include <stdlib.h>

#include "support/support.h"

/* ---- linear algebra */

void zo_ref_matmul(const float *x, const float *w, float *y, int64_t M, int64_t K, int64_t N) {
  for (int64_t m = 0; m < M; m++)
    for (int64_t n = 0; n < N; n++) {
      double acc = 0;
      for (int64_t k = 0; k < K; k++) acc += (double)x[m * K + k] * (double)w[k * N + n];
      y[m * N + n] = (float)acc;
    }
}

void zo_ref_matmul_bt(const float *x, const float *w, float *y, int64_t M, int64_t K, int64_t N) {
  for (int64_t m = 0; m < M; m++)
    for (int64_t n = 0; n < N; n++) {
      double acc = 0;
      for (int64_t k = 0; k < K; k++) acc += (double)x[m * K + k] * (double)w[n * K + k];
      y[m * N + n] = (float)acc;
    }
}

/* ---- elementwise: a single f32 add or multiply is already correctly rounded, so these
 * stay in f32; the transcendental ones go through double. */

void zo_ref_add(const float *a, const float *b, float *y, int64_t n) {
  for (int64_t i = 0; i < n; i++) y[i] = a[i] + b[i];
}

void zo_ref_mul(const float *a, const float *b, float *y, int64_t n) {
  for (int64_t i = 0; i < n; i++) y[i] = a[i] * b[i];
}

void zo_ref_add_bias(const float *x, const float *bias, float *y, int64_t rows, int64_t n) {
  for (int64_t r = 0; r < rows; r++)
    for (int64_t i = 0; i < n; i++) y[r * n + i] = x[r * n + i] + bias[i];
}

void zo_ref_silu(const float *x, float *y, int64_t n) {
  /* x * sigmoid(x) = x / (1 + e^-x); for very negative x, e^-x → inf and the result → -0,
   * which is the right limit. */
  for (int64_t i = 0; i < n; i++) {
    double v = x[i];
    y[i] = (float)(v / (1.0 + exp(-v)));
  }
}

void zo_ref_gelu(const float *x, float *y, int64_t n) {
  /* x * Φ(x) with Φ(x) = ½(1 + erf(x/√2)) = ½ erfc(−x/√2); the erfc form keeps full
   * relative precision in the left tail, where 1 + erf(·) would cancel. */
  for (int64_t i = 0; i < n; i++) {
    double v = x[i];
    y[i] = (float)(0.5 * v * erfc(-v / sqrt(2.0)));
  }
}

void zo_ref_gelu_tanh(const float *x, float *y, int64_t n) {
  /* GPT-2: ½x(1 + tanh(u)), u = √(2/π)(x + 0.044715x³). Since ½(1 + tanh u) = 1/(1 + e^(−2u)),
   * this is x / (1 + e^(−2u)), which does not cancel for very negative x. */
  const double c = sqrt(2.0 / M_PI);
  for (int64_t i = 0; i < n; i++) {
    double v = x[i];
    double u = c * (v + 0.044715 * v * v * v);
    y[i] = (float)(v / (1.0 + exp(-2.0 * u)));
  }
}

void zo_ref_relu(const float *x, float *y, int64_t n) {
  /* written as "negative → 0" rather than fmaxf so that a NaN input stays NaN, as in torch */
  for (int64_t i = 0; i < n; i++) y[i] = x[i] < 0 ? 0.0f : x[i];
}

/* The ref backend (runtime/refexec.c) runs every elementwise op of one tensor and no
 * attributes through here, so a new activation's reference is one case below (and the
 * tests call it by op, as the backend does). */
void zo_ref_unary(Op op, const float *x, float *y, int64_t n) {
  switch (op) {
  case ZO_OP_SILU: zo_ref_silu(x, y, n); return;
  case ZO_OP_GELU: zo_ref_gelu(x, y, n); return;
  case ZO_OP_GELU_TANH: zo_ref_gelu_tanh(x, y, n); return;
  case ZO_OP_RELU: zo_ref_relu(x, y, n); return;
  case ZO_OP_TANH:   /* Gemma 2's softcapping: cap * tanh(x / cap) */
    for (int64_t i = 0; i < n; i++) y[i] = (float)tanh((double)x[i]);
    return;
  default: ZO_BUG("op %s has no unary reference", zo_op_name(op));
  }
}

/* ---- lookup and layout */

void zo_ref_embedding(const float *table, const int32_t *ids, float *y, int64_t n_ids, int64_t V, int64_t D) {
  for (int64_t i = 0; i < n_ids; i++) {
    ZO_ASSERT(ids[i] >= 0 && ids[i] < V);
    for (int64_t d = 0; d < D; d++) y[i * D + d] = table[(int64_t)ids[i] * D + d];
  }
}

void zo_ref_transpose2d(const float *x, float *y, int64_t R, int64_t C) {
  for (int64_t r = 0; r < R; r++)
    for (int64_t c = 0; c < C; c++) y[c * R + r] = x[r * C + c];
}

void zo_ref_slice_cols(const float *x, float *y, int64_t rows, int64_t C, int64_t begin, int64_t end) {
  ZO_ASSERT(0 <= begin && begin <= end && end <= C);
  int64_t w = end - begin;
  for (int64_t r = 0; r < rows; r++)
    for (int64_t c = 0; c < w; c++) y[r * w + c] = x[r * C + begin + c];
}

/* ---- normalization */

void zo_ref_rms_norm(const float *x, const float *w, float *y, int64_t rows, int64_t D, float eps) {
  for (int64_t r = 0; r < rows; r++) {
    const float *xr = x + r * D;
    double ss = 0;
    for (int64_t i = 0; i < D; i++) ss += (double)xr[i] * (double)xr[i];
    double inv = 1.0 / sqrt(ss / (double)D + (double)eps);
    for (int64_t i = 0; i < D; i++) y[r * D + i] = (float)((double)xr[i] * inv * (double)w[i]);
  }
}

void zo_ref_layer_norm(const float *x, const float *w, const float *b, float *y, int64_t rows, int64_t D, float eps) {
  for (int64_t r = 0; r < rows; r++) {
    const float *xr = x + r * D;
    /* two passes (mean, then mean of squared deviations): no cancellation in σ² */
    double sum = 0;
    for (int64_t i = 0; i < D; i++) sum += xr[i];
    double mean = sum / (double)D;
    double sq = 0;
    for (int64_t i = 0; i < D; i++) sq += ((double)xr[i] - mean) * ((double)xr[i] - mean);
    double inv = 1.0 / sqrt(sq / (double)D + (double)eps);
    for (int64_t i = 0; i < D; i++) {
      double v = ((double)xr[i] - mean) * inv * (double)w[i];
      if (b) v += (double)b[i];
      y[r * D + i] = (float)v;
    }
  }
}

void zo_ref_softmax(const float *x, float *y, int64_t rows, int64_t n) {
  for (int64_t r = 0; r < rows; r++) {
    const float *xr = x + r * n;
    float *yr = y + r * n;
    double mx = -INFINITY;
    for (int64_t i = 0; i < n; i++)
      if (xr[i] > mx) mx = xr[i];
    double sum = 0;
    for (int64_t i = 0; i < n; i++) sum += exp((double)xr[i] - mx);
    /* exp is recomputed rather than stored so that y may alias x without a scratch row */
    for (int64_t i = 0; i < n; i++) yr[i] = (float)(exp((double)xr[i] - mx) / sum);
  }
}

/* ---- attention */

void zo_ref_rope(const float *x, float *y, int64_t B, int64_t T, int64_t heads, int64_t head_dim, float theta,
                 int64_t pos0) {
  ZO_ASSERT(head_dim % 2 == 0);
  int64_t half = head_dim / 2, width = heads * head_dim;
  for (int64_t b = 0; b < B; b++)
    for (int64_t t = 0; t < T; t++) {
      double p = (double)(pos0 + t);
      for (int64_t h = 0; h < heads; h++) {
        const float *xh = x + (b * T + t) * width + h * head_dim;
        float *yh = y + (b * T + t) * width + h * head_dim;
        for (int64_t i = 0; i < half; i++) {
          double inv_freq = pow((double)theta, -2.0 * (double)i / (double)head_dim);
          double a = p * inv_freq;
          double x1 = xh[i], x2 = xh[i + half]; /* both read before either is written: in place is safe */
          yh[i] = (float)(x1 * cos(a) - x2 * sin(a));
          yh[i + half] = (float)(x2 * cos(a) + x1 * sin(a));
        }
      }
    }
}

void zo_ref_attention(const float *q, const float *k, const float *v, float *y, int64_t B, int64_t T, int64_t H,
                      int64_t KV, int64_t head_dim, int causal) {
  ZO_ASSERT(KV > 0 && H % KV == 0);
  int64_t group = H / KV, hd = head_dim;
  int64_t qw = H * hd, kw = KV * hd; /* row widths of q/y and of k/v */
  double scale = 1.0 / sqrt((double)hd);
  /* one row of probabilities, kept in double so the weighted sum of v is not rounded early */
  double *p = zo_xmalloc((size_t)(T > 0 ? T : 1) * sizeof *p);
  for (int64_t b = 0; b < B; b++)
    for (int64_t h = 0; h < H; h++) {
      int64_t g = h / group; /* the kv head this query head reads */
      for (int64_t i = 0; i < T; i++) {
        const float *qi = q + (b * T + i) * qw + h * hd;
        int64_t nkeys = causal ? i + 1 : T; /* keys j > i are masked out */
        double mx = -INFINITY;
        for (int64_t j = 0; j < nkeys; j++) {
          const float *kj = k + (b * T + j) * kw + g * hd;
          double s = 0;
          for (int64_t d = 0; d < hd; d++) s += (double)qi[d] * (double)kj[d];
          p[j] = s * scale;
          if (p[j] > mx) mx = p[j];
        }
        double sum = 0;
        for (int64_t j = 0; j < nkeys; j++) {
          p[j] = exp(p[j] - mx);
          sum += p[j];
        }
        float *yi = y + (b * T + i) * qw + h * hd;
        for (int64_t d = 0; d < hd; d++) {
          double acc = 0;
          for (int64_t j = 0; j < nkeys; j++) acc += p[j] * (double)v[(b * T + j) * kw + g * hd + d];
          yi[d] = (float)(acc / sum);
        }
      }
    }
  free(p);
}

/* ---- losses */

/* log Σ_j exp(row[j]), with the maximum subtracted first */
static double logsumexp(const float *row, int64_t V) {
  double mx = -INFINITY;
  for (int64_t j = 0; j < V; j++)
    if (row[j] > mx) mx = row[j];
  double sum = 0;
  for (int64_t j = 0; j < V; j++) sum += exp((double)row[j] - mx);
  return mx + log(sum);
}

void zo_ref_cross_entropy(const float *logits, const int32_t *targets, float *loss, int64_t rows, int64_t V) {
  for (int64_t r = 0; r < rows; r++) {
    if (targets[r] < 0) { /* ignored position */
      loss[r] = 0.0f;
      continue;
    }
    ZO_ASSERT(targets[r] < V);
    const float *row = logits + r * V;
    loss[r] = (float)(logsumexp(row, V) - (double)row[targets[r]]);
  }
}

void zo_ref_log_softmax_at(const float *logits, const int32_t *targets, float *logp, int64_t rows, int64_t V) {
  for (int64_t r = 0; r < rows; r++) {
    if (targets[r] < 0) {
      logp[r] = 0.0f;
      continue;
    }
    ZO_ASSERT(targets[r] < V);
    const float *row = logits + r * V;
    logp[r] = (float)((double)row[targets[r]] - logsumexp(row, V));
  }
}
