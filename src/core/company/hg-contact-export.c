/* hg-contact-export.c
 *
 * One sheet, roles then contacts, because the list is read in an
 * emergency: whoever holds it should find the company's own incident
 * contact and the maintenance company's night number on the same page.
 * A role left unfilled says why in the note column. Contacts' texts come
 * from outside (business cards, web pages): the CSV writer keeps a text
 * such as "=HYPERLINK(…)" from being run as a formula (hg_table_file_write()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-contact"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-contact.h"
#include "hg-contact-export.h"
#include "hg-role-holder.h"
#include "hg-table-file.h"

static const HgXlsxColumn columns[] = {
  { N_("Kind"), HG_XLSX_COLUMN_TEXT, 20 },
  { N_("Role or organisation"), HG_XLSX_COLUMN_TEXT, 28 },
  { N_("Person"), HG_XLSX_COLUMN_TEXT, 16 },
  { N_("What for"), HG_XLSX_COLUMN_TEXT, 30 },
  { N_("Phone"), HG_XLSX_COLUMN_TEXT, 16 },
  { N_("Nights and holidays"), HG_XLSX_COLUMN_TEXT, 16 },
  { N_("E-mail"), HG_XLSX_COLUMN_TEXT, 26 },
  { N_("Note"), HG_XLSX_COLUMN_TEXT, 30 },
};

static GStrv
role_row (const HgRoleHolder *h)
{
  g_autoptr(GStrvBuilder) row = g_strv_builder_new ();
  g_autofree char *note = h->holder == NULL && h->vacancy != NULL
                          /* Translators: a role left unfilled on purpose, with the reason */
                          ? g_strdup_printf (_("Not filled: %s"), h->vacancy) : g_strdup ("");

  /* Translators: the kind of a row of the contacts list: a role inside the company */
  g_strv_builder_add (row, _("Role in the company"));
  g_strv_builder_add (row, hg_org_role_label (h->role));
  g_strv_builder_add (row, h->holder ? h->holder : "");
  g_strv_builder_add (row, hg_org_role_description (h->role));
  g_strv_builder_add (row, h->phone);
  g_strv_builder_add (row, "");
  g_strv_builder_add (row, h->email);
  g_strv_builder_add (row, note);
  return g_strv_builder_end (row);
}

static GStrv
contact_row (const HgContact *c)
{
  g_autoptr(GStrvBuilder) row = g_strv_builder_new ();
  const char *kind = hg_contact_kind_label (c->kind);

  g_strv_builder_add (row, kind ? kind : c->kind);
  g_strv_builder_add (row, c->fields[HG_CONTACT_FIELD_ORGANISATION]);
  g_strv_builder_add (row, c->fields[HG_CONTACT_FIELD_PERSON]);
  g_strv_builder_add (row, c->fields[HG_CONTACT_FIELD_PURPOSE]);
  g_strv_builder_add (row, c->fields[HG_CONTACT_FIELD_PHONE]);
  g_strv_builder_add (row, c->fields[HG_CONTACT_FIELD_PHONE_AFTER_HOURS]);
  g_strv_builder_add (row, c->fields[HG_CONTACT_FIELD_EMAIL]);
  g_strv_builder_add (row, c->fields[HG_CONTACT_FIELD_NOTE]);
  return g_strv_builder_end (row);
}

/* The rows without the header, numbered from the sheet's row 2. */
static HgTable *
body_table (HgWorkbook *workbook)
{
  HgTable *table = hg_table_new ();
  g_autoptr(GPtrArray) roles = hg_role_holder_list (workbook);
  g_autoptr(GPtrArray) contacts = hg_contact_list (workbook);
  guint line = 2;

  for (guint i = 0; i < roles->len; i++)
    hg_table_add_row (table, role_row (g_ptr_array_index (roles, i)), line++);
  for (guint i = 0; i < contacts->len; i++)
    hg_table_add_row (table, contact_row (g_ptr_array_index (contacts, i)), line++);
  return table;
}

HgTable *
hg_contact_export_table (HgWorkbook *workbook)
{
  HgTable *table = hg_table_new ();
  g_autoptr(HgTable) body = NULL;
  GStrv header = g_new0 (char *, G_N_ELEMENTS (columns) + 1);

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), table);

  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    header[c] = g_strdup (_(columns[c].header));
  hg_table_add_row (table, header, 1);
  body = body_table (workbook);
  for (guint r = 0; r < hg_table_get_n_rows (body); r++)
    hg_table_add_row (table, g_strdupv (g_ptr_array_index (body->rows, r)), r + 2);
  return table;
}

gboolean
hg_contact_export (HgWorkbook  *workbook,
                   const char  *path,
                   GError     **error)
{
  g_autoptr(HgTable) body = NULL;
  HgXlsxColumn xlsx[G_N_ELEMENTS (columns)];

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), FALSE);

  body = body_table (workbook);
  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    {
      xlsx[c] = columns[c];
      xlsx[c].header = _(columns[c].header);
    }
  /* Translators: the name of the sheet in an exported Excel workbook */
  return hg_table_file_write (path, _("Contacts"), xlsx, G_N_ELEMENTS (xlsx), body, error);
}
