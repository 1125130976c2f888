"""Writer: compares the rendered tree with the disk and changes only what differs.

Everything is rendered and formatted in memory before this runs, so a failure in the spec, a
template or a formatter leaves the output folder untouched. Here, each changed file is first
written beside its target as a temporary file; only when all of them are written are they moved
into place (``os.replace``, atomic per file) and stale files removed. A failure while staging
removes the temporary files and leaves the folder as it was.
"""

from __future__ import annotations

import difflib
import os
from dataclasses import dataclass, field
from pathlib import Path

# Folders inside an output tree that tools create and the generator never owns.
IGNORED_DIRS = frozenset({"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache", "node_modules", ".venv"})


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


def apply(p: Plan) -> None:
    staged: list[tuple[Path, Path]] = []
    try:
        for rel, data in p.write.items():
            target = p.out / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_name(f".{target.name}.sdkgen-tmp")
            tmp.write_bytes(data)
            staged.append((tmp, target))
    except BaseException:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
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
