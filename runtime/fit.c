/* fit.c — the memory a forward, a training run and an evaluation need at the
 * user's sizes (see fit.h).
 *
 * Approach: the activations of a forward are the memory plan (passes/
 * memplan.c) made again at the B and T in question, then put back at the
 * compiled sizes; the host buffers beside it are counted the way
 * runtime/train.c sizes them (a batch's rows: token ids, targets, log-probs
 * and hits, 17 bytes a position; the logits, 4·V bytes a position, only for
 * a backend without its own log-probs). The counts are upper bounds: every
 * item of a batch counted with the most rows any item has, every row with
 * the longest row's length, as a batch of the worst items would be. The
 * trained tensors' copies are counted as zo_params_init makes them. */
#include "runtime/fit.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "passes/passes.h"
#include "runtime/weights.h"
#include "support/memfit.h"

/* whether storage s of value i is a tensor an earlier perturbed storage names (tied) */
static bool seen_before(Func *f, int i, int s) {
  const char *name = zo_weight_tensor_name(f, f->body->vals.data[i], s);
  for (int j = 0; j <= i; j++) {
    const Value *u = f->body->vals.data[j];
    if (u->op != ZO_OP_WEIGHT) continue;
    for (int t = 0; t < (j == i ? s : u->w->nstorage); t++)
      if (u->w->perturbed[t] && strcmp(zo_weight_tensor_name(f, u, t), name) == 0) return true;
  }
  return false;
}

/* the symbols of the token input [B, T]; false if the model has no such input
   (the backend's open says so) */
static bool token_syms(const Func *f, int *sb, int *st) {
  for (int i = 0; i < f->body->vals.len; i++) {
    const Value *v = f->body->vals.data[i];
    if (v->op != ZO_OP_INPUT || v->type.rank != 2) continue;
    *sb = zo_dim_pure_sym(v->type.dims[0]);
    *st = zo_dim_pure_sym(v->type.dims[1]);
    return *sb >= 0 && *st >= 0 && *sb != *st;
  }
  return false;
}

/* the activation arena at B x T (0: a backend whose activations are not on
   the host, or no token input); -1 after a message (a tensor too large) */
static int64_t arena_at(Func *f, const Backend *be, int64_t B, int64_t T) {
  int sb, st;
  if (be->device_bytes || !token_syms(f, &sb, &st)) return 0;
  int64_t b0 = f->sym_default[sb], t0 = f->sym_default[st];
  f->sym_default[sb] = B;
  f->sym_default[st] = T;
  bool ok = zo_memplan(f, false);
  int64_t bytes = f->plan.arena_bytes;
  f->sym_default[sb] = b0;
  f->sym_default[st] = t0;
  ZO_ASSERT(zo_memplan(f, false));   /* the compiled sizes were planned before */
  return ok ? bytes : -1;
}

int zo_fit_forward(Func *f, const Backend *be, int64_t B, int64_t T, int64_t host_extra, const char *what,
                   const char *fix) {
  int64_t arena = arena_at(f, be, B, T);
  if (arena < 0) return -1;
  char full[512], a[64], b[64];
  snprintf(full, sizeof full, "%s, a forward of B=%lld x T=%lld tokens (activations %s, buffers %s)", what, (long long)B,
           (long long)T, zo_mem_str(a, sizeof a, arena), zo_mem_str(b, sizeof b, host_extra));
  return zo_mem_fit(full, zo_mem_add(arena, host_extra), "%s", fix);
}

/* ---- training */

/* the most rows an item has and the longest row (a generated answer's
   decoding grows its prompt by up to 50 tokens, one row at a time) */
typedef struct Shape {
  int64_t rows, len, decode;
} Shape;

static Shape items_shape(const ZoItems *items) {
  Shape s = {1, 1, 0};
  for (int i = 0; items && i < items->n; i++) {
    const ZoItem *it = &items->it[i];
    if (it->nrows > s.rows) s.rows = it->nrows;
    for (int r = 0; r < it->nrows; r++)
      if (it->rows[r].n > s.len) s.len = it->rows[r].n;
    if (it->kind == ZO_ITEM_GEN && it->nprompt + 50 > s.decode) s.decode = it->nprompt + 50;
  }
  return s;
}

/* a batch's host buffers: 17 bytes a position, and the logits without Backend.logp */
static int64_t batch_bytes(const Backend *be, int64_t rows, int64_t T, int64_t V) {
  int64_t pos = zo_mem_mul(rows, T);
  return zo_mem_add(zo_mem_mul(pos, 17), be->logp ? 0 : zo_mem_mul(pos, zo_mem_mul(V, 4)));
}

/* An evaluation of items, batch at a time (then the decoding of generated
 * answers, one row at a time), beside `beside` host bytes and an arena of at
 * least `arena_floor` already there. 0, or -1 after a message. */
static int fit_eval(Func *f, const Backend *be, const ZoItems *items, int64_t batch, int64_t V, int64_t beside,
                    int64_t arena_floor, const char *cmd, const char *fix) {
  if (!items || items->n == 0) return 0;
  Shape ev = items_shape(items);
  int64_t chunk = batch < items->n ? batch : items->n;
  int64_t rows = zo_mem_mul(chunk, ev.rows);
  int64_t arena = arena_at(f, be, rows, ev.len);
  if (arena < 0) return -1;
  int64_t buf = zo_mem_add(beside, zo_mem_add(zo_mem_mul(chunk, 8), batch_bytes(be, rows, ev.len, V)));
  if (ev.decode > 0) {
    int64_t darena = arena_at(f, be, 1, ev.decode);
    if (darena < 0) return -1;
    if (darena > arena) arena = darena;
    buf = zo_mem_add(buf, zo_mem_mul(ev.decode, zo_mem_mul(V, 4)));
  }
  if (arena_floor > arena) arena = arena_floor;
  char what[512], a[64], b[64];
  snprintf(what, sizeof what, "%s, an evaluation of %lld items at a time (%lld rows of up to %lld tokens: activations %s, "
           "buffers %s)", cmd, (long long)chunk, (long long)rows, (long long)(ev.decode > ev.len ? ev.decode : ev.len),
           zo_mem_str(a, sizeof a, arena), zo_mem_str(b, sizeof b, buf));
  return zo_mem_fit(what, zo_mem_add(arena, buf), "%s", fix);
}

/* what to change: the batch's option, and rows (a task's prompt is cut by --max-len; an lm row, all targets, is not) */
static const char *rows_fix(char *buf, size_t n, const char *opt, int64_t batch) {
  snprintf(buf, n, "use a smaller batch (%s, now %lld) or shorter rows (--max-len N cuts a task's prompts; an lm line "
           "is cut in --data)", opt, (long long)batch);
  return buf;
}

int zo_fit_eval(Func *f, const Backend *be, const ZoItems *items, int64_t batch) {
  int64_t V = zo_train_vocab(f);
  char fix[256];
  if (V <= 0 || batch < 1) return 0;   /* zo_evaluate says what is wrong */
  return fit_eval(f, be, items, batch, V, 0, 0, "zoc eval", rows_fix(fix, sizeof fix, "--batch N", batch));
}

/* the trained tensors' copies (runtime/trainstate.c's zo_params_init): a
   working copy each in its dtype, and its f32 master unless masters = none
   (a tensor perturbed through several uses counted once) */
static int64_t trained_bytes(Func *f, int masters) {
  int64_t total = 0;
  Block *b = f->body;
  for (int i = 0; i < b->vals.len; i++) {
    const Value *v = b->vals.data[i];
    if (v->op != ZO_OP_WEIGHT) continue;
    for (int s = 0; s < v->w->nstorage; s++) {
      if (!v->w->perturbed[s] || seen_before(f, i, s)) continue;
      int64_t es = (int64_t)zo_dtype_size(zo_weight_storage_dtype(v, s)) + (masters == 0 ? 4 : 0);
      total = zo_mem_add(total, zo_mem_mul(zo_weight_storage_numel(v, s), es));
    }
  }
  return total;
}

int zo_fit_train(const ZoTrainRun *run) {
  const ZoTrainSettings *set = &run->set;
  if (set->batch > INT_MAX) {   /* items are counted in int */
    zo_env_error("training settings", "batch = %lld is more than %d items a step", (long long)set->batch, INT_MAX);
    return -1;
  }
  int64_t V = zo_train_vocab(run->f);
  if (V <= 0 || !run->train || run->train->n == 0) return 0;   /* zo_train says what is missing */
  Func *f = run->f;
  const Backend *be = run->be;
  char fix[256], what[512], a[64], b[64];
  rows_fix(fix, sizeof fix, "--set batch=N", set->batch);
  /* a step: batch items, each sign's copy of them */
  Shape tr = items_shape(run->train);
  int64_t rows = zo_mem_mul(2, zo_mem_mul(set->batch, tr.rows));
  int64_t arena = arena_at(f, be, rows, tr.len);
  if (arena < 0) return -1;
  int64_t buffers = zo_mem_add(zo_mem_mul(set->batch, 8), batch_bytes(be, rows, tr.len, V));
  snprintf(what, sizeof what, "zoc train, a step of %lld items (%lld rows of up to %lld tokens: activations %s, buffers %s)",
           (long long)set->batch, (long long)rows, (long long)tr.len, zo_mem_str(a, sizeof a, arena),
           zo_mem_str(b, sizeof b, buffers));
  if (zo_mem_fit(what, zo_mem_add(arena, buffers), "%s", fix) != 0) return -1;
  int64_t tb = trained_bytes(f, set->masters);
  snprintf(what, sizeof what, "zoc train, the trained tensors' working copies%s", set->masters ? "" : " and f32 masters");
  if (zo_mem_fit(what, tb, "a recipe that perturbs fewer tensors%s, or a smaller model",
                 set->masters ? "" : ", --set masters=none (with update_rounding=stochastic)") != 0)
    return -1;
  /* its evaluations, beside the step's buffers (the arena grows to the larger) */
  return fit_eval(f, be, run->eval, set->batch, V, buffers, arena, "zoc train", fix);
}
