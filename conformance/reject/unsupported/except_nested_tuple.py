# A tuple inside an except clause's tuple (CPython's TypeError when it is tested) is not
# compiled.
try:
    [][1]
except (ValueError, (KeyError, IndexError)) as e:  # expect-error: unsupported
    print(e)
