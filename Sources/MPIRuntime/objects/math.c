/* math.c: the math module's float functions with CPython's error rules (math_1/math_2): a NaN
 * result from a non-NaN argument is ValueError "math domain error"; an infinite result from
 * finite arguments is OverflowError "math range error" for functions that can overflow
 * (exp, cosh, ...) and "math domain error" otherwise (log(0.0)). */
#include "pyrt-internal.h"

#include <math.h>

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
