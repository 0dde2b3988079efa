/* train.c — the ZO training loop, its settings, losses and evaluation, and
 * the run directory (see train.h; the trained tensors, checkpoints and replay
 * are in trainstate.c).
 *
 * The run directory is a Hugging Face model directory (model.safetensors, or
 * past --shard-size its shards and index, on top, where loaders look) with
 * the resume state in its subfolder zoc/, where
 * none looks; one of the old layout (the state beside the checkpoint) is
 * replayed as it is but never continued or overwritten. The directory is
 * shared with whatever else runs on the machine, so a run locks it (flock on
 * zoc/zoc.lock) before it reads or writes anything there;
 * writes every log line with write(2) and stops at the first that fails;
 * fsyncs the logs before each save, so that the saved step's lines are on
 * disk before the state that names them; and on --resume checks the logs
 * line by line against the saved step, refusing a gap or a damaged line
 * rather than continuing from a log that would replay to other bytes.
 *
 * A step builds its batch once: the items of step k are a function of (run
 * seed, k) — position k·batch + j of an endless sequence of epochs, each a
 * seeded permutation of the training set — so a resumed run draws exactly the
 * batches an uninterrupted one draws. The batch's rows (one per LM/GEN item,
 * one per candidate of a CLASS item) are right-padded to the longest row
 * (causal attention makes the padding invisible to the positions before it,
 * and the loss reads no padded position) and laid out twice: rows [0, R) for
 * +eps, [R, 2R) for −eps, one forward per query.
 *
 * Losses are computed in double from the f32 logits: log p(target) = logit −
 * logsumexp(row). Item losses: LM/GEN mean CE over the positions with a
 * target; CLASS the cross-entropy over candidates of their mean log-probs
 * (MeZO's "train as classification"). The batch loss is the mean over items.
 */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <jansson.h>
#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "codegen/zo_rng.h"
#include "ir/lower.h"
#include "runtime/data.h"
#include "runtime/fit.h"
#include "runtime/metrics.h"
#include "runtime/tokenizer.h"
#include "runtime/train.h"

/* ---- settings */
void zo_train_settings_from_recipe(const Recipe *r, ZoTrainSettings *s) {
  int n;
  const RecipeSetting *rs = zo_recipe_settings(&n);
  double v[32] = {0};
  ZO_ASSERT(n <= 32);
  for (int i = 0; i < n; i++) v[i] = zo_recipe_get(r, rs[i].name, rs[i].dflt);
#define GET(name) zo_recipe_get(r, name, 0)
  (void)v;
  memset(s, 0, sizeof *s);
  for (int i = 0; i < n; i++) {
    const char *k = rs[i].name;
    double x = zo_recipe_get(r, k, rs[i].dflt);
    if (!strcmp(k, "eps")) s->eps = x;
    else if (!strcmp(k, "lr")) s->lr = x;
    else if (!strcmp(k, "clip")) s->clip = x;
    else if (!strcmp(k, "batch")) s->batch = (int64_t)x;
    else if (!strcmp(k, "steps")) s->steps = (int64_t)x;
    else if (!strcmp(k, "queries")) s->queries = (int64_t)x;
    else if (!strcmp(k, "scale_min")) s->scale_min = x;
    else if (!strcmp(k, "weight_decay")) s->weight_decay = x;
    else if (!strcmp(k, "warmup")) s->warmup = (int64_t)x;
    else if (!strcmp(k, "schedule")) s->schedule = (int)x;
    else if (!strcmp(k, "forward")) s->forward = (int)x;
    else if (!strcmp(k, "forward_rounding")) s->forward_rounding = (int)x;
    else if (!strcmp(k, "update_rounding")) s->update_rounding = (int)x;
    else if (!strcmp(k, "masters")) s->masters = (int)x;
    else if (!strcmp(k, "eval_every")) s->eval_every = (int64_t)x;
    else if (!strcmp(k, "seed")) s->seed = (uint64_t)x;
    else if (!strcmp(k, "momentum")) s->momentum = x;
  }
#undef GET
  s->save_every = s->eval_every;
}

int zo_train_settings_set(ZoTrainSettings *s, const char *name, const char *value) {
  char what[128];
  snprintf(what, sizeof what, "setting %s", name);
  const char *const *enames;
  zo_recipe_setting_enum(name, NULL, &enames);
  if (enames) {   /* a setting whose values are names */
    int k = zo_recipe_setting_enum(name, value, NULL);
    if (k < 0) {
      char nb[160];
      zo_env_error(what, "'%s': %s is %s", value, name, zo_recipe_setting_names_of(name, nb, sizeof nb));
      return -1;
    }
    int *dst = !strcmp(name, "schedule") ? &s->schedule : !strcmp(name, "forward") ? &s->forward
             : !strcmp(name, "forward_rounding") ? &s->forward_rounding
             : !strcmp(name, "update_rounding") ? &s->update_rounding : &s->masters;
    *dst = k;
    return 0;
  }
  if (!strcmp(name, "seed")) {
    char *end;
    errno = 0;
    unsigned long long x = strtoull(value, &end, 0);
    if (errno || *end || !*value || *value == '-') {
      zo_env_error(what, "'%s' is not a whole number >= 0", value);
      return -1;
    }
    s->seed = x;
    return 0;
  }
  char *end;
  errno = 0;
  double x = strtod(value, &end);
  if (errno || *end || !*value || !isfinite(x)) {
    zo_env_error(what, "'%s' is not a number", value);
    return -1;
  }
  struct { const char *n; double *d; int64_t *i; } tab[] = {
    {"eps", &s->eps, NULL}, {"lr", &s->lr, NULL}, {"clip", &s->clip, NULL},
    {"scale_min", &s->scale_min, NULL}, {"weight_decay", &s->weight_decay, NULL},
    {"momentum", &s->momentum, NULL}, {"batch", NULL, &s->batch}, {"steps", NULL, &s->steps},
    {"queries", NULL, &s->queries}, {"warmup", NULL, &s->warmup}, {"eval_every", NULL, &s->eval_every},
    {"save_every", NULL, &s->save_every},
  };
  for (size_t i = 0; i < ZO_COUNT(tab); i++) {
    if (strcmp(tab[i].n, name) != 0) continue;
    if (tab[i].d) *tab[i].d = x;
    else {
      if (x != floor(x) || x < 0 || x > 1e15) {
        zo_env_error(what, "'%s' is not a whole number >= 0", value);
        return -1;
      }
      *tab[i].i = (int64_t)x;
    }
    return 0;
  }
  const char *names[] = {"eps", "lr", "clip", "batch", "steps", "queries", "scale_min", "weight_decay", "warmup",
                         "schedule", "eval_every", "save_every", "seed", "momentum", "forward", "forward_rounding",
                         "update_rounding", "masters"};
  const char *near = zo_nearest_name(name, names, (int)ZO_COUNT(names));
  zo_env_error(what, "no such setting%s%s%s", near ? " (did you mean " : "", near ? near : "", near ? "?)" : "");
  return -1;
}

int zo_train_settings_check(const ZoTrainSettings *s) {
  /* the values training uses in f32: checked there (a recipe's in zoc check too) */
  struct { const char *name; double v; } f32[] = {
    {"eps", s->eps}, {"lr", s->lr}, {"clip", s->clip}, {"weight_decay", s->weight_decay}, {"scale_min", s->scale_min},
  };
  char why[300];
  for (size_t i = 0; i < ZO_COUNT(f32); i++)
    if (zo_recipe_setting_problem(f32[i].name, f32[i].v, why, sizeof why)) {
      zo_env_error("training settings", "%s", why);
      return -1;
    }
  const char *bad = NULL;
  if (s->batch < 1) bad = "batch must be >= 1";
  else if (s->queries < 1 || s->queries > 256) bad = "queries must be 1..256";
  else if (s->schedule < 0 || s->schedule > 2) bad = "schedule must be constant, linear or cosine";
  else if (s->momentum != 0) bad = "momentum is not implemented (set momentum = 0)";
  if (bad) {
    zo_env_error("training settings", "%s", bad);
    return -1;
  }
  return 0;
}

void zo_train_settings_to_recipe(const ZoTrainSettings *s, Func *f) {
  if (!f->recipe) return;   /* no training without one; a recipe-less forward is the default precision */
  zo_recipe_set(f->recipe, "forward", s->forward);
  zo_recipe_set(f->recipe, "forward_rounding", s->forward_rounding);
}

double zo_train_lr_at(const ZoTrainSettings *s, int64_t step) {
  if (s->warmup > 0 && step < s->warmup) return s->lr * (double)(step + 1) / (double)s->warmup;
  if (s->schedule == 0) return s->lr;
  int64_t span = s->steps - s->warmup;
  double p = span > 1 ? (double)(step - s->warmup) / (double)(span - 1) : 0;   /* 0 .. 1 at the last step */
  if (p > 1) p = 1;
  if (s->schedule == 1) return s->lr * (1 - p);
  return s->lr * 0.5 * (1 + cos(3.14159265358979323846 * p));
}

/* ---- items */
void zo_items_push(ZoItems *items, ZoItem it) {
  if (items->n == items->cap) {
    items->cap = items->cap ? 2 * items->cap : 16;
    items->it = zo_xrealloc(items->it, (size_t)items->cap * sizeof(ZoItem));
  }
  items->it[items->n++] = it;
}

void zo_items_free(ZoItems *items) {
  if (!items) return;
  for (int i = 0; i < items->n; i++) {
    ZoItem *it = &items->it[i];
    for (int r = 0; r < it->nrows; r++) {
      free(it->rows[r].tok);
      free(it->rows[r].tgt);
    }
    free(it->rows);
    for (int a = 0; a < it->nanswers; a++) free(it->answers[a]);
    free(it->answers);
  }
  free(items->it);
  memset(items, 0, sizeof *items);
}

ZoRow zo_row_make(const int32_t *tok, const int32_t *tgt, int64_t n) {
  ZoRow r = {zo_xmalloc((size_t)(n > 0 ? n : 1) * sizeof(int32_t)), zo_xmalloc((size_t)(n > 0 ? n : 1) * sizeof(int32_t)), n};
  memcpy(r.tok, tok, (size_t)n * sizeof(int32_t));
  for (int64_t t = 0; t < n; t++) r.tgt[t] = tgt ? tgt[t] : t + 1 < n ? tok[t + 1] : -1;
  return r;
}

/* prompt ++ cont, with targets on cont's tokens (position np - 1 + j predicts cont[j]) */
static ZoRow row_cont(const int32_t *prompt, int64_t np, const int32_t *cont, int64_t nc) {
  int64_t n = np + nc;
  ZoRow r = {zo_xmalloc((size_t)(n > 0 ? n : 1) * sizeof(int32_t)), zo_xmalloc((size_t)(n > 0 ? n : 1) * sizeof(int32_t)), n};
  memcpy(r.tok, prompt, (size_t)np * sizeof(int32_t));
  memcpy(r.tok + np, cont, (size_t)nc * sizeof(int32_t));
  for (int64_t t = 0; t < n; t++) r.tgt[t] = t >= np - 1 && t + 1 < n ? r.tok[t + 1] : -1;
  return r;
}

ZoItem zo_item_class(const int32_t *prompt, int64_t np, int ncand, const int32_t *const *cand, const int *ncand_tok,
                     int label) {
  ZoItem it = {.kind = ZO_ITEM_CLASS, .nrows = ncand, .label = label, .nprompt = np};
  it.rows = zo_xcalloc((size_t)ncand, sizeof(ZoRow));
  for (int c = 0; c < ncand; c++) it.rows[c] = row_cont(prompt, np, cand[c], ncand_tok[c]);
  return it;
}

ZoItem zo_item_gen(const int32_t *prompt, int64_t np, const int32_t *answer, int64_t na, int nanswers,
                   const char *const *answers) {
  ZoItem it = {.kind = ZO_ITEM_GEN, .nrows = 1, .nprompt = np, .nanswers = nanswers};
  it.rows = zo_xcalloc(1, sizeof(ZoRow));
  it.rows[0] = row_cont(prompt, np, answer, na);
  it.answers = zo_xcalloc((size_t)(nanswers > 0 ? nanswers : 1), sizeof(char *));
  for (int a = 0; a < nanswers; a++) it.answers[a] = zo_xstrdup(answers[a]);
  return it;
}

/* an array of integer ids (targets: -1 allowed) of length n (n < 0: any >= 2) */
static int32_t *id_array(json_t *a, const char *key, int64_t want, bool allow_neg, int64_t vocab, const char *where,
                         int64_t *n_out) {
  if (!json_is_array(a)) {
    zo_env_error(where, "\"%s\" is not an array of token ids", key);
    return NULL;
  }
  int64_t n = (int64_t)json_array_size(a);
  if (want >= 0 && n != want) {
    zo_env_error(where, "\"%s\" has %lld entries but \"tokens\" has %lld: they go position by position", key,
                 (long long)n, (long long)want);
    return NULL;
  }
  if (want < 0 && n < 2) {
    zo_env_error(where, "%lld token%s: a sequence needs at least 2 (each position predicts the next)", (long long)n,
                 n == 1 ? "" : "s");
    return NULL;
  }
  int32_t *ids = zo_xmalloc((size_t)n * sizeof(int32_t));
  for (int64_t i = 0; i < n; i++) {
    json_t *x = json_array_get(a, (size_t)i);
    json_int_t v = json_is_integer(x) ? json_integer_value(x) : 0;
    const char *bad = !json_is_integer(x) ? "is not an integer"
                      : (v < (allow_neg ? -1 : 0) || v > INT32_MAX) ? "is out of range"
                      : (vocab > 0 && v >= vocab) ? "is past the model's vocabulary" : NULL;
    if (bad) {
      if (vocab > 0 && json_is_integer(x) && v >= vocab)
        zo_env_error(where, "%s[%lld] = %lld %s (%lld tokens: ids 0..%lld)", key, (long long)i, (long long)v, bad,
                     (long long)vocab, (long long)vocab - 1);
      else
        zo_env_error(where, "%s[%lld] %s%s", key, (long long)i, bad, allow_neg ? " (a token id, or -1 for no target)" : "");
      free(ids);
      return NULL;
    }
    ids[i] = (int32_t)v;
  }
  *n_out = n;
  return ids;
}

typedef struct LmLoad {
  int64_t vocab;
  ZoItems *out;
} LmLoad;

static int lm_line(json_t *j, const char *where, int lineno, void *ctx) {
  LmLoad *c = ctx;
  json_t *t = json_object_get(j, "tokens");
  if (!t) {
    zo_env_error(where, "no \"tokens\" key (expected {\"tokens\": [id, ...]})");
    return -1;
  }
  int64_t n = 0, nt = 0;
  int rc = 0;
  int32_t *ids = id_array(t, "tokens", -1, false, c->vocab, where, &n);
  int32_t *tg = NULL;
  json_t *jt = json_object_get(j, "targets");
  if (ids && jt) tg = id_array(jt, "targets", n, true, c->vocab, where, &nt);
  if (!ids || (jt && !tg)) rc = -1;
  else {
    ZoItem it = {.kind = ZO_ITEM_LM, .nrows = 1, .line = lineno};
    it.rows = zo_xcalloc(1, sizeof(ZoRow));
    it.rows[0] = zo_row_make(ids, tg, n);
    bool any = false;
    for (int64_t k = 0; k < n; k++) any |= it.rows[0].tgt[k] >= 0;
    if (!any) {
      zo_env_error(where, "no position has a target (every \"targets\" entry is -1)");
      rc = -1;
    }
    zo_items_push(c->out, it);
  }
  free(ids);
  free(tg);
  return rc;
}

int zo_lm_load(const char *path, int64_t vocab, ZoItems *out) {
  LmLoad c = {vocab, out};
  int lines = 0;
  if (zo_jsonl_each(path, "{\"tokens\": [...], \"targets\": [...] (optional)}", lm_line, &c, &lines) != 0) return -1;
  if (out->n == 0) {
    zo_env_error(path, "no sequences (%d line%s): expected one {\"tokens\": [...]} per line", lines, lines == 1 ? "" : "s");
    return -1;
  }
  return 0;
}

int zo_items_check(ZoItems *items, int64_t vocab, int64_t max_len, const char *what) {
  for (int i = 0; i < items->n; i++) {
    ZoItem *it = &items->it[i];
    char where[1200];
    snprintf(where, sizeof where, "%s:%d", what, it->line ? it->line : i + 1);
    if (it->nrows < 1) {
      zo_env_error(where, "an example with no rows (a classification example needs candidates)");
      return -1;
    }
    if (it->kind == ZO_ITEM_CLASS && (it->label < 0 || it->label >= it->nrows)) {
      zo_env_error(where, "label %d is not one of the %d candidates", it->label, it->nrows);
      return -1;
    }
    for (int r = 0; r < it->nrows; r++) {
      ZoRow *row = &it->rows[r];
      bool any = false;
      for (int64_t t = 0; t < row->n; t++) {
        if (row->tok[t] < 0 || row->tok[t] >= vocab || row->tgt[t] >= vocab) {
          zo_env_error(where, "token id %d is outside the model's vocabulary of %lld",
                       row->tok[t] < 0 || row->tok[t] >= vocab ? row->tok[t] : row->tgt[t], (long long)vocab);
          return -1;
        }
        any |= row->tgt[t] >= 0;
      }
      if (!any) {
        zo_env_error(where, "a row with nothing to predict (an empty candidate or answer?)");
        return -1;
      }
      if (max_len > 0 && row->n > max_len) {
        /* MeZO truncates from the left: the end of the prompt and the candidate
           must stay; the targets must all still be there */
        int64_t cut = row->n - max_len;
        for (int64_t t = 0; t < cut; t++)
          if (row->tgt[t] >= 0) {
            zo_env_error(where, "the row is %lld tokens and its targets start at %lld: it cannot be cut to %lld",
                         (long long)row->n, (long long)t, (long long)max_len);
            return -1;
          }
        memmove(row->tok, row->tok + cut, (size_t)max_len * sizeof(int32_t));
        memmove(row->tgt, row->tgt + cut, (size_t)max_len * sizeof(int32_t));
        row->n = max_len;
        if (it->kind == ZO_ITEM_GEN && r == 0) it->nprompt = it->nprompt > cut ? it->nprompt - cut : 0;
      }
    }
  }
  return 0;
}

int64_t zo_train_vocab(const Func *f) {
  if (!f->outputs.len) return -1;
  const Value *o = f->outputs.data[0];
  if (o->type.rank != 3 || !zo_dim_is_const(o->type.dims[2])) return -1;
  return o->type.dims[2].coef;
}

/* ---- batches and losses */
typedef struct Batch {
  int64_t R, T;          /* rows (one copy) and padded length */
  int64_t V;
  int32_t *tok;          /* [copies·R, T] */
  int32_t *tgt;          /* [copies·R, T]: the target at each position, -1 none */
  double *lp;            /* [copies·R, T]: log-softmax at the target (Backend.logp) */
  uint8_t *hit;          /* [copies·R, T]: the target is the argmax */
  float *logits;         /* [copies·R, T, V], only for a backend without logp */
  int64_t cap_tok, cap_logits;
} Batch;

static void batch_build(Batch *b, const ZoItem *const *items, int n, int copies, int64_t V) {
  int64_t R = 0, T = 1;
  for (int i = 0; i < n; i++)
    for (int r = 0; r < items[i]->nrows; r++) {
      R++;
      if (items[i]->rows[r].n > T) T = items[i]->rows[r].n;
    }
  b->R = R;
  b->T = T;
  b->V = V;
  int64_t nt = copies * R * T;
  if (nt > b->cap_tok) {
    free(b->tok);
    free(b->tgt);
    free(b->lp);
    free(b->hit);
    b->tok = zo_xmalloc((size_t)nt * sizeof(int32_t));
    b->tgt = zo_xmalloc((size_t)nt * sizeof(int32_t));
    b->lp = zo_xmalloc((size_t)nt * sizeof(double));
    b->hit = zo_xmalloc((size_t)nt);
    b->cap_tok = nt;
  }
  int64_t row = 0;
  for (int i = 0; i < n; i++)
    for (int r = 0; r < items[i]->nrows; r++, row++) {
      const ZoRow *x = &items[i]->rows[r];
      int32_t *dst = b->tok + row * T, *tg = b->tgt + row * T;
      memcpy(dst, x->tok, (size_t)x->n * sizeof(int32_t));
      memcpy(tg, x->tgt, (size_t)x->n * sizeof(int32_t));
      for (int64_t t = x->n; t < T; t++) {   /* right padding: never read by a loss */
        dst[t] = 0;
        tg[t] = -1;
      }
    }
  for (int c = 1; c < copies; c++) {
    memcpy(b->tok + c * R * T, b->tok, (size_t)(R * T) * sizeof(int32_t));
    memcpy(b->tgt + c * R * T, b->tgt, (size_t)(R * T) * sizeof(int32_t));
  }
}

static void batch_free(Batch *b) {
  free(b->tok);
  free(b->tgt);
  free(b->lp);
  free(b->hit);
  free(b->logits);
  memset(b, 0, sizeof *b);
}

/* The forward over the batch's first `rows` rows, to the log-probs at the
 * targets: on the backend when it offers them (the logits never leave it),
 * else from the logits on the host. */
static int batch_forward(const Backend *be, void *state, Batch *b, int64_t rows, const Perturb *p) {
  if (be->logp) return be->logp(state, b->tok, b->tgt, rows, b->T, p, b->lp, b->hit);
  int64_t nl = rows * b->T * b->V;
  if (nl > b->cap_logits) {
    free(b->logits);
    b->logits = zo_xmalloc((size_t)nl * sizeof(float));
    b->cap_logits = nl;
  }
  if (be->forward(state, b->tok, rows, b->T, p, b->logits) != 0) return -1;
  zo_logp_positions(b->logits, b->tgt, rows * b->T, b->V, b->lp, b->hit);
  return 0;
}

/* log-softmax at the targets of one row (lp, hit: its positions): the sum
 * and count of log-probs, and how many targets are the row's argmax */
static void row_logp(const double *lp, const uint8_t *hit, const ZoRow *row, double *sum, int64_t *cnt, int64_t *agree) {
  *sum = 0;
  *cnt = 0;
  *agree = 0;
  for (int64_t t = 0; t < row->n; t++) {
    if (row->tgt[t] < 0) continue;
    *sum += lp[t];
    (*cnt)++;
    *agree += hit[t];
  }
}

typedef struct ItemEval {
  double loss;
  int correct;           /* CLASS: argmax score == label */
  int64_t agree, positions;
} ItemEval;

/* lp, hit: the positions of the item's first row; rows follow at stride T */
static ItemEval item_eval(const ZoItem *it, const double *lp, const uint8_t *hit, int64_t T) {
  ItemEval e = {0};
  if (it->kind != ZO_ITEM_CLASS) {
    double s;
    int64_t c, a;
    row_logp(lp, hit, &it->rows[0], &s, &c, &a);
    e.loss = c ? -s / (double)c : 0;
    e.agree = a;
    e.positions = c;
    return e;
  }
  double sc[64], *score = it->nrows <= 64 ? sc : zo_xmalloc((size_t)it->nrows * sizeof(double));
  int best = 0;   /* the first candidate with the highest score (MeZO's argmax) */
  for (int r = 0; r < it->nrows; r++) {
    double s;
    int64_t c, a;
    row_logp(lp + (int64_t)r * T, hit + (int64_t)r * T, &it->rows[r], &s, &c, &a);
    score[r] = c ? s / (double)c : 0;
    if (score[r] > score[best]) best = r;
  }
  double mx = score[best];
  double z = 0;
  for (int r = 0; r < it->nrows; r++) z += exp(score[r] - mx);
  e.loss = -(score[it->label] - mx - log(z));
  e.correct = best == it->label;
  if (score != sc) free(score);
  return e;
}

/* mean item loss of one copy of the batch (copy c: rows [c·R, (c+1)·R)) */
static double batch_loss(const Batch *b, const ZoItem *const *items, int n, int c) {
  double sum = 0;
  int64_t row = c * b->R;
  for (int i = 0; i < n; i++) {
    ItemEval e = item_eval(items[i], b->lp + row * b->T, b->hit + row * b->T, b->T);
    sum += e.loss;
    row += items[i]->nrows;
  }
  return sum / (double)n;
}

/* ---- evaluation */
#define ZO_GEN_MAX_NEW 50

/* Greedy decoding from the prompt: ≤ 50 new tokens, stopping at a newline
 * (MeZO's SQuAD evaluation) or the end-of-sequence token. Returns the text
 * before the newline (malloc'd) or NULL after a message. */
static char *greedy_decode(const Backend *be, void *state, const ZoItem *it, int64_t V, const Tokenizer *tok) {
  int64_t np = it->nprompt, cap = np + ZO_GEN_MAX_NEW;
  int32_t *ids = zo_xmalloc((size_t)cap * sizeof(int32_t));
  memcpy(ids, it->rows[0].tok, (size_t)np * sizeof(int32_t));
  float *lg = zo_xmalloc((size_t)(cap * V) * sizeof(float));
  int32_t eos = zo_tok_eos_id(tok);
  int64_t n = np;
  char *text = NULL;
  for (int k = 0; k < ZO_GEN_MAX_NEW; k++) {
    if (be->forward(state, ids, 1, n, NULL, lg) != 0) goto fail;
    const float *x = lg + (n - 1) * V;
    int64_t am = 0;
    for (int64_t v = 1; v < V; v++)
      if (x[v] > x[am]) am = v;
    if (am == eos) break;
    ids[n++] = (int32_t)am;
    char *t = zo_tok_decode(tok, ids + np, (int)(n - np), true, NULL);
    bool nl = strchr(t, '\n') != NULL;
    free(t);
    if (nl) break;
  }
  text = zo_tok_decode(tok, ids + np, (int)(n - np), true, NULL);
  char *nl = strchr(text, '\n');
  if (nl) *nl = 0;
fail:
  free(ids);
  free(lg);
  return text;
}

int zo_evaluate(const Backend *be, void *state, int64_t V, const ZoItems *items, int64_t batch, const Tokenizer *tok,
                ZoMetrics *m) {
  memset(m, 0, sizeof *m);
  Batch b = {0};
  const ZoItem **chunk = zo_xmalloc((size_t)(batch > 0 ? batch : 1) * sizeof(ZoItem *));
  double loss = 0, f1 = 0, em = 0;
  int64_t correct = 0, nclass = 0, agree = 0, pos = 0, ngen = 0;
  int rc = 0;
  for (int i0 = 0; i0 < items->n && rc == 0; i0 += (int)batch) {
    int n = items->n - i0 < batch ? items->n - i0 : (int)batch;
    for (int i = 0; i < n; i++) chunk[i] = &items->it[i0 + i];
    batch_build(&b, chunk, n, 1, V);
    if (batch_forward(be, state, &b, b.R, NULL) != 0) {
      rc = -1;
      break;
    }
    int64_t row = 0;
    for (int i = 0; i < n; i++) {
      ItemEval e = item_eval(chunk[i], b.lp + row * b.T, b.hit + row * b.T, b.T);
      row += chunk[i]->nrows;
      loss += e.loss;
      if (chunk[i]->kind == ZO_ITEM_CLASS) {
        nclass++;
        correct += e.correct;
      } else if (chunk[i]->kind == ZO_ITEM_LM) {
        agree += e.agree;
        pos += e.positions;
      } else if (tok) {
        char *pred = greedy_decode(be, state, chunk[i], V, tok);
        if (!pred) {
          rc = -1;
          break;
        }
        const char *const *gold = (const char *const *)chunk[i]->answers;
        f1 += zo_squad_f1(pred, gold, chunk[i]->nanswers);
        em += zo_squad_em(pred, gold, chunk[i]->nanswers);
        free(pred);
        ngen++;
      }
    }
  }
  batch_free(&b);
  free(chunk);
  if (rc) return -1;
  m->n = items->n;
  m->loss = items->n ? loss / items->n : 0;
  if (nclass) {
    m->has_accuracy = true;
    m->accuracy = (double)correct / (double)nclass;
  }
  if (pos) {
    m->has_agreement = true;
    m->agreement = (double)agree / (double)pos;
    m->positions = pos;
  }
  if (ngen) {
    m->has_f1 = true;
    m->f1 = f1 / (double)ngen;
    m->em = em / (double)ngen;
  }
  return 0;
}

static char *dump_line(json_t *j) {
  char *s = json_dumps(j, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(17));
  json_decref(j);
  return s;
}

/* a number, or null for NaN/Inf (JSON has no such numbers; jansson refuses them) */
static json_t *jnum(double x) { return isfinite(x) ? json_real(x) : json_null(); }

static json_t *metrics_obj(const ZoMetrics *m, int64_t step) {
  json_t *j = json_object();
  if (step >= 0) {
    json_object_set_new(j, "step", json_integer(step));
    json_object_set_new(j, "split", json_string("eval"));
  }
  json_object_set_new(j, "examples", json_integer(m->n));
  json_object_set_new(j, "loss", jnum(m->loss));
  if (m->has_accuracy) json_object_set_new(j, "accuracy", jnum(m->accuracy));
  if (m->has_agreement) json_object_set_new(j, "agreement", jnum(m->agreement));
  if (m->has_f1) {
    json_object_set_new(j, "f1", jnum(m->f1));
    json_object_set_new(j, "em", jnum(m->em));
  }
  return j;
}

char *zo_metrics_json(const ZoMetrics *m, int64_t step) {
  json_t *j = metrics_obj(m, step);
  char *s = json_dumps(j, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(9));
  json_decref(j);
  return s;
}

/* ---- the run directory */
static char *path_in(const char *dir, const char *name) {
  size_t n = strlen(dir) + strlen(name) + 2;
  char *p = zo_xmalloc(n);
  snprintf(p, n, "%s/%s", dir, name);
  return p;
}

static bool file_exists(const char *p) { return access(p, F_OK) == 0; }

/* two paths that name one file (device and inode; false when either is missing) */
static bool same_file(const char *a, const char *b) {
  struct stat sa, sb;
  return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

static void seed_hex(char *buf, size_t n, uint64_t s) { snprintf(buf, n, "0x%016" PRIx64, s); }

/* the files a run writes, besides its side files (ZoTrainRun.side): the
   checkpoint on top, where Hugging Face loaders look, the resume state in
   ZO_RUN_STATE_DIR, which they do not read (vLLM globs DIR/\*.safetensors:
   a master file beside the checkpoint would be loaded as weights) */
#define STATE_DIR ZO_RUN_STATE_DIR "/"
/* the checkpoint: ZO_RUN_CHECKPOINT, or past the shard size its shards
   CKPT_STEM-0000i-of-0000n.safetensors and CKPT_STEM.safetensors.index.json */
#define CKPT_STEM "model"
static const char *const run_files[] = {ZO_RUN_CHECKPOINT, STATE_DIR "master.safetensors", STATE_DIR "state.json",
                                        STATE_DIR "seeds.jsonl", STATE_DIR "metrics.jsonl"};
/* the resume state of a run directory written before it had ZO_RUN_STATE_DIR */
static const char *const old_files[] = {"master.safetensors", "state.json", "seeds.jsonl", "metrics.jsonl"};

char *zo_run_state_dir(const char *dir, bool *old) {
  char *p = path_in(dir, ZO_RUN_STATE_DIR);
  *old = false;
  if (file_exists(p)) return p;
  for (size_t i = 0; i < ZO_COUNT(old_files) && !*old; i++) {
    char *q = path_in(dir, old_files[i]);
    *old = file_exists(q);
    free(q);
  }
  if (*old) {
    free(p);
    return zo_xstrdup(dir);
  }
  return p;
}

/* A run directory of the old layout (its resume state beside the checkpoint)
 * is read by replay as it is, but neither continued nor overwritten: moving
 * its files while another zoc may hold its old lock is the user's to do, and
 * the message says how. 0, or -1 after the message. */
static int refuse_old_layout(const char *dir) {
  bool old;
  char *sd = zo_run_state_dir(dir, &old);
  free(sd);
  if (!old) return 0;
  zo_env_error(dir, "a run directory of an older zoc (its resume state beside the checkpoint, where vLLM loads "
               "master.safetensors as weights): to continue it, move the state into %s/" ZO_RUN_STATE_DIR "/ and the "
               "checkpoint to " ZO_RUN_CHECKPOINT " (cd %s && mkdir " ZO_RUN_STATE_DIR " && mv master.safetensors "
               "state.json seeds.jsonl metrics.jsonl " ZO_RUN_STATE_DIR "/ && mv checkpoint.safetensors "
               ZO_RUN_CHECKPOINT "); zoc replay --run reads it as it is. Or choose another --out", dir, dir);
  return -1;
}

/* A run directory another user owns, or one every user may write to, lets
 * them read the checkpoints, or swap master.safetensors or the seed log
 * between two saves so that a resume or a replay takes their bytes (an
 * --out under /tmp that someone made first). Refused; a directory shared by
 * a group stays usable. 0, or -1 after a message. */
static int check_run_dir_owner(const char *dir) {
  struct stat sb;
  if (stat(dir, &sb) != 0) {
    zo_env_error(dir, "cannot use the run directory: %s", strerror(errno));
    return -1;
  }
  if (sb.st_uid != geteuid()) {
    zo_env_error(dir, "the run directory belongs to uid %ld, not to this user (uid %ld): its owner could read or "
                 "replace the run's checkpoints and logs; choose another --out", (long)sb.st_uid, (long)geteuid());
    return -1;
  }
  if (sb.st_mode & S_IWOTH) {   /* sticky or not: others could still plant the names a run has yet to write */
    zo_env_error(dir, "the run directory is writable by every user (mode %04o): any of them could replace the run's "
                 "checkpoints and logs; chmod o-w it, or choose another --out", (unsigned)(sb.st_mode & 07777));
    return -1;
  }
  return 0;
}

/* The directory's lock: flock on DIR/zoc.lock for the whole run, taken before
 * anything else in the directory is read or written, so that two processes
 * never append to one seed log (each would exit 0 and the log would replay to
 * other bytes). The file holds the holder's pid for the message of the one
 * refused. It is never removed: unlinking a lock file lets a third process
 * lock a new file while a second still holds the old one. The kernel drops
 * the lock when its holder dies, however it dies. Returns the fd that holds
 * it, or -1 after a message. */
static int lock_run_dir(const char *dir) {
  char *p = path_in(dir, STATE_DIR "zoc.lock");
  int fd = open(p, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0644);
  if (fd < 0) {
    zo_env_error(p, "cannot open the run directory's lock file: %s", strerror(errno));
    free(p);
    return -1;
  }
  if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
    if (errno == EWOULDBLOCK) {
      char pid[32] = "";
      /* the holder writes its pid just after it locks: give it a moment */
      for (int i = 0; i < 50 && !pid[0]; i++) {
        ssize_t n = pread(fd, pid, sizeof pid - 1, 0);
        pid[n > 0 ? n : 0] = 0;
        pid[strspn(pid, "0123456789")] = 0;
        if (!pid[0]) nanosleep(&(struct timespec){0, 2000000}, NULL);
      }
      zo_env_error(dir, "in use by another zoc process (pid %s holds %s): wait for it to end, stop it (Ctrl-C "
                   "saves its state), or choose another --out", pid[0] ? pid : "unknown", p);
    } else {
      zo_env_error(p, "cannot lock the run directory: %s (a file system without flock?)", strerror(errno));
    }
    close(fd);
    free(p);
    return -1;
  }
  char pid[32];
  int n = snprintf(pid, sizeof pid, "%ld\n", (long)getpid());
  if (ftruncate(fd, 0) != 0 || pwrite(fd, pid, (size_t)n, 0) != n) {
    zo_env_error(p, "cannot write the lock file: %s", strerror(errno));
    close(fd);
    free(p);
    return -1;
  }
  free(p);
  return fd;
}

/* sub/name[0 .. len) is a file the run writes (sub: "" or STATE_DIR) */
static bool is_run_file(const ZoTrainRun *run, const char *sub, const char *name, size_t len) {
  char buf[512];
  int n = snprintf(buf, sizeof buf, "%s%.*s", sub, (int)len, name);
  if (n < 0 || (size_t)n >= sizeof buf) return false;
  for (size_t i = 0; i < ZO_COUNT(run_files); i++)
    if (strcmp(run_files[i], buf) == 0) return true;
  if (!*sub && zo_st_set_file(buf, CKPT_STEM)) return true;
  for (const char *const *s = run->side; s && s[0]; s += 2)
    if (strcmp(s[1], buf) == 0) return true;
  for (const char *const *t = run->texts; t && t[0]; t += 2)
    if (strcmp(t[0], buf) == 0) return true;
  return false;
}

/* A save killed between its temporary file and the rename leaves NAME.tmp.PID
 * behind, a full-size copy of a checkpoint. Under the lock no other zoc
 * writes here, so every such file of the run's own names is stale. */
static void remove_stale_tmp_in(const ZoTrainRun *run, const char *sub) {
  char *dir = path_in(run->out_dir, sub);
  DIR *d = opendir(dir);
  free(dir);
  if (!d) return;   /* the reads and writes that follow say why */
  for (struct dirent *e; (e = readdir(d));) {
    const char *t = strstr(e->d_name, ".tmp.");
    /* PATH.tmp.PID, PATH.tmp.PID.N when that name was taken, and the
       writer's own temporary of a save's temporary (PATH.tmp.PID.tmp.PID) */
    if (!t || !isdigit((unsigned char)t[5]) || !is_run_file(run, sub, e->d_name, (size_t)(t - e->d_name))) continue;
    char name[512];
    snprintf(name, sizeof name, "%s%s", sub, e->d_name);
    char *p = path_in(run->out_dir, name);
    if (unlink(p) == 0)
      fprintf(stderr, "zoc: note: %s: removed %s, left by a run stopped while saving\n", run->out_dir, name);
    else if (errno != ENOENT)
      fprintf(stderr, "zoc: note: %s: could not remove %s, left by a run stopped while saving: %s\n", run->out_dir,
              name, strerror(errno));
    free(p);
  }
  closedir(d);
}

static void remove_stale_tmp(const ZoTrainRun *run) {
  remove_stale_tmp_in(run, "");
  remove_stale_tmp_in(run, STATE_DIR);
}

/* No file the run writes may be one it reads: a --weights or --data that is
 * (by its name, a link or another spelling) the run's checkpoint or log would
 * be overwritten by the first save. */
static int check_outputs(const ZoTrainRun *run) {
  for (const char *const *in = run->inputs; in && *in; in++)
    for (size_t i = 0; i < ZO_COUNT(run_files); i++) {
      char *p = path_in(run->out_dir, run_files[i]);
      bool same = same_file(*in, p);
      if (same)
        zo_env_error(*in, "is %s, a file this run writes: it would be overwritten; train from a copy, or choose "
                     "another --out", p);
      free(p);
      if (same) return -1;
    }
  return 0;
}

/* The side files, copied into a new run directory so that it is a checkpoint
 * directory of its own; one that already is the file there is left alone. */
static int copy_side_files(const ZoTrainRun *run) {
  for (const char *const *s = run->side; s && s[0]; s += 2) {
    char *to = path_in(run->out_dir, s[1]);
    int rc = 0;
    if (!same_file(s[0], to)) {
      size_t len;
      char *data = zo_read_file(s[0], &len);
      rc = data ? zo_write_file_atomic(to, data, len) : -1;
      free(data);
    }
    free(to);
    if (rc) return -1;
  }
  for (const char *const *t = run->texts; t && t[0]; t += 2) {
    char *to = path_in(run->out_dir, t[0]);
    int rc = zo_write_file_atomic(to, t[1], strlen(t[1]));
    free(to);
    if (rc) return -1;
  }
  return 0;
}

/* A log written line by line with write(2): every write is checked and a
 * partial one continued (stdio keeps a failed write in its buffer and says
 * nothing, so a full disk used to drop lines from the middle of a log that
 * then replayed to other bytes), and the file is fsynced before each save,
 * so that a saved state never refers to steps the log has lost. */
typedef struct RunLog {
  const char *path;
  int fd;
} RunLog;

static int log_open(RunLog *l, bool fresh) {
  l->fd = open(l->path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | O_NOFOLLOW | (fresh ? O_TRUNC : 0), 0644);
  if (l->fd < 0) {
    zo_env_error(l->path, "cannot write: %s", strerror(errno));
    return -1;
  }
  return 0;
}

/* one line (s and a newline); step < 0: the header; eval: an evaluation line */
static int log_write(RunLog *l, const char *s, int64_t step, bool eval) {
  size_t n = strlen(s);
  char *buf = zo_xmalloc(n + 1);
  memcpy(buf, s, n);
  buf[n] = '\n';
  const char *p = buf;
  size_t left = n + 1;
  while (left > 0) {
    ssize_t w = write(l->fd, p, left);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) {
      char what[64];
      if (step < 0) snprintf(what, sizeof what, "the header");
      else snprintf(what, sizeof what, "the %s of step %lld", eval ? "evaluation" : "line", (long long)step);
      zo_env_error(l->path, "cannot write %s: %s. The run stops here; once the cause is fixed, --resume continues "
                   "it from its last save", what, w < 0 ? strerror(errno) : "nothing was written");
      free(buf);
      return -1;
    }
    p += w;
    left -= (size_t)w;
  }
  free(buf);
  return 0;
}

static int log_sync(RunLog *l, int64_t step) {
  if (l->fd >= 0 && fsync(l->fd) != 0) {
    zo_env_error(l->path, "cannot sync it to disk before saving step %lld: %s. The run stops without this save; "
                 "--resume continues it from the last one", (long long)step, strerror(errno));
    return -1;
  }
  return 0;
}

/* What resuming keeps of a log (cut_log). */
typedef struct LogCut {
  int64_t skipped;     /* kept step lines marked "skipped" */
  json_t *header;      /* the seed log's header */
  json_t *eval0;       /* the evaluation line of step 0 */
} LogCut;

/* Checks a log against the saved step `start` and cuts it back to it: kept
 * are the seed log's header, the step lines before `start` and the
 * evaluation lines up to it. Step lines must run 0, 1, 2, ... (an evaluation
 * line carries the step it follows) and every line must be a JSON object,
 * with one exception: a last line without its newline that does not parse is
 * the torn write of a killed run or a full disk, and is dropped. A gap, a
 * damaged line or a log that ends before `start` is refused with FILE:LINE:
 * continuing or replaying it would silently give other bytes. Rewritten
 * atomically when anything is cut. */
static int cut_log(const char *path, int64_t start, bool seed_log, LogCut *c) {
  size_t len;
  char *text = zo_read_file(path, &len);
  if (!text) return -1;
  StrBuf out = {0};
  int rc = -1, lineno = 0;
  int64_t next = 0;
  char where[1200];
  snprintf(where, sizeof where, "%s", path);
  for (char *l = text, *end = text + len; l < end;) {
    char *nl = memchr(l, '\n', (size_t)(end - l)), *e = nl ? nl : end;
    char *line = l;
    l = nl ? nl + 1 : end;
    lineno++;
    snprintf(where, sizeof where, "%s:%d", path, lineno);
    if (strspn(line, " \t\r") >= (size_t)(e - line)) continue;   /* blank */
    json_error_t je;
    json_t *j = json_loadb(line, (size_t)(e - line), 0, &je);
    if (!j || !json_is_object(j)) {
      json_decref(j);
      if (!nl) break;   /* the torn last line */
      zo_env_error(where, "a damaged line (%s): the log no longer says what the run did, so it can be neither "
                   "continued nor replayed (restore the file, or start a new run)", j ? "not a JSON object" : je.text);
      goto out;
    }
    bool keep;
    if (seed_log && !c->header) {
      if (!json_object_get(j, "zoc_seed_log")) {
        zo_env_error(where, "the first line is not a seed-log header ({\"zoc_seed_log\": 1, ...})");
        json_decref(j);
        goto out;
      }
      c->header = json_incref(j);
      keep = true;
    } else {
      json_t *s = json_object_get(j, "step");
      bool is_eval = json_is_string(json_object_get(j, "split"));
      if (!json_is_integer(s) || json_integer_value(s) != next) {
        if (json_is_integer(s))
          zo_env_error(where, "step %lld where step %lld was expected: the log has a gap or is out of order (a lost "
                       "write, or two processes writing it)", (long long)json_integer_value(s), (long long)next);
        else
          zo_env_error(where, "a line without its \"step\"");
        json_decref(j);
        goto out;
      }
      keep = is_eval ? next <= start : next < start;
      if (keep && is_eval && next == 0 && !c->eval0) c->eval0 = json_incref(j);
      if (keep) c->skipped += json_is_true(json_object_get(j, "skipped"));
      if (!is_eval) next++;
    }
    json_decref(j);
    if (keep) {
      zo_sb_printf(&out, "%.*s\n", (int)(e - line), line);
    }
  }
  if (seed_log && !c->header) {
    zo_env_error(path, "no header line: not a seed log, or one emptied");
    goto out;
  }
  if (next < start) {
    zo_env_error(where, "the log ends at step %lld, but the run saved step %lld (master.safetensors): the lines "
                 "of steps %lld..%lld are lost, so the run can be neither continued nor replayed from it",
                 (long long)next - 1, (long long)start, (long long)next, (long long)start - 1);
    goto out;
  }
  rc = out.len == len && memcmp(out.buf, text, len) == 0 ? 0 : zo_write_file_atomic(path, out.buf ? out.buf : "", out.len);
out:
  zo_sb_free(&out);
  free(text);
  return rc;
}

/* the metrics of an evaluation line of metrics.jsonl (as metrics_obj writes it) */
static void metrics_from_json(json_t *j, ZoMetrics *m) {
  memset(m, 0, sizeof *m);
  json_t *x;
  m->n = json_integer_value(json_object_get(j, "examples"));
  x = json_object_get(j, "loss");
  m->loss = json_is_number(x) ? json_number_value(x) : NAN;
  if ((x = json_object_get(j, "accuracy"))) {
    m->has_accuracy = true;
    m->accuracy = json_is_number(x) ? json_number_value(x) : NAN;
  }
  if ((x = json_object_get(j, "agreement"))) {
    m->has_agreement = true;
    m->agreement = json_is_number(x) ? json_number_value(x) : NAN;
  }
  if ((x = json_object_get(j, "f1"))) {
    m->has_f1 = true;
    m->f1 = json_is_number(x) ? json_number_value(x) : NAN;
    x = json_object_get(j, "em");
    m->em = json_is_number(x) ? json_number_value(x) : NAN;
  }
}

int zo_run_read_state(const char *dir, int64_t *step, uint64_t *run_seed) {
  bool old;
  char *sd = zo_run_state_dir(dir, &old);
  char *p = path_in(sd, "state.json");
  int rc = -1;
  if (!file_exists(p)) {
    zo_env_error(dir, "no %s: the run has not completed a save yet (replay --seeds %s/seeds.jsonl replays "
                 "its whole log)", p, sd);
    free(sd);
    free(p);
    return -1;
  }
  free(sd);
  size_t n;
  char *text = zo_read_file(p, &n);
  json_t *j = text ? json_loadb(text, n, 0, NULL) : NULL;
  json_t *js = json_object_get(j, "step");
  const char *rs = json_string_value(json_object_get(j, "run_seed"));
  char *end = NULL;
  errno = 0;
  unsigned long long seed = rs && !strncmp(rs, "0x", 2) ? strtoull(rs + 2, &end, 16) : 0;
  if (!text) goto out;
  if (!json_is_integer(js) || json_integer_value(js) < 0 || !end || end == rs + 2 || *end || errno) {
    zo_env_error(p, "not a zoc state file ({\"step\": N, \"run_seed\": \"0x...\", ...})");
    goto out;
  }
  *step = json_integer_value(js);
  *run_seed = seed;
  rc = 0;
out:
  json_decref(j);
  free(text);
  free(p);
  return rc;
}

static int write_state(const ZoTrainRun *run, const char *path, int64_t step, bool sharded) {
  char sh[32];
  seed_hex(sh, sizeof sh, run->set.seed);
  const char *ckpt = sharded ? "../" CKPT_STEM ".safetensors.index.json" : "../" ZO_RUN_CHECKPOINT;
  json_t *j = json_pack("{s:I, s:I, s:s, s:s, s:s, s:s, s:I}", "step", (json_int_t)step, "steps",
                        (json_int_t)run->set.steps, "run_seed", sh, "checkpoint", ckpt, "master",
                        "master.safetensors", "seed_log", "seeds.jsonl", "skipped", (json_int_t)run->skipped);
  char *s = json_dumps(j, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
  json_decref(j);
  size_t n = strlen(s);
  char *t = zo_xmalloc(n + 2);
  memcpy(t, s, n);
  t[n] = '\n';
  int rc = zo_write_file_atomic(path, t, n + 1);
  free(t);
  free(s);
  return rc;
}

/* The checkpoint and state.json of a save. Both are written to temporary
 * files first and renamed one right after the other, so that the checkpoint
 * and the step state.json names (which replay --run replays to) disagree only
 * if a kill lands between two renames, not during a whole file's write and
 * fsync. A kill before the renames leaves the last save whole (and the
 * temporary files, removed when the run is resumed). */
static int save_checkpoint_state(ZoTrainRun *run, const ZoParams *ps, int64_t step, const char *state) {
  size_t ns = strlen(state) + 32;
  char *ts = zo_xmalloc(ns), suffix[32];
  snprintf(suffix, sizeof suffix, ".tmp.%ld", (long)getpid());
  snprintf(ts, ns, "%s%s", state, suffix);
  int rc = -1;
  /* past the shard size, every shard and the index are written before any
     is renamed (zo_st_set_commit: what loaders see in between) */
  StSet set;
  uint64_t shard = run->shard_size ? run->shard_size : ZO_ST_SHARD_SIZE;
  if (zo_params_save_checkpoint_set(ps, run->init, run->out_dir, CKPT_STEM, shard, suffix, &set) != 0) goto out;
  if (write_state(run, ts, step, set.sharded) != 0) goto out;
  /* each rename, and its directory synced (the checkpoint's and the state's
     are two): the checkpoint is kept before state.json says it is there */
  if (zo_st_set_commit(&set, CKPT_STEM) != 0) goto out;
  rc = zo_temp_commit(ts, state);
out:
  zo_st_set_free(&set);
  unlink(ts);
  free(ts);
  return rc;
}

/* ---- Ctrl-C: finish the step, save, stop */
static volatile sig_atomic_t g_interrupt;

static void on_sigint(int sig) {
  if (g_interrupt) _exit(128 + sig);   /* a second Ctrl-C: stop now */
  g_interrupt = 1;
}

static double now_s(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static void fmt_eta(char *buf, size_t n, double s) {
  if (!isfinite(s) || s < 0) snprintf(buf, n, "?");
  else if (s < 60) snprintf(buf, n, "%.0fs", s);
  else if (s < 3600) snprintf(buf, n, "%dm%02ds", (int)(s / 60), (int)fmod(s, 60));
  else snprintf(buf, n, "%dh%02dm", (int)(s / 3600), (int)fmod(s / 60, 60));
}

/* the stateless epoch order: a seeded Fisher–Yates permutation per epoch */
typedef struct Order {
  int64_t epoch;
  int n;
  int *perm;
} Order;

static int order_at(Order *o, uint64_t run_seed, int64_t pos) {
  int64_t e = pos / o->n;
  if (e != o->epoch) {
    o->epoch = e;
    for (int i = 0; i < o->n; i++) o->perm[i] = i;
    uint64_t s = zo_rng_mix64(run_seed ^ zo_rng_mix64((uint64_t)e + 0x632BE59BD9B4E019ull));
    for (int i = o->n - 1; i > 0; i--) {
      s = zo_rng_mix64(s + 0x9E3779B97F4A7C15ull);
      int j = (int)(s % (uint64_t)(i + 1));
      int t = o->perm[i];
      o->perm[i] = o->perm[j];
      o->perm[j] = t;
    }
  }
  return o->perm[pos % o->n];
}

/* a backend that updates the trained tensors itself hands them back before
   the host reads them (a save) */
static int params_to_host(ZoTrainRun *run, void *state, ZoParams *ps) {
  return run->be->params_to_host ? run->be->params_to_host(state, ps) : 0;
}

/* the evaluation on the training's own backend state: it holds the trained
   tensors as they are now (a backend that keeps copies updates them, in place
   or through weights_changed), so nothing is opened, uploaded or compiled again
   and no second copy of the weights is held (on a GPU, twice the memory) */
static int run_eval(ZoTrainRun *run, void *state, int64_t V, int64_t step, RunLog *metrics, ZoMetrics *m) {
  if (zo_evaluate(run->be, state, V, run->eval, run->set.batch, run->tok, m) != 0) return -1;
  char *s = dump_line(metrics_obj(m, step));
  int rc = log_write(metrics, s, step, true);
  free(s);
  return rc;
}

static int save_all(ZoTrainRun *run, const ZoParams *ps, int64_t step, const char *ckpt, const char *master,
                    const char *state, RunLog *seeds, RunLog *metrics) {
  if (zo_params_nonfinite(ps)) {
    zo_env_error(ckpt, "not saved: trained tensor '%s' holds NaN or Inf at step %lld", zo_params_nonfinite(ps),
                 (long long)step);
    return -1;
  }
  /* the logs on disk first: a saved state never refers to lines a crash can
     still take back; the masters are the resume state: next; the state file
     says all is done: last */
  if (log_sync(seeds, step) != 0 || log_sync(metrics, step) != 0) return -1;
  if (zo_params_save_master(ps, master, step, run->set.seed) != 0) return -1;
  return save_checkpoint_state(run, ps, step, state);
}

int zo_train(ZoTrainRun *run) {
  const ZoTrainSettings *set = &run->set;
  if (zo_train_settings_check(set) != 0) return -1;
  int64_t V = zo_train_vocab(run->f);
  if (V <= 0) {
    zo_env_error(run->f->name, "training needs logits [B, T, V] as the model's first output");
    return -1;
  }
  if (!run->train || run->train->n == 0) {
    zo_env_error("training data", "no examples");
    return -1;
  }
  if (zo_fit_train(run) != 0) return -1;   /* the batch and the rows fit this machine (runtime/fit.c) */
  char *p_seeds = path_in(run->out_dir, run_files[3]), *p_metrics = path_in(run->out_dir, run_files[4]);
  char *p_ckpt = path_in(run->out_dir, run_files[0]), *p_master = path_in(run->out_dir, run_files[1]);
  char *p_state = path_in(run->out_dir, run_files[2]);
  char *p_sdir = path_in(run->out_dir, ZO_RUN_STATE_DIR);
  ZoParams ps = {0};
  void *state = NULL;
  RunLog lseeds = {p_seeds, -1}, lmetrics = {p_metrics, -1};
  LogCut cs = {0}, cm = {0};
  int lock = -1;
  Batch b = {0};
  Order order = {.epoch = -1, .n = run->train->n, .perm = zo_xmalloc((size_t)run->train->n * sizeof(int))};
  const ZoItem **items = zo_xmalloc((size_t)set->batch * sizeof(ZoItem *));
  struct sigaction old_sa, old_term, sa;
  bool sig_installed = false, term_installed = false;
  int64_t max_nan = run->max_nan_run > 0 ? run->max_nan_run : ZO_TRAIN_MAX_NAN_RUN;
  int rc = -1;
  int nq = (int)set->queries;
  uint64_t seeds[256];
  float d[256];
  double lp[256], lm[256];
  run->steps_done = 0;
  run->skipped = 0;
  run->interrupted = false;
  run->evaluated = false;
  run->has_first_eval = false;

  /* the trained tensors before the directory: a recipe that cannot train
     this checkpoint leaves nothing behind */
  if (zo_params_init(&ps, run->f, set->scale_min, zo_params_mode(set), run->threads) != 0) goto out;
  int64_t total = 0;
  for (int k = 0; k < ps.n; k++) total += ps.p[k].n;
  /* the directory: made (by a new run only) and locked before anything in it
     is read or written */
  struct stat sb;
  if (run->resume && (stat(run->out_dir, &sb) != 0 || !S_ISDIR(sb.st_mode))) {
    zo_env_error(run->out_dir, "nothing to resume: %s", stat(run->out_dir, &sb) != 0 ? strerror(errno) : "not a directory");
    goto out;
  }
  if (!run->resume && zo_make_dirs(run->out_dir, false) != 0) goto out;
  if (check_run_dir_owner(run->out_dir) != 0 || refuse_old_layout(run->out_dir) != 0) goto out;
  if (run->resume && stat(p_sdir, &sb) != 0) {
    zo_env_error(run->out_dir, "nothing to resume: no %s/ (the resume state of a run)", ZO_RUN_STATE_DIR);
    goto out;
  }
  if (!run->resume && zo_make_dirs(p_sdir, false) != 0) goto out;
  if (check_run_dir_owner(p_sdir) != 0) goto out;
  if ((lock = lock_run_dir(run->out_dir)) < 0) goto out;
  remove_stale_tmp(run);
  if (check_outputs(run) != 0) goto out;

  int64_t start = 0;
  bool fresh = !run->resume, has_master = file_exists(p_master), has_state = file_exists(p_state);
  if (!run->resume) {
    /* a saved state is a run; logs without one are a start that failed
       (bad settings, out of memory, NaN from the first step): started again */
    if (has_master || has_state) {
      zo_env_error(run->out_dir, "holds a run already (%s): continue it with --resume, or choose another --out",
                   has_master ? "master.safetensors" : "state.json");
      goto out;
    }
    char *p_index = path_in(run->out_dir, CKPT_STEM ".safetensors.index.json");
    const char *there = file_exists(p_ckpt) ? p_ckpt : file_exists(p_index) ? p_index : NULL;
    bool has_ckpt = there != NULL;
    if (has_ckpt)
      zo_env_error(there, "is not of a zoc run (there is no " STATE_DIR "master.safetensors or state.json beside "
                   "it): not overwritten; choose another --out");
    free(p_index);
    if (has_ckpt) goto out;
  } else if (!has_master) {
    if (has_state) {
      zo_env_error(p_master, "missing, though state.json says the run saved: it cannot be resumed without its "
                   "masters (restore the file, or start a new run in another directory)");
      goto out;
    }
    if (!file_exists(p_seeds)) {
      zo_env_error(run->out_dir, "nothing to resume: no master.safetensors and no seeds.jsonl (no run was started here)");
      goto out;
    }
    /* stopped before its first save: nothing was kept but the logs' first lines */
    fprintf(stderr, "zoc: note: %s: the run was stopped before its first save; starting it again from step 0\n",
            run->out_dir);
    fresh = true;
  }
  if (!fresh) {
    uint64_t seed;
    if (zo_params_load_master(&ps, p_master, &start, &seed) != 0) goto out;
    if (seed != set->seed) {
      zo_env_error(p_master, "the run used seed %" PRIu64 ", not %" PRIu64 ": resume with the same settings (--seed %" PRIu64 ")",
                   seed, set->seed, seed);
      goto out;
    }
    /* the logs may run ahead of the last save: checked, and cut back to it
       (the skipped steps before it count: state.json keeps the run's total) */
    const char *lost = !file_exists(p_seeds) ? p_seeds : !file_exists(p_metrics) ? p_metrics : NULL;
    if (lost) {
      zo_env_error(lost, "missing: the run saved step %lld, but its log is gone; it cannot be continued",
                   (long long)start);
      goto out;
    }
    if (cut_log(p_seeds, start, true, &cs) != 0 || cut_log(p_metrics, start, false, &cm) != 0) goto out;
    run->skipped = cs.skipped;
    char sh[32];
    seed_hex(sh, sizeof sh, seed);
    const char *hs = json_string_value(json_object_get(cs.header, "run_seed"));
    if (!hs || strcmp(hs, sh) != 0) {
      zo_env_error(p_seeds, "the log is of run seed %s, but master.safetensors of %s: they are of two runs", hs ? hs : "?",
                   sh);
      goto out;
    }
    bool same = json_integer_value(json_object_get(cs.header, "queries")) == set->queries &&
                json_number_value(json_object_get(cs.header, "scale_min")) == set->scale_min &&
                json_number_value(json_object_get(cs.header, "weight_decay")) == set->weight_decay;
    if (!same) {
      zo_env_error(p_seeds, "written with other queries/scale_min/weight_decay: resume with the run's settings");
      goto out;
    }
    ZoParamsMode lm;
    if (zo_seed_log_mode(cs.header, p_seeds, &lm) != 0) goto out;
    if (lm.rounding != ps.mode.rounding || lm.masters != ps.mode.masters) {
      zo_env_error(p_seeds, "written with update_rounding = %s, masters = %s: resume with the run's settings",
                   lm.rounding ? "stochastic" : "nearest", lm.masters ? "none" : "f32");
      goto out;
    }
    if (cm.eval0) {
      metrics_from_json(cm.eval0, &run->first_eval);
      run->has_first_eval = true;
    }
  }
  if (!fresh && start >= set->steps) {
    /* a last save stopped after the masters (a failed checkpoint write, a
       kill) left the checkpoint and state.json behind them: redone here, as
       a continued run redoes them below */
    int64_t st_step = -1;
    uint64_t st_seed;
    if (!file_exists(p_state) || zo_run_read_state(run->out_dir, &st_step, &st_seed) != 0 || st_step != start) {
      if (save_checkpoint_state(run, &ps, start, p_state) != 0) goto out;
      fprintf(stderr, "zoc: note: %s: the checkpoint of step %lld, whose save had not completed, is written\n",
              run->out_dir, (long long)start);
    }
    fprintf(stderr, "zoc: note: %s: the run is complete (step %lld of %lld): nothing to do (--steps N continues it)\n",
            run->out_dir, (long long)start, (long long)set->steps);
    rc = 0;
    goto out;
  }
  if (fresh && copy_side_files(run) != 0) goto out;
  zo_train_settings_to_recipe(set, run->f);   /* the forward's precision, as --set may have changed it */
  if (!(state = run->be->open(run->f, run->threads, run->target))) goto out;
  if (log_open(&lseeds, fresh) != 0 || log_open(&lmetrics, fresh) != 0) goto out;
  if (fresh) {
    char sh[32];
    seed_hex(sh, sizeof sh, set->seed);
    json_t *h = json_pack("{s:i, s:s, s:s, s:s, s:s, s:I, s:f, s:f, s:f, s:f, s:s, s:s, s:I, s:I}", "zoc_seed_log", 1,
                          "run", run->describe ? run->describe : "", "model", run->f->name ? run->f->name : "", "recipe",
                          run->f->recipe ? run->f->recipe->name : "", "run_seed", sh, "queries", (json_int_t)nq, "eps", set->eps,
                          "clip", set->clip, "scale_min", set->scale_min, "weight_decay", set->weight_decay,
                          "update_rounding", set->update_rounding ? "stochastic" : "nearest", "masters",
                          set->masters ? "none" : "f32", "trained_tensors", (json_int_t)ps.n, "trained_elements",
                          (json_int_t)total);
    char *s = dump_line(h);
    int e = log_write(&lseeds, s, -1, false);
    free(s);
    if (e) goto out;
  } else {
    /* a kill between the master and the checkpoint leaves the checkpoint behind: redo it */
    if (save_checkpoint_state(run, &ps, start, p_state) != 0) goto out;
  }
  if (run->eval && start == 0 && !run->has_first_eval) {
    if (run_eval(run, state, V, 0, &lmetrics, &run->first_eval) != 0) goto out;
    run->evaluated = true;
    run->has_first_eval = true;
    run->last_eval = run->first_eval;
  }

  sa.sa_handler = on_sigint;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0;
  g_interrupt = 0;
  if (sigaction(SIGINT, &sa, &old_sa) == 0) sig_installed = true;
  if (sigaction(SIGTERM, &sa, &old_term) == 0) term_installed = true;

  bool tty = !run->quiet && isatty(STDERR_FILENO);
  double t0 = now_s(), last_print = 0;
  int64_t nan_run = 0;
  int64_t saved_at = fresh ? -1 : start;
  int64_t k;
  for (k = start; k < set->steps; k++) {
    int n = (int)set->batch;
    for (int i = 0; i < n; i++) items[i] = &run->train->it[order_at(&order, set->seed, k * set->batch + i)];
    batch_build(&b, items, n, 2, V);
    double lr = zo_train_lr_at(set, k);
    bool bad = false;
    for (int q = 0; q < nq; q++) {
      seeds[q] = zo_rng_step_seed(set->seed, (uint64_t)k, (uint32_t)q);
      Perturb pt = {seeds[q], (float)set->eps, b.R};
      if (batch_forward(run->be, state, &b, 2 * b.R, &pt) != 0) goto out;
      lp[q] = batch_loss(&b, items, n, 0);
      lm[q] = batch_loss(&b, items, n, 1);
      double g = (lp[q] - lm[q]) / (2 * (double)(float)set->eps);
      if (!isfinite(lp[q]) || !isfinite(lm[q]) || isnan(g)) bad = true;
      if (set->clip > 0) g = g > set->clip ? set->clip : g < -set->clip ? -set->clip : g;
      d[q] = (float)g;
      if (!isfinite(d[q])) bad = true;
    }
    json_t *line = json_object(), *mline = json_object();
    json_object_set_new(line, "step", json_integer(k));
    json_object_set_new(mline, "step", json_integer(k));
    json_t *js = json_array(), *jd = json_array(), *jp = json_array(), *jm = json_array();
    for (int q = 0; q < nq; q++) {
      char sh[32];
      seed_hex(sh, sizeof sh, seeds[q]);
      json_array_append_new(js, json_string(sh));
      json_array_append_new(jd, bad ? json_null() : json_real(d[q]));
      json_array_append_new(jp, isfinite(lp[q]) ? json_real(lp[q]) : json_null());
      json_array_append_new(jm, isfinite(lm[q]) ? json_real(lm[q]) : json_null());
    }
    if (nq == 1) {
      json_t *x;
      x = json_incref(json_array_get(js, 0)), json_decref(js), js = x;
      x = json_incref(json_array_get(jd, 0)), json_decref(jd), jd = x;
      x = json_incref(json_array_get(jp, 0)), json_decref(jp), jp = x;
      x = json_incref(json_array_get(jm, 0)), json_decref(jm), jm = x;
    }
    json_object_set_new(line, "seed", js);
    json_object_set(line, "d", jd);
    json_object_set(line, "loss_plus", jp);
    json_object_set(line, "loss_minus", jm);
    json_object_set_new(line, "lr", json_real(lr));
    json_object_set_new(mline, "loss_plus", jp);
    json_object_set_new(mline, "loss_minus", jm);
    json_object_set_new(mline, "d", jd);
    json_object_set_new(mline, "lr", json_real(lr));
    if (bad) {
      json_object_set_new(line, "skipped", json_true());
      json_object_set_new(mline, "skipped", json_true());
      run->skipped++;
      nan_run++;
    } else {
      nan_run = 0;
      int ur = run->be->update ? run->be->update(state, &ps, nq, seeds, d, lr, set->weight_decay) : 1;
      if (ur < 0) goto out;
      if (ur > 0) {   /* on the host, then the backend's copies */
        zo_params_update(&ps, nq, seeds, d, lr, set->weight_decay);
        if (run->be->weights_changed && run->be->weights_changed(state) != 0) goto out;
      }
    }
    char *s1 = dump_line(line), *s2 = dump_line(mline);
    int we = log_write(&lseeds, s1, k, false) != 0 || log_write(&lmetrics, s2, k, false) != 0;
    free(s1);
    free(s2);
    if (we) goto out;
    run->steps_done = k + 1 - start;
    /* a run that never had a finite loss is stopped at its end too: it trained nothing */
    bool all_bad = start == 0 && k + 1 == set->steps && run->skipped == k + 1;
    if (nan_run >= max_nan || all_bad) {
      if (tty) fprintf(stderr, "\n");
      zo_env_error("training", "the loss was NaN or Inf in %lld steps in a row (steps %lld..%lld; %lld skipped in all): "
                   "stopping without saving this state. The model gives NaN on this data (a NaN/Inf weight in the "
                   "checkpoint?) or the updates diverged (lower lr, or set clip).",
                   (long long)nan_run, (long long)(k + 1 - nan_run), (long long)k, (long long)run->skipped);
      goto out;
    }
    if (tty && (now_s() - last_print > 0.25 || k + 1 == set->steps)) {
      last_print = now_s();
      double rate = (double)(k + 1 - start) / (last_print - t0 + 1e-9);
      char eta[32];
      fmt_eta(eta, sizeof eta, (double)(set->steps - k - 1) / rate);
      double loss = 0;
      for (int q = 0; q < nq; q++) loss += 0.5 * (lp[q] + lm[q]);
      fprintf(stderr, "\rstep %lld/%lld  loss %.4f  d %+.3g  %.1f steps/s  ETA %s   ", (long long)(k + 1),
              (long long)set->steps, loss / nq, (double)d[0], rate, eta);
      fflush(stderr);
    }
    bool last = k + 1 == set->steps;
    if (run->eval && set->eval_every > 0 && (k + 1) % set->eval_every == 0 && !last) {
      if (run_eval(run, state, V, k + 1, &lmetrics, &run->last_eval) != 0) goto out;
      run->evaluated = true;
    }
    if (g_interrupt || last || (set->save_every > 0 && (k + 1) % set->save_every == 0)) {
      if (params_to_host(run, state, &ps) != 0 || save_all(run, &ps, k + 1, p_ckpt, p_master, p_state, &lseeds, &lmetrics) != 0) goto out;
      saved_at = k + 1;
    }
    if (g_interrupt) {
      run->interrupted = true;
      k++;
      break;
    }
  }
  if (tty) fprintf(stderr, "\n");
  if (saved_at != k && (params_to_host(run, state, &ps) != 0 || save_all(run, &ps, k, p_ckpt, p_master, p_state, &lseeds, &lmetrics) != 0))
    goto out;   /* steps = start */
  if (run->interrupted) {
    fprintf(stderr, "zoc: interrupted: stopped after step %lld of %lld and saved %s; continue with --resume\n",
            (long long)k, (long long)set->steps, p_ckpt);
  } else if (run->eval) {
    if (run_eval(run, state, V, k, &lmetrics, &run->last_eval) != 0) goto out;
    run->evaluated = true;
  }
  rc = 0;
out:
  if (sig_installed) sigaction(SIGINT, &old_sa, NULL);
  if (term_installed) sigaction(SIGTERM, &old_term, NULL);
  if (state) run->be->close(state);
  if (lseeds.fd >= 0) close(lseeds.fd);
  if (lmetrics.fd >= 0) close(lmetrics.fd);
  if (lock >= 0) close(lock);   /* the lock goes with the last descriptor of its open file */
  json_decref(cs.header);
  json_decref(cs.eval0);
  json_decref(cm.header);
  json_decref(cm.eval0);
  batch_free(&b);
  free(items);
  free(order.perm);
  zo_params_free(&ps);
  free(p_seeds);
  free(p_metrics);
  free(p_ckpt);
  free(p_master);
  free(p_state);
  free(p_sdir);
  return rc;
}
