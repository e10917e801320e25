# Positional parameters with default values.
def greet(name, greeting="hello", punctuation="!"):
    return greeting + ", " + name + punctuation


def scale(xs, factor=2, offset=0):
    return [x * factor + offset for x in xs]


def clamp(x, lo=0.0, hi=1.0):
    return lo if x < lo else hi if x > hi else x


print(greet("ada"))
print(greet("bob", "hi"))
print(greet("cy", "hey", "?"))
print(scale([1, 2, 3]), scale([1, 2, 3], 10), scale([1, 2, 3], 10, -1))
print([clamp(v) for v in [-0.5, 0.25, 1.5]], clamp(5.0, 0.0, 10.0), clamp(-3.0, -1.0))
