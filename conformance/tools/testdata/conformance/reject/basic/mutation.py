xs = [1, 2, 3]
xs.append(4)  # expect-error: mutation-call
ys = [0]
ys[0] = 5  # expect-error: item-assignment
zs = [7]; zs.append(len(zs)); zs[0] = 1  # expect-error: mutation-call, item-assignment
print(xs, ys, zs)
