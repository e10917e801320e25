# The separator is a str or an int depending on the argument: rejected.
def f(flag):
    sep = "," if flag else 1
    return "a,b".split(sep)  # expect-error: unsupported


print(f(True))
