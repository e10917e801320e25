# Found by prog-fuzz: a math function of a fresh int|float value leaked its box (the ownership
# verifier stopped the compile).
import math

print(math.exp(min(0, 1.0)))
x = 0 or 1.0
print(math.exp(x / 2))
print(math.floor(min(2, 1.5)))
