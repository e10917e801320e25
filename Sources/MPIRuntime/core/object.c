/* object.c: allocation, reference counting and deallocation of every heap object.
 *
 * Freeing is iterative: an object whose count drops to zero while another object is being
 * freed is queued (linked through its dead refcnt field) instead of freed recursively, so a
 * deeply nested structure (a tuple chain a million levels deep) cannot overflow the C stack.
 */
#include "pyrt-internal.h"

#include <stdlib.h>

/* Live mortal objects: each thread counts what it allocates and frees; a finished task folds
 * its thread's count into the process total (pyrt_live_fold). */
static int64_t live_folded;
static _Thread_local int64_t live_objects;
static _Thread_local pyrt_object *pending_free;
static _Thread_local int freeing;

void *pyrt_malloc(size_t n) {
  void *p = malloc(n ? n : 1);
  if (!p) pyrt_raise(PYRT_EXC_MEMORY, NULL);
  return p;
}

void *pyrt_realloc(void *p, size_t n) {
  void *q = realloc(p, n ? n : 1);
  if (!q) pyrt_raise(PYRT_EXC_MEMORY, NULL);
  return q;
}

pyrt_object *pyrt_object_alloc(size_t size, uint32_t kind) {
  pyrt_object *o = pyrt_malloc(size);
  o->refcnt = 1;
  o->kind = kind;
  o->flags = 0;
  live_objects += 1;
  return o;
}

pyrt_object *pyrt_object_try_alloc(size_t size, uint32_t kind) {
  pyrt_object *o = calloc(1, size);
  if (!o) return NULL;
  o->refcnt = 1;
  o->kind = kind;
  live_objects += 1;
  return o;
}

int64_t pyrt_debug_live_objects(void) {
  return __atomic_load_n(&live_folded, __ATOMIC_ACQUIRE) + live_objects;
}

void pyrt_live_fold(void) {
  __atomic_fetch_add(&live_folded, live_objects, __ATOMIC_ACQ_REL);
  live_objects = 0;
}

void pyrt_object_make_immortal(pyrt_object *o) {
  if (o->refcnt < 0) return;
  o->refcnt = -1;
  live_objects -= 1;
}

/* pyrt_refcnt_inc/dec spelled out, reusing the count loaded for the immortal test. */
void pyrt_retain(pyrt_object *o) {
  if (!o) return;
  int64_t c = pyrt_refcnt_load(o);
  if (c < 0) return;
  if (pyrt_is_shared(o))
    __atomic_fetch_add(&o->refcnt, 1, __ATOMIC_RELAXED);
  else
    o->refcnt = c + 1;
}

void pyrt_release(pyrt_object *o) {
  if (!o) return;
  int64_t c = pyrt_refcnt_load(o);
  if (c < 0) return;
  if (pyrt_is_shared(o)) {
    if (__atomic_sub_fetch(&o->refcnt, 1, __ATOMIC_ACQ_REL) == 0) pyrt_object_dealloc(o);
  } else if (c == 1) {
    pyrt_object_dealloc(o); /* reuses the count field as its queue link */
  } else {
    o->refcnt = c - 1;
  }
}

void pyrt_object_children(pyrt_object *o, pyrt_slots_visitor visit, void *ctx) {
  const pyrt_type *t = pyrt_type_of(o);
  if (t->children) t->children(o, visit, ctx);
}

/* The descriptor of every kind, by kind number: a new kind adds its line here. */
const pyrt_type *const pyrt_types[PYRT_KIND_COUNT] = {
    [PYRT_KIND_NONE] = &pyrt_none_type,   [PYRT_KIND_BOOL] = &pyrt_bool_type,
    [PYRT_KIND_INT] = &pyrt_int_type,     [PYRT_KIND_FLOAT] = &pyrt_float_type,
    [PYRT_KIND_STR] = &pyrt_str_type,     [PYRT_KIND_LIST] = &pyrt_list_type,
    [PYRT_KIND_TUPLE] = &pyrt_tuple_type, [PYRT_KIND_DICT] = &pyrt_dict_type,
    [PYRT_KIND_SET] = &pyrt_set_type,     [PYRT_KIND_FROZENSET] = &pyrt_frozenset_type,
    [PYRT_KIND_EXCEPTION] = &pyrt_exception_type, [PYRT_KIND_INSTANCE] = &pyrt_instance_type,
};

static void free_one(pyrt_object *o) {
  const pyrt_type *t = pyrt_type_of(o);
  if (t->clear) t->clear(o);
  live_objects -= 1;
  free(o);
}

void pyrt_object_dealloc(pyrt_object *o) {
  o->refcnt = (int64_t)(intptr_t)pending_free;
  pending_free = o;
  if (freeing) return;
  freeing = 1;
  while (pending_free) {
    pyrt_object *next = pending_free;
    pending_free = (pyrt_object *)(intptr_t)next->refcnt;
    free_one(next);
  }
  freeing = 0;
}

void pyrt_slot_release(pyrt_slot v, int32_t kind) {
  if (kind == PYRT_SLOT_OBJ) pyrt_release(v.o);
}

void pyrt_slot_retain(pyrt_slot v, int32_t kind) {
  if (kind == PYRT_SLOT_OBJ) pyrt_retain(v.o);
}
