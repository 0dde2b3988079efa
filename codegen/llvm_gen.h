/* llvm_gen.h — the CPU code generator: one LLVM function per kernel group of
 * a compiled Func, JIT-compiled in this process (ORC LLJIT, host CPU, -O3).
 *
 * Every kernel has the same C signature (ZoKernelFn):
 *
 *   void zk(void *const *ptrs, const int64_t *ints, const float *floats,
 *           int64_t begin, int64_t end, void *scratch);
 *
 *  ptrs     buffers the kernel reads and writes: activations (arena + offset),
 *           a weight's storage tensors (Weight.data[s]);
 *  ints     run-time integers: sizes that depend on B and T, RNG stream ids,
 *           the perturbation seed, whether a perturbation is on, how many rows
 *           take +eps;
 *  floats   eps;
 *  [begin, end)  the slice of the kernel's parallel dimension this call
 *           computes (ZoKernel.items says what the items are: rows, column
 *           blocks, batch·heads); the executor splits the items over threads,
 *           and no item's result depends on how they were split;
 *  scratch  per-thread scratch of ZoKernel's scratch size (64-byte aligned).
 *
 * What each slot holds is data (ZoKArg), resolved by the executor at each
 * forward, so the function body holds only what is the same for every layer
 * (shapes, the format, the ops and their attributes). Two kernels whose
 * emitted LLVM text is the same are one function: it is emitted, optimized and
 * compiled once per process (llvm/jit.c).
 */
#ifndef ZOC_LLVM_GEN_H
#define ZOC_LLVM_GEN_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "ir/ir.h"

typedef void (*ZoKernelFn)(void *const *ptrs, const int64_t *ints, const float *floats, int64_t begin,
                           int64_t end, void *scratch);

/* What one argument slot holds. */
typedef enum ZoKArgKind {
  ZO_KARG_BUFFER,     /* ptr: the arena buffer of value v (an input or a kernel root) */
  ZO_KARG_STORAGE,    /* ptr: Weight.data[storage] of the WEIGHT value v */
  ZO_KARG_DIM,        /* int: dim at the run's B, T */
  ZO_KARG_CONST,      /* int: c (an RNG stream id) */
  ZO_KARG_SEED,       /* int: Perturb.seed (as int64 bits) */
  ZO_KARG_PERTURB,    /* int: 1 when this forward is perturbed (eps != 0), else 0 */
  ZO_KARG_SPLIT_ROWS, /* int: rows of batch entries [0, split): split · dim (dim = rows per batch entry) */
  ZO_KARG_EPS,        /* float: Perturb.eps */
} ZoKArgKind;

typedef struct ZoKArg {
  ZoKArgKind kind;
  const Value *v;
  int storage;
  Dim dim;
  int64_t c;
} ZoKArg;

typedef struct ZoKernel {
  int group;                /* the fusion group (Value.group) */
  const char *kind;         /* "matmul", "elementwise", "norm", "rope", "attention", ... */
  const Value *anchor;      /* the group's last member (where it runs) */
  const char *name;         /* the LLVM function's name (shared by identical kernels) */
  ZoKernelFn fn;            /* set by zo_llvm_jit */
  int nptrs, nints, nfloats;
  ZoKArg *ptrs, *ints, *floats;
  Dim items;                /* work items of the parallel dimension, at the run's B, T */
  const char *items_what;   /* "rows", "column blocks of 16", "batch*heads" */
  /* per-thread scratch bytes: scratch_fixed + scratch_scale * scratch_dim */
  int64_t scratch_fixed, scratch_scale;
  Dim scratch_dim;
  void *impl;               /* the code generator's plan */
} ZoKernel;

typedef struct ZoLlvmProgram {
  Func *f;
  int nkernels;
  ZoKernel *kernels;        /* in run order: kernels[g] is group g */
  Arena arena;              /* everything above */
} ZoLlvmProgram;

/* Plans one kernel per group of f (after the whole pipeline, weights need not
 * be bound yet). NULL after a message (a group the CPU code generator cannot
 * emit, e.g. a perturbed weight read by a kernel with no batch dimension). */
ZoLlvmProgram *zo_llvm_plan(Func *f);
void zo_llvm_program_free(ZoLlvmProgram *p);

/* Emits, optimizes and JIT-compiles every kernel function p needs that this
 * process has not compiled yet, and sets each ZoKernel.fn. 0, or -1 after a
 * message (LLVM failed: the message says where; the module is written to
 * $TMPDIR for a bug report). Thread-safe. */
int zo_llvm_jit(ZoLlvmProgram *p);

/* Prints the LLVM module of p's kernels (one function per distinct kernel,
 * a header comment mapping groups to functions): as emitted, deterministic
 * (same input, same text), or after the -O3 pipeline for this host. 0 or -1. */
int zo_llvm_print(ZoLlvmProgram *p, bool optimized, FILE *out);

/* Distinct kernel functions compiled by this process so far (for the dedup
 * test and the bench report). */
int zo_llvm_compiled_functions(void);
/* modules of kernels this process linked from the on-disk object cache */
int zo_llvm_cached_modules(void);

/* Test hook: out[i] = z(seed, stream, first + i) for i < count, computed by
 * JIT-compiled code through the vector RNG the kernels use (and the scalar
 * call for a tail shorter than a vector). 0 or -1. */
int zo_llvm_test_rng(uint64_t seed, uint32_t stream, uint64_t first, int64_t count, float *out);

/* The vector width (columns per block) the matmul kernels use. */
#define ZO_LLVM_NB 16

/* ---- the executor (runtime/cpuexec.c): the "cpu" backend of runtime/exec.h.
 * open(f, threads, target): threads <= 0 means one per online core. With
 * the target's profile=1 (`--target profile=1`), close() prints the time
 * spent per kernel function to stderr. */
struct Backend;
extern const struct Backend zo_backend_cpu;
/* seconds spent in kernel `group` over every forward of this state so far
 * (wall time of the whole parallel call), and the state's kernel plan */
double zo_cpu_kernel_seconds(void *state, int group);
const ZoLlvmProgram *zo_cpu_program(void *state);

#endif
