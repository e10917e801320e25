# Augmented assignment on numbers rebinds the local name.
count = 0
for i in range(10):
    count += i
print(count)
total = 100
total -= 35
total *= 3
print(total)
x = 5
y = x
x += 10
print(x, y)
acc = 1
for k in range(1, 11):
    acc *= k
    acc -= 1
print(acc)
mixed = 1
mixed += 0.5
print(mixed)
