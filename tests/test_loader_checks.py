"""The loader's meaning checks, in process: what they accept (the bad-spec cases show what they reject)."""

from __future__ import annotations

import pytest

from generator import ir
from generator.errors import SpecInvalid
from generator.loader import load_spec_text
from generator.loader.build import build
from generator.loader.report import Report
from generator.loader.resolve import Resolver
from generator.yamlsrc import load_yaml
from tests.test_bad_specs import BASE

_THING = "      size: {type: integer}"


def _load(old: str, new: str) -> ir.Api:
    assert old in BASE
    return load_spec_text(BASE.replace(old, new, 1), "spec.yaml")


def _errors(old: str, new: str) -> list[str]:
    with pytest.raises(SpecInvalid) as info:
        _load(old, new)
    return [str(e) for e in info.value.errors]


@pytest.mark.parametrize(
    "prop",
    [
        "child: {type: Thing}",  # an optional child of its own type
        "kids: {type: array, items: Thing, required: true}",  # an array of itself (may be empty)
        "parent: {type: Thing, required: true, nullable: true}",  # a nullable link to itself
        "either: {one_of: [Thing, string], required: true}",  # a one_of with a way out
        "tree: {type: object, required: true, properties: {left: {type: Thing}}}",  # an inline object, optional link
    ],
)
def test_recursive_models_are_accepted(prop: str) -> None:
    api = _load(_THING, f"{_THING}\n      {prop}")
    assert any(m.path == ("Thing",) for m in api.models)


def test_a_union_with_one_variant_out_of_the_loop_is_accepted() -> None:
    done = "      type: {type: string, const: done, required: true}"
    other = "  Leaf:\n    properties:\n      type: {type: string, const: leaf, required: true}\n"
    api = _load(
        done + "\nunions:\n  Event:\n    discriminator: type\n    variants:\n      done: Done\n",
        done + "\n      then: {type: Event, required: true}\n" + other + "unions:\n  Event:\n    discriminator: type\n    variants:\n      done: Done\n      leaf: Leaf\n",
    )
    assert [v.model for v in api.union("Event").variants] == ["Done", "Leaf"]


@pytest.mark.parametrize(
    "prop",
    [
        "tags: {type: array, items: string, max_items: 2, default: [a, b]}",
        "styles: {type: array, items: {enum: [a, b]}, default: [b]}",
        "label: {type: string, nullable: true, default: null}",
        "kind: {const: thing, default: thing}",
        "anything: {type: any, default: {a: [1, 2]}}",
        "either: {one_of: [integer, {type: array, items: integer}], default: [1]}",
        "ratio: {type: number, minimum: 0, maximum: 1, default: 1}",
        "files: {type: array, items: file, default: []}",
    ],
)
def test_defaults_of_the_right_type_are_accepted(prop: str) -> None:
    api = _load(_THING, f"{_THING}\n      {prop}")
    thing = api.model(ir.ModelRef("declared", ("Thing",)))
    name = prop.split(":")[0]
    assert next(f for f in thing.fields if f.name == name).has_default


def test_an_open_enum_defaults_to_any_string_a_closed_one_to_its_values() -> None:
    api = _load("model: {type: Model}", "model: {type: Model, default: m-new}")
    assert next(p for p in api.operations()[0].params if p.name == "model").default == "m-new"
    errors = _errors("style: {type: string, enum: [a, b]}", "style: {type: string, enum: [a, b], default: c}")
    assert errors == ["spec.yaml:43: param 'style' of 'create': default 'c' is not one of the enum's values (use one of: a, b)"]


def test_bounds_on_the_wrong_type_have_one_wording_for_fields_and_rules() -> None:
    field = _errors(_THING, "      size: {type: integer, max_length: 3}")
    rule = _errors("then: {n: {maximum: 1}}", "then: {n: {max_length: 1}}")
    assert field == ["spec.yaml:19: property 'size' of model 'Thing': 'min_length'/'max_length' need a string type (remove them or change the type)"]
    assert rule == ["spec.yaml:47: rule 'n-large' on 'n': 'min_length'/'max_length' need a string type (remove them or change the type)"]


def test_a_rule_naming_a_param_whose_type_failed_stays_quiet() -> None:
    errors = _errors("n: {type: integer,", "n: {type: integr,")
    assert len(errors) == 1 and "unknown type 'integr'" in errors[0]


def test_the_builder_hands_over_failed_properties_as_data() -> None:
    root = load_yaml(BASE.replace(_THING, "      size: {type: Sizes}"), "spec.yaml")
    report = Report(root, "spec.yaml")
    built = build(root, report, Resolver(root, report))
    assert built.failed == {("declared", ("Thing",)): frozenset({"size"})}
    assert [e.message for e in report.errors] == ["property 'size' of model 'Thing': unknown type 'Sizes'"]


def test_loader_messages_name_no_target_language() -> None:
    errors = _errors("values: [m-small, m-large]", "values: [m-small, m-large, M_Small]")
    assert len(errors) == 1
    for word in ("go", "java", "python", "Go", "Java", "Python"):
        assert f" {word}" not in errors[0] and f"{word}:" not in errors[0]


def test_one_unknown_type_gives_one_error_not_a_cascade() -> None:
    """The property whose type failed is left out of the model; the example and the required list must
    not then report it again (the advice "remove it" would be wrong: the type is what is wrong)."""
    thing = "  Thing:\n    properties:\n      id: {type: string, required: true}\n" + _THING
    errors = _errors(thing, "  Thing:\n    example: {id: a, pics: []}\n    properties:\n      id: {type: string, required: true}\n"
                     "      pics: {type: array, items: Picture, required: true}\n" + _THING)
    assert len(errors) == 1, errors
    assert "unknown type 'Picture'" in errors[0]


def test_a_tab_and_a_yaml_error_say_where() -> None:
    with pytest.raises(SpecInvalid) as info:
        load_spec_text(BASE.replace("      size: {type: integer}", "\tsize: {type: integer}"), "spec.yaml")
    text = str(info.value.errors[0])
    assert "spec.yaml:19:" in text and "tab" in text, text
    with pytest.raises(SpecInvalid) as info:
        load_spec_text(BASE.replace("      size: {type: integer}", "      size: {type: integer"), "spec.yaml")
    text = str(info.value.errors[0])
    assert "column" in text, text
