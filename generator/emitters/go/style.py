"""Go's names (a :class:`generator.planning.Style`), openai-go's conventions.

Exported PascalCase from the spec name's words, initialisms upper-cased (``b64_json`` ->
``B64JSON``, ``url`` -> ``URL``) and ``_`` between two number words (``gpt-image-1.5`` ->
``GPTImage1_5``); a spec may add its own words with ``packages.go.words`` (``"webp=WebP,dalle=DallE"``).
Inline types are named by owner and path (``ImagesResponse.usage`` -> ``ImagesResponseUsage``),
enum constants are the type name plus the value (``ImageModelDallE2``), an identifier that would
start with a digit gets an ``N`` prefix. Every type, constant and service shares the package scope.
"""

from __future__ import annotations

import re

from ... import ir
from ...naming import words

INITIALISMS = frozenset(
    {"api", "b64", "css", "gpt", "hd", "html", "http", "https", "id", "ip", "jpeg", "jpg", "json", "png", "sse", "sql",
     "svg", "tcp", "tls", "ttl", "ui", "uri", "url", "uuid", "xml", "gif", "dpi"}
)
PACKAGE_NAMES = frozenset({"Client", "NewClient", "DefaultClientOptions", "Int", "String", "Float", "Bool", "File", "Error", "ValidationError", "Opt"})
STRUCT_METHODS = frozenset({"RawJSON", "UnmarshalJSON", "MarshalJSON", "AsAny", "String"})
OPTIONS = frozenset({"BaseURL", "MaxRetries", "RequestTimeout", "Header", "HTTPClient", "Validation", "Middleware"})
FILES = frozenset({"client", "models", "field", "operations"})
KEYWORDS = frozenset("break case chan const continue default defer else fallthrough for func go goto if import interface map package range return select struct switch type var".split())
_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class GoStyle:
    lang = "go"
    label = "Go"

    def __init__(self, api: ir.Api) -> None:
        self.api = api
        hints = api.package("go").get("words", "")
        self.special = dict(pair.split("=", 1) for pair in hints.split(",") if "=" in pair)

    def word(self, w: str) -> str:
        if w in self.special:
            return self.special[w]
        if w in INITIALISMS:
            return w.upper()
        return w if w[:1].isdigit() else w[:1].upper() + w[1:]

    def suffix(self, name: str) -> str:
        """The words of a name joined in Go style, as the tail of a longer identifier."""
        out = ""
        for w in words(name):
            part = self.word(w)
            out += ("_" if out[-1:].isdigit() and part[:1].isdigit() else "") + part
        return out or "X"

    def name(self, name: str) -> str:
        out = self.suffix(name)
        return "N" + out if out[0].isdigit() else out

    def valid(self, kind: str, ident: str) -> bool:
        if kind == "file":
            return bool(re.match(r"^[a-z0-9][a-z0-9_]*$", ident))
        return bool(_IDENT.match(ident)) and ident not in KEYWORDS and ident[:1].isupper()

    def scope(self, kind: str, key: tuple[str, ...]) -> tuple[str, ...]:
        if kind in ("type", "nested", "const", "resource_class"):
            return ("package",)
        if kind == "method":
            return ("methods", key[1])
        if kind == "accessor":
            return ("accessors", key[1])
        if kind in ("field", "param"):
            return (kind, *key[1 : key.index("\0") if "\0" in key else -1])
        return (kind,)

    def reserved(self, scope: tuple[str, ...]) -> frozenset[str]:
        if scope[0] == "accessors":
            u = self.api.union(scope[1])
            fields = {self.name(f.name) for v in u.variants for f in self.api.model(ir.ModelRef("declared", (v.model,))).fields}
            return frozenset(fields) | {"AsAny", "RawJSON"}
        return {"package": PACKAGE_NAMES, "field": STRUCT_METHODS, "param": STRUCT_METHODS, "resource": frozenset({"Options"}),
                "option": OPTIONS, "file": FILES}.get(scope[0], frozenset())

    def visible(self, scope: tuple[str, ...]) -> list[tuple[str, ...]]:
        return []

    def type_name(self, kind: str, name: str) -> str:
        return self.name(name) + {"union": "Union", "union_param": "UnionParam"}.get(kind, "")

    def params_type(self, singular: str, method: str) -> str:
        return self.name(singular) + method + "Params"

    def nested(self, owner: str, rest: tuple[str, ...]) -> str:
        return owner + "".join(self.suffix(p) for p in rest)

    def method(self, op: str) -> str:
        return self.name(op)

    def method_variants(self, method: str, streaming: bool) -> list[str]:
        return [method + "Streaming"] if streaming else []

    def field(self, wire: str) -> str:
        return self.name(wire)

    param = field

    def const(self, type_ident: str, value: str, override: str) -> str:
        return type_ident + (override or self.suffix(value))

    def accessor(self, value: str) -> str:
        return "As" + self.suffix(value)

    def resource_attr(self, name: str) -> str:
        return self.name(name)

    def resource_class(self, name: str, singular: str) -> str:
        return self.name(singular) + "Service"

    def option(self, name: str) -> str:
        return self.name(name)

    def files(self, names: object) -> list[tuple[tuple[str, ...], str]]:
        return [(("resource", r.name), self.suffix(r.name).lower()) for r in self.api.resources]
