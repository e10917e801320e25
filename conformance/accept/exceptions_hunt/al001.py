# From a try/except divergence hunt: a program in the style of users' code.
import sys

class UsageError(Exception):
    pass

def parse_args(argv):
    if len(argv) != 2:
        raise UsageError(f"expected 1 argument, got {len(argv) - 1}")
    return argv[1]

def main(argv):
    try:
        name = parse_args(argv)
    except UsageError as e:
        print(f"error: {e}")
        return 2
    print("hello", name)
    return 0

if __name__ == "__main__":
    rc = main(["prog", "world"])
    print("rc", rc)
    sys.exit(main(["prog"]))
