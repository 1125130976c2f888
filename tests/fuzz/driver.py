"""Mutation fuzzing of the generator: ``python tests/fuzz/driver.py --seed S --count N --work DIR``.

Every mutant (a small valid spec with a few random edits) runs through the whole pipeline in this
one process: ``pipeline.generate`` and then ``writer.apply`` into a folder that holds a sentinel
file. A mutant passes when

* it is rejected with ``SpecInvalid`` (every error formatted as ``file:line: message``) or
  ``GenerationError``, and the output folder is byte-for-byte untouched; or
* it is accepted, and every generated ``.py`` file compiles (Go files went through gofmt).

Anything else (another exception, a hang past ``--timeout`` seconds) is a failure: the mutant's
text and traceback are printed and the exit status is 1, unless the failure matches one of
``KNOWN_CRASHES``. The mutant being run is always in ``DIR/mutant.yaml``, so a crash that kills
the process (a segfault) leaves it behind; ``faulthandler`` prints where it happened.
Mutant ``i`` depends only on ``(seed, i)``: ``--only i`` replays one.
"""

from __future__ import annotations

import argparse
import faulthandler
import fnmatch
import random
import re
import shutil
import signal
import sys
import time
import traceback
from pathlib import Path
from types import FrameType
from typing import Callable, Optional

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from generator import pipeline, writer  # noqa: E402
from generator.errors import GenerationError, SpecInvalid  # noqa: E402
from tests.test_bad_specs import BASE  # noqa: E402

# Crashes outside the YAML reader and the writer, found by this fuzzer and left to the owners of
# those files. Each is (exception type, where, detail) as ``signature`` gives it: where is an
# fnmatch pattern of 'generator/<file>:<function>' (the innermost generator frame) or of
# 'generated:<output file>' (generated code that does not compile), detail a substring of the
# message or of the offending source line. A failure that matches one is counted as a known crash
# and does not fail the run. Remove an entry once it is fixed.
KNOWN_CRASHES: list[tuple[str, str, str]] = []  # none: each crash found so far was fixed where it arose

SENTINEL = "keep/sentinel.txt"


def bases() -> list[str]:
    """The specs mutated: the bad-spec tests' base, the nested golden spec and the rest golden spec
    (every REST shape), all Python-only (black is the slow formatter, gofmt would only add time)."""
    out = [BASE]
    for case in ("nested", "rest"):
        text = (ROOT / "tests" / "golden" / case / "spec.yaml").read_text(encoding="utf-8")
        out.append("".join(line for line in text.splitlines(keepends=True) if not line.lstrip().startswith("go:")))
    return out


# ------------------------------------------------------------------------------------- mutations

_SCALAR_SLOT = r"(?<=[:\[,{-] )[^\s,\[\]{}]+"

REPLACEMENTS: list[Callable[[random.Random], str]] = [
    lambda r: str(r.randint(-10**6, 10**6)),
    lambda r: repr(r.uniform(-1e6, 1e6)),
    lambda r: "[1, two, {three: 3}]",
    lambda r: "{a: 1, b: [x]}",
    lambda r: r.choice(["~", "null", ""]),
    lambda r: r.choice(["yes", "no", "true", "False", "on"]),
    lambda r: "x" * r.choice([300, 5000, 100_000]),
    lambda r: r.choice(["ünïcödé", "日本語", "☃", '"\\u2028"', '"e\\u0301"', "'\U0001F600'"]),
    lambda r: r.choice(["'{{ x }}'", "{{ x }}", '"{% raw %}"', "'{#'"]),
    lambda r: r.choice(['"""', "'''", '"\\"\\"\\""', "'\\'", '"\\\\"', "'`'", "'$x'"]),
    lambda r: r.choice(['"\\0"', '"\\x1b[31m"', '"a\\tb"', '"\\r\\n"']),
    lambda r: r.choice(["0", "-1", "1e308", "0x10", "0o7", "1_000", "0b_", "._", "=", "<<", "1:30", "-.inf"]),
    lambda r: r.choice(["class", "def", "None", "type", "import", "self", "func", "go", "range", "__init__"]),
    lambda r: r.choice(["a-b", "1st", "_", "A_B", "a.b", "a/b", "../x", "/etc", "a b", "CON", "aux"]),
]

# Free text that stays valid YAML (quoted), for the places that take text: titles, descriptions,
# enum values, consts. These reach the templates, so they test the emitters' escaping.
NASTY_TEXT = [
    "'\"\"\"'", "\"'''\"", "'\\'", "'\\n'", "\"a\\nb\"", "\"a\\rb\"", "\"tab\\there\"", "\"\\\\\"", "'{{ x }}'", "'{% if %}'", "'{#'",
    "'*/ // <!-- -->'", "'`rm -rf /`'", "'${HOME} $x'", "'%s %d %%'", "'ünïcödé ☃ 日本語 😀'", "'# not a comment'",
    "'</script>'", "'\\u0000 \\x00'", "'a\"b'", "'it''s'", "'\u2028\u2029\x85'", "'e\u0301'", "'\ufeff'", "' '", "''",
    "'-'", "'0'", "'None'", "'null'", "'true'", "'class'", "'__init__'", "'1024x1024'", "'a b'", "'A_B'", "'a.b'", "'../..'",
]


def _nasty_text(text: str, rng: random.Random) -> str:
    value = rng.choice(NASTY_TEXT)
    where = rng.randrange(4)
    if where == 0:
        return re.sub(r"title: [^,}]+", lambda m: f"title: {value}", text, count=1)
    if where == 1:  # a description on a random flow mapping that has a type
        spots = [m.start() for m in re.finditer(r"\{type: ", text)]
        if spots:
            at = rng.choice(spots) + 1
            return text[:at] + f"description: {value}, " + text[at:]
    if where == 2:  # an enum value
        spots = [m.end() for m in re.finditer(r"(?:values|enum): \[", text)]
        if spots:
            at = rng.choice(spots)
            return text[:at] + f"{value}, " + text[at:]
    spots = [m.end() for m in re.finditer(r"const: ", text)]  # a const (a discriminator value)
    if spots:
        at = rng.choice(spots)
        end = text.index(",", at) if "," in text[at:] else at
        return text[:at] + value + text[end:]
    return text


HOSTILE: list[Callable[[random.Random], str]] = [
    lambda r: r.choice(["!custom 1", "!!python/object:os.system x", "!!binary aGVsbG8=", "!!set {a, b}", "!!omap [a: 1]",
                        "!!timestamp 2024-01-01", "!!pairs [a: 1]", "! x", "!!str 12", "!!int 7", "!!float 1", "!!map {}"]),
    lambda r: "&rec [*rec]",
    lambda r: "[" * r.choice([150, 2000, 50_000]) + "]" * r.choice([0, 150]),
    lambda r: "9" * r.choice([101, 5000]),
    lambda r: r.choice([".inf", ".nan", "-.Inf", "1.0e+999"]),
    lambda r: r.choice(["2024-01-01", "2024-01-01 10:00:00", "[2024-01-01, 2001-12-14t21:59:43.10-05:00]"]),
    lambda r: "*undefined",
    lambda r: "&dup 1",
]

HOSTILE_LINES: list[Callable[[random.Random], str]] = [
    lambda r: "k" * r.choice([201, 200_000]) + ": 1",
    lambda r: "lol0: &b0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
    + "".join(f"lol{i}: &b{i} [" + ", ".join([f"*b{i - 1}"] * 10) + "]\n" for i in range(1, 9)),
    lambda r: "---\nsecond: document",
    lambda r: "<<: {a: 1}",
    lambda r: "? [a, b]\n: 1",
    lambda r: "%YAML 1.1\n---",
    lambda r: "deep:\n" + "".join(" " * i + "k:\n" for i in range(1, 150)),
]


def mutate(text: str, rng: random.Random) -> bytes:
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        text = rng.choice(_TEXT_MUTATIONS)(text, rng)
    data = text.encode("utf-8", "surrogatepass")
    if rng.random() < 0.08:  # raw bytes, possibly not UTF-8
        at = rng.randrange(len(data) + 1)
        data = data[:at] + bytes(rng.randrange(256) for _ in range(rng.randint(1, 4))) + data[at:]
    return data


def _lines(text: str) -> list[str]:
    return text.splitlines(keepends=True) or [""]


def _delete_line(text: str, rng: random.Random) -> str:
    lines = _lines(text)
    del lines[rng.randrange(len(lines))]
    return "".join(lines)


def _duplicate_line(text: str, rng: random.Random) -> str:
    lines = _lines(text)
    i = rng.randrange(len(lines))
    lines.insert(i, lines[i])
    return "".join(lines)


def _swap_lines(text: str, rng: random.Random) -> str:
    lines = _lines(text)
    i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
    lines[i], lines[j] = lines[j], lines[i]
    return "".join(lines)


def _indent(text: str, rng: random.Random) -> str:
    lines = _lines(text)
    i = rng.randrange(len(lines))
    delta = rng.choice([-4, -2, -1, 1, 2, 4])
    lines[i] = " " * delta + lines[i] if delta > 0 else lines[i][min(-delta, len(lines[i]) - len(lines[i].lstrip(" "))):]
    if rng.random() < 0.1:
        lines[i] = "\t" + lines[i]
    return "".join(lines)


def _replace_scalar(text: str, rng: random.Random, pool: Optional[list[Callable[[random.Random], str]]] = None) -> str:
    slots = list(re.finditer(_SCALAR_SLOT, text))
    if not slots:
        return text
    m = rng.choice(slots)
    return text[: m.start()] + rng.choice(pool or REPLACEMENTS)(rng) + text[m.end():]


def _insert_hostile(text: str, rng: random.Random) -> str:
    if rng.random() < 0.6:
        return _replace_scalar(text, rng, HOSTILE)
    lines = _lines(text)
    i = rng.randrange(len(lines) + 1)
    indent = rng.choice(["", "  ", "    "])
    block = "".join(indent + line + "\n" for line in rng.choice(HOSTILE_LINES)(rng).split("\n"))
    return "".join(lines[:i]) + block + "".join(lines[i:])


def _control_char(text: str, rng: random.Random) -> str:
    at = rng.randrange(len(text) + 1)
    return text[:at] + rng.choice(["\x00", "\x01", "\x1b", "\x7f", "\x85", "\u2028", "\ufeff", "\ufffe", "\x0c"]) + text[at:]


def _truncate(text: str, rng: random.Random) -> str:
    return text[: rng.randrange(len(text) + 1)]


_TEXT_MUTATIONS: list[Callable[[str, random.Random], str]] = [
    _delete_line, _duplicate_line, _swap_lines, _indent,
    _replace_scalar, _replace_scalar, _replace_scalar,
    _insert_hostile, _insert_hostile, _control_char, _truncate,
    _nasty_text, _nasty_text, _nasty_text, _nasty_text,
]


# ------------------------------------------------------------------------------------- running


class Hang(Exception):
    pass


def _on_alarm(signum: int, frame: Optional[FrameType]) -> None:
    raise Hang("the mutant took longer than the time limit")


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


class GeneratedCodeError(Exception):
    """A generated .py file that does not compile."""

    def __init__(self, rel: str, error: Exception) -> None:
        self.text = (getattr(error, "text", None) or "").strip()
        super().__init__(f"{rel}:{getattr(error, 'lineno', '?')}: {error}: {self.text[:200]}")
        self.rel = rel
        self.error = error


def signature(exc: BaseException) -> tuple[str, str, str]:
    """(exception type, where, detail): where is the innermost generator/ frame ('file:function'),
    or 'generated:<file>' for generated code that does not compile; detail is the message, or the
    offending source line."""
    if isinstance(exc, GeneratedCodeError):
        return ("SyntaxError", f"generated:{exc.rel}", exc.text)
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "/generator/" in f.filename.replace("\\", "/")]
    where = "?"
    if frames:
        last = frames[-1]
        where = "generator/" + last.filename.replace("\\", "/").rsplit("/generator/", 1)[1] + ":" + last.name
    return (type(exc).__name__, where, str(exc))


def known(exc: BaseException) -> Optional[tuple[str, str, str]]:
    kind, where, detail = signature(exc)
    for entry in KNOWN_CRASHES:
        if entry[0] == kind and fnmatch.fnmatchcase(where, entry[1]) and entry[2] in detail:
            return entry
    return None


def run_one(spec: Path, out: Path, verbose: bool = False) -> str:
    """Runs one mutant; returns the outcome ('rejected', 'failed-generation', 'accepted') or raises."""
    shutil.rmtree(out, ignore_errors=True)
    (out / SENTINEL).parent.mkdir(parents=True)
    (out / SENTINEL).write_bytes(b"written before the run\n")
    before = snapshot(out)
    lines = len(spec.read_bytes().decode("utf-8", "replace").splitlines())
    try:
        result = pipeline.generate(spec, out)
        writer.apply(result.plan)
    except SpecInvalid as exc:
        assert exc.errors, "SpecInvalid without errors"
        for err in exc.errors:
            assert isinstance(err.line, int) and 0 <= err.line <= lines + 1, (err, lines)
            assert str(err).startswith(f"{err.file}:{err.line}: {err.message}"), err
            assert err.file.endswith(spec.name), err
        assert snapshot(out) == before, "a rejected spec changed the output folder"
        return "rejected"
    except GenerationError as exc:
        assert snapshot(out) == before, "a failed generation changed the output folder"
        if verbose:
            print(f"generation error: {str(exc)[:300]}", file=sys.stderr)
        return "failed-generation"
    assert (out / SENTINEL).read_bytes() == before[SENTINEL], "the sentinel changed"
    for path in sorted(out.rglob("*.py")):
        try:
            compile(path.read_text(encoding="utf-8"), str(path), "exec")
        except (SyntaxError, ValueError) as exc:  # a NUL byte is a ValueError on some Pythons
            raise GeneratedCodeError(path.relative_to(out).as_posix(), exc) from exc
    assert not list(out.rglob("*.sdkgen-tmp")), "temporary files were left behind"
    return "accepted"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--only", type=int, default=None, help="run only mutant number ONLY")
    parser.add_argument("--work", type=Path, required=True, help="a scratch folder (the current mutant is kept there)")
    parser.add_argument("--timeout", type=int, default=10, help="seconds per mutant")
    parser.add_argument("--verbose", action="store_true", help="also print why generation failed")
    args = parser.parse_args()

    faulthandler.enable()
    signal.signal(signal.SIGALRM, _on_alarm)
    work: Path = args.work
    work.mkdir(parents=True, exist_ok=True)
    spec, out = work / "mutant.yaml", work / "out"
    specs = bases()
    counts: dict[str, int] = {}
    failures: dict[tuple[str, str, str], list[int]] = {}
    started = time.perf_counter()
    for i in range(args.count) if args.only is None else [args.only]:
        rng = random.Random(f"{args.seed}-{i}")
        data = mutate(specs[i % len(specs)], rng)
        spec.write_bytes(data)
        # a hang inside C code ignores SIGALRM: the watchdog thread then dumps the stacks and exits
        faulthandler.dump_traceback_later(args.timeout + 5, exit=True)
        signal.alarm(args.timeout)
        try:
            outcome = run_one(spec, out, args.verbose)
        except BaseException as exc:  # noqa: B036 - every escape is a finding (KeyboardInterrupt aside)
            if isinstance(exc, KeyboardInterrupt):
                raise
            outcome = "known-crash" if known(exc) else "FAILED"
            if outcome == "FAILED":
                kind, where, detail = signature(exc)
                seen = failures.setdefault((kind, where, detail[:80]), [])
                seen.append(i)
                if len(seen) <= 2:  # the first two of each kind in full; the summary counts the rest
                    text = data.decode("utf-8", "backslashreplace")
                    print(f"=== mutant {i} (seed {args.seed}) FAILED: {type(exc).__name__}: {str(exc)[:300]}", file=sys.stderr)
                    print(text if len(text) < 4000 else text[:4000] + f"\n... ({len(text)} characters)", file=sys.stderr)
                    traceback.print_exc(limit=-8, file=sys.stderr)
        finally:
            signal.alarm(0)
            faulthandler.cancel_dump_traceback_later()
        counts[outcome] = counts.get(outcome, 0) + 1
    elapsed = time.perf_counter() - started
    print(f"fuzz: seed {args.seed}, {sum(counts.values())} mutants in {elapsed:.1f}s: "
          + ", ".join(f"{n} {k}" for k, n in sorted(counts.items())))
    for (kind, where, detail), mutants in sorted(failures.items()):
        print(f"  FAILED x{len(mutants)}: {kind} at {where}: {detail[:80]!r} (mutants {', '.join(map(str, mutants[:10]))})")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
