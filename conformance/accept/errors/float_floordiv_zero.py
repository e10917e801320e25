# Float floor division by zero has its own message.
def per_unit(total, units):
    return total // units


print(per_unit(10.0, 4.0), per_unit(-10.0, 4.0))
print(per_unit(7.5, 0.0))
