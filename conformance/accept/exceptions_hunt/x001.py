# From a try/except divergence hunt: a program in the style of users' code.
samples = ["\x00", "é", "\u200b", "\x7f", "\t\r\n", "\\", "'", "\"", "'\"", "日本", "\U0001f600", "\x1b[0m", "\u00a0", "\ud7ff", "a\x85b", "\u2028"]
for s in samples:
    try:
        raise KeyError(s)
    except KeyError as e:
        print(str(e), repr(e))
    try:
        raise ValueError(s, 1)
    except ValueError as e:
        print(str(e), repr(e))
