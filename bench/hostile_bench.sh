#!/usr/bin/env bash
# Time and peak memory of newskg on large and hostile inputs (issues 12 and 13), measured with
# /usr/bin/time -v. Prints one line per input: the analysis alone (analysis_bench: decoding,
# recognition, extraction, resolution of the one article, CPU seconds without loading the
# lexicons and model) and the whole `newskg build` (wall seconds, peak memory).
# Usage: bench/hostile_bench.sh [BUILD_DIR] (default build/, with newskg, hostile_input and
# analysis_bench built). The inputs are generated into a temporary folder and removed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
build=${1:-build}
for program in newskg hostile_input analysis_bench; do
  [ -x "$build/$program" ] || { echo "hostile_bench: $build/$program missing; build it first" >&2; exit 1; }
done
[ -x /usr/bin/time ] || { echo "hostile_bench: /usr/bin/time missing (Debian package time)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Prints "S s, M MB" of a command from /usr/bin/time -v's report; the command's exit status
# does not matter (refused inputs are measured too).
measure() {
  /usr/bin/time -v "$@" > "$work/stdout" 2> "$work/time" || true
  local wall rss
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time" |
         awk -F: '{ s = 0; for (i = 1; i <= NF; ++i) s = s * 60 + $i; printf "%.2f", s }')
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time")
  printf '%6s s %6d MB' "$wall" $((rss / 1024))
}

printf '%-34s %10s  %-28s  %s\n' input bytes "analysis (CPU, no loading)" "newskg build (wall, peak)"
run() {
  local name=$1 kind=$2 bytes=$3
  local file="$work/$name.txt"
  "$build/hostile_input" "$kind" "$bytes" > "$file"
  local analysis
  analysis=$("$build/analysis_bench" "$file" 2>&1 | sed -n 's/.*analysis \([0-9.]*\).*/\1 s/p')
  [ -n "$analysis" ] || analysis="refused"
  printf '%-34s %10d  %-28s  ' "$name" "$(stat -c %s "$file")" "$analysis"
  measure "$build/newskg" build --force -o "$work/out" "$file"
  printf '\n'
}

run "word of 100,000 letters" word 100000
run "100 kB line of names, no end" sentence 100000
run "100 kB of capitals 'A A A'" capitals 99998
run "100 kB of initials 'A. A.'" initials 99999
run "100 kB dotted run 'A.B.C.'" dotted 99996
run "sentences, 1 MiB" sentences 1048576
run "sentences, 2 MiB" sentences 2097152
run "sentences, 8 MiB (the limit)" sentences 8380000

printf '%-34s %10s  %-28s  ' "endless standard input (yes)" "-" "refused at 8 MiB"
measure bash -c "yes 'Die Ministerin sprach mit dem Minister.' | '$build/newskg' build --force -o '$work/out' -"
printf '\n'
