"""Safe arithmetic over indicator codes: parsed with ``ast``, never ``eval``.

Grammar: numbers, indicator codes (``I10``), + - * / and parentheses, and the
functions ``children(CODE)`` (sum over the unit's child units) and
``previous(CODE)`` (the unit's figure of the previous period).
"""

from __future__ import annotations

import ast
import operator
from collections.abc import Callable
from decimal import Decimal, InvalidOperation

FUNCTIONS = ("children", "previous")
_BINARY = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}


class ExpressionError(ValueError):
    pass


def parse(text: str) -> ast.expr:
    if len(text) > 300:
        raise ExpressionError("expression is too long")
    try:
        tree = ast.parse(text.strip(), mode="eval").body
    except SyntaxError:
        raise ExpressionError(f"cannot read {text!r}: use codes, numbers, + - * / ( )") from None
    _check(tree)
    return tree


def _check(node: ast.AST) -> None:
    if isinstance(node, ast.BinOp) and type(node.op) in _BINARY:
        _check(node.left)
        _check(node.right)
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        _check(node.operand)
    elif isinstance(node, ast.Constant) and type(node.value) in (int, float):
        pass
    elif isinstance(node, ast.Name):
        pass
    elif (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in FUNCTIONS
        and len(node.args) == 1
        and not node.keywords
        and isinstance(node.args[0], ast.Name)
    ):
        pass
    else:
        raise ExpressionError(f"not allowed in a rule: {ast.unparse(node)!r}")


def codes(tree: ast.expr) -> set[str]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id not in FUNCTIONS:
            found.add(node.id)
    return found


Lookup = Callable[[str, str], Decimal | None]  # (function or "", code) → value


def evaluate(tree: ast.expr, lookup: Lookup) -> Decimal | None:
    """The expression's value, or None when a figure it needs is missing."""
    if isinstance(tree, ast.Constant):
        return Decimal(str(tree.value))
    if isinstance(tree, ast.Name):
        return lookup("", tree.id)
    if isinstance(tree, ast.Call):
        # _check let through only children(CODE) and previous(CODE).
        function, argument = tree.func, tree.args[0]
        assert isinstance(function, ast.Name) and isinstance(argument, ast.Name)
        return lookup(function.id, argument.id)
    if isinstance(tree, ast.UnaryOp):
        value = evaluate(tree.operand, lookup)
        return None if value is None else -value
    assert isinstance(tree, ast.BinOp)  # the only other node _check lets through
    left, right = evaluate(tree.left, lookup), evaluate(tree.right, lookup)
    if left is None or right is None:
        return None
    try:
        return _BINARY[type(tree.op)](left, right)
    except (ZeroDivisionError, InvalidOperation):
        return None
