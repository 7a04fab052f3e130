// value.h - the Value: how every Python value is held in gilt.
//
// A Value is a small tagged struct, passed and returned by value (two machine registers on
// x86-64). None, booleans, machine-size ints and floats live inside the Value and need no
// allocation; everything else is a pointer to a heap object (object.h). Read this first.
//
// Design notes
// - VT_INT holds any int64. Results that overflow are promoted to a heap big int (K_BIGINT);
//   a big int never holds a value that fits in int64, so "is it small?" is a tag test.
// - bool is a subclass of int in Python; VT_BOOL keeps 0/1 in `i` so arithmetic can treat it as
//   an int after one test.
// - VT_NULL means "no value": an unbound local, an empty slot, the NULL marker that CALL finds
//   below a plain function. It never reaches Python code.
// - VT_ERR is the error sentinel: a function returning Value returns V_ERR when it has set a
//   pending exception in the thread state (error.h). Always test with IS_ERR().
// - All code goes through these macros so the layout can change (NaN-boxing, say) later.
#ifndef GILT_VALUE_H
#define GILT_VALUE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum ValueTag {
    VT_NULL = 0,
    VT_NONE,
    VT_BOOL,
    VT_INT,
    VT_FLOAT,
    VT_OBJ,
    VT_ERR,
} ValueTag;

struct Obj;

typedef struct Value {
    uint32_t tag;
    union {
        int64_t i;
        double f;
        struct Obj *o;
    } as;
} Value;

#define V_NULL ((Value){.tag = VT_NULL, .as = {.i = 0}})
#define V_NONE ((Value){.tag = VT_NONE, .as = {.i = 0}})
#define V_TRUE ((Value){.tag = VT_BOOL, .as = {.i = 1}})
#define V_FALSE ((Value){.tag = VT_BOOL, .as = {.i = 0}})
#define V_ERR ((Value){.tag = VT_ERR, .as = {.i = 0}})

static inline Value v_int(int64_t i) {
    Value v;
    v.tag = VT_INT;
    v.as.i = i;
    return v;
}

static inline Value v_float(double f) {
    Value v;
    v.tag = VT_FLOAT;
    v.as.f = f;
    return v;
}

static inline Value v_bool(bool b) {
    Value v;
    v.tag = VT_BOOL;
    v.as.i = b ? 1 : 0;
    return v;
}

static inline Value v_obj(const void *o) {
    Value v;
    v.tag = VT_OBJ;
    v.as.o = (struct Obj *)o;
    return v;
}

#define IS_NULL(v) ((v).tag == VT_NULL)
#define IS_NONE(v) ((v).tag == VT_NONE)
#define IS_BOOL(v) ((v).tag == VT_BOOL)
#define IS_INT(v) ((v).tag == VT_INT)
#define IS_FLOAT(v) ((v).tag == VT_FLOAT)
#define IS_OBJ(v) ((v).tag == VT_OBJ)
#define IS_ERR(v) ((v).tag == VT_ERR)
// An int in the Python sense that fits in int64: a small int or a bool.
#define IS_SMALLINT_OR_BOOL(v) ((v).tag == VT_INT || (v).tag == VT_BOOL)

#define AS_INT(v) ((v).as.i)
#define AS_FLOAT(v) ((v).as.f)
#define AS_BOOL(v) ((v).as.i != 0)
#define AS_OBJ(v) ((v).as.o)

// Identity, as Python's `is`: same tag and same payload. Floats compare by bit pattern.
static inline bool v_is(Value a, Value b) {
    return a.tag == b.tag && a.as.i == b.as.i;
}

#endif
