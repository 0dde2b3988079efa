/* cli.h — what the verbs of the command line share (src/main.c holds the
 * table; verbs of later phases live in src/cmd_*.c and are listed in
 * ZO_EXTRA_VERBS). */
#ifndef ZOC_CLI_H
#define ZOC_CLI_H

#include <stdarg.h>
#include <stdbool.h>

#include "ir/lower.h"

typedef struct Verb Verb;
struct Verb {
  const char *name;
  int (*run)(const Verb *v, int argc, char **argv);
  const char *usage;
  const char *help;
};

/* the model-selecting options most verbs take */
typedef struct ModelArgs {
  const char *file;
  const char *model;
  const char *recipe;
  DefineVec defs;
} ModelArgs;

ZO_NORETURN void zo_cli_usage_error(const Verb *v, const char *fmt, ...) ZO_PRINTF(2, 3);
bool zo_cli_is_help(int argc, char **argv);
int zo_cli_define(const Verb *v, int argc, char **argv, int i, DefineVec *defs);
const char *zo_cli_value(const Verb *v, int argc, char **argv, int *i);
bool zo_cli_opt(const char *arg, const char *name);
void zo_cli_free_defines(DefineVec *defs);
/* Parses FILE.zo, --model, --recipe, -D; `extra` sees every other argument
 * first and returns how many argv entries it used (0: not its option). */
int zo_cli_parse_model_args(const Verb *v, int argc, char **argv, ModelArgs *m,
                            int (*extra)(const Verb *, int, char **, int, void *), void *ctx);

/* verbs defined outside main.c */
#define ZO_EXTRA_VERBS

#endif
