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

#include <stdio.h>
#include <stdlib.h>

static int exiting;

/* Made by the compiler (absent from the runtime's own test programs). */
extern void pyforac_init_literals(void) __attribute__((weak));
static int saved_argc;
static char **saved_argv;

int32_t pyrt_argc(void) { return saved_argc; }

const char *pyrt_argv(int32_t i) { return i >= 0 && i < saved_argc ? saved_argv[i] : NULL; }

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
  exit(status);
}

int main(int argc, char **argv) {
  pyrt_stats_start();
  saved_argc = argc;
  saved_argv = argv;
  pyrt_output_init();
  pyrt_stack_run(program);
}
