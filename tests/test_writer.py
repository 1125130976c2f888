"""The writer replaces only changed files, removes stale ones, and --check reports a diff."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator import writer
from generator.errors import GenerationError
from tests.conftest import ROOT


def test_plan_and_apply(tmp_path: Path) -> None:
    (tmp_path / "py").mkdir()
    (tmp_path / "py" / "same.txt").write_bytes(b"same")
    (tmp_path / "py" / "old.txt").write_bytes(b"old")
    (tmp_path / "py" / "stale.txt").write_bytes(b"gone soon")
    (tmp_path / "py" / "__pycache__").mkdir()
    (tmp_path / "py" / "__pycache__" / "x.pyc").write_bytes(b"cache")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "untouched.txt").write_bytes(b"not ours")
    files = {"py/same.txt": b"same", "py/old.txt": b"new", "py/sub/added.txt": b"added"}
    plan = writer.plan(tmp_path, files, ["py"])
    assert sorted(plan.write) == ["py/old.txt", "py/sub/added.txt"]
    assert plan.unchanged == ["py/same.txt"]
    assert plan.remove == ["py/stale.txt"]
    assert "+new" in writer.diff(plan) and "-gone soon" in writer.diff(plan)
    writer.apply(plan)
    assert (tmp_path / "py" / "old.txt").read_bytes() == b"new"
    assert (tmp_path / "py" / "sub" / "added.txt").read_bytes() == b"added"
    assert not (tmp_path / "py" / "stale.txt").exists()
    assert (tmp_path / "py" / "__pycache__" / "x.pyc").exists()
    assert (tmp_path / "other" / "untouched.txt").exists()
    assert not list(tmp_path.rglob("*.sdkgen-tmp"))
    assert writer.plan(tmp_path, files, ["py"]).clean


def test_check_mode_prints_diff_and_fails(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = tmp_path / "out"
    subprocess.run([sys.executable, "-m", "generator", "generate", "--out", str(out)], cwd=ROOT, env=env, check=True, capture_output=True)
    target = out / "python" / "src" / "openai_images" / "types" / "image.py"
    target.write_text(target.read_text().replace("class Image", "class Imag"))
    (out / "python" / "extra.py").write_text("x = 1\n")
    proc = subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--check", "--out", str(out)], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert proc.returncode == 1
    assert "+class Image" in proc.stdout and "-class Imag" in proc.stdout
    assert "a/python/extra.py" in proc.stdout
    assert "make generate" in proc.stderr
    assert "class Imag(" in target.read_text(), "--check must not write"


def test_unknown_language_is_rejected(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--lang", "cobol", "--out", str(tmp_path)], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert proc.returncode == 2 and "cobol" in proc.stderr and "(available: go, openapi, python, typescript)" in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stderr and not any(tmp_path.iterdir())


def test_formatter_failure_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("SDKGEN_CACHE_DIR", "off")  # the broken emitter below must really run
    from generator import cli
    from generator.emitters.python.emitter import PythonEmitter

    out = tmp_path / "out"
    assert cli.main(["generate", "--spec", str(ROOT / "spec" / "images.yaml"), "--out", str(out)]) == 0
    before = {p: p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
    real_emit = PythonEmitter.emit

    def broken_emit(self: PythonEmitter, plan: object, names: object) -> dict[str, str]:
        files = dict(real_emit(self, plan, names))  # type: ignore[arg-type]
        files["src/openai_images/broken.py"] = "def broken(:\n"
        return files

    monkeypatch.setattr(PythonEmitter, "emit", broken_emit)
    assert cli.main(["generate", "--spec", str(ROOT / "spec" / "images.yaml"), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "python/src/openai_images/broken.py: the formatter (ruff) rejected the rendered file" in err
    assert "nothing was written" in err
    assert before == {p: p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def test_noop_fast_path_notices_edits_and_spec_changes(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT), SDKGEN_CACHE_DIR=str(tmp_path / "cache"))
    out = tmp_path / "out"
    spec = tmp_path / "spec.yaml"
    spec.write_text((ROOT / "spec" / "images.yaml").read_text())

    def run() -> str:
        proc = subprocess.run([sys.executable, "-m", "generator", "generate", "--spec", str(spec), "--out", str(out)], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
        return proc.stdout

    assert " 0 unchanged" in run()
    assert "0 written," in run() and list((tmp_path / "cache" / "runs").iterdir())
    target = out / "python" / "src" / "openai_images" / "types" / "image.py"
    original = target.read_bytes()
    target.write_text("edited by hand\n")
    assert run().startswith(f"{out}: 1 written")
    assert target.read_bytes() == original
    (out / "python" / "stray.py").write_text("x = 1\n")
    assert "1 removed" in run()
    spec.write_text(spec.read_text().replace("The response from the image generation endpoint.", "The response."))
    assert "0 written" not in run()
    assert "The response." in (out / "python" / "src" / "openai_images" / "types" / "images_response.py").read_text()


# ------------------------------------------------------------------ the user's paths


@pytest.mark.parametrize(
    ("pattern", "owned", "not_owned"),
    [
        ("*.local", ["x.local", "go/a/b.local"], ["x.localx", "go/local"]),
        ("/python/README.md", ["python/README.md"], ["go/python/README.md", "python/README.md.bak"]),
        ("python/README.md", ["python/README.md"], ["go/python/README.md"]),  # a / inside anchors it
        ("notes/", ["notes/a.txt", "python/notes/b/c.txt"], ["notes", "python/notes.txt"]),  # folders only
        ("go/**/custom_*.go", ["go/custom_a.go", "go/x/y/custom_b.go"], ["go/custom.go", "python/go/custom_a.go"]),
        ("docs/**", ["docs/a", "docs/b/c"], ["docs", "x/docs/a"]),
        ("**/deep", ["deep", "a/b/deep"], ["deeper"]),
        ("a?c", ["abc", "x/a.c"], ["ac", "a/c"]),
        ("v[0-9].txt", ["v1.txt"], ["va.txt"]),
        ("v[!0-9].txt", ["va.txt"], ["v1.txt", "v/.txt"]),
        ("\\#hash", ["#hash"], ["hash"]),
        ("# a comment", [], ["# a comment"]),
    ],
)
def test_sdkgenignore_patterns(pattern: str, owned: list[str], not_owned: list[str]) -> None:
    rules = writer.Owned(rules=writer.parse_ignore(pattern + "\n"))
    assert [p for p in owned if p not in rules] == []
    assert [p for p in not_owned if p in rules] == []


def test_negation_and_owned_folders() -> None:
    owned = writer.Owned(["python/src/pkg/lib"], writer.parse_ignore("*.local\n!keep.local\nbuild/\n!build/x.local\n"))
    assert "a/x.local" in owned and "a/keep.local" not in owned
    assert "build/x.local" in owned, "as in git, nothing inside an ignored folder can be taken back"
    assert "python/src/pkg/lib/x.py" in owned and "python/src/pkg/lib2/x.py" not in owned and "python/src/pkg/x.py" not in owned


def test_owned_paths_are_never_written_removed_or_diffed(tmp_path: Path) -> None:
    for rel, text in {"py/pkg/lib/mine.py": "mine", "py/README.md": "my readme", "py/old.txt": "stale", "py/x.local": "local",
                      ".sdkgenignore": "/py/README.md\n*.local\n"}.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text)
    files = {"py/README.md": b"generated readme", "py/pkg/lib/gen.py": b"generated", "py/pkg/a.py": b"a"}
    plan = writer.plan(tmp_path, files, ["py"], keep=["py/pkg/lib"])
    assert sorted(plan.write) == ["py/pkg/a.py"] and plan.remove == ["py/old.txt"]
    assert plan.kept == ["py/README.md", "py/pkg/lib/gen.py"]
    text = writer.diff(plan, tmp_path)
    assert "py/pkg/a.py" in text and "README" not in text and "lib" not in text and "local" not in text
    writer.apply(plan)
    assert (tmp_path / "py" / "README.md").read_text() == "my readme" and (tmp_path / "py" / "x.local").read_text() == "local"
    assert sorted(p.name for p in (tmp_path / "py" / "pkg" / "lib").iterdir()) == ["mine.py"]
    assert writer.plan(tmp_path, files, ["py"], keep=["py/pkg/lib"]).clean


def test_an_unreadable_sdkgenignore_is_an_error(tmp_path: Path) -> None:
    (tmp_path / ".sdkgenignore").write_bytes(b"\xff\xfe*.py\n")
    with pytest.raises(GenerationError, match=r"\.sdkgenignore: not UTF-8 text"):
        writer.plan(tmp_path, {"py/a.py": b""}, ["py"])


# ------------------------------------------------------------------ diffs that git applies


def _git(cwd: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": os.devnull}
    return subprocess.run(["git", *args], cwd=cwd, input=stdin, env=env, capture_output=True, text=True, timeout=120)


def test_diff_applies_with_git_new_changed_removed_empty_and_unterminated_files(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    out = repo / "sdk"
    assert _git(tmp_path, "init", "-q", str(repo)).returncode == 0
    for rel, data in {"py/changed.txt": "a\nb\nc", "py/gone.txt": "bye\n", "py/same.txt": "same\n", "py/newline.txt": "x"}.items():
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        (out / rel).write_text(data)
    files = {"py/changed.txt": b"a\nB\nc\n", "py/same.txt": b"same\n", "py/newline.txt": b"x\ny", "py/new/added.txt": b"new\n",
             "py/py.typed": b""}
    plan = writer.plan(out, files, ["py"])
    text = writer.diff(plan, repo)
    assert "--- a/sdk/py/changed.txt\n+++ b/sdk/py/changed.txt\n" in text and "+++ /dev/null" in text
    assert "diff --git a/sdk/py/py.typed b/sdk/py/py.typed\nnew file mode 100644\n" in text
    assert text.count("\\ No newline at end of file\n") == 3  # the old changed.txt, the old and the new newline.txt
    check = _git(repo, "apply", "--check", "-", stdin=text)
    assert check.returncode == 0, check.stderr + text
    assert _git(repo, "apply", "-", stdin=text).returncode == 0
    assert writer.plan(out, files, ["py"]).clean, "git apply of the diff gives exactly the generated tree"


def test_check_names_paths_from_the_repository_root(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    assert _git(tmp_path, "init", "-q", str(repo)).returncode == 0
    spec = repo / "api" / "spec.yaml"
    spec.parent.mkdir(parents=True)
    spec.write_text((ROOT / "tests" / "golden" / "nested" / "spec.yaml").read_text())
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    gen = [sys.executable, "-m", "generator", "generate", "--spec", "../api/spec.yaml", "--out", "../out"]
    work = repo / "tools"  # run from a sub-folder: paths are still from the repository root
    work.mkdir()
    subprocess.run(gen, cwd=work, env=env, check=True, capture_output=True, timeout=600)
    spec.write_text(spec.read_text().replace("A drawing with shapes, layers and metadata.", "A drawing."))
    (repo / "out" / "python" / "stray.py").write_text("x = 1\n")
    (repo / "out" / "go" / "go.mod").unlink()
    proc = subprocess.run([*gen, "--check"], cwd=work, env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 1, proc.stderr
    assert "--- a/out/python/stray.py\n+++ /dev/null\n" in proc.stdout and "+++ b/out/go/go.mod\n" in proc.stdout
    assert "+++ b/out/python/src/nested_api/types/drawing.py\n" in proc.stdout
    check = _git(repo, "apply", "--check", "-", stdin=proc.stdout)
    assert check.returncode == 0, check.stderr
    assert _git(repo, "apply", "-", stdin=proc.stdout).returncode == 0
    again = subprocess.run([*gen, "--check"], cwd=work, env=env, capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stdout + again.stderr
