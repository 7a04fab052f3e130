// mod_math.c - the math module: CPython 3.11's functions and constants, with its error rules
// ("math domain error" when a finite argument gives NaN, "math range error" on overflow).
//
// Most functions come from libm through math_1/math_2. Exceptions with their own code: log
// (big ints), gamma/lgamma (a Lanczos approximation, so results equal CPython's to the last
// bit), fsum (exact, Shewchuk's partial sums), hypot/dist (scaled, compensated), the integer
// functions (through num.h, which does the big-int work) and floor/ceil/trunc (return ints).
// Includes interp/core.h (not only the public header): it needs the Value layer directly.
#include <errno.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core.h"

static const double PI = 3.141592653589793238462643383279502884;

static Value domain_error(TS *ts) {
    return gt_raise(ts, EXC(ts, ValueError), "math domain error");
}

static Value range_error(TS *ts) {
    return gt_raise(ts, EXC(ts, OverflowError), "math range error");
}

// A real-number argument: float, int (OverflowError if too big), or an object of a class
// with __float__ or __index__ (may call).
static bool arg_double(TS *ts, Value v, double *out) {
    if (IS_FLOAT(v)) {
        *out = AS_FLOAT(v);
        return true;
    }
    if (IS_ANYINT(v))
        return gt_num_to_double(ts, v, out);
    Type *t = gt_type_of(ts, v);
    if (t->tflags & TF_HEAPTYPE) {
        Str *name = gt_str_intern_cstr(ts, "__float__");
        if (name && !IS_NULL(gt_type_lookup(t, name))) {
            Value r = gt_call_method(ts, v, name, NULL, 0);
            if (IS_ERR(r))
                return false;
            if (!IS_FLOAT(r)) {
                gt_raise(ts, EXC(ts, TypeError), "%N.__float__ returned non-float (type %s)", t,
                         gt_type_name(ts, r));
                return false;
            }
            *out = AS_FLOAT(r);
            return true;
        }
        if (!IS_NULL(gt_type_lookup(t, NM(ts, __index__)))) {
            Value r = gt_number_index(ts, v);
            return !IS_ERR(r) && gt_num_to_double(ts, r, out);
        }
    }
    gt_raise(ts, EXC(ts, TypeError), "must be real number, not %s", gt_type_name(ts, v));
    return false;
}

// One argument through a libm function, with CPython's error checks: NaN from a non-NaN
// argument is a domain error, infinity from a finite one a range error (or a domain error
// for functions with a pole, like log).
static Value math_1(TS *ts, Value *args, int nargs, Tuple *kw, const char *name,
                    double (*f)(double), bool can_overflow) {
    if (!gt_check_args(ts, name, nargs, kw, 1, 1))
        return V_ERR;
    double x;
    if (!arg_double(ts, args[0], &x))
        return V_ERR;
    double r = f(x);
    if (isnan(r) && !isnan(x))
        return domain_error(ts);
    if (isinf(r) && isfinite(x))
        return can_overflow ? range_error(ts) : domain_error(ts);
    return v_float(r);
}

// Two arguments: NaN from non-NaN arguments is a domain error.
static Value math_2(TS *ts, Value *args, int nargs, Tuple *kw, const char *name,
                    double (*f)(double, double)) {
    if (!gt_check_args(ts, name, nargs, kw, 2, 2))
        return V_ERR;
    double x, y;
    if (!arg_double(ts, args[0], &x) || !arg_double(ts, args[1], &y))
        return V_ERR;
    double r = f(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y))
        return domain_error(ts);
    if (isinf(r) && isfinite(x) && isfinite(y))
        return range_error(ts);
    return v_float(r);
}

#define MATH_1(pyname, cfn, overflow)                                                              \
    static Value m_##pyname(TS *ts, Value *args, int nargs, Tuple *kw) {                           \
        return math_1(ts, args, nargs, kw, "math." #pyname, cfn, overflow);                        \
    }
MATH_1(sqrt, sqrt, false)
MATH_1(exp, exp, true)
MATH_1(exp2, exp2, true)
MATH_1(expm1, expm1, true)
MATH_1(log1p, log1p, false)
MATH_1(fabs, fabs, false)
MATH_1(sin, sin, false)
MATH_1(cos, cos, false)
MATH_1(tan, tan, false)
MATH_1(asin, asin, false)
MATH_1(acos, acos, false)
MATH_1(atan, atan, false)
MATH_1(sinh, sinh, true)
MATH_1(cosh, cosh, true)
MATH_1(tanh, tanh, false)
MATH_1(asinh, asinh, false)
MATH_1(acosh, acosh, false)
MATH_1(atanh, atanh, false)
MATH_1(erf, erf, false)
MATH_1(erfc, erfc, false)
MATH_1(cbrt, cbrt, false)
#undef MATH_1

// Plain products, without error checks (degrees(1e308) is inf, as in CPython).
static Value m_degrees(TS *ts, Value *args, int nargs, Tuple *kw) {
    double x;
    if (!gt_check_args(ts, "math.degrees", nargs, kw, 1, 1) || !arg_double(ts, args[0], &x))
        return V_ERR;
    return v_float(x * (180.0 / PI));
}

static Value m_radians(TS *ts, Value *args, int nargs, Tuple *kw) {
    double x;
    if (!gt_check_args(ts, "math.radians", nargs, kw, 1, 1) || !arg_double(ts, args[0], &x))
        return V_ERR;
    return v_float(x * (PI / 180.0));
}

static Value m_atan2(TS *ts, Value *args, int nargs, Tuple *kw) {
    return math_2(ts, args, nargs, kw, "atan2", atan2);
}

static Value m_copysign(TS *ts, Value *args, int nargs, Tuple *kw) {
    return math_2(ts, args, nargs, kw, "copysign", copysign);
}

static Value m_remainder(TS *ts, Value *args, int nargs, Tuple *kw) {
    return math_2(ts, args, nargs, kw, "remainder", remainder);
}

static Value m_nextafter(TS *ts, Value *args, int nargs, Tuple *kw) {
    return math_2(ts, args, nargs, kw, "nextafter", nextafter);
}

static Value m_fmod(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "fmod", nargs, kw, 2, 2))
        return V_ERR;
    double x, y;
    if (!arg_double(ts, args[0], &x) || !arg_double(ts, args[1], &y))
        return V_ERR;
    if (isinf(y) && isfinite(x))
        return v_float(x);
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y))
        return domain_error(ts);
    return v_float(r);
}

static Value m_pow(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "pow", nargs, kw, 2, 2))
        return V_ERR;
    double x, y, r;
    if (!arg_double(ts, args[0], &x) || !arg_double(ts, args[1], &y))
        return V_ERR;
    if (!isfinite(x) || !isfinite(y)) {
        // C99's Annex F rules, spelled out as CPython does so every platform agrees.
        if (isnan(x)) {
            r = y == 0.0 ? 1.0 : x;
        } else if (isnan(y)) {
            r = x == 1.0 ? 1.0 : y;
        } else if (isinf(x)) {
            bool odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (y > 0.0)
                r = odd_y ? x : fabs(x);
            else if (y == 0.0)
                r = 1.0;
            else
                r = odd_y ? copysign(0.0, x) : 0.0;
        } else if (fabs(x) == 1.0) {
            r = 1.0;
        } else if (y > 0.0 && fabs(x) > 1.0) {
            r = y;
        } else if (y < 0.0 && fabs(x) < 1.0) {
            r = -y;
        } else {
            r = 0.0;
        }
        return v_float(r);
    }
    r = pow(x, y);
    if (isnan(r))
        return domain_error(ts);
    if (isinf(r))
        return x == 0.0 ? domain_error(ts) : range_error(ts);
    return v_float(r);
}

// ---- Logarithms (ints of any size) ----

// func(x) for a positive real or int x; big ints go through frexp so they need not fit a
// double. false with ValueError for x <= 0.
static bool log_helper(TS *ts, Value v, double (*func)(double), double *out) {
    if (IS_ANYINT(v)) {
        if (gt_int_sign(v) <= 0) {
            domain_error(ts);
            return false;
        }
        double d;
        if (gt_num_to_double(ts, v, &d)) {
            *out = func(d);
            return true;
        }
        // Too large for a double: log(m * 2**e) = log(m) + e * log(2).
        gt_err_clear(ts);
        int64_t e;
        double m = gt_int_frexp(v, &e);
        *out = func(m) + func(2.0) * (double)e;
        return true;
    }
    double x;
    if (!arg_double(ts, v, &x))
        return false;
    if (isnan(x) || x == HUGE_VAL) {
        *out = x;
        return true;
    }
    if (x <= 0.0) {
        domain_error(ts);
        return false;
    }
    *out = func(x);
    return true;
}

static Value m_log(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_no_kwargs(ts, "log", kw))
        return V_ERR;
    if (nargs < 1 || nargs > 2)
        return gt_raise(ts, EXC(ts, TypeError), "math.log requires 1 to 2 arguments");
    double num, den;
    if (!log_helper(ts, args[0], log, &num))
        return V_ERR;
    if (nargs == 1)
        return v_float(num);
    if (!log_helper(ts, args[1], log, &den))
        return V_ERR;
    if (den == 0.0)
        return gt_raise(ts, EXC(ts, ZeroDivisionError), "float division by zero");
    return v_float(num / den);
}

static Value m_log2(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "math.log2", nargs, kw, 1, 1))
        return V_ERR;
    double r;
    return log_helper(ts, args[0], log2, &r) ? v_float(r) : V_ERR;
}

static Value m_log10(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "math.log10", nargs, kw, 1, 1))
        return V_ERR;
    double r;
    return log_helper(ts, args[0], log10, &r) ? v_float(r) : V_ERR;
}

// ---- gamma and lgamma ----
//
// A Lanczos approximation with g = 6.0246800407767296 and 13 terms (the coefficients published
// with Boost's lanczos13m53), evaluated the way CPython evaluates it: the same operations in
// the same order give the same last bits.

static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num[13] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
// The coefficients of x(x+1)...(x+11).
static const double lanczos_den[13] = {
    0.0,       39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
    2637558.0, 357423.0,   32670.0,     1925.0,      66.0,        1.0,
};

// The rational function num(x)/den(x), by Horner's rule in x for small x and in 1/x for
// large x (where the powers of x would overflow).
static double lanczos_sum(double x) {
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = 12; i >= 0; i--) {
            num = num * x + lanczos_num[i];
            den = den * x + lanczos_den[i];
        }
    } else {
        for (int i = 0; i < 13; i++) {
            num = num / x + lanczos_num[i];
            den = den / x + lanczos_den[i];
        }
    }
    return num / den;
}

// sin(pi * x), accurate for large x: reduce x modulo 2 first, then pick the quadrant.
static double sin_pi(double x) {
    double y = fmod(fabs(x), 2.0);
    double r;
    switch ((int)round(2.0 * y)) {
        case 0:
            r = sin(PI * y);
            break;
        case 1:
            r = cos(PI * (y - 0.5));
            break;
        case 2:
            r = sin(PI * (1.0 - y));
            break;
        case 3:
            r = -cos(PI * (y - 1.5));
            break;
        default:
            r = sin(PI * (y - 2.0));
            break;
    }
    return copysign(1.0, x) * r;
}

static Value m_gamma(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "math.gamma", nargs, kw, 1, 1))
        return V_ERR;
    double x;
    if (!arg_double(ts, args[0], &x))
        return V_ERR;
    if (!isfinite(x)) {
        if (isnan(x) || x > 0)
            return v_float(x);
        return domain_error(ts);
    }
    if (x == floor(x)) {
        if (x <= 0.0)
            return domain_error(ts); // the poles
        if (x <= 23.0) {
            double f = 1.0; // (x-1)! is exact in a double up to 22!
            for (int i = 2; i < (int)x; i++)
                f *= i;
            return v_float(f);
        }
    }
    double ax = fabs(x);
    if (ax < 1e-20) {
        double r = 1.0 / x;
        return isinf(r) ? range_error(ts) : v_float(r);
    }
    if (ax > 200.0) {
        if (x < 0.0)
            return v_float(0.0 / sin_pi(x));
        return range_error(ts);
    }
    double y = ax + lanczos_g_minus_half;
    double q, z;
    // z is the rounding error of y, computed exactly, for a correction term.
    if (ax > lanczos_g_minus_half) {
        q = y - ax;
        z = q - lanczos_g_minus_half;
    } else {
        q = y - lanczos_g_minus_half;
        z = q - ax;
    }
    z = z * lanczos_g / y;
    double r;
    if (x < 0.0) {
        r = -PI / sin_pi(ax) / ax * exp(y) / lanczos_sum(ax);
        r -= z * r;
        if (ax < 140.0) {
            r /= pow(y, ax - 0.5);
        } else {
            double s = pow(y, ax / 2.0 - 0.25);
            r /= s;
            r /= s;
        }
    } else {
        r = lanczos_sum(ax) / exp(y);
        r += z * r;
        if (ax < 140.0) {
            r *= pow(y, ax - 0.5);
        } else {
            double s = pow(y, ax / 2.0 - 0.25);
            r *= s;
            r *= s;
        }
    }
    if (isinf(r))
        return range_error(ts);
    return v_float(r);
}

static Value m_lgamma(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "math.lgamma", nargs, kw, 1, 1))
        return V_ERR;
    double x;
    if (!arg_double(ts, args[0], &x))
        return V_ERR;
    if (!isfinite(x))
        return v_float(isnan(x) ? x : HUGE_VAL);
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0.0)
            return domain_error(ts);
        return v_float(0.0); // lgamma(1) == lgamma(2) == 0
    }
    double ax = fabs(x);
    if (ax < 1e-20)
        return v_float(-log(ax));
    double r = log(lanczos_sum(ax)) - lanczos_g;
    r += (ax - 0.5) * (log(ax + lanczos_g - 0.5) - 1.0);
    if (x < 0.0) {
        // Reflection: lgamma(x) = log(pi) - log|sin(pi x)| - log|x| - lgamma(|x|).
        r = 1.144729885849400174143427351353058711647 - log(fabs(sin_pi(ax))) - log(ax) - r;
    }
    if (isinf(r))
        return range_error(ts);
    return v_float(r);
}

// ---- Decomposition ----

static Value m_frexp(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "math.frexp", nargs, kw, 1, 1))
        return V_ERR;
    double x;
    if (!arg_double(ts, args[0], &x))
        return V_ERR;
    int e = 0;
    double m = x;
    if (isfinite(x) && x != 0.0)
        m = frexp(x, &e);
    Tuple *t = gt_tuple_pack2(ts, v_float(m), v_int(e));
    return t ? v_obj(t) : V_ERR;
}

static Value m_modf(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "math.modf", nargs, kw, 1, 1))
        return V_ERR;
    double x, ip, fp;
    if (!arg_double(ts, args[0], &x))
        return V_ERR;
    if (isinf(x)) {
        ip = x;
        fp = copysign(0.0, x);
    } else {
        fp = modf(x, &ip);
    }
    Tuple *t = gt_tuple_pack2(ts, v_float(fp), v_float(ip));
    return t ? v_obj(t) : V_ERR;
}

static Value m_ldexp(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "ldexp", nargs, kw, 2, 2))
        return V_ERR;
    double x;
    if (!arg_double(ts, args[0], &x))
        return V_ERR;
    if (!IS_ANYINT(args[1]))
        return gt_raise(ts, EXC(ts, TypeError), "Expected an int as second argument to ldexp.");
    if (x == 0.0 || !isfinite(x))
        return v_float(x);
    Value iv = args[1];
    int64_t e = IS_BIGINT(iv) ? (gt_int_sign(iv) > 0 ? INT64_MAX : INT64_MIN) : AS_INT(iv);
    if (e > INT_MAX)
        return range_error(ts);
    if (e < INT_MIN)
        return v_float(copysign(0.0, x));
    double r = ldexp(x, (int)e);
    if (isinf(r))
        return range_error(ts);
    return v_float(r);
}

static Value m_ulp(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "math.ulp", nargs, kw, 1, 1))
        return V_ERR;
    double x;
    if (!arg_double(ts, args[0], &x))
        return V_ERR;
    if (isnan(x))
        return v_float(x);
    x = fabs(x);
    if (isinf(x))
        return v_float(x);
    double up = nextafter(x, INFINITY);
    if (isinf(up)) // the largest double: measure the gap below it
        return v_float(x - nextafter(x, 0.0));
    return v_float(up - x);
}

// ---- Classification and comparison ----

static Value m_isnan(TS *ts, Value *args, int nargs, Tuple *kw) {
    double x;
    if (!gt_check_args(ts, "math.isnan", nargs, kw, 1, 1) || !arg_double(ts, args[0], &x))
        return V_ERR;
    return v_bool(isnan(x));
}

static Value m_isinf(TS *ts, Value *args, int nargs, Tuple *kw) {
    double x;
    if (!gt_check_args(ts, "math.isinf", nargs, kw, 1, 1) || !arg_double(ts, args[0], &x))
        return V_ERR;
    return v_bool(isinf(x));
}

static Value m_isfinite(TS *ts, Value *args, int nargs, Tuple *kw) {
    double x;
    if (!gt_check_args(ts, "math.isfinite", nargs, kw, 1, 1) || !arg_double(ts, args[0], &x))
        return V_ERR;
    return v_bool(isfinite(x));
}

static Value m_isclose(TS *ts, Value *args, int nargs, Tuple *kw) {
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol"};
    Value p[4];
    if (nargs > 2)
        return gt_raise(ts, EXC(ts, TypeError),
                        "isclose() takes exactly 2 positional arguments (%d given)", nargs);
    if (!gt_parse_args(ts, "isclose", args, nargs, kw, names, 4, 0, 2, 2, p))
        return V_ERR;
    double a, b, rel_tol = 1e-09, abs_tol = 0.0;
    if (!arg_double(ts, p[0], &a) || !arg_double(ts, p[1], &b))
        return V_ERR;
    if (!IS_NULL(p[2]) && !arg_double(ts, p[2], &rel_tol))
        return V_ERR;
    if (!IS_NULL(p[3]) && !arg_double(ts, p[3], &abs_tol))
        return V_ERR;
    if (rel_tol < 0.0 || abs_tol < 0.0)
        return gt_raise(ts, EXC(ts, ValueError), "tolerances must be non-negative");
    if (a == b)
        return V_TRUE; // also equal infinities
    if (isinf(a) || isinf(b))
        return V_FALSE;
    double diff = fabs(b - a);
    return v_bool(diff <= fabs(rel_tol * b) || diff <= fabs(rel_tol * a) || diff <= abs_tol);
}

// ---- Rounding to ints ----

// Call a dunder defined by a class written in Python; V_NULL if the class has none.
static Value call_heap_dunder(TS *ts, Value v, const char *name) {
    Type *t = gt_type_of(ts, v);
    if (!(t->tflags & TF_HEAPTYPE))
        return V_NULL;
    Str *n = gt_str_intern_cstr(ts, name);
    if (!n)
        return V_ERR;
    if (IS_NULL(gt_type_lookup(t, n)))
        return V_NULL;
    return gt_call_method(ts, v, n, NULL, 0);
}

static Value round_to_int(TS *ts, Value *args, int nargs, Tuple *kw, const char *fname,
                          const char *dunder, double (*f)(double)) {
    if (!gt_check_args(ts, fname, nargs, kw, 1, 1))
        return V_ERR;
    Value x = args[0];
    if (IS_FLOAT(x))
        return gt_int_from_double(ts, f(AS_FLOAT(x)));
    if (IS_ANYINT(x))
        return IS_BOOL(x) ? v_int(AS_INT(x)) : x;
    Value r = call_heap_dunder(ts, x, dunder);
    if (!IS_NULL(r))
        return r;
    double d;
    if (!arg_double(ts, x, &d))
        return V_ERR;
    return gt_int_from_double(ts, f(d));
}

static Value m_floor(TS *ts, Value *args, int nargs, Tuple *kw) {
    return round_to_int(ts, args, nargs, kw, "math.floor", "__floor__", floor);
}

static Value m_ceil(TS *ts, Value *args, int nargs, Tuple *kw) {
    return round_to_int(ts, args, nargs, kw, "math.ceil", "__ceil__", ceil);
}

static Value m_trunc(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "math.trunc", nargs, kw, 1, 1))
        return V_ERR;
    Value x = args[0];
    if (IS_FLOAT(x))
        return gt_int_from_double(ts, AS_FLOAT(x));
    if (IS_ANYINT(x))
        return IS_BOOL(x) ? v_int(AS_INT(x)) : x;
    Value r = call_heap_dunder(ts, x, "__trunc__");
    if (!IS_NULL(r))
        return r;
    return gt_raise(ts, EXC(ts, TypeError), "type %s doesn't define __trunc__ method",
                    gt_type_name(ts, x));
}

// ---- Integer functions ----

// gcd and lcm fold their arguments into an accumulator. It lives on the value stack: an
// argument's __index__ may run Python code, and with it the collector.
static Value m_gcd(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_no_kwargs(ts, "gcd", kw))
        return V_ERR;
    Value *acc = ts->sp;
    if (!gt_push(ts, v_int(0)))
        return V_ERR;
    Value r = V_ERR;
    for (int i = 0; i < nargs; i++) {
        Value x = gt_number_index(ts, args[i]);
        if (IS_ERR(x))
            goto done;
        *acc = gt_int_gcd(ts, *acc, x);
        if (IS_ERR(*acc))
            goto done;
    }
    r = *acc;
done:
    ts->sp = acc;
    return r;
}

static Value m_lcm(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_no_kwargs(ts, "lcm", kw))
        return V_ERR;
    Value *acc = ts->sp;
    if (!gt_push(ts, v_int(1)))
        return V_ERR;
    Value r = V_ERR;
    for (int i = 0; i < nargs; i++) {
        Value x = gt_number_index(ts, args[i]);
        if (IS_ERR(x))
            goto done;
        Value l = *acc;
        if (gt_int_sign(x) == 0 || gt_int_sign(l) == 0) {
            *acc = v_int(0);
            continue;
        }
        // lcm(l, x) = |l // gcd(l, x) * x|
        Value g = gt_int_gcd(ts, l, x);
        if (IS_ERR(g))
            goto done;
        l = gt_num_binop(ts, l, g, NB_FLOOR_DIVIDE);
        if (!IS_ERR(l))
            l = gt_num_binop(ts, l, x, NB_MULTIPLY);
        if (!IS_ERR(l))
            l = gt_num_abs(ts, l);
        if (IS_ERR(l))
            goto done;
        *acc = l;
    }
    r = *acc;
done:
    ts->sp = acc;
    return r;
}

static Value m_factorial(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "math.factorial", nargs, kw, 1, 1))
        return V_ERR;
    Value n = gt_number_index(ts, args[0]);
    if (IS_ERR(n))
        return n;
    if (gt_int_sign(n) < 0)
        return gt_raise(ts, EXC(ts, ValueError), "factorial() not defined for negative values");
    if (IS_BIGINT(n))
        return gt_raise(ts, EXC(ts, OverflowError),
                        "factorial() argument should not exceed 9223372036854775807");
    return gt_int_factorial(ts, AS_INT(n));
}

// n and k of comb()/perm() as non-negative ints; false with an exception otherwise.
static bool comb_args(TS *ts, Value nv, Value kv, Value *n, Value *k) {
    *n = gt_number_index(ts, nv);
    // Keep n alive while k's __index__ may run Python code.
    if (IS_ERR(*n) || !gt_push(ts, *n))
        return false;
    *k = gt_number_index(ts, kv);
    gt_popn(ts, 1);
    if (IS_ERR(*k))
        return false;
    if (gt_int_sign(*n) < 0) {
        gt_raise(ts, EXC(ts, ValueError), "n must be a non-negative integer");
        return false;
    }
    if (gt_int_sign(*k) < 0) {
        gt_raise(ts, EXC(ts, ValueError), "k must be a non-negative integer");
        return false;
    }
    return true;
}

static Value m_comb(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "comb", nargs, kw, 2, 2))
        return V_ERR;
    Value n, k;
    if (!comb_args(ts, args[0], args[1], &n, &k))
        return V_ERR;
    return gt_int_comb(ts, n, k);
}

static Value m_perm(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "perm", nargs, kw, 1, 2))
        return V_ERR;
    if (nargs == 1 || IS_NONE(args[1])) {
        Value one = args[0];
        return m_factorial(ts, &one, 1, NULL);
    }
    Value n, k;
    if (!comb_args(ts, args[0], args[1], &n, &k))
        return V_ERR;
    return gt_int_perm(ts, n, k);
}

static Value m_isqrt(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "math.isqrt", nargs, kw, 1, 1))
        return V_ERR;
    Value n = gt_number_index(ts, args[0]);
    if (IS_ERR(n))
        return n;
    if (gt_int_sign(n) < 0)
        return gt_raise(ts, EXC(ts, ValueError), "isqrt() argument must be nonnegative");
    return gt_int_isqrt(ts, n);
}

// ---- Sums and products ----

static Value m_prod(TS *ts, Value *args, int nargs, Tuple *kw) {
    static const char *const names[] = {"iterable", "start"};
    Value p[2];
    if (nargs != 1)
        return gt_raise(ts, EXC(ts, TypeError),
                        "prod() takes exactly 1 positional argument (%d given)", nargs);
    if (!gt_parse_args(ts, "prod", args, nargs, kw, names, 2, 1, 1, 1, p))
        return V_ERR;
    Value it = gt_iter(ts, p[0]);
    if (IS_ERR(it))
        return it;
    Value acc = IS_NULL(p[1]) ? v_int(1) : p[1];
    // Keep the iterator and the running product alive across calls that may collect.
    Value *slots = ts->sp;
    if (!gt_push(ts, it) || !gt_push(ts, acc) || !gt_push(ts, V_NONE)) {
        ts->sp = slots;
        return V_ERR;
    }
    Value result = V_ERR;
    for (;;) {
        Value x = gt_next(ts, it);
        if (IS_ERR(x))
            break;
        if (IS_NULL(x)) {
            result = slots[1];
            break;
        }
        slots[2] = x; // the item too: __mul__ may run Python code
        Value r = gt_binop(ts, slots[1], x, NB_MULTIPLY);
        if (IS_ERR(r))
            break;
        slots[1] = r;
    }
    ts->sp = slots;
    return result;
}

// A growable array of partial sums, on the C stack while small.
typedef struct Partials {
    double *p;
    size_t n, cap;
    double small[32];
} Partials;

static bool partials_push(TS *ts, Partials *ps, double x) {
    if (ps->n == ps->cap) {
        size_t ncap = ps->cap * 2;
        double *np = ps->p == ps->small ? malloc(ncap * sizeof(double))
                                        : realloc(ps->p, ncap * sizeof(double));
        if (!np) {
            gt_raise_nomem(ts);
            return false;
        }
        if (ps->p == ps->small)
            memcpy(np, ps->small, sizeof ps->small);
        ps->p = np;
        ps->cap = ncap;
    }
    ps->p[ps->n++] = x;
    return true;
}

// Shewchuk's algorithm: keep the running sum as a list of non-overlapping partial sums whose
// exact total is the exact sum of the inputs, then round that total once at the end.
static Value m_fsum(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "math.fsum", nargs, kw, 1, 1))
        return V_ERR;
    Value it = gt_iter(ts, args[0]);
    if (IS_ERR(it) || !gt_push(ts, it))
        return V_ERR;
    Partials ps = {.n = 0, .cap = 32};
    ps.p = ps.small;
    double special = 0.0, inf_sum = 0.0;
    Value result = V_ERR;
    for (;;) {
        Value item = gt_next(ts, it);
        if (IS_ERR(item))
            goto done;
        if (IS_NULL(item))
            break;
        double x;
        if (!arg_double(ts, item, &x))
            goto done;
        double xsave = x;
        size_t i = 0;
        for (size_t j = 0; j < ps.n; j++) {
            double y = ps.p[j];
            if (fabs(x) < fabs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y;
            double lo = y - (hi - x); // the exact rounding error of hi
            if (lo != 0.0)
                ps.p[i++] = lo;
            x = hi;
        }
        ps.n = i;
        if (x != 0.0) {
            if (!isfinite(x)) {
                // A non-finite sum of finite numbers is an overflow; infinities and NaNs in
                // the input are added up on the side.
                if (isfinite(xsave)) {
                    gt_raise(ts, EXC(ts, OverflowError), "intermediate overflow in fsum");
                    goto done;
                }
                if (isinf(xsave))
                    inf_sum += xsave;
                special += xsave;
                ps.n = 0;
            } else if (!partials_push(ts, &ps, x)) {
                goto done;
            }
        }
    }
    if (special != 0.0) {
        if (isnan(inf_sum))
            gt_raise(ts, EXC(ts, ValueError), "-inf + inf in fsum");
        else
            result = v_float(special);
        goto done;
    }
    double hi = 0.0;
    if (ps.n > 0) {
        size_t n = ps.n;
        hi = ps.p[--n];
        double lo = 0.0;
        // Add from the largest partial down while the additions are exact.
        while (n > 0) {
            double x = hi, y = ps.p[--n];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0)
                break;
        }
        // A half-way case: if the next partial has the same sign as the rounding error, the
        // true sum is beyond the half-way point, so round the other way.
        if (n > 0 && ((lo < 0.0 && ps.p[n - 1] < 0.0) || (lo > 0.0 && ps.p[n - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            double yr = x - hi;
            if (y == yr)
                hi = x;
        }
    }
    result = v_float(hi);
done:
    if (ps.p != ps.small)
        free(ps.p);
    gt_popn(ts, 1);
    return result;
}

// The Euclidean norm of v[0..n) (absolute values, max their maximum), accurately: scale by
// a power of two to avoid overflow, sum the squares in double-double precision (each square
// split exactly with fma), then take a square root with one Newton correction.
static double vector_norm(const double *v, size_t n, double max, bool found_nan) {
    if (isinf(max))
        return max;
    if (found_nan)
        return NAN;
    if (max == 0.0 || n <= 1)
        return max;
    int e;
    frexp(max, &e);
    double s_hi = 0.0, s_lo = 0.0;
    for (size_t i = 0; i < n; i++) {
        double x = ldexp(v[i], -e);
        double sq = x * x;
        double sq_err = fma(x, x, -sq);
        double t = s_hi + sq;
        // Two-sum: the exact error of t = s_hi + sq.
        double bp = t - s_hi;
        double err = (s_hi - (t - bp)) + (sq - bp);
        s_hi = t;
        s_lo += err + sq_err;
    }
    double total = s_hi + s_lo;
    s_lo -= total - s_hi;
    s_hi = total;
    double h = sqrt(s_hi);
    double hh = h * h;
    double hh_err = fma(h, h, -hh);
    double resid = ((s_hi - hh) - hh_err) + s_lo;
    h += resid / (2.0 * h);
    return ldexp(h, e);
}

static Value m_hypot(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_no_kwargs(ts, "hypot", kw))
        return V_ERR;
    double small[16];
    double *v = nargs <= 16 ? small : malloc(sizeof(double) * (size_t)nargs);
    if (!v)
        return gt_raise_nomem(ts);
    double max = 0.0;
    bool found_nan = false;
    Value r = V_ERR;
    for (int i = 0; i < nargs; i++) {
        double x;
        if (!arg_double(ts, args[i], &x))
            goto done;
        x = fabs(x);
        v[i] = x;
        found_nan |= isnan(x);
        if (x > max)
            max = x;
    }
    r = v_float(vector_norm(v, (size_t)nargs, max, found_nan));
done:
    if (v != small)
        free(v);
    return r;
}

static Value m_dist(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "dist", nargs, kw, 2, 2))
        return V_ERR;
    Value p = gt_tuple_from_iterable(ts, args[0]);
    if (IS_ERR(p) || !gt_push(ts, p))
        return V_ERR;
    Value q = gt_tuple_from_iterable(ts, args[1]);
    if (IS_ERR(q) || !gt_push(ts, q)) {
        gt_popn(ts, 1);
        return V_ERR;
    }
    Tuple *tp = TUPLE_VAL(p), *tq = TUPLE_VAL(q);
    Value r = V_ERR;
    double *v = NULL;
    if (tp->len != tq->len) {
        gt_raise(ts, EXC(ts, ValueError), "both points must have the same number of dimensions");
        goto done;
    }
    v = malloc(sizeof(double) * (tp->len + 1));
    if (!v) {
        gt_raise_nomem(ts);
        goto done;
    }
    double max = 0.0;
    bool found_nan = false;
    for (uint32_t i = 0; i < tp->len; i++) {
        double a, b;
        if (!arg_double(ts, tp->items[i], &a) || !arg_double(ts, tq->items[i], &b))
            goto done;
        double x = fabs(a - b);
        v[i] = x;
        found_nan |= isnan(x);
        if (x > max)
            max = x;
    }
    r = v_float(vector_norm(v, tp->len, max, found_nan));
done:
    free(v);
    gt_popn(ts, 2);
    return r;
}

static const MethodDef math_methods[] = {
    {"sqrt", m_sqrt, 0, "Return the square root of x."},
    {"exp", m_exp, 0, "Return e raised to the power of x."},
    {"exp2", m_exp2, 0, "Return 2 raised to the power of x."},
    {"expm1", m_expm1, 0, "Return exp(x)-1, accurate for small x."},
    {"log", m_log, 0, "log(x, [base=math.e]): the logarithm of x to the given base."},
    {"log2", m_log2, 0, "Return the base 2 logarithm of x."},
    {"log10", m_log10, 0, "Return the base 10 logarithm of x."},
    {"log1p", m_log1p, 0, "Return the natural logarithm of 1+x, accurate for small x."},
    {"pow", m_pow, 0, "Return x**y (x to the power of y)."},
    {"fabs", m_fabs, 0, "Return the absolute value of the float x."},
    {"floor", m_floor, 0, "Return the floor of x as an Integral."},
    {"ceil", m_ceil, 0, "Return the ceiling of x as an Integral."},
    {"trunc", m_trunc, 0, "Truncates the Real x to the nearest Integral toward 0."},
    {"sin", m_sin, 0, "Return the sine of x (measured in radians)."},
    {"cos", m_cos, 0, "Return the cosine of x (measured in radians)."},
    {"tan", m_tan, 0, "Return the tangent of x (measured in radians)."},
    {"asin", m_asin, 0, "Return the arc sine (measured in radians) of x."},
    {"acos", m_acos, 0, "Return the arc cosine (measured in radians) of x."},
    {"atan", m_atan, 0, "Return the arc tangent (measured in radians) of x."},
    {"atan2", m_atan2, 0, "Return the arc tangent (measured in radians) of y/x."},
    {"sinh", m_sinh, 0, "Return the hyperbolic sine of x."},
    {"cosh", m_cosh, 0, "Return the hyperbolic cosine of x."},
    {"tanh", m_tanh, 0, "Return the hyperbolic tangent of x."},
    {"asinh", m_asinh, 0, "Return the inverse hyperbolic sine of x."},
    {"acosh", m_acosh, 0, "Return the inverse hyperbolic cosine of x."},
    {"atanh", m_atanh, 0, "Return the inverse hyperbolic tangent of x."},
    {"hypot", m_hypot, 0, "Multidimensional Euclidean distance from the origin to a point."},
    {"dist", m_dist, 0, "Return the Euclidean distance between two points p and q."},
    {"degrees", m_degrees, 0, "Convert angle x from radians to degrees."},
    {"radians", m_radians, 0, "Convert angle x from degrees to radians."},
    {"isnan", m_isnan, 0, "Return True if x is a NaN (not a number), and False otherwise."},
    {"isinf", m_isinf, 0, "Return True if x is a positive or negative infinity."},
    {"isfinite", m_isfinite, 0, "Return True if x is neither an infinity nor a NaN."},
    {"isclose", m_isclose, 0, "Determine whether two floating point numbers are close in value."},
    {"gcd", m_gcd, 0, "Greatest Common Divisor."},
    {"lcm", m_lcm, 0, "Least Common Multiple."},
    {"factorial", m_factorial, 0, "Find n!."},
    {"comb", m_comb, 0, "Number of ways to choose k items from n items without repetition."},
    {"perm", m_perm, 0, "Number of ways to choose k items from n items with order."},
    {"isqrt", m_isqrt, 0, "Return the integer part of the square root of the input."},
    {"prod", m_prod, 0, "Calculate the product of all the elements in the input iterable."},
    {"fsum", m_fsum, 0, "Return an accurate floating point sum of values in the iterable."},
    {"copysign", m_copysign, 0, "Return a float with the magnitude of x but the sign of y."},
    {"modf", m_modf, 0, "Return the fractional and integer parts of x."},
    {"frexp", m_frexp, 0, "Return the mantissa and exponent of x, as pair (m, e)."},
    {"ldexp", m_ldexp, 0, "Return x * (2**i)."},
    {"fmod", m_fmod, 0, "Return fmod(x, y), according to platform C."},
    {"remainder", m_remainder, 0, "Difference between x and the closest integer multiple of y."},
    {"erf", m_erf, 0, "Error function at x."},
    {"erfc", m_erfc, 0, "Complementary error function at x."},
    {"gamma", m_gamma, 0, "Gamma function at x."},
    {"lgamma", m_lgamma, 0, "Natural logarithm of absolute value of Gamma function at x."},
    {"nextafter", m_nextafter, 0, "Return the next floating-point value after x towards y."},
    {"ulp", m_ulp, 0, "Return the value of the least significant bit of the float x."},
    {"cbrt", m_cbrt, 0, "Return the cube root of x."},
    {NULL, NULL, 0, NULL},
};

static int math_init(TS *ts, Module *m) {
    if (gt_module_add(ts, m, "pi", v_float(PI)) < 0 ||
        gt_module_add(ts, m, "e", v_float(2.718281828459045235360287471352662498)) < 0 ||
        gt_module_add(ts, m, "tau", v_float(2.0 * PI)) < 0 ||
        gt_module_add(ts, m, "inf", v_float(HUGE_VAL)) < 0 ||
        gt_module_add(ts, m, "nan", v_float(NAN)) < 0)
        return -1;
    return 0;
}

const ModuleDef gt_mod_math = {
    "math",
    "This module provides access to the mathematical functions\ndefined by the C standard.",
    math_methods,
    math_init,
};
