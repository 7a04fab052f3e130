// mod_thread.c - the _thread module: starting OS threads that run Python code, and the two
// lock types every other synchronisation primitive (threading.py, queue.py) is built from.
//
// How a lock works (GLock below)
// - Its state (locked or not, who waits) is only read and written by a thread holding the
//   GIL, so it needs no lock of its own: taking a free lock costs a test and a store.
// - A thread that finds it taken sleeps on the lock's semaphore with the GIL released, so
//   other threads run. release() wakes ONE sleeper, and no other until that one has run: the
//   woken thread must first get the GIL back, and then it looks again. If the lock was taken
//   again meanwhile (the releasing thread usually loops round and takes it at once), it goes
//   back to sleep.
// - Why not wake a sleeper on every release? Because the sleeper cannot run before it has the
//   GIL anyway. Waking it on every release of a busy lock costs two context switches per
//   release for nothing: a loop of `with lock: counter += 1` in four threads ran five times
//   slower that way (a "lock convoy").
// - The semaphore is what CPython uses on Linux too, for one reason: a Ctrl-C interrupts
//   sem_wait (EINTR), so the main thread blocked on a lock still gets its KeyboardInterrupt.
//   Timed waits use the monotonic clock.
//
// Each new thread gets its own ThreadState (value stack, frames); the function and its
// arguments wait on that stack, where the collector can see them, until the thread starts.
#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "core.h"
#include "gil.h"
#include "interp.h"
#include "sysmod.h"
#include "threads.h"

// CPython's TIMEOUT_MAX on Linux: the largest timeout, in seconds, a lock wait accepts.
#define GT_TIMEOUT_MAX 9223372036.0

// The core of both lock types. Every field but `wake` is read and written only with the GIL.
typedef struct GLock {
    bool locked;
    uint64_t owner;    // ident of the thread holding it, 0 when free (an RLock's owner; reports)
    char site[72];     // where the program created it ("demo.py, line 4"), for reports
    bool user_made;    // made by the program's own code (not inside threading, queue...)
    bool wake_posted;  // `wake` was posted for a sleeper that has not yet looked again
    uint32_t sleepers; // threads between "going to sleep" and "looked again" (GIL released)
    sem_t wake;        // sleepers wait here; posted once per release at most
} GLock;

typedef struct Lock {
    Obj hdr;
    GLock g;
} Lock;

typedef struct RLock {
    Obj hdr;
    GLock g;        // g.owner is the owning thread
    uint64_t count;
} RLock;

_Static_assert(offsetof(Lock, g) == offsetof(RLock, g), "the GLock is where reports look");

static size_t thread_stack_size = 0; // _thread.stack_size(); 0: the system default

// ---- Locks ----

// Where the program is: the innermost frame of its own code (the standard library's frozen
// modules are skipped: a lock made inside threading.Event() was created where Event() was
// called). Written as "file, line N".
static void creation_site(TS *ts, char *buf, size_t n, bool *user_made) {
    buf[0] = 0;
    Frame *f = gt_user_frame(ts);
    *user_made = f && f == ts->frame;
    if (f) {
        const char *file = f->code->filename->data, *slash = strrchr(file, '/');
        snprintf(buf, n, "%s, line %d", slash ? slash + 1 : file, gt_frame_lineno(f));
    }
}

static void glock_init(TS *ts, GLock *l) {
    creation_site(ts, l->site, sizeof l->site, &l->user_made);
    l->owner = 0;
    l->locked = false;
    l->wake_posted = false;
    l->sleepers = 0;
    sem_init(&l->wake, 0, 0);
}

// Wait for the semaphore with the GIL released. timeout < 0: wait forever; otherwise until
// *deadline. 1 woken, 0 timed out, -1 interrupted by a signal (Ctrl-C). GIL held on return.
static int sleep_on(TS *ts, GLock *l, double timeout, const struct timespec *deadline) {
    int result;
    sem_t *sem = &l->wake;
    gt_block_begin(ts, ACT_LOCK, (Obj *)((char *)l - offsetof(Lock, g)), timeout >= 0);
    for (;;) {
        int r = timeout < 0 ? sem_wait(sem) : sem_clockwait(sem, CLOCK_MONOTONIC, deadline);
        if (r == 0) {
            result = 1;
            break;
        }
        if (errno == ETIMEDOUT) {
            result = 0;
            break;
        }
        if (errno == EINTR &&
            (atomic_load_explicit(&ts->breaker, memory_order_relaxed) & BRK_SIGNAL)) {
            result = -1;
            break;
        }
    }
    gt_block_end(ts);
    return result;
}

static void deadline_in(struct timespec *d, double timeout) {
    clock_gettime(CLOCK_MONOTONIC, d);
    double whole = floor(timeout);
    d->tv_sec += (time_t)whole;
    d->tv_nsec += (long)((timeout - whole) * 1e9);
    if (d->tv_nsec >= 1000000000) {
        d->tv_sec++;
        d->tv_nsec -= 1000000000;
    }
}

// Take the lock. timeout < 0: wait forever; 0: do not wait. Returns 1 when taken, 0 on
// timeout, -1 with an exception (KeyboardInterrupt) set.
static int glock_acquire(TS *ts, GLock *l, double timeout) {
    if (!l->locked) {
        l->locked = true;
        l->owner = ts->ident;
        return 1;
    }
    if (timeout == 0)
        return 0;
    if (ts->interp->deterministic) {
        // The scheduler decides when this thread looks again (gil.c); time is virtual.
        int64_t deadline = timeout > 0 ? gt_det_now(ts->interp) + (int64_t)(timeout * 1e9) : -1;
        Obj *self = (Obj *)((char *)l - offsetof(Lock, g));
        for (;;) {
            bool ok = gt_det_block(ts, ACT_LOCK, self, deadline, timeout > 0);
            if (!ok && gt_vm_check_breaker(ts) < 0)
                return -1;
            if (!l->locked) {
                l->locked = true;
                l->owner = ts->ident;
                return 1;
            }
            if (deadline >= 0 && gt_det_now(ts->interp) >= deadline)
                return 0;
        }
    }
    struct timespec deadline;
    if (timeout > 0)
        deadline_in(&deadline, timeout);
    for (;;) {
        l->sleepers++;
        int r = sleep_on(ts, l, timeout, &deadline);
        l->sleepers--;
        if (r == 1) {
            l->wake_posted = false; // the wake was ours
        } else if (l->wake_posted && l->sleepers == 0 && sem_trywait(&l->wake) == 0) {
            // A release posted a wake while we were timing out and nobody else sleeps: take
            // the token back, or the next sleeper would wake for nothing.
            l->wake_posted = false;
        }
        if (r < 0 && gt_vm_check_breaker(ts) < 0)
            return -1;
        if (!l->locked) {
            l->locked = true;
            l->owner = ts->ident;
            return 1;
        }
        if (r == 0)
            return 0;
    }
}

static void glock_release(TS *ts, GLock *l) {
    l->locked = false;
    l->owner = 0;
    if (ts->interp->deterministic) {
        gt_det_wake(ts, (Obj *)((char *)l - offsetof(Lock, g)));
        return;
    }
    if (l->sleepers > 0 && !l->wake_posted) {
        l->wake_posted = true;
        sem_post(&l->wake);
    }
}

// Parse acquire(blocking=True, timeout=-1) into a timeout for glock_acquire.
static bool parse_acquire_args(TS *ts, Value *args, int nargs, Tuple *kwnames, double *timeout) {
    static const char *const names[] = {"blocking", "timeout"};
    Value a[2];
    if (!gt_parse_args(ts, "acquire", args + 1, nargs - 1, kwnames, names, 2, 0, 2, 0, a))
        return false;
    int blocking = 1;
    if (!IS_NULL(a[0])) {
        blocking = gt_truthy(ts, a[0]);
        if (blocking < 0)
            return false;
    }
    double t = -1;
    if (!IS_NULL(a[1])) {
        if (!gt_num_to_double(ts, a[1], &t))
            return false;
    }
    if (!blocking && t != -1) {
        gt_raise(ts, EXC(ts, ValueError), "can't specify a timeout for a non-blocking call");
        return false;
    }
    if (t < 0 && t != -1) {
        gt_raise(ts, EXC(ts, ValueError), "timeout value must be positive");
        return false;
    }
    if (t > GT_TIMEOUT_MAX) {
        gt_raise(ts, EXC(ts, OverflowError), "timeout value is too large");
        return false;
    }
    *timeout = blocking ? t : 0;
    return true;
}

// ---- Lock ----

static void lock_free(Interp *in, Obj *o) {
    GT_UNUSED(in);
    sem_destroy(&((Lock *)o)->g.wake);
}

static Value lock_new(TS *ts, Type *t) {
    Lock *l = gt_obj_new(ts, t, K_NATIVE, sizeof(Lock));
    if (!l)
        return V_ERR;
    glock_init(ts, &l->g);
    return v_obj(l);
}

static Type *module_type(TS *ts, const char *name) {
    Value m = gt_dict_get_cstr(ts, ts->interp->modules, "_thread");
    if (!IS_MODULE(m))
        return NULL;
    Value t = gt_dict_get_cstr(ts, ((Module *)AS_OBJ(m))->dict, name);
    return IS_TYPE(t) ? TYPE_VAL(t) : NULL;
}

static Value lock_make(TS *ts, Type *cls, Value *args, int nargs, Tuple *kwnames) {
    GT_UNUSED(args);
    if (!gt_check_args(ts, "lock", nargs, kwnames, 0, 0))
        return V_ERR;
    return lock_new(ts, cls);
}

static Value lock_acquire(TS *ts, Value *args, int nargs, Tuple *kwnames) {
    double timeout;
    if (!parse_acquire_args(ts, args, nargs, kwnames, &timeout))
        return V_ERR;
    int r = glock_acquire(ts, &((Lock *)AS_OBJ(args[0]))->g, timeout);
    return r < 0 ? V_ERR : v_bool(r);
}

static Value lock_release(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "release", nargs - 1, kw, 0, 0))
        return V_ERR;
    Lock *l = (Lock *)AS_OBJ(args[0]);
    if (!l->g.locked)
        return gt_raise(ts, EXC(ts, RuntimeError), "release unlocked lock");
    glock_release(ts, &l->g);
    return V_NONE;
}

static Value lock_exit(TS *ts, Value *args, int nargs, Tuple *kw) {
    GT_UNUSED(kw);
    GT_UNUSED(nargs);
    Value r = lock_release(ts, args, 1, NULL);
    return IS_ERR(r) ? r : V_FALSE;
}

static Value lock_locked(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "locked", nargs - 1, kw, 0, 0))
        return V_ERR;
    return v_bool(((Lock *)AS_OBJ(args[0]))->g.locked);
}

static Value lock_repr(TS *ts, Value self) {
    Lock *l = (Lock *)AS_OBJ(self);
    return v_obj(gt_format_msg(ts, "<%s _thread.lock object at %p>",
                               l->g.locked ? "locked" : "unlocked", (void *)l));
}

static const MethodDef lock_methods[] = {
    {"acquire", lock_acquire, 0, "Lock the lock, waiting if needed (with the GIL released)."},
    {"acquire_lock", lock_acquire, 0, NULL},
    {"__enter__", lock_acquire, 0, NULL},
    {"release", lock_release, 0, "Release the lock."},
    {"release_lock", lock_release, 0, NULL},
    {"__exit__", lock_exit, 0, NULL},
    {"locked", lock_locked, 0, "Is the lock held?"},
    {"locked_lock", lock_locked, 0, NULL},
    {NULL, NULL, 0, NULL},
};

// ---- RLock ----

static void rlock_free(Interp *in, Obj *o) {
    GT_UNUSED(in);
    sem_destroy(&((RLock *)o)->g.wake);
}

static Value rlock_make(TS *ts, Type *cls, Value *args, int nargs, Tuple *kwnames) {
    GT_UNUSED(args);
    if (!gt_check_args(ts, "RLock", nargs, kwnames, 0, 0))
        return V_ERR;
    RLock *l = gt_obj_new(ts, cls, K_NATIVE, sizeof(RLock));
    if (!l)
        return V_ERR;
    glock_init(ts, &l->g);
    return v_obj(l);
}

static Value rlock_acquire(TS *ts, Value *args, int nargs, Tuple *kwnames) {
    double timeout;
    if (!parse_acquire_args(ts, args, nargs, kwnames, &timeout))
        return V_ERR;
    RLock *l = (RLock *)AS_OBJ(args[0]);
    if (l->g.owner == ts->ident && l->count > 0) {
        l->count++;
        return V_TRUE;
    }
    int r = glock_acquire(ts, &l->g, timeout);
    if (r <= 0)
        return r < 0 ? V_ERR : V_FALSE;
    l->count = 1; // glock_acquire made this thread the owner
    return V_TRUE;
}

static Value rlock_release(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "release", nargs - 1, kw, 0, 0))
        return V_ERR;
    RLock *l = (RLock *)AS_OBJ(args[0]);
    if (l->count == 0 || l->g.owner != ts->ident)
        return gt_raise(ts, EXC(ts, RuntimeError), "cannot release un-acquired lock");
    if (--l->count == 0)
        glock_release(ts, &l->g); // and the owner becomes 0
    return V_NONE;
}

static Value rlock_exit(TS *ts, Value *args, int nargs, Tuple *kw) {
    GT_UNUSED(kw);
    GT_UNUSED(nargs);
    Value r = rlock_release(ts, args, 1, NULL);
    return IS_ERR(r) ? r : V_FALSE;
}

static Value rlock_is_owned(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "_is_owned", nargs - 1, kw, 0, 0))
        return V_ERR;
    RLock *l = (RLock *)AS_OBJ(args[0]);
    return v_bool(l->count > 0 && l->g.owner == ts->ident);
}

// Condition.wait on an RLock releases it completely, however deep, and restores it after.
static Value rlock_release_save(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "_release_save", nargs - 1, kw, 0, 0))
        return V_ERR;
    RLock *l = (RLock *)AS_OBJ(args[0]);
    if (l->count == 0)
        return gt_raise(ts, EXC(ts, RuntimeError), "cannot release un-acquired lock");
    Value items[2] = {gt_int_from_u64(ts, l->count), gt_int_from_u64(ts, l->g.owner)};
    if (IS_ERR(items[0]) || IS_ERR(items[1]))
        return V_ERR;
    Tuple *t = gt_tuple_from(ts, items, 2);
    if (!t)
        return V_ERR;
    l->count = 0;
    glock_release(ts, &l->g);
    return v_obj(t);
}

static bool to_u64(TS *ts, Value v, uint64_t *out) {
    if (IS_INT(v)) {
        *out = (uint64_t)AS_INT(v);
        return true;
    }
    char *s = gt_int_to_cstr(ts, v, 10);
    if (!s)
        return false;
    *out = strtoull(s, NULL, 10);
    free(s);
    return true;
}

static Value rlock_acquire_restore(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "_acquire_restore", nargs - 1, kw, 1, 1))
        return V_ERR;
    Value st = args[1];
    if (!IS_TUPLE(st) || TUPLE_VAL(st)->len != 2)
        return gt_raise(ts, EXC(ts, TypeError), "_acquire_restore() argument must be a 2-tuple");
    uint64_t count, owner;
    if (!to_u64(ts, TUPLE_VAL(st)->items[0], &count) ||
        !to_u64(ts, TUPLE_VAL(st)->items[1], &owner))
        return V_ERR;
    RLock *l = (RLock *)AS_OBJ(args[0]);
    if (glock_acquire(ts, &l->g, -1) < 0)
        return V_ERR;
    l->g.owner = owner;
    l->count = count;
    return V_NONE;
}

static Value rlock_repr(TS *ts, Value self) {
    RLock *l = (RLock *)AS_OBJ(self);
    return v_obj(gt_format_msg(ts, "<%s _thread.RLock object owner=%llu count=%llu at %p>",
                               l->count ? "locked" : "unlocked", (unsigned long long)l->g.owner,
                               (unsigned long long)l->count, (void *)l));
}

static const MethodDef rlock_methods[] = {
    {"acquire", rlock_acquire, 0, NULL},
    {"__enter__", rlock_acquire, 0, NULL},
    {"release", rlock_release, 0, NULL},
    {"__exit__", rlock_exit, 0, NULL},
    {"_is_owned", rlock_is_owned, 0, NULL},
    {"_release_save", rlock_release_save, 0, NULL},
    {"_acquire_restore", rlock_acquire_restore, 0, NULL},
    {NULL, NULL, 0, NULL},
};

bool gt_lock_made_by_program(Obj *o) {
    return (o->type->free == lock_free || o->type->free == rlock_free) &&
           ((Lock *)o)->g.user_made;
}

bool gt_lock_describe(Obj *o, const char **kind, const char **site, uint64_t *owner) {
    if (o->type->free != lock_free && o->type->free != rlock_free)
        return false;
    GLock *g = &((Lock *)o)->g;
    *kind = o->type->free == lock_free ? "Lock" : "RLock";
    *site = g->site;
    *owner = g->owner;
    return true;
}

// ---- Threads ----

static _Atomic int live_threads; // started by start_new_thread and not finished

static void print_thread_exception(TS *ts, Value func, Value exc) {
    Value sys_stderr = gt_dict_get_str(ts->interp->sys_module->dict, NM(ts, stderr));
    gt_sys_flush_std(ts);
    Value r = gt_repr(ts, func);
    fprintf(stderr, "Exception ignored in thread started by: %s\n",
            IS_ERR(r) ? "<function>" : STR_VAL(r)->data);
    gt_err_clear(ts);
    gt_print_exception(ts, exc, stderr);
    GT_UNUSED(sys_stderr);
}

static void *thread_main(void *arg) {
    TS *ts = arg;
    ts->native_id = (uint64_t)gettid();
    ts->c_stack_limit = gt_c_stack_limit();
    gt_gil_acquire(ts);
    // The stack holds: function, argument tuple, keyword dict (or None), and a slot for the
    // tuple of keyword names (kept there, rooted, during the call).
    Value func = ts->stack[0], args = ts->stack[1], kwargs = ts->stack[2];
    Tuple *targs = TUPLE_VAL(args);
    Tuple *kwnames = NULL;
    bool ok = true;
    if (IS_DICT(kwargs) && DICT_VAL(kwargs)->count) {
        Dict *d = DICT_VAL(kwargs);
        kwnames = gt_tuple_new(ts, d->count);
        ok = kwnames != NULL;
        if (ok)
            ts->stack[3] = v_obj(kwnames);
    }
    Value *base = ts->sp;
    for (uint32_t i = 0; ok && i < targs->len; i++)
        ok = gt_push(ts, targs->items[i]);
    if (ok && kwnames) {
        uint32_t pos = 0, i = 0;
        Value k, v;
        while (ok && gt_dict_next(DICT_VAL(kwargs), &pos, &k, &v)) {
            Str *ks = IS_STR(k) ? gt_str_intern_str(ts, STR_VAL(k)) : NULL;
            if (!ks) {
                if (!gt_err_occurred(ts))
                    gt_raise(ts, EXC(ts, TypeError), "keywords must be strings");
                ok = false;
                break;
            }
            kwnames->items[i++] = v_obj(ks);
            ok = gt_push(ts, v);
        }
    }
    Value r = ok ? gt_call(ts, func, base, (int)targs->len, kwnames) : V_ERR;
    if (IS_ERR(r)) {
        Value exc = gt_err_fetch(ts);
        if (IS_EXC(exc) && !gt_is_instance(ts, exc, EXC(ts, SystemExit))) {
            gt_push(ts, exc);
            print_thread_exception(ts, func, exc);
        }
    }
    ts->sp = ts->stack;
    atomic_fetch_sub(&live_threads, 1);
    gt_thread_state_unlink(ts);
    gt_gil_release_final(ts);
    gt_thread_state_release(ts);
    return NULL;
}

static Value t_start_new_thread(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "start_new_thread", nargs, kw, 2, 3))
        return V_ERR;
    if (!gt_callable(ts, args[0]))
        return gt_raise(ts, EXC(ts, TypeError), "first arg must be callable");
    if (!IS_TUPLE(args[1]))
        return gt_raise(ts, EXC(ts, TypeError), "2nd arg must be a tuple");
    if (nargs == 3 && !IS_DICT(args[2]))
        return gt_raise(ts, EXC(ts, TypeError), "optional 3rd arg must be a dictionary");
    return gt_thread_start(ts, args[0], args[1], nargs == 3 ? args[2] : V_NONE);
}

Value gt_thread_start(TS *ts, Value func, Value args, Value kwargs) {
    TS *nts = gt_thread_state_new_thread(ts->interp);
    if (!nts)
        return gt_raise_nomem(ts);
    nts->stack[0] = func;
    nts->stack[1] = args;
    nts->stack[2] = kwargs;
    nts->stack[3] = V_NONE;
    nts->sp = nts->stack + 4;
    if (!gt_thread_info_attach(nts)) {
        gt_thread_state_unlink(nts);
        gt_thread_state_release(nts);
        return gt_raise_nomem(ts);
    }
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    if (thread_stack_size)
        pthread_attr_setstacksize(&attr, thread_stack_size);
    // The new thread inherits this mask: only the main thread receives Ctrl-C.
    sigset_t block, old;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    pthread_sigmask(SIG_BLOCK, &block, &old);
    pthread_t th;
    atomic_fetch_add(&live_threads, 1);
    int err = pthread_create(&th, &attr, thread_main, nts);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    pthread_attr_destroy(&attr);
    if (err) {
        atomic_fetch_sub(&live_threads, 1);
        gt_thread_state_unlink(nts);
        gt_thread_state_release(nts);
        return gt_raise(ts, EXC(ts, RuntimeError), "can't start new thread");
    }
    // Still holding the GIL: the new thread cannot look at its ident before this is set.
    // (In deterministic mode, gt_thread_info_attach gave it one that is the same every run.)
    if (!ts->interp->deterministic)
        gt_thread_info_set_ident(nts, (uint64_t)th);
    return gt_int_from_u64(ts, nts->ident);
}

static Value t_allocate_lock(TS *ts, Value *args, int nargs, Tuple *kw) {
    GT_UNUSED(args);
    if (!gt_check_args(ts, "allocate_lock", nargs, kw, 0, 0))
        return V_ERR;
    Type *t = module_type(ts, "LockType");
    if (!t)
        return gt_raise(ts, EXC(ts, SystemError), "_thread.LockType is missing");
    return lock_new(ts, t);
}

static Value t_get_ident(TS *ts, Value *args, int nargs, Tuple *kw) {
    GT_UNUSED(args);
    if (!gt_check_args(ts, "get_ident", nargs, kw, 0, 0))
        return V_ERR;
    return gt_int_from_u64(ts, ts->ident);
}

// _thread._set_name(ident, name, daemon=False): gilt only. threading tells the GIL's
// statistics, traces and reports what a thread is called.
static Value t_set_name(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "_set_name", nargs, kw, 2, 3))
        return V_ERR;
    uint64_t ident;
    if (!to_u64(ts, args[0], &ident))
        return V_ERR;
    if (!IS_STR(args[1]))
        return gt_raise(ts, EXC(ts, TypeError), "_set_name() name must be str, not %s",
                        gt_type_name(ts, args[1]));
    int daemon = nargs == 3 ? gt_truthy(ts, args[2]) : 0;
    if (daemon < 0)
        return V_ERR;
    return v_bool(gt_thread_info_set_name(ts, ident, STR_VAL(args[1])->data, daemon));
}

static Value t_get_native_id(TS *ts, Value *args, int nargs, Tuple *kw) {
    GT_UNUSED(args);
    if (!gt_check_args(ts, "get_native_id", nargs, kw, 0, 0))
        return V_ERR;
    return gt_int_from_u64(ts, ts->native_id);
}

static Value t_count(TS *ts, Value *args, int nargs, Tuple *kw) {
    GT_UNUSED(args);
    if (!gt_check_args(ts, "_count", nargs, kw, 0, 0))
        return V_ERR;
    return v_int(atomic_load(&live_threads));
}

static Value t_stack_size(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "stack_size", nargs, kw, 0, 1))
        return V_ERR;
    size_t old = thread_stack_size;
    if (nargs == 1) {
        int64_t n;
        if (!gt_index(ts, args[0], &n, NULL))
            return V_ERR;
        if (n < 0)
            return gt_raise(ts, EXC(ts, ValueError), "size must be 0 or a positive value");
        if (n != 0 && n < 32768)
            return gt_raise(ts, EXC(ts, ValueError), "size not valid: %lld bytes", (long long)n);
        thread_stack_size = (size_t)n;
    }
    return v_int((int64_t)old);
}

static Value t_exit(TS *ts, Value *args, int nargs, Tuple *kw) {
    GT_UNUSED(args);
    if (!gt_check_args(ts, "exit", nargs, kw, 0, 0))
        return V_ERR;
    return gt_raise_value(ts, v_obj(EXC(ts, SystemExit)));
}

static Value t_interrupt_main(TS *ts, Value *args, int nargs, Tuple *kw) {
    GT_UNUSED(args);
    if (!gt_check_args(ts, "interrupt_main", nargs, kw, 0, 1))
        return V_ERR;
    gt_vm_request(ts->interp->main_thread, BRK_SIGNAL);
    return V_NONE;
}

static const MethodDef thread_functions[] = {
    {"start_new_thread", t_start_new_thread, 0,
     "Start a new thread running function(*args, **kwargs); return its identifier."},
    {"start_new", t_start_new_thread, 0, NULL},
    {"allocate_lock", t_allocate_lock, 0, "Make a new lock object."},
    {"allocate", t_allocate_lock, 0, NULL},
    {"get_ident", t_get_ident, 0, "The identifier of the current thread."},
    {"get_native_id", t_get_native_id, 0, "The operating system's id of the current thread."},
    {"_set_name", t_set_name, 0, "gilt: name a thread in the GIL statistics and traces."},
    {"_count", t_count, 0, NULL},
    {"stack_size", t_stack_size, 0, NULL},
    {"exit", t_exit, 0, NULL},
    {"interrupt_main", t_interrupt_main, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static int thread_init(TS *ts, Module *m) {
    Type *lt = gt_type_new_builtin(ts, "lock", "_thread", NULL, K_NATIVE, sizeof(Lock), 0);
    if (!lt)
        return -1;
    lt->free = lock_free;
    lt->make = lock_make;
    lt->repr = lock_repr;
    gt_type_add_methods(ts, lt, lock_methods);
    Type *rt = gt_type_new_builtin(ts, "RLock", "_thread", NULL, K_NATIVE, sizeof(RLock), 0);
    if (!rt)
        return -1;
    rt->free = rlock_free;
    rt->make = rlock_make;
    rt->repr = rlock_repr;
    gt_type_add_methods(ts, rt, rlock_methods);
    if (gt_module_add(ts, m, "LockType", v_obj(lt)) < 0 ||
        gt_module_add(ts, m, "lock", v_obj(lt)) < 0 ||
        gt_module_add(ts, m, "RLock", v_obj(rt)) < 0 ||
        gt_module_add(ts, m, "error", v_obj(EXC(ts, RuntimeError))) < 0 ||
        gt_module_add(ts, m, "TIMEOUT_MAX", v_float(GT_TIMEOUT_MAX)) < 0)
        return -1;
    return 0;
}

const ModuleDef gt_mod__thread = {
    "_thread",
    "Low-level threading: threads, locks, thread identity.",
    thread_functions,
    thread_init,
};
