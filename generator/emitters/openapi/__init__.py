"""The OpenAPI 3.1 target: the spec as a document standard tools (mock servers, fuzzers) read."""

from .emitter import OpenAPIEmitter

EMITTER = OpenAPIEmitter()
