# Iterating over a value that may be a list, a dict or a set (a union) goes over its items:
# a dict's keys, a set's elements, as CPython.
def pick(k):
    if k == 0:
        return [10, 20]
    if k == 1:
        return {"a": 1, "b": 2}
    return {7, 8}

def items(v):
    out = []
    for x in v:
        out = out + [str(x)]
    return out

print(items(pick(0)))
print(items(pick(1)))
print([str(x) for x in pick(2)])

# The same through an exception's args (typed as a union of what was raised):
def g():
    try:
        raise ValueError({"x": 1, "y": 2})
    except ValueError as e:
        return [str(k) for k in e.args[0]]

print(g())
