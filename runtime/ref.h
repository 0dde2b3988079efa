/* ref.h — plain-C reference implementations of every op zoc generates kernels for.
 *
 * These are the oracles the LLVM-generated CPU kernels and the CUDA kernels are tested
 * against (as ggml's `_ref` functions are), so they favour being obviously right over being
 * fast: simple loops in the order the formula reads, long sums (dot products, means of
 * squares, softmax denominators, attention) accumulated in double, every output computed
 * in double and rounded to f32 once. An output is therefore within half an f32 ulp of the
 * exact value of the formula on the given f32 inputs, up to double-precision error; a
 * backend that accumulates in f32 is compared with a tolerance derived from that.
 *
 * Conventions: tensors are f32, row-major, contiguous; shapes are int64_t element counts;
 * nothing is allocated and there is no global state. Index arguments (ids, targets) must
 * be in range: the caller validated them, and an out-of-range one is a bug (ZO_ASSERT).
 * Elementwise ops, add_bias, rms_norm, layer_norm, softmax and rope may run in place
 * (y == x); matmul, attention, transpose2d, slice_cols and slice_period may not (outputs
 * must not overlap inputs).
 */
#ifndef ZOC_RUNTIME_REF_H
#define ZOC_RUNTIME_REF_H

#include <stdbool.h>
#include <stdint.h>

#include "ir/ops.h"

/* ---- linear algebra */
/* y[M,N] = x[M,K] · w[K,N] */
void zo_ref_matmul(const float *x, const float *w, float *y, int64_t M, int64_t K, int64_t N);
/* y[M,N] = x[M,K] · wᵀ, w stored [N,K] (the nn.Linear / safetensors layout) */
void zo_ref_matmul_bt(const float *x, const float *w, float *y, int64_t M, int64_t K, int64_t N);

/* ---- elementwise */
void zo_ref_add(const float *a, const float *b, float *y, int64_t n);  /* y = a + b */
void zo_ref_mul(const float *a, const float *b, float *y, int64_t n);  /* y = a * b */
/* y[r,i] = x[r,i] + bias[i]  (bias broadcast over rows) */
void zo_ref_add_bias(const float *x, const float *bias, float *y, int64_t rows, int64_t n);
void zo_ref_silu(const float *x, float *y, int64_t n);       /* x * sigmoid(x) */
void zo_ref_gelu(const float *x, float *y, int64_t n);       /* exact: x * Φ(x), Φ via erfc */
void zo_ref_gelu_tanh(const float *x, float *y, int64_t n);  /* GPT-2 "gelu_new" tanh form */
void zo_ref_relu(const float *x, float *y, int64_t n);       /* max(x, 0); NaN stays NaN */
/* y = op(x) for an elementwise op of one tensor and no attributes (ZO_OPF_EW, as above);
   any other op is a bug */
void zo_ref_unary(Op op, const float *x, float *y, int64_t n);

/* ---- lookup and layout */
/* y[i,:] = table[ids[i],:]; table [V,D], y [n_ids,D]; every id in [0,V) */
void zo_ref_embedding(const float *table, const int32_t *ids, float *y, int64_t n_ids, int64_t V, int64_t D);
/* y[C,R] = x[R,C]ᵀ */
void zo_ref_transpose2d(const float *x, float *y, int64_t R, int64_t C);
/* y[rows, end-begin] = x[rows, C][:, begin:end]; 0 <= begin <= end <= C */
void zo_ref_slice_cols(const float *x, float *y, int64_t rows, int64_t C, int64_t begin, int64_t end);

/* y[rows, C/period*(end-begin)] = the columns c of x[rows, C] with begin <= c mod period < end, in
 * order (GPT-NeoX's per-head interleaved fused QKV); 0 <= begin < end <= period, period divides C */
void zo_ref_slice_period(const float *x, float *y, int64_t rows, int64_t C, int64_t begin, int64_t end, int64_t period);

/* ---- normalization (a weight of G < the row's size, G dividing it: call with rows*D/G rows of G) */
/* Llama RMSNorm per row of D: y = x / sqrt(mean(x²) + eps) * w */
void zo_ref_rms_norm(const float *x, const float *w, float *y, int64_t rows, int64_t D, float eps);
/* LayerNorm per row of D, biased variance as torch: y = (x - μ) / sqrt(σ² + eps) * w + b.
 * b may be NULL (no bias). */
void zo_ref_layer_norm(const float *x, const float *w, const float *b, float *y, int64_t rows, int64_t D, float eps);
/* Row-wise softmax over n, max subtracted first. */
void zo_ref_softmax(const float *x, float *y, int64_t rows, int64_t n);

/* ---- attention */
/* Rotary position embedding, Hugging Face Llama convention (rotate_half, the two halves
 * of each head are the pair): x, y [B,T,heads*head_dim], head_dim even; for head h,
 * position p = pos0 + t, i < head_dim/2:
 *   inv_freq_i = theta^(-2i/head_dim), a = p * inv_freq_i,
 *   y[i] = x[i] cos a − x[i+hd/2] sin a,  y[i+hd/2] = x[i+hd/2] cos a + x[i] sin a.
 * The angle is computed in double; Hugging Face computes inv_freq and p*inv_freq in f32,
 * which at p ~ 4096 moves the angle by up to ~2.4e-4 rad: compare a backend that copies
 * that f32 recipe with a tolerance that allows for it. */
void zo_ref_rope(const float *x, float *y, int64_t B, int64_t T, int64_t heads, int64_t head_dim, float theta,
                 int64_t pos0);
/* rope's attributes (ir/ops.h): only the first rotary_dim (0: all) of each head rotate, pairs
 * (i, i + rotary_dim/2) with inv_freq_i = theta^(-2i/rotary_dim), the rest pass through (GPT-NeoX,
 * Phi); inv_freq scaled as transformers' modeling_rope_utils: linear (factor, original_max 0) or
 * llama3 (original_max > 0, low_freq_factor < high_freq_factor). */
typedef struct ZoRope {
  float theta;              /* a float, as ever: the generators fold (double)(float)theta too */
  int64_t rotary_dim;
  double factor, low_freq_factor, high_freq_factor, original_max;
} ZoRope;
ZoRope zo_ref_rope_attrs(const double *attr);   /* from a rope value's attr[] */
bool zo_ref_rope_plain(const ZoRope *r);        /* the whole head, unscaled: zo_ref_rope's */
int64_t zo_ref_rope_dim(const ZoRope *r, int64_t head_dim);
/* inv[i] for i < rotary_dim/2, in double: what every backend turns by (the generators fold it) */
void zo_ref_rope_inv_freq(const ZoRope *r, int64_t head_dim, double *inv);
void zo_ref_rope_ex(const float *x, float *y, int64_t B, int64_t T, int64_t heads, int64_t head_dim, const ZoRope *r,
                    int64_t pos0);
/* Scaled dot-product attention with grouped-query heads: q, y [B,T,H*hd], k, v [B,T,KV*hd];
 * H % KV == 0 and query head h reads kv head h / (H/KV); scores scaled by 1/sqrt(hd);
 * causal != 0 masks key j > query i. */
void zo_ref_attention(const float *q, const float *k, const float *v, float *y, int64_t B, int64_t T, int64_t H,
                      int64_t KV, int64_t head_dim, int causal);
/* attention's attributes (ir/ops.h): scale 0 = 1/sqrt(hd); softcap > 0: s = softcap * tanh(s / softcap)
 * after scaling, before the mask (Gemma 2); window > 0: query i reads key j only when i - j < window */
typedef struct ZoAttn {
  int causal;
  double scale, softcap;
  int64_t window;
} ZoAttn;
void zo_ref_attention_ex(const float *q, const float *k, const float *v, float *y, int64_t B, int64_t T, int64_t H,
                         int64_t KV, int64_t head_dim, const ZoAttn *at);

/* ---- losses */
/* loss[r] = logsumexp(logits[r,:]) − logits[r, targets[r]]; targets[r] < 0 → loss[r] = 0
 * (an ignored position, like torch's ignore_index). */
void zo_ref_cross_entropy(const float *logits, const int32_t *targets, float *loss, int64_t rows, int64_t V);
/* logp[r] = log softmax(logits[r,:])[targets[r]]; targets[r] < 0 → logp[r] = 0. */
void zo_ref_log_softmax_at(const float *logits, const int32_t *targets, float *logp, int64_t rows, int64_t V);

#endif
