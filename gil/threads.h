// threads.h - OS threads running Python code: thread states for new threads, starting a
// thread, and waiting on a semaphore with the GIL released (interp.c, stdlib/mod_thread.c).
#ifndef GILT_THREADS_H
#define GILT_THREADS_H


#include "state.h"

// A thread state for a new thread (smaller stacks than the main thread's), registered with the
// interpreter. Needs the GIL. NULL if out of memory.
TS *gt_thread_state_new_thread(Interp *in);
// Remove a thread state from the interpreter's list (needs the GIL), then, once the GIL is
// released for good, free its memory (gt_thread_state_release, no GIL needed).
void gt_thread_state_unlink(TS *ts);
void gt_thread_state_release(TS *ts);

// The lowest safe address of the calling thread's C stack (for recursion checks).
uintptr_t gt_c_stack_limit(void);

// Start an OS thread running func(*args, **kwargs) (args a tuple, kwargs a dict or None).
// Returns its identifier (as _thread.start_new_thread), or V_ERR.
Value gt_thread_start(TS *ts, Value func, Value args, Value kwargs);

// If o is a _thread lock or RLock: its kind ("Lock", "RLock"), where the program created it
// ("file.py, line 3", or ""), and the ident of the thread that last took it while it is taken
// (0 when free). Reads only plain fields (used by the deadlock report).
bool gt_lock_describe(struct Obj *o, const char **kind, const char **site, uint64_t *owner);
// Was lock o made by the program's own code (threading.Lock() in a script), rather than
// inside the standard library (the lock of an Event, a thread's own bookkeeping)?
bool gt_lock_made_by_program(struct Obj *o);

#endif
