/* test_cli.c — the command line as a user meets it: help and version, exit
 * statuses (0 ok, 1 bad input, 2 bad command line), and the exact diagnostics
 * for every file in tests/diag/ (NAME.zo → NAME.err, the stderr of
 * `zoc check NAME.zo` run in that directory). ZOC_UPDATE_GOLDEN=1 rewrites the
 * .err files; read the diff before committing it. */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

static const char *verbs[] = {"check", "ir"};

START_TEST(help_and_version) {
  char *out = NULL, *err = NULL;
  ck_assert_int_eq(zt_zoc("--help", &out, &err), 0);
  for (size_t i = 0; i < sizeof verbs / sizeof *verbs; i++) {
    char want[64];
    snprintf(want, sizeof want, "  zoc %s ", verbs[i]);
    ck_assert_msg(strstr(out, want), "--help does not list %s:\n%s", verbs[i], out);
  }
  free(out);
  free(err);
  ck_assert_int_eq(zt_zoc("--version", &out, &err), 0);
  ck_assert_msg(strncmp(out, "zoc ", 4) == 0 && strchr(out, '.'), "%s", out);
  free(out);
  free(err);
  /* every verb listed in --help answers --help */
  ck_assert_int_eq(zt_zoc("--help", &out, NULL), 0);
  for (char *s = out; (s = strstr(s, "\n  zoc ")); s++) {
    char verb[64] = {0}, args[80];
    sscanf(s + 7, "%63[a-z-]", verb);
    snprintf(args, sizeof args, "%s --help", verb);
    char *o2 = NULL;
    ck_assert_msg(zt_zoc(args, &o2, NULL) == 0, "zoc %s failed", args);
    ck_assert_msg(strncmp(o2, "usage: zoc ", 11) == 0, "zoc %s: %s", args, o2);
    free(o2);
  }
  free(out);
}
END_TEST

START_TEST(exit_statuses) {
  char *err = NULL;
  ck_assert_int_eq(zt_zoc("", NULL, NULL), 2);
  ck_assert_int_eq(zt_zoc("chek x.zo", NULL, &err), 2);
  ck_assert_msg(strstr(err, "did you mean 'check'?"), "%s", err);
  free(err);
  ck_assert_int_eq(zt_zoc("check", NULL, NULL), 2);
  ck_assert_int_eq(zt_zoc("check --frobnicate x.zo", NULL, NULL), 2);
  char a[1024];
  snprintf(a, sizeof a, "ir %s --after nosuchpass", zt_src("models/tiny.zo"));
  ck_assert_int_eq(zt_zoc(a, NULL, &err), 2);
  ck_assert_msg(strstr(err, "no pass 'nosuchpass' (the passes: resolve, infer, unroll, dce, zomark, fuse, memplan; the stage after them: kplan)"),
                "%s", err);
  free(err);
  snprintf(a, sizeof a, "ir %s -D L", zt_src("models/tiny.zo"));
  ck_assert_int_eq(zt_zoc(a, NULL, NULL), 2);
  /* a missing file is bad input: 1 */
  ck_assert_int_eq(zt_zoc("check /nonexistent/model.zo", NULL, &err), 1);
  ck_assert_msg(strstr(err, "/nonexistent/model.zo"), "%s", err);
  free(err);
  /* -D naming no parameter, and a bad -D value */
  snprintf(a, sizeof a, "ir %s -D LL=2", zt_src("models/tiny.zo"));
  ck_assert_int_eq(zt_zoc(a, NULL, &err), 1);
  ck_assert_msg(strstr(err, "-D LL: model 'tiny' has no parameter or symbol 'LL'"), "%s", err);
  ck_assert_msg(strstr(err, "did you mean 'L'?"), "%s", err);
  free(err);
  snprintf(a, sizeof a, "ir %s -D D=40 -D 'W=gptq(bits=3, G=8)'", zt_src("models/tiny.zo"));
  ck_assert_int_eq(zt_zoc(a, NULL, &err), 1);
  ck_assert_msg(strstr(err, "storage 'qweight' is"), "%s", err);
  free(err);
  snprintf(a, sizeof a, "ir %s --model nope", zt_src("models/tiny.zo"));
  ck_assert_int_eq(zt_zoc(a, NULL, &err), 1);
  ck_assert_msg(strstr(err, "no model 'nope'"), "%s", err);
  free(err);
}
END_TEST

/* s with every occurrence of from replaced by to (malloc'd) */
static char *replace_all(const char *s, const char *from, const char *to) {
  size_t fl = strlen(from), tl = strlen(to), n = 0;
  for (const char *p = s; (p = strstr(p, from)); p += fl) n++;
  char *out = malloc(strlen(s) + n * tl + 1), *o = out;
  for (const char *p = s;;) {
    const char *q = strstr(p, from);
    if (!q) {
      strcpy(o, p);
      break;
    }
    memcpy(o, p, (size_t)(q - p));
    o += q - p;
    memcpy(o, to, tl);
    o += tl;
    p = q + fl;
  }
  return out;
}

START_TEST(diagnostics) {
  char dir[1024], models[1024];
  snprintf(dir, sizeof dir, "%s", zt_src("tests/diag"));
  snprintf(models, sizeof models, "%s", zt_src("models"));
  DIR *d = opendir(dir);
  ck_assert_ptr_nonnull(d);
  struct dirent *e;
  int n = 0;
  while ((e = readdir(d))) {
    size_t len = strlen(e->d_name);
    if (len < 4 || strcmp(e->d_name + len - 3, ".zo") != 0) continue;
    char cmd[4096], errpath[1400];
    snprintf(cmd, sizeof cmd, "cd '%s' && ZOC_PATH='%s' '%s' check %s", dir, models, ZOC_BINARY, e->d_name);
    char *out = NULL, *err = NULL;
    int rc = zt_run(cmd, &out, &err);
    ck_assert_msg(rc == 1, "%s: exit %d, want 1\n%s", e->d_name, rc, err);
    /* imported bundled files are named by where they were found: make that portable */
    char *portable = replace_all(err, models, "$MODELS");
    free(err);
    err = portable;
    ck_assert_msg(strncmp(err, e->d_name, len) == 0 || strncmp(err, "formats.zo", 10) == 0,
                  "%s: stderr does not start with the file name:\n%s", e->d_name, err);
    snprintf(errpath, sizeof errpath, "%s/%.*s.err", dir, (int)(len - 3), e->d_name);
    if (getenv("ZOC_UPDATE_GOLDEN")) {
      FILE *f = fopen(errpath, "wb");
      fputs(err, f);
      fclose(f);
    }
    FILE *f = fopen(errpath, "rb");
    ck_assert_msg(f != NULL, "missing %s (ZOC_UPDATE_GOLDEN=1 writes it)", errpath);
    char want[16384];
    size_t got = fread(want, 1, sizeof want - 1, f);
    want[got] = 0;
    fclose(f);
    ck_assert_msg(strcmp(err, want) == 0, "%s: stderr differs.\n--- got:\n%s--- want:\n%s", e->d_name, err, want);
    free(out);
    free(err);
    n++;
  }
  closedir(d);
  ck_assert_int_ge(n, 10);
}
END_TEST

/* Inputs the fuzzer (tests/fuzz/) found that need more than `zoc check`:
 * byte counts that overflow are the user's error at the declaration (here the
 * weights, [2^40, 2^40] each; test_passes.c's plan_too_large has activations
 * that overflow), never wrapped around. */
START_TEST(fuzz_regressions) {
  char a[1024];
  char *err = NULL;
  snprintf(a, sizeof a, "ir %s -D B=1048576 -D T=1048576", zt_src("tests/fuzz/regress/fuzz_plan_overflow.zo"));
  ck_assert_int_eq(zt_zoc(a, NULL, &err), 1);
  ck_assert_msg(strstr(err, "fuzz_plan_overflow.zo:5:18: error: weight 'embed' [1099511627776, 1099511627776] is too "
                            "large: its values in f32 would take more than 2^48 bytes"),
                "%s", err);
  free(err);
}
END_TEST

int main(void) {
  Suite *s = suite_create("cli");
  TCase *t = tcase_create("cli");
  tcase_set_timeout(t, 120);
  tcase_add_test(t, help_and_version);
  tcase_add_test(t, exit_statuses);
  tcase_add_test(t, diagnostics);
  tcase_add_test(t, fuzz_regressions);
  suite_add_tcase(s, t);
  return zt_run_suite(s);
}
