"""Bad specs: each gives a clear error naming file:line and the key, and writes nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

BASE = """\
spec_version: 1
info: {title: T, version: "1"}
client:
  name: Client
  base_url: http://localhost/v1
  auth: {scheme: bearer, option: api_key, env: T_KEY}
packages:
  python: {distribution: t, import: t_sdk, version: "0.1"}
value_sets:
  big: {enum: Model, values: [m-large]}
enums:
  Model:
    open: true
    values: [m-small, m-large]
models:
  Thing:
    properties:
      id: {type: string, required: true}
      size: {type: integer}
  Page:
    properties:
      things: {type: array, items: Thing, required: true}
  Done:
    properties:
      type: {type: string, const: done, required: true}
unions:
  Event:
    discriminator: type
    variants:
      done: Done
resources:
  things:
    singular: Thing
    operations:
      create:
        method: POST
        path: /things
        response: Thing
        streaming: {param: stream, event: Event}
        params:
          n: {type: integer, minimum: 1, maximum: 10}
          model: {type: Model}
          style: {type: string, enum: [a, b]}
        rules:
          - id: n-large
            when: {model: {in: big}}
            then: {n: {maximum: 1}}
"""

# (case id, text to replace in BASE, replacement, expected "line: text" fragments)
CASES = [
    ("unknown-type", "n: {type: integer,", "n: {type: integr,", ["spec.yaml:41:", "param 'n' of 'create': unknown type 'integr'", "did you mean 'integer'?"]),
    ("unknown-ref", "      size: {type: integer}", "      size: {type: Sizes}", ["spec.yaml:19:", "property 'size' of model 'Thing': unknown type 'Sizes'"]),
    ("duplicate-key", "      size: {type: integer}", "      size: {type: integer}\n      size: {type: string}", ["spec.yaml:20:", "duplicate key 'size' (first at line 19)"]),
    ("duplicate-type-name", "  Done:\n", "  Model:\n    properties: {x: {type: string}}\n  Done:\n", ["spec.yaml:23:", "duplicate type name 'Model' (also in enums at line 12)"]),
    ("duplicate-enum-value", "values: [m-small, m-large]", "values: [m-small, m-large, m-small]", ["spec.yaml:14:", "enum 'Model': duplicate enum value 'm-small'"]),
    ("enum-case-collision", "values: [m-small, m-large]", "values: [m-small, m-large, M_Small]", ["spec.yaml:14:", "enum values 'm-small' and 'M_Small' have the same words (m, small), so they would get the same constant name", "give one of them 'names:' per language"]),
    ("discriminator-missing", "      type: {type: string, const: done, required: true}", "      kind: {type: string, const: done, required: true}", ["spec.yaml:30:", "union 'Event': model 'Done' has no property 'type' (the discriminator)"]),
    ("discriminator-duplicated", "      done: Done\n", "      done: Done\n      again: Done\n", ["spec.yaml:31:", "union 'Event': model 'Done' is listed twice"]),
    ("discriminator-mismatch", "      done: Done\n", "      finished: Done\n", ["spec.yaml:30:", "variant 'finished' maps to model 'Done' whose 'type' is 'done'"]),
    ("discriminator-not-const", "      type: {type: string, const: done, required: true}", "      type: {type: string, required: true}", ["spec.yaml:30:", "property 'type' of model 'Done' must be a const"]),
    ("bounds-contradict", "minimum: 1, maximum: 10", "minimum: 11, maximum: 10", ["spec.yaml:41:", "param 'n' of 'create': bounds contradict: minimum 11 > maximum 10"]),
    ("rule-bounds-looser", "then: {n: {maximum: 1}}", "then: {n: {maximum: 20}}", ["spec.yaml:47:", "rule 'n-large' on 'n': maximum 20 is looser than the param's own maximum 10"]),
    ("rule-bounds-impossible", "then: {n: {maximum: 1}}", "then: {n: {maximum: 0}}", ["spec.yaml:47:", "bounds contradict: maximum 0 is below the param's minimum 1"]),
    ("unknown-key", "        method: POST", "        methd: POST", ["spec.yaml:36:", "operation 'create': unknown key 'methd'", "did you mean 'method'?"]),
    ("missing-required-key", "        response: Thing\n", "", ["spec.yaml:35:", "operation 'create': response_format json needs 'response: <model>'"]),
    ("wrong-scalar-type", "maximum: 10}", "maximum: ten}", ["spec.yaml:41:", "expected a number, got string 'ten'"]),
    ("rule-unknown-param", "then: {n: {maximum: 1}}", "then: {count: {maximum: 1}}", ["spec.yaml:47:", "rule 'n-large': 'then' names unknown param 'count'"]),
    ("rule-unknown-value", "when: {model: {in: big}}", "when: {model: {in: [m-lagre]}}", ["spec.yaml:46:", "rule 'n-large': 'm-lagre' is not a value of param 'model'", "did you mean 'm-large'?"]),
    ("value-set-unknown-value", "big: {enum: Model, values: [m-large]}", "big: {enum: Model, values: [m-huge]}", ["spec.yaml:10:", "value set 'big': 'm-huge' is not a value of enum 'Model'"]),
    ("streaming-unknown-union", "event: Event}", "event: Events}", ["spec.yaml:39:", "streaming event 'Events' is not a declared union", "did you mean 'Event'?"]),
    ("response-unknown", "        response: Thing", "        response: Thingy", ["spec.yaml:38:", "operation 'create': unknown response model 'Thingy'"]),
    ("file-needs-multipart", "          style: {type: string, enum: [a, b]}", "          style: {type: string, enum: [a, b]}\n          image: {type: file}", ["spec.yaml:35:", "file params need 'body: multipart'"]),
    ("default-not-in-enum", "style: {type: string, enum: [a, b]}", "style: {type: string, enum: [a, b], default: c}", ["spec.yaml:43:", "default 'c' is not one of the enum's values"]),
    ("yaml-boolean-value", "enum: [a, b]}", "enum: [a, no]}", ["spec.yaml:43:", "param 'style' of 'create': expected a string, got boolean False", "quote strings such as 'no'"]),
    ("type-name-builtin", "  Done:\n    properties:\n      type: {type: string, const: done, required: true}\n", "  Done:\n    properties:\n      type: {type: string, const: done, required: true}\n  string:\n    properties: {x: {type: string}}\n", ["spec.yaml:26:", "type name 'string' is a built-in type"]),
    ("invalid-yaml", "  Thing:\n", "  Thing:\n   - broken: [\n", ["spec.yaml:", "not valid YAML"]),
    ("python-kwarg-clash", "          style: {type: string, enum: [a, b]}", "          style: {type: string, enum: [a, b], names: {python: shape}}\n          Style: {type: string, names: {python: shape}}", ["spec.yaml:43:", "param 'style' of 'create' and param 'Style' of 'create' (line 44) both become the Python name 'shape'"]),
    ("duplicate-operation", "        rules:", "        names: {}\n        rules:", []),  # placeholder replaced below
]
CASES.append(("package-key-missing", 'python: {distribution: t, import: t_sdk, version: "0.1"}', "python: {distribution: t, import: t_sdk}", ["spec.yaml:8:", "packages.python: missing 'version'"]))
CASES[-2] = (
    "duplicate-path",
    "            then: {n: {maximum: 1}}\n",
    "            then: {n: {maximum: 1}}\n      list:\n        method: POST\n        path: /things\n        response: Thing\n",
    ["spec.yaml:48:", "operation 'list': POST /things is already served by 'create' (line 35)"],
)

# Defaults must be values of their field's type (line 20: a property added to Thing; line 38: param n).
_THING = "      size: {type: integer}"
CASES += [
    ("default-not-an-array", _THING, _THING + "\n      tags: {type: array, items: string, default: 1.5}", ["spec.yaml:20:", "property 'tags' of model 'Thing': default 1.5 is not of type array"]),
    ("default-list-on-string", _THING, _THING + "\n      label: {type: string, default: [1]}", ["spec.yaml:20:", "property 'label' of model 'Thing': default [1] is not of type string"]),
    ("default-mapping-on-integer", "maximum: 10}", "maximum: 10, default: {a: 1}}", ["spec.yaml:41:", "param 'n' of 'create': default {'a': 1} is not of type integer"]),
    ("default-array-item", _THING, _THING + "\n      sizes: {type: array, items: integer, default: [1, x]}", ["spec.yaml:20:", "property 'sizes' of model 'Thing': default item #2 'x' is not of type integer"]),
    ("default-array-enum-item", _THING, _THING + "\n      styles: {type: array, items: {enum: [a, b]}, default: [a, c]}", ["spec.yaml:20:", "default item #2 'c' is not one of the enum's values"]),
    ("default-too-many-items", _THING, _THING + "\n      sizes: {type: array, items: integer, max_items: 1, default: [1, 2]}", ["spec.yaml:20:", "property 'sizes' of model 'Thing': default has 2 items, outside [None, 1]"]),
    ("default-too-long", _THING, _THING + "\n      code: {type: string, max_length: 2, default: abc}", ["spec.yaml:20:", "default 'abc' has 3 characters, outside [None, 2]"]),
    ("default-not-the-const", _THING, _THING + "\n      kind: {const: thing, default: other}", ["spec.yaml:20:", "default 'other' is not the const 'thing'"]),
    ("default-on-file", _THING, _THING + "\n      picture: {type: file, default: x.png}", ["spec.yaml:20:", "property 'picture' of model 'Thing': default 'x.png' is not allowed: a file cannot have a default", "remove 'default'"]),
    ("default-on-object", _THING, _THING + "\n      parent: {type: Done, default: {type: done}}", ["spec.yaml:20:", "default {'type': 'done'} is not allowed: an object cannot have a default"]),
    ("default-on-union", _THING, _THING + "\n      last: {type: Event, default: done}", ["spec.yaml:20:", "default 'done' is not allowed: a union cannot have a default"]),
    ("default-one-of", _THING, _THING + "\n      either: {one_of: [integer, {type: array, items: integer}], default: x}", ["spec.yaml:20:", "default 'x' is not of type integer or array"]),
]

# Models no finite value satisfies: every link of the loop required, not nullable, not an array that may be empty.
_HINT = "make one link optional, nullable or an array"
CASES += [
    (
        "required-cycle",
        _THING + "\n  Page:\n",
        _THING + "\n      next: {type: Other, required: true}\n  Other:\n    properties:\n      back: {type: Thing, required: true}\n  Page:\n",
        ["spec.yaml:16:", "models Thing -> Other -> Thing form a cycle of required properties: no finite value satisfies it", _HINT],
    ),
    (
        "required-cycle-inline-object",
        _THING,
        _THING + "\n      child: {type: object, required: true, properties: {node: {type: Thing, required: true}}}",
        ["spec.yaml:16:", "models Thing -> Thing.child -> Thing form a cycle of required properties", _HINT],
    ),
    (
        "required-cycle-union",
        "      type: {type: string, const: done, required: true}",
        "      type: {type: string, const: done, required: true}\n      then: {type: Event, required: true}",
        ["spec.yaml:23:", "model Done -> Done forms a cycle of required properties: no finite value satisfies it", _HINT],
    ),
    (
        "required-cycle-min-items",
        _THING,
        _THING + "\n      kids: {type: array, items: Thing, min_items: 1, required: true}",
        ["spec.yaml:16:", "model Thing -> Thing forms a cycle of required properties", _HINT],
    ),
]

# Names that become identifiers (and file names) are at most 100 characters long.
CASES += [
    ("name-too-long-property", _THING, _THING + "\n      " + "a" * 101 + ": {type: string}", ["spec.yaml:20:", "property '" + "a" * 40 + "...' of model 'Thing': name is 101 characters long; at most 100"]),
    ("name-too-long-model", "  Done:\n", "  M" + "x" * 150 + ":\n    properties: {x: {type: string}}\n  Done:\n", ["spec.yaml:23:", "model 'M" + "x" * 39 + "...': name is 151 characters long; at most 100"]),
    ("name-too-long-operation", "      create:", "      create" + "x" * 120 + ":", ["spec.yaml:35:", "name is 126 characters long; at most 100"]),
    ("name-too-long-rule-id", "- id: n-large", "- id: n-large" + "x" * 200_000, ["spec.yaml:45:", "rule #1 of 'create': name is 200007 characters long; at most 100"]),
]

# Package settings and names that would break generated code are spec errors, not broken output.
_PY = 'python: {distribution: t, import: t_sdk, version: "0.1"}'
CASES += [
    ("python-import-keyword", _PY, 'python: {distribution: t, import: None, version: "0.1"}', ["spec.yaml:8:", "packages.python.import 'None' is not a Python module name, not a keyword"]),
    ("python-version-code", _PY, 'python: {distribution: t, import: t_sdk, version: "1.0\\"; import os #"}', ["spec.yaml:8:", "packages.python.version '1.0\"; import os #' is not a version"]),
    ("python-distribution-toml", _PY, 'python: {distribution: "t\\"\\n[project.scripts]", import: t_sdk, version: "0.1"}', ["spec.yaml:8:", "is not a distribution name (PEP 508)"]),
    ("content-types-not-file", "      size: {type: integer}", "      size: {type: integer, content_types: [image/png]}", ["spec.yaml:19:", "property 'size' of model 'Thing': 'content_types' only applies to files"]),
    ("go-package-name", _PY, _PY + "\n  go: {module: example.com/t, package: My-Pkg}", ["spec.yaml:9:", "packages.go.package 'My-Pkg' is not a Go package name"]),
]



def test_base_spec_is_valid(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(BASE)
    proc = subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--spec", str(spec), "--out", str(tmp_path / "out")],
        cwd=tmp_path, env=_env(), capture_output=True, text=True,
    )
    assert proc.returncode == 0, proc.stderr


def _env() -> dict[str, str]:
    import os

    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT)
    return env


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_there_are_at_least_20_cases() -> None:
    assert len(CASES) >= 20
    assert len({c[0] for c in CASES}) == len(CASES)

# Params outside the body: the path template and the path params agree, nothing in a GET's body.
_OP = """        method: POST
        path: /things
        response: Thing
        streaming: {param: stream, event: Event}
        params:
          n: {type: integer, minimum: 1, maximum: 10}"""
CASES += [
    ("path-placeholder-without-param", "path: /things", "path: /things/{thing_id}", ["spec.yaml:37:", "operation 'create': the path has '{thing_id}' but no param 'thing_id' with 'in: path'"]),
    ("path-param-not-in-path", "n: {type: integer, minimum: 1, maximum: 10}", "n: {type: integer, minimum: 1, maximum: 10, in: path, required: true}", ["spec.yaml:41:", "param 'n' of 'create' is in the path, but the path /things has no '{n}'"]),
    ("path-param-optional", _OP, _OP.replace("path: /things", "path: /things/{n}").replace("maximum: 10}", "maximum: 10, in: path}"), ["spec.yaml:41:", "param 'n' of 'create': a path param is always required"]),
    ("header-param-without-name", "model: {type: Model}", "model: {type: Model, in: header}", ["spec.yaml:42:", "param 'model' of 'create': a header param needs 'header: <name>'"]),
    ("body-param-on-get", _OP, _OP.replace("POST", "GET").replace("maximum: 10}", "maximum: 10, in: body}"), ["spec.yaml:41:", "param 'n' of 'create': GET requests have no body"]),
    ("auth-header-without-name", "auth: {scheme: bearer,", "auth: {scheme: header,", ["spec.yaml:6:", "client.auth: scheme 'header' needs 'header: <name>'"]),
    ("auth-header-with-bearer", "auth: {scheme: bearer,", "auth: {scheme: bearer, header: x-key,", ["spec.yaml:6:", "client.auth: 'header' only applies to scheme 'header'"]),
    ("binary-body-not-one-file", "        method: POST\n", "        method: POST\n        body: binary\n", ["spec.yaml:37:", "operation 'create': 'body: binary' sends one file param as the whole body"]),
    ("form-body-with-a-file", _OP, _OP.replace("method: POST", "method: POST\n        body: form").replace("n: {type: integer, minimum: 1, maximum: 10}", "n: {type: file}"), ["spec.yaml:37:", "operation 'create': a form body holds strings, numbers, booleans and enums (or lists of them)"]),
    ("in-on-a-property", "      size: {type: integer}", "      size: {type: integer, in: query}", ["spec.yaml:19:", "property 'size' of model 'Thing': 'in' only applies to an operation's params"]),
]

# Pagination, response formats, types and auth schemes of any REST API.
_PAGED = "        response: Thing\n        streaming: {param: stream, event: Event}\n"
CASES += [
    ("pagination-items-unknown", _PAGED, "        response: Thing\n        pagination: {style: cursor, items: data, after: {param: n, item: id}}\n",
     ["spec.yaml:39:", "operation 'create': pagination items 'data' is not an array field of 'Thing'"]),
    ("pagination-param-unknown", _PAGED, "        response: Page\n        pagination: {style: cursor, items: things, after: {param: cursor, item: id}}\n",
     ["spec.yaml:39:", "operation 'create': pagination param 'cursor' is not a param of the operation"]),
    ("pagination-item-field-unknown", _PAGED, "        response: Page\n        pagination: {style: offset, items: things, offset: {param: n, total: count}}\n",
     ["spec.yaml:39:", "operation 'create': total 'count' is not an integer field of 'Page'"]),
    ("pagination-part-of-another-style", _PAGED, "        response: Page\n        pagination: {style: cursor, items: things, after: {param: n, item: id}, page: {param: n}}\n",
     ["spec.yaml:39:", "operation 'create': 'page' does not belong to cursor pagination"]),
    ("pattern-does-not-compile", "      size: {type: integer}", "      size: {type: string, pattern: \"[a-\"}", ["spec.yaml:19:", "property 'size' of model 'Thing': the pattern does not compile"]),
    ("pattern-not-portable", "      size: {type: integer}", "      size: {type: string, pattern: \"^(?=a)\"}", ["spec.yaml:19:", "'(?=' is not portable"]),
    ("pattern-on-an-integer", "      size: {type: integer}", "      size: {type: integer, pattern: \"^1$\"}", ["spec.yaml:19:", "property 'size' of model 'Thing': 'pattern' needs a string type"]),
    ("pattern-required-without-example", "      size: {type: integer}", "      size: {type: string, required: true, pattern: \"^[a-z]+$\"}", ["spec.yaml:19:", "a required string with a pattern needs an 'example'"]),
    ("pattern-example-mismatch", "      size: {type: integer}", "      size: {type: string, pattern: \"^[a-z]+$\", example: A1}", ["spec.yaml:19:", "the example does not match the pattern"]),
    ("format-of-another-type", "      size: {type: integer}", "      size: {type: integer, format: date-time}", ["spec.yaml:19:", "format 'date-time' applies to type string, not 'integer'"]),
    ("map-without-values", "      size: {type: integer}", "      size: {type: map}", ["spec.yaml:19:", "property 'size' of model 'Thing': a map needs 'values'"]),
    ("values-on-an-array", "      size: {type: integer}", "      size: {type: array, items: string, values: string}", ["spec.yaml:19:", "'values' only applies to type map"]),
    ("head-with-a-body", "        method: POST\n        path: /things\n        response: Thing\n        streaming: {param: stream, event: Event}\n        params:\n          n: {type: integer, minimum: 1, maximum: 10}\n          model: {type: Model}\n          style: {type: string, enum: [a, b]}\n",
     "        method: HEAD\n        path: /things\n        response: Thing\n        params:\n          n: {type: integer, minimum: 1, maximum: 10, in: query}\n          model: {type: Model, in: query}\n          style: {type: string, enum: [a, b], in: query}\n",
     ["spec.yaml:36:", "operation 'create': a HEAD response has no body"]),
    ("binary-response-with-a-model", _PAGED, "        response: Thing\n        response_format: binary\n", ["spec.yaml:38:", "operation 'create': a binary response has no model"]),
    ("array-response-of-a-primitive", _PAGED, "        response: {type: array, items: string}\n", ["spec.yaml:38:", "operation 'create': unknown response model 'string'"]),
    ("union-default-unknown", "    discriminator: type\n", "    discriminator: type\n    default: finished\n", ["spec.yaml:29:", "union 'Event': default 'finished' is not a variant"]),
    ("auth-none-with-an-option", "auth: {scheme: bearer, option: api_key, env: T_KEY}", "auth: {scheme: none, option: api_key}", ["spec.yaml:6:", "client.auth: scheme 'none' sends no credential, so 'option' has no use"]),
    ("auth-basic-without-env", "auth: {scheme: bearer, option: api_key, env: T_KEY}", "auth: {scheme: basic, option: api_key}", ["spec.yaml:6:", "client.auth: scheme 'basic' needs 'env'"]),
    ("keepalive-is-a-variant", "streaming: {param: stream, event: Event}", "streaming: {param: stream, event: Event, keepalive_events: [done]}", ["spec.yaml:39:", "'done' is a variant of 'Event', so it cannot also be a keep-alive or error event"]),
    ("always-stream-with-a-response", "streaming: {param: stream, event: Event}", "streaming: {event: Event}", ["spec.yaml:38:", "operation 'create': it always streams, so it has no response model"]),
    ("defaults-break-a-rule", "          n: {type: integer, minimum: 1, maximum: 10}\n          model: {type: Model}",
     "          n: {type: integer, minimum: 1, maximum: 10, default: 5}\n          model: {type: Model, default: m-large}",
     ["spec.yaml:41:", "operation 'create': the defaults break a rule: Invalid 'n': 5 is greater than the maximum of 1 when model='m-large' (rule n-large)"]),
    ("packages-of-an-unknown-language", _PY, _PY + "\n  cobol: {name: t}", ["spec.yaml:9:", "packages.cobol: sdkgen has no 'cobol' generator", "available: go, openapi, python, typescript"]),
    ("sub-resource-path-param", "    operations:\n      create:", "    resources:\n      parts:\n        singular: Part\n        operations:\n          get:\n            method: GET\n            path: /things/{thing_id}/parts/{part_id}\n            response: Thing\n            params:\n              thing_id: {type: string, in: path, required: true}\n    operations:\n      create:",
     ["spec.yaml:40:", "operation 'get': the path has '{part_id}' but no param 'part_id' with 'in: path'"]),
]


_AUTH = "auth: {scheme: bearer, option: api_key, env: T_KEY}"
CASES += [  # extra credentials, per-operation auth, platform headers and the validation variable (issue 12)
    ("extra-auth-option-clash", _AUTH, _AUTH + "\n  extra_auth: [{option: api_key, scheme: bearer}]",
     ["spec.yaml:7:", "client option 'api_key' is declared twice"]),
    ("extra-auth-env-clash", _AUTH, _AUTH + "\n  extra_auth: [{option: admin_key, scheme: bearer, env: T_KEY}]",
     ["client.extra_auth admin_key reads the environment variable T_KEY, as client.auth does"]),
    ("extra-auth-header-without-scheme-header", _AUTH, _AUTH + "\n  extra_auth: [{option: admin_key, scheme: bearer, header: x-admin}]",
     ["spec.yaml:7:", "client.extra_auth: 'header' only applies to scheme 'header'"]),
    ("extra-auth-with-auth-none", _AUTH, "auth: {scheme: none}\n  extra_auth: [{option: admin_key, scheme: bearer}]",
     ["client.extra_auth: the client's auth scheme is 'none'"]),
    ("operation-auth-unknown", "        path: /things\n", "        path: /things\n        auth: [admin_key]\n",
     ["spec.yaml:38:", "operation 'create': auth 'admin_key' is not a credential of the client", "use one of: api_key"]),
    ("platform-header-twice", _AUTH, _AUTH + "\n  platform_headers: {lang: X-Lang, runtime: x-lang}",
     ["client.platform_headers: 'x-lang' is also the header of lang"]),
    ("platform-header-unknown-kind", _AUTH, _AUTH + "\n  platform_headers: {flavour: X-Flavour}", ["spec.yaml:7:", "flavour"]),
    ("validation-env-clash", _AUTH, _AUTH + "\n  validation_env: T_KEY",
     ["client.validation_env reads the environment variable T_KEY, as client.auth does"]),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_bad_spec(case: tuple[str, str, str, list[str]], tmp_path: Path) -> None:
    _, old, new, expected = case
    assert old in BASE, "the case must change the base spec"
    spec = tmp_path / "spec.yaml"
    spec.write_text(BASE.replace(old, new, 1))
    out = tmp_path / "out"
    (out / "python").mkdir(parents=True)
    (out / "python" / "keep.txt").write_text("written by a previous run\n")
    (out / "openapi").mkdir()
    (out / "openapi" / "openapi.yaml").write_text("old: true\n")
    before = _snapshot(out)
    proc = subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--spec", "spec.yaml", "--out", "out"],
        cwd=tmp_path, env=_env(), capture_output=True, text=True,
    )
    assert proc.returncode == 2, proc.stdout + proc.stderr
    for fragment in expected:
        assert fragment in proc.stderr, f"{fragment!r} not in:\n{proc.stderr}"
    assert "nothing was written" in proc.stderr
    assert _snapshot(out) == before, "a failed generation changed the output folder"


def test_a_json_name_go_cannot_tag_is_an_error_for_go_only(tmp_path: Path) -> None:
    spec = BASE.replace("      size: {type: integer}", '      size: {type: integer}\n      "a\\"b": {type: integer}')
    (tmp_path / "py.yaml").write_text(spec)
    (tmp_path / "go.yaml").write_text(spec.replace(_PY, _PY + "\n  go: {module: example.com/t, package: t}"))
    run = [sys.executable, "-m", "generator", "generate", "--out", str(tmp_path / "out"), "--spec"]
    proc = subprocess.run([*run, "go.yaml"], cwd=tmp_path, env=_env(), capture_output=True, text=True)
    assert proc.returncode == 2 and "go.yaml:21: 'a\"b' cannot be a JSON name in a Go struct tag" in proc.stderr, proc.stderr
    assert not (tmp_path / "out").exists()
    proc = subprocess.run([*run, "py.yaml", "--lang", "python"], cwd=tmp_path, env=_env(), capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr  # Python's TypedDict takes any key: the spec is fine for Python
