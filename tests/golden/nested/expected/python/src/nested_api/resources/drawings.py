# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from __future__ import annotations

from typing import Optional

from httpx import Timeout

from .. import _operations
from .._resource import SyncAPIResource
from .._types import Body, Headers, NOT_GIVEN, NotGiven, Query, SequenceNotStr
from ..types import drawing_create_params
from ..types.color import Color
from ..types.drawing import Drawing
from ..types.shape import Shape

__all__ = ["Drawings"]


class Drawings(SyncAPIResource):

    def create(
        self,
        *,
        id: str,
        color: Optional[Color] | NotGiven = NOT_GIVEN,
        grid: Optional[SequenceNotStr[SequenceNotStr[int]]] | NotGiven = NOT_GIVEN,
        shapes: Optional[SequenceNotStr[Shape]] | NotGiven = NOT_GIVEN,
        style: Optional[drawing_create_params.Style] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Drawing:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        return self._client.request(
            _operations.DRAWINGS_CREATE,
            {
                "id": id,
                "color": color,
                "grid": grid,
                "shapes": shapes,
                "style": style,
            },
            cast_to=Drawing,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
