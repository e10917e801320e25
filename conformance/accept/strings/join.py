# str.join over lists of strings.
words = ["immutable", "values", "are", "easy", "to", "share"]
print(" ".join(words))
print(", ".join(words), "-".join(["a"]), "[" + ", ".join([]) + "]")
print("".join(["x", "y", "z"]), len("".join(words)))
numbers = [3, 1, 4, 1, 5, 9, 2, 6]
print(" + ".join([str(n) for n in numbers]), "=", sum(numbers))
print("\n".join(["line " + str(i) for i in range(3)]))
sep = " | "
print(sep.join([w[:3] for w in words if len(w) > 3]))
print("->".join([str(x * 0.5) for x in range(4)]))
