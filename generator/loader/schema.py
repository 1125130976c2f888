"""Pass 1 of the loader: the spec's shape, against the JSON Schema of the format.

``generator/schema/spec.schema.json`` is checked by a compiled validator (fastjsonschema) on the
valid path; only when that check fails does jsonschema run, to explain every problem as
``file:line: where: what (what to do)``.
"""

from __future__ import annotations

import hashlib
import json
import os
from functools import lru_cache
from pathlib import Path as FsPath
from typing import Any

from ..errors import SpecError
from ..yamlsrc import YMap, line_at
from .report import describe, did_you_mean

SCHEMA_PATH = FsPath(__file__).parent.parent / "schema" / "spec.schema.json"


@lru_cache(maxsize=1)
def _validator() -> Any:
    import jsonschema

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


@lru_cache(maxsize=1)
def _fast_check() -> Any:
    """A compiled validator for the valid path (about 10x faster than jsonschema on large specs).

    The schema uses only draft-07 keywords, so fastjsonschema checks it as draft-07; its generated
    code is cached beside the format cache. jsonschema runs only when this check fails, to explain
    the errors."""
    import fastjsonschema

    from ..paths import cache_dir

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    schema["$schema"] = "http://json-schema.org/draft-07/schema#"
    schema.pop("$id", None)  # fastjsonschema names the entry point after $id; without one it is "validate"
    root = cache_dir()
    digest = hashlib.sha256(json.dumps(schema, sort_keys=True).encode() + fastjsonschema.VERSION.encode()).hexdigest()
    cached = root / "schema" / f"{digest}.py" if root is not None else None
    code = None
    if cached is not None and cached.is_file():
        code = cached.read_text(encoding="utf-8")
    if code is None:
        code = fastjsonschema.compile_to_code(schema)
        if cached is not None:
            try:
                cached.parent.mkdir(parents=True, exist_ok=True)
                tmp = cached.with_name(f".{cached.name}.{os.getpid()}")
                tmp.write_text(code, encoding="utf-8")
                os.replace(tmp, cached)
            except OSError:
                pass
    namespace: dict[str, Any] = {}
    exec(compile(code, "<spec schema>", "exec"), namespace)  # noqa: S102 - code generated from our own schema
    return namespace["validate"]


def schema_errors(root: YMap, file: str) -> list[SpecError]:
    try:
        _fast_check()(root)
        return []
    except Exception:  # invalid (or the fast check could not run): jsonschema explains
        pass
    import jsonschema

    out: list[SpecError] = []
    for err in _validator().iter_errors(root):
        leaf = err
        if leaf.validator in ("oneOf", "anyOf") and leaf.context:
            leaf = jsonschema.exceptions.best_match(leaf.context)
        path = tuple(leaf.absolute_path)
        out.extend(_translate(leaf, path, root, file))
    return out


def _translate(err: Any, path: tuple[Any, ...], root: YMap, file: str) -> list[SpecError]:
    where = describe(path)
    line = line_at(root, path)
    inst = err.instance
    v = err.validator
    if v == "additionalProperties" and isinstance(inst, dict):
        allowed = list(err.schema.get("properties", {}))
        out = []
        for key in inst:
            if key not in allowed:
                hint = did_you_mean(key, allowed) or f"allowed keys: {', '.join(allowed)}"
                kline = inst.line_of(key) if isinstance(inst, YMap) else line
                out.append(SpecError(file, kline, f"{where}: unknown key '{key}'", hint))
        return out
    if v == "required" and isinstance(inst, dict):
        missing = [k for k in err.validator_value if k not in inst]
        return [SpecError(file, line, f"{where}: missing required key '{k}'", f"add '{k}:'") for k in missing]
    if v == "type":
        want = err.validator_value
        want = " or ".join(want) if isinstance(want, list) else want
        return [SpecError(file, line, f"{where}: expected {_article(want)}, got {_json_kind(inst)} {_short(inst)}", "fix the value's type (quote strings such as 'no' or '1.0')")]
    if v in ("enum", "const"):
        options = err.validator_value if v == "enum" else [err.validator_value]
        return [SpecError(file, line, f"{where}: {_short(inst)} is not allowed", "use one of: " + ", ".join(str(o) for o in options))]
    if v == "pattern":
        return [SpecError(file, line, f"{where}: {_short(inst)} does not match the pattern {err.validator_value}", "use letters, digits and '_' (env vars: upper case)")]
    if v in ("minItems", "minProperties"):
        return [SpecError(file, line, f"{where}: must not be empty", "add at least one entry")]
    if v == "maxProperties":
        return [SpecError(file, line, f"{where}: only one key allowed here", "use 'in' or 'not_in'")]
    if v in ("minimum", "minLength"):
        return [SpecError(file, line, f"{where}: {_short(inst)} is too small ({v} {err.validator_value})", "fix the value")]
    return [SpecError(file, line, f"{where}: {err.message}", "see docs/spec-format.md")]


def _article(word: str) -> str:
    return ("an " if word[:1] in "aeiou" else "a ") + word


def _json_kind(value: Any) -> str:
    return {bool: "boolean", int: "integer", float: "number", str: "string", type(None): "null"}.get(
        type(value), "mapping" if isinstance(value, dict) else "list" if isinstance(value, list) else type(value).__name__
    )


def _short(value: Any) -> str:
    text = repr(value) if not isinstance(value, (dict, list)) else json.dumps(value)[:40]
    return text if len(text) <= 60 else text[:57] + "..."
