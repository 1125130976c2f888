"""The collision rule, the Python Namer's styles, and the IR staying language-neutral."""

from __future__ import annotations

import dataclasses

from generator import ir
from generator.emitters import available
from generator.emitters.python.style import PythonStyle, class_ident, snake_ident
from generator.loader import load_spec
from generator.naming import clashes, pascal, resolve, snake, words
from generator.planning import name_api
from tests.conftest import ROOT


def test_words_and_styles() -> None:
    assert words("gpt-image-1.5") == ["gpt", "image", "1", "5"]
    assert words("B64JSONUrl") == ["b64", "json", "url"]
    assert snake("fooBar") == "foo_bar" and pascal("input_tokens_details") == "InputTokensDetails"
    assert words("1024x1024") == ["1024x1024"]


def test_collision_rule() -> None:
    got = resolve([("fooBar", "foo_bar"), ("foo_bar", "foo_bar"), ("Foo-Bar", "foo_bar"), ("x", "x")])
    assert got == {"foo_bar": "foo_bar", "Foo-Bar": "foo_bar_2", "fooBar": "foo_bar_3", "x": "x"}
    assert resolve([("a", "n"), ("b", "n")], frozenset({"n_2"})) == {"a": "n", "b": "n_3"}
    assert clashes({"a": "x", "b": "x", "c": "y"}) == [("x", "a", "b")]


def test_python_reserved_words() -> None:
    assert snake_ident("class", frozenset({"class"})) == "class_"
    assert snake_ident("1st", frozenset()) == "n1st"
    assert class_ident("None") == "None_" and class_ident("type") == "type_"


def test_odd_names_namer_has_no_errors_and_resolves_collisions() -> None:
    api = load_spec(ROOT / "tests" / "golden" / "odd_names" / "spec.yaml")
    n = name_api(api, PythonStyle(api))
    assert n.errors == []
    assert n.file("type", "FooBar") == "foo_bar" and n.file("type", "Foo_Bar") == "foo_bar_2"
    assert n.field("declared", ("class",), "foo_bar") == "foo_bar"
    assert n.field("declared", ("class",), "fooBar") == "foo_bar_2"
    assert n[("param", "class", "import", "timeout")] == "timeout_"


def test_ir_is_language_neutral_and_frozen() -> None:
    languages = set(available())
    for cls in vars(ir).values():
        if dataclasses.is_dataclass(cls):
            assert cls.__dataclass_params__.frozen, cls  # type: ignore[attr-defined]
            for f in dataclasses.fields(cls):
                assert not any(lang in f.name for lang in languages), f"{cls.__name__}.{f.name}"


def test_ir_is_sorted() -> None:
    api = load_spec(ROOT / "spec" / "images.yaml")
    assert [m.path for m in api.models] == sorted(m.path for m in api.models) or [
        (m.scope, m.path) for m in api.models
    ] == sorted((m.scope, m.path) for m in api.models)
    assert [op.name for op in api.operations()] == ["create_variation", "edit", "generate"]
    generate = api.operations()[2]
    assert [p.name for p in generate.params][:1] == ["prompt"]
    assert [p.name for p in generate.params][1:] == sorted(p.name for p in generate.params[1:])


def test_names_stay_the_apis_own_no_doubled_or_numbered_names() -> None:
    """A resource 'models' beside a model 'Model' is ModelService in model.go (openai-go's layout), its list
    params ModelListParams; a union already called ...Union is not ...UnionUnion; sub-resources chain."""
    from generator.emitters.go.style import GoStyle
    from generator.loader import load_spec_text

    spec = (ROOT / "tests" / "golden" / "rest" / "spec.yaml").read_text(encoding="utf-8")
    spec = spec.replace("  authors:\n    singular: Author\n", "  models:\n    singular: Model\n").replace("ReviewBlock", "BlockUnion")
    spec = spec.replace("  Author:\n    description: A person", "  Model:\n    description: A thing\n    properties: {id: {type: string}}\n  Author:\n    description: A person")
    api = load_spec_text(spec, "spec.yaml")
    go = name_api(api, GoStyle(api))
    assert not go.errors
    assert go[("resource_class", "models")] == "ModelService"
    assert go[("params", "models", "list")] == "ModelListParams"
    assert go[("type", "declared", "Model")] == "Model"
    assert go[("file", "resource", "models")] == "model"
    assert go[("file", "resource", "books.reviews.votes")] == "bookreviewvote"
    assert go[("resource_class", "books.reviews.votes")] == "BookReviewVoteService"
    assert go[("params", "books.reviews.votes", "create")] == "BookReviewVoteNewParams"
    assert go.union("BlockUnion") == "BlockUnion"
    assert go[("type", "union_param", "BlockUnion")] == "BlockUnionParam"
    py = name_api(api, PythonStyle(api))
    assert not py.errors
    assert py[("params", "models", "list")] == "ModelListParams"
    assert py[("type", "union_param", "BlockUnion")] == "BlockUnionParam"
    assert py[("resource_class", "books.reviews.votes")] == "Votes"


def test_no_golden_output_file_is_numbered() -> None:
    """Numbers come only from the collision rule, for spec names that really clash (the odd_names case's purpose)."""
    import re

    numbered = [p for p in (ROOT / "tests" / "golden").rglob("expected/**/*.*")
                if "odd_names" not in p.parts and re.search(r"_[0-9]+$", p.stem.removesuffix("_test"))]
    assert not numbered, numbered
