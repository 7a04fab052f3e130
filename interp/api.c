// api.c - the public embedding API (include/gilt.h) over the internal one. Every function
// here is a boundary: it must leave no exception pending and never exit the process.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compile.h"
#include "core.h"
#include "gil.h"
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

void gilt_interrupt(gilt_State *G) {
    TS *ts = G->interp->main_thread;
    gt_vm_request(ts, BRK_SIGNAL);
}

void gilt_flush(gilt_State *G) {
    gt_sys_flush_std(G);
}

// A plain line-reading prompt (the readline REPL with teaching commands is repl.c's job, to
// come): statements are collected until they compile, expression values are echoed.
int gilt_repl(gilt_State *G) {
    Value mainv = gt_dict_get_str(G->interp->modules, NM(G, __main__));
    Module *m;
    if (IS_MODULE(mainv)) {
        m = (Module *)AS_OBJ(mainv);
    } else {
        m = gt_module_new(G, NM(G, __main__));
        if (!m)
            return 1;
        gt_dict_set_str(G, G->interp->modules, NM(G, __main__), v_obj(m));
    }
    gt_push(G, v_obj(m));
    char line[4096];
    size_t cap = 4096, len = 0;
    char *buf = malloc(cap);
    int status = 0;
    if (!buf)
        return 1;
    for (;;) {
        fputs(len ? "... " : ">>> ", stdout);
        fflush(stdout);
        if (!fgets(line, sizeof line, stdin)) {
            fputc('\n', stdout);
            break;
        }
        size_t n = strlen(line);
        if (len + n + 1 > cap) {
            char *nb = realloc(buf, cap * 2 + n);
            if (!nb)
                break;
            buf = nb;
            cap = cap * 2 + n;
        }
        memcpy(buf + len, line, n);
        len += n;
        buf[len] = 0;
        bool blank = strspn(line, " \t\r\n") == n;
        bool incomplete = false;
        Code *co = gt_compile(G, buf, len, "<stdin>", PARSE_SINGLE, &incomplete);
        if (!co && incomplete && !blank)
            continue;
        if (!co && incomplete) {
            // A blank line ends the block; compile once more as a complete statement.
            co = gt_compile(G, buf, len, "<stdin>", PARSE_FILE, NULL);
        }
        len = 0;
        if (!co) {
            if (gt_err_occurred(G))
                gt_print_exception(G, gt_err_fetch(G), stderr);
            continue;
        }
        gt_push(G, v_obj(co));
        Value r = gt_vm_run_module(G, co, m->dict, m->dict);
        gt_popn(G, 1);
        gt_sys_flush_std(G);
        if (IS_ERR(r)) {
            Value e = gt_err_fetch(G);
            if (gt_is_instance(G, e, EXC(G, SystemExit))) {
                status = gt_handle_uncaught(G, e);
                break;
            }
            gt_print_exception(G, e, stderr);
        }
    }
    free(buf);
    gt_popn(G, 1);
    gt_interp_shutdown(G);
    return status;
}
