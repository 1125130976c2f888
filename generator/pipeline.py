"""The one-way pipeline: load -> IR -> plan (names, tables, tests) -> emit -> format -> write plan.

Customization enters here and nowhere else: the config file's ``packages:`` are merged over the
spec's (the config wins per key, and its values' errors name the config's lines), and a template
overlay folder is checked and handed to the emitters' Jinja environments (``emitters.base``), so
the emitters neither read the config nor know about overlays. The folders the user owns in the
output (each package's ``lib/``) are found here and given to the writer.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import TracebackType
from typing import Callable, Iterator, Optional, Sequence

import jinja2

from . import writer
from .config import Config
from .emitters import available
from .emitters.base import Customization, check_overlay, current_customization, customized, header_lines, runtime_files
from .errors import GenerationError, SpecError, SpecInvalid
from .formatcache import FormatCache
from .ir import Api
from .loader import load_spec
from .loader.build import author
from .parallel import can_fork, cores, in_worker, realize
from .paths import no_cache
from .planning import Names, Plan, name_api

Progress = Callable[[str], None]
LIB = "lib"  # the folder of hand-written code inside each generated package


@dataclass
class Result:
    api: Api
    plan: writer.Plan
    roots: list[str]  # the output folders this run owns
    keep: list[str] = field(default_factory=list)  # the folders (relative to out) the user owns: each package's lib/
    files: dict[str, bytes] = field(default_factory=dict)  # every generated file (relative to out), as written


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


def render(api: Api, languages: Sequence[str], *, formatter: Optional[str] = None, progress: Optional[Progress] = None) -> dict[str, bytes]:
    """Every output file, formatted, in memory: 'lang/relative/path' -> bytes.

    Each language is named, checked, rendered and formatted on its own (:func:`_language`). With
    several languages and cores, the languages run in forked worker processes, one per core (a
    fork shares the loaded IR without copying it); a single language renders its templates on
    every core instead (``generator.parallel``). Every spec error of every language is raised
    together, as ``SpecInvalid``. ``formatter`` is used by the languages that offer it
    (``--formatter``), the others use their default."""
    note = progress or _quiet
    check_formatter(formatter, languages)
    done: dict[str, _Done] = {}
    if len(languages) > 1 and can_fork():
        global _JOB
        _JOB = (api, formatter, current_customization())
        try:
            with ProcessPoolExecutor(max_workers=min(cores(), len(languages)), mp_context=multiprocessing.get_context("fork")) as pool:
                futures = {pool.submit(_language_job, lang): lang for lang in languages}
                for future in as_completed(futures):
                    done[futures[future]] = result = future.result()
                    _report(result, note)
        finally:
            _JOB = None
    else:
        for lang in languages:
            done[lang] = result = _language(api, lang, formatter)
            _report(result, note)
    errors = [e for lang in languages for e in done[lang].errors]
    if errors:
        raise SpecInvalid(errors)
    failed = next((done[lang].failure for lang in languages if done[lang].failure), "")
    if failed:
        raise GenerationError(failed)
    return {f"{lang}/{rel}": text.encode("utf-8") for lang in languages for rel, text in done[lang].files.items()}


@dataclass
class _Done:
    """What one language gave: its files, or its spec errors, or why rendering or formatting failed."""

    lang: str
    files: dict[str, str] = field(default_factory=dict)
    errors: list[SpecError] = field(default_factory=list)
    failure: str = ""
    formatter: str = ""
    hits: int = 0


def _language(api: Api, lang: str, formatter: Optional[str]) -> _Done:
    emitter = available()[lang]
    style = emitter.style(api)
    names = name_api(api, style) if style is not None else Names(None, api)
    errors = names.errors + emitter.check(api, names)
    if errors:
        return _Done(lang, errors=errors)
    try:
        produced = realize(emitter.emit(Plan(api, header_lines(api)[0]), names))
    except jinja2.TemplateError as exc:
        return _Done(lang, failure=f"{_template_place(lang, exc)}: {exc}")
    except GenerationError as exc:
        return _Done(lang, failure=str(exc))
    chosen = formatter if formatter in emitter.formatters else (emitter.formatters or ("none",))[0]
    cache = FormatCache(lang, emitter.formatter(chosen))
    try:
        formatted = cache.start(produced).result()
    except GenerationError as exc:
        return _Done(lang, failure=str(exc))
    return _Done(lang, formatted, formatter=cache.formatter.name, hits=cache.hits)


_JOB: Optional[tuple[Api, Optional[str], Customization]] = None  # what the forked workers share


def _language_job(lang: str) -> _Done:
    assert _JOB is not None
    api, formatter, custom = _JOB
    in_worker()
    with no_gc(), customized(custom):
        return _language(api, lang, formatter)


def _report(done: _Done, note: Progress) -> None:
    if not done.errors and not done.failure:
        note(f"{done.lang}: {len(done.files)} files rendered")
        formatted = f"formatted by {done.formatter} ({done.hits} from the cache)" if done.formatter != "none" else "not formatted (no formatter)"
        note(f"{done.lang}: {len(done.files)} files {formatted}")


def check_formatter(formatter: Optional[str], languages: Sequence[str]) -> None:
    """A ``--formatter`` that none of the languages being generated offers is an error."""
    if formatter is None:
        return
    emitters = available()
    if not any(formatter in emitters[lang].formatters for lang in languages):
        offered = "; ".join(f"{lang}: {', '.join(emitters[lang].formatters)}" for lang in sorted(emitters) if emitters[lang].formatters)
        raise GenerationError(f"--formatter {formatter}: no language being generated uses it (formatters: {offered})")


@contextmanager
def no_gc() -> Iterator[None]:
    """The cyclic garbage collector off for the block: a generation builds a large heap of objects
    that live until the end (the IR, the views), which the collector would scan again and again
    for nothing (about 40 % of a large run). The block makes few reference cycles."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _quiet(message: str) -> None:
    pass


def _template_place(lang: str, exc: jinja2.TemplateError) -> str:
    """Where a template failed: its file (an overlay's or the built-in one) and line when known.

    A syntax error carries both; an error while rendering is found in the traceback, where Jinja
    puts the template's own file and line."""
    name: Optional[str] = getattr(exc, "filename", None) or getattr(exc, "name", None)
    line: Optional[int] = getattr(exc, "lineno", None)
    if not name:
        tb: Optional[TracebackType] = exc.__traceback__
        while tb is not None:
            file = tb.tb_frame.f_code.co_filename
            if file.endswith(".j2"):
                name, line = file, tb.tb_lineno
            tb = tb.tb_next
    if not name:
        return f"templates/{lang}: a template"
    return f"{_display(Path(name))}{':' + str(line) if line else ''}"


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        return str(path)


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


# ------------------------------------------------------------------ the config file


def config_errors(config: Config) -> list[SpecError]:
    """The config's language names that no emitter has (``languages:``, ``packages:``)."""
    names = sorted(available())
    hint = f"available: {', '.join(names)}"
    out = [SpecError(config.shown, config.line(f"languages.{i}"), f"languages: unknown language '{lang}'", hint)
           for i, lang in enumerate(config.languages or ()) if lang not in names]
    out += [SpecError(config.shown, config.line(f"packages.{lang}"), f"packages.{lang}: sdkgen has no '{lang}' generator", hint)
            for lang in sorted(config.packages) if lang not in names]
    return out


def configure(api: Api, config: Optional[Config]) -> tuple[Api, dict[tuple[str, str], tuple[str, int]]]:
    """The spec's API with the config's ``packages:`` merged over its own (the config wins per key),
    and where each value from the config was written, so that errors about it name the config."""
    if config is None:
        return api, {}
    c = config.client
    client = replace(api.client, base_url=c.get("base_url", api.client.base_url).rstrip("/"), base_url_env=c.get("base_url_env", api.client.base_url_env))
    info = dict(config.info)
    if "authors" in info:
        info["authors"] = tuple(author(a) for a in info["authors"])
    if "urls" in info:
        info["urls"] = tuple(info["urls"].items())
    api = replace(api, client=client, **info)
    if not config.packages:
        return api, {}
    merged = {lang: dict(values) for lang, values in api.packages}
    origins: dict[tuple[str, str], tuple[str, int]] = {}
    for lang, values in sorted(config.packages.items()):
        if lang not in merged:
            origins[(lang, "")] = (config.shown, config.line(f"packages.{lang}"))
        merged.setdefault(lang, {}).update(values)
        origins.update({(lang, key): (config.shown, config.line(f"packages.{lang}.{key}")) for key in values})
    packages = tuple(sorted((lang, tuple(sorted(values.items()))) for lang, values in merged.items()))
    return replace(api, packages=packages), origins


def _config_languages(config: Config, api: Api) -> list[str]:
    """The config's ``languages:``, each of which the spec or the config must declare packages for."""
    emitters = available()
    errors = [SpecError(config.shown, config.line(f"languages.{i}"), f"languages: '{lang}' has no packages.{lang} in {api.source} or here",
                        f"add packages.{lang} to the spec or to {config.shown}")
              for i, lang in enumerate(config.languages or ()) if not emitters[lang].wants(api)]
    if errors:
        raise SpecInvalid(errors)
    return sorted(set(config.languages or ()))


def _prepare(spec: str | os.PathLike[str], languages: Optional[Sequence[str]], config: Optional[Config],
             note: Progress) -> tuple[Api, list[str], bool, dict[tuple[str, str], tuple[str, int]]]:
    """Load and configure; the languages to generate, whether they were asked for, the origins."""
    resolve_languages(languages)  # unknown names fail before the spec is read
    if config is not None:
        errors = config_errors(config)
        if errors:
            raise SpecInvalid(errors)
    api = load_spec(spec)
    note(f"{api.source}: loaded")
    names, lines = sorted(available()), dict(api.package_lines)
    unknown = [SpecError(api.source, lines.get(lang, 1), f"packages.{lang}: sdkgen has no '{lang}' generator", f"available: {', '.join(names)}; remove it")
               for lang, _ in api.packages if lang not in names]
    if unknown:
        raise SpecInvalid(unknown)
    api, origins = configure(api, config)
    if languages:
        return api, resolve_languages(languages, api), True, origins
    if config is not None and config.languages:
        return api, _config_languages(config, api), True, origins
    return api, resolve_languages(None, api), False, origins


def check_spec(spec: str | os.PathLike[str], languages: Optional[Sequence[str]] = None, *, config: Optional[Config] = None) -> Api:
    """Load the spec (with the config's packages) and run every requested language's naming and
    package checks: what ``generate`` would reject, without rendering or writing anything."""
    with no_cache():  # nor any cache: a check leaves no trace
        api, langs, _, origins = _prepare(spec, languages, config, _quiet)
        with customized(Customization(None, origins)):
            plan_languages(api, langs)
    return api


def generate(
    spec: str | os.PathLike[str],
    out: str | os.PathLike[str],
    languages: Optional[Sequence[str]] = None,
    *,
    templates: Optional[Path] = None,
    config: Optional[Config] = None,
    formatter: Optional[str] = None,
    progress: Optional[Progress] = None,
) -> Result:
    """Plan a generation; the caller applies it (``writer.apply``) or shows it (``writer.diff``).

    ``languages``, else the config's ``languages:``, else every language the spec (and the
    config) declares; in that last case the output folders of the other languages are emptied (a
    language dropped from the spec loses its stale output). ``templates`` (else the config's
    ``templates:``) is an overlay folder: ``DIR/<lang>/<name>`` replaces the built-in template.
    ``formatter`` replaces the default formatter of the languages that offer it (Python: ruff, or
    black). ``progress`` is told, in a few short messages, what has been done."""
    note = progress or _quiet
    overlay = Path(templates) if templates is not None else config.templates if config is not None else None
    if overlay is not None:
        check_overlay(overlay)
    with no_gc():
        api, langs, asked, origins = _prepare(spec, languages, config, note)
        with customized(Customization(overlay, origins)):
            files = render(api, langs, formatter=formatter, progress=note)
    roots = langs if asked else sorted(available())
    keep = custom_code_dirs(files, langs) + _lib_dirs_on_disk(Path(out), [r for r in roots if r not in langs])
    return Result(api, writer.plan(Path(out), files, roots, keep), list(roots), keep, files)


# ------------------------------------------------------------------ custom code


def custom_code_dirs(files: dict[str, bytes] | Sequence[str], languages: Sequence[str]) -> list[str]:
    """Each language's ``lib/`` folder (relative to the output folder): inside the generated package,
    beside the hand-written runtime (``templates/<lang>/runtime/``), wherever the emitter put it.

    Python's runtime lands in ``src/<import>/``, so its ``lib/`` is ``python/src/<import>/lib``; Go's at
    the module root, so ``go/lib``. A language without a runtime (OpenAPI) has no ``lib/``."""
    paths = set(files)
    out = []
    for lang in languages:
        runtime = runtime_files(lang)
        if not runtime:
            continue
        first = runtime[0]
        candidates = sorted({p[len(lang) + 1 : len(p) - len(first)] for p in paths
                             if p.startswith(f"{lang}/") and (p == f"{lang}/{first}" or p.endswith(f"/{first}"))}, key=len)
        for root in candidates:  # the package root: every runtime file is under it
            if all(f"{lang}/{root}{r}" in paths for r in runtime):
                out.append(f"{lang}/{root}{LIB}")
                break
    return out


def _lib_dirs_on_disk(out: Path, roots: Sequence[str]) -> list[str]:
    """Every ``lib`` folder already inside the output folders of languages this run does not render
    (a language dropped from the spec): its stale output is removed, the user's code is not."""
    found = []
    for root in roots:
        for dirpath, dirnames, _ in os.walk(out / root):
            dirnames.sort()
            if Path(dirpath).name == LIB:
                found.append(Path(dirpath).relative_to(out).as_posix())
                dirnames.clear()
    return found

