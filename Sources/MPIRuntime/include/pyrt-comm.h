/* pyrt-comm.h: the communication layer (MPI). Built against MPICH's mpi.h; a "serial" variant
 * (PYRT_COMM_SERIAL) compiles without MPI so runtime unit tests run anywhere.
 *
 * Init/exit order: main -> pyrt_comm_init -> (rank 0 runs the program | others run the worker
 * loop) -> pyrt_comm_finish(status). Rank 0 announces the final status to every worker; the
 * workers exit with the same status, so `mpirun` reports what a single process would.
 */
#ifndef PYRT_COMM_H
#define PYRT_COMM_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Initialises MPI (MPI_THREAD_FUNNELED or better; works as a singleton without mpirun). */
void pyrt_comm_init(int *argc, char ***argv);
/* Worker ranks: wait (without burning a core) until rank 0 announces the exit status. */
int32_t pyrt_comm_worker_loop(void);
/* Rank 0: announce `status` to every worker. Then every rank: MPI_Finalize. */
void pyrt_comm_finish(int32_t status);
/* Abort the whole job now (an error that rank 0 cannot announce in order). */
_Noreturn void pyrt_comm_abort(int32_t status);

#ifdef __cplusplus
}
#endif
#endif
