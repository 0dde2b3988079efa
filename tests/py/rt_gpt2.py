"""rt_gpt2.py — an independent numpy GPT-2 forward (Hugging Face GPT2LMHeadModel
semantics) and its mean next-token loss, the oracle for `zoc loss` on
models/gpt2.zo.

Usage: rt_gpt2.py WEIGHTS.safetensors DATA.jsonl '{"L": 2, "H": 4, "eps": 1e-5}'

Written from modeling_gpt2.py: token + learned position embeddings (positions
0..T-1); pre-LayerNorm blocks; Conv1D layers (weight [in, out], y = x @ W + b)
for c_attn (split into q, k, v of D each), attn.c_proj, mlp.c_fc, mlp.c_proj;
attention scaled by 1/sqrt(hd) with the causal mask; gelu_new
0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))); ln_f; the LM head tied to wte
(logits = x @ wte^T). All float64.
"""
import json
import math
import sys

import numpy as np

import rt_common as rc


def gelu_new(x):
    return 0.5 * x * (1.0 + np.tanh(math.sqrt(2.0 / math.pi) * (x + 0.044715 * x ** 3)))


def forward(st, ids, p):
    L, H, eps = p["L"], p["H"], p["eps"]
    g = lambda name: rc.f64(st[name][1])  # noqa: E731
    wte, wpe = g("wte.weight"), g("wpe.weight")
    V, D = wte.shape
    hd, T = D // H, len(ids)
    x = wte[ids] + wpe[np.arange(T)]
    for l in range(L):
        pre = f"h.{l}."
        def conv(h, name, K, N):   # Conv1D: weight [in, out], y = x @ W + b
            return h @ rc.dequant(st, pre + name, K, N, dense="conv1d") + g(pre + name + ".bias")
        h = rc.layer_norm(x, g(pre + "ln_1.weight"), g(pre + "ln_1.bias"), eps)
        qkv = conv(h, "attn.c_attn", D, 3 * D)
        q, k, v = (qkv[:, i * D:(i + 1) * D].reshape(T, H, hd).transpose(1, 0, 2) for i in range(3))
        x = x + conv(rc.causal_attention(q, k, v), "attn.c_proj", D, D)
        h = rc.layer_norm(x, g(pre + "ln_2.weight"), g(pre + "ln_2.bias"), eps)
        x = x + conv(gelu_new(conv(h, "mlp.c_fc", D, 4 * D)), "mlp.c_proj", 4 * D, D)
    x = rc.layer_norm(x, g("ln_f.weight"), g("ln_f.bias"), eps)
    return x @ wte.T


def main():
    st, _ = rc.load(sys.argv[1])
    p = json.loads(sys.argv[3])
    rc.emit([rc.mean_next_token_loss(forward(st, np.array(ids), p), np.array(ids)) for ids in rc.read_tokens(sys.argv[2])])


if __name__ == "__main__":
    main()
