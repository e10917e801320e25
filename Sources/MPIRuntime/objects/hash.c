/* hash.c: hash() of numbers and tuples exactly as CPython 3.11 computes it, so that dicts and
 * sets of numbers can reproduce CPython's table layout and iteration order:
 * ints reduce modulo the Mersenne prime 2**61 - 1 (hash(1) == hash(1.0) == hash(True)), floats
 * by CPython's 28-bit folding, tuples with the xxHash-based combination, and -1 becomes -2.
 * Not reproducible from CPython and therefore free here: NaN and None hash by address in
 * CPython (0 and a constant here), and str hashes are randomised per process there (FNV-1a
 * here). */
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

/* The hash caches of str and tuple are filled lazily, possibly by several tasks at once (all
 * writing the same value): relaxed atomic loads and stores. */
static int64_t cached_hash(const int64_t *slot) { return __atomic_load_n(slot, __ATOMIC_RELAXED); }
static void cache_hash(int64_t *slot, int64_t h) { __atomic_store_n(slot, h, __ATOMIC_RELAXED); }

static int64_t hash_str(pyrt_str *s) {
  int64_t cached = cached_hash(&s->hash);
  if (cached != -1) return cached;
  uint64_t h = UINT64_C(14695981039346656037);
  for (int64_t i = 0; i < s->nbytes; i++) {
    h ^= (unsigned char)s->data[i];
    h *= UINT64_C(1099511628211);
  }
  int64_t r = (int64_t)(h >> 1);
  if (r == -1) r = -2;
  cache_hash(&s->hash, r);
  return r;
}

static int64_t hash_tuple(pyrt_tuple *t) {
  int64_t cached = cached_hash(&t->hash);
  if (cached != -1) return cached;
  const uint64_t p1 = UINT64_C(11400714785074694791), p2 = UINT64_C(14029467366897019727);
  const uint64_t p5 = UINT64_C(2870177450012600261);
  uint64_t acc = p5;
  uint8_t *kinds = pyrt_tuple_kinds(t);
  for (int64_t i = 0; i < t->length; i++) {
    uint64_t lane = (uint64_t)pyrt_hash_slot(t->items[i], kinds[i]);
    acc += lane * p2;
    acc = (acc << 31) | (acc >> 33);
    acc *= p1;
  }
  acc += (uint64_t)t->length ^ (p5 ^ UINT64_C(3527539));
  int64_t r = acc == (uint64_t)-1 ? 1546275796 : (int64_t)acc;
  cache_hash(&t->hash, r);
  return r;
}

int64_t pyrt_hash_slot(pyrt_slot v, int32_t kind) {
  int32_t k;
  v = pyrt_slot_normalize(v, kind, &k);
  switch (k) {
  case PYRT_SLOT_NONE: return 0x5F3759DF;
  case PYRT_SLOT_BOOL:
  case PYRT_SLOT_INT: return pyrt_hash_int(v.i);
  case PYRT_SLOT_FLOAT: return pyrt_hash_float(v.f);
  default: break;
  }
  switch (v.o->kind) {
  case PYRT_KIND_STR: return hash_str((pyrt_str *)v.o);
  case PYRT_KIND_TUPLE: return hash_tuple((pyrt_tuple *)v.o);
  default:
    pyrt_raisef(PYRT_EXC_TYPE, "unhashable type: '%s'", pyrt_slot_type_name(v, k));
  }
}
