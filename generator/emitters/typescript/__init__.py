"""The TypeScript target: an npm package shaped like openai-node, with no runtime dependencies."""

from .emitter import TypeScriptEmitter

EMITTER = TypeScriptEmitter()
