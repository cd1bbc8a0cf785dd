"""The healthlint benchmark. Not part of the test suite.

    python bench/run.py                 # 1,000 drafts a corpus (and 10,000 for memory)
    python bench/run.py --files 100 --quick

Two corpora: drafts made of the fixtures' paragraphs (dense with claims: every paragraph was
written to tempt a rule), and real-style pages (bench/pages.py: FAQs, news, leaflets of 300 to
1,500 words, most sentences carrying no claim). For each, in cold processes and in the same run,
healthlint (every check on) beside its floor (bench/floor.py): `import spacy`, the model loaded
as healthlint loads it, spacy.blank("en") with a sentencizer over all the prose, and the trained
pipeline over exactly the sentences healthlint hands the parser (listed by healthlint before
timing); and proselint as a peer, reported, not gated (installed into this environment from
PyPI when missing). The commands run five times each, taking turns, and their median runs are
compared: timings on a shared machine drift by a quarter between identical runs. Prints the
tables and the ratios against the targets, and writes them to bench/results.json.
"""

from __future__ import annotations

import argparse
import json
import math
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

import pages

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
MARKER = re.compile(r"\s*<!--.*?-->")


def build_corpus(folder: Path, count: int, words: int = 1000, seed: int = 7) -> int:
    """`count` drafts of about `words` words, paragraphs drawn from the fixtures; returns total words."""
    rng = random.Random(seed)
    paragraphs = []
    for path in sorted((ROOT / "fixtures").rglob("*.md")):
        if path.name == "README.md":
            continue
        text = MARKER.sub("", path.read_text(encoding="utf-8"))
        text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
        paragraphs += [p.strip() for p in text.split("\n\n") if p.strip()]
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(count):
        picked, n = [], 0
        while n < words:
            p = rng.choice(paragraphs)
            picked.append(p)
            n += len(p.split())
        (folder / f"draft-{i:05}.md").write_text("# Draft %d\n\n" % i + "\n\n".join(picked) + "\n", encoding="utf-8")
        total += n
    return total


def measure(cmd: list[str], cwd: Path | None = None, env: dict | None = None) -> dict:
    """Wall time, CPU time (user and system) and peak RSS (of the process and the children it
    waited for) of one cold run. CPU time drifts far less than wall time on a busy machine."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if proc.returncode not in (0, 1):
        raise SystemExit(f"benchmark command failed ({proc.returncode}): {' '.join(cmd)}\n{err[-2000:]}")
    return {"seconds": round(wall, 3), "cpu": round(usage.ru_utime + usage.ru_stime, 3),
            "peak_mb": round(usage.ru_maxrss / 1024, 1)}


def healthlint(*args: str) -> list[str]:
    return [PY, "-m", "linter", "check", "--no-cache", "--format", "json", "--output-file", os.devnull, *args]


FLOOR = str(ROOT / "bench" / "floor.py")
JOBS = os.cpu_count() or 1  # healthlint's default --jobs


def proselint_cmd(folder: Path) -> list[str] | None:
    try:
        import proselint  # noqa: F401
    except ImportError:
        subprocess.run([PY, "-m", "pip", "install", "-q", "proselint"], check=False)
    exe = shutil.which("proselint", path=str(Path(PY).parent)) or shutil.which("proselint")
    if exe is None:
        return None
    files = [str(p) for p in sorted(folder.glob("*.md"))]
    help_text = subprocess.run([exe, "--help"], capture_output=True, text=True).stdout
    return [exe, "check", *files] if re.search(r"^\s+check\b", help_text, re.M) else [exe, *files]


def median_of(cmd: list[str], n: int) -> float:
    return statistics.median(measure(cmd)["seconds"] for _ in range(n))


def interleaved(commands: dict[str, list[str]], rounds: int, env: dict) -> dict[str, dict]:
    """Each command `rounds` times, taking turns, so a slow spell of the machine weighs on all
    of them alike; for each, the run with the median time (and every time, under "runs"), and
    the median CPU time."""
    runs: dict[str, list[dict]] = {name: [] for name in commands}
    for _ in range(rounds):
        for name, cmd in commands.items():
            runs[name].append(measure(cmd, env=env))
    out = {}
    for name, found in runs.items():
        ordered = sorted(found, key=lambda m: m["seconds"])
        out[name] = {**ordered[len(ordered) // 2], "runs": [m["seconds"] for m in found],
                     "cpu": statistics.median(m["cpu"] for m in found)}
    return out


CORPORA = {"fixtures": ("fixture paragraphs", build_corpus), "pages": ("real-style pages", pages.build)}


def bench_corpus(name: str, folder: Path, rounds: int, env: dict) -> dict:
    """healthlint beside its floor and proselint on one corpus, in turns; and one draft, cold."""
    work = folder.parent / f"{name}-floor.json"
    subprocess.run([PY, FLOOR, "--dump", str(folder), str(work)], check=True, env=env)
    listed = json.loads(work.read_text(encoding="utf-8"))["drafts"]
    out: dict = {"parsed_sentences": sum(len(d["sentences"]) for d in listed)}
    commands = {"healthlint": healthlint(str(folder)),
                "healthlint_jobs1": healthlint(str(folder), "--jobs", "1"),
                "floor": [PY, FLOOR, str(work), "--jobs", str(JOBS)],
                "floor_jobs1": [PY, FLOOR, str(work)]}
    prose = proselint_cmd(folder)
    if prose:
        commands["proselint"] = prose
    out.update(interleaved(commands, rounds, env))
    one = sorted(folder.glob("*.md"))[0]
    out["one_draft_words"] = len(one.read_text(encoding="utf-8").split())
    out.update({f"one_{k}": v for k, v in interleaved({"healthlint": healthlint(str(one)),
                                                       "load": [PY, FLOOR, str(work), "--load-only"]},
                                                      rounds, env).items()})
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--quick", action="store_true", help="skip the 10,000-file and 10 MB runs")
    parser.add_argument("--rounds", type=int, default=5,
                        help="runs of each command, taken in turns; medians are reported")
    parser.add_argument("--output", default=str(ROOT / "bench" / "results.json"))
    args = parser.parse_args()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    work = Path(tempfile.mkdtemp(prefix="healthlint-bench-"))
    results: dict = {"files": args.files, "jobs": JOBS, "corpora": {}}
    try:
        for name, (label, build) in CORPORA.items():
            folder = work / name
            words = build(folder, args.files)
            print(f"{label}: {args.files} drafts, {words:,} words, in {folder}", flush=True)
            results["corpora"][name] = {"label": label, "words": words,
                                        **bench_corpus(name, folder, args.rounds, env)}

        corpus = work / "fixtures"
        cache = work / "cache"
        cold = measure([PY, "-m", "linter", "check", str(corpus), "--cache-dir", str(cache), "-o", os.devnull],
                       env=env)
        warm = measure([PY, "-m", "linter", "check", str(corpus), "--cache-dir", str(cache), "-o", os.devnull],
                       env=env)
        results.update(cache_cold=cold, cache_warm=warm)
        from parse_cache import rerun_after_edit  # the parse cache's row (issue 22), in its own file

        results["parse_cache"] = rerun_after_edit(work, env, args.rounds)
        results["help_seconds"] = median_of([PY, "-m", "linter", "--help"], 7)

        if not args.quick:
            big = work / "big"
            build_corpus(big, args.files * 10, seed=11)
            results["healthlint_10x_files"] = measure(healthlint(str(big)), env=env)
            shutil.rmtree(big)
            sizes = {}
            for label, scale in (("2.5MB", 1), ("10MB", 4)):
                draft = work / f"large-{label}.md"
                unit = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.md"))[:200])
                reps = math.ceil(2.5e6 * scale / len(unit.encode()))  # at least the size it is named for
                draft.write_text(unit * reps, encoding="utf-8")
                sizes[label] = {"bytes": draft.stat().st_size, **measure(healthlint(str(draft), "--jobs", "1"),
                                                                         env=env)}
            results["large"] = sizes
    finally:
        shutil.rmtree(work, ignore_errors=True)

    report(results)
    Path(args.output).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"\nwritten to {args.output}")
    return 0


def report(r: dict) -> None:
    checks = []

    def target(name: str, value: float, goal: str, ok: bool) -> None:
        checks.append({"target": name, "value": round(value, 3), "goal": goal, "met": ok})

    for name, c in r["corpora"].items():
        w = c["words"]
        print(f"\n{c['label']}: {r['files']} drafts, {w:,} words, {c['parsed_sentences']:,} sentences parsed; "
              f"one draft of {c['one_draft_words']:,} words")
        rows = [(f"healthlint (default: --jobs {r['jobs']})", c["healthlint"]),
                (f"floor, {r['jobs']} processes forked after loading", c["floor"]),
                ("healthlint --jobs 1", c["healthlint_jobs1"]),
                ("floor, one process", c["floor_jobs1"])]
        if c.get("proselint"):
            rows.append(("proselint", c["proselint"]))
        rows += [("one draft, cold: healthlint", c["one_healthlint"]),
                 ("one draft: import spacy + model load", c["one_load"])]
        print(f"{'run':<48}{'median s':>9}{'CPU s':>8}{'words/s':>9}{'peak MB':>9}  runs (s)")
        for label, m in rows:
            speed = f"{w / m['seconds']:>9,.0f}" if not label.startswith("one draft") else f"{'':>9}"
            print(f"{label:<48}{m['seconds']:>9.2f}{m['cpu']:>8.2f}{speed}{m['peak_mb']:>9.1f}  "
                  f"{' '.join(f'{t:.2f}' for t in m['runs'])}")
        for what, hl, fl, goal in (("whole run / floor (default jobs)", "healthlint", "floor", 1.15),
                                   ("whole run / floor (--jobs 1)", "healthlint_jobs1", "floor_jobs1", 1.15),
                                   ("one draft cold / (import spacy + load)", "one_healthlint", "one_load", 1.3)):
            ratio = c[hl]["seconds"] / c[fl]["seconds"]
            target(f"{name}: {what}", ratio, f"<= {goal}", ratio <= goal)
            ratio = c[hl]["cpu"] / c[fl]["cpu"]
            target(f"{name}: {what}, CPU time (reported)", ratio, "-", True)
        if c.get("proselint"):
            ratio = c["healthlint"]["seconds"] / c["proselint"]["seconds"]
            target(f"{name}: healthlint / proselint (reported)", ratio, "-", True)

    print(f"\n{'run (fixture paragraphs)':<48}{'seconds':>9}{'peak MB':>20}")
    for label, m in (("healthlint, cache cold", r["cache_cold"]), ("healthlint, cache warm", r["cache_warm"])):
        print(f"{label:<48}{m['seconds']:>9.2f}{m['peak_mb']:>20.1f}")
    if r.get("parse_cache"):
        from parse_cache import report as parse_cache_report

        parse_cache_report(r["parse_cache"])
    target("--help seconds", r["help_seconds"], "< 0.150", r["help_seconds"] < 0.150)
    fixtures = r["corpora"]["fixtures"]
    speedup = fixtures["healthlint_jobs1"]["seconds"] / fixtures["healthlint"]["seconds"]
    target("parallel speed-up (jobs 1 / default jobs)", speedup, ">= 1.7", speedup >= 1.7)
    warm = r["cache_warm"]["seconds"] / r["cache_cold"]["seconds"]
    target("cache warm / cold", warm, "< 0.10", warm < 0.10)
    if "healthlint_10x_files" in r:
        mem = r["healthlint_10x_files"]["peak_mb"] / fixtures["healthlint"]["peak_mb"]
        target("peak memory, 10x files / 1x files", mem, "<= 1.2", mem <= 1.2)
    if "large" in r:
        big, small = r["large"]["10MB"], r["large"]["2.5MB"]
        grow = (big["seconds"] / small["seconds"]) / (big["bytes"] / small["bytes"]) * 4
        target("time for 4x the input (scaled to exactly 4x)", grow, "<= 5", grow <= 5)
        target("peak MB, one 10 MB draft", big["peak_mb"], "< 500", big["peak_mb"] < 500)
        per_byte = (big["peak_mb"] - small["peak_mb"]) * 2**20 / (big["bytes"] - small["bytes"])
        target("RSS bytes per added input byte (2.5 MB to 10 MB)", per_byte, "< 50", per_byte < 50)
    r["targets"] = checks
    print(f"\n{'target':<72}{'value':>9}  {'goal':<8} met")
    for c in checks:
        print(f"{c['target']:<72}{c['value']:>9.3f}  {c['goal']:<8} {'yes' if c['met'] else 'NO'}")


if __name__ == "__main__":
    sys.exit(main())
