/* hg-pack-context.c
 *
 * Documents are Japanese company documents whatever language the interface
 * speaks, so role names and yes/no come from fixed Japanese words here, not
 * from the translation catalogue.
 *
 * Values are inserted into the text once and never read again as template
 * text: a company called 「{株}<&>」 appears exactly so.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-pack-context"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hg-asset-store.h"
#include "hg-company.h"
#include "hg-contact.h"
#include "hg-date.h"
#include "hg-db.h"
#include "hg-department.h"
#include "hg-org-role.h"
#include "hg-pack-context.h"
#include "hg-person.h"
#include "hg-role-vacancy.h"
#include "hg-text.h"

/* Who holds a role nobody was given yet. */
#define UNDECIDED "（未定）"

/* The question whose answer is the day the documents are adopted (制定日):
 * every cover dates the enactment from it, not from the day an approval
 * was recorded. A pack without it dates covers by the first approval. */
#define ENACTED_ON_QUESTION "adopted_on"

struct _HgPackContext
{
  HgPack     *pack;     /* borrowed */
  GHashTable *values;   /* name → text */
  GHashTable *reworded; /* rule id → the company's wording */
  GHashTable *digests;  /* rule id → digest of the template text reworded */
  GHashTable *excluded; /* rule id → reason */
  GHashTable *added;    /* rule id → GPtrArray of texts to add after it */
  GHashTable *added_ids; /* rule id → GArray of their gint64 row ids, in step */
  GPtrArray  *contacts; /* of HgContact: the rows of each="contact" */
  GHashTable *missing;  /* names whose value stands in for something the
                         * company has not given yet (「（未定）」, no 制定日) */
};

char *
hg_pack_rule_digest (const HgBlock *rule)
{
  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, rule->text ? rule->text : "", -1);
}

static const struct { const char *key; const char *name; } role_names[] = {
  { "ciso", "情報セキュリティ責任者" },
  { "department_head", "部門責任者" },
  { "system_admin", "システム管理者" },
  { "education", "教育責任者" },
  { "auditor", "監査担当者" },
  { "incident_contact", "事故発生時の連絡窓口" },
  { "management", "経営者" },
  { "employees", "従業員" },
};

static const char *
role_name (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (role_names); i++)
    if (g_strcmp0 (key, role_names[i].key) == 0)
      return role_names[i].name;
  return key;
}

HgPackContext *
hg_pack_context_new (HgPack *pack)
{
  HgPackContext *context = g_new0 (HgPackContext, 1);

  context->pack = pack;
  context->values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  context->reworded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  context->digests = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  context->excluded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  context->added = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                          (GDestroyNotify) g_ptr_array_unref);
  context->added_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                              (GDestroyNotify) g_array_unref);
  context->contacts = g_ptr_array_new_with_free_func ((GDestroyNotify) hg_contact_free);
  context->missing = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (role_names); i++)
    {
      g_autofree char *key = g_strconcat ("role.", role_names[i].key, NULL);
      hg_pack_context_set (context, key, role_names[i].name);
    }
  hg_pack_context_set (context, "org.ciso_is_representative", "false");
  /* org.ROLE_vacant: the company recorded that it does not fill ROLE (a very
   * small company without an auditor, say), so the rules give that role's
   * duties to someone else instead of naming a holder nobody is. */
  for (guint r = 0; r < HG_ORG_N_ROLES; r++)
    {
      g_autofree char *key = g_strconcat ("org.", hg_org_role_key (r), "_vacant", NULL);
      hg_pack_context_set (context, key, "false");
    }
  hg_pack_context_set (context, "label.3", "極秘");
  hg_pack_context_set (context, "label.2", "社外秘");
  hg_pack_context_set (context, "label.1", "公開");

  /* Every question starts at its default. */
  for (guint s = 0; s < hg_pack_get_steps (pack)->len; s++)
    {
      HgStep *step = g_ptr_array_index (hg_pack_get_steps (pack), s);

      for (guint q = 0; q < step->questions->len; q++)
        {
          HgQuestion *question = g_ptr_array_index (step->questions, q);
          hg_pack_context_set (context, question->id, question->default_value);
        }
    }
  return context;
}

void
hg_pack_context_free (HgPackContext *context)
{
  if (context == NULL)
    return;
  g_hash_table_unref (context->values);
  g_hash_table_unref (context->reworded);
  g_hash_table_unref (context->digests);
  g_hash_table_unref (context->excluded);
  g_hash_table_unref (context->added);
  g_hash_table_unref (context->added_ids);
  g_ptr_array_unref (context->contacts);
  g_hash_table_unref (context->missing);
  g_free (context);
}

void
hg_pack_context_set (HgPackContext *context,
                     const char    *name,
                     const char    *value)
{
  /* A value given is no longer a stand-in. */
  g_hash_table_remove (context->missing, name);
  g_hash_table_insert (context->values, g_strdup (name), g_strdup (value ? value : ""));
}

HgPackContext *
hg_pack_context_new_for_workbook (HgPack     *pack,
                                  HgWorkbook *workbook)
{
  HgPackContext *context = hg_pack_context_new (pack);
  sqlite3 *db = hg_workbook_get_db (workbook);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  /* A document is printed and signed before every field is filled in: an
   * empty title reads as the generic 代表者 and an empty name as （未定）,
   * never as a sentence with a hole in it (「…は、が任命する。」). */
  for (guint f = 0; f < HG_COMPANY_N_FIELDS; f++)
    {
      g_autofree char *key = g_strconcat ("company.", hg_company_field_key (f), NULL);
      g_autofree char *value = hg_company_get (workbook, f);

      if (value[0] == '\0' && f == HG_COMPANY_FIELD_REPRESENTATIVE_TITLE)
        hg_text_set (&value, "代表者");
      else if (value[0] == '\0' && f == HG_COMPANY_FIELD_REPRESENTATIVE_NAME)
        {
          hg_pack_context_set (context, key, UNDECIDED);
          g_hash_table_add (context->missing, g_strdup (key));
          continue;
        }
      hg_pack_context_set (context, key, value);
    }

  for (guint r = 0; r < HG_ORG_N_ROLES; r++)
    {
      g_autofree char *key = g_strconcat ("person.", hg_org_role_key (r), NULL);
      g_autofree char *phone_key = NULL;
      g_autofree char *vacancy = NULL;
      g_autoptr(HgPerson) person = NULL;
      gint64 id = hg_org_role_get_holder (workbook, r, 0);

      if (r == HG_ORG_ROLE_DEPARTMENT_HEAD)
        continue;
      person = id > 0 ? hg_person_get (workbook, id) : NULL;
      phone_key = g_strconcat ("phone.", hg_org_role_key (r), NULL);
      hg_pack_context_set (context, phone_key, person ? person->phone : "");
      if (person != NULL)
        {
          hg_pack_context_set (context, key, person->name);
          continue;
        }
      /* A role left unfilled on purpose says so, and why; one nobody
       * decided on is a gap an approval asks about. */
      vacancy = hg_role_vacancy_get (workbook, r);
      if (vacancy != NULL)
        {
          g_autofree char *text = g_strdup_printf ("置かない（%s）", vacancy);
          g_autofree char *vacant_key = g_strconcat ("org.", hg_org_role_key (r), "_vacant", NULL);

          hg_pack_context_set (context, key, text);
          hg_pack_context_set (context, vacant_key, "true");
        }
      else
        {
          hg_pack_context_set (context, key, UNDECIDED);
          g_hash_table_add (context->missing, g_strdup (key));
        }
    }
  g_ptr_array_extend_and_steal (context->contacts, hg_contact_list (workbook));

  /* The forms print the departments for the writer to circle one, so
   * nobody has to spell a department's name by hand. */
  {
    g_autoptr(GPtrArray) departments = hg_department_list (workbook);
    g_autoptr(GString) names = g_string_new (NULL);

    for (guint d = 0; d < departments->len; d++)
      g_string_append_printf (names, "%s%s", d ? "・" : "",
                              ((HgDepartment *) g_ptr_array_index (departments, d))->name);
    hg_pack_context_set (context, "company.departments", names->str);
  }

  /* A representative who is also the security officer would approve their
   * own plans and report to themselves: the rules say "decides and
   * records" instead. */
  {
    gint64 ciso = hg_org_role_get_holder (workbook, HG_ORG_ROLE_CISO, 0);

    hg_pack_context_set (context, "org.ciso_is_representative",
                         ciso > 0 && ciso == hg_person_get_representative (workbook)
                         ? "true" : "false");
  }

  for (guint level = 1; level <= 3; level++)
    {
      g_autofree char *key = g_strdup_printf ("label.%u", level);
      g_autofree char *label = hg_asset_store_get_label (workbook, level);
      hg_pack_context_set (context, key, label);
    }

  g_clear_pointer (&stmt, sqlite3_finalize);
  stmt = hg_db_prepare (db, "SELECT rule, kind, text, reason, template_digest, id "
                            "FROM policy_override WHERE pack = ?1 ORDER BY id", NULL);
  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, hg_pack_get_id (pack), -1, SQLITE_STATIC);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          const char *rule = (const char *) sqlite3_column_text (stmt, 0);
          const char *kind = (const char *) sqlite3_column_text (stmt, 1);

          if (g_str_equal (kind, "reword"))
            {
              g_hash_table_insert (context->reworded, g_strdup (rule), hg_db_column_dup (stmt, 2));
              g_hash_table_insert (context->digests, g_strdup (rule), hg_db_column_dup (stmt, 4));
            }
          else if (g_str_equal (kind, "exclude"))
            g_hash_table_insert (context->excluded, g_strdup (rule), hg_db_column_dup (stmt, 3));
          else
            {
              GPtrArray *texts = g_hash_table_lookup (context->added, rule);
              GArray *ids = g_hash_table_lookup (context->added_ids, rule);
              gint64 id = sqlite3_column_int64 (stmt, 5);

              if (texts == NULL)
                {
                  texts = g_ptr_array_new_with_free_func (g_free);
                  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
                  g_hash_table_insert (context->added, g_strdup (rule), texts);
                  g_hash_table_insert (context->added_ids, g_strdup (rule), ids);
                }
              g_ptr_array_add (texts, hg_db_column_dup (stmt, 2));
              g_array_append_val (ids, id);
            }
        }
    }
  g_clear_pointer (&stmt, sqlite3_finalize);

  stmt = hg_db_prepare (db, "SELECT question, value FROM policy_answer WHERE pack = ?1", NULL);
  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, hg_pack_get_id (pack), -1, SQLITE_STATIC);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        if (hg_pack_find_question (pack, (const char *) sqlite3_column_text (stmt, 0)) != NULL)
          hg_pack_context_set (context, (const char *) sqlite3_column_text (stmt, 0),
                               (const char *) sqlite3_column_text (stmt, 1));
    }
  return context;
}

/* Whether an edit of @tables can change what hg_pack_context_new_for_workbook()
 * reads: the list sits beside the queries above so the two stay together. */
gboolean
hg_pack_context_reads (const char * const *tables)
{
  static const char *read[] = { "company", "person", "org_role", "confidentiality_label",
                                "policy_override", "policy_answer", "policy_pack",
                                "role_vacancy", "contact", "department", NULL };

  for (guint i = 0; read[i] != NULL; i++)
    if (g_strv_contains (tables, read[i]))
      return TRUE;
  return FALSE;
}

static int
compare_names (const void *a,
               const void *b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* A digest of every value the texts read: the answers, the company's
 * fields, the holders of the roles, the labels and the contacts. Two
 * contexts with the same digest expand any text alike, so what was
 * expanded from one can be kept for the other; the rule review re-expands
 * only the rules an edit touched. */
char *
hg_pack_context_values_digest (HgPackContext *context)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree const char **names = (const char **) g_hash_table_get_keys_as_array (context->values,
                                                                                   NULL);
  guint n = g_hash_table_size (context->values);

  /* Sorted: two tables with the same contents may iterate differently. */
  qsort (names, n, sizeof (char *), compare_names);
  for (guint i = 0; i < n; i++)
    {
      const char *value = g_hash_table_lookup (context->values, names[i]);

      /* The terminating NULs keep "ab"+"c" apart from "a"+"bc". */
      g_checksum_update (checksum, (const guchar *) names[i], (gssize) strlen (names[i]) + 1);
      g_checksum_update (checksum, (const guchar *) value, (gssize) strlen (value) + 1);
    }
  /* The contacts too: the rows repeated per contact read them. */
  for (guint c = 0; c < context->contacts->len; c++)
    {
      const HgContact *contact = g_ptr_array_index (context->contacts, c);

      g_checksum_update (checksum, (const guchar *) contact->kind,
                         (gssize) strlen (contact->kind) + 1);
      for (guint f = 0; f < HG_CONTACT_N_FIELDS; f++)
        g_checksum_update (checksum, (const guchar *) contact->fields[f],
                           (gssize) strlen (contact->fields[f]) + 1);
    }
  return g_strdup (g_checksum_get_string (checksum));
}

/* 「様式N」 for the numbered form @id: the forms the answers keep are
 * numbered in their order in the pack, so a form left out (no restricted
 * area, no entry log) takes no number and the rules cite the numbers the
 * company's own forms carry. Worked out when read: the answers may change
 * any time before. A form the answers leave out reads 「様式（なし）」, which a
 * test looks for in the rules: a rule citing it is one the pack forgot to
 * drop along with the form. */
static char *
form_number (HgPackContext *context,
             const char    *id)
{
  GPtrArray *documents = hg_pack_get_documents (context->pack);
  guint n = 0;

  for (guint d = 0; d < documents->len; d++)
    {
      const HgBlock *document = g_ptr_array_index (documents, d);
      gboolean document_in = hg_pack_context_test (context, document->condition, NULL);

      for (guint c = 0; c < document->children->len; c++)
        {
          const HgBlock *chapter = g_ptr_array_index (document->children, c);
          gboolean in;

          if (chapter->kind != HG_BLOCK_CHAPTER
              || g_strcmp0 (chapter->variant, "numbered_form") != 0)
            continue;
          in = document_in && hg_pack_context_test (context, chapter->condition, NULL);
          n += in;
          if (g_strcmp0 (chapter->id, id) == 0)
            return in ? g_strdup_printf ("様式%u", n) : g_strdup ("様式（なし）");
        }
    }
  return g_strdup ("様式（なし）");
}

/* The text a {variable} stands for. */
char *
hg_pack_context_display (HgPackContext *context,
                         const char    *name)
{
  const char *value = g_hash_table_lookup (context->values, name);
  const HgQuestion *q = hg_pack_find_question (context->pack, name);

  if (value == NULL && g_str_has_prefix (name, "form."))
    return form_number (context, name + strlen ("form."));
  if (value == NULL)
    return g_strdup ("");
  if (q == NULL)
    return g_strdup (value);

  switch (q->type)
    {
    case HG_QUESTION_BOOLEAN:
      return g_strdup (g_str_equal (value, "true") ? "はい" : "いいえ");
    case HG_QUESTION_CHOICE:
      for (guint i = 0; i < q->choices->len; i++)
        if (g_str_equal (((HgChoice *) g_ptr_array_index (q->choices, i))->value, value))
          return g_strdup (((HgChoice *) g_ptr_array_index (q->choices, i))->label);
      return g_strdup (value);
    case HG_QUESTION_ROLE:
      return g_strdup (role_name (value));
    case HG_QUESTION_LIST:
      {
        g_auto(GStrv) items = g_strsplit (value, ";", -1);
        return g_strjoinv ("、", items);
      }
    case HG_QUESTION_DATE:
      {
        guint y, m, d;

        /* Japanese documents write dates as 2026年4月1日. */
        if (sscanf (value, "%4u-%2u-%2u", &y, &m, &d) == 3)
          return g_strdup_printf ("%u年%u月%u日", y, m, d);
        return g_strdup (value);
      }
    case HG_QUESTION_TEXT:
    case HG_QUESTION_MULTILINE:
    case HG_QUESTION_NUMBER:
    default:
      return g_strdup (value);
    }
}

gboolean
hg_pack_context_lookup (const char *name,
                        HgValue    *value,
                        gpointer    data)
{
  HgPackContext *context = data;
  const char *text = g_hash_table_lookup (context->values, name);
  const HgQuestion *q = hg_pack_find_question (context->pack, name);

  if (text == NULL || (q == NULL && !g_str_has_prefix (name, "company.")
                       && !g_str_has_prefix (name, "org.")))
    return FALSE;

  if ((q != NULL && q->type == HG_QUESTION_BOOLEAN) || g_str_has_prefix (name, "org."))
    *value = (HgValue) { HG_VALUE_BOOL, g_str_equal (text, "true"), 0, NULL };
  else if ((q != NULL && q->type == HG_QUESTION_NUMBER) || g_str_equal (name, "company.employees"))
    *value = (HgValue) { HG_VALUE_NUMBER, FALSE, text[0] ? g_ascii_strtod (text, NULL) : 0, NULL };
  else
    *value = (HgValue) { HG_VALUE_STRING, FALSE, 0, text };
  return TRUE;
}

gboolean
hg_pack_context_test (HgPackContext  *context,
                      const HgExpr   *condition,
                      GError        **error)
{
  gboolean result = TRUE;

  if (condition == NULL)
    return TRUE;
  if (!hg_expr_evaluate (condition, hg_pack_context_lookup, context, &result, error))
    return FALSE;
  return result;
}

/* Whether @name is a number of minutes (a number question whose unit is
 * 分) with a whole value: the text writes it as a duration. */
static gboolean
is_minutes (HgPackContext *context,
            const char    *name,
            const char    *value)
{
  const HgQuestion *q = hg_pack_find_question (context->pack, name);

  if (q == NULL || q->type != HG_QUESTION_NUMBER || g_strcmp0 (q->own_unit, "分") != 0)
    return FALSE;
  for (const char *c = value; *c != '\0'; c++)
    if (!g_ascii_isdigit (*c))
      return FALSE;
  return value[0] != '\0' && strlen (value) < 9;
}

/* @text with its variables replaced; @own, when not NULL, has values
 * (name → text) that come before the context's. */
static char *
expand_with (HgPackContext *context,
             GHashTable    *own,
             const char    *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; p && *p; p++)
    {
      const char *end;

      if ((p[0] == '{' && p[1] == '{') || (p[0] == '}' && p[1] == '}'))
        {
          g_string_append_c (out, *p++);
          continue;
        }
      if (*p != '{' || (end = strchr (p, '}')) == NULL)
        {
          g_string_append_c (out, *p);
          continue;
        }
      {
        g_autofree char *name = g_strndup (p + 1, end - p - 1);
        const char *mine = own ? g_hash_table_lookup (own, name) : NULL;
        g_autofree char *value = mine ? NULL : hg_pack_context_display (context, name);
        const char *after = end + 1;

        if (mine == NULL && is_minutes (context, name, value) && g_str_has_prefix (after, "分"))
          {
            /* 「{lockout_minutes}分間」 with 1440 reads 「24時間」. */
            gboolean span = g_str_has_prefix (after, "分間");
            g_autofree char *duration = hg_date_format_minutes ((guint) atoi (value), span);

            g_string_append (out, duration);
            end += span ? strlen ("分間") : strlen ("分");
          }
        else
          g_string_append (out, mine ? mine : value);
      }
      p = end;
    }
  return g_string_free (out, FALSE);
}

char *
hg_pack_context_expand (HgPackContext *context,
                        const char    *text)
{
  return expand_with (context, NULL, text);
}

/* What each {variable} of @text stands for, as a floating "a{ss}" (name →
 * text): an editor shows these in place of the names. */
GVariant *
hg_pack_context_describe_variables (HgPackContext *context,
                                    const char    *text)
{
  GVariantBuilder builder;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *start, *end = NULL;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{ss}"));
  for (const char *p = text; (start = hg_pack_text_find_variable (p, &end)) != NULL; p = end)
    {
      g_autofree char *name = g_strndup (start + 1, end - start - 2);
      g_autofree char *value = NULL;

      if (g_hash_table_contains (seen, name))
        continue;
      value = hg_pack_context_display (context, name);
      g_variant_builder_add (&builder, "{ss}", name, value);
      g_hash_table_add (seen, g_steal_pointer (&name));
    }
  return g_variant_builder_end (&builder);
}

const char *
hg_pack_context_get_reworded (HgPackContext *context,
                              const char    *rule_id)
{
  return g_hash_table_lookup (context->reworded, rule_id);
}

/* The reason a rule was left out, or NULL when it is in. */
const char *
hg_pack_context_get_exclusion (HgPackContext *context,
                               const char    *rule_id)
{
  return g_hash_table_lookup (context->excluded, rule_id);
}

GPtrArray *
hg_pack_context_get_added (HgPackContext *context,
                           const char    *rule_id)
{
  return g_hash_table_lookup (context->added, rule_id);
}

/* The workbook's ids of the added rules, in the order of
 * hg_pack_context_get_added(). */
GArray *
hg_pack_context_get_added_ids (HgPackContext *context,
                               const char    *rule_id)
{
  return g_hash_table_lookup (context->added_ids, rule_id);
}

/* TRUE when the rule was reworded and its template text has changed since. */
gboolean
hg_pack_context_is_outdated (HgPackContext *context,
                             const HgBlock *rule)
{
  g_autofree char *digest = NULL;

  if (rule->id == NULL || !g_hash_table_contains (context->reworded, rule->id))
    return FALSE;
  digest = hg_pack_rule_digest (rule);
  return g_strcmp0 (digest, g_hash_table_lookup (context->digests, rule->id)) != 0;
}

/* ---- Building the document ------------------------------------------------ */

typedef struct
{
  HgPackContext *context;
  HgDoc         *doc;
  guint          chapter;
  guint          section;
  guint          rule;
  gboolean       single;   /* one numbered chapter: it goes without 「第1章」 */
  gboolean       unnumbered; /* in 附則 or a form: no chapter or section numbers */
  gboolean       in_form;  /* in a numbered form: empty cells are to be written in */
  guint          form;     /* the numbered forms so far: 様式1, 様式2, … */
  GError       **error;
  gboolean       failed;
} Render;

static gboolean
included (Render        *r,
          const HgBlock *block)
{
  GError *local = NULL;
  gboolean yes;

  if (r->failed)
    return FALSE;
  yes = hg_pack_context_test (r->context, block->condition, &local);
  if (local != NULL)
    {
      g_prefix_error (&local, _("Line %u: "), block->line);
      g_propagate_error (r->error, local);
      r->failed = TRUE;
      return FALSE;
    }
  return yes;
}

static HgDocBlock *
append (Render        *r,
        HgDocKind      kind,
        const char    *number,
        const char    *text,
        const HgBlock *source)
{
  g_autofree char *expanded = text ? hg_pack_context_expand (r->context, text) : NULL;
  HgDocBlock *block = hg_doc_append (r->doc, kind, number, expanded);

  block->key = g_strdup (source ? source->id : NULL);
  return block;
}

static void
append_row (Render        *r,
            HgDocBlock    *table,
            const HgBlock *row)
{
  GStrv cells = g_new0 (char *, row->children->len + 1);

  for (guint i = 0; i < row->children->len; i++)
    cells[i] = hg_pack_context_expand (r->context,
                                       ((HgBlock *) g_ptr_array_index (row->children, i))->text);
  hg_doc_table_add_row (table, cells, row->kind == HG_BLOCK_HEADER);
}

static void render_children (Render *r, const HgBlock *block);

/* A row repeated per contact the company keeps: its cells read the
 * contact's fields as {contact.<field>} and both numbers as
 * {contact.phones}. The values stay in a table of the row's own: the
 * context is shared, and may be read by another thread meanwhile. */
static void
append_contact_rows (Render        *r,
                     HgDocBlock    *table,
                     const HgBlock *row)
{
  for (guint c = 0; c < r->context->contacts->len; c++)
    {
      const HgContact *contact = g_ptr_array_index (r->context->contacts, c);
      g_autoptr(GHashTable) own = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      const char *kind = hg_contact_kind_label (contact->kind);
      GStrv cells = g_new0 (char *, row->children->len + 1);

      for (guint f = 0; f < HG_CONTACT_N_FIELDS; f++)
        g_hash_table_insert (own, g_strconcat ("contact.", hg_contact_field_key (f), NULL),
                             g_strdup (contact->fields[f]));
      g_hash_table_insert (own, g_strdup ("contact.phones"),
                           hg_contact_format_phones (contact->fields[HG_CONTACT_FIELD_PHONE],
                                                     contact->fields[HG_CONTACT_FIELD_PHONE_AFTER_HOURS]));
      g_hash_table_insert (own, g_strdup ("contact.kind"), g_strdup (kind ? kind : ""));
      for (guint i = 0; i < row->children->len; i++)
        cells[i] = expand_with (r->context, own,
                                ((HgBlock *) g_ptr_array_index (row->children, i))->text);
      hg_doc_table_add_row (table, cells, FALSE);
    }
}

static void
render_rule (Render        *r,
             const HgBlock *block)
{
  const char *reworded = block->id ? g_hash_table_lookup (r->context->reworded, block->id) : NULL;
  GPtrArray *added = block->id ? g_hash_table_lookup (r->context->added, block->id) : NULL;

  if (block->id == NULL || !g_hash_table_contains (r->context->excluded, block->id))
    {
      g_autofree char *number = g_strdup_printf ("（%u）", ++r->rule);
      HgDocBlock *rule = append (r, HG_DOC_RULE, number, reworded ? reworded : block->text, block);

      /* The company's wording stands; if the template under it changed
       * since, the rule says so until someone looks. */
      if (reworded != NULL)
        rule->flags |= HG_DOC_REWORDED;
      if (hg_pack_context_is_outdated (r->context, block))
        rule->flags |= HG_DOC_OUTDATED;
    }
  for (guint i = 0; added != NULL && i < added->len; i++)
    {
      g_autofree char *number = g_strdup_printf ("（%u）", ++r->rule);
      HgDocBlock *rule = append (r, HG_DOC_RULE, number, g_ptr_array_index (added, i), NULL);

      rule->flags |= HG_DOC_ADDED;
    }
}

static void
render_block (Render        *r,
              const HgBlock *block)
{
  if (!included (r, block))
    return;

  switch (block->kind)
    {
    case HG_BLOCK_CHAPTER:
      r->unnumbered = block->variant != NULL;
      r->in_form = g_strcmp0 (block->variant, "numbered_form") == 0;
      r->form += r->in_form;
      r->chapter += !r->unnumbered;
      r->section = 0;
      r->rule = 0;
      /* The one chapter of a one-page document (the basic policy) is the
       * document itself: the title heads it, not 「第1章」 and its name. */
      if (r->single && !r->unnumbered)
        {
          if (block->scope != NULL)
            append (r, HG_DOC_PARAGRAPH, NULL, block->scope, NULL)->label = g_strdup ("適用範囲");
          render_children (r, block);
          break;
        }
      {
        g_autofree char *number = r->in_form ? g_strdup_printf ("様式%u", r->form)
                                  : r->unnumbered ? NULL : g_strdup_printf ("第%u章", r->chapter);
        HgDocBlock *heading = append (r, HG_DOC_HEADING, number, block->title, block);

        heading->level = 1;
        /* 附則 is a few lines: it follows on the last page of the text. */
        if (g_strcmp0 (block->variant, "supplementary") == 0)
          heading->flags |= HG_DOC_RUN_ON | HG_DOC_SUPPLEMENTARY;
        else if (g_strcmp0 (block->variant, "form") == 0 || r->in_form)
          heading->flags |= HG_DOC_OWN_SHEET;
      }
      if (block->scope != NULL)
        append (r, HG_DOC_PARAGRAPH, NULL, block->scope, NULL)->label = g_strdup ("適用範囲");
      render_children (r, block);
      break;

    case HG_BLOCK_SECTION:
      r->section++;
      r->rule = 0;
      {
        g_autofree char *number = r->unnumbered ? NULL
                                  : r->single ? g_strdup_printf ("%u", r->section)
                                  : g_strdup_printf ("%u.%u", r->chapter, r->section);
        append (r, HG_DOC_HEADING, number, block->title, block)->level = 2;
      }
      render_children (r, block);
      break;

    case HG_BLOCK_PARAGRAPH:
      if (g_strcmp0 (block->variant, "end") == 0)
        append (r, HG_DOC_PARAGRAPH, NULL, block->text, block)->flags |= HG_DOC_ALIGN_END;
      else
        append (r, HG_DOC_PARAGRAPH, NULL, block->text, block);
      break;

    case HG_BLOCK_RULE:
      render_rule (r, block);
      break;

    case HG_BLOCK_ITEM:
      append (r, HG_DOC_ITEM, NULL, block->text, block);
      break;

    case HG_BLOCK_TABLE:
      {
        HgDocBlock *table = append (r, HG_DOC_TABLE, NULL, NULL, block);

        if (r->in_form)
          table->flags |= HG_DOC_FILL_IN;
        if (g_strcmp0 (block->variant, "seal") == 0)
          table->flags |= HG_DOC_SEAL;

        for (guint i = 0; i < block->children->len && !r->failed; i++)
          {
            const HgBlock *row = g_ptr_array_index (block->children, i);

            if (!included (r, row))
              continue;
            if (g_strcmp0 (row->each, "contact") == 0)
              append_contact_rows (r, table, row);
            else
              append_row (r, table, row);
          }
      }
      break;

    case HG_BLOCK_HEADER:
    case HG_BLOCK_ROW:
    case HG_BLOCK_LIST:
    case HG_BLOCK_DOCUMENT:
    case HG_BLOCK_CELL:
    default:
      render_children (r, block);
      break;
    }
}

static void
render_children (Render        *r,
                 const HgBlock *block)
{
  for (guint i = 0; i < block->children->len && !r->failed; i++)
    render_block (r, g_ptr_array_index (block->children, i));
}

/* The numbered chapters of @document that the answers keep. */
static guint
count_numbered_chapters (Render        *r,
                         const HgBlock *document)
{
  guint n = 0;

  for (guint i = 0; i < document->children->len; i++)
    {
      const HgBlock *block = g_ptr_array_index (document->children, i);

      n += block->kind == HG_BLOCK_CHAPTER && block->variant == NULL && included (r, block);
    }
  return n;
}

static void
set_enacted_on (HgDoc         *doc,
                HgPackContext *context)
{
  const char *value = g_hash_table_lookup (context->values, ENACTED_ON_QUESTION);
  const HgQuestion *q = hg_pack_find_question (context->pack, ENACTED_ON_QUESTION);

  if (value == NULL || q == NULL || q->type != HG_QUESTION_DATE)
    return;
  g_free (doc->enacted_on);
  doc->enacted_on = g_strdup (value);
}

/* ---- What the documents still lack ---------------------------------------- */

static gboolean
is_missing (HgPackContext *context,
            const char    *name)
{
  const char *value;

  if (g_hash_table_contains (context->missing, name))
    return TRUE;
  value = g_hash_table_lookup (context->values, name);
  return g_str_equal (name, ENACTED_ON_QUESTION) && value != NULL && value[0] == '\0'
         && hg_pack_find_question (context->pack, name) != NULL;
}

static void
scan_text (HgPackContext *context,
           const char    *text,
           GPtrArray     *found)
{
  const char *start, *end = NULL;

  for (const char *p = text; (start = hg_pack_text_find_variable (p, &end)) != NULL; p = end)
    {
      g_autofree char *name = g_strndup (start + 1, end - start - 2);

      if (is_missing (context, name) && !g_ptr_array_find_with_equal_func (found, name,
                                                                            g_str_equal, NULL))
        g_ptr_array_add (found, g_steal_pointer (&name));
    }
}

static gboolean
scan_block (HgPackContext  *context,
            const HgBlock  *block,
            GPtrArray      *found,
            GError        **error)
{
  GError *local = NULL;

  if (!hg_pack_context_test (context, block->condition, &local))
    {
      if (local == NULL)
        return TRUE;
      g_prefix_error (&local, _("Line %u: "), block->line);
      g_propagate_error (error, local);
      return FALSE;
    }
  /* The rule as the company worded it is what prints. */
  if (block->kind == HG_BLOCK_RULE && block->id != NULL
      && g_hash_table_contains (context->excluded, block->id))
    return TRUE;
  if (block->kind == HG_BLOCK_RULE && block->id != NULL
      && g_hash_table_contains (context->reworded, block->id))
    scan_text (context, g_hash_table_lookup (context->reworded, block->id), found);
  else
    scan_text (context, block->text, found);
  scan_text (context, block->title, found);
  scan_text (context, block->scope, found);
  for (guint i = 0; i < block->children->len; i++)
    if (!scan_block (context, g_ptr_array_index (block->children, i), found, error))
      return FALSE;
  return TRUE;
}

/* The variables @document_id prints that stand in for what the company has
 * not given yet: the 制定日 question when unanswered, "company.
 * representative_name" when empty, "person.<role>" for a role with neither
 * a holder nor a reason it stays vacant. In order of first use; empty when
 * the document is complete. */
GPtrArray *
hg_pack_context_missing (HgPackContext  *context,
                         const char     *document_id,
                         GError        **error)
{
  GPtrArray *documents = hg_pack_get_documents (context->pack);
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);

  for (guint d = 0; d < documents->len; d++)
    {
      const HgBlock *document = g_ptr_array_index (documents, d);

      if (g_strcmp0 (document->id, document_id) != 0)
        continue;
      if (!scan_block (context, document, found, error))
        return NULL;
      return g_steal_pointer (&found);
    }
  g_set_error (error, HG_PACK_ERROR, HG_PACK_ERROR_NOT_FOUND,
               _("The template pack has no document “%s”"), document_id);
  return NULL;
}

HgDoc *
hg_pack_build_doc (HgPack         *pack,
                   HgPackContext  *context,
                   const char     *document_id,
                   GError        **error)
{
  GPtrArray *documents = hg_pack_get_documents (pack);

  for (guint d = 0; d < documents->len; d++)
    {
      HgBlock *document = g_ptr_array_index (documents, d);
      g_autofree char *title = NULL;
      g_autofree char *company = NULL;
      Render r = { .context = context, .error = error };

      if (g_strcmp0 (document->id, document_id) != 0)
        continue;
      title = hg_pack_context_expand (context, document->title);
      company = hg_pack_context_display (context, "company.name");
      r.doc = hg_doc_new (document->id, title, company);
      set_enacted_on (r.doc, context);
      g_free (r.doc->display_title);
      r.doc->display_title = hg_pack_context_expand (context, document->display_title);
      r.single = count_numbered_chapters (&r, document) == 1;
      render_children (&r, document);
      if (r.failed)
        {
          hg_doc_free (r.doc);
          return NULL;
        }
      return r.doc;
    }

  g_set_error (error, HG_PACK_ERROR, HG_PACK_ERROR_NOT_FOUND,
               _("The template pack has no document “%s”"), document_id);
  return NULL;
}

char *
hg_pack_render_text (HgPack         *pack,
                     HgPackContext  *context,
                     const char     *document_id,
                     GError        **error)
{
  g_autoptr(HgDoc) doc = hg_pack_build_doc (pack, context, document_id, error);

  return doc ? hg_doc_to_text (doc) : NULL;
}
