"""st_changed.py — which tensors a training run changed.

Usage: st_changed.py BEFORE_DIR AFTER_DIR SUFFIX
Reads each directory's weights (model.safetensors, else checkpoint.safetensors)
with the official safetensors library and prints {"tensors": n, "changed": c}:
the tensors whose names end with SUFFIX, and how many of them differ in any
element. Only those tensors are read (safe_open), so other dtypes (fp8) in
the file do not matter.
"""
import json
import os
import sys

import numpy as np
from safetensors import safe_open


def weights(d):
    for name in ("model.safetensors", "checkpoint.safetensors"):
        if os.path.exists(os.path.join(d, name)):
            return os.path.join(d, name)
    sys.exit(f"{d}: no model.safetensors or checkpoint.safetensors")


def main():
    before, after, suffix = sys.argv[1:4]
    with safe_open(weights(before), framework="np") as a, safe_open(weights(after), framework="np") as b:
        keys = [k for k in a.keys() if k.endswith(suffix)]
        missing = [k for k in keys if k not in b.keys()]
        if missing:
            sys.exit(f"{after}: lacks {missing[0]}")
        changed = sum(int(not np.array_equal(a.get_tensor(k), b.get_tensor(k))) for k in keys)
    print(json.dumps({"tensors": len(keys), "changed": changed}))


if __name__ == "__main__":
    main()
