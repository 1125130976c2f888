"""Loader: YAML text -> validated spec -> IR.

Two passes, both collecting every problem before failing:
1. the JSON Schema of the format (``generator/schema/spec.schema.json``), for shape;
2. the meaning: types and references resolve, names are unique, bounds agree, discriminators
   are complete, rules name real params and real values.
Each error names the file, the line, the key and what to do.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import os
from functools import lru_cache
from pathlib import Path as FsPath
from typing import Any, Iterable, Optional

from . import ir
from .errors import SpecError, SpecInvalid
from .naming import words
from .yamlsrc import YMap, line_at, load_yaml, plain

PRIMITIVES = ("string", "integer", "number", "boolean", "file", "any")
SCHEMA_PATH = FsPath(__file__).parent / "schema" / "spec.schema.json"


def display_path(path: str | os.PathLike[str]) -> str:
    """The spec's path as the user should see it: relative to the working directory if inside it."""
    p = FsPath(path)
    try:
        return str(p.resolve().relative_to(FsPath.cwd().resolve()))
    except ValueError:
        return str(p)


def load_spec(path: str | os.PathLike[str]) -> ir.Api:
    file = display_path(path)
    try:
        text = FsPath(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise SpecInvalid([SpecError(file, 0, f"cannot read the spec: {exc.strerror}", "check the --spec path")]) from None
    except UnicodeDecodeError:
        raise SpecInvalid([SpecError(file, 1, "the spec is not UTF-8 text", "save it as UTF-8")]) from None
    return load_spec_text(text, file)


def load_spec_text(text: str, file: str) -> ir.Api:
    root = load_yaml(text, file)
    if not isinstance(root, YMap):
        raise SpecInvalid([SpecError(file, getattr(root, "line", 1), "the spec must be a mapping of keys", "start from spec/images.yaml")])
    errors = schema_errors(root, file)
    if errors:
        raise SpecInvalid(errors)
    builder = _Builder(root, file)
    api = builder.build()
    if builder.errors:
        raise SpecInvalid(builder.errors)
    return api


# --------------------------------------------------------------------------- pass 1: shape


@lru_cache(maxsize=1)
def _validator() -> Any:
    import jsonschema

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def describe(path: tuple[Any, ...]) -> str:
    """A path inside the spec, said the way a person would say it."""
    p = list(path)
    if len(p) >= 4 and p[0] == "resources" and p[2] == "operations":
        op = p[3]
        rest = p[4:]
        if len(rest) >= 2 and rest[0] == "params":
            return f"param '{'.'.join(str(x) for x in _prop_chain(rest))}' of '{op}'"
        if len(rest) >= 2 and rest[0] == "rules":
            return f"rule #{rest[1] + 1 if isinstance(rest[1], int) else rest[1]} of '{op}'"
        if rest:
            return f"'{rest[0]}' of operation '{op}'"
        return f"operation '{op}'"
    if len(p) >= 2 and p[0] == "models":
        rest = p[2:]
        if len(rest) >= 2 and rest[0] == "properties":
            return f"property '{'.'.join(str(x) for x in _prop_chain(rest))}' of model '{p[1]}'"
        return f"model '{p[1]}'"
    if len(p) >= 2 and p[0] in ("enums", "unions", "value_sets", "resources"):
        kind = {"enums": "enum", "unions": "union", "value_sets": "value set", "resources": "resource"}[p[0]]
        return f"{kind} '{p[1]}'"
    return "'" + ".".join(str(x) for x in p) + "'" if p else "the spec"


def _prop_chain(rest: list[Any]) -> list[Any]:
    """['properties', 'usage', 'properties', 'x', 'type'] -> ['usage', 'x']."""
    out: list[Any] = []
    i = 0
    while i + 1 < len(rest) and rest[i] in ("properties", "params"):
        out.append(rest[i + 1])
        i += 2
    return out or rest[:1]


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, sorted(set(choices)), n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else ""


@lru_cache(maxsize=1)
def _fast_check() -> Any:
    """A compiled validator for the valid path (about 10x faster than jsonschema on large specs).

    The schema uses only draft-07 keywords, so fastjsonschema checks it as draft-07; its generated
    code is cached beside the format cache. jsonschema runs only when this check fails, to explain
    the errors."""
    import fastjsonschema

    from .formatcache import cache_dir

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


# --------------------------------------------------------------------------- pass 2: meaning


def _names(node: Any) -> tuple[tuple[str, str], ...]:
    if isinstance(node, dict) and isinstance(node.get("names"), dict):
        return tuple(sorted(node["names"].items()))
    return ()


class _Builder:
    def __init__(self, root: YMap, file: str) -> None:
        self.root = root
        self.file = file
        self.errors: list[SpecError] = []
        self.enums: dict[tuple[str, ir.Path], ir.Enum] = {}
        self.models: dict[tuple[str, ir.Path], ir.Model] = {}
        self.declared_enums: set[str] = set(root.get("enums", {}) or {})
        self.declared_models: set[str] = set(root.get("models", {}) or {})
        self.declared_unions: set[str] = set(root.get("unions", {}) or {})
        self.value_sets: dict[str, ir.ValueSet] = {}

    # helpers
    def err(self, path: tuple[Any, ...], message: str, hint: str = "", line: Optional[int] = None) -> None:
        self.errors.append(SpecError(self.file, line if line is not None else line_at(self.root, path), message, hint))

    def loc(self, path: tuple[Any, ...]) -> ir.Loc:
        return ir.Loc(self.file, line_at(self.root, path))

    # top level
    def build(self) -> ir.Api:
        root = self.root
        self._check_type_names()
        client = self._client()
        packages = tuple(
            sorted((lang, tuple(sorted(conf.items()))) for lang, conf in (root.get("packages") or {}).items())
        )
        for name, body in (root.get("enums") or {}).items():
            self._enum("declared", (name,), body, ("enums", name), body.get("values"), bool(body.get("open")))
        for name, body in (root.get("models") or {}).items():
            self._model("declared", (name,), body, ("models", name))
        self._value_sets()
        unions = [self._union(name, body) for name, body in (root.get("unions") or {}).items()]
        resources = [self._resource(name, body) for name, body in (root.get("resources") or {}).items()]
        self._check_unique_operations(resources)
        info = root["info"]
        return ir.Api(
            source=self.file,
            title=info["title"],
            version=info["version"],
            description=info.get("description", ""),
            client=client,
            packages=packages,
            value_sets=tuple(sorted(self.value_sets.values(), key=lambda s: s.name)),
            enums=tuple(self.enums[k] for k in sorted(self.enums)),
            models=tuple(self.models[k] for k in sorted(self.models)),
            unions=tuple(sorted(unions, key=lambda u: u.name)),
            resources=tuple(sorted(resources, key=lambda r: r.name)),
            package_lines=tuple(sorted((lang, line_at(root, ("packages", lang))) for lang in (root.get("packages") or {}))),
        )

    def _check_type_names(self) -> None:
        seen: dict[str, tuple[str, int]] = {}
        client_name = self.root["client"]["name"]
        for section in ("enums", "models", "unions"):
            body = self.root.get(section) or {}
            for name in body:
                line = body.line_of(name) if isinstance(body, YMap) else 1
                if name in PRIMITIVES or name in ("array", "object"):
                    self.err((section, name), f"type name '{name}' is a built-in type", "rename it", line)
                elif name == client_name:
                    self.err((section, name), f"type name '{name}' is the client's name", "rename the type or client.name", line)
                elif name in seen:
                    other, other_line = seen[name]
                    self.err((section, name), f"duplicate type name '{name}' (also in {other} at line {other_line})", "rename one of them", line)
                else:
                    seen[name] = (section, line)

    def _client(self) -> ir.Client:
        c = self.root["client"]
        headers = []
        seen: dict[str, int] = {c["auth"]["option"]: 0}
        for i, h in enumerate(c.get("headers") or []):
            if h["option"] in seen:
                self.err(("client", "headers", i), f"client option '{h['option']}' is declared twice", "rename one of them")
            seen[h["option"]] = i
            headers.append(ir.HeaderOption(h["option"], h["header"], h.get("env", "")))
        return ir.Client(
            name=c["name"],
            base_url=c["base_url"].rstrip("/"),
            base_url_env=c.get("base_url_env", ""),
            auth_option=c["auth"]["option"],
            auth_env=c["auth"]["env"],
            headers=tuple(headers),
        )

    # enums
    def _enum(self, scope: ir.Scope, path: ir.Path, body: Any, at: tuple[Any, ...], raw_values: Any, is_open: bool) -> ir.EnumRef:
        values: list[ir.EnumValue] = []
        seen: dict[str, int] = {}
        by_words: dict[tuple[str, ...], str] = {}
        key = "values" if scope == "declared" else "enum"
        for i, item in enumerate(raw_values or []):
            vpath = at + (key, i)
            if isinstance(item, dict):
                value, desc, names = item["value"], item.get("description", ""), _names(item)
            else:
                value, desc, names = item, "", ()
            if not isinstance(value, str):
                self.err(vpath, f"{describe(at)}: enum value {value!r} is not a string", "quote it (YAML reads yes/no/on/off as booleans)")
                continue
            if value == "":
                self.err(vpath, f"{describe(at)}: empty enum value", "remove it")
                continue
            if value in seen:
                self.err(vpath, f"{describe(at)}: duplicate enum value '{value}' (first at line {seen[value]})", "remove one of them")
                continue
            seen[value] = line_at(self.root, vpath)
            wkey = tuple(words(value))
            if not wkey and not names:
                self.err(vpath, f"{describe(at)}: enum value '{value}' has no letters or digits to name a constant after", "give it 'names:' per language")
            elif wkey in by_words and not names:
                self.err(vpath, f"{describe(at)}: enum values '{by_words[wkey]}' and '{value}' collide after case conversion (both become {'_'.join(wkey).upper()} / {''.join(w.capitalize() for w in wkey)})", "give one of them 'names:' per language, e.g. {value: '" + value + "', names: {go: ..., java: ...}}")
            by_words.setdefault(wkey, value)
            values.append(ir.EnumValue(value, desc, names, self.loc(vpath)))
        enum = ir.Enum(scope, path, body.get("description", "") if isinstance(body, dict) else "", is_open, tuple(values), self.loc(at))
        self.enums[(scope, path)] = enum
        return enum.ref

    def _value_sets(self) -> None:
        for name, body in (self.root.get("value_sets") or {}).items():
            at = ("value_sets", name)
            if body["enum"] not in self.declared_enums:
                self.err(at + ("enum",), f"value set '{name}': unknown enum '{body['enum']}'", did_you_mean(body["enum"], self.declared_enums) or "declare it under enums")
                continue
            known = [v.value for v in self.enums[("declared", (body["enum"],))].values]
            for i, v in enumerate(body["values"]):
                if v not in known:
                    self.err(at + ("values", i), f"value set '{name}': '{v}' is not a value of enum '{body['enum']}'", did_you_mean(v, known) or "add it to the enum")
            self.value_sets[name] = ir.ValueSet(name, body["enum"], body.get("description", ""), tuple(body["values"]))

    # models and fields
    def _model(self, scope: ir.Scope, path: ir.Path, body: Any, at: tuple[Any, ...]) -> ir.ModelRef:
        fields = []
        props = body.get("properties") or {}
        for pname, pdef in props.items():
            f = self._field(pname, pdef, path, at + ("properties", pname), scope_for_inline="model" if scope != "params" else "params")
            if f is not None:
                fields.append(f)
        if not props:
            self.err(at + ("properties",), f"{describe(at)}: has no properties", "add at least one property")
        model = ir.Model(scope, path, body.get("description", ""), _sorted_fields(fields), plain(body.get("example")), self.loc(at))
        self.models[(scope, path)] = model
        if model.example is not None:
            self._check_example(model, model.example, at + ("example",))
        return model.ref

    def _check_example(self, model: ir.Model, example: Any, at: tuple[Any, ...]) -> None:
        if not isinstance(example, dict):
            return
        names = {f.name for f in model.fields}
        for key in example:
            if key not in names:
                self.err(at + (key,), f"{describe(at[:2])}: example has unknown property '{key}'", did_you_mean(key, names) or "remove it")
        for f in model.fields:
            if f.required and f.name not in example:
                self.err(at, f"{describe(at[:2])}: example lacks required property '{f.name}'", "add it")

    def _field(self, name: str, fdef: Any, owner: ir.Path, at: tuple[Any, ...], scope_for_inline: str) -> Optional[ir.Field]:
        if not words(name):
            self.err(at, f"{describe(at)}: the name '{name}' has no letters or digits to make an identifier from", "rename it")
            return None
        inline_scope: ir.Scope = "params" if scope_for_inline == "params" else "model"
        t = self._type(fdef, inline_scope, owner + (name,), at)
        if t is None:
            return None
        bounds = self._bounds(fdef, at, t)
        has_default = "default" in fdef
        default = plain(fdef.get("default"))
        if has_default:
            self._check_default(default, t, bounds, at)
            if fdef.get("required"):
                self.err(at + ("default",), f"{describe(at)}: a required field cannot have a default", "drop 'default' or 'required'")
        return ir.Field(
            name=name,
            type=t,
            required=bool(fdef.get("required")),
            nullable=bool(fdef.get("nullable")),
            description=fdef.get("description", ""),
            default=default,
            has_default=has_default,
            bounds=bounds,
            names=_names(fdef),
            loc=self.loc(at),
            example=plain(fdef.get("example")),
        )

    def _type(self, expr: Any, scope: ir.Scope, path: ir.Path, at: tuple[Any, ...]) -> Optional[ir.TypeRef]:
        if isinstance(expr, str):
            return self._named_type(expr, at, at)
        if not isinstance(expr, dict):
            self.err(at, f"{describe(at)}: a type must be a name or a mapping", "write e.g. 'type: string'")
            return None
        if "one_of" in expr:
            if "type" in expr:
                self.err(at + ("type",), f"{describe(at)}: 'type' and 'one_of' cannot be combined", "keep one of them")
                return None
            variants = []
            for i, v in enumerate(expr["one_of"]):
                t = self._type(v, scope, path + (f"variant{i}",), at + ("one_of", i))
                if t is not None:
                    variants.append(t)
            return ir.OneOf(tuple(variants)) if len(variants) == len(expr["one_of"]) else None
        tname = expr.get("type")
        if "enum" in expr or "const" in expr:
            if tname not in (None, "string"):
                self.err(at + ("type",), f"{describe(at)}: 'enum' and 'const' need type string, not '{tname}'", "use 'type: string'")
                return None
            if "enum" in expr and "const" in expr:
                self.err(at + ("const",), f"{describe(at)}: 'enum' and 'const' cannot be combined", "keep one of them")
                return None
            if "const" in expr:
                return ir.Const(expr["const"])
            return self._enum(scope, path, expr, at, expr["enum"], bool(expr.get("open")))
        if expr.get("open") is not None:
            self.err(at + ("open",), f"{describe(at)}: 'open' only applies to an enum", "add 'enum:' or remove 'open'")
        if tname is None:
            self.err(at, f"{describe(at)}: missing 'type'", "add 'type:' (string, integer, number, boolean, file, array, object or a declared type)")
            return None
        if tname == "array":
            if "items" not in expr:
                self.err(at, f"{describe(at)}: an array needs 'items'", "add 'items: <type>'")
                return None
            items = self._type(expr["items"], scope, path + ("item",), at + ("items",))
            return ir.ArrayOf(items) if items is not None else None
        if "items" in expr:
            self.err(at + ("items",), f"{describe(at)}: 'items' only applies to type array", "remove it or use 'type: array'")
        if tname == "object":
            if "properties" not in expr:
                self.err(at, f"{describe(at)}: an object needs 'properties'", "add 'properties:' or use a declared model")
                return None
            return self._model(scope, path, expr, at)
        if "properties" in expr:
            self.err(at + ("properties",), f"{describe(at)}: 'properties' only applies to type object", "use 'type: object'")
        return self._named_type(tname, at + ("type",), at)

    def _named_type(self, name: str, line_path: tuple[Any, ...], at: tuple[Any, ...]) -> Optional[ir.TypeRef]:
        if name in PRIMITIVES:
            return ir.Primitive(name)  # type: ignore[arg-type]
        if name in self.declared_enums:
            return ir.EnumRef("declared", (name,))
        if name in self.declared_models:
            return ir.ModelRef("declared", (name,))
        if name in self.declared_unions:
            return ir.UnionRef(name)
        if name in ("array", "object"):
            self.err(line_path, f"{describe(at)}: '{name}' needs a mapping with {'items' if name == 'array' else 'properties'}", "write it as 'type: " + name + "'")
            return None
        choices = list(PRIMITIVES) + ["array", "object"] + sorted(self.declared_enums | self.declared_models | self.declared_unions)
        self.err(line_path, f"{describe(at)}: unknown type '{name}'", did_you_mean(name, choices) or "declare it under enums, models or unions")
        return None

    def _bounds(self, fdef: dict[str, Any], at: tuple[Any, ...], t: ir.TypeRef) -> ir.Bounds:
        # item bounds written on the array variant of a one_of apply to the field's array form
        for variant in fdef.get("one_of") or []:
            if isinstance(variant, dict) and variant.get("type") == "array":
                for key in ("min_items", "max_items"):
                    if key in variant and key not in fdef:
                        fdef = {**fdef, key: variant[key]}
        b = ir.Bounds(
            minimum=fdef.get("minimum"),
            maximum=fdef.get("maximum"),
            min_length=fdef.get("min_length"),
            max_length=fdef.get("max_length"),
            min_items=fdef.get("min_items"),
            max_items=fdef.get("max_items"),
        )
        kinds = _kinds(t)
        if (b.minimum is not None or b.maximum is not None) and not kinds & {"integer", "number"}:
            self.err(at, f"{describe(at)}: 'minimum'/'maximum' need an integer or number type", "remove them or change the type")
        if (b.min_length is not None or b.max_length is not None) and not kinds & {"string", "enum"}:
            self.err(at, f"{describe(at)}: 'min_length'/'max_length' need a string type", "remove them or change the type")
        if (b.min_items is not None or b.max_items is not None) and "array" not in kinds:
            self.err(at, f"{describe(at)}: 'min_items'/'max_items' need an array type", "remove them or change the type")
        if any(getattr(b, lo) is not None and getattr(b, hi) is not None for lo, hi in _PAIRS):
            self._contradictions(b, at, describe(at))
        return b

    def _contradictions(self, b: ir.Bounds, at: tuple[Any, ...], where: str) -> None:
        for lo, hi in (("minimum", "maximum"), ("min_length", "max_length"), ("min_items", "max_items")):
            lv, hv = getattr(b, lo), getattr(b, hi)
            if lv is not None and hv is not None and lv > hv:
                self.err(at + (lo,), f"{where}: bounds contradict: {lo} {lv} > {hi} {hv}", f"make {lo} <= {hi}")

    def _check_default(self, default: Any, t: ir.TypeRef, b: ir.Bounds, at: tuple[Any, ...]) -> None:
        where = describe(at)
        if isinstance(t, ir.Primitive):
            ok = {
                "string": isinstance(default, str),
                "integer": isinstance(default, int) and not isinstance(default, bool),
                "number": isinstance(default, (int, float)) and not isinstance(default, bool),
                "boolean": isinstance(default, bool),
            }.get(t.kind, False)
            if not ok:
                self.err(at + ("default",), f"{where}: default {default!r} is not of type {t.kind}", "fix the default")
                return
        if isinstance(t, ir.EnumRef):
            enum = self.enums.get((t.scope, t.path))
            known = [v.value for v in enum.values] if enum else []
            if enum is not None and default not in known:
                self.err(at + ("default",), f"{where}: default {default!r} is not one of the enum's values", did_you_mean(str(default), known) or "use one of: " + ", ".join(known))
                return
        if isinstance(default, (int, float)) and not isinstance(default, bool):
            if (b.minimum is not None and default < b.minimum) or (b.maximum is not None and default > b.maximum):
                self.err(at + ("default",), f"{where}: default {default} is outside [{b.minimum}, {b.maximum}]", "fix the default or the bounds")

    # unions
    def _union(self, name: str, body: Any) -> ir.UnionType:
        at = ("unions", name)
        disc = body["discriminator"]
        variants = []
        seen_models: dict[str, str] = {}
        for value, model_name in body["variants"].items():
            vat = at + ("variants", value)
            if model_name not in self.declared_models:
                self.err(vat, f"union '{name}': variant '{value}' names unknown model '{model_name}'", did_you_mean(model_name, self.declared_models) or "declare it under models")
                continue
            if model_name in seen_models:
                self.err(vat, f"union '{name}': model '{model_name}' is listed twice (also for '{seen_models[model_name]}')", "list each model once")
                continue
            seen_models[model_name] = value
            model = self.models.get(("declared", (model_name,)))
            prop = next((f for f in model.fields if f.name == disc), None) if model else None
            if prop is None:
                self.err(vat, f"union '{name}': model '{model_name}' has no property '{disc}' (the discriminator)", f"add '{disc}: {{type: string, const: {value}, required: true}}' to the model")
                continue
            if not isinstance(prop.type, ir.Const):
                self.err(vat, f"union '{name}': property '{disc}' of model '{model_name}' must be a const", f"declare it with 'const: {value}'")
                continue
            if prop.type.value != value:
                self.err(vat, f"union '{name}': variant '{value}' maps to model '{model_name}' whose '{disc}' is '{prop.type.value}'", "make the key and the const agree")
                continue
            if not prop.required:
                self.err(vat, f"union '{name}': the discriminator '{disc}' of model '{model_name}' must be required", "add 'required: true'")
                continue
            variants.append(ir.Variant(value, model_name))
        return ir.UnionType(name, body.get("description", ""), disc, tuple(variants), self.loc(at))

    # resources and operations
    def _resource(self, name: str, body: Any) -> ir.Resource:
        ops = [self._operation(name, oname, obody) for oname, obody in body["operations"].items()]
        return ir.Resource(name, body["singular"], body.get("description", ""), tuple(sorted(ops, key=lambda o: o.name)))

    def _operation(self, resource: str, name: str, body: Any) -> ir.Operation:
        at = ("resources", resource, "operations", name)
        params: list[ir.Field] = []
        self._failed_params: set[str] = set()
        for pname, pdef in (body.get("params") or {}).items():
            f = self._field(pname, pdef, (resource, name), at + ("params", pname), scope_for_inline="params")
            if f is not None:
                params.append(f)
            else:
                self._failed_params.add(pname)  # already reported; rules naming it stay quiet
        body_kind = body.get("body", "json")
        has_file = any("file" in _kinds(p.type) for p in params)
        if has_file and body_kind != "multipart":
            self.err(at + ("body",), f"operation '{name}': file params need 'body: multipart'", "set 'body: multipart'")
        if body_kind == "none" and params:
            self.err(at + ("body",), f"operation '{name}': 'body: none' but it has params", "remove the params or set a body kind")
        response = body["response"]
        resp_ref = ir.ModelRef("declared", (response,))
        if response not in self.declared_models:
            self.err(at + ("response",), f"operation '{name}': unknown response model '{response}'", did_you_mean(response, self.declared_models) or "declare it under models")
        streaming = None
        if "streaming" in body:
            s = body["streaming"]
            if s["event"] not in self.declared_unions:
                self.err(at + ("streaming", "event"), f"operation '{name}': streaming event '{s['event']}' is not a declared union", did_you_mean(s["event"], self.declared_unions) or "declare it under unions")
            if any(p.name == s["param"] for p in params):
                self.err(at + ("streaming", "param"), f"operation '{name}': streaming param '{s['param']}' is also declared under params", "remove it from params")
            progress = s.get("progress_param", "")
            if progress and not any(p.name == progress and p.type == ir.Primitive("integer") for p in params):
                self.err(at + ("streaming", "progress_param"), f"operation '{name}': progress_param '{progress}' is not an integer param", "name an integer param of this operation")
            flag = ir.Field(s["param"], ir.Primitive("boolean"), False, False, s.get("description", ""), False, True, ir.Bounds(), (), self.loc(at + ("streaming",)))
            streaming = ir.Streaming(s["param"], s["event"], s.get("description", ""), flag, progress)
        all_params = {p.name: p for p in params}
        if streaming:
            all_params[streaming.param] = streaming.field
        rules = []
        seen_ids: dict[str, int] = {}
        for i, rdef in enumerate(body.get("rules") or []):
            rat = at + ("rules", i)
            if rdef["id"] in seen_ids:
                self.err(rat + ("id",), f"operation '{name}': duplicate rule id '{rdef['id']}' (first at line {seen_ids[rdef['id']]})", "give each rule its own id")
            seen_ids[rdef["id"]] = line_at(self.root, rat)
            rules.append(self._rule(rdef, rat, all_params))
        return ir.Operation(
            resource=resource,
            name=name,
            summary=body.get("summary", ""),
            description=body.get("description", ""),
            method=body["method"],
            path=body["path"],
            body=body_kind,
            params=_sorted_fields(params),
            response=resp_ref,
            streaming=streaming,
            rules=tuple(rules),
            names=_names(body),
            loc=self.loc(at),
        )

    def _known_values(self, param: ir.Field) -> Optional[list[str]]:
        t = param.type
        if isinstance(t, ir.EnumRef) and (t.scope, t.path) in self.enums:
            return [v.value for v in self.enums[(t.scope, t.path)].values]
        if isinstance(t, ir.Primitive) and t.kind == "boolean":
            return None
        return None

    def _values(self, raw: Any, param: ir.Field, at: tuple[Any, ...], rid: str) -> tuple[tuple[str, ...], str]:
        """Resolve a list of values or a value set's name against a param's enum."""
        known = self._known_values(param)
        if isinstance(raw, str):
            vs = self.value_sets.get(raw)
            if vs is None:
                self.err(at, f"rule '{rid}': unknown value set '{raw}'", did_you_mean(raw, self.value_sets) or "declare it under value_sets, or write a list")
                return (), raw
            if not (isinstance(param.type, ir.EnumRef) and param.type.path == (vs.enum,)):
                self.err(at, f"rule '{rid}': value set '{raw}' holds values of '{vs.enum}', but param '{param.name}' is not of that enum", "use a list of values")
            return vs.values, raw
        if known is None:
            self.err(at, f"rule '{rid}': param '{param.name}' is not an enum, so it cannot be matched against values", "match an enum param")
            return tuple(raw), ""
        for i, v in enumerate(raw):
            if v not in known:
                self.err(at + (i,), f"rule '{rid}': '{v}' is not a value of param '{param.name}'", did_you_mean(v, known) or "use one of: " + ", ".join(known))
        return tuple(raw), ""

    def _rule_param(self, rid: str, section: str, pname: str, at: tuple[Any, ...], params: dict[str, ir.Field]) -> Optional[ir.Field]:
        p = params.get(pname)
        if p is None and pname not in self._failed_params:  # a param whose type failed was reported already
            self.err(at, f"rule '{rid}': '{section}' names unknown param '{pname}'", did_you_mean(pname, params) or "use a param of this operation")
        return p

    def _rule(self, rdef: Any, at: tuple[Any, ...], params: dict[str, ir.Field]) -> ir.Rule:
        rid = rdef["id"]
        conds = []
        for pname, cond in (rdef.get("when") or {}).items():
            cat = at + ("when", pname)
            p = self._rule_param(rid, "when", pname, cat, params)
            if p is None:
                continue
            negate = "not_in" in cond
            values, set_name = self._values(cond["not_in" if negate else "in"], p, cat + ("not_in" if negate else "in",), rid)
            conds.append(ir.Condition(pname, values, negate, set_name))
        checks = []
        for pname, cdef in rdef["then"].items():
            cat = at + ("then", pname)
            p = self._rule_param(rid, "then", pname, cat, params)
            if p is None:
                continue
            checks.append(self._check(rid, p, cdef, cat))
        return ir.Rule(rid, rdef.get("message", ""), tuple(conds), tuple(checks), self.loc(at))

    def _check(self, rid: str, p: ir.Field, cdef: Any, at: tuple[Any, ...]) -> ir.Check:
        if cdef.get("forbidden") and len(cdef) > 1:
            self.err(at, f"rule '{rid}': 'forbidden' cannot be combined with other checks on '{p.name}'", "keep only 'forbidden: true'")
        allowed = disallowed = None
        if "enum" in cdef:
            allowed, _ = self._values(cdef["enum"], p, at + ("enum",), rid)
        if "not_enum" in cdef:
            disallowed, _ = self._values(cdef["not_enum"], p, at + ("not_enum",), rid)
        bounds = ir.Bounds(**{k: cdef[k] for k in ("minimum", "maximum", "min_length", "max_length", "min_items", "max_items") if k in cdef})
        kinds = _kinds(p.type)
        where = f"rule '{rid}' on '{p.name}'"
        if (bounds.minimum is not None or bounds.maximum is not None) and not kinds & {"integer", "number"}:
            self.err(at, f"{where}: 'minimum'/'maximum' need an integer or number param", "check the param")
        if (bounds.min_length is not None or bounds.max_length is not None) and "string" not in kinds:
            self.err(at, f"{where}: 'max_length' needs a string param", "check the param")
        if (bounds.min_items is not None or bounds.max_items is not None) and "array" not in kinds:
            self.err(at, f"{where}: 'max_items' needs an array param", "check the param")
        self._contradictions(bounds, at, where)
        base = p.bounds
        for lo, hi in (("minimum", "maximum"), ("min_length", "max_length"), ("min_items", "max_items")):
            rlo, rhi, blo, bhi = getattr(bounds, lo), getattr(bounds, hi), getattr(base, lo), getattr(base, hi)
            if rhi is not None and blo is not None and rhi < blo:
                self.err(at + (hi,), f"{where}: bounds contradict: {hi} {rhi} is below the param's {lo} {blo}", "no value could pass; fix one of them")
            if rlo is not None and bhi is not None and rlo > bhi:
                self.err(at + (lo,), f"{where}: bounds contradict: {lo} {rlo} is above the param's {hi} {bhi}", "no value could pass; fix one of them")
            if rhi is not None and bhi is not None and rhi > bhi:
                self.err(at + (hi,), f"{where}: {hi} {rhi} is looser than the param's own {hi} {bhi}", "a rule can only narrow a bound")
        dims = None
        if "dimensions" in cdef:
            d = cdef["dimensions"]
            if "string" not in kinds and "enum" not in kinds:
                self.err(at + ("dimensions",), f"{where}: 'dimensions' needs a string param", "check the param")
            dims = ir.Dimensions(d.get("multiple_of"), d.get("max_aspect_ratio"), d.get("max_long_edge"), d.get("max_short_edge"))
            if dims.max_long_edge and dims.max_short_edge and dims.max_short_edge > dims.max_long_edge:
                self.err(at + ("dimensions",), f"{where}: bounds contradict: max_short_edge > max_long_edge", "swap them")
        if allowed is not None and disallowed is not None and set(allowed) & set(disallowed):
            self.err(at, f"{where}: values both allowed and disallowed: {', '.join(sorted(set(allowed) & set(disallowed)))}", "remove them from one list")
        return ir.Check(p.name, bool(cdef.get("forbidden")), allowed, disallowed, bounds, dims)

    def _check_unique_operations(self, resources: list[ir.Resource]) -> None:
        seen: dict[tuple[str, str], ir.Operation] = {}
        for op in sorted((op for r in resources for op in r.operations), key=lambda o: o.loc.line):
            key = (op.method, op.path)
            if key in seen:
                first = seen[key]
                self.errors.append(SpecError(self.file, op.loc.line, f"operation '{op.name}': {op.method} {op.path} is already served by '{first.name}' (line {first.loc.line})", "give it its own path or method"))
            else:
                seen[key] = op


_PAIRS = (("minimum", "maximum"), ("min_length", "max_length"), ("min_items", "max_items"))


def _sorted_fields(fields: list[ir.Field]) -> tuple[ir.Field, ...]:
    return tuple(sorted(fields, key=lambda f: (not f.required, f.name)))


def _kinds(t: ir.TypeRef) -> set[str]:
    """The kinds a type can take, for checking which bounds apply."""
    if isinstance(t, ir.Primitive):
        return {t.kind}
    if isinstance(t, ir.ArrayOf):
        return {"array"}
    if isinstance(t, ir.OneOf):
        out: set[str] = set()
        for v in t.variants:
            out |= _kinds(v)
        return out
    if isinstance(t, ir.EnumRef):
        return {"enum", "string"}
    if isinstance(t, ir.Const):
        return {"string"}
    return {"object"}

