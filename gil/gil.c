// gil.c - the Global Interpreter Lock: how threads take turns running Python code.
//
// Notes on the implementation (read these first)
// ===============================================
//
// Why a GIL at all? gilt's objects (lists, dicts, reference fields...) have no locks of their
// own. If two threads ran bytecode at the same moment, both could resize the same list and
// corrupt it. The GIL is one lock for the whole interpreter: a thread must hold it to run
// Python code or touch any object. So only one thread runs Python at a time; the others wait.
//
// Waiting threads are of two kinds:
// - threads that want to run Python code and wait for the GIL (gt_gil_acquire), and
// - threads inside a blocking call - time.sleep, waiting for a lock, reading input - which
//   gave the GIL up before blocking (gt_gil_release) precisely so that others can run.
//   That is why I/O-bound threads run in parallel under a GIL and CPU-bound ones do not.
//
// Taking turns: the "new GIL" algorithm (as in CPython since 3.2)
// ---------------------------------------------------------------
// A CPU-bound thread never blocks, so it would keep the GIL forever unless asked to give it
// up. The protocol:
//   1. A thread that wants the GIL waits on the condition variable `cond`, but at most for the
//      switch interval (5 ms by default, sys.setswitchinterval).
//   2. If the interval passed and the GIL did not change hands meanwhile (`switch_number` is
//      still the same), it sets a "drop request" on the holder: the BRK_GIL_DROP bit of the
//      holder's eval breaker, a word the VM tests between instructions.
//   3. The holder sees the bit at its next preemption point (every instruction, or CPython's
//      points, or every N instructions: see PreemptMode) and calls gt_gil_yield: it releases the
//      GIL, signals `cond`, and then WAITS on `switch_cond` until another thread has actually
//      taken the GIL ("forced switching"). Without that last wait, on a multicore machine the
//      holder would usually grab the GIL straight back before the woken thread got scheduled,
//      and the waiter would starve.
//
// The fields, and why each exists
// -------------------------------
//   mutex         protects every field below; held only for a few instructions at a time.
//   cond          signalled when the GIL is released; waiters sleep on it with a timeout.
//   switch_cond   signalled when the GIL is taken; a thread that was asked to drop the GIL
//                 waits on it until the handover really happened.
//   locked        is the GIL held right now?
//   holder        the thread holding it (or that held it last): whom to ask to drop it, and how
//                 a forced dropper knows that someone else took over.
//   switch_number counts handovers. A waiter whose timed wait expired compares it with the
//                 value it saw before waiting: if it changed, the GIL did move (to someone else)
//                 during the interval, so there is no reason to interrupt the new holder yet.
//   interval_ns   the switch interval.
//   waiters       how many threads wait for the GIL (statistics; a holder that is alone never
//                 gets drop requests).
//   finalizing    set at interpreter shutdown: from then on only the main thread may take the
//                 GIL, so daemon threads can never run Python code again.
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "gil.h"
#include "state.h"
#include "vm.h"

struct Gil {
    pthread_mutex_t mutex;
    pthread_cond_t cond;
    pthread_cond_t switch_cond;
    bool locked;
    TS *holder;
    uint64_t switch_number;
    _Atomic int64_t interval_ns;
    int waiters;
    bool finalizing;
    TS *main_thread;
};

#define DEFAULT_INTERVAL_NS 5000000 // 5 ms, as CPython

static void deadline_after(struct timespec *ts, int64_t ns) {
    clock_gettime(CLOCK_MONOTONIC, ts);
    int64_t t = (int64_t)ts->tv_nsec + ns;
    ts->tv_sec += (time_t)(t / 1000000000);
    ts->tv_nsec = (long)(t % 1000000000);
}

Gil *gt_gil_new(TS *ts) {
    Gil *g = calloc(1, sizeof(Gil));
    if (!g)
        return NULL;
    pthread_mutex_init(&g->mutex, NULL);
    // Timed waits use the monotonic clock, so changing the wall clock cannot disturb them.
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_cond_init(&g->cond, &ca);
    pthread_cond_init(&g->switch_cond, &ca);
    pthread_condattr_destroy(&ca);
    atomic_store(&g->interval_ns, DEFAULT_INTERVAL_NS);
    g->locked = true; // the creating thread holds it
    g->holder = ts;
    g->main_thread = ts;
    return g;
}

void gt_gil_free(Gil *g) {
    if (!g)
        return;
    pthread_cond_destroy(&g->switch_cond);
    pthread_cond_destroy(&g->cond);
    pthread_mutex_destroy(&g->mutex);
    free(g);
}

static Gil *gil_of(TS *ts) {
    return ts->interp->gil;
}

void gt_gil_acquire(TS *ts) {
    Gil *g = gil_of(ts);
    pthread_mutex_lock(&g->mutex);
    g->waiters++;
    while (g->locked || (g->finalizing && ts != g->main_thread)) {
        if (g->finalizing && ts != g->main_thread) {
            // Shutdown: this thread must never run Python code again. It sleeps until the
            // process exits.
            g->waiters--;
            pthread_mutex_unlock(&g->mutex);
            for (;;)
                pause();
        }
        uint64_t seen = g->switch_number;
        struct timespec deadline;
        deadline_after(&deadline, atomic_load(&g->interval_ns));
        int r = pthread_cond_timedwait(&g->cond, &g->mutex, &deadline);
        if (r == ETIMEDOUT && g->locked && g->switch_number == seen && g->holder) {
            // A whole interval passed and nobody else got the GIL: ask the holder to drop it.
            gt_vm_request(g->holder, BRK_GIL_DROP);
        }
    }
    g->waiters--;
    g->locked = true;
    if (g->holder != ts) {
        g->holder = ts;
        g->switch_number++;
    }
    // Wake a thread that dropped the GIL on request and waits for the handover.
    pthread_cond_broadcast(&g->switch_cond);
    pthread_mutex_unlock(&g->mutex);
    // A request addressed to us while we were not holding the GIL is stale now.
    atomic_fetch_and_explicit(&ts->breaker, ~(uint32_t)BRK_GIL_DROP, memory_order_relaxed);
}

static void drop(Gil *g, TS *ts, bool forced) {
    pthread_mutex_lock(&g->mutex);
    g->locked = false;
    pthread_cond_signal(&g->cond);
    if (forced) {
        // Forced switching: wait until another thread has taken the GIL, so that this one
        // cannot simply take it back at once. Only wait if somebody is waiting to take it.
        while (g->waiters > 0 && g->holder == ts && !g->locked)
            pthread_cond_wait(&g->switch_cond, &g->mutex);
    }
    pthread_mutex_unlock(&g->mutex);
}

void gt_gil_release(TS *ts) {
    drop(gil_of(ts), ts, false);
}

void gt_gil_yield(TS *ts) {
    Gil *g = gil_of(ts);
    atomic_fetch_and_explicit(&ts->breaker, ~(uint32_t)BRK_GIL_DROP, memory_order_relaxed);
    drop(g, ts, true);
    gt_gil_acquire(ts);
}

void gt_gil_release_final(TS *ts) {
    Gil *g = gil_of(ts);
    pthread_mutex_lock(&g->mutex);
    g->locked = false;
    if (g->holder == ts)
        g->holder = NULL; // ts is about to be freed: nobody may send it requests
    pthread_cond_signal(&g->cond);
    pthread_mutex_unlock(&g->mutex);
}

bool gt_gil_held(TS *ts) {
    Gil *g = gil_of(ts);
    pthread_mutex_lock(&g->mutex);
    bool r = g->locked && g->holder == ts;
    pthread_mutex_unlock(&g->mutex);
    return r;
}

void gt_gil_set_interval(Gil *g, double seconds) {
    int64_t ns = (int64_t)(seconds * 1e9);
    atomic_store(&g->interval_ns, ns < 1 ? 1 : ns);
}

double gt_gil_get_interval(Gil *g) {
    return (double)atomic_load(&g->interval_ns) / 1e9;
}

void gt_gil_finalize(Gil *g) {
    pthread_mutex_lock(&g->mutex);
    g->finalizing = true;
    pthread_mutex_unlock(&g->mutex);
}

uint64_t gt_gil_switches(Gil *g) {
    pthread_mutex_lock(&g->mutex);
    uint64_t n = g->switch_number;
    pthread_mutex_unlock(&g->mutex);
    return n;
}

bool gt_preempt_parse(const char *spec, PreemptMode *mode, int *ticks) {
    if (strcmp(spec, "every") == 0) {
        *mode = PREEMPT_EVERY;
        return true;
    }
    if (strcmp(spec, "cpython") == 0) {
        *mode = PREEMPT_CPYTHON;
        return true;
    }
    if (strcmp(spec, "ticks") == 0) {
        *mode = PREEMPT_TICKS;
        *ticks = 100;
        return true;
    }
    if (strncmp(spec, "ticks:", 6) == 0) {
        char *end;
        long n = strtol(spec + 6, &end, 10);
        if (*end || n < 1 || n > 1000000000)
            return false;
        *mode = PREEMPT_TICKS;
        *ticks = (int)n;
        return true;
    }
    return false;
}
