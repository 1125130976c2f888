"""TypeScript's names (a :class:`generator.planning.Style`), openai-node's conventions.

Properties and params keep their wire names (``b64_json``, quoted when not identifiers), as
openai-node's interfaces do. Types keep the spec's names (PascalCase when not identifiers); an
inline type lives in its owner's namespace (``ImagesResponse.usage.input_tokens_details`` ->
``ImagesResponse.Usage.InputTokensDetails``); a params type is the resource's singular, the method
and ``Params`` (``ImageGenerateParams``). Methods, path arguments and client options are camelCase
with initialisms upper-cased after the first word (``admin_api_key`` -> ``adminAPIKey``, ``book_id``
-> ``bookID``). Types, resource classes and the client share the package scope.
"""

from __future__ import annotations

import re

from ... import ir
from ...naming import is_identifier, pascal, words
from ...planning import BaseStyle, Names

INITIALISMS = frozenset("api id url uri http https json html xml sse ip ui uuid".split())
# reserved words and the names every generated file or the runtime uses at the top level
KEYWORDS = frozenset("""break case catch class const continue debugger default delete do else enum export extends false finally for
    function if import in instanceof new null return super switch this throw true try typeof var void while with as implements
    interface let package private protected public static yield any boolean constructor declare get module require number set
    string symbol type from of async await never unknown object undefined bigint""".split())
RUNTIME = frozenset("""APIPromise APIResource BaseClient ClientOptions CoreClientOptions RequestOptions Stream JSONLDecoder Page
    PagePromise Uploadable ToFileInput toFile Array Record Promise Response Request Headers Blob File FormData Error Date Map Set
    Symbol Object String Number Boolean CONFIG TABLES Errors Uploads""".split())
ARGS = KEYWORDS | frozenset("body query params options".split())
METHODS = frozenset("constructor _client withOptions".split())
OPTIONS = frozenset("baseURL timeout maxRetries defaultHeaders defaultQuery fetch fetchOptions validation maxResponseBytes logLevel logger dangerouslyAllowBrowser".split())


def camel(name: str) -> str:
    """camelCase: the first word in lower case, later ones capitalized, initialisms upper-cased."""
    parts = words(name) or ["x"]
    out = parts[0].lower() + "".join(w.upper() if w in INITIALISMS else w[:1].upper() + w[1:] for w in parts[1:])
    return "n" + out if out[0].isdigit() else out


def type_ident(name: str) -> str:
    out = name if is_identifier(name) and name[:1].isupper() else pascal(name) or "X"
    return "N" + out if out[0].isdigit() else out


class TypeScriptStyle(BaseStyle):
    lang = "typescript"
    label = "TypeScript"
    shared = {"type": "package", "resource_class": "package"}
    reserved_words = {"package": KEYWORDS | RUNTIME, "method": METHODS, "param": ARGS, "option": OPTIONS | KEYWORDS}

    def __init__(self, api: ir.Api) -> None:
        self.api = api
        self.reserved_words = {**self.reserved_words, "package": KEYWORDS | RUNTIME | {api.client.name}}

    def valid(self, kind: str, ident: str) -> bool:
        if kind in ("field", "file"):  # wire names (quoted where needed); file stems
            return kind == "field" or bool(re.fullmatch(r"[a-z0-9][a-z0-9_-]*(/[a-z0-9][a-z0-9_-]*)*", ident))
        if kind in ("method", "resource", "option"):  # property names: reserved words are fine (client.books.delete)
            return is_identifier(ident)
        return all(is_identifier(p) and p not in KEYWORDS for p in ident.split("."))

    def type_name(self, kind: str, name: str) -> str:
        return type_ident(name) + ("Param" if kind == "union_param" else "")  # (TypeScript uses one type for both)

    def params_type(self, singular: str, method: str) -> str:
        return type_ident(singular) + method[:1].upper() + method[1:] + "Params"

    def nested(self, owner: str, rest: tuple[str, ...]) -> str:
        return owner + "".join("." + type_ident(p) for p in rest)  # openai-node: ImagesResponse.Usage

    def method(self, op: str) -> str:
        return camel(op)

    def method_variants(self, method: str, streaming: bool, paginated: bool = False) -> list[str]:
        return []

    def field(self, wire: str) -> str:
        return wire

    def param(self, wire: str) -> str:
        return camel(wire)  # a path param's argument; the params interface keeps the wire names

    resource_attr = option = param

    def resource_class(self, name: str, singular: str) -> str:
        return type_ident(name)

    def param_type(self, type_ident: str) -> str:
        return type_ident + "Param"

    def files(self, names: Names) -> list[tuple[tuple[str, ...], str]]:
        """A resource's module: ``resources/<name>`` (a sub-resource under its parent's folder), in kebab-case."""
        return [(("resource", r.name), "/".join("-".join(words(p)) or "x" for p in r.name.split("."))) for r in self.api.all_resources()]
