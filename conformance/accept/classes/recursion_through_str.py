# Recursion through str() of instances ends in CPython's RecursionError, with its frames.
class L:
    def __init__(self, n, nxt):
        self.n = n
        self.nxt = nxt
    def __str__(self):
        return "x" if self.n == 0 else str(self.nxt)

x = L(0, None)
for i in range(1, 5000):
    x = L(i, x)
print(str(x))
