class Poly:
    def __init__(self, coeffs):
        self.coeffs = coeffs

    def __call__(self, x):
        return sum(c * x ** i for i, c in enumerate(self.coeffs))


p = Poly([1, 2, 3])
print(p(0), p(2), [p(x) for x in range(4)])
