"""The no-op fast path: when nothing the output depends on has changed since the last run and
the output folder still holds exactly what that run wrote, there is nothing to do.

The key covers the spec's bytes, every file of the generator and its built-in templates, the
template overlay folder's files (names and bytes), the config file's bytes, the output folder's
``.sdkgenignore``, the formatters' identities (ruff's and black's versions, the gofmt binary), the
--formatter asked for, the languages and the output folder. The stamp lists each output file
with its hash and the folders the user owns (each package's ``lib/``); any difference outside
what the user owns (an edited, added or removed file) means a full run. Stamps live in the format cache's folder and are only a
speed-up: without one, or with the cache off, the full pipeline runs.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path
from typing import Mapping, Optional, Sequence

from .paths import builtin_templates, cache_dir, overlay_files
from .writer import IGNORE_FILE, Owned, existing_files

GENERATOR = Path(__file__).resolve().parent


def _tool_hash() -> str:
    h = hashlib.sha256()
    for name, base in (("generator", GENERATOR), ("templates", builtin_templates())):
        for path in sorted(base.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                h.update(f"{name}/{path.relative_to(base).as_posix()}".encode())
                h.update(path.read_bytes())
    from importlib.metadata import PackageNotFoundError, version

    for tool in ("ruff", "black"):
        try:
            h.update(f"{tool} {version(tool)}".encode())
        except PackageNotFoundError:  # missing: the full run says what to install
            pass
    gofmt = shutil.which("gofmt")
    if gofmt:
        st = os.stat(gofmt)
        h.update(f"{os.path.realpath(gofmt)} {st.st_size} {st.st_mtime_ns}".encode())
    return h.hexdigest()


def key(spec: Path, out: Path, languages: Optional[Sequence[str]], *, templates: Optional[Path] = None,
        config: Optional[Path] = None, formatter: Optional[str] = None) -> Optional[str]:
    """The run's key; None (always a full run) when an input cannot be read.

    ``templates`` is the overlay folder in effect, ``config`` the config file read, if any, and
    ``formatter`` the --formatter asked for."""
    try:
        h = hashlib.sha256()
        h.update(Path(spec).read_bytes())
        h.update(_tool_hash().encode())
        h.update(json.dumps([str(Path(out).resolve()), sorted(languages or []), formatter]).encode())
        if templates is not None:
            folder = Path(templates)
            h.update(f"overlay {folder.resolve()}\0".encode())
            for rel in overlay_files(folder):
                h.update(f"{rel}\0".encode())
                h.update(hashlib.sha256((folder / rel).read_bytes()).digest())
        if config is not None:
            h.update(b"config\0" + Path(config).read_bytes())
        ignore = Path(out) / IGNORE_FILE
        if ignore.is_file():
            h.update(b"ignore\0" + ignore.read_bytes())
        return h.hexdigest()
    except OSError:
        return None


def _stamp(k: str) -> Optional[Path]:
    root = cache_dir()
    return None if root is None else root / "runs" / k


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def unchanged(k: Optional[str], out: Path) -> Optional[int]:
    """The number of files, when the last run with this key left ``out`` exactly as it is now
    (apart from what the user owns)."""
    stamp = _stamp(k) if k else None
    if stamp is None:
        return None
    try:
        recorded = json.loads(stamp.read_text())
        roots, files = recorded["roots"], recorded["files"]
        owned = Owned.of(out, recorded.get("keep", []))
        present = {f"{r}/{rel}" for r in roots for rel in existing_files(out / r, owned, f"{r}/")}
        if present != set(files):
            return None
        for rel, digest in files.items():
            if _digest(out / rel) != digest:
                return None
        return len(files)
    except Exception:  # an unreadable stamp or .sdkgenignore: the full run decides
        return None


def record(k: Optional[str], out: Path, roots: Sequence[str], files: Mapping[str, bytes], keep: Sequence[str] = ()) -> None:
    """Remembers that the run with key ``k`` left ``files`` (relative path -> the bytes written) in
    ``out``; ``keep`` are the folders the user owns (``Result.keep``: each package's ``lib/``),
    whose files the fast path does not compare."""
    stamp = _stamp(k) if k else None
    if stamp is None:
        return
    try:
        data = {"roots": sorted(roots), "keep": sorted(keep), "files": {rel: hashlib.sha256(files[rel]).hexdigest() for rel in sorted(files)}}
        stamp.parent.mkdir(parents=True, exist_ok=True)
        tmp = stamp.with_name(f".{stamp.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(data))
        os.replace(tmp, stamp)
    except OSError:
        pass
