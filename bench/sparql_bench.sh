#!/usr/bin/env bash
# Measures SPARQL on a graph.nt: loading it into a fresh private Virtuoso (newskg load, and
# Virtuoso's own bulk loader for comparison) in triples/s, then the time of each analyst query
# in bench/queries/ through Virtuoso (newskg sparql --endpoint), rdflib (python3-rdflib, when
# installed) and the embedded engine (newskg sparql --graph).
#
#   bench/sparql_bench.sh GRAPH.nt [--runs N] [--memory MB] [--jobs N] [--no-rdflib]
#                         [--no-embedded] [--rdflib-timeout S]
#
# Run from the repository with build/newskg built. Times are wall clock, best of N runs (3);
# each includes sending the query, the store's work and reading the whole answer, written as
# TSV to /dev/null. The store's folder is a temporary folder, removed at the end.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

usage() { sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
[ $# -ge 1 ] || usage
graph=$(realpath "$1")
shift
runs=3
memory_mb=4096
jobs=2
use_rdflib=1
use_embedded=1
rdflib_timeout=900
while [ $# -gt 0 ]; do
  case $1 in
    --runs) runs=${2:?}; shift 2 ;;
    --memory) memory_mb=${2:?}; shift 2 ;;
    --jobs) jobs=${2:?}; shift 2 ;;
    --no-rdflib) use_rdflib=0; shift ;;
    --no-embedded) use_embedded=0; shift ;;
    --rdflib-timeout) rdflib_timeout=${2:?}; shift 2 ;;
    *) usage ;;
  esac
done
[ -f "$graph" ] || { echo "sparql_bench: no such file: $graph" >&2; exit 1; }
newskg=build/newskg
[ -x "$newskg" ] || { echo "sparql_bench: build newskg first (build/newskg)" >&2; exit 1; }

store=$(mktemp -d /tmp/newskg-bench-XXXXXX)
cleanup() { scripts/virtuoso-local stop "$store" > /dev/null 2>&1 || true; rm -rf "$store"; }
trap cleanup EXIT

now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }
rate() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%d", n / s }'; }

triples=$(grep -c -v -e '^\s*$' -e '^\s*#' "$graph" || true)
echo "graph: $graph ($triples triples, $(( $(stat -c %s "$graph") >> 20 )) MB)"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

scripts/virtuoso-local start "$store" --port 0 --sql-port 0 --memory "$memory_mb" --max-rows 10000000 \
  --max-query-time 3600 > /dev/null
# shellcheck disable=SC1091
source "$store/env"
graph_iri=urn:newskg:bench

# 1. Loading through the SPARQL 1.1 Graph Store HTTP Protocol (what newskg load does).
start=$(now)
"$newskg" load "$graph" --store "$NEWSKG_VIRTUOSO_STORE" --user dba \
  --password-file "$NEWSKG_VIRTUOSO_PASSWORD_FILE" --graph "$graph_iri" --jobs "$jobs" > /dev/null
took=$(seconds "$start" "$(now)")
echo "load, newskg load (Graph Store Protocol, $jobs requests at a time): $took s, $(rate "$triples" "$took") triples/s"

# 2. Virtuoso's bulk loader on the same file, into another graph, for comparison (the server
#    reads the file itself, so it must be on this machine).
bulk_dir=$store/bulk
mkdir -p "$bulk_dir"
ln -s "$graph" "$bulk_dir/graph.nt"
sed -i "s|^DirsAllowed .*|DirsAllowed        = $store, $bulk_dir, $(dirname "$graph")|" "$store/virtuoso.ini"
scripts/virtuoso-local stop "$store" > /dev/null
scripts/virtuoso-local start "$store" --port 0 --sql-port 0 --memory "$memory_mb" --max-rows 10000000 \
  --max-query-time 3600 > /dev/null
source "$store/env"
password=$(cat "$NEWSKG_VIRTUOSO_PASSWORD_FILE")
start=$(now)
isql-vt "127.0.0.1:$NEWSKG_VIRTUOSO_SQL_PORT" dba "$password" \
  exec="ld_add('$graph', 'urn:newskg:bench:bulk'); rdf_loader_run(); checkpoint;" > "$store/bulk.log" 2>&1
took=$(seconds "$start" "$(now)")
echo "load, Virtuoso bulk loader (ld_add, rdf_loader_run, checkpoint): $took s, $(rate "$triples" "$took") triples/s"

# 3. Queries.
best_of() {  # command...: prints the best wall time of $runs runs, or FAILED
  local best="" t start
  for _ in $(seq 1 "$runs"); do
    start=$(now)
    if ! "$@" > /dev/null 2> "$store/query.err"; then echo "FAILED ($(head -c 120 "$store/query.err" | tr '\n' ' '))"; return; fi
    t=$(seconds "$start" "$(now)")
    if [ -z "$best" ] || awk -v a="$t" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$t; fi
  done
  echo "$best s"
}

echo
printf '%-30s %8s  %-12s %-12s %-12s %-14s %s\n' query rows Virtuoso "(server)" rdflib "(parse+query)" embedded
rdflib_times=$store/rdflib.tsv
: > "$rdflib_times"
if [ $use_rdflib = 1 ]; then
  if /usr/bin/python3 -c 'import rdflib' 2> /dev/null; then
    # One process: parse once, then time each query (the whole answer is materialized).
    timeout "$rdflib_timeout" /usr/bin/python3 - "$graph" bench/queries/*.rq > "$rdflib_times" 2> "$store/rdflib.err" <<'EOF' || true
import sys, time, rdflib
graph = rdflib.Graph()
start = time.time()
graph.parse(sys.argv[1], format="nt")
print("parse\t%.3f" % (time.time() - start), flush=True)
for path in sys.argv[2:]:
    query = open(path, encoding="utf-8").read()
    start = time.time()
    rows = len(list(graph.query(query)))
    print("%s\t%.3f\t%d" % (path, time.time() - start, rows), flush=True)
EOF
  else
    echo "(rdflib not installed: apt-get install python3-rdflib)" >&2
    use_rdflib=0
  fi
fi
for query in bench/queries/*.rq; do
  name=$(basename "$query" .rq)
  rows=$("$newskg" sparql --endpoint "$NEWSKG_VIRTUOSO_SPARQL" --default-graph "$graph_iri" --format tsv \
           --timeout 3600 --max-rows 0 -f "$query" | tail -n +2 | wc -l)
  virtuoso=$(best_of "$newskg" sparql --endpoint "$NEWSKG_VIRTUOSO_SPARQL" --default-graph "$graph_iri" \
               --format tsv --timeout 3600 --max-rows 0 -f "$query")
  # The store's part alone: the same answer (a Turtle result set) fetched and thrown away.
  server=$(best_of curl -sf -o /dev/null "$NEWSKG_VIRTUOSO_SPARQL" -H 'Accept: text/turtle' \
             --data-urlencode "query@$query" --data-urlencode "default-graph-uri=$graph_iri")
  rdflib_time="-"
  rdflib_total="-"
  if [ $use_rdflib = 1 ]; then
    rdflib_time=$(awk -F'\t' -v q="$query" '$1 == q { print $2 " s" }' "$rdflib_times")
    rdflib_total=$(awk -F'\t' -v q="$query" '$1 == "parse" { p = $2 } $1 == q { printf "%.3f s", p + $2 }' "$rdflib_times")
    [ -n "$rdflib_time" ] || { rdflib_time="timed out"; rdflib_total="timed out"; }
  fi
  embedded="-"
  if [ $use_embedded = 1 ]; then
    embedded=$(runs=1 best_of "$newskg" sparql --graph "$graph" --format tsv --timeout 600 \
                 --max-rows 0 --max-graph-size 0 --max-memory 8192 -f "$query")
  fi
  printf '%-30s %8s  %-12s %-12s %-12s %-14s %s\n' "$name" "$rows" "$virtuoso" "$server" "$rdflib_time" \
    "$rdflib_total" "$embedded"
done
if [ $use_rdflib = 1 ]; then
  parse=$(awk -F'\t' '$1 == "parse" { print $2 " s" }' "$rdflib_times")
  echo "rdflib parse of the graph: ${parse:-did not finish within $rdflib_timeout s}"
fi
echo "Virtuoso: newskg sparql --endpoint, whole answer read and written as TSV; (server): the store's"
echo "answer fetched with curl and thrown away; rdflib: the query alone, then with parsing the file;"
echo "embedded: newskg sparql --graph, one run, reading the graph file included (FAILED: refused or stopped)."
