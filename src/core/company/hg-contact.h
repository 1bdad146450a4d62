/* hg-contact.h: the contacts outside the company it keeps for incidents
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-workbook.h"

G_BEGIN_DECLS

typedef enum
{
  HG_CONTACT_FIELD_ORGANISATION,      /* required */
  HG_CONTACT_FIELD_PURPOSE,           /* what the company calls them for */
  HG_CONTACT_FIELD_PERSON,
  HG_CONTACT_FIELD_PHONE,
  HG_CONTACT_FIELD_PHONE_AFTER_HOURS,
  HG_CONTACT_FIELD_EMAIL,
  HG_CONTACT_FIELD_NOTE,
  HG_CONTACT_N_FIELDS
} HgContactField;

typedef struct
{
  gint64  id;                         /* 0: not stored yet */
  char   *kind;                       /* hg_contact_kind_label() */
  char   *fields[HG_CONTACT_N_FIELDS]; /* never NULL; "" when empty */
} HgContact;

HgContact  *hg_contact_new          (const char       *kind);
HgContact  *hg_contact_copy         (const HgContact  *contact);
void        hg_contact_free         (HgContact        *contact);
void        hg_contact_set_field    (HgContact        *contact,
                                     HgContactField    field,
                                     const char       *value);
const char *hg_contact_field_key    (HgContactField    field);
const char *hg_contact_field_label  (HgContactField    field);
gboolean    hg_contact_field_from_key (const char     *key,
                                       HgContactField *field);
const char * const *hg_contact_kinds (void);
const char *hg_contact_kind_label   (const char       *kind);
const char *hg_contact_validate     (HgContactField    field,
                                     const char       *value);
char       *hg_contact_format_phones (const char      *phone,
                                      const char      *after_hours);
GPtrArray  *hg_contact_list         (HgWorkbook       *workbook);
HgContact  *hg_contact_get          (HgWorkbook       *workbook,
                                     gint64            id);
gint64      hg_contact_add          (HgWorkbook       *workbook,
                                     const HgContact  *contact,
                                     GError          **error);
gboolean    hg_contact_update       (HgWorkbook       *workbook,
                                     const HgContact  *contact,
                                     GError          **error);
/* Adds @contact, checked with hg_contact_validate() already, inside the
 * caller's transaction (an import's); sets its id. */
gboolean    _hg_contact_insert      (sqlite3          *db,
                                     HgContact        *contact,
                                     GError          **error);
gboolean    hg_contact_remove       (HgWorkbook       *workbook,
                                     gint64            id,
                                     GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgContact, hg_contact_free)

G_END_DECLS
