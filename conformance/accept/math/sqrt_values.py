# math.sqrt on perfect squares, irrational roots and large values.
import math

for n in [0, 1, 2, 4, 9, 10, 12345678987654321]:
    print(n, math.sqrt(n))
for x in [0.25, 1e-10, 1e100, 2.0, 1e-320]:
    print(x, math.sqrt(x))
print(math.sqrt(2) * math.sqrt(2), math.sqrt(2) ** 2 == 2)
hyp = math.sqrt(3 ** 2 + 4 ** 2)
print(hyp, int(hyp), math.sqrt(-0.0))
