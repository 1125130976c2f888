"""The command line (`sdkgen`, here as `python -m generator` in real subprocesses): operational
mistakes are one `error:` line and exit 2, never a traceback; `check` validates without writing;
`--version`; progress only on a terminal outside CI; a config file in the working folder; the
mock's one log line per request and its quiet handling of clients that hang up."""

from __future__ import annotations

import importlib.metadata
import os
import pty
import re
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable, Optional

import httpx
import pytest

from generator.loader import load_spec
from tests.conftest import ROOT
from tests.mockproc import MockProcess

IMAGES = ROOT / "spec" / "images.yaml"
NESTED = ROOT / "tests" / "golden" / "nested" / "spec.yaml"
AUTH = {"Authorization": "Bearer test"}


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "SDKGEN_DEBUG")}
    return {**env, "PYTHONPATH": str(ROOT), **extra}


def sdkgen(*args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, env=_env(**env), capture_output=True, text=True, timeout=600)


def _error(proc: subprocess.CompletedProcess[str]) -> str:
    """The one error line of a failed run (exit 2, nothing on stdout, no traceback)."""
    assert proc.returncode == 2, (proc.returncode, proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr and proc.stdout == "", proc.stdout + proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), proc.stderr
    return lines[0]


# ---------------------------------------------------------------- version and check


def test_version_is_the_distributions(tmp_path: Path) -> None:
    proc = sdkgen("--version", cwd=tmp_path)
    assert (proc.returncode, proc.stdout) == (0, f"sdkgen {importlib.metadata.version('sdkgen')}\n"), proc.stderr


def test_check_reports_ok_with_counts_and_writes_nothing(tmp_path: Path) -> None:
    api = load_spec(IMAGES)
    types = len(api.models) + len(api.enums) + len(api.unions)
    proc = sdkgen("check", "--spec", str(IMAGES), cwd=tmp_path)
    assert (proc.returncode, proc.stderr) == (0, ""), proc.stderr
    assert proc.stdout == f"{IMAGES}: OK (3 operations, {types} types; go, openapi, python, typescript)\n"
    proc = sdkgen("check", "--spec", "spec/images.yaml", "--lang", "python", cwd=ROOT)
    assert proc.stdout == f"spec/images.yaml: OK (3 operations, {types} types; python)\n", proc.stderr
    assert list(tmp_path.iterdir()) == []


def test_check_fails_with_the_errors(tmp_path: Path) -> None:
    text = NESTED.read_text()
    assert text.count("type: integer") >= 1
    (tmp_path / "bad.yaml").write_text(text.replace("type: integer", "type: integr", 1))
    line = text[: text.index("type: integer")].count("\n") + 1
    proc = sdkgen("check", "--spec", "bad.yaml", cwd=tmp_path)
    assert proc.returncode == 2 and proc.stdout == "" and "Traceback" not in proc.stderr, proc.stderr
    assert f"error: bad.yaml:{line}: " in proc.stderr and "unknown type 'integr'" in proc.stderr, proc.stderr
    assert proc.stderr.rstrip().endswith("bad.yaml: 1 error(s)"), proc.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.yaml"]


# ---------------------------------------------------------------- operational mistakes


def test_a_missing_spec(tmp_path: Path) -> None:
    assert _error(sdkgen("generate", "--spec", "nope.yaml", cwd=tmp_path)) == "error: spec file nope.yaml does not exist: check the --spec path"
    assert _error(sdkgen("check", "--spec", "nope.yaml", cwd=tmp_path)) == "error: spec file nope.yaml does not exist: check the --spec path"
    default = _error(sdkgen("generate", cwd=tmp_path))  # no flags, no sdkgen.yaml: the default spec is not here
    assert default.startswith("error: spec file spec/images.yaml does not exist: pass --spec FILE") and "sdkgen.yaml" in default
    assert list(tmp_path.iterdir()) == []


def test_a_missing_config(tmp_path: Path) -> None:
    assert _error(sdkgen("generate", "--config", "sdkgen.yaml", cwd=tmp_path)) == "error: config file sdkgen.yaml does not exist: check the --config path"


def test_an_output_folder_whose_parent_does_not_exist(tmp_path: Path) -> None:
    error = _error(sdkgen("generate", "--spec", str(NESTED), "--out", "missing/sdk", cwd=tmp_path))
    assert error == "error: output folder missing/sdk: its parent missing does not exist: create it or pick another --out"
    assert list(tmp_path.iterdir()) == []


def test_an_output_folder_that_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "out").write_text("mine\n")
    assert _error(sdkgen("generate", "--spec", str(NESTED), "--out", "out", cwd=tmp_path)) == "error: output folder out is a file: pick another --out"
    assert (tmp_path / "out").read_text() == "mine\n"


def test_an_unknown_language(tmp_path: Path) -> None:
    for command in ("generate", "check"):
        error = _error(sdkgen(command, "--spec", str(NESTED), "--lang", "python,x", cwd=tmp_path))
        assert error == "error: unknown language 'x' (available: go, openapi, python, typescript)"
    assert list(tmp_path.iterdir()) == []


def test_mock_on_a_busy_port(tmp_path: Path) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        proc = sdkgen("mock", "--spec", str(IMAGES), "--port", str(port), cwd=tmp_path)
    assert _error(proc) == f"error: port {port} is in use: pick another with --port, or 0 for a free one"


def test_an_unexpected_exception_is_one_line_asking_for_a_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from generator import cli, pipeline

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("the planner lost a name")

    monkeypatch.setattr(pipeline, "generate", broken)
    monkeypatch.delenv("SDKGEN_DEBUG", raising=False)
    argv = ["generate", "--spec", str(NESTED), "--out", str(tmp_path / "out")]
    monkeypatch.setenv("SDKGEN_CACHE_DIR", "off")
    assert cli.main(argv) == 70
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    assert err.startswith("error: unexpected RuntimeError: the planner lost a name") and "please report" in err and "SDKGEN_DEBUG=1" in err
    monkeypatch.setenv("SDKGEN_DEBUG", "1")
    assert cli.main(argv) == 70
    err = capsys.readouterr().err
    assert "Traceback (most recent call last)" in err and "the planner lost a name" in err
    assert not (tmp_path / "out").exists()


def test_a_python_without_the_dependencies(tmp_path: Path) -> None:
    """`python -m generator` from a Python that lacks jinja2, PyYAML, black...: what to install, not a traceback."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(tmp_path / "bare")], check=True)
    python = str(tmp_path / "bare" / "bin" / "python")
    proc = subprocess.run([python, "-m", "generator", "check", "--spec", str(IMAGES)], cwd=tmp_path, env=_env(), capture_output=True, text=True)
    error = _error(proc)
    assert error.startswith("error: sdkgen needs the Python package '") and f"which {python} does not have" in error, error
    assert "pip install ." in error and "make setup" in error


# ---------------------------------------------------------------- progress and the config file


def test_no_progress_when_stderr_is_not_a_terminal(tmp_path: Path) -> None:
    proc = sdkgen("generate", "--spec", str(NESTED), "--out", "out", cwd=tmp_path, SDKGEN_CACHE_DIR="off")
    assert proc.returncode == 0 and proc.stderr == "", proc.stderr
    assert re.fullmatch(r"out: \d+ written, 0 unchanged, 0 removed\n", proc.stdout), proc.stdout


def _on_a_terminal(tmp_path: Path, out: str, **env: str) -> tuple[str, str]:
    """Generate with stderr on a pseudo-terminal: (what the terminal got, stdout)."""
    leader, follower = pty.openpty()
    try:
        proc = subprocess.Popen([sys.executable, "-m", "generator", "generate", "--spec", str(NESTED), "--out", out], cwd=tmp_path,
                                env=_env(SDKGEN_CACHE_DIR="off", **env), stdout=subprocess.PIPE, stderr=follower, text=True)
        os.close(follower)
        seen = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # EIO: the terminal's last writer is gone
                break
            if not chunk:
                break
            seen += chunk
        stdout = proc.communicate(timeout=600)[0]
        assert proc.returncode == 0, seen
    finally:
        os.close(leader)
    return seen.decode(), stdout


def test_progress_on_a_terminal_outside_ci(tmp_path: Path) -> None:
    seen, stdout = _on_a_terminal(tmp_path, "a")
    assert re.fullmatch(r"a: \d+ written, 0 unchanged, 0 removed\n", stdout), stdout
    messages = [m for m in seen.split("\r\x1b[K") if m]
    assert {"go", "openapi", "python"} <= {m.split(":")[0] for m in messages}, repr(seen)  # each language's progress
    assert seen.endswith("\r\x1b[K"), "the progress line is erased at the end"
    seen, stdout = _on_a_terminal(tmp_path, "b", CI="true")
    assert seen == "" and stdout.startswith("b: "), repr(seen)


def test_a_config_file_in_the_working_folder_and_flags_win(tmp_path: Path) -> None:
    from generator import cli, config

    assert cli.CONFIG_NAME == config.CONFIG_NAME == "sdkgen.yaml"
    (tmp_path / "api.yaml").write_text(NESTED.read_text())
    (tmp_path / "sdkgen.yaml").write_text("spec: api.yaml\nout: sdk\nlanguages: [python]\n")
    proc = sdkgen("generate", cwd=tmp_path)
    assert proc.returncode == 0 and proc.stdout.startswith("sdk: "), proc.stdout + proc.stderr
    assert sorted(p.name for p in (tmp_path / "sdk").iterdir()) == ["python"]
    proc = sdkgen("generate", "--lang", "openapi", "--out", "other", cwd=tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert sorted(p.name for p in (tmp_path / "other").iterdir()) == ["openapi"]
    check = sdkgen("check", cwd=tmp_path)
    assert check.returncode == 0 and check.stdout.startswith("api.yaml: OK (") and check.stdout.endswith("; python)\n"), check.stdout + check.stderr


# ---------------------------------------------------------------- the mock's log


def _wait(until: Callable[[], bool]) -> None:
    """Wait for the server to write its log line (it does so just after the response)."""
    for _ in range(200):
        if until():
            return
        time.sleep(0.05)


def _log_lines(mock: MockProcess) -> list[str]:
    """The request lines, each without its milliseconds."""
    return [re.sub(r" \d+\.\dms", "", line) for line in mock.log.splitlines() if not line.startswith("mock server")]


def test_mock_logs_one_line_per_request_and_not_its_control_endpoints() -> None:
    with MockProcess(IMAGES) as mock:
        scope = {"X-Mock-Scope": "log"}
        httpx.post(f"{mock.origin}/__mock/faults", json={"scope": "log", "status": 500, "count": 1})
        assert httpx.post(f"{mock.url}/images/generations", json={"prompt": "p"}, headers={**AUTH, **scope}).status_code == 500
        assert httpx.post(f"{mock.url}/images/generations", json={"prompt": "p"}, headers=AUTH).status_code == 200
        assert httpx.get(f"{mock.url}/nowhere?x=1", headers=AUTH).status_code == 404
        httpx.get(f"{mock.origin}/__mock/requests", params={"scope": "log"})
        _wait(lambda: len(_log_lines(mock)) >= 3)
        lines = _log_lines(mock)
    assert lines == ["POST /v1/images/generations 500", "POST /v1/images/generations 200", "GET /v1/nowhere?x=1 404"], mock.log
    assert all(re.search(r" \d+\.\dms$", line) for line in mock.log.splitlines()[:3]), mock.log


def test_mock_verbose_logs_control_endpoints_too() -> None:
    with MockProcess(IMAGES, ["--verbose"]) as mock:
        assert httpx.get(f"{mock.origin}/__mock/health").status_code == 200
        _wait(lambda: len(_log_lines(mock)) >= 1)
        lines = _log_lines(mock)
    assert lines == ["GET /__mock/health 200"], mock.log


def _hang_up(sock: socket.socket) -> None:
    """Close with a reset (RST), as a client that gives up does."""
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
    sock.close()


def _request(port: int, body: bytes, path: str = "/v1/images/generations", headers: Optional[dict[str, str]] = None) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", port))
    head = {"Host": "127.0.0.1", "Authorization": "Bearer test", "Content-Type": "application/json", "Content-Length": str(len(body)), **(headers or {})}
    sock.sendall(f"POST {path} HTTP/1.1\r\n".encode() + "".join(f"{k}: {v}\r\n" for k, v in head.items()).encode() + b"\r\n" + body)
    return sock


def _response(sock: socket.socket) -> bytes:
    """One whole response (its headers and its Content-Length of body)."""
    data = b""
    while b"\r\n\r\n" not in data:
        data += sock.recv(65536)
    head, _, body = data.partition(b"\r\n\r\n")
    length = int(re.search(rb"(?i)content-length: (\d+)", head).group(1))  # type: ignore[union-attr]
    while len(body) < length:
        body += sock.recv(65536)
    return head + b"\r\n\r\n" + body


def test_mock_stays_quiet_when_clients_hang_up() -> None:
    with MockProcess(IMAGES) as mock:
        port = int(mock.origin.rsplit(":", 1)[1])
        # a keep-alive client that reads its answer and resets the connection (the Go suite does)
        sock = _request(port, b'{"prompt": "p"}')
        assert _response(sock).startswith(b"HTTP/1.1 200")
        _hang_up(sock)
        # a streaming client that gives up before the (delayed) stream starts
        httpx.post(f"{mock.origin}/__mock/faults", json={"scope": "gone", "delay": 1.0, "count": 1})
        sock = _request(port, b'{"prompt": "p", "stream": true, "partial_images": 3}', headers={"X-Mock-Scope": "gone"})
        _wait(lambda: bool(httpx.get(f"{mock.origin}/__mock/requests", params={"scope": "gone"}).json()["requests"]))
        _hang_up(sock)  # while the server waits out the delay
        _wait(lambda: len(_log_lines(mock)) >= 2)
        # still serving
        assert httpx.post(f"{mock.url}/images/generations", json={"prompt": "p"}, headers=AUTH).status_code == 200
        _wait(lambda: len(_log_lines(mock)) >= 3)
        lines = _log_lines(mock)
    # leaving the block asserted the server printed no traceback
    assert lines[0] == "POST /v1/images/generations 200", mock.log
    assert lines[1].startswith("POST /v1/images/generations ") and lines[1].endswith("(client disconnected)"), mock.log
    assert lines[2] == "POST /v1/images/generations 200" and len(lines) == 3, mock.log
