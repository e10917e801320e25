"""With `from __future__ import annotations` no annotation is evaluated: names that do not
exist yet (or at all) may appear in them."""
from __future__ import annotations


def area(shape: Rectangle, scale: float = 1.0) -> Number:
    w, h = shape
    return w * h * scale


limit: Undefined[int] = 10
print(area((3, 4)), area((2.5, 2), 2.0), limit)


def tree_sum(node: Tree | None) -> int:
    if node is None:
        return 0
    value, children = node
    return value + sum(tree_sum(c) for c in children)


print(tree_sum((1, [(2, []), (3, [(4, [])])])))
