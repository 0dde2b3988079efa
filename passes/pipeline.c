/* pipeline.c — the pipeline as one ordered list.
 *
 *   resolve → infer → unroll → dce → zomark → fuse → memplan
 *
 * The verifier runs after every pass; `zoc ir --after PASS` prints the IR after
 * any of them. A pass that reports user errors ends the pipeline there. */
#include <string.h>

#include "passes/passes.h"

static const PassInfo passes[] = {
  {"resolve", NULL, "name resolution: the syntax tree becomes IR; formats are instantiated"},
  {"infer", zo_pass_infer, "dtype and shape inference"},
  {"unroll", zo_pass_unroll, "repeat blocks become straight-line code"},
  {"dce", zo_pass_dce, "values no output needs are removed"},
  {"zomark", zo_pass_zomark, "the recipe's perturbed tensors get RNG streams"},
  {"fuse", zo_pass_fuse, "values are grouped into kernels"},
  {"memplan", zo_pass_memplan, "activation buffers are placed in one arena"},
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
    if (i == dump) zo_ir_print(opt->dump ? opt->dump : stdout, f);
  }
  return f;
}

int zo_check_program(Program *p, const Define *defs, int ndefs) {
  int errors0 = zo_diag_count();
  const char *models[256], *recipes[256], *targets[256];
  int nm = zo_program_models(p, models, 256);
  int nr = zo_program_recipes(p, recipes, targets, 256);
  if (!zo_check_duplicates(p)) return zo_diag_count() - errors0;
  zo_check_formats(p);
  if (zo_diag_count() != errors0) return zo_diag_count() - errors0;
  for (int i = 0; i < nm; i++) {
    CompileOptions o = {.model = models[i], .defs = defs, .ndefs = ndefs};
    zo_func_free(zo_compile(p, &o));
  }
  for (int i = 0; i < nr; i++) {
    CompileOptions o = {.model = targets[i], .recipe = recipes[i], .defs = defs, .ndefs = ndefs};
    bool have = false;
    for (int j = 0; j < nm; j++) have |= strcmp(models[j], targets[i]) == 0;
    if (!have) {
      /* reported once, at the recipe */
      for (int d = 0; d < p->decls.len; d++) {
        const Ast *a = p->decls.data[d];
        if (a->kind == AST_RECIPE && strcmp(a->name, recipes[i]) == 0)
          zo_diag_error(a->loc, "recipe '%s' is for model '%s', which is not defined", recipes[i], targets[i]);
      }
      continue;
    }
    zo_func_free(zo_compile(p, &o));
  }
  return zo_diag_count() - errors0;
}
