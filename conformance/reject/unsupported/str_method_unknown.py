# A str method pyforac does not provide yet.
print("a\tb".expandtabs(4))  # expect-error: unsupported
