"""Issue 21: a test's timeout is a budget of CPU seconds, so a loaded CI machine (whose wall
clock runs slow for everyone) does not fail it, while a test that burns CPU or hangs still fails."""

from __future__ import annotations

from pathlib import Path

pytest_plugins = ["pytester"]

TESTS = Path(__file__).resolve().parent


def run(pytester, monkeypatch, body: str):
    monkeypatch.setenv("PYTHONPATH", str(TESTS))
    pytester.makepyfile(body)
    return pytester.runpytest_subprocess("-p", "cpu_budget", "-p", "no:cacheprovider")


def test_waiting_on_a_loaded_machine_is_within_the_budget(pytester, monkeypatch):
    result = run(pytester, monkeypatch, """
        import time, pytest
        @pytest.mark.timeout(0.5)
        def test_waits():
            time.sleep(1.5)  # wall time passes, as on a machine whose cores are busy elsewhere
    """)
    result.assert_outcomes(passed=1)


def test_burning_more_cpu_than_the_budget_fails_with_the_figures(pytester, monkeypatch):
    # A clock of CPU seconds that advances one second per reading, so that the test does not
    # itself depend on how busy the machine is.
    pytester.makeconftest("""
        import itertools
        import cpu_budget
        cpu_budget._cpu_seconds = itertools.count(10.0).__next__
    """)
    result = run(pytester, monkeypatch, """
        import pytest
        @pytest.mark.timeout(0.5)
        def test_spins():
            pass
        def test_has_no_budget():
            pass
    """)
    result.assert_outcomes(failed=1, passed=1)
    result.stdout.re_match_lines([r"used 1\.0 s of CPU, over its budget of 0\.5 s"])


def test_a_hang_still_ends_at_ten_times_the_budget(pytester, monkeypatch):
    result = run(pytester, monkeypatch, """
        import time, pytest
        @pytest.mark.timeout(0.2)
        def test_hangs():
            time.sleep(60)
    """)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*Timeout (>2.0s) from pytest-timeout*"])
