# Attributes of exceptions other than args are not compiled yet.
try:
    int("x")
except ValueError as e:
    print(e.__traceback__)  # expect-error: unsupported
