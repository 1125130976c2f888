"""The one-way pipeline: load -> IR -> plan (names, tables, tests) -> emit -> format -> write plan."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional, Sequence

import jinja2

from . import writer
from .emitters import available
from .emitters.base import header_lines
from .errors import GenerationError, SpecError, SpecInvalid
from .formatcache import FormatCache
from .ir import Api
from .loader import load_spec
from .planning import Names, Plan, name_api


@dataclass
class Result:
    api: Api
    plan: writer.Plan
    roots: list[str]  # the output folders this run owns


def plan_languages(api: Api, languages: Sequence[str]) -> tuple[Plan, dict[str, Names]]:
    """The plan and each requested language's names; every spec error of the requested languages.

    Only the languages being generated are checked: adding a language never invalidates a spec
    that does not ask for it."""
    emitters = available()
    errors: list[SpecError] = []
    names: dict[str, Names] = {}
    for lang in languages:
        emitter = emitters[lang]
        style = emitter.style(api)
        names[lang] = name_api(api, style) if style is not None else Names(None, api)
        errors.extend(names[lang].errors)
        errors.extend(emitter.check(api, names[lang]))
    if errors:
        raise SpecInvalid(errors)
    return Plan(api, header_lines(api)[0]), names


def render(api: Api, languages: Sequence[str]) -> dict[str, bytes]:
    """Every output file, formatted, in memory: 'lang/relative/path' -> bytes."""
    emitters = available()
    plan, names = plan_languages(api, languages)
    files: dict[str, bytes] = {}
    for lang in languages:
        emitter = emitters[lang]
        try:
            produced = emitter.emit(plan, names[lang])
        except jinja2.TemplateError as exc:
            where = f"{getattr(exc, 'filename', None) or getattr(exc, 'name', '') or 'a template'}"
            line = getattr(exc, "lineno", None)
            raise GenerationError(f"templates/{lang}: {where}{':' + str(line) if line else ''}: {exc}") from exc
        cache = FormatCache(lang, emitter.formatter_identity(), _Checked(lang, emitter.format))
        for rel, text in cache.format_all(dict(produced)).items():
            files[f"{lang}/{rel}"] = text.encode("utf-8")
    return files


class _Checked:
    """An emitter's formatter whose failures name the file (picklable, for the worker processes)."""

    def __init__(self, lang: str, fmt: Callable[[str, str], str]) -> None:
        self.lang = lang
        self.fmt = fmt

    def __call__(self, rel: str, text: str) -> str:
        try:
            return self.fmt(rel, text)
        except Exception as exc:  # a formatter rejecting output is a template bug
            raise GenerationError(f"{self.lang}/{rel}: the formatter rejected the rendered file: {exc}") from exc


def resolve_languages(requested: Optional[Sequence[str]], api: Optional[Api] = None) -> list[str]:
    """The requested languages, or every language the spec asks for (``packages.<lang>``)."""
    emitters = available()
    names = sorted(emitters)
    if not requested:
        return [n for n in names if api is None or emitters[n].wants(api)]
    unknown = [lang for lang in requested if lang not in names]
    if unknown:
        raise GenerationError(f"unknown language(s): {', '.join(unknown)} (available: {', '.join(names)})")
    if api is not None:
        missing = [lang for lang in requested if not emitters[lang].wants(api)]
        if missing:
            raise GenerationError(f"{api.source} declares no packages.{missing[0]}: add it to generate {missing[0]}")
    return sorted(set(requested))


def generate(spec: str | os.PathLike[str], out: str | os.PathLike[str], languages: Optional[Sequence[str]] = None) -> Result:
    """Plan a generation; the caller applies it (``writer.apply``) or shows it (``writer.diff``).

    Without ``languages``, every language the spec declares is rendered and the output folders of
    the others are emptied (a language dropped from the spec loses its stale output)."""
    resolve_languages(languages)  # unknown names fail before the spec is read
    api = load_spec(spec)
    langs = resolve_languages(languages, api)
    files = render(api, langs)
    roots = langs if languages else sorted(available())
    return Result(api, writer.plan(Path(out), files, roots), list(roots))
