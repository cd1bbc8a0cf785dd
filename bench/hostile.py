"""Hostile and careless inputs (issue 11): time and peak memory of each, in a cold process.

    python bench/hostile.py                  # every case, 60 s each at the most
    python bench/hostile.py --timeout 20 --only bomb

Each case writes its input into a fresh temporary folder and runs one healthlint
command there. The table gives the wall time, the peak RSS of that process, its exit
code, and whether it finished within the target (10 s; the 10 MB draft: 500 MB).
Not part of the tests: the tests hold each case to its outcome (tests/test_hostile*.py);
this measures it.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
TARGET_SECONDS = 10.0


def alias_bomb(levels: int = 9) -> str:
    """A 'billion laughs' of a few hundred bytes."""
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, levels):
        lines.append(f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def _draft(text: str):
    return lambda d: (d / "x.md").write_text(text, encoding="utf-8")


def _pack_bomb(d: Path) -> None:
    (d / "x.md").write_text("Ketamine is used off-label.\n", encoding="utf-8")
    (d / "bomb.yaml").write_text("kind: pack\npack: bomb\ntitle: Bomb\nsource: a.txt\n" + alias_bomb()
                                 + "drugs: *a8\n", encoding="utf-8")


def _config_bomb(d: Path) -> None:
    (d / "x.md").write_text("Ketamine is used off-label.\n", encoding="utf-8")
    anchors = ", ".join(line.split(": ", 1)[1] for line in alias_bomb().splitlines())
    (d / ".healthlint.yaml").write_text(f"ignore: [[{anchors}]]\n", encoding="utf-8")


def _many_drugs(d: Path) -> None:
    drugs = "\n".join(f"  - {{id: drug{i}, name: zorbanil{i:05d}}}" for i in range(5000))
    (d / "big.yaml").write_text(f"kind: pack\npack: big\ntitle: Big\nsource: big.txt\ndrugs:\n{drugs}\n", encoding="utf-8")
    rng = random.Random(1)
    words = ["ketamine", "eases", "anxiety", "in", "some", "patients", "within", "hours", "zorbanil00042"]
    sentences = (" ".join(rng.choice(words) for _ in range(12)).capitalize() + "." for _ in range(2600))
    (d / "x.md").write_text("\n\n".join(sentences) + "\n", encoding="utf-8")


def _vocabulary(d: Path) -> None:
    rng = random.Random(2)
    letters = "abcdefghijklmnopqrstuvwxyz"
    for n in range(5):
        words = ("".join(rng.choice(letters) for _ in range(rng.randint(5, 12))) for _ in range(40_000))
        (d / f"f{n}.md").write_text("Ketamine " + " ".join(words) + ".\n", encoding="utf-8")


def _ten_megabytes(d: Path) -> None:
    paragraph = ("Ketamine may ease anxiety within hours, and its effects can last for up to two weeks. "
                 "Some people feel dissociation or nausea during the infusion. ") * 4
    count = 10_000_000 // (len(paragraph) + 2) + 1
    (d / "x.md").write_text("# Long draft\n\n" + "\n\n".join([paragraph] * count) + "\n", encoding="utf-8")


def _baseline(count: str = "1", version: str = "1", findings: str | None = None):
    """A draft and a baseline.json: one entry with this count, or these findings as given."""
    entry = f'[{{"path": "x.md", "code": "HL101", "line_text": "", "count": {count}}}]'

    def make(d: Path) -> None:
        (d / "x.md").write_text("Ketmaine eases anxiety.\n", encoding="utf-8")
        (d / "baseline.json").write_text(f'{{"version": {version}, "findings": {findings or entry}}}',
                                         encoding="utf-8")
    return make


def _cache(database: str):
    """A draft and a marked cache folder whose database is damaged, a folder, or a link to the draft."""
    def make(d: Path) -> None:
        import sqlite3

        (d / "x.md").write_text("Ketmaine eases anxiety.\n", encoding="utf-8")
        cache = d / "c"
        cache.mkdir()
        (cache / "healthlint-cache").write_text("planted\n", encoding="utf-8")
        path = cache / "results.sqlite3"
        if database == "folder":
            path.mkdir()
        elif database == "link":
            path.symlink_to(d / "x.md")
        else:  # pages overwritten in the middle of a database of 20,000 entries
            db = sqlite3.connect(path)
            db.execute("CREATE TABLE results (key TEXT PRIMARY KEY, entry TEXT NOT NULL, signature TEXT NOT NULL) "
                       "WITHOUT ROWID")
            rng = random.Random(3)
            with db:
                db.executemany("INSERT INTO results VALUES (?, ?, ?)",
                               [(rng.randbytes(32).hex(), "x" * 300, "0" * 64) for _ in range(20_000)])
            db.close()
            pages = path.stat().st_size // 4096
            with path.open("r+b") as handle:
                for page in range(pages // 3, pages // 3 + 50):
                    handle.seek(page * 4096)
                    handle.write(b"\xff" * 4096)
    return make


# Issue 19: a repository's config that points at the machine, devices, and writes through links.
SECRET = "".join(f"s3cr3t-{n}\n" for n in range(1, 81))  # lines of /proc/self/environ, as a key's are


def _config_pointing_at(sources: str, source: str):
    """A config naming `sources` and a copy of the bundled pack whose `source:` is `source`."""
    def make(d: Path) -> None:
        text = (ROOT / "rules" / "ketamine.yaml").read_text(encoding="utf-8")
        (d / "pack.yaml").write_text(text.replace("source: ketamine-anxiety.txt", f"source: {source}"),
                                     encoding="utf-8")
        (d / ".healthlint.yaml").write_text(f"sources: [{sources}]\npacks: [pack.yaml]\nbundled: false\n",
                                            encoding="utf-8")
        (d / "x.md").write_text("Ketamine is approved for anxiety.\n", encoding="utf-8")
    return make


def _config(text: str):
    def make(d: Path) -> None:
        (d / ".healthlint.yaml").write_text(text, encoding="utf-8")
        (d / "x.md").write_text("Ketmaine helps.\n", encoding="utf-8")
    return make


def _drafts(d: Path) -> None:
    (d / "drafts").mkdir()
    for name in ("a.md", "b.md"):
        (d / "drafts" / name).write_text("Ketmaine helps.\n", encoding="utf-8")
    (d / "link.json").symlink_to("drafts/b.md")


def _init_dangling(d: Path) -> Path:
    """`init` runs in repo/, whose `.healthlint.yaml` points at ../outside/x."""
    (d / "outside").mkdir()
    (d / "repo").mkdir()
    (d / "repo" / ".healthlint.yaml").symlink_to("../outside/x")
    return d / "repo"


def _init_link_to_draft(d: Path) -> None:
    _drafts(d)
    (d / ".healthlint.yaml").symlink_to("drafts/a.md")


# name → (what it is, how its input is made, the command's arguments after `healthlint`); a case
# whose maker returns a folder runs there, the others in the temporary folder itself.


def _frame(message: dict) -> bytes:
    body = json.dumps({"jsonrpc": "2.0", **message}).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def _session(d: Path, middle) -> None:
    """stdin for `healthlint server`: initialize, the hostile part, a hover, shutdown, exit."""
    hover = {"textDocument": {"uri": (d / "none.md").as_uri()}, "position": {"line": 0, "character": 0}}
    with open(d / "stdin", "wb") as f:
        f.write(_frame({"id": 1, "method": "initialize", "params": {"rootUri": d.as_uri(), "capabilities": {}}}))
        for part in middle:
            f.write(part)
        f.write(_frame({"id": 2, "method": "textDocument/hover", "params": hover}))
        f.write(_frame({"id": 3, "method": "shutdown"}) + _frame({"method": "exit"}))


def _bad_frames():
    body = _frame({"id": "x", "method": "textDocument/hover", "params": {}}).split(b"\r\n\r\n", 1)[1]
    for length in (b"abc", b"-5", b"10", b"%d" % (len(body) + 30), b"100000000000"):
        yield b"Content-Length: " + length + b"\r\n\r\n" + body


def _long_header():
    yield b"X-Padding: "
    for _ in range(300):
        yield b"y" * (1 << 20)
    yield b"\r\n\r\n"


def _ten_mb_session(d: Path) -> None:
    big, small = (d / "big.md").as_uri(), (d / "small.md").as_uri()
    text = "Ketamine may ease anxiety within hours.\n\n" * 250_000

    def opened(uri: str, text: str) -> bytes:
        return _frame({"method": "textDocument/didOpen", "params": {"textDocument": {
            "uri": uri, "languageId": "markdown", "version": 1, "text": text}}})

    _session(d, [_frame({"method": "initialized", "params": {}}), opened(big, text),
                 opened(small, "Ketamine is FDA-approved for anxiety.\n"),
                 _frame({"id": 9, "method": "textDocument/hover", "params": {
                     "textDocument": {"uri": small}, "position": {"line": 0, "character": 0}}}),
                 _frame({"method": "textDocument/didClose", "params": {"textDocument": {"uri": big}}})])

# name → (what it is, how its input is made, the command's arguments after `healthlint`)
CASES: dict[str, tuple[str, object, list[str]]] = {
    "bomb-pack": ("YAML alias bomb in a --pack file", _pack_bomb, ["check", "--no-cache", "--pack", "bomb.yaml", "x.md"]),
    "bomb-config": ("YAML alias bomb in .healthlint.yaml", _config_bomb, ["check", "--no-cache", "x.md"]),
    "bomb-front-matter": ("YAML alias bomb in a draft's front matter",
                          _draft("---\n" + alias_bomb() + "tags: *a8\n---\nKetamine helps.\n"), ["check", "--no-cache", "x.md"]),
    "parens": ("32 KB of '('", _draft("(" * 32_768 + "\n"), ["check", "--no-cache", "x.md"]),
    "comment-openers": ("100,000 '<!--'", _draft("<!--" * 100_000 + "\n"), ["check", "--no-cache", "x.md"]),
    "link-openers": ("a reference link and 20,000 '[x]('",
                     _draft("[x]: https://example.org\n\n" + "[x](" * 20_000 + "\n"), ["check", "--no-cache", "x.md"]),
    "suppressions": ("20,000 suppression comments",
                     _draft("".join(f"<!-- healthlint-disable-next-line HL101 -->\nKetmaine {i}.\n\n"
                                    for i in range(20_000))), ["check", "--no-cache", "x.md"]),
    "not-run": ("'not ' 50,000 times in one sentence",
                _draft("Ketamine is " + "not " * 50_000 + "approved for anxiety.\n"), ["check", "--no-cache", "x.md"]),
    "which-run": ("'which ' 50,000 times in one sentence",
                  _draft("Ketamine " + "which " * 50_000 + "is approved for anxiety.\n"), ["check", "--no-cache", "x.md"]),
    "many-drugs": ("a pack of 5,000 drugs and a 200 KB draft", _many_drugs,
                   ["check", "--no-cache", "--pack", "big.yaml", "x.md"]),
    "vocabulary": ("5 files of 40,000 distinct random words", _vocabulary, ["check", "--no-cache", "--jobs", "1", "."]),
    "ten-mb": ("a 10 MB draft", _ten_megabytes, ["check", "--no-cache", "x.md"]),
    # Issue 19, items 7 and 8 (a `kill -9` of check leaving its workers is a test: tests/test_cache.py).
    "baseline-deep": ("a baseline nested 100,000 deep", _baseline(findings="[" * 100_000 + "]" * 100_000),
                      ["check", "--no-cache", "--baseline", "baseline.json", "x.md"]),
    "baseline-digits": ("a baseline count of 5,000 digits", _baseline(count="9" * 5000),
                        ["check", "--no-cache", "--baseline", "baseline.json", "x.md"]),
    "baseline-version": ('a baseline with "version": true', _baseline(version="true"),
                         ["check", "--no-cache", "--baseline", "baseline.json", "x.md"]),
    "cache-damaged": ("a cache database with 50 pages overwritten", _cache("damaged"),
                      ["check", "--cache-dir", "c", "x.md"]),
    "cache-folder": ("a cache database that is a folder", _cache("folder"), ["check", "--cache-dir", "c", "x.md"]),
    "cache-link": ("a cache database that is a link to the draft", _cache("link"),
                   ["check", "--cache-dir", "c", "x.md"]),
    "config-environ": ("sources: [/proc/self], a pack's source: environ; check --format full",
                       _config_pointing_at("/proc/self", "environ"), ["check", "--no-cache", "--format", "full", "x.md"]),
    "config-environ-review": ("the same, review", _config_pointing_at("/proc/self", "environ"), ["review", "x.md"]),
    "config-environ-html": ("the same, review --format html", _config_pointing_at("/proc/self", "environ"),
                            ["review", "x.md", "--format", "html"]),
    "config-passwd": ("sources: [/etc], a pack's source: passwd", _config_pointing_at("/etc", "passwd"),
                      ["check", "--no-cache", "--format", "full", "x.md"]),
    "config-packs-zero": ("packs: [/dev/zero]", _config("packs: [/dev/zero]\n"), ["check", "--no-cache", "x.md"]),
    "config-baseline-zero": ("baseline: /dev/zero", _config("baseline: /dev/zero\n"), ["check", "--no-cache", "x.md"]),
    "validate-zero": ("pack validate /dev/zero", _draft(""), ["pack", "validate", "/dev/zero"]),
    "extract-urandom": ("pack extract /dev/urandom", _draft(""), ["pack", "extract", "/dev/urandom"]),
    "baseline-on-draft": ("check drafts --write-baseline drafts/a.md", _drafts,
                          ["check", "--no-cache", "drafts", "--write-baseline", "drafts/a.md"]),
    "baseline-link": ("--write-baseline link.json, a link to drafts/b.md", _drafts,
                      ["check", "--no-cache", "drafts", "--write-baseline", "link.json"]),
    "init-dangling": ("init --force, .healthlint.yaml a link to ../outside/x", _init_dangling, ["init", "--force"]),
    "init-link-draft": ("init --force, .healthlint.yaml a link to a draft", _init_link_to_draft, ["init", "--force"]),
    # The language server (issue 19), fed a recorded session on stdin; exit code 0 means it still
    # answered shutdown and obeyed exit after the hostile part.
    "server-bad-frames": ("server: frames with lengths 'abc', -5, too short, too long, 10^11",
                          lambda d: _session(d, _bad_frames()), ["server"]),
    "server-header-line": ("server: a 300 MB header line", lambda d: _session(d, _long_header()), ["server"]),
    "server-ten-mb-open": ("server: a 10 MB didOpen, a small draft, the long one closed", _ten_mb_session,
                           ["server"]),
}



def run_case(name: str, timeout: float) -> dict:
    _, make, args = CASES[name]
    with tempfile.TemporaryDirectory(prefix="healthlint-hostile-") as folder:
        d = Path(folder)
        where = make(d)
        env = {**os.environ, "HEALTHLINT_USER_CACHE": str(d / ".user-cache"), "DEPLOY_PRIVATE_KEY": SECRET}
        start = time.perf_counter()
        stdin = open(d / "stdin", "rb") if (d / "stdin").exists() else subprocess.DEVNULL  # the server's session
        proc = subprocess.Popen([PY, "-m", "linter", *args], cwd=where if isinstance(where, Path) else d, env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True, stdin=stdin)
        status = usage = None
        while time.perf_counter() - start < timeout:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            time.sleep(0.02)
        else:
            os.killpg(proc.pid, signal.SIGKILL)
            _, status, usage = os.wait4(proc.pid, 0)
            return {"case": name, "seconds": None, "peak_mb": round(usage.ru_maxrss / 1024, 1), "exit": "timeout"}
        wall = time.perf_counter() - start
        err = proc.stderr.read().decode(errors="replace").strip().splitlines()
        return {"case": name, "seconds": round(wall, 2), "peak_mb": round(usage.ru_maxrss / 1024, 1),
                "exit": os.waitstatus_to_exitcode(status), "stderr": err[-1][:100] if err else ""}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds a case may run (default 60)")
    parser.add_argument("--only", default="", help="run the cases whose names contain this")
    options = parser.parse_args(argv)
    print(f"{'case':<20}{'seconds':>9}{'peak MB':>9}{'exit':>9}  what")
    for name, (what, _, _) in CASES.items():
        if options.only not in name:
            continue
        row = run_case(name, options.timeout)
        seconds = f"{row['seconds']:.2f}" if row["seconds"] is not None else f">{options.timeout:.0f}"
        print(f"{name:<20}{seconds:>9}{row['peak_mb']:>9.1f}{row['exit']!s:>9}  {what}", flush=True)
        if row.get("stderr"):
            print(f"{'':<20}  stderr: {row['stderr']}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
