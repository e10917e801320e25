/* stats.c: PYFORAC_STATS=1 prints a one-line summary of the run to stderr when rank 0 exits:
 *   pyforac stats: wall 1.234 s, ranks 2, effective parallelism 0.99
 * Effective parallelism is busy core seconds over wall seconds: rank 0's CPU time over the wall
 * time, or, once the scheduler started, the time its workers were not idle (sched.c), followed
 * by the thread count and the tasks spawned and stolen. Page and kernel counts join the line
 * when those layers exist. */
#include "pyrt-internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

static struct timespec started;

static double seconds_since(const struct timespec *t0) {
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  return (double)(now.tv_sec - t0->tv_sec) + (double)(now.tv_nsec - t0->tv_nsec) * 1e-9;
}

void pyrt_stats_start(void) { clock_gettime(CLOCK_MONOTONIC, &started); }

double pyrt_stats_elapsed(void) { return seconds_since(&started); }

void pyrt_stats_report(void) {
  const char *flag = getenv("PYFORAC_STATS");
  if (!flag || !*flag || strcmp(flag, "0") == 0) return;
  double wall = seconds_since(&started);
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  double busy = (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec * 1e-6 +
                (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec * 1e-6;
  char sched[200], comm[160];
  double workers_busy;
  if (pyrt_sched_stats(sched, sizeof sched, &workers_busy)) busy = workers_busy;
  pyrt_comm_stats(comm, sizeof comm);
  fprintf(stderr, "pyforac stats: wall %.3f s, ranks %d, effective parallelism %.2f%s%s\n",
          wall, (int)pyrt_size(), wall > 0 ? busy / wall : 0.0, sched, comm);
}

/* ---- the other ranks (collected by the exit protocol, comm_mpi.c) -------------------------- */

static pyrt_rank_counters *ranks;
static int32_t nranks;

void pyrt_stats_counters(pyrt_rank_counters *c) {
  memset(c, 0, sizeof *c);
  pyrt_sched_counters(&c->threads, &c->spawned, &c->stolen_threads, &c->busy);
  pyrt_comm_counters(&c->sent, &c->received, &c->bytes_sent, &c->bytes_received);
  c->wall = seconds_since(&started);
}

void pyrt_stats_rank(int32_t rank, const pyrt_rank_counters *c) {
  if (rank <= 0 || rank >= pyrt_size()) return;
  if (!ranks) {
    ranks = calloc((size_t)pyrt_size(), sizeof *ranks);
    if (!ranks) return;
    nranks = pyrt_size();
  }
  ranks[rank] = *c;
}

void pyrt_stats_report_ranks(void) {
  const char *flag = getenv("PYFORAC_STATS");
  if (!flag || !*flag || strcmp(flag, "0") == 0 || !ranks) return;
  for (int32_t r = 1; r < nranks; r++) {
    const pyrt_rank_counters *c = &ranks[r];
    fprintf(stderr,
            "pyforac stats: rank %d: effective parallelism %.2f, threads %lld, tasks spawned "
            "%lld, stolen %lld by threads, received %lld from ranks, sent %lld to ranks, "
            "bytes sent %lld, received %lld\n",
            (int)r, c->wall > 0 ? c->busy / c->wall : 0.0, (long long)c->threads,
            (long long)c->spawned, (long long)c->stolen_threads, (long long)c->received,
            (long long)c->sent, (long long)c->bytes_sent, (long long)c->bytes_received);
  }
  fflush(stderr);
}

