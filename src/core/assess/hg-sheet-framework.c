/* hg-sheet-framework.c
 *
 * The sheet's text goes into framework XML and is read back through the
 * framework loader, like any framework file: whatever the sheet holds
 * (markup, control characters, a reference that is no id) either comes
 * out escaped or is reported by row, never as broken XML in the workbook.
 * The scale is the sheet's own drop-down list, so that write-back puts
 * back the very words the customer's intake expects.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-sheet-framework"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hg-assessment.h"
#include "hg-sheet-framework.h"
#include "hg-sheet-reader.h"
#include "hg-text.h"

#define MAX_REF_CHARS   50
#define MAX_TITLE_CHARS 200
#define MAX_VALUE_CHARS 20

static void
problem_free (HgSheetProblem *problem)
{
  g_free (problem->message);
  g_free (problem);
}

static void
item_free (HgSheetItem *item)
{
  g_free (item->ref);
  g_free (item->answer_cell);
  g_free (item->note_cell);
  g_free (item->value);
  g_free (item->note);
  g_free (item);
}

void
hg_sheet_conversion_free (HgSheetConversion *conversion)
{
  if (conversion == NULL)
    return;
  g_free (conversion->id);
  g_free (conversion->xml);
  g_clear_pointer (&conversion->framework, hg_framework_free);
  g_ptr_array_unref (conversion->items);
  g_ptr_array_unref (conversion->problems);
  g_free (conversion);
}

typedef struct
{
  HgSheetLayout     *layout;
  const char        *source;
  HgSheetConversion *out;
  /* The scale: value, status name, label; parallel arrays. */
  GPtrArray         *values;
  GPtrArray         *statuses;
  GPtrArray         *labels;
} Convert;

static void G_GNUC_PRINTF (5, 6)
add_problem (Convert    *cv,
             guint       row,
             int         column,
             gboolean    blocking,
             const char *format,
             ...)
{
  HgSheetProblem *problem = g_new0 (HgSheetProblem, 1);
  g_autofree char *what = NULL;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);
  problem->row = row;
  problem->blocking = blocking;
  if (column >= 0)
    {
      g_autofree char *letter = hg_sheet_column_letter (column);

      /* Translators: file, sheet, row, column, then what is wrong there */
      problem->message = g_strdup_printf (_("%s, sheet “%s”, row %u, column %s: %s"), cv->source,
                                          cv->layout->sheet->name, row, letter, what);
    }
  else
    /* Translators: file, sheet, then what is wrong there */
    problem->message = g_strdup_printf (_("%s, sheet “%s”: %s"), cv->source,
                                        cv->layout->sheet->name, what);
  if (blocking)
    cv->out->n_blocking++;
  g_ptr_array_add (cv->out->problems, problem);
}

/* Only what XML 1.0 can carry: a sheet may hold any control character. */
static char *
clean_text (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\r')
        continue;
      if ((c < 0x20 && c != '\n' && c != '\t') || c == 0xFFFE || c == 0xFFFF)
        continue;
      g_string_append_unichar (out, c);
    }
  return g_strstrip (g_string_free (out, FALSE));
}

static void
append_escaped (GString    *xml,
                const char *text)
{
  g_autofree char *clean = clean_text (text);
  g_autofree char *escaped = g_markup_escape_text (clean, -1);

  g_string_append (xml, escaped);
}

static const char *
cell (HgSheetLayout *layout,
      guint          row,
      HgSheetRole    role)
{
  HgTable *table = layout->sheet->table;
  int column = layout->columns[role];

  if (column < 0 || (guint) column >= hg_table_get_row_length (table, row))
    return "";
  return hg_table_get_cell (table, row, column);
}

/* What an option of the drop-down or an answer means, by its words. The
 * order matters: 一部達成 is partly, 未達成 and 実施していない are not. */
static const char *
status_of (const char *text)
{
  static const struct { const char *status; const char *words[8]; } statuses[] = {
    { "na", { "該当しない", "該当なし", "対象外", "非該当", "n/a", "-", "ー", NULL } },
    { "unknown", { "わからない", "不明", NULL } },
    { "partly", { "△", "一部", "partly", NULL } },
    { "not", { "×", "未", "ない", "not", "no", "x", NULL } },
    { "met", { "○", "◯", "実施", "達成", "済", "yes", "met", NULL } },
  };
  g_autofree char *folded = hg_text_fold (text);

  g_strstrip (folded);
  if (folded[0] == '\0')
    return NULL;
  for (guint s = 0; s < G_N_ELEMENTS (statuses); s++)
    for (guint w = 0; statuses[s].words[w] != NULL; w++)
      {
        const char *word = statuses[s].words[w];

        if ((guchar) word[0] < 0x80 && g_ascii_isalpha (word[0])
            ? strcmp (folded, word) == 0 : strstr (folded, word) != NULL)
          return statuses[s].status;
      }
  return NULL;
}

static void
add_answer (Convert    *cv,
            const char *status,
            const char *label)
{
  g_autofree char *value = g_strdup (status);

  for (guint n = 2; ; n++)
    {
      gboolean taken = FALSE;

      for (guint i = 0; i < cv->values->len && !taken; i++)
        taken = g_str_equal (g_ptr_array_index (cv->values, i), value);
      if (!taken)
        break;
      g_free (value);
      value = g_strdup_printf ("%s%u", status, n);
    }
  g_ptr_array_add (cv->values, g_steal_pointer (&value));
  g_ptr_array_add (cv->statuses, g_strdup (status));
  g_ptr_array_add (cv->labels, clean_text (label));
}

static void
build_scale (Convert *cv,
             guint    first_row)
{
  HgSheetLayout *layout = cv->layout;
  const char * const *options = NULL;

  if (layout->columns[HG_SHEET_ROLE_ANSWER] >= 0)
    options = hg_xlsx_book_sheet_get_options (layout->sheet, layout->columns[HG_SHEET_ROLE_ANSWER],
                                              first_row);
  for (guint i = 0; options != NULL && options[i] != NULL; i++)
    {
      const char *status = status_of (options[i]);

      if (status == NULL)
        add_problem (cv, first_row, layout->columns[HG_SHEET_ROLE_ANSWER], FALSE,
                     _("the answer “%s” of the drop-down list is neither met, partly met, not "
                       "met nor not applicable; it is left out"), options[i]);
      else
        add_answer (cv, status, options[i]);
    }
  cv->out->scale_from_sheet = cv->values->len > 0;
  if (cv->values->len == 0)
    {
      /* The marks such sheets use, so that write-back fills in the same. */
      add_answer (cv, "met", "○");
      add_answer (cv, "partly", "△");
      add_answer (cv, "not", "×");
      add_answer (cv, "na", "－");
    }
}

/* The answer in the sheet as a value of the scale: its label as written,
 * else the first answer of the same meaning. */
static const char *
parse_answer (Convert    *cv,
              const char *text)
{
  g_autofree char *clean = clean_text (text);
  const char *status;

  for (guint i = 0; i < cv->labels->len; i++)
    if (g_str_equal (g_ptr_array_index (cv->labels, i), clean))
      return g_ptr_array_index (cv->values, i);
  status = status_of (clean);
  for (guint i = 0; status != NULL && i < cv->statuses->len; i++)
    if (g_str_equal (g_ptr_array_index (cv->statuses, i), status))
      return g_ptr_array_index (cv->values, i);
  return NULL;
}

static gboolean
is_reference (const char *ref)
{
  if (!g_ascii_isalnum (ref[0]) || strlen (ref) > MAX_REF_CHARS)
    return FALSE;
  for (const char *p = ref; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '.' && *p != '_' && *p != '-')
      return FALSE;
  return TRUE;
}

/* "13", "No.13", "１３" → "13". */
static char *
normalize_ref (const char *text)
{
  g_autofree char *nfkc = g_utf8_normalize (text, -1, G_NORMALIZE_NFKC);
  char *ref = g_strstrip (g_strdup (nfkc ? nfkc : ""));
  gsize length;

  if (g_ascii_strncasecmp (ref, "no.", 3) == 0)
    memmove (ref, ref + 3, strlen (ref + 3) + 1);
  else if (g_ascii_strncasecmp (ref, "no", 2) == 0 && g_ascii_isdigit (ref[2]))
    memmove (ref, ref + 2, strlen (ref + 2) + 1);
  g_strstrip (ref);
  length = strlen (ref);
  if (length > 1 && ref[length - 1] == '.')
    ref[length - 1] = '\0';
  return ref;
}

/* Lv1, レベル1, Level 1, L1, 1 → L1; ★3 → star3. NULL when unknown. */
static char *
parse_level (const char *text,
             gboolean    star)
{
  g_autofree char *folded = hg_text_fold (text);
  GString *digits = g_string_new (NULL);
  guint n_stars = 0;
  guint level;

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_ascii_isdigit (c))
        g_string_append_c (digits, (char) c);
      else if (c == 0x2605 /* ★ */)
        n_stars++;
    }
  level = digits->len == 1 ? (guint) (digits->str[0] - '0') : n_stars;
  g_string_free (digits, TRUE);
  if (star)
    return level == 3 || level == 4 ? g_strdup_printf ("star%u", level) : NULL;
  return level >= 1 && level <= 3 ? g_strdup_printf ("L%u", level) : NULL;
}

/* "JAMA No.9, No.10" → "jama:9 jama:10": the JAMA items a METI criterion
 * cites, as the suggestions look them up. */
static char *
parse_cites (const char *text)
{
  g_autofree char *nfkc = g_utf8_normalize (text, -1, G_NORMALIZE_NFKC);
  GString *tags = g_string_new (NULL);
  const char *p = nfkc ? nfkc : "";

  while (*p != '\0')
    {
      if (g_ascii_isdigit (*p))
        {
          const char *start = p;

          while (g_ascii_isdigit (*p))
            p++;
          if (p - start <= 4)
            g_string_append_printf (tags, "%sjama:%.*s", tags->len ? " " : "", (int) (p - start), start);
        }
      else
        p++;
    }
  return g_string_free (tags, FALSE);
}

typedef struct
{
  char      *title;
  GString   *items;   /* the <item> elements */
} Section;

static void
section_free (Section *section)
{
  g_free (section->title);
  g_string_free (section->items, TRUE);
  g_free (section);
}

static char *
section_title (Convert *cv,
               guint    row)
{
  GString *title = g_string_new (NULL);

  for (guint r = HG_SHEET_ROLE_CATEGORY1; r <= HG_SHEET_ROLE_CATEGORY3; r++)
    {
      g_autofree char *value = clean_text (cell (cv->layout, row, r));
      gboolean ascii_id = title->len > 0 && is_reference (title->str);

      if (value[0] == '\0')
        continue;
      if (title->len > 0)
        /* "1-2-1 セキュリティ推進活動部門", "方針 / 基本方針" */
        g_string_append (title, ascii_id ? " " : " / ");
      g_string_append (title, value);
    }
  return g_string_free (title, FALSE);
}

static char *
framework_title (HgSheetLayout *layout,
                 const char    *source)
{
  HgTable *table = layout->sheet->table;

  for (guint r = 0; r < hg_table_get_n_rows (table); r++)
    {
      if (hg_table_get_source_line (table, r) >= layout->header_row)
        break;
      for (guint c = 0; c < hg_table_get_row_length (table, r); c++)
        {
          g_autofree char *text = clean_text (hg_table_get_cell (table, r, c));

          if (text[0] != '\0')
            {
              if (g_utf8_strlen (text, -1) > MAX_TITLE_CHARS)
                g_utf8_offset_to_pointer (text, MAX_TITLE_CHARS)[0] = '\0';
              return g_steal_pointer (&text);
            }
        }
    }
  return g_strdup (source);
}

static gboolean
is_framework_id (const char *id)
{
  if (id == NULL || !g_ascii_islower (id[0]) || strlen (id) > 100)
    return FALSE;
  for (const char *p = id; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
      return FALSE;
  return TRUE;
}

static void
convert_row (Convert    *cv,
             guint       index,
             GHashTable *seen,
             GPtrArray  *sections,
             GHashTable *by_title,
             GHashTable *levels)
{
  HgSheetLayout *layout = cv->layout;
  guint row = hg_table_get_source_line (layout->sheet->table, index);
  const int *col = layout->columns;
  g_autofree char *ref = normalize_ref (cell (layout, index, HG_SHEET_ROLE_REF));
  g_autofree char *text = clean_text (cell (layout, index, HG_SHEET_ROLE_TEXT));
  g_autofree char *condition = clean_text (cell (layout, index, HG_SHEET_ROLE_CONDITION));
  g_autofree char *level = NULL;
  g_autofree char *title = NULL;
  g_autofree char *letter = NULL;
  const char *answer_text = cell (layout, index, HG_SHEET_ROLE_ANSWER);
  const char *note_text = cell (layout, index, HG_SHEET_ROLE_NOTE);
  HgSheetItem *item;
  Section *section;
  guint first;

  if (ref[0] == '\0' && text[0] == '\0')
    return;  /* a blank line, a total, a footnote */
  if (ref[0] == '\0')
    {
      add_problem (cv, row, col[HG_SHEET_ROLE_REF], TRUE, _("the item has no reference"));
      return;
    }
  if (!is_reference (ref))
    {
      add_problem (cv, row, col[HG_SHEET_ROLE_REF], TRUE,
                   _("the reference “%s” is not one: use letters, digits, “.”, “-” or “_”, at "
                     "most %u characters"), ref, MAX_REF_CHARS);
      return;
    }
  if ((first = GPOINTER_TO_UINT (g_hash_table_lookup (seen, ref))) != 0)
    {
      add_problem (cv, row, col[HG_SHEET_ROLE_REF], TRUE,
                   _("the reference “%s” is already in row %u"), ref, first);
      return;
    }
  g_hash_table_insert (seen, g_strdup (ref), GUINT_TO_POINTER (row));
  if (text[0] == '\0')
    add_problem (cv, row, col[HG_SHEET_ROLE_TEXT], TRUE, _("the item “%s” has no text"), ref);

  if (col[HG_SHEET_ROLE_STAR] >= 0 || col[HG_SHEET_ROLE_LEVEL] >= 0)
    {
      HgSheetRole role = col[HG_SHEET_ROLE_STAR] >= 0 ? HG_SHEET_ROLE_STAR : HG_SHEET_ROLE_LEVEL;
      const char *value = cell (layout, index, role);

      level = parse_level (value, role == HG_SHEET_ROLE_STAR);
      if (level == NULL)
        add_problem (cv, row, col[role], TRUE,
                     role == HG_SHEET_ROLE_STAR
                     ? _("the level “%s” is not one: write ★3 or ★4")
                     : _("the level “%s” is not one: write Lv1, Lv2 or Lv3"), value);
    }
  else
    level = g_strdup ("all");
  if (level != NULL)
    g_hash_table_add (levels, g_strdup (level));

  title = section_title (cv, index);
  if (title[0] == '\0')
    {
      g_free (title);
      title = g_strdup (layout->sheet->name);
    }
  section = g_hash_table_lookup (by_title, title);
  if (section == NULL)
    {
      section = g_new0 (Section, 1);
      section->title = g_strdup (title);
      section->items = g_string_new (NULL);
      g_ptr_array_add (sections, section);
      g_hash_table_insert (by_title, section->title, section);
    }
  g_string_append_printf (section->items, "<item ref=\"%s\"", ref);
  if (level != NULL)
    g_string_append_printf (section->items, " level=\"%s\"", level);
  if (layout->meti && col[HG_SHEET_ROLE_CITES] >= 0)
    {
      g_autofree char *tags = parse_cites (cell (layout, index, HG_SHEET_ROLE_CITES));

      if (tags[0] != '\0')
        g_string_append_printf (section->items, " tags=\"%s\"", tags);
    }
  g_string_append (section->items, "><text>");
  append_escaped (section->items, text[0] != '\0' ? text : ref);
  if (condition[0] != '\0')
    {
      g_string_append_c (section->items, '\n');
      append_escaped (section->items, condition);
    }
  g_string_append (section->items, "</text></item>\n");

  item = g_new0 (HgSheetItem, 1);
  item->ref = g_strdup (ref);
  item->row = row;
  letter = hg_sheet_column_letter (col[HG_SHEET_ROLE_ANSWER]);
  item->answer_cell = g_strdup_printf ("%s%u", letter, row);
  if (col[HG_SHEET_ROLE_NOTE] >= 0)
    {
      g_autofree char *note_letter = hg_sheet_column_letter (col[HG_SHEET_ROLE_NOTE]);

      item->note_cell = g_strdup_printf ("%s%u", note_letter, row);
    }
  else
    item->note_cell = g_strdup ("");
  if (answer_text[0] != '\0')
    {
      const char *value = parse_answer (cv, answer_text);

      if (value == NULL)
        add_problem (cv, row, col[HG_SHEET_ROLE_ANSWER], FALSE,
                     _("the answer “%s” is not on the scale; the item is left unanswered"),
                     answer_text);
      item->value = g_strdup (value);
    }
  if (item->value != NULL && note_text[0] != '\0')
    {
      g_autofree char *note = clean_text (note_text);

      if (g_utf8_strlen (note, -1) > HG_ASSESSMENT_NOTE_MAX)
        add_problem (cv, row, col[HG_SHEET_ROLE_NOTE], FALSE,
                     _("the note is longer than %u characters; it is left out"),
                     HG_ASSESSMENT_NOTE_MAX);
      else
        item->note = g_steal_pointer (&note);
    }
  g_ptr_array_add (cv->out->items, item);
}

static void
append_scale_and_scoring (Convert    *cv,
                          GString    *xml,
                          GHashTable *levels)
{
  static const char * const order[] = { "L1", "L2", "L3", "star3", "star4", "all" };
  static const struct { const char *status; int score; } scores[] = {
    { "met", 2 }, { "partly", 1 }, { "not", 0 }, { "na", 0 }, { "unknown", 0 },
  };

  g_string_append (xml, "<scale>\n");
  for (guint i = 0; i < cv->values->len; i++)
    {
      const char *status = g_ptr_array_index (cv->statuses, i);
      int score = 0;

      for (guint s = 0; s < G_N_ELEMENTS (scores); s++)
        if (g_str_equal (scores[s].status, status))
          score = scores[s].score;
      g_string_append_printf (xml, "<answer value=\"%s\" score=\"%d\" status=\"%s\"><label>",
                              (char *) g_ptr_array_index (cv->values, i), score, status);
      append_escaped (xml, g_ptr_array_index (cv->labels, i));
      g_string_append (xml, "</label></answer>\n");
    }
  g_string_append (xml, "</scale>\n<scoring kind=\"rates\">");
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    if (g_hash_table_contains (levels, order[i]))
      g_string_append_printf (xml, "<level id=\"%s\"/>", order[i]);
  if (g_hash_table_size (levels) == 0)
    g_string_append (xml, "<level id=\"all\"/>");
  g_string_append (xml, "</scoring>\n");
}

HgSheetConversion *
hg_sheet_framework_convert (HgSheetLayout  *layout,
                            const char     *source_name,
                            const char     *id,
                            const char     *date,
                            GError        **error)
{
  g_autoptr(HgSheetConversion) out = g_new0 (HgSheetConversion, 1);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) by_title = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) levels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) sections = g_ptr_array_new_with_free_func ((GDestroyNotify) section_free);
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) statuses = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *title = NULL;
  HgTable *table = layout->sheet->table;
  Convert cv = { layout, source_name, out, values, statuses, labels };
  guint first_data = 0;
  GString *xml;

  out->items = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);
  out->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) problem_free);
  hg_sheet_layout_check (layout);
  if (layout->header_row == 0 || layout->columns[HG_SHEET_ROLE_REF] < 0
      || layout->columns[HG_SHEET_ROLE_TEXT] < 0 || layout->columns[HG_SHEET_ROLE_ANSWER] < 0)
    {
      g_set_error (error, HG_IMPORT_ERROR, HG_IMPORT_ERROR_MISSING_COLUMN, "%s: %s", source_name,
                   layout->unsure_reason);
      return NULL;
    }
  out->id = g_strdup (id != NULL ? id : layout->meti ? HG_SHEET_ID_METI : HG_SHEET_ID_JAMA);
  if (g_strv_contains (hg_framework_builtin_ids (), out->id))
    {
      g_set_error (error, HG_IMPORT_ERROR, HG_IMPORT_ERROR_PROBLEMS,
                   _("“%s” is a built-in framework; give the check sheet another id"), out->id);
      return NULL;
    }
  if (!is_framework_id (out->id))
    {
      g_set_error (error, HG_IMPORT_ERROR, HG_IMPORT_ERROR_PROBLEMS,
                   _("“%s” cannot be a framework id: use lower-case letters, digits and “-”, "
                     "starting with a letter"), out->id);
      return NULL;
    }

  for (guint r = 0; r < hg_table_get_n_rows (table); r++)
    if (hg_table_get_source_line (table, r) >= layout->header_row + layout->header_rows)
      {
        first_data = hg_table_get_source_line (table, r);
        break;
      }
  build_scale (&cv, first_data ? first_data : layout->header_row + layout->header_rows);
  for (guint r = 0; r < hg_table_get_n_rows (table); r++)
    if (hg_table_get_source_line (table, r) >= layout->header_row + layout->header_rows)
      convert_row (&cv, r, seen, sections, by_title, levels);
  if (out->items->len == 0 && out->n_blocking == 0)
    add_problem (&cv, 0, -1, TRUE, _("there are no items below the header"));

  title = framework_title (layout, source_name);
  xml = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  g_string_append_printf (xml, "<framework id=\"%s\" version=\"%s\" xml:lang=\"ja\">\n<title>",
                          out->id, date);
  append_escaped (xml, title);
  g_string_append (xml, "</title>\n<publisher>");
  append_escaped (xml, source_name);
  g_string_append (xml, "</publisher>\n");
  append_scale_and_scoring (&cv, xml, levels);
  for (guint s = 0; s < sections->len; s++)
    {
      Section *section = g_ptr_array_index (sections, s);

      g_string_append_printf (xml, "<section id=\"s%u\"><title>", s + 1);
      append_escaped (xml, section->title);
      g_string_append_printf (xml, "</title>\n%s</section>\n", section->items->str);
    }
  g_string_append (xml, "</framework>\n");
  out->xml = g_string_free (xml, FALSE);

  if (out->n_blocking == 0)
    {
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(GError) local = NULL;

      out->framework = hg_framework_load_memory (out->xml, strlen (out->xml), source_name, NULL,
                                                 &problems, &local);
      if (out->framework == NULL)
        {
          /* Our XML is checked like any file; this names what slipped. */
          for (guint i = 0; problems != NULL && i < problems->len; i++)
            add_problem (&cv, 0, -1, TRUE, "%s", (char *) g_ptr_array_index (problems, i));
          if (problems == NULL || problems->len == 0)
            add_problem (&cv, 0, -1, TRUE, "%s", local->message);
        }
    }
  return g_steal_pointer (&out);
}

GHashTable *
hg_sheet_conversion_count_levels (HgSheetConversion *conversion)
{
  GHashTable *counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (conversion->framework == NULL)
    return counts;
  for (guint i = 0; i < conversion->items->len; i++)
    {
      HgSheetItem *item = g_ptr_array_index (conversion->items, i);
      HgFrameworkItem *fi = hg_framework_find_item (conversion->framework, item->ref);
      const char *level = fi != NULL && fi->level != NULL ? fi->level : "";

      g_hash_table_insert (counts, g_strdup (level),
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, level)) + 1));
    }
  return counts;
}

guint
hg_sheet_conversion_count_answers (HgSheetConversion *conversion)
{
  guint n = 0;

  for (guint i = 0; i < conversion->items->len; i++)
    n += ((HgSheetItem *) g_ptr_array_index (conversion->items, i))->value != NULL;
  return n;
}
