/* cuda_rt.c — the CUDA driver and NVRTC through dlopen, and the compile cache
 * (see cuda_rt.h). */
#include "runtime/cuda_rt.h"

#include <dlfcn.h>
#include <errno.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "support/cache.h"
#include "support/support.h"

ZoCuDriver zo_cu;

static void *cu_lib;
static int cu_state;           /* 0 untried, 1 ok, -1 failed */
static CUdevice cu_dev;
static CUcontext cu_ctx;
static int cu_cc;
static int cu_sms;
static char cu_name[256];

int zo_cu_check(CUresult r, const char *what) {
  if (r == 0) return 0;
  const char *s = NULL;
  if (zo_cu.cuGetErrorString) zo_cu.cuGetErrorString(r, &s);
  zo_env_error("CUDA", "%s: %s (error %d)", what, s ? s : "unknown error", r);
  return -1;
}

/* one symbol, the versioned name first (cuMemAlloc_v2 ...) */
static void *sym(void *lib, const char *name, const char *v2) {
  void *p = v2 ? dlsym(lib, v2) : NULL;
  return p ? p : dlsym(lib, name);
}

int zo_cu_load(void) {
  if (cu_state) return cu_state > 0 ? 0 : -1;
  cu_state = -1;
  cu_lib = dlopen("libcuda.so.1", RTLD_NOW | RTLD_LOCAL);
  if (!cu_lib) cu_lib = dlopen("libcuda.so", RTLD_NOW | RTLD_LOCAL);
  if (!cu_lib) {
    zo_env_error("--device cuda", "this machine has no CUDA driver (libcuda.so.1 not found): run on a machine with an NVIDIA GPU, or use --device cpu");
    return -1;
  }
#define S(f, v2)                                                         \
  if (!(*(void **)&zo_cu.f = sym(cu_lib, #f, v2))) {                     \
    zo_env_error("--device cuda", "the CUDA driver lacks %s (too old?)", #f); \
    return -1;                                                           \
  }
  S(cuInit, NULL)
  S(cuDriverGetVersion, NULL)
  S(cuDeviceGetCount, NULL)
  S(cuDeviceGet, NULL)
  S(cuDeviceGetName, NULL)
  S(cuDeviceGetAttribute, NULL)
  S(cuDevicePrimaryCtxRetain, NULL)
  S(cuDevicePrimaryCtxRelease, "cuDevicePrimaryCtxRelease_v2")
  S(cuCtxSetCurrent, NULL)
  S(cuCtxSynchronize, NULL)
  S(cuMemAlloc, "cuMemAlloc_v2")
  S(cuMemFree, "cuMemFree_v2")
  S(cuMemGetInfo, "cuMemGetInfo_v2")
  S(cuMemcpyHtoD, "cuMemcpyHtoD_v2")
  S(cuMemcpyDtoH, "cuMemcpyDtoH_v2")
  S(cuMemcpyHtoDAsync, "cuMemcpyHtoDAsync_v2")
  S(cuMemcpyDtoHAsync, "cuMemcpyDtoHAsync_v2")
  S(cuMemsetD8, "cuMemsetD8_v2")
  S(cuModuleLoadData, NULL)
  S(cuModuleUnload, NULL)
  S(cuModuleGetFunction, NULL)
  S(cuFuncSetAttribute, NULL)
  S(cuLaunchKernel, NULL)
  S(cuStreamCreate, NULL)
  S(cuStreamDestroy, "cuStreamDestroy_v2")
  S(cuStreamSynchronize, NULL)
  S(cuEventCreate, NULL)
  S(cuEventDestroy, "cuEventDestroy_v2")
  S(cuEventRecord, NULL)
  S(cuEventSynchronize, NULL)
  S(cuEventElapsedTime, NULL)
  S(cuStreamWaitEvent, NULL)
  S(cuStreamBeginCapture, "cuStreamBeginCapture_v2")
  S(cuStreamEndCapture, NULL)
  S(cuGraphInstantiateWithFlags, NULL)
  S(cuGraphLaunch, NULL)
  S(cuGraphExecDestroy, NULL)
  S(cuGraphDestroy, NULL)
  S(cuGetErrorString, NULL)
#undef S
  *(void **)&zo_cu.cuTensorMapEncodeTiled = sym(cu_lib, "cuTensorMapEncodeTiled", NULL);
  *(void **)&zo_cu.cuCtxGetStreamPriorityRange = sym(cu_lib, "cuCtxGetStreamPriorityRange", NULL);
  *(void **)&zo_cu.cuStreamCreateWithPriority = sym(cu_lib, "cuStreamCreateWithPriority", NULL);
  CUresult r = zo_cu.cuInit(0);
  int n = 0;
  if (r != 0 || zo_cu.cuDeviceGetCount(&n) != 0 || n == 0) {
    zo_env_error("--device cuda", "the CUDA driver found no usable GPU (cuInit: error %d, %d devices)", r, n);
    return -1;
  }
  if (zo_cu_check(zo_cu.cuDeviceGet(&cu_dev, 0), "cuDeviceGet") ||
      zo_cu_check(zo_cu.cuDevicePrimaryCtxRetain(&cu_ctx, cu_dev), "cuDevicePrimaryCtxRetain") ||
      zo_cu_check(zo_cu.cuCtxSetCurrent(cu_ctx), "cuCtxSetCurrent"))
    return -1;
  int ma = 0, mi = 0;
  zo_cu.cuDeviceGetAttribute(&ma, ZO_CU_ATTR_CC_MAJOR, cu_dev);
  zo_cu.cuDeviceGetAttribute(&mi, ZO_CU_ATTR_CC_MINOR, cu_dev);
  zo_cu.cuDeviceGetAttribute(&cu_sms, ZO_CU_ATTR_SM_COUNT, cu_dev);
  zo_cu.cuDeviceGetName(cu_name, (int)sizeof cu_name, cu_dev);
  cu_cc = ma * 10 + mi;
  cu_state = 1;
  return 0;
}

int zo_cu_arch(void) { return cu_cc; }
const char *zo_cu_device_name(void) { return cu_name; }
int zo_cu_sm_count(void) { return cu_sms; }

/* ---- NVRTC */
typedef struct _nvrtcProgram *nvrtcProgram;
static struct {
  int (*Version)(int *, int *);
  int (*CreateProgram)(nvrtcProgram *, const char *, const char *, int, const char *const *, const char *const *);
  int (*CompileProgram)(nvrtcProgram, int, const char *const *);
  int (*GetPTXSize)(nvrtcProgram, size_t *);
  int (*GetPTX)(nvrtcProgram, char *);
  int (*GetCUBINSize)(nvrtcProgram, size_t *);
  int (*GetCUBIN)(nvrtcProgram, char *);
  int (*GetProgramLogSize)(nvrtcProgram, size_t *);
  int (*GetProgramLog)(nvrtcProgram, char *);
  int (*DestroyProgram)(nvrtcProgram *);
  const char *(*GetErrorString)(int);
} nv;
static void *nv_lib;
static int nv_state;
static char nv_version[32];
static char nv_path[1024];

static bool try_nvrtc(const char *path) {
  void *h = dlopen(path, RTLD_NOW | RTLD_LOCAL);
  if (!h) return false;
  nv_lib = h;
  snprintf(nv_path, sizeof nv_path, "%s", path);
  return true;
}

static bool try_venv(const char *root) {
  char pat[1024];
  snprintf(pat, sizeof pat, "%s/.venv/lib/python3*/site-packages/nvidia/cuda_nvrtc/lib/libnvrtc.so*", root);
  glob_t gl;
  bool ok = false;
  if (glob(pat, 0, NULL, &gl) == 0) {
    for (size_t i = 0; i < gl.gl_pathc && !ok; i++)
      if (!strstr(gl.gl_pathv[i], "builtins") && !strstr(gl.gl_pathv[i], ".alt.")) ok = try_nvrtc(gl.gl_pathv[i]);
    globfree(&gl);
  }
  return ok;
}

int zo_nvrtc_load(bool quiet) {
  if (nv_state) return nv_state > 0 ? 0 : -1;
  const char *env = getenv("ZOC_NVRTC");
  bool found = false;
  if (env && *env) {
    found = try_nvrtc(env);
    if (!found) {
      if (!quiet) zo_env_error(env, "ZOC_NVRTC names a library that cannot be loaded: %s", dlerror());
      nv_state = -1;
      return -1;
    }
  }
  const char *names[] = {"libnvrtc.so", "libnvrtc.so.13", "libnvrtc.so.12"};
  for (size_t i = 0; !found && i < ZO_COUNT(names); i++) found = try_nvrtc(names[i]);
  if (!found) found = try_venv(".");
#ifdef ZOC_SOURCE_DIR
  if (!found) found = try_venv(ZOC_SOURCE_DIR);
#endif
  if (!found) {
    nv_state = -1;
    if (!quiet)
      zo_env_error("NVRTC", "not found: set ZOC_NVRTC=/path/to/libnvrtc.so, put libnvrtc.so(.13/.12) on the loader "
                            "path, or install the nvidia-cuda-nvrtc-cu12 wheel into .venv (scripts/deps.sh --with-python)");
    return -1;
  }
#define N(f)                                                               \
  if (!(*(void **)&nv.f = dlsym(nv_lib, "nvrtc" #f))) {                     \
    if (!quiet) zo_env_error(nv_path, "this NVRTC lacks nvrtc%s", #f);      \
    nv_state = -1;                                                         \
    return -1;                                                             \
  }
  N(Version) N(CreateProgram) N(CompileProgram) N(GetPTXSize) N(GetPTX) N(GetCUBINSize) N(GetCUBIN)
  N(GetProgramLogSize) N(GetProgramLog) N(DestroyProgram) N(GetErrorString)
#undef N
  int ma = 0, mi = 0;
  nv.Version(&ma, &mi);
  snprintf(nv_version, sizeof nv_version, "%d.%d", ma, mi);
  nv_state = 1;
  return 0;
}

const char *zo_nvrtc_version(void) { return nv_version; }
const char *zo_nvrtc_path(void) { return nv_path; }

/* ---- the cache (support/cache.h): NVRTC images by source, options, NVRTC version */
static const ZoCache nv_cache = {"cuda", "ZOC_CUDA_CACHE", "ZOC_CUDA_NO_CACHE"};

/* the options for arch (opts holds 5; archopt 64 bytes), their count; with
   `report` ptxas's resource report (registers, spills) too, as the last one,
   which changes only the log (not in the cache's key) */
static int nv_options(const char *arch, bool want_ptx, bool report, char *archopt, const char **opts) {
  snprintf(archopt, 64, "--gpu-architecture=%s_%s", want_ptx ? "compute" : "sm", arch);
  const char *all[] = {archopt, "--std=c++17", "-default-device", "--extra-device-vectorization", "--ptxas-options=-v"};
  memcpy(opts, all, sizeof all);
  return (int)ZO_COUNT(all) - (report ? 0 : 1);
}

/* the key: the source (a digest), the options (the architecture among them), the NVRTC version */
static void nv_key(ZoKey *key, const char *source, const char **opts, int nopts) {
  zo_key_init(key);
  zo_key_add_part(key, "source", source);
  StrBuf o = {0};
  for (int i = 0; i < nopts; i++) zo_sb_printf(&o, "%s%s", i ? " " : "", opts[i]);
  zo_key_add_part(key, "options", o.buf);
  zo_sb_free(&o);
  zo_key_add_part(key, "nvrtc", nv_version);
}

/* saves a source NVRTC rejected where a person can find it: a new file of
   its own in $TMPDIR (zo_tmp_file), so nothing planted at a guessable name
   there is written through; false when it cannot */
static bool save_source(const char *source, char *path, size_t n) {
  int fd = zo_tmp_file("zoc-cuda", "cu", path, n);
  if (fd < 0) return false;
  size_t left = strlen(source);
  for (const char *p = source; left > 0;) {
    ssize_t w = write(fd, p, left);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) break;
    p += w;
    left -= (size_t)w;
  }
  return close(fd) == 0 && left == 0;
}

/* zo_nvrtc_compile, reading the cache only when read_cache; *hit: the image came from it; `report`:
   ptxas's report on stderr */
static int nv_compile(const char *source, const char *arch, bool want_ptx, const char *what, bool read_cache, bool report, bool *hit,
                      void **out, size_t *len) {
  *out = NULL;
  *len = 0;
  *hit = false;
  if (zo_nvrtc_load(false) != 0) return -1;
  char archopt[64];
  const char *opts[5];
  const int nopts = nv_options(arch, want_ptx, report, archopt, opts);
  ZoKey key;
  nv_key(&key, source, opts, nopts - report);
  const char *ext = want_ptx ? "ptx" : "cubin";
  size_t cached_len = 0;
  char *cached = read_cache ? zo_cache_get(&nv_cache, &key, ext, &cached_len) : NULL;
  if (cached) {
    zo_key_free(&key);
    *out = cached;
    *len = cached_len;
    *hit = true;
    return 0;
  }
  nvrtcProgram prog;
  int r = nv.CreateProgram(&prog, source, what, 0, NULL, NULL);
  if (r != 0) {
    zo_env_error("NVRTC", "nvrtcCreateProgram: %s", nv.GetErrorString(r));
    zo_key_free(&key);
    return -1;
  }
  r = nv.CompileProgram(prog, nopts, opts);
  size_t logn = 0;
  nv.GetProgramLogSize(prog, &logn);
  char *log = zo_xmalloc(logn + 1);
  log[0] = 0;
  if (logn) nv.GetProgramLog(prog, log);
  if (r != 0) {
    /* save the source where a person can find it, and say how to reproduce */
    char src_path[1300];
    fprintf(stderr, "%s\n", log);
    if (save_source(source, src_path, sizeof src_path))
      zo_env_error("NVRTC", "compiling the CUDA kernels of %s for %s failed: %s\n  source saved in %s\n  reproduce: "
                            "nvcc -std=c++17 -arch=sm_%s -cubin -o /dev/null %s",
                   what, archopt, nv.GetErrorString(r), src_path, arch, src_path);
    else
      zo_env_error("NVRTC", "compiling the CUDA kernels of %s for %s failed: %s (the source could not be saved in %s: %s; "
                            "`zoc cuda FILE.zo` prints it)",
                   what, archopt, nv.GetErrorString(r), src_path, strerror(errno));
    zo_key_free(&key);
    free(log);
    nv.DestroyProgram(&prog);
    return -1;
  }
  if (report) fprintf(stderr, "%s\n", log);
  free(log);
  size_t n = 0;
  char *buf;
  if (want_ptx) {
    nv.GetPTXSize(prog, &n);
    buf = zo_xmalloc(n + 1);
    nv.GetPTX(prog, buf);
  } else {
    nv.GetCUBINSize(prog, &n);
    buf = zo_xmalloc(n + 1);
    nv.GetCUBIN(prog, buf);
  }
  nv.DestroyProgram(&prog);
  zo_cache_put(&nv_cache, &key, ext, buf, n);
  zo_key_free(&key);
  *out = buf;
  *len = n;
  return 0;
}

int zo_nvrtc_compile(const char *source, const char *arch, bool want_ptx, const char *what, void **out, size_t *len) {
  bool hit;
  return nv_compile(source, arch, want_ptx, what, true, false, &hit, out, len);
}

int zo_nvrtc_compile_report(const char *source, const char *arch, const char *what, void **out, size_t *len) {
  bool hit;
  return nv_compile(source, arch, false, what, false, true, &hit, out, len);
}

int zo_nvrtc_load_module(const char *source, const char *arch, const char *what, const char *const *fns, CUmodule *mod) {
  *mod = NULL;
  for (bool read_cache = true;; read_cache = false) {
    void *img = NULL;
    size_t len = 0;
    bool hit = false;
    if (nv_compile(source, arch, false, what, read_cache, false, &hit, &img, &len) != 0) return -1;
    CUresult r = zo_cu.cuModuleLoadData(mod, img);
    free(img);
    const char *missing = NULL;
    for (int i = 0; r == 0 && fns && fns[i] && !missing; i++) {
      CUfunction f;
      if (zo_cu.cuModuleGetFunction(&f, *mod, fns[i]) != 0) missing = fns[i];
    }
    if (r == 0 && !missing) return 0;
    if (r == 0) zo_cu.cuModuleUnload(*mod);
    *mod = NULL;
    if (!hit) {
      if (r != 0) return zo_cu_check(r, "loading the compiled kernels");
      zo_env_error("CUDA", "the compiled kernels of %s lack %s", what, missing);
      return -1;
    }
    /* a cached image the driver will not take: drop it, compile afresh */
    char archopt[64], why[256];
    const char *opts[5], *s = NULL;
    int nopts = nv_options(arch, false, false, archopt, opts);
    if (r != 0 && zo_cu.cuGetErrorString) zo_cu.cuGetErrorString(r, &s);
    if (r != 0) snprintf(why, sizeof why, "the CUDA driver rejects the image it holds (%s, error %d)", s ? s : "unknown error", r);
    else snprintf(why, sizeof why, "the image it holds lacks the kernel %s", missing);
    ZoKey key;
    nv_key(&key, source, opts, nopts);
    zo_cache_drop(&nv_cache, &key, "cubin", why);
    zo_key_free(&key);
  }
}
