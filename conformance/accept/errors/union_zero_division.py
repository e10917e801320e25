# Division by zero in an int | float: the message of the member's own division.
def pick(k):
    if k > 0:
        return 2.5
    return 4


print(10 / pick(1), 10 // pick(0), 10 % pick(1))
x = pick(0) - 4
y = pick(1) - 2.5
print(7 // (x + 1), 7 % (x + 3))
print(1.0 / y)
