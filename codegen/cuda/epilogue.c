/* cuda/epilogue.c — the tensor-core matmuls' epilogue (both mma.sync and
 * wgmma): the group's elementwise members applied to each accumulator
 * element, the outside operands loaded ahead of the stores, the fused
 * cross-entropy's partials (KB.ce), the output staged through the freed
 * shared-memory stages and copied out in 16-byte pieces, or through rope
 * (KB.rope) with its angle table. A path describes its thread layout in a
 * TcEpi; zo_cg_tc_tail writes the rest. Part of the CUDA code generator
 * (codegen/cuda/gen.c). */
#include "codegen/cuda/int.h"
#include "runtime/ref.h"

#include <string.h>

/* whether row m of a tensor-core epilogue is this pass's (its sign's; a tile straddling the split runs
   once per sign) */
#define TC_ROW_MINE "(!wp || ((m >= zsrows) == (sp == 1)))"

/* `mine`: whether row m is this pass's (its sign's) */
void zo_cg_ce_begin(KB *k, const CeShape *c, const char *ind, const char *mine) {
  k->ce_slot = c->slot;
  k->ce_chunk = c->width;
  zo_sb_printf(&k->b,
               "%sfloat zcm[%d]; double zcs[%d]; int zca[%d], zcy[%d];   /* the cross-entropy's running partials */\n"
               "%s#pragma unroll\n"
               "%sfor (int r = 0; r < %d; r++) {\n"
               "%s  const zi64 m = %s;\n"
               "%s  zcm[r] = -ZO_INF; zcs[r] = 0.0; zca[r] = 0x7fffffff;\n"
               "%s  zcy[r] = m < M && %s ? ((const int *)a.p[%d])[m] : -1;   /* the target's column in this pass's rows */\n"
               "%s}\n",
               ind, c->rows, c->rows, c->rows, c->rows, ind, ind, c->rows, ind, c->row, ind, ind, mine, k->ce_tgt, ind);
}

void zo_cg_ce_end(KB *k, const CeShape *c, const char *ind, const char *mine, int64_t N) {
  zo_sb_printf(&k->b,
               "%s#pragma unroll\n"
               "%sfor (int r = 0; r < %d; r++) {\n"
               "%s  #pragma unroll\n"
               "%s  for (int o = 1; o < %d; o <<= 1)\n"
               "%s    zo_ce_merge(zcm[r], zca[r], zcs[r], __shfl_xor_sync(0xffffffffu, zcm[r], o), __shfl_xor_sync(0xffffffffu, zca[r], o),\n"
               "%s                __shfl_xor_sync(0xffffffffu, zcs[r], o));\n"
               "%s  const zi64 m = %s, zc0 = %s;\n"
               "%s  if (%s && m < M && zc0 < N && %s) {\n"
               "%s    ZoCuCe *q = (ZoCuCe *)a.p[%d] + m * %lldLL + zc0 / %lld;\n"
               "%s    q->m = zcm[r]; q->a = zca[r]; q->s = zcs[r];\n"
               "%s  }\n"
               "%s}\n",
               ind, ind, c->rows, ind, ind, c->lanes, ind, ind, ind, c->row, c->base, ind, c->leader, mine, ind, k->ce_part,
               (long long)((N + c->width - 1) / c->width), (long long)c->width, ind, ind, ind);
}

/* What the epilogue stages through the shared memory the main loop's stages
 * used, within `budget` bytes from sbase (k->ce: nothing): the output — the
 * last root stored as full [rows, N] rows, N a multiple of 8 (whole 16-byte
 * pieces at 16-byte boundaries) — as a bm x bn tile (rows padded by 16 bytes
 * against bank conflicts; k->staged, k->stage_pitch), then f32 operands of
 * full rows (the gate's output the up projection multiplies by), each read
 * into such a tile by cp.async, all of a thread's copies in flight at once,
 * instead of 16 scattered loads a chunk (k->opd_staged, k->opd_off). Returns
 * the bytes. */
int64_t zo_cg_stage_plan(KB *k, const EwSet *s, int64_t N, int bm, int bn, int64_t budget) {
  int64_t end = 0;
  k->staged = NULL;
  memset(k->opd_staged, 0, sizeof k->opd_staged);
  if (k->ce || N % 8 != 0) return 0;
  for (int i = s->mem.len - 1; i >= 0; i--) {
    const Mem *m = &s->mem.data[i];
    if (m->out < 0 || zo_dim_eq(zo_value_numel(m->v), zo_dim_const(1))) continue;
    const int64_t pitch = bn * (zo_cg_is_half(k->g, m->v) ? 2 : 4) + 16;
    if (pitch * bm <= budget) {
      k->staged = m->v;
      k->stage_pitch = pitch;
      end = pitch * bm;
    }
    break;
  }
  for (int i = 0; i < s->opd.len; i++) {
    const Opd *o = &s->opd.data[i];
    const int64_t bytes = (int64_t)bm * (bn * 4 + 16);
    if (!o->full || o->acc || o->v->type.dtype != ZO_DT_F32 || end + bytes > budget) continue;
    k->opd_staged[i] = true;
    k->opd_off[i] = end;
    end += bytes;
  }
  return end;
}

/* the staged tile to memory: 16 bytes a thread at a time, rows of this pass's
   sign inside the matrix; then the stages may be refilled (the copy engine
   writes through the async proxy: fenced after these generic accesses) */
static void stage_out(KB *k, const EwSet *s, int bm, int bn) {
  const Value *v = k->staged;
  const int es = zo_cg_is_half(k->g, v) ? 2 : 4, cpr = bn * es / 16;   /* 16-byte pieces a row */
  const int ptr = s->mem.data[zo_kew_member_index(&s->set, v)].out;
  zo_sb_printf(&k->b,
               "    __syncthreads();\n"
               "    #pragma unroll 4\n"
               "    for (int e = threadIdx.x; e < %d; e += blockDim.x) {\n"
               "      const int r = e / %d, c = e %% %d;\n"
               "      const zi64 m = m0 + r, n = n0 + c * %d;\n"
               "      if (m < M && n < N && " TC_ROW_MINE ")\n"
               "        *(zo_u4 *)((unsigned char *)a.p[%d] + (m * %s + n) * %d) = zo_lds128(sbase + (unsigned)(r * %lld + c * 16));\n"
               "    }\n"
               "    asm volatile(\"fence.proxy.async.shared::cta;\" ::: \"memory\");\n"
               "    __syncthreads();\n",
               bm * cpr, cpr, cpr, 16 / es, ptr, s->N, es, (long long)k->stage_pitch);
}

/* rope's angle table for rope r: [T][hd / 2] pairs (cos, sin), the rope
 * kernel's pow, cos and sin in double of each (position, pair) rounded to
 * f32, made by a
 * "ropetab" launch before the kernel unless the last such launch made the
 * same (theta, hd) table (the queries' and keys' of every layer share one);
 * its slot. */
static int rope_table(KB *k, const Value *r, int64_t hd) {
  Gen *g = k->g;
  Arena *ar = &g->p->arena;
  const int slot = zo_cg_add_ptr(k, (ZoCuArg){.kind = ZO_CU_ROPETAB});
  const char *theta = zo_cg_flit(ar, (double)(float)r->attr[1]);   /* a float in ref (zo_ref_rope takes float theta) */
  /* scaled frequencies (rope_matmuls leaves rotary_dim's ropes their own kernel): ref's, folded */
  const char *decl = "", *inv = NULL;
  const ZoRope rp = zo_ref_rope_attrs(r->attr);
  if (!zo_ref_rope_plain(&rp)) inv = zo_cg_rope_inv(k, r, hd, "i", &decl);
  const uint64_t key = zo_cg_fnv(decl, zo_cg_fnv(theta, 0x9e3779b97f4a7c15ull * (uint64_t)hd + 1));
  if (g->rtab_last == key) return slot;
  g->rtab_last = key;
  const Dim Td = r->type.dims[r->type.rank - 2];
  const long long half = hd / 2;
  StrBuf d = {0};
  zo_sb_puts(&d, decl);
  if (inv)
    zo_sb_printf(&d,
               "  const zi64 e = (zi64)blockIdx.x * blockDim.x + threadIdx.x;\n"
               "  if (e >= %s * %lldLL) return;\n"
               "  const zi64 t = e / %lldLL, i = e %% %lldLL;\n"
               "  const double inv_freq = %s;\n"
               "  const double an = (double)t * inv_freq;\n"
               "  zo_f2 cs; cs.x = (float)cos(an); cs.y = (float)sin(an);\n"
               "  ((zo_f2 *)a.p[%d])[e] = cs;\n",
               zo_cg_sz(k, Td), half, half, half, inv, slot);
  else
    zo_sb_printf(&d,
               "  const zi64 e = (zi64)blockIdx.x * blockDim.x + threadIdx.x;\n"
               "  if (e >= %s * %lldLL) return;\n"
               "  const zi64 t = e / %lldLL, i = e %% %lldLL;\n"
               "  const double inv_freq = pow((double)%s, -2.0 * (double)i / %lld.0);\n"
               "  const double an = (double)t * inv_freq;\n"
               "  zo_f2 cs; cs.x = (float)cos(an); cs.y = (float)sin(an);\n"
               "  ((zo_f2 *)a.p[%d])[e] = cs;\n",
               zo_cg_sz(k, Td), half, half, half, theta, (long long)hd, slot);
  k->rtab = zo_cg_pre_launch(k, &d, "ropetab", 0x707eull, zo_cg_dmul(Td, zo_dim_const(half)));
  return slot;
}

/* The staged product to memory through rope (k->rope, kplan.c's rope_matmuls): a
 * thread takes 8 pairs (i, i + hd/2) of one head of a row, both halves from
 * the tile (whole heads: hd divides bn), turns them by the angles of the
 * row's position (the table's cos and sin) and stores both 8-element
 * pieces, as f16 (scaled first when they are the tensor-core attention's
 * queries) when the rope's output is stored so. The turn is f32 arithmetic
 * on the f32 cos and sin (the rope kernel's is double): a few f32 ulps of
 * the pair's size, 2^-22 of it, where the f16 the attention reads is
 * rounded to 2^-11 and its f16 operands' rounding is what the tensor-core
 * path's tolerances are argued from; on every other path rope keeps its
 * kernel. */
static void rope_out(KB *k, const EwSet *s, int bm, int bn) {
  Gen *g = k->g;
  const Value *r = k->rope;
  const int64_t N = zo_value_last_dim(r).coef, hd = N / (int64_t)r->attr[0], half = hd / 2, hc = half / 8;
  const int cpr = bn / 16;   /* 8-pair pieces a tile row */
  const bool h16 = zo_cg_is_half(g, r);
  const Value *qatt = zo_cg_qscale_of(g, r);
  const int tab = rope_table(k, r, hd), ptr = s->mem.data[zo_kew_member_index(&s->set, k->staged)].out;
  const char *T = zo_cg_sz(k, r->type.dims[r->type.rank - 2]), *q = qatt ? "zqs * " : "";
  if (!zo_cg_seen(g, "zo_f2"))
    zo_sb_puts(&g->funcs, "struct alignas(8) zo_f2 { float x, y; };\n"
                          "static __device__ __forceinline__ void zo_lds8f(unsigned addr, float *x) {   /* 8 floats from shared memory */\n"
                          "  asm volatile(\"ld.shared.v4.f32 {%0, %1, %2, %3}, [%4];\" : \"=f\"(x[0]), \"=f\"(x[1]), \"=f\"(x[2]), \"=f\"(x[3]) : \"r\"(addr));\n"
                          "  asm volatile(\"ld.shared.v4.f32 {%0, %1, %2, %3}, [%4];\" : \"=f\"(x[4]), \"=f\"(x[5]), \"=f\"(x[6]), \"=f\"(x[7]) : \"r\"(addr + 16)); }\n"
                          "static __device__ __forceinline__ zo_f2 zo_ldg_f2(const zo_f2 *p) {   /* read-only: free to move above the stores */\n"
                          "  zo_f2 v; asm(\"ld.global.nc.v2.f32 {%0, %1}, [%2];\" : \"=f\"(v.x), \"=f\"(v.y) : \"l\"(p)); return v; }\n");
  StrBuf *b = &k->b;
  zo_sb_puts(b, "    __syncthreads();\n");
  if (qatt) zo_sb_printf(b, "    const float zqs = %s;\n", zo_cg_att_scale(k, qatt));
  /* no branch around an element: only its stores wait on whether its row is this pass's */
  zo_sb_printf(b,
               "    const unsigned zmt = (unsigned)(m0 %% %s), zT = (unsigned)%s;   /* the first row's position */\n"
               "    #pragma unroll 2\n"
               "    for (int e = threadIdx.x; e < %d; e += blockDim.x) {   /* rope: pairs (i, i + %lld) of a head, 8 a thread */\n"
               "      const int r = e / %d, c = e %% %d, i0 = (c %% %lld) * 8, c1 = (c / %lld) * %lld + i0;\n"
               "      const zi64 m = m0 + r, n = n0 + c1;\n"
               "      const bool ok = m < M && n < N && " TC_ROW_MINE ";\n"
               "      float x1[8], x2[8], y1[8], y2[8];\n"
               "      zo_lds8f(sbase + (unsigned)(r * %lld + c1 * 4), x1);\n"
               "      zo_lds8f(sbase + (unsigned)(r * %lld + (c1 + %lld) * 4), x2);\n"
               "      const zo_f2 *cs = (const zo_f2 *)a.p[%d] + (zi64)((zmt + (unsigned)r) %% zT) * %lldLL + i0;\n"
               "      #pragma unroll\n"
               "      for (int j = 0; j < 8; j++) {\n"
               "        const zo_f2 w = zo_ldg_f2(cs + j);   /* cos, sin */\n"
               "        y1[j] = %s(x1[j] * w.x - x2[j] * w.y);\n"
               "        y2[j] = %s(x2[j] * w.x + x1[j] * w.y);\n"
               "      }\n",
               T, T, bm * cpr, (long long)half, cpr, cpr, (long long)hc, (long long)hc, (long long)hd, (long long)k->stage_pitch,
               (long long)k->stage_pitch, (long long)half, tab, (long long)half, q, q);
  zo_sb_puts(b, "      if (!ok) continue;\n");
  if (h16)
    zo_sb_printf(b,
                 "      unsigned short *y = (unsigned short *)a.p[%d] + m * N + n;\n"
                 "      zo_u4 o;\n"
                 "      o.x = zo_pack_h2(y1[0], y1[1]); o.y = zo_pack_h2(y1[2], y1[3]); o.z = zo_pack_h2(y1[4], y1[5]); o.w = zo_pack_h2(y1[6], y1[7]);\n"
                 "      *(zo_u4 *)y = o;\n"
                 "      o.x = zo_pack_h2(y2[0], y2[1]); o.y = zo_pack_h2(y2[2], y2[3]); o.z = zo_pack_h2(y2[4], y2[5]); o.w = zo_pack_h2(y2[6], y2[7]);\n"
                 "      *(zo_u4 *)(y + %lld) = o;\n",
                 ptr, (long long)half);
  else
    zo_sb_printf(b,
                 "      float *y = (float *)a.p[%d] + m * N + n;\n"
                 "      #pragma unroll\n"
                 "      for (int j = 0; j < 8; j++) { y[j] = y1[j]; y[j + %lld] = y2[j]; }\n",
                 ptr, (long long)half);
  zo_sb_puts(b, "    }\n"
                "    asm volatile(\"fence.proxy.async.shared::cta;\" ::: \"memory\");\n"
                "    __syncthreads();\n");
}

/* The epilogue: per chunk, the outside operands' values loaded first into
 * zp<i>[pre] (a load after a store through a pointer that may alias cannot
 * move above it, so loaded next to their stores every element would cost a
 * memory round trip), then each element (m, n) — inside the matrix and of
 * this pass's sign — through the group's elementwise members; and the launch's shape */
void zo_cg_tc_tail(KB *k, EwSet *s, const TcEpi *e, int64_t N, int bm, int bn, int min_blocks) {
  StrBuf *b = &k->b;
  const char *ind = "          ", *close_inner = "        }\n";
  bool opd_staged = false;
  for (int i = 0; i < s->opd.len; i++) opd_staged |= k->opd_staged[i];
  if (k->staged || opd_staged)
    zo_sb_puts(b, "    __syncthreads();   /* every wgmma has read its stage: the stages take the epilogue's tiles */\n");
  if (k->staged) {
    const int es = zo_cg_is_half(k->g, k->staged) ? 2 : 4;
    const long long pitch = (long long)k->stage_pitch;
    zo_sb_printf(b, "    const unsigned zstg = sbase + (unsigned)(%s * %lld + %s * %d);\n", e->row0, pitch, e->col0, es);
    k->stage_at = zo_arena_printf(&k->g->p->arena, "zstg + (unsigned)(%s * %lld + %s * %d)", e->drow, pitch, e->dcol, es);
  }
  const long long opitch = bn * 4 + 16;
  for (int i = 0; i < s->opd.len; i++)
    if (k->opd_staged[i])
      zo_sb_printf(b,
                   "    #pragma unroll 8\n"
                   "    for (int e = threadIdx.x; e < %d; e += blockDim.x) {   /* operand %d's tile by cp.async (no registers: all in flight), zeros outside */\n"
                   "      const int r = e / %d, c = e %% %d;\n"
                   "      const zi64 m = m0 + r, n = n0 + c * 4;\n"
                   "      const bool ok = m < M && n < N;\n"
                   "      zo_cpa16(sbase + (unsigned)(%lld + r * %lld + c * 16), (const float *)a.p[%d] + (ok ? m * %s + n : 0), ok);\n"
                   "    }\n",
                   bm * bn / 4, i, bn / 4, bn / 4, (long long)k->opd_off[i], opitch, s->opd.data[i].ptr, s->N);
  if (opd_staged)
    zo_sb_puts(b, "    asm volatile(\"cp.async.wait_all;\" ::: \"memory\");\n"
                  "    __syncthreads();\n");
  for (int i = 0; i < s->opd.len; i++)
    if (k->opd_staged[i])
      zo_sb_printf(b, "    const unsigned zopd%d = sbase + (unsigned)(%lld + %s * %lld + %s * 4);\n", i, (long long)k->opd_off[i], e->row0,
                   opitch, e->col0);
  if (k->ce) zo_cg_ce_begin(k, &e->ce, "    ", TC_ROW_MINE);
  int loaded = 0;   /* operands loaded ahead (not the paired matmul's accumulators) */
  for (int i = 0; i < s->opd.len; i++) loaded += !s->opd.data[i].acc;
  /* elements outside the matrix or of the other sign are skipped, unless every store goes to the
     staged tile, whose copy out skips their rows: then no element branches (a branch each kept
     the tile's address out of registers: ~15 instructions an element, most of the epilogue) */
  bool guard = false;
  for (int i = 0; i < s->mem.len; i++) guard |= s->mem.data[i].out >= 0 && s->mem.data[i].v != k->staged;
  /* the cross-entropy's partials are stored for this pass's rows only, and its target logit is
     sought only there (zcy): only columns past N (zeros) must stay out of its sums */
  const bool col_guard = !guard && k->ce && N % bn != 0;
  /* with the fused cross-entropy, two passes over the tile: the rows' max first, then the sum
     of exp(x - max) (one pass rescales the sum, in double, whenever a lane's max grows: a
     divergent call most of a warp's elements wait on; the 7B's lm_head 3.2 ms, two passes 2.1) */
  for (int pass = 0; pass < (k->ce ? 2 : 1); pass++) {
    k->ce_pass = k->ce ? 1 + pass : 0;
    zo_sb_puts(b, e->outer);
    if (loaded > 0) {
      for (int i = 0; i < s->opd.len; i++)
        if (!s->opd.data[i].acc) zo_sb_printf(b, "      float zp%d[16];\n", i);
      zo_sb_puts(b, e->inner);
      zo_sb_printf(b, "%sconst bool zin = m < M && n < N;\n", ind);
      for (int i = 0; i < s->opd.len; i++)
        if (s->opd.data[i].acc) continue;
        else if (k->opd_staged[i])
          zo_sb_printf(b, "%szp%d[%s] = zo_lds32(zopd%d + (unsigned)(%s * %lld + %s * 4));\n", ind, i, e->pre, i, e->drow, opitch, e->dcol);
        else
          zo_sb_printf(b, "%szp%d[%s] = zin ? %s : 0.0f;\n", ind, i, e->pre, zo_cg_opd_load(k, s, &s->opd.data[i]));
      zo_sb_puts(b, close_inner);
    }
    zo_sb_puts(b, e->inner);
    if (guard)
      zo_sb_printf(b,
                   "%sif (m >= M || n >= N) continue;\n"
                   "%sif (!" TC_ROW_MINE ") continue;\n",
                   ind, ind);
    else if (col_guard)
      zo_sb_printf(b, "%sif (n >= N) continue;\n", ind);
    zo_sb_printf(b, "%sconst bool zneg = zpon && m >= zsrows; (void)zneg;\n", ind);
    k->ew_f32 = true;   /* the operands were rounded to f16: f32's few ulps are far below that, double's cost is not */
    k->pair_acc = e->pair_acc;
    zo_cg_emit_ew(k, s, k->lp ? zo_cg_lp_acc(k, e->acc) : e->acc, ind, loaded > 0 ? e->pre : NULL);   /* lp: · s_m t_n */
    k->ew_f32 = false;
    zo_sb_puts(b, close_inner);
    zo_sb_puts(b, "    }\n");
  }
  k->ce_pass = 0;
  if (k->staged && k->rope) rope_out(k, s, bm, bn);
  else if (k->staged) stage_out(k, s, bm, bn);
  else if (opd_staged)   /* the stages may be refilled: the copy engine writes through the async proxy */
    zo_sb_puts(b, "    asm volatile(\"fence.proxy.async.shared::cta;\" ::: \"memory\");\n"
                  "    __syncthreads();\n");
  k->staged = NULL;
  memset(k->opd_staged, 0, sizeof k->opd_staged);
  if (k->ce) zo_cg_ce_end(k, &e->ce, "    ", TC_ROW_MINE, N);
  zo_sb_puts(b, "  }\n");
  k->L->kind = "matmul";
  k->L->per_block = bm;
  k->L->gx = (N + bn - 1) / bn;
  k->L->threads = 256;
  k->L->min_blocks = min_blocks;
}
