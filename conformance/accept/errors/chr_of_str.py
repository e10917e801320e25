print(chr(65))
print(chr("A"))
