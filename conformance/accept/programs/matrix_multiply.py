# Matrix multiplication and powers on immutable lists of lists.
def matmul(a, b):
    cols = len(b[0])
    inner = len(b)
    return [[sum([a[i][k] * b[k][j] for k in range(inner)]) for j in range(cols)]
            for i in range(len(a))]


def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]


def matpow(m, e):
    result = m
    e = e - 1
    while e > 0:
        if e % 2 == 1:
            result = matmul(result, m)
        e = e // 2
        if e > 0:
            m = matmul(m, m)
    return result


def show(m):
    for row in m:
        print(" ".join([str(v) for v in row]))


a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(matmul(a, b))
show(matmul(b, a))
show(matmul(identity(3), b))
fib = matpow([[1, 1], [1, 0]], 90)
print("fib(90) =", fib[0][1])
f = [[0.5, 0.25], [0.125, 1.5]]
print(matmul(f, f), matpow(f, 5)[1])
