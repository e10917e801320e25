# A comparison whose value is kept (not only branched on) is never specialised by CPython
# 3.11: at the recursion limit it raises RecursionError "... in comparison".
def walk(n):
    small = n < 5
    if n > 3000:
        return 0
    return walk(n + 1) + small


print(walk(2990))
print(walk(0))
