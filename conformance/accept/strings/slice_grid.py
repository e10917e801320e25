# Every slice s[i:j:k] of a short string over a grid of bounds and steps.
s = "abcdé"
for k in [-3, -2, -1, 1, 2, 3]:
    for i in [-7, -5, -2, 0, 2, 4, 7]:
        print(k, i, "|".join([s[i:j:k] for j in [-7, -5, -2, 0, 2, 4, 7]]))
print(s[::3], s[:2:-1], s[-1::-2], s[5::-1], s[6::-1])
