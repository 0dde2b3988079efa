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
 * oracle), "cpu" (LLVM-generated kernels, threads) and "cuda" (kernels
 * generated as CUDA C, compiled by NVRTC at run time; the driver is loaded
 * with dlopen, so open() fails with a clear message on a machine without a
 * GPU). */
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

struct ZoParams;   /* runtime/train.h */
struct ZoTarget;   /* codegen/target.h */

typedef struct Backend {
  const char *name;
  /* compiles what it must for f, with the user's device options (`--target`;
   * NULL: the defaults); NULL after a message on failure */
  void *(*open)(Func *f, int threads, const struct ZoTarget *target);
  /* logits [B, T, V] (f32) into out; 0 or -1 after a message */
  int (*forward)(void *state, const int32_t *tokens, int64_t B, int64_t T, const Perturb *p, float *out);
  /* peak bytes the backend allocated for activations in its last forward */
  int64_t (*peak_bytes)(void *state);
  void (*close)(void *state);
  /* optional (NULL: not told): device bytes the backend holds, weights included */
  int64_t (*device_bytes)(void *state);
  /* optional (NULL: not offered): the forward, then for each batch entry b the
   * mean next-token cross-entropy of its T-1 predictions (logit row t against
   * tokens[b, t+1]) into loss[b], without bringing the logits [B, T, V] back
   * from the device; T >= 2. 0 or -1 after a message. */
  int (*loss)(void *state, const int32_t *tokens, int64_t B, int64_t T, const Perturb *p, float *loss);
  /* optional (NULL: the backend reads Weight.data at every forward): the host
   * data of the perturbed storages changed (a training update); a backend that
   * keeps its own copy of the weights (a GPU) copies them again. 0 or -1 after
   * a message. */
  int (*weights_changed)(void *state);
  /* optional (NULL: the host updates, then weights_changed): the training
   * update (runtime/trainstate.c's zo_params_update, with the same bits) done
   * on the backend's own copies of the trained tensors. 0 done; 1 not offered
   * for these tensors (the host does it; the answer is the same at every step
   * of a run); -1 after a message. After 0, the host's masters and working
   * copies are stale until params_to_host. */
  int (*update)(void *state, struct ZoParams *ps, int nq, const uint64_t *seeds, const float *d, double lr,
                double weight_decay);
  /* optional, with update: the trained tensors back into ps (masters and
   * working copies); nothing when they are current. 0 or -1 after a message. */
  int (*params_to_host)(void *state, struct ZoParams *ps);
  /* optional (NULL: forward, then zo_logp_positions on the host): the forward,
   * then for each of the B·T positions r with targets[r] >= 0 the
   * log-softmax of its logits at targets[r] (lp[r]) and whether targets[r]
   * is their first argmax (hit[r]); 0 and 0 where targets[r] < 0. The
   * logits stay where they are: B·T numbers come back instead of B·T·V.
   * 0 or -1 after a message. */
  int (*logp)(void *state, const int32_t *tokens, const int32_t *targets, int64_t B, int64_t T, const Perturb *p,
              double *lp, uint8_t *hit);
} Backend;

extern const Backend zo_backend_ref;   /* runtime/refexec.c */
extern const Backend zo_backend_cuda;  /* runtime/cuda_exec.c: NVRTC-compiled kernels on an NVIDIA GPU */

/* The backend called name ("ref", "cpu", "cuda"); NULL if none (or not built in). */
const Backend *zo_backend(const char *name);

/* What Backend.logp returns, from logits [n, V] on the host (the reference
 * of the backends that compute it themselves): per position r with
 * targets[r] >= 0, lp[r] = x[y] - max(x) - log(sum(exp(x - max(x)))) in
 * double over the row x in order, and hit[r] = (y is the first index of the
 * maximum; a NaN counts as the maximum); 0 and 0 elsewhere. */
void zo_logp_positions(const float *logits, const int32_t *targets, int64_t n, int64_t V, double *lp, uint8_t *hit);

/* A dim that is exactly one symbol (coefficient 1, exponent 1): its index, else -1. */
int zo_dim_pure_sym(Dim d);

/* What the compiling backends (cpu, cuda) need of a model: one input, i32
 * token ids [B, T] with B and T two distinct symbols, a first output of f32
 * activations, both in the memory plan, and every weight's storages bound
 * (zo_weights_bind). 0 with *io filled, or -1 after a message naming the
 * backend and what is missing. */
typedef struct ModelIO {
  Value *input, *output;
  int sym_b, sym_t;
} ModelIO;
int zo_model_io(Func *f, const char *backend, ModelIO *io);

/* The vocabulary: the rows of the table the input ids are looked up in (the
 * smallest, if several), else the logits' last dimension; -1 if neither is a
 * constant. And the last dimension of the first output (the logits: V). */
int64_t zo_model_vocab(const Func *f);
int64_t zo_model_out_cols(const Func *f);
/* V when the first output is logits [B, T, V] with V a constant, else -1
 * after a message naming the model and `what` needs them. */
int64_t zo_model_logits_vocab(const Func *f, const char *what);

/* What a forward of B x T tokens must satisfy: B, T >= 1, the perturbation's
 * split within [0, B], and the ids every embedding reads indexing its table
 * (the token ids of the input; positions, whose largest is T-1+offset).
 * 0, or -1 after a message. */
int zo_check_forward(const Func *f, const Value *input, const int32_t *tokens, int64_t B, int64_t T, const Perturb *p);

#endif
