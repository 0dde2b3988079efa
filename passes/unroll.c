/* unroll.c — repeat blocks become straight-line code.
 *
 * Innermost repeats are expanded first (recursively), then each iteration's
 * body is copied into the enclosing block with the loop-carried arguments
 * replaced by the previous iteration's yields and {var} in weight names
 * replaced by the iteration number. A repeat's results become the last
 * iteration's yields. After this pass the function is one flat block. */
#include <string.h>

#include "passes/passes.h"

typedef struct Unroll {
  Func *f;
} Unroll;

static Value *resolve(Value *v) {
  while (v && v->repl) v = v->repl;
  return v;
}

/* "model.layers.{l}.mlp" with l = 3 → "model.layers.3.mlp" */
static const char *substitute(Func *f, const char *pattern, const char *var, int64_t value) {
  char key[80];
  snprintf(key, sizeof key, "{%s}", var);
  if (!strstr(pattern, key)) return pattern;
  StrBuf sb = {0};
  size_t klen = strlen(key);
  for (const char *s = pattern; *s;) {
    if (strncmp(s, key, klen) == 0) {
      zo_sb_printf(&sb, "%lld", (long long)value);
      s += klen;
    } else zo_sb_putc(&sb, *s++);
  }
  const char *out = zo_arena_strdup(&f->arena, sb.buf);
  zo_sb_free(&sb);
  return out;
}

static void unroll_block(Unroll *u, Block *b);

static void expand(Unroll *u, Value *rep, Block *into) {
  Block *body = rep->body;
  int nc = body->nparams;
  Value **carried = zo_xcalloc((size_t)nc + 1, sizeof(Value *));
  for (int i = 0; i < nc; i++) carried[i] = resolve(rep->arg[i]);
  for (int64_t it = rep->lo; it < rep->hi; it++) {
    for (int i = 0; i < nc; i++) body->params[i]->repl = carried[i];
    for (int j = 0; j < body->vals.len; j++) {
      Value *v = body->vals.data[j];
      if (v->op == ZO_OP_YIELD) {
        for (int i = 0; i < nc; i++) carried[i] = resolve(v->arg[i]);
        continue;
      }
      Value *c = zo_value_new(u->f, into, v->op, v->narg, NULL, v->loc);
      Value **args = c->arg;
      *c = *v;
      c->arg = args;
      c->repl = NULL;
      for (int a = 0; a < v->narg; a++) c->arg[a] = resolve(v->arg[a]);
      if (v->w) {
        Weight *w = zo_arena_alloc(&u->f->arena, sizeof *w);
        *w = *v->w;
        w->pattern = substitute(u->f, v->w->pattern, rep->name, it);
        c->w = w;
      }
      v->repl = c;
    }
    /* the next iteration copies afresh: forget this one's mapping */
    for (int j = 0; j < body->vals.len; j++) body->vals.data[j]->repl = NULL;
  }
  for (int i = 0; i < nc; i++) body->params[i]->repl = NULL;
  /* the repeat's results are the final carried values */
  rep->repl = NULL;
  rep->body = NULL;
  rep->narg = nc;
  for (int i = 0; i < nc; i++) rep->arg[i] = carried[i];
  free(carried);
}

static void unroll_block(Unroll *u, Block *b) {
  /* flatten nested repeats inside bodies first */
  for (int i = 0; i < b->vals.len; i++)
    if (b->vals.data[i]->op == ZO_OP_REPEAT) unroll_block(u, b->vals.data[i]->body);
  Value **old_data = b->vals.data;
  int old_len = b->vals.len;
  b->vals.data = NULL;
  b->vals.len = b->vals.cap = 0;
  for (int i = 0; i < old_len; i++) {
    Value *v = old_data[i];
    if (v->op == ZO_OP_REPEAT) {
      Block *body = v->body;
      expand(u, v, b);
      vec_free(&body->vals);
      continue;
    }
    if (v->op == ZO_OP_RESULT) {
      Value *rep = v->arg[0];
      v->repl = resolve(rep->arg[v->index]);
      continue;
    }
    for (int a = 0; a < v->narg; a++) v->arg[a] = resolve(v->arg[a]);
    vec_push(&b->vals, v);
  }
  free(old_data);
}

static void clear_repl(Value *v, void *ctx) { v->repl = NULL; }

void zo_pass_unroll(Func *f) {
  Unroll u = {f};
  /* unroll_block expands nested repeats, whose blocks end up flattened into the
     top level; the outputs may name results */
  unroll_block(&u, f->body);
  for (int i = 0; i < f->outputs.len; i++) f->outputs.data[i] = resolve(f->outputs.data[i]);
  zo_func_walk(f, clear_repl, NULL);
}
