/* convert.h — number formats: the plain-C conversions between f32 and every
 * element type of ir/dtype.h.
 *
 * These are bit-exact references (checked against numpy / ml_dtypes over every
 * f16, bf16 and f8 bit pattern in tests/test_quant.c) and the converters the
 * checkpoint writers use. The compiled kernels do not call them.
 *
 * Rounding is round-to-nearest-even everywhere. The small float formats are
 * converted on the bits, so the result depends neither on the FPU's rounding
 * mode nor on compiler support for _Float16.
 *
 *  f16    IEEE binary16. Subnormals kept; overflow (|x| >= 65520) gives ±inf;
 *         NaN stays NaN with its sign, the quiet bit set and the top payload
 *         bits kept. f16 -> f32 is exact (payload kept, not quieted).
 *  bf16   the top half of an f32, rounded to nearest even; overflow rounds to
 *         ±inf; NaN becomes a quiet NaN with its sign (never rounds to inf).
 *  f8e4m3 OCP "E4M3FN" = PyTorch float8_e4m3fn = ml_dtypes.float8_e4m3fn:
 *         1 sign, 4 exponent (bias 7), 3 mantissa bits; no infinities;
 *         S.1111.111 (0x7F / 0xFF) is NaN, so the largest value is
 *         S.1111.110 = ±448; subnormals down to 2^-9.
 *         zo_f32_to_f8e4m3() is the plain cast (what .to(float8_e4m3fn) and
 *         ml_dtypes do): a value that rounds past 448 (|x| > 464) and ±inf
 *         become NaN. zo_f32_to_f8e4m3_sat() is the quantizer's conversion:
 *         it saturates to ±448 instead (inf -> ±448), NaN stays NaN.
 */
#ifndef ZOC_CONVERT_H
#define ZOC_CONVERT_H

#include <stddef.h>
#include <stdint.h>

#include "ir/dtype.h"

#define ZO_F8E4M3_MAX 448.0f
#define ZO_F16_MAX 65504.0f

/* ---- scalars */
float zo_f16_to_f32(uint16_t h);
uint16_t zo_f32_to_f16(float f);
/* The smallest f16 >= f, for 0 <= f <= 65504 (scales that must not shrink
 * when stored: see quant.h). Returns 0x7C00 (inf) above 65504. */
uint16_t zo_f32_to_f16_up(float f);

float zo_bf16_to_f32(uint16_t h);
uint16_t zo_f32_to_bf16(float f);

float zo_f8e4m3_to_f32(uint8_t v);
uint8_t zo_f32_to_f8e4m3(float f);      /* plain cast: overflow -> NaN */
uint8_t zo_f32_to_f8e4m3_sat(float f);  /* quantizer: overflow -> ±448 */

/* ---- arrays (n elements; src and dst must not overlap) */
void zo_f16_to_f32_array(const uint16_t *src, float *dst, size_t n);
void zo_f32_to_f16_array(const float *src, uint16_t *dst, size_t n);
void zo_bf16_to_f32_array(const uint16_t *src, float *dst, size_t n);
void zo_f32_to_bf16_array(const float *src, uint16_t *dst, size_t n);
void zo_f8e4m3_to_f32_array(const uint8_t *src, float *dst, size_t n);
void zo_f32_to_f8e4m3_sat_array(const float *src, uint8_t *dst, size_t n);

/* ---- any dtype of ir/dtype.h <-> f32, n elements, little-endian host layout.
 *
 * to_f32: floats as above (f64 rounds to nearest even); integers convert to
 *   the nearest f32 (exact up to 2^24); bool: any nonzero byte is 1.
 * from_f32: f16/bf16 as above; F8E4M3 SATURATES (zo_f32_to_f8e4m3_sat),
 *   because every writer of f8 data in zoc is a quantizer and a silent NaN
 *   from an overflow would poison the checkpoint; integers round to nearest
 *   even and saturate to the type's range, NaN -> 0; bool: x != 0 (NaN -> 1,
 *   as numpy's astype(bool)).
 * A dtype outside the table (NONE) is a bug in the caller. */
void zo_convert_to_f32(DType t, const void *src, float *dst, size_t n);
void zo_convert_from_f32(DType t, const float *src, void *dst, size_t n);

#endif
