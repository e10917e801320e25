print(hex(3))
print(hex(3.0))
