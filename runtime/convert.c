/* convert.c — f32 <-> f16 / bf16 / f8e4m3 and the generic dtype conversions
 * (see convert.h for the semantics of each format).
 *
 * Approach: every narrowing works on the f32 bit pattern. A normal result is
 * the f32 pattern re-biased and shifted right with round-to-nearest-even (a
 * carry out of the mantissa correctly bumps the exponent); a subnormal
 * result is the full 24-bit significand shifted right by the distance from
 * the target's smallest exponent, rounded the same way. Overflow and NaN are
 * decided up front on the magnitude bits, before any arithmetic. */
#include "runtime/convert.h"

#include <math.h>
#include <string.h>

#include "support/support.h"

static uint32_t f32_bits(float f) {
  uint32_t u;
  memcpy(&u, &f, 4);
  return u;
}

static float bits_f32(uint32_t u) {
  float f;
  memcpy(&f, &u, 4);
  return f;
}

/* m >> s, rounded to nearest, ties to even. */
static uint32_t rne_shift(uint32_t m, unsigned s) {
  if (s == 0) return m;
  if (s >= 32) return 0; /* callers pass m < 2^24, so m / 2^s < 1/2 here */
  uint32_t q = m >> s, rem = m & ((1u << s) - 1), half = 1u << (s - 1);
  if (rem > half || (rem == half && (q & 1))) q++;
  return q;
}

/* ---- f16 */

float zo_f16_to_f32(uint16_t h) {
  uint32_t sign = (uint32_t)(h & 0x8000) << 16;
  uint32_t e = (h >> 10) & 0x1f, m = h & 0x3ff;
  if (e == 0) /* zero or subnormal: m * 2^-24, exact in f32 */
    return bits_f32(f32_bits((float)m * 0x1p-24f) | sign);
  if (e == 31) return bits_f32(sign | 0x7f800000u | (m << 13)); /* inf, NaN payload kept */
  return bits_f32(sign | ((e + 112) << 23) | (m << 13));       /* re-bias 15 -> 127 */
}

uint16_t zo_f32_to_f16(float f) {
  uint32_t x = f32_bits(f);
  uint16_t sign = (uint16_t)((x >> 16) & 0x8000);
  uint32_t ax = x & 0x7fffffffu;
  if (ax > 0x7f800000u) return sign | 0x7e00 | ((ax >> 13) & 0x3ff); /* quiet NaN */
  if (ax >= 0x477ff000u) return sign | 0x7c00; /* >= 65520, the tie above 65504, rounds to inf */
  if (ax >= 0x38800000u)                       /* >= 2^-14: normal */
    return sign | (uint16_t)rne_shift(ax - 0x38000000u, 13);
  uint32_t e = ax >> 23;
  if (e < 102) return sign; /* < 2^-25: rounds to zero (2^-25 itself is a tie, even = 0) */
  /* subnormal: value / 2^-24 = significand * 2^(e-126) */
  return sign | (uint16_t)rne_shift((ax & 0x7fffffu) | 0x800000u, 126 - e);
}

uint16_t zo_f32_to_f16_up(float f) {
  ZO_ASSERT(f >= 0);
  uint16_t h = zo_f32_to_f16(f);
  if (h < 0x7c00 && zo_f16_to_f32(h) < f) h++; /* next f16 up: positive patterns are ordered */
  return h;
}

/* ---- bf16 */

float zo_bf16_to_f32(uint16_t h) { return bits_f32((uint32_t)h << 16); }

uint16_t zo_f32_to_bf16(float f) {
  uint32_t x = f32_bits(f);
  if ((x & 0x7fffffffu) > 0x7f800000u) return (uint16_t)((x >> 16) | 0x40); /* quiet NaN, sign kept */
  return (uint16_t)((x + 0x7fffu + ((x >> 16) & 1)) >> 16); /* cannot wrap: x <= 0xff800000 */
}

/* ---- f8 e4m3fn */

float zo_f8e4m3_to_f32(uint8_t v) {
  uint32_t sign = (uint32_t)(v & 0x80) << 24;
  uint32_t e = (v >> 3) & 0xf, m = v & 7;
  if (e == 15 && m == 7) return bits_f32(sign | 0x7fc00000u);
  if (e == 0) return bits_f32(f32_bits((float)m * 0x1p-9f) | sign);
  return bits_f32(sign | ((e + 120) << 23) | (m << 20)); /* re-bias 7 -> 127 */
}

/* |x| <= 464 and not NaN: the rounding itself never reaches the NaN pattern. */
static uint8_t f8_in_range(uint8_t sign, uint32_t ax) {
  if (ax >= 0x3c800000u) /* >= 2^-6: normal */
    return sign | (uint8_t)rne_shift(ax - 0x3c000000u, 20);
  uint32_t e = ax >> 23;
  if (e < 117) return sign; /* < 2^-10: rounds to zero (2^-10 is a tie, even = 0) */
  /* subnormal: value / 2^-9 = significand * 2^(e-141) */
  return sign | (uint8_t)rne_shift((ax & 0x7fffffu) | 0x800000u, 141 - e);
}

uint8_t zo_f32_to_f8e4m3(float f) {
  uint32_t x = f32_bits(f);
  uint8_t sign = (uint8_t)((x >> 24) & 0x80);
  uint32_t ax = x & 0x7fffffffu;
  /* NaN, inf, and anything past 464 (the tie between 448 and the NaN
   * pattern, which rounds to even = 448) has no f8 value: NaN. */
  if (ax > 0x43e80000u) return sign | 0x7f;
  return f8_in_range(sign, ax);
}

uint8_t zo_f32_to_f8e4m3_sat(float f) {
  uint32_t x = f32_bits(f);
  uint8_t sign = (uint8_t)((x >> 24) & 0x80);
  uint32_t ax = x & 0x7fffffffu;
  if (ax > 0x7f800000u) return sign | 0x7f;
  if (ax >= 0x43e00000u) return sign | 0x7e; /* >= 448, inf included: ±448 */
  return f8_in_range(sign, ax);
}

/* ---- arrays */

void zo_f16_to_f32_array(const uint16_t *src, float *dst, size_t n) {
  for (size_t i = 0; i < n; i++) dst[i] = zo_f16_to_f32(src[i]);
}
void zo_f32_to_f16_array(const float *src, uint16_t *dst, size_t n) {
  for (size_t i = 0; i < n; i++) dst[i] = zo_f32_to_f16(src[i]);
}
void zo_bf16_to_f32_array(const uint16_t *src, float *dst, size_t n) {
  for (size_t i = 0; i < n; i++) dst[i] = zo_bf16_to_f32(src[i]);
}
void zo_f32_to_bf16_array(const float *src, uint16_t *dst, size_t n) {
  for (size_t i = 0; i < n; i++) dst[i] = zo_f32_to_bf16(src[i]);
}
void zo_f8e4m3_to_f32_array(const uint8_t *src, float *dst, size_t n) {
  for (size_t i = 0; i < n; i++) dst[i] = zo_f8e4m3_to_f32(src[i]);
}
void zo_f32_to_f8e4m3_sat_array(const float *src, uint8_t *dst, size_t n) {
  for (size_t i = 0; i < n; i++) dst[i] = zo_f32_to_f8e4m3_sat(src[i]);
}

/* ---- generic. Elements go through memcpy: a tensor inside a mapped
 * checkpoint need not be aligned to its element size. */

#define LOAD(T, i) ({ T v_; memcpy(&v_, (const char *)src + (i) * sizeof(T), sizeof(T)); v_; })
#define STORE(T, i, x) do { T v_ = (x); memcpy((char *)dst + (i) * sizeof(T), &v_, sizeof(T)); } while (0)

void zo_convert_to_f32(DType t, const void *src, float *dst, size_t n) {
  switch (t) {
  case ZO_DT_F32: memcpy(dst, src, n * 4); return;
  case ZO_DT_F16: for (size_t i = 0; i < n; i++) dst[i] = zo_f16_to_f32(LOAD(uint16_t, i)); return;
  case ZO_DT_BF16: for (size_t i = 0; i < n; i++) dst[i] = zo_bf16_to_f32(LOAD(uint16_t, i)); return;
  case ZO_DT_F8E4M3: for (size_t i = 0; i < n; i++) dst[i] = zo_f8e4m3_to_f32(LOAD(uint8_t, i)); return;
  case ZO_DT_F64: for (size_t i = 0; i < n; i++) dst[i] = (float)LOAD(double, i); return;
  case ZO_DT_I8: for (size_t i = 0; i < n; i++) dst[i] = (float)LOAD(int8_t, i); return;
  case ZO_DT_U8: for (size_t i = 0; i < n; i++) dst[i] = (float)LOAD(uint8_t, i); return;
  case ZO_DT_I16: for (size_t i = 0; i < n; i++) dst[i] = (float)LOAD(int16_t, i); return;
  case ZO_DT_U16: for (size_t i = 0; i < n; i++) dst[i] = (float)LOAD(uint16_t, i); return;
  case ZO_DT_I32: for (size_t i = 0; i < n; i++) dst[i] = (float)LOAD(int32_t, i); return;
  case ZO_DT_U32: for (size_t i = 0; i < n; i++) dst[i] = (float)LOAD(uint32_t, i); return;
  case ZO_DT_I64: for (size_t i = 0; i < n; i++) dst[i] = (float)LOAD(int64_t, i); return;
  case ZO_DT_BOOL: for (size_t i = 0; i < n; i++) dst[i] = LOAD(uint8_t, i) != 0 ? 1.0f : 0.0f; return;
  case ZO_DT_NONE:
  case ZO_DT_COUNT: break;
  }
  ZO_BUG("zo_convert_to_f32: no such dtype %d", (int)t);
}

/* Nearest integer (ties to even), clamped to [lo, hi]; NaN -> 0. Done in
 * double, where every f32 and every bound below 2^53 is exact. */
static double round_clamp(float x, double lo, double hi) {
  if (isnan(x)) return 0;
  double r = nearbyint((double)x);
  return r < lo ? lo : r > hi ? hi : r;
}

void zo_convert_from_f32(DType t, const float *src, void *dst, size_t n) {
  switch (t) {
  case ZO_DT_F32: memcpy(dst, src, n * 4); return;
  case ZO_DT_F16: for (size_t i = 0; i < n; i++) STORE(uint16_t, i, zo_f32_to_f16(src[i])); return;
  case ZO_DT_BF16: for (size_t i = 0; i < n; i++) STORE(uint16_t, i, zo_f32_to_bf16(src[i])); return;
  case ZO_DT_F8E4M3: for (size_t i = 0; i < n; i++) STORE(uint8_t, i, zo_f32_to_f8e4m3_sat(src[i])); return;
  case ZO_DT_F64: for (size_t i = 0; i < n; i++) STORE(double, i, (double)src[i]); return;
  case ZO_DT_I8: for (size_t i = 0; i < n; i++) STORE(int8_t, i, (int8_t)round_clamp(src[i], INT8_MIN, INT8_MAX)); return;
  case ZO_DT_U8: for (size_t i = 0; i < n; i++) STORE(uint8_t, i, (uint8_t)round_clamp(src[i], 0, UINT8_MAX)); return;
  case ZO_DT_I16: for (size_t i = 0; i < n; i++) STORE(int16_t, i, (int16_t)round_clamp(src[i], INT16_MIN, INT16_MAX)); return;
  case ZO_DT_U16: for (size_t i = 0; i < n; i++) STORE(uint16_t, i, (uint16_t)round_clamp(src[i], 0, UINT16_MAX)); return;
  case ZO_DT_I32: for (size_t i = 0; i < n; i++) STORE(int32_t, i, (int32_t)round_clamp(src[i], INT32_MIN, INT32_MAX)); return;
  case ZO_DT_U32: for (size_t i = 0; i < n; i++) STORE(uint32_t, i, (uint32_t)round_clamp(src[i], 0, UINT32_MAX)); return;
  case ZO_DT_I64:
    for (size_t i = 0; i < n; i++) {
      /* INT64_MAX is not a double: 2^63 and above saturate before converting. */
      double r = round_clamp(src[i], -0x1p63, 0x1p63);
      STORE(int64_t, i, r >= 0x1p63 ? INT64_MAX : (int64_t)r);
    }
    return;
  case ZO_DT_BOOL: for (size_t i = 0; i < n; i++) STORE(uint8_t, i, src[i] != 0 ? 1 : 0); return;
  case ZO_DT_NONE:
  case ZO_DT_COUNT: break;
  }
  ZO_BUG("zo_convert_from_f32: no such dtype %d", (int)t);
}
