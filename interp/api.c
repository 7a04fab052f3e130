// api.c - the public embedding API (include/gilt.h) over the internal one. Every function
// here is a boundary: it must leave no exception pending and never exit the process.
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compile.h"
#include "core.h"
#include "dis.h"
#include "gil.h"
#include "trace.h"
#include "gilt.h"
#include "interp.h"
#include "sysmod.h"

gilt_State *gilt_open(void) {
    return gt_interp_new();
}

void gilt_close(gilt_State *G) {
    if (!G)
        return;
    gt_sys_flush_std(G);
    gt_interp_free(G->interp);
}

int gilt_configure(gilt_State *G, const char *option, const char *value) {
    Interp *in = G->interp;
    if (strcmp(option, "preempt") == 0) {
        PreemptMode mode;
        int ticks = in->preempt_ticks;
        if (!gt_preempt_parse(value, &mode, &ticks))
            return GILT_ERRRUN;
        in->preempt_mode = (int)mode;
        in->preempt_ticks = ticks;
        for (TS *t = in->threads; t; t = t->next)
            t->ticks_left = ticks;
        return GILT_OK;
    }
    if (strcmp(option, "switch-interval") == 0) {
        char *end;
        double d = strtod(value, &end);
        if (*end || !(d > 0) || d > 1e6)
            return GILT_ERRRUN;
        gt_gil_set_interval(in->gil, d);
        return GILT_OK;
    }
    if (strcmp(option, "gil") == 0) {
        GilPolicy p;
        if (!gt_gil_policy_parse(value, &p))
            return GILT_ERRRUN;
        gt_gil_set_policy(in->gil, p);
        return GILT_OK;
    }
    if (strcmp(option, "gil-stats") == 0) {
        in->report_stats = strcmp(value, "0") != 0;
        return GILT_OK;
    }
    if (strcmp(option, "timeline") == 0 || strcmp(option, "trace") == 0) {
        if (!in->trace) {
            // GILT_TRACE_EVENTS sets the ring buffer's size (at least 16 events).
            const char *env = getenv("GILT_TRACE_EVENTS");
            long cap = env ? strtol(env, NULL, 10) : 0;
            if (cap < 16 || cap > (1L << 28))
                cap = GT_TRACE_DEFAULT_EVENTS;
            if (!(in->trace = gt_trace_new((uint32_t)cap)))
                return GILT_ERRMEM;
            // Threads already running (the main one) start their first span now.
            for (ThreadInfo *ti = gt_thread_infos(in); ti; ti = ti->next)
                gt_trace_state(in->trace, gt_gil_now(in), ti->index, (Activity)ti->activity);
        }
        if (option[1] == 'i') {
            in->report_timeline = strcmp(value, "0") != 0;
        } else {
            free(in->trace_path);
            if (!(in->trace_path = strdup(value)))
                return GILT_ERRMEM;
        }
        return GILT_OK;
    }
    if (strcmp(option, "deterministic") == 0) {
        // Only before the program starts: the scheduler must see every thread from its start.
        char *end;
        unsigned long long seed = *value ? strtoull(value, &end, 10) : 0;
        if (*value && (*end || value[0] == '-'))
            return GILT_ERRRUN;
        if (in->threads != G || G->next)
            return GILT_ERRRUN;
        gt_det_enable(G, (uint64_t)seed);
        return GILT_OK;
    }
    return GILT_ERRRUN;
}

void gilt_setargv(gilt_State *G, int argc, char **argv) {
    gt_interp_set_argv(G, argc, argv);
    gt_err_clear(G);
}

int gilt_runstring(gilt_State *G, const char *src, const char *chunkname) {
    return gt_run_string(G, src, strlen(src), chunkname ? chunkname : "<string>");
}

int gilt_runfile(gilt_State *G, const char *path) {
    return gt_run_file(G, path);
}

int gilt_runmodule(gilt_State *G, const char *modname) {
    return gt_run_module(G, modname);
}

int gilt_dostring(gilt_State *G, const char *src, const char *chunkname) {
    const char *name = chunkname ? chunkname : "<string>";
    gt_register_source(G, name, src, strlen(src));
    Value mainv = gt_dict_get_str(G->interp->modules, NM(G, __main__));
    Module *m;
    if (IS_MODULE(mainv)) {
        m = (Module *)AS_OBJ(mainv);
    } else {
        m = gt_module_new(G, NM(G, __main__));
        if (!m) {
            gt_err_clear(G);
            return GILT_ERRMEM;
        }
        gt_dict_set_str(G, G->interp->modules, NM(G, __main__), v_obj(m));
    }
    gt_push(G, v_obj(m));
    Code *co = gt_compile(G, src, strlen(src), name, PARSE_FILE, NULL);
    int status = GILT_OK;
    if (!co) {
        gt_print_exception(G, gt_err_fetch(G), stderr);
        status = GILT_ERRSYNTAX;
    } else {
        gt_push(G, v_obj(co));
        Value r = gt_vm_run_module(G, co, m->dict, m->dict);
        gt_popn(G, 1);
        if (IS_ERR(r)) {
            gt_print_exception(G, gt_err_fetch(G), stderr);
            status = GILT_ERRRUN;
        }
    }
    gt_popn(G, 1);
    gt_sys_flush_std(G);
    return status;
}

int gilt_disfile(gilt_State *G, const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        int err = errno;
        fprintf(stderr, "gilt: can't open file '%s': [Errno %d] %s\n", path, err, strerror(err));
        return 2;
    }
    size_t cap = 65536, len = 0;
    char *src = malloc(cap);
    while (src) {
        len += fread(src + len, 1, cap - len - 1, f);
        if (len + 1 < cap)
            break;
        char *bigger = realloc(src, cap * 2);
        if (!bigger)
            free(src);
        src = bigger;
        cap *= 2;
    }
    bool read_error = ferror(f) != 0;
    fclose(f);
    if (!src || read_error) {
        free(src);
        fprintf(stderr, "gilt: can't read file '%s'\n", path);
        return 2;
    }
    src[len] = 0;
    // Registered so that a syntax error can quote its line, as when running the file.
    gt_register_source(G, path, src, len);
    int status = gt_dis_source(G, src, len, path);
    free(src);
    gt_err_clear(G);
    return status;
}

void gilt_interrupt(gilt_State *G) {
    TS *ts = G->interp->main_thread;
    gt_vm_request(ts, BRK_SIGNAL);
}

void gilt_flush(gilt_State *G) {
    gt_sys_flush_std(G);
}

// gilt_repl is in repl.c.
