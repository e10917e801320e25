def fib_table(n):
    table = {0: 0, 1: 1}
    for i in range(2, n + 1):
        table = {**table, i: table[i - 1] + table[i - 2]}
    result = table[n]
    table.clear()  # expect-error: mutation-call
    return result


print(fib_table(30))
