/* hg-zip-writer.c
 *
 * Our own ZIP writer rather than libarchive's, which reads our packages
 * still: libarchive puts timestamp and Unix extra fields and a trailing
 * data descriptor on every entry, and ODF requires its first entry,
 * "mimetype", to have no extra field, so that the media type sits at byte
 * 38 of the file for tools that sniff it. Here each entry's header is
 * written with blank sizes and patched once the part is done (the file is
 * ours and seekable), which gives the plainest ZIP there is: no extra
 * fields, no data descriptors, no Zip64. Excel, Word and LibreOffice read
 * it, as do unzip and libarchive. Deflate is GIO's zlib converter and the
 * checksum zlib's own crc32(), which is faster than any we would write.
 *
 * A part bigger than one buffer (a sheet of many rows) is deflated in a
 * thread of its own, one buffer behind the XML being written: making the
 * XML and deflating it take about as long, and on two cores they
 * overlap. Only that thread touches the file, the checksum and
 * the deflate stream until the part ends; buffers go back and forth
 * through queues, three of them in all, so memory stays flat.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-zip"

#include "config.h"

#include <gio/gio.h>
#include <zlib.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "hg-save-file.h"
#include "hg-zip-writer.h"

G_DEFINE_QUARK (hg-zip-error-quark, hg_zip_error)

#define FLUSH_SIZE   (64 * 1024)
#define N_BUFFERS    3
#define ZIP_LIMIT    G_GUINT64_CONSTANT (0xFFFFFFFF)
#define METHOD_STORE   0
#define METHOD_DEFLATE 8
#define DEFLATE_LEVEL  3
#define XML_DECL "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

struct _HgZipWriter
{
  HgSaveFile *file;
  GDateTime  *now;
  guint16     dos_time;
  guint16     dos_date;
  GString    *out;
  GConverter *deflate;
  guint8     *chunk;
  GByteArray *central;
  guint       n_entries;

  /* The deflating thread, started by the first part that needs it. */
  GThread     *thread;
  GAsyncQueue *todo;       /* full buffers, then END or STOP */
  GAsyncQueue *empty;      /* buffers handed back, to fill again */
  GAsyncQueue *done;       /* END, once the part it ends is written */
  GError      *failure;    /* the thread's first error; it then only recycles */
  gboolean     handed_off; /* this part is the thread's */

  /* The part being written. */
  char       *name;
  guint16     method;
  guint64     header_offset;
  guint32     crc;
  guint64     size;
  guint64     compressed;
};

/* zlib's crc32() takes a uInt length: feed it in pieces that fit. */
static guint32
crc32_update (guint32       crc,
              const guint8 *data,
              gsize         length)
{
  while (length > 0)
    {
      uInt piece = (uInt) MIN (length, (gsize) G_MAXUINT32);

      crc = (guint32) crc32 (crc, data, piece);
      data += piece;
      length -= piece;
    }
  return crc;
}

static void
put16 (guint8  *p,
       guint16  value)
{
  p[0] = value & 0xFF;
  p[1] = value >> 8;
}

static void
put32 (guint8  *p,
       guint32  value)
{
  put16 (p, value & 0xFFFF);
  put16 (p + 2, value >> 16);
}

static gboolean
check_limit (HgZipWriter  *w,
             guint64       value,
             GError      **error)
{
  if (value <= ZIP_LIMIT)
    return TRUE;
  hg_save_file_set_error (w->file, error, HG_ZIP_ERROR, HG_ZIP_ERROR_TOO_LARGE,
                          _("it would be larger than 4 GB, which this file format cannot hold"));
  return FALSE;
}

HgZipWriter *
hg_zip_writer_new (const char  *path,
                   GError     **error)
{
  HgSaveFile *file = hg_save_file_new (path, error);
  HgZipWriter *w;
  g_autoptr(GDateTime) local = NULL;

  if (file == NULL)
    return NULL;

  w = g_new0 (HgZipWriter, 1);
  w->file = file;
  w->now = g_date_time_new_now_utc ();
  /* ZIP keeps local time, as the file managers show it. */
  local = g_date_time_to_local (w->now);
  w->dos_time = g_date_time_get_hour (local) << 11 | g_date_time_get_minute (local) << 5
                | g_date_time_get_second (local) / 2;
  w->dos_date = (MAX (g_date_time_get_year (local), 1980) - 1980) << 9
                | g_date_time_get_month (local) << 5 | g_date_time_get_day_of_month (local);
  w->out = g_string_sized_new (FLUSH_SIZE + 4096);
  /* Level 3 rather than zlib's default 6: on the XML of a big sheet it
   * deflates two and a half times as fast, for a file a sixth larger. */
  w->deflate = G_CONVERTER (g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_RAW, DEFLATE_LEVEL));
  w->chunk = g_malloc (FLUSH_SIZE);
  w->central = g_byte_array_new ();
  return w;
}

GDateTime *
hg_zip_writer_get_time (HgZipWriter *w)
{
  return w->now;
}

/* The header fields that the local header and the central directory
 * share, from "version needed" on: 26 bytes. */
static void
fill_common (HgZipWriter *w,
             guint8      *p)
{
  put16 (p, w->method == METHOD_DEFLATE ? 20 : 10);
  put16 (p + 2, 0);
  put16 (p + 4, w->method);
  put16 (p + 6, w->dos_time);
  put16 (p + 8, w->dos_date);
  put32 (p + 10, w->crc);
  put32 (p + 14, (guint32) w->compressed);
  put32 (p + 18, (guint32) w->size);
  put16 (p + 22, (guint16) strlen (w->name));
  put16 (p + 24, 0);  /* no extra field */
}

static gboolean
begin_part (HgZipWriter  *w,
            const char   *name,
            guint16       method,
            GError      **error)
{
  guint8 header[30];

  g_return_val_if_fail (w->name == NULL, FALSE);
  g_return_val_if_fail (w->n_entries < G_MAXUINT16, FALSE);

  w->name = g_strdup (name);
  w->method = method;
  w->header_offset = hg_save_file_get_offset (w->file);
  w->crc = 0;
  w->size = 0;
  w->compressed = 0;
  g_converter_reset (w->deflate);
  g_string_truncate (w->out, 0);

  if (!check_limit (w, w->header_offset, error))
    return FALSE;
  put32 (header, 0x04034B50);
  fill_common (w, header + 4);
  return hg_save_file_write (w->file, header, sizeof header, error)
         && hg_save_file_write (w->file, name, strlen (name), error);
}

static gboolean
write_compressed (HgZipWriter   *w,
                  const guint8  *data,
                  gsize          length,
                  gboolean       last,
                  GError       **error)
{
  GConverterFlags flags = last ? G_CONVERTER_INPUT_AT_END : G_CONVERTER_NO_FLAGS;

  while (length > 0 || last)
    {
      g_autoptr(GError) local = NULL;
      gsize read = 0, written = 0;
      GConverterResult result;

      result = g_converter_convert (w->deflate, data, length, w->chunk, FLUSH_SIZE, flags,
                                    &read, &written, &local);
      if (result == G_CONVERTER_ERROR)
        {
          hg_save_file_set_error (w->file, error, HG_ZIP_ERROR, HG_ZIP_ERROR_IO,
                                  local->message);
          return FALSE;
        }
      data += read;
      length -= read;
      w->compressed += written;
      if (!hg_save_file_write (w->file, w->chunk, written, error))
        return FALSE;
      if (result == G_CONVERTER_FINISHED)
        break;
    }
  return TRUE;
}

static gboolean
write_buffer (HgZipWriter  *w,
              GString      *buffer,
              gboolean      last,
              GError      **error)
{
  const guint8 *data = (const guint8 *) buffer->str;
  gsize length = buffer->len;

  w->crc = crc32_update (w->crc, data, length);
  w->size += length;
  if (w->method == METHOD_DEFLATE)
    {
      if (!write_compressed (w, data, length, last, error))
        return FALSE;
    }
  else
    {
      if (!hg_save_file_write (w->file, data, length, error))
        return FALSE;
      w->compressed += length;
    }
  g_string_truncate (buffer, 0);
  return check_limit (w, hg_save_file_get_offset (w->file), error);
}

/* Markers in the queue of work, told from buffers by their address. */
static char end_marker, stop_marker;
#define END  ((gpointer) &end_marker)
#define STOP ((gpointer) &stop_marker)

static gpointer
deflate_thread (gpointer data)
{
  HgZipWriter *w = data;

  for (;;)
    {
      gpointer item = g_async_queue_pop (w->todo);
      GError *local = NULL;

      if (item == STOP)
        return NULL;
      if (item == END)
        {
          if (g_atomic_pointer_get (&w->failure) == NULL
              && !write_compressed (w, NULL, 0, TRUE, &local))
            g_atomic_pointer_set (&w->failure, local);
          g_async_queue_push (w->done, END);
          continue;
        }

      if (g_atomic_pointer_get (&w->failure) == NULL && !write_buffer (w, item, FALSE, &local))
        g_atomic_pointer_set (&w->failure, local);
      g_string_truncate (item, 0);
      g_async_queue_push (w->empty, item);
    }
}

/* Gives what w->out holds to the thread. The caller keeps w->out, the
 * same GString, now with the emptied storage of another buffer: the
 * contents are swapped, not copied. */
static void
hand_off (HgZipWriter *w)
{
  GString *spare;
  GString swap;

  if (w->thread == NULL)
    {
      w->todo = g_async_queue_new ();
      w->empty = g_async_queue_new ();
      w->done = g_async_queue_new ();
      for (int i = 1; i < N_BUFFERS; i++)
        g_async_queue_push (w->empty, g_string_sized_new (FLUSH_SIZE + 4096));
      w->thread = g_thread_new ("hg-zip-deflate", deflate_thread, w);
    }
  w->handed_off = TRUE;
  spare = g_async_queue_pop (w->empty);
  swap = *spare;
  *spare = *w->out;
  *w->out = swap;
  g_async_queue_push (w->todo, spare);
}

static gboolean
check_thread (HgZipWriter  *w,
              GError      **error)
{
  GError *failure = g_atomic_pointer_get (&w->failure);

  if (failure == NULL)
    return TRUE;
  g_propagate_error (error, g_error_copy (failure));
  return FALSE;
}

GString *
hg_zip_writer_begin_xml (HgZipWriter  *w,
                         const char   *name,
                         GError      **error)
{
  if (!begin_part (w, name, METHOD_DEFLATE, error))
    return NULL;
  g_string_append (w->out, XML_DECL);
  return w->out;
}

gboolean
hg_zip_writer_flush (HgZipWriter  *w,
                     GError      **error)
{
  if (w->out->len < FLUSH_SIZE)
    return TRUE;
  if (w->method != METHOD_DEFLATE)
    return write_buffer (w, w->out, FALSE, error);
  hand_off (w);
  return check_thread (w, error);
}

/* The rest of the part, written and deflated to its end. */
static gboolean
finish_part (HgZipWriter  *w,
             GError      **error)
{
  if (!w->handed_off)
    return write_buffer (w, w->out, TRUE, error);

  hand_off (w);
  w->handed_off = FALSE;
  g_async_queue_push (w->todo, END);
  g_async_queue_pop (w->done);
  return check_thread (w, error);
}

gboolean
hg_zip_writer_end_part (HgZipWriter  *w,
                        GError      **error)
{
  guint8 record[46];

  g_return_val_if_fail (w->name != NULL, FALSE);

  if (!finish_part (w, error))
    return FALSE;

  /* The sizes and checksum go back into the local header… */
  fill_common (w, record + 4);
  if (!hg_save_file_write_at (w->file, w->header_offset + 14, record + 14, 12, error))
    return FALSE;

  /* …and into the central directory, written at the end. */
  put32 (record, 0x02014B50);
  put16 (record + 4, 20);  /* made by: version 2.0, MS-DOS attributes, as Office does */
  fill_common (w, record + 6);
  put16 (record + 32, 0);  /* comment */
  put16 (record + 34, 0);  /* disk */
  put16 (record + 36, 0);  /* internal attributes */
  put32 (record + 38, 0);  /* external attributes */
  put32 (record + 42, (guint32) w->header_offset);
  g_byte_array_append (w->central, record, sizeof record);
  g_byte_array_append (w->central, (const guint8 *) w->name, strlen (w->name));
  w->n_entries++;
  g_clear_pointer (&w->name, g_free);
  return TRUE;
}

gboolean
hg_zip_writer_write_xml (HgZipWriter  *w,
                         const char   *name,
                         const char   *body,
                         GError      **error)
{
  if (hg_zip_writer_begin_xml (w, name, error) == NULL)
    return FALSE;
  g_string_append (w->out, body);
  return hg_zip_writer_end_part (w, error);
}

gboolean
hg_zip_writer_write_stored (HgZipWriter  *w,
                            const char   *name,
                            const char   *data,
                            GError      **error)
{
  if (!begin_part (w, name, METHOD_STORE, error))
    return FALSE;
  g_string_append (w->out, data);
  return hg_zip_writer_end_part (w, error);
}

gboolean
hg_zip_writer_write_bytes (HgZipWriter  *w,
                           const char   *name,
                           const void   *data,
                           gsize         length,
                           gboolean      compress,
                           GError      **error)
{
  const guint8 *p = data;

  if (!begin_part (w, name, compress ? METHOD_DEFLATE : METHOD_STORE, error))
    return FALSE;
  /* In pieces through the same path as XML, so that a large part is
   * deflated by the thread and no second copy of it is made whole. */
  while (length > 0)
    {
      gsize piece = MIN (length, (gsize) FLUSH_SIZE);

      g_string_append_len (w->out, (const char *) p, piece);
      p += piece;
      length -= piece;
      if (!hg_zip_writer_flush (w, error))
        return FALSE;
    }
  return hg_zip_writer_end_part (w, error);
}

gboolean
hg_zip_writer_close (HgZipWriter  *w,
                     GError      **error)
{
  guint64 start = hg_save_file_get_offset (w->file);
  guint8 end[22];

  g_return_val_if_fail (w->name == NULL, FALSE);

  if (!hg_save_file_write (w->file, w->central->data, w->central->len, error)
      || !check_limit (w, hg_save_file_get_offset (w->file), error))
    return FALSE;

  put32 (end, 0x06054B50);
  put16 (end + 4, 0);  /* this disk */
  put16 (end + 6, 0);  /* the disk where the directory starts */
  put16 (end + 8, w->n_entries);
  put16 (end + 10, w->n_entries);
  put32 (end + 12, w->central->len);
  put32 (end + 16, (guint32) start);
  put16 (end + 20, 0);  /* comment */
  return hg_save_file_write (w->file, end, sizeof end, error)
         && hg_save_file_commit (w->file, error);
}

void
hg_zip_writer_set_job (HgZipWriter *w,
                       HgJob       *job)
{
  hg_save_file_set_job (w->file, job);
}

gboolean
hg_zip_write_parts (const char       *path,
                    const HgZipPart  *parts,
                    gsize             n_parts,
                    HgJob            *job,
                    GError          **error)
{
  g_autoptr(HgZipWriter) w = hg_zip_writer_new (path, error);

  if (w == NULL)
    return FALSE;
  hg_zip_writer_set_job (w, job);
  for (gsize i = 0; i < n_parts; i++)
    if (!(parts[i].stored ? hg_zip_writer_write_stored (w, parts[i].name, parts[i].body, error)
                          : hg_zip_writer_write_xml (w, parts[i].name, parts[i].body, error)))
      return FALSE;
  return hg_zip_writer_close (w, error);
}

void
hg_zip_writer_free (HgZipWriter *w)
{
  if (w == NULL)
    return;
  /* The thread may still be at buffers of a part that failed. */
  if (w->thread != NULL)
    {
      GString *buffer;

      g_async_queue_push (w->todo, STOP);
      g_thread_join (w->thread);
      while ((buffer = g_async_queue_try_pop (w->todo)) != NULL)
        g_string_free (buffer, TRUE);
      while ((buffer = g_async_queue_try_pop (w->empty)) != NULL)
        g_string_free (buffer, TRUE);
      g_async_queue_unref (w->todo);
      g_async_queue_unref (w->empty);
      g_async_queue_unref (w->done);
    }
  g_clear_error (&w->failure);
  hg_save_file_free (w->file);
  g_date_time_unref (w->now);
  g_string_free (w->out, TRUE);
  g_object_unref (w->deflate);
  g_free (w->chunk);
  g_byte_array_unref (w->central);
  g_free (w->name);
  g_free (w);
}
