"""lang_oracle.py — an independent numpy float64 forward of
tests/data/models/lang.zo, for test_lang: each line of a tokens file gets its
mean next-token cross-entropy, printed as {"loss": L} like `zoc loss`.

The model is written here from its meaning (Gemma's rms_norm with weight
1 + w, tanh softcapping, the tied or separate lm_head), not from zoc's code:
the language features test_lang checks are what lowered it.

usage: lang_oracle.py WEIGHTS TOKENS.jsonl --L N --tie 0|1 --act NAME --cap C --bias 0|1
"""
import argparse
import json
import math

import numpy as np
from safetensors.numpy import load_file


def rms_norm(x, w, eps):
    return x / np.sqrt(np.mean(x * x, axis=-1, keepdims=True) + eps) * w


def act(name, x):
    if name == "silu":
        return x / (1.0 + np.exp(-x))
    if name == "gelu_pytorch_tanh":
        return 0.5 * x * (1.0 + np.tanh(math.sqrt(2.0 / math.pi) * (x + 0.044715 * x ** 3)))
    erf = np.vectorize(math.erf)
    return 0.5 * x * (1.0 + erf(x / math.sqrt(2.0)))


def forward(w, toks, a):
    g = {k: v.astype(np.float64) for k, v in w.items()}
    D = g["model.embed_tokens.weight"].shape[1]
    x = g["model.embed_tokens.weight"][toks] * math.sqrt(D)
    for l in range(a.L):
        p = "model.layers.%d." % l
        h = rms_norm(x, 1.0 + g[p + "input_layernorm.weight"], 1e-6)
        y = act(a.act, h @ g[p + "mlp.gate_proj.weight"].T) @ g[p + "mlp.down_proj.weight"].T
        if a.bias:
            y = y + g[p + "mlp.down_proj.bias"]
        x = x + y / 2 - 0.25
    h = rms_norm(x, 1.0 + g["model.norm.weight"], 1e-6)
    head = g["model.embed_tokens.weight"] if a.tie else g["lm_head.weight"]
    logits = h @ head.T
    if a.cap > 0:
        logits = np.tanh(logits / a.cap) * a.cap
    return logits


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("weights")
    ap.add_argument("tokens")
    ap.add_argument("--L", type=int, default=2)
    ap.add_argument("--tie", type=int, default=0)
    ap.add_argument("--act", default="silu")
    ap.add_argument("--cap", type=float, default=0)
    ap.add_argument("--bias", type=int, default=0)
    a = ap.parse_args()
    w = load_file(a.weights)
    for line in open(a.tokens):
        toks = np.array(json.loads(line)["tokens"])
        z = forward(w, toks, a)
        z = z - z.max(axis=-1, keepdims=True)
        lp = z - np.log(np.exp(z).sum(axis=-1, keepdims=True))
        nll = -lp[np.arange(len(toks) - 1), toks[1:]]
        print(json.dumps({"loss": float(nll.mean()), "tokens": int(len(toks))}))


if __name__ == "__main__":
    main()
