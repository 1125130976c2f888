"""`make bench`: generation speed against the peers, and the generated Python SDK against the
official `openai` package, measured side by side in one run; writes bench/RESULTS.md.

Numbers are medians with min-max over the runs shown; ratios compare tools measured in this same
run (the machines are noisy). Peak memory is the largest peak RSS of any one process of the tree
(GNU time's %M, from wait4). `python bench/run.py --report` writes RESULTS.md again from the last
run's measurements (bench/out/results.pickle).

Environment:
  BENCH_SIZES         synthetic sizes in endpoints (default 10,100,1000,5000)
  BENCH_PEER_TIMEOUT  seconds before a peer's run is stopped and recorded as timed out (default 300)
  BENCH_BUDGET        seconds for the whole `make bench` (default 900): a size above 1,000 runs last,
                      ours only when its projected time fits what is left, the peers likewise after it
                      (and stopped, recorded as timed out, when the budget runs out)
  BENCH_MAKE_STARTED  set by `make bench`: when make started (Unix seconds), so that the budget and the
                      reported wall time include the setup; without it they count from this script's start
"""

from __future__ import annotations

import json
import math
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tarfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
GEN_PY = ROOT / ".venv" / "bin" / "python"  # the generator's venv (make setup)
PEER_BIN = Path(sys.executable).parent  # the bench venv: peers and the official SDK
PEER_ENV = {"PATH": f"{PEER_BIN}{os.pathsep}{os.environ.get('PATH', '')}"}  # openapi-python-client's ruff hooks find ruff on PATH
SIZES = [int(x) for x in os.environ.get("BENCH_SIZES", "10,100,1000,5000").split(",")]
PEER_TIMEOUT = float(os.environ.get("BENCH_PEER_TIMEOUT", "300"))
BUDGET = float(os.environ.get("BENCH_BUDGET", "900"))
STARTED = float(os.environ.get("BENCH_MAKE_STARTED") or time.time())
LARGE = 1000  # sizes above this run last, within the budget; the profile runs at the largest size up to this
SAFETY = 1.25  # projections of larger sizes are multiplied by this (the peers grew faster than N before)
GITHUB_PACKAGE, GITHUB_VERSION = "@octokit/openapi", "23.0.2"
GITHUB_FILE = "package/generated/api.github.com.json"  # api.github.com, bundled ($ref kept), OpenAPI 3.0


@dataclass
class Sample:
    seconds: float
    peak_mb: float
    output: str = ""
    ok: bool = True

    def error(self) -> str:
        """The line that says what went wrong (a traceback's last line, else the first error line)."""
        lines = [line.strip() for line in self.output.splitlines() if line.strip()]
        if not lines:
            return "no output"
        if any(line.startswith("Traceback") for line in lines):
            return lines[-1][:200]
        return next((line for line in lines if re.search(r"error|fail|timed out", line, re.I)), lines[-1])[:200]


@dataclass
class Row:
    label: str
    samples: list[Sample] = field(default_factory=list)
    note: str = ""

    @property
    def times(self) -> list[float]:
        return [s.seconds for s in self.samples if s.ok]

    def median(self) -> Optional[float]:
        return statistics.median(self.times) if self.times else None

    def peak(self) -> Optional[float]:
        peaks = [s.peak_mb for s in self.samples if s.ok]
        return max(peaks) if peaks else None

    def failure(self) -> str:
        return next((s.error() for s in self.samples if not s.ok), "")


@dataclass
class GenResult:
    name: str
    endpoints: int
    rows: dict[str, Row] = field(default_factory=dict)
    files: dict[str, int] = field(default_factory=dict)  # "py" / "all" -> files written
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Results:
    generation: list[GenResult]
    stages: dict[str, dict[str, Any]]  # "<input> <python|all> <cold|warm>" -> pipeline_profile.py's output
    profile: dict[str, Any]  # pipeline_profile.py --profile, all targets, cold
    github: GenResult
    imports: dict[str, Any]
    sdk: dict[str, Any]
    phases: dict[str, float]  # what each part of `make bench` took
    skipped: list[str]  # sizes or peers left out, and why
    load: list[str]  # /proc/loadavg's 1, 5 and 15 minutes at the start and at the end (other work on the machine)
    elapsed: float
    machine: str
    versions: dict[str, str]


def log(message: str) -> None:
    print(f"[{time.time() - STARTED:6.0f}s] {message}", flush=True)


def run(cmd: list[str], env: Optional[dict[str, str]] = None, cwd: Optional[Path] = None, timeout: Optional[float] = None) -> Sample:
    """Wall time of one command, with its output (stdout and stderr). A command with a timeout runs in
    its own process group, all of which (GNU time's child too) is killed when it times out.

    The disk is synced first: each run starts without the write-back of the ones before (on this
    machine's disk, creating ~3,000 files took 0.06 s to 2 s depending on it)."""
    os.sync()
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env={**os.environ, **(env or {})}, cwd=cwd or ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True, start_new_session=timeout is not None)
    try:
        output, _ = proc.communicate(timeout=timeout)
    except (subprocess.TimeoutExpired, KeyboardInterrupt) as exc:
        if timeout is not None:
            os.killpg(proc.pid, signal.SIGKILL)
        else:
            proc.kill()
        proc.communicate()
        if isinstance(exc, KeyboardInterrupt):
            raise
        return Sample(time.perf_counter() - started, 0.0, f"timed out after {timeout:.0f} s", ok=False)
    return Sample(time.perf_counter() - started, 0.0, output, ok=proc.returncode == 0)


def run_peak(cmd: list[str], env: Optional[dict[str, str]] = None, cwd: Optional[Path] = None, timeout: Optional[float] = None) -> Sample:
    """Like run(), with the peak RSS from GNU time (its child starts small, unlike a child forked from
    this harness, whose inherited size Linux counts in ru_maxrss)."""
    timer = shutil.which("time") or "/usr/bin/time"
    s = run([timer, "-f", "BENCH_PEAK_KB=%M", *cmd], env, cwd, timeout)
    peak = 0.0
    kept = []
    for line in s.output.splitlines():
        if line.startswith("BENCH_PEAK_KB="):
            peak = int(line.split("=", 1)[1]) / 1024
        else:
            kept.append(line)
    return Sample(s.seconds, peak, "\n".join(kept), s.ok)


def gen_versions() -> dict[str, str]:
    """The versions of the generator's tools (its venv) and of the peers and the SDKs (this venv)."""
    code = ("import json; from importlib.metadata import version\n"
            "print(json.dumps({p: version(p) for p in ('jinja2', 'pyyaml', 'ruff', 'black')}))")
    proc = subprocess.run([str(GEN_PY), "-c", code], capture_output=True, text=True)
    out = {"python": platform.python_version()}
    out.update({f"{k} (sdkgen)": v for k, v in (json.loads(proc.stdout) if proc.returncode == 0 else {}).items()})
    from importlib.metadata import PackageNotFoundError, version

    for pkg in ("datamodel-code-generator", "openapi-python-client", "ruff", "black", "openai", "httpx", "pydantic"):
        try:
            out[f"{pkg} (peers)" if pkg in ("ruff", "black") else pkg] = version(pkg)
        except PackageNotFoundError:
            out[pkg] = "?"
    try:
        out["go"] = subprocess.run(["go", "version"], capture_output=True, text=True).stdout.split()[2]
    except (OSError, IndexError):
        out["go"] = "?"
    out[GITHUB_PACKAGE] = GITHUB_VERSION
    return out


def load_average() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


def machine() -> str:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "?"
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f"{kb / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    return f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores ({cpu}), {mem} RAM"


# ---------------------------------------------------------------- generation


def ours(spec: Path, out: Path, langs: str = "") -> list[str]:
    cmd = [str(GEN_PY), "-m", "generator", "generate", "--spec", str(spec), "--out", str(out)]
    if langs:
        cmd += ["--lang", langs]
    return cmd


def cache_env(cache: Path) -> dict[str, str]:
    return {"SDKGEN_CACHE_DIR": str(cache)}


def change_one_operation(spec: Path) -> str:
    """The spec with its first operation's description changed, as a text edit (the rest byte-equal)."""
    text = spec.read_text()
    i = text.index("description:", text.index("operations:"))
    start = i + len("description:")
    rest = text[start : text.index("\n", start)].strip()
    if rest.startswith((">", "|")):  # a block scalar: change its first line
        line_start = text.index("\n", start) + 1
        indent = len(text[line_start:]) - len(text[line_start:].lstrip(" "))
        at = line_start + indent
    else:
        at = start + (len(text[start:]) - len(text[start:].lstrip(" ")))
    return text[:at] + "Changed. " + text[at:]


def snapshot(out: Path) -> dict[str, int]:
    return {str(p): p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()}


def touched(out: Path, before: dict[str, int]) -> int:
    now = snapshot(out)
    return sum(1 for k, v in now.items() if before.get(k) != v) + sum(1 for k in before if k not in now)


def count_files(folder: Path) -> int:
    return sum(1 for p in folder.rglob("*") if p.is_file()) if folder.is_dir() else 0


def fresh(folder: Path) -> Path:
    """``folder`` removed, its removal written out (os.sync) before anything is timed."""
    if folder.exists():
        shutil.rmtree(folder, ignore_errors=True)
        os.sync()
    return folder


def bench_generation(name: str, endpoints: int, spec: Path, runs: int) -> GenResult:
    """Ours: Python alone and all targets, each cold (an empty SDKGEN_CACHE_DIR, which holds every
    cache the generator keeps, and an empty output folder) then warm (that cache filled, an empty
    output folder); for all targets also a no-op run and one changed operation description.
    Every run gets folders of its own, and nothing is deleted until the caller removes the work
    folder, so that no deletion is still being written out during a timed run."""
    res = GenResult(name, endpoints)
    work = fresh(OUT / "work" / name)
    work.mkdir(parents=True)
    for key, langs, label in (("py", "python", "Python"), ("all", "", "all targets")):
        cold = Row(f"ours, {label}, cold (empty cache and output folder)")
        for i in range(runs):  # the last cold run's cache is the warm runs'
            out, cache = work / f"{key}-cold{i}", work / f"cache-{key}{i}"
            cold.samples.append(run_peak(ours(spec, out, langs), cache_env(cache)))
            if cold.samples[-1].ok:
                res.files[key] = count_files(out)
        warm = Row(f"ours, {label}, warm (cache filled, output folder empty)")
        for i in range(runs):
            warm.samples.append(run_peak(ours(spec, work / f"{key}-warm{i}", langs), cache_env(cache)))
        res.rows[f"{key}-cold"], res.rows[f"{key}-warm"] = cold, warm
    out = work / f"all-warm{runs - 1}"  # the last run's output: its stamp is the newest
    noop = Row("ours, all targets, no-op regeneration")
    counts = []
    for _ in range(runs):
        before = snapshot(out)
        noop.samples.append(run_peak(ours(spec, out), cache_env(cache)))
        counts.append(touched(out, before))
    res.rows["noop"] = noop
    res.extra["noop_touched"] = max(counts)
    res.extra["noop_profile"] = command_profile(ours(spec, out), cache_env(cache), work / "noop.prof")
    changed = work / "changed" / spec.name  # same file name: the generated headers name it
    changed.parent.mkdir()
    changed.write_text(change_one_operation(spec))
    copy = work / "out-change"  # a copy of the output: the spec differs, so the no-op stamp does not apply
    shutil.copytree(out, copy)
    before = snapshot(copy)
    one = Row("ours, all targets, one operation's description changed (warm cache)")
    one.samples.append(run_peak(ours(changed, copy), cache_env(cache)))
    res.rows["change"] = one
    res.extra["change_touched"] = touched(copy, before)
    return res


def command_profile(cmd: list[str], env: dict[str, str], file: Path) -> dict[str, Any]:
    """A Python command (``python -m ...``) once more under cProfile: its import time and the functions
    with the most own time."""
    import pstats

    from pipeline_profile import import_time, own_times

    s = run([cmd[0], "-m", "cProfile", "-o", str(file), *cmd[1:]], env)
    if not s.ok or not file.is_file():
        return {"error": s.error()}
    stats = pstats.Stats(str(file))
    return {"total": stats.total_tt, "imports": import_time(stats), "functions": own_times(stats)[:5]}  # type: ignore[attr-defined]


def peer_commands(openapi: Path, work: Path, i: int) -> dict[str, tuple[str, list[str]]]:
    return {
        "dcg": ("datamodel-code-generator (pydantic v2 models, default formatters)",
                [str(PEER_BIN / "datamodel-codegen"), "--input", str(openapi), "--input-file-type", "openapi",
                 "--output-model-type", "pydantic_v2.BaseModel", "--output", str(work / f"dcg{i}.py")]),
        "opc": ("openapi-python-client generate (default ruff hooks)",
                [str(PEER_BIN / "openapi-python-client"), "generate", "--path", str(openapi), "--output-path",
                 str(work / f"opc{i}"), "--overwrite"]),
    }


def add_peers(res: GenResult, openapi: Path, work: Path, runs: int, side_by_side: bool = False, timeout: float = PEER_TIMEOUT) -> None:
    """The peers on the same API; ``side_by_side`` runs the two at once, one per core (each is one
    process), to fit a large size into the time budget."""
    rows = {key: Row(label) for key, (label, _) in peer_commands(openapi, work, 0).items()}
    for i in range(runs):
        commands = peer_commands(openapi, work, i)
        if side_by_side:
            with ThreadPoolExecutor(max_workers=2) as pool:
                futures = {key: pool.submit(run_peak, cmd, PEER_ENV, work, timeout) for key, (_, cmd) in commands.items()}
                for key, future in futures.items():
                    rows[key].samples.append(future.result())
        else:
            for key, (_, cmd) in commands.items():
                rows[key].samples.append(run_peak(cmd, PEER_ENV, work, timeout))
    for key, row in rows.items():
        if side_by_side:
            row.note = "run at the same time as the other peer, one per core"
        if any("not in PATH" in s.output for s in row.samples):
            row.note = "a post-generation hook was skipped: its tool was not on PATH"
        res.rows[key] = row


def pipeline_stages(spec: Path, out: Path, cache: Path, langs: str = "", profile: bool = False) -> dict[str, Any]:
    """bench/pipeline_profile.py: one in-process generation into ``out`` (new), its time per stage
    (and its profile)."""
    cmd = [str(GEN_PY), str(ROOT / "bench" / "pipeline_profile.py"), str(spec), str(out)]
    cmd += ["--lang", langs] if langs else []
    cmd += ["--profile"] if profile else []
    s = run(cmd, cache_env(cache))
    if not s.ok:
        return {"error": s.error()}
    data: dict[str, Any] = json.loads(s.output.strip().splitlines()[-1])
    data["wall"] = s.seconds
    return data


def stage_runs(inputs: list[tuple[str, int, Path, Path]]) -> tuple[dict[str, dict[str, Any]], dict[str, Any]]:
    """In-process stage times, cold then warm, of every input up to LARGE (and Python alone, cold, at
    the largest); the cProfile run at the largest, all targets, cold."""
    stages: dict[str, dict[str, Any]] = {}
    work = fresh(OUT / "work" / "stages")
    small = [x for x in inputs if x[1] <= LARGE]
    for name, _, spec, _ in small:
        cache = work / f"cache-{name}"
        stages[f"{name} all cold"] = pipeline_stages(spec, work / f"{name}-cold", cache)
        stages[f"{name} all warm"] = pipeline_stages(spec, work / f"{name}-warm", cache)
    profile: dict[str, Any] = {}
    synth = [x for x in small if x[0] != "images"]
    if synth:
        name, n, spec, _ = max(synth, key=lambda x: x[1])
        stages[f"{name} python cold"] = pipeline_stages(spec, work / "py-cold", work / "cache-py", "python")
        log(f"profile: {name}, all targets, cold, under cProfile")
        profile = pipeline_stages(spec, work / "profile", work / "cache-profile", profile=True)
        profile["input"], profile["endpoints"] = name, n
    fresh(work)
    return stages, profile


def growth(small: Optional[float], big: Optional[float], n_small: int, n_big: int) -> Optional[float]:
    """The exponent k of t ~ N^k between two sizes (at least 1: fixed costs hide growth at small sizes)."""
    if not small or not big or n_big <= n_small:
        return None
    return max(1.0, math.log(big / small) / math.log(n_big / n_small))


def projected(by_size: dict[int, GenResult], keys: list[str], n: int) -> Optional[float]:
    """Seconds one run of each of the rows ``keys`` would take at ``n``, from the largest size measured
    up to LARGE and the growth between it and the size before, times SAFETY."""
    known = sorted(k for k in by_size if k <= LARGE)
    if not known:
        return None
    top = by_size[known[-1]]
    prev = by_size[known[-2]] if len(known) > 1 else None
    total = 0.0
    for key in keys:
        row = top.rows.get(key)
        t = row.median() if row else None
        if t is None:
            return None
        k = growth(prev.rows[key].median() if prev and key in prev.rows else None, t, known[-2] if prev else 0, known[-1]) or 1.0
        total += t * (n / known[-1]) ** k
    return total * SAFETY


# ---------------------------------------------------------------- GitHub's REST description


def fetch_github() -> tuple[Optional[Path], str]:
    """GitHub's REST description from the npm package (pinned), unpacked into bench/out/github;
    the path, or None and why not."""
    folder = OUT / "github"
    doc = folder / f"api.github.com-{GITHUB_VERSION}.json"
    if doc.is_file():
        return doc, ""
    folder.mkdir(parents=True, exist_ok=True)
    npm = shutil.which("npm")
    if npm is None:
        return None, "npm is not installed"
    s = run([npm, "pack", f"{GITHUB_PACKAGE}@{GITHUB_VERSION}", "--pack-destination", str(folder), "--silent"], timeout=600)
    tarballs = sorted(folder.glob(f"*-{GITHUB_VERSION}.tgz"))
    if not s.ok or not tarballs:
        return None, f"npm pack failed: {s.error()}"
    with tarfile.open(tarballs[0]) as tar:
        member = tar.extractfile(GITHUB_FILE)
        if member is None:
            return None, f"{GITHUB_FILE} is not in {tarballs[0].name}"
        doc.write_bytes(member.read())
    tarballs[0].unlink()
    return doc, ""


def bench_github() -> GenResult:
    res = GenResult("github", 0)
    doc, why = fetch_github()
    res.extra.update(file=GITHUB_FILE, package=f"{GITHUB_PACKAGE}@{GITHUB_VERSION}")
    if doc is None:
        res.extra["error"] = why
        return res
    data = json.loads(doc.read_text())
    methods = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}
    res.endpoints = sum(1 for item in data.get("paths", {}).values() for m in item if m in methods)
    res.extra.update(openapi=data.get("openapi", "?"), paths=len(data.get("paths", {})),
                     schemas=len(data.get("components", {}).get("schemas", {})), mb=doc.stat().st_size / 1e6)
    work = fresh(OUT / "work" / "github")
    work.mkdir(parents=True)
    add_peers(res, doc, work, 1)
    res.extra["output"] = {"dcg": _size(work / "dcg0.py"), "opc": _size(work / "opc0")}
    res.extra["warnings"] = {key: _warnings(row.samples[0].output) for key, row in res.rows.items() if row.samples}
    fresh(work)
    return res


def _size(path: Path) -> tuple[int, float]:
    """Files and MB of a peer's output (a file or a folder)."""
    if path.is_file():
        return 1, path.stat().st_size / 1e6
    files = [p for p in path.rglob("*") if p.is_file()] if path.is_dir() else []
    return len(files), sum(p.stat().st_size for p in files) / 1e6


def _warnings(output: str) -> list[tuple[int, str]]:
    """A peer's warnings (deprecation notices left out), grouped by their first two words: how many
    lines, and the first of them."""
    groups: dict[str, list[str]] = {}
    for raw in output.splitlines():
        line = re.sub(r"^\S+\.py:\d+: ", "", raw.strip())  # Python's warnings start with the file
        if re.match(r"(WARNING|Failure)\b|\w*Warning: ", line) and not line.startswith(("FutureWarning", "DeprecationWarning")):
            groups.setdefault(" ".join(line.split()[:2]), []).append(line)
    return [(len(lines), lines[0][:160]) for lines in groups.values()]


# ---------------------------------------------------------------- SDK


def sdk_case(case: str, sdk: str) -> dict[str, Any]:
    env = {"PYTHONPATH": str(ROOT / "generated" / "python" / "src")}
    s = run_peak([sys.executable, str(ROOT / "bench" / "sdk_bench.py"), case, sdk], env=env)
    if not s.ok:
        return {"error": s.output[-500:]}
    data: dict[str, Any] = json.loads(s.output.strip().splitlines()[-1])
    data["process_peak_mb"] = s.peak_mb
    return data


def import_times() -> dict[str, Any]:
    env = {"PYTHONPATH": str(ROOT / "generated" / "python" / "src")}
    out: dict[str, Any] = {}
    for label, stmt in (("bare interpreter", "pass"), ("import openai_images", "import openai_images"),
                        ("from openai_images import OpenAI", "from openai_images import OpenAI"), ("import openai", "import openai")):
        samples = [run([sys.executable, "-c", stmt], env).seconds for _ in range(9)]
        out[label] = (statistics.median(samples), min(samples), max(samples))
    for mod in ("openai_images", "openai"):
        proc = subprocess.run([sys.executable, "-X", "importtime", "-c", f"import {mod}"], env={**os.environ, **env}, capture_output=True, text=True)
        total = 0
        for line in proc.stderr.splitlines():
            parts = line.split("|")
            if len(parts) == 3 and parts[2].strip() == mod:
                total = int(parts[1].strip())
        out[f"importtime {mod}"] = total / 1e6
    return out


# ---------------------------------------------------------------- main


def synth(n: int) -> tuple[Path, Path]:
    made = subprocess.run([str(GEN_PY), str(ROOT / "bench" / "synth.py"), str(n), str(OUT / "synth")], cwd=ROOT, capture_output=True, text=True, check=True)
    spec, openapi = (Path(p) for p in made.stdout.split())
    return spec, openapi


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    phases: dict[str, float] = {"make setup and the bench venv": time.time() - STARTED}
    load = [load_average()]
    skipped: list[str] = []

    def phase(name: str, since: float) -> float:
        now = time.time()
        phases[name] = phases.get(name, 0.0) + now - since
        return now

    t = time.time()
    log(f"GitHub's REST description: {GITHUB_PACKAGE}@{GITHUB_VERSION} from npm, the peers on it")
    github = bench_github()
    t = phase("GitHub's REST description: fetch, peers", t)

    images_openapi = OUT / "openapi-images.yaml"
    shutil.copy(ROOT / "generated" / "openapi" / "openapi.yaml", images_openapi)
    inputs: list[tuple[str, int, Path, Path]] = [("images", 3, ROOT / "spec" / "images.yaml", images_openapi)]
    for n in sorted(n for n in SIZES if n <= LARGE):
        log(f"synthetic spec: {n} endpoints")
        inputs.append((f"synth-{n}", n, *synth(n)))
    t = phase("synthetic specs", t)

    results: list[GenResult] = []
    for name, n, spec, openapi in inputs:
        runs = 3 if n <= 100 else 2
        log(f"generation: {name}, ours ({runs} runs of each)")
        res = bench_generation(name, n, spec, runs)
        t = phase(f"{name}: ours", t)
        log(f"generation: {name}, peers ({runs} runs of each)")
        add_peers(res, openapi, OUT / "work" / name, runs)
        t = phase(f"{name}: peers", t)
        results.append(res)
        fresh(OUT / "work" / name)

    log("stages in-process (cold and warm), and the profile")
    stages, profile = stage_runs(inputs)
    t = phase("stages and profile", t)

    log("SDK benchmarks")
    imports = import_times()
    sdk = {case: {sdk: sdk_case(case, sdk) for sdk in ("ours", "official")} for case in ("calls", "sse", "multipart")}
    t = phase("SDK benchmarks", t)

    by_size = {r.endpoints: r for r in results if r.name.startswith("synth-")}
    ours_keys = ["py-cold", "py-warm", "all-cold", "all-warm", "noop", "change"]
    for n in sorted(n for n in SIZES if n > LARGE):
        name = f"synth-{n}"
        left = BUDGET - (time.time() - STARTED) - 30  # 30 s for the report and the margin
        need = projected(by_size, ours_keys, n)
        if need is None or need > left:
            skipped.append(f"{name}: not run: ours would take about {need or 0:.0f} s (projected from the smaller sizes), {max(left, 0):.0f} s of the budget were left")
            log(skipped[-1])
            continue
        log(f"synthetic spec: {n} endpoints")
        spec, openapi = synth(n)
        log(f"generation: {name}, ours (1 run of each; projected {need:.0f} s)")
        res = bench_generation(name, n, spec, 1)
        results.append(res)
        t = phase(f"{name}: ours", t)
        left = BUDGET - (time.time() - STARTED) - 30
        peers = [projected(by_size, [key], n) for key in ("dcg", "opc")]
        need = max((p for p in peers if p is not None), default=None)
        if need is None or need > left:
            skipped.append(f"{name}: peers not run: side by side they would take about {need or 0:.0f} s (projected from the smaller sizes), {max(left, 0):.0f} s of the budget were left")
            log(skipped[-1])
        else:
            log(f"generation: {name}, peers side by side (1 run; projected {need:.0f} s, stopped after {min(PEER_TIMEOUT, left):.0f} s)")
            add_peers(res, openapi, OUT / "work" / name, 1, side_by_side=True, timeout=min(PEER_TIMEOUT, left))
            t = phase(f"{name}: peers", t)
        fresh(OUT / "work" / name)

    elapsed = time.time() - STARTED
    load.append(load_average())
    measured = Results(results, stages, profile, github, imports, sdk, phases, skipped, load, elapsed, machine(), gen_versions())
    write_report(measured)
    log(f"wrote {ROOT / 'bench' / 'RESULTS.md'}")
    return 0


def write_report(results: Results) -> None:
    import pickle

    (OUT / "results.pickle").write_bytes(pickle.dumps(results))
    rerender()


def rerender() -> int:
    """`python bench/run.py --report`: write RESULTS.md again from the last run's measurements."""
    import pickle

    from report import render

    results = pickle.loads((OUT / "results.pickle").read_bytes())
    (ROOT / "bench" / "RESULTS.md").write_text(render(results))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "bench"))  # report.py, pipeline_profile.py
    sys.exit(rerender() if sys.argv[1:] == ["--report"] else main())
