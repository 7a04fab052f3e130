// trace.c - the event recorder: a ring buffer of GIL events, written out as a Chrome trace file
// (--trace=FILE.json) or drawn as a timeline in the terminal (--timeline). See trace.h.
//
// Notes
// - Recording is cheap: one uncontended mutex and a 16-byte store per event, and events only
//   happen when a thread changes what it does (takes or drops the GIL, blocks), never per
//   instruction. Nothing is recorded at all unless --trace or --timeline asked for it.
// - The ring buffer keeps the newest `cap` events. Spans are rebuilt from consecutive state
//   events of a thread, so after an overflow a thread's first span starts at its first kept
//   event; the output states how many events were lost.
#include "trace.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

enum { EV_STATE, EV_DROP_REQUEST, EV_HANDOFF };

typedef struct Event {
    int64_t t;
    int32_t thread;
    uint8_t kind; // EV_*
    uint8_t act;  // Activity, for EV_STATE
    int16_t other;
} Event;

struct Trace {
    pthread_mutex_t mutex;
    Event *ev;
    uint32_t cap;
    uint64_t count; // events ever recorded; the newest min(count, cap) are in ev[]
};

Trace *gt_trace_new(uint32_t capacity) {
    Trace *tr = calloc(1, sizeof(Trace));
    if (!tr)
        return NULL;
    tr->ev = malloc(sizeof(Event) * capacity);
    if (!tr->ev) {
        free(tr);
        return NULL;
    }
    tr->cap = capacity;
    pthread_mutex_init(&tr->mutex, NULL);
    return tr;
}

void gt_trace_free(Trace *tr) {
    if (!tr)
        return;
    pthread_mutex_destroy(&tr->mutex);
    free(tr->ev);
    free(tr);
}

static void push(Trace *tr, Event e) {
    pthread_mutex_lock(&tr->mutex);
    tr->ev[tr->count % tr->cap] = e;
    tr->count++;
    pthread_mutex_unlock(&tr->mutex);
}

void gt_trace_state(Trace *tr, int64_t t, int thread, Activity a) {
    push(tr, (Event){.t = t, .thread = thread, .kind = EV_STATE, .act = (uint8_t)a});
}

void gt_trace_instant(Trace *tr, int64_t t, TraceInstant kind, int a, int b) {
    push(tr, (Event){.t = t,
                     .thread = a,
                     .kind = kind == TR_DROP_REQUEST ? EV_DROP_REQUEST : EV_HANDOFF,
                     .other = (int16_t)(b > INT16_MAX ? -1 : b)});
}

uint64_t gt_trace_dropped(Trace *tr) {
    pthread_mutex_lock(&tr->mutex);
    uint64_t d = tr->count > tr->cap ? tr->count - tr->cap : 0;
    pthread_mutex_unlock(&tr->mutex);
    return d;
}

uint32_t gt_trace_capacity(Trace *tr) {
    return tr->cap;
}

// A copy of the kept events, oldest first (so the program may go on recording meanwhile).
static Event *snapshot(Trace *tr, uint32_t *n, uint64_t *dropped) {
    pthread_mutex_lock(&tr->mutex);
    uint32_t k = tr->count < tr->cap ? (uint32_t)tr->count : tr->cap;
    Event *copy = malloc(sizeof(Event) * (k ? k : 1));
    if (copy) {
        uint64_t first = tr->count - k;
        for (uint32_t i = 0; i < k; i++)
            copy[i] = tr->ev[(first + i) % tr->cap];
    }
    *n = copy ? k : 0;
    *dropped = tr->count - k;
    pthread_mutex_unlock(&tr->mutex);
    return copy;
}

static int count_threads(const ThreadInfo *infos) {
    int n = 0;
    for (const ThreadInfo *ti = infos; ti; ti = ti->next)
        if (ti->index + 1 > n)
            n = ti->index + 1;
    return n;
}

// ---- Chrome trace format ----

static void json_string(FILE *f, const char *s) {
    fputc('"', f);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\')
            fprintf(f, "\\%c", *p);
        else if (*p < 0x20)
            fprintf(f, "\\u%04x", *p);
        else
            fputc(*p, f);
    }
    fputc('"', f);
}

static const char *category(Activity a) {
    if (a == ACT_RUNNING)
        return "running";
    if (a == ACT_WAIT_GIL)
        return "gil-wait";
    return "blocked";
}

static void span(FILE *f, bool *first, int tid, Activity a, int64_t from, int64_t to) {
    fprintf(f, "%s\n{\"name\":", *first ? "" : ",");
    *first = false;
    json_string(f, gt_activity_name(a));
    fprintf(f, ",\"cat\":\"%s\",\"ph\":\"X\",\"pid\":1,\"tid\":%d,\"ts\":%.3f,\"dur\":%.3f}",
            category(a), tid, (double)from / 1e3, (double)(to - from) / 1e3);
}

static const char *name_of(const ThreadInfo *infos, int index) {
    for (const ThreadInfo *ti = infos; ti; ti = ti->next)
        if (ti->index == index)
            return ti->name;
    return "?";
}

bool gt_trace_write_json(Trace *tr, const ThreadInfo *infos, int64_t end, FILE *f) {
    uint32_t n;
    uint64_t dropped;
    Event *ev = snapshot(tr, &n, &dropped);
    int nt = count_threads(infos);
    Activity *cur = calloc((size_t)nt + 1, sizeof(Activity));
    int64_t *since = calloc((size_t)nt + 1, sizeof(int64_t));
    bool *seen = calloc((size_t)nt + 1, sizeof(bool));
    if (!ev || !cur || !since || !seen) {
        free(ev), free(cur), free(since), free(seen);
        return false;
    }
    bool first = true;
    fputs("{\"traceEvents\":[", f);
    fprintf(f, "\n{\"name\":\"process_name\",\"ph\":\"M\",\"pid\":1,\"args\":{\"name\":\"gilt\"}}");
    first = false;
    for (const ThreadInfo *ti = infos; ti; ti = ti->next) {
        fprintf(f,
                ",\n{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":1,\"tid\":%d,\"args\":"
                "{\"name\":",
                ti->index);
        json_string(f, ti->name);
        fprintf(f,
                "}},\n{\"name\":\"thread_sort_index\",\"ph\":\"M\",\"pid\":1,\"tid\":%d,"
                "\"args\":{\"sort_index\":%d}}",
                ti->index, ti->index);
    }
    for (uint32_t i = 0; i < n; i++) {
        Event *e = &ev[i];
        if (e->thread < 0 || e->thread >= nt)
            continue;
        if (e->kind == EV_STATE) {
            int k = e->thread;
            if (seen[k] && cur[k] != ACT_NEW && cur[k] != ACT_DONE && e->t >= since[k])
                span(f, &first, k, cur[k], since[k], e->t);
            seen[k] = true;
            cur[k] = (Activity)e->act;
            since[k] = e->t;
        } else {
            bool drop = e->kind == EV_DROP_REQUEST;
            fprintf(f,
                    ",\n{\"name\":\"%s\",\"cat\":\"gil\",\"ph\":\"i\",\"s\":\"t\",\"pid\":1,"
                    "\"tid\":%d,\"ts\":%.3f,\"args\":{\"%s\":",
                    drop ? "drop request" : "handoff", e->thread, (double)e->t / 1e3,
                    drop ? "requested_by" : "from");
            json_string(f, e->other >= 0 ? name_of(infos, e->other) : "?");
            fputs("}}", f);
        }
    }
    for (int k = 0; k < nt; k++) {
        if (seen[k] && cur[k] != ACT_NEW && cur[k] != ACT_DONE && end >= since[k])
            span(f, &first, k, cur[k], since[k], end);
    }
    fprintf(f,
            "\n],\n\"displayTimeUnit\":\"ms\",\n\"otherData\":{\"producer\":\"gilt\","
            "\"dropped_events\":%llu,\"buffer_events\":%u}}\n",
            (unsigned long long)dropped, tr->cap);
    free(ev), free(cur), free(since), free(seen);
    return !ferror(f);
}

// ---- Terminal timeline ----

// One character per activity; blocked kinds get a letter each.
static const char activity_char[ACT__COUNT] = {
    [ACT_NEW] = ' ',     [ACT_RUNNING] = '#',   [ACT_WAIT_GIL] = '-',  [ACT_SLEEP] = 'z',
    [ACT_LOCK] = 'L',    [ACT_CONDITION] = 'c', [ACT_SEMAPHORE] = 's', [ACT_EVENT] = 'e',
    [ACT_BARRIER] = 'b', [ACT_QUEUE] = 'q',     [ACT_JOIN] = 'j',      [ACT_FUTURE] = 'f',
    [ACT_IO] = 'i',      [ACT_DONE] = ' ',
};

#define MAX_ROWS 40

// Add the span [a, b) of activity act to the row's bins.
static void add_span(int64_t *bins, int width, int64_t from, int64_t per, Activity act, int64_t a,
                     int64_t b) {
    if (act == ACT_NEW || act == ACT_DONE || b <= a)
        return;
    int64_t end = from + per * width;
    if (a < from)
        a = from;
    if (b > end)
        b = end;
    while (a < b) {
        int col = (int)((a - from) / per);
        if (col >= width)
            break;
        int64_t col_end = from + per * (col + 1);
        int64_t stop = b < col_end ? b : col_end;
        bins[col * ACT__COUNT + act] += stop - a;
        a = stop;
    }
}

static void fmt_seconds(char *buf, size_t n, double s) {
    if (s < 1e-3)
        snprintf(buf, n, "%.0f us", s * 1e6);
    else if (s < 1)
        snprintf(buf, n, "%.3g ms", s * 1e3);
    else
        snprintf(buf, n, "%.3g s", s);
}

void gt_trace_timeline(Trace *tr, const ThreadInfo *infos, int64_t from, int64_t end, int width,
                       FILE *f) {
    uint32_t n;
    uint64_t dropped;
    Event *ev = snapshot(tr, &n, &dropped);
    int nt = count_threads(infos);
    if (width < 10)
        width = 10;
    if (end <= from)
        end = from + 1;
    int64_t per = (end - from + width - 1) / width;
    if (per < 1)
        per = 1;
    int rows = nt < MAX_ROWS ? nt : MAX_ROWS;
    int64_t *bins = calloc((size_t)rows * (size_t)width * ACT__COUNT + 1, sizeof(int64_t));
    Activity *cur = calloc((size_t)nt + 1, sizeof(Activity));
    int64_t *since = calloc((size_t)nt + 1, sizeof(int64_t));
    bool *seen = calloc((size_t)nt + 1, sizeof(bool));
    if (!ev || !bins || !cur || !since || !seen) {
        free(ev), free(bins), free(cur), free(since), free(seen);
        fputs("gilt: timeline: out of memory\n", f);
        return;
    }
    for (uint32_t i = 0; i < n; i++) {
        Event *e = &ev[i];
        int k = e->thread;
        if (e->kind != EV_STATE || k < 0 || k >= nt)
            continue;
        if (seen[k] && k < rows)
            add_span(bins + (size_t)k * width * ACT__COUNT, width, from, per, cur[k], since[k],
                     e->t);
        seen[k] = true;
        cur[k] = (Activity)e->act;
        since[k] = e->t;
    }
    for (int k = 0; k < rows; k++)
        if (seen[k])
            add_span(bins + (size_t)k * width * ACT__COUNT, width, from, per, cur[k], since[k],
                     end);
    // Label column: the longest name shown, at most 24 characters.
    int label = 10;
    for (const ThreadInfo *ti = infos; ti; ti = ti->next) {
        int len = (int)strlen(ti->name);
        if (ti->index < rows && len > label)
            label = len;
    }
    if (label > 24)
        label = 24;
    char a[32], b[32], c[32];
    fmt_seconds(a, sizeof a, (double)from / 1e9);
    fmt_seconds(b, sizeof b, (double)end / 1e9);
    fmt_seconds(c, sizeof c, (double)per / 1e9);
    fprintf(f, "GIL timeline, %s to %s, one column = %s\n", a, b, c);
    bool used[ACT__COUNT] = {false};
    for (const ThreadInfo *ti = infos; ti; ti = ti->next) {
        if (ti->index >= rows)
            continue;
        int64_t *row = bins + (size_t)ti->index * width * ACT__COUNT;
        fprintf(f, "%-*.*s |", label, label, ti->name);
        for (int col = 0; col < width; col++) {
            // The activity that took most of this column's time; running and waiting for the
            // GIL win ties, as they are what the timeline is about.
            int best = -1;
            int64_t best_t = 0;
            for (int act = 0; act < ACT__COUNT; act++) {
                int64_t v = row[col * ACT__COUNT + act];
                if (v > best_t) {
                    best = act;
                    best_t = v;
                }
            }
            char ch = best < 0 ? ' ' : activity_char[best];
            if (best >= 0)
                used[best] = true;
            fputc(ch, f);
        }
        fputs("|\n", f);
    }
    if (nt > rows)
        fprintf(f, "... and %d more threads (not shown)\n", nt - rows);
    // The time scale: ticks at the start, the middle and the end.
    char mid[32];
    fmt_seconds(mid, sizeof mid, (double)(from + (end - from) / 2) / 1e9);
    fprintf(f, "%-*s  ^%-*s^%*s^\n", label, "", width / 2 - 1, "", width - width / 2 - 2, "");
    fprintf(f, "%-*s  %-*s%-*s%s\n", label, "", width / 2, a,
            width - width / 2 - (int)strlen(b) + 1, mid, b);
    fputs("legend:", f);
    for (int act = ACT_RUNNING; act < ACT_DONE; act++) {
        if (act == ACT_RUNNING || act == ACT_WAIT_GIL || used[act])
            fprintf(f, "  %c %s", activity_char[act], gt_activity_name(act));
    }
    fputs("  (blank: not started or finished)\n", f);
    if (dropped)
        fprintf(f,
                "note: the %llu oldest events were dropped (the buffer keeps %u); the "
                "timeline starts late for some threads\n",
                (unsigned long long)dropped, tr->cap);
    free(ev), free(bins), free(cur), free(since), free(seen);
}
