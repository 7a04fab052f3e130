// trace.h - the event recorder behind --trace=FILE.json and --timeline (trace.c).
//
// gil.c records an event each time a thread changes what it does (running, waiting for the
// GIL, blocked in sleep/lock/queue...), and an instant event for each drop request and each
// handoff of the GIL. Events go into a ring buffer of fixed size: memory stays bounded however
// long the program runs, and when it fills up the oldest events are overwritten (the output
// says how many). At the end, the events become a Chrome trace file (open it in
// chrome://tracing or https://ui.perfetto.dev) and/or a timeline drawn in the terminal.
#ifndef GILT_TRACE_H
#define GILT_TRACE_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "gil.h"

typedef struct Trace Trace;

typedef enum TraceInstant {
    TR_DROP_REQUEST, // thread b asked the holder a to drop the GIL
    TR_HANDOFF,      // thread a took the GIL, which thread b held before
} TraceInstant;

// Default capacity, in events (16 bytes each).
#define GT_TRACE_DEFAULT_EVENTS (1u << 20)

// A recorder for `capacity` events. NULL if out of memory.
Trace *gt_trace_new(uint32_t capacity);
void gt_trace_free(Trace *tr);

// Record that thread `thread` (ThreadInfo.index) starts doing `a` at time t (ns since the
// interpreter started). Thread-safe.
void gt_trace_state(Trace *tr, int64_t t, int thread, Activity a);
// Record an instant event about threads a and b (see TraceInstant). Thread-safe.
void gt_trace_instant(Trace *tr, int64_t t, TraceInstant kind, int a, int b);

// Events lost because the buffer was full, and the buffer's size.
uint64_t gt_trace_dropped(Trace *tr);
uint32_t gt_trace_capacity(Trace *tr);

// Write the Chrome trace event format (JSON) to f: a track per thread named after it, a span
// per activity, instants for drop requests and handoffs. Spans still open end at `end`.
// `infos` is the interpreter's thread list (names). Returns false on a write error.
bool gt_trace_write_json(Trace *tr, const ThreadInfo *infos, int64_t end, FILE *f);

// Draw the timeline of [from, end] on f: a row per thread, `width` columns of time.
void gt_trace_timeline(Trace *tr, const ThreadInfo *infos, int64_t from, int64_t end, int width,
                       FILE *f);

#endif
