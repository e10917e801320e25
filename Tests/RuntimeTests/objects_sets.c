/* objects_sets.c: ownership tests of dicts and sets that the CPython tables cannot see (run by
 * objects.c): the _consume functions reuse a unique dict or set in place (amortised O(1) per
 * step over a million steps) and copy a shared one, leaving it unchanged; a frozenset updated
 * in place forgets its cached hash; the iteration APIs agree with each other; values travel
 * through serialize.c and come back with the same repr, the same set layout and the same
 * object sharing; every object is freed (live-object count, LeakSanitizer, valgrind). */
#include "pyrt-internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static int passed, failed;

#define CHECK(cond)                                                                                \
  do {                                                                                             \
    if (cond) {                                                                                    \
      passed++;                                                                                    \
    } else {                                                                                       \
      failed++;                                                                                    \
      fprintf(stderr, "objects_sets.c:%d: check failed: %s\n", __LINE__, #cond);                   \
    }                                                                                              \
  } while (0)

static pyrt_object *s(const char *text) {
  return pyrt_str_new(text, (int64_t)strlen(text));
}

static pyrt_slot I(int64_t i) {
  return (pyrt_slot){.i = i};
}
static pyrt_slot O(pyrt_object *o) {
  return (pyrt_slot){.o = o};
}

static int repr_is(pyrt_object *o, const char *want) {
  pyrt_object *r = pyrt_object_repr(o);
  int ok = strcmp(((pyrt_str *)r)->data, want) == 0;
  if (!ok) fprintf(stderr, "  repr: got %s, want %s\n", ((pyrt_str *)r)->data, want);
  pyrt_release(r);
  return ok;
}

static int same_repr(pyrt_object *a, pyrt_object *b) {
  pyrt_object *x = pyrt_object_repr(a), *y = pyrt_object_repr(b);
  int same = pyrt_str_eq(x, y) != 0;
  pyrt_release(x);
  pyrt_release(y);
  return same;
}

static double seconds(clock_t start) {
  return (double)(clock() - start) / CLOCKS_PER_SEC;
}

/* d = {**d, k: v} a million times: one object, amortised O(1). */
static void test_dict_in_place(void) {
  clock_t start = clock();
  pyrt_object *d = pyrt_dict_new(0), *first = d;
  for (int64_t i = 0; i < 1000000; i++)
    d = pyrt_dict_setitem_consume(d, I(i % 700000), PYRT_SLOT_INT, I(i), PYRT_SLOT_INT);
  CHECK(d == first && pyrt_dict_len(d) == 700000);
  CHECK(pyrt_dict_getitem(d, I(5), PYRT_SLOT_INT).i == 700005);
  CHECK(pyrt_dict_getitem(d, I(699999), PYRT_SLOT_INT).i == 699999);
  CHECK(pyrt_dict_key_at(d, 3).i == 3 && pyrt_dict_value_at(d, 3).i == 700003);
  CHECK(seconds(start) < 20);
  /* a shared dict is copied (once), even at count 1 */
  pyrt_share(d);
  pyrt_object *e = pyrt_dict_setitem_consume(d, I(-1), PYRT_SLOT_INT, I(0), PYRT_SLOT_INT);
  CHECK(e != d && pyrt_dict_len(e) == 700001 && !pyrt_is_shared(e));
  pyrt_object *e2 = pyrt_dict_setitem_consume(e, I(-2), PYRT_SLOT_INT, I(0), PYRT_SLOT_INT);
  CHECK(e2 == e && pyrt_dict_len(e2) == 700002);
  pyrt_release(e2);
  /* a second reference: copied too */
  pyrt_object *a = pyrt_dict_new(2), *key = s("k");
  pyrt_retain(key);
  pyrt_dict_set_init(a, O(key), PYRT_SLOT_OBJ, O(s("v")), PYRT_SLOT_OBJ);
  pyrt_retain(a);
  pyrt_object *b = pyrt_dict_setitem_consume(a, O(s("k")), PYRT_SLOT_OBJ, I(1), PYRT_SLOT_INT);
  CHECK(a != b && repr_is(a, "{'k': 'v'}") && repr_is(b, "{'k': 1}"));
  CHECK(pyrt_dict_key_at(b, 0).o == key && key->refcnt == 3); /* key kept: a, b and ours */
  pyrt_object *m = pyrt_dict_merge_consume(b, a);
  CHECK(m == b && repr_is(m, "{'k': 'v'}"));
  pyrt_object *mm = pyrt_dict_merge_consume(m, m);
  CHECK(mm == m && repr_is(mm, "{'k': 'v'}") && pyrt_dict_len(mm) == 1);
  pyrt_release(mm);
  pyrt_release(a);
  pyrt_release(key);
}

/* s = s | {x} a million times: one object, amortised O(1), CPython's layout at every step. */
static void test_set_in_place(void) {
  clock_t start = clock();
  pyrt_object *st = pyrt_set_new(0), *first = st;
  for (int64_t i = 0; i < 1000000; i++)
    st = pyrt_set_add_consume(st, I(i * 7), PYRT_SLOT_INT);
  CHECK(st == first && pyrt_set_len(st) == 1000000);
  CHECK(pyrt_set_contains(st, I(7 * 999999), PYRT_SLOT_INT) &&
        !pyrt_set_contains(st, I(8), PYRT_SLOT_INT));
  CHECK(seconds(start) < 20);
  /* s = s | t in place; s = s - t in place when t is small (copy-then-remove), new otherwise */
  pyrt_object *t = pyrt_set_new(0);
  for (int64_t i = 0; i < 10; i++)
    pyrt_set_add_init(t, I(-i), PYRT_SLOT_INT);
  pyrt_object *u = pyrt_set_or_consume(st, t);
  CHECK(u == first && pyrt_set_len(u) == 1000009);
  pyrt_object *w = pyrt_set_sub_consume(u, t);
  CHECK(w == first && pyrt_set_len(w) == 999999 && !pyrt_set_contains(w, I(0), PYRT_SLOT_INT));
  pyrt_object *small = pyrt_set_sub_consume(t, w);
  CHECK(small != t && pyrt_set_len(small) == 10);
  pyrt_release(small);
  /* shared, even at count 1: copied */
  pyrt_share(w);
  pyrt_object *x = pyrt_set_add_consume(w, I(1), PYRT_SLOT_INT);
  CHECK(x != w && pyrt_set_len(x) == 1000000 && !pyrt_is_shared(x));
  pyrt_object *x2 = pyrt_set_add_consume(x, I(2), PYRT_SLOT_INT);
  CHECK(x2 == x);
  pyrt_release(x2);
  /* a second reference: copied, the original unchanged */
  pyrt_object *v = pyrt_set_new(0);
  pyrt_set_add_init(v, O(s("v")), PYRT_SLOT_OBJ);
  pyrt_retain(v);
  pyrt_object *v2 = pyrt_set_add_consume(v, O(s("w")), PYRT_SLOT_OBJ);
  CHECK(v2 != v && pyrt_set_len(v) == 1 && pyrt_set_len(v2) == 2);
  pyrt_release(v);
  pyrt_release(v2);
  /* s | s consumed: the same object, CPython's copy of it */
  pyrt_object *y = pyrt_set_new(0);
  pyrt_set_add_init(y, O(s("a")), PYRT_SLOT_OBJ);
  pyrt_object *z = pyrt_set_or_consume(y, y);
  CHECK(z == y && pyrt_set_len(z) == 1);
  pyrt_release(z);
}

/* A frozenset updated in place (unique) must not keep the hash of its old elements. */
static void test_frozenset_hash_in_place(void) {
  pyrt_object *f = pyrt_set_new(1);
  pyrt_set_add_init(f, I(1), PYRT_SLOT_INT);
  int64_t h1 = pyrt_hash_slot(O(f), PYRT_SLOT_OBJ);
  f = pyrt_set_add_consume(f, I(2), PYRT_SLOT_INT);
  pyrt_object *g = pyrt_set_new(1);
  pyrt_set_add_init(g, I(2), PYRT_SLOT_INT);
  pyrt_set_add_init(g, I(1), PYRT_SLOT_INT);
  CHECK(pyrt_hash_slot(O(f), PYRT_SLOT_OBJ) == pyrt_hash_slot(O(g), PYRT_SLOT_OBJ));
  CHECK(pyrt_hash_slot(O(f), PYRT_SLOT_OBJ) != h1);
  CHECK(pyrt_slot_eq(O(f), PYRT_SLOT_OBJ, O(g), PYRT_SLOT_OBJ));
  pyrt_release(f);
  pyrt_release(g);
}

/* next_pos, set_item and to_list walk the same order; dict entries by index. */
static void test_iteration(void) {
  pyrt_object *st = pyrt_set_new(0);
  for (int64_t i = 0; i < 300; i++)
    pyrt_set_add_init(st, I((i * 37) % 1000 - 500), PYRT_SLOT_INT);
  pyrt_object *l = pyrt_set_to_list(st, PYRT_SLOT_INT);
  CHECK(pyrt_list_elem_kind(l) == PYRT_SLOT_INT && pyrt_list_len(l) == pyrt_set_len(st));
  int64_t i = 0, ok = 1;
  for (int64_t p = pyrt_set_next_pos(st, 0); p >= 0; p = pyrt_set_next_pos(st, p + 1), i++) {
    ok &= pyrt_set_key_at_pos(st, p).i == pyrt_list_getitem(l, i).i;
    ok &= pyrt_set_item(st, i).i == pyrt_list_getitem(l, i).i;
    ok &=
        pyrt_set_kind_at_pos(st, p) == PYRT_SLOT_INT && pyrt_set_item_kind(st, i) == PYRT_SLOT_INT;
  }
  CHECK(ok && i == pyrt_set_len(st));
  pyrt_object *boxed = pyrt_set_to_list(st, PYRT_SLOT_OBJ);
  CHECK(pyrt_list_elem_kind(boxed) == PYRT_SLOT_OBJ && pyrt_list_eq(boxed, l));
  /* the index is dropped when the (unique) set changes */
  st = pyrt_set_add_consume(st, I(100000), PYRT_SLOT_INT);
  int64_t n = pyrt_set_len(st), found = 0;
  for (int64_t k = 0; k < n; k++)
    found += pyrt_set_item(st, k).i == 100000;
  CHECK(found == 1);
  pyrt_release(boxed);
  pyrt_release(l);
  pyrt_release(st);
  pyrt_object *d = pyrt_dict_new(0);
  pyrt_dict_set_init(d, O(s("b")), PYRT_SLOT_OBJ, I(1), PYRT_SLOT_INT);
  pyrt_dict_set_init(d, I(2), PYRT_SLOT_INT, (pyrt_slot){.f = 0.5}, PYRT_SLOT_FLOAT);
  pyrt_object *keys = pyrt_dict_keys(d, PYRT_SLOT_INT), *vals = pyrt_dict_values(d, PYRT_SLOT_INT);
  CHECK(repr_is(keys, "['b', 2]") && pyrt_list_elem_kind(keys) == PYRT_SLOT_OBJ);
  CHECK(repr_is(vals, "[1, 0.5]") && pyrt_dict_value_kind_at(d, 1) == PYRT_SLOT_FLOAT);
  pyrt_release(keys);
  pyrt_release(vals);
  pyrt_release(d);
}

/* Raising functions that consumed references release them (no leak when caught). */
static void test_consumed_on_raise(void) {
  int64_t live = pyrt_debug_live_objects();
  pyrt_object *d = pyrt_dict_new(0), *key = s("missing");
  pyrt_catch_point catcher;
  catcher.prev = pyrt_catch_top;
  if (setjmp(catcher.env) == 0) {
    pyrt_catch_top = &catcher;
    pyrt_object *bad = pyrt_list_new(0, PYRT_SLOT_INT);
    pyrt_dict_set_init(d, O(bad), PYRT_SLOT_OBJ, O(s("value")), PYRT_SLOT_OBJ);
    CHECK(!"unhashable key accepted");
  }
  CHECK(strcmp(catcher.text, "TypeError: unhashable type: 'list'") == 0);
  catcher.prev = pyrt_catch_top;
  if (setjmp(catcher.env) == 0) { /* consumes the set and the element */
    pyrt_catch_top = &catcher;
    (void)pyrt_set_add_consume(pyrt_set_new(0), O(pyrt_dict_new(0)), PYRT_SLOT_OBJ);
    CHECK(!"unhashable element accepted");
  }
  CHECK(strcmp(catcher.text, "TypeError: unhashable type: 'dict'") == 0);
  catcher.prev = pyrt_catch_top;
  if (setjmp(catcher.env) == 0) {
    pyrt_catch_top = &catcher;
    pyrt_dict_getitem(d, O(key), PYRT_SLOT_OBJ);
    CHECK(!"missing key found");
  }
  CHECK(strcmp(catcher.text, "KeyError: 'missing'") == 0);
  pyrt_release(d);
  pyrt_release(key);
  CHECK(pyrt_debug_live_objects() == live);
}

/* ---- serialisation --------------------------------------------------------------------------- */

static pyrt_object *round_trip(pyrt_object *o, int *bad) {
  pyrt_buf b = {0};
  pyrt_pack_object(&b, o);
  const char *p = b.data;
  pyrt_object *r = pyrt_unpack_object(&p, b.data + b.len, bad);
  if (p != b.data + b.len) *bad = 1;
  pyrt_buf_free(&b);
  return r;
}

static void test_serialize(void) {
  /* a set with dummies (a - b copied then removed), a frozenset key, a shared tuple */
  pyrt_object *big = pyrt_set_new(0), *few = pyrt_set_new(0);
  for (int64_t i = 0; i < 40; i++)
    pyrt_set_add_init(big, I(i * 8), PYRT_SLOT_INT);
  for (int64_t i = 0; i < 5; i++)
    pyrt_set_add_init(few, I(i * 16), PYRT_SLOT_INT);
  pyrt_object *holes = pyrt_set_sub(big, few);
  CHECK(pyrt_as_set(holes)->fill > pyrt_as_set(holes)->used);
  pyrt_object *fs = pyrt_set_from(1, few);
  pyrt_object *tup = pyrt_tuple_new(2);
  pyrt_tuple_set_init(tup, 0, O(s("t")), PYRT_SLOT_OBJ);
  pyrt_tuple_set_init(tup, 1, I(1), PYRT_SLOT_BOOL);
  pyrt_object *d = pyrt_dict_new(0);
  pyrt_retain(tup);
  pyrt_retain(tup);
  pyrt_dict_set_init(d, O(fs), PYRT_SLOT_OBJ, O(holes), PYRT_SLOT_OBJ);
  pyrt_dict_set_init(d, O(s("x")), PYRT_SLOT_OBJ, O(tup), PYRT_SLOT_OBJ);
  pyrt_dict_set_init(d, O(tup), PYRT_SLOT_OBJ, (pyrt_slot){.f = 2.5}, PYRT_SLOT_FLOAT);
  pyrt_dict_set_init(d, I(7), PYRT_SLOT_INT, O(pyrt_set_new(0)), PYRT_SLOT_OBJ);
  int bad = 0;
  pyrt_object *back = round_trip(d, &bad);
  CHECK(!bad && back != d && same_repr(back, d) && pyrt_dict_eq(back, d));
  /* the set's table came back slot for slot: the same order, the same dummies */
  pyrt_object *holes2 = pyrt_dict_value_at(back, 0).o;
  CHECK(pyrt_as_set(holes2)->fill == pyrt_as_set(holes)->fill);
  int same_layout = pyrt_as_set(holes2)->mask == pyrt_as_set(holes)->mask;
  for (int64_t j = 0; same_layout && j <= pyrt_as_set(holes)->mask; j++)
    same_layout = pyrt_as_set(holes2)->kinds[j] == pyrt_as_set(holes)->kinds[j] &&
                  pyrt_as_set(holes2)->keys[j].i == pyrt_as_set(holes)->keys[j].i;
  CHECK(same_layout);
  /* the tuple met twice is one object again; lookups work in the rebuilt index */
  CHECK(pyrt_dict_value_at(back, 1).o == pyrt_dict_key_at(back, 2).o);
  pyrt_slot key = pyrt_dict_key_at(back, 0);
  CHECK(pyrt_dict_find(back, key, PYRT_SLOT_OBJ) == 0);
  CHECK(pyrt_dict_getitem(back, O(tup), PYRT_SLOT_OBJ).f == 2.5);
  CHECK(pyrt_dict_contains(back, O(fs), PYRT_SLOT_OBJ) &&
        pyrt_dict_contains(back, I(7), PYRT_SLOT_INT));
  pyrt_object *set_back = round_trip(holes, &bad);
  CHECK(!bad && set_back->kind == PYRT_KIND_SET && same_repr(set_back, holes));
  pyrt_object *fs_back = round_trip(fs, &bad);
  CHECK(!bad && fs_back->kind == PYRT_KIND_FROZENSET &&
        pyrt_hash_slot(O(fs_back), PYRT_SLOT_OBJ) == pyrt_hash_slot(O(fs), PYRT_SLOT_OBJ));
  /* a cut message is malformed, not a crash */
  pyrt_buf b = {0};
  pyrt_pack_object(&b, d);
  for (int64_t cut = 0; cut < b.len; cut += 7) {
    const char *p = b.data;
    int cut_bad = 0;
    pyrt_object *part = pyrt_unpack_object(&p, b.data + cut, &cut_bad);
    CHECK(cut_bad);
    pyrt_release(part);
  }
  pyrt_buf_free(&b);
  pyrt_release(fs_back);
  pyrt_release(set_back);
  pyrt_release(back);
  pyrt_release(d);
  pyrt_release(tup);
  pyrt_release(big);
  pyrt_release(few);
}

void objects_sets_run(int *total_passed, int *total_failed) {
  test_dict_in_place();
  test_set_in_place();
  test_frozenset_hash_in_place();
  test_iteration();
  test_consumed_on_raise();
  test_serialize();
  *total_passed += passed;
  *total_failed += failed;
}
