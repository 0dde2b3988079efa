/* test_cuda.c — the GPU backend (codegen/cuda/gen.c, runtime/cuda_exec.c).
 *
 * Without a GPU (CI): every kernel of every bundled model (tiny, llama, opt,
 * gpt2 at their default sizes, and tiny in every format of models/formats.zo
 * under each recipe) and of tests/data/models/fallback.zo is generated and
 * compiled by NVRTC for compute_90 and, on the wgmma path, compute_90a, and
 * llama's for sm_90 (ptxas too), on each path the device options
 * (codegen/target.h) select. NVRTC missing is a FAILURE unless
 * ZOC_ALLOW_NO_NVRTC=1. `--device cuda` on a machine without a driver is a
 * clean error (open returns NULL). One configuration a test, each with its
 * own timeout; its programs are compiled by worker processes, one a CPU, and
 * each image is checked as its worker finishes (the pool below: NVRTC is
 * nearly all of this case's time).
 *
 * With a GPU (scripts/gpu_run.sh): the RNG compiled by NVRTC gives the same
 * bits as the C build of codegen/zo_rng.h; whole models' logits on the GPU
 * against the reference backend (runtime/refexec.c), unperturbed and in one
 * ZO call over a doubled batch, with fresh seeds, odd B and T (tiles cut
 * short), several formats and recipes; the perturbation's effect (perturbed
 * minus plain logits) against the reference's; B and T change between calls;
 * a CUDA graph replay gives the same logits as plain launches.
 *
 * Tolerances. Logits: normwise relative 1e-4. The GPU's matmuls and
 * attention accumulate in f32 (FMA, another order than the reference's
 * double), ~√K·u ≈ 1e-6 relative per dot product for these K ≤ 256, and the
 * other kernels are within an ulp or two of the reference (double
 * transcendentals and reductions, as runtime/ref.c); through a few layers
 * that stays ~1e-5, and 1e-4 leaves a margin while a wrong index or format
 * is off by O(1). The perturbation's effect (eps = 1e-2) moves the logits by
 * ~1e-3..1e-2 normwise; the rounding noise above is ~1e-6 of the logits, so
 * the effect must match the reference's within 2e-2 of its size: a wrong z,
 * sign or stream moves it by O(1).
 */
#define _GNU_SOURCE   /* sched_getaffinity, CPU_COUNT */
#include <dirent.h>
#include <dlfcn.h>
#include <errno.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "codegen/cuda_gen.h"
#include "codegen/zo_rng.h"
#include "frontend/ast.h"
#include "passes/passes.h"
#include "runtime/convert.h"
#include "runtime/cuda_rt.h"
#include "runtime/exec.h"
#include "runtime/lowprec.h"
#include "runtime/randw.h"
#include "runtime/safetensors.h"
#include "runtime/weights.h"
#include "testutil.h"

typedef struct Cfg {
  const char *file, *recipe;
  const char *defs[8];   /* -D NAME=VALUE; "set:NAME=VALUE" a recipe setting of names, as --set gives it (forward=fp8: docs/lowprec.md) */
} Cfg;

static int ndefs(const Cfg *c) {
  int n = 0;
  while (n < 8 && c->defs[n]) n++;
  return n;
}

static Func *compile_cfg(const Cfg *c, Program **prog) {
  const char *file = zt_src(c->file);
  *prog = zo_parse_files(&file, 1);
  ck_assert_msg(zo_diag_count() == 0, "%s does not parse", c->file);
  Define d[8];
  static char buf[8][96];
  int nd = ndefs(c);
  int nm = 0;
  for (int i = 0; i < nd; i++) {
    if (strncmp(c->defs[i], "set:", 4) == 0) continue;
    snprintf(buf[nm], sizeof buf[nm], "%s", c->defs[i]);
    char *eq = strchr(buf[nm], '=');
    *eq = 0;
    d[nm] = (Define){buf[nm], eq + 1};
    nm++;
  }
  CompileOptions o = {.recipe = c->recipe, .defs = d, .ndefs = nm};
  Func *f = zo_compile(*prog, &o);
  ck_assert_msg(f, "%s (%s) does not compile", c->file, c->defs[0] ? c->defs[0] : "defaults");
  for (int i = 0; i < nd; i++) {
    const char *set = c->defs[i] + 4, *eq = strchr(set, '=');
    if (strncmp(c->defs[i], "set:", 4) != 0) continue;
    char name[64];
    ck_assert(eq && eq - set < (long)sizeof name && f->recipe);
    snprintf(name, sizeof name, "%.*s", (int)(eq - set), set);
    const int v = zo_recipe_setting_enum(name, eq + 1, NULL);
    ck_assert_msg(v >= 0, "%s: no such setting value", c->defs[i]);
    zo_recipe_set(f->recipe, zo_arena_strdup(&f->arena, name), v);   /* the recipe keeps the name */
  }
  return f;
}

/* c sets the low-precision forward (docs/lowprec.md) */
static bool cfg_lowprec(const Cfg *c) {
  for (int i = 0; i < ndefs(c); i++)
    if (strncmp(c->defs[i], "set:forward=", 12) == 0 && strcmp(c->defs[i], "set:forward=default") != 0) return true;
  return false;
}

/* every bundled model at its defaults, tiny in every format, and the model
   that takes the generator's fallbacks (tests/data/models/fallback.zo) */
static const Cfg all_models[] = {
  {"models/llama.zo", "qzo", {NULL}},
  {"models/llama.zo", "qzo_norms", {"L=2", NULL}},
  {"models/llama.zo", "mezo", {"L=2", "W=linear", NULL}},
  {"models/llama.zo", "qzo", {"L=2", "V=128256", "F=14336", "KV=8", "theta=500000", NULL}},
  {"models/opt.zo", "mezo", {NULL}},
  {"models/gpt2.zo", "mezo", {NULL}},
  {"models/tiny.zo", NULL, {NULL}},
  {"models/tiny.zo", "qzo", {NULL}},
  {"models/tiny.zo", "qzo_norms", {"W=gptq(bits=3, G=32)", "F=96", NULL}},
  {"models/tiny.zo", "qzo", {"W=gptq(bits=2, G=32)", NULL}},
  {"models/tiny.zo", "qzo", {"W=gptq(bits=8, G=32)", NULL}},
  {"models/tiny.zo", "qzo_norms", {"W=int8", "DT=f16", NULL}},
  {"models/tiny.zo", "qzo", {"W=fp8", NULL}},
  {"models/tiny.zo", "qzo", {"W=nf4", NULL}},
  {"models/tiny.zo", "qzo", {"W=aqlm", NULL}},
  {"models/tiny.zo", "qzo", {"W=bnb_nf4", NULL}},
  {"models/tiny.zo", "qzo", {"W=bnb_nf4_dq", NULL}},
  {"models/tiny.zo", "qzo", {"W=awq(G=32)", NULL}},
  {"models/tiny.zo", "qzo", {"W=fp8_channel", NULL}},
  {"models/tiny.zo", "qzo", {"W=fp8_tensor", NULL}},
  {"models/tiny.zo", "qzo", {"W=nvfp4", NULL}},
  {"models/tiny.zo", "mezo", {"W=mxfp4", NULL}},
  {"models/tiny.zo", "mezo", {"W=linear(dt=f32)", NULL}},
  {"models/tiny.zo", "mezo", {"W=linear(dt=bf16)", "DT=bf16", NULL}},
  {"models/tiny.zo", "mezo", {"W=conv1d(dt=f16)", NULL}},
  {"tests/data/models/fallback.zo", "qzo", {NULL}},
  {"tests/data/models/softcap.zo", "qzo", {NULL}},   /* tanh (docs/adding-an-op.md) */
  /* the op attributes of the Hugging Face architectures: strided slice, per-head norms, partial
     and scaled rope (its own kernel, and in a matmul's epilogue), attention scale, softcap, window
     (F=512: the peak at the MLP, where the f16 values lower it, as the checks below expect) */
  {"tests/data/models/archops.zo", "mezo", {"F=512", NULL}},
  {"tests/data/models/archops.zo", "mezo", {"F=512", "RD=8", "factor=8", "lo=1", "hi=4", "om=8", NULL}},
  {"tests/data/models/archops.zo", "mezo", {"F=512", "scale=0.3", "cap=0.5", "win=3", NULL}},
  {"tests/data/models/archrope.zo", "mezo", {"scale=0.2", NULL}},
  {"tests/data/models/lang.zo", NULL, {"tie=1", "cap=2", "act=gelu", NULL}},   /* shift (t + n), if, strings */
  /* the low-precision forward (cuda/lowprec.c): a Llama's every projection, both grids, both roundings,
     perturbed formats and an unperturbed dense one (the f32 path refuses them: checked below) */
  {"models/llama.zo", "qzo", {"L=2", "set:forward=fp8", "set:forward_rounding=stochastic", NULL}},
  {"models/llama.zo", "mezo", {"L=2", "W=linear", "set:forward=int8", NULL}},
  {"models/tiny.zo", "qzo", {"W=gptq(bits=3, G=32)", "F=96", "set:forward=int8", "set:forward_rounding=stochastic", NULL}},
  {"models/tiny.zo", "qzo", {"set:forward=fp8", NULL}},
};

static bool have_nvrtc(void) {
  if (zo_nvrtc_load(true) == 0) return true;
  const char *allow = getenv("ZOC_ALLOW_NO_NVRTC");
  if (allow && strcmp(allow, "1") == 0) {
    fprintf(stderr, "test_cuda: NVRTC not found; skipping the NVRTC compiles (ZOC_ALLOW_NO_NVRTC=1)\n");
    return false;
  }
  zo_nvrtc_load(false);   /* says where it looked */
  ck_abort_msg("NVRTC not found: install the nvidia-cuda-nvrtc-cu12 wheel (scripts/deps.sh --with-python) or set "
               "ZOC_NVRTC; ZOC_ALLOW_NO_NVRTC=1 skips this test");
  return false;
}

/* the entries in the cache folder DIR (file names; 0 when there is none) */
static int cache_entries(const char *dir, char *first, size_t n) {
  DIR *d = opendir(dir);
  if (!d) return 0;
  int found = 0;
  for (struct dirent *e; (e = readdir(d));) {
    if (e->d_name[0] == '.') continue;
    if (!found++ && first) snprintf(first, n, "%s/%s", dir, e->d_name);
  }
  closedir(d);
  return found;
}

/* The z scratch's regions (add_zfills): walking the launches in order, every
 * region a kernel reads (a ZSCRATCH slot: storage s of weight v at byte c)
 * was last written, every byte of it, by a zfill launch's entry for that
 * same storage; a zfill launch's block rows are its storages. Returns the
 * zfill launches and counts the perturbed storages read in *storages. */
static int check_zfills(const ZoCuProgram *cp, const char *what, int *storages) {
  typedef struct {
    int64_t lo, hi;
    const Value *v;
    int s;
  } Reg;
  Reg *held = NULL;
  int nheld = 0, zfills = 0;
  *storages = 0;
  for (int li = 0; li < cp->nlaunches; li++) {
    const ZoCuLaunch *L = &cp->launches[li];
    const bool zf = strcmp(L->kind, "zfill") == 0;
    if (zf) {
      zfills++;
      ck_assert_msg(L->nptrs >= 2 && L->nints == 2 * (L->nptrs - 1) && L->tile == 1 && zo_dim_is_const(L->tile_dim) &&
                        L->tile_dim.coef == L->nptrs - 1 && L->ptrs[0].kind == ZO_CU_RUN,
                    "%s: zfill launch %d's shape", what, li);
    }
    for (int q = 0; q < L->nptrs; q++) {
      const ZoCuArg *x = &L->ptrs[q];
      if (x->kind != ZO_CU_ZSCRATCH) continue;
      int64_t ne = 1;
      for (int d = 0; d < x->v->w->rank[x->storage]; d++) ne *= x->v->w->shape[x->storage][d];
      const Reg r = {x->c, x->c + 4 * ne, x->v, x->storage};
      ck_assert_msg(r.lo >= 0 && r.hi <= cp->zscratch_bytes, "%s: a z region outside the scratch", what);
      if (zf) {
        ck_assert(L->ints[2 * (q - 1)].c == ne && L->ints[2 * (q - 1) + 1].c == x->v->w->stream[x->storage]);
        ck_assert(L->work.coef >= (ne + 1) / 2);
        held = realloc(held, sizeof *held * (size_t)(nheld + 1));
        held[nheld++] = r;   /* later entries overwrite earlier ones where they overlap */
        continue;
      }
      (*storages)++;
      /* the last entry touching each byte of the region must be this storage's, covering it all */
      int last = -1;
      for (int h = 0; h < nheld; h++)
        if (held[h].lo < r.hi && r.lo < held[h].hi) last = h;
      ck_assert_msg(last >= 0 && held[last].v == r.v && held[last].s == r.s && held[last].lo == r.lo && held[last].hi == r.hi,
                    "%s: launch %d (%s) reads a z region no zfill filled with its storage", what, li, L->kind);
      for (int h = last + 1; h < nheld; h++) ck_assert(!(held[h].lo < r.hi && r.lo < held[h].hi));
    }
  }
  free(held);
  return zfills;
}

/* The dequant scratch's banks (ZoCuProgram.dq_banks). Several: the kernels
 * that read a bank take them in turn (the fused cross-entropy's variant the
 * same as the kernel it stands for), each dequant writes its kernel's bank,
 * and exactly the dequants and zfills are marked to run beside the others.
 * One: every slot in bank 0, nothing beside. Returns the kernels reading a
 * bank. */
static int check_banks(const ZoCuProgram *cp, const char *what) {
  const int nb = cp->dq_banks;
  const bool two = nb > 1;
  int readers = 0, last_bank = -1, last_group = -1;
  ck_assert(nb >= 1 && nb <= ZO_CU_MAXBANKS && cp->dq_bank_off[0] == 0);
  for (int b = 1; b < nb; b++)
    ck_assert_msg(cp->dq_bank_off[b] % 256 == 0 && cp->dq_bank_off[b] > cp->dq_bank_off[b - 1] && cp->dq_bank_off[b] < cp->dq_bytes,
                  "%s: bank %d at %lld of %lld", what, b, (long long)cp->dq_bank_off[b], (long long)cp->dq_bytes);
  for (int li = 0; li < cp->nlaunches; li++) {
    const ZoCuLaunch *L = &cp->launches[li];
    const bool dq = strcmp(L->kind, "dequant") == 0, zf = strcmp(L->kind, "zfill") == 0;
    ck_assert_msg(L->side == (two && (dq || zf)), "%s: launch %d (%s) beside the others: %d", what, li, L->kind, L->side);
    int bank = -1;
    for (int q = 0; q < L->nptrs; q++)
      if (L->ptrs[q].kind == ZO_CU_DQ) {
        if (L->ptrs[q].c < 0) {   /* the slot of a launch made before a matmul that reads no W (its angle table, X's copy) */
          ck_assert_msg(strcmp(L->kind, "ropetab") == 0 || strcmp(L->kind, "x16") == 0 || strcmp(L->kind, "xq") == 0,
                        "%s: launch %d (%s) has no bank", what, li,
                        L->kind);
          continue;
        }
        ck_assert_msg(bank < 0 && L->ptrs[q].c >= 0 && L->ptrs[q].c < nb, "%s: launch %d's bank", what, li);
        bank = (int)L->ptrs[q].c;
      }
    ck_assert_msg(!dq || bank >= 0, "%s: dequant launch %d writes no bank", what, li);
    if (bank < 0) continue;
    ck_assert_msg(dq || strcmp(L->kind, "matmul") == 0, "%s: launch %d (%s) reads a bank", what, li, L->kind);
    if (dq) {   /* its kernel: the next launch reading a bank that is not a dequant */
      int k = li + 1;
      while (k < cp->nlaunches && strcmp(cp->launches[k].kind, "matmul") != 0) k++;
      ck_assert_msg(k < cp->nlaunches, "%s: dequant launch %d has no kernel after it", what, li);
      int kb = -1;
      for (int q = 0; q < cp->launches[k].nptrs; q++)
        if (cp->launches[k].ptrs[q].kind == ZO_CU_DQ) kb = (int)cp->launches[k].ptrs[q].c;
      ck_assert_msg(kb == bank, "%s: dequant launch %d writes bank %d, its kernel %d reads %d", what, li, bank, k, kb);
      continue;
    }
    if (L->group == last_group) {   /* the fused cross-entropy's variant of the kernel before it */
      ck_assert(bank == last_bank && li == cp->ce);
      continue;
    }
    ck_assert_msg(last_bank < 0 || bank == (last_bank + 1) % nb, "%s: kernel %d reads bank %d after %d", what, li, bank, last_bank);
    readers++;
    last_bank = bank;
    last_group = L->group;
  }
  return readers;
}

/* ---- NVRTC compiles in parallel
 * NVRTC is ~99% of the every-kernel test's time (55 programs, none the same
 * source and options, 1–20 s each on an idle core); the programs are
 * independent, so each is compiled in a child process, as many at once as
 * there are CPUs to run them, while this process generates and checks the
 * next program. The child inherits the source and the loaded NVRTC
 * (have_nvrtc loads it before the first fork), writes the image to a file
 * and exits; the parent reads the image when the child has exited and
 * checks it then. Processes rather than threads: a check failing in the
 * parent ends it with exit() while compiles may be inside NVRTC (exit-time
 * destructors would run under them), and a crash inside NVRTC fails the one
 * job, named, not the whole test. A worker dies with the parent
 * (PR_SET_PDEATHSIG), so a failed or timed-out test leaves no compile
 * running. */
typedef struct {
  pid_t pid;
  char what[320];         /* for messages: the configuration, the variant, the architecture */
  bool ptx;
  char **entries;         /* a PTX's kernel functions, each must be in it */
  int nentries;
  char path[1300];        /* where the child writes the image */
} NvJob;

typedef struct {
  NvJob *jobs;            /* running */
  int n, max, serial;
  pid_t parent;
} NvPool;

/* the CPUs this process may run on (online and in its affinity mask) */
static int usable_cpus(void) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  cpu_set_t set;
  if (sched_getaffinity(0, sizeof set, &set) == 0 && CPU_COUNT(&set) < n) n = CPU_COUNT(&set);
  return n < 1 ? 1 : (int)n;
}

static void nv_pool_init(NvPool *p) {
  *p = (NvPool){.max = usable_cpus(), .parent = getpid()};
  p->jobs = calloc((size_t)p->max, sizeof *p->jobs);
  ck_assert(p->jobs);
}

static void nv_job_free(NvJob *j) {
  for (int k = 0; k < j->nentries; k++) free(j->entries[k]);
  free(j->entries);
}

/* the child: compile, write the image, exit 0; 1 when NVRTC failed (it said why on stderr), 2 when the image could
   not be written; _exit, so the parent's atexit handlers (zt_tmpdir's removal) and stdio buffers stay the parent's */
static void nv_child(const NvPool *p, const NvJob *j, const char *source, const char *arch, const char *name) {
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (getppid() != p->parent) _exit(3);   /* the parent died before the line above */
  void *img = NULL;
  size_t n = 0;
  if (zo_nvrtc_compile(source, arch, j->ptx, name, &img, &n) != 0) _exit(1);
  FILE *fp = fopen(j->path, "wb");
  const bool ok = fp && fwrite(img, 1, n, fp) == n;
  _exit(fp && fclose(fp) == 0 && ok ? 0 : 2);
}

/* waits for one of the pool's children and checks its image: the compile succeeded, a PTX holds every kernel
   function of its program, a cubin is a real image (ptxas ran) */
static void nv_reap(NvPool *p) {
  int st = 0, k = -1;
  while (k < 0) {
    const pid_t pid = waitpid(-1, &st, 0);
    if (pid < 0 && errno == EINTR) continue;
    ck_assert_msg(pid > 0, "waiting for an NVRTC worker: %s", strerror(errno));
    for (int q = 0; q < p->n; q++)
      if (p->jobs[q].pid == pid) k = q;
  }
  NvJob j = p->jobs[k];
  p->jobs[k] = p->jobs[--p->n];
  ck_assert_msg(!WIFSIGNALED(st), "%s: the NVRTC worker died of signal %d", j.what, WTERMSIG(st));
  ck_assert_msg(WIFEXITED(st) && WEXITSTATUS(st) != 1, "%s: NVRTC failed (its log is above)", j.what);
  ck_assert_msg(WEXITSTATUS(st) == 0, "%s: the NVRTC worker could not write the image to %s (status %d)", j.what, j.path,
                WEXITSTATUS(st));
  FILE *fp = fopen(j.path, "rb");
  ck_assert_msg(fp, "%s: %s: %s", j.what, j.path, strerror(errno));
  ck_assert(fseek(fp, 0, SEEK_END) == 0);
  const long n = ftell(fp);
  ck_assert(n >= 0 && fseek(fp, 0, SEEK_SET) == 0);
  char *img = malloc((size_t)n + 1);
  ck_assert(img && fread(img, 1, (size_t)n, fp) == (size_t)n);
  img[n] = 0;
  fclose(fp);
  unlink(j.path);
  if (j.ptx) {
    for (int e = 0; e < j.nentries; e++) {
      char entry[160];
      snprintf(entry, sizeof entry, ".entry %s(", j.entries[e]);
      ck_assert_msg(strstr(img, entry), "%s: %s is not in the PTX", j.what, j.entries[e]);
    }
  } else {
    ck_assert_msg(n > 1000, "%s: a cubin of %ld bytes", j.what, n);
  }
  free(img);
  nv_job_free(&j);
}

/* compiles CP's source for ARCH (PTX or a cubin) in a worker, once one is free; checked when it finishes */
static void nv_submit(NvPool *p, const ZoCuProgram *cp, const char *arch, bool ptx, const char *name, const char *fmt, ...)
    ZO_PRINTF(6, 7);
static void nv_submit(NvPool *p, const ZoCuProgram *cp, const char *arch, bool ptx, const char *name, const char *fmt, ...) {
  while (p->n == p->max) nv_reap(p);
  NvJob *j = &p->jobs[p->n];
  *j = (NvJob){.ptx = ptx};
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(j->what, sizeof j->what, fmt, ap);
  va_end(ap);
  snprintf(j->what + strlen(j->what), sizeof j->what - strlen(j->what), ", %s_%s", ptx ? "compute" : "sm", arch);
  snprintf(j->path, sizeof j->path, "%s/nvrtc-%ld-%d.img", zt_tmpdir(), (long)p->parent, p->serial++);
  if (ptx) {
    j->entries = malloc(sizeof *j->entries * (size_t)(cp->nfunctions + 1));
    for (int k = 0; k < cp->nfunctions; k++) j->entries[k] = strdup(cp->functions[k]);
    j->nentries = cp->nfunctions;
  }
  fflush(NULL);   /* nothing buffered is written twice */
  j->pid = fork();
  if (j->pid == 0) nv_child(p, j, cp->source, arch, name);
  ck_assert_msg(j->pid > 0, "%s: fork: %s", j->what, strerror(errno));
  p->n++;
}

/* waits for every compile and checks it */
static void nv_pool_finish(NvPool *p) {
  while (p->n > 0) nv_reap(p);
  free(p->jobs);
  p->jobs = NULL;
}

/* One configuration of all_models a test (so each has its own timeout): its
 * CUDA programs generated and checked here, compiled by NVRTC in the pool. */
START_TEST(test_nvrtc_every_kernel) {
  if (!have_nvrtc()) return;
  const int i = _i;
  /* a fresh cache, written by the workers at once: every kernel is really compiled */
  char cache[1300];
  snprintf(cache, sizeof cache, "%s/cache-%d", zt_tmpdir(), i);
  setenv("ZOC_CUDA_CACHE", cache, 1);
  unsetenv("ZOC_CUDA_NO_CACHE");
  NvPool pool;
  nv_pool_init(&pool);
  const Cfg *c = &all_models[i];
  const char *cname = c->defs[0] ? c->defs[0] : "defaults", *crecipe = c->recipe ? c->recipe : "-";
  Program *p;
  Func *f = compile_cfg(c, &p);
  const bool fallback = strstr(c->file, "fallback.zo") != NULL;   /* the generator's fallbacks (tests/data/models/fallback.zo) */
  /* variants: 0 mma.sync (compute_90), 1 wgmma (compute_90a, Hopper's), 2 the f32 matmuls (a third of them) */
  for (int var = 0; var < (i % 3 == 0 ? 3 : 2); var++) {
    const int simt = var == 2;
    const char *arch = var == 1 ? "90a" : "90";
    ZoTarget go = zo_target_default(var == 1);
    if (simt) go.matmul = ZO_MM_F32;
    if (simt && cfg_lowprec(c)) {   /* the low-precision forward runs on the tensor cores only: a message, no program */
      ZoCuProgram *none = zo_cuda_generate(f, &go);
      ck_assert_msg(!none, "%s: a low-precision forward on the f32 path", c->file);
      continue;
    }
    ZoCuProgram *cp = zo_cuda_generate(f, &go);
    ck_assert_msg(cp, "%s %s: no CUDA program", c->file, c->defs[0] ? c->defs[0] : "");
    if (cfg_lowprec(c)) {   /* each low-precision matmul quantizes its rows (an xq launch; to nearest, once for q, k and v) */
      int lps = 0, xqs = 0;
      for (int v = 0; v < f->body->vals.len; v++) lps += zo_lp_applies(f->body->vals.data[v]);
      for (int li = 0; li < cp->nlaunches; li++) xqs += strcmp(cp->launches[li].kind, "xq") == 0;
      const bool sr = zo_lp_rounding(f) == 1;
      ck_assert_msg(lps > 0 && (sr ? xqs == lps : xqs > 0 && xqs < lps) && strstr(cp->source, "zo_lp_q("),
                    "%s: %d low-precision matmuls, %d xq launches", c->file, lps, xqs);
      for (int h = 0; h < cp->nhints; h++)   /* X quantized from its f32 values, as the reference does: not stored as f16 only */
        for (int v = 0; v < f->body->vals.len && cp->hints[h].elem_bytes == 2; v++)
          ck_assert(!zo_lp_applies(f->body->vals.data[v]) || f->body->vals.data[v]->arg[0] != cp->hints[h].v);
      /* wgmma: the fp8 / int8 tensor cores (one-byte tensor maps), or with lowbit=f16 the f16 ones on the same values */
      if (var == 1) {
        ck_assert(strstr(cp->source, "wgmma.mma_async.sync.aligned.m64n256k32."));
        ZoTarget f16 = go;
        f16.lowbit = 0;
        ZoCuProgram *c16 = zo_cuda_generate(f, &f16);
        ck_assert(c16 && !strstr(c16->source, "m64n256k32") && strstr(c16->source, "zo_lp_q("));
        for (int li = 0; li < c16->nlaunches; li++) ck_assert(c16->launches[li].ntmaps == 0 || !c16->launches[li].tmaps[0].bytes);
        nv_submit(&pool, c16, arch, true, f->name, "%s (%s, %s, lowbit=f16)", c->file, crecipe, cname);
        zo_cuda_program_free(c16);
      }
    }
    ck_assert(cp->nlaunches >= f->ngroups && cp->nfunctions > 0);
    /* the zfills: one launch fills a window of kernels' z regions; a QZO Llama's 7 scale storages a layer take 1 or 2 */
    int zst = 0;
    const int zfills = check_zfills(cp, c->file, &zst);
    if (strstr(c->file, "llama") && c->recipe && strcmp(c->recipe, "qzo") == 0 && ndefs(c) == 0)
      ck_assert_msg(zst >= 7 * 32 && zfills > 0 && 3 * zfills <= zst, "%s: %d zfill launches for %d storages", c->file, zfills, zst);
    /* the dequant scratch: two banks on the tensor-core paths (a dequant beside the matmul before it), one on the f32 path
       and with overlap=0; the two hold what one did, twice at most */
    const int readers = check_banks(cp, c->file);
    ck_assert_msg(simt ? cp->dq_banks == 1 && readers == 0 : cp->dq_banks == (readers < 2 ? 1 : 2),
                  "%s: %d kernels read %d banks", c->file, readers, cp->dq_banks);
    if (readers > 1) {
      ZoTarget one = go;
      one.overlap = 0;
      ZoCuProgram *c1 = zo_cuda_generate(f, &one);
      ck_assert(c1 && check_banks(c1, c->file) == readers && c1->dq_banks == 1);
      ck_assert_msg(c1->dq_bytes <= cp->dq_bytes && cp->dq_bytes <= 2 * (c1->dq_bytes + 256), "%s: %lld bytes in two banks, %lld in one",
                    c->file, (long long)cp->dq_bytes, (long long)c1->dq_bytes);
      ck_assert_msg(strcmp(c1->source, cp->source) == 0, "%s: the banks changed the source", c->file);
      zo_cuda_program_free(c1);
    }
    /* no CUDA header: NVRTC from a wheel has none */
    ck_assert_msg(!strstr(cp->source, "#include <cuda"), "the generated source includes a CUDA header");
    ck_assert_msg(!var == !strstr(cp->source, "wgmma.mma_async") || var == 2, "wgmma in the source iff asked for");
    /* every launched function is in the PTX (checked when the worker is done) */
    nv_submit(&pool, cp, arch, true, f->name, "%s (%s, %s)", c->file, crecipe, cname);
    /* the fused cross-entropy: the logits' kernel again, its stores replaced by partials (none where the logits are
       not a matmul's: fallback.zo's come from a norm) */
    ck_assert_msg(fallback ? cp->ce == -1 : cp->ce > 0 && cp->ce < cp->nlaunches, "%s: fused cross-entropy at launch %d", c->file, cp->ce);
    if (!fallback) {
      ck_assert(cp->launches[cp->ce].mode == ZO_CU_LOSS_ONLY && cp->launches[cp->ce - 1].mode == ZO_CU_LOGITS_ONLY);
      ck_assert(cp->launches[cp->ce].group == cp->launches[cp->ce - 1].group && strcmp(cp->launches[cp->ce].kind, "matmul") == 0);
      ck_assert(cp->ce_vocab == zo_value_last_dim(f->outputs.data[0]).coef && cp->ce_parts == (cp->ce_vocab + cp->ce_chunk - 1) / cp->ce_chunk);
    }
    for (int li = 0; li < cp->nlaunches; li++) ck_assert(li == cp->ce || cp->launches[li].mode != ZO_CU_LOSS_ONLY);
    if (i == 0) /* a real-architecture image too: ptxas accepts the kernels */
      nv_submit(&pool, cp, arch, false, f->name, "%s (%s, %s), a cubin", c->file, crecipe, cname);
    if (var == 1) {
      /* the operands by the copy engine: a matmul's two tensor maps, X's f16 rows and W's f16 [N][K] (both signs when perturbed) */
      int maps = 0;
      for (int li = 0; li < cp->nlaunches; li++) {
        const ZoCuLaunch *L = &cp->launches[li];
        ck_assert(L->ntmaps == 0 || (L->ntmaps == 2 && strcmp(L->kind, "matmul") == 0));
        if (L->ntmaps == 0) continue;
        maps++;
        const ZoCuArg *x = &L->ptrs[L->tmaps[0].slot], *w = &L->ptrs[L->tmaps[1].slot];
        ck_assert(L->tmaps[0].slot < L->nptrs && L->tmaps[1].slot < L->nptrs);
        /* X as its producer stored it (f16), or its copy in the x16 scratch (an x16 launch made it) */
        ck_assert_msg((x->kind == ZO_CU_BUFFER && zo_dim_eq(L->tmaps[0].rows, zo_value_rows(x->v)) &&
                       zo_dim_eq(zo_value_last_dim(x->v), zo_dim_const(L->tmaps[0].cols))) ||
                          (x->kind == ZO_CU_X16 && zo_dim_eq(L->tmaps[0].rows, zo_value_rows(L->anchor))),
                      "%s: launch %d's X map", c->file, li);
        const int64_t wr = L->tmaps[1].rows.coef;
        ck_assert_msg(zo_dim_is_const(L->tmaps[1].rows) && L->tmaps[1].cols == L->tmaps[0].cols &&
                          (w->kind == ZO_CU_DQ || (w->kind == ZO_CU_STORAGE && wr == zo_value_last_dim(L->anchor).coef)) &&
                          L->tmaps[0].box_rows == 128 && L->tmaps[1].box_rows == 256,
                      "%s: launch %d's W map", c->file, li);
      }
      ck_assert_msg(maps > 0 && strstr(cp->source, "zo_tma2(sa"), "%s: no matmul reads by the copy engine", c->file);
      /* matmul pairs: a bare matmul (a Llama's up projection) whose product feeds a later matmul's epilogue (the gate's
         silu * up) runs inside that kernel: its group has only its dequant launch, no launch names its product, the
         kernel's W has 2N rows a sign (both matrices, interleaved), and the memory plan gives the product no buffer */
      int pairs = 0, silus = 0, ropes = 0, ropes_in = 0, ropetabs = 0, rope_launches = 0;
      for (int i2 = 0; i2 < f->body->vals.len; i2++) {
        silus += f->body->vals.data[i2]->op == ZO_OP_SILU;
        ropes += f->body->vals.data[i2]->op == ZO_OP_ROPE;
      }
      for (int li = 0; li < cp->nlaunches; li++) {
        ropetabs += strcmp(cp->launches[li].kind, "ropetab") == 0;
        rope_launches += strcmp(cp->launches[li].kind, "rope") == 0;
      }
      for (int h = 0; h < cp->nhints; h++) {
        const Value *m1 = cp->hints[h].v;
        if (cp->hints[h].elem_bytes != 0) {   /* stored as f16 only, or a rope its matmul's kernel stores */
          ck_assert(m1->type.dtype == ZO_DT_F32 && (cp->hints[h].elem_bytes == 2 || (cp->hints[h].elem_bytes == 4 && cp->hints[h].made_by)));
          ck_assert(!cp->hints[h].made_by || (m1->op == ZO_OP_ROPE && cp->hints[h].made_by == m1->arg[0]));
          continue;
        }
        ck_assert(m1->op == ZO_OP_MATMUL && m1->group_root);
        const Value *user = NULL;
        for (int i2 = 0; i2 < f->body->vals.len; i2++)
          for (int a = 0; a < f->body->vals.data[i2]->narg; a++)
            if (f->body->vals.data[i2]->arg[a] == m1) user = f->body->vals.data[i2];
        ck_assert(user && user->group > m1->group);
        if (user->op == ZO_OP_ROPE) {
          /* rope in the matmul's epilogue: no launch of its own, its product named by no launch, the matmul's kernel
             stores the rope's output (and says so to the memory plan) */
          ropes_in++;
          int mm1 = 0, made = 0;
          for (int li = 0; li < cp->nlaunches; li++) {
            const ZoCuLaunch *L = &cp->launches[li];
            ck_assert_msg(L->group != user->group, "%s: the rope turned in an epilogue has a launch", c->file);
            for (int q = 0; q < L->nptrs; q++) {
              ck_assert_msg(!(L->ptrs[q].kind == ZO_CU_BUFFER && L->ptrs[q].v == m1), "%s: a launch names rope's input", c->file);
              if (L->group == m1->group && strcmp(L->kind, "matmul") == 0 && L->ptrs[q].kind == ZO_CU_BUFFER && L->ptrs[q].v == user) mm1++;
            }
          }
          for (int h2 = 0; h2 < cp->nhints; h2++) made += cp->hints[h2].v == user && cp->hints[h2].made_by == m1;
          ck_assert_msg(mm1 == 1 && made == 1, "%s: the rope's matmul kernel", c->file);
          continue;
        }
        pairs++;
        const int64_t N = zo_value_last_dim(m1).coef;
        int dq1 = 0, mm1 = 0, mm2 = 0;
        for (int li = 0; li < cp->nlaunches; li++) {
          const ZoCuLaunch *L = &cp->launches[li];
          for (int q = 0; q < L->nptrs; q++) ck_assert_msg(!(L->ptrs[q].kind == ZO_CU_BUFFER && L->ptrs[q].v == m1), "%s: a launch names the pair's product", c->file);
          if (L->group == m1->group) {
            dq1 += strcmp(L->kind, "dequant") == 0;
            mm1 += strcmp(L->kind, "matmul") == 0;
          }
          if (L->group == user->group && strcmp(L->kind, "matmul") == 0) {
            mm2++;
            const int64_t wr = L->tmaps[1].rows.coef;
            ck_assert_msg(L->ntmaps == 2 && (wr == 2 * N || wr == 4 * N) && L->gx == (N + 127) / 128, "%s: the pair's W map", c->file);
          }
        }
        ck_assert_msg(dq1 == 1 && mm1 == 0 && mm2 == 1, "%s: the pair's launches", c->file);
      }
      if ((strstr(c->file, "llama") || strstr(c->file, "tiny")) && ndefs(c) == 0) {
        ck_assert_msg(pairs == silus && pairs > 0, "%s: %d matmul pairs, %d MLPs", c->file, pairs, silus);
        /* and every rope (queries, keys) in its matmul's epilogue, one angle table for all */
        ck_assert_msg(ropes_in == ropes && ropes > 0 && rope_launches == 0 && ropetabs == 1, "%s: %d of %d ropes in epilogues, %d rope launches, %d tables",
                      c->file, ropes_in, ropes, rope_launches, ropetabs);
      }
      ck_assert(ropes_in + rope_launches == ropes && (ropetabs > 0) == (ropes_in > 0));
      /* the plan with the kernels' hints: f16 values at 2 bytes an element, the pair's products nowhere */
      zo_memplan_hints(f, false, cp->hints, cp->nhints);
      const int64_t hinted = f->plan.peak_live_bytes;
      for (int h = 0; h < cp->nhints; h++) {
        const Value *v = cp->hints[h].v;
        if (cp->hints[h].elem_bytes == 0) {
          ck_assert(v->buffer < 0);
          continue;
        }
        ck_assert(v->buffer >= 0);
        const Buffer *bv = &f->plan.buffers[v->buffer];
        const int64_t want = (zo_dim_eval(zo_value_numel(v), f->plan.sym_vals) * cp->hints[h].elem_bytes + 63) / 64 * 64;
        ck_assert_msg(bv->size == want, "%s: an f16 value's buffer", c->file);
        if (!cp->hints[h].made_by) continue;
        /* a rope its matmul's kernel stores lives from that kernel: no buffer that kernel reads shares its bytes */
        const Value *mk = cp->hints[h].made_by;
        for (int i2 = 0; i2 < f->body->vals.len; i2++) {
          const Value *u = f->body->vals.data[i2];
          if (u->group != mk->group) continue;
          for (int a = 0; a < u->narg; a++) {
            const Value *x = u->arg[a];
            if (x->buffer < 0 || x->group == mk->group) continue;
            const Buffer *bx = &f->plan.buffers[x->buffer];
            ck_assert_msg(bx->offset + bx->size <= bv->offset || bv->offset + bv->size <= bx->offset,
                          "%s: rope's output shares bytes with its matmul's operand", c->file);
          }
        }
      }
      zo_memplan(f, false);
      /* (a low-precision forward stores no f16 values: its hints, rope's, move bytes without saving them) */
      ck_assert(f->plan.hints_key == 0 && (cp->nhints == 0 || f->plan.peak_live_bytes > hinted ||
                                           (cfg_lowprec(c) && f->plan.peak_live_bytes == hinted)));
      /* and their epilogues store through a shared-memory tile: every matmul's output here has N % 8 == 0 */
      int staged = 0;
      for (const char *q = cp->source; (q = strstr(q, "(zstg + (unsigned)(")); q++) staged++;
      ck_assert_msg(staged > 0 && strstr(cp->source, "= zo_lds128(sbase"), "%s: no staged epilogue", c->file);
      /* an epilogue's f32 operand of whole rows that is not a matmul pair's (fallback.zo's `matmul(x, wb) * a`) is
         read into a shared-memory tile by cp.async beside the f16 output's */
      ck_assert_msg(!fallback || (strstr(cp->source, "/* operand 0's tile by cp.async") && strstr(cp->source, "zp0[jj * 4 + h] = zo_lds32(zopd0")),
                    "%s: the epilogue's f32 operand is not staged", c->file);
      /* its keys (rope's output) and values (v_proj's) reach the tensor-core attention as f16, and its queries too, as
         rope stores them: f16(q * scale), the bits the attention made of f32 q; rope turns them in the q and k
         projections' epilogues */
      if (strstr(c->file, "llama"))
        ck_assert_msg(strstr(cp->source, "(&ks[r][c]), ok ? (const void *)(Kg + kr * ") && strstr(cp->source, "(&vs[r][c]), ok ? (const void *)(Vg + kr * ") &&
                          strstr(cp->source, "/* stored as f16(q * scale) */") &&
                          strstr(cp->source, "const zi64 q0 = (zi64)blockIdx.y * 64") && strstr(cp->source, "/* rope: pairs (i, i + ") &&
                          strstr(cp->source, "y1[j] = zqs * (x1[j] * w.x - x2[j] * w.y);") && strstr(cp->source, "y1[j] = (x1[j] * w.x - x2[j] * w.y);"),
                      "%s: the attention's queries, keys and values are not f16 (or its blocks not 64 rows)", c->file);
      /* X's f16 copies: stored by the kernels that make X (norms, attention, the up projection's epilogue), so no x16
         launch; fallback.zo's X straight from the embedding, and its `a` (also an epilogue's operand), take one each */
      int x16 = 0;
      for (int li = 0; li < cp->nlaunches; li++) x16 += strcmp(cp->launches[li].kind, "x16") == 0;
      ck_assert_msg(x16 == (fallback ? 2 : 0), "%s: %d x16 launches", c->file, x16);
      /* wgmma's operands by cp.async (tma=0: a driver without the tensor-map encoder): no tensor map, so no staged
         epilogue, no matmul pair, no rope in an epilogue: rope's own kernels store the f16 keys and the f16(q * scale)
         queries */
      ZoTarget o2 = go;
      o2.tma = 0;
      ZoCuProgram *c2 = zo_cuda_generate(f, &o2);
      int rl = 0, rt = 0, x16b = 0;
      ck_assert(c2 && strcmp(c2->source, cp->source) != 0 && !strstr(c2->source, "zo_tma2(sa") && !strstr(c2->source, "(zstg + (unsigned)(") &&
                strstr(c2->source, "cp.async.commit_group"));
      for (int li = 0; li < c2->nlaunches; li++) {
        ck_assert(c2->launches[li].ntmaps == 0);
        rl += strcmp(c2->launches[li].kind, "rope") == 0;
        rt += strcmp(c2->launches[li].kind, "ropetab") == 0;
        x16b += strcmp(c2->launches[li].kind, "x16") == 0;
      }
      for (int h = 0; h < c2->nhints; h++) ck_assert(c2->hints[h].elem_bytes == 2 && !c2->hints[h].made_by);
      ck_assert_msg(rl == ropes && rt == 0 && x16b == x16, "%s, tma=0: %d rope launches of %d, %d tables, %d x16 launches", c->file, rl, ropes,
                    rt, x16b);
      if (strstr(c->file, "llama"))
        ck_assert_msg(strstr(c2->source, "] = zo_f2h_c((float)(x1 * c - x2 * s))") && strstr(c2->source, "] = zo_f2h_c(zqs * (float)(x1 * c - x2 * s))"),
                      "%s, tma=0: rope's kernels do not store f16", c->file);
      if (i == 0) nv_submit(&pool, c2, arch, false, f->name, "%s: wgmma by cp.async", c->file);
      else if (fallback) nv_submit(&pool, c2, arch, true, f->name, "%s: wgmma by cp.async", c->file);
      zo_cuda_program_free(c2);
    }
    zo_cuda_program_free(cp);
  }
  nv_pool_finish(&pool);
  zo_func_free(f);
  zo_program_free(p);
}
END_TEST

/* the cache: a compile is stored under its key, read back byte for byte, and a damaged entry is compiled again
   and written again whole */
START_TEST(test_nvrtc_cache) {
  if (!have_nvrtc()) return;
  char cache[1300], entry[1600];
  snprintf(cache, sizeof cache, "%s/cache-of-one", zt_tmpdir());
  setenv("ZOC_CUDA_CACHE", cache, 1);
  unsetenv("ZOC_CUDA_NO_CACHE");
  const Cfg c = {"models/tiny.zo", "qzo", {"L=1", NULL}};
  Program *p;
  Func *f = compile_cfg(&c, &p);
  ZoCuProgram *cp = zo_cuda_generate(f, NULL);
  ck_assert(cp);
  void *img = NULL;
  size_t n = 0;
  ck_assert(zo_nvrtc_compile(cp->source, "90", true, f->name, &img, &n) == 0);
  ck_assert_int_eq(cache_entries(cache, entry, sizeof entry), 1);
  for (int round = 0; round < 2; round++) {
    if (round == 1) ck_assert(truncate(entry, 100) == 0);
    void *again = NULL;
    size_t n2 = 0;
    ck_assert(zo_nvrtc_compile(cp->source, "90", true, f->name, &again, &n2) == 0);
    ck_assert_msg(n2 == n && memcmp(again, img, n) == 0, "round %d: the cache gave other bytes", round);
    free(again);
    ck_assert_int_eq(cache_entries(cache, NULL, 0), 1);
  }
  struct stat sb;
  ck_assert(stat(entry, &sb) == 0 && (size_t)sb.st_size > n);   /* written again, whole */
  free(img);
  unsetenv("ZOC_CUDA_CACHE");
  zo_cuda_program_free(cp);
  zo_func_free(f);
  zo_program_free(p);
}
END_TEST

/* a compile that fails says why, keeps the source and how to reproduce */
START_TEST(test_nvrtc_failure) {
  if (!have_nvrtc()) return;
  const char *dir = zt_tmpdir();
  setenv("TMPDIR", dir, 1);
  setenv("ZOC_CUDA_NO_CACHE", "1", 1);
  FILE *devnull = fopen("/dev/null", "w"), *saved = stderr;
  stderr = devnull;
  void *img = NULL;
  size_t n = 0;
  int rc = zo_nvrtc_compile("this is not CUDA;\n", "90", true, "broken", &img, &n);
  stderr = saved;
  fclose(devnull);
  ck_assert_int_eq(rc, -1);
  ck_assert(img == NULL);
  char cmd[700], *out = NULL;
  snprintf(cmd, sizeof cmd, "ls '%s' | grep -c '^zoc-cuda-.*\\.cu$'", dir);
  ck_assert(zt_run(cmd, &out, NULL) == 0 && out && atoi(out) == 1);
  free(out);
}
END_TEST

/* identical layers share their kernel functions */
/* The generated helpers that read bit fields, compiled for the host from the
 * text every generated source carries (they are plain C but for the CUDA
 * qualifiers): the one-word reader the generator picks for a constant width
 * dividing the word and an offset that is a multiple of it (zo_field) must
 * equal the general reader (zo_bits) on every such field of random words, for
 * every word size, width and a strided stream. */
static char *cut(const char *src, const char *from, const char *to) {
  const char *a = strstr(src, from), *b = a ? strstr(a, to) : NULL;
  ck_assert_msg(a && b, "'%s' .. '%s' not in the generated source", from, to);
  size_t n = (size_t)(b - a) + strlen(to);
  char *r = zo_xmalloc(n + 1);
  memcpy(r, a, n);
  r[n] = 0;
  return r;
}

/* SRC (freed) compiled for the host as NAME.so in the test's folder, loaded */
static void *host_build(const char *name, StrBuf *src) {
  char cpp[1300], so[1300], cmd[4000];
  snprintf(cpp, sizeof cpp, "%s/%s.cpp", zt_tmpdir(), name);
  snprintf(so, sizeof so, "%s/%s.so", zt_tmpdir(), name);
  FILE *fp = fopen(cpp, "w");
  ck_assert(fp);
  fputs(src->buf, fp);
  fclose(fp);
  zo_sb_free(src);
  snprintf(cmd, sizeof cmd, "c++ -std=c++17 -O1 -ffp-contract=off -fPIC -shared -w -o '%s' '%s'", so, cpp);
  char *err = NULL;
  ck_assert_msg(zt_run(cmd, NULL, &err) == 0, "%s does not compile for the host:\n%s", name, err);
  free(err);
  void *h = dlopen(so, RTLD_NOW | RTLD_LOCAL);
  ck_assert_msg(h, "dlopen %s: %s", so, dlerror());
  return h;
}

START_TEST(test_bit_fields_on_host) {
  Program *p;
  Func *f = compile_cfg(&all_models[0], &p);
  ZoCuProgram *cp = zo_cuda_generate(f, NULL);
  ck_assert(cp && strstr(cp->source, "zo_field4("));   /* GPTQ's codes take the one-word path */
  char *bits = cut(cp->source, "#define ZO_BITS(NB, T)", "return out; }\n");
  char *field = cut(cp->source, "#define ZO_FIELD(NB, T, I, U)", "- 1ull); }\n");
  char path[1300], exe[1300];
  snprintf(path, sizeof path, "%s/fields.c", zt_tmpdir());
  snprintf(exe, sizeof exe, "%s/fields", zt_tmpdir());
  FILE *fp = fopen(path, "w");
  ck_assert(fp);
  uint64_t r = zt_seed() ^ 0xf1e1d;
  fprintf(fp,
          "#include <stdio.h>\n#define __device__\n#define __forceinline__ inline\n"
          "typedef unsigned long long zu64;\ntypedef long long zi64;\n%s\n%s\n"
          "ZO_BITS(1, unsigned char)\nZO_BITS(2, unsigned short)\nZO_BITS(4, unsigned)\nZO_BITS(8, zu64)\n"
          "ZO_FIELD(1, unsigned char, zi64, zu64)\nZO_FIELD(2, unsigned short, zi64, zu64)\n"
          "ZO_FIELD(4, unsigned, zi64, zu64)\nZO_FIELD(8, zu64, zi64, zu64)\n"
          "static zu64 s = %lluull;\n"
          "static zu64 next(void) { s += 0x9e3779b97f4a7c15ull; zu64 z = s; z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;\n"
          "  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull; return z ^ (z >> 31); }\n"
          "int main(void) {\n"
          "  static zu64 w[3 * 40 + 1]; long checked = 0, bad = 0;\n"
          "  for (int i = 0; i < 3 * 40 + 1; i++) w[i] = next();\n"
          "#define CHECK(NB) for (int wd = 1; wd < 64 && wd <= 8 * NB; wd *= 2) \\\n"
          "    for (zi64 off = 0; off + wd <= 40 * 8 * NB; off += wd) { \\\n"
          "      zu64 a = zo_field##NB(w, 1, 3, off, wd), b = zo_bits##NB(w, 1, 3, off, wd); checked++; \\\n"
          "      if (a != b && bad++ < 5) printf(\"NB=%%d width %%d at bit %%lld: %%llx, not %%llx\\n\", NB, wd, off, a, b); }\n"
          "  CHECK(1) CHECK(2) CHECK(4) CHECK(8)\n"
          "  printf(\"%%ld fields, %%ld differ\\n\", checked, bad);\n"
          "  return bad != 0 || checked < 1000;\n"
          "}\n",
          bits, field, (unsigned long long)zt_next(&r));
  fclose(fp);
  char cmd[4000];
  snprintf(cmd, sizeof cmd, "cc -std=gnu11 -O1 -o '%s' '%s' && '%s'", exe, path, exe);
  char *out = NULL, *err = NULL;
  int rc = zt_run(cmd, &out, &err);
  ck_assert_msg(rc == 0, "the bit-field helpers disagree (%d): %s%s", rc, out ? out : "", err ? err : "");
  free(out);
  free(err);
  free(bits);
  free(field);
  zo_cuda_program_free(cp);
  zo_func_free(f);
  zo_program_free(p);
}
END_TEST

/* ---- the generated dequant kernels, run on the host: every dequant launch
 * of a model (the kernel's own text, its warp mapping and both signs of the
 * perturbation in one pass) is compiled with the host's C++ compiler behind a
 * few definitions of what CUDA provides, run over its whole grid on the
 * model's random checkpoint with random eps·z in the z scratch, and its f16
 * W+ and W− compared with the reference dequant (zo_weight_dequant) of the
 * storages plus and minus the same eps·z. The kernel rounds its f32 value to
 * f16 once; the reference rounds to f32 once per element, so the two f32
 * values differ by a few f32 ulps at most and their f16 roundings by at most
 * one f16 ulp (2^-10 relative, or 2^-24 absolute for subnormals). */
static const char host_shim[] =
  "#include <string.h>\n#include <math.h>\n"
  "#define __device__\n#define __forceinline__ inline\n#define __noinline__\n#define __global__\n#define __launch_bounds__(...)\n"
  "struct ZoDim3 { unsigned x, y, z; };\n"
  "static ZoDim3 blockIdx, blockDim, threadIdx;\n"
  "static float (*zo_host_h2f)(unsigned short);\n"
  "static unsigned short (*zo_host_f2h)(float);\n"
  "extern \"C\" void zo_host_init(void *h2f, void *f2h) {\n"
  "  zo_host_h2f = (float (*)(unsigned short))h2f; zo_host_f2h = (unsigned short (*)(float))f2h; }\n"
  "extern \"C\" void zo_host_thread(unsigned bx, unsigned by, unsigned bdim, unsigned tx) {\n"
  "  blockIdx.x = bx; blockIdx.y = by; blockDim.x = bdim; threadIdx.x = tx; }\n"
  "static inline float __uint_as_float(unsigned u) { float f; memcpy(&f, &u, 4); return f; }\n"
  "static inline float __int_as_float(int u) { float f; memcpy(&f, &u, 4); return f; }\n"
  "static inline float __fadd_rn(float a, float b) { return a + b; }\n"
  "static inline float __fmul_rn(float a, float b) { return a * b; }\n"
  "static inline float zo_h2f(unsigned short h) { return zo_host_h2f(h); }\n"
  "struct alignas(16) zo_u4 { unsigned x, y, z, w; };\n"
  "struct alignas(16) zo_f4 { float x, y, z, w; };\n"
  "static inline float zo_sat_h(float x) { return x != x ? x : fminf(fmaxf(x, -65504.0f), 65504.0f); }\n"
  "static inline unsigned zo_pack_h2(float lo, float hi) {\n"
  "  return (unsigned)zo_host_f2h(zo_sat_h(lo)) | ((unsigned)zo_host_f2h(zo_sat_h(hi)) << 16); }\n"
  "static inline float zo_i2f_small(int i) { return __int_as_float(0x4B400000 + i) - 12582912.0f; }\n";

/* appends every block of src that starts with `start` (at a line's start)
   and runs through `end` */
static void append_blocks(StrBuf *b, const char *src, const char *start, const char *end) {
  for (const char *q = src; (q = strstr(q, start));) {
    if (q != src && q[-1] != '\n') {
      q++;
      continue;
    }
    const char *e = strstr(q, end);
    ck_assert_msg(e, "an unterminated '%s'", start);
    zo_sb_printf(b, "%.*s\n", (int)(e - q + (long)strlen(end)), q);
    q = e;
  }
}

/* sets a host build's blockIdx.x, blockIdx.y, blockDim.x, threadIdx.x */
typedef void (*HostThread)(unsigned, unsigned, unsigned, unsigned);

/* The shim, the generated types, with `dequants` the plain-C part of the
   prelude, the format tables and the dequant functions, and the 256-thread
   kernels of cp whose names start with `fn`, built for the host as NAME.so
   and loaded (f16 conversions set); *thread sets the thread indices. */
static void *host_kernels(const ZoCuProgram *cp, const char *fn, const char *name, bool dequants, HostThread *thread) {
  StrBuf src = {0};
  zo_sb_puts(&src, host_shim);
  char *types = cut(cp->source, "typedef unsigned long long zu64;", "int pert; zi64 pad[4]; };\n");
  zo_sb_printf(&src, "%s\n", types);
  free(types);
  if (dequants) {
    char *plain = cut(cp->source, "static __device__ __forceinline__ float zo_bf2f", "ZO_FIELD(8, zu64, zi64, zu64)\n");
    zo_sb_printf(&src, "%s\n", plain);
    free(plain);
    append_blocks(&src, cp->source, "__device__ const float zo_tab_", "\n");
    append_blocks(&src, cp->source, "static __device__ __forceinline__ float zdq_", "\n}\n");
    append_blocks(&src, cp->source, "static __device__ __forceinline__ void zdqb", "\n}\n");
  }
  char start[128];
  snprintf(start, sizeof start, "extern \"C\" __global__ void __launch_bounds__(256) %s", fn);
  append_blocks(&src, cp->source, start, "\n}\n");
  void *h = host_build(name, &src);
  void (*init)(void *, void *) = (void (*)(void *, void *))dlsym(h, "zo_host_init");
  *thread = (HostThread)dlsym(h, "zo_host_thread");
  ck_assert(init && *thread);
  init((void *)zo_f16_to_f32, (void *)zo_f32_to_f16);
  return h;
}

static void check_dequant_on_host(const Cfg *c, int which) {
  Program *p;
  Func *f = compile_cfg(c, &p);
  char wpath[1300];
  snprintf(wpath, sizeof wpath, "%s/dqh%d.safetensors", zt_tmpdir(), which);
  uint64_t r = zt_seed() ^ (0xd9ull + (uint64_t)which * 7919);
  ck_assert(zo_random_weights(f, zt_next(&r), wpath) == 0);
  StFile *st = zo_st_open(wpath);
  ck_assert(st && zo_weights_bind(f, st) == 0);
  /* act order: g_idx (random weights give k / G) as runs of 1 to 12 k in random groups, so the
     block dequant's keys change inside its 8-k blocks, and stay the same */
  Vec(int32_t *) gidx = {0};
  for (int i = 0; i < f->body->vals.len; i++) {
    Value *v = f->body->vals.data[i];
    if (v->op != ZO_OP_WEIGHT || !v->type.fmt) continue;
    for (int s = 0; s < v->w->nstorage; s++) {
      if (v->type.fmt->storage[s].role != ZO_ROLE_INDEX || v->type.fmt->storage[s].dtype != ZO_DT_I32) continue;
      int64_t ne = zo_weight_storage_numel(v, s);
      const int32_t *old = v->w->data[s];
      int32_t groups = 0, *g = zo_xmalloc(sizeof(int32_t) * (size_t)ne);
      for (int64_t e = 0; e < ne; e++) groups = old[e] + 1 > groups ? old[e] + 1 : groups;
      for (int64_t e = 0; e < ne;) {
        int32_t grp = (int32_t)(zt_next(&r) % (uint64_t)groups);
        for (int64_t run = 1 + (int64_t)(zt_next(&r) % 12); run > 0 && e < ne; run--) g[e++] = grp;
      }
      /* both of the block function's paths, whatever the draw: the first 8-k block of one key (the
         keyed values once), the second of two */
      if (ne >= 16 && groups > 1) {
        for (int e = 1; e < 8; e++) g[e] = g[0];
        g[15] = (g[8] + 1) % groups;
      }
      int64_t one = 0, blocks = ne / 8;
      for (int64_t b = 0; b < blocks; b++) {
        int64_t j = 1;
        while (j < 8 && g[8 * b + j] == g[8 * b]) j++;
        one += j == 8;
      }
      ck_assert_msg(blocks < 2 || (one > 0 && one < blocks), "act-order g_idx: %lld of %lld blocks of one key", (long long)one, (long long)blocks);
      v->w->data[s] = g;
      vec_push(&gidx, g);
    }
  }
  ZoCuProgram *cp = zo_cuda_generate(f, NULL);
  ck_assert(cp);
  char name[64];
  snprintf(name, sizeof name, "dqh%d", which);
  HostThread thread;
  void *h = host_kernels(cp, "zk_dequant_", name, true, &thread);
  int launches = 0;
  for (int li = 0; li < cp->nlaunches; li++) {
    const ZoCuLaunch *L = &cp->launches[li];
    if (strcmp(L->kind, "dequant") != 0) continue;
    void (*kern)(ZoCuArgs) = (void (*)(ZoCuArgs))dlsym(h, L->fn);
    ck_assert_msg(kern, "%s not in the host build", L->fn);
    ZoCuArgs a;
    memset(&a, 0, sizeof a);
    ZoCuRun run = {.pert = 1};
    const Value *w = NULL;
    float *delta[ZO_MAX_STORAGE] = {0};
    uint16_t *D = NULL;
    for (int i = 0; i < L->nptrs; i++) {
      const ZoCuArg *pa = &L->ptrs[i];
      if (pa->kind == ZO_CU_STORAGE) {
        w = pa->v;
        a.p[i] = (uint64_t)(uintptr_t)pa->v->w->data[pa->storage];
      } else if (pa->kind == ZO_CU_RUN) {
        a.p[i] = (uint64_t)(uintptr_t)&run;
      }
    }
    ck_assert(w && w->type.fmt);
    int64_t K = w->w->K, N = w->w->N;
    D = zo_xmalloc(sizeof(uint16_t) * (size_t)(2 * K * N));
    for (int i = 0; i < L->nptrs; i++) {
      const ZoCuArg *pa = &L->ptrs[i];
      if (pa->kind == ZO_CU_DQ) a.p[i] = (uint64_t)(uintptr_t)D;
      if (pa->kind != ZO_CU_ZSCRATCH) continue;
      int64_t ne = zo_weight_storage_numel(pa->v, pa->storage);
      float *z = delta[pa->storage] = zo_xmalloc(sizeof(float) * (size_t)(ne ? ne : 1));
      float mag = 0;   /* eps·z a few percent of the storage's typical size */
      float *tmp = zo_xmalloc(sizeof(float) * (size_t)(ne ? ne : 1));
      zo_convert_to_f32(zo_weight_storage_dtype(pa->v, pa->storage), pa->v->w->data[pa->storage], tmp, (size_t)ne);
      for (int64_t e = 0; e < ne; e++) mag += fabsf(tmp[e]) / (float)ne;
      free(tmp);
      zt_fill_uniform(z, (size_t)ne, &r, -0.05f * mag, 0.05f * mag);
      a.p[i] = (uint64_t)(uintptr_t)z;
    }
    for (int signs = 1; signs >= 0; signs--) {   /* both signs in one pass, then unperturbed */
      run.pert = signs;
      for (int64_t e = 0; e < 2 * K * N; e++) D[e] = 0x7e00;   /* NaN: every element must be written */
      int64_t work = zo_dim_eval(L->work, NULL), blocks = (work + L->per_block - 1) / L->per_block;
      for (int64_t bx = 0; bx < blocks; bx++)
        for (int tx = 0; tx < L->threads; tx++) {
          thread((unsigned)bx, 0, (unsigned)L->threads, (unsigned)tx);
          kern(a);
        }
      float *W = zo_xmalloc(sizeof(float) * (size_t)(K * N));
      bool wpert = false;   /* a matrix with nothing perturbed: one half, unperturbed */
      for (int s2 = 0; s2 < ZO_MAX_STORAGE; s2++) wpert = wpert || delta[s2];
      for (int sg = 0; sg < (signs && wpert ? 2 : 1); sg++) {
        const float *dl[ZO_MAX_STORAGE] = {0};
        float *neg[ZO_MAX_STORAGE] = {0};
        for (int s2 = 0; s2 < ZO_MAX_STORAGE; s2++) {
          if (!signs || !delta[s2]) continue;
          if (sg == 0) {
            dl[s2] = delta[s2];
          } else {
            int64_t ne = zo_weight_storage_numel(w, s2);
            neg[s2] = zo_xmalloc(sizeof(float) * (size_t)ne);
            for (int64_t e = 0; e < ne; e++) neg[s2][e] = -delta[s2][e];
            dl[s2] = neg[s2];
          }
        }
        ck_assert(zo_weight_dequant(w, dl, W) == 0);
        int64_t bad = 0;
        for (int64_t k = 0; k < K; k++)
          for (int64_t n = 0; n < N; n++) {
            float want = W[k * N + n], got = zo_f16_to_f32(D[(int64_t)sg * K * N + n * K + k]);
            float wc = fminf(fmaxf(want, -65504.0f), 65504.0f);
            if (!(fabsf(got - wc) <= fmaxf(fabsf(wc) * 0x1p-10f, 0x1p-24f)) && bad++ < 3)
              fprintf(stderr, "test_cuda: %s %s: W%s[%lld, %lld] = %g on the host build, %g by the reference\n", c->file,
                      L->fn, signs ? (sg ? "-" : "+") : "", (long long)k, (long long)n, got, want);
          }
        ck_assert_msg(bad == 0, "%s (%s): %s: %lld of %lld elements differ", c->file, c->defs[0] ? c->defs[0] : "", L->fn,
                      (long long)bad, (long long)(K * N));
        for (int s2 = 0; s2 < ZO_MAX_STORAGE; s2++) free(neg[s2]);
      }
      free(W);
    }
    for (int s2 = 0; s2 < ZO_MAX_STORAGE; s2++) free(delta[s2]);
    free(D);
    launches++;
  }
  ck_assert_msg(launches > 0, "%s: no dequant launch", c->file);
  dlclose(h);
  zo_cuda_program_free(cp);
  for (int i = 0; i < gidx.len; i++) free(gidx.data[i]);
  vec_free(&gidx);
  zo_st_close(st);
  zo_func_free(f);
  zo_program_free(p);
}

/* every quantized format of models/formats.zo on tiny (small matrices, so the
   host runs every thread) */
static const Cfg host_models[] = {
  {"models/tiny.zo", "qzo", {"L=1", NULL}},
  {"models/tiny.zo", "qzo", {"L=1", "W=gptq(bits=3, G=32)", "F=96", NULL}},
  {"models/tiny.zo", "qzo", {"L=1", "W=gptq(bits=2, G=32)", NULL}},
  {"models/tiny.zo", "qzo", {"L=1", "W=gptq(bits=8, G=32)", NULL}},
  {"models/tiny.zo", "qzo_norms", {"L=1", "W=int8", NULL}},
  {"models/tiny.zo", "qzo", {"L=1", "W=fp8", NULL}},
  {"models/tiny.zo", "qzo", {"L=1", "W=nf4", NULL}},
  {"models/tiny.zo", "qzo", {"L=1", "W=aqlm", NULL}},
  {"models/tiny.zo", "qzo", {"L=1", "W=bnb_nf4_dq", NULL}},
  {"models/tiny.zo", "qzo", {"L=1", "W=awq(G=32)", NULL}},
  {"models/tiny.zo", "qzo", {"L=1", "W=fp8_tensor", NULL}},
  {"models/tiny.zo", "qzo", {"L=1", "W=nvfp4", NULL}},
  {"models/tiny.zo", "mezo", {"L=1", "W=mxfp4", NULL}},
  {"models/tiny.zo", "mezo", {"L=1", "W=linear(dt=bf16)", "DT=bf16", NULL}},
  {"models/llama.zo", "qzo", {"V=96", "D=64", "L=1", "H=4", "KV=2", "F=104", "W=gptq(bits=4, G=32)", NULL}},
};

START_TEST(test_dequant_on_host) { check_dequant_on_host(&host_models[_i], _i); }
END_TEST

/* n rows of V random logits in ±range and their targets (a fifth none), with
 * the cases a log-softmax can get wrong: every 7th row's target tied at the
 * top (range + 1) with another id (the first one is the argmax), every 11th
 * with a NaN, every 13th's target at range + 2 (a hit), and with `neg_inf`
 * every 3rd with five -inf logits */
static void hard_logits(float *lg, int32_t *tg, int64_t n, int64_t V, float range, bool neg_inf, uint64_t *r) {
  zt_fill_uniform(lg, (size_t)(n * V), r, -range, range);
  for (int64_t i = 0; i < n; i++) {
    tg[i] = zt_next(r) % 5 == 0 ? -1 : (int32_t)(zt_next(r) % (uint64_t)V);
    if (i % 7 == 0 && tg[i] >= 0) lg[i * V + (int64_t)(zt_next(r) % (uint64_t)V)] = lg[i * V + tg[i]] = range + 1;
    if (i % 11 == 0) lg[i * V + (int64_t)(zt_next(r) % (uint64_t)V)] = NAN;
    if (i % 13 == 0 && tg[i] >= 0) lg[i * V + tg[i]] = range + 2;
    if (neg_inf && i % 3 == 0)
      for (int j = 0; j < 5; j++) lg[i * V + (int64_t)(zt_next(r) % (uint64_t)V)] = -INFINITY;
  }
}

/* zk_logp (the training's and evaluation's log-probs on the device), compiled
 * for the host from a generated source and run over its grid: the same bits as
 * the host's zo_logp_positions (one thread per position walks its row in the
 * same order) on random logits with ties, NaN rows, and positions without a
 * target. */
START_TEST(test_logp_on_host) {
  Program *p;
  Func *f = compile_cfg(&host_models[0], &p);
  ZoCuProgram *cp = zo_cuda_generate(f, NULL);
  ck_assert(cp);
  HostThread thread;
  void *h = host_kernels(cp, "zk_logp(", "logp", false, &thread);
  void (*kern)(const float *, const int *, int64_t, int64_t, double *, unsigned char *) =
    (void (*)(const float *, const int *, int64_t, int64_t, double *, unsigned char *))dlsym(h, "zk_logp");
  ck_assert(thread && kern);
  uint64_t r = zt_seed() ^ 0x109b;
  const int64_t n = 300 + (int64_t)(zt_next(&r) % 300), V = 37 + (int64_t)(zt_next(&r) % 200);
  float *lg = zo_xmalloc(sizeof(float) * (size_t)(n * V));
  int32_t *tg = zo_xmalloc(sizeof(int32_t) * (size_t)n);
  hard_logits(lg, tg, n, V, 8.0f, false, &r);
  double *want = zo_xmalloc(sizeof(double) * (size_t)n), *got = zo_xmalloc(sizeof(double) * (size_t)n);
  uint8_t *hw = zo_xmalloc((size_t)n), *hg = zo_xmalloc((size_t)n);
  zo_logp_positions(lg, tg, n, V, want, hw);
  for (int64_t i = 0; i < n; i++) {
    got[i] = 12345.0;
    hg[i] = 7;
  }
  for (int64_t bx = 0; bx < (n + 255) / 256; bx++)
    for (unsigned tx = 0; tx < 256; tx++) {
      thread((unsigned)bx, 0, 256, tx);
      kern(lg, tg, V, n, got, hg);
    }
  int hits = 0, nans = 0, ties_hit = 0, ties_missed = 0;
  for (int64_t i = 0; i < n; i++) {
    ck_assert_msg(memcmp(&got[i], &want[i], sizeof(double)) == 0 && hg[i] == hw[i],
                  "position %lld: %.17g (hit %d) on the host build of zk_logp, %.17g (hit %d) by zo_logp_positions",
                  (long long)i, got[i], hg[i], want[i], hw[i]);
    hits += hw[i];
    nans += isnan(want[i]);
    if (i % 7 == 0 && i % 11 != 0 && i % 13 != 0 && tg[i] >= 0) {
      ties_hit += hw[i];
      ties_missed += !hw[i];
    }
  }
  ck_assert(hits > 0 && nans > 0 && ties_hit > 0 && ties_missed > 0);   /* every case was exercised */
  dlclose(h);
  free(lg);
  free(tg);
  free(want);
  free(got);
  free(hw);
  free(hg);
  zo_cuda_program_free(cp);
  zo_func_free(f);
  zo_program_free(p);
}
END_TEST

/* The fused cross-entropy's arithmetic (zo_ce_add, zo_ce_max and zo_ce_sum,
 * zo_ce_merge from a generated source, built for the host) over random logits
 * with ties, NaN and -inf, in the kernels' shape: a row cut into chunks of w
 * columns, a chunk's columns dealt to lanes that each add theirs in column
 * order (every other row in the tensor-core epilogues' two passes: a lane's
 * max and first column, then its sum of exp(x - max)), the
 * lanes merged by xor shuffles, then a row's chunks merged as zk_ce does (32
 * lanes striding over them, a butterfly) into lp = x[y] - max - log(sum).
 * Against zo_logp_positions on the same logits: the argmax hit exactly, a
 * NaN where it gives one, else lp within 1e-6 of its size (the terms are f32
 * expf's, 2 ulp = 2.4e-7 relative, summed in double). */
typedef struct {
  float m;
  int a;
  double s;
} HostCe;

static void lanes_merge(HostCe *l, int n, void (*merge)(float *, int *, double *, float, int, double)) {
  HostCe old[32];
  for (int o = 1; o < n; o <<= 1) {
    memcpy(old, l, sizeof(HostCe) * (size_t)n);
    for (int i = 0; i < n; i++) merge(&l[i].m, &l[i].a, &l[i].s, old[i ^ o].m, old[i ^ o].a, old[i ^ o].s);
  }
}

START_TEST(test_ce_on_host) {
  Program *p;
  Func *f = compile_cfg(&host_models[0], &p);
  ZoCuProgram *cp = zo_cuda_generate(f, NULL);
  ck_assert(cp);
  StrBuf src = {0};
  zo_sb_puts(&src, host_shim);
  zo_sb_puts(&src, "#define ZO_INF __int_as_float(0x7f800000)\n");
  char *ce = cut(cp->source, "struct ZoCuCe {", "s2 * exp((double)m2 - (double)m); }\n");
  zo_sb_printf(&src, "%s\n", ce);
  free(ce);
  zo_sb_puts(&src, "extern \"C\" void zo_host_ce_add(float *m, int *a, double *s, float x, int i) { zo_ce_add(*m, *a, *s, x, i); }\n"
                   "extern \"C\" void zo_host_ce_max(float *m, int *a, double *s, float x, int i) { zo_ce_max(*m, *a, *s, x, i); }\n"
                   "extern \"C\" void zo_host_ce_sum(double *s, float m, float x) { zo_ce_sum(*s, m, x); }\n"
                   "extern \"C\" void zo_host_ce_merge(float *m, int *a, double *s, float m2, int a2, double s2) {\n"
                   "  zo_ce_merge(*m, *a, *s, m2, a2, s2); }\n");
  void *h = host_build("ce", &src);
  void (*add)(float *, int *, double *, float, int) = (void (*)(float *, int *, double *, float, int))dlsym(h, "zo_host_ce_add");
  void (*cmax)(float *, int *, double *, float, int) = (void (*)(float *, int *, double *, float, int))dlsym(h, "zo_host_ce_max");
  void (*csum)(double *, float, float) = (void (*)(double *, float, float))dlsym(h, "zo_host_ce_sum");
  void (*merge)(float *, int *, double *, float, int, double) =
    (void (*)(float *, int *, double *, float, int, double))dlsym(h, "zo_host_ce_merge");
  ck_assert(add && cmax && csum && merge);
  uint64_t r = zt_seed() ^ 0xce;
  const int64_t n = 400, V = 40 + (int64_t)(zt_next(&r) % 700);
  float *lg = zo_xmalloc(sizeof(float) * (size_t)(n * V));
  int32_t *tg = zo_xmalloc(sizeof(int32_t) * (size_t)n);
  hard_logits(lg, tg, n, V, 30.0f, true, &r);
  double *want = zo_xmalloc(sizeof(double) * (size_t)n);
  uint8_t *hw = zo_xmalloc((size_t)n);
  zo_logp_positions(lg, tg, n, V, want, hw);
  int hits = 0, nans = 0, ties_missed = 0;
  for (int64_t i = 0; i < n; i++) {
    const float *x = lg + i * V;
    const int64_t w = 1 + (int64_t)(zt_next(&r) % 300), nc = (V + w - 1) / w;
    const int lanes = zt_next(&r) % 2 ? 4 : 16;
    HostCe *part = zo_xmalloc(sizeof(HostCe) * (size_t)nc);
    const bool two = i % 2;   /* the tensor-core epilogues' two passes (zo_ce_max, then zo_ce_sum), or zo_ce_add's one */
    int8_t *lane_of = zo_xmalloc((size_t)V);
    for (int64_t c = 0; c < nc; c++) {
      HostCe l[16];
      for (int k = 0; k < lanes; k++) l[k] = (HostCe){-INFINITY, 0x7fffffff, 0.0};
      for (int64_t j = c * w; j < (c + 1) * w && j < V; j++) {
        lane_of[j] = (int8_t)(zt_next(&r) % (uint64_t)lanes);
        HostCe *q = &l[lane_of[j]];
        (two ? cmax : add)(&q->m, &q->a, &q->s, x[j], (int)j);
      }
      for (int64_t j = c * w; two && j < (c + 1) * w && j < V; j++) csum(&l[lane_of[j]].s, l[lane_of[j]].m, x[j]);
      lanes_merge(l, lanes, merge);
      part[c] = l[0];
    }
    HostCe l[32];
    for (int k = 0; k < 32; k++) {
      l[k] = (HostCe){-INFINITY, 0x7fffffff, 0.0};
      for (int64_t c = k; c < nc; c += 32) merge(&l[k].m, &l[k].a, &l[k].s, part[c].m, part[c].a, part[c].s);
    }
    lanes_merge(l, 32, merge);
    free(part);
    free(lane_of);
    const int y = tg[i];
    const double lp = y < 0 ? 0.0 : (double)x[y] - (double)l[0].m - log(l[0].s);
    const int hit = y >= 0 && l[0].a == y;
    ck_assert_msg(hit == hw[i] && (isnan(want[i]) ? isnan(lp) : lp == want[i] || fabs(lp - want[i]) <= 1e-6 * (1 + fabs(want[i]))),
                  "row %lld (chunks of %lld, %d lanes, %s): log-prob %.17g (hit %d), zo_logp_positions %.17g (hit %d)", (long long)i,
                  (long long)w, lanes, two ? "two passes" : "one pass", lp, hit, want[i], hw[i]);
    hits += hit;
    nans += isnan(want[i]);
    ties_missed += i % 7 == 0 && i % 11 != 0 && i % 13 != 0 && y >= 0 && !hit;
  }
  ck_assert(hits > 0 && nans > 0 && ties_missed > 0);   /* every case was exercised */
  dlclose(h);
  free(lg);
  free(tg);
  free(want);
  free(hw);
  zo_cuda_program_free(cp);
  zo_func_free(f);
  zo_program_free(p);
}
END_TEST

/* The x16 launches (X's f16 copy the wgmma matmuls load, where X's producer
 * does not store it as f16: tests/data/models/fallback.zo) on the host: every
 * element of a random X, values beyond f16's range included, lands at its own
 * index as the f16 of X clamped to ±65504; nothing past the end is written. */
START_TEST(test_x16_on_host) {
  Program *p;
  const Cfg fb = {"tests/data/models/fallback.zo", "qzo", {NULL}};
  Func *f = compile_cfg(&fb, &p);
  const ZoTarget go = zo_target_default(true);
  ZoCuProgram *cp = zo_cuda_generate(f, &go);
  ck_assert(cp);
  HostThread thread;
  void *h = host_kernels(cp, "zk_x16_", "x16", false, &thread);
  uint64_t r = zt_seed() ^ 0x716;
  int64_t syms[ZO_MAX_SYMS];
  for (int i = 0; i < ZO_MAX_SYMS; i++) syms[i] = 2 + (int64_t)(zt_next(&r) % 9);   /* B, T: fresh odd sizes */
  int launches = 0;
  for (int li = 0; li < cp->nlaunches; li++) {
    const ZoCuLaunch *L = &cp->launches[li];
    if (strcmp(L->kind, "x16") != 0) continue;
    void (*kern)(ZoCuArgs) = (void (*)(ZoCuArgs))dlsym(h, L->fn);
    ck_assert_msg(kern, "%s not in the host build", L->fn);
    const int64_t n8 = zo_dim_eval(L->work, syms), n = 8 * n8;   /* a thread per 8 elements */
    float *x = zo_xmalloc(sizeof(float) * (size_t)n);
    uint16_t *y = zo_xmalloc(sizeof(uint16_t) * (size_t)(n + 64));
    zt_fill_uniform(x, (size_t)n, &r, -3.0f, 3.0f);
    for (int64_t i = 0; i < n; i += 5) x[i] *= 1e5f;   /* past f16's range: clamped */
    for (int64_t i = 0; i < n + 64; i++) y[i] = 0x7e7e;
    ZoCuArgs a = {0};
    bool have_x = false;
    for (int i = 0; i < L->nptrs; i++) {   /* X: the buffer it reads; the others are not read */
      if (L->ptrs[i].kind == ZO_CU_BUFFER) a.p[i] = (uint64_t)(uintptr_t)x, have_x = true;
      if (L->ptrs[i].kind == ZO_CU_X16) a.p[i] = (uint64_t)(uintptr_t)y;
    }
    ck_assert(have_x);
    for (int i = 0; i < L->nints; i++) a.i[i] = L->ints[i].kind == ZO_CU_DIM ? zo_dim_eval(L->ints[i].dim, syms) : L->ints[i].c;
    for (int64_t bx = 0; bx < (n8 + 255) / 256; bx++)
      for (unsigned tx = 0; tx < 256; tx++) {
        thread((unsigned)bx, 0, 256, tx);
        kern(a);
      }
    for (int64_t i = 0; i < n; i++) {
      const uint16_t want = zo_f32_to_f16(fminf(fmaxf(x[i], -65504.0f), 65504.0f));
      ck_assert_msg(y[i] == want, "%s: element %lld of %lld is 0x%04x, want 0x%04x (x = %g)", L->fn, (long long)i, (long long)n,
                    y[i], want, (double)x[i]);
    }
    for (int64_t i = n; i < n + 64; i++) ck_assert_msg(y[i] == 0x7e7e, "%s wrote past the end", L->fn);
    free(x);
    free(y);
    launches++;
  }
  ck_assert_int_eq(launches, 2);   /* the embedding's output, and `a` */
  dlclose(h);
  zo_cuda_program_free(cp);
  zo_func_free(f);
  zo_program_free(p);
}
END_TEST

START_TEST(test_dedup) {
  Cfg c1 = {"models/llama.zo", "qzo", {"L=1", NULL}}, c4 = {"models/llama.zo", "qzo", {"L=4", NULL}};
  Program *p1, *p4;
  Func *f1 = compile_cfg(&c1, &p1), *f4 = compile_cfg(&c4, &p4);
  ZoCuProgram *a = zo_cuda_generate(f1, NULL), *b = zo_cuda_generate(f4, NULL);
  ck_assert(a && b);
  ck_assert_int_eq(a->nfunctions, b->nfunctions);
  ck_assert_int_gt(b->nlaunches, a->nlaunches);
  zo_cuda_program_free(a);
  zo_cuda_program_free(b);
  zo_func_free(f1);
  zo_func_free(f4);
  zo_program_free(p1);
  zo_program_free(p4);
}
END_TEST

START_TEST(test_cli) {
  if (!have_nvrtc()) return;
  char *out = NULL, *err = NULL;
  char args[512];
  snprintf(args, sizeof args, "cuda %s -D L=1 --ptx", zt_src("models/tiny.zo"));
  int rc = zt_zoc(args, &out, &err);
  ck_assert_msg(rc == 0, "zoc cuda --ptx: %s", err ? err : "");
  ck_assert(out && strstr(out, "zk_matmul_") && strstr(out, "bytes of PTX"));
  free(out);
  free(err);
  snprintf(args, sizeof args, "cuda %s -D L=1", zt_src("models/tiny.zo"));
  rc = zt_zoc(args, &out, &err);
  ck_assert(rc == 0 && out && strstr(out, "__global__") && strstr(out, "zo_philox4x32_10"));
  free(out);
  free(err);
  /* --cubin: compiled for sm_90a into the cache (one entry), found there the second time */
  char cache[1300];
  snprintf(cache, sizeof cache, "%s/cubin-cache", zt_tmpdir());
  setenv("ZOC_CUDA_CACHE", cache, 1);
  snprintf(args, sizeof args, "cuda %s -D L=1 --arch 90a --cubin", zt_src("models/tiny.zo"));
  for (int round = 0; round < 2; round++) {
    rc = zt_zoc(args, &out, &err);
    ck_assert_msg(rc == 0 && out && strstr(out, "sm_90a") && strstr(out, "bytes of cubin"), "zoc cuda --cubin: %s", err ? err : "");
    ck_assert_int_eq(cache_entries(cache, NULL, 0), 1);
    free(out);
    free(err);
  }
  /* --verbose: compiled afresh with ptxas's report on stderr, into the same entry (the report changes no image) */
  snprintf(args, sizeof args, "cuda %s -D L=1 --arch 90a --cubin --verbose", zt_src("models/tiny.zo"));
  rc = zt_zoc(args, &out, &err);
  ck_assert_msg(rc == 0 && strstr(out, "bytes of cubin") && strstr(err, "ptxas info") && strstr(err, "registers") &&
                    strstr(err, "matmul=wgmma   --arch 90a (auto)"),
                "zoc cuda --cubin --verbose: %s", err ? err : "");
  ck_assert_int_eq(cache_entries(cache, NULL, 0), 1);
  free(out);
  free(err);
  unsetenv("ZOC_CUDA_CACHE");
  /* the low-precision forward as a user asks for it (docs/lowprec.md): fp8 on Hopper's 8-bit wgmma, int8 with
     lowbit=f16 on the f16 one, and on the f32 path an error naming the kernel and what it needs (exit 1) */
  snprintf(args, sizeof args, "cuda %s -D L=1 --recipe qzo --set forward=fp8 --set forward_rounding=stochastic --arch 90a",
           zt_src("models/tiny.zo"));
  rc = zt_zoc(args, &out, &err);
  ck_assert_msg(rc == 0 && strstr(out, "zk_xq_") && strstr(out, "m64n256k32.f32.e4m3.e4m3") && strstr(out, "zo_lp_word(mode"),
                "zoc cuda --set forward=fp8: %s", err ? err : "");
  free(out);
  free(err);
  snprintf(args, sizeof args, "cuda %s -D L=1 --recipe qzo --set forward=int8 --arch 90a --target lowbit=f16 --ptx",
           zt_src("models/tiny.zo"));
  rc = zt_zoc(args, &out, &err);
  ck_assert_msg(rc == 0 && strstr(out, "zk_xq_") && strstr(out, "bytes of PTX"), "zoc cuda --set forward=int8: %s", err ? err : "");
  free(out);
  free(err);
  snprintf(args, sizeof args, "cuda %s -D L=1 --recipe qzo --set forward=int8 --simt", zt_src("models/tiny.zo"));
  rc = zt_zoc(args, &out, &err);
  ck_assert_msg(rc == 1 && strstr(err, "kernel") && strstr(err, "runs on the tensor cores only"), "zoc cuda --simt, int8: %d %s", rc,
                err ? err : "");
  free(out);
  free(err);
}
END_TEST

/* ---- on a GPU */
static bool have_gpu(void) {
  static int state;
  if (!state) {
    FILE *devnull = fopen("/dev/null", "w"), *saved = stderr;
    stderr = devnull;
    state = zo_cu_load() == 0 ? 1 : -1;
    stderr = saved;
    fclose(devnull);
  }
  return state > 0;
}

START_TEST(test_no_gpu_is_an_error) {
  if (have_gpu()) return;
  fprintf(stderr, "test_cuda: no CUDA GPU here; the GPU checks are skipped (scripts/gpu_run.sh runs them)\n");
  Cfg c = {"models/tiny.zo", NULL, {"L=1", NULL}};
  Program *p;
  Func *f = compile_cfg(&c, &p);
  FILE *devnull = fopen("/dev/null", "w"), *saved = stderr;
  stderr = devnull;
  void *s = zo_backend_cuda.open(f, 1, NULL);
  stderr = saved;
  fclose(devnull);
  ck_assert_msg(s == NULL, "the cuda backend opened without a GPU");
  ck_assert(zo_backend("cuda") == &zo_backend_cuda);
  zo_func_free(f);
  zo_program_free(p);
}
END_TEST

/* z from NVRTC-compiled zo_rng.h, bit for bit against the C build */
START_TEST(test_rng_bits) {
  if (!have_gpu() || !have_nvrtc()) return;
  StrBuf src = {0};
  zo_sb_puts(&src, zo_cuda_rng_text);
  zo_sb_puts(&src,
             "extern \"C\" __global__ void zt_rng(float *z, float *u, unsigned long long seed, unsigned stream,\n"
             "                                    unsigned long long first, long long n) {\n"
             "  long long i = (long long)blockIdx.x * blockDim.x + threadIdx.x;\n"
             "  if (i >= n) return;\n"
             "  z[i] = zo_rng_normal(seed, stream, first + i);\n"
             "  u[i] = zo_rng_uniform(seed, stream, first + i);\n"
             "}\n");
  char arch[16];
  snprintf(arch, sizeof arch, "%d", zo_cu_arch());
  void *img;
  size_t len;
  ck_assert(zo_nvrtc_compile(src.buf, arch, false, "rng", &img, &len) == 0);
  zo_sb_free(&src);
  CUmodule mod;
  CUfunction fn;
  ck_assert(zo_cu.cuModuleLoadData(&mod, img) == 0);
  free(img);
  ck_assert(zo_cu.cuModuleGetFunction(&fn, mod, "zt_rng") == 0);
  uint64_t r = zt_seed() ^ 0x3a;
  long long n = 1 << 20;
  CUdeviceptr dz, du;
  ck_assert(zo_cu.cuMemAlloc(&dz, (size_t)n * 4) == 0 && zo_cu.cuMemAlloc(&du, (size_t)n * 4) == 0);
  float *z = zo_xmalloc((size_t)n * 4), *u = zo_xmalloc((size_t)n * 4);
  for (int trial = 0; trial < 3; trial++) {
    unsigned long long seed = zt_next(&r), first = zt_next(&r) >> (trial * 20);
    unsigned stream = (unsigned)zt_next(&r);
    void *args[] = {&dz, &du, &seed, &stream, &first, &n};
    ck_assert(zo_cu.cuLaunchKernel(fn, (unsigned)((n + 255) / 256), 1, 1, 256, 1, 1, 0, NULL, args, NULL) == 0);
    ck_assert(zo_cu.cuCtxSynchronize() == 0);
    ck_assert(zo_cu.cuMemcpyDtoH(z, dz, (size_t)n * 4) == 0 && zo_cu.cuMemcpyDtoH(u, du, (size_t)n * 4) == 0);
    for (long long i = 0; i < n; i++) {
      float hz = zo_rng_normal(seed, stream, first + (uint64_t)i), hu = zo_rng_uniform(seed, stream, first + (uint64_t)i);
      ck_assert_msg(memcmp(&hz, &z[i], 4) == 0 && memcmp(&hu, &u[i], 4) == 0,
                    "z(%llu, %u, %llu): GPU %a, C %a", seed, stream, first + (unsigned long long)i, z[i], hz);
    }
  }
  zo_cu.cuMemFree(dz);
  zo_cu.cuMemFree(du);
  zo_cu.cuModuleUnload(mod);
  free(z);
  free(u);
}
END_TEST

/* The matmul paths a GPU is checked on (the target's options, as
   `--target` gives them): the f32 one, the tensor cores the backend picks
   (wgmma on Hopper, its operands by the copy engine on mbarriers), and on
   Hopper mma.sync as well, and wgmma's operands by cp.async (tma=0, what a
   driver without the tensor-map encoder runs) with the dequants on the
   step's own stream, one scratch bank (overlap=0; the other tensor-core
   paths run them on a second stream beside the matmuls). */
enum { PATH_F32, PATH_TC, PATH_MMA_SYNC, PATH_WGMMA_CPASYNC };
static int gpu_paths(void) { return zo_cu_arch() == 90 ? 4 : 2; }
static const char *path_name(int path) {
  return path == PATH_F32 ? "f32" : path == PATH_MMA_SYNC ? "mma.sync" : path == PATH_WGMMA_CPASYNC ? "wgmma by cp.async, one stream"
         : zo_cu_arch() == 90 ? "wgmma" : "mma";
}
static void *open_cuda(Func *f, int path) {
  static const char *const sets[][2] = {[PATH_F32] = {"matmul=f32"}, [PATH_MMA_SYNC] = {"matmul=mma"},
                                        [PATH_WGMMA_CPASYNC] = {"tma=0", "overlap=0"}};
  ZoTarget t;
  zo_target_init(&t);
  StrBuf err = {0};
  for (int k = 0; k < 2; k++)
    if (sets[path][k]) ck_assert_msg(zo_target_set(&t, sets[path][k], &err) == 0, "%s", err.buf);
  void *s = zo_backend_cuda.open(f, 1, &t);
  if (s) ck_assert(path != PATH_WGMMA_CPASYNC || zo_cuda_state_program(s)->dq_banks == 1);
  return s;
}

/* GPU vs ref on a random checkpoint: plain, perturbed, the perturbation's
 * effect; both matmul paths. The f32 path (matmul=f32) must agree to
 * 1e-4 (see the top). The tensor-core path rounds both matmul operands to
 * f16 (u = 2^-11 = 4.9e-4 each): ~√2·u ≈ 7e-4 normwise per matmul, through
 * the ~8 matmuls in a row of these models and the attention's softmax (which
 * scales a score's error by the score) ~5e-3, and 1.03e-2 has been seen; 3e-2
 * still fails a wrong fragment layout or tile index by O(1). The effect of
 * eps = 1e-2 (~1e-3..1e-2 of the logits) is as small as that noise, so for
 * this path the signs are checked with a larger eps instead: the largest of
 * 0.05, 0.0125, ... that moves the logits by at most 0.5 normwise (beyond,
 * they decorrelate — a move of ~√2 — and the f16 noise is amplified
 * chaotically; at eps = 0.3 int8 and fp8 models' activations even pass f16's
 * ±65504, docs/gpu.md). A row given the wrong sign, or a tile straddling the
 * split handled wrongly, is then off by about the move, which must be over
 * three times the tolerance for the check to count (else it is skipped). */
/* tmax: the longer shape's T is in (tmax - 20, tmax] (0: 1..70) */
static void check_model(const Cfg *c, int64_t tmax) {
  uint64_t r = zt_seed() ^ zt_next(&(uint64_t){(uint64_t)strlen(c->file) * 131 + (uint64_t)ndefs(c) * 7 +
                                                (c->recipe ? (uint64_t)c->recipe[0] + strlen(c->recipe) : 0)});
  Program *p;
  Func *f = compile_cfg(c, &p);
  char path[600];
  static int nfile;
  snprintf(path, sizeof path, "%s/w%d.safetensors", zt_tmpdir(), nfile++);
  ck_assert(zo_random_weights(f, zt_next(&r), path) == 0);
  StFile *st = zo_st_open(path);
  ck_assert(st && zo_weights_bind(f, st) == 0);
  const int npaths = gpu_paths();
  void *rs = zo_backend_ref.open(f, 1, NULL), *gss[4] = {NULL, NULL, NULL, NULL};
  int64_t arena[4] = {0, 0, 0, 0};   /* the largest activation arena each path planned (paths plan with their own hints) */
  ck_assert(rs);
  for (int i = 0; i < npaths; i++) ck_assert_msg((gss[i] = open_cuda(f, i)) != NULL, "%s: the %s path did not open", c->file, path_name(i));
  int64_t V = zo_model_vocab(f), C = zo_model_out_cols(f);
  for (int shape = 0; shape < 2; shape++) {
    int64_t B = 1 + (int64_t)(zt_next(&r) % 3), T = 1 + (int64_t)(zt_next(&r) % (shape ? 70 : 13));
    if (shape && tmax) T = tmax - (int64_t)(zt_next(&r) % 20);
    int64_t n = 2 * B * T * C;
    int32_t *tok = zo_xmalloc(sizeof(int32_t) * (size_t)(2 * B * T));
    for (int64_t i = 0; i < B * T; i++) tok[i] = (int32_t)(zt_next(&r) % (uint64_t)V);
    memcpy(tok + B * T, tok, sizeof(int32_t) * (size_t)(B * T));   /* the two signs see the same batch */
    float *ref0 = zo_xmalloc(sizeof(float) * (size_t)n), *refp = zo_xmalloc(sizeof(float) * (size_t)n);
    float *g0 = zo_xmalloc(sizeof(float) * (size_t)n), *gp = zo_xmalloc(sizeof(float) * (size_t)n);
    Perturb none = {0}, pz = {.seed = zt_next(&r), .eps = 1e-2f, .split = B};
    ck_assert(zo_backend_ref.forward(rs, tok, 2 * B, T, &none, ref0) == 0);
    ck_assert(zo_backend_ref.forward(rs, tok, 2 * B, T, &pz, refp) == 0);
    for (int path = 0; path < npaths; path++) {
      void *gs = gss[path];
      const bool mma = path != PATH_F32;
      double tol = mma ? 3e-2 : 1e-4;
      for (int64_t i = 0; i < n; i++) g0[i] = gp[i] = NAN;   /* poison: every element must be written */
      ck_assert(zo_backend_cuda.forward(gs, tok, 2 * B, T, &none, g0) == 0);
      if (f->plan.arena_bytes > arena[path]) arena[path] = f->plan.arena_bytes;   /* this path's plan for B, T */
      ck_assert(zo_backend_cuda.forward(gs, tok, 2 * B, T, &pz, gp) == 0);
      const char *name = c->defs[0] ? c->defs[0] : "defaults";
      double e0 = zt_normwise(g0, ref0, n), ep = zt_normwise(gp, refp, n);
      ck_assert_msg(e0 <= tol, "%s %s (%s) %s B=%lld T=%lld: plain logits off by %.3g", c->file,
                    c->recipe ? c->recipe : "-", name, path_name(path), (long long)(2 * B), (long long)T, e0);
      ck_assert_msg(ep <= tol, "%s %s (%s) %s B=%lld T=%lld: perturbed logits off by %.3g", c->file,
                    c->recipe ? c->recipe : "-", name, path_name(path), (long long)(2 * B), (long long)T, ep);
      if (f->nstreams > 0 && !mma) {
        float *dg = zo_xmalloc(sizeof(float) * (size_t)n), *dr = zo_xmalloc(sizeof(float) * (size_t)n);
        for (int64_t i = 0; i < n; i++) {
          dg[i] = gp[i] - g0[i];
          dr[i] = refp[i] - ref0[i];
        }
        double moved = zt_normwise(refp, ref0, n), ed = zt_normwise(dg, dr, n);
        ck_assert_msg(moved > 1e-5, "%s: the perturbation moved the logits by only %.3g", c->file, moved);
        ck_assert_msg(ed <= 2e-2, "%s %s (%s): the perturbation's effect is off by %.3g of its size (moved %.3g)", c->file,
                      c->recipe ? c->recipe : "-", name, ed, moved);
        free(dg);
        free(dr);
      }
      if (mma && f->nstreams > 0) {
        /* the largest eps (from 0.05 down by 4x) whose move stays <= 0.5: beyond,
           the logits decorrelate (a move of ~sqrt(2)) and rounding noise is amplified
           chaotically */
        Perturb big = pz;
        float *rb = zo_xmalloc(sizeof(float) * (size_t)n);
        double mb = 0;
        big.eps = 0.2f;
        for (int tries = 0; tries < 8; tries++) {
          big.eps /= 4;
          ck_assert(zo_backend_ref.forward(rs, tok, 2 * B, T, &big, rb) == 0);
          if ((mb = zt_normwise(rb, ref0, n)) <= 0.5) break;
        }
        ck_assert(zo_backend_cuda.forward(gs, tok, 2 * B, T, &big, g0) == 0);
        double eb = zt_normwise(g0, rb, n);
        ck_assert_msg(eb <= tol || mb <= 3 * tol || mb > 0.5, "%s %s (%s) %s B=%lld T=%lld: eps=%g logits off by %.3g (moved %.3g)",
                      c->file, c->recipe ? c->recipe : "-", c->defs[0] ? c->defs[0] : "defaults", path_name(path), (long long)(2 * B),
                      (long long)T, big.eps, eb, mb);
        free(rb);
      }
      /* a second call replays the captured graph: the same bits */
      ck_assert(zo_backend_cuda.forward(gs, tok, 2 * B, T, &pz, g0) == 0);
      ck_assert_msg(memcmp(g0, gp, sizeof(float) * (size_t)n) == 0, "%s: a replay gave other logits", c->file);
      /* the loss-only forward agrees with the logits' cross-entropy */
      if (T >= 2) {
        float *lg = zo_xmalloc(sizeof(float) * (size_t)(2 * B));
        ck_assert(zo_backend_cuda.loss(gs, tok, 2 * B, T, &pz, lg) == 0);
        for (int64_t b = 0; b < 2 * B; b++) {
          double s = 0;
          for (int64_t t = 0; t + 1 < T; t++) {
            const float *row = gp + (b * T + t) * C;
            double mx = -INFINITY, sum = 0;
            for (int64_t j = 0; j < C; j++) mx = fmax(mx, row[j]);
            for (int64_t j = 0; j < C; j++) sum += exp((double)row[j] - mx);
            s += mx + log(sum) - row[tok[b * T + t + 1]];
          }
          s /= (double)(T - 1);
          /* from the same f32 logits; the fused cross-entropy sums exp in double of f32 expf terms
             (2 ulp, 2.4e-7 relative): far below 1e-5 */
          ck_assert_msg(fabs(lg[b] - s) <= 1e-5 * fmax(1.0, fabs(s)), "%s %s: loss %g, from the logits %g", c->file,
                        path_name(path), lg[b], s);
        }
        free(lg);
      }
      /* the log-probs at random targets (a fifth of them none) against zo_logp_positions on the
         logits: the log of a sum whose terms are off by <= 2.4e-7 relative, so 1e-6 of the
         result's size; the argmax the same column (the same f32 values) */
      {
        int64_t np = 2 * B * T;
        int32_t *tg = zo_xmalloc(sizeof(int32_t) * (size_t)np);
        double *lp = zo_xmalloc(sizeof(double) * (size_t)np), *lw = zo_xmalloc(sizeof(double) * (size_t)np);
        uint8_t *hit = zo_xmalloc((size_t)np), *hw = zo_xmalloc((size_t)np);
        for (int64_t i = 0; i < np; i++) tg[i] = zt_next(&r) % 5 == 0 ? -1 : (int32_t)(zt_next(&r) % (uint64_t)C);
        for (int64_t i = 0; i < np && i < 4; i++) {   /* a few targets at the first argmax: hits to check */
          int64_t am = 0;
          for (int64_t j = 1; j < C; j++)
            if (gp[i * C + j] > gp[i * C + am]) am = j;
          tg[i] = (int32_t)am;
        }
        ck_assert(zo_backend_cuda.logp(gs, tok, tg, 2 * B, T, &pz, lp, hit) == 0);
        zo_logp_positions(gp, tg, np, C, lw, hw);
        int hits = 0;
        for (int64_t i = 0; i < np; i++) {
          ck_assert_msg(fabs(lp[i] - lw[i]) <= 1e-6 * (1 + fabs(lw[i])) && hit[i] == hw[i],
                        "%s %s: position %lld target %d: log-prob %.9g (hit %d), from the logits %.9g (hit %d)", c->file,
                        path_name(path), (long long)i, tg[i], lp[i], hit[i], lw[i], hw[i]);
          hits += hit[i];
        }
        ck_assert(hits >= 1);
        free(tg);
        free(lp);
        free(lw);
        free(hit);
        free(hw);
      }
    }
    free(tok);
    free(ref0);
    free(refp);
    free(g0);
    free(gp);
  }
  for (int i = 0; i < npaths; i++) {
    ck_assert(arena[i] > 0 && zo_backend_cuda.peak_bytes(gss[i]) >= arena[i]);
    zo_backend_cuda.close(gss[i]);
  }
  zo_backend_ref.close(rs);
  zo_st_close(st);
  zo_func_free(f);
  zo_program_free(p);
}

static const struct {
  Cfg c;
  int64_t tmax;
} gpu_models[] = {
  {{"models/tiny.zo", NULL, {"L=2", NULL}}, 0},
  {{"models/tiny.zo", "qzo", {"L=2", NULL}}, 0},
  {{"models/tiny.zo", "qzo_norms", {"L=2", NULL}}, 0},
  {{"models/tiny.zo", "mezo", {"L=2", NULL}}, 0},
  {{"models/tiny.zo", "mezo", {"L=1", "W=linear(dt=f32)", NULL}}, 0},
  {{"models/tiny.zo", "qzo", {"L=1", "W=gptq(bits=3, G=32)", "F=96", NULL}}, 0},
  {{"models/tiny.zo", "qzo_norms", {"L=1", "W=int8", "DT=f16", NULL}}, 0},
  {{"models/tiny.zo", "qzo", {"L=1", "W=fp8", NULL}}, 0},
  {{"models/tiny.zo", "qzo", {"L=1", "W=nf4", NULL}}, 0},
  {{"models/tiny.zo", "qzo", {"L=1", "W=aqlm", NULL}}, 0},
  {{"models/tiny.zo", "qzo", {"L=1", "W=bnb_nf4_dq", NULL}}, 0},
  {{"models/tiny.zo", "qzo", {"L=1", "W=awq(G=32)", NULL}}, 0},
  {{"models/tiny.zo", "qzo", {"L=1", "W=fp8_tensor", NULL}}, 0},
  {{"models/tiny.zo", "qzo", {"L=1", "W=nvfp4", NULL}}, 0},
  {{"models/tiny.zo", "mezo", {"L=1", "W=mxfp4", NULL}}, 0},
  {{"models/tiny.zo", "mezo", {"L=1", "W=linear(dt=bf16)", "DT=bf16", NULL}}, 0},
  {{"models/llama.zo", "qzo", {"V=96", "D=64", "L=2", "H=4", "KV=2", "F=96", "W=gptq(bits=4, G=32)", NULL}}, 0},
  /* V over 256: the fused cross-entropy's wgmma chunks, a partial last one */
  {{"models/llama.zo", "mezo", {"V=300", "D=128", "L=2", "H=2", "KV=1", "F=160", "W=linear", NULL}}, 150},
  /* head dimension 128 (the 7B's) over several 64-key tiles, a partial last one */
  {{"models/llama.zo", "qzo", {"V=96", "D=256", "L=1", "H=2", "KV=1", "F=128", "W=gptq(bits=4, G=32)", NULL}}, 200},
  {{"models/opt.zo", NULL, {"V=80", "D=48", "L=2", "H=4", "F=96", "P=80", NULL}}, 0},
  {{"models/opt.zo", "mezo", {"V=80", "D=48", "L=2", "H=4", "F=96", "P=80", NULL}}, 0},
  {{"models/gpt2.zo", "mezo", {"V=70", "D=48", "L=2", "H=4", "P=80", NULL}}, 0},
  /* x16 launches, an epilogue operand staged by cp.async, losses from stored logits */
  {{"tests/data/models/fallback.zo", "qzo", {NULL}}, 0},
  /* the op attributes of the Hugging Face architectures (as in all_models), each alone and
     together (softcap and window on the tensor-core attention here, hd 16); archrope: Llama 3's
     scaled rope in the q/k matmuls' epilogue, tensor-core attention with a scale */
  {{"tests/data/models/archops.zo", "mezo", {NULL}}, 0},
  {{"tests/data/models/archops.zo", NULL, {"RD=8", NULL}}, 0},
  {{"tests/data/models/archops.zo", NULL, {"factor=8", "lo=1", "hi=4", "om=8", NULL}}, 0},
  {{"tests/data/models/archops.zo", "mezo", {"RD=10", "factor=4", NULL}}, 0},
  {{"tests/data/models/archops.zo", NULL, {"cap=0.5", NULL}}, 0},
  /* sequences over several 64-key tiles: tiles before a row's window skipped */
  {{"tests/data/models/archops.zo", NULL, {"win=3", NULL}}, 200},
  {{"tests/data/models/archops.zo", "mezo", {"scale=0.3", "cap=20", "win=70", NULL}}, 200},
  {{"tests/data/models/archrope.zo", "mezo", {NULL}}, 0},
  {{"tests/data/models/archrope.zo", "mezo", {"scale=0.2", "om=8192", NULL}}, 0},
  /* the language of issue 19: shift (1 + w, x - 0.25) in norms and epilogues, branches */
  {{"tests/data/models/lang.zo", NULL, {"cap=2", "bias=1", NULL}}, 0},
};

START_TEST(test_models_on_gpu) {
  if (!have_gpu() || !have_nvrtc()) return;
  check_model(&gpu_models[_i].c, gpu_models[_i].tmax);
}
END_TEST

/* ---- the low-precision forward (docs/lowprec.md, codegen/cuda/lowprec.c) against the reference.
 * tests/data/models/lowprec.zo's one matmul reads the embedding's rows, which both backends copy
 * and perturb with the same f32 operations: the quantized operands and the scales must be the
 * same bits, and the products of two grid values are exact, so only the accumulation differs (f32
 * on the tensor cores, double rounded once by the reference): at most (K - 1)·2^-24 of Σ|products|
 * per element, K = 128 here, ~1e-5 of the logits' norm (Σ|p| / |Σp| ~ sqrt(K) for random signs),
 * where one rounding decision taken the other way moves its row by a grid step of one x·w
 * product (fp8 1/16, int8 1/127 of the row's largest), 4e-4 of the logits' norm or more: tol
 * 1e-4 sees a single wrong word, scale or saturation. Hopper's fp8 wgmma (lowbit=native) accumulates
 * in about 14 bits, not f32's 24 (DeepSeek-V3's report, section 3.3.2): 2^-14 of the running sum
 * an add, ~sqrt(K)·2^-14·Σ|p| ≈ 1e-3 of the norm here, so 1e-2 there (its operands are checked
 * at 1e-4 by lowbit=f16, the same codes on the f16 tensor cores; int8's s32 sums are exact, so
 * the native int8 path keeps 1e-4). Whole models quantize activations that
 * earlier f16 kernels computed (1e-3 off the reference): decisions near a threshold flip, each
 * by a step, so the logits differ by about sqrt(1e-3 · step) ≈ 1e-2 a layer: 1e-1 bounds two
 * layers and the lm_head and still catches a wrong scale (off by O(1)). Both signs of the
 * perturbed forward round stochastically (stochastic settings), the plain one to nearest. */
static const Cfg lp_models[] = {
  {"tests/data/models/lowprec.zo", "qzo", {"set:forward=fp8", NULL}},
  {"tests/data/models/lowprec.zo", "qzo", {"set:forward=fp8", "set:forward_rounding=stochastic", NULL}},
  {"tests/data/models/lowprec.zo", "mezo", {"set:forward=int8", NULL}},
  {"tests/data/models/lowprec.zo", "mezo", {"set:forward=int8", "set:forward_rounding=stochastic", NULL}},
  {"tests/data/models/lowprec.zo", "mezo", {"W=linear(dt=f16)", "set:forward=fp8", "set:forward_rounding=stochastic", NULL}},
  {"tests/data/models/lowprec.zo", "qzo", {"W=fp8", "N=300", "set:forward=int8", "set:forward_rounding=stochastic", NULL}},
  {"models/tiny.zo", "qzo", {"L=2", "set:forward=fp8", "set:forward_rounding=stochastic", NULL}},
  {"models/tiny.zo", "mezo", {"L=1", "set:forward=int8", NULL}},
  {"models/llama.zo", "qzo", {"V=96", "D=64", "L=2", "H=4", "KV=2", "F=96", "set:forward=int8", "set:forward_rounding=stochastic"}},
};

START_TEST(test_lowprec_on_gpu) {
  if (!have_gpu() || !have_nvrtc()) return;
  const Cfg *c = &lp_models[_i];
  const bool exact = strstr(c->file, "lowprec.zo") != NULL;
  uint64_t r = zt_seed() ^ zt_next(&(uint64_t){(uint64_t)_i * 977 + 5});
  Program *p;
  Func *f = compile_cfg(c, &p);
  char path[600];
  snprintf(path, sizeof path, "%s/lp%d.safetensors", zt_tmpdir(), _i);
  ck_assert(zo_random_weights(f, zt_next(&r), path) == 0);
  StFile *st = zo_st_open(path);
  ck_assert(st && zo_weights_bind(f, st) == 0);
  void *rs = zo_backend_ref.open(f, 1, NULL);
  ck_assert(rs);
  const int64_t V = zo_model_vocab(f), C = zo_model_out_cols(f);
  /* every tensor-core path, and on Hopper wgmma on the f16 tensor cores too (lowbit=f16: the step before the native ones) */
  for (int path_i = PATH_TC; path_i < gpu_paths() + (zo_cu_arch() == 90); path_i++) {
    void *gs = path_i < gpu_paths() ? open_cuda(f, path_i) : NULL;
    if (path_i == gpu_paths()) {
      ZoTarget t;
      zo_target_init(&t);
      StrBuf err = {0};
      ck_assert(zo_target_set(&t, "lowbit=f16", &err) == 0);
      gs = zo_backend_cuda.open(f, 1, &t);
    }
    ck_assert_msg(gs, "%s: tensor-core path %d did not open", c->file, path_i);
    const bool fp8_wgmma = zo_cu_arch() == 90 && (path_i == PATH_TC || path_i == PATH_WGMMA_CPASYNC) && zo_lp_kind(f) == ZO_LP_FP8;
    const double tol = !exact ? 1e-1 : fp8_wgmma ? 1e-2 : 1e-4;
    const int64_t B = 1 + (int64_t)(zt_next(&r) % 3), T = 1 + (int64_t)(zt_next(&r) % 40), n = 2 * B * T * C;
    int32_t *tok = zo_xmalloc(sizeof(int32_t) * (size_t)(2 * B * T));
    for (int64_t i = 0; i < B * T; i++) tok[i] = (int32_t)(zt_next(&r) % (uint64_t)V);
    memcpy(tok + B * T, tok, sizeof(int32_t) * (size_t)(B * T));   /* the two signs see the same batch */
    float *ref = zo_xmalloc(sizeof(float) * (size_t)n), *gpu = zo_xmalloc(sizeof(float) * (size_t)n);
    float *near = zo_xmalloc(sizeof(float) * (size_t)n);
    Perturb none = {0}, pz = {.seed = zt_next(&r), .eps = 1e-2f, .split = B};
    for (int pert = 0; pert < 2; pert++) {
      const Perturb *pp = pert ? &pz : &none;
      for (int64_t i = 0; i < n; i++) gpu[i] = NAN;   /* poison: every element must be written */
      ck_assert(zo_backend_ref.forward(rs, tok, 2 * B, T, pp, ref) == 0);
      ck_assert(zo_backend_cuda.forward(gs, tok, 2 * B, T, pp, gpu) == 0);
      const double e = zt_normwise(gpu, ref, n);
      const char *pname = path_i < gpu_paths() ? path_name(path_i) : "wgmma, lowbit=f16";
      fprintf(stderr, "test_cuda: lowprec %s %s (%s) %s %s: logits off the reference by %.3g (tol %.0e)\n", c->file, c->recipe,
              c->defs[0], pname, pert ? "perturbed" : "plain", e, tol);
      ck_assert_msg(e <= tol, "%s %s (%s) %s B=%lld T=%lld %s: low-precision logits off by %.3g", c->file, c->recipe, c->defs[0],
                    pname, (long long)(2 * B), (long long)T, pert ? "perturbed" : "plain", e);
      if (!pert) memcpy(near, gpu, sizeof(float) * (size_t)n);
    }
    /* the two signs' halves differ (the perturbation moved them) and, with stochastic rounding, the
       perturbed forward rounds otherwise than the plain one even where eps is negligible */
    ck_assert_msg(zt_normwise(gpu, near, n) > 0, "%s: the perturbed forward gave the plain logits", c->file);
    /* a replay (the captured graph) gives the same bits: the words depend on the seed, not on the launch */
    ck_assert(zo_backend_cuda.forward(gs, tok, 2 * B, T, &pz, near) == 0);
    ck_assert_msg(memcmp(near, gpu, sizeof(float) * (size_t)n) == 0, "%s: a replay gave other logits", c->file);
    zo_backend_cuda.close(gs);
    free(tok);
    free(ref);
    free(gpu);
    free(near);
  }
  zo_backend_ref.close(rs);
  zo_st_close(st);
  zo_func_free(f);
  zo_program_free(p);
}
END_TEST

/* ---- a 50-step training run on the GPU against the reference backend
 * (`zoc train`, the path a user takes; same run seed, so the same z seeds).
 * The f32 path (matmul=f32) computes the logits to f32 rounding: within
 * 1e-4 normwise of ref (test_models_on_gpu), so a mean CE of ~log V agrees to
 * about 1e-4 relative and d = (l+ - l-)/2eps to 2·1e-4·l/2eps. Where |d_ref|
 * is above that, the signs must be the same; the losses must agree to 1e-3
 * relative over the whole run (the trajectories drift apart by the updates'
 * rounding, far below that in 50 steps of lr 1e-4). The tensor-core path
 * (f16 operands: ~3e-2 on the logits) must give the same signs wherever
 * |d_ref| exceeds its own bound and losses within 3e-2. */
static json_t **read_log(const char *path, int *n) {
  FILE *fp = fopen(path, "r");
  ck_assert_msg(fp != NULL, "no %s", path);
  json_t **lines = NULL;
  *n = 0;
  char buf[4096];
  while (fgets(buf, sizeof buf, fp)) {
    json_t *j = json_loads(buf, 0, NULL);
    ck_assert(j);
    if (json_object_get(j, "zoc_seed_log")) {
      json_decref(j);
      continue;
    }
    lines = realloc(lines, sizeof(json_t *) * (size_t)(*n + 1));
    lines[(*n)++] = j;
  }
  fclose(fp);
  return lines;
}

/* `targets`: the run's --target options ("" none) */
static void train_once(const char *dir, const char *device, const char *targets, const char *tag) {
  char cmd[4096];
  snprintf(cmd, sizeof cmd,
           "cd '%s' && '%s' train '%s' -D V=96 --recipe qzo --weights w.safetensors --task lm --data toks.jsonl "
           "--train-examples all --eval-examples 0 --out run-%s --steps 50 --seed 11 --set batch=4 --set lr=1e-4 "
           "--set eps=1e-3 --device %s %s --quiet",
           dir, ZOC_BINARY, zt_src("models/tiny.zo"), tag, device, targets);
  char *out = NULL, *err = NULL;
  int rc = zt_run(cmd, &out, &err);
  ck_assert_msg(rc == 0, "zoc train --device %s %s failed (%d):\n%s", device, targets, rc, err);
  free(out);
  free(err);
}

/* loss_rel: how close the losses must be; sign_rel: the relative loss error
   that sets the |d| above which signs are compared; agree: the fraction of
   those that must agree */
static void compare_runs(const char *dir, const char *tag, double loss_rel, double sign_rel, double agree) {
  char a[1400], b[1400];
  snprintf(a, sizeof a, "%s/run-ref/zoc/seeds.jsonl", dir);
  snprintf(b, sizeof b, "%s/run-%s/zoc/seeds.jsonl", dir, tag);
  int na, nb;
  json_t **ra = read_log(a, &na), **rb = read_log(b, &nb);
  ck_assert_int_eq(na, 50);
  ck_assert_int_eq(nb, 50);
  int checked = 0, same = 0;
  for (int i = 0; i < na; i++) {
    ck_assert_str_eq(json_string_value(json_object_get(ra[i], "seed")), json_string_value(json_object_get(rb[i], "seed")));
    double lpa = json_number_value(json_object_get(ra[i], "loss_plus")), lpb = json_number_value(json_object_get(rb[i], "loss_plus"));
    double lma = json_number_value(json_object_get(ra[i], "loss_minus")), lmb = json_number_value(json_object_get(rb[i], "loss_minus"));
    double da = json_number_value(json_object_get(ra[i], "d")), db = json_number_value(json_object_get(rb[i], "d"));
    ck_assert_msg(fabs(lpa - lpb) <= loss_rel * fabs(lpa) && fabs(lma - lmb) <= loss_rel * fabs(lma),
                  "%s step %d: losses %.8g/%.8g on ref, %.8g/%.8g on the GPU", tag, i, lpa, lma, lpb, lmb);
    double dtol = 2 * sign_rel * fabs(lpa) / (2 * 1e-3);
    if (fabs(da) > dtol) {
      if ((da > 0) != (db > 0)) fprintf(stderr, "test_cuda: train %s step %d: d %.6g on ref, %.6g on the GPU\n", tag, i, da, db);
      same += (da > 0) == (db > 0);
      checked++;
    }
  }
  fprintf(stderr, "test_cuda: train %s: 50 steps; the sign of d agrees on %d of the %d steps with |d| above the noise; losses within %.0e\n",
          tag, same, checked, loss_rel);
  ck_assert_msg(checked >= 10, "%s: only %d steps had |d| above the noise: the comparison checked too little", tag, checked);
  ck_assert_msg(same >= agree * checked, "%s: the sign of d agrees on only %d of %d steps", tag, same, checked);
  for (int i = 0; i < na; i++) json_decref(ra[i]);
  for (int i = 0; i < nb; i++) json_decref(rb[i]);
  free(ra);
  free(rb);
}

/* `zoc replay` (on the host) of run-TAG's seed log gives its checkpoint's bytes */
static void replay_matches(const char *dir, const char *tag) {
  char cmd[4096];
  snprintf(cmd, sizeof cmd,
           "cd '%s' && '%s' replay '%s' -D V=96 --recipe qzo --weights w.safetensors --run run-%s -o replay-%s.safetensors && "
           "cmp replay-%s.safetensors run-%s/model.safetensors && ! cmp -s w.safetensors run-%s/model.safetensors",
           dir, ZOC_BINARY, zt_src("models/tiny.zo"), tag, tag, tag, tag, tag);
  char *out = NULL, *err = NULL;
  int rc = zt_run(cmd, &out, &err);
  ck_assert_msg(rc == 0, "%s: the host's replay differs from the GPU run's checkpoint (or the run changed nothing) (%d):\n%s%s",
                tag, rc, out, err);
  free(out);
  free(err);
}

START_TEST(test_train_on_gpu) {
  if (!have_gpu() || !have_nvrtc()) return;
  const char *dir = zt_tmpdir();
  char cmd[4096];
  snprintf(cmd, sizeof cmd, "cd '%s' && '%s' random-weights '%s' -D V=96 --seed %llu -o w.safetensors", dir, ZOC_BINARY,
           zt_src("models/tiny.zo"), (unsigned long long)(zt_seed() & 0xffff));
  ck_assert_int_eq(zt_run(cmd, NULL, NULL), 0);
  uint64_t r = zt_seed() ^ 0x7a11;
  char path[1400];
  snprintf(path, sizeof path, "%s/toks.jsonl", dir);
  zt_write_tokens(path, 32, 24, 24, 96, &r);
  train_once(dir, "ref", "", "ref");
  train_once(dir, "cuda", "--target matmul=f32", "f32");
  compare_runs(dir, "f32", 1e-3, 1e-3, 1.0);
  /* the updates ran on the GPU (zk_update): the host's replay of the seed log
     rebuilds the checkpoint with the same bytes; and with the update on the
     host (--target update=host) the run gives the same bytes */
  replay_matches(dir, "f32");
  train_once(dir, "cuda", "--target matmul=f32 --target update=host", "f32host");
  snprintf(cmd, sizeof cmd, "cd '%s' && cmp run-f32/model.safetensors run-f32host/model.safetensors", dir);
  ck_assert_msg(zt_run(cmd, NULL, NULL) == 0, "the update on the GPU and on the host gave other bytes");
  train_once(dir, "cuda", "", "mma");
  replay_matches(dir, "mma");
  /* f16 operands round the logits of both passes alike (same weights but
     for eps·z), so d keeps its sign far more often than the losses' 3e-2
     suggests: signs are compared where f32 compares them, 90% must agree */
  compare_runs(dir, "mma", 3e-2, 1e-3, 0.9);
  if (gpu_paths() > 2) {   /* Hopper: the default was wgmma; mma.sync too */
    train_once(dir, "cuda", "--target matmul=mma", "mma.sync");
    compare_runs(dir, "mma.sync", 3e-2, 1e-3, 0.9);
  }
}
END_TEST

/* ---- the device update (zk_update) against the host's for every rounding,
 * masters mode and trained dtype: f16 (gptq scales), bf16 (int8(dt=bf16)
 * scales) and fp8 e4m3 (nvfp4 scales). The same run with --target
 * update=host must give the same checkpoint and resume state, byte for byte,
 * and the host's replay of the seed log the same checkpoint. */
static void train_mode(const char *dir, const char *fmt, const char *mode, const char *targets, const char *tag) {
  char cmd[4096];
  snprintf(cmd, sizeof cmd,
           "cd '%s' && '%s' train '%s' -D V=96 -D 'W=%s' --recipe qzo --weights 'w-%s.safetensors' --task lm --data toks.jsonl "
           "--train-examples all --eval-examples 0 --out run-%s --steps 20 --seed 5 --set batch=4 --set lr=3e-3 "
           "--set eps=1e-3 --device cuda --target matmul=f32 %s %s --quiet",
           dir, ZOC_BINARY, zt_src("models/tiny.zo"), fmt, fmt, tag, mode, targets);
  char *out = NULL, *err = NULL;
  int rc = zt_run(cmd, &out, &err);
  ck_assert_msg(rc == 0, "%s failed (%d):\n%s", cmd, rc, err);
  free(out);
  free(err);
}

START_TEST(test_update_modes_on_gpu) {
  if (!have_gpu() || !have_nvrtc()) return;
  const char *dir = zt_tmpdir();
  const char *fmts[] = {"gptq(bits=4, G=32)", "int8(dt=bf16)", "nvfp4"};
  const char *modes[] = {"--set update_rounding=stochastic", "--set update_rounding=stochastic --set masters=none",
                         "--set update_rounding=nearest --set masters=none"};
  char cmd[8192];
  uint64_t r = zt_seed() ^ 0x0d0d;
  char path[1400];
  snprintf(path, sizeof path, "%s/toks.jsonl", dir);
  zt_write_tokens(path, 16, 24, 24, 96, &r);
  for (int f = 0; f < 3; f++) {
    snprintf(cmd, sizeof cmd, "cd '%s' && '%s' random-weights '%s' -D V=96 -D 'W=%s' --seed %llu -o 'w-%s.safetensors'", dir,
             ZOC_BINARY, zt_src("models/tiny.zo"), fmts[f], (unsigned long long)(zt_seed() & 0xffff), fmts[f]);
    ck_assert_int_eq(zt_run(cmd, NULL, NULL), 0);
    for (int m = 0; m < 3; m++) {
      char dev[64], host[64];
      snprintf(dev, sizeof dev, "u%d%d", f, m);
      snprintf(host, sizeof host, "u%d%dh", f, m);
      train_mode(dir, fmts[f], modes[m], "", dev);
      train_mode(dir, fmts[f], modes[m], "--target update=host", host);
      snprintf(cmd, sizeof cmd,
               "cd '%s' && cmp run-%s/model.safetensors run-%s/model.safetensors && cmp run-%s/zoc/master.safetensors "
               "run-%s/zoc/master.safetensors && '%s' replay '%s' -D V=96 -D 'W=%s' --weights 'w-%s.safetensors' "
               "--run run-%s -o replay-%s.safetensors && cmp replay-%s.safetensors run-%s/model.safetensors",
               dir, dev, host, dev, host, ZOC_BINARY, zt_src("models/tiny.zo"), fmts[f], fmts[f], dev, dev, dev, dev);
      char *out = NULL, *err = NULL;
      int rc = zt_run(cmd, &out, &err);
      ck_assert_msg(rc == 0, "W=%s %s: the device update, the host update and the replay differ (%d):\n%s%s", fmts[f],
                    modes[m], rc, out, err);
      free(out);
      free(err);
    }
  }
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("cuda");
  TCase *c = tcase_create("nvrtc");
  tcase_set_timeout(c, 600);
  tcase_add_loop_test(c, test_nvrtc_every_kernel, 0, (int)ZO_COUNT(all_models));
  tcase_add_test(c, test_nvrtc_cache);
  tcase_add_test(c, test_dedup);
  tcase_add_test(c, test_nvrtc_failure);
  tcase_add_test(c, test_cli);
  tcase_add_test(c, test_no_gpu_is_an_error);
  suite_add_tcase(s, c);
  TCase *h = tcase_create("host");   /* generated helpers compiled for the host */
  tcase_add_test(h, test_bit_fields_on_host);
  tcase_add_loop_test(h, test_dequant_on_host, 0, (int)ZO_COUNT(host_models));
  tcase_add_test(h, test_logp_on_host);
  tcase_add_test(h, test_ce_on_host);
  tcase_add_test(h, test_x16_on_host);
  suite_add_tcase(s, h);
  TCase *g = tcase_create("gpu");
  tcase_set_timeout(g, 600);
  tcase_add_test(g, test_rng_bits);
  tcase_add_loop_test(g, test_models_on_gpu, 0, (int)ZO_COUNT(gpu_models));
  suite_add_tcase(s, g);
  TCase *l = tcase_create("gpu_lowprec");   /* forward = fp8 | int8 (docs/lowprec.md) */
  tcase_set_timeout(l, 600);
  tcase_add_loop_test(l, test_lowprec_on_gpu, 0, (int)ZO_COUNT(lp_models));
  suite_add_tcase(s, l);
  TCase *t = tcase_create("gpu_train");
  tcase_set_timeout(t, 600);
  tcase_add_test(t, test_train_on_gpu);
  tcase_add_test(t, test_update_modes_on_gpu);
  suite_add_tcase(s, t);
  return s;
}

/* `test_cuda --gpu-models` (--gpu-lp-models): the GPU case's model configurations (the low-precision
   test's) as `zoc cuda` arguments, a line each (scripts/gpu_cache.sh compiles them into the cache a
   GPU machine is given) */
int main(int argc, char **argv) {
  bool lp = argc == 2 && strcmp(argv[1], "--gpu-lp-models") == 0;
  if (lp || (argc == 2 && strcmp(argv[1], "--gpu-models") == 0)) {
    for (size_t i = 0; i < (lp ? ZO_COUNT(lp_models) : ZO_COUNT(gpu_models)); i++) {
      const Cfg *c = lp ? &lp_models[i] : &gpu_models[i].c;
      printf("%s", c->file);
      if (c->recipe) printf(" --recipe %s", c->recipe);
      for (int d = 0; d < ndefs(c); d++)
        printf(strncmp(c->defs[d], "set:", 4) == 0 ? " --set '%s'" : " -D '%s'",
               c->defs[d] + (strncmp(c->defs[d], "set:", 4) == 0 ? 4 : 0));
      printf("\n");
    }
    return 0;
  }
  return zt_run_suite(suite());
}
