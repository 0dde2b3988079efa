/* cmd_cuda.c — `zoc cuda`: the CUDA C the GPU backend generates for a model
 * (codegen/cuda_gen.h), or, with --ptx, every kernel compiled by NVRTC (no
 * GPU needed) and each function's name and PTX size; with --cubin, the
 * program compiled for the real architecture as `--device cuda` compiles
 * it, into the compile cache (a GPU machine given that cache skips NVRTC).
 * The device options (--target, codegen/target.h) are decided for --arch as
 * `--device cuda` decides them for its GPU: wgmma on 90a, mma.sync
 * elsewhere, the copy engine's loads (a driver that encodes tensor maps is
 * assumed); --verbose prints them on stderr. --weights DIR: the parameters
 * DIR's config.json sets (FILE.zo may then be left out), as `zoc loss` reads
 * them, so --cubin fills the cache for that checkpoint. --set NAME=VALUE: a
 * recipe setting, as train takes it (forward=fp8: that precision's kernels). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "codegen/cuda_gen.h"
#include "frontend/ast.h"
#include "passes/passes.h"
#include "runtime/ckptcfg.h"
#include "runtime/cuda_rt.h"
#include "runtime/train.h"
#include "src/cli.h"

int zo_cmd_cuda(const Verb *v, int argc, char **argv);

typedef struct CudaOpts {
  bool ptx, cubin, verbose;
  const char *arch;
  const char *weights;   /* a checkpoint directory: its config.json sets the parameters, as for loss */
  ZoTarget target;
  Vec(const char *) sets;   /* --set NAME=VALUE: recipe settings (forward=fp8) */
} CudaOpts;

static int cuda_extra(const Verb *v, int argc, char **argv, int i, void *ctx) {
  CudaOpts *o = ctx;
  int j = i;
  if (strcmp(argv[i], "--ptx") == 0) o->ptx = true;
  else if (strcmp(argv[i], "--cubin") == 0) o->cubin = true;
  else if (strcmp(argv[i], "--simt") == 0) zo_cli_target(v, "matmul=f32", &o->target);
  else if (strcmp(argv[i], "--verbose") == 0 || strcmp(argv[i], "-v") == 0) o->verbose = true;
  else if (zo_cli_opt(argv[i], "--arch")) o->arch = zo_cli_value(v, argc, argv, &j);
  else if (zo_cli_opt(argv[i], "--weights")) o->weights = zo_cli_value(v, argc, argv, &j);
  else if (zo_cli_opt(argv[i], "--target")) zo_cli_target(v, zo_cli_value(v, argc, argv, &j), &o->target);
  else if (zo_cli_opt(argv[i], "--set")) vec_push(&o->sets, zo_cli_value(v, argc, argv, &j));
  else return 0;
  return j - i + 1;
}

/* the size of each .entry's text in the PTX (up to the next entry) */
static void print_entries(const char *ptx, size_t len) {
  const char *p = ptx, *end = ptx + len;
  const char *cur = NULL;
  char name[256] = "";
  for (;;) {
    const char *e = strstr(p, ".entry ");
    if (cur) {
      const char *stop = e ? e : end;
      printf("%-48s %8zu bytes of PTX\n", name, (size_t)(stop - cur));
    }
    if (!e) break;
    const char *s = e + 7;
    size_t n = strcspn(s, "( \n");
    if (n >= sizeof name) n = sizeof name - 1;
    memcpy(name, s, n);
    name[n] = 0;
    cur = e;
    p = s;
  }
}

int zo_cmd_cuda(const Verb *v, int argc, char **argv) {
  ModelArgs m = {.bundled = true};
  CudaOpts o = {.arch = "90"};
  zo_target_init(&o.target);
  zo_cli_parse_model_args(v, argc, argv, &m, cuda_extra, &o);
  if (zo_cli_bundled_dir(v, &m, o.weights) != 0) {
    zo_cli_free_defines(&m.defs);
    return 1;
  }
  Program *p = zo_parse_files(&m.file, 1);
  CkptParams ck = {0};
  int rc = 1;
  if (zo_diag_count() == 0 && zo_ckpt_params(p, m.model, o.weights, m.defs.data, m.defs.len, &ck) == 0) {
    CompileOptions co = {.model = m.model, .recipe = m.recipe, .defs = ck.defs.data, .ndefs = ck.defs.len};
    Func *f = zo_compile(p, &co);
    zo_cli_target_recipe(&o.target, f);
    ZoTrainSettings set;
    if (f) zo_cli_sets(v, o.sets.data, o.sets.len, f, &set);
    char device[48];
    snprintf(device, sizeof device, "--arch %s", o.arch);
    StrBuf err = {0};
    if (f && zo_target_resolve(&o.target, strcmp(o.arch, "90a") == 0, true, device, &err) != 0) zo_cli_usage_error(v, "%s", err.buf);
    if (f && o.verbose) zo_target_print(&o.target, stderr);
    ZoCuProgram *cp = f ? zo_cuda_generate(f, &o.target) : NULL;
    if (cp && o.cubin) {
      void *img = NULL;
      size_t n = 0;
      if ((o.verbose ? zo_nvrtc_compile_report(cp->source, o.arch, f->name, &img, &n)
                     : zo_nvrtc_compile(cp->source, o.arch, false, f->name, &img, &n)) == 0) {
        printf("; %s: %d launches, %d kernel functions, NVRTC %s, sm_%s, %zu bytes of cubin\n", f->name, cp->nlaunches,
               cp->nfunctions, zo_nvrtc_version(), o.arch, n);
        free(img);
        rc = 0;
      }
    } else if (cp && !o.ptx) {
      fputs(cp->source, stdout);
      rc = 0;
    } else if (cp) {
      void *img = NULL;
      size_t n = 0;
      if (zo_nvrtc_compile(cp->source, o.arch, true, f->name, &img, &n) == 0) {
        printf("; %s: %d launches, %d kernel functions, NVRTC %s, compute_%s, %zu bytes of PTX\n", f->name,
               cp->nlaunches, cp->nfunctions, zo_nvrtc_version(), o.arch, n);
        print_entries(img, n);
        free(img);
        rc = 0;
      }
    }
    zo_cuda_program_free(cp);
    zo_func_free(f);
  }
  zo_ckpt_params_free(&ck);
  zo_program_free(p);
  zo_cli_free_defines(&m.defs);
  vec_free(&o.sets);
  return rc;
}
