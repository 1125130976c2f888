"""Formatting: the formatters an emitter can name, and a cache in front of them.

A formatter formats many files at once, and starts before it finishes (``start`` returns a
:class:`Pending`), so the pipeline renders the next language while a formatter binary works:

- :class:`TreeTool` writes the files into a temporary folder and runs one process over all of them
  (``ruff format``, ``gofmt -w``): one start-up per tree, never one per file, and the tool's own
  parallelism;
- :class:`PerFile` calls a Python function per file (black), in one process per core when there
  are many;
- :data:`NONE` leaves files as they are.

The cache key is a hash of the language, the formatter's identity (its version and settings) and
the unformatted text, so a hit returns exactly the bytes the formatter returned for that text:
output stays byte-identical. The cache lives in ``$SDKGEN_CACHE_DIR`` or ``~/.cache/sdkgen``
(``SDKGEN_CACHE_DIR=off`` turns it off), one SQLite file for every entry.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import tempfile
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import partial
from importlib.metadata import version
from pathlib import Path
from typing import IO, Any, Callable, Optional, Protocol, Sequence

from .errors import GenerationError
from .paths import cache_dir

PARALLEL_FROM = 8  # PerFile: fewer files than this are formatted in this process (a pool costs ~0.1 s)
Job = tuple[str, str]  # (relative path, unformatted text)


class Pending(Protocol):
    def result(self) -> list[str]:
        """The formatted texts, in the order of the jobs; raises GenerationError naming the file."""
        ...


class Formatter(Protocol):
    @property
    def name(self) -> str:
        """What --formatter calls it ("ruff", "black", "gofmt"; "none")."""
        ...

    def identity(self) -> str:
        """What the formatted bytes depend on besides the text (tool version, settings): the cache key."""
        ...

    def applies(self, path: str) -> bool:
        """Whether the file is formatted at all (others are written as rendered)."""
        ...

    def start(self, lang: str, jobs: list[Job]) -> Pending:
        """Begins formatting ``jobs``; ``lang`` names the files in errors ("python/src/x.py")."""
        ...


@dataclass
class _Done:
    texts: list[str]

    def result(self) -> list[str]:
        return self.texts


class _None:
    name = "none"

    def identity(self) -> str:
        return "none"

    def applies(self, path: str) -> bool:
        return False

    def start(self, lang: str, jobs: list[Job]) -> Pending:
        return _Done([text for _, text in jobs])


NONE: Formatter = _None()


# ------------------------------------------------------------------ one process per tree


class _TreeRun:
    """A formatter process at work on a temporary folder; ``result`` waits and reads the files back."""

    def __init__(self, tool: "TreeTool", lang: str, jobs: list[Job]) -> None:
        self.tool, self.lang, self.jobs = tool, lang, jobs
        self.folder = tempfile.mkdtemp(prefix="sdkgen-format-", dir=_scratch())
        self.proc: Optional[subprocess.Popen[bytes]] = None
        self.log: Optional[IO[bytes]] = None
        try:
            for rel, text in jobs:
                path = os.path.join(self.folder, rel)
                os.makedirs(os.path.dirname(path), exist_ok=True)
                with open(path, "wb") as f:
                    f.write(text.encode("utf-8"))
            self.log = tempfile.TemporaryFile()  # a file, not a pipe: a chatty tool cannot block on it
            self.proc = subprocess.Popen([*tool.command(), *(rel for rel, _ in jobs)], cwd=self.folder,
                                         stdin=subprocess.DEVNULL, stdout=self.log, stderr=subprocess.STDOUT)
        except FileNotFoundError as exc:
            self._cleanup()
            raise GenerationError(f"{tool.command()[0]} is not installed: {tool.hint}") from exc
        except BaseException:
            self._cleanup()
            raise

    def result(self) -> list[str]:
        assert self.proc is not None and self.log is not None
        try:
            code = self.proc.wait()
            if code != 0:
                self.log.seek(0)
                raise GenerationError(self._complaint(code, self.log.read().decode("utf-8", "replace")))
            out = []
            for rel, _ in self.jobs:
                with open(os.path.join(self.folder, rel), "rb") as f:
                    out.append(f.read().decode("utf-8"))
            return out
        finally:
            self._cleanup()

    def _complaint(self, code: int, said: str) -> str:
        """The tool's complaint, one line per rejected file, each naming it as ``<lang>/<path>``."""
        said = said.replace(self.folder + os.sep, "")
        rels = sorted((rel for rel, _ in self.jobs), key=len, reverse=True)  # the longest path that a line names
        lines = []
        for line in said.splitlines():
            rel = next((r for r in rels if r in line), None)
            if rel is not None:
                lines.append(f"{self.lang}/{rel}: the formatter ({self.tool.name}) rejected the rendered file: {line.strip()}")
        return "\n".join(lines) or f"{self.lang}: {self.tool.name} failed (exit {code}): {said.strip()[:2000]}"

    def _cleanup(self) -> None:
        if self.log is not None:
            self.log.close()
        shutil.rmtree(self.folder, ignore_errors=True)


def _scratch() -> Optional[str]:
    """Where the files for a formatter go: memory (/dev/shm) when the system has it, else the temp folder."""
    shm = "/dev/shm"
    return shm if os.path.isdir(shm) and os.access(shm, os.W_OK | os.X_OK) else None


@dataclass(frozen=True)
class TreeTool:
    """A formatter binary run once over every file it formats (given as paths relative to a
    temporary folder it rewrites in place)."""

    name: str
    binary: Callable[[], str]  # the binary's path (or a name on PATH)
    options: tuple[str, ...]  # its fixed options; the files follow
    suffix: str  # the files it formats
    version: Callable[[], str]  # the tool's version, for the cache key
    hint: str  # how to install it

    def command(self) -> list[str]:
        return [self.binary(), *self.options]

    def identity(self) -> str:
        return f"{self.name} {self.version()} {' '.join(self.options)}"

    def applies(self, path: str) -> bool:
        return path.endswith(self.suffix)

    def start(self, lang: str, jobs: list[Job]) -> Pending:
        return _TreeRun(self, lang, jobs) if jobs else _Done([])


# ------------------------------------------------------------------ a function per file

_WORKER_FORMAT: Optional[Callable[[str], str]] = None


def _init(fmt: Callable[[str], str]) -> None:
    global _WORKER_FORMAT
    _WORKER_FORMAT = fmt


def _run(text: str) -> str:
    assert _WORKER_FORMAT is not None
    return _WORKER_FORMAT(text)


@dataclass(frozen=True)
class PerFile:
    """A formatter that is a Python function of one file's text (picklable, for the worker processes)."""

    name: str
    fmt: Callable[[str], str]
    suffix: str
    version: Callable[[], str]

    def identity(self) -> str:
        return f"{self.name} {self.version()}"

    def applies(self, path: str) -> bool:
        return path.endswith(self.suffix)

    def start(self, lang: str, jobs: list[Job]) -> Pending:
        try:
            return _Done(self._format([text for _, text in jobs]))
        except GenerationError:
            raise
        except Exception:
            for rel, text in jobs:  # name the file the formatter rejects
                try:
                    self.fmt(text)
                except Exception as exc:
                    raise GenerationError(f"{lang}/{rel}: the formatter ({self.name}) rejected the rendered file: {exc}") from exc
            raise

    def _format(self, texts: list[str]) -> list[str]:
        workers = min(os.cpu_count() or 1, len(texts))
        if len(texts) < PARALLEL_FROM or workers < 2:
            return [self.fmt(t) for t in texts]
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))  # largest first: no big file finishes last
        with ProcessPoolExecutor(max_workers=workers, initializer=_init, initargs=(self.fmt,)) as pool:
            done = list(pool.map(_run, [texts[i] for i in order], chunksize=1))
        results: list[str] = [""] * len(texts)
        for i, text in zip(order, done, strict=True):
            results[i] = text
        return results


# ------------------------------------------------------------------ the formatters the emitters use


def ruff_format(line_length: int, target: str) -> TreeTool:
    """ruff's formatter (black's style), with no configuration file but these settings."""
    return TreeTool("ruff", _ruff_bin, ("format", "--isolated", "--no-cache", f"--line-length={line_length}", f"--target-version={target}"),
                    ".py", partial(version, "ruff"), "reinstall sdkgen: it depends on ruff")


def _ruff_bin() -> str:
    from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped]  # ruff ships no types

    return str(find_ruff_bin())


def black_mode(line_length: int, target: str) -> Any:
    from black.mode import Mode, TargetVersion

    return Mode(line_length=line_length, target_versions={TargetVersion[target.upper()]})


def _black(line_length: int, target: str, text: str) -> str:
    import black

    return black.format_str(text, mode=black_mode(line_length, target))


def black_format(line_length: int, target: str) -> PerFile:
    """black itself, in this process (one process per core when there are many files)."""
    return PerFile("black", partial(_black, line_length, target), ".py", lambda: f"{version('black')} line-length {line_length} {target}")


def gofmt(hint: str) -> TreeTool:
    """gofmt over the whole tree; a new toolchain (the binary's path, size, mtime) is a new cache key."""
    return TreeTool("gofmt", partial(str, "gofmt"), ("-w",), ".go", partial(_tool_identity, "gofmt", hint), hint)


BIOME_HINT = ("the TypeScript target formats with Biome 2.6.8: run `make setup` (npm install) in the sdkgen checkout, "
              "or put biome on the PATH (npm install -g @biomejs/biome@2.6.8), or set SDKGEN_BIOME to its path")


def biome() -> TreeTool:
    """Biome's formatter over the whole tree (openai-node's style: 2 spaces, single quotes, trailing
    commas, 110 columns), with these settings and no configuration file; pinned by package-lock.json."""
    options = ("format", "--write", "--config-path=" + str(_ROOT / "generator" / "emitters" / "typescript"))
    return TreeTool("biome", _biome_bin, options, ".ts", lambda: _tool_identity(_biome_bin(), BIOME_HINT), BIOME_HINT)


_ROOT = Path(__file__).resolve().parent.parent


def _biome_bin() -> str:
    """$SDKGEN_BIOME, else the checkout's pinned one (node_modules), else biome on the PATH."""
    pinned = _ROOT / "node_modules" / ".bin" / "biome"
    found = os.environ.get("SDKGEN_BIOME") or (str(pinned) if pinned.exists() else shutil.which("biome"))
    if not found:
        raise GenerationError(f"biome is not installed: {BIOME_HINT}")
    return found


def _tool_identity(binary: str, hint: str) -> str:
    path = shutil.which(binary)
    if path is None:
        raise GenerationError(f"{binary} is not installed: {hint}")
    st = os.stat(path)
    return f"{os.path.realpath(path)} {st.st_size} {st.st_mtime_ns}"


# ------------------------------------------------------------------ the cache


def _key(identity: str, path: str, text: str) -> str:
    h = hashlib.sha256()
    h.update(identity.encode())
    h.update(b"\0")
    h.update(Path(path).suffix.encode())
    h.update(b"\0")
    h.update(text.encode("utf-8"))
    return h.hexdigest()


class FormatCache:
    """A formatter behind the cache: ``start(files)`` looks every file up, starts the formatter on
    the misses, and returns what ``result()`` of the run gives back (every file, formatted).

    The entries are rows of one SQLite file (``formatted.sqlite`` in the cache folder): thousands of
    small files cost a disk more than the formatting itself. A cache that cannot be opened, read or
    written is only slower: every file is a miss."""

    def __init__(self, language: str, formatter: Formatter) -> None:
        self.language = language
        self.formatter = formatter
        self.identity = f"{language}:{formatter.identity()}"
        self.root = cache_dir()
        self.hits = 0
        self.misses = 0

    def _lookup(self, keys: list[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        db = _open(self.root)
        if db is None or not keys:
            return found
        try:
            with db:
                for i in range(0, len(keys), 500):  # SQLite's limit on parameters
                    chunk = keys[i : i + 500]
                    rows = db.execute(f"SELECT key, text FROM formatted WHERE key IN ({','.join('?' * len(chunk))})", chunk)
                    found.update((k, t) for k, t in rows if isinstance(t, str))
        except sqlite3.Error:
            pass
        finally:
            db.close()
        return found

    def start(self, files: dict[str, str]) -> "_CachedRun":
        out: dict[str, str] = {}
        keys = {path: _key(self.identity, path, text) for path, text in files.items() if self.formatter.applies(path)}
        known = self._lookup(sorted(set(keys.values())))
        todo: list[tuple[str, str, str]] = []
        for path in sorted(files):
            key = keys.get(path)
            if key is None:
                out[path] = files[path]
            elif key in known:
                out[path] = known[key]
                self.hits += 1
            else:
                todo.append((path, files[path], key))
        self.misses = len(todo)
        return _CachedRun(self, out, todo, self.formatter.start(self.language, [(p, t) for p, t, _ in todo]))

    def format_all(self, files: dict[str, str]) -> dict[str, str]:
        return self.start(files).result()

    def store(self, entries: list[tuple[str, str]]) -> None:
        db = _open(self.root)
        if db is None or not entries:
            return
        try:
            with db:
                db.executemany("INSERT OR REPLACE INTO formatted (key, text) VALUES (?, ?)", entries)
        except sqlite3.Error:
            pass
        finally:
            db.close()


def _open(root: Optional[Path]) -> Optional[sqlite3.Connection]:
    if root is None:
        return None
    try:
        root.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(root / "formatted.sqlite", timeout=30)
        db.execute("PRAGMA synchronous = OFF")  # a cache: losing the last writes to a crash is fine
        db.execute("CREATE TABLE IF NOT EXISTS formatted (key TEXT PRIMARY KEY, text TEXT NOT NULL)")
        return db
    except (OSError, sqlite3.Error):
        return None


@dataclass
class _CachedRun:
    cache: FormatCache
    out: dict[str, str]
    todo: Sequence[tuple[str, str, str]]
    pending: Pending

    def result(self) -> dict[str, str]:
        done = self.pending.result()
        for (path, _, _), formatted in zip(self.todo, done, strict=True):
            self.out[path] = formatted
        self.cache.store([(key, formatted) for (_, _, key), formatted in zip(self.todo, done, strict=True)])
        return dict(sorted(self.out.items()))
