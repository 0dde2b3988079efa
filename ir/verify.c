/* verify.c — internal consistency of the IR, checked between passes.
 *
 * Everything checked here is a promise one phase makes to the next, so a
 * failure is a bug in zoc (ZO_BUG names the pass that broke it), never a user
 * error: user errors were reported before the IR was built or by infer. */
#include <string.h>

#include "ir/ir.h"

typedef struct Ctx {
  Func *f;
  const char *pass;
  Vec(const Value *) defined;   /* values visible at this point */
  bool typed;
} Ctx;

static bool is_defined(Ctx *c, const Value *v) {
  for (int i = c->defined.len - 1; i >= 0; i--)
    if (c->defined.data[i] == v) return true;
  return false;
}

#define FAIL(...) do { \
    char msg_[256]; \
    snprintf(msg_, sizeof msg_, __VA_ARGS__); \
    ZO_BUG("IR verifier, after pass '%s': %s", c->pass, msg_); \
  } while (0)

static void verify_block(Ctx *c, const Block *b) {
  int mark = c->defined.len;
  for (int i = 0; i < b->nparams; i++) {
    if (b->params[i]->op != ZO_OP_ARG) FAIL("block parameter %d is not an arg", i);
    vec_push(&c->defined, b->params[i]);
  }
  for (int i = 0; i < b->vals.len; i++) {
    const Value *v = b->vals.data[i];
    const OpInfo *info = zo_op_info(v->op);
    if (info->ntensors >= 0 && v->narg != info->ntensors)
      FAIL("%s has %d operands, wants %d", info->name, v->narg, info->ntensors);
    for (int a = 0; a < v->narg; a++) {
      if (!v->arg[a]) FAIL("%s operand %d is null", info->name, a);
      if (!is_defined(c, v->arg[a])) FAIL("%s operand %d used before its definition", info->name, a);
    }
    if (v->op == ZO_OP_YIELD) {
      if (!b->owner) FAIL("yield at the top level");
      if (i != b->vals.len - 1) FAIL("yield is not the last value of its block");
      if (v->narg != b->nparams) FAIL("yield of %d values for %d carried", v->narg, b->nparams);
      continue;
    }
    if (b->owner && i == b->vals.len - 1) FAIL("repeat body does not end with a yield");
    if (v->op == ZO_OP_WEIGHT && !v->w) FAIL("weight without checkpoint info");
    if (v->op == ZO_OP_REPEAT) {
      if (!v->body || v->body->owner != v) FAIL("repeat without its body");
      if (v->narg != v->body->nparams) FAIL("repeat carries %d values into %d params", v->narg, v->body->nparams);
      verify_block(c, v->body);
    }
    if (v->op == ZO_OP_RESULT && (v->arg[0]->op != ZO_OP_REPEAT || v->index >= v->arg[0]->narg))
      FAIL("result #%d of a %s", v->index, zo_op_name(v->arg[0]->op));
    if (c->typed && v->op != ZO_OP_REPEAT) {
      if (v->type.rank < 0) FAIL("%%%d (%s) has no type", v->id, info->name);
      if (!v->type.fmt && v->type.dtype == ZO_DT_NONE) FAIL("%%%d has no dtype", v->id);
    }
    if (v->buffer >= 0 && v->buffer >= c->f->plan.nbuffers) FAIL("%%%d has buffer %d of %d", v->id, v->buffer, c->f->plan.nbuffers);
    vec_push(&c->defined, v);
  }
  c->defined.len = mark;
}

void zo_ir_verify(Func *f, const char *after_pass) {
  Ctx c = {.f = f, .pass = after_pass};
  c.typed = f->typed;
  zo_func_renumber(f);
  verify_block(&c, f->body);
  if (f->outputs.len == 0) {
    vec_free(&c.defined);
    ZO_BUG("IR verifier, after pass '%s': the model has no output", after_pass);
  }
  for (int i = 0; i < f->outputs.len; i++) {
    bool top = false;
    for (int j = 0; j < f->body->vals.len; j++) top |= f->body->vals.data[j] == f->outputs.data[i];
    if (!top) {
      vec_free(&c.defined);
      ZO_BUG("IR verifier, after pass '%s': output %d is not a top-level value", after_pass, i);
    }
  }
  vec_free(&c.defined);
}
