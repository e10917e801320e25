/* output.c: the ordered stdout buffer behind print().
 *
 * Everything compiled code prints is appended to one in-memory buffer that is written to file
 * descriptor 1 when it grows past 64 KiB, before a traceback is printed, and at exit
 * (pyrt_exit). Only rank 0 runs the program, so output appears exactly once under mpirun.
 */
#include "pyrt-internal.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { FLUSH_THRESHOLD = 64 * 1024 };

static char *out_data;
static size_t out_len, out_cap;

void pyrt_output_flush(void) {
  fflush(stdout);
  size_t done = 0;
  while (done < out_len) {
    ssize_t w = write(1, out_data + done, out_len - done);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) break;
    done += (size_t)w;
  }
  out_len = 0;
}

void pyrt_write_cstr(const char *utf8, int64_t nbytes) {
  if (!utf8 || nbytes <= 0) return;
  size_t n = (size_t)nbytes;
  if (out_len + n > out_cap) {
    if (n >= FLUSH_THRESHOLD) {
      pyrt_output_flush();
      out_data = out_data ? out_data : pyrt_malloc(FLUSH_THRESHOLD);
      out_cap = out_cap ? out_cap : FLUSH_THRESHOLD;
      size_t done = 0;
      while (done < n) {
        ssize_t w = write(1, utf8 + done, n - done);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) break;
        done += (size_t)w;
      }
      return;
    }
    size_t cap = out_cap ? out_cap : FLUSH_THRESHOLD;
    while (cap < out_len + n) cap *= 2;
    out_data = pyrt_realloc(out_data, cap);
    out_cap = cap;
  }
  memcpy(out_data + out_len, utf8, n);
  out_len += n;
  if (out_len >= FLUSH_THRESHOLD) pyrt_output_flush();
}

void pyrt_write_str(pyrt_object *s) {
  if (!s || s->kind != PYRT_KIND_STR) return;
  pyrt_str *str = (pyrt_str *)s;
  pyrt_write_cstr(str->data, str->nbytes);
}

void pyrt_print(pyrt_object **args, int64_t n, pyrt_object *sep, pyrt_object *end) {
  for (int64_t i = 0; i < n; i++) {
    if (i > 0) {
      if (sep) pyrt_write_str(sep);
      else pyrt_write_cstr(" ", 1);
    }
    if (args[i]) pyrt_write_str(args[i]);
    else pyrt_write_cstr("None", 4);
  }
  if (end) pyrt_write_str(end);
  else pyrt_write_cstr("\n", 1);
}
