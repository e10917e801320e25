# Listed as "stops with status 3" but its golden is deliberately wrong, as a wrong answer would
# be: the runner must report it as a failure, not hide it as an expected one.
print(min([3, 9, 4]))
