# Integer modulo by zero inside a loop body.
def is_multiple(n, k):
    return n % k == 0


count = 0
for k in range(5, -1, -1):
    if is_multiple(60, k):
        count += 1
    print(k, count)
