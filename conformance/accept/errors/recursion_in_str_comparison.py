# str `==` and `!=` followed by a branch are specialised in CPython 3.11, `<` is not: at the
# recursion limit only the ordering comparison raises "... in comparison".
def spin(n, s):
    if s == "never" or n < 0:
        return 0
    if s < "b":
        return spin(n + 1, s) + 1
    return 0


print(spin(0, "zzz"), spin(995, "abc"))
print(spin(0, "abc"))
