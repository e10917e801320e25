# A function that uses a module before the import statement has run: NameError, as in CPython.
def distance(x, y):
    return math.sqrt(x * x + y * y)


print("start")
print(distance(3.0, 4.0))
import math
