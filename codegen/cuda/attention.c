/* cuda/attention.c — attention's kernels as CUDA C: flash-style on tensor
 * cores (mma.sync, f16 operands, f32 accumulation) when the head size is a
 * multiple of 16 up to 128 and the matmuls are not f32, else exact f32
 * kernels, a warp per query row; both with softcapping and a sliding window
 * when asked. Keys, values and queries are read as f16
 * when their producers stored them so (the kernel plan's f16 values; the queries
 * pre-scaled, its qscaled). Part of the CUDA code generator (codegen/cuda/gen.c). */
#include "codegen/cuda/int.h"

/* the attention's loop body that reads a key tile and a value tile (64 rows
 * each, NT threads) into shared memory as f16 */
static const char *att_kv_tile(KB *k, const Value *att, int64_t hd, long long KS, int NT) {
  /* the 4 keys' (values') elements at (kr, c) into shared memory as f16: from f32 rounded here, or
     from the f16 its producer stored (kplan.c's half_values: the same bits) */
  const char *kv_load[2];
  for (int i = 0; i < 2; i++) {
    const bool h16 = zo_cg_is_half(k->g, att->arg[1 + i]);
    const char *G = i ? "Vg" : "Kg", *P = i ? "vp" : "kp";
    kv_load[i] = h16 ? zo_arena_printf(&k->g->p->arena,
                                       "      { unsigned long long x = 0; if (kr < T) x = *(const unsigned long long *)(%s + kr * %lldLL + c);\n"
                                       "        %s[0] = (unsigned)x; %s[1] = (unsigned)(x >> 32); }\n", G, KS, P, P)
                     : zo_arena_printf(&k->g->p->arena,
                                       "      { zo_f4 x = {0.0f, 0.0f, 0.0f, 0.0f}; if (kr < T) x = *(const zo_f4 *)(%s + kr * %lldLL + c);\n"
                                       "        %s[0] = zo_pack_h2(x.x, x.y); %s[1] = zo_pack_h2(x.z, x.w); }\n", G, KS, P, P);
  }
  /* a key tile and a value tile into shared memory: when both were stored as f16, by cp.async in 16-byte pieces
     (all of a thread's in flight at once, no registers; rows past T zeros), else element by element */
  if (zo_cg_is_half(k->g, att->arg[1]) && zo_cg_is_half(k->g, att->arg[2])) {
    zo_cg_emit_cpa16(k->g);
    return zo_arena_printf(&k->g->p->arena,
                           "    #pragma unroll\n"
                           "    for (int e = threadIdx.x; e < %lld; e += %d) {   /* 16-byte pieces by cp.async, all in flight */\n"
                           "      const int r = e / %lld, c = (e %% %lld) * 8; const zi64 kr = k0 + r; const bool ok = kr < T;\n"
                           "      zo_cpa16((unsigned)__cvta_generic_to_shared(&ks[r][c]), ok ? (const void *)(Kg + kr * %lldLL + c) : (const void *)Kg, ok);\n"
                           "      zo_cpa16((unsigned)__cvta_generic_to_shared(&vs[r][c]), ok ? (const void *)(Vg + kr * %lldLL + c) : (const void *)Vg, ok);\n"
                           "    }\n"
                           "    asm volatile(\"cp.async.wait_all;\" ::: \"memory\");\n",
                           64 * (long long)hd / 8, NT, (long long)hd / 8, (long long)hd / 8, KS, KS);
  }
  return zo_arena_printf(&k->g->p->arena,
                         "    for (int e = threadIdx.x; e < %lld; e += %d) {\n"
                         "      const int r = e / %lld, c = (e %% %lld) * 4; const zi64 kr = k0 + r;\n"
                         "      unsigned *kp = (unsigned *)&ks[r][c], *vp = (unsigned *)&vs[r][c];\n"
                         "%s%s"
                         "    }\n",
                         64 * (long long)hd / 4, NT, (long long)hd / 4, (long long)hd / 4, kv_load[0], kv_load[1]);
}

/* the load of the queries' A fragment element (kc, e) at (row, col) */
static const char *att_q_load(KB *k, bool q16, long long QS) {
  /* the queries as A fragments: f32 scaled, then rounded; or as rope stored them, f16(q * scale) (zo_cg_qscale_of) */
  return q16 ? zo_arena_printf(&k->g->p->arena,
                               "      qa[kc][e] = row < T ? *(const unsigned *)(Q + row * %lldLL + col) : 0u;   /* stored as f16(q * scale) */\n",
                               QS)
             : zo_arena_printf(&k->g->p->arena,
                               "      float x0 = 0.0f, x1 = 0.0f;\n"
                               "      if (row < T) { x0 = Q[row * %lldLL + col] * scale; x1 = Q[row * %lldLL + col + 1] * scale; }\n"
                               "      qa[kc][e] = zo_pack_h2(x0, x1);\n",
                               QS, QS);
}

/* Causal or full attention on tensor cores (mma.sync m16n8k16, f16 operands,
 * f32 accumulation), flash style: a block of 4 warps takes 64 query rows of
 * one (sequence, head), a warp 16 of them, with q·scale as A fragments in
 * registers; key and value tiles of 64 rows go through shared memory as f16
 * (rows past T zero, so no NaN reaches P·V); S = Q·Kᵀ is masked, the softmax
 * is online per row (running max over the 4 threads that share a row), P is
 * rounded to f16 and reused from S's accumulator layout as the A fragments of
 * O += P·V, whose B fragments come from the value tile by ldmatrix.trans.
 * Rounding: q·scale, k, v and p to f16 (2^-11 relative each), as the
 * tensor-core matmuls round their operands; the f32 path (simt) keeps the
 * exact kernels below. Grid: x over (sequence, head), y over 64-row tiles. */
static void emit_attention_tc(KB *k, const Value *att, const char *T, Dim Td, Dim outer, int64_t H, int64_t KV, int64_t hd,
                              bool causal, const int *in, int out, bool half) {
  /* softcapping (of the scaled scores, before the mask) and a sliding window (keys past it
     masked, tiles before every row's window skipped): text only where the attributes are set */
  Arena *ar = &k->g->p->arena;
  const long long W = (long long)att->attr[5];
  const char *cap = att->attr[4] > 0 ? zo_cg_flit(ar, (double)(float)att->attr[4]) : NULL;
  const char *cap_line = cap ? zo_arena_printf(ar, "          s[j][2 * hr + e] = %s * tanhf(s[j][2 * hr + e] / %s);\n", cap, cap) : "";
  const char *win_mask = W ? zo_arena_printf(ar, " || row - key >= %lldLL", W) : "";
  const char *win_skip = W ? zo_arena_printf(ar, "    if (k0 + 63 < r0 - %lldLL + 1) continue;   /* the tile precedes every row's window */\n", W) : "";
  StrBuf *b = &k->b;
  ZoCuLaunch *L = k->L;
  const long long QS = (long long)(H * hd), KS = (long long)(KV * hd), HD = (long long)hd;
  const int ATT_ROWS = 64;   /* query rows a block, 16 a warp (128 measured no faster: docs/gpu.md) */
  const int NT = 32 * ATT_ROWS / 16;
  const char *kv_type[2] = {zo_cg_is_half(k->g, att->arg[1]) ? "unsigned short" : "float",
                            zo_cg_is_half(k->g, att->arg[2]) ? "unsigned short" : "float"};
  const char *kv_tile = att_kv_tile(k, att, hd, KS, NT);
  const bool q16 = zo_cg_is_half(k->g, att->arg[0]);
  const char *qt = q16 ? "unsigned short" : "float", *qload = att_q_load(k, q16, QS);
  zo_cg_emit_run(k, T);
  zo_sb_printf(b,
               "  const zi64 T = %s;\n"
               "  const int warp = threadIdx.x >> 5, lane = threadIdx.x & 31, g = lane >> 2, t = lane & 3;\n"
               "  const zi64 bh = blockIdx.x, h = bh %% %lldLL, bb = bh / %lldLL, kvh = h / %lldLL;\n"
               "  const zi64 q0 = (zi64)blockIdx.y * %d, r0 = q0 + warp * 16;\n"
               "  const %s *Q = (const %s *)a.p[%d] + bb * T * %lldLL + h * %lldLL;\n"
               "  const %s *Kg = (const %s *)a.p[%d] + bb * T * %lldLL + kvh * %lldLL;\n"
               "  const %s *Vg = (const %s *)a.p[%d] + bb * T * %lldLL + kvh * %lldLL;\n"
               "  %s *Y = (%s *)a.p[%d] + bb * T * %lldLL + h * %lldLL;\n"
               "  __shared__ __align__(16) unsigned short ks[64][%lld], vs[64][%lld];\n"
               "  const float scale = %s;\n"
               "  unsigned qa[%lld][4];\n"
               "  #pragma unroll\n"
               "  for (int kc = 0; kc < %lld; kc++)\n"
               "    #pragma unroll\n"
               "    for (int e = 0; e < 4; e++) {\n"
               "      const zi64 row = r0 + g + (e & 1) * 8; const int col = kc * 16 + 2 * t + (e >> 1) * 8;\n"
               "%s"
               "    }\n"
               "  float o[%lld][4], mx[2] = {-ZO_INF, -ZO_INF}, l[2] = {0.0f, 0.0f};\n"
               "  #pragma unroll\n"
               "  for (int dn = 0; dn < %lld; dn++) o[dn][0] = o[dn][1] = o[dn][2] = o[dn][3] = 0.0f;\n"
               "  const zi64 kend = %s ? (q0 + %d < T ? q0 + %d : T) : T;\n"
               "  for (zi64 k0 = 0; k0 < kend; k0 += 64) {\n"
               "    __syncthreads();   /* the previous tile is read */\n"
               "%s"
               "    __syncthreads();\n"
               "    if (%s && k0 > r0 + 15) continue;   /* every row of this warp precedes the tile */\n"
               "%s"
               "    float s[8][4];\n"
               "    #pragma unroll\n"
               "    for (int j = 0; j < 8; j++) s[j][0] = s[j][1] = s[j][2] = s[j][3] = 0.0f;\n"
               "    #pragma unroll\n"
               "    for (int kc = 0; kc < %lld; kc++)\n"
               "      #pragma unroll\n"
               "      for (int j = 0; j < 8; j++) {\n"
               "        const unsigned bf[2] = {*(const unsigned *)&ks[j * 8 + g][kc * 16 + 2 * t], *(const unsigned *)&ks[j * 8 + g][kc * 16 + 2 * t + 8]};\n"
               "        zo_mma(s[j], qa[kc], bf);\n"
               "      }\n"
               "    #pragma unroll\n"
               "    for (int hr = 0; hr < 2; hr++) {\n"
               "      const zi64 row = r0 + g + hr * 8;\n"
               "      float m = -ZO_INF;\n"
               "      #pragma unroll\n"
               "      for (int j = 0; j < 8; j++)\n"
               "        #pragma unroll\n"
               "        for (int e = 0; e < 2; e++) {\n"
               "          const zi64 key = k0 + j * 8 + 2 * t + e;\n"
               "%s"
               "          if (key >= T || (%s && key > row)%s) s[j][2 * hr + e] = -ZO_INF;\n"
               "          m = fmaxf(m, s[j][2 * hr + e]);\n"
               "        }\n"
               "      m = fmaxf(m, __shfl_xor_sync(0xffffffffu, m, 1));\n"
               "      m = fmaxf(m, __shfl_xor_sync(0xffffffffu, m, 2));\n"
               "      const float mn = fmaxf(mx[hr], m), base = mn == -ZO_INF ? 0.0f : mn, corr = expf(mx[hr] - base);\n"
               "      l[hr] *= corr;\n"
               "      #pragma unroll\n"
               "      for (int dn = 0; dn < %lld; dn++) { o[dn][2 * hr] *= corr; o[dn][2 * hr + 1] *= corr; }\n"
               "      #pragma unroll\n"
               "      for (int j = 0; j < 8; j++)\n"
               "        #pragma unroll\n"
               "        for (int e = 0; e < 2; e++) { const float p = expf(s[j][2 * hr + e] - base); s[j][2 * hr + e] = p; l[hr] += p; }\n"
               "      mx[hr] = mn;\n"
               "    }\n"
               "    #pragma unroll\n"
               "    for (int kc = 0; kc < 4; kc++) {\n"
               "      const unsigned pa[4] = {zo_pack_h2(s[2 * kc][0], s[2 * kc][1]), zo_pack_h2(s[2 * kc][2], s[2 * kc][3]),\n"
               "                              zo_pack_h2(s[2 * kc + 1][0], s[2 * kc + 1][1]), zo_pack_h2(s[2 * kc + 1][2], s[2 * kc + 1][3])};\n"
               "      #pragma unroll\n"
               "      for (int dn = 0; dn < %lld; dn += 2) {\n"
               "        unsigned bf[4];\n"
               "        zo_ldsm4t(bf, &vs[kc * 16 + (lane & 7) + ((lane >> 3) & 1) * 8][dn * 8 + (lane >> 4) * 8]);\n"
               "        zo_mma(o[dn], pa, bf);\n"
               "        zo_mma(o[dn + 1], pa, bf + 2);\n"
               "      }\n"
               "    }\n"
               "  }\n"
               "  #pragma unroll\n"
               "  for (int hr = 0; hr < 2; hr++) {\n"
               "    l[hr] += __shfl_xor_sync(0xffffffffu, l[hr], 1);\n"
               "    l[hr] += __shfl_xor_sync(0xffffffffu, l[hr], 2);\n"
               "    const zi64 row = r0 + g + hr * 8;\n"
               "    if (row >= T) continue;\n"
               "    #pragma unroll\n"
               "    for (int dn = 0; dn < %lld; dn++) {\n"
               "      %s *y = Y + row * %lldLL + dn * 8 + 2 * t;\n"
               "      %s\n"
               "    }\n"
               "  }\n",
               T, (long long)H, (long long)H, (long long)(H / KV), ATT_ROWS, qt, qt, in[0], QS, HD, kv_type[0], kv_type[0], in[1], KS, HD, kv_type[1],
               kv_type[1], in[2], KS, HD,
               half ? "unsigned short" : "float", half ? "unsigned short" : "float", out, QS,
               HD, HD + 8, HD + 8, zo_cg_att_scale(k, att), HD / 16, HD / 16, qload, HD / 8, HD / 8, causal ? "true" : "false", ATT_ROWS, ATT_ROWS,
               kv_tile, causal ? "true" : "false", win_skip, HD / 16, cap_line, causal ? "true" : "false", win_mask, HD / 8,
               HD / 8, HD / 8, half ? "unsigned short" : "float", QS,
               half ? "*(unsigned *)y = zo_pack_h2(o[dn][2 * hr] / l[hr], o[dn][2 * hr + 1] / l[hr]);"
                    : "y[0] = o[dn][2 * hr] / l[hr];\n      y[1] = o[dn][2 * hr + 1] / l[hr];");
  L->work = zo_cg_dmul(outer, zo_dim_const(H));
  L->per_block = 1;
  L->tile_dim = Td;
  L->tile = ATT_ROWS;
  L->threads = NT;
}

/* the f32 kernels' sliding window and softcapping (attention's window and
 * softcap attributes): the first key a row reads, and its score s capped,
 * cap * tanh(s / cap) in f32 (ref's is double: a few f32 ulps of the score,
 * under the tolerance the f32 dot product already needs) */
static const char *att_first_key(KB *k, const Value *v) {
  const long long w = (long long)v->attr[5];
  return w ? zo_arena_printf(&k->g->p->arena, "(i - %lldLL + 1 > 0 ? i - %lldLL + 1 : 0)", w, w) : "0";
}

static const char *att_cap(KB *k, const Value *v, const char *s) {
  if (v->attr[4] == 0) return s;
  const char *c = zo_cg_flit(&k->g->p->arena, (double)(float)v->attr[4]);
  return zo_arena_printf(&k->g->p->arena, "%s * tanhf((%s) / %s)", c, s, c);
}

/* the f32 kernels' first lines: the run block, and a warp's query row r =
 * ((sequence bb, head h), position i), its kv head g */
static void att_row_head(KB *k, const char *T, const char *O, int64_t H, int64_t KV) {
  zo_cg_emit_run(k, T);
  zo_sb_printf(&k->b,
               "  const int warp = threadIdx.x / 32, lane = threadIdx.x %% 32;\n"
               "  const zi64 T = %s, r = (zi64)blockIdx.x * 4 + warp;\n"
               "  if (r >= %s * %lldLL * T) return;\n"
               "  const zi64 i = r %% T, bh = r / T, h = bh %% %lldLL, bb = bh / %lldLL, g = h / %lldLL;\n",
               T, O, (long long)H, (long long)H, (long long)H, (long long)(H / KV));
}

/* a warp per query row, hd/32 dimensions per lane: every load of a key or
 * value row is coalesced across the warp; the score is a warp sum; the
 * softmax is online (flash style: running max, rescaled sum and output) */
static void att_warp_row(KB *k, const Value *v, const char *T, const char *O, int64_t H, int64_t KV, int64_t hd, const int *in,
                         int out) {
  StrBuf *b = &k->b;
  int64_t dpl = hd / 32;
  att_row_head(k, T, O, H, KV);
  zo_sb_printf(b,
               "  const float *q = (const float *)a.p[%d] + (bb * T + i) * %lldLL + h * %lldLL + lane * %lldLL;\n"
               "  const float *kb = (const float *)a.p[%d] + bb * T * %lldLL + g * %lldLL + lane * %lldLL;\n"
               "  const float *vb = (const float *)a.p[%d] + bb * T * %lldLL + g * %lldLL + lane * %lldLL;\n"
               "  float *y = (float *)a.p[%d] + (bb * T + i) * %lldLL + h * %lldLL + lane * %lldLL;\n"
               "  const float scale = %s;\n"
               "  const zi64 nk = %s ? i + 1 : T;\n"
               "  float qv[%lld], acc[%lld], mx = -ZO_INF, l = 0.0f;\n"
               "  #pragma unroll\n"
               "  for (int c = 0; c < %lld; c++) { qv[c] = q[c]; acc[c] = 0.0f; }\n"
               "  for (zi64 j = %s; j < nk; j++) {\n"
               "    const float *kr = kb + j * %lldLL, *vr = vb + j * %lldLL;\n"
               "    float d = 0.0f;\n"
               "    #pragma unroll\n"
               "    for (int c = 0; c < %lld; c++) d += qv[c] * kr[c];\n"
               "    const float sc = %s, mn = fmaxf(mx, sc);\n"
               "    const float corr = expf(mx - mn), p = expf(sc - mn);\n"
               "    l = l * corr + p;\n"
               "    #pragma unroll\n"
               "    for (int c = 0; c < %lld; c++) acc[c] = acc[c] * corr + p * vr[c];\n"
               "    mx = mn;\n"
               "  }\n"
               "  #pragma unroll\n"
               "  for (int c = 0; c < %lld; c++) y[c] = acc[c] / l;\n",
               in[0], (long long)(H * hd),
               (long long)hd, (long long)dpl, in[1], (long long)(KV * hd), (long long)hd, (long long)dpl, in[2],
               (long long)(KV * hd), (long long)hd, (long long)dpl, out, (long long)(H * hd), (long long)hd,
               (long long)dpl, zo_cg_att_scale(k, v), v->attr[2] != 0 ? "true" : "false", (long long)dpl, (long long)dpl,
               (long long)dpl, att_first_key(k, v), (long long)(KV * hd), (long long)(KV * hd), (long long)dpl,
               att_cap(k, v, "zo_warp_sum(d) * scale"), (long long)dpl, (long long)dpl);
}

/* any head size: a warp per query row, its lanes taking 32 keys at a time
 * (the query in shared memory), the softmax online as above, then each
 * lane 1/32 of the row's dimensions of P·V */
static void att_key_lanes(KB *k, const Value *v, const char *T, const char *O, int64_t H, int64_t KV, int64_t hd, const int *in,
                          int out) {
  StrBuf *b = &k->b;
  const int64_t nc = (hd + 31) / 32;
  att_row_head(k, T, O, H, KV);
  zo_sb_printf(b,
               "  const float *q = (const float *)a.p[%d] + (bb * T + i) * %lldLL + h * %lldLL;\n"
               "  const float *kb = (const float *)a.p[%d] + bb * T * %lldLL + g * %lldLL;\n"
               "  const float *vb = (const float *)a.p[%d] + bb * T * %lldLL + g * %lldLL;\n"
               "  float *y = (float *)a.p[%d] + (bb * T + i) * %lldLL + h * %lldLL;\n"
               "  __shared__ float qs[4][%lld];\n"
               "  for (int d = lane; d < %lld; d += 32) qs[warp][d] = q[d];\n"
               "  __syncwarp();\n"
               "  const float scale = %s;\n"
               "  const zi64 nk = %s ? i + 1 : T;\n"
               "  float mx = -ZO_INF, l = 0.0f, acc[%lld];\n"
               "  #pragma unroll\n"
               "  for (int c = 0; c < %lld; c++) acc[c] = 0.0f;\n"
               "  for (zi64 j0 = %s; j0 < nk; j0 += 32) {\n"
               "    const zi64 j = j0 + lane;\n"
               "    float s = -ZO_INF;\n"
               "    if (j < nk) {\n"
               "      const float *kr = kb + j * %lldLL;\n"
               "      float dot = 0.0f;\n"
               "      for (int d = 0; d < %lld; d++) dot += qs[warp][d] * kr[d];\n"
               "      s = %s;\n"
               "    }\n"
               "    const float cm = zo_warp_max(s), mn = fmaxf(mx, cm);\n"
               "    const float p = j < nk ? expf(s - mn) : 0.0f, corr = expf(mx - mn);\n"
               "    l = l * corr + zo_warp_sum(p);\n"
               "    #pragma unroll\n"
               "    for (int c = 0; c < %lld; c++) acc[c] *= corr;\n"
               "    const int nt = (int)(nk - j0 < 32 ? nk - j0 : 32);\n"
               "    for (int t = 0; t < nt; t++) {\n"
               "      const float pj = __shfl_sync(0xffffffffu, p, t);\n"
               "      const float *vr = vb + (j0 + t) * %lldLL;\n"
               "      #pragma unroll\n"
               "      for (int c = 0; c < %lld; c++) { const int d = lane + 32 * c; if (d < %lld) acc[c] += pj * vr[d]; }\n"
               "    }\n"
               "    mx = mn;\n"
               "  }\n"
               "  #pragma unroll\n"
               "  for (int c = 0; c < %lld; c++) { const int d = lane + 32 * c; if (d < %lld) y[d] = acc[c] / l; }\n",
               in[0], (long long)(H * hd),
               (long long)hd, in[1], (long long)(KV * hd), (long long)hd, in[2], (long long)(KV * hd), (long long)hd,
               out, (long long)(H * hd), (long long)hd, (long long)hd, (long long)hd, zo_cg_att_scale(k, v),
               v->attr[2] != 0 ? "true" : "false", (long long)nc, (long long)nc, att_first_key(k, v), (long long)(KV * hd),
               (long long)hd, att_cap(k, v, "dot * scale"), (long long)nc, (long long)(KV * hd), (long long)nc, (long long)hd,
               (long long)nc, (long long)hd);
}

/* attention v: on tensor cores when its head size allows (and the matmuls
 * are not f32), else one of two exact f32 kernels */
int zo_cg_plan_attention(KB *k, const SingleOp *o) {
  const Value *v = o->v;
  const int *in = o->in;
  const int out = o->out;
  const Dim N = o->N;
  ZoCuLaunch *L = k->L;
  int64_t H = (int64_t)v->attr[0], KV = v->attr[1] == 0 ? H : (int64_t)v->attr[1], hd = N.coef / H;
  if (KV <= 0 || H % KV != 0) return zo_cg_fail(k, "attention's heads must be a multiple of its kv heads");
  Dim Td = v->type.dims[v->type.rank - 2], outer = zo_value_dims(v, 0, v->type.rank - 2);
  const char *T = zo_cg_sz(k, Td), *O = zo_cg_sz(k, outer);
  if (zo_kplan_attention_tc(&k->g->plan->caps, v)) {   /* emit_attention_tc */
    emit_attention_tc(k, v, T, Td, outer, H, KV, hd, v->attr[2] != 0, in, out, zo_cg_is_half(k->g, v));
    return 0;
  }
  if (hd % 32 == 0) att_warp_row(k, v, T, O, H, KV, hd, in, out);
  else att_key_lanes(k, v, T, O, H, KV, hd, in, out);
  L->work = zo_cg_dmul(outer, zo_cg_dmul(zo_dim_const(H), Td));
  L->per_block = 4;
  L->threads = 128;
  return 0;
}
