# The fill character must be one character.
print("a".ljust(3, "-"))
print("a".center(5, "ab"))
