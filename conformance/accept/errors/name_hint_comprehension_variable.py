# A comprehension's own variable is offered for a misspelt name inside it.
def f():
    return [valu for value in [1, 2]]


print(f())
