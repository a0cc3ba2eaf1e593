#!/usr/bin/env bash
# Runs each libFuzzer target of Fuzz/ (already built into .build-fuzz/release) for a bounded
# time with a fixed seed, starting from the committed seed corpus, as CI does after the tests.
#
#   scripts/fuzz-ci.sh SECONDS SEED TARGET...      e.g. scripts/fuzz-ci.sh 60 1 markdown pack config
#
# New inputs go to a scratch corpus (.build-fuzz/ci-corpus/<target>, emptied first, so a run
# repeats from the same start); Fuzz/corpus/ is only read. Fuzz/dict/<target>.dict is passed
# with -dict when present. Every target runs even after a failure; any crash, timeout or
# out-of-memory input fails the script and is printed in base64 (libFuzzer prints inputs
# only up to 256 bytes), so a CI log is enough to reproduce it:
#   echo BASE64 | base64 -d > crash && .build-fuzz/release/fuzz-<target> crash
set -uo pipefail
# libFuzzer's -detect_leaks=0 stops the per-input check only; ASan's own check at exit
# reported the same CoreFoundation leaks and failed a clean run with an empty "crash" input.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}"
cd "$(dirname "$0")/.."
seconds=$1 seed=$2
shift 2
failed=()
for target in "$@"; do
  binary=.build-fuzz/release/fuzz-$target
  corpus=.build-fuzz/ci-corpus/$target
  artifacts=.build-fuzz/ci-artifacts/$target
  rm -rf "$corpus" "$artifacts"
  mkdir -p "$corpus" "$artifacts"
  options=(-seed="$seed" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=4096 -detect_leaks=0
    -print_final_stats=1 -artifact_prefix="$artifacts/")
  [ -f "Fuzz/dict/$target.dict" ] && options+=(-dict="Fuzz/dict/$target.dict")
  echo "fuzz-$target: ${seconds} s, -seed=$seed, seeds Fuzz/corpus/$target"
  start=$SECONDS
  "$binary" "${options[@]}" "$corpus" "Fuzz/corpus/$target" 2>&1 | grep -Ev '^#[0-9]+[[:space:]]+(NEW|REDUCE|pulse)'
  status=${PIPESTATUS[0]}
  echo "fuzz-$target: exit code $status after $((SECONDS - start)) s"
  found=0
  for input in "$artifacts"/*; do
    [ -f "$input" ] || continue
    found=1
    echo "fuzz-$target: failing input $(basename "$input") ($(wc -c < "$input") bytes), base64:"
    base64 -w0 "$input"
    echo
  done
  if [ "$status" -ne 0 ] || [ "$found" -ne 0 ]; then failed+=("$target"); fi
done
if [ "${#failed[@]}" -ne 0 ]; then
  echo "fuzz: failed: ${failed[*]} (inputs above; reproduce with .build-fuzz/release/fuzz-<target> FILE)" >&2
  exit 1
fi
echo "fuzz: no crash in $* ($seconds s each, -seed=$seed)"
