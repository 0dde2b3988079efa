"""rt_check.py — checks checkpoints `zoc random-weights` wrote, with the official
safetensors library, against the tensor lists the Hugging Face models use.

Usage: rt_check.py JOBS.json
JOBS.json: [{"path": FILE, "model": "llama" | "gpt2" | "opt", "name": zoc model name,
             "params": {"V", "D", "L", "H", "KV", "F", "P"}, "W": format spec
             ("gptq:bits=4,G=32", "linear:dt=f32", see rt_common.parse_format),
             "DT": "f32" | "f16" | ...}, ...]

For each file: safetensors.deserialize (the Rust parser) accepts it; the
metadata says {"format": "pt", "zoc_model": name}; the tensor names are
exactly the model's (written here from the HF module names, not read from
zoc); dtypes and shapes match the format's layout; and the values are sane:
norm weights and biases ~1, plain matrices ~N(0, 0.02^2), every formatted
weight dequantizes (rt_common, numpy) to a finite matrix with a standard
deviation near 1/sqrt(K) (the generator draws N(0, 1/K) before quantizing),
GPTQ's g_idx is k // G. Silent with exit 0 when all hold; else the problems
on stderr and exit 1.
"""
import json
import math
import sys

import numpy as np

import rt_common as rc


def expected(job):
    """{name: (st dtype, shape, kind)}: kind 'norm' (1-D), 'plain' (2-D), or
    ('fmt', prefix, K, N, format)."""
    p, W, DT = job["params"], rc.parse_format(job["W"]), rc.ST_DTYPE[job["DT"]]
    V, D, L = p["V"], p["D"], p["L"]
    out = {}

    def vec(name, n):
        out[name] = (DT, [n], "norm")

    def mat(name, r, c):
        out[name] = (DT, [r, c], "plain")

    def lin(prefix, K, N, fmt=W):
        for suffix, dt, shape in rc.format_tensors(fmt, K, N):
            out[prefix + "." + suffix] = (dt, shape, ("fmt", prefix, K, N, fmt))

    if job["model"] == "llama":
        H, KV, F = p["H"], p["KV"], p["F"]
        kvd = KV * (D // H)
        mat("model.embed_tokens.weight", V, D)
        for l in range(L):
            pre = f"model.layers.{l}."
            vec(pre + "input_layernorm.weight", D)
            vec(pre + "post_attention_layernorm.weight", D)
            for name, K, N in [("self_attn.q_proj", D, D), ("self_attn.k_proj", D, kvd), ("self_attn.v_proj", D, kvd),
                               ("self_attn.o_proj", D, D), ("mlp.gate_proj", D, F), ("mlp.up_proj", D, F),
                               ("mlp.down_proj", F, D)]:
                lin(pre + name, K, N)
        vec("model.norm.weight", D)
        lin("lm_head", D, V, ("linear", {"dt": job["DT"]}))
    elif job["model"] == "gpt2":
        mat("wte.weight", V, D)
        mat("wpe.weight", p["P"], D)
        for l in range(L):
            pre = f"h.{l}."
            for ln in ("ln_1", "ln_2"):
                vec(pre + ln + ".weight", D)
                vec(pre + ln + ".bias", D)
            for name, K, N in [("attn.c_attn", D, 3 * D), ("attn.c_proj", D, D), ("mlp.c_fc", D, 4 * D),
                               ("mlp.c_proj", 4 * D, D)]:
                lin(pre + name, K, N)
                vec(pre + name + ".bias", N)
        vec("ln_f.weight", D)
        vec("ln_f.bias", D)
    elif job["model"] == "opt":
        F = p["F"]
        mat("model.decoder.embed_tokens.weight", V, D)
        mat("model.decoder.embed_positions.weight", p["P"] + 2, D)
        for l in range(L):
            pre = f"model.decoder.layers.{l}."
            for ln in ("self_attn_layer_norm", "final_layer_norm"):
                vec(pre + ln + ".weight", D)
                vec(pre + ln + ".bias", D)
            for name, K, N in [("self_attn.q_proj", D, D), ("self_attn.k_proj", D, D), ("self_attn.v_proj", D, D),
                               ("self_attn.out_proj", D, D), ("fc1", D, F), ("fc2", F, D)]:
                lin(pre + name, K, N)
                vec(pre + name + ".bias", N)
        vec("model.decoder.final_layer_norm.weight", D)
        vec("model.decoder.final_layer_norm.bias", D)
    else:
        raise ValueError(job["model"])
    return out


def check(job, problems):
    path = job["path"]

    def bad(msg):
        problems.append(f"{path}: {msg}")

    st, meta = rc.load(path)
    if meta.get("format") != "pt" or meta.get("zoc_model") != job["name"]:
        bad(f"metadata {meta}")
    want = expected(job)
    if set(st) != set(want):
        bad(f"names: only in the file {sorted(set(st) - set(want))[:5]}, missing {sorted(set(want) - set(st))[:5]}")
    done = set()
    for name in sorted(set(st) & set(want)):
        dt, arr = st[name]
        wdt, wshape, kind = want[name]
        if dt != wdt or list(arr.shape) != wshape:
            bad(f"{name}: {dt} {list(arr.shape)}, expected {wdt} {wshape}")
            continue
        x = rc.f64(arr)
        if kind == "norm":
            # 1 + 0.05 N(0,1): the mean of n >= 32 draws is within 1 +- 0.05 (>= 5.6 standard errors)
            if not (np.all(np.isfinite(x)) and abs(x.mean() - 1) < 0.05 and 0.02 < x.std() < 0.1):
                bad(f"{name}: mean {x.mean()}, std {x.std()}: not ~1 + 0.05 N(0, 1)")
        elif kind == "plain":
            if not (np.all(np.isfinite(x)) and abs(x.mean()) < 0.01 and 0.015 < x.std() < 0.025):
                bad(f"{name}: mean {x.mean()}, std {x.std()}: not ~N(0, 0.02^2)")
        else:
            _, prefix, K, N, fmt = kind
            if prefix in done:
                continue
            done.add(prefix)
            if not all(prefix + "." + s in st for s, _, _ in rc.format_tensors(fmt, K, N)):
                continue
            Wq = rc.dequant(st, prefix, K, N, dense="conv1d" if fmt[0] == "conv1d" else "linear")
            s = Wq.std() * math.sqrt(K)
            # N(0, 1/K) quantized: the grid keeps the spread within a factor ~1.5 even at 2 bits
            if Wq.shape != (K, N) or not np.all(np.isfinite(Wq)) or not 0.6 < s < 1.6:
                bad(f"{prefix}: dequantized std {Wq.std()} = {s:.3f}/sqrt(K), expected ~1/sqrt({K})")
            if fmt[0] == "gptq":
                g = st[prefix + ".g_idx"][1]
                if not np.array_equal(g, np.arange(K) // fmt[1]["G"]):
                    bad(f"{prefix}.g_idx is not k // G")


def main():
    with open(sys.argv[1]) as fh:
        jobs = json.load(fh)
    problems = []
    for job in jobs:
        try:
            check(job, problems)
        except Exception as e:  # a file the official parser rejects lands here
            problems.append(f"{job['path']}: {type(e).__name__}: {e}")
    for p in problems[:30]:
        print(p, file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
