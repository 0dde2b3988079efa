/* cpuexec.c — the "cpu" backend (runtime/exec.h): LLVM-generated kernels
 * (codegen/llvm_gen.h) run in plan order over a pthread pool.
 *
 * open(): plans and JIT-compiles the kernels (identical kernels are compiled
 * once per process), starts threads-1 workers (the caller is thread 0).
 * forward(): re-plans memory when B or T changed (the Func's symbol sizes,
 * then zo_pass_memplan), keeps one 64-byte-aligned activation arena of
 * plan.arena_bytes (grown, never shrunk) and one scratch area per thread
 * (what they need checked first against what the machine has left:
 * support/memfit.h; a forward too large for it fails with that message),
 * copies the token ids in, runs every kernel with its argument slots resolved
 * for this call, and copies the logits out. With the target's profile=1
 * (`--target profile=1`) each kernel is timed and close() prints the time
 * per kernel function.
 *
 * Each kernel's items (rows, column blocks, batch·heads) are split into one
 * contiguous chunk per thread. No kernel's result for an item depends on
 * which call computed it, so the output is bit-identical for any thread
 * count.
 *
 * The pool: the caller publishes a job by bumping a generation counter;
 * workers spin briefly on it (kernels come back to back, microseconds apart)
 * and then sleep on a condition variable; the caller runs chunk 0 and waits
 * for a completion count.
 */
#ifdef ZOC_HAVE_LLVM

#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "codegen/llvm_gen.h"
#include "codegen/target.h"
#include "passes/passes.h"
#include "runtime/exec.h"
#include "support/memfit.h"

/* ---- the thread pool */
typedef struct Job {
  ZoKernelFn fn;
  void *const *ptrs;
  const int64_t *ints;
  const float *floats;
  int64_t items;
} Job;

typedef struct Pool {
  int n;
  pthread_t *th;
  pthread_mutex_t mu;
  pthread_cond_t go;
  _Atomic uint64_t gen;
  _Atomic int remaining;
  _Atomic bool quit;
  Job job;
  char **scratch;          /* per thread */
} Pool;

typedef struct Worker {
  Pool *pool;
  int id;
} Worker;

static void run_chunk(Pool *p, int t) {
  int64_t lo = p->job.items * t / p->n, hi = p->job.items * (t + 1) / p->n;
  if (lo < hi) p->job.fn(p->job.ptrs, p->job.ints, p->job.floats, lo, hi, p->scratch[t]);
}

static inline void cpu_relax(void) {
#if defined(__x86_64__) || defined(__i386__)
  __builtin_ia32_pause();
#endif
}

static void *worker_main(void *arg) {
  Worker *w = arg;
  Pool *p = w->pool;
  uint64_t seen = 0;
  for (;;) {
    uint64_t g;
    int spins = 0;
    while ((g = atomic_load_explicit(&p->gen, memory_order_acquire)) == seen && !atomic_load(&p->quit)) {
      if (++spins < 20000) {
        cpu_relax();
        continue;
      }
      pthread_mutex_lock(&p->mu);
      while (atomic_load(&p->gen) == seen && !atomic_load(&p->quit)) pthread_cond_wait(&p->go, &p->mu);
      pthread_mutex_unlock(&p->mu);
    }
    if (atomic_load(&p->quit)) break;
    seen = g;
    run_chunk(p, w->id);
    atomic_fetch_sub_explicit(&p->remaining, 1, memory_order_acq_rel);
  }
  free(w);
  return NULL;
}

static void pool_run(Pool *p, const Job *job) {
  p->job = *job;
  if (p->n == 1) {
    run_chunk(p, 0);
    return;
  }
  atomic_store_explicit(&p->remaining, p->n - 1, memory_order_relaxed);
  atomic_fetch_add_explicit(&p->gen, 1, memory_order_release);
  pthread_mutex_lock(&p->mu);
  pthread_cond_broadcast(&p->go);
  pthread_mutex_unlock(&p->mu);
  run_chunk(p, 0);
  int spins = 0;
  while (atomic_load_explicit(&p->remaining, memory_order_acquire) > 0) {
    if (++spins < 100000) cpu_relax();
    else sched_yield();
  }
}

static int pool_start(Pool *p, int n) {
  p->n = n;
  pthread_mutex_init(&p->mu, NULL);
  pthread_cond_init(&p->go, NULL);
  atomic_store(&p->gen, 0);
  atomic_store(&p->quit, false);
  p->scratch = zo_xcalloc((size_t)n, sizeof(char *));
  p->th = zo_xcalloc((size_t)n, sizeof(pthread_t));
  for (int t = 1; t < n; t++) {
    Worker *w = zo_xmalloc(sizeof *w);
    *w = (Worker){p, t};
    if (pthread_create(&p->th[t], NULL, worker_main, w) != 0) {
      free(w);
      zo_env_error("cpu backend", "cannot start thread %d of %d", t, n);
      p->n = t;
      return -1;
    }
  }
  return 0;
}

static void pool_stop(Pool *p) {
  atomic_store(&p->quit, true);
  pthread_mutex_lock(&p->mu);
  pthread_cond_broadcast(&p->go);
  pthread_mutex_unlock(&p->mu);
  for (int t = 1; t < p->n; t++) pthread_join(p->th[t], NULL);
  for (int t = 0; t < p->n; t++) free(p->scratch[t]);
  free(p->scratch);
  free(p->th);
  pthread_mutex_destroy(&p->mu);
  pthread_cond_destroy(&p->go);
}

/* ---- the backend */
typedef struct CpuState {
  Func *f;
  ZoLlvmProgram *prog;
  Pool pool;
  Value *input, *output;
  int sym_b, sym_t;
  int64_t planned_B, planned_T;
  char *arena;
  int64_t arena_cap;
  int64_t scratch_cap;
  int64_t peak;
  /* argument slots, resolved per call */
  void **ptrs;
  int64_t *ints;
  float *floats;
  int maxp, maxi, maxf;
  /* the target's profile=1: each kernel timed, summed by function, printed at close */
  bool profile;
  double *ktime;
  int64_t forwards;
} CpuState;

static void cpu_close(void *state) {
  CpuState *st = state;
  if (!st) return;
  if (st->profile && st->prog && st->forwards > 0) {
    fprintf(stderr, "zoc cpu profile: %lld forwards, ms per forward by kernel function\n", (long long)st->forwards);
    for (int g = 0; g < st->prog->nkernels; g++) {
      const ZoKernel *k = &st->prog->kernels[g];
      bool first = true;
      for (int j = 0; j < g; j++)
        if (st->prog->kernels[j].name == k->name || strcmp(st->prog->kernels[j].name, k->name) == 0) first = false;
      if (!first) continue;
      double t = 0;
      int uses = 0;
      for (int j = g; j < st->prog->nkernels; j++)
        if (strcmp(st->prog->kernels[j].name, k->name) == 0) {
          t += st->ktime[j];
          uses++;
        }
      fprintf(stderr, "  %9.3f ms  %3d x  %s\n", 1e3 * t / (double)st->forwards, uses, k->name);
    }
  }
  if (st->pool.n) pool_stop(&st->pool);
  zo_llvm_program_free(st->prog);
  free(st->arena);
  free(st->ptrs);
  free(st->ints);
  free(st->floats);
  free(st->ktime);
  free(st);
}

static void *cpu_open(Func *f, int threads, const ZoTarget *target) {
  CpuState *st = zo_xcalloc(1, sizeof *st);
  st->f = f;
  ModelIO io;
  if (zo_model_io(f, "cpu", &io) != 0) {
    cpu_close(st);
    return NULL;
  }
  st->input = io.input;
  st->output = io.output;
  st->sym_b = io.sym_b;
  st->sym_t = io.sym_t;
  if (!(st->prog = zo_llvm_plan(f)) || zo_llvm_jit(st->prog) != 0) {
    cpu_close(st);
    return NULL;
  }
  for (int g = 0; g < st->prog->nkernels; g++) {
    const ZoKernel *k = &st->prog->kernels[g];
    if (k->nptrs > st->maxp) st->maxp = k->nptrs;
    if (k->nints > st->maxi) st->maxi = k->nints;
    if (k->nfloats > st->maxf) st->maxf = k->nfloats;
  }
  st->ptrs = zo_xcalloc((size_t)st->maxp + 1, sizeof(void *));
  st->ints = zo_xcalloc((size_t)st->maxi + 1, sizeof(int64_t));
  st->floats = zo_xcalloc((size_t)st->maxf + 1, sizeof(float));
  st->ktime = zo_xcalloc((size_t)st->prog->nkernels + 1, sizeof(double));
  st->profile = target && target->profile;
  if (threads <= 0) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    threads = n > 0 ? (int)n : 1;
  }
  if (pool_start(&st->pool, threads) != 0) {
    cpu_close(st);
    return NULL;
  }
  return st;
}

/* memory for B, T: the plan, the arena, the scratch areas. The sizes are the
   user's (a batch, a data line's length): what they need is checked against
   what the machine has left before it is allocated. 0, or -1 after a message. */
static int replan(CpuState *st, int64_t B, int64_t T) {
  Func *f = st->f;
  /* the plan lives in the Func, which other states (an evaluation beside
     training) may have re-planned for their own sizes: check it, not only ours */
  if (st->planned_B == B && st->planned_T == T && f->plan.sym_vals[st->sym_b] == B && f->plan.sym_vals[st->sym_t] == T &&
      !f->plan.without_output && f->plan.hints_key == 0)
    return 0;
  st->planned_B = st->planned_T = 0;
  f->sym_default[st->sym_b] = B;
  f->sym_default[st->sym_t] = T;
  if (!zo_memplan(f, false)) return -1;
  int64_t need = 64;
  for (int g = 0; g < st->prog->nkernels; g++) {
    const ZoKernel *k = &st->prog->kernels[g];
    int64_t d = zo_dim_eval(k->scratch_dim, f->plan.sym_vals);
    int64_t s = zo_mem_add(k->scratch_fixed, zo_mem_mul(k->scratch_scale, d < 0 ? INT64_MAX : d));
    if (s > need) need = s;
  }
  need = zo_mem_add(zo_mem_add(need, 63) / 64 * 64, 64);   /* a vector read past the last element stays inside */
  bool grow_arena = f->plan.arena_bytes > st->arena_cap, grow_scratch = need > st->scratch_cap;
  if (!grow_arena && !grow_scratch) {
    st->planned_B = B;
    st->planned_T = T;
    return 0;
  }
  /* what is replaced is freed first, so the check counts it as free */
  if (grow_arena) {
    free(st->arena);
    st->arena = NULL;
    st->arena_cap = 0;
  }
  if (grow_scratch) {
    for (int t = 0; t < st->pool.n; t++) {
      free(st->pool.scratch[t]);
      st->pool.scratch[t] = NULL;
    }
    st->scratch_cap = 0;
  }
  int64_t add = zo_mem_add(grow_arena ? f->plan.arena_bytes : 0, grow_scratch ? zo_mem_mul(need, st->pool.n) : 0);
  char what[256], a[64], b[64];
  snprintf(what, sizeof what, "the cpu backend, a forward of B=%lld x T=%lld tokens (activations %s, scratch %d x %s)",
           (long long)B, (long long)T, zo_mem_str(a, sizeof a, f->plan.arena_bytes), st->pool.n, zo_mem_str(b, sizeof b, need));
  if (zo_mem_fit(what, add, "%s", ZO_FIT_FORWARD_FIX) != 0) return -1;
  if (grow_arena) {
    if (!(st->arena = zo_mem_alloc_aligned(f->plan.arena_bytes, "the cpu backend's activations"))) return -1;
    st->arena_cap = f->plan.arena_bytes;
  }
  if (grow_scratch) {
    for (int t = 0; t < st->pool.n; t++) {
      if (!(st->pool.scratch[t] = zo_mem_alloc_aligned(need, "the cpu backend's scratch"))) return -1;
      memset(st->pool.scratch[t], 0, (size_t)need);
    }
    st->scratch_cap = need;
  }
  st->planned_B = B;
  st->planned_T = T;
  return 0;
}

static char *buffer_of(CpuState *st, const Value *v) {
  ZO_ASSERT(v->buffer >= 0 && v->buffer < st->f->plan.nbuffers);
  return st->arena + st->f->plan.buffers[v->buffer].offset;
}

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static int cpu_forward(void *state, const int32_t *tokens, int64_t B, int64_t T, const Perturb *p, float *out) {
  CpuState *st = state;
  Func *f = st->f;
  if (zo_check_forward(f, st->input, tokens, B, T, p) != 0) return -1;
  bool pert = p && p->eps != 0;
  if (replan(st, B, T) != 0) return -1;
  const int64_t *syms = f->plan.sym_vals;
  memcpy(buffer_of(st, st->input), tokens, (size_t)(B * T) * sizeof(int32_t));
  for (int g = 0; g < st->prog->nkernels; g++) {
    const ZoKernel *k = &st->prog->kernels[g];
    for (int i = 0; i < k->nptrs; i++) {
      const ZoKArg *a = &k->ptrs[i];
      st->ptrs[i] = a->kind == ZO_KARG_BUFFER ? (void *)buffer_of(st, a->v) : (void *)a->v->w->data[a->storage];
    }
    for (int i = 0; i < k->nints; i++) {
      const ZoKArg *a = &k->ints[i];
      switch (a->kind) {
      case ZO_KARG_DIM: st->ints[i] = zo_dim_eval(a->dim, syms); break;
      case ZO_KARG_CONST: st->ints[i] = a->c; break;
      case ZO_KARG_SEED: st->ints[i] = pert ? (int64_t)p->seed : 0; break;
      case ZO_KARG_PERTURB: st->ints[i] = pert; break;
      case ZO_KARG_SPLIT_ROWS: st->ints[i] = pert ? p->split * zo_dim_eval(a->dim, syms) : 0; break;
      default: ZO_BUG("int slot of kind %d", a->kind);
      }
    }
    for (int i = 0; i < k->nfloats; i++) st->floats[i] = pert ? p->eps : 0.0f;
    Job job = {k->fn, st->ptrs, st->ints, st->floats, zo_dim_eval(k->items, syms)};
    double t0 = now();
    pool_run(&st->pool, &job);
    st->ktime[g] += now() - t0;
  }
  st->forwards++;
  int64_t n = 1;
  for (int d = 0; d < st->output->type.rank; d++) n *= zo_dim_eval(st->output->type.dims[d], syms);
  if (out) memcpy(out, buffer_of(st, st->output), (size_t)n * sizeof(float));
  int64_t peak = f->plan.arena_bytes + st->scratch_cap * st->pool.n;
  st->peak = peak;
  return 0;
}

/* positions [begin, end) of zo_logp_positions, as a pool job */
static void logp_chunk(void *const *ptrs, const int64_t *ints, const float *floats, int64_t begin, int64_t end,
                       void *scratch) {
  (void)floats;
  (void)scratch;
  int64_t V = ints[0];
  zo_logp_positions((const float *)ptrs[0] + begin * V, (const int32_t *)ptrs[1] + begin, end - begin, V,
                    (double *)ptrs[2] + begin, (uint8_t *)ptrs[3] + begin);
}

/* Backend.logp: the forward, then the log-probs from the logits where they
   are, the positions split over the pool (each one's result is the
   reference's: the same function on the same row) */
static int cpu_logp(void *state, const int32_t *tokens, const int32_t *targets, int64_t B, int64_t T, const Perturb *p,
                    double *lp, uint8_t *hit) {
  CpuState *st = state;
  int64_t V = zo_model_logits_vocab(st->f, "the log-probs");
  if (V < 0 || cpu_forward(state, tokens, B, T, p, NULL) != 0) return -1;
  void *ptrs[4] = {buffer_of(st, st->output), (void *)targets, lp, hit};
  Job job = {logp_chunk, ptrs, &V, NULL, B * T};
  pool_run(&st->pool, &job);
  return 0;
}

static int64_t cpu_peak_bytes(void *state) { return ((CpuState *)state)->peak; }

double zo_cpu_kernel_seconds(void *state, int group) {
  CpuState *st = state;
  ZO_ASSERT(group >= 0 && group < st->prog->nkernels);
  return st->ktime[group];
}

const ZoLlvmProgram *zo_cpu_program(void *state) { return ((CpuState *)state)->prog; }

const Backend zo_backend_cpu = {
  .name = "cpu",
  .open = cpu_open,
  .forward = cpu_forward,
  .peak_bytes = cpu_peak_bytes,
  .close = cpu_close,
  .logp = cpu_logp,
};

#endif /* ZOC_HAVE_LLVM */
