# File generated from images.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


import os
from typing import Mapping, Optional, Union

import httpx

from .resources.images import Images

from ._base_client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, SyncAPIClient
from ._exceptions import OpenAIError
from ._validation import Validation

__all__ = ["OpenAI"]


class OpenAI(SyncAPIClient):
    images: Images

    def __init__(
        self,
        *,
        api_key: Optional[str] = None,
        organization: Optional[str] = None,
        project: Optional[str] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, httpx.Timeout, None] = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        http_client: Optional[httpx.Client] = None,
        validation: Validation = "strict",
    ) -> None:
        """Construct a new OpenAI client.

        `api_key` defaults to the `OPENAI_API_KEY` environment variable.
        `organization` defaults to the `OPENAI_ORG_ID` environment variable.
        `project` defaults to the `OPENAI_PROJECT_ID` environment variable.
        """
        if api_key is None:
            api_key = os.environ.get("OPENAI_API_KEY")
        if not api_key:
            raise OpenAIError(
                "The api_key client option must be set either by passing api_key to the client"
                " or by setting the OPENAI_API_KEY environment variable"
            )
        if organization is None:
            organization = os.environ.get("OPENAI_ORG_ID")
        if project is None:
            project = os.environ.get("OPENAI_PROJECT_ID")
        if base_url is None:
            base_url = os.environ.get("OPENAI_BASE_URL") or "https://api.openai.com/v1"
        self.api_key = api_key
        self.organization = organization
        self.project = project
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            option_headers={
                "OpenAI-Organization": organization,
                "OpenAI-Project": project,
            },
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            validation=validation,
        )
        self.images = Images(self)
