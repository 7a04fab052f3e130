// int.c - the int and bool types, and the arithmetic every number shares: gt_num_binop,
// gt_num_richcmp, gt_num_unary and gt_num_hash dispatch on any pair of int/bool/big int/float.
//
// Small ints are VT_INT Values with overflow-checked fast paths. A result that leaves int64
// becomes a BigInt whose limbs are GMP's own, so GMP reads them in place through a read-only
// mpz "view" (zview) without copying; results computed by GMP in a temporary mpz are copied
// into a new BigInt, or back into a VT_INT when they fit (int_from_mpz normalises). Only this
// file includes gmp.h. float.c holds the float type and the float arithmetic.
#include <gmp.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core.h"
#include "format.h"

_Static_assert(sizeof(mp_limb_t) == sizeof(uint64_t), "gilt needs 64-bit GMP limbs");

// Numeric hashes are taken modulo this Mersenne prime, as CPython does, so that equal numbers
// of different types (1, 1.0, True) hash alike.
#define HASH_MODULUS (((uint64_t)1 << 61) - 1)
// Results needing more bits than this raise MemoryError before reaching GMP, which would
// abort the whole process when an allocation fails.
#define MAX_BITS ((uint64_t)1 << 34)
#define TWO_POW_53 9007199254740992LL

// ---- Big int storage: views for GMP, normalised results ----

typedef struct ZView {
    mpz_t z;
    mp_limb_t limb;
} ZView;

// A read-only mpz for any int Value (small, bool or big). Valid while zv and v live; never
// pass it to GMP as an output.
static mpz_srcptr zview(ZView *zv, Value v) {
    if (v.tag == VT_OBJ) {
        BigInt *b = (BigInt *)AS_OBJ(v);
        return mpz_roinit_n(zv->z, (const mp_limb_t *)b->limbs, (mp_size_t)b->size);
    }
    int64_t i = v.as.i;
    zv->limb = i < 0 ? (mp_limb_t)0 - (mp_limb_t)i : (mp_limb_t)i;
    return mpz_roinit_n(zv->z, &zv->limb, i < 0 ? -1 : (i > 0 ? 1 : 0));
}

static inline uint64_t mag64(int64_t i) {
    return i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
}

static Value new_big(TS *ts, const mp_limb_t *limbs, size_t n, bool neg) {
    BigInt *b = gt_obj_new(ts, TYPE(ts, int_), K_BIGINT, sizeof(BigInt) + n * sizeof(uint64_t));
    if (!b)
        return V_ERR;
    memcpy(b->limbs, limbs, n * sizeof(uint64_t));
    b->size = neg ? -(int64_t)n : (int64_t)n;
    return v_obj(b);
}

// The int with magnitude limbs[0..n) (no high zero limbs) and the given sign, normalised.
static Value int_from_limbs(TS *ts, const mp_limb_t *limbs, size_t n, bool neg) {
    if (n == 0)
        return v_int(0);
    if (n == 1) {
        uint64_t m = limbs[0];
        if (!neg && m <= (uint64_t)INT64_MAX)
            return v_int((int64_t)m);
        if (neg && m <= (uint64_t)1 << 63)
            return v_int(m == (uint64_t)1 << 63 ? INT64_MIN : -(int64_t)m);
    }
    return new_big(ts, limbs, n, neg);
}

static Value int_from_mpz(TS *ts, mpz_srcptr z) {
    return int_from_limbs(ts, mpz_limbs_read(z), mpz_size(z), mpz_sgn(z) < 0);
}

// The value of a GMP temporary, which is then cleared.
static Value int_from_tmp(TS *ts, mpz_t z) {
    Value v = int_from_mpz(ts, z);
    mpz_clear(z);
    return v;
}

Value gt_int_from_i64(TS *ts, int64_t i) {
    GT_UNUSED(ts);
    return v_int(i);
}

Value gt_int_from_u64(TS *ts, uint64_t u) {
    mp_limb_t l = u;
    return int_from_limbs(ts, &l, u ? 1 : 0, false);
}

// A bool or small int as a plain int Value; big ints pass through.
static inline Value int_norm(Value v) {
    if (v.tag == VT_BOOL)
        return v_int(v.as.i);
    return v;
}

int gt_int_sign(Value v) {
    if (v.tag == VT_OBJ) {
        int64_t s = ((BigInt *)AS_OBJ(v))->size;
        return s < 0 ? -1 : (s > 0);
    }
    return v.as.i < 0 ? -1 : (v.as.i > 0);
}

int64_t gt_int_bit_length(Value v) {
    if (v.tag == VT_OBJ) {
        BigInt *b = (BigInt *)AS_OBJ(v);
        int64_t n = b->size < 0 ? -b->size : b->size;
        return (n - 1) * 64 + (64 - __builtin_clzll(b->limbs[n - 1]));
    }
    uint64_t m = mag64(v.as.i);
    return m ? 64 - __builtin_clzll(m) : 0;
}

static bool too_big(TS *ts, uint64_t bits) {
    if (bits > MAX_BITS) {
        gt_raise_nomem(ts);
        return true;
    }
    return false;
}

// ---- Conversion to double, correctly rounded ----

// cnt (<= 64) bits of the magnitude starting at bit pos.
static uint64_t mag_bits(const mp_limb_t *d, size_t n, uint64_t pos, unsigned cnt) {
    size_t li = (size_t)(pos / 64);
    unsigned off = (unsigned)(pos % 64);
    uint64_t lo = li < n ? d[li] : 0;
    uint64_t hi = li + 1 < n ? d[li + 1] : 0;
    uint64_t v = off ? (lo >> off) | (hi << (64 - off)) : lo;
    return cnt >= 64 ? v : v & (((uint64_t)1 << cnt) - 1);
}

// Are any of the bits below bit pos set?
static bool mag_any_below(const mp_limb_t *d, size_t n, uint64_t pos) {
    size_t li = (size_t)(pos / 64);
    for (size_t i = 0; i < li && i < n; i++)
        if (d[i])
            return true;
    unsigned off = (unsigned)(pos % 64);
    return li < n && off && (d[li] & (((uint64_t)1 << off) - 1));
}

// The double nearest to (m + s) * 2**e, where m is the magnitude d[0..n) and s is 0 when
// !sticky, else some amount strictly between 0 and 1 (the rest of an inexact quotient).
// Ties go to even; tiny values round into the subnormal range; too large gives HUGE_VAL.
// With sticky set, m must have at least 55 bits so that s only breaks ties.
static double mag_to_double(const mp_limb_t *d, size_t n, bool sticky, int64_t e) {
    if (n == 0)
        return 0.0;
    int64_t nbits = (int64_t)(n - 1) * 64 + (64 - __builtin_clzll(d[n - 1]));
    int64_t top = nbits - 1 + e; // exponent of the leading bit
    if (top > 1024)
        return HUGE_VAL;
    int64_t prec = 53;
    if (top < -1022)
        prec = top + 1075; // fewer significant bits are left in the subnormal range
    if (prec < 0)
        return 0.0;
    int64_t drop = nbits - prec;
    if (drop <= 0)
        return ldexp((double)mag_bits(d, n, 0, 64), (int)e);
    uint64_t kept = drop >= nbits ? 0 : mag_bits(d, n, (uint64_t)drop, (unsigned)prec);
    bool half = mag_bits(d, n, (uint64_t)(drop - 1), 1) != 0;
    bool rest = sticky || mag_any_below(d, n, (uint64_t)(drop - 1));
    if (half && (rest || (kept & 1)))
        kept++;
    return ldexp((double)kept, (int)(e + drop));
}

bool gt_num_to_double(TS *ts, Value v, double *out) {
    switch (v.tag) {
        case VT_FLOAT:
            *out = v.as.f;
            return true;
        case VT_INT:
        case VT_BOOL:
            *out = (double)v.as.i;
            return true;
        default:
            break;
    }
    if (IS_BIGINT(v)) {
        BigInt *b = (BigInt *)AS_OBJ(v);
        size_t n = (size_t)(b->size < 0 ? -b->size : b->size);
        double d = mag_to_double((const mp_limb_t *)b->limbs, n, false, 0);
        if (isinf(d)) {
            gt_raise(ts, EXC(ts, OverflowError), "int too large to convert to float");
            return false;
        }
        *out = b->size < 0 ? -d : d;
        return true;
    }
    gt_raise(ts, EXC(ts, TypeError), "must be real number, not %s", gt_type_name(ts, v));
    return false;
}

double gt_int_frexp(Value v, int64_t *e) {
    if (!IS_BIGINT(v)) {
        int ie;
        double m = frexp((double)v.as.i, &ie);
        *e = ie;
        return m;
    }
    BigInt *b = (BigInt *)AS_OBJ(v);
    size_t n = (size_t)(b->size < 0 ? -b->size : b->size);
    int64_t nbits = gt_int_bit_length(v);
    // Scaled into [0.5, 1]; rounding may reach 1.0, which frexp folds back.
    double m = mag_to_double((const mp_limb_t *)b->limbs, n, false, -nbits);
    int ie;
    m = frexp(m, &ie);
    *e = nbits + ie;
    return b->size < 0 ? -m : m;
}

Value gt_int_from_double(TS *ts, double d) {
    if (isinf(d))
        return gt_raise(ts, EXC(ts, OverflowError), "cannot convert float infinity to integer");
    if (isnan(d))
        return gt_raise(ts, EXC(ts, ValueError), "cannot convert float NaN to integer");
    d = trunc(d);
    if (d >= -9223372036854775808.0 && d < 9223372036854775808.0)
        return v_int((int64_t)d);
    mpz_t z;
    mpz_init_set_d(z, d); // exact: d is an integer
    return int_from_tmp(ts, z);
}

// ---- Text ----

static bool ascii_space(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
}

// First code points of the runs of ten Unicode decimal digits (category Nd) outside ASCII.
static const uint32_t digit_zeros[] = {
    0x660,   0x6f0,   0x7c0,   0x966,   0x9e6,   0xa66,   0xae6,   0xb66,   0xbe6,   0xc66,
    0xce6,   0xd66,   0xde6,   0xe50,   0xed0,   0xf20,   0x1040,  0x1090,  0x17e0,  0x1810,
    0x1946,  0x19d0,  0x1a80,  0x1a90,  0x1b50,  0x1bb0,  0x1c40,  0x1c50,  0xa620,  0xa8d0,
    0xa900,  0xa9d0,  0xa9f0,  0xaa50,  0xabf0,  0xff10,  0x104a0, 0x10d30, 0x11066, 0x110f0,
    0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950,
    0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec,
    0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
};

static bool unicode_space(uint32_t cp) {
    return cp == 0x85 || cp == 0xa0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200a) ||
           cp == 0x2028 || cp == 0x2029 || cp == 0x202f || cp == 0x205f || cp == 0x3000;
}

char *gt_num_to_ascii(const char *s, size_t len, size_t *outlen) {
    char *out = malloc(len + 1);
    if (!out)
        return NULL;
    size_t n = 0;
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            out[n++] = (char)c;
            i++;
            continue;
        }
        int k;
        uint32_t cp = gt_utf8_decode(s + i, &k);
        i += (size_t)k;
        char r = 0x7f;
        if (unicode_space(cp)) {
            r = ' ';
        } else {
            for (size_t z = 0; z < sizeof digit_zeros / sizeof digit_zeros[0]; z++) {
                if (cp >= digit_zeros[z] && cp < digit_zeros[z] + 10) {
                    r = (char)('0' + (cp - digit_zeros[z]));
                    break;
                }
            }
        }
        out[n++] = r;
    }
    out[n] = 0;
    *outlen = n;
    return out;
}

static int digit_value(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

static Value digits_error(TS *ts, size_t ndigits) {
    return gt_raise(ts, EXC(ts, ValueError),
                    "Exceeds the limit (%lld digits) for integer string conversion: value has "
                    "%zu digits; use sys.set_int_max_str_digits() to increase the limit",
                    (long long)ts->interp->int_max_str_digits, ndigits);
}

// Parse ASCII int text. Returns 1 with *out set, 0 for a malformed literal, -1 with an
// exception pending.
static int parse_int(TS *ts, const char *p, size_t len, int base, Value *out) {
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
    bool prefixed = false;
    if (end - p >= 2 && p[0] == '0') {
        char c = (char)(p[1] | 0x20);
        int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) {
            base = pb;
            p += 2;
            prefixed = true;
        }
    }
    bool plain_base0 = base == 0;
    if (plain_base0)
        base = 10;
    // After a prefix an underscore may come first ("0x_1f").
    if (prefixed && p < end && *p == '_')
        p++;
    if (p >= end)
        return 0;
    char *digits = malloc((size_t)(end - p) + 1);
    if (!digits) {
        gt_raise_nomem(ts);
        return -1;
    }
    size_t nd = 0;
    for (const char *q = p; q < end; q++) {
        if (*q == '_') {
            if (q == p || q[-1] == '_' || q + 1 == end)
                goto bad;
            continue;
        }
        if (digit_value(*q) >= base)
            goto bad;
        digits[nd++] = *q;
    }
    digits[nd] = 0;
    // In source-code syntax (base 0) a decimal number cannot have leading zeros, except 0 itself.
    if (plain_base0 && digits[0] == '0') {
        for (size_t i = 0; i < nd; i++)
            if (digits[i] != '0')
                goto bad;
    }
    // CPython 3.11 limits decimal (non power of two base) conversions: sys.set_int_max_str_digits.
    int64_t max_digits = ts->interp->int_max_str_digits;
    if ((base & (base - 1)) != 0 && max_digits > 0 && nd > (size_t)max_digits) {
        free(digits);
        digits_error(ts, nd);
        return -1;
    }
    // Most literals fit in 64 bits: accumulate without GMP.
    uint64_t acc = 0;
    bool overflow = false;
    for (size_t i = 0; i < nd && !overflow; i++)
        overflow = __builtin_mul_overflow(acc, (uint64_t)base, &acc) ||
                   __builtin_add_overflow(acc, (uint64_t)digit_value(digits[i]), &acc);
    if (!overflow) {
        free(digits);
        mp_limb_t l = acc;
        *out = int_from_limbs(ts, &l, acc ? 1 : 0, neg);
        return IS_ERR(*out) ? -1 : 1;
    }
    mpz_t z;
    mpz_init(z);
    mpz_set_str(z, digits, base);
    free(digits);
    if (neg)
        mpz_neg(z, z);
    *out = int_from_tmp(ts, z);
    return IS_ERR(*out) ? -1 : 1;
bad:
    free(digits);
    return 0;
}

// "invalid literal ...: 'text'" with the repr cut at 200 code points, as CPython does.
static Value raise_bad_literal(TS *ts, int base, const char *s, size_t len) {
    Str *orig = gt_str_decode(ts, s, len);
    if (!orig)
        return V_ERR;
    Str *rep = gt_str_repr(ts, orig);
    if (!rep)
        return V_ERR;
    if (rep->nchars > 200) {
        rep = gt_str_new(ts, rep->data, gt_str_offset(rep, 200));
        if (!rep)
            return V_ERR;
    }
    return gt_raise(ts, EXC(ts, ValueError), "invalid literal for int() with base %d: %S", base,
                    rep);
}

Value gt_int_from_str(TS *ts, const char *s, size_t len, int base) {
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
    Value out = V_ERR;
    int r = parse_int(ts, p, n, base, &out);
    free(norm);
    if (r < 0)
        return V_ERR;
    if (r == 0)
        return raise_bad_literal(ts, base, s, len);
    return out;
}

static Value str_limit_error(TS *ts) {
    return gt_raise(ts, EXC(ts, ValueError),
                    "Exceeds the limit (%lld digits) for integer string conversion; use "
                    "sys.set_int_max_str_digits() to increase the limit",
                    (long long)ts->interp->int_max_str_digits);
}

// Digits of a uint64 in base 2..36, written backwards ending at end; returns the start.
static char *u64_digits(uint64_t u, int base, char *end) {
    char *p = end;
    do {
        unsigned d = (unsigned)(u % (unsigned)base);
        *--p = (char)(d < 10 ? '0' + d : 'a' + d - 10);
        u /= (unsigned)base;
    } while (u);
    return p;
}

char *gt_int_to_cstr(TS *ts, Value v, int base) {
    if (!IS_OBJ(v)) {
        char buf[72];
        char *end = buf + sizeof buf - 1;
        *end = 0;
        char *p = u64_digits(mag64(v.as.i), base, end);
        if (v.as.i < 0)
            *--p = '-';
        char *r = strdup(p);
        if (!r)
            gt_raise_nomem(ts);
        return r;
    }
    int64_t max_digits = ts->interp->int_max_str_digits;
    bool limited = base == 10 && max_digits > 0;
    // A quick lower bound on the digit count avoids converting enormous numbers just to fail.
    if (limited &&
        (double)(gt_int_bit_length(v) - 1) * 0.30102999566398120 > (double)max_digits + 1) {
        str_limit_error(ts);
        return NULL;
    }
    ZView zv;
    mpz_srcptr z = zview(&zv, v);
    size_t cap = mpz_sizeinbase(z, base) + 2;
    char *buf = malloc(cap);
    if (!buf) {
        gt_raise_nomem(ts);
        return NULL;
    }
    mpz_get_str(buf, base, z);
    if (limited) {
        size_t nd = strlen(buf) - (buf[0] == '-');
        if (nd > (size_t)max_digits) {
            free(buf);
            str_limit_error(ts);
            return NULL;
        }
    }
    return buf;
}

Str *gt_int_to_str(TS *ts, Value v, int base) {
    if (!IS_OBJ(v)) {
        char buf[72];
        char *end = buf + sizeof buf;
        char *p = u64_digits(mag64(v.as.i), base, end);
        if (v.as.i < 0)
            *--p = '-';
        return gt_str_new(ts, p, (size_t)(end - p));
    }
    char *s = gt_int_to_cstr(ts, v, base);
    if (!s)
        return NULL;
    Str *r = gt_str_new(ts, s, strlen(s));
    free(s);
    return r;
}

Value gt_int_format_base(TS *ts, Value v, int base) {
    v = gt_number_index(ts, v);
    if (IS_ERR(v))
        return v;
    char *s = gt_int_to_cstr(ts, v, base);
    if (!s)
        return V_ERR;
    const char *prefix = base == 2 ? "0b" : base == 8 ? "0o" : "0x";
    bool neg = s[0] == '-';
    Str *r = gt_str_printf(ts, "%s%s%s", neg ? "-" : "", prefix, s + neg);
    free(s);
    return r ? v_obj(r) : V_ERR;
}

// ---- Arithmetic on ints ----

static Value int_truediv(TS *ts, Value a, Value b) {
    if (gt_int_sign(b) == 0)
        return gt_raise(ts, EXC(ts, ZeroDivisionError), "division by zero");
    if (!IS_OBJ(a) && !IS_OBJ(b) && a.as.i >= -TWO_POW_53 && a.as.i <= TWO_POW_53 &&
        b.as.i >= -TWO_POW_53 && b.as.i <= TWO_POW_53)
        return v_float((double)a.as.i / (double)b.as.i); // both exact: one rounding
    ZView va, vb;
    mpz_srcptr za = zview(&va, a), zb = zview(&vb, b);
    bool neg = (mpz_sgn(za) < 0) != (mpz_sgn(zb) < 0);
    if (mpz_sgn(za) == 0)
        return v_float(neg ? -0.0 : 0.0);
    int64_t diff = gt_int_bit_length(a) - gt_int_bit_length(b);
    if (diff > 1025)
        return gt_raise(ts, EXC(ts, OverflowError),
                        "integer division result too large for a float");
    if (diff < -1078)
        return v_float(neg ? -0.0 : 0.0);
    // Scale so that the integer quotient has 55 or 56 bits; the remainder only decides ties.
    int64_t shift = 55 - diff;
    mpz_t num, den, q, r;
    mpz_init_set(num, za);
    mpz_init_set(den, zb);
    mpz_abs(num, num);
    mpz_abs(den, den);
    if (shift > 0)
        mpz_mul_2exp(num, num, (mp_bitcnt_t)shift);
    else if (shift < 0)
        mpz_mul_2exp(den, den, (mp_bitcnt_t)-shift);
    mpz_inits(q, r, NULL);
    mpz_tdiv_qr(q, r, num, den);
    double d = mag_to_double(mpz_limbs_read(q), mpz_size(q), mpz_sgn(r) != 0, -shift);
    mpz_clears(num, den, q, r, NULL);
    if (isinf(d))
        return gt_raise(ts, EXC(ts, OverflowError),
                        "integer division result too large for a float");
    return v_float(neg ? -d : d);
}

static Value int_pow(TS *ts, Value a, Value b) {
    if (gt_int_sign(b) < 0) {
        // A negative exponent gives a float, computed as float ** float (CPython does the same).
        double x, y;
        if (!gt_num_to_double(ts, a, &x) || !gt_num_to_double(ts, b, &y))
            return V_ERR;
        return gt_float_binop(ts, x, y, NB_POWER);
    }
    if (!IS_OBJ(a) && a.as.i >= -1 && a.as.i <= 1) {
        int64_t x = a.as.i;
        if (x == 1)
            return v_int(1);
        bool even = IS_OBJ(b) ? (((BigInt *)AS_OBJ(b))->limbs[0] & 1) == 0 : (b.as.i & 1) == 0;
        if (x == 0)
            return v_int(gt_int_sign(b) == 0 ? 1 : 0);
        return v_int(even ? 1 : -1);
    }
    if (IS_OBJ(b))
        return gt_raise_nomem(ts);
    uint64_t e = (uint64_t)b.as.i;
    if (!IS_OBJ(a)) {
        // Square-and-multiply in int64 while nothing overflows.
        int64_t result = 1, base = a.as.i;
        uint64_t n = e;
        for (;;) {
            if ((n & 1) && __builtin_mul_overflow(result, base, &result))
                goto big;
            n >>= 1;
            if (!n)
                return v_int(result);
            if (__builtin_mul_overflow(base, base, &base))
                goto big;
        }
    }
big:;
    uint64_t bits;
    if (__builtin_mul_overflow((uint64_t)gt_int_bit_length(a), e, &bits) || bits > MAX_BITS)
        return gt_raise_nomem(ts);
    ZView va;
    mpz_t r;
    mpz_init(r);
    mpz_pow_ui(r, zview(&va, a), (unsigned long)e);
    return int_from_tmp(ts, r);
}

static Value int_shift(TS *ts, Value a, Value b, bool left) {
    if (gt_int_sign(b) < 0)
        return gt_raise(ts, EXC(ts, ValueError), "negative shift count");
    int sa = gt_int_sign(a);
    if (sa == 0)
        return v_int(0);
    if (IS_OBJ(b)) {
        if (!left)
            return v_int(sa < 0 ? -1 : 0);
        // CPython stores ints in 30-bit digits: a result with more digits than it can index
        // is an OverflowError, a smaller (still impossible) one a MemoryError. Match that.
        ZView vb;
        mpz_t q;
        mpz_init(q);
        unsigned long rem = mpz_fdiv_q_ui(q, zview(&vb, b), 30);
        bool fits = mpz_fits_slong_p(q);
        int64_t digits = fits ? (int64_t)mpz_get_si(q) : 0;
        mpz_clear(q);
        int64_t extra = (gt_int_bit_length(a) + 29) / 30 + (rem != 0);
        if (fits && !__builtin_add_overflow(digits, extra, &digits) &&
            digits <= (int64_t)(((uint64_t)INT64_MAX - 24) / 4))
            return gt_raise_nomem(ts);
        return gt_raise(ts, EXC(ts, OverflowError), "too many digits in integer");
    }
    uint64_t n = (uint64_t)b.as.i;
    if (!left) {
        if (!IS_OBJ(a))
            return v_int(n >= 64 ? (a.as.i < 0 ? -1 : 0) : a.as.i >> n);
        if (n >= (uint64_t)gt_int_bit_length(a))
            return v_int(sa < 0 ? -1 : 0);
        ZView va;
        mpz_t r;
        mpz_init(r);
        mpz_fdiv_q_2exp(r, zview(&va, a), (mp_bitcnt_t)n);
        return int_from_tmp(ts, r);
    }
    if (!IS_OBJ(a) && n < 64) {
        int64_t r = (int64_t)((uint64_t)a.as.i << n);
        if ((r >> n) == a.as.i)
            return v_int(r);
    }
    if (too_big(ts, (uint64_t)gt_int_bit_length(a) + n))
        return V_ERR;
    ZView va;
    mpz_t r;
    mpz_init(r);
    mpz_mul_2exp(r, zview(&va, a), (mp_bitcnt_t)n);
    return int_from_tmp(ts, r);
}

// Any int op, through GMP (also the fallback of the small-int paths when they overflow).
static Value int_binop_big(TS *ts, Value a, Value b, int op) {
    switch (op) {
        case NB_TRUE_DIVIDE:
            return int_truediv(ts, a, b);
        case NB_POWER:
            return int_pow(ts, a, b);
        case NB_LSHIFT:
            return int_shift(ts, a, b, true);
        case NB_RSHIFT:
            return int_shift(ts, a, b, false);
        case NB_FLOOR_DIVIDE:
            if (gt_int_sign(b) == 0)
                return gt_raise(ts, EXC(ts, ZeroDivisionError),
                                "integer division or modulo by zero");
            break;
        case NB_REMAINDER:
            if (gt_int_sign(b) == 0)
                return gt_raise(ts, EXC(ts, ZeroDivisionError), "integer modulo by zero");
            break;
        case NB_MULTIPLY:
            if (too_big(ts, (uint64_t)(gt_int_bit_length(a) + gt_int_bit_length(b))))
                return V_ERR;
            break;
        case NB_MATRIX_MULTIPLY:
            return V_NOTIMPL(ts);
        default:
            break;
    }
    ZView va, vb;
    mpz_srcptr za = zview(&va, a), zb = zview(&vb, b);
    mpz_t r;
    mpz_init(r);
    switch (op) {
        case NB_ADD:
            mpz_add(r, za, zb);
            break;
        case NB_SUBTRACT:
            mpz_sub(r, za, zb);
            break;
        case NB_MULTIPLY:
            mpz_mul(r, za, zb);
            break;
        case NB_FLOOR_DIVIDE:
            mpz_fdiv_q(r, za, zb);
            break;
        case NB_REMAINDER:
            mpz_fdiv_r(r, za, zb);
            break;
        case NB_AND:
            mpz_and(r, za, zb);
            break;
        case NB_OR:
            mpz_ior(r, za, zb);
            break;
        default: // NB_XOR
            mpz_xor(r, za, zb);
            break;
    }
    return int_from_tmp(ts, r);
}

// Small-int fast paths: V_NULL when the result needs the big path (overflow, **, /...).
static inline Value int_binop_small(TS *ts, int64_t x, int64_t y, int op) {
    int64_t r;
    switch (op) {
        case NB_ADD:
            if (!__builtin_add_overflow(x, y, &r))
                return v_int(r);
            return V_NULL;
        case NB_SUBTRACT:
            if (!__builtin_sub_overflow(x, y, &r))
                return v_int(r);
            return V_NULL;
        case NB_MULTIPLY:
            if (!__builtin_mul_overflow(x, y, &r))
                return v_int(r);
            return V_NULL;
        case NB_FLOOR_DIVIDE:
            if (y == 0)
                return gt_raise(ts, EXC(ts, ZeroDivisionError),
                                "integer division or modulo by zero");
            if (y == -1)
                return x == INT64_MIN ? V_NULL : v_int(-x);
            r = x / y;
            // C truncates toward zero; Python floors.
            if ((x % y != 0) && ((x < 0) != (y < 0)))
                r--;
            return v_int(r);
        case NB_REMAINDER:
            if (y == 0)
                return gt_raise(ts, EXC(ts, ZeroDivisionError), "integer modulo by zero");
            if (y == -1)
                return v_int(0);
            r = x % y;
            // Python's remainder takes the sign of the divisor.
            if (r != 0 && ((r < 0) != (y < 0)))
                r += y;
            return v_int(r);
        case NB_AND:
            return v_int(x & y);
        case NB_OR:
            return v_int(x | y);
        case NB_XOR:
            return v_int(x ^ y);
        case NB_RSHIFT:
            if (y < 0)
                return gt_raise(ts, EXC(ts, ValueError), "negative shift count");
            return v_int(y >= 64 ? (x < 0 ? -1 : 0) : x >> y);
        case NB_MATRIX_MULTIPLY:
            return V_NOTIMPL(ts);
        default:
            return V_NULL;
    }
}

static bool is_float_op(int op) {
    switch (op) {
        case NB_ADD:
        case NB_SUBTRACT:
        case NB_MULTIPLY:
        case NB_TRUE_DIVIDE:
        case NB_FLOOR_DIVIDE:
        case NB_REMAINDER:
        case NB_POWER:
            return true;
        default:
            return false;
    }
}

Value gt_num_binop(TS *ts, Value a, Value b, int op) {
    if (GT_LIKELY(a.tag == VT_INT && b.tag == VT_INT)) {
        Value r = int_binop_small(ts, a.as.i, b.as.i, op);
        if (GT_LIKELY(!IS_NULL(r)))
            return r;
        return int_binop_big(ts, a, b, op);
    }
    if (a.tag == VT_FLOAT && b.tag == VT_FLOAT)
        return gt_float_binop(ts, a.as.f, b.as.f, op);
    bool ai = IS_ANYINT(a), bi = IS_ANYINT(b);
    if (ai && bi) {
        if (a.tag == VT_BOOL && b.tag == VT_BOOL) {
            // bool & | ^ bool stays a bool.
            if (op == NB_AND)
                return v_bool(a.as.i & b.as.i);
            if (op == NB_OR)
                return v_bool(a.as.i | b.as.i);
            if (op == NB_XOR)
                return v_bool(a.as.i ^ b.as.i);
        }
        if (!IS_OBJ(a) && !IS_OBJ(b)) {
            Value r = int_binop_small(ts, a.as.i, b.as.i, op);
            if (!IS_NULL(r))
                return r;
        }
        return int_binop_big(ts, int_norm(a), int_norm(b), op);
    }
    if ((ai || IS_FLOAT(a)) && (bi || IS_FLOAT(b))) {
        if (!is_float_op(op))
            return V_NOTIMPL(ts);
        double x, y;
        if (!gt_num_to_double(ts, a, &x) || !gt_num_to_double(ts, b, &y))
            return V_ERR;
        return gt_float_binop(ts, x, y, op);
    }
    return V_NOTIMPL(ts);
}

// ---- Comparison ----

static int cmp_ints(Value a, Value b) {
    if (!IS_OBJ(a) && !IS_OBJ(b))
        return a.as.i < b.as.i ? -1 : (a.as.i > b.as.i);
    ZView va, vb;
    int c = mpz_cmp(zview(&va, a), zview(&vb, b));
    return c < 0 ? -1 : (c > 0);
}

// Exact comparison of an int with a double: -1, 0, 1, or 2 when d is a NaN (unordered).
static int cmp_int_double(Value a, double d) {
    if (isnan(d))
        return 2;
    if (!IS_OBJ(a)) {
        int64_t x = a.as.i;
        if (x >= -TWO_POW_53 && x <= TWO_POW_53) {
            double fx = (double)x; // exact
            return fx < d ? -1 : (fx > d);
        }
        if (d >= 9223372036854775808.0)
            return -1;
        if (d < -9223372036854775808.0)
            return 1;
        double t = trunc(d);
        int64_t ti = (int64_t)t; // exact: |t| < 2**63
        if (x != ti)
            return x < ti ? -1 : 1;
        double frac = d - t;
        return frac > 0 ? -1 : (frac < 0);
    }
    if (isinf(d))
        return d > 0 ? -1 : 1;
    ZView va;
    int c = mpz_cmp_d(zview(&va, a), d); // exact in GMP
    return c < 0 ? -1 : (c > 0);
}

static Value cmp_result(int c, int op) {
    if (c == 2) // NaN: only != holds
        return v_bool(op == CMP_NE);
    return gt_cmp_outcome(c, op);
}

Value gt_num_richcmp(TS *ts, Value a, Value b, int op) {
    if (a.tag == VT_FLOAT && b.tag == VT_FLOAT) {
        double x = a.as.f, y = b.as.f;
        switch (op) {
            case CMP_LT:
                return v_bool(x < y);
            case CMP_LE:
                return v_bool(x <= y);
            case CMP_EQ:
                return v_bool(x == y);
            case CMP_NE:
                return v_bool(x != y);
            case CMP_GT:
                return v_bool(x > y);
            default:
                return v_bool(x >= y);
        }
    }
    bool ai = IS_ANYINT(a), bi = IS_ANYINT(b);
    if (ai && bi)
        return cmp_result(cmp_ints(a, b), op);
    if (ai && IS_FLOAT(b))
        return cmp_result(cmp_int_double(a, b.as.f), op);
    if (IS_FLOAT(a) && bi) {
        int c = cmp_int_double(b, a.as.f);
        return cmp_result(c == 2 ? 2 : -c, op);
    }
    return V_NOTIMPL(ts);
}

// ---- Unary operators ----

Value gt_num_unary(TS *ts, Value a, int op) {
    if (a.tag == VT_FLOAT) {
        if (op == UN_NEG)
            return v_float(-a.as.f);
        if (op == UN_POS)
            return a;
        return V_NOTIMPL(ts);
    }
    if (a.tag == VT_INT || a.tag == VT_BOOL) {
        int64_t x = a.as.i;
        switch (op) {
            case UN_NEG:
                if (x == INT64_MIN) {
                    mp_limb_t l = (uint64_t)1 << 63;
                    return new_big(ts, &l, 1, false);
                }
                return v_int(-x);
            case UN_POS:
                return v_int(x);
            default:
                return v_int(~x);
        }
    }
    if (!IS_BIGINT(a))
        return V_NOTIMPL(ts);
    if (op == UN_POS)
        return a;
    ZView va;
    mpz_t r;
    mpz_init(r);
    if (op == UN_NEG)
        mpz_neg(r, zview(&va, a));
    else
        mpz_com(r, zview(&va, a));
    return int_from_tmp(ts, r);
}

// ---- Hashing ----

int64_t gt_num_hash(Value v) {
    uint64_t m;
    bool neg;
    switch (v.tag) {
        case VT_FLOAT:
            return gt_float_hash(v.as.f);
        case VT_INT:
        case VT_BOOL:
            m = mag64(v.as.i) % HASH_MODULUS;
            neg = v.as.i < 0;
            break;
        default: {
            ZView zv;
            mpz_srcptr z = zview(&zv, v);
            m = mpz_tdiv_ui(z, HASH_MODULUS); // |v| mod P
            neg = mpz_sgn(z) < 0;
            break;
        }
    }
    int64_t h = neg ? -(int64_t)m : (int64_t)m;
    return h == -1 ? -2 : h;
}

// ---- Helpers for builtins (pow, divmod, abs, round) ----

// Look up a dunder on a class written in Python; V_NULL when absent (built-ins have none).
static Value heap_dunder(TS *ts, Value v, const char *name) {
    Type *t = gt_type_of(ts, v);
    if (!(t->tflags & TF_HEAPTYPE))
        return V_NULL;
    Str *n = gt_str_intern_cstr(ts, name);
    return n ? gt_type_lookup(t, n) : V_NULL;
}

static Value call_dunder_named(TS *ts, Value self, const char *name, Value *args, int nargs) {
    Str *n = gt_str_intern_cstr(ts, name);
    if (!n)
        return V_ERR;
    return gt_call_method(ts, self, n, args, nargs);
}

Value gt_int_pow_mod(TS *ts, Value base, Value exp, Value mod) {
    if (IS_NULL(mod) || IS_NONE(mod))
        return gt_binop(ts, base, exp, NB_POWER);
    if (!IS_ANYINT(base) || !IS_ANYINT(exp) || !IS_ANYINT(mod)) {
        if (IS_NUMBER(base) && IS_NUMBER(exp) && IS_NUMBER(mod))
            return gt_raise(ts, EXC(ts, TypeError),
                            "pow() 3rd argument not allowed unless all arguments are integers");
        return gt_raise(ts, EXC(ts, TypeError),
                        "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                        gt_type_name(ts, base), gt_type_name(ts, exp), gt_type_name(ts, mod));
    }
    int sm = gt_int_sign(mod);
    if (sm == 0)
        return gt_raise(ts, EXC(ts, ValueError), "pow() 3rd argument cannot be 0");
    ZView vb, ve, vm;
    mpz_srcptr zb = zview(&vb, base), ze = zview(&ve, exp), zm = zview(&vm, mod);
    mpz_t m, b, r;
    mpz_init_set(m, zm);
    mpz_abs(m, m);
    mpz_init_set(b, zb);
    mpz_init(r);
    if (mpz_sgn(ze) < 0) {
        // A negative exponent raises the modular inverse (Python 3.8+).
        if (!mpz_invert(b, b, m)) {
            bool one = mpz_cmp_ui(m, 1) == 0;
            mpz_clears(m, b, r, NULL);
            if (one)
                return v_int(0);
            return gt_raise(ts, EXC(ts, ValueError),
                            "base is not invertible for the given modulus");
        }
        mpz_t e;
        mpz_init_set(e, ze);
        mpz_neg(e, e);
        mpz_powm(r, b, e, m);
        mpz_clear(e);
    } else {
        mpz_powm(r, b, ze, m);
    }
    // r is in [0, |mod|); the result takes the sign of mod.
    if (sm < 0 && mpz_sgn(r) != 0)
        mpz_sub(r, r, m);
    mpz_clears(m, b, NULL);
    return int_from_tmp(ts, r);
}

Value gt_num_divmod(TS *ts, Value a, Value b) {
    Value q, r;
    if (IS_ANYINT(a) && IS_ANYINT(b)) {
        if (gt_int_sign(b) == 0)
            return gt_raise(ts, EXC(ts, ZeroDivisionError), "integer division or modulo by zero");
        if (!IS_OBJ(a) && !IS_OBJ(b) && !(a.as.i == INT64_MIN && b.as.i == -1)) {
            q = int_binop_small(ts, a.as.i, b.as.i, NB_FLOOR_DIVIDE);
            r = int_binop_small(ts, a.as.i, b.as.i, NB_REMAINDER);
        } else {
            ZView va, vb;
            mpz_t zq, zr;
            mpz_inits(zq, zr, NULL);
            mpz_fdiv_qr(zq, zr, zview(&va, a), zview(&vb, b));
            q = int_from_tmp(ts, zq);
            r = IS_ERR(q) ? V_ERR : int_from_mpz(ts, zr);
            mpz_clear(zr);
            if (IS_ERR(r))
                return V_ERR;
        }
    } else if (IS_NUMBER(a) && IS_NUMBER(b)) {
        double x, y, fq, fr;
        if (!gt_num_to_double(ts, a, &x) || !gt_num_to_double(ts, b, &y))
            return V_ERR;
        if (y == 0.0)
            return gt_raise(ts, EXC(ts, ZeroDivisionError), "float divmod()");
        gt_float_divmod(x, y, &fq, &fr);
        q = v_float(fq);
        r = v_float(fr);
    } else {
        if (!IS_NULL(heap_dunder(ts, a, "__divmod__"))) {
            Value res = call_dunder_named(ts, a, "__divmod__", &b, 1);
            if (IS_ERR(res) || !IS_NOTIMPL(ts, res))
                return res;
        }
        if (gt_type_of(ts, a) != gt_type_of(ts, b) && !IS_NULL(heap_dunder(ts, b, "__rdivmod__"))) {
            Value res = call_dunder_named(ts, b, "__rdivmod__", &a, 1);
            if (IS_ERR(res) || !IS_NOTIMPL(ts, res))
                return res;
        }
        return gt_raise(ts, EXC(ts, TypeError),
                        "unsupported operand type(s) for divmod(): '%s' and '%s'",
                        gt_type_name(ts, a), gt_type_name(ts, b));
    }
    Tuple *t = gt_tuple_pack2(ts, q, r);
    return t ? v_obj(t) : V_ERR;
}

static Value int_abs(TS *ts, Value v) {
    if (!IS_OBJ(v)) {
        if (v.as.i == INT64_MIN)
            return gt_num_unary(ts, v, UN_NEG);
        return v_int(v.as.i < 0 ? -v.as.i : v.as.i);
    }
    if (gt_int_sign(v) > 0)
        return v;
    return gt_num_unary(ts, v, UN_NEG);
}

Value gt_num_abs(TS *ts, Value v) {
    if (IS_FLOAT(v))
        return v_float(fabs(v.as.f));
    if (IS_ANYINT(v))
        return int_abs(ts, v);
    if (!IS_NULL(heap_dunder(ts, v, "__abs__")))
        return call_dunder_named(ts, v, "__abs__", NULL, 0);
    return gt_raise(ts, EXC(ts, TypeError), "bad operand type for abs(): '%s'",
                    gt_type_name(ts, v));
}

// round(x, nd) for an int x and nd < 0: to a multiple of 10**-nd, ties to even.
static Value int_round_neg(TS *ts, Value x, Value nd) {
    // Beyond the number of digits of x the result is 0 (ties cannot happen there).
    if (IS_OBJ(nd) || mag64(nd.as.i) > (uint64_t)gt_int_bit_length(x) + 1)
        return v_int(0);
    unsigned long k = (unsigned long)mag64(nd.as.i);
    ZView vx;
    mpz_t p, q, r;
    mpz_inits(p, q, r, NULL);
    mpz_ui_pow_ui(p, 10, k);
    mpz_fdiv_qr(q, r, zview(&vx, x), p);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, p);
    if (c > 0 || (c == 0 && mpz_odd_p(q)))
        mpz_add_ui(q, q, 1);
    mpz_mul(q, q, p);
    mpz_clears(p, r, NULL);
    return int_from_tmp(ts, q);
}

// The ndigits argument of round(): an int (or __index__ object).
static Value round_ndigits(TS *ts, Value nd) {
    return gt_number_index(ts, nd);
}

static Value int_round(TS *ts, Value x, Value nd) {
    if (IS_NULL(nd) || IS_NONE(nd))
        return int_norm(x);
    nd = round_ndigits(ts, nd);
    if (IS_ERR(nd))
        return nd;
    if (gt_int_sign(nd) >= 0)
        return int_norm(x);
    return int_round_neg(ts, int_norm(x), nd);
}

// round() of a float: to an int without ndigits, else to a float.
static Value float_round(TS *ts, double d, Value nd) {
    if (IS_NULL(nd) || IS_NONE(nd)) {
        double r = round(d);
        if (fabs(d - r) == 0.5)
            r = 2.0 * round(d / 2.0); // a tie: take the even neighbour
        return gt_int_from_double(ts, r);
    }
    nd = round_ndigits(ts, nd);
    if (IS_ERR(nd))
        return nd;
    int64_t n = IS_OBJ(nd) ? (gt_int_sign(nd) > 0 ? INT64_MAX : INT64_MIN) : nd.as.i;
    // Beyond these, every finite double is unchanged, or rounds to zero (CPython's bounds).
    if (!isfinite(d) || n > 323)
        return v_float(d);
    if (n < -308)
        return v_float(0.0 * d);
    double r = gt_float_round(d, n);
    if (isinf(r))
        return gt_raise(ts, EXC(ts, OverflowError), "rounded value too large to represent");
    return v_float(r);
}

Value gt_num_round(TS *ts, Value x, Value nd) {
    if (IS_FLOAT(x))
        return float_round(ts, x.as.f, nd);
    if (IS_ANYINT(x))
        return int_round(ts, x, nd);
    if (!IS_NULL(heap_dunder(ts, x, "__round__"))) {
        if (IS_NULL(nd) || IS_NONE(nd))
            return call_dunder_named(ts, x, "__round__", NULL, 0);
        return call_dunder_named(ts, x, "__round__", &nd, 1);
    }
    return gt_raise(ts, EXC(ts, TypeError), "type %s doesn't define __round__ method",
                    gt_type_name(ts, x));
}

// ---- Helpers for the math and random modules ----

Value gt_int_gcd(TS *ts, Value a, Value b) {
    if (!IS_OBJ(a) && !IS_OBJ(b)) {
        uint64_t x = mag64(a.as.i), y = mag64(b.as.i);
        while (y) {
            uint64_t t = x % y;
            x = y;
            y = t;
        }
        return gt_int_from_u64(ts, x);
    }
    ZView va, vb;
    mpz_t r;
    mpz_init(r);
    mpz_gcd(r, zview(&va, a), zview(&vb, b));
    return int_from_tmp(ts, r);
}

Value gt_int_isqrt(TS *ts, Value n) {
    ZView vn;
    mpz_t r;
    mpz_init(r);
    mpz_sqrt(r, zview(&vn, n));
    return int_from_tmp(ts, r);
}

Value gt_int_factorial(TS *ts, int64_t n) {
    if (n <= 20) {
        int64_t r = 1;
        for (int64_t i = 2; i <= n; i++)
            r *= i;
        return v_int(r);
    }
    if (too_big(ts, (uint64_t)((double)n * log2((double)n))))
        return V_ERR;
    mpz_t r;
    mpz_init(r);
    mpz_fac_ui(r, (unsigned long)n);
    return int_from_tmp(ts, r);
}

// For comb and perm: k <= n, with k as an unsigned long (OverflowError otherwise). Returns
// 0 if k > n (the result is then 0), 1 if fine, -1 on error.
static int comb_args(TS *ts, Value n, Value k, unsigned long *kk, const char *msg) {
    if (cmp_ints(k, n) > 0)
        return 0;
    if (IS_OBJ(k)) {
        gt_raise(ts, EXC(ts, OverflowError), msg);
        return -1;
    }
    *kk = (unsigned long)k.as.i;
    return 1;
}

Value gt_int_comb(TS *ts, Value n, Value k) {
    n = int_norm(n);
    k = int_norm(k);
    // comb(n, k) == comb(n, n - k): use the smaller one.
    Value nk = gt_num_binop(ts, n, k, NB_SUBTRACT);
    if (IS_ERR(nk))
        return nk;
    if (gt_int_sign(nk) >= 0 && cmp_ints(nk, k) < 0)
        k = nk;
    unsigned long kk;
    int ok = comb_args(ts, n, k, &kk, "min(n - k, k) must not exceed 9223372036854775807");
    if (ok <= 0)
        return ok < 0 ? V_ERR : v_int(0);
    if (too_big(ts, (uint64_t)gt_int_bit_length(n) * kk))
        return V_ERR;
    ZView vn;
    mpz_t r;
    mpz_init(r);
    mpz_bin_ui(r, zview(&vn, n), kk);
    return int_from_tmp(ts, r);
}

Value gt_int_perm(TS *ts, Value n, Value k) {
    n = int_norm(n);
    k = int_norm(k);
    unsigned long kk;
    int ok = comb_args(ts, n, k, &kk, "k must not exceed 9223372036854775807");
    if (ok <= 0)
        return ok < 0 ? V_ERR : v_int(0);
    if (too_big(ts, (uint64_t)gt_int_bit_length(n) * kk))
        return V_ERR;
    // n! / (n-k)! == comb(n, k) * k!
    ZView vn;
    mpz_t r, f;
    mpz_inits(r, f, NULL);
    mpz_bin_ui(r, zview(&vn, n), kk);
    mpz_fac_ui(f, kk);
    mpz_mul(r, r, f);
    mpz_clear(f);
    return int_from_tmp(ts, r);
}

size_t gt_int_abs_words(Value v, uint32_t *out, size_t max) {
    ZView zv;
    mpz_srcptr z = zview(&zv, v);
    size_t n = mpz_size(z);
    const mp_limb_t *d = mpz_limbs_read(z);
    size_t words = n * 2;
    if (n && (d[n - 1] >> 32) == 0)
        words--;
    for (size_t i = 0; i < words && i < max; i++)
        out[i] = (uint32_t)(d[i / 2] >> (32 * (i % 2)));
    return words;
}

Value gt_int_from_words(TS *ts, const uint32_t *words, size_t n, bool neg) {
    size_t nl = (n + 1) / 2;
    mp_limb_t small[4] = {0};
    mp_limb_t *limbs = nl <= 4 ? small : malloc(nl * sizeof(mp_limb_t));
    if (!limbs)
        return gt_raise_nomem(ts);
    for (size_t i = 0; i < nl; i++) {
        uint64_t lo = words[2 * i];
        uint64_t hi = 2 * i + 1 < n ? words[2 * i + 1] : 0;
        limbs[i] = lo | (hi << 32);
    }
    while (nl > 0 && limbs[nl - 1] == 0)
        nl--;
    Value r = int_from_limbs(ts, limbs, nl, neg);
    if (limbs != small)
        free(limbs);
    return r;
}

// ---- The int type ----

static Value int_repr(TS *ts, Value self) {
    Str *s = gt_int_to_str(ts, self, 10);
    return s ? v_obj(s) : V_ERR;
}

static Value bool_repr(TS *ts, Value self) {
    return v_obj(gt_str_intern_cstr(ts, AS_BOOL(self) ? "True" : "False"));
}

static int64_t int_hash(TS *ts, Value self) {
    GT_UNUSED(ts);
    return gt_num_hash(self);
}

static Value num_binop_slot(TS *ts, Value a, Value b, int op) {
    return gt_num_binop(ts, a, b, op >= NB_INPLACE ? op - NB_INPLACE : op);
}

static int int_truth(TS *ts, Value self) {
    GT_UNUSED(ts);
    return gt_int_sign(self) != 0;
}

// int(x) for one argument.
static Value int_from_value(TS *ts, Value x) {
    if (IS_ANYINT(x))
        return int_norm(x);
    if (IS_FLOAT(x))
        return gt_int_from_double(ts, x.as.f);
    if (IS_STR(x))
        return gt_int_from_str(ts, STR_VAL(x)->data, STR_VAL(x)->len, 10);
    static const char *const conv[] = {"__int__", "__index__", "__trunc__"};
    for (int i = 0; i < 3; i++) {
        if (IS_NULL(heap_dunder(ts, x, conv[i])))
            continue;
        Value r = call_dunder_named(ts, x, conv[i], NULL, 0);
        if (IS_ERR(r))
            return r;
        if (!IS_ANYINT(r)) {
            if (i == 2)
                return gt_raise(ts, EXC(ts, TypeError), "__trunc__ returned non-Integral (type %s)",
                                gt_type_name(ts, r));
            return gt_raise(ts, EXC(ts, TypeError), "%s returned non-int (type %s)", conv[i],
                            gt_type_name(ts, r));
        }
        return int_norm(r);
    }
    return gt_raise(ts, EXC(ts, TypeError),
                    "int() argument must be a string, a bytes-like object or a real number, "
                    "not '%s'",
                    gt_type_name(ts, x));
}

static Value int_make(TS *ts, Type *cls, Value *args, int nargs, Tuple *kwnames) {
    GT_UNUSED(cls);
    static const char *const names[] = {"x", "base"};
    Value p[2];
    if (!gt_parse_args(ts, "int", args, nargs, kwnames, names, 2, 1, 2, 0, p))
        return V_ERR;
    if (IS_NULL(p[0])) {
        if (!IS_NULL(p[1]))
            return gt_raise(ts, EXC(ts, TypeError), "int() missing string argument");
        return v_int(0);
    }
    if (IS_NULL(p[1]))
        return int_from_value(ts, p[0]);
    int64_t base;
    if (!gt_index(ts, p[1], &base, NULL))
        return V_ERR;
    if (base != 0 && (base < 2 || base > 36))
        return gt_raise(ts, EXC(ts, ValueError), "int() base must be >= 2 and <= 36, or 0");
    if (!IS_STR(p[0]))
        return gt_raise(ts, EXC(ts, TypeError),
                        "int() can't convert non-string with explicit base");
    return gt_int_from_str(ts, STR_VAL(p[0])->data, STR_VAL(p[0])->len, (int)base);
}

static Value bool_make(TS *ts, Type *cls, Value *args, int nargs, Tuple *kwnames) {
    GT_UNUSED(cls);
    if (!gt_check_args(ts, "bool", nargs, kwnames, 0, 1))
        return V_ERR;
    if (nargs == 0)
        return V_FALSE;
    int t = gt_truthy(ts, args[0]);
    return t < 0 ? V_ERR : v_bool(t);
}

// ---- int methods ----

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

static Value int_bit_length_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "int.bit_length", nargs - 1, kw, 0, 0))
        return V_ERR;
    return v_int(gt_int_bit_length(SELF));
}

static Value int_bit_count_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "int.bit_count", nargs - 1, kw, 0, 0))
        return V_ERR;
    if (!IS_OBJ(SELF))
        return v_int(__builtin_popcountll(mag64(SELF.as.i)));
    BigInt *b = (BigInt *)AS_OBJ(SELF);
    int64_t n = b->size < 0 ? -b->size : b->size, c = 0;
    for (int64_t i = 0; i < n; i++)
        c += __builtin_popcountll(b->limbs[i]);
    return v_int(c);
}

// Methods that return the int itself (as a plain int, never a bool).
#define INT_SELF_METHOD(fn, check)                                                                 \
    static Value fn(TS *ts, Value *args, int nargs, Tuple *kw) {                                   \
        if (!(check))                                                                              \
            return V_ERR;                                                                          \
        return int_norm(SELF);                                                                     \
    }
INT_SELF_METHOD(int_conjugate_m, gt_check_args(ts, "int.conjugate", nargs - 1, kw, 0, 0))
INT_SELF_METHOD(int_trunc_m, gt_check_args(ts, "int.__trunc__", nargs - 1, kw, 0, 0))
INT_SELF_METHOD(int_floor_m, gt_check_args(ts, "int.__floor__", nargs - 1, kw, 0, 0))
INT_SELF_METHOD(int_ceil_m, gt_check_args(ts, "int.__ceil__", nargs - 1, kw, 0, 0))
INT_SELF_METHOD(int_index_m, wrapper_args(ts, "__index__", nargs - 1, kw, 0))
INT_SELF_METHOD(int_int_m, wrapper_args(ts, "__int__", nargs - 1, kw, 0))
#undef INT_SELF_METHOD

static Value int_as_integer_ratio_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "int.as_integer_ratio", nargs - 1, kw, 0, 0))
        return V_ERR;
    Tuple *t = gt_tuple_pack2(ts, int_norm(SELF), v_int(1));
    return t ? v_obj(t) : V_ERR;
}

static Value int_format_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "int.__format__", nargs - 1, kw, 1, 1))
        return V_ERR;
    if (!IS_STR(args[1]))
        return gt_raise(ts, EXC(ts, TypeError), "__format__() argument must be str, not %s",
                        gt_type_name(ts, args[1]));
    if (STR_VAL(args[1])->len == 0)
        return gt_str(ts, SELF);
    return gt_format_int(ts, SELF, STR_VAL(args[1]));
}

static Value int_float_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!wrapper_args(ts, "__float__", nargs - 1, kw, 0))
        return V_ERR;
    double d;
    return gt_num_to_double(ts, SELF, &d) ? v_float(d) : V_ERR;
}

static Value int_round_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "__round__", nargs - 1, kw, 0, 1))
        return V_ERR;
    return int_round(ts, SELF, nargs > 1 ? args[1] : V_NULL);
}

static Value int_abs_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!wrapper_args(ts, "__abs__", nargs - 1, kw, 0))
        return V_ERR;
    return int_abs(ts, SELF);
}

static Value int_bool_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!wrapper_args(ts, "__bool__", nargs - 1, kw, 0))
        return V_ERR;
    return v_bool(gt_int_sign(SELF) != 0);
}

static Value int_repr_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!wrapper_args(ts, "__repr__", nargs - 1, kw, 0))
        return V_ERR;
    return IS_BOOL(SELF) ? bool_repr(ts, SELF) : int_repr(ts, SELF);
}

static Value int_hash_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!wrapper_args(ts, "__hash__", nargs - 1, kw, 0))
        return V_ERR;
    return v_int(gt_num_hash(SELF));
}

static Value int_divmod_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!wrapper_args(ts, "__divmod__", nargs - 1, kw, 1))
        return V_ERR;
    if (!IS_ANYINT(args[1]))
        return V_NOTIMPL(ts);
    return gt_num_divmod(ts, SELF, args[1]);
}

static Value int_rdivmod_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!wrapper_args(ts, "__rdivmod__", nargs - 1, kw, 1))
        return V_ERR;
    if (!IS_ANYINT(args[1]))
        return V_NOTIMPL(ts);
    return gt_num_divmod(ts, args[1], SELF);
}

static Value int_pow_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "", nargs - 1, kw, 1, 2))
        return V_ERR;
    if (!IS_ANYINT(args[1]) || (nargs > 2 && !IS_ANYINT(args[2]) && !IS_NONE(args[2])))
        return V_NOTIMPL(ts);
    return gt_int_pow_mod(ts, SELF, args[1], nargs > 2 ? args[2] : V_NONE);
}

static Value int_rpow_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "", nargs - 1, kw, 1, 2))
        return V_ERR;
    if (!IS_ANYINT(args[1]) || (nargs > 2 && !IS_ANYINT(args[2]) && !IS_NONE(args[2])))
        return V_NOTIMPL(ts);
    return gt_int_pow_mod(ts, args[1], SELF, nargs > 2 ? args[2] : V_NONE);
}

// __add__, __radd__ and friends: NotImplemented unless the other operand is an int.
static Value int_dunder(TS *ts, Value *args, int nargs, Tuple *kw, int op, bool reflected,
                        const char *name) {
    if (!wrapper_args(ts, name, nargs - 1, kw, 1))
        return V_ERR;
    if (!IS_ANYINT(args[1]))
        return V_NOTIMPL(ts);
    return reflected ? gt_num_binop(ts, args[1], SELF, op) : gt_num_binop(ts, SELF, args[1], op);
}

#define INT_BINOP(name, op)                                                                        \
    static Value int_##name##_m(TS *ts, Value *args, int nargs, Tuple *kw) {                       \
        return int_dunder(ts, args, nargs, kw, op, false, "__" #name "__");                        \
    }                                                                                              \
    static Value int_r##name##_m(TS *ts, Value *args, int nargs, Tuple *kw) {                      \
        return int_dunder(ts, args, nargs, kw, op, true, "__r" #name "__");                        \
    }
INT_BINOP(add, NB_ADD)
INT_BINOP(sub, NB_SUBTRACT)
INT_BINOP(mul, NB_MULTIPLY)
INT_BINOP(truediv, NB_TRUE_DIVIDE)
INT_BINOP(floordiv, NB_FLOOR_DIVIDE)
INT_BINOP(mod, NB_REMAINDER)
INT_BINOP(lshift, NB_LSHIFT)
INT_BINOP(rshift, NB_RSHIFT)
INT_BINOP(and, NB_AND)
INT_BINOP(or, NB_OR)
INT_BINOP(xor, NB_XOR)
#undef INT_BINOP

static Value int_cmp_dunder(TS *ts, Value *args, int nargs, Tuple *kw, int op, const char *name) {
    if (!wrapper_args(ts, name, nargs - 1, kw, 1))
        return V_ERR;
    if (!IS_ANYINT(args[1]))
        return V_NOTIMPL(ts);
    return gt_num_richcmp(ts, SELF, args[1], op);
}

#define INT_CMP(name, op)                                                                          \
    static Value int_##name##_m(TS *ts, Value *args, int nargs, Tuple *kw) {                       \
        return int_cmp_dunder(ts, args, nargs, kw, op, "__" #name "__");                           \
    }
INT_CMP(lt, CMP_LT)
INT_CMP(le, CMP_LE)
INT_CMP(eq, CMP_EQ)
INT_CMP(ne, CMP_NE)
INT_CMP(gt, CMP_GT)
INT_CMP(ge, CMP_GE)
#undef INT_CMP

#define INT_UNARY(name, op)                                                                        \
    static Value int_##name##_m(TS *ts, Value *args, int nargs, Tuple *kw) {                       \
        if (!wrapper_args(ts, "__" #name "__", nargs - 1, kw, 0))                                  \
            return V_ERR;                                                                          \
        return gt_num_unary(ts, SELF, op);                                                         \
    }
INT_UNARY(neg, UN_NEG)
INT_UNARY(pos, UN_POS)
INT_UNARY(invert, UN_INVERT)
#undef INT_UNARY

// int.__new__(cls, ...) and bool.__new__: check cls, then call the type.
static Value num_new(TS *ts, Type *t, Value *args, int nargs, Tuple *kw) {
    if (nargs < 1)
        return gt_raise(ts, EXC(ts, TypeError), "%N.__new__(): not enough arguments", t);
    if (!IS_TYPE(args[0]))
        return gt_raise(ts, EXC(ts, TypeError), "%N.__new__(X): X is not a type object (%s)", t,
                        gt_type_name(ts, args[0]));
    Type *cls = TYPE_VAL(args[0]);
    if (!gt_is_subtype(cls, t))
        return gt_raise(ts, EXC(ts, TypeError), "%N.__new__(%N): %N is not a subtype of %N", t, cls,
                        cls, t);
    return cls->make(ts, cls, args + 1, nargs - 1, kw);
}

static Value int_new_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    return num_new(ts, TYPE(ts, int_), args, nargs, kw);
}

static Value bool_new_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    return num_new(ts, TYPE(ts, bool_), args, nargs, kw);
}

static const MethodDef int_methods[] = {
    {"__new__", int_new_m, CF_STATIC, NULL},
    {"bit_length", int_bit_length_m, 0, "Number of bits necessary to represent self in binary."},
    {"bit_count", int_bit_count_m, 0, "Number of ones in the binary representation of abs(self)."},
    {"conjugate", int_conjugate_m, 0, "Returns self, the complex conjugate of any int."},
    {"as_integer_ratio", int_as_integer_ratio_m, 0, "Return integer ratio."},
    {"__format__", int_format_m, 0, NULL},
    {"__index__", int_index_m, 0, NULL},
    {"__int__", int_int_m, 0, NULL},
    {"__trunc__", int_trunc_m, 0, NULL},
    {"__floor__", int_floor_m, 0, NULL},
    {"__ceil__", int_ceil_m, 0, NULL},
    {"__float__", int_float_m, 0, NULL},
    {"__round__", int_round_m, 0, NULL},
    {"__abs__", int_abs_m, 0, NULL},
    {"__bool__", int_bool_m, 0, NULL},
    {"__repr__", int_repr_m, 0, NULL},
    {"__hash__", int_hash_m, 0, NULL},
    {"__neg__", int_neg_m, 0, NULL},
    {"__pos__", int_pos_m, 0, NULL},
    {"__invert__", int_invert_m, 0, NULL},
    {"__divmod__", int_divmod_m, 0, NULL},
    {"__rdivmod__", int_rdivmod_m, 0, NULL},
    {"__pow__", int_pow_m, 0, NULL},
    {"__rpow__", int_rpow_m, 0, NULL},
    {"__add__", int_add_m, 0, NULL},
    {"__radd__", int_radd_m, 0, NULL},
    {"__sub__", int_sub_m, 0, NULL},
    {"__rsub__", int_rsub_m, 0, NULL},
    {"__mul__", int_mul_m, 0, NULL},
    {"__rmul__", int_rmul_m, 0, NULL},
    {"__truediv__", int_truediv_m, 0, NULL},
    {"__rtruediv__", int_rtruediv_m, 0, NULL},
    {"__floordiv__", int_floordiv_m, 0, NULL},
    {"__rfloordiv__", int_rfloordiv_m, 0, NULL},
    {"__mod__", int_mod_m, 0, NULL},
    {"__rmod__", int_rmod_m, 0, NULL},
    {"__lshift__", int_lshift_m, 0, NULL},
    {"__rlshift__", int_rlshift_m, 0, NULL},
    {"__rshift__", int_rshift_m, 0, NULL},
    {"__rrshift__", int_rrshift_m, 0, NULL},
    {"__and__", int_and_m, 0, NULL},
    {"__rand__", int_rand_m, 0, NULL},
    {"__or__", int_or_m, 0, NULL},
    {"__ror__", int_ror_m, 0, NULL},
    {"__xor__", int_xor_m, 0, NULL},
    {"__rxor__", int_rxor_m, 0, NULL},
    {"__lt__", int_lt_m, 0, NULL},
    {"__le__", int_le_m, 0, NULL},
    {"__eq__", int_eq_m, 0, NULL},
    {"__ne__", int_ne_m, 0, NULL},
    {"__gt__", int_gt_m, 0, NULL},
    {"__ge__", int_ge_m, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const MethodDef bool_methods[] = {
    {"__new__", bool_new_m, CF_STATIC, NULL},
    {"__repr__", int_repr_m, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static Value int_get_self(TS *ts, Value self) {
    GT_UNUSED(ts);
    return int_norm(self);
}

static Value int_get_zero(TS *ts, Value self) {
    GT_UNUSED(ts);
    GT_UNUSED(self);
    return v_int(0);
}

static Value int_get_one(TS *ts, Value self) {
    GT_UNUSED(ts);
    GT_UNUSED(self);
    return v_int(1);
}

static const GetSetDef int_getsets[] = {
    {"real", int_get_self, NULL},
    {"imag", int_get_zero, NULL},
    {"numerator", int_get_self, NULL},
    {"denominator", int_get_one, NULL},
    {NULL, NULL, NULL},
};

void gt_int_init_type(TS *ts) {
    Type *t = TYPE(ts, int_);
    gt_type_setup(ts, t, "int", NULL, K_BIGINT, sizeof(BigInt), 0);
    // A BigInt holds no references and owns no buffers (its limbs are inline).
    t->mark = NULL;
    t->free = NULL;
    t->make = int_make;
    t->repr = int_repr;
    t->str = int_repr;
    t->hash = int_hash;
    t->richcmp = gt_num_richcmp;
    t->binop = num_binop_slot;
    t->unary = gt_num_unary;
    t->truth = int_truth;
    gt_type_add_methods(ts, t, int_methods);
    gt_type_add_getsets(ts, t, int_getsets);

    Type *b = TYPE(ts, bool_);
    gt_type_setup(ts, b, "bool", t, K_BIGINT, sizeof(BigInt), 0);
    b->make = bool_make;
    b->repr = bool_repr;
    b->str = bool_repr;
    gt_type_add_methods(ts, b, bool_methods);
}
