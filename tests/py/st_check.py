"""st_check.py — the official safetensors library as the oracle for a file zoc wrote.

Usage: st_check.py FILE EXPECTED.json [--same-bytes]

Checks that:
  - safetensors.deserialize (the official Rust parser and validator) accepts FILE;
  - its tensors are exactly EXPECTED's: names, dtypes, shapes, raw bytes, and the
    values numpy / ml_dtypes decode equal the values the C side decoded;
  - safe_open(framework="np") gives the same metadata, and the same arrays for
    the dtypes safetensors.numpy supports (BF16 and F8_E4M3 it does not);
  - with --same-bytes, the official writer (safetensors.numpy.save) given the
    same tensors and metadata produces FILE byte for byte.
Prints the first problems on stderr and exits 1; silent with exit 0 when all agree.
"""
import json
import os
import sys

import numpy as np
import safetensors
from safetensors import safe_open
from safetensors.numpy import save

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from st_common import NP_DTYPES, same_value  # noqa: E402

NUMPY_BACKEND = {"F64", "F32", "F16", "I64", "I32", "U32", "I16", "U16", "I8", "U8", "BOOL"}


def main():
    path, exp_path = sys.argv[1], sys.argv[2]
    same_bytes = "--same-bytes" in sys.argv[3:]
    with open(exp_path) as fh:
        exp = json.load(fh)
    with open(path, "rb") as fh:
        raw = fh.read()
    problems = []

    parsed = {name: info for name, info in safetensors.deserialize(raw)}
    want = {t["name"]: t for t in exp["tensors"]}
    if set(parsed) != set(want):
        problems.append(f"names differ: only in file {sorted(set(parsed) - set(want))}, "
                        f"only expected {sorted(set(want) - set(parsed))}")
    arrays = {}
    for name in sorted(set(parsed) & set(want)):
        info, t = parsed[name], want[name]
        if info["dtype"] != t["dtype"]:
            problems.append(f"{name}: dtype {info['dtype']} != {t['dtype']}")
            continue
        if list(info["shape"]) != list(t["shape"]):
            problems.append(f"{name}: shape {info['shape']} != {t['shape']}")
            continue
        data = bytes(info["data"])
        if data.hex() != t["hex"]:
            problems.append(f"{name}: bytes differ")
        arr = np.frombuffer(data, dtype=NP_DTYPES[t["dtype"]]).reshape(t["shape"])
        arrays[name] = arr
        flat = arr.reshape(-1)
        if len(flat) != len(t["values"]):
            problems.append(f"{name}: {len(flat)} values, expected {len(t['values'])}")
            continue
        for i, (g, w) in enumerate(zip(flat, t["values"])):
            if not same_value(t["dtype"], g, w):
                problems.append(f"{name}[{i}] ({t['dtype']}): official decodes {g!r}, C decoded {w!r}")
                break

    with safe_open(path, framework="np") as f:
        md = f.metadata() or {}
        if md != exp["metadata"]:
            problems.append(f"metadata {md} != {exp['metadata']}")
        for name in sorted(set(f.keys()) & set(arrays)):
            if want[name]["dtype"] in NUMPY_BACKEND:
                a = f.get_tensor(name)
                if a.shape != arrays[name].shape or a.tobytes() != arrays[name].tobytes():
                    problems.append(f"{name}: safe_open gives different data")

    if same_bytes and not problems:
        theirs = save({n: arrays[n] for n in sorted(arrays)}, metadata=exp["metadata"] or None)
        if theirs != raw:
            k = next((i for i in range(min(len(raw), len(theirs))) if raw[i] != theirs[i]), None)
            problems.append(f"official writer's bytes differ from ours (lengths {len(theirs)} vs {len(raw)}, "
                            f"first difference at byte {k}); theirs starts {theirs[:200]!r}, "
                            f"ours {raw[:200]!r}")

    if problems:
        for p in problems[:20]:
            print(p, file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
