# Found by the session 5 divergence hunt (status 1 both; stdout differs): print converts and
# writes its arguments one at a time, so CPython has written "value: " before converting the
# second argument raises RecursionError; pyforac converts all arguments before writing.
def report(x):
    print("value:", [[x]])
    return 0


def down(n):
    return report(n) if n == 0 else down(n - 1)


print(down(5))
print(down(994))
