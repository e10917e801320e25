# From a try/except divergence hunt: a program in the style of users' code.
import sys
def main(argv):
    try:
        n = int(argv[1])
    except IndexError:
        sys.exit("usage: prog N")
    except ValueError as e:
        sys.exit(f"bad N: {e}")
    return n
print(main(["prog", "5"]))
main(["prog", "five"])
