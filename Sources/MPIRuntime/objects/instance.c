/* instance.c: instances of the program's own classes. An instance is its class number and a
 * slot per field, each with its slot kind, like a tuple's items; fields are assigned while
 * `__init__` runs and never after, so an instance is shared between tasks and sent to other
 * ranks as it is (serialize.c packs the class number and the fields). What the class defines
 * (`__repr__`, `__eq__`, ...) the runtime calls through the class table the compiler emits
 * (pyforac_classes, pyrt-core.h); what it does not define behaves as `object` does. */
#include "pyrt-internal.h"

#include <stdio.h>
#include <string.h>

typedef struct pyrt_instance {
  pyrt_object head;
  int32_t cls;
  int32_t nfields;
  /* The instance's identity: its rank of creation and a number unique there. A copy sent to
   * another rank keeps it, so `==` by identity, identity hashes and dict lookups see the copy
   * as the very object it was made from, as the one process of CPython does. */
  int64_t uid;
  /* followed by `nfields` pyrt_slot values, then `nfields` uint8_t slot kinds */
  pyrt_slot fields[];
} pyrt_instance;

static pyrt_instance *as_instance(pyrt_object *o) { return (pyrt_instance *)o; }
static uint8_t *kinds_of(pyrt_instance *x) { return (uint8_t *)(x->fields + x->nfields); }

static const pyrt_class *class_at(int32_t cls) {
  if (!&pyforac_class_count || !pyforac_classes || cls < 0 || cls >= pyforac_class_count)
    pyrt_unsupported("an instance of a class this executable does not define");
  return &pyforac_classes[cls];
}

static const pyrt_class *class_of(pyrt_object *o) { return class_at(as_instance(o)->cls); }

const char *pyrt_instance_class_name(const pyrt_object *o) {
  return class_of((pyrt_object *)o)->name;
}

pyrt_object *pyrt_instance_new(int32_t cls) {
  int32_t n = class_at(cls)->nfields;
  size_t size = sizeof(pyrt_instance) + (size_t)n * (sizeof(pyrt_slot) + 1);
  pyrt_instance *x = (pyrt_instance *)pyrt_object_alloc(size, PYRT_KIND_INSTANCE);
  static int64_t next_uid;
  x->cls = cls;
  x->nfields = n;
  x->uid = ((int64_t)pyrt_rank() << 44) | __atomic_fetch_add(&next_uid, 1, __ATOMIC_RELAXED);
  memset(x->fields, 0, (size_t)n * sizeof(pyrt_slot));
  memset(kinds_of(x), PYRT_SLOT_UNSET, (size_t)n);
  return &x->head;
}

void pyrt_instance_set(pyrt_object *o, int64_t i, pyrt_slot v, int32_t kind) {
  pyrt_instance *x = as_instance(o);
  uint8_t *kinds = kinds_of(x);
  pyrt_slot old = x->fields[i];
  int32_t old_kind = kinds[i];
  x->fields[i] = v;
  kinds[i] = (uint8_t)kind;
  if (old_kind == PYRT_SLOT_OBJ) pyrt_release(old.o);
}

void pyrt_instance_set_union(pyrt_object *o, int64_t i, pyrt_slot v, int64_t kind) {
  pyrt_instance_set(o, i, v, (int32_t)kind);
}

int64_t pyrt_instance_kind(pyrt_object *o, int64_t i) { return kinds_of(as_instance(o))[i]; }

int64_t pyrt_check_len(int64_t n) {
  if (n < 0) pyrt_raise(PYRT_EXC_VALUE, "__len__() should return >= 0");
  return n;
}

_Noreturn void pyrt_instance_no_attribute(int32_t cls, const char *name) {
  pyrt_raisef(PYRT_EXC_ATTRIBUTE, "'%s' object has no attribute '%s'", class_at(cls)->name, name);
}

pyrt_slot pyrt_instance_get(pyrt_object *o, int64_t i) {
  pyrt_instance *x = as_instance(o);
  if (kinds_of(x)[i] == PYRT_SLOT_UNSET)
    pyrt_instance_no_attribute(x->cls, class_at(x->cls)->fields[i]);
  return x->fields[i];
}

int64_t pyrt_instance_class(pyrt_object *o) {
  return o && o->kind == PYRT_KIND_INSTANCE ? as_instance(o)->cls : -1;
}

_Noreturn void pyrt_object_no_attribute(pyrt_object *o, const char *name) {
  pyrt_raisef(PYRT_EXC_ATTRIBUTE, "'%s' object has no attribute '%s'",
              o ? pyrt_type_name(o) : "NoneType", name);
}

pyrt_object *pyrt_object_getattr(pyrt_object *o, const char *name) {
  if (o && o->kind == PYRT_KIND_INSTANCE) {
    pyrt_instance *x = as_instance(o);
    const pyrt_class *c = class_at(x->cls);
    for (int32_t i = 0; i < x->nfields; i++) {
      if (strcmp(c->fields[i], name) != 0) continue;
      int32_t kind = kinds_of(x)[i];
      if (kind == PYRT_SLOT_UNSET) break;
      if (kind == PYRT_SLOT_OBJ) {
        pyrt_retain(x->fields[i].o);
        return x->fields[i].o;
      }
      return pyrt_slot_box(x->fields[i], kind);
    }
  }
  pyrt_object_no_attribute(o, name);
}

pyrt_object *pyrt_instance_default_repr(pyrt_object *o) {
  char tmp[64];
  snprintf(tmp, sizeof tmp, " object at %p>", (void *)o);
  pyrt_buf b;
  pyrt_buf_init(&b, 64);
  pyrt_buf_append_cstr(&b, "<__main__.");
  pyrt_buf_append_cstr(&b, class_of(o)->name);
  pyrt_buf_append_cstr(&b, tmp);
  return pyrt_buf_to_str(&b);
}

int64_t pyrt_instance_identity_hash(pyrt_object *o) {
  /* object.__hash__ rotates the address by 4 bits; the identity here is the uid */
  uint64_t p = (uint64_t)as_instance(o)->uid * UINT64_C(0x9e3779b97f4a7c15);
  int64_t h = (int64_t)(p >> 1);
  return h == -1 ? -2 : h;
}

int64_t pyrt_instance_uid(pyrt_object *o) { return as_instance(o)->uid; }

void pyrt_instance_set_uid(pyrt_object *o, int64_t uid) { as_instance(o)->uid = uid; }

/* Around a call of compiled code from the runtime: the cleanups pushed so far belong to the
 * C frames below it (a raise caught inside the method must not run them). */
static int32_t thunk_enter(void) {
  pyrt_task *t = pyrt_task_self();
  int32_t floor = t->cleanup_floor;
  t->cleanup_floor = t->ncleanups;
  return floor;
}

static void thunk_leave(int32_t floor) { pyrt_task_self()->cleanup_floor = floor; }

void pyrt_thunk_unwind(int32_t floor) {
  pyrt_task *t = pyrt_task_self();
  t->cleanup_floor = floor;
  pyrt_run_cleanups(t);
}

/* Calls a compiled __repr__/__str__ thunk: the repr in progress (a container holding the
 * instance) is put aside while the method runs, which may make reprs of its own. */
static pyrt_object *call_text(pyrt_object *(*method)(pyrt_object *, int32_t), pyrt_object *o,
                              const char *which) {
  pyrt_task *t = pyrt_task_self();
  int32_t base = t->repr_base, depth = t->repr_depth;
  int32_t floor = thunk_enter();
  pyrt_object *s = method(o, floor);
  thunk_leave(floor);
  t->repr_base = base;
  t->repr_depth = depth;
  if (!s || s->kind != PYRT_KIND_STR) {
    const char *got = s ? pyrt_type_name(s) : "NoneType";
    pyrt_release(s);
    pyrt_raisef(PYRT_EXC_TYPE, "%s returned non-string (type %s)", which, got);
  }
  return s;
}

/* "C(x=1, y='a')": the __repr__ @dataclass generates (each field's repr, nested reprs
 * checked for depth as a tuple's items are). */
static pyrt_object *dataclass_repr(pyrt_object *o) {
  pyrt_instance *x = as_instance(o);
  const pyrt_class *c = class_of(o);
  pyrt_task *t = pyrt_task_self();
  int32_t base = t->repr_base, depth = t->repr_depth;
  t->repr_base = 1;
  t->repr_depth = 0;
  pyrt_buf b;
  pyrt_buf_init(&b, 32);
  pyrt_cleanup_push((void (*)(void *))pyrt_buf_free, &b);
  pyrt_buf_append_cstr(&b, c->name);
  pyrt_buf_append_char(&b, '(');
  for (int32_t i = 0; i < x->nfields; i++) {
    if (i > 0) pyrt_buf_append(&b, ", ", 2);
    pyrt_buf_append_cstr(&b, c->fields[i]);
    pyrt_buf_append_char(&b, '=');
    pyrt_buf_append_repr(&b, pyrt_instance_get(o, i), kinds_of(x)[i]);
  }
  pyrt_buf_append_char(&b, ')');
  pyrt_cleanup_pop();
  t->repr_base = base;
  t->repr_depth = depth;
  return pyrt_buf_to_str(&b);
}

pyrt_object *pyrt_instance_repr(pyrt_object *o) {
  const pyrt_class *c = class_of(o);
  if (c->repr) return call_text(c->repr, o, "__repr__");
  if (c->flags & PYRT_CLASS_DATACLASS_REPR) return dataclass_repr(o);
  return pyrt_instance_default_repr(o);
}

pyrt_object *pyrt_instance_str(pyrt_object *o) {
  const pyrt_class *c = class_of(o);
  if (c->str) return call_text(c->str, o, "__str__");
  return pyrt_instance_repr(o);
}

/* ---- the descriptor ---------------------------------------------------------------------------- */

static void instance_clear(pyrt_object *o) {
  pyrt_instance *x = as_instance(o);
  uint8_t *kinds = kinds_of(x);
  for (int32_t i = 0; i < x->nfields; i++)
    if (kinds[i] == PYRT_SLOT_OBJ) pyrt_release(x->fields[i].o);
}

static void instance_children(pyrt_object *o, pyrt_slots_visitor visit, void *ctx) {
  pyrt_instance *x = as_instance(o);
  visit(ctx, x->fields, x->nfields, 0, kinds_of(x));
}

static void instance_repr_into(pyrt_buf *b, pyrt_object *o) {
  pyrt_object *s = pyrt_instance_repr(o);
  const pyrt_str *str = (const pyrt_str *)s;
  pyrt_buf_append(b, str->data, str->nbytes);
  pyrt_release(s);
}

/* `==` as the class defines it for two instances of the class; identity otherwise (object's
 * __eq__). An __eq__ met with an instance of another class would be called with it by
 * CPython: pyforac compiled it for its own class only, and stops. */
static int64_t instance_eq(pyrt_object *a, pyrt_object *b) {
  const pyrt_class *ca = class_of(a), *cb = class_of(b);
  if (ca == cb && (ca->flags & PYRT_CLASS_DATACLASS_EQ)) {
    /* the generated __eq__: the fields compared as tuples (identity first, item by item) */
    pyrt_instance *x = as_instance(a), *y = as_instance(b);
    return pyrt_items_eq(x->fields, kinds_of(x), y->fields, kinds_of(y), a == b ? 0 : x->nfields);
  }
  if (ca == cb && ca->eq) {
    int32_t floor = thunk_enter();
    int64_t r = ca->eq(a, b, floor);
    thunk_leave(floor);
    return r;
  }
  if (ca->eq || cb->eq)
    pyrt_unsupported("comparing instances of two classes with '==' where one defines "
                           "__eq__ (compiled for its own class only)");
  return a == b || as_instance(a)->uid == as_instance(b)->uid;
}

/* Ordering through __lt__ (`a > b` is `b < a` where the class defines no __gt__, as CPython
 * reflects it); the other ordering methods are called by compiled code only. */
static int64_t instance_compare(pyrt_object *a, pyrt_object *b, const char *op) {
  const pyrt_class *ca = class_of(a), *cb = class_of(b);
  int less = strcmp(op, "<") == 0;
  int greater = strcmp(op, ">") == 0 && !(ca->flags & PYRT_CLASS_OTHER_ORDER);
  if (ca == cb && ca->lt && (less || greater)) {
    int32_t floor = thunk_enter();
    int64_t r = less ? (ca->lt(a, b, floor) ? -1 : 1) : (ca->lt(b, a, floor) ? 1 : -1);
    thunk_leave(floor);
    return r;
  }
  if (ca->lt || cb->lt || ((ca->flags | cb->flags) & PYRT_CLASS_OTHER_ORDER))
    pyrt_unsupported("ordering instances of a class defining ordering methods from the "
                     "runtime other than '<' (and '>' through __lt__) between two instances "
                     "of that class");
  pyrt_raisef(PYRT_EXC_TYPE, "'%s' not supported between instances of '%s' and '%s'", op,
              ca->name, cb->name);
}

int64_t pyrt_instance_truth(pyrt_object *o) {
  if (class_of(o)->flags & PYRT_CLASS_TRUTH)
    pyrt_unsupported("the truth value of an instance whose class defines __bool__ or __len__, "
                     "held as a value of several types");
  return 1;
}

static int64_t instance_hash(pyrt_object *o) {
  const pyrt_class *c = class_of(o);
  if (c->hash && !(c->flags & PYRT_CLASS_UNHASHABLE)) {
    int32_t floor = thunk_enter();
    int64_t h = c->hash(o, floor);
    thunk_leave(floor);
    return h == -1 ? -2 : h;
  }
  if (c->flags & PYRT_CLASS_UNHASHABLE) pyrt_raisef(PYRT_EXC_TYPE, "unhashable type: '%s'", c->name);
  if (c->flags & PYRT_CLASS_DATACLASS_HASH) {
    /* the generated __hash__: hash of the tuple of the fields */
    pyrt_instance *x = as_instance(o);
    pyrt_object *t = pyrt_tuple_new(x->nfields);
    for (int32_t i = 0; i < x->nfields; i++) {
      pyrt_slot_retain(x->fields[i], kinds_of(x)[i]);
      pyrt_tuple_set_init(t, i, x->fields[i], kinds_of(x)[i]);
    }
    pyrt_cleanup_push((void (*)(void *))pyrt_release, t);
    int64_t h = pyrt_hash_slot((pyrt_slot){.o = t}, PYRT_SLOT_OBJ);
    pyrt_cleanup_pop();
    pyrt_release(t);
    return h;
  }
  return pyrt_instance_identity_hash(o);
}

const pyrt_type pyrt_instance_type = {
    .name = "object",
    .clear = instance_clear,
    .children = instance_children,
    .repr = instance_repr_into,
    .eq = instance_eq,
    .compare = instance_compare,
    .hash = instance_hash,
};
