# zfill needs an integer width.
w = 2.0
print("7".zfill(3))
print("7".zfill(w))
