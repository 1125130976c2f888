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

Some paths belong to the user (:class:`Owned`): the folders the pipeline passes (each generated
package's ``lib/``) and whatever ``.sdkgenignore`` at the output root matches (gitignore-style
patterns, relative to the output folder). The writer never writes, removes or reports them: an
existing file there is not stale, and a generated file whose path is owned is left out (``kept``).
"""

from __future__ import annotations

import difflib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Iterable, Optional, Sequence

from .errors import GenerationError

# Folders inside an output tree that tools create and the generator never owns.
IGNORED_DIRS = frozenset({"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache", "node_modules", ".venv"})
FILE_MODE = 0o644
DIR_MODE = 0o755
NAME_MAX = 255  # bytes in one file name (Linux, macOS, Windows)
_TMP_PREFIX, _TMP_SUFFIX = ".", ".sdkgen-tmp"
IGNORE_FILE = ".sdkgenignore"


@dataclass(frozen=True)
class IgnoreRule:
    pattern: str  # as written, for messages
    regex: "re.Pattern[str]"
    negate: bool
    dir_only: bool


def _glob_regex(glob: str) -> str:
    """A gitignore glob as a regex over '/'-separated paths: ``*`` and ``?`` stay inside one path
    segment, ``[...]`` is a class, ``**`` spans segments (``**/x``, ``x/**``, ``a/**/b``)."""
    out, i, n = [], 0, len(glob)
    while i < n:
        c = glob[i]
        if glob.startswith("**", i) and (i == 0 or glob[i - 1] == "/") and (i + 2 == n or glob[i + 2] == "/"):
            out.append(".*" if i + 2 == n else "(?:[^/]*/)*")  # a/** : all inside a; **/ : any folders
            i += 3
            continue
        if c == "*":
            while i < n and glob[i] == "*":
                i += 1
            out.append("[^/]*")
            continue
        end = _class_end(glob, i) if c == "[" else -1
        if end > 0:
            negate = glob[i + 1] in "!^"
            body = glob[i + 1 + negate : end].replace("\\", "\\\\").replace("^", "\\^").replace("[", "\\[")
            out.append(f"(?!/)[{'^' if negate else ''}{body}]")
            i = end
        elif c == "?":
            out.append("[^/]")
        elif c == "\\" and i + 1 < n:
            i += 1
            out.append(re.escape(glob[i]))
        else:
            out.append(re.escape(c))
        i += 1
    return "".join(out)


def _class_end(glob: str, start: int) -> int:
    """The index of the ``]`` closing the class opened at ``start``, or -1 (then ``[`` is literal)."""
    j = start + 1
    if glob[j : j + 1] in ("!", "^"):
        j += 1
    if glob[j : j + 1] == "]":  # a leading ] is a member
        j += 1
    return glob.find("]", j)


def parse_ignore(text: str) -> list[IgnoreRule]:
    """``.sdkgenignore`` lines: blank lines and ``#`` comments skipped, ``!`` re-includes, a trailing
    ``/`` matches folders only, a pattern with a ``/`` before its end is anchored at the output root
    (a leading ``/`` just anchors), any other matches a name at any depth. ``\\#``, ``\\!`` escape."""
    rules = []
    for raw in text.splitlines():
        line = raw.rstrip("\r")
        stripped = line.rstrip(" ")
        if stripped.endswith("\\") and len(stripped) < len(line):
            stripped += " "  # an escaped trailing space is kept
        line = stripped
        if not line or line.startswith("#"):
            continue
        negate = line.startswith("!")
        body = line[1:] if negate else line
        if body.startswith(("\\#", "\\!")):
            body = body[1:]
        dir_only = body.endswith("/")
        body = body.rstrip("/")
        if not body:
            continue
        anchored = "/" in body
        body = body.lstrip("/")
        prefix = "" if anchored else "(?:[^/]*/)*"
        rules.append(IgnoreRule(line, re.compile(prefix + _glob_regex(body) + r"\Z"), negate, dir_only))
    return rules


class Owned:
    """The paths of an output folder that belong to the user: ``dirs`` (folders relative to the
    output folder: each generated package's ``lib/``) and the ``.sdkgenignore`` patterns. As in git,
    a path inside an owned folder is owned whatever a later ``!`` pattern says."""

    def __init__(self, dirs: Iterable[str] = (), rules: Sequence[IgnoreRule] = ()) -> None:
        self.dirs = tuple(sorted(set(dirs)))
        self.rules = tuple(rules)

    @classmethod
    def of(cls, out: Path, dirs: Iterable[str] = ()) -> "Owned":
        """``dirs`` and the rules of ``out/.sdkgenignore`` (none when there is no such file)."""
        path = out / IGNORE_FILE
        try:
            text = path.read_bytes().decode("utf-8")
        except FileNotFoundError:
            return cls(dirs)
        except OSError as exc:
            raise GenerationError(f"{path}: cannot read it ({exc.strerror})") from None
        except UnicodeDecodeError:
            raise GenerationError(f"{path}: not UTF-8 text (save it as UTF-8)") from None
        return cls(dirs, parse_ignore(text))

    def _match(self, path: str, is_dir: bool) -> bool:
        owned = False
        for rule in self.rules:
            if (is_dir or not rule.dir_only) and rule.regex.match(path):
                owned = not rule.negate
        return owned

    def owns_dir(self, path: str) -> bool:
        """Whether the folder ``path`` (relative to the output folder) and all it holds are the user's."""
        return any(path == d or path.startswith(d + "/") for d in self.dirs) or self._match(path, True)

    def __contains__(self, path: object) -> bool:
        if not isinstance(path, str):
            return False
        parts = path.split("/")
        if any(self.owns_dir("/".join(parts[:i])) for i in range(1, len(parts))):
            return True
        return self._match(path, False)


@dataclass
class Plan:
    out: Path
    write: dict[str, bytes] = field(default_factory=dict)  # relative path -> new bytes
    new: set[str] = field(default_factory=set)  # the paths of ``write`` that have no file yet
    unchanged: list[str] = field(default_factory=list)
    remove: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # generated, but the path is the user's: not written
    owned: Owned = field(default_factory=Owned)

    @property
    def clean(self) -> bool:
        return not self.write and not self.remove

    def summary(self) -> str:
        text = f"{len(self.write)} written, {len(self.unchanged)} unchanged, {len(self.remove)} removed"
        return text + (f", {len(self.kept)} left to you ({IGNORE_FILE})" if self.kept else "")


def existing_files(root: Path, owned: Optional[Owned] = None, prefix: str = "") -> list[str]:
    """Files under ``root`` (relative, '/'-separated, sorted), skipping tool caches and, with
    ``owned``, the user's paths (``prefix`` + the relative path is what ``owned`` is asked about)."""
    out: list[str] = []
    if not root.is_dir():
        return out
    for dirpath, dirnames, filenames in os.walk(root):
        here = Path(dirpath).relative_to(root).as_posix()
        here = "" if here == "." else here + "/"
        dirnames[:] = sorted(
            d for d in dirnames
            if d not in IGNORED_DIRS and not d.endswith(".egg-info") and not (owned and owned.owns_dir(prefix + here + d))
        )
        out.extend(here + name for name in filenames if not (owned and prefix + here + name in owned))
    return sorted(out)


def plan(out: Path, files: dict[str, bytes], roots: list[str], keep: Iterable[str] = ()) -> Plan:
    """What writing ``files`` (paths relative to ``out``) means for the folders ``roots`` of ``out``.

    ``keep`` (folders relative to ``out``) and the paths ``out/.sdkgenignore`` matches are the user's
    (see :class:`Owned`): nothing there is written, removed or shown in a diff."""
    p = Plan(out, owned=Owned.of(out, keep))
    for rel in sorted(files):
        _check_path(rel)
        if rel in p.owned:
            p.kept.append(rel)
            continue
        target = out / rel
        try:
            old = target.read_bytes()
        except OSError:
            old = None
        if old == files[rel]:
            p.unchanged.append(rel)
        else:
            p.write[rel] = files[rel]
            if old is None:
                p.new.add(rel)
    for root in sorted(roots):
        for rel in existing_files(out / root, p.owned, f"{root}/"):
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
    """Writes the plan: a file that exists is replaced atomically (written beside it, then renamed);
    a new one is written in place. If anything fails, every new file and folder is removed again and
    no existing file has changed."""
    staged: list[tuple[Path, Path]] = []
    created: list[Path] = []  # folders
    fresh: list[Path] = []  # new files
    folders: set[Path] = set()
    try:
        for rel, data in p.write.items():
            target = p.out / rel
            if target.parent not in folders:
                _make_dirs(target.parent, created)
                folders.add(target.parent)
            if rel in p.new:
                _write(target, data, made=fresh)
            else:
                tmp = target.with_name(f"{_TMP_PREFIX}{target.name}{_TMP_SUFFIX}")
                staged.append((tmp, target))
                _write(tmp, data)
    except BaseException:
        for path in [*fresh, *(tmp for tmp, _ in staged)]:
            path.unlink(missing_ok=True)
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


def _write(path: Path, data: bytes, made: Optional[list[Path]] = None) -> None:
    """``data`` into ``path`` with FILE_MODE whatever the umask; with ``made``, the file must not exist
    yet and is added to ``made`` once created."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_EXCL if made is not None else os.O_TRUNC)
    fd = os.open(path, flags, FILE_MODE)
    if made is not None:
        made.append(path)
    try:
        os.fchmod(fd, FILE_MODE)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
    finally:
        os.close(fd)


def repo_root(start: Optional[Path] = None) -> Path:
    """The folder holding ``.git`` at or above ``start`` (the working directory), else ``start``."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / ".git").exists():
            return folder
    return here


def _display(p: Plan, rel: str, base: Path) -> str:
    """``out/rel`` relative to ``base`` (symbolic links resolved, as git sees paths), or just ``rel``
    when the output folder is outside ``base`` (then the diff applies from the output folder)."""
    out = p.out.resolve()
    if not out.is_relative_to(base) or out == base:
        return rel
    return f"{out.relative_to(base).as_posix()}/{rel}"


def diff(p: Plan, base: Optional[Path] = None) -> str:
    """A unified diff of what ``apply`` would change, in git's format: paths are relative to ``base``
    (default: the repository root of the working directory, see :func:`repo_root`) as ``a/<path>``
    and ``b/<path>``, so ``git apply`` takes it from there (new, deleted and empty files included).
    An output folder outside ``base`` gets paths relative to itself."""
    root = (base or repo_root()).resolve()
    chunks: list[str] = []

    def file_diff(rel: str, old: Optional[str], new: Optional[str]) -> None:
        path = _display(p, rel, root)
        chunks.append(f"diff --git a/{path} b/{path}\n")
        if old is None:
            chunks.append(f"new file mode {FILE_MODE | 0o100000:o}\n")
        elif new is None:
            chunks.append(f"deleted file mode {FILE_MODE | 0o100000:o}\n")
        lines = difflib.unified_diff(
            (old or "").splitlines(keepends=True),
            (new or "").splitlines(keepends=True),
            fromfile="/dev/null" if old is None else f"a/{path}",
            tofile="/dev/null" if new is None else f"b/{path}",
        )
        for line in lines:
            chunks.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")

    for rel, data in sorted(p.write.items()):
        target = p.out / rel
        old = target.read_text(encoding="utf-8", errors="replace") if target.exists() else None
        file_diff(rel, old, data.decode("utf-8", errors="replace"))
    for rel in p.remove:
        file_diff(rel, (p.out / rel).read_text(encoding="utf-8", errors="replace"), None)
    return "".join(chunks)
