#!/bin/sh
# Runs a fuzz target from an empty work folder (new inputs and findings go there, the seed
# folders are only read): run_smoke.sh BINARY WORK_FOLDER LIBFUZZER_ARGUMENTS...
set -eu
binary=$1
work=$2
shift 2
rm -rf "$work"
mkdir -p "$work/corpus"
exec "$binary" -artifact_prefix="$work/" "$@"
