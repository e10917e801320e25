# The golden .stdout of this program is deliberately wrong: the runner must report run1 and run2.
print(sum([1, 2, 3]))
