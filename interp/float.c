// float.c - the float type: the shortest repr that round-trips, parsing float() text,
// correctly rounded round(), float arithmetic with Python's rules (floor division and modulo
// take the divisor's sign, the special cases of **), hashing, and the float methods.
//
// Mixed int/float operations arrive through gt_num_binop (int.c), which converts the int and
// calls gt_float_binop here. The decimal conversions lean on the C library: glibc's printf
// and strtod are exact (correctly rounded, ties to even), which is what CPython's dtoa gives.
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core.h"
#include "format.h"

#define HASH_MODULUS (((uint64_t)1 << 61) - 1)
#define HASH_INF 314159

// ---- Hashing ----

// CPython's numeric hash: for x == m * 2**e (m an integer), hash(x) == m * 2**e mod P with
// P = 2**61 - 1. Since 2**61 == 1 (mod P), multiplying by 2**k is a rotation of 61 bits.
int64_t gt_float_hash(double d) {
    if (!isfinite(d))
        return isinf(d) ? (d > 0 ? HASH_INF : -HASH_INF) : 0;
    int e;
    double m = frexp(fabs(d), &e);
    uint64_t h = (uint64_t)ldexp(m, 53); // the 53-bit integer mantissa, < P
    int64_t k = (int64_t)(e - 53) % 61;
    if (k < 0)
        k += 61;
    h = ((h << k) & HASH_MODULUS) | (h >> (61 - k));
    int64_t r = d < 0 ? -(int64_t)h : (int64_t)h;
    return r == -1 ? -2 : r;
}

// ---- repr: the shortest decimal string that reads back as the same double ----

// Does the correctly rounded p-digit decimal of x (x > 0, finite) read back as x? The
// "%.*e" text is left in buf.
static bool round_trips(double x, int p, char *buf, size_t size) {
    snprintf(buf, size, "%.*e", p - 1, x);
    return strtod(buf, NULL) == x;
}

// Add one unit in the last digit to the mantissa of "d.ddde+XX" text in buf (the decimal
// just above), rewriting buf. Used for powers of two, whose round-trip interval is lopsided.
static void bump_last_digit(char *buf, size_t size) {
    char *e = strchr(buf, 'e');
    int exp10 = atoi(e + 1);
    char digits[40];
    int nd = 0;
    for (char *p = buf; p < e; p++)
        if (*p >= '0' && *p <= '9')
            digits[nd++] = *p;
    int i = nd - 1;
    while (i >= 0 && digits[i] == '9')
        digits[i--] = '0';
    if (i >= 0) {
        digits[i]++;
    } else {
        memmove(digits + 1, digits, (size_t)nd);
        digits[0] = '1';
        exp10++;
    }
    digits[nd] = 0;
    if (nd == 1)
        snprintf(buf, size, "%ce%+d", digits[0], exp10);
    else
        snprintf(buf, size, "%c.%se%+d", digits[0], digits + 1, exp10);
}

// Shortest round-tripping digits of x > 0 (finite): fills digits (no trailing zeros) and
// returns how many; *exp10 is the decimal exponent of the first digit.
static int shortest_digits(double x, char *digits, int *exp10) {
    char buf[64];
    int m_exp;
    double frac = frexp(x, &m_exp);
    // The interval of decimals that read back as x is symmetric, except just above a power
    // of two (not the smallest normal), where the gap below is half the gap above.
    bool lopsided = frac == 0.5 && x > DBL_MIN;
    if (x < DBL_MIN) {
        // Subnormals have fewer significant bits, so fewer digits may do: the interval is
        // symmetric, hence if p digits round-trip so do p + 1, and binary search works.
        int lo = 1, hi = 17;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (round_trips(x, mid, buf, sizeof buf))
                hi = mid;
            else
                lo = mid + 1;
        }
        round_trips(x, lo, buf, sizeof buf);
    } else if (!lopsided) {
        // Symmetric interval. If any p <= 15 digits round-trip, the 15-digit rounding equals
        // that shorter decimal (x is within 2**-53 of it, far less than half a unit in the
        // 15th digit), so its digits minus trailing zeros are the answer. Otherwise try 16;
        // 17 digits always round-trip.
        if (!round_trips(x, 15, buf, sizeof buf) && !round_trips(x, 16, buf, sizeof buf))
            round_trips(x, 17, buf, sizeof buf);
    } else {
        for (int p = 1; p <= 17; p++) {
            if (round_trips(x, p, buf, sizeof buf))
                break;
            if (strtod(buf, NULL) < x) {
                // The nearest p-digit decimal fell below, in the narrow half; the one above
                // may still be inside the wide half.
                char up[64];
                memcpy(up, buf, sizeof up);
                bump_last_digit(up, sizeof up);
                if (strtod(up, NULL) == x) {
                    memcpy(buf, up, sizeof buf);
                    break;
                }
            }
        }
    }
    char *e = strchr(buf, 'e');
    *exp10 = atoi(e + 1);
    int nd = 0;
    for (char *q = buf; q < e; q++)
        if (*q >= '0' && *q <= '9')
            digits[nd++] = *q;
    while (nd > 1 && digits[nd - 1] == '0')
        nd--;
    digits[nd] = 0;
    return nd;
}

int gt_float_repr_buf(double d, char *buf) {
    if (isnan(d))
        return sprintf(buf, "nan");
    if (isinf(d))
        return sprintf(buf, d > 0 ? "inf" : "-inf");
    if (d == 0.0)
        return sprintf(buf, signbit(d) ? "-0.0" : "0.0");
    char digits[40];
    int exp10;
    int nd = shortest_digits(fabs(d), digits, &exp10);
    char *p = buf;
    if (d < 0)
        *p++ = '-';
    if (exp10 < -4 || exp10 >= 16) {
        // Scientific layout, as CPython's repr: 1e+16, 1.5e-05.
        *p++ = digits[0];
        if (nd > 1) {
            *p++ = '.';
            memcpy(p, digits + 1, (size_t)(nd - 1));
            p += nd - 1;
        }
        p += sprintf(p, "e%c%02d", exp10 < 0 ? '-' : '+', exp10 < 0 ? -exp10 : exp10);
    } else if (exp10 < 0) {
        *p++ = '0';
        *p++ = '.';
        for (int i = 0; i < -exp10 - 1; i++)
            *p++ = '0';
        memcpy(p, digits, (size_t)nd);
        p += nd;
    } else {
        for (int i = 0; i <= exp10; i++)
            *p++ = i < nd ? digits[i] : '0';
        *p++ = '.';
        if (nd > exp10 + 1) {
            memcpy(p, digits + exp10 + 1, (size_t)(nd - exp10 - 1));
            p += nd - exp10 - 1;
        } else {
            *p++ = '0';
        }
    }
    *p = 0;
    return (int)(p - buf);
}

Str *gt_float_repr(TS *ts, double d) {
    char buf[40];
    int n = gt_float_repr_buf(d, buf);
    return gt_str_new(ts, buf, (size_t)n);
}

// ---- Parsing ----

static bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

static bool ascii_space(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
}

static bool match_word(const char *p, const char *end, const char *word) {
    size_t n = strlen(word);
    if ((size_t)(end - p) != n)
        return false;
    for (size_t i = 0; i < n; i++)
        if ((p[i] | 0x20) != word[i])
            return false;
    return true;
}

// Parse ASCII float text; false if malformed.
static bool parse_float(const char *p, size_t len, double *out) {
    const char *end = p + len;
    while (p < end && ascii_space(*p))
        p++;
    while (end > p && ascii_space(end[-1]))
        end--;
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-')) {
        neg = *p == '-';
        p++;
    }
    if (match_word(p, end, "inf") || match_word(p, end, "infinity")) {
        *out = neg ? -HUGE_VAL : HUGE_VAL;
        return true;
    }
    if (match_word(p, end, "nan")) {
        *out = neg ? -NAN : NAN;
        return true;
    }
    // Check Python's grammar (strtod alone would take hex and other forms), copying the
    // text without its underscores, each of which must sit between two digits.
    size_t n = (size_t)(end - p);
    char small[128];
    char *clean = n < sizeof small ? small : malloc(n + 1);
    if (!clean)
        return false;
    size_t k = 0;
    int mant_digits = 0;
    bool ok = true;
    const char *q = p;
    for (int part = 0; part < 2 && ok; part++) { // integer part, then the fraction
        if (part == 1) {
            if (q < end && *q == '.')
                clean[k++] = *q++;
            else
                break;
        }
        while (q < end && (is_digit(*q) || *q == '_')) {
            if (*q == '_') {
                if (q == p || !is_digit(q[-1]) || q + 1 == end || !is_digit(q[1])) {
                    ok = false;
                    break;
                }
            } else {
                clean[k++] = *q;
                mant_digits++;
            }
            q++;
        }
    }
    if (ok && mant_digits == 0)
        ok = false;
    if (ok && q < end && (*q == 'e' || *q == 'E')) {
        clean[k++] = *q++;
        if (q < end && (*q == '+' || *q == '-'))
            clean[k++] = *q++;
        const char *first = q;
        while (q < end && (is_digit(*q) || *q == '_')) {
            if (*q == '_') {
                if (q == first || !is_digit(q[-1]) || q + 1 == end || !is_digit(q[1])) {
                    ok = false;
                    break;
                }
            } else {
                clean[k++] = *q;
            }
            q++;
        }
        if (q == first)
            ok = false;
    }
    if (ok && q != end)
        ok = false;
    if (ok) {
        clean[k] = 0;
        double d = strtod(clean, NULL); // overflow gives inf and underflow 0, as in Python
        *out = neg ? -d : d;
    }
    if (clean != small)
        free(clean);
    return ok;
}

Value gt_float_from_str(TS *ts, const char *s, size_t len) {
    const char *p = s;
    size_t n = len;
    char *norm = NULL;
    for (size_t i = 0; i < len; i++) {
        if ((unsigned char)s[i] >= 0x80) {
            norm = gt_num_to_ascii(s, len, &n);
            if (!norm)
                return gt_raise_nomem(ts);
            p = norm;
            break;
        }
    }
    double d;
    bool ok = parse_float(p, n, &d);
    free(norm);
    if (ok)
        return v_float(d);
    Str *orig = gt_str_decode(ts, s, len);
    if (!orig)
        return V_ERR;
    return gt_raise(ts, EXC(ts, ValueError), "could not convert string to float: %R", v_obj(orig));
}

// ---- round ----

double gt_float_round(double x, int64_t ndigits) {
    // Room for 309 integer digits, a point and up to 323 decimals.
    char buf[700];
    if (ndigits >= 0) {
        if (ndigits > 330)
            return x;
        snprintf(buf, sizeof buf, "%.*f", (int)ndigits, x); // exact, ties to even
        return strtod(buf, NULL);
    }
    // Round the exact integer digits at the 10**k place by hand; the fraction only tells
    // whether a 5 is followed by something.
    double ip;
    double frac = modf(x, &ip);
    snprintf(buf, sizeof buf, "%.0f", ip);
    char *digits = buf + (buf[0] == '-');
    int nd = (int)strlen(digits);
    int64_t k = -ndigits;
    if (k > nd)
        return copysign(0.0, x);
    int keep = nd - (int)k;
    char first = digits[keep];
    bool rest = frac != 0.0;
    for (int i = keep + 1; i < nd && !rest; i++)
        rest = digits[i] != '0';
    bool odd = keep > 0 && ((digits[keep - 1] - '0') & 1);
    bool up = first > '5' || (first == '5' && (rest || odd));
    // digits[0..keep) stays; the rest becomes zeros, after an increment with carry.
    char out[720];
    char *o = out;
    if (x < 0)
        *o++ = '-';
    *o++ = '0'; // room for a carry out of the top digit
    memcpy(o, digits, (size_t)keep);
    o += keep;
    if (up) {
        char *c = o - 1;
        while (*c == '9')
            *c-- = '0';
        (*c)++;
    }
    for (int64_t i = 0; i < k; i++)
        *o++ = '0';
    *o = 0;
    double r = strtod(out, NULL);
    return r == 0.0 ? copysign(0.0, x) : r;
}

// ---- Arithmetic ----

void gt_float_divmod(double x, double y, double *floordiv, double *mod) {
    double m = fmod(x, y);
    // fmod is exact, so x - m is an exact multiple of y and the division below is exact in
    // the common case.
    double div = (x - m) / y;
    if (m != 0.0) {
        if ((y < 0) != (m < 0)) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = copysign(0.0, y);
    }
    double fl;
    if (div != 0.0) {
        fl = floor(div);
        if (div - fl > 0.5)
            fl += 1.0;
    } else {
        fl = copysign(0.0, x / y);
    }
    *floordiv = fl;
    *mod = m;
}

static bool is_odd_integer(double w) {
    return fmod(fabs(w), 2.0) == 1.0;
}

static Value float_pow(TS *ts, double x, double y) {
    if (y == 0.0)
        return v_float(1.0); // even nan ** 0
    if (isnan(x))
        return v_float(x);
    if (isnan(y))
        return v_float(x == 1.0 ? 1.0 : y);
    if (isinf(y)) {
        double ax = fabs(x);
        if (ax == 1.0)
            return v_float(1.0);
        return v_float((y > 0) == (ax > 1.0) ? fabs(y) : 0.0);
    }
    if (isinf(x)) {
        bool odd = is_odd_integer(y);
        if (y > 0)
            return v_float(odd ? x : fabs(x));
        return v_float(odd ? copysign(0.0, x) : 0.0);
    }
    if (x == 0.0) {
        if (y < 0)
            return gt_raise(ts, EXC(ts, ZeroDivisionError),
                            "0.0 cannot be raised to a negative power");
        return v_float(is_odd_integer(y) ? x : 0.0);
    }
    bool negate = false;
    if (x < 0.0) {
        // CPython returns a complex number here; gilt has no complex type.
        if (y != floor(y))
            return gt_raise(ts, EXC(ts, ValueError),
                            "negative number cannot be raised to a fractional power");
        x = -x;
        negate = is_odd_integer(y);
    }
    if (x == 1.0)
        return v_float(negate ? -1.0 : 1.0);
    double r = pow(x, y);
    if (isinf(r))
        return gt_raise(ts, EXC(ts, OverflowError), "(34, 'Numerical result out of range')");
    return v_float(negate ? -r : r);
}

Value gt_float_binop(TS *ts, double x, double y, int op) {
    double q, r;
    switch (op) {
        case NB_ADD:
            return v_float(x + y);
        case NB_SUBTRACT:
            return v_float(x - y);
        case NB_MULTIPLY:
            return v_float(x * y);
        case NB_TRUE_DIVIDE:
            if (y == 0.0)
                return gt_raise(ts, EXC(ts, ZeroDivisionError), "float division by zero");
            return v_float(x / y);
        case NB_FLOOR_DIVIDE:
            if (y == 0.0)
                return gt_raise(ts, EXC(ts, ZeroDivisionError), "float floor division by zero");
            gt_float_divmod(x, y, &q, &r);
            return v_float(q);
        case NB_REMAINDER:
            if (y == 0.0)
                return gt_raise(ts, EXC(ts, ZeroDivisionError), "float modulo");
            gt_float_divmod(x, y, &q, &r);
            return v_float(r);
        case NB_POWER:
            return float_pow(ts, x, y);
        default:
            return V_NOTIMPL(ts);
    }
}

// ---- The float type ----

static Value float_repr(TS *ts, Value self) {
    Str *s = gt_float_repr(ts, AS_FLOAT(self));
    return s ? v_obj(s) : V_ERR;
}

static int64_t float_hash(TS *ts, Value self) {
    GT_UNUSED(ts);
    return gt_float_hash(AS_FLOAT(self));
}

static int float_truth(TS *ts, Value self) {
    GT_UNUSED(ts);
    return AS_FLOAT(self) != 0.0;
}

static Value float_binop_slot(TS *ts, Value a, Value b, int op) {
    return gt_num_binop(ts, a, b, op >= NB_INPLACE ? op - NB_INPLACE : op);
}

static Value float_make(TS *ts, Type *cls, Value *args, int nargs, Tuple *kwnames) {
    GT_UNUSED(cls);
    if (!gt_check_args(ts, "float", nargs, kwnames, 0, 1))
        return V_ERR;
    if (nargs == 0)
        return v_float(0.0);
    Value x = args[0];
    if (IS_FLOAT(x))
        return x;
    double d;
    if (IS_ANYINT(x))
        return gt_num_to_double(ts, x, &d) ? v_float(d) : V_ERR;
    if (IS_STR(x))
        return gt_float_from_str(ts, STR_VAL(x)->data, STR_VAL(x)->len);
    Type *t = gt_type_of(ts, x);
    if (t->tflags & TF_HEAPTYPE) {
        Str *name = gt_str_intern_cstr(ts, "__float__");
        if (name && !IS_NULL(gt_type_lookup(t, name))) {
            Value r = gt_call_method(ts, x, name, NULL, 0);
            if (IS_ERR(r))
                return r;
            if (!IS_FLOAT(r))
                return gt_raise(ts, EXC(ts, TypeError), "%N.__float__ returned non-float (type %s)",
                                t, gt_type_name(ts, r));
            return r;
        }
        if (!IS_NULL(gt_type_lookup(t, NM(ts, __index__)))) {
            Value r = gt_number_index(ts, x);
            if (IS_ERR(r))
                return r;
            return gt_num_to_double(ts, r, &d) ? v_float(d) : V_ERR;
        }
    }
    return gt_raise(ts, EXC(ts, TypeError),
                    "float() argument must be a string or a real number, not '%s'",
                    gt_type_name(ts, x));
}

// Argument checks with CPython's wording: slot wrappers (__add__, __neg__...) say "expected 1
// argument, got 2"; ordinary methods "int.bit_length() takes no arguments (1 given)".
static bool wrapper_args(TS *ts, const char *name, int nargs, Tuple *kw, int n) {
    if (kw && kw->len) {
        gt_raise(ts, EXC(ts, TypeError), "wrapper %s() takes no keyword arguments", name);
        return false;
    }
    if (nargs != n) {
        gt_raise(ts, EXC(ts, TypeError), "expected %d argument%s, got %d", n, n == 1 ? "" : "s",
                 nargs);
        return false;
    }
    return true;
}

#define SELF args[0]
#define SELF_F AS_FLOAT(args[0])

static Value float_is_integer_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "float.is_integer", nargs - 1, kw, 0, 0))
        return V_ERR;
    double d = SELF_F;
    return v_bool(isfinite(d) && floor(d) == d);
}

static Value float_as_integer_ratio_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "float.as_integer_ratio", nargs - 1, kw, 0, 0))
        return V_ERR;
    double d = SELF_F;
    if (isinf(d))
        return gt_raise(ts, EXC(ts, OverflowError), "cannot convert Infinity to integer ratio");
    if (isnan(d))
        return gt_raise(ts, EXC(ts, ValueError), "cannot convert NaN to integer ratio");
    int e;
    double m = frexp(d, &e);
    // Shift binary digits of the mantissa into the integer part until none is left.
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    Value num = gt_int_from_double(ts, m);
    if (IS_ERR(num))
        return num;
    Value den = v_int(1);
    if (e > 0)
        num = gt_num_binop(ts, num, v_int(e), NB_LSHIFT);
    else
        den = gt_num_binop(ts, den, v_int(-e), NB_LSHIFT);
    if (IS_ERR(num) || IS_ERR(den))
        return V_ERR;
    Tuple *t = gt_tuple_pack2(ts, num, den);
    return t ? v_obj(t) : V_ERR;
}

static Value float_hex_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "float.hex", nargs - 1, kw, 0, 0))
        return V_ERR;
    double d = SELF_F;
    char buf[64];
    if (isnan(d) || isinf(d))
        gt_float_repr_buf(d, buf);
    else if (d == 0.0)
        snprintf(buf, sizeof buf, "%s0x0.0p+0", signbit(d) ? "-" : "");
    else
        snprintf(buf, sizeof buf, "%.13a", d); // glibc's layout is Python's for 13 hex digits
    Str *s = gt_str_from_cstr(ts, buf);
    return s ? v_obj(s) : V_ERR;
}

// float.fromhex(s): [sign] ['0x'] hexdigits ['.' hexdigits] ['p' [sign] digits], or inf/nan.
static Value float_fromhex_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "float.fromhex", nargs - 1, kw, 1, 1))
        return V_ERR;
    if (!IS_STR(args[1]))
        return gt_raise(ts, EXC(ts, TypeError), "fromhex() argument must be str, not %s",
                        gt_type_name(ts, args[1]));
    Str *s = STR_VAL(args[1]);
    const char *p = s->data, *end = s->data + s->len;
    while (p < end && ascii_space(*p))
        p++;
    while (end > p && ascii_space(end[-1]))
        end--;
    char buf[400];
    size_t k = 0;
    const char *q = p;
    if (q < end && (*q == '+' || *q == '-'))
        buf[k++] = *q++;
    double d;
    if (match_word(q, end, "inf") || match_word(q, end, "infinity") || match_word(q, end, "nan")) {
        parse_float(p, (size_t)(end - p), &d);
        return v_float(d);
    }
    if (end - q >= 2 && q[0] == '0' && (q[1] | 0x20) == 'x')
        q += 2;
    buf[k++] = '0';
    buf[k++] = 'x';
    int ndig = 0;
    bool ok = true;
    bool seen_point = false;
    while (q < end && k < sizeof buf - 40) {
        char c = *q;
        if ((c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')) {
            ndig++;
        } else if (c == '.' && !seen_point) {
            seen_point = true;
        } else {
            break;
        }
        buf[k++] = c;
        q++;
    }
    if (ndig == 0)
        ok = false;
    if (ok && q < end && (*q | 0x20) == 'p') {
        buf[k++] = *q++;
        if (q < end && (*q == '+' || *q == '-'))
            buf[k++] = *q++;
        const char *first = q;
        while (q < end && is_digit(*q) && k < sizeof buf - 2)
            buf[k++] = *q++;
        if (q == first)
            ok = false;
    }
    if (!ok || q != end)
        return gt_raise(ts, EXC(ts, ValueError), "invalid hexadecimal floating-point string");
    buf[k] = 0;
    errno = 0;
    d = strtod(buf, NULL);
    if (isinf(d))
        return gt_raise(ts, EXC(ts, OverflowError),
                        "hexadecimal value too large to represent as a float");
    return v_float(d);
}

static Value float_conjugate_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "float.conjugate", nargs - 1, kw, 0, 0))
        return V_ERR;
    return SELF;
}

static Value float_float_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!wrapper_args(ts, "__float__", nargs - 1, kw, 0))
        return V_ERR;
    return SELF;
}

static Value float_pos_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!wrapper_args(ts, "__pos__", nargs - 1, kw, 0))
        return V_ERR;
    return SELF;
}

static Value float_int_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!wrapper_args(ts, "__int__", nargs - 1, kw, 0))
        return V_ERR;
    return gt_int_from_double(ts, SELF_F);
}

static Value float_format_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "float.__format__", nargs - 1, kw, 1, 1))
        return V_ERR;
    if (!IS_STR(args[1]))
        return gt_raise(ts, EXC(ts, TypeError), "__format__() argument must be str, not %s",
                        gt_type_name(ts, args[1]));
    if (STR_VAL(args[1])->len == 0)
        return float_repr(ts, SELF);
    return gt_format_float(ts, SELF_F, STR_VAL(args[1]));
}

static Value float_round_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "__round__", nargs - 1, kw, 0, 1))
        return V_ERR;
    return gt_num_round(ts, SELF, nargs > 1 ? args[1] : V_NULL);
}

static Value float_trunc_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "float.__trunc__", nargs - 1, kw, 0, 0))
        return V_ERR;
    return gt_int_from_double(ts, SELF_F);
}

static Value float_floor_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "float.__floor__", nargs - 1, kw, 0, 0))
        return V_ERR;
    return gt_int_from_double(ts, floor(SELF_F));
}

static Value float_ceil_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "float.__ceil__", nargs - 1, kw, 0, 0))
        return V_ERR;
    return gt_int_from_double(ts, ceil(SELF_F));
}

static Value float_abs_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!wrapper_args(ts, "__abs__", nargs - 1, kw, 0))
        return V_ERR;
    return v_float(fabs(SELF_F));
}

static Value float_bool_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!wrapper_args(ts, "__bool__", nargs - 1, kw, 0))
        return V_ERR;
    return v_bool(SELF_F != 0.0);
}

static Value float_repr_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!wrapper_args(ts, "__repr__", nargs - 1, kw, 0))
        return V_ERR;
    return float_repr(ts, SELF);
}

static Value float_hash_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!wrapper_args(ts, "__hash__", nargs - 1, kw, 0))
        return V_ERR;
    return v_int(gt_float_hash(SELF_F));
}

static Value float_neg_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!wrapper_args(ts, "__neg__", nargs - 1, kw, 0))
        return V_ERR;
    return v_float(-SELF_F);
}

static Value float_divmod_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!wrapper_args(ts, "__divmod__", nargs - 1, kw, 1))
        return V_ERR;
    if (!IS_NUMBER(args[1]))
        return V_NOTIMPL(ts);
    return gt_num_divmod(ts, SELF, args[1]);
}

static Value float_rdivmod_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!wrapper_args(ts, "__rdivmod__", nargs - 1, kw, 1))
        return V_ERR;
    if (!IS_NUMBER(args[1]))
        return V_NOTIMPL(ts);
    return gt_num_divmod(ts, args[1], SELF);
}

// The arithmetic dunders: NotImplemented unless the other operand is an int or a float.
static Value float_dunder(TS *ts, Value *args, int nargs, Tuple *kw, int op, bool reflected,
                          const char *name) {
    if (op == NB_POWER ? !gt_check_args(ts, "", nargs - 1, kw, 1, 2)
                       : !wrapper_args(ts, name, nargs - 1, kw, 1))
        return V_ERR;
    if (!IS_NUMBER(args[1]))
        return V_NOTIMPL(ts);
    if (nargs > 2 && !IS_NONE(args[2]))
        return gt_raise(ts, EXC(ts, TypeError),
                        "pow() 3rd argument not allowed unless all arguments are integers");
    return reflected ? gt_num_binop(ts, args[1], SELF, op) : gt_num_binop(ts, SELF, args[1], op);
}

#define FLOAT_BINOP(name, op)                                                                      \
    static Value float_##name##_m(TS *ts, Value *args, int nargs, Tuple *kw) {                     \
        return float_dunder(ts, args, nargs, kw, op, false, "__" #name "__");                      \
    }                                                                                              \
    static Value float_r##name##_m(TS *ts, Value *args, int nargs, Tuple *kw) {                    \
        return float_dunder(ts, args, nargs, kw, op, true, "__r" #name "__");                      \
    }
FLOAT_BINOP(add, NB_ADD)
FLOAT_BINOP(sub, NB_SUBTRACT)
FLOAT_BINOP(mul, NB_MULTIPLY)
FLOAT_BINOP(truediv, NB_TRUE_DIVIDE)
FLOAT_BINOP(floordiv, NB_FLOOR_DIVIDE)
FLOAT_BINOP(mod, NB_REMAINDER)
FLOAT_BINOP(pow, NB_POWER)
#undef FLOAT_BINOP

static Value float_cmp_dunder(TS *ts, Value *args, int nargs, Tuple *kw, int op, const char *name) {
    if (!wrapper_args(ts, name, nargs - 1, kw, 1))
        return V_ERR;
    if (!IS_NUMBER(args[1]))
        return V_NOTIMPL(ts);
    return gt_num_richcmp(ts, SELF, args[1], op);
}

#define FLOAT_CMP(name, op)                                                                        \
    static Value float_##name##_m(TS *ts, Value *args, int nargs, Tuple *kw) {                     \
        return float_cmp_dunder(ts, args, nargs, kw, op, "__" #name "__");                         \
    }
FLOAT_CMP(lt, CMP_LT)
FLOAT_CMP(le, CMP_LE)
FLOAT_CMP(eq, CMP_EQ)
FLOAT_CMP(ne, CMP_NE)
FLOAT_CMP(gt, CMP_GT)
FLOAT_CMP(ge, CMP_GE)
#undef FLOAT_CMP

// float.__new__(cls, x=0.0): check cls, then call the type.
static Value float_new_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    Type *t = TYPE(ts, float_);
    if (nargs < 1)
        return gt_raise(ts, EXC(ts, TypeError), "float.__new__(): not enough arguments");
    if (!IS_TYPE(args[0]))
        return gt_raise(ts, EXC(ts, TypeError), "float.__new__(X): X is not a type object (%s)",
                        gt_type_name(ts, args[0]));
    Type *cls = TYPE_VAL(args[0]);
    if (!gt_is_subtype(cls, t))
        return gt_raise(ts, EXC(ts, TypeError), "float.__new__(%N): %N is not a subtype of float",
                        cls, cls);
    return cls->make(ts, cls, args + 1, nargs - 1, kw);
}

static const MethodDef float_methods[] = {
    {"__new__", float_new_m, CF_STATIC, NULL},
    {"is_integer", float_is_integer_m, 0, "Return True if the float is an integer."},
    {"as_integer_ratio", float_as_integer_ratio_m, 0,
     "Return integer ratio: a pair of ints whose ratio is exactly the float."},
    {"hex", float_hex_m, 0, "Return a hexadecimal representation of a floating-point number."},
    {"fromhex", float_fromhex_m, CF_CLASS,
     "Create a floating-point number from a hexadecimal string."},
    {"conjugate", float_conjugate_m, 0, "Return self, the complex conjugate of any float."},
    {"__format__", float_format_m, 0, NULL},
    {"__round__", float_round_m, 0, NULL},
    {"__trunc__", float_trunc_m, 0, NULL},
    {"__int__", float_int_m, 0, NULL},
    {"__floor__", float_floor_m, 0, NULL},
    {"__ceil__", float_ceil_m, 0, NULL},
    {"__float__", float_float_m, 0, NULL},
    {"__pos__", float_pos_m, 0, NULL},
    {"__neg__", float_neg_m, 0, NULL},
    {"__abs__", float_abs_m, 0, NULL},
    {"__bool__", float_bool_m, 0, NULL},
    {"__repr__", float_repr_m, 0, NULL},
    {"__hash__", float_hash_m, 0, NULL},
    {"__divmod__", float_divmod_m, 0, NULL},
    {"__rdivmod__", float_rdivmod_m, 0, NULL},
    {"__add__", float_add_m, 0, NULL},
    {"__radd__", float_radd_m, 0, NULL},
    {"__sub__", float_sub_m, 0, NULL},
    {"__rsub__", float_rsub_m, 0, NULL},
    {"__mul__", float_mul_m, 0, NULL},
    {"__rmul__", float_rmul_m, 0, NULL},
    {"__truediv__", float_truediv_m, 0, NULL},
    {"__rtruediv__", float_rtruediv_m, 0, NULL},
    {"__floordiv__", float_floordiv_m, 0, NULL},
    {"__rfloordiv__", float_rfloordiv_m, 0, NULL},
    {"__mod__", float_mod_m, 0, NULL},
    {"__rmod__", float_rmod_m, 0, NULL},
    {"__pow__", float_pow_m, 0, NULL},
    {"__rpow__", float_rpow_m, 0, NULL},
    {"__lt__", float_lt_m, 0, NULL},
    {"__le__", float_le_m, 0, NULL},
    {"__eq__", float_eq_m, 0, NULL},
    {"__ne__", float_ne_m, 0, NULL},
    {"__gt__", float_gt_m, 0, NULL},
    {"__ge__", float_ge_m, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static Value float_get_self(TS *ts, Value self) {
    GT_UNUSED(ts);
    return self;
}

static Value float_get_zero(TS *ts, Value self) {
    GT_UNUSED(ts);
    GT_UNUSED(self);
    return v_float(0.0);
}

static const GetSetDef float_getsets[] = {
    {"real", float_get_self, NULL},
    {"imag", float_get_zero, NULL},
    {NULL, NULL, NULL},
};

void gt_float_init_type(TS *ts) {
    Type *t = TYPE(ts, float_);
    // Floats live inside Values; no heap object ever has this type.
    gt_type_setup(ts, t, "float", NULL, K_NONE_, 0, 0);
    t->mark = NULL;
    t->free = NULL;
    t->make = float_make;
    t->repr = float_repr;
    t->str = float_repr;
    t->hash = float_hash;
    t->richcmp = gt_num_richcmp;
    t->binop = float_binop_slot;
    t->unary = gt_num_unary;
    t->truth = float_truth;
    gt_type_add_methods(ts, t, float_methods);
    gt_type_add_getsets(ts, t, float_getsets);
}
