"""`make bench`: generation speed against the peers, and the generated Python SDK against the
official `openai` package, measured side by side in one run; writes bench/RESULTS.md.

Numbers are medians with min-max over the runs shown; ratios compare tools measured in this same
run (the machines are noisy). Peak memory is the process tree's maximum RSS (wait4).
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
GEN_PY = ROOT / ".venv" / "bin" / "python"  # the generator's venv (make setup)
PEER_BIN = Path(sys.executable).parent  # the bench venv: peers and the official SDK
SIZES = [int(x) for x in os.environ.get("BENCH_SIZES", "10,100,1000,5000").split(",")]
PEER_TIMEOUT = float(os.environ.get("BENCH_PEER_TIMEOUT", "300"))


@dataclass
class Sample:
    seconds: float
    peak_mb: float
    stdout: str = ""
    ok: bool = True


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

    def cell(self) -> str:
        t = self.times
        if not t:
            return "n/a"
        if len(t) == 1:
            return f"{t[0]:.2f} s (1 run)"
        return f"{statistics.median(t):.2f} s ({min(t):.2f}-{max(t):.2f}, {len(t)} runs)"

    def peak(self) -> str:
        p = [s.peak_mb for s in self.samples if s.ok]
        return f"{max(p):.0f} MB" if p else "n/a"


def run(cmd: list[str], env: Optional[dict[str, str]] = None, cwd: Optional[Path] = None, timeout: Optional[float] = None) -> Sample:
    """Wall time and peak RSS (the child and everything it waited for) of one command."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env={**os.environ, **(env or {})}, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        stdout, _ = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        return Sample(time.perf_counter() - started, 0.0, "timed out", ok=False)
    elapsed = time.perf_counter() - started
    # communicate() reaped the child; its rusage is in RUSAGE_CHILDREN, so measure peak via a wrapper instead
    return Sample(elapsed, 0.0, stdout, ok=proc.returncode == 0)


def run_peak(cmd: list[str], env: Optional[dict[str, str]] = None, cwd: Optional[Path] = None, timeout: Optional[float] = None) -> Sample:
    """Like run(), with the peak RSS of the process tree, from GNU time (its child starts small, unlike
    a child forked from this harness, whose inherited size Linux counts in ru_maxrss)."""
    timer = shutil.which("time") or "/usr/bin/time"
    s = run([timer, "-f", "BENCH_PEAK_KB=%M", *cmd], env, cwd, timeout)
    peak = 0.0
    kept = []
    for line in s.stdout.splitlines():
        if line.startswith("BENCH_PEAK_KB="):
            peak = int(line.split("=", 1)[1]) / 1024
        else:
            kept.append(line)
    return Sample(s.seconds, peak, "\n".join(kept), s.ok)


def versions() -> dict[str, str]:
    from importlib.metadata import version

    out = {"python": platform.python_version()}
    for pkg in ("black", "jinja2", "pyyaml", "datamodel-code-generator", "openapi-python-client", "openai", "httpx", "pydantic", "ruff"):
        try:
            out[pkg] = version(pkg)
        except Exception:
            out[pkg] = "?"
    try:
        out["go"] = subprocess.run(["go", "version"], capture_output=True, text=True).stdout.split()[2]
    except Exception:
        out["go"] = "?"
    return out


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


def touched(out: Path, before: dict[str, int]) -> int:
    now = {str(p): p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()}
    return sum(1 for k, v in now.items() if before.get(k) != v) + sum(1 for k in before if k not in now)


def snapshot(out: Path) -> dict[str, int]:
    return {str(p): p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()}


@dataclass
class GenResult:
    name: str
    endpoints: int
    rows: dict[str, Row] = field(default_factory=dict)
    files: dict[str, int] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)


def bench_generation(name: str, endpoints: int, spec: Path, openapi: Path, runs: int, cold_runs: int, all_cold: bool, peers: bool) -> GenResult:
    res = GenResult(name, endpoints)
    work = OUT / "work" / name
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    cwd = ROOT

    def fresh_cache(tag: str) -> Path:
        p = work / f"cache-{tag}"
        shutil.rmtree(p, ignore_errors=True)
        return p

    for langs, key in (("python", "py"), ("", "all")):
        if key == "all" and not all_cold:
            cold_n = 0
        else:
            cold_n = cold_runs
        cold = Row(f"ours, {'Python' if key == 'py' else 'all targets'}, cold (empty format cache)")
        # without a cold all-targets run, the all-targets runs reuse the Python runs' cache
        cache = fresh_cache(key) if cold_n else work / "cache-py"
        for i in range(cold_n):
            cache = fresh_cache(key)
            out = work / f"out-{key}-cold{i}"
            cold.samples.append(run_peak(ours(spec, out, langs), {"SDKGEN_CACHE_DIR": str(cache)}, cwd))
        if cold_n == 0:
            # populate the cache without timing it, for the warm runs
            run(ours(spec, work / f"out-{key}-prime", langs), {"SDKGEN_CACHE_DIR": str(cache)}, cwd)
            cold.note = "not measured at this size (time budget): the Python cache of the row above was reused and the Go files formatted untimed"
        res.rows[f"{key}-cold"] = cold
        warm = Row(f"ours, {'Python' if key == 'py' else 'all targets'}, warm (cache filled, output folder empty)")
        for i in range(runs):
            out = work / f"out-{key}-warm{i}"
            shutil.rmtree(out, ignore_errors=True)
            warm.samples.append(run_peak(ours(spec, out, langs), {"SDKGEN_CACHE_DIR": str(cache)}, cwd))
        res.rows[f"{key}-warm"] = warm
        out = work / f"out-{key}-warm0"
        res.files[key] = sum(1 for p in out.rglob("*") if p.is_file())
        if key == "all":
            noop = Row("ours, all targets, no-op regeneration")
            counts = []
            for _ in range(runs):
                before = snapshot(out)
                noop.samples.append(run_peak(ours(spec, out, langs), {"SDKGEN_CACHE_DIR": str(cache)}, cwd))
                counts.append(touched(out, before))
            res.rows["noop"] = noop
            res.extra["noop_touched"] = max(counts)
            changed = work / "changed" / spec.name  # same file name: the generated headers name it
            changed.parent.mkdir(exist_ok=True)
            changed.write_text(change_one_operation(spec))
            out2 = work / "out-change"  # a copy of the output: a new folder, so the no-op stamp does not apply
            shutil.rmtree(out2, ignore_errors=True)
            shutil.copytree(out, out2)
            before = snapshot(out2)
            one = Row("ours, all targets, one operation's description changed")
            one.samples.append(run_peak(ours(changed, out2, langs), {"SDKGEN_CACHE_DIR": str(cache)}, cwd))
            res.rows["change"] = one
            res.extra["change_touched"] = touched(out2, before)
    if peers:
        add_peers(res, openapi, work, runs)
    return res


def add_peers(res: GenResult, openapi: Path, work: Path, runs: int, side_by_side: bool = False) -> None:
    """The peers on the same API; ``side_by_side`` runs the two at once, one per core (both are
    single-process), to fit the largest size into the time budget."""
    from concurrent.futures import ThreadPoolExecutor

    endpoints = res.endpoints
    dcg = Row("datamodel-code-generator (pydantic v2 models, default formatters)")
    opc = Row("openapi-python-client generate (default ruff hooks)")
    peer_runs = runs if endpoints <= 100 else 1
    for i in range(peer_runs):
        dcg_cmd = [str(PEER_BIN / "datamodel-codegen"), "--input", str(openapi), "--input-file-type", "openapi",
                   "--output-model-type", "pydantic_v2.BaseModel", "--output", str(work / f"dcg{i}.py")]
        opc_cmd = [str(PEER_BIN / "openapi-python-client"), "generate", "--path", str(openapi), "--output-path",
                   str(work / f"opc{i}"), "--overwrite"]
        if side_by_side:
            with ThreadPoolExecutor(max_workers=2) as pool:
                a = pool.submit(run_peak, dcg_cmd, None, work, PEER_TIMEOUT)
                b = pool.submit(run_peak, opc_cmd, None, work, PEER_TIMEOUT)
                dcg.samples.append(a.result())
                opc.samples.append(b.result())
            dcg.note = opc.note = "run at the same time as the other peer, one per core"
        else:
            dcg.samples.append(run_peak(dcg_cmd, cwd=work, timeout=PEER_TIMEOUT))
            opc.samples.append(run_peak(opc_cmd, cwd=work, timeout=PEER_TIMEOUT))
    for row in (dcg, opc):
        if any(not s.ok and s.stdout == "timed out" for s in row.samples):
            row.note = f"timed out after {PEER_TIMEOUT:.0f} s"
    res.rows["dcg"] = dcg
    res.rows["opc"] = opc


def stage_times(spec: Path) -> dict[str, float]:
    """Where the time goes (one in-process run, formatting excluded)."""
    code = (
        "import json, time, sys\n"
        "sys.path.insert(0, '.')\n"
        "t=time.perf_counter()\n"
        "from generator.loader import load_spec\n"
        "from generator.pipeline import plan_languages\n"
        "from generator.emitters import available\n"
        "t0=time.perf_counter(); api=load_spec(sys.argv[1]); t1=time.perf_counter()\n"
        "langs=sorted(n for n, e in available().items() if e.wants(api)); plan, names=plan_languages(api, langs); t2=time.perf_counter()\n"
        "r={'imports': t0-t, 'load+validate spec': t1-t0, 'naming walk': t2-t1}\n"
        "for name in langs:\n"
        "    e=available()[name]; s=time.perf_counter(); files=e.emit(plan, names[name]); r['render '+name]=time.perf_counter()-s\n"
        "    r['bytes '+name]=sum(len(v) for v in files.values())\n"
        "print(json.dumps(r))\n"
    )
    proc = subprocess.run([str(GEN_PY), "-c", code, str(spec)], cwd=ROOT, capture_output=True, text=True)
    return json.loads(proc.stdout) if proc.returncode == 0 else {"error": proc.stderr[-300:]}  # type: ignore[no-any-return]


def black_throughput(folder: Path) -> float:
    """Black's speed on generated Python (KB/s, one core)."""
    code = (
        "import time, pathlib, black, sys\n"
        "files=[p.read_text() for p in pathlib.Path(sys.argv[1]).rglob('*.py')]\n"
        "mode=black.Mode(line_length=120)\n"
        "t=time.perf_counter()\n"
        "for f in files: black.format_str(f, mode=mode)\n"
        "print(sum(map(len, files))/1024/(time.perf_counter()-t))\n"
    )
    proc = subprocess.run([str(GEN_PY), "-c", code, str(folder)], cwd=ROOT, capture_output=True, text=True)
    return float(proc.stdout.strip() or 0)


# ---------------------------------------------------------------- SDK


def sdk_case(case: str, sdk: str) -> dict[str, Any]:
    env = {"PYTHONPATH": str(ROOT / "generated" / "python" / "src")}
    s = run_peak([sys.executable, str(ROOT / "bench" / "sdk_bench.py"), case, sdk], env=env)
    if not s.ok:
        return {"error": s.stdout[-500:]}
    data: dict[str, Any] = json.loads(s.stdout.strip().splitlines()[-1])
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


# ---------------------------------------------------------------- report


def fmt_ratio(a: Optional[float], b: Optional[float]) -> str:
    if not a or not b:
        return "n/a"
    return f"{b / a:.1f}x faster" if a < b else f"{a / b:.1f}x slower"


def main() -> int:
    started = time.perf_counter()
    OUT.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(ROOT / "bench"))

    inputs: list[tuple[str, int, Path, Path]] = []
    images_openapi = OUT / "openapi-images.yaml"
    shutil.copy(ROOT / "generated" / "openapi" / "openapi.yaml", images_openapi)
    inputs.append(("images", 3, ROOT / "spec" / "images.yaml", images_openapi))
    for n in SIZES:
        made = subprocess.run([str(GEN_PY), str(ROOT / "bench" / "synth.py"), str(n), str(OUT / "synth")], cwd=ROOT, capture_output=True, text=True, check=True)
        spec, openapi = (Path(p) for p in made.stdout.split())
        inputs.append((f"synth-{n}", n, spec, openapi))

    results: list[GenResult] = []
    for name, n, spec, openapi in inputs:
        print(f"[{time.perf_counter() - started:6.0f}s] generation: {name}", flush=True)
        if n <= 100:
            results.append(bench_generation(name, n, spec, openapi, runs=3, cold_runs=1, all_cold=True, peers=True))
        elif n <= 1000:
            results.append(bench_generation(name, n, spec, openapi, runs=2, cold_runs=1, all_cold=False, peers=True))
        else:
            gr = GenResult(name, n)
            gr.extra["stages"] = stage_times(spec)
            work = OUT / "work" / name
            shutil.rmtree(work, ignore_errors=True)
            work.mkdir(parents=True)
            add_peers(gr, openapi, work, 1, side_by_side=True)
            results.append(gr)
    stages = {n: stage_times(spec) for name, n, spec, _ in inputs if n in (100, 1000)}
    sample = OUT / "work" / "synth-100" / "out-py-warm0" / "python"
    kbps = black_throughput(sample if sample.is_dir() else ROOT / "generated" / "python")
    print(f"[{time.perf_counter() - started:6.0f}s] SDK benchmarks", flush=True)
    imports = import_times()
    sdk = {case: {sdk: sdk_case(case, sdk) for sdk in ("ours", "official")} for case in ("calls", "sse", "multipart")}
    elapsed = time.perf_counter() - started
    report(results, stages, kbps, imports, sdk, elapsed)
    print(f"[{elapsed:6.0f}s] wrote {ROOT / 'bench' / 'RESULTS.md'}")
    return 0


def report(results: list[GenResult], stages: dict[int, dict[str, float]], kbps: float, imports: dict[str, Any], sdk: dict[str, Any], elapsed: float) -> None:
    import pickle

    from report import render

    info = (machine(), versions())
    (OUT / "results.pickle").write_bytes(pickle.dumps((results, stages, kbps, imports, sdk, elapsed, info)))
    text = render(results, stages, kbps, imports, sdk, elapsed, *info)
    (ROOT / "bench" / "RESULTS.md").write_text(text)


def rerender() -> int:
    """`python bench/run.py --report`: write RESULTS.md again from the last run's measurements."""
    import pickle

    sys.path.insert(0, str(ROOT / "bench"))
    from report import render

    results, stages, kbps, imports, sdk, elapsed, info = pickle.loads((OUT / "results.pickle").read_bytes())
    (ROOT / "bench" / "RESULTS.md").write_text(render(results, stages, kbps, imports, sdk, elapsed, *info))
    return 0


if __name__ == "__main__":
    sys.exit(rerender() if sys.argv[1:] == ["--report"] else main())
