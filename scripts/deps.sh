#!/usr/bin/env bash
# deps.sh — installs what zoc needs on Debian 12 (as root; uses sudo otherwise)
# and makes the Python venv of test oracles (.venv: numpy, safetensors,
# tokenizers, ml_dtypes). Does nothing that is already done.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
pkgs=(build-essential cmake pkg-config flex bison check libsubunit-dev libjansson-dev
      libutf8proc-dev libssl-dev llvm-14-dev librandom123-dev clang python3 python3-venv strace)
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
  # NVRTC for the GPU backend's compile test (tests/test_cuda.c; no GPU needed):
  # runtime/cuda_rt.c finds .venv/lib/python3.X/site-packages/nvidia/cuda_nvrtc/lib
  if ! ls "$here"/.venv/lib/python3*/site-packages/nvidia/cuda_nvrtc/lib/libnvrtc.so* >/dev/null 2>&1; then
    echo "installing NVRTC (nvidia-cuda-nvrtc-cu12) into .venv"
    "$here/.venv/bin/pip" install -q nvidia-cuda-nvrtc-cu12
  fi
fi
