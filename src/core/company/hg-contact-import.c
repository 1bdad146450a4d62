/* hg-contact-import.c
 *
 * The contacts a company keeps in a spreadsheet — customers' security
 * desks, the maintenance company, the insurer — added to the list the
 * rules print, all or nothing (hg-register-import.c). Each row is checked
 * as the contact dialog checks what is typed (hg_contact_validate()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-contact-import"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-contact-import.h"
#include "hg-contact.h"

enum
{
  COL_ORGANISATION,
  COL_KIND,
  COL_PURPOSE,
  COL_PERSON,
  COL_PHONE,
  COL_AFTER_HOURS,
  COL_EMAIL,
  COL_NOTE,
  N_COLS
};

/* The contact's field under each column; the kind is no field. */
static const HgContactField fields[N_COLS] = {
  [COL_ORGANISATION] = HG_CONTACT_FIELD_ORGANISATION,
  [COL_PURPOSE] = HG_CONTACT_FIELD_PURPOSE,
  [COL_PERSON] = HG_CONTACT_FIELD_PERSON,
  [COL_PHONE] = HG_CONTACT_FIELD_PHONE,
  [COL_AFTER_HOURS] = HG_CONTACT_FIELD_PHONE_AFTER_HOURS,
  [COL_EMAIL] = HG_CONTACT_FIELD_EMAIL,
  [COL_NOTE] = HG_CONTACT_FIELD_NOTE,
};

static const char *const aliases[N_COLS][HG_REGISTER_IMPORT_ALIASES] = {
  [COL_ORGANISATION] = { "組織名", "会社名", "連絡先", "相手先", "名称", "機関名", "organisation",
                         "organization", "company", "name" },
  [COL_KIND] = { "種別", "区分", "種類", "kind", "type", "category" },
  [COL_PURPOSE] = { "用件", "用途", "連絡する場合", "目的", "what for", "purpose" },
  [COL_PERSON] = { "担当者", "担当", "氏名", "person", "contact person", "contact" },
  [COL_PHONE] = { "電話", "電話番号", "TEL", "phone", "telephone" },
  [COL_AFTER_HOURS] = { "夜間・休日", "夜間休日", "夜間・休日の電話番号", "夜間・休日連絡先",
                        "緊急連絡先", "after hours", "phone after hours", "out of hours",
                        "emergency phone" },
  [COL_EMAIL] = { "メール", "メールアドレス", "e-mail", "email", "mail" },
  [COL_NOTE] = { "備考", "メモ", "note", "notes", "remarks" },
};

static const char *const labels[N_COLS] = {
  N_("Organisation"), N_("Kind"), N_("What for"), N_("Person"), N_("Phone"),
  N_("Phone at night and on holidays"), N_("E-mail"), N_("Note"),
};

/* The kinds as files write them, in the order of hg_contact_kinds(). */
static const char *const kind_names[][HG_REGISTER_IMPORT_ALIASES] = {
  { "customer", "取引先", "顧客", "お客様", "Customer" },
  { "it_maintenance", "IT機器の保守会社", "保守会社", "保守", "IT保守", "IT maintenance company",
    "maintenance" },
  { "insurer", "保険会社", "保険", "Insurer", "insurance" },
  { "authority", "行政機関", "官公庁", "行政", "Authority" },
  { "police", "警察", "Police" },
  { "advisor", "相談窓口", "Advice desk", "advisor" },
  { "other", "その他", "Other" },
};

static gboolean
match_column (const char *header,
              guint      *column)
{
  return hg_register_import_match (aliases, N_COLS, header, column);
}

static gpointer
parse (HgImportSheet  *sheet,
       guint           line,
       char          **cells)
{
  HgContact *contact = hg_contact_new ("other");
  guint kind;

  for (guint c = 0; c < N_COLS; c++)
    {
      const char *problem;

      if (c == COL_KIND)
        continue;
      if ((problem = hg_contact_validate (fields[c], cells[c])) != NULL)
        hg_register_import_refuse (sheet, line, c, cells[c], problem);
      else
        hg_contact_set_field (contact, fields[c], cells[c]);
    }
  if (cells[COL_KIND][0] == '\0')
    return contact;
  if (hg_register_import_match (kind_names, G_N_ELEMENTS (kind_names), cells[COL_KIND], &kind))
    {
      g_free (contact->kind);
      contact->kind = g_strdup (hg_contact_kinds ()[kind]);
    }
  else
    hg_register_import_refuse (sheet, line, COL_KIND, cells[COL_KIND],
                               _("Write 取引先, 保守会社, 保険会社, 行政機関, 警察, 相談窓口 or "
                                 "その他"));
  return contact;
}

static gboolean
write_row (sqlite3   *db,
           gpointer   row,
           GError   **error)
{
  return _hg_contact_insert (db, row, error);
}

static char **
describe (gconstpointer row)
{
  const HgContact *contact = row;
  char **cells = g_new0 (char *, N_COLS + 1);

  for (guint c = 0; c < N_COLS; c++)
    cells[c] = g_strdup (c == COL_KIND ? hg_contact_kind_label (contact->kind)
                                       : contact->fields[fields[c]]);
  return cells;
}

/* The same organisation with the same phone or the same e-mail: a
 * company may keep two desks of one customer, told apart by number. */
static GStrv
keys (gconstpointer row)
{
  const HgContact *contact = row;
  const char *organisation = contact->fields[HG_CONTACT_FIELD_ORGANISATION];
  const char *phone = contact->fields[HG_CONTACT_FIELD_PHONE];
  const char *email = contact->fields[HG_CONTACT_FIELD_EMAIL];
  GPtrArray *list = g_ptr_array_new ();

  /* A row without its organisation is refused anyway. */
  if (organisation[0] != '\0' && phone[0] != '\0')
    g_ptr_array_add (list, hg_register_import_key (organisation, "tel", phone, NULL));
  if (organisation[0] != '\0' && email[0] != '\0')
    g_ptr_array_add (list, hg_register_import_key (organisation, "mail", email, NULL));
  if (organisation[0] != '\0' && list->len == 0)
    g_ptr_array_add (list, hg_register_import_key (organisation, NULL));
  g_ptr_array_add (list, NULL);
  return (GStrv) g_ptr_array_free (list, FALSE);
}

static GPtrArray *
list_contacts (HgWorkbook  *workbook,
               GError     **error)
{
  return hg_contact_list (workbook);
}

static char *
label (guint n)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Import %u Contact",
                                       "Import %u Contacts", n), n);
}

static const HgRegisterImportSpec spec = {
  .n_columns = N_COLS,
  .aliases = aliases,
  .labels = labels,
  .match = match_column,
  .key_column = COL_ORGANISATION,
  .required = 1u << COL_ORGANISATION,
  .parse = parse,
  .free = (GDestroyNotify) hg_contact_free,
  .write = write_row,
  .describe = describe,
  .label = label,
  .list = list_contacts,
  .keys = keys,
};

/* The contacts' columns and rows, for hg_register_import_new(). */
const HgRegisterImportSpec *
hg_contact_import_spec (void)
{
  return &spec;
}
