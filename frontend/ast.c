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
  case AST_PERTURB: return "perturb";
  case AST_SETTING: return "setting";
  case AST_TARGET: return "target";
  }
  return "?";
}

static const char *op_name(int op) {
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
    fprintf(out, "(%s ", op_name(n->op));
    print_node(out, n->lhs, indent);
    fputc(' ', out);
    print_node(out, n->rhs, indent);
    break;
  case AST_NEG:
    fputs("(neg ", out);
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
