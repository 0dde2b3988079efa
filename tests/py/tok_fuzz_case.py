"""tok_fuzz_case.py — the oracle for a fuzz_tokenizer input kept as a
regression (tests/fuzz/regress/fuzz_tokenizer/, tests/test_tokenizer.c).

Usage: tok_fuzz_case.py CASE
CASE is what the fuzz target reads: a tokenizer.json, a NUL byte, a text.
Prints one JSON object: {"ids": [...], "ids_special": [...]} (the text
encoded without and with the post-processor by the `tokenizers` library), or
{"refused": MESSAGE} when the library cannot load the file or encode the text
(it panics on some files zoc reads, e.g. a continuing_subword_prefix that a
merge's right part lacks).
"""
import json
import sys

from tokenizers import Tokenizer


def main():
    with open(sys.argv[1], "rb") as f:
        data = f.read()
    spec, _, text = data.partition(b"\0")
    try:
        tok = Tokenizer.from_str(spec.decode("utf-8"))
        s = text.decode("utf-8")
        out = {"ids": tok.encode(s, add_special_tokens=False).ids,
               "ids_special": tok.encode(s, add_special_tokens=True).ids}
    except BaseException as e:  # a Rust panic arrives as pyo3's PanicException, a BaseException
        out = {"refused": str(e)}
    print(json.dumps(out))


if __name__ == "__main__":
    main()
