/* dtype.c — lookups over the dtype table in dtype.h. */
#include "ir/dtype.h"

#include <string.h>

static const struct {
  const char *name, *st;
  size_t size;
  bool is_float, is_signed;
} dtypes[ZO_DT_COUNT] = {
  [ZO_DT_NONE] = {"?", "?", 0, 0, 0},
#define X(e, n, b, st, f, s) [ZO_DT_##e] = {n, st, b, f, s},
  ZO_DTYPES(X)
#undef X
};

static DType clamp(DType t) { return (unsigned)t < ZO_DT_COUNT ? t : ZO_DT_NONE; }
const char *zo_dtype_name(DType t) { return dtypes[clamp(t)].name; }
const char *zo_dtype_st_name(DType t) { return dtypes[clamp(t)].st; }
size_t zo_dtype_size(DType t) { return dtypes[clamp(t)].size; }
bool zo_dtype_is_float(DType t) { return dtypes[clamp(t)].is_float; }
bool zo_dtype_is_signed(DType t) { return dtypes[clamp(t)].is_signed; }

DType zo_dtype_from_name(const char *name) {
  for (int t = 1; t < ZO_DT_COUNT; t++)
    if (strcmp(dtypes[t].name, name) == 0) return (DType)t;
  return ZO_DT_NONE;
}
DType zo_dtype_from_st_name(const char *name) {
  for (int t = 1; t < ZO_DT_COUNT; t++)
    if (strcmp(dtypes[t].st, name) == 0) return (DType)t;
  return ZO_DT_NONE;
}
