# try/except/else/finally with builtin exceptions raised by the runtime and by the program.
def to_int(s):
    try:
        n = int(s)
    except ValueError:
        print("not a number:", repr(s))
        return None
    else:
        print("parsed", n)
        return n
    finally:
        print("done with", s)


def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError as e:
        print("division failed:", e)
        return float("inf")


def lookup(table, key):
    try:
        value = table[key]
    except KeyError as err:
        print("missing key", err, err.args)
        value = -1
    return value


def first(xs):
    try:
        return xs[0]
    except (IndexError, TypeError) as e:
        print(type(e).__name__, "-", e)
        return None


for s in ["42", "4x2", " 7 ", ""]:
    print(to_int(s))
print(safe_div(1, 4), safe_div(3, 0))
table = {"a": 1, "b": 2}
print(lookup(table, "a"), lookup(table, "z"))
print(first([9, 8]), first([]))

# nested try statements; the inner handler does not match
try:
    try:
        print([1, 2, 3][10])
    except KeyError:
        print("wrong handler")
    finally:
        print("inner finally")
except LookupError as e:
    print("outer caught", repr(e))

# a bare except and an except Exception
for thing in [0, 1, 2]:
    try:
        if thing == 0:
            raise ValueError("zero")
        elif thing == 1:
            assert thing > 5, "too small"
        else:
            print(10 // (thing - 2))
    except Exception as e:
        print("Exception:", type(e).__name__, e)
    except:
        print("unreachable")

try:
    pass
except ValueError:
    print("never")
else:
    print("else runs when nothing was raised")
finally:
    print("finally always runs")
