"""st_common.py — what st_check.py and st_make.py share: the dtype table and
the expected-values side file that travels between the C test and Python.

Side file (JSON):
  {"metadata": {key: value},
   "tensors": [{"name", "dtype" (safetensors spelling), "shape",
                "hex" (the raw little-endian bytes),
                "values" (ints for integer and BOOL tensors; strings for floats:
                          "nan", "-inf", "-0", "1.5", exact when parsed)}]}
The values are decoded independently on each side (C: the test's decoders;
Python: numpy / ml_dtypes), so a mix-up of dtype meaning shows up as a value
mismatch even where the bytes agree.
"""
import math

import ml_dtypes
import numpy as np

NP_DTYPES = {
    "F64": np.dtype("<f8"), "F32": np.dtype("<f4"), "F16": np.dtype("<f2"),
    "BF16": np.dtype(ml_dtypes.bfloat16), "F8_E4M3": np.dtype(ml_dtypes.float8_e4m3fn),
    "I64": np.dtype("<i8"), "I32": np.dtype("<i4"), "U32": np.dtype("<u4"),
    "I16": np.dtype("<i2"), "U16": np.dtype("<u2"), "I8": np.dtype("i1"),
    "U8": np.dtype("u1"), "BOOL": np.dtype(np.bool_),
}
FLOATS = {"F64", "F32", "F16", "BF16", "F8_E4M3"}


def value_list(dtype, arr):
    """The side-file values of an array of safetensors dtype DTYPE."""
    flat = arr.reshape(-1)
    if dtype in FLOATS:
        return [repr(float(x)) for x in flat]
    return [int(x) for x in flat]


def same_value(dtype, got, want):
    """True if the decoded value GOT equals the side-file value WANT exactly
    (NaN equals NaN; the sign of zero counts)."""
    if dtype in FLOATS:
        g, w = float(got), float(want)
        if math.isnan(g) or math.isnan(w):
            return math.isnan(g) and math.isnan(w)
        return g == w and math.copysign(1.0, g) == math.copysign(1.0, w)
    return int(got) == int(want)
