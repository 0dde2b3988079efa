/* cuda_rt.h — the CUDA driver API and NVRTC, loaded at run time with dlopen
 * (one zoc binary runs on machines with and without a GPU; nothing of CUDA
 * is needed to build it), and NVRTC compilation with an on-disk cache.
 *
 * Only the few driver and NVRTC entry points zoc uses are declared here, with
 * their documented C prototypes (opaque handles as pointers, CUresult and
 * nvrtcResult as int).
 *
 * NVRTC is searched: $ZOC_NVRTC (a path), then libnvrtc.so, libnvrtc.so.13,
 * libnvrtc.so.12 on the loader path, then the project's
 * .venv/lib/python3.X/site-packages/nvidia/cuda_nvrtc/lib (the
 * nvidia-cuda-nvrtc-cu12 wheel that scripts/deps.sh --with-python installs),
 * also beside the zoc binary's source tree (ZOC_SOURCE_DIR).
 *
 * The cache (support/cache.h, kind "cuda"): $ZOC_CUDA_CACHE, else
 * $XDG_CACHE_HOME/zoc/cuda, else ~/.cache/zoc/cuda, a private folder; an
 * image is kept under the key (source digest, options with the
 * architecture, NVRTC version), which the entry stores and a read checks.
 * A cached image the driver rejects is dropped and compiled afresh
 * (zo_nvrtc_load_module). A compile that fails prints NVRTC's log, saves
 * the source in a new file in $TMPDIR (or /tmp) and prints the nvcc command
 * that reproduces it.
 */
#ifndef ZOC_CUDA_RT_H
#define ZOC_CUDA_RT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef int CUresult;
typedef int CUdevice;
typedef struct CUctx_st *CUcontext;
typedef struct CUmod_st *CUmodule;
typedef struct CUfunc_st *CUfunction;
typedef struct CUstream_st *CUstream;
typedef struct CUevent_st *CUevent;
typedef struct CUgraph_st *CUgraph;
typedef struct CUgraphExec_st *CUgraphExec;
typedef uint64_t CUdeviceptr;

/* the driver entry points zoc uses (NULL until zo_cu_load succeeded) */
typedef struct ZoCuDriver {
  CUresult (*cuInit)(unsigned);
  CUresult (*cuDriverGetVersion)(int *);
  CUresult (*cuDeviceGetCount)(int *);
  CUresult (*cuDeviceGet)(CUdevice *, int);
  CUresult (*cuDeviceGetName)(char *, int, CUdevice);
  CUresult (*cuDeviceGetAttribute)(int *, int, CUdevice);
  CUresult (*cuDevicePrimaryCtxRetain)(CUcontext *, CUdevice);
  CUresult (*cuDevicePrimaryCtxRelease)(CUdevice);
  CUresult (*cuCtxSetCurrent)(CUcontext);
  CUresult (*cuCtxSynchronize)(void);
  CUresult (*cuMemAlloc)(CUdeviceptr *, size_t);
  CUresult (*cuMemFree)(CUdeviceptr);
  CUresult (*cuMemGetInfo)(size_t *, size_t *);
  CUresult (*cuMemcpyHtoD)(CUdeviceptr, const void *, size_t);
  CUresult (*cuMemcpyDtoH)(void *, CUdeviceptr, size_t);
  CUresult (*cuMemcpyHtoDAsync)(CUdeviceptr, const void *, size_t, CUstream);
  CUresult (*cuMemcpyDtoHAsync)(void *, CUdeviceptr, size_t, CUstream);
  CUresult (*cuMemsetD8)(CUdeviceptr, unsigned char, size_t);
  CUresult (*cuModuleLoadData)(CUmodule *, const void *);
  CUresult (*cuModuleUnload)(CUmodule);
  CUresult (*cuModuleGetFunction)(CUfunction *, CUmodule, const char *);
  CUresult (*cuFuncSetAttribute)(CUfunction, int, int);
  CUresult (*cuLaunchKernel)(CUfunction, unsigned, unsigned, unsigned, unsigned, unsigned, unsigned, unsigned,
                             CUstream, void **, void **);
  CUresult (*cuStreamCreate)(CUstream *, unsigned);
  CUresult (*cuStreamDestroy)(CUstream);
  CUresult (*cuStreamSynchronize)(CUstream);
  CUresult (*cuEventCreate)(CUevent *, unsigned);
  CUresult (*cuEventDestroy)(CUevent);
  CUresult (*cuEventRecord)(CUevent, CUstream);
  CUresult (*cuEventSynchronize)(CUevent);
  CUresult (*cuEventElapsedTime)(float *, CUevent, CUevent);
  CUresult (*cuStreamWaitEvent)(CUstream, CUevent, unsigned);
  CUresult (*cuStreamBeginCapture)(CUstream, int);
  CUresult (*cuStreamEndCapture)(CUstream, CUgraph *);
  CUresult (*cuGraphInstantiateWithFlags)(CUgraphExec *, CUgraph, unsigned long long);
  CUresult (*cuGraphLaunch)(CUgraphExec, CUstream);
  CUresult (*cuGraphExecDestroy)(CUgraphExec);
  CUresult (*cuGraphDestroy)(CUgraph);
  CUresult (*cuGetErrorString)(CUresult, const char **);
  /* optional (CUDA 12+ drivers; NULL when absent): a TMA tensor map (cuda.h's
     enums as ints: data type, interleave, swizzle, L2 promotion, OOB fill) */
  CUresult (*cuTensorMapEncodeTiled)(void *, int, uint32_t, void *, const uint64_t *, const uint64_t *, const uint32_t *,
                                     const uint32_t *, int, int, int, int);
  /* optional: streams of a priority (the step's kernels before the dequants beside them) */
  CUresult (*cuCtxGetStreamPriorityRange)(int *, int *);
  CUresult (*cuStreamCreateWithPriority)(CUstream *, unsigned, int);
} ZoCuDriver;

extern ZoCuDriver zo_cu;

/* driver attribute and flag numbers (cuda.h's values) */
#define ZO_CU_ATTR_MAX_SMEM_OPTIN 97          /* CU_DEVICE_ATTRIBUTE_MAX_SHARED_MEMORY_PER_BLOCK_OPTIN */
#define ZO_CU_ATTR_CC_MAJOR 75
#define ZO_CU_ATTR_CC_MINOR 76
#define ZO_CU_ATTR_SM_COUNT 16
#define ZO_CU_FUNC_MAX_DYN_SMEM 8             /* CU_FUNC_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES */
#define ZO_CU_FUNC_CARVEOUT 9                 /* CU_FUNC_ATTRIBUTE_PREFERRED_SHARED_MEMORY_CARVEOUT (percent) */
#define ZO_CU_STREAM_NON_BLOCKING 1
#define ZO_CU_CAPTURE_MODE_THREAD_LOCAL 1
#define ZO_CU_EVENT_DISABLE_TIMING 2
#define ZO_CU_GRAPH_USE_NODE_PRIORITY 8       /* CUDA_GRAPH_INSTANTIATE_FLAG_USE_NODE_PRIORITY */
#define ZO_CU_TMAP_F16 6                      /* CU_TENSOR_MAP_DATA_TYPE_FLOAT16 */
#define ZO_CU_TMAP_U8 0                       /* CU_TENSOR_MAP_DATA_TYPE_UINT8 */
#define ZO_CU_TMAP_SWIZZLE_128B 3             /* CU_TENSOR_MAP_SWIZZLE_128B */
#define ZO_CU_TMAP_L2_256B 3                  /* CU_TENSOR_MAP_L2_PROMOTION_L2_256B */

/* Loads libcuda and initializes device 0 (its primary context made current).
 * 0, or -1 after a clear message (no driver: "this machine has no CUDA
 * driver"; no device). Idempotent. */
int zo_cu_load(void);
/* the device's compute capability (major * 10 + minor), name, SM count */
int zo_cu_arch(void);
const char *zo_cu_device_name(void);
int zo_cu_sm_count(void);
/* a message for a failed driver call: "what: CUDA_ERROR_... (code)"; -1 */
int zo_cu_check(CUresult r, const char *what);

/* NVRTC: loaded on first use; 0 or -1 (with a message naming where it looked
 * when quiet is false). */
int zo_nvrtc_load(bool quiet);
/* "12.9" */
const char *zo_nvrtc_version(void);
/* where the loaded library came from */
const char *zo_nvrtc_path(void);

/* Compiles source for sm_<arch> (arch = 90 ...; sm_90a when wgmma is
 * wanted is the caller's arch string "90a"). want_ptx: PTX text for
 * compute_<arch>; else a cubin. Through the cache. *out is malloc'd, *len
 * its size; 0, or -1 after the log and the repro command were printed.
 * what names the program in messages ("llama"). */
int zo_nvrtc_compile(const char *source, const char *arch, bool want_ptx, const char *what, void **out, size_t *len);
/* The same for a cubin, compiled afresh (not read from the cache, written
 * to it) with ptxas's resource report (registers, spills, shared memory per
 * function) printed on stderr: `zoc cuda --cubin --verbose`. */
int zo_nvrtc_compile_report(const char *source, const char *arch, const char *what, void **out, size_t *len);
/* Compiles source for sm_<arch> as a cubin (through the cache) and loads it
 * as *mod, which must have every function of fns (NULL-terminated; NULL:
 * none checked). A cached image the driver rejects, or that lacks one of
 * them, is dropped from the cache (a note names its file) and compiled
 * afresh. 0, or -1 after a message. */
int zo_nvrtc_load_module(const char *source, const char *arch, const char *what, const char *const *fns, CUmodule *mod);

/* the program a cuda backend state runs (a test hook) */
const struct ZoCuProgram *zo_cuda_state_program(void *state);

#endif
