# finally bodies run as an uncaught exception passes, innermost first.
def level(n):
    try:
        if n == 0:
            raise RuntimeError("deep failure")
        level(n - 1)
    finally:
        print("unwinding level", n)


try:
    level(2)
except RuntimeError as e:
    print("caught:", e)
level(3)
