"""A long draft linted in a child process, so that it neither holds up the other buffers (their
checks run meanwhile on the server's worker thread) nor outlives its document: when the
document closes or changes, the child is killed.

The child (`python -m linter.server.apart`) reads (path, text) from stdin, lints it as the
worker would (analysis.analyse, with settings found from the path) and writes back what the
server keeps: findings, the reading problem and the log lines. Both ends are this program, so
they speak pickle over the pipes.
"""

from __future__ import annotations

import asyncio
import pickle
import sys

from linter.server.analysis import Outcome, analyse
from linter.server.configs import Configs

RUNNING: set = set()  # child processes still checking



async def analyse_apart(path: str, text: str) -> Outcome:
    """Lint in a child process; cancelling the awaiting task kills the child."""
    child = await asyncio.create_subprocess_exec(sys.executable, "-m", "linter.server.apart",
                                                 stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    RUNNING.add(child)
    try:
        out, _ = await child.communicate(pickle.dumps((path, text), protocol=pickle.HIGHEST_PROTOCOL))
    finally:
        if child.returncode is None:
            child.kill()
            await asyncio.shield(child.wait())
        RUNNING.discard(child)
    if child.returncode != 0 or not out:
        raise RuntimeError(f"the check of a long draft ended with exit code {child.returncode}")
    return pickle.loads(out)


def stop_all() -> None:
    """Kill every child still checking (the server is exiting)."""
    for child in list(RUNNING):
        if child.returncode is None:
            try:
                child.kill()
            except ProcessLookupError:
                pass


def main() -> int:
    out, sys.stdout = sys.stdout.buffer, sys.stderr  # stdout carries the outcome alone
    path, text = pickle.load(sys.stdin.buffer)
    done = analyse(path, text, None, Configs())
    out.write(pickle.dumps(Outcome(done.findings, done.problem, done.problem_line, tuple(done.logs)),
                           protocol=pickle.HIGHEST_PROTOCOL))
    out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
