# Conditional expressions, nested and inside other expressions.
def sign(x):
    return -1 if x < 0 else (0 if x == 0 else 1)


print([sign(x) for x in [-3, 0, 5, -0.5, 2.5]])
for n in range(1, 16):
    print("FizzBuzz" if n % 15 == 0 else "Fizz" if n % 3 == 0 else "Buzz" if n % 5 == 0 else n)
a, b = 3, 9
print(a if a > b else b, (a if a < b else b) * 10, "yes" if a else "no", "yes" if 0 else "no")
label = "even" if a % 2 == 0 else "odd"
print(label + "!")
