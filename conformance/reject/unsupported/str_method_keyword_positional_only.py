# strip's argument is positional-only (CPython: TypeError); pyforac rejects the call.
print(" a ".strip(chars=" "))  # expect-error: unsupported
