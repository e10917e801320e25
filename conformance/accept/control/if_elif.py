# if / elif / else chains.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"


def grade(score):
    if score >= 90:
        letter = "A"
    elif score >= 80:
        letter = "B"
    elif score >= 70:
        letter = "C"
    else:
        letter = "F"
    return letter


for n in [-5, 0, 3, 10, 99, 100, 12345]:
    print(n, classify(n))
print([grade(s) for s in [95, 90, 89.5, 80, 75, 12]])
x = 7
if x % 2 == 0:
    print("even")
else:
    print("odd")
if x > 5:
    if x > 6:
        print("above six")
    print("above five")
