"""A test's `timeout` as a CPU budget (issue 21: the suite must pass on a loaded machine)."""

from __future__ import annotations

import resource

import pytest

# A test's `timeout(N)` is a budget of N seconds of CPU (this process and the children it has
# waited for), which a loaded CI machine does not stretch; the wall-clock timeout that
# pytest-timeout enforces becomes only a guard against a hang, ten times wider.
HANG_GUARD = 10


def pytest_collection_modifyitems(items):
    for item in items:
        marker = item.get_closest_marker("timeout")
        if marker and marker.args:
            item.stash[_CPU_BUDGET] = marker.args[0]
            item.add_marker(pytest.mark.timeout(marker.args[0] * HANG_GUARD), append=False)


_CPU_BUDGET = pytest.StashKey[float]()


def _cpu_seconds() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    budget = item.stash.get(_CPU_BUDGET, None)
    start = _cpu_seconds()
    result = yield
    spent = _cpu_seconds() - start
    if budget is not None and spent > budget:
        pytest.fail(f"used {spent:.1f} s of CPU, over its budget of {budget} s", pytrace=False)
    return result
