#!/usr/bin/env bash
# fuzz.sh [SECONDS] [TARGET...] — builds the libFuzzer targets (clang,
# AddressSanitizer, UBSan, leak checks) and runs each for SECONDS (default
# 600), one after the other: all four, or the TARGETs named.
#
#   fuzz_parse        the language: parser + checker, every model and recipe
#                     of an input that parses through the whole pipeline
#   fuzz_safetensors  the safetensors header and file validation, and the
#                     sharded index (runtime/safetensors.c)
#   fuzz_tokenizer    tokenizer.json loading, then encoding and decoding
#                     (runtime/tokenizer.c)
#   fuzz_data         JSONL records through the bundled tasks and a user
#                     TEMPLATE.json, lm token lines, the items made of them
#                     (runtime/data.c, zo_lm_load, zo_items_check)
#
# Each target starts from its seeds (tests/fuzz/corpus for fuzz_parse,
# tests/fuzz/corpus_<name> for the others, made by tests/fuzz/make_seeds.py)
# and its regressions (tests/fuzz/regress/<target>/), with its dictionary, and
# keeps what it learns in .fuzz/<target>/corpus. A crash, leak, timeout or
# out-of-memory does not stop the run: libFuzzer saves the input as
# .fuzz/<target>/{crash,leak,timeout,oom}-HASH and the run goes on for the
# time left. The last line per target says how many executions, the corpus
# size and the findings of this run; .fuzz/<target>/log.txt has the details.
#
# A finding: reproduce it with `.fuzz/build/<target> FILE` (its message and
# stack trace; ZOC_PATH=models for fuzz_parse), fix it, then keep it as a
# regression — for fuzz_parse in tests/diag/ (exact message) or
# tests/fuzz/regress/ (a case in tests/test_cli.c); for the others in
# tests/fuzz/regress/<target>/ with a case in tests/test_safetensors.c,
# tests/test_tokenizer.c or tests/test_data.c that runs it through the
# library or the CLI and checks the clear error. Then delete the artifact.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
secs=${1:-600}
[[ $secs =~ ^[0-9]+$ ]] || { echo "usage: fuzz.sh [SECONDS] [TARGET...]" >&2; exit 2; }
shift || true
all=(fuzz_parse fuzz_safetensors fuzz_tokenizer fuzz_data)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")
for t in "${targets[@]}"; do
  [[ " ${all[*]} " == *" $t "* ]] || { echo "fuzz.sh: unknown target $t (${all[*]})" >&2; exit 2; }
done

"$here/scripts/deps.sh"
command -v clang >/dev/null || { apt-get update -qq && apt-get install -y -qq clang; }
b="$here/.fuzz/build"
CC=clang cmake -S "$here" -B "$b" -DZOC_FUZZ=ON -DZOC_WITH_LLVM=OFF -DBUILD_TESTING=OFF \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$b" --target "${all[@]}" -j "$(nproc)"

# UBSan reports only print by default: halt, so libFuzzer keeps the input
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export ASAN_OPTIONS=detect_leaks=1
export ZOC_PATH="$here/models"
declare -A seeds=([fuzz_parse]=corpus [fuzz_safetensors]=corpus_safetensors
                  [fuzz_tokenizer]=corpus_tokenizer [fuzz_data]=corpus_data)
declare -A dicts=([fuzz_parse]=zo.dict [fuzz_safetensors]=safetensors.dict
                  [fuzz_tokenizer]=tokenizer.dict [fuzz_data]=data.dict)
declare -A maxlen=([fuzz_parse]=4096 [fuzz_safetensors]=4096 [fuzz_tokenizer]=32768 [fuzz_data]=8192)
summary=()
for t in "${targets[@]}"; do
  w="$here/.fuzz/$t"
  mkdir -p "$w/corpus" "$w/tmp"
  stamp="$w/.started"
  : >"$stamp"
  dirs=("$w/corpus" "$here/tests/fuzz/${seeds[$t]}")
  [ -d "$here/tests/fuzz/regress/$t" ] && dirs+=("$here/tests/fuzz/regress/$t")
  start=$(date +%s)
  execs=0
  runs=0
  echo "== $t: $secs s (log: $w/log.txt)"
  # one libFuzzer run to the end of the time, or to a finding; then again for
  # the time left (a finding is not added to the corpus, so it costs a restart)
  while :; do
    left=$((secs - ($(date +%s) - start)))
    [ "$left" -gt 0 ] || break
    runs=$((runs + 1))
    log="$w/run.log"
    # stderr closed in the target (every bad input prints its message);
    # libFuzzer and the sanitizers keep theirs
    (cd "$w" && TMPDIR="$w/tmp" "$b/$t" -max_total_time="$left" -timeout=10 -rss_limit_mb=3000 \
        -max_len="${maxlen[$t]}" -close_fd_mask=2 -print_final_stats=1 -artifact_prefix="$w/" \
        -dict="$here/tests/fuzz/${dicts[$t]}" "${dirs[@]}") >"$log" 2>&1 || true
    cat "$log" >>"$w/log.txt"
    n=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    execs=$((execs + ${n:-0}))
    grep -q '^stat::number_of_executed_units' "$log" || { echo "fuzz.sh: $t stopped without its statistics:" >&2; tail -20 "$log" >&2; break; }
    [ "$runs" -lt 1000 ] || break
  done
  rm -rf "$w/tmp"
  corpus=$(find "$w/corpus" -type f | wc -l)
  found=$(find "$w" -maxdepth 1 -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) -newer "$stamp" | wc -l)
  took=$(($(date +%s) - start))
  line="$t: $took s, $execs executions ($((execs / (took > 0 ? took : 1)))/s), corpus $corpus inputs, $found findings this run"
  [ "$found" -eq 0 ] || line="$line: $(find "$w" -maxdepth 1 -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) -newer "$stamp" -printf '%f ' )"
  echo "$line"
  summary+=("$line")
done
echo "== summary"
printf '%s\n' "${summary[@]}"
