/* zo_rng.h — the RNG contract: every perturbation element z and every
 * stochastic-rounding uniform is a pure function of (seed, stream, index),
 * computed where it is used and never stored.  This one header is compiled as
 * C17 (the CPU reference, the runtime), as CUDA C by nvcc, and as CUDA C by
 * NVRTC (pasted into generated kernels), and all three give the SAME BITS.
 *
 * ---- The contract (changing any line of it changes every trained model) ----
 *
 *  step seed   seed = zo_rng_step_seed(run_seed, step, query): a splitmix64-based
 *              hash (below).  One seed per (step, query); the +eps, -eps and update
 *              passes of a step all use the same seed.
 *  stream      a 32-bit id per perturbed tensor (the ZO-marking pass assigns it).
 *  index       the LOGICAL element index inside that tensor (row-major over the
 *              tensor's logical shape, e.g. (group, column) for a GPTQ scale),
 *              never a physical/packed/tiled layout, so every backend and every
 *              kernel schedule agrees.
 *  Philox      words = Philox4x32-10(counter, key), the Random123 generator
 *              (Salmon et al., SC'11), checked against its known-answer vectors.
 *  counter     { lo32(index >> 1), hi32(index >> 1), stream, 0 }
 *              (word 3 is reserved and must stay 0, so any later extension of
 *              the counter leaves existing streams unchanged).
 *  key         { lo32(seed), hi32(seed) }
 *  normal      index = 2p + b.  u1 = U(word 0), u2 = U(word 1) with
 *              U(w) = (2*(w >> 9) + 1) * 2^-24, an odd multiple of 2^-24 in
 *              [2^-24, 1 - 2^-24]: never 0 (log is finite) and never 1, and exact
 *              in float.  r = sqrt(-2 ln u1);
 *              z(2p) = r cos(2 pi u2),  z(2p+1) = r sin(2 pi u2)  (Box–Muller),
 *              so a kernel handling a pair gets both from one Philox call
 *              (zo_rng_normal2).  |z| <= sqrt(48 ln 2) = 5.768 by construction.
 *  uniform     zo_rng_uniform(seed, stream, 2p + b) = (word[2 + b] >> 8) * 2^-24,
 *              in [0, 1 - 2^-24], exact in float: words 2 and 3 of the same
 *              Philox call, disjoint from the words 0 and 1 the normal uses, so
 *              the uniform of an element is independent of its z (QuZO rounds
 *              stochastically with it) and one Philox call serves both.
 *  rounding    stochastic rounding of a finite f32 x to a grid (bf16, f16, fp8
 *              e4m3fn, or the integers of int8), given a 32-bit word w: lo and hi
 *              are the grid points next to x toward and away from zero, p =
 *              (|x| - |lo|) / (|hi| - |lo|), U = (w >> 8) * 2^-24 (zo_rng_u01);
 *              x goes to hi iff U < p.  P(hi) = p exactly whenever p is a
 *              multiple of 2^-24 (every normal result of the formats here: p has
 *              at most 23 - M fraction bits), else p truncated to 24 bits (a bias
 *              below 2^-24 of the grid step, only toward tiny subnormals).
 *              Nearest rounding is round-half-even on the same grids.  Past the
 *              largest finite value: bf16 and f16 go as nearest does (Inf from
 *              max + half a step), e4m3fn and int8 saturate (448, 127); NaN stays
 *              NaN (0 for int8).  Computed on the bits with integer operations
 *              only, so every backend takes the same decisions.  Which word:
 *              docs/lowprec.md (an update: word 2/3 of its z's Philox call; a
 *              forward's operands: rounding streams, the top bit of the stream
 *              set, ZO_RNG_ROUND_STREAM).
 *
 * ---- Why the bits agree everywhere ----
 * libm and CUDA logf/sinf/cosf differ in their last bits, so they are not used.
 * zo_rng_logf and zo_rng_sincos2pif are written here with exact range
 * reductions and polynomials evaluated only with IEEE-754 binary32
 * correctly-rounded +, -, *, / and sqrt, in a fixed order.  The ZO_RNG_*
 * macros make those operations __fadd_rn/__fmul_rn/... on the device (never
 * contracted to FMA, unaffected by -use_fast_math) and plain operators on the
 * host, where the project builds with -ffp-contract=off: a contracted a*b+c
 * rounds once instead of twice and changes bits (GCC's default in GNU mode is
 * -ffp-contract=fast, which fuses on any FMA-capable -march; the numpy bit test
 * catches that).  clang honours the FP_CONTRACT pragma placed in each function
 * below (unless given -ffp-contract=fast, which overrides pragmas).  LLVM IR
 * emitted for the CPU must likewise not set the `contract`/fast-math flags on
 * these fmul/fadd.  -ffast-math and x87 excess precision stop the build.  No intermediate is ever subnormal (the
 * smallest is ~1e-17), so flush-to-zero settings change nothing either.
 *
 * ---- Accuracy (against Box–Muller in double with libm on the same u1, u2) ----
 * u = 2^-24 is the unit roundoff.  Each bound below counts the rounding of each
 * operation (relative u each) as it propagates; the test measures the maxima
 * exhaustively over all 2^23 values of u1 and of u2.
 *  ln u1: u1 = 2^e m, m in [0.7071, 1.4142], f = m - 1 exact (Sterbenz),
 *     s = f / (2 + f) (2u), ln(1+f) = 2 atanh s = 2s (1 + s^2/3 + ... + s^8/9)
 *     (|s| <= 0.1716, s^2 <= 0.0295: the polynomial's tail is < 0.03, so its
 *     errors count ~1.1u; series truncation 2.1e-9 = 0.04u; final product u)
 *     -> ~4.2u relative.  Adding e*ln2 (ln2 = hi + lo, e*hi exact) costs two
 *     more roundings; when e != 0, |ln u1| >= ln2/2 >= |ln(1+f)| so they stay
 *     relative: |rel err ln u1| <= ~6.5u.  When e = 0 it is ln(1+f) alone, so
 *     the error stays RELATIVE as u1 -> 1 (an absolute error there would be
 *     amplified by 1/r in r = sqrt(-2 ln u1)).
 *  r = sqrt(-2 ln u1): half the relative error of ln plus u -> <= ~4.3u.
 *  sin/cos(2 pi u2): 4 u2 = q + t with q an integer and |t| <= 1/2, exact
 *     (u2 is a multiple of 2^-24); cos/sin(pi/2 t) by Taylor polynomials to
 *     t^10 / t^9 (truncation 1.6e-10 / 2.5e-9 relative, < 0.05u); the
 *     reduction being exact, sin and cos are RELATIVELY accurate even next to
 *     their zeros: <= ~4u.
 *  z = r * c: 4.3u + 4u + u ~= 9.5u ~= 5.7e-7 relative, i.e.
 *     |z - z_double| <= 1e-6 |z| <= 4e-6 max(1, |z|), the contract's target.
 *     Measured exhaustively (tests/test_rng.c): ln 3.5u, r 2.6u, sin/cos 2.2u,
 *     so |z - z_double| <= (2.6 + 2.2 + 1)u = 3.5e-7 |z| for every (u1, u2);
 *     the largest seen over 1e6 random elements is 4.5u = 2.7e-7 |z|.
 *
 * All functions are static inline and pure; nothing here needs libc at run
 * time (under NVRTC nothing is included at all).
 */
#ifndef ZOC_ZO_RNG_H
#define ZOC_ZO_RNG_H

/* ---- fixed-width types: NVRTC has no libc headers, so define our own there */
#if defined(__CUDACC_RTC__)
typedef unsigned int zo_u32;
typedef unsigned long long zo_u64;
#else
#include <stdint.h>
typedef uint32_t zo_u32;
typedef uint64_t zo_u64;
#endif

/* ---- function qualifiers and the correctly-rounded float operations */
#if defined(__CUDACC__)
#define ZO_RNG_FN static __forceinline__ __host__ __device__
#else
#define ZO_RNG_FN static inline
#endif

#if defined(__CUDA_ARCH__)
/* Device code: explicit round-to-nearest intrinsics, which the compiler never
 * fuses into FMA and -use_fast_math does not approximate. */
#define ZO_RNG_MUL(a, b) __fmul_rn((a), (b))
#define ZO_RNG_ADD(a, b) __fadd_rn((a), (b))
#define ZO_RNG_SUB(a, b) __fsub_rn((a), (b))
#define ZO_RNG_DIV(a, b) __fdiv_rn((a), (b))
#define ZO_RNG_SQRT(a) __fsqrt_rn(a)
#define ZO_RNG_NOCONTRACT
#else
/* Host code: plain IEEE operations; -ffp-contract=off (the project's flags)
 * keeps GCC from fusing them, clang is told per function. */
#if defined(__FAST_MATH__)
#error "zo_rng.h: -ffast-math breaks the bit-exact RNG contract; build without it"
#endif
#if defined(__FLT_EVAL_METHOD__) && __FLT_EVAL_METHOD__ != 0
#error "zo_rng.h: float arithmetic with excess precision (x87) would change the RNG bits; use SSE (FLT_EVAL_METHOD 0)"
#endif
#define ZO_RNG_MUL(a, b) ((a) * (b))
#define ZO_RNG_ADD(a, b) ((a) + (b))
#define ZO_RNG_SUB(a, b) ((a) - (b))
#define ZO_RNG_DIV(a, b) ((a) / (b))
#define ZO_RNG_SQRT(a) __builtin_sqrtf(a)
#if defined(__clang__)
#define ZO_RNG_NOCONTRACT _Pragma("STDC FP_CONTRACT OFF")
#else
#define ZO_RNG_NOCONTRACT
#endif
#endif

/* ---- float <-> bits (exact reinterpretation, no conversion) */
ZO_RNG_FN zo_u32 zo_rng_f2u(float x) {
#if defined(__CUDA_ARCH__)
  return __float_as_uint(x);
#elif defined(__cplusplus)
  zo_u32 u;
  __builtin_memcpy(&u, &x, sizeof u);
  return u;
#else
  union { float f; zo_u32 u; } v = {.f = x};
  return v.u;
#endif
}

ZO_RNG_FN float zo_rng_u2f(zo_u32 u) {
#if defined(__CUDA_ARCH__)
  return __uint_as_float(u);
#elif defined(__cplusplus)
  float x;
  __builtin_memcpy(&x, &u, sizeof x);
  return x;
#else
  union { zo_u32 u; float f; } v = {.u = u};
  return v.f;
#endif
}

/* ---- Philox4x32-10 (Random123): 4 output words from a 4-word counter and a
 * 2-word key.  Round: (hi, lo) = 64-bit products of ctr[0] and ctr[2] with
 * the two multipliers; the key is bumped by the Weyl constants between rounds. */
typedef struct ZoRng4x32 {
  zo_u32 w[4];
} ZoRng4x32;

#define ZO_PHILOX_M0 0xD2511F53u
#define ZO_PHILOX_M1 0xCD9E8D57u
#define ZO_PHILOX_W0 0x9E3779B9u
#define ZO_PHILOX_W1 0xBB67AE85u

ZO_RNG_FN zo_u32 zo_rng_mulhilo32(zo_u32 a, zo_u32 b, zo_u32 *hi) {
#if defined(__CUDA_ARCH__)
  *hi = __umulhi(a, b);
  return a * b;
#else
  zo_u64 p = (zo_u64)a * (zo_u64)b;
  *hi = (zo_u32)(p >> 32);
  return (zo_u32)p;
#endif
}

ZO_RNG_FN ZoRng4x32 zo_philox4x32_10(const zo_u32 ctr[4], const zo_u32 key[2]) {
  zo_u32 c0 = ctr[0], c1 = ctr[1], c2 = ctr[2], c3 = ctr[3];
  zo_u32 k0 = key[0], k1 = key[1];
  for (int i = 0; i < 10; i++) {
    if (i > 0) {
      k0 += ZO_PHILOX_W0;
      k1 += ZO_PHILOX_W1;
    }
    zo_u32 hi0, hi1;
    zo_u32 lo0 = zo_rng_mulhilo32(ZO_PHILOX_M0, c0, &hi0);
    zo_u32 lo1 = zo_rng_mulhilo32(ZO_PHILOX_M1, c2, &hi1);
    zo_u32 n0 = hi1 ^ c1 ^ k0, n2 = hi0 ^ c3 ^ k1;
    c0 = n0;
    c1 = lo1;
    c2 = n2;
    c3 = lo0;
  }
  ZoRng4x32 out = {{c0, c1, c2, c3}};
  return out;
}

/* The counter layout of the contract, in one place: the four words that serve
 * elements 2*pair and 2*pair+1 of `stream` under `seed`. */
ZO_RNG_FN ZoRng4x32 zo_rng_words(zo_u64 seed, zo_u32 stream, zo_u64 pair) {
  zo_u32 ctr[4] = {(zo_u32)pair, (zo_u32)(pair >> 32), stream, 0u};
  zo_u32 key[2] = {(zo_u32)seed, (zo_u32)(seed >> 32)};
  return zo_philox4x32_10(ctr, key);
}

/* ---- word -> float maps (exact: every result is representable) */

/* (0,1): odd multiples of 2^-24, 2^-24 .. 1 - 2^-24.  23 bits of the word are
 * used because (2k+1) must fit the 24-bit significand for the map to be exact
 * and to never round up to 1. */
ZO_RNG_FN float zo_rng_u01_open(zo_u32 w) {
  return ZO_RNG_MUL((float)(int)(((w >> 9) << 1) | 1u), 5.9604644775390625e-08f /* 2^-24 */);
}

/* [0,1): multiples of 2^-24, 0 .. 1 - 2^-24 (stochastic rounding). */
ZO_RNG_FN float zo_rng_u01(zo_u32 w) {
  return ZO_RNG_MUL((float)(int)(w >> 8), 5.9604644775390625e-08f);
}

/* ---- ln x for x a positive normal finite float (u1 in [2^-24, 1) here).
 * fdlibm's reduction: x = 2^e m, m in [sqrt(1/2), sqrt(2)), f = m - 1 (exact),
 * ln x = e ln2 + 2 atanh(f / (2 + f)).  See the top for the error bound. */
ZO_RNG_FN float zo_rng_logf(float x) {
  ZO_RNG_NOCONTRACT
  zo_u32 bits = zo_rng_f2u(x);
  int e = (int)(bits >> 23) - 127;
  zo_u32 mb = (bits & 0x007FFFFFu) | 0x3F800000u; /* m in [1, 2) */
  if (mb >= 0x3FB504F3u) {                        /* m >= sqrt(2): halve it */
    mb -= 0x00800000u;
    e += 1;
  }
  float f = ZO_RNG_SUB(zo_rng_u2f(mb), 1.0f);     /* exact: Sterbenz */
  float s = ZO_RNG_DIV(f, ZO_RNG_ADD(2.0f, f));
  float s2 = ZO_RNG_MUL(s, s);
  /* atanh(s)/s = 1 + s^2/3 + s^4/5 + s^6/7 + s^8/9 + O(s^10) */
  float p = ZO_RNG_ADD(0.142857149f, ZO_RNG_MUL(s2, 0.111111112f));
  p = ZO_RNG_ADD(0.200000003f, ZO_RNG_MUL(s2, p));
  p = ZO_RNG_ADD(0.333333343f, ZO_RNG_MUL(s2, p));
  p = ZO_RNG_ADD(1.0f, ZO_RNG_MUL(s2, p));
  float l1p = ZO_RNG_MUL(ZO_RNG_ADD(s, s), p);    /* ln(1+f); s+s is exact */
  /* ln2 = hi + lo with hi = 0x3F317180 (7 trailing zero bits: e*hi is exact
   * for |e| < 128) and lo the nearest float to ln2 - hi. */
  float ef = (float)e;
  float lo = ZO_RNG_ADD(l1p, ZO_RNG_MUL(ef, 9.05800152e-06f));
  return ZO_RNG_ADD(ZO_RNG_MUL(ef, 0.693138123f), lo);
}

/* ---- sin(2 pi x) and cos(2 pi x) for finite x with |x| < 2^20.
 * 4x = q + t, q = nearest integer, |t| <= 1/2: both steps exact (4x is a
 * power-of-2 scaling; the 1.5*2^23 trick rounds to an integer exactly in round-
 * to-nearest for |4x| < 2^22; 4x - q is exact because q is a multiple of the
 * ulp of 4x).  Then 2 pi x = q pi/2 + (pi/2) t, and the quadrant q mod 4 picks
 * signs and swaps of S = sin(pi/2 t), C = cos(pi/2 t) (Taylor, |pi/2 t| <= pi/4). */
ZO_RNG_FN void zo_rng_sincos2pif(float x, float *sinp, float *cosp) {
  ZO_RNG_NOCONTRACT
  float y = ZO_RNG_MUL(x, 4.0f);
  float q = ZO_RNG_SUB(ZO_RNG_ADD(y, 12582912.0f), 12582912.0f); /* 1.5 * 2^23 */
  float t = ZO_RNG_SUB(y, q);
  float t2 = ZO_RNG_MUL(t, t);
  /* sin(pi/2 t) = t (pi/2 - (pi/2)^3/3! t^2 + ... + (pi/2)^9/9! t^8) */
  float ps = ZO_RNG_ADD(-0.00468175393f, ZO_RNG_MUL(t2, 0.000160441181f));
  ps = ZO_RNG_ADD(0.0796926245f, ZO_RNG_MUL(t2, ps));
  ps = ZO_RNG_ADD(-0.645964086f, ZO_RNG_MUL(t2, ps));
  ps = ZO_RNG_ADD(1.57079637f, ZO_RNG_MUL(t2, ps));
  float S = ZO_RNG_MUL(t, ps);
  /* cos(pi/2 t) = 1 - (pi/2)^2/2! t^2 + ... - (pi/2)^10/10! t^10 */
  float pc = ZO_RNG_ADD(0.000919260259f, ZO_RNG_MUL(t2, -2.52020418e-05f));
  pc = ZO_RNG_ADD(-0.0208634809f, ZO_RNG_MUL(t2, pc));
  pc = ZO_RNG_ADD(0.2536695f, ZO_RNG_MUL(t2, pc));
  pc = ZO_RNG_ADD(-1.23370051f, ZO_RNG_MUL(t2, pc));
  float C = ZO_RNG_ADD(1.0f, ZO_RNG_MUL(t2, pc));
  int quadrant = (int)q & 3; /* two's complement: also right for negative q */
  float s = quadrant & 1 ? C : S;
  float c = quadrant & 1 ? S : C;
  *sinp = quadrant & 2 ? -s : s;
  *cosp = (quadrant + 1) & 2 ? -c : c;
}

/* ---- normals */

/* Box–Muller on words 0 and 1: out[0] = r cos(2 pi u2) (even index),
 * out[1] = r sin(2 pi u2) (odd index). */
ZO_RNG_FN void zo_rng_box_muller(ZoRng4x32 w, float out[2]) {
  ZO_RNG_NOCONTRACT
  float u1 = zo_rng_u01_open(w.w[0]);
  float u2 = zo_rng_u01_open(w.w[1]);
  float r = ZO_RNG_SQRT(ZO_RNG_MUL(-2.0f, zo_rng_logf(u1)));
  float s, c;
  zo_rng_sincos2pif(u2, &s, &c);
  out[0] = ZO_RNG_MUL(r, c);
  out[1] = ZO_RNG_MUL(r, s);
}

/* z for elements 2*pair and 2*pair+1 of `stream`: out[0], out[1]. */
ZO_RNG_FN void zo_rng_normal2(zo_u64 seed, zo_u32 stream, zo_u64 pair, float out[2]) {
  zo_rng_box_muller(zo_rng_words(seed, stream, pair), out);
}

/* z for element `index` of `stream` under `seed`: a standard normal. */
ZO_RNG_FN float zo_rng_normal(zo_u64 seed, zo_u32 stream, zo_u64 index) {
  float z[2];
  zo_rng_normal2(seed, stream, index >> 1, z);
  return (index & 1) ? z[1] : z[0]; /* a select, not a dynamic index (registers on the GPU) */
}

/* ---- uniform in [0,1) for stochastic rounding: word 2 (even index) or word
 * 3 (odd index) of the same Philox call as the normal of that element. */
ZO_RNG_FN float zo_rng_uniform_from(ZoRng4x32 w, zo_u64 index) {
  return zo_rng_u01((index & 1) ? w.w[3] : w.w[2]);
}

ZO_RNG_FN float zo_rng_uniform(zo_u64 seed, zo_u32 stream, zo_u64 index) {
  return zo_rng_uniform_from(zo_rng_words(seed, stream, index >> 1), index);
}

/* ---- rounding to low-precision grids (the contract's "rounding").
 * A format is (M mantissa bits, Emin the smallest normal exponent); its
 * codes are continuous: subnormal n (n < 2^M) at quantum 2^(Emin - M), normal
 * ((E - Emin + 1) << M) | (n - 2^M), so code = (E >= Emin ? (E - Emin) << M : 0) + n
 * also covers the carry of a round-up into the next binade. */

/* the top bit marks a rounding stream: never a perturbation's (zomark counts from 0) */
#define ZO_RNG_ROUND_STREAM 0x80000000u

/* |x|'s code (magnitude, no sign) on the grid (M, Emin); mode 0 nearest-even,
 * 1 stochastic with word w.  mag: |x|'s f32 bits, finite and nonzero. */
ZO_RNG_FN zo_u32 zo_rng_round_mag(zo_u32 mag, int M, int Emin, int mode, zo_u32 w) {
  int E = (int)(mag >> 23) - 127;
  zo_u32 m = mag & 0x007FFFFFu;
  if (E == -127) E = -126;          /* an f32 subnormal: no implicit bit */
  else m |= 0x00800000u;
  int s = (E >= Emin ? 0 : Emin - E) + 23 - M;   /* bits of m below the grid's quantum */
  zo_u32 n, rem, up;
  if (s >= 32) {
    n = 0;
    rem = m;                        /* < 2^24 <= 2^(s-8): p < 2^-8 */
    up = mode == 1 ? (s - 24 < 32 && (w >> 8) < (rem >> (s - 24))) : 0u;   /* nearest: below half */
  } else {
    n = m >> s;
    rem = m & ((1u << s) - 1u);
    if (mode == 1) up = s <= 24 ? (w >> 8) < (rem << (24 - s)) : (w >> 8) < (rem >> (s - 24));
    else {
      zo_u32 half = 1u << (s - 1);
      up = rem > half || (rem == half && (n & 1u));
    }
  }
  n += up;
  return (E >= Emin ? (zo_u32)(E - Emin) << M : 0u) + n;
}

/* bf16 (M 7, Emin -126) bits of x; f16 (M 10, Emin -14) bits of x */
ZO_RNG_FN unsigned short zo_rng_round_bf16(float x, int mode, zo_u32 w) {
  zo_u32 b = zo_rng_f2u(x), sign = (b >> 16) & 0x8000u, mag = b & 0x7FFFFFFFu;
  if (mag > 0x7F800000u) return (unsigned short)(sign | 0x7FC0u);        /* NaN */
  if (mag == 0x7F800000u || mag == 0) return (unsigned short)(b >> 16);  /* ±Inf, ±0 */
  zo_u32 c = zo_rng_round_mag(mag, 7, -126, mode, w);                    /* max + carry reaches 0x7F80: Inf */
  return (unsigned short)(sign | (c > 0x7F80u ? 0x7F80u : c));
}

ZO_RNG_FN unsigned short zo_rng_round_f16(float x, int mode, zo_u32 w) {
  zo_u32 b = zo_rng_f2u(x), sign = (b >> 16) & 0x8000u, mag = b & 0x7FFFFFFFu;
  if (mag > 0x7F800000u) return (unsigned short)(sign | 0x7E00u);
  if (mag == 0) return (unsigned short)sign;
  if (mag >= 0x477FF000u) return (unsigned short)(sign | 0x7C00u);       /* >= 65520 (or Inf): Inf, as nearest */
  if (mode == 1 && mag > 0x477FE000u) mode = 0;                         /* above 65504: nearest (65504 or Inf) */
  zo_u32 c = zo_rng_round_mag(mag, 10, -14, mode, w);
  return (unsigned short)(sign | (c > 0x7C00u ? 0x7C00u : c));
}

/* fp8 e4m3fn (M 3, Emin -6, no Inf, largest 448 = 0x7E): saturating */
ZO_RNG_FN unsigned char zo_rng_round_e4m3(float x, int mode, zo_u32 w) {
  zo_u32 b = zo_rng_f2u(x), sign = (b >> 24) & 0x80u, mag = b & 0x7FFFFFFFu;
  if (mag > 0x7F800000u) return (unsigned char)(sign | 0x7Fu);
  if (mag == 0) return (unsigned char)sign;
  if (mag >= 0x43E00000u) return (unsigned char)(sign | 0x7Eu);          /* >= 448 */
  zo_u32 c = zo_rng_round_mag(mag, 3, -6, mode, w);
  return (unsigned char)(sign | (c > 0x7Eu ? 0x7Eu : c));
}

/* the value of an e4m3fn code (exact in f32) */
ZO_RNG_FN float zo_rng_e4m3_value(unsigned char c) {
  zo_u32 e = (c >> 3) & 15u, m = c & 7u;
  if (e == 15u && m == 7u) return zo_rng_u2f(0x7FC00000u | ((zo_u32)(c & 0x80u) << 24));
  float v = e == 0 ? ZO_RNG_MUL((float)(int)m, 0.001953125f /* 2^-9: subnormal */) : zo_rng_u2f(((e + 120u) << 23) | (m << 20));
  return (c & 0x80u) ? -v : v;
}

/* x rounded to the integers in [-qmax, qmax] (int8: 127), as a float; NaN -> 0 */
ZO_RNG_FN float zo_rng_round_int(float x, float qmax, int mode, zo_u32 w) {
  ZO_RNG_NOCONTRACT
  if (!(x == x)) return 0.0f;
  float a = x < 0.0f ? -x : x;
  if (a >= qmax) return x < 0.0f ? -qmax : qmax;
  float n = (float)(int)a;              /* truncation: exact */
  float frac = ZO_RNG_SUB(a, n);         /* exact: a and n share the binade's quantum or finer */
  int up;
  if (mode == 1) up = zo_rng_u01(w) < frac;
  else up = frac > 0.5f || (frac == 0.5f && ((int)n & 1));
  float r = up ? ZO_RNG_ADD(n, 1.0f) : n;
  return x < 0.0f ? -r : r;
}

/* ---- per-step seeds
 * zo_rng_mix64 is the splitmix64 finalizer (Steele, Lea, Flood 2014; Stafford's
 * variant 13): a bijection on 64 bits with full avalanche.
 *   a = mix64(step + G), h = mix64(run_seed ^ a), b = mix64(query + 2G),
 *   seed = mix64(h ^ b),      G = 0x9E3779B97F4A7C15 (the golden gamma).
 * Each stage is a bijection of the varying input, so for a fixed run_seed and
 * query distinct steps give distinct seeds, and for a fixed (run_seed, step)
 * distinct queries do; the +G, +2G keep (0, 0, 0) away from mix64's fixed
 * point 0. */
ZO_RNG_FN zo_u64 zo_rng_mix64(zo_u64 x) {
  x ^= x >> 30;
  x *= 0xBF58476D1CE4E5B9ull;
  x ^= x >> 27;
  x *= 0x94D049BB133111EBull;
  x ^= x >> 31;
  return x;
}

ZO_RNG_FN zo_u64 zo_rng_step_seed(zo_u64 run_seed, zo_u64 step, zo_u32 query) {
  const zo_u64 G = 0x9E3779B97F4A7C15ull;
  zo_u64 h = zo_rng_mix64(run_seed ^ zo_rng_mix64(step + G));
  return zo_rng_mix64(h ^ zo_rng_mix64((zo_u64)query + 2 * G));
}

#endif /* ZOC_ZO_RNG_H */
