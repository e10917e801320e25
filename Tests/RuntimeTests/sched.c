/* sched.c: the work-stealing scheduler (core/sched.c) driven the way compiled code drives it
 * (pyrt-tasks.h, "spawned calls"): a binary recursion spawns its second call at every level
 * with a record in its own frame, reads a list shared through the record, and takes the record
 * back, joining a thief's result when it was stolen. Built against the runtime compiled with
 * -fsanitize=thread (run.sh), so a race in the deque, the records or the sharing of the list
 * is reported. Also: a record abandoned after a thief took it (an exception leaving the
 * spawning frame) does not wait for the thief, which then touches neither the record nor the
 * references its owner dropped; every spawn's result equals the sequential one; with
 * PYFORAC_STEAL_ALL tasks are really stolen; PYFORAC_THREADS=1 runs everything inline.
 * Prints "sched: N passed, M failed". */
#include "pyrt-internal.h"

#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static int passed, failed;

#define CHECK(cond)                                                            \
  do {                                                                         \
    if (cond) {                                                                \
      passed++;                                                                \
    } else {                                                                   \
      failed++;                                                                \
      fprintf(stderr, "sched.c:%d: check failed: %s\n", __LINE__, #cond);     \
    }                                                                          \
  } while (0)

/* A record with room for two live-ins. */
typedef struct record {
  _Alignas(16) unsigned char bytes[sizeof(pyrt_spawn) + 2 * 16];
} record;

static int64_t tree(int64_t n, pyrt_object *list, int32_t depth);

static void run_tree(pyrt_spawn *s) {
  s->result[0] = tree(s->slots[0], (pyrt_object *)(uintptr_t)s->slots[2], s->depth + 1);
}

/* Nodes of a binary recursion, plus the length of the shared list at every leaf. */
static int64_t tree(int64_t n, pyrt_object *list, int32_t depth) {
  if (n < 2) return 1 + pyrt_list_len(list);
  if (!pyrt_spawn_allowed(depth)) return tree(n - 1, list, depth + 1) + tree(n - 2, list, depth + 1) + 1;
  record r;
  pyrt_spawn *s = (pyrt_spawn *)r.bytes;
  s->run = run_tree;
  s->depth = depth;
  s->slots[0] = n - 2;
  s->slots[2] = (int64_t)(uintptr_t)list;
  s->objects = 2; /* slot 1 holds an object */
  s->flags = 2 << 8; /* two live-ins */
  pyrt_spawn_push(s);
  int64_t a = tree(n - 1, list, depth + 1);
  int64_t b;
  if (pyrt_spawn_take(s)) {
    b = tree(n - 2, list, depth + 1);
  } else {
    pyrt_spawn_join(s);
    b = s->result[0];
  }
  return a + b + 1;
}

static int64_t sequential(int64_t n, int64_t len) {
  return n < 2 ? 1 + len : sequential(n - 1, len) + sequential(n - 2, len) + 1;
}

/* A piece that runs until the test releases it (at most 5 s), then reads the list it was
 * given and returns a new object. */
static _Atomic int slow_started, slow_finished, slow_release;
static void run_slow(pyrt_spawn *s) {
  atomic_fetch_add(&slow_started, 1);
  for (int i = 0; i < 5000 && !atomic_load(&slow_release); i++) {
    struct timespec ts = {0, 1000000};
    nanosleep(&ts, NULL);
  }
  int64_t x = pyrt_list_len((pyrt_object *)(uintptr_t)s->slots[0]);
  s->result[0] = (int64_t)(uintptr_t)pyrt_box_int(x);
  atomic_fetch_add(&slow_finished, 1);
}

void pyforac_module_main(void) {
  setenv("PYFORAC_THREADS", "4", 1);
  setenv("PYFORAC_STEAL_ALL", "1", 1);
  setenv("PYFORAC_SPAWN_LEVELS", "8", 1);
  pyrt_object *list = pyrt_list_new(3, PYRT_SLOT_OBJ);
  for (int i = 0; i < 3; i++) {
    pyrt_slot v = {.o = pyrt_box_int(i)};
    pyrt_list_set_init(list, i, v);
  }
  for (int64_t n = 2; n <= 16; n++) CHECK(tree(n, list, 1) == sequential(n, 3));
  /* the list was handed to thieves: shared, never updated in place again */
  CHECK(pyrt_is_shared(list));
  /* abandoned while a thief runs it: the owner leaves at once (its frame, here the record,
   * is reused), the thief keeps the list alive and never writes to the record again; the
   * object result it makes is released by the last of the two */
  static record reused;
  int left = 0;
  for (int i = 0; i < 20; i++) {
    pyrt_spawn *s = (pyrt_spawn *)reused.bytes;
    pyrt_object *own = pyrt_list_new(0, PYRT_SLOT_OBJ);
    s->run = run_slow;
    s->depth = 1;
    s->slots[0] = (int64_t)(uintptr_t)own;
    s->objects = 1;
    s->flags = PYRT_SPAWN_OBJECT_RESULT | 1 << 8;
    pyrt_spawn_push(s);
    struct timespec ts = {0, 200000};
    nanosleep(&ts, NULL);
    pyrt_spawn_abandon(s, 1);
    /* a thief runs it (until released): the abandon did not wait for it */
    if (atomic_load(&slow_started) > atomic_load(&slow_finished)) left++;
    pyrt_release(own); /* the frame's reference goes as the exception leaves it */
    memset(reused.bytes, 0xab, sizeof reused.bytes);
  }
  /* at least once the owner left while its thief still ran */
  CHECK(left > 0);
  atomic_store(&slow_release, 1);
  for (int i = 0; i < 2000 && atomic_load(&slow_finished) < atomic_load(&slow_started); i++) {
    struct timespec ts = {0, 1000000};
    nanosleep(&ts, NULL);
  }
  int intact = 1;
  for (size_t i = 0; i < sizeof reused.bytes; i++) intact &= reused.bytes[i] == 0xab;
  CHECK(intact);
  char line[200];
  double busy;
  CHECK(pyrt_sched_stats(line, sizeof line, &busy) == 1);
  long long spawned = 0, stolen = 0;
  const char *p = strstr(line, "spawned ");
  if (p) sscanf(p, "spawned %lld, stolen %lld", &spawned, &stolen);
  CHECK(spawned > 100);
  CHECK(stolen > 0);
  if (stolen == 0) fprintf(stderr, "sched.c: %s\n", line);
  pyrt_release(list);
  printf("sched: %d passed, %d failed\n", passed, failed);
  fflush(stdout);
  pyrt_exit(failed ? 1 : 0);
}
