"""demo_check.py — an independent check of a `zoc demo` run directory.

Usage: demo_check.py RUN_DIR '{"V": 64, "D": 64, "L": 2, "H": 4, "KV": 2, "F": 128,
                               "eps": 1e-5, "theta": 10000, "bits": 4, "G": 32}'

Reads the run's checkpoints with the official safetensors library (rt_common.load:
safetensors.deserialize, the Rust parser) and checks:
  - base.safetensors and teacher.safetensors hold exactly tiny's tensors with
    dense f32 linears, and student-4bit.safetensors and model.safetensors (the run's checkpoint)
    hold exactly the GPTQ layout (names, dtypes, shapes from rt_check.expected: the
    Hugging Face module names, written there independently of zoc);
  - the student is the base through round-to-nearest GPTQ: every dequantized
    matrix (rt_common's numpy GPTQ reader) is within half a scale step of the
    base's, g_idx = k // G, and every other tensor equals the base's;
  - the teacher differs from the base only by a positive factor per output
    channel of each projection (the demo's simulated fine-tune);
  - QZO changed the scales only: model.safetensors equals
    student-4bit.safetensors byte for byte except the `.scales` tensors, which
    moved and are finite and >= 0;
  - the data: a float64 numpy forward of the teacher (rt_llama.forward) gives
    the stored target as its argmax at every position of eval.jsonl and
    train.jsonl's first 32 lines, except where its top-two margin is under
    TIE (then either is accepted; counted).
Then computes, in float64 on eval.jsonl, the mean cross-entropy against the
targets and the agreement (argmax == target) of the teacher, the student before
(student-4bit) and after (checkpoint), and the number of positions whose top-two
margin is under TIE for each (where an f32 forward may pick the other token).
Prints one JSON object {"teacher"|"before"|"after": {"loss", "agreement", "ties"},
"positions"}; problems on stderr and exit 1.

TIE = 1e-3 logit units: zoc's f32 forward and this float64 one differ by f32
roundings, a few 1e-6 relative on logits of magnitude < 20 here (see
test_runtime.c's LOSS_RTOL), i.e. < 1e-4 absolute; a margin 10x that cannot be
reordered by them.
"""
import json
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import rt_check  # noqa: E402
import rt_common as rc  # noqa: E402
import rt_llama  # noqa: E402

TIE = 1e-3


def metrics(st, p, rows):
    """mean CE against the targets, agreement, near-tie count over all positions"""
    ce, agree, ties, n = 0.0, 0, 0, 0
    for tok, tgt in rows:
        lg = rt_llama.forward(st, np.array(tok), p)
        m = lg.max(axis=1, keepdims=True)
        lse = (m + np.log(np.exp(lg - m).sum(axis=1, keepdims=True)))[:, 0]
        t = np.array(tgt)
        ce += float(np.mean(lse - lg[np.arange(len(t)), t]))
        top2 = np.sort(lg, axis=1)[:, -2:]
        agree += int(np.sum(lg.argmax(axis=1) == t))
        ties += int(np.sum(top2[:, 1] - top2[:, 0] < TIE))
        n += len(t)
    return {"loss": ce / len(rows), "agreement": agree / n, "ties": ties}, n


def main():
    run, p = sys.argv[1], json.loads(sys.argv[2])
    problems = []

    def bad(msg):
        problems.append(msg)

    params = {k: p[k] for k in ("V", "D", "L", "H", "KV", "F")}
    gptq = f"gptq:bits={p['bits']},G={p['G']}"
    files = {}
    for name, W in [("base", "linear:dt=f32"), ("teacher", "linear:dt=f32"), ("student-4bit", gptq),
                    ("model", gptq)]:
        st, meta = rc.load(os.path.join(run, name + ".safetensors"))
        files[name] = st
        want = rt_check.expected({"model": "llama", "params": params, "W": W, "DT": "f32"})
        if set(st) != set(want):
            bad(f"{name}: tensor names: only in the file {sorted(set(st) - set(want))[:4]}, "
                f"missing {sorted(set(want) - set(st))[:4]}")
            continue
        for t, (wdt, wshape, _) in want.items():
            if st[t][0] != wdt or list(st[t][1].shape) != wshape:
                bad(f"{name}: {t} is {st[t][0]} {list(st[t][1].shape)}, expected {wdt} {wshape}")
        if meta.get("format") != "pt":
            bad(f"{name}: metadata {meta} has no format: pt")
    if problems:
        sys.stderr.write("\n".join(problems) + "\n")
        sys.exit(1)

    base, teacher, student, ckpt = files["base"], files["teacher"], files["student-4bit"], files["model"]
    D, F, H, KV, L = p["D"], p["F"], p["H"], p["KV"], p["L"]
    kvd = KV * (D // H)
    projs = []
    for l in range(L):
        for name, K, N in [("self_attn.q_proj", D, D), ("self_attn.k_proj", D, kvd), ("self_attn.v_proj", D, kvd),
                           ("self_attn.o_proj", D, D), ("mlp.gate_proj", D, F), ("mlp.up_proj", D, F),
                           ("mlp.down_proj", F, D)]:
            projs.append((f"model.layers.{l}.{name}", K, N))
    for prefix, K, N in projs:
        Wb = rc.dequant(base, prefix, K, N)
        Wt = rc.dequant(teacher, prefix, K, N)
        Ws = rc.dequant(student, prefix, K, N)
        g = student[prefix + ".g_idx"][1]
        if not np.array_equal(g, np.arange(K) // p["G"]):
            bad(f"{prefix}.g_idx is not k // G")
        # round to nearest: within half a step of the f16 scale (plus f32/f16 slack)
        step = rc.f64(student[prefix + ".scales"][1])[g, :]
        if not np.all(np.abs(Ws - Wb) <= 0.5 * step * (1 + 1e-3) + 1e-7):
            bad(f"{prefix}: the student is not the base's round-to-nearest GPTQ "
                f"(worst error {np.max(np.abs(Ws - Wb) / step):.3f} steps)")
        # teacher = base · m[n], m > 0 per output column n
        ratio = Wt / np.where(Wb == 0, 1, Wb)
        m = np.median(ratio, axis=0)
        if not (np.all(m > 0) and np.allclose(Wt, Wb * m[None, :], rtol=1e-6, atol=1e-9)):
            bad(f"{prefix}: the teacher is not the base with a gain per output channel")
    for t in base:
        if not any(t.startswith(pr + ".") for pr, _, _ in projs):
            if not (np.array_equal(base[t][1], teacher[t][1]) and np.array_equal(base[t][1], student[t][1])):
                bad(f"{t}: base, teacher and student should share it")
    moved = 0
    for t in student:
        same = student[t][0] == ckpt[t][0] and student[t][1].tobytes() == ckpt[t][1].tobytes()
        if t.endswith(".scales"):
            s = rc.f64(ckpt[t][1])
            moved += int(np.sum(s != rc.f64(student[t][1])))
            if not (np.all(np.isfinite(s)) and np.all(s >= 0)):
                bad(f"checkpoint: {t} holds a negative or non-finite scale")
        elif not same:
            bad(f"checkpoint: {t} changed (QZO trains the scales only)")
    if moved == 0:
        bad("checkpoint: no scale moved")

    def rows(path, limit=None):
        out = []
        with open(path) as fh:
            for line in fh:
                if line.strip():
                    j = json.loads(line)
                    out.append((j["tokens"], j["targets"]))
                if limit and len(out) == limit:
                    break
        return out

    ev = rows(os.path.join(run, "eval.jsonl"))
    for what, data in [("eval.jsonl", ev), ("train.jsonl", rows(os.path.join(run, "train.jsonl"), 32))]:
        wrong = 0
        for tok, tgt in data:
            lg = rt_llama.forward(teacher, np.array(tok), p)
            top2 = np.sort(lg, axis=1)[:, -2:]
            clear = top2[:, 1] - top2[:, 0] >= TIE
            wrong += int(np.sum((lg.argmax(axis=1) != np.array(tgt)) & clear))
        if wrong:
            bad(f"{what}: {wrong} targets are not the teacher's argmax")
    out = {}
    for name, st in [("teacher", teacher), ("before", student), ("after", ckpt)]:
        out[name], n = metrics(st, p, ev)
    out["positions"] = n
    out["scales_moved"] = moved
    if problems:
        sys.stderr.write("\n".join(problems) + "\n")
        sys.exit(1)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
