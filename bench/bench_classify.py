"""Classification throughput against a bare ``spacy.blank("ru")`` tokeniser, in the same process.

Both sides run over the same >= 5,000 statements (the shipped corpus, repeated) after a warm-up
pass, so caches (lemmas, lexemes) are as warm as they are in a long-running app. The goal is that
``workbench.nlp.api.classify`` is no more than 3x slower than the bare tokeniser. Each side is timed
in CPU time (``time.process_time``; the machine is shared, and wall-clock time mostly measured its
load) after a full garbage collection, and the tokeniser's docs are dropped as they come, as
``classify`` drops its own: keeping 5,000 docs alive made the baseline pay for collections that
walked them.

Run standalone: ``python bench/bench_classify.py``.
"""

from __future__ import annotations

import gc
import json
import logging
import sys
import time
from collections import deque
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

log = logging.getLogger(__name__)

MIN_STATEMENTS = 5000
GOAL = 3.0
ROUNDS = 5


def _statements() -> list[str]:
    from workbench.resources import resource

    texts: list[str] = []
    for name in ("train.jsonl", "dev.jsonl"):
        for line in resource("nlp", "corpus", name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    repeats = -(-MIN_STATEMENTS // len(texts))
    return (texts * repeats)[: max(MIN_STATEMENTS, len(texts))]


def _best_rates(runs, n: int) -> list[float]:  # type: ignore[no-untyped-def]
    """Statements/s of each run, best of ``ROUNDS``; the runs alternate round by round, so a change in
    the machine's load (it is shared) falls on both sides alike instead of on whichever ran second."""
    best = [float("inf")] * len(runs)
    for _ in range(ROUNDS):
        for i, run in enumerate(runs):
            gc.collect()
            start = time.process_time()
            run()
            best[i] = min(best[i], time.process_time() - start)
    return [n / b for b in best]


def measure() -> list[dict]:
    """One row: classification throughput (statements/s) and how many times slower than the tokeniser."""
    import spacy

    from workbench.nlp import api

    texts = _statements()
    bare = spacy.blank("ru")
    api.warm_up()
    api.classify(texts)  # warm-up: lemma caches and lexemes filled, as in a running app
    deque(bare.pipe(texts, batch_size=512), maxlen=0)
    baseline, value = _best_rates([lambda: deque(bare.pipe(texts, batch_size=512), maxlen=0),
                                   lambda: api.classify(texts)], len(texts))
    return [
        {
            "name": "classification throughput",
            "value": round(value, 1),
            "baseline": round(baseline, 1),
            "ratio": round(baseline / value, 2),
            "goal": GOAL,
            "unit": "×slower",
        }
    ]


if __name__ == "__main__":
    for row in measure():
        print(
            f"{row['name']}: {row['value']:.0f} statements/s, bare tokeniser {row['baseline']:.0f}/s, "
            f"ratio {row['ratio']:.2f} {row['unit']} (goal <= {row['goal']})"
        )
