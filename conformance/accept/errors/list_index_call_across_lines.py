def position(xs, v):
    return (xs
            .index(v))


print(position([1, 2], 2))
print(position([1, 2], 3))
