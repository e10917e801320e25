def build(items):
    return {items[0], items}


print(build((1, 2)))
print(build([1, 2]))
