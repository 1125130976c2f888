"""Recursive models: which links close a cycle, and samples that stay finite."""

from __future__ import annotations

from pathlib import Path

from generator.loader import load_spec_text
from generator.planning.cycles import recursive_links
from generator.semantics.samples import model_example, request_sample

SPEC = """\
spec_version: 1
info: {title: Tree API, version: "1.0"}
client:
  name: TreeClient
  base_url: http://localhost:4010/v1
  auth: {scheme: bearer, option: api_key, env: TREE_API_KEY}
packages: {}
models:
  Node:
    properties:
      name: {type: string, required: true}
      child: {type: Node}
      children: {type: array, items: Node}
      parent: {type: Node, nullable: true, required: true}
      owner: {type: Person}
      meta: {type: Meta}
  Person:
    properties:
      best: {type: Node}
  Meta:
    properties:
      note: {type: string}
resources:
  nodes:
    singular: Node
    operations:
      create:
        method: POST
        path: /nodes
        response: Node
        params:
          root: {type: Node, required: true}
"""


def test_links_inside_a_cycle_are_recursive_and_others_are_not(tmp_path: Path) -> None:
    api = load_spec_text(SPEC, "spec.yaml")
    links = recursive_links(api)
    node, person = ("model", "declared", "Node"), ("model", "declared", "Person")
    assert {(node, "child"), (node, "parent"), (node, "owner"), (person, "best")} <= links
    assert (node, "children") not in links  # an array breaks the cycle
    assert (node, "meta") not in links  # Meta does not lead back


def test_samples_of_a_recursive_model_are_finite() -> None:
    api = load_spec_text(SPEC, "spec.yaml")
    node = next(m for m in api.models if m.path == ("Node",))
    example = model_example(api, node)
    assert example["name"] == "name" and example["parent"] is None  # required and nullable: null
    assert "child" not in example and example["children"] == [] and example["owner"] == {}
    op = api.operations()[0]
    assert request_sample(api, op, all_params=True) == {"root": {"name": "string", "parent": None}}
