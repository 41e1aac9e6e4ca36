#!/usr/bin/env python3
"""Kill newskg with SIGKILL while it writes its outputs, again and again, and check that the
output folder always holds one complete set of files: all from the build before, or all from
the new one, never a mix and never a truncated file.

    bench/kill_test.py [--kills 100] [--articles 200] [--work DIR] [--keep]

Run from the project's root after building (build/newskg). It generates two scale corpora
(../shared/bench/make_corpus.py, seeds 1 and 2) in a temporary folder, builds each once for
reference outputs, measures how long a build takes and how long its writing phase is, and then
builds the two corpora alternately into one folder with --force, sending SIGKILL at a random
moment of the writing phase (the end of the run minus its writing time, with some slack either
side). Kills that land after the build finished are not counted. After every kill it checks:

  - graph.ttl, graph.nt, graph.graphml, graph.gexf and graph.index resolve into one generation
    folder;
  - each of them is byte-identical to the same reference set (the old corpus or the new one);
  - what the kill left in the folder's .newskg/ besides the current generation, 5 s later
    (unnamed O_TMPFILE files vanish with the process; a generation folder that was being linked
    is removed by the janitor process the build started, or else by the next build);
and after the next completed build, that nothing but the current generation is left.

It prints the counts and exits 1 if any set was mixed, incomplete or left behind.
"""

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time

PUBLIC = ["graph.ttl", "graph.nt", "graph.graphml", "graph.gexf", "graph.index"]


def run_build(newskg, corpus, out):
    start = time.monotonic()
    done = subprocess.run([newskg, "build", "--force", "-o", out, corpus],
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if done.returncode != 0:
        sys.exit("build failed:\n" + done.stdout)
    return time.monotonic() - start, done.stdout


def writing_seconds(summary):
    for line in summary.splitlines():
        if line.startswith("time:") and "writing " in line:
            return float(line.split("writing ")[1].split(" s")[0])
    return 0.5


def read_set(out):
    files, folders = {}, set()
    for name in PUBLIC:
        path = os.path.join(out, name)
        try:
            folders.add(os.path.dirname(os.path.realpath(path, strict=True)))
            with open(path, "rb") as f:
                files[name] = f.read()
        except OSError:
            files[name] = None
    return files, folders


def leftovers(out):
    state = os.path.join(out, ".newskg")
    current = os.readlink(os.path.join(state, "current")) if os.path.islink(os.path.join(state, "current")) else None
    return sorted(e for e in os.listdir(state) if e not in ("current", "lock", current))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--work")
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args()

    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    newskg = os.path.join(root, "build", "newskg")
    make_corpus = os.path.join(root, "..", "shared", "bench", "make_corpus.py")
    work = args.work or tempfile.mkdtemp(prefix="newskg-kill-")
    os.makedirs(work, exist_ok=True)
    rng = random.Random(20261201)
    try:
        corpora, references = [], []
        for seed in (1, 2):
            corpus = os.path.join(work, f"corpus-{seed}")
            if not os.path.isdir(corpus):
                subprocess.run([sys.executable, make_corpus, str(args.articles), corpus, "--seed", str(seed)],
                               check=True, stdout=subprocess.DEVNULL)
            reference = os.path.join(work, f"reference-{seed}")
            run_build(newskg, corpus, reference)
            files, _ = read_set(reference)
            corpora.append(corpus)
            references.append(files)
        out = os.path.join(work, "out")
        total, summary = run_build(newskg, corpora[0], out)
        total, summary = run_build(newskg, corpora[1], out)
        window = max(writing_seconds(summary), 0.05)
        print(f"one build: {total:.2f} s, of which writing {window:.2f} s; aiming at the last "
              f"{window * 1.5:.2f} s of each run")

        kills = finished = mixed = partial_files = left_after_kill = left_after_next = 0
        target = 0
        while kills < args.kills:
            target = 1 - target
            delay = max(0.0, total - window * 1.3 + rng.random() * window * 1.6)
            process = subprocess.Popen([newskg, "build", "--force", "-o", out, corpora[target]],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(delay)
            if process.poll() is not None:
                finished += 1
                continue
            process.send_signal(signal.SIGKILL)
            process.wait()
            kills += 1
            files, folders = read_set(out)
            same = [all(files[n] == ref[n] for n in PUBLIC) for ref in references]
            if len(folders) != 1 or not any(same):
                mixed += 1
                if any(v is None for v in files.values()):
                    partial_files += 1
            # The killed build's janitor (a helper process it started) tidies the folder as
            # soon as it sees the build gone: give it a moment.
            deadline = time.monotonic() + 5
            while leftovers(out) and time.monotonic() < deadline:
                time.sleep(0.01)
            left_after_kill += 1 if leftovers(out) else 0
            # The next completed build must clean up whatever the kill left.
            run_build(newskg, corpora[target], out)
            left_after_next += 1 if leftovers(out) else 0
            target = 1 - target  # the folder now holds this corpus; the next kill writes the other

        print(f"kills in the writing phase: {kills} (another {finished} runs finished before the kill)")
        print(f"mixed or incomplete sets after a kill: {mixed} (of them missing a file: {partial_files})")
        print(f"kills that left something in .newskg 5 s later (not tidied by the janitor): {left_after_kill}")
        print(f"leftovers after the next completed build: {left_after_next}")
        janitors = subprocess.run(["pgrep", "-f", "[i]nternal-tidy-after-build"], capture_output=True, text=True).stdout.split()
        print(f"janitor processes still running: {len(janitors)}")
        return 1 if mixed or left_after_next or left_after_kill or janitors else 0
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
