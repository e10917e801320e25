# From a try/except divergence hunt: a program in the style of users' code.
def check(v):
    assert v > 0, f"value must be positive, got {v}"
    return v

for v in [3, -1]:
    try:
        check(v)
    except AssertionError as e:
        print("assert:", e, e.args)
try:
    assert 1 == 2
except AssertionError as e:
    print("bare assert:", repr(e), e.args)
try:
    assert False, (1, "two")
except AssertionError as e:
    print("tuple msg:", str(e), repr(e), e.args)
try:
    assert [], 42
except AssertionError as e:
    print("int msg:", str(e), repr(e))
check(-5)
