/* threads.c: several threads share, compare, hash, index, print and release the same values
 * (strs, ASCII and not, lists, tuples, boxed ints and floats, a dict, a set and a frozenset
 * whose hash and iteration index are first computed by the racing threads), each running as a
 * task
 * (pyrt_task_run) with its own context. Built against a runtime compiled with
 * -fsanitize=thread (run.sh), so any data race in the runtime (refcounts, hash caches, the str
 * cursor, task state, output) is reported. Follows the hand-off rules of pyrt-tasks.h: the
 * main task retains each value once per worker and shares it before pthread_create; each
 * worker releases its references. Also checks: a shared value is never updated in place;
 * ordered output (each task prints into its buffer, the joiner replays in program order); an
 * exception raised in a worker is caught at its task boundary with the traceback of the frames
 * it crossed (whose cleanups release what they hold), re-raised by the joiner in order, and
 * the outputs of later tasks are discarded; every object is freed at the end.
 * Built with -fexceptions (the frames' cleanups stand in for compiled landing pads).
 * Prints "threads: N passed, M failed". */
#include "pyrt-internal.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { WORKERS = 6, RAISER = 4, ROUNDS = 1500, PRINTED_ROUNDS = 3, NVALUES = 8, NSET = 60 };

static int passed, failed;

#define CHECK(cond)                                                            \
  do {                                                                         \
    if (cond) {                                                                \
      __atomic_fetch_add(&passed, 1, __ATOMIC_RELAXED);                        \
    } else {                                                                   \
      __atomic_fetch_add(&failed, 1, __ATOMIC_RELAXED);                        \
      fprintf(stderr, "threads.c:%d: check failed: %s\n", __LINE__, #cond);   \
    }                                                                          \
  } while (0)

/* The values every worker sees, and what they must look like. */
typedef struct values {
  pyrt_object *words; /* list of str (ASCII and not) */
  pyrt_object *pair;  /* tuple (big boxed int, str, boxed float, tuple of ints, None) */
  pyrt_object *text;  /* non-ASCII str, indexed by code point */
  pyrt_object *ratio; /* boxed float */
  pyrt_object *nums;  /* list of boxed ints */
  pyrt_object *table; /* dict: str -> int, tuple -> list, int -> frozenset */
  pyrt_object *ints;  /* set of ints (its iteration index is built by the first reader) */
  pyrt_object *pairs; /* frozenset of tuples (its hash is computed by the first reader) */
} values;

static values shared;
static char words_repr[256], pair_repr[256], table_repr[512], ints_repr[1024];
static int64_t pair_hash, pairs_hash, ints_order[NSET];

typedef struct worker {
  int id;
  values v; /* the worker's own references (retained for it before the hand-off) */
  pthread_t thread;
  pyrt_task_outcome out;
  int32_t raised;
} worker;

static pyrt_object *s(const char *text) { return pyrt_str_new(text, (int64_t)strlen(text)); }

static int str_is(pyrt_object *o, const char *want) {
  return o && o->kind == PYRT_KIND_STR && strcmp(((pyrt_str *)o)->data, want) == 0;
}

static void release_local(pyrt_object **o) { pyrt_release(*o); }
#define OWNED __attribute__((cleanup(release_local)))

static const pyrt_code worker_code = {"worker", "threads.py"};

/* A frame recorded in the traceback while an exception unwinds past it. */
static void leave_frame(int32_t *line) {
  pyrt_exception *e = pyrt_exception_unwinding();
  if (e) pyrt_traceback_add(e, &worker_code, *line);
}

static void build_values(void) {
  const char *ws[] = {"alpha", "\xc3\xa9t\xc3\xa9", "gamma", ("\xe2\x82\xac" "uro")};
  shared.words = pyrt_list_new(4, PYRT_SLOT_OBJ);
  for (int i = 0; i < 4; i++) pyrt_list_set_init(shared.words, i, (pyrt_slot){.o = s(ws[i])});
  pyrt_object *ints = pyrt_tuple_new(3);
  for (int i = 0; i < 3; i++) pyrt_tuple_set_init(ints, i, (pyrt_slot){.i = 10 * i}, PYRT_SLOT_INT);
  shared.pair = pyrt_tuple_new(5);
  pyrt_tuple_set_init(shared.pair, 0, (pyrt_slot){.o = pyrt_box_int(123456789)}, PYRT_SLOT_OBJ);
  pyrt_tuple_set_init(shared.pair, 1, (pyrt_slot){.o = s("k\xc3\xa9y")}, PYRT_SLOT_OBJ);
  pyrt_tuple_set_init(shared.pair, 2, (pyrt_slot){.o = pyrt_box_float(2.5)}, PYRT_SLOT_OBJ);
  pyrt_tuple_set_init(shared.pair, 3, (pyrt_slot){.o = ints}, PYRT_SLOT_OBJ);
  pyrt_tuple_set_init(shared.pair, 4, (pyrt_slot){.o = pyrt_box_none()}, PYRT_SLOT_OBJ);
  pyrt_object *text = s("");
  for (int i = 0; i < 200; i++) {
    OWNED pyrt_object *piece = s(i % 3 ? "ab" : "\xce\xbb");
    text = pyrt_str_concat_consume(text, piece);
  }
  shared.text = text;
  shared.ratio = pyrt_box_float(0.1);
  shared.nums = pyrt_list_new(50, PYRT_SLOT_OBJ);
  for (int i = 0; i < 50; i++)
    pyrt_list_set_init(shared.nums, i, (pyrt_slot){.o = pyrt_box_int(1000 + i)});
  pyrt_object *r = pyrt_object_repr(shared.words);
  snprintf(words_repr, sizeof words_repr, "%s", ((pyrt_str *)r)->data);
  pyrt_release(r);
  r = pyrt_object_repr(shared.pair);
  snprintf(pair_repr, sizeof pair_repr, "%s", ((pyrt_str *)r)->data);
  pyrt_release(r);
}

static pyrt_object *pick(const values *v, int i) {
  pyrt_object *all[] = {v->words, v->pair, v->text, v->ratio, v->nums, v->table, v->ints, v->pairs};
  return all[i];
}

static pyrt_object *int_pair(int64_t a, int64_t b) {
  pyrt_object *t = pyrt_tuple_new(2);
  pyrt_tuple_set_init(t, 0, (pyrt_slot){.i = a}, PYRT_SLOT_INT);
  pyrt_tuple_set_init(t, 1, (pyrt_slot){.i = b}, PYRT_SLOT_INT);
  return t;
}

static pyrt_object *make_pairs(void) {
  pyrt_object *f = pyrt_set_new(1);
  for (int i = 0; i < 20; i++)
    pyrt_set_add_init(f, (pyrt_slot){.o = int_pair(i, i * i)}, PYRT_SLOT_OBJ);
  return f;
}

/* The dict, set and frozenset; what they print; the frozenset's hash (from a twin, so that
 * the shared one's is computed by the workers) and the set's order (from its list). */
static void build_collections(void) {
  shared.ints = pyrt_set_new(0);
  for (int i = 0; i < NSET; i++)
    pyrt_set_add_init(shared.ints, (pyrt_slot){.i = (i * 37) % 101 - 50}, PYRT_SLOT_INT);
  pyrt_object *l = pyrt_set_to_list(shared.ints, PYRT_SLOT_INT);
  for (int i = 0; i < NSET; i++)
    ints_order[i] = pyrt_list_getitem(l, i).i;
  pyrt_release(l);
  shared.pairs = make_pairs();
  pyrt_object *twin = make_pairs();
  pairs_hash = pyrt_hash_slot((pyrt_slot){.o = twin}, PYRT_SLOT_OBJ);
  pyrt_release(twin);
  shared.table = pyrt_dict_new(4);
  pyrt_dict_set_init(shared.table, (pyrt_slot){.o = s("\xc3\xa9t\xc3\xa9")}, PYRT_SLOT_OBJ,
                     (pyrt_slot){.i = 7}, PYRT_SLOT_INT);
  pyrt_object *list = pyrt_list_new(2, PYRT_SLOT_FLOAT);
  pyrt_list_set_init(list, 0, (pyrt_slot){.f = 0.5});
  pyrt_list_set_init(list, 1, (pyrt_slot){.f = -1.0});
  pyrt_dict_set_init(shared.table, (pyrt_slot){.o = int_pair(1, 2)}, PYRT_SLOT_OBJ,
                     (pyrt_slot){.o = list}, PYRT_SLOT_OBJ);
  pyrt_dict_set_init(shared.table, (pyrt_slot){.i = 3}, PYRT_SLOT_INT,
                     (pyrt_slot){.o = make_pairs()}, PYRT_SLOT_OBJ);
  pyrt_object *r = pyrt_object_repr(shared.table);
  snprintf(table_repr, sizeof table_repr, "%s", ((pyrt_str *)r)->data);
  pyrt_release(r);
  r = pyrt_object_repr(shared.ints);
  snprintf(ints_repr, sizeof ints_repr, "%s", ((pyrt_str *)r)->data);
  pyrt_release(r);
}

/* One round of reading the shared dict, set and frozenset. */
static void use_collections(const values *v, int round) {
  OWNED pyrt_object *table_r = pyrt_object_repr(v->table);
  CHECK(str_is(table_r, table_repr));
  OWNED pyrt_object *ints_r = pyrt_object_repr(v->ints);
  CHECK(str_is(ints_r, ints_repr));
  CHECK(pyrt_set_item(v->ints, round % NSET).i == ints_order[round % NSET]);
  CHECK(pyrt_hash_slot((pyrt_slot){.o = v->pairs}, PYRT_SLOT_OBJ) == pairs_hash);
  OWNED pyrt_object *key = int_pair(1, 2);
  CHECK(pyrt_list_len(pyrt_dict_getitem(v->table, (pyrt_slot){.o = key}, PYRT_SLOT_OBJ).o) == 2);
  OWNED pyrt_object *probe = int_pair(round % 25, (round % 25) * (round % 25));
  CHECK(pyrt_set_contains(v->pairs, (pyrt_slot){.o = probe}, PYRT_SLOT_OBJ) == (round % 25 < 20));
  pyrt_slot inner = pyrt_dict_getitem(v->table, (pyrt_slot){.i = 3}, PYRT_SLOT_INT);
  CHECK(pyrt_slot_eq(inner, PYRT_SLOT_OBJ, (pyrt_slot){.o = v->pairs}, PYRT_SLOT_OBJ));
  CHECK(pyrt_slot_richcompare((pyrt_slot){.o = v->ints}, PYRT_SLOT_OBJ, (pyrt_slot){.o = v->ints},
                              PYRT_SLOT_OBJ, "<=") == 1);
  /* new values from shared ones, and functional updates (copies) of shared ones */
  OWNED pyrt_object *both = pyrt_set_or(v->ints, v->pairs);
  CHECK(pyrt_set_len(both) == NSET + 20);
  pyrt_retain(v->ints);
  OWNED pyrt_object *more =
      pyrt_set_add_consume(v->ints, (pyrt_slot){.i = 1000 + round}, PYRT_SLOT_INT);
  CHECK(more != v->ints && pyrt_set_len(more) == NSET + 1 && pyrt_set_len(v->ints) == NSET);
  pyrt_retain(v->table);
  OWNED pyrt_object *bigger = pyrt_dict_setitem_consume(
      v->table, (pyrt_slot){.i = round}, PYRT_SLOT_INT, (pyrt_slot){.i = 0}, PYRT_SLOT_NONE);
  CHECK(bigger != v->table && pyrt_dict_len(v->table) == 3 && pyrt_dict_len(bigger) >= 3);
}

/* One round of reading the shared values, as concurrent Python code would. */
static void use_values(const values *v, int round) {
  pyrt_slot w = {.o = v->words}, p = {.o = v->pair};
  OWNED pyrt_object *words_r = pyrt_object_repr(v->words);
  CHECK(str_is(words_r, words_repr));
  OWNED pyrt_object *pair_r = pyrt_object_repr(v->pair);
  CHECK(str_is(pair_r, pair_repr));
  CHECK(pyrt_slot_eq(w, PYRT_SLOT_OBJ, w, PYRT_SLOT_OBJ) == 1);
  CHECK(pyrt_slot_richcompare(p, PYRT_SLOT_OBJ, p, PYRT_SLOT_OBJ, "<=") == 1);
  CHECK(pyrt_hash_slot(p, PYRT_SLOT_OBJ) == pair_hash);
  /* a new tuple holding a shared element, compared with the shared tuple */
  OWNED pyrt_object *other = pyrt_tuple_new(1);
  pyrt_retain(v->ratio);
  pyrt_tuple_set_init(other, 0, (pyrt_slot){.o = v->ratio}, PYRT_SLOT_OBJ);
  CHECK(pyrt_tuple_compare(other, v->pair, "<") < 0);
  /* walking the shared non-ASCII str index by index (the task's str cursor) */
  int64_t i = (round * 7) % pyrt_str_len(v->text);
  OWNED pyrt_object *ch = pyrt_str_getitem(v->text, i);
  CHECK(str_is(ch, i % 5 == 0 ? "\xce\xbb" : (i % 5) % 2 ? "a" : "b"));
  /* functional update of a shared value makes a copy, however many references it has */
  pyrt_retain(v->words);
  OWNED pyrt_object *more =
      pyrt_list_append_consume(v->words, (pyrt_slot){.o = pyrt_str_from_int(round)});
  CHECK(more != v->words && pyrt_list_len(more) == 5 && pyrt_list_len(v->words) == 4);
  pyrt_retain(v->text);
  OWNED pyrt_object *longer = pyrt_str_concat_consume(v->text, v->text);
  CHECK(longer != v->text && pyrt_str_len(longer) == 2 * pyrt_str_len(v->text));
  /* boxed numbers: equal to themselves and to their unboxed values */
  CHECK(pyrt_slot_eq((pyrt_slot){.o = v->ratio}, PYRT_SLOT_OBJ, (pyrt_slot){.f = 0.1},
                     PYRT_SLOT_FLOAT));
  CHECK(pyrt_list_contains(v->nums, (pyrt_slot){.i = 1000 + round % 50}, PYRT_SLOT_INT));
  use_collections(v, round);
  /* retain/release churn on every value */
  for (int k = 0; k < NVALUES; k++) pyrt_retain(pick(v, k));
  for (int k = 0; k < NVALUES; k++) pyrt_release(pick(v, k));
}

static void print_round(const values *v, int id, int round) {
  char head[64];
  snprintf(head, sizeof head, "worker %d round %d:", id, round);
  OWNED pyrt_object *a = s(head);
  OWNED pyrt_object *b = pyrt_object_str(v->pair);
  OWNED pyrt_object *c = pyrt_object_str(v->ratio);
  pyrt_object *args[] = {a, b, c};
  pyrt_print(args, 3, NULL, NULL);
}

static void release_values(values *v) {
  for (int k = 0; k < NVALUES; k++) pyrt_release(pick(v, k));
}

/* The task each worker runs. The raiser fails half-way, from inside a frame that holds an
 * object (released by its cleanup as the exception passes) and records itself. */
static void work(void *arg) {
  worker *w = arg;
  int32_t line __attribute__((cleanup(leave_frame))) = 10;
  OWNED pyrt_object *held = pyrt_str_from_int(w->id);
  for (int r = 0; r < ROUNDS; r++) {
    if (r < PRINTED_ROUNDS) print_round(&w->v, w->id, r);
    use_values(&w->v, r + w->id);
    if (w->id == RAISER && r == ROUNDS / 2) {
      release_values(&w->v);
      line = 12;
      pyrt_raisef(PYRT_EXC_VALUE, "worker %d failed", w->id);
    }
  }
  release_values(&w->v);
}

static void *thread_main(void *arg) {
  worker *w = arg;
  w->raised = pyrt_task_run(work, w, 1, &w->out);
  return NULL;
}

static worker workers[WORKERS];

/* The joiner, as a task itself so that the replayed output can be checked: joins in program
 * order; the raiser's join re-raises, so the workers after it are discarded. */
static void join_all(void *arg) {
  (void)arg;
  int i = 0;
  for (; i < WORKERS; i++) {
    if (i > RAISER) break;
    pyrt_task_outcome out = workers[i].out;
    workers[i].out = (pyrt_task_outcome){0};
    workers[i].out.output_len = -1; /* joined */
    if (i == RAISER) {
      for (int j = RAISER + 1; j < WORKERS; j++) pyrt_task_discard(&workers[j].out);
    }
    pyrt_task_join(&out);
  }
}

void pyforac_module_main(void) {
  int64_t live = pyrt_debug_live_objects();
  build_values();
  build_collections();
  pair_hash = pyrt_hash_slot((pyrt_slot){.o = shared.pair}, PYRT_SLOT_OBJ);
  /* hand-off: one retained reference per worker, then share, then publish */
  for (int i = 0; i < WORKERS; i++) {
    workers[i].id = i;
    workers[i].v = shared;
    for (int k = 0; k < NVALUES; k++) pyrt_retain(pick(&shared, k));
  }
  for (int k = 0; k < NVALUES; k++) pyrt_share(pick(&shared, k));
  CHECK(pyrt_is_shared(pyrt_dict_key_at(shared.table, 1).o) &&
        pyrt_is_shared(pyrt_set_item(shared.pairs, 0).o));
  CHECK(pyrt_is_shared(shared.words) && pyrt_is_shared(pyrt_list_getitem(shared.words, 1).o));
  CHECK(pyrt_is_shared(pyrt_tuple_getitem(shared.pair, 3).o));
  for (int i = 0; i < WORKERS; i++)
    CHECK(pthread_create(&workers[i].thread, NULL, thread_main, &workers[i]) == 0);
  /* the main task keeps using the same values meanwhile */
  for (int r = 0; r < ROUNDS / 3; r++) use_values(&shared, r);
  for (int i = 0; i < WORKERS; i++) {
    pthread_join(workers[i].thread, NULL);
    CHECK(workers[i].raised == (i == RAISER));
  }
  pyrt_task_outcome all;
  CHECK(pyrt_task_run(join_all, NULL, 1, &all) == 1);
  pyrt_buf want = {0};
  for (int i = 0; i <= RAISER; i++) {
    for (int r = 0; r < PRINTED_ROUNDS; r++) {
      char line[400];
      snprintf(line, sizeof line, "worker %d round %d: %s 0.1\n", i, r, pair_repr);
      pyrt_buf_append_cstr(&want, line);
    }
  }
  CHECK(all.output_len == want.len && memcmp(all.output, want.data, (size_t)want.len) == 0);
  pyrt_buf_free(&want);
  CHECK(all.exc && pyrt_exception_class(all.exc) == PYRT_EXC_VALUE);
  pyrt_object *text = all.exc ? pyrt_exception_format(all.exc) : NULL;
  CHECK(str_is(text, "Traceback (most recent call last):\n"
                     "  File \"threads.py\", line 12, in worker\n"
                     "ValueError: worker 4 failed\n"));
  pyrt_release(text);
  pyrt_task_discard(&all);
  release_values(&shared);
  CHECK(pyrt_debug_live_objects() == live);
  printf("threads: %d passed, %d failed\n", passed, failed);
  fflush(stdout);
  pyrt_exit(failed ? 1 : 0);
}
