/* cmd_train.c — the training verbs: `zoc train` (a ZO run driven by a recipe,
 * runtime/train.h), `zoc eval` (loss and accuracy / F1 of a checkpoint on a
 * task) and `zoc replay` (the trained checkpoint rebuilt from the initial one
 * and a run's seed log).
 *
 * This file is glue. The order is the one `zoc loss` uses, so every mistake
 * the user can make is reported before any forward runs: compile the model
 * (a Hugging Face directory's config.json gives the parameters declared
 * `from "key"`, -D wins), bind the checkpoint, load the tokenizer and check it
 * against the model's vocabulary, read and tokenize the data (a bad record
 * is FILE:LINE), sample it with MeZO's protocol, turn the examples into
 * ZoItems (classification: one row per candidate; generation: prompt +
 * answer), and only then open the backend. The run directory is neither
 * made nor touched before all that has passed (zo_train makes it, locks it,
 * and writes the side files and config.json, runtime/ckptout.h, into it); an
 * --out that is the input's own directory is refused first of all.
 *
 * The MeZO protocol (data.h): train = the first --train-examples of a seeded
 * shuffle of --data; evaluation = the next --eval-examples of the same
 * shuffle (MeZO's dev split, default 500), or, with --eval-data, the first
 * --eval-examples of a shuffle of that file (MeZO's test split, default
 * 1000). The shuffle's seed is --data-seed (default: the run seed). */
#include <errno.h>
#include <inttypes.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "frontend/ast.h"
#include "passes/passes.h"
#include "runtime/ckptcfg.h"
#include "runtime/ckptout.h"
#include "runtime/data.h"
#include "runtime/exec.h"
#include "runtime/fit.h"
#include "runtime/hfconfig.h"
#include "runtime/safetensors.h"
#include "runtime/tokenizer.h"
#include "runtime/train.h"
#include "runtime/weights.h"
#include "src/cli.h"

/* ---- options (one struct for the three verbs; each accepts its own) */
typedef struct TrainOpts {
  int verb;                    /* 0 train, 1 eval, 2 replay */
  const char *weights, *task, *data, *eval_data, *out, *device, *steps, *eval_every, *seed, *data_seed;
  const char *tokenizer, *train_n, *eval_n, *threads, *max_len, *batch, *seeds, *run_dir, *max_nan;
  const char *shard_size;
  bool resume, quiet, verbose;   /* verbose: the parameter table on stderr */
  Vec(const char *) sets;      /* --set NAME=VALUE, in order */
  ZoTarget target;             /* --target NAME=VALUE (train, eval) */
} TrainOpts;

static int train_extra(const Verb *v, int argc, char **argv, int i, void *ctx) {
  TrainOpts *o = ctx;
  int j = i;
  const char *a = argv[i];
  bool tr = o->verb == 0, ev = o->verb == 1, rp = o->verb == 2;
#define OPT(name, field, ok)                                    \
  if ((ok) && zo_cli_opt(a, name)) {                            \
    o->field = zo_cli_value(v, argc, argv, &j);                 \
    return j - i + 1;                                           \
  }
  OPT("--weights", weights, true)
  OPT("--threads", threads, true)
  OPT("--device", device, !rp)
  OPT("--task", task, !rp)
  OPT("--data", data, !rp)
  OPT("--tokenizer", tokenizer, !rp)
  OPT("--max-len", max_len, !rp)
  OPT("--seed", seed, !rp)
  OPT("--data-seed", data_seed, !rp)
  OPT("--eval-examples", eval_n, !rp)
  OPT("--eval-data", eval_data, tr)
  OPT("--out", out, tr || rp)
  OPT("--steps", steps, tr)
  OPT("--eval-every", eval_every, tr)
  OPT("--train-examples", train_n, tr)
  OPT("--max-nan", max_nan, tr)
  OPT("--shard-size", shard_size, tr)
  OPT("--batch", batch, ev)
  OPT("--seeds", seeds, rp)
  OPT("--run", run_dir, rp)
#undef OPT
  if (rp && strcmp(a, "-o") == 0) {
    o->out = zo_cli_value(v, argc, argv, &j);
    return j - i + 1;
  }
  if (tr && zo_cli_opt(a, "--set")) {
    vec_push(&o->sets, zo_cli_value(v, argc, argv, &j));
    return j - i + 1;
  }
  if (!rp && zo_cli_opt(a, "--target")) {
    zo_cli_target(v, zo_cli_value(v, argc, argv, &j), &o->target);
    return j - i + 1;
  }
  if (tr && strcmp(a, "--resume") == 0) o->resume = true;
  else if (tr && (strcmp(a, "--quiet") == 0 || strcmp(a, "-q") == 0)) o->quiet = true;
  else if (strcmp(a, "--verbose") == 0 || strcmp(a, "-v") == 0) o->verbose = true;
  else return 0;
  return 1;
}

/* --shard-size: bytes, or a whole number with transformers' units (its
   convert_file_size_to_int: KB, MB, GB = 10^3, 10^6, 10^9; KiB, MiB, GiB = 2^10, 2^20, 2^30) */
static uint64_t shard_size_opt(const Verb *v, const char *s) {
  static const struct { const char *unit; uint64_t mul; } U[] = {
      {"", 1}, {"B", 1}, {"KB", 1000}, {"MB", 1000000}, {"GB", 1000000000}, {"TB", 1000000000000},
      {"KiB", 1ull << 10}, {"MiB", 1ull << 20}, {"GiB", 1ull << 30}, {"TiB", 1ull << 40}};
  char digits[32];
  size_t n = strspn(s, "0123456789");
  uint64_t x;
  if (n > 0 && n < sizeof digits) {
    snprintf(digits, sizeof digits, "%.*s", (int)n, s);
    for (size_t i = 0; i < ZO_COUNT(U); i++)
      if (strcasecmp(s + n, U[i].unit) == 0 && zo_cli_parse_u64(digits, &x) && x > 0 && x <= UINT64_MAX / U[i].mul)
        return x * U[i].mul;
  }
  zo_cli_usage_error(v, "--shard-size takes a size in bytes > 0, optionally with a unit (5GB, 500MB, 2GiB), not '%s'", s);
}

/* a count option: a whole number in [lo, hi], or "all" (-1) when all_ok */
static int64_t count_opt(const Verb *v, const char *name, const char *s, int64_t lo, int64_t hi, bool all_ok) {
  if (all_ok && strcmp(s, "all") == 0) return -1;
  uint64_t x;
  if (!zo_cli_parse_u64(s, &x) || (int64_t)x < lo || x > (uint64_t)hi)
    zo_cli_usage_error(v, "%s takes a whole number %lld..%lld%s, not '%s'", name, (long long)lo, (long long)hi,
                       all_ok ? " or 'all'" : "", s);
  return (int64_t)x;
}

static bool is_dir(const char *path) {
  struct stat sb;
  return stat(path, &sb) == 0 && S_ISDIR(sb.st_mode);
}

static bool exists(const char *path) { return access(path, F_OK) == 0; }

/* NAME in the weights' directory (the directory itself, or the file's) */
static char *beside_weights(const char *weights, const char *name) {
  char buf[4096];
  if (is_dir(weights)) snprintf(buf, sizeof buf, "%s/%s", weights, name);
  else {
    const char *slash = strrchr(weights, '/');
    if (slash) snprintf(buf, sizeof buf, "%.*s/%s", (int)(slash - weights), weights, name);
    else snprintf(buf, sizeof buf, "%s", name);
  }
  return zo_xstrdup(buf);
}

/* two paths that name one file (device and inode; false when either is missing) */
static bool same_file(const char *a, const char *b) {
  struct stat sa, sb;
  return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

/* The run directory must not be the input's: a save would replace its
 * model.safetensors, config.json, ... Compared by device and inode, so
 * m/., a symlink to m, or the real directory of a symlinked --weights are
 * caught too. (A file of the run that is an input, in any directory, is
 * refused by zo_train.) */
static int check_out_dir(const char *weights, const char *out) {
  struct stat so;
  if (stat(out, &so) != 0) return 0;   /* the run makes it: no input is in it */
  char *real = realpath(weights, NULL);
  char *dirs[2] = {beside_weights(weights, "."), real ? beside_weights(real, ".") : NULL};
  int rc = 0;
  for (int i = 0; i < 2 && !rc; i++) {
    struct stat sd;
    if (dirs[i] && stat(dirs[i], &sd) == 0 && sd.st_dev == so.st_dev && sd.st_ino == so.st_ino) {
      zo_env_error(out, "is the directory of the input checkpoint %s: the run would overwrite it (its "
                   "model.safetensors, config.json, ...); choose another --out", weights);
      rc = -1;
    }
  }
  free(dirs[0]);
  free(dirs[1]);
  free(real);
  return rc;
}

/* ---- what the three verbs share: the compiled model bound to its checkpoint */
typedef struct Session {
  Program *p;
  Func *f;
  CkptParams cp;               /* the parameters' defines and where each came from */
  StFile *st;
  const Backend *be;
  int threads;
  int64_t V;
  Tokenizer *tok;
  Task *task;
  Dataset all, evall, train_view, eval_view;
  ZoItems train, eval;
} Session;

static void session_free(Session *s) {
  zo_items_free(&s->train);
  zo_items_free(&s->eval);
  zo_dataset_free(&s->train_view);
  zo_dataset_free(&s->eval_view);
  zo_dataset_free(&s->all);
  zo_dataset_free(&s->evall);
  zo_task_free(s->task);
  zo_tok_free(s->tok);
  zo_func_free(s->f);
  zo_st_close(s->st);
  zo_ckpt_params_free(&s->cp);
  zo_program_free(s->p);
}

static int pick_threads(const Verb *v, const char *s) {
  if (s) return (int)count_opt(v, "--threads", s, 1, 4096, false);
  int t = (int)sysconf(_SC_NPROCESSORS_ONLN);
  return t < 1 ? 1 : t;
}

/* The directory whose config.json describes the weights: the weights, or the file's folder (malloc'd) */
static char *weights_dir(const char *weights) {
  const char *slash = strrchr(weights, '/');
  bool whole = is_dir(weights);
  char *dir = zo_xstrdup(whole || slash ? weights : ".");
  if (!whole && slash) dir[slash - weights] = '\0';   /* the file's folder */
  return dir;
}

/* Parses (no FILE.zo: the bundled model the weights' directory names),
 * compiles with the recipe (may be NULL), binds the checkpoint. 0 or -1 after messages. */
static int session_compile(const Verb *v, Session *s, ModelArgs *m, const char *weights, bool verbose) {
  /* parameters: config.json and the quantization config of the weights' directory, the user's -D
     (runtime/ckptcfg.h) */
  char *dir = weights_dir(weights);
  if (zo_cli_bundled(v, m, dir) != 0) {
    free(dir);
    return -1;
  }
  s->p = zo_parse_files(&m->file, 1);
  if (zo_diag_count() == 0) s->f = zo_ckpt_compile(s->p, m->model, m->recipe, dir, &m->defs, verbose, &s->cp);
  free(dir);
  if (!s->f) return -1;
  if (!(s->st = zo_st_open(weights))) return -1;
  if (zo_weights_bind(s->f, s->st) != 0) return -1;
  s->V = zo_train_vocab(s->f);
  if (s->V <= 0) {
    zo_env_error(m->file, "model '%s': training and evaluation need logits [B, T, V] as the first output", s->f->name);
    return -1;
  }
  return 0;
}

/* Examples of a task dataset as items (classification rows per candidate, generation prompt + answer). */
/* non-blank lines of a JSONL file (-1 if it cannot be read: the load says why) */
static int64_t count_records(const char *path) {
  FILE *fp = zo_fopen_regular(path, true);   /* a FIFO or /dev/zero: not waited on nor read forever */
  if (!fp) return -1;
  int64_t n = 0;
  bool blank = true;
  for (int c; (c = getc(fp)) != EOF;) {
    if (c == '\n') {
      n += !blank;
      blank = true;
    } else if (c != ' ' && c != '\t' && c != '\r') blank = false;
  }
  n += !blank;
  fclose(fp);
  return n;
}

static void examples_to_items(const Dataset *d, bool gen, ZoItems *out) {
  for (int i = 0; i < d->n; i++) {
    const Example *e = &d->ex[i];
    ZoItem it = gen ? zo_item_gen(e->prompt, e->nprompt, e->cand[0], e->ncand_tok[0], e->nanswers,
                                  (const char *const *)e->answers)
                    : zo_item_class(e->prompt, e->nprompt, e->ncand, (const int32_t *const *)e->cand, e->ncand_tok,
                                    e->label);
    it.line = e->line;
    zo_items_push(out, it);
  }
}

/* The items of `all` at positions skip .. skip+n-1 of the seeded shuffle (n < 0: all after skip). */
static void lm_sample(const ZoItems *all, int n, uint64_t seed, int skip, const char *path, ZoItems *out) {
  int avail = all->n > skip ? all->n - skip : 0, take = n < 0 ? avail : n;
  if (take > avail) {
    fprintf(stderr, "zoc: note: %s: %d examples asked for after the first %d of the shuffle, only %d there; taking %d\n",
            path, n, skip, avail, avail);
    take = avail;
  }
  int *perm = zo_dataset_permutation(all->n, seed);
  for (int i = 0; i < take; i++) {
    const ZoItem *src = &all->it[perm[skip + i]];
    ZoItem it = *src;
    it.rows = zo_xcalloc((size_t)it.nrows, sizeof(ZoRow));
    for (int r = 0; r < it.nrows; r++) it.rows[r] = zo_row_make(src->rows[r].tok, src->rows[r].tgt, src->rows[r].n);
    it.answers = NULL;
    it.nanswers = 0;
    zo_items_push(out, it);
  }
  free(perm);
}

static bool is_lm_task(const char *task) { return strcmp(task, "lm") == 0; }

/* The tokenizer (needed by every task but lm): --tokenizer, or tokenizer.json beside the weights;
 * when not required, only if it is there. */
static int session_tokenizer(Session *s, const TrainOpts *o, bool required) {
  char *path = o->tokenizer ? zo_xstrdup(o->tokenizer) : beside_weights(o->weights, "tokenizer.json");
  if (!o->tokenizer && !exists(path)) {
    if (required)
      zo_env_error(o->task, "this task needs a tokenizer: there is no %s; give --tokenizer PATH (a Hugging Face "
                   "tokenizer.json)", path);
    free(path);
    return required ? -1 : 0;
  }
  s->tok = zo_tok_load(path);
  if (!s->tok) {
    free(path);
    return -1;
  }
  int tv = zo_tok_vocab_size(s->tok);
  if (tv > s->V) {
    zo_env_error(path, "the tokenizer has %d tokens but the model's vocabulary has %lld (its logits' last "
                 "dimension): another model's tokenizer, or a -D for the vocabulary size is missing",
                 tv, (long long)s->V);
    free(path);
    return -1;
  }
  free(path);
  return 0;
}

/* Reads the data (and eval data) and builds the item lists with MeZO's sampling.
 * verb 0 (train): train + eval (dev split, or --eval-data); verb 1 (eval): eval only. */
static int session_data(Session *s, const Verb *v, const TrainOpts *o, uint64_t data_seed, int64_t max_len) {
  bool lm = is_lm_task(o->task), train = o->verb == 0;
  int ntrain = o->train_n ? (int)count_opt(v, "--train-examples", o->train_n, 1, 100000000, true) : 1000;
  /* MeZO: 500 dev examples from the training file, 1000 test examples from an evaluation file */
  bool dev = train && !o->eval_data;
  int neval = o->eval_n ? (int)count_opt(v, "--eval-examples", o->eval_n, 0, 100000000, true) : dev ? 500 : 1000;
  const char *eval_path = train ? o->eval_data : o->data;
  if (!lm && session_tokenizer(s, o, true) != 0) return -1;   /* lm data is token ids already */
  if (lm) {
    ZoItems all = {0}, evall = {0};
    int rc = -1;
    if (zo_lm_load(o->data, s->V, &all) != 0) goto lm_out;
    if (eval_path && train && zo_lm_load(eval_path, s->V, &evall) != 0) goto lm_out;
    if (train) lm_sample(&all, ntrain, data_seed, 0, o->data, &s->train);
    int skip = dev ? s->train.n : 0;
    if (neval != 0 && (!dev || all.n > skip))
      lm_sample(train && !dev ? &evall : &all, neval, data_seed, skip, eval_path ? eval_path : o->data, &s->eval);
    rc = 0;
  lm_out:
    zo_items_free(&all);
    zo_items_free(&evall);
    if (rc) return -1;
  } else {
    if (!(s->task = zo_task_load(o->task))) return -1;
    bool gen = zo_task_is_generation(s->task);
    /* only the records taken are tokenized (SQuAD's train file has 88k);
       every record is still checked */
    if (train && dev && !o->eval_n) {
      /* MeZO keeps the 500 dev examples and shrinks train when a file is
         short; asked for no dev size, a user gets the training examples first */
      int64_t n = count_records(o->data);
      if (n >= 0 && n < ntrain + neval) neval = n > ntrain ? (int)(n - ntrain) : 0;
    }
    if (train && dev) {
      if (zo_dataset_load_split(s->task, s->tok, o->data, ntrain, neval, data_seed, &s->train_view, &s->eval_view) < 0)
        return -1;
    } else {
      if (train && zo_dataset_load_sample(s->task, s->tok, o->data, ntrain, data_seed, 0, &s->train_view) < 0) return -1;
      if (neval != 0 && zo_dataset_load_sample(s->task, s->tok, eval_path, neval, data_seed, 0, &s->eval_view) < 0)
        return -1;
    }
    if (train) examples_to_items(&s->train_view, gen, &s->train);
    examples_to_items(&s->eval_view, gen, &s->eval);
  }
  if (train && s->train.n == 0) {
    zo_env_error(o->data, "no training examples");
    return -1;
  }
  if (zo_items_check(&s->train, s->V, max_len, o->data) != 0) return -1;
  if (zo_items_check(&s->eval, s->V, max_len, eval_path ? eval_path : o->data) != 0) return -1;
  if (train && dev && s->eval.n == 0 && neval != 0)
    fprintf(stderr, "zoc: note: no examples left in %s for evaluation after the %d training examples: no evaluation "
            "(give --eval-data, or fewer --train-examples)\n", o->data, s->train.n);
  return 0;
}

static void print_metrics(const char *label, const ZoMetrics *m) {
  char *j = zo_metrics_json(m, -1);
  printf("%s%s\n", label, j);
  free(j);
}

/* ---- zoc train */
int zo_cmd_train(const Verb *v, int argc, char **argv) {
  ModelArgs m = {.bundled = true};
  TrainOpts o = {.verb = 0};
  zo_target_init(&o.target);
  zo_cli_parse_model_args(v, argc, argv, &m, train_extra, &o);
  if (!m.recipe) zo_cli_usage_error(v, "no recipe (--recipe NAME: one of the file's recipes for the model)");
  if (!o.weights) zo_cli_usage_error(v, "no checkpoint (--weights W.safetensors or a Hugging Face directory)");
  if (!o.task) zo_cli_usage_error(v, "no task (--task sst2|rte|cb|boolq|squad|lm|TEMPLATE.json)");
  if (!o.data) zo_cli_usage_error(v, "no training data (--data FILE.jsonl)");
  if (!o.out) zo_cli_usage_error(v, "no run directory (--out DIR)");
  int64_t max_len = o.max_len ? count_opt(v, "--max-len", o.max_len, 2, 1 << 24, false) : 0;
  int64_t max_nan = o.max_nan ? count_opt(v, "--max-nan", o.max_nan, 1, 1000000000, false) : 0;
  uint64_t shard_size = o.shard_size ? shard_size_opt(v, o.shard_size) : 0;
  Session s = {0};
  s.threads = pick_threads(v, o.threads);
  int rc = 1;
  Vec(char *) side = {0};
  CkptOut cout = {0};
  if (check_out_dir(o.weights, o.out) != 0) goto out;
  if (!(s.be = zo_cli_backend(v, o.device))) goto out;
  zo_cli_target_check(v, &o.target, s.be);
  if (session_compile(v, &s, &m, o.weights, o.verbose) != 0) goto out;
  zo_cli_target_recipe(&o.target, s.f);

  ZoTrainRun run = {0};
  zo_train_settings_from_recipe(s.f->recipe, &run.set);
  for (int i = 0; i < o.sets.len; i++) {
    const char *eq = strchr(o.sets.data[i], '=');
    if (!eq || eq == o.sets.data[i] || !eq[1]) zo_cli_usage_error(v, "--set needs NAME=VALUE, got '%s'", o.sets.data[i]);
    char name[64];
    snprintf(name, sizeof name, "%.*s", (int)(eq - o.sets.data[i]), o.sets.data[i]);
    if (zo_train_settings_set(&run.set, name, eq + 1) != 0) goto out;
  }
  /* the named options after --set: they are the usual ones, and win */
  if (o.steps && zo_train_settings_set(&run.set, "steps", o.steps) != 0) goto out;
  if (o.eval_every) {
    bool save_follows = run.set.save_every == run.set.eval_every;
    if (zo_train_settings_set(&run.set, "eval_every", o.eval_every) != 0) goto out;
    if (save_follows) run.set.save_every = run.set.eval_every;
  }
  if (o.seed && zo_train_settings_set(&run.set, "seed", o.seed) != 0) goto out;
  if (zo_train_settings_check(&run.set) != 0) goto out;
  uint64_t data_seed = run.set.seed;
  if (o.data_seed && !zo_cli_parse_u64(o.data_seed, &data_seed))
    zo_cli_usage_error(v, "--data-seed takes a whole number >= 0, not '%s'", o.data_seed);
  if (session_data(&s, v, &o, data_seed, max_len) != 0) goto out;

  /* the run directory is a checkpoint directory of its own: the tokenizer
     files travel with it, and config.json (with the weights' quantization
     config: runtime/ckptout.h) is written for it (zo_train writes them into
     a new run, under its lock) */
  const char *side_names[] = {"generation_config.json", "tokenizer_config.json", "special_tokens_map.json",
                              "tokenizer.json", "tokenizer.model", "vocab.json", "merges.txt", "added_tokens.json",
                              "chat_template.jinja"};
  for (size_t i = 0; i < ZO_COUNT(side_names); i++) {
    bool tok = !strcmp(side_names[i], "tokenizer.json");
    char *from = tok && o.tokenizer ? zo_xstrdup(o.tokenizer) : beside_weights(o.weights, side_names[i]);
    if (exists(from) && !is_dir(from)) {
      vec_push(&side, from);
      vec_push(&side, zo_xstrdup(side_names[i]));
    } else {
      free(from);
    }
  }
  vec_push(&side, NULL);
  char *wdir = weights_dir(o.weights);
  int orc = zo_ckpt_out(s.f, wdir, &cout);
  free(wdir);
  if (orc != 0) goto out;
  const char *texts[] = {"config.json", cout.config, cout.quantize ? "quantize_config.json" : NULL, cout.quantize, NULL};
  const char *inputs[] = {o.weights, o.data, o.eval_data, NULL};

  char describe[2048];
  snprintf(describe, sizeof describe, "model %s (%s), recipe %s, weights %s, task %s, data %s", s.f->name, m.file,
           m.recipe, o.weights, o.task, o.data);
  run.f = s.f;
  run.init = s.st;
  run.be = s.be;
  run.threads = s.threads;
  run.target = &o.target;
  run.train = &s.train;
  run.eval = s.eval.n ? &s.eval : NULL;
  run.tok = s.tok;
  run.out_dir = o.out;
  run.resume = o.resume;
  run.inputs = inputs;
  run.side = (const char *const *)side.data;
  run.texts = texts;
  run.quiet = o.quiet;
  run.describe = describe;
  run.max_nan_run = max_nan;
  run.shard_size = shard_size;
  struct timespec ts0, ts1;
  clock_gettime(CLOCK_MONOTONIC, &ts0);
  if (zo_train(&run) != 0) goto out;
  clock_gettime(CLOCK_MONOTONIC, &ts1);
  double secs = (double)(ts1.tv_sec - ts0.tv_sec) + 1e-9 * (double)(ts1.tv_nsec - ts0.tv_nsec);
  if (!o.quiet) {
    printf("%s %lld step%s in %.1f s (%lld skipped for a NaN/Inf loss); run directory %s\n",
           run.interrupted ? "interrupted after" : "trained", (long long)run.steps_done, run.steps_done == 1 ? "" : "s",
           secs, (long long)run.skipped, o.out);
    /* a resumed run's first evaluation comes from metrics.jsonl */
    if (run.has_first_eval && run.evaluated) print_metrics("eval at start: ", &run.first_eval);
    if (run.evaluated) print_metrics("eval at end:   ", &run.last_eval);
  }
  rc = run.interrupted ? 130 : 0;
out:
  for (int i = 0; i < side.len; i++) free(side.data[i]);
  vec_free(&side);
  zo_ckpt_out_free(&cout);
  session_free(&s);
  vec_free(&o.sets);
  zo_cli_free_defines(&m.defs);
  return rc;
}

/* ---- zoc eval */
int zo_cmd_eval(const Verb *v, int argc, char **argv) {
  ModelArgs m = {.bundled = true};
  TrainOpts o = {.verb = 1};
  zo_target_init(&o.target);
  zo_cli_parse_model_args(v, argc, argv, &m, train_extra, &o);
  if (!o.weights) zo_cli_usage_error(v, "no checkpoint (--weights W.safetensors or a Hugging Face directory)");
  if (!o.task) zo_cli_usage_error(v, "no task (--task sst2|rte|cb|boolq|squad|lm|TEMPLATE.json)");
  if (!o.data) zo_cli_usage_error(v, "no data (--data FILE.jsonl)");
  int64_t max_len = o.max_len ? count_opt(v, "--max-len", o.max_len, 2, 1 << 24, false) : 0;
  int64_t batch = o.batch ? count_opt(v, "--batch", o.batch, 1, 1 << 20, false) : 0;
  uint64_t data_seed = 0;
  if (o.data_seed && !zo_cli_parse_u64(o.data_seed, &data_seed))
    zo_cli_usage_error(v, "--data-seed takes a whole number >= 0, not '%s'", o.data_seed);
  if (o.seed && !o.data_seed && !zo_cli_parse_u64(o.seed, &data_seed))
    zo_cli_usage_error(v, "--seed takes a whole number >= 0, not '%s'", o.seed);
  Session s = {0};
  s.threads = pick_threads(v, o.threads);
  int rc = 1;
  void *state = NULL;
  if (!(s.be = zo_cli_backend(v, o.device))) goto out;
  zo_cli_target_check(v, &o.target, s.be);
  if (session_compile(v, &s, &m, o.weights, o.verbose) != 0) goto out;
  zo_cli_target_recipe(&o.target, s.f);
  if (s.f->recipe && !o.seed && !o.data_seed) data_seed = (uint64_t)zo_recipe_get(s.f->recipe, "seed", 0);
  if (!batch) batch = s.f->recipe ? (int64_t)zo_recipe_get(s.f->recipe, "batch", 16) : 16;
  if (session_data(&s, v, &o, data_seed, max_len) != 0) goto out;
  if (s.eval.n == 0) {
    zo_env_error(o.data, "no examples to evaluate");
    goto out;
  }
  if (zo_fit_eval(s.f, s.be, &s.eval, batch) != 0) goto out;   /* the batch and the rows fit (runtime/fit.h) */
  if (!(state = s.be->open(s.f, s.threads, &o.target))) goto out;
  ZoMetrics mt;
  if (zo_evaluate(s.be, state, s.V, &s.eval, batch, s.tok, &mt) != 0) goto out;
  char *j = zo_metrics_json(&mt, -1);
  printf("%s\n", j);
  free(j);
  rc = 0;
out:
  if (state) s.be->close(state);
  session_free(&s);
  vec_free(&o.sets);
  zo_cli_free_defines(&m.defs);
  return rc;
}

/* ---- zoc replay */
/* A seed log's header line (the recipe it names, the run seed), or NULL. */
static json_t *log_header(const char *path) {
  FILE *fp = zo_fopen_regular(path, true);
  if (!fp) return NULL;
  char *line = NULL;
  size_t cap = 0;
  json_t *j = NULL;
  if (zo_getline_max(&line, &cap, fp, ZO_MiB) > 0) j = json_loads(line, 0, NULL);
  free(line);
  fclose(fp);
  return j;
}

int zo_cmd_replay(const Verb *v, int argc, char **argv) {
  ModelArgs m = {.bundled = true};
  TrainOpts o = {.verb = 2};
  zo_cli_parse_model_args(v, argc, argv, &m, train_extra, &o);
  if (!o.weights) zo_cli_usage_error(v, "no initial checkpoint (--weights: the checkpoint the run started from)");
  if (!o.seeds && !o.run_dir) zo_cli_usage_error(v, "no seed log (--run DIR, or --seeds DIR/seeds.jsonl)");
  if (o.seeds && o.run_dir) zo_cli_usage_error(v, "--run DIR or --seeds PATH, not both");
  if (!o.out) zo_cli_usage_error(v, "no output file (-o OUT.safetensors)");
  char seeds[4096];
  if (o.run_dir) {
    bool old;   /* a run directory of the old layout is read as it is */
    char *sd = zo_run_state_dir(o.run_dir, &old);
    snprintf(seeds, sizeof seeds, "%s/seeds.jsonl", sd);
    free(sd);
  } else snprintf(seeds, sizeof seeds, "%s", o.seeds);
  Session s = {0};
  s.threads = pick_threads(v, o.threads);
  int rc = 1;
  json_t *head = NULL;
  int64_t upto = -1;
  if (same_file(o.out, o.weights) || same_file(o.out, seeds)) {
    zo_env_error(o.out, "is %s, which the replay reads: write the result elsewhere",
                 same_file(o.out, seeds) ? seeds : o.weights);
    goto out;
  }
  if (!exists(seeds)) {
    zo_env_error(seeds, "no such seed log (the run directory's seeds.jsonl)");
    goto out;
  }
  int sfd = zo_open_regular(seeds, false);   /* a FIFO or a device: said here, never waited on */
  if (sfd < 0) goto out;
  close(sfd);
  head = log_header(seeds);
  /* a run directory replays to its last save (state.json), not to the log's
     end: a killed run's log runs ahead of its checkpoint, and a live run's
     grows; the lines up to the save are synced before state.json is written */
  if (o.run_dir) {
    uint64_t seed;
    char sh[32];
    if (zo_run_read_state(o.run_dir, &upto, &seed) != 0) goto out;
    snprintf(sh, sizeof sh, "0x%016" PRIx64, seed);
    /* (a header that does not parse: zo_replay says where) */
    const char *hs = json_string_value(json_object_get(head, "run_seed"));
    if (hs && strcmp(hs, sh) != 0) {
      zo_env_error(seeds, "its header's run seed (%s) is not the one of the run's state.json (%s): the log is of "
                   "another run", hs, sh);
      goto out;
    }
  }
  if (!m.recipe) {
    const char *r = json_string_value(json_object_get(head, "recipe"));
    if (!r || !*r) {
      zo_env_error(seeds, "the header names no recipe: give --recipe NAME (the run's)");
      goto out;
    }
    m.recipe = r;
  }
  if (session_compile(v, &s, &m, o.weights, o.verbose) != 0) goto out;
  if (zo_replay(s.f, s.st, seeds, upto, o.out, s.threads) != 0) goto out;
  if (upto >= 0) printf("replayed %s to step %lld (the last save) onto %s (recipe %s): %s\n", seeds, (long long)upto,
                        o.weights, m.recipe, o.out);
  else printf("replayed %s onto %s (recipe %s): %s\n", seeds, o.weights, m.recipe, o.out);
  rc = 0;
out:
  json_decref(head);
  session_free(&s);
  vec_free(&o.sets);
  zo_cli_free_defines(&m.defs);
  return rc;
}
