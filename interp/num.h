// num.h - numbers: int (small and big), bool, float (int.c, float.c).
//
// Small ints are VT_INT Values; ints outside int64 are BigInt objects (GMP inside int.c).
// Functions here accept VT_INT, VT_BOOL and big ints wherever an int is expected, and always
// return normalised results (a big int only when the value does not fit int64).
// None of these functions runs Python code unless noted ("may call").
#ifndef GILT_NUM_H
#define GILT_NUM_H

#include "state.h"

#define IS_BIGINT(v) (IS_OBJ(v) && AS_OBJ(v)->kind == K_BIGINT)
// Any Python int: small, bool or big.
#define IS_ANYINT(v) (IS_SMALLINT_OR_BOOL(v) || IS_BIGINT(v))
// Any built-in number: int, bool, big int or float.
#define IS_NUMBER(v) (IS_ANYINT(v) || IS_FLOAT(v))

// Arithmetic on ints and floats (and bools): returns V_NOTIMPL if a or b is not a number.
// op is NB_ADD..NB_XOR (not the in-place forms). Raises ZeroDivisionError, OverflowError...
Value gt_num_binop(TS *ts, Value a, Value b, int op);
// Comparison of two numbers (CMP_*), exact between ints and floats; V_NOTIMPL if either is
// not a number.
Value gt_num_richcmp(TS *ts, Value a, Value b, int op);
// Unary -, +, ~ (UN_*) of a number; V_NOTIMPL for ~ of a float or a non-number.
Value gt_num_unary(TS *ts, Value a, int op);
// Float arithmetic (float.c): x op y for NB_ADD..NB_XOR; V_NOTIMPL for the bitwise operators.
Value gt_float_binop(TS *ts, double x, double y, int op);
// Python's floor division and modulo of floats (y must not be 0).
void gt_float_divmod(double x, double y, double *floordiv, double *mod);

// Python's hash of a number (consistent across int, bool, float: hash(1) == hash(1.0)).
int64_t gt_num_hash(Value v);
int64_t gt_float_hash(double d);

// Ints from C integers (normalised: a big int only when needed).
Value gt_int_from_i64(TS *ts, int64_t i);
Value gt_int_from_u64(TS *ts, uint64_t u);
// int(d) for a float: truncates; OverflowError for inf, ValueError for nan.
Value gt_int_from_double(TS *ts, double d);
// Parse int() argument text in a base (2..36, or 0: the prefix decides, as in source code),
// with CPython's rules: surrounding whitespace, one sign, underscores between digits, Unicode
// decimal digits. Bad text raises ValueError "invalid literal for int() with base N: '...'".
Value gt_int_from_str(TS *ts, const char *s, size_t len, int base);
// Text of any int in base 2..36, lower case, no prefix (caller frees with free()). Decimal
// conversion of ints over the digit limit (Interp.int_max_str_digits, set by
// sys.set_int_max_str_digits; 0: none) raises ValueError, as CPython 3.11.
char *gt_int_to_cstr(TS *ts, Value v, int base);
Str *gt_int_to_str(TS *ts, Value v, int base);
// bin()/oct()/hex(): '0b101', '-0x1f' (base 2, 8 or 16); v may be any __index__ object
// (may call).
Value gt_int_format_base(TS *ts, Value v, int base);

// Convert a numeric value (int, bool, big int, float) to double; OverflowError for ints too
// large ("int too large to convert to float"). Returns false on error.
bool gt_num_to_double(TS *ts, Value v, double *out);
// Sign of an int: -1, 0, 1.
int gt_int_sign(Value v);
// Number of bits of |v| (int.bit_length()).
int64_t gt_int_bit_length(Value v);
// v == m * 2**e with 0.5 <= |m| < 1 (m rounded to double precision), for logs of big ints.
double gt_int_frexp(Value v, int64_t *e);

// Helpers for the builtins and the math module (all ints are any-int Values).
// pow(base, exp, mod) (mod may be None: plain **); may call for non-number operands.
Value gt_int_pow_mod(TS *ts, Value base, Value exp, Value mod);
// divmod(a, b) as a tuple; may call (__divmod__ of classes).
Value gt_num_divmod(TS *ts, Value a, Value b);
// abs(v); may call (__abs__ of classes).
Value gt_num_abs(TS *ts, Value v);
// round(x, ndigits) (ndigits V_NULL or None when absent); may call (__round__ of classes).
Value gt_num_round(TS *ts, Value x, Value ndigits);
Value gt_int_gcd(TS *ts, Value a, Value b);  // non-negative
Value gt_int_isqrt(TS *ts, Value n);         // n >= 0
Value gt_int_factorial(TS *ts, int64_t n);   // n >= 0
Value gt_int_comb(TS *ts, Value n, Value k); // n, k >= 0
Value gt_int_perm(TS *ts, Value n, Value k); // n, k >= 0
// Little-endian 32-bit words of |v|: writes at most max words to out and returns how many
// are needed (0 for zero). For seeding random generators.
size_t gt_int_abs_words(Value v, uint32_t *out, size_t max);
// The int with these little-endian 32-bit words (negated if neg).
Value gt_int_from_words(TS *ts, const uint32_t *words, size_t n, bool neg);
// Rewrite number text for parsing: Unicode decimal digits become ASCII digits, Unicode white
// space becomes ' ', any other non-ASCII character becomes '\x7f' (never valid). Returns a
// malloc'ed NUL-terminated buffer (NULL when out of memory) and its length in *outlen.
char *gt_num_to_ascii(const char *s, size_t len, size_t *outlen);

// Shortest repr of a float ("0.1", "1e+16", "inf", "nan").
Str *gt_float_repr(TS *ts, double d);
// Write the float repr into buf (at least 32 bytes); returns the length.
int gt_float_repr_buf(double d, char *buf);
// round(x, ndigits) for finite floats, correctly rounded (half-even on the exact binary
// value). Returns +-inf when the rounded value does not fit a double (callers raise
// OverflowError "rounded value too large to represent").
double gt_float_round(double x, int64_t ndigits);
// Parse float() text (with whitespace, underscores, inf/nan); ValueError on bad input.
Value gt_float_from_str(TS *ts, const char *s, size_t len);

void gt_int_init_type(TS *ts);
void gt_float_init_type(TS *ts);

#endif
