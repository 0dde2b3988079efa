/* train.h — the ZO training loop: QZO's Algorithm 1 driven by a compiled
 * recipe, its losses and evaluation, the seed log and its replay, checkpoints
 * and resume.
 *
 * The step (DESIGN.md, "The ZO step"): for each query q, s = zo_rng_step_seed(
 * run seed, step, q); ONE forward over the doubled batch (rows [0, R) see
 * +eps·z, rows [R, 2R) see −eps·z, z = zo_rng_normal(s, stream, i)) gives ℓ+
 * and ℓ−; d_q = clip((ℓ+ − ℓ−) / 2eps, −C, C) (DDC); then every perturbed
 * storage element moves by θ_i ← θ_i − lr_t·mean_q(d_q·z_q,i) − lr_t·wd·θ_i,
 * and `scale` storages are clamped to >= scale_min. The stored tensors are
 * never touched by the ± passes (the backend perturbs on the fly).
 *
 * Trained tensors (ZoParams) are kept twice: an f32 master, where updates
 * accumulate (a checkpoint's f16 scales would swallow updates below half an
 * ulp), and a working copy in the checkpoint's dtype that Weight.data points
 * at, refreshed from the master after each update (rounded to nearest, or
 * stochastically with the step's own Philox words: update_rounding). With
 * masters = none there is only the working copy: the update starts from it
 * and rounds back into it (half the memory of bf16 weights and f32 masters;
 * with nearest rounding, an update under half an ulp is lost, so it is meant
 * with stochastic rounding). The update is a pure
 * function of (masters, seeds, d, lr), so the seed log replays a run exactly
 * (zo_replay) and a resumed run equals an uninterrupted one bit for bit: the
 * only state is the masters and the step (DIR/zoc/master.safetensors); batches
 * are a function of (run seed, step), never of an RNG's history.
 *
 * The run directory is a Hugging Face model directory that transformers,
 * GPTQModel and vLLM load as it is: model.safetensors, config.json (with the
 * weights' quantization_config: runtime/ckptout.h), the tokenizer files; the
 * resume state is in its subfolder zoc/, which those loaders never read
 * (vLLM globs DIR/\*.safetensors). All written atomically, or line by line
 * with write(2), every write checked, the logs fsynced before each save:
 *   model.safetensors       the input checkpoint's tensors (names, dtypes) with the
 *                           trained ones replaced: a GPTQ model stays a GPTQ model;
 *                           past the shard size (--shard-size, default transformers' 5GB)
 *                           model-0000i-of-0000n.safetensors + model.safetensors.index.json
 *   config.json, ...        the side files (ZoTrainRun.side and .texts)
 *   zoc/seeds.jsonl         header line {"zoc_seed_log": 1, "model", "recipe",
 *                           ...settings the update needs: queries, scale_min, weight_decay,
 *                           update_rounding, masters}, then one line per step
 *                           {"step", "seed", "d", "loss_plus", "loss_minus", "lr"}
 *                           (arrays per query when queries > 1; "skipped": true
 *                           when a loss was NaN/Inf and no update happened)
 *   zoc/metrics.jsonl       train lines {step, loss_plus, loss_minus, d, lr} and
 *                           eval lines {step, split: "eval", loss, accuracy | agreement | f1, em}
 *   zoc/master.safetensors  the f32 masters (masters none: the working copies) + metadata
 *                           zoc_step, zoc_masters: the resume state
 *   zoc/state.json          {step, run_seed, steps, ...}, written after the checkpoint:
 *                           the step of the last completed save
 *   zoc/zoc.lock            flock'ed for the whole run, holding the holder's pid: one
 *                           process at a time trains in a directory (docs/running.md)
 */
#ifndef ZOC_TRAIN_H
#define ZOC_TRAIN_H

#include <stdbool.h>
#include <stdint.h>

#include "ir/ir.h"
#include "runtime/exec.h"
#include "runtime/safetensors.h"

struct Tokenizer;

/* ---- settings: the recipe's, with command-line overrides */
typedef struct ZoTrainSettings {
  double eps, lr, clip, scale_min, weight_decay, momentum;
  int64_t batch, steps, queries, warmup, eval_every, save_every;
  int schedule;          /* 0 constant, 1 linear, 2 cosine (to 0 at the last step) */
  int forward;           /* 0 default, 1 fp8, 2 int8: the matmuls' precision (docs/lowprec.md) */
  int forward_rounding;  /* 0 nearest, 1 stochastic: of a low-precision forward's operands */
  int update_rounding;   /* 0 nearest, 1 stochastic: of the update into a trained tensor's dtype */
  int masters;           /* 0 f32 masters, 1 none (the update reads the trained tensor itself) */
  uint64_t seed;         /* the run seed */
} ZoTrainSettings;

/* The recipe's settings (defaults from zo_recipe_settings for those it does
 * not give); save_every defaults to eval_every. */
void zo_train_settings_from_recipe(const Recipe *r, ZoTrainSettings *s);
/* Sets one setting from text ("lr", "1e-5"); -1 after a message naming it. */
int zo_train_settings_set(ZoTrainSettings *s, const char *name, const char *value);
/* The settings the backends read from the recipe when they open (forward,
   forward_rounding): s's values written into f->recipe (none: nothing to do). */
void zo_train_settings_to_recipe(const ZoTrainSettings *s, Func *f);
/* The checks a run needs (eps > 0, batch >= 1, ...); -1 after a message. */
int zo_train_settings_check(const ZoTrainSettings *s);
/* Learning rate of step k (0-based): linear warm-up over `warmup` steps, then
 * the schedule over the remaining steps. */
double zo_train_lr_at(const ZoTrainSettings *s, int64_t step);

/* ---- trained tensors */
#define ZO_PARAM_MAX_USES 4

typedef struct ZoParam {
  const char *name;            /* the checkpoint tensor */
  DType dtype;                 /* its dtype (the working copy's) */
  int rank;
  int64_t shape[ZO_MAX_RANK];
  int64_t n;                   /* elements */
  int nstreams;                /* perturbed uses (a tied tensor may have several) */
  uint32_t streams[ZO_PARAM_MAX_USES];
  bool clamp;                  /* role scale: kept >= clamp_min */
  float clamp_min;             /* scale_min rounded up to the dtype's grid */
  bool decay;                  /* weight decay applies (rank >= 2, not a scale) */
  float *master;               /* f32, n; NULL with masters = none */
  void *work;                  /* dtype, n; every Weight.data of this tensor points here */
} ZoParam;

/* How the update treats the trained tensors (the recipe's update_rounding and
   masters; docs/lowprec.md) */
typedef struct ZoParamsMode {
  int rounding;                /* 0 nearest, 1 stochastic: the new value into the dtype */
  int masters;                 /* 0 an f32 master each, 1 none: the update starts from the working copy */
} ZoParamsMode;

typedef struct ZoParams {
  Func *f;
  int n;
  ZoParam *p;
  int threads;                 /* for the update and the copies of init */
  ZoParamsMode mode;
} ZoParams;

/* After zo_weights_bind: a working copy for every perturbed storage and,
 * unless mode.masters is none, its f32 master; Weight.data repointed at the
 * working copies (for every use of the tensor, perturbed or not). Open
 * backends only after this. 0, or -1 after a message (a perturbed dtype that
 * is not a float). */
int zo_params_init(ZoParams *ps, Func *f, double scale_min, ZoParamsMode mode, int threads);
void zo_params_free(ZoParams *ps);
/* The mode of a run's settings */
ZoParamsMode zo_params_mode(const ZoTrainSettings *s);
/* The mode a seed log's header records (update_rounding, masters: names; a
 * log of before them: the defaults); -1 after a message naming `where`. */
struct json_t;
int zo_seed_log_mode(struct json_t *header, const char *where, ZoParamsMode *mode);
/* The update of one step (the only place trained values change): nq queries
 * with their seeds and clipped derivatives, then clamp, then the rounding
 * into the working copy (ps->mode: to nearest, or stochastic with word
 * 2 + (i & 1) of the Philox call of element i's z under seeds[0] and the
 * tensor's first stream), from and into the master or (masters none) from
 * and into the working copy. */
void zo_params_update(ZoParams *ps, int nq, const uint64_t *seeds, const float *d, double lr, double weight_decay);
/* The first trained tensor holding a NaN/Inf in its master or working copy, or NULL. */
const char *zo_params_nonfinite(const ZoParams *ps);
/* Writes the input checkpoint's tensors to path with the trained ones taken
 * from the working copies (same names, dtypes, order of bytes as our writer
 * gives; the input's metadata kept). Refuses (-1, message) if any float
 * tensor it would write, trained or copied through, holds a NaN or Inf. */
int zo_params_save_checkpoint(const ZoParams *ps, const StFile *src, const char *path);
/* The same as the set save_pretrained writes in dir (zo_st_writer_save_set:
 * STEM.safetensors, or shards of shard_size bytes and their index), each
 * file at its name + suffix until zo_st_set_commit. */
int zo_params_save_checkpoint_set(const ZoParams *ps, const StFile *src, const char *dir, const char *stem,
                                  uint64_t shard_size, const char *suffix, StSet *set);
/* The masters as F32 tensors under their names (masters none: the working
 * copies in their dtypes, which are the whole state), metadata zoc_step =
 * step, zoc_run_seed = run_seed, zoc_masters = f32 | none. */
int zo_params_save_master(const ZoParams *ps, const char *path, int64_t step, uint64_t run_seed);
/* Loads masters saved by zo_params_save_master (every tensor must be there
 * with the right shape, the file of ps's masters mode); sets *step and
 * *run_seed. 0 or -1 after a message. */
int zo_params_load_master(ZoParams *ps, const char *path, int64_t *step, uint64_t *run_seed);

/* ---- examples in tokens */
typedef enum ZoItemKind {
  ZO_ITEM_LM,      /* one row; loss = mean CE over the positions with a target */
  ZO_ITEM_CLASS,   /* one row per candidate (prompt + candidate); score = mean log-prob
                      of the candidate's tokens; loss = CE over candidates */
  ZO_ITEM_GEN,     /* one row, prompt + answer; teacher-forced CE over the answer;
                      evaluated by greedy decoding against `answers` */
} ZoItemKind;

typedef struct ZoRow {
  int32_t *tok;        /* n token ids */
  int32_t *tgt;        /* n targets: tgt[t] is predicted at position t, -1: none */
  int64_t n;
} ZoRow;

typedef struct ZoItem {
  ZoItemKind kind;
  int nrows;
  ZoRow *rows;
  int label;           /* CLASS: the right candidate */
  int64_t nprompt;     /* GEN: the prompt is rows[0].tok[0 .. nprompt) */
  int nanswers;        /* GEN: gold answers for F1/EM */
  char **answers;
  int line;            /* line of the data file, for messages */
} ZoItem;

typedef struct ZoItems {
  int n, cap;
  ZoItem *it;
} ZoItems;

void zo_items_free(ZoItems *items);
/* Appends an item (its arrays are taken over). */
void zo_items_push(ZoItems *items, ZoItem it);
/* One row from tokens and targets (copied); tgt NULL: next-token targets. */
ZoRow zo_row_make(const int32_t *tok, const int32_t *tgt, int64_t n);
/* A CLASS item: rows prompt ++ cand[c], targets on the candidate's tokens. */
ZoItem zo_item_class(const int32_t *prompt, int64_t np, int ncand, const int32_t *const *cand, const int *ncand_tok,
                     int label);
/* A GEN item: prompt ++ answer, targets on the answer. answers copied. */
ZoItem zo_item_gen(const int32_t *prompt, int64_t np, const int32_t *answer, int64_t na, int nanswers,
                   const char *const *answers);

/* Token sequences for `--task lm`: each line {"tokens": [id, ...]} with an
 * optional "targets": [id or -1, ...] of the same length (default: the next
 * token; -1: no loss at that position). 0, or -1 after a message naming the
 * file and line. vocab > 0 checks ids (and targets) against it. */
int zo_lm_load(const char *path, int64_t vocab, ZoItems *out);

/* Checks every item's ids against the vocabulary and, when max_len > 0,
 * truncates rows longer than max_len from the left (keeping the targets).
 * -1 after a message naming the line. */
int zo_items_check(ZoItems *items, int64_t vocab, int64_t max_len, const char *what);

/* ---- running the model */
/* The vocabulary of a compiled model: its logits' last dimension (-1 if not [B, T, V]). */
int64_t zo_train_vocab(const Func *f);

typedef struct ZoMetrics {
  int64_t n;           /* items */
  double loss;         /* mean loss per item */
  bool has_accuracy;   /* CLASS items */
  double accuracy;
  bool has_agreement;  /* LM items: argmax == target over target positions */
  double agreement;
  int64_t positions;
  bool has_f1;         /* GEN items (greedy decoding; needs a tokenizer) */
  double f1, em;
} ZoMetrics;

/* Loss and metrics of items through an open backend state (unperturbed
 * forwards in batches of `batch` items). GEN items are decoded greedily when
 * tok is not NULL. 0, or -1 after a message. */
int zo_evaluate(const Backend *be, void *state, int64_t vocab, const ZoItems *items, int64_t batch,
                const struct Tokenizer *tok, ZoMetrics *m);
/* The metrics as a JSON object text (malloc'd), with "step" first when step >= 0. */
char *zo_metrics_json(const ZoMetrics *m, int64_t step);

/* ---- training */
typedef struct ZoTrainRun {
  Func *f;                     /* compiled with the recipe, weights bound to `init` */
  const StFile *init;          /* the input checkpoint (copied through on save) */
  const Backend *be;
  int threads;
  const struct ZoTarget *target;   /* the backend's device options (--target; NULL: the defaults) */
  ZoTrainSettings set;
  const ZoItems *train;
  const ZoItems *eval;         /* NULL: no evaluation */
  const struct Tokenizer *tok; /* GEN evaluation; may be NULL */
  const char *out_dir;         /* created if missing (not by a resume) */
  bool resume;
  const char *const *inputs;   /* NULL-terminated: files the run reads (weights, data), which no
                                  file the run writes may be; may be NULL */
  const char *const *side;     /* NULL-terminated pairs {from, name}: small files (tokenizer.json, ...)
                                  copied into a new run directory; may be NULL */
  const char *const *texts;    /* NULL-terminated pairs {name, text}: files written into a new run
                                  directory (config.json: runtime/ckptout.h); may be NULL */
  bool quiet;                  /* no progress line, no summary */
  const char *describe;        /* recorded in the log header (model, recipe) */
  int64_t max_nan_run;         /* consecutive NaN/Inf steps that stop the run; 0: ZO_TRAIN_MAX_NAN_RUN */
  uint64_t shard_size;         /* bytes of tensor data a checkpoint shard holds at most; 0: ZO_ST_SHARD_SIZE */
  /* results */
  int64_t steps_done;
  int64_t skipped;             /* steps whose loss was NaN/Inf, in the whole run (a resumed
                                  run counts those before the resume too) */
  bool interrupted;            /* SIGINT: saved and stopped early */
  ZoMetrics first_eval, last_eval;
  bool evaluated;              /* last_eval holds this run's last evaluation */
  bool has_first_eval;         /* first_eval holds the step-0 evaluation (a resumed run reads
                                  it back from metrics.jsonl) */
} ZoTrainRun;

/* Runs (or resumes) training; returns 0 (also after Ctrl-C or SIGTERM, with
 * the state saved and run->interrupted set), or -1 after a message. Stops
 * with -1 after max_nan_run (default ZO_TRAIN_MAX_NAN_RUN) consecutive steps
 * with a NaN/Inf loss, or at the end of a run whose every step had one,
 * without saving; and at a log line it cannot write (disk full), keeping the
 * last save. Holds the directory's lock (zoc.lock) throughout: a second
 * process is refused, naming the holder's pid. A new run is refused in a
 * directory with a saved state (master.safetensors or state.json); one whose
 * start failed before any save does not count. A directory of the old layout
 * (the state beside the checkpoint) is refused, saying how to move it. Resuming checks the logs
 * against the saved step (a gap or a damaged line is refused with FILE:LINE;
 * a torn last line and the steps past the save are cut); a run stopped before
 * its first save starts again; a finished run does nothing. Stale PATH.tmp.PID
 * files of the run's own files are removed. */
#define ZO_TRAIN_MAX_NAN_RUN 10
int zo_train(ZoTrainRun *run);

/* Rebuilds the trained tensors from the initial checkpoint (bound to f,
 * compiled with the same recipe) and a seed log, and writes them in the
 * checkpoint's format to out_path. No forward pass. upto >= 0: exactly steps
 * 0..upto-1 (a run directory's saved step: the lines after it, a killed
 * run's torn line among them, are not read); upto < 0: every line. A gap, a
 * damaged line or a log that ends before upto is refused with FILE:LINE.
 * 0, or -1 after a message. */
int zo_replay(Func *f, const StFile *init, const char *seeds_path, int64_t upto, const char *out_path, int threads);

/* The run directory's subfolder for the resume state, and its checkpoint */
#define ZO_RUN_STATE_DIR "zoc"
#define ZO_RUN_CHECKPOINT "model.safetensors"

/* The folder of DIR's resume state (malloc'd): DIR/zoc, or DIR itself for a
 * run directory of the old layout (state.json, the masters or the logs beside
 * the checkpoint, no zoc/), which sets *old. */
char *zo_run_state_dir(const char *dir, bool *old);

/* A run directory's state.json (either layout): the step of its last completed save and the
 * run seed. 0, or -1 after a message naming the file. */
int zo_run_read_state(const char *dir, int64_t *step, uint64_t *run_seed);

#endif
