# From a try/except divergence hunt: a program in the style of users' code.
import sys
def main():
    data = ["3", "4", "five"]
    total = 0
    for d in data:
        total = total + int(d)
    return total

if __name__ == "__main__":
    try:
        print(main())
    except ValueError as e:
        print("fatal:", e)
        sys.exit(1)
