print([1, 2] * 2)
print(2.5 * [1])
