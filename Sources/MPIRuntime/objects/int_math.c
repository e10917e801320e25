/* int_math.c: integer builtins and math functions with CPython 3.11's results and messages:
 * pow(a, b, m) (modular inverse for b < 0), round(int, n) half to even, int.bit_length(),
 * math.gcd/lcm/factorial/isqrt/comb/perm. Results beyond int64 stop through pyrt_int_overflow
 * until big integers land. */
#include "pyrt-internal.h"

typedef unsigned __int128 u128;

static uint64_t mag(int64_t v) { return v < 0 ? -(uint64_t)v : (uint64_t)v; }

static int64_t checked(u128 v, int negative, const char *op) {
  if (v > (u128)INT64_MAX + (negative ? 1 : 0)) pyrt_int_overflow(op);
  return negative ? (int64_t)(0 - (uint64_t)v) : (int64_t)v;
}

/* Inverse of a modulo m (m > 0, 0 <= a < m) by the extended Euclidean algorithm, or -1. */
static int64_t mod_inverse(uint64_t a, uint64_t m) {
  __int128 t = 0, new_t = 1, r = m, new_r = a;
  while (new_r != 0) {
    __int128 q = r / new_r, tmp = t - q * new_t;
    t = new_t;
    new_t = tmp;
    tmp = r - q * new_r;
    r = new_r;
    new_r = tmp;
  }
  if (r != 1) return -1;
  if (t < 0) t += m;
  return (int64_t)t;
}

int64_t pyrt_int_powmod(int64_t a, int64_t b, int64_t m) {
  if (m == 0) pyrt_raise(PYRT_EXC_VALUE, "pow() 3rd argument cannot be 0");
  int negative_output = m < 0;
  uint64_t mod = mag(m);
  uint64_t base = a < 0 ? (mod - mag(a) % mod) % mod : (uint64_t)a % mod;
  uint64_t e = mag(b);
  if (b < 0) {
    int64_t inv = mod_inverse(base, mod);
    if (inv < 0) pyrt_raise(PYRT_EXC_VALUE, "base is not invertible for the given modulus");
    base = (uint64_t)inv;
  }
  uint64_t result = mod == 1 ? 0 : 1;
  while (e > 0 && mod != 1) {
    if (e & 1) result = (uint64_t)((u128)result * base % mod);
    base = (uint64_t)((u128)base * base % mod);
    e >>= 1;
  }
  if (negative_output && result != 0) return (int64_t)(result - mod);
  return (int64_t)result;
}

int64_t pyrt_int_round(int64_t a, int64_t ndigits) {
  if (ndigits >= 0) return a;
  if (ndigits < -38) return 0;
  __int128 pow10 = 1;
  for (int64_t i = 0; i < -ndigits; i++) pow10 *= 10;
  __int128 x = a, q = x / pow10, r = x % pow10;
  if (r < 0) {
    r += pow10;
    q -= 1;
  }
  if (2 * r > pow10 || (2 * r == pow10 && (q & 1))) q += 1;
  __int128 result = q * pow10;
  if (result > INT64_MAX || result < INT64_MIN) pyrt_int_overflow("round");
  return (int64_t)result;
}

int64_t pyrt_int_bit_length(int64_t a) {
  uint64_t m = mag(a);
  return m ? 64 - __builtin_clzll(m) : 0;
}

static uint64_t gcd_u(uint64_t a, uint64_t b) {
  while (b) {
    uint64_t t = a % b;
    a = b;
    b = t;
  }
  return a;
}

int64_t pyrt_math_gcd(int64_t a, int64_t b) { return checked(gcd_u(mag(a), mag(b)), 0, "gcd"); }

int64_t pyrt_math_lcm(int64_t a, int64_t b) {
  if (a == 0 || b == 0) return 0;
  uint64_t g = gcd_u(mag(a), mag(b));
  return checked((u128)(mag(a) / g) * mag(b), 0, "lcm");
}

int64_t pyrt_math_factorial(int64_t n) {
  if (n < 0) pyrt_raise(PYRT_EXC_VALUE, "factorial() not defined for negative values");
  if (n > 20) pyrt_int_overflow("factorial");
  int64_t r = 1;
  for (int64_t i = 2; i <= n; i++) r *= i;
  return r;
}

int64_t pyrt_math_isqrt(int64_t n) {
  if (n < 0) pyrt_raise(PYRT_EXC_VALUE, "isqrt() argument must be nonnegative");
  uint64_t lo = 0, hi = 3037000499u;
  while (lo < hi) {
    uint64_t mid = lo + (hi - lo + 1) / 2;
    if (mid * mid <= (uint64_t)n) lo = mid;
    else hi = mid - 1;
  }
  return (int64_t)lo;
}

static void check_comb_args(int64_t n, int64_t k) {
  if (n < 0) pyrt_raise(PYRT_EXC_VALUE, "n must be a non-negative integer");
  if (k < 0) pyrt_raise(PYRT_EXC_VALUE, "k must be a non-negative integer");
}

int64_t pyrt_math_comb(int64_t n, int64_t k) {
  check_comb_args(n, k);
  if (k > n) return 0;
  if (k > n - k) k = n - k;
  u128 r = 1;
  for (int64_t i = 1; i <= k; i++) {
    u128 num = (u128)(n - k + i);
    uint64_t g = gcd_u((uint64_t)(r % (u128)i), (uint64_t)i);
    r = (r / g) * (num / ((uint64_t)i / g));
    if (r > (u128)INT64_MAX) pyrt_int_overflow("comb");
  }
  return (int64_t)r;
}

int64_t pyrt_math_perm(int64_t n, int64_t k) {
  check_comb_args(n, k);
  if (k > n) return 0;
  u128 r = 1;
  for (int64_t i = 0; i < k; i++) {
    r *= (u128)(n - i);
    if (r > (u128)INT64_MAX) pyrt_int_overflow("perm");
  }
  return (int64_t)r;
}
