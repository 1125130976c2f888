"""The one-way pipeline: load -> IR -> check -> emit -> format -> plan -> write."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional, Sequence

import jinja2

from . import writer
from .emitters import available
from .errors import GenerationError, SpecError, SpecInvalid
from .formatcache import FormatCache
from .ir import Api
from .loader import load_spec


@dataclass
class Result:
    api: Api
    plan: writer.Plan
    roots: list[str]  # the output folders this run owns


def check_all(api: Api) -> None:
    """Every registered language's Namer validates the spec, so a spec valid for one is valid for all."""
    errors: list[SpecError] = []
    for emitter in available().values():
        errors.extend(emitter.check(api))
    if errors:
        raise SpecInvalid(errors)


def render(api: Api, languages: Sequence[str]) -> dict[str, bytes]:
    """Every output file, formatted, in memory: 'lang/relative/path' -> bytes."""
    emitters = available()
    files: dict[str, bytes] = {}
    for lang in languages:
        emitter = emitters[lang]
        try:
            produced = emitter.emit(api)
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
    check_all(api)
    files = render(api, langs)
    roots = langs if languages else sorted(available())
    return Result(api, writer.plan(Path(out), files, roots), list(roots))
