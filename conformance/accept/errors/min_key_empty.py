print(min([3, 1], key=lambda v: -v))
print(min([], key=lambda v: -v))
