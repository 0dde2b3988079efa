"""check_output.py — a fine-tuned run directory as the tools that load
checkpoints see it (tests/test_outputs.c; issue 19, "Outputs others load").

Usage:
  check_output.py tokenizer DIR          writes a small BPE tokenizer.json and the
                                         tokenizer/generation configs into DIR
  check_output.py check RUN INPUT EXPECT.json
                                         checks RUN against its input (a folder or a
                                         bare .safetensors file); prints {"ok": true}
  check_output.py same A B               A and B (run directories or .safetensors
                                         files) hold the same tensors byte for byte;
                                         two directories, the same checkpoint files

EXPECT keys: config (keys config.json must hold, with their values), gptq
({bits, group_size, checkpoint_format}: what the quantization config must
say), awq ({group_size, ...}: the same for AWQ), side (file names RUN must
hold byte for byte as INPUT's folder does), shard_size (the run was given
--shard-size of that many bytes: the checkpoint must be transformers'
sharded set, split as huggingface_hub splits).

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
    file); quantize_config.json, when there, says the same;
  - AWQ: quantization_config as transformers' AwqConfig (__init__ and
    post_init) and AutoAWQ's from_transformers_dict read it: quant_method
    "awq", bits 4, group_size -1 or > 0, zero_point true, version "gemm"
    after AWQLinearVersion.from_str (lower case), backend absent or
    autoawq/llm-awq, do_fuse only with fuse_max_seq_len,
    modules_to_not_convert null or a list; and true of the tensors (GEMM:
    qweight [K, N/8] int32, qzeros [ceil(K/G), N/8], scales [ceil(K/G), N]);
  - sharded (shard_size): model.safetensors.index.json as transformers
    reads it (weight_map: every tensor, each in the shard named;
    metadata.total_size the bytes of all tensors), shards named
    model-0000i-of-0000n.safetensors, each loaded by the official reader
    with metadata format "pt", none past shard_size but one holding a single
    larger tensor, and none that could have held the next one's first
    tensor (in name order, the order zoc adds them: a greedy split, as
    huggingface_hub's split_state_dict_into_shards makes); no
    model.safetensors and no other *.safetensors beside them.
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


def check_layout(run, sharded):
    top = sorted(os.path.basename(p) for p in glob.glob(os.path.join(run, "*.safetensors")))
    if not sharded and top != ["model.safetensors"]:
        bad(f"{run}/*.safetensors (what vLLM loads) is {top}, not just model.safetensors")
    if not sharded and os.path.exists(os.path.join(run, "model.safetensors.index.json")):
        bad("model.safetensors.index.json beside a single model.safetensors")
    for name in ("master.safetensors", "state.json", "seeds.jsonl", "metrics.jsonl"):
        if os.path.exists(os.path.join(run, name)):
            bad(f"{name} is in the model directory, not in zoc/")
        if not os.path.isfile(os.path.join(run, "zoc", name)):
            bad(f"zoc/{name} is missing")


def file_meta(path):
    with safe_open(path, framework="numpy") as f:
        return f.metadata() or {}


def load_shards(run, max_bytes):
    """The sharded set as transformers' from_pretrained finds it: the index,
    then every shard its weight_map names."""
    with open(os.path.join(run, "model.safetensors.index.json")) as fh:
        index = json.load(fh)
    wm = index.get("weight_map")
    if not isinstance(wm, dict) or not wm:
        bad("model.safetensors.index.json: no weight_map")
        return {}
    files = sorted(set(wm.values()))
    n = len(files)
    want = [f"model-{i:05d}-of-{n:05d}.safetensors" for i in range(1, n + 1)]
    if files != want:
        bad(f"shards {files}, not transformers' names {want}")
    if n < 2:
        bad("one shard under an index: save_pretrained writes model.safetensors alone then")
    top = sorted(os.path.basename(p) for p in glob.glob(os.path.join(run, "*.safetensors")))
    if top != files:
        bad(f"{run}/*.safetensors is {top}, not the index's shards {files}")
    out, sizes = {}, []
    for name in files:
        t = load_file(os.path.join(run, name))
        if file_meta(os.path.join(run, name)).get("format") != "pt":
            bad(f"{name}: metadata format is not 'pt'")
        held = sorted(k for k, v in wm.items() if v == name)
        if sorted(t) != held:
            bad(f"{name} holds {sorted(t)}, the index maps {held} to it")
        sizes.append([t[k].nbytes for k in sorted(t)])   # zoc adds the tensors in name order
        out.update(t)
    total = sum(a.nbytes for a in out.values())
    if index.get("metadata", {}).get("total_size") != total:
        bad(f"metadata.total_size {index.get('metadata', {}).get('total_size')!r}, the tensors hold {total} bytes")
    for i, sz in enumerate(sizes if max_bytes else []):   # None: the split is not checked
        if sum(sz) > max_bytes and len(sz) > 1:
            bad(f"{files[i]}: {sum(sz)} bytes of tensors in {len(sz)} tensors, past the shard size {max_bytes}")
        if i + 1 < n and sum(sz) + sizes[i + 1][0] <= max_bytes:
            bad(f"{files[i]} ({sum(sz)} bytes) could hold the first tensor of {files[i + 1]}: not a greedy split")
    return out


def check_tensors(run, inp, shard_size):
    path = os.path.join(run, "model.safetensors")
    out = load_shards(run, shard_size) if shard_size else load_file(path)
    src = load_file(input_file(inp))
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
    if not shard_size and file_meta(path).get("format") != "pt":
        bad(f"metadata format is {file_meta(path).get('format')!r}, not 'pt' (transformers refuses the file)")
    return out


def check_awq(qc, where, tensors, want):
    if qc.get("quant_method") != "awq":
        bad(f"{where}: quant_method {qc.get('quant_method')!r}, not 'awq'")
    group = qc.get("group_size")
    if qc.get("bits") != 4 or isinstance(qc.get("bits"), bool):
        bad(f"{where}: bits {qc.get('bits')!r}: AWQ's GEMM layout packs 4")
    if not isinstance(group, int) or isinstance(group, bool) or (group != -1 and group <= 0):
        bad(f"{where}: group_size {group!r}: AwqConfig takes -1 or a positive whole number")
    if qc.get("zero_point") is not True:
        bad(f"{where}: zero_point {qc.get('zero_point')!r}: the GEMM layout zoc trained has zero points")
    ver = qc.get("version", "gemm")
    if not isinstance(ver, str) or ver.lower() not in ("gemm", "gemv", "exllama", "ipex"):
        bad(f"{where}: version {ver!r}: AWQLinearVersion.from_str knows gemm, gemv, exllama, ipex")
    elif ver != "gemm":
        bad(f"{where}: version {ver!r}, not 'gemm' (AutoAWQ's to_transformers_dict writes it lower case)")
    if qc.get("backend", "autoawq") not in ("autoawq", "llm-awq"):
        bad(f"{where}: backend {qc.get('backend')!r}")
    if qc.get("do_fuse") and qc.get("fuse_max_seq_len") is None:
        bad(f"{where}: do_fuse without fuse_max_seq_len (AwqConfig.post_init refuses it)")
    mn = qc.get("modules_to_not_convert")
    if mn is not None and not isinstance(mn, list):
        bad(f"{where}: modules_to_not_convert {mn!r} is neither null nor a list")
    for k, v in want.items():
        if qc.get(k) != v:
            bad(f"{where}: {k} is {qc.get(k)!r}, expected {v!r}")
    if problems:
        return
    for name in sorted(t for t in tensors if t.endswith(".qweight")):
        p = name[: -len(".qweight")]
        qw, qz, sc = tensors[name], tensors[p + ".qzeros"], tensors[p + ".scales"]
        K, N = qw.shape[0], sc.shape[1]
        ng = 1 if group == -1 else math.ceil(K / group)
        if qw.dtype != np.int32 or qw.shape != (K, N // 8):
            bad(f"{name}: {qw.dtype}{list(qw.shape)}, the GEMM layout is int32 [K, N/8] = [{K}, {N // 8}]")
        if qz.shape != (ng, N // 8) or sc.shape != (ng, N):
            bad(f"{p}: qzeros {list(qz.shape)}, scales {list(sc.shape)}: group_size {group} over K = {K} gives "
                f"[{ng}, {N // 8}] and [{ng}, {N}]")


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
    shard_size = want.get("shard_size")
    check_layout(run, shard_size)
    tensors = check_tensors(run, inp, shard_size)
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
    for method, checker, tool in (("gptq", check_gptq, "GPTQModel"), ("awq", check_awq, "AutoAWQ")):
        if method not in want:
            continue
        qc = cfg.get("quantization_config")
        if not isinstance(qc, dict):
            bad(f"config.json has no quantization_config: {tool} and vLLM would load the weights as dense")
        else:
            checker(qc, "config.json quantization_config", tensors, want[method])
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


def ckpt_files(d):
    return sorted(os.path.basename(p) for p in glob.glob(os.path.join(d, "model*.safetensors*")))


def load_any(p):
    if os.path.isfile(p):
        return load_file(p)
    if os.path.exists(os.path.join(p, "model.safetensors.index.json")):
        return load_shards(p, None)
    return load_file(os.path.join(p, "model.safetensors"))


def same(a, b):
    if os.path.isdir(a) and os.path.isdir(b):
        fa, fb = ckpt_files(a), ckpt_files(b)
        if fa != fb:
            bad(f"{a} holds {fa}, {b} holds {fb}")
        for f in sorted(set(fa) & set(fb)):
            if open(os.path.join(a, f), "rb").read() != open(os.path.join(b, f), "rb").read():
                bad(f"{f} differs between {a} and {b}")
    ta, tb = load_any(a), load_any(b)
    if sorted(ta) != sorted(tb):
        bad(f"tensor names differ: {sorted(set(ta) ^ set(tb))}")
    for k in sorted(set(ta) & set(tb)):
        x, y = ta[k], tb[k]
        if x.dtype != y.dtype or x.shape != y.shape or x.tobytes() != y.tobytes():
            bad(f"{k} differs between {a} and {b}")


def main():
    if sys.argv[1] == "tokenizer":
        write_tokenizer(sys.argv[2])
        return
    if sys.argv[1] == "same":
        same(sys.argv[2], sys.argv[3])
        if problems:
            print("\n".join(problems), file=sys.stderr)
            sys.exit(1)
        return
    run, inp, want = sys.argv[2], sys.argv[3], json.loads(sys.argv[4])
    check(run, inp, want)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        sys.exit(1)
    print(json.dumps({"ok": True}))


if __name__ == "__main__":
    main()
