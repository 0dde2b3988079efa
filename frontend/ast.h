/* ast.h — the syntax tree of a .zo program, as the parser builds it.
 *
 * One node struct for every kind (chibicc style); which fields a kind uses is
 * written next to the kind. Nodes live in the Program's arena and are freed
 * with it. Every node has a location, so every later phase can point at the
 * source when it reports a user error.
 */
#ifndef ZOC_AST_H
#define ZOC_AST_H

#include <stdio.h>

#include "support/support.h"

typedef struct Ast Ast;
typedef Vec(Ast *) AstList;

typedef enum AstKind {
  /* ---- expressions */
  AST_NUM,      /* num (value), is_int (written without '.', 'e'), ival (if is_int and fits) */
  AST_STR,      /* name = the string's contents (escapes decoded) */
  AST_NAME,     /* name */
  AST_BINARY,   /* op ('+','-','*','/','%','&','|','<','>', AST_OP_*), lhs, rhs; op '?':
                   `type ? lhs : rhs` (type: the condition) */
  AST_NEG,      /* lhs; op '!' for a logical not (0: minus) */
  AST_CALL,     /* name (callee), args (positional), kwargs (AST_KWARG) */
  AST_KWARG,    /* name = lhs (a named argument: `causal = 1`) */
  AST_INDEX,    /* lhs (the indexed expression, usually AST_NAME), args (indices) */
  AST_STAR,     /* `*` as an index: the bit-stream axis in bits(A[*, n], off, w) */
  AST_LIST,     /* args: `[1.0, -0.5, ...]` (constant tables) */
  AST_TYPE,     /* name (dtype, format or format-valued parameter), kwargs (format
                   arguments: `gptq(bits = 4)[D, D]`), args (dims); has_dims */

  /* ---- top-level declarations */
  AST_IMPORT,   /* name = the path as written (resolved against the importing file) */
  AST_FORMAT,   /* name, params (AST_PARAM), body (AST_STORAGE, AST_CONST, AST_DEQUANT) */
  AST_MODEL,    /* name, params (AST_PARAM), body (statements), hf_types (AST_STR: the
                   Hugging Face model_type values after `for`, in order; empty if none) */
  AST_RECIPE,   /* name, target (model name after `for`), body (AST_PERTURB, AST_SETTING, AST_TARGET) */

  /* ---- inside declarations */
  AST_PARAM,    /* name = lhs (default: number, or format name/instance), args (AST_STR:
                   the config keys after `from`, alternatives in order), target = the
                   first of them (NULL if none), ival 1: the keys may be absent
                   (`from "k" ?`: no warning then) */
  AST_STORAGE,  /* name, type (AST_TYPE: dtype + dims over K, N and format params), role (NULL if none),
                   lhs (NULL, or the metadata it holds: the call json("tensor", "key")) */
  AST_CONST,    /* name, type (AST_TYPE), lhs (AST_LIST) — a constant table in a format */
  AST_DEQUANT,  /* params (AST_NAME: the index variables, e.g. k, n), lhs (the expression) */
  AST_INPUT,    /* name, type */
  AST_WEIGHT,   /* name, type, target = checkpoint name pattern ("model.layers.{l}.mlp") */
  AST_ASSIGN,   /* name = lhs */
  AST_OUTPUT,   /* args (AST_NAME) */
  AST_REPEAT,   /* name (loop variable), lhs (low), rhs (high, exclusive), body */
  AST_ERROR,    /* name: the message (`error "..."` in a model body) */
  AST_IF,       /* lhs (condition), body (the items if it holds), params (the items
                   otherwise; an `else if` is one AST_IF there) */
  AST_PERTURB,  /* args (AST_NAME: roles, storage names, weight names, or `all`) */
  AST_SETTING,  /* name = lhs (a recipe hyperparameter) */
  AST_TARGET,   /* `target name = lhs` (a device option, codegen/target.h) */
} AstKind;

enum { AST_OP_SHL = 256, AST_OP_SHR, AST_OP_EQ, AST_OP_NE, AST_OP_LE, AST_OP_GE, AST_OP_AND, AST_OP_OR };

struct Ast {
  AstKind kind;
  Loc loc;
  const char *name;
  const char *target;
  const char *role;
  double num;
  long long ival;
  int is_int;
  int has_dims;
  int op;
  Ast *lhs, *rhs;
  Ast *type;
  AstList args;
  AstList kwargs;
  AstList params;
  AstList body;
  AstList hf_types; /* AST_MODEL only: see zo_model_hf_type */
  int depth;        /* expression height as the parser built it (1 = leaf); the parser
                       keeps it <= ZO_AST_MAX_DEPTH, so recursive walkers cannot overflow */
};

/* The deepest expression, and the deepest nesting of brackets or blocks, the
 * parser accepts ("expression nested too deeply" beyond it): bounds recursion
 * in every later phase, whatever the input. */
#define ZO_AST_MAX_DEPTH 256

/* A parsed program: the declarations of every file, imports included (each
 * file once), in the order they were read. */
typedef struct Program {
  Arena arena;
  AstList decls;
  Vec(SrcFile *) files;
  Vec(Ast *) nodes;   /* every node zo_ast_new made (for zo_program_free, which frees
                         each node's lists: a node's lists belong to it alone) */
  struct DeclIndex *index;   /* ir/lower.c's table of the declarations by kind and name, built
                                on first use in the arena (so the checker stays linear) */
} Program;

/* Parses the files and everything they import. User errors are reported with
 * zo_diag_error and counted (zo_diag_count); the returned program holds what
 * could be parsed. Never NULL. A file that cannot be read is reported with
 * zo_env_error and counted as an error too. */
Program *zo_parse_files(const char *const *paths, int n);
/* Parses source text held in memory (tests, the fuzzer, -D values). Imports
 * are resolved against the current directory. */
Program *zo_parse_string(const char *name, const char *text, size_t len);
void zo_program_free(Program *p);

/* Parses the value of a `-D NAME=VALUE` option (a number, or a format name with
 * optional arguments: `gptq(bits = 2, G = 64)`) into p's arena. NULL and a
 * diagnostic naming `where` if it is not one of those. */
Ast *zo_parse_define_value(Program *p, const char *where, const char *text);

/* A readable S-expression dump, one declaration per line group; the parser's
 * golden tests compare it. */
void zo_ast_print(FILE *out, const Ast *node);
void zo_program_print(FILE *out, const Program *p);

Ast *zo_ast_new(Program *p, AstKind kind, Loc loc);

/* The i-th Hugging Face model_type a model declares it binds (`model llama(...)
 * for "llama" | "mistral"`), in the order written; NULL past the last (and for
 * a node that is not a model). */
const char *zo_model_hf_type(const Ast *model, int i);
/* 1 if `model` names `model_type` after `for`. */
int zo_model_binds_hf_type(const Ast *model, const char *model_type);
/* The declaration of weight `name` in a model's body, inside `repeat`s and
 * either branch of every `if` (the names a recipe may perturb, whatever the
 * parameters), or NULL; *in_if (may be NULL) gets the innermost `if` around
 * it, NULL when none. */
const Ast *zo_model_find_weight(const Ast *model, const char *name, const Ast **in_if);
/* 1 if a format of p declares a storage called `name`. */
int zo_program_has_storage(const Program *p, const char *name);
const char *zo_ast_kind_name(AstKind kind);
/* An AST_BINARY's operator as written ("+", "<<", "&&"); "?" for one it does not know. */
const char *zo_ast_op_name(int op);

/* The directories an `import` searches after the importing file's own, in
 * order: $ZOC_PATH's, or the bundled models/ (parse.c); strings in a. Also
 * where `zoc loss --weights DIR` without FILE.zo looks for the bundled model
 * (runtime/bundled.h). Returns how many (at most max). */
int zo_import_dirs(Arena *a, const char **dirs, int max);

#endif
