/* test_parser.c — the front end (frontend/lexer.l, parser.y, ast.c, parse.c)
 * through its public API.
 *
 *  - golden: every tests/golden/parse/NAME.zo parses without a diagnostic and
 *    dumps (zo_program_print) exactly NAME.ast. To rewrite the expected files
 *    after a deliberate change, run with ZOC_UPDATE_GOLDEN=1 and review the
 *    diff before committing: the .ast files are the specification.
 *  - locations: lines and columns (1-based, a tab is one column) of nodes.
 *  - diagnostics: a table of snippet -> the exact text on the diagnostic
 *    stream (message, source line, caret); a file with three independent
 *    errors reports all three in one run and keeps what parses.
 *  - imports (relative, $ZOC_PATH, cycles, missing files) and -D values;
 *    a source file over the 64 MiB cap is refused unread (zoc check).
 *  - robustness: fresh random bytes and token soups, every truncation of
 *    every golden file, deep nesting of every kind, long inputs; each must
 *    return with every expression within ZO_AST_MAX_DEPTH and at most
 *    ZO_DIAG_MAX_ERRORS messages printed.
 *  - regressions: inputs that once crashed or hung the fuzzer (fuzz_parse.c).
 */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "frontend/ast.h"
#include "testutil.h"

/* ---- helpers */

typedef struct Result {
  char *dump;   /* zo_program_print */
  char *diag;   /* everything on the diagnostic stream */
  int errors;   /* zo_diag_count */
} Result;

static void result_free(Result *r) {
  free(r->dump);
  free(r->diag);
}

/* Every node within the depth bound, and the dump of the whole program works
 * (the printer recurses; a too-deep tree would show here). */
static void check_invariants(const Program *p) {
  for (int i = 0; i < p->nodes.len; i++)
    ck_assert_int_le(p->nodes.data[i]->depth, ZO_AST_MAX_DEPTH);
}

static Result parse_text(const char *name, const char *text, size_t len) {
  Result r = {0};
  size_t dlen, olen;
  FILE *d = open_memstream(&r.diag, &dlen);
  FILE *o = open_memstream(&r.dump, &olen);
  zo_diag_reset();
  zo_diag_set_stream(d);
  Program *p = zo_parse_string(name, text, len);
  check_invariants(p);
  zo_program_print(o, p);
  r.errors = zo_diag_count();
  zo_program_free(p);
  zo_diag_set_stream(NULL);
  fclose(d);
  fclose(o);
  return r;
}

static Result parse_str(const char *text) { return parse_text("t.zo", text, strlen(text)); }

static int count_lines_with(const char *s, const char *needle) {
  int n = 0;
  for (const char *p = s; (p = strstr(p, needle)); p += strlen(needle)) n++;
  return n;
}

/* ---- golden files */

static int ends_with(const char *s, const char *suffix) {
  size_t n = strlen(s), m = strlen(suffix);
  return n >= m && strcmp(s + n - m, suffix) == 0;
}

START_TEST(test_golden) {
  const char *dir = zt_src("tests/golden/parse");
  setenv("ZOC_PATH", dir, 1);  /* llama.zo imports gptq.zo from here */
  int update = getenv("ZOC_UPDATE_GOLDEN") && strcmp(getenv("ZOC_UPDATE_GOLDEN"), "1") == 0;
  struct dirent **ents;
  int n = scandir(dir, &ents, NULL, alphasort);
  ck_assert_msg(n >= 0, "cannot list %s", dir);
  int checked = 0;
  for (int i = 0; i < n; i++) {
    const char *fname = ents[i]->d_name;
    if (!ends_with(fname, ".zo")) continue;
    char zo[1024], ast[1024];
    snprintf(zo, sizeof zo, "%s/%s", dir, fname);
    snprintf(ast, sizeof ast, "%s/%.*s.ast", dir, (int)strlen(fname) - 3, fname);
    size_t len;
    char *text = zo_read_file(zo, &len);
    ck_assert_msg(text != NULL, "cannot read %s", zo);
    Result r = parse_text(fname, text, len);
    ck_assert_msg(r.errors == 0 && r.diag[0] == 0, "%s: unexpected diagnostics:\n%s", fname, r.diag);
    if (update) {
      ck_assert_int_eq(zo_write_file_atomic(ast, r.dump, strlen(r.dump)), 0);
    } else {
      char *want = zo_read_file(ast, NULL);
      ck_assert_msg(want != NULL, "%s: no expected dump %s (ZOC_UPDATE_GOLDEN=1 writes it)", fname, ast);
      ck_assert_msg(strcmp(want, r.dump) == 0, "%s: dump differs from %s\n--- got:\n%s", fname, ast, r.dump);
      free(want);
    }
    result_free(&r);
    free(text);
    checked++;
  }
  for (int i = 0; i < n; i++) free(ents[i]);
  free(ents);
  ck_assert_int_ge(checked, 8);
}
END_TEST

/* ---- locations */

static const Ast *find_kind(const Program *p, AstKind k, int nth) {
  for (int i = 0; i < p->nodes.len; i++)
    if (p->nodes.data[i]->kind == k && nth-- == 0) return p->nodes.data[i];
  return NULL;
}

START_TEST(test_locations) {
  const char *src =
      "// header\n"
      "model m(D = 4) {\n"
      "\tx = a + b[1, *]\n"
      "  /* two\n     lines */ repeat i in 0 .. D { y = -f(k = \"s\") }\n"
      "}\n";
  zo_diag_reset();
  Program *p = zo_parse_string("loc.zo", src, strlen(src));
  ck_assert_int_eq(zo_diag_count(), 0);
  struct {
    AstKind kind;
    int nth, line, col;
  } want[] = {
      {AST_MODEL, 0, 2, 7},   /* the name */
      {AST_PARAM, 0, 2, 9},
      {AST_ASSIGN, 0, 3, 2},  /* after a tab: column 2 */
      {AST_BINARY, 0, 3, 8},  /* the operator */
      {AST_INDEX, 0, 3, 10},  /* the indexed name */
      {AST_STAR, 0, 3, 15},
      {AST_REPEAT, 0, 5, 15}, /* after a two-line comment */
      {AST_NEG, 0, 5, 40},
      {AST_CALL, 0, 5, 41},
      {AST_KWARG, 0, 5, 43},
      {AST_STR, 0, 5, 47},
  };
  for (size_t i = 0; i < ZO_COUNT(want); i++) {
    const Ast *n = find_kind(p, want[i].kind, want[i].nth);
    ck_assert_msg(n != NULL, "no %s node", zo_ast_kind_name(want[i].kind));
    ck_assert_msg(n->loc.line == want[i].line && n->loc.col == want[i].col,
                  "%s at %d:%d, expected %d:%d", zo_ast_kind_name(want[i].kind), n->loc.line, n->loc.col,
                  want[i].line, want[i].col);
    ck_assert_ptr_eq(n->loc.file, p->files.data[0]);
  }
  /* depth: a leaf is 1; `-f(k = "s")` is neg > call > kwarg > str */
  ck_assert_int_eq(find_kind(p, AST_NEG, 0)->depth, 4);
  zo_program_free(p);
}
END_TEST

/* ---- diagnostics: snippet -> exact text */

static const struct {
  const char *src, *want;
} diag_cases[] = {
    /* a missing '=' */
    {"model m { x 1 }",
     "t.zo:1:13: error: syntax error: unexpected number '1', expecting '='\n"
     "  model m { x 1 }\n"
     "              ^\n"},
    {"recipe r for m {\n  eps lr = 1e-7\n}",
     "t.zo:2:7: error: syntax error: unexpected identifier 'lr', expecting '='\n"
     "    eps lr = 1e-7\n"
     "        ^\n"},
    {"model m {\n  w = \"abc\n}\n",
     "t.zo:2:7: error: unterminated string\n"
     "    w = \"abc\n"
     "        ^\n"},
    {"model m {}\n/* never\n closed",
     "t.zo:2:1: error: unterminated comment\n"
     "  /* never\n"
     "  ^\n"},
    {"model m { x = a $+ b }",
     "t.zo:1:17: error: unexpected character '$'\n"
     "  model m { x = a $+ b }\n"
     "                  ^\n"},
    {"model m { x = 1\x01 }",
     "t.zo:1:16: error: unexpected character '\\x01'\n"
     "  model m { x = 1\x01 }\n"
     "                 ^\n"},
    {"model m { x = 9223372036854775808 }",
     "t.zo:1:15: error: integer literal too large\n"
     "  model m { x = 9223372036854775808 }\n"
     "                ^\n"},
    {"model m { x = 0x8000000000000000 }",
     "t.zo:1:15: error: integer literal too large\n"
     "  model m { x = 0x8000000000000000 }\n"
     "                ^\n"},
    {"model m { x = 2.5e308 }",
     "t.zo:1:15: error: floating-point literal too large\n"
     "  model m { x = 2.5e308 }\n"
     "                ^\n"},
    {"model m { x = 12abc }",
     "t.zo:1:15: error: invalid number '12abc'\n"
     "  model m { x = 12abc }\n"
     "                ^\n"},
    {"model m { x = f(a = 1, b) }",
     "t.zo:1:24: error: positional argument after keyword argument 'a'\n"
     "  model m { x = f(a = 1, b) }\n"
     "                         ^\n"},
    {"model m { x = 1 } }",
     "t.zo:1:19: error: syntax error: unexpected '}', expecting 'import', 'format', 'model', 'recipe' or end of file\n"
     "  model m { x = 1 } }\n"
     "                    ^\n"},
    {"import \"zoc_no_such_file.zo\"",
     "t.zo:1:8: error: cannot import \"zoc_no_such_file.zo\": No such file or directory\n"
     "  import \"zoc_no_such_file.zo\"\n"
     "         ^\n"},
    {"model m { s = \"a\\qb\" }",
     "t.zo:1:17: error: unknown escape sequence '\\q' in string\n"
     "  model m { s = \"a\\qb\" }\n"
     "                  ^\n"},
    {"recipe r for",
     "t.zo:1:13: error: syntax error: unexpected end of file, expecting identifier\n"
     "  recipe r for\n"
     "              ^\n"},
    {"model m {}\nrecipe r for m { perturb }",
     "t.zo:2:26: error: syntax error: unexpected '}', expecting identifier or '='\n"
     "  recipe r for m { perturb }\n"
     "                           ^\n"},
    {"format f { storage s : f32 }\nmodel m { x = 1 }\nmodel n { y = 2 } import",
     "t.zo:3:25: error: syntax error: unexpected end of file, expecting string\n"
     "  model n { y = 2 } import\n"
     "                          ^\n"},
    {"model m {\n  x = input + output * weight[in, from]\n  weight weight : weight = \"w\"\n  input = 1 input\n}",
     "t.zo:5:1: error: syntax error: unexpected '}', expecting identifier or '='\n"
     "  }\n"
     "  ^\n"},
    {"format f { storage s f32 }",
     "t.zo:1:22: error: syntax error: unexpected identifier 'f32', expecting ':'\n"
     "  format f { storage s f32 }\n"
     "                       ^\n"},
    {"format f { storage s : q(4) }",
     "t.zo:1:26: error: syntax error: unexpected number '4', expecting identifier or ')'\n"
     "  format f { storage s : q(4) }\n"
     "                           ^\n"},
    {"model m { x = * }",
     "t.zo:1:15: error: syntax error: unexpected '*', expecting identifier, number, string, '-', '(' or '!'\n"
     "  model m { x = * }\n"
     "                ^\n"},
    {"model m {\n\trepeat i 0 .. 4 { }\n}",
     "t.zo:2:11: error: syntax error: unexpected number '0', expecting 'in'\n"
     "  \trepeat i 0 .. 4 { }\n"
     "  \t         ^\n"},
    {"model m { x = a[1 }",
     "t.zo:1:19: error: syntax error: unexpected '}'\n"
     "  model m { x = a[1 }\n"
     "                    ^\n"},
    {"format f { dequant(k, 1) = k }",
     "t.zo:1:23: error: syntax error: unexpected number '1', expecting identifier\n"
     "  format f { dequant(k, 1) = k }\n"
     "                        ^\n"},
    {"model m { x = \"str\" \"ing\" }",
     "t.zo:1:21: error: syntax error: unexpected string \"ing\"\n"
     "  model m { x = \"str\" \"ing\" }\n"
     "                      ^\n"},
    {"model m { x = 1 .. 2 }",
     "t.zo:1:17: error: syntax error: unexpected '..'\n"
     "  model m { x = 1 .. 2 }\n"
     "                  ^\n"},
    {"model m abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz",
     "t.zo:1:9: error: syntax error: unexpected identifier 'abcdefghijklmnopqrstuvwxyzabcdefghijk...', "
     "expecting 'for', '{' or '('\n"
     "  model m abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz\n"
     "          ^\n"},
    {"model m { x = a @ b }",
     "t.zo:1:17: error: unexpected character '@'\n"
     "  model m { x = a @ b }\n"
     "                  ^\n"
     "t.zo:1:21: error: syntax error: unexpected '}', expecting '='\n"
     "  model m { x = a @ b }\n"
     "                      ^\n"},
};

START_TEST(test_diagnostics) {
  setenv("ZOC_PATH", zt_tmpdir(), 1);  /* nothing to import from there */
  for (size_t i = 0; i < ZO_COUNT(diag_cases); i++) {
    Result r = parse_str(diag_cases[i].src);
    ck_assert_msg(strcmp(r.diag, diag_cases[i].want) == 0, "case %zu: %s\n--- got:\n%s--- want:\n%s", i,
                  diag_cases[i].src, r.diag, diag_cases[i].want);
    ck_assert_int_eq(r.errors, count_lines_with(diag_cases[i].want, ": error: "));
    result_free(&r);
  }
}
END_TEST

/* A NUL and bytes outside ASCII, which a C string literal table cannot hold. */
START_TEST(test_diag_bytes) {
  const char src[] = "model m { x = 1\0 + \xc3\xa9 2 }";
  Result r = parse_text("t.zo", src, sizeof src - 1);
  ck_assert_int_eq(r.errors, 3);
  ck_assert_ptr_nonnull(strstr(r.diag, "t.zo:1:16: error: unexpected character '\\x00'\n"));
  ck_assert_ptr_nonnull(strstr(r.diag, "t.zo:1:20: error: unexpected character '\\xc3'\n"));
  ck_assert_ptr_nonnull(strstr(r.diag, "t.zo:1:21: error: unexpected character '\\xa9'\n"));
  ck_assert_str_eq(r.dump, "(model m\n  (assign x (+ 1 2)))\n");
  result_free(&r);
}
END_TEST

/* 257 nested brackets: reported at the 257th, and the file ends there. */
START_TEST(test_diag_too_deep) {
  StrBuf src = {0}, want = {0};
  zo_sb_puts(&src, "model m { x = ");
  for (int i = 0; i < 300; i++) zo_sb_putc(&src, '(');
  zo_sb_puts(&src, "1");
  for (int i = 0; i < 300; i++) zo_sb_putc(&src, ')');
  zo_sb_puts(&src, " }\nmodel after {}");
  /* the caret line of support.c: the source line cut at 300 columns */
  zo_sb_printf(&want, "t.zo:1:271: error: expression nested too deeply\n  %.300s\n  %270s^\n", src.buf, "");
  Result r = parse_str(src.buf);
  ck_assert_str_eq(r.diag, want.buf);
  ck_assert_int_eq(r.errors, 1);
  result_free(&r);
  zo_sb_free(&src);
  zo_sb_free(&want);

  /* 257 nested repeat blocks */
  zo_sb_puts(&src, "model m {\n");
  for (int i = 0; i < 257; i++) zo_sb_puts(&src, "repeat i in 0 .. 2 {\n");
  r = parse_str(src.buf);
  zo_sb_printf(&want, "t.zo:257:20: error: blocks nested too deeply\n  repeat i in 0 .. 2 {\n  %19s^\n", "");
  ck_assert_str_eq(r.diag, want.buf);
  result_free(&r);
  zo_sb_free(&src);
  zo_sb_free(&want);

  /* a sum of 300 terms: the 256th '+' (column 14 + 2 * 256) would be the 257th level */
  zo_sb_puts(&src, "model m { x = 1");
  for (int i = 0; i < 300; i++) zo_sb_puts(&src, "+1");
  zo_sb_puts(&src, " }");
  r = parse_str(src.buf);
  ck_assert_int_eq(r.errors, 1);
  ck_assert_ptr_nonnull(strstr(r.diag, "t.zo:1:526: error: expression nested too deeply\n"));
  result_free(&r);
  zo_sb_free(&src);
}
END_TEST

START_TEST(test_three_errors) {
  const char *src =
      "format f(G = 128) {\n"
      "  storage s : f16[K / G, N] scale\n"
      "  storage t f16[N]\n"
      "}\n"
      "model m(D = 4) {\n"
      "  x = f(a = 1, b)\n"
      "  y = x +* 2\n"
      "  z = y\n"
      "}\n"
      "recipe r for m { lr = 1e-7 }\n";
  Result r = parse_str(src);
  ck_assert_str_eq(r.diag,
                   "t.zo:3:13: error: syntax error: unexpected identifier 'f16', expecting ':'\n"
                   "    storage t f16[N]\n"
                   "              ^\n"
                   "t.zo:6:16: error: positional argument after keyword argument 'a'\n"
                   "    x = f(a = 1, b)\n"
                   "                 ^\n"
                   "t.zo:7:10: error: syntax error: unexpected '*', expecting identifier, number, string, '-', '(' or '!'\n"
                   "    y = x +* 2\n"
                   "           ^\n");
  ck_assert_int_eq(r.errors, 3);
  /* what parses is kept: the format's good storage, the model's other lines, the recipe */
  ck_assert_ptr_nonnull(strstr(r.dump, "(storage s "));
  ck_assert_ptr_nonnull(strstr(r.dump, "(assign z (name y))"));
  ck_assert_ptr_nonnull(strstr(r.dump, "(recipe r (for m)\n  (setting lr "));
  result_free(&r);
}
END_TEST

/* ---- -D values */

START_TEST(test_define_values) {
  static const struct {
    const char *text, *want;
  } ok[] = {
      {"4", "4"},
      {"-1e-3", "(neg 0.001)"},
      {"0x20", "32"},
      {"nf4", "(name nf4)"},
      {"gptq(bits = 2, G = 64)", "(call gptq (kwarg bits 2) (kwarg G 64))"},
      {" gptq ( bits=2 , ) ", "(call gptq (kwarg bits 2))"},
      {"2 * D + max(D, 3)", "(+ (* 2 (name D)) (call max (name D) 3))"},
      {"D > 2 && !(D == 3) ? 1 : 0", "(? (&& (> (name D) 2) (not (== (name D) 3))) 1 0)"},
  };
  zo_diag_reset();
  Program *p = zo_parse_string("empty.zo", "", 0);
  for (size_t i = 0; i < ZO_COUNT(ok); i++) {
    Ast *v = zo_parse_define_value(p, "-D W", ok[i].text);
    ck_assert_msg(v != NULL, "%s", ok[i].text);
    char *buf;
    size_t len;
    FILE *f = open_memstream(&buf, &len);
    zo_ast_print(f, v);
    fclose(f);
    ck_assert_str_eq(buf, ok[i].want);
    free(buf);
  }
  ck_assert_int_eq(zo_diag_count(), 0);

  static const struct {
    const char *text, *want;
  } bad[] = {
      {"4 5", "-D W:1:3: error: syntax error: unexpected number '5'\n  4 5\n    ^\n"},
      {"", "-D W:1:1: error: syntax error: unexpected end of input, expecting identifier, number, string, '-', '(' or '!'\n  \n  ^\n"},
      {"a+", "-D W:1:3: error: syntax error: unexpected end of input, expecting identifier, number, string, '-', '(' or '!'\n  a+\n    ^\n"},
      {"99999999999999999999", "-D W:1:1: error: integer literal too large\n  99999999999999999999\n  ^\n"},
  };
  for (size_t i = 0; i < ZO_COUNT(bad); i++) {
    char *buf;
    size_t len;
    FILE *f = open_memstream(&buf, &len);
    zo_diag_set_stream(f);
    Ast *v = zo_parse_define_value(p, "-D W", bad[i].text);
    zo_diag_set_stream(NULL);
    fclose(f);
    ck_assert_ptr_null(v);
    ck_assert_str_eq(buf, bad[i].want);
    free(buf);
  }
  zo_program_free(p);
}
END_TEST

/* ---- imports */

static void write_file(const char *dir, const char *rel, const char *text) {
  char path[1024];
  snprintf(path, sizeof path, "%s/%s", dir, rel);
  ck_assert_int_eq(zo_write_file_atomic(path, text, strlen(text)), 0);
}

START_TEST(test_imports) {
  const char *d = zt_tmpdir();
  char sub[900], lib[900], a[900];
  snprintf(sub, sizeof sub, "%s/sub", d);
  snprintf(lib, sizeof lib, "%s/lib", d);
  mkdir(sub, 0755);
  mkdir(lib, 0755);
  write_file(d, "a.zo", "import \"b.zo\"\nimport \"sub/c.zo\"\nmodel a {}\n");
  write_file(d, "b.zo", "import \"a.zo\"  // a cycle: a is read once\nformat b {}\n");
  write_file(d, "sub/c.zo", "import \"../b.zo\"\nimport \"d.zo\"\nimport \"nope.zo\"\nimport \"../lib\"\nrecipe c for a {}\n");
  write_file(d, "lib/d.zo", "model d {}\n");
  setenv("ZOC_PATH", lib, 1);  /* d.zo is found here, after sub/ */
  snprintf(a, sizeof a, "%s/a.zo", d);
  const char *paths[] = {a, a, "/zoc/no/such/file.zo"};

  char *diag, *dump;
  size_t dl, ol;
  FILE *df = open_memstream(&diag, &dl), *of = open_memstream(&dump, &ol);
  zo_diag_reset();
  zo_diag_set_stream(df);
  Program *p = zo_parse_files(paths, 3);
  zo_program_print(of, p);
  int errors = zo_diag_count(), files = p->files.len;
  zo_program_free(p);
  zo_diag_set_stream(NULL);
  fclose(df);
  fclose(of);

  ck_assert_str_eq(dump,
                   "(import \"b.zo\")\n(import \"sub/c.zo\")\n(model a)\n"
                   "(import \"a.zo\")\n(format b)\n"
                   "(import \"../b.zo\")\n(import \"d.zo\")\n(import \"nope.zo\")\n(import \"../lib\")\n"
                   "(recipe c (for a))\n"
                   "(model d)\n");
  ck_assert_int_eq(files, 4);
  StrBuf want = {0};
  zo_sb_printf(&want,
               "%s/sub/c.zo:3:8: error: cannot import \"nope.zo\": No such file or directory\n"
               "  import \"nope.zo\"\n"
               "         ^\n"
               "%s/sub/c.zo:4:8: error: cannot import \"../lib\": Is a directory\n"
               "  import \"../lib\"\n"
               "         ^\n"
               "/zoc/no/such/file.zo: error: cannot read file: No such file or directory\n",
               d, d);
  ck_assert_str_eq(diag, want.buf);
  ck_assert_int_eq(errors, 3);
  zo_sb_free(&want);
  free(diag);
  free(dump);
}
END_TEST

/* The models zoc ships parse without a diagnostic (what they mean is the
 * checker's business). */
START_TEST(test_bundled_models) {
  const char *dir = zt_src("models");
  struct dirent **ents;
  int n = scandir(dir, &ents, NULL, alphasort);
  ck_assert_msg(n >= 0, "cannot list %s", dir);
  for (int i = 0; i < n; i++) {
    if (ends_with(ents[i]->d_name, ".zo")) {
      char path[1024];
      snprintf(path, sizeof path, "%s/%s", dir, ents[i]->d_name);
      const char *paths[] = {path};
      char *diag;
      size_t len;
      FILE *f = open_memstream(&diag, &len);
      zo_diag_reset();
      zo_diag_set_stream(f);
      Program *p = zo_parse_files(paths, 1);
      check_invariants(p);
      zo_diag_set_stream(NULL);
      fclose(f);
      ck_assert_msg(zo_diag_count() == 0, "%s:\n%s", path, diag);
      ck_assert_int_gt(p->decls.len, 0);
      zo_program_free(p);
      free(diag);
    }
    free(ents[i]);
  }
  free(ents);
}
END_TEST

/* ---- robustness */

/* Parses and checks that it returned sanely: at most ZO_DIAG_MAX_ERRORS
 * messages printed however many errors, and the dump works. */
static void must_survive(const char *text, size_t len) {
  Result r = parse_text("r.zo", text, len);
  ck_assert_int_le(count_lines_with(r.diag, ": error: "), ZO_DIAG_MAX_ERRORS);
  result_free(&r);
}

START_TEST(test_random_bytes) {
  uint64_t s = zt_seed() ^ 0x5eed0001;
  char buf[600];
  for (int i = 0; i < 3000; i++) {
    size_t len = zt_next(&s) % sizeof buf;
    /* half the inputs mostly printable, so more of them get past the lexer */
    int printable = i % 2;
    for (size_t k = 0; k < len; k++) {
      uint64_t x = zt_next(&s);
      buf[k] = printable && x % 8 ? (char)(32 + (x >> 8) % 95) : (char)(x >> 16);
    }
    must_survive(buf, len);
  }
}
END_TEST

START_TEST(test_token_soup) {
  static const char *const toks[] = {
      "import", "format", "model", "recipe", "for", "input", "weight", "output", "repeat", "in",
      "storage", "dequant", "const", "perturb", "from", "x", "k", "n", "gptq", "f16", "u32",
      "0", "1", "4096", "0x1F", "1.5", "1e-5", ".5", "99999999999999999999", "1e999", "\"s\"",
      "\"model.layers.{l}\"", "\"unterminated", "(", ")", "[", "]", "{", "}", ",", ":", ";", "=",
      "+", "-", "*", "/", "%", "&", "|", "<<", ">>", "..", "// c\n", "/* c */", "/*", "\n", "@", "\t",
  };
  uint64_t s = zt_seed() ^ 0x5eed0002;
  StrBuf sb = {0};
  for (int i = 0; i < 3000; i++) {
    int n = (int)(zt_next(&s) % 200);
    sb.len = 0;
    if (sb.buf) sb.buf[0] = 0;
    /* start most soups well, so they reach deeper into the grammar */
    if (i % 4) zo_sb_puts(&sb, i % 4 == 1 ? "model m(D = 4) {" : i % 4 == 2 ? "format f {" : "recipe r for m {");
    for (int k = 0; k < n; k++) {
      zo_sb_puts(&sb, toks[zt_next(&s) % ZO_COUNT(toks)]);
      zo_sb_putc(&sb, ' ');
    }
    must_survive(sb.buf, sb.len);
  }
  zo_sb_free(&sb);
}
END_TEST

START_TEST(test_truncations) {
  const char *dir = zt_src("tests/golden/parse");
  setenv("ZOC_PATH", dir, 1);
  struct dirent **ents;
  int n = scandir(dir, &ents, NULL, alphasort);
  ck_assert_int_ge(n, 0);
  for (int i = 0; i < n; i++) {
    if (ends_with(ents[i]->d_name, ".zo")) {
      char path[1024];
      snprintf(path, sizeof path, "%s/%s", dir, ents[i]->d_name);
      size_t len;
      char *text = zo_read_file(path, &len);
      ck_assert_ptr_nonnull(text);
      for (size_t cut = 0; cut <= len; cut++) must_survive(text, cut);
      free(text);
    }
    free(ents[i]);
  }
  free(ents);
}
END_TEST

/* `open` repeated n times, then `mid`, then `close` n times; when that is
 * well formed and too deep, "nested too deeply" must be among the first
 * messages. */
static void nest(const char *prefix, const char *open, const char *mid, const char *close, int n, int valid) {
  StrBuf sb = {0};
  zo_sb_puts(&sb, prefix);
  for (int i = 0; i < n; i++) zo_sb_puts(&sb, open);
  zo_sb_puts(&sb, mid);
  for (int i = 0; i < n; i++) zo_sb_puts(&sb, close);
  zo_sb_puts(&sb, " }");
  Result r = parse_text("deep.zo", sb.buf, sb.len);
  if (valid && n > ZO_AST_MAX_DEPTH) {
    ck_assert_msg(r.errors >= 1, "%s x %d: no error", open, n);
    ck_assert_msg(strstr(r.diag, "nested too deeply") != NULL, "%s x %d:\n%.2000s", open, n, r.diag);
  }
  result_free(&r);
  zo_sb_free(&sb);
}

START_TEST(test_deep_nesting) {
  static const struct {
    const char *open, *mid, *close;
    int valid;
  } kinds[] = {
      {"(", "1", ")", 1},       {"[", "1", "]", 0},     {"-", "1", "", 1},       {"1+", "1", "", 1},
      {"f(", "1", ")", 1},      {"a[", "1", "]", 1},    {"f(k = ", "1", ")", 1}, {"-(", "1", ")", 1},
      {"(1|", "1", ")", 1},     {"{", "", "}", 0},      {"x = (", "", "", 0},    {"a[1][", "1", "]", 1},
      {"1*", "1", "", 1},       {"1<<", "1", "", 1},    {"(", "", "", 0},        {")", "", "", 0},
  };
  for (size_t k = 0; k < ZO_COUNT(kinds); k++) {
    nest("model m { x = ", kinds[k].open, kinds[k].mid, kinds[k].close, ZO_AST_MAX_DEPTH - 10, kinds[k].valid);
    nest("model m { x = ", kinds[k].open, kinds[k].mid, kinds[k].close, ZO_AST_MAX_DEPTH + 1, kinds[k].valid);
    nest("model m { x = ", kinds[k].open, kinds[k].mid, kinds[k].close, 100000, kinds[k].valid);
  }
  nest("model m { ", "repeat i in 0..1 {", "", "}", ZO_AST_MAX_DEPTH + 1, 1);
  nest("model m { ", "repeat i in 0..1 {", "", "}", 100000, 1);
  nest("model m { ", "repeat i in 0..1 {", "", "", 100000, 1);
  nest("format f(", "G = (", "1", ")", 100000, 1);
  nest("format f { const t : f32 = ", "[", "1", "]", 100000, 0);
}
END_TEST

START_TEST(test_long_inputs) {
  size_t big = 10u << 20;
  char *s = zo_xmalloc(big + 64);
  /* 10 MB of identifiers at the top level: one error, then recovery skips the rest */
  for (size_t i = 0; i < big; i += 4) memcpy(s + i, "abc ", 4);
  Result r = parse_text("ids.zo", s, big);
  ck_assert_int_eq(r.errors, 1);
  result_free(&r);
  /* one 10 MB identifier, number, string, comment */
  memset(s, 'a', big);
  must_survive(s, big);
  memset(s, '9', big);
  must_survive(s, big);
  memset(s, 'x', big);
  s[0] = '"';
  must_survive(s, big);
  s[0] = '/';
  s[1] = '*';
  must_survive(s, big);
  free(s);

  /* a long valid file: 20000 statements */
  StrBuf sb = {0};
  zo_sb_puts(&sb, "model m {\n");
  for (int i = 0; i < 20000; i++) zo_sb_printf(&sb, "  x%d = f(a, b[%d, *], c = 1.5) + -y * 2\n", i, i);
  zo_sb_puts(&sb, "}\n");
  r = parse_text("long.zo", sb.buf, sb.len);
  ck_assert_int_eq(r.errors, 0);
  ck_assert_int_eq(count_lines_with(r.dump, "(assign x"), 20000);
  result_free(&r);
  zo_sb_free(&sb);
}
END_TEST

/* A source file over the cap (64 MiB) is refused by its size, unread: an 8 GB
 * sparse file (no disk used) imported by a .zo file, and named on the command
 * line, through `zoc check` as a user runs it. One byte over the cap is
 * refused too, and the cap itself parses (a file of comments). */
static int check_file(const char *path, char **err) {
  char cmd[1200];
  snprintf(cmd, sizeof cmd, "check '%s'", path);
  return zt_zoc(cmd, NULL, err);
}

START_TEST(test_source_size_cap) {
  const char *d = zt_tmpdir();
  char big[900], cap[900], over[900], a[900], want[1200];
  snprintf(big, sizeof big, "%s/big.zo", d);
  snprintf(cap, sizeof cap, "%s/cap.zo", d);
  snprintf(over, sizeof over, "%s/over.zo", d);
  const long long gb8 = 8LL << 30, mib64 = 64LL << 20;
  FILE *f = fopen(big, "w");
  ck_assert_int_eq(ftruncate(fileno(f), (off_t)gb8), 0);
  fclose(f);
  write_file(d, "a.zo", "// imports a checkpoint by mistake\nimport \"big.zo\"\nmodel a {}\n");
  snprintf(a, sizeof a, "%s/a.zo", d);
  char *err = NULL;
  ck_assert_int_eq(check_file(a, &err), 1);
  snprintf(want, sizeof want, "%s/a.zo:2:8: error: cannot import \"big.zo\": the file is %lld bytes, more than zoc reads "
           "as source (64 MiB)\n", d, gb8);
  ck_assert_msg(strncmp(err, want, strlen(want)) == 0, "got:\n%s\nwant:\n%s", err, want);
  free(err);
  ck_assert_int_eq(check_file(big, &err), 1);
  snprintf(want, sizeof want, "%s: error: cannot read file: the file is %lld bytes, more than zoc reads as source (64 MiB)\n",
           big, gb8);
  ck_assert_msg(strncmp(err, want, strlen(want)) == 0, "got:\n%s\nwant:\n%s", err, want);
  free(err);
  /* exactly the cap: read and parsed (one comment line and blanks); one byte more: refused */
  f = fopen(cap, "w");
  fputs("// 64 MiB of nothing\nmodel c {}\n", f);
  for (long long n = ftell(f); n < mib64; n++) fputc('\n', f);
  fclose(f);
  ck_assert_int_eq(check_file(cap, &err), 1);   /* parsed: model c has no output */
  ck_assert_msg(strstr(err, "model 'c' has no output") != NULL, "%s", err);
  free(err);
  f = fopen(over, "w");
  ck_assert_int_eq(ftruncate(fileno(f), (off_t)mib64 + 1), 0);
  fclose(f);
  ck_assert_int_eq(check_file(over, &err), 1);
  ck_assert_msg(strstr(err, "the file is 67108865 bytes, more than zoc reads as source") != NULL, "%s", err);
  free(err);
}
END_TEST

/* Inputs at the lexer's and the grammar's edges, and (appended as they are
 * found) inputs the fuzzer (tests/fuzz/fuzz_parse.c) crashed or hung on.
 * Two 5-minute fuzzing runs (about 4e5 inputs) found none yet. */
#define CASE(s) {s, sizeof(s) - 1}
static const struct {
  const char *text;
  size_t len;
} regressions[] = {
    CASE(""), CASE("/*"), CASE("/"), CASE("\""), CASE("\"\\"), CASE("\\"), CASE("0x"), CASE("1e"),
    CASE("."), CASE(".."), CASE("..."), CASE("\0"), CASE("\0\0\n\0"), CASE("model"), CASE("model m("),
    CASE("model m(a"), CASE("import"), CASE("import \""), CASE("model m { x = a["), CASE("format f { dequant("),
    CASE("recipe r for m { perturb a, }"), CASE("model m { repeat i in 0 .. }"), CASE("}}}}]]]))"),
    CASE("model m { x = f(a = 1, b, c = 2, d) }"), CASE("\xff\xfe\xfd"), CASE("\"\\\xff\""),
    CASE("model m { x = \"\\\0\" }"), CASE("format f(){const c : f32 = [}"), CASE(";;;;"),
};
#undef CASE

START_TEST(test_fuzz_regressions) {
  for (size_t i = 0; i < ZO_COUNT(regressions); i++) must_survive(regressions[i].text, regressions[i].len);
}
END_TEST

static Suite *parser_suite(void) {
  Suite *s = suite_create("parser");
  TCase *tc = tcase_create("parser");
  tcase_set_timeout(tc, 600);
  tcase_add_test(tc, test_golden);
  tcase_add_test(tc, test_locations);
  tcase_add_test(tc, test_diagnostics);
  tcase_add_test(tc, test_diag_bytes);
  tcase_add_test(tc, test_diag_too_deep);
  tcase_add_test(tc, test_three_errors);
  tcase_add_test(tc, test_define_values);
  tcase_add_test(tc, test_imports);
  tcase_add_test(tc, test_bundled_models);
  tcase_add_test(tc, test_random_bytes);
  tcase_add_test(tc, test_token_soup);
  tcase_add_test(tc, test_truncations);
  tcase_add_test(tc, test_deep_nesting);
  tcase_add_test(tc, test_long_inputs);
  tcase_add_test(tc, test_source_size_cap);
  tcase_add_test(tc, test_fuzz_regressions);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) { return zt_run_suite(parser_suite()); }
