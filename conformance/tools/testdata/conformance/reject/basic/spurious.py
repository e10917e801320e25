xs = [1, 2, 3]
xs.append(4)  # expect-error: mutation-call
print(xs)  # fake-error: bogus-check
