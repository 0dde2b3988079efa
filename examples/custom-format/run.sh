#!/usr/bin/env bash
# custom-format/run.sh [WORKDIR] — a quantization format zoc does not ship
# (q4sym.zo) runs end to end without a hand-written kernel: a random
# checkpoint packed in it, the generated CPU kernels against the plain-C
# reference, 30 QZO steps on its scales, and the seed log replayed to the
# same bytes. ZOC=path/to/zoc (default: build/zoc of this checkout).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
zoc=${ZOC:-$here/../../build/zoc}
work=${1:-$(mktemp -d)}
mkdir -p "$work" && cd "$work"
model=("$here/q4sym.zo" --model tiny -D 'W=q4sym(G=16)')

"$zoc" random-weights "${model[@]}" --seed 1 -o w.safetensors
awk 'BEGIN { srand(1); for (i = 0; i < 64; i++) { printf "{\"tokens\": ["
             for (t = 0; t < 24; t++) printf "%s%d", (t ? ", " : ""), int(rand() * 64); print "]}" } }' > tokens.jsonl

# the fused dequant + matmul kernels generated for q4sym against the reference
"$zoc" loss "${model[@]}" --weights w.safetensors --data tokens.jsonl --device cpu > cpu.jsonl
"$zoc" loss "${model[@]}" --weights w.safetensors --data tokens.jsonl --device ref > ref.jsonl
paste -d' ' cpu.jsonl ref.jsonl | awk '{ gsub(/[{}",:]/, " "); a = $2; b = $6; r = (a > b ? a - b : b - a) / b
                                         if (r > m) m = r } END { printf "cpu vs reference: %d sequences, largest relative difference %.2g\n", NR, m
                                         exit !(NR == 64 && m <= 1e-5) }'

# QZO on the q4sym scales, then the run rebuilt from the seed log
"$zoc" train "${model[@]}" --recipe qzo --weights w.safetensors --task lm --data tokens.jsonl \
    --train-examples 48 --eval-examples 16 --out run --steps 30 2>&1 | grep -v '^zoc: note'
"$zoc" replay "${model[@]}" --weights w.safetensors --run run -o replayed.safetensors
cmp replayed.safetensors run/model.safetensors
# the fine-tuned checkpoint binds as q4sym again (names, dtypes, shapes) and differs from the start
"$zoc" loss "${model[@]}" --weights run/model.safetensors --data tokens.jsonl > trained.jsonl
! cmp -s trained.jsonl cpu.jsonl
echo "custom-format: ok (the trained checkpoint keeps q4sym's storages; replay gives the same bytes) in $work"
