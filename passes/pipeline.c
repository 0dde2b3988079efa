/* pipeline.c — the pipeline as one ordered list.
 *
 *   resolve → infer → unroll → dce → zomark → fuse → memplan → (kplan)
 *
 * The verifier runs after every pass; `zoc ir --after PASS` prints the IR after
 * any of them. kplan is a stage, not a pass: the kernel plan the backends
 * compute for their target (codegen/kplan.h) leaves the IR as it is, and
 * `--after kplan` prints the plan for CompileOptions.caps instead of the IR.
 * A pass that reports user errors ends the pipeline there.
 * zo_check_program (`zoc check`) compiles every model and recipe once, in
 * time linear in the declarations; a recipe there is checked against the
 * model's defaults, and what only other parameters produce (a quantized
 * format's role, a weight of an `if` branch) is a note, checked again when
 * a run compiles it with its parameters. */
#include <string.h>

#include "codegen/kplan.h"
#include "passes/passes.h"

static void print_kplan(FILE *out, Func *f, const CompileOptions *opt) {
  ZoKPlan *p = zo_kplan(f, opt->caps ? opt->caps : &(ZoKCaps){0});
  zo_kplan_print(out, p);
  zo_kplan_free(p);
}

static const PassInfo passes[] = {
  {"resolve", NULL, "name resolution: the syntax tree becomes IR; formats are instantiated", NULL},
  {"infer", zo_pass_infer, "dtype and shape inference", NULL},
  {"unroll", zo_pass_unroll, "repeat blocks become straight-line code", NULL},
  {"dce", zo_pass_dce, "values no output needs are removed", NULL},
  {"zomark", zo_pass_zomark, "the recipe's perturbed tensors get RNG streams", NULL},
  {"fuse", zo_pass_fuse, "values are grouped into kernels", NULL},
  {"memplan", zo_pass_memplan, "activation buffers are placed in one arena", NULL},
  {"kplan", NULL, "the kernel plan: each kernel's kind and operands, f16 values, matmul pairs, rope in epilogues, "
                  "the fused cross-entropy, memory hints", print_kplan},
};

const PassInfo *zo_passes(int *n) {
  *n = (int)ZO_COUNT(passes);
  return passes;
}

int zo_pass_lookup(const char *name) {
  for (int i = 0; i < (int)ZO_COUNT(passes); i++)
    if (strcmp(passes[i].name, name) == 0) return i;
  return -1;
}

Func *zo_compile(Program *p, const CompileOptions *opt) {
  int errors0 = zo_diag_count();
  int stop = opt->stop_after ? zo_pass_lookup(opt->stop_after) : (int)ZO_COUNT(passes) - 1;
  int dump = opt->dump_after ? zo_pass_lookup(opt->dump_after) : -1;
  ZO_ASSERT(stop >= 0);
  Func *f = zo_lower(p, opt->model, opt->defs, opt->ndefs, opt->recipe);
  if (!f) return NULL;
  if (f->recipe) f->recipe->defaults_only = opt->recipe_defaults;
  for (int i = 0; i <= stop; i++) {
    if (passes[i].run) {
      passes[i].run(f);
      f->last_pass = passes[i].name;
    }
    if (zo_diag_count() != errors0) {
      zo_func_free(f);
      return NULL;
    }
    zo_ir_verify(f, passes[i].name);
    if (i == dump && passes[i].print) passes[i].print(opt->dump ? opt->dump : stdout, f, opt);
    else if (i == dump) zo_ir_print(opt->dump ? opt->dump : stdout, f);
  }
  return f;
}

/* Every model, then every recipe against its model, each compiled once:
 * linear in the number of declarations (lookups go through the program's
 * declaration index, and duplicates are reported once, here). A recipe of a
 * model that failed is not compiled: it would only repeat the model's errors. */
int zo_check_program(Program *p, const Define *defs, int ndefs) {
  int errors0 = zo_diag_count();
  if (!zo_check_duplicates(p)) return zo_diag_count() - errors0;
  zo_check_formats(p);
  if (zo_diag_count() != errors0) return zo_diag_count() - errors0;
  bool *failed = zo_xcalloc((size_t)p->decls.len + 1, sizeof(bool));
  for (int i = 0; i < p->decls.len; i++) {
    const Ast *a = p->decls.data[i];
    if (a->kind != AST_MODEL) continue;
    CompileOptions o = {.model = a->name, .defs = defs, .ndefs = ndefs};
    Func *f = zo_compile(p, &o);
    failed[i] = !f;
    zo_func_free(f);
  }
  for (int i = 0; i < p->decls.len; i++) {
    const Ast *a = p->decls.data[i];
    if (a->kind != AST_RECIPE) continue;
    int m = zo_program_find(p, AST_MODEL, a->target);
    if (m < 0) {
      zo_diag_error(a->loc, "recipe '%s' is for model '%s', which is not defined", a->name, a->target);
      continue;
    }
    if (failed[m]) continue;
    CompileOptions o = {.model = a->target, .recipe = a->name, .defs = defs, .ndefs = ndefs, .recipe_defaults = true};
    zo_func_free(zo_compile(p, &o));
  }
  free(failed);
  return zo_diag_count() - errors0;
}
