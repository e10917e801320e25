/* Benchmark peer of loops.py: midpoint-rule integration of 4 / (1 + x^2) over [0, 1]. */
#include <stdio.h>
#include <stdlib.h>

static double integrate(long n) {
  double h = 1.0 / n, total = 0.0;
  long i = 0;
  while (i < n) {
    double x = (i + 0.5) * h;
    total += 4.0 / (1.0 + x * x);
    i += 1;
  }
  return total * h;
}

/* Prints like Python's repr for a finite double: the shortest %.Ng that round-trips. */
static void print_repr(double v) {
  char buffer[40];
  for (int precision = 1; precision <= 17; precision++) {
    snprintf(buffer, sizeof buffer, "%.*g", precision, v);
    if (strtod(buffer, NULL) == v) break;
  }
  printf("%s\n", buffer);
}

int main(void) {
  print_repr(integrate(3000000));
  return 0;
}
