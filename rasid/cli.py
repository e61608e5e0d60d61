"""Command line: argument parsing only; the work is done by the public API."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Sequence

from rasid.errors import RasidError

DEFAULT_SHARED = Path("../shared/data")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="rasid", description="Arabic news in, a traced record of actors, events and quotes out.")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")
    sub = parser.add_subparsers(dest="command", required=True)

    an = sub.add_parser("analyze", help="analyse articles (files, or - for stdin)")
    an.add_argument("paths", nargs="+", help="article files (UTF-8 text); - reads stdin")
    an.add_argument("--published", help="publication date YYYY-MM-DD, to resolve أمس, weekdays and months")
    an.add_argument("--format", choices=("text", "json", "jsonl"), default="text")
    an.add_argument("--tokens", action="store_true", help="include the token layer in JSON")
    an.add_argument("--vectors", action="store_true", help="score events with the detector that also reads sentence vectors (extra 'embeddings'; ~0.1 s a sentence)")
    an.add_argument("--learned-arguments", action="store_true", help="fill ASSAULT arguments the rules leave empty with the learned model (better on the gold standard, often wrong on long news sentences)")

    sub.add_parser("stages", help="list the pipeline stages")
    lex = sub.add_parser("lexicons", help="lexicon tools")
    lex.add_argument("action", choices=("check",))

    train = sub.add_parser("train", help="train a model from ../shared/data")
    train.add_argument("what", choices=("ner",))
    train.add_argument("--data", type=Path, default=DEFAULT_SHARED)
    train.add_argument("--out", type=Path, default=None, help="model path (default: the shipped model)")

    ev = sub.add_parser("eval", help="score rasid against annotated data")
    ev.add_argument("what", choices=("ner", "events"))
    ev.add_argument("path", nargs="?", type=Path, help="ner: a token<TAB>tag file; events: a folder (default ../shared/data/events)")
    ev.add_argument("--json", type=Path, dest="json_out", help="also write the scores as JSON")
    ev.add_argument("--dev", action="store_true", help="ner: score only the dev split (every 10th sentence), as in the README")
    ev.add_argument("--vectors", action="store_true", help="events: the detector also reads sentence vectors (extra 'embeddings'; about 12 min on one core)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except RasidError as exc:
        print(f"rasid: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug must still not print a traceback at users
        if args.debug:
            raise
        print(f"rasid: internal error: {type(exc).__name__}: {exc} (run with --debug for details)", file=sys.stderr)
        return 3


def _read_input(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    p = Path(path)
    if not p.exists():
        raise RasidError(f"{path}: no such file")
    if p.is_dir():
        raise RasidError(f"{path}: is a folder, not an article file")
    return p.read_bytes()


def cmd_analyze(args: argparse.Namespace) -> int:
    from rasid.api import analyze, check_date
    from rasid.render import render_summary

    published = check_date(args.published)
    pipeline = None
    extra: tuple[str, ...] = ()
    if args.vectors:
        from rasid.text.vectors import require

        require()
        extra += ("event_vectors",)  # before the fill: the detector reads the rules' arguments, as it was trained
    if args.learned_arguments:
        extra += ("argument_model",)
    if extra:
        from rasid.api import get_pipeline
        from rasid.pipeline import DEFAULT_STAGES

        pipeline = get_pipeline(DEFAULT_STAGES + extra)
    failures = 0
    single = len(args.paths) == 1
    for path in args.paths:
        name = "stdin" if path == "-" else path
        try:
            doc = analyze(_read_input(path), published=published, doc_id=name, pipeline=pipeline)
        except RasidError as exc:
            failures += 1
            if single:
                raise
            print(f"rasid: error: {name}: {exc}", file=sys.stderr)
            if args.format != "text":
                print(json.dumps({"id": name, "error": str(exc)}, ensure_ascii=False))
            continue
        except Exception as exc:  # one broken document must not stop the batch
            failures += 1
            if args.debug or single:
                raise
            print(f"rasid: error: {name}: internal error {type(exc).__name__}: {exc}", file=sys.stderr)
            if args.format != "text":
                print(json.dumps({"id": name, "error": f"internal error: {type(exc).__name__}: {exc}"}, ensure_ascii=False))
            continue
        if args.format == "text":
            print(render_summary(doc, title=name))
            if not single:
                print()
        elif args.format == "jsonl" or not single:
            print(doc.to_json(indent=None, tokens=args.tokens))
        else:
            print(doc.to_json(tokens=args.tokens))
    return 1 if failures else 0


def cmd_stages(args: argparse.Namespace) -> int:
    from rasid.pipeline import DEFAULT_STAGES, REGISTRY, _load_builtin_stages

    _load_builtin_stages()
    optional = sorted(set(REGISTRY) - set(DEFAULT_STAGES))
    for name in [*DEFAULT_STAGES, *optional]:
        spec = REGISTRY[name]
        mark = " (optional)" if name in optional else ""
        print(f"{name:14} needs {','.join(sorted(spec.requires)) or '-':18} gives {','.join(sorted(spec.provides)):22} {spec.doc}{mark}")
    return 0


def cmd_lexicons(args: argparse.Namespace) -> int:
    from rasid.knowledge.check import check_lexicons

    problems = check_lexicons()
    for p in problems:
        print(p)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


def cmd_train(args: argparse.Namespace) -> int:
    from rasid.training.ner import train

    result = train(args.data, args.out) if args.out else train(args.data, None)
    print(json.dumps(result, ensure_ascii=False, indent=2, default=str))
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    if args.what == "ner":
        from rasid.evaluation.ner import evaluate_file, format_table

        if args.path is None:
            raise RasidError("eval ner needs a file in token<TAB>tag format")
        if not args.path.is_file():
            raise RasidError(f"{args.path}: no such file")
        scores = evaluate_file(args.path, dev_only=args.dev)
    else:
        from rasid.evaluation.events import evaluate_dir, format_table

        path = args.path or DEFAULT_SHARED / "events"
        if not path.is_dir():
            raise RasidError(f"{path}: no such folder (expected the events gold standard)")
        scores = evaluate_dir(path, vectors=args.vectors)
    print(format_table(scores))
    if args.json_out:
        args.json_out.write_text(json.dumps(scores, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


COMMANDS = {"analyze": cmd_analyze, "stages": cmd_stages, "lexicons": cmd_lexicons, "train": cmd_train, "eval": cmd_eval}


if __name__ == "__main__":
    sys.exit(main())
