/* rng.c — the RNG contract (codegen/zo_rng.h) as out-of-line C functions, for
 * the LLVM-generated kernels to call (codegen/llvm_rt.h).
 *
 * zo_rng.h is all static inline; a JIT-compiled kernel cannot inline C, so it
 * calls these. Built with the project's -ffp-contract=off like every other
 * user of zo_rng.h, so the bits are the reference's. */
#include "codegen/llvm_rt.h"
#include "codegen/zo_rng.h"

float zo_rng_normal_c(uint64_t seed, uint32_t stream, uint64_t index) {
  return zo_rng_normal(seed, stream, index);
}

void zo_rng_normal_run_c(uint64_t seed, uint32_t stream, uint64_t first, int64_t count, float *out) {
  int64_t i = 0;
  if (count <= 0) return;
  if (first & 1) {   /* an odd first element: the second half of its pair */
    out[i++] = zo_rng_normal(seed, stream, first);
  }
  for (; i + 1 < count; i += 2) {
    float z[2];
    zo_rng_normal2(seed, stream, (first + (uint64_t)i) >> 1, z);
    out[i] = z[0];
    out[i + 1] = z[1];
  }
  if (i < count) out[i] = zo_rng_normal(seed, stream, first + (uint64_t)i);
}
