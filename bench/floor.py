"""The floor of a healthlint run: the spaCy work it cannot do without, and nothing else.

    python bench/floor.py --dump DRAFTS WORK.json   # healthlint lists that work (not timed)
    python bench/floor.py WORK.json [--jobs N]      # the floor: timed by bench/run.py
    python bench/floor.py WORK.json --load-only     # import spaCy and load the model only

The dump holds, for the drafts under DRAFTS, the model healthlint would load (with the
components it leaves out), the prose of each draft and the token texts and spaces of exactly
the sentences healthlint hands the trained parser (linter.runner.parsed_sentences). The floor
process then imports spaCy, loads that model the way linter/grammar.py does (numpy ops, one
BLAS thread), runs spacy.blank("en") with a sentencizer over all the prose and the trained
pipeline over those sentences. With --jobs N the work is split over N processes forked after
loading, as healthlint's workers are.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BATCH = 64  # sentences per nlp.pipe batch, as linter/grammar.py parses them


def dump(folder: Path, out: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from linter.config import load_settings
    from linter.document.read import decode, parse_document
    from linter.grammar import _UNUSED, _installed
    from linter.packs import load_knowledge
    from linter.runner import discover, parsed_sentences

    settings = load_settings(None)  # as `healthlint check` run here reads it
    knowledge = load_knowledge(tuple(settings.packs), settings.bundled)
    drafts = []
    for path, display in discover([str(folder)], settings)[0]:
        document = parse_document(decode(path.read_bytes(), display)[0], display)
        drafts.append({"prose": document.prose,
                       "sentences": [[words, list(spaces)] for words, spaces in parsed_sentences(document, knowledge)]})
    work = {"model": _installed(settings.model)[0], "exclude": list(_UNUSED), "drafts": drafts}
    out.write_text(json.dumps(work), encoding="utf-8")


def load(work: dict):
    import spacy
    from thinc.api import use_ops
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")
    with use_ops("numpy", use_blis=False):
        return spacy.load(work["model"], exclude=work["exclude"])


def floor(work: dict, jobs: int) -> None:
    import spacy

    global _state
    trained = load(work)
    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    _state = (blank, trained, work["drafts"], jobs)
    if jobs > 1:
        import multiprocessing

        with multiprocessing.get_context("fork").Pool(jobs) as pool:  # forked after loading
            pool.map(_share, range(jobs))
    else:
        _share(0)


_state: tuple = ()


def _share(k: int) -> None:
    """The k-th of `jobs` shares of the drafts, every jobs-th from the k-th."""
    blank, trained, drafts, jobs = _state
    _pass(blank, trained, drafts[k::jobs])


def _pass(blank, trained, drafts: list[dict]) -> None:
    from spacy.tokens import Doc

    for draft in drafts:
        blank(draft["prose"])
    docs = (Doc(trained.vocab, words=words, spaces=[bool(s) for s in spaces])
            for draft in drafts for words, spaces in draft["sentences"])
    for _ in trained.pipe(docs, batch_size=BATCH):
        pass


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("work", nargs="+")
    parser.add_argument("--dump", action="store_true", help="DRAFTS WORK.json: write the work list")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--load-only", action="store_true")
    args = parser.parse_args()
    if args.dump:
        dump(Path(args.work[0]), Path(args.work[1]))
        return 0
    work = json.loads(Path(args.work[0]).read_text(encoding="utf-8"))
    if args.load_only:
        load(work)
        return 0
    floor(work, args.jobs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
