# The fake compiler rejects this file; status.txt expects the compile failure.
print("not compiled")  # fake-compile-error
