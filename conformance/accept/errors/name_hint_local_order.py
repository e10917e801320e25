# NameError hints offer a function's locals in order of first appearance (ties: the first).
def f(alpha):
    zb = alpha
    ab = zb + 1
    return xb + ab


print(f(1))
