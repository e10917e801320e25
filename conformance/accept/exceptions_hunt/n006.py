# From a try/except divergence hunt: a program in the style of users' code.
def f(items):
    return {
        k: 100 // v
        for k, v in items.items()
    }
print(f({"a": 1}))
f({"a": 1, "b": 0})
