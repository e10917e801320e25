# find with start/end bounds is not compiled yet.
print("abcabc".find("b", 2))  # expect-error: unsupported
