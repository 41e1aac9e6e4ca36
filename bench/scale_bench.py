#!/usr/bin/env python3
"""Benchmark newskg at archive scale and print the figures.

    bench/scale_bench.py [--sizes 1000,10000,100000] [--work DIR] [--jobs N] [--speedup-size N]
                         [--update 1000] [--queries 10] [--no-networkx] [--keep]

Run from the project's root after building (build/newskg). For each size N it generates the
scale corpus (../shared/bench/make_corpus.py N, seed 1) in a temporary folder, builds it, and
prints: articles/s, words/s per core (words / wall time / cores used), peak memory, output
sizes, the time newskg spends writing Turtle and N-Triples next to serdi writing the same
triples from the N-Triples, and the latency of `path` and `neighbors --depth 2` (process start
to answer, median and maximum over several name pairs) next to networkx loading the GraphML
and answering the same questions. For the largest size it also adds --update articles to a
copy of the output and compares with a full rebuild of the union (time, and whether the
outputs are byte-identical). With --speedup-size it builds that size with -j 1 and -j N.

Nothing is written into the repository: corpora and outputs go to --work (default: a new
folder under /tmp), removed at the end unless --keep.
"""

import argparse
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAKE_CORPUS = ROOT.parent / "shared" / "bench" / "make_corpus.py"
OUTPUTS = ["graph.ttl", "graph.nt", "graph.graphml", "graph.index"]


def run_timed(command, **kwargs):
    """Runs command under /usr/bin/time -v; returns (wall seconds, peak RSS bytes, stdout)."""
    start = time.monotonic()
    result = subprocess.run(["/usr/bin/time", "-v"] + command, capture_output=True, text=True, **kwargs)
    wall = time.monotonic() - start
    if result.returncode != 0:
        sys.exit(f"failed ({result.returncode}): {' '.join(map(str, command))}\n{result.stderr[-3000:]}")
    peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr)
    return wall, int(peak.group(1)) * 1024 if peak else 0, result.stdout


def human_bytes(n):
    for unit, size in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if n >= size:
            return f"{n / size:.2f} {unit}" if unit == "GB" else f"{n / size:.0f} {unit}"
    return f"{n} B"


def corpus(work, n, seed=1, prefix=""):
    folder = work / (f"corpus-{n}" + (f"-seed{seed}" if seed != 1 else ""))
    if not (folder / "corpus_info.json").exists():
        subprocess.run([sys.executable, str(MAKE_CORPUS), str(n), str(folder), "--seed", str(seed)],
                       check=True, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if prefix:  # distinct article ids: the same names under another prefix
        renamed = work / f"{folder.name}-{prefix}"
        if not renamed.exists():
            renamed.mkdir()
            for path in sorted(folder.rglob("*.txt")):
                os.symlink(path, renamed / f"{prefix}{path.name}")
        return renamed, json.loads((folder / "corpus_info.json").read_text())
    return folder, json.loads((folder / "corpus_info.json").read_text())


def summary_figure(stdout, label):
    match = re.search(label + r"\s+([0-9.]+) s", stdout)
    return float(match.group(1)) if match else float("nan")


def writing_seconds(stdout):
    match = re.search(r"Turtle and N-Triples with the index ([0-9.]+) s", stdout)
    return float(match.group(1)) if match else float("nan")


def person_labels(nt_file, count, seed=7):
    """Labels of `count` persons drawn (seeded) from the N-Triples, for query pairs."""
    label = re.compile(r'^<([^>]*/person/[^>]*)> <http://www.w3.org/2000/01/rdf-schema#label> "([^"]*)"@de')
    labels = []
    with open(nt_file, encoding="utf-8") as lines:
        for line in lines:
            match = label.match(line)
            if match:
                labels.append(match.group(2))
    random.Random(seed).shuffle(labels)
    return labels[:count]


def query_latencies(newskg, out, names):
    path_times, neighbor_times = [], []
    for a, b in zip(names[0::2], names[1::2]):
        start = time.monotonic()
        subprocess.run([newskg, "path", a, b, "--graph", str(out)], capture_output=True)
        path_times.append(time.monotonic() - start)
        start = time.monotonic()
        subprocess.run([newskg, "neighbors", a, "--depth", "2", "--graph", str(out)], capture_output=True)
        neighbor_times.append(time.monotonic() - start)
    return path_times, neighbor_times


def networkx_latencies(graphml, names):
    """Load time of the GraphML, and per-query times of the same questions, in networkx."""
    import networkx  # Debian: python3-networkx

    start = time.monotonic()
    g = networkx.read_graphml(graphml)
    load = time.monotonic() - start
    by_label = {}
    for node, data in g.nodes(data=True):
        by_label.setdefault(data.get("label"), node)
    path_times, neighbor_times = [], []
    for a, b in zip(names[0::2], names[1::2]):
        source, target = by_label.get(a), by_label.get(b)
        start = time.monotonic()
        try:
            list(networkx.all_shortest_paths(g, source, target))
        except (networkx.NetworkXNoPath, networkx.NodeNotFound):
            pass
        path_times.append(time.monotonic() - start)
        start = time.monotonic()
        networkx.ego_graph(g, source, radius=2)
        neighbor_times.append(time.monotonic() - start)
    return load, path_times, neighbor_times


def serdi_seconds(nt_file):
    figures = {}
    for syntax in ("turtle", "ntriples"):
        start = time.monotonic()
        with open(os.devnull, "w") as sink:
            subprocess.run(["serdi", "-i", "ntriples", "-o", syntax, str(nt_file)], stdout=sink, check=True)
        figures[syntax] = time.monotonic() - start
    return figures


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,10000", help="comma-separated corpus sizes (default 1000,10000)")
    ap.add_argument("--work", type=Path, help="folder for corpora and outputs (default: new temporary folder)")
    ap.add_argument("--newskg", type=Path, default=ROOT / "build" / "newskg")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--speedup-size", type=int, default=0, help="also build this size with -j 1 (0: skip)")
    ap.add_argument("--update", type=int, default=1000, help="articles added to the largest output (0: skip)")
    ap.add_argument("--queries", type=int, default=10, help="name pairs for path/neighbors (default 10)")
    ap.add_argument("--no-networkx", action="store_true")
    ap.add_argument("--keep", action="store_true", help="keep the work folder")
    args = ap.parse_args()

    sizes = [int(s) for s in args.sizes.split(",") if s]
    work = args.work or Path(tempfile.mkdtemp(prefix="newskg-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    newskg = str(args.newskg.resolve())
    print(f"newskg: {newskg}, {args.jobs} jobs, {os.cpu_count()} cores, work folder {work}")
    rows = []
    try:
        for n in sizes:
            folder, info = corpus(work, n)
            out = work / f"out-{n}"
            shutil.rmtree(out, ignore_errors=True)
            wall, peak, stdout = run_timed([newskg, "build", "-j", str(args.jobs), "-o", str(out), str(folder)])
            triples = int(re.search(r"triples:\s+(\d+)", stdout).group(1))
            sizes_out = {name: (out / name).stat().st_size for name in OUTPUTS}
            row = {"articles": n, "words": info["words"], "wall": wall, "peak": peak, "triples": triples,
                   "analysis": summary_figure(stdout, r"analysis"), "rdf": writing_seconds(stdout),
                   "sizes": sizes_out, "out": out}
            serdi = serdi_seconds(out / "graph.nt")
            row["serdi"] = serdi
            names = person_labels(out / "graph.nt", 2 * args.queries)
            row["path"], row["neighbors"] = query_latencies(newskg, out, names)
            if not args.no_networkx:
                try:
                    row["nx_load"], row["nx_path"], row["nx_neighbors"] = networkx_latencies(out / "graph.graphml", names)
                except ImportError:
                    print("networkx not installed (Debian: python3-networkx); no comparison")
            rows.append(row)
            cores = min(args.jobs, os.cpu_count() or 1)
            print(f"\n== {n} articles ({info['words']} words), -j {args.jobs}")
            print(f"build: {wall:.1f} s wall, {n / wall:.0f} articles/s, "
                  f"{info['words'] / wall / cores:.0f} words/s per core, peak memory {human_bytes(peak)}, "
                  f"{triples} triples")
            print("outputs: " + ", ".join(f"{k} {human_bytes(v)}" for k, v in sizes_out.items()))
            print(f"writing Turtle + N-Triples (with the index): {row['rdf']:.1f} s; serdi from the N-Triples: "
                  f"Turtle {serdi['turtle']:.1f} s, N-Triples {serdi['ntriples']:.1f} s, "
                  f"both {serdi['turtle'] + serdi['ntriples']:.1f} s; ratio "
                  f"{row['rdf'] / max(serdi['turtle'] + serdi['ntriples'], 1e-9):.2f}")
            print(f"path: median {statistics.median(row['path']) * 1000:.0f} ms, max {max(row['path']) * 1000:.0f} ms; "
                  f"neighbors --depth 2: median {statistics.median(row['neighbors']) * 1000:.0f} ms, "
                  f"max {max(row['neighbors']) * 1000:.0f} ms ({len(row['path'])} pairs)")
            if "nx_load" in row:
                nx_path = row["nx_load"] + statistics.median(row["nx_path"])
                nx_neighbors = row["nx_load"] + statistics.median(row["nx_neighbors"])
                print(f"networkx: load GraphML {row['nx_load']:.2f} s; path {nx_path:.2f} s "
                      f"({nx_path / statistics.median(row['path']):.0f}x newskg), neighbors {nx_neighbors:.2f} s "
                      f"({nx_neighbors / statistics.median(row['neighbors']):.0f}x newskg)")

        if args.speedup_size:
            n = args.speedup_size
            folder, info = corpus(work, n)
            walls = {}
            for jobs in (1, args.jobs):
                out = work / f"out-speedup-{jobs}"
                shutil.rmtree(out, ignore_errors=True)
                walls[jobs], _, _ = run_timed([newskg, "build", "-j", str(jobs), "-o", str(out), str(folder)])
            same = all((work / "out-speedup-1" / f).read_bytes() == (work / f"out-speedup-{args.jobs}" / f).read_bytes()
                       for f in OUTPUTS)
            print(f"\n== -j 1 vs -j {args.jobs} on {n} articles: {walls[1]:.1f} s vs {walls[args.jobs]:.1f} s, "
                  f"speedup {walls[1] / walls[args.jobs]:.2f}x; outputs byte-identical: {'yes' if same else 'NO'}")

        if args.update and rows:
            base = rows[-1]
            n = base["articles"]
            new_folder, _ = corpus(work, args.update, seed=2, prefix="update-")
            updated = work / f"out-{n}-updated"
            shutil.rmtree(updated, ignore_errors=True)
            # A hard-linked copy is safe: builds never change a file, they add a generation.
            subprocess.run(["cp", "-al", str(base["out"]), str(updated)], check=True)
            update_wall, update_peak, _ = run_timed([newskg, "build", "--update", "-j", str(args.jobs),
                                                     "-o", str(updated), str(new_folder)])
            full = work / f"out-{n}-full"
            shutil.rmtree(full, ignore_errors=True)
            full_wall, _, _ = run_timed([newskg, "build", "-j", str(args.jobs), "-o", str(full),
                                         str(corpus(work, n)[0]), str(new_folder)])
            same = all((updated / f).read_bytes() == (full / f).read_bytes() for f in OUTPUTS)
            print(f"\n== --update with {args.update} new articles on the {n}-article output: {update_wall:.1f} s "
                  f"(peak {human_bytes(update_peak)}); full rebuild of the union: {full_wall:.1f} s; "
                  f"{full_wall / update_wall:.1f}x faster; outputs byte-identical to the full rebuild: "
                  f"{'yes' if same else 'NO'}")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
