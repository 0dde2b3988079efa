"""quant_folder.py — a fake GPTQ quantizer's output folder for a tiny Llama,
and the float64 loss of the model it holds: the oracle for reading
quantization configs (tests/test_configs.c).

Usage: quant_folder.py DIR SPEC.json DATA.jsonl
Writes DIR as GPTQModel / AutoGPTQ leave it (config.json with or without
quantization_config, quantize_config.json, the weights under the file name
the spec gives) and prints one {"loss": L} line per data line.

SPEC keys: seed; V, D, L, H, KV, F (sizes); eps, theta; bits; group (-1: one
group over all of K); v2 (checkpoint_format "gptq_v2"); desc_act (a random
act-order permutation in g_idx); sym; where ("config": quantization_config
in config.json, "qc": quantize_config.json only, "both"); file (the weights'
file name); rope ("v4": top-level rope_theta, "v5": transformers 5's
rope_parameters.rope_theta); omit (config.json keys left out); method (the
quant_method written, default "gptq").

Written from GPTQ's published layout, not from zoc's code: for a linear
layer with K inputs and N outputs, W[k, n] = scales[g, n] * (q[k, n] - z[g, n])
with g = g_idx[k]; q packed into int32 qweight [K*bits/32, N], each column a
little-endian bit stream along K; the zeros packed into qzeros [groups,
N*bits/32], each row a stream along N; v1 ("gptq") stores z - 1, v2
("gptq_v2", GPTQModel) stores z. A v1 file cannot hold z = 0 (the tools add
one back with a carry into the next field), so v1 zeros are drawn from
[1, 2^bits); v2 zeros from [0, 2^bits). sym uses z = 2^(bits-1). With
desc_act, g_idx[perm[i]] = i // group_size for a random permutation perm.

The oracle's forward is rt_llama.forward (float64, from modeling_llama.py)
on the dequantized matrices computed here from q, z and the scales directly,
so a packing mistake on either side shows.
"""
import json
import math
import os
import sys

import numpy as np
from safetensors.numpy import save_file

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import rt_common as rc  # noqa: E402
import rt_llama  # noqa: E402


def pack_stream(fields, bits):
    """fields [R, C] of `bits` bits -> int32 [R, C*bits/32]: each row one
    little-endian bit stream, field c at bits [bits*c, bits*c + bits)."""
    R, C = fields.shape
    b = (fields[:, :, None].astype(np.int64) >> np.arange(bits)) & 1        # [R, C, bits]
    b = b.reshape(R, C * bits // 32, 32)
    words = (b << np.arange(32, dtype=np.int64)).sum(axis=2)                 # < 2^32
    return words.astype(np.uint32).view(np.int32)


def gptq_linear(rng, K, N, s):
    bits, G = s["bits"], (K if s["group"] == -1 else s["group"])
    ng = -(-K // G)
    top = 1 << bits
    q = rng.integers(0, top, size=(K, N))
    if s.get("sym"):
        z = np.full((ng, N), top // 2)
    else:
        z = rng.integers(0 if s.get("v2") else 1, top, size=(ng, N))
    scales = (rng.uniform(0.5, 1.5, size=(ng, N)) * 2 / (top * math.sqrt(K))).astype(np.float16)
    if s.get("desc_act"):
        perm = rng.permutation(K)
        g_idx = np.empty(K, dtype=np.int32)
        g_idx[perm] = np.arange(K) // G
    else:
        g_idx = (np.arange(K) // G).astype(np.int32)
    stored_z = z if s.get("v2") else (z - 1) % top
    tensors = {
        "qweight": np.ascontiguousarray(pack_stream(q.T, bits).T),   # columns are streams along K
        "qzeros": pack_stream(stored_z, bits),
        "scales": scales,
        "g_idx": g_idx,
    }
    W = scales.astype(np.float64)[g_idx, :] * (q - z[g_idx, :])      # [K, N]
    return tensors, W


def build(s):
    rng = np.random.default_rng(s["seed"])
    V, D, L, H, KV, F = (s[k] for k in ("V", "D", "L", "H", "KV", "F"))
    hd = D // H
    files, oracle = {}, {}

    def dense(name, shape, lo, hi):
        a = rng.uniform(lo, hi, size=shape).astype(np.float16)
        files[name] = a
        oracle[name] = ("F16", a)

    dense("model.embed_tokens.weight", (V, D), -1, 1)
    for l in range(L):
        pre = f"model.layers.{l}."
        dense(pre + "input_layernorm.weight", (D,), 0.5, 1.5)
        dense(pre + "post_attention_layernorm.weight", (D,), 0.5, 1.5)
        for name, K, N in (("self_attn.q_proj", D, H * hd), ("self_attn.k_proj", D, KV * hd),
                           ("self_attn.v_proj", D, KV * hd), ("self_attn.o_proj", H * hd, D),
                           ("mlp.gate_proj", D, F), ("mlp.up_proj", D, F), ("mlp.down_proj", F, D)):
            t, W = gptq_linear(rng, K, N, s)
            for k, a in t.items():
                files[pre + name + "." + k] = a
            oracle[pre + name + ".weight"] = ("F64", W.T)   # nn.Linear layout [out, in]
    dense("model.norm.weight", (D,), 0.5, 1.5)
    dense("lm_head.weight", (V, D), -0.25, 0.25)
    return files, oracle


def write_folder(d, s, files):
    os.makedirs(d, exist_ok=True)
    qc = {"bits": s["bits"], "group_size": s["group"], "desc_act": bool(s.get("desc_act")),
          "sym": bool(s.get("sym")), "damp_percent": 0.01, "true_sequential": True, "static_groups": False,
          "quant_method": s.get("method", "gptq"), "checkpoint_format": "gptq_v2" if s.get("v2") else "gptq"}
    if s.get("method") == "awq":
        qc = {"quant_method": "awq", "version": "gemm", "bits": 4, "group_size": 128, "zero_point": True}
    cfg = {"architectures": ["LlamaForCausalLM"], "model_type": "llama", "vocab_size": s["V"],
           "hidden_size": s["D"], "num_hidden_layers": s["L"], "num_attention_heads": s["H"],
           "num_key_value_heads": s["KV"], "intermediate_size": s["F"], "rms_norm_eps": s["eps"],
           "torch_dtype": "float16", "tie_word_embeddings": False}
    if s.get("rope", "v4") == "v5":
        cfg["rope_parameters"] = {"rope_theta": s["theta"], "rope_type": "default"}
    else:
        cfg["rope_theta"] = s["theta"]
    for k in s.get("omit", []):
        cfg.pop(k, None)
    where = s.get("where", "config")
    if where in ("config", "both"):
        cfg["quantization_config"] = qc
    if where in ("qc", "both"):
        aq = dict(qc)
        if s["file"] != "model.safetensors":   # AutoGPTQ records the file it wrote
            aq["model_file_base_name"] = s["file"][: -len(".safetensors")]
        with open(os.path.join(d, "quantize_config.json"), "w") as fh:
            json.dump(aq, fh, indent=2)
    with open(os.path.join(d, "config.json"), "w") as fh:
        json.dump(cfg, fh, indent=2)
    save_file(files, os.path.join(d, s["file"]), metadata={"format": "pt"})


def main():
    d, s, data = sys.argv[1], json.loads(sys.argv[2]), sys.argv[3]
    files, oracle = build(s)
    write_folder(d, s, files)
    p = {k: s[k] for k in ("L", "H", "KV", "F", "eps", "theta")}
    rc.emit([rc.mean_next_token_loss(rt_llama.forward(oracle, np.array(ids), p), np.array(ids))
             for ids in rc.read_tokens(data)])


if __name__ == "__main__":
    main()
