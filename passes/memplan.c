/* memplan.c — memory planning: every materialized activation gets a place in
 * one arena, places reused when lifetimes do not overlap.
 *
 * A value is materialized when it is an input or a kernel root (fuse.c). A
 * kernel runs at the position of its last member; a buffer lives from its
 * kernel's position to the latest kernel position that reads it (outputs to
 * the end). Sizes are monomials in B, T evaluated at the function's symbol
 * sizes (-D B=16 -D T=128; 1 when not given) and rounded up to 64 bytes.
 * Placement is greedy best-known: largest first, each at the lowest offset
 * free of every already-placed buffer whose lifetime overlaps. The plan also
 * reports the peak of live bytes, a lower bound no placement can beat.
 *
 * zo_memplan(f, true) plans without the first output: a backend whose last
 * kernel reduces the logits to a loss as it computes them (the CUDA fused
 * cross-entropy) never stores them. MemPlan.without_output says which plan
 * the Func holds. zo_memplan_hints also takes a backend's word on values it
 * stores in fewer bytes or not at all (MemHint; MemPlan.hints_key says
 * which hints a plan was made with, so backends sharing a Func can tell),
 * and on values an earlier kernel stores (MemHint.made_by: they live from
 * that kernel's position).
 *
 * Sizes are the user's: a buffer past ZO_MAX_TENSOR_BYTES, or buffers that
 * add up past 2^54 bytes, are reported at the op with the symbol sizes, and
 * the plan is not made (zo_memplan returns false; the backends, which plan
 * again at each new B and T, fail their forward with it). Whether a plan
 * fits this machine's memory is the backends' check (support/memfit.h). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "passes/passes.h"
#include "support/memfit.h"

/* what the buffers of one plan may add up to: 64 tensors of the largest, so
   no offset or sum placement makes can leave int64 */
#define ZO_MAX_ARENA_BYTES (ZO_MAX_TENSOR_BYTES << 6)

#define ALIGN 64

static int64_t round_up(int64_t x) { return (x + ALIGN - 1) / ALIGN * ALIGN; }

static int by_size_desc(const void *a, const void *b) {
  const Buffer *x = *(const Buffer *const *)a, *y = *(const Buffer *const *)b;
  if (x->size != y->size) return x->size < y->size ? 1 : -1;
  return x->first - y->first;
}

/* each storage within ZO_MAX_TENSOR_BYTES (lower.c checked), so the sum of
   the few of one weight stays far inside int64 */
static int64_t weight_bytes(const Value *v) {
  int64_t total = 0;
  for (int s = 0; s < v->w->nstorage; s++) {
    DType dt = v->type.fmt ? v->type.fmt->storage[s].dtype : v->type.dtype;
    int64_t n = (int64_t)zo_dtype_size(dt);
    for (int d = 0; d < v->w->rank[s]; d++) n *= v->w->shape[s][d];
    total += n;
  }
  return total;
}

/* "B=16, T=128": the symbol sizes a plan is made at */
static void sizes_str(const Func *f, const int64_t *vals, char *buf, size_t n) {
  size_t at = 0;
  buf[0] = 0;
  for (int i = 0; i < f->nsyms && at < n; i++)
    at += (size_t)snprintf(buf + at, n - at, "%s%s=%lld", i ? ", " : "", f->sym[i], (long long)vals[i]);
}

void zo_pass_memplan(Func *f) { zo_memplan(f, false); }

bool zo_memplan(Func *f, bool without_output) { return zo_memplan_hints(f, without_output, NULL, 0); }

uint64_t zo_memplan_hints_key(const MemHint *hints, int nhints) {
  uint64_t h = 0;
  for (int i = 0; i < nhints; i++) {   /* FNV-1a over (pointer, bytes, maker) */
    uint64_t x[3] = {(uint64_t)(uintptr_t)hints[i].v, (uint64_t)hints[i].elem_bytes, (uint64_t)(uintptr_t)hints[i].made_by};
    const unsigned char *c = (const unsigned char *)x;
    for (size_t j = 0; j < sizeof x; j++) h = ((h ? h : 0xcbf29ce484222325ull) ^ c[j]) * 0x100000001b3ull;
  }
  return h;
}

static int hinted(const MemHint *hints, int nhints, const Value *v) {
  for (int i = 0; i < nhints; i++)
    if (hints[i].v == v) return i;
  return -1;
}

bool zo_memplan_hints(Func *f, bool without_output, const MemHint *hints, int nhints) {
  Block *b = f->body;
  int n = b->vals.len;
  MemPlan *p = &f->plan;
  p->without_output = without_output;
  p->hints_key = zo_memplan_hints_key(hints, nhints);
  const Value *dropped = without_output && f->outputs.len ? f->outputs.data[0] : NULL;
  for (int i = 0; i < ZO_MAX_SYMS; i++) p->sym_vals[i] = i < f->nsyms ? f->sym_default[i] : 1;
  /* kernel positions */
  int *kpos = zo_xcalloc((size_t)f->ngroups + 1, sizeof(int));
  for (int i = 0; i < n; i++)
    if (b->vals.data[i]->group >= 0) kpos[b->vals.data[i]->group] = i;
  p->weight_bytes = 0;
  int64_t total = 0;   /* of the buffers: bounds every offset placement can make */
  Vec(Buffer) bufs = {0};
  for (int i = 0; i < n; i++) {
    Value *v = b->vals.data[i];
    v->buffer = -1;
    if (v->op == ZO_OP_WEIGHT) {
      p->weight_bytes = zo_mem_add(p->weight_bytes, weight_bytes(v));   /* a model of 4096 layers of huge weights may pass 2^63 */
      continue;
    }
    bool mat = v->op == ZO_OP_INPUT || (v->group >= 0 && v->group_root && v != dropped);
    const int hi = hinted(hints, nhints, v);
    if (!mat || v->type.rank < 0 || (hi >= 0 && hints[hi].elem_bytes == 0)) continue;
    Dim bytes = {.coef = hi >= 0 ? hints[hi].elem_bytes : (int64_t)zo_dtype_size(v->type.dtype)};
    bool ok = true;
    for (int d = 0; d < v->type.rank; d++) ok &= zo_dim_mul(bytes, v->type.dims[d], &bytes);
    Buffer buf = {.bytes = bytes, .value = v};
    int64_t sz = ok ? zo_dim_eval(bytes, p->sym_vals) : -1;
    total = zo_mem_add(total, sz < 0 || sz > ZO_MAX_TENSOR_BYTES ? INT64_MAX : round_up(sz));
    if (sz < 0 || sz > ZO_MAX_TENSOR_BYTES || total > ZO_MAX_ARENA_BYTES) {
      /* the user's sizes, not a bug: report at the op and plan nothing */
      char at[256];
      sizes_str(f, p->sym_vals, at, sizeof at);
      char subj[64] = "this input";
      if (v->op != ZO_OP_INPUT) snprintf(subj, sizeof subj, "this %s's result", zo_op_name(v->op));
      if (sz < 0 || sz > ZO_MAX_TENSOR_BYTES)
        zo_diag_error(v->loc, "at %s %s would take more than 2^48 bytes (256 TiB), the most zoc handles in one "
                      "tensor: use smaller sizes", at, subj);
      else
        zo_diag_error(v->loc, "at %s the activations up to this %s would take more than 2^54 bytes (16 PiB), the "
                      "most zoc plans: use smaller sizes", at, zo_op_name(v->op));
      vec_free(&bufs);
      free(kpos);
      return false;
    }
    buf.size = round_up(sz);
    const Value *maker = hi >= 0 && hints[hi].made_by ? hints[hi].made_by : v;
    buf.first = maker->group >= 0 ? kpos[maker->group] : i;
    buf.last = buf.first;
    v->buffer = bufs.len;
    vec_push(&bufs, buf);
  }
  /* lifetimes: the latest kernel that reads each buffer */
  for (int i = 0; i < n; i++) {
    Value *v = b->vals.data[i];
    int at = v->group >= 0 ? kpos[v->group] : i;
    for (int a = 0; a < v->narg; a++) {
      Value *u = v->arg[a];
      if (u->buffer >= 0 && bufs.data[u->buffer].last < at) bufs.data[u->buffer].last = at;
    }
  }
  for (int i = 0; i < f->outputs.len; i++)
    if (f->outputs.data[i]->buffer >= 0) bufs.data[f->outputs.data[i]->buffer].last = n;
  /* peak of live bytes */
  p->peak_live_bytes = 0;
  for (int t = 0; t <= n; t++) {
    int64_t live = 0;
    for (int i = 0; i < bufs.len; i++)
      if (bufs.data[i].first <= t && t <= bufs.data[i].last) live += bufs.data[i].size;
    if (live > p->peak_live_bytes) p->peak_live_bytes = live;
  }
  /* placement */
  Buffer **order = zo_xcalloc((size_t)bufs.len + 1, sizeof(Buffer *));
  for (int i = 0; i < bufs.len; i++) order[i] = &bufs.data[i];
  qsort(order, (size_t)bufs.len, sizeof *order, by_size_desc);
  p->arena_bytes = 0;
  for (int i = 0; i < bufs.len; i++) {
    Buffer *x = order[i];
    int64_t off = 0;
    for (bool moved = true; moved;) {
      moved = false;
      for (int j = 0; j < i; j++) {
        const Buffer *y = order[j];
        bool overlap_time = x->first <= y->last && y->first <= x->last;
        bool overlap_space = off < y->offset + y->size && y->offset < off + x->size;
        if (overlap_time && overlap_space) {
          off = y->offset + y->size;
          moved = true;
        }
      }
    }
    x->offset = off;
    if (off + x->size > p->arena_bytes) p->arena_bytes = off + x->size;
  }
  free(order);
  free(kpos);
  p->nbuffers = bufs.len;
  p->buffers = zo_arena_alloc(&f->arena, sizeof(Buffer) * (size_t)(bufs.len ? bufs.len : 1));
  for (int i = 0; i < bufs.len; i++) p->buffers[i] = bufs.data[i];
  vec_free(&bufs);
  return true;
}
