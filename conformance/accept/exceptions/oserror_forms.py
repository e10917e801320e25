# OSError(errno, strerror[, filename[, winerror[, filename2]]]): CPython picks the subclass
# by errno, shows "[Errno N] ..." and keeps two arguments when a filename is given.
for args in [(1, "a", None), (1, "a", "f", None, "g"), (2, "b", "f", 7)]:
    try:
        raise OSError(args[0], args[1], args[2])
    except OSError as e:
        print(type(e).__name__, e, e.args)
try:
    raise OSError(1, "a", "f", None, "g")
except OSError as e:
    print(type(e).__name__, e, e.args)
try:
    raise OSError("plain")
except OSError as e:
    print(type(e).__name__, e, e.args)
