# Wrong golden, listed in status.txt for run1 and run2: both must count as xfailed.
print(max([3, 9, 4]))
