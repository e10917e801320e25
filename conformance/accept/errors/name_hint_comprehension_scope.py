# Inside a list comprehension the local candidates are the comprehension's own variables: the
# enclosing function's 'scale' is not offered for 'scal'.
def f(xs):
    scale = 3
    return [x * scal for x in xs]


print(f([1, 2]))
