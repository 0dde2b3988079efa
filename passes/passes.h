/* passes.h — the pipeline from a lowered model to a planned one.
 *
 * Each pass is one file with one entry point `void zo_pass_NAME(Func *)`; the
 * pipeline (pipeline.c) is their ordered list, with the verifier between
 * passes and an IR dump after any pass the user asks for. A pass that finds a
 * user error reports it (zo_diag_error) and the pipeline stops after it. */
#ifndef ZOC_PASSES_H
#define ZOC_PASSES_H

#include <stdio.h>

#include "ir/ir.h"
#include "ir/lower.h"

void zo_pass_infer(Func *f);    /* dtype and shape inference */
void zo_pass_unroll(Func *f);   /* repeat blocks → straight-line code */
void zo_pass_dce(Func *f);      /* drop values no output needs */
void zo_pass_zomark(Func *f);   /* which tensors the recipe perturbs; RNG stream ids */
void zo_pass_fuse(Func *f);     /* kernels: dequant+perturb+matmul, elementwise chains, norm+residual */
void zo_pass_memplan(Func *f);  /* activation buffers reused by liveness; peak bytes */
/* the same, the first output not stored (memplan.c); false after a diagnostic
 * (a buffer too large at the symbol sizes), with no plan made */
bool zo_memplan(Func *f, bool without_output);
/* the same, with a backend's hints on how it stores some values (MemHint) */
bool zo_memplan_hints(Func *f, bool without_output, const MemHint *hints, int nhints);
uint64_t zo_memplan_hints_key(const MemHint *hints, int nhints);   /* MemPlan.hints_key of such a plan */

typedef struct CompileOptions CompileOptions;
struct ZoKCaps;

typedef struct PassInfo {
  const char *name;
  void (*run)(Func *);
  const char *what;
  /* a stage that changes nothing in the IR but a backend follows (kplan):
     what `--after NAME` prints instead of the IR; NULL for a pass */
  void (*print)(FILE *out, Func *f, const CompileOptions *opt);
} PassInfo;

/* The passes in order ("resolve", the lowering, first; its run is NULL),
 * then the stages with a print (the kernel plan). */
const PassInfo *zo_passes(int *n);
/* Index of the pass called name, or -1. */
int zo_pass_lookup(const char *name);

struct CompileOptions {
  const char *model;        /* NULL: the only one */
  const char *recipe;       /* NULL: none */
  bool recipe_defaults;     /* zo_check_program: the recipe is checked against the defaults only */
  const Define *defs;
  int ndefs;
  const char *stop_after;   /* NULL: run every pass */
  const char *dump_after;   /* NULL: no dump; print the IR after this pass */
  FILE *dump;               /* where dumps go (stdout if NULL) */
  const struct ZoKCaps *caps;   /* what the kernel plan's target can run (codegen/kplan.h); NULL: nothing (the CPU's) */
};

/* Lowers and runs the pipeline. NULL after user errors (already reported). */
Func *zo_compile(Program *p, const CompileOptions *opt);

/* Every model of a program with its defaults, and every recipe against its
 * model, through the whole pipeline: `zoc check`. Returns the error count. */
int zo_check_program(Program *p, const Define *defs, int ndefs);

#endif
