"""check_output.py — a fine-tuned run directory as the tools that load
checkpoints see it (tests/test_outputs.c; issue 19, "Outputs others load").

Usage:
  check_output.py tokenizer DIR          writes a small BPE tokenizer.json and the
                                         tokenizer/generation configs into DIR
  check_output.py check RUN INPUT EXPECT.json
                                         checks RUN against its input (a folder or a
                                         bare .safetensors file); prints {"ok": true}

EXPECT keys: config (keys config.json must hold, with their values), gptq
({bits, group_size, checkpoint_format}: what the quantization config must
say), side (file names RUN must hold byte for byte as INPUT's folder does).

What is checked, without torch or transformers (their rules rewritten here
from the documented fields):
  - vLLM's DefaultModelLoader globs RUN/*.safetensors (not recursively) and
    loads every match: model.safetensors must be the only one; the resume
    state (master.safetensors, state.json, the logs) is in RUN/zoc/;
  - the official safetensors (safetensors.numpy.load_file, the Rust parser)
    reads model.safetensors: the input's tensor names, dtypes and shapes
    exactly, metadata format "pt" (transformers refuses a file without it);
    qweight, qzeros and g_idx byte for byte (training moves scales only),
    and some scale moved;
  - quantization_config as transformers' GPTQConfig (post_init) and
    GPTQModel's QuantizeConfig read it: quant_method "gptq", bits in
    {2, 3, 4, 8}, group_size -1 or > 0, desc_act and sym booleans,
    checkpoint_format "gptq" or "gptq_v2"; and true of the tensors: K*bits/32
    qweight rows, ceil(K/group_size) scale rows, desc_act set when g_idx is
    not k // group_size; no model_file_base_name (AutoGPTQ would look for that
    file); quantize_config.json, when there, says the same.
"""
import glob
import json
import math
import os
import sys

import numpy as np
from safetensors import safe_open
from safetensors.numpy import load_file

problems = []


def bad(msg):
    problems.append(msg)


def write_tokenizer(d):
    from tokenizers import Tokenizer, models, pre_tokenizers
    vocab = {"<unk>": 0, "<s>": 1, "</s>": 2}
    for c in "abcdefghijklmnopqrstuvwxyz":
        vocab[c] = len(vocab)
    vocab["th"] = len(vocab)
    tok = Tokenizer(models.BPE(vocab=vocab, merges=[("t", "h")], unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    tok.save(os.path.join(d, "tokenizer.json"))
    side = {"tokenizer_config.json": {"bos_token": "<s>", "eos_token": "</s>", "unk_token": "<unk>",
                                      "model_max_length": 2048, "tokenizer_class": "PreTrainedTokenizerFast"},
            "special_tokens_map.json": {"bos_token": "<s>", "eos_token": "</s>", "unk_token": "<unk>"},
            "generation_config.json": {"bos_token_id": 1, "eos_token_id": 2, "do_sample": False}}
    for name, obj in side.items():
        with open(os.path.join(d, name), "w") as fh:
            json.dump(obj, fh, indent=2)


def input_file(inp):
    if os.path.isfile(inp):
        return inp
    files = glob.glob(os.path.join(inp, "*.safetensors"))
    if len(files) != 1:
        bad(f"{inp}: expected one *.safetensors, found {files}")
    return files[0]


def check_layout(run):
    top = sorted(os.path.basename(p) for p in glob.glob(os.path.join(run, "*.safetensors")))
    if top != ["model.safetensors"]:
        bad(f"{run}/*.safetensors (what vLLM loads) is {top}, not just model.safetensors")
    for name in ("master.safetensors", "state.json", "seeds.jsonl", "metrics.jsonl"):
        if os.path.exists(os.path.join(run, name)):
            bad(f"{name} is in the model directory, not in zoc/")
        if not os.path.isfile(os.path.join(run, "zoc", name)):
            bad(f"zoc/{name} is missing")


def check_tensors(run, inp):
    path = os.path.join(run, "model.safetensors")
    out, src = load_file(path), load_file(input_file(inp))
    if sorted(out) != sorted(src):
        bad(f"tensor names differ: only in the run {sorted(set(out) - set(src))}, only in the input "
            f"{sorted(set(src) - set(out))}")
    moved = 0
    for name in sorted(set(out) & set(src)):
        a, b = out[name], src[name]
        if a.dtype != b.dtype or a.shape != b.shape:
            bad(f"{name}: {a.dtype}{list(a.shape)} in the run, {b.dtype}{list(b.shape)} in the input")
        elif not np.array_equal(a.view(np.uint8), b.view(np.uint8)):
            if name.endswith(".scales"):
                moved += 1
            else:
                bad(f"{name} changed, but the recipe trains scales only")
    if moved == 0:
        bad("no scale moved: the run trained nothing")
    with safe_open(path, framework="numpy") as f:
        meta = f.metadata() or {}
    if meta.get("format") != "pt":
        bad(f"metadata format is {meta.get('format')!r}, not 'pt' (transformers refuses the file)")
    return out


def check_gptq(qc, where, tensors, want):
    if qc.get("quant_method") != "gptq":
        bad(f"{where}: quant_method {qc.get('quant_method')!r}, not 'gptq'")
    bits, group = qc.get("bits"), qc.get("group_size")
    if bits not in (2, 3, 4, 8) or isinstance(bits, bool):
        bad(f"{where}: bits {bits!r}: GPTQConfig takes 2, 3, 4 or 8")
    if not isinstance(group, int) or isinstance(group, bool) or (group != -1 and group <= 0):
        bad(f"{where}: group_size {group!r}: GPTQConfig takes -1 or a positive whole number")
    for k in ("desc_act", "sym"):
        if not isinstance(qc.get(k), bool):
            bad(f"{where}: {k} {qc.get(k)!r} is not a boolean")
    if qc.get("checkpoint_format", "gptq") not in ("gptq", "gptq_v2"):
        bad(f"{where}: checkpoint_format {qc.get('checkpoint_format')!r}")
    if "model_file_base_name" in qc:
        bad(f"{where}: model_file_base_name {qc['model_file_base_name']!r} names a file that is not the checkpoint")
    for k, v in want.items():
        if qc.get(k, "gptq" if k == "checkpoint_format" else None) != v:
            bad(f"{where}: {k} is {qc.get(k)!r}, expected {v!r}")
    if problems:
        return
    # what the config says is true of the tensors
    for name in sorted(t for t in tensors if t.endswith(".qweight")):
        p = name[: -len(".qweight")]
        g_idx, qw, sc = tensors[p + ".g_idx"], tensors[name], tensors[p + ".scales"]
        K = g_idx.shape[0]
        G = K if group == -1 else group
        if qw.shape[0] * 32 != K * bits:
            bad(f"{name}: {qw.shape[0]} rows, but K = {K} at {bits} bits needs {K * bits // 32}")
        if sc.shape[0] != math.ceil(K / G):
            bad(f"{p}.scales: {sc.shape[0]} groups, but group_size {group} over K = {K} gives {math.ceil(K / G)}")
        if not np.array_equal(g_idx, np.arange(K) // G) and not qc["desc_act"]:
            bad(f"{p}.g_idx is an act-order permutation, but desc_act is false")


def check(run, inp, want):
    check_layout(run)
    tensors = check_tensors(run, inp)
    with open(os.path.join(run, "config.json")) as fh:
        cfg = json.load(fh)
    for k, v in want.get("config", {}).items():
        got = cfg.get(k)
        same = math.isclose(got, v, rel_tol=1e-12) if isinstance(v, float) and isinstance(got, (int, float)) else got == v
        if not same:
            bad(f"config.json: {k} is {got!r}, expected {v!r}")
    for k in ("model_type", "architectures"):
        if k not in cfg:
            bad(f"config.json has no {k}: transformers cannot pick the model class")
    if "gptq" in want:
        qc = cfg.get("quantization_config")
        if not isinstance(qc, dict):
            bad("config.json has no quantization_config: GPTQModel and vLLM would load the weights as dense")
        else:
            check_gptq(qc, "config.json quantization_config", tensors, want["gptq"])
            qpath = os.path.join(run, "quantize_config.json")
            if os.path.exists(qpath):
                with open(qpath) as fh:
                    q2 = json.load(fh)
                if q2 != qc:
                    bad(f"quantize_config.json {q2} differs from config.json's quantization_config {qc}")
    src_dir = inp if os.path.isdir(inp) else os.path.dirname(inp)
    for name in want.get("side", []):
        a, b = os.path.join(run, name), os.path.join(src_dir, name)
        if not os.path.isfile(a):
            bad(f"{name} was not copied into the run directory")
        elif open(a, "rb").read() != open(b, "rb").read():
            bad(f"{name} differs from the input's")


def main():
    if sys.argv[1] == "tokenizer":
        write_tokenizer(sys.argv[2])
        return
    run, inp, want = sys.argv[2], sys.argv[3], json.loads(sys.argv[4])
    check(run, inp, want)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        sys.exit(1)
    print(json.dumps({"ok": True}))


if __name__ == "__main__":
    main()
