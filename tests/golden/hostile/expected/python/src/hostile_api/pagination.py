# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.

"""Pages of a paginated method: the first page comes back; it knows how to fetch the next.

``for item in page`` (``async for`` on the async client) yields every item across pages, fetching
each page when the one before is used up. The next request repeats the first with the cursor, page
or offset param replaced; there is no next page when ``has_more`` is false, a page has no items,
the cursor is empty or the total is reached.
"""

from __future__ import annotations

from typing import (
    Any,
    AsyncIterator,
    Awaitable,
    Callable,
    Dict,
    Generator,
    Generic,
    Iterator,
    List,
    Mapping,
    Optional,
    TypeVar,
)

from ._exceptions import HostileClientError

__all__ = ["SyncPage", "AsyncPage", "AsyncPaginator", "next_page_params"]

ItemT = TypeVar("ItemT")
PageT = TypeVar("PageT")


def _cursor(spec: Mapping[str, Any], params: Mapping[str, object], body: Dict[str, Any], items: List[Any]) -> Any:
    """The next cursor (``after``, or ``before`` when the request paged backwards), or None."""
    backwards = "before" in spec and params.get(spec["before"]["param"]) is not None
    cursor = spec.get("before" if backwards else "after")
    if cursor is None:
        return None
    if "from" in cursor:
        return cursor["param"], body.get(cursor["from"])
    item = items[0] if backwards else items[-1]
    return cursor["param"], item.get(cursor["item"]) if isinstance(item, dict) else None


def next_page_params(
    spec: Mapping[str, Any], params: Mapping[str, object], body: object
) -> Optional[Dict[str, object]]:
    """The params of the request for the page after ``body`` (the page's JSON), or None at the end."""
    items = body.get(spec["items"]) if isinstance(body, dict) else None
    if not isinstance(body, dict) or not isinstance(items, list) or not items:
        return None
    if spec.get("has_more") and body.get(spec["has_more"]) is not True:
        return None
    if spec["style"] == "cursor":
        found = _cursor(spec, params, body, items)
        if found is None or found[1] is None or found[1] == "":
            return None
        return {**params, found[0]: found[1]}
    param, total = spec["param"], body.get(spec["total"]) if spec.get("total") else None
    current = params.get(param)
    if spec["style"] == "page":
        page = current if isinstance(current, int) else 1
        if isinstance(total, int) and page >= total:
            return None
        return {**params, param: page + 1}
    offset = (current if isinstance(current, int) else 0) + len(items)
    if isinstance(total, int) and offset >= total:
        return None
    return {**params, param: offset}


class _BasePage(Generic[ItemT, PageT]):
    items: List[ItemT]
    """This page's items."""
    body: PageT
    """The page as the API sent it (a model of the spec's page type)."""

    def __init__(
        self,
        *,
        items: List[ItemT],
        body: PageT,
        next_params: Optional[Dict[str, object]],
        fetch: Callable[[Dict[str, object]], Any],
    ) -> None:
        self.items = items
        self.body = body
        self._next_params = next_params
        self._fetch = fetch

    def has_next_page(self) -> bool:
        return self._next_params is not None

    def next_page_params(self) -> Optional[Dict[str, object]]:
        """The params the next page's request sends (None on the last page)."""
        return None if self._next_params is None else dict(self._next_params)

    def _following(self) -> Dict[str, object]:
        if self._next_params is None:
            raise HostileClientError(
                "There is no next page: check `.has_next_page()` before calling `.get_next_page()`."
            )
        return self._next_params

    def __repr__(self) -> str:
        return f"{type(self).__name__}(items={len(self.items)}, has_next_page={self.has_next_page()})"


class SyncPage(_BasePage[ItemT, PageT]):
    """A page of a paginated method; iterating it yields the items of this page and every later one."""

    def get_next_page(self) -> "SyncPage[ItemT, PageT]":
        page: SyncPage[ItemT, PageT] = self._fetch(self._following())
        return page

    def iter_pages(self) -> Iterator["SyncPage[ItemT, PageT]"]:
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.get_next_page()

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.iter_pages():
            yield from page.items


class AsyncPage(_BasePage[ItemT, PageT]):
    """A page of a paginated method on the async client; ``async for`` yields the items of every page."""

    async def get_next_page(self) -> "AsyncPage[ItemT, PageT]":
        page: AsyncPage[ItemT, PageT] = await self._fetch(self._following())
        return page

    async def iter_pages(self) -> AsyncIterator["AsyncPage[ItemT, PageT]"]:
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.get_next_page()

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item


class AsyncPaginator(Generic[ItemT, PageT]):
    """What a paginated method of the async client returns: ``await`` it for the first page, or
    ``async for`` over it for every item across pages."""

    def __init__(self, first: Callable[[], Awaitable[AsyncPage[ItemT, PageT]]]) -> None:
        self._first = first

    def __await__(self) -> Generator[Any, None, AsyncPage[ItemT, PageT]]:
        return self._first().__await__()

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        page = await self
        async for item in page:
            yield item
