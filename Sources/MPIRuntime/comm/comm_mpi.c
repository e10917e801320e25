/* comm_mpi.c: the MPI communication layer (compiled unless PYRT_COMM_SERIAL is defined).
 *
 * Today the only traffic is the exit announcement: rank 0 sends its status to every worker
 * with tag PYRT_TAG_EXIT. Workers wait for it with MPI_Test and a nanosleep backoff
 * (50 us growing to 200 us) so that an idle worker does not burn a core: `mpirun -n 2` on a
 * 2-core machine is the test configuration.
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
}

static int32_t comm_rank, comm_size = 1;
static int comm_ready, comm_finished;

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
  if (mpi.init_thread(argc, argv, MPI_THREAD_FUNNELED, &provided) != MPI_SUCCESS) {
    fputs("pyforac: MPI initialisation failed\n", stderr);
    _exit(1);
  }
  int r = 0, n = 1;
  mpi.comm_rank(MPI_COMM_WORLD, &r);
  mpi.comm_size(MPI_COMM_WORLD, &n);
  comm_rank = r;
  comm_size = n;
  comm_ready = 1;
}

int32_t pyrt_rank(void) { return comm_rank; }
int32_t pyrt_size(void) { return comm_size; }

int32_t pyrt_comm_worker_loop(void) {
  int32_t status = 1;
  MPI_Request req;
  mpi.irecv(&status, 1, MPI_INT32_T, 0, PYRT_TAG_EXIT, MPI_COMM_WORLD, &req);
  long wait_ns = POLL_MIN_NS;
  for (;;) {
    int done = 0;
    mpi.test(&req, &done, MPI_STATUS_IGNORE);
    if (done) return status;
    struct timespec ts = {0, wait_ns};
    nanosleep(&ts, NULL);
    wait_ns = wait_ns * 2 > POLL_MAX_NS ? POLL_MAX_NS : wait_ns * 2;
  }
}

void pyrt_comm_finish(int32_t status) {
  if (!comm_ready || comm_finished) return;
  comm_finished = 1;
  if (comm_rank == 0)
    for (int32_t r = 1; r < comm_size; r++)
      mpi.send(&status, 1, MPI_INT32_T, r, PYRT_TAG_EXIT, MPI_COMM_WORLD);
  mpi.finalize();
}

_Noreturn void pyrt_comm_abort(int32_t status) {
  fflush(stderr);
  if (comm_ready && !comm_finished) mpi.abort(MPI_COMM_WORLD, status);
  _exit(status);
}
#endif
