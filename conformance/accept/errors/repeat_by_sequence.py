# Multiplying a sequence by a non-int: CPython names the right operand's type when the left
# is a sequence, else the left's.
print("ab" * 2, 3 * "cd", [1] * 2, True * "x")
print("ab" * (2,))
