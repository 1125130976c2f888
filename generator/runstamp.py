"""The no-op fast path: when nothing the output depends on has changed since the last run and
the output folder still holds exactly what that run wrote, there is nothing to do.

The key covers the spec's bytes, every file of the generator and its templates, the formatters'
identities (black's version, the gofmt binary), the languages and the output folder. The stamp
lists each output file with its hash; any difference (an edited, added or removed file) means a
full run. Stamps live in the format cache's folder and are only a speed-up: without one, or with
the cache off, the full pipeline runs.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path
from typing import Optional, Sequence

from .formatcache import cache_dir
from .writer import existing_files

ROOT = Path(__file__).resolve().parents[1]


def _tool_hash() -> str:
    h = hashlib.sha256()
    for base in (ROOT / "generator", ROOT / "templates"):
        for path in sorted(base.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                h.update(path.relative_to(ROOT).as_posix().encode())
                h.update(path.read_bytes())
    try:
        from importlib.metadata import version

        h.update(f"black {version('black')}".encode())
    except Exception:  # black missing: the Python target fails in the full run
        pass
    gofmt = shutil.which("gofmt")
    if gofmt:
        st = os.stat(gofmt)
        h.update(f"{os.path.realpath(gofmt)} {st.st_size} {st.st_mtime_ns}".encode())
    return h.hexdigest()


def key(spec: Path, out: Path, languages: Optional[Sequence[str]]) -> Optional[str]:
    try:
        h = hashlib.sha256()
        h.update(spec.read_bytes())
        h.update(_tool_hash().encode())
        h.update(json.dumps([str(out.resolve()), sorted(languages or [])]).encode())
        return h.hexdigest()
    except OSError:
        return None


def _stamp(k: str) -> Optional[Path]:
    root = cache_dir()
    return None if root is None else root / "runs" / k


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def unchanged(k: Optional[str], out: Path) -> Optional[int]:
    """The number of files, when the last run with this key left ``out`` exactly as it is now."""
    stamp = _stamp(k) if k else None
    if stamp is None:
        return None
    try:
        recorded = json.loads(stamp.read_text())
        roots, files = recorded["roots"], recorded["files"]
        present = {f"{r}/{rel}" for r in roots for rel in existing_files(out / r)}
        if present != set(files):
            return None
        for rel, digest in files.items():
            if _digest(out / rel) != digest:
                return None
        return len(files)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def record(k: Optional[str], out: Path, roots: Sequence[str], files: Sequence[str]) -> None:
    stamp = _stamp(k) if k else None
    if stamp is None:
        return
    try:
        data = {"roots": sorted(roots), "files": {rel: _digest(out / rel) for rel in sorted(files)}}
        stamp.parent.mkdir(parents=True, exist_ok=True)
        tmp = stamp.with_name(f".{stamp.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(data))
        os.replace(tmp, stamp)
    except OSError:
        pass
