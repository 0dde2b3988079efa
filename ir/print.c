/* print.c — the IR as readable, deterministic text (`zoc ir`).
 *
 *   %5 = rms_norm %4, %3 {eps=1e-05} : f32[B, T, 4096]  ; h
 *
 * Values are numbered in order; attributes print with %.9g so equal inputs give
 * equal bytes; pass annotations (perturbed storages and streams, fusion groups,
 * buffers) are appended only once the pass that makes them has run. */
#include <string.h>

#include "frontend/ast.h"
#include "ir/ir.h"

static void print_num(StrBuf *sb, double x) { zo_sb_printf(sb, "%.9g", x); }

void zo_type_print(StrBuf *sb, const Type *t, const Func *f) {
  if (t->rank < 0) {
    zo_sb_puts(sb, "?");
    return;
  }
  zo_sb_puts(sb, t->fmt ? t->fmt->spelled : zo_dtype_name(t->dtype));
  zo_sb_putc(sb, '[');
  for (int i = 0; i < t->rank; i++) {
    if (i) zo_sb_puts(sb, ", ");
    zo_dim_print(sb, t->dims[i], f ? f->sym : NULL);
  }
  zo_sb_putc(sb, ']');
}

static const char *sx_op(SxKind k) {
  switch (k) {
  case SX_ADD: return "+";
  case SX_SUB: return "-";
  case SX_MUL: return "*";
  case SX_DIV: return "/";
  case SX_MOD: return "%";
  case SX_AND: return "&";
  case SX_OR: return "|";
  case SX_SHL: return "<<";
  case SX_SHR: return ">>";
  default: return "?";
  }
}

void zo_sx_print(StrBuf *sb, const Sx *e, const FormatInst *fmt) {
  static const char *vars[] = {"k", "n", "K", "N"};
  switch (e->kind) {
  case SX_NUM: print_num(sb, e->num); return;
  case SX_VAR: zo_sb_puts(sb, e->var < 4 ? vars[e->var] : "?"); return;
  case SX_PARAM: zo_sb_puts(sb, "<param>"); return;
  case SX_LOAD:
  case SX_BITS: {
    int rank = e->kind == SX_BITS ? e->nkids - 2 : e->nkids;
    if (e->kind == SX_BITS) zo_sb_puts(sb, "bits(");
    zo_sb_printf(sb, "%s[", fmt->storage[e->ref].name);
    for (int i = 0; i < rank; i++) {
      if (i) zo_sb_puts(sb, ", ");
      if (e->kind == SX_BITS && i == e->axis) zo_sb_putc(sb, '*');
      else zo_sx_print(sb, e->kids[i], fmt);
    }
    zo_sb_putc(sb, ']');
    if (e->kind == SX_BITS) {
      zo_sb_puts(sb, ", ");
      zo_sx_print(sb, e->kids[rank], fmt);
      zo_sb_puts(sb, ", ");
      zo_sx_print(sb, e->kids[rank + 1], fmt);
      zo_sb_putc(sb, ')');
    }
    return;
  }
  case SX_TABLE:
    zo_sb_printf(sb, "%s[", fmt->table[e->ref].name);
    zo_sx_print(sb, e->kids[0], fmt);
    zo_sb_putc(sb, ']');
    return;
  case SX_EXP2:
    zo_sb_puts(sb, "exp2(");
    zo_sx_print(sb, e->kids[0], fmt);
    zo_sb_putc(sb, ')');
    return;
  case SX_NEG:
    zo_sb_puts(sb, "-(");
    zo_sx_print(sb, e->kids[0], fmt);
    zo_sb_putc(sb, ')');
    return;
  default:
    zo_sb_putc(sb, '(');
    zo_sx_print(sb, e->kids[0], fmt);
    zo_sb_printf(sb, " %s ", sx_op(e->kind));
    zo_sx_print(sb, e->kids[1], fmt);
    zo_sb_putc(sb, ')');
  }
}

static void print_block(StrBuf *sb, const Block *b, Func *f, int depth);

static void indent(StrBuf *sb, int depth) {
  for (int i = 0; i < depth; i++) zo_sb_puts(sb, "  ");
}

static void print_value(StrBuf *sb, const Value *v, Func *f, int depth) {
  const OpInfo *info = zo_op_info(v->op);
  indent(sb, depth);
  if (v->op == ZO_OP_YIELD) {
    zo_sb_puts(sb, "yield");
    for (int i = 0; i < v->narg; i++) zo_sb_printf(sb, "%s %%%d", i ? "," : "", v->arg[i]->id);
    zo_sb_putc(sb, '\n');
    return;
  }
  zo_sb_printf(sb, "%%%d = %s", v->id, info->name);
  switch (v->op) {
  case ZO_OP_INPUT: zo_sb_printf(sb, " \"%s\"", v->name); break;
  case ZO_OP_WEIGHT: zo_sb_printf(sb, " \"%s\"", v->w->pattern); break;
  case ZO_OP_REPEAT:
    zo_sb_printf(sb, " %s in %lld .. %lld (", v->name, (long long)v->lo, (long long)v->hi);
    for (int i = 0; i < v->body->nparams; i++)
      zo_sb_printf(sb, "%s%%%d = %%%d", i ? ", " : "", v->body->params[i]->id, v->arg[i]->id);
    zo_sb_puts(sb, ") {\n");
    print_block(sb, v->body, f, depth + 1);
    indent(sb, depth);
    zo_sb_puts(sb, "}\n");
    return;
  case ZO_OP_RESULT: zo_sb_printf(sb, " %%%d #%d", v->arg[0]->id, v->index); break;
  default:
    for (int i = 0; i < v->narg; i++) zo_sb_printf(sb, "%s %%%d", i ? "," : "", v->arg[i]->id);
  }
  if (info->nattrs) {
    zo_sb_puts(sb, " {");
    for (int i = 0; i < info->nattrs; i++) {
      if (info->attr_quiet[i] && v->attr[i] == info->attr_default[i]) continue;
      zo_sb_printf(sb, "%s%s=", i ? ", " : "", info->attr[i]);
      print_num(sb, v->attr[i]);
    }
    zo_sb_putc(sb, '}');
  }
  zo_sb_puts(sb, " : ");
  zo_type_print(sb, &v->type, f);
  if (v->op == ZO_OP_WEIGHT && v->w) {
    const Weight *w = v->w;
    for (int s = 0; s < w->nstorage; s++)
      if (w->perturbed[s])
        zo_sb_printf(sb, "  perturb(%s, stream %d)",
                     v->type.fmt ? v->type.fmt->storage[s].name : "value", w->stream[s]);
  }
  if (v->group >= 0) zo_sb_printf(sb, "  kernel %d%s", v->group, v->group_root ? "" : " (inner)");
  if (v->buffer >= 0) {
    const Buffer *buf = &f->plan.buffers[v->buffer];
    zo_sb_printf(sb, "  buf %d @ %lld", v->buffer, (long long)buf->offset);
  }
  if (v->name && v->op != ZO_OP_INPUT && v->op != ZO_OP_WEIGHT) zo_sb_printf(sb, "  ; %s", v->name);
  zo_sb_putc(sb, '\n');
}

static void print_block(StrBuf *sb, const Block *b, Func *f, int depth) {
  for (int i = 0; i < b->vals.len; i++) print_value(sb, b->vals.data[i], f, depth);
}

static void print_formats(StrBuf *sb, Func *f) {
  /* every distinct format instance used, once, in order of first use */
  Vec(const FormatInst *) seen = {0};
  Vec(Block *) stack = {0};
  vec_push(&stack, f->body);
  while (stack.len) {
    Block *b = stack.data[--stack.len];
    for (int i = 0; i < b->vals.len; i++) {
      Value *v = b->vals.data[i];
      if (v->body) vec_push(&stack, v->body);
      const FormatInst *fi = v->type.fmt;
      if (!fi) continue;
      bool dup = false;
      for (int j = 0; j < seen.len; j++) dup |= strcmp(seen.data[j]->spelled, fi->spelled) == 0;
      if (dup) continue;
      vec_push(&seen, fi);
      zo_sb_printf(sb, "format %s {\n", fi->spelled);
      for (int s = 0; s < fi->nstorage; s++) {
        zo_sb_printf(sb, "  storage %s : %s", fi->storage[s].name, zo_dtype_name(fi->storage[s].dtype));
        if (fi->storage[s].role) zo_sb_printf(sb, " %s", zo_role_name(fi->storage[s].role));
        zo_sb_putc(sb, '\n');
      }
      for (int t = 0; t < fi->ntables; t++)
        zo_sb_printf(sb, "  const %s : %s[%d]\n", fi->table[t].name, zo_dtype_name(fi->table[t].dtype),
                     fi->table[t].len);
      zo_sb_puts(sb, "  dequant(k, n) = ");
      zo_sx_print(sb, fi->dequant, fi);
      zo_sb_puts(sb, "\n}\n");
    }
  }
  vec_free(&seen);
  vec_free(&stack);
}

void zo_ir_print(FILE *out, Func *f) {
  StrBuf sb = {0};
  zo_func_renumber(f);
  zo_sb_printf(&sb, "; after %s\n", f->last_pass ? f->last_pass : "lowering");
  print_formats(&sb, f);
  zo_sb_printf(&sb, "model %s(", f->name);
  for (int i = 0; i < f->nparams; i++) zo_sb_printf(&sb, "%s%s = %s", i ? ", " : "", f->pname[i], f->pvalue[i]);
  zo_sb_puts(&sb, ") symbols(");
  for (int i = 0; i < f->nsyms; i++) zo_sb_printf(&sb, "%s%s", i ? ", " : "", f->sym[i]);
  zo_sb_puts(&sb, ")");
  if (f->recipe) zo_sb_printf(&sb, " recipe %s", f->recipe->name);
  zo_sb_puts(&sb, " {\n");
  print_block(&sb, f->body, f, 1);
  zo_sb_puts(&sb, "  output");
  for (int i = 0; i < f->outputs.len; i++) zo_sb_printf(&sb, "%s %%%d", i ? "," : "", f->outputs.data[i]->id);
  zo_sb_puts(&sb, "\n}\n");
  if (f->nstreams) zo_sb_printf(&sb, "; %d perturbed tensors\n", f->nstreams);
  if (f->ngroups) zo_sb_printf(&sb, "; %d kernels\n", f->ngroups);
  if (f->plan.buffers) {
    const MemPlan *p = &f->plan;
    zo_sb_puts(&sb, "; memory plan at");
    for (int i = 0; i < f->nsyms; i++) zo_sb_printf(&sb, " %s=%lld", f->sym[i], (long long)p->sym_vals[i]);
    zo_sb_printf(&sb, ": %d buffers, arena %lld bytes, peak live %lld bytes, weights %lld bytes\n",
                 p->nbuffers, (long long)p->arena_bytes, (long long)p->peak_live_bytes,
                 (long long)p->weight_bytes);
  }
  fwrite(sb.buf, 1, sb.len, out);
  zo_sb_free(&sb);
}
