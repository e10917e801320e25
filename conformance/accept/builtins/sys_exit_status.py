# sys.exit(n) ends the program with status n and no traceback; the output before it is kept.
import sys


def parse(words):
    total = 0
    for w in words:
        if len(w) == 0 or w[0] == "-":
            return -1
        total += int(w)
    return total


def main():
    args = sys.argv[1:]
    print("arguments:", len(args), args)
    total = parse(["12", "30"])
    print("total", total, total < sys.maxsize)
    if total > 40:
        sys.exit(3)
    print("not reached")


if __name__ == "__main__":
    main()
