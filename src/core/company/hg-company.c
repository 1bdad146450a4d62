/* hg-company.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-company"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-company.h"
#include "hg-db.h"
#include "hg-error.h"
#include "hg-limits.h"
#include "hg-person.h"
#include "hg-text.h"

typedef struct
{
  const char *key;       /* column name, also the CLI's name for the field */
  const char *label;     /* translatable */
  guint       max_length;
  gboolean    required;
} FieldInfo;

static const FieldInfo fields[HG_COMPANY_N_FIELDS] = {
  [HG_COMPANY_FIELD_NAME]                 = { "name", N_("Company name"), HG_COMPANY_NAME_MAX, TRUE },
  [HG_COMPANY_FIELD_NAME_KANA]            = { "name_kana", N_("Company name in kana"), HG_COMPANY_NAME_MAX, FALSE },
  [HG_COMPANY_FIELD_NAME_EN]              = { "name_en", N_("Company name in English"), HG_COMPANY_NAME_MAX, FALSE },
  [HG_COMPANY_FIELD_REPRESENTATIVE_TITLE] = { "representative_title", N_("Representative’s title"), HG_COMPANY_REPRESENTATIVE_MAX, FALSE },
  [HG_COMPANY_FIELD_REPRESENTATIVE_NAME]  = { "representative_name", N_("Representative’s name"), HG_COMPANY_REPRESENTATIVE_MAX, FALSE },
  [HG_COMPANY_FIELD_POSTAL_CODE]          = { "postal_code", N_("Postal code"), HG_COMPANY_POSTAL_CODE_MAX, FALSE },
  [HG_COMPANY_FIELD_ADDRESS]              = { "address", N_("Address"), HG_COMPANY_ADDRESS_MAX, FALSE },
  [HG_COMPANY_FIELD_INDUSTRY]             = { "industry", N_("Industry"), HG_COMPANY_INDUSTRY_MAX, FALSE },
  [HG_COMPANY_FIELD_EMPLOYEES]            = { "employees", N_("Number of employees"), HG_COMPANY_EMPLOYEES_MAX, FALSE },
};

const char *
hg_company_field_label (HgCompanyField field)
{
  g_return_val_if_fail (field < HG_COMPANY_N_FIELDS, NULL);
  return _(fields[field].label);
}

const char *
hg_company_field_key (HgCompanyField field)
{
  g_return_val_if_fail (field < HG_COMPANY_N_FIELDS, NULL);
  return fields[field].key;
}

gboolean
hg_company_field_from_key (const char     *key,
                           HgCompanyField *field)
{
  for (guint i = 0; i < HG_COMPANY_N_FIELDS; i++)
    if (g_strcmp0 (key, fields[i].key) == 0)
      {
        *field = i;
        return TRUE;
      }
  return FALSE;
}

guint
hg_company_field_max_length (HgCompanyField field)
{
  g_return_val_if_fail (field < HG_COMPANY_N_FIELDS, 0);
  return fields[field].max_length;
}

static gboolean
is_kana_text (const char *value)
{
  for (const char *p = value; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* Hiragana, katakana (with ー and ・), and spaces. */
      if (!((c >= 0x3041 && c <= 0x309F) || (c >= 0x30A0 && c <= 0x30FF)
            || c == ' ' || c == 0x3000))
        return FALSE;
    }
  return TRUE;
}

/* Returns NULL when @value is acceptable, else a message for the user that
 * says what is wrong (the caller names the field). */
const char *
hg_company_validate (HgCompanyField  field,
                     const char     *value)
{
  g_autofree char *trimmed = NULL;
  const char *problem;

  g_return_val_if_fail (field < HG_COMPANY_N_FIELDS, NULL);

  trimmed = hg_text_normalize (value);
  problem = hg_text_check (trimmed, fields[field].max_length,
                           fields[field].required ? HG_TEXT_REQUIRED : HG_TEXT_ONE_LINE);
  if (problem != NULL || trimmed[0] == '\0')
    return problem;

  switch (field)
    {
    case HG_COMPANY_FIELD_NAME_KANA:
      if (!is_kana_text (trimmed))
        return _("Use hiragana or katakana only");
      break;

    case HG_COMPANY_FIELD_POSTAL_CODE:
      if (!g_regex_match_simple ("^[0-9]{3}-?[0-9]{4}$", trimmed, 0, 0))
        return _("Write seven digits, such as 460-0008");
      break;

    case HG_COMPANY_FIELD_EMPLOYEES:
      {
        guint64 n = 0;

        if (!g_ascii_string_to_unsigned (trimmed, 10, 1, 1000000, &n, NULL))
          return _("Write a whole number from 1 to 1,000,000");
      }
      break;

    case HG_COMPANY_FIELD_NAME:
    case HG_COMPANY_FIELD_NAME_EN:
    case HG_COMPANY_FIELD_REPRESENTATIVE_TITLE:
    case HG_COMPANY_FIELD_REPRESENTATIVE_NAME:
    case HG_COMPANY_FIELD_ADDRESS:
    case HG_COMPANY_FIELD_INDUSTRY:
    case HG_COMPANY_N_FIELDS:
    default:
      break;
    }

  return NULL;
}

char *
hg_company_get (HgWorkbook     *workbook,
                HgCompanyField  field)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *column = NULL;
  g_autofree char *sql = NULL;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);
  g_return_val_if_fail (field < HG_COMPANY_N_FIELDS, NULL);

  column = hg_db_quote_identifier (fields[field].key);
  sql = g_strdup_printf ("SELECT %s FROM company WHERE id = 1", column);
  stmt = hg_db_prepare (hg_workbook_get_db (workbook), sql, NULL);
  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return g_strdup ("");
  return hg_db_column_dup (stmt, 0);
}

typedef struct
{
  HgCompanyField  field;
  const char     *value;
} SetData;

static gboolean
set_field_cb (sqlite3   *db,
              gpointer   user_data,
              GError   **error)
{
  SetData *data = user_data;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *column = NULL;
  g_autofree char *sql = NULL;

  /* The representative is a person of the company, who may hold roles and
   * own assets: their person row follows the name (hg-person.c). */
  if (data->field == HG_COMPANY_FIELD_REPRESENTATIVE_NAME
      && !_hg_person_rename_representative (db, data->value, error))
    return FALSE;

  column = hg_db_quote_identifier (fields[data->field].key);
  sql = g_strdup_printf ("UPDATE company SET %1$s = ?1 WHERE id = 1 AND %1$s IS NOT ?1", column);
  stmt = hg_db_prepare (db, sql, error);
  if (stmt == NULL)
    return FALSE;

  if (data->field == HG_COMPANY_FIELD_EMPLOYEES)
    {
      if (data->value[0] == '\0')
        sqlite3_bind_null (stmt, 1);
      else
        sqlite3_bind_int64 (stmt, 1, g_ascii_strtoll (data->value, NULL, 10));
    }
  else
    sqlite3_bind_text (stmt, 1, data->value, -1, SQLITE_STATIC);

  if (!hg_db_step_done (stmt, error))
    return FALSE;
  return data->field != HG_COMPANY_FIELD_REPRESENTATIVE_NAME
         || _hg_person_ensure_representative (db, error) >= 0;
}

gboolean
hg_company_set (HgWorkbook      *workbook,
                HgCompanyField   field,
                const char      *value,
                GError         **error)
{
  g_autofree char *normalized = NULL;
  g_autofree char *label = NULL;
  const char *problem;
  SetData data;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), FALSE);
  g_return_val_if_fail (field < HG_COMPANY_N_FIELDS, FALSE);

  normalized = hg_text_normalize (value);
  problem = hg_company_validate (field, normalized);
  if (problem != NULL)
    {
      g_set_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID,
                   "%s: %s", hg_company_field_label (field), problem);
      return FALSE;
    }

  data.field = field;
  data.value = normalized;
  /* Translators: the name of an undo step, e.g. "Change Company name" */
  label = g_strdup_printf (_("Change %s"), hg_company_field_label (field));
  return hg_workbook_edit (workbook, label, set_field_cb, &data, error);
}

/* A new workbook with the company's name already in it; the name is checked
 * like any later edit of it. */
HgWorkbook *
hg_company_create_workbook (const char  *path,
                            const char  *name,
                            GError     **error)
{
  const char *problem;

  g_return_val_if_fail (path != NULL, NULL);

  if (name == NULL)
    name = "";
  problem = hg_company_validate (HG_COMPANY_FIELD_NAME, name);
  if (name[0] != '\0' && problem != NULL)
    {
      g_set_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID,
                   "%s: %s", hg_company_field_label (HG_COMPANY_FIELD_NAME), problem);
      return NULL;
    }
  return hg_workbook_create (path, name, error);
}
