/* cmd_run.c — the verbs that run a model on weights: `zoc random-weights`
 * (a checkpoint shaped like the model) and `zoc loss` (mean next-token
 * cross-entropy of token sequences through a backend).
 *
 * `loss` checks everything it can before any forward runs: the whole data
 * file is read and validated first (JSON, "tokens", integers, at least two),
 * then the model is compiled (a Hugging Face directory's config.json sets the
 * parameters declared `from "key"`; -D wins), the checkpoint bound, and the
 * ids checked against the vocabulary; only then does the backend open. Every
 * problem is a message naming the file (and line) and exit status 1.
 *
 * A loss that is not finite (a NaN in the checkpoint, or a forward that
 * overflowed) is an answer, not a failure: it prints as null, as zoc eval
 * prints it, the exit status stays 0 (the other lines' losses are real), and
 * a note on stderr says which of the checkpoint's tensors hold NaN or Inf, or
 * that none does. */
#include <errno.h>
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "frontend/ast.h"
#ifdef ZOC_HAVE_LLVM
#include "codegen/llvm_gen.h"
#endif
#include "passes/passes.h"
#include "runtime/ckptcfg.h"
#include "runtime/convert.h"
#include "runtime/data.h"
#include "runtime/exec.h"
#include "runtime/fit.h"
#include "runtime/hfconfig.h"
#include "runtime/randw.h"
#include "runtime/ref.h"
#include "runtime/safetensors.h"
#include "runtime/weights.h"
#include "src/cli.h"
#include "support/memfit.h"

/* ---- zoc random-weights */
typedef struct RwOpts {
  const char *out;
  const char *seed;
} RwOpts;

static int rw_extra(const Verb *v, int argc, char **argv, int i, void *ctx) {
  RwOpts *o = ctx;
  int j = i;
  if (strcmp(argv[i], "-o") == 0 || zo_cli_opt(argv[i], "--output")) o->out = zo_cli_value(v, argc, argv, &j);
  else if (zo_cli_opt(argv[i], "--seed")) o->seed = zo_cli_value(v, argc, argv, &j);
  else return 0;
  return j - i + 1;
}

/* Parses and compiles m; NULL after the user's errors were reported. */
static Func *compile_model(ModelArgs *m, const DefineVec *defs, Program **prog) {
  Program *p = zo_parse_files(&m->file, 1);
  *prog = p;
  if (zo_diag_count() != 0) return NULL;
  CompileOptions o = {.model = m->model, .recipe = m->recipe, .defs = defs->data, .ndefs = defs->len};
  return zo_compile(p, &o);
}

int zo_cmd_random_weights(const Verb *v, int argc, char **argv) {
  ModelArgs m = {0};
  RwOpts o = {0};
  zo_cli_parse_model_args(v, argc, argv, &m, rw_extra, &o);
  if (!o.out) zo_cli_usage_error(v, "no output file (-o W.safetensors)");
  uint64_t seed = 0;
  if (o.seed && !zo_cli_parse_u64(o.seed, &seed)) zo_cli_usage_error(v, "--seed takes a whole number >= 0, not '%s'", o.seed);
  Program *p;
  Func *f = compile_model(&m, &m.defs, &p);
  int rc = 1;
  if (f && zo_random_weights(f, seed, o.out) == 0) rc = 0;
  zo_func_free(f);
  zo_program_free(p);
  zo_cli_free_defines(&m.defs);
  return rc;
}

/* ---- zoc loss: the data file */
typedef struct Seq {
  int line;
  int64_t n;
  int32_t *ids;
} Seq;
typedef Vec(Seq) SeqVec;

static void free_seqs(SeqVec *s) {
  for (int i = 0; i < s->len; i++) free(s->data[i].ids);
  vec_free(s);
}

static int seq_line(json_t *j, const char *where, int lineno, void *ctx) {
  SeqVec *out = ctx;
  json_t *t = json_object_get(j, "tokens");
  if (!t) {
    zo_env_error(where, "no \"tokens\" key (expected {\"tokens\": [id, ...]})");
    return -1;
  }
  if (!json_is_array(t)) {
    zo_env_error(where, "\"tokens\" is not an array of token ids");
    return -1;
  }
  if (json_array_size(t) < 2) {
    zo_env_error(where, "%zu token%s: the loss needs at least 2 (it predicts each token from the ones before)",
                 json_array_size(t), json_array_size(t) == 1 ? "" : "s");
    return -1;
  }
  Seq s = {lineno, (int64_t)json_array_size(t), NULL};
  s.ids = zo_xmalloc((size_t)s.n * sizeof(int32_t));
  for (int64_t i = 0; i < s.n; i++) {
    json_t *x = json_array_get(t, (size_t)i);
    if (!json_is_integer(x)) {
      zo_env_error(where, "tokens[%lld] is not an integer token id", (long long)i);
      free(s.ids);
      return -1;
    }
    if (json_integer_value(x) < 0 || json_integer_value(x) > INT32_MAX) {
      zo_env_error(where, "token id %" JSON_INTEGER_FORMAT " (tokens[%lld]) is out of range", json_integer_value(x),
                   (long long)i);
      free(s.ids);
      return -1;
    }
    s.ids[i] = (int32_t)json_integer_value(x);
  }
  vec_push(out, s);
  return 0;
}

/* Reads every line of PATH; 0, or -1 after a message naming the file and line. */
static int read_data(const char *path, SeqVec *out) {
  int lines = 0;
  if (zo_jsonl_each(path, "{\"tokens\": [...]}", seq_line, out, &lines) != 0) return -1;
  if (out->len == 0) {
    zo_env_error(path, "no token sequences (%d line%s, none with {\"tokens\": [...]}): the file is empty", lines,
                 lines == 1 ? "" : "s");
    return -1;
  }
  return 0;
}

/* ---- zoc loss */
typedef struct LossOpts {
  const char *weights, *data, *device, *threads;
  bool verbose;
  ZoTarget target;
} LossOpts;

static int loss_extra(const Verb *v, int argc, char **argv, int i, void *ctx) {
  LossOpts *o = ctx;
  int j = i;
  if (zo_cli_opt(argv[i], "--weights")) o->weights = zo_cli_value(v, argc, argv, &j);
  else if (zo_cli_opt(argv[i], "--data")) o->data = zo_cli_value(v, argc, argv, &j);
  else if (zo_cli_opt(argv[i], "--device")) o->device = zo_cli_value(v, argc, argv, &j);
  else if (zo_cli_opt(argv[i], "--threads")) o->threads = zo_cli_value(v, argc, argv, &j);
  else if (zo_cli_opt(argv[i], "--target")) zo_cli_target(v, zo_cli_value(v, argc, argv, &j), &o->target);
  else if (strcmp(argv[i], "--verbose") == 0 || strcmp(argv[i], "-v") == 0) o->verbose = true;
  else return 0;
  return j - i + 1;
}

/* a number, or null for NaN/Inf (JSON has no such numbers; json_pack's "f"
   fails on them) */
static json_t *jnum(double x) { return isfinite(x) ? json_real(x) : json_null(); }

/* Why a loss is not finite: the checkpoint's floating-point tensors holding
 * NaN or Inf (as f32, the precision the forward reads them in), or that
 * there are none. Said once, on stderr, after the first such loss. */
static void note_nonfinite(const char *where, double loss, const StFile *st, const char *weights) {
  StrBuf sb = {0};
  int bad = 0;
  float buf[4096];
  for (int i = 0; i < zo_st_count(st); i++) {
    const StTensor *t = zo_st_tensor(st, i);
    if (!zo_dtype_is_float(t->dtype)) continue;
    size_t esz = zo_dtype_size(t->dtype);
    int64_t n = 0;
    for (int64_t k = 0; k < t->numel; k += 4096) {
      size_t m = (size_t)(t->numel - k < 4096 ? t->numel - k : 4096);
      zo_convert_to_f32(t->dtype, (const char *)t->data + (size_t)k * esz, buf, m);
      for (size_t e = 0; e < m; e++) n += !isfinite(buf[e]);
    }
    if (n == 0) continue;
    if (bad++ < 3)
      zo_sb_printf(&sb, "%s'%s' (%lld of %lld values)", bad > 1 ? ", " : "", t->name, (long long)n, (long long)t->numel);
  }
  if (bad > 3) zo_sb_printf(&sb, " and %d more", bad - 3);
  fflush(stdout);
  const char *v = isnan(loss) ? "NaN" : loss > 0 ? "+Inf" : "-Inf";
  if (bad)
    fprintf(stderr, "zoc: note: %s: the loss is %s (printed as null): %s holds NaN or Inf in %d tensor%s: %s\n", where,
            v, weights, bad, bad == 1 ? "" : "s", sb.buf);
  else
    fprintf(stderr, "zoc: note: %s: the loss is %s (printed as null), though every value of %s is finite: the "
            "forward overflowed\n", where, v, weights);
  zo_sb_free(&sb);
}

static bool is_dir(const char *path) {
  struct stat sb;
  return stat(path, &sb) == 0 && S_ISDIR(sb.st_mode);
}

int zo_cmd_loss(const Verb *v, int argc, char **argv) {
  ModelArgs m = {.bundled = true};
  LossOpts o = {0};
  zo_target_init(&o.target);
  zo_cli_parse_model_args(v, argc, argv, &m, loss_extra, &o);
  if (!o.weights) zo_cli_usage_error(v, "no checkpoint (--weights W.safetensors or a Hugging Face directory)");
  if (!o.data) zo_cli_usage_error(v, "no data (--data TOKENS.jsonl)");
  const Backend *be = zo_cli_backend(v, o.device);
  zo_cli_target_check(v, &o.target, be);
  int threads = (int)sysconf(_SC_NPROCESSORS_ONLN);
  if (o.threads) {
    uint64_t t;
    if (!zo_cli_parse_u64(o.threads, &t) || t < 1 || t > 4096) zo_cli_usage_error(v, "--threads takes 1..4096, not '%s'", o.threads);
    threads = (int)t;
  }
  if (threads < 1) threads = 1;
  /* no FILE.zo: the bundled model config.json names */
  if (zo_cli_bundled(v, &m, is_dir(o.weights) ? o.weights : NULL) != 0) {
    zo_cli_free_defines(&m.defs);
    return 1;
  }

  SeqVec seqs = {0};
  CkptParams cp = {0};
  Program *p = NULL;
  Func *f = NULL;
  StFile *st = NULL;
  void *state = NULL;
  float *logits = NULL;
  int32_t *targets = NULL;
  float *rowloss = NULL;
  int rc = 1;

  if (read_data(o.data, &seqs) != 0) goto out;
  p = zo_parse_files(&m.file, 1);
  if (zo_diag_count() != 0) goto out;
  /* parameters: a directory's config.json and quantization config, the user's -D (runtime/ckptcfg.h) */
  if (!(f = zo_ckpt_compile(p, m.model, m.recipe, is_dir(o.weights) ? o.weights : NULL, &m.defs, o.verbose, &cp)))
    goto out;
  zo_cli_target_recipe(&o.target, f);
  if (!(st = zo_st_open(o.weights))) goto out;
  if (zo_weights_bind(f, st) != 0) goto out;

  int64_t V = zo_model_vocab(f), maxn = 0;
  if (V <= 0) {
    zo_env_error(m.file, "model '%s' has no token embedding or [.., V] output to take the vocabulary from", f->name);
    goto out;
  }
  const Value *outv = f->outputs.data[0];
  if (outv->type.rank != 3 || !zo_dim_is_const(outv->type.dims[2])) {
    zo_env_error(m.file, "model '%s': loss needs logits [B, T, V] as the first output", f->name);
    goto out;
  }
  int64_t LV = outv->type.dims[2].coef;
  for (int i = 0; i < seqs.len; i++) {
    const Seq *s = &seqs.data[i];
    for (int64_t t = 0; t < s->n; t++)
      if (s->ids[t] >= V || s->ids[t] >= LV) {
        char where[1100];
        snprintf(where, sizeof where, "%s:%d", o.data, s->line);
        zo_env_error(where, "token id %d (tokens[%lld]) is out of range: the model's vocabulary has %lld tokens (ids 0..%lld)",
                     s->ids[t], (long long)t, (long long)(V < LV ? V : LV), (long long)(V < LV ? V : LV) - 1);
        goto out;
      }
    if (s->n > maxn) maxn = s->n;
  }

  /* the longest line's forward and its logits fit this machine (runtime/fit.h) */
  if (zo_fit_forward(f, be, 1, maxn, zo_mem_mul(maxn, zo_mem_mul(LV + 2, 4)), "zoc loss of the longest line of --data",
                     "shorter lines in --data (each line is one forward)") != 0)
    goto out;
  if (!(state = be->open(f, threads, &o.target))) goto out;
  if (!(logits = zo_mem_alloc(zo_mem_mul(maxn, zo_mem_mul(LV, 4)), "zoc loss: the logits"))) goto out;
  targets = zo_xmalloc((size_t)maxn * sizeof(int32_t));
  rowloss = zo_xmalloc((size_t)maxn * sizeof(float));
  int64_t peak = 0;
  int nonfinite = 0;
  for (int i = 0; i < seqs.len; i++) {
    const Seq *s = &seqs.data[i];
    if (be->forward(state, s->ids, 1, s->n, NULL, logits) != 0) {
      fprintf(stderr, "zoc: the forward of %s:%d failed\n", o.data, s->line);
      goto out;
    }
    if (be->peak_bytes(state) > peak) peak = be->peak_bytes(state);
    /* position t predicts token t + 1 */
    for (int64_t t = 0; t + 1 < s->n; t++) targets[t] = s->ids[t + 1];
    zo_ref_cross_entropy(logits, targets, rowloss, s->n - 1, LV);
    double sum = 0;
    for (int64_t t = 0; t + 1 < s->n; t++) sum += rowloss[t];
    double loss = sum / (double)(s->n - 1);
    json_t *j = json_pack("{s:o, s:I}", "loss", jnum(loss), "tokens", (json_int_t)s->n);
    char *text = json_dumps(j, JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(12));
    ZO_ASSERT(text);
    printf("%s\n", text);
    fflush(stdout);
    free(text);
    json_decref(j);
    if (!isfinite(loss) && nonfinite++ == 0) {
      char where[1100];
      snprintf(where, sizeof where, "%s:%d", o.data, s->line);
      note_nonfinite(where, loss, st, o.weights);
    }
  }
  if (nonfinite > 1)
    fprintf(stderr, "zoc: note: %d of %d sequences have a loss that is not finite\n", nonfinite, seqs.len);
  if (o.verbose) {
#ifdef ZOC_HAVE_LLVM
    if (be == &zo_backend_cpu)
      fprintf(stderr, "backend cpu: %d kernel functions, %d module(s) linked from the object cache\n",
              zo_llvm_compiled_functions(), zo_llvm_cached_modules());
#endif
    /* the plan as compiled is at the -D B/T sizes; re-plan at this run's largest
       forward (B = 1, T = longest line) so the two numbers compare */
    int sb = -1, stt = -1;
    for (int i = 0; i < f->body->vals.len; i++) {
      const Value *x = f->body->vals.data[i];
      if (x->op != ZO_OP_INPUT || x->type.rank != 2) continue;
      for (int s = 0; s < ZO_MAX_SYMS; s++) {
        if (x->type.dims[0].exp[s]) sb = s;
        if (x->type.dims[1].exp[s]) stt = s;
      }
    }
    be->close(state);
    state = NULL;
    if (sb >= 0 && stt >= 0 && sb != stt) {
      f->sym_default[sb] = 1;
      f->sym_default[stt] = maxn;
      zo_pass_memplan(f);
    }
    fprintf(stderr, "backend %s: peak activation bytes %lld (largest forward: B=1, T=%lld)\n", be->name,
            (long long)peak, (long long)maxn);
    fprintf(stderr, "memory plan: arena bytes %lld, peak live bytes %lld, weight bytes %lld (at B=%lld, T=%lld)\n",
            (long long)f->plan.arena_bytes, (long long)f->plan.peak_live_bytes, (long long)f->plan.weight_bytes,
            (long long)(sb >= 0 ? f->plan.sym_vals[sb] : 0), (long long)(stt >= 0 ? f->plan.sym_vals[stt] : 0));
  }
  rc = 0;
out:
  if (state) be->close(state);
  free(logits);
  free(targets);
  free(rowloss);
  zo_func_free(f);
  zo_st_close(st);
  zo_ckpt_params_free(&cp);
  zo_program_free(p);
  free_seqs(&seqs);
  zo_cli_free_defines(&m.defs);
  return rc;
}
