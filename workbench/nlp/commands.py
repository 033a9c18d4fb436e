"""CLI commands of the NLP package: ``classify``, ``nlp train``, ``nlp eval``, ``nlp demo-accuracy``.

Nothing here imports spaCy at module level: the CLI imports every commands module at start-up.

``workbench classify [--lang auto|ru|en] [FILE|-]`` reads one statement per line (UTF-8) and writes
one JSON object per line, in input order, exactly
``{"text": ..., "label": "job"|"pain"|"gain"|"other", "score": 0..1, "lang": "ru"|"en"}``.
A blank (or whitespace-only) line is not a statement: it produces no output line. Output is flushed
after every batch, so a pipe sees results while a long file is still being read.
"""

from __future__ import annotations

import argparse
import io
import json
import logging
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from workbench.errors import InputError

log = logging.getLogger(__name__)

CLASSIFY_BATCH = 256


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``classify`` and ``nlp {train,eval,demo-accuracy}`` to the CLI."""
    classify = sub.add_parser(
        "classify",
        help="suggest job/pain/gain/other for statements, one per line, as JSON lines",
        description="Reads one statement per line (blank lines are skipped) and writes one JSON object "
        'per statement, in order: {"text", "label", "score", "lang"}.',
    )
    classify.add_argument("--lang", choices=("auto", "ru", "en"), default="auto", help="language (default: auto)")
    classify.add_argument("file", nargs="?", default="-", metavar="FILE", help="input file, or - for stdin")
    classify.set_defaults(func=_classify)

    nlp = sub.add_parser("nlp", help="train and evaluate the statement classifier")
    nlp_sub = nlp.add_subparsers(dest="nlp_command", metavar="ACTION", parser_class=sub._parser_class)
    train = nlp_sub.add_parser("train", help="reproduce the shipped model from the corpus (deterministic)")
    train.add_argument("--out", type=Path, default=None, help="output directory (default: the shipped model dir)")
    train.add_argument("--corpus", type=Path, default=None, help=argparse.SUPPRESS)
    train.set_defaults(func=_train)
    evaluate = nlp_sub.add_parser("eval", help="per-class precision, recall, F1 and macro-F1 on the dev split")
    evaluate.add_argument("--model", type=Path, default=None, help="model directory (default: the shipped one)")
    evaluate.add_argument("--corpus", type=Path, default=None, help=argparse.SUPPRESS)
    evaluate.set_defaults(func=_eval)
    demo = nlp_sub.add_parser(
        "demo-accuracy",
        help="accuracy, per-class precision/recall and confusion on the demo project's labelled statements",
    )
    demo.add_argument("--model", type=Path, default=None, help="model directory (default: the shipped one)")
    demo.add_argument("--errors", action="store_true", help="also list every misread statement")
    demo.set_defaults(func=_demo_accuracy)
    nlp.set_defaults(func=lambda args: _usage(nlp))


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def _open_input(name: str) -> IO[str]:
    if name == "-":
        buffer = getattr(sys.stdin, "buffer", None)
        return io.TextIOWrapper(buffer, encoding="utf-8") if buffer is not None else sys.stdin
    path = Path(name)
    if path.is_dir():
        raise InputError(f"cannot read {name}: it is a directory")
    if not path.is_file():
        raise InputError(f"cannot read {name}: no such file")
    try:
        return path.open(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read {name}: {exc.strerror}") from exc


def _statements(stream: IO[str], name: str) -> Iterator[str]:
    try:
        for line in stream:
            text = line.rstrip("\r\n")
            if text.strip():
                yield text
    except UnicodeDecodeError as exc:
        raise InputError(f"cannot read {name}: not UTF-8 text") from exc


def _batches(lines: Iterable[str], size: int) -> Iterator[list[str]]:
    batch: list[str] = []
    for line in lines:
        batch.append(line)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _classify(args: argparse.Namespace) -> int:
    from workbench.nlp.api import classify

    stream = _open_input(args.file)
    out = sys.stdout
    try:
        for batch in _batches(_statements(stream, args.file), CLASSIFY_BATCH):
            for s in classify(batch, args.lang):
                row = {"text": s.text, "label": s.label, "score": s.score, "lang": s.lang}
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
            out.flush()
    finally:
        if args.file != "-":
            stream.close()
    return 0


def _train(args: argparse.Namespace) -> int:
    from workbench.nlp.training import evaluate, train

    written = train(args.out, args.corpus)
    for lang, path in written.items():
        print(f"{lang}: {path}")
    print(evaluate(args.out, args.corpus).format())
    return 0


def _eval(args: argparse.Namespace) -> int:
    from workbench.nlp.training import evaluate

    for lang in ("ru", "en"):
        print(f"[{lang}]")
        print(evaluate(args.model, args.corpus, lang=lang).format())
        print()
    print("[all]")
    print(evaluate(args.model, args.corpus).format())
    return 0


def _demo_accuracy(args: argparse.Namespace) -> int:
    from workbench.nlp.demo_accuracy import evaluate_demo

    for result in evaluate_demo(args.model):
        print(result.format())
        if args.errors:
            for item, predicted in result.misread():
                print(f"  {item.label:>5} -> {predicted:<5} [{item.half}] {item.text}")
        print()
    return 0
