/* set_ops.c: the set operators and methods, each building its result as CPython 3.11 does,
 * since the layout of the result (and so its iteration order) depends on it:
 *
 *   a | b, a.union(x)      a copy of a (an empty table merged with a), then x added to it
 *   a & b                  the smaller operand (b when equal) is iterated, its elements that are
 *                          in the other are added to a new set: the result keeps b's objects
 *   a.intersection(x)      x iterated; stops once the result is as large as a
 *   a - b                  a's elements not in b, added to a new set; when len(a) // 4 > len(b),
 *                          a copy of a with b's elements removed (dummies, maybe a rebuild)
 *   a ^ b                  a copy of b (as a's type) updated with a: each element removed when
 *                          present, added when not
 * The result has a's type (set or frozenset). Comparisons are subset tests.
 */
#include "pyrt-internal.h"

#include <string.h>

static void release_obj(void *o) {
  pyrt_release(o);
}

/* Each builder below owns its result until it returns it: a raise (a comparison at the
 * recursion limit) releases it. */
static pyrt_set *result_new(int32_t kind) {
  pyrt_object *r = pyrt_set_new(kind == PYRT_KIND_FROZENSET);
  pyrt_cleanup_push(release_obj, r);
  return pyrt_as_set(r);
}

static pyrt_object *result_done(pyrt_set *r) {
  pyrt_cleanup_pop();
  return &r->head;
}

/* Adds a borrowed key of known hash to a result. */
static void add_known(pyrt_set *s, pyrt_slot key, int32_t kind, int64_t hash) {
  if (pyrt_set_add_entry(s, key, kind, hash)) pyrt_slot_retain(key, kind);
}

/* Slot j holds an element (not empty, not a dummy). */
static int active(const pyrt_set *s, int64_t j) {
  return s->kinds[j] < PYRT_SET_DUMMY;
}

static void require_sets(pyrt_object *a, pyrt_object *b, const char *op) {
  if (!pyrt_is_anyset(a) || !pyrt_is_anyset(b))
    pyrt_raisef(PYRT_EXC_TYPE, "unsupported operand type(s) for %s: '%s' and '%s'", op,
                pyrt_type_name(a), pyrt_type_name(b));
}

/* A new set of `kind` holding a copy of s (an empty table merged with s). */
static pyrt_set *copy_of(pyrt_set *s, int32_t kind) {
  pyrt_set *r = result_new(kind);
  pyrt_set_merge(r, s);
  return r;
}

pyrt_object *pyrt_set_copy(pyrt_object *s) {
  return result_done(copy_of(pyrt_as_set(s), s->kind));
}

/* ---- union ---------------------------------------------------------------------------------- */

pyrt_object *pyrt_set_union(pyrt_object *a, pyrt_object *x) {
  pyrt_set *r = copy_of(pyrt_as_set(a), a->kind);
  if (x != a) pyrt_set_update_init(&r->head, x);
  return result_done(r);
}

pyrt_object *pyrt_set_or(pyrt_object *a, pyrt_object *b) {
  require_sets(a, b, "|");
  return pyrt_set_union(a, b);
}

pyrt_object *pyrt_set_or_consume(pyrt_object *a, pyrt_object *b) {
  if (!pyrt_is_unique(a) || !pyrt_is_anyset(b)) {
    pyrt_cleanup_push(release_obj, a);
    pyrt_object *r = pyrt_set_or(a, b);
    pyrt_cleanup_pop();
    pyrt_release(a);
    return r;
  }
  /* in place: the layout CPython's copy would have, then b merged into it */
  pyrt_set_normalize_as_copy(pyrt_as_set(a));
  pyrt_cleanup_push(release_obj, a);
  if (a != b) pyrt_set_merge(pyrt_as_set(a), pyrt_as_set(b));
  pyrt_cleanup_pop();
  return a;
}

pyrt_object *pyrt_set_add_consume(pyrt_object *a, pyrt_slot v, int32_t kind) {
  /* a | {v}: {v} is built (and may raise) first */
  pyrt_cleanup_push(release_obj, a);
  if (kind == PYRT_SLOT_OBJ) pyrt_cleanup_push(release_obj, v.o);
  int64_t h = pyrt_hash_slot(v, kind);
  if (kind == PYRT_SLOT_OBJ) pyrt_cleanup_pop();
  pyrt_cleanup_pop();
  if (pyrt_is_unique(a)) {
    pyrt_set_normalize_as_copy(pyrt_as_set(a));
  } else {
    pyrt_object *copy = pyrt_set_new(a->kind == PYRT_KIND_FROZENSET);
    pyrt_set_merge(pyrt_as_set(copy), pyrt_as_set(a));
    pyrt_release(a);
    a = copy;
  }
  /* then pyrt_set_merge(a, {v}): its resize up front, then v added (into an empty table, v
   * lands where it lies in {v}) */
  pyrt_set *s = pyrt_as_set(a);
  pyrt_cleanup_push(release_obj, a);
  if (kind == PYRT_SLOT_OBJ) pyrt_cleanup_push(release_obj, v.o);
  if ((s->fill + 1) * 5 >= s->mask * 3) pyrt_set_resize(s, (s->used + 1) * 2);
  int added = pyrt_set_add_entry(s, v, kind, h);
  if (kind == PYRT_SLOT_OBJ) pyrt_cleanup_pop();
  pyrt_cleanup_pop();
  if (!added) pyrt_slot_release(v, kind);
  return a;
}

/* ---- intersection ------------------------------------------------------------------------- */

static pyrt_object *intersect_sets(pyrt_set *so, pyrt_set *other, int32_t kind) {
  pyrt_set *r = result_new(kind);
  if (other->used > so->used) {
    pyrt_set *t = so;
    so = other;
    other = t;
  }
  for (int64_t j = 0; j <= other->mask; j++) {
    if (!active(other, j)) continue;
    if (pyrt_set_has(so, other->keys[j], other->kinds[j], other->hashes[j]))
      add_known(r, other->keys[j], other->kinds[j], other->hashes[j]);
  }
  return result_done(r);
}

pyrt_object *pyrt_set_intersection(pyrt_object *a, pyrt_object *x) {
  if (a == x) return pyrt_set_copy(a);
  if (pyrt_is_anyset(x)) return intersect_sets(pyrt_as_set(a), pyrt_as_set(x), a->kind);
  pyrt_set *so = pyrt_as_set(a);
  pyrt_set *r = result_new(a->kind);
  pyrt_object *items = pyrt_iterable_items(x);
  pyrt_cleanup_push(release_obj, items);
  pyrt_seq_iter it = pyrt_seq_iter_start(items);
  pyrt_slot v;
  int32_t k;
  while (pyrt_seq_next(&it, &v, &k)) {
    int64_t h = pyrt_hash_slot(v, k);
    if (pyrt_set_has(so, v, k, h)) {
      add_known(r, v, k, h);
      if (r->used >= so->used) break;
    }
  }
  pyrt_cleanup_pop();
  pyrt_release(items);
  return result_done(r);
}

pyrt_object *pyrt_set_and(pyrt_object *a, pyrt_object *b) {
  require_sets(a, b, "&");
  return pyrt_set_intersection(a, b);
}

/* ---- difference ----------------------------------------------------------------------------- */

/* Removes x's elements from s (CPython's difference_update), then rebuilds s when more than a
 * quarter of its slots are dummies. */
static void difference_update(pyrt_set *s, pyrt_object *x) {
  if (pyrt_is_anyset(x)) {
    pyrt_set *other = pyrt_as_set(x);
    pyrt_object *smaller = NULL;
    if ((other->used >> 3) > s->used) { /* iterate their (small) intersection instead */
      smaller = intersect_sets(s, other, PYRT_KIND_SET);
      other = pyrt_as_set(smaller);
      pyrt_cleanup_push(release_obj, smaller);
    }
    for (int64_t j = 0; j <= other->mask; j++)
      if (active(other, j))
        pyrt_set_discard_entry(s, other->keys[j], other->kinds[j], other->hashes[j]);
    if (smaller) {
      pyrt_cleanup_pop();
      pyrt_release(smaller);
    }
  } else {
    pyrt_object *items = pyrt_iterable_items(x);
    pyrt_cleanup_push(release_obj, items);
    pyrt_seq_iter it = pyrt_seq_iter_start(items);
    pyrt_slot v;
    int32_t k;
    while (pyrt_seq_next(&it, &v, &k))
      pyrt_set_discard_entry(s, v, k, pyrt_hash_slot(v, k));
    pyrt_cleanup_pop();
    pyrt_release(items);
  }
  if ((uint64_t)(s->fill - s->used) > (uint64_t)s->mask / 4)
    pyrt_set_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

pyrt_object *pyrt_set_difference(pyrt_object *a, pyrt_object *x) {
  pyrt_set *so = pyrt_as_set(a);
  int copy_first = 1;
  if (pyrt_is_anyset(x) || x->kind == PYRT_KIND_DICT) {
    int64_t other_size = pyrt_is_anyset(x) ? pyrt_as_set(x)->used : pyrt_dict_len(x);
    copy_first = (so->used >> 2) > other_size;
  }
  if (copy_first) {
    pyrt_set *r = copy_of(so, a->kind);
    difference_update(r, x);
    return result_done(r);
  }
  pyrt_set *r = result_new(a->kind);
  for (int64_t j = 0; j <= so->mask; j++) {
    if (!active(so, j)) continue;
    int found = pyrt_is_anyset(x)
                    ? pyrt_set_has(pyrt_as_set(x), so->keys[j], so->kinds[j], so->hashes[j])
                    : pyrt_dict_find_hashed(x, so->keys[j], so->kinds[j], so->hashes[j]) >= 0;
    if (!found) add_known(r, so->keys[j], so->kinds[j], so->hashes[j]);
  }
  return result_done(r);
}

pyrt_object *pyrt_set_sub(pyrt_object *a, pyrt_object *b) {
  require_sets(a, b, "-");
  return pyrt_set_difference(a, b);
}

pyrt_object *pyrt_set_sub_consume(pyrt_object *a, pyrt_object *b) {
  require_sets(a, b, "-");
  pyrt_set *s = pyrt_as_set(a);
  if (!pyrt_is_unique(a) || (s->used >> 2) <= pyrt_as_set(b)->used) {
    /* CPython builds a new set here (or copies a shared one): O(len(a)) as there */
    pyrt_cleanup_push(release_obj, a);
    pyrt_object *r = pyrt_set_difference(a, b);
    pyrt_cleanup_pop();
    pyrt_release(a);
    return r;
  }
  pyrt_set_normalize_as_copy(s);
  pyrt_cleanup_push(release_obj, a);
  difference_update(s, b);
  pyrt_cleanup_pop();
  return a;
}

/* ---- symmetric difference ------------------------------------------------------------------ */

pyrt_object *pyrt_set_symmetric_difference(pyrt_object *a, pyrt_object *x) {
  pyrt_set *so = pyrt_as_set(a);
  pyrt_set *r = result_new(a->kind);
  pyrt_set_update_init(&r->head, x);
  for (int64_t j = 0; j <= so->mask; j++) {
    if (!active(so, j)) continue;
    if (!pyrt_set_discard_entry(r, so->keys[j], so->kinds[j], so->hashes[j]))
      add_known(r, so->keys[j], so->kinds[j], so->hashes[j]);
  }
  return result_done(r);
}

pyrt_object *pyrt_set_xor(pyrt_object *a, pyrt_object *b) {
  require_sets(a, b, "^");
  return pyrt_set_symmetric_difference(a, b);
}

/* ---- subset, superset, disjoint, comparisons ------------------------------------------------ */

static int subset_of(pyrt_set *a, pyrt_set *b) {
  if (a->used > b->used) return 0;
  for (int64_t j = 0; j <= a->mask; j++) {
    if (!active(a, j)) continue;
    if (!pyrt_set_has(b, a->keys[j], a->kinds[j], a->hashes[j])) return 0;
  }
  return 1;
}

int64_t pyrt_set_issubset(pyrt_object *a, pyrt_object *x) {
  if (pyrt_is_anyset(x)) return subset_of(pyrt_as_set(a), pyrt_as_set(x));
  pyrt_object *tmp = pyrt_set_from(0, x);
  pyrt_cleanup_push(release_obj, tmp);
  int r = subset_of(pyrt_as_set(a), pyrt_as_set(tmp));
  pyrt_cleanup_pop();
  pyrt_release(tmp);
  return r;
}

/* Calls check(s, v, kind, hash) on each item of a non-set iterable; stops at the first that
 * returns 1 and returns 1, else 0. */
static int any_item(pyrt_set *s, pyrt_object *x, int want_present) {
  pyrt_object *items = pyrt_iterable_items(x);
  pyrt_cleanup_push(release_obj, items);
  pyrt_seq_iter it = pyrt_seq_iter_start(items);
  pyrt_slot v;
  int32_t k;
  int hit = 0;
  while (!hit && pyrt_seq_next(&it, &v, &k))
    hit = pyrt_set_has(s, v, k, pyrt_hash_slot(v, k)) == want_present;
  pyrt_cleanup_pop();
  pyrt_release(items);
  return hit;
}

int64_t pyrt_set_issuperset(pyrt_object *a, pyrt_object *x) {
  if (pyrt_is_anyset(x)) return subset_of(pyrt_as_set(x), pyrt_as_set(a));
  return !any_item(pyrt_as_set(a), x, 0);
}

int64_t pyrt_set_isdisjoint(pyrt_object *a, pyrt_object *x) {
  pyrt_set *so = pyrt_as_set(a);
  if (a == x) return so->used == 0;
  if (!pyrt_is_anyset(x)) return !any_item(so, x, 1);
  pyrt_set *other = pyrt_as_set(x);
  if (other->used > so->used) {
    pyrt_set *t = so;
    so = other;
    other = t;
  }
  for (int64_t j = 0; j <= other->mask; j++) {
    if (!active(other, j)) continue;
    if (pyrt_set_has(so, other->keys[j], other->kinds[j], other->hashes[j])) return 0;
  }
  return 1;
}

int64_t pyrt_set_eq(pyrt_object *a, pyrt_object *b) {
  pyrt_set *x = pyrt_as_set(a), *y = pyrt_as_set(b);
  if (x->used != y->used) return 0;
  if (a == b) return 1;
  if (a->kind == PYRT_KIND_FROZENSET && b->kind == PYRT_KIND_FROZENSET) {
    int64_t hx = pyrt_cached_hash(&x->hash), hy = pyrt_cached_hash(&y->hash);
    if (hx != -1 && hy != -1 && hx != hy) return 0;
  }
  pyrt_cmp_enter();
  int r = subset_of(x, y);
  pyrt_cmp_leave();
  return r;
}

int64_t pyrt_set_richcompare(pyrt_object *a, pyrt_object *b, const char *op) {
  pyrt_set *x = pyrt_as_set(a), *y = pyrt_as_set(b);
  if (!strcmp(op, "==")) return pyrt_set_eq(a, b);
  if (!strcmp(op, "!=")) return !pyrt_set_eq(a, b);
  int64_t r;
  pyrt_cmp_enter();
  if (!strcmp(op, "<="))
    r = subset_of(x, y);
  else if (!strcmp(op, ">="))
    r = subset_of(y, x);
  else if (!strcmp(op, "<"))
    r = x->used < y->used && subset_of(x, y);
  else
    r = x->used > y->used && subset_of(y, x);
  pyrt_cmp_leave();
  return r;
}
