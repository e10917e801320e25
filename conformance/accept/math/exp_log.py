# math.exp and math.log, including their inverse relation.
import math

for x in [0.0, 1.0, -1.0, 0.5, 10.0, -10.0, 100.0, 700.0]:
    print(x, math.exp(x))
for y in [1.0, 2.0, 10.0, 0.5, 1e-10, 1e100, 123456789.0]:
    print(y, math.log(y))
for y in [1, 2, 10, 123456789]:
    print(y, math.log(y))
print(math.log(math.exp(3.5)), math.exp(math.log(42)))
print(math.log(1024) / math.log(2), math.exp(-745), math.exp(-746))
