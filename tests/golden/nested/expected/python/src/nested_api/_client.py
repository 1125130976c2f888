# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


import os
from typing import Mapping, Optional, Union

import httpx

from .resources.drawings import Drawings

from ._base_client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, SyncAPIClient
from ._exceptions import NestClientError
from ._validation import Validation

__all__ = ["NestClient"]


class NestClient(SyncAPIClient):
    drawings: Drawings

    def __init__(
        self,
        *,
        token: Optional[str] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, httpx.Timeout, None] = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        http_client: Optional[httpx.Client] = None,
        validation: Validation = "strict",
    ) -> None:
        """Construct a new NestClient client.

        `token` defaults to the `NEST_TOKEN` environment variable.
        """
        if token is None:
            token = os.environ.get("NEST_TOKEN")
        if not token:
            raise NestClientError(
                "The token client option must be set either by passing token to the client"
                " or by setting the NEST_TOKEN environment variable"
            )
        if base_url is None:
            base_url = "http://localhost:4010"
        self.token = token
        super().__init__(
            api_key=token,
            base_url=base_url,
            option_headers={},
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            validation=validation,
        )
        self.drawings = Drawings(self)
