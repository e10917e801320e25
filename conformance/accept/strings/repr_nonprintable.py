# repr() escapes non-printable code points (per Unicode category) and keeps printable ones.
print(["\u00e9", "\u200b", "\x7f", "\xa0", "\u2028", "\U0001f40d", "\u0301"])
print(("\x1b[0m", "\r\n", "\x0c", "Ω"))
