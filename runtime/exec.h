/* exec.h — running a compiled model: what every backend offers.
 *
 * A backend takes a Func that went through the whole pipeline (its weights
 * bound: Weight.data set by zo_weights_bind) and runs the forward pass for a
 * batch of token ids, returning the logits. The ZO step's two passes run as
 * one forward over a doubled batch: batch entries b < split see the
 * perturbation +eps·z, entries b >= split see −eps·z, where for element i of a
 * perturbed storage with stream s, z = zo_rng_normal(seed, s, i) (the RNG
 * contract, codegen/zo_rng.h). The stored weights are never modified.
 *
 * Backends: "ref" (runtime/refexec.c: plain C, slow, obviously right — the
 * oracle) and "cpu" (LLVM-generated kernels, threads). The GPU backend comes
 * later through the same interface. */
#ifndef ZOC_EXEC_H
#define ZOC_EXEC_H

#include <stdint.h>

#include "ir/ir.h"

typedef struct Perturb {
  uint64_t seed;
  float eps;        /* 0: no perturbation */
  int64_t split;    /* batch entries [0, split) get +eps, [split, B) get -eps */
} Perturb;

typedef struct Exec Exec;

typedef struct Backend {
  const char *name;
  /* compiles what it must for f; NULL after a message on failure */
  void *(*open)(Func *f, int threads);
  /* logits [B, T, V] (f32) into out; 0 or -1 after a message */
  int (*forward)(void *state, const int32_t *tokens, int64_t B, int64_t T, const Perturb *p, float *out);
  /* peak bytes the backend allocated for activations in its last forward */
  int64_t (*peak_bytes)(void *state);
  void (*close)(void *state);
} Backend;

extern const Backend zo_backend_ref;   /* runtime/refexec.c */

/* The backend called name ("ref", "cpu"); NULL if none (or not built in). */
const Backend *zo_backend(const char *name);

#endif
