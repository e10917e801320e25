/* hash.c: hash() of numbers and tuples exactly as CPython 3.11 computes it, so that dicts and
 * sets of numbers can reproduce CPython's table layout and iteration order:
 * ints reduce modulo the Mersenne prime 2**61 - 1 (hash(1) == hash(1.0) == hash(True)), floats
 * by CPython's 28-bit folding, tuples with the xxHash-based combination, and -1 becomes -2.
 * Not reproducible from CPython and therefore free here: NaN hashes by address in CPython
 * (0 here), and str hashes are randomised per process there (FNV-1a here). None hashes by
 * address too, but its address (the static _Py_NoneStruct) keeps its low 20 bits from run to
 * run: CPython 3.11.7 on the reference machine gives hash(None) & 0xffff == 0x5bbe every time.
 * The constant here has those 16 bits, so small sets holding None (whose probes stay within
 * them) iterate in the reference CPython's order; the other bits vary per run in CPython. */
#include "pyrt-internal.h"

#include <math.h>

enum { HASH_BITS = 61, HASH_INF = 314159 };
static const uint64_t HASH_MODULUS = (UINT64_C(1) << HASH_BITS) - 1;

int64_t pyrt_hash_int(int64_t v) {
  uint64_t u = v < 0 ? -(uint64_t)v : (uint64_t)v;
  int64_t x = (int64_t)(u % HASH_MODULUS);
  if (v < 0) x = -x;
  return x == -1 ? -2 : x;
}

int64_t pyrt_hash_float(double v) {
  if (!isfinite(v)) return isinf(v) ? (v > 0 ? HASH_INF : -HASH_INF) : 0;
  int e;
  double m = frexp(v, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t x = 0;
  while (m != 0.0) {
    x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
    m *= 268435456.0;
    e -= 28;
    uint64_t y = (uint64_t)m;
    m -= (double)y;
    x += y;
    if (x >= HASH_MODULUS) x -= HASH_MODULUS;
  }
  e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
  x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
  x = x * (uint64_t)(int64_t)sign;
  if (x == (uint64_t)-1) x = (uint64_t)-2;
  return (int64_t)x;
}

int64_t pyrt_hash_slot(pyrt_slot v, int32_t kind) {
  int32_t k;
  v = pyrt_slot_normalize(v, kind, &k);
  switch (k) {
  case PYRT_SLOT_NONE: return PYRT_HASH_NONE;
  case PYRT_SLOT_BOOL:
  case PYRT_SLOT_INT: return pyrt_hash_int(v.i);
  case PYRT_SLOT_FLOAT: return pyrt_hash_float(v.f);
  default: break;
  }
  int64_t (*hash)(pyrt_object *) = pyrt_type_of(v.o)->hash;
  if (!hash) pyrt_raisef(PYRT_EXC_TYPE, "unhashable type: '%s'", pyrt_slot_type_name(v, k));
  return hash(v.o);
}
