/* hg-import-dialog-assets.c: the import preview of the asset register
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-import-dialog.h"

static gboolean
apply_cb (HgWorkbook  *workbook,
          gpointer     import,
          GError     **error)
{
  return hg_asset_import_apply (workbook, import, error);
}

GtkWidget *
hg_import_dialog_new_for_assets (HgWorkbook    *workbook,
                                 HgAssetImport *import,
                                 const char    *path)
{
  g_auto(GStrv) unknown = hg_asset_import_get_unknown_columns (import);
  g_auto(GStrv) new_departments = hg_asset_import_get_new_departments (import);
  g_auto(GStrv) new_media = hg_asset_import_get_new_media (import);
  g_autofree char *summary =
    g_strdup_printf (_("%u assets will be added and %u updated, as one step that Undo can take "
                       "back."), hg_asset_import_get_n_add (import),
                     hg_asset_import_get_n_update (import));
  HgImportDialog *self;

  self = HG_IMPORT_DIALOG (hg_import_dialog_new (workbook, _("Import Assets"), path,
                                                 hg_asset_import_get_problems (import),
                                                 hg_asset_import_get_n_problems (import), summary,
                                                 apply_cb, import,
                                                 (GDestroyNotify) hg_asset_import_free));
  hg_import_dialog_add_note (self, _("New departments will be added"), new_departments);
  hg_import_dialog_add_note (self, _("New media will be added"), new_media);
  hg_import_dialog_add_note (self, _("These columns are not part of the register and are left "
                                     "out"), unknown);

  for (guint i = 0; i < hg_asset_import_get_n_rows (import); i++)
    {
      guint line = 0;
      const HgAssetData *d = hg_asset_import_get_row (import, i, &line);
      /* Translators: a preview row: line, action, ratings and importance */
      g_autofree char *subtitle = g_strdup_printf (_("Line %u · %s · C%u I%u A%u · importance %u"),
                                                   line,
                                                   d->id > 0 ? _("update") : _("add"),
                                                   d->confidentiality, d->integrity,
                                                   d->availability,
                                                   hg_asset_data_get_importance (d));

      hg_import_dialog_add_row (self, d->name[0] ? d->name : _("(no name)"), subtitle);
    }
  return GTK_WIDGET (self);
}
