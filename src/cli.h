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

#ifdef ZOC_HAVE_LLVM
int zo_cmd_llvm(const Verb *v, int argc, char **argv);    /* src/cmd_llvm.c */
int zo_cmd_bench(const Verb *v, int argc, char **argv);   /* src/cmd_llvm.c */
#define ZO_LLVM_VERBS                                                                          \
  {"llvm", zo_cmd_llvm,                                                                        \
   "zoc llvm FILE.zo [--model NAME] [--recipe NAME] [-D NAME=VALUE]... [--optimized]",        \
   "Print the LLVM module of the model's CPU kernels (after -O3 with --optimized).\n"},        \
  {"bench", zo_cmd_bench,                                                                      \
   "zoc bench FILE.zo --random-weights [-D NAME=VALUE]... --batch B --seq T [--device cpu] [--threads N] [--recipe R]", \
   "Time the forward pass and one ZO step (both perturbed passes) on random weights;\n"       \
   "print tokens/s, the step time and the peak memory as JSON lines.\n"},
#else
#define ZO_LLVM_VERBS
#endif

/* verbs defined outside main.c */
int zo_cmd_random_weights(const Verb *v, int argc, char **argv);   /* src/cmd_run.c */
int zo_cmd_loss(const Verb *v, int argc, char **argv);             /* src/cmd_run.c */
#define ZO_EXTRA_VERBS                                                                          \
  {"random-weights", zo_cmd_random_weights,                                                    \
   "zoc random-weights FILE.zo [--model NAME] [-D NAME=VALUE]... [--seed N] -o W.safetensors", \
   "Write a checkpoint with exactly the tensors the model binds (names, dtypes,\n"              \
   "shapes), random but numerically sane: dense weights ~ N(0, 1/K) quantized with\n"          \
   "the format's quantizer, embeddings ~ N(0, 0.02^2), norm weights ~ 1. Same seed\n"          \
   "(default 0), same bytes.\n"},                                                                \
  {"loss", zo_cmd_loss,                                                                        \
   "zoc loss FILE.zo --weights PATH --data TOKENS.jsonl [--model NAME] [-D NAME=VALUE]... "     \
   "[--device ref|cpu] [--threads N] [--verbose]",                                             \
   "For each line {\"tokens\": [id, ...]} of the data file print\n"                             \
   "{\"loss\": L, \"tokens\": N}: the mean next-token cross-entropy over the N-1\n"             \
   "predicted positions, one forward per line. PATH is a .safetensors file or a\n"            \
   "Hugging Face directory (its config.json sets the parameters declared\n"                   \
   "`from \"key\"`; -D wins). --device: cpu (default when built with LLVM) or ref\n"           \
   "(the plain-C reference). --verbose prints the peak activation bytes and the\n"             \
   "memory plan to stderr.\n"},                                                                \
  ZO_LLVM_VERBS

#endif
