# 0/1 knapsack by dynamic programming; each row is a new immutable list.
def knapsack(items, capacity):
    row = [0] * (capacity + 1)
    for weight, value in items:
        row = [row[w] if w < weight else max(row[w], row[w - weight] + value)
               for w in range(capacity + 1)]
    return row


def chosen(items, capacity):
    rows = [[0] * (capacity + 1)]
    for weight, value in items:
        prev = rows[-1]
        rows = rows + [[prev[w] if w < weight else max(prev[w], prev[w - weight] + value)
                        for w in range(capacity + 1)]]
    picks = []
    w = capacity
    for i in range(len(items), 0, -1):
        if rows[i][w] != rows[i - 1][w]:
            picks = [i - 1] + picks
            w -= items[i - 1][0]
    return picks


items = [(12, 4), (2, 2), (1, 1), (1, 2), (4, 10)]
best = knapsack(items, 15)
print(best)
print("best value:", best[15], "items:", chosen(items, 15))
more = [(w, (w * 37) % 23 + 1) for w in range(1, 30)]
print(knapsack(more, 50)[-1], chosen(more, 50))
