/* cuda/wgmma.c — the Hopper matmul (sm_90a, the target's matmul=wgmma):
 * its device helpers (shared-memory descriptors, the copy engine's tensor
 * maps and mbarriers, the m64n256k16 wgmma), X's f16 copy (the x16 launch),
 * and the GEMM's main loop, fed by the copy engine or by cp.async. The W
 * side (the dequant launch), the tile order, the signs and the epilogue are
 * the mma.sync path's (cuda/matmul.c, cuda/epilogue.c). Part of the CUDA
 * code generator (codegen/cuda/gen.c). */
#include "codegen/cuda/int.h"

#include "runtime/lowprec.h"

/* cp.async of 16 bytes (sm_80 on): the wgmma pipelines' operands, the tensor-core attention's key and value tiles */
void zo_cg_emit_cpa16(Gen *g) {
  if (zo_cg_seen(g, "zo_cpa16")) return;
  zo_sb_puts(&g->funcs, "// 16 bytes global -> shared without registers (zeros when !ok)\n"
                        "static __device__ __forceinline__ void zo_cpa16(unsigned dst, const void *src, bool ok) {\n"
                        "  asm volatile(\"cp.async.cg.shared.global [%0], [%1], 16, %2;\" :: \"r\"(dst), \"l\"(src), \"r\"(ok ? 16 : 0)); }\n");
}

/* the wgmma paths' device helpers, once (zo_sts64 and zo_sts128 served the
   register pipelines since removed: kept, so the source stays the same bytes) */
static void emit_wgmma_helpers(Gen *g) {
  if (zo_cg_seen(g, "zo_wgmma_n256")) return;
  zo_cg_emit_cpa16(g);
  StrBuf *f = &g->funcs;
  zo_sb_puts(f, "// wgmma (sm_90a): shared-memory descriptors (128-byte swizzle, 8-row groups 1024 bytes apart)\n"
                "static __device__ __forceinline__ zu64 zo_sdesc(unsigned addr) {\n"
                "  return (zu64)((addr & 0x3FFFFu) >> 4) | (1ull << 16) | ((zu64)(1024 >> 4) << 32) | (1ull << 62); }\n"
                "static __device__ __forceinline__ void zo_sts64(unsigned addr, unsigned x, unsigned y) {\n"
                "  asm volatile(\"st.shared.v2.u32 [%0], {%1, %2};\" :: \"r\"(addr), \"r\"(x), \"r\"(y)); }\n"
                "static __device__ __forceinline__ void zo_sts128(unsigned addr, zo_u4 v) {\n"
                "  asm volatile(\"st.shared.v4.u32 [%0], {%1, %2, %3, %4};\" :: \"r\"(addr), \"r\"(v.x), \"r\"(v.y), \"r\"(v.z), \"r\"(v.w)); }\n"
                "static __device__ __forceinline__ void zo_sts32(unsigned addr, float x) {\n"
                "  asm volatile(\"st.shared.f32 [%0], %1;\" :: \"r\"(addr), \"f\"(x)); }\n"
                "static __device__ __forceinline__ void zo_sts16(unsigned addr, unsigned short x) {\n"
                "  asm volatile(\"st.shared.u16 [%0], %1;\" :: \"r\"(addr), \"h\"(x)); }\n"
                "static __device__ __forceinline__ float zo_lds32(unsigned addr) {\n"
                "  float x; asm volatile(\"ld.shared.f32 %0, [%1];\" : \"=f\"(x) : \"r\"(addr)); return x; }\n"
                "static __device__ __forceinline__ zo_u4 zo_lds128(unsigned addr) {\n"
                "  zo_u4 v; asm volatile(\"ld.shared.v4.u32 {%0, %1, %2, %3}, [%4];\" : \"=r\"(v.x), \"=r\"(v.y), \"=r\"(v.z), \"=r\"(v.w) : \"r\"(addr)); return v; }\n"
                "// the copy engine (TMA): a tensor map passed by value (__grid_constant__), 2-D tiles into shared memory\n"
                "struct alignas(64) ZoTmap { zu64 v[16]; };\n"
                "static __device__ __forceinline__ void zo_tma2(unsigned dst, const ZoTmap *map, unsigned bar, int c0, int c1) {\n"
                "  asm volatile(\"cp.async.bulk.tensor.2d.shared::cluster.global.tile.mbarrier::complete_tx::bytes [%0], [%1, {%3, %4}], [%2];\"\n"
                "    :: \"r\"(dst), \"l\"(map), \"r\"(bar), \"r\"(c0), \"r\"(c1) : \"memory\"); }\n"
                "// mbarriers in shared memory: init, arrive, arrive announcing the bytes a copy will bring, wait for a phase\n"
                "static __device__ __forceinline__ void zo_mbar_init(unsigned bar, unsigned count) {\n"
                "  asm volatile(\"mbarrier.init.shared::cta.b64 [%0], %1;\" :: \"r\"(bar), \"r\"(count) : \"memory\"); }\n"
                "static __device__ __forceinline__ void zo_mbar_arrive(unsigned bar) {\n"
                "  asm volatile(\"mbarrier.arrive.shared::cta.b64 _, [%0];\" :: \"r\"(bar) : \"memory\"); }\n"
                "static __device__ __forceinline__ void zo_mbar_expect(unsigned bar, unsigned bytes) {\n"
                "  asm volatile(\"mbarrier.arrive.expect_tx.shared::cta.b64 _, [%0], %1;\" :: \"r\"(bar), \"r\"(bytes) : \"memory\"); }\n"
                "static __device__ __forceinline__ void zo_mbar_wait(unsigned bar, unsigned parity) {\n"
                "  unsigned done;\n"
                "  do asm volatile(\"{\\n.reg .pred p;\\nmbarrier.try_wait.parity.shared::cta.b64 p, [%1], %2;\\nselp.u32 %0, 1, 0, p;\\n}\"\n"
                "                 : \"=r\"(done) : \"r\"(bar), \"r\"(parity) : \"memory\");\n"
                "  while (!done); }\n"
                "// D[64][256] += A[64][16] B[256][16]^T, both K-major in shared memory\n"
                "static __device__ __forceinline__ void zo_wgmma_n256(float *d, zu64 da, zu64 db) {\n"
                "  asm volatile(\"{\\n.reg .pred p;\\nsetp.ne.b32 p, %130, 0;\\n\"\n"
                "    \"wgmma.mma_async.sync.aligned.m64n256k16.f32.f16.f16 {");
  for (int i = 0; i < 128; i++) zo_sb_printf(f, "%s%%%d", i ? ", " : "", i);
  zo_sb_puts(f, "}, %128, %129, p, 1, 1, 0, 0;\\n}\\n\"\n    : ");
  for (int i = 0; i < 128; i++) zo_sb_printf(f, "%s\"+f\"(d[%d])", i ? (i % 8 ? ", " : ",\n      ") : "", i);
  zo_sb_puts(f, "\n    : \"l\"(da), \"l\"(db), \"r\"(1)); }\n\n");
}

/* The 8-bit wgmma of a low-precision matmul (cuda/lowprec.c), once: the
 * same m64n256 tile from the same 128-byte swizzled rows, 32 k of one byte
 * an instruction: fp8 e4m3 with f32 accumulators, or int8 with s32 ones
 * (exact). Both operands K-major, as the f16 one's. */
static const char *wgmma8_fn(Gen *g, int kind) {
  const bool fp8 = kind == ZO_LP_FP8;
  const char *name = fp8 ? "zo_wgmma_n256_e4m3" : "zo_wgmma_n256_s8";
  if (zo_cg_seen(g, name)) return name;
  StrBuf *f = &g->funcs;
  zo_sb_printf(f,
               "// D[64][256] += A[64][32] B[256][32]^T, %s, both K-major in shared memory\n"
               "static __device__ __forceinline__ void %s(%s *d, zu64 da, zu64 db) {\n"
               "  asm volatile(\"{\\n.reg .pred p;\\nsetp.ne.b32 p, %%130, 0;\\n\"\n"
               "    \"wgmma.mma_async.sync.aligned.m64n256k32.%s {",
               fp8 ? "fp8 e4m3 into f32" : "int8 into s32", name, fp8 ? "float" : "int", fp8 ? "f32.e4m3.e4m3" : "s32.s8.s8");
  for (int i = 0; i < 128; i++) zo_sb_printf(f, "%s%%%d", i ? ", " : "", i);
  zo_sb_printf(f, "}, %%128, %%129, p%s;\\n}\\n\"\n    : ", fp8 ? ", 1, 1" : "");
  for (int i = 0; i < 128; i++) zo_sb_printf(f, "%s\"+%s\"(d[%d])", i ? (i % 8 ? ", " : ",\n      ") : "", fp8 ? "f" : "r", i);
  zo_sb_puts(f, "\n    : \"l\"(da), \"l\"(db), \"r\"(1)); }\n\n");
  return name;
}

/* X's f16 copy ([rows][K], K % 8 == 0) for the wgmma matmul to load like
 * W: what its producer stored as f16 (kplan.c's half_values: every X of the bundled
 * models), else a launch before the matmul makes it, unless the last such
 * launch made it of the same value (q, k and v read one normed x: it is
 * converted once). Returns the copy's slot. */
static int x16_launch(KB *k, const char *M, int64_t K, int xp) {
  Gen *g = k->g;
  if (k->lp) return zo_cg_lp_xq(k, M, K, xp, true);   /* a low-precision matmul's: X quantized per row (cuda/lowprec.c) */
  if (zo_cg_is_half(g, k->x)) return xp;   /* its producer stored it as f16 */
  int slot = zo_cg_add_ptr(k, (ZoCuArg){.kind = ZO_CU_X16});
  if (g->x16_last == k->x) return slot;
  g->x16_last = k->x;
  g->xq_last = NULL;   /* the scratch holds the f16 copy now */
  StrBuf d = {0};
  zo_sb_printf(&d,
               "  const zi64 e = (zi64)blockIdx.x * blockDim.x + threadIdx.x;   /* 8 elements each */\n"
               "  if (e >= %s * %lldLL) return;\n"
               "  const zo_f4 *x = (const zo_f4 *)a.p[%d] + 2 * e;\n"
               "  const zo_f4 v0 = x[0], v1 = x[1];\n"
               "  zo_u4 o; o.x = zo_pack_h2(v0.x, v0.y); o.y = zo_pack_h2(v0.z, v0.w); o.z = zo_pack_h2(v1.x, v1.y); o.w = zo_pack_h2(v1.z, v1.w);\n"
               "  ((zo_u4 *)a.p[%d])[e] = o;\n",
               M, (long long)(K / 8), xp, slot);
  k->x16 = zo_cg_pre_launch(k, &d, "x16", 0x7816ull, zo_cg_dmul(zo_value_rows(k->x), zo_dim_const(K / 8)));
  k->x16->x16_row = 16;
  return slot;
}

/* The main loop fed by the copy engine (TMA), S-1 tiles ahead: thread 0
 * issues a stage's two boxes once both warpgroups have released it (its
 * empty barrier), and everyone waits for its bytes (full). A step leaves its
 * wgmma group running while it waits for the previous one, then releases
 * that one's stage: no block-wide barrier in the loop. Tile number zg = zit
 * + kt runs in stage zg % S, whose barriers' phase zg / S it completes. The
 * launch's two tensor maps: X's f16 copy (slot x16) and W. */
static void wg_tma_loop(KB *k, int S, bool pair, int64_t K, int64_t N, int x16, int direct, bool wpert) {
  StrBuf *b = &k->b;
  const int bk = k->lp8 ? 2 * WG_BK : WG_BK;   /* k a tile: 128 bytes a row (one-byte codes: twice the f16 k) */
  zo_sb_printf(b,
               "    const zi64 nk = (K + %d) / %d;\n"
               "    const int zwr = (int)(%sn0 + (sp ? %sN : 0));   /* W's tile in the map: the - sign's rows after the + sign's */\n"
               "#define ZO_TMA(KT) { const unsigned zg = zit + (unsigned)(KT), zs = zg %% %d, sa = sbase + zs * %d; \\\n"
               "    if (zg >= %d) zo_mbar_wait(zempty + 8 * zs, (zg / %d + 1) & 1); \\\n"
               "    zo_mbar_expect(zfull + 8 * zs, %d); \\\n"
               "    zo_tma2(sa, &zt0, zfull + 8 * zs, (int)(KT) * %d, (int)m0); \\\n"
               "    zo_tma2(sa + %d, &zt1, zfull + 8 * zs, (int)(KT) * %d, zwr); }\n"
               "    if (tid == 0)\n"
               "      for (zi64 kt = 0; kt < %d && kt < nk; kt++) ZO_TMA(kt)\n"
               "    for (zi64 kt = 0; kt < nk; kt++) {\n"
               "      const unsigned zg = zit + (unsigned)kt, zs = zg %% %d;\n"
               "      zo_mbar_wait(zfull + 8 * zs, (zg / %d) & 1);\n"
               "      ZO_WGMMA(zs)\n"
               "      asm volatile(\"wgmma.wait_group.sync.aligned 1;\" ::: \"memory\");\n"
               "      if (kt > 0) zo_mbar_arrive(zempty + 8 * ((zg - 1) %% %d));\n"
               "      if (tid == 0 && kt + %d < nk) ZO_TMA(kt + %d)\n"
               "      __syncwarp();\n"
               "    }\n"
               "    asm volatile(\"wgmma.wait_group.sync.aligned 0;\" ::: \"memory\");\n"
               "    zo_mbar_arrive(zempty + 8 * ((zit + (unsigned)nk - 1) %% %d));\n"
               "    zit += (unsigned)nk;\n"
               "#undef ZO_TMA\n",
               bk - 1, bk, pair ? "2 * " : "", pair ? "2 * " : "", S, WG_STAGE, S, S, WG_STAGE, bk, WG_BM * WG_BK * 2, bk,
               S - 1, S, S, S, S - 1, S - 1, S);
  k->L->ntmaps = 2;   /* X's f16 rows; W's f16 [N][K] (dq_launch's slot: the weight itself when direct), both signs' when perturbed */
  k->L->tmaps[0] = (ZoCuTmap){.slot = x16, .rows = zo_value_rows(k->x), .cols = K, .box_rows = WG_BM, .bytes = k->lp8};
  k->L->tmaps[1] = (ZoCuTmap){.slot = k->dq_slot, .rows = zo_dim_const((wpert && direct < 0 ? 2 * N : N) * (pair ? 2 : 1)), .cols = K,
                                .box_rows = WG_BN, .bytes = k->lp8};
}

/* The main loop fed by cp.async from every thread (the target's tma=0),
 * one commit group a tile, D = S - 1 tiles ahead; the stage refilled is that
 * of the tile whose wgmma the last step waited for, behind a barrier a step. */
static void wg_cpasync_loop(KB *k, int S, int x16) {
  StrBuf *b = &k->b;
  const int D = S - 1;
  const int bk = k->lp8 ? 2 * WG_BK : WG_BK, pc = k->lp8 ? 16 : 8;   /* k a tile (128-byte rows) and a 16-byte piece */
  zo_sb_printf(b,
               "    const %s *X16 = (const %s *)a.p[%d];\n"
               "    const zi64 nk = (K + %d) / %d;\n"
               "#define ZO_ISSUE(KT) { if ((KT) < nk) { const unsigned sa = sbase + (unsigned)((KT) %% %d) * %d, sb = sa + %d; const zi64 kb = (zi64)(KT) * %d; \\\n"
               "    _Pragma(\"unroll\") for (int q = 0; q < 4; q++) { const int e = tid + q * 256, r = e >> 3, c = e & 7; \\\n"
               "      const zi64 m = m0 + r, kk = kb + c * %d; const bool ok = m < M && kk < K; \\\n"
               "      zo_cpa16(sa + r * 128 + (((c ^ r) & 7) << 4), ok ? (const void *)(X16 + m * K + kk) : (const void *)X16, ok); } \\\n"
               "    _Pragma(\"unroll\") for (int q = 0; q < 8; q++) { const int e = tid + q * 256, r = e >> 3, c = e & 7; \\\n"
               "      const zi64 n = n0 + r, kk = kb + c * %d; const bool ok = n < N && kk < K; \\\n"
               "      zo_cpa16(sb + r * 128 + (((c ^ r) & 7) << 4), ok ? (const void *)(W + n * K + kk) : (const void *)W, ok); } } \\\n"
               "    asm volatile(\"cp.async.commit_group;\" ::: \"memory\"); }\n"
               "    #pragma unroll\n"
               "    for (int st = 0; st < %d; st++) ZO_ISSUE(st)\n"
               "    asm volatile(\"cp.async.wait_group %d;\" ::: \"memory\");\n"
               "    asm volatile(\"fence.proxy.async.shared::cta;\" ::: \"memory\");\n"
               "    __syncthreads();\n"
               "    for (zi64 kt = 0; kt < nk; kt++) {\n"
               "      ZO_WGMMA((unsigned)(kt %% %d))\n"
               "      ZO_ISSUE(kt + %d)   /* into the stage of tile kt - %d: its wgmma is done (waited, barrier) */\n"
               "      asm volatile(\"wgmma.wait_group.sync.aligned 0;\" ::: \"memory\");\n"
               "      asm volatile(\"cp.async.wait_group %d;\" ::: \"memory\");\n"
               "      asm volatile(\"fence.proxy.async.shared::cta;\" ::: \"memory\");\n"
               "      __syncthreads();\n"
               "    }\n"
               "#undef ZO_ISSUE\n",
               zo_cg_w_type(k), zo_cg_w_type(k), x16, bk - 1, bk, S, WG_STAGE, WG_BM * WG_BK * 2, bk, pc, pc, D, D - 1, S, D, S - D, D - 1);
}

/* The Hopper matmul (sm_90a): wgmma.mma_async m64n256k16 reading both
 * operands from shared memory. A block of two warpgroups computes a 128x256
 * tile (each warpgroup 64 rows, 128 f32 accumulators a thread); k tiles of 64
 * lie in shared-memory stages laid out as the 128-byte swizzle wgmma's
 * descriptors name: row r of a tile at r*128 bytes, its 16-byte chunk c at
 * chunk c ^ (r % 8). The copy engine (TMA) fills 4 stages on mbarriers and
 * the epilogue goes through the freed stages (zo_cg_stage_plan); with the
 * target's tma=0 (a driver that cannot encode tensor maps) every thread
 * fills 3 stages by cp.async behind a barrier a k step. X is an f16 copy
 * (x16_launch), the operand pipelines that converted it from f32 through
 * registers measured slower and are gone (docs/gpu.md). The W side is
 * the same f16 [N][K] matrix the mma.sync path reads, so dequant and
 * perturbation are unchanged; the sign split and the epilogue are the
 * mma.sync path's. */
void zo_cg_emit_wgmma(KB *k, EwSet *s, const char *M, int64_t K, int64_t N, int xp, const char *dq, int direct, bool wpert) {
  Gen *g = k->g;
  StrBuf *b = &k->b;
  const bool tma = g->wgmma_tma;
  const int S = tma ? 4 : 3;   /* stages: 4 by the copy engine (3 measured slower: docs/gpu.md), 3 by cp.async */
  emit_wgmma_helpers(g);
  /* a matmul pair (k->pair == 2): a 256-row W tile is 128 columns of each
     matmul, interleaved 8 by 8 (dq_launch), so accumulator column block j
     (8 columns) holds the first's product for even j, the second's for odd:
     the output tile is 128 columns wide */
  const bool pair = k->pair == 2;
  const int bn = pair ? WG_BN / 2 : WG_BN;
  ZO_ASSERT(!pair || (tma && !k->ce));
  zo_cg_tc_head(k, M, K, N, xp, dq, direct, wpert, WG_BM, bn);
  zo_sb_puts(b,
             "  extern __shared__ unsigned char zwsm[];\n"
             "  const unsigned sraw = (unsigned)__cvta_generic_to_shared(zwsm), sbase = (sraw + 1023u) & ~1023u;\n"
             "  const int tid = threadIdx.x, wg = tid >> 7, warp = (tid >> 5) & 3, lane = tid & 31;\n");
  /* the epilogue's tiles in the stages' shared memory, or beyond them up to the 227 KB a block may have */
  const int64_t staged = tma ? zo_cg_stage_plan(k, s, N, WG_BM, bn, WG_SMEM_MAX - 1024 - 16 * S) : 0;
  ZO_ASSERT(!k->rope || (tma && k->staged == k->rope->arg[0]));   /* kplan.c's rope_matmuls chose only kernels that stage their product */
  const int64_t smem = staged > (int64_t)S * WG_STAGE ? (staged + 7) / 8 * 8 : (int64_t)S * WG_STAGE;
  if (tma)   /* a stage's mbarriers after that: full (the copy engine's bytes landed), empty (both warpgroups' wgmmas read it) */
    zo_sb_printf(b,
                 "  const unsigned zfull = sbase + %d, zempty = zfull + %d;\n"
                 "  if (tid == 0) {\n"
                 "    for (int st = 0; st < %d; st++) { zo_mbar_init(zfull + 8 * st, 1); zo_mbar_init(zempty + 8 * st, 256); }\n"
                 "    asm volatile(\"fence.mbarrier_init.release.cluster;\" ::: \"memory\");\n"
                 "  }\n"
                 "  __syncthreads();\n"
                 "  unsigned zit = 0;   /* k tiles this block ran before (a tile straddling the split runs twice) */\n",
                 (int)smem, 8 * S, S);
  zo_cg_tc_signs(k, WG_BM);
  const bool s32 = k->lp8 && g->lp == ZO_LP_INT8;   /* int8's accumulators: s32, exact */
  zo_sb_printf(b,
               "    %s d[128];\n"
               "    #pragma unroll\n"
               "    for (int i = 0; i < 128; i++) d[i] = %s;\n",
               s32 ? "int" : "float", s32 ? "0" : "0.0f");
  zo_sb_printf(b,
               "#define ZO_WGMMA(ST) { const unsigned sa = sbase + (ST) * %d, sb = sa + %d; \\\n"
               "    asm volatile(\"wgmma.fence.sync.aligned;\" ::: \"memory\"); \\\n"
               "    _Pragma(\"unroll\") for (int kk = 0; kk < 4; kk++) %s(d, zo_sdesc(sa + wg * 64 * 128 + kk * 32), zo_sdesc(sb + kk * 32)); \\\n"
               "    asm volatile(\"wgmma.commit_group.sync.aligned;\" ::: \"memory\"); }\n",
               WG_STAGE, WG_BM * WG_BK * 2, k->lp8 ? wgmma8_fn(g, g->lp) : "zo_wgmma_n256");
  /* X's f16 copy (x16_launch: its producer's f16 stores, or an x16 launch) and W */
  const int x16 = x16_launch(k, M, K, xp);
  if (tma) wg_tma_loop(k, S, pair, K, N, x16, direct, wpert);
  else wg_cpasync_loop(k, S, x16);
  /* (the last two lines undefine macros of pipelines since removed: kept, so the source stays the same bytes) */
  zo_sb_printf(b,
               "#undef ZO_WGMMA\n"
               "#undef ZO_STOREA\n"
               "#undef ZO_LOADA\n");
  const TcEpi e = {.outer = pair ? "    #pragma unroll\n"
                                   "    for (int j0 = 0; j0 < 16; j0 += 4) {   /* column blocks 2j (the pair's first) and 2j + 1 */\n"
                                 : "    #pragma unroll\n"
                                   "    for (int j0 = 0; j0 < 32; j0 += 4) {\n",
                   .inner = "      #pragma unroll\n"
                            "      for (int jj = 0; jj < 4; jj++)\n"
                            "        #pragma unroll\n"
                            "        for (int h = 0; h < 4; h++) {\n"
                            "          const int j = j0 + jj;\n"
                            "          const zi64 m = m0 + wg * 64 + warp * 16 + g + (h >= 2 ? 8 : 0), n = n0 + j * 8 + 2 * t + (h & 1);\n",
                   .acc = pair ? "d[4 * (2 * j + 1) + h]" : "d[4 * j + h]",
                   .pair_acc = pair ? "d[4 * (2 * j) + h]" : NULL,
                   .pre = "jj * 4 + h",
                   .ce = {.rows = 2, .lanes = 4, .slot = "(h >> 1)", .row = "m0 + wg * 64 + warp * 16 + g + 8 * r", .leader = "t == 0",
                          .base = "n0", .width = WG_BN},
                   .row0 = "(wg * 64 + warp * 16 + g)", .col0 = "(2 * t)", .drow = "(h >= 2 ? 8 : 0)", .dcol = "(j * 8 + (h & 1))"};
  zo_cg_tc_tail(k, s, &e, N, WG_BM, bn, 1);
  /* the stages, room to align the first to 1024 bytes, the mbarriers */
  k->L->smem_fixed = smem + 1024 + (tma ? 16 * S : 0);
}
