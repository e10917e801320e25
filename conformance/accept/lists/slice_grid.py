# Every slice xs[i:j:k] of a short list over a grid of bounds and steps.
xs = [10, 20, 30, 40, 50]
for k in [-3, -2, -1, 1, 2, 3]:
    for i in [-7, -5, -2, 0, 2, 4, 7]:
        print(k, i, [xs[i:j:k] for j in [-7, -5, -2, 0, 2, 4, 7]])
print(xs[::-1][1:4], xs[1:4][::-1], xs[-2:][::-2])
