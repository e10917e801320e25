# str.upper takes no arguments (CPython: TypeError); pyforac rejects the call.
print("a".upper(1))  # expect-error: unsupported
