// gil.h - the Global Interpreter Lock (gil.c) and how the rest of gilt uses it.
//
// Exactly one thread of an interpreter holds the GIL and runs Python code or touches objects;
// the others wait for it or are inside a blocking call (sleep, a lock wait, I/O) that released
// it. Read gil.c's notes for the algorithm and its policies.
//
// Rules for C code:
// - Code that may block (sleep, wait on a lock, read input, write output) wraps the blocking
//   part in gt_block_begin(ts, WHAT, obj, timed) ... gt_block_end(ts), and touches no object
//   in between (its arguments stay rooted in the caller's frame). ts->sp must be correct at
//   that point; it is in any C function called from the VM. gt_block_begin says what the
//   thread waits for, which feeds the statistics, the trace, the deadlock detector and the
//   REPL's :threads.
// - The VM calls gt_gil_yield when its eval breaker shows BRK_GIL_DROP at a preemption point.
#ifndef GILT_GIL_H
#define GILT_GIL_H

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct Interp Interp;
typedef struct ThreadState TS;
typedef struct Gil Gil;
struct Obj;
struct Code;

// Where the VM honours a request to switch threads (DESIGN.md 4.2).
typedef enum PreemptMode {
    PREEMPT_EVERY,   // between any two instructions (default: counter += 1 loses updates)
    PREEMPT_CPYTHON, // function entry, backward jumps, after calls (CPython 3.10+)
    PREEMPT_TICKS,   // once every N instructions (Python 2's check interval)
} PreemptMode;

// Who gets the GIL next (--gil=NAME; gil.c explains each).
typedef enum GilPolicy {
    GIL_NEW,    // CPython 3.2+: timed request, forced switching (the default)
    GIL_LEGACY, // Python 2: release and take back at each request; the OS decides
    GIL_FIFO,   // handed to the thread that has waited longest
    GIL_IO,     // a thread back from a blocking call goes first (no convoy effect)
    GIL__COUNT
} GilPolicy;

// What a thread is doing. The order matters: everything from ACT_SLEEP on is "blocked".
typedef enum Activity {
    ACT_NEW,       // started, not yet run
    ACT_RUNNING,   // holds the GIL
    ACT_WAIT_GIL,  // wants the GIL
    ACT_SLEEP,     // time.sleep
    ACT_LOCK,      // Lock/RLock.acquire
    ACT_CONDITION, // Condition.wait
    ACT_SEMAPHORE, // Semaphore.acquire
    ACT_EVENT,     // Event.wait
    ACT_BARRIER,   // Barrier.wait
    ACT_QUEUE,     // a queue's get or put
    ACT_JOIN,      // Thread.join
    ACT_FUTURE,    // a Future's result or exception, concurrent.futures.wait
    ACT_IO,        // reading input or writing output
    ACT_DONE,      // finished
    ACT__COUNT
} Activity;

// Short names of activities ("running", "waiting for the GIL", "sleep", "lock", ...).
const char *gt_activity_name(Activity a);

// One per thread the interpreter ever ran, kept after the thread ends (statistics, trace).
// Owned by gil/; the fields marked (GIL mutex) change only under the GIL's internal mutex.
typedef struct ThreadInfo {
    struct ThreadInfo *next; // in creation order
    TS *ts;                  // while the thread runs; NULL once it has ended (GIL mutex)
    int index;               // 0 for the main thread, then 1, 2, ... (trace track)
    char name[64];           // threading's name, or "Thread (ident N)" for bare _thread ones
    uint64_t ident, native_id;
    bool daemon;
    _Atomic int activity;    // Activity (GIL mutex for writes)
    bool timed;              // the current block has a timeout
    struct Obj *wait_obj;    // the lock waited for (ACT_LOCK and the kinds found above it)
    struct Obj *wait_target; // the Event/Queue/Condition/Thread... the program waits on, or NULL
    struct Code *wait_call;  // the library function it waits in (Queue.get...), or NULL
    int64_t since_ns;        // when the current activity began (GIL mutex)
    // Statistics (GIL mutex).
    uint64_t acquisitions, forced_drops, voluntary_drops;
    int64_t run_ns, wait_ns, blocked_ns, longest_wait_ns;
    // The GIL's own bookkeeping (gil.c).
    pthread_cond_t cond;     // this thread waits here for a handover (fifo, io)
    struct ThreadInfo *qnext; // next in the queue of waiters (fifo, io)
    bool queued, priority;
    // The deterministic scheduler (--deterministic; gil.c).
    int det_state;           // DET_RUNNABLE, DET_BLOCKED or DET_DONE
    int64_t det_deadline;    // virtual time at which a blocked thread may run again; -1: never
    struct Obj *det_obj;     // what a blocked thread waits for (gt_det_wake)
    int det_given;           // instructions granted at its last turn
} ThreadInfo;

// Make the GIL of an interpreter; the calling thread (ts) holds it. NULL if out of memory.
Gil *gt_gil_new(TS *ts);
void gt_gil_free(Gil *g);

// Give each new thread state its ThreadInfo (false if out of memory).
bool gt_thread_info_attach(TS *ts);
// Name the live thread `ident` (threading's name) and record its daemon flag; false if there
// is no such thread.
bool gt_thread_info_set_name(TS *ts, uint64_t ident, const char *name, bool daemon);
// The thread's ident, known once the OS thread exists.
void gt_thread_info_set_ident(TS *ts, uint64_t ident);

// Take the GIL, waiting as long as needed. During interpreter shutdown, threads other than
// the main one never return.
void gt_gil_acquire(TS *ts);
// Give the GIL up (a blocking call; prefer gt_block_begin, which says why).
void gt_gil_release(TS *ts);
// Give it up because another thread asked (BRK_GIL_DROP), then take it back: how depends on
// the policy (the "new" GIL waits until someone else took it: forced switching).
void gt_gil_yield(TS *ts);
// A thread that ends drops the GIL for good (ts is about to be freed).
void gt_gil_release_final(TS *ts);
// Does the calling thread hold the GIL? (for assertions)
bool gt_gil_held(TS *ts);

// Around a blocking call: say what the thread waits for (obj: the lock, or NULL; timed: it
// has a timeout) and release the GIL; then take it back.
void gt_block_begin(TS *ts, Activity what, struct Obj *obj, bool timed);
void gt_block_end(TS *ts);

// The switch interval in seconds (sys.setswitchinterval).
void gt_gil_set_interval(Gil *g, double seconds);
double gt_gil_get_interval(Gil *g);

// The policy (--gil=NAME). Changing it is safe at any time: waiters adapt at their next wake.
bool gt_gil_policy_parse(const char *name, GilPolicy *out);
const char *gt_gil_policy_name(GilPolicy p);
void gt_gil_set_policy(Gil *g, GilPolicy p);
GilPolicy gt_gil_policy(Gil *g);

// From now on only the main thread may take the GIL (interpreter shutdown).
void gt_gil_finalize(Gil *g);

// Preemption settings of an interpreter (--preempt, GILT_PREEMPT). Returns false if `spec`
// is not "every", "cpython", "ticks" or "ticks:N" (N >= 1).
bool gt_preempt_parse(const char *spec, PreemptMode *mode, int *ticks);
// Its name as gt_preempt_parse takes it ("every", "cpython", "ticks:N"; buf holds the last).
const char *gt_preempt_name(Interp *in, char *buf, size_t n);

// Totals since the start or the last gt_gil_stats_reset (gil.stats()).
typedef struct GilTotals {
    uint64_t switches;         // the GIL went to a different thread
    uint64_t forced_drops;     // given up on request
    uint64_t voluntary_drops;  // given up before a blocking call
    uint64_t drop_requests;    // requests sent to the holder
    int64_t held_ns, idle_ns;  // time with the GIL held / held by nobody
    int64_t elapsed_ns;        // since the start or the reset
} GilTotals;
// Fill *out, bringing the running figures up to now. Needs the GIL.
void gt_gil_totals(TS *ts, GilTotals *out);
// Zero every counter (the totals and each thread's). Needs the GIL.
void gt_gil_stats_reset(TS *ts);
// The first ThreadInfo (creation order); walk with ->next. Needs the GIL.
ThreadInfo *gt_thread_infos(Interp *in);
// Bring a thread's running figures (time in its current activity) up to now into *copy.
void gt_thread_info_snapshot(TS *ts, const ThreadInfo *ti, ThreadInfo *copy);

// ---- Deterministic mode (--deterministic[=SEED]; gil.c's notes explain it) ----
// Switch it on before any thread starts. The calling thread holds the baton.
void gt_det_enable(TS *ts, uint64_t seed);
// Virtual nanoseconds since the program started (time.time, monotonic, perf_counter...).
int64_t gt_det_now(Interp *in);
// The seconds since the epoch that time.time() shows at virtual time 0.
#define GT_DET_EPOCH 1704067200.0 // 2024-01-01 00:00:00 UTC
// Give the turn away until obj is signalled with gt_det_wake (obj may be NULL: only the
// deadline) or the virtual clock reaches deadline_ns (-1: no deadline). The caller then looks
// again (try the lock...). Returns false if Ctrl-C arrived meanwhile (main thread).
bool gt_det_block(TS *ts, Activity what, struct Obj *obj, int64_t deadline_ns, bool timed);
// Threads blocked on obj may run again (a lock was released).
void gt_det_wake(TS *ts, struct Obj *obj);

// ---- Deadlock detection (deadlock.c prints the report) ----
// Start the watchdog thread if it is not running yet (called before a thread blocks with no
// timeout on one of gilt's primitives).
void gt_deadlock_watch(TS *ts);
// One look by the watchdog: if every live thread is blocked with no timeout on gilt's
// primitives, nobody holds the GIL and nobody took it since the last look (*progress), for
// `*streak` looks in a row >= 2, report and exit the process. Returns otherwise.
void gt_gil_check_stuck(Interp *in, uint64_t *progress, int *streak);

// Number of times the GIL changed hands (statistics).
uint64_t gt_gil_switches(Gil *g);

// Nanoseconds since the interpreter started (the clock of statistics and traces).
int64_t gt_gil_now(Interp *in);

#endif
