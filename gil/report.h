// report.h - what gilt shows about the GIL at the end of a run and on request (report.c):
// the --gil-stats table, the --trace file, the --timeline drawing.
#ifndef GILT_REPORT_H
#define GILT_REPORT_H

#include <stdio.h>

#include "state.h"

// The statistics table (gil.stats() in words) on f. Needs the GIL.
void gt_gil_print_stats(TS *ts, FILE *f);
// The terminal timeline of the last `seconds` (<= 0: the whole run) on f; a note if nothing
// was recorded. Needs the GIL.
void gt_gil_print_timeline(TS *ts, FILE *f, double seconds);
// At the end of the run (once): the outputs asked for with --gil-stats, --trace, --timeline.
void gt_gil_final_reports(TS *ts);

#endif
