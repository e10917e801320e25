/* float_repr.c: CPython's repr(float): the shortest decimal string that reads back as the same
 * double, formatted the way float_repr formats it (fixed notation with ".0" added for decimal
 * exponents -4 <= e < 16, else "d.ddde+XX").
 *
 * Digits: the first precision 1..17 whose correctly rounded "%.*e" string round-trips through
 * strtod (glibc's printf and strtod are both exact). When the nearest p-digit decimal does not
 * round-trip but its neighbour in the last digit does (possible only next to a power of two,
 * where the rounding interval is lopsided), the neighbour is taken, as David Gay's dtoa does.
 */
#include "pyrt-internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int strip_zeros(char *digits, int n) {
  while (n > 1 && digits[n - 1] == '0') n--;
  digits[n] = '\0';
  return n;
}

/* Splits "-d.ddde+XX" into bare digits (trailing zeros kept) and the decimal exponent. */
static int split_sci(const char *sci, char *digits, int *exp10) {
  int n = 0;
  const char *p = sci;
  if (*p == '-') p++;
  for (; *p && *p != 'e'; p++)
    if (*p >= '0' && *p <= '9') digits[n++] = *p;
  *exp10 = atoi(p + 1);
  digits[n] = '\0';
  return n;
}

/* Adds `delta` (+1 or -1) to the last digit of a decimal digit string; returns 0 when the
 * result would change the number of digits. */
static int bump_last_digit(char *digits, int n, int delta) {
  int i = n - 1;
  while (i >= 0) {
    int d = digits[i] - '0' + delta;
    if (d >= 0 && d <= 9) {
      digits[i] = (char)('0' + d);
      return !(i == 0 && digits[0] == '0');
    }
    digits[i] = delta > 0 ? '0' : '9';
    i--;
  }
  return 0;
}

static int round_trips(int neg, const char *digits, int n, int exp10, double x) {
  char buf[64];
  snprintf(buf, sizeof buf, "%s%.*se%d", neg ? "-" : "", n, digits, exp10 - (n - 1));
  return strtod(buf, NULL) == x;
}

/* Shortest round-tripping digits of finite nonzero x; returns the digit count. */
static int shortest_digits(double x, char *digits, int *exp10) {
  char sci[64];
  int neg = x < 0;
  for (int p = 1; p <= 17; p++) {
    snprintf(sci, sizeof sci, "%.*e", p - 1, x);
    int n = split_sci(sci, digits, exp10);
    if (strtod(sci, NULL) == x) return strip_zeros(digits, n);
    char alt[24];
    for (int delta = -1; delta <= 1; delta += 2) {
      memcpy(alt, digits, (size_t)n + 1);
      if (bump_last_digit(alt, n, delta) && round_trips(neg, alt, n, *exp10, x)) {
        memcpy(digits, alt, (size_t)n + 1);
        return strip_zeros(digits, n);
      }
    }
  }
  snprintf(sci, sizeof sci, "%.16e", x);
  return strip_zeros(digits, split_sci(sci, digits, exp10));
}

int pyrt_float_repr_buf(double x, char *out) {
  if (isnan(x)) return sprintf(out, "nan");
  if (isinf(x)) return sprintf(out, x > 0 ? "inf" : "-inf");
  if (x == 0) return sprintf(out, signbit(x) ? "-0.0" : "0.0");
  char digits[24];
  int exp10;
  int n = shortest_digits(x, digits, &exp10);
  int decpt = exp10 + 1;
  char *p = out;
  if (x < 0) *p++ = '-';
  if (decpt > -4 && decpt <= 16) {
    if (decpt <= 0) {
      p += sprintf(p, "0.");
      for (int i = 0; i < -decpt; i++) *p++ = '0';
      p += sprintf(p, "%s", digits);
    } else if (decpt >= n) {
      p += sprintf(p, "%s", digits);
      for (int i = 0; i < decpt - n; i++) *p++ = '0';
      p += sprintf(p, ".0");
    } else {
      memcpy(p, digits, (size_t)decpt);
      p += decpt;
      p += sprintf(p, ".%s", digits + decpt);
    }
  } else {
    *p++ = digits[0];
    if (n > 1) p += sprintf(p, ".%s", digits + 1);
    p += sprintf(p, "e%c%02d", exp10 < 0 ? '-' : '+', exp10 < 0 ? -exp10 : exp10);
  }
  *p = '\0';
  return (int)(p - out);
}

pyrt_object *pyrt_str_from_float(double v) {
  char buf[40];
  int n = pyrt_float_repr_buf(v, buf);
  return pyrt_str_new(buf, n);
}
