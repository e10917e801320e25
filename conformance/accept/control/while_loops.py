# while loops with counters, sentinels and compound conditions.
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("steps", steps)
i = 0
total = 0
while i < 10 and total < 20:
    total += i
    i += 1
print(i, total)
k = 10
while k:
    k -= 3 if k >= 3 else k
    print(k, end=" ")
print()
power = 1
while power * 2 <= 1000:
    power *= 2
print(power)
x = 1.0
while x > 1e-3:
    x = x / 7
print(x)
