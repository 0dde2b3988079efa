#!/usr/bin/env bash
# demo.sh — README's first command: installs what zoc needs (scripts/deps.sh),
# configures and builds zoc, then runs `zoc demo`: a small full-precision
# teacher, a 4-bit GPTQ student, and QZO on the student's scales on the CPU
# (about 2 minutes on 2 cores; docs/demo.md). Arguments go to `zoc demo`
# (--quick, --seed N, --steps N, --out DIR, ...).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
"$here/scripts/deps.sh"
build="$here/build"
cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j "$(nproc)" --target zoc >/dev/null
# the run directory goes under build/ (build/zoc-demo, then zoc-demo-2, ...)
cd "$build"
exec "$build/zoc" demo "$@"
