"""Start and stop `python -m generator mock` as a real process on 127.0.0.1 (port picked by the OS).

The server's stderr (one line per request) is read as it comes, so the pipe never fills, and kept:
``log`` has it, and leaving the ``with`` block fails when the server printed a traceback (a client
that hangs up is not an error of the server's)."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
from pathlib import Path
from types import TracebackType
from typing import IO, Optional, Sequence

from tests.conftest import ROOT

_LISTENING = re.compile(r"listening on (http://127\.0\.0\.1:(\d+)\S*)")


class MockProcess:
    def __init__(self, spec: Path, extra: Sequence[str] = ()) -> None:
        self.spec = spec
        self.extra = list(extra)
        self.proc: Optional[subprocess.Popen[str]] = None
        self.url = ""
        self.origin = ""
        self._lines: list[str] = []
        self._reader: Optional[threading.Thread] = None

    def __enter__(self) -> "MockProcess":
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "generator", "mock", "--spec", str(self.spec), "--port", "0", *self.extra],
            cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        assert self.proc.stdout is not None and self.proc.stderr is not None
        self._reader = threading.Thread(target=self._drain, args=(self.proc.stderr,), daemon=True)
        self._reader.start()
        line = self.proc.stdout.readline()
        m = _LISTENING.search(line)
        if m is None:
            self.proc.kill()
            self.proc.wait()
            self._reader.join(timeout=10)
            raise RuntimeError(f"the mock server did not start: {line!r} {self.log}")
        self.url = m.group(1)
        self.origin = f"http://127.0.0.1:{m.group(2)}"
        return self

    def _drain(self, stream: IO[str]) -> None:
        for line in stream:
            self._lines.append(line)

    @property
    def log(self) -> str:
        """What the server printed on stderr so far."""
        return "".join(self._lines)

    def stop(self) -> int:
        assert self.proc is not None
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            rc = self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            raise
        if self._reader is not None:
            self._reader.join(timeout=10)
        return rc

    def __exit__(self, exc_type: Optional[type[BaseException]], exc: Optional[BaseException], tb: Optional[TracebackType]) -> None:
        self.stop()
        if exc_type is None:
            assert "Traceback" not in self.log, f"the mock server printed a traceback:\n{self.log[-6000:]}"
