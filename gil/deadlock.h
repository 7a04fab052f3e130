// deadlock.h - the deadlock report (deadlock.c). gil.c decides that every live thread is
// blocked for ever (the watchdog thread, or at once in deterministic mode); these describe the
// threads and end the process.
#ifndef GILT_DEADLOCK_H
#define GILT_DEADLOCK_H

#include "gil.h"
#include "state.h"

// The report's text (malloc'd; NULL if out of memory). Called with the GIL taken for good and
// the GIL's mutex held: no thread can change anything meanwhile. Allocates no Python object.
char *gt_deadlock_describe(Interp *in);
// One thread's entry of that report (where it waits, what for), for the REPL's :threads.
// malloc'd; NULL if out of memory or the thread has ended. Needs the GIL (held by the caller,
// so that the thread cannot move).
char *gt_thread_describe(Interp *in, ThreadInfo *ti);
// Print the report to stderr, write the --gil-stats/--trace/--timeline output, flush the
// program's output and exit with status 1.
_Noreturn void gt_deadlock_exit(Interp *in, char *text);

#endif
