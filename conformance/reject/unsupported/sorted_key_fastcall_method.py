# str.strip as a key is called generically from C: not emulated yet.
print(sorted([" b", "a "], key=str.strip))  # expect-error: unsupported
