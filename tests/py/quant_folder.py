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
quant_method written, default "gptq"; "awq": AutoAWQ's GEMM layout, with
group and awq_version; "compressed-tensors": fp8 weights, strategy
"channel" or "tensor", scales in the model's dtype (dtype: torch_dtype);
"modelopt": ModelOpt FP8 (0-d f32 scales), or algo "NVFP4"; "mxfp4": OCP
MXFP4, with where "none" (the format by -D W=mxfp4) or a config as
transformers' Mxfp4Config writes it (gpt-oss's); "bitsandbytes": a 4-bit NF4
checkpoint as transformers saves it, with double_quant, quant_type, eight_bit
(the config says load_in_8bit) and
state_patch: keys set in (null: removed from) each quant_state JSON after
the oracle's values are drawn).

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

import ml_dtypes
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


AWQ_ORDER = (0, 2, 4, 6, 1, 3, 5, 7)   # AutoAWQ's packing order within an int32


def awq_pack(cols):
    """[R, C] 4-bit ints -> int32 [R, C/8] as AutoAWQ's WQLinear_GEMM packs:
    word j of a row holds columns 8j + AWQ_ORDER[i] in nibble i."""
    R, C = cols.shape
    out = np.zeros((R, C // 8), dtype=np.int64)
    for j in range(C // 8):
        for i, c in enumerate(AWQ_ORDER):
            out[:, j] |= cols[:, 8 * j + c].astype(np.int64) << (4 * i)
    return out.astype(np.uint32).view(np.int32)


def awq_linear(rng, K, N, s):
    """AutoAWQ GEMM: W[k, n] = scales[g, n] * (q[k, n] - z[g, n]), g = k // G;
    qweight int32 [K, N/8], qzeros int32 [groups, N/8] (zeros as they are),
    scales f16 [groups, N]."""
    G = K if s["group"] == -1 else s["group"]
    ng = -(-K // G)
    q = rng.integers(0, 16, size=(K, N))
    z = rng.integers(0, 16, size=(ng, N))
    scales = (rng.uniform(0.5, 1.5, size=(ng, N)) * 2 / (16 * math.sqrt(K))).astype(np.float16)
    g = np.arange(K) // G
    W = scales.astype(np.float64)[g, :] * (q - z[g, :])
    return {"qweight": awq_pack(q), "qzeros": awq_pack(z), "scales": scales}, W


SCALE_DT = {"float16": np.float16, "bfloat16": ml_dtypes.bfloat16, "float32": np.float32}


def fp8_linear(rng, K, N, s):
    """fp8 e4m3fn weights [N, K] (nn.Linear's layout; values decoded by
    ml_dtypes from the OCP 8-bit float spec), W = weight * weight_scale:
    compressed-tensors "channel" [N, 1], "tensor" [1] (both in the model's
    dtype), ModelOpt 0-d f32. Every finite code but the NaNs (0x7f, 0xff)."""
    codes = rng.integers(0, 256, size=(N, K)).astype(np.uint8)
    codes[(codes & 0x7f) == 0x7f] ^= 1
    w8 = codes.view(ml_dtypes.float8_e4m3fn)
    strat = s.get("strategy", "channel")
    dt = np.float32 if s["method"] == "modelopt" else SCALE_DT[s.get("dtype", "float16")]
    shape = {"channel": (N, 1), "tensor": (1,), "scalar": ()}[strat if s["method"] != "modelopt" else "scalar"]
    scale = np.asarray(rng.uniform(0.5, 1.5, size=shape) / (100 * math.sqrt(K)), dtype=dt)   # e4m3 codes reach 448
    W = w8.astype(np.float64) * scale.astype(np.float64).reshape(-1, 1)[:N if strat == "channel" else 1]
    return {"weight": w8, "weight_scale": scale}, W.T


# FP4 E2M1 (OCP Microscaling Formats v1.0, section 5.3.3): sign, 2 exponent
# bits (bias 1), 1 mantissa bit; code 0b0001 is the subnormal 0.5
def e2m1(code):
    sign = -1.0 if code & 8 else 1.0
    e, m = (code >> 1) & 3, code & 1
    return sign * (m * 0.5 if e == 0 else (1 + m / 2) * 2.0 ** (e - 1))


def nvfp4_linear(rng, K, N, s):
    """ModelOpt NVFP4: E2M1 codes [N, K] packed two a byte along rows,
    element 2j in the low nibble of byte j (weight u8 [N, K/2]);
    weight_scale e4m3fn [N, K/16]; weight_scale_2 0-d f32;
    W = e2m1(code) * weight_scale * weight_scale_2 (input_scale: activations)."""
    q = rng.integers(0, 16, size=(N, K))
    packed = (q[:, 0::2] | (q[:, 1::2] << 4)).astype(np.uint8)
    sc = np.asarray(rng.uniform(16, 448, size=(N, K // 16)), dtype=ml_dtypes.float8_e4m3fn)
    g = np.asarray(rng.uniform(0.5, 1.5) / (448 * 3 * math.sqrt(K)), dtype=np.float32)
    vals = np.vectorize(e2m1)(q)
    W = vals * sc.astype(np.float64)[:, np.arange(K) // 16] * float(g)
    return {"weight": packed, "weight_scale": sc, "weight_scale_2": g,
            "input_scale": np.asarray(1.0, dtype=np.float32)}, W.T


def mxfp4_linear(rng, K, N, s):
    """OCP MX MXFP4: E2M1 codes [N, K] packed two a byte along rows, low
    nibble first (weight u8 [N, K/2]); an E8M0 scale byte per 32 inputs
    (weight_scale u8 [N, K/32]), X = 2^(s - 127); W = X * e2m1(code).
    Exponents spread over 9 octaves around 1/sqrt(K)."""
    q = rng.integers(0, 16, size=(N, K))
    packed = (q[:, 0::2] | (q[:, 1::2] << 4)).astype(np.uint8)
    base = 127 - round(math.log2(2.4 * math.sqrt(K)))
    sc = rng.integers(base - 6, base + 3, size=(N, K // 32)).astype(np.uint8)
    W = np.vectorize(e2m1)(q) * np.exp2(sc.astype(np.float64) - 127)[:, np.arange(K) // 32]
    return {"weight": packed, "weight_scale": sc}, W.T


# NF4's 16 values (QLoRA, Dettmers et al. 2023, appendix E), as bitsandbytes
# stores them in weight.quant_map
NF4 = [-1.0, -0.6961928009986877, -0.5250730514526367, -0.39491748809814453, -0.28444138169288635,
       -0.18477343022823334, -0.09105003625154495, 0.0, 0.07958029955625534, 0.16093020141124725,
       0.24611230194568634, 0.33791524171829224, 0.44070982933044434, 0.5626170039176941,
       0.7229568362236023, 1.0]


def bnb_linear(rng, K, N, s):
    """A Linear4bit's state dict as transformers saves it (bitsandbytes'
    QuantState.as_dict(packed=True)): the nn.Linear weight [N, K] flattened
    row-major, 4-bit codes two a byte (element 2j in the high nibble of byte
    j) in a [N*K/2, 1] uint8 tensor; blocks of `blocksize` flat elements, each
    W = absmax[block] * quant_map[code]. With double quantization the absmax
    are stored as 8-bit codes into nested_quant_map, per block of
    nested_blocksize absmax: absmax = nested_quant_map[code] *
    nested_absmax[b // nested_blocksize] + nested_offset, nested_offset in the
    quant_state JSON (with quant_type, blocksize, dtype, shape)."""
    bs, nbs = s.get("blocksize", 64), 256
    nel = N * K
    nb = -(-nel // bs)
    q = rng.integers(0, 16, size=nel)
    packed = ((q[0::2] << 4) | q[1::2]).astype(np.uint8).reshape(nel // 2, 1)
    qmap = np.array(NF4, dtype=np.float32)
    t = {"weight": packed, "weight.quant_map": qmap}
    state = {"quant_type": "nf4", "blocksize": bs, "dtype": "float16", "shape": [N, K]}
    if s.get("double_quant"):
        nnb = -(-nb // nbs)
        # a signed 8-bit map into [-1, 1] (bitsandbytes' dynamic map is one such; the file carries it)
        nmap = np.sort(rng.uniform(-1, 1, size=256)).astype(np.float32)
        codes = rng.integers(0, 256, size=nb).astype(np.uint8)
        nabs = (rng.uniform(0.5, 1.0, size=nnb) / math.sqrt(K)).astype(np.float32)
        offset = float(np.float32(rng.uniform(1.0, 2.0) / math.sqrt(K)))
        absmax = nmap.astype(np.float64)[codes] * nabs.astype(np.float64)[np.arange(nb) // nbs] + offset
        t.update({"weight.absmax": codes, "weight.nested_absmax": nabs, "weight.nested_quant_map": nmap})
        state.update({"nested_blocksize": nbs, "nested_dtype": "float32", "nested_offset": offset})
    else:
        am = (rng.uniform(0.5, 1.5, size=nb) * 2 / math.sqrt(K)).astype(np.float32)
        absmax = am.astype(np.float64)
        t["weight.absmax"] = am
    for k, v in s.get("state_patch", {}).items():   # a damaged or foreign quant_state (tests of the checks)
        if v is None:
            state.pop(k, None)
        else:
            state[k] = v
    blob = json.dumps(state).encode("utf-8")
    t["weight.quant_state.bitsandbytes__nf4"] = np.frombuffer(blob, dtype=np.uint8).copy()
    flat = absmax[np.arange(nel) // bs] * qmap.astype(np.float64)[q]
    return t, flat.reshape(N, K).T                                    # W [K, N]


def build(s):
    rng = np.random.default_rng(s["seed"])
    V, D, L, H, KV, F = (s[k] for k in ("V", "D", "L", "H", "KV", "F"))
    hd = D // H
    files, oracle = {}, {}

    # the unquantized tensors in the checkpoint's torch_dtype, as a quantizer saves them
    ddt = s.get("dtype", "float16")

    def dense(name, shape, lo, hi):
        a = rng.uniform(lo, hi, size=shape).astype(SCALE_DT[ddt])
        files[name] = a
        oracle[name] = ({"float16": "F16", "bfloat16": "BF16", "float32": "F32"}[ddt], a)

    dense("model.embed_tokens.weight", (V, D), -1, 1)
    for l in range(L):
        pre = f"model.layers.{l}."
        dense(pre + "input_layernorm.weight", (D,), 0.5, 1.5)
        dense(pre + "post_attention_layernorm.weight", (D,), 0.5, 1.5)
        for name, K, N in (("self_attn.q_proj", D, H * hd), ("self_attn.k_proj", D, KV * hd),
                           ("self_attn.v_proj", D, KV * hd), ("self_attn.o_proj", H * hd, D),
                           ("mlp.gate_proj", D, F), ("mlp.up_proj", D, F), ("mlp.down_proj", F, D)):
            make = {"bitsandbytes": bnb_linear, "awq": awq_linear, "compressed-tensors": fp8_linear,
                    "modelopt": nvfp4_linear if s.get("algo") == "NVFP4" else fp8_linear,
                    "mxfp4": mxfp4_linear}.get(s.get("method"), gptq_linear)
            t, W = make(rng, K, N, s)
            for k, a in t.items():
                files[pre + name + "." + k] = a
            oracle[pre + name + ".weight"] = ("F64", W.T)   # nn.Linear layout [out, in]
    dense("model.norm.weight", (D,), 0.5, 1.5)
    dense("lm_head.weight", (V, D), -0.25, 0.25)
    return files, oracle


def write_folder(d, s, files):
    os.makedirs(d, exist_ok=True)
    qc = {"bits": s.get("bits"), "group_size": s.get("group"), "desc_act": bool(s.get("desc_act")),
          "sym": bool(s.get("sym")), "damp_percent": 0.01, "true_sequential": True, "static_groups": False,
          "quant_method": s.get("method", "gptq"), "checkpoint_format": "gptq_v2" if s.get("v2") else "gptq"}
    if s.get("method") == "bitsandbytes":   # transformers' BitsAndBytesConfig.to_dict()
        eight = bool(s.get("eight_bit"))
        qc = {"quant_method": "bitsandbytes", "load_in_4bit": not eight, "load_in_8bit": eight,
              "bnb_4bit_quant_type": s.get("quant_type", "nf4"), "bnb_4bit_use_double_quant": bool(s.get("double_quant")),
              "bnb_4bit_compute_dtype": "float16", "bnb_4bit_quant_storage": "uint8", "llm_int8_threshold": 6.0,
              "llm_int8_skip_modules": None, "llm_int8_enable_fp32_cpu_offload": False,
              "llm_int8_has_fp16_weight": False, "_load_in_4bit": True, "_load_in_8bit": False}
    if s.get("method") == "compressed-tensors":   # llm-compressor's FP8 schemes (weights only: W8A16)
        w = {"num_bits": 8, "type": "float", "strategy": s.get("strategy", "channel"), "symmetric": True,
             "dynamic": False, "group_size": None, "observer": "minmax"}
        qc = {"quant_method": "compressed-tensors", "format": s.get("ct_format", "float-quantized"),
              "quantization_status": "compressed", "ignore": ["lm_head"], "kv_cache_scheme": None,
              "config_groups": {"group_0": {"targets": ["Linear"], "weights": w, "input_activations": None,
                                            "output_activations": None}}}
    if s.get("method") == "modelopt":
        qc = {"quant_method": "modelopt", "quant_algo": s.get("algo", "FP8"), "kv_cache_quant_algo": None,
              "exclude_modules": ["lm_head"]}
    if s.get("method") == "mxfp4":   # transformers' Mxfp4Config as gpt-oss's config.json has it
        qc = {"quant_method": "mxfp4", "modules_to_not_convert": ["model.layers.*.self_attn", "model.layers.*.mlp.router",
                                                                  "model.embed_tokens", "lm_head"]}
    if s.get("method") == "awq":
        qc = {"quant_method": "awq", "version": s.get("awq_version", "gemm"), "bits": 4, "group_size": s["group"],
              "zero_point": True, "modules_to_not_convert": None}
    cfg = {"architectures": ["LlamaForCausalLM"], "model_type": "llama", "vocab_size": s["V"],
           "hidden_size": s["D"], "num_hidden_layers": s["L"], "num_attention_heads": s["H"],
           "num_key_value_heads": s["KV"], "intermediate_size": s["F"], "rms_norm_eps": s["eps"],
           "torch_dtype": s.get("dtype", "float16"), "tie_word_embeddings": False}
    if s.get("rope", "v4") == "v5":
        cfg["rope_parameters"] = {"rope_theta": s["theta"], "rope_type": "default"}
    else:
        cfg["rope_theta"] = s["theta"]
    for k in s.get("omit", []):
        cfg.pop(k, None)
    where = s.get("where", "config")   # "none": no quantization config (the format by -D)
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
