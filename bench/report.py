"""Renders bench/RESULTS.md from one run's measurements (run.py's ``Results``)."""

from __future__ import annotations

from itertools import pairwise
from typing import Any, Callable, Optional

LANGS = ("python", "go", "openapi", "typescript", "java")


# ---------------------------------------------------------------- small helpers


def sec(x: Optional[float]) -> str:
    if x is None:
        return "n/a"
    return f"{x:.2f} s" if x < 10 else f"{x:.1f} s"


def mb(x: Optional[float]) -> str:
    return "n/a" if x is None else f"{x:.0f} MB"


def cell(row: Any) -> str:
    """Median (min-max, runs), the failed runs, or why there is none."""
    if row is None:
        return "n/a"
    t = row.times
    failed = len(row.samples) - len(t)
    if not t:
        return f"failed: {row.failure()}" if row.samples else f"not run{': ' + row.note if row.note else ''}"
    text = f"{sec(t[0])} (1 run" if len(t) == 1 else f"{sec(row.median())} ({min(t):.2f}-{max(t):.2f}, {len(t)} runs"
    return text + (f"; {failed} failed: {row.failure()})" if failed else ")")


def median(result: Any, key: str) -> Optional[float]:
    row = result.rows.get(key) if result is not None else None
    return row.median() if row is not None else None


def status(ok: Optional[bool]) -> str:
    return "n/a" if ok is None else ("**met**" if ok else "**not met**")


def faster(ours: Optional[float], peer: Optional[float]) -> str:
    if not ours or not peer:
        return "n/a"
    return f"{peer / ours:.1f}x faster" if ours <= peer else f"{ours / peer:.1f}x slower"


def fastest_peer(result: Any) -> tuple[Optional[float], str]:
    """The median and short name of the faster peer that finished, or (None, "")."""
    names = {"dcg": "datamodel-code-generator", "opc": "openapi-python-client"}
    found = [(result.rows[k].median(), names[k]) for k in names if result is not None and k in result.rows and result.rows[k].median()]
    return min(found) if found else (None, "")


def peers_cell(result: Any) -> str:
    names = {"dcg": "datamodel-code-generator", "opc": "openapi-python-client"}
    cells = [f"{name} {cell(result.rows[k])}" for k, name in names.items() if result is not None and k in result.rows]
    return "; ".join(cells) or "not run"


def lang_of(stage: str) -> Optional[str]:
    last = stage.rsplit(" ", 1)[-1]
    return last if last in LANGS else None


def top_stages(st: Optional[dict[str, Any]], count: int = 3) -> str:
    """The largest stages of an in-process run (one core's work), with their shares of it."""
    if not st or "stages" not in st:
        return f"no stage times ({st.get('error', 'not measured')})" if st else "no stage times"
    total = sum(st["stages"].values())
    parts = [f"{k} {sec(v)} ({v / total:.0%})" for k, v in sorted(st["stages"].items(), key=lambda kv: -kv[1])[:count]]
    return f"of {sec(total)} of work on one core: " + ", ".join(parts)


def python_only(stage: str) -> bool:
    lang = lang_of(stage)
    return lang is None or lang == "python"


def stage_growth(a: Optional[dict[str, Any]], b: Optional[dict[str, Any]], bound: float, keep: Callable[[str], bool]) -> str:
    """The stages that grew most between two in-process runs, those over ``bound`` marked."""
    if not a or not b or "stages" not in a or "stages" not in b:
        return "no stage times at both sizes"
    grew = []
    for k, v in b["stages"].items():
        before = a["stages"].get(k)
        if keep(k) and before and before > 0.005 and v > 0.05:
            grew.append((v / before, k, v))
    grew.sort(reverse=True)
    over = [g for g in grew if g[0] > bound]
    shown = over or grew[:2]
    text = ", ".join(f"{k} x{r:.1f} (to {sec(after)})" for r, k, after in shown[:4])
    return ("over the bound: " if over else "fastest-growing stages: ") + (text or "none above 0.05 s")


# ---------------------------------------------------------------- the report


def render(r: Any) -> str:
    by = {g.name: g for g in r.generation}
    synth = sorted((g for g in r.generation if g.name.startswith("synth-")), key=lambda g: g.endpoints)
    images, big = by.get("images"), by.get("synth-1000")
    lines: list[str] = []
    add = lines.append

    add("# Benchmarks")
    add("")
    add(f"Written by `make bench` in {r.elapsed / 60:.1f} minutes, setup included ({', '.join(f'{k} {v:.0f} s' for k, v in r.phases.items())}).")
    add(f"Machine: {r.machine}; load average (1, 5, 15 min) {r.load[0]} at the start and {r.load[-1]} at the end: other work on")
    add("the machine slows every row. Ratios compare tools measured in this same run; peak memory is the largest")
    add("process's peak RSS (GNU time).")
    add("")

    # ---- targets
    add("## Targets (issue 11)")
    add("")
    add("| target | measured | peers, same run | status | what limits it (measured) |")
    add("|---|---|---|---|---|")
    stages = r.stages
    if big is not None:
        peer, peer_name = fastest_peer(big)
        c = median(big, "py-cold")
        add(f"| N = 1,000, cold, Python: at least 5x faster than the faster peer | {sec(c)} ({faster(c, peer)} than {peer_name or 'the peers'}) "
            f"| {peers_cell(big)} | {status(bool(c and peer and peer / c >= 5) if c else None)} "
            f"| {top_stages(stages.get('synth-1000 python cold'))} |")
        a = median(big, "all-cold")
        langs = ", ".join((stages.get("synth-1000 all cold") or {}).get("languages", [])) or "all"
        add(f"| N = 1,000, cold, all targets ({langs}): at least 2x faster than the faster peer's Python | {sec(a)} ({faster(a, peer)}) "
            f"| {peer_name or 'faster peer'} {sec(peer)} | {status(bool(a and peer and peer / a >= 2) if a else None)} "
            f"| {top_stages(stages.get('synth-1000 all cold'))} |")
    else:
        add("| N = 1,000 targets | not measured: BENCH_SIZES has no 1000 | | n/a | |")
    if images is not None:
        peer_py = fastest_peer(images)[0]
        cold, warm, noop = median(images, "all-cold"), median(images, "all-warm"), median(images, "noop")
        touched = images.extra.get("noop_touched")
        add(f"| Images spec, all targets, cold under 1 s | {sec(cold)} | {peers_cell(images)} | {status(cold < 1 if cold else None)} "
            f"| {top_stages(stages.get('images all cold'))} |")
        add(f"| Images spec, all targets, warm under 0.5 s | {sec(warm)} | faster peer {sec(peer_py)} | {status(warm < 0.5 if warm else None)} "
            f"| {top_stages(stages.get('images all warm'))} |")
        noop_limit = noop_limits(r, images)
        add(f"| Images spec, no-op regeneration under 0.2 s, 0 files touched | {sec(noop)}, {touched} files touched | | "
            f"{status(noop < 0.2 and touched == 0 if noop else None)} | {noop_limit} |")
    for key, what in (("py-cold", "Python, cold"), ("py-warm", "Python, warm"), ("all-cold", "all targets, cold"), ("all-warm", "all targets, warm")):
        add(linear_row(r, synth, key, what))
    add(memory_target(synth))
    add(incremental_target(r, synth))
    add(github_target(r.github))
    add(f"| `make bench` from a fresh clone under 15 minutes | {r.elapsed / 60:.1f} minutes | | {status(r.elapsed < 900)} "
        f"| {'; '.join(f'{k} {v:.0f} s' for k, v in sorted(r.phases.items(), key=lambda kv: -kv[1])[:3])} |")
    add("")
    for note in r.skipped:
        add(f"- {note}")
    if r.skipped:
        add("")

    sdk_targets(r, add)
    generation(r, add)
    scaling(r, synth, add)
    github(r.github, add)
    profile_section(r, add)
    sdk_details(r, add)

    add("## Versions and commands")
    add("")
    add(", ".join(f"{k} {v}" for k, v in r.versions.items()) + ".")
    add("")
    add("```sh")
    add("make bench                      # everything above; BENCH_SIZES=10,100 for a quick run (knobs: top of bench/run.py)")
    add("python bench/run.py --report    # RESULTS.md again from the last run's measurements")
    add("python bench/synth.py N DIR     # a synthetic spec of N endpoints, in our format and as OpenAPI 3.1")
    add("python -m generator generate --spec DIR/spec-N.yaml --out OUT [--lang python]")
    add("python bench/pipeline_profile.py DIR/spec-N.yaml OUT [--lang L] [--profile]   # stage times (and cProfile), in-process")
    add("datamodel-codegen --input DIR/openapi-N.yaml --input-file-type openapi --output-model-type pydantic_v2.BaseModel --output models.py")
    add("openapi-python-client generate --path DIR/openapi-N.yaml --output-path OUT --overwrite   # ruff on PATH for its hooks")
    add("python bench/sdk_bench.py calls|sse|multipart ours|official")
    add("```")
    add("")
    return "\n".join(lines) + "\n"


def noop_limits(r: Any, g: Any) -> str:
    """A bare interpreter start, then the no-op run under cProfile: imports and the heaviest functions."""
    bare = r.imports.get("bare interpreter", (None,))[0]
    p = g.extra.get("noop_profile") or {}
    parts = [f"a bare interpreter start (`python -c pass`) {sec(bare)}"] if bare else []
    if "error" in p:
        parts.append(f"the profiled no-op run failed: {p['error']}")
    elif p:
        parts.append(f"under cProfile ({sec(p['total'])} in all): imports {sec(p['imports'])}")
        parts.append("most own time: " + ", ".join(f"`{name}` {sec(t)}" for name, t in p["functions"][:3]))
    return "; ".join(parts)


def linear_row(r: Any, synth: list[Any], key: str, what: str) -> str:
    steps = []
    for a, b in pairwise(synth):
        ta, tb = median(a, key), median(b, key)
        if ta and tb:
            steps.append((a, b, tb / ta, 1.1 * b.endpoints / a.endpoints))
    if not steps:
        return f"| linear, {what}: N x10 costs at most x11 | not measured (fewer than two sizes) | | n/a | |"
    text = ", ".join(f"N {a.endpoints}->{b.endpoints}: x{ratio:.1f} (bound x{bound:.1f})" for a, b, ratio, bound in steps)
    temp = "warm" if key.endswith("warm") else "cold"
    profiled = [x for x in steps if f"{x[0].name} all {temp}" in r.stages and f"{x[1].name} all {temp}" in r.stages]
    worst = max(steps, key=lambda x: x[2] / x[3])
    if profiled:
        a, b, _, bound = max(profiled, key=lambda x: x[2] / x[3])
        keep = python_only if key.startswith("py") else (lambda stage: True)
        why = f"N {a.endpoints}->{b.endpoints}, in-process {temp} stages"
        why += " (of all targets: Python's and the shared ones)" if key.startswith("py") else ""
        why += ": " + stage_growth(r.stages[f"{a.name} all {temp}"], r.stages[f"{b.name} all {temp}"], bound, keep)
        if worst[:2] != (a, b):
            why += f"; no stage times at N = {worst[1].endpoints}"
    else:
        why = "no stage times at these sizes"
    return (f"| linear, {what}: N x10 costs at most x11 (x5.5 for x5) | {text} | | {status(all(x[2] <= x[3] for x in steps))} "
            f"| {why} |")


def memory_target(synth: list[Any]) -> str:
    peaks = [(g.endpoints, g.rows["all-cold"].peak()) for g in synth if "all-cold" in g.rows and g.rows["all-cold"].peak()]
    if len(peaks) < 2:
        return "| peak memory linear | not measured (fewer than two sizes) | | n/a | |"
    text = ", ".join(f"N {n}: {p:.0f} MB" for n, p in peaks)
    ratios = [(n1, n2, p2 / p1, 1.1 * n2 / n1) for (n1, p1), (n2, p2) in pairwise(peaks)]
    text += "; " + ", ".join(f"{n1}->{n2} x{q:.1f}" for n1, n2, q, _ in ratios)
    (n1, p1), (n2, p2) = peaks[-2], peaks[-1]
    slope = (p2 - p1) / (n2 - n1) * 1024
    fixed = p1 - slope * n1 / 1024
    return (f"| peak memory linear (all targets, cold) | {text} | | {status(all(q <= b for _, _, q, b in ratios))} "
            f"| about {max(fixed, 0):.0f} MB fixed + {slope:.0f} KB per endpoint (N {n1}->{n2}) |")


def incremental_target(r: Any, synth: list[Any]) -> str:
    sized = [g for g in [g for g in r.generation if g.name == "images"] + synth if "change" in g.rows]
    if not sized:
        return "| one operation's description changed | not measured | | n/a | |"
    text = ", ".join(f"{g.name}: {sec(median(g, 'change'))}, {g.extra.get('change_touched')} files" for g in sized)
    counts = {g.extra.get("change_touched") for g in sized}
    staged = [g for g in sized if "stages" in r.stages.get(f"{g.name} all warm", {})]
    top = staged[-1] if staged else sized[-1]
    change, warm = median(top, "change"), median(top, "all-warm")
    why = ""
    if change and warm:
        st = r.stages.get(f"{top.name} all warm", {}).get("stages", {})
        paid = sum(v for k, v in st.items() if k.startswith(("load", "naming", "render")))
        why = f"at {top.name} it costs {change / warm:.0%} of a warm full run ({sec(change)} vs {sec(warm)})"
        why += f"; a warm run's load, naming and render, paid whatever changed, are {sec(paid)} of {sec(sum(st.values()))} of work on one core" if paid else ""
    return (f"| one operation's description changed: rewrites only the files it affects (the same count at every size) | {text} | | "
            f"{status(len(counts) == 1)} | {why} |")


def github_target(g: Any) -> str:
    if "error" in g.extra:
        return f"| GitHub's REST description, all targets, against the peers | not measured: {g.extra['error']} | | n/a | |"
    peers = "; ".join(f"{name} {cell(g.rows[k])}" for k, name in (("dcg", "datamodel-code-generator"), ("opc", "openapi-python-client")) if k in g.rows)
    return ("| GitHub's REST description, all targets, against the peers | pending: sdkgen has no OpenAPI importer yet (issue 15) "
            f"| {peers} | pending | no OpenAPI importer (issue 15) |")


def sdk_targets(r: Any, add: Callable[[str], None]) -> None:
    imports, sdk = r.imports, r.sdk
    add("## Targets of the generated SDK (earlier issues)")
    add("")
    add("| target | measured | status |")
    add("|---|---|---|")
    imp_ours = imports.get("import openai_images", (None,))[0]
    imp_off = imports.get("import openai", (None,))[0]
    if imp_ours and imp_off:
        add(f"| import at most 1/4 of the official SDK's time | {imp_ours * 1000:.0f} ms vs {imp_off * 1000:.0f} ms ({imp_ours / imp_off:.2f}) | {status(imp_ours <= imp_off / 4)} |")
    calls = sdk.get("calls", {})
    if "us_per_call" in calls.get("ours", {}) and "us_per_call" in calls.get("official", {}):
        o, f = calls["ours"]["us_per_call"], calls["official"]["us_per_call"]
        add(f"| per-call overhead at most 1/2 of the official SDK's | {o:.0f} us vs {f:.0f} us ({o / f:.2f}) | {status(o <= f / 2)} |")
    sse = sdk.get("sse", {})
    if "mb_per_s" in sse.get("ours", {}) and "mb_per_s" in sse.get("official", {}):
        o, f = sse["ours"]["mb_per_s"], sse["official"]["mb_per_s"]
        add(f"| SSE throughput at least 2x the official SDK's | {o:.0f} MB/s vs {f:.0f} MB/s ({o / f:.1f}x) | {status(o >= 2 * f)} |")
        po, pf = sse["ours"]["process_peak_mb"], sse["official"]["process_peak_mb"]
        mp = sdk.get("multipart", {})
        mo, mf = mp.get("ours", {}).get("process_peak_mb"), mp.get("official", {}).get("process_peak_mb")
        ok = po <= pf and (mo is None or mf is None or mo <= mf)
        add(f"| peak memory no higher than the official SDK's | SSE {po:.0f} MB vs {pf:.0f} MB; upload {mo or 0:.0f} MB vs {mf or 0:.0f} MB | {status(ok)} |")
    add("")
    add("SSE: what remains per event is `json.loads` of 1.5 MB (C) and pydantic's validation of the typed event,")
    add("which both SDKs pay; the ratio moves between runs on this machine.")
    add("")


def generation(r: Any, add: Callable[[str], None]) -> None:
    add("## Generation")
    add("")
    add("Our rows run `python -m generator generate` as `make generate` does (one process, interpreter start")
    add("included). *Cold*: an empty `SDKGEN_CACHE_DIR` (every cache the generator keeps: formatted files,")
    add("compiled templates, no-op stamps) and an empty output folder. *Warm*: the cache a cold run filled, an")
    add("empty output folder. *No-op*: the warm run's output and cache, nothing changed. *Changed*: a copy of")
    add("that output, the spec with its first operation's description changed, the same cache. Peers read the")
    add("same API as OpenAPI 3.1, written by our OpenAPI emitter; openapi-python-client runs with the bench")
    add("venv on PATH, so its ruff hooks run.")
    add("")
    for g in r.generation:
        add(f"### {g.name} ({g.endpoints} endpoints)")
        add("")
        peer = fastest_peer(g)[0]
        add("| run | wall time | peak memory | Python vs the faster peer |")
        add("|---|---|---|---|")
        for key, row in g.rows.items():
            vs = faster(row.median(), peer) if key in ("py-cold", "py-warm") else ""
            note = f" ({row.note})" if row.note else ""
            add(f"| {row.label}{note} | {cell(row)} | {mb(row.peak())} | {vs} |")
        add("")
        facts = []
        if "py" in g.files:
            facts.append(f"files written: Python {g.files['py']}, all targets {g.files.get('all', 0)}")
        if "noop_touched" in g.extra:
            facts.append(f"no-op run touched {g.extra['noop_touched']} files")
        if "change_touched" in g.extra:
            facts.append(f"one changed description touched {g.extra['change_touched']} files")
        if facts:
            add("; ".join(facts) + ".")
            add("")
    for note in r.skipped:
        add(f"- {note}")
    if r.skipped:
        add("")


def scaling(r: Any, synth: list[Any], add: Callable[[str], None]) -> None:
    if len(synth) < 2:
        return
    add("## Scaling")
    add("")
    add("Median wall time and the largest peak RSS per size; *growth* is the ratio to the size before (linear")
    add("with 10 % slack: at most 1.1 x the ratio of sizes).")
    add("")
    sizes = [g.endpoints for g in synth]
    add("| run | " + " | ".join(f"N = {n}" for n in sizes) + " | growth |")
    add("|---|" + "---|" * (len(sizes) + 1))
    keys = [("py-cold", "Python, cold"), ("py-warm", "Python, warm"), ("all-cold", "all targets, cold"), ("all-warm", "all targets, warm"),
            ("noop", "all targets, no-op"), ("change", "all targets, one description changed"), ("dcg", "datamodel-code-generator"),
            ("opc", "openapi-python-client")]
    for key, label in keys:
        values = [median(g, key) for g in synth]
        add(f"| {label} | " + " | ".join(sec(v) for v in values) + f" | {_growth(sizes, values)} |")
    for key, label in (("py-cold", "peak RSS, Python, cold"), ("all-cold", "peak RSS, all targets, cold"), ("all-warm", "peak RSS, all targets, warm")):
        values = [g.rows[key].peak() if key in g.rows else None for g in synth]
        add(f"| {label} | " + " | ".join(mb(v) for v in values) + f" | {_growth(sizes, values)} |")
    add("")


def _growth(sizes: list[int], values: list[Optional[float]]) -> str:
    parts = []
    for (n1, v1), (n2, v2) in pairwise(zip(sizes, values, strict=True)):
        if v1 and v2:
            parts.append(f"x{v2 / v1:.1f}{'' if v2 / v1 <= 1.1 * n2 / n1 else ' (over)'}")
        else:
            parts.append("n/a")
    return ", ".join(parts)


def github(g: Any, add: Callable[[str], None]) -> None:
    add("## GitHub's REST description")
    add("")
    if "error" in g.extra:
        add(f"Not measured: {g.extra['error']}.")
        add("")
        return
    x = g.extra
    add(f"`{x['file']}` of the npm package `{x['package']}` (fetched by `make bench`): GitHub's REST description")
    add("of api.github.com (github/rest-api-description) with Octokit's `x-octokit` extension, bundled: schemas")
    add(f"referenced with `$ref`, not the dereferenced `.deref.json` copy. OpenAPI {x['openapi']}, {x['mb']:.1f} MB, {x['paths']} paths,")
    add(f"{g.endpoints} operations, {x['schemas']} schemas. The package's other documents are GitHub Enterprise's and the")
    add("dereferenced copies (about 5x larger). The peers run once each, one after the other, with the peers' timeout.")
    add("")
    add("| run | result | wall time | peak memory | output |")
    add("|---|---|---|---|---|")
    add("| ours | pending: sdkgen has no OpenAPI importer yet (issue 15) | | | |")
    names = {"dcg": "datamodel-code-generator (pydantic v2 models)", "opc": "openapi-python-client generate"}
    for key, row in g.rows.items():
        s = row.samples[0] if row.samples else None
        warnings = "; ".join(f"{count} x `{first}`" for count, first in x.get("warnings", {}).get(key, []))
        if s is None:
            result = "not run"
        elif not s.ok:
            result = f"failed: {s.error()}"
        else:
            result = "generated" + (f", with warnings: {warnings}" if warnings else "")
        files, size = x.get("output", {}).get(key, (0, 0.0))
        add(f"| {names.get(key, key)} | {result} | {sec(s.seconds) if s else 'n/a'} | {mb(row.peak())} | {files} files, {size:.1f} MB |")
    add("")


def profile_section(r: Any, add: Callable[[str], None]) -> None:
    add("## Where the time goes")
    add("")
    add("Each generation again in one process, pinned to one core (`bench/pipeline_profile.py`: `generate()`")
    add("and `writer.apply`, as the CLI runs them), so that every stage's work is done here, one after another,")
    add("and timed: the numbers are work on one core, where the command spreads languages and templates over")
    add("the cores. Stages end when `load_spec`, a language's naming walk (`name_api`) and its rendering")
    add("(`realize`) return, at each language's progress message (formatting) and when `writer.plan` (compare")
    add("with the disk) and `writer.apply` return.")
    add("")
    runs = [(k, v) for k, v in r.stages.items() if "stages" in v]
    if runs:
        order: list[str] = []
        for _, v in runs:
            order += [k for k in v["stages"] if k not in order]
        add("| stage | " + " | ".join(k for k, _ in runs) + " |")
        add("|---|" + "---|" * len(runs))
        for stage in order:
            add(f"| {stage} | " + " | ".join(sec(v["stages"].get(stage)) if stage in v["stages"] else "" for _, v in runs) + " |")
        add("| **total in-process** | " + " | ".join(f"**{sec(sum(v['stages'].values()))}**" for _, v in runs) + " |")
        add("| files written | " + " | ".join(str(v.get("written", "")) for _, v in runs) + " |")
        add("| MB rendered | " + " | ".join(f"{sum(v.get('bytes', {}).values()) / 1e6:.1f}" for _, v in runs) + " |")
        add("")
    failed = [f"{k}: {v['error']}" for k, v in r.stages.items() if "error" in v]
    for f in failed:
        add(f"- failed: {f}")
    if failed:
        add("")
    p = r.profile
    if not p:
        add("No profile: no synthetic size up to 1,000 was run.")
        add("")
        return
    if "error" in p:
        add(f"The profiled run failed: {p['error']}")
        add("")
        return
    total = sum(p["stages"].values())
    add(f"### Profile: {p['input']}, all targets ({', '.join(p['languages'])}), cold, under cProfile")
    add("")
    add("One profiler per stage, on one core (a formatter binary's work appears as the wait for it). cProfile")
    add(f"slows Python code down, so the stages take longer here ({sec(total)} in all) than above.")
    add("")
    heaviest: dict[str, tuple[str, float]] = {}
    for f in p["functions"]:
        if f["stage"] not in heaviest or f["seconds"] > heaviest[f["stage"]][1]:
            heaviest[f["stage"]] = (f["function"], f["seconds"])
    add("| stage | seconds | share | its heaviest function (own time) |")
    add("|---|---|---|---|")
    for stage, seconds in p["stages"].items():
        fn, own = heaviest.get(stage, ("", 0.0))
        add(f"| {stage} | {sec(seconds)} | {seconds / total:.0%} | {f'`{fn}` {sec(own)}' if fn else ''} |")
    add("")
    top = sorted(p["functions"], key=lambda f: -f["seconds"])[:12]
    order = list(p["stages"])
    top.sort(key=lambda f: (order.index(f["stage"]) if f["stage"] in order else len(order), -f["seconds"]))
    add(f"The 12 functions with the most own time, by stage (share of the {sec(total)} profiled):")
    add("")
    add("| stage | function | own time | share |")
    add("|---|---|---|---|")
    for f in top:
        add(f"| {f['stage']} | `{f['function']}` | {sec(f['seconds'])} | {f['seconds'] / total:.1%} |")
    add("")


def sdk_details(r: Any, add: Callable[[str], None]) -> None:
    imports, sdk = r.imports, r.sdk
    calls, sse, mp = sdk.get("calls", {}), sdk.get("sse", {}), sdk.get("multipart", {})
    add("## The generated Python SDK against the official `openai` package")
    add("")
    add("Same process setup for both; an `httpx` transport answers in-process, so only the SDKs' own work is measured.")
    add("")
    add("| measurement | ours (`openai_images`) | official (`openai`) | ratio |")
    add("|---|---|---|---|")
    for label in ("bare interpreter", "import openai_images", "from openai_images import OpenAI", "import openai"):
        if label in imports:
            med, lo, hi = imports[label]
            add(f"| `python -c \"{label if label != 'bare interpreter' else 'pass'}\"` wall | {med * 1000:.0f} ms ({lo * 1000:.0f}-{hi * 1000:.0f}, 9 runs) | | |")
    if imports.get("importtime openai"):
        a, b = imports["importtime openai_images"], imports["importtime openai"]
        add(f"| `-X importtime`, cumulative for the package | {a * 1000:.1f} ms | {b * 1000:.1f} ms | {a / b:.3f} |")
    if "us_per_call" in calls.get("ours", {}) and "us_per_call" in calls.get("official", {}):
        o, f = calls["ours"], calls["official"]
        add(f"| 2,000 `images.generate` calls | {o['calls_per_s']:.0f} calls/s ({o['us_per_call']:.0f} us) | {f['calls_per_s']:.0f} calls/s ({f['us_per_call']:.0f} us) | {o['us_per_call'] / f['us_per_call']:.2f} of the time |")
    if "mb_per_s" in sse.get("ours", {}) and "mb_per_s" in sse.get("official", {}):
        o, f = sse["ours"], sse["official"]
        add(f"| SSE: 20 partial images of 1.5 MB + completed, to typed events | {o['mb_per_s']:.0f} MB/s, peak {o['process_peak_mb']:.0f} MB | {f['mb_per_s']:.0f} MB/s, peak {f['process_peak_mb']:.0f} MB | {o['mb_per_s'] / f['mb_per_s']:.1f}x |")
    if "seconds" in mp.get("ours", {}) and "seconds" in mp.get("official", {}):
        o, f = mp["ours"], mp["official"]
        add(f"| upload 16 x 4 MB images (`images.edit`) | {o['seconds'] * 1000:.1f} ms, peak {o['process_peak_mb']:.0f} MB (+{o['peak_over_images_mb']:.0f} MB over the images) | {f['seconds'] * 1000:.1f} ms, peak {f['process_peak_mb']:.0f} MB (+{f['peak_over_images_mb']:.0f} MB) | {o['seconds'] / f['seconds']:.2f} of the time |")
    errors = [f"{case} {who}: {data['error'].strip().splitlines()[-1]}" for case, d in sdk.items() for who, data in d.items() if "error" in data]
    for e in errors:
        add(f"| failed | {e} | | |")
    add("")
    add("The upload is streamed to the transport part by part by both SDKs: neither holds a second copy of the")
    add("64 MB body (the transport here counts bytes as a socket would; httpx's MockTransport would read the whole")
    add("body first and hide that).")
    add("")
