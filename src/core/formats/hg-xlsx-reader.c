/* hg-xlsx-reader.c
 *
 * Imported workbooks come from anywhere: the IPA sample the user filled in,
 * a file mailed by a partner, or something built to hurt. So every part is
 * streamed straight out of the ZIP: nothing is extracted to disk, no part
 * is ever held whole in memory, and every limit is checked on the bytes
 * actually decompressed, never on the sizes the ZIP headers claim. The
 * small parts (relationships, workbook, styles) go through libxml2's
 * xmlTextReader; the sheet and the shared strings, nearly all of a large
 * file, through HgXmlScanner, on the decompressed blocks where they lie.
 * No document may carry a DOCTYPE, which rules out entity expansion
 * ("billion laughs") and external entities in one stroke, and no parser
 * touches the network.
 *
 * libarchive walks a ZIP only front to back, so each part is found by
 * opening the archive afresh and skipping to it; with the central
 * directory that costs a few header reads, not a decompression.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-xlsx"

#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <libxml/xmlreader.h>
#include <math.h>
#include <string.h>
#include <unistd.h>

#include "hg-xlsx.h"
#include "hg-xlsx-limits.h"

#include "hg-xlsx-book.h"
#include "hg-xml-scanner.h"

/* Declared in hg-xlsx.h, for the writer too. */
G_DEFINE_QUARK (hg-xlsx-error-quark, hg_xlsx_error)

/* Limits on the container, shared with the write-back (hg-xlsx-limits.h). */
#define MAX_ENTRIES      HG_XLSX_MAX_ENTRIES
#define MAX_PART_BYTES   HG_XLSX_MAX_PART_BYTES
#define MAX_TOTAL_BYTES  HG_XLSX_MAX_TOTAL_BYTES
#define RATIO_MIN_BYTES  HG_XLSX_RATIO_MIN_BYTES
#define MAX_RATIO        HG_XLSX_MAX_RATIO

/* Limits on the sheet: Excel's own, plus a cap on what the result may hold,
 * because one shared string can be referenced by a million cells. */
#define MAX_ROWS         1048576
#define MAX_COLUMNS      16384
#define MAX_CELLS        5000000
#define MAX_TEXT_BYTES   (G_GUINT64_CONSTANT (128) * 1024 * 1024)
#define MAX_STYLES       65536
#define MAX_SHEETS       MAX_ENTRIES
#define MAX_MERGES       100000
#define MAX_FORMULA_BYTES 4096

/* What a cell's number format shows, as flags: a date, a time of day,
 * both ("yyyy/m/d h:mm"), with seconds or not, or elapsed time ([h]:mm)
 * whose hours go past 24. */
typedef enum
{
  FORMAT_GENERAL = 0,
  FORMAT_DATE    = 1 << 0,
  FORMAT_TIME    = 1 << 1,
  FORMAT_SECONDS = 1 << 2,
  FORMAT_ELAPSED = 1 << 3,
} FormatKind;

typedef struct
{
  char *name;
  char *rel_id;
} SheetInfo;

typedef struct
{
  char *id;
  char *type;
  char *target;
} Relationship;

typedef struct
{
  const guint8 *data;
  gsize         length;
  guint64       inflated_total;
  GHashTable   *entries;        /* lower-cased names of the regular files */

  /* What libxml2 last complained about, for the message. */
  char         *xml_error;
  int           xml_error_line;
  gboolean      xml_error_fatal;

  gboolean      date1904;
  GArray       *xf_formats;     /* guint8 FormatKind per <cellXfs> entry */

  /* Shared strings, NUL-terminated one after another in one block: a
   * million short strings would otherwise cost a million allocations. */
  GString      *sst_text;
  GArray       *sst_offsets;    /* guint32 */

  /* What the sheets read so far hold, when all of them are read: together
   * they stay within one sheet's limits. */
  guint64       book_cells;
  guint64       book_bytes;
} Reader;

/* Where the scan of a part's prolog is: see scan_prolog(). */
typedef enum
{
  PROLOG_START,
  PROLOG_BOM1,
  PROLOG_BOM2,
  PROLOG_SPACE,
  PROLOG_LT,
  PROLOG_BANG,
  PROLOG_COMMENT_OPEN,
  PROLOG_COMMENT,
  PROLOG_PI,
  PROLOG_PI_QUESTION,
  PROLOG_DONE,
} PrologState;

typedef struct
{
  Reader           *reader;
  struct archive   *archive;
  char             *name;
  xmlTextReaderPtr  xml;
  guint64           inflated;
  la_int64_t        start;
  GError           *error;      /* from the read callback */

  const guint8     *block;      /* the current block from libarchive */
  gsize             block_size;
  gsize             block_pos;
  gboolean          eof;

  PrologState       prolog;
  guint             dashes;
  GString          *declaration;
} Part;

static void
sheet_info_free (SheetInfo *info)
{
  g_free (info->name);
  g_free (info->rel_id);
  g_free (info);
}

static void
relationship_free (Relationship *rel)
{
  g_free (rel->id);
  g_free (rel->type);
  g_free (rel->target);
  g_free (rel);
}

static void
reader_clear (Reader *r)
{
  g_clear_pointer (&r->entries, g_hash_table_unref);
  g_clear_pointer (&r->xml_error, g_free);
  g_clear_pointer (&r->xf_formats, g_array_unref);
  if (r->sst_text != NULL)
    g_string_free (r->sst_text, TRUE);
  r->sst_text = NULL;
  g_clear_pointer (&r->sst_offsets, g_array_unref);
}

/* Names and values from the file end up in messages: make them valid
 * UTF-8, and not so long that they drown the message. */
static char *
shorten (const char *text,
         glong       max_chars)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);

  if (g_utf8_strlen (valid, -1) <= max_chars)
    return g_steal_pointer (&valid);
  g_utf8_offset_to_pointer (valid, max_chars - 1)[0] = '\0';
  return g_strconcat (valid, "…", NULL);
}

#define SHORT_NAME 40

static char *
archive_message (struct archive *archive)
{
  return shorten (archive_error_string (archive), 160);
}

static void
on_xml_error (void        *data,
              xmlErrorPtr  err)
{
  Reader *r = data;

  /* Keep the first fatal error, which is the one that stopped the parser;
   * a mere error (such as an undeclared namespace prefix) only until a
   * fatal one comes. */
  if (err == NULL || err->level < XML_ERR_ERROR || r->xml_error_fatal)
    return;
  if (r->xml_error != NULL && err->level != XML_ERR_FATAL)
    return;
  g_free (r->xml_error);
  r->xml_error = g_strchomp (shorten (err->message, 160));
  r->xml_error_line = err->line;
  r->xml_error_fatal = err->level == XML_ERR_FATAL;
}

/* The container */

static struct archive *
open_archive (Reader *r)
{
  struct archive *archive = archive_read_new ();

  /* ZIP only, no gzip or other filters around it, and read through its
   * central directory, as Excel does. The streaming reader that
   * archive_read_support_format_zip() would also enable walks the local
   * headers instead: it must decompress every entry just to skip it,
   * where no limit of ours applies, and it can be shown different files
   * than the directory lists. */
  archive_read_support_format_zip_seekable (archive);
  if (archive_read_open_memory (archive, r->data, r->length) != ARCHIVE_OK)
    g_clear_pointer (&archive, archive_read_free);
  return archive;
}

static gboolean
is_ole_file (Reader *r)
{
  static const guint8 ole_magic[8] = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };

  return r->length >= sizeof ole_magic && memcmp (r->data, ole_magic, sizeof ole_magic) == 0;
}

static gboolean
set_not_zip_error (Reader  *r,
                   GError **error)
{
  /* Excel 97–2003 files and password-protected workbooks are both OLE
   * compound files, not ZIP archives: tell the user what to do. */
  if (is_ole_file (r))
    g_set_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_NOT_XLSX,
                 _("This is an Excel 97–2003 file (.xls) or a password-protected Excel file. "
                   "Open it in Excel and save it as “Excel Workbook (*.xlsx)” without a password, "
                   "then import that file."));
  else if (r->length >= 4 && memcmp (r->data, "PK\003\004", 4) == 0)
    g_set_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_DAMAGED,
                 _("The Excel file is damaged: its ZIP archive is incomplete."));
  else
    g_set_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_NOT_XLSX,
                 _("This is not an Excel file (.xlsx): it is not a ZIP archive."));
  return FALSE;
}

/* Lists the archive once: counts its entries against the limit and notes
 * the names, so a missing part is reported as missing. */
static gboolean
take_inventory (Reader  *r,
                GError **error)
{
  struct archive *archive;
  struct archive_entry *entry;
  guint count = 0;
  gboolean ok = FALSE;

  if (r->length == 0 || (archive = open_archive (r)) == NULL)
    return set_not_zip_error (r, error);

  r->entries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (;;)
    {
      int ret = archive_read_next_header (archive, &entry);
      const char *name;

      if (ret == ARCHIVE_EOF)
        break;
      if (ret < ARCHIVE_WARN)
        {
          g_autofree char *message = archive_message (archive);

          if (count == 0 && archive_format (archive) == 0)
            set_not_zip_error (r, error);
          else
            g_set_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_DAMAGED,
                         _("The Excel file is damaged: its ZIP archive cannot be read (%s)."),
                         message);
          goto out;
        }
      if (++count > MAX_ENTRIES)
        {
          g_set_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_TOO_LARGE,
                       _("The Excel file’s ZIP archive holds more than %u files; "
                         "no real Excel file has that many, so it was not imported."),
                       MAX_ENTRIES);
          goto out;
        }
      name = archive_entry_pathname (entry);
      if (name != NULL && archive_entry_filetype (entry) == AE_IFREG)
        g_hash_table_add (r->entries, g_ascii_strdown (name, -1));
    }
  ok = TRUE;

out:
  archive_read_free (archive);
  return ok;
}

/* OPC part names compare case-insensitively. */
static gboolean
has_part (Reader     *r,
          const char *name)
{
  g_autofree char *lower = g_ascii_strdown (name, -1);

  return g_hash_table_contains (r->entries, lower);
}

typedef enum
{
  PROBLEM_NOT_XML,
  PROBLEM_NOT_UTF8,
  PROBLEM_DOCTYPE,
} PrologProblem;

static gboolean
set_prolog_error (Part          *p,
                  PrologProblem  problem)
{
  switch (problem)
    {
    case PROBLEM_NOT_XML:
      g_set_error (&p->error, HG_XLSX_ERROR, HG_XLSX_ERROR_DAMAGED,
                   _("The Excel file is damaged: its part “%s” is not well-formed XML."),
                   p->name);
      break;
    case PROBLEM_NOT_UTF8:
      g_set_error (&p->error, HG_XLSX_ERROR, HG_XLSX_ERROR_UNSAFE,
                   _("The Excel file’s part “%s” is not encoded in UTF-8; it was refused."),
                   p->name);
      break;
    case PROBLEM_DOCTYPE:
    default:
      g_set_error (&p->error, HG_XLSX_ERROR, HG_XLSX_ERROR_UNSAFE,
                   _("The Excel file’s part “%s” declares a document type (DOCTYPE), which no "
                     "real Excel file does; it was refused for safety."), p->name);
      break;
    }
  p->prolog = PROLOG_DONE;
  return FALSE;
}

/* The XML declaration may name any encoding; only UTF-8 is accepted, the
 * one Excel and every other spreadsheet write, so the scan below reads
 * the bytes the way libxml2 will. */
static gboolean
check_declaration (Part *p)
{
  const char *decl = p->declaration->str;
  const char *encoding;
  char quote;
  gsize length;

  if (!g_str_has_prefix (decl, "xml") || !g_ascii_isspace (decl[3]))
    return TRUE;
  encoding = strstr (decl, "encoding");
  if (encoding == NULL)
    return TRUE;
  encoding += strlen ("encoding");
  while (g_ascii_isspace (*encoding) || *encoding == '=')
    encoding++;
  quote = *encoding++;
  length = strcspn (encoding, "\"'");
  if ((quote == '"' || quote == '\'')
      && ((length == 5 && g_ascii_strncasecmp (encoding, "UTF-8", 5) == 0)
          || (length == 4 && g_ascii_strncasecmp (encoding, "UTF8", 4) == 0)))
    return TRUE;
  return set_prolog_error (p, PROBLEM_NOT_UTF8);
}

/* libxml2 parses all the data it has been given before the reader
 * returns the first node, so a DOCTYPE seen by part_next() may already
 * have had its entities expanded. The bytes before the root element are
 * therefore checked here, before libxml2 or HgXmlScanner (which refuses
 * a DOCTYPE itself too) gets them: a UTF-8 byte order
 * mark, white space, comments and processing instructions may come
 * there; a DOCTYPE, another encoding (which would hide a DOCTYPE from
 * this scan) or anything else is refused. */
static gboolean
scan_prolog (Part         *p,
             const guint8 *data,
             gsize         length)
{
  for (gsize i = 0; i < length && p->prolog != PROLOG_DONE; i++)
    {
      guint8 ch = data[i];

      switch (p->prolog)
        {
        case PROLOG_START:
          if (ch == 0xEF)
            {
              p->prolog = PROLOG_BOM1;
              break;
            }
          if (ch == 0x00 || ch == 0xFE || ch == 0xFF)
            return set_prolog_error (p, PROBLEM_NOT_UTF8);
          G_GNUC_FALLTHROUGH;
        case PROLOG_SPACE:
          if (ch == '<')
            p->prolog = PROLOG_LT;
          else if (ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n')
            p->prolog = PROLOG_SPACE;
          else
            return set_prolog_error (p, PROBLEM_NOT_XML);
          break;
        case PROLOG_BOM1:
          if (ch != 0xBB)
            return set_prolog_error (p, PROBLEM_NOT_UTF8);
          p->prolog = PROLOG_BOM2;
          break;
        case PROLOG_BOM2:
          if (ch != 0xBF)
            return set_prolog_error (p, PROBLEM_NOT_UTF8);
          p->prolog = PROLOG_SPACE;
          break;
        case PROLOG_LT:
          if (ch == '?')
            {
              p->prolog = PROLOG_PI;
              g_string_truncate (p->declaration, 0);
            }
          else if (ch == '!')
            p->prolog = PROLOG_BANG;
          else if (g_ascii_isalpha (ch) || ch == '_' || ch == ':' || ch >= 0x80)
            p->prolog = PROLOG_DONE;  /* the root element */
          else
            return set_prolog_error (p, PROBLEM_NOT_XML);
          break;
        case PROLOG_BANG:
          if (ch != '-')
            return set_prolog_error (p, PROBLEM_DOCTYPE);
          p->prolog = PROLOG_COMMENT_OPEN;
          break;
        case PROLOG_COMMENT_OPEN:
          if (ch != '-')
            return set_prolog_error (p, PROBLEM_NOT_XML);
          p->prolog = PROLOG_COMMENT;
          p->dashes = 0;
          break;
        case PROLOG_COMMENT:
          if (ch == '>' && p->dashes >= 2)
            p->prolog = PROLOG_SPACE;
          p->dashes = ch == '-' ? p->dashes + 1 : 0;
          break;
        case PROLOG_PI:
          if (ch == '?')
            p->prolog = PROLOG_PI_QUESTION;
          else if (p->declaration->len < 256)
            g_string_append_c (p->declaration, ch);
          break;
        case PROLOG_PI_QUESTION:
          if (ch == '>')
            {
              p->prolog = PROLOG_SPACE;
              if (!check_declaration (p))
                return FALSE;
            }
          else if (ch != '?')
            {
              p->prolog = PROLOG_PI;
              if (p->declaration->len < 256)
                g_string_append_c (p->declaration, ch);
            }
          break;
        case PROLOG_DONE:
        default:
          break;
        }
    }
  return TRUE;
}

/* The next block of the part as libarchive decompressed it (up to 256 KiB,
 * or all of a stored entry at once): 1 with it in @block, 0 at the end,
 * -1 with p->error set. */
static int
part_next_block (Part          *p,
                 const guint8 **block,
                 gsize         *block_size)
{
  Reader *r = p->reader;
  const void *data;
  size_t size;
  la_int64_t offset;
  la_int64_t compressed;
  guint64 before = p->inflated;
  int ret;

  if (p->error != NULL)
    return -1;
  if (p->eof)
    return 0;
  ret = archive_read_data_block (p->archive, &data, &size, &offset);
  if (ret == ARCHIVE_EOF)
    {
      p->eof = TRUE;
      return 0;
    }
  if (ret != ARCHIVE_OK)
    {
      g_autofree char *message = archive_message (p->archive);

      g_set_error (&p->error, HG_XLSX_ERROR, HG_XLSX_ERROR_DAMAGED,
                   _("The Excel file is damaged: its part “%s” cannot be decompressed (%s)."),
                   p->name, message);
      return -1;
    }

  /* Counted as the bytes come out of the decompressor, so a header
   * that lies about the size changes nothing. libarchive has by now
   * consumed the input of every earlier block, which makes the
   * ratio of the bytes before this block exact. */
  compressed = archive_filter_bytes (p->archive, -1) - p->start;
  p->inflated += size;
  r->inflated_total += size;

  if (p->inflated > MAX_PART_BYTES)
    g_set_error (&p->error, HG_XLSX_ERROR, HG_XLSX_ERROR_TOO_LARGE,
                 _("The Excel file’s part “%s” is larger than %u MB when decompressed, "
                   "too large to import."),
                 p->name, (guint) (MAX_PART_BYTES >> 20));
  else if (r->inflated_total > MAX_TOTAL_BYTES)
    g_set_error (&p->error, HG_XLSX_ERROR, HG_XLSX_ERROR_TOO_LARGE,
                 _("The Excel file holds more than %u MB of data when decompressed, "
                   "too much to import."),
                 (guint) (MAX_TOTAL_BYTES >> 20));
  else if (before > RATIO_MIN_BYTES && before / (guint64) MAX (compressed, 1) > MAX_RATIO)
    g_set_error (&p->error, HG_XLSX_ERROR, HG_XLSX_ERROR_UNSAFE,
                 _("The Excel file’s part “%s” is compressed more than %u to 1, as only a "
                   "“ZIP bomb” built to exhaust memory is; it was not imported."),
                 p->name, MAX_RATIO);
  if (p->error != NULL)
    return -1;

  /* Checked before any parser sees the bytes. */
  if (p->prolog != PROLOG_DONE && !scan_prolog (p, data, size))
    return -1;
  *block = data;
  *block_size = size;
  return 1;
}

/* libxml2 asks for a few kilobytes at a time, which are copied out of
 * the current block piece by piece. */
static int
part_read_cb (void *context,
              char *buffer,
              int   len)
{
  Part *p = context;
  gsize n;

  while (p->block_pos == p->block_size)
    {
      int ret = part_next_block (p, &p->block, &p->block_size);

      if (ret <= 0)
        return ret;
      p->block_pos = 0;
    }

  n = MIN ((gsize) MAX (len, 0), p->block_size - p->block_pos);
  memcpy (buffer, p->block + p->block_pos, n);
  p->block_pos += n;
  return (int) n;
}

static void
part_free (Part *p)
{
  if (p == NULL)
    return;
  g_clear_pointer (&p->xml, xmlFreeTextReader);
  g_clear_pointer (&p->archive, archive_read_free);
  g_clear_error (&p->error);
  if (p->declaration != NULL)
    g_string_free (p->declaration, TRUE);
  g_free (p->name);
  g_free (p);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Part, part_free)

/* With @xml_reader FALSE the caller reads the part with part_scan(): no
 * xmlTextReader is made, which would already read the first bytes. */
static Part *
part_open (Reader      *r,
           const char  *name,
           gboolean     xml_reader,
           GError     **error)
{
  g_autoptr(Part) p = g_new0 (Part, 1);
  struct archive_entry *entry;

  p->reader = r;
  p->declaration = g_string_new (NULL);
  p->archive = open_archive (r);
  if (p->archive == NULL)
    {
      set_not_zip_error (r, error);
      return NULL;
    }

  for (;;)
    {
      int ret = archive_read_next_header (p->archive, &entry);
      const char *entry_name;

      if (ret == ARCHIVE_EOF)
        {
          g_autofree char *display = shorten (name, SHORT_NAME);

          g_set_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_DAMAGED,
                       _("The Excel file is incomplete: its part “%s” is missing."), display);
          return NULL;
        }
      if (ret < ARCHIVE_WARN)
        {
          g_autofree char *message = archive_message (p->archive);

          g_set_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_DAMAGED,
                       _("The Excel file is damaged: its ZIP archive cannot be read (%s)."),
                       message);
          return NULL;
        }
      entry_name = archive_entry_pathname (entry);
      if (entry_name != NULL && archive_entry_filetype (entry) == AE_IFREG
          && g_ascii_strcasecmp (entry_name, name) == 0)
        break;
    }

  /* For messages, and as the document's name for libxml2. */
  p->name = shorten (archive_entry_pathname (entry), SHORT_NAME);
  if (archive_entry_is_encrypted (entry))
    {
      g_set_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_NOT_XLSX,
                   _("The Excel file’s part “%s” is encrypted; save it without a "
                     "password and import it again."), p->name);
      return NULL;
    }

  /* The reader is fed by part_read_cb(); it closes nothing itself. No
   * XML_PARSE_NOENT, no DTD loading, no network. */
  p->start = archive_filter_bytes (p->archive, -1);
  r->xml_error_fatal = FALSE;
  g_clear_pointer (&r->xml_error, g_free);
  if (!xml_reader)
    return g_steal_pointer (&p);
  p->xml = xmlReaderForIO (part_read_cb, NULL, p, p->name, NULL,
                           XML_PARSE_NONET | XML_PARSE_NOCDATA);
  if (p->xml == NULL)
    {
      g_set_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_DAMAGED,
                   _("The Excel file’s part “%s” cannot be read as XML."), p->name);
      return NULL;
    }
  return g_steal_pointer (&p);
}

/* Returns 1 with the reader on the next node, 0 at the end of the part,
 * -1 with @error set. */
static int
part_next (Part    *p,
           GError **error)
{
  Reader *r = p->reader;
  int ret = xmlTextReaderRead (p->xml);

  /* A limit hit while reading wins over whatever libxml2 made of the
   * truncated input, even if that happened to be a complete document. */
  if (p->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&p->error));
      return -1;
    }
  if (ret < 0)
    {
      if (r->xml_error != NULL)
        g_set_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_DAMAGED,
                     _("The Excel file is damaged: its part “%s” is not well-formed XML "
                       "(line %d: %s)."), p->name, r->xml_error_line, r->xml_error);
      else
        g_set_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_DAMAGED,
                     _("The Excel file is damaged: its part “%s” is not well-formed XML."),
                     p->name);
      return -1;
    }
  if (ret == 0)
    return 0;

  switch (xmlTextReaderNodeType (p->xml))
    {
    case XML_READER_TYPE_DOCUMENT_TYPE:
    case XML_READER_TYPE_ENTITY:
    case XML_READER_TYPE_ENTITY_REFERENCE:
      /* scan_prolog() has refused any DOCTYPE before libxml2 saw it;
       * this is the second line of defence. */
      g_set_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_UNSAFE,
                   _("The Excel file’s part “%s” declares a document type (DOCTYPE), which no "
                     "real Excel file does; it was refused for safety."), p->name);
      return -1;
    default:
      return 1;
    }
}

static gboolean
is_element (Part       *p,
            const char *local_name)
{
  return xmlTextReaderNodeType (p->xml) == XML_READER_TYPE_ELEMENT
         && strcmp ((const char *) xmlTextReaderConstLocalName (p->xml), local_name) == 0;
}

static char *
get_attribute (Part       *p,
               const char *name)
{
  xmlChar *value = xmlTextReaderGetAttribute (p->xml, BAD_CAST name);
  char *copy = g_strdup ((const char *) value);

  xmlFree (value);
  return copy;
}

/* The relationship id of a <sheet> is r:id, whatever the prefix is called
 * and whether the file uses the transitional or the strict namespace. */
static char *
get_prefixed_id (Part *p)
{
  char *id = NULL;

  while (id == NULL && xmlTextReaderMoveToNextAttribute (p->xml) == 1)
    if (strcmp ((const char *) xmlTextReaderConstLocalName (p->xml), "id") == 0
        && xmlTextReaderConstNamespaceUri (p->xml) != NULL)
      id = g_strdup ((const char *) xmlTextReaderConstValue (p->xml));
  xmlTextReaderMoveToElement (p->xml);
  return id;
}

static gboolean
is_true (const char *value)
{
  return value != NULL && (strcmp (value, "1") == 0 || strcmp (value, "true") == 0);
}

/* Excel writes characters that XML cannot carry as "_xHHHH_" (a carriage
 * return is "_x000D_"), and a literal "_x" as "_x005F_x". */
static void
decode_escapes (GString *text)
{
  GString *out;
  const char *p;

  if (strstr (text->str, "_x") == NULL)
    return;

  out = g_string_sized_new (text->len);
  for (p = text->str; *p != '\0';)
    {
      gunichar c, low;

      if (p[0] != '_' || p[1] != 'x' || !g_ascii_isxdigit (p[2]) || !g_ascii_isxdigit (p[3])
          || !g_ascii_isxdigit (p[4]) || !g_ascii_isxdigit (p[5]) || p[6] != '_')
        {
          g_string_append_c (out, *p++);
          continue;
        }
      c = (g_ascii_xdigit_value (p[2]) << 12) | (g_ascii_xdigit_value (p[3]) << 8)
          | (g_ascii_xdigit_value (p[4]) << 4) | g_ascii_xdigit_value (p[5]);

      if (c >= 0xD800 && c <= 0xDBFF && p[7] == '_' && p[8] == 'x'
          && g_ascii_isxdigit (p[9]) && g_ascii_isxdigit (p[10]) && g_ascii_isxdigit (p[11])
          && g_ascii_isxdigit (p[12]) && p[13] == '_')
        {
          low = (g_ascii_xdigit_value (p[9]) << 12) | (g_ascii_xdigit_value (p[10]) << 8)
                | (g_ascii_xdigit_value (p[11]) << 4) | g_ascii_xdigit_value (p[12]);
          if (low >= 0xDC00 && low <= 0xDFFF)
            {
              g_string_append_unichar (out, 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00));
              p += 14;
              continue;
            }
        }
      if (c == 0 || (c >= 0xD800 && c <= 0xDFFF) || c == 0xFFFE || c == 0xFFFF)
        {
          /* Not a character we can return: keep the text as it stands. */
          g_string_append_len (out, p, 7);
        }
      else
        g_string_append_unichar (out, c);
      p += 7;
    }
  g_string_assign (text, out->str);
  g_string_free (out, TRUE);
}

/* Relationships and the workbook */

/* Resolves a relationship target against the folder of the part that
 * points to it, the way OPC names parts: "worksheets/sheet1.xml" from
 * "xl/" is "xl/worksheets/sheet1.xml", and "/xl/styles.xml" is absolute.
 * ".." never climbs above the package root. */
static char *
resolve_target (const char *base_dir,
                const char *target)
{
  g_autofree char *joined = NULL;
  g_auto(GStrv) segments = NULL;
  g_autoptr(GPtrArray) path = g_ptr_array_new ();

  if (target[0] == '/')
    joined = g_strdup (target + 1);
  else
    joined = g_strconcat (base_dir, target, NULL);

  segments = g_strsplit (joined, "/", -1);
  for (guint i = 0; segments[i] != NULL; i++)
    {
      if (segments[i][0] == '\0' || strcmp (segments[i], ".") == 0)
        continue;
      if (strcmp (segments[i], "..") == 0)
        {
          if (path->len > 0)
            g_ptr_array_remove_index (path, path->len - 1);
          continue;
        }
      g_ptr_array_add (path, segments[i]);
    }
  g_ptr_array_add (path, NULL);
  return g_strjoinv ("/", (char **) path->pdata);
}

static GPtrArray *
read_relationships (Reader      *r,
                    const char  *name,
                    GError     **error)
{
  g_autoptr(Part) p = part_open (r, name, TRUE, error);
  g_autoptr(GPtrArray) rels = g_ptr_array_new_with_free_func ((GDestroyNotify) relationship_free);
  int ret;

  if (p == NULL)
    return NULL;

  while ((ret = part_next (p, error)) > 0)
    {
      Relationship *rel;
      g_autofree char *mode = NULL;

      if (!is_element (p, "Relationship"))
        continue;
      mode = get_attribute (p, "TargetMode");
      if (mode != NULL && strcmp (mode, "External") == 0)
        continue;

      rel = g_new0 (Relationship, 1);
      rel->id = get_attribute (p, "Id");
      rel->type = get_attribute (p, "Type");
      rel->target = get_attribute (p, "Target");
      if (rel->id == NULL || rel->type == NULL || rel->target == NULL || rels->len >= MAX_ENTRIES)
        relationship_free (rel);
      else
        g_ptr_array_add (rels, rel);
    }
  return ret < 0 ? NULL : g_steal_pointer (&rels);
}

/* Relationship types differ between transitional and strict OOXML only in
 * what comes before the last slash. */
static const Relationship *
find_relationship (GPtrArray  *rels,
                   const char *type_suffix)
{
  for (guint i = 0; i < rels->len; i++)
    {
      const Relationship *rel = g_ptr_array_index (rels, i);

      if (g_str_has_suffix (rel->type, type_suffix))
        return rel;
    }
  return NULL;
}

static char *
find_workbook_part (Reader  *r,
                    GError **error)
{
  g_autoptr(GPtrArray) rels = NULL;
  const Relationship *rel;

  /* The package relationships say where the workbook is; nearly every
   * file has it at the usual place, so without them we look there. */
  if (has_part (r, "_rels/.rels"))
    {
      rels = read_relationships (r, "_rels/.rels", error);
      if (rels == NULL)
        return NULL;
      rel = find_relationship (rels, "/officeDocument");
      if (rel != NULL)
        {
          g_autofree char *name = resolve_target ("", rel->target);

          if (has_part (r, name))
            return g_steal_pointer (&name);
        }
    }
  if (has_part (r, "xl/workbook.xml"))
    return g_strdup ("xl/workbook.xml");

  g_set_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_NOT_XLSX,
               _("This is not an Excel file (.xlsx): it has no part “%s”."), "xl/workbook.xml");
  return NULL;
}

static GPtrArray *
read_workbook (Reader      *r,
               const char  *name,
               GError     **error)
{
  g_autoptr(Part) p = part_open (r, name, TRUE, error);
  g_autoptr(GPtrArray) sheets = g_ptr_array_new_with_free_func ((GDestroyNotify) sheet_info_free);
  int ret;

  if (p == NULL)
    return NULL;

  while ((ret = part_next (p, error)) > 0)
    {
      if (is_element (p, "workbookPr"))
        {
          g_autofree char *date1904 = get_attribute (p, "date1904");

          r->date1904 = is_true (date1904);
        }
      else if (is_element (p, "sheet") && sheets->len < MAX_SHEETS)
        {
          SheetInfo *info = g_new0 (SheetInfo, 1);

          info->name = get_attribute (p, "name");
          info->rel_id = get_prefixed_id (p);
          if (info->name == NULL || info->rel_id == NULL)
            sheet_info_free (info);
          else
            g_ptr_array_add (sheets, info);
        }
    }
  return ret < 0 ? NULL : g_steal_pointer (&sheets);
}

/* Styles: which cells hold dates */

static FormatKind
builtin_format (guint id)
{
  switch (id)
    {
    /* 14–17 and 22 everywhere; 27–31, 34–36 and 50–58 are the Japanese
     * era and 年月日 formats, which Japanese Excel refers to by number
     * without defining them in the file. */
    case 14: case 15: case 16: case 17:
    case 27: case 28: case 29: case 30: case 31: case 34: case 35: case 36:
    case 50: case 51: case 52: case 53: case 54: case 55: case 56: case 57: case 58:
      return FORMAT_DATE;
    case 22:    /* m/d/yyyy h:mm */
      return FORMAT_DATE | FORMAT_TIME;
    /* Times of day: h:mm AM/PM, h:mm, h"時"mm"分"; with seconds; mm:ss,
     * mmss.0; and the elapsed [h]:mm:ss. */
    case 18: case 20: case 32:
      return FORMAT_TIME;
    case 19: case 21: case 33: case 45: case 47:
      return FORMAT_TIME | FORMAT_SECONDS;
    case 46:
      return FORMAT_TIME | FORMAT_SECONDS | FORMAT_ELAPSED;
    default:
      return FORMAT_GENERAL;
    }
}

/* Skips what says nothing about dates in a format code at @p — quoted
 * text, escaped characters, [...] sections (colours, locales such as
 * [$-411]) — and returns where it ends (the last character skipped). */
static const char *
skip_literal (const char *p)
{
  switch (*p)
    {
    case '"':
      while (p[1] != '\0' && p[1] != '"')
        p++;
      return p[1] == '"' ? p + 1 : p;
    case '\\':
    case '_':
    case '*':
      return p[1] != '\0' ? p + 1 : p;
    default:
      return p;
    }
}

/* The next date or time code letter after @p in the same section
 * (lower case), or 0: what decides whether an "m" is a month. */
static char
next_code (const char *p)
{
  for (; *p != '\0' && *p != ';'; p++)
    {
      char c = g_ascii_tolower (*p);

      if (*p == '[')
        {
          const char *end = strchr (p, ']');

          if (end == NULL)
            return 0;
          p = end;
        }
      else if (strchr ("ydmhs", c) != NULL)
        return c;
      else
        p = skip_literal (p);
    }
  return 0;
}

/* A custom number format shows a date when its first section uses year,
 * day, era or month codes, and a time with hours, seconds or AM/PM. As in
 * Excel an "m" right after an hour or right before a second ("h:mm",
 * "mm:ss", h"時"mm"分") is minutes, elsewhere a month. Quoted text,
 * escaped characters and [...] sections say nothing about it, except the
 * elapsed [h], [mm] and [ss]. */
static FormatKind
classify_format (const char *code)
{
  gboolean date = FALSE, time = FALSE, seconds = FALSE, elapsed = FALSE;
  char last = 0;

  for (const char *p = code; *p != '\0' && *p != ';'; p++)
    {
      switch (*p)
        {
        case '[':
          {
            const char *end = strchr (p, ']');

            if (end == NULL)
              return FORMAT_GENERAL;
            if (strspn (p + 1, "hHmMsS") == (gsize) (end - p - 1) && end > p + 1)
              {
                time = elapsed = TRUE;
                seconds |= g_ascii_tolower (p[1]) == 's';
                last = g_ascii_tolower (p[1]);
              }
            p = end;
          }
          break;
        case 'y': case 'Y': case 'd': case 'D':
          date = TRUE;
          last = 'd';
          break;
        case 'e': case 'E':
          /* Scientific notation, or the year of a Japanese era. */
          if (p[1] == '+' || p[1] == '-')
            p++;
          else
            date = TRUE;
          break;
        case 'g': case 'G':
          if (g_ascii_strncasecmp (p, "general", 7) == 0)
            p += 6;
          else
            date = TRUE;
          break;
        case 'm': case 'M':
          while (p[1] == 'm' || p[1] == 'M')
            p++;
          if (last == 'h' || next_code (p + 1) == 's')
            time = TRUE;
          else
            date = TRUE;
          last = 'm';
          break;
        case 'h': case 'H':
          time = TRUE;
          last = 'h';
          break;
        case 's': case 'S':
          time = seconds = TRUE;
          last = 's';
          break;
        case 'a': case 'A':
          if (g_ascii_strncasecmp (p, "am/pm", 5) == 0)
            {
              time = TRUE;
              p += 4;
            }
          else if (g_ascii_strncasecmp (p, "a/p", 3) == 0)
            {
              time = TRUE;
              p += 2;
            }
          break;
        default:
          p = skip_literal (p);
          break;
        }
    }

  return (date ? FORMAT_DATE : 0)
         | (time ? FORMAT_TIME : 0)
         | (time && seconds ? FORMAT_SECONDS : 0)
         | (time && elapsed && !date ? FORMAT_ELAPSED : 0);
}

static gboolean
parse_uint (const char *text,
            guint       max,
            guint      *value)
{
  guint64 v = 0;

  if (text == NULL || !g_ascii_isdigit (*text))
    return FALSE;
  for (; g_ascii_isdigit (*text); text++)
    {
      v = v * 10 + (*text - '0');
      if (v > max)
        return FALSE;
    }
  if (*text != '\0')
    return FALSE;
  *value = (guint) v;
  return TRUE;
}

static gboolean
read_styles (Reader      *r,
             const char  *name,
             GError     **error)
{
  g_autoptr(Part) p = part_open (r, name, TRUE, error);
  g_autoptr(GHashTable) custom = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) xf_ids = g_array_new (FALSE, FALSE, sizeof (guint));
  int numfmts_depth = -1;
  int cellxfs_depth = -1;
  int ret;

  if (p == NULL)
    return FALSE;

  /* Only <numFmts> and <cellXfs> at the top count: <dxfs> and
   * <cellStyleXfs> hold formats of their own that cells do not use. */
  while ((ret = part_next (p, error)) > 0)
    {
      int type = xmlTextReaderNodeType (p->xml);
      int depth = xmlTextReaderDepth (p->xml);
      const char *local = (const char *) xmlTextReaderConstLocalName (p->xml);

      if (type == XML_READER_TYPE_END_ELEMENT)
        {
          if (depth == numfmts_depth)
            numfmts_depth = -1;
          else if (depth == cellxfs_depth)
            cellxfs_depth = -1;
          continue;
        }
      if (type != XML_READER_TYPE_ELEMENT)
        continue;

      if (depth == 1 && strcmp (local, "numFmts") == 0 && !xmlTextReaderIsEmptyElement (p->xml))
        numfmts_depth = depth;
      else if (depth == 1 && strcmp (local, "cellXfs") == 0 && !xmlTextReaderIsEmptyElement (p->xml))
        cellxfs_depth = depth;
      else if (numfmts_depth >= 0 && depth == numfmts_depth + 1 && strcmp (local, "numFmt") == 0)
        {
          g_autofree char *id_text = get_attribute (p, "numFmtId");
          g_autofree char *code = get_attribute (p, "formatCode");
          guint id;

          if (code != NULL && parse_uint (id_text, G_MAXUINT16, &id)
              && g_hash_table_size (custom) < MAX_STYLES)
            g_hash_table_insert (custom, GUINT_TO_POINTER (id + 1),
                                 GUINT_TO_POINTER (classify_format (code) + 1));
        }
      else if (cellxfs_depth >= 0 && depth == cellxfs_depth + 1 && strcmp (local, "xf") == 0
               && xf_ids->len < MAX_STYLES)
        {
          g_autofree char *id_text = get_attribute (p, "numFmtId");
          guint id;

          if (!parse_uint (id_text, G_MAXUINT16, &id))
            id = 0;
          g_array_append_val (xf_ids, id);
        }
    }
  if (ret < 0)
    return FALSE;

  /* Resolved at the end: nothing obliges <numFmts> to come first. */
  r->xf_formats = g_array_sized_new (FALSE, TRUE, sizeof (guint8), xf_ids->len);
  for (guint i = 0; i < xf_ids->len; i++)
    {
      guint id = g_array_index (xf_ids, guint, i);
      gpointer kind = g_hash_table_lookup (custom, GUINT_TO_POINTER (id + 1));
      guint8 format = kind != NULL ? GPOINTER_TO_UINT (kind) - 1 : builtin_format (id);

      g_array_append_val (r->xf_formats, format);
    }
  return TRUE;
}

/* Reads a part with @scanner to its end. A problem of the callbacks
 * (@problem, which they set before they stop the scanner) comes first,
 * then one of the XML. */
static gboolean
part_scan (Part          *p,
           HgXmlScanner  *scanner,
           GError       **problem,
           GError       **error)
{
  HgXmlScannerStatus status;

  for (;;)
    {
      const guint8 *block;
      gsize size;
      int ret = part_next_block (p, &block, &size);

      if (ret < 0)
        {
          g_propagate_error (error, g_steal_pointer (&p->error));
          return FALSE;
        }
      if (ret == 0)
        {
          status = hg_xml_scanner_finish (scanner);
          break;
        }
      status = hg_xml_scanner_feed (scanner, (const char *) block, size);
      if (status != HG_XML_SCANNER_OK)
        break;
    }

  if (*problem != NULL)
    {
      g_propagate_error (error, g_steal_pointer (problem));
      return FALSE;
    }
  switch (status)
    {
    case HG_XML_SCANNER_OK:
    case HG_XML_SCANNER_STOPPED:
      return TRUE;
    case HG_XML_SCANNER_DOCTYPE:
      g_set_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_UNSAFE,
                   _("The Excel file’s part “%s” declares a document type (DOCTYPE), which no "
                     "real Excel file does; it was refused for safety."), p->name);
      return FALSE;
    case HG_XML_SCANNER_MALFORMED:
    default:
      {
        guint line;
        const char *what = hg_xml_scanner_get_problem (scanner, &line);

        g_set_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_DAMAGED,
                     _("The Excel file is damaged: its part “%s” is not well-formed XML "
                       "(line %d: %s)."), p->name, (int) line, what);
        return FALSE;
      }
    }
}

/* The shared strings: the text of each <si>, only that of its <t>
 * elements, without the phonetic runs (<rPh>, the furigana Japanese
 * Excel stores). This is how <si> and <is> hold rich text. Depths count
 * from the root element at 0. */
typedef struct
{
  Reader   *reader;
  GString  *text;
  int       depth;
  int       si_depth;   /* -1 outside an <si> */
  int       t_depth;
  int       rph_depth;
  GError   *error;      /* never set: no string is refused */
} Strings;

static void
add_shared_string (Strings *st)
{
  Reader *r = st->reader;
  /* The block cannot outgrow the part, which is at most 256 MB. */
  guint32 offset = (guint32) r->sst_text->len;

  decode_escapes (st->text);
  g_array_append_val (r->sst_offsets, offset);
  g_string_append_len (r->sst_text, st->text->str, st->text->len + 1);
  g_string_truncate (st->text, 0);
}

static void
on_strings_start (gpointer              data,
                  const char           *local,
                  const HgXmlAttribute *attributes,
                  guint                 n_attributes,
                  gboolean              empty)
{
  Strings *st = data;
  int depth = st->depth++;

  (void) attributes;
  (void) n_attributes;
  if (st->si_depth < 0)
    {
      if (strcmp (local, "si") != 0)
        return;
      g_string_truncate (st->text, 0);
      if (empty)
        add_shared_string (st);
      else
        st->si_depth = depth;
      st->t_depth = st->rph_depth = -1;
    }
  else if (!empty)
    {
      if (st->rph_depth < 0 && strcmp (local, "rPh") == 0)
        st->rph_depth = depth;
      else if (st->t_depth < 0 && strcmp (local, "t") == 0)
        st->t_depth = depth;
    }
}

static void
on_strings_end (gpointer    data,
                const char *local,
                gboolean    empty)
{
  Strings *st = data;
  int depth = --st->depth;

  (void) local;
  if (empty || st->si_depth < 0)
    return;
  if (depth == st->si_depth)
    {
      add_shared_string (st);
      st->si_depth = -1;
    }
  else if (depth == st->rph_depth)
    st->rph_depth = -1;
  else if (depth == st->t_depth)
    st->t_depth = -1;
}

static void
on_strings_text (gpointer    data,
                 const char *text,
                 gsize       length)
{
  Strings *st = data;

  if (st->si_depth >= 0 && st->t_depth >= 0 && st->rph_depth < 0)
    g_string_append_len (st->text, text, length);
}

static gboolean
read_shared_strings (Reader      *r,
                     const char  *name,
                     GError     **error)
{
  static const HgXmlScannerFuncs funcs = {
    on_strings_start, on_strings_end, on_strings_text, NULL,
  };
  g_autoptr(Part) p = part_open (r, name, FALSE, error);
  g_autoptr(GString) text = g_string_new (NULL);
  Strings st = { r, text, 0, -1, -1, -1, NULL };
  g_autoptr(HgXmlScanner) scanner = NULL;

  if (p == NULL)
    return FALSE;
  scanner = hg_xml_scanner_new (&funcs, &st);
  return part_scan (p, scanner, &st.error, error);
}

/* The sheet */

/* A cell of the current row: its text is in Sheet.row_text, so that a
 * row costs one allocation, not one per cell. */
typedef struct
{
  guint  column;
  guint  offset;
  guint  length;
} Cell;

/* A range of merged cells, 0-based columns and 1-based rows as in a cell
 * reference, first <= last. */
typedef struct
{
  guint first_column;
  guint first_row;
  guint last_column;
  guint last_row;
} Merge;

typedef struct
{
  Reader      *reader;
  Part        *part;
  const char  *sheet_name;
  HgTable     *table;
  GArray      *merges;      /* Merge */
  GArray      *cells;       /* Cell, of the current row */
  GString     *row_text;    /* the texts of its cells, NUL-terminated */
  guint        row;
  guint64      n_cells;     /* in the result, with the empty ones */
  guint64      n_bytes;     /* of text in the result */
  GString     *value;
  GString     *inline_value;

  /* Where the scan of the sheet is (read_sheet()). Depths count from the
   * root element at 0. */
  HgXmlScanner     *scanner;
  GError           *error;        /* what stopped the scan */
  /* Nothing more to take: the rest is still scanned, for its XML. */
  gboolean          done;
  int               depth;
  gboolean          in_sheet_data;
  gboolean          after_sheet_data;
  gboolean          in_row;
  guint             next_column;

  /* The cell being read, from its start tag to its end tag. */
  int               cell_depth;   /* -1 outside a cell */
  char              ref[64];
  char              type[16];
  guint             style;
  guint             column;
  gboolean          has_inline;
  enum { COLLECT_NONE, COLLECT_V, COLLECT_IS } collect;
  int               collect_depth;
  int               t_depth;
  int               rph_depth;

  /* For hg_xlsx_read_book_memory() only (else NULL): the hidden columns
   * from <cols>, and the inline lists of <dataValidation type="list">. */
  GArray           *hidden;
  GPtrArray        *validations;
  char             *list_sqref;   /* of the list being read, or NULL */
  GString          *formula;      /* its <formula1> */
  int               formula_depth;
} Sheet;

static gboolean
set_too_large_error (Sheet   *s,
                     GError **error)
{
  g_set_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_TOO_LARGE,
               _("Sheet “%s” is too large to import: it holds more than %u cells "
                 "or %u MB of text."),
               s->sheet_name, MAX_CELLS, (guint) (MAX_TEXT_BYTES >> 20));
  return FALSE;
}

static gboolean
finish_row (Sheet   *s,
            GError **error)
{
  guint width = 0;
  gsize header;
  GStrv row;
  char *text;
  char *empty;

  for (guint i = 0; i < s->cells->len; i++)
    width = MAX (width, g_array_index (s->cells, Cell, i).column + 1);
  if (width == 0)
    return TRUE;

  s->n_cells += width;
  if (s->n_cells > MAX_CELLS)
    return set_too_large_error (s, error);

  /* One block: the pointers, the texts, and the "" of the empty cells.
   * Cells may come in any order, and a column twice: the last one wins. */
  header = (width + 1) * sizeof (char *);
  row = g_malloc (header + s->row_text->len + 1);
  text = (char *) row + header;
  memcpy (text, s->row_text->str, s->row_text->len);
  empty = text + s->row_text->len;
  *empty = '\0';
  for (guint c = 0; c < width; c++)
    row[c] = empty;
  row[width] = NULL;
  for (guint i = 0; i < s->cells->len; i++)
    {
      const Cell *cell = &g_array_index (s->cells, Cell, i);

      row[cell->column] = text + cell->offset;
    }

  hg_table_add_packed_row (s->table, row, s->row);
  g_array_set_size (s->cells, 0);
  g_string_truncate (s->row_text, 0);
  return TRUE;
}

/* "C7" → column 2, row 7. Returns FALSE when it is no cell reference at
 * all; a column past XFD or a row past 1,048,576 is left to the caller. */
static gboolean
parse_cell_ref (const char *ref,
                guint      *column,
                guint      *row)
{
  guint64 c = 0, r = 0;
  int letters = 0, digits = 0;
  const char *p = ref;

  for (; g_ascii_isalpha (*p); p++, letters++)
    c = MIN (c * 26 + (g_ascii_toupper (*p) - 'A' + 1), G_MAXUINT32);
  for (; g_ascii_isdigit (*p); p++, digits++)
    r = MIN (r * 10 + (*p - '0'), G_MAXUINT32);
  if (*p != '\0' || letters == 0 || digits == 0)
    return FALSE;
  *column = (guint) c - 1;
  *row = (guint) r;
  return TRUE;
}

static void
format_cell_ref (guint  column,
                 guint  row,
                 char   ref[64])
{
  char letters[8];
  int n = 0, i = 0;

  column++;
  while (column > 0 && n < (int) sizeof letters - 1)
    {
      letters[n++] = 'A' + (column - 1) % 26;
      column = (column - 1) / 26;
    }
  while (n > 0)
    ref[i++] = letters[--n];
  g_snprintf (ref + i, 64 - i, "%u", row);
}

/* The civil date of @days after 1970-01-01 (H. Hinnant's algorithm):
 * what GDate gives, without its Julian-day bookkeeping and a printf for
 * each of the dates of a register. */
static void
format_civil_date (gint64   days,
                   GString *out)
{
  gint64 z = days + 719468;
  gint64 era = (z >= 0 ? z : z - 146096) / 146097;
  guint doe = (guint) (z - era * 146097);
  guint yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  guint doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  guint mp = (5 * doy + 2) / 153;
  guint day = doy - (153 * mp + 2) / 5 + 1;
  guint month = mp < 10 ? mp + 3 : mp - 9;
  guint year = (guint) (yoe + era * 400) + (month <= 2);
  char text[11];

  text[0] = '0' + year / 1000 % 10;
  text[1] = '0' + year / 100 % 10;
  text[2] = '0' + year / 10 % 10;
  text[3] = '0' + year % 10;
  text[4] = '-';
  text[5] = '0' + month / 10;
  text[6] = '0' + month % 10;
  text[7] = '-';
  text[8] = '0' + day / 10;
  text[9] = '0' + day % 10;
  g_string_append_len (out, text, 10);
}

/* Serial day numbers count from 1900-01-01 as day 1 and include Excel's
 * 1900-02-29, a day that never was: serial 60 is shown as Excel shows it,
 * and days before it are one less than the count from 1899-12-30. With
 * the 1904 system (old Mac workbooks) day 0 is 1904-01-01. */
static gboolean
format_date (gint64    day,
             gboolean  date1904,
             GString  *out)
{
  /* Days from 1970-01-01: 1904-01-01 is -24107, 1899-12-30 is -25569. */
  if (date1904)
    {
      if (day < 0 || day > 2957003)
        return FALSE;
      format_civil_date (day - 24107, out);
    }
  else if (day < 1 || day > 2958465)
    return FALSE;
  else if (day == 60)
    g_string_append (out, "1900-02-29");
  else
    format_civil_date (day - (day < 60 ? 25568 : 25569), out);
  return TRUE;
}

/* A serial in a cell whose format shows a date, a time or both, as the
 * workbook stores such values: "YYYY-MM-DD", "HH:MM", "YYYY-MM-DD HH:MM",
 * with ":SS" where the format shows seconds. The time counts from the
 * fraction of the day; the fraction used to be dropped, which lost the
 * time of every date-and-time cell (a carry-out at 2026/12/1 9:00). */
static gboolean
format_serial (double      serial,
               FormatKind  kind,
               gboolean    date1904,
               GString    *out)
{
  gint64 total, day, seconds;

  /* Round to the second first: 45000.99999999 is midnight of the next
   * day, as Excel shows it; minutes are then cut, not rounded, as Excel
   * shows 9:00:40 under h:mm. Negative serials are no dates at all. */
  if (!isfinite (serial) || serial < 0 || serial > 3e6)
    return FALSE;
  total = (gint64) (serial * 86400.0 + 0.5);
  day = total / 86400;
  seconds = total % 86400;

  if (kind & FORMAT_DATE)
    {
      if (!format_date (day, date1904, out))
        return FALSE;
      if (!(kind & FORMAT_TIME))
        return TRUE;
      g_string_append_c (out, ' ');
    }
  /* Elapsed time ([h]:mm) counts hours past a day. */
  g_string_append_printf (out, "%02" G_GINT64_FORMAT ":%02d",
                          (kind & FORMAT_ELAPSED) ? total / 3600 : seconds / 3600,
                          (int) (seconds / 60 % 60));
  if (kind & FORMAT_SECONDS)
    g_string_append_printf (out, ":%02d", (int) (seconds % 60));
  return TRUE;
}

/* Numbers as Excel shows them in a General cell: integers without ".0",
 * others with at most 15 significant digits (so 0.1+0.2 is "0.3"). */
static const char *
format_number (const char *text,
               double     *value,
               char        buffer[G_ASCII_DTOSTR_BUF_SIZE])
{
  const char *p;
  char *end;
  double v;

  /* Most values are small integers as written: nothing to do, and their
   * value is exact in a double without strtod(). */
  v = 0;
  for (p = text; g_ascii_isdigit (*p); p++)
    v = v * 10 + (*p - '0');
  if (*p == '\0' && p - text > 0 && p - text < 16 && (text[0] != '0' || p - text == 1))
    {
      *value = v;
      return text;
    }

  v = g_ascii_strtod (text, &end);
  while (g_ascii_isspace (*end))
    end++;
  if (end == text || *end != '\0' || !isfinite (v))
    return NULL;

  *value = v;
  if (v == 0)
    return "0";
  if (v > -1e15 && v < 1e15 && v == (double) (gint64) v)
    return g_ascii_formatd (buffer, G_ASCII_DTOSTR_BUF_SIZE, "%.0f", v);
  return g_ascii_formatd (buffer, G_ASCII_DTOSTR_BUF_SIZE, "%.15g", v);
}

/* Strips white space around a value, where there is any: most values
 * have none, and g_strstrip() measures the string each time. */
static void
strip_value (GString *value)
{
  if (value->len > 0
      && (g_ascii_isspace (value->str[0]) || g_ascii_isspace (value->str[value->len - 1])))
    {
      g_strstrip (value->str);
      value->len = strlen (value->str);
    }
}

/* Appends the text of the cell to @out; FALSE with @error set when it
 * cannot be. */
static gboolean
cell_value (Sheet       *s,
            const char  *type,
            guint        style,
            gboolean     has_inline,
            const char  *ref,
            GString     *out,
            GError     **error)
{
  Reader *r = s->reader;
  const char *v = s->value->str;

  if (strcmp (type, "s") == 0)
    {
      guint index;
      guint32 start, end;

      if (s->value->len == 0)
        return TRUE;
      strip_value (s->value);
      if (!parse_uint (s->value->str, G_MAXUINT32 - 1, &index)
          || index >= r->sst_offsets->len)
        {
          g_autofree char *display = shorten (v, SHORT_NAME);

          g_set_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_DAMAGED,
                       _("Cell %s of sheet “%s” refers to shared text number %s, "
                         "which the Excel file does not have."),
                       ref, s->sheet_name, display);
          return FALSE;
        }
      /* Each string is followed by its NUL, then the next string. */
      start = g_array_index (r->sst_offsets, guint32, index);
      end = index + 1 < r->sst_offsets->len ? g_array_index (r->sst_offsets, guint32, index + 1)
                                            : (guint32) r->sst_text->len;
      g_string_append_len (out, r->sst_text->str + start, end - start - 1);
      return TRUE;
    }
  if (strcmp (type, "inlineStr") == 0)
    {
      g_string_append (out, has_inline ? s->inline_value->str : v);
      return TRUE;
    }
  if (strcmp (type, "str") == 0)
    {
      decode_escapes (s->value);
      g_string_append (out, s->value->str);
      return TRUE;
    }
  if (strcmp (type, "b") == 0)
    {
      g_string_append (out, strcmp (v, "1") == 0 ? "TRUE" : strcmp (v, "0") == 0 ? "FALSE" : v);
      return TRUE;
    }
  if (strcmp (type, "d") == 0)
    {
      /* ISO 8601 date cells, as strict OOXML writers use: shown like a
       * serial under the same format, the time only where it shows one. */
      FormatKind kind = r->xf_formats != NULL && style < r->xf_formats->len
                        ? g_array_index (r->xf_formats, guint8, style) : FORMAT_GENERAL;
      gsize length = strlen (v);

      if (length >= 10 && v[4] == '-' && v[7] == '-')
        {
          g_string_append_len (out, v, 10);
          if ((kind & FORMAT_TIME) && length >= 16 && v[10] == 'T' && v[13] == ':')
            {
              g_string_append_c (out, ' ');
              g_string_append_len (out, v + 11,
                                   (kind & FORMAT_SECONDS) && length >= 19 && v[16] == ':' ? 8 : 5);
            }
        }
      else
        g_string_append (out, v);
      return TRUE;
    }
  if (strcmp (type, "e") == 0 || s->value->len == 0)
    {
      g_string_append (out, v);
      return TRUE;
    }

  /* A number, type "n" or none at all. */
  {
    FormatKind kind = FORMAT_GENERAL;
    char buffer[G_ASCII_DTOSTR_BUF_SIZE];
    const char *text;
    double number = 0;

    strip_value (s->value);
    text = format_number (s->value->str, &number, buffer);
    if (text == NULL)
      {
        g_string_append (out, s->value->str);
        return TRUE;
      }

    if (r->xf_formats != NULL && style < r->xf_formats->len)
      kind = g_array_index (r->xf_formats, guint8, style);
    if (kind != FORMAT_GENERAL && format_serial (number, kind, r->date1904, out))
      return TRUE;
    g_string_append (out, text);
    return TRUE;
  }
}

/* The value of the attribute @name without a prefix, or NULL. */
static const char *
find_attribute (const HgXmlAttribute *attributes,
                guint                 n_attributes,
                const char           *name)
{
  for (guint i = 0; i < n_attributes; i++)
    if (strcmp (attributes[i].name, name) == 0)
      return attributes[i].value;
  return NULL;
}

/* Takes one <c> start tag. */
static gboolean
start_cell (Sheet                *s,
            const HgXmlAttribute *attributes,
            guint                 n_attributes,
            GError              **error)
{
  guint row;
  gboolean has_ref = FALSE;

  s->ref[0] = '\0';
  g_strlcpy (s->type, "n", sizeof s->type);
  s->style = 0;
  s->has_inline = FALSE;
  g_string_truncate (s->value, 0);

  for (guint i = 0; i < n_attributes; i++)
    {
      const char *name = attributes[i].name;
      const char *value = attributes[i].value;

      if (name[0] == '\0' || name[1] != '\0')
        continue;
      if (name[0] == 'r')
        {
          /* Longer than any cell reference: kept only to name it. */
          if (attributes[i].value_length >= sizeof s->ref)
            {
              g_autofree char *display = shorten (value, 16);

              g_strlcpy (s->ref, display, sizeof s->ref);
            }
          else
            memcpy (s->ref, value, attributes[i].value_length + 1);
          has_ref = TRUE;
        }
      else if (name[0] == 't')
        g_strlcpy (s->type, value, sizeof s->type);
      else if (name[0] == 's' && !parse_uint (value, G_MAXUINT32 - 1, &s->style))
        s->style = 0;
    }

  if (has_ref)
    {
      if (!parse_cell_ref (s->ref, &s->column, &row))
        {
          g_set_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_DAMAGED,
                       _("Sheet “%s” has a cell with the reference “%s”, which is not a "
                         "cell reference."), s->sheet_name, s->ref);
          return FALSE;
        }
    }
  else
    {
      /* Without r, a cell follows the one before it. */
      s->column = s->next_column;
      format_cell_ref (MIN (s->column, MAX_COLUMNS), s->row, s->ref);
    }
  if (s->column >= MAX_COLUMNS)
    {
      g_set_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_DAMAGED,
                   _("Cell %s of sheet “%s” lies beyond the last column a spreadsheet has (XFD)."),
                   s->ref, s->sheet_name);
      return FALSE;
    }
  s->next_column = s->column + 1;
  return TRUE;
}

/* Takes the cell at its end tag, its <v> and <is> read. */
static gboolean
finish_cell (Sheet   *s,
             GError **error)
{
  Cell cell;

  if (s->value->len == 0 && !s->has_inline)
    return TRUE;

  cell.column = s->column;
  cell.offset = (guint) s->row_text->len;
  if (!cell_value (s, s->type, s->style, s->has_inline, s->ref, s->row_text, error))
    {
      g_string_truncate (s->row_text, cell.offset);
      return FALSE;
    }
  cell.length = (guint) (s->row_text->len - cell.offset);
  if (cell.length == 0)
    return TRUE;

  s->n_bytes += cell.length;
  if (s->n_bytes > MAX_TEXT_BYTES || s->cells->len >= MAX_COLUMNS)
    {
      g_string_truncate (s->row_text, cell.offset);
      return set_too_large_error (s, error);
    }
  g_string_append_c (s->row_text, '\0');
  g_array_append_val (s->cells, cell);
  return TRUE;
}

/* Takes one <mergeCell ref="A1:C2"/>, @ref its ref. A reference that is
 * no range of cells is left alone, as a single cell merged with itself
 * is. */
static gboolean
read_merge (Sheet       *s,
            const char  *ref,
            GError     **error)
{
  g_auto(GStrv) ends = NULL;
  guint c1, r1, c2, r2;
  Merge merge;

  if (ref == NULL)
    return TRUE;
  ends = g_strsplit (ref, ":", 3);
  if (g_strv_length (ends) != 2
      || !parse_cell_ref (ends[0], &c1, &r1) || !parse_cell_ref (ends[1], &c2, &r2)
      || c1 >= MAX_COLUMNS || c2 >= MAX_COLUMNS || r1 == 0 || r2 == 0
      || r1 > MAX_ROWS || r2 > MAX_ROWS)
    return TRUE;

  if (s->merges->len >= MAX_MERGES)
    {
      g_set_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_TOO_LARGE,
                   _("Sheet “%s” has more than %u merged ranges; no real register has that "
                     "many, so it was not imported."), s->sheet_name, MAX_MERGES);
      return FALSE;
    }
  merge.first_column = MIN (c1, c2);
  merge.last_column = MAX (c1, c2);
  merge.first_row = MIN (r1, r2);
  merge.last_row = MAX (r1, r2);
  g_array_append_val (s->merges, merge);
  return TRUE;
}

typedef struct
{
  guint row;      /* in the sheet */
  guint index;    /* in the table */
} RowIndex;

static int
compare_row_index (gconstpointer a,
                   gconstpointer b)
{
  const RowIndex *x = a, *y = b;

  return x->row < y->row ? -1 : x->row > y->row ? 1 : (x->index < y->index ? -1 : 1);
}

/* The first entry of @rows (sorted) at or after sheet row @row. */
static guint
find_row (GArray *rows,
          guint   row)
{
  guint low = 0, high = rows->len;

  while (low < high)
    {
      guint mid = low + (high - low) / 2;

      if (g_array_index (rows, RowIndex, mid).row < row)
        low = mid + 1;
      else
        high = mid;
    }
  return low;
}

/* Gives every cell of a merged range the text of its first cell, which is
 * what Excel shows there: a header merged over three columns names each of
 * them, a department merged down five rows is the department of each. Only
 * rows that have a cell of their own are filled, and every cell filled
 * counts against the sheet's limits. */
static gboolean
apply_merges (Sheet   *s,
              GError **error)
{
  g_autoptr(GArray) rows = NULL;
  HgTable *table = s->table;

  if (s->merges->len == 0)
    return TRUE;

  rows = g_array_sized_new (FALSE, FALSE, sizeof (RowIndex), hg_table_get_n_rows (table));
  for (guint i = 0; i < hg_table_get_n_rows (table); i++)
    {
      RowIndex entry = { hg_table_get_source_line (table, i), i };

      g_array_append_val (rows, entry);
    }
  g_array_sort (rows, compare_row_index);

  for (guint m = 0; m < s->merges->len; m++)
    {
      const Merge *merge = &g_array_index (s->merges, Merge, m);
      guint first = find_row (rows, merge->first_row);
      g_autofree char *value = NULL;
      gsize value_length;

      if (first >= rows->len || g_array_index (rows, RowIndex, first).row != merge->first_row)
        continue;
      value = g_strdup (hg_table_get_cell (table, g_array_index (rows, RowIndex, first).index,
                                           merge->first_column));
      if (value[0] == '\0')
        continue;
      value_length = strlen (value);

      for (guint i = first; i < rows->len && g_array_index (rows, RowIndex, i).row <= merge->last_row;
           i++)
        {
          guint index = g_array_index (rows, RowIndex, i).index;
          GStrv cells = hg_table_unpack_row (table, index);
          guint width = g_strv_length (cells);

          if (width <= merge->last_column)
            {
              s->n_cells += merge->last_column + 1 - width;
              if (s->n_cells > MAX_CELLS)
                return set_too_large_error (s, error);
              cells = g_renew (char *, cells, merge->last_column + 2);
              for (guint c = width; c <= merge->last_column; c++)
                cells[c] = g_strdup ("");
              cells[merge->last_column + 1] = NULL;
              g_ptr_array_index (table->rows, index) = cells;
            }

          for (guint c = merge->first_column; c <= merge->last_column; c++)
            {
              if (g_str_equal (cells[c], value))
                continue;
              s->n_bytes += value_length;
              if (s->n_bytes > MAX_TEXT_BYTES)
                return set_too_large_error (s, error);
              g_free (cells[c]);
              cells[c] = g_strdup (value);
            }
        }
    }
  return TRUE;
}

/* The sheet is by far the largest part: its callbacks run for every tag
 * and text of some 60 MB in a register of 100,000 rows. */

/* Hidden columns and drop-down lists, for hg_xlsx_read_book_memory(). A
 * hostile file may declare any number of them: what is kept is bounded,
 * the rest ignored, since neither is needed to read the cells. */

static void
take_hidden_columns (Sheet                *s,
                     const HgXmlAttribute *attributes,
                     guint                 n_attributes)
{
  const char *min_text = find_attribute (attributes, n_attributes, "min");
  const char *max_text = find_attribute (attributes, n_attributes, "max");
  guint range[2];

  if (!is_true (find_attribute (attributes, n_attributes, "hidden"))
      || min_text == NULL || max_text == NULL || s->hidden->len >= 2 * MAX_COLUMNS
      || !parse_uint (min_text, MAX_COLUMNS, &range[0])
      || !parse_uint (max_text, MAX_COLUMNS, &range[1])
      || range[0] == 0 || range[1] < range[0])
    return;
  range[0]--;
  range[1]--;
  g_array_append_vals (s->hidden, range, 2);
}

static void
take_validation_start (Sheet                *s,
                       const char           *local,
                       const HgXmlAttribute *attributes,
                       guint                 n_attributes,
                       gboolean              empty,
                       int                   depth)
{
  if (strcmp (local, "dataValidation") == 0 && !empty)
    {
      const char *type = find_attribute (attributes, n_attributes, "type");
      const char *sqref = find_attribute (attributes, n_attributes, "sqref");

      g_clear_pointer (&s->list_sqref, g_free);
      if (type != NULL && strcmp (type, "list") == 0 && sqref != NULL
          && strlen (sqref) <= MAX_FORMULA_BYTES)
        s->list_sqref = g_strdup (sqref);
    }
  else if (strcmp (local, "formula1") == 0 && !empty && s->list_sqref != NULL)
    {
      g_string_truncate (s->formula, 0);
      s->formula_depth = depth;
    }
}

/* A list given inline is a formula of one quoted text, the options
 * separated by commas: "\"○,△,×\"". A list from a range of cells is
 * not followed. */
static GStrv
split_list (const char *formula)
{
  gsize length = strlen (formula);
  g_autofree char *inner = NULL;
  g_autoptr(GStrvBuilder) options = g_strv_builder_new ();
  g_auto(GStrv) parts = NULL;
  guint n = 0;

  if (length < 2 || formula[0] != '"' || formula[length - 1] != '"')
    return NULL;
  inner = g_strndup (formula + 1, length - 2);
  parts = g_strsplit (inner, ",", HG_XLSX_BOOK_MAX_OPTIONS + 1);
  for (guint i = 0; parts[i] != NULL && n < HG_XLSX_BOOK_MAX_OPTIONS; i++)
    {
      g_strstrip (parts[i]);
      if (parts[i][0] != '\0' && g_utf8_validate (parts[i], -1, NULL))
        {
          g_strv_builder_add (options, parts[i]);
          n++;
        }
    }
  return n > 0 ? g_strv_builder_end (options) : NULL;
}

static void
take_validation_end (Sheet      *s,
                     const char *local,
                     int         depth)
{
  g_auto(GStrv) ranges = NULL;
  g_auto(GStrv) options = NULL;

  if (s->formula_depth >= 0 && depth == s->formula_depth)
    {
      s->formula_depth = -1;
      options = split_list (s->formula->str);
      if (options == NULL || s->list_sqref == NULL)
        return;
      ranges = g_strsplit (s->list_sqref, " ", 0);
      for (guint i = 0; ranges[i] != NULL; i++)
        {
          g_auto(GStrv) ends = g_strsplit (ranges[i], ":", 3);
          guint n_ends = g_strv_length (ends);
          guint c1, r1, c2, r2;
          HgXlsxValidation *v;

          if (s->validations->len >= HG_XLSX_BOOK_MAX_VALIDATIONS)
            return;
          if ((n_ends != 1 && n_ends != 2) || !parse_cell_ref (ends[0], &c1, &r1)
              || !parse_cell_ref (ends[n_ends - 1], &c2, &r2)
              || c1 >= MAX_COLUMNS || c2 >= MAX_COLUMNS || r1 == 0 || r2 == 0
              || r1 > MAX_ROWS || r2 > MAX_ROWS)
            continue;
          v = g_new0 (HgXlsxValidation, 1);
          v->first_column = MIN (c1, c2);
          v->last_column = MAX (c1, c2);
          v->first_row = MIN (r1, r2);
          v->last_row = MAX (r1, r2);
          v->options = g_strdupv (options);
          g_ptr_array_add (s->validations, v);
        }
    }
  else if (strcmp (local, "dataValidation") == 0)
    g_clear_pointer (&s->list_sqref, g_free);
}

/* A problem found in the sheet stops the scan; it is reported before any
 * XML error further on. */
static void
stop_sheet (Sheet *s)
{
  hg_xml_scanner_stop (s->scanner);
}

static void
on_sheet_start (gpointer              data,
                const char           *local,
                const HgXmlAttribute *attributes,
                guint                 n_attributes,
                gboolean              empty)
{
  Sheet *s = data;
  int depth = s->depth++;

  if (s->done || s->error != NULL)
    return;

  switch (s->collect)
    {
    case COLLECT_V:
      return;
    case COLLECT_IS:
      /* Rich text: only <t> counts, and phonetic runs (<rPh>) do not. */
      if (empty)
        return;
      if (s->rph_depth < 0 && strcmp (local, "rPh") == 0)
        s->rph_depth = depth;
      else if (s->t_depth < 0 && strcmp (local, "t") == 0)
        s->t_depth = depth;
      return;
    case COLLECT_NONE:
    default:
      break;
    }

  if (s->cell_depth >= 0)
    {
      if (strcmp (local, "v") == 0)
        {
          g_string_truncate (s->value, 0);
          if (!empty)
            {
              s->collect = COLLECT_V;
              s->collect_depth = depth;
            }
        }
      else if (strcmp (local, "is") == 0)
        {
          g_string_truncate (s->inline_value, 0);
          s->has_inline = TRUE;
          if (!empty)
            {
              s->collect = COLLECT_IS;
              s->collect_depth = depth;
              s->t_depth = s->rph_depth = -1;
            }
        }
      return;
    }

  /* Of what follows the cells only the merged ranges matter, and the
   * drop-down lists when they are asked for. */
  if (s->after_sheet_data)
    {
      if (strcmp (local, "mergeCell") == 0
          && !read_merge (s, find_attribute (attributes, n_attributes, "ref"), &s->error))
        stop_sheet (s);
      else if (s->validations != NULL)
        take_validation_start (s, local, attributes, n_attributes, empty, depth);
      return;
    }

  if (!s->in_sheet_data && !s->after_sheet_data && s->hidden != NULL && strcmp (local, "col") == 0)
    {
      take_hidden_columns (s, attributes, n_attributes);
      return;
    }

  if (!s->in_sheet_data)
    {
      if (strcmp (local, "sheetData") == 0)
        {
          s->done = empty;
          s->in_sheet_data = TRUE;
        }
      return;
    }

  if (strcmp (local, "row") == 0)
    {
      const char *r_text = find_attribute (attributes, n_attributes, "r");
      guint row;

      if (s->in_row && !finish_row (s, &s->error))
        {
          stop_sheet (s);
          return;
        }

      /* Without r, a row follows the one before it. */
      if (r_text == NULL)
        row = s->row + 1;
      else
        {
          g_autofree char *stripped = g_strstrip (g_strdup (r_text));

          if (!parse_uint (stripped, G_MAXUINT32 - 1, &row) || row == 0)
            {
              g_autofree char *display = shorten (stripped, SHORT_NAME);

              g_set_error (&s->error, HG_XLSX_ERROR, HG_XLSX_ERROR_DAMAGED,
                           _("Sheet “%s” has a row numbered “%s”, which is not a row number."),
                           s->sheet_name, display);
              stop_sheet (s);
              return;
            }
        }
      if (row > MAX_ROWS)
        {
          g_set_error (&s->error, HG_XLSX_ERROR, HG_XLSX_ERROR_DAMAGED,
                       _("Row %u of sheet “%s” lies beyond the last row a spreadsheet "
                         "has (1,048,576)."), row, s->sheet_name);
          stop_sheet (s);
          return;
        }
      s->row = row;
      s->next_column = 0;
      s->in_row = !empty;
    }
  else if (strcmp (local, "c") == 0 && s->in_row)
    {
      if (!start_cell (s, attributes, n_attributes, &s->error)
          || (empty && !finish_cell (s, &s->error)))
        stop_sheet (s);
      else if (!empty)
        s->cell_depth = depth;
    }
}

static void
on_sheet_end (gpointer    data,
              const char *local,
              gboolean    empty)
{
  Sheet *s = data;
  int depth = --s->depth;

  /* An empty element was taken whole at its start. */
  if (empty || s->done || s->error != NULL)
    return;

  switch (s->collect)
    {
    case COLLECT_V:
      if (depth == s->collect_depth)
        s->collect = COLLECT_NONE;
      return;
    case COLLECT_IS:
      if (depth == s->collect_depth)
        {
          s->collect = COLLECT_NONE;
          decode_escapes (s->inline_value);
        }
      else if (depth == s->rph_depth)
        s->rph_depth = -1;
      else if (depth == s->t_depth)
        s->t_depth = -1;
      return;
    case COLLECT_NONE:
    default:
      break;
    }

  if (s->cell_depth >= 0)
    {
      if (depth == s->cell_depth)
        {
          s->cell_depth = -1;
          if (!finish_cell (s, &s->error))
            stop_sheet (s);
        }
      return;
    }

  if (s->after_sheet_data)
    {
      if (s->validations == NULL)
        s->done = strcmp (local, "mergeCells") == 0;
      else
        take_validation_end (s, local, depth);
      return;
    }
  if (!s->in_sheet_data)
    return;

  if (strcmp (local, "row") == 0 && s->in_row)
    {
      s->in_row = FALSE;
      if (!finish_row (s, &s->error))
        stop_sheet (s);
    }
  else if (strcmp (local, "sheetData") == 0)
    {
      s->in_sheet_data = FALSE;
      s->after_sheet_data = TRUE;
    }
}

static void
on_sheet_text (gpointer    data,
               const char *text,
               gsize       length)
{
  Sheet *s = data;

  if (s->done || s->error != NULL)
    return;
  if (s->collect == COLLECT_V)
    g_string_append_len (s->value, text, length);
  else if (s->collect == COLLECT_IS && s->t_depth >= 0 && s->rph_depth < 0)
    g_string_append_len (s->inline_value, text, length);
  else if (s->formula_depth >= 0 && s->formula->len + length <= MAX_FORMULA_BYTES)
    g_string_append_len (s->formula, text, length);
}

static HgTable *
read_sheet (Reader          *r,
            const char      *name,
            const char      *sheet_name,
            HgXlsxBookSheet *book,
            GError         **error)
{
  static const HgXmlScannerFuncs funcs = {
    on_sheet_start, on_sheet_end, on_sheet_text, NULL,
  };
  g_autoptr(Part) p = part_open (r, name, FALSE, error);
  g_autoptr(HgTable) table = NULL;
  g_autofree char *display = shorten (sheet_name, SHORT_NAME);
  Sheet s = { 0 };
  gboolean ok;

  if (p == NULL)
    return NULL;

  table = hg_table_new ();
  s.reader = r;
  s.part = p;
  s.sheet_name = display;
  s.table = table;
  s.cells = g_array_new (FALSE, FALSE, sizeof (Cell));
  s.row_text = g_string_new (NULL);
  s.merges = g_array_new (FALSE, FALSE, sizeof (Merge));
  s.value = g_string_new (NULL);
  s.inline_value = g_string_new (NULL);
  s.cell_depth = -1;
  s.formula_depth = -1;
  s.n_cells = r->book_cells;
  s.n_bytes = r->book_bytes;
  if (book != NULL)
    {
      s.hidden = book->hidden;
      s.validations = book->validations;
      s.formula = g_string_new (NULL);
    }
  s.scanner = hg_xml_scanner_new (&funcs, &s);

  ok = part_scan (p, s.scanner, &s.error, error)
       && (!s.in_row || finish_row (&s, error))
       && apply_merges (&s, error);

  hg_xml_scanner_free (s.scanner);
  g_clear_error (&s.error);
  g_array_unref (s.cells);
  g_string_free (s.row_text, TRUE);
  g_array_unref (s.merges);
  g_string_free (s.value, TRUE);
  g_string_free (s.inline_value, TRUE);
  g_free (s.list_sqref);
  if (s.formula != NULL)
    g_string_free (s.formula, TRUE);
  r->book_cells = s.n_cells;
  r->book_bytes = s.n_bytes;
  return ok ? g_steal_pointer (&table) : NULL;
}

static char *
list_sheet_names (GPtrArray *sheets)
{
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < sheets->len && i < 20; i++)
    {
      const SheetInfo *info = g_ptr_array_index (sheets, i);
      g_autofree char *display = shorten (info->name, SHORT_NAME);

      if (i > 0)
        /* Translators: between sheet names in a list */
        g_string_append (names, _(", "));
      g_string_append_printf (names, _("“%s”"), display);
    }
  return g_string_free (names, FALSE);
}

static gboolean read_book (Reader *r, GPtrArray *sheets, GHashTable *rels_by_id,
                           const char *base_dir, GPtrArray *book, GError **error);

/* Reads the sheet named @sheet_name (NULL: the first one), or, when @book
 * is not NULL, every worksheet into it. */
static HgTable *
read_memory (Reader      *r,
             const char  *sheet_name,
             GPtrArray   *book,
             GError     **error)
{
  g_autofree char *workbook = NULL;
  g_autofree char *rels_name = NULL;
  g_autofree char *base_dir = NULL;
  g_autofree char *sheet_part = NULL;
  g_autoptr(GPtrArray) sheets = NULL;
  g_autoptr(GPtrArray) rels = NULL;
  g_autoptr(GHashTable) rels_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  const SheetInfo *chosen = NULL;
  const Relationship *rel = NULL;
  const char *slash;

  if (!take_inventory (r, error))
    return NULL;
  workbook = find_workbook_part (r, error);
  if (workbook == NULL)
    return NULL;
  sheets = read_workbook (r, workbook, error);
  if (sheets == NULL)
    return NULL;

  /* "xl/workbook.xml" → "xl/" and "xl/_rels/workbook.xml.rels". */
  slash = strrchr (workbook, '/');
  base_dir = g_strndup (workbook, slash != NULL ? slash - workbook + 1 : 0);
  rels_name = g_strconcat (base_dir, "_rels/", slash != NULL ? slash + 1 : workbook, ".rels", NULL);
  if (!has_part (r, rels_name))
    {
      g_autofree char *display = shorten (rels_name, SHORT_NAME);

      g_set_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_DAMAGED,
                   _("The Excel file is incomplete: its part “%s” is missing."), display);
      return NULL;
    }
  rels = read_relationships (r, rels_name, error);
  if (rels == NULL)
    return NULL;
  for (guint i = rels->len; i > 0; i--)
    {
      Relationship *each = g_ptr_array_index (rels, i - 1);

      g_hash_table_insert (rels_by_id, each->id, each);  /* the first of an id wins */
    }

  /* Chart sheets and dialog sheets have no cells: skip them. An exact
   * match on the name first, then one that ignores case, as Excel does. */
  for (int pass = 0; pass < 2 && chosen == NULL && book == NULL; pass++)
    for (guint i = 0; i < sheets->len && chosen == NULL; i++)
      {
        const SheetInfo *info = g_ptr_array_index (sheets, i);

        if (sheet_name != NULL)
          {
            g_autofree char *a = NULL;
            g_autofree char *b = NULL;

            if (pass == 0 && strcmp (info->name, sheet_name) != 0)
              continue;
            if (pass == 1)
              {
                a = g_utf8_casefold (info->name, -1);
                b = g_utf8_casefold (sheet_name, -1);
                if (strcmp (a, b) != 0)
                  continue;
              }
          }
        rel = g_hash_table_lookup (rels_by_id, info->rel_id);
        if (rel != NULL && g_str_has_suffix (rel->type, "/worksheet"))
          chosen = info;
      }

  if (chosen == NULL && book == NULL)
    {
      g_autofree char *names = list_sheet_names (sheets);

      if (sheet_name != NULL)
        g_set_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_NO_SHEET,
                     _("The Excel file has no worksheet named “%s”. Its sheets are: %s."),
                     sheet_name, names);
      else
        g_set_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_NO_SHEET,
                     _("The Excel file has no worksheet."));
      return NULL;
    }

  if (book != NULL)
    goto styles;
  sheet_part = resolve_target (base_dir, rel->target);
  if (!has_part (r, sheet_part))
    {
      g_autofree char *part_display = shorten (sheet_part, SHORT_NAME);
      g_autofree char *sheet_display = shorten (chosen->name, SHORT_NAME);

      g_set_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_DAMAGED,
                   _("The Excel file is incomplete: the part “%s” of sheet “%s” is missing."),
                   part_display, sheet_display);
      return NULL;
    }

styles:
  /* Without styles every number is just a number; without shared strings
   * a cell that refers to one is reported where it is. */
  rel = find_relationship (rels, "/styles");
  if (rel != NULL)
    {
      g_autofree char *styles = resolve_target (base_dir, rel->target);

      if (has_part (r, styles) && !read_styles (r, styles, error))
        return NULL;
    }

  r->sst_text = g_string_new (NULL);
  r->sst_offsets = g_array_new (FALSE, FALSE, sizeof (guint32));
  rel = find_relationship (rels, "/sharedStrings");
  if (rel != NULL)
    {
      g_autofree char *sst = resolve_target (base_dir, rel->target);

      if (has_part (r, sst) && !read_shared_strings (r, sst, error))
        return NULL;
    }

  if (book != NULL)
    return read_book (r, sheets, rels_by_id, base_dir, book, error) ? hg_table_new () : NULL;
  return read_sheet (r, sheet_part, chosen->name, NULL, error);
}

static gboolean
read_book (Reader      *r,
           GPtrArray   *sheets,
           GHashTable  *rels_by_id,
           const char  *base_dir,
           GPtrArray   *book,
           GError     **error)
{
  for (guint i = 0; i < sheets->len && book->len < HG_XLSX_BOOK_MAX_SHEETS; i++)
    {
      const SheetInfo *info = g_ptr_array_index (sheets, i);
      const Relationship *rel = g_hash_table_lookup (rels_by_id, info->rel_id);
      g_autofree char *part = NULL;
      HgXlsxBookSheet *sheet;

      if (rel == NULL || !g_str_has_suffix (rel->type, "/worksheet"))
        continue;
      part = resolve_target (base_dir, rel->target);
      if (!has_part (r, part))
        {
          g_autofree char *part_display = shorten (part, SHORT_NAME);
          g_autofree char *sheet_display = shorten (info->name, SHORT_NAME);

          g_set_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_DAMAGED,
                       _("The Excel file is incomplete: the part “%s” of sheet “%s” is missing."),
                       part_display, sheet_display);
          return FALSE;
        }
      sheet = g_new0 (HgXlsxBookSheet, 1);
      sheet->name = g_utf8_make_valid (info->name, -1);
      sheet->hidden = g_array_new (FALSE, FALSE, sizeof (guint));
      sheet->validations = g_ptr_array_new ();
      g_ptr_array_add (book, sheet);
      sheet->table = read_sheet (r, part, info->name, sheet, error);
      if (sheet->table == NULL)
        return FALSE;
    }
  if (book->len == 0)
    {
      g_set_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_NO_SHEET,
                   _("The Excel file has no worksheet."));
      return FALSE;
    }
  return TRUE;
}

/* Reads with libxml2's complaints collected for our messages: it prints
 * them on stderr unless told otherwise; this thread's handler collects
 * them instead, and the caller's handler is put back afterwards. */
static HgTable *
read_guarded (const void  *data,
              gsize        length,
              const char  *sheet_name,
              GPtrArray   *book,
              GError     **error)
{
  Reader r = { 0 };
  xmlStructuredErrorFunc saved_handler;
  void *saved_context;
  HgTable *table;

  r.data = data;
  r.length = length;
  xmlInitParser ();
  saved_handler = xmlStructuredError;
  saved_context = xmlStructuredErrorContext;
  xmlSetStructuredErrorFunc (&r, on_xml_error);

  table = read_memory (&r, sheet_name, book, error);

  xmlSetStructuredErrorFunc (saved_context, saved_handler);
  reader_clear (&r);
  return table;
}

HgTable *
hg_xlsx_read_memory (const void  *data,
                     gsize        length,
                     const char  *sheet_name,
                     GError     **error)
{
  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return read_guarded (data, length, sheet_name, NULL, error);
}

HgTable *
hg_xlsx_read_file (const char  *path,
                   const char  *sheet_name,
                   GError     **error)
{
  g_autoptr(GMappedFile) file = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *display = NULL;
  HgTable *table;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  display = g_filename_display_name (path);
  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved = errno;

      g_set_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_IO,
                   _("Could not open “%s”: %s"), display, g_strerror (saved));
      return NULL;
    }
  /* Mapped, not read: only the pages libarchive touches are loaded. */
  file = g_mapped_file_new_from_fd (fd, FALSE, &local_error);
  close (fd);
  if (file == NULL)
    {
      g_set_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_IO,
                   _("Could not open “%s”: %s"), display, local_error->message);
      return NULL;
    }

  table = hg_xlsx_read_memory (g_mapped_file_get_contents (file),
                               g_mapped_file_get_length (file), sheet_name, error);
  if (table == NULL)
    /* Translators: before an error message about an imported file */
    g_prefix_error (error, _("“%s”: "), display);
  return table;
}

static void
validation_free (HgXlsxValidation *validation)
{
  g_strfreev (validation->options);
  g_free (validation);
}

void
hg_xlsx_book_sheet_free (HgXlsxBookSheet *sheet)
{
  if (sheet == NULL)
    return;
  g_free (sheet->name);
  g_clear_pointer (&sheet->table, hg_table_free);
  g_clear_pointer (&sheet->hidden, g_array_unref);
  if (sheet->validations != NULL)
    {
      for (guint i = 0; i < sheet->validations->len; i++)
        validation_free (g_ptr_array_index (sheet->validations, i));
      g_ptr_array_unref (sheet->validations);
    }
  g_free (sheet);
}

gboolean
hg_xlsx_book_sheet_is_hidden (HgXlsxBookSheet *sheet,
                              guint            column)
{
  for (guint i = 0; i + 1 < sheet->hidden->len; i += 2)
    if (column >= g_array_index (sheet->hidden, guint, i)
        && column <= g_array_index (sheet->hidden, guint, i + 1))
      return TRUE;
  return FALSE;
}

const char * const *
hg_xlsx_book_sheet_get_options (HgXlsxBookSheet *sheet,
                                guint            column,
                                guint            row)
{
  for (guint i = 0; i < sheet->validations->len; i++)
    {
      const HgXlsxValidation *v = g_ptr_array_index (sheet->validations, i);

      if (column >= v->first_column && column <= v->last_column
          && row >= v->first_row && row <= v->last_row)
        return (const char * const *) v->options;
    }
  return NULL;
}

GPtrArray *
hg_xlsx_read_book_memory (const void  *data,
                          gsize        length,
                          GError     **error)
{
  g_autoptr(GPtrArray) book = g_ptr_array_new_with_free_func ((GDestroyNotify) hg_xlsx_book_sheet_free);
  HgTable *done;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  done = read_guarded (data, length, NULL, book, error);
  if (done == NULL)
    return NULL;
  hg_table_free (done);
  return g_steal_pointer (&book);
}
