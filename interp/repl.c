// repl.c - the interactive prompt (gilt_repl): Python's interactive rules, GNU readline (line
// editing, history in ~/.gilt_history, tab completion), threads that keep running and printing
// while the prompt waits, and the teaching commands (:threads, :gil, :timeline, :dis, :set).
//
// Notes
// - The prompt waits with the GIL released (an I/O wait), so background threads run.
// - readline is not thread-safe, so only the main thread touches it. While the prompt waits,
//   text other threads print to the terminal does not go straight out: the console hook
//   (mod_sys.c) hands it to on_console_text, which queues it and wakes the main thread through
//   a pipe. The main thread, waiting in select() on the terminal and that pipe, clears the line
//   being typed, prints the text, and draws the prompt and the line again (show_pending). So
//   output appears above the prompt and never in the middle of what the user types.
// - readline's "callback" interface lets the main thread do that: it feeds readline one
//   character at a time (rl_callback_read_char) when select() says the terminal has input.
// - Ctrl-C: the signal handler (main.c) sets the main thread's BRK_SIGNAL bit and interrupts
//   select(). At the prompt, the line is dropped ("KeyboardInterrupt", a fresh prompt); while
//   code runs, the VM raises KeyboardInterrupt and its traceback is printed.
// - Without readline (or a build with -Dreadline=disabled) the same loop reads plain lines.
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <sys/stat.h>
#include <unistd.h>

#include "compile.h"
#include "core.h"
#include "deadlock.h"
#include "gil.h"
#include "gilt.h"
#include "interp.h"
#include "report.h"
#include "sysmod.h"
#include "threads.h"
#include "trace.h"
#include "vm.h"

#ifdef GILT_HAVE_READLINE
// readline's old typedef `Function` would clash with gilt's Function object type.
#define _FUNCTION_DEF
#include <readline/history.h>
#include <readline/readline.h>
#endif

static const char help_text[] =
    "gilt's teaching commands (Python code is typed as usual):\n"
    "  :help               this list\n"
    "  :threads            every thread: name, ident, daemon, what it is doing (running,\n"
    "                      waiting for the GIL, sleeping, blocked on which lock/queue/...\n"
    "                      created where) and the locks it holds\n"
    "  :gil [reset]        the GIL statistics since the start (or since :gil reset)\n"
    "  :timeline [SECONDS] who held the GIL when, over the last SECONDS (default: all)\n"
    "  :dis NAME           the bytecode of a function (or class, method, code object)\n"
    "  :set switch=S       the switch interval in seconds (sys.setswitchinterval)\n"
    "  :set preempt=MODE   where threads may switch: every, cpython, ticks:N\n"
    "  :set gil=POLICY     who gets the GIL next: new, legacy, fifo, io\n"
    "  :set                show the current settings\n"
    "Ctrl-C cancels the line (or interrupts running code); Ctrl-D or exit() leaves.\n";

// ---- Output of other threads while the prompt waits ----

static pthread_mutex_t pending_mutex = PTHREAD_MUTEX_INITIALIZER;
static char *pending;
static size_t pending_len, pending_cap;
static int wake_pipe[2] = {-1, -1};

static bool on_console_text(int fd, const char *p, size_t n) {
    (void)fd;
    pthread_mutex_lock(&pending_mutex);
    if (pending_len + n > pending_cap) {
        size_t cap = (pending_cap ? pending_cap * 2 : 4096) + n;
        char *np = realloc(pending, cap);
        if (!np) {
            pthread_mutex_unlock(&pending_mutex);
            return false; // let it be written as usual
        }
        pending = np;
        pending_cap = cap;
    }
    memcpy(pending + pending_len, p, n);
    pending_len += n;
    pthread_mutex_unlock(&pending_mutex);
    char c = 1;
    ssize_t r = write(wake_pipe[1], &c, 1);
    (void)r; // a full pipe already means "wake up"
    return true;
}

static void write_all_fd(int fd, const char *p, size_t n) {
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            return;
        }
        p += w;
        n -= (size_t)w;
    }
}

// Print the queued text above the prompt (main thread only).
static void show_pending(bool redraw) {
    char buf[64];
    while (read(wake_pipe[0], buf, sizeof buf) > 0) {
    }
    pthread_mutex_lock(&pending_mutex);
    char *text = pending;
    size_t n = pending_len;
    pending = NULL;
    pending_len = pending_cap = 0;
    pthread_mutex_unlock(&pending_mutex);
    if (!n) {
        free(text);
        return;
    }
#ifdef GILT_HAVE_READLINE
    if (redraw) {
        // Clear the line being typed, print, then draw the prompt and the line again.
        int point = rl_point;
        char *line = rl_copy_text(0, rl_end);
        rl_save_prompt();
        rl_replace_line("", 0);
        rl_redisplay();
        fputs("\r\033[K", rl_outstream);
        fflush(rl_outstream);
        write_all_fd(1, text, n);
        if (text[n - 1] != '\n')
            write_all_fd(1, "\n", 1);
        rl_restore_prompt();
        rl_replace_line(line ? line : "", 0);
        rl_point = point;
        rl_forced_update_display();
        free(line);
        free(text);
        return;
    }
#else
    (void)redraw;
#endif
    write_all_fd(1, text, n);
    free(text);
}

// ---- Reading a line ----

#ifdef GILT_HAVE_READLINE
static char *got_line;
static bool got_eof, got_any;

static void on_line(char *line) {
    got_any = true;
    got_line = line;
    got_eof = line == NULL;
    // Stop readline from printing the prompt again before we are ready.
    rl_callback_handler_remove();
}
#endif

static bool signal_pending(TS *ts) {
    return atomic_load_explicit(&ts->breaker, memory_order_relaxed) & BRK_SIGNAL;
}

static void clear_signal(TS *ts) {
    atomic_fetch_and(&ts->breaker, ~(uint32_t)BRK_SIGNAL);
}

typedef enum { READ_LINE, READ_EOF, READ_INTERRUPT } ReadResult;

// Wait until the terminal has input or other threads have output (the pipe). The timeout
// bounds how late a Ctrl-C is seen when it arrives just before select() starts waiting.
static int wait_input(fd_set *fds) {
    FD_ZERO(fds);
    FD_SET(0, fds);
    if (wake_pipe[0] >= 0)
        FD_SET(wake_pipe[0], fds);
    struct timeval tv = {0, 100000};
    return select((wake_pipe[0] > 0 ? wake_pipe[0] : 0) + 1, fds, NULL, NULL, &tv);
}

// Read one line with the prompt shown; the GIL is released meanwhile. *out is malloc'd.
static ReadResult read_line(TS *ts, const char *prompt, bool use_readline, char **out) {
    *out = NULL;
    ReadResult res = READ_LINE;
    gt_sys_flush_std(ts);
    fflush(stdout);
    gt_sys_set_console_hook(on_console_text);
    gt_block_begin(ts, ACT_IO, NULL, false);
#ifdef GILT_HAVE_READLINE
    if (use_readline) {
        got_any = got_eof = false;
        got_line = NULL;
        rl_callback_handler_install(prompt, on_line);
        while (!got_any) {
            if (signal_pending(ts)) {
                res = READ_INTERRUPT;
                break;
            }
            fd_set fds;
            if (wait_input(&fds) < 0)
                continue; // EINTR: Ctrl-C is looked at above
            if (wake_pipe[0] >= 0 && FD_ISSET(wake_pipe[0], &fds))
                show_pending(true);
            if (FD_ISSET(0, &fds))
                rl_callback_read_char();
        }
        if (res == READ_INTERRUPT) {
            rl_callback_sigcleanup();
            rl_callback_handler_remove();
            rl_replace_line("", 0);
            fputs("\n", rl_outstream);
            fflush(rl_outstream);
        } else if (got_eof) {
            res = READ_EOF;
        } else {
            *out = got_line;
        }
    } else
#endif
    {
        (void)use_readline;
        fputs(prompt, stdout);
        fflush(stdout);
        size_t cap = 256, len = 0;
        char *buf = malloc(cap);
        for (;;) {
            if (signal_pending(ts)) {
                res = READ_INTERRUPT;
                fputc('\n', stdout);
                break;
            }
            fd_set fds;
            if (wait_input(&fds) < 0)
                continue;
            if (wake_pipe[0] >= 0 && FD_ISSET(wake_pipe[0], &fds))
                show_pending(false);
            if (!FD_ISSET(0, &fds))
                continue;
            char c;
            ssize_t r = read(0, &c, 1);
            if (r < 0 && errno == EINTR)
                continue;
            if (r <= 0) {
                if (len == 0) {
                    res = READ_EOF;
                    break;
                }
                c = '\n';
            }
            if (c == '\n')
                break;
            if (buf && len + 2 > cap) {
                char *nb = realloc(buf, cap * 2);
                if (!nb) {
                    free(buf);
                    buf = NULL;
                }
                buf = nb;
                cap *= 2;
            }
            if (buf)
                buf[len++] = c;
        }
        if (buf)
            buf[len] = 0;
        else if (res == READ_LINE)
            res = READ_EOF; // out of memory: leave rather than lose the line silently
        if (res == READ_LINE)
            *out = buf;
        else
            free(buf);
    }
    gt_sys_set_console_hook(NULL);
    gt_block_end(ts);
    show_pending(false); // anything that came in the last instant
    if (res == READ_INTERRUPT) {
        clear_signal(ts);
        fputs("KeyboardInterrupt\n", stdout);
        fflush(stdout);
    }
    return res;
}

// ---- Tab completion ----

#ifdef GILT_HAVE_READLINE
static TS *complete_ts;
static Dict *complete_globals;
static char **matches;
static size_t nmatches, capmatches;

static const char *const keywords[] = {
    "False", "None",     "True",  "and",    "as",   "assert", "async",  "await",    "break",
    "class", "continue", "def",   "del",    "elif", "else",   "except", "finally",  "for",
    "from",  "global",   "if",    "import", "in",   "is",     "lambda", "nonlocal", "not",
    "or",    "pass",     "raise", "return", "try",  "while",  "with",   "yield",
};

static void add_match(const char *prefix, const char *name, bool call) {
    for (size_t i = 0; i < nmatches; i++)
        if (strncmp(matches[i] + strlen(prefix), name, strlen(name)) == 0 &&
            matches[i][strlen(prefix) + strlen(name)] <= '(')
            return; // already there (a global shadowing a builtin)
    if (nmatches + 1 >= capmatches) {
        size_t cap = capmatches ? capmatches * 2 : 64;
        char **nm = realloc(matches, cap * sizeof(char *));
        if (!nm)
            return;
        matches = nm;
        capmatches = cap;
    }
    size_t n = strlen(prefix) + strlen(name) + 2;
    char *m = malloc(n);
    if (!m)
        return;
    snprintf(m, n, "%s%s%s", prefix, name, call ? "(" : "");
    matches[nmatches++] = m;
}

static void add_dict_names(TS *ts, Dict *d, const char *prefix, const char *start) {
    uint32_t pos = 0;
    Value k, v;
    size_t len = strlen(start);
    while (gt_dict_next(d, &pos, &k, &v)) {
        if (!IS_STR(k) || strncmp(STR_VAL(k)->data, start, len) != 0)
            continue;
        // Private names only when asked for.
        if (STR_VAL(k)->data[0] == '_' && start[0] != '_')
            continue;
        add_match(prefix, STR_VAL(k)->data, gt_callable(ts, v) && !IS_TYPE(v));
    }
}

// Look up a dotted name ("os.path") in the program's namespace, with the GIL held.
static Value resolve(TS *ts, const char *expr, size_t len) {
    const char *p = expr, *end = expr + len;
    const char *dot = memchr(p, '.', len);
    size_t n = dot ? (size_t)(dot - p) : len;
    char name[256];
    if (n == 0 || n >= sizeof name)
        return V_NULL;
    memcpy(name, p, n);
    name[n] = 0;
    Value v = gt_dict_get_cstr(ts, complete_globals, name);
    if (IS_NULL(v) || IS_ERR(v))
        v = gt_dict_get_cstr(ts, ts->interp->builtins, name);
    while (!IS_NULL(v) && !IS_ERR(v) && dot && dot < end) {
        p = dot + 1;
        dot = memchr(p, '.', (size_t)(end - p));
        n = dot ? (size_t)(dot - p) : (size_t)(end - p);
        if (n == 0 || n >= sizeof name)
            return V_NULL;
        memcpy(name, p, n);
        name[n] = 0;
        Str *s = gt_str_from_cstr(ts, name);
        v = s ? gt_getattr(ts, v, s) : V_ERR;
    }
    if (IS_ERR(v)) {
        gt_err_clear(ts);
        return V_NULL;
    }
    return v;
}

static void collect(const char *text) {
    TS *ts = complete_ts;
    for (size_t i = 0; i < nmatches; i++)
        free(matches[i]);
    nmatches = 0;
    const char *dot = strrchr(text, '.');
    if (dot) {
        // Attributes: evaluate the dotted name before the last dot (names only, no calls).
        for (const char *c = text; c < dot; c++)
            if (!(*c == '.' || *c == '_' || (*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') ||
                  (*c >= '0' && *c <= '9')))
                return;
        Value obj = resolve(ts, text, (size_t)(dot - text));
        if (IS_NULL(obj) || !gt_push(ts, obj))
            return;
        Value dir = gt_dict_get_cstr(ts, ts->interp->builtins, "dir");
        Value names = IS_NULL(dir) || IS_ERR(dir) ? V_ERR : gt_call1(ts, dir, obj);
        if (IS_ERR(names) || !IS_LIST(names)) {
            gt_err_clear(ts);
            gt_popn(ts, 1);
            return;
        }
        gt_push(ts, names);
        char prefix[512];
        size_t plen = (size_t)(dot - text) + 1;
        if (plen >= sizeof prefix) {
            gt_popn(ts, 2);
            return;
        }
        memcpy(prefix, text, plen);
        prefix[plen] = 0;
        const char *start = dot + 1;
        List *l = LIST_VAL(names);
        for (uint32_t i = 0; i < l->len; i++) {
            Value nm = l->items[i];
            if (!IS_STR(nm) || strncmp(STR_VAL(nm)->data, start, strlen(start)) != 0)
                continue;
            if (STR_VAL(nm)->data[0] == '_' && start[0] != '_')
                continue;
            Value a = gt_getattr(ts, obj, STR_VAL(nm));
            bool call = !IS_ERR(a) && gt_callable(ts, a) && !IS_TYPE(a);
            if (IS_ERR(a))
                gt_err_clear(ts);
            add_match(prefix, STR_VAL(nm)->data, call);
        }
        gt_popn(ts, 2);
        return;
    }
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
        if (strncmp(keywords[i], text, strlen(text)) == 0)
            add_match("", keywords[i], false);
    add_dict_names(ts, complete_globals, "", text);
    add_dict_names(ts, ts->interp->builtins, "", text);
}

static char *next_match(const char *text, int state) {
    static size_t i;
    if (state == 0) {
        // readline calls this with the GIL released (the prompt is waiting): take it to look
        // at the program's objects.
        gt_block_end(complete_ts);
        collect(text);
        gt_block_begin(complete_ts, ACT_IO, NULL, false);
        i = 0;
    }
    return i < nmatches ? strdup(matches[i++]) : NULL;
}

static char **complete(const char *text, int start, int end) {
    (void)end;
    rl_attempted_completion_over = 1; // never complete file names
    // Tab at the start of a line indents, as in CPython's REPL.
    bool blank = true;
    for (int i = 0; i < start; i++)
        if (rl_line_buffer[i] != ' ' && rl_line_buffer[i] != '\t')
            blank = false;
    if (blank && text[0] == 0) {
        rl_insert_text("    ");
        return NULL;
    }
    rl_completion_append_character = '\0';
    return rl_completion_matches(text, next_match);
}
#endif

// ---- Teaching commands ----

static void cmd_threads(TS *ts) {
    Interp *in = ts->interp;
    int alive = 0;
    for (ThreadInfo *ti = gt_thread_infos(in); ti; ti = ti->next)
        if (ti->ts)
            alive++;
    printf("%d thread%s alive:\n", alive, alive == 1 ? "" : "s");
    for (ThreadInfo *ti = gt_thread_infos(in); ti; ti = ti->next) {
        if (!ti->ts)
            continue;
        Activity a = (Activity)atomic_load(&ti->activity);
        const char *state = ti->ts == ts ? "running (this prompt)" : gt_activity_name(a);
        if (ti->ts != ts && a == ACT_SLEEP)
            state = "sleeping";
        else if (ti->ts != ts && a >= ACT_LOCK && a <= ACT_FUTURE)
            state = "blocked";
        printf("  %s  ident %llu%s%s: %s", ti->name, (unsigned long long)ti->ident,
               ti->index == 0 ? ", main" : "", ti->daemon ? ", daemon" : "", state);
        if (ti->ts != ts && a >= ACT_SLEEP && a < ACT_DONE) {
            char *d = gt_thread_describe(in, ti);
            fputs(d ? d : "\n", stdout);
            free(d);
        } else {
            fputc('\n', stdout);
        }
        // The locks it holds: every taken lock in the heap whose last taker is this thread.
        for (size_t i = 0; i < in->nobjects; i++) {
            Obj *o = in->objects[i];
            const char *kind, *site;
            uint64_t owner;
            if (o && gt_lock_made_by_program(o) && gt_lock_describe(o, &kind, &site, &owner) &&
                owner == ti->ident)
                printf("    holds %s %s%s%s\n", kind[0] == 'R' ? "an" : "a", kind,
                       *site ? " created at " : "", site);
        }
    }
}

static void cmd_dis(TS *ts, Dict *globals, const char *arg) {
    if (!*arg) {
        puts("usage: :dis NAME (a function, class, method or code object)");
        return;
    }
    Code *co = gt_compile(ts, arg, strlen(arg), "<dis>", PARSE_EVAL, NULL);
    Value r = V_ERR;
    if (co) {
        gt_push(ts, v_obj(co));
        Value obj = gt_vm_run_module(ts, co, globals, globals);
        if (!IS_ERR(obj) && gt_push(ts, obj)) {
            Value mod = gt_import_module(ts, "dis");
            Value fn =
                IS_MODULE(mod) ? gt_dict_get_cstr(ts, ((Module *)AS_OBJ(mod))->dict, "dis") : V_ERR;
            r = IS_ERR(fn) || IS_NULL(fn) ? V_ERR : gt_call1(ts, fn, obj);
            gt_popn(ts, 1);
        }
        gt_popn(ts, 1);
    }
    if (IS_ERR(r) && gt_err_occurred(ts))
        gt_print_exception(ts, gt_err_fetch(ts), stderr);
}

static void show_settings(TS *ts) {
    Interp *in = ts->interp;
    char buf[32];
    const char *pre = gt_preempt_name(in, buf, sizeof buf);
    printf("switch=%g preempt=%s gil=%s%s\n", gt_gil_get_interval(in->gil), pre,
           gt_gil_policy_name(gt_gil_policy(in->gil)), in->deterministic ? " (deterministic)" : "");
}

static void cmd_set(TS *ts, const char *arg) {
    if (!*arg) {
        show_settings(ts);
        return;
    }
    const char *eq = strchr(arg, '=');
    if (!eq) {
        puts("usage: :set switch=SECONDS | preempt=every|cpython|ticks:N | gil=new|legacy|fifo|io");
        return;
    }
    size_t klen = (size_t)(eq - arg);
    const char *v = eq + 1;
    int rc = GILT_ERRRUN;
    const char *what = "setting";
    if (klen == 6 && strncmp(arg, "switch", 6) == 0) {
        what = "switch interval (seconds, greater than 0)";
        rc = gilt_configure(ts, "switch-interval", v);
    } else if (klen == 7 && strncmp(arg, "preempt", 7) == 0) {
        what = "preempt mode (every, cpython, ticks or ticks:N)";
        rc = gilt_configure(ts, "preempt", v);
    } else if (klen == 3 && strncmp(arg, "gil", 3) == 0) {
        what = "GIL policy (new, legacy, fifo or io)";
        if (ts->interp->deterministic)
            what = "GIL policy: it cannot change in deterministic mode";
        else
            rc = gilt_configure(ts, "gil", v);
    } else {
        printf("unknown setting '%.*s' (switch, preempt or gil)\n", (int)klen, arg);
        return;
    }
    if (rc != GILT_OK)
        printf("invalid %s: '%s'\n", what, v);
    else
        show_settings(ts);
}

// A line starting with ':' at the primary prompt. Output goes to stdout.
static void run_command(TS *ts, Dict *globals, const char *line) {
    const char *p = line + 1;
    while (*p == ' ')
        p++;
    char name[32];
    size_t n = strcspn(p, " \t");
    if (n >= sizeof name)
        n = sizeof name - 1;
    memcpy(name, p, n);
    name[n] = 0;
    const char *arg = p + strcspn(p, " \t");
    while (*arg == ' ' || *arg == '\t')
        arg++;
    char argbuf[512];
    snprintf(argbuf, sizeof argbuf, "%s", arg);
    for (size_t k = strlen(argbuf); k > 0 && (argbuf[k - 1] == ' ' || argbuf[k - 1] == '\t');)
        argbuf[--k] = 0;
    gt_sys_flush_std(ts);
    if (strcmp(name, "help") == 0 || strcmp(name, "h") == 0) {
        fputs(help_text, stdout);
    } else if (strcmp(name, "threads") == 0) {
        cmd_threads(ts);
    } else if (strcmp(name, "gil") == 0) {
        if (strcmp(argbuf, "reset") == 0) {
            gt_gil_stats_reset(ts);
            puts("GIL statistics reset");
        } else {
            gt_gil_print_stats(ts, stdout);
        }
    } else if (strcmp(name, "timeline") == 0) {
        char *end;
        double s = *argbuf ? strtod(argbuf, &end) : 0;
        if (*argbuf && (*end || !(s >= 0)))
            puts("usage: :timeline [SECONDS]");
        else
            gt_gil_print_timeline(ts, stdout, s);
    } else if (strcmp(name, "dis") == 0) {
        cmd_dis(ts, globals, argbuf);
    } else if (strcmp(name, "set") == 0) {
        cmd_set(ts, argbuf);
    } else {
        printf("unknown command ':%s' (:help lists them)\n", name);
    }
    fflush(stdout);
}

// ---- The loop ----

static char *history_path(void) {
    const char *home = getenv("HOME");
    if (!home || !*home)
        return NULL;
    size_t n = strlen(home) + 32;
    char *p = malloc(n);
    if (p)
        snprintf(p, n, "%s/.gilt_history", home);
    return p;
}

int gilt_repl(gilt_State *G) {
    TS *ts = G;
    Value mainv = gt_dict_get_str(ts->interp->modules, NM(ts, __main__));
    Module *m;
    if (IS_MODULE(mainv)) {
        m = (Module *)AS_OBJ(mainv);
    } else {
        m = gt_module_new(ts, NM(ts, __main__));
        if (!m)
            return 1;
        gt_dict_set_str(ts, ts->interp->modules, NM(ts, __main__), v_obj(m));
    }
    gt_push(ts, v_obj(m));
    // Record what threads do, so that :timeline can draw it.
    gilt_configure(G, "timeline", "0");
    if (wake_pipe[0] < 0 && pipe(wake_pipe) == 0) {
        for (int i = 0; i < 2; i++)
            fcntl(wake_pipe[i], F_SETFL, fcntl(wake_pipe[i], F_GETFL) | O_NONBLOCK);
    }
    bool use_readline = false;
    char *hist = history_path();
#ifdef GILT_HAVE_READLINE
    use_readline = isatty(0) && isatty(1);
    if (use_readline) {
        rl_readline_name = "gilt";
        rl_catch_signals = 0;
        // Pasted code must arrive line by line, as typed (each line is compiled on its own).
        rl_variable_bind("enable-bracketed-paste", "off");
        rl_attempted_completion_function = complete;
        rl_completer_word_break_characters = " \t\n`~!@#$%^&*()-=+[{]}\\|;:'\",<>/?";
        complete_ts = ts;
        complete_globals = m->dict;
        stifle_history(1000);
        if (hist)
            read_history(hist);
    }
#endif
    size_t cap = 4096, len = 0;
    char *buf = malloc(cap);
    int status = 0;
    while (buf) {
        char *line;
        ReadResult rr = read_line(ts, len ? "... " : ">>> ", use_readline, &line);
        if (rr == READ_INTERRUPT) {
            len = 0;
            continue;
        }
        if (rr == READ_EOF) {
            fputc('\n', stdout);
            break;
        }
        size_t n = strlen(line);
#ifdef GILT_HAVE_READLINE
        if (use_readline && n && strspn(line, " \t") < n) {
            HIST_ENTRY *last =
                history_length ? history_get(history_base + history_length - 1) : NULL;
            if (!last || strcmp(last->line, line) != 0)
                add_history(line);
        }
#endif
        if (len == 0 && line[strspn(line, " \t")] == ':') {
            run_command(ts, m->dict, line + strspn(line, " \t"));
            free(line);
            continue;
        }
        if (len + n + 2 > cap) {
            char *nb = realloc(buf, cap * 2 + n);
            if (!nb) {
                free(line);
                break;
            }
            buf = nb;
            cap = cap * 2 + n;
        }
        memcpy(buf + len, line, n);
        len += n;
        buf[len++] = '\n';
        buf[len] = 0;
        bool blank = strspn(line, " \t\r") == n;
        free(line);
        bool incomplete = false;
        Code *co = gt_compile(ts, buf, len, "<stdin>", PARSE_SINGLE, &incomplete);
        if (!co && incomplete && !blank) {
            gt_err_clear(ts);
            continue;
        }
        if (!co && incomplete) {
            // A blank line ends the block; compile once more as a complete statement.
            gt_err_clear(ts);
            co = gt_compile(ts, buf, len, "<stdin>", PARSE_FILE, NULL);
        }
        len = 0;
        if (!co) {
            if (gt_err_occurred(ts))
                gt_print_exception(ts, gt_err_fetch(ts), stderr);
            continue;
        }
        gt_push(ts, v_obj(co));
        Value r = gt_vm_run_module(ts, co, m->dict, m->dict);
        gt_popn(ts, 1);
        // Take the exception before flushing the output (a flush must not lose it).
        Value e = IS_ERR(r) ? gt_err_fetch(ts) : V_NONE;
        if (!gt_push(ts, e)) {
            gt_err_clear(ts);
            continue;
        }
        gt_sys_flush_std(ts);
        if (IS_ERR(r) && gt_is_instance(ts, e, EXC(ts, SystemExit))) {
            status = gt_handle_uncaught(ts, e);
            gt_popn(ts, 1);
            break;
        }
        if (IS_ERR(r))
            gt_print_exception_to_stderr(ts, e);
        gt_popn(ts, 1);
        // A Ctrl-C that came after the code ended belongs to no one.
        clear_signal(ts);
    }
    free(buf);
#ifdef GILT_HAVE_READLINE
    // Not when the file exists and is not writable: readline would replace it anyway (it
    // writes a temporary file and renames it). "Not writable" goes by the permission bits, so
    // that a read-only file stays untouched even for root (whom access() lets write anything).
    // A directory that is not writable makes write_history fail quietly.
    struct stat st;
    bool exists = hist && stat(hist, &st) == 0;
    bool writable = exists && access(hist, W_OK) == 0 &&
                    (st.st_mode & (st.st_uid == getuid() ? S_IWUSR : (S_IWGRP | S_IWOTH)));
    if (use_readline && hist && (!exists || writable))
        write_history(hist);
#endif
    free(hist);
    gt_popn(ts, 1);
    gt_interp_shutdown(ts);
    return status;
}
