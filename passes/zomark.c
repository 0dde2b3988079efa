/* zomark.c — ZO marking: which tensors the recipe perturbs, and their RNG
 * streams.
 *
 * A recipe names roles (`scale`), storage tensors of a format (`scales`),
 * weights (`ln1`) or `all`. A storage is perturbed when its role or name is
 * named, or its weight's name or `all` is named and the storage holds floats
 * (codes and zero points are integers and stay fixed: QZO). Every perturbed
 * storage gets the next stream id in program order, so z for element i of it
 * is normal(philox(seed, stream, i)) in every backend (DESIGN.md: the RNG
 * contract). Naming something that matches nothing in this model, or naming
 * integer storage directly, is a user error at the recipe. */
#include <string.h>

#include "passes/passes.h"

static bool named(const Recipe *r, const char *name, int *which) {
  for (int i = 0; i < r->nperturb; i++)
    if (strcmp(r->perturb[i], name) == 0) {
      *which = i;
      return true;
    }
  return false;
}

void zo_pass_zomark(Func *f) {
  const Recipe *r = f->recipe;
  if (!r) return;
  bool *matched = zo_xcalloc((size_t)r->nperturb + 1, sizeof(bool));
  bool *reported = zo_xcalloc((size_t)r->nperturb + 1, sizeof(bool));
  int stream = 0, errors0 = zo_diag_count();
  Block *b = f->body;
  for (int i = 0; i < b->vals.len; i++) {
    Value *v = b->vals.data[i];
    if (v->op != ZO_OP_WEIGHT) continue;
    Weight *w = v->w;
    for (int s = 0; s < w->nstorage; s++) {
      const FormatStorage *st = v->type.fmt ? &v->type.fmt->storage[s] : NULL;
      DType dt = st ? st->dtype : v->type.dtype;
      bool is_float = zo_dtype_is_float(dt);
      int kd = -1, kw = -1;
      bool direct = st && (named(r, st->name, &kd) || (st->role && named(r, zo_role_name(st->role), &kd)));
      bool whole = named(r, "all", &kw) || named(r, v->name, &kw);
      if (direct && !is_float) {
        if (!reported[kd])
          zo_diag_error(r->perturb_loc[kd], "'%s' holds integers (%s %s of format %s): only float tensors can be perturbed",
                        r->perturb[kd], zo_dtype_name(dt), st->name, v->type.fmt->spelled);
        reported[kd] = true;
        continue;
      }
      if (direct) matched[kd] = true;
      if (whole) matched[kw] = true;   /* a named weight's integer codes just stay fixed */
      if (!(direct || (whole && is_float))) continue;
      w->perturbed[s] = true;
      w->stream[s] = stream++;
    }
  }
  for (int k = 0; k < r->nperturb; k++)
    if (!matched[k] && !reported[k])
      zo_diag_error(r->perturb_loc[k], "recipe '%s' perturbs '%s', but no tensor of model '%s' matches it",
                    r->name, r->perturb[k], f->name);
  if (stream == 0 && zo_diag_count() == errors0)
    zo_diag_error(r->decl->loc, "recipe '%s' perturbs nothing in model '%s'", r->name, f->name);
  f->nstreams = stream;
  free(matched);
  free(reported);
}
