/* test_target.c — the device options (codegen/target.h) as a user meets
 * them: `--target NAME=VALUE` on every verb that runs or generates code for
 * a device, through the zoc binary. The generated CUDA C changes as an option
 * says (and equals what the older spelling gives: --simt, --arch); a bad
 * name, value or device is a usage error (exit 2) with the reason; `zoc cuda
 * --verbose` prints every option with its value and origin; the cpu
 * backend's profile runs and leaves the losses alone; docs/gpu.md's table
 * lists exactly the table's options, values and defaults; a recipe's
 * `target NAME = VALUE` items set the same options, under the command line;
 * `--set NAME=VALUE` (a recipe setting) reaches the program (forward=fp8). (NVRTC compiles of
 * the options' programs are tests/test_cuda.c's; the paths on a GPU too.) */
#include <stdlib.h>
#include <string.h>

#include "codegen/target.h"
#include "testutil.h"

/* zoc ARGS on tiny (one layer); the exit status, *out and *err (malloc'd) */
static int tiny(const char *verb_args, char **out, char **err) {
  char a[1024];
  snprintf(a, sizeof a, "cuda %s -D L=1 %s", zt_src("models/tiny.zo"), verb_args);
  return zt_zoc(a, out, err);
}

/* the CUDA C of tiny under ARGS (exit 0 asserted) */
static char *source(const char *args) {
  char *out = NULL, *err = NULL;
  int rc = tiny(args, &out, &err);
  ck_assert_msg(rc == 0 && out && strstr(out, "__global__"), "zoc cuda %s: %d\n%s", args, rc, err ? err : "");
  free(err);
  return out;
}

START_TEST(options_change_the_source) {
  char *mma = source(""), *simt = source("--simt"), *f32 = source("--target matmul=f32");
  char *wg = source("--arch 90a"), *wg_tma0 = source("--arch 90a --target tma=0"), *mma90a = source("--arch 90a --target matmul=mma");
  char *wg_auto = source("--arch 90a --target matmul=auto --target tma=auto");
  char *ov0 = source("--target overlap=0 --target graph=0 --target profile=1 --target update=host");
  /* matmul=f32 is --simt: f32 FMA tiles, no tensor cores */
  ck_assert_msg(strcmp(simt, f32) == 0, "--target matmul=f32 differs from --simt");
  ck_assert(strstr(f32, "__shared__ float Xs[") && !strstr(f32, "zo_mma(acc") && strstr(mma, "zo_mma(acc"));
  /* on 90a the default is wgmma by the copy engine; tma=0 loads its operands by cp.async, matmul=mma is --arch 90's */
  ck_assert(strstr(wg, "wgmma.mma_async") && strstr(wg, "zo_tma2(sa") && !strstr(mma, "wgmma.mma_async"));
  ck_assert(strstr(wg_tma0, "wgmma.mma_async") && !strstr(wg_tma0, "zo_tma2(sa") && strstr(wg_tma0, "cp.async.commit_group"));
  ck_assert_msg(strcmp(mma90a, mma) == 0, "--arch 90a --target matmul=mma differs from --arch 90");
  ck_assert_msg(strcmp(wg_auto, wg) == 0, "auto values differ from the defaults");
  /* the options that decide how the program runs, not its text */
  ck_assert_msg(strcmp(ov0, mma) == 0, "overlap, graph, profile or update changed the source");
  free(mma);
  free(simt);
  free(f32);
  free(wg);
  free(wg_tma0);
  free(mma90a);
  free(wg_auto);
  free(ov0);
}
END_TEST

/* exit 2 and each fragment on stderr */
static void usage_error(const char *args, const char *const *want) {
  char *out = NULL, *err = NULL;
  int rc = zt_zoc(args, &out, &err);
  ck_assert_msg(rc == 2, "zoc %s: exit %d, want 2\n%s", args, rc, err ? err : "");
  for (int i = 0; want[i]; i++) ck_assert_msg(err && strstr(err, want[i]), "zoc %s: no '%s' in:\n%s", args, want[i], err ? err : "");
  ck_assert_msg(!out || !*out, "zoc %s printed on stdout:\n%s", args, out);
  free(out);
  free(err);
}
#define WANT(...) ((const char *const[]){__VA_ARGS__, NULL})

START_TEST(bad_options_are_usage_errors) {
  char a[1024];
  const char *m = zt_src("models/tiny.zo");
  snprintf(a, sizeof a, "cuda %s --target matmull=f32", m);
  usage_error(a, WANT("zoc cuda: --target: no option 'matmull'; did you mean 'matmul'?", "(the options: matmul, tma, overlap"));
  snprintf(a, sizeof a, "cuda %s --target matmul=f16", m);
  usage_error(a, WANT("--target matmul takes f32, mma, wgmma or auto, not 'f16'"));
  snprintf(a, sizeof a, "cuda %s --target overlap=auto", m);
  usage_error(a, WANT("--target overlap takes 0 or 1, not 'auto'"));
  snprintf(a, sizeof a, "cuda %s --target matmul", m);
  usage_error(a, WANT("--target needs NAME=VALUE, got 'matmul'"));
  snprintf(a, sizeof a, "cuda %s --target", m);
  usage_error(a, WANT("--target needs a value"));
  /* a choice the architecture cannot run */
  snprintf(a, sizeof a, "cuda %s --target matmul=wgmma", m);
  usage_error(a, WANT("matmul=wgmma needs Hopper's sm_90a, which --arch 90 is not"));
  /* an option the device does not read, on each verb that takes --target */
  snprintf(a, sizeof a, "loss %s --weights w.safetensors --data d.jsonl --device ref --target profile=1", m);
  usage_error(a, WANT("zoc loss: --target profile: the ref device has no such choice"));
#ifdef ZOC_HAVE_LLVM
  snprintf(a, sizeof a, "loss %s --weights w.safetensors --data d.jsonl --device cpu --target matmul=f32", m);
  usage_error(a, WANT("--target matmul: the cpu device has no such choice (matmul is read by --device cuda)"));
  snprintf(a, sizeof a, "bench %s --random-weights --device cpu --target graph=0", m);
  usage_error(a, WANT("zoc bench: --target graph: the cpu device has no such choice"));
#endif
  snprintf(a, sizeof a, "train %s --recipe qzo --weights w --task lm --data d --out o --target tma=2", m);
  usage_error(a, WANT("zoc train: --target tma takes 0, 1 or auto, not '2'"));
  snprintf(a, sizeof a, "eval %s --weights w --task lm --data d --target upate=host", m);
  usage_error(a, WANT("zoc eval: --target: no option 'upate'; did you mean 'update'?"));
  snprintf(a, sizeof a, "bench %s --random-weights --target profile=yes", m);
  usage_error(a, WANT("zoc bench: --target profile takes 0 or 1, not 'yes'"));
  /* replay runs no device */
  snprintf(a, sizeof a, "replay %s --weights w --run r -o o --target profile=1", m);
  usage_error(a, WANT("zoc replay: unknown option '--target'"));
}
END_TEST

/* --set NAME=VALUE on cuda and bench: a recipe's setting, as train takes it;
   the forward's precision reaches the generated program */
START_TEST(recipe_settings_on_the_command_line) {
  char a[1024], *out = NULL, *err = NULL;
  const char *m = zt_src("models/tiny.zo");
  snprintf(a, sizeof a, "cuda %s -D L=1 --recipe qzo --set forward=fp9", m);
  ck_assert_int_eq(zt_zoc(a, &out, &err), 1);
  ck_assert_msg(err && strstr(err, "setting forward: 'fp9': forward is default, fp8 or int8"), "%s", err);
  ck_assert_msg(!out || !*out, "%s", out);
  free(out);
  free(err);
  snprintf(a, sizeof a, "cuda %s --set forward=fp8", m);
  usage_error(a, WANT("zoc cuda: --set changes a recipe's setting: give --recipe NAME"));
  snprintf(a, sizeof a, "bench %s --random-weights --recipe qzo --set lr", m);
  usage_error(a, WANT("zoc bench: --set needs NAME=VALUE (forward=fp8), got 'lr'"));
  /* the default precision, said or not, is the same program; fp8 and int8 are others */
  char *plain = source("--recipe qzo"), *dflt = source("--recipe qzo --set forward=default --set lr=1e-4");
  char *fp8 = source("--recipe qzo --set forward=fp8"), *i8 = source("--recipe qzo --set forward=int8");
  ck_assert_msg(strcmp(plain, dflt) == 0, "--set forward=default changed the source");
  ck_assert_msg(strcmp(plain, fp8) != 0 && strcmp(plain, i8) != 0 && strcmp(fp8, i8) != 0,
                "forward=fp8 / int8 did not change the generated program");
  free(plain);
  free(dflt);
  free(fp8);
  free(i8);
}
END_TEST

/* `zoc cuda --verbose`: every option of the table, its value and where it came from, on stderr; stdout unchanged */
START_TEST(verbose_prints_the_options) {
  char *out = NULL, *err = NULL;
  int rc = tiny("--arch 90a --target tma=0 --target update=host --verbose", &out, &err);
  ck_assert_msg(rc == 0 && err, "%d", rc);
  char *plain = source("--arch 90a --target tma=0 --target update=host");
  ck_assert_msg(strcmp(out, plain) == 0, "--verbose changed the source printed");
  for (int o = 0; o < ZO_T_COUNT; o++) {
    const ZoTargetInfo *in = &zo_target_info[o];
    char want[128];
    snprintf(want, sizeof want, "\n  %s=", in->name);
    ck_assert_msg(strstr(err, want), "--verbose does not print %s:\n%s", in->name, err);
    /* the first words of its help under it */
    snprintf(want, sizeof want, "%.20s", in->help);
    ck_assert_msg(strstr(err, want), "--verbose does not print %s's help:\n%s", in->name, err);
  }
  const char *lines[] = {"  matmul=wgmma   --arch 90a (auto)\n", "  tma=0          the command line\n", "  overlap=1      default\n",
                         "  update=host    the command line\n"};
  for (size_t i = 0; i < sizeof lines / sizeof *lines; i++) ck_assert_msg(strstr(err, lines[i]), "no '%s' in:\n%s", lines[i], err);
  free(out);
  free(err);
  free(plain);
  /* on the f32 path the loads and the second stream are not read: it says so */
  ck_assert_int_eq(tiny("--simt --verbose", &out, &err), 0);
  ck_assert_msg(strstr(err, "  matmul=f32     the command line\n") && strstr(err, "tma=1          --arch 90 (auto) (not read: no wgmma)") &&
                    strstr(err, "overlap=1      default (not read: no dequant launches on the f32 path)"),
                "%s", err);
  free(out);
  free(err);
}
END_TEST

#ifdef ZOC_HAVE_LLVM
/* the cpu backend's profile: a table of kernel functions at close, the same losses as without */
START_TEST(cpu_profile) {
  const char *dir = zt_tmpdir();
  char a[4096], w[1200], d[1200];
  snprintf(w, sizeof w, "%s/w.safetensors", dir);
  snprintf(d, sizeof d, "%s/d.jsonl", dir);
  snprintf(a, sizeof a, "random-weights %s -D L=1 -o %s", zt_src("models/tiny.zo"), w);
  ck_assert_int_eq(zt_zoc(a, NULL, NULL), 0);
  uint64_t r = zt_seed() ^ 0x9f0;
  zt_write_tokens(d, 3, 4, 12, 64, &r);
  char *out0 = NULL, *err0 = NULL, *out1 = NULL, *err1 = NULL;
  snprintf(a, sizeof a, "loss %s -D L=1 --weights %s --data %s --device cpu --threads 2", zt_src("models/tiny.zo"), w, d);
  ck_assert_int_eq(zt_zoc(a, &out0, &err0), 0);
  snprintf(a + strlen(a), sizeof a - strlen(a), " --target profile=1");
  ck_assert_int_eq(zt_zoc(a, &out1, &err1), 0);
  ck_assert_msg(strcmp(out0, out1) == 0, "the profile changed the losses:\n%s\n%s", out0, out1);
  ck_assert_msg(!strstr(err0, "zoc cpu profile:"), "a profile without profile=1:\n%s", err0);
  ck_assert_msg(strstr(err1, "zoc cpu profile: 3 forwards, ms per forward by kernel function") && strstr(err1, " ms    ") &&
                    strstr(err1, " x  zk_matmul_"),
                "%s", err1);
  free(out0);
  free(err0);
  free(out1);
  free(err1);
}
END_TEST
#endif

/* docs/gpu.md's table of the options (section "Device options") has a row for
   each option of zo_target_info, with its values and default, and no other row */
START_TEST(docs_list_the_options) {
  FILE *fp = fopen(zt_src("docs/gpu.md"), "r");
  ck_assert(fp);
  char line[4096];
  bool in = false;
  int rows = 0;
  while (fgets(line, sizeof line, fp)) {
    if (strncmp(line, "## ", 3) == 0) in = strncmp(line, "## Device options", 17) == 0;
    if (!in || strncmp(line, "| `", 3) != 0) continue;
    char name[64] = "";
    sscanf(line + 3, "%63[a-z_]", name);
    int o = 0;
    while (o < ZO_T_COUNT && strcmp(zo_target_info[o].name, name) != 0) o++;
    ck_assert_msg(o < ZO_T_COUNT, "docs/gpu.md lists '%s', which is no option", name);
    const ZoTargetInfo *t = &zo_target_info[o];
    char want[96];
    for (int v = 0; t->values[v]; v++) {
      snprintf(want, sizeof want, "`%s`", t->values[v]);
      ck_assert_msg(strstr(line, want), "docs/gpu.md: %s's row lacks the value %s", name, want);
    }
    snprintf(want, sizeof want, "| `%s` |", t->dflt == ZO_AUTO ? "auto" : t->values[t->dflt]);
    ck_assert_msg(strstr(line, want), "docs/gpu.md: %s's row does not give its default %s", name, want);
    rows++;
  }
  fclose(fp);
  ck_assert_msg(rows == ZO_T_COUNT, "docs/gpu.md's table has %d rows, the options are %d", rows, ZO_T_COUNT);
}
END_TEST

/* A recipe's `target NAME = VALUE` items: the same options as --target,
 * under the command line's, printed as "the recipe"; checked when the file
 * is (zoc check: the line and column of a bad one); a cuda option in a
 * recipe run on another device is no error. */
static void write_file(const char *path, const char *text) {
  FILE *fp = fopen(path, "w");
  ck_assert(fp && fputs(text, fp) >= 0 && fclose(fp) == 0);
}

/* "FILE:LINE:COL: error: MSG" for the first line of text holding `at`, its column that of `col_at` in it */
static void want_at(const char *err, const char *file, const char *text, const char *at, const char *col_at, const char *msg) {
  const char *p = strstr(text, at);
  ck_assert(p);
  int line = 1;
  for (const char *q = text; q < p; q++) line += *q == '\n';
  const char *bol = p;
  while (bol > text && bol[-1] != '\n') bol--;
  const char *c = strstr(p, col_at);
  ck_assert(c);
  char want[512];
  snprintf(want, sizeof want, "%s:%d:%d: error: %s", file, line, (int)(c - bol) + 1, msg);
  ck_assert_msg(strstr(err, want), "no '%s' in:\n%s", want, err);
}

START_TEST(recipe_targets) {
  const char *dir = zt_tmpdir();
  char zo[1200], bad[1200], text[4096], a[4096];
  snprintf(zo, sizeof zo, "%s/rt.zo", dir);
  snprintf(bad, sizeof bad, "%s/bad.zo", dir);
  snprintf(text, sizeof text,
           "import \"%s\"\n"
           "recipe plain for tiny {\n  perturb scale\n  eps = 1e-3\n}\n"
           "recipe fast for tiny {\n  perturb scale\n  eps = 1e-3\n  target matmul = f32  target overlap = 0\n}\n",
           zt_src("models/tiny.zo"));
  write_file(zo, text);
  char *outs[4], *errs[4];
  const char *args[4] = {"--recipe fast", "--recipe plain --target matmul=f32", "--recipe fast --target matmul=mma", "--recipe plain"};
  for (int i = 0; i < 4; i++) {
    snprintf(a, sizeof a, "cuda %s -D L=1 %s --verbose", zo, args[i]);
    ck_assert_msg(zt_zoc(a, &outs[i], &errs[i]) == 0, "zoc %s:\n%s", a, errs[i] ? errs[i] : "");
  }
  ck_assert_msg(strcmp(outs[0], outs[1]) == 0, "the recipe's matmul = f32 is not --target matmul=f32");
  ck_assert_msg(strcmp(outs[2], outs[3]) == 0, "--target matmul=mma does not win over the recipe's matmul = f32");
  ck_assert_msg(strcmp(outs[0], outs[3]) != 0, "the recipe's matmul = f32 changed nothing");
  ck_assert_msg(strstr(errs[0], "  matmul=f32     the recipe\n") && strstr(errs[0], "  overlap=0      the recipe") &&
                    strstr(errs[2], "  matmul=mma     the command line\n") && strstr(errs[2], "  overlap=0      the recipe"),
                "%s\n%s", errs[0], errs[2]);
  for (int i = 0; i < 4; i++) {
    free(outs[i]);
    free(errs[i]);
  }
  /* the reference backend reads none of these: the recipe still runs there */
  char w[1200], d[1200];
  snprintf(w, sizeof w, "%s/w.safetensors", dir);
  snprintf(d, sizeof d, "%s/d.jsonl", dir);
  snprintf(a, sizeof a, "random-weights %s -D L=1 -o %s", zt_src("models/tiny.zo"), w);
  ck_assert_int_eq(zt_zoc(a, NULL, NULL), 0);
  uint64_t r = zt_seed() ^ 0x7a3;
  zt_write_tokens(d, 2, 4, 10, 64, &r);
  char *o1 = NULL, *o2 = NULL;
  snprintf(a, sizeof a, "loss %s -D L=1 --weights %s --data %s --device ref --recipe fast", zo, w, d);
  ck_assert_int_eq(zt_zoc(a, &o1, NULL), 0);
  snprintf(a, sizeof a, "loss %s -D L=1 --weights %s --data %s --device ref --recipe plain", zo, w, d);
  ck_assert_int_eq(zt_zoc(a, &o2, NULL), 0);
  ck_assert_msg(strstr(o1, "\"loss\"") && strcmp(o1, o2) == 0, "%s\n%s", o1, o2);
  free(o1);
  free(o2);
  /* zoc check: each bad item at its place */
  snprintf(text, sizeof text,
           "import \"%s\"\n"
           "recipe bad for tiny {\n  perturb scale\n  target matmull = f32\n  target overlap = 2\n  target graph = 1.5\n"
           "  target tma = 1  target tma = 0\n}\n",
           zt_src("models/tiny.zo"));
  write_file(bad, text);
  char *err = NULL;
  snprintf(a, sizeof a, "check %s", bad);
  ck_assert_int_eq(zt_zoc(a, NULL, &err), 1);
  want_at(err, bad, text, "matmull", "matmull", "target: no option 'matmull'; did you mean 'matmul'?");
  want_at(err, bad, text, "overlap = 2", "overlap", "target overlap takes 0 or 1, not '2'");
  want_at(err, bad, text, "graph = 1.5", "1.5", "target graph takes a name or a whole number, not 1.5");
  want_at(err, bad, text, "tma = 1", "tma = 0", "target tma is given twice");
  ck_assert_msg(strstr(err, "4 errors"), "%s", err);
  free(err);
}
END_TEST

/* every verb that runs or generates code for a device says so in its help */
START_TEST(help_names_target) {
  const char *verbs[] = {"cuda", "loss", "train", "eval", "bench"};
  for (size_t i = 0; i < sizeof verbs / sizeof *verbs; i++) {
    char a[64], *out = NULL;
    snprintf(a, sizeof a, "%s --help", verbs[i]);
    ck_assert_int_eq(zt_zoc(a, &out, NULL), 0);
    ck_assert_msg(strstr(out, "[--target NAME=VALUE]...") && strstr(out, "--target NAME=VALUE (repeated)"), "zoc %s:\n%s", a, out);
    free(out);
  }
}
END_TEST

int main(void) {
  Suite *s = suite_create("target");
  TCase *t = tcase_create("target");
  tcase_set_timeout(t, 120);
  tcase_add_test(t, options_change_the_source);
  tcase_add_test(t, bad_options_are_usage_errors);
  tcase_add_test(t, verbose_prints_the_options);
#ifdef ZOC_HAVE_LLVM
  tcase_add_test(t, cpu_profile);
#endif
  tcase_add_test(t, docs_list_the_options);
  tcase_add_test(t, help_names_target);
  tcase_add_test(t, recipe_targets);
  tcase_add_test(t, recipe_settings_on_the_command_line);
  suite_add_tcase(s, t);
  return zt_run_suite(s);
}
