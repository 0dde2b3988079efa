"""rt_opt.py — an independent numpy OPT forward (Hugging Face OPTForCausalLM
semantics, do_layer_norm_before=True: the 125m..66b sizes) and its mean
next-token loss, the oracle for `zoc loss` on models/opt.zo.

Usage: rt_opt.py WEIGHTS.safetensors DATA.jsonl '{"L": 2, "H": 4}'

Written from modeling_opt.py: OPTLearnedPositionalEmbedding looks positions
0..T-1 up at offset 2 (the table has max_positions + 2 rows); q_proj output
scaled by hd^-0.5 (the same as scaling the scores); nn.Linear projections with
biases (weights [out, in]); pre-LayerNorm residual blocks with eps 1e-5; ReLU
MLP fc1/fc2; decoder.final_layer_norm; lm_head tied to embed_tokens. All
float64.
"""
import json
import sys

import numpy as np

import rt_common as rc


def forward(st, ids, p):
    L, H, eps = p["L"], p["H"], 1e-5
    g = lambda name: rc.f64(st[name][1])  # noqa: E731
    embed = g("model.decoder.embed_tokens.weight")
    V, D = embed.shape
    hd, T = D // H, len(ids)
    x = embed[ids] + g("model.decoder.embed_positions.weight")[np.arange(T) + 2]
    for l in range(L):
        pre = f"model.decoder.layers.{l}."
        lin = lambda h, name, K, N: h @ rc.dequant(st, pre + name, K, N) + g(pre + name + ".bias")  # noqa: E731
        h = rc.layer_norm(x, g(pre + "self_attn_layer_norm.weight"), g(pre + "self_attn_layer_norm.bias"), eps)
        q = lin(h, "self_attn.q_proj", D, D) * hd ** -0.5
        k = lin(h, "self_attn.k_proj", D, D)
        v = lin(h, "self_attn.v_proj", D, D)
        heads = lambda t: t.reshape(T, H, hd).transpose(1, 0, 2)  # noqa: E731
        a = rc.causal_attention(heads(q), heads(k), heads(v), scale=1.0)   # q carries the scaling
        x = x + lin(a, "self_attn.out_proj", D, D)
        h = rc.layer_norm(x, g(pre + "final_layer_norm.weight"), g(pre + "final_layer_norm.bias"), eps)
        h = np.maximum(lin(h, "fc1", D, p["F"]), 0)
        x = x + lin(h, "fc2", p["F"], D)
    x = rc.layer_norm(x, g("model.decoder.final_layer_norm.weight"), g("model.decoder.final_layer_norm.bias"), eps)
    return x @ embed.T


def main():
    st, _ = rc.load(sys.argv[1])
    p = json.loads(sys.argv[3])
    rc.emit([rc.mean_next_token_loss(forward(st, np.array(ids), p), np.array(ids)) for ids in rc.read_tokens(sys.argv[2])])


if __name__ == "__main__":
    main()
