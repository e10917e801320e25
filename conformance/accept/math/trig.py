# math.sin / math.cos at special angles and a few identities.
import math

for k in range(9):
    angle = k * math.pi / 4
    print(k, angle, math.sin(angle), math.cos(angle))
print(math.sin(0), math.cos(0), math.sin(math.pi / 6), math.cos(math.pi / 3))
x = 0.7
print(math.sin(x) ** 2 + math.cos(x) ** 2, math.sin(-x) == -math.sin(x))
print(math.sin(1e6), math.cos(-123.456), math.sin(1e-8))
