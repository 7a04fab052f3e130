// opcodes.h - gilt's bytecode instructions, as an X-macro: OP(NAME, FLAGS).
//
// Names follow CPython 3.11 so that `dis` output reads like the CPython documentation.
// Flags: OPF_ARG (the argument is meaningful), OPF_JUMP (the argument is an absolute
// instruction index to jump to), OPF_CACHE (a CACHE word follows), OPF_NAME (the argument
// indexes co_names), OPF_CONST (co_consts), OPF_LOCAL (a fast local), OPF_FREE (a cell or free
// variable slot). Stack effects are computed by the compiler (compiler.c, stack_effect).
#ifndef GILT_OPCODES_H
#define GILT_OPCODES_H

#define OPF_ARG 0x01
#define OPF_JUMP 0x02
#define OPF_CACHE 0x04
#define OPF_NAME 0x08
#define OPF_CONST 0x10
#define OPF_LOCAL 0x20
#define OPF_FREE 0x40

#define GILT_OPCODES(OP)                                                                         \
    OP(CACHE, 0)                                                                                 \
    OP(NOP, 0)                                                                                   \
    OP(POP_TOP, 0)                                                                               \
    OP(PUSH_NULL, 0)                                                                             \
    OP(COPY, OPF_ARG)                                                                            \
    OP(SWAP, OPF_ARG)                                                                            \
    OP(LOAD_CONST, OPF_ARG | OPF_CONST)                                                          \
    OP(LOAD_FAST, OPF_ARG | OPF_LOCAL)                                                           \
    OP(STORE_FAST, OPF_ARG | OPF_LOCAL)                                                          \
    OP(DELETE_FAST, OPF_ARG | OPF_LOCAL)                                                         \
    OP(LOAD_NAME, OPF_ARG | OPF_NAME | OPF_CACHE)                                                \
    OP(STORE_NAME, OPF_ARG | OPF_NAME | OPF_CACHE)                                               \
    OP(DELETE_NAME, OPF_ARG | OPF_NAME)                                                          \
    OP(LOAD_GLOBAL, OPF_ARG | OPF_NAME | OPF_CACHE)                                              \
    OP(STORE_GLOBAL, OPF_ARG | OPF_NAME | OPF_CACHE)                                             \
    OP(DELETE_GLOBAL, OPF_ARG | OPF_NAME)                                                        \
    OP(LOAD_DEREF, OPF_ARG | OPF_FREE)                                                           \
    OP(STORE_DEREF, OPF_ARG | OPF_FREE)                                                          \
    OP(DELETE_DEREF, OPF_ARG | OPF_FREE)                                                         \
    OP(LOAD_CLOSURE, OPF_ARG | OPF_FREE)                                                         \
    OP(LOAD_CLASSDEREF, OPF_ARG | OPF_FREE)                                                      \
    OP(MAKE_CELL, OPF_ARG | OPF_FREE)                                                            \
    OP(COPY_FREE_VARS, OPF_ARG)                                                                  \
    OP(LOAD_ATTR, OPF_ARG | OPF_NAME | OPF_CACHE)                                                \
    OP(STORE_ATTR, OPF_ARG | OPF_NAME | OPF_CACHE)                                               \
    OP(DELETE_ATTR, OPF_ARG | OPF_NAME)                                                          \
    OP(LOAD_METHOD, OPF_ARG | OPF_NAME | OPF_CACHE)                                              \
    OP(BINARY_OP, OPF_ARG)                                                                       \
    OP(UNARY_NEGATIVE, 0)                                                                        \
    OP(UNARY_POSITIVE, 0)                                                                        \
    OP(UNARY_NOT, 0)                                                                             \
    OP(UNARY_INVERT, 0)                                                                          \
    OP(COMPARE_OP, OPF_ARG)                                                                      \
    OP(IS_OP, OPF_ARG)                                                                           \
    OP(CONTAINS_OP, OPF_ARG)                                                                     \
    OP(BINARY_SUBSCR, 0)                                                                         \
    OP(STORE_SUBSCR, 0)                                                                          \
    OP(DELETE_SUBSCR, 0)                                                                         \
    OP(BUILD_SLICE, OPF_ARG)                                                                     \
    OP(BUILD_TUPLE, OPF_ARG)                                                                     \
    OP(BUILD_LIST, OPF_ARG)                                                                      \
    OP(BUILD_SET, OPF_ARG)                                                                       \
    OP(BUILD_MAP, OPF_ARG)                                                                       \
    OP(BUILD_CONST_KEY_MAP, OPF_ARG)                                                             \
    OP(BUILD_STRING, OPF_ARG)                                                                    \
    OP(LIST_APPEND, OPF_ARG)                                                                     \
    OP(SET_ADD, OPF_ARG)                                                                         \
    OP(MAP_ADD, OPF_ARG)                                                                         \
    OP(LIST_EXTEND, OPF_ARG)                                                                     \
    OP(SET_UPDATE, OPF_ARG)                                                                      \
    OP(DICT_UPDATE, OPF_ARG)                                                                     \
    OP(DICT_MERGE, OPF_ARG)                                                                      \
    OP(LIST_TO_TUPLE, 0)                                                                         \
    OP(FORMAT_VALUE, OPF_ARG)                                                                    \
    OP(UNPACK_SEQUENCE, OPF_ARG)                                                                 \
    OP(UNPACK_EX, OPF_ARG)                                                                       \
    OP(GET_ITER, 0)                                                                              \
    OP(FOR_ITER, OPF_ARG | OPF_JUMP)                                                             \
    OP(JUMP_FORWARD, OPF_ARG | OPF_JUMP)                                                         \
    OP(JUMP_BACKWARD, OPF_ARG | OPF_JUMP)                                                        \
    OP(POP_JUMP_IF_FALSE, OPF_ARG | OPF_JUMP)                                                    \
    OP(POP_JUMP_IF_TRUE, OPF_ARG | OPF_JUMP)                                                     \
    OP(POP_JUMP_IF_NONE, OPF_ARG | OPF_JUMP)                                                     \
    OP(POP_JUMP_IF_NOT_NONE, OPF_ARG | OPF_JUMP)                                                 \
    OP(JUMP_IF_FALSE_OR_POP, OPF_ARG | OPF_JUMP)                                                 \
    OP(JUMP_IF_TRUE_OR_POP, OPF_ARG | OPF_JUMP)                                                  \
    OP(KW_NAMES, OPF_ARG | OPF_CONST)                                                            \
    OP(CALL, OPF_ARG)                                                                            \
    OP(CALL_FUNCTION_EX, OPF_ARG)                                                                \
    OP(MAKE_FUNCTION, OPF_ARG)                                                                   \
    OP(RETURN_VALUE, 0)                                                                          \
    OP(LOAD_BUILD_CLASS, 0)                                                                      \
    OP(IMPORT_NAME, OPF_ARG | OPF_NAME)                                                          \
    OP(IMPORT_FROM, OPF_ARG | OPF_NAME)                                                          \
    OP(IMPORT_STAR, 0)                                                                           \
    OP(RAISE_VARARGS, OPF_ARG)                                                                   \
    OP(RERAISE, 0)                                                                               \
    OP(PUSH_EXC_INFO, 0)                                                                         \
    OP(POP_EXCEPT, 0)                                                                            \
    OP(CHECK_EXC_MATCH, 0)                                                                       \
    OP(SETUP_FINALLY, OPF_ARG | OPF_JUMP)                                                        \
    OP(SETUP_CLEANUP, OPF_ARG | OPF_JUMP)                                                        \
    OP(SETUP_WITH, OPF_ARG | OPF_JUMP)                                                           \
    OP(POP_BLOCK, 0)                                                                             \
    OP(BEFORE_WITH, 0)                                                                           \
    OP(WITH_EXCEPT_START, 0)                                                                     \
    OP(LOAD_ASSERTION_ERROR, 0)                                                                  \
    OP(SETUP_ANNOTATIONS, 0)                                                                     \
    OP(PRINT_EXPR, 0)

typedef enum Opcode {
#define GILT_OP_ENUM(name, flags) OP_##name,
    GILT_OPCODES(GILT_OP_ENUM)
#undef GILT_OP_ENUM
        OP__COUNT
} Opcode;

// Names and flags of the opcodes, indexed by Opcode (defined in compiler.c).
extern const char *const gt_opcode_names[];
extern const unsigned char gt_opcode_flags[];

// FORMAT_VALUE's argument: conversion in the low two bits, and whether a spec is on the stack.
#define FVC_NONE 0
#define FVC_STR 1
#define FVC_REPR 2
#define FVC_ASCII 3
#define FVS_HAVE_SPEC 4

// MAKE_FUNCTION's argument: which extra values are on the stack below the code object.
#define MF_DEFAULTS 0x01
#define MF_KWDEFAULTS 0x02
#define MF_ANNOTATIONS 0x04
#define MF_CLOSURE 0x08

#endif
