def outer():
    def counter():
        nonlocal count  # expect-error: syntax
        count = count + 1
        return count

    return counter


print(outer())
