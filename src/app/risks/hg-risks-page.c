/* hg-risks-page.c
 *
 * Four views over one computed sheet (hg-risk-sheet.h): the risks, with a
 * 3×3 heat map of importance against likelihood of damage whose cells
 * filter the list; the threats of each medium, rated; the checklist of
 * measures; and the diagnosis. The sheet is the session's, asked for when
 * the page is first shown; the session keeps it up to date and says which
 * rows an edit changed, and the list moves only those.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-risks-page"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-asset-row.h"
#include "hg-asset-store.h"
#include "hg-doc-writer.h"
#include "hg-form.h"
#include "hg-risk-controls-view.h"
#include "hg-risk-diagnosis-view.h"
#include "hg-risk-examples.h"
#include "hg-risk-files.h"
#include "hg-risk-item.h"
#include "hg-risk-list.h"
#include "hg-risk-report.h"
#include "hg-risk-tables-dialog.h"
#include "hg-risk-threat.h"
#include "hg-risk-threats-view.h"
#include "hg-risks-page.h"
#include "hg-table-header.h"
#include "hg-task-bar.h"
#include "hg-treatment-dialog.h"

typedef enum
{
  COL_ASSET, COL_MEDIUM, COL_THREAT, COL_IMPORTANCE, COL_LIKELIHOOD, COL_VULNERABILITY,
  COL_DAMAGE, COL_RISK, COL_BAND, COL_TREATMENT, N_COLUMNS,
} Column;

static const char *column_titles[N_COLUMNS] = {
  N_("Asset"), N_("Medium"), N_("Threat"), N_("Importance"), N_("Likelihood"),
  N_("Vulnerability"), N_("Damage"), N_("Risk"), N_("Level"), N_("Treatment"),
};
/* Width, narrowest, when it gives way (0: never), centred, takes spare room.
 * The asset, the threat and what follows for them — risk, level, treatment
 * — always show; the ratings behind the risk give way first, then the
 * medium (the threat names it). */
static const HgTableColumn columns[N_COLUMNS] = {
  [COL_ASSET]         = { 160, 110, 0, FALSE, TRUE },
  [COL_MEDIUM]        = { 110, 80, 2, FALSE, FALSE },
  [COL_THREAT]        = { 170, 110, 0, FALSE, TRUE },
  [COL_IMPORTANCE]    = { 64, 52, 0, TRUE, FALSE },
  [COL_LIKELIHOOD]    = { 88, 56, 1, TRUE, FALSE },
  [COL_VULNERABILITY] = { 64, 52, 1, TRUE, FALSE },
  [COL_DAMAGE]        = { 88, 56, 1, TRUE, FALSE },
  [COL_RISK]          = { 72, 64, 0, TRUE, FALSE },
  [COL_BAND]          = { 72, 64, 0, TRUE, FALSE },
  [COL_TREATMENT]     = { 104, 88, 0, FALSE, FALSE },
};

struct _HgRisksPage
{
  HgPage           parent_instance;

  GtkStack        *stack;
  AdwViewStack    *views;
  GtkDropDown     *department_drop;

  HgWorkbook      *workbook;       /* the session's */
  HgRiskSheet     *sheet;          /* the session's, NULL until shown or while set up */
  HgRiskList      *list;
  HgTableLayout   *table;
  GtkWidget       *cells[3][3];   /* [importance - 1][damage - 1] */
  GtkLabel        *summary;
  GtkWidget       *threats;
  GtkWidget       *controls;
  GtkWidget       *diagnosis;
  GtkFileChooserNative *chooser;
  guint            updating : 1;
};

G_DEFINE_FINAL_TYPE (HgRisksPage, hg_risks_page, HG_TYPE_PAGE)

static gint64
selected_department (HgRisksPage *self)
{
  guint position = gtk_drop_down_get_selected (self->department_drop);

  if (self->sheet == NULL || position == GTK_INVALID_LIST_POSITION
      || position >= hg_risk_sheet_get_n_departments (self->sheet))
    return HG_RISK_COMPANY;
  return hg_risk_sheet_get_department_id (self->sheet, position);
}

/* ---- The list and the heat map ------------------------------------------ */

static const char *
band_style (guint band)
{
  return band == HG_RISK_BAND_LARGE ? "risk-large"
       : band == HG_RISK_BAND_MEDIUM ? "risk-medium" : "risk-small";
}

static void
update_heat_map (HgRisksPage *self)
{
  guint counts[3][3] = { { 0 } };
  guint bands[4] = { 0 };
  g_autofree char *summary = NULL;

  if (self->sheet == NULL)
    return;
  hg_risk_sheet_heat_map (self->sheet, counts);
  hg_risk_sheet_count_bands (self->sheet, bands);
  for (guint i = 0; i < 3; i++)
    for (guint d = 0; d < 3; d++)
      {
        g_autofree char *label = g_strdup_printf ("%u", counts[i][d]);
        g_autofree char *name = g_strdup_printf (_("Importance %u, likelihood of damage %u: "
                                                   "%u risks"), i + 1, d + 1, counts[i][d]);

        gtk_button_set_label (GTK_BUTTON (self->cells[i][d]), label);
        gtk_accessible_update_property (GTK_ACCESSIBLE (self->cells[i][d]),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      }
  /* Translators: counts of risks by level: high (大), medium (中), low (小) */
  summary = g_strdup_printf (_("%u risks: %u high, %u medium, %u low"),
                             hg_risk_sheet_get_n_rows (self->sheet), bands[HG_RISK_BAND_LARGE],
                             bands[HG_RISK_BAND_MEDIUM], bands[HG_RISK_BAND_SMALL]);
  gtk_label_set_text (self->summary, summary);
}

static void
cell_clicked_cb (GtkToggleButton *button,
                 HgRisksPage     *self)
{
  guint cell = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "cell"));

  if (self->updating)
    return;
  self->updating = TRUE;
  for (guint i = 0; i < 3; i++)
    for (guint d = 0; d < 3; d++)
      if (self->cells[i][d] != GTK_WIDGET (button))
        gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->cells[i][d]), FALSE);
  self->updating = FALSE;
  if (gtk_toggle_button_get_active (button))
    hg_risk_list_set_cell (self->list, cell / 3 + 1, cell % 3 + 1);
  else
    hg_risk_list_set_cell (self->list, 0, 0);
}

static GtkWidget *
build_heat_map (HgRisksPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *title = gtk_label_new (_("Heat Map"));
  GtkWidget *x_axis = gtk_label_new (_("Likelihood of damage →"));
  GtkWidget *y_axis = gtk_label_new (_("Importance ↑"));
  GtkWidget *hint = gtk_label_new (_("Choose a cell to list only its risks."));

  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 4);
  /* Importance 3 on top, likelihood of damage 1 on the left, as on paper. */
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *row = g_strdup_printf ("%u", 3 - i);
      g_autofree char *col = g_strdup_printf ("%u", i + 1);
      GtkWidget *row_label = gtk_label_new (row);
      GtkWidget *col_label = gtk_label_new (col);

      gtk_widget_add_css_class (row_label, "dim-label");
      gtk_widget_add_css_class (col_label, "dim-label");
      gtk_grid_attach (GTK_GRID (grid), row_label, 0, i, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), col_label, i + 1, 3, 1, 1);
      for (guint d = 0; d < 3; d++)
        {
          guint importance = 3 - i, damage = d + 1;
          guint risk = importance * damage;
          GtkWidget *cell = gtk_toggle_button_new_with_label ("0");

          gtk_widget_set_size_request (cell, 56, 44);
          gtk_widget_add_css_class (cell, "heat-cell");
          gtk_widget_add_css_class (cell, band_style (risk >= 6 ? HG_RISK_BAND_LARGE
                                                      : risk == 4 ? HG_RISK_BAND_MEDIUM
                                                                  : HG_RISK_BAND_SMALL));
          g_object_set_data (G_OBJECT (cell), "cell",
                             GUINT_TO_POINTER ((importance - 1) * 3 + (damage - 1)));
          g_signal_connect (cell, "toggled", G_CALLBACK (cell_clicked_cb), self);
          self->cells[importance - 1][damage - 1] = cell;
          gtk_grid_attach (GTK_GRID (grid), cell, d + 1, i, 1, 1);
        }
    }
  gtk_widget_add_css_class (y_axis, "caption");
  gtk_widget_add_css_class (x_axis, "caption");
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_widget_add_css_class (hint, "caption");
  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_label_set_xalign (GTK_LABEL (y_axis), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (hint), 24);
  self->summary = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->summary, TRUE);
  gtk_label_set_xalign (self->summary, 0);
  gtk_label_set_max_width_chars (self->summary, 24);

  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), y_axis);
  gtk_box_append (GTK_BOX (box), grid);
  gtk_box_append (GTK_BOX (box), x_axis);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->summary));
  gtk_box_append (GTK_BOX (box), hint);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 12);
  return box;
}

static char *
cell_text (HgRisksPage     *self,
           const HgRiskRow *row,
           Column           column)
{
  const HgRiskThreatState *threat = hg_risk_sheet_get_threat (self->sheet, row->threat);

  switch (column)
    {
    case COL_ASSET:
      {
        char *name = hg_asset_store_get_name (self->workbook, row->asset_id);
        return name ? name : g_strdup ("");
      }
    case COL_MEDIUM:        return g_strdup (threat->display_medium);
    case COL_THREAT:        return g_strdup (threat->display_name);
    case COL_IMPORTANCE:    return g_strdup_printf ("%u", row->importance);
    case COL_LIKELIHOOD:    return g_strdup_printf ("%u", row->likelihood);
    case COL_VULNERABILITY: return g_strdup_printf ("%u", row->vulnerability);
    case COL_DAMAGE:        return g_strdup_printf ("%u", row->damage);
    case COL_RISK:          return g_strdup_printf ("%u", row->risk);
    case COL_BAND:          return g_strdup (hg_risk_band_get_label (row->band));
    case COL_TREATMENT:
      return g_strdup (row->treatment == HG_RISK_TREATMENT_NONE
                       ? "" : hg_risk_treatment_get_label (row->treatment));
    case N_COLUMNS:
    default:
      g_return_val_if_reached (g_strdup (""));
    }
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              HgRisksPage              *self)
{
  gtk_list_item_set_child (item, hg_asset_row_new (self->table));
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             HgRisksPage              *self)
{
  guint index = hg_risk_item_get_index (gtk_list_item_get_item (item));
  const HgRiskRow *row = hg_risk_sheet_get_row (self->sheet, index);
  GStrv cells = g_new0 (char *, N_COLUMNS + 1);

  for (Column c = 0; c < N_COLUMNS; c++)
    cells[c] = cell_text (self, row, c);
  hg_asset_row_set_cells (HG_ASSET_ROW (gtk_list_item_get_child (item)), cells,
                          row->band == HG_RISK_BAND_LARGE ? COL_RISK : G_MAXUINT, NULL);
}

static void
row_activated_cb (GtkListView *view,
                  guint        position,
                  HgRisksPage *self)
{
  g_autoptr(HgRiskItem) item = g_list_model_get_item (G_LIST_MODEL (self->list), position);
  guint index;
  g_autofree char *asset = NULL;
  GtkWidget *dialog;

  if (item == NULL)
    return;
  index = hg_risk_item_get_index (item);
  asset = hg_asset_store_get_name (self->workbook,
                                   hg_risk_sheet_get_row (self->sheet, index)->asset_id);
  dialog = hg_treatment_dialog_new (self->sheet, index, asset ? asset : "");
  gtk_window_set_transient_for (GTK_WINDOW (dialog),
                                GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
build_sheet_view (HgRisksPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *right = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkAdjustment *hadjustment = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scroller));
  GtkWidget *header = hg_table_header_new (self->table, hadjustment);
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkSelectionModel *selection;
  GtkWidget *view;

  for (Column c = 0; c < N_COLUMNS; c++)
    {
      GtkWidget *label = gtk_label_new (_(column_titles[c]));

      gtk_label_set_xalign (GTK_LABEL (label), columns[c].centered ? 0.5 : 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      /* The row draws each cell with 6 px of padding on either side. */
      gtk_widget_set_margin_start (label, 6);
      gtk_widget_set_margin_end (label, 6);
      gtk_widget_add_css_class (label, "caption-heading");
      /* The whole title when a narrow column cuts it. */
      gtk_widget_set_tooltip_text (label, _(column_titles[c]));
      hg_table_header_set_cell (HG_TABLE_HEADER (header), c, label);
    }
  gtk_widget_set_margin_top (header, 6);
  gtk_widget_set_margin_bottom (header, 6);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  selection = GTK_SELECTION_MODEL (gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->list))));
  view = gtk_list_view_new (selection, factory);
  gtk_list_view_set_single_click_activate (GTK_LIST_VIEW (view), FALSE);
  gtk_widget_add_css_class (view, "risk-sheet");
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Risks, highest first"), -1);
  g_signal_connect (view, "activate", G_CALLBACK (row_activated_cb), self);

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), view);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_box_append (GTK_BOX (right), header);
  gtk_box_append (GTK_BOX (right), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_box_append (GTK_BOX (right), scroller);
  gtk_widget_set_hexpand (right, TRUE);
  gtk_box_append (GTK_BOX (box), build_heat_map (self));
  gtk_box_append (GTK_BOX (box), gtk_separator_new (GTK_ORIENTATION_VERTICAL));
  gtk_box_append (GTK_BOX (box), right);
  return box;
}

/* ---- Loading and following the workbook ---------------------------------- */

static void
fill_departments (HgRisksPage *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  for (guint i = 0; self->sheet != NULL && i < hg_risk_sheet_get_n_departments (self->sheet); i++)
    gtk_string_list_append (names, i == 0 ? _("The whole company")
                                          : hg_risk_sheet_get_department_name (self->sheet, i));
  self->updating = TRUE;
  gtk_drop_down_set_model (self->department_drop, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->department_drop, 0);
  self->updating = FALSE;
}

static HgPack *
pack_of (HgRisksPage *self)
{
  HgSession *session = hg_page_get_session (HG_PAGE (self));

  return session ? hg_session_get_pack (session, NULL) : NULL;
}

static void
update_diagnosis (HgRisksPage *self)
{
  if (self->sheet != NULL
      && g_strcmp0 (adw_view_stack_get_visible_child_name (self->views), "diagnosis") == 0)
    hg_risk_diagnosis_view_set (HG_RISK_DIAGNOSIS_VIEW (self->diagnosis), self->sheet,
                                pack_of (self));
}

static void
rebuild_views (HgRisksPage *self)
{
  gint64 department = selected_department (self);

  hg_risk_threats_view_set (HG_RISK_THREATS_VIEW (self->threats), self->sheet, department);
  hg_risk_controls_view_set (HG_RISK_CONTROLS_VIEW (self->controls), self->sheet, department);
  hg_risk_diagnosis_view_set (HG_RISK_DIAGNOSIS_VIEW (self->diagnosis), self->sheet,
                              pack_of (self));
}

static gboolean
has_threats (HgWorkbook *workbook)
{
  g_autoptr(GPtrArray) threats = hg_risk_threat_list (workbook, 0);

  return threats->len > 0;
}

/* The whole page from the session's sheet: when first shown, after the
 * analysis is set up, and after an edit that made rows come or go. */
static void
load (HgPage *page)
{
  HgRisksPage *self = HG_RISKS_PAGE (page);
  HgSession *session = hg_page_get_session (page);
  g_autoptr(GError) error = NULL;

  self->sheet = NULL;
  if (session == NULL)
    {
      hg_risk_list_set_sheet (self->list, NULL);
      return;
    }
  if (hg_session_get_catalogue (session, &error) == NULL)
    g_critical ("%s", error->message); /* compiled in and tested: a bug, not a user error */
  if (hg_risk_needs_setup (self->workbook) && !has_threats (self->workbook))
    {
      hg_risk_list_set_sheet (self->list, NULL);
      gtk_stack_set_visible_child_name (self->stack, "setup");
      return;
    }
  self->sheet = hg_session_get_risk_sheet (session);
  gtk_stack_set_visible_child_name (self->stack, "analysis");
  hg_risk_list_set_sheet (self->list, self->sheet);
  fill_departments (self);
  rebuild_views (self);
  update_heat_map (self);
}

static void
risks_changed_cb (HgRisksPage *self,
                  GArray      *rows,
                  gboolean     reset)
{
  if (self->sheet == NULL)
    return;   /* nothing shown yet: load() reads the sheet when the page is shown */
  if (reset)
    {
      /* Rows came or went. A hidden page lets go of them at once and
       * reads the sheet again when shown; a shown one reads it now. */
      if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
        {
          self->sheet = NULL;
          hg_risk_list_set_sheet (self->list, NULL);
        }
      hg_page_queue_refresh (HG_PAGE (self));
      return;
    }
  /* Values changed in place: the list moves only those rows, the heat map
   * and the numbers under the threats follow; the checklist stays as it
   * is, so a keyboard user keeps their place in it. */
  hg_risk_list_update_rows (self->list, rows);
  update_heat_map (self);
  hg_risk_threats_view_update (HG_RISK_THREATS_VIEW (self->threats));
  update_diagnosis (self);
}

/* Without a sheet (the set-up view), an edit that may set the analysis up
 * or take it back shows the page anew. */
static void
session_changed_cb (HgRisksPage *self,
                    GStrv        tables)
{
  if (self->sheet == NULL && hg_risk_sheet_reloads_for ((const char * const *) tables))
    hg_page_queue_refresh (HG_PAGE (self));
}

static void
session_changed (HgPage *page)
{
  HgRisksPage *self = HG_RISKS_PAGE (page);
  HgSession *session = hg_page_get_session (page);
  gboolean editable;

  /* The views must not keep the previous session's sheet. */
  self->sheet = NULL;
  self->workbook = session ? hg_session_get_workbook (session) : NULL;
  /* A workbook opened read-only is shown, not changed (the window says why). */
  editable = self->workbook == NULL || !hg_workbook_is_read_only (self->workbook);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "risks.setup", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "risks.examples", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "risks.tables", editable);
  hg_risk_list_set_sheet (self->list, NULL);
  rebuild_views (self);
  if (session == NULL)
    return;
  g_signal_connect_swapped (session, "risks-changed", G_CALLBACK (risks_changed_cb), self);
  g_signal_connect_swapped (session, "changed", G_CALLBACK (session_changed_cb), self);
}

static void
department_changed_cb (HgRisksPage *self)
{
  if (!self->updating && self->sheet != NULL)
    rebuild_views (self);
}

static void
view_changed_cb (HgRisksPage *self)
{
  update_diagnosis (self);
}

/* ---- Actions -------------------------------------------------------------- */

/* risks.setup gives every medium its threats; risks.examples does that and
 * fills in the example company's ratings and answers as well. */
static void
setup_action (GtkWidget  *widget,
              const char *name,
              GVariant   *param)
{
  HgRisksPage *self = HG_RISKS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  HgRiskCatalogue *catalogue;
  gboolean ok;

  if (self->workbook == NULL)
    return;
  catalogue = hg_session_get_catalogue (hg_page_get_session (HG_PAGE (self)), NULL);
  ok = g_str_equal (name, "risks.examples")
       ? hg_risk_load_examples (self->workbook, catalogue, &error)
       : hg_risk_setup (self->workbook, catalogue, &error);
  /* Done, the edit itself shows the analysis: see session_changed_cb(). */
  if (!ok)
    hg_form_show_error (GTK_WINDOW (gtk_widget_get_root (widget)), _("Could Not Set Up"),
                        error->message);
}

/* ---- Export -------------------------------------------------------------- */

/* An export as the thread writes it: the sheet's rows and the names they
 * need, or the report, read on the main thread when the user asked. */
typedef struct
{
  HgRiskExport *file;
  HgDoc        *report;
  HgDocFormat   doc_format;
  char         *path;
} Export;

static void
export_free (Export *e)
{
  g_clear_pointer (&e->file, hg_risk_export_free);
  g_clear_pointer (&e->report, hg_doc_free);
  g_free (e->path);
  g_free (e);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Export, export_free)

static Export *
export_new (HgRisksPage *self,
            const char  *format,
            const char  *path)
{
  /* The session's pack, parsed once: the export reads it on the main
   * thread, the thread only the copy made here. */
  HgPack *pack = pack_of (self);
  Export *e = g_new0 (Export, 1);
  HgRiskFileFormat file_format;

  e->path = g_strdup (path);
  if (hg_risk_file_format_from_name (format, &file_format))
    e->file = hg_risk_export_new (self->sheet, pack, file_format);
  else if (hg_doc_format_from_name (format, &e->doc_format))
    e->report = hg_risk_report_build (self->sheet, pack);
  return e;
}

/* In the task's thread: reads only @e. */
static gboolean
export_write (HgJob     *job,
              gpointer   data,
              GError   **error)
{
  Export *e = data;

  if (e->file != NULL)
    return hg_risk_export_write (e->file, e->path, job, error);
  g_return_val_if_fail (e->report != NULL, FALSE);
  return hg_doc_write_job (e->report, e->doc_format, e->path, job, error);
}

/* The sheet as CSV or Excel, or the report in a document format, here and
 * now: what the window does in a thread, for the tests. */
gboolean
hg_risks_page_export (HgRisksPage  *self,
                      const char   *format,
                      const char   *path,
                      GError      **error)
{
  g_autoptr(Export) e = export_new (self, format, path);

  return export_write (NULL, e, error);
}

static void
tables_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  HgRisksPage *self = HG_RISKS_PAGE (widget);
  GtkWidget *dialog;

  if (self->workbook == NULL)
    return;
  dialog = hg_risk_tables_dialog_new (self->workbook);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (widget)));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  HgRisksPage *self = HG_RISKS_PAGE (source);
  g_autoptr(GError) error = NULL;
  Export *e = NULL;
  gboolean ok = hg_task_row_finish (result, (gpointer *) &e, &error);
  g_autofree char *name = g_path_get_basename (e->path);
  g_autofree char *message = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "risks.export", TRUE);
  /* Cancelled, or the window is gone: there is no one to tell. */
  if (gtk_widget_get_root (GTK_WIDGET (self)) == NULL
      || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (!ok)
    {
      hg_form_show_error (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                          _("Could Not Export"), error->message);
      return;
    }
  message = g_strdup_printf (_("Exported to %s"), name);
  hg_form_toast (GTK_WIDGET (self), adw_toast_new (message));
}

/* Starts the export in a thread, shown in the window's task bar; the
 * action is off until it ends. */
void
hg_risks_page_start_export (HgRisksPage *self,
                            const char  *format,
                            const char  *path)
{
  g_autofree char *name = g_path_get_basename (path);
  /* Translators: shown with a progress bar while a file is written */
  g_autofree char *title = g_strdup_printf (_("Exporting “%s”…"), name);

  g_return_if_fail (HG_IS_RISKS_PAGE (self) && self->sheet != NULL);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "risks.export", FALSE);
  hg_task_bar_run (GTK_WIDGET (self), title, export_write, export_new (self, format, path),
                   (GDestroyNotify) export_free, export_done_cb, NULL);
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    HgRisksPage     *self)
{
  const char *format = g_object_get_data (G_OBJECT (chooser), "format");

  if (response == GTK_RESPONSE_ACCEPT && self->sheet != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file ? g_file_get_path (file) : NULL;

      if (path != NULL)
        hg_risks_page_start_export (self, format, path);
    }
  g_clear_object (&self->chooser);
}

static void
export_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  HgRisksPage *self = HG_RISKS_PAGE (widget);
  const char *format = g_variant_get_string (param, NULL);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *pattern = g_strdup_printf ("*.%s", format);
  /* Translators: default file name of an exported risk analysis; keep it short */
  g_autofree char *file_name = g_strdup_printf ("%s.%s", _("Risk analysis"), format);

  if (self->sheet == NULL || self->chooser != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (_("Export the Risk Analysis"),
                                               GTK_WINDOW (gtk_widget_get_root (widget)),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                               _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_filter_set_name (filter, format);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), file_name);
  g_object_set_data_full (G_OBJECT (self->chooser), "format", g_strdup (format), g_free);
  g_signal_connect (self->chooser, "response", G_CALLBACK (export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* ---- Class ---------------------------------------------------------------- */

static void
hg_risks_page_dispose (GObject *object)
{
  HgRisksPage *self = (HgRisksPage *) object;

  g_clear_object (&self->chooser);

  G_OBJECT_CLASS (hg_risks_page_parent_class)->dispose (object);
}

static void
hg_risks_page_finalize (GObject *object)
{
  HgRisksPage *self = (HgRisksPage *) object;

  g_clear_object (&self->list);
  g_clear_object (&self->table);

  G_OBJECT_CLASS (hg_risks_page_parent_class)->finalize (object);
}

static void
hg_risks_page_class_init (HgRisksPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hg_risks_page_dispose;
  object_class->finalize = hg_risks_page_finalize;
  HG_PAGE_CLASS (klass)->session_changed = session_changed;
  HG_PAGE_CLASS (klass)->refresh = load;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/hg-risks-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HgRisksPage, stack);
  gtk_widget_class_bind_template_child (widget_class, HgRisksPage, views);
  gtk_widget_class_bind_template_child (widget_class, HgRisksPage, department_drop);
  gtk_widget_class_install_action (widget_class, "risks.setup", NULL, setup_action);
  gtk_widget_class_install_action (widget_class, "risks.examples", NULL, setup_action);
  gtk_widget_class_install_action (widget_class, "risks.tables", NULL, tables_action);
  gtk_widget_class_install_action (widget_class, "risks.export", "s", export_action);
}

static void
hg_risks_page_init (HgRisksPage *self)
{
  AdwViewStackPage *page;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->list = hg_risk_list_new ();
  self->table = hg_table_layout_new (columns, N_COLUMNS);
  self->threats = hg_risk_threats_view_new ();
  self->controls = hg_risk_controls_view_new ();
  self->diagnosis = hg_risk_diagnosis_view_new ();

  page = adw_view_stack_add_titled (self->views, build_sheet_view (self), "risks", _("Risks"));
  adw_view_stack_page_set_icon_name (page, "dialog-warning-symbolic");
  page = adw_view_stack_add_titled (self->views, self->threats, "threats", _("Threats"));
  adw_view_stack_page_set_icon_name (page, "weather-storm-symbolic");
  page = adw_view_stack_add_titled (self->views, self->controls, "controls",
                                     _("Measures in Place"));
  adw_view_stack_page_set_icon_name (page, "object-select-symbolic");
  page = adw_view_stack_add_titled (self->views, self->diagnosis, "diagnosis", _("Diagnosis"));
  adw_view_stack_page_set_icon_name (page, "emblem-important-symbolic");

  g_signal_connect_swapped (self->department_drop, "notify::selected",
                            G_CALLBACK (department_changed_cb), self);
  g_signal_connect_swapped (self->views, "notify::visible-child-name",
                            G_CALLBACK (view_changed_cb), self);
}

HgRiskSheet *
hg_risks_page_get_sheet (HgRisksPage *self)
{
  return self->sheet;
}

GListModel *
hg_risks_page_get_shown (HgRisksPage *self)
{
  return G_LIST_MODEL (self->list);
}

void
hg_risks_page_show_cell (HgRisksPage *self,
                         guint        importance,
                         guint        damage)
{
  g_return_if_fail (importance >= 1 && importance <= 3 && damage >= 1 && damage <= 3);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->cells[importance - 1][damage - 1]), TRUE);
}

guint
hg_risks_page_get_cell_count (HgRisksPage *self,
                              guint        importance,
                              guint        damage)
{
  guint counts[3][3] = { { 0 } };

  g_return_val_if_fail (importance >= 1 && importance <= 3 && damage >= 1 && damage <= 3, 0);
  if (self->sheet != NULL)
    hg_risk_sheet_heat_map (self->sheet, counts);
  return counts[importance - 1][damage - 1];
}

void
hg_risks_page_show_view (HgRisksPage *self,
                         const char  *name)
{
  adw_view_stack_set_visible_child_name (self->views, name);
}

GtkWidget *
hg_risks_page_get_controls_view (HgRisksPage *self)
{
  return self->controls;
}
