# From a try/except divergence hunt: a program in the style of users' code.
scores = {"ann": 3, "bob": 0, "cy": 5}
try:
    ratios = {k: 10 // v for k, v in scores.items()}
except ZeroDivisionError as e:
    print("dictcomp:", e)
try:
    s = {10 // v for v in scores.values()}
except ZeroDivisionError as e:
    print("setcomp:", e)
try:
    t = sum(10 // v for v in scores.values())
except ZeroDivisionError as e:
    print("genexpr:", e)
print(any(10 // v > 100 for v in [1, 2, 0]))
