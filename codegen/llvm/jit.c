/* llvm/jit.c — kernel functions from plans: emission into modules, dedup,
 * the -O3 pipeline for this host, the ORC LLJIT, and `zoc llvm` printing.
 *
 * Dedup: each kernel is emitted under a scratch name and its text (the
 * printed function) is the key. A key this process has compiled already
 * reuses that function's address; a key seen earlier in the same module
 * reuses that definition; a new key keeps its function, renamed
 * zk_<kind>_<hash of the text>. So every layer's q_proj kernel — same shapes,
 * format, ops, perturbed flags; different slot values — is compiled once per
 * process, and a 32-layer model compiles as many functions as a 1-layer one.
 * Constant tables are globals named by their contents, so they do not break
 * the equality of texts.
 *
 * One LLJIT per process (created on first use, never torn down: compiled
 * kernels stay callable for the life of the process) with the host's target
 * machine (CPU name and features detected). The C functions kernels call
 * (the RNG, libm, memset/memcpy that loop idioms become) are given to the JIT
 * as absolute symbols, so no symbol depends on what the dynamic linker kept;
 * a process search generator backs them up.
 *
 * Optimization: LLVM 14's new pass manager, "default<O3>", with loop and SLP
 * vectorization, and the host target machine for the cost model. Every
 * function carries target-cpu / target-features attributes for the host.
 *
 * Object cache (support/cache.h, kind "cpu": ~/.cache/zoc/cpu,
 * $ZOC_CPU_CACHE, off with ZOC_CPU_NO_CACHE=1): a module of new kernels is
 * compiled to a position-independent object file by the host target machine,
 * and the JIT links that object. The object is kept on disk under a key of
 * named parts — the module's text before optimization (as a digest), the
 * host's triple, CPU name and features, the LLVM version and the pipeline —
 * so the next process that needs the same kernels links the object instead
 * of running -O3 and the code generator again (seconds for a Llama). Hit or
 * miss, the JIT runs the same object bytes. Each object is linked under a
 * resource tracker of its own: a cached object LLVM cannot link or whose
 * kernels are not all found is removed from the JIT again, dropped from the
 * cache with a note naming its file, and the module compiled afresh.
 */
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <llvm-c/Analysis.h>
#include <llvm-c/Error.h>
#include <llvm-c/LLJIT.h>
#include <llvm-c/Orc.h>
#include <llvm-c/Target.h>
#include <llvm-c/TargetMachine.h>
#include <llvm-c/Transforms/PassBuilder.h>

#include "codegen/llvm/internal.h"
#include "codegen/llvm_rt.h"
#include "support/cache.h"

/* from LLVM's own headers: plain #defines, C as well */
#include <llvm/Config/llvm-config.h>

typedef struct CacheEntry {
  uint64_t hash;
  char *key;
  char *name;
  ZoKernelFn fn;
} CacheEntry;

static struct {
  pthread_mutex_t lock;
  bool init_done;
  bool init_ok;
  LLVMTargetMachineRef tm;
  char *triple, *cpu, *features, *layout;
  LLVMOrcLLJITRef jit;
  Vec(CacheEntry) cache;
  int modules;
  int disk_hits;   /* modules linked from the object cache */
} G = {.lock = PTHREAD_MUTEX_INITIALIZER};

static uint64_t fnv(const char *s) {
  uint64_t h = 1469598103934665603ull;
  for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211ull;
  return h;
}

static bool llvm_failed(LLVMErrorRef err, const char *what) {
  if (!err) return false;
  char *msg = LLVMGetErrorMessage(err);
  zo_env_error("LLVM", "%s: %s", what, msg);
  LLVMDisposeErrorMessage(msg);
  return true;
}

/* target machine for this host (lock held) */
static bool init_target(void) {
  if (G.init_done) return G.init_ok;
  G.init_done = true;
  if (LLVMInitializeNativeTarget() || LLVMInitializeNativeAsmPrinter()) {
    zo_env_error("LLVM", "no native target in this LLVM build");
    return false;
  }
  G.triple = LLVMGetDefaultTargetTriple();
  G.cpu = LLVMGetHostCPUName();
  G.features = LLVMGetHostCPUFeatures();
  LLVMTargetRef t;
  char *err = NULL;
  if (LLVMGetTargetFromTriple(G.triple, &t, &err)) {
    zo_env_error("LLVM", "target %s: %s", G.triple, err);
    LLVMDisposeMessage(err);
    return false;
  }
  /* position-independent, small code model: the objects it writes link at
     any address the JIT gives them */
  G.tm = LLVMCreateTargetMachine(t, G.triple, G.cpu, G.features, LLVMCodeGenLevelAggressive, LLVMRelocPIC,
                                 LLVMCodeModelSmall);
  LLVMTargetDataRef td = LLVMCreateTargetDataLayout(G.tm);
  G.layout = LLVMCopyStringRepOfTargetData(td);
  LLVMDisposeTargetData(td);
  G.init_ok = true;
  return true;
}

/* the functions kernels may call, by name */
typedef struct RtSym {
  const char *name;
  void *addr;
} RtSym;

static void rt_syms(RtSym *out, int *n) {
  int i = 0;
  out[i++] = (RtSym){"zo_rng_normal_c", (void *)zo_rng_normal_c};
  out[i++] = (RtSym){"zo_rng_normal_run_c", (void *)zo_rng_normal_run_c};
  out[i++] = (RtSym){"zo_lp_rows_c", (void *)zo_lp_rows_c};
  out[i++] = (RtSym){"zo_lp_cols_c", (void *)zo_lp_cols_c};
  out[i++] = (RtSym){"expf", (void *)expf};
  out[i++] = (RtSym){"exp", (void *)exp};
  out[i++] = (RtSym){"logf", (void *)logf};
  out[i++] = (RtSym){"log", (void *)log};
  out[i++] = (RtSym){"erff", (void *)erff};
  out[i++] = (RtSym){"erfcf", (void *)erfcf};
  out[i++] = (RtSym){"tanhf", (void *)tanhf};
  out[i++] = (RtSym){"sqrtf", (void *)sqrtf};
  out[i++] = (RtSym){"sqrt", (void *)sqrt};
  out[i++] = (RtSym){"cos", (void *)cos};
  out[i++] = (RtSym){"sin", (void *)sin};
  out[i++] = (RtSym){"cosf", (void *)cosf};
  out[i++] = (RtSym){"sinf", (void *)sinf};
  out[i++] = (RtSym){"pow", (void *)pow};
  out[i++] = (RtSym){"memset", (void *)memset};
  out[i++] = (RtSym){"memcpy", (void *)memcpy};
  out[i++] = (RtSym){"memmove", (void *)memmove};
  *n = i;
}

static bool init_jit(void) {
  if (G.jit) return true;
  if (!init_target()) return false;
  LLVMOrcJITTargetMachineBuilderRef jtmb;
  if (llvm_failed(LLVMOrcJITTargetMachineBuilderDetectHost(&jtmb), "detecting the host for the JIT")) return false;
  LLVMOrcLLJITBuilderRef b = LLVMOrcCreateLLJITBuilder();
  LLVMOrcLLJITBuilderSetJITTargetMachineBuilder(b, jtmb);
  if (llvm_failed(LLVMOrcCreateLLJIT(&G.jit, b), "creating the JIT")) {
    G.jit = NULL;
    return false;
  }
  LLVMOrcJITDylibRef jd = LLVMOrcLLJITGetMainJITDylib(G.jit);
  RtSym syms[32];
  int n;
  rt_syms(syms, &n);
  LLVMJITCSymbolMapPair pairs[32];
  for (int i = 0; i < n; i++) {
    pairs[i].Name = LLVMOrcLLJITMangleAndIntern(G.jit, syms[i].name);
    pairs[i].Sym.Address = (LLVMOrcExecutorAddress)(uintptr_t)syms[i].addr;
    pairs[i].Sym.Flags.GenericFlags = LLVMJITSymbolGenericFlagsExported | LLVMJITSymbolGenericFlagsCallable;
    pairs[i].Sym.Flags.TargetFlags = 0;
  }
  if (llvm_failed(LLVMOrcJITDylibDefine(jd, LLVMOrcAbsoluteSymbols(pairs, (size_t)n)), "defining the runtime symbols"))
    return false;
  LLVMOrcDefinitionGeneratorRef gen;
  if (!llvm_failed(LLVMOrcCreateDynamicLibrarySearchGeneratorForProcess(&gen, LLVMOrcLLJITGetGlobalPrefix(G.jit), NULL, NULL),
                   "searching the process for symbols"))
    LLVMOrcJITDylibAddGenerator(jd, gen);
  return true;
}

/* ---- emission with dedup */
typedef struct Emitted {
  int nfns;
  char **names;      /* per kernel: its function's name */
  bool *is_new;      /* per kernel: its function is defined in this module */
  ZoKernelFn *fns;   /* per kernel: already compiled (global cache) */
} Emitted;

/* The function's text without attribute group references (" #3"): their
 * numbers depend on what else the module holds, not on the function. */
static char *key_of(const char *text) {
  char *k = zo_xstrdup(text), *o = k;
  for (const char *p = text; *p;) {
    if (p[0] == ' ' && p[1] == '#' && p[2] >= '0' && p[2] <= '9') {
      const char *q = p + 2;
      while (*q >= '0' && *q <= '9') q++;
      if (*q == '\n' || *q == ' ' || *q == 0) {
        p = q;
        continue;
      }
    }
    *o++ = *p++;
  }
  *o = 0;
  return k;
}

static CacheEntry *cache_find(uint64_t h, const char *key) {
  for (int i = 0; i < G.cache.len; i++)
    if (G.cache.data[i].hash == h && strcmp(G.cache.data[i].key, key) == 0) return &G.cache.data[i];
  return NULL;
}

/* Emits every kernel of p into M. With use_cache, kernels compiled before by
 * this process are not emitted again. keys[g] gets each kernel's text. */
static void emit_all(ZoLlvmProgram *p, LLVMContextRef C, LLVMModuleRef M, bool use_cache, Emitted *out, char **keys) {
  Emit e = {0};
  ze_init_types(&e, C, M);
  out->names = zo_xcalloc((size_t)p->nkernels + 1, sizeof(char *));
  out->is_new = zo_xcalloc((size_t)p->nkernels + 1, sizeof(bool));
  out->fns = zo_xcalloc((size_t)p->nkernels + 1, sizeof(ZoKernelFn));
  for (int g = 0; g < p->nkernels; g++) {
    const KPlan *kp = p->kernels[g].impl;
    zk_emit(&e, kp, "zk_tmp");
    char *text = LLVMPrintValueToString(e.fn);
    keys[g] = key_of(text);
    LLVMDisposeMessage(text);
    uint64_t h = fnv(keys[g]);
    CacheEntry *c = use_cache ? cache_find(h, keys[g]) : NULL;
    int same = -1;
    for (int j = 0; j < g && same < 0; j++)
      if (strcmp(keys[j], keys[g]) == 0) same = j;
    if (c) {
      out->names[g] = zo_xstrdup(c->name);
      out->fns[g] = c->fn;
      LLVMDeleteFunction(e.fn);
    } else if (same >= 0) {
      out->names[g] = zo_xstrdup(out->names[same]);
      out->fns[g] = out->fns[same];
      LLVMDeleteFunction(e.fn);
    } else {
      char name[96];
      snprintf(name, sizeof name, "zk_%s_%016llx", p->kernels[g].kind, (unsigned long long)h);
      LLVMSetValueName2(e.fn, name, strlen(name));
      out->names[g] = zo_xstrdup(name);
      out->is_new[g] = true;
      out->nfns++;
    }
  }
}

static void free_emitted(Emitted *em, char **keys, int n) {
  for (int g = 0; g < n; g++) {
    free(em->names[g]);
    free(keys[g]);
  }
  free(em->names);
  free(em->is_new);
  free(em->fns);
}

static void set_target_attrs(LLVMModuleRef M) {
  LLVMContextRef C = LLVMGetModuleContext(M);
  for (LLVMValueRef f = LLVMGetFirstFunction(M); f; f = LLVMGetNextFunction(f)) {
    if (LLVMIsDeclaration(f)) continue;
    LLVMAddAttributeAtIndex(f, LLVMAttributeFunctionIndex, LLVMCreateStringAttribute(C, "target-cpu", 10, G.cpu, (unsigned)strlen(G.cpu)));
    LLVMAddAttributeAtIndex(f, LLVMAttributeFunctionIndex,
                            LLVMCreateStringAttribute(C, "target-features", 15, G.features, (unsigned)strlen(G.features)));
  }
}

/* verify, then -O3 for the host; false (with a message and the module saved) on failure */
static bool optimize(LLVMModuleRef M) {
  char *msg = NULL;
  if (LLVMVerifyModule(M, LLVMReturnStatusAction, &msg)) {
    /* a file of its own in $TMPDIR: LLVMPrintModuleToFile would follow a
       link planted at a guessable name */
    char path[1200];
    int fd = zo_tmp_file("zoc-bad-module", "ll", path, sizeof path);
    char *text = LLVMPrintModuleToString(M);
    size_t n = strlen(text);
    bool saved = fd >= 0 && write(fd, text, n) == (ssize_t)n;
    LLVMDisposeMessage(text);
    if (fd >= 0) close(fd);
    zo_internal_error(__FILE__, __LINE__, "the LLVM verifier rejects a generated kernel (module %s%s): %s",
                      saved ? "saved to " : "not saved", saved ? path : "", msg);
  }
  LLVMDisposeMessage(msg);
  set_target_attrs(M);
  LLVMPassBuilderOptionsRef o = LLVMCreatePassBuilderOptions();
  LLVMPassBuilderOptionsSetLoopVectorization(o, 1);
  LLVMPassBuilderOptionsSetSLPVectorization(o, 1);
  LLVMPassBuilderOptionsSetLoopUnrolling(o, 1);
  LLVMPassBuilderOptionsSetLoopInterleaving(o, 1);
  LLVMErrorRef err = LLVMRunPasses(M, "default<O3>", G.tm, o);
  LLVMDisposePassBuilderOptions(o);
  return !llvm_failed(err, "optimizing the kernels");
}

static LLVMModuleRef new_module(LLVMContextRef C) {
  LLVMModuleRef M = LLVMModuleCreateWithNameInContext("zoc_kernels", C);
  LLVMSetTarget(M, G.triple);
  LLVMSetDataLayout(M, G.layout);
  return M;
}

/* Links obj into the JIT under a tracker of its own and looks up every
 * kernel em defines anew (ORC links at the first lookup, so a bad object
 * shows here). true, or false with LLVM's message in *why (malloc'd) and
 * whatever the object defined removed again, so a fresh object can define
 * the same names. */
static bool link_object(const char *obj, size_t len, Emitted *em, int nkernels, char **why) {
  LLVMOrcResourceTrackerRef rt = LLVMOrcJITDylibCreateResourceTracker(LLVMOrcLLJITGetMainJITDylib(G.jit));
  /* the JIT owns the buffer from here, failure or not */
  LLVMMemoryBufferRef mb = LLVMCreateMemoryBufferWithMemoryRangeCopy(obj, len, "zoc_kernels.o");
  LLVMErrorRef err = LLVMOrcLLJITAddObjectFileWithRT(G.jit, rt, mb);
  for (int g = 0; g < nkernels && !err; g++) {
    if (!em->is_new[g]) continue;
    LLVMOrcExecutorAddress addr = 0;
    err = LLVMOrcLLJITLookup(G.jit, &addr, em->names[g]);
    em->fns[g] = (ZoKernelFn)(uintptr_t)addr;
  }
  if (err) {
    char *msg = LLVMGetErrorMessage(err);
    *why = zo_xstrdup(msg);
    LLVMDisposeErrorMessage(msg);
    for (int g = 0; g < nkernels; g++)
      if (em->is_new[g]) em->fns[g] = NULL;
    LLVMErrorRef gone = LLVMOrcResourceTrackerRemove(rt);
    if (gone) LLVMConsumeError(gone);
  }
  /* on success the object's code stays: a released tracker hands it to the JITDylib */
  LLVMOrcReleaseResourceTracker(rt);
  return !err;
}

static const ZoCache cpu_cache = {"cpu", "ZOC_CPU_CACHE", "ZOC_CPU_NO_CACHE"};

/* M's object file, from the cache or else -O3 + the code generator (then
 * cached), linked into the JIT; em's new kernels get their addresses. A
 * cached object LLVM cannot link (or that lacks a kernel) is dropped from
 * the cache with a note, and M compiled afresh. M is disposed. 0, or -1
 * after a message. */
static int add_object(LLVMModuleRef M, Emitted *em, int nkernels) {
  char *text = LLVMPrintModuleToString(M);
  ZoKey key;
  zo_key_init(&key);
  zo_key_add_part(&key, "ir", text);
  LLVMDisposeMessage(text);
  zo_key_add_part(&key, "triple", G.triple);
  zo_key_add_part(&key, "cpu", G.cpu);
  zo_key_add_part(&key, "features", G.features);
  zo_key_add_part(&key, "llvm", LLVM_VERSION_STRING);
  zo_key_add_part(&key, "pipeline", "default<O3> lv slp unroll interleave pic small");
  size_t len = 0;
  char *why = NULL;
  char *obj = zo_cache_get(&cpu_cache, &key, "o", &len);
  if (obj) {
    bool ok = link_object(obj, len, em, nkernels, &why);
    free(obj);
    if (ok) {
      G.disk_hits++;
      LLVMDisposeModule(M);
      zo_key_free(&key);
      return 0;
    }
    StrBuf sb = {0};
    zo_sb_printf(&sb, "LLVM cannot link the object it holds (%s)", why);
    zo_cache_drop(&cpu_cache, &key, "o", sb.buf);
    zo_sb_free(&sb);
    free(why);
    why = NULL;
  }
  int rc = -1;
  LLVMMemoryBufferRef mb = NULL;
  char *err = NULL;
  if (!optimize(M)) goto out;
  if (LLVMTargetMachineEmitToMemoryBuffer(G.tm, M, LLVMObjectFile, &err, &mb)) {
    zo_env_error("LLVM", "generating the kernels' machine code: %s", err ? err : "?");
    LLVMDisposeMessage(err);
    goto out;
  }
  len = LLVMGetBufferSize(mb);
  zo_cache_put(&cpu_cache, &key, "o", LLVMGetBufferStart(mb), len);
  if (!link_object(LLVMGetBufferStart(mb), len, em, nkernels, &why)) {
    zo_env_error("LLVM", "linking the kernels: %s", why);
    free(why);
  } else {
    rc = 0;
  }
  LLVMDisposeMemoryBuffer(mb);
out:
  LLVMDisposeModule(M);
  zo_key_free(&key);
  return rc;
}

int zo_llvm_jit(ZoLlvmProgram *p) {
  pthread_mutex_lock(&G.lock);
  int rc = -1;
  if (!init_jit()) goto out;
  LLVMOrcThreadSafeContextRef tsc = LLVMOrcCreateNewThreadSafeContext();
  LLVMContextRef C = LLVMOrcThreadSafeContextGetContext(tsc);
  LLVMModuleRef M = new_module(C);
  Emitted em = {0};
  char **keys = zo_xcalloc((size_t)p->nkernels + 1, sizeof(char *));
  emit_all(p, C, M, true, &em, keys);
  if (em.nfns > 0) {
    if (add_object(M, &em, p->nkernels) != 0) {
      LLVMOrcDisposeThreadSafeContext(tsc);
      free_emitted(&em, keys, p->nkernels);
      free(keys);
      goto out;
    }
    G.modules++;
    for (int g = 0; g < p->nkernels; g++) {
      if (!em.is_new[g]) continue;
      CacheEntry c = {.hash = fnv(keys[g]), .key = zo_xstrdup(keys[g]), .name = zo_xstrdup(em.names[g]), .fn = em.fns[g]};
      vec_push(&G.cache, c);
      for (int j = g + 1; j < p->nkernels; j++)
        if (!em.is_new[j] && strcmp(em.names[j], em.names[g]) == 0) em.fns[j] = em.fns[g];
    }
  } else {
    LLVMDisposeModule(M);
  }
  LLVMOrcDisposeThreadSafeContext(tsc);
  for (int g = 0; g < p->nkernels; g++) {
    ZO_ASSERT(em.fns[g]);
    p->kernels[g].fn = em.fns[g];
    p->kernels[g].name = zo_arena_strdup(&p->arena, em.names[g]);
  }
  free_emitted(&em, keys, p->nkernels);
  free(keys);
  rc = 0;
out:
  pthread_mutex_unlock(&G.lock);
  return rc;
}

int zo_llvm_test_rng(uint64_t seed, uint32_t stream, uint64_t first, int64_t count, float *out) {
  pthread_mutex_lock(&G.lock);
  int rc = -1;
  static int serial;
  if (!init_jit()) goto done;
  LLVMOrcThreadSafeContextRef tsc = LLVMOrcCreateNewThreadSafeContext();
  LLVMContextRef C = LLVMOrcThreadSafeContextGetContext(tsc);
  LLVMModuleRef M = new_module(C);
  Emit e = {0};
  ze_init_types(&e, C, M);
  char name[64];
  snprintf(name, sizeof name, "zo_test_rng_%d", serial++);
  /* a kernel with the usual signature: ints = {seed, stream, first, count}, ptrs[0] = out */
  ze_begin_kernel(&e, name);
  ze_rng_fill(&e, ze_int_arg(&e, 0, "seed"), ze_int_arg(&e, 1, "stream"), ze_int_arg(&e, 2, "first"), ze_int_arg(&e, 3, "count"),
              ze_ptr_arg(&e, 0, e.tf, "out"));
  ze_end_kernel(&e);
  if (!optimize(M)) {
    LLVMDisposeModule(M);
    LLVMOrcDisposeThreadSafeContext(tsc);
    goto done;
  }
  LLVMOrcThreadSafeModuleRef tsm = LLVMOrcCreateNewThreadSafeModule(M, tsc);
  LLVMOrcExecutorAddress addr = 0;
  if (!llvm_failed(LLVMOrcLLJITAddLLVMIRModule(G.jit, LLVMOrcLLJITGetMainJITDylib(G.jit), tsm), "adding the RNG test") &&
      !llvm_failed(LLVMOrcLLJITLookup(G.jit, &addr, name), "compiling the RNG test")) {
    ZoKernelFn fn = (ZoKernelFn)(uintptr_t)addr;
    void *ptrs[1] = {out};
    int64_t ints[4] = {(int64_t)seed, stream, (int64_t)first, count};
    fn(ptrs, ints, NULL, 0, 1, NULL);
    rc = 0;
  }
  LLVMOrcDisposeThreadSafeContext(tsc);
done:
  pthread_mutex_unlock(&G.lock);
  return rc;
}

int zo_llvm_cached_modules(void) {
  pthread_mutex_lock(&G.lock);
  int n = G.disk_hits;
  pthread_mutex_unlock(&G.lock);
  return n;
}

int zo_llvm_compiled_functions(void) {
  pthread_mutex_lock(&G.lock);
  int n = G.cache.len;
  pthread_mutex_unlock(&G.lock);
  return n;
}

int zo_llvm_print(ZoLlvmProgram *p, bool optimized, FILE *out) {
  pthread_mutex_lock(&G.lock);
  bool ok = init_target();
  pthread_mutex_unlock(&G.lock);
  if (!ok) return -1;
  LLVMContextRef C = LLVMContextCreate();
  LLVMModuleRef M = new_module(C);
  Emitted em = {0};
  char **keys = zo_xcalloc((size_t)p->nkernels + 1, sizeof(char *));
  emit_all(p, C, M, false, &em, keys);
  int rc = 0;
  if (optimized) {
    pthread_mutex_lock(&G.lock);
    ok = optimize(M);
    pthread_mutex_unlock(&G.lock);
    if (!ok) rc = -1;
  } else {
    char *msg = NULL;
    if (LLVMVerifyModule(M, LLVMReturnStatusAction, &msg)) ZO_BUG("generated kernel fails the verifier: %s", msg);
    LLVMDisposeMessage(msg);
  }
  if (rc == 0) {
    fprintf(out, "; zoc kernels of model '%s': %d kernels, %d distinct functions%s\n", p->f->name, p->nkernels, em.nfns,
            optimized ? " (after -O3 for this host)" : "");
    for (int g = 0; g < p->nkernels; g++) {
      const ZoKernel *k = &p->kernels[g];
      StrBuf sb = {0};
      zo_dim_print(&sb, k->items, (const char *const *)p->f->sym);
      fprintf(out, "; kernel %d: %s at %%%d%s%s -> @%s, parallel over %s %s\n", g, k->kind, k->anchor->id,
              k->anchor->name ? " ; " : "", k->anchor->name ? k->anchor->name : "", em.names[g], sb.buf, k->items_what);
      zo_sb_free(&sb);
    }
    char *text = LLVMPrintModuleToString(M);
    fputs(text, out);
    LLVMDisposeMessage(text);
  }
  free_emitted(&em, keys, p->nkernels);
  free(keys);
  LLVMDisposeModule(M);
  LLVMContextDispose(C);
  return rc;
}
