// vm.h - the bytecode interpreter loop (vm.c) and running code.
#ifndef GILT_VM_H
#define GILT_VM_H

#include "state.h"

// Run a module-level (or class body) code object with the given globals and locals dicts.
Value gt_vm_run_module(TS *ts, Code *code, Dict *globals, Dict *locals);
// Run the body of `func` with `names` as its locals dict (a class body: __build_class__).
Value gt_vm_run_class_body(TS *ts, Function *func, Dict *names);
// Call a Python function (used by gt_call for K_FUNCTION).
Value gt_vm_call_function(TS *ts, Function *f, Value *args, int nargs, Tuple *kwnames);
// Publish the dispatch tables; called once before any thread state exists (interp.c).
void gt_vm_init(void);
// The dispatch table of a thread state with nothing pending.
void *const *gt_vm_normal_table(void);
// Ask the thread running ts to leave its fast path at its next instruction, for the reasons in
// `bits` (BRK_*). Safe from any thread and from a signal handler.
void gt_vm_request(TS *ts, uint32_t bits);
// Handle the eval breaker outside the loop (used by blocking C calls): signals, GC.
// -1 if an exception was raised (KeyboardInterrupt).
int gt_vm_check_breaker(TS *ts);
// The frame running Python code in ts, or NULL.
static inline Frame *gt_vm_current_frame(TS *ts) {
    return ts->frame;
}
// The line number being executed in frame f.
int gt_frame_lineno(Frame *f);
// Is this code from a standard library module frozen into gilt ("<frozen threading>")?
bool gt_code_is_frozen(const Code *co);
// The innermost frame of ts running the program's own code (not the frozen standard library),
// or NULL: where the program "is" for reports (a lock made inside Event() was made where Event()
// was called).
Frame *gt_user_frame(TS *ts);

#endif
