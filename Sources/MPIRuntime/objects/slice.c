/* slice.c: CPython's slice arithmetic (PySlice_Unpack + PySlice_AdjustIndices), shared by
 * str, list and tuple slicing. */
#include "pyrt-internal.h"

static int64_t clamp_index(int64_t v, int64_t len, int64_t step) {
  if (v < 0) {
    v += len;
    if (v < 0) v = step < 0 ? -1 : 0;
  } else if (v >= len) {
    v = step < 0 ? len - 1 : len;
  }
  return v;
}

int64_t pyrt_slice_indices(int64_t len, int64_t start, int64_t stop, int64_t step,
                           int32_t has_start, int32_t has_stop, int32_t has_step,
                           int64_t *out_start, int64_t *out_step) {
  if (!has_step) step = 1;
  if (step == 0) pyrt_raise(PYRT_EXC_VALUE, "slice step cannot be zero");
  if (step < -INT64_MAX) step = -INT64_MAX;
  if (!has_start) start = step < 0 ? INT64_MAX : 0;
  if (!has_stop) stop = step < 0 ? INT64_MIN : INT64_MAX;
  start = clamp_index(start, len, step);
  stop = clamp_index(stop, len, step);
  *out_start = start;
  *out_step = step;
  if (step < 0) return stop < start ? (start - stop - 1) / (-step) + 1 : 0;
  return start < stop ? (stop - start - 1) / step + 1 : 0;
}
