"""make_seeds.py — writes the seed corpora of the runtime fuzz targets:
tests/fuzz/corpus_safetensors, corpus_tokenizer and corpus_data (checked in;
rerun after changing this file: .venv/bin/python tests/fuzz/make_seeds.py).

  corpus_safetensors  small files: every dtype, a scalar, a zero-length dim,
                      metadata, gaps and trailing bytes, the official writer's
                      output; index texts naming the fuzz target's shards
  corpus_tokenizer    tests/data/tok's tokenizers and tests/py/tok_oracle.py's
                      variants of them, plus tiny hand-made ones (one component
                      each), each followed by a NUL byte and a text to encode
  corpus_data         records of tests/data/tasks through each bundled task,
                      user templates (a bundled one on one line, one using
                      every transform) and lm token lines; the first two bytes
                      select the reader (see tests/fuzz/fuzz_data.c)
"""
import json
import os
import shutil
import struct
import sys

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))
sys.path.insert(0, os.path.join(root, "tests", "py"))


def fresh(name):
    d = os.path.join(here, name)
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    return d


def write(d, name, data):
    with open(os.path.join(d, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


# ---- safetensors

SIZES = {"F64": 8, "F32": 4, "F16": 2, "BF16": 2, "F8_E4M3": 1, "I64": 8, "I32": 4, "U32": 4, "I16": 2,
         "U16": 2, "I8": 1, "U8": 1, "BOOL": 1}


def st_file(tensors, metadata=None, gap=0, tail=b"", pad=True):
    """tensors: [(name, dtype, shape)], laid out in order with GAP bytes between."""
    header, data, off = {}, b"", 0
    if metadata is not None:
        header["__metadata__"] = metadata
    for i, (name, dt, shape) in enumerate(tensors):
        n = SIZES[dt]
        for d in shape:
            n *= d
        header[name] = {"dtype": dt, "shape": shape, "data_offsets": [off, off + n]}
        data += bytes((i * 7 + k) & 255 for k in range(n)) + b"\xee" * gap
        off += n + gap
    h = json.dumps(header, separators=(",", ":")).encode()
    if pad:
        h += b" " * (-len(h) % 8)
    return struct.pack("<Q", len(h)) + h + data + tail


def safetensors_seeds():
    d = fresh("corpus_safetensors")
    write(d, "one_f32.safetensors", st_file([("a", "F32", [2, 3])], {"format": "pt"}))
    write(d, "every_dtype.safetensors", st_file([(f"t.{dt.lower()}", dt, [2, 2]) for dt in SIZES]))
    write(d, "scalar_and_empty.safetensors",
          st_file([("s", "F32", []), ("e", "BF16", [3, 0, 2]), ("z", "I64", [0])]))
    write(d, "metadata_only.safetensors", st_file([], {"format": "pt", "note": "\u00e9\u4e2d"}))
    write(d, "empty_header.safetensors", st_file([]))
    write(d, "gaps_and_tail.safetensors",
          st_file([("x", "U8", [3]), ("y", "I16", [2, 1])], gap=5, tail=b"trailing", pad=False))
    write(d, "eight_dims.safetensors", st_file([("d8", "U8", [1, 2, 1, 2, 1, 1, 2, 1])]))
    write(d, "null_metadata.safetensors", st_file([("n", "BOOL", [4])], None).replace(b'{"n"', b'{"__metadata__":null,"n"', 1))
    try:
        import numpy as np
        from safetensors.numpy import save
        write(d, "official.safetensors",
              save({"w": np.arange(6, dtype=np.float16).reshape(2, 3), "b": np.ones(2, dtype=np.int32)},
                   metadata={"format": "np"}))
    except ImportError:
        print("make_seeds.py: no safetensors module; skipping official.safetensors", file=sys.stderr)
    shards = {"a": "model-00001-of-00002.safetensors", "b": "model-00001-of-00002.safetensors",
              "c": "model-00002-of-00002.safetensors"}
    write(d, "index.json", json.dumps({"metadata": {"total_size": 60, "format": "pt", "ratio": 0.5, "ok": True},
                                       "weight_map": shards}, indent=2))
    write(d, "index_one_shard.json", json.dumps({"weight_map": {"c": "model-00002-of-00002.safetensors"}}))
    write(d, "index_sub.json", json.dumps({"weight_map": {"e": "sub/model.safetensors",
                                                         "c": "model-00002-of-00002.safetensors"}}))
    write(d, "index_two_holders.json", json.dumps({"weight_map": {"d": "model-00003-of-00003.safetensors",
                                                                  "b": "model-00001-of-00002.safetensors"}}))


# ---- tokenizer.json

TEXTS = ["Hello world, it's 2024!  Caf\u00e9 \u4e2d\u6587 \U0001F600\n\tend",
         " leading and trailing  ", "<s>special</s> <|endoftext|> <mask> xyzzy qux"]


def tiny(**parts):
    j = {"version": "1.0", "added_tokens": [
        {"id": 6, "content": "<s>", "single_word": False, "lstrip": False, "rstrip": False,
         "normalized": False, "special": True},
        {"id": 7, "content": "</s>", "single_word": False, "lstrip": False, "rstrip": False,
         "normalized": False, "special": True}],
         "normalizer": None, "pre_tokenizer": None, "post_processor": None, "decoder": None,
         "model": {"type": "BPE", "dropout": None, "unk_token": "<unk>", "continuing_subword_prefix": None,
                   "end_of_word_suffix": None, "fuse_unk": False, "byte_fallback": False,
                   "vocab": {"<unk>": 0, "a": 1, "b": 2, "ab": 3, "\u2581": 4, "\u2581ab": 5,
                             "<s>": 6, "</s>": 7, "<0x41>": 8},
                   "merges": [["a", "b"], ["\u2581", "ab"]]}}
    for k, v in parts.items():
        if k in ("fuse_unk", "byte_fallback", "ignore_merges", "continuing_subword_prefix", "end_of_word_suffix"):
            j["model"][k] = v
        else:
            j[k] = v
    return json.dumps(j, ensure_ascii=False)


def tokenizer_seeds():
    d = fresh("corpus_tokenizer")
    meta = {"type": "Metaspace", "replacement": "\u2581", "prepend_scheme": "always", "split": True}
    tinies = {
        "tiny_plain": tiny(),
        "tiny_metaspace": tiny(pre_tokenizer=meta, decoder=meta, byte_fallback=True),
        "tiny_normalizers": tiny(normalizer={"type": "Sequence", "normalizers": [
            {"type": "NFKD"}, {"type": "StripAccents"}, {"type": "Lowercase"}, {"type": "NFC"},
            {"type": "Strip", "strip_left": True, "strip_right": True},
            {"type": "Prepend", "prepend": "\u2581"}, {"type": "Replace", "pattern": {"String": " "},
                                                         "content": "\u2581"}]}),
        "tiny_split_digits": tiny(pre_tokenizer={"type": "Sequence", "pretokenizers": [
            {"type": "Digits", "individual_digits": False},
            {"type": "Split", "pattern": {"String": "b"}, "behavior": "MergedWithNext", "invert": False},
            {"type": "ByteLevel", "add_prefix_space": False, "use_regex": False}]}),
        "tiny_template": tiny(post_processor={"type": "TemplateProcessing", "single": [
            {"SpecialToken": {"id": "<s>", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
            {"SpecialToken": {"id": "</s>", "type_id": 0}}], "pair": [], "special_tokens": {
            "<s>": {"id": "<s>", "ids": [6], "tokens": ["<s>"]}, "</s>": {"id": "</s>", "ids": [7], "tokens": ["</s>"]}}}),
        "tiny_bert": tiny(post_processor={"type": "BertProcessing", "sep": ["</s>", 7], "cls": ["<s>", 6]},
                          decoder={"type": "Sequence", "decoders": [
                              {"type": "Replace", "pattern": {"String": "\u2581"}, "content": " "},
                              {"type": "ByteFallback"}, {"type": "Fuse"},
                              {"type": "Strip", "content": " ", "start": 1, "stop": 0}]}),
        "tiny_affixes": tiny(continuing_subword_prefix="##", end_of_word_suffix="</w>", ignore_merges=True,
                             fuse_unk=True),
        "tiny_llama3_split": tiny(pre_tokenizer={"type": "Split", "pattern": {"Regex":
            "(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}{1,3}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|"
            "\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+"}, "behavior": "Isolated", "invert": False}),
    }
    for i, (name, text) in enumerate(tinies.items()):
        write(d, name + ".json", text.encode() + b"\0" + ("ab aab \u00c5b " + TEXTS[i % 3]).encode())
    data = os.path.join(root, "tests", "data", "tok")
    for i, name in enumerate(("gpt2", "llama", "llama3")):
        with open(os.path.join(data, name + ".json"), "rb") as f:
            write(d, name + ".json", f.read() + b"\0" + TEXTS[i].encode())
    try:
        import tempfile
        from tok_oracle import variants
        with tempfile.TemporaryDirectory() as tmp:
            for i, (name, path) in enumerate(variants(data, tmp).items()):
                if name in ("gpt2", "llama", "llama3"):
                    continue
                with open(path, "rb") as f:
                    write(d, name + ".json", f.read() + b"\0" + TEXTS[i % 3].encode())
    except ImportError:
        print("make_seeds.py: no tokenizers module; skipping tok_oracle.py's variants", file=sys.stderr)


# ---- data lines

def data_seeds():
    d = fresh("corpus_data")
    tasks = ["sst2", "rte", "cb", "boolq", "squad"]
    lines = {}
    for t in tasks:
        with open(os.path.join(root, "tests", "data", "tasks", t + ".jsonl"), encoding="utf-8") as f:
            lines[t] = [l for l in f.read().splitlines() if l.strip()]
    # byte 1: loader p % 3 (all, sample, split), n (p >> 2) % 5 - 1, --max-len (p >> 3) % 4
    for m, t in enumerate(tasks):
        for p in "ABCZ":
            write(d, f"{t}_{p}.txt", f"{m}{p}\n" + "\n".join(lines[t][:3]) + "\n")
        with open(os.path.join(root, "tasks", t + ".json"), encoding="utf-8") as f:
            tmpl = json.dumps(json.load(f), ensure_ascii=False)
        write(d, f"template_{t}.txt", f"5A{tmpl}\n" + "\n".join(lines[t][:2]) + "\n")
    custom = {"name": "custom", "type": "classification", "prompt": "{{Q}} {q}? {ctx.a.b}|{n}|{flag}\n",
              "fields": {"q": {"from": ["question", "q"], "transforms": ["strip", "lower", "upper_first",
                                                                      {"suffix_if_missing": "?"}, "rstrip"]},
                         "n": {"transforms": ["lstrip"]}},
              "label_field": ["label", "gold"],
              "candidates": [{"text": " yes {n}", "labels": [True, 1, "y"]}, {"text": " no", "labels": [False, 0.0]},
                             {"text": "\n}}maybe", "labels": ["m"]}]}
    recs = ['{"question": "  Is IT ok ", "ctx": {"a": {"b": "deep"}}, "n": 3, "flag": true, "label": true}',
            '{"q": "x", "ctx.a.b": "flat", "n": " s", "flag": false, "gold": "m"}']
    write(d, "template_custom.txt", "5B" + json.dumps(custom) + "\n" + "\n".join(recs) + "\n")
    gen = {"type": "generation", "prompt": "Q: {q}\nA:", "answers_field": ["answers.text", "answer"],
           "target": " {answer}\n"}
    write(d, "template_generation.txt", "5C" + json.dumps(gen) + "\n" +
          '{"q": "what?", "answers": {"text": ["The Answer!", "an answer"]}}\n{"q": "who", "answer": "me"}\n')
    write(d, "lm_next.txt", "6A" + "\n".join(json.dumps({"tokens": list(range(i, i + 5 + i))}) for i in range(4)) + "\n")
    write(d, "lm_targets.txt", "6Z" + json.dumps({"tokens": [1, 2, 3, 4], "targets": [2, -1, 4, -1]}) + "\n\n" +
          json.dumps({"tokens": [1000, 0]}) + "\n")


if __name__ == "__main__":
    safetensors_seeds()
    tokenizer_seeds()
    data_seeds()
