// main.c - the `gilt` command: `gilt [options] FILE [args]`, `gilt -c CODE`, `gilt -m MODULE`,
// `gilt -` (program from stdin), and with no program a prompt (or, when stdin is not a
// terminal, the program read from stdin, as python3 does). Uses only the public API.
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gilt.h"

static const char usage_line[] =
    "usage: gilt [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";

static const char help_text[] =
    "Options:\n"
    "-c cmd : program passed in as string (terminates option list)\n"
    "-h     : print this help message and exit (also -? or --help)\n"
    "-m mod : run library module as a script (terminates option list)\n"
    "-u     : unbuffered stdout and stderr (accepted for compatibility)\n"
    "-V     : print the gilt version number and exit (also --version)\n"
    "--preempt=MODE : where a thread switch may happen: every (default: between any two\n"
    "         bytecode instructions), cpython (function entry, backward jumps, after calls,\n"
    "         like CPython 3.10+), ticks:N (a check every N instructions, like Python 2)\n"
    "         [env GILT_PREEMPT]\n"
    "--dis  : print the program's bytecode (dis layout: line, offset, instruction,\n"
    "         argument) instead of running it: `gilt --dis file`\n"
    "--switch-interval=SECONDS : how long a thread waits for the GIL before asking the\n"
    "         holder to drop it (default 0.005, as sys.setswitchinterval)\n"
    "--gil=POLICY : who gets the GIL next: new (default, CPython 3.2+), legacy (Python 2),\n"
    "         fifo (the longest waiter), io (threads back from I/O first)\n"
    "--gil-stats : print the GIL statistics (switches, time running and waiting per\n"
    "         thread) on stderr at exit\n"
    "--trace=FILE.json : record what every thread does and write a Chrome trace file\n"
    "         (chrome://tracing, ui.perfetto.dev) at exit\n"
    "--timeline : draw who held the GIL when, in the terminal (stderr), at exit\n"
    "--deterministic[=SEED] : run threads one at a time in an order chosen by SEED (default\n"
    "         0), with virtual time: the same output on every run\n"
    "file   : program read from script file\n"
    "-      : program read from stdin (default; interactive mode if a tty)\n"
    "arg ...: arguments passed to program in sys.argv[1:]\n";

static gilt_State *main_state;

// Ctrl-C: ask the main thread's eval loop to raise KeyboardInterrupt at its next instruction.
static void on_sigint(int sig) {
    (void)sig;
    if (main_state)
        gilt_interrupt(main_state);
}

static char *read_stdin(void) {
    size_t cap = 65536, len = 0;
    char *buf = malloc(cap);
    while (buf) {
        size_t r = fread(buf + len, 1, cap - len - 1, stdin);
        len += r;
        if (r == 0)
            break;
        if (len + 1 >= cap) {
            char *nb = realloc(buf, cap * 2);
            if (!nb) {
                free(buf);
                return NULL;
            }
            buf = nb;
            cap *= 2;
        }
    }
    if (buf)
        buf[len] = 0;
    return buf;
}

int main(int argc, char **argv) {
    int i = 1;
    const char *cmd = NULL, *mod = NULL;
    const char *preempt = getenv("GILT_PREEMPT"), *interval = NULL;
    const char *policy = NULL, *trace = NULL, *det = NULL;
    bool stats = false, timeline = false;
    bool dis = false;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-' || strcmp(a, "-") == 0)
            break;
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        }
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0 || strcmp(a, "-?") == 0) {
            fputs(usage_line, stdout);
            fputs(help_text, stdout);
            return 0;
        }
        // Long options with a value: --name=VALUE or --name VALUE.
        const struct {
            const char *name;
            const char **value;
        } valued[] = {
            {"--preempt", &preempt}, {"--switch-interval", &interval},
            {"--gil", &policy},      {"--trace", &trace},
        };
        bool matched = false;
        for (size_t k = 0; k < sizeof valued / sizeof valued[0] && !matched; k++) {
            size_t n = strlen(valued[k].name);
            if (strncmp(a, valued[k].name, n) != 0 || (a[n] != '=' && a[n] != 0))
                continue;
            if (a[n] == '=') {
                *valued[k].value = a + n + 1;
            } else if (i + 1 < argc) {
                *valued[k].value = argv[++i];
            } else {
                fprintf(stderr, "Argument expected for the %s option\n%s", a, usage_line);
                return 2;
            }
            matched = true;
        }
        if (matched)
            continue;
        if (strcmp(a, "--dis") == 0) {
            dis = true;
            continue;
        }
        if (strcmp(a, "--gil-stats") == 0) {
            stats = true;
            continue;
        }
        if (strcmp(a, "--timeline") == 0) {
            timeline = true;
            continue;
        }
        if (strcmp(a, "--deterministic") == 0 || strncmp(a, "--deterministic=", 16) == 0) {
            det = a[15] == '=' ? a + 16 : "";
            if (a[15] == '=' && !*det) {
                fprintf(stderr, "gilt: --deterministic= needs a seed (a number >= 0)\n");
                return 2;
            }
            continue;
        }
        if (strcmp(a, "-V") == 0 || strcmp(a, "--version") == 0) {
            printf("%s (Python %s subset)\n", GILT_VERSION_STRING, GILT_PYTHON_VERSION);
            return 0;
        }
        if (strcmp(a, "-c") == 0 || strcmp(a, "-m") == 0) {
            if (i + 1 >= argc) {
                fprintf(stderr, "Argument expected for the %s option\n%sTry `gilt -h' for more "
                                "information.\n",
                        a, usage_line);
                return 2;
            }
            if (a[1] == 'c')
                cmd = argv[++i];
            else
                mod = argv[++i];
            i++;
            break;
        }
        if (strncmp(a, "-c", 2) == 0 && a[2]) {
            cmd = a + 2;
            i++;
            break;
        }
        if (strncmp(a, "-m", 2) == 0 && a[2]) {
            mod = a + 2;
            i++;
            break;
        }
        // Flags CPython accepts that change nothing here.
        if (strcmp(a, "-u") == 0 || strcmp(a, "-B") == 0 || strcmp(a, "-E") == 0 ||
            strcmp(a, "-s") == 0 || strcmp(a, "-S") == 0 || strcmp(a, "-I") == 0 ||
            strcmp(a, "-q") == 0)
            continue;
        if (strcmp(a, "-X") == 0 || strcmp(a, "-W") == 0) {
            i++;
            continue;
        }
        fprintf(stderr, "unknown option %s\n%sTry `gilt -h' for more information.\n", a,
                usage_line);
        return 2;
    }
    gilt_State *G = gilt_open();
    if (!G)
        return 1;
    main_state = G;
    if (preempt && *preempt && gilt_configure(G, "preempt", preempt) != GILT_OK) {
        fprintf(stderr, "gilt: invalid --preempt mode '%s' (every, cpython, ticks or ticks:N)\n",
                preempt);
        return 2;
    }
    if (interval && gilt_configure(G, "switch-interval", interval) != GILT_OK) {
        fprintf(stderr, "gilt: invalid --switch-interval '%s' (seconds, greater than 0)\n",
                interval);
        return 2;
    }
    if (policy && gilt_configure(G, "gil", policy) != GILT_OK) {
        fprintf(stderr, "gilt: invalid --gil policy '%s' (new, legacy, fifo or io)\n", policy);
        return 2;
    }
    if (det && gilt_configure(G, "deterministic", det) != GILT_OK) {
        fprintf(stderr, "gilt: invalid --deterministic seed '%s' (a number >= 0)\n", det);
        return 2;
    }
    if ((stats && gilt_configure(G, "gil-stats", "1") != GILT_OK) ||
        (timeline && gilt_configure(G, "timeline", "1") != GILT_OK) ||
        (trace && gilt_configure(G, "trace", trace) != GILT_OK)) {
        fprintf(stderr, "gilt: out of memory\n");
        return 1;
    }
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    signal(SIGPIPE, SIG_IGN);

    int status;
    if (dis) {
        // Disassemble, do not run: only a file names a program to show.
        if (cmd || mod || i >= argc || strcmp(argv[i], "-") == 0) {
            fprintf(stderr, "gilt: --dis needs a file: gilt --dis FILE\n");
            return 2;
        }
        gilt_setargv(G, argc - i, argv + i);
        status = gilt_disfile(G, argv[i]);
    } else if (cmd) {
        char **args = malloc(sizeof(char *) * (size_t)(argc + 1));
        int n = 0;
        args[n++] = "-c";
        for (int k = i; k < argc; k++)
            args[n++] = argv[k];
        gilt_setargv(G, n, args);
        free(args);
        status = gilt_runstring(G, cmd, "<string>");
    } else if (mod) {
        char **args = malloc(sizeof(char *) * (size_t)(argc + 1));
        int n = 0;
        args[n++] = (char *)mod;
        for (int k = i; k < argc; k++)
            args[n++] = argv[k];
        gilt_setargv(G, n, args);
        free(args);
        status = gilt_runmodule(G, mod);
    } else if (i < argc && strcmp(argv[i], "-") != 0) {
        gilt_setargv(G, argc - i, argv + i);
        status = gilt_runfile(G, argv[i]);
    } else {
        bool dash = i < argc;
        char *empty[] = {""};
        gilt_setargv(G, dash ? argc - i : 1, dash ? argv + i : empty);
        if (!dash && isatty(0)) {
            printf("%s (Python %s subset)\nType \"help\" for Python's help, \":help\" for gilt's "
                   "teaching commands (:threads, :gil, :timeline, :dis, :set).\n",
                   GILT_VERSION_STRING, GILT_PYTHON_VERSION);
            status = gilt_repl(G);
        } else {
            char *src = read_stdin();
            status = src ? gilt_runstring(G, src, "<stdin>") : 1;
            free(src);
        }
    }
    gilt_flush(G);
    fflush(stdout);
    if (status == 130) {
        // An uncaught KeyboardInterrupt: die of SIGINT, so the shell sees what it expects.
        signal(SIGINT, SIG_DFL);
        raise(SIGINT);
    }
    // Leaving now, without freeing every object, is faster and cannot fail.
    return status;
}
