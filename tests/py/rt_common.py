"""rt_common.py — what the runtime oracles (rt_check.py, rt_llama.py, rt_gpt2.py,
rt_opt.py) share: reading a checkpoint with the official safetensors library,
the expected tensor list of a model in each weight format, and an independent
numpy dequantization of every format zoc knows, written from the layouts the
real tools use (GPTQModel v1, bitsandbytes NF4, AQLM 1x16, HF nn.Linear and
GPT-2 Conv1D), not from zoc's code.

Everything numeric here is float64: the oracles compute the exact formula on
the stored values, and the C side's f32 roundings are what the tolerance of
the test covers.
"""
import json
import math
import os
import sys

import numpy as np
import safetensors
from safetensors import safe_open

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from st_common import NP_DTYPES  # noqa: E402

NF4_TABLE = np.array([
    -1.0, -0.6961928009986877, -0.5250730514526367, -0.39491748809814453,
    -0.28444138169288635, -0.18477343022823334, -0.09105003625154495, 0.0,
    0.07958029955625534, 0.16093020141124725, 0.24611230194568634, 0.33791524171829224,
    0.44070982933044434, 0.5626170039176941, 0.7229568362236023, 1.0], dtype=np.float32)

ST_DTYPE = {"f32": "F32", "f16": "F16", "bf16": "BF16", "f8e4m3": "F8_E4M3", "f64": "F64"}


def load(path):
    """{name: (st dtype, ndarray)} through the official Rust parser
    (safetensors.deserialize validates the header and the offsets), plus the
    metadata through safe_open."""
    with open(path, "rb") as fh:
        raw = fh.read()
    out = {}
    for name, info in safetensors.deserialize(raw):
        arr = np.frombuffer(bytes(info["data"]), dtype=NP_DTYPES[info["dtype"]]).reshape(info["shape"])
        out[name] = (info["dtype"], arr)
    with safe_open(path, framework="np") as f:
        meta = f.metadata() or {}
    return out, meta


def f64(a):
    return np.asarray(a).astype(np.float64)


# ---- formats: "gptq:bits=4,G=32,sym=0" -> ("gptq", {"bits": 4, ...})
DEFAULTS = {
    "linear": {"dt": "f16"}, "conv1d": {"dt": "f32"}, "gptq": {"bits": 4, "G": 128, "sym": 0},
    "int8": {"dt": "f16"}, "fp8": {"dt": "f32"}, "nf4": {"blocksize": 64}, "aqlm": {"dt": "f16"},
}


def parse_format(spec):
    name, _, rest = spec.partition(":")
    p = dict(DEFAULTS[name])
    for kv in filter(None, rest.split(",")):
        k, v = kv.split("=")
        p[k] = v if k == "dt" else int(v)
    return name, p


def format_tensors(fmt, K, N):
    """[(suffix, st dtype, shape)] a weight [K, N] of this format stores."""
    name, p = fmt
    if name == "linear":
        return [("weight", ST_DTYPE[p["dt"]], [N, K])]
    if name == "conv1d":
        return [("weight", ST_DTYPE[p["dt"]], [K, N])]
    if name == "gptq":
        b, G = p["bits"], p["G"]
        ng = -(-K // G)
        return [("qweight", "I32", [K * b // 32, N]), ("qzeros", "I32", [ng, N * b // 32]),
                ("scales", "F16", [ng, N]), ("g_idx", "I32", [K])]
    if name == "int8":
        return [("weight", "I8", [N, K]), ("weight_scale", ST_DTYPE[p["dt"]], [N])]
    if name == "fp8":
        return [("weight", "F8_E4M3", [N, K]), ("weight_scale", ST_DTYPE[p["dt"]], [N])]
    if name == "nf4":
        return [("weight", "U8", [N * K // 2, 1]), ("absmax", "F32", [N * K // p["blocksize"]])]
    if name == "aqlm":
        return [("codes", "I16", [N, K // 8, 1]), ("codebooks", ST_DTYPE[p["dt"]], [1, 65536, 1, 8]),
                ("scales", ST_DTYPE[p["dt"]], [N, 1, 1, 1])]
    raise ValueError(name)


# ---- dequantization: the logical W [K, N] (y = x @ W), float64
def _bitstream(words_u32, nbits, count):
    """Rows of a u32 matrix [rows, W] as little-endian bit streams: field i of
    row r = bits [nbits*i, nbits*i + nbits) of the row's stream."""
    rows = words_u32.shape[0]
    bits = np.unpackbits(np.ascontiguousarray(words_u32.astype("<u4")).view(np.uint8).reshape(rows, -1),
                         axis=1, bitorder="little")
    bits = bits[:, : nbits * count].reshape(rows, count, nbits).astype(np.int64)
    return (bits << np.arange(nbits)).sum(axis=2)


def gptq_dequant(qweight, qzeros, scales, g_idx, K, N):
    b = qweight.shape[0] * 32 // K
    maxq = (1 << b) - 1
    q = _bitstream(qweight.view(np.uint32).T, b, K).T              # [K, N]: column n is a stream along K
    z = (_bitstream(qzeros.view(np.uint32), b, N) + 1) & maxq      # [groups, N]: v1 stores zero - 1
    g = g_idx.astype(np.int64)
    return f64(scales)[g, :] * (q - z[g, :])


def dequant(st, prefix, K, N, dense="linear"):
    """The logical W [K, N] of the weight stored under prefix, its format
    recognized from the tensor names as a loader would."""
    def get(s):
        return st[prefix + "." + s][1]
    if prefix + ".qweight" in st:
        return gptq_dequant(get("qweight"), get("qzeros"), get("scales"), get("g_idx"), K, N)
    if prefix + ".absmax" in st:
        packed, absmax = get("weight").reshape(-1), f64(get("absmax"))
        codes = np.stack([packed >> 4, packed & 15], axis=1).reshape(-1)[: N * K]   # first element: high nibble
        block = N * K // absmax.shape[0]
        w = f64(NF4_TABLE[codes]) * absmax[np.arange(N * K) // block]
        return w.reshape(N, K).T
    if prefix + ".codes" in st:
        codes = get("codes").reshape(N, K // 8).view(np.uint16).astype(np.int64)
        cb = f64(get("codebooks")).reshape(65536, 8)
        w = cb[codes].reshape(N, K) * f64(get("scales")).reshape(N, 1)
        return w.T
    if prefix + ".weight_scale" in st:
        w = f64(get("weight")) * f64(get("weight_scale"))[:, None]   # int8 and fp8: [N, K]
        return w.T
    w = f64(get("weight"))
    return w.T if dense == "linear" else w


# ---- data and losses
def read_tokens(path):
    with open(path) as fh:
        return [json.loads(line)["tokens"] for line in fh if line.strip()]


def mean_next_token_loss(logits, ids):
    """logits [T, V] float64; mean over t < T-1 of logsumexp(logits[t]) - logits[t, ids[t+1]]."""
    l = logits[:-1]
    m = l.max(axis=1, keepdims=True)
    lse = (m + np.log(np.exp(l - m).sum(axis=1, keepdims=True)))[:, 0]
    return float(np.mean(lse - l[np.arange(len(ids) - 1), ids[1:]]))


def softmax(x):
    m = x.max(axis=-1, keepdims=True)
    e = np.exp(x - m)
    return e / e.sum(axis=-1, keepdims=True)


def causal_attention(q, k, v, scale=None):
    """q [H, T, hd], k, v [H, T, hd] (kv heads already repeated) -> [T, H*hd];
    scores q.k times scale (default 1/sqrt(hd))."""
    H, T, hd = q.shape
    s = (q @ k.transpose(0, 2, 1)) * (1 / math.sqrt(hd) if scale is None else scale)
    s = np.where(np.tril(np.ones((T, T), dtype=bool)), s, -np.inf)
    return (softmax(s) @ v).transpose(1, 0, 2).reshape(T, H * hd)


def layer_norm(x, w, b, eps):
    mu = x.mean(axis=-1, keepdims=True)
    var = ((x - mu) ** 2).mean(axis=-1, keepdims=True)
    return (x - mu) / np.sqrt(var + eps) * w + b


def emit(losses):
    for L in losses:
        print(json.dumps({"loss": L}))
