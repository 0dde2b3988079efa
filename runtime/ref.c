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

void zo_ref_slice_period(const float *x, float *y, int64_t rows, int64_t C, int64_t begin, int64_t end, int64_t period) {
  ZO_ASSERT(0 <= begin && begin < end && end <= period && C % period == 0);
  int64_t w = end - begin, wo = C / period * w;
  for (int64_t r = 0; r < rows; r++)
    for (int64_t c = 0; c < C; c++)
      if (c % period >= begin && c % period < end) y[r * wo + c / period * w + c % period - begin] = x[r * C + c];
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

ZoRope zo_ref_rope_attrs(const double *attr) {
  return (ZoRope){.theta = (float)attr[1], .rotary_dim = (int64_t)attr[2], .factor = attr[3], .low_freq_factor = attr[4],
                  .high_freq_factor = attr[5], .original_max = attr[6]};
}

bool zo_ref_rope_plain(const ZoRope *r) {
  return r->rotary_dim == 0 && r->factor == 1 && r->original_max == 0;
}

int64_t zo_ref_rope_dim(const ZoRope *r, int64_t head_dim) { return r->rotary_dim > 0 ? r->rotary_dim : head_dim; }

/* transformers' modeling_rope_utils: the default inv_freq over the rotated
 * dims, then linear (divided by factor) or llama3 (_compute_llama3_parameters:
 * wavelengths above original_max / low_freq_factor divided by factor, below
 * original_max / high_freq_factor kept, between them blended by
 * smooth = (original_max / wavelen - low) / (high - low)). */
void zo_ref_rope_inv_freq(const ZoRope *r, int64_t head_dim, double *inv) {
  int64_t rd = zo_ref_rope_dim(r, head_dim);
  for (int64_t i = 0; i < rd / 2; i++) {
    double f = pow((double)r->theta, -2.0 * (double)i / (double)rd);
    if (r->original_max > 0) {
      double wavelen = 2 * M_PI / f, lo = r->low_freq_factor, hi = r->high_freq_factor, om = r->original_max;
      if (wavelen > om / lo) f /= r->factor;
      else if (!(wavelen < om / hi)) {
        double smooth = (om / wavelen - lo) / (hi - lo);
        f = (1 - smooth) * f / r->factor + smooth * f;
      }
    } else {
      f /= r->factor;
    }
    inv[i] = f;
  }
}

void zo_ref_rope_ex(const float *x, float *y, int64_t B, int64_t T, int64_t heads, int64_t head_dim, const ZoRope *r,
                    int64_t pos0) {
  int64_t rd = zo_ref_rope_dim(r, head_dim), half = rd / 2, width = heads * head_dim;
  ZO_ASSERT(rd % 2 == 0 && rd <= head_dim);
  double *inv = zo_xmalloc((size_t)(half > 0 ? half : 1) * sizeof *inv);
  zo_ref_rope_inv_freq(r, head_dim, inv);
  for (int64_t b = 0; b < B; b++)
    for (int64_t t = 0; t < T; t++) {
      double p = (double)(pos0 + t);
      for (int64_t h = 0; h < heads; h++) {
        const float *xh = x + (b * T + t) * width + h * head_dim;
        float *yh = y + (b * T + t) * width + h * head_dim;
        for (int64_t i = 0; i < half; i++) {
          double a = p * inv[i];
          double x1 = xh[i], x2 = xh[i + half]; /* both read before either is written: in place is safe */
          yh[i] = (float)(x1 * cos(a) - x2 * sin(a));
          yh[i + half] = (float)(x2 * cos(a) + x1 * sin(a));
        }
        for (int64_t i = rd; i < head_dim; i++) yh[i] = xh[i];   /* past rotary_dim: as it was */
      }
    }
  free(inv);
}

void zo_ref_rope(const float *x, float *y, int64_t B, int64_t T, int64_t heads, int64_t head_dim, float theta,
                 int64_t pos0) {
  ZO_ASSERT(head_dim % 2 == 0);
  ZoRope r = {.theta = theta, .factor = 1};
  zo_ref_rope_ex(x, y, B, T, heads, head_dim, &r, pos0);
}

void zo_ref_attention_ex(const float *q, const float *k, const float *v, float *y, int64_t B, int64_t T, int64_t H,
                         int64_t KV, int64_t head_dim, const ZoAttn *at) {
  ZO_ASSERT(KV > 0 && H % KV == 0);
  int64_t group = H / KV, hd = head_dim;
  int64_t qw = H * hd, kw = KV * hd; /* row widths of q/y and of k/v */
  double scale = at->scale > 0 ? at->scale : 1.0 / sqrt((double)hd), cap = at->softcap;
  /* one row of probabilities, kept in double so the weighted sum of v is not rounded early */
  double *p = zo_xmalloc((size_t)(T > 0 ? T : 1) * sizeof *p);
  for (int64_t b = 0; b < B; b++)
    for (int64_t h = 0; h < H; h++) {
      int64_t g = h / group; /* the kv head this query head reads */
      for (int64_t i = 0; i < T; i++) {
        const float *qi = q + (b * T + i) * qw + h * hd;
        int64_t nkeys = at->causal ? i + 1 : T; /* keys j > i are masked out */
        int64_t j0 = at->window > 0 && i - at->window + 1 > 0 ? i - at->window + 1 : 0;   /* i - j < window */
        double mx = -INFINITY;
        for (int64_t j = j0; j < nkeys; j++) {
          const float *kj = k + (b * T + j) * kw + g * hd;
          double s = 0;
          for (int64_t d = 0; d < hd; d++) s += (double)qi[d] * (double)kj[d];
          p[j] = s * scale;
          if (cap > 0) p[j] = cap * tanh(p[j] / cap);   /* Gemma 2: before the mask and the softmax */
          if (p[j] > mx) mx = p[j];
        }
        double sum = 0;
        for (int64_t j = j0; j < nkeys; j++) {
          p[j] = exp(p[j] - mx);
          sum += p[j];
        }
        float *yi = y + (b * T + i) * qw + h * hd;
        for (int64_t d = 0; d < hd; d++) {
          double acc = 0;
          for (int64_t j = j0; j < nkeys; j++) acc += p[j] * (double)v[(b * T + j) * kw + g * hd + d];
          yi[d] = (float)(acc / sum);
        }
      }
    }
  free(p);
}

void zo_ref_attention(const float *q, const float *k, const float *v, float *y, int64_t B, int64_t T, int64_t H,
                      int64_t KV, int64_t head_dim, int causal) {
  ZoAttn at = {.causal = causal};
  zo_ref_attention_ex(q, k, v, y, B, T, H, KV, head_dim, &at);
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
