/* dce.c — drop every value no output depends on (after unrolling the
 * function is one block, so this is one backward sweep). Unused weights go
 * too: they are never loaded. */
#include "passes/passes.h"

void zo_pass_dce(Func *f) {
  Block *b = f->body;
  for (int i = 0; i < b->vals.len; i++) b->vals.data[i]->repl = NULL;
  /* mark: repl = self means live (a scratch use of the field) */
  for (int i = 0; i < f->outputs.len; i++) f->outputs.data[i]->repl = f->outputs.data[i];
  for (int i = b->vals.len - 1; i >= 0; i--) {
    Value *v = b->vals.data[i];
    ZO_ASSERT(v->op != ZO_OP_REPEAT);  /* runs after unroll */
    if (!v->repl) continue;
    for (int a = 0; a < v->narg; a++) v->arg[a]->repl = v->arg[a];
  }
  int n = 0;
  for (int i = 0; i < b->vals.len; i++) {
    Value *v = b->vals.data[i];
    bool live = v->repl != NULL || v->op == ZO_OP_INPUT;  /* inputs are the interface: keep them */
    v->repl = NULL;
    if (live) b->vals.data[n++] = v;
  }
  b->vals.len = n;
  zo_func_count_uses(f);
}
