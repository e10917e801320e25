print(int("7f", 16))
print(int("8", 8))
