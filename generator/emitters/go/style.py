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
from ...naming import resolve, words
from ...planning.naming import BaseStyle

INITIALISMS = frozenset("api b64 css hd html http https id ip jpeg jpg json png sse sql svg tcp tls ttl ui uri url uuid xml gif dpi".split())
PACKAGE_NAMES = frozenset("Client NewClient DefaultClientOptions Int String Float Bool File Error ValidationError Opt".split())
STRUCT_METHODS = frozenset("RawJSON UnmarshalJSON MarshalJSON AsAny String ExtraFields JSON".split())
OPTIONS = frozenset("BaseURL MaxRetries RequestTimeout Header HTTPClient Validation Middleware".split())
FILES = frozenset("client models field operations".split())  # the files every module has
# a package name must not be a keyword, nor be shadowed where the generated tests use it (imports, locals, predeclared)
KEYWORDS = frozenset("""break case chan const continue default defer else fallthrough for func go goto if import interface map
    package range return select struct switch type var""".split())
NOT_PACKAGES = KEYWORDS | frozenset("""bytes context errors fmt io os strings testing time testutil option ssestream param json http slices
    sync embed any bool byte error string int int64 float64 len nil true false new make append api apiErr base c cancel cases
    client elapsed err ev got headers i k kinds n ok opts png r received scope started status stream t unknown verr want
    date jsonl pagination pager""".split())
ARGS = KEYWORDS | frozenset("""ctx opts body query params r res err stream done op any string true false nil context slices requestconfig
    option ssestream jsonl pagination http page""".split())


class GoStyle(BaseStyle):
    lang = "go"
    label = "Go"
    shared = {"type": "package", "nested": "package", "const": "package", "resource_class": "package"}
    reserved_words = {"package": PACKAGE_NAMES, "field": STRUCT_METHODS, "param": STRUCT_METHODS, "resource": frozenset({"Options"}),
                      "option": OPTIONS, "file": FILES}

    def __init__(self, api: ir.Api) -> None:
        self.api = api
        self.special = dict(pair.split("=", 1) for pair in api.package("go").get("words", "").split(",") if "=" in pair)

    def word(self, w: str) -> str:
        return self.special.get(w) or (w.upper() if w in INITIALISMS else w[:1].upper() + w[1:])

    def suffix(self, name: str) -> str:
        """The words of a name joined in Go style, as the tail of a longer identifier."""
        out = ""
        for w in words(name):
            part = self.word(w)
            out += ("_" if out[-1:].isdigit() and part[:1].isdigit() else "") + part
        return out or "X"

    def name(self, name: str) -> str:
        """A whole exported identifier: methods, fields, params, service fields and options."""
        out = self.suffix(name)
        return "N" + out if out[0].isdigit() else out

    field = param = resource_attr = option = constant = name  # constant: shared/constant.ImageEditCompleted (openai-go's)

    def method(self, name: str) -> str:
        return "New" if name == "create" else self.name(name)  # openai-go's name for create

    def resource_chain(self, singulars: tuple[str, ...]) -> str:
        return " ".join(singulars)  # a sub-resource's types carry its parents' singulars: BookReviewVoteNewParams

    def valid(self, kind: str, ident: str) -> bool:  # exported identifiers; file stems in lower case
        return bool(re.fullmatch(r"[a-z0-9][a-z0-9_]*" if kind == "file" else r"[A-Z][A-Za-z0-9_]*", ident))

    def reserved(self, scope: tuple[str, ...]) -> frozenset[str]:
        if scope[0] != "accessor":
            return super().reserved(scope)
        u = self.api.union(scope[1])  # As<Value> methods live beside the variants' fields
        return frozenset(self.name(f.name) for v in u.variants for f in self.api.model(ir.ModelRef("declared", (v.model,))).fields) | {"AsAny", "RawJSON"}

    def type_name(self, kind: str, name: str) -> str:
        """A union is ``<Name>Union`` (``<Name>UnionParam`` in requests), never doubled: ``ToolUnion`` stays ``ToolUnion``."""
        base = self.name(name)
        suffix = {"union": "Union", "union_param": "UnionParam"}.get(kind, "")
        return base + (suffix.removeprefix("Union") if suffix and base.endswith("Union") else suffix)

    def params_type(self, singular: str, method: str) -> str:
        return self.name(singular) + method + "Params"

    def nested(self, owner: str, rest: tuple[str, ...]) -> str:
        return owner + "".join(self.suffix(p) for p in rest)

    def method_variants(self, method: str, streaming: bool, paginated: bool = False) -> list[str]:
        return [method + "Streaming"] * streaming + [method + "AutoPaging"] * paginated

    def const(self, type_ident: str, value: str, override: str) -> str:
        return type_ident + (override or self.suffix(value))

    def accessor(self, value: str) -> str:
        return "As" + self.suffix(value)

    def resource_class(self, name: str, singular: str) -> str:
        return self.name(singular) + "Service"

    def args(self, fields: dict[str, str]) -> dict[str, str]:
        """Path params' argument names (wire name -> its field's name): the first word lower-cased (BookID -> bookID, URLPath ->
        urlPath), resolved by the collision rule around Go's keywords and the names a method uses (ARGS)."""
        return resolve([(wire, re.sub(r"^[A-Z]+?(?=[A-Z][a-z]|[^A-Z]|$)", lambda m: m[0].lower(), f)) for wire, f in fields.items()], ARGS)

    def files(self, names: object) -> list[tuple[tuple[str, ...], str]]:
        """A service's file is its singulars' chain in lower case, as openai-go's (``image.go``, ``betathreadmessage.go``)."""
        singular = {r.name: r.singular for r in self.api.all_resources()}
        chain = {r: "".join(self.suffix(singular[".".join(r.split(".")[: i + 1])]) for i in range(r.count(".") + 1)) for r in singular}
        return [(("resource", r), chain[r].lower()) for r in sorted(singular)]
