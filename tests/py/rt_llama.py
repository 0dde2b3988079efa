"""rt_llama.py — an independent numpy Llama forward (Hugging Face
LlamaForCausalLM semantics) and its mean next-token loss, the oracle for
`zoc loss` on models/llama.zo and models/tiny.zo.

Usage: rt_llama.py WEIGHTS.safetensors DATA.jsonl '{"L": 2, "H": 4, "KV": 2, "eps": 1e-5, "theta": 10000}'
Prints one {"loss": L} line per data line.

Written from modeling_llama.py: RMSNorm x * rsqrt(mean(x^2) + eps) * w;
q/k/v/o, gate/up/down projections as nn.Linear (weights [out, in], any format
of rt_common.dequant); rotary embedding with rotate_half (the two HALVES of a
head are rotated together: cos = cat(freqs, freqs), q*cos + rotate_half(q)*sin,
rotate_half(x) = cat(-x2, x1)), inv_freq = theta^(-arange(0, hd, 2)/hd),
positions 0..T-1; grouped-query attention through repeat_kv (query head h reads
kv head h // (H/KV)), scores scaled by 1/sqrt(hd), causal mask; SwiGLU MLP
down(silu(gate(x)) * up(x)); final RMSNorm and lm_head. All float64.
"""
import json
import sys

import numpy as np

import rt_common as rc


def rms_norm(x, w, eps):
    return x / np.sqrt((x * x).mean(axis=-1, keepdims=True) + eps) * w


def rotate_half(x):
    h = x.shape[-1] // 2
    return np.concatenate([-x[..., h:], x[..., :h]], axis=-1)


def rope(x, theta):
    """x [heads, T, hd]"""
    _, T, hd = x.shape
    inv_freq = 1.0 / (theta ** (np.arange(0, hd, 2, dtype=np.float64) / hd))
    freqs = np.outer(np.arange(T, dtype=np.float64), inv_freq)
    emb = np.concatenate([freqs, freqs], axis=-1)
    return x * np.cos(emb) + rotate_half(x) * np.sin(emb)


def forward(st, ids, p):
    L, H, KV, eps, theta = p["L"], p["H"], p["KV"], p["eps"], p["theta"]
    embed = rc.f64(st["model.embed_tokens.weight"][1])
    V, D = embed.shape
    hd = D // H
    T = len(ids)
    x = embed[ids]
    for l in range(L):
        pre = f"model.layers.{l}."
        w = lambda name, K, N: rc.dequant(st, pre + name, K, N)  # noqa: E731
        ln = lambda name: rc.f64(st[pre + name + ".weight"][1])  # noqa: E731
        h = rms_norm(x, ln("input_layernorm"), eps)
        q = (h @ w("self_attn.q_proj", D, H * hd)).reshape(T, H, hd).transpose(1, 0, 2)
        k = (h @ w("self_attn.k_proj", D, KV * hd)).reshape(T, KV, hd).transpose(1, 0, 2)
        v = (h @ w("self_attn.v_proj", D, KV * hd)).reshape(T, KV, hd).transpose(1, 0, 2)
        q, k = rope(q, theta), rope(k, theta)
        k, v = np.repeat(k, H // KV, axis=0), np.repeat(v, H // KV, axis=0)   # repeat_kv
        x = x + rc.causal_attention(q, k, v) @ w("self_attn.o_proj", H * hd, D)
        h = rms_norm(x, ln("post_attention_layernorm"), eps)
        gate = h @ w("mlp.gate_proj", D, p["F"])
        up = h @ w("mlp.up_proj", D, p["F"])
        silu = gate / (1 + np.exp(-gate))
        x = x + (silu * up) @ w("mlp.down_proj", p["F"], D)
    x = rms_norm(x, rc.f64(st["model.norm.weight"][1]), eps)
    return x @ rc.dequant(st, "lm_head", D, V)


def main():
    st, _ = rc.load(sys.argv[1])
    p = json.loads(sys.argv[3])
    rc.emit([rc.mean_next_token_loss(forward(st, np.array(ids), p), np.array(ids)) for ids in rc.read_tokens(sys.argv[2])])


if __name__ == "__main__":
    main()
