/* hg-employee.h: the company's people as employees — employment details
 * and the handbook they last received
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "hg-workbook.h"
#include "hg-limits.h"

G_BEGIN_DECLS

typedef enum
{
  HG_EMPLOYEE_ACTIVE,    /* 在籍 */
  HG_EMPLOYEE_ON_LEAVE,  /* 休職 */
  HG_EMPLOYEE_LEFT,      /* 退職 */
  HG_EMPLOYEE_N_STATUSES
} HgEmployeeStatus;

typedef enum
{
  HG_EMPLOYMENT_FIELD_HIRED_ON,
  HG_EMPLOYMENT_FIELD_POSITION,
  HG_EMPLOYMENT_FIELD_PROMOTED_ON,
} HgEmploymentField;

/* What the company records of a person's employment. Strings are never
 * NULL; dates are YYYY-MM-DD or "" when unknown. A person without a
 * record is active with nothing known. */
typedef struct
{
  char             *hired_on;     /* 入社日 */
  char             *position;     /* 役職 */
  HgEmployeeStatus  status;
  char             *promoted_on;  /* 昇格日, the latest */
} HgEmployment;

/* One person with their employment and the latest handbook receipt. */
typedef struct
{
  gint64        person_id;
  char         *name;
  gint64        department_id;   /* 0: none */
  char         *department;      /* "" when none */
  char         *email;
  char         *phone;
  HgEmployment  employment;
  guint         received_version; /* the highest version received; 0: none */
  char         *received_on;      /* when that version was received; "" */
  gboolean      pledge;           /* 誓約書 signed with that receipt */
} HgEmployeeData;

HgEmployment *hg_employment_new        (const char         *hired_on,
                                        const char         *position,
                                        HgEmployeeStatus    status,
                                        const char         *promoted_on);
void          hg_employment_free       (HgEmployment       *employment);
const char   *hg_employment_validate   (HgEmploymentField   field,
                                        const char         *value);
const char   *hg_employment_validate_dates (const char     *hired_on,
                                            const char     *promoted_on);

const char   *hg_employee_status_key   (HgEmployeeStatus    status);
const char   *hg_employee_status_label (HgEmployeeStatus    status);
const char   *hg_employee_status_word  (HgEmployeeStatus    status);
gboolean      hg_employee_status_parse (const char         *text,
                                        HgEmployeeStatus   *status);

void          hg_employee_data_free    (HgEmployeeData     *data);

#define HG_TYPE_EMPLOYEE (hg_employee_get_type ())

G_DECLARE_FINAL_TYPE (HgEmployee, hg_employee, HG, EMPLOYEE, GObject)

HgEmployee           *hg_employee_new      (HgEmployeeData *data);
const HgEmployeeData *hg_employee_get_data (HgEmployee     *self);

GPtrArray    *hg_employee_list         (HgWorkbook         *workbook,
                                        const char         *pack_id,
                                        const char         *document_id);
HgEmployment *hg_employee_get_employment (HgWorkbook       *workbook,
                                          gint64            person_id);
gboolean      hg_employee_set_employment (HgWorkbook       *workbook,
                                          gint64            person_id,
                                          const HgEmployment *employment,
                                          GError          **error);
gboolean      _hg_employee_write_employment (sqlite3       *db,
                                             gint64         person_id,
                                             const HgEmployment *employment,
                                             GError       **error);
gboolean      hg_employment_normalize  (HgEmployment       *employment,
                                        GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgEmployment, hg_employment_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgEmployeeData, hg_employee_data_free)

G_END_DECLS
