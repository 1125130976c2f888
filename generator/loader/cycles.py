"""Stage 3 of the meaning pass (validate): models that no finite value satisfies.

Recursive models are normal: a tree node with an optional child of its own type, an array of
itself, a nullable link to itself. Each of those loops can end (leave the property out, send
null or an empty array). A loop cannot end when every link in it is required, not nullable and
not an array that may be empty: through model properties, inline objects, or a union (or
``one_of``) whose every variant is in such a loop. No finite JSON value has that shape, so the
spec is wrong.

The satisfiable models are found as a least fixpoint, in linear time (unit propagation): a model
is satisfiable when each of its required, non-nullable properties is; a primitive, enum, const
or an array without ``min_items`` always is, a model reference when that model is, a union or
``one_of`` when one of its variants is. Among the models left, each strongly connected group is
reported once, as its shortest loop from the model declared first.
"""

from __future__ import annotations

from collections import deque
from typing import Optional

from .. import ir
from .report import Report

Key = tuple[ir.Scope, ir.Path]


def check_cycles(api: ir.Api, report: Report) -> None:
    unions = {u.name: u for u in api.unions}
    blocking = []  # (model, the models one of its required properties can be made through)
    for m in api.models:
        for f in m.fields:
            if f.required and not f.nullable and not isinstance(f.type, ir.Primitive):
                alts = _through(f.type, f.bounds.min_items, unions)
                if alts is not None:
                    blocking.append((m, alts))
    if not blocking:
        return
    models = {(m.scope, m.path): m for m in api.models}
    needs: dict[Key, list[frozenset[Key]]] = {key: [] for key in models}
    waiting: dict[Key, list[tuple[Key, int]]] = {}  # model -> the (model, property) it would make
    for m, alts in blocking:
        own = needs[(m.scope, m.path)]
        for a in alts:
            waiting.setdefault(a, []).append(((m.scope, m.path), len(own)))
        own.append(alts)
    pending = {key: len(own) for key, own in needs.items()}
    met: set[tuple[Key, int]] = set()
    satisfiable: set[Key] = set()
    queue = [key for key, n in pending.items() if n == 0]
    while queue:
        key = queue.pop()
        satisfiable.add(key)
        for owner, i in waiting.get(key, ()):
            if (owner, i) not in met:
                met.add((owner, i))
                pending[owner] -= 1
                if pending[owner] == 0:
                    queue.append(owner)
    stuck = {key for key in models if key not in satisfiable}
    edges = {key: sorted({a for i, alts in enumerate(needs[key]) if (key, i) not in met for a in alts if a in stuck}) for key in stuck}
    line = {key: models[key].loc.line for key in stuck}
    for group in _groups(sorted(stuck, key=lambda k: (line[k], k)), edges):
        start = min(group, key=lambda k: (line[k], k))
        loop = _shortest_loop(start, group, edges)
        if loop is None:  # a single model that does not require itself
            continue
        names = " -> ".join(".".join(models[k].path) for k in loop)
        what = f"models {names} form" if len(loop) > 2 else f"model {names} forms"
        report.err(
            (), f"{what} a cycle of required properties: no finite value satisfies it", "make one link optional, nullable or an array without min_items", line[start]
        )


def _through(t: ir.TypeRef, min_items: Optional[int], unions: dict[str, ir.UnionType]) -> Optional[frozenset[Key]]:
    """The models through which a value of ``t`` can be made; None when it can always be made."""
    if isinstance(t, ir.ModelRef):
        return frozenset({(t.scope, t.path)})
    if isinstance(t, ir.UnionRef):
        u = unions.get(t.name)
        return frozenset(("declared", (v.model,)) for v in u.variants) if u is not None else None
    if isinstance(t, ir.ArrayOf):
        return _through(t.items, None, unions) if min_items else None
    if isinstance(t, ir.OneOf):
        out: set[Key] = set()
        for v in t.variants:
            alts = _through(v, min_items if isinstance(v, ir.ArrayOf) else None, unions)
            if alts is None:
                return None
            out |= alts
        return frozenset(out)
    return None


def _groups(keys: list[Key], edges: dict[Key, list[Key]]) -> list[list[Key]]:
    """The strongly connected groups of the graph (Kosaraju, without recursion)."""
    order: list[Key] = []
    seen: set[Key] = set()
    for root in keys:
        if root in seen:
            continue
        seen.add(root)
        stack = [(root, iter(edges[root]))]
        while stack:
            node, it = stack[-1]
            nxt = next((n for n in it if n not in seen), None)
            if nxt is None:
                stack.pop()
                order.append(node)
            else:
                seen.add(nxt)
                stack.append((nxt, iter(edges[nxt])))
    back: dict[Key, list[Key]] = {k: [] for k in keys}
    for k in keys:
        for n in edges[k]:
            back[n].append(k)
    groups = []
    assigned: set[Key] = set()
    for root in reversed(order):
        if root in assigned:
            continue
        group = [root]
        assigned.add(root)
        todo = [root]
        while todo:
            for n in back[todo.pop()]:
                if n not in assigned:
                    assigned.add(n)
                    group.append(n)
                    todo.append(n)
        groups.append(group)
    return groups


def _shortest_loop(start: Key, group: list[Key], edges: dict[Key, list[Key]]) -> Optional[list[Key]]:
    """start -> ... -> start inside the group, by breadth-first search; None when there is none."""
    inside = set(group)
    parent: dict[Key, Key] = {}
    todo = deque([start])
    while todo:
        node = todo.popleft()
        for n in edges[node]:
            if n == start:
                path = [node]
                while path[-1] != start:
                    path.append(parent[path[-1]])
                return path[::-1] + [start]
            if n in inside and n not in parent:
                parent[n] = node
                todo.append(n)
    return None
