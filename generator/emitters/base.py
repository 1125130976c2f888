"""What a language emitter is, and the helpers every one of them shares."""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Mapping, Optional, Protocol, Sequence

import jinja2

from ..errors import SpecError
from ..escape import one_line
from ..ir import Api
from ..planning import Names, Plan, Style

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


class Emitter(Protocol):
    """A language: name styles (``style``), a type mapper and views (``emit``), a formatter.

    It reads the IR and the plan only: never YAML, never the semantics package (samples, checker)."""

    name: str  # the --lang value and the folder under generated/ and templates/

    def wants(self, api: Api) -> bool:
        """Whether the spec asks for this target (by declaring ``packages.<name>``)."""
        ...

    def style(self, api: Api) -> Optional[Style]:
        """The language's case styles, reserved words and scopes, for the shared naming walk
        (None: the target has no identifiers of its own)."""
        ...

    def check(self, api: Api, names: Names) -> list[SpecError]:
        """Language-specific spec checks beyond naming (package keys); [] when clean."""
        ...

    def emit(self, plan: Plan, names: Names) -> Mapping[str, str]:
        """Every file of this language's output: relative path -> text, unformatted."""
        ...

    def format(self, path: str, text: str) -> str:
        """The file as it is written (formatted); must be deterministic."""
        ...

    def formatter_identity(self) -> str:
        """What the formatted bytes depend on besides the text (tool version, settings): the cache key."""
        ...


class EmitterBase:
    """What most emitters share: a language is wanted when the spec declares ``packages.<name>``,
    whose keys are checked against ``package_keys`` (key -> (pattern, what a valid value is))."""

    name = ""
    package_keys: Mapping[str, tuple[str, str]] = {}

    def wants(self, api: Api) -> bool:
        return declares_package(api, self.name)

    def check(self, api: Api, names: Names) -> list[SpecError]:
        return package_errors(api, self.name, self.package_keys)


def environment(language: str) -> jinja2.Environment:
    """The one Jinja setup: strict, whitespace-controlled, nothing that changes case.

    Compiled templates are cached beside the formatter cache (keyed by Jinja on the template's
    source), so a regeneration does not compile them again."""
    from ..formatcache import cache_dir

    root = cache_dir()
    bytecode = None
    if root is not None:
        try:
            (root / "jinja").mkdir(parents=True, exist_ok=True)
            bytecode = jinja2.FileSystemBytecodeCache(str(root / "jinja"))
        except OSError:
            bytecode = None
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES / language)),
        bytecode_cache=bytecode,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )


def header_lines(api: Api) -> list[str]:
    """The 'generated, do not edit' notice, naming the spec by file name only (stable across machines)."""
    spec = one_line(Path(api.source).name).replace("--", "- -")  # safe in any comment syntax
    return [
        f"File generated from {spec} by sdkgen. DO NOT EDIT.",
        "Change the spec or the templates and run `make generate` instead.",
    ]


def declares_package(api: Api, language: str) -> bool:
    return bool(api.package(language))


def package_errors(api: Api, language: str, keys: Mapping[str, tuple[str, str]] | Sequence[str]) -> list[SpecError]:
    """Problems with a declared ``packages.<language>``: each of ``keys`` (key -> (pattern, what it
    must be)) present and matching its pattern, so the value is safe wherever a template puts it."""
    pkg = api.package(language)
    if not pkg:
        return []
    line = dict(api.package_lines).get(language, 1)
    out = []
    rules = keys if isinstance(keys, Mapping) else {k: (r"(?s).+", "empty") for k in keys}
    for key, (pattern, what) in rules.items():
        if key not in pkg:
            out.append(SpecError(api.source, line, f"packages.{language}: missing '{key}'", f"add packages.{language}.{key}"))
        elif not re.fullmatch(pattern, pkg[key]):
            out.append(SpecError(api.source, line, f"packages.{language}.{key} '{pkg[key]}' is not {what}", "fix the value"))
    return out


def runtime_files(language: str) -> list[str]:
    """The hand-written runtime of a language: every ``templates/<language>/runtime/**/*.j2``, by path."""
    root = TEMPLATES / language / "runtime"
    return sorted(p.relative_to(root).as_posix()[: -len(".j2")] for p in root.rglob("*.j2"))


def tool_identity(binary: str, hint: str) -> str:
    """A formatter binary as a cache key (path, size, mtime): a new toolchain is a new key."""
    import os
    import shutil

    from ..errors import GenerationError

    path = shutil.which(binary)
    if path is None:
        raise GenerationError(f"{binary} is not installed: {hint}")
    st = os.stat(path)
    return f"{binary} {os.path.realpath(path)} {st.st_size} {st.st_mtime_ns}"


def pipe_format(command: list[str], text: str, hint: str) -> str:
    """Run a formatter over ``text`` (UTF-8 whatever the locale); its complaint is the error."""
    import subprocess

    from ..errors import GenerationError

    try:
        proc = subprocess.run(command, input=text, capture_output=True, text=True, encoding="utf-8", check=False)
    except FileNotFoundError as exc:
        raise GenerationError(f"{command[0]} is not installed: {hint}") from exc
    if proc.returncode != 0:
        raise GenerationError(proc.stderr.strip())
    return proc.stdout


def wrap_doc(text: str, escape: Callable[[str], str], width: int = 96) -> list[str]:
    """A description as comment or docstring lines: paragraphs (split at blank lines) escaped for
    their context one by one, then wrapped; a blank line between paragraphs."""
    out: list[str] = []
    for para in text.replace("\r\n", "\n").strip().split("\n\n"):
        lines = textwrap.wrap(" ".join(escape(para).split()), width, break_on_hyphens=False, break_long_words=False)
        out.extend(([""] if out and lines else []) + lines)
    return out


@dataclass(frozen=True)
class TypeExpr:
    """A type expression of the target language and the imports it needs (protogen's QualifiedGoIdent):
    whoever uses the type gets its imports with it, so no emitter collects imports by hand."""

    text: str
    imports: frozenset[str] = frozenset()

    def __str__(self) -> str:
        return self.text

    def wrap(self, fmt: str, *extra: str) -> "TypeExpr":
        """``fmt`` with ``{}`` for this type (``"[]{}"``), plus any imports the wrapper needs."""
        return TypeExpr(fmt.format(self.text), self.imports | frozenset(extra))
