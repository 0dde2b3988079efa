/* ast.c — making AST nodes, naming their kinds, and printing them.
 *
 * The printer writes a deterministic S-expression (the parser's golden tests
 * compare it byte for byte, and `zoc parse` shows it): declarations and body
 * items one per line, indented two spaces per level; expressions on one line.
 *   (model llama
 *     (param V 32000 (from "vocab_size"))
 *     (assign x (call embedding (name embed) (name tokens))))
 * Numbers: integers as written in decimal; others with %.17g (exact round
 * trip), with ".0" added when that reads like an integer, so 2 and 2.0 differ.
 * Strings are quoted with C escapes. Recursion is bounded: the parser keeps
 * expressions and blocks within ZO_AST_MAX_DEPTH.
 */
#include "frontend/ast.h"

#include <stdio.h>
#include <string.h>

Ast *zo_ast_new(Program *p, AstKind kind, Loc loc) {
  Ast *n = zo_arena_alloc(&p->arena, sizeof(Ast));
  n->kind = kind;
  n->loc = loc;
  n->depth = 1;
  vec_push(&p->nodes, n);
  return n;
}

const char *zo_model_hf_type(const Ast *model, int i) {
  if (!model || model->kind != AST_MODEL || i < 0 || i >= model->hf_types.len) return NULL;
  return model->hf_types.data[i]->name;
}

int zo_model_binds_hf_type(const Ast *model, const char *model_type) {
  const char *t;
  for (int i = 0; model_type && (t = zo_model_hf_type(model, i)); i++)
    if (strcmp(t, model_type) == 0) return 1;
  return 0;
}

const char *zo_ast_kind_name(AstKind kind) {
  switch (kind) {  /* no default: -Wswitch names a kind added without a name */
  case AST_NUM: return "num";
  case AST_STR: return "str";
  case AST_NAME: return "name";
  case AST_BINARY: return "binary";
  case AST_NEG: return "neg";
  case AST_CALL: return "call";
  case AST_KWARG: return "kwarg";
  case AST_INDEX: return "index";
  case AST_STAR: return "star";
  case AST_LIST: return "list";
  case AST_TYPE: return "type";
  case AST_IMPORT: return "import";
  case AST_FORMAT: return "format";
  case AST_MODEL: return "model";
  case AST_RECIPE: return "recipe";
  case AST_PARAM: return "param";
  case AST_STORAGE: return "storage";
  case AST_CONST: return "const";
  case AST_DEQUANT: return "dequant";
  case AST_INPUT: return "input";
  case AST_WEIGHT: return "weight";
  case AST_ASSIGN: return "assign";
  case AST_OUTPUT: return "output";
  case AST_REPEAT: return "repeat";
  case AST_ERROR: return "error";
  case AST_IF: return "if";
  case AST_PERTURB: return "perturb";
  case AST_SETTING: return "setting";
  case AST_TARGET: return "target";
  }
  return "?";
}

const char *zo_ast_op_name(int op) {
  switch (op) {
  case AST_OP_SHL: return "<<";
  case AST_OP_SHR: return ">>";
  case '+': return "+";
  case '-': return "-";
  case '*': return "*";
  case '/': return "/";
  case '%': return "%";
  case '&': return "&";
  case '|': return "|";
  case '<': return "<";
  case '>': return ">";
  case AST_OP_EQ: return "==";
  case AST_OP_NE: return "!=";
  case AST_OP_LE: return "<=";
  case AST_OP_GE: return ">=";
  case AST_OP_AND: return "&&";
  case AST_OP_OR: return "||";
  }
  return "?";
}

static void print_str(FILE *out, const char *s) {
  fputc('"', out);
  for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
    switch (*p) {
    case '"': fputs("\\\"", out); break;
    case '\\': fputs("\\\\", out); break;
    case '\n': fputs("\\n", out); break;
    case '\t': fputs("\\t", out); break;
    default:
      if (*p < 0x20 || *p == 0x7f)
        fprintf(out, "\\x%02x", *p);
      else
        fputc(*p, out);  /* UTF-8 stays readable */
    }
  }
  fputc('"', out);
}

static void print_num(FILE *out, const Ast *n) {
  if (n->is_int) {
    fprintf(out, "%lld", n->ival);
    return;
  }
  char buf[64];
  snprintf(buf, sizeof buf, "%.17g", n->num);
  fputs(buf, out);
  if (!strpbrk(buf, ".eEni")) fputs(".0", out);  /* "nan"/"inf" have 'n'/'i' */
}

static const char *id(const char *s) { return s ? s : "?"; }

static void print_node(FILE *out, const Ast *n, int indent);

static void print_list(FILE *out, const AstList *l, int indent) {
  for (int i = 0; i < l->len; i++) {
    fputc(' ', out);
    print_node(out, l->data[i], indent);
  }
}

/* Body items and parameters: each on its own line, one level deeper. */
static void print_lines(FILE *out, const AstList *l, int indent) {
  for (int i = 0; i < l->len; i++) {
    fprintf(out, "\n%*s", indent + 2, "");
    print_node(out, l->data[i], indent + 2);
  }
}

static void print_node(FILE *out, const Ast *n, int indent) {
  if (!n) {
    fputs("()", out);
    return;
  }
  switch (n->kind) {
  case AST_NUM:
    print_num(out, n);
    return;
  case AST_STR:
    print_str(out, n->name);
    return;
  case AST_STAR:
    fputc('*', out);
    return;
  case AST_NAME:
    fprintf(out, "(name %s)", id(n->name));
    return;
  case AST_BINARY:
    if (n->op == '?') {
      fputs("(? ", out);
      print_node(out, n->type, indent);
      fputc(' ', out);
    } else fprintf(out, "(%s ", zo_ast_op_name(n->op));
    print_node(out, n->lhs, indent);
    fputc(' ', out);
    print_node(out, n->rhs, indent);
    break;
  case AST_NEG:
    fputs(n->op == '!' ? "(not " : "(neg ", out);
    print_node(out, n->lhs, indent);
    break;
  case AST_CALL:
    fprintf(out, "(call %s", id(n->name));
    print_list(out, &n->args, indent);
    print_list(out, &n->kwargs, indent);
    break;
  case AST_KWARG:
    fprintf(out, "(kwarg %s ", id(n->name));
    print_node(out, n->lhs, indent);
    break;
  case AST_INDEX:
    fputs("(index ", out);
    print_node(out, n->lhs, indent);
    print_list(out, &n->args, indent);
    break;
  case AST_LIST:
    fputs("(list", out);
    print_list(out, &n->args, indent);
    break;
  case AST_TYPE:
    fprintf(out, "(type %s", id(n->name));
    print_list(out, &n->kwargs, indent);
    if (n->has_dims) {
      fputs(" (dims", out);
      print_list(out, &n->args, indent);
      fputc(')', out);
    }
    break;
  case AST_IMPORT:
    fputs("(import ", out);
    print_str(out, n->name);
    break;
  case AST_FORMAT:
  case AST_MODEL:
    fprintf(out, "(%s %s", zo_ast_kind_name(n->kind), id(n->name));
    if (n->hf_types.len) {
      fputs(" (for", out);
      for (int i = 0; i < n->hf_types.len; i++) {
        fputc(' ', out);
        print_str(out, n->hf_types.data[i]->name);
      }
      fputc(')', out);
    }
    print_lines(out, &n->params, indent);
    print_lines(out, &n->body, indent);
    break;
  case AST_RECIPE:
    fprintf(out, "(recipe %s (for %s)", id(n->name), id(n->target));
    print_lines(out, &n->body, indent);
    break;
  case AST_PARAM:
    fprintf(out, "(param %s ", id(n->name));
    print_node(out, n->lhs, indent);
    if (n->target) {
      fputs(" (from", out);
      for (int i = 0; i < n->args.len; i++) {
        fputc(' ', out);
        print_str(out, n->args.data[i]->name);
      }
      if (n->ival) fputs(" ?", out);
      fputc(')', out);
    }
    break;
  case AST_STORAGE:
    fprintf(out, "(storage %s ", id(n->name));
    print_node(out, n->type, indent);
    if (n->role) fprintf(out, " (role %s)", n->role);
    break;
  case AST_CONST:
    fprintf(out, "(const %s ", id(n->name));
    print_node(out, n->type, indent);
    fputc(' ', out);
    print_node(out, n->lhs, indent);
    break;
  case AST_DEQUANT:
    fputs("(dequant (", out);
    for (int i = 0; i < n->params.len; i++)
      fprintf(out, "%s%s", i ? " " : "", id(n->params.data[i]->name));
    fputs(") ", out);
    print_node(out, n->lhs, indent);
    break;
  case AST_INPUT:
    fprintf(out, "(input %s ", id(n->name));
    print_node(out, n->type, indent);
    break;
  case AST_WEIGHT:
    fprintf(out, "(weight %s ", id(n->name));
    print_node(out, n->type, indent);
    fputc(' ', out);
    print_str(out, n->target);
    break;
  case AST_ASSIGN:
  case AST_SETTING:
  case AST_TARGET:
    fprintf(out, "(%s %s ", zo_ast_kind_name(n->kind), id(n->name));
    print_node(out, n->lhs, indent);
    break;
  case AST_OUTPUT:
  case AST_PERTURB:
    fputs(n->kind == AST_OUTPUT ? "(output" : "(perturb", out);
    for (int i = 0; i < n->args.len; i++) fprintf(out, " %s", id(n->args.data[i]->name));
    break;
  case AST_REPEAT:
    fprintf(out, "(repeat %s ", id(n->name));
    print_node(out, n->lhs, indent);
    fputc(' ', out);
    print_node(out, n->rhs, indent);
    print_lines(out, &n->body, indent);
    break;
  case AST_ERROR:
    fputs("(error ", out);
    print_str(out, n->name);
    break;
  case AST_IF:
    fputs("(if ", out);
    print_node(out, n->lhs, indent);
    print_lines(out, &n->body, indent);
    if (n->params.len) {
      fprintf(out, "\n%*s(else", indent + 2, "");
      print_lines(out, &n->params, indent + 2);
      fputc(')', out);
    }
    break;
  }
  fputc(')', out);
}

void zo_ast_print(FILE *out, const Ast *node) { print_node(out, node, 0); }

void zo_program_print(FILE *out, const Program *p) {
  for (int i = 0; i < p->decls.len; i++) {
    print_node(out, p->decls.data[i], 0);
    fputc('\n', out);
  }
}

/* ---- names a recipe may perturb (ir/lower.c, passes/zomark.c) */
/* The innermost enclosing `if` of the match goes to *in_if (`in`: the one
   around items) */
static const Ast *find_weight_in(const AstList *items, const char *name, const Ast *in, const Ast **in_if) {
  for (int i = 0; i < items->len; i++) {
    const Ast *a = items->data[i], *w = NULL;
    if (a->kind == AST_WEIGHT && strcmp(a->name, name) == 0) {
      *in_if = in;
      return a;
    }
    if (a->kind == AST_REPEAT) w = find_weight_in(&a->body, name, in, in_if);
    else if (a->kind == AST_IF && !(w = find_weight_in(&a->body, name, a, in_if)))
      w = find_weight_in(&a->params, name, a, in_if);
    if (w) return w;
  }
  return NULL;
}

const Ast *zo_model_find_weight(const Ast *model, const char *name, const Ast **in_if) {
  const Ast *dummy = NULL;
  if (!in_if) in_if = &dummy;
  *in_if = NULL;
  return find_weight_in(&model->body, name, NULL, in_if);
}

int zo_program_has_storage(const Program *p, const char *name) {
  for (int i = 0; i < p->decls.len; i++) {
    const Ast *f = p->decls.data[i];
    for (int k = 0; f->kind == AST_FORMAT && k < f->body.len; k++)
      if (f->body.data[k]->kind == AST_STORAGE && strcmp(f->body.data[k]->name, name) == 0) return 1;
  }
  return 0;
}
