/* sched.c: the work-stealing scheduler of one rank (include/pyrt-tasks.h, "spawned calls").
 *
 * Workers: the program thread is worker 0; PYFORAC_THREADS - 1 more threads (default: the
 * cores this process may use, from sched_getaffinity and the cgroup's cpu.max, shared among
 * the ranks of this node under mpirun) start the first time a parallel version of a function
 * asks (pyrt_spawn_allowed), each on a stack reserved like the program's (stack.c).
 *
 * Deques: each worker owns a Chase-Lev deque of pointers to spawn records living in its own
 * frames, with the C11 orderings of Le, Pop, Cohen and Zappa Nardelli (PPoPP 2013): the owner
 * pushes and takes at the bottom (one release fence, one seq_cst fence), thieves CAS the top.
 * The array never grows: a full deque runs the call inline (the record is not pushed).
 *
 * Stealing: an idle worker picks random victims and takes the oldest record; it runs the
 * record's thunk as a task (pyrt_task_run: its own context, output buffer and exception
 * boundary) whose root depth is the spawner's, then sets `done`. A worker whose record was
 * stolen waits at the take by stealing too, from the thief first (its record's pieces are
 * there), so no core idles while work exists. Idle workers back off from spinning to yielding
 * to short sleeps.
 *
 * Tickets: a thief copies the record it stole to the heap (a ticket, with its own references
 * to the live-in objects) before it runs it, and publishes the copy in the record; from then
 * on it touches only the copy. The owner's join waits for the ticket's `done` and moves the
 * outcome and result into its record. An owner that an exception makes leave its frame first
 * (pyrt_spawn_abandon) waits only for the ticket to exist, then drops its share: a thief that
 * never ends (the piece sequential execution would never have started, say a loop that only
 * ends for inputs the exception guards against) cannot hang the program, which is ending
 * with that exception anyway. Whoever drops the ticket last discards what is left in it.
 *
 * PYFORAC_STEAL_ALL=1 (for tests on small inputs): after each push, while some worker (or, for
 * a record another rank may run, another rank) is looking for work, the owner waits (up to
 * 2 ms) for it to take the record, so that most spawns run elsewhere even when the whole
 * program takes microseconds.
 */
#include "pyrt-internal.h"

#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

_Static_assert(offsetof(pyrt_spawn, run) == 0, "ABI: run");
_Static_assert(offsetof(pyrt_spawn, depth) == 8, "ABI: depth");
_Static_assert(offsetof(pyrt_spawn, objects) == 56, "ABI: objects");
_Static_assert(offsetof(pyrt_spawn, result) == 64, "ABI: result");
_Static_assert(offsetof(pyrt_spawn, slots) == 80, "ABI: slots");

enum { DEQUE_CAP = 1 << 12, MAX_WORKERS = 256, DEFAULT_LEVELS = 12 };

typedef struct worker {
  _Atomic int64_t top;
  char pad0[56];
  _Atomic int64_t bottom;
  char pad1[56];
  _Atomic(pyrt_spawn *) items[DEQUE_CAP];
  /* owner only: the records pushed and not yet taken back, oldest first (the deque's bottom
   * does not fall when a thief empties it, so it cannot tell which frames still hold one) */
  pyrt_spawn *open[DEQUE_CAP];
  int64_t nopen;
  int id;
  uint64_t rng;
  int32_t root_depth; /* the depth of the task this worker runs now */
  /* counters, written by the owner only, read at exit (atomic: read while workers run) */
  _Atomic int64_t pushed, stolen;
  double born;
  _Atomic double idle, idle_since; /* idle_since: 0 while busy */
} worker;

static worker *workers[MAX_WORKERS];
static _Atomic int nworkers = 1; /* workers[0] is the program thread */
static int started;          /* program thread only */
static int levels = DEFAULT_LEVELS;
static int steal_all;
static _Atomic int stopping;
static _Atomic int idle_workers; /* workers looking for work (PYFORAC_STEAL_ALL waits for one) */
static _Atomic int remote;       /* other ranks may take records (comm_mpi.c's server runs) */
static _Atomic int64_t stolen_by_ranks;
static _Thread_local worker *self;

/* ---- configuration --------------------------------------------------------------------------- */

static int env_int(const char *name, int lo, int hi, int fallback) {
  const char *s = getenv(name);
  if (!s || !*s) return fallback;
  char *end;
  errno = 0;
  long v = strtol(s, &end, 10);
  if (errno || *end || v < lo || v > hi) {
    fprintf(stderr, "pyforac: ignoring %s=%s (expected an integer from %d to %d)\n", name, s, lo,
            hi);
    return fallback;
  }
  return (int)v;
}

/* The cores this process may use: its affinity mask, bounded by the cgroup v2 quota. */
static int usable_cores(void) {
  int n = 1;
  cpu_set_t set;
  if (sched_getaffinity(0, sizeof set, &set) == 0) n = CPU_COUNT(&set);
  FILE *f = fopen("/sys/fs/cgroup/cpu.max", "r");
  if (f) {
    char quota[32];
    long period = 0;
    if (fscanf(f, "%31s %ld", quota, &period) == 2 && strcmp(quota, "max") != 0 && period > 0) {
      long q = atol(quota);
      int limit = (int)((q + period - 1) / period);
      if (limit >= 1 && limit < n) n = limit;
    }
    fclose(f);
  }
  return n < 1 ? 1 : n;
}

/* The ranks of this job on this node (the launcher says; 1 when it does not). */
static int local_ranks(void) {
  const char *names[] = {"MPI_LOCALNRANKS", "OMPI_COMM_WORLD_LOCAL_SIZE"};
  for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
    const char *s = getenv(names[i]);
    if (s && atoi(s) > 0) return atoi(s);
  }
  return 1;
}

static int thread_count(void) {
  int fallback = usable_cores() / local_ranks();
  return env_int("PYFORAC_THREADS", 1, MAX_WORKERS, fallback < 1 ? 1 : fallback);
}

/* ---- the deque (owner: push, take; anyone: steal) ---------------------------------------- */

static int push(worker *w, pyrt_spawn *s) {
  int64_t b = atomic_load_explicit(&w->bottom, memory_order_relaxed);
  int64_t t = atomic_load_explicit(&w->top, memory_order_acquire);
  if (b - t >= DEQUE_CAP) return 0;
  atomic_store_explicit(&w->items[b & (DEQUE_CAP - 1)], s, memory_order_relaxed);
  /* the paper's release fence before a relaxed store, as a release store (the same code on
   * x86; ThreadSanitizer does not model standalone fences) */
  atomic_store_explicit(&w->bottom, b + 1, memory_order_release);
  return 1;
}

static pyrt_spawn *take(worker *w) {
  int64_t b = atomic_load_explicit(&w->bottom, memory_order_relaxed) - 1;
  atomic_store_explicit(&w->bottom, b, memory_order_relaxed);
  atomic_thread_fence(memory_order_seq_cst);
  int64_t t = atomic_load_explicit(&w->top, memory_order_relaxed);
  pyrt_spawn *x = NULL;
  if (t <= b) {
    x = atomic_load_explicit(&w->items[b & (DEQUE_CAP - 1)], memory_order_relaxed);
    if (t == b) {
      if (!atomic_compare_exchange_strong_explicit(&w->top, &t, t + 1, memory_order_seq_cst,
                                                   memory_order_relaxed))
        x = NULL;
      atomic_store_explicit(&w->bottom, b + 1, memory_order_relaxed);
    }
  } else {
    atomic_store_explicit(&w->bottom, b + 1, memory_order_relaxed);
  }
  return x;
}

/* `need`: flags the record must have (PYRT_SPAWN_PORTABLE for another rank), else none is
 * taken. The record at the top stays valid while `top` does: reading it before the CAS is
 * what every steal does. */
static pyrt_spawn *steal_if(worker *w, int64_t need) {
  int64_t t = atomic_load_explicit(&w->top, memory_order_acquire);
  atomic_thread_fence(memory_order_seq_cst);
  int64_t b = atomic_load_explicit(&w->bottom, memory_order_acquire);
  if (t >= b) return NULL;
  pyrt_spawn *x = atomic_load_explicit(&w->items[t & (DEQUE_CAP - 1)], memory_order_relaxed);
  if (need && (x->flags & need) != need) return NULL;
  if (!atomic_compare_exchange_strong_explicit(&w->top, &t, t + 1, memory_order_seq_cst,
                                               memory_order_relaxed))
    return NULL;
  return x;
}

static pyrt_spawn *steal(worker *w) { return steal_if(w, 0); }

/* A record another rank lent (below: the inbox and the outbox). */
typedef struct received {
  pyrt_spawn *s;
  int32_t source;
  uint64_t id;
} received;
static int inbox_take(received *r);
static void run_received(worker *w, received r);

/* ---- tickets ------------------------------------------------------------------------------- */

typedef struct pyrt_ticket {
  _Atomic int32_t refs;  /* the owner's share and the thief's */
  _Atomic int32_t done;  /* set (release) when the copy's outcome is complete */
  int32_t thief;         /* the worker running it, or -2 for another rank */
  int32_t retained;      /* the copy holds references to its object live-ins */
  int32_t moved;         /* the owner's join took the outcome and result */
  int32_t pad[3];
  /* followed by the copy of the record (16-byte aligned) */
} pyrt_ticket;

static pyrt_spawn *ticket_record(pyrt_ticket *t) { return (pyrt_spawn *)(void *)(t + 1); }

/* Calls `f` on each live-in of `s` that is an object. */
static void each_object(pyrt_spawn *s, void (*f)(pyrt_object *)) {
  for (uint64_t m = s->objects; m; m &= m - 1)
    f((pyrt_object *)(uintptr_t)s->slots[2 * __builtin_ctzll(m)]);
}

static size_t record_size(const pyrt_spawn *s) {
  return offsetof(pyrt_spawn, slots) + 16 * (size_t)((s->flags >> 8) & 0xff);
}

/* The thief's copy of `s`, published in `s` (after which the owner may leave its frame). */
static pyrt_ticket *ticket_publish(pyrt_spawn *s, int32_t thief, int retain) {
  _Static_assert(sizeof(pyrt_ticket) % 16 == 0, "the copy is 16-byte aligned");
  size_t size = record_size(s);
  pyrt_ticket *t = aligned_alloc(16, (sizeof *t + size + 15) & ~(size_t)15);
  if (!t) {
    fputs("pyforac: out of memory for a stolen task\n", stderr);
    abort();
  }
  pyrt_spawn *c = ticket_record(t);
  /* what compiled code wrote (not `pushed`: the owner writes it after the push) */
  c->run = s->run;
  c->depth = s->depth;
  c->pushed = 0;
  atomic_store_explicit(&c->ticket, NULL, memory_order_relaxed);
  memset(&c->outcome, 0, sizeof c->outcome);
  memcpy(&c->flags, &s->flags, size - offsetof(pyrt_spawn, flags));
  atomic_store_explicit(&t->refs, 2, memory_order_relaxed);
  atomic_store_explicit(&t->done, 0, memory_order_relaxed);
  t->thief = thief, t->retained = retain, t->moved = 0;
  if (retain) each_object(c, pyrt_retain);
  atomic_store_explicit(&s->ticket, t, memory_order_release);
  return t;
}

static pyrt_ticket *ticket_of(pyrt_spawn *s) {
  return atomic_load_explicit(&s->ticket, memory_order_acquire);
}

/* Drops one share; the last discards what the owner did not take (the outcome, the result). */
static void ticket_drop(pyrt_ticket *t) {
  if (atomic_fetch_sub_explicit(&t->refs, 1, memory_order_acq_rel) != 1) return;
  pyrt_spawn *c = ticket_record(t);
  if (!t->moved) {
    int failed = c->outcome.exc != NULL;
    pyrt_task_discard(&c->outcome);
    if ((c->flags & PYRT_SPAWN_OBJECT_RESULT) && !failed)
      pyrt_release((pyrt_object *)(uintptr_t)c->result[0]);
  }
  free(t);
}

/* The thief's end of the run: its references to the live-ins go, the outcome is complete. */
static void ticket_finish(pyrt_ticket *t) {
  pyrt_spawn *c = ticket_record(t);
  if (t->retained) each_object(c, pyrt_release);
  atomic_store_explicit(&t->done, 1, memory_order_release);
  ticket_drop(t);
}

/* ---- running and waiting ------------------------------------------------------------------- */

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void run_stolen(worker *w, pyrt_spawn *s) {
  w->stolen++;
  pyrt_ticket *t = ticket_publish(s, w->id, 1);
  pyrt_spawn *c = ticket_record(t);
  int32_t saved = w->root_depth;
  w->root_depth = c->depth;
  pyrt_task_run((void (*)(void *))c->run, c, c->depth, &c->outcome);
  w->root_depth = saved;
  ticket_finish(t);
}

static uint64_t next_random(worker *w) {
  w->rng ^= w->rng << 13;
  w->rng ^= w->rng >> 7;
  w->rng ^= w->rng << 17;
  return w->rng;
}

/* One round of stealing: `first` (a worker index, or -1), then every other worker from a
 * random start. */
static pyrt_spawn *try_steal(worker *w, int first) {
  if (first >= 0 && first != w->id && first < nworkers && workers[first]) {
    pyrt_spawn *s = steal(workers[first]);
    if (s) return s;
  }
  int n = nworkers;
  int start = (int)(next_random(w) % (uint64_t)n);
  for (int i = 0; i < n; i++) {
    int v = (start + i) % n;
    if (v == w->id || !workers[v]) continue;
    pyrt_spawn *s = steal(workers[v]);
    if (s) return s;
  }
  return NULL;
}

static void backoff(int *round) {
  int r = (*round)++;
  if (r < 64) {
    __builtin_ia32_pause();
  } else if (r < 128) {
    sched_yield();
  } else {
    long ns = r < 256 ? 20000 : 200000;
    struct timespec ts = {0, ns};
    nanosleep(&ts, NULL);
  }
}

/* Waits until the thief of `s` is done, stealing meanwhile. */
static void idle_begin(worker *w) {
  if (w->idle_since) return;
  w->idle_since = now();
  atomic_fetch_add_explicit(&idle_workers, 1, memory_order_relaxed);
}

static void idle_end(worker *w) {
  double since = atomic_load_explicit(&w->idle_since, memory_order_relaxed);
  if (!since) return;
  /* one writer: a load and a store (gcc's compound atomic float needs libatomic) */
  atomic_store_explicit(&w->idle, atomic_load_explicit(&w->idle, memory_order_relaxed) +
                                      (now() - since), memory_order_relaxed);
  atomic_store_explicit(&w->idle_since, 0.0, memory_order_relaxed);
  atomic_fetch_sub_explicit(&idle_workers, 1, memory_order_relaxed);
}

/* Waits until the stolen `s` has a ticket (its thief publishes it right after the steal). */
static pyrt_ticket *wait_for_ticket(pyrt_spawn *s) {
  pyrt_ticket *t;
  int round = 0;
  while (!(t = ticket_of(s))) {
    if (round++ < 64) __builtin_ia32_pause();
    else sched_yield();
  }
  return t;
}

static void wait_for(worker *w, pyrt_spawn *s) {
  int round = 0;
  pyrt_ticket *ticket = wait_for_ticket(s);
  while (!atomic_load_explicit(&ticket->done, memory_order_acquire)) {
    received r;
    if (inbox_take(&r)) {
      idle_end(w);
      run_received(w, r);
      round = 0;
      continue;
    }
    pyrt_spawn *t = try_steal(w, ticket->thief);
    if (t) {
      idle_end(w);
      run_stolen(w, t);
      round = 0;
      continue;
    }
    if (round == 64) idle_begin(w);
    backoff(&round);
  }
  idle_end(w);
}

/* The loop of a worker with nothing of its own to do: records from other ranks first (their
 * senders wait), then records of this rank's deques, backing off while there are none, until
 * `*stop` is set. */
static void work_until(worker *w, _Atomic int *stop) {
  int round = 0;
  idle_begin(w);
  while (!atomic_load_explicit(stop, memory_order_acquire)) {
    received r;
    if (inbox_take(&r)) {
      idle_end(w);
      run_received(w, r);
      round = 0;
      idle_begin(w);
      continue;
    }
    pyrt_spawn *s = try_steal(w, -1);
    if (!s) {
      backoff(&round);
      continue;
    }
    idle_end(w);
    run_stolen(w, s);
    round = 0;
    idle_begin(w);
  }
}

static void worker_main(void *arg) {
  self = arg;
  work_until(self, &stopping);
}

static worker *new_worker(int id) {
  worker *w = aligned_alloc(64, (sizeof(worker) + 63) & ~(size_t)63);
  if (!w) return NULL;
  memset(w, 0, sizeof *w);
  w->id = id;
  w->rng = 0x9E3779B97F4A7C15ull * (uint64_t)(id + 1);
  w->born = now();
  return w;
}

static void start(void) {
  started = 1;
  levels = env_int("PYFORAC_SPAWN_LEVELS", 0, 1000, DEFAULT_LEVELS);
  const char *all = getenv("PYFORAC_STEAL_ALL");
  steal_all = all && *all && strcmp(all, "0") != 0;
  int n = thread_count();
  if (!self) {
    workers[0] = new_worker(0);
    self = workers[0];
    if (!self) return;
    self->root_depth = 1;
  }
  for (int i = 1; i < n; i++) {
    worker *w = new_worker(i);
    if (!w) break;
    workers[i] = w;
    if (pyrt_stack_thread(worker_main, w) != 0) {
      workers[i] = NULL;
      free(w);
      break;
    }
    nworkers = i + 1;
  }
  if (steal_all) {
    /* tests: the first spawns should find the workers looking for work already */
    double until = now() + 0.5;
    while (atomic_load_explicit(&idle_workers, memory_order_relaxed) < nworkers - 1 &&
           now() < until)
      sched_yield();
  }
}

/* ---- the ABI ------------------------------------------------------------------------------- */

int32_t pyrt_spawn_allowed(int32_t depth) {
  if (!started) start();
  worker *w = self;
  return (nworkers > 1 || atomic_load_explicit(&remote, memory_order_relaxed)) && w &&
         depth - w->root_depth < levels;
}

void pyrt_spawn_push(pyrt_spawn *s) {
  worker *w = self;
  s->pushed = 0;
  if (!started) start(), w = self;
  if (!w || (nworkers < 2 && !atomic_load_explicit(&remote, memory_order_relaxed))) return;
  atomic_store_explicit(&s->ticket, NULL, memory_order_relaxed);
  memset(&s->outcome, 0, sizeof s->outcome);
  /* share before hand-off: a thief may read the live-ins from the moment of the push */
  each_object(s, pyrt_share);
  if (!push(w, s)) return;
  w->open[w->nopen++] = s;
  s->pushed = 1;
  w->pushed++;
  if (steal_all) {
    /* tests: give a thief the chance to take it */
    double until = now() + 0.002;
    while (atomic_load_explicit(&w->top, memory_order_acquire) <
             atomic_load_explicit(&w->bottom, memory_order_relaxed) &&
           (atomic_load_explicit(&idle_workers, memory_order_relaxed) > 0 ||
            ((s->flags & PYRT_SPAWN_PORTABLE) && atomic_load_explicit(&remote, memory_order_relaxed))) &&
           now() < until)
      sched_yield();
  }
}

int32_t pyrt_spawn_take(pyrt_spawn *s) {
  if (!s->pushed) return 1;
  worker *w = self;
  if (w->nopen < 1 || w->open[w->nopen - 1] != s) {
    fprintf(stderr, "pyforac: internal error: spawn records taken out of order\n");
    abort();
  }
  w->nopen--;
  pyrt_spawn *x = take(w);
  if (x == s) return 1;
  if (x) {
    fprintf(stderr, "pyforac: internal error: spawn records taken out of order\n");
    abort();
  }
  return 0;
}

void pyrt_spawn_join(pyrt_spawn *s) {
  wait_for(self, s);
  pyrt_ticket *t = ticket_of(s);
  pyrt_spawn *c = ticket_record(t);
  s->outcome = c->outcome;
  memcpy(s->result, c->result, sizeof s->result);
  t->moved = 1;
  ticket_drop(t);
  pyrt_task_join(&s->outcome);
}

/* Leaves the stolen `s` to its thief. */
static void abandon_stolen(pyrt_spawn *s) { ticket_drop(wait_for_ticket(s)); }

void pyrt_spawn_abandon(pyrt_spawn *s, int32_t object_result) {
  (void)object_result; /* the record says it too (PYRT_SPAWN_OBJECT_RESULT) */
  if (pyrt_spawn_take(s)) return;
  abandon_stolen(s);
}

/* ---- other ranks (comm_mpi.c) ------------------------------------------------------------- */

void pyrt_sched_set_remote(int on) { atomic_store(&remote, on); }

pyrt_spawn *pyrt_sched_steal_for_rank(void) {
  int n = nworkers;
  for (int v = 0; v < n; v++) {
    if (!workers[v]) continue;
    pyrt_spawn *s = steal_if(workers[v], PYRT_SPAWN_PORTABLE);
    if (s) {
      atomic_fetch_add_explicit(&stolen_by_ranks, 1, memory_order_relaxed);
      return s;
    }
  }
  return NULL;
}

/* The live-ins went out serialised: the copy holds no references. */
pyrt_spawn *pyrt_sched_lend(pyrt_spawn *s) { return ticket_record(ticket_publish(s, -2, 0)); }

void pyrt_sched_finish_remote(pyrt_spawn *copy) {
  ticket_finish((pyrt_ticket *)(void *)copy - 1);
}

/* Records received from other ranks (the inbox, filled by comm_mpi.c's server) and, once a
 * worker ran one, its outcome to send back (the outbox). Both are short FIFOs under a lock:
 * a received record is worth at least a message's round trip. */
static pthread_mutex_t box_lock = PTHREAD_MUTEX_INITIALIZER;
static received *inbox, *outbox;
static int64_t inbox_n, inbox_cap, outbox_n, outbox_cap;
static _Atomic int64_t inbox_count, received_running;

static void box_push(received **box, int64_t *n, int64_t *cap, received r) {
  if (*n == *cap) {
    *cap = *cap ? 2 * *cap : 16;
    received *grown = realloc(*box, sizeof **box * (size_t)*cap);
    if (!grown) {
      fputs("pyforac: out of memory for records from other ranks\n", stderr);
      abort();
    }
    *box = grown;
  }
  (*box)[(*n)++] = r;
}

void pyrt_sched_inbox_put(pyrt_spawn *s, int32_t source, uint64_t id) {
  pthread_mutex_lock(&box_lock);
  box_push(&inbox, &inbox_n, &inbox_cap, (received){s, source, id});
  atomic_fetch_add(&inbox_count, 1);
  pthread_mutex_unlock(&box_lock);
}

static int inbox_take(received *r) {
  if (atomic_load_explicit(&inbox_count, memory_order_relaxed) == 0) return 0;
  pthread_mutex_lock(&box_lock);
  int got = inbox_n > 0;
  if (got) {
    *r = inbox[0];
    memmove(inbox, inbox + 1, sizeof *inbox * (size_t)(inbox_n - 1));
    inbox_n--;
    atomic_fetch_sub(&inbox_count, 1);
    atomic_fetch_add(&received_running, 1);
  }
  pthread_mutex_unlock(&box_lock);
  return got;
}

pyrt_spawn *pyrt_sched_outbox_take(int32_t *source, uint64_t *id) {
  pyrt_spawn *s = NULL;
  pthread_mutex_lock(&box_lock);
  if (outbox_n > 0) {
    s = outbox[0].s;
    *source = outbox[0].source;
    *id = outbox[0].id;
    memmove(outbox, outbox + 1, sizeof *outbox * (size_t)(outbox_n - 1));
    outbox_n--;
  }
  pthread_mutex_unlock(&box_lock);
  return s;
}

/* Runs a record another rank lent, as a task rooted at its depth; its outcome goes back. */
static void run_received(worker *w, received r) {
  int32_t saved = w->root_depth;
  w->root_depth = r.s->depth;
  pyrt_task_run((void (*)(void *))r.s->run, r.s, r.s->depth, &r.s->outcome);
  w->root_depth = saved;
  pthread_mutex_lock(&box_lock);
  box_push(&outbox, &outbox_n, &outbox_cap, r);
  atomic_fetch_sub(&received_running, 1);
  pthread_mutex_unlock(&box_lock);
}

int pyrt_sched_hungry(void) { return atomic_load_explicit(&idle_workers, memory_order_relaxed) > 0; }

int pyrt_sched_remote_idle(void) {
  pthread_mutex_lock(&box_lock);
  int idle = inbox_n == 0 && outbox_n == 0 && atomic_load(&received_running) == 0;
  pthread_mutex_unlock(&box_lock);
  return idle;
}

void pyrt_sched_work_until(_Atomic int *stop) {
  if (!started) start();
  work_until(self, stop);
  idle_end(self);
}

/* ---- task boundaries, stats ------------------------------------------------------------------ */

int64_t pyrt_sched_mark(void) {
  worker *w = self;
  return w ? w->nopen : -1;
}

void pyrt_sched_unwind(int64_t mark) {
  worker *w = self;
  if (!w || mark < 0) return;
  while (w->nopen > mark) {
    pyrt_spawn *s = w->open[w->nopen - 1];
    /* the frames that pushed these never resume: their results are never read (a limit
     * stops the job once joined); their thieves are left to finish alone */
    if (!pyrt_spawn_take(s)) abandon_stolen(s);
  }
}

int pyrt_sched_progress(char *buf, size_t n) {
  if (!started) return 0;
  int busy = nworkers - atomic_load(&idle_workers);
  int64_t pushed = 0, stolen = 0;
  for (int i = 0; i < nworkers; i++) {
    if (!workers[i]) continue;
    pushed += atomic_load(&workers[i]->pushed);
    stolen += atomic_load(&workers[i]->stolen);
  }
  int r = snprintf(buf, n, ", %d/%d threads busy, tasks %lld, stolen %lld by threads, %lld by ranks",
                   busy < 0 ? 0 : busy, (int)nworkers, (long long)pushed, (long long)stolen,
                   (long long)atomic_load(&stolen_by_ranks));
  return r < 0 ? 0 : (r >= (int)n ? (int)n - 1 : r);
}

void pyrt_sched_counters(int64_t *threads, int64_t *spawned, int64_t *stolen, double *busy) {
  *threads = nworkers, *spawned = 0, *stolen = 0, *busy = 0;
  if (!started) return;
  double t = now();
  for (int i = 0; i < nworkers; i++) {
    worker *w = workers[i];
    if (!w) continue;
    *spawned += w->pushed;
    *stolen += w->stolen;
    double idle = w->idle + (w->idle_since ? t - w->idle_since : 0);
    *busy += (i == 0 ? pyrt_stats_elapsed() : t - w->born) - idle;
  }
}

int pyrt_sched_stats(char *buf, size_t n, double *busy_seconds) {
  *busy_seconds = 0;
  if (n) buf[0] = 0;
  if (!started) return 0;
  atomic_store(&stopping, 1);
  int64_t pushed = 0, stolen = 0;
  double t = now();
  for (int i = 0; i < nworkers; i++) {
    worker *w = workers[i];
    if (!w) continue;
    pushed += w->pushed;
    stolen += w->stolen;
    double idle = w->idle + (w->idle_since ? t - w->idle_since : 0);
    /* the program thread was busy from the start of the run until the scheduler started */
    *busy_seconds += (i == 0 ? pyrt_stats_elapsed() : t - w->born) - idle;
  }
  snprintf(buf, n, ", threads %d, tasks spawned %lld, stolen %lld by threads, %lld by ranks",
           (int)nworkers, (long long)pushed, (long long)stolen,
           (long long)atomic_load(&stolen_by_ranks));
  return 1;
}
