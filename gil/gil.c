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
//   gave the GIL up before blocking (gt_block_begin) precisely so that others can run.
//   That is why I/O-bound threads run in parallel under a GIL and CPU-bound ones do not.
//
// Taking turns: the "new GIL" algorithm (as in CPython since 3.2; policy `new`, the default)
// ------------------------------------------------------------------------------------------
// A CPU-bound thread never blocks, so it would keep the GIL forever unless asked to give it
// up. The protocol:
//   1. A thread that wants the GIL waits on the condition variable `cond`, but at most for the
//      switch interval (5 ms by default, sys.setswitchinterval).
//   2. If the interval passed and the GIL did not change hands meanwhile (`switch_number` is
//      still the same), it sets a "drop request" on the holder: the BRK_GIL_DROP bit of the
//      holder's eval breaker, which the VM notices between instructions.
//   3. The holder sees the request at its next preemption point (every instruction, or
//      CPython's points, or every N instructions: see PreemptMode) and calls gt_gil_yield: it
//      releases the GIL, signals `cond`, and then WAITS on `switch_cond` until another thread
//      has actually taken the GIL ("forced switching"). Without that last wait, on a multicore
//      machine the holder would usually grab the GIL straight back before the woken thread
//      got scheduled, and the waiter would starve.
//
// The other policies (--gil=NAME), to compare with it
// ----------------------------------------------------
// - `legacy` (Python 2): steps 1 and 2 as above, but at step 3 the holder releases the GIL and
//   immediately tries to take it back, with no handover. Whoever the operating system lets run
//   first wins - usually the holder, which is already running on a CPU. Waiters may starve:
//   this is the behaviour that made David Beazley's 2009 measurements famous.
// - `fifo`: waiting threads form a queue. Whenever the GIL is released and someone queues,
//   it is handed straight to the thread at the head (`reserved`: nobody else may take it).
//   Every thread gets its turn in order; switches happen as in `new`.
// - `io`: like fifo, but a thread coming back from a blocking call (it slept, its lock came
//   free, its input arrived) joins the queue at the front and asks the holder to drop the GIL
//   at once instead of after a whole switch interval. I/O-bound threads then barely wait
//   behind CPU-bound ones: this cures the "convoy effect", where a thread that sleeps 1 ms
//   waits 5 ms per CPU-bound thread for the GIL each time it wakes.
//
// Two more things live here: the deterministic scheduler (--deterministic, its own notes further
// down: one thread at a time in a seeded order, virtual time) and the deadlock watchdog (it
// decides that every thread is blocked for ever; deadlock.c words the report).
//
// The fields, and why each exists
// -------------------------------
//   mutex         protects every field below; held only for a few instructions at a time.
//   cond          signalled when the GIL is released; `new`/`legacy` waiters sleep on it with
//                 a timeout. (`fifo`/`io` waiters sleep on their own ThreadInfo.cond, so that
//                 the GIL can be handed to one chosen thread.)
//   switch_cond   signalled when the GIL is taken; a thread that was asked to drop the GIL
//                 waits on it until the handover really happened (`new`).
//   locked        is the GIL held right now?
//   holder        the thread holding it (or that held it last): whom to ask to drop it, and how
//                 a forced dropper knows that someone else took over.
//   reserved      (fifo, io) the thread the GIL was handed to; nobody else may take it.
//   qhead, qtail  (fifo, io) the queue of waiting threads.
//   switch_number counts handovers. A waiter whose timed wait expired compares it with the
//                 value it saw before waiting: if it changed, the GIL did move (to someone else)
//                 during the interval, so there is no reason to interrupt the new holder yet.
//   interval_ns   the switch interval.
//   waiters       how many threads wait for the GIL (a holder that is alone never gets drop
//                 requests).
//   finalizing    set at interpreter shutdown: from then on only the main thread may take the
//                 GIL, so daemon threads can never run Python code again.
//   tot, infos    statistics: totals, and one ThreadInfo per thread (gil.stats(), the trace).
//                 They are updated only at GIL transitions, never per instruction, so keeping
//                 them costs nothing measurable on single-thread programs.
//   acquires      counts every take of the GIL: the watchdog's proof that something moved.
//   watchdog...   the deadlock watchdog thread, and how gt_gil_free stops it.
//   det, det_rng, vclock   the deterministic scheduler's switch, generator and virtual clock.
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "core.h"
#include "deadlock.h"
#include "gil.h"
#include "interp.h"
#include "object.h"
#include "state.h"
#include "trace.h"
#include "vm.h"

struct Gil {
    pthread_mutex_t mutex;
    pthread_cond_t cond;
    pthread_cond_t switch_cond;
    bool locked;
    TS *holder;
    TS *reserved;
    ThreadInfo *qhead, *qtail;
    uint64_t switch_number;
    _Atomic int64_t interval_ns;
    _Atomic int policy;
    int waiters;
    bool finalizing;
    TS *main_thread;
    // Statistics.
    ThreadInfo *infos, *infos_tail;
    int ninfos;
    struct timespec t0; // the interpreter's start: time 0 of statistics and traces
    GilTotals tot;
    int64_t stats_since; // when tot was last reset
    int64_t mark;        // since when the GIL has been held (locked) or free (!locked)
    uint64_t acquires;   // every take of the GIL: the deadlock watchdog's sign of progress
    // The deadlock watchdog (deadlock.c).
    _Atomic bool watchdog;
    bool watchdog_stop;
    pthread_t watchdog_thread;
    pthread_cond_t watchdog_cond;
    // Deterministic mode.
    bool det;
    uint64_t det_rng;
    int64_t vclock; // virtual nanoseconds
};

#define DEFAULT_INTERVAL_NS 5000000 // 5 ms, as CPython

static const char *const activity_names[ACT__COUNT] = {
    [ACT_NEW] = "new",
    [ACT_RUNNING] = "running",
    [ACT_WAIT_GIL] = "waiting for the GIL",
    [ACT_SLEEP] = "sleep",
    [ACT_LOCK] = "lock",
    [ACT_CONDITION] = "condition",
    [ACT_SEMAPHORE] = "semaphore",
    [ACT_EVENT] = "event",
    [ACT_BARRIER] = "barrier",
    [ACT_QUEUE] = "queue",
    [ACT_JOIN] = "join",
    [ACT_FUTURE] = "future",
    [ACT_IO] = "I/O",
    [ACT_DONE] = "finished",
};

const char *gt_activity_name(Activity a) {
    return a >= 0 && a < ACT__COUNT ? activity_names[a] : "?";
}

static const char *const policy_names[GIL__COUNT] = {"new", "legacy", "fifo", "io"};

const char *gt_gil_policy_name(GilPolicy p) {
    return p >= 0 && p < GIL__COUNT ? policy_names[p] : "?";
}

bool gt_gil_policy_parse(const char *name, GilPolicy *out) {
    for (int i = 0; i < GIL__COUNT; i++) {
        if (strcmp(name, policy_names[i]) == 0) {
            *out = (GilPolicy)i;
            return true;
        }
    }
    return false;
}

static Gil *gil_of(TS *ts) {
    return ts->interp->gil;
}

static int64_t now_of(Gil *g) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (int64_t)(t.tv_sec - g->t0.tv_sec) * 1000000000 + (t.tv_nsec - g->t0.tv_nsec);
}

int64_t gt_gil_now(Interp *in) {
    return now_of(in->gil);
}

static void deadline_after(struct timespec *ts, int64_t ns) {
    clock_gettime(CLOCK_MONOTONIC, ts);
    int64_t t = (int64_t)ts->tv_nsec + ns;
    ts->tv_sec += (time_t)(t / 1000000000);
    ts->tv_nsec = (long)(t % 1000000000);
}

// ---- Thread information ----

static ThreadInfo *info_new(Gil *g, TS *ts) {
    ThreadInfo *ti = calloc(1, sizeof(ThreadInfo));
    if (!ti)
        return NULL;
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_cond_init(&ti->cond, &ca);
    pthread_condattr_destroy(&ca);
    ti->ts = ts;
    ti->ident = ts->ident;
    ti->native_id = ts->native_id;
    ti->since_ns = now_of(g);
    atomic_init(&ti->activity, ACT_NEW);
    ti->index = g->ninfos++;
    if (ti->index == 0)
        snprintf(ti->name, sizeof ti->name, "MainThread");
    else
        snprintf(ti->name, sizeof ti->name, "Thread-%d", ti->index);
    if (g->infos_tail)
        g->infos_tail->next = ti;
    else
        g->infos = ti;
    g->infos_tail = ti;
    ts->info = ti;
    return ti;
}

static void det_attach(Gil *g, TS *ts);

bool gt_thread_info_attach(TS *ts) {
    Gil *g = gil_of(ts);
    pthread_mutex_lock(&g->mutex);
    ThreadInfo *ti = info_new(g, ts);
    if (ti && g->det)
        det_attach(g, ts);
    pthread_mutex_unlock(&g->mutex);
    return ti != NULL;
}

bool gt_thread_info_set_name(TS *ts, uint64_t ident, const char *name, bool daemon) {
    Gil *g = gil_of(ts);
    bool found = false;
    pthread_mutex_lock(&g->mutex);
    for (ThreadInfo *ti = g->infos; ti; ti = ti->next) {
        if (ti->ts && ti->ident == ident) {
            snprintf(ti->name, sizeof ti->name, "%s", name);
            ti->daemon = daemon;
            found = true;
            break;
        }
    }
    pthread_mutex_unlock(&g->mutex);
    return found;
}

void gt_thread_info_set_ident(TS *ts, uint64_t ident) {
    Gil *g = gil_of(ts);
    pthread_mutex_lock(&g->mutex);
    ts->ident = ident;
    if (ts->info)
        ts->info->ident = ident;
    pthread_mutex_unlock(&g->mutex);
}

ThreadInfo *gt_thread_infos(Interp *in) {
    return in->gil->infos;
}

// The thread starts doing `a` at time t: account for what it did until now. GIL mutex held.
static void set_activity(Gil *g, ThreadInfo *ti, Activity a, int64_t t) {
    Activity prev = (Activity)atomic_load_explicit(&ti->activity, memory_order_relaxed);
    int64_t dt = t - ti->since_ns;
    if (prev == ACT_RUNNING) {
        ti->run_ns += dt;
    } else if (prev == ACT_WAIT_GIL) {
        ti->wait_ns += dt;
        if (dt > ti->longest_wait_ns)
            ti->longest_wait_ns = dt;
    } else if (prev >= ACT_SLEEP && prev < ACT_DONE) {
        ti->blocked_ns += dt;
    }
    atomic_store_explicit(&ti->activity, a, memory_order_relaxed);
    ti->since_ns = t;
    if (ti->ts && ti->ts->interp->trace)
        gt_trace_state(ti->ts->interp->trace, t, ti->index, a);
    (void)g;
}

void gt_thread_info_snapshot(TS *ts, const ThreadInfo *ti, ThreadInfo *copy) {
    Gil *g = gil_of(ts);
    pthread_mutex_lock(&g->mutex);
    *copy = *ti;
    int64_t dt = now_of(g) - ti->since_ns;
    Activity a = (Activity)atomic_load_explicit(&ti->activity, memory_order_relaxed);
    if (a == ACT_RUNNING)
        copy->run_ns += dt;
    else if (a == ACT_WAIT_GIL) {
        copy->wait_ns += dt;
        if (dt > copy->longest_wait_ns)
            copy->longest_wait_ns = dt;
    } else if (a >= ACT_SLEEP && a < ACT_DONE)
        copy->blocked_ns += dt;
    pthread_mutex_unlock(&g->mutex);
}

// ---- Creating the GIL ----

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
    pthread_cond_init(&g->watchdog_cond, &ca);
    pthread_condattr_destroy(&ca);
    atomic_store(&g->interval_ns, DEFAULT_INTERVAL_NS);
    atomic_store(&g->policy, GIL_NEW);
    clock_gettime(CLOCK_MONOTONIC, &g->t0);
    ts->interp->gil = g;
    g->locked = true; // the creating thread holds it
    g->holder = ts;
    g->main_thread = ts;
    if (!info_new(g, ts)) {
        ts->interp->gil = NULL;
        free(g);
        return NULL;
    }
    atomic_store(&ts->info->activity, ACT_RUNNING);
    ts->info->acquisitions = 1;
    return g;
}

void gt_gil_free(Gil *g) {
    if (!g)
        return;
    if (atomic_load(&g->watchdog)) {
        pthread_mutex_lock(&g->mutex);
        g->watchdog_stop = true;
        pthread_cond_signal(&g->watchdog_cond);
        pthread_mutex_unlock(&g->mutex);
        pthread_join(g->watchdog_thread, NULL);
    }
    pthread_cond_destroy(&g->watchdog_cond);
    for (ThreadInfo *ti = g->infos, *next; ti; ti = next) {
        next = ti->next;
        pthread_cond_destroy(&ti->cond);
        free(ti);
    }
    pthread_cond_destroy(&g->switch_cond);
    pthread_cond_destroy(&g->cond);
    pthread_mutex_destroy(&g->mutex);
    free(g);
}

// ---- The queue of waiters (fifo, io) ----

static bool queued_policy(Gil *g) {
    int p = atomic_load_explicit(&g->policy, memory_order_relaxed);
    return p == GIL_FIFO || p == GIL_IO;
}

static void enqueue(Gil *g, ThreadInfo *ti, bool front) {
    ti->queued = true;
    ti->priority = front;
    if (front) {
        // Behind the other priority waiters, ahead of everyone else.
        ThreadInfo **p = &g->qhead;
        ThreadInfo *prev = NULL;
        while (*p && (*p)->priority) {
            prev = *p;
            p = &(*p)->qnext;
        }
        ti->qnext = *p;
        *p = ti;
        if (!ti->qnext)
            g->qtail = ti;
        (void)prev;
    } else {
        ti->qnext = NULL;
        if (g->qtail)
            g->qtail->qnext = ti;
        else
            g->qhead = ti;
        g->qtail = ti;
    }
}

static void dequeue(Gil *g, ThreadInfo *ti) {
    ThreadInfo *prev = NULL;
    for (ThreadInfo *q = g->qhead; q; prev = q, q = q->qnext) {
        if (q == ti) {
            if (prev)
                prev->qnext = q->qnext;
            else
                g->qhead = q->qnext;
            if (g->qtail == q)
                g->qtail = prev;
            break;
        }
    }
    ti->queued = false;
    ti->priority = false;
    ti->qnext = NULL;
}

static Activity refine(TS *ts);
static void take_locked(Gil *g, TS *ts);
static void drop_locked(Gil *g, TS *ts, Activity next, bool forced);
void gt_gil_acquire(TS *ts);

// ---- Deterministic mode (--deterministic[=SEED]) ----
//
// The scheduler hands a "turn" (the GIL, reserved for one chosen thread) to exactly one thread
// at a time, and the choices come from a pseudo-random generator seeded with SEED:
// - each turn lasts a number of instructions drawn from the generator (1 to DET_MAX_TURN), so
//   a switch can still land in the middle of `counter += 1`; the VM counts them (BRK_DET keeps
//   its breaker table armed) and calls gt_gil_yield when the count runs out;
// - the next thread is drawn among the runnable ones (DET_RUNNABLE);
// - a thread that must wait (a lock is taken, it sleeps) does not block in the operating
//   system: it becomes DET_BLOCKED on that object and/or until a virtual deadline, and gives
//   the turn away (gt_det_block); releasing the lock makes it runnable again (gt_det_wake);
// - time is virtual (vclock): each instruction counts DET_NS_PER_INSTR, and when no thread
//   can run, the clock jumps to the nearest deadline. time.sleep(10) takes no real time;
// - I/O does not give the turn away at all.
// Nothing the operating system decides (which thread wakes first, how long anything takes)
// can change what happens, so the same program and seed give the same output every run.
// When no thread can run and none has a deadline, the program is deadlocked: it is reported
// at once.
enum { DET_RUNNABLE, DET_BLOCKED, DET_DONE };
#define DET_MAX_TURN 2000
#define DET_NS_PER_INSTR 10

static uint64_t det_rand(Gil *g) {
    // xorshift64*
    uint64_t x = g->det_rng;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    g->det_rng = x;
    return x * 0x2545F4914F6CDD1Dull;
}

void gt_det_enable(TS *ts, uint64_t seed) {
    Gil *g = gil_of(ts);
    Interp *in = ts->interp;
    pthread_mutex_lock(&g->mutex);
    g->det = true;
    in->deterministic = true;
    in->det_seed = seed;
    g->det_rng = seed * 0x9E3779B97F4A7C15ull + 0x632BE59BD9B4E019ull;
    if (!g->det_rng)
        g->det_rng = 1;
    for (ThreadInfo *ti = g->infos; ti; ti = ti->next) {
        ti->det_state = DET_RUNNABLE;
        ti->det_deadline = -1;
    }
    ts->info->det_given = ts->det_budget = 1 + (int)(det_rand(g) % DET_MAX_TURN);
    ts->rng = det_rand(g) | 1;
    pthread_mutex_unlock(&g->mutex);
    gt_vm_request(ts, BRK_DET);
}

// A new thread joins the scheduler (its info was just made). GIL mutex held.
static void det_attach(Gil *g, TS *ts) {
    ts->info->det_state = DET_RUNNABLE;
    ts->info->det_deadline = -1;
    ts->rng = det_rand(g) | 1;
    // Thread identities are part of the output (get_ident(), repr of a Thread): make them
    // the same every run.
    ts->ident = 0x7f0000001000ull + (uint64_t)ts->info->index * 0x1000;
    ts->native_id = 100000 + (uint64_t)ts->info->index;
    ts->info->ident = ts->ident;
    ts->info->native_id = ts->native_id;
    gt_vm_request(ts, BRK_DET);
}

int64_t gt_det_now(Interp *in) {
    Gil *g = in->gil;
    // Called by the thread that has the turn: add the instructions it ran in this turn.
    int64_t t = g->vclock;
    TS *h = g->holder;
    if (h && h->info && g->locked) {
        int used = h->info->det_given - (h->det_budget > 0 ? h->det_budget : 0);
        t += (int64_t)used * DET_NS_PER_INSTR;
    }
    return t;
}

// The holder's turn ends: move the clock on by the instructions it ran. GIL mutex held.
static void det_account(Gil *g, TS *ts) {
    int used = ts->info->det_given - (ts->det_budget > 0 ? ts->det_budget : 0);
    g->vclock += (int64_t)used * DET_NS_PER_INSTR;
    ts->info->det_given = 0;
    ts->det_budget = 0;
}

static bool det_eligible(Gil *g, ThreadInfo *ti) {
    return ti->ts && ti->det_state != DET_DONE && (!g->finalizing || ti->ts == g->main_thread);
}

static void deadlocked(Gil *g, Interp *in);

// Who runs next (`self`, the caller, may be chosen again if runnable). When nobody can run,
// the virtual clock jumps to the nearest deadline; when there is none, the program is
// deadlocked and this reports it and exits. GIL mutex held.
static ThreadInfo *det_pick(Gil *g, TS *self) {
    for (;;) {
        int n = 0;
        for (ThreadInfo *ti = g->infos; ti; ti = ti->next)
            if (det_eligible(g, ti) && ti->det_state == DET_RUNNABLE)
                n++;
        if (n) {
            int k = (int)(det_rand(g) % (uint64_t)n);
            for (ThreadInfo *ti = g->infos; ti; ti = ti->next) {
                if (det_eligible(g, ti) && ti->det_state == DET_RUNNABLE && k-- == 0) {
                    ti->det_given = 1 + (int)(det_rand(g) % DET_MAX_TURN);
                    ti->ts->det_budget = ti->det_given;
                    return ti;
                }
            }
        }
        int64_t next = -1;
        for (ThreadInfo *ti = g->infos; ti; ti = ti->next) {
            if (det_eligible(g, ti) && ti->det_state == DET_BLOCKED && ti->det_deadline >= 0 &&
                (next < 0 || ti->det_deadline < next))
                next = ti->det_deadline;
        }
        if (next < 0)
            deadlocked(g, (self ? self : g->main_thread)->interp);
        if (next > g->vclock)
            g->vclock = next;
        for (ThreadInfo *ti = g->infos; ti; ti = ti->next) {
            if (det_eligible(g, ti) && ti->det_state == DET_BLOCKED && ti->det_deadline >= 0 &&
                ti->det_deadline <= g->vclock) {
                ti->det_state = DET_RUNNABLE;
                if (ti->ts != self)
                    set_activity(g, ti, ACT_WAIT_GIL, now_of(g));
            }
        }
    }
}

// Give the turn to `next` (the GIL was just dropped). GIL mutex held.
static void det_hand_over(Gil *g, ThreadInfo *next) {
    g->reserved = next->ts;
    pthread_cond_signal(&next->cond);
}

// Wait for this thread's turn (gt_gil_acquire in deterministic mode). GIL mutex held.
static void det_wait_turn(Gil *g, TS *ts) {
    ThreadInfo *ti = ts->info;
    while (g->locked || g->reserved != ts) {
        if (g->finalizing && ts != g->main_thread) {
            pthread_mutex_unlock(&g->mutex);
            for (;;)
                pause();
        }
        // Ctrl-C reaches the main thread even while it is blocked: it becomes runnable (and
        // gt_det_block reports the signal). Only a signal breaks determinism.
        if (ts == g->main_thread && ti->det_state == DET_BLOCKED &&
            (atomic_load_explicit(&ts->breaker, memory_order_relaxed) & BRK_SIGNAL))
            ti->det_state = DET_RUNNABLE;
        struct timespec deadline;
        deadline_after(&deadline, 50000000);
        pthread_cond_timedwait(&ti->cond, &g->mutex, &deadline);
    }
}

bool gt_det_block(TS *ts, Activity what, struct Obj *obj, int64_t deadline_ns, bool timed) {
    Gil *g = gil_of(ts);
    ThreadInfo *ti = ts->info;
    ti->wait_target = NULL;
    ti->wait_call = NULL;
    if (what == ACT_LOCK)
        what = refine(ts);
    pthread_mutex_lock(&g->mutex);
    det_account(g, ts);
    ti->det_state = DET_BLOCKED;
    ti->det_deadline = deadline_ns;
    ti->det_obj = obj;
    ti->wait_obj = obj;
    ti->timed = timed;
    // Say what it waits for before the scheduler looks (a deadlock report reads it).
    set_activity(g, ti, what, now_of(g));
    ThreadInfo *next = det_pick(g, ts);
    if (next == ti) {
        // Nobody else can run and this thread's deadline came: it goes on at once.
        set_activity(g, ti, ACT_RUNNING, now_of(g));
        pthread_mutex_unlock(&g->mutex);
    } else {
        drop_locked(g, ts, what, false);
        det_hand_over(g, next);
        det_wait_turn(g, ts);
        take_locked(g, ts);
        pthread_mutex_unlock(&g->mutex);
    }
    ti->wait_obj = NULL;
    ti->wait_target = NULL;
    ti->wait_call = NULL;
    ti->timed = false;
    ti->det_obj = NULL;
    return !(atomic_load_explicit(&ts->breaker, memory_order_relaxed) & BRK_SIGNAL);
}

void gt_det_wake(TS *ts, struct Obj *obj) {
    Gil *g = gil_of(ts);
    pthread_mutex_lock(&g->mutex);
    for (ThreadInfo *ti = g->infos; ti; ti = ti->next) {
        if (ti->ts && ti->det_state == DET_BLOCKED && ti->det_obj == obj) {
            ti->det_state = DET_RUNNABLE;
            set_activity(g, ti, ACT_WAIT_GIL, now_of(g));
        }
    }
    pthread_mutex_unlock(&g->mutex);
}

// ---- Deadlock detection ----

// Every live thread is blocked forever (GIL mutex held): take the GIL for good so that nothing
// can change, describe the threads, report and exit. Never returns.
static void deadlocked(Gil *g, Interp *in) {
    g->locked = true;
    g->holder = NULL;
    g->finalizing = true;
    char *text = gt_deadlock_describe(in);
    pthread_mutex_unlock(&g->mutex);
    gt_deadlock_exit(in, text);
}

static void *watchdog_main(void *arg) {
    Interp *in = arg;
    Gil *g = in->gil;
    uint64_t progress = 0;
    int streak = 0;
    pthread_mutex_lock(&g->mutex);
    while (!g->watchdog_stop) {
        struct timespec deadline;
        deadline_after(&deadline, 200000000); // look 5 times a second
        pthread_cond_timedwait(&g->watchdog_cond, &g->mutex, &deadline);
        if (g->watchdog_stop)
            break;
        pthread_mutex_unlock(&g->mutex);
        gt_gil_check_stuck(in, &progress, &streak);
        pthread_mutex_lock(&g->mutex);
    }
    pthread_mutex_unlock(&g->mutex);
    return NULL;
}

void gt_deadlock_watch(TS *ts) {
    Gil *g = gil_of(ts);
    if (g->det || atomic_load_explicit(&g->watchdog, memory_order_relaxed))
        return;
    if (atomic_exchange(&g->watchdog, true))
        return;
    // Only the main thread receives Ctrl-C.
    sigset_t block, old;
    sigfillset(&block);
    pthread_sigmask(SIG_BLOCK, &block, &old);
    if (pthread_create(&g->watchdog_thread, NULL, watchdog_main, ts->interp) != 0)
        atomic_store(&g->watchdog, false); // no detection, but the program runs on
    pthread_sigmask(SIG_SETMASK, &old, NULL);
}

void gt_gil_check_stuck(Interp *in, uint64_t *progress, int *streak) {
    Gil *g = in->gil;
    pthread_mutex_lock(&g->mutex);
    bool stuck = !g->locked && !g->finalizing;
    int live = 0;
    for (ThreadInfo *ti = g->infos; ti && stuck; ti = ti->next) {
        if (!ti->ts)
            continue;
        live++;
        Activity a = (Activity)atomic_load_explicit(&ti->activity, memory_order_relaxed);
        // Blocked for ever: on a lock, condition, queue, join... with no timeout. A sleeping
        // thread, one reading input or one that wants the GIL can still make progress.
        if (a < ACT_LOCK || a > ACT_FUTURE || ti->timed)
            stuck = false;
    }
    if (live == 0)
        stuck = false;
    if (!stuck)
        *streak = 0;
    else if (*streak == 0 || g->acquires == *progress)
        (*streak)++;
    else
        *streak = 1;
    *progress = g->acquires;
    // Two looks in a row, 200 ms apart, with nobody taking the GIL in between: a thread that
    // a release has just woken would have taken the GIL by then.
    if (*streak >= 2)
        deadlocked(g, in);
    pthread_mutex_unlock(&g->mutex);
}

// ---- Taking and giving up the GIL ----

static void request_drop(Gil *g, TS *from, int64_t t) {
    TS *h = g->holder;
    if (!h || h == from)
        return;
    g->tot.drop_requests++;
    gt_vm_request(h, BRK_GIL_DROP);
    Trace *tr = from->interp->trace;
    if (tr && h->info && from->info)
        gt_trace_instant(tr, t, TR_DROP_REQUEST, h->info->index, from->info->index);
}

static bool may_take(Gil *g, TS *ts) {
    if (g->locked)
        return false;
    if (g->finalizing && ts != g->main_thread)
        return false;
    return g->reserved == NULL || g->reserved == ts;
}

void gt_gil_acquire(TS *ts) {
    Gil *g = gil_of(ts);
    ThreadInfo *ti = ts->info;
    pthread_mutex_lock(&g->mutex);
    int64_t t = now_of(g);
    Activity before = (Activity)atomic_load_explicit(&ti->activity, memory_order_relaxed);
    set_activity(g, ti, ACT_WAIT_GIL, t);
    if (g->det) {
        det_wait_turn(g, ts);
    } else if (!may_take(g, ts) || g->qhead) {
        g->waiters++;
        // io: back from a blocking call, this thread goes first and need not wait a whole
        // interval before asking the holder to let go.
        bool urgent = atomic_load_explicit(&g->policy, memory_order_relaxed) == GIL_IO &&
                      before >= ACT_SLEEP && before < ACT_DONE;
        if (queued_policy(g))
            enqueue(g, ti, urgent);
        if (urgent && g->locked)
            request_drop(g, ts, t);
        while (!may_take(g, ts) || (ti->queued && g->qhead != ti && g->reserved != ts)) {
            if (g->finalizing && ts != g->main_thread) {
                // Shutdown: this thread must never run Python code again. It sleeps until the
                // process exits.
                if (ti->queued)
                    dequeue(g, ti);
                g->waiters--;
                pthread_mutex_unlock(&g->mutex);
                for (;;)
                    pause();
            }
            // The policy may have changed since: join or leave the queue accordingly.
            if (queued_policy(g) && !ti->queued)
                enqueue(g, ti, false);
            else if (!queued_policy(g) && ti->queued && g->reserved != ts)
                dequeue(g, ti);
            uint64_t seen = g->switch_number;
            struct timespec deadline;
            deadline_after(&deadline, atomic_load(&g->interval_ns));
            int r = pthread_cond_timedwait(ti->queued ? &ti->cond : &g->cond, &g->mutex, &deadline);
            if (r == ETIMEDOUT && g->locked && g->switch_number == seen) {
                // A whole interval passed and nobody else got the GIL: ask the holder to drop
                // it.
                request_drop(g, ts, now_of(g));
            }
        }
        g->waiters--;
        if (ti->queued)
            dequeue(g, ti);
    }
    take_locked(g, ts);
    pthread_mutex_unlock(&g->mutex);
    // A request addressed to us while we were not holding the GIL is stale now.
    atomic_fetch_and_explicit(&ts->breaker, ~(uint32_t)BRK_GIL_DROP, memory_order_relaxed);
}

// The GIL is free for ts: take it (GIL mutex held).
static void take_locked(Gil *g, TS *ts) {
    ThreadInfo *ti = ts->info;
    int64_t t = now_of(g);
    g->tot.idle_ns += t - g->mark;
    g->mark = t;
    g->locked = true;
    g->reserved = NULL;
    g->acquires++;
    if (g->holder != ts) {
        TS *prev = g->holder;
        g->holder = ts;
        g->switch_number++;
        g->tot.switches++;
        Trace *tr = ts->interp->trace;
        if (tr && prev && prev->info)
            gt_trace_instant(tr, t, TR_HANDOFF, ti->index, prev->info->index);
    }
    ti->acquisitions++;
    set_activity(g, ti, ACT_RUNNING, t);
    // Wake a thread that dropped the GIL on request and waits for the handover.
    pthread_cond_broadcast(&g->switch_cond);
}

// Release the GIL (mutex held); `next` is what the thread does now. With fifo/io and someone
// queued, the GIL is handed to the thread at the head of the queue.
static void drop_locked(Gil *g, TS *ts, Activity next, bool forced) {
    ThreadInfo *ti = ts->info;
    int64_t t = now_of(g);
    g->tot.held_ns += t - g->mark;
    g->mark = t;
    if (forced) {
        ti->forced_drops++;
        g->tot.forced_drops++;
    } else {
        ti->voluntary_drops++;
        g->tot.voluntary_drops++;
    }
    set_activity(g, ti, next, t);
    g->locked = false;
    if (g->det)
        return; // the deterministic scheduler chose who runs next (det_hand_over)
    ThreadInfo *head = g->qhead;
    if (g->finalizing) {
        // Only the main thread may run now.
        while (head && head->ts != g->main_thread)
            head = head->qnext;
    }
    if (head && head->ts) {
        g->reserved = head->ts;
        pthread_cond_signal(&head->cond);
    } else {
        pthread_cond_signal(&g->cond);
    }
}

void gt_gil_release(TS *ts) {
    Gil *g = gil_of(ts);
    pthread_mutex_lock(&g->mutex);
    Activity a = (Activity)atomic_load_explicit(&ts->info->activity, memory_order_relaxed);
    drop_locked(g, ts, a == ACT_RUNNING ? ACT_IO : a, false);
    pthread_mutex_unlock(&g->mutex);
}

void gt_gil_yield(TS *ts) {
    Gil *g = gil_of(ts);
    atomic_fetch_and_explicit(&ts->breaker, ~(uint32_t)BRK_GIL_DROP, memory_order_relaxed);
    pthread_mutex_lock(&g->mutex);
    if (g->det) {
        // The thread used up its instructions: the scheduler picks who runs next (maybe
        // this thread again).
        det_account(g, ts);
        ThreadInfo *next = det_pick(g, ts);
        if (next->ts == ts) {
            pthread_mutex_unlock(&g->mutex);
            return;
        }
        drop_locked(g, ts, ACT_WAIT_GIL, true);
        det_hand_over(g, next);
        pthread_mutex_unlock(&g->mutex);
        gt_gil_acquire(ts);
        return;
    }
    GilPolicy p = (GilPolicy)atomic_load_explicit(&g->policy, memory_order_relaxed);
    drop_locked(g, ts, ACT_WAIT_GIL, true);
    if (p == GIL_NEW) {
        // Forced switching: wait until another thread has taken the GIL, so that this one
        // cannot simply take it back at once. Only wait if somebody is waiting to take it.
        while (g->waiters > 0 && g->holder == ts && !g->locked)
            pthread_cond_wait(&g->switch_cond, &g->mutex);
    }
    pthread_mutex_unlock(&g->mutex);
    gt_gil_acquire(ts);
}

void gt_gil_release_final(TS *ts) {
    Gil *g = gil_of(ts);
    pthread_mutex_lock(&g->mutex);
    if (g->det)
        det_account(g, ts);
    drop_locked(g, ts, ACT_DONE, false);
    ts->info->voluntary_drops--; // ending is not a blocking call
    g->tot.voluntary_drops--;
    ts->info->ts = NULL;
    if (g->holder == ts)
        g->holder = NULL; // ts is about to be freed: nobody may send it requests
    if (g->det) {
        ts->info->det_state = DET_DONE;
        det_hand_over(g, det_pick(g, NULL));
    }
    pthread_mutex_unlock(&g->mutex);
}

bool gt_gil_held(TS *ts) {
    Gil *g = gil_of(ts);
    pthread_mutex_lock(&g->mutex);
    bool r = g->locked && g->holder == ts;
    pthread_mutex_unlock(&g->mutex);
    return r;
}

// ---- Blocking calls ----

// Is this code one of the frozen standard library modules?
static bool frozen_code(Code *co, const char *module) {
    return gt_code_is_frozen(co) &&
           (!module || strncmp(co->filename->data + 8, module, strlen(module)) == 0);
}

// A thread about to wait on a lock: what does the program see it wait for? The outermost
// standard-library function on its stack says (Event.wait waits on a lock inside
// Condition.wait, but it is the Event the program waits for).
//
// Frames that only carry a thread (Thread._bootstrap, Thread.run, a pool's _worker: private
// names and Thread.run) are passed over, so that a pool worker waiting for work is seen to
// wait in Queue.get, not to "join" itself. threading._shutdown, where the main thread waits
// for the others at the end of the program, is a join of its local `t`.
static Activity refine(TS *ts) {
    Frame *outer = NULL;
    ts->info->wait_call = NULL;
    for (Frame *f = ts->frame; f && f >= ts->frames; f--) {
        Code *c = f->code;
        if (!frozen_code(c, NULL))
            break;
        if (strcmp(c->qualname->data, "_shutdown") == 0) {
            Tuple *names = c->localnames;
            for (uint32_t i = 0; names && i < c->nlocals && i < names->len; i++) {
                Value n = names->items[i];
                if (IS_STR(n) && strcmp(STR_VAL(n)->data, "t") == 0 && IS_OBJ(f->locals[i]))
                    ts->info->wait_target = AS_OBJ(f->locals[i]);
            }
            ts->info->wait_call = c;
            return ACT_JOIN;
        }
        if (c->name->data[0] == '_' || strcmp(c->qualname->data, "Thread.run") == 0)
            continue;
        outer = f;
    }
    if (!outer)
        return ACT_LOCK;
    Code *co = outer->code;
    ts->info->wait_call = co;
    // The object the program waits on: `self` of that outermost method (an Event, a Queue, a
    // Thread being joined...), for the deadlock report and the REPL's :threads.
    if (co->argcount > 0 && IS_OBJ(outer->locals[0]))
        ts->info->wait_target = AS_OBJ(outer->locals[0]);
    if (frozen_code(co, "queue"))
        return ACT_QUEUE;
    if (frozen_code(co, "concurrent"))
        return ACT_FUTURE;
    const char *q = co->qualname->data;
    static const struct {
        const char *prefix;
        Activity a;
    } kinds[] = {
        {"Condition.", ACT_CONDITION},
        {"Semaphore.", ACT_SEMAPHORE},
        {"BoundedSemaphore.", ACT_SEMAPHORE},
        {"Event.", ACT_EVENT},
        {"Barrier.", ACT_BARRIER},
        {"Thread.", ACT_JOIN},
    };
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++) {
        if (strncmp(q, kinds[i].prefix, strlen(kinds[i].prefix)) == 0)
            return kinds[i].a;
    }
    return ACT_LOCK;
}

void gt_block_begin(TS *ts, Activity what, struct Obj *obj, bool timed) {
    Gil *g = gil_of(ts);
    if (g->det)
        return; // deterministic: I/O keeps the turn; waits go through gt_det_block instead
    ThreadInfo *ti = ts->info;
    ti->wait_target = NULL;
    ti->wait_call = NULL;
    if (what == ACT_LOCK)
        what = refine(ts);
    if (!timed && what != ACT_SLEEP && what != ACT_IO)
        gt_deadlock_watch(ts);
    pthread_mutex_lock(&g->mutex);
    ti->wait_obj = obj;
    ti->timed = timed;
    drop_locked(g, ts, what, false);
    pthread_mutex_unlock(&g->mutex);
}

void gt_block_end(TS *ts) {
    if (gil_of(ts)->det)
        return;
    gt_gil_acquire(ts);
    ts->info->wait_obj = NULL;
    ts->info->wait_target = NULL;
    ts->info->wait_call = NULL;
    ts->info->timed = false;
}

// ---- Settings ----

void gt_gil_set_interval(Gil *g, double seconds) {
    int64_t ns = (int64_t)(seconds * 1e9);
    atomic_store(&g->interval_ns, ns < 1 ? 1 : ns);
}

double gt_gil_get_interval(Gil *g) {
    return (double)atomic_load(&g->interval_ns) / 1e9;
}

void gt_gil_set_policy(Gil *g, GilPolicy p) {
    pthread_mutex_lock(&g->mutex);
    atomic_store(&g->policy, p);
    // Every waiter looks again (and joins or leaves the queue).
    pthread_cond_broadcast(&g->cond);
    for (ThreadInfo *q = g->qhead; q; q = q->qnext)
        pthread_cond_signal(&q->cond);
    pthread_mutex_unlock(&g->mutex);
}

GilPolicy gt_gil_policy(Gil *g) {
    return (GilPolicy)atomic_load(&g->policy);
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

// ---- Statistics ----

void gt_gil_totals(TS *ts, GilTotals *out) {
    Gil *g = gil_of(ts);
    pthread_mutex_lock(&g->mutex);
    *out = g->tot;
    int64_t t = now_of(g);
    if (g->locked)
        out->held_ns += t - g->mark;
    else
        out->idle_ns += t - g->mark;
    out->elapsed_ns = t - g->stats_since;
    pthread_mutex_unlock(&g->mutex);
}

void gt_gil_stats_reset(TS *ts) {
    Gil *g = gil_of(ts);
    pthread_mutex_lock(&g->mutex);
    int64_t t = now_of(g);
    memset(&g->tot, 0, sizeof g->tot);
    g->stats_since = t;
    g->mark = t;
    for (ThreadInfo *ti = g->infos; ti; ti = ti->next) {
        ti->acquisitions = ti->forced_drops = ti->voluntary_drops = 0;
        ti->run_ns = ti->wait_ns = ti->blocked_ns = ti->longest_wait_ns = 0;
        ti->since_ns = t;
    }
    pthread_mutex_unlock(&g->mutex);
}

// ---- Preemption modes ----

const char *gt_preempt_name(Interp *in, char *buf, size_t n) {
    switch (in->preempt_mode) {
        case PREEMPT_EVERY:
            return "every";
        case PREEMPT_CPYTHON:
            return "cpython";
        default:
            snprintf(buf, n, "ticks:%d", in->preempt_ticks);
            return buf;
    }
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
