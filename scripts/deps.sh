#!/usr/bin/env bash
# deps.sh — installs what zoc needs on Debian 12 (as root; uses sudo otherwise)
# and makes the Python venv of test oracles (.venv: numpy, safetensors,
# tokenizers, ml_dtypes). Does nothing that is already done.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
pkgs=(build-essential cmake pkg-config flex bison check libsubunit-dev libjansson-dev
      libutf8proc-dev llvm-14-dev librandom123-dev clang python3 python3-venv)
missing=()
for p in "${pkgs[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  echo "installing: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [ "${1:-}" = "--with-python" ]; then
  if ! "$here/.venv/bin/python" -c 'import numpy, safetensors, tokenizers, ml_dtypes' 2>/dev/null; then
    echo "making the Python test oracles' venv in .venv"
    python3 -m venv "$here/.venv"
    "$here/.venv/bin/pip" install -q numpy safetensors tokenizers ml_dtypes
  fi
fi
