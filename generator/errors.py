"""Errors that point at the spec: every one names the file, the line and what to do."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SpecError:
    """One problem in a spec, at a known place."""

    file: str
    line: int
    message: str
    hint: str = ""

    def __str__(self) -> str:
        text = f"{self.file}:{self.line}: {self.message}"
        if self.hint:
            text += f" ({self.hint})"
        return text


class SpecInvalid(Exception):
    """Raised with every problem found, sorted by position, so one run shows them all."""

    def __init__(self, errors: list[SpecError]) -> None:
        self.errors = sorted(set(errors), key=lambda e: (e.file, e.line, e.message))
        super().__init__("\n".join(str(e) for e in self.errors))


class GenerationError(Exception):
    """A failure after the spec was accepted (a template, a formatter): nothing was written."""
