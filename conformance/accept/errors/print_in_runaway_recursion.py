# A runaway recursion that prints: CPython's print needs two more levels of the recursion
# limit, so the last line printed and the traceback's last frame are print's.
def f(n):
    print(n)
    f(n + 1)


f(1)
