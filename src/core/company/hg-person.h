/* hg-person.h: the people of the company who appear in the organisation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-workbook.h"

G_BEGIN_DECLS

typedef struct
{
  gint64  id;
  char   *name;
  gint64  department_id; /* 0: none */
  char   *email;
  char   *phone;
} HgPerson;

typedef enum
{
  HG_PERSON_FIELD_NAME,
  HG_PERSON_FIELD_EMAIL,
  HG_PERSON_FIELD_PHONE,
} HgPersonField;

/* The company's representative, as a holder given to hg_org_role_assign()
 * before they have a row of their own (a workbook from before the
 * representative was kept as a person). */
#define HG_PERSON_REPRESENTATIVE ((gint64) -1)

HgPerson   *hg_person_new      (const char     *name,
                                gint64          department_id,
                                const char     *email,
                                const char     *phone);
HgPerson   *hg_person_copy     (const HgPerson *person);
void        hg_person_free     (HgPerson       *person);
const char *hg_person_validate (HgPersonField   field,
                                const char     *value);
GPtrArray  *hg_person_list     (HgWorkbook     *workbook);
HgPerson   *hg_person_get      (HgWorkbook     *workbook,
                                gint64          id);
gint64      hg_person_add      (HgWorkbook     *workbook,
                                const HgPerson *person,
                                GError        **error);
gboolean    hg_person_update   (HgWorkbook     *workbook,
                                const HgPerson *person,
                                GError        **error);
gboolean    hg_person_remove   (HgWorkbook     *workbook,
                                gint64          id,
                                GError        **error);
gint64      hg_person_get_representative (HgWorkbook *workbook);

/* For edits of the company and its roles, inside their transaction. */
gboolean    _hg_person_rename_representative (sqlite3    *db,
                                              const char *name,
                                              GError    **error);
gint64      _hg_person_ensure_representative (sqlite3    *db,
                                              GError    **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgPerson, hg_person_free)

G_END_DECLS
