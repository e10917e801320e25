/* pcomp: Collatz sequence lengths for 1 .. 1 000 000 into an array, then sum and maximum;
 * sequential, or with an OpenMP parallel loop (dynamic schedule) with -fopenmp. */
#include <stdio.h>
#include <stdlib.h>

static long collatz(long n) {
  long steps = 0;
  while (n != 1) {
    n = n % 2 == 0 ? n / 2 : 3 * n + 1;
    steps++;
  }
  return steps;
}

int main(void) {
  enum { N = 1000000 };
  long *lengths = malloc(sizeof *lengths * N);
#pragma omp parallel for schedule(dynamic, 1000)
  for (long i = 1; i <= N; i++) lengths[i - 1] = collatz(i);
  long sum = 0, max = 0;
  for (long i = 0; i < N; i++) {
    sum += lengths[i];
    if (lengths[i] > max) max = lengths[i];
  }
  printf("%ld %ld\n", sum, max);
  free(lengths);
  return 0;
}
