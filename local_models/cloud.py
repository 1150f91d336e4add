"""The cloud backend: an approved endpoint reached through the openai SDK.

One class serves OpenAI, Azure OpenAI and OpenAI-compatible gateways such as
LiteLLM (``provider = "openai-compatible"`` with its ``base_url``). Timeouts
and retries are the SDK's own (``timeout``, ``max_retries``; it backs off and
honours ``Retry-After``). Failures become ``CloudError`` (unreachable, slow,
5xx, 429 after retries) or ``CloudAuthError``; the key never appears in them::

    backend = CloudBackend(endpoint, api_key)
    backend.chat([{"role": "user", "content": "Hi"}], max_tokens=16)
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from deskmate_base.errors import CloudAuthError, CloudError
from local_models.backend import Completion, Message

PROVIDERS = ("openai", "azure", "openai-compatible")


@dataclass(frozen=True)
class Endpoint:
    """An approved cloud endpoint, as the org policy describes it."""

    name: str
    provider: str
    base_url: str
    model: str
    workflows: tuple[str, ...]
    api_version: str = "2024-10-21"  # Azure only
    timeout_s: float = 30.0
    max_retries: int = 2
    context_tokens: int = 16_384


class CloudBackend:
    def __init__(self, endpoint: Endpoint, api_key: str) -> None:
        self._endpoint = endpoint
        self._client = _client(endpoint, api_key)

    @property
    def name(self) -> str:
        return self._endpoint.name

    @property
    def context_length(self) -> int:
        return self._endpoint.context_tokens

    def chat(
        self,
        messages: Sequence[Message],
        *,
        max_tokens: int,
        temperature: float = 0.2,
        json_schema: dict[str, Any] | None = None,
    ) -> Completion:
        kwargs: dict[str, Any] = {}
        if json_schema is not None:
            kwargs["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": "result", "schema": json_schema},
            }
        with _converted(self._endpoint):
            out = self._client.chat.completions.create(
                model=self._endpoint.model,
                messages=list(messages),
                max_tokens=max_tokens,
                temperature=temperature,
                **kwargs,
            )
        choice = out.choices[0]
        usage = out.usage
        return Completion(
            text=(choice.message.content or "").strip(),
            model=self.name,
            tokens_in=usage.prompt_tokens if usage else 0,
            tokens_out=usage.completion_tokens if usage else 0,
            finish_reason=choice.finish_reason or "stop",
        )

    def stream(
        self,
        messages: Sequence[Message],
        *,
        max_tokens: int,
        temperature: float = 0.2,
    ) -> Iterator[str]:
        with _converted(self._endpoint):
            chunks = self._client.chat.completions.create(
                model=self._endpoint.model,
                messages=list(messages),
                max_tokens=max_tokens,
                temperature=temperature,
                stream=True,
            )
            for chunk in chunks:
                if chunk.choices and chunk.choices[0].delta.content:
                    yield chunk.choices[0].delta.content

    def count_tokens(self, text: str) -> int:
        """An upper estimate (about 3 characters a token): cloud tokenizers are
        not available offline, and over-counting only makes parts smaller."""
        return math.ceil(len(text) / 3)


def _client(endpoint: Endpoint, api_key: str) -> Any:
    import openai

    if endpoint.provider == "azure":
        return openai.AzureOpenAI(
            azure_endpoint=endpoint.base_url,
            api_version=endpoint.api_version,
            api_key=api_key,
            timeout=endpoint.timeout_s,
            max_retries=endpoint.max_retries,
        )
    return openai.OpenAI(
        base_url=endpoint.base_url,
        api_key=api_key,
        timeout=endpoint.timeout_s,
        max_retries=endpoint.max_retries,
    )


class _converted:
    """Turn SDK exceptions into ours, with no key and no content in the message."""

    def __init__(self, endpoint: Endpoint) -> None:
        self._endpoint = endpoint

    def __enter__(self) -> None:
        return None

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: Any):
        if exc is None:
            return False
        import openai

        name = self._endpoint.name
        if isinstance(exc, openai.AuthenticationError | openai.PermissionDeniedError):
            raise CloudAuthError(
                f"cloud endpoint '{name}' rejected the API key (HTTP {exc.status_code}); "
                f"set a valid one with 'deskmate keys set {name}'"
            ) from None
        if isinstance(exc, openai.APITimeoutError):
            raise CloudError(
                f"cloud endpoint '{name}' did not answer within {self._endpoint.timeout_s:g} s"
            ) from None
        if isinstance(exc, openai.APIConnectionError):
            raise CloudError(f"cloud endpoint '{name}' is unreachable") from None
        if isinstance(exc, openai.APIStatusError):
            raise CloudError(
                f"cloud endpoint '{name}' failed with HTTP {exc.status_code} after "
                f"{self._endpoint.max_retries} retries"
            ) from None
        return False
