# ValueError from max() of an empty list built by a filter.
def largest_above(xs, bound):
    return max([x for x in xs if x > bound])


print(largest_above([3, 9, 4], 3))
print(largest_above([3, 9, 4], 10))
