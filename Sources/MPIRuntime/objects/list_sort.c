/* list_sort.c: sorted(), min(), max() and sum() over lists.
 *
 * sorted() is CPython 3.11's timsort comparison for comparison: run detection, binary
 * insertion up to minrun, the powersort merge policy, galloping with the adaptive min_gallop,
 * and only `<` between elements. Making exactly CPython's comparisons keeps the result equal to
 * CPython's even when the order is inconsistent (NaNs), and makes a TypeError name the same
 * pair of types in the same order. reverse=True reverses, sorts and reverses again, as CPython
 * does, to keep stability.
 */
#include "pyrt-internal.h"

#include <stdlib.h>
#include <string.h>

enum { MIN_GALLOP = 7, MAX_PENDING = 85 };

typedef struct run {
  int64_t base;
  int64_t len;
  int power;
} run;

typedef struct sorter {
  int32_t kind;       /* slot kind of what is compared */
  const pyrt_slot *keys; /* when set, v holds indices into keys and keys are compared */
  pyrt_slot *v;
  int64_t n;
  int64_t min_gallop;
  pyrt_slot *tmp;
  int64_t tmp_cap;
  run pending[MAX_PENDING];
  int npending;
} sorter;

static int less(const sorter *s, pyrt_slot a, pyrt_slot b) {
  if (s->keys) {
    a = s->keys[a.i];
    b = s->keys[b.i];
  }
  switch (s->kind) {
  case PYRT_SLOT_BOOL:
  case PYRT_SLOT_INT: return a.i < b.i;
  case PYRT_SLOT_FLOAT: return a.f < b.f;
  case PYRT_SLOT_NONE:
    pyrt_raise(PYRT_EXC_TYPE, "'<' not supported between instances of 'NoneType' and 'NoneType'");
  default: return pyrt_slot_compare(a, PYRT_SLOT_OBJ, b, PYRT_SLOT_OBJ, "<") < 0;
  }
}

static void reverse_slots(pyrt_slot *v, int64_t n) {
  for (int64_t i = 0, j = n - 1; i < j; i++, j--) {
    pyrt_slot t = v[i];
    v[i] = v[j];
    v[j] = t;
  }
}

static int64_t count_run(const sorter *s, pyrt_slot *lo, int64_t n, int *descending) {
  *descending = 0;
  if (n == 1) return 1;
  int64_t k = 2;
  if (less(s, lo[1], lo[0])) {
    *descending = 1;
    while (k < n && less(s, lo[k], lo[k - 1])) k++;
  } else {
    while (k < n && !less(s, lo[k], lo[k - 1])) k++;
  }
  return k;
}

/* Sorts v[0..hi) given that v[0..start) is already sorted. */
static void binary_sort(const sorter *s, pyrt_slot *v, int64_t hi, int64_t start) {
  if (start == 0) start = 1;
  for (; start < hi; start++) {
    pyrt_slot pivot = v[start];
    int64_t l = 0, r = start;
    do {
      int64_t p = l + ((r - l) >> 1);
      if (less(s, pivot, v[p])) r = p;
      else l = p + 1;
    } while (l < r);
    memmove(v + l + 1, v + l, sizeof(pyrt_slot) * (size_t)(start - l));
    v[l] = pivot;
  }
}

static int64_t compute_minrun(int64_t n) {
  int64_t r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

/* k in 0..n with a[k-1] < key <= a[k], searching from a[hint]. */
static int64_t gallop_left(const sorter *s, pyrt_slot key, const pyrt_slot *a, int64_t n,
                           int64_t hint) {
  int64_t lastofs = 0, ofs = 1;
  if (less(s, a[hint], key)) {
    int64_t maxofs = n - hint;
    while (ofs < maxofs && less(s, a[hint + ofs], key)) {
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  } else {
    int64_t maxofs = hint + 1;
    while (ofs < maxofs && !less(s, a[hint - ofs], key)) {
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    int64_t k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  }
  lastofs++;
  while (lastofs < ofs) {
    int64_t m = lastofs + ((ofs - lastofs) >> 1);
    if (less(s, a[m], key)) lastofs = m + 1;
    else ofs = m;
  }
  return ofs;
}

/* k in 0..n with a[k-1] <= key < a[k], searching from a[hint]. */
static int64_t gallop_right(const sorter *s, pyrt_slot key, const pyrt_slot *a, int64_t n,
                            int64_t hint) {
  int64_t lastofs = 0, ofs = 1;
  if (less(s, key, a[hint])) {
    int64_t maxofs = hint + 1;
    while (ofs < maxofs && less(s, key, a[hint - ofs])) {
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    int64_t k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  } else {
    int64_t maxofs = n - hint;
    while (ofs < maxofs && !less(s, key, a[hint + ofs])) {
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  }
  lastofs++;
  while (lastofs < ofs) {
    int64_t m = lastofs + ((ofs - lastofs) >> 1);
    if (less(s, key, a[m])) ofs = m;
    else lastofs = m + 1;
  }
  return ofs;
}

static pyrt_slot *temp(sorter *s, int64_t need) {
  if (need > s->tmp_cap) {
    free(s->tmp);
    s->tmp = pyrt_malloc(sizeof(pyrt_slot) * (size_t)need);
    s->tmp_cap = need;
  }
  return s->tmp;
}

#define MOVE(dst, src, n) memmove((dst), (src), sizeof(pyrt_slot) * (size_t)(n))

/* Merges the adjacent runs a[0..na) and b = a[na..na+nb) with na <= nb (CPython's merge_lo). */
static void merge_lo(sorter *s, pyrt_slot *pa, int64_t na, pyrt_slot *pb, int64_t nb) {
  pyrt_slot *a = temp(s, na), *dest = pa;
  MOVE(a, pa, na);
  *dest++ = *pb++;
  if (--nb == 0) goto succeed;
  if (na == 1) goto copy_b;
  int64_t min_gallop = s->min_gallop;
  for (;;) {
    int64_t acount = 0, bcount = 0;
    for (;;) {
      if (less(s, *pb, *a)) {
        *dest++ = *pb++;
        bcount++;
        acount = 0;
        if (--nb == 0) goto succeed;
        if (bcount >= min_gallop) break;
      } else {
        *dest++ = *a++;
        acount++;
        bcount = 0;
        if (--na == 1) goto copy_b;
        if (acount >= min_gallop) break;
      }
    }
    min_gallop++;
    do {
      min_gallop -= min_gallop > 1;
      s->min_gallop = min_gallop;
      int64_t k = gallop_right(s, *pb, a, na, 0);
      acount = k;
      if (k) {
        MOVE(dest, a, k);
        dest += k;
        a += k;
        na -= k;
        if (na == 1) goto copy_b;
        if (na == 0) goto succeed;
      }
      *dest++ = *pb++;
      if (--nb == 0) goto succeed;
      k = gallop_left(s, *a, pb, nb, 0);
      bcount = k;
      if (k) {
        MOVE(dest, pb, k);
        dest += k;
        pb += k;
        nb -= k;
        if (nb == 0) goto succeed;
      }
      *dest++ = *a++;
      if (--na == 1) goto copy_b;
    } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
    min_gallop++;
    s->min_gallop = min_gallop;
  }
succeed:
  if (na) MOVE(dest, a, na);
  return;
copy_b:
  MOVE(dest, pb, nb);
  dest[nb] = *a;
}

/* Same with na > nb, merging from the right (CPython's merge_hi). */
static void merge_hi(sorter *s, pyrt_slot *pa, int64_t na, pyrt_slot *pb, int64_t nb) {
  pyrt_slot *baseb = temp(s, nb), *basea = pa;
  MOVE(baseb, pb, nb);
  pyrt_slot *dest = pb + nb - 1, *b = baseb + nb - 1, *a = pa + na - 1;
  *dest-- = *a--;
  if (--na == 0) goto succeed;
  if (nb == 1) goto copy_a;
  int64_t min_gallop = s->min_gallop;
  for (;;) {
    int64_t acount = 0, bcount = 0;
    for (;;) {
      if (less(s, *b, *a)) {
        *dest-- = *a--;
        acount++;
        bcount = 0;
        if (--na == 0) goto succeed;
        if (acount >= min_gallop) break;
      } else {
        *dest-- = *b--;
        bcount++;
        acount = 0;
        if (--nb == 1) goto copy_a;
        if (bcount >= min_gallop) break;
      }
    }
    min_gallop++;
    do {
      min_gallop -= min_gallop > 1;
      s->min_gallop = min_gallop;
      int64_t k = na - gallop_right(s, *b, basea, na, na - 1);
      acount = k;
      if (k) {
        dest -= k;
        a -= k;
        MOVE(dest + 1, a + 1, k);
        na -= k;
        if (na == 0) goto succeed;
      }
      *dest-- = *b--;
      if (--nb == 1) goto copy_a;
      k = nb - gallop_left(s, *a, baseb, nb, nb - 1);
      bcount = k;
      if (k) {
        dest -= k;
        b -= k;
        MOVE(dest + 1, b + 1, k);
        nb -= k;
        if (nb == 1) goto copy_a;
        if (nb == 0) goto succeed;
      }
      *dest-- = *a--;
      if (--na == 0) goto succeed;
    } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
    min_gallop++;
    s->min_gallop = min_gallop;
  }
succeed:
  if (nb) MOVE(dest - (nb - 1), baseb, nb);
  return;
copy_a:
  dest -= na;
  a -= na;
  MOVE(dest + 1, a + 1, na);
  *dest = *b;
}

/* Merges pending runs i and i+1 (CPython's merge_at). */
static void merge_at(sorter *s, int i) {
  pyrt_slot *pa = s->v + s->pending[i].base, *pb = s->v + s->pending[i + 1].base;
  int64_t na = s->pending[i].len, nb = s->pending[i + 1].len;
  s->pending[i].len = na + nb;
  if (i == s->npending - 3) s->pending[i + 1] = s->pending[i + 2];
  s->npending--;
  int64_t k = gallop_right(s, *pb, pa, na, 0);
  pa += k;
  na -= k;
  if (na == 0) return;
  nb = gallop_left(s, pa[na - 1], pb, nb, nb - 1);
  if (nb <= 0) return;
  if (na <= nb) merge_lo(s, pa, na, pb, nb);
  else merge_hi(s, pa, na, pb, nb);
}

/* Depth of the boundary between runs [s1, s1+n1) and [s1+n1, s1+n1+n2) in the
 * powersort merge tree over n elements. */
static int powerloop(int64_t s1, int64_t n1, int64_t n2, int64_t n) {
  int result = 0;
  int64_t a = 2 * s1 + n1, b = a + n1 + n2;
  for (;;) {
    result++;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) {
      break;
    }
    a <<= 1;
    b <<= 1;
  }
  return result;
}

static void found_new_run(sorter *s, int64_t n2) {
  if (s->npending == 0) return;
  run *top = &s->pending[s->npending - 1];
  int power = powerloop(top->base, top->len, n2, s->n);
  while (s->npending > 1 && s->pending[s->npending - 2].power > power)
    merge_at(s, s->npending - 2);
  s->pending[s->npending - 1].power = power;
}

static void force_collapse(sorter *s) {
  while (s->npending > 1) {
    int n = s->npending - 2;
    if (n > 0 && s->pending[n - 1].len < s->pending[n + 1].len) n--;
    merge_at(s, n);
  }
}

static void timsort(sorter *s) {
  if (s->n < 2) return;
  int64_t minrun = compute_minrun(s->n), lo = 0, remaining = s->n;
  do {
    int descending;
    int64_t len = count_run(s, s->v + lo, remaining, &descending);
    if (descending) reverse_slots(s->v + lo, len);
    if (len < minrun) {
      int64_t force = remaining <= minrun ? remaining : minrun;
      binary_sort(s, s->v + lo, force, len);
      len = force;
    }
    found_new_run(s, len);
    s->pending[s->npending++] = (run){lo, len, 0};
    lo += len;
    remaining -= len;
  } while (remaining);
  force_collapse(s);
}

/* A malloc'd copy of the slots of list `o` (new references when `retain`), and their kind. */
static pyrt_slot *copy_items(pyrt_object *o, int64_t *n, int32_t *kind, int retain) {
  *n = pyrt_list_len(o);
  *kind = pyrt_list_elem_kind(o);
  pyrt_slot *v = pyrt_malloc(sizeof(pyrt_slot) * (size_t)(*n ? *n : 1));
  pyrt_seq_chunk c;
  for (int64_t pos = 0; pyrt_seq_chunk_at(o, pos, &c); pos += c.n) {
    memcpy(v + pos, c.items, sizeof(pyrt_slot) * (size_t)c.n);
    if (retain && c.kind == PYRT_SLOT_OBJ)
      for (int64_t j = 0; j < c.n; j++) pyrt_retain(c.items[j].o);
  }
  return v;
}

/* What a sort holds while its comparisons run, given back if one raises. */
typedef struct {
  sorter *s;
  pyrt_object *result; /* the list being sorted (released), or NULL */
  pyrt_slot *arrays[3]; /* a sort by keys: its copies and index array (freed), or NULL */
} sort_holdings;

static void sort_cleanup(void *arg) {
  sort_holdings *h = arg;
  free(h->s->tmp);
  for (int i = 0; i < 3; i++) free(h->arrays[i]);
  if (h->result) pyrt_release(h->result);
}

pyrt_object *pyrt_list_sorted(pyrt_object *o, int32_t reverse) {
  int64_t n;
  int32_t kind;
  pyrt_slot *v = copy_items(o, &n, &kind, 1);
  /* owned by a list from the start, released (with the merge buffer) if a comparison raises */
  pyrt_object *r = pyrt_list_adopt(v, n, kind);
  sorter s = {.kind = kind, .v = v, .n = n, .min_gallop = MIN_GALLOP};
  sort_holdings held = {.s = &s, .result = r};
  if (reverse) reverse_slots(v, n);
  /* The comparisons CPython's sort makes with the recursion check (of tuples, lists, mixed
   * values) are one level below the call of sorted(). */
  pyrt_cmp_depth++;
  pyrt_cleanup_push(sort_cleanup, &held);
  timsort(&s);
  pyrt_cleanup_pop();
  pyrt_cmp_depth--;
  free(s.tmp);
  if (reverse) reverse_slots(v, n);
  return r;
}

pyrt_object *pyrt_list_sorted_by_keys(pyrt_object *o, pyrt_object *keys, int32_t reverse) {
  int64_t n, nk;
  int32_t kind, key_kind;
  pyrt_slot *items = copy_items(o, &n, &kind, 0);
  pyrt_slot *key_items = copy_items(keys, &nk, &key_kind, 0);
  pyrt_slot *order = pyrt_malloc(sizeof(pyrt_slot) * (size_t)(n ? n : 1));
  for (int64_t i = 0; i < n; i++) order[i].i = i;
  sorter s = {.kind = key_kind, .keys = key_items, .v = order, .n = n,
              .min_gallop = MIN_GALLOP};
  sort_holdings held = {.s = &s, .arrays = {items, key_items, order}};
  if (reverse) reverse_slots(order, n);
  pyrt_cmp_depth++;
  pyrt_cleanup_push(sort_cleanup, &held);
  timsort(&s);
  pyrt_cleanup_pop();
  pyrt_cmp_depth--;
  free(s.tmp);
  free(key_items);
  if (reverse) reverse_slots(order, n);
  for (int64_t i = 0; i < n; i++) {
    order[i] = items[order[i].i];
    pyrt_slot_retain(order[i], kind);
  }
  free(items);
  return pyrt_list_adopt(order, n, kind);
}

static pyrt_slot min_max(pyrt_object *o, const char *op, const char *empty) {
  int64_t n = pyrt_list_len(o);
  int32_t kind = pyrt_list_elem_kind(o);
  if (n == 0) pyrt_raise(PYRT_EXC_VALUE, empty);
  int want = op[0] == '<' ? -1 : 1;
  pyrt_seq_iter it = pyrt_seq_iter_start(o);
  pyrt_slot best = {0}, item;
  int32_t k;
  pyrt_seq_next(&it, &best, &k);
  /* CPython compares with PyObject_RichCompareBool, whose `<`/`>` has no identity shortcut:
   * every comparison makes the recursion check, one level below the call of min()/max(). */
  pyrt_cmp_depth++;
  if (n > 1 && pyrt_cmp_at_limit()) pyrt_cmp_enter();
  while (pyrt_seq_next(&it, &item, &k)) {
    int64_t c;
    switch (kind) {
    case PYRT_SLOT_BOOL:
    case PYRT_SLOT_INT: c = item.i < best.i ? -1 : item.i > best.i; break;
    case PYRT_SLOT_FLOAT: c = item.f < best.f ? -1 : item.f > best.f; break;
    default:
      pyrt_cmp_enter();
      c = pyrt_slot_compare(item, kind, best, kind, op);
      pyrt_cmp_leave();
      break;
    }
    if ((want < 0 && c < 0) || (want > 0 && c > 0)) best = item;
  }
  pyrt_cmp_depth--;
  return best;
}

pyrt_slot pyrt_list_min(pyrt_object *l) {
  return min_max(l, "<", "min() arg is an empty sequence");
}

pyrt_slot pyrt_list_max(pyrt_object *l) {
  return min_max(l, ">", "max() arg is an empty sequence");
}

int64_t pyrt_list_sum_int(pyrt_object *o) {
  int64_t total = 0;
  pyrt_seq_iter it = pyrt_seq_iter_start(o);
  pyrt_slot v;
  int32_t k;
  while (pyrt_seq_next(&it, &v, &k)) {
    v = pyrt_slot_normalize(v, k, &k);
    if (k != PYRT_SLOT_INT && k != PYRT_SLOT_BOOL)
      pyrt_raisef(PYRT_EXC_TYPE, "unsupported operand type(s) for +: 'int' and '%s'",
                  pyrt_slot_type_name(v, k));
    if (__builtin_add_overflow(total, v.i, &total)) pyrt_int_overflow("sum");
  }
  return total;
}

double pyrt_list_sum_float(pyrt_object *o) {
  double total = 0.0;
  pyrt_seq_iter it = pyrt_seq_iter_start(o);
  pyrt_slot v;
  int32_t k;
  while (pyrt_seq_next(&it, &v, &k)) {
    v = pyrt_slot_normalize(v, k, &k);
    if (k == PYRT_SLOT_FLOAT) total += v.f;
    else if (k == PYRT_SLOT_INT || k == PYRT_SLOT_BOOL) total += (double)v.i;
    else
      pyrt_raisef(PYRT_EXC_TYPE, "unsupported operand type(s) for +: 'float' and '%s'",
                  pyrt_slot_type_name(v, k));
  }
  return total;
}

int64_t pyrt_list_best_index(pyrt_object *keys, int32_t is_max) {
  int64_t n = pyrt_list_len(keys), best = -1;
  pyrt_slot bv = {0};
  int32_t bk = 0;
  pyrt_seq_iter it = pyrt_seq_iter_start(keys);
  pyrt_slot v;
  int32_t k;
  for (int64_t i = 0; i < n && pyrt_seq_next(&it, &v, &k); i++) {
    /* CPython: `item OP best` with OP `>` for max, `<` for min; the first of equals stays. */
    if (best < 0 || pyrt_slot_richcompare(v, k, bv, bk, is_max ? ">" : "<")) {
      best = i;
      bv = v;
      bk = k;
    }
  }
  return best;
}
