# and / or / not: truth values, the value returned, and short-circuit evaluation.
def check(name, value):
    print("check", name)
    return value


print(True and False, True or False, not True, not 0, not "", not [1])
print(0 or 5, 3 and 4, 0 and 4, "" or "default", "x" or "y", [] or [1])
print(None or 0.5, 2.5 and 0.0)
r = check("a", False) and check("b", True)
print("result", r)
r = check("c", True) or check("d", True)
print("result", r)
r = check("e", 0) or check("f", 7) and check("g", 8)
print("result", r)
x = 5
print(x > 0 and x < 10, x < 0 or x > 3, not (x == 5))
print(not x > 10 and x != 4)
