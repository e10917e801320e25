/* math.c: the math module's float functions (and fsum) with CPython's error rules
 * (math_1/math_2): a NaN result from a non-NaN argument is ValueError "math domain error"; an
 * infinite result from
 * finite arguments is OverflowError "math range error" for functions that can overflow
 * (exp, cosh, ...) and "math domain error" otherwise (log(0.0)). */
#include "pyrt-internal.h"

#include <math.h>
#include <stdlib.h>

static double math_1(double x, double (*f)(double), int can_overflow) {
  double r = f(x);
  if (isnan(r) && !isnan(x)) pyrt_raise(PYRT_EXC_VALUE, "math domain error");
  if (isinf(r) && isfinite(x)) {
    if (can_overflow) pyrt_raise(PYRT_EXC_OVERFLOW, "math range error");
    pyrt_raise(PYRT_EXC_VALUE, "math domain error");
  }
  return r;
}

/* log(x) with CPython's domain: x <= 0 is a domain error (also for log2/log10). */
static double log_like(double x, double (*f)(double)) {
  if (isnan(x) || (isinf(x) && x > 0)) return x;
  if (x <= 0) pyrt_raise(PYRT_EXC_VALUE, "math domain error");
  return f(x);
}

double pyrt_math_sqrt(double x) { return math_1(x, sqrt, 0); }
double pyrt_math_log(double x) { return log_like(x, log); }
double pyrt_math_log2(double x) { return log_like(x, log2); }
double pyrt_math_log10(double x) { return log_like(x, log10); }
double pyrt_math_exp(double x) { return math_1(x, exp, 1); }
double pyrt_math_sin(double x) { return math_1(x, sin, 0); }
double pyrt_math_cos(double x) { return math_1(x, cos, 0); }
double pyrt_math_tan(double x) { return math_1(x, tan, 0); }
double pyrt_math_asin(double x) { return math_1(x, asin, 0); }
double pyrt_math_acos(double x) { return math_1(x, acos, 0); }
double pyrt_math_atan(double x) { return math_1(x, atan, 0); }
double pyrt_math_sinh(double x) { return math_1(x, sinh, 1); }
double pyrt_math_cosh(double x) { return math_1(x, cosh, 1); }
double pyrt_math_tanh(double x) { return math_1(x, tanh, 0); }
double pyrt_math_fabs(double x) { return fabs(x); }

double pyrt_math_atan2(double y, double x) { return atan2(y, x); }

double pyrt_math_hypot(double x, double y) {
  if (isinf(x) || isinf(y)) return INFINITY;
  double r = hypot(x, y);
  if (isinf(r)) pyrt_raise(PYRT_EXC_OVERFLOW, "math range error");
  return r;
}

/* math.log(x, base): log(x) / log(base), ZeroDivisionError for base 1 as CPython. */
double pyrt_math_log_base(double x, double base) {
  double num = pyrt_math_log(x), den = pyrt_math_log(base);
  return pyrt_float_div(num, den);
}

double pyrt_math_expm1(double x) { return math_1(x, expm1, 1); }

double pyrt_math_log1p(double x) {
  if (x <= -1.0) pyrt_raise(PYRT_EXC_VALUE, "math domain error");
  return math_1(x, log1p, 0);
}

double pyrt_math_copysign(double x, double y) { return copysign(x, y); }
double pyrt_math_degrees(double x) { return x * (180.0 / 3.141592653589793); }
double pyrt_math_radians(double x) { return x * (3.141592653589793 / 180.0); }
int64_t pyrt_math_isnan(double x) { return isnan(x) != 0; }
int64_t pyrt_math_isinf(double x) { return isinf(x) != 0; }
int64_t pyrt_math_isfinite(double x) { return isfinite(x) != 0; }

/* math.pow: C99 pow with CPython's special cases and errors (unlike `**`, a negative base to
 * a fractional power is ValueError, and 0.0 to a negative power too). */
double pyrt_math_pow(double x, double y) {
  if (!isfinite(x) || !isfinite(y)) {
    if (isnan(x)) return y == 0.0 ? 1.0 : x;
    if (isnan(y)) return x == 1.0 ? 1.0 : y;
    if (isinf(x)) {
      int odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
      if (y > 0.0) return odd_y ? x : fabs(x);
      if (y == 0.0) return 1.0;
      return odd_y ? copysign(0.0, x) : 0.0;
    }
    if (fabs(x) == 1.0) return 1.0;
    if (y > 0.0 && fabs(x) > 1.0) return y;
    if (y < 0.0 && fabs(x) < 1.0) return -y;
    return 0.0;
  }
  double r = pow(x, y);
  if (isnan(r) || (isinf(r) && x == 0.0)) pyrt_raise(PYRT_EXC_VALUE, "math domain error");
  if (isinf(r)) pyrt_raise(PYRT_EXC_OVERFLOW, "math range error");
  return r;
}

double pyrt_math_fmod(double x, double y) {
  if (isinf(y) && isfinite(x)) return x;
  double r = fmod(x, y);
  if (isnan(r) && !isnan(x) && !isnan(y)) pyrt_raise(PYRT_EXC_VALUE, "math domain error");
  return r;
}

/* math.fsum over a list of floats/ints/bools: CPython's exact partials algorithm (Shewchuk)
 * with its final half-even correction, so the result is the correctly rounded sum. */
double pyrt_math_fsum(pyrt_object *list) {
  double *p = pyrt_malloc(sizeof(double) * 32);
  int64_t n = 0, cap = 32;
  double special_sum = 0.0, inf_sum = 0.0;
  pyrt_seq_iter it = pyrt_seq_iter_start(list);
  pyrt_slot v;
  int32_t kind;
  while (pyrt_seq_next(&it, &v, &kind)) {
    v = pyrt_slot_normalize(v, kind, &kind);
    double x;
    if (kind == PYRT_SLOT_FLOAT) x = v.f;
    else if (kind == PYRT_SLOT_INT || kind == PYRT_SLOT_BOOL) x = (double)v.i;
    else
      pyrt_raisef(PYRT_EXC_TYPE, "must be real number, not %s", pyrt_slot_type_name(v, kind));
    double xsave = x;
    int64_t i = 0;
    for (int64_t j = 0; j < n; j++) {
      double y = p[j];
      if (fabs(x) < fabs(y)) {
        double t = x;
        x = y;
        y = t;
      }
      double hi = x + y, yr = hi - x, lo = y - yr;
      if (lo != 0.0) p[i++] = lo;
      x = hi;
    }
    n = i;
    if (x != 0.0) {
      if (!isfinite(x)) {
        if (isfinite(xsave)) {
          free(p);
          pyrt_raise(PYRT_EXC_OVERFLOW, "intermediate overflow in fsum");
        }
        if (isinf(xsave)) inf_sum += xsave;
        special_sum += xsave;
        n = 0;
      } else {
        if (n >= cap) {
          cap *= 2;
          p = pyrt_realloc(p, sizeof(double) * (size_t)cap);
        }
        p[n++] = x;
      }
    }
  }
  if (special_sum != 0.0) {
    free(p);
    if (isnan(inf_sum)) pyrt_raise(PYRT_EXC_VALUE, "-inf + inf in fsum");
    return special_sum;
  }
  double hi = 0.0, lo = 0.0;
  if (n > 0) {
    hi = p[--n];
    while (n > 0) {
      double x = hi, y = p[--n];
      hi = x + y;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
      double y = lo * 2.0, x = hi + y, yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  free(p);
  return hi;
}
