/* cmd_config.c — `zoc config`: the parameters a model gets from a checkpoint
 * directory (config.json, the quantization config) and the command line,
 * each with its value and where it came from (runtime/ckptcfg.h). Only the
 * lowering runs: the table is what `zoc loss` and `zoc train` compile with,
 * and what their --verbose prints on stderr. */
#include <string.h>

#include "frontend/ast.h"
#include "ir/lower.h"
#include "runtime/ckptcfg.h"
#include "src/cli.h"

static int config_extra(const Verb *v, int argc, char **argv, int i, void *ctx) {
  const char **weights = ctx;
  int j = i;
  if (!zo_cli_opt(argv[i], "--weights")) return 0;
  *weights = zo_cli_value(v, argc, argv, &j);
  return j - i + 1;
}

int zo_cmd_config(const Verb *v, int argc, char **argv) {
  ModelArgs m = {.bundled = true};
  const char *weights = NULL;
  zo_cli_parse_model_args(v, argc, argv, &m, config_extra, &weights);
  if (zo_cli_bundled_dir(v, &m, weights) != 0) {   /* no FILE.zo: the bundled model config.json names */
    zo_cli_free_defines(&m.defs);
    return 1;
  }
  Program *p = zo_parse_files(&m.file, 1);
  CkptParams cp = {0};
  Func *f = NULL;
  int rc = 1;
  if (zo_diag_count() == 0 && zo_ckpt_params(p, m.model, weights, m.defs.data, m.defs.len, &cp) == 0 &&
      (f = zo_lower(p, m.model, cp.defs.data, cp.defs.len, m.recipe))) {
    zo_ckpt_params_print(stdout, &cp, f);
    rc = 0;
  }
  zo_func_free(f);
  zo_ckpt_params_free(&cp);
  zo_program_free(p);
  zo_cli_free_defines(&m.defs);
  return rc;
}
