"""The Python target: a pydantic v2 / httpx package shaped like the official openai-python."""

from .emitter import PythonEmitter

EMITTER = PythonEmitter()
