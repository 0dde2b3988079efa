#!/usr/bin/env bash
# fuzz.sh [SECONDS] — builds the libFuzzer target (parser + checker: every
# model and recipe of an input that parses goes through the whole pipeline,
# with AddressSanitizer, UBSan and leak checks) and runs it for SECONDS
# (default 600) from tests/fuzz/corpus with the language's dictionary.
# A crash leaves crash-* in .fuzz/: add it to tests/diag/ (exact message) or
# tests/fuzz/regress/ (a test in tests/test_cli.c) and fix it.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
secs=${1:-600}
"$here/scripts/deps.sh"
command -v clang >/dev/null || { apt-get update -qq && apt-get install -y -qq clang; }
b="$here/.fuzz/build"
CC=clang cmake -S "$here" -B "$b" -DZOC_FUZZ=ON -DZOC_WITH_LLVM=OFF -DBUILD_TESTING=OFF >/dev/null
cmake --build "$b" --target fuzz_parse -j "$(nproc)"
mkdir -p "$here/.fuzz/work"
cd "$here/.fuzz"
ZOC_PATH="$here/models" "$b/fuzz_parse" -max_total_time="$secs" -timeout=10 -rss_limit_mb=3000 \
  -dict="$here/tests/fuzz/zo.dict" work "$here/tests/fuzz/corpus"
