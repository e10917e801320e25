# Exception objects made without raising them, raised later; isinstance() and type(x).__name__
# of values whose type is known.
def check(v):
    if not isinstance(v, (int, float)):
        raise TypeError(f"expected a number, got {type(v).__name__}")
    return v * 2

print(isinstance(3, int), isinstance(True, int), isinstance(2.5, int), isinstance("a", (list, str)))
print(isinstance([1], list), isinstance((1,), tuple), isinstance({1: 2}, dict), isinstance({1}, set))
print(isinstance(None, object), isinstance(3, bool))
print(check(4), check(1.5))
try:
    check("x")
except TypeError as e:
    print("type error:", e)
err = ValueError("stored", 3)
print(repr(err), err.args)
errors = [KeyError("a"), IndexError(), RuntimeError("boom")]
for e in errors:
    print(type(e).__name__, e)
try:
    raise errors[2]
except RuntimeError as e:
    print("raised stored:", e)
def fail():
    raise err
try:
    fail()
except ValueError as e:
    print("same", e)


def describe(x):
    return f"{type(x).__name__}:{isinstance(x, (int, str))}"


print(describe(1), describe("s"), describe(2.0), describe([1]), describe((1, "a")), describe(None),
      describe({"k": 1}), describe(True), describe(frozenset([1])))
warnings = []
for i in range(4):
    if i % 2:
        warnings = warnings + [LookupError(i)]
print(warnings, [str(w) for w in warnings])
