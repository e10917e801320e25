print("aa".replace("a", "b"))
print("aa".replace("a", 1))
