/* progress.c: PYFORAC_PROGRESS=1 keeps a live status line on stderr while the program runs
 * (rank 0): elapsed time, cores busy, tasks spawned and stolen, for long runs a user watches.
 * On a terminal the line is rewritten in place twice a second and erased at exit; otherwise a
 * line is written every 5 seconds. It is stopped before anything else is written to stderr at
 * exit (a traceback, a limit's message, the stats). */
#include "pyrt-internal.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static pthread_t thread;
static _Atomic int running, stop;
static int tty;

static void *progress(void *arg) {
  (void)arg;
  long period_ms = tty ? 500 : 5000;
  long slept = 0;
  while (!atomic_load(&stop)) {
    struct timespec ts = {0, 50 * 1000 * 1000};
    nanosleep(&ts, NULL);
    slept += 50;
    if (slept < period_ms) continue;
    slept = 0;
    char line[256];
    int n = snprintf(line, sizeof line, "%spyforac: %.1f s", tty ? "\r" : "", pyrt_stats_elapsed());
    n += pyrt_sched_progress(line + n, sizeof line - (size_t)n);
    n += snprintf(line + n, sizeof line - (size_t)n, "%s", tty ? "\033[K" : "\n");
    if (n > 0 && !atomic_load(&stop)) {
      ssize_t w = write(2, line, (size_t)n < sizeof line ? (size_t)n : sizeof line - 1);
      (void)w;
    }
  }
  return NULL;
}

void pyrt_progress_start(void) {
  const char *flag = getenv("PYFORAC_PROGRESS");
  if (!flag || !*flag || strcmp(flag, "0") == 0 || pyrt_rank() != 0) return;
  tty = isatty(2);
  if (pthread_create(&thread, NULL, progress, NULL) == 0) atomic_store(&running, 1);
}

void pyrt_progress_stop(void) {
  if (!atomic_exchange(&running, 0)) return;
  atomic_store(&stop, 1);
  pthread_join(thread, NULL);
  if (tty) {
    ssize_t w = write(2, "\r\033[K", 4);
    (void)w;
  }
}
