# The builtins module object is not compiled: rejected, not a NameError at run time.
print(__builtins__)  # expect-error: unsupported
