/* hg-xml-scanner.c
 *
 * The sheet of a 100,000-row register is some 60 MB of XML, nearly all of
 * it "<c r="B2" s="3" t="s"><v>17</v></c>". libxml2 copies every piece of
 * it through its input buffers, looks every name up in its dictionary
 * and builds attribute arrays before a callback sees anything; that was
 * half the time of an import. This scanner works on the bytes where the
 * decompressor left them and copies only a tag cut by the end of a block
 * (to complete it from the next) and the few bytes of each tag's names
 * and attribute values.
 *
 * It is a checking scanner, not a lenient one: what it accepts is
 * well-formed XML 1.0 in UTF-8 (tags nest and match, attributes are
 * quoted and given once, references are the predefined entities or
 * characters XML allows, every byte is UTF-8 of a character XML allows),
 * so a damaged part is refused with its line. It knows no DTD: a DOCTYPE
 * is reported as such, and no entity can be declared, which rules out
 * entity expansion and external entities. Everything it holds is bounded:
 * the depth of elements (256, libxml2's default), a tag and a text node
 * (10,000,000 bytes each, libxml2's XML_MAX_TEXT_LENGTH).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-xml"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hg-xml-scanner.h"

#define MAX_DEPTH     256
#define MAX_TOKEN     10000000
#define MAX_TEXT_RUN  10000000
/* Namespace declarations in scope at once: each prefixed name is looked
 * up among them. Real workbooks declare a handful. */
#define MAX_NAMESPACES 256
/* Attributes of one tag compared with each other, beyond which they are
 * checked with a hash table. */
#define FEW_ATTRIBUTES 16
/* The longest name, libxml2's XML_MAX_NAME_LENGTH. */
#define MAX_NAME      50000
/* The longest reference we take: "&#x" and leading zeros are allowed. */
#define MAX_REFERENCE 32

typedef enum
{
  MODE_CONTENT,
  MODE_COMMENT,
  MODE_CDATA,
  MODE_PI,
} Mode;

typedef struct
{
  guint depth;
  guint offset;   /* of the prefix in ns_text */
} NsDecl;

/* An open element: where its name is in s->names, and its local name
 * (NO_LOCAL for ":"), worked out once at its start tag. */
typedef struct
{
  guint start;
  guint length;
  guint local;
} Open;

#define NO_LOCAL G_MAXUINT

/* An attribute of the tag being parsed, as offsets in s->scratch. */
typedef struct
{
  guint name;
  guint name_length;
  guint value;
  guint value_length;
} AttrPos;

struct _HgXmlScanner
{
  HgXmlScannerFuncs   funcs;
  gpointer            user_data;

  Mode                mode;
  gboolean            at_start;     /* nothing scanned yet: a BOM, the XML declaration */
  gboolean            bom_checked;
  gboolean            root_seen;
  gboolean            root_closed;
  guint               depth;
  gsize               text_run;     /* bytes of the current text node */

  /* Plain arrays rather than GString and GArray: these run for every
   * tag, where a call per byte appended showed in the profile. */
  char               *names;        /* the open elements' names, NUL-terminated */
  gsize               names_length;
  gsize               names_size;
  Open               *open;
  guint               open_size;
  GString            *ns_text;      /* prefixes declared, NUL-terminated */
  GArray             *ns;           /* NsDecl */

  /* The current tag's name, then its attribute names and values, each
   * NUL-terminated; never longer than the tag, so grown to the size of
   * the buffer scanned before a tag is parsed. */
  char               *scratch;
  gsize               name_length;  /* of the tag's name, at 0 */
  gsize               scratch_length;
  gsize               scratch_size;
  AttrPos            *attr_pos;
  guint               n_attrs;
  guint               attr_size;
  HgXmlAttribute     *attributes;
  GArray             *new_ns;       /* guint offsets in scratch of the tag's xmlns:p */
  GHashTable         *seen;         /* names of a tag of many attributes */

  GString            *carry;        /* an unfinished tag, from the end of the last block */
  guint64             lines;        /* newlines in what was scanned */

  HgXmlScannerStatus  status;
  char               *problem;
  guint               problem_line;
};

/* What a tag parse found. */
enum
{
  TAG_DONE,
  TAG_INCOMPLETE,
  TAG_FAILED,
};

HgXmlScanner *
hg_xml_scanner_new (const HgXmlScannerFuncs *funcs,
                    gpointer                 user_data)
{
  HgXmlScanner *s = g_new0 (HgXmlScanner, 1);

  s->funcs = *funcs;
  s->user_data = user_data;
  s->at_start = TRUE;
  s->ns_text = g_string_new (NULL);
  s->ns = g_array_new (FALSE, FALSE, sizeof (NsDecl));
  s->new_ns = g_array_new (FALSE, FALSE, sizeof (guint));
  s->carry = g_string_new (NULL);
  return s;
}

void
hg_xml_scanner_free (HgXmlScanner *s)
{
  if (s == NULL)
    return;
  g_free (s->names);
  g_free (s->open);
  g_string_free (s->ns_text, TRUE);
  g_array_unref (s->ns);
  g_free (s->scratch);
  g_free (s->attr_pos);
  g_free (s->attributes);
  g_array_unref (s->new_ns);
  g_clear_pointer (&s->seen, g_hash_table_unref);
  g_string_free (s->carry, TRUE);
  g_free (s->problem);
  g_free (s);
}

void
hg_xml_scanner_stop (HgXmlScanner *s)
{
  if (s->status == HG_XML_SCANNER_OK)
    s->status = HG_XML_SCANNER_STOPPED;
}

const char *
hg_xml_scanner_get_problem (HgXmlScanner *s,
                            guint        *line)
{
  if (line != NULL)
    *line = s->problem_line;
  return s->problem;
}

static guint64
count_lines (const char *data,
             gsize       length)
{
  const char *end;
  guint64 n = 0;

  /* An empty piece may come with no buffer at all: neither memchr() nor
   * pointer arithmetic may see a NULL pointer, even for no bytes (UBSan). */
  if (length == 0)
    return 0;
  end = data + length;
  /* Workbooks have a line or two: memchr() skips the rest fast. */
  while ((data = memchr (data, '\n', end - data)) != NULL)
    {
      n++;
      data++;
    }
  return n;
}

/* Marks the document malformed at @at in @buffer. */
static void
fail_at (HgXmlScanner *s,
         const char   *buffer,
         gsize         at,
         const char   *problem)
{
  if (s->status != HG_XML_SCANNER_OK)
    return;
  s->status = HG_XML_SCANNER_MALFORMED;
  s->problem = g_strdup (problem);
  s->problem_line = (guint) MIN (s->lines + count_lines (buffer, at) + 1, G_MAXUINT);
}

static const char *
malformed_tag (void)
{
  return _("a tag is malformed");
}

static const char *
bad_character (void)
{
  return _("a character that XML does not allow, or bytes that are not UTF-8");
}

/* The length of the UTF-8 sequence at @p if it is a character XML allows,
 * 0 if it is none, -1 if it is cut short by the end of @avail bytes. */
static int
char_length (const guchar *p,
             gsize         avail)
{
  guchar c = p[0];
  gunichar u;
  int n;

  if (c < 0x80)
    return c >= 0x20 || c == '\t' || c == '\n' || c == '\r' ? 1 : 0;
  if (c < 0xC2)
    return 0;
  if (c < 0xE0)
    n = 2, u = c & 0x1F;
  else if (c < 0xF0)
    n = 3, u = c & 0x0F;
  else if (c < 0xF5)
    n = 4, u = c & 0x07;
  else
    return 0;
  for (int i = 1; i < n; i++)
    {
      if ((gsize) i >= avail)
        return -1;
      if ((p[i] & 0xC0) != 0x80)
        return 0;
      u = (u << 6) | (p[i] & 0x3F);
    }
  if (n == 3 && (u < 0x800 || (u >= 0xD800 && u <= 0xDFFF) || u >= 0xFFFE))
    return 0;
  if (n == 4 && (u < 0x10000 || u > 0x10FFFF))
    return 0;
  return n;
}

static gboolean
is_xml_char (gunichar c)
{
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
         || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

/* Decodes the reference at @p ("&amp;", "&#12354;", "&#x3042;") into @out
 * (NUL-terminated). Returns its length in the input, 0 when it is no
 * reference XML allows here, -1 when it is cut short. */
static int
decode_reference (const char *p,
                  gsize       avail,
                  gboolean    final,
                  char        out[8])
{
  const char *semi = memchr (p, ';', MIN (avail, MAX_REFERENCE));
  gsize length;
  gunichar c = 0;

  if (semi == NULL)
    return avail < MAX_REFERENCE && !final ? -1 : 0;
  length = semi - p - 1;
  out[1] = '\0';
  if (length == 3 && memcmp (p + 1, "amp", 3) == 0)
    out[0] = '&';
  else if (length == 2 && memcmp (p + 1, "lt", 2) == 0)
    out[0] = '<';
  else if (length == 2 && memcmp (p + 1, "gt", 2) == 0)
    out[0] = '>';
  else if (length == 4 && memcmp (p + 1, "quot", 4) == 0)
    out[0] = '"';
  else if (length == 4 && memcmp (p + 1, "apos", 4) == 0)
    out[0] = '\'';
  else if (length >= 2 && p[1] == '#')
    {
      gboolean hex = p[2] == 'x';
      const char *d = p + (hex ? 3 : 2);

      if (d == semi)
        return 0;
      for (; d < semi; d++)
        {
          int v = hex ? g_ascii_xdigit_value (*d) : g_ascii_digit_value (*d);

          if (v < 0)
            return 0;
          c = c * (hex ? 16 : 10) + v;
          if (c > 0x10FFFF)
            return 0;
        }
      if (!is_xml_char (c))
        return 0;
      out[g_unichar_to_utf8 (c, out)] = '\0';
    }
  else
    return 0;
  return (int) (semi - p + 1);
}

/* Bytes that may start a name (NAME_START) or stand in one (NAME_CHAR):
 * a table, as this runs for every byte of every name. Bytes from 0x80 on
 * are taken here and checked as UTF-8 by scan_name(). */
enum
{
  NAME_CHAR = 1,
  NAME_START = 2,
};

static const guint8 name_class[256] = {
  ['A' ... 'Z'] = NAME_START | NAME_CHAR,
  ['a' ... 'z'] = NAME_START | NAME_CHAR,
  ['_'] = NAME_START | NAME_CHAR,
  [':'] = NAME_START | NAME_CHAR,
  [0x80 ... 0xFF] = NAME_START | NAME_CHAR,
  ['0' ... '9'] = NAME_CHAR,
  ['-'] = NAME_CHAR,
  ['.'] = NAME_CHAR,
};

static inline gboolean
is_name_start (guchar c)
{
  return name_class[c] & NAME_START;
}

static inline gboolean
is_name_char (guchar c)
{
  return name_class[c] & NAME_CHAR;
}

static gboolean
is_space (guchar c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Scans a name at @p; returns its end, NULL when cut short, @p itself
 * when there is none, it is not UTF-8 or it is longer than libxml2 takes
 * one (a malformed tag, then). */
static const char *
scan_name (const char *p,
           const char *end)
{
  const char *start = p;

  if (p == end)
    return NULL;
  if (!is_name_start (*p))
    return start;
  while (p < end && is_name_char (*p))
    {
      if (p - start >= MAX_NAME)
        return start;
      if ((guchar) *p >= 0x80)
        {
          int n = char_length ((const guchar *) p, end - p);

          if (n < 0)
            return NULL;
          if (n == 0)
            return start;
          p += n;
        }
      else
        p++;
    }
  return p == end ? NULL : p;
}

static void
emit_text (HgXmlScanner *s,
           const char   *buffer,
           const char   *text,
           gsize         length)
{
  if (length == 0 || s->status != HG_XML_SCANNER_OK)
    return;
  s->text_run += length;
  if (s->text_run > MAX_TEXT_RUN)
    {
      g_autofree char *problem = g_strdup_printf (_("a text longer than %u bytes"), MAX_TEXT_RUN);

      fail_at (s, buffer, text - buffer, problem);
      return;
    }
  s->funcs.text (s->user_data, text, length);
}

static void
end_text (HgXmlScanner *s)
{
  s->text_run = 0;
}

/* Never past the scratch buffer: see parse_start_tag(). */
static inline void
scratch_append (HgXmlScanner *s,
                const char   *data,
                gsize         length)
{
  memcpy (s->scratch + s->scratch_length, data, length);
  s->scratch_length += length;
}

static inline guint
scratch_take_name (HgXmlScanner *s,
                   const char   *name,
                   gsize         length)
{
  guint offset = (guint) s->scratch_length;

  scratch_append (s, name, length);
  s->scratch[s->scratch_length++] = '\0';
  return offset;
}

/* Appends an attribute value from between its quotes to the scratch
 * buffer, references replaced and white space made spaces. */
static gboolean
take_value (HgXmlScanner *s,
            const char   *buffer,
            const char   *p,
            const char   *end)
{
  const char *start = p;

  while (p < end)
    {
      guchar c = *p;

      if (c >= 0x20 && c < 0x80 && c != '&' && c != '<')
        {
          p++;
          continue;
        }
      scratch_append (s, start, p - start);
      if (c == '&')
        {
          char out[8];
          int n = decode_reference (p, end - p, TRUE, out);

          if (n <= 0)
            {
              fail_at (s, buffer, p - buffer,
                       _("an unknown entity or a reference to a character XML does not allow"));
              return FALSE;
            }
          scratch_append (s, out, strlen (out));
          p += n;
        }
      else if (c == '<')
        {
          fail_at (s, buffer, p - buffer, malformed_tag ());
          return FALSE;
        }
      else if (c == '\r' || c == '\n' || c == '\t')
        {
          s->scratch[s->scratch_length++] = ' ';
          p += c == '\r' && p + 1 < end && p[1] == '\n' ? 2 : 1;
        }
      else
        {
          int n = char_length ((const guchar *) p, end - p);

          if (n <= 0)
            {
              fail_at (s, buffer, p - buffer, bad_character ());
              return FALSE;
            }
          scratch_append (s, p, n);
          p += n;
        }
      start = p;
    }
  scratch_append (s, start, p - start);
  return TRUE;
}

/* Parses the start tag at @buffer[@pos] ("<"), leaving its name in
 * s->scratch at 0, its attributes in s->attr_pos, its namespace
 * declarations in s->new_ns, and where it ends in @next. */
static int
parse_start_tag (HgXmlScanner *s,
                 const char   *buffer,
                 gsize         pos,
                 gsize         length,
                 gsize        *next,
                 gboolean     *empty)
{
  const char *end = buffer + length;
  const char *p = buffer + pos + 1;
  const char *name_end = scan_name (p, end);

  /* A tag never yields more than its own bytes and a NUL: names and
   * values are NUL-terminated in the place of at least the "=" and
   * quotes or the ">" that follow them, and references and white space
   * only shrink. */
  if (s->scratch_size < length - pos + 1)
    {
      s->scratch_size = MAX (length - pos + 1, 4096);
      s->scratch = g_realloc (s->scratch, s->scratch_size);
    }
  s->scratch_length = 0;
  s->n_attrs = 0;
  g_array_set_size (s->new_ns, 0);
  if (name_end == NULL)
    return TAG_INCOMPLETE;
  if (name_end == p)
    {
      fail_at (s, buffer, pos, malformed_tag ());
      return TAG_FAILED;
    }
  s->name_length = name_end - p;
  scratch_take_name (s, p, name_end - p);
  p = name_end;

  for (;;)
    {
      const char *space = p;
      const char *quote_end;
      guint name_offset, name_length, value_offset;
      AttrPos *attr;
      char quote;
      gboolean is_ns;

      while (p < end && is_space (*p))
        p++;
      if (p == end)
        return TAG_INCOMPLETE;
      if (*p == '>')
        {
          *empty = FALSE;
          *next = p + 1 - buffer;
          return TAG_DONE;
        }
      if (*p == '/')
        {
          if (p + 1 == end)
            return TAG_INCOMPLETE;
          if (p[1] != '>')
            break;
          *empty = TRUE;
          *next = p + 2 - buffer;
          return TAG_DONE;
        }
      if (p == space)
        break;

      name_end = scan_name (p, end);
      if (name_end == NULL)
        return TAG_INCOMPLETE;
      if (name_end == p)
        break;
      name_length = (guint) (name_end - p);
      name_offset = scratch_take_name (s, p, name_length);
      is_ns = (name_end - p == 5 && memcmp (p, "xmlns", 5) == 0)
              || (name_end - p > 6 && memcmp (p, "xmlns:", 6) == 0);
      p = name_end;
      while (p < end && is_space (*p))
        p++;
      if (p == end)
        return TAG_INCOMPLETE;
      if (*p++ != '=')
        break;
      while (p < end && is_space (*p))
        p++;
      if (p == end)
        return TAG_INCOMPLETE;
      quote = *p++;
      if (quote != '"' && quote != '\'')
        break;
      quote_end = memchr (p, quote, end - p);
      if (quote_end == NULL)
        return TAG_INCOMPLETE;
      value_offset = (guint) s->scratch_length;
      if (!take_value (s, buffer, p, quote_end))
        return TAG_FAILED;
      s->scratch[s->scratch_length] = '\0';
      p = quote_end + 1;

      /* Each attribute once, namespace declarations included. A tag
       * holds a few, compared with each other; a tag of thousands (the
       * scratch buffer does not move while it is parsed) with a hash
       * table, or they would take quadratic time. */
      if (s->n_attrs < FEW_ATTRIBUTES)
        {
          for (guint i = 0; i < s->n_attrs; i++)
            if (s->attr_pos[i].name_length == name_length
                && s->scratch[s->attr_pos[i].name] == s->scratch[name_offset]
                && memcmp (s->scratch + s->attr_pos[i].name, s->scratch + name_offset,
                           name_length) == 0)
              {
                fail_at (s, buffer, pos, _("an attribute is given twice in one tag"));
                return TAG_FAILED;
              }
        }
      else
        {
          if (s->n_attrs == FEW_ATTRIBUTES)
            {
              if (s->seen == NULL)
                s->seen = g_hash_table_new (g_str_hash, g_str_equal);
              g_hash_table_remove_all (s->seen);
              for (guint i = 0; i < s->n_attrs; i++)
                g_hash_table_add (s->seen, s->scratch + s->attr_pos[i].name);
            }
          if (!g_hash_table_add (s->seen, s->scratch + name_offset))
            {
              fail_at (s, buffer, pos, _("an attribute is given twice in one tag"));
              return TAG_FAILED;
            }
        }
      if (is_ns && s->scratch[name_offset + 5] == ':')
        {
          guint prefix = name_offset + 6;

          if (s->ns->len + s->new_ns->len >= MAX_NAMESPACES)
            {
              g_autofree char *problem = g_strdup_printf (
                _("more than %u namespace declarations at once"), MAX_NAMESPACES);

              fail_at (s, buffer, pos, problem);
              return TAG_FAILED;
            }
          g_array_append_val (s->new_ns, prefix);
        }
      if (s->n_attrs == s->attr_size)
        {
          s->attr_size = MAX (16, s->attr_size * 2);
          s->attr_pos = g_renew (AttrPos, s->attr_pos, s->attr_size);
          s->attributes = g_renew (HgXmlAttribute, s->attributes, s->attr_size);
        }
      attr = &s->attr_pos[s->n_attrs++];
      attr->name = name_offset;
      attr->name_length = name_length;
      attr->value = value_offset;
      attr->value_length = (guint) (s->scratch_length - value_offset);
      s->scratch_length++;
    }
  fail_at (s, buffer, p < end ? (gsize) (p - buffer) : pos, malformed_tag ());
  return TAG_FAILED;
}

/* A prefix is bound when an element around declares it; "xml" always is. */
static gboolean
prefix_bound (HgXmlScanner *s,
              const char   *prefix,
              gsize         length)
{
  if (length == 3 && memcmp (prefix, "xml", 3) == 0)
    return TRUE;
  for (guint i = s->ns->len; i > 0; i--)
    {
      const char *declared = s->ns_text->str + g_array_index (s->ns, NsDecl, i - 1).offset;

      if (strlen (declared) == length && memcmp (declared, prefix, length) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Opens the element named @qname (@length bytes), its namespace
 * declarations already in s->ns. */
static void
push_element (HgXmlScanner *s,
              const char   *qname,
              gsize         length)
{
  Open *open;
  const char *colon;

  if (s->depth == s->open_size)
    {
      s->open_size = MAX (16, s->open_size * 2);
      s->open = g_renew (Open, s->open, s->open_size);
    }
  if (s->names_length + length + 1 > s->names_size)
    {
      s->names_size = MAX (s->names_length + length + 1, MAX (256, s->names_size * 2));
      s->names = g_realloc (s->names, s->names_size);
    }
  open = &s->open[s->depth++];
  open->start = (guint) s->names_length;
  open->length = (guint) length;
  memcpy (s->names + s->names_length, qname, length);
  s->names[s->names_length + length] = '\0';
  s->names_length += length + 1;

  /* "p:name" is "name" when p is bound, and ":" (matching nothing looked
   * for) when it is not, as libxml2 showed it. */
  colon = memchr (qname, ':', length);
  if (colon == NULL || colon == qname || colon == qname + length - 1)
    open->local = open->start;
  else if (prefix_bound (s, qname, colon - qname))
    open->local = open->start + (guint) (colon + 1 - qname);
  else
    open->local = NO_LOCAL;
}

static const char *
open_local (HgXmlScanner *s)
{
  const Open *open = &s->open[s->depth - 1];

  return open->local == NO_LOCAL ? ":" : s->names + open->local;
}

static void
pop_element (HgXmlScanner *s)
{
  s->names_length = s->open[s->depth - 1].start;
  s->depth--;
  while (s->ns->len > 0 && g_array_index (s->ns, NsDecl, s->ns->len - 1).depth > s->depth)
    {
      g_string_truncate (s->ns_text, g_array_index (s->ns, NsDecl, s->ns->len - 1).offset);
      g_array_set_size (s->ns, s->ns->len - 1);
    }
  if (s->depth == 0)
    s->root_closed = TRUE;
}

/* A start tag at @pos: hands it on, and returns where it ends (0 when it
 * is cut short, and with s->status set when it is wrong). */
static gsize
take_start_tag (HgXmlScanner *s,
                const char   *buffer,
                gsize         pos,
                gsize         length)
{
  gsize next = 0;
  gboolean empty = FALSE;
  const char *local;
  int ret = parse_start_tag (s, buffer, pos, length, &next, &empty);
  HgXmlAttribute *attributes;
  guint n = 0;

  if (ret != TAG_DONE)
    return 0;
  if (s->root_closed)
    {
      fail_at (s, buffer, pos, _("there is more after the root element"));
      return 0;
    }
  if (s->depth >= MAX_DEPTH)
    {
      g_autofree char *problem = g_strdup_printf (_("elements nested more than %u deep"),
                                                  MAX_DEPTH);

      fail_at (s, buffer, pos, problem);
      return 0;
    }

  s->root_seen = TRUE;
  for (guint i = 0; i < s->new_ns->len; i++)
    {
      NsDecl decl = { s->depth + 1, s->ns_text->len };

      g_string_append (s->ns_text, s->scratch + g_array_index (s->new_ns, guint, i));
      g_string_append_c (s->ns_text, '\0');
      g_array_append_val (s->ns, decl);
    }
  push_element (s, s->scratch, s->name_length);

  attributes = s->attributes;
  for (guint i = 0; i < s->n_attrs; i++)
    {
      const char *name = s->scratch + s->attr_pos[i].name;

      if (name[0] == 'x' && (strcmp (name, "xmlns") == 0 || g_str_has_prefix (name, "xmlns:")))
        continue;
      attributes[n].name = name;
      attributes[n].value = s->scratch + s->attr_pos[i].value;
      attributes[n].value_length = s->attr_pos[i].value_length;
      n++;
    }

  end_text (s);
  local = open_local (s);
  s->funcs.start_element (s->user_data, local, attributes, n, empty);
  if (empty)
    {
      s->funcs.end_element (s->user_data, local, TRUE);
      pop_element (s);
    }
  return next;
}

static gsize
take_end_tag (HgXmlScanner *s,
              const char   *buffer,
              gsize         pos,
              gsize         length)
{
  const char *end = buffer + length;
  const char *p = buffer + pos + 2;
  const char *name_end = scan_name (p, end);
  const Open *top;

  if (name_end == NULL)
    return 0;
  if (name_end == p)
    {
      fail_at (s, buffer, pos, malformed_tag ());
      return 0;
    }
  if (s->depth == 0)
    {
      fail_at (s, buffer, pos, _("an end tag has no start tag"));
      return 0;
    }
  top = &s->open[s->depth - 1];
  if (top->length != (gsize) (name_end - p) || memcmp (s->names + top->start, p, top->length) != 0)
    {
      fail_at (s, buffer, pos, _("an end tag does not match the start tag before it"));
      return 0;
    }
  p = name_end;
  while (p < end && is_space (*p))
    p++;
  if (p == end)
    return 0;
  if (*p != '>')
    {
      fail_at (s, buffer, p - buffer, malformed_tag ());
      return 0;
    }
  end_text (s);
  s->funcs.end_element (s->user_data, open_local (s), FALSE);
  pop_element (s);
  return p + 1 - buffer;
}

/* Whether @buffer at @pos starts with @word, or could once more bytes
 * come (*cut). */
static gboolean
starts_with (const char *buffer,
             gsize       pos,
             gsize       length,
             const char *word,
             gboolean   *cut)
{
  gsize n = strlen (word);
  gsize avail = length - pos;

  *cut = FALSE;
  if (avail < n)
    {
      *cut = memcmp (buffer + pos, word, avail) == 0;
      return FALSE;
    }
  return memcmp (buffer + pos, word, n) == 0;
}

/* Takes the character at *@pos, checked: 1 with *@pos past it, 0 when
 * the end of @buffer cuts it, -1 when it is none XML allows. */
static int
take_char (HgXmlScanner *s,
           const char   *buffer,
           gsize        *pos,
           gsize         length,
           gboolean      final)
{
  int n = char_length ((const guchar *) buffer + *pos, length - *pos);

  if (n < 0 && !final)
    return 0;
  if (n <= 0)
    {
      fail_at (s, buffer, *pos, bad_character ());
      return -1;
    }
  *pos += n;
  return 1;
}

/* The body of a comment, a CDATA section or a processing instruction,
 * up to its end; the text of a CDATA section is handed on. Returns where
 * the scan stopped. */
static gsize
scan_body (HgXmlScanner *s,
           const char   *buffer,
           gsize         pos,
           gsize         length,
           gboolean      final)
{
  const char *closing = s->mode == MODE_COMMENT ? "-->" : s->mode == MODE_CDATA ? "]]>" : "?>";
  gsize closing_length = strlen (closing);
  gsize start = pos;

  while (pos < length)
    {
      guchar c = buffer[pos];
      int n;

      if (c == (guchar) closing[0])
        {
          if (length - pos < closing_length)
            {
              if (!final)
                break;
            }
          else if (memcmp (buffer + pos, closing, closing_length) == 0)
            {
              if (s->mode == MODE_CDATA)
                emit_text (s, buffer, buffer + start, pos - start);
              else
                end_text (s);
              if (s->mode == MODE_COMMENT && s->funcs.boundary != NULL)
                s->funcs.boundary (s->user_data);
              if (s->mode == MODE_PI && s->funcs.boundary != NULL)
                s->funcs.boundary (s->user_data);
              s->mode = MODE_CONTENT;
              return pos + closing_length;
            }
          else if (s->mode == MODE_COMMENT && buffer[pos + 1] == '-')
            {
              fail_at (s, buffer, pos, _("“--” inside a comment"));
              return pos;
            }
        }
      if (c >= 0x20 && c < 0x80)
        {
          pos++;
          continue;
        }
      if (c == '\r' && s->mode == MODE_CDATA)
        {
          if (pos + 1 == length && !final)
            break;
          emit_text (s, buffer, buffer + start, pos - start);
          emit_text (s, buffer, "\n", 1);
          pos += pos + 1 < length && buffer[pos + 1] == '\n' ? 2 : 1;
          start = pos;
          continue;
        }
      n = take_char (s, buffer, &pos, length, final);
      if (n == 0)
        break;
      if (n < 0)
        return pos;
    }
  if (s->mode == MODE_CDATA)
    emit_text (s, buffer, buffer + start, pos - start);
  return pos;
}

/* Character data inside the root element, up to the next "<". */
static gsize
scan_text (HgXmlScanner *s,
           const char   *buffer,
           gsize         pos,
           gsize         length,
           gboolean      final)
{
  gsize start = pos;

  while (pos < length)
    {
      guchar c = buffer[pos];
      int n;

      if (c >= 0x20 && c < 0x80 && c != '<' && c != '&' && c != ']')
        {
          pos++;
          continue;
        }
      if (c == '<')
        break;
      if (c == '\n' || c == '\t')
        {
          pos++;
          continue;
        }
      if (c == ']')
        {
          /* "]]>" may not stand in text. */
          if (pos + 2 >= length && !final && (pos + 1 == length || buffer[pos + 1] == ']'))
            break;
          if (pos + 2 < length && buffer[pos + 1] == ']' && buffer[pos + 2] == '>')
            {
              fail_at (s, buffer, pos, _("“]]>” in text"));
              return pos;
            }
          pos++;
          continue;
        }
      if (c == '&' || c == '\r')
        {
          char out[8] = "\n";

          n = c == '\r' ? (pos + 1 < length ? (buffer[pos + 1] == '\n' ? 2 : 1) : final ? 1 : -1)
                        : decode_reference (buffer + pos, length - pos, final, out);
          if (n < 0)
            break;
          if (n == 0)
            {
              fail_at (s, buffer, pos,
                       _("an unknown entity or a reference to a character XML does not allow"));
              return pos;
            }
          emit_text (s, buffer, buffer + start, pos - start);
          emit_text (s, buffer, out, strlen (out));
          pos += n;
          start = pos;
          continue;
        }
      n = take_char (s, buffer, &pos, length, final);
      if (n == 0)
        break;
      if (n < 0)
        return pos;
    }
  emit_text (s, buffer, buffer + start, pos - start);
  return pos;
}

/* Scans what it can of @buffer; returns how much it took: the rest is a
 * token cut by the end of @buffer, unless s->status says otherwise. */
static gsize
scan (HgXmlScanner *s,
      const char   *buffer,
      gsize         length,
      gboolean      final)
{
  gsize pos = 0;

  if (!s->bom_checked && length > 0)
    {
      gboolean cut;

      if (starts_with (buffer, 0, length, "\xEF\xBB\xBF", &cut))
        pos = 3;
      else if (cut && !final)
        return 0;
      s->bom_checked = TRUE;
    }

  while (pos < length && s->status == HG_XML_SCANNER_OK)
    {
      gsize next;
      gboolean cut;

      if (s->mode != MODE_CONTENT)
        {
          next = scan_body (s, buffer, pos, length, final);
          if (next == pos && s->mode != MODE_CONTENT)
            break;
          pos = next;
          continue;
        }

      if (buffer[pos] != '<')
        {
          if (s->depth > 0)
            {
              next = scan_text (s, buffer, pos, length, final);
              if (next == pos)
                break;
              pos = next;
              s->at_start = FALSE;
              continue;
            }
          /* Only white space around the root element. */
          if (!is_space (buffer[pos]))
            {
              fail_at (s, buffer, pos, _("there is text outside the root element"));
              break;
            }
          pos++;
          s->at_start = FALSE;
          continue;
        }

      if (pos + 1 == length)
        break;
      if (buffer[pos + 1] == '/')
        next = take_end_tag (s, buffer, pos, length);
      else if (buffer[pos + 1] == '!')
        {
          if (starts_with (buffer, pos, length, "<!--", &cut))
            {
              s->mode = MODE_COMMENT;
              next = pos + 4;
            }
          else if (!cut && s->depth > 0 && starts_with (buffer, pos, length, "<![CDATA[", &cut))
            {
              s->mode = MODE_CDATA;
              next = pos + 9;
            }
          else if (!cut && starts_with (buffer, pos, length, "<!DOCTYPE", &cut))
            {
              s->status = HG_XML_SCANNER_DOCTYPE;
              next = 0;
            }
          else
            {
              if (!cut)
                fail_at (s, buffer, pos, malformed_tag ());
              next = 0;
            }
        }
      else if (buffer[pos + 1] == '?')
        {
          const char *target = buffer + pos + 2;
          const char *target_end = scan_name (target, buffer + length);

          next = 0;
          if (target_end == target)
            fail_at (s, buffer, pos, malformed_tag ());
          else if (target_end != NULL)
            {
              /* The XML declaration is a processing instruction of its
               * own, at the very start; the reader has checked its
               * encoding. */
              if (target_end - target == 3 && g_ascii_strncasecmp (target, "xml", 3) == 0
                  && !(s->at_start && is_space (*target_end) && memcmp (target, "xml", 3) == 0))
                fail_at (s, buffer, pos, _("an XML declaration that is not at the start"));
              else
                {
                  s->mode = MODE_PI;
                  next = target_end - buffer;
                }
            }
        }
      else
        next = take_start_tag (s, buffer, pos, length);

      if (next == 0)
        break;
      pos = next;
      s->at_start = FALSE;
    }

  if (final && pos < length && s->status == HG_XML_SCANNER_OK)
    fail_at (s, buffer, pos, _("the part ends in the middle of a tag"));
  if (s->status == HG_XML_SCANNER_OK)
    s->lines += count_lines (buffer, pos);
  return pos;
}

static HgXmlScannerStatus
check_carry (HgXmlScanner *s)
{
  if (s->carry->len > MAX_TOKEN && s->status == HG_XML_SCANNER_OK)
    {
      g_autofree char *problem = g_strdup_printf (_("a tag longer than %u bytes"), MAX_TOKEN);

      fail_at (s, s->carry->str, 0, problem);
    }
  return s->status;
}

HgXmlScannerStatus
hg_xml_scanner_feed (HgXmlScanner *s,
                     const char   *data,
                     gsize         length)
{
  gsize pos = 0;

  /* An empty block may come with no buffer at all (libarchive at the end
   * of an entry); nothing to scan, and NULL + 0 is undefined (UBSan). */
  if (length == 0)
    return s->status;

  /* A token cut at the end of the last block is completed from this one,
   * a few kilobytes at a time, then the scan goes on in place. */
  while (s->carry->len > 0 && s->status == HG_XML_SCANNER_OK)
    {
      gsize old = s->carry->len;
      gsize step = MIN (length - pos, MAX (4096, old));
      gsize taken;

      if (step == 0)
        return s->status;
      g_string_append_len (s->carry, data + pos, step);
      pos += step;
      taken = scan (s, s->carry->str, s->carry->len, FALSE);
      if (s->status != HG_XML_SCANNER_OK)
        return s->status;
      if (taken >= old)
        {
          pos -= s->carry->len - taken;
          g_string_truncate (s->carry, 0);
        }
      else
        {
          g_string_erase (s->carry, 0, taken);
          if (check_carry (s) != HG_XML_SCANNER_OK)
            return s->status;
        }
    }
  if (s->status != HG_XML_SCANNER_OK)
    return s->status;

  pos += scan (s, data + pos, length - pos, FALSE);
  if (s->status != HG_XML_SCANNER_OK)
    return s->status;
  g_string_append_len (s->carry, data + pos, length - pos);
  return check_carry (s);
}

HgXmlScannerStatus
hg_xml_scanner_finish (HgXmlScanner *s)
{
  if (s->status != HG_XML_SCANNER_OK)
    return s->status;
  if (s->carry->len > 0)
    {
      scan (s, s->carry->str, s->carry->len, TRUE);
      if (s->status != HG_XML_SCANNER_OK)
        return s->status;
      g_string_truncate (s->carry, 0);
    }
  if (s->mode != MODE_CONTENT || s->depth > 0)
    fail_at (s, "", 0, _("the part ends before its elements do"));
  else if (!s->root_seen)
    fail_at (s, "", 0, _("the part has no root element"));
  return s->status;
}
