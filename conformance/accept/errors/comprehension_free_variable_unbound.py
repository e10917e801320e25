# Inside a generator expression (a nested function in CPython 3.11) the function's local
# that is not assigned yet is a free variable: NameError, not UnboundLocalError.
def total():
    print(sum(k * scale for k in range(3)))
    scale = 2
    return scale


print(total())
