/* cuda/matmul.c — matmul groups as CUDA C: the matmul with its elementwise
 * epilogue (zo_cg_plan_matmul), the launches before it (the zfills of its
 * perturbed storages' z, the dequant launch of the f16 W the tensor cores
 * read), what both tensor-core paths begin with (tile order, signs), the
 * mma.sync GEMM (the default off Hopper; cuda/wgmma.c has Hopper's), the f32
 * FMA matmul of the target's matmul=f32 with the dequant inside, and a
 * matmul pair's first (its dequant only). The tensor-core epilogue is
 * cuda/epilogue.c's. Part of the CUDA code generator (codegen/cuda/gen.c). */
#include "codegen/cuda/int.h"

#include <string.h>

/* ---- the launches before a matmul */

/* The z fills a matmul's perturbed storages need, by launches before it.
 * Consecutive kernels take disjoint regions of the z scratch until a window
 * of ZWIN_BYTES is full (zo_cuda_generate), and one zfill launch, made
 * before the window's first kernel, fills every region of the window (a
 * storage a block row, as many as its slots hold): a Llama's layer is 7
 * storages and 6.3 MB of QZO's scale z, so a launch or two a layer, not 7
 * (each a tiny kernel, its launch gap the larger cost). A window starts
 * again at offset 0 only after every kernel reading its regions ran. */
void zo_cg_add_zfills(Gen *g, KB *k) {
  const ZoCuLaunch *L = k->L;
  for (int i = 0; i < L->nptrs; i++) {
    const ZoCuArg *pa = &L->ptrs[i];
    if (pa->kind != ZO_CU_ZSCRATCH) continue;
    ZoCuLaunch *z = g->zwin >= 0 ? &g->p->launches[g->zwin] : NULL;
    if (!z || z->nptrs == ZO_CU_MAXP || z->nints + 2 > ZO_CU_MAXI) {
      g->zwin = g->p->nlaunches++;
      z = &g->p->launches[g->zwin];
      memset(z, 0, sizeof *z);
      z->group = -1;
      z->kind = "zfill";
      z->anchor = L->anchor;
      z->fn = "zk_zfill";
      z->nptrs = 1;
      z->ptrs[0] = (ZoCuArg){.kind = ZO_CU_RUN};
      z->work = zo_dim_const(0);
      z->per_block = 256;
      z->threads = 256;
      z->tile = 1;   /* grid.y: the storages */
      z->smem_dim = zo_dim_const(0);
    }
    int64_t ne = 1;
    const Weight *w = pa->v->w;
    for (int d = 0; d < w->rank[pa->storage]; d++) ne *= w->shape[pa->storage][d];
    z->ptrs[z->nptrs++] = *pa;
    z->ints[z->nints++] = (ZoCuArg){.kind = ZO_CU_CONST, .c = ne};
    z->ints[z->nints++] = (ZoCuArg){.kind = ZO_CU_CONST, .c = w->stream[pa->storage]};
    if ((ne + 1) / 2 > z->work.coef) z->work = zo_dim_const((ne + 1) / 2);   /* a thread a pair */
    z->tile_dim = zo_dim_const(z->nptrs - 1);
  }
}

/* ---- the tensor-core matmul (mma.sync) */

/* The tensor-core matmul: W is dequantized once per call (both signs when
 * perturbed) into an f16 [N][K] scratch by a dequant launch, then an
 * mma.sync m16n8k16 GEMM (f16 operands, f32 accumulation; X converted from
 * f32 as it is staged) runs 128x128 tiles with the epilogue fused. A tile
 * whose rows straddle the sign split runs once per sign. An unperturbed f16
 * matrix stored [N][K] (nn.Linear) is read directly. */
#define TC_BM 128
#define TC_BN 128
#define TC_BK 32
#define TC_MIN_BLOCKS 2   /* mma.sync blocks per SM asked of ptxas (__launch_bounds__) */

/* the f16 [N][K] matrix a tensor-core matmul reads: the weight itself when
 * `direct` (an unperturbed f16 nn.Linear), else the scratch a dequant launch
 * fills (both signs when perturbed); its pointer slot. A matmul pair's
 * (k->pair, kplan.c's pair_matmuls) two dequant launches fill one [2N][K] matrix a
 * sign, their rows interleaved 8 by 8: W row n of the first at row
 * (n / 8) * 16 + n % 8, of the second 8 rows after it. */
static int dq_launch(KB *k, int64_t K, int64_t N, const char *dq, int direct, bool wpert) {
  Gen *g = k->g;
  int wslot;
  if (direct >= 0) {
    wslot = direct;
  } else {
    ZO_ASSERT(!k->pair || N % 8 == 0);
    int64_t bytes = K * N * (k->lp8 ? 1 : 2) * (wpert ? 2 : 1) * (k->pair ? 2 : 1) + (k->lp ? zo_cg_lp_scale_bytes(K, N) : 0);   /* lp: the scales after W */
    if (!k->dq_bank) {   /* the kernels take the banks in turn (a pair's two dequants, one kernel: one bank) */
      k->dq_bank = 1 + g->dq_next;
      g->dq_next = (g->dq_next + 1) % g->dq_banks;
    }
    if (bytes > g->dqmax[k->dq_bank - 1]) g->dqmax[k->dq_bank - 1] = bytes;
    wslot = zo_cg_add_ptr(k, (ZoCuArg){.kind = ZO_CU_DQ, .c = k->dq_bank - 1});
    /* the dequant launch: the matmul's slots, its own body; NL lanes of a warp along n, KL along k,
       each thread NC columns NL apart: all their loads go out before any store (a store might alias
       them), so a thread has NC columns' dependent loads (the group's scale, zero, eps·z after the
       keys) in flight at once where one column a thread waited out two memory round trips each */
    const int NL = DQ_NL, KL = 32 / NL, NC = DQ_NC;
    /* 32-bit index arithmetic (the divisions by NG are much cheaper) when every element index of the scratch fits */
    const char *it = 4 * K * N < ((int64_t)1 << 31) ? "int" : "zi64";
    const char *row = !k->pair ? "n" : k->pair == 1 ? "((n >> 3) * 16 + (n & 7))" : "((n >> 3) * 16 + 8 + (n & 7))";
    const char *call = k->dqb[0] ? zo_arena_printf(&g->p->arena,
                                                   "  if (wp) %s(a, k0, n0, w, u);   /* both signs in one pass: what does not depend on the sign once */\n"
                                                   "  else %s(a, k0, n0, w, u);\n", k->dqb[1], k->dqb[0])
                                 : zo_arena_printf(&g->p->arena,
                                                   "  #pragma unroll\n"
                                                   "  for (int c = 0; c < %d; c++) {\n"
                                                   "    const %s n = n0 + c * %d;\n"
                                                   "    if (n >= N) break;\n"
                                                   "    if (wp) {   /* both signs in one pass: what does not depend on the sign is computed once */\n"
                                                   "      #pragma unroll\n"
                                                   "      for (int j = 0; j < 8; j++) { w[c][j] = %s(a, k0 + j, n, 1); u[c][j] = %s(a, k0 + j, n, 2); }\n"
                                                   "    } else {\n"
                                                   "      #pragma unroll\n"
                                                   "      for (int j = 0; j < 8; j++) w[c][j] = %s(a, k0 + j, n, 0);\n"
                                                   "    }\n"
                                                   "  }\n", NC, it, NL, dq, dq, dq);
    /* a low-precision matmul: its columns' maxima first (a launch of their own), then W' rounded to the grid */
    const int64_t trail = zo_cg_lp_trailer(k, K, N, wpert);
    if (k->lp) zo_cg_lp_wmax(k, K, N, wslot, trail, wpert, it, call);
    const char *lp = k->lp ? zo_cg_lp_round(k, K, N, wslot, trail, it) : "";
    StrBuf d = {0};
    zo_sb_printf(&d,
                 "  const ZoCuRun *zrun = (const ZoCuRun *)a.p[0];\n"
                 "  const int wp = %s;\n"
                 "  /* a warp covers %d x %d columns n x %d chunks of 8 k: its 16-byte stores fill %d-byte pieces of rows W[n][*] */\n"
                 "  const %s N = %lld, K = %lld, NG = (N + %d) / %d, wi = (%s)(((zi64)blockIdx.x * blockDim.x + threadIdx.x) >> 5);\n"
                 "  const int lane = threadIdx.x & 31;\n"
                 "  const %s n0 = (wi %% NG) * %d + lane / %d, kc = (wi / NG) * %d + lane %% %d;\n"
                 "  if (n0 >= N || kc >= K / 8) return;\n"
                 "  const %s k0 = kc * 8;\n"
                 "  float w[%d][8], u[%d][8];\n"
                 "%s%s",
                 wpert ? "zrun->pert" : "0", NL, NC, KL, KL * 16, it, (long long)N, (long long)K, NL * NC - 1, NL * NC, it, it, NL * NC, KL, KL,
                 KL, it, NC, NC, call, lp);
    if (k->lp8)   /* the 8-bit tensor cores' operand: one-byte codes */
      zo_cg_lp_store8(k, &d, wslot, it);
    else
      zo_sb_printf(&d,
                   "  #pragma unroll\n"
                   "  for (int c = 0; c < %d; c++) {\n"
                   "    const %s n = n0 + c * %d;\n"
                   "    if (n >= N) break;\n"
                   "    unsigned short *D = (unsigned short *)a.p[%d] + %s * K + k0;\n"
                   "    zo_u4 v; v.x = zo_pack_h2(w[c][0], w[c][1]); v.y = zo_pack_h2(w[c][2], w[c][3]); v.z = zo_pack_h2(w[c][4], w[c][5]); v.w = zo_pack_h2(w[c][6], w[c][7]);\n"
                   "    *(zo_u4 *)D = v;\n"
                   "    if (wp) {\n"
                   "      v.x = zo_pack_h2(u[c][0], u[c][1]); v.y = zo_pack_h2(u[c][2], u[c][3]); v.z = zo_pack_h2(u[c][4], u[c][5]); v.w = zo_pack_h2(u[c][6], u[c][7]);\n"
                   "      *(zo_u4 *)(D + %sN * K) = v;\n"
                   "    }\n"
                   "  }\n",
                   NC, it, NL, wslot, row, k->pair ? "2 * " : "");
    /* whole warps: see the mapping above */
    k->dq = zo_cg_pre_launch(k, &d, "dequant", 0x12345ull, zo_dim_const((N + NL * NC - 1) / (NL * NC) * ((K / 8 + KL - 1) / KL) * 32));
  }
  k->dq_slot = wslot;
  return wslot;
}

/* m0, n0 of tile zb of a grid of gx column tiles by gy row tiles, taken in
   groups of TC_GROUP_M row tiles, column by column */
#define TC_GROUP_M 8
static void tc_tile(KB *k, const char *zb, const char *gx, const char *gy, int bm, int bn, const char *ind) {
  const int G = TC_GROUP_M;
  zo_sb_printf(&k->b,
               "%s{   /* tile (mt, nt) of the linear block index, in groups of %d row tiles */\n"
               "%s  const unsigned zb = %s, zin = %du * %s, zf = zb / zin * %du;   /* 32-bit: 64-bit division is a call */\n"
               "%s  const unsigned zgs = %s - zf < %du ? %s - zf : %du;\n"
               "%s  m0 = (zi64)(zf + zb %% zin %% zgs) * %d; n0 = (zi64)(zb %% zin / zgs) * %d;\n"
               "%s}\n",
               ind, G, ind, zb, G, gx, G, ind, gy, G, gy, G, ind, bm, bn, ind);
}

/* what both tensor-core matmuls begin with: the W matrix (dequant launch),
 * the run block, the sizes, the operands and the block's tile origin. Blocks
 * take tiles in groups of TC_GROUP_M row tiles, column by column (blocks run
 * roughly in order of their linear index), so the blocks in flight share few
 * W columns and few X rows and re-read them from L2, not memory: row by row,
 * every wave of the lm_head's 4000 tiles would stream all 262 MB of its W
 * (groups of 1 and 16 measured slower: docs/gpu.md). */
void zo_cg_tc_head(KB *k, const char *M, int64_t K, int64_t N, int xp, const char *dq, int direct, bool wpert, int bm,
                    int bn) {
  int wslot = dq_launch(k, K, N, dq, direct, wpert);
  zo_cg_emit_run(k, M);
  zo_sb_printf(&k->b,
               "  const zi64 M = %s, N = %lldLL, K = %lldLL;\n"
               "  const float *X = (const float *)a.p[%d];\n"
               "  const %s *Wb = (const %s *)a.p[%d];\n"
               "  const int wp = %s;\n"
               "  zi64 m0, n0;\n",
               M, (long long)N, (long long)K, xp, zo_cg_w_type(k), zo_cg_w_type(k), wslot, wpert ? "zpon" : "0");
  if (k->lp) zo_cg_lp_head(k, K, N, wpert);
  tc_tile(k, "blockIdx.y * gridDim.x + blockIdx.x", "gridDim.x", "gridDim.y", bm, bn, "  ");
}

/* the loop over the signs a tile's rows need (a tile straddling the split runs twice) */
void zo_cg_tc_signs(KB *k, int bm) {
  zo_sb_printf(&k->b,
               "  const int g = lane >> 2, t = lane & 3;\n"
               "  const bool hp = !wp || m0 < zsrows, hm = wp && m0 + %d > zsrows;\n"
               "  for (int sp = 0; sp < 2; sp++) {\n"
               "    if ((sp == 0 && !hp) || (sp == 1 && !hm)) continue;\n"
               "    const %s *W = Wb + (sp ? N * K : 0);\n",
               bm, zo_cg_w_type(k));
}

static void emit_mma(KB *k, EwSet *s, const char *M, int64_t K, int64_t N, int xp, const char *dq, int direct, bool wpert) {
  StrBuf *b = &k->b;
  if (k->lp) xp = zo_cg_lp_xq(k, M, K, xp, false);   /* X's quantized rows, as f32 values the staging converts exactly */
  zo_cg_tc_head(k, M, K, N, xp, dq, direct, wpert, TC_BM, TC_BN);
  zo_sb_printf(b,
               "  __shared__ __attribute__((aligned(16))) unsigned short As[2][%d][%d], Bs[2][%d][%d];\n"
               "  const int tid = threadIdx.x, lane = tid & 31, warp = tid >> 5, wm = warp >> 2, wn = warp & 3;\n",
               TC_BM, TC_BK + 8, TC_BN, TC_BK + 8);
  zo_cg_tc_signs(k, TC_BM);
  zo_sb_printf(b,
               "    float acc[4][4][4];\n"
               "    #pragma unroll\n"
               "    for (int i = 0; i < 4; i++)\n"
               "      #pragma unroll\n"
               "      for (int j = 0; j < 4; j++)\n"
               "        #pragma unroll\n"
               "        for (int h = 0; h < 4; h++) acc[i][j][h] = 0.0f;\n"
               "    /* the next tile's global loads are issued before this tile's mma (registers), so\n"
               "       their latency hides behind the arithmetic */\n"
               "    zo_f4 xr[%d]; zo_u4 wr[%d];\n"
               "#define ZO_LOADG(K0) \\\n"
               "    _Pragma(\"unroll\") for (int q = 0; q < %d; q++) { const int e = tid + q * 256, r = e >> 3, c4 = (e & 7) * 4; \\\n"
               "      const zi64 m = m0 + r, kk = (K0) + c4; \\\n"
               "      if (m < M && kk < K) xr[q] = *(const zo_f4 *)(X + m * K + kk); else xr[q].x = xr[q].y = xr[q].z = xr[q].w = 0.0f; } \\\n"
               "    _Pragma(\"unroll\") for (int q = 0; q < %d; q++) { const int e = tid + q * 256, r = e >> 2, c8 = (e & 3) * 8; \\\n"
               "      const zi64 n = n0 + r, kk = (K0) + c8; \\\n"
               "      if (n < N && kk < K) wr[q] = *(const zo_u4 *)(W + n * K + kk); else wr[q].x = wr[q].y = wr[q].z = wr[q].w = 0u; }\n"
               "#define ZO_STORES(BUF) \\\n"
               "    _Pragma(\"unroll\") for (int q = 0; q < %d; q++) { const int e = tid + q * 256, r = e >> 3, c4 = (e & 7) * 4; \\\n"
               "      *(unsigned *)&As[BUF][r][c4] = zo_pack_h2(xr[q].x, xr[q].y); *(unsigned *)&As[BUF][r][c4 + 2] = zo_pack_h2(xr[q].z, xr[q].w); } \\\n"
               "    _Pragma(\"unroll\") for (int q = 0; q < %d; q++) { const int e = tid + q * 256, r = e >> 2, c8 = (e & 3) * 8; *(zo_u4 *)&Bs[BUF][r][c8] = wr[q]; }\n"
               "    /* two shared-memory stages: one barrier per k tile */\n"
               "    ZO_LOADG(0)\n"
               "    ZO_STORES(0)\n"
               "    __syncthreads();\n"
               "    int cur = 0;\n"
               "    for (zi64 k0 = 0; k0 < K; k0 += %d) {\n"
               "      const bool more = k0 + %d < K;\n"
               "      if (more) { ZO_LOADG(k0 + %d) }\n"
               "      #pragma unroll\n"
               "      for (int kk = 0; kk < %d; kk += 16) {\n"
               "        unsigned af[4][4], bf[4][2];\n"
               "        #pragma unroll\n"
               "        for (int i = 0; i < 4; i++) zo_ldsm4(af[i], &As[cur][wm * 64 + i * 16 + (lane & 15)][kk + (lane >> 4) * 8]);\n"
               "        #pragma unroll\n"
               "        for (int j = 0; j < 4; j += 2) {\n"
               "          unsigned r4[4];\n"
               "          zo_ldsm4(r4, &Bs[cur][wn * 32 + j * 8 + (lane & 7) + ((lane >> 4) << 3)][kk + ((lane >> 3) & 1) * 8]);\n"
               "          bf[j][0] = r4[0]; bf[j][1] = r4[1]; bf[j + 1][0] = r4[2]; bf[j + 1][1] = r4[3];\n"
               "        }\n"
               "        #pragma unroll\n"
               "        for (int i = 0; i < 4; i++)\n"
               "          #pragma unroll\n"
               "          for (int j = 0; j < 4; j++) zo_mma(acc[i][j], af[i], bf[j]);\n"
               "      }\n"
               "      if (more) { ZO_STORES(cur ^ 1) }\n"
               "      __syncthreads();\n"
               "      cur ^= 1;\n"
               "    }\n"
               "#undef ZO_STORES\n"
               "#undef ZO_LOADG\n",
               TC_BM * TC_BK / 1024, TC_BN * TC_BK / 2048, TC_BM * TC_BK / 1024, TC_BN * TC_BK / 2048,
               TC_BM * TC_BK / 1024, TC_BN * TC_BK / 2048, TC_BK, TC_BK, TC_BK, TC_BK);
  /* 2 blocks: <= 128 registers, 16 warps per SM to hide latency (TC_MIN_BLOCKS) */
  const TcEpi e = {.outer = "    #pragma unroll\n"
                            "    for (int i = 0; i < 4; i++) {\n",
                   .inner = "      #pragma unroll\n"
                            "      for (int j = 0; j < 4; j++)\n"
                            "        #pragma unroll\n"
                            "        for (int h = 0; h < 4; h++) {\n"
                            "          const zi64 m = m0 + wm * 64 + i * 16 + g + (h >= 2 ? 8 : 0), n = n0 + wn * 32 + j * 8 + 2 * t + (h & 1);\n",
                   .acc = "acc[i][j][h]",
                   .pre = "j * 4 + h",
                   .ce = {.rows = 8, .lanes = 4, .slot = "(i * 2 + (h >> 1))", .row = "m0 + wm * 64 + (r >> 1) * 16 + g + 8 * (r & 1)",
                          .leader = "t == 0", .base = "n0 + wn * 32", .width = 32}};
  zo_cg_tc_tail(k, s, &e, N, TC_BM, TC_BN, TC_MIN_BLOCKS);
}

/* ---- the f32 matmul (the target's matmul=f32, or K not a multiple of 8):
 * 64x64 tiles of f32 FMA, W's dequant function called per element as the
 * tile is staged, both signs' W tiles when the block's rows straddle the
 * split */
#define MM_BM 64
#define MM_BN 64
#define MM_BK 16
static void emit_simt(KB *k, EwSet *s, const char *M, int64_t K, int64_t N, int xp, const char *dq, bool wpert) {
  StrBuf *b = &k->b;
  zo_cg_emit_run(k, M);
  zo_sb_printf(b, "  const zi64 M = %s, N = %lldLL, K = %lldLL;\n", M, (long long)N, (long long)K);
  zo_sb_printf(b, "  const float *X = (const float *)a.p[%d];\n", xp);
  zo_sb_printf(b, "  const zi64 m0 = (zi64)blockIdx.y * %d, n0 = (zi64)blockIdx.x * %d;\n", MM_BM, MM_BN);
  zo_sb_printf(b, "  const int wp = %s;\n", wpert ? "zpon" : "0");
  zo_sb_printf(b,
               "  const bool hp = !wp || m0 < zsrows, hm = wp && m0 + %d > zsrows;\n"
               "  __shared__ float Xs[%d][%d];\n"
               "  __shared__ float Ws[2][%d][%d];\n"
               "  const int tid = threadIdx.x, tx = tid %% 16, ty = tid / 16;\n"
               "  float acc[4][4];\n"
               "  bool rs[4];\n"
               "  #pragma unroll\n"
               "  for (int i = 0; i < 4; i++) { rs[i] = wp && m0 + ty * 4 + i >= zsrows;\n"
               "    #pragma unroll\n"
               "    for (int j = 0; j < 4; j++) acc[i][j] = 0.0f; }\n"
               "  for (zi64 k0 = 0; k0 < K; k0 += %d) {\n"
               "    for (int e = tid; e < %d; e += 256) {\n"
               "      const int r = e / %d, kk = e %% %d; const zi64 m = m0 + r, k = k0 + kk;\n"
               "      Xs[kk][r] = (m < M && k < K) ? X[m * K + k] : 0.0f;\n"
               "    }\n"
               "    for (int e = tid; e < %d; e += 256) {\n"
               "      const int kk = e / %d, c = e %% %d; const zi64 k = k0 + kk, n = n0 + c;\n"
               "      const bool ok = k < K && n < N;\n"
               "      if (hp) Ws[0][kk][c] = ok ? %s(a, k, n, wp ? 1 : 0) : 0.0f;\n"
               "      if (hm) Ws[1][kk][c] = ok ? %s(a, k, n, 2) : 0.0f;\n"
               "    }\n"
               "    __syncthreads();\n"
               "    #pragma unroll\n"
               "    for (int kk = 0; kk < %d; kk++) {\n"
               "      float xa[4], w0[4], w1[4];\n"
               "      #pragma unroll\n"
               "      for (int i = 0; i < 4; i++) xa[i] = Xs[kk][ty * 4 + i];\n"
               "      #pragma unroll\n"
               "      for (int j = 0; j < 4; j++) { w0[j] = Ws[0][kk][tx * 4 + j]; w1[j] = hm ? Ws[1][kk][tx * 4 + j] : 0.0f; }\n"
               "      #pragma unroll\n"
               "      for (int i = 0; i < 4; i++)\n"
               "        #pragma unroll\n"
               "        for (int j = 0; j < 4; j++) acc[i][j] += xa[i] * (rs[i] ? w1[j] : w0[j]);\n"
               "    }\n"
               "    __syncthreads();\n"
               "  }\n",
               MM_BM, MM_BK, MM_BM + 4, MM_BK, MM_BN, MM_BK, MM_BM * MM_BK, MM_BK, MM_BK, MM_BK * MM_BN, MM_BN, MM_BN,
               dq, dq, MM_BK);
  /* 16 lanes (tx) share a row: 4 columns each */
  const CeShape ce = {.rows = 4, .lanes = 16, .slot = "i", .row = "m0 + ty * 4 + r", .leader = "tx == 0", .base = "n0", .width = MM_BN};
  if (k->ce) zo_cg_ce_begin(k, &ce, "  ", "true");
  zo_sb_puts(b,
             "  #pragma unroll\n"
             "  for (int i = 0; i < 4; i++)\n"
             "    #pragma unroll\n"
             "    for (int j = 0; j < 4; j++) {\n"
             "      const zi64 m = m0 + ty * 4 + i, n = n0 + tx * 4 + j;\n"
             "      if (m >= M || n >= N) continue;\n"
             "      const bool zneg = zpon && m >= zsrows; (void)zneg;\n");
  zo_cg_emit_ew(k, s, "acc[i][j]", "      ", NULL);
  zo_sb_puts(b, "    }\n");
  if (k->ce) zo_cg_ce_end(k, &ce, "  ", "true", N);
  k->L->per_block = MM_BM;
  k->L->gx = (N + MM_BN - 1) / MM_BN;
  k->L->threads = 256;
}

int zo_cg_plan_matmul(KB *k, ValVec *mem) {
  k->L->kind = "matmul";
  const Value *mm = k->g->plan->groups[k->L->group].mm, *x = mm->arg[0];
  int xp = zo_cg_ptr_buffer(k, x);
  k->x = x;
  int64_t K = 0, N = 0;
  int direct = -1;
  const char *dq = zo_cg_emit_dequant(k, mm, &K, &N, &direct);
  if (!dq) return -1;
  bool mma = !k->g->simt && K % 8 == 0;
  bool wpert = k->zoff > k->zoff0;
  Dim rows = zo_value_rows(mm);
  if (!zo_dim_eq(zo_value_last_dim(x), zo_dim_const(K))) return zo_cg_fail(k, "the matmul's inner dimensions differ");
  if (wpert && zo_cg_need_perturb(k, rows) < 0) return -1;
  k->lp = zo_cg_lp_ordinal(k->g, mm);
  if (k->lp) {   /* the low-precision forward (cuda/lowprec.c): W always through the dequant, which rounds it */
    if (!mma)
      return zo_cg_fail(k, "a low-precision forward (recipe setting forward) runs on the tensor cores only: its K must be a "
                           "multiple of 8 and the target's matmul not f32");
    direct = -1;
    if (k->g->lp_mode && zo_cg_need_perturb(k, rows) < 0) return -1;   /* the rows of each sign's half name the words */
    k->lp8 = k->g->wgmma && k->g->lp_native && K % 16 == 0;   /* on the 8-bit tensor cores: rows of 16-byte pieces */
  }
  EwSet s = {.set = {.N = zo_dim_const(N), .rows = rows}};
  s.N = zo_arena_printf(&k->g->p->arena, "%lldLL", (long long)N);
  if (k->ce) {
    k->ce_tgt = zo_cg_add_ptr(k, (ZoCuArg){.kind = ZO_CU_CE_TGT});
    k->ce_tl = zo_cg_add_ptr(k, (ZoCuArg){.kind = ZO_CU_CE_TL});
    k->ce_part = zo_cg_add_ptr(k, (ZoCuArg){.kind = ZO_CU_CE_PART});
  }
  for (int i = 0; i < mem->len; i++) {
    Value *v = mem->data[i];
    if (v->op == ZO_OP_WEIGHT || v->op == ZO_OP_TRANSPOSE) continue;
    if (zo_cg_add_mem(k, &s, v) < 0) goto bad;
  }
  const char *M = zo_cg_sz(k, rows);
  if (!mma) emit_simt(k, &s, M, K, N, xp, dq, wpert);
  else if (k->g->wgmma) zo_cg_emit_wgmma(k, &s, M, K, N, xp, dq, direct, wpert);
  else emit_mma(k, &s, M, K, N, xp, dq, direct, wpert);
  k->L->work = rows;
  zo_cg_ew_free(&s);
  return 0;
bad:
  zo_cg_ew_free(&s);
  return -1;
}

/* The first of a matmul pair (kplan.c's pair_matmuls): no kernel of its own, only its
 * W's dequant launch (and zfills), into the pair's interleaved matrix. */
int zo_cg_plan_pair_first(KB *k, const ValVec *mem) {
  const Value *mm = k->g->plan->groups[k->L->group].mm;
  k->L->kind = "matmul";
  k->x = mm->arg[0];
  zo_cg_ptr_buffer(k, k->x);   /* X's slot first, as zo_cg_plan_matmul's: the same dequant functions */
  int64_t K = 0, N = 0;
  int direct = -1;
  const char *dq = zo_cg_emit_dequant(k, mm, &K, &N, &direct);
  if (!dq) return -1;
  ZO_ASSERT(direct < 0);
  dq_launch(k, K, N, dq, direct, k->zoff > k->zoff0);
  return 0;
}
