"""The Go target: a stdlib-only module shaped like openai-go."""

from .emitter import GoEmitter

EMITTER = GoEmitter()
