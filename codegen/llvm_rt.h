/* llvm_rt.h — the C functions that LLVM-generated CPU kernels call.
 *
 * The kernels are JIT-compiled into this process; each function here is
 * handed to the JIT as an absolute symbol (codegen/llvm/jit.c), so a kernel
 * calls exactly this code. They are plain C (no LLVM types) so the runtime
 * and the tests can call them too.
 */
#ifndef ZOC_LLVM_RT_H
#define ZOC_LLVM_RT_H

#include <stdint.h>

/* z = zo_rng_normal(seed, stream, index) (codegen/zo_rng.h), out of line: the
 * generated code calls it wherever a perturbed element is read, so a kernel's
 * z has the same bits as the reference's. Pure (no state, no errno). */
float zo_rng_normal_c(uint64_t seed, uint32_t stream, uint64_t index);

/* z for the `count` consecutive elements first, first+1, ... of a stream into
 * out: one Philox call per pair (the prologues that precompute a block of z). */
void zo_rng_normal_run_c(uint64_t seed, uint32_t stream, uint64_t first, int64_t count, float *out);

/* The low-precision matmul's quantizations (docs/lowprec.md; codegen/llvm/lprt.c):
 * kind ZO_LP_FP8 or ZO_LP_INT8, mode 0 nearest or 1 stochastic with the words
 * of (seed, stream).
 * zo_lp_rows_c: zo_lp_quant_rows of the M rows of one sign's half (row m's
 * words index from m = 0); nothing for M <= 0.
 * zo_lp_cols_c: columns n0 .. n0+nb-1 of W'[K, N], held as w[K][nb], quantized
 * in place per column (zo_lp_quant_cols's arithmetic, element (k, n) taking
 * word index k·N + n), their scales into t[nb]. */
void zo_lp_rows_c(int32_t kind, int32_t mode, uint64_t seed, uint32_t stream, const float *x, int64_t M, int64_t K,
                  float *xq, float *s);
void zo_lp_cols_c(int32_t kind, int32_t mode, uint64_t seed, uint32_t stream, float *w, int64_t K, int64_t nb, int64_t N,
                  int64_t n0, float *t);

#endif
