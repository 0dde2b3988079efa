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

#endif
