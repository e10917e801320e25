# Integer polynomials as immutable lists of coefficients (lowest degree first).
def trim(p):
    while len(p) > 1 and p[-1] == 0:
        p = p[:-1]
    return p


def add(p, q):
    n = max(len(p), len(q))
    return trim([(p[i] if i < len(p) else 0) + (q[i] if i < len(q) else 0) for i in range(n)])


def mul(p, q):
    out = [0] * (len(p) + len(q) - 1)
    for i in range(len(p)):
        for j in range(len(q)):
            k = i + j
            out = out[:k] + [out[k] + p[i] * q[j]] + out[k + 1:]
    return trim(out)


def evaluate(p, x):
    result = 0
    for c in p[::-1]:
        result = result * x + c
    return result


def derivative(p):
    return trim([i * p[i] for i in range(1, len(p))]) if len(p) > 1 else [0]


def show(p):
    terms = []
    for i in range(len(p) - 1, -1, -1):
        c = p[i]
        if c == 0 and len(p) > 1:
            continue
        power = "" if i == 0 else ("x" if i == 1 else "x^" + str(i))
        coeff = str(c) if c != 1 or i == 0 else ""
        terms = terms + [coeff + power]
    return " + ".join(terms)


p = [1, -3, 0, 2]
q = [-1, 1]
print(show(p), "|", show(q))
print(show(add(p, q)), "|", show(mul(p, q)), "|", show(derivative(p)))
print([evaluate(p, x) for x in range(-3, 4)])
binomial = [1]
for _ in range(10):
    binomial = mul(binomial, [1, 1])
print(binomial, evaluate(binomial, 1), evaluate(binomial, -1))
