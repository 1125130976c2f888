# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.

"""The credentials a client holds and the headers that describe the SDK and its platform.

The spec names the platform headers (``client.platform_headers``); the values are the same on every
request of a client, except the retry count (per attempt) and the read timeout (per call).
"""

from __future__ import annotations

import base64
import platform
import sys
from typing import Dict, NamedTuple, Optional, Sequence, Tuple, Union

import httpx

__all__ = [
    "Credential",
    "PLATFORM_HEADERS",
    "RETRY_COUNT_HEADER",
    "READ_TIMEOUT_HEADER",
    "platform_headers",
    "credential_headers",
    "read_timeout",
]

PLATFORM_HEADERS: Dict[str, str] = {}
RETRY_COUNT_HEADER = "X-Retry-Count"
READ_TIMEOUT_HEADER = ""
_VERSION = "0.0.1"
_CLIENT = "HostileClient"


class Credential(NamedTuple):
    """A credential: the spec's option name (operations name theirs by it), how it is sent, its value."""

    option: str
    scheme: str  # bearer, header or basic
    header: str
    prefix: str
    value: str  # "" when the client has none

    def headers(self) -> Dict[str, str]:
        if not self.value:
            return {}
        if self.scheme == "basic":
            user_password = self.value if ":" in self.value else self.value + ":"
            return {self.header: "Basic " + base64.b64encode(user_password.encode("utf-8")).decode("ascii")}
        return {self.header: self.prefix + self.value}

    def secrets(self) -> Tuple[str, ...]:
        """What must never show: the key, its header value and, for basic, the password alone."""
        if not self.value:
            return ()
        extra = tuple(self.value.split(":", 1)[1:]) if self.scheme == "basic" else ()
        return (self.value, *self.headers().values(), *extra)


def credential_headers(credentials: Sequence[Credential], wanted: Sequence[str]) -> Optional[Dict[str, str]]:
    """The headers of the first credential among ``wanted`` (option names, in order of preference)
    the client holds; ``{}`` when the operation takes none, None when it takes some the client lacks."""
    if not wanted:
        return {}
    held = {c.option: c for c in credentials}
    out: Dict[str, str] = {}
    for option in wanted:
        c = held.get(option)
        if c is not None:
            for key, value in c.headers().items():
                out.setdefault(key, value)
    return out or None


def _os() -> str:
    name = sys.platform
    if name.startswith("linux"):
        return "Android" if hasattr(sys, "getandroidapilevel") else "Linux"
    known = {"darwin": "MacOS", "win32": "Windows", "cygwin": "Windows", "ios": "iOS", "android": "Android"}
    if name in known:
        return known[name]
    for prefix, label in (("freebsd", "FreeBSD"), ("openbsd", "OpenBSD")):
        if name.startswith(prefix):
            return label
    return f"Other:{platform.uname().system or name}"


def _arch() -> str:
    machine = platform.machine().lower()
    if machine in ("arm64", "aarch64"):
        return "arm64"
    if machine.startswith("arm"):
        return "arm"
    if machine in ("x86_64", "amd64"):
        return "x64"
    if machine in ("i386", "i686", "x86") or sys.maxsize <= 2**32:
        return "x32"
    return f"other:{machine}" if machine else "unknown"


def platform_headers(is_async: bool) -> Dict[str, str]:
    """The values of the spec's platform headers for this process (the same on every request)."""
    values = {
        "user_agent": f"{_CLIENT}/Python {_VERSION}",
        "lang": "python",
        "package_version": _VERSION,
        "os": _os(),
        "arch": _arch(),
        "runtime": platform.python_implementation(),
        "runtime_version": platform.python_version(),
        "async": "async:asyncio" if is_async else "false",
    }
    return {header: values[what] for what, header in PLATFORM_HEADERS.items()}


def read_timeout(timeout: Union[float, httpx.Timeout, None]) -> Optional[str]:
    """The read timeout header's value: the seconds as Python writes a float, None when unbounded."""
    seconds = timeout.read if isinstance(timeout, httpx.Timeout) else timeout
    return None if seconds is None else str(seconds)
