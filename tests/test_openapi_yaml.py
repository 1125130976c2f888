"""The OpenAPI export's YAML writer (generator/emitters/openapi/yamlout.py): every document it
writes reads back (PyYAML's safe loaders, Python and libyaml) as the very value it was given, with
the same types, whatever the strings hold; its layout is block style without folding."""

from __future__ import annotations

import math
import random
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.emitters.openapi.emitter import build_document
from generator.emitters.openapi.yamlout import dump
from generator.loader import load_spec
from tests.conftest import GOLDEN_CASES, ROOT

LOADERS = [yaml.SafeLoader] + ([yaml.CSafeLoader] if hasattr(yaml, "CSafeLoader") else [])
NOT_PRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff\ufffe\uffff]")
SPECS = [ROOT / "spec" / "images.yaml"] + [ROOT / "tests" / "golden" / case / "spec.yaml" for case in GOLDEN_CASES]

HOSTILE = [
    "yes", "No", "on", "OFF", "y", "N", "true", "False", "~", "null", "NULL", "", " ", " lead", "trail ", "a: b",
    "a:", "a #b", "#x", "- x", "-", "? x", "?", ": x", "[x", "{x", "]", "}", ",x", "*x", "&x", "!x", "!!str", "|",
    ">", "%x", "@x", "`x", "'q'", '"q"', "1", "-1", "+1", "1.5", ".5", "1.", "0x1F", "0o17", "017", "0b101",
    "1_000", "1e5", "1E+5", "e5", "E+5", ".e5", "e", ".", "._", "._x", ".inf", "-.inf", ".NaN", ".nan", "12:30",
    "1:20:30.5", "2024-01-01", "2024-01-01T10:00:00Z", "=", "<<", "---", "...", "\t", "a\tb", "\tlead", "trail\t",
    "line\nline", "line\n", "line\n\n", "\n", "\n\n", "\nlead", " indented\nx", "x\n indented", "x\n\tindented",
    "trailing \nx", "x\ntrailing ", "x\n\ny", "a\r\nb", "a\rb", "\x00", "\x07", "\x1b[31m", "\x7f", "\x85",
    "a\x85b\nc", "\x9f", "\xa0", "\u2028", "\u2029", "x\u2028y\nz", "\ufeff", "\ufeffx", "\ufffe", "\uffff",
    "\u202eevil", "é ü 漢", "emoji 😀", "😀", "a:b", "a#b", "C# code", "$ref", "$", "/images/edits",
    "#/components/schemas/Thing", "(x)", ".env", "./x", "a, b", "a [b] {c}", 'a \'b\' "c"', "\\", "back\\slash",
    "\\n", "{{ x }}", "${x}", "*/", '"""', "x" * 300, "word " * 400, "200", "default",
]
FLOATS = [0.5, 1e20, -1e-7, 1.5e300, 5e-324, -0.0, 0.0, 3.0, 1e16, 123456789.123, float("inf"), float("-inf")]
SCALARS: list[Any] = [0, -1, 10**30, -(10**19), True, False, None, *FLOATS]


def _load(text: str, loader: Any) -> Any:
    return yaml.load(text, Loader=loader)  # the safe loaders only


def _same(a: Any, b: Any) -> bool:
    """Equal, with the same types all the way down (True is not 1, 1.0 is not 1)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(v, b[k]) for k, v in a.items())
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b or (isinstance(a, float) and math.isnan(a) and math.isnan(b)))


def _round_trips(doc: Any) -> str:
    text = dump(doc)
    for loader in LOADERS:
        back = _load(text, loader)
        assert _same(back, doc), f"{loader.__name__}: {back!r} != {doc!r}\n{text}"
    return text


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.parent.name if p.name == "spec.yaml" else p.stem)
def test_golden_documents_round_trip(spec: Path) -> None:
    text = _round_trips(build_document(load_spec(spec)))
    assert not any(isinstance(e, yaml.AliasEvent) or getattr(e, "anchor", None) for e in yaml.parse(text))
    assert not NOT_PRINTABLE.search(text), "a character YAML does not print is written raw"


@pytest.mark.parametrize("s", HOSTILE, ids=repr)
def test_hostile_strings_round_trip_as_values_keys_and_items(s: str) -> None:
    _round_trips(s)
    _round_trips([s])
    _round_trips({s: s})
    _round_trips({"a": {"b": [s, {s: [s]}, [s, {"c": s}]], s: {s: s}}})
    _round_trips([{"k": s, s: [[s]]}])


def test_random_strings_round_trip() -> None:
    rng = random.Random(20240101)
    alphabet = list(" \t\n\r:#-?'\"|>!&*%@`~,[]{}.+_=<e0x1aZyn\\/$(\x00\x85\xa0\u2028\u2029\ufeffé😀")
    strings = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8))) for _ in range(3000)]
    _round_trips(strings)
    _round_trips({s: i for i, s in enumerate(dict.fromkeys(strings))})


def test_scalars_round_trip_with_their_types() -> None:
    _round_trips(SCALARS)
    _round_trips({"v": SCALARS, "w": {str(i): v for i, v in enumerate(SCALARS)}})
    for v in SCALARS:
        _round_trips(v)
    for loader in LOADERS:
        nan = _load(dump([float("nan")]), loader)[0]
        assert isinstance(nan, float) and math.isnan(nan)


def test_floats_are_written_as_yaml_floats() -> None:
    assert dump([1e20, -1e-7, 0.5, float("inf"), float("-inf"), float("nan")]) == (
        "- 1.0e+20\n- -1.0e-07\n- 0.5\n- .inf\n- -.inf\n- .nan\n"
    )


def test_layout_is_block_style_like_pyyaml() -> None:
    doc = {
        "openapi": "3.1.0",
        "tags": ["images"],
        "paths": {"/images/edits": {"post": {"responses": {"200": {"description": "OK"}, "default": {"$ref": "#/c/x"}}}}},
        "servers": [{"url": "https://x", "n": 1}, [1, [2]], [], {}],
        "empty": {"d": {}, "l": []},
        "text": "first line\n  indented\n\nlast\n",
    }
    assert dump(doc) == (
        'openapi: "3.1.0"\n'  # a digit never starts a plain string
        "tags:\n"
        "- images\n"
        "paths:\n"
        "  /images/edits:\n"
        "    post:\n"
        "      responses:\n"
        '        "200":\n'
        "          description: OK\n"
        "        default:\n"
        '          $ref: "#/c/x"\n'
        "servers:\n"
        "- url: https://x\n"
        '  "n": 1\n'  # YAML 1.1 reads a plain n as false
        "- - 1\n"
        "  - - 2\n"
        "- []\n"
        "- {}\n"
        "empty:\n"
        "  d: {}\n"
        "  l: []\n"
        "text: |\n"
        "  first line\n"
        "    indented\n"
        "\n"
        "  last\n"
    )
    _round_trips(doc)


@pytest.mark.parametrize(
    ("s", "written"),
    [
        ("line\nline", "k: |-\n  line\n  line\n"),
        ("line\n", "k: |\n  line\n"),
        ("line\n\n", 'k: "line\\n\\n"\n'),
        ("\nlead", 'k: "\\nlead"\n'),
        ("trailing \nx", 'k: "trailing \\nx"\n'),
        ("a\x85b\nc", 'k: "a\\u0085b\\nc"\n'),
        ("yes", 'k: "yes"\n'),
        ("a\tb", 'k: "a\\tb"\n'),
        ("\x00\x7f\u2028\ufeff", 'k: "\\u0000\\u007f\\u2028\\ufeff"\n'),
        ("café ü 漢 😀", "k: café ü 漢 😀\n"),
        ("é", "k: \"é\"\n"),  # plain starts with an ASCII letter, _, /, $, ( or .
        ("say \"hi\" \\ there", 'k: say "hi" \\ there\n'),
        ("a: b", 'k: "a: b"\n'),
    ],
    ids=repr,
)
def test_string_styles(s: str, written: str) -> None:
    assert dump({"k": s}) == written
    _round_trips({"k": s})


def test_long_strings_are_never_folded() -> None:
    long = " ".join(f"word{i}" for i in range(2000))
    assert dump({"d": long}).count("\n") == 1
    assert dump({"d": long + ": x #y"}).count("\n") == 1  # quoted, still one line
    lines = "\n".join([long] * 3)
    assert dump({"d": lines}).count("\n") == 4  # "|-" then the three lines
    _round_trips({"d": long, "e": lines, "f": [long + ": x"]})


def test_long_keys_are_explicit() -> None:
    key = "k" * 1500
    text = _round_trips({key: "v", "a": [{key: [1, {key: {}}]}], "q" * 1200 + ": x": {"n": 1}})
    assert text.startswith("? " + key + "\n:")


def test_only_dicts_with_str_keys_and_json_scalars() -> None:
    with pytest.raises(TypeError):
        dump({1: "x"})
    with pytest.raises(TypeError):
        dump({"x": (1, 2)})
    with pytest.raises(TypeError):
        dump({"x": object()})
