// interp.h - creating and destroying interpreters and thread states; running programs
// (interp.c). The public embedding API (include/gilt.h, api.c) is built on these.
#ifndef GILT_INTERP_H
#define GILT_INTERP_H

#include "state.h"

// A new interpreter and its main thread state. NULL if out of memory.
TS *gt_interp_new(void);
void gt_interp_free(Interp *in);
// A thread state for the calling OS thread (threads issue). NULL if out of memory.
TS *gt_thread_state_new(Interp *in);
void gt_thread_state_free(TS *ts);

// End of the program: wait for non-daemon threads, stop the others, flush output.
void gt_interp_shutdown(TS *ts);

// Make the builtins module (builtins.c).
void gt_builtins_init(TS *ts);

// Set sys.argv (argv[0] is the script name as given).
void gt_interp_set_argv(TS *ts, int argc, char **argv);

// Run a file / a string as __main__. Returns the process exit status: 0, 1 after printing an
// uncaught exception, or the SystemExit code.
int gt_run_file(TS *ts, const char *path);
int gt_run_string(TS *ts, const char *src, size_t len, const char *filename);
int gt_run_module(TS *ts, const char *modname);

#endif
