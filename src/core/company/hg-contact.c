/* hg-contact.c
 *
 * The contacts outside the company that an incident needs: the customers'
 * security desks, the IT maintenance company, the insurer, the authorities.
 * The rules and the handbook print them with their numbers, so nobody
 * copies numbers by hand into a printed sheet. Every workbook starts with
 * the usual ones (resources/sql/0011-vacancies-and-contacts.sql) for the
 * company to complete.
 *
 * The fields are an array indexed by HgContactField, so that a later field
 * is a column, an enum value and a row of the table below, and the dialog,
 * the command line and the documents follow.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-contact"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-contact.h"
#include "hg-db.h"
#include "hg-error.h"
#include "hg-limits.h"
#include "hg-person.h"
#include "hg-text.h"

static const struct
{
  const char *key;     /* the column and the command line's name */
  const char *label;
  guint       max;
} fields[HG_CONTACT_N_FIELDS] = {
  [HG_CONTACT_FIELD_ORGANISATION] = { "organisation", N_("Organisation"),
                                      HG_CONTACT_ORGANISATION_MAX },
  [HG_CONTACT_FIELD_PURPOSE] = { "purpose", N_("What for"), HG_CONTACT_PURPOSE_MAX },
  [HG_CONTACT_FIELD_PERSON] = { "person", N_("Person"), HG_PERSON_NAME_MAX },
  [HG_CONTACT_FIELD_PHONE] = { "phone", N_("Phone"), HG_PERSON_PHONE_MAX },
  [HG_CONTACT_FIELD_PHONE_AFTER_HOURS] = { "phone_after_hours", N_("Phone at night and on holidays"),
                                           HG_PERSON_PHONE_MAX },
  [HG_CONTACT_FIELD_EMAIL] = { "email", N_("E-mail"), HG_PERSON_EMAIL_MAX },
  [HG_CONTACT_FIELD_NOTE] = { "note", N_("Note"), HG_CONTACT_NOTE_MAX },
};

static const struct { const char *key; const char *label; } kinds[] = {
  { "customer", N_("Customer") },
  { "it_maintenance", N_("IT maintenance company") },
  { "insurer", N_("Insurer") },
  { "authority", N_("Authority") },
  { "police", N_("Police") },
  { "advisor", N_("Advice desk") },
  { "other", N_("Other") },
};

#define COLUMNS "id, kind, organisation, purpose, person, phone, phone_after_hours, email, note"

HgContact *
hg_contact_new (const char *kind)
{
  HgContact *contact = g_new0 (HgContact, 1);

  contact->kind = g_strdup (kind ? kind : "other");
  for (guint f = 0; f < HG_CONTACT_N_FIELDS; f++)
    contact->fields[f] = g_strdup ("");
  return contact;
}

HgContact *
hg_contact_copy (const HgContact *contact)
{
  HgContact *copy = hg_contact_new (contact->kind);

  copy->id = contact->id;
  for (guint f = 0; f < HG_CONTACT_N_FIELDS; f++)
    hg_contact_set_field (copy, f, contact->fields[f]);
  return copy;
}

void
hg_contact_free (HgContact *contact)
{
  if (contact == NULL)
    return;
  g_free (contact->kind);
  for (guint f = 0; f < HG_CONTACT_N_FIELDS; f++)
    g_free (contact->fields[f]);
  g_free (contact);
}

/* Stores @value normalised, as every text is kept. */
void
hg_contact_set_field (HgContact      *contact,
                      HgContactField  field,
                      const char     *value)
{
  g_return_if_fail (field < HG_CONTACT_N_FIELDS);

  g_free (contact->fields[field]);
  contact->fields[field] = hg_text_normalize (value ? value : "");
}

const char *
hg_contact_field_key (HgContactField field)
{
  g_return_val_if_fail (field < HG_CONTACT_N_FIELDS, NULL);
  return fields[field].key;
}

const char *
hg_contact_field_label (HgContactField field)
{
  g_return_val_if_fail (field < HG_CONTACT_N_FIELDS, NULL);
  return _(fields[field].label);
}

gboolean
hg_contact_field_from_key (const char     *key,
                           HgContactField *field)
{
  for (guint f = 0; f < HG_CONTACT_N_FIELDS; f++)
    if (g_strcmp0 (key, fields[f].key) == 0)
      {
        *field = f;
        return TRUE;
      }
  return FALSE;
}

/* The kinds a contact can be, NULL-terminated. */
const char * const *
hg_contact_kinds (void)
{
  static const char *keys[G_N_ELEMENTS (kinds) + 1];

  if (keys[0] == NULL)
    for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
      keys[i] = kinds[i].key;
  return keys;
}

/* The kind in the user's language; NULL for a kind this version does not
 * know (a later format's). */
const char *
hg_contact_kind_label (const char *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_strcmp0 (kind, kinds[i].key) == 0)
      return _(kinds[i].label);
  return NULL;
}

/* What is wrong with @value for @field, or NULL. Phone numbers and
 * addresses are checked as a person's are. */
const char *
hg_contact_validate (HgContactField  field,
                     const char     *value)
{
  g_autofree char *clean = hg_text_normalize (value ? value : "");

  g_return_val_if_fail (field < HG_CONTACT_N_FIELDS, NULL);

  switch (field)
    {
    case HG_CONTACT_FIELD_PHONE:
    case HG_CONTACT_FIELD_PHONE_AFTER_HOURS:
      return hg_person_validate (HG_PERSON_FIELD_PHONE, clean);
    case HG_CONTACT_FIELD_EMAIL:
      return hg_person_validate (HG_PERSON_FIELD_EMAIL, clean);
    case HG_CONTACT_FIELD_ORGANISATION:
      return hg_text_check (clean, fields[field].max, HG_TEXT_REQUIRED);
    case HG_CONTACT_FIELD_NOTE:
      return hg_text_check (clean, fields[field].max, HG_TEXT_MULTILINE);
    case HG_CONTACT_FIELD_PURPOSE:
    case HG_CONTACT_FIELD_PERSON:
    case HG_CONTACT_N_FIELDS:
    default:
      return hg_text_check (clean, fields[field].max, HG_TEXT_ONE_LINE);
    }
}

/* The phone cell of a printed contact table (Japanese, as the documents
 * are): the number, and the one for nights and holidays when it differs. */
char *
hg_contact_format_phones (const char *phone,
                          const char *after_hours)
{
  phone = phone ? phone : "";
  if (after_hours == NULL || after_hours[0] == '\0' || g_str_equal (phone, after_hours))
    return g_strdup (phone);
  if (phone[0] == '\0')
    return g_strconcat ("夜間・休日 ", after_hours, NULL);
  return g_strconcat (phone, "（夜間・休日 ", after_hours, "）", NULL);
}

static HgContact *
contact_from_row (sqlite3_stmt *stmt)
{
  HgContact *contact = g_new0 (HgContact, 1);

  contact->id = sqlite3_column_int64 (stmt, 0);
  contact->kind = hg_db_column_dup (stmt, 1);
  for (guint f = 0; f < HG_CONTACT_N_FIELDS; f++)
    contact->fields[f] = hg_db_column_dup (stmt, 2 + (int) f);
  return contact;
}

/* Every contact in the order the company keeps them. */
GPtrArray *
hg_contact_list (HgWorkbook *workbook)
{
  GPtrArray *list = g_ptr_array_new_with_free_func ((GDestroyNotify) hg_contact_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), list);

  stmt = hg_db_prepare (hg_workbook_get_db (workbook),
                        "SELECT " COLUMNS " FROM contact ORDER BY position, id", NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (list, contact_from_row (stmt));
  return list;
}

HgContact *
hg_contact_get (HgWorkbook *workbook,
                gint64      id)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);

  stmt = hg_db_prepare (hg_workbook_get_db (workbook),
                        "SELECT " COLUMNS " FROM contact WHERE id = ?1", NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  return sqlite3_step (stmt) == SQLITE_ROW ? contact_from_row (stmt) : NULL;
}

static gboolean
validate_all (const HgContact  *contact,
              GError          **error)
{
  if (hg_contact_kind_label (contact->kind) == NULL)
    {
      g_autoptr(GString) known = g_string_new (NULL);

      for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
        g_string_append_printf (known, "%s%s", i ? ", " : "", kinds[i].key);
      g_set_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID,
                   _("“%s” is not a kind of contact; the kinds are: %s"), contact->kind,
                   known->str);
      return FALSE;
    }
  for (guint f = 0; f < HG_CONTACT_N_FIELDS; f++)
    {
      const char *problem = hg_contact_validate (f, contact->fields[f]);

      if (problem != NULL)
        return hg_error_invalid_field (error, hg_contact_field_label (f), problem);
    }
  return TRUE;
}

static void
bind_contact (sqlite3_stmt    *stmt,
              const HgContact *contact)
{
  sqlite3_bind_text (stmt, 1, contact->kind, -1, SQLITE_STATIC);
  for (guint f = 0; f < HG_CONTACT_N_FIELDS; f++)
    sqlite3_bind_text (stmt, 2 + (int) f, contact->fields[f], -1, SQLITE_STATIC);
}

static gboolean
add_cb (sqlite3   *db,
        gpointer   user_data,
        GError   **error)
{
  HgContact *contact = user_data;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  /* A new contact goes to the end of the list. */
  stmt = hg_db_prepare (db, "INSERT INTO contact (kind, organisation, purpose, person, phone, "
                            "phone_after_hours, email, note, position) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
                            "(SELECT ifnull (max (position), 0) + 1 FROM contact))", error);
  if (stmt == NULL)
    return FALSE;
  bind_contact (stmt, contact);
  if (!hg_db_step_done (stmt, error))
    return FALSE;
  contact->id = sqlite3_last_insert_rowid (db);
  return TRUE;
}

/* Adds @contact (its id is ignored) and returns its id; 0 with @error set
 * when a field is wrong, the message naming the field. */
gint64
hg_contact_add (HgWorkbook       *workbook,
                const HgContact  *contact,
                GError          **error)
{
  g_autoptr(HgContact) clean = NULL;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), 0);

  clean = hg_contact_copy (contact);
  if (!validate_all (clean, error)
      || !hg_workbook_edit (workbook, _("Add Contact"), add_cb, clean, error))
    return 0;
  return clean->id;
}

static gboolean
update_cb (sqlite3   *db,
           gpointer   user_data,
           GError   **error)
{
  HgContact *contact = user_data;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = hg_db_prepare (db, "UPDATE contact SET kind = ?1, organisation = ?2, purpose = ?3, "
                            "person = ?4, phone = ?5, phone_after_hours = ?6, email = ?7, "
                            "note = ?8 WHERE id = ?9", error);
  if (stmt == NULL)
    return FALSE;
  bind_contact (stmt, contact);
  sqlite3_bind_int64 (stmt, 9, contact->id);
  if (!hg_db_step_done (stmt, error))
    return FALSE;
  if (sqlite3_changes (db) == 0)
    return hg_error_invalid (error, _("This contact no longer exists"));
  return TRUE;
}

gboolean
hg_contact_update (HgWorkbook       *workbook,
                   const HgContact  *contact,
                   GError          **error)
{
  g_autoptr(HgContact) clean = NULL;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), FALSE);

  clean = hg_contact_copy (contact);
  return validate_all (clean, error)
         && hg_workbook_edit (workbook, _("Edit Contact"), update_cb, clean, error);
}

static gboolean
remove_cb (sqlite3   *db,
           gpointer   user_data,
           GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = hg_db_prepare (db, "DELETE FROM contact WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, *(gint64 *) user_data);
  return hg_db_step_done (stmt, error);
}

gboolean
hg_contact_remove (HgWorkbook  *workbook,
                   gint64       id,
                   GError     **error)
{
  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), FALSE);

  return hg_workbook_edit (workbook, _("Remove Contact"), remove_cb, &id, error);
}

gboolean
_hg_contact_insert (sqlite3    *db,
                    HgContact  *contact,
                    GError    **error)
{
  return add_cb (db, contact, error);
}
