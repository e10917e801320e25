# A bare raise keeps the traceback of the original exception (frames and lines).
def inner(x):
    return 10 // x


def middle(x):
    try:
        return inner(x)
    except ZeroDivisionError:
        print("middle logs and re-raises")
        raise


def outer(x):
    try:
        return middle(x)
    finally:
        print("outer cleanup")


print(outer(5))
print(outer(0))
