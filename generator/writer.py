"""Writer: compares the rendered tree with the disk and changes only what differs.

Everything is rendered and formatted in memory before this runs, so a failure in the spec, a
template or a formatter leaves the output folder untouched. Here, each changed file is first
written beside its target as a temporary file; only when all of them are written are they moved
into place (``os.replace``, atomic per file) and stale files removed. A failure while staging
removes the temporary files and the folders it made, and leaves the folder as it was.

Files are written with mode 0644 and the folders the writer makes with 0755, whatever the
process umask, so the output (bytes and modes) is the same on every machine. A path the file
system cannot hold (a name over 255 bytes) or one that leaves the output folder is refused
while planning, before anything is written.
"""

from __future__ import annotations

import difflib
import os
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from .errors import GenerationError

# Folders inside an output tree that tools create and the generator never owns.
IGNORED_DIRS = frozenset({"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache", "node_modules", ".venv"})
FILE_MODE = 0o644
DIR_MODE = 0o755
NAME_MAX = 255  # bytes in one file name (Linux, macOS, Windows)
_TMP_PREFIX, _TMP_SUFFIX = ".", ".sdkgen-tmp"


@dataclass
class Plan:
    out: Path
    write: dict[str, bytes] = field(default_factory=dict)  # relative path -> new bytes
    unchanged: list[str] = field(default_factory=list)
    remove: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.write and not self.remove

    def summary(self) -> str:
        return f"{len(self.write)} written, {len(self.unchanged)} unchanged, {len(self.remove)} removed"


def existing_files(root: Path) -> list[str]:
    """Files under ``root`` (relative, '/'-separated, sorted), skipping tool caches."""
    out: list[str] = []
    if not root.is_dir():
        return out
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in IGNORED_DIRS and not d.endswith(".egg-info"))
        for name in filenames:
            full = Path(dirpath) / name
            out.append(full.relative_to(root).as_posix())
    return sorted(out)


def plan(out: Path, files: dict[str, bytes], roots: list[str]) -> Plan:
    """What writing ``files`` (paths relative to ``out``) means for the folders ``roots`` of ``out``."""
    p = Plan(out)
    for rel in sorted(files):
        _check_path(rel)
        target = out / rel
        try:
            old = target.read_bytes()
        except OSError:
            old = None
        if old == files[rel]:
            p.unchanged.append(rel)
        else:
            p.write[rel] = files[rel]
    for root in sorted(roots):
        for rel in existing_files(out / root):
            full = f"{root}/{rel}"
            if full not in files:
                p.remove.append(full)
    return p


def _check_path(rel: str) -> None:
    """Refuses a relative path that leaves the output folder or that the file system cannot hold."""
    path = PurePosixPath(rel)
    if not rel or "\x00" in rel or path.is_absolute() or any(part in ("", ".", "..") for part in rel.split("/")):
        raise GenerationError(f"{_short(repr(rel))}: not a plain relative path inside the output folder")
    for part in path.parts:
        size = len(part.encode("utf-8", "surrogatepass"))
        limit = NAME_MAX - len(_TMP_PREFIX) - len(_TMP_SUFFIX) if part == path.name else NAME_MAX
        if size > limit:
            raise GenerationError(f"{_short(rel)}: the name '{_short(part)}' is {size} bytes long; at most {limit} (use shorter names in the spec)")


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[:limit] + "..."


def _make_dirs(folder: Path, created: list[Path]) -> None:
    """Makes ``folder`` and its missing parents with DIR_MODE, recording each one made."""
    missing: list[Path] = []
    while not folder.is_dir() and folder.parent != folder:
        missing.append(folder)
        folder = folder.parent
    for d in reversed(missing):
        try:
            d.mkdir()
        except FileExistsError:
            if d.is_dir():  # made by someone else meanwhile: not ours to chmod or remove
                continue
            raise
        created.append(d)
        os.chmod(d, DIR_MODE)


def apply(p: Plan) -> None:
    staged: list[tuple[Path, Path]] = []
    created: list[Path] = []
    try:
        for rel, data in p.write.items():
            target = p.out / rel
            _make_dirs(target.parent, created)
            tmp = target.with_name(f"{_TMP_PREFIX}{target.name}{_TMP_SUFFIX}")
            staged.append((tmp, target))
            tmp.write_bytes(data)
            os.chmod(tmp, FILE_MODE)
    except BaseException:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
        for d in reversed(created):
            try:
                d.rmdir()
            except OSError:
                pass
        raise
    for tmp, target in staged:
        os.replace(tmp, target)
    for rel in p.remove:
        target = p.out / rel
        target.unlink(missing_ok=True)
        parent = target.parent
        while parent != p.out and parent.is_dir() and not any(parent.iterdir()):
            parent.rmdir()
            parent = parent.parent


def diff(p: Plan) -> str:
    """A unified diff of what ``apply`` would change."""
    chunks: list[str] = []
    for rel, data in sorted(p.write.items()):
        target = p.out / rel
        old = target.read_text(encoding="utf-8", errors="replace") if target.exists() else ""
        chunks.extend(
            difflib.unified_diff(
                old.splitlines(keepends=True),
                data.decode("utf-8", errors="replace").splitlines(keepends=True),
                fromfile=f"a/{rel}" if target.exists() else "/dev/null",
                tofile=f"b/{rel}",
            )
        )
    for rel in p.remove:
        old = (p.out / rel).read_text(encoding="utf-8", errors="replace")
        chunks.extend(difflib.unified_diff(old.splitlines(keepends=True), [], fromfile=f"a/{rel}", tofile="/dev/null"))
    return "".join(c if c.endswith("\n") else c + "\n" for c in chunks)
