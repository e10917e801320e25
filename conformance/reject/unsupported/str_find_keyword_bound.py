# find takes no keyword arguments (CPython: TypeError); pyforac rejects the call.
print("abcabc".find("b", start=2))  # expect-error: unsupported
