// deadlock.h - the deadlock report (deadlock.c). gil.c decides that every live thread is
// blocked for ever (the watchdog thread, or at once in deterministic mode); these describe the
// threads and end the process.
#ifndef GILT_DEADLOCK_H
#define GILT_DEADLOCK_H

#include "state.h"

// The report's text (malloc'd; NULL if out of memory). Called with the GIL taken for good and
// the GIL's mutex held: no thread can change anything meanwhile. Allocates no Python object.
char *gt_deadlock_describe(Interp *in);
// Print the report to stderr, write the --gil-stats/--trace/--timeline output, flush the
// program's output and exit with status 1.
_Noreturn void gt_deadlock_exit(Interp *in, char *text);

#endif
