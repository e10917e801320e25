# A chained comparison evaluates its middle operand once and compares it with both
# neighbours (here a list held in a variable).
xs = list(range(3))
print([] < xs < [5])
