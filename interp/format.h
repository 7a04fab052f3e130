// format.h - text formatting (format.c): the format-spec mini-language of format() and
// f-strings for str, int and float; str.format(); and printf-style `%` formatting.
#ifndef GILT_FORMAT_H
#define GILT_FORMAT_H

#include "state.h"

// format(v, spec) for each built-in kind (spec already a str; "" is str(v)). ValueError for
// bad specs, with CPython's messages ("Unknown format code 'd' for object of type 'str'").
Value gt_format_str(TS *ts, Str *s, Str *spec);
Value gt_format_int(TS *ts, Value v, Str *spec);     // v: small int, bool or big int
Value gt_format_float(TS *ts, double d, Str *spec);
// fmt % args (args: a tuple, a dict for %(name)s, or a single value).
Value gt_str_mod(TS *ts, Str *fmt, Value args);
// fmt.format(*args, **kwargs) (args/kwnames as in CFn, args[0] is fmt itself).
Value gt_str_format_method(TS *ts, Value *args, int nargs, Tuple *kwnames);
// fmt.format_map(mapping): named fields are looked up with mapping[name].
Value gt_str_format_map(TS *ts, Str *fmt, Value mapping);
// ascii(v): repr(v) with every non-ASCII character escaped (\xe9, \u20ac, \U0001f600).
Value gt_ascii(TS *ts, Value v);

#endif
