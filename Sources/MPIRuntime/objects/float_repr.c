/* float_repr.c: CPython's repr(float): the shortest decimal string that reads back as the same
 * double, formatted the way float_repr formats it (fixed notation with ".0" added for decimal
 * exponents -4 <= e < 16, else "d.ddde+XX").
 *
 * Digits: the shortest correctly rounded p-digit decimal (1 <= p <= 17) that reads back as x
 * through strtod (glibc's printf and strtod are exact). The fast path prints 17 digits once and
 * binary-searches p, rounding that string: this equals rounding the exact value unless the
 * dropped digits are exactly "500...", which then asks printf for the exact p-digit rounding.
 * The search is valid because x's rounding interval is symmetric, so a closer candidate
 * always round-trips too. Powers of two have a lopsided interval: for them every p is tried in
 * turn, and when the nearest p-digit decimal fails but its neighbour in the last digit reads
 * back as x, the neighbour is taken, as David Gay's dtoa (CPython's repr) does.
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

/* Rounds the 17-digit string d17 (decimal exponent e17) to p digits into out; returns 0 when
 * the dropped digits are exactly a half (the caller then rounds the exact value instead). */
static int round_d17(const char *d17, int e17, int p, char *out, int *exp10) {
  int cmp = d17[p] - '5';
  for (int i = p + 1; cmp == 0 && i < 17; i++) cmp = d17[i] != '0';
  if (cmp == 0) return 0;
  memcpy(out, d17, (size_t)p);
  out[p] = '\0';
  *exp10 = e17;
  if (cmp > 0) {
    int i = p - 1;
    while (i >= 0 && out[i] == '9') out[i--] = '0';
    if (i >= 0) {
      out[i]++;
    } else {
      out[0] = '1';
      for (int k = 1; k < p; k++) out[k] = '0';
      *exp10 = e17 + 1;
    }
  }
  return 1;
}

static int is_power_of_two(double x) {
  uint64_t bits;
  memcpy(&bits, &x, sizeof bits);
  return (bits & ((UINT64_C(1) << 52) - 1)) == 0 && ((bits >> 52) & 0x7FF) > 1;
}

/* Shortest digits for x with a symmetric rounding interval (binary search on p). */
static int shortest_symmetric(double x, char *digits, int *exp10) {
  char sci[64], d17[24], cand[24];
  int neg = x < 0, e17, ce;
  snprintf(sci, sizeof sci, "%.16e", x);
  split_sci(sci, d17, &e17);
  memcpy(digits, d17, 18);
  *exp10 = e17;
  int lo = 1, hi = 17;
  while (lo < hi) {
    int mid = (lo + hi) / 2;
    if (!round_d17(d17, e17, mid, cand, &ce)) {
      snprintf(sci, sizeof sci, "%.*e", mid - 1, x);
      split_sci(sci, cand, &ce);
    }
    if (round_trips(neg, cand, mid, ce, x)) {
      hi = mid;
      memcpy(digits, cand, (size_t)mid + 1);
      *exp10 = ce;
    } else {
      lo = mid + 1;
    }
  }
  return strip_zeros(digits, hi);
}

/* Shortest round-tripping digits of finite nonzero x; returns the digit count. */
static int shortest_digits(double x, char *digits, int *exp10) {
  if (!is_power_of_two(x)) return shortest_symmetric(x, digits, exp10);
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
