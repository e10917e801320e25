# A bare `except:` that is not the last handler is CPython's SyntaxError.
try:
    print(1)
except:  # expect-error: syntax
    print("any")
except ValueError:
    print("value")
