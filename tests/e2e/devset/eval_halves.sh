#!/usr/bin/env bash
# Scores the development set's two halves separately: the tuning half (001-010, 021-030 and
# the cross-article group 041-044), which may be looked at, and the never-tuned half
# (011-020, 031-040), which is only measured. Usage: eval_halves.sh [newskg binary] [eval options]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
newskg="${1:-$here/../../../build/newskg}"
shift || true
tuning=() never=()
for file in "$here"/articles/*.txt; do
  number=$((10#$(basename "$file" | cut -c1-3)))
  if (( (number >= 11 && number <= 20) || (number >= 31 && number <= 40) )); then
    never+=("$file")
  else
    tuning+=("$file")
  fi
done
echo "== tuning half (${#tuning[@]} articles)"
"$newskg" eval --only-given --gold "$here/gold" "$@" "${tuning[@]}"
echo "== never-tuned half (${#never[@]} articles)"
"$newskg" eval --only-given --gold "$here/gold" "$@" "${never[@]}"
