"""Command line: ``python -m generator generate [--check] [--spec FILE] [--lang L,..] [--out DIR]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Optional, Sequence

from . import runstamp, writer
from .errors import GenerationError, SpecInvalid
from .pipeline import generate


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description="Generate SDKs from a spec.")
    sub = parser.add_subparsers(dest="command", required=True)
    gen = sub.add_parser("generate", help="render every target language into the output folder")
    gen.add_argument("--spec", default="spec/images.yaml", help="the spec file (default: spec/images.yaml)")
    gen.add_argument("--out", default="generated", help="the output folder (default: generated)")
    gen.add_argument("--lang", default="", help="comma-separated languages (default: all)")
    gen.add_argument("--check", action="store_true", help="write nothing; print the diff and exit 1 if the output is stale")
    mock = sub.add_parser("mock", help="serve a spec on 127.0.0.1: validation, examples, SSE, scripted faults")
    mock.add_argument("--spec", default="spec/images.yaml", help="the spec file (default: spec/images.yaml)")
    mock.add_argument("--host", default="127.0.0.1", help="the address to bind (default: 127.0.0.1)")
    mock.add_argument("--port", type=int, default=4010, help="the port (default: 4010; 0 picks a free one)")
    args = parser.parse_args(argv)

    if args.command == "mock":
        from .loader import load_spec
        from .mock.server import run

        try:
            api = load_spec(args.spec)
        except SpecInvalid as exc:
            for err in exc.errors:
                print(f"error: {err}", file=sys.stderr)
            return 2
        return run(api, args.host, args.port)

    languages = [x.strip() for x in args.lang.split(",") if x.strip()] or None
    out = Path(args.out)
    stamp_key = runstamp.key(Path(args.spec), out, languages)
    same = runstamp.unchanged(stamp_key, out)
    if same is not None:
        print(f"{args.out}/ is up to date ({same} files)" if args.check else f"{args.out}: 0 written, {same} unchanged, 0 removed")
        return 0
    try:
        result = generate(args.spec, args.out, languages)
    except SpecInvalid as exc:
        for err in exc.errors:
            print(f"error: {err}", file=sys.stderr)
        print(f"{len(exc.errors)} error(s); nothing was written.", file=sys.stderr)
        return 2
    except GenerationError as exc:
        print(f"error: {exc}", file=sys.stderr)
        print("nothing was written.", file=sys.stderr)
        return 2
    plan = result.plan
    if args.check:
        if plan.clean:
            runstamp.record(stamp_key, out, result.roots, plan.unchanged)
            print(f"{args.out}/ is up to date ({len(plan.unchanged)} files)")
            return 0
        sys.stdout.write(writer.diff(plan))
        print(f"{args.out}/ is stale: {plan.summary()}. Run `make generate` (or `python -m generator generate"
              f" --spec {args.spec} --out {args.out}`) and commit the result.", file=sys.stderr)
        return 1
    writer.apply(plan)
    runstamp.record(stamp_key, out, result.roots, sorted([*plan.write, *plan.unchanged]))
    print(f"{args.out}: {plan.summary()}")
    return 0
