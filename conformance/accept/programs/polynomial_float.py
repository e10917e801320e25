# Float polynomials: Horner evaluation, products, and Newton's method on them.
def evaluate(p, x):
    result = 0.0
    for c in p[::-1]:
        result = result * x + c
    return result


def mul(p, q):
    out = [0.0] * (len(p) + len(q) - 1)
    for i in range(len(p)):
        for j in range(len(q)):
            k = i + j
            out = out[:k] + [out[k] + p[i] * q[j]] + out[k + 1:]
    return out


def derivative(p):
    return [i * p[i] for i in range(1, len(p))]


def newton(p, x, steps):
    dp = derivative(p)
    for _ in range(steps):
        x = x - evaluate(p, x) / evaluate(dp, x)
    return x


fp = [0.5, -1.25, 2.0]
print(evaluate(fp, 0.1), evaluate(fp, -2.5), mul(fp, fp), derivative(fp))
cubic = [-2.0, 0.0, 0.0, 1.0]
root = newton(cubic, 1.0, 8)
print(root, root * root * root, evaluate(cubic, root))
print([evaluate(mul([1.0, 1.0], [1.0, -1.0]), x / 4) for x in range(-4, 5)])
