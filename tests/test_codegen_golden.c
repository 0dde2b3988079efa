/* test_codegen_golden.c — golden files of the generated code: what `zoc cuda`
 * and `zoc llvm` print for a few configurations, byte for byte, so that a
 * change to the code generators that is meant to leave their output alone
 * ("the generated sources are byte-identical") is checked here, not claimed.
 * A mismatch names the golden file's first differing line and both texts;
 * ZOC_UPDATE_GOLDEN=1 rewrites the files (then read the diff before
 * committing it), as the IR goldens of test_passes.c.
 *
 * A suite of its own, not cases of test_passes or test_cuda: it runs in
 * seconds with neither NVRTC nor a GPU (test_cuda compiles every kernel for
 * minutes), so it can be run after each step of a refactor.
 *
 * The configurations (`models` below): llama with 2 layers and recipe qzo;
 * tiny in each bundled format (gptq 2/3/4/8 bits with groups, int8, fp8, nf4,
 * aqlm, dense f32 and bf16; act-order GPTQ is g_idx's contents, not a
 * parameter, so its code is every gptq kernel's); opt and gpt2 with 2 layers;
 * tests/data/models/softcap.zo (tanh: Gemma 2's logit softcapping, the op
 * docs/adding-an-op.md adds).
 * Shapes change numbers in the text, not its size, so the defaults stay.
 *
 * CUDA (tests/golden/cuda/NAME.cu): the whole source `zoc cuda` prints, for
 * Hopper's wgmma matmuls (--arch 90a, what an H100/H200 runs); llama also on
 * mma.sync (--arch 90, NAME-mma.cu) and on the f32 path (--simt,
 * NAME-f32.cu). Every ZOC_CUDA_* variable is unset first (main), so the
 * text is the defaults' whatever the environment of the run.
 *
 * LLVM (tests/golden/llvm/NAME.ll): the CPU kernels' module before -O3
 * (`zoc llvm`), with two changes. (1) Its `target datalayout` and `target
 * triple` lines are the host's (codegen/llvm/jit.c new_module) and are left
 * out; nothing else in the text is (the CPU name and features go on the
 * functions only with -O3, and no emitter reads the target), and the test
 * checks that the text names neither this host's triple elsewhere nor its CPU
 * or features. (2) Size: a matmul function is 0.3 MB of text (1.2 MB when it
 * perturbs every weight, or for nf4), so a file holding every function would
 * be 1.5 to 6.6 MB, the 13 modules 46 MB. So a function is kept in full only
 * where a reader learns something from it: every function but the matmuls
 * (norms, rope, attention, embeddings: 2-80 KB each) in the configurations
 * that change them (`others`; the tiny formats share tiny's), and the first
 * matmul of llama (gptq 4-bit, the benchmark's), of int8 (byte codes, a scale
 * per channel) and of aqlm (a codebook) (`matmuls`). Any other function keeps
 * its `define` line and, for its body, one line with its line count and its
 * 64-bit FNV-1a digest, so a change to it still fails here (by the kernel's
 * name in the header and the digest), though without the line: diff what the
 * old and the new zoc print. All of tests/golden/{cuda,llvm} is ~3.6 MB. The
 * first line records the LLVM version, whose printer the text is. A kernel's
 * name is a hash of its text (zk_KIND_<hash>), so any change shows first as
 * a renamed kernel in the header: a mismatch also names the first line that
 * differs with the names masked, the change itself.
 *
 * A file in those folders that no configuration makes is an error (removed
 * with ZOC_UPDATE_GOLDEN=1), so a renamed configuration leaves none behind. */
#include <dirent.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "support/support.h"
#include "testutil.h"
#ifdef ZOC_HAVE_LLVM
#include <llvm-c/Core.h>
#include <llvm-c/TargetMachine.h>
#include <llvm/Config/llvm-config.h>
#endif

typedef struct Golden {
  const char *name;    /* tests/golden/cuda/NAME.cu, tests/golden/llvm/NAME.ll */
  const char *model;   /* in the source tree */
  const char *args;    /* -D and --recipe, quoted for the shell */
  bool others;         /* LLVM: every function but the matmuls in full */
  int matmuls;         /* LLVM: the first this many distinct matmul functions in full */
} Golden;

static const Golden models[] = {
  {"llama", "models/llama.zo", "-D L=2 --recipe qzo", true, 1},
  {"tiny-gptq4", "models/tiny.zo", "--recipe qzo", true, 0},
  {"tiny-gptq2", "models/tiny.zo", "-D 'W=gptq(bits=2, G=32)' --recipe qzo", false, 0},
  {"tiny-gptq3", "models/tiny.zo", "-D 'W=gptq(bits=3, G=32)' --recipe qzo", false, 0},
  {"tiny-gptq8", "models/tiny.zo", "-D 'W=gptq(bits=8, G=64)' --recipe qzo", false, 0},
  {"tiny-int8", "models/tiny.zo", "-D W=int8 --recipe qzo", false, 1},
  {"tiny-fp8", "models/tiny.zo", "-D W=fp8 --recipe qzo", false, 0},
  {"tiny-nf4", "models/tiny.zo", "-D W=nf4 --recipe qzo", false, 0},
  {"tiny-aqlm", "models/tiny.zo", "-D W=aqlm --recipe qzo", false, 1},
  {"tiny-f32", "models/tiny.zo", "-D 'W=linear(dt=f32)' --recipe mezo", true, 0},
  {"tiny-bf16", "models/tiny.zo", "-D 'W=linear(dt=bf16)' -D DT=bf16 --recipe mezo", true, 0},
  {"opt", "models/opt.zo", "-D L=2 --recipe mezo", true, 0},
  {"gpt2", "models/gpt2.zo", "-D L=2 --recipe mezo", true, 0},
  {"softcap", "tests/data/models/softcap.zo", "--recipe qzo", true, 0},
};
enum { NMODELS = sizeof models / sizeof *models };

/* The CUDA goldens: every model on the wgmma path, llama on the other two. */
typedef struct CudaPath {
  const char *suffix, *flags;
} CudaPath;
static const CudaPath wgmma = {"", "--arch 90a"};
static const CudaPath other_paths[] = {{"-mma", "--arch 90"}, {"-f32", "--simt"}};
enum { NCUDA = NMODELS + sizeof other_paths / sizeof *other_paths };

static const Golden *cuda_config(int i, const CudaPath **path) {
  *path = i < NMODELS ? &wgmma : &other_paths[i - NMODELS];
  return i < NMODELS ? &models[i] : &models[0];
}

static bool starts(const char *s, const char *prefix) { return strncmp(s, prefix, strlen(prefix)) == 0; }

/* zoc VERB MODEL ARGS' stdout; WHAT gets the command as a user types it */
static char *zoc_output(const char *verb, const Golden *g, const char *flags, char *what, size_t n) {
  snprintf(what, n, "zoc %s %s %s%s%s", verb, g->model, g->args, flags ? " " : "", flags ? flags : "");
  char args[2048], *out = NULL, *err = NULL;
  snprintf(args, sizeof args, "%s '%s' %s %s", verb, zt_src(g->model), g->args, flags ? flags : "");
  int rc = zt_zoc(args, &out, &err);
  ck_assert_msg(rc == 0 && out, "`%s` failed (%d): %s", what, rc, err ? err : "");
  free(err);
  return out;
}

/* ---- CUDA: the source, whole */
START_TEST(cuda_golden) {
  const CudaPath *path;
  const Golden *g = cuda_config(_i, &path);
  char what[1024], rel[256], *why = NULL;
  char *out = zoc_output("cuda", g, path->flags, what, sizeof what);
  snprintf(rel, sizeof rel, "tests/golden/cuda/%s%s.cu", g->name, path->suffix);
  ck_assert_msg(zt_golden(rel, out, what, &why), "%s", why);
  free(out);
}
END_TEST

#ifdef ZOC_HAVE_LLVM
/* ---- LLVM: the module before -O3, without the host's target lines and with
   the bodies the opening comment says as digests */
static uint64_t fnv1a(const char *s, size_t n) {
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
  return h;
}

/* the host's triple, CPU name and features: none may be in the text we keep */
static void check_no_host(const char *text, const char *what) {
  char *triple = LLVMGetDefaultTargetTriple(), *cpu = LLVMGetHostCPUName(), *features = LLVMGetHostCPUFeatures();
  char quoted[256];
  snprintf(quoted, sizeof quoted, "\"%s\"", cpu);
  ck_assert_msg(!strstr(text, triple), "`%s` names the host's triple %s outside its target line", what, triple);
  ck_assert_msg(!strstr(text, quoted), "`%s` names the host's CPU %s", what, quoted);
  ck_assert_msg(!*features || !strstr(text, features), "`%s` names the host's CPU features", what);
  ck_assert_msg(!strstr(text, "target-cpu") && !strstr(text, "target-features"), "`%s` has target attributes", what);
  LLVMDisposeMessage(triple);
  LLVMDisposeMessage(cpu);
  LLVMDisposeMessage(features);
}

static char *llvm_golden_form(const char *out, const Golden *g, const char *what) {
  StrBuf sb = {0};
  zo_sb_printf(&sb, "; `zoc llvm %s %s`, LLVM %d's text, without the host's target lines; a body left out is\n"
               "; its digest (tests/test_codegen_golden.c says which and why)\n", g->model, g->args, LLVM_VERSION_MAJOR);
  int targets = 0, matmuls = 0;
  for (const char *p = out; *p;) {
    const char *nl = strchr(p, '\n');
    size_t n = nl ? (size_t)(nl - p) + 1 : strlen(p);
    if (starts(p, "target datalayout = ") || starts(p, "target triple = ")) {
      targets++;
      p += n;
      continue;
    }
    if (!starts(p, "define ")) {
      zo_sb_printf(&sb, "%.*s", (int)n, p);
      p += n;
      continue;
    }
    const char *end = strstr(p, "\n}\n");
    ck_assert_msg(end != NULL, "`%s`: a function with no closing brace: %.*s", what, (int)n, p);
    const size_t len = (size_t)(end - p) + 3;
    const bool matmul = strstr(p, "@zk_matmul_") != NULL && strstr(p, "@zk_matmul_") < nl;
    if (matmul ? matmuls++ < g->matmuls : g->others) {
      zo_sb_printf(&sb, "%.*s", (int)len, p);
    } else {
      int lines = 0;
      for (size_t i = 0; i < len; i++) lines += p[i] == '\n';
      zo_sb_printf(&sb, "%.*s  ; %d lines, FNV-1a %016llx: the body left out\n}\n", (int)n, p, lines,
                   (unsigned long long)fnv1a(p, len));
    }
    p += len;
  }
  ck_assert_msg(targets == 2, "`%s`: %d target lines, not a datalayout and a triple", what, targets);
  char *text = zo_sb_take(&sb);
  check_no_host(text, what);
  return text;
}

/* TEXT with each kernel's name, zk_KIND_<the hash of its text>, as zk_KIND_*:
   a changed function renames itself, and its first use is in the header */
static char *mask_names(const char *text) {
  char *m = zo_xstrdup(text), *w = m;
  for (const char *p = text; *p;) {
    if (starts(p, "@zk_")) {
      size_t kind = 4 + strspn(p + 4, "abcdefghijklmnopqrstuvwxyz0123456789");
      if (p[kind] == '_' && strspn(p + kind + 1, "0123456789abcdef") == 16) {
        memcpy(w, p, kind + 1);
        w += kind + 1;
        *w++ = '*';
        p += kind + 17;
        continue;
      }
    }
    *w++ = *p++;
  }
  *w = 0;
  return m;
}

START_TEST(llvm_golden) {
  const Golden *g = &models[_i];
  char what[1024], rel[256], *why = NULL;
  char *out = zoc_output("llvm", g, NULL, what, sizeof what);
  char *text = llvm_golden_form(out, g, what);
  snprintf(rel, sizeof rel, "tests/golden/llvm/%s.ll", g->name);
  if (!zt_golden(rel, text, what, &why)) {
    /* the line that changed, past the names it renamed */
    size_t n;
    char *golden = access(zt_src(rel), F_OK) == 0 ? zo_read_file(zt_src(rel), &n) : NULL, *lines = NULL;
    ck_assert_msg(golden != NULL, "%s", why);
    char *mg = mask_names(golden), *mt = mask_names(text);
    const int line = zt_diff_line(mg, mt, &lines);
    const bool digest = lines && strstr(lines, ": the body left out");
    ck_abort_msg("%s\n  with the kernels' names (zk_KIND_<hash of the text>) masked, the first difference is at "
                 "%s:%d:\n%s%s", why, rel, line, lines ? lines : "  (none: only names differ)",
                 digest ? "\n  (a body kept as its digest: diff what the old and the new zoc print)" : "");
  }
  free(text);
  free(out);
}
END_TEST
#endif

/* ---- no golden file that no configuration makes */
static bool made(const char *kind, const char *file) {
  char name[256];
  for (int i = 0; i < NCUDA && strcmp(kind, "cuda") == 0; i++) {
    const CudaPath *path;
    const Golden *g = cuda_config(i, &path);
    snprintf(name, sizeof name, "%s%s.cu", g->name, path->suffix);
    if (strcmp(name, file) == 0) return true;
  }
  for (int i = 0; i < NMODELS && strcmp(kind, "llvm") == 0; i++) {
    snprintf(name, sizeof name, "%s.ll", models[i].name);
    if (strcmp(name, file) == 0) return true;
  }
  return false;
}

START_TEST(no_stale_goldens) {
  const char *kinds[] = {"cuda", "llvm"};
  StrBuf stale = {0};
  for (int k = 0; k < 2; k++) {
    char rel[64];
    snprintf(rel, sizeof rel, "tests/golden/%s", kinds[k]);
    DIR *d = opendir(zt_src(rel));
    ck_assert_msg(d != NULL, "%s: missing (ZOC_UPDATE_GOLDEN=1 makes it)", rel);
    for (struct dirent *e; (e = readdir(d));) {
      if (e->d_name[0] == '.' || made(kinds[k], e->d_name)) continue;
      char file[512];
      snprintf(file, sizeof file, "%s/%s", rel, e->d_name);
      if (getenv("ZOC_UPDATE_GOLDEN")) {
        ck_assert_msg(unlink(zt_src(file)) == 0, "cannot remove %s", file);
        fprintf(stderr, "removed %s: no configuration makes it\n", file);
      } else {
        zo_sb_printf(&stale, " %s", file);
      }
    }
    closedir(d);
  }
  ck_assert_msg(stale.len == 0, "golden files that no configuration of test_codegen_golden makes:%s (remove them)",
                stale.buf);
}
END_TEST

extern char **environ;

/* the generated CUDA must be the defaults', whatever this run's environment */
static void unset_cuda_env(void) {
  for (char **e = environ; *e;) {
    if (!starts(*e, "ZOC_CUDA_")) {
      e++;
      continue;
    }
    char name[256];
    snprintf(name, sizeof name, "%.*s", (int)strcspn(*e, "="), *e);
    unsetenv(name);   /* environ changes: look again from its start */
    e = environ;
  }
}

int main(void) {
  unset_cuda_env();
  Suite *s = suite_create("codegen_golden");
  TCase *t = tcase_create("codegen_golden");
  tcase_set_timeout(t, 120);
  tcase_add_loop_test(t, cuda_golden, 0, NCUDA);
#ifdef ZOC_HAVE_LLVM
  tcase_add_loop_test(t, llvm_golden, 0, NMODELS);
#endif
  tcase_add_test(t, no_stale_goldens);
  suite_add_tcase(s, t);
  return zt_run_suite(s);
}
