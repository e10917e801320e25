# Functions calling each other recursively.
def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


def hofstadter_f(n):
    return 1 if n == 0 else n - hofstadter_m(hofstadter_f(n - 1))


def hofstadter_m(n):
    return 0 if n == 0 else n - hofstadter_f(hofstadter_m(n - 1))


print([is_even(n) for n in range(6)], is_odd(99), is_even(200))
print([hofstadter_f(n) for n in range(15)])
print([hofstadter_m(n) for n in range(15)])
