"""tok_oracle.py — the live oracle for tests/test_tokenizer.c.

Draws FRESH random strings from the seed the C test passes and encodes and
decodes them with the official `tokenizers` library, for the checked-in
tokenizers and for variants of them written here (other pre-tokenizer and
decoder settings over the same vocabulary and merges):
  gpt2_prefix   ByteLevel add_prefix_space=true, RobertaProcessing
  llama_meta    Metaspace pre-tokenizer prepend_scheme "first", split=false
                (Mistral / non-legacy Llama), decoder Replace/ByteFallback/Fuse/Strip
  llama_always  Metaspace prepend_scheme "always", split=true, decoder
                ByteFallback + Metaspace, NFKC normalizer, no fuse_unk, byte
                tokens >= 0x80 removed so unk is used
  llama3_qwen   the Qwen2 split pattern (single digits), merges not ignored
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

from tokenizers import Tokenizer

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tok_make import CORPUS, QWEN2_PATTERN  # noqa: E402

SPECIALS = ["<|endoftext|>", "<s>", "</s>", "<unk>", "<mask>", "xyzzy", "qux", "<|begin_of_text|>",
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
    eot = [t["id"] for t in g["added_tokens"] if t["content"] == "<|endoftext|>"][0]
    g["post_processor"] = {"type": "RobertaProcessing", "sep": ["<|endoftext|>", eot],
                           "cls": ["<|endoftext|>", eot], "trim_offsets": True, "add_prefix_space": True}
    v = {"gpt2_prefix": g}

    m = load("llama")
    m["normalizer"] = None
    m["pre_tokenizer"] = {"type": "Metaspace", "replacement": "▁", "prepend_scheme": "first", "split": False}
    v["llama_meta"] = m

    m = load("llama")
    m["normalizer"] = {"type": "NFKC"}
    m["pre_tokenizer"] = {"type": "Metaspace", "replacement": "▁", "prepend_scheme": "always", "split": True}
    m["decoder"] = {"type": "Sequence", "decoders": [
        {"type": "ByteFallback"},
        {"type": "Metaspace", "replacement": "▁", "prepend_scheme": "always", "split": True}]}
    m["model"]["fuse_unk"] = False
    m["model"]["vocab"] = {k: i for k, i in m["model"]["vocab"].items()
                           if not (k.startswith("<0x") and len(k) == 6 and int(k[3:5], 16) >= 0x80)}
    v["llama_always"] = m

    q = load("llama3")
    q["pre_tokenizer"]["pretokenizers"][0]["pattern"]["Regex"] = QWEN2_PATTERN
    q["model"]["ignore_merges"] = False
    v["llama3_qwen"] = q

    for name, j in v.items():
        paths[name] = os.path.join(out, name + ".json")
        with open(paths[name], "w", encoding="utf-8") as f:
            json.dump(j, f, ensure_ascii=False)
    return paths


def random_codepoint(rng):
    if rng.random() < 0.6:
        c = rng.randrange(0x80, 0x10000)
    else:
        c = rng.randrange(0x10000, 0x110000)
    return chr(0xFFFD if 0xD800 <= c <= 0xDFFF else c)


def random_text(rng, chars):
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
            parts.append("".join(random_codepoint(rng) for _ in range(rng.randint(1, 3))))
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
            text = random_text(rng, chars)
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
