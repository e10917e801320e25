# raise, raise e, a bare raise, raise ... from, and the state after a handler.
def risky(n):
    if n % 3 == 0:
        raise ValueError(f"bad {n}")
    return n


def wrapper(n):
    try:
        return risky(n)
    except ValueError:
        print("wrapper saw it, re-raising")
        raise


def translate(n):
    try:
        return risky(n)
    except ValueError as e:
        raise KeyError(n) from e


def quiet(n):
    try:
        return risky(n)
    except ValueError:
        raise LookupError("hidden") from None


for n in [1, 3]:
    try:
        print(wrapper(n))
    except ValueError as e:
        print("outer:", e)
    try:
        print(translate(n))
    except KeyError as e:
        print("translated:", repr(e))
    try:
        print(quiet(n))
    except LookupError as e:
        print("quiet:", e)

saved = None
try:
    risky(6)
except ValueError as e:
    print("caught", e)
try:
    raise IndexError("first")
except IndexError as first:
    try:
        raise first
    except IndexError as again:
        print("same", again, repr(again))


def again_and_again(k):
    try:
        if k > 0:
            again_and_again(k - 1)
        else:
            raise ArithmeticError("bottom")
    except ArithmeticError as e:
        print("level", k, e)
        if k < 2:
            raise


try:
    again_and_again(4)
except ArithmeticError as e:
    print("top", e)
