# Digit manipulation with // and % in while loops.
def digit_sum(n):
    total = 0
    while n > 0:
        total += n % 10
        n = n // 10
    return total


def reverse_number(n):
    result = 0
    while n > 0:
        result = result * 10 + n % 10
        n //= 10
    return result


def count_digits(n):
    if n == 0:
        return 1
    count = 0
    while n != 0:
        count += 1
        n = n // 10
    return count


for n in [0, 7, 12345, 9999999, 1000000, 9876543210123]:
    print(n, digit_sum(n), reverse_number(n), count_digits(n))
print(reverse_number(reverse_number(120)), digit_sum(2 ** 60))
