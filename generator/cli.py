"""The ``sdkgen`` command (also ``python -m generator``): ``generate``, ``check``, ``mock``, ``--version``.

Settings come from the flags, then from a config file (``--config FILE``, or ``sdkgen.yaml`` in the
working directory when no ``--spec`` is given), then from the defaults (``spec/images.yaml`` into
``generated``). Mistakes are one ``error:`` line and exit 2; a bug is one line asking for a report
and exit 70, with the traceback only under ``SDKGEN_DEBUG=1``.
"""

from __future__ import annotations

import argparse
import errno
import os
import shlex
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Optional, Sequence, TextIO

from .errors import GenerationError, SpecInvalid

if TYPE_CHECKING:
    from .config import Config

# The rest of the generator is imported by the commands, inside main's handlers: a dependency
# missing from this Python is then an error that says what to install, not a traceback.
CONFIG_NAME = "sdkgen.yaml"  # generator.config.CONFIG_NAME
DEFAULT_SPEC = "spec/images.yaml"
DEFAULT_OUT = "generated"
EXIT_USAGE = 2  # the input is wrong: bad flags, a bad spec or config, a busy port
EXIT_BUG = 70  # EX_SOFTWARE: sdkgen itself failed


class UsageError(Exception):
    """An operational mistake the user can fix; the message says how."""


def main(argv: Optional[Sequence[str]] = None, prog: str = "sdkgen") -> int:
    args = _parser(prog).parse_args(argv)
    try:
        command: Callable[[argparse.Namespace], int] = args.run
        return command(args)
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except SpecInvalid as exc:
        for err in exc.errors:
            print(f"error: {err}", file=sys.stderr)
        print(f"{len(exc.errors)} error(s)" + ("; nothing was written." if args.command == "generate" else "."), file=sys.stderr)
        return EXIT_USAGE
    except GenerationError as exc:
        print(f"error: {exc}", file=sys.stderr)
        print("nothing was written.", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except ModuleNotFoundError as exc:  # also importlib.metadata's PackageNotFoundError (black's version)
        module = (exc.name or "").split(".")[0]
        if module and module not in ("generator", "sdkgen_templates"):
            print(f"error: sdkgen needs the Python package '{module}', which {sys.executable} does not have: install sdkgen"
                  " with pip (`pip install .` in its repository brings every dependency), or in the repository run"
                  " `make setup` and use .venv/bin/sdkgen", file=sys.stderr)
            return EXIT_USAGE
        return _bug(exc)
    except Exception as exc:  # a bug: one line, the traceback on request
        return _bug(exc)


def _bug(exc: Exception) -> int:
    if os.environ.get("SDKGEN_DEBUG", "") not in ("", "0"):
        traceback.print_exc()
        hint = "with the traceback above"
    else:
        hint = "with the output of the same command run with SDKGEN_DEBUG=1"
    print(f"error: unexpected {type(exc).__name__}: {exc} (a bug in sdkgen: please report it {hint})", file=sys.stderr)
    return EXIT_BUG


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("sdkgen")
    except PackageNotFoundError:  # a checkout on PYTHONPATH, never installed
        import tomllib

        pyproject = Path(__file__).resolve().parents[1] / "pyproject.toml"
        try:
            return f"{tomllib.loads(pyproject.read_text(encoding='utf-8'))['project']['version']} (not installed)"
        except (OSError, KeyError, ValueError):
            return "unknown (not installed)"


class _Version(argparse.Action):
    """--version, looked up only when asked for (importlib.metadata costs every other run ~25 ms)."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: object, option: Optional[str] = None) -> None:
        print(f"sdkgen {_version()}")
        parser.exit()


def _parser(prog: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Generate typed SDKs (Python, Go, OpenAPI) from one YAML spec.",
        epilog=f"Settings not given as flags come from --config or ./{CONFIG_NAME} (when there is no --spec).",
    )
    parser.add_argument("--version", action=_Version, nargs=0, help="show the version and exit")
    parser.set_defaults(prog=prog)
    sub = parser.add_subparsers(dest="command", required=True, metavar="{generate,check,mock}")

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--spec", metavar="FILE", help=f"the spec file (default: {DEFAULT_SPEC}, or the config's spec)")
        p.add_argument("--config", metavar="FILE", help=f"a config file (default: ./{CONFIG_NAME} when there is no --spec)")

    gen = sub.add_parser("generate", help="render every target language into the output folder")
    common(gen)
    gen.add_argument("--out", metavar="DIR", help=f"the output folder (default: {DEFAULT_OUT}, or the config's out)")
    gen.add_argument("--lang", default="", metavar="L,..", help="comma-separated languages (default: the config's, else every language the spec declares)")
    gen.add_argument("--templates", metavar="DIR", help="an overlay folder: DIR/<lang>/<name> replaces the built-in template")
    gen.add_argument("--check", action="store_true", help="write nothing; print the diff and exit 1 if the output is stale")
    gen.add_argument("--formatter", metavar="NAME", help="the formatter of the languages that offer it: Python's is ruff (black's style), or black itself")
    gen.set_defaults(run=_generate)

    chk = sub.add_parser("check", help="validate the spec (and config) for every language, writing nothing")
    common(chk)
    chk.add_argument("--lang", default="", metavar="L,..", help="comma-separated languages (default: the config's, else every language the spec declares)")
    chk.set_defaults(run=_check)

    mock = sub.add_parser("mock", help="serve a spec on 127.0.0.1: validation, examples, SSE, scripted faults")
    common(mock)
    mock.add_argument("--host", default="127.0.0.1", help="the address to bind (default: 127.0.0.1)")
    mock.add_argument("--port", type=int, default=4010, help="the port (default: 4010; 0 picks a free one)")
    mock.add_argument("--verbose", action="store_true", help="log the /__mock control requests too")
    mock.add_argument(
        "--lax", action="store_true",
        help="accept any bytes as a file and skip the spec's rules (for test suites written for Prism or Steady); types, required params and bounds are still checked",
    )
    mock.set_defaults(run=_mock)
    return parser


# ---------------------------------------------------------------- settings


def _shown(path: Path) -> str:
    """A path as the user would write it: relative to the working directory when inside it."""
    if path.is_absolute():
        try:
            return path.relative_to(Path.cwd()).as_posix()
        except ValueError:
            return str(path)
    return str(path)


def _config(args: argparse.Namespace) -> Optional[Config]:
    from .config import find_config, load_config

    if args.config:
        path = Path(args.config)
        if not path.is_file():
            what = "is a folder, not a file" if path.is_dir() else "does not exist"
            raise UsageError(f"config file {args.config} {what}: check the --config path")
        return load_config(path)
    if args.spec is None:
        found = find_config(Path.cwd())
        if found is not None:
            return load_config(found)
    return None


def _spec(args: argparse.Namespace, config: Optional[Config]) -> str:
    if args.spec is not None:
        spec, fix = Path(args.spec), "check the --spec path"
    elif config is not None and config.spec is not None:
        spec, fix = config.spec, f"fix 'spec:' in {_shown(config.file)}"
    else:
        spec, fix = Path(DEFAULT_SPEC), f"pass --spec FILE, or put a {CONFIG_NAME} with 'spec: FILE' in this folder"
    if not spec.is_file():
        what = "is a folder, not a file" if spec.is_dir() else "does not exist"
        raise UsageError(f"spec file {_shown(spec)} {what}: {fix}")
    return _shown(spec)


def _languages(args: argparse.Namespace) -> Optional[list[str]]:
    """The --lang languages (the config's ``languages:`` are the pipeline's: its errors name the line)."""
    requested = [x.strip() for x in args.lang.split(",") if x.strip()]
    if not requested:
        return None
    from .emitters import available  # only now: the no-op fast path of a run without --lang needs no emitter

    names = sorted(available())
    for lang in requested:
        if lang not in names:
            raise UsageError(f"unknown language '{lang}' (available: {', '.join(names)})")
    return requested or None


def _out(args: argparse.Namespace, config: Optional[Config]) -> Path:
    out = Path(args.out) if args.out else config.out if config is not None and config.out is not None else Path(DEFAULT_OUT)
    shown = _shown(out)
    if out.exists() and not out.is_dir():
        raise UsageError(f"output folder {shown} is a file: pick another --out")
    parent = out.absolute().parent
    if not parent.is_dir():
        what = "is a file, not a folder" if parent.exists() else "does not exist"
        raise UsageError(f"output folder {shown}: its parent {_shown(parent)} {what}: create it or pick another --out")
    return Path(shown)


def _templates(args: argparse.Namespace, config: Optional[Config]) -> Optional[Path]:
    if args.templates:
        templates = Path(args.templates)
        if not templates.is_dir():
            what = "is a file" if templates.exists() else "does not exist"
            raise UsageError(f"templates folder {args.templates} {what}: check the --templates path")
        return templates
    return config.templates if config is not None else None


# ---------------------------------------------------------------- commands


class _Progress:
    """Progress messages on one terminal line, overwritten as work advances and erased at the end."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.shown = False

    def __call__(self, message: str) -> None:
        try:
            columns = os.get_terminal_size(self.stream.fileno()).columns
        except (OSError, ValueError):
            columns = 0
        width = columns - 1 if columns > 1 else 79  # one line: a wrapped one could not be overwritten
        self.stream.write(f"\r\033[K{message[:width]}")
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            self.stream.write("\r\033[K")
            self.stream.flush()
            self.shown = False


def _progress() -> Optional[_Progress]:
    """Progress on stderr only for a person watching: a terminal, and not CI."""
    return _Progress(sys.stderr) if sys.stderr.isatty() and not os.environ.get("CI") else None


def _generate(args: argparse.Namespace) -> int:
    from . import runstamp, writer

    config = _config(args)
    spec = _spec(args, config)
    languages = _languages(args)
    out = _out(args, config)
    templates = _templates(args, config)
    stamp_key = runstamp.key(Path(spec), out, languages, templates=templates, config=config.file if config else None, formatter=args.formatter)
    same = runstamp.unchanged(stamp_key, out)
    if same is not None:
        print(f"{out}/ is up to date ({same} files)" if args.check else f"{out}: 0 written, {same} unchanged, 0 removed")
        return 0
    from .pipeline import generate  # only now: the no-op answer above needs none of the pipeline

    progress = _progress()
    try:
        result = generate(spec, out, languages, templates=templates, config=config, formatter=args.formatter, progress=progress)
    finally:
        if progress is not None:
            progress.close()
    plan = result.plan
    if args.check:
        if plan.clean:
            runstamp.record(stamp_key, out, result.roots, {rel: result.files[rel] for rel in plan.unchanged}, result.keep)
            print(f"{out}/ is up to date ({len(plan.unchanged)} files)")
            return 0
        sys.stdout.write(writer.diff(plan))
        again = [args.prog, "generate", "--spec", spec, "--out", str(out)]
        again += [f"--lang={','.join(languages)}"] if languages else []
        again += [f"--templates={templates}"] if templates else []
        again += [f"--config={config.file}"] if config else []
        again += [f"--formatter={args.formatter}"] if args.formatter else []
        print(f"{out}/ is stale: {plan.summary()}. Run `{shlex.join(again)}` (in the sdkgen repository:"
              " `make generate`) and commit the result.", file=sys.stderr)
        return 1
    writer.apply(plan)
    runstamp.record(stamp_key, out, result.roots, {rel: result.files[rel] for rel in [*plan.write, *plan.unchanged]}, result.keep)
    print(f"{out}: {plan.summary()}")
    return 0


def _check(args: argparse.Namespace) -> int:
    from .pipeline import check_spec, resolve_languages

    config = _config(args)
    spec = _spec(args, config)
    languages = _languages(args)
    try:
        api = check_spec(spec, languages, config=config)
    except SpecInvalid as exc:
        for err in exc.errors:
            print(f"error: {err}", file=sys.stderr)
        print(f"{spec}: {len(exc.errors)} error(s)", file=sys.stderr)
        return EXIT_USAGE
    if languages:
        langs = sorted(set(languages))
    elif config is not None and config.languages:
        langs = sorted(set(config.languages))
    else:
        langs = resolve_languages(None, api)
    operations = len(list(api.operations()))
    types = len(api.models) + len(api.enums) + len(api.unions)
    print(f"{spec}: OK ({_count(operations, 'operation')}, {_count(types, 'type')}; {', '.join(langs) or 'no languages'})")
    return 0


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _mock(args: argparse.Namespace) -> int:
    from .loader import load_spec
    from .mock.server import run, serve

    config = _config(args)
    api = load_spec(_spec(args, config))
    try:
        server = serve(api, args.host, args.port, verbose=args.verbose, lax=args.lax)
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise UsageError(f"port {args.port} is in use: pick another with --port, or 0 for a free one") from None
        if exc.errno == errno.EACCES:
            raise UsageError(f"no permission to listen on port {args.port}: pick one above 1023 with --port, or 0 for a free one") from None
        raise UsageError(f"cannot listen on {args.host}:{args.port} ({exc.strerror or exc}): check --host and --port") from None
    return run(server, api)
