// core.h - everything inside the interpreter includes this: all internal headers in one.
#ifndef GILT_CORE_H
#define GILT_CORE_H

#include "abstract.h"
#include "containers.h"
#include "error.h"
#include "exc.h"
#include "func.h"
#include "gc.h"
#include "module.h"
#include "num.h"
#include "object.h"
#include "state.h"
#include "str.h"
#include "type.h"
#include "value.h"
#include "vm.h"

#define GT_LIKELY(x) __builtin_expect(!!(x), 1)
#define GT_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define GT_UNUSED(x) ((void)(x))

#endif
