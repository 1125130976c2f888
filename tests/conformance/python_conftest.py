"""The fixtures of the official openai-python tests, written for our SDK (installed as conftest.py
next to their test file by tests/conformance/harness.py): the same client settings, built from ours."""

from __future__ import annotations

import os
from typing import Any, AsyncIterator, Iterator

import pytest
import pytest_asyncio
from openai_images import AsyncOpenAI, DefaultAioHttpClient, OpenAI

BASE_URL = os.environ["TEST_API_BASE_URL"]
KEYS = {"api_key": "My API Key", "admin_api_key": "My Admin API Key"}


@pytest.fixture(scope="session")
def client(request: pytest.FixtureRequest) -> Iterator[OpenAI]:
    strict = getattr(request, "param", True)
    with OpenAI(base_url=BASE_URL, _strict_response_validation=strict, **KEYS) as c:
        yield c


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def async_client(request: pytest.FixtureRequest) -> AsyncIterator[AsyncOpenAI]:
    param: Any = getattr(request, "param", True)
    strict = param if isinstance(param, bool) else param.get("strict", True)
    http_client = DefaultAioHttpClient() if isinstance(param, dict) and param.get("http_client") == "aiohttp" else None
    async with AsyncOpenAI(base_url=BASE_URL, _strict_response_validation=strict, http_client=http_client, **KEYS) as c:
        yield c
