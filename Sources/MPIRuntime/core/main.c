/* main.c: the program entry point and the exit path shared by every rank.
 *
 * Order: main -> pyrt_comm_init -> rank 0: pyforac_module_main() then pyrt_exit(0)
 *                               -> other ranks: pyrt_comm_worker_loop() (sleeps until rank 0
 *                                  announces the status) -> pyrt_comm_finish -> exit(status).
 * pyrt_exit (rank 0) flushes the ordered output, prints PYFORAC_STATS, announces the status,
 * finalises MPI, exits.
 */
#include "pyrt-internal.h"

#include <stdio.h>
#include <stdlib.h>

static int exiting;
static int saved_argc;
static char **saved_argv;

int32_t pyrt_argc(void) { return saved_argc; }

const char *pyrt_argv(int32_t i) { return i >= 0 && i < saved_argc ? saved_argv[i] : NULL; }

_Noreturn void pyrt_exit(int32_t status) {
  pyrt_output_flush();
  fflush(stderr);
  if (exiting) pyrt_comm_abort(status);
  exiting = 1;
  pyrt_stats_report();
  pyrt_comm_finish(status);
  exit(status);
}

int main(int argc, char **argv) {
  pyrt_stats_start();
  pyrt_comm_init(&argc, &argv);
  saved_argc = argc;
  saved_argv = argv;
  if (pyrt_rank() == 0) {
    pyforac_module_main();
    pyrt_exit(0);
  }
  int32_t status = pyrt_comm_worker_loop();
  pyrt_comm_finish(status);
  exit(status);
}
