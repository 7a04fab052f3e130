// report.c - the GIL statistics table (--gil-stats), the trace file (--trace=FILE.json) and the
// terminal timeline (--timeline), written at the end of the run or on request.
#include "report.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "gil.h"
#include "trace.h"

static void fmt_time(char *buf, size_t n, int64_t ns) {
    double s = (double)ns / 1e9;
    if (ns < 1000000)
        snprintf(buf, n, "%.3f ms", s * 1e3);
    else if (ns < 10000000000)
        snprintf(buf, n, "%.1f ms", s * 1e3);
    else
        snprintf(buf, n, "%.2f s", s);
}

void gt_gil_print_stats(TS *ts, FILE *f) {
    Interp *in = ts->interp;
    GilTotals tot;
    gt_gil_totals(ts, &tot);
    char a[32], b[32], c[32], d[32], pbuf[32];
    fmt_time(a, sizeof a, tot.elapsed_ns);
    fprintf(f, "GIL statistics over %s (policy %s, preempt %s, switch interval %g ms%s)\n", a,
            gt_gil_policy_name(gt_gil_policy(in->gil)), gt_preempt_name(in, pbuf, sizeof pbuf),
            gt_gil_get_interval(in->gil) * 1e3, in->deterministic ? ", deterministic" : "");
    fmt_time(a, sizeof a, tot.held_ns);
    fmt_time(b, sizeof b, tot.idle_ns);
    double el = tot.elapsed_ns > 0 ? (double)tot.elapsed_ns : 1;
    fprintf(f, "  GIL held %s (%.1f%%), free %s (%.1f%%)\n", a, 100.0 * (double)tot.held_ns / el, b,
            100.0 * (double)tot.idle_ns / el);
    fprintf(f, "  switches %llu, drop requests %llu, forced drops %llu, voluntary drops %llu\n",
            (unsigned long long)tot.switches, (unsigned long long)tot.drop_requests,
            (unsigned long long)tot.forced_drops, (unsigned long long)tot.voluntary_drops);
    fprintf(f, "\n  %-24s %10s %10s %10s %8s %7s %9s %11s\n", "thread", "running", "GIL wait",
            "blocked", "acquired", "forced", "voluntary", "longest wait");
    for (ThreadInfo *ti = gt_thread_infos(in); ti; ti = ti->next) {
        ThreadInfo s;
        gt_thread_info_snapshot(ts, ti, &s);
        fmt_time(a, sizeof a, s.run_ns);
        fmt_time(b, sizeof b, s.wait_ns);
        fmt_time(c, sizeof c, s.blocked_ns);
        fmt_time(d, sizeof d, s.longest_wait_ns);
        fprintf(f, "  %-24.24s %10s %10s %10s %8llu %7llu %9llu %11s\n", s.name, a, b, c,
                (unsigned long long)s.acquisitions, (unsigned long long)s.forced_drops,
                (unsigned long long)s.voluntary_drops, d);
    }
}

static int terminal_width(FILE *f) {
    struct winsize w;
    if (ioctl(fileno(f), TIOCGWINSZ, &w) == 0 && w.ws_col >= 40)
        return w.ws_col;
    const char *c = getenv("COLUMNS");
    int n = c ? atoi(c) : 0;
    return n >= 40 ? n : 100;
}

void gt_gil_print_timeline(TS *ts, FILE *f, double seconds) {
    Interp *in = ts->interp;
    if (!in->trace) {
        fputs("gilt: no timeline: recording is off (run with --timeline or --trace)\n", f);
        return;
    }
    int64_t end = gt_gil_now(in);
    // The last `seconds` (any bigger, infinite or NaN value: the whole run).
    int64_t from = seconds > 0 && seconds < (double)end / 1e9 ? end - (int64_t)(seconds * 1e9) : 0;
    // Room for the name column and the frame.
    int width = terminal_width(f) - 30;
    gt_trace_timeline(in->trace, gt_thread_infos(in), from, end, width, f);
}

void gt_gil_final_reports(TS *ts) {
    Interp *in = ts->interp;
    if (atomic_exchange(&in->reported, true))
        return;
    if (in->report_stats) {
        fputc('\n', stderr);
        gt_gil_print_stats(ts, stderr);
    }
    if (in->report_timeline) {
        fputc('\n', stderr);
        gt_gil_print_timeline(ts, stderr, 0);
    }
    if (in->trace_path && in->trace) {
        FILE *f = fopen(in->trace_path, "w");
        bool ok = f && gt_trace_write_json(in->trace, gt_thread_infos(in), gt_gil_now(in), f);
        if (f && fclose(f) != 0)
            ok = false;
        if (!ok)
            fprintf(stderr, "gilt: cannot write the trace to %s: %s\n", in->trace_path,
                    strerror(errno));
        uint64_t lost = gt_trace_dropped(in->trace);
        if (ok && lost)
            fprintf(stderr,
                    "gilt: trace: the %llu oldest events were dropped (the buffer "
                    "keeps %u)\n",
                    (unsigned long long)lost, gt_trace_capacity(in->trace));
    }
    fflush(stderr);
}
