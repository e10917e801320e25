# A module-level annotation is evaluated after the value is stored: its error stops the
# program there.
total: int = 5
print(total)
scale: 1 / 0 = 2
print("not reached", scale)
