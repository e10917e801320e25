# A name bound by a math import that the module also assigns another value.
from math import sqrt  # expect-error: unsupported

print(sqrt(4.0))
sqrt = 5
print(sqrt)
