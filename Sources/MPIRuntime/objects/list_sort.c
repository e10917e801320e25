/* list_sort.c: sorted(), min(), max() and sum() over lists.
 *
 * sorted() makes exactly CPython's comparisons for lists shorter than 64 (timsort's
 * count_run + binary insertion sort, with `<` only), so even TypeError messages and the
 * placement of NaNs match; longer lists are cut into the same minrun-sized runs and then
 * merged stably without galloping (same result for any consistent ordering).
 * reverse=True reverses, sorts, and reverses again, as CPython does, to keep stability.
 */
#include "pyrt-internal.h"

#include <stdlib.h>
#include <string.h>

typedef struct sorter {
  int32_t kind;
} sorter;

static int less(const sorter *s, pyrt_slot a, pyrt_slot b) {
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

static void merge(const sorter *s, pyrt_slot *v, int64_t mid, int64_t n, pyrt_slot *tmp) {
  memcpy(tmp, v, sizeof(pyrt_slot) * (size_t)mid);
  int64_t i = 0, j = mid, k = 0;
  while (i < mid && j < n) v[k++] = less(s, v[j], tmp[i]) ? v[j++] : tmp[i++];
  while (i < mid) v[k++] = tmp[i++];
}

static void timsort_like(const sorter *s, pyrt_slot *v, int64_t n) {
  if (n < 2) return;
  int64_t minrun = compute_minrun(n);
  int64_t *runs = pyrt_malloc(sizeof(int64_t) * (size_t)(n + 1));
  int64_t nruns = 0, lo = 0;
  while (lo < n) {
    int descending;
    int64_t len = count_run(s, v + lo, n - lo, &descending);
    if (descending) reverse_slots(v + lo, len);
    if (len < minrun) {
      int64_t force = n - lo <= minrun ? n - lo : minrun;
      binary_sort(s, v + lo, force, len);
      len = force;
    }
    runs[nruns++] = lo;
    lo += len;
  }
  runs[nruns] = n;
  pyrt_slot *tmp = pyrt_malloc(sizeof(pyrt_slot) * (size_t)n);
  while (nruns > 1) {
    int64_t out = 0;
    for (int64_t r = 0; r < nruns; r += 2) {
      if (r + 1 < nruns)
        merge(s, v + runs[r], runs[r + 1] - runs[r], runs[r + 2] - runs[r], tmp);
      runs[out++] = runs[r];
    }
    runs[out] = n;
    nruns = out;
  }
  free(tmp);
  free(runs);
}

pyrt_object *pyrt_list_sorted(pyrt_object *o, int32_t reverse) {
  pyrt_list *l = (pyrt_list *)o;
  pyrt_object *r = pyrt_list_slice(o, 0, 0, 1, 0, 0, 0);
  pyrt_list *rl = (pyrt_list *)r;
  sorter s = {l->elem_kind};
  if (reverse) reverse_slots(rl->items, rl->length);
  timsort_like(&s, rl->items, rl->length);
  if (reverse) reverse_slots(rl->items, rl->length);
  return r;
}

static pyrt_slot min_max(pyrt_object *o, const char *op, const char *empty) {
  pyrt_list *l = (pyrt_list *)o;
  if (l->length == 0) pyrt_raise(PYRT_EXC_VALUE, empty);
  int want = op[0] == '<' ? -1 : 1;
  pyrt_slot best = l->items[0];
  for (int64_t i = 1; i < l->length; i++) {
    pyrt_slot item = l->items[i];
    int64_t c;
    switch (l->elem_kind) {
    case PYRT_SLOT_BOOL:
    case PYRT_SLOT_INT: c = item.i < best.i ? -1 : item.i > best.i; break;
    case PYRT_SLOT_FLOAT: c = item.f < best.f ? -1 : item.f > best.f; break;
    default: c = pyrt_slot_compare(item, l->elem_kind, best, l->elem_kind, op); break;
    }
    if ((want < 0 && c < 0) || (want > 0 && c > 0)) best = item;
  }
  return best;
}

pyrt_slot pyrt_list_min(pyrt_object *l) { return min_max(l, "<", "min() arg is an empty sequence"); }
pyrt_slot pyrt_list_max(pyrt_object *l) { return min_max(l, ">", "max() arg is an empty sequence"); }

int64_t pyrt_list_sum_int(pyrt_object *o) {
  pyrt_list *l = (pyrt_list *)o;
  int64_t total = 0;
  for (int64_t i = 0; i < l->length; i++) {
    int32_t k;
    pyrt_slot v = pyrt_slot_normalize(l->items[i], l->elem_kind, &k);
    if (k != PYRT_SLOT_INT && k != PYRT_SLOT_BOOL)
      pyrt_raisef(PYRT_EXC_TYPE, "unsupported operand type(s) for +: 'int' and '%s'",
                  pyrt_slot_type_name(v, k));
    if (__builtin_add_overflow(total, v.i, &total)) pyrt_int_overflow("sum");
  }
  return total;
}

double pyrt_list_sum_float(pyrt_object *o) {
  pyrt_list *l = (pyrt_list *)o;
  double total = 0.0;
  for (int64_t i = 0; i < l->length; i++) {
    int32_t k;
    pyrt_slot v = pyrt_slot_normalize(l->items[i], l->elem_kind, &k);
    if (k == PYRT_SLOT_FLOAT) total += v.f;
    else if (k == PYRT_SLOT_INT || k == PYRT_SLOT_BOOL) total += (double)v.i;
    else
      pyrt_raisef(PYRT_EXC_TYPE, "unsupported operand type(s) for +: 'float' and '%s'",
                  pyrt_slot_type_name(v, k));
  }
  return total;
}
