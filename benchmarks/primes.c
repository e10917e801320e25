/* Benchmark peer of primes.py: count primes below a bound by trial division. */
#include <stdbool.h>
#include <stdio.h>

static bool is_prime(long n) {
  if (n < 2) return false;
  if (n % 2 == 0) return n == 2;
  for (long d = 3; d < n; d += 2) {
    if (d * d > n) return true;
    if (n % d == 0) return false;
  }
  return true;
}

static long count_primes(long limit) {
  long count = 0;
  for (long n = 0; n < limit; n++)
    if (is_prime(n)) count += 1;
  return count;
}

int main(void) {
  printf("%ld\n", count_primes(300000));
  return 0;
}
