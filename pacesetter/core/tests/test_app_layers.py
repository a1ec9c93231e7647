"""No import cycle between apps: each app may use the ones below it, never the reverse.

Read from the source (every ``from pacesetter.<app>`` import, at module or function level),
so a cycle hidden inside a function counts too. ``config`` is the composition root and may
import anything; nothing imports it.
"""

import ast
import pathlib

import pacesetter

ROOT = pathlib.Path(pacesetter.__file__).parent


def _edges() -> dict[str, set[str]]:
    edges: dict[str, set[str]] = {}
    for path in ROOT.rglob("*.py"):
        parts = path.relative_to(ROOT).parts
        if len(parts) < 2 or "tests" in parts or "migrations" in parts:
            continue
        app = parts[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("pacesetter."):
                other = node.module.split(".")[1]
                if other != app:
                    edges.setdefault(app, set()).add(other)
    return edges


def _reachable(edges, start: str) -> set[str]:
    seen, todo = set(), [start]
    while todo:
        for nxt in edges.get(todo.pop(), ()):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


def test_no_app_imports_one_that_imports_it_back():
    edges = _edges()
    cycles = sorted(
        f"{a} → {b}" for a, targets in edges.items() for b in targets if a in _reachable(edges, b)
    )
    assert cycles == []


def test_nothing_imports_the_composition_root():
    assert [a for a, targets in _edges().items() if "config" in targets and a != "config"] == []
