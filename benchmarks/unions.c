/* unions.py in C: an optional int as a flag and a value, an int-or-double as a tag. */
#include <stdio.h>

static long collatz_len(long n) {
  long steps = 0;
  while (n != 1) {
    n = n % 2 == 0 ? n / 2 : 3 * n + 1;
    steps++;
  }
  return steps;
}

int main(void) {
  int have_best = 0;
  long best = 0, best_n = 0;
  for (long n = 1; n < 200000; n++) {
    long c = collatz_len(n);
    if (!have_best || c > best) {
      have_best = 1;
      best = c;
      best_n = n;
    }
  }
  int is_float = 0;
  long ti = 0;
  double tf = 0;
  for (long i = 0; i < 3000000; i++) {
    if (i % 3 == 0) {
      tf = (is_float ? tf : (double)ti) + 0.5;
      is_float = 1;
    } else if (is_float) {
      tf = tf + (double)i;
    } else {
      ti = ti + i;
    }
  }
  printf("(%ld, %ld) %.1f\n", best_n, best, is_float ? tf : (double)ti);
  return 0;
}
