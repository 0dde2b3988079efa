/* lowprec.h — the low-precision matmul of docs/lowprec.md (recipe setting
 * `forward = fp8 | int8`) in plain C: the quantization of the activations
 * per row and of the perturbed weight per output channel, to the fp8 e4m3fn
 * grid or to the integers of int8, by nearest or stochastic rounding
 * (codegen/zo_rng.h's contract), and the product with its scales.
 * The reference backend computes the matmul with these; the LLVM backend
 * calls the same functions for the quantization, so its operands have the
 * reference's bits; the GPU's are checked against them.
 */
#ifndef ZOC_RUNTIME_LOWPREC_H
#define ZOC_RUNTIME_LOWPREC_H

#include <stdbool.h>
#include <stdint.h>

#include "ir/ir.h"

enum { ZO_LP_DEFAULT = 0, ZO_LP_FP8 = 1, ZO_LP_INT8 = 2 };

/* One quantization: the grid (ZO_LP_FP8 or ZO_LP_INT8), the rounding (0
   nearest, 1 stochastic) and, for stochastic, the seed and rounding stream
   whose words it takes (docs/lowprec.md). */
typedef struct ZoLp {
  int kind, mode;
  uint64_t seed;
  uint32_t stream;
} ZoLp;

/* the recipe's forward precision (ZO_LP_*) and its rounding (0/1); 0 without a recipe */
int zo_lp_kind(const Func *f);
int zo_lp_rounding(const Func *f);
/* v (any value) is a matmul the low precision applies to: its right operand a formatted weight */
bool zo_lp_applies(const Value *v);
/* v's ordinal among those matmuls in f's block, in block order (-1: not one) */
int zo_lp_ordinal(const Func *f, const Value *v);
/* the rounding streams of the j-th such matmul: its activations, its weight */
uint32_t zo_lp_stream_x(int j);
uint32_t zo_lp_stream_w(int j);
/* Q: 448 (fp8 e4m3fn's largest) or 127 */
float zo_lp_qmax(int kind);
/* x rounded to the grid of q->kind (a grid value, exact in f32), with word w when stochastic */
float zo_lp_round(int kind, int mode, float x, uint32_t w);

/* r = Q / a and s = a / Q for a range's largest magnitude a (1 and 1 for 0;
   r = 0, s = NaN when the range holds a NaN or Inf: the matmul's result is
   then NaN, as the default precision's would be) */
void zo_lp_scales(float Q, float a, bool finite, float *r, float *s);
/* the stochastic word of element idx of a rounding stream: word 2 + (idx & 1)
   of Philox call idx >> 1 */
uint32_t zo_lp_word(uint64_t seed, uint32_t stream, uint64_t idx);

/* xq[M, K] = round(x · r_m) per row, s[M] = a_m / Q (docs/lowprec.md step 1);
   element (m, k) takes word index m·K + k (m counted from 0: one sign's half) */
void zo_lp_quant_rows(const ZoLp *q, const float *x, int64_t M, int64_t K, float *xq, float *s);
/* wq[K, N] = round(W'[k, n] · r'_n) per column, t[N] = b_n / Q (step 2);
   element (k, n) takes word index k·N + n */
void zo_lp_quant_cols(const ZoLp *q, const float *w, int64_t K, int64_t N, float *wq, float *t);
/* y[M, N] = (Σ_k xq·wq, in double, rounded to f32) · (s_m · t_n) (step 3) */
void zo_lp_matmul(const float *xq, const float *s, const float *wq, const float *t, float *y, int64_t M, int64_t K,
                  int64_t N);

#endif
