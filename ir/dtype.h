/* dtype.h — element types, defined once. The table gives the enum, the .zo
 * spelling, the size in bytes and the safetensors spelling together, so the
 * language, the IR and the checkpoint reader can never disagree. */
#ifndef ZOC_DTYPE_H
#define ZOC_DTYPE_H

#include <stdbool.h>
#include <stddef.h>

/*        enum     .zo name   bytes  safetensors  float?  signed? */
#define ZO_DTYPES(X)                                      \
  X(F32,    "f32",    4, "F32",     1, 1)                 \
  X(F16,    "f16",    2, "F16",     1, 1)                 \
  X(BF16,   "bf16",   2, "BF16",    1, 1)                 \
  X(F8E4M3, "f8e4m3", 1, "F8_E4M3", 1, 1)                 \
  X(F64,    "f64",    8, "F64",     1, 1)                 \
  X(I8,     "i8",     1, "I8",      0, 1)                 \
  X(U8,     "u8",     1, "U8",      0, 0)                 \
  X(I16,    "i16",    2, "I16",     0, 1)                 \
  X(U16,    "u16",    2, "U16",     0, 0)                 \
  X(I32,    "i32",    4, "I32",     0, 1)                 \
  X(U32,    "u32",    4, "U32",     0, 0)                 \
  X(I64,    "i64",    8, "I64",     0, 1)                 \
  X(BOOL,   "bool",   1, "BOOL",    0, 0)

typedef enum DType {
  ZO_DT_NONE = 0,
#define X(e, n, b, st, f, s) ZO_DT_##e,
  ZO_DTYPES(X)
#undef X
  ZO_DT_COUNT
} DType;

const char *zo_dtype_name(DType t);          /* "f16"; "?" for NONE */
const char *zo_dtype_st_name(DType t);       /* "F16" (safetensors) */
size_t zo_dtype_size(DType t);               /* bytes per element */
bool zo_dtype_is_float(DType t);
bool zo_dtype_is_signed(DType t);
DType zo_dtype_from_name(const char *name);    /* .zo spelling; NONE if unknown */
DType zo_dtype_from_st_name(const char *name); /* safetensors spelling; NONE if unknown */

#endif
