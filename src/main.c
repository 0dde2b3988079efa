/* main.c — the `zoc` command line, git-style: `zoc VERB [options]`.
 *
 * Each verb is a function with its own --help text; the table at the bottom
 * lists them. Exit status: 0 success, 1 the user's input (or a file, a device)
 * was wrong and a message said why, 2 the command line itself was wrong. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "codegen/cuda_gen.h"
#include "frontend/ast.h"
#include "passes/passes.h"
#include "runtime/bundled.h"
#include "runtime/train.h"
#include "src/cli.h"

/* ---- shared option parsing */
void zo_cli_usage_error(const Verb *v, const char *fmt, ...) {
  va_list ap;
  fprintf(stderr, "zoc %s: ", v->name);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fprintf(stderr, "\nusage: %s\n(see zoc %s --help)\n", v->usage, v->name);
  exit(2);
}

bool zo_cli_is_help(int argc, char **argv) {
  for (int i = 0; i < argc; i++)
    if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) return true;
  return false;
}

/* -D NAME=VALUE or -DNAME=VALUE; returns the number of argv entries used */
int zo_cli_define(const Verb *v, int argc, char **argv, int i, DefineVec *defs) {
  const char *s = argv[i] + 2;
  int used = 1;
  if (!*s) {
    if (i + 1 >= argc) zo_cli_usage_error(v, "-D needs NAME=VALUE");
    s = argv[i + 1];
    used = 2;
  }
  const char *eq = strchr(s, '=');
  if (!eq || eq == s || !eq[1]) zo_cli_usage_error(v, "-D needs NAME=VALUE, got '%s'", s);
  Define d = {zo_xstrdup(s), eq + 1};
  ((char *)d.name)[eq - s] = 0;
  d.value = d.name + (eq - s) + 1;
  vec_push(defs, d);
  return used;
}

const char *zo_cli_value(const Verb *v, int argc, char **argv, int *i) {
  const char *arg = argv[*i];
  const char *eq = strchr(arg, '=');
  if (eq && arg[0] == '-' && arg[1] == '-') return eq + 1;
  if (*i + 1 >= argc) zo_cli_usage_error(v, "%s needs a value", arg);
  return argv[++*i];
}

/* --device NAME: cpu (LLVM), ref (the plain-C reference), cuda (alias gpu);
 * none given: cpu where this zoc has LLVM, else ref. Whether a GPU is there
 * is the cuda backend's to say when it opens. */
const Backend *zo_cli_backend(const Verb *v, const char *device) {
  if (!device) {
    const Backend *be = zo_backend("cpu");
    return be ? be : zo_backend("ref");
  }
  const Backend *be = zo_backend(strcmp(device, "gpu") == 0 ? "cuda" : device);
  if (be) return be;
  bool known = strcmp(device, "cpu") == 0;
  zo_cli_usage_error(v, "%s '%s'%s (devices: %sref, cuda)", known ? "no device" : "unknown device", device,
                     known ? ": this zoc was built without LLVM" : "", zo_backend("cpu") ? "cpu, " : "");
}

/* a whole number >= 0 (decimal, 0x hex or 0 octal), all of s */
bool zo_cli_parse_u64(const char *s, uint64_t *out) {
  if (!s || !*s || *s == '-') return false;
  char *end;
  errno = 0;
  unsigned long long x = strtoull(s, &end, 0);
  if (errno || *end) return false;
  *out = x;
  return true;
}

bool zo_cli_opt(const char *arg, const char *name) {
  size_t n = strlen(name);
  return strncmp(arg, name, n) == 0 && (arg[n] == 0 || arg[n] == '=');
}

/* --target NAME=VALUE: one device option (codegen/target.h) */
void zo_cli_target(const Verb *v, const char *arg, ZoTarget *t) {
  StrBuf err = {0};
  if (zo_target_set(t, arg, &err) != 0) zo_cli_usage_error(v, "%s", err.buf);
}

/* the device options set that the backend `be` does not read */
void zo_cli_target_check(const Verb *v, const ZoTarget *t, const Backend *be) {
  StrBuf err = {0};
  if (zo_target_check_backend(t, be->name, &err) != 0) zo_cli_usage_error(v, "%s", err.buf);
}

void zo_cli_target_recipe(ZoTarget *t, const Func *f) {
  if (f && f->recipe) zo_target_apply_recipe(t, f->recipe->target, f->recipe->ntargets);
}

/* --set NAME=VALUE of a verb that compiles a recipe (bench, cuda): the
   recipe's settings with them applied in order, the forward's precision
   written back into f->recipe (the backends read it when they open) */
void zo_cli_sets(const Verb *v, const char *const *sets, int n, Func *f, ZoTrainSettings *s) {
  if (n > 0 && !f->recipe) zo_cli_usage_error(v, "--set changes a recipe's setting: give --recipe NAME");
  zo_train_settings_from_recipe(f->recipe, s);
  for (int i = 0; i < n; i++) {
    const char *eq = strchr(sets[i], '=');
    char name[64];
    if (!eq || eq == sets[i] || !eq[1] || (size_t)(eq - sets[i]) >= sizeof name)
      zo_cli_usage_error(v, "--set needs NAME=VALUE (forward=fp8), got '%s'", sets[i]);
    snprintf(name, sizeof name, "%.*s", (int)(eq - sets[i]), sets[i]);
    if (zo_train_settings_set(s, name, eq + 1) != 0) exit(1);
  }
  if (zo_train_settings_check(s) != 0) exit(1);
  zo_train_settings_to_recipe(s, f);
}

void zo_cli_free_defines(DefineVec *defs) {
  for (int i = 0; i < defs->len; i++) free((char *)defs->data[i].name);
  vec_free(defs);
}

/* ---- zoc check */
static int cmd_check(const Verb *v, int argc, char **argv) {
  Vec(const char *) files = {0};
  DefineVec defs = {0};
  for (int i = 0; i < argc; i++) {
    if (strncmp(argv[i], "-D", 2) == 0) i += zo_cli_define(v, argc, argv, i, &defs) - 1;
    else if (argv[i][0] == '-' && argv[i][1]) zo_cli_usage_error(v, "unknown option '%s'", argv[i]);
    else vec_push(&files, argv[i]);
  }
  if (files.len == 0) zo_cli_usage_error(v, "no .zo file given");
  int errors = 0;
  for (int i = 0; i < files.len; i++) {
    zo_diag_reset();
    Program *p = zo_parse_files(&files.data[i], 1);
    if (zo_diag_count() == 0) zo_check_program(p, defs.data, defs.len);
    int e = zo_diag_count();
    if (e == 0) {
      const char *models[64], *recipes[64];
      int nm = zo_program_models(p, models, 64), nr = zo_program_recipes(p, recipes, NULL, 64);
      printf("%s: ok (%d model%s, %d recipe%s)\n", files.data[i], nm, nm == 1 ? "" : "s", nr, nr == 1 ? "" : "s");
    } else {
      fprintf(stderr, "%s: %d error%s\n", files.data[i], e, e == 1 ? "" : "s");
    }
    errors += e;
    zo_program_free(p);
  }
  vec_free(&files);
  zo_cli_free_defines(&defs);
  return errors ? 1 : 0;
}

/* ---- zoc ir */
int zo_cli_parse_model_args(const Verb *v, int argc, char **argv, ModelArgs *m, int (*extra)(const Verb *, int, char **, int, void *), void *ctx) {
  for (int i = 0; i < argc; i++) {
    const char *a = argv[i];
    if (strncmp(a, "-D", 2) == 0) i += zo_cli_define(v, argc, argv, i, &m->defs) - 1;
    else if (zo_cli_opt(a, "--model")) m->model = zo_cli_value(v, argc, argv, &i);
    else if (zo_cli_opt(a, "--recipe")) m->recipe = zo_cli_value(v, argc, argv, &i);
    else if (extra) {
      int used = extra(v, argc, argv, i, ctx);
      if (used == 0) {
        if (a[0] == '-' && a[1]) zo_cli_usage_error(v, "unknown option '%s'", a);
        if (m->file) zo_cli_usage_error(v, "one .zo file, please (got '%s' and '%s')", m->file, a);
        m->file = a;
      } else i += used - 1;
    } else if (a[0] == '-' && a[1]) zo_cli_usage_error(v, "unknown option '%s'", a);
    else {
      if (m->file) zo_cli_usage_error(v, "one .zo file, please (got '%s' and '%s')", m->file, a);
      m->file = a;
    }
  }
  if (!m->file && !m->bundled) zo_cli_usage_error(v, "no .zo file given");
  return 0;
}

int zo_cli_bundled(const Verb *v, ModelArgs *m, const char *dir) {
  static char *file, *model;   /* one pick per run, kept to the end */
  if (m->file) return 0;
  if (!dir) zo_cli_usage_error(v, "no .zo file given (or --weights DIR, a Hugging Face directory, for its bundled model)");
  if (zo_bundled_pick(v->name, dir, m->model, &file, &model) != 0) return 1;
  m->file = file;
  m->model = model;
  return 0;
}

int zo_cli_bundled_dir(const Verb *v, ModelArgs *m, const char *weights) {
  struct stat st;
  if (weights && (stat(weights, &st) != 0 || !S_ISDIR(st.st_mode)))
    zo_cli_usage_error(v, "--weights takes a checkpoint directory (with config.json), not '%s'", weights);
  return zo_cli_bundled(v, m, weights);
}

typedef struct IrOpts {
  const char *after, *device;
  bool targeted;
  ZoTarget target;
} IrOpts;

static int ir_extra(const Verb *v, int argc, char **argv, int i, void *ctx) {
  IrOpts *o = ctx;
  int j = i;
  if (zo_cli_opt(argv[i], "--after")) o->after = zo_cli_value(v, argc, argv, &j);
  else if (zo_cli_opt(argv[i], "--device")) o->device = zo_cli_value(v, argc, argv, &j);
  else if (zo_cli_opt(argv[i], "--target")) {
    zo_cli_target(v, zo_cli_value(v, argc, argv, &j), &o->target);
    o->targeted = true;
  } else return 0;
  return j - i + 1;
}

/* The capabilities the kernel plan (--after kplan) is made for: the CPU
 * backend's (none), or the GPU backend's for the target decided as `zoc cuda
 * --arch 90a` decides it (an H100's: wgmma, the copy engine), --target's
 * options applied. */
static ZoKCaps ir_caps(const Verb *v, IrOpts *o) {
  const bool cpu = o->device && strcmp(o->device, "cpu") == 0;
  if (o->device && !cpu && strcmp(o->device, "cuda") != 0 && strcmp(o->device, "gpu") != 0)
    zo_cli_usage_error(v, "unknown device '%s' (devices: cpu, cuda)", o->device);
  if ((o->device || o->targeted) && (!o->after || strcmp(o->after, "kplan") != 0))
    zo_cli_usage_error(v, "--device and --target choose the kernel plan's target: they go with --after kplan");
  StrBuf err = {0};
  if (cpu) {
    if (zo_target_check_backend(&o->target, "cpu", &err) != 0) zo_cli_usage_error(v, "%s", err.buf);
    return (ZoKCaps){0};
  }
  if (zo_target_resolve(&o->target, true, true, "--arch 90a", &err) != 0) zo_cli_usage_error(v, "%s", err.buf);
  return zo_cuda_caps(&o->target);
}

static int cmd_ir(const Verb *v, int argc, char **argv) {
  ModelArgs m = {0};
  IrOpts io = {0};
  zo_target_init(&io.target);
  zo_cli_parse_model_args(v, argc, argv, &m, ir_extra, &io);
  const char *after = io.after;
  int npass;
  const PassInfo *passes = zo_passes(&npass);
  if (after && zo_pass_lookup(after) < 0) {
    StrBuf sb = {0};
    for (int i = 0; i < npass; i++)
      zo_sb_printf(&sb, "%s%s", !i ? "" : passes[i].print && !passes[i - 1].print ? "; the stage after them: " : ", ",
                   passes[i].name);
    zo_cli_usage_error(v, "no pass '%s' (the passes: %s)", after, sb.buf);
  }
  const ZoKCaps caps = ir_caps(v, &io);
  Program *p = zo_parse_files(&m.file, 1);
  int rc = 1;
  if (zo_diag_count() == 0) {
    int lastp = npass - 1;   /* the last pass proper: the stages after it print no IR */
    while (passes[lastp].print) lastp--;
    const char *last = passes[lastp].name;
    CompileOptions o = {.model = m.model, .recipe = m.recipe, .defs = m.defs.data, .ndefs = m.defs.len,
                        .stop_after = after ? after : last, .dump_after = after ? after : last, .caps = &caps};
    Func *f = zo_compile(p, &o);
    if (f) rc = 0;
    zo_func_free(f);
  }
  zo_program_free(p);
  zo_cli_free_defines(&m.defs);
  return rc;
}

/* ---- the verbs */
static int cmd_help(const Verb *v, int argc, char **argv);
static int cmd_version(const Verb *v, int argc, char **argv) {
  printf("zoc %s\n", ZOC_VERSION);
  return 0;
}

static const Verb verbs[] = {
  {"check", cmd_check, "zoc check FILE.zo... [-D NAME=VALUE]...",
   "Parse and verify .zo files: every model with its parameter defaults and every\n"
   "recipe against its model, through the whole pipeline (shapes, formats, memory plan).\n"},
  {"ir", cmd_ir,
   "zoc ir FILE.zo [--model NAME] [--recipe NAME] [-D NAME=VALUE]... [--after PASS] "
   "[--device cpu|cuda] [--target NAME=VALUE]...",
   "Print the IR of a model after a pass (default: the last). -D sets a model\n"
   "parameter (-D L=2, -D W=gptq(bits=2)) or the size of a symbol for the memory\n"
   "plan (-D B=16 -D T=128). The passes, in order: resolve, infer, unroll, dce,\n"
   "zomark, fuse, memplan. --recipe marks what the recipe perturbs.\n"
   "--after kplan prints the kernel plan instead: each kernel's kind and operands,\n"
   "the values stored as f16, matmul pairs, rope in a matmul's epilogue, the fused\n"
   "cross-entropy and the memory hints, for the GPU as `zoc cuda --arch 90a` targets\n"
   "it (--target NAME=VALUE changes an option; docs/gpu.md) or for --device cpu.\n"},
  ZO_EXTRA_VERBS
  {"help", cmd_help, "zoc help [VERB]", "Show help for zoc or one verb.\n"},
  {"version", cmd_version, "zoc version", "Print the version.\n"},
};

static void print_overview(FILE *out) {
  fprintf(out,
          "zoc %s — a compiler for zeroth-order training of quantized networks\n\n"
          "usage: zoc VERB [options]   (zoc VERB --help for one verb)\n\nverbs:\n",
          ZOC_VERSION);
  for (size_t i = 0; i < ZO_COUNT(verbs); i++) fprintf(out, "  %s\n", verbs[i].usage);
}

static int cmd_help(const Verb *v, int argc, char **argv) {
  if (argc == 0) {
    print_overview(stdout);
    return 0;
  }
  for (size_t i = 0; i < ZO_COUNT(verbs); i++)
    if (strcmp(verbs[i].name, argv[0]) == 0) {
      printf("usage: %s\n\n%s", verbs[i].usage, verbs[i].help);
      return 0;
    }
  zo_cli_usage_error(v, "no verb '%s'", argv[0]);
  return 2;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    print_overview(stderr);
    return 2;
  }
  const char *verb = argv[1];
  if (strcmp(verb, "--help") == 0 || strcmp(verb, "-h") == 0) {
    print_overview(stdout);
    return 0;
  }
  if (strcmp(verb, "--version") == 0) return cmd_version(NULL, 0, NULL);
  for (size_t i = 0; i < ZO_COUNT(verbs); i++)
    if (strcmp(verbs[i].name, verb) == 0) {
      if (zo_cli_is_help(argc - 2, argv + 2)) {
        printf("usage: %s\n\n%s", verbs[i].usage, verbs[i].help);
        return 0;
      }
      return verbs[i].run(&verbs[i], argc - 2, argv + 2);
    }
  fprintf(stderr, "zoc: no verb '%s'\n", verb);
  const char *names[64];
  int n = 0;
  for (size_t i = 0; i < ZO_COUNT(verbs); i++) names[n++] = verbs[i].name;
  const char *near = zo_nearest_name(verb, names, n);
  if (near) fprintf(stderr, "did you mean '%s'?\n", near);
  fprintf(stderr, "(zoc --help lists the verbs)\n");
  return 2;
}
