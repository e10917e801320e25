# From a try/except divergence hunt: a program in the style of users' code.
def schedule(tasks, deps):
    order = []
    visiting = set()
    done = set()
    def_order = sorted(tasks)
    for t in def_order:
        order, visiting, done = visit(t, deps, order, visiting, done)
    return order

def visit(t, deps, order, visiting, done):
    if t in done:
        return order, visiting, done
    if t in visiting:
        raise RuntimeError(f"cycle detected at {t}")
    visiting = visiting | {t}
    for d in deps.get(t, []):
        order, visiting, done = visit(d, deps, order, visiting, done)
    return order + [t], visiting - {t}, done | {t}

print(schedule(["a", "b", "c"], {"a": ["b"], "b": ["c"]}))
try:
    schedule(["x", "y"], {"x": ["y"], "y": ["x"]})
except RuntimeError as e:
    print("error:", e)
schedule(["p"], {"p": ["p"]})
