# 'except*' (exception groups) is not compiled yet.
try:  # expect-error: unsupported
    print(1)
except* ValueError:
    print("group")
