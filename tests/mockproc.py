"""Start and stop `python -m generator mock` as a real process on 127.0.0.1 (port picked by the OS)."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from types import TracebackType
from typing import Optional

from tests.conftest import ROOT

_LISTENING = re.compile(r"listening on (http://127\.0\.0\.1:(\d+)\S*)")


class MockProcess:
    def __init__(self, spec: Path) -> None:
        self.spec = spec
        self.proc: Optional[subprocess.Popen[str]] = None
        self.url = ""
        self.origin = ""
        self.startup_seconds = 0.0

    def __enter__(self) -> "MockProcess":
        started = time.monotonic()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "generator", "mock", "--spec", str(self.spec), "--port", "0"],
            cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        self.startup_seconds = time.monotonic() - started
        m = _LISTENING.search(line)
        if m is None:
            self.proc.kill()
            raise RuntimeError(f"the mock server did not start: {line!r} {self.proc.stderr.read() if self.proc.stderr else ''}")
        self.url = m.group(1)
        self.origin = f"http://127.0.0.1:{m.group(2)}"
        return self

    def stop(self) -> int:
        assert self.proc is not None
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            raise

    def __exit__(self, exc_type: Optional[type[BaseException]], exc: Optional[BaseException], tb: Optional[TracebackType]) -> None:
        self.stop()
