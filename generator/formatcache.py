"""Formatting with a cache: a file is formatted only when its unformatted text was never seen.

The key is a hash of the language, the formatter's identity (its version and settings, from the
emitter) and the unformatted text, so a hit returns exactly the bytes the formatter returned for
that text: output stays byte-identical. Misses are formatted in parallel, one process per core.
The cache lives in ``$SDKGEN_CACHE_DIR`` or ``~/.cache/sdkgen`` (``SDKGEN_CACHE_DIR=off``
turns it off); entries are written atomically, and an unreadable entry is a miss.
"""

from __future__ import annotations

import hashlib
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Callable, Optional

PARALLEL_FROM = 8  # fewer misses than this are formatted in this process (a pool costs ~0.1 s)


def cache_dir() -> Optional[Path]:
    value = os.environ.get("SDKGEN_CACHE_DIR", "")
    if value.lower() == "off":
        return None
    if value:
        return Path(value)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "sdkgen"


def _key(identity: str, path: str, text: str) -> str:
    h = hashlib.sha256()
    h.update(identity.encode())
    h.update(b"\0")
    h.update(Path(path).suffix.encode())
    h.update(b"\0")
    h.update(text.encode("utf-8"))
    return h.hexdigest()


_WORKER_FORMAT: Optional[Callable[[str, str], str]] = None


def _init(fmt: Callable[[str, str], str]) -> None:
    global _WORKER_FORMAT
    _WORKER_FORMAT = fmt


def _run(job: tuple[str, str]) -> str:
    assert _WORKER_FORMAT is not None
    return _WORKER_FORMAT(job[0], job[1])


class FormatCache:
    def __init__(self, language: str, identity: str, fmt: Callable[[str, str], str]) -> None:
        self.identity = f"{language}:{identity}"
        self.fmt = fmt
        self.root = cache_dir()
        self.hits = 0
        self.misses = 0

    def _entry(self, key: str) -> Optional[Path]:
        return None if self.root is None else self.root / key[:2] / key

    def format_all(self, files: dict[str, str]) -> dict[str, str]:
        out: dict[str, str] = {}
        todo: list[tuple[str, str, str]] = []
        for path in sorted(files):
            text = files[path]
            key = _key(self.identity, path, text)
            entry = self._entry(key)
            if entry is not None:
                try:
                    out[path] = entry.read_bytes().decode("utf-8")
                    self.hits += 1
                    continue
                except (OSError, UnicodeDecodeError):
                    pass
            todo.append((path, text, key))
        self.misses = len(todo)
        results = self._format([(p, t) for p, t, _ in todo])
        for (path, _, key), formatted in zip(todo, results, strict=True):
            out[path] = formatted
            self._store(key, formatted)
        return out

    def _format(self, jobs: list[tuple[str, str]]) -> list[str]:
        workers = min(os.cpu_count() or 1, len(jobs))
        if len(jobs) < PARALLEL_FROM or workers < 2:
            return [self.fmt(p, t) for p, t in jobs]
        # largest first, so one big file does not finish last
        order = sorted(range(len(jobs)), key=lambda i: -len(jobs[i][1]))
        with ProcessPoolExecutor(max_workers=workers, initializer=_init, initargs=(self.fmt,)) as pool:
            done = list(pool.map(_run, [jobs[i] for i in order], chunksize=1))
        results: list[str] = [""] * len(jobs)
        for i, text in zip(order, done, strict=True):
            results[i] = text
        return results

    def _store(self, key: str, text: str) -> None:
        entry = self._entry(key)
        if entry is None:
            return
        try:
            entry.parent.mkdir(parents=True, exist_ok=True)
            tmp = entry.with_name(f".{entry.name}.{os.getpid()}.tmp")
            tmp.write_bytes(text.encode("utf-8"))
            os.replace(tmp, entry)
        except OSError:
            pass  # a cache that cannot be written is only slower
