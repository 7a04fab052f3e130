// mod_time.c - the time module: clocks (time, monotonic, perf_counter...), sleep, and the
// calendar functions (localtime, gmtime, strftime, ctime...).
//
// sleep() sleeps in slices so that Ctrl-C (a signal setting the eval breaker) interrupts it
// promptly with KeyboardInterrupt, as in CPython.
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "core.h"
#include "gil.h"
#include "sysmod.h"

// In deterministic mode every clock is the virtual one (gil.c): the wall clock starts at
// GT_DET_EPOCH, the others at 0, and all move with the scheduler.
static int64_t now_ns(TS *ts, clockid_t clock) {
    if (ts->interp->deterministic) {
        int64_t v = gt_det_now(ts->interp);
        return clock == CLOCK_REALTIME ? (int64_t)GT_DET_EPOCH * 1000000000 + v : v;
    }
    struct timespec t;
    clock_gettime(clock, &t);
    return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

static double now(TS *ts, clockid_t clock) {
    if (ts->interp->deterministic) {
        double v = (double)gt_det_now(ts->interp) / 1e9;
        return clock == CLOCK_REALTIME ? GT_DET_EPOCH + v : v;
    }
    struct timespec t;
    clock_gettime(clock, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static Value t_time(TS *ts, Value *args, int nargs, Tuple *kw) {
    GT_UNUSED(args);
    if (!gt_check_args(ts, "time", nargs, kw, 0, 0))
        return V_ERR;
    return v_float(now(ts, CLOCK_REALTIME));
}

static Value t_time_ns(TS *ts, Value *args, int nargs, Tuple *kw) {
    GT_UNUSED(args);
    if (!gt_check_args(ts, "time_ns", nargs, kw, 0, 0))
        return V_ERR;
    return v_int(now_ns(ts, CLOCK_REALTIME));
}

static Value t_monotonic(TS *ts, Value *args, int nargs, Tuple *kw) {
    GT_UNUSED(args);
    if (!gt_check_args(ts, "monotonic", nargs, kw, 0, 0))
        return V_ERR;
    return v_float(now(ts, CLOCK_MONOTONIC));
}

static Value t_monotonic_ns(TS *ts, Value *args, int nargs, Tuple *kw) {
    GT_UNUSED(args);
    if (!gt_check_args(ts, "monotonic_ns", nargs, kw, 0, 0))
        return V_ERR;
    return v_int(now_ns(ts, CLOCK_MONOTONIC));
}

static Value t_perf_counter(TS *ts, Value *args, int nargs, Tuple *kw) {
    GT_UNUSED(args);
    if (!gt_check_args(ts, "perf_counter", nargs, kw, 0, 0))
        return V_ERR;
    return v_float(now(ts, CLOCK_MONOTONIC));
}

static Value t_perf_counter_ns(TS *ts, Value *args, int nargs, Tuple *kw) {
    GT_UNUSED(args);
    if (!gt_check_args(ts, "perf_counter_ns", nargs, kw, 0, 0))
        return V_ERR;
    return v_int(now_ns(ts, CLOCK_MONOTONIC));
}

static Value t_process_time(TS *ts, Value *args, int nargs, Tuple *kw) {
    GT_UNUSED(args);
    if (!gt_check_args(ts, "process_time", nargs, kw, 0, 0))
        return V_ERR;
    return v_float(now(ts, CLOCK_PROCESS_CPUTIME_ID));
}

static Value t_thread_time(TS *ts, Value *args, int nargs, Tuple *kw) {
    GT_UNUSED(args);
    if (!gt_check_args(ts, "thread_time", nargs, kw, 0, 0))
        return V_ERR;
    return v_float(now(ts, CLOCK_THREAD_CPUTIME_ID));
}

static Value t_sleep(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "sleep", nargs, kw, 1, 1))
        return V_ERR;
    double secs;
    Value a = args[0];
    if (IS_FLOAT(a) || IS_SMALLINT_OR_BOOL(a) || (IS_OBJ(a) && AS_OBJ(a)->kind == K_BIGINT)) {
        if (!gt_num_to_double(ts, a, &secs))
            return V_ERR;
    } else {
        return gt_raise(ts, EXC(ts, TypeError), "'%s' object cannot be interpreted as an integer",
                        gt_type_name(ts, a));
    }
    if (isnan(secs))
        return gt_raise(ts, EXC(ts, ValueError), "Invalid value NaN (not a number)");
    if (secs < 0)
        return gt_raise(ts, EXC(ts, ValueError), "sleep length must be non-negative");
    if (secs > 9223372036.0) // CPython's limit: nanoseconds in a signed 64-bit integer
        return gt_raise(ts, EXC(ts, OverflowError), "timestamp out of range for platform time_t");
    if (ts->interp->deterministic) {
        // Virtual time: the scheduler wakes this thread when the clock reaches the deadline
        // (it jumps there at once when no other thread can run). sleep(0) just gives the turn
        // away.
        int64_t deadline = gt_det_now(ts->interp) + (int64_t)(secs * 1e9);
        do {
            if (!gt_det_block(ts, ACT_SLEEP, NULL, deadline, true) && gt_vm_check_breaker(ts) < 0)
                return V_ERR;
        } while (gt_det_now(ts->interp) < deadline);
        return V_NONE;
    }
    double deadline = now(ts, CLOCK_MONOTONIC) + secs;
    // Other threads run while this one sleeps: that is why I/O-bound threads overlap.
    gt_block_begin(ts, ACT_SLEEP, NULL, true);
    for (;;) {
        double left = deadline - now(ts, CLOCK_MONOTONIC);
        if (left <= 0)
            break;
        struct timespec req;
        req.tv_sec = (time_t)left;
        req.tv_nsec = (long)((left - (double)req.tv_sec) * 1e9);
        int r = nanosleep(&req, NULL);
        if (r < 0 && errno != EINTR) {
            int e = errno;
            gt_block_end(ts);
            return gt_raise_errno(ts, e, NULL);
        }
        if (atomic_load_explicit(&ts->breaker, memory_order_relaxed) & BRK_SIGNAL) {
            gt_block_end(ts);
            if (gt_vm_check_breaker(ts) < 0)
                return V_ERR;
            gt_block_begin(ts, ACT_SLEEP, NULL, true);
        }
    }
    gt_block_end(ts);
    return V_NONE;
}

// ---- Calendar ----

static Type *struct_time_type(TS *ts) {
    Value m = gt_dict_get_cstr(ts, ts->interp->modules, "time");
    if (!IS_MODULE(m))
        return NULL;
    Value t = gt_dict_get_cstr(ts, ((Module *)AS_OBJ(m))->dict, "struct_time");
    return IS_TYPE(t) ? TYPE_VAL(t) : NULL;
}

static Value make_struct_time(TS *ts, struct tm *tm) {
    Type *t = struct_time_type(ts);
    if (!t)
        return gt_raise(ts, EXC(ts, SystemError), "time.struct_time is missing");
    Value items[9] = {
        v_int(tm->tm_year + 1900), v_int(tm->tm_mon + 1), v_int(tm->tm_mday),
        v_int(tm->tm_hour),        v_int(tm->tm_min),     v_int(tm->tm_sec),
        v_int((tm->tm_wday + 6) % 7), v_int(tm->tm_yday + 1), v_int(tm->tm_isdst),
    };
    return gt_structseq_new(ts, t, items, 9);
}

static bool get_seconds(TS *ts, Value *args, int nargs, time_t *out) {
    if (nargs == 0 || IS_NONE(args[0])) {
        *out = (time_t)now(ts, CLOCK_REALTIME);
        return true;
    }
    double d;
    if (!gt_num_to_double(ts, args[0], &d))
        return false;
    *out = (time_t)floor(d);
    return true;
}

static Value t_localtime(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "localtime", nargs, kw, 0, 1))
        return V_ERR;
    time_t t;
    if (!get_seconds(ts, args, nargs, &t))
        return V_ERR;
    struct tm tm;
    if (!localtime_r(&t, &tm))
        return gt_raise(ts, EXC(ts, OverflowError), "timestamp out of range for platform time_t");
    return make_struct_time(ts, &tm);
}

static Value t_gmtime(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "gmtime", nargs, kw, 0, 1))
        return V_ERR;
    time_t t;
    if (!get_seconds(ts, args, nargs, &t))
        return V_ERR;
    struct tm tm;
    if (!gmtime_r(&t, &tm))
        return gt_raise(ts, EXC(ts, OverflowError), "timestamp out of range for platform time_t");
    return make_struct_time(ts, &tm);
}

// A struct_time (or 9-tuple) back to struct tm.
static bool to_tm(TS *ts, Value v, struct tm *tm) {
    Value tup = gt_tuple_from_iterable(ts, v);
    if (IS_ERR(tup))
        return false;
    Tuple *t = TUPLE_VAL(tup);
    if (t->len < 9) {
        gt_raise(ts, EXC(ts, TypeError), "time tuple must have 9 elements");
        return false;
    }
    int64_t f[9];
    for (int i = 0; i < 9; i++)
        if (!gt_index(ts, t->items[i], &f[i], NULL))
            return false;
    memset(tm, 0, sizeof *tm);
    tm->tm_year = (int)f[0] - 1900;
    tm->tm_mon = (int)f[1] - 1;
    tm->tm_mday = (int)f[2];
    tm->tm_hour = (int)f[3];
    tm->tm_min = (int)f[4];
    tm->tm_sec = (int)f[5];
    tm->tm_wday = (int)((f[6] + 1) % 7);
    tm->tm_yday = (int)f[7] - 1;
    tm->tm_isdst = (int)f[8];
    return true;
}

static Value t_strftime(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "strftime", nargs, kw, 1, 2))
        return V_ERR;
    if (!IS_STR(args[0]))
        return gt_raise(ts, EXC(ts, TypeError), "strftime() argument 1 must be str, not %s",
                        gt_type_name(ts, args[0]));
    struct tm tm;
    if (nargs == 2) {
        if (!to_tm(ts, args[1], &tm))
            return V_ERR;
    } else {
        time_t t = (time_t)now(ts, CLOCK_REALTIME);
        localtime_r(&t, &tm);
    }
    char buf[1024];
    // The format comes from the program, as with C's strftime.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
    size_t n = strftime(buf, sizeof buf, STR_VAL(args[0])->data, &tm);
#pragma GCC diagnostic pop
    Str *s = gt_str_new(ts, buf, n);
    return s ? v_obj(s) : V_ERR;
}

static Value t_asctime(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "asctime", nargs, kw, 0, 1))
        return V_ERR;
    struct tm tm;
    if (nargs == 1) {
        if (!to_tm(ts, args[0], &tm))
            return V_ERR;
    } else {
        time_t t = (time_t)now(ts, CLOCK_REALTIME);
        localtime_r(&t, &tm);
    }
    char buf[64];
    strftime(buf, sizeof buf, "%a %b %e %H:%M:%S %Y", &tm);
    Str *s = gt_str_from_cstr(ts, buf);
    return s ? v_obj(s) : V_ERR;
}

static Value t_ctime(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "ctime", nargs, kw, 0, 1))
        return V_ERR;
    time_t t;
    if (!get_seconds(ts, args, nargs, &t))
        return V_ERR;
    struct tm tm;
    localtime_r(&t, &tm);
    char buf[64];
    strftime(buf, sizeof buf, "%a %b %e %H:%M:%S %Y", &tm);
    Str *s = gt_str_from_cstr(ts, buf);
    return s ? v_obj(s) : V_ERR;
}

static Value t_mktime(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "mktime", nargs, kw, 1, 1))
        return V_ERR;
    struct tm tm;
    if (!to_tm(ts, args[0], &tm))
        return V_ERR;
    time_t t = mktime(&tm);
    return v_float((double)t);
}

static const MethodDef time_methods[] = {
    {"time", t_time, 0, "Return the current time in seconds since the Epoch."},
    {"time_ns", t_time_ns, 0, NULL},
    {"monotonic", t_monotonic, 0, NULL},
    {"monotonic_ns", t_monotonic_ns, 0, NULL},
    {"perf_counter", t_perf_counter, 0, NULL},
    {"perf_counter_ns", t_perf_counter_ns, 0, NULL},
    {"process_time", t_process_time, 0, NULL},
    {"thread_time", t_thread_time, 0, NULL},
    {"sleep", t_sleep, 0, "Delay execution for a given number of seconds."},
    {"localtime", t_localtime, 0, NULL},
    {"gmtime", t_gmtime, 0, NULL},
    {"strftime", t_strftime, 0, NULL},
    {"asctime", t_asctime, 0, NULL},
    {"ctime", t_ctime, 0, NULL},
    {"mktime", t_mktime, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static int time_init(TS *ts, Module *m) {
    static const char *const fields[] = {"tm_year", "tm_mon",  "tm_mday", "tm_hour", "tm_min",
                                         "tm_sec",  "tm_wday", "tm_yday", "tm_isdst"};
    Type *t = gt_structseq_type(ts, "struct_time", "time", fields, 9);
    if (!t)
        return -1;
    tzset();
    gt_module_add_int(ts, m, "timezone", timezone);
    return gt_module_add(ts, m, "struct_time", v_obj(t));
}

const ModuleDef gt_mod_time = {
    "time",
    "Time access and conversions.",
    time_methods,
    time_init,
};
