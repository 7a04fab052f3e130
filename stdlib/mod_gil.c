// mod_gil.c - the gil module: what the Global Interpreter Lock has been doing, from a script.
//
//   import gil
//   gil.stats()        # a dict: totals and one entry per thread (see stats_dict below)
//   gil.reset_stats()  # start counting again from zero
//   gil.policy()       # "new", "legacy", "fifo" or "io" (--gil=NAME)
//   gil.set_policy(n)  # change it while the program runs
//   gil.preempt()      # "every", "cpython" or "ticks:N" (--preempt=MODE)
//   gil.deterministic()  # True under --deterministic
//   gil.print_stats(file=sys.stderr)  # the --gil-stats table, now
//   gil.timeline(seconds=0)           # the --timeline drawing (needs --timeline or --trace)
//
// Times are in seconds (floats). docs/gil.md explains every figure.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core.h"
#include "gil.h"
#include "report.h"
#include "sysmod.h"

static bool put(TS *ts, Dict *d, const char *key, Value v) {
    return !IS_ERR(v) && gt_dict_set_cstr(ts, d, key, v) >= 0;
}

static Value secs(int64_t ns) {
    return v_float((double)ns / 1e9);
}

static Value g_stats(TS *ts, Value *args, int nargs, Tuple *kw) {
    GT_UNUSED(args);
    if (!gt_check_args(ts, "stats", nargs, kw, 0, 0))
        return V_ERR;
    GilTotals tot;
    gt_gil_totals(ts, &tot);
    Dict *d = gt_dict_new(ts);
    if (!d || !gt_push(ts, v_obj(d)))
        return V_ERR;
    bool ok = put(ts, d, "switches", gt_int_from_u64(ts, tot.switches)) &&
              put(ts, d, "forced_drops", gt_int_from_u64(ts, tot.forced_drops)) &&
              put(ts, d, "voluntary_drops", gt_int_from_u64(ts, tot.voluntary_drops)) &&
              put(ts, d, "drop_requests", gt_int_from_u64(ts, tot.drop_requests)) &&
              put(ts, d, "held_time", secs(tot.held_ns)) &&
              put(ts, d, "idle_time", secs(tot.idle_ns)) &&
              put(ts, d, "elapsed", secs(tot.elapsed_ns));
    List *threads = ok ? gt_list_new(ts, 0) : NULL;
    ok = threads && put(ts, d, "threads", v_obj(threads));
    for (ThreadInfo *ti = gt_thread_infos(ts->interp); ok && ti; ti = ti->next) {
        ThreadInfo s;
        gt_thread_info_snapshot(ts, ti, &s);
        Dict *t = gt_dict_new(ts);
        ok = t && gt_list_append(ts, threads, v_obj(t));
        Activity a = (Activity)s.activity;
        ok = ok && put(ts, t, "name", v_obj(gt_str_from_cstr(ts, s.name))) &&
             put(ts, t, "ident", gt_int_from_u64(ts, s.ident)) &&
             put(ts, t, "alive", v_bool(s.ts != NULL)) &&
             put(ts, t, "state", v_obj(gt_str_from_cstr(ts, gt_activity_name(a)))) &&
             put(ts, t, "running_time", secs(s.run_ns)) &&
             put(ts, t, "waiting_time", secs(s.wait_ns)) &&
             put(ts, t, "blocked_time", secs(s.blocked_ns)) &&
             put(ts, t, "acquisitions", gt_int_from_u64(ts, s.acquisitions)) &&
             put(ts, t, "forced_releases", gt_int_from_u64(ts, s.forced_drops)) &&
             put(ts, t, "voluntary_releases", gt_int_from_u64(ts, s.voluntary_drops)) &&
             put(ts, t, "longest_wait", secs(s.longest_wait_ns));
    }
    gt_popn(ts, 1);
    return ok ? v_obj(d) : V_ERR;
}

static Value g_reset_stats(TS *ts, Value *args, int nargs, Tuple *kw) {
    GT_UNUSED(args);
    if (!gt_check_args(ts, "reset_stats", nargs, kw, 0, 0))
        return V_ERR;
    gt_gil_stats_reset(ts);
    return V_NONE;
}

static Value g_policy(TS *ts, Value *args, int nargs, Tuple *kw) {
    GT_UNUSED(args);
    if (!gt_check_args(ts, "policy", nargs, kw, 0, 0))
        return V_ERR;
    Str *s = gt_str_from_cstr(ts, gt_gil_policy_name(gt_gil_policy(ts->interp->gil)));
    return s ? v_obj(s) : V_ERR;
}

static Value g_set_policy(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "set_policy", nargs, kw, 1, 1))
        return V_ERR;
    if (!IS_STR(args[0]))
        return gt_raise(ts, EXC(ts, TypeError), "set_policy() argument must be str, not %s",
                        gt_type_name(ts, args[0]));
    GilPolicy p;
    if (!gt_gil_policy_parse(STR_VAL(args[0])->data, &p))
        return gt_raise(ts, EXC(ts, ValueError),
                        "unknown GIL policy '%s' (new, legacy, fifo or io)",
                        STR_VAL(args[0])->data);
    if (ts->interp->deterministic && p != gt_gil_policy(ts->interp->gil))
        return gt_raise(ts, EXC(ts, RuntimeError),
                        "the GIL policy cannot change in deterministic mode");
    gt_gil_set_policy(ts->interp->gil, p);
    return V_NONE;
}

static Value g_preempt(TS *ts, Value *args, int nargs, Tuple *kw) {
    GT_UNUSED(args);
    if (!gt_check_args(ts, "preempt", nargs, kw, 0, 0))
        return V_ERR;
    char buf[32];
    Str *s = gt_str_from_cstr(ts, gt_preempt_name(ts->interp, buf, sizeof buf));
    return s ? v_obj(s) : V_ERR;
}

static Value g_deterministic(TS *ts, Value *args, int nargs, Tuple *kw) {
    GT_UNUSED(args);
    if (!gt_check_args(ts, "deterministic", nargs, kw, 0, 0))
        return V_ERR;
    return v_bool(ts->interp->deterministic);
}

// Run a report that prints on a C FILE, and write its text to a Python stream.
static Value report_to(TS *ts, Value file, void (*fn)(TS *, FILE *, double), double arg) {
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    if (!f)
        return gt_raise_nomem(ts);
    fn(ts, f, arg);
    fclose(f);
    Str *s = gt_str_new(ts, text, len);
    free(text);
    if (!s)
        return V_ERR;
    if (IS_NULL(file) || IS_NONE(file))
        file = gt_dict_get_cstr(ts, ts->interp->sys_module->dict, "stdout");
    if (!gt_push(ts, v_obj(s)))
        return V_ERR;
    Value r = gt_call_method(ts, file, NM(ts, write), &ts->sp[-1], 1);
    gt_popn(ts, 1);
    return IS_ERR(r) ? r : V_NONE;
}

static void stats_fn(TS *ts, FILE *f, double unused) {
    GT_UNUSED(unused);
    gt_gil_print_stats(ts, f);
}

static Value g_print_stats(TS *ts, Value *args, int nargs, Tuple *kw) {
    static const char *const names[] = {"file"};
    Value a[1];
    if (!gt_parse_args(ts, "print_stats", args, nargs, kw, names, 1, 0, 1, 0, a))
        return V_ERR;
    if (IS_NULL(a[0]) || IS_NONE(a[0]))
        a[0] = gt_dict_get_cstr(ts, ts->interp->sys_module->dict, "stderr");
    return report_to(ts, a[0], stats_fn, 0);
}

static Value g_timeline(TS *ts, Value *args, int nargs, Tuple *kw) {
    static const char *const names[] = {"seconds", "file"};
    Value a[2];
    if (!gt_parse_args(ts, "timeline", args, nargs, kw, names, 2, 0, 2, 0, a))
        return V_ERR;
    double s = 0;
    if (!IS_NULL(a[0]) && !gt_num_to_double(ts, a[0], &s))
        return V_ERR;
    return report_to(ts, a[1], gt_gil_print_timeline, s);
}

static const MethodDef gil_methods[] = {
    {"stats", g_stats, 0, "The GIL's statistics: totals and one dict per thread."},
    {"reset_stats", g_reset_stats, 0, "Set every counter of gil.stats() back to zero."},
    {"policy", g_policy, 0, "The name of the GIL policy (--gil=NAME)."},
    {"set_policy", g_set_policy, 0, "Switch to another GIL policy: new, legacy, fifo or io."},
    {"preempt", g_preempt, 0, "Where switches may happen (--preempt=MODE)."},
    {"deterministic", g_deterministic, 0, "Is the deterministic scheduler on?"},
    {"print_stats", g_print_stats, 0, "Print the --gil-stats table (to sys.stderr)."},
    {"timeline", g_timeline, 0, "Draw the timeline of the last `seconds` (0: all)."},
    {NULL, NULL, 0, NULL},
};

const ModuleDef gt_mod_gil = {
    "gil",
    "What the Global Interpreter Lock has been doing (gilt only).",
    gil_methods,
    NULL,
};
