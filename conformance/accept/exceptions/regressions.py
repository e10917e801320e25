# Cases found by divergence hunts (each once printed or compiled differently from CPython).
import math


def first_int(texts):
    # a return inside a try whose loop iterates over a list
    for s in texts:
        try:
            return int(s)
        except ValueError:
            pass
    return 0


def total_of(xs):
    # sum() of a comprehension inside a try body
    try:
        t = sum([v * 2 for v in xs])
        return t
    except ValueError:
        return -1


def deepest(n):
    # a new exception raised in the handler of RecursionError at the limit
    try:
        return deepest(n + 1)
    except RecursionError:
        raise KeyError(n)


def handler_name_gone():
    try:
        try:
            raise ValueError("a")
        except ValueError as e:
            raise KeyError("b")
    except KeyError:
        pass
    try:
        return e
    except UnboundLocalError as err:
        return str(err)


print(first_int(["zz", "7", "8"]), first_int([]))
print(total_of([1, 2, 3]))
try:
    deepest(0)
except KeyError as e:
    print("deepest", e)
print(handler_name_gone())

try:
    x = 10.0 ** 400
except OverflowError as e:
    print(repr(e), e.args, e)
for errno, text in [(2, "No such file or directory"), (13, "Permission denied"),
                    (32, "Broken pipe"), (99, "Odd")]:
    try:
        raise OSError(errno, text)
    except OSError as e:
        print(type(e).__name__, str(e), repr(e))
try:
    raise PermissionError(13, "Permission denied", "secret.txt")
except OSError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
try:
    raise FileNotFoundError(2, "No such file or directory", "data.csv")
except LookupError:
    print("wrong")
except OSError as e:
    print(type(e).__name__, e)

try:
    raise KeyError("k")
except KeyError as e:
    print([e], (e, 1), {"err": e})
    errors = [e, e]
    print(len(errors), errors[1])

xs = [1, 2, 3]
for i in range(3):
    try:
        copies = [y for y in xs]
        ranked = sorted(xs, key=lambda v: -v)
    except ValueError:
        pass
    xs = xs + [i]
print(xs, copies, ranked)

try:
    print(undefined_value)
except NameError as e:
    print("str:", str(e), e.args)
print(math.sqrt(16))
