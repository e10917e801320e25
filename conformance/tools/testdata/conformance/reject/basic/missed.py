xs = [1, 2, 3]
xs.append(4)  # expect-error: mutation-call
xs[0] = 9  # expect-error: item-assignment  # fake-silent
print(xs)
