# split with an empty separator.
parts = "a b".split(" ")
print(parts)
print("a b".split(""))
