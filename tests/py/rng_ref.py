#!/usr/bin/env python3
"""rng_ref.py — a second, independent implementation of the RNG contract of
codegen/zo_rng.h, in numpy, that reproduces its bits exactly.

Why it can be bit-exact: the contract uses only IEEE binary32 correctly-rounded
+, -, *, / and sqrt in a fixed order, and numpy's float32 ufuncs are exactly
those operations (one rounding each, never fused).  So any Python oracle that
needs the perturbation z of a ZO step (e.g. a numpy MeZO/QZO step reference)
can `from rng_ref import normal, uniform, step_seed` and get the same z as the
CPU and GPU kernels.

Command line (used by tests/test_rng.c):
  rng_ref.py FILE     FILE has one query per line, answered on stdout in order:
    n SEED STREAM INDEX   ->  W0 W1 W2 W3 ZBITS UBITS   (hex; Philox words of the
                              element's counter, float bits of z and of the uniform)
    s RUN STEP QUERY      ->  SEED                       (hex)
  All inputs are decimal unsigned integers.
"""
import sys

import numpy as np

M0, M1 = 0xD2511F53, 0xCD9E8D57
W0, W1 = 0x9E3779B9, 0xBB67AE85
MASK32 = np.uint64(0xFFFFFFFF)
F32 = np.float32


def philox4x32_10(ctr, key):
    """ctr: 4 uint32 arrays, key: 2 uint32 arrays -> 4 uint32 arrays."""
    c = [np.asarray(x, dtype=np.uint64) for x in ctr]
    k0, k1 = (np.asarray(x, dtype=np.uint64) for x in key)
    for i in range(10):
        if i:
            k0 = (k0 + np.uint64(W0)) & MASK32
            k1 = (k1 + np.uint64(W1)) & MASK32
        p0 = np.uint64(M0) * c[0]          # < 2^64: exact in uint64
        p1 = np.uint64(M1) * c[2]
        c = [(p1 >> np.uint64(32)) ^ c[1] ^ k0, p1 & MASK32,
             (p0 >> np.uint64(32)) ^ c[3] ^ k1, p0 & MASK32]
    return [x.astype(np.uint32) for x in c]


def words(seed, stream, index):
    """The contract's counter layout for element `index` (pair = index >> 1)."""
    seed = np.asarray(seed, dtype=np.uint64)
    pair = np.asarray(index, dtype=np.uint64) >> np.uint64(1)
    stream = np.asarray(stream, dtype=np.uint64)
    zero = np.zeros(np.broadcast(seed, pair, stream).shape, dtype=np.uint64)
    ctr = [pair & MASK32, pair >> np.uint64(32), stream + zero, zero]
    key = [seed & MASK32 | zero, seed >> np.uint64(32) | zero]
    return philox4x32_10(ctr, key)


def u01_open(w):
    k = ((w.astype(np.int64) >> 9) << 1) | 1
    return k.astype(F32) * F32(2.0 ** -24)


def u01(w):
    return (w.astype(np.int64) >> 8).astype(F32) * F32(2.0 ** -24)


def logf(x):
    bits = np.asarray(x, dtype=F32).view(np.uint32).astype(np.int64)
    e = (bits >> 23) - 127
    mb = (bits & 0x007FFFFF) | 0x3F800000
    big = mb >= 0x3FB504F3
    mb = np.where(big, mb - 0x00800000, mb)
    e = np.where(big, e + 1, e)
    f = mb.astype(np.uint32).view(F32) - F32(1)
    s = f / (F32(2) + f)
    s2 = s * s
    p = F32(0.142857149) + s2 * F32(0.111111112)
    p = F32(0.200000003) + s2 * p
    p = F32(0.333333343) + s2 * p
    p = F32(1) + s2 * p
    l1p = (s + s) * p
    ef = e.astype(F32)
    lo = l1p + ef * F32(9.05800152e-06)
    return ef * F32(0.693138123) + lo


def sincos2pif(x):
    y = np.asarray(x, dtype=F32) * F32(4)
    q = (y + F32(12582912)) - F32(12582912)
    t = y - q
    t2 = t * t
    ps = F32(-0.00468175393) + t2 * F32(0.000160441181)
    ps = F32(0.0796926245) + t2 * ps
    ps = F32(-0.645964086) + t2 * ps
    ps = F32(1.57079637) + t2 * ps
    S = t * ps
    pc = F32(0.000919260259) + t2 * F32(-2.52020418e-05)
    pc = F32(-0.0208634809) + t2 * pc
    pc = F32(0.2536695) + t2 * pc
    pc = F32(-1.23370051) + t2 * pc
    C = F32(1) + t2 * pc
    quad = q.astype(np.int64) & 3
    s = np.where(quad & 1, C, S)
    c = np.where(quad & 1, S, C)
    return np.where(quad & 2, -s, s), np.where((quad + 1) & 2, -c, c)


def normal(seed, stream, index):
    w = words(seed, stream, index)
    r = np.sqrt(F32(-2) * logf(u01_open(w[0])))
    s, c = sincos2pif(u01_open(w[1]))
    odd = (np.asarray(index, dtype=np.uint64) & np.uint64(1)).astype(bool)
    return np.where(odd, r * s, r * c)


def uniform(seed, stream, index):
    w = words(seed, stream, index)
    odd = (np.asarray(index, dtype=np.uint64) & np.uint64(1)).astype(bool)
    return u01(np.where(odd, w[3], w[2]))


# ---- step seeds: plain Python integers (an implementation unlike the C one)
M64 = (1 << 64) - 1
GAMMA = 0x9E3779B97F4A7C15


def mix64(x):
    x &= M64
    x ^= x >> 30
    x = (x * 0xBF58476D1CE4E5B9) & M64
    x ^= x >> 27
    x = (x * 0x94D049BB133111EB) & M64
    return x ^ (x >> 31)


def step_seed(run_seed, step, query):
    h = mix64(run_seed ^ mix64(step + GAMMA))
    return mix64(h ^ mix64(query + 2 * GAMMA))


def main(path):
    ns, ss, order = [], [], []
    with open(path) as fh:
        for line in fh:
            parts = line.split()
            if not parts:
                continue
            if parts[0] == "n":
                order.append(("n", len(ns)))
                ns.append([int(v) for v in parts[1:4]])
            elif parts[0] == "s":
                order.append(("s", len(ss)))
                ss.append([int(v) for v in parts[1:4]])
            else:
                sys.exit(f"rng_ref.py: bad line: {line!r}")
    if ns:
        a = np.array(ns, dtype=np.uint64)
        seed, stream, index = a[:, 0], a[:, 1], a[:, 2]
        w = words(seed, stream, index)
        z = normal(seed, stream, index).astype(F32).view(np.uint32)
        u = uniform(seed, stream, index).astype(F32).view(np.uint32)
    out = []
    for kind, i in order:
        if kind == "n":
            out.append("%08x %08x %08x %08x %08x %08x" % (w[0][i], w[1][i], w[2][i], w[3][i], z[i], u[i]))
        else:
            out.append("%016x" % step_seed(*ss[i]))
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
