// dis.h - the bytecode disassembler (dis.c), shared by the dis module (stdlib/mod_dis.c) and
// `gilt --dis FILE` (api.c, gilt_disfile). docs/dis.md explains the output to students.
//
// Offsets are counted as CPython counts them, 2 per instruction word (a gilt word is 4
// bytes, but like CPython's 2-byte code unit it holds one opcode and its argument, or one
// CACHE entry): so `to N` after a jump names the offset shown in the offsets column.
#ifndef GILT_DIS_H
#define GILT_DIS_H

#include "state.h"
#include "str.h"

// One decoded instruction: what dis.Instruction shows, minus argval and argrepr.
typedef struct DisInstr {
    uint32_t index; // the word's index in code->code
    int op;         // Opcode
    bool has_arg;   // the argument means something (OPF_ARG, or a shown CACHE word)
    uint32_t arg;
    bool starts_line; // the first instruction of a source line
    int32_t line;     // that line, when starts_line
    bool is_jump_target;
} DisInstr;

// The offset dis shows for the word at index i.
static inline int64_t gt_dis_offset(uint32_t i) {
    return (int64_t)i * 2;
}

// Decode co into a malloc'd array (*out, *n; free it with free()). CACHE words are left out
// unless show_caches. false with MemoryError set on failure. Never runs Python code.
bool gt_dis_decode(TS *ts, Code *co, bool show_caches, DisInstr **out, uint32_t *n);

// The argument of an instruction as dis.Instruction's argval (a new or borrowed value; None
// when there is no argument), appending its argrepr text to `repr` (nothing when empty).
// V_ERR on error. Runs no Python code (constants are built-in values).
Value gt_dis_argval(TS *ts, Code *co, const DisInstr *in, StrBuf *repr);

// Append the disassembly of one code object to sb, as dis.disassemble prints it; the
// instruction at word index `lasti` (-1: none) is marked `-->`. false on error.
bool gt_dis_code(TS *ts, StrBuf *sb, Code *co, int64_t lasti, bool show_caches);

// The same, then each code object among its constants under a "Disassembly of <code object
// ...>:" header, recursively, `depth` levels deep (-1: all), as dis.dis does for code.
bool gt_dis_code_recursive(TS *ts, StrBuf *sb, Code *co, int depth, bool show_caches);

// Append dis.code_info's text for co (no final newline). false on error.
bool gt_dis_code_info(TS *ts, StrBuf *sb, Code *co);

// `gilt --dis`: compile src as a module named `filename` and print its disassembly to
// sys.stdout without running it. Returns the exit status: 0, or 1 after printing a syntax
// error (or any other error) to stderr.
int gt_dis_source(TS *ts, const char *src, size_t len, const char *filename);

#endif
