"""tok_oracle.py — the live oracle for tests/test_tokenizer.c.

Draws FRESH random strings from the seed the C test passes and encodes and
decodes them with the official `tokenizers` library, for the checked-in
tokenizers and for variants of them written here (other pre-tokenizer and
decoder settings over the same vocabulary and merges):
  gpt2_prefix   ByteLevel add_prefix_space=true, RobertaProcessing, <mask> with
                lstrip and rstrip
  llama_meta    Digits then Metaspace prepend_scheme "first", split=false
                (Mistral / non-legacy Llama), decoder Replace/ByteFallback/Fuse/Strip
  llama_always  literal Splits with every behavior (and invert), Metaspace
                prepend_scheme "always", split=true, decoder ByteFallback +
                Metaspace, NFKC, no fuse_unk, bytes >= 0x80 removed so unk is used
  llama_added   normalizers NFD/StripAccents/Lowercase/NFC/Strip before the
                legacy Prepend/Replace, normalized and rstrip added tokens
  llama3_qwen   the Qwen2 split pattern (single digits), merges not ignored,
                post-processor Sequence[ByteLevel, TemplateProcessing with BOS and EOS]
  bpe_affix     trained here: BPE with continuing_subword_prefix "##" and
                end_of_word_suffix "</w>", unk without byte fallback
Also random id sequences, decoded with and without skipping special tokens.

Usage: tok_oracle.py DATA_DIR OUT_DIR SEED N_TEXTS N_ID_SEQS
Writes OUT_DIR/<variant>.json and OUT_DIR/cases.jsonl: one JSON object a line,
either {"file", "text", "add_special", "ids", "decoded", "decoded_skip"} or
{"file", "decode_ids", "skip", "text"}.
"""
import json
import os
import random
import sys
import unicodedata

from tokenizers import Tokenizer, models, pre_tokenizers, trainers

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tok_make import CORPUS, QWEN2_PATTERN  # noqa: E402

SPECIALS = ["<|endoftext|>", "<s>", "</s>", "<unk>", "<mask>", "xyzzy", "qux", "<|begin_of_text|>",
            "Qux Quux", "qux quux", "QUUX", "quux", "<sep>",
            "<|end_of_text|>", "<0x41>", "<0xE4>", "Ġ", "▁", "<", "|>"]
SPACES = [" ", "  ", "   ", "\n", "\n\n", "\t", "\r\n", "\r", "\u00a0", "\u3000", "\u2028", "\u2029",
          "\x0b", "\x0c", "\x1c", "\x1f", "\x85", "\u200b", "\u2003", " \n", "\n ", "\t\n"]
EMOJI = ["😀", "🎉", "👍🏽", "❤️", "🚀", "🇫🇷", "🏳️‍🌈", "👨‍👩‍👧", "🙂", "\U0001FAE0", "🦀", "©", "™"]
APOS = ["'s", "'S", "'t", "'re", "'RE", "'ve", "'m", "'M", "'ll", "'Ll", "'d", "'D", "'ſ", "'x", "''", "'"]
PUNCT = list("!?.,;:-_()[]{}<>/\\|@#$%^&*+=~`\"'") + ["...", "—", "«", "»", "“", "”", "¿", "¡", "…"]


def variants(data, out):
    """Writes the variant files; returns {name: path} for every tokenizer tested."""
    paths = {n: os.path.join(data, n + ".json") for n in ("gpt2", "llama", "llama3")}
    load = lambda n: json.load(open(paths[n], encoding="utf-8"))

    g = load("gpt2")
    g["pre_tokenizer"]["add_prefix_space"] = True
    for t in g["added_tokens"]:
        if t["content"] == "<mask>":
            t["rstrip"] = True
    eot = [t["id"] for t in g["added_tokens"] if t["content"] == "<|endoftext|>"][0]
    g["post_processor"] = {"type": "RobertaProcessing", "sep": ["<|endoftext|>", eot],
                           "cls": ["<|endoftext|>", eot], "trim_offsets": True, "add_prefix_space": True}
    v = {"gpt2_prefix": g}

    m = load("llama")
    m["normalizer"] = None
    m["pre_tokenizer"] = {"type": "Sequence", "pretokenizers": [
        {"type": "Digits", "individual_digits": True},
        {"type": "Metaspace", "replacement": "▁", "prepend_scheme": "first", "split": False}]}
    v["llama_meta"] = m

    m = load("llama")
    m["normalizer"] = {"type": "NFKC"}
    split = lambda lit, behavior, invert=False: {"type": "Split", "pattern": {"String": lit},
                                                 "behavior": behavior, "invert": invert}
    m["pre_tokenizer"] = {"type": "Sequence", "pretokenizers": [
        split(".", "Contiguous"), split(",", "MergedWithPrevious"), split("!", "Removed"),
        split("-", "MergedWithNext", True), split("ab", "Isolated"), split("'", "Contiguous", True),
        {"type": "Metaspace", "replacement": "▁", "prepend_scheme": "always", "split": True}]}
    m["decoder"] = {"type": "Sequence", "decoders": [
        {"type": "ByteFallback"},
        {"type": "Metaspace", "replacement": "▁", "prepend_scheme": "always", "split": True}]}
    m["model"]["fuse_unk"] = False
    m["model"]["vocab"] = {k: i for k, i in m["model"]["vocab"].items()
                           if not (k.startswith("<0x") and len(k) == 6 and int(k[3:5], 16) >= 0x80)}
    v["llama_always"] = m

    m = load("llama")
    m["normalizer"]["normalizers"][:0] = [
        {"type": "NFD"}, {"type": "StripAccents"}, {"type": "Lowercase"}, {"type": "NFC"},
        {"type": "Strip", "strip_left": False, "strip_right": True}]
    n = max(m["model"]["vocab"].values()) + 1
    m["added_tokens"] += [
        {"id": n, "content": "Qux Quux", "single_word": False, "lstrip": False, "rstrip": False,
         "normalized": True, "special": False},
        {"id": n + 1, "content": "QUUX", "single_word": False, "lstrip": False, "rstrip": False,
         "normalized": True, "special": True},
        {"id": n + 2, "content": "<sep>", "single_word": False, "lstrip": False, "rstrip": True,
         "normalized": False, "special": True}]
    v["llama_added"] = m

    q = load("llama3")
    q["pre_tokenizer"]["pretokenizers"][0]["pattern"]["Regex"] = QWEN2_PATTERN
    q["model"]["ignore_merges"] = False
    eot = [t["id"] for t in q["added_tokens"] if t["content"] == "<|end_of_text|>"][0]
    tp = q["post_processor"]
    tp["single"].append({"SpecialToken": {"id": "<|end_of_text|>", "type_id": 0}})
    tp["special_tokens"]["<|end_of_text|>"] = {"id": "<|end_of_text|>", "ids": [eot], "tokens": ["<|end_of_text|>"]}
    q["post_processor"] = {"type": "Sequence", "processors": [
        {"type": "ByteLevel", "add_prefix_space": True, "trim_offsets": False, "use_regex": True}, tp]}
    v["llama3_qwen"] = q

    t = Tokenizer(models.BPE(unk_token="<unk>", continuing_subword_prefix="##", end_of_word_suffix="</w>"))
    t.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tr = trainers.BpeTrainer(vocab_size=700, show_progress=False, special_tokens=["<unk>"], limit_alphabet=150,
                             continuing_subword_prefix="##", end_of_word_suffix="</w>")
    t.train_from_iterator(CORPUS, tr)
    v["bpe_affix"] = json.loads(t.to_str())

    for name, j in v.items():
        paths[name] = os.path.join(out, name + ".json")
        with open(paths[name], "w", encoding="utf-8") as f:
            json.dump(j, f, ensure_ascii=False)
    return paths


def random_codepoint(rng, old_only):
    """Any code point whose Unicode category is settled: assigned by Unicode 14
    (Python's tables), or in planes 4-13 (unassigned in every version so far),
    or private use.  Characters assigned in 15.1/16.0 are left out: utf8proc
    (Unicode 15.0) does not know them while the library (Unicode 16) does.
    OLD_ONLY (for the NFKC variant) keeps to characters of Unicode 3.2: the
    library normalizes with older tables than its regex engine's, so it leaves
    e.g. U+A7F3 (Unicode 14) alone where utf8proc maps it to "F"."""
    while True:
        r = rng.random()
        if r < 0.1:
            return chr(rng.randrange(0x40000, 0xE0000))
        if r < 0.15:
            return chr(rng.randrange(0xF0000, 0x110000))
        c = chr(rng.randrange(0x80, 0x10000) if r < 0.7 else rng.randrange(0x10000, 0x40000))
        db = unicodedata.ucd_3_2_0 if old_only else unicodedata
        if db.category(c) not in ("Cn", "Cs"):
            return c


def random_text(rng, chars, old_only):
    parts = []
    for _ in range(rng.randint(0, 14)):
        r = rng.random()
        if r < 0.22:
            line = rng.choice(CORPUS)
            a = rng.randrange(len(line))
            parts.append(line[a:a + rng.randint(1, 30)])
        elif r < 0.36:
            parts.append("".join(rng.choice(chars) for _ in range(rng.randint(1, 8))))
        elif r < 0.52:
            parts.append("".join(rng.choice(SPACES) for _ in range(rng.randint(1, 3))))
        elif r < 0.58:
            parts.append(rng.choice(EMOJI))
        elif r < 0.65:
            parts.append("".join(random_codepoint(rng, old_only) for _ in range(rng.randint(1, 3))))
        elif r < 0.70:
            # random bytes made valid UTF-8 (invalid sequences become U+FFFD)
            parts.append(bytes(rng.randrange(256) for _ in range(rng.randint(1, 6))).decode("utf-8", "replace"))
        elif r < 0.77:
            parts.append(rng.choice(["", " ", "  "]) + rng.choice(SPECIALS) + rng.choice(["", " ", "  ", "x"]))
        elif r < 0.84:
            parts.append("".join(rng.choice("0123456789") for _ in range(rng.randint(1, 12))))
        elif r < 0.92:
            parts.append(rng.choice(APOS))
        else:
            parts.append("".join(rng.choice(PUNCT) for _ in range(rng.randint(1, 4))))
    return "".join(parts)


def main():
    data, out, seed, n_texts, n_ids = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
    rng = random.Random(seed)
    chars = sorted(set("".join(CORPUS)))
    lines = []
    for name, path in variants(data, out).items():
        tok = Tokenizer.from_file(path)
        for _ in range(n_texts):
            text = random_text(rng, chars, name in ("llama_always", "llama_added"))
            add_special = rng.random() < 0.5
            ids = tok.encode(text, add_special_tokens=add_special).ids
            lines.append({"file": path, "text": text, "add_special": add_special, "ids": ids,
                          "decoded": tok.decode(ids, skip_special_tokens=False),
                          "decoded_skip": tok.decode(ids, skip_special_tokens=True)})
        size = tok.get_vocab_size(with_added_tokens=True)
        for _ in range(n_ids):
            ids = [rng.randrange(size) for _ in range(rng.randint(0, 12))]
            skip = rng.random() < 0.5
            lines.append({"file": path, "decode_ids": ids, "skip": skip,
                          "text": tok.decode(ids, skip_special_tokens=skip)})
    with open(os.path.join(out, "cases.jsonl"), "w", encoding="utf-8") as f:
        for line in lines:
            f.write(json.dumps(line, ensure_ascii=True) + "\n")


if __name__ == "__main__":
    main()
