# Errors the runtime raises, caught: recursion, asserts, conversions, sys.exit.
import sys


def deep(n):
    return deep(n + 1) + 1


try:
    deep(0)
except RecursionError as e:
    print("recursion:", e)


def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n


print(depth(0) > 900)

for text in ["3", "x", "1e3"]:
    try:
        print(float(text) if "e" in text else int(text))
    except (ValueError, OverflowError) as e:
        print("bad:", e)

try:
    assert 1 + 1 == 3, ("math", 2)
except AssertionError as e:
    print("assert:", e.args, repr(e))

try:
    sys.exit(4)
except SystemExit as e:
    print("exit caught", e, e.args)

try:
    sys.exit("message")
except Exception:
    print("not an Exception")
except BaseException as e:
    print("base:", type(e).__name__, e)

try:
    print(undefined_name)
except NameError as e:
    print("name:", e)

values = [1, 2, 3]
try:
    a, b = values
except ValueError as e:
    print("unpack:", e)
print("end")
sys.exit(2)
