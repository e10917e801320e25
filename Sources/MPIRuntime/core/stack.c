/* stack.c: the program's native stack, sized for CPython's recursion limit.
 *
 * CPython 3.11 keeps Python frames on the heap, so 1000 nested calls work whatever their
 * frames hold. Compiled frames live on the native stack: a function with 3,000 locals live
 * across its recursive call takes about 24 KiB a frame, 24 MiB at depth 990, more than the
 * usual 8 MiB `ulimit -s`. So main runs the program (MPI start-up included, so MPI's "main
 * thread" is this one) on a thread whose stack is reserved here:
 *
 *   [guard: GUARD_BYTES, PROT_NONE][stack: DEFAULT_STACK_BYTES (1 GiB) or $PYFORAC_STACK_SIZE]
 *
 * mapped with MAP_NORESERVE, so only the pages a deep recursion touches cost memory, and
 * independent of `ulimit -s`. When the reservation fails (strict overcommit, `ulimit -v`) it
 * retries with a quarter of the size down to 16 MiB, then runs on the calling thread.
 *
 * A fault inside the guard region is the stack overflowing (compiled code and the runtime
 * probe every page of a large frame, -fstack-clash-protection and LLVM's "probe-stack", so a
 * frame cannot jump over the guard): the SIGSEGV handler, on an alternate signal stack,
 * flushes stdout, prints "pyforac: stack overflow ..." and ends the job with status 3 (an
 * implementation limit), using only write(2) and _exit/MPI_Abort. Other faults go to the
 * handler it replaced (a real crash stays a crash). MPI libraries install their own SIGSEGV
 * handlers during start-up (UCX), so main installs this one again afterwards.
 */
#include "pyrt-internal.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

enum { ALT_STACK_BYTES = 256 << 10, MIN_STACK_BYTES = 16 << 20 };
static const size_t GUARD_BYTES = (size_t)64 << 20;
static const size_t DEFAULT_STACK_BYTES = (size_t)1 << 30;

static uintptr_t guard_lo, guard_hi; /* the guard region: [guard_lo, guard_hi) */
static size_t stack_bytes;           /* the program stack's size (0: not reserved here) */
/* The guard regions of the scheduler's worker threads (pyrt_stack_thread), each written once
 * before its thread starts. */
enum { MAX_WORKER_GUARDS = 256 };
static _Atomic uintptr_t worker_guard_lo[MAX_WORKER_GUARDS];
static _Atomic int worker_guards;
static struct sigaction previous;    /* the SIGSEGV handler this one replaced */
static void (*program_main)(void);

/* Writes all of `s` to fd 2 (async-signal-safe). */
static void say(const char *s) {
  size_t n = strlen(s);
  while (n > 0) {
    ssize_t w = write(2, s, n);
    if (w <= 0) return;
    s += w;
    n -= (size_t)w;
  }
}

/* Runs on the alternate signal stack: the program stack is exhausted. */
static _Noreturn void stack_overflow(void) {
  pyrt_output_flush(); /* write(2) only */
  char text[400];
  snprintf(text, sizeof text,
           "pyforac: stack overflow: the program's frames used "
           "the whole native stack (%zu MiB) before CPython's recursion limit of %d frames; set "
           "PYFORAC_STACK_SIZE (e.g. 8G) to reserve more\n",
           stack_bytes >> 20, PYRT_RECURSION_LIMIT);
  say(text);
  pyrt_comm_abort(3);
}

static void on_fault(int sig, siginfo_t *info, void *context) {
  uintptr_t a = (uintptr_t)info->si_addr;
  if (guard_hi && a >= guard_lo && a < guard_hi) stack_overflow();
  for (int i = 0; i < worker_guards; i++) {
    uintptr_t lo = worker_guard_lo[i];
    if (lo && a >= lo && a < lo + GUARD_BYTES) stack_overflow();
  }
  if (previous.sa_flags & SA_SIGINFO) {
    previous.sa_sigaction(sig, info, context);
  } else if (previous.sa_handler != SIG_DFL && previous.sa_handler != SIG_IGN) {
    previous.sa_handler(sig);
  } else {
    signal(sig, SIG_DFL); /* the faulting instruction runs again and the default action ends
                             the process: a real crash stays visible */
  }
}

void pyrt_stack_watch(void) {
  if (!guard_hi) return;
  struct sigaction sa, old;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = on_fault;
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
  sigemptyset(&sa.sa_mask);
  if (sigaction(SIGSEGV, &sa, &old) != 0) return;
  if (!((old.sa_flags & SA_SIGINFO) && old.sa_sigaction == on_fault)) previous = old;
}

/* Gives the calling thread an alternate signal stack, so the handler can run when the
 * program stack is full. */
static void set_alt_stack(void) {
  void *p = mmap(NULL, ALT_STACK_BYTES, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) return;
  stack_t ss = {.ss_sp = p, .ss_size = ALT_STACK_BYTES, .ss_flags = 0};
  sigaltstack(&ss, NULL);
}

static void *program_thread(void *arg) {
  (void)arg;
  set_alt_stack();
  pyrt_stack_watch();
  program_main();
  exit(0); /* the program ends with pyrt_exit; this is not reached */
}

/* PYFORAC_STACK_SIZE: bytes, with an optional K, M or G suffix; 0 when unset or invalid. */
static size_t requested_size(void) {
  const char *s = getenv("PYFORAC_STACK_SIZE");
  if (!s || !*s) return 0;
  char *end;
  errno = 0;
  unsigned long long v = strtoull(s, &end, 10);
  if (errno || end == s) return 0;
  unsigned shift = 0;
  if (*end == 'k' || *end == 'K')
    shift = 10;
  else if (*end == 'm' || *end == 'M')
    shift = 20;
  else if (*end == 'g' || *end == 'G')
    shift = 30;
  if (shift) end++;
  if (*end || v == 0 || v > (SIZE_MAX >> shift) / 2) return 0;
  return (size_t)v << shift;
}

/* Maps guard + stack of `size` bytes (rounded up to pages); the base of the guard, or NULL. */
static char *map_stack(size_t *size) {
  long page = sysconf(_SC_PAGESIZE);
  *size = (*size + (size_t)page - 1) & ~((size_t)page - 1);
  size_t total = GUARD_BYTES + *size;
  char *base = mmap(NULL, total, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (base == MAP_FAILED) return NULL;
  if (mprotect(base + GUARD_BYTES, *size, PROT_READ | PROT_WRITE) != 0) {
    munmap(base, total);
    return NULL;
  }
  return base;
}

/* Maps guard + stack of `size` bytes and starts the program thread on it; 0 on success. */
static int start_thread(size_t size) {
  size_t total;
  char *base = map_stack(&size);
  if (!base) return -1;
  total = GUARD_BYTES + size;
  guard_lo = (uintptr_t)base;
  guard_hi = (uintptr_t)base + GUARD_BYTES;
  stack_bytes = size;
  pthread_attr_t attr;
  pthread_t thread;
  int ok = pthread_attr_init(&attr) == 0 &&
           pthread_attr_setstack(&attr, base + GUARD_BYTES, size) == 0 &&
           pthread_create(&thread, &attr, program_thread, NULL) == 0;
  pthread_attr_destroy(&attr);
  if (!ok) {
    guard_lo = guard_hi = 0;
    stack_bytes = 0;
    munmap(base, total);
    return -1;
  }
  pthread_join(thread, NULL); /* the program thread ends the process */
  exit(0);
}

_Noreturn void pyrt_stack_run(void (*program)(void)) {
  program_main = program;
  size_t size = requested_size();
  if (!size) size = DEFAULT_STACK_BYTES;
  for (;;) {
    start_thread(size); /* returns only when it could not start the thread */
    if (size / 4 < MIN_STACK_BYTES) break;
    size /= 4;
  }
  program(); /* no reservation possible: the process stack, without the guard, as before */
  exit(0);
}

typedef struct worker_start {
  void (*fn)(void *);
  void *arg;
} worker_start;

static void *worker_thread(void *p) {
  worker_start w = *(worker_start *)p;
  free(p);
  set_alt_stack();
  w.fn(w.arg);
  return NULL;
}

int pyrt_stack_thread(void (*fn)(void *), void *arg) {
  size_t size = stack_bytes ? stack_bytes : 0;
  char *base = NULL;
  if (size) {
    int slot = atomic_fetch_add(&worker_guards, 1);
    base = slot < MAX_WORKER_GUARDS ? map_stack(&size) : NULL;
    if (base) worker_guard_lo[slot] = (uintptr_t)base;
  }
  worker_start *w = malloc(sizeof *w);
  if (!w) return -1;
  w->fn = fn;
  w->arg = arg;
  pthread_attr_t attr;
  pthread_t thread;
  int ok = pthread_attr_init(&attr) == 0;
  if (ok && base) ok = pthread_attr_setstack(&attr, base + GUARD_BYTES, size) == 0;
  if (ok && !base) ok = pthread_attr_setstacksize(&attr, (size_t)64 << 20) == 0;
  ok = ok && pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED) == 0 &&
       pthread_create(&thread, &attr, worker_thread, w) == 0;
  pthread_attr_destroy(&attr);
  if (!ok) {
    free(w);
    return -1;
  }
  return 0;
}
