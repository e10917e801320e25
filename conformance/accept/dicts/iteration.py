# Iterating over dicts and their views, in insertion order.
stock = {"apple": 3, "pear": 0, "fig": 12, "kiwi": 7}
for fruit in stock:
    print(fruit, stock[fruit])
for fruit, n in stock.items():
    if n:
        print(f"{fruit:>6}: {n}")
print(list(stock), list(stock.keys()), list(stock.values()), list(stock.items()))
print(sorted(stock), sorted(stock.values()), sorted(stock.items(), key=lambda kv: kv[1]))
print(sum(stock.values()), max(stock.values()), min(stock), len(stock))
print(max(stock, key=lambda k: stock[k]), [k for k, v in stock.items() if v > 5])
print({v: k for k, v in stock.items()}, any(v == 0 for v in stock.values()))
print(", ".join(stock), ", ".join(f"{k}={v}" for k, v in stock.items()))
for i, (k, v) in enumerate(stock.items()):
    print(i, k, v)
inverted = {}
for k, v in stock.items():
    inverted = {**inverted, v % 2: inverted.get(v % 2, "") + k[0]}
print(inverted)
print(len(stock.keys()), len(stock.items()), "-".join(stock.keys()), "+".join(stock))
print(max(stock.items(), key=lambda kv: [kv[1], len(kv[0])]), min([[3, 1], [2, 9]], key=lambda p: [p[1]]))
