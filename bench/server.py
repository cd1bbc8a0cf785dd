"""Keystroke latency of `healthlint server` on a 3,000-word draft, after warm-up (issue 14).

Starts the server over stdio with the tests' LSP client, opens a draft of ~3,000 words built from
the fixtures' paragraphs, then types: each round changes one word in one paragraph (as a
keystroke does) and times from the didChange notification to the diagnostics for that version,
less the server's debounce pause, and the server's CPU time meanwhile (what a busy machine does
not inflate). Prints the median and the slowest, and writes them to
bench/server_results.json. Not part of the tests (timings on a shared machine vary).

    python bench/server.py [--rounds 30] [--words 3000]
    python bench/server.py --fuzz 60 [--seed 19]   # issue 19: random frames, JSON-RPC and edits

With --fuzz it runs tests/test_server_fuzz.py's fuzzer for that many seconds instead (a check-in
request answered every 20 messages, then a draft linted and a hover answered) and prints the counts.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from linter.server.app import DEBOUNCE  # noqa: E402
from lsp_client import Client  # noqa: E402


def draft(words: int) -> str:
    """Whole paragraphs of the fixtures (front matter and comments left out) up to `words` words."""
    paragraphs = []
    for path in sorted((ROOT / "fixtures").glob("*/*.md")):
        text = path.read_text(encoding="utf-8")
        if text.startswith("---"):
            text = text.split("---", 2)[-1]
        paragraphs += [p.strip() for p in text.split("\n\n") if p.strip() and "<!--" not in p]
    out, count = [], 0
    while count < words:
        for p in paragraphs:
            out.append(p)
            count += len(p.split())
            if count >= words:
                break
    return "\n\n".join(out) + "\n"


def cpu_seconds(pid: int) -> float:
    """CPU time a process has used (user and system, every thread; Linux), which other work on a
    shared machine does not inflate as it does wall time (10 ms steps). 0 elsewhere."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--words", type=int, default=3000)
    parser.add_argument("--fuzz", type=float, metavar="SECONDS", help="fuzz the server for this long instead")
    parser.add_argument("--seed", type=int, default=19)
    args = parser.parse_args()
    if args.fuzz:
        return fuzz(args.fuzz, args.seed)
    text = draft(args.words)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        path = root / "draft.md"
        path.write_text(text, encoding="utf-8")
        client = Client(root)
        client.initialize(root)
        started = time.perf_counter()
        client.diagnostics(path, client.open(path), timeout=600)
        first = time.perf_counter() - started
        paragraphs = text.split("\n\n")
        latencies, cpu = [], []
        for round_ in range(args.rounds + 3):  # three warm-up keystrokes first
            edited = list(paragraphs)
            at = (round_ * 7) % len(edited)
            edited[at] = edited[at].replace(" ", f" x{round_} ", 1)  # a word typed into one paragraph
            sent, used = time.perf_counter(), cpu_seconds(client.process.pid)
            client.diagnostics(path, client.change(path, "\n\n".join(edited)), timeout=600)
            if round_ >= 3:
                latencies.append(time.perf_counter() - sent - DEBOUNCE)
                cpu.append(cpu_seconds(client.process.pid) - used)
        assert client.stop() == 0
    result = {"words": len(text.split()), "rounds": args.rounds, "open_seconds": round(first, 3),
              "keystroke_median_ms": round(1000 * statistics.median(latencies)),
              "keystroke_max_ms": round(1000 * max(latencies)), "debounce_ms": round(1000 * DEBOUNCE),
              "keystroke_cpu_median_ms": round(1000 * statistics.median(cpu)),
              "keystroke_cpu_max_ms": round(1000 * max(cpu))}
    print(f"{result['words']} words: opened (cold) in {first:.2f} s; a keystroke's diagnostics after the "
          f"{result['debounce_ms']} ms pause: median {result['keystroke_median_ms']} ms, "
          f"slowest {result['keystroke_max_ms']} ms ({args.rounds} keystrokes); the server's CPU time "
          f"a keystroke: median {result['keystroke_cpu_median_ms']} ms, most {result['keystroke_cpu_max_ms']} ms")
    (ROOT / "bench" / "server_results.json").write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return 0


def fuzz(seconds: float, seed: int) -> int:
    from test_server import DRAFT, project
    from test_server_fuzz import fuzz as run

    with tempfile.TemporaryDirectory() as folder:
        work = project(Path(folder) / "fuzz")
        client = Client(work, env={"HEALTHLINT_USER_CACHE": str(Path(folder) / "user-cache")})
        client.initialize(work)
        started = time.perf_counter()
        counts = run(client, work, seconds, seed)
        draft = work / "after.md"
        found = client.diagnostics(draft, client.open(draft, DRAFT), timeout=600)
        hovered = client.request("textDocument/hover", {"textDocument": {"uri": draft.as_uri()},
                                                        "position": {"line": 2, "character": 30}})
        code = client.stop()
    ok = [d["code"] for d in found] == ["HL101", "HL201", "HL102"] and hovered is not None and code == 0
    print(f"{time.perf_counter() - started:.0f} s, seed {seed}: {counts}; then diagnostics "
          f"{[d['code'] for d in found]}, hover {'answered' if hovered else 'missing'}, exit code {code}: "
          f"{'survived' if ok else 'FAILED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
