# From a try/except divergence hunt: a program in the style of users' code.
total = 0
for i in range(4):
    for j in range(4):
        try:
            if j == i:
                continue
            if i + j == 5:
                break
            total = total + 10 // (j - 1)
        except ZeroDivisionError:
            print("zero at", i, j)
            continue
        finally:
            total = total + 1
    else:
        print("inner completed for", i)
print("total", total)
