"""data_oracle.py — the Python side of tests/test_data.c (runtime/data.c, runtime/metrics.c).

Independent of zoc: the prompts come from MeZO's own template code
(large_models/templates.py, transcribed below) and its encode_prompt() string
handling; ids from the official `tokenizers` library; the sampling permutation
from numpy's legacy generator; SQuAD scores from the official SQuAD v1.1
evaluation script's functions (transcribed below).

Usage:
  data_oracle.py perm IN.json OUT.json
      IN: [[seed, n], ...].  OUT: [perm, ...], perm = np.random.seed(seed);
      np.random.permutation(n) (a seed >= 2**32, which np.random.seed refuses,
      as the array [seed & 0xffffffff, seed >> 32], zoc's documented extension).
  data_oracle.py squad SEED N OUT.json
      N fresh random cases {pred, golds, norm_pred, norm_golds, f1, em, lower,
      strip, lstrip, rstrip, upper_first}; floats as float.hex().
  data_oracle.py tasks SEED NREC OUTDIR TOKENIZER.json...
      Writes OUTDIR/<task>.jsonl with NREC fresh random records per built-in task
      and OUTDIR/expected.jsonl: per record and tokenizer the texts and ids (see
      expected_for()).
"""
import json
import os
import random
import re
import string
import sys
from collections import Counter

# ------------------------------------------------------------ SQuAD v1.1 (official evaluate-v1.1.py)


def normalize_answer(s):
    """Lower text and remove punctuation, articles and extra whitespace."""
    def remove_articles(text):
        return re.sub(r'\b(a|an|the)\b', ' ', text)

    def white_space_fix(text):
        return ' '.join(text.split())

    def remove_punc(text):
        exclude = set(string.punctuation)
        return ''.join(ch for ch in text if ch not in exclude)

    def lower(text):
        return text.lower()

    return white_space_fix(remove_articles(remove_punc(lower(s))))


def f1_score(prediction, ground_truth):
    prediction_tokens = normalize_answer(prediction).split()
    ground_truth_tokens = normalize_answer(ground_truth).split()
    common = Counter(prediction_tokens) & Counter(ground_truth_tokens)
    num_same = sum(common.values())
    if num_same == 0:
        return 0
    precision = 1.0 * num_same / len(prediction_tokens)
    recall = 1.0 * num_same / len(ground_truth_tokens)
    f1 = (2 * precision * recall) / (precision + recall)
    return f1


def exact_match_score(prediction, ground_truth):
    return normalize_answer(prediction) == normalize_answer(ground_truth)


def metric_max_over_ground_truths(metric_fn, prediction, ground_truths):
    return max(metric_fn(prediction, gt) for gt in ground_truths)


# ------------------------------------------------------------ random text

WORDS = ("the a an The THE An A theater another and of in to was is it movie film great plot "
         "river city council budget premise question answer Denver Broncos Super Bowl 1998 "
         "naïve café Zürich Straße ΣΟΦΟΣ ΟΔΟΣ Σ ὈΔΥΣΣΕΎΣ İstanbul Ǆemal ǅ 東京 北京 Привет мир "
         "١٢٣ ½ Ⅻ x_y don't it's rock'n'roll e-mail U.S.A. 3.14 1,000 Ⅷ ǰ ŉ ﬁne ﬀ ß "
         "ᾳ ΐ ﬅ and/or").split()
PUNCT = list(string.punctuation) + ["...", "—", "–", "«", "»", "“", "”", "¿", "¡", "…", "·", "・", "、"]
SPACES = [" ", "  ", "\t", "\n", "\u00a0", "\u2003", "\u3000", "\x1c", "\x85", "\u2028", " \n ", "\r\n"]
EMOJI = ["😀", "🎉", "👍🏽", "❤️", "🚀"]


def random_codepoint(rng, space_ok=True):
    """A code point Python 3.11 (Unicode 14) and utf8proc (15.0) agree on:
    assigned in Unicode 14, not a surrogate or private use."""
    import unicodedata
    while True:
        c = chr(rng.randrange(0x80, 0x10000) if rng.random() < 0.8 else rng.randrange(0x10000, 0x20000))
        if unicodedata.category(c) not in ("Cn", "Cs", "Co") and (space_ok or not c.isspace()):
            return c


def random_squad_text(rng):
    parts = []
    for _ in range(rng.randint(0, 9)):
        r = rng.random()
        if r < 0.45:
            parts.append(rng.choice(WORDS))
        elif r < 0.6:
            parts.append(rng.choice(PUNCT))
        elif r < 0.8:
            parts.append(rng.choice(SPACES))
        elif r < 0.85:
            parts.append(rng.choice(EMOJI))
        else:
            parts.append("".join(random_codepoint(rng) for _ in range(rng.randint(1, 3))))
        if rng.random() < 0.6:
            parts.append(" ")
    return "".join(parts)


def cmd_squad(seed, n, out):
    rng = random.Random(seed)
    cases = []
    for _ in range(n):
        golds = [random_squad_text(rng) for _ in range(rng.randint(1, 4))]
        r = rng.random()
        if r < 0.3:                   # a prediction that overlaps a gold answer
            g = rng.choice(golds).split()
            pred = " ".join(g[rng.randrange(len(g) + 1):] + [rng.choice(WORDS)] * rng.randint(0, 2)) if g else ""
        elif r < 0.45:                # gold words repeated and shuffled: Counter & Counter takes minimums
            g = rng.choice(golds).split()
            g = g * rng.randint(1, 3) + [rng.choice(WORDS) for _ in range(rng.randint(0, 2))]
            rng.shuffle(g)
            pred = " ".join(g[:rng.randint(0, len(g))])
        else:
            pred = random_squad_text(rng)
        cases.append({
            "pred": pred, "golds": golds,
            "norm_pred": normalize_answer(pred), "norm_golds": [normalize_answer(g) for g in golds],
            "f1": float(metric_max_over_ground_truths(f1_score, pred, golds)).hex(),
            "em": float(metric_max_over_ground_truths(exact_match_score, pred, golds)).hex(),
            "lower": pred.lower(), "strip": pred.strip(), "lstrip": pred.lstrip(), "rstrip": pred.rstrip(),
            "upper_first": pred[:1].upper() + pred[1:],
        })
    with open(out, "w", encoding="utf-8") as f:
        json.dump(cases, f, ensure_ascii=True)


# ------------------------------------------------------------ sampling


def cmd_perm(inp, out):
    import numpy as np
    res = []
    for seed, n in json.load(open(inp)):
        if seed < 2**32:
            np.random.seed(seed)
        else:
            try:                       # numpy refuses it: zoc's array convention is documented in data.h
                np.random.seed(seed)
                raise SystemExit("np.random.seed accepted %d" % seed)
            except ValueError:
                pass
            np.random.seed([seed & 0xffffffff, seed >> 32])
        res.append(np.random.permutation(n).tolist())
    with open(out, "w") as f:
        json.dump(res, f)


# ------------------------------------------------------------ MeZO's templates (large_models/templates.py)
# Each takes the record as the dataset gives it (HF field names) and returns
# (encode(sample), [verbalize(sample, c) for c in candidates], correct index).


def sst2(d):
    verbalizer = {0: "terrible", 1: "great"}
    text = (d["sentence"] if "sentence" in d else d["text"]).strip()
    lab = {0: 0, 1: 1, "negative": 0, "positive": 1}[d["label"]]
    return f"{text} It was", [f"{text} It was {verbalizer[c]}" for c in (0, 1)], lab


def rte(d):
    verbalizer = {0: "Yes", 1: "No"}
    premise = d["premise"] if "premise" in d else d["sentence1"]
    hypothesis = d["hypothesis"] if "hypothesis" in d else d["sentence2"]
    lab = {0: 0, 1: 1, "entailment": 0, "not_entailment": 1}[d["label"]]
    enc = f"{premise}\nDoes this mean that \"{hypothesis}\" is true? Yes or No?\n"
    return enc, [enc + verbalizer[c] for c in (0, 1)], lab


def cb(d):
    verbalizer = {0: "Yes", 1: "No", 2: "Maybe"}
    premise, hypothesis = d["premise"], d["hypothesis"]
    lab = {0: 0, 1: 1, 2: 2, "entailment": 0, "contradiction": 1, "neutral": 2}[d["label"]]
    enc = f"Suppose {premise} Can we infer that \"{hypothesis}\"? Yes, No, or Maybe?\n"
    return enc, [enc + verbalizer[c] for c in (0, 1, 2)], lab


def boolq(d):   # BoolQTemplateV3; MeZO's BoolQDataset: candidates ["Yes", "No"], correct "Yes" if answer
    passage = d["passage"]
    question = d["question"]
    if not question.endswith("?"):
        question = question + "?"
    question = question[0].upper() + question[1:]
    ans = d["answer"] if "answer" in d else bool(d["label"])
    enc = f"{passage} {question}\n"
    return enc, [f"{passage} {question}\n{c}" for c in ("Yes", "No")], 0 if ans else 1


def squad(d):   # SQuADv2Template; MeZO's SQuADDataset: answers = example['answers']['text']
    a = d["answers"]["text"] if isinstance(d.get("answers"), dict) else d["answers"] if "answers" in d else [d["answer"]]
    question = d["question"].strip()
    title, context, answer = d["title"], d["context"], a[0]
    enc = f"Title: {title}\nContext: {context}\nQuestion: {question}\nAnswer:"
    return enc, [f"Title: {title}\nContext: {context}\nQuestion: {question}\nAnswer: {answer}\n"], 0, a


TEMPLATES = {"sst2": sst2, "rte": rte, "cb": cb, "boolq": boolq, "squad": squad}


def random_text(rng, lo, hi, pad=True):
    words = []
    for _ in range(rng.randint(lo, hi)):
        r = rng.random()
        if r < 0.75:
            words.append(rng.choice(WORDS))
        elif r < 0.87:
            words.append(rng.choice(PUNCT))
        elif r < 0.92:
            words.append(rng.choice(EMOJI))
        else:
            # no white space: a word never vanishes under strip(), so a field is never
            # blank (MeZO's lstrip of the whole prompt would then eat the template
            # text after it; docs/tasks.md)
            words.append("".join(random_codepoint(rng, False) for _ in range(rng.randint(1, 2))))
    sep = lambda: rng.choice([" "] * 8 + ["  ", "\n", "\t", "\u00a0"])
    s = words[0] + "".join(sep() + w for w in words[1:])
    if pad and rng.random() < 0.4:
        s = rng.choice(SPACES) + s
    if pad and rng.random() < 0.4:
        s = s + rng.choice(SPACES)
    return s


def random_record(task, rng, i):
    pick = lambda *xs: rng.choice(xs)
    if task == "sst2":
        lab = rng.randrange(2)
        r = {pick("sentence", "text"): random_text(rng, 1, 25), "label": lab if rng.random() < 0.8 else ["negative", "positive"][lab], "idx": i}
    elif task == "rte":
        lab = rng.randrange(2)
        names = pick(("premise", "hypothesis"), ("sentence1", "sentence2"))
        r = {names[0]: random_text(rng, 1, 40), names[1]: random_text(rng, 1, 15),
             "label": lab if rng.random() < 0.7 else ["entailment", "not_entailment"][lab], "idx": i}
    elif task == "cb":
        lab = rng.randrange(3)
        r = {"premise": random_text(rng, 1, 40), "hypothesis": random_text(rng, 1, 15),
             "label": lab if rng.random() < 0.7 else ["entailment", "contradiction", "neutral"][lab], "idx": i}
    elif task == "boolq":
        q = random_text(rng, 1, 12, pad=False)
        if rng.random() < 0.3:
            q = pick("is ", "does ", "ß ", "ŉ ", "ﬁ ", "élan ", "ǆ ", "ΐ ", "ᾳ ", " ", "¿") + q
        if rng.random() < 0.3:
            q += "?"
        if rng.random() < 0.5:
            r = {"question": q, "answer": rng.random() < 0.5, "passage": random_text(rng, 1, 60)}
        else:
            r = {"question": q, "label": rng.randrange(2), "passage": random_text(rng, 1, 60), "idx": i}
    else:
        answers = [random_text(rng, 1, 4) for _ in range(rng.randint(1, 3))]
        r = {"id": str(i), "title": random_text(rng, 1, 3), "context": random_text(rng, 5, 80),
             "question": random_text(rng, 1, 12)}
        form = rng.randrange(3)
        if form == 0:
            r["answers"] = {"text": answers, "answer_start": [0] * len(answers)}
        elif form == 1:
            r["answers"] = answers
        else:
            r["answer"] = answers[0]
    return r


def expected_for(task, rec, tok):
    """MeZO's texts for REC and the ids zoc must produce.

    MeZO (utils.encode_prompt, zero-shot as in training: no demonstrations,
    train_sep "\\n\\n"): model input for candidate c = encode(
    ("\\n\\n" + verbalize(c).strip(' ')).lstrip().strip(' ')); its option length
    = len(encode(verbalize(c).strip(' '))) - len(encode(encode_fn().strip(' '))).
    The prompt MeZO generates from is ("\\n\\n" + encode_fn().strip(' ')).lstrip().strip(' ').
    zoc's rule (data.h): prompt ids = encode(prompt, special); candidate ids =
    the ids of prompt+candidate (no special tokens) after the prompt's when
    those are a prefix, else the candidate encoded alone."""
    out = TEMPLATES[task](rec)
    enc_text, verbalized, label = out[0], out[1], out[2]
    answers = out[3] if len(out) > 3 else None
    prompt = ("\n\n" + enc_text.strip(' ')).lstrip().strip(' ')
    finals = [("\n\n" + v.strip(' ')).lstrip().strip(' ') for v in verbalized]
    split_ok = all(f.startswith(prompt) and len(f) > len(prompt) for f in finals)
    cands = [f[len(prompt):] for f in finals]
    e = lambda s, sp: tok.encode(s, add_special_tokens=sp).ids
    prompt_ids, plain = e(prompt, True), e(prompt, False)
    cand_ids, mezo_same = [], True
    for c, f, v in zip(cands, finals, verbalized):
        joint = e(prompt + c, False)
        ids = joint[len(plain):] if len(joint) > len(plain) and joint[:len(plain)] == plain else e(c, False)
        cand_ids.append(ids)
        full = e(f, True)
        option_len = len(e(v.strip(' '), True)) - len(e(enc_text.strip(' '), True))
        mezo_same &= prompt_ids + ids == full and option_len == len(ids)
    return {"prompt": prompt, "cands": cands, "label": label, "answers": answers, "split_ok": split_ok,
            "prompt_ids": prompt_ids, "cand_ids": cand_ids, "mezo_same": mezo_same}


def cmd_tasks(seed, nrec, outdir, toks):
    from tokenizers import Tokenizer
    rng = random.Random(seed)
    tokenizers = [(p, Tokenizer.from_file(p)) for p in toks]
    lines = []
    for task in TEMPLATES:
        path = os.path.join(outdir, task + ".jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for i in range(nrec):
                rec = random_record(task, rng, i)
                text = json.dumps(rec, ensure_ascii=rng.random() < 0.5)
                f.write(text + "\n")
                for tpath, tok in tokenizers:
                    x = expected_for(task, rec, tok)
                    x.update({"task": task, "file": path, "tok": tpath, "line": i + 1, "record": text})
                    lines.append(x)
    with open(os.path.join(outdir, "expected.jsonl"), "w", encoding="utf-8") as f:
        for x in lines:
            f.write(json.dumps(x, ensure_ascii=True) + "\n")


def main():
    cmd = sys.argv[1]
    if cmd == "perm":
        cmd_perm(sys.argv[2], sys.argv[3])
    elif cmd == "squad":
        cmd_squad(int(sys.argv[2]), int(sys.argv[3]), sys.argv[4])
    elif cmd == "tasks":
        cmd_tasks(int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5:])
    else:
        raise SystemExit("unknown command " + cmd)


if __name__ == "__main__":
    main()
