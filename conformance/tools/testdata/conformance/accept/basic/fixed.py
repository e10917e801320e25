# Listed in status.txt as failing run1, but it passes: an "unexpected pass" error.
print(min([3, 9, 4]))
