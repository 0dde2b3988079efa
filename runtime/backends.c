/* backends.c — the backends built into this zoc, by name. */
#include <math.h>
#include <string.h>

#include "runtime/exec.h"
#include "support/support.h"

extern const Backend zo_backend_ref;
extern const Backend zo_backend_cuda;
#ifdef ZOC_HAVE_LLVM
extern const Backend zo_backend_cpu;
#endif

static const Backend *const backends[] = {
#ifdef ZOC_HAVE_LLVM
  &zo_backend_cpu,
#endif
  &zo_backend_ref,
  &zo_backend_cuda,
};

const Backend *zo_backend(const char *name) {
  for (size_t i = 0; i < sizeof backends / sizeof *backends; i++)
    if (strcmp(backends[i]->name, name) == 0) return backends[i];
  return NULL;
}

int zo_dim_pure_sym(Dim d) {
  int s = -1;
  if (d.coef != 1) return -1;
  for (int i = 0; i < ZO_MAX_SYMS; i++) {
    if (d.exp[i] == 0) continue;
    if (d.exp[i] != 1 || s >= 0) return -1;
    s = i;
  }
  return s;
}

int zo_model_io(Func *f, const char *backend, ModelIO *io) {
  *io = (ModelIO){.sym_b = -1, .sym_t = -1};
  Block *b = f->body;
  int ninputs = 0;
  for (int i = 0; i < b->vals.len; i++) {
    Value *v = b->vals.data[i];
    if (v->op == ZO_OP_INPUT) {
      io->input = v;
      ninputs++;
    }
    if (v->op == ZO_OP_WEIGHT)
      for (int s = 0; s < v->w->nstorage; s++)
        if (!v->w->data[s]) {
          zo_env_error(f->name, "weight '%s' has no data bound (load a checkpoint first)", v->w->pattern);
          return -1;
        }
  }
  Value *in = io->input;
  if (ninputs != 1 || in->type.rank != 2 || in->type.dtype != ZO_DT_I32 ||
      (io->sym_b = zo_dim_pure_sym(in->type.dims[0])) < 0 || (io->sym_t = zo_dim_pure_sym(in->type.dims[1])) < 0 ||
      io->sym_b == io->sym_t || in->buffer < 0) {
    zo_env_error(f->name, "the %s backend runs models with one input: i32 token ids [B, T] (B and T symbols)", backend);
    return -1;
  }
  io->output = f->outputs.len ? f->outputs.data[0] : NULL;
  if (!io->output || io->output->type.dtype != ZO_DT_F32 || io->output->buffer < 0) {
    zo_env_error(f->name, "the %s backend needs the model's first output to be f32 activations", backend);
    return -1;
  }
  return 0;
}

static int check_ids(const Func *f, const Value *input, const int32_t *tokens, int64_t n, int64_t T) {
  Block *b = f->body;
  for (int i = 0; i < b->vals.len; i++) {
    const Value *v = b->vals.data[i];
    if (v->op != ZO_OP_EMBEDDING) continue;
    const Value *ids = v->arg[1];
    int64_t V = v->arg[0]->type.dims[0].coef;
    if (ids == input) {
      for (int64_t j = 0; j < n; j++)
        if (tokens[j] < 0 || tokens[j] >= V) {
          zo_env_error(f->name, "token id %d at position %lld is outside the vocabulary of %lld", tokens[j],
                       (long long)j, (long long)V);
          return -1;
        }
    } else if (ids->op == ZO_OP_POSITIONS) {
      int64_t top = T - 1 + (int64_t)ids->attr[0];
      if (top >= V) {
        zo_env_error(f->name, "a sequence of %lld tokens needs position %lld, but the position table has %lld rows",
                     (long long)T, (long long)top, (long long)V);
        return -1;
      }
    }
  }
  return 0;
}

/* The vocabulary: the rows of the table the input ids are looked up in (the
 * smallest, if several), else the logits' last dimension. */
int64_t zo_model_vocab(const Func *f) {
  int64_t V = -1;
  const Block *b = f->body;
  for (int i = 0; i < b->vals.len; i++) {
    const Value *v = b->vals.data[i];
    if (v->op == ZO_OP_EMBEDDING && v->arg[1]->op == ZO_OP_INPUT && zo_dim_is_const(v->arg[0]->type.dims[0])) {
      int64_t rows = v->arg[0]->type.dims[0].coef;
      if (V < 0 || rows < V) V = rows;
    }
  }
  if (V < 0 && f->outputs.len) {
    const Value *o = f->outputs.data[0];
    if (o->type.rank >= 1 && zo_dim_is_const(o->type.dims[o->type.rank - 1])) V = o->type.dims[o->type.rank - 1].coef;
  }
  return V;
}

int64_t zo_model_out_cols(const Func *f) {
  const Value *o = f->outputs.data[0];
  return o->type.dims[o->type.rank - 1].coef;
}

int64_t zo_model_logits_vocab(const Func *f, const char *what) {
  const Value *o = f->outputs.len ? f->outputs.data[0] : NULL;
  if (!o || o->type.rank != 3 || !zo_dim_is_const(o->type.dims[2])) {
    zo_env_error(f->name, "%s need logits [B, T, V] as the first output", what);
    return -1;
  }
  return o->type.dims[2].coef;
}

int zo_check_forward(const Func *f, const Value *input, const int32_t *tokens, int64_t B, int64_t T, const Perturb *p) {
  if (B < 1 || T < 1) {
    zo_env_error(f->name, "a forward needs B >= 1 and T >= 1 (got %lld, %lld)", (long long)B, (long long)T);
    return -1;
  }
  if (p && p->eps != 0) ZO_ASSERT(p->split >= 0 && p->split <= B);
  return check_ids(f, input, tokens, B * T, T);
}

void zo_logp_positions(const float *logits, const int32_t *targets, int64_t n, int64_t V, double *lp, uint8_t *hit) {
  for (int64_t r = 0; r < n; r++) {
    int32_t y = targets[r];
    lp[r] = 0;
    hit[r] = 0;
    if (y < 0) continue;
    const float *x = logits + r * V;
    float mx = x[0];
    int64_t am = 0;
    for (int64_t v = 1; v < V; v++)
      if (x[v] > mx || (isnan(x[v]) && !isnan(mx))) {
        mx = x[v];
        am = v;
      }
    double s = 0;
    for (int64_t v = 0; v < V; v++) s += exp((double)x[v] - (double)mx);
    lp[r] = (double)x[y] - (double)mx - log(s);
    hit[r] = am == y;
  }
}
