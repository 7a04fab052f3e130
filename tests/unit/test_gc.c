// test_gc.c - unit tests of the garbage collector: roots keep objects alive, unreachable
// objects (cycles included) are freed, very deep structures are marked without recursion, and
// the heap count comes back down. Prints "N passed, N failed"; exits non-zero on failure.
#include <stdio.h>
#include <string.h>

#include "core.h"
#include "interp.h"

static int passed, failed;

#define CHECK(cond, what)                                                                        \
    do {                                                                                         \
        if (cond) {                                                                              \
            passed++;                                                                            \
        } else {                                                                                 \
            failed++;                                                                            \
            printf("FAIL %s (line %d)\n", what, __LINE__);                                      \
        }                                                                                        \
    } while (0)

int main(void) {
    TS *ts = gt_interp_new();
    if (!ts) {
        printf("cannot create interpreter\n0 passed, 1 failed\n");
        return 1;
    }
    Interp *in = ts->interp;
    gt_gc_collect(ts);
    size_t base = in->nobjects;
    size_t base_bytes = in->heap_bytes;

    // Unreachable objects go away.
    for (int i = 0; i < 10000; i++)
        gt_list_new(ts, 4);
    CHECK(in->nobjects == base + 10000, "allocation counted");
    gt_gc_collect(ts);
    CHECK(in->nobjects == base, "unreachable lists freed");
    CHECK(in->heap_bytes <= base_bytes + 1024, "heap bytes back down");

    // A rooted list keeps its items alive; dropping the root frees them.
    List *l = gt_list_new(ts, 0);
    gt_push(ts, v_obj(l));
    for (int i = 0; i < 1000; i++) {
        Str *s = gt_str_printf(ts, "item %d", i);
        gt_list_append(ts, l, v_obj(s));
    }
    gt_gc_collect(ts);
    CHECK(in->nobjects == base + 1001, "rooted list and items survive");
    CHECK(gt_str_eq_cstr(STR_VAL(l->items[999]), "item 999"), "items intact after collection");
    gt_popn(ts, 1);
    gt_gc_collect(ts);
    CHECK(in->nobjects == base, "items freed once the root is gone");

    // Cycles are collected.
    List *a = gt_list_new(ts, 1), *b = gt_list_new(ts, 1);
    gt_list_append(ts, a, v_obj(b));
    gt_list_append(ts, b, v_obj(a));
    Dict *d = gt_dict_new(ts);
    gt_dict_set(ts, d, v_obj(gt_str_from_cstr(ts, "self")), v_obj(d));
    gt_gc_collect(ts);
    CHECK(in->nobjects == base, "cycles freed");

    // A list nested 1,000,000 deep is marked without overflowing the C stack.
    List *outer = gt_list_new(ts, 1);
    gt_push(ts, v_obj(outer));
    List *cur = outer;
    for (int i = 0; i < 1000000; i++) {
        List *n = gt_list_new(ts, 1);
        gt_list_append(ts, cur, v_obj(n));
        cur = n;
    }
    gt_gc_collect(ts);
    CHECK(in->nobjects == base + 1000001, "deep nesting survives");
    gt_popn(ts, 1);
    gt_gc_collect(ts);
    CHECK(in->nobjects == base, "deep nesting freed");

    // Dict keys and values, and instance attributes, are roots through their container.
    Dict *dd = gt_dict_new(ts);
    gt_push(ts, v_obj(dd));
    for (int i = 0; i < 100; i++)
        gt_dict_set(ts, dd, v_obj(gt_str_printf(ts, "k%d", i)),
                    v_obj(gt_tuple_pack2(ts, v_int(i), v_obj(gt_list_new(ts, 0)))));
    gt_gc_collect(ts);
    Value v = gt_dict_get(ts, dd, v_obj(gt_str_from_cstr(ts, "k42")));
    CHECK(IS_TUPLE(v) && AS_INT(TUPLE_VAL(v)->items[0]) == 42, "dict entries survive");
    gt_popn(ts, 1);

    // A collection is requested through the eval breaker when the heap grows.
    atomic_store(&ts->breaker, 0);
    size_t threshold = in->gc_threshold;
    while (in->heap_bytes <= threshold)
        gt_list_new(ts, 64);
    CHECK(atomic_load(&ts->breaker) & BRK_GC, "threshold sets BRK_GC");
    uint64_t count = in->gc_count;
    gt_gc_collect(ts);
    CHECK(in->gc_count == count + 1 && !(atomic_load(&ts->breaker) & BRK_GC),
          "collection clears BRK_GC");

    gt_interp_free(in);
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
