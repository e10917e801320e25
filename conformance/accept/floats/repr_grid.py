# Shortest round-trip repr of many computed floats.
print([i / 7 for i in range(1, 15)])
print([1.1 * 10.0 ** k for k in range(-6, 20, 3)])
print([2.0 ** -k for k in range(0, 60, 7)])
print([0.1 * k for k in range(12)])
print([k / 3 * 3 for k in range(1, 10)])
print([1e15 + k / 4 for k in range(5)], [1e16 + k for k in range(0, 5)])
print([9.999999999999999e22, 1e23 * 10, 123e-320, 2.5e-308, 4.9406564584124654e-324])
print([float(10 ** k) for k in range(14, 18)], [10.0 ** -k for k in range(3, 7)])
x = 1.0
steps = []
for _ in range(8):
    x = x * 3.3
    steps = steps + [x]
print(steps)
