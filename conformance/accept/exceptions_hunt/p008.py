# From a try/except divergence hunt: a program in the style of users' code.
def classify(n):
    if n < 0:
        raise ValueError(n)
    return "even" if n % 2 == 0 else "odd"

def safe(n):
    try:
        return classify(n)
    except ValueError as e:
        return f"neg({e})"

out = {n: safe(n) for n in range(-3000, 3000, 7)}
print(len(out), out[-3000], out[2996], out[0])
s = {safe(n) for n in range(-50, 50)}
print(sorted(s)[:5], len(s))
