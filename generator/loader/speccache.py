"""The loaded IR of a spec, cached by the hash of its text: a regeneration of an unchanged spec (a
template edit, another language, an emptied output folder) skips parsing and validating it.

The key covers the spec's text, the name it is shown by (the IR's locations hold it), every file
of the generator (its code and schema decide the IR) and the Python version; the value is the
pickled ``ir.Api``. Only specs that load without an error are kept, in one SQLite file beside the
format cache (the last few specs only). Any problem reading or writing it is a miss: the cache is
only a speed-up. Like the format cache, it trusts the user's own cache folder.
"""

from __future__ import annotations

import hashlib
import pickle
import sqlite3
import sys
from functools import lru_cache
from pathlib import Path
from typing import Optional

from .. import ir
from ..paths import cache_dir

KEEP = 8  # specs kept; the oldest go first
GENERATOR = Path(__file__).resolve().parents[1]


@lru_cache(maxsize=1)
def _generator_digest() -> bytes:
    h = hashlib.sha256(sys.version.encode())
    for path in sorted(GENERATOR.rglob("*")):
        if path.suffix in (".py", ".json") and "__pycache__" not in path.parts:
            h.update(path.relative_to(GENERATOR).as_posix().encode() + b"\0" + path.read_bytes())
    return h.digest()


def key(text: str, file: str) -> str:
    h = hashlib.sha256(_generator_digest())
    h.update(file.encode("utf-8", "surrogatepass") + b"\0")
    h.update(text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def _open() -> Optional[sqlite3.Connection]:
    root = cache_dir()
    if root is None:
        return None
    try:
        root.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(root / "specs.sqlite", timeout=30)
        db.execute("PRAGMA synchronous = OFF")
        db.execute("CREATE TABLE IF NOT EXISTS specs (key TEXT PRIMARY KEY, api BLOB NOT NULL)")
        return db
    except (OSError, sqlite3.Error):
        return None


def get(k: str) -> Optional[ir.Api]:
    db = _open()
    if db is None:
        return None
    try:
        row = db.execute("SELECT api FROM specs WHERE key = ?", (k,)).fetchone()
        api = pickle.loads(row[0]) if row else None
        return api if isinstance(api, ir.Api) else None
    except Exception:  # an unreadable or stale entry: load the spec
        return None
    finally:
        db.close()


def put(k: str, api: ir.Api) -> None:
    db = _open()
    if db is None:
        return
    try:
        with db:
            db.execute("INSERT OR REPLACE INTO specs (key, api) VALUES (?, ?)", (k, pickle.dumps(api, pickle.HIGHEST_PROTOCOL)))
            db.execute("DELETE FROM specs WHERE rowid NOT IN (SELECT rowid FROM specs ORDER BY rowid DESC LIMIT ?)", (KEEP,))
    except (sqlite3.Error, pickle.PicklingError, RecursionError):
        pass
    finally:
        db.close()
