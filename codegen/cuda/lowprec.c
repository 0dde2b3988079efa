/* cuda/lowprec.c — the low-precision forward on the GPU (recipe setting
 * `forward = fp8 | int8`, docs/lowprec.md). Every fp8 e4m3fn value and
 * every integer of int8 is exact in f16, and a product of two is exact in
 * f32, so a GEMM on any tensor cores multiplies the quantized operands
 * exactly and only the accumulation order differs from the reference's.
 *
 * A low-precision matmul (KB.lp) has, before it:
 *   - an "xq" launch (instead of the x16 copy): a warp a row m of X finds
 *     a_m = max |x|, writes round(x · Q / a_m) (one-byte codes for the 8-bit
 *     wgmma, f16 values for the f16 one, f32 values for mma.sync, which
 *     converts X as it stages it) and s_m = a_m / Q after the rows, in the X
 *     scratch;
 *   - a "wmax" launch (kind dequant: beside the matmuls, on the W's bank): a
 *     warp a group of 16 columns and a slice of K (up to 8 slices) runs the
 *     format's 8-k block dequant, the same code the dequant launch runs, so
 *     it sees the same W' bits, and writes its slice's largest |W'| per
 *     column and sign into the bank's trailer, after the matrix (no atomics:
 *     each partial is one warp's, so nothing needs zeroing);
 *   - the dequant launch takes b_n, the largest partial, rounds W' · (Q /
 *     b_n) to the grid before its stores (f16 values, or one-byte codes for
 *     the 8-bit tensor cores) and stores t_n = b_n / Q (zo_cg_lp_round).
 * The epilogue scales the accumulator by s_m · t_n (zo_cg_lp_acc).
 *
 * On Hopper (wgmma, the target's lowbit=native) X's codes and W's are one
 * byte each and the matmul runs wgmma m64n256k32 e4m3 (f32 accumulators) or
 * s8 (s32, exact): the same 128-byte swizzled rows hold 128 k, so the main
 * loop takes k tiles of 128 with the f16 one's stages, descriptors and
 * tensor maps of one-byte elements (cuda/wgmma.c). Elsewhere, and with
 * lowbit=f16, the same values run on the f16 tensor cores. Rounding
 * is by codegen/zo_rng.h's functions, the text every kernel pastes, with the
 * words the contract names: word 2 + (i & 1) of Philox call i >> 1 of the
 * matmul's rounding stream under the run's seed; stochastic only in a
 * perturbed forward (eps != 0), nearest otherwise. Part of the CUDA code
 * generator (codegen/cuda/gen.c). */
#include "codegen/cuda/int.h"

#include "runtime/lowprec.h"

/* the rounding helpers, once: Q / b and b / Q (1, 1 for b = 0; 0 and NaN for
   a non-finite b, as runtime/lowprec.c's lp_scales), and x rounded to the grid */
static void emit_helpers(Gen *g) {
  if (zo_cg_seen(g, "zo_lp_q")) return;
  zo_sb_puts(&g->funcs,
             "// the low-precision forward (docs/lowprec.md): r = Q / b, s = b / Q of a largest magnitude's bits\n"
             "static __device__ __forceinline__ void zo_lp_scales(unsigned bb, float Q, float *r, float *s) {\n"
             "  const float b = zo_rng_u2f(bb);\n"
             "  if (bb > 0x7F7FFFFFu) { *r = 0.0f; *s = zo_rng_u2f(0x7FC00000u); }\n"
             "  else if (bb == 0u) { *r = 1.0f; *s = 1.0f; }\n"
             "  else { *r = __fdiv_rn(Q, b); *s = __fdiv_rn(b, Q); } }\n"
             "// x on the grid (kind 1 fp8 e4m3fn, 2 int8); stochastic (mode 1) with word 2 + (i & 1) of Philox call i >> 1\n"
             "static __device__ __forceinline__ unsigned zo_lp_word(int mode, zu64 seed, unsigned stream, zu64 i) {\n"
             "  if (!mode) return 0u;\n"
             "  const ZoRng4x32 r = zo_rng_words(seed, stream, i >> 1); return r.w[2 + (int)(i & 1u)]; }\n"
             "static __device__ __forceinline__ float zo_lp_qw(float x, int kind, int mode, unsigned w) {\n"
             "  return kind == 1 ? zo_rng_e4m3_value(zo_rng_round_e4m3(x, mode, w)) : zo_rng_round_int(x, 127.0f, mode, w); }\n"
             "static __device__ __forceinline__ float zo_lp_q(float x, int kind, int mode, zu64 seed, unsigned stream, zu64 i) {\n"
             "  return zo_lp_qw(x, kind, mode, zo_lp_word(mode, seed, stream, i)); }\n"
             "// a grid value's one-byte code: e4m3fn bits (exact: nearest of a grid value is itself), or the int8\n"
             "static __device__ __forceinline__ unsigned zo_lp_code(float v, int kind) {\n"
             "  return kind == 1 ? (unsigned)zo_rng_round_e4m3(v, 0, 0u) : (unsigned)(unsigned char)(signed char)(int)v; }\n"
             "static __device__ __forceinline__ unsigned zo_lp_pack4(const float *v, int kind) {\n"
             "  return zo_lp_code(v[0], kind) | zo_lp_code(v[1], kind) << 8 | zo_lp_code(v[2], kind) << 16 | zo_lp_code(v[3], kind) << 24; }\n"
             "// the largest of two magnitudes' bits\n"
             "static __device__ __forceinline__ unsigned zo_lp_max(unsigned a, float x) {\n"
             "  const unsigned b = zo_rng_f2u(x) & 0x7FFFFFFFu; return b > a ? b : a; }\n\n");
}

/* the rounding mode an lp kernel runs in: stochastic only in a perturbed forward */
static const char *mode_expr(const Gen *g) {
  return g->lp_mode ? "(zrun->pert && zrun->eps != 0.0f)" : "0";
}

int zo_cg_lp_ordinal(const Gen *g, const Value *mm) {
  return g->lp != ZO_LP_DEFAULT && zo_lp_applies(mm) ? 1 + zo_lp_ordinal(g->f, mm) : 0;
}

int64_t zo_cg_lp_trailer(const KB *k, int64_t K, int64_t N, bool wpert) { return K * N * (k->lp8 ? 1 : 2) * (wpert ? 2 : 1); }

const char *zo_cg_w_type(const KB *k) { return k->lp8 ? "unsigned char" : "unsigned short"; }

/* The xq launch: X quantized per row into the X scratch (f16 codes when
 * `half`, else f32 values), s_m after the M rows; its slot. Declares zls,
 * the row scales, in the kernel's body. */
int zo_cg_lp_xq(KB *k, const char *M, int64_t K, int xp, bool half) {
  Gen *g = k->g;
  emit_helpers(g);
  const int slot = zo_cg_add_ptr(k, (ZoCuArg){.kind = ZO_CU_X16});
  const int es = k->lp8 ? 1 : half ? 2 : 4;
  const char *ty = k->lp8 ? "unsigned char" : half ? "unsigned short" : "float";
  const char *cv = k->lp8 ? zo_arena_printf(&g->p->arena, "(unsigned char)zo_lp_code(%%s, %d)", g->lp) : half ? "zo_f2h_c(%s)" : "%s";
  zo_sb_printf(&k->b, "  const float *zls = (const float *)((const unsigned char *)a.p[%d] + (zi64)%s * %lldLL);   /* s_m */\n", slot, M,
               (long long)(K * es));
  /* to nearest, the rows are the same for every matmul reading them (q, k and v; gate and up): once */
  if (!g->lp_mode && g->xq_last == k->x && g->xq_es == es) return slot;
  g->x16_last = NULL;   /* the scratch holds codes now, not an f16 copy */
  g->xq_last = g->lp_mode ? NULL : k->x;
  g->xq_es = es;
  StrBuf d = {0}, save = k->b;
  k->b = (StrBuf){0};
  zo_cg_emit_run(k, M);
  d = k->b;
  k->b = save;
  zo_sb_printf(&d,
               "  /* a warp a row: a = max |x|, r = Q / a, x·r rounded to the grid (the row within its sign's half names the words) */\n"
               "  const zi64 m = ((zi64)blockIdx.x * blockDim.x + threadIdx.x) >> 5, M = %s, K = %lldLL;\n"
               "  const int lane = threadIdx.x & 31;\n"
               "  if (m >= M) return;\n"
               "  const float *x = (const float *)a.p[%d] + m * K;\n"
               "  unsigned ab = 0u;\n"
               "  for (zi64 k = lane * 4; k < K; k += 128) {\n"
               "    const zo_f4 v = *(const zo_f4 *)(x + k);\n"
               "    ab = zo_lp_max(zo_lp_max(zo_lp_max(zo_lp_max(ab, v.x), v.y), v.z), v.w);\n"
               "  }\n"
               "  #pragma unroll\n"
               "  for (int o = 16; o > 0; o >>= 1) { const unsigned b = __shfl_xor_sync(0xffffffffu, ab, o); ab = b > ab ? b : ab; }\n"
               "  float r, s;\n"
               "  zo_lp_scales(ab, %s, &r, &s);\n"
               "  const int mode = %s;\n"
               "  const zu64 base = (zu64)(zpon && m >= zsrows ? m - zsrows : m) * (zu64)K;\n"
               "  %s *q = (%s *)a.p[%d] + m * K;\n"
               "  for (zi64 k = lane; k < K; k += 32)\n"
               "    q[k] = %s;\n"
               "  if (lane == 0) ((float *)((unsigned char *)a.p[%d] + M * %lldLL))[m] = s;\n",
               M, (long long)K, xp, zo_cg_flit(&g->p->arena, zo_lp_qmax(g->lp)), mode_expr(g), ty, ty, slot,
               zo_arena_printf(&g->p->arena, cv,
                               zo_arena_printf(&g->p->arena, "zo_lp_q(__fmul_rn(x[k], r), %d, mode, zrun->seed, %uu, base + (zu64)k)", g->lp,
                                               zo_lp_stream_x(k->lp - 1))),
               slot, (long long)(K * es));
  k->x16 = zo_cg_pre_launch(k, &d, "xq", 0x7871ull, zo_cg_dmul(zo_value_rows(k->x), zo_dim_const(32)));
  k->x16->x16_row = (K * es + 4 + 31) / 32;   /* bytes of the scratch per thread: the row's codes and its scale */
  return slot;
}

/* K in up to 8 slices for the wmax launch's warps (a slice at least 512 k): enough warps for the
   GPU where N alone gives few (N / 16 warps), few partials for the dequant to reduce */
static int kslices(int64_t K) { return K >= 4096 ? 8 : K >= 1024 ? (int)(K / 512) : 1; }

int64_t zo_cg_lp_scale_bytes(int64_t K, int64_t N) { return (2 * kslices(K) + 2) * N * 4; }

/* The wmax launch before the dequant launch of matmul k (its bank at slot
 * wslot, the matrix `trail` bytes long): per sign, each K slice's largest
 * |W'[k, n]| (bits) into the bank's partials pb[slice][sign][N], from `call`,
 * the dequant launch's 8-k evaluation of w (and u, the − sign). */
void zo_cg_lp_wmax(KB *k, int64_t K, int64_t N, int wslot, int64_t trail, bool wpert, const char *it, const char *call) {
  Gen *g = k->g;
  emit_helpers(g);
  const int NL = DQ_NL, NC = DQ_NC, KL = 32 / NL, KS = kslices(K);
  StrBuf d = {0};
  zo_sb_printf(&d,
               "  const ZoCuRun *zrun = (const ZoCuRun *)a.p[0];\n"
               "  const int wp = %s;\n"
               "  /* a warp %d x %d columns n and a slice of K (of %d), %d chunks of 8 k at once: their largest |W'| */\n"
               "  const %s N = %lld, K = %lld, NG = (N + %d) / %d, wi = (%s)(((zi64)blockIdx.x * blockDim.x + threadIdx.x) >> 5);\n"
               "  const int lane = threadIdx.x & 31;\n"
               "  if (wi >= NG * %d) return;\n"
               "  const %s n0 = (wi %% NG) * %d + lane / %d, ks = wi / NG;\n"
               "  unsigned bw[%d], bu[%d];\n"
               "  #pragma unroll\n"
               "  for (int c = 0; c < %d; c++) bw[c] = bu[c] = 0u;\n"
               "  for (%s kc = ks * %d + lane %% %d; kc < K / 8 && n0 < N; kc += %d) {\n"
               "    const %s k0 = kc * 8;\n"
               "    float w[%d][8], u[%d][8];\n"
               "%s"
               "    #pragma unroll\n"
               "    for (int c = 0; c < %d; c++) {\n"
               "      if (n0 + c * %d >= N) break;\n"
               "      #pragma unroll\n"
               "      for (int j = 0; j < 8; j++) { bw[c] = zo_lp_max(bw[c], w[c][j]); if (wp) bu[c] = zo_lp_max(bu[c], u[c][j]); }\n"
               "    }\n"
               "  }\n"
               "  unsigned *pb = (unsigned *)((unsigned char *)a.p[%d] + %lldLL) + ks * 2 * N;   /* pb[slice][sign][N] */\n"
               "  #pragma unroll\n"
               "  for (int c = 0; c < %d; c++) {\n"
               "    #pragma unroll\n"
               "    for (int o = 1; o < %d; o <<= 1) {\n"
               "      const unsigned x = __shfl_xor_sync(0xffffffffu, bw[c], o), y = __shfl_xor_sync(0xffffffffu, bu[c], o);\n"
               "      bw[c] = x > bw[c] ? x : bw[c]; bu[c] = y > bu[c] ? y : bu[c];\n"
               "    }\n"
               "    const %s n = n0 + c * %d;\n"
               "    if (lane %% %d != 0 || n >= N) continue;\n"
               "    pb[n] = bw[c];\n"
               "    if (wp) pb[N + n] = bu[c];\n"
               "  }\n",
               wpert ? "zrun->pert" : "0", NL, NC, KS, KL, it, (long long)N, (long long)K, NL * NC - 1, NL * NC, it, KS, it, NL * NC,
               KL, NC, NC, NC, it, KL, KL, KL * KS, it, NC, NC, call, NC, NL, wslot, (long long)trail, NC, KL, it, NL, KL);
  k->wmax = zo_cg_pre_launch(k, &d, "dequant", 0x776d6178ull, zo_dim_const((N + NL * NC - 1) / (NL * NC) * KS * 32));
}

/* The dequant launch's rounding of its w (and u) to the grid, after its
 * evaluation and before its stores: b_n the largest of the slices' partials,
 * x·(Q / b_n) with the word of the logical [K, N] index k·N + n, the same
 * word for both signs; the thread of the first 8 k stores t_n = b_n / Q. */
const char *zo_cg_lp_round(KB *k, int64_t K, int64_t N, int wslot, int64_t trail, const char *it) {
  Gen *g = k->g;
  const int NL = DQ_NL, NC = DQ_NC, KS = kslices(K);
  const char *Q = zo_cg_flit(&g->p->arena, zo_lp_qmax(g->lp));
  return zo_arena_printf(&g->p->arena,
                         "  {   /* the low-precision forward: W' · (Q / b_n) on the grid (docs/lowprec.md) */\n"
                         "    const unsigned *pb = (const unsigned *)((const unsigned char *)a.p[%d] + %lldLL);\n"
                         "    float *zt = (float *)((unsigned char *)a.p[%d] + %lldLL) + %d * N;   /* t[sign][N], after the partials */\n"
                         "    const int mode = %s;\n"
                         "    #pragma unroll\n"
                         "    for (int c = 0; c < %d; c++) {\n"
                         "      const %s n = n0 + c * %d;\n"
                         "      if (n >= N) break;\n"
                         "      unsigned bp = 0u, bm = 0u;\n"
                         "      #pragma unroll\n"
                         "      for (int ks = 0; ks < %d; ks++) {\n"
                         "        const unsigned x = pb[ks * 2 * N + n], y = wp ? pb[ks * 2 * N + N + n] : 0u;\n"
                         "        bp = x > bp ? x : bp; bm = y > bm ? y : bm;\n"
                         "      }\n"
                         "      float rp, rm, sp, sm;\n"
                         "      zo_lp_scales(bp, %s, &rp, &sp);\n"
                         "      zo_lp_scales(bm, %s, &rm, &sm);\n"
                         "      if (kc == 0) { zt[n] = sp; if (wp) zt[N + n] = sm; }\n"
                         "      #pragma unroll\n"
                         "      for (int j = 0; j < 8; j++) {\n"
                         "        const unsigned wd = zo_lp_word(mode, zrun->seed, %uu, (zu64)(k0 + j) * (zu64)N + (zu64)n);\n"
                         "        w[c][j] = zo_lp_qw(__fmul_rn(w[c][j], rp), %d, mode, wd);\n"
                         "        if (wp) u[c][j] = zo_lp_qw(__fmul_rn(u[c][j], rm), %d, mode, wd);\n"
                         "      }\n"
                         "    }\n"
                         "  }\n",
                         wslot, (long long)trail, wslot, (long long)trail, 2 * KS, mode_expr(g), NC, it, NL, KS, Q, Q,
                         zo_lp_stream_w(k->lp - 1), g->lp, g->lp);
}

/* The dequant launch's stores for the 8-bit tensor cores: each column's 8 k
 * as 8 one-byte codes (8-byte aligned: K % 16 == 0), the − sign's N·K bytes
 * after. */
void zo_cg_lp_store8(KB *k, StrBuf *d, int wslot, const char *it) {
  const int kind = k->g->lp;
  zo_sb_printf(d,
               "  #pragma unroll\n"
               "  for (int c = 0; c < %d; c++) {\n"
               "    const %s n = n0 + c * %d;\n"
               "    if (n >= N) break;\n"
               "    unsigned char *D = (unsigned char *)a.p[%d] + n * K + k0;\n"
               "    *(zu64 *)D = (zu64)zo_lp_pack4(w[c], %d) | (zu64)zo_lp_pack4(w[c] + 4, %d) << 32;\n"
               "    if (wp) *(zu64 *)(D + N * K) = (zu64)zo_lp_pack4(u[c], %d) | (zu64)zo_lp_pack4(u[c] + 4, %d) << 32;\n"
               "  }\n",
               DQ_NC, it, DQ_NL, wslot, kind, kind, kind, kind);
}

/* the tensor-core matmul's t_n (zlt, after the bank's b), declared after its W */
void zo_cg_lp_head(KB *k, int64_t K, int64_t N, bool wpert) {
  zo_sb_printf(&k->b, "  const float *zlt = (const float *)((const unsigned char *)Wb + %lldLL) + %d * N;   /* t_n, the - sign's after */\n",
               (long long)zo_cg_lp_trailer(k, K, N, wpert), 2 * kslices(K));
}

/* the epilogue's product: the accumulator (int8's s32 converted, exact below 2^24, else rounded
   once as the reference's double sum is) times s_m · t_n of its sign */
const char *zo_cg_lp_acc(KB *k, const char *acc) {
  return zo_arena_printf(&k->g->p->arena, "__fmul_rn((float)%s, __fmul_rn(zls[m], zlt[(wp && zneg ? N : 0) + n]))", acc);
}
