"""`healthlint review`: every claim with its verdict, as text, JSON and an HTML page checked in Chromium."""

from __future__ import annotations

import json
import shutil
import subprocess
from html.parser import HTMLParser

import pytest

from conftest import ROOT, SOURCE, needs_source
from linter.cli import main

DRAFT = """# Ketamine for anxiety

Ketamine is an FDA-approved anesthetic.
Ketamine is FDA-approved for anxiety.
SSRIs may take 2 to 6 weeks to work, and ketamine can act within hours.
Side effects of ketamine include agitation and nausea.
Ketamine cures anxiety.
"""


@pytest.fixture
def draft(tmp_path):
    path = tmp_path / "draft.md"
    path.write_text(DRAFT, encoding="utf-8")
    return path


@needs_source
def test_json_lists_every_claim_in_order_with_its_verdict(draft, capsys):
    assert main(["review", str(draft), "--format", "json", "--sources", str(SOURCE.parent)]) == 1
    report = json.loads(capsys.readouterr().out)
    got = [(c["line"], c["text"], c["verdict"], c["source_line"]) for c in report["claims"]]
    assert got == [
        (3, "Ketamine is an FDA-approved anesthetic", "supported", 32),
        (4, "Ketamine is FDA-approved for anxiety", "contradicted", 34),
        (5, "2 to 6 weeks", "supported", 28),
        (5, "within hours", "supported", 28),
        (6, "agitation", "supported", 83),
        (6, "nausea", "unsupported", 83),
        (7, "cures", "contradicted", 1),
    ]
    assert report["summary"] == {"supported": 4, "contradicted": 2, "unsupported": 1}
    contradicted = report["claims"][1]
    assert contradicted["code"] == "HL201" and "used off-label" in contradicted["message"]
    assert contradicted["source_text"].startswith("Healthcare professionals may prescribe ketamine for anxiety")


def test_text_report(draft, capsys):
    assert main(["review", str(draft)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"{draft}: 7 claims: 4 supported, 2 contradicted, 1 unsupported"
    assert out[1] == f"  1. {draft}:3:1 SUPPORTED (approval) 'Ketamine is an FDA-approved anesthetic'"
    assert out[2] == "     source: ketamine-anxiety.txt line 32"


def test_a_sources_folder_that_does_not_exist_is_one_warning(draft, tmp_path, capsys):
    found = tmp_path / "found"
    found.mkdir()
    args = ["review", str(draft), "--sources", str(tmp_path / "missing-dir"), "--sources", str(found),
            "--sources", str(tmp_path / "missing-dir")]
    assert main(args) == 1
    out = capsys.readouterr()
    assert out.err == (f"healthlint: warning: --sources {tmp_path / 'missing-dir'}: no such folder, so no sentence "
                       "is quoted from it\n")
    assert out.out.splitlines()[0] == f"{draft}: 7 claims: 4 supported, 2 contradicted, 1 unsupported"


def test_all_supported_exits_0(tmp_path, capsys):
    path = tmp_path / "ok.md"
    path.write_text("Ketamine is not FDA-approved for anxiety.\n", encoding="utf-8")
    assert main(["review", str(path)]) == 0


class _Marks(HTMLParser):
    def __init__(self):
        super().__init__()
        self.rows, self.badges, self.marks, self.body = {}, {}, [], {}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "tr" and "data-claim" in a:
            self.rows[a["data-claim"]] = a["data-verdict"]
        elif tag == "sup" and "data-claim" in a:
            self.badges[a["data-claim"]] = a["class"].split()
        elif tag == "mark":
            self.marks.append((a["class"], a["data-claims"].split()))
        elif tag == "body":
            self.body = a


def _chromium() -> str:
    # Installed by .ci/system-packages (from .ci/run), never by a test.
    found = shutil.which("chromium")
    if found is None:
        pytest.skip("chromium is not installed (.ci/run installs Debian's chromium package, as root)")
    return found


def _headless(chromium, tmp_path, *args) -> subprocess.CompletedProcess:
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={tmp_path / 'profile'}"]
    return subprocess.run([chromium, *flags, *args], capture_output=True, text=True, timeout=120)


@needs_source
def test_html_page_in_headless_chromium(draft, tmp_path, capsys):
    chromium = _chromium()
    page = tmp_path / "review.html"
    assert main(["review", str(draft), "--format", "html", "-o", str(page),
                 "--sources", str(SOURCE.parent)]) == 1
    dom = _headless(chromium, tmp_path, "--dump-dom", page.as_uri())
    assert dom.returncode == 0, dom.stderr
    parsed = _Marks()
    parsed.feed(dom.stdout)
    assert parsed.body.get("data-checked") == "7/7"  # the page's script ran in the browser and agreed
    assert len(parsed.rows) == 7
    for claim, verdict in parsed.rows.items():
        assert verdict in parsed.badges[claim]  # every claim highlighted with its verdict
        assert any(claim in claims for _, claims in parsed.marks)
    assert {"supported", "contradicted", "unsupported"} <= {cls for cls, _ in parsed.marks}
    artifacts = ROOT / "test-artifacts"
    artifacts.mkdir(exist_ok=True)
    shot = _headless(chromium, tmp_path, "--window-size=1400,1000", f"--screenshot={artifacts / 'review.png'}",
                     page.as_uri())
    assert shot.returncode == 0 and (artifacts / "review.png").stat().st_size > 10_000
