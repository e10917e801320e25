# sys.exit of a value that is an int on one path and a str on another: the status or the
# message is chosen at run time (not compiled yet).
import sys


def status(ok):
    return 0 if ok else "failed"


sys.exit(status(True))  # expect-error: unsupported
