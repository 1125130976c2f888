# File generated from images.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.

"""Fixtures: clients pointed at a mock server of the spec (``TEST_API_BASE_URL``), scoped per test."""

from __future__ import annotations

import os
import uuid
from typing import Any, AsyncIterator, Dict, Iterator, List

import httpx
import pytest

from openai_images import AsyncOpenAI, OpenAI

BASE_URL = os.environ.get("TEST_API_BASE_URL", "http://127.0.0.1:4010/v1")
API_KEY = "My API Key"
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da"
    "63f83fd3f83f00073102cb837f71540000000049454e44ae426082"
)


def dump(model: Any) -> Any:
    """A response model as the JSON it was parsed from (the properties it was given, by wire name)."""
    return model.model_dump(mode="json", by_alias=True, exclude_unset=True)


def texts(value: Any, comma: bool = False) -> List[str]:
    """A param value as the texts a query (or a path, or a header) carries."""
    if isinstance(value, bool):
        return ["true" if value else "false"]
    if isinstance(value, list):
        items = [texts(item)[0] for item in value]
        return [",".join(items)] if comma else items
    return [str(value)]


class MockServer:
    """Scripts the mock server's faults and reads what it received, for one test's scope."""

    def __init__(self, scope: str) -> None:
        self.scope = scope
        self.origin = str(httpx.URL(BASE_URL).copy_with(path="/", query=None)).rstrip("/")

    def fault(self, **spec: Any) -> None:
        httpx.post(f"{self.origin}/__mock/faults", json={"scope": self.scope, **spec}).raise_for_status()

    def requests(self) -> List[Dict[str, Any]]:
        response = httpx.get(f"{self.origin}/__mock/requests", params={"scope": self.scope})
        response.raise_for_status()
        found: List[Dict[str, Any]] = response.json()["requests"]
        return found


@pytest.fixture(scope="session", autouse=True)
def _mock_server_is_up() -> None:
    origin = MockServer("").origin
    try:
        httpx.get(f"{origin}/__mock/health", timeout=5).raise_for_status()
    except httpx.HTTPError as exc:
        pytest.exit(
            f"no mock server at {BASE_URL} ({exc}): start one with `make mock` "
            "(python -m generator mock --spec <spec> --port 4010) or set TEST_API_BASE_URL",
            returncode=1,
        )


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def scope() -> str:
    return uuid.uuid4().hex


@pytest.fixture
def mock(scope: str) -> MockServer:
    return MockServer(scope)


@pytest.fixture
def client(scope: str) -> Iterator[OpenAI]:
    with OpenAI(
        api_key=API_KEY, admin_api_key="test-admin_api_key", base_url=BASE_URL, default_headers={"X-Mock-Scope": scope}
    ) as c:
        yield c


@pytest.fixture
async def async_client(scope: str) -> AsyncIterator[AsyncOpenAI]:
    async with AsyncOpenAI(
        api_key=API_KEY, admin_api_key="test-admin_api_key", base_url=BASE_URL, default_headers={"X-Mock-Scope": scope}
    ) as c:
        yield c
