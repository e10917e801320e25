# CPython reads the builtin len until the def below runs, then the module's: pyforac rejects
# rebinding a builtin's name after module code has run.
print(len("abc"))


def len(x):  # expect-error: unsupported
    return 42


print(len("abc"))
