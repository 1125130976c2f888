"""One generation in-process, stage by stage, printed as JSON:
`python bench/pipeline_profile.py SPEC OUT [--lang L,..] [--profile]` (run by run.py with the
generator's venv; the languages default to every one the spec declares).

It runs what `sdkgen generate` runs (`generator.pipeline.generate`, then `writer.apply` as the CLI
does), pinned to one core: the pipeline then does every language's work in this process, one
stage after another, where the command spreads languages and templates over the cores. So the
stages are each stage's work on one core, and what they add up to is the work, not the command's
wall time.

Stages end where the pipeline reports or returns: "imports"; "load" when `load_spec` returns;
per language, "naming <lang>" when its naming walk returns (`name_api`), "render <lang>" when its
templates are rendered (`realize`), and "format <lang>" at the language's progress message
("python: 2820 files rendered", "... formatted ..."; a message of another shape ends a stage
named after it); "plan the writes" when `writer.plan` (comparing with the disk) returns; "write"
(`writer.apply` into OUT, which should be empty). A function the pipeline no longer has is not
wrapped, and its stage is part of the next one: without `realize`, "render <lang>" runs to the
"rendered" message and holds the formatting when that message comes after it.

The cache is `$SDKGEN_CACHE_DIR`, as for the command: the caller makes it empty (cold) or filled
(warm). With --profile, every stage runs under its own cProfile profiler, and each stage's
functions are listed by their own time (a formatter binary's work shows as the wait for it).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import re
import sys
import sysconfig
import time
from pathlib import Path
from typing import Any, Callable, Optional

ROOT = Path(__file__).resolve().parents[1]
MESSAGE = re.compile(r"^(?P<lang>[\w.-]+): .*?\b(?P<verb>rendered|formatted)\b")
HITS = re.compile(r"(\d+) from the cache")
TOP_PER_STAGE = 25
STDLIB = Path(sysconfig.get_paths()["stdlib"]).resolve()


def function_name(key: tuple[str, int, str]) -> str:
    """``module:function`` for a pstats key: dotted modules for the generator, its dependencies and
    the standard library, the template's path for compiled Jinja templates, ``builtin:`` for C code."""
    file, _, name = key
    if file == "~":  # C code: "<built-in method posix.read>", "<method 'join' of 'str' objects>"
        method = re.fullmatch(r"<method '(.+)' of '(.+)' objects>", name)
        if method:
            return f"builtin:{method.group(2)}.{method.group(1)}"
        return "builtin:" + re.sub(r"^<built-in method (.+)>$", r"\1", name)
    path = Path(file)
    if path.suffix == ".j2":
        parts = path.parts
        at = parts.index("templates") if "templates" in parts else max(len(parts) - 2, 0)
        return f"{'/'.join(parts[at:])}:{name}"
    resolved = path.resolve()
    parts = resolved.parts
    if "site-packages" in parts:
        rel = Path(*parts[parts.index("site-packages") + 1 :])
    elif resolved.is_relative_to(ROOT):
        rel = resolved.relative_to(ROOT)
    elif resolved.is_relative_to(STDLIB):
        rel = resolved.relative_to(STDLIB)
    else:
        rel = Path(resolved.name)
    module = ".".join(rel.with_suffix("").parts).removesuffix(".__init__")
    return f"{module}:{name}"


class Stages:
    """Wall time per stage; with ``profile``, a cProfile profiler per stage. A language's stages end
    before its name is known (at its progress message): they wait in ``pending`` until then."""

    def __init__(self, profile: bool) -> None:
        self.profile = profile
        self.seconds: dict[str, float] = {}
        self.profiles: dict[str, list[cProfile.Profile]] = {}
        self.cache_hits: dict[str, int] = {}
        self.pending: list[tuple[str, float, Optional[cProfile.Profile]]] = []
        self.rendered = False  # a render stage ended since the last message: what follows is formatting
        self._started = 0.0
        self._profiler: Optional[cProfile.Profile] = None

    def begin(self) -> None:
        self._started = time.perf_counter()
        if self.profile:
            self._profiler = cProfile.Profile()
            self._profiler.enable()

    def _stop(self) -> tuple[float, Optional[cProfile.Profile]]:
        profiler, self._profiler = self._profiler, None
        if profiler is not None:
            profiler.disable()
        return time.perf_counter() - self._started, profiler

    def _add(self, stage: str, seconds: float, profiler: Optional[cProfile.Profile]) -> None:
        self.seconds[stage] = self.seconds.get(stage, 0.0) + seconds
        if profiler is not None:
            self.profiles.setdefault(stage, []).append(profiler)

    def end(self, stage: str) -> None:
        self._add(stage, *self._stop())
        self.begin()

    def end_language_stage(self, kind: str) -> None:
        seconds, profiler = self._stop()
        self.pending.append((kind, seconds, profiler))
        self.rendered = self.rendered or kind == "render"
        self.begin()

    def progress(self, message: str) -> None:
        """The pipeline's progress callback: a language's message names its pending stages."""
        seconds, profiler = self._stop()
        found = MESSAGE.match(message)
        if found is None:
            if seconds >= 0.001:
                self._add(f"until '{message}'", seconds, profiler)
        else:
            lang = found.group("lang")
            kind = "format" if found.group("verb") == "formatted" or self.rendered else "render"
            for pending_kind, pending_seconds, pending_profiler in [*self.pending, (kind, seconds, profiler)]:
                self._add(f"{pending_kind} {lang}", pending_seconds, pending_profiler)
            self.pending, self.rendered = [], False
            hits = HITS.search(message)
            if hits and found.group("verb") == "formatted":
                self.cache_hits[lang] = int(hits.group(1))
        self.begin()

    def wrap(self, module: Any, name: str, stage: Callable[[], None]) -> None:
        """``module.name``, if it has one, calls ``stage()`` when it returns."""
        fn = getattr(module, name, None)
        if fn is None:
            return

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            result = fn(*args, **kwargs)
            stage()
            return result

        setattr(module, name, wrapper)

    def functions(self) -> list[dict[str, Any]]:
        """Each stage's functions with the most own time."""
        out: list[dict[str, Any]] = []
        for stage, profilers in self.profiles.items():
            for name, seconds in own_times(pstats.Stats(*profilers))[:TOP_PER_STAGE]:
                out.append({"stage": stage, "function": name, "seconds": seconds})
        return out


def own_times(stats: pstats.Stats) -> list[tuple[str, float]]:
    """``module:function`` and own time, most first (entries that name the same function merged)."""
    own: dict[str, float] = {}
    for key, (_, _, tottime, _, _) in stats.stats.items():  # type: ignore[attr-defined]
        name = function_name(key)
        own[name] = own.get(name, 0.0) + tottime
    return sorted(own.items(), key=lambda kv: -kv[1])


def import_time(stats: pstats.Stats) -> float:
    """The time spent importing modules (the outermost imports' cumulative time)."""
    return max((ct for (file, _, name), (_, _, _, ct, _) in stats.stats.items()  # type: ignore[attr-defined]
                if file.endswith("importlib._bootstrap>") and name == "_find_and_load"), default=0.0)


def main(spec: str, out: Path, languages: list[str], profile: bool) -> dict[str, Any]:
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    stages = Stages(profile)
    stages.begin()
    sys.path.insert(0, str(ROOT))
    from generator import pipeline, writer

    stages.end("imports")
    stages.wrap(pipeline, "load_spec", lambda: stages.end("load"))
    stages.wrap(pipeline, "name_api", lambda: stages.end_language_stage("naming"))
    stages.wrap(pipeline, "realize", lambda: stages.end_language_stage("render"))
    stages.wrap(writer, "plan", lambda: stages.end("plan the writes"))
    result = pipeline.generate(spec, out, languages or None, progress=stages.progress)
    stages.end("after the plan")
    writer.apply(result.plan)
    stages.end("write")
    if stages.seconds["after the plan"] < 0.001:
        del stages.seconds["after the plan"]
        stages.profiles.pop("after the plan", None)
    files = {**result.plan.write, **{rel: b"" for rel in result.plan.unchanged}}
    langs = sorted({rel.split("/", 1)[0] for rel in files})
    return {
        "languages": langs,
        "stages": stages.seconds,
        "files": {lang: sum(1 for k in files if k.startswith(f"{lang}/")) for lang in langs},
        "bytes": {lang: sum(len(v) for k, v in result.plan.write.items() if k.startswith(f"{lang}/")) for lang in langs},
        "cache_hits": stages.cache_hits,
        "written": len(result.plan.write),
        "functions": stages.functions() if profile else [],
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("spec")
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="", help="comma-separated languages")
    parser.add_argument("--profile", action="store_true", help="a cProfile profiler per stage")
    args = parser.parse_args()
    print(json.dumps(main(args.spec, args.out, [x for x in args.lang.split(",") if x], args.profile)))
