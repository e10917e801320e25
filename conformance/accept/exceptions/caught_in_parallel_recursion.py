# An exception raised in a recursion that runs in parallel (tasks lent to other threads and
# ranks), caught by the caller: the tasks still running are abandoned and the job exits.
def score(n):
    t = 0
    for i in range(20000):
        t = (t + i * n) % 1009
    if n == 1500:
        raise ValueError(n)
    return t

def explore(n, depth):
    if depth == 0:
        return score(n)
    return explore(n * 2, depth - 1) + explore(n * 2 + 1, depth - 1)

try:
    print(explore(1, 10))
except ValueError as e:
    print("caught", e)
