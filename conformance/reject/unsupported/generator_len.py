# len() of a generator raises TypeError in CPython ("object of type 'generator' has no len()").
def count(items):
    return len(items)


print(count(x for x in range(3)))  # expect-error: unsupported
