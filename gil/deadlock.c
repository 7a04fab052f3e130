// deadlock.c - the report printed when every thread is blocked for ever.
//
// gil.c decides THAT the program is deadlocked (every live thread waits, with no timeout, on a
// lock, condition, semaphore, event, barrier, queue, future or join, and nobody has taken the
// GIL for two looks of the watchdog in a row; or, in deterministic mode, no thread can run and
// none has a deadline). This file says WHAT each thread waits for, in the manner of Go's
// "all goroutines are asleep" and the JVM's thread dump:
//
//   gilt: deadlock: every thread is blocked for ever (2 threads)
//
//     "Thread-1 (one)" is blocked at demo.py, line 9, in one
//           with b:
//       waiting for a Lock created at demo.py, line 4, held by "Thread-2 (two)"
//     ...
//     cycle: "Thread-1 (one)" -> "Thread-2 (two)" -> "Thread-1 (one)"
//
// Everything is read while the GIL is taken for good (no thread can run), and no Python object
// is allocated: the report is plain C strings.
#include "deadlock.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "compile.h"
#include "core.h"
#include "gil.h"
#include "interp.h"
#include "report.h"
#include "sysmod.h"
#include "threads.h"
#include "vm.h"

typedef struct Buf {
    char *s;
    size_t len, cap;
    bool failed;
} Buf;

static void put(Buf *b, const char *fmt, ...) {
    va_list ap;
    for (;;) {
        if (b->failed)
            return;
        va_start(ap, fmt);
        int n = vsnprintf(b->s ? b->s + b->len : NULL, b->s ? b->cap - b->len : 0, fmt, ap);
        va_end(ap);
        if (n < 0) {
            b->failed = true;
            return;
        }
        if (b->s && b->len + (size_t)n < b->cap) {
            b->len += (size_t)n;
            return;
        }
        size_t cap = (b->cap ? b->cap * 2 : 1024) + (size_t)n;
        char *s = realloc(b->s, cap);
        if (!s) {
            b->failed = true;
            return;
        }
        b->s = s;
        b->cap = cap;
    }
}

static ThreadInfo *by_ident(Interp *in, uint64_t ident) {
    for (ThreadInfo *ti = gt_thread_infos(in); ti; ti = ti->next)
        if (ti->ts && ti->ident == ident)
            return ti;
    return NULL;
}

// A str-keyed attribute of an instance, found without allocating; V_NULL if absent.
static Value attr(Obj *o, const char *name) {
    if (o->type->inst_kind != K_INSTANCE)
        return V_NULL;
    Dict *d = ((Instance *)o)->dict;
    if (!d)
        return V_NULL;
    uint32_t pos = 0;
    Value k, v;
    while (gt_dict_next(d, &pos, &k, &v))
        if (IS_STR(k) && strcmp(STR_VAL(k)->data, name) == 0)
            return v;
    return V_NULL;
}

// The first lock found in o or, one level down, in its attributes (an Event's Condition's
// lock): where o was created, as the lock knows it.
static const char *site_of(Obj *o, int depth) {
    const char *kind, *site;
    uint64_t owner;
    if (gt_lock_describe(o, &kind, &site, &owner))
        return site;
    if (depth > 1 || o->type->inst_kind != K_INSTANCE || !((Instance *)o)->dict)
        return NULL;
    uint32_t pos = 0;
    Value k, v;
    while (gt_dict_next(((Instance *)o)->dict, &pos, &k, &v)) {
        if (!IS_OBJ(v))
            continue;
        const char *s = site_of(AS_OBJ(v), depth + 1);
        if (s && *s)
            return s;
    }
    return NULL;
}

// What the thread waits for, and which thread could end the wait (NULL: none in particular).
static ThreadInfo *describe_wait(Interp *in, Buf *b, ThreadInfo *ti) {
    Activity a = (Activity)atomic_load(&ti->activity);
    const char *kind, *site;
    uint64_t owner;
    if (a == ACT_LOCK && ti->wait_obj && gt_lock_describe(ti->wait_obj, &kind, &site, &owner)) {
        put(b, "    waiting for %s %s", kind[0] == 'R' ? "an" : "a", kind);
        if (*site)
            put(b, " created at %s", site);
        ThreadInfo *h = owner ? by_ident(in, owner) : NULL;
        if (h == ti)
            put(b, ", which this thread holds itself\n");
        else if (h)
            put(b, ", held by \"%s\"\n", h->name);
        else
            put(b, "\n");
        return h;
    }
    Obj *t = ti->wait_target;
    if (a == ACT_JOIN && t) {
        Value name = attr(t, "_name"), ident = attr(t, "_ident");
        ThreadInfo *h = IS_INT(ident) ? by_ident(in, (uint64_t)AS_INT(ident)) : NULL;
        put(b, "    waiting for thread \"%s\" to finish (join)\n",
            h              ? h->name
            : IS_STR(name) ? STR_VAL(name)->data
                           : "?");
        return h;
    }
    // Name the standard-library call the program made (Queue.get, Event.wait...): the
    // outermost frozen frame, just above the program's own.
    const char *call = ti->wait_call ? ti->wait_call->qualname->data : gt_activity_name(a);
    put(b, "    waiting in %s()", call);
    if (t) {
        const char *tname = t->type->name->data;
        put(b, ", on the %s", tname);
        site = site_of(t, 0);
        if (site && *site)
            put(b, " created at %s", site);
    }
    put(b, "\n");
    return NULL;
}

// Where the thread waits (" at FILE, line N, in F" and the source line) and what for; returns
// the thread that could end the wait, if one can be named.
static ThreadInfo *describe_thread(Interp *in, Buf *bp, ThreadInfo *ti) {
    TS *ts = ti->ts;
    Frame *f = gt_user_frame(ts);
    if (f) {
        int line = gt_frame_lineno(f);
        const char *file = f->code->filename->data, *slash = strrchr(file, '/');
        put(bp, " at %s, line %d, in %s\n", slash ? slash + 1 : file, line, f->code->name->data);
        const char *src;
        size_t len;
        if (gt_source_line_raw(ts, f->code->filename, line, &src, &len)) {
            while (len && (*src == ' ' || *src == '\t'))
                src++, len--;
            put(bp, "        %.*s\n", (int)len, src);
        }
    } else if (ti->wait_call && strcmp(ti->wait_call->qualname->data, "_shutdown") == 0) {
        put(bp, " at the end of the program, waiting for the other threads to end\n");
    } else {
        put(bp, ", with none of the program's code on its stack\n");
    }
    return describe_wait(in, bp, ti);
}

char *gt_thread_describe(Interp *in, ThreadInfo *ti) {
    Buf b = {0};
    if (ti->ts)
        describe_thread(in, &b, ti);
    if (b.failed) {
        free(b.s);
        return NULL;
    }
    return b.s;
}

char *gt_deadlock_describe(Interp *in) {
    Buf b = {0};
    int live = 0;
    for (ThreadInfo *ti = gt_thread_infos(in); ti; ti = ti->next)
        if (ti->ts)
            live++;
    put(&b, "gilt: deadlock: every thread is blocked for ever (%d thread%s)\n", live,
        live == 1 ? "" : "s");
    int n = 0;
    for (ThreadInfo *ti = gt_thread_infos(in); ti; ti = ti->next)
        n++;
    ThreadInfo **holder = calloc((size_t)n + 1, sizeof(ThreadInfo *));
    ThreadInfo **all = calloc((size_t)n + 1, sizeof(ThreadInfo *));
    int k = 0;
    for (ThreadInfo *ti = gt_thread_infos(in); ti; ti = ti->next, k++) {
        if (all)
            all[k] = ti;
        if (!ti->ts)
            continue;
        put(&b, "\n  \"%s\" is blocked", ti->name);
        ThreadInfo *h = describe_thread(in, &b, ti);
        if (holder)
            holder[k] = h;
    }
    // A cycle: follow "waits for a lock held by" / "joins" from each thread.
    if (holder && all) {
        for (int i = 0; i < n; i++) {
            int cur = i, steps = 0;
            while (steps <= n && holder[cur]) {
                int next = holder[cur]->index;
                if (next < 0 || next >= n)
                    break;
                cur = next;
                steps++;
                if (cur == i)
                    break;
            }
            if (cur != i || steps == 0)
                continue;
            // Report each cycle once: from its lowest-numbered thread.
            bool lowest = true;
            int c = i;
            do {
                c = holder[c]->index;
                if (c < i)
                    lowest = false;
            } while (c != i);
            if (!lowest)
                continue;
            put(&b, "\n  cycle: \"%s\"", all[i]->name);
            c = i;
            do {
                c = holder[c]->index;
                put(&b, " -> \"%s\"", all[c]->name);
            } while (c != i);
            put(&b, "\n");
        }
    }
    free(holder);
    free(all);
    if (b.failed) {
        free(b.s);
        return NULL;
    }
    return b.s;
}

_Noreturn void gt_deadlock_exit(Interp *in, char *text) {
    // The program's own output first, then the report, as a program that ends would. The
    // watchdog runs no Python code and uses no thread's state: it writes the buffers out.
    gt_sys_flush_std_nogil(in);
    fflush(stdout);
    fputs(text ? text : "gilt: deadlock: every thread is blocked for ever\n", stderr);
    free(text);
    gt_gil_final_reports(in->main_thread);
    fflush(stderr);
    _exit(1);
}
