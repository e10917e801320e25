# sys.exit with a message prints it on stderr (no traceback) and ends with status 1; a call
# with no argument (or None) ends with status 0 and prints nothing.
import sys


def check(values):
    for v in values:
        if v < 0:
            sys.exit("error: negative value " + str(v))
    return len(values)


print(check([3, 1, 4]))
print(check([1, -5, 9]))
sys.exit()
