/* hg-sheet-format.c
 *
 * People pick a file by what Excel shows them, not by its extension, and
 * a workbook saved from an old Excel or with a password looks like any
 * other to them. Read as CSV, such a file fails with "the file contains a
 * zero byte", which helps nobody; told apart here, it gets a message that
 * says what it is and how to save it so that it imports.
 *
 * The test is the content: a ZIP is an Office Open XML workbook unless its
 * first entry says it is an OpenDocument spreadsheet. An OLE2 compound file
 * is an Excel 97–2003 workbook, unless its directory lists the
 * "EncryptionInfo" stream that Excel writes around a password-protected
 * .xlsx. Anything else is left to the CSV reader.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-sheet-format"

#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hg-sheet-format.h"

#define HEAD_SIZE          512

#define ZIP_MAGIC          "PK\003\004"
#define ODS_MIME_TYPE      "application/vnd.oasis.opendocument.spreadsheet"

#define OLE_SECTOR_SHIFT   0x1E
#define OLE_FIRST_DIR      0x30
#define OLE_DIFAT          0x4C
#define OLE_DIFAT_IN_HEAD  109
#define OLE_LAST_SECTOR    0xFFFFFFF9u   /* higher numbers mark chain ends and free sectors */
#define OLE_ENTRY_SIZE     128
#define OLE_ENTRY_NAME_LEN 64
#define OLE_ENTRY_TYPE     66
#define OLE_TYPE_STREAM    2

/* A directory is a few sectors; a loop in a damaged chain stops here. */
#define MAX_DIR_SECTORS    1024

static const guint8 ole_magic[8] = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };

static guint16
read_le16 (const guint8 *p)
{
  return (guint16) (p[0] | p[1] << 8);
}

static guint32
read_le32 (const guint8 *p)
{
  return (guint32) p[0] | (guint32) p[1] << 8 | (guint32) p[2] << 16 | (guint32) p[3] << 24;
}

static gboolean
read_at (int      fd,
         guint8  *buf,
         gsize    size,
         guint64  offset)
{
  gsize total = 0;

  while (total < size)
    {
      ssize_t n = pread (fd, buf + total, size - total, (off_t) (offset + total));

      if (n <= 0)
        return FALSE;
      total += n;
    }
  return TRUE;
}

/* LibreOffice stores the "mimetype" entry first and uncompressed, so that
 * its content can be read at a fixed place, as here. */
static gboolean
is_ods (const guint8 *head,
        gsize         length)
{
  gsize name_length, data_start;

  if (length < 30)
    return FALSE;
  name_length = read_le16 (head + 26);
  data_start = 30 + name_length + read_le16 (head + 28);
  return name_length == strlen ("mimetype")
         && memcmp (head + 30, "mimetype", name_length) == 0
         && data_start + strlen (ODS_MIME_TYPE) <= length
         && memcmp (head + data_start, ODS_MIME_TYPE, strlen (ODS_MIME_TYPE)) == 0;
}

/* Whether a directory entry is the stream @name (ASCII), whose name the
 * entry holds in UTF-16LE with its terminating zero. */
static gboolean
is_stream (const guint8 *entry,
           const char   *name)
{
  gsize length = strlen (name);

  if (entry[OLE_ENTRY_TYPE] != OLE_TYPE_STREAM
      || read_le16 (entry + OLE_ENTRY_NAME_LEN) != (length + 1) * 2)
    return FALSE;
  for (gsize i = 0; i < length; i++)
    if (entry[2 * i] != (guint8) name[i] || entry[2 * i + 1] != 0)
      return FALSE;
  return TRUE;
}

/* Walks the directory's chain of sectors. The sector after each one is
 * looked up in the allocation table, whose first 109 sectors the header
 * lists; a directory beyond them (in a file of many megabytes) is not
 * looked at, and such a file is taken for an unprotected one. */
static gboolean
has_encryption_info (int           fd,
                     const guint8 *head)
{
  guint shift = read_le16 (head + OLE_SECTOR_SHIFT);
  g_autofree guint8 *sector = NULL;
  guint32 current;
  gsize size;

  if (shift != 9 && shift != 12)
    return FALSE;
  size = (gsize) 1 << shift;
  sector = g_malloc (size);
  current = read_le32 (head + OLE_FIRST_DIR);

  for (guint visited = 0; current <= OLE_LAST_SECTOR && visited < MAX_DIR_SECTORS; visited++)
    {
      guint32 per_sector = size / 4;
      guint32 fat_index = current / per_sector;
      guint32 fat_sector;
      guint8 next[4];

      if (!read_at (fd, sector, size, ((guint64) current + 1) * size))
        return FALSE;
      for (gsize e = 0; e + OLE_ENTRY_SIZE <= size; e += OLE_ENTRY_SIZE)
        if (is_stream (sector + e, "EncryptionInfo") || is_stream (sector + e, "EncryptedPackage"))
          return TRUE;

      if (fat_index >= OLE_DIFAT_IN_HEAD)
        return FALSE;
      fat_sector = read_le32 (head + OLE_DIFAT + 4 * fat_index);
      if (fat_sector > OLE_LAST_SECTOR
          || !read_at (fd, next, 4, ((guint64) fat_sector + 1) * size + (current % per_sector) * 4))
        return FALSE;
      current = read_le32 (next);
    }
  return FALSE;
}

/**
 * hg_sheet_format_detect:
 * @path: a file name in the GLib file name encoding
 *
 * Tells the format from the first bytes of the file, and for an OLE2
 * compound file from its directory. A file that cannot be read, or is no
 * regular file, is %HG_SHEET_FORMAT_CSV: the CSV reader says what is wrong.
 *
 * Returns: the format
 */
HgSheetFormat
hg_sheet_format_detect (const char *path)
{
  guint8 head[HEAD_SIZE];
  HgSheetFormat format = HG_SHEET_FORMAT_CSV;
  struct stat st;
  ssize_t length;
  int fd;

  g_return_val_if_fail (path != NULL, HG_SHEET_FORMAT_CSV);

  /* O_NONBLOCK so that opening a FIFO with no writer does not wait. */
  fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK, 0);
  if (fd < 0)
    return HG_SHEET_FORMAT_CSV;
  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      close (fd);
      return HG_SHEET_FORMAT_CSV;
    }

  length = pread (fd, head, sizeof head, 0);
  if (length >= 4 && memcmp (head, ZIP_MAGIC, 4) == 0)
    format = is_ods (head, length) ? HG_SHEET_FORMAT_ODS : HG_SHEET_FORMAT_XLSX;
  else if (length >= (ssize_t) sizeof ole_magic && memcmp (head, ole_magic, sizeof ole_magic) == 0)
    format = length == HEAD_SIZE && has_encryption_info (fd, head) ? HG_SHEET_FORMAT_ENCRYPTED
                                                                   : HG_SHEET_FORMAT_XLS;

  close (fd);
  return format;
}
