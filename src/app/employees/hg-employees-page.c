/* hg-employees-page.c: 従業員・教育 — who works here, who received the
 * handbook and signed the pledge, who needs teaching, and the training held
 *
 * The page reads everything again when the workbook changes (a company has
 * tens or hundreds of people, not a register's hundred thousand rows), and
 * a hidden page waits until it is shown. The selection is kept across the
 * reload by person, so recording a receipt leaves the same people selected.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-employees-page"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-date.h"
#include "hg-asset-files.h"
#include "hg-doc-export.h"
#include "hg-education.h"
#include "hg-employee.h"
#include "hg-employee-import.h"
#include "hg-error.h"
#include "hg-employees-page.h"
#include "hg-employment-dialog.h"
#include "hg-form.h"
#include "hg-handbook-receipt.h"
#include "hg-import-dialog.h"
#include "hg-print-operation.h"
#include "hg-revision.h"
#include "hg-receipt-dialog.h"
#include "hg-task-bar.h"
#include "hg-training-dialog.h"

typedef enum
{
  COL_NAME,
  COL_DEPARTMENT,
  COL_POSITION,
  COL_HIRED,
  COL_STATUS,
  COL_VERSION,
  COL_RECEIVED,
  COL_PLEDGE,
  COL_REASONS,
  N_COLUMNS
} Column;

typedef enum
{
  VIEW_EVERYONE,
  VIEW_NEEDS,
  VIEW_TRAINING,
} View;

typedef struct
{
  HgEmployeesPage *page;
  Column           column;
} ColumnData;

struct _HgEmployeesPage
{
  AdwBin                parent_instance;

  /* Template widgets */
  GtkStack             *stack;
  GtkToggleButton      *everyone_button;
  GtkToggleButton      *needs_button;
  GtkToggleButton      *training_button;
  GtkLabel             *needs_label;
  GtkLabel             *handbook_label;
  GtkWidget            *approve_button;
  GtkWidget            *receipt_button;
  GtkStack             *view_stack;
  GtkColumnView        *column_view;
  AdwStatusPage        *up_to_date_page;
  GtkListBox           *training_list;
  GtkWidget            *training_empty_label;
  GtkLabel             *status_label;

  HgWorkbook           *workbook;     /* the session's */
  gboolean              importing;    /* a file is being checked in a thread */

  /* Owned references */
  HgHandbook           *handbook;
  GListStore           *store;        /* of HgEmployee */
  GtkCustomFilter      *filter;
  GtkFilterListModel   *filter_model;
  GtkSortListModel     *sort_model;
  GtkMultiSelection    *selection;
  GtkColumnViewColumn  *columns[N_COLUMNS];
  ColumnData            column_data[N_COLUMNS];
  GtkFileChooserNative *chooser;

  View                  view;
};

G_DEFINE_FINAL_TYPE (HgEmployeesPage, hg_employees_page, HG_TYPE_PAGE)

static const char *column_titles[N_COLUMNS] = {
  N_("Name"), N_("Department"), N_("Position"), N_("Hired"), N_("Status"),
  N_("Handbook"), N_("Received"), N_("Pledge"), N_("Why"),
};

/* Starting widths; the name and the reasons (-1) take what is left. */
static const int column_widths[N_COLUMNS] = { -1, 120, 90, 120, 80, 110, 120, 90, -1 };

/* ---- Cells --------------------------------------------------------------- */

static HgEducationReason
reasons_of (HgEmployeesPage      *self,
            const HgEmployeeData *d)
{
  return self->handbook ? hg_handbook_reasons (self->handbook, d) : 0;
}

static char *
cell_text (HgEmployeesPage      *self,
           const HgEmployeeData *d,
           Column                column)
{
  switch (column)
    {
    case COL_NAME:       return g_strdup (d->name);
    case COL_DEPARTMENT: return g_strdup (d->department);
    case COL_POSITION:   return g_strdup (d->employment.position);
    case COL_HIRED:      return hg_date_format (d->employment.hired_on, HG_DATE_STYLE_LONG);
    case COL_STATUS:     return g_strdup (hg_employee_status_label (d->employment.status));
    case COL_VERSION:
      if (d->received_version == 0)
        return g_strdup (d->employment.status == HG_EMPLOYEE_LEFT ? ""
                                                                  : _("Not received"));
      /* Translators: the handbook version an employee received, e.g. "Version 2" */
      return g_strdup_printf (_("Version %u"), d->received_version);
    case COL_RECEIVED:   return hg_date_format (d->received_on, HG_DATE_STYLE_LONG);
    case COL_PLEDGE:
      return g_strdup (d->received_version == 0 ? ""
                       : d->pledge ? C_("pledge", "Signed") : C_("pledge", "Not signed"));
    case COL_REASONS:    return hg_handbook_reasons_text (reasons_of (self, d), FALSE);
    case N_COLUMNS:
    default:             g_return_val_if_reached (g_strdup (""));
    }
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              ColumnData               *data)
{
  HgEmployee *employee = gtk_list_item_get_item (item);
  const HgEmployeeData *d = hg_employee_get_data (employee);
  GtkWidget *label = gtk_list_item_get_child (item);
  g_autofree char *text = cell_text (data->page, d, data->column);
  gboolean outdated = data->column == COL_VERSION && d->employment.status == HG_EMPLOYEE_ACTIVE
                      && data->page->handbook != NULL
                      && !hg_handbook_has_acknowledged (data->page->handbook, d);

  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_widget_set_tooltip_text (label, text[0] ? text : NULL);
  /* What needs doing stands out: a missing or old version, and why. */
  if (outdated || data->column == COL_REASONS)
    gtk_widget_add_css_class (label, "warning");
  else
    gtk_widget_remove_css_class (label, "warning");
  if (d->employment.status == HG_EMPLOYEE_LEFT)
    gtk_widget_add_css_class (label, "dim-label");
  else
    gtk_widget_remove_css_class (label, "dim-label");
}

/* Stored dates (YYYY-MM-DD) sort as text; empty ones last. */
static int
compare_dates (const char *x,
               const char *y)
{
  if ((x[0] == '\0') != (y[0] == '\0'))
    return (x[0] == '\0') - (y[0] == '\0');
  return g_strcmp0 (x, y);
}

static int
compare_cb (gconstpointer a,
            gconstpointer b,
            gpointer      user_data)
{
  ColumnData *data = user_data;
  const HgEmployeeData *x = hg_employee_get_data ((HgEmployee *) a);
  const HgEmployeeData *y = hg_employee_get_data ((HgEmployee *) b);
  int r;

  switch (data->column)
    {
    case COL_STATUS:  r = (int) x->employment.status - (int) y->employment.status; break;
    case COL_VERSION: r = (int) x->received_version - (int) y->received_version; break;
    case COL_PLEDGE:  r = x->pledge - y->pledge; break;
    /* Dates in order of time, not of their words ("12 March" after "2 May"). */
    case COL_HIRED:   r = compare_dates (x->employment.hired_on, y->employment.hired_on); break;
    case COL_RECEIVED: r = compare_dates (x->received_on, y->received_on); break;
    case COL_REASONS: r = (int) reasons_of (data->page, x) - (int) reasons_of (data->page, y); break;
    case COL_NAME:
    case COL_DEPARTMENT:
    case COL_POSITION:
    case N_COLUMNS:
    default:
      {
        g_autofree char *tx = cell_text (data->page, x, data->column);
        g_autofree char *ty = cell_text (data->page, y, data->column);

        /* Empty cells last. */
        r = (tx[0] == '\0') != (ty[0] == '\0') ? (tx[0] == '\0') - (ty[0] == '\0')
                                               : g_utf8_collate (tx, ty);
      }
    }
  if (r == 0)
    r = (x->person_id > y->person_id) - (x->person_id < y->person_id);
  return r < 0 ? GTK_ORDERING_SMALLER : r > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static gboolean
filter_cb (gpointer item,
           gpointer user_data)
{
  HgEmployeesPage *self = user_data;

  return self->view != VIEW_NEEDS
         || reasons_of (self, hg_employee_get_data (HG_EMPLOYEE (item))) != 0;
}

/* ---- State --------------------------------------------------------------- */

static GArray *
selected_ids (HgEmployeesPage *self)
{
  g_autoptr(GtkBitset) set = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GtkBitsetIter iter;
  guint position;

  for (gboolean ok = gtk_bitset_iter_init_first (&iter, set, &position); ok;
       ok = gtk_bitset_iter_next (&iter, &position))
    {
      g_autoptr(HgEmployee) employee = g_list_model_get_item (G_LIST_MODEL (self->selection),
                                                              position);
      gint64 id = hg_employee_get_data (employee)->person_id;

      g_array_append_val (ids, id);
    }
  return ids;
}

static void
update_handbook_line (HgEmployeesPage *self,
                      guint            n_needs)
{
  g_autofree char *text = NULL;
  g_autofree char *needs = NULL;
  guint acknowledged = 0, active = 0;

  if (self->handbook == NULL || self->handbook->version == 0)
    text = g_strdup (_("The employee handbook has no approved version yet. Approve it on the "
                       "Policy and Rules page, then record who received it."));
  else
    {
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->store)); i++)
        {
          g_autoptr(HgEmployee) e = g_list_model_get_item (G_LIST_MODEL (self->store), i);
          const HgEmployeeData *d = hg_employee_get_data (e);

          if (d->employment.status != HG_EMPLOYEE_ACTIVE)
            continue;
          active++;
          acknowledged += hg_handbook_has_acknowledged (self->handbook, d);
        }
      /* Translators: version, date it was approved, then how many of the
       * active employees received it */
      g_autofree char *approved_on = hg_date_format (self->handbook->approved_on,
                                                     HG_DATE_STYLE_LONG);

      text = g_strdup_printf (_("Handbook version %u, approved on %s: %u of %u active "
                                "employees received it."), self->handbook->version,
                              approved_on, acknowledged, active);
    }
  gtk_label_set_text (self->handbook_label, text);
  /* Beside what the handbook's state is, what to do about it. */
  gtk_widget_set_visible (self->approve_button,
                          self->handbook == NULL || self->handbook->version == 0);
  gtk_widget_set_visible (self->receipt_button,
                          self->handbook != NULL && self->handbook->version > 0);

  needs = n_needs > 0 ? g_strdup_printf (_("_Needs Education (%u)"), n_needs)
                      : g_strdup (_("_Needs Education"));
  gtk_label_set_text_with_mnemonic (self->needs_label, needs);
}

static void
update_status (HgEmployeesPage *self)
{
  guint total = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  guint n_selected = (guint) gtk_bitset_get_size (selected);
  gboolean approved = self->handbook != NULL && self->handbook->version > 0;
  gboolean editable = self->workbook == NULL || !hg_workbook_is_read_only (self->workbook);
  g_autofree char *text = NULL;
  const char *view_name;

  if (self->view == VIEW_NEEDS)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u person needs education",
                                         "%u of %u people need education", total), shown, total);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person", "%u people", total),
                            total);
  if (n_selected > 0 && self->view != VIEW_TRAINING)
    {
      g_autofree char *with = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %u selected",
                                                            "%s, %u selected", n_selected),
                                               text, n_selected);
      g_free (text);
      text = g_steal_pointer (&with);
    }
  gtk_label_set_text (self->status_label, text);

  gtk_stack_set_visible_child_name (self->stack, total == 0 && self->workbook ? "empty" : "list");
  view_name = self->view == VIEW_TRAINING ? "training"
            : self->view == VIEW_NEEDS && shown == 0 ? "up-to-date"
            : "table";
  gtk_stack_set_visible_child_name (self->view_stack, view_name);
  if (approved)
    {
      g_autofree char *description =
        g_strdup_printf (_("Every active employee has received version %u of the handbook since "
                           "they were hired or last promoted."), self->handbook->version);
      adw_status_page_set_description (self->up_to_date_page, description);
    }
  else
    adw_status_page_set_description (self->up_to_date_page,
                                     _("Nobody can be taught a handbook that is not approved "
                                       "yet."));

  gtk_column_view_column_set_visible (self->columns[COL_REASONS], self->view == VIEW_NEEDS);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "employees.edit", editable && n_selected == 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "employees.record-receipt",
                                 editable && n_selected >= 1 && approved
                                 && self->view != VIEW_TRAINING);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "employees.add-training",
                                 editable && total > 0);
  /* A workbook opened read-only is shown, not changed (the window says why). */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "employees.import",
                                 editable && !self->importing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "employees.edit-training", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "employees.remove-training", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "employees.export-needs", approved);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "employees.print-needs", approved);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "employees.print-handbook", approved);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "employees.export-handbook", approved);
}

static void
present_dialog (HgEmployeesPage *self,
                GtkWidget       *dialog)
{
  gtk_window_set_transient_for (GTK_WINDOW (dialog),
                                GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
icon_button (const char *icon,
             const char *label,
             const char *action,
             gint64      session_id)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", session_id);
  return button;
}

static void
reload_training (HgEmployeesPage *self)
{
  g_autoptr(GPtrArray) sessions = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->training_list))) != NULL)
    gtk_list_box_remove (self->training_list, child);
  sessions = self->workbook ? hg_education_list (self->workbook) : NULL;
  for (guint i = 0; sessions != NULL && i < sessions->len; i++)
    {
      HgEducationSession *s = g_ptr_array_index (sessions, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *attendees =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u attendee", "%u attendees",
                                      s->attendees->len), s->attendees->len);
      g_autofree char *held_on = hg_date_format (s->held_on, HG_DATE_STYLE_LONG);
      g_autofree char *subtitle = s->material[0]
        /* Translators: a training session: date · attendees · material */
        ? g_strdup_printf (_("%s · %s · Material: %s"), held_on, attendees, s->material)
        : g_strdup_printf ("%s · %s", held_on, attendees);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), s->topic);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 icon_button ("document-edit-symbolic", _("Edit Session"),
                                              "employees.edit-training", s->id));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 icon_button ("user-trash-symbolic", _("Remove Session"),
                                              "employees.remove-training", s->id));
      gtk_list_box_append (self->training_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->training_list), sessions && sessions->len > 0);
  gtk_widget_set_visible (self->training_empty_label, !sessions || sessions->len == 0);
}

static void
reload (HgPage *page)
{
  HgEmployeesPage *self = HG_EMPLOYEES_PAGE (page);
  g_autoptr(GArray) keep = selected_ids (self);
  g_autoptr(GPtrArray) employees = NULL;
  guint n_needs = 0;

  g_clear_pointer (&self->handbook, hg_handbook_free);
  if (self->workbook != NULL)
    {
      self->handbook = hg_handbook_get_for_pack (self->workbook,
                                                 hg_session_get_pack (hg_page_get_session (page),
                                                                      NULL));
      employees = hg_employee_list (self->workbook, self->handbook->pack_id,
                                    self->handbook->document_id);
    }
  g_list_store_splice (self->store, 0, g_list_model_get_n_items (G_LIST_MODEL (self->store)),
                       employees ? employees->pdata : NULL, employees ? employees->len : 0);

  for (guint i = 0; employees != NULL && i < employees->len; i++)
    {
      const HgEmployeeData *d = hg_employee_get_data (g_ptr_array_index (employees, i));

      n_needs += reasons_of (self, d) != 0;
    }
  /* Who needs education changed with the data: filter again. */
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->selection)); i++)
    {
      g_autoptr(HgEmployee) e = g_list_model_get_item (G_LIST_MODEL (self->selection), i);
      gint64 id = hg_employee_get_data (e)->person_id;

      for (guint k = 0; k < keep->len; k++)
        if (g_array_index (keep, gint64, k) == id)
          gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), i, FALSE);
    }

  update_handbook_line (self, n_needs);
  reload_training (self);
  update_status (self);
}

static void
session_changed_cb (HgEmployeesPage *self,
                    GStrv            tables)
{
  static const char *watched[] = { "person", "department", "employment", "handbook_receipt",
                                   "document_revision", "policy_pack", "education_session",
                                   "education_attendee", NULL };

  for (guint i = 0; watched[i] != NULL; i++)
    if (g_strv_contains ((const char * const *) tables, watched[i]))
      {
        hg_page_queue_refresh (HG_PAGE (self));
        return;
      }
}

/* Hundreds of people cost a noticeable part of a second to lay out: they
 * wait until the page is shown, so opening a workbook stays quick. */
static void
session_changed (HgPage *page)
{
  HgEmployeesPage *self = HG_EMPLOYEES_PAGE (page);
  HgSession *session = hg_page_get_session (page);

  self->workbook = session ? hg_session_get_workbook (session) : NULL;
  if (session != NULL)
    g_signal_connect_swapped (session, "changed", G_CALLBACK (session_changed_cb), self);
}

static void
view_toggled_cb (HgEmployeesPage *self)
{
  View view = gtk_toggle_button_get_active (self->needs_button) ? VIEW_NEEDS
            : gtk_toggle_button_get_active (self->training_button) ? VIEW_TRAINING
            : VIEW_EVERYONE;

  if (view == self->view)
    return;
  self->view = view;
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_status (self);
}

/* ---- Actions ------------------------------------------------------------- */

static void
edit_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  HgEmployeesPage *self = HG_EMPLOYEES_PAGE (widget);
  g_autoptr(GArray) ids = selected_ids (self);

  if (ids->len == 1)
    present_dialog (self, hg_employment_dialog_new (self->workbook,
                                                    g_array_index (ids, gint64, 0)));
}

static void
row_activated_cb (HgEmployeesPage *self,
                  guint            position)
{
  g_autoptr(HgEmployee) employee = g_list_model_get_item (G_LIST_MODEL (self->selection),
                                                          position);

  if (employee != NULL)
    present_dialog (self, hg_employment_dialog_new (self->workbook,
                                                    hg_employee_get_data (employee)->person_id));
}

static void
record_receipt_action (GtkWidget  *widget,
                       const char *name,
                       GVariant   *param)
{
  HgEmployeesPage *self = HG_EMPLOYEES_PAGE (widget);
  g_autoptr(GArray) ids = selected_ids (self);

  if (ids->len > 0 && self->handbook != NULL && self->handbook->version > 0)
    present_dialog (self, hg_receipt_dialog_new (self->workbook, self->handbook,
                                                 (gint64 *) ids->data, ids->len));
}

static void
add_training_action (GtkWidget  *widget,
                     const char *name,
                     GVariant   *param)
{
  HgEmployeesPage *self = HG_EMPLOYEES_PAGE (widget);
  g_autoptr(GArray) ids = selected_ids (self);

  /* The selected people are ticked as attendees: select, then add. */
  present_dialog (self, hg_training_dialog_new (self->workbook, 0, (gint64 *) ids->data,
                                                self->view == VIEW_TRAINING ? 0 : ids->len));
}

static void
edit_training_action (GtkWidget  *widget,
                      const char *name,
                      GVariant   *param)
{
  HgEmployeesPage *self = HG_EMPLOYEES_PAGE (widget);

  present_dialog (self, hg_training_dialog_new (self->workbook, g_variant_get_int64 (param),
                                                NULL, 0));
}

static void
remove_training_action (GtkWidget  *widget,
                        const char *name,
                        GVariant   *param)
{
  HgEmployeesPage *self = HG_EMPLOYEES_PAGE (widget);
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  /* Undoable, so it asks nothing and offers Undo instead. */
  if (!hg_education_remove (self->workbook, g_variant_get_int64 (param), &error))
    toast = adw_toast_new (error->message);
  else
    {
      toast = adw_toast_new (_("Training session removed"));
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "win.undo");
    }
  hg_form_toast (GTK_WIDGET (self), toast);
}

/* ---- Import, in a thread ------------------------------------------------- */

/* What the thread reads and checks: the file and what
 * hg_employee_import_new() took from the workbook, which the page compares
 * when the task returns (the window may have opened another meanwhile). */
typedef struct
{
  GWeakRef          workbook;
  char             *path;
  HgEmployeeImport *import;
} Import;

static void
import_free (Import *i)
{
  g_weak_ref_clear (&i->workbook);
  g_free (i->path);
  g_clear_pointer (&i->import, hg_employee_import_free);
  g_free (i);
}

static gboolean
import_check (HgJob     *job,
              gpointer   data,
              GError   **error)
{
  Import *i = data;
  /* Opened here, not on the main thread: telling the format and reading an
   * Excel sheet take time too. */
  g_autoptr(HgSheetReader) reader = hg_sheet_reader_open (i->path, error);

  return reader != NULL && hg_job_check (job, error)
         && hg_employee_import_check_rows (i->import, reader, job, error);
}

static void
import_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  HgEmployeesPage *self = HG_EMPLOYEES_PAGE (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(HgWorkbook) workbook = NULL;
  Import *i = NULL;

  hg_task_row_finish (result, (gpointer *) &i, &error);
  workbook = g_weak_ref_get (&i->workbook);
  self->importing = FALSE;
  if (gtk_widget_get_root (GTK_WIDGET (self)) == NULL)
    return;
  update_status (self);
  if (workbook != self->workbook || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (error != NULL)
    {
      hg_form_show_error (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                          _("Cannot Import This File"), error->message);
      return;
    }
  present_dialog (self, hg_import_dialog_new_for_employees (self->workbook,
                                                            g_steal_pointer (&i->import),
                                                            i->path));
}

/* What Import does once a file is chosen: reads and checks it in a thread,
 * shown in the window's task bar, then shows the preview. */
void
hg_employees_page_start_import (HgEmployeesPage *self,
                                const char      *path)
{
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *title = g_strdup_printf (_("Reading “%s”…"), base);
  Import *i;

  g_return_if_fail (HG_IS_EMPLOYEES_PAGE (self) && self->workbook != NULL);

  i = g_new0 (Import, 1);
  g_weak_ref_init (&i->workbook, self->workbook);
  i->path = g_strdup (path);
  i->import = hg_employee_import_new (self->workbook);
  self->importing = TRUE;
  update_status (self);
  hg_task_bar_run (GTK_WIDGET (self), title, import_check, i, (GDestroyNotify) import_free,
                   import_done_cb, NULL);
}

static void
export_needs (HgEmployeesPage *self,
              const char      *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *target = hg_asset_file_with_extension (path, HG_ASSET_FILE_CSV);
  g_autofree char *base = g_path_get_basename (target);
  g_autofree char *message = NULL;

  if (!hg_handbook_export_needs (self->workbook, self->handbook, target, &error))
    {
      hg_form_show_error (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                          _("Could Not Export"), error->message);
      return;
    }
  message = g_strdup_printf (_("Exported to %s"), base);
  hg_form_toast (GTK_WIDGET (self), adw_toast_new (message));
}

static void
chooser_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     HgEmployeesPage *self)
{
  gboolean import = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "import"));
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      path = file ? g_file_get_path (file) : NULL;
    }
  if (path != NULL && import)
    hg_employees_page_start_import (self, path);
  else if (path != NULL)
    export_needs (self, path);
  g_clear_object (&self->chooser);
}

static void
run_chooser (HgEmployeesPage *self,
             gboolean         import)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (self->chooser != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (
    import ? _("Import Employees") : _("Export the Needs-Education List"),
    GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
    import ? GTK_FILE_CHOOSER_ACTION_OPEN : GTK_FILE_CHOOSER_ACTION_SAVE,
    import ? _("_Open") : _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_filter_add_pattern (filter, "*.CSV");
  if (import)
    {
      gtk_file_filter_add_pattern (filter, "*.xlsx");
      gtk_file_filter_add_pattern (filter, "*.XLSX");
    }
  gtk_file_filter_set_name (filter, import ? _("CSV and Excel files") : _("CSV files"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  if (!import)
    {
      /* Translators: default file name of the exported list; keep it short */
      g_autofree char *name = g_strdup_printf ("%s.csv", _("Needs education"));
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
    }
  g_object_set_data (G_OBJECT (self->chooser), "import", GINT_TO_POINTER (import));
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
print_needs_action (GtkWidget  *widget,
                    const char *name,
                    GVariant   *param)
{
  HgEmployeesPage *self = HG_EMPLOYEES_PAGE (widget);
  GtkWindow *parent = GTK_WINDOW (gtk_widget_get_root (widget));
  g_autoptr(HgDoc) doc = NULL;
  g_autoptr(GError) error = NULL;

  if (self->handbook == NULL || self->handbook->version == 0)
    return;
  doc = hg_handbook_needs_doc (self->workbook, self->handbook);
  if (!hg_print_doc (parent, doc, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, NULL, &error)
      && error != NULL)
    hg_form_show_error (parent, _("Could Not Print"), error->message);
}

/* The handbook the employees are taught is the version in force, not the
 * draft the wizard shows: the page prints and exports that one, through
 * the same print operation and export (with its task bar) as the policy
 * page, so the A5 pocket booklet is found where the handbook is taught. */
HgDoc *
hg_employees_page_get_handbook (HgEmployeesPage  *self,
                                GError          **error)
{
  g_return_val_if_fail (HG_IS_EMPLOYEES_PAGE (self), NULL);

  if (self->workbook == NULL || self->handbook == NULL || self->handbook->version == 0)
    {
      g_set_error_literal (error, HG_INPUT_ERROR, HG_INPUT_ERROR_NOT_FOUND,
                           _("The employee handbook has no approved version yet"));
      return NULL;
    }
  return hg_revision_load (self->workbook, self->handbook->pack_id, self->handbook->document_id,
                           self->handbook->version, error);
}

static void
print_handbook_action (GtkWidget  *widget,
                       const char *name,
                       GVariant   *param)
{
  GtkWindow *parent = GTK_WINDOW (gtk_widget_get_root (widget));
  g_autoptr(GError) error = NULL;
  g_autoptr(HgDoc) doc = hg_employees_page_get_handbook (HG_EMPLOYEES_PAGE (widget), &error);

  if (doc == NULL
      || (!hg_print_doc (parent, doc, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, NULL, &error)
          && error != NULL))
    hg_form_show_error (parent, _("Could Not Print"), error->message);
}

static void
export_handbook_action (GtkWidget  *widget,
                        const char *name,
                        GVariant   *param)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgDoc) doc = NULL;
  HgDocFormat format;

  if (!hg_doc_format_from_name (g_variant_get_string (param, NULL), &format))
    return;
  doc = hg_employees_page_get_handbook (HG_EMPLOYEES_PAGE (widget), &error);
  if (doc == NULL)
    hg_form_show_error (GTK_WINDOW (gtk_widget_get_root (widget)), _("Could Not Export"),
                        error->message);
  else
    hg_doc_export_run (widget, doc, format, "employees.export-handbook");
}

static void
import_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  run_chooser (HG_EMPLOYEES_PAGE (widget), TRUE);
}

static void
export_needs_action (GtkWidget  *widget,
                     const char *name,
                     GVariant   *param)
{
  run_chooser (HG_EMPLOYEES_PAGE (widget), FALSE);
}

/* ---- Setup --------------------------------------------------------------- */

static void
build_columns (HgEmployeesPage *self)
{
  for (Column c = 0; c < N_COLUMNS; c++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkCustomSorter *sorter;

      self->column_data[c] = (ColumnData) { self, c };
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), NULL);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), &self->column_data[c]);
      self->columns[c] = gtk_column_view_column_new (_(column_titles[c]), factory);
      sorter = gtk_custom_sorter_new (compare_cb, &self->column_data[c], NULL);
      gtk_column_view_column_set_sorter (self->columns[c], GTK_SORTER (sorter));
      g_object_unref (sorter);
      gtk_column_view_column_set_resizable (self->columns[c], TRUE);
      gtk_column_view_column_set_fixed_width (self->columns[c], column_widths[c]);
      gtk_column_view_column_set_expand (self->columns[c], column_widths[c] < 0);
      gtk_column_view_append_column (self->column_view, self->columns[c]);
    }
}

static void
hg_employees_page_dispose (GObject *object)
{
  HgEmployeesPage *self = (HgEmployeesPage *) object;

  g_clear_object (&self->chooser);
  /* The stack is the template's root and AdwBin's child: unparented once,
   * through the bin (see hg-assets-page.c). */
  adw_bin_set_child (ADW_BIN (self), NULL);
  for (guint c = 0; c < N_COLUMNS; c++)
    g_clear_object (&self->columns[c]);
  g_clear_object (&self->selection);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->store);
  g_clear_pointer (&self->handbook, hg_handbook_free);

  G_OBJECT_CLASS (hg_employees_page_parent_class)->dispose (object);
}

static void
hg_employees_page_class_init (HgEmployeesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hg_employees_page_dispose;
  HG_PAGE_CLASS (klass)->session_changed = session_changed;
  HG_PAGE_CLASS (klass)->refresh = reload;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-employees-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HgEmployeesPage, stack);
  gtk_widget_class_bind_template_child (widget_class, HgEmployeesPage, everyone_button);
  gtk_widget_class_bind_template_child (widget_class, HgEmployeesPage, needs_button);
  gtk_widget_class_bind_template_child (widget_class, HgEmployeesPage, training_button);
  gtk_widget_class_bind_template_child (widget_class, HgEmployeesPage, needs_label);
  gtk_widget_class_bind_template_child (widget_class, HgEmployeesPage, handbook_label);
  gtk_widget_class_bind_template_child (widget_class, HgEmployeesPage, approve_button);
  gtk_widget_class_bind_template_child (widget_class, HgEmployeesPage, receipt_button);
  gtk_widget_class_bind_template_child (widget_class, HgEmployeesPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, HgEmployeesPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, HgEmployeesPage, up_to_date_page);
  gtk_widget_class_bind_template_child (widget_class, HgEmployeesPage, training_list);
  gtk_widget_class_bind_template_child (widget_class, HgEmployeesPage, training_empty_label);
  gtk_widget_class_bind_template_child (widget_class, HgEmployeesPage, status_label);
  gtk_widget_class_bind_template_callback (widget_class, view_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);

  gtk_widget_class_install_action (widget_class, "employees.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "employees.record-receipt", NULL,
                                   record_receipt_action);
  gtk_widget_class_install_action (widget_class, "employees.add-training", NULL,
                                   add_training_action);
  gtk_widget_class_install_action (widget_class, "employees.edit-training", "x",
                                   edit_training_action);
  gtk_widget_class_install_action (widget_class, "employees.remove-training", "x",
                                   remove_training_action);
  gtk_widget_class_install_action (widget_class, "employees.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "employees.export-needs", NULL,
                                   export_needs_action);
  gtk_widget_class_install_action (widget_class, "employees.print-needs", NULL,
                                   print_needs_action);
  gtk_widget_class_install_action (widget_class, "employees.print-handbook", NULL,
                                   print_handbook_action);
  gtk_widget_class_install_action (widget_class, "employees.export-handbook", "s",
                                   export_handbook_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "employees.edit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK,
                                       "employees.record-receipt", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK,
                                       "employees.import", NULL);
}

static void
hg_employees_page_init (HgEmployeesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  build_columns (self);
  self->store = g_list_store_new (HG_TYPE_EMPLOYEE);
  self->filter = gtk_custom_filter_new (filter_cb, self, NULL);
  self->filter_model = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->store)),
                                                  GTK_FILTER (g_object_ref (self->filter)));
  g_object_unref (self->filter); /* the filter model holds it */
  self->sort_model = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->filter_model)),
                                              g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  self->selection = gtk_multi_selection_new (G_LIST_MODEL (g_object_ref (self->sort_model)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_object (self->filter_model, "items-changed", G_CALLBACK (update_status), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "selection-changed", G_CALLBACK (update_status), self,
                           G_CONNECT_SWAPPED);
  update_status (self);
}

/* @view: "everyone", "needs" or "training". */
void
hg_employees_page_show_view (HgEmployeesPage *self,
                             const char      *view)
{
  g_return_if_fail (HG_IS_EMPLOYEES_PAGE (self));

  if (g_strcmp0 (view, "needs") == 0)
    gtk_toggle_button_set_active (self->needs_button, TRUE);
  else if (g_strcmp0 (view, "training") == 0)
    gtk_toggle_button_set_active (self->training_button, TRUE);
  else
    gtk_toggle_button_set_active (self->everyone_button, TRUE);
}

guint
hg_employees_page_get_n_shown (HgEmployeesPage *self)
{
  g_return_val_if_fail (HG_IS_EMPLOYEES_PAGE (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->selection));
}

GListModel *
hg_employees_page_get_shown (HgEmployeesPage *self)
{
  g_return_val_if_fail (HG_IS_EMPLOYEES_PAGE (self), NULL);
  return G_LIST_MODEL (self->selection);
}

void
hg_employees_page_select_all (HgEmployeesPage *self)
{
  g_return_if_fail (HG_IS_EMPLOYEES_PAGE (self));
  gtk_selection_model_select_all (GTK_SELECTION_MODEL (self->selection));
}
