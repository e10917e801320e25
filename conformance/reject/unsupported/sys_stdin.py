# Reading standard input is not compiled yet.
import sys

line = sys.stdin.readline()  # expect-error: unsupported
print(line)
