# Cases found by the second divergence hunt.
import sys


def work(n):
    return n * n


def main():
    # parallel work in a function that never returns normally
    r = work(3) + work(4)
    print(r)
    try:
        sys.exit(0 if r == 25 else 1)
    except SystemExit as e:
        print("exit", repr(e), e.args)
    try:
        sys.exit(None)
    except SystemExit as e:
        print(repr(e), e.args)
    try:
        sys.exit((1, 2))
    except SystemExit as e:
        print(repr(e), e.args)
    try:
        sys.exit("text")
    except SystemExit as e:
        print(repr(e), e.args)
    try:
        a, b = []
    except ValueError as e:
        print(e)
    try:
        raise KeyError("k")
    except ():
        print("never")
    except KeyError as e:
        table = {e: 1}
        print(table[e], e in table, len({e, e}))
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
        finally:
            for j in range(3):
                if j == 1:
                    break
            print("finally", i, j)
    raise SystemExit((3,))


if __name__ == "__main__":
    main()
