# isinstance() of a value that may be of several types is not compiled yet.
def pick(flag):
    return 1 if flag else "one"


print(isinstance(pick(True), int))  # expect-error: unsupported
