/* quant.c — the packed weight formats (GPTQ, int8, fp8, NVFP4, NF4, AQLM 1x16): pack,
 * unpack, reference dequant, quantizers. Layouts are documented in quant.h.
 *
 * Approach: GPTQ's qweight/qzeros are treated as one little-endian bit stream
 * per column (qweight) or per row (qzeros), which covers 3-bit codes that
 * cross word boundaries with no special case. Pack and unpack move a whole
 * code through a 64-bit window spanning two words; the reference dequant
 * instead gathers each code one bit at a time from its stream position, so a
 * mistake in either shows up as a mismatch between them. Everything is plain
 * scalar C: these are references, not kernels. */
#include "runtime/quant.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/convert.h"
#include "support/support.h"

/* ==== GPTQ */

int zo_gptq_check(const char *what, int bits, int64_t K, int64_t N, int64_t G) {
  if (bits != 2 && bits != 3 && bits != 4 && bits != 8) {
    zo_env_error(what, "GPTQ bits must be 2, 3, 4 or 8, not %d", bits);
    return -1;
  }
  if (K <= 0 || N <= 0) {
    zo_env_error(what, "GPTQ matrix %lld x %lld is empty", (long long)K, (long long)N);
    return -1;
  }
  if (K * bits % 32 != 0 || N * bits % 32 != 0) {
    zo_env_error(what, "GPTQ %d-bit packing needs in_features*%d and out_features*%d to be "
                 "multiples of 32, got %lld x %lld", bits, bits, bits, (long long)K, (long long)N);
    return -1;
  }
  if (G != -1 && G <= 0) {
    zo_env_error(what, "GPTQ group size must be positive or -1, not %lld", (long long)G);
    return -1;
  }
  return 0;
}

int64_t zo_gptq_group_size(int64_t K, int64_t G) { return G == -1 || G > K ? K : G; }
int64_t zo_gptq_ngroups(int64_t K, int64_t G) {
  int64_t gs = zo_gptq_group_size(K, G);
  return (K + gs - 1) / gs;
}
int64_t zo_gptq_qweight_rows(int bits, int64_t K) { return K * bits / 32; }
int64_t zo_gptq_qzeros_cols(int bits, int64_t N) { return N * bits / 32; }

static void assert_shape(int bits, int64_t len, int64_t other) {
  ZO_ASSERT(bits == 2 || bits == 3 || bits == 4 || bits == 8);
  ZO_ASSERT(len > 0 && other > 0 && len * bits % 32 == 0);
}

/* Stream element idx (b bits) of a stream whose word w sits at words[w * stride]. */
static void stream_put(uint32_t *words, int64_t stride, int64_t idx, int bits, uint32_t v) {
  int64_t pos = idx * bits, w = pos >> 5;
  int off = (int)(pos & 31);
  uint64_t x = (uint64_t)v << off;
  words[w * stride] |= (uint32_t)x;
  if (off + bits > 32) words[(w + 1) * stride] |= (uint32_t)(x >> 32);
}

static uint32_t stream_get(const uint32_t *words, int64_t stride, int64_t idx, int bits) {
  int64_t pos = idx * bits, w = pos >> 5;
  int off = (int)(pos & 31);
  uint64_t x = words[w * stride];
  if (off + bits > 32) x |= (uint64_t)words[(w + 1) * stride] << 32;
  return (uint32_t)(x >> off) & ((1u << bits) - 1);
}

/* The reference's reader: bit t of the element is stream bit b·idx + t. */
static uint32_t stream_get_bitwise(const uint32_t *words, int64_t stride, int64_t idx, int bits) {
  uint32_t v = 0;
  for (int t = 0; t < bits; t++) {
    int64_t p = idx * bits + t;
    v |= ((words[(p / 32) * stride] >> (p % 32)) & 1u) << t;
  }
  return v;
}

void zo_gptq_pack_codes(int bits, int64_t K, int64_t N, const uint8_t *q, uint32_t *qweight) {
  assert_shape(bits, K, N);
  uint32_t maxq = (1u << bits) - 1;
  memset(qweight, 0, (size_t)zo_gptq_qweight_rows(bits, K) * (size_t)N * 4);
  for (int64_t k = 0; k < K; k++)
    for (int64_t n = 0; n < N; n++) {
      ZO_ASSERT(q[k * N + n] <= maxq);
      stream_put(qweight + n, N, k, bits, q[k * N + n]);
    }
}

void zo_gptq_unpack_codes(int bits, int64_t K, int64_t N, const uint32_t *qweight, uint8_t *q) {
  assert_shape(bits, K, N);
  for (int64_t k = 0; k < K; k++)
    for (int64_t n = 0; n < N; n++) q[k * N + n] = (uint8_t)stream_get(qweight + n, N, k, bits);
}

void zo_gptq_pack_zeros(int bits, int64_t ngroups, int64_t N, const uint8_t *z, uint32_t *qzeros) {
  assert_shape(bits, N, ngroups);
  uint32_t maxq = (1u << bits) - 1;
  int64_t cols = zo_gptq_qzeros_cols(bits, N);
  memset(qzeros, 0, (size_t)ngroups * (size_t)cols * 4);
  for (int64_t g = 0; g < ngroups; g++)
    for (int64_t n = 0; n < N; n++) {
      ZO_ASSERT(z[g * N + n] <= maxq);
      stream_put(qzeros + g * cols, 1, n, bits, (z[g * N + n] - 1u) & maxq); /* v1: z - 1 */
    }
}

void zo_gptq_unpack_zeros(int bits, int64_t ngroups, int64_t N, const uint32_t *qzeros, uint8_t *z) {
  assert_shape(bits, N, ngroups);
  uint32_t maxq = (1u << bits) - 1;
  int64_t cols = zo_gptq_qzeros_cols(bits, N);
  for (int64_t g = 0; g < ngroups; g++)
    for (int64_t n = 0; n < N; n++)
      z[g * N + n] = (uint8_t)((stream_get(qzeros + g * cols, 1, n, bits) + 1u) & maxq);
}

int zo_gptq_dequant_ref(int bits, int64_t K, int64_t N, int64_t G, const uint32_t *qweight,
                        const uint32_t *qzeros, const uint16_t *scales, const int32_t *g_idx,
                        float *W) {
  assert_shape(bits, K, N);
  assert_shape(bits, N, K);
  uint32_t maxq = (1u << bits) - 1;
  int64_t gs = zo_gptq_group_size(K, G), ng = zo_gptq_ngroups(K, G);
  int64_t zcols = zo_gptq_qzeros_cols(bits, N);
  for (int64_t k = 0; k < K; k++) {
    int64_t g = g_idx ? g_idx[k] : k / gs;
    if (g < 0 || g >= ng) {
      zo_env_error("GPTQ g_idx", "row %lld is in group %lld, but there are %lld groups",
                   (long long)k, (long long)g, (long long)ng);
      return -1;
    }
    for (int64_t n = 0; n < N; n++) {
      int32_t q = (int32_t)stream_get_bitwise(qweight + n, N, k, bits);
      int32_t z = (int32_t)((stream_get_bitwise(qzeros + g * zcols, 1, n, bits) + 1u) & maxq);
      W[k * N + n] = zo_f16_to_f32(scales[g * N + n]) * (float)(q - z);
    }
  }
  return 0;
}

int zo_gptq_quantize(const float *W, int64_t K, int64_t N, int bits, int64_t G, bool sym,
                     const int32_t *perm, uint32_t *qweight, uint32_t *qzeros, uint16_t *scales,
                     int32_t *g_idx) {
  if (zo_gptq_check("GPTQ quantizer", bits, K, N, G)) return -1;
  int64_t gs = zo_gptq_group_size(K, G), ng = zo_gptq_ngroups(K, G);
  int maxq = (1 << bits) - 1;
  int rc = -1;
  int32_t *order = zo_xmalloc((size_t)K * sizeof *order);
  uint8_t *q = zo_xmalloc((size_t)K * (size_t)N);
  uint8_t *z = zo_xmalloc((size_t)ng * (size_t)N);
  float *xmin = zo_xmalloc((size_t)N * sizeof *xmin), *xmax = zo_xmalloc((size_t)N * sizeof *xmax);
  float *sc = zo_xmalloc((size_t)N * sizeof *sc); /* the group's stored scales, as f32 */

  /* The row order that fills the groups, checked to be a permutation. */
  memset(order, 0xff, (size_t)K * sizeof *order);
  for (int64_t i = 0; i < K; i++) {
    int64_t k = perm ? perm[i] : i;
    if (k < 0 || k >= K || order[k] != -1) {
      zo_env_error("GPTQ quantizer", "act-order permutation is not a permutation of 0..%lld "
                   "(entry %lld = %lld)", (long long)K - 1, (long long)i, (long long)k);
      goto out;
    }
    order[k] = (int32_t)i; /* inverse, used only for the check */
  }
  for (int64_t i = 0; i < K; i++) {
    int64_t k = perm ? perm[i] : i;
    g_idx[k] = (int32_t)(i / gs);
    order[i] = (int32_t)k;
  }

  for (int64_t g = 0; g < ng; g++) {
    int64_t i0 = g * gs, i1 = i0 + gs < K ? i0 + gs : K;
    for (int64_t n = 0; n < N; n++) xmin[n] = xmax[n] = 0; /* the grid always holds 0 */
    for (int64_t i = i0; i < i1; i++) {
      const float *row = W + (int64_t)order[i] * N;
      for (int64_t n = 0; n < N; n++) {
        if (!isfinite(row[n])) {
          zo_env_error("GPTQ quantizer", "weight [%d, %lld] is %g", order[i], (long long)n,
                       (double)row[n]);
          goto out;
        }
        xmin[n] = fminf(xmin[n], row[n]);
        xmax[n] = fmaxf(xmax[n], row[n]);
      }
    }
    for (int64_t n = 0; n < N; n++) {
      float lo = xmin[n], hi = xmax[n];
      if (sym) {
        hi = fmaxf(-lo, hi);
        lo = -hi;
      }
      if (lo == 0 && hi == 0) lo = -1, hi = 1;
      uint16_t h = zo_f32_to_f16_up((hi - lo) / (float)maxq);
      float s = zo_f16_to_f32(h);
      int zz;
      if (sym) {
        zz = 1 << (bits - 1);
      } else {
        zz = (int)rintf(-lo / s);
        if (zz > maxq) zz = maxq; /* cannot happen: -lo <= maxq·scale; kept as a guard */
        if (zz <= 0) {            /* see quant.h: v1 cannot carry z = 0 */
          h = zo_f32_to_f16_up(fmaxf(hi / (float)(maxq - 1), s));
          s = zo_f16_to_f32(h);
          zz = 1;
        }
      }
      if (h >= 0x7c00) {
        zo_env_error("GPTQ quantizer", "group %lld, column %lld: scale %g is beyond f16",
                     (long long)g, (long long)n, (double)((hi - lo) / (float)maxq));
        goto out;
      }
      scales[g * N + n] = h;
      z[g * N + n] = (uint8_t)zz;
      sc[n] = s;
    }
    for (int64_t i = i0; i < i1; i++) {
      int64_t k = order[i];
      for (int64_t n = 0; n < N; n++) {
        float c = rintf(W[k * N + n] / sc[n]) + (float)z[g * N + n];
        q[k * N + n] = (uint8_t)(c < 0 ? 0 : c > (float)maxq ? maxq : (int)c);
      }
    }
  }
  zo_gptq_pack_codes(bits, K, N, q, qweight);
  zo_gptq_pack_zeros(bits, ng, N, z, qzeros);
  rc = 0;
out:
  free(order);
  free(q);
  free(z);
  free(xmin);
  free(xmax);
  free(sc);
  return rc;
}

/* ==== int8 per channel */

/* absmax of each row; -1 (with a message) on NaN/inf. */
static int row_absmax(const char *what, const float *W, int64_t N, int64_t K, float *amax) {
  for (int64_t n = 0; n < N; n++) {
    float m = 0;
    for (int64_t k = 0; k < K; k++) {
      float x = W[n * K + k];
      if (!isfinite(x)) {
        zo_env_error(what, "weight [%lld, %lld] is %g", (long long)n, (long long)k, (double)x);
        return -1;
      }
      m = fmaxf(m, fabsf(x));
    }
    amax[n] = m;
  }
  return 0;
}

int zo_int8_quantize(const float *W, int64_t N, int64_t K, int8_t *q, DType scale_dt, void *scale) {
  ZO_ASSERT(scale_dt == ZO_DT_F32 || scale_dt == ZO_DT_F16);
  float *amax = zo_xmalloc((size_t)N * sizeof *amax);
  if (row_absmax("int8 quantizer", W, N, K, amax)) {
    free(amax);
    return -1;
  }
  for (int64_t n = 0; n < N; n++) {
    float s = amax[n] / 127.0f;
    if (scale_dt == ZO_DT_F16) {
      /* rounded up so that |w| / s <= 127 still holds with the stored scale */
      uint16_t h = zo_f32_to_f16_up(s);
      if (h >= 0x7c00) {
        zo_env_error("int8 quantizer", "row %lld: scale %g is beyond f16", (long long)n, (double)s);
        free(amax);
        return -1;
      }
      ((uint16_t *)scale)[n] = h;
      s = zo_f16_to_f32(h);
    } else {
      ((float *)scale)[n] = s;
    }
    for (int64_t k = 0; k < K; k++) {
      float c = s > 0 ? rintf(W[n * K + k] / s) : 0;
      q[n * K + k] = (int8_t)(c < -127 ? -127 : c > 127 ? 127 : c);
    }
  }
  free(amax);
  return 0;
}

void zo_int8_dequant(const int8_t *q, DType scale_dt, const void *scale, int64_t N, int64_t K,
                     float *W) {
  ZO_ASSERT(scale_dt == ZO_DT_F32 || scale_dt == ZO_DT_F16);
  for (int64_t n = 0; n < N; n++) {
    float s = scale_dt == ZO_DT_F16 ? zo_f16_to_f32(((const uint16_t *)scale)[n])
                                    : ((const float *)scale)[n];
    for (int64_t k = 0; k < K; k++) W[n * K + k] = s * (float)q[n * K + k];
  }
}

/* ==== fp8 e4m3 per channel */

int zo_fp8_quantize(const float *W, int64_t N, int64_t K, uint8_t *w8, float *scale) {
  float *amax = zo_xmalloc((size_t)N * sizeof *amax);
  if (row_absmax("fp8 quantizer", W, N, K, amax)) {
    free(amax);
    return -1;
  }
  for (int64_t n = 0; n < N; n++) {
    float s = amax[n] / ZO_F8E4M3_MAX;
    scale[n] = s;
    /* x / s can land a rounding above 448; the saturating cast keeps it 448 */
    for (int64_t k = 0; k < K; k++) w8[n * K + k] = s > 0 ? zo_f32_to_f8e4m3_sat(W[n * K + k] / s) : 0;
  }
  free(amax);
  return 0;
}

void zo_fp8_dequant(const uint8_t *w8, const float *scale, int64_t N, int64_t K, float *W) {
  for (int64_t n = 0; n < N; n++)
    for (int64_t k = 0; k < K; k++) W[n * K + k] = zo_f8e4m3_to_f32(w8[n * K + k]) * scale[n];
}

/* ==== NVFP4 */
const float zo_e2m1_table[16] = {0.0f,  0.5f,  1.0f,  1.5f,  2.0f,  3.0f,  4.0f,  6.0f,
                                 -0.0f, -0.5f, -1.0f, -1.5f, -2.0f, -3.0f, -4.0f, -6.0f};

/* the E2M1 code of y: the nearest magnitude (a tie to the even code), the sign in bit 3 (+0 for 0) */
static uint8_t e2m1_code(float y) {
  static const float mid[7] = {0.25f, 0.75f, 1.25f, 1.75f, 2.5f, 3.5f, 5.0f};
  float a = fabsf(y);
  uint8_t c = 0;
  for (int i = 0; i < 7; i++)
    if (a > mid[i] || (a == mid[i] && (i & 1))) c = (uint8_t)(i + 1);   /* tie: up when i + 1 is even */
  return c && y < 0 ? (uint8_t)(c | 8) : c;
}

/* the smallest e4m3 code whose value is >= x (0 <= x; 448 at most) */
static uint8_t e4m3_ceil(float x) {
  uint8_t c;
  float v;
  zo_convert_from_f32(ZO_DT_F8E4M3, &x, &c, 1);
  zo_convert_to_f32(ZO_DT_F8E4M3, &c, &v, 1);
  return v < x && c < 0x7E ? (uint8_t)(c + 1) : c;   /* positive codes grow with their values */
}

int zo_nvfp4_quantize(const float *W, int64_t N, int64_t K, int64_t G, uint8_t *codes, uint8_t *scale, float *scale2) {
  ZO_ASSERT(G >= 2 && G % 2 == 0 && K % G == 0);
  float *amax = zo_xmalloc((size_t)(N ? N : 1) * sizeof *amax);
  if (row_absmax("nvfp4 quantizer", W, N, K, amax)) {
    free(amax);
    return -1;
  }
  float m = 0;
  for (int64_t n = 0; n < N; n++) m = fmaxf(m, amax[n]);
  free(amax);
  float s2 = m > 0 ? m / (6.0f * ZO_F8E4M3_MAX) : 1.0f;
  *scale2 = s2;
  memset(codes, 0, (size_t)(N * K / 2));
  for (int64_t n = 0; n < N; n++)
    for (int64_t g = 0; g < K / G; g++) {
      const float *x = W + n * K + g * G;
      float bmax = 0;
      for (int64_t k = 0; k < G; k++) bmax = fmaxf(bmax, fabsf(x[k]));
      uint8_t sc = bmax > 0 ? e4m3_ceil(bmax / 6.0f / s2) : 0;
      scale[n * (K / G) + g] = sc;
      float sv;
      zo_convert_to_f32(ZO_DT_F8E4M3, &sc, &sv, 1);
      for (int64_t k = 0; k < G && sc; k++) {
        int64_t e = g * G + k;
        codes[n * (K / 2) + e / 2] |= (uint8_t)(e2m1_code(x[k] / (sv * s2)) << (4 * (e & 1)));
      }
    }
  return 0;
}

void zo_nvfp4_dequant(const uint8_t *codes, const uint8_t *scale, float scale2, int64_t N, int64_t K, int64_t G,
                      float *W) {
  for (int64_t n = 0; n < N; n++)
    for (int64_t k = 0; k < K; k++) {
      uint8_t sc = scale[n * (K / G) + k / G];
      float sv;
      zo_convert_to_f32(ZO_DT_F8E4M3, &sc, &sv, 1);
      W[n * K + k] = zo_e2m1_table[(codes[n * (K / 2) + k / 2] >> (4 * (k & 1))) & 15] * sv * scale2;
    }
}

/* ==== NF4 */

/* bitsandbytes' get_4bit_type('nf4') / kernels.cu nf4_data: the quantiles of
 * N(0, 1) normalised to [-1, 1], with an exact 0. */
const float zo_nf4_table[16] = {
    -1.0f,                 -0.6961928009986877f, -0.5250730514526367f, -0.39491748809814453f,
    -0.28444138169288635f, -0.18477343022823334f, -0.09105003625154495f, 0.0f,
    0.07958029955625534f,  0.16093020141124725f,  0.24611230194568634f,  0.33791524171829224f,
    0.44070982933044434f,  0.5626170039176941f,   0.7229568362236023f,   1.0f};

/* Midpoints between neighbouring codes, as bitsandbytes' dQuantizeNF4
 * thresholds: the decimal midpoints rounded to f32 (computed in double from
 * the same decimals, which is what those literals are). */
static const double nf4_dec[16] = {
    -1.0, -0.6961928009986877, -0.5250730514526367, -0.39491748809814453,
    -0.28444138169288635, -0.18477343022823334, -0.09105003625154495, 0.0,
    0.07958029955625534, 0.16093020141124725, 0.24611230194568634, 0.33791524171829224,
    0.44070982933044434, 0.5626170039176941, 0.7229568362236023, 1.0};

/* The codes are sorted, so the nearest is the number of midpoints x is
 * strictly above (a tie goes down). */
static uint8_t nf4_code(const float mid[15], float x) {
  uint8_t c = 0;
  for (int i = 0; i < 15; i++) c += x > mid[i];
  return c;
}

int zo_nf4_quantize(const float *W, size_t n, int64_t block, uint8_t *packed, float *absmax) {
  ZO_ASSERT(block > 0);
  size_t bs = (size_t)block, nb = (n + bs - 1) / bs;
  float mid[15];
  for (int i = 0; i < 15; i++) mid[i] = (float)((nf4_dec[i] + nf4_dec[i + 1]) / 2);
  memset(packed, 0, (n + 1) / 2);
  for (size_t b = 0; b < nb; b++) {
    size_t i0 = b * bs, i1 = i0 + bs < n ? i0 + bs : n;
    float m = 0;
    for (size_t i = i0; i < i1; i++) {
      if (!isfinite(W[i])) {
        zo_env_error("nf4 quantizer", "weight element %zu is %g", i, (double)W[i]);
        return -1;
      }
      m = fmaxf(m, fabsf(W[i]));
    }
    absmax[b] = m;
    float inv = m > 0 ? 1.0f / m : 0; /* bitsandbytes multiplies by the reciprocal */
    for (size_t i = i0; i < i1; i++) {
      uint8_t c = nf4_code(mid, W[i] * inv);
      packed[i / 2] |= (uint8_t)(i % 2 == 0 ? c << 4 : c); /* first element: high nibble */
    }
  }
  return 0;
}

void zo_nf4_dequant(const uint8_t *packed, const float *absmax, size_t n, int64_t block, float *W) {
  ZO_ASSERT(block > 0);
  for (size_t i = 0; i < n; i++) {
    uint8_t c = i % 2 == 0 ? packed[i / 2] >> 4 : packed[i / 2] & 0xf;
    W[i] = zo_nf4_table[c] * absmax[i / (size_t)block];
  }
}

/* ==== AQLM 1x16 */

void zo_aqlm_dequant(const int16_t *codes, const uint16_t *codebooks, const uint16_t *scales,
                     int64_t out, int64_t in, float *W) {
  ZO_ASSERT(in % 8 == 0);
  for (int64_t i = 0; i < out; i++) {
    float s = zo_f16_to_f32(scales[i]);
    for (int64_t j = 0; j < in / 8; j++) {
      uint16_t c = (uint16_t)codes[i * (in / 8) + j];
      for (int t = 0; t < 8; t++)
        W[i * in + 8 * j + t] = zo_f16_to_f32(codebooks[(size_t)c * 8 + (size_t)t]) * s;
    }
  }
}

static float unit_uniform(uint64_t *s) { return (float)(zo_splitmix64(s) >> 40) * 0x1p-24f; } /* [0, 1) */

void zo_aqlm_random(uint64_t seed, int64_t out, int64_t in, float std, int16_t *codes,
                    uint16_t *codebooks, uint16_t *scales) {
  ZO_ASSERT(in % 8 == 0 && std >= 0);
  uint64_t s = seed;
  const float r = 1.7320508075688772f; /* sqrt 3: uniform [-r, r] has variance 1 */
  for (size_t i = 0; i < (size_t)65536 * 8; i++) codebooks[i] = zo_f32_to_f16((2 * unit_uniform(&s) - 1) * r);
  for (int64_t i = 0; i < out; i++) scales[i] = zo_f32_to_f16(std * (0.5f + unit_uniform(&s)));
  for (int64_t i = 0; i < out * (in / 8); i++) codes[i] = (int16_t)(uint16_t)(zo_splitmix64(&s) >> 48);
}
