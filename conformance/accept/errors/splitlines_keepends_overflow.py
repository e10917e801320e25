def lines(s, keep):
    return s.splitlines(keep)


print(lines("a\nb", 2 ** 31 - 1), lines("a\nb", -2 ** 31))
print(lines("a\nb", 2 ** 31))
