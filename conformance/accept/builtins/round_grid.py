# round(x, n) is correctly rounded from the exact binary value; ties go to even.
xs = [0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 1.0049999999999999, 12345.6789, -12345.6789,
      5e-5, 0.285, 0.015, 1234567.5, -0.5, 1e16 + 2, 99.995]
for x in xs:
    print(x, [round(x, n) for n in range(-2, 4)], round(x))
print([round(k + 0.5) for k in range(-5, 6)])
print([round(k / 8, 2) for k in range(-10, 11)])
