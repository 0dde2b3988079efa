#!/usr/bin/env bash
# demo.sh — README's first command: sets up, builds, checks the bundled models
# and prints what the compiler makes of the tiny model under the QZO recipe.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
"$here/scripts/deps.sh"
build="$here/build"
cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j "$(nproc)" --target zoc >/dev/null
zoc="$build/zoc"
echo "== zoc check models/*.zo"
"$zoc" check "$here"/models/*.zo
echo
echo "== zoc ir models/tiny.zo --recipe qzo -D B=8 -D T=64  (after every pass: kernels, perturbed scales, memory plan)"
"$zoc" ir "$here/models/tiny.zo" --recipe qzo -D B=8 -D T=64
echo
echo "== Llama-2-7B, GPTQ 4-bit g128, B=16 T=128: the plan's summary"
"$zoc" ir "$here/models/llama.zo" --recipe qzo -D B=16 -D T=128 | tail -3
