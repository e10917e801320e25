# Large values that still fit in 64 bits, computed several ways.
def factorial(n):
    result = 1
    for k in range(2, n + 1):
        result = result * k
    return result


for n in [0, 1, 5, 10, 15, 19, 20]:
    print(n, factorial(n))
print(10 ** 18, 10 ** 18 + 10 ** 18 * 8)
print(9223372036854775807, -9223372036854775807)
big = 4611686018427387904
print(big, big - 1 + big, big // 3, big % 1000003)
fibs = [0, 1]
while len(fibs) < 91:
    fibs = fibs + [fibs[-1] + fibs[-2]]
print(fibs[90], fibs[-1] % 1000000007)
print(sum([2 ** k for k in range(62)]))
