/* main.c: the program entry point and the exit path shared by every rank.
 *
 * Order: main -> pyrt_output_init (SIGPIPE ignored, stdout inspected as CPython does)
 *             -> pyrt_stack_run: the rest runs on a thread with a stack reserved for
 *                CPython's recursion limit (stack.c)
 *             -> pyrt_comm_init (MPI_Init_thread on that thread) -> pyrt_stack_watch
 *             -> rank 0: pyforac_module_main() then pyrt_exit(0)
 *             -> other ranks: pyrt_comm_worker_loop() (sleeps until rank 0 announces the
 *                status) -> pyrt_comm_finish -> exit(status).
 * pyrt_exit (rank 0) flushes the ordered output (status 120 when stdout cannot be written,
 * as CPython), prints PYFORAC_STATS, announces the status, finalises MPI, exits.
 */
#include "pyrt-internal.h"

#include <signal.h>

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int exiting;

/* Made by the compiler (absent from the runtime's own test programs). */
extern void pyforac_init_literals(void) __attribute__((weak));
static int saved_argc;
static char **saved_argv;

int32_t pyrt_argc(void) { return saved_argc; }

const char *pyrt_argv(int32_t i) { return i >= 0 && i < saved_argc ? saved_argv[i] : NULL; }

/* sys.argv: the command line as a list of str, made once (shared: any thread may read it). */
static pyrt_object *argv_list;
static pthread_once_t argv_once = PTHREAD_ONCE_INIT;

/* Whether `s` is well-formed UTF-8 (no overlong forms, surrogates or code points past
 * U+10FFFF), as CPython's strict decoder requires. */
static int utf8_valid(const unsigned char *s, size_t n) {
  for (size_t i = 0; i < n;) {
    unsigned c = s[i];
    size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (!len || i + len > n) return 0;
    unsigned cp = len == 1 ? c : len == 2 ? c & 0x1f : len == 3 ? c & 0x0f : c & 0x07;
    for (size_t k = 1; k < len; k++) {
      if ((s[i + k] & 0xc0) != 0x80) return 0;
      cp = cp << 6 | (s[i + k] & 0x3f);
    }
    static const unsigned least[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < least[len] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0;
    i += len;
  }
  return 1;
}

static void make_argv(void) {
  pyrt_object *l = pyrt_list_new(saved_argc, PYRT_SLOT_OBJ);
  for (int32_t i = 0; i < saved_argc; i++) {
    const char *a = saved_argv[i];
    size_t n = strlen(a);
    if (!utf8_valid((const unsigned char *)a, n))
      pyrt_unsupported("a command-line argument that is not UTF-8 (CPython keeps its bytes "
                       "as lone surrogates)");
    pyrt_slot v = {.o = pyrt_str_new(a, (int64_t)n)};
    pyrt_list_set_init(l, i, v);
  }
  pyrt_share(l);
  argv_list = l;
}

pyrt_object *pyrt_sys_argv(void) {
  pthread_once(&argv_once, make_argv);
  pyrt_retain(argv_list);
  return argv_list;
}

int pyrt_exit_by_sigint;

_Noreturn void pyrt_exit(int32_t status) {
  if (exiting) {
    pyrt_output_flush();
    pyrt_comm_abort(status);
  }
  exiting = 1;
  pyrt_progress_stop();
  /* other ranks may still run records lent to them when an exception or a limit ended the
   * program before it joined them: the exit protocol ends them (comm_mpi.c) */
  pyrt_comm_remote_stop();
  status = pyrt_output_finish(status);
  fflush(stderr);
  pyrt_stats_report();
  pyrt_comm_finish(status);
  if (pyrt_exit_by_sigint && pyrt_size() == 1) {
    /* an uncaught KeyboardInterrupt: CPython ends by SIGINT with its default action (not
     * under mpirun, whose launcher would report a rank killed by a signal: status 130) */
    signal(SIGINT, SIG_DFL);
    raise(SIGINT);
  }
  exit(status);
}

/* Everything after start-up, on the program thread. */
static void program(void) {
  pyrt_comm_init(&saved_argc, &saved_argv);
  pyrt_stack_watch(); /* again: MPI may have installed its own SIGSEGV handler */
  if (pyrt_rank() == 0) {
    pyrt_progress_start();
    pyforac_module_main();
    pyrt_exit(0);
  }
  /* other ranks run regions of the program lent to them: its str literals must exist */
  if (pyforac_init_literals) pyforac_init_literals();
  int32_t status = pyrt_comm_worker_loop();
  pyrt_comm_finish(status);
  if (pyrt_exit_by_sigint && pyrt_size() == 1) {
    /* an uncaught KeyboardInterrupt: CPython ends by SIGINT with its default action (not
     * under mpirun, whose launcher would report a rank killed by a signal: status 130) */
    signal(SIGINT, SIG_DFL);
    raise(SIGINT);
  }
  exit(status);
}

int main(int argc, char **argv) {
  pyrt_stats_start();
  saved_argc = argc;
  saved_argv = argv;
  pyrt_output_init();
  pyrt_stack_run(program);
}
