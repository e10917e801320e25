# A recursive function whose local is only set on some paths: the copy inlined into its own
# calls must start with the local unset each time, like a call does.
def pick(n, flag):
    if flag:
        v = n * 2
    if n <= 0:
        return 0
    total = 0
    for i in range(2):
        total += pick(n - 1, i == 0)
    return total + v


print(pick(3, True))
print(pick(3, False))
