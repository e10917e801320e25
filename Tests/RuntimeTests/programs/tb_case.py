# The Python twin of tb_main.c: run.sh compares the runtime's stdout, stderr traceback and exit
# status with CPython running this file. Keep the line numbers in step with tb_main.c.
import sys


def divide(a, b):
    return a // b


def index(xs, i):
    return xs[i]


def recurse(n):
    if n == 0:
        return 1.0 / n
    return recurse(n - 1)


def main(case):
    print("before", case)
    if case == "ok":
        print([1, 2.5, "a", (1,), None, True], (), sep=" | ", end="!\n")
        return
    if case == "zero":
        divide(1, 0)
    elif case == "index":
        index([1, 2], 5)
    elif case == "value":
        int("abc")
    elif case == "assert":
        assert 1 == 2
    elif case == "recursion":
        recurse(12)
    elif case == "deep":
        recurse(2000)
    elif case == "bigout":
        for i in range(20000):
            print("line", i, "é" * (i % 7))
        1 % 0
    print("not reached")


def frames(n):
    if n == 0:
        return 0
    return frames(n - 1) + 1


if sys.argv[1] == "bigframes":
    print("before", sys.argv[1])
    print(frames(990))
else:
    main(sys.argv[1])
