print(ord("A"))
print(ord(65))
