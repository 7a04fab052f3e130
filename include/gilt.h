/* gilt.h - the public interface of gilt, a teaching interpreter for a subset of Python 3 whose
 * threads run under a real Global Interpreter Lock.
 *
 * This header is the whole API a host program needs; link with libgilt. It is small for now:
 * create an interpreter, run programs, close it. The stack-based value API modelled on Lua's
 * comes with the embedding work.
 *
 *     gilt_State *g = gilt_open();
 *     int status = gilt_dostring(g, "print('hello')", "<host>");
 *     gilt_close(g);
 *
 * Every function returns a status and never exits or longjmps into the host. An uncaught Python
 * exception is printed to stderr (as `python3` prints it) and reported as GILT_ERRRUN.
 */
#ifndef GILT_H
#define GILT_H

#ifdef __cplusplus
extern "C" {
#endif

#define GILT_VERSION_STRING "gilt 0.1.0"
#define GILT_PYTHON_VERSION "3.11"

/* Status codes. */
#define GILT_OK 0
#define GILT_ERRRUN 1    /* an uncaught exception (it has been printed) */
#define GILT_ERRSYNTAX 3 /* the source did not compile (the error has been printed) */
#define GILT_ERRMEM 4    /* out of memory */
#define GILT_ERRFILE 5   /* the file could not be read */

/* An interpreter, as seen from the thread that created it. Opaque. */
typedef struct ThreadState gilt_State;

/* Make a new, independent interpreter. NULL when out of memory. */
gilt_State *gilt_open(void);
/* Free an interpreter and everything it owns. */
void gilt_close(gilt_State *G);

/* Set an option of the interpreter's GIL (docs/gil.md explains each):
 *   "preempt"          "every", "cpython", "ticks" or "ticks:N": where a thread switch may happen
 *   "switch-interval"  seconds, > 0
 *   "gil"              the policy: "new", "legacy", "fifo" or "io"
 *   "gil-stats"        "1": print the GIL statistics table on stderr at the end of the run
 *   "trace"            a file name: write a Chrome trace (JSON) there at the end of the run
 *   "timeline"         "1": draw the GIL timeline on stderr at the end of the run
 *   "deterministic"    a seed (digits, or "" for 0): one thread at a time in a seeded order,
 *                      virtual time; only before any code has run
 * Returns GILT_OK, GILT_ERRMEM, or GILT_ERRRUN for a bad name or value (nothing is
 * printed). */
int gilt_configure(gilt_State *G, const char *option, const char *value);

/* Set sys.argv (argv[0] is the program name as the user gave it). */
void gilt_setargv(gilt_State *G, int argc, char **argv);

/* Run source text / a file / a module found by import, as the __main__ module. Returns the
 * process exit status CPython would give: 0, 1 after an uncaught exception (printed to
 * stderr), 2 when the file cannot be opened, 130 after an uncaught KeyboardInterrupt, or the
 * code of a SystemExit. */
int gilt_runstring(gilt_State *G, const char *src, const char *chunkname);
int gilt_runfile(gilt_State *G, const char *path);
int gilt_runmodule(gilt_State *G, const char *modname);

/* Run source text in the __main__ module and report the status (GILT_OK, GILT_ERRRUN,
 * GILT_ERRSYNTAX); the error, if any, has been printed to stderr. */
int gilt_dostring(gilt_State *G, const char *src, const char *chunkname);

/* Print the bytecode of a program without running it (`gilt --dis FILE`): the module's
 * disassembly, then that of each function and class body inside it, in CPython 3.11's dis
 * layout, to sys.stdout. Returns 0; 1 after printing a syntax error (or another error) to
 * stderr; 2 when the file cannot be opened (the message has been printed). */
int gilt_disfile(gilt_State *G, const char *path);

/* Interactive prompt on stdin/stdout (until end of input or exit()). Returns the exit status. */
int gilt_repl(gilt_State *G);

/* Raise KeyboardInterrupt in the interpreter's main thread at its next instruction. Safe to
 * call from a signal handler. */
void gilt_interrupt(gilt_State *G);

/* Flush sys.stdout and sys.stderr. */
void gilt_flush(gilt_State *G);

#ifdef __cplusplus
}
#endif

#endif
