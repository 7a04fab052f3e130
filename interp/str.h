// str.h - str objects (str.c): UTF-8 inside, NUL-terminated, indexed by code point.
//
// Strs are immutable. Interned strs (identifiers, attribute names) are unique per interpreter,
// so equal interned strs are the same pointer. StrBuf builds text in C memory (not a GC
// object, so it is safe across calls that run Python code) and turns it into a Str at the end.
#ifndef GILT_STR_H
#define GILT_STR_H

#include <stdarg.h>

#include "state.h"

// New str from UTF-8 bytes (must be valid UTF-8; use gt_str_decode for unchecked input).
Str *gt_str_new(TS *ts, const char *utf8, size_t len);
Str *gt_str_from_cstr(TS *ts, const char *s);
// New str from bytes that may be invalid UTF-8 (invalid bytes become U+FFFD).
Str *gt_str_decode(TS *ts, const char *bytes, size_t len);
// The interned str with this text (made if needed). NULL on memory error.
Str *gt_str_intern(TS *ts, const char *utf8, size_t len);
Str *gt_str_intern_cstr(TS *ts, const char *s);
// Intern an existing str: returns the unique interned str equal to s.
Str *gt_str_intern_str(TS *ts, Str *s);
// A str of one code point.
Str *gt_str_from_codepoint(TS *ts, uint32_t cp);
// printf-style into a new str (C formats only, no %S/%R: see gt_format_msg in error.h).
Str *gt_str_printf(TS *ts, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

int64_t gt_str_hash(Str *s);
bool gt_str_eq(Str *a, Str *b);
// Compare code point order: <0, 0, >0.
int gt_str_cmp(Str *a, Str *b);
bool gt_str_eq_cstr(Str *a, const char *s);
Str *gt_str_concat(TS *ts, Str *a, Str *b);
// Byte offset of code point index i (0 <= i <= nchars).
size_t gt_str_offset(Str *s, int64_t i);
// repr() of a str, with Python's choice of quotes and escapes.
Str *gt_str_repr(TS *ts, Str *s);

// Decode one UTF-8 code point at p (valid UTF-8), store its length in *n.
uint32_t gt_utf8_decode(const char *p, int *n);
// Encode cp as UTF-8 into out (at least 4 bytes); returns the length.
int gt_utf8_encode(uint32_t cp, char *out);
// Count code points; return false if not valid UTF-8.
bool gt_utf8_check(const char *p, size_t len, uint32_t *nchars, bool *ascii);

// Growable C text buffer.
typedef struct StrBuf {
    char *data;
    size_t len, cap;
    char small[256];
} StrBuf;
void gt_sb_init(StrBuf *sb);
bool gt_sb_add(TS *ts, StrBuf *sb, const char *p, size_t n); // false: MemoryError set
bool gt_sb_addc(TS *ts, StrBuf *sb, char c);
bool gt_sb_adds(TS *ts, StrBuf *sb, const char *s);
bool gt_sb_addstr(TS *ts, StrBuf *sb, Str *s);
bool gt_sb_printf(TS *ts, StrBuf *sb, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
bool gt_sb_addcp(TS *ts, StrBuf *sb, uint32_t cp);
// Append repr(v) / str(v) (may run Python code).
bool gt_sb_addrepr(TS *ts, StrBuf *sb, Value v);
bool gt_sb_addstrv(TS *ts, StrBuf *sb, Value v);
Str *gt_sb_finish(TS *ts, StrBuf *sb); // makes the str and frees the buffer (NULL on error)
void gt_sb_free(StrBuf *sb);

#define STR_VAL(v) ((Str *)AS_OBJ(v))
#define IS_STR(v) (IS_OBJ(v) && AS_OBJ(v)->kind == K_STR)

// A new str of `len` bytes for the caller to fill in; the caller also sets nchars and ascii
// before anything else can run (the text is not checked). NULL on error.
Str *gt_str_new_raw(TS *ts, size_t len);
// The str made of bytes [from, to) of s; both must be code point boundaries (strmethods.c).
Str *gt_str_slice_bytes(TS *ts, Str *s, size_t from, size_t to);

// Unicode character properties, as CPython's str predicates see single characters
// (strmethods.c, from the generated tables in unicode_db.h).
bool gt_unicode_isspace(uint32_t cp);
bool gt_unicode_isprintable(uint32_t cp);
bool gt_unicode_isalpha(uint32_t cp);
bool gt_unicode_isidstart(uint32_t cp); // XID_Start, or '_'
bool gt_unicode_isidcontinue(uint32_t cp);
// The value of a decimal digit of any script ('٣' is 3), or -1 if cp is not one.
int gt_unicode_decimal(uint32_t cp);

// Type set-up (called once per interpreter from interp.c).
void gt_str_init_type(TS *ts);

#endif
