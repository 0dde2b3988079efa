/* parser.y — the grammar of the zoc language (bison), building the AST of ast.h.
 *
 * A pure LALR(1) parser with locations and no conflicts (%expect 0). One
 * context struct, ParseCtx, is the only parameter of both the parser and the
 * scanner (it carries the Program whose arena holds the nodes, the file, the
 * lexer's position, and the error state), so parsing is reentrant.
 *
 * Decisions worth knowing:
 *  - Two start symbols share one grammar: the driver sets ctx->start_token and
 *    the first "token" the parser sees is START_FILE (a whole file) or
 *    START_DEFINE (the value of `-D NAME=VALUE`: an expression).
 *  - Lists (items, arguments, dims) are AstList values on the parser's stack;
 *    a list the parser throws away while recovering from an error is freed by
 *    its %destructor. Nodes themselves live in the Program (arena + registry).
 *  - Error recovery sits where a user thinks in units: after an error the
 *    parser resumes at the next declaration (top level) or the next item of a
 *    format, model, repeat or recipe body, so one run reports every
 *    independent error. Messages name the token and its text:
 *      syntax error: unexpected identifier 'lr', expecting '='
 *  - Keywords are reserved only where they start something: wherever a name
 *    goes, a keyword is read as that name (`storage weight : f16[N, K] weight`,
 *    `perturb weight`, `input = 1`); the next token always tells which, so
 *    this costs no conflicts. `else` is the exception: after an if's '}' a
 *    name `else` could start the next item, so it is reserved.
 *  - Call arguments are parsed as one list of positional and named arguments
 *    and split when the call is built, so `f(a = 1, b)` is a clear error
 *    ("positional argument after keyword argument"), not a syntax error.
 *  - Every expression node records its height (Ast.depth); a node that would
 *    be deeper than ZO_AST_MAX_DEPTH is reported and its too-deep child is
 *    replaced by 0, and the file stops there. With the scanner's bracket
 *    limit, no input can make a later phase recurse without bound.
 */
%code top {
/* Generated from frontend/parser.y by bison; do not edit. */

/* Brackets and blocks are limited to ZO_AST_MAX_DEPTH each, which needs a
 * few thousand stack entries at most; beyond this only a run of thousands of
 * prefix '-' gets, and that is reported as nested too deeply. */
#define YYMAXDEPTH 50000
}

%code requires {
#include "frontend/ast.h"

/* The state of one parse (a file or a -D value), shared by the parser
 * (parse-param) and the scanner (yyextra). */
typedef struct ParseCtx {
  Program *prog;          /* nodes and strings go into its arena */
  const SrcFile *file;    /* for locations */
  void *scanner;          /* the flex scanner (yyscan_t) */
  int start_token;        /* returned once before the first real token, then 0 */
  int is_define;          /* parsing a -D value: "end of input", not "end of file" */
  int line, col;          /* the scanner's position: where its next byte is */
  Loc end;                /* just past the last token: where "end of file" points */
  Loc comment_start;      /* of the block comment being skipped */
  const char *tok_text;   /* the last token as written (for syntax error messages) */
  int tok_len;
  int paren_depth;        /* open '(' and '[' */
  int brace_depth;        /* open '{' */
  int stop;               /* nested too deeply: reported; the file ends here */
  AstList *decls;         /* where declarations go */
  Ast *value;             /* the parsed -D value */
} ParseCtx;

/* Reports "nested too deeply" once and makes the file end at the next token. */
void zo_parse_too_deep(ParseCtx *ctx, Loc loc, const char *msg);

/* A location is where the first symbol of a rule starts (an empty rule: where
 * the symbol before it starts); nodes point at their start, a caret needs no end. */
#define YYLLOC_DEFAULT(Cur, Rhs, N) \
  do { (Cur) = (N) ? YYRHSLOC(Rhs, 1) : YYRHSLOC(Rhs, 0); } while (0)
}

%code provides {
/* What the scanner's bison-bridge prototypes call these types. */
#define YYSTYPE ZO_YYSTYPE
#define YYLTYPE ZO_YYLTYPE
}

%code {
#include <stdlib.h>
#include <string.h>

/* The flex scanner (frontend/lexer.l, prefix zo_lex); its header is not
 * included here because it renames yylex. */
int zo_lexlex(YYSTYPE *lval, YYLTYPE *lloc, void *scanner);
char *zo_lexget_text(void *scanner);
int zo_lexget_leng(void *scanner);

static int yylex(YYSTYPE *lval, YYLTYPE *lloc, ParseCtx *ctx);
static void yyerror(YYLTYPE *loc, ParseCtx *ctx, const char *msg);

static Ast *node(ParseCtx *ctx, AstKind kind, Loc loc) { return zo_ast_new(ctx->prog, kind, loc); }
static Ast *sub(ParseCtx *ctx, Ast *parent, Ast *child);
static Ast *binary(ParseCtx *ctx, int op, Ast *lhs, Ast *rhs, Loc loc);
static Ast *unary(ParseCtx *ctx, Ast *operand, Loc loc);
static Ast *name(ParseCtx *ctx, const char *s, Loc loc);
static Ast *call(ParseCtx *ctx, const char *callee, Loc loc, AstList *args);
static Ast *with_list(ParseCtx *ctx, Ast *n, AstList *field, AstList *items);
static AstList list1(Ast *first);
}

%define api.pure full
%define api.prefix {zo_yy}
%define api.token.prefix {TOK_}
%define api.location.type {Loc}
%define parse.error custom
%define parse.lac full
%locations
%param {ParseCtx *ctx}
%expect 0

%union {
  Ast *node;
  const char *str;
  AstList list;
}
%destructor { vec_free(&$$); } <list>

%token END 0 "end of file"
%token START_FILE "start of file" START_DEFINE "start of value"
%token <str> IDENT "identifier"
%token <node> NUMBER "number"
%token <node> STRING "string"
%token IMPORT "import" FORMAT "format" MODEL "model" RECIPE "recipe" FOR "for"
%token INPUT "input" WEIGHT "weight" OUTPUT "output" REPEAT "repeat" IN "in"
%token STORAGE "storage" DEQUANT "dequant" CONST "const" PERTURB "perturb" FROM "from" TARGET "target"
%token ERROR "error" IF "if" ELSE "else"
%token SHL "<<" SHR ">>" DOTDOT ".." EQ "==" NE "!=" LE "<=" GE ">=" ANDAND "&&" OROR "||"

%right '?' ':'
%left OROR
%left ANDAND
%left '|'
%left '&'
%left EQ NE
%left '<' '>' LE GE
%left SHL SHR
%left '+' '-'
%left '*' '/' '%'
%precedence NEG

%type <node> decl param format_item model_item if_item recipe_item type type_head
%type <node> expr postfix primary arg kwarg index define_value
%type <str> name role
%type <list> opt_from opt_for_types from_keys opt_params param_list params format_items model_items recipe_items
%type <list> names opt_type_args kwarg_list kwargs opt_exprs exprs indices args arglist

%%

start:
  START_FILE decls
| START_DEFINE define_value           { ctx->value = $2; }
;

/* ---- top level */

decls:
  %empty
| decls decl                          { vec_push(ctx->decls, $2); }
| decls ';'
| decls error
;

decl:
  IMPORT STRING                       { $$ = node(ctx, AST_IMPORT, @2); $$->name = $2->name; }
| FORMAT name opt_params '{' format_items '}' {
      $$ = node(ctx, AST_FORMAT, @2);
      $$->name = $2;
      $$->params = $3;
      $$->body = $5;
    }
| MODEL name opt_params opt_for_types '{' model_items '}' {
      $$ = node(ctx, AST_MODEL, @2);
      $$->name = $2;
      $$->params = $3;
      $$->hf_types = $4;
      $$->body = $6;
    }
| RECIPE name FOR name '{' recipe_items '}' {
      $$ = node(ctx, AST_RECIPE, @2);
      $$->name = $2;
      $$->target = $4;
      $$->body = $6;
    }
;

opt_params:
  %empty                              { $$ = (AstList){0}; }
| '(' param_list ')'                  { $$ = $2; }
;

param_list:
  %empty                              { $$ = (AstList){0}; }
| params
| params ','
;

params:
  param                               { $$ = list1($1); }
| params ',' param                    { $$ = $1; vec_push(&$$, $3); }
;

param:
  name '=' expr opt_from {
      $$ = node(ctx, AST_PARAM, @1);
      $$->name = $1;
      $$->lhs = $3;
      $$->args = $4;   /* every key, in the order written; target = the first */
      $$->target = $4.len ? $4.data[0]->name : NULL;
    }
/* `from "sliding_window" ?`: a key the config may lack by design (transformers
   omits a switched-off feature's keys): no warning when it is absent */
| name '=' expr FROM from_keys '?' {
      $$ = node(ctx, AST_PARAM, @1);
      $$->name = $1;
      $$->lhs = $3;
      $$->args = $5;
      $$->target = $5.data[0]->name;
      $$->ival = 1;
    }
;

/* `from "a" | "b"`: alternatives, the first one the config has wins
   (transformers 5 moved keys: "rope_theta" | "rope_parameters.rope_theta") */
opt_from:
  %empty                              { $$ = (AstList){0}; }
| FROM from_keys                      { $$ = $2; }
;

from_keys:
  STRING                              { $$ = list1($1); }
| from_keys '|' STRING                { $$ = $1; vec_push(&$$, $3); }
;

/* `model llama(...) for "llama" | "mistral"`: the Hugging Face model_type
   values the model binds (how a bundled model is picked for a checkpoint) */
opt_for_types:
  %empty                              { $$ = (AstList){0}; }
| FOR from_keys                       { $$ = $2; }
;

/* ---- format bodies */

format_items:
  %empty                              { $$ = (AstList){0}; }
| format_items format_item            { $$ = $1; vec_push(&$$, $2); }
| format_items ';'                    { $$ = $1; }
| format_items error                  { $$ = $1; }
;

format_item:
  STORAGE name ':' type {
      $$ = node(ctx, AST_STORAGE, @2);
      $$->name = $2;
      $$->type = $4;
    }
| STORAGE name ':' type role {
      $$ = node(ctx, AST_STORAGE, @2);
      $$->name = $2;
      $$->type = $4;
      $$->role = $5;
    }
| STORAGE name ':' type '=' postfix {
      $$ = node(ctx, AST_STORAGE, @2);   /* a value from a checkpoint's metadata: json("tensor", "key") */
      $$->name = $2;
      $$->type = $4;
      $$->lhs = $6;
    }
| CONST name ':' type '=' '[' opt_exprs ']' {
      $$ = node(ctx, AST_CONST, @2);
      $$->name = $2;
      $$->type = $4;
      $$->lhs = with_list(ctx, node(ctx, AST_LIST, @6), NULL, &$7);
    }
| DEQUANT '(' names ')' '=' expr {
      $$ = node(ctx, AST_DEQUANT, @1);
      $$->params = $3;
      $$->lhs = $6;
    }
;

/* ---- model bodies (and repeat bodies) */

model_items:
  %empty                              { $$ = (AstList){0}; }
| model_items model_item              { $$ = $1; vec_push(&$$, $2); }
| model_items ';'                     { $$ = $1; }
| model_items error                   { $$ = $1; }
;

model_item:
  INPUT name ':' type {
      $$ = node(ctx, AST_INPUT, @2);
      $$->name = $2;
      $$->type = $4;
    }
| WEIGHT name ':' type '=' STRING {
      $$ = node(ctx, AST_WEIGHT, @2);
      $$->name = $2;
      $$->type = $4;
      $$->target = $6->name;
    }
| name '=' expr {
      $$ = node(ctx, AST_ASSIGN, @1);
      $$->name = $1;
      $$->lhs = $3;
    }
| OUTPUT names                        { $$ = node(ctx, AST_OUTPUT, @1); $$->args = $2; }
| REPEAT name IN expr DOTDOT expr '{' model_items '}' {
      $$ = node(ctx, AST_REPEAT, @1);
      $$->name = $2;
      $$->lhs = $4;
      $$->rhs = $6;
      $$->body = $8;
    }
| if_item
/* `error "why"`: compiling the model stops with that message where this
   item is reached (in an `if` whose condition holds): a model refuses
   parameters it does not implement (an unknown rope_type) */
| ERROR STRING {
      $$ = node(ctx, AST_ERROR, @1);
      $$->name = $2->name;
    }
;

/* `if C { } else if C { } else { }`: an else-if is an AST_IF alone in the
   else items. `else` is reserved (a name there would be ambiguous). */
if_item:
  IF expr '{' model_items '}' {
      $$ = node(ctx, AST_IF, @1);
      $$->lhs = $2;
      $$->body = $4;
    }
| IF expr '{' model_items '}' ELSE '{' model_items '}' {
      $$ = node(ctx, AST_IF, @1);
      $$->lhs = $2;
      $$->body = $4;
      $$->params = $8;
    }
| IF expr '{' model_items '}' ELSE if_item {
      $$ = node(ctx, AST_IF, @1);
      $$->lhs = $2;
      $$->body = $4;
      vec_push(&$$->params, $7);
      $$->depth = $7->depth + 1;   /* a chain of else-ifs nests as deep as it is long */
      if ($$->depth > ZO_AST_MAX_DEPTH) zo_parse_too_deep(ctx, @6, "else-if chain too long");
    }
;

/* ---- recipe bodies */

recipe_items:
  %empty                              { $$ = (AstList){0}; }
| recipe_items recipe_item            { $$ = $1; vec_push(&$$, $2); }
| recipe_items ';'                    { $$ = $1; }
| recipe_items error                  { $$ = $1; }
;

recipe_item:
  PERTURB names                       { $$ = node(ctx, AST_PERTURB, @1); $$->args = $2; }
| TARGET name '=' expr {
      $$ = node(ctx, AST_TARGET, @2);
      $$->name = $2;
      $$->lhs = $4;
    }
| name '=' expr {
      $$ = node(ctx, AST_SETTING, @1);
      $$->name = $1;
      $$->lhs = $3;
    }
;

names:
  name                                { $$ = list1(name(ctx, $1, @1)); }
| names ',' name                      { $$ = $1; vec_push(&$$, name(ctx, $3, @3)); }
;

/* ---- types: NAME [( KWARGS )] [ '[' DIMS ']' ] */

type:
  type_head
| type_head '[' opt_exprs ']'         { $$ = with_list(ctx, $1, &$1->args, &$3); $$->has_dims = 1; }
;

type_head:
  name opt_type_args {
      $$ = node(ctx, AST_TYPE, @1);
      $$->name = $1;
      with_list(ctx, $$, &$$->kwargs, &$2);
    }
;

opt_type_args:
  %empty                              { $$ = (AstList){0}; }
| '(' kwarg_list ')'                  { $$ = $2; }
;

kwarg_list:
  %empty                              { $$ = (AstList){0}; }
| kwargs
| kwargs ','
;

kwargs:
  kwarg                               { $$ = list1($1); }
| kwargs ',' kwarg                    { $$ = $1; vec_push(&$$, $3); }
;

kwarg:
  name '=' expr {
      $$ = node(ctx, AST_KWARG, @1);
      $$->name = $1;
      $$->lhs = sub(ctx, $$, $3);
    }
;

opt_exprs:
  %empty                              { $$ = (AstList){0}; }
| exprs
| exprs ','
;

exprs:
  expr                                { $$ = list1($1); }
| exprs ',' expr                      { $$ = $1; vec_push(&$$, $3); }
;

/* ---- expressions */

expr:
  expr '|' expr                       { $$ = binary(ctx, '|', $1, $3, @2); }
| expr '&' expr                       { $$ = binary(ctx, '&', $1, $3, @2); }
| expr SHL expr                       { $$ = binary(ctx, AST_OP_SHL, $1, $3, @2); }
| expr SHR expr                       { $$ = binary(ctx, AST_OP_SHR, $1, $3, @2); }
| expr '+' expr                       { $$ = binary(ctx, '+', $1, $3, @2); }
| expr '-' expr                       { $$ = binary(ctx, '-', $1, $3, @2); }
| expr '*' expr                       { $$ = binary(ctx, '*', $1, $3, @2); }
| expr '/' expr                       { $$ = binary(ctx, '/', $1, $3, @2); }
| expr '%' expr                       { $$ = binary(ctx, '%', $1, $3, @2); }
| expr EQ expr                        { $$ = binary(ctx, AST_OP_EQ, $1, $3, @2); }
| expr NE expr                        { $$ = binary(ctx, AST_OP_NE, $1, $3, @2); }
| expr '<' expr                       { $$ = binary(ctx, '<', $1, $3, @2); }
| expr '>' expr                       { $$ = binary(ctx, '>', $1, $3, @2); }
| expr LE expr                        { $$ = binary(ctx, AST_OP_LE, $1, $3, @2); }
| expr GE expr                        { $$ = binary(ctx, AST_OP_GE, $1, $3, @2); }
| expr ANDAND expr                    { $$ = binary(ctx, AST_OP_AND, $1, $3, @2); }
| expr OROR expr                      { $$ = binary(ctx, AST_OP_OR, $1, $3, @2); }
| expr '?' expr ':' expr {
      $$ = binary(ctx, '?', $3, $5, @2);   /* lhs, rhs: the two values; type: the condition */
      $$->type = sub(ctx, $$, $1);
    }
| '-' expr %prec NEG                  { $$ = unary(ctx, $2, @1); }
| '!' expr %prec NEG                  { $$ = unary(ctx, $2, @1); $$->op = '!'; }
| postfix
;

postfix:
  primary
| name '(' args ')'                   { $$ = call(ctx, $1, @1, &$3); }
| postfix '[' indices ']' {
      $$ = node(ctx, AST_INDEX, @1);
      $$->lhs = sub(ctx, $$, $1);
      with_list(ctx, $$, &$$->args, &$3);
    }
;

primary:
  NUMBER
| STRING
| name                                { $$ = name(ctx, $1, @1); }
| '(' expr ')'                        { $$ = $2; }
;

indices:
  index                               { $$ = list1($1); }
| indices ',' index                   { $$ = $1; vec_push(&$$, $3); }
;

index:
  expr
| '*'                                 { $$ = node(ctx, AST_STAR, @1); }
;

args:
  %empty                              { $$ = (AstList){0}; }
| arglist
| arglist ','
;

arglist:
  arg                                 { $$ = list1($1); }
| arglist ',' arg                     { $$ = $1; vec_push(&$$, $3); }
;

arg:
  expr
| kwarg
;

/* ---- the value of -D NAME=VALUE: a number expression (`-D F=4*D`, over the
   parameters before it), a name or a call (`gptq(bits = 2)`) */

define_value:
  expr
;


/* ---- names: the keywords are reserved only where they start something, so
   `storage weight : f16[N, K] weight` and `perturb weight` read as names */

name:
  IDENT
| IMPORT                              { $$ = "import"; }
| FORMAT                              { $$ = "format"; }
| MODEL                               { $$ = "model"; }
| RECIPE                              { $$ = "recipe"; }
| FOR                                 { $$ = "for"; }
| INPUT                               { $$ = "input"; }
| WEIGHT                              { $$ = "weight"; }
| OUTPUT                              { $$ = "output"; }
| REPEAT                              { $$ = "repeat"; }
| IN                                  { $$ = "in"; }
| STORAGE                             { $$ = "storage"; }
| DEQUANT                             { $$ = "dequant"; }
| CONST                               { $$ = "const"; }
| PERTURB                             { $$ = "perturb"; }
| FROM                                { $$ = "from"; }
| TARGET                              { $$ = "target"; }
| ERROR                               { $$ = "error"; }
| IF                                  { $$ = "if"; }
;

/* A storage's role: a name, but not one that starts the next format item. */
role:
  IDENT
| IMPORT                              { $$ = "import"; }
| FORMAT                              { $$ = "format"; }
| MODEL                               { $$ = "model"; }
| RECIPE                              { $$ = "recipe"; }
| FOR                                 { $$ = "for"; }
| INPUT                               { $$ = "input"; }
| WEIGHT                              { $$ = "weight"; }
| OUTPUT                              { $$ = "output"; }
| REPEAT                              { $$ = "repeat"; }
| IN                                  { $$ = "in"; }
| PERTURB                             { $$ = "perturb"; }
| FROM                                { $$ = "from"; }
| TARGET                              { $$ = "target"; }
| ERROR                               { $$ = "error"; }
| IF                                  { $$ = "if"; }
;
%%

void zo_parse_too_deep(ParseCtx *ctx, Loc loc, const char *msg) {
  if (ctx->stop) return;
  zo_diag_error(loc, "%s", msg);
  ctx->stop = 1;
}

/* The scanner, behind the start token; once the file has stopped, only "end
 * of file", which points just past the last real token. */
static int yylex(YYSTYPE *lval, YYLTYPE *lloc, ParseCtx *ctx) {
  if (ctx->start_token) {
    int t = ctx->start_token;
    ctx->start_token = 0;
    *lloc = (Loc){ctx->file, 1, 1};
    return t;
  }
  int t = ctx->stop ? TOK_END : zo_lexlex(lval, lloc, ctx->scanner);
  if (ctx->stop || t == TOK_END) {
    *lloc = ctx->end;
    ctx->tok_text = "";
    ctx->tok_len = 0;
    return TOK_END;
  }
  ctx->tok_text = zo_lexget_text(ctx->scanner);
  ctx->tok_len = zo_lexget_leng(ctx->scanner);
  ctx->end = (Loc){ctx->file, ctx->line, ctx->col};
  return t;
}

/* With parse.error custom, bison calls this only when its stack is full: a
 * run of prefix operators thousands deep (brackets are limited earlier). */
static void yyerror(YYLTYPE *loc, ParseCtx *ctx, const char *msg) {
  (void)msg;
  zo_parse_too_deep(ctx, *loc, "expression nested too deeply");
}

/* The keywords that can be names are declared together, IMPORT first and IF
 * last; ELSE, reserved, reads as 'else' in messages. */
_Static_assert(YYSYMBOL_IF - YYSYMBOL_IMPORT == 17, "the 18 keywords that can be names are declared in one run");
static int is_keyword(yysymbol_kind_t k) { return k >= YYSYMBOL_IMPORT && k <= YYSYMBOL_IF; }

/* How a token kind reads in "expecting ...": identifier, number, string,
 * end of file, or the token itself in quotes ('=', '<<', 'model'). */
static void put_kind(StrBuf *sb, const ParseCtx *ctx, yysymbol_kind_t k) {
  const char *s = yysymbol_name(k);
  if (k == YYSYMBOL_YYEOF)
    zo_sb_puts(sb, ctx->is_define ? "end of input" : "end of file");
  else if (k == YYSYMBOL_IDENT || k == YYSYMBOL_NUMBER || k == YYSYMBOL_STRING || s[0] == '\'')
    zo_sb_puts(sb, s);
  else
    zo_sb_printf(sb, "'%s'", s);
}

/* The token the parser choked on, with its text where that helps:
 * identifier 'lr', number '1e-3', string "x", keyword 'model', '}'. Long
 * texts are cut so garbage input keeps messages short. */
static void put_lookahead(StrBuf *sb, const ParseCtx *ctx, yysymbol_kind_t k) {
  int n = ctx->tok_len, cut = n > 40;
  if (cut) n = 37;
  const char *dots = cut ? "..." : "";
  if (k == YYSYMBOL_IDENT)
    zo_sb_printf(sb, "identifier '%.*s%s'", n, ctx->tok_text, dots);
  else if (k == YYSYMBOL_NUMBER)
    zo_sb_printf(sb, "number '%.*s%s'", n, ctx->tok_text, dots);
  else if (k == YYSYMBOL_STRING)
    zo_sb_printf(sb, "string %.*s%s", n, ctx->tok_text, dots);
  else if (is_keyword(k))
    zo_sb_printf(sb, "keyword '%s'", yysymbol_name(k));
  else
    put_kind(sb, ctx, k);
}

static int yyreport_syntax_error(const yypcontext_t *yyctx, ParseCtx *ctx) {
  if (ctx->stop) return 0;  /* the file was cut short on purpose; the reason is out */
  StrBuf sb = {0};
  zo_sb_puts(&sb, "syntax error: unexpected ");
  put_lookahead(&sb, ctx, yypcontext_token(yyctx));

  /* The expected tokens, when there are few enough to help; ';' is always
   * allowed between items and never what the user is missing. */
  yysymbol_kind_t all[YYNTOKENS], shown[YYNTOKENS];
  int n = yypcontext_expected_tokens(yyctx, all, YYNTOKENS), m = 0;
  int eof = 0, ident = 0;
  for (int i = 0; i < n; i++) ident |= all[i] == YYSYMBOL_IDENT;
  for (int i = 0; i < n; i++) {
    if (all[i] == YYSYMBOL_YYEOF)
      eof = 1;  /* listed last: "expecting 'model' or end of file" */
    else if (strcmp(yysymbol_name(all[i]), "';'") != 0 && all[i] != YYSYMBOL_START_FILE &&
             all[i] != YYSYMBOL_START_DEFINE && !(ident && is_keyword(all[i])))
      shown[m++] = all[i];  /* where a name goes, "identifier" covers the keywords */
  }
  if (eof) shown[m++] = YYSYMBOL_YYEOF;
  if (m > 0 && m <= 6) {
    zo_sb_puts(&sb, ", expecting ");
    for (int i = 0; i < m; i++) {
      if (i > 0) zo_sb_puts(&sb, i == m - 1 ? " or " : ", ");
      put_kind(&sb, ctx, shown[i]);
    }
  }
  zo_diag_error(*yypcontext_location(yyctx), "%s", sb.buf);
  zo_sb_free(&sb);
  return 0;
}

/* `child` as a part of `parent`: raises parent's height, and keeps it within
 * ZO_AST_MAX_DEPTH by putting a 0 in place of a child that is already at the
 * limit (after reporting it). */
static Ast *sub(ParseCtx *ctx, Ast *parent, Ast *child) {
  if (child->depth >= ZO_AST_MAX_DEPTH) {
    zo_parse_too_deep(ctx, parent->loc, "expression nested too deeply");
    child = node(ctx, AST_NUM, child->loc);
    child->is_int = 1;
  }
  if (parent->depth < child->depth + 1) parent->depth = child->depth + 1;
  return child;
}

static Ast *binary(ParseCtx *ctx, int op, Ast *lhs, Ast *rhs, Loc loc) {
  Ast *n = node(ctx, AST_BINARY, loc);
  n->op = op;
  n->lhs = sub(ctx, n, lhs);
  n->rhs = sub(ctx, n, rhs);
  return n;
}

static Ast *unary(ParseCtx *ctx, Ast *operand, Loc loc) {
  Ast *n = node(ctx, AST_NEG, loc);
  n->lhs = sub(ctx, n, operand);
  return n;
}

static Ast *name(ParseCtx *ctx, const char *s, Loc loc) {
  Ast *n = node(ctx, AST_NAME, loc);
  n->name = s;
  return n;
}

/* Moves `items` into n (into `field`, or n->args when NULL), each as a part
 * of n (see sub). */
static Ast *with_list(ParseCtx *ctx, Ast *n, AstList *field, AstList *items) {
  if (!field) field = &n->args;
  for (int i = 0; i < items->len; i++) items->data[i] = sub(ctx, n, items->data[i]);
  *field = *items;
  *items = (AstList){0};
  return n;
}

/* Splits a call's arguments into positional ones and named ones (AST_KWARG);
 * a positional one after a named one is reported and kept. */
static Ast *call(ParseCtx *ctx, const char *callee, Loc loc, AstList *args) {
  Ast *n = node(ctx, AST_CALL, loc);
  n->name = callee;
  for (int i = 0; i < args->len; i++) {
    Ast *a = sub(ctx, n, args->data[i]);
    if (a->kind == AST_KWARG) {
      vec_push(&n->kwargs, a);
      continue;
    }
    if (n->kwargs.len > 0)
      zo_diag_error(a->loc, "positional argument after keyword argument '%s'", n->kwargs.data[n->kwargs.len - 1]->name);
    vec_push(&n->args, a);
  }
  vec_free(args);
  return n;
}

static AstList list1(Ast *first) {
  AstList l = {0};
  vec_push(&l, first);
  return l;
}
