# A str holding a lone surrogate cannot be a pyforac str (UTF-8): rejected, never U+FFFD.
half = "\ud83d"  # expect-error: unsupported
label = 3
print(len(half), f"{label}\udc00")  # expect-error: unsupported
