/* cli.h — what the verbs of the command line share (src/main.c holds the
 * table; verbs of later phases live in src/cmd_*.c and are listed in
 * ZO_EXTRA_VERBS). */
#ifndef ZOC_CLI_H
#define ZOC_CLI_H

#include <stdarg.h>
#include <stdbool.h>

#include "codegen/target.h"
#include "ir/lower.h"
#include "runtime/exec.h"

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
  bool bundled;   /* FILE.zo may be left out: zo_cli_bundled picks the model from --weights */
} ModelArgs;

ZO_NORETURN void zo_cli_usage_error(const Verb *v, const char *fmt, ...) ZO_PRINTF(2, 3);
bool zo_cli_is_help(int argc, char **argv);
int zo_cli_define(const Verb *v, int argc, char **argv, int i, DefineVec *defs);
const char *zo_cli_value(const Verb *v, int argc, char **argv, int *i);
bool zo_cli_opt(const char *arg, const char *name);
bool zo_cli_parse_u64(const char *s, uint64_t *out);
const Backend *zo_cli_backend(const Verb *v, const char *device);
void zo_cli_free_defines(DefineVec *defs);
/* --target NAME=VALUE (codegen/target.h), on every verb that runs or
 * generates code for a device: sets one option of *t (from zo_target_init);
 * an unknown name ("did you mean") or value is a usage error. Then
 * zo_cli_target_check: an option set that the chosen backend does not read
 * (matmul with --device cpu) is a usage error too. */
void zo_cli_target(const Verb *v, const char *arg, ZoTarget *t);
void zo_cli_target_check(const Verb *v, const ZoTarget *t, const Backend *be);
/* the recipe's `target NAME = VALUE` items (f->recipe; none: nothing) under the command line's */
void zo_cli_target_recipe(ZoTarget *t, const Func *f);
/* --set NAME=VALUE (recipe settings) of bench and cuda: applied to the
   recipe's settings in s, the forward's precision into f->recipe; a bad
   one is a usage error, or a message and exit 1 */
struct ZoTrainSettings;
void zo_cli_sets(const Verb *v, const char *const *sets, int n, Func *f, struct ZoTrainSettings *s);
/* Parses FILE.zo, --model, --recipe, -D; `extra` sees every other argument
 * first and returns how many argv entries it used (0: not its option). */
int zo_cli_parse_model_args(const Verb *v, int argc, char **argv, ModelArgs *m,
                            int (*extra)(const Verb *, int, char **, int, void *), void *ctx);
/* After zo_cli_parse_model_args with m->bundled: no FILE.zo given, the
 * bundled model that the Hugging Face directory DIR's config.json names
 * (runtime/bundled.h) becomes m->file and m->model (--model picks a bundled
 * model by name instead). DIR NULL (no --weights, or not a directory): a
 * usage error. Returns 0, or 1 after a message. */
int zo_cli_bundled(const Verb *v, ModelArgs *m, const char *dir);
/* The same for the verbs whose --weights can only be a checkpoint directory
 * (config, cuda, bench: they read its config.json, never its tensors):
 * WEIGHTS that is not one is a usage error; NULL is no --weights. */
int zo_cli_bundled_dir(const Verb *v, ModelArgs *m, const char *weights);

#ifdef ZOC_HAVE_LLVM
int zo_cmd_llvm(const Verb *v, int argc, char **argv);    /* src/cmd_llvm.c */
#define ZO_LLVM_VERBS                                                                          \
  {"llvm", zo_cmd_llvm,                                                                        \
   "zoc llvm FILE.zo [--model NAME] [--recipe NAME] [-D NAME=VALUE]... [--optimized]",        \
   "Print the LLVM module of the model's CPU kernels (after -O3 with --optimized).\n"},
#else
#define ZO_LLVM_VERBS
#endif

/* what every verb that reads a checkpoint directory says of FILE.zo left out */
#define ZO_BUNDLED_HELP                                                                        \
  "Without FILE.zo, the bundled model whose `for` list holds the directory's config.json\n"   \
  "model_type (else architectures[0]) is used, and a line on stderr says which (models/,\n"  \
  "or the folders of $ZOC_PATH; --model NAME picks a bundled model by name).\n"

/* what every verb that runs or generates code for a device says of --target */
#define ZO_TARGET_HELP                                                                         \
  "--target NAME=VALUE (repeated) sets a device option: the matmul path, wgmma's operand\n"     \
  "loads, the dequants' second stream, CUDA graphs, the per-kernel profile, where training\n" \
  "updates (`zoc cuda --verbose` prints them all with their values; docs/gpu.md).\n"

/* verbs of later phases: each group's macro is defined by its own section
 * below (training: src/cmd_train.c; the demo: src/cmd_demo.c; the GPU:
 * src/cmd_cuda.c) */
/* ZO_TRAIN_VERBS begin */
int zo_cmd_train(const Verb *v, int argc, char **argv);    /* src/cmd_train.c */
int zo_cmd_eval(const Verb *v, int argc, char **argv);     /* src/cmd_train.c */
int zo_cmd_replay(const Verb *v, int argc, char **argv);   /* src/cmd_train.c */
#define ZO_TRAIN_VERBS                                                                          \
  {"train", zo_cmd_train,                                                                      \
   "zoc train [FILE.zo] --recipe NAME --weights PATH --task TASK --data FILE.jsonl --out DIR "    \
   "[--model NAME] [-D NAME=VALUE]... [--device cpu|ref|cuda] [--steps N] [--eval-every N] "    \
   "[--seed N] [--set NAME=VALUE]... [--resume] [--eval-data FILE.jsonl] [--tokenizer PATH] "   \
   "[--train-examples N] [--eval-examples N] [--data-seed N] [--max-len N] [--max-nan N] "      \
   "[--shard-size SIZE] [--threads N] [--target NAME=VALUE]... [--quiet] [--verbose]",          \
   "Fine-tune a checkpoint with zeroth-order steps (QZO/MeZO) as the recipe says:\n"           \
   "its perturbed tensors get Q-SPSA/SPSA updates, eps, lr (schedule, warmup), clip\n"          \
   "(DDC), scale_min, weight_decay and queries from the recipe; --set NAME=VALUE\n"            \
   "overrides any of them (also save_every), --steps/--eval-every/--seed win over\n"           \
   "--set. TASK: sst2, rte, cb, boolq, squad, a template file (TEMPLATE.json), or lm\n"        \
   "(lines {\"tokens\": [id, ...]}, optional \"targets\"). The tokenizer is --tokenizer,\n"     \
   "else tokenizer.json beside the weights. MeZO's sampling: --train-examples\n"               \
   "(default 1000) from a seeded shuffle of --data; evaluation on the next\n"                  \
   "--eval-examples (default 500) of it, or on --eval-examples (default 1000) of\n"            \
   "--eval-data. DIR is a Hugging Face model directory: model.safetensors (the input's\n"      \
   "format and tensors, the trained ones replaced; past --shard-size, default 5GB as\n"       \
   "transformers', model-0000i-of-0000n.safetensors and model.safetensors.index.json),\n"     \
   "config.json with the weights'\n"                                                          \
   "quantization_config, the tokenizer files; DIR/zoc/ holds seeds.jsonl (the seed log:\n"    \
   "one line per step), metrics.jsonl, master.safetensors and state.json (the resume\n"       \
   "state), all written atomically every save_every steps (default eval_every); one\n"        \
   "process at a time uses DIR (zoc/zoc.lock). --resume continues a run\n"                    \
   "that was stopped to the same bytes as an uninterrupted run. Ctrl-C finishes the\n"         \
   "step, saves and exits with status 130. A NaN/Inf loss skips the step; --max-nan\n"         \
   "(default 10) such steps in a row stop the run without saving. See docs/training.md.\n"    \
   ZO_BUNDLED_HELP ZO_TARGET_HELP},                                                                            \
  {"eval", zo_cmd_eval,                                                                        \
   "zoc eval [FILE.zo] --weights PATH --task TASK --data FILE.jsonl [--model NAME] "              \
   "[--recipe NAME] [-D NAME=VALUE]... [--device cpu|ref|cuda] [--eval-examples N|all] "        \
   "[--seed N] [--batch N] [--tokenizer PATH] [--max-len N] [--threads N] [--target NAME=VALUE]... [--verbose]", \
   "Evaluate a checkpoint on --eval-examples (default 1000, MeZO's test split; 'all')\n"      \
   "of a seeded shuffle of the data and print one JSON line: examples, loss, and\n"            \
   "accuracy (classification: the candidate with the highest mean log-probability),\n"        \
   "f1 and em (squad: greedy decoding, at most 50 new tokens, up to a newline) or\n"           \
   "agreement (lm: argmax == target).\n" ZO_BUNDLED_HELP ZO_TARGET_HELP},                                      \
  {"replay", zo_cmd_replay,                                                                    \
   "zoc replay [FILE.zo] --weights INIT --run DIR | --seeds SEEDS.jsonl -o OUT.safetensors "     \
   "[--recipe NAME] [--model NAME] [-D NAME=VALUE]... [--threads N]",                          \
   "Rebuild a run's trained checkpoint from the checkpoint it started from and its\n"        \
   "seed log (no forward pass): the same bytes as DIR/model.safetensors when the\n"           \
   "run was on the same kind of device. --run DIR replays to the run's last save\n"          \
   "(state.json), so a killed or still running run gives its checkpoint; --seeds the\n"      \
   "whole file. The recipe defaults to the one the log names;\n"                             \
   "give the run's -D values.\n" ZO_BUNDLED_HELP},
/* ZO_TRAIN_VERBS end */
/* ZO_DEMO_VERBS begin */
int zo_cmd_demo(const Verb *v, int argc, char **argv);   /* src/cmd_demo.c */
#define ZO_DEMO_VERBS                                                                          \
  {"demo", zo_cmd_demo,                                                                        \
   "zoc demo [FILE.zo] [--out DIR] [--steps N] [--seed N] [--threads N] [--quick] "             \
   "[--recipe R] [--student gptq|nvfp4] [--set NAME=VALUE]... [--gain-std X] [--head-std X]",   \
   "The first-run demo, nothing to download (docs/demo.md): a small Llama-shaped model\n"      \
   "(models/tiny.zo) with random f32 weights is the base; the teacher is the base\n"          \
   "fine-tuned (every projection's output channels scaled by exp(X·N(0,1)), X =\n"            \
   "--gain-std, default 0.25; 0: the teacher is the base); the student is the base\n"        \
   "quantized to 4-bit GPTQ (groups of 32, round to nearest). QZO trains the\n"              \
   "student's scales on the CPU against the teacher's argmax on random token\n"              \
   "sequences. Prints loss and agreement with the teacher on held-out sequences\n"           \
   "before and after, and the time (5000 steps: about a minute on 2 idle cores;\n"           \
   "--quick: 1000). The run directory (default ./zoc-demo, or the next free\n"               \
   "./zoc-demo-N) holds the trained 4-bit checkpoint, the dense and 4-bit models,\n"        \
   "the labelled data as `zoc train --task lm` reads it, metrics.jsonl and\n"               \
   "seeds.jsonl. --set changes a training setting (lr, eps, batch, clip, ...);\n"            \
   "--recipe another recipe of the model (qzo_norms); --head-std the teacher's\n"            \
   "logit spread (default 4). --student nvfp4: the student is NVFP4 (e2m1 codes,\n"         \
   "fp8 e4m3 scales per 16 inputs; lr 100, eps 7): compare --set\n"                          \
   "update_rounding=nearest and =stochastic.\n"},
/* ZO_DEMO_VERBS end */
/* ZO_CUDA_VERBS begin */
int zo_cmd_cuda(const Verb *v, int argc, char **argv);    /* src/cmd_cuda.c */
int zo_cmd_bench(const Verb *v, int argc, char **argv);   /* src/cmd_bench.c */
#define ZO_CUDA_VERBS                                                                          \
  {"bench", zo_cmd_bench,                                                                      \
   "zoc bench [FILE.zo] --random-weights [--weights DIR] [-D NAME=VALUE]... --batch B --seq T [--device cpu|ref|cuda] [--threads N] [--reps N] [--recipe R] [--set NAME=VALUE]... [--target NAME=VALUE]...", \
   "Time the forward pass and one ZO step (both perturbed passes) on random weights;\n"       \
   "print tokens/s, the step time and the peak memory as JSON lines. On cuda the\n"          \
   "storages are filled straight from a fast generator and the timings are of the\n"         \
   "loss-only forward (median of at least 10 runs after a warm-up). --weights DIR: the\n"   \
   "model, sizes and format its config.json describes (the weights stay random).\n"        \
   "--set NAME=VALUE: a setting of the recipe (forward=fp8, masters=none, ...).\n"          \
   ZO_BUNDLED_HELP ZO_TARGET_HELP},                                                            \
  {"cuda", zo_cmd_cuda,                                                                        \
   "zoc cuda [FILE.zo] [--weights DIR] [--model NAME] [--recipe NAME] [-D NAME=VALUE]... [--ptx | --cubin] [--arch 90] [--simt] [--set NAME=VALUE]... [--target NAME=VALUE]... [--verbose]", \
   "Print the CUDA C of the model's GPU kernels; with --ptx, compile them with NVRTC\n"       \
   "(for compute_90 unless --arch says otherwise; no GPU needed) and print each\n"           \
   "kernel function's name and PTX size; with --cubin, compile them for sm_90 (or\n"        \
   "--arch) as --device cuda does, into the compile cache ($ZOC_CUDA_CACHE), so a GPU\n"   \
   "machine given that cache and the same NVRTC version starts without compiling.\n"      \
   "--arch 90a: Hopper's wgmma matmuls (what --device cuda runs on an H100/H200).\n"        \
   "--simt: matmuls without tensor cores (--target matmul=f32). --verbose prints every\n"   \
   "device option, its value and where it came from on stderr, and with --cubin\n"         \
   "ptxas's report (registers, spills) of a fresh compile. --weights DIR: the parameters\n" \
   "its config.json sets, as `zoc loss --weights DIR` reads them.\n" ZO_BUNDLED_HELP ZO_TARGET_HELP},
/* ZO_CUDA_VERBS end */

/* verbs defined outside main.c */
int zo_cmd_random_weights(const Verb *v, int argc, char **argv);   /* src/cmd_run.c */
int zo_cmd_loss(const Verb *v, int argc, char **argv);             /* src/cmd_run.c */
int zo_cmd_config(const Verb *v, int argc, char **argv);           /* src/cmd_config.c */
#define ZO_EXTRA_VERBS                                                                          \
  {"config", zo_cmd_config,                                                                    \
   "zoc config [FILE.zo] [--weights DIR] [--model NAME] [--recipe NAME] [-D NAME=VALUE]...",      \
   "Print each parameter of the model, its value and where it came from: the\n"               \
   "default, a config.json key (`from \"key\" | \"other.key\"`: the first present wins),\n"  \
   "the quantization config (config.json's quantization_config or\n"                         \
   "quantize_config.json: GPTQ's bits, group_size, checkpoint_format set the format\n"       \
   "parameter), or -D. A -D that contradicts the quantization config is an error;\n"        \
   "a parameter whose config keys are all missing gets a warning. `zoc loss`,\n"            \
   "`train`, `eval` and `replay` read DIR the same way; their --verbose prints this\n"       \
   "table on stderr. See docs/running.md.\n" ZO_BUNDLED_HELP},                                                \
  {"random-weights", zo_cmd_random_weights,                                                    \
   "zoc random-weights FILE.zo [--model NAME] [-D NAME=VALUE]... [--seed N] -o W.safetensors", \
   "Write a checkpoint with exactly the tensors the model binds (names, dtypes,\n"              \
   "shapes), random but numerically sane: dense weights ~ N(0, 1/K) quantized with\n"          \
   "the format's quantizer, embeddings ~ N(0, 0.02^2), norm weights ~ 1. Same seed\n"          \
   "(default 0), same bytes.\n"},                                                                \
  {"loss", zo_cmd_loss,                                                                        \
   "zoc loss [FILE.zo] --weights PATH --data TOKENS.jsonl [--model NAME] [-D NAME=VALUE]... "     \
   "[--device cpu|ref|cuda] [--threads N] [--target NAME=VALUE]... [--verbose]",                 \
   "For each line {\"tokens\": [id, ...]} of the data file print\n"                             \
   "{\"loss\": L, \"tokens\": N}: the mean next-token cross-entropy over the N-1\n"             \
   "predicted positions, one forward per line. PATH is a .safetensors file or a\n"            \
   "Hugging Face directory (its config.json sets the parameters declared\n"                   \
   "`from \"key\"`, its quantization config the weights' format; -D wins where it\n"        \
   "agrees: `zoc config`). --device: cpu (default when built with LLVM), ref\n"              \
   "(the plain-C reference) or cuda (the GPU, kernels compiled by NVRTC).\n"                  \
   "--verbose prints the parameters and where each came from, the peak activation\n"       \
   "bytes and the memory plan to stderr.\n"                                                  \
   ZO_BUNDLED_HELP ZO_TARGET_HELP},                                                                            \
  ZO_LLVM_VERBS                                                                                \
  ZO_TRAIN_VERBS                                                                               \
  ZO_DEMO_VERBS                                                                                \
  ZO_CUDA_VERBS

#endif
