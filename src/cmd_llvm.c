/* cmd_llvm.c — `zoc llvm`: the CPU kernels of a model as LLVM IR (`zoc
 * bench` moved to src/cmd_bench.c, which serves every backend). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/ast.h"
#include "passes/passes.h"
#include "src/cli.h"
#ifdef ZOC_HAVE_LLVM
#include "codegen/llvm_gen.h"
#endif

int zo_cmd_llvm(const Verb *v, int argc, char **argv);

/* ---- zoc llvm */
static int llvm_extra(const Verb *v, int argc, char **argv, int i, void *ctx) {
  if (strcmp(argv[i], "--optimized") == 0) {
    *(bool *)ctx = true;
    return 1;
  }
  return 0;
}

int zo_cmd_llvm(const Verb *v, int argc, char **argv) {
  ModelArgs m = {0};
  bool optimized = false;
  zo_cli_parse_model_args(v, argc, argv, &m, llvm_extra, &optimized);
#ifndef ZOC_HAVE_LLVM
  zo_cli_free_defines(&m.defs);
  zo_env_error("zoc llvm", "this zoc was built without LLVM (configure with -DZOC_WITH_LLVM=ON)");
  return 1;
#else
  Program *p = zo_parse_files(&m.file, 1);
  int rc = 1;
  if (zo_diag_count() == 0) {
    CompileOptions o = {.model = m.model, .recipe = m.recipe, .defs = m.defs.data, .ndefs = m.defs.len};
    Func *f = zo_compile(p, &o);
    if (f) {
      ZoLlvmProgram *lp = zo_llvm_plan(f);
      if (lp && zo_llvm_print(lp, optimized, stdout) == 0) rc = 0;
      zo_llvm_program_free(lp);
    }
    zo_func_free(f);
  }
  zo_program_free(p);
  zo_cli_free_defines(&m.defs);
  return rc;
#endif
}
