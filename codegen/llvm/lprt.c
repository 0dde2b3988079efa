/* llvm/lprt.c — the C functions the LLVM backend's low-precision matmul
 * (docs/lowprec.md, recipe setting `forward = fp8 | int8`) calls for its
 * quantizations (declared in codegen/llvm_rt.h, handed to the JIT by
 * llvm/jit.c). The rounding is runtime/lowprec.c's (zo_lp_round, on
 * codegen/zo_rng.h's integer code), so the kernels' operands have the
 * reference's bits; only the layout is the kernel's: the rows of one sign's
 * half of x, and one block of nb columns of the perturbed weight W'.
 */
#include "codegen/llvm_rt.h"

#include <float.h>
#include <math.h>
#include <stdbool.h>

#include "runtime/lowprec.h"

void zo_lp_rows_c(int32_t kind, int32_t mode, uint64_t seed, uint32_t stream, const float *x, int64_t M, int64_t K,
                  float *xq, float *s) {
  if (M <= 0) return;
  ZoLp q = {.kind = kind, .mode = mode, .seed = seed, .stream = stream};
  zo_lp_quant_rows(&q, x, M, K, xq, s);
}

/* per column, zo_lp_quant_cols's scales (zo_lp_scales) and rounding words */
void zo_lp_cols_c(int32_t kind, int32_t mode, uint64_t seed, uint32_t stream, float *w, int64_t K, int64_t nb, int64_t N,
                  int64_t n0, float *t) {
  const float Q = zo_lp_qmax(kind);
  for (int64_t l = 0; l < nb; l++) {
    float b = 0.0f;
    bool finite = true;
    for (int64_t k = 0; k < K; k++) {
      float aw = fabsf(w[k * nb + l]);
      finite &= aw <= FLT_MAX;
      if (aw > b) b = aw;
    }
    float r;
    zo_lp_scales(Q, b, finite, &r, &t[l]);
    for (int64_t k = 0; k < K; k++) {
      uint64_t idx = (uint64_t)(k * N + n0 + l);
      w[k * nb + l] = zo_lp_round(kind, mode, w[k * nb + l] * r, mode == 1 ? zo_lp_word(seed, stream, idx) : 0);
    }
  }
}
