/* zomark.c — ZO marking: which tensors the recipe perturbs, and their RNG
 * streams.
 *
 * A recipe names roles (`scale`), storage tensors of a format (`scales`),
 * weights (`ln1`) or `all`. A storage is perturbed when its role or name is
 * named, or its weight's name or `all` is named and the storage holds floats
 * (codes and zero points are integers and stay fixed: QZO). Every perturbed
 * storage gets the next stream id in program order, so z for element i of it
 * is normal(philox(seed, stream, i)) in every backend (DESIGN.md: the RNG
 * contract). Naming integer storage directly is a user error at the recipe;
 * so is naming something that matches nothing in this model as its
 * parameters made it: a role or storage when the format in effect has none
 * (`perturb scale` on a dense model: the message names the format and the
 * parameter that chose it), a weight declared only in a branch of an `if`
 * the parameters do not take (the message points at the `if`). `zoc check`
 * compiles recipes with the defaults only (Recipe.defaults_only): there those
 * two are notes, since a run's -D or config.json may well produce them. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "frontend/ast.h"
#include "passes/passes.h"

static bool named(const Recipe *r, const char *name, int *which) {
  for (int i = 0; i < r->nperturb; i++)
    if (strcmp(r->perturb[i], name) == 0) {
      *which = i;
      return true;
    }
  return false;
}

/* The formats of f's weights as `gptq(...) (W)`, the parameter whose value
 * it is in parentheses, or "no format: every weight is a plain tensor" */
static void formats_text(const Func *f, StrBuf *sb) {
  const FormatInst *seen[8];
  int n = 0;
  for (int i = 0; i < f->body->vals.len && n < 8; i++) {
    const Value *v = f->body->vals.data[i];
    if (v->op != ZO_OP_WEIGHT || !v->type.fmt) continue;
    bool dup = false;
    for (int j = 0; j < n; j++) dup |= strcmp(seen[j]->spelled, v->type.fmt->spelled) == 0;
    if (dup) continue;
    seen[n++] = v->type.fmt;
    zo_sb_printf(sb, "%s%s", n > 1 ? ", " : "", v->type.fmt->spelled);
    for (int p = 0; p < f->nparams; p++)
      if (strcmp(f->pvalue[p], v->type.fmt->spelled) == 0) zo_sb_printf(sb, " (%s)", f->pname[p]);
  }
  if (n == 0) zo_sb_puts(sb, "no format: every weight is a plain tensor");
}

/* an error, or a note when soft */
static void say(bool soft, Loc loc, const char *fmt, ...) ZO_PRINTF(3, 4);
static void say(bool soft, Loc loc, const char *fmt, ...) {
  char msg[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  if (soft) zo_diag_note(loc, "%s", msg);
  else zo_diag_error(loc, "%s", msg);
}

/* Item k of the recipe matched nothing: why, as an error; or as a note
 * (returns true) when the defaults alone were compiled and another choice of
 * parameters may produce it. */
static bool report_unmatched(const Func *f, const Recipe *r, int k) {
  const char *name = r->perturb[k];
  const Ast *in_if = NULL;
  const Ast *w = f->decl ? zo_model_find_weight(f->decl, name, &in_if) : NULL;
  bool soft = r->defaults_only;
  if (w && in_if) {
    say(soft, r->perturb_loc[k], "recipe '%s' perturbs '%s', a weight model '%s' declares in a branch of the `if` at line %d "
        "that %s do not take", r->name, name, f->name, in_if->loc.line, soft ? "its defaults" : "these parameters");
    zo_diag_note(in_if->loc, "the condition that decides whether '%s' exists", name);
    return soft;
  }
  if (!w && strcmp(name, "all") != 0) {
    StrBuf sb = {0};
    formats_text(f, &sb);
    bool role = zo_role_lookup(name) != ZO_ROLE_COUNT;
    say(soft, r->perturb_loc[k], "recipe '%s' perturbs %s '%s', but no weight of model '%s' has one with %s: the formats in "
        "effect: %s%s", r->name, role ? "role" : "storage", name, f->name, soft ? "its defaults" : "these parameters",
        sb.buf, soft ? "" : " (`zoc config` says where each parameter came from)");
    zo_sb_free(&sb);
    return soft;
  }
  zo_diag_error(r->perturb_loc[k], "recipe '%s' perturbs '%s', but no tensor of model '%s' matches it", r->name, name,
                f->name);
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
  bool excused = false;
  for (int k = 0; k < r->nperturb; k++)
    if (!matched[k] && !reported[k]) excused |= report_unmatched(f, r, k);
  if (stream == 0 && zo_diag_count() == errors0 && !excused)
    zo_diag_error(r->decl->loc, "recipe '%s' perturbs nothing in model '%s'", r->name, f->name);
  f->nstreams = stream;
  free(matched);
  free(reported);
}
