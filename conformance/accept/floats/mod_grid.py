# Float floor division and modulo: signs of zero results and of remainders follow the divisor.
values = [-7.5, -3.0, -0.5, -0.0, 0.0, 0.5, 3.0, 7.5]
for a in values:
    print(a, [(a // b, a % b) for b in [-2.0, -0.75, 0.75, 2.0]])
print(-1e-300 % 1.0, 1e-300 % -1.0, 1e300 % 3.0, -1e300 // 7.0)
print(6.0 % 2.0, -6.0 % 2.0, 6.0 % -2.0, -6.0 % -2.0)
print(0.1 % 0.01, 1.0 // 0.1, 1.0 % 0.1, 5 % 2.5, -5 // 2.5)
