"""quant_oracle.py — independent numpy / ml_dtypes versions of runtime/convert.c
and runtime/quant.c, for tests/test_quant.c.

Usage: quant_oracle.py COMMAND ARGS...  All arrays are raw little-endian files
(the test writes its inputs and reads back the outputs); shapes and dtypes come
from the arguments.

The GPTQ packer is written the way the original GPTQ / AutoGPTQ `pack` loop is
(word by word, with the explicit 3-bit carry-over between words), and the
unpacker works on np.unpackbits of the words: neither shares a line of logic
with the C bit stream, so they check it and each other.
"""
import sys

import ml_dtypes
import numpy as np

F8 = ml_dtypes.float8_e4m3fn
BF16 = ml_dtypes.bfloat16

NF4 = np.array([
    -1.0, -0.6961928009986877, -0.5250730514526367, -0.39491748809814453,
    -0.28444138169288635, -0.18477343022823334, -0.09105003625154495, 0.0,
    0.07958029955625534, 0.16093020141124725, 0.24611230194568634, 0.33791524171829224,
    0.44070982933044434, 0.5626170039176941, 0.7229568362236023, 1.0], dtype=np.float32)

INT_TYPES = {"i8": np.int8, "u8": np.uint8, "i16": np.int16, "u16": np.uint16,
             "i32": np.int32, "u32": np.uint32, "i64": np.int64}


def rd(path, dtype, shape=None):
    a = np.fromfile(path, dtype=dtype)
    return a.reshape(shape) if shape is not None else a


def wr(path, a):
    np.ascontiguousarray(a).tofile(path)


# ---- conversions

def cmd_to_f32(dt, src, out):
    if dt == "f16":
        x = rd(src, np.uint16).view(np.float16)
    elif dt == "bf16":
        x = rd(src, np.uint16).view(BF16)
    elif dt == "f8e4m3":
        x = rd(src, np.uint8).view(F8)
    elif dt in ("f32", "f64"):
        x = rd(src, np.float32 if dt == "f32" else np.float64)
    elif dt == "bool":
        x = rd(src, np.uint8) != 0
    else:
        x = rd(src, INT_TYPES[dt])
    wr(out, x.astype(np.float32))


def cmd_from_f32(dt, src, out):
    x = rd(src, np.float32)
    if dt == "f16":
        y = x.astype(np.float16)
    elif dt == "bf16":
        y = x.astype(BF16)
    elif dt == "f8e4m3":          # the plain cast (overflow -> NaN)
        y = x.astype(F8)
    elif dt == "f8e4m3_sat":      # the quantizer's cast: clip first (NaN stays NaN)
        y = np.clip(x, -448.0, 448.0).astype(F8)
    elif dt in ("f32", "f64"):
        y = x.astype(np.float32 if dt == "f32" else np.float64)
    elif dt == "bool":
        y = x.astype(bool).astype(np.uint8)
    else:
        t = INT_TYPES[dt]
        info = np.iinfo(t)
        r = np.rint(np.nan_to_num(x.astype(np.float64), nan=0.0, posinf=np.inf, neginf=-np.inf))
        big = r >= float(info.max)     # float(INT64_MAX) is 2^63: decide before converting
        small = r <= float(info.min)
        r = np.where(big | small, 0.0, r)
        y = r.astype(t)
        y[big] = info.max
        y[small] = info.min
    wr(out, y)


# ---- GPTQ

def pack_rows(intw, bits):
    """[K, N] codes -> [K*bits/32, N] words, as GPTQ's QuantLinear.pack does."""
    intw = intw.astype(np.uint32)
    K, N = intw.shape
    out = np.zeros((K * bits // 32, N), dtype=np.uint32)
    i = row = 0
    while row < out.shape[0]:
        if bits in (2, 4, 8):
            for j in range(i, i + 32 // bits):
                out[row] |= intw[j] << (bits * (j - i))
            i += 32 // bits
            row += 1
        elif bits == 3:
            for j in range(i, i + 10):
                out[row] |= intw[j] << (3 * (j - i))
            i += 10
            out[row] |= intw[i] << 30
            row += 1
            out[row] |= (intw[i] >> 2) & 1
            i += 1
            for j in range(i, i + 10):
                out[row] |= intw[j] << (3 * (j - i) + 1)
            i += 10
            out[row] |= intw[i] << 31
            row += 1
            out[row] |= (intw[i] >> 1) & 0x3
            i += 1
            for j in range(i, i + 10):
                out[row] |= intw[j] << (3 * (j - i) + 2)
            i += 10
            row += 1
        else:
            raise SystemExit(f"bits {bits}")
    return out


def unpack_rows(words, bits, count):
    """[R, C] words, one little-endian bit stream per column -> [count, C] codes."""
    C = words.shape[1]
    b8 = np.ascontiguousarray(words.T).astype("<u4").view(np.uint8)      # [C, 4R]
    b = np.unpackbits(b8, axis=1, bitorder="little")[:, :count * bits]   # [C, count*bits]
    b = b.reshape(C, count, bits).astype(np.uint32)
    return (b << np.arange(bits, dtype=np.uint32)).sum(axis=2, dtype=np.uint32).T


def gptq_pack(bits, codes, zeros):
    maxq = (1 << bits) - 1
    qw = pack_rows(codes, bits)
    qz = pack_rows(((zeros.astype(np.int64) - 1) & maxq).T, bits).T   # v1: stored z - 1
    return qw, qz


def cmd_gptq_pack(bits, K, N, NG, codes, zeros, out_qw, out_qz):
    bits, K, N, NG = int(bits), int(K), int(N), int(NG)
    qw, qz = gptq_pack(bits, rd(codes, np.uint8, (K, N)), rd(zeros, np.uint8, (NG, N)))
    wr(out_qw, qw)
    wr(out_qz, qz)


def cmd_gptq_unpack(bits, K, N, NG, qw, qz, out_codes, out_zeros):
    bits, K, N, NG = int(bits), int(K), int(N), int(NG)
    maxq = (1 << bits) - 1
    q = unpack_rows(rd(qw, np.uint32, (K * bits // 32, N)), bits, K)
    z = (unpack_rows(rd(qz, np.uint32, (NG, N * bits // 32)).T, bits, N).T + 1) & maxq
    wr(out_codes, q.astype(np.uint8))
    wr(out_zeros, z.astype(np.uint8))


def cmd_gptq_dequant(bits, K, N, NG, qw, qz, sc, gi, out):
    bits, K, N, NG = int(bits), int(K), int(N), int(NG)
    maxq = (1 << bits) - 1
    q = unpack_rows(rd(qw, np.uint32, (K * bits // 32, N)), bits, K).astype(np.int32)
    z = ((unpack_rows(rd(qz, np.uint32, (NG, N * bits // 32)).T, bits, N).T + 1) & maxq).astype(np.int32)
    s = rd(sc, np.uint16, (NG, N)).view(np.float16).astype(np.float32)
    g = rd(gi, np.int32)
    wr(out, s[g] * (q - z[g]).astype(np.float32))


def up16(x):
    """Smallest f16 >= x (x >= 0, f32)."""
    h = x.astype(np.float16)
    return np.where(h.astype(np.float32) < x, np.nextafter(h, np.float16(np.inf)), h)


def cmd_gptq_quantize(bits, K, N, G, sym, w, perm, out_qw, out_qz, out_sc, out_gi):
    bits, K, N, G, sym = int(bits), int(K), int(N), int(G), sym == "1"
    maxq = (1 << bits) - 1
    W = rd(w, np.float32, (K, N))
    order = np.arange(K) if perm == "-" else rd(perm, np.int32).astype(np.int64)
    gs = K if G == -1 or G > K else G
    ng = (K + gs - 1) // gs
    g_idx = np.empty(K, np.int32)
    g_idx[order] = np.arange(K) // gs
    scales = np.zeros((ng, N), np.float16)
    zeros = np.zeros((ng, N), np.int64)
    q = np.zeros((K, N), np.uint8)
    f = np.float32
    with np.errstate(divide="ignore", over="ignore"):
        for g in range(ng):
            rows = order[g * gs:(g + 1) * gs]
            Wg = W[rows]
            lo = np.minimum(Wg.min(axis=0), f(0))
            hi = np.maximum(Wg.max(axis=0), f(0))
            if sym:
                hi = np.maximum(-lo, hi)
                lo = -hi
            both0 = (lo == 0) & (hi == 0)
            lo[both0], hi[both0] = f(-1), f(1)
            s16 = up16((hi - lo) / f(maxq))
            s = s16.astype(f)
            if sym:
                z = np.full(N, 1 << (bits - 1), np.float32)
            else:
                z = np.minimum(np.rint(-lo / s), f(maxq))
                bad = z <= 0
                s16 = np.where(bad, up16(np.maximum(hi / f(maxq - 1), s)), s16)
                s = s16.astype(f)
                z = np.where(bad, f(1), z)
            scales[g] = s16
            zeros[g] = z.astype(np.int64)
            q[rows] = np.clip(np.rint(Wg / s) + z, 0, maxq).astype(np.uint8)
    qw, qz = gptq_pack(bits, q, zeros)
    wr(out_qw, qw)
    wr(out_qz, qz)
    wr(out_sc, scales.view(np.uint16))
    wr(out_gi, g_idx)


# ---- int8 / fp8 per channel

def cmd_int8_dequant(N, K, sdt, q, sc, out):
    N, K = int(N), int(K)
    s = rd(sc, np.float32) if sdt == "f32" else rd(sc, np.uint16).view(np.float16).astype(np.float32)
    wr(out, s[:, None] * rd(q, np.int8, (N, K)).astype(np.float32))


def cmd_int8_quantize(N, K, w, out_q, out_sc):
    N, K = int(N), int(K)
    W = rd(w, np.float32, (N, K))
    s = np.abs(W).max(axis=1) / np.float32(127)
    with np.errstate(divide="ignore", invalid="ignore"):
        q = np.where(s[:, None] > 0, np.clip(np.rint(W / s[:, None]), -127, 127), 0)
    wr(out_q, q.astype(np.int8))
    wr(out_sc, s)


def cmd_fp8_dequant(N, K, w8, sc, out):
    N, K = int(N), int(K)
    wr(out, rd(w8, np.uint8, (N, K)).view(F8).astype(np.float32) * rd(sc, np.float32)[:, None])


def cmd_fp8_quantize(N, K, w, out_w8, out_sc):
    N, K = int(N), int(K)
    W = rd(w, np.float32, (N, K))
    s = np.abs(W).max(axis=1) / np.float32(448)
    with np.errstate(divide="ignore", invalid="ignore"):
        x = np.where(s[:, None] > 0, np.clip(W / s[:, None], -448, 448), 0).astype(np.float32)
    wr(out_w8, x.astype(F8).view(np.uint8))
    wr(out_sc, s)


# ---- nf4

def cmd_nf4_unpack(n, packed, out):
    n = int(n)
    p = rd(packed, np.uint8)
    codes = np.stack([p >> 4, p & 0xF], axis=1).reshape(-1)[:n]     # first element: high nibble
    wr(out, codes.astype(np.uint8))


def cmd_nf4_quantize(n, block, w, out_codes, out_absmax):
    """Nearest code by brute force (argmin takes the lower code on a tie)."""
    n, block = int(n), int(block)
    W = rd(w, np.float32)
    nb = (n + block - 1) // block
    pad = np.zeros(nb * block, np.float32)
    pad[:n] = W
    absmax = np.abs(pad.reshape(nb, block)).max(axis=1)
    with np.errstate(divide="ignore"):
        inv = np.where(absmax > 0, np.float32(1) / absmax, np.float32(0)).astype(np.float32)
    x = (pad.reshape(nb, block) * inv[:, None]).reshape(-1)[:n]
    codes = np.abs(x[:, None] - NF4[None, :]).argmin(axis=1)
    wr(out_codes, codes.astype(np.uint8))
    wr(out_absmax, absmax)


def cmd_nf4_dequant(n, block, packed, absmax, out):
    n, block = int(n), int(block)
    p = rd(packed, np.uint8)
    codes = np.stack([p >> 4, p & 0xF], axis=1).reshape(-1)[:n]
    a = rd(absmax, np.float32)
    wr(out, NF4[codes] * a[np.arange(n) // block])


# ---- AQLM 1x16

def cmd_aqlm_dequant(out_f, in_f, codes, cb, sc, out):
    o, i = int(out_f), int(in_f)
    c = rd(codes, np.int16, (o, i // 8)).view(np.uint16).astype(np.int64)
    books = rd(cb, np.uint16, (1, 65536, 1, 8)).view(np.float16).astype(np.float32)[0, :, 0, :]
    s = rd(sc, np.uint16, (o, 1, 1, 1)).view(np.float16).astype(np.float32).reshape(o, 1, 1)
    wr(out, (books[c] * s).reshape(o, i))


def cmd_batch(path):
    """Runs one command per line of PATH, in one process (numpy starts once)."""
    with open(path) as f:
        for line in f:
            parts = line.split()
            if parts:
                COMMANDS[parts[0]](*parts[1:])


COMMANDS = {name[4:]: fn for name, fn in list(globals().items()) if name.startswith("cmd_")}

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        raise SystemExit(f"usage: quant_oracle.py {{{','.join(COMMANDS)}}} ARGS...")
    COMMANDS[sys.argv[1]](*sys.argv[2:])
