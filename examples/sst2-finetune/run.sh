#!/usr/bin/env bash
# sst2-finetune/run.sh [WORKDIR] — the training path a user takes on a real
# task format: SST-2 examples rendered with MeZO's template and tokenized by a
# Hugging Face tokenizer.json, QZO on a 4-bit tiny model with evaluation along
# the way, metrics and seed log in the run directory, then `zoc replay`
# rebuilds the fine-tuned checkpoint from the initial one and the seed log,
# byte for byte. ZOC=path/to/zoc (default: build/zoc of this checkout).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
zoc=${ZOC:-$src/build/zoc}
work=${1:-$(mktemp -d)}
mkdir -p "$work" && cd "$work"

"$zoc" random-weights "$src/models/tiny.zo" -D V=1024 -o tiny.safetensors
"$zoc" train "$src/models/tiny.zo" -D V=1024 --recipe qzo --weights tiny.safetensors \
    --tokenizer "$src/tests/data/tok/gpt2.json" --task sst2 --data "$src/tests/data/tasks/sst2.jsonl" \
    --train-examples 16 --out run --steps 50 --eval-every 25 2>&1 | grep -v '^zoc: note'
grep -c '"loss_plus"' run/zoc/metrics.jsonl | awk '{ print "metrics.jsonl: " $1 " training lines"; exit !($1 == 50) }'
"$zoc" replay "$src/models/tiny.zo" -D V=1024 --weights tiny.safetensors --run run -o replayed.safetensors
cmp replayed.safetensors run/model.safetensors
echo "sst2-finetune: ok (replayed.safetensors equals run/model.safetensors) in $work"
