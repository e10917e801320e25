# sum and len over lists, tuples, strings and ranges.
print(sum([1, 2, 3]), sum([]), sum([0.1, 0.2, 0.3]), sum([x for x in range(101)]))
print(len([1, 2, 3]), len(()), len((1,)), len("héllo"), len(""), len([0] * 10))
print(sum([i for i in range(10)]), sum([-1.5, 1.5]), sum([-3, 3]))
nested = [[1, 2], [3], [], [4, 5, 6]]
print(sum([len(row) for row in nested]), sum([sum(row) for row in nested]))
print(sum([1e100, 1.0, -1e100]), sum([0.1] * 3))
