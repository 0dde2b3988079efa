#!/usr/bin/env python3
"""hf_parity.py — zoc's loss against transformers' on tiny random Hugging
Face models of every bundled architecture and checkpoints of every bundled
weight format: issue 19's proof that zoc loads the models people have as
they are and computes what transformers computes.

Usage:
  hf_parity.py make DIR [--seed N]
      (needs torch + transformers) writes DIR/CASE/ for every case: a tiny
      random model saved by save_pretrained (float32, L=2, D=64, V=256; every
      1-d parameter — norm weights, biases — moved away from its init by
      uniform noise so that it matters), once in the config layout of
      transformers 5 ("v5": rope_parameters, dtype) and once rewritten into
      transformers 4's ("v4": rope_theta + rope_scaling, torch_dtype, the
      keys v4's save_pretrained leaves out left out); every bundled format
      as a Llama checkpoint in the format's published layout with its
      quantization config (tests/py/quant_folder.py, numpy from the
      formats' definitions: GPTQModel, AutoAWQ, bitsandbytes and
      compressed-tensors are not installed where this runs). DIR/data.jsonl
      holds the token ids, DIR/parity.json each case's folder, bundled
      model file and the losses transformers computes on each data line:
      every folder is loaded back by transformers' from_pretrained for that
      (so a rewritten v4 config is one transformers reads as the same
      model); a quantized folder's loss is transformers' float32 Llama on
      the dequantized weights.
  hf_parity.py check DIR --zoc PATH [--device ref,cpu,cuda] [--by config|file] [--only REGEX]
      runs `zoc loss --weights DIR/CASE --data DIR/data.jsonl --device D`
      per case and device and prints a markdown table (case, layout,
      device, transformers' mean loss, zoc's, the largest relative error
      over the data lines, pass); exit status 1 when any row fails.
      --by config (default) gives no model file: zoc picks the bundled
      model from config.json's model_type; --by file passes the case's
      models/*.zo. Tolerances: 1e-4 relative on ref and cpu (f32 against
      transformers' f32), 2e-2 on cuda (f16 tensor-core operands).

scripts/gpu_run.sh's `parity` step runs make (where torch is) and check
on ref, cpu and cuda; docs/architectures.md has the table.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TOL = {"ref": 1e-4, "cpu": 1e-4, "cuda": 2e-2}
V, T, NSEQ = 256, 16, 4

# the tiny sizes every architecture shares (HF names of Llama-like configs)
COMMON = dict(vocab_size=V, hidden_size=64, intermediate_size=128, num_hidden_layers=2,
              num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=128)
# Llama 3.1's rope scaling with original_max 64 (not 8192) so that at T=16 and
# theta 5e5 the three bands (kept, smoothed, divided) all hold frequencies
LLAMA3 = {"rope_type": "llama3", "rope_theta": 500000.0, "factor": 8.0, "low_freq_factor": 1.0,
          "high_freq_factor": 4.0, "original_max_position_embeddings": 64}


def arch_cases():
    """(case, config class, kwargs, bundled model file, v5 rope_parameters or None)."""
    rp = lambda **k: dict({"rope_type": "default", "rope_theta": 10000.0}, **k)  # noqa: E731
    return [
        ("llama", "LlamaConfig", dict(COMMON, rms_norm_eps=1e-5), "llama.zo", rp()),
        ("llama-bias-tied", "LlamaConfig", dict(COMMON, attention_bias=True, mlp_bias=True, head_dim=32,
                                                tie_word_embeddings=True), "llama.zo", rp()),
        ("llama3.1-rope", "LlamaConfig", dict(COMMON), "llama.zo", dict(LLAMA3)),
        ("llama-linear-rope", "LlamaConfig", dict(COMMON), "llama.zo", rp(rope_type="linear", factor=4.0)),
        ("mistral", "MistralConfig", dict(COMMON, head_dim=16, sliding_window=4), "llama.zo", rp()),
        ("qwen2", "Qwen2Config", dict(COMMON), "qwen2.zo", rp(rope_theta=1e6)),
        ("qwen2-tied", "Qwen2Config", dict(COMMON, tie_word_embeddings=True), "qwen2.zo", rp()),
        ("qwen3", "Qwen3Config", dict(COMMON, head_dim=32), "qwen3.zo", rp()),
        ("gemma", "GemmaConfig", dict(COMMON, head_dim=32), "gemma.zo", rp()),
        ("gemma2", "Gemma2Config", dict(COMMON, head_dim=32, query_pre_attn_scalar=24, sliding_window=4,
                                        attn_logit_softcapping=5.0, final_logit_softcapping=3.0), "gemma2.zo", rp()),
        ("phi3", "Phi3Config", dict(COMMON, pad_token_id=0, bos_token_id=1, eos_token_id=2), "phi3.zo",
         rp(partial_rotary_factor=0.5)),
        ("gpt-neox", "GPTNeoXConfig", dict(COMMON, num_key_value_heads=None, hidden_act="gelu"), "gpt_neox.zo",
         rp(partial_rotary_factor=0.25)),
        ("gpt-neox-sequential", "GPTNeoXConfig", dict(COMMON, num_key_value_heads=None, use_parallel_residual=False,
                                                      attention_bias=False), "gpt_neox.zo", rp(partial_rotary_factor=0.5)),
        ("opt", "OPTConfig", dict(vocab_size=V, hidden_size=64, num_hidden_layers=2, num_attention_heads=4,
                                  ffn_dim=128, max_position_embeddings=128, word_embed_proj_dim=64), "opt.zo", None),
        ("gpt2", "GPT2Config", dict(vocab_size=V, n_embd=64, n_layer=2, n_head=4, n_positions=128), "gpt2.zo", None),
    ]


# every bundled format as tests/py/quant_folder.py writes it (a tiny Llama)
FORMATS = [
    ("gptq4-g32", {"bits": 4, "group": 32}),
    ("gptq3-g32", {"bits": 3, "group": 32}),
    ("gptq8-actorder", {"bits": 8, "group": 32, "desc_act": True}),
    ("gptq2-g64-v2", {"bits": 2, "group": 64, "v2": True}),
    ("gptq4-g-1", {"bits": 4, "group": -1}),
    ("awq-g32", {"method": "awq", "group": 32}),
    ("fp8-channel", {"method": "compressed-tensors", "strategy": "channel"}),
    ("fp8-tensor", {"method": "compressed-tensors", "strategy": "tensor"}),
    ("fp8-modelopt", {"method": "modelopt"}),
    ("nvfp4", {"method": "modelopt", "algo": "NVFP4"}),
    ("mxfp4", {"method": "mxfp4", "where": "none"}),
    ("bnb-nf4", {"method": "bitsandbytes"}),
    ("bnb-nf4-dq", {"method": "bitsandbytes", "double_quant": True}),
]


# ---- make
def perturb(model, torch, gen):
    """2-d weights N(0, 1/fan_in) (outputs far from uniform, so the loss
    sees every layer); 1-d ones (norm weights, biases) plus U(-0.3, 0.3)."""
    with torch.no_grad():
        for _, p in sorted(model.named_parameters()):
            if p.dim() == 2:
                p.copy_(torch.randn(p.shape, generator=gen) / p.shape[1] ** 0.5)
            else:
                p.add_((torch.rand(p.shape, generator=gen) - 0.5) * 0.6)


def hf_losses(model, torch, seqs):
    out = []
    with torch.no_grad():
        for ids in seqs:
            x = torch.tensor([ids])
            out.append(float(model(input_ids=x, labels=x).loss))
    return out


def v4_config(cfg, cls_defaults):
    """transformers 5's config.json as transformers 4 writes the same model."""
    c = dict(cfg)
    if "dtype" in c:
        c["torch_dtype"] = c.pop("dtype")
    rp = c.pop("rope_parameters", None)
    c.pop("layer_types", None)
    if rp:
        rp = dict(rp)
        theta, prf, kind = rp.pop("rope_theta", 10000.0), rp.pop("partial_rotary_factor", None), rp.pop("rope_type")
        if c["model_type"] == "gpt_neox":
            c["rotary_emb_base"], c["rotary_pct"] = theta, prf
        else:
            c["rope_theta"] = theta
            if prf is not None:
                c["partial_rotary_factor"] = prf
        if kind == "linear":        # the older spelling, as Llama 2 era configs have it
            c["rope_scaling"] = dict(rp, type="linear")
        elif kind != "default":     # Llama 3.1's
            c["rope_scaling"] = dict(rp, rope_type=kind)
    # v4's base PretrainedConfig defaulted tie_word_embeddings to True and
    # save_pretrained dropped a key equal to that and to the class default
    if c.get("tie_word_embeddings") is True and cls_defaults.get("tie_word_embeddings") is True:
        del c["tie_word_embeddings"]
    return c


def write_json(path, obj):
    tmp = path + ".tmp"
    with open(tmp, "w") as fh:
        json.dump(obj, fh, indent=2)
    os.replace(tmp, path)


def both_layouts(d, name, folder, auto, torch, seqs, case):
    """folder (v5, as saved) and folder-v4 (config rewritten): a case each,
    with the losses transformers gets loading each back."""
    cfg = json.load(open(os.path.join(folder, "config.json")))
    cls = type(auto.from_pretrained(folder).config)
    v4 = folder + "-v4"
    shutil.rmtree(v4, ignore_errors=True)
    shutil.copytree(folder, v4)
    write_json(os.path.join(v4, "config.json"), v4_config(cfg, cls().to_dict()))
    out = []
    for layout, f in (("v5", folder), ("v4", v4)):
        m = auto.from_pretrained(f, dtype=torch.float32, attn_implementation="eager").eval()
        out.append(dict(case, name=name, layout=layout, folder=os.path.relpath(f, d), losses=hf_losses(m, torch, seqs)))
    return out


def make_arch(d, torch, transformers, seqs, seed):
    cases = []
    for i, (name, cls, kw, zo, rope) in enumerate(arch_cases()):
        kw = dict(kw)
        if rope is not None:
            kw["rope_parameters"] = rope
        cfg = getattr(transformers, cls)(**kw)
        torch.manual_seed(seed + i)
        model = transformers.AutoModelForCausalLM.from_config(cfg, dtype=torch.float32)
        perturb(model, torch, torch.Generator().manual_seed(seed + 1000 + i))
        folder = os.path.join(d, name)
        shutil.rmtree(folder, ignore_errors=True)
        if name == "gpt2":   # the hub's gpt2 layout: GPT2Model's names (wte.weight, h.0....), no prefix
            model.transformer.save_pretrained(folder)
            c = json.load(open(os.path.join(folder, "config.json")))
            c["architectures"] = ["GPT2LMHeadModel"]
            write_json(os.path.join(folder, "config.json"), c)
        else:
            model.save_pretrained(folder)
        # no -D: a config without quantization_config means dense weights (llama.zo's default is GPTQ)
        cases += both_layouts(d, name, folder, transformers.AutoModelForCausalLM, torch, seqs,
                              {"kind": "architecture", "file": "models/" + zo, "args": []})
        print(f"made {name}", file=sys.stderr)
    return cases


def make_formats(d, torch, transformers, seqs, seed):
    sys.path.insert(0, os.path.join(ROOT, "tests", "py"))
    import quant_folder as qf
    cases = []
    for i, (name, extra) in enumerate(FORMATS):
        for layout in ("v5", "v4"):
            s = dict({"seed": seed + 100 + i, "V": V, "D": 64, "L": 2, "H": 4, "KV": 2, "F": 128, "eps": 1e-5,
                      "theta": 10000.0, "file": "model.safetensors", "rope": layout}, **extra)
            if s.get("method") in ("awq", "compressed-tensors", "modelopt", "mxfp4", "bitsandbytes"):
                s.setdefault("bits", 4)
            folder = os.path.join(d, "fmt-" + name + ("" if layout == "v5" else "-v4"))
            shutil.rmtree(folder, ignore_errors=True)
            files, oracle = qf.build(s)
            qf.write_folder(folder, s, files)
            cfg = json.load(open(os.path.join(folder, "config.json")))
            if layout == "v5":
                cfg["dtype"] = cfg.pop("torch_dtype")
                write_json(os.path.join(folder, "config.json"), cfg)
            # transformers' Llama in float32 on the weights the format means
            kw = {k: v for k, v in cfg.items() if k not in ("quantization_config", "architectures", "model_type",
                                                             "torch_dtype", "dtype", "rope_theta")}
            kw["rope_parameters"] = {"rope_type": "default", "rope_theta": s["theta"]}
            model = transformers.LlamaForCausalLM(transformers.LlamaConfig(**kw)).to(torch.float32).eval()
            sd = {k: torch.tensor(a.astype("float64")).to(torch.float32) for k, (_, a) in oracle.items()}
            missing, unexpected = model.load_state_dict(sd, strict=False)
            assert not unexpected and not [m for m in missing if "rotary" not in m], (missing, unexpected)
            args = ["-D", "W=mxfp4"] if extra.get("where") == "none" else []
            cases.append({"kind": "format", "name": name, "layout": layout, "folder": os.path.relpath(folder, d),
                          "file": "models/llama.zo", "args": args, "losses": hf_losses(model, torch, seqs)})
        print(f"made fmt-{name}", file=sys.stderr)
    return cases


def make(d, seed):
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    import numpy as np
    import torch
    import transformers
    torch.set_num_threads(max(1, min(4, os.cpu_count() or 1)))
    os.makedirs(d, exist_ok=True)
    rng = np.random.default_rng(seed)
    seqs = [[int(t) for t in rng.integers(0, V, size=T)] for _ in range(NSEQ)]
    with open(os.path.join(d, "data.jsonl.tmp"), "w") as fh:
        for s in seqs:
            fh.write(json.dumps({"tokens": s}) + "\n")
    os.replace(os.path.join(d, "data.jsonl.tmp"), os.path.join(d, "data.jsonl"))
    cases = make_arch(d, torch, transformers, seqs, seed) + make_formats(d, torch, transformers, seqs, seed)
    write_json(os.path.join(d, "parity.json"), {"transformers": transformers.__version__, "torch": torch.__version__,
                                                "seed": seed, "cases": cases})
    print(f"{len(cases)} cases in {d} (transformers {transformers.__version__})")


# ---- check
def zoc_losses(zoc, d, case, device, by):
    cmd = [zoc, "loss"] + ([os.path.join(ROOT, case["file"])] if by == "file" else []) + case["args"]
    cmd += ["--weights", os.path.join(d, case["folder"]), "--data", os.path.join(d, "data.jsonl"), "--device", device]
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        errs = [l for l in p.stderr.splitlines() if "error" in l] or p.stderr.strip().splitlines()
        return None, (errs or ["exit %d" % p.returncode])[0]
    return [json.loads(l)["loss"] for l in p.stdout.splitlines() if l.startswith("{")], ""


def check(d, zoc, devices, by, only):
    man = json.load(open(os.path.join(d, "parity.json")))
    print(f"transformers {man['transformers']}, torch {man['torch']}; zoc {by == 'file' and 'with' or 'without'} "
          f"a model file\n")
    print("| case | layout | device | transformers | zoc | rel. error | pass |")
    print("|---|---|---|---|---|---|---|")
    bad = 0
    for c in man["cases"]:
        if only and not re.search(only, c["name"]):
            continue
        for dev in devices:
            t0 = time.time()
            got, err = zoc_losses(zoc, d, c, dev, by)
            want = c["losses"]
            mean_t = sum(want) / len(want)
            if got is None or len(got) != len(want):
                bad += 1
                msg = err if got is None else f"{len(got)} losses for {len(want)} lines"
                print(f"| {c['name']} | {c['layout']} | {dev} | {mean_t:.6f} | — | {msg.replace('|', '/')} | FAIL |")
                continue
            rel = max(abs(g - w) / abs(w) for g, w in zip(got, want))
            ok = rel <= TOL[dev]
            bad += not ok
            print(f"| {c['name']} | {c['layout']} | {dev} | {mean_t:.6f} | {sum(got) / len(got):.6f} | {rel:.1e} | "
                  f"{'ok' if ok else 'FAIL'} |", flush=True)
            if time.time() - t0 > 120:
                print(f"(slow: {c['name']} on {dev} took {time.time() - t0:.0f} s)", file=sys.stderr)
    print(f"\n{bad} failing row(s)" if bad else "\nall rows pass")
    return 1 if bad else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    m = sub.add_parser("make")
    m.add_argument("dir")
    m.add_argument("--seed", type=int, default=1)
    c = sub.add_parser("check")
    c.add_argument("dir")
    c.add_argument("--zoc", required=True)
    c.add_argument("--device", default="ref,cpu")
    c.add_argument("--by", choices=("config", "file"), default="config")
    c.add_argument("--only", default="")
    a = ap.parse_args()
    if a.cmd == "make":
        make(a.dir, a.seed)
        return 0
    devs = a.device.split(",")
    for dv in devs:
        if dv not in TOL:
            ap.error(f"unknown device {dv!r} (ref, cpu, cuda)")
    return check(a.dir, a.zoc, devs, a.by, a.only)


if __name__ == "__main__":
    sys.exit(main())
