/* pfib: fib(36) in C, sequential (no OpenMP) or with an OpenMP task per call above a cutoff
 * (-fopenmp), the usual hand-tuned way to write it. */
#include <stdio.h>

static long fib_seq(long n) { return n < 2 ? n : fib_seq(n - 1) + fib_seq(n - 2); }

static long fib(long n) {
#ifdef _OPENMP
  if (n < 20) return fib_seq(n);
  long a, b;
#pragma omp task shared(a)
  a = fib(n - 1);
  b = fib(n - 2);
#pragma omp taskwait
  return a + b;
#else
  return fib_seq(n);
#endif
}

int main(void) {
  long r;
#pragma omp parallel
#pragma omp single
  r = fib(36);
  printf("%ld\n", r);
  return 0;
}
