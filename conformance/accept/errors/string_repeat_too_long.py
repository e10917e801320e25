# Repeating a str past the largest possible length is an OverflowError, not a MemoryError.
word = "ab"
print(len(word * 3))
print(len(word * 2 ** 62))
