# Annotations are evaluated where CPython evaluates them: a module-level annotated name
# (after its value), a def's parameters and result when the def runs (after the defaults);
# never a function's local annotations. Builtin types and strings cannot fail.
def note(label):
    print("evaluating", label)
    return label


ratio: note("ratio") = 0.5
limit: int = 10
names: list[str] = ["a", "b"]
pair: tuple[int, ...] = (1, 2)
maybe: int | None = None
tree: "Tree" = 3


def scale(x: note("x"), k: float = note("default") and 2.0) -> note("result"):
    local: note("never") = x * k
    return local


def typed(xs: list[int], k: int | None = None, label: "str" = "") -> dict[str, list[int]]:
    total: int = 0
    for x in xs:
        total = total + x
    return total


print(ratio, limit, names, pair, maybe, tree)
print(scale(3, 1.5), typed([1, 2, 3]))
pending: note("bare")
