/* output.c: sys.stdout as CPython 3.11 builds it, behind print().
 *
 * CPython writes print()'s text through two buffers: a TextIOWrapper that collects encoded
 * text until it holds 8192 bytes (its chunk size), over a BufferedWriter of st_blksize bytes
 * (8192 when fstat gives none). On a terminal the text layer is line buffered: a write that
 * contains "\n" or "\r" flushes both. Without errors buffering changes nothing visible, but a
 * failing write(2) (a full disk, `> /dev/full`, a closed pipe as in `| head -1`) raises OSError
 * (BrokenPipeError for EPIPE, ...) from the print() that triggered it, or, when the failure
 * happens only at exit, prints "Exception ignored in: <_io.TextIOWrapper name='<stdout>' ...>"
 * and the error, and exits with status 120. Which of the two happens depends on exactly when
 * CPython calls write(2), so this file keeps the same two buffers with the same rules
 * (textio.c _io_TextIOWrapper_write_impl and _textiowrapper_writeflush, bufferedio.c
 * _bufferedwriter_write and _bufferedwriter_flush_unlocked):
 *
 *   text write of n bytes: if pending + n > 8192, pass pending to the buffer first (on error
 *     the new text is dropped too); append; if pending >= 8192 (or a line ends on a terminal),
 *     pass pending to the buffer (pending is dropped even if that fails); on a terminal, flush.
 *   buffer write of m bytes: if they fit, copy; else flush the buffer (on error the buffer
 *     keeps what was not written and the m bytes are lost), write(2) them straight while more
 *     than the buffer size is left, and keep the rest.
 *
 * Exit follows CPython's order: the stdout flush after the module body ends ignores errors
 * (pythonrun.c flush_io, before a traceback is printed); the flush at finalisation reports
 * them (exit status 120). An unusable fd 1 at start-up (closed) is CPython's sys.stdout = None:
 * print() writes nothing. SIGPIPE is ignored (as CPython does), so a closed pipe is EPIPE.
 *
 * Only rank 0 runs the program, so output appears exactly once under mpirun (where fd 1 is a
 * pipe to the launcher: errors writing the launcher's output are the launcher's to report).
 */
#include "pyrt-internal.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum { TEXT_CHUNK = 8192, DEFAULT_BUFFER_SIZE = 8192 };

enum out_mode { OUT_UNSET, OUT_NONE, OUT_BLOCK, OUT_LINE };

static enum out_mode mode;
static char *data;      /* [0, buffered): the BufferedWriter; [buffered, +pending): the text */
static size_t buffered; /* bytes in the BufferedWriter */
static size_t pending;  /* bytes in the TextIOWrapper's pending list */
static size_t buf_size; /* the BufferedWriter's size: st_blksize, or 8192 */

void pyrt_output_init(void) {
  struct stat st;
  signal(SIGPIPE, SIG_IGN);
  if (fcntl(1, F_GETFL) < 0 || fstat(1, &st) < 0) {
    mode = OUT_NONE;
    return;
  }
  buf_size = st.st_blksize > 1 ? (size_t)st.st_blksize : DEFAULT_BUFFER_SIZE;
  mode = isatty(1) ? OUT_LINE : OUT_BLOCK;
}

/* The first use without pyrt_output_init (the runtime's own test programs). */
static void ensure_init(void) {
  if (mode == OUT_UNSET) pyrt_output_init();
  if (mode != OUT_NONE && !data) data = pyrt_malloc(buf_size + TEXT_CHUNK);
}

/* write(2) until `n` bytes are out or an error other than EINTR: bytes written, -1 on error. */
static ssize_t os_write(const char *s, size_t n) {
  for (;;) {
    ssize_t w = write(1, s, n);
    if (w >= 0 || errno != EINTR) return w;
  }
}

/* CPython's OSError subclass for an errno (Objects/exceptions.c, errnomap), as a pyrt_exc. */
static int32_t os_error_class(int err) {
  switch (err) {
  case EPIPE:
  case ESHUTDOWN:
    return PYRT_EXC_BROKEN_PIPE;
  case ECONNRESET:
    return PYRT_EXC_CONNECTION_RESET;
  case ECONNABORTED:
    return PYRT_EXC_CONNECTION_ABORTED;
  case EACCES:
  case EPERM:
    return PYRT_EXC_PERMISSION;
  default:
    return PYRT_EXC_OS;
  }
}

/* EAGAIN (stdout in non-blocking mode) has no exact equivalent here: CPython's BlockingIOError
 * carries partial-write accounting that this buffer does not reproduce. */
static const char eagain_limit[] =
    "stdout is non-blocking and not ready for writing (EAGAIN); CPython's BlockingIOError is "
    "not reproduced";

/* Raises what CPython's print() raises when write(2) fails: "[Errno N] strerror". */
static _Noreturn void raise_os_error(int err) {
  if (err == EAGAIN || err == EWOULDBLOCK) pyrt_unsupported(eagain_limit);
  pyrt_raisef(os_error_class(err), "[Errno %d] %s", err, strerror(err));
}

/* BufferedWriter.flush(): writes the buffer; on error keeps the unwritten bytes, returns errno.
 * Called only while no text is pending (the pending text, if any, was just taken out of the
 * text layer and may still sit after the buffer in `data`; it must not move). */
static int buffer_flush(void) {
  size_t done = 0;
  int err = 0;
  while (done < buffered) {
    ssize_t w = os_write(data + done, buffered - done);
    if (w < 0) {
      err = errno;
      break;
    }
    done += (size_t)w;
  }
  if (done < buffered) memmove(data, data + done, buffered - done);
  buffered -= done;
  return err;
}

/* BufferedWriter.write(p, m); p may point at the text just taken from the text layer, right
 * after the buffer inside `data` (which buffer_flush leaves in place). Returns errno. */
static int buffer_write(const char *p, size_t m) {
  if (buffered + m <= buf_size) {
    memmove(data + buffered, p, m);
    buffered += m;
    return 0;
  }
  int err = buffer_flush(); /* on error the m bytes are lost, as in CPython */
  if (err) return err;
  size_t written = 0, remaining = m;
  while (remaining > buf_size) {
    ssize_t w = os_write(p + written, remaining);
    if (w < 0) return errno;
    written += (size_t)w;
    remaining -= (size_t)w;
  }
  memmove(data, p + written, remaining);
  buffered = remaining;
  return 0;
}

/* _textiowrapper_writeflush: hands the pending text to the buffer (dropped even on error). */
static int text_writeflush(void) {
  if (pending == 0) return 0;
  size_t n = pending;
  pending = 0;
  return buffer_write(data + buffered, n);
}

/* TextIOWrapper.write(s) of n UTF-8 bytes; returns errno (0 on success). */
static int text_write(const char *s, size_t n) {
  int needflush = mode == OUT_LINE && (memchr(s, '\n', n) || memchr(s, '\r', n));
  int err = 0;
  if (pending + n > TEXT_CHUNK && (err = text_writeflush())) return err;
  if (pending + n >= TEXT_CHUNK || needflush) {
    if (pending == 0) {
      err = buffer_write(s, n); /* straight from the caller: no copy of a big text */
    } else {
      memcpy(data + buffered + pending, s, n);
      pending += n;
      err = text_writeflush();
    }
    if (err) return err;
  } else {
    memcpy(data + buffered + pending, s, n);
    pending += n;
  }
  return needflush ? buffer_flush() : 0;
}

/* TextIOWrapper.flush(): returns errno (0 on success). */
static int flush_all(void) {
  if (mode == OUT_NONE || !data) return 0;
  int err = text_writeflush();
  if (err) return err;
  return buffer_flush();
}

void pyrt_output_flush(void) {
  (void)flush_all();
}

void pyrt_output_discard(void) {
  buffered = pending = 0;
}

int32_t pyrt_output_finish(int32_t status) {
  (void)flush_all();     /* pythonrun.c flush_io(): errors are ignored */
  int err = flush_all(); /* Py_FinalizeEx's flush_std_files(): errors are reported */
  if (!err) return status;
  pyrt_output_discard();
  char text[512];
  if (err == EAGAIN || err == EWOULDBLOCK)
    snprintf(text, sizeof text, "pyforac: %s\n", eagain_limit);
  else
    snprintf(text, sizeof text,
             "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' "
             "encoding='utf-8'>\n%s: [Errno %d] %s\n",
             pyrt_exc_name(os_error_class(err)), err, strerror(err));
  ssize_t w = write(2, text, strlen(text));
  (void)w;
  return err == EAGAIN || err == EWOULDBLOCK ? 3 : 120;
}

/* print() inside a task other than the root one: into the task's ordered output, which its
 * joiner replays in program order (pyrt_task_join). Only the root task writes stdout, so the
 * buffers above have a single writer. */
void pyrt_write_cstr(const char *utf8, int64_t nbytes) {
  if (!utf8 || nbytes <= 0) return;
  pyrt_buf *task_out = pyrt_task_self()->out;
  if (task_out) {
    pyrt_buf_append(task_out, utf8, nbytes);
    return;
  }
  ensure_init();
  if (mode == OUT_NONE) return;
  int err = text_write(utf8, (size_t)nbytes);
  if (err) raise_os_error(err);
}

void pyrt_write_buf_consume(pyrt_buf *b) {
  pyrt_buf *task_out = pyrt_task_self()->out;
  if (task_out || b->len <= 0) {
    if (b->len > 0) pyrt_buf_append(task_out, b->data, b->len);
    pyrt_buf_free(b);
    return;
  }
  ensure_init();
  int err = mode == OUT_NONE ? 0 : text_write(b->data, (size_t)b->len);
  pyrt_buf_free(b);
  if (err) raise_os_error(err);
}

void pyrt_write_str(pyrt_object *s) {
  if (!s || s->kind != PYRT_KIND_STR) return;
  pyrt_str *str = (pyrt_str *)s;
  pyrt_write_cstr(str->data, str->nbytes);
}

void pyrt_print(pyrt_object **args, int64_t n, pyrt_object *sep, pyrt_object *end) {
  for (int64_t i = 0; i < n; i++) {
    if (i > 0) {
      if (sep)
        pyrt_write_str(sep);
      else
        pyrt_write_cstr(" ", 1);
    }
    if (args[i])
      pyrt_write_str(args[i]);
    else
      pyrt_write_cstr("None", 4);
  }
  if (end)
    pyrt_write_str(end);
  else
    pyrt_write_cstr("\n", 1);
}
