# list.index of an absent value: ValueError with its repr.
xs = ["a", "b"]
print(xs.index("b"))
print(xs.index("c"))
