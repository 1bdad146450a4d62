/* hg-cli-company.c: company set, roles list|assign|vacant, contacts
 * list|add|set|remove|export — what an approval may ask to fill in first.
 *
 * The contact list is tab-separated with Japanese headers, like the other
 * lists: it is the company's own data, whatever the language of the
 * terminal.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hinagata-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "hg-cli-util.h"
#include "hg-company.h"
#include "hg-contact.h"
#include "hg-contact-export.h"
#include "hg-org-role.h"
#include "hg-person.h"
#include "hg-role-holder.h"
#include "hg-role-vacancy.h"

static int
company_set (int    argc,
             char **argv)
{
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(GError) error = NULL;
  HgCompanyField field;

  if (argc != 3)
    return hg_cli_usage_error (_("“company set” takes a workbook, a field and its value"));
  if (!hg_company_field_from_key (argv[1], &field))
    {
      g_autoptr(GString) keys = g_string_new (NULL);

      for (guint f = 0; f < HG_COMPANY_N_FIELDS; f++)
        g_string_append_printf (keys, "%s%s", f ? ", " : "", hg_company_field_key (f));
      g_printerr (_("hinagata-cli: there is no company field “%s”; the fields are: %s\n"),
                  argv[1], keys->str);
      return 1;
    }
  workbook = hg_workbook_open (argv[0], HG_WORKBOOK_OPEN_DEFAULT, &error);
  if (workbook == NULL || !hg_company_set (workbook, field, argv[2], &error))
    return hg_cli_fail (error);
  return 0;
}

static gboolean
parse_role (const char *key,
            HgOrgRole  *role)
{
  g_autoptr(GString) keys = g_string_new (NULL);

  if (hg_org_role_from_key (key, role) && *role != HG_ORG_ROLE_DEPARTMENT_HEAD)
    return TRUE;
  for (guint r = 0; r < HG_ORG_N_ROLES; r++)
    if (r != HG_ORG_ROLE_DEPARTMENT_HEAD)
      g_string_append_printf (keys, "%s%s", keys->len ? ", " : "", hg_org_role_key (r));
  g_printerr (_("hinagata-cli: there is no role “%s”; the roles are: %s\n"), key, keys->str);
  return FALSE;
}

/* The person called @name; one is added when nobody is. */
static gint64
person_called (HgWorkbook  *workbook,
               const char  *name,
               GError     **error)
{
  g_autoptr(GPtrArray) people = hg_person_list (workbook);
  g_autoptr(HgPerson) person = NULL;

  for (guint i = 0; i < people->len; i++)
    if (g_str_equal (((HgPerson *) g_ptr_array_index (people, i))->name, name))
      return ((HgPerson *) g_ptr_array_index (people, i))->id;
  person = hg_person_new (name, 0, "", "");
  return hg_person_add (workbook, person, error);
}

static int
roles (int    argc,
       char **argv)
{
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) holders = NULL;
  HgOrgRole role;

  if (argc == 2 && g_str_equal (argv[0], "list"))
    {
      workbook = hg_cli_open_current (argv[1], &error);
      if (workbook == NULL)
        return hg_cli_fail (error);
      holders = hg_role_holder_list (workbook);
      for (guint i = 0; i < holders->len; i++)
        {
          const HgRoleHolder *h = g_ptr_array_index (holders, i);
          g_autofree char *state = hg_role_holder_describe (h);

          g_print ("%s\t%s\t%s\n", hg_org_role_key (h->role), hg_org_role_label (h->role), state);
        }
      return 0;
    }
  if (argc != 4 || (!g_str_equal (argv[0], "assign") && !g_str_equal (argv[0], "vacant")))
    return hg_cli_usage_error (_("Use “roles list FILE”, “roles assign FILE ROLE NAME” or "
                                 "“roles vacant FILE ROLE REASON”"));
  if (!parse_role (argv[2], &role))
    return 1;
  workbook = hg_workbook_open (argv[1], HG_WORKBOOK_OPEN_DEFAULT, &error);
  if (workbook == NULL)
    return hg_cli_fail (error);
  if (g_str_equal (argv[0], "vacant"))
    return hg_role_vacancy_set (workbook, role, argv[3], &error) ? 0 : hg_cli_fail (error);
  {
    gint64 id = person_called (workbook, argv[3], &error);

    if (id <= 0 || !hg_org_role_assign (workbook, role, 0, id, &error))
      return hg_cli_fail (error);
  }
  return 0;
}

/* "--phone 052-…" and the like, one per field, into @contact; FALSE for an
 * unknown option or one without its value. */
static gboolean
contact_options (int        argc,
                 char     **argv,
                 HgContact *contact)
{
  for (int i = 0; i < argc; i++)
    {
      HgContactField field;

      if (!g_str_has_prefix (argv[i], "--") || i + 1 >= argc)
        return FALSE;
      if (g_str_equal (argv[i], "--kind"))
        {
          g_free (contact->kind);
          contact->kind = g_strdup (argv[++i]);
          continue;
        }
      if (!hg_contact_field_from_key (argv[i] + 2, &field))
        return FALSE;
      hg_contact_set_field (contact, field, argv[++i]);
    }
  return TRUE;
}

static int
contacts_list (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgWorkbook) workbook = hg_cli_open_current (path, &error);
  g_autoptr(GPtrArray) list = NULL;

  if (workbook == NULL)
    return hg_cli_fail (error);
  list = hg_contact_list (workbook);
  g_print ("番号\t種別\t連絡先\t用件\t担当者\t電話番号\t夜間・休日\tメール\t備考\n");
  for (guint i = 0; i < list->len; i++)
    {
      HgContact *c = g_ptr_array_index (list, i);

      g_print ("%" G_GINT64_FORMAT "\t%s", c->id, c->kind);
      for (guint f = 0; f < HG_CONTACT_N_FIELDS; f++)
        {
          g_autofree char *cell = g_strdup (c->fields[f]);

          g_strdelimit (cell, "\t\n", ' ');
          g_print ("\t%s", cell);
        }
      g_print ("\n");
    }
  return 0;
}

/* The roles and the contacts, the whole list of whom to call. */
static int
contacts_export (int    argc,
                 char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgWorkbook) workbook = NULL;

  if (argc != 4 || (!g_str_equal (argv[2], "-o") && !g_str_equal (argv[2], "--output")))
    return hg_cli_usage_error (_("Give the file to write with -o FILE.csv or FILE.xlsx"));
  workbook = hg_cli_open_current (argv[1], &error);
  if (workbook == NULL || !hg_contact_export (workbook, argv[3], &error))
    return hg_cli_fail (error);
  g_print (_("Wrote %s\n"), argv[3]);
  return 0;
}

static int
contacts (int    argc,
          char **argv)
{
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(HgContact) contact = NULL;
  g_autoptr(GError) error = NULL;
  const char *usage = _("Use “contacts list FILE”, “contacts add FILE ORGANISATION [--kind KIND] "
                        "[--phone NUMBER] […]”, “contacts set FILE ID --FIELD VALUE […]”, "
                        "“contacts remove FILE ID” or “contacts export FILE -o OUT”");
  gint64 id = 0;

  if (argc == 2 && g_str_equal (argv[0], "list"))
    return contacts_list (argv[1]);
  if (argc >= 1 && g_str_equal (argv[0], "export"))
    return contacts_export (argc, argv);
  if (argc < 3)
    return hg_cli_usage_error (usage);
  if (!g_str_equal (argv[0], "add"))
    {
      char *end = NULL;

      id = g_ascii_strtoll (argv[2], &end, 10);
      if (end == argv[2] || *end != '\0' || id <= 0)
        return hg_cli_usage_error (usage);
    }
  workbook = hg_workbook_open (argv[1], HG_WORKBOOK_OPEN_DEFAULT, &error);
  if (workbook == NULL)
    return hg_cli_fail (error);

  if (g_str_equal (argv[0], "remove") && argc == 3)
    return hg_contact_remove (workbook, id, &error) ? 0 : hg_cli_fail (error);
  if (g_str_equal (argv[0], "add"))
    {
      contact = hg_contact_new ("other");
      hg_contact_set_field (contact, HG_CONTACT_FIELD_ORGANISATION, argv[2]);
      if (!contact_options (argc - 3, argv + 3, contact))
        return hg_cli_usage_error (usage);
      id = hg_contact_add (workbook, contact, &error);
      if (id <= 0)
        return hg_cli_fail (error);
      g_print ("%" G_GINT64_FORMAT "\n", id);
      return 0;
    }
  if (!g_str_equal (argv[0], "set"))
    return hg_cli_usage_error (usage);
  contact = hg_contact_get (workbook, id);
  if (contact == NULL)
    {
      g_printerr (_("hinagata-cli: there is no contact %s; “contacts list” shows them\n"),
                  argv[2]);
      return 1;
    }
  if (!contact_options (argc - 3, argv + 3, contact))
    return hg_cli_usage_error (usage);
  return hg_contact_update (workbook, contact, &error) ? 0 : hg_cli_fail (error);
}

/* argv[0] is the command ("company", "roles" or "contacts"). Returns -1
 * when it is not one of ours. */
int
hg_cli_company (int    argc,
                char **argv)
{
  if (argc >= 1 && g_str_equal (argv[0], "company"))
    {
      if (argc < 2 || !g_str_equal (argv[1], "set"))
        return hg_cli_usage_error (_("Use “company set FILE FIELD VALUE”"));
      return company_set (argc - 2, argv + 2);
    }
  if (argc >= 2 && g_str_equal (argv[0], "roles"))
    return roles (argc - 1, argv + 1);
  if (argc >= 1 && g_str_equal (argv[0], "roles"))
    return roles (0, NULL);
  if (argc >= 2 && g_str_equal (argv[0], "contacts"))
    return contacts (argc - 1, argv + 1);
  if (argc >= 1 && g_str_equal (argv[0], "contacts"))
    return contacts (0, NULL);
  return -1;
}
