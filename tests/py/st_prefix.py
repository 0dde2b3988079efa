"""st_prefix.py — checkpoints whose tensor names carry a base model's prefix
(GPT2LMHeadModel.save_pretrained's "transformer.h.0...").

Usage:
  st_prefix.py add IN OUT PREFIX         OUT: IN's tensors, each name PREFIX + name
  st_prefix.py same PLAIN PREFIXED PREFIX
      exit 0 and print "ok" when PREFIXED holds exactly PLAIN's tensors under
      PREFIX + name, bit for bit (the official safetensors library reads both)
"""
import sys

import numpy as np
from safetensors.numpy import load_file, save_file


def main():
    cmd = sys.argv[1]
    if cmd == "add":
        src, dst, prefix = sys.argv[2:5]
        save_file({prefix + k: v for k, v in load_file(src).items()}, dst, metadata={"format": "pt"})
        return 0
    plain, prefixed, prefix = load_file(sys.argv[2]), load_file(sys.argv[3]), sys.argv[4]
    want = sorted(prefix + k for k in plain)
    if sorted(prefixed) != want:
        print(f"names differ: {sorted(prefixed)[:4]} ... against {want[:4]} ...")
        return 1
    bad = [k for k in plain if not np.array_equal(plain[k].view(np.uint8), prefixed[prefix + k].view(np.uint8))]
    if bad:
        print(f"{len(bad)} tensors differ, e.g. {bad[0]}")
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
