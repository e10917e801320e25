# The Josephus problem, simulated by rebuilding the circle as a new list each round.
def josephus_order(n, k):
    circle = [i for i in range(1, n + 1)]
    order = []
    index = 0
    while len(circle) > 0:
        index = (index + k - 1) % len(circle)
        order = order + [circle[index]]
        circle = circle[:index] + circle[index + 1:]
    return order


def survivor(n, k):
    pos = 0
    for m in range(2, n + 1):
        pos = (pos + k) % m
    return pos + 1


print(josephus_order(7, 3))
print(josephus_order(10, 2))
for n in [1, 5, 41, 100, 1000]:
    print(n, josephus_order(n, 3)[-1], survivor(n, 3))
print([survivor(n, 2) for n in range(1, 33)])
