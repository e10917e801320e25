/* comm_mpi.c: the MPI communication layer (compiled unless PYRT_COMM_SERIAL is defined).
 *
 * Traffic: the exit announcement (rank 0 sends its status to every other rank with tag
 * PYRT_TAG_EXIT) and remote stealing. Rank 0 runs the program; when its scheduler starts it
 * also starts a server thread that answers other ranks: a STEAL request gets the oldest spawn
 * record found in rank 0's deques, serialised (TASK: an id and serialize.c's record), or
 * NO_TASK; a RESULT (the id and the record's outcome) fills the record in and marks it done,
 * so the worker waiting at its join replays the output and re-raises the exception exactly as
 * for a thread's steal. Every other rank loops: one outstanding STEAL to rank 0, the TASK run
 * as a task (pyrt_sched_run_remote: its own spawns use the rank's threads), the RESULT sent
 * back, a backoff (50 us to 1 ms) after NO_TASK, until EXIT. MPI is initialised with
 * MPI_THREAD_SERIALIZED: on rank 0 the server thread makes every MPI call from start-up until
 * pyrt_exit stops it, the program thread only before and after. Idle ranks sleep between
 * polls so that `mpirun -n 2` on a 2-core machine (the test configuration) does not burn a
 * core.
 *
 * The MPI library is loaded with dlopen, only when a process manager started the program: a
 * program run alone then does not pay for loading libmpich and its ~100 dependencies (3-4 ms
 * per start). The names tried are the MPICH ABI's (libmpi.so.12: MPICH, Intel MPI, Cray MPICH,
 * MVAPICH; then libmpich.so.12), or $PYFORAC_MPI_LIBRARY. Handles and constants come from
 * MPICH's mpi.h (plain integers in that ABI), so only functions are looked up.
 */
#ifndef PYRT_COMM_SERIAL
#include "pyrt-internal.h"

#include <dlfcn.h>
#include <mpi.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

enum { POLL_MIN_NS = 50000, POLL_MAX_NS = 200000 };

/* The MPI functions this layer calls, resolved from the library at start-up. */
static struct {
  __typeof__(&MPI_Init_thread) init_thread;
  __typeof__(&MPI_Comm_rank) comm_rank;
  __typeof__(&MPI_Comm_size) comm_size;
  __typeof__(&MPI_Irecv) irecv;
  __typeof__(&MPI_Test) test;
  __typeof__(&MPI_Send) send;
  __typeof__(&MPI_Finalize) finalize;
  __typeof__(&MPI_Abort) abort;
  __typeof__(&MPI_Iprobe) iprobe;
  __typeof__(&MPI_Recv) recv;
  __typeof__(&MPI_Get_count) get_count;
  __typeof__(&MPI_Isend) isend;
} mpi;

static void *mpi_symbol(void *lib, const char *name) {
  void *f = dlsym(lib, name);
  if (!f) {
    fprintf(stderr, "pyforac: the MPI library has no %s: %s\n", name, dlerror());
    _exit(1);
  }
  return f;
}

/* Loads the MPI library and its functions, or ends the program with a clear message. */
static void load_mpi(void) {
  const char *names[] = {getenv("PYFORAC_MPI_LIBRARY"), "libmpi.so.12", "libmpich.so.12"};
  void *lib = NULL;
  for (size_t i = 0; i < sizeof names / sizeof names[0] && !lib; i++)
    if (names[i] && *names[i]) lib = dlopen(names[i], RTLD_NOW | RTLD_GLOBAL);
  if (!lib) {
    fprintf(stderr, "pyforac: started by mpirun but no MPICH-ABI MPI library could be loaded "
                    "(libmpi.so.12, libmpich.so.12; set PYFORAC_MPI_LIBRARY): %s\n", dlerror());
    _exit(1);
  }
  mpi.init_thread = (__typeof__(mpi.init_thread))mpi_symbol(lib, "MPI_Init_thread");
  mpi.comm_rank = (__typeof__(mpi.comm_rank))mpi_symbol(lib, "MPI_Comm_rank");
  mpi.comm_size = (__typeof__(mpi.comm_size))mpi_symbol(lib, "MPI_Comm_size");
  mpi.irecv = (__typeof__(mpi.irecv))mpi_symbol(lib, "MPI_Irecv");
  mpi.test = (__typeof__(mpi.test))mpi_symbol(lib, "MPI_Test");
  mpi.send = (__typeof__(mpi.send))mpi_symbol(lib, "MPI_Send");
  mpi.finalize = (__typeof__(mpi.finalize))mpi_symbol(lib, "MPI_Finalize");
  mpi.abort = (__typeof__(mpi.abort))mpi_symbol(lib, "MPI_Abort");
  mpi.iprobe = (__typeof__(mpi.iprobe))mpi_symbol(lib, "MPI_Iprobe");
  mpi.recv = (__typeof__(mpi.recv))mpi_symbol(lib, "MPI_Recv");
  mpi.get_count = (__typeof__(mpi.get_count))mpi_symbol(lib, "MPI_Get_count");
  mpi.isend = (__typeof__(mpi.isend))mpi_symbol(lib, "MPI_Isend");
}

static int32_t comm_rank, comm_size = 1;
static int comm_ready, comm_finished;
static int thread_level; /* what MPI_Init_thread provided */
static void pause_ns(long ns);
static void start_server(void);

/* True when a process manager (mpirun/mpiexec of MPICH or Open MPI, srun with PMI/PMIx)
 * started this process. Without one the program is a singleton: one rank, and MPI_Init would
 * only add its start-up cost (about 0.2 s with MPICH's ch4:ucx), so it is skipped unless
 * PYFORAC_MPI_SINGLETON=1 asks for a real MPI singleton. */
static int launched_by_process_manager(void) {
  static const char *const vars[] = {"PMI_RANK", "PMI_FD", "PMI_PORT", "PMIX_RANK",
                                     "OMPI_COMM_WORLD_RANK", "MPI_LOCALNRANKS"};
  for (size_t i = 0; i < sizeof vars / sizeof vars[0]; i++)
    if (getenv(vars[i])) return 1;
  const char *force = getenv("PYFORAC_MPI_SINGLETON");
  return force && strcmp(force, "1") == 0;
}

/* MPICH discovers the node's topology with hwloc, whose GPU plugins load by default: the
 * OpenCL one starts PoCL and LLVM and the GL one probes X displays, about 0.2 s added to every
 * program start for information MPI does not use. They are skipped unless the user configured
 * hwloc's plugins (HWLOC_PLUGINS_BLACKLIST or HWLOC_COMPONENTS) explicitly. */
static void skip_hwloc_gpu_plugins(void) {
  if (getenv("HWLOC_PLUGINS_BLACKLIST") || getenv("HWLOC_COMPONENTS")) return;
  setenv("HWLOC_PLUGINS_BLACKLIST",
         "hwloc_opencl,hwloc_gl,hwloc_cuda,hwloc_nvml,hwloc_rsmi,hwloc_levelzero", 0);
}

void pyrt_comm_init(int *argc, char ***argv) {
  if (!launched_by_process_manager()) return; /* rank 0 of 1, no MPI traffic */
  int provided = 0;
  skip_hwloc_gpu_plugins();
  load_mpi();
  if (mpi.init_thread(argc, argv, MPI_THREAD_SERIALIZED, &provided) != MPI_SUCCESS) {
    fputs("pyforac: MPI initialisation failed\n", stderr);
    _exit(1);
  }
  int r = 0, n = 1;
  mpi.comm_rank(MPI_COMM_WORLD, &r);
  mpi.comm_size(MPI_COMM_WORLD, &n);
  comm_rank = r;
  comm_size = n;
  thread_level = provided;
  comm_ready = 1;
  start_server();
}

int32_t pyrt_rank(void) { return comm_rank; }
int32_t pyrt_size(void) { return comm_size; }

/* ---- remote stealing ------------------------------------------------------------------------ */

static _Atomic int64_t bytes_sent, bytes_received, tasks_sent, tasks_received;

/* Sends in flight: every server send is non-blocking, so two servers sending each other big
 * messages (whose protocol waits for the receiver) never wait for each other; the loop tests
 * them and frees their buffers once sent. */
typedef struct pending_send {
  MPI_Request req;
  char *buf;
} pending_send;
static pending_send *sends;
static int64_t nsends, sends_cap;

/* Work messages (STEAL, TASK, NO_TASK, RESULT) sent to and received from each rank, counted
 * by the server thread: the exit protocol receives every one still in flight before
 * MPI_Finalize (nothing is left unmatched, whatever was abandoned). */
static int64_t *sent_to, *received_from;

static int is_work_tag(int tag) {
  return tag == PYRT_TAG_STEAL || tag == PYRT_TAG_TASK || tag == PYRT_TAG_NO_TASK ||
         tag == PYRT_TAG_RESULT;
}

/* Sends `n` bytes at `buf` (malloc'd, taken over and freed once sent; NULL when n is 0). */
static void send_owned(char *buf, int64_t n, int dest, int tag) {
  if (is_work_tag(tag)) sent_to[dest]++;
  if (nsends == sends_cap) {
    sends_cap = sends_cap ? 2 * sends_cap : 16;
    pending_send *grown = realloc(sends, sizeof *sends * (size_t)sends_cap);
    if (!grown) pyrt_comm_abort(3);
    sends = grown;
  }
  pending_send *p = &sends[nsends++];
  p->buf = buf;
  mpi.isend(buf, (int)n, MPI_BYTE, dest, tag, MPI_COMM_WORLD, &p->req);
  atomic_fetch_add(&bytes_sent, n);
}

/* Sends a copy of `n` bytes at `p`. */
static void send_bytes(const void *p, int64_t n, int dest, int tag) {
  char *copy = NULL;
  if (n > 0) {
    copy = malloc((size_t)n);
    if (!copy) pyrt_comm_abort(3);
    memcpy(copy, p, (size_t)n);
  }
  send_owned(copy, n, dest, tag);
}

/* Retires the sends that completed; returns whether any is still in flight. */
static int progress_sends(void) {
  for (int64_t i = 0; i < nsends;) {
    int done = 0;
    mpi.test(&sends[i].req, &done, MPI_STATUS_IGNORE);
    if (done) {
      free(sends[i].buf);
      sends[i] = sends[--nsends];
    } else {
      i++;
    }
  }
  return nsends > 0;
}

/* Receives the message `st` announced (a malloc'd buffer; *n its size). */
static char *receive(MPI_Status *st, int64_t *n) {
  int count = 0;
  mpi.get_count(st, MPI_BYTE, &count);
  char *buf = malloc(count > 0 ? (size_t)count : 1);
  if (!buf) {
    fputs("pyforac: out of memory receiving from another rank\n", stderr);
    pyrt_comm_abort(3);
  }
  mpi.recv(buf, count, MPI_BYTE, st->MPI_SOURCE, st->MPI_TAG, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
  if (is_work_tag(st->MPI_TAG)) received_from[st->MPI_SOURCE]++;
  atomic_fetch_add(&bytes_received, count);
  *n = count;
  return buf;
}

static void pause_ns(long ns) {
  struct timespec ts = {0, ns};
  nanosleep(&ts, NULL);
}

static int64_t now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static int probe(int source, int tag, MPI_Status *st) {
  int flag = 0;
  mpi.iprobe(source, tag, MPI_COMM_WORLD, &flag, st);
  return flag;
}

/* The server thread of this rank: the only thread making MPI calls between start-up and
 * pyrt_comm_finish. */
typedef struct lent {
  uint64_t id;
  pyrt_spawn *s;
} lent;
static lent *out;                 /* records of this rank running on other ranks (the copies
                                   * in their tickets, pyrt_sched_lend) */
static int64_t nout, out_cap;
static uint64_t next_id = 1;
static pthread_t server_thread;
static _Atomic int server_running, server_started;
static _Atomic int finish_requested; /* rank 0: the program ended; run the exit protocol */
static _Atomic int server_done;      /* the exit protocol is over (the status is known) */
static int32_t final_status;
static uint64_t rng = 88172645463325252ull;

static int stealing(void) { return thread_level >= MPI_THREAD_SERIALIZED && comm_size > 1; }

static void answer_steal(MPI_Status *st) {
  int64_t n;
  free(receive(st, &n));
  pyrt_spawn *s = pyrt_sched_steal_for_rank();
  if (!s) {
    send_bytes(NULL, 0, st->MPI_SOURCE, PYRT_TAG_NO_TASK);
    return;
  }
  pyrt_buf b = {0};
  uint64_t id = next_id++;
  pyrt_buf_append(&b, (const char *)&id, 8);
  if (!pyrt_spawn_pack(&b, s)) {
    fputs("pyforac: internal error: a spawn record that cannot be sent to another rank\n",
          stderr);
    pyrt_comm_abort(70);
  }
  if (nout == out_cap) {
    out_cap = out_cap ? 2 * out_cap : 16;
    lent *grown = realloc(out, sizeof *out * (size_t)out_cap);
    if (!grown) pyrt_comm_abort(3);
    out = grown;
  }
  /* from here the owner may leave its frame (an exception): the result goes to the copy */
  out[nout++] = (lent){id, pyrt_sched_lend(s)};
  atomic_fetch_add(&tasks_sent, 1);
  send_owned(b.data, b.len, st->MPI_SOURCE, PYRT_TAG_TASK);
}

static void take_result(MPI_Status *st) {
  int64_t n;
  char *buf = receive(st, &n);
  uint64_t id = 0;
  if (n >= 8) memcpy(&id, buf, 8);
  for (int64_t i = 0; i < nout; i++) {
    if (out[i].id != id) continue;
    pyrt_spawn *s = out[i].s;
    out[i] = out[--nout];
    if (!pyrt_outcome_unpack(buf + 8, buf + n, s)) {
      fputs("pyforac: internal error: a malformed result from another rank\n", stderr);
      pyrt_comm_abort(70);
    }
    free(buf);
    pyrt_sched_finish_remote(s);
    return;
  }
  free(buf);
  fputs("pyforac: internal error: a result for no record from another rank\n", stderr);
  pyrt_comm_abort(70);
}

/* A record received from rank `source` (TASK): to this rank's workers, through the inbox. */
static void take_task(MPI_Status *st) {
  int64_t n;
  char *buf = receive(st, &n);
  uint64_t id = 0;
  if (n >= 8) memcpy(&id, buf, 8);
  pyrt_spawn *s = n >= 8 ? pyrt_spawn_unpack(buf + 8, buf + n) : NULL;
  free(buf);
  if (!s) {
    fputs("pyforac: internal error: a malformed task from another rank\n", stderr);
    pyrt_comm_abort(70);
  }
  atomic_fetch_add(&tasks_received, 1);
  pyrt_sched_inbox_put(s, st->MPI_SOURCE, id);
}

/* Sends the outcomes of received records that this rank's workers finished. */
static int send_results(void) {
  int sent = 0;
  int32_t source;
  uint64_t id;
  pyrt_spawn *s;
  while ((s = pyrt_sched_outbox_take(&source, &id))) {
    pyrt_buf b = {0};
    pyrt_buf_append(&b, (const char *)&id, 8);
    pyrt_outcome_pack(&b, s);
    send_owned(b.data, b.len, source, PYRT_TAG_RESULT);
    if (!s->outcome.exc && (s->flags & PYRT_SPAWN_OBJECT_RESULT))
      pyrt_release((pyrt_object *)(uintptr_t)s->result[0]);
    pyrt_task_discard(&s->outcome);
    pyrt_spawn_unpacked_free(s);
    sent = 1;
  }
  return sent;
}

/* Receives the work messages still in flight until `expected[s]` came from each rank s (the
 * exit protocol's last step): results finish their tickets, the rest was abandoned. Returns
 * once they are all in and this rank's own sends are complete. */
static void drain(const int64_t *expected) {
  static const int tags[] = {PYRT_TAG_RESULT, PYRT_TAG_TASK, PYRT_TAG_NO_TASK, PYRT_TAG_STEAL};
  for (;;) {
    int missing = 0;
    for (int32_t r = 0; r < comm_size; r++) missing |= received_from[r] < expected[r];
    int sending = progress_sends();
    if (!missing && !sending) return;
    int got = 0;
    MPI_Status st;
    for (int i = 0; i < 4; i++) {
      if (!probe(MPI_ANY_SOURCE, tags[i], &st)) continue;
      got = 1;
      if (tags[i] == PYRT_TAG_RESULT) {
        take_result(&st);
      } else {
        int64_t n;
        free(receive(&st, &n));
      }
    }
    if (!got) pause_ns(20000);
  }
}

/* One loop of the server, on every rank when there are several: lends records to ranks that
 * ask (STEAL -> TASK or NO_TASK), takes their outcomes back (RESULT), asks a random rank for
 * work while this rank's workers are idle (one request out at a time), hands received records
 * to the workers and their outcomes back, and runs the exit protocol: rank 0 sends EXIT (the
 * status) to every rank; each rank, once its request is answered and nothing it received is
 * still running, answers DONE; then rank 0 sends STOP and every server ends. Messages of one
 * kind use one tag, so each probe sees only what it handles. */
static void *server(void *arg) {
  (void)arg;
  int asked = -1;    /* the rank our request for work went to, or -1 */
  int refused = 0;   /* requests refused in a row */
  int exiting = 0;   /* EXIT seen (rank 0: sent) */
  int done_sent = 0;
  int dones = 0;     /* rank 0: DONE messages received */
  long wait = 1000;
  int64_t ask_delay = 0, next_ask = 0;
  const char *all = getenv("PYFORAC_STEAL_ALL");
  int64_t max_delay = all && *all && strcmp(all, "0") != 0 ? 20000 : 1000000;
  /* rank 0: what each rank said (DONE) it sent to each rank, row by row */
  int64_t *sent_by = comm_rank == 0 ? calloc((size_t)comm_size * (size_t)comm_size, 8) : NULL;
  int64_t *expected = calloc((size_t)comm_size, 8);
  if ((comm_rank == 0 && !sent_by) || !expected) pyrt_comm_abort(3);
  MPI_Status st;
  for (;;) {
    int busy = 0;
    if (probe(MPI_ANY_SOURCE, PYRT_TAG_RESULT, &st)) take_result(&st), busy = 1;
    /* once exiting, requests for work go unanswered (their senders gave up on them) */
    if (!exiting && probe(MPI_ANY_SOURCE, PYRT_TAG_STEAL, &st)) answer_steal(&st), busy = 1;
    if (asked >= 0 && probe(asked, PYRT_TAG_TASK, &st)) {
      take_task(&st);
      asked = -1, refused = 0, busy = 1, ask_delay = 0, next_ask = 0;
    }
    if (asked >= 0 && probe(asked, PYRT_TAG_NO_TASK, &st)) {
      int64_t n;
      free(receive(&st, &n));
      asked = -1, refused++, busy = 1;
      /* a round of refusals (every other rank asked once, on average) doubles the delay */
      if (refused >= comm_size - 1) {
        ask_delay = ask_delay ? 2 * ask_delay : 20000;
        if (ask_delay > max_delay) ask_delay = max_delay;
      }
      next_ask = now_ns() + ask_delay;
    }
    /* results go back until the exit: after it nobody waits for one (everything was joined
     * after a success; after a failure what is still running was left to its thief) */
    if (!exiting && send_results()) busy = 1;
    progress_sends();
    /* The exit protocol: rank 0 sends EXIT (the status) to every rank. From then on no rank
     * sends work messages: each gives up its own request for work, answers none, sends no
     * result, and answers DONE (with what it sent to each rank) at once: what it received
     * and still runs was abandoned by rank 0 (after a success too, when the program caught
     * an exception that passed a spawning frame), and may never end. Rank 0 then sends STOP to each rank with
     * the number of work messages each rank sent it; every rank receives those still in
     * flight (drain) and ends. */
    if (comm_rank == 0 && !exiting && atomic_load(&finish_requested)) {
      exiting = 1, asked = -1;
      for (int32_t r = 1; r < comm_size; r++)
        send_bytes(&final_status, 4, r, PYRT_TAG_EXIT);
    }
    if (comm_rank != 0 && !exiting && probe(0, PYRT_TAG_EXIT, &st)) {
      mpi.recv(&final_status, 4, MPI_BYTE, 0, PYRT_TAG_EXIT, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
      exiting = 1, busy = 1, asked = -1;
    }
    /* Rank 0 ends its program only after joining everything it did not abandon: what this
     * rank still runs or waits for was abandoned (an exception passed the frame that spawned
     * it, whether the program then failed or caught it) and may never end. */
    if (exiting && comm_rank != 0 && !done_sent) {
      /* DONE carries this rank's counters for rank 0's PYFORAC_STATS lines, then its sends */
      size_t size = sizeof(pyrt_rank_counters) + 8 * (size_t)comm_size;
      char *buf = malloc(size);
      if (!buf) pyrt_comm_abort(3);
      pyrt_rank_counters c;
      pyrt_stats_counters(&c);
      memcpy(buf, &c, sizeof c);
      memcpy(buf + sizeof c, sent_to, 8 * (size_t)comm_size);
      send_owned(buf, (int64_t)size, 0, PYRT_TAG_DONE);
      done_sent = 1;
    }
    if (comm_rank == 0 && exiting) {
      while (probe(MPI_ANY_SOURCE, PYRT_TAG_DONE, &st)) {
        int64_t n;
        char *buf = receive(&st, &n);
        if (n == (int64_t)(sizeof(pyrt_rank_counters) + 8 * (size_t)comm_size)) {
          pyrt_rank_counters c;
          memcpy(&c, buf, sizeof c);
          pyrt_stats_rank(st.MPI_SOURCE, &c);
          memcpy(sent_by + (size_t)st.MPI_SOURCE * (size_t)comm_size, buf + sizeof c,
                 8 * (size_t)comm_size);
        }
        free(buf);
        dones++;
      }
      if (dones == comm_size - 1) {
        memcpy(sent_by, sent_to, 8 * (size_t)comm_size); /* row 0: rank 0's own */
        for (int32_t r = 1; r < comm_size; r++) {
          int64_t *column = calloc((size_t)comm_size, 8);
          if (!column) pyrt_comm_abort(3);
          for (int32_t q = 0; q < comm_size; q++)
            column[q] = sent_by[(size_t)q * (size_t)comm_size + (size_t)r];
          send_owned((char *)column, 8 * (int64_t)comm_size, r, PYRT_TAG_STOP);
        }
        for (int32_t q = 0; q < comm_size; q++)
          expected[q] = sent_by[(size_t)q * (size_t)comm_size];
        drain(expected);
        break;
      }
    }
    if (comm_rank != 0 && done_sent && probe(0, PYRT_TAG_STOP, &st)) {
      int64_t n;
      char *buf = receive(&st, &n);
      if (n == 8 * (int64_t)comm_size) memcpy(expected, buf, (size_t)n);
      free(buf);
      drain(expected);
      break;
    }
    /* ask for work while workers are idle: another rank at random; after refusals, less
     * often (up to every millisecond; 20 us under PYFORAC_STEAL_ALL) */
    if (!exiting && asked < 0 && pyrt_sched_hungry() && now_ns() >= next_ask) {
      rng ^= rng << 13, rng ^= rng >> 7, rng ^= rng << 17;
      int victim = (int)(rng % (uint64_t)(comm_size - 1));
      if (victim >= comm_rank) victim++;
      send_bytes(NULL, 0, victim, PYRT_TAG_STEAL);
      asked = victim;
      busy = 1;
    }
    if (busy) {
      wait = 1000;
      continue;
    }
    pause_ns(wait);
    /* idle: poll 10,000 times a second (a request for work waits at most 100 us) */
    long cap = pyrt_sched_hungry() || max_delay < 1000000 ? 20000 : 100000;
    wait = wait * 2 > cap ? cap : wait * 2;
  }
  /* the last messages (STOP, DONE) leave before MPI_Finalize */
  while (progress_sends()) pause_ns(1000);
  free(sent_by);
  free(expected);
  atomic_store(&server_done, 1);
  if (comm_rank != 0 && !pyrt_sched_remote_idle()) {
    /* A record left to this rank is still running (the program ended with an exception
     * before it needed it; it may never end): the worker running it cannot stop, so the
     * rank ends here with the job's status. MPI is finalised from this thread, which made
     * every MPI call since start-up (a process that left without MPI_Finalize would make
     * the launcher kill the whole job). */
    comm_finished = 1;
    mpi.finalize();
    fflush(stdout);
    fflush(stderr);
    _exit(final_status);
  }
  return NULL;
}

static void start_server(void) {
  if (!stealing() || atomic_exchange(&server_running, 1)) return;
  sent_to = calloc((size_t)comm_size, 8);
  received_from = calloc((size_t)comm_size, 8);
  if (!sent_to || !received_from) pyrt_comm_abort(3);
  if (pthread_create(&server_thread, NULL, server, NULL) != 0) {
    server_running = 0;
    return;
  }
  server_started = 1;
  pyrt_sched_set_remote(1);
}

void pyrt_comm_remote_start(void) { start_server(); }

void pyrt_comm_remote_stop(void) { pyrt_sched_set_remote(0); }

void pyrt_comm_counters(int64_t *sent, int64_t *received, int64_t *bsent, int64_t *breceived) {
  *sent = atomic_load(&tasks_sent);
  *received = atomic_load(&tasks_received);
  *bsent = atomic_load(&bytes_sent);
  *breceived = atomic_load(&bytes_received);
}

void pyrt_comm_stats(char *buf, size_t n) {
  if (n) buf[0] = 0;
  if (!atomic_load(&tasks_sent) && !atomic_load(&tasks_received)) return;
  snprintf(buf, n,
           ", tasks sent to ranks %lld, received from ranks %lld, bytes sent %lld, received %lld",
           (long long)atomic_load(&tasks_sent), (long long)atomic_load(&tasks_received),
           (long long)atomic_load(&bytes_sent), (long long)atomic_load(&bytes_received));
}

/* A rank other than 0: its workers run what its server receives, until the exit protocol
 * ends (the server thread returns); the status rank 0 announced. */
int32_t pyrt_comm_worker_loop(void) {
  int32_t status = 1;
  if (!stealing()) {
    MPI_Request req;
    mpi.irecv(&status, 1, MPI_INT32_T, 0, PYRT_TAG_EXIT, MPI_COMM_WORLD, &req);
    long wait_ns = POLL_MIN_NS;
    for (;;) {
      int done = 0;
      mpi.test(&req, &done, MPI_STATUS_IGNORE);
      if (done) return status;
      pause_ns(wait_ns);
      wait_ns = wait_ns * 2 > POLL_MAX_NS ? POLL_MAX_NS : wait_ns * 2;
    }
  }
  start_server();
  pyrt_sched_work_until(&server_done);
  pthread_join(server_thread, NULL);
  return final_status;
}

void pyrt_comm_finish(int32_t status) {
  if (!comm_ready || comm_finished) return;
  comm_finished = 1;
  if (atomic_load(&server_running)) {
    if (comm_rank == 0) {
      final_status = status;
      atomic_store(&finish_requested, 1);
    }
    pthread_join(server_thread, NULL);
    if (comm_rank == 0) pyrt_stats_report_ranks();
  } else if (comm_rank == 0) {
    for (int32_t r = 1; r < comm_size; r++)
      mpi.send(&status, 1, MPI_INT32_T, r, PYRT_TAG_EXIT, MPI_COMM_WORLD);
  }
  mpi.finalize();
}

_Noreturn void pyrt_comm_abort(int32_t status) {
  fflush(stderr);
  if (comm_ready && !comm_finished) {
    /* The launcher forwards our stderr through a pipe; MPI_Abort makes it tear the job down,
     * and what it had not read yet (the message just written) could be lost: give it a moment
     * (async-signal-safe: the stack overflow handler calls this). */
    struct timespec ts = {0, 100 * 1000 * 1000};
    nanosleep(&ts, NULL);
    mpi.abort(MPI_COMM_WORLD, status);
  }
  _exit(status);
}
#endif
