"""The config file, ``sdkgen.yaml``: what to generate and how, apart from the API description.

Keys (all optional; the JSON Schema is ``generator/schema/config.schema.json``, every key is in
docs/customization.md): ``spec``, ``out`` and ``templates`` (paths, relative to the config file),
``languages`` (a list) and ``packages: {<lang>: {key: value}}``, merged over the spec's
``packages:`` by the pipeline (this file wins per key). It is read with :mod:`generator.yamlsrc`,
so every error (unknown key, wrong type, a path that does not exist) names the config file and
line; ``Config.lines`` keeps the line of each key for the errors found later (an unknown
language, a package value an emitter rejects).
"""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping, Optional

from .errors import SpecError, SpecInvalid
from .yamlsrc import YList, YMap, line_at, load_yaml, plain

CONFIG_NAME = "sdkgen.yaml"
SCHEMA_PATH = Path(__file__).parent / "schema" / "config.schema.json"
_HINT_PATHS = "paths are relative to the config file's folder"


@dataclass(frozen=True)
class Config:
    file: Path
    spec: Optional[Path]
    out: Optional[Path]
    languages: Optional[tuple[str, ...]]
    templates: Optional[Path]
    packages: dict[str, dict[str, str]]
    # the line of each key, dotted ("languages", "packages.go", "packages.go.words"), for later errors
    lines: Mapping[str, int] = field(default_factory=dict, compare=False)
    client: Mapping[str, str] = field(default_factory=dict)  # base_url, base_url_env over the spec's client
    info: Mapping[str, Any] = field(default_factory=dict)  # license, authors, urls over the spec's info (package metadata)

    @property
    def shown(self) -> str:
        """The config file as errors name it (relative to the working directory when inside it)."""
        return _display(self.file)

    def line(self, key: str) -> int:
        """The line of ``key`` (dotted), else of its nearest parent, else 1."""
        while key:
            if key in self.lines:
                return self.lines[key]
            key = key.rpartition(".")[0]
        return 1


def find_config(start: Path) -> Optional[Path]:
    """``start/sdkgen.yaml`` when there is one."""
    path = Path(start) / CONFIG_NAME
    return path if path.is_file() else None


def load_config(path: Path) -> Config:
    """Reads and checks a config file; raises ``SpecInvalid`` naming the file and line of each problem."""
    path = Path(path)
    file = _display(path)
    try:
        text = path.read_bytes().decode("utf-8")
    except OSError as exc:
        raise SpecInvalid([SpecError(file, 0, f"cannot read the config file: {exc.strerror}", "check the --config path")]) from None
    except UnicodeDecodeError:
        raise SpecInvalid([SpecError(file, 1, "the config file is not UTF-8 text", "save it as UTF-8")]) from None
    if all(not line.strip() or line.lstrip().startswith("#") for line in text.splitlines()):
        root = YMap()  # an empty file (or only comments): every default
        root.line, root.key_lines = 1, {}
    else:
        root = load_yaml(text, file)
    if not isinstance(root, YMap):
        raise SpecInvalid([SpecError(file, getattr(root, "line", 1), "the config file must be a mapping of keys",
                                     "see docs/customization.md for the keys")])
    errors = _schema_errors(root, file)
    if errors:
        raise SpecInvalid(errors)

    lines: dict[str, int] = {key: root.line_of(key) for key in root}
    packages: dict[str, dict[str, str]] = {}
    for lang, values in (root.get("packages") or {}).items():
        lines[f"packages.{lang}"] = root["packages"].line_of(lang)
        packages[lang] = dict(values)
        lines.update({f"packages.{lang}.{key}": values.line_of(key) for key in values})
    langs: Optional[YList] = root.get("languages")
    for i in range(len(langs or ())):
        lines[f"languages.{i}"] = langs.line_of(i)  # type: ignore[union-attr]

    folder = path.parent
    problems: list[SpecError] = []

    def resolved(key: str, want_dir: bool) -> Optional[Path]:
        if key not in root:
            return None
        target: Path = folder / str(root[key])
        exists = target.is_dir() if want_dir else target.is_file()
        if not exists:
            what = "folder" if want_dir else "file"
            problems.append(SpecError(file, lines[key], f"{key}: the {what} '{root[key]}' does not exist (looked for {target})",
                                      f"fix the path; {_HINT_PATHS}"))
        return target

    spec = resolved("spec", want_dir=False)
    templates = resolved("templates", want_dir=True)
    if problems:
        raise SpecInvalid(problems)
    out = folder / root["out"] if "out" in root else None
    lines.update({f"{section}.{key}": root[section].line_of(key) for section in ("client", "info") if section in root for key in root[section]})
    client, info = dict(root.get("client") or {}), {k: plain(v) for k, v in (root.get("info") or {}).items()}
    return Config(path, spec, out, tuple(langs) if langs is not None else None, templates, packages, lines, client, info)


def _display(path: Path) -> str:
    try:
        return str(Path(path).resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


@lru_cache(maxsize=1)
def _validator() -> Any:
    import jsonschema

    return jsonschema.Draft202012Validator(json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))


def _schema_errors(root: YMap, file: str) -> list[SpecError]:
    out = []
    for err in sorted(_validator().iter_errors(root), key=lambda e: list(map(str, e.absolute_path))):
        path = tuple(err.absolute_path)
        where = ".".join(str(p) for p in path)
        line = line_at(root, path)
        inst, v = err.instance, err.validator
        if "propertyNames" in err.relative_schema_path:  # a bad key: its own line, not its mapping's
            parent = root
            for part in path:
                parent = parent[part]
            line = parent.line_of(inst) if isinstance(parent, YMap) else line
            where, v = ".".join([*map(str, path), str(inst)]), "propertyNames"
        if v == "additionalProperties" and isinstance(inst, dict):
            allowed = sorted(err.schema.get("properties", {}))
            for key in inst:
                if key not in allowed:
                    guess = difflib.get_close_matches(str(key), allowed, 1)
                    hint = f"did you mean '{guess[0]}'?" if guess else f"allowed keys: {', '.join(allowed)}"
                    kline = inst.line_of(key) if isinstance(inst, YMap) else line
                    out.append(SpecError(file, kline, f"{where + ': ' if where else ''}unknown key '{key}'", hint))
        elif v == "type":
            want = err.validator_value
            shown = {"object": "a mapping", "array": "a list", "string": "a string"}.get(want, want)
            out.append(SpecError(file, line, f"{where}: expected {shown}, got {_kind(inst)}", "fix the value's type"))
        elif v == "propertyNames" or (v == "pattern" and path and isinstance(path[-1], int)):
            out.append(SpecError(file, line, f"{where}: '{inst}' is not a name of lower-case letters, digits and '_'", "fix the name"))
        elif v in ("minLength", "minItems"):
            out.append(SpecError(file, line, f"{where}: must not be empty", "give a value or remove the key"))
        elif v == "uniqueItems":
            out.append(SpecError(file, line, f"{where}: lists a language twice", "list each language once"))
        else:
            out.append(SpecError(file, line, f"{where}: {err.message}", "see docs/customization.md"))
    return out


def _kind(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return {bool: "a boolean", int: "a number", float: "a number", str: "a string", type(None): "nothing (null)"}.get(
        type(value), type(value).__name__) + ("" if isinstance(value, (dict, list)) or value is None else f" ({json.dumps(value)[:40]})")
