"""st_make.py — safetensors files written by the official library, for zoc to read.

Usage: st_make.py single SEED FILE EXPECTED.json
       st_make.py sharded SEED DIR EXPECTED.json

Tensors of every dtype zoc knows, with random shapes (including a 0-dim scalar
and a zero-length dim) and random contents from SEED: raw random bits for most
(so NaNs, infinities, subnormals and negative zeros travel too), 0/1 for BOOL,
and some normally distributed floats.  `single` writes one file with metadata
through safetensors.numpy.save_file; `sharded` spreads the tensors over three
shard files plus model.safetensors.index.json the way transformers does.
EXPECTED.json is the side file described in st_common.py.
"""
import json
import os
import sys

import numpy as np
from safetensors.numpy import save_file

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from st_common import NP_DTYPES, value_list  # noqa: E402


def make_tensors(rng):
    tensors = {}
    for i, (st, dt) in enumerate(sorted(NP_DTYPES.items())):
        for j in range(2):
            ndim = int(rng.integers(1, 5))
            shape = tuple(int(d) for d in rng.integers(1, 6, size=ndim))
            n = int(np.prod(shape))
            if st == "BOOL":
                arr = rng.integers(0, 2, size=shape).astype(np.bool_)
            else:
                arr = np.frombuffer(rng.bytes(n * dt.itemsize), dtype=dt).reshape(shape)
            tensors[f"model.layers.{i}.t{j}_{st.lower()}"] = arr
    tensors["scalar_f32"] = np.array(rng.standard_normal(), dtype=np.float32)
    tensors["scalar_i64"] = np.array(rng.integers(-2**62, 2**62), dtype=np.int64)
    tensors["empty_bf16"] = np.zeros((3, 0, 2), dtype=NP_DTYPES["BF16"])
    tensors["normal_bf16"] = rng.standard_normal((4, 7)).astype(NP_DTYPES["BF16"])
    tensors["normal_f8"] = rng.standard_normal((5, 3)).astype(NP_DTYPES["F8_E4M3"])
    tensors["normal_f16"] = rng.standard_normal((2, 9)).astype(np.float16)
    return tensors


def st_name(dt):
    return next(k for k, v in NP_DTYPES.items() if v == dt)


def entry(name, arr):
    st = st_name(arr.dtype)
    return {"name": name, "dtype": st, "shape": list(arr.shape),
            "hex": arr.tobytes().hex(), "values": value_list(st, arr)}


def main():
    mode, seed, out, exp_path = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
    rng = np.random.default_rng(seed)
    tensors = make_tensors(rng)
    if mode == "single":
        metadata = {"format": "pt", "zoc_seed": str(seed), "note": "written by st_make.py"}
        save_file(tensors, out, metadata=metadata)
    elif mode == "sharded":
        metadata = {"total_size": str(sum(a.nbytes for a in tensors.values()))}
        names = sorted(tensors)
        shards = [names[k::3] for k in range(3)]
        weight_map = {}
        for k, part in enumerate(shards):
            fname = f"model-{k + 1:05d}-of-00003.safetensors"
            save_file({n: tensors[n] for n in part}, os.path.join(out, fname), metadata={"format": "pt"})
            weight_map.update({n: fname for n in part})
        index = {"metadata": {"total_size": int(metadata["total_size"])}, "weight_map": weight_map}
        with open(os.path.join(out, "model.safetensors.index.json"), "w") as fh:
            json.dump(index, fh, indent=2)
        metadata["format"] = "pt"
    else:
        sys.exit(f"unknown mode {mode}")
    with open(exp_path, "w") as fh:
        json.dump({"metadata": metadata,
                   "tensors": [entry(n, a) for n, a in sorted(tensors.items())]}, fh)


if __name__ == "__main__":
    main()
