/* comm_serial.c: the single-process communication layer, compiled with PYRT_COMM_SERIAL
 * (libpyrt-serial.a, used by the runtime's unit tests): one rank, no workers, no MPI. */
#ifdef PYRT_COMM_SERIAL
#include "pyrt-internal.h"

#include <stdio.h>
#include <unistd.h>

void pyrt_comm_init(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
}

int32_t pyrt_rank(void) { return 0; }
int32_t pyrt_size(void) { return 1; }
int32_t pyrt_comm_worker_loop(void) { return 0; }
void pyrt_comm_finish(int32_t status) { (void)status; }

void pyrt_comm_remote_start(void) {}
void pyrt_comm_remote_stop(void) {}
void pyrt_comm_counters(int64_t *sent, int64_t *received, int64_t *bsent, int64_t *breceived) {
  *sent = *received = *bsent = *breceived = 0;
}
void pyrt_comm_stats(char *buf, size_t n) {
  if (n) buf[0] = 0;
}

_Noreturn void pyrt_comm_abort(int32_t status) {
  fflush(stderr);
  _exit(status);
}
#endif
