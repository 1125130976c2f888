"""Which links between types close a cycle of direct containment (recursive models).

Languages with value types (Go, Rust, C#) must break such a link with a pointer or a box; others
need forward references. A link is a model property (or, for a discriminated union, a property
of any variant) whose type is a model or a union directly, not through an array; arrays already
break a cycle. A link is recursive when its target can reach its owner again (Tarjan's SCCs).
"""

from __future__ import annotations

from .. import ir

Node = tuple[str, ...]  # ("model", scope, *path) or ("union", name)
Link = tuple[Node, str]  # (owner, property wire name)


def _target(t: ir.TypeRef) -> Node | None:
    if isinstance(t, ir.ModelRef):
        return ("model", t.scope, *t.path)
    if isinstance(t, ir.UnionRef):
        return ("union", t.name)
    return None


def recursive_links(api: ir.Api) -> frozenset[Link]:
    edges: dict[Node, list[tuple[str, Node]]] = {}
    for m in api.models:
        edges[("model", m.scope, *m.path)] = [(f.name, n) for f in m.fields if (n := _target(f.type))]
    for u in api.unions:
        models = [api.model(ir.ModelRef("declared", (v.model,))) for v in u.variants]
        edges[("union", u.name)] = [(f.name, n) for m in models for f in m.fields if (n := _target(f.type))]
    component = _components(edges)
    return frozenset((node, wire) for node, out in edges.items() for wire, target in out if component[target] == component[node])


def type_groups(api: ir.Api) -> dict[str, int]:
    """Declared types that refer to each other in a cycle (through any property, list or union) share
    a group number; others have one of their own. Languages whose modules import each other (Python)
    break such cycles with forward references."""

    def refs(t: ir.TypeRef) -> list[str]:
        if isinstance(t, ir.ArrayOf):
            return refs(t.items)
        if isinstance(t, ir.OneOf):
            return [r for v in t.variants for r in refs(v)]
        if isinstance(t, (ir.ModelRef, ir.EnumRef)) and t.scope == "declared":
            return [t.path[0]]
        return [t.name] if isinstance(t, ir.UnionRef) else []

    edges: dict[Node, list[tuple[str, Node]]] = {(e.path[0],): [] for e in api.enums if e.scope == "declared"}
    for m in api.models:
        if m.scope != "params":  # an inline model belongs to its declared owner's node
            edges.setdefault(m.path[:1], []).extend(("", (r,)) for f in m.fields for r in refs(f.type))
    for u in api.unions:
        edges[(u.name,)] = [("", (v.model,)) for v in u.variants]
    return {node[0]: group for node, group in _components(edges).items()}


def _components(edges: dict[Node, list[tuple[str, Node]]]) -> dict[Node, int]:
    """Strongly connected components (iterative Tarjan): node -> component number."""
    index: dict[Node, int] = {}
    low: dict[Node, int] = {}
    comp: dict[Node, int] = {}
    stack: list[Node] = []
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            node, i = work.pop()
            if i == 0:
                index[node] = low[node] = len(index)
                stack.append(node)
            succ = edges.get(node, [])
            if i < len(succ):
                work.append((node, i + 1))
                nxt = succ[i][1]
                if nxt not in index:
                    work.append((nxt, 0))
                elif nxt not in comp:
                    low[node] = min(low[node], index[nxt])
                continue
            if low[node] == index[node]:
                while True:
                    top = stack.pop()
                    comp[top] = index[node]
                    if top == node:
                        break
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return comp
