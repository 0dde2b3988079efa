/* quant.h — the packed weight formats zoc reads and writes, as plain bit-by-bit
 * C references and quantizers.
 *
 * In zoc a format is written in the .zo language (storage tensors + a dequant
 * expression that the compiler inlines), so compiled code never calls these.
 * They are (a) the references the compiled dequant is tested against and
 * (b) the quantizers that make checkpoints (`zoc random-weights`, the demo's
 * teacher -> 4-bit student). Their layouts are the ones the real tools write
 * (GPTQModel, bitsandbytes, AQLM), checked against numpy in tests/test_quant.c
 * and tests/py/quant_oracle.py.
 *
 * Layouts of the float matrices the functions take and return:
 *   GPTQ                  logical W [K, N] row-major (K = in_features, N = out_features;
 *                         y = x·W), the orientation of qweight/scales.
 *   int8, fp8, NVFP4, nf4, AQLM  [N, K] = [out, in] row-major, a Hugging Face Linear weight,
 *                         the orientation of their stored codes.
 * Every quantizer takes its float input in the same layout its dequant returns.
 *
 * Errors: shapes and parameters that come from outside (a checkpoint's config)
 * are checked by zo_gptq_check() and friends, which report with zo_env_error()
 * and return -1; a function given shapes that were not checked first treats a
 * bad one as a bug in its caller (ZO_ASSERT). Data that can be bad (NaN/inf
 * weights, out-of-range g_idx, a scale past the f16 range) gives -1 with a
 * message. */
#ifndef ZOC_QUANT_H
#define ZOC_QUANT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ir/dtype.h"

/* ==== GPTQ (as GPTQModel / AutoGPTQ write it, checkpoint format "gptq" = v1)
 *
 * bits b in {2, 3, 4, 8}; group size G (G = -1: one group over all of K);
 * maxq = 2^b - 1; ngroups = ceil(K / G).
 *
 *   qweight u32 (stored as I32) [K·b/32, N]. Each column n is one continuous
 *           little-endian bit stream along K: code q[k, n] occupies stream bits
 *           [b·k, b·k + b), stream bit j being bit j%32 of word j/32. For b in
 *           {2,4,8} that is bits b·(k mod 32/b) of word k/(32/b). For b = 3 codes
 *           cross words exactly as the original GPTQ pack does: word 0 holds
 *           k = 0..9 at bits 0..29 and the low 2 bits of k = 10 at bits 30..31;
 *           word 1 has bit 2 of k = 10 at bit 0, k = 11..20 at bits 1..30 and
 *           the low bit of k = 21 at bit 31; word 2 has bits 1..2 of k = 21 at
 *           bits 0..1 and k = 22..31 at bits 2..31. Needs K·b % 32 == 0.
 *   qzeros  u32 [ngroups, N·b/32]: zero points z[g, n] packed the same way
 *           along N (needs N·b % 32 == 0). On disk ("v1") each is stored MINUS
 *           ONE, modulo 2^b: stored = (z - 1) & maxq. Pack applies the offset,
 *           unpack removes it.
 *   scales  f16 [ngroups, N].
 *   g_idx   i32 [K]: the group of row k; k / G without act-order.
 *
 *   W[k, n] = scales[g_idx[k], n] · (q[k, n] - z[g_idx[k], n])
 */
int zo_gptq_check(const char *what, int bits, int64_t K, int64_t N, int64_t G);
int64_t zo_gptq_group_size(int64_t K, int64_t G);  /* G; K when G = -1 or G > K */
int64_t zo_gptq_ngroups(int64_t K, int64_t G);     /* ceil(K / G) */
int64_t zo_gptq_qweight_rows(int bits, int64_t K); /* K·b/32 */
int64_t zo_gptq_qzeros_cols(int bits, int64_t N);  /* N·b/32 */

/* codes q u8 [K, N] (each <= maxq) <-> qweight */
void zo_gptq_pack_codes(int bits, int64_t K, int64_t N, const uint8_t *q, uint32_t *qweight);
void zo_gptq_unpack_codes(int bits, int64_t K, int64_t N, const uint32_t *qweight, uint8_t *q);
/* zeros z u8 [ngroups, N] (each <= maxq) <-> qzeros, v1 offset applied/removed */
void zo_gptq_pack_zeros(int bits, int64_t ngroups, int64_t N, const uint8_t *z, uint32_t *qzeros);
void zo_gptq_unpack_zeros(int bits, int64_t ngroups, int64_t N, const uint32_t *qzeros, uint8_t *z);

/* The reference dequant: W f32 [K, N]. Reads each code and zero one bit at a
 * time from the stream position (deliberately not the pack's code, so the two
 * check each other). g_idx may be NULL (= k / G). Returns -1 (with a message)
 * if a g_idx entry is outside [0, ngroups). The product is one f32 rounding:
 * W = (float)scale · (float)(q - z). */
int zo_gptq_dequant_ref(int bits, int64_t K, int64_t N, int64_t G, const uint32_t *qweight,
                        const uint32_t *qzeros, const uint16_t *scales, const int32_t *g_idx,
                        float *W);

/* Round-to-nearest quantizer (GPTQ's Quantizer.find_params without the
 * Hessian-based error feedback). W f32 [K, N]. perm: NULL, or a permutation
 * of 0..K-1 giving the order in which rows fill groups (act-order):
 * g_idx[perm[i]] = i / G. For each group and column, over the group's rows:
 *   xmin = min(0, min x), xmax = max(0, max x)   (the grid always holds 0)
 *   sym:  xmax = max(-xmin, xmax), xmin = -xmax, z = 2^(b-1)
 *         (GPTQ leaves xmin = 0 for an all-non-negative group, which clips
 *         half the range; we always centre)
 *   xmin = xmax = 0 -> [-1, 1]
 *   scale = (xmax - xmin) / maxq in f32, stored as the smallest f16 >= it
 *         (rounding up, not to nearest, keeps the whole range on the grid,
 *         and a tiny scale cannot underflow to 0)
 *   asym: z = rint(-xmin / scale). If that is 0 the group is re-gridded with
 *         z = 1, scale = max(xmax / (maxq - 1), scale): v1 stores z = 0 as
 *         2^b - 1, which GPTQModel's v1->v2 conversion (a packed add of
 *         0x11111111...) carries into the neighbouring zero and other readers
 *         load as 2^b. So z is always in [1, maxq].
 *   q = clamp(rint(x / scale) + z, 0, maxq), with the stored (f16) scale.
 * Every element then dequantizes within scale/2 of x (up to f32 rounding).
 * Returns -1 with a message on a NaN/inf weight, a scale beyond f16, or a
 * perm that is not a permutation. */
int zo_gptq_quantize(const float *W, int64_t K, int64_t N, int bits, int64_t G, bool sym,
                     const int32_t *perm, uint32_t *qweight, uint32_t *qzeros, uint16_t *scales,
                     int32_t *g_idx);

/* ==== int8, per output channel, symmetric
 *   q     i8 [N, K] (like a HF Linear weight, [out, in])
 *   scale f32 or f16 [N];  W[n, k] = scale[n] · q[n, k]
 * Quantizer: scale = absmax(row) / 127 (f16: rounded up, as for GPTQ),
 * q = clamp(rint(w / scale), -127, 127) with the stored scale; a zero row
 * stores scale 0 and codes 0. Error <= scale/2 per element. */
int zo_int8_quantize(const float *W, int64_t N, int64_t K, int8_t *q, DType scale_dt, void *scale);
void zo_int8_dequant(const int8_t *q, DType scale_dt, const void *scale, int64_t N, int64_t K,
                     float *W);

/* ==== fp8 e4m3fn, per output channel
 *   w     f8e4m3 [N, K];  scale f32 [N];  W[n, k] = f8(w[n, k]) · scale[n]
 * Quantizer: scale = absmax(row) / 448, w = f8_sat(x / scale) (saturating,
 * see convert.h); a zero row stores scale 0 and codes 0. */
int zo_fp8_quantize(const float *W, int64_t N, int64_t K, uint8_t *w8, float *scale);
void zo_fp8_dequant(const uint8_t *w8, const float *scale, int64_t N, int64_t K, float *W);

/* ==== NVFP4 (NVIDIA ModelOpt's layout, models/formats.zo's nvfp4(G))
 *   weight         u8 [N, K/2]: FP4 E2M1 codes two a byte along each [out, in]
 *                  row, element 2j in the low nibble of byte j; code c is
 *                  zo_e2m1_table[c] (bit 3 the sign)
 *   weight_scale   f8e4m3 [N, K/G]: one scale per G inputs of a row
 *   weight_scale_2 f32 []: one per tensor
 *   W[n, k] = (e2m1[code] · e4m3(weight_scale[n, k/G])) · weight_scale_2, in f32
 * Quantizer: scale_2 = absmax(W) / (6 · 448), so the largest block scale is
 * e4m3's largest, 448; a block's scale is the smallest e4m3 >= its absmax /
 * 6 / scale_2 (rounding up keeps the block's max within the grid's 6: the
 * group max maps to at most 6, never clipped), and each code the nearest
 * E2M1 value of x / (scale · scale_2), a tie to the even code. An all-zero
 * block stores scale 0 and codes 0; an all-zero tensor scale_2 1. K must be a
 * multiple of G and G even. -1 with a message on a NaN/inf weight. */
extern const float zo_e2m1_table[16];
int zo_nvfp4_quantize(const float *W, int64_t N, int64_t K, int64_t G, uint8_t *codes, uint8_t *scale, float *scale2);
void zo_nvfp4_dequant(const uint8_t *codes, const uint8_t *scale, float scale2, int64_t N, int64_t K, int64_t G,
                      float *W);

/* ==== NF4 as bitsandbytes stores it (Params4bit, quant_type "nf4", no
 * double quantization)
 *   the weight [out, in] flattened to n elements, cut into blocks of
 *   `block` (bitsandbytes' default 64; the last block may be short);
 *   absmax f32 [ceil(n / block)] = max |x| over the block;
 *   packed u8 [ceil(n / 2)]: two 4-bit codes per byte, the FIRST element in
 *   the HIGH nibble (byte i = code[2i] << 4 | code[2i+1]; odd n leaves the
 *   last low nibble 0);
 *   W[i] = zo_nf4_table[code[i]] · absmax[i / block].
 * Quantizer: x = w · (1 / absmax) as bitsandbytes computes it, then the
 * nearest code, a tie going to the lower one (bitsandbytes' dQuantizeNF4
 * tests x > midpoint). An all-zero block stores absmax 0 and code 7 (0.0). */
#define ZO_NF4_BLOCK 64
extern const float zo_nf4_table[16];
int zo_nf4_quantize(const float *W, size_t n, int64_t block, uint8_t *packed, float *absmax);
void zo_nf4_dequant(const uint8_t *packed, const float *absmax, size_t n, int64_t block, float *W);

/* ==== AQLM 1x16 (one codebook of 2^16 codes, groups of 8 input features)
 *   codes     i16 [out, in/8, 1] (the index is the int16 reinterpreted as u16)
 *   codebooks f16 [1, 65536, 1, 8]
 *   scales    f16 [out, 1, 1, 1]
 *   W[i, 8j + t] = codebooks[0, (u16)codes[i, j], 0, t] · scales[i]   (W is [out, in])
 * The reference multiplies in f32 (AQLM's kernels do it in f16, one more
 * rounding). in must be a multiple of 8. */
void zo_aqlm_dequant(const int16_t *codes, const uint16_t *codebooks, const uint16_t *scales,
                     int64_t out, int64_t in, float *W);
/* Deterministic random codes/codebooks/scales from a seed, for tests and
 * `zoc random-weights`: codebook entries uniform in [-sqrt 3, sqrt 3] (unit
 * variance), scales uniform in [0.5, 1.5]·std, codes uniform over all 2^16,
 * so W has a standard deviation of about std. */
void zo_aqlm_random(uint64_t seed, int64_t out, int64_t in, float std, int16_t *codes,
                    uint16_t *codebooks, uint16_t *scales);

#endif
