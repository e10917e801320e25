text = "key=value; other=thing"
print(text.index("=", 4))
print(text.index(";", 0, 5))
