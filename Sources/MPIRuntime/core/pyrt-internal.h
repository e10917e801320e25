/* pyrt-internal.h: declarations shared between the runtime's own source files.
 *
 * Not part of the ABI: compiled code never includes this header. The runtime's C unit tests
 * (Tests/RuntimeTests) do, to reach helpers such as the float repr buffer and the slice
 * arithmetic directly.
 */
#ifndef PYRT_INTERNAL_H
#define PYRT_INTERNAL_H

#include "pyrt-comm.h"
#include "pyrt-core.h"
#include "pyrt-objects.h"
#include "pyrt-tasks.h"

#include <setjmp.h>
#include <stddef.h>
#include <stdint.h>

/* A growable byte buffer (building str values, messages and ordered output). */
typedef struct pyrt_buf {
  char *data;
  int64_t len;
  int64_t cap;
} pyrt_buf;

/* ---- the task context ------------------------------------------------------------------------
 *
 * Everything the runtime keeps for "the Python code running now" lives in one pyrt_task,
 * reached through pyrt_task_self(): comparison and repr nesting, the exception being unwound,
 * the catch points of the tests, the task boundary that catches exceptions (pyrt-tasks.h), the
 * ordered-output buffer, and the str index cursor. A thread starts with its own zeroed context
 * (pyrt_thread_task); pyrt_task_run installs a fresh one for the task it runs and restores the
 * previous one afterwards, so a scheduler that moves a task between threads moves its context
 * with it. Thread-scoped machinery that is not task state (the dealloc queue of object.c, the
 * live-object delta) stays thread-local. pyrt_frame_depth stays a thread-local of its own: it
 * is part of the ABI (compiled code stores into it directly). */

/* The last code point position found in a non-ASCII str (str.c). `gen` is the count of freed
 * shared non-ASCII strs when the cursor was set: the cursor is trusted only while no such str
 * has been freed since (another task may have freed the cursor's str and the address may have
 * been reused). */
typedef struct pyrt_str_cursor {
  const pyrt_str *s;
  int64_t index;
  int64_t offset;
  uint64_t gen;
} pyrt_str_cursor;

typedef struct pyrt_catch_point pyrt_catch_point;
typedef struct pyrt_task_boundary pyrt_task_boundary;

#define PYRT_MAX_CLEANUPS 1024

typedef struct pyrt_task {
  int32_t cmp_depth;         /* nesting of container comparisons in progress */
  int32_t repr_depth;        /* nesting of the repr in progress */
  int32_t repr_base;         /* 1 inside the repr() builtin, 0 for str()/print */
  pyrt_catch_point *catch_top;   /* innermost test catch point (no unwinding) */
  pyrt_exception *unwinding;     /* the exception being unwound, NULL when none */
  pyrt_exception *caught;        /* caught by a landing pad, not yet handled or re-raised */
  pyrt_exception **handled;      /* the exceptions being handled, innermost last */
  int32_t nhandled, handled_cap;
  pyrt_task_boundary *boundary;  /* where an exception raised in this task stops, or NULL */
  pyrt_buf *out;             /* ordered output of a task: NULL writes stdout (the root task) */
  pyrt_str_cursor cursor;    /* str index cursor */
  /* The scheduler's deque position when the task started (sched.c): an implementation limit
   * that stops the task without unwinding gives back the records pushed after it. */
  int64_t spawn_mark;
  /* last: pyrt_task_run zeroes the context only up to here (offsetof cleanups) */
  /* What the runtime's C frames in progress hold and must give back if a raise abandons them
   * (pyrt_cleanup_push): a raise runs them, innermost first, before it unwinds. */
  int32_t ncleanups;
  /* Cleanups below the floor belong to C frames that called compiled code (a class's
   * __repr__ through the class table): a raise inside that code runs only those above it;
   * one that leaves it runs the rest as it passes the thunk (pyrt_thunk_unwind). */
  int32_t cleanup_floor;
  struct {
    void (*fn)(void *);
    void *arg;
  } cleanups[PYRT_MAX_CLEANUPS];
} pyrt_task;

/* The thread's own context (all zero: the valid empty state), and the one installed by
 * pyrt_task_run (NULL: the thread's own). */
extern _Thread_local pyrt_task pyrt_thread_task;
extern _Thread_local pyrt_task *pyrt_current_task;

/* The context of the task running on this thread: the one accessor. */
static inline pyrt_task *pyrt_task_self(void) {
  pyrt_task *t = pyrt_current_task;
  return __builtin_expect(t != NULL, 1) ? t : &pyrt_thread_task;
}

/* A runtime function that holds memory or references across a call that may raise (a sort's
 * comparisons) pushes what frees them, and pops it (without running it) when the call
 * returned: a raise runs every pushed cleanup (pyrt_run_cleanups), as the C frames that would
 * have freed them never resume. At most PYRT_MAX_CLEANUPS nest. */
_Noreturn void pyrt_unsupported(const char *msg);

static inline void pyrt_cleanup_push(void (*fn)(void *), void *arg) {
  pyrt_task *t = pyrt_task_self();
  if (t->ncleanups >= PYRT_MAX_CLEANUPS) pyrt_unsupported("too many nested runtime cleanups");
  t->cleanups[t->ncleanups].fn = fn;
  t->cleanups[t->ncleanups].arg = arg;
  t->ncleanups++;
}

static inline void pyrt_cleanup_pop(void) { pyrt_task_self()->ncleanups--; }

/* Runs and pops every pushed cleanup, innermost first (called by a raise). */
static inline void pyrt_run_cleanups(pyrt_task *t) {
  while (t->ncleanups > t->cleanup_floor) {
    t->ncleanups--;
    t->cleanups[t->ncleanups].fn(t->cleanups[t->ncleanups].arg);
  }
}

/* ---- reference counts --------------------------------------------------------------------------
 *
 * Non-atomic until shared (see README "Reference counts and uniqueness"): an object that only
 * one task can reach is counted with plain loads and stores; pyrt_share marks an object and
 * everything it reaches PYRT_FLAG_SHARED before it is handed to another task, and from then on
 * its count changes with atomic read-modify-writes. The flag is written only while one task
 * can reach the object and never cleared, so reading it needs no atomics. Everything reachable
 * from a shared object is shared (nothing mutates a shared object, see pyrt_is_unique). The
 * count itself is read with relaxed atomic loads (another task may be changing it).
 * Immortal objects (refcnt < 0) are never written. */

enum { PYRT_FLAG_SHARED = 1u };

static inline int64_t pyrt_refcnt_load(const pyrt_object *o) {
  return __atomic_load_n(&o->refcnt, __ATOMIC_RELAXED);
}
static inline int pyrt_is_shared(const pyrt_object *o) { return o->flags & PYRT_FLAG_SHARED; }

static inline void pyrt_refcnt_inc(pyrt_object *o) {
  if (pyrt_is_shared(o))
    __atomic_fetch_add(&o->refcnt, 1, __ATOMIC_RELAXED);
  else
    o->refcnt += 1;
}
/* Returns the count after the decrement. Acquire-release when shared, so the task that frees
 * the object sees every write made before the other tasks let go of it. */
static inline int64_t pyrt_refcnt_dec(pyrt_object *o) {
  if (pyrt_is_shared(o)) return __atomic_sub_fetch(&o->refcnt, 1, __ATOMIC_ACQ_REL);
  return o->refcnt -= 1;
}
/* 1 when the caller holds the only reference AND no other task has ever been handed the
 * object (so it may be updated in place). A shared object is never updated in place, even at
 * count 1: a task may hold it through a borrowed (uncounted) reference. */
static inline int pyrt_is_unique(const pyrt_object *o) {
  return !pyrt_is_shared(o) && o->refcnt == 1;
}
/* pyrt_share (pyrt-tasks.h, core/task.c) sets the flag on `o` and everything it reaches.
 * The retain-before-hand-off rule: a value handed to another task is first retained for that
 * task (its own counted reference) and shared by the handing task, before the hand-off
 * publishes it. */

/* ---- sequences in chunks ------------------------------------------------------------------------
 *
 * Runtime code outside a sequence's own file reads its items only through chunks: contiguous
 * spans of slots as the storage holds them (a list today: one span; a paged list: one per
 * page). Loop shape:
 *   pyrt_seq_chunk c;
 *   for (int64_t pos = 0; pyrt_seq_chunk_at(seq, pos, &c); pos += c.n)
 *     for (int64_t j = 0; j < c.n; j++) use(c.items[j], pyrt_chunk_kind(&c, j));
 * Items are borrowed; the chunk is valid while the sequence is alive. */
typedef struct pyrt_seq_chunk {
  const pyrt_slot *items; /* n slots */
  const uint8_t *kinds;   /* a slot kind per item (tuples), or NULL: every item is `kind` */
  int32_t kind;
  int64_t n;
} pyrt_seq_chunk;

static inline int32_t pyrt_chunk_kind(const pyrt_seq_chunk *c, int64_t j) {
  return c->kinds ? c->kinds[j] : c->kind;
}

/* The slots visitor shape shared by pyrt_object_children and pyrt_share. */
typedef void (*pyrt_slots_visitor)(void *ctx, const pyrt_slot *items, int64_t n, int32_t kind,
                                   const uint8_t *kinds);

/* ---- type descriptors ----------------------------------------------------------------------------
 *
 * One pyrt_type per object kind, defined in the kind's own file and listed in pyrt_types
 * (object.c): the generic operations (dealloc, type name, repr, ==, ordering, hash, len, item
 * access, chunks, sharing) dispatch through it, so a new kind (dict, set, big int, instance,
 * paged list) is its own file plus one line in the table. An operation a kind does not have
 * is NULL: the generic code then raises CPython's TypeError. Boxed numbers and None are
 * compared and hashed as numbers by the slot operations (box.c) before any descriptor is
 * consulted (1 == 1.0 == True across kinds), so their eq/compare/hash entries are NULL. */
typedef struct pyrt_type {
  const char *name; /* type(o).__name__ */
  /* Releases what `o` owns, before its memory is freed (NULL: owns nothing). */
  void (*clear)(pyrt_object *o);
  /* Calls visit() on the slots `o` holds (NULL: holds none). */
  void (*children)(pyrt_object *o, pyrt_slots_visitor visit, void *ctx);
  /* Appends repr(o) (elements through pyrt_buf_append_repr, which checks the depth). */
  void (*repr)(pyrt_buf *b, pyrt_object *o);
  /* a == b for two objects of this kind (1 or 0). */
  int64_t (*eq)(pyrt_object *a, pyrt_object *b);
  /* <0, 0, >0 for two objects of this kind; `op` names the operator for TypeErrors. */
  int64_t (*compare)(pyrt_object *a, pyrt_object *b, const char *op);
  /* hash(o). */
  int64_t (*hash)(pyrt_object *o);
  /* len(o). */
  int64_t (*len)(pyrt_object *o);
  /* o[i] (negative i from the end; IndexError as CPython) as a new boxed reference. */
  pyrt_object *(*getitem)(pyrt_object *o, int64_t i);
  /* Sequences: the chunk holding index pos (0 <= pos < len). */
  void (*chunk)(pyrt_object *o, int64_t pos, pyrt_seq_chunk *c);
} pyrt_type;

enum { PYRT_KIND_COUNT = 12 };
extern const pyrt_type *const pyrt_types[PYRT_KIND_COUNT];
/* The descriptors, each defined in its kind's file (box.c, str.c, list.c, tuple.c, dict.c,
 * set.c). */
extern const pyrt_type pyrt_none_type, pyrt_bool_type, pyrt_int_type, pyrt_float_type,
    pyrt_str_type, pyrt_list_type, pyrt_tuple_type, pyrt_dict_type, pyrt_set_type,
    pyrt_frozenset_type, pyrt_exception_type, pyrt_instance_type;

static inline const pyrt_type *pyrt_type_of(const pyrt_object *o) { return pyrt_types[o->kind]; }
/* The class name of an instance, and repr()/str() of it through the class's __repr__/__str__
 * (objects/instance.c). */
const char *pyrt_instance_class_name(const pyrt_object *o);
pyrt_object *pyrt_instance_repr(pyrt_object *o);
pyrt_object *pyrt_instance_str(pyrt_object *o);
/* An instance's identity (kept by a copy on another rank), for serialize.c. */
int64_t pyrt_instance_uid(pyrt_object *o);
void pyrt_instance_set_uid(pyrt_object *o, int64_t uid);
/* The truth of an instance held as a value of several types (true unless its class defines
 * __bool__ or __len__, which the runtime does not call yet: then the program stops). */
int64_t pyrt_instance_truth(pyrt_object *o);

/* The chunk of sequence `o` (a kind with `chunk`) that holds index pos; 0 when pos is past
 * the end (or `o` is not a sequence). */
static inline int pyrt_seq_chunk_at(pyrt_object *o, int64_t pos, pyrt_seq_chunk *c) {
  const pyrt_type *t = pyrt_type_of(o);
  if (!t->chunk || pos >= t->len(o)) return 0;
  t->chunk(o, pos, c);
  return 1;
}
/* Item i (0 <= i < len) of a sequence, borrowed, and its slot kind. */
static inline pyrt_slot pyrt_seq_item(pyrt_object *o, int64_t i, int32_t *kind) {
  pyrt_seq_chunk c;
  pyrt_type_of(o)->chunk(o, i, &c);
  *kind = pyrt_chunk_kind(&c, 0);
  return c.items[0];
}
static inline int pyrt_is_sequence(const pyrt_object *o) { return pyrt_type_of(o)->chunk != NULL; }

/* Item by item over the chunks, for loops that need no span:
 *   pyrt_seq_iter it = pyrt_seq_iter_start(seq);
 *   pyrt_slot v; int32_t k;
 *   while (pyrt_seq_next(&it, &v, &k)) use(v, k);  */
typedef struct pyrt_seq_iter {
  pyrt_object *seq;
  pyrt_seq_chunk c;
  int64_t next_pos; /* index of the chunk after c */
  int64_t j;        /* next item in c */
} pyrt_seq_iter;

static inline pyrt_seq_iter pyrt_seq_iter_start(pyrt_object *seq) {
  pyrt_seq_iter it = {seq, {NULL, NULL, 0, 0}, 0, 0};
  return it;
}
static inline int pyrt_seq_next(pyrt_seq_iter *it, pyrt_slot *v, int32_t *kind) {
  if (it->j == it->c.n) {
    if (!pyrt_seq_chunk_at(it->seq, it->next_pos, &it->c)) return 0;
    it->next_pos += it->c.n;
    it->j = 0;
  }
  *kind = pyrt_chunk_kind(&it->c, it->j);
  *v = it->c.items[it->j++];
  return 1;
}

/* ---- list internals other files may use (list.c owns the storage) ------------------------------ */

/* The slot kind every element of list `l` has. */
int32_t pyrt_list_elem_kind(pyrt_object *l);
/* A new list that takes over `items` (n slots of `kind`, malloc'd; their references too). */
pyrt_object *pyrt_list_adopt(pyrt_slot *items, int64_t n, int32_t kind);
/* Reverses, in place, a list that only its creator has seen (unique and unshared). */
void pyrt_list_reverse_fresh(pyrt_object *l);
/* The list's allocated capacity (tests of amortised growth). */
int64_t pyrt_debug_list_capacity(pyrt_object *l);
/* A new reference to a slot value as an object (boxing None/bool/int/float). */
pyrt_object *pyrt_slot_box(pyrt_slot v, int32_t kind);

/* ---- dict and set internals (dict.c owns the dict; set.c and set_ops.c the set) -------------- */

/* The hash stored with entry i of a dict, and the entry holding `key` whose hash is known
 * (-1 when absent): sets built from or compared with dicts reuse the dict's hashes. */
int64_t pyrt_dict_hash_at(pyrt_object *d, int64_t i);
int64_t pyrt_dict_find_hashed(pyrt_object *d, pyrt_slot key, int32_t kind, int64_t hash);
/* Appends an entry whose key is known to be absent, with its hash, without comparing
 * (consumes both references): serialize.c rebuilding a dict received from another rank. */
void pyrt_dict_append_hashed(pyrt_object *d, pyrt_slot k, int32_t kk, int64_t hash, pyrt_slot v,
                             int32_t vk);

/* A set or frozenset: CPython 3.11's table (set.c explains the probing and resizing). Slots
 * are structure-of-arrays; kinds[j] is the key's slot kind, or one of these two (above every
 * slot kind, so children visitors skip them). Only set.c and set_ops.c touch the fields. */
enum { PYRT_SET_DUMMY = 0xFE, PYRT_SET_EMPTY = 0xFF };
typedef struct pyrt_set {
  pyrt_object head;
  int64_t fill;      /* active and dummy slots */
  int64_t used;      /* active slots: len() */
  int64_t mask;      /* slots - 1 (a power of two, at least 8 slots) */
  int64_t hash;      /* frozenset: -1 until computed (pyrt_cached_hash) */
  pyrt_slot *keys;   /* mask + 1 slots (one block with hashes and kinds) */
  int64_t *hashes;   /* -1 in a dummy */
  uint8_t *kinds;
  int64_t *order;    /* positions of the elements in iteration order, built by pyrt_set_item */
} pyrt_set;

pyrt_set *pyrt_as_set(pyrt_object *o);
/* An empty set (frozen: a frozenset) with a table of `size` slots (a power of two >= 8), for
 * serialize.c to fill slot by slot (it sets fill and used). */
pyrt_object *pyrt_set_with_table(int32_t frozen, int64_t size);
static inline int pyrt_is_anyset(const pyrt_object *o) {
  return o->kind == PYRT_KIND_SET || o->kind == PYRT_KIND_FROZENSET;
}
/* The slot holding key (hash known), else the empty slot ending its probe sequence; whether
 * the set has it. */
int64_t pyrt_set_lookup(pyrt_set *s, pyrt_slot key, int32_t kind, int64_t hash);
int pyrt_set_has(pyrt_set *s, pyrt_slot key, int32_t kind, int64_t hash);
/* CPython's set_add_entry: 1 when the key was stored (the set now owns the reference passed),
 * 0 when an equal key was there (the caller keeps its reference). May rebuild the table. */
int pyrt_set_add_entry(pyrt_set *s, pyrt_slot key, int32_t kind, int64_t hash);
/* CPython's set_discard_entry: turns the key's slot into a dummy (releasing the key); 1 when
 * it was there. */
int pyrt_set_discard_entry(pyrt_set *s, pyrt_slot key, int32_t kind, int64_t hash);
/* CPython's set_table_resize: rebuilds at the smallest power of two above minused. */
void pyrt_set_resize(pyrt_set *s, int64_t minused);
/* CPython's set_merge: adds other's elements (retained) to so. */
void pyrt_set_merge(pyrt_set *so, pyrt_set *other);
/* Gives an owned set the table a copy of it would have (set_copy: an empty set merged with
 * it), so that an in-place `s | t` ends as CPython's new set would. */
void pyrt_set_normalize_as_copy(pyrt_set *s);
/* The frozenset hash of s's elements (not cached: s may be a set). */
int64_t pyrt_frozenset_hash_of(pyrt_set *s);
/* Turns n borrowed slots (a kind byte each) into new references of one slot kind, in place:
 * `kind` when every item is (or is a boxed value) of that kind, else boxed objects. Returns
 * the kind used. (set/dict to list conversions.) */
int32_t pyrt_slots_convert(pyrt_slot *items, const uint8_t *kinds, int64_t n, int32_t kind);

/* ---- allocation ----------------------------------------------------------------------------- */

/* malloc that raises MemoryError instead of returning NULL. */
void *pyrt_malloc(size_t n);
/* realloc that raises MemoryError instead of returning NULL. */
void *pyrt_realloc(void *p, size_t n);
/* Allocates `size` bytes for a new object of `kind` with refcnt 1. */
pyrt_object *pyrt_object_alloc(size_t size, uint32_t kind);
/* Frees `o` (refcnt has reached 0) and releases what it owns, without deep recursion. */
void pyrt_object_dealloc(pyrt_object *o);
/* Calls visit(ctx, items, n, kind, kinds) for the slots `o` holds, through its type's
 * `children` (a list: one call per chunk with one `kind`; a tuple: with a `kinds` byte per
 * slot; nothing for leaf objects). */
void pyrt_object_children(pyrt_object *o, pyrt_slots_visitor visit, void *ctx);
/* Makes `o` immortal (refcnt < 0: never freed, no longer counted as live). */
void pyrt_object_make_immortal(pyrt_object *o);
/* Number of mortal objects allocated and not yet freed (tests use it to find leaks). */
int64_t pyrt_debug_live_objects(void);

/* ---- boxed scalars -------------------------------------------------------------------------- */

typedef struct pyrt_int_box {
  pyrt_object head;
  int64_t value;
} pyrt_int_box;

typedef struct pyrt_float_box {
  pyrt_object head;
  double value;
} pyrt_float_box;

/* Reads a boxed None/bool/int/float as an unboxed slot; other objects keep PYRT_SLOT_OBJ. */
pyrt_slot pyrt_slot_normalize(pyrt_slot v, int32_t kind, int32_t *out_kind);
/* `==` between container items, with CPython's identity shortcut (PyObject_RichCompareBool):
 * the same object is equal to itself, even a boxed NaN. Unboxed floats have no identity, and a
 * box is made per boxing, so two NaNs (not the same box) stop the program with
 * pyrt_fatal_unsupported: CPython's answer depends on object identity pyforac does not keep.
 * Comparing a container with itself never gets here: its items are all identical. */
int64_t pyrt_slot_eq_item(pyrt_slot a, int32_t ka, pyrt_slot b, int32_t kb);
/* `==` of two runs of n items with their kinds (a tuple's, a dataclass's fields): item by
 * item with pyrt_slot_eq_item, one comparison level deeper (pyrt_cmp_enter, also for n = 0). */
int64_t pyrt_items_eq(const pyrt_slot *a, const uint8_t *ak, const pyrt_slot *b,
                      const uint8_t *bk, int64_t n);
/* One step of CPython's `x in list/tuple` (PyObject_RichCompareBool(item, x, Py_EQ)): an item
 * that is the object x matches at once, any other is compared with PyObject_RichCompare, whose
 * recursion check raises RecursionError "maximum recursion depth exceeded in comparison" at the
 * limit. At the limit, where only object identity (which unboxed values lack) decides between
 * the two, the program stops with status 3 (pyrt_fatal_unsupported). */
int64_t pyrt_contains_item(pyrt_slot item, int32_t ik, pyrt_slot x, int32_t xk);
/* True when a comparison made now would fail CPython's recursion check. */
int pyrt_cmp_at_limit(void);
/* Brackets one level of container comparison (==, <, ...): raises RecursionError "maximum
 * recursion depth exceeded in comparison" when active Python frames plus nested container
 * comparisons would pass PYRT_RECURSION_LIMIT, as CPython's counter does. */
void pyrt_cmp_enter(void);
void pyrt_cmp_leave(void);
/* Current nesting of container comparisons and of reprs (reset when an exception is caught):
 * fields of the task context, named as they were when they were thread-locals. */
#define pyrt_cmp_depth (pyrt_task_self()->cmp_depth)
#define pyrt_repr_depth (pyrt_task_self()->repr_depth)
/* Python type name of a slot value: "int", "float", "bool", "NoneType", "str", "list", ... */
const char *pyrt_slot_type_name(pyrt_slot v, int32_t kind);
/* Releases the reference held by a slot when it is an object slot. */
void pyrt_slot_release(pyrt_slot v, int32_t kind);
void pyrt_slot_retain(pyrt_slot v, int32_t kind);

/* ---- exceptions and fatal exits ------------------------------------------------------------- */

/* Set when an uncaught KeyboardInterrupt ends the program: pyrt_exit then ends the process by
 * SIGINT, as CPython does (status 130 where it cannot). */
extern int pyrt_exit_by_sigint;

/* A zeroed object of `size` bytes and kind `kind` with one reference, or NULL when memory is
 * short (pyrt_object_alloc raises MemoryError instead). */
pyrt_object *pyrt_object_try_alloc(size_t size, uint32_t kind);

/* CPython's class name for a pyrt_exc value ("ZeroDivisionError", ...). */
const char *pyrt_exc_name(int32_t exc);
/* Stops the job with status 3 after printing "pyforac: <msg>" to stderr (an implementation
 * limit reached at run time, like pyrt_int_overflow). */
_Noreturn void pyrt_unsupported(const char *msg);

/* Python frames active on this thread, as compiled code (or a hand-built C frame) last
 * published them in pyrt_frame_depth. Runtime recursion guards (repr, comparisons) add their
 * own nesting to this. */
static inline int32_t pyrt_active_depth(void) { return pyrt_frame_depth; }

/* The exception being unwound on this thread, NULL when none: for C code that stands in for
 * compiled frames (the runtime's hand-compiled test programs, whose cleanups record their
 * frames with pyrt_traceback_add while the unwind passes them). */
pyrt_exception *pyrt_exception_unwinding(void);

/* A point that catches raised exceptions instead of ending the program: pyrt_raise* and the
 * fatal limit exits (pyrt_int_overflow, pyrt_unsupported) longjmp to the innermost one with
 * the would-be last line of the traceback in `text` (e.g. "ValueError: math domain error";
 * for limits, the "pyforac: ..." line) and the exit status it would have had in `status`.
 * It catches at once, without unwinding (no landing pad runs): a facility for the runtime's
 * table-driven tests, which call runtime functions directly with no compiled frames between.
 * Objects owned only by the raising runtime function may leak when it is caught, and
 * pyrt_frame_depth is not restored. (try/except will catch in landing pads, not here.) */
struct pyrt_catch_point {
  jmp_buf env;
  struct pyrt_catch_point *prev;
  int32_t exc;
  int32_t status;
  char text[1024];
};

/* The innermost catch point of the running task (a field of its context). */
#define pyrt_catch_top (pyrt_task_self()->catch_top)

/* Where an exception raised inside a task stops (pyrt_task_run): the unwind's stop function
 * longjmps here once it reaches a frame whose CFA lies above `frame` (pyrt_task_run's own
 * frame), after the landing pads of every frame inside the task ran. */
struct pyrt_task_boundary {
  jmp_buf env;
  uintptr_t frame;
  pyrt_exception *caught;
};

/* sched.c: the calling worker's deque position (-1 off the scheduler's threads), and giving
 * back every record pushed above `mark` (waiting for stolen ones): a task stopped by an
 * implementation limit never runs the landing pads that would have. */
int64_t pyrt_sched_mark(void);
void pyrt_sched_unwind(int64_t mark);
/* sched.c: the scheduler's part of the PYFORAC_STATS line and the busy seconds of its workers
 * (their time not spent idle); returns 0 (and writes nothing) when it never started. Stops the
 * idle workers. stats.c: the seconds since the run started. */
int pyrt_sched_stats(char *buf, size_t n, double *busy_seconds);
double pyrt_stats_elapsed(void);
/* serialize.c: values and spawn records between ranks. pyrt_pack_object appends `o`'s graph;
 * pyrt_unpack_object reads one back (a new reference; sets *bad on a malformed message).
 * pyrt_spawn_pack appends a record (0 when its thunk is not in the program's table);
 * pyrt_spawn_unpack makes a heap record owning its object live-ins (NULL when malformed),
 * freed by pyrt_spawn_unpacked_free; pyrt_outcome_pack/unpack carry a finished record's
 * result, output and exception back. */
void pyrt_pack_object(pyrt_buf *out, pyrt_object *o);
pyrt_object *pyrt_unpack_object(const char **p, const char *end, int *bad);
int pyrt_spawn_pack(pyrt_buf *out, const pyrt_spawn *s);
pyrt_spawn *pyrt_spawn_unpack(const char *p, const char *end);
void pyrt_spawn_unpacked_free(pyrt_spawn *s);
void pyrt_outcome_pack(pyrt_buf *out, pyrt_spawn *s);
int pyrt_outcome_unpack(const char *p, const char *end, pyrt_spawn *s);
/* exceptions.c: an exception (class, message, limit flag, traceback entries by function name,
 * file and line) as bytes, and back (NULL when malformed). */
void pyrt_exception_pack(pyrt_buf *out, const pyrt_exception *e);
pyrt_exception *pyrt_exception_unpack(const char **p, const char *end);
/* sched.c, for the remote side (comm_mpi.c): a record taken from this rank's deques for
 * another rank (NULL when none); once it is serialised, pyrt_sched_lend gives the copy of it
 * (in its ticket) that receives the outcome, and pyrt_sched_finish_remote(copy) ends the
 * run (its outcome filled in). */
pyrt_spawn *pyrt_sched_steal_for_rank(void);
pyrt_spawn *pyrt_sched_lend(pyrt_spawn *s);
void pyrt_sched_finish_remote(pyrt_spawn *copy);
/* Whether another rank may run spawned work (set by comm_mpi.c once its server runs). */
void pyrt_sched_set_remote(int on);
/* Records received from another rank: the server puts them in the inbox (its source rank and
 * the id to answer with); workers run them (idle ones, and those waiting at a join) and leave
 * them in the outbox, which the server empties (the record with its outcome, for it to free). */
void pyrt_sched_inbox_put(pyrt_spawn *s, int32_t source, uint64_t id);
pyrt_spawn *pyrt_sched_outbox_take(int32_t *source, uint64_t *id);
/* Whether some worker of this rank is looking for work; whether no received record is
 * waiting, running or unanswered. */
int pyrt_sched_hungry(void);
int pyrt_sched_remote_idle(void);
/* A rank other than 0: its program thread works as worker 0 until *stop is set. */
void pyrt_sched_work_until(_Atomic int *stop);
/* comm_mpi.c: starts this rank's server thread (when MPI allows threads and other ranks exist;
 * it then calls pyrt_sched_set_remote(1)); pyrt_comm_init does, on every rank. */
void pyrt_comm_remote_start(void);
/* comm_mpi.c: the remote part of the PYFORAC_STATS line (empty without it). */
void pyrt_comm_stats(char *buf, size_t n);
/* comm_mpi.c: no more records go to other ranks (before the exit announcement; the exit
 * protocol ends what they still run). */
void pyrt_comm_remote_stop(void);

/* stack.c: starts a detached thread running fn(arg) on a stack reserved like the program's
 * (with its guard); 0 on success. */
int pyrt_stack_thread(void (*fn)(void *), void *arg);

/* progress.c: the PYFORAC_PROGRESS status line (rank 0); stop it before writing to stderr at
 * exit. sched.c: its part of the line (threads busy, tasks, steals; the length written). */
void pyrt_progress_start(void);
void pyrt_progress_stop(void);
int pyrt_sched_progress(char *buf, size_t n);
/* sched.c: this rank's threads, tasks spawned, stolen by its threads, and busy seconds. */
void pyrt_sched_counters(int64_t *threads, int64_t *spawned, int64_t *stolen, double *busy);
/* stats.c: on rank 0, once the exit protocol has collected them, the PYFORAC_STATS lines of
 * the other ranks; comm_mpi.c hands each rank's counters over (pyrt_stats_rank). */
typedef struct pyrt_rank_counters {
  int64_t threads, spawned, stolen_threads, received, sent, bytes_sent, bytes_received;
  double busy, wall;
} pyrt_rank_counters;
void pyrt_stats_counters(pyrt_rank_counters *c);
void pyrt_stats_rank(int32_t rank, const pyrt_rank_counters *c);
void pyrt_stats_report_ranks(void);
/* comm_mpi.c: this rank's counters of remote work. */
void pyrt_comm_counters(int64_t *sent, int64_t *received, int64_t *bytes_sent,
                        int64_t *bytes_received);

/* Adds the calling thread's live-object count to the process total (at the end of a task;
 * pyrt_debug_live_objects is exact when no other task is running). */
void pyrt_live_fold(void);

/* ---- output --------------------------------------------------------------------------------- */

/* Start-up (main, before the program runs): ignores SIGPIPE as CPython does, and looks at fd 1
 * as CPython's sys.stdout does (closed: print() writes nothing; a terminal: line buffered;
 * otherwise blocks of st_blksize). Output works without it (the runtime's test programs). */
void pyrt_output_init(void);
/* Writes the buffered stdout bytes, ignoring errors (CPython's flush before it prints a
 * traceback, pythonrun.c flush_io). Also used before "pyforac: ..." limit messages. */
void pyrt_output_flush(void);
/* Writes a buffer's bytes as print() writes text (to the running task's ordered output, or
 * stdout), freeing the buffer first when the write raises. The buffer is emptied. */
void pyrt_write_buf_consume(pyrt_buf *b);
/* Forgets buffered stdout bytes (after a limit message, so the exit reports nothing more). */
void pyrt_output_discard(void);
/* The exit flushes, in CPython's order (pyrt_exit): one ignoring errors, then one reporting
 * them. Returns `status`, or 120 after printing CPython's "Exception ignored in: <_io.
 * TextIOWrapper name='<stdout>' ...>" and the OSError line when stdout could not be written. */
int32_t pyrt_output_finish(int32_t status);

/* ---- the program's stack ---------------------------------------------------------------------- */

/* Runs `program` on a thread whose stack is reserved for CPython's recursion limit however
 * large compiled frames are (1 GiB, or $PYFORAC_STACK_SIZE; independent of `ulimit -s`), with a guard
 * region below it: a fault there stops the job with a "pyforac: ..." message and status 3
 * (after flushing stdout) instead of a segfault. Falls back to smaller reservations, and to
 * the calling thread when none can be made. Called once by main; never returns (program
 * ends with pyrt_exit or exit). */
_Noreturn void pyrt_stack_run(void (*program)(void));
/* (Re)installs the guard's SIGSEGV handler, chaining to the one it replaces for faults
 * elsewhere: called again after MPI start-up, since MPI libraries (UCX) install their own. */
void pyrt_stack_watch(void);

/* ---- PYFORAC_STATS ------------------------------------------------------------------------- */

/* Records the start time (first thing in main). */
void pyrt_stats_start(void);
/* Prints the summary line to stderr when PYFORAC_STATS is set (rank 0, in pyrt_exit). */
void pyrt_stats_report(void);

/* ---- growable byte buffers (building str values and messages) -------------------------------- */

/* pyrt_buf is defined with the task context above. */

void pyrt_buf_init(pyrt_buf *b, int64_t cap);
void pyrt_buf_append(pyrt_buf *b, const char *s, int64_t n);
void pyrt_buf_append_cstr(pyrt_buf *b, const char *s);
void pyrt_buf_append_char(pyrt_buf *b, char c);
void pyrt_buf_free(pyrt_buf *b);
/* Turns the buffer into a str object (the buffer is emptied). */
pyrt_object *pyrt_buf_to_str(pyrt_buf *b);
/* Appends repr(v) of a slot value (the element form used inside list/tuple reprs). */
void pyrt_buf_append_repr(pyrt_buf *b, pyrt_slot v, int32_t kind);
/* One more level of repr nesting without an object of its own (a set's repr goes through
 * repr(list(s)), a level CPython counts): RecursionError "maximum recursion depth exceeded
 * while getting the repr of an object" past the limit. Only inside pyrt_buf_append_repr. */
void pyrt_repr_enter(void);
void pyrt_repr_leave(void);
/* Appends repr() of an unboxed None/bool/int/float slot (no depth check: no nesting). */
void pyrt_buf_append_scalar(pyrt_buf *b, pyrt_slot v, int32_t kind);
/* Appends repr(s) of a str object, with CPython's quote choice and escapes. */
void pyrt_buf_append_str_repr(pyrt_buf *b, const pyrt_str *s);
/* Raises `exc` with the buffer's bytes as its message; frees the buffer first (the exception
 * keeps a copy), so nothing leaks when the exception is caught. */
_Noreturn void pyrt_raise_buf(int32_t exc, pyrt_buf *msg);
/* Same, with e.args (a tuple, consumed) given apart from the message (KeyError's key). */
_Noreturn void pyrt_raise_buf_args(int32_t exc, pyrt_buf *msg, pyrt_object *args);
/* str(e) of an exception value (a new str); the object of an exception and back (the
 * object's reference is the exception's). */
pyrt_object *pyrt_exception_str(pyrt_object *e);
pyrt_object *pyrt_exception_object(pyrt_exception *e);
pyrt_exception *pyrt_exception_of_object(pyrt_object *o);

/* ---- numbers -------------------------------------------------------------------------------- */

/* Writes CPython's repr(x) into `out` (at least 32 bytes); returns its length. */
int pyrt_float_repr_buf(double x, char *out);
/* Python's exact comparison of an int with a float: <0, 0, >0, or 2 when x is NaN. */
int pyrt_compare_int_float(int64_t i, double x);

/* ---- str helpers ---------------------------------------------------------------------------- */

/* Decodes one code point of valid UTF-8 at *p and advances *p. */
uint32_t pyrt_utf8_decode(const unsigned char **p);
/* Encodes `cp` as UTF-8 into out (4 bytes at least); returns the byte count. */
int pyrt_utf8_encode(uint32_t cp, char *out);
/* Counts code points in valid UTF-8. */
int64_t pyrt_utf8_length(const char *s, int64_t nbytes, int32_t *ascii);
/* Byte offset of code point `index` (0 <= index <= length) of a str (str.c: cursor-cached). */
int64_t pyrt_str_byte_offset(const pyrt_str *s, int64_t index);
/* Forgets cached index positions of a str that is being freed or changed in place. */
void pyrt_str_forget(const pyrt_object *o);
/* Unicode properties as CPython 3.11 (Unicode 14.0) defines them; tables generated by
 * tools/gen_unicode_tables.py. */
int pyrt_unicode_isprintable(uint32_t cp);
int pyrt_unicode_isspace(uint32_t cp);
/* Decimal digit value of cp (0-9), or -1. */
int pyrt_unicode_decimal(uint32_t cp);
int pyrt_unicode_isalpha(uint32_t cp);
int pyrt_unicode_isdigit(uint32_t cp);
int pyrt_unicode_isnumeric(uint32_t cp);
int pyrt_unicode_isupper(uint32_t cp);
int pyrt_unicode_islower(uint32_t cp);
int pyrt_unicode_istitle(uint32_t cp);
int pyrt_unicode_iscased(uint32_t cp);
int pyrt_unicode_iscaseignorable(uint32_t cp);
/* Full case mappings (up to 3 code points into out); return the count. */
int pyrt_unicode_upper(uint32_t cp, uint32_t *out);
int pyrt_unicode_lower(uint32_t cp, uint32_t *out);
int pyrt_unicode_title(uint32_t cp, uint32_t *out);
int pyrt_unicode_casefold(uint32_t cp, uint32_t *out);

/* ---- slices --------------------------------------------------------------------------------- */

/* CPython's slice.indices(len) for possibly-omitted bounds: stores the normalised start and
 * step and returns the slice length. Raises ValueError "slice step cannot be zero". */
int64_t pyrt_slice_indices(int64_t len, int64_t start, int64_t stop, int64_t step,
                           int32_t has_start, int32_t has_stop, int32_t has_step,
                           int64_t *out_start, int64_t *out_step);

/* The lazily filled hash caches of str and tuple: possibly written by several tasks at once
 * (all writing the same value), so read and written with relaxed atomics. */
static inline int64_t pyrt_cached_hash(const int64_t *slot) {
  return __atomic_load_n(slot, __ATOMIC_RELAXED);
}
static inline void pyrt_cache_hash(int64_t *slot, int64_t h) {
  __atomic_store_n(slot, h, __ATOMIC_RELAXED);
}

/* hash(None) (hash.c explains the value; Tests/RuntimeTests/gen_tables.py checks that the
 * CPython generating the tables agrees on its low 16 bits). */
#define PYRT_HASH_NONE INT64_C(0x7f4a2c05bbe)

/* Tuple slot kinds live after the slots. */
static inline uint8_t *pyrt_tuple_kinds(pyrt_tuple *t) { return (uint8_t *)&t->items[t->length]; }

/* MPI tag used by rank 0 to announce the exit status. */
#define PYRT_TAG_EXIT 7001
/* Remote stealing (comm_mpi.c): a request for work, a record, "none", a record's outcome. */
#define PYRT_TAG_STEAL 7002
#define PYRT_TAG_TASK 7003
#define PYRT_TAG_NO_TASK 7004
#define PYRT_TAG_RESULT 7005
#define PYRT_TAG_DONE 7006
#define PYRT_TAG_STOP 7007

#endif
