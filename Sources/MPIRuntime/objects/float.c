/* float.c: float arithmetic with CPython's semantics and error messages: floor division and
 * modulo (float_divmod / float_rem), division, float_pow with its special cases, conversions
 * to int, round() half-even, and round(x, n) correctly rounded through the exact decimal
 * value. */
#include "pyrt-internal.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

double pyrt_float_div(double a, double b) {
  if (b == 0.0) pyrt_raise(PYRT_EXC_ZERO_DIVISION, "float division by zero");
  return a / b;
}

double pyrt_float_mod(double a, double b) {
  if (b == 0.0) pyrt_raise(PYRT_EXC_ZERO_DIVISION, "float modulo");
  double mod = fmod(a, b);
  if (mod != 0.0) {
    if ((b < 0) != (mod < 0)) mod += b;
  } else {
    mod = copysign(0.0, b);
  }
  return mod;
}

double pyrt_float_floordiv(double a, double b) {
  if (b == 0.0) pyrt_raise(PYRT_EXC_ZERO_DIVISION, "float floor division by zero");
  double mod = fmod(a, b);
  double div = (a - mod) / b;
  if (mod != 0.0 && ((b < 0) != (mod < 0))) div -= 1.0;
  if (div != 0.0) {
    double floordiv = floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
    return floordiv;
  }
  return copysign(0.0, a / b);
}

static int is_odd_integer(double x) { return fmod(fabs(x), 2.0) == 1.0; }

double pyrt_float_pow(double v, double w) {
  if (w == 0.0) return 1.0;
  if (isnan(v)) return v;
  if (isnan(w)) return v == 1.0 ? 1.0 : w;
  if (isinf(w)) {
    double av = fabs(v);
    if (av == 1.0) return 1.0;
    if ((w > 0.0) == (av > 1.0)) return fabs(w);
    return 0.0;
  }
  int w_odd = is_odd_integer(w);
  if (isinf(v)) {
    if (w > 0.0) return w_odd ? v : fabs(v);
    return w_odd ? copysign(0.0, v) : 0.0;
  }
  if (v == 0.0) {
    if (w < 0.0)
      pyrt_raise(PYRT_EXC_ZERO_DIVISION, "0.0 cannot be raised to a negative power");
    return w_odd ? v : 0.0;
  }
  int negate = 0;
  if (v < 0.0) {
    if (w != floor(w))
      pyrt_unsupported("'**' of a negative float to a fractional power gives a complex number: "
                       "complex numbers are not supported yet");
    negate = w_odd;
    v = -v;
  }
  if (v == 1.0) return negate ? -1.0 : 1.0;
  errno = 0;
  double r = pow(v, w);
  if (isinf(r)) {
    /* OverflowError(34, 'Numerical result out of range'), as CPython's errno-based error */
    pyrt_object *args = pyrt_tuple_new(2);
    pyrt_tuple_set_init(args, 0, (pyrt_slot){.i = 34}, PYRT_SLOT_INT);
    pyrt_tuple_set_init(args, 1,
                        (pyrt_slot){.o = pyrt_str_new("Numerical result out of range", 29)},
                        PYRT_SLOT_OBJ);
    pyrt_buf b;
    pyrt_buf_init(&b, 48);
    pyrt_buf_append_cstr(&b, "(34, 'Numerical result out of range')");
    pyrt_raise_buf_args(PYRT_EXC_OVERFLOW, &b, args);
  }
  return negate ? -r : r;
}

static void check_integral_convertible(double x) {
  if (isnan(x)) pyrt_raise(PYRT_EXC_VALUE, "cannot convert float NaN to integer");
  if (isinf(x)) pyrt_raise(PYRT_EXC_OVERFLOW, "cannot convert float infinity to integer");
}

/* Converts an integral-valued finite double to int64 or stops with an overflow message. */
static int64_t to_int64(double x, const char *op) {
  if (x >= 9223372036854775808.0 || x < -9223372036854775808.0) pyrt_int_overflow(op);
  return (int64_t)x;
}

int64_t pyrt_float_to_int(double x) {
  check_integral_convertible(x);
  return to_int64(trunc(x), "int");
}

int64_t pyrt_float_floor(double x) {
  check_integral_convertible(x);
  return to_int64(floor(x), "math.floor");
}

int64_t pyrt_float_ceil(double x) {
  check_integral_convertible(x);
  return to_int64(ceil(x), "math.ceil");
}

int64_t pyrt_float_round(double x) {
  check_integral_convertible(x);
  double r = round(x);
  if (fabs(x - r) == 0.5) r = 2.0 * round(x / 2.0);
  return to_int64(r, "round");
}

/* round(x, n) for n < 0: rounds the exact decimal integer part of |x| at digit 10^-n, half
 * to even (a nonzero fraction breaks a tie upwards), then reads the digits back. */
static double round_negative_ndigits(double x, int64_t n) {
  char digits[400];
  double ax = fabs(x), ip = floor(ax);
  int64_t len = snprintf(digits, sizeof digits, "%.0f", ip), k = -n;
  int64_t keep = len - k;
  double result = 0.0;
  if (keep >= 0) {
    int first = digits[keep] - '0';
    int rest_nonzero = ax != ip;
    for (int64_t i = keep + 1; i < len; i++) rest_nonzero |= digits[i] != '0';
    int last_odd = keep > 0 && ((digits[keep - 1] - '0') & 1);
    int up = first > 5 || (first == 5 && (rest_nonzero || last_odd));
    char text[440];
    char *p = text;
    if (up) {
      int64_t i = keep - 1;
      while (i >= 0 && digits[i] == '9') digits[i--] = '0';
      if (i >= 0) digits[i]++;
      else *p++ = '1';
    }
    memcpy(p, digits, (size_t)keep);
    p += keep;
    if (p == text) *p++ = '0';
    snprintf(p, sizeof text - (size_t)(p - text), "e%lld", (long long)k);
    result = strtod(text, NULL);
  }
  if (isinf(result)) pyrt_raise(PYRT_EXC_OVERFLOW, "rounded value too large to represent");
  return copysign(result, x);
}

double pyrt_float_round_ndigits(double x, int64_t n) {
  if (!isfinite(x) || x == 0.0) return x;
  if (n > 323) return x;
  if (n < -308) return copysign(0.0, x);
  if (n >= 0) {
    char *text = NULL;
    if (asprintf(&text, "%.*f", (int)n, x) < 0) pyrt_raise(PYRT_EXC_MEMORY, NULL);
    double r = strtod(text, NULL);
    free(text);
    return r;
  }
  return round_negative_ndigits(x, n);
}
