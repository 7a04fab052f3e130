// gil.h - the Global Interpreter Lock (gil.c) and how the rest of gilt uses it.
//
// Exactly one thread of an interpreter holds the GIL and runs Python code or touches objects;
// the others wait for it or are inside a blocking call (sleep, a lock wait, I/O) that released
// it. Read gil.c's notes for the algorithm.
//
// Rules for C code:
// - Code that may block (sleep, wait on a lock, read input, write output) wraps the blocking
//   part in gt_gil_release(ts) ... gt_gil_acquire(ts), and touches no object in between (its
//   arguments stay rooted in the caller's frame). ts->sp must be correct at that point; it is
//   in any C function called from the VM.
// - The VM calls gt_gil_yield when its eval breaker shows BRK_GIL_DROP at a preemption point.
#ifndef GILT_GIL_H
#define GILT_GIL_H

#include <stdbool.h>
#include <stdint.h>

typedef struct Interp Interp;
typedef struct ThreadState TS;
typedef struct Gil Gil;

// Where the VM honours a request to switch threads (DESIGN.md 4.2).
typedef enum PreemptMode {
    PREEMPT_EVERY,   // between any two instructions (default: counter += 1 loses updates)
    PREEMPT_CPYTHON, // function entry, backward jumps, after calls (CPython 3.10+)
    PREEMPT_TICKS,   // once every N instructions (Python 2's check interval)
} PreemptMode;

// Make the GIL of an interpreter; the calling thread (ts) holds it. NULL if out of memory.
Gil *gt_gil_new(TS *ts);
void gt_gil_free(Gil *g);

// Take the GIL, waiting as long as needed (asking the holder to drop it after each switch
// interval). During interpreter shutdown, threads other than the main one never return.
void gt_gil_acquire(TS *ts);
// Give the GIL up before a blocking call.
void gt_gil_release(TS *ts);
// Give it up because another thread asked (BRK_GIL_DROP), wait until someone else took it,
// then take it back: the forced switch of the "new GIL".
void gt_gil_yield(TS *ts);
// A thread that ends drops the GIL for good (ts is about to be freed).
void gt_gil_release_final(TS *ts);
// Does the calling thread hold the GIL? (for assertions)
bool gt_gil_held(TS *ts);

// The switch interval in seconds (sys.setswitchinterval).
void gt_gil_set_interval(Gil *g, double seconds);
double gt_gil_get_interval(Gil *g);

// From now on only the main thread may take the GIL (interpreter shutdown).
void gt_gil_finalize(Gil *g);

// Preemption settings of an interpreter (--preempt, GILT_PREEMPT). Returns false if `spec`
// is not "every", "cpython", "ticks" or "ticks:N" (N >= 1).
bool gt_preempt_parse(const char *spec, PreemptMode *mode, int *ticks);

// Number of times the GIL changed hands (statistics).
uint64_t gt_gil_switches(Gil *g);

#endif
