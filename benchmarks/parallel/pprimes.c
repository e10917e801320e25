/* pprimes: primes below 2 000 000 by trial division in C, sequential or with an OpenMP
 * parallel loop (dynamic schedule: the work per number grows). */
#include <stdio.h>

static int is_prime(long n) {
  if (n < 2) return 0;
  if (n % 2 == 0) return n == 2;
  for (long d = 3; d * d <= n; d += 2)
    if (n % d == 0) return 0;
  return 1;
}

int main(void) {
  long c = 0;
#pragma omp parallel for reduction(+ : c) schedule(dynamic, 2000)
  for (long n = 0; n < 2000000; n++) c += is_prime(n);
  printf("%ld\n", c);
  return 0;
}
