/* hg-pack.c
 *
 * Loading is three passes, each reporting every problem it finds with the
 * line it is on: libxml2 parses (no network, no DTD, no entities — a
 * DOCTYPE is refused before libxml2 sees the bytes), RELAX NG checks the
 * shape against resources/packs/pack.rng, and this file checks what a
 * schema cannot: unique ids, conditions that parse and name real questions,
 * defaults that fit their question, and {variables} that exist.
 *
 * What the wizard shows may be written in several languages (xml:lang); the
 * loader keeps, for each text, the one in the best language of a list (by
 * default the user's, g_get_language_names()), else the pack's own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-pack"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "hg-core-resources.h"
#include "hg-contact.h"
#include "hg-pack.h"
#include "hg-xml-loader.h"

G_DEFINE_QUARK (hg-pack-error-quark, hg_pack_error)

#define SCHEMA_PATH  RESOURCE_BASE "/packs/pack.rng"
#define BUILTIN_PATH RESOURCE_BASE "/packs/hinagata-ja.xml"
#define MAX_PACK_SIZE (16 * 1024 * 1024)

struct _HgPack
{
  char       *id;
  char       *title;
  GPtrArray  *steps;       /* of HgStep */
  GPtrArray  *documents;   /* of HgBlock */
  GHashTable *questions;   /* id → HgQuestion, borrowed from steps */
  GHashTable *rules;       /* id → HgBlock of kind RULE, borrowed */
  GPtrArray  *duties;      /* of HgDuty, in the order of the documents */
};

typedef struct
{
  HgXmlLoader *xml;
  HgPack      *pack;
  GHashTable  *rule_ids;
} Loader;

static const char *company_fields[] = {
  "company.name", "company.name_kana", "company.name_en", "company.representative_title",
  "company.representative_name", "company.postal_code", "company.address", "company.industry",
  "company.employees", NULL
};

/* Yes/no facts of the organisation that conditions may test; the context
 * works them out from who holds which role and which roles the company
 * recorded it leaves unfilled (hg-pack-context.c). */
static const char *org_facts[] = {
  "org.ciso_is_representative", "org.ciso_vacant", "org.system_admin_vacant", "org.education_vacant",
  "org.auditor_vacant", "org.incident_contact_vacant", NULL
};

static const char *role_keys[] = {
  "ciso", "department_head", "system_admin", "education", "auditor", "incident_contact", NULL
};

/* What a row repeated per contact (each="contact") reads: the contact's
 * fields by their keys (hg-contact.c), its kind and its numbers as one
 * cell. */
static gboolean
hg_pack_is_contact_variable (const char *name)
{
  HgContactField field;
  const char *key = name + strlen ("contact.");

  return g_str_equal (key, "phones") || g_str_equal (key, "kind")
         || hg_contact_field_from_key (key, &field);
}

#define problem(loader, ...) hg_xml_loader_problem ((loader)->xml, __VA_ARGS__)

/* ---- Freeing -------------------------------------------------------------- */

static void
choice_free (HgChoice *choice)
{
  g_free (choice->value);
  g_free (choice->label);
  g_free (choice->display_label);
  g_free (choice);
}

static void
level1_note_free (HgLevel1Note *note)
{
  g_free (note->items);
  hg_expr_free (note->condition);
  g_free (note->note);
  g_free (note);
}

static void
question_free (HgQuestion *q)
{
  g_free (q->id);
  g_free (q->default_value);
  g_free (q->unit);
  g_free (q->own_unit);
  g_free (q->label);
  g_free (q->own_label);
  g_free (q->help);
  g_ptr_array_unref (q->choices);
  g_ptr_array_unref (q->level1);
  hg_expr_free (q->condition);
  g_free (q);
}

static void
step_free (HgStep *step)
{
  g_free (step->id);
  g_free (step->title);
  g_free (step->description);
  g_ptr_array_unref (step->questions);
  g_free (step);
}

static void
block_free (HgBlock *block)
{
  g_free (block->id);
  g_free (block->title);
  g_free (block->display_title);
  g_free (block->scope);
  g_free (block->text);
  g_free (block->role);
  g_free (block->each);
  g_free (block->variant);
  hg_expr_free (block->condition);
  g_ptr_array_unref (block->children);
  g_free (block);
}

static void
duty_free (HgDuty *duty)
{
  g_free (duty->id);
  g_free (duty->task);
  g_free (duty->when);
  g_free (duty->interval);
  g_free (duty->owner);
  g_free (duty);
}

void
hg_pack_free (HgPack *pack)
{
  if (pack == NULL)
    return;
  g_free (pack->id);
  g_free (pack->title);
  g_ptr_array_unref (pack->steps);
  g_ptr_array_unref (pack->documents);
  g_hash_table_unref (pack->questions);
  g_hash_table_unref (pack->rules);
  g_clear_pointer (&pack->duties, g_ptr_array_unref);
  g_free (pack);
}

/* ---- Reading the tree ------------------------------------------------------ */

static HgExpr *
condition_of (Loader  *loader,
              xmlNode *node)
{
  g_autofree char *text = hg_xml_prop (node, "if");
  g_autoptr(GError) error = NULL;
  HgExpr *expr;

  if (text == NULL)
    return NULL;
  expr = hg_expr_parse (text, &error);
  if (expr == NULL)
    {
      /* A condition refused for its length is quoted by its start only, so
       * the message stays readable. */
      g_autofree char *start = g_utf8_strlen (text, -1) > 80 ? g_utf8_substring (text, 0, 80)
                                                              : NULL;
      g_autofree char *shown = start != NULL ? g_strconcat (start, "…", NULL) : g_strdup (text);

      problem (loader, hg_xml_line (node), _("in the condition “%s”: %s"), shown,
               error->message);
    }
  return expr;
}

static HgQuestionType
question_type (const char *name)
{
  static const char *names[] = { "text", "multiline", "boolean", "choice", "number", "date",
                                 "role", "list", NULL };

  for (guint i = 0; names[i]; i++)
    if (g_strcmp0 (name, names[i]) == 0)
      return (HgQuestionType) i;
  return HG_QUESTION_TEXT;
}

static HgQuestion *
read_question (Loader  *loader,
               xmlNode *node)
{
  HgQuestion *q = g_new0 (HgQuestion, 1);
  g_autofree char *type = hg_xml_prop (node, "type");
  g_autofree char *min = hg_xml_prop (node, "min");
  g_autofree char *max = hg_xml_prop (node, "max");

  q->id = hg_xml_prop (node, "id");
  q->type = question_type (type);
  q->default_value = hg_xml_prop (node, "default");
  if (q->default_value == NULL)
    q->default_value = g_strdup ("");
  q->has_min = min != NULL;
  q->has_max = max != NULL;
  q->min = min ? g_ascii_strtod (min, NULL) : 0;
  q->max = max ? g_ascii_strtod (max, NULL) : 0;
  q->unit = hg_xml_prop (node, "unit");
  if (q->unit != NULL)
    q->own_unit = g_strdup (q->unit);
  else
    q->unit = hg_xml_loader_text (loader->xml, node, "unit", &q->own_unit);
  q->label = hg_xml_loader_text (loader->xml, node, "label", &q->own_label);
  q->help = hg_xml_loader_text (loader->xml, node, "help", NULL);
  if (q->help == NULL)
    q->help = g_strdup ("");
  q->choices = g_ptr_array_new_with_free_func ((GDestroyNotify) choice_free);
  q->condition = condition_of (loader, node);
  q->line = hg_xml_line (node);
  q->level1 = g_ptr_array_new_with_free_func ((GDestroyNotify) level1_note_free);

  for (xmlNode *c = node->children; c; c = c->next)
    if (hg_xml_is_element (c, "level1"))
      {
        HgLevel1Note *note = g_new0 (HgLevel1Note, 1);

        note->items = hg_xml_prop (c, "items");
        note->condition = condition_of (loader, c);
        note->note = hg_xml_loader_text (loader->xml, c, "note", NULL);
        note->line = hg_xml_line (c);
        g_ptr_array_add (q->level1, note);
      }
    else if (hg_xml_is_element (c, "choice"))
      {
        HgChoice *choice = g_new0 (HgChoice, 1);

        choice->value = hg_xml_prop (c, "value");
        if (hg_xml_child_element (c, "label") != NULL)
          choice->display_label = hg_xml_loader_text (loader->xml, c, "label", &choice->label);
        else
          {
            choice->label = hg_xml_text_of (c);
            choice->display_label = g_strdup (choice->label);
          }
        g_ptr_array_add (q->choices, choice);
      }
  return q;
}

static HgBlockKind
block_kind (const xmlChar *name,
            gboolean      *known)
{
  static const struct { const char *name; HgBlockKind kind; } kinds[] = {
    { "document", HG_BLOCK_DOCUMENT }, { "chapter", HG_BLOCK_CHAPTER },
    { "section", HG_BLOCK_SECTION }, { "p", HG_BLOCK_PARAGRAPH }, { "rule", HG_BLOCK_RULE },
    { "list", HG_BLOCK_LIST }, { "item", HG_BLOCK_ITEM }, { "table", HG_BLOCK_TABLE },
    { "header", HG_BLOCK_HEADER }, { "row", HG_BLOCK_ROW }, { "cell", HG_BLOCK_CELL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (xmlStrEqual (name, (const xmlChar *) kinds[i].name))
      {
        *known = TRUE;
        return kinds[i].kind;
      }
  *known = FALSE;
  return HG_BLOCK_PARAGRAPH;
}

static HgBlock *read_block (Loader  *loader,
                            xmlNode *node);

static HgBlock *
new_block (HgBlockKind  kind,
           guint        line,
           char        *text)
{
  HgBlock *block = g_new0 (HgBlock, 1);

  block->kind = kind;
  block->line = line;
  block->text = text;
  block->children = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
  return block;
}

/* <duties> is a table whose rows are also data: each <duty> becomes a row
 * (task, when, owner) and an HgDuty. The owner cell names the role as the
 * rest of the rules do, through {role.…} or a role question. */
static HgBlock *
read_duties (Loader  *loader,
             xmlNode *node)
{
  HgBlock *table = new_block (HG_BLOCK_TABLE, hg_xml_line (node), NULL);

  table->condition = condition_of (loader, node);
  for (xmlNode *c = node->children; c; c = c->next)
    if (hg_xml_is_element (c, "header"))
      g_ptr_array_add (table->children, read_block (loader, c));
    else if (hg_xml_is_element (c, "duty"))
      {
        HgDuty *duty = g_new0 (HgDuty, 1);
        HgBlock *row = new_block (HG_BLOCK_ROW, hg_xml_line (c), NULL);

        duty->id = hg_xml_prop (c, "id");
        duty->interval = hg_xml_prop (c, "interval");
        duty->owner = hg_xml_prop (c, "owner");
        duty->task = hg_xml_text_of (hg_xml_child_element (c, "task"));
        duty->when = hg_xml_text_of (hg_xml_child_element (c, "when"));
        duty->line = row->line;
        row->condition = condition_of (loader, c);
        duty->condition = row->condition;
        g_ptr_array_add (row->children,
                         new_block (HG_BLOCK_CELL, row->line, g_strdup (duty->task)));
        g_ptr_array_add (row->children,
                         new_block (HG_BLOCK_CELL, row->line, g_strdup (duty->when)));
        g_ptr_array_add (row->children,
                         new_block (HG_BLOCK_CELL, row->line,
                                    g_strv_contains (role_keys, duty->owner)
                                    ? g_strdup_printf ("{role.%s}", duty->owner)
                                    : g_strdup_printf ("{%s}", duty->owner)));
        g_ptr_array_add (table->children, row);
        g_ptr_array_add (loader->pack->duties, duty);
      }
  return table;
}

static HgBlock *
read_block (Loader  *loader,
            xmlNode *node)
{
  HgBlock *block = g_new0 (HgBlock, 1);
  gboolean known;

  block->kind = block_kind (node->name, &known);
  block->id = hg_xml_prop (node, "id");
  block->role = hg_xml_prop (node, "role");
  block->each = hg_xml_prop (node, "each");
  block->variant = block->kind == HG_BLOCK_CHAPTER || block->kind == HG_BLOCK_TABLE
                   ? hg_xml_prop (node, "kind")
                   : block->kind == HG_BLOCK_PARAGRAPH ? hg_xml_prop (node, "align") : NULL;
  block->condition = condition_of (loader, node);
  block->children = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
  block->line = hg_xml_line (node);

  switch (block->kind)
    {
    case HG_BLOCK_PARAGRAPH:
    case HG_BLOCK_RULE:
    case HG_BLOCK_ITEM:
    case HG_BLOCK_CELL:
      block->text = hg_xml_text_of (node);
      break;
    case HG_BLOCK_DOCUMENT:
    case HG_BLOCK_CHAPTER:
    case HG_BLOCK_SECTION:
    case HG_BLOCK_LIST:
    case HG_BLOCK_TABLE:
    case HG_BLOCK_HEADER:
    case HG_BLOCK_ROW:
    default:
      for (xmlNode *c = node->children; c; c = c->next)
        {
          if (c->type != XML_ELEMENT_NODE)
            continue;
          if (xmlStrEqual (c->name, (const xmlChar *) "title"))
            {
              /* A translation (xml:lang) is for the interface only. */
              xmlChar *lang = xmlGetNsProp (c, (const xmlChar *) "lang", XML_XML_NAMESPACE);

              if (lang == NULL && block->title == NULL)
                block->title = hg_xml_text_of (c);
              xmlFree (lang);
            }
          else if (xmlStrEqual (c->name, (const xmlChar *) "scope"))
            block->scope = hg_xml_text_of (c);
          else if (xmlStrEqual (c->name, (const xmlChar *) "duties"))
            g_ptr_array_add (block->children, read_duties (loader, c));
          else
            {
              block_kind (c->name, &known);
              if (known)
                g_ptr_array_add (block->children, read_block (loader, c));
            }
        }
      if (block->title != NULL)
        block->display_title = hg_xml_loader_text (loader->xml, node, "title", NULL);
      if (block->display_title == NULL)
        block->display_title = g_strdup (block->title);
      break;
    }

  if (block->kind == HG_BLOCK_RULE && block->id != NULL
      && !g_hash_table_add (loader->rule_ids, g_strdup (block->id)))
    problem (loader, block->line, _("the rule id “%s” is used twice"), block->id);
  else if (block->kind == HG_BLOCK_RULE && block->id != NULL)
    g_hash_table_insert (loader->pack->rules, block->id, block);
  return block;
}

/* ---- Checks a schema cannot make ----------------------------------------- */

static gboolean
known_name_cb (const char *name,
               HgValue    *value,
               gpointer    user_data)
{
  HgPack *pack = user_data;

  value->type = HG_VALUE_NONE;
  return g_hash_table_contains (pack->questions, name) || g_strv_contains (company_fields, name)
         || g_strv_contains (org_facts, name);
}

static void
check_condition (Loader       *loader,
                 const HgExpr *expr,
                 guint         line)
{
  g_auto(GStrv) names = NULL;
  HgValue value;

  if (expr == NULL)
    return;
  names = hg_expr_identifiers (expr);
  for (guint i = 0; names[i]; i++)
    if (!known_name_cb (names[i], &value, loader->pack))
      problem (loader, line, _("the condition names “%s”, which is not a question of this pack"),
               names[i]);
}

gboolean
hg_pack_is_known_variable (HgPack     *pack,
                           const char *name)
{
  if (g_strv_contains (company_fields, name) || g_hash_table_contains (pack->questions, name))
    return TRUE;
  if (g_str_has_prefix (name, "role.") || g_str_has_prefix (name, "person.")
      || g_str_has_prefix (name, "phone."))
    return g_strv_contains (role_keys, strchr (name, '.') + 1);
  if (g_str_has_prefix (name, "contact."))
    return hg_pack_is_contact_variable (name);
  if (g_str_has_prefix (name, "label."))
    return g_strv_contains ((const char *[]) { "1", "2", "3", NULL }, name + 6);
  if (g_str_has_prefix (name, "form."))
    return hg_pack_find_form (pack, name + 5) != NULL;
  return g_str_equal (name, "company.departments");
}

/* The chapter of the numbered form (kind="numbered_form") whose id is @id,
 * in whichever document holds it; NULL when the pack has none. */
const HgBlock *
hg_pack_find_form (HgPack     *pack,
                   const char *id)
{
  for (guint d = 0; d < pack->documents->len; d++)
    {
      const HgBlock *document = g_ptr_array_index (pack->documents, d);

      for (guint c = 0; c < document->children->len; c++)
        {
          const HgBlock *chapter = g_ptr_array_index (document->children, c);

          if (chapter->kind == HG_BLOCK_CHAPTER
              && g_strcmp0 (chapter->variant, "numbered_form") == 0
              && g_strcmp0 (chapter->id, id) == 0)
            return chapter;
        }
    }
  return NULL;
}

/* The first {variable} of @text: returns where its "{" is and sets @end
 * just past its "}", or returns NULL when there is none. "{{" and "}}" are
 * written braces, and a "{" never closed is text too, as the renderer reads
 * them; an editor that shows variables apart from text splits with this. */
const char *
hg_pack_text_find_variable (const char  *text,
                            const char **end)
{
  for (const char *p = text; p && *p; p++)
    {
      if ((p[0] == '{' && p[1] == '{') || (p[0] == '}' && p[1] == '}'))
        {
          p++;
          continue;
        }
      if (*p == '{' && strchr (p, '}') != NULL)
        {
          *end = strchr (p, '}') + 1;
          return p;
        }
    }
  return NULL;
}

static void
check_text (Loader     *loader,
            const char *text,
            guint       line)
{
  for (const char *p = text; p && *p; p++)
    {
      const char *end;
      g_autofree char *name = NULL;

      if (p[0] == '{' && p[1] == '{')
        {
          p++;
          continue;
        }
      if (p[0] == '}' && p[1] == '}')
        {
          p++;
          continue;
        }
      if (*p != '{')
        continue;
      end = strchr (p, '}');
      if (end == NULL)
        {
          problem (loader, line, _("a “{” is not closed; write “{{” for a brace"));
          return;
        }
      name = g_strndup (p + 1, end - p - 1);
      if (!hg_pack_is_known_variable (loader->pack, name))
        problem (loader, line, _("unknown variable “{%s}”"), name);
      p = end;
    }
}

static void
check_block (Loader  *loader,
             HgBlock *block)
{
  check_condition (loader, block->condition, block->line);
  check_text (loader, block->title, block->line);
  check_text (loader, block->scope, block->line);
  check_text (loader, block->text, block->line);
  for (guint i = 0; i < block->children->len; i++)
    check_block (loader, g_ptr_array_index (block->children, i));
}

/* A duty's interval is a fixed one or a choice question's answer, and its
 * owner a role or a role question, so that a calendar can resolve both. */
static void
check_duties (Loader *loader)
{
  static const char *intervals[] = { "daily", "weekly", "monthly", "quarterly", "half_yearly",
                                     "yearly", NULL };
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < loader->pack->duties->len; i++)
    {
      const HgDuty *duty = g_ptr_array_index (loader->pack->duties, i);
      const HgQuestion *q;

      if (!g_hash_table_add (ids, duty->id))
        problem (loader, duty->line, _("the duty id “%s” is used twice"), duty->id);
      q = g_hash_table_lookup (loader->pack->questions, duty->interval);
      if (!g_strv_contains (intervals, duty->interval)
          && (q == NULL || q->type != HG_QUESTION_CHOICE))
        problem (loader, duty->line,
                 _("the interval “%s” is neither a known interval nor a choice question"),
                 duty->interval);
      q = g_hash_table_lookup (loader->pack->questions, duty->owner);
      if (!g_strv_contains (role_keys, duty->owner)
          && (q == NULL || q->type != HG_QUESTION_ROLE))
        problem (loader, duty->line, _("the owner “%s” is neither a role nor a role question"),
                 duty->owner);
    }
}

static void
check_question (Loader     *loader,
                HgQuestion *q)
{
  check_condition (loader, q->condition, q->line);
  for (guint i = 0; i < q->level1->len; i++)
    {
      const HgLevel1Note *note = g_ptr_array_index (q->level1, i);

      check_condition (loader, note->condition, note->line);
    }

  switch (q->type)
    {
    case HG_QUESTION_CHOICE:
      {
        gboolean found = FALSE;

        if (q->choices->len == 0)
          problem (loader, q->line, _("the choice question “%s” has no choices"), q->id);
        for (guint i = 0; i < q->choices->len; i++)
          found |= g_str_equal (((HgChoice *) g_ptr_array_index (q->choices, i))->value,
                                q->default_value);
        if (!found && q->choices->len > 0)
          problem (loader, q->line, _("the default “%s” of “%s” is not one of its choices"),
                   q->default_value, q->id);
      }
      break;

    case HG_QUESTION_NUMBER:
      {
        char *end = NULL;
        double value = g_ascii_strtod (q->default_value, &end);

        if (q->default_value[0] == '\0' || *end != '\0')
          problem (loader, q->line, _("the number question “%s” needs a number as its default"),
                   q->id);
        else if ((q->has_min && value < q->min) || (q->has_max && value > q->max))
          problem (loader, q->line, _("the default %s of “%s” is outside its range"),
                   q->default_value, q->id);
      }
      break;

    case HG_QUESTION_BOOLEAN:
      if (!g_str_equal (q->default_value, "true") && !g_str_equal (q->default_value, "false"))
        problem (loader, q->line, _("the yes-or-no question “%s” needs true or false as its default"),
                 q->id);
      break;

    case HG_QUESTION_ROLE:
      if (!g_strv_contains (role_keys, q->default_value))
        problem (loader, q->line, _("the role question “%s” needs a role as its default"), q->id);
      break;

    case HG_QUESTION_TEXT:
    case HG_QUESTION_MULTILINE:
    case HG_QUESTION_DATE:
    case HG_QUESTION_LIST:
    default:
      break;
    }
}

/* ---- Loading --------------------------------------------------------------- */

HgPack *
hg_pack_load_memory (const char  *data,
                     gsize        length,
                     const char  *name,
                     GPtrArray  **problems_out,
                     GError     **error)
{
  return hg_pack_load_memory_for_languages (data, length, name, NULL, problems_out, error);
}

/* Every pack read, whatever its source: parsing and validating the built-in
 * pack takes tens of milliseconds, so the session parses each pack once and
 * the tests count that it does. */
static gint n_parsed;

guint
hg_pack_get_n_parsed (void)
{
  return (guint) g_atomic_int_get (&n_parsed);
}

HgPack *
hg_pack_load_memory_for_languages (const char          *data,
                                   gsize                length,
                                   const char          *name,
                                   const char * const  *languages,
                                   GPtrArray          **problems_out,
                                   GError             **error)
{
  g_autoptr(HgXmlLoader) xml = hg_xml_loader_new (name, languages);
  g_autoptr(HgPack) pack = g_new0 (HgPack, 1);
  g_autoptr(GHashTable) rule_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) problems = NULL;
  Loader loader = { xml, pack, rule_ids };
  g_autoptr(xmlDoc) doc = NULL;
  xmlNode *root;

  g_atomic_int_inc (&n_parsed);
  pack->steps = g_ptr_array_new_with_free_func ((GDestroyNotify) step_free);
  pack->documents = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
  pack->questions = g_hash_table_new (g_str_hash, g_str_equal);
  pack->rules = g_hash_table_new (g_str_hash, g_str_equal);
  pack->duties = g_ptr_array_new_with_free_func ((GDestroyNotify) duty_free);

  doc = hg_xml_loader_parse (xml, data, length, MAX_PACK_SIZE,
                             _("the file is larger than a template pack can be (16 MB)"),
                             _("a DOCTYPE or ENTITY declaration is not allowed in a template pack"));

  if (doc != NULL && hg_xml_loader_validate (xml, doc, SCHEMA_PATH))
    {
      root = xmlDocGetRootElement (doc);
      hg_xml_loader_set_own_language (xml, root);
      pack->id = hg_xml_prop (root, "id");
      /* Only the interface names a pack: in the user's language. */
      pack->title = hg_xml_loader_text (xml, root, "title", NULL);

      for (xmlNode *c = root->children; c; c = c->next)
        if (hg_xml_is_element (c, "step"))
          {
            HgStep *step = g_new0 (HgStep, 1);

            step->id = hg_xml_prop (c, "id");
            step->title = hg_xml_loader_text (xml, c, "title", NULL);
            step->description = hg_xml_loader_text (xml, c, "description", NULL);
            if (step->description == NULL)
              step->description = g_strdup ("");
            step->questions = g_ptr_array_new_with_free_func ((GDestroyNotify) question_free);
            for (xmlNode *q = c->children; q; q = q->next)
              if (hg_xml_is_element (q, "question"))
                {
                  HgQuestion *question = read_question (&loader, q);

                  if (g_hash_table_contains (pack->questions, question->id))
                    problem (&loader, question->line, _("the question id “%s” is used twice"),
                             question->id);
                  else
                    g_hash_table_insert (pack->questions, question->id, question);
                  g_ptr_array_add (step->questions, question);
                }
            g_ptr_array_add (pack->steps, step);
          }
        else if (hg_xml_is_element (c, "document"))
          g_ptr_array_add (pack->documents, read_block (&loader, c));

      for (guint s = 0; s < pack->steps->len; s++)
        {
          HgStep *step = g_ptr_array_index (pack->steps, s);

          for (guint i = 0; i < step->questions->len; i++)
            check_question (&loader, g_ptr_array_index (step->questions, i));
        }
      for (guint d = 0; d < pack->documents->len; d++)
        check_block (&loader, g_ptr_array_index (pack->documents, d));
      check_duties (&loader);
    }

  problems = hg_xml_loader_steal_problems (xml);
  if (problems->len > 0)
    {
      g_set_error (error, HG_PACK_ERROR,
                   length > MAX_PACK_SIZE ? HG_PACK_ERROR_TOO_LARGE : HG_PACK_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE, "The template pack “%s” has %u problem",
                                "The template pack “%s” has %u problems", problems->len),
                   name, problems->len);
      if (problems_out != NULL)
        *problems_out = g_steal_pointer (&problems);
      return NULL;
    }
  return g_steal_pointer (&pack);
}

HgPack *
hg_pack_load_file (const char  *path,
                   GPtrArray  **problems,
                   GError     **error)
{
  return hg_pack_load_file_for_languages (path, NULL, problems, error);
}

HgPack *
hg_pack_load_file_for_languages (const char          *path,
                                 const char * const  *languages,
                                 GPtrArray          **problems,
                                 GError             **error)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, error))
    return NULL;
  return hg_pack_load_memory_for_languages (contents, length, path, languages, problems, error);
}

HgPack *
hg_pack_load_builtin (GError **error)
{
  return hg_pack_load_builtin_for_languages (NULL, error);
}

HgPack *
hg_pack_load_builtin_for_languages (const char * const  *languages,
                                    GError             **error)
{
  g_autoptr(GBytes) bytes = g_resource_lookup_data (hg_core_get_resource (), BUILTIN_PATH,
                                                    G_RESOURCE_LOOKUP_FLAGS_NONE, error);

  if (bytes == NULL)
    return NULL;
  return hg_pack_load_memory_for_languages (g_bytes_get_data (bytes, NULL),
                                            g_bytes_get_size (bytes), "hinagata-ja.xml",
                                            languages, NULL, error);
}

const char *
hg_pack_get_id (HgPack *pack)
{
  return pack->id;
}

const char *
hg_pack_get_title (HgPack *pack)
{
  return pack->title;
}

GPtrArray *
hg_pack_get_steps (HgPack *pack)
{
  return pack->steps;
}

GPtrArray *
hg_pack_get_documents (HgPack *pack)
{
  return pack->documents;
}

/* Every duty of every document, to be resolved against a context. */
GPtrArray *
hg_pack_get_duties (HgPack *pack)
{
  return pack->duties;
}

const HgQuestion *
hg_pack_find_question (HgPack     *pack,
                       const char *id)
{
  return g_hash_table_lookup (pack->questions, id);
}

const HgBlock *
hg_pack_find_rule (HgPack     *pack,
                   const char *id)
{
  return g_hash_table_lookup (pack->rules, id);
}

guint
hg_pack_count_questions (HgPack *pack)
{
  return g_hash_table_size (pack->questions);
}
