/* int.c: int64 operations with Python semantics that compiled code calls out of line:
 * floor division and modulo (result takes the divisor's sign), correctly rounded true
 * division, exponentiation and shifts with overflow detection. Overflow stops the program
 * through pyrt_int_overflow until big integers land. */
#include "pyrt-internal.h"

#include <math.h>

int64_t pyrt_int_floordiv(int64_t a, int64_t b) {
  if (b == 0) pyrt_raise(PYRT_EXC_ZERO_DIVISION, "integer division or modulo by zero");
  if (a == INT64_MIN && b == -1) pyrt_int_overflow("//");
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) q -= 1;
  return q;
}

int64_t pyrt_int_mod(int64_t a, int64_t b) {
  if (b == 0) pyrt_raise(PYRT_EXC_ZERO_DIVISION, "integer modulo by zero");
  if (b == -1) return 0;
  int64_t r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  return r;
}

int64_t pyrt_int_pow(int64_t a, int64_t b) {
  if (b < 0) pyrt_raise(PYRT_EXC_VALUE, "negative exponent in integer power");
  int64_t result = 1, base = a;
  while (b > 0) {
    if (b & 1)
      if (__builtin_mul_overflow(result, base, &result)) pyrt_int_overflow("**");
    b >>= 1;
    if (b > 0 && __builtin_mul_overflow(base, base, &base)) pyrt_int_overflow("**");
  }
  return result;
}

double pyrt_int_pow_float(int64_t a, int64_t b) {
  return pyrt_float_pow((double)a, (double)b);
}

static int bit_length(uint64_t v) { return v ? 64 - __builtin_clzll(v) : 0; }

double pyrt_int_truediv(int64_t a, int64_t b) {
  if (b == 0) pyrt_raise(PYRT_EXC_ZERO_DIVISION, "division by zero");
  const int64_t exact = (int64_t)1 << 53;
  if (a >= -exact && a <= exact && b >= -exact && b <= exact) return (double)a / (double)b;
  int negative = (a < 0) != (b < 0);
  uint64_t ua = a < 0 ? -(uint64_t)a : (uint64_t)a;
  uint64_t ub = b < 0 ? -(uint64_t)b : (uint64_t)b;
  if (ua == 0) return negative ? -0.0 : 0.0;
  int shift = 55 + bit_length(ub) - bit_length(ua);
  if (shift < 0) shift = 0;
  unsigned __int128 n = (unsigned __int128)ua << shift;
  unsigned __int128 q = n / ub;
  if (n % ub != 0) q |= 1;
  double r = ldexp((double)q, -shift);
  return negative ? -r : r;
}

int64_t pyrt_int_lshift(int64_t a, int64_t b) {
  if (b < 0) pyrt_raise(PYRT_EXC_VALUE, "negative shift count");
  if (a == 0) return 0;
  if (b >= 64) pyrt_int_overflow("<<");
  int64_t r = (int64_t)((uint64_t)a << b);
  if ((r >> b) != a) pyrt_int_overflow("<<");
  return r;
}

int64_t pyrt_int_rshift(int64_t a, int64_t b) {
  if (b < 0) pyrt_raise(PYRT_EXC_VALUE, "negative shift count");
  if (b >= 64) return a < 0 ? -1 : 0;
  return a >> b;
}
