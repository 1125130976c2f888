# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


import os
from typing import Mapping, Optional, Union

import httpx

from .resources.class_ import Class

from ._base_client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, SyncAPIClient
from ._exceptions import OddClientError
from ._validation import Validation

__all__ = ["OddClient"]


class OddClient(SyncAPIClient):
    class_: Class

    def __init__(
        self,
        *,
        api_key: Optional[str] = None,
        from_: Optional[str] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, httpx.Timeout, None] = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        http_client: Optional[httpx.Client] = None,
        validation: Validation = "strict",
    ) -> None:
        """Construct a new OddClient client.

        `api_key` defaults to the `ODD_API_KEY` environment variable.
        `from_` defaults to the `ODD_FROM` environment variable.
        """
        if api_key is None:
            api_key = os.environ.get("ODD_API_KEY")
        if not api_key:
            raise OddClientError(
                "The api_key client option must be set either by passing api_key to the client"
                " or by setting the ODD_API_KEY environment variable"
            )
        if from_ is None:
            from_ = os.environ.get("ODD_FROM")
        if base_url is None:
            base_url = "http://localhost:4010/v1"
        self.api_key = api_key
        self.from_ = from_
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            option_headers={
                "X-From": from_,
            },
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            validation=validation,
        )
        self.class_ = Class(self)
