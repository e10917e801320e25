# Output printed before an uncaught error must all reach stdout, without end-of-line.
for i in range(3):
    print("line", i)
print("partial", end="")
values = [1, 2, 3]
print(values[3])
