"""tok_make.py — makes the small tokenizers that test runtime/tokenizer.c.

We cannot download real model tokenizers, so we train look-alikes with the
official `tokenizers` library on a built-in multilingual corpus and check the
results in (tests/data/tok/):
  gpt2.json   GPT-2/OPT style: ByteLevel pre-tokenizer and decoder, vocab ~1000,
              merges stored the old way ("a b" strings), added tokens with
              lstrip / single_word / non-special options.
  llama.json  Llama-1/2 style SentencePiece BPE: normalizer Prepend("▁") +
              Replace(" ", "▁"), no pre-tokenizer, byte_fallback with <0xXX>
              tokens at ids 3..258, <unk>/<s>/</s>, TemplateProcessing adding <s>,
              decoder Replace/ByteFallback/Fuse/Strip; vocab ~800 so many
              characters fall back to bytes. Merges as ["a","b"] pairs.
  llama3.json Llama-3 style: Split with the tiktoken pattern + ByteLevel without
              regex, ignore_merges, <|begin_of_text|> added by the template.
  expected.jsonl  one line per (tokenizer, text, add_special): the ids and the
              decodes (with and without skipping special tokens) the library gave.

Usage: python tests/py/tok_make.py [OUTDIR]   (default tests/data/tok)
The outputs are checked in; rerun only to change the test tokenizers.
"""
import json
import os
import sys

from tokenizers import (AddedToken, Regex, Tokenizer, decoders, models,
                        normalizers, pre_tokenizers, processors, trainers)

LLAMA3_PATTERN = (r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}|"
                  r" ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+")
QWEN2_PATTERN = LLAMA3_PATTERN.replace(r"\p{N}{1,3}", r"\p{N}")   # Qwen2: single digits

# A few KB of text: English prose, accents, CJK, Cyrillic, Arabic, Devanagari,
# emoji, digits, code and whitespace runs, so the merges cover many scripts.
CORPUS = [
    "The quick brown fox jumps over the lazy dog. It's a well-known pangram, isn't it?",
    "We've been training language models for years; they'll keep improving, I'm sure.",
    "Zeroth-order optimization estimates gradients from two forward passes with a random perturbation.",
    "MeZO perturbs every weight with Gaussian noise drawn from a seeded generator, then steps.",
    "The movie was absolutely wonderful and the actors were great. Positive sentiment!",
    "The film was a dull, lifeless mess; I wanted my money back. Negative sentiment.",
    "Question: What is the capital of France? Answer: Paris is the capital of France.",
    "Premise: A man is playing a guitar. Hypothesis: A person makes music. Does it follow? Yes.",
    "In 1969, Apollo 11 landed on the Moon; 3.14159 is pi and 2.71828 is e. Call 555-0100 now.",
    "Prices rose 12% in 2023: $1,299.99 became $1,455.00 — a big jump for 100,000 buyers.",
    "Café, naïve, résumé, façade, jalapeño, Zürich, Ærøskøbing, São Paulo, Kraków, Dvořák.",
    "Les élèves étudient à l'école; où est la bibliothèque? Ça va très bien, merci beaucoup.",
    "Der schnelle braune Fuchs springt über den faulen Hund. Straße, Größe, Mädchen, Bäume.",
    "El niño pequeño comió una manzana. ¿Dónde está el baño? ¡Qué día tan bonito!",
    "Привет, мир! Как дела? Это тест токенизатора на русском языке.",
    "Γειά σου κόσμε. Η γρήγορη καφέ αλεπού πηδά πάνω από τον τεμπέλη σκύλο.",
    "日本語のテキストです。東京は日本の首都です。今日はいい天気ですね。",
    "中文测试：我们正在训练一个分词器。北京是中国的首都，人口很多。",
    "한국어 문장입니다. 서울은 한국의 수도입니다.",
    "مرحبا بالعالم. هذا اختبار للمحلل اللغوي.",
    "नमस्ते दुनिया। यह एक परीक्षण वाक्य है।",
    "Emoji: 😀 😃 🎉 👍 👍🏽 ❤️ 🚀 🇫🇷 🏳️‍🌈 👨‍👩‍👧 — fun 🙂!",
    "def train(model, data):\n    for x, y in data:\n        loss = model(x) - y\n        loss.backward()\n    return loss\n",
    "int main(void) {\n\tprintf(\"hello, world\\n\");\n\treturn 0;\n}\n",
    "if (a != b && c <= d) { x += 1; } else { y -= 2; } // done\n",
    "    indented line\n        more indented\n\n\n   three blank lines above\n",
    "Tabs\tseparate\tcolumns\tin\tthis\tline.\r\nWindows line ending above.\r\n",
    "Multiple   spaces   between   words,  and  trailing spaces   ",
    "Numbers: 0 1 2 3 4 5 6 7 8 9 10 42 100 256 1024 65536 3141592653589793",
    "Math: α + β = γ; ∑ x² ≤ ∞; ½ + ¼ = ¾; 10⁻³; √2 ≈ 1.414.",
    "Quotes: \"double\", 'single', “curly”, ‘curly single’, «guillemets».",
    "URLs like https://example.com/path?q=1&r=2#frag and emails like a.b@c.org.",
    "UPPER CASE WORDS AND lower case words And Title Case Words.",
    "He said: 'They're here, we're ready, you'd better come.' I'll go.",
]


def corpus_iter(repeat=3):
    for _ in range(repeat):
        for line in CORPUS:
            yield line


def make_gpt2():
    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    tok.post_processor = processors.ByteLevel(trim_offsets=True)
    tr = trainers.BpeTrainer(vocab_size=1000, show_progress=False,
                             initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
                             special_tokens=["<|endoftext|>"])
    tok.train_from_iterator(corpus_iter(), tr)
    tok.add_special_tokens([AddedToken("<mask>", lstrip=True, special=True, normalized=False)])
    tok.add_tokens([AddedToken("xyzzy", normalized=True),
                    AddedToken("qux", single_word=True, normalized=False)])
    j = json.loads(tok.to_str())
    # The old merges format ("a b"); byte-level tokens never contain a space.
    merges = j["model"]["merges"]
    assert all(" " not in a and " " not in b for a, b in merges)
    j["model"]["merges"] = [f"{a} {b}" for a, b in merges]
    return j


def make_llama():
    # Training: the legacy normalizer, and a split before each "▁" so no merge
    # crosses a word boundary (SentencePiece trains that way).
    tok = Tokenizer(models.BPE(unk_token="<unk>", byte_fallback=True, fuse_unk=True))
    tok.normalizer = normalizers.Sequence([normalizers.Prepend("▁"), normalizers.Replace(" ", "▁")])
    tok.pre_tokenizer = pre_tokenizers.Split("▁", behavior="merged_with_next")
    tr = trainers.BpeTrainer(vocab_size=800 - 259, show_progress=False, limit_alphabet=110)
    tok.train_from_iterator(corpus_iter(), tr)
    j = json.loads(tok.to_str())
    # Llama's layout: <unk> <s> </s>, the 256 byte tokens, then the pieces.
    vocab = {"<unk>": 0, "<s>": 1, "</s>": 2}
    for b in range(256):
        vocab[f"<0x{b:02X}>"] = 3 + b
    for piece, _ in sorted(j["model"]["vocab"].items(), key=lambda kv: kv[1]):
        if piece not in vocab:
            vocab[piece] = len(vocab)
    j["model"]["vocab"] = vocab
    j["model"]["byte_fallback"] = True
    j["model"]["fuse_unk"] = True
    j["model"]["unk_token"] = "<unk>"
    j["pre_tokenizer"] = None
    j["added_tokens"] = [
        {"id": i, "content": c, "single_word": False, "lstrip": False, "rstrip": False,
         "normalized": False, "special": True}
        for i, c in enumerate(["<unk>", "<s>", "</s>"])]
    j["post_processor"] = {
        "type": "TemplateProcessing",
        "single": [{"SpecialToken": {"id": "<s>", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}}],
        "pair": [{"SpecialToken": {"id": "<s>", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                 {"SpecialToken": {"id": "<s>", "type_id": 1}}, {"Sequence": {"id": "B", "type_id": 1}}],
        "special_tokens": {"<s>": {"id": "<s>", "ids": [1], "tokens": ["<s>"]}},
    }
    j["decoder"] = {"type": "Sequence", "decoders": [
        {"type": "Replace", "pattern": {"String": "▁"}, "content": " "},
        {"type": "ByteFallback"},
        {"type": "Fuse"},
        {"type": "Strip", "content": " ", "start": 1, "stop": 0}]}
    return j


def make_llama3():
    tok = Tokenizer(models.BPE(ignore_merges=True))
    tok.pre_tokenizer = pre_tokenizers.Sequence([
        pre_tokenizers.Split(Regex(LLAMA3_PATTERN), behavior="isolated", invert=False),
        pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False)])
    tok.decoder = decoders.ByteLevel()
    tr = trainers.BpeTrainer(vocab_size=1000, show_progress=False,
                             initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
                             special_tokens=["<|begin_of_text|>", "<|end_of_text|>"])
    tok.train_from_iterator(corpus_iter(), tr)
    tok.post_processor = processors.TemplateProcessing(
        single="<|begin_of_text|> $A", pair="<|begin_of_text|> $A <|begin_of_text|>:1 $B:1",
        special_tokens=[("<|begin_of_text|>", tok.token_to_id("<|begin_of_text|>"))])
    j = json.loads(tok.to_str())
    j["model"]["ignore_merges"] = True
    return j


# Tricky strings, each encoded by every tokenizer with and without special tokens.
TRICKY = [
    "", " ", "  ", "   ", "\n", "\n\n", "\t", "\r\n", " \n ", "a", "Hello", "Hello world",
    " Hello world", "Hello world ", "Hello  world", "   leading spaces", "trailing spaces   ",
    "a\tb\n\nc\r\nd", "line one\nline two\n", "  \n  \n  x",
    "It's you're we've I'm they'll he'd", "IT'S YOU'RE WE'VE I'M", "don't 'quoted' ''s",
    "ſ's 'S 'Ll", "café naïve résumé Zürich Dvořák", "Straße ẞ ß ﬁ ǅ Æ",
    "A\u0301 e\u0301 combining marks", "日本語のテキストです。", "中文测试，标点。", "한국어",
    "Привет мир", "مرحبا بالعالم", "नमस्ते दुनिया", "😀🎉👍🏽 emoji 🇫🇷", "🏳️‍🌈 👨‍👩‍👧",
    "12345 3.14159 1,000,000 0007", "1234567890123456789", "x² ½ Ⅻ ⅻ ١٢٣",
    "x = foo(bar, 42);  // comment", "def f(x):\n    return x**2\n", "\tindented\n\t\tmore",
    "<|endoftext|>", "a<|endoftext|>b", "  <|endoftext|>  ", "<|endoftext|><|endoftext|>",
    "<s>Hello</s>", " <s> hi </s> ", "<s><s>", "<unk>", "<0x41>", "<|begin_of_text|>hi there",
    "<|end_of_text|>\n", "x <mask> y", "x    <mask>", "<mask>", "xyzzy qux quxx aqux qux.",
    "\u00a0nbsp\u2003em\u3000ideo\u2028ls", "zero\u200bwidth\ufeffbom", "\x00nul\x01ctl\x7f",
    "mixed 123abc!!! ?? ...", "supercalifragilisticexpialidocious", "Ω≈ç√∫˜µ≤≥÷",
    "The movie was absolutely wonderful.", "Question: What is the capital of France?",
    "\U0001F600" * 5, "a" * 40, " " * 17 + "x", "!!!abc ???def", "'s", "' s", "\u0085next",
    "\ufffd replacement", "\U000E0001 tag \U0010FFFD private",
]


# Byte sequences that are not UTF-8 (surrogates, overlongs, beyond U+10FFFF,
# truncated, stray continuation bytes) and some that are, decoded from byte
# tokens, to pin down how each decoder repairs them.
BYTE_SEQS = [
    [0xED, 0xA0, 0x80], [0xE0, 0x80, 0x80], [0xF0, 0x80, 0x80, 0x80], [0xF4, 0x90, 0x80, 0x80],
    [0xC0, 0xAF], [0xC1, 0xBF], [0xE4, 0xB8], [0xE4, 0xB8, 0x41], [0xFF], [0xFE, 0x41], [0x80],
    [0xBF, 0x80, 0x41], [0xF0, 0x9F, 0x98], [0xF0, 0x9F, 0x98, 0x80], [0xE4, 0xB8, 0xAD],
    [0xF5, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xC3], [0xC3, 0xA9, 0xC3], [0xED, 0x9F, 0xBF],
    [0xEF, 0xBF, 0xBD], [0xE1, 0x80, 0xE1, 0x80, 0x80], [0x00, 0x0A, 0x7F],
]


def bytes_to_unicode():
    bs = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1)) + list(range(ord("®"), ord("ÿ") + 1))
    cs = bs[:]
    n = 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    return {b: chr(c) for b, c in zip(bs, cs)}


def decode_cases(name, tok):
    """Id sequences mixing byte tokens, ordinary tokens and special tokens."""
    if name == "llama":
        byte_id = lambda b: tok.token_to_id(f"<0x{b:02X}>")
        specials = [1, 2]
    else:
        m = bytes_to_unicode()
        byte_id = lambda b: tok.token_to_id(m[b])
        specials = sorted(i for i, t in tok.get_added_tokens_decoder().items() if t.special)[:2]
    word = tok.encode("Hello world").ids
    out = []
    for i, seq in enumerate(BYTE_SEQS):
        ids = [byte_id(b) for b in seq]
        assert None not in ids, (name, seq)
        if i % 3 == 1:
            ids = word + ids
        if i % 3 == 2:
            ids = [specials[i % len(specials)]] + ids + word + [specials[0]] + ids
        out.append(ids)
    out.append(specials + word + specials)
    out.append([])
    return out


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "data", "tok")
    os.makedirs(out, exist_ok=True)
    toks = {"gpt2": make_gpt2(), "llama": make_llama(), "llama3": make_llama3()}
    lines = []
    for name, j in toks.items():
        text = json.dumps(j, ensure_ascii=False, separators=(",", ":"))
        with open(os.path.join(out, name + ".json"), "w", encoding="utf-8") as f:
            f.write(text)
        tok = Tokenizer.from_str(text)
        for s in TRICKY:
            for add_special in (False, True):
                ids = tok.encode(s, add_special_tokens=add_special).ids
                lines.append(json.dumps({
                    "tok": name, "text": s, "add_special": add_special, "ids": ids,
                    "decoded": tok.decode(ids, skip_special_tokens=False),
                    "decoded_skip": tok.decode(ids, skip_special_tokens=True)}, ensure_ascii=False))
        for ids in decode_cases(name, tok):
            for skip in (False, True):
                lines.append(json.dumps({"tok": name, "decode_ids": ids, "skip": skip,
                                         "text": tok.decode(ids, skip_special_tokens=skip)}, ensure_ascii=False))
    with open(os.path.join(out, "expected.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
