print(divmod(7, 2.0))
print(divmod(1.5, 0))
