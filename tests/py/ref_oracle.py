#!/usr/bin/env python3
"""ref_oracle.py — an independent float64 numpy implementation of the ops in runtime/ref.c.

Used by tests/test_ref.c:

    ref_oracle.py OP DIR CASE...      CASE = NAME:ARG,ARG,...

For each case, reads the inputs DIR/NAME.in0, DIR/NAME.in1, ... (raw little-endian float32,
or int32 for ids/targets), computes OP in float64 and writes DIR/NAME.out (raw little-endian
float64, so the C side sees the oracle's value before any f32 rounding).

Written from the formulas, not from ref.c (the _ex ops, slice_period and norm_grouped from
transformers' modeling code: modeling_rope_utils, GPT-NeoX, Gemma 2, Qwen3), and deliberately
by other routes where there is one: attention with explicit score matrices, a triangular mask and repeated kv heads; rope
by complex multiplication; gelu with math.erf; gelu_tanh with tanh; logsumexp by
np.logaddexp.reduce; matmul through numpy's BLAS.
"""
import math
import os
import sys

import numpy as np

F32 = np.dtype("<f4")
I32 = np.dtype("<i4")


def load(path, dtype, count):
    a = np.fromfile(path, dtype=dtype)
    if a.size != count:
        sys.exit(f"{path}: expected {count} elements, found {a.size}")
    return a.astype(np.float64) if dtype == F32 else a.astype(np.int64)


def softmax_rows(s):
    e = np.exp(s - s.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def op_matmul(inp, M, K, N):
    return inp(0, F32, M * K).reshape(M, K) @ inp(1, F32, K * N).reshape(K, N)


def op_matmul_bt(inp, M, K, N):
    return inp(0, F32, M * K).reshape(M, K) @ inp(1, F32, N * K).reshape(N, K).T


def op_add(inp, n):
    return inp(0, F32, n) + inp(1, F32, n)


def op_mul(inp, n):
    return inp(0, F32, n) * inp(1, F32, n)


def op_add_bias(inp, rows, n):
    return inp(0, F32, rows * n).reshape(rows, n) + inp(1, F32, n)[None, :]


def op_silu(inp, n):
    x = inp(0, F32, n)
    # sigmoid in the form that does not overflow on either side
    with np.errstate(over="ignore"):
        sig = np.where(x >= 0, 1.0 / (1.0 + np.exp(-np.abs(x))), np.exp(-np.abs(x)) / (1.0 + np.exp(-np.abs(x))))
    return x * sig


def op_gelu(inp, n):
    x = inp(0, F32, n)
    return np.array([0.5 * v * (1.0 + math.erf(v / math.sqrt(2.0))) for v in x])


def op_gelu_tanh(inp, n):
    x = inp(0, F32, n)
    return 0.5 * x * (1.0 + np.tanh(math.sqrt(2.0 / math.pi) * (x + 0.044715 * x**3)))


def op_relu(inp, n):
    return np.maximum(inp(0, F32, n), 0.0)


def op_tanh(inp, n):
    return np.tanh(inp(0, F32, n))


def op_embedding(inp, n_ids, V, D):
    table = inp(0, F32, V * D).reshape(V, D)
    ids = inp(1, I32, n_ids)
    assert ((ids >= 0) & (ids < V)).all()
    return table[ids]


def op_transpose2d(inp, R, C):
    return inp(0, F32, R * C).reshape(R, C).T


def op_slice_cols(inp, rows, C, begin, end):
    return inp(0, F32, rows * C).reshape(rows, C)[:, begin:end]


def op_rms_norm(inp, rows, D, eps):
    x = inp(0, F32, rows * D).reshape(rows, D)
    w = inp(1, F32, D)
    return x / np.sqrt(np.mean(x * x, axis=1, keepdims=True) + eps) * w


def op_layer_norm(inp, rows, D, eps, has_bias):
    x = inp(0, F32, rows * D).reshape(rows, D)
    w = inp(1, F32, D)
    b = inp(2, F32, D) if has_bias else np.zeros(D)
    mu = x.mean(axis=1, keepdims=True)
    var = x.var(axis=1, keepdims=True)  # ddof=0: the biased variance torch uses
    return (x - mu) / np.sqrt(var + eps) * w + b


def op_softmax(inp, rows, n):
    return softmax_rows(inp(0, F32, rows * n).reshape(rows, n))


def op_rope(inp, B, T, heads, hd, theta, pos0):
    x = inp(0, F32, B * T * heads * hd).reshape(B, T, heads, hd)
    half = hd // 2
    inv_freq = theta ** (-np.arange(0, hd, 2, dtype=np.float64) / hd)  # [half]
    pos = pos0 + np.arange(T, dtype=np.float64)  # [T]
    rot = np.exp(1j * np.outer(pos, inv_freq))  # [T, half]: e^{i p ω}
    z = (x[..., :half] + 1j * x[..., half:]) * rot[None, :, None, :]
    return np.concatenate([z.real, z.imag], axis=-1)


def op_attention(inp, B, T, H, KV, hd, causal):
    q = inp(0, F32, B * T * H * hd).reshape(B, T, H, hd).transpose(0, 2, 1, 3)  # [B,H,T,hd]
    k = inp(1, F32, B * T * KV * hd).reshape(B, T, KV, hd).transpose(0, 2, 1, 3)  # [B,KV,T,hd]
    v = inp(2, F32, B * T * KV * hd).reshape(B, T, KV, hd).transpose(0, 2, 1, 3)
    # Hugging Face repeat_kv: each kv head repeated H/KV times, consecutively
    k = np.repeat(k, H // KV, axis=1)
    v = np.repeat(v, H // KV, axis=1)
    s = q @ k.transpose(0, 1, 3, 2) / math.sqrt(hd)  # [B,H,T,T]
    if causal:
        s = np.where(np.triu(np.ones((T, T), dtype=bool), k=1), -np.inf, s)
    y = softmax_rows(s) @ v  # [B,H,T,hd]
    return y.transpose(0, 2, 1, 3)


def rope_inv_freq(theta, dim, factor, low, high, original_max):
    """transformers' modeling_rope_utils: _compute_default_rope_parameters over `dim` (the
    rotated part: GPT-NeoX's rotary_ndims), then linear (inv_freq / factor) or
    _compute_llama3_parameters (original_max > 0), transcribed with np.where as torch.where."""
    inv_freq = 1.0 / (theta ** (np.arange(0, dim, 2, dtype=np.float64) / dim))
    if original_max <= 0:
        return inv_freq / factor
    low_freq_wavelen = original_max / low
    high_freq_wavelen = original_max / high
    wavelen = 2 * math.pi / inv_freq
    inv_freq_llama = np.where(wavelen > low_freq_wavelen, inv_freq / factor, inv_freq)
    smooth_factor = (original_max / wavelen - low) / (high - low)
    smoothed_inv_freq = (1 - smooth_factor) * inv_freq_llama / factor + smooth_factor * inv_freq_llama
    is_medium_freq = ~(wavelen < high_freq_wavelen) * ~(wavelen > low_freq_wavelen)
    return np.where(is_medium_freq, smoothed_inv_freq, inv_freq_llama)


def op_rope_ex(inp, B, T, heads, hd, theta, pos0, rd, factor, low, high, original_max):
    """GPT-NeoX / Phi partial rotary: q_rot = q[..., :rd] through rotate_half with
    cos/sin = cat(freqs, freqs), q_pass = q[..., rd:] as is, then concatenated."""
    x = inp(0, F32, B * T * heads * hd).reshape(B, T, heads, hd)
    rd = rd or hd
    inv_freq = rope_inv_freq(theta, rd, factor, low, high, original_max)
    pos = pos0 + np.arange(T, dtype=np.float64)
    freqs = np.outer(pos, inv_freq)
    emb = np.concatenate([freqs, freqs], axis=-1)[None, :, None, :]  # [1,T,1,rd]
    xr, xp = x[..., :rd], x[..., rd:]
    rotate_half = np.concatenate([-xr[..., rd // 2:], xr[..., :rd // 2]], axis=-1)
    return np.concatenate([xr * np.cos(emb) + rotate_half * np.sin(emb), xp], axis=-1)


def op_attention_ex(inp, B, T, H, KV, hd, causal, scale, softcap, window):
    """Gemma 2's eager attention: scores * scaling, then / softcap, tanh, * softcap, then the
    mask (causal; sliding window: key j hidden from query i when i - j >= window), softmax."""
    q = inp(0, F32, B * T * H * hd).reshape(B, T, H, hd).transpose(0, 2, 1, 3)
    k = np.repeat(inp(1, F32, B * T * KV * hd).reshape(B, T, KV, hd).transpose(0, 2, 1, 3), H // KV, axis=1)
    v = np.repeat(inp(2, F32, B * T * KV * hd).reshape(B, T, KV, hd).transpose(0, 2, 1, 3), H // KV, axis=1)
    s = q @ k.transpose(0, 1, 3, 2) * (scale if scale > 0 else hd ** -0.5)
    if softcap > 0:
        s = np.tanh(s / softcap) * softcap
    i, j = np.meshgrid(np.arange(T), np.arange(T), indexing="ij")
    hidden = (j > i) if causal else np.zeros((T, T), dtype=bool)
    if window > 0:
        hidden |= i - j >= window
    y = softmax_rows(np.where(hidden, -np.inf, s)) @ v
    return y.transpose(0, 2, 1, 3)


def op_slice_period(inp, rows, C, begin, end, period):
    """GPT-NeoX's fused QKV: view [rows, C/period, period], take [begin, end) of each."""
    return inp(0, F32, rows * C).reshape(rows, C // period, period)[:, :, begin:end].reshape(rows, -1)


def op_norm_grouped(inp, rows, D, G, eps, layer):
    """Qwen3's q_norm: x viewed [rows, D/G, G], each group of G normalized with the weight of G."""
    x = inp(0, F32, rows * D).reshape(rows, D // G, G)
    w = inp(1, F32, G)
    if layer:
        mu = x.mean(axis=-1, keepdims=True)
        y = (x - mu) / np.sqrt(((x - mu) ** 2).mean(axis=-1, keepdims=True) + eps) * w + inp(2, F32, G)
    else:
        y = x / np.sqrt((x * x).mean(axis=-1, keepdims=True) + eps) * w
    return y.reshape(rows, D)


def logsumexp_rows(x):
    return np.array([np.logaddexp.reduce(row) for row in x])


def op_cross_entropy(inp, rows, V):
    x = inp(0, F32, rows * V).reshape(rows, V)
    t = inp(1, I32, rows)
    lse = logsumexp_rows(x)
    return np.array([lse[r] - x[r, t[r]] if t[r] >= 0 else 0.0 for r in range(rows)])


def op_log_softmax_at(inp, rows, V):
    x = inp(0, F32, rows * V).reshape(rows, V)
    t = inp(1, I32, rows)
    lse = logsumexp_rows(x)
    return np.array([x[r, t[r]] - lse[r] if t[r] >= 0 else 0.0 for r in range(rows)])


# argument types per op (after the case name); "f" is a float, "i" an integer
OPS = {
    "matmul": (op_matmul, "iii"),
    "matmul_bt": (op_matmul_bt, "iii"),
    "add": (op_add, "i"),
    "mul": (op_mul, "i"),
    "add_bias": (op_add_bias, "ii"),
    "silu": (op_silu, "i"),
    "gelu": (op_gelu, "i"),
    "gelu_tanh": (op_gelu_tanh, "i"),
    "relu": (op_relu, "i"),
    "tanh": (op_tanh, "i"),
    "embedding": (op_embedding, "iii"),
    "transpose2d": (op_transpose2d, "ii"),
    "slice_cols": (op_slice_cols, "iiii"),
    "rms_norm": (op_rms_norm, "iif"),
    "layer_norm": (op_layer_norm, "iifi"),
    "softmax": (op_softmax, "ii"),
    "rope": (op_rope, "iiiifi"),
    "attention": (op_attention, "iiiiii"),
    "rope_ex": (op_rope_ex, "iiiifiiffff"),
    "attention_ex": (op_attention_ex, "iiiiiiffi"),
    "slice_period": (op_slice_period, "iiiii"),
    "norm_grouped": (op_norm_grouped, "iiifi"),
    "cross_entropy": (op_cross_entropy, "ii"),
    "log_softmax_at": (op_log_softmax_at, "ii"),
}


def main():
    if len(sys.argv) < 3 or sys.argv[1] not in OPS:
        sys.exit(f"usage: ref_oracle.py OP DIR NAME:ARGS...   (OP one of {', '.join(OPS)})")
    fn, types = OPS[sys.argv[1]]
    d = sys.argv[2]
    for case in sys.argv[3:]:
        name, _, argstr = case.partition(":")
        raw = argstr.split(",")
        if len(raw) != len(types):
            sys.exit(f"{case}: {sys.argv[1]} takes {len(types)} arguments")
        args = [int(a) if t == "i" else float(a) for a, t in zip(raw, types)]

        def inp(i, dtype, count, name=name):
            return load(os.path.join(d, f"{name}.in{i}"), dtype, count)

        out = np.ascontiguousarray(fn(inp, *args), dtype=np.float64)
        out.astype("<f8").tofile(os.path.join(d, f"{name}.out"))


if __name__ == "__main__":
    main()
