// sysmod.h - what the sys module (mod_sys.c) offers the rest of gilt: the standard streams,
// struct sequences (C-made named tuples such as sys.version_info) and start-up.
#ifndef GILT_SYSMOD_H
#define GILT_SYSMOD_H

#include "state.h"

// Write text to a stream object: sys.stdout-like streams directly, others via .write(). -1 on
// error.
int gt_stream_write(TS *ts, Value stream, const char *p, size_t n);
int gt_stream_flush(TS *ts, Value stream);
// One line from a stream (with its newline; "" at end of file). limit -1: no limit.
Value gt_stream_readline(TS *ts, Value stream, int64_t limit);
// The builtin open() (text files).
Value gt_builtin_open(TS *ts, Value *args, int nargs, Tuple *kwnames);

// A function that takes text meant for the terminal (fd 1 or 2) while the REPL shows its
// prompt; it returns false to let the text be written as usual. Called from any thread, with
// the GIL released.
typedef bool (*GtConsoleHook)(int fd, const char *p, size_t n);
void gt_sys_set_console_hook(GtConsoleHook hook);

// Flush sys.stdout and sys.stderr (at exit, before reading input...). Never fails.
void gt_sys_flush_std(TS *ts);
// The same from a thread that is not running Python code, while no thread can (the deadlock
// report): writes the buffers straight out, touching neither the GIL nor any thread state.
void gt_sys_flush_std_nogil(Interp *in);

// A named-tuple-like type made in C: fields are readable as attributes and by index.
Type *gt_structseq_type(TS *ts, const char *name, const char *module, const char *const *fields,
                        int nfields);
Value gt_structseq_new(TS *ts, Type *t, const Value *items, int n);

// Make the sys module (interp.c calls it once). -1 on error.
int gt_sys_init(TS *ts);

#endif
