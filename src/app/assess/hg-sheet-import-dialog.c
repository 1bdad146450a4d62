/* hg-sheet-import-dialog.c
 *
 * What was found in the customer's sheet is shown before anything is
 * written: the sheet and header row, the first rows as the sheet has them,
 * which column takes which role (each a drop-down: the mapping step), the
 * items per level and answers found, and the problems by row. A needed
 * column missing or a problem keeps the dialog open with what the user
 * chose; Import writes it all as one undo step.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-sheet-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-form.h"
#include "hg-sheet-import-dialog.h"
#include "hg-task-bar.h"

/* The preview shows the header and this many rows below it. */
#define PREVIEW_ROWS 5
#define PREVIEW_COLUMNS 26

struct _HgSheetImportDialog
{
  AdwWindow            parent_instance;

  /* Template widgets */
  GtkLabel            *summary_label;
  GtkLabel            *mapping_label;
  AdwComboRow         *sheet_row;
  AdwActionRow        *header_row;
  GtkSpinButton       *header_spin;
  GtkCheckButton      *two_rows_check;
  GtkGrid             *preview_grid;
  AdwPreferencesGroup *columns_group;
  AdwPreferencesGroup *problems_group;
  GtkBox              *problems_box;

  HgWorkbook          *workbook;
  HgSheetImport       *import;
  AdwComboRow         *role_rows[HG_SHEET_N_ROLES];
  gboolean             updating;
};

G_DEFINE_FINAL_TYPE (HgSheetImportDialog, hg_sheet_import_dialog, ADW_TYPE_WINDOW)

enum
{
  PROP_0,
  PROP_WORKBOOK,
  PROP_IMPORT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static HgSheetLayout *
layout_of (HgSheetImportDialog *self)
{
  return hg_sheet_import_get_layout (self->import);
}

static void
clear_box (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    {
      if (GTK_IS_GRID (box))
        gtk_grid_remove (GTK_GRID (box), child);
      else
        gtk_box_remove (GTK_BOX (box), child);
    }
}

static GtkWidget *
preview_cell (const char *text,
              gboolean    header)
{
  g_autofree char *line = g_strdup (text);
  GtkWidget *label;

  g_strdelimit (line, "\n\r\t", ' ');
  label = gtk_label_new (line);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 14);
  gtk_label_set_width_chars (GTK_LABEL (label), 3);
  if (g_utf8_strlen (text, -1) > 10)
    gtk_widget_set_tooltip_text (label, text);
  if (header)
    gtk_widget_add_css_class (label, "heading");
  return label;
}

/* The column letters, then the header and the first rows below it. */
static void
fill_preview (HgSheetImportDialog *self)
{
  HgSheetLayout *layout = layout_of (self);
  HgTable *table = layout->sheet->table;
  guint n_columns = MIN (hg_sheet_layout_get_n_columns (layout), PREVIEW_COLUMNS);
  guint first = 0, shown = 0, x = 1;

  clear_box (GTK_WIDGET (self->preview_grid));
  for (guint r = 0; r < hg_table_get_n_rows (table); r++)
    if (hg_table_get_source_line (table, r) >= layout->header_row)
      {
        first = r;
        break;
      }
  for (guint c = 0; c < n_columns; c++)
    {
      g_autofree char *letter = hg_sheet_column_letter (c);
      GtkWidget *label;

      /* Hidden in the sheet, hidden here: nobody sees them in Excel. */
      if (hg_xlsx_book_sheet_is_hidden (layout->sheet, c))
        continue;
      label = preview_cell (letter, FALSE);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_grid_attach (self->preview_grid, label, x, 0, 1, 1);
      for (guint r = first, y = 1; r < hg_table_get_n_rows (table) && y <= layout->header_rows
                                                                            + PREVIEW_ROWS; r++, y++)
        {
          guint line = hg_table_get_source_line (table, r);
          const char *text = c < hg_table_get_row_length (table, r)
                             ? hg_table_get_cell (table, r, c) : "";

          if (c == 0 || x == 1)
            {
              g_autofree char *number = g_strdup_printf ("%u", line);
              GtkWidget *row_label = preview_cell (number, FALSE);

              gtk_widget_add_css_class (row_label, "dim-label");
              gtk_widget_add_css_class (row_label, "numeric");
              gtk_widget_set_margin_start (row_label, 12);
              gtk_grid_attach (self->preview_grid, row_label, 0, y, 1, 1);
            }
          gtk_grid_attach (self->preview_grid,
                           preview_cell (text, line >= layout->header_row
                                               && line < layout->header_row + layout->header_rows),
                           x, y, 1, 1);
          shown = MAX (shown, y);
        }
      x++;
    }
}

static void
show_problems (HgSheetImportDialog *self,
               HgSheetConversion   *cv,
               const char          *failure)
{
  guint n = 0;

  clear_box (GTK_WIDGET (self->problems_box));
  if (failure != NULL)
    {
      GtkWidget *label = gtk_label_new (failure);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "error");
      gtk_box_append (self->problems_box, label);
      n++;
    }
  for (guint i = 0; cv != NULL && i < cv->problems->len; i++)
    {
      HgSheetProblem *p = g_ptr_array_index (cv->problems, i);
      GtkWidget *label = gtk_label_new (p->message);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      if (p->blocking)
        gtk_widget_add_css_class (label, "error");
      gtk_box_append (self->problems_box, label);
      n++;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->problems_group), n > 0);
}

static char *
summary_text (HgSheetConversion *cv)
{
  g_autoptr(GHashTable) levels = hg_sheet_conversion_count_levels (cv);
  g_autoptr(GString) counts = g_string_new (NULL);
  g_autoptr(GString) scale = g_string_new (NULL);
  GPtrArray *answers;

  for (const char * const *l = hg_framework_get_levels (cv->framework); *l != NULL; l++)
    {
      if (counts->len > 0)
        /* Translators: between the items per level, e.g. "L1: 16, L2: 3" */
        g_string_append (counts, _(", "));
      g_string_append_printf (counts, "%s: %u", *l,
                              GPOINTER_TO_UINT (g_hash_table_lookup (levels, *l)));
    }
  answers = hg_framework_get_scale (cv->framework);
  for (guint i = 0; i < answers->len; i++)
    g_string_append_printf (scale, "%s%s", i > 0 ? _(", ") : "",
                            ((HgFrameworkAnswer *) g_ptr_array_index (answers, i))->label);
  return g_strdup_printf (
    cv->scale_from_sheet
    /* Translators: %s the framework's id, %u items, %s items per level, %u answers, %s the scale */
    ? _("“%s”: %u items (%s), %u answers already in the sheet. Answers: %s, from the sheet’s "
        "drop-down list.")
    : _("“%s”: %u items (%s), %u answers already in the sheet. Answers: %s (the sheet has no "
        "drop-down list)."),
    cv->id, cv->items->len, counts->str, hg_sheet_conversion_count_answers (cv), scale->str);
}

/* Shows the layout as it stands and converts with it. */
static void
update (HgSheetImportDialog *self)
{
  HgSheetLayout *layout = layout_of (self);
  g_autoptr(GError) error = NULL;
  HgSheetConversion *cv = NULL;
  gboolean complete = TRUE;

  self->updating = TRUE;
  for (guint r = 0; r < HG_SHEET_N_ROLES; r++)
    {
      AdwComboRow *row = self->role_rows[r];
      gboolean missing = hg_sheet_role_is_required (r) && layout->columns[r] < 0;

      adw_combo_row_set_selected (row, (guint) (layout->columns[r] + 1));
      if (missing)
        gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   missing ? _("Needed: pick the column") : "");
      complete &= !missing;
    }
  self->updating = FALSE;

  self->updating = TRUE;
  gtk_spin_button_set_value (self->header_spin, MAX (layout->header_row, 1));
  gtk_check_button_set_active (self->two_rows_check, layout->header_rows == 2);
  self->updating = FALSE;
  if (layout->header_row == 0)
    adw_action_row_set_subtitle (self->header_row, _("Not found"));
  else
    {
      g_autofree char *rows = layout->header_rows == 2
                              ? g_strdup_printf (_("Rows %u–%u"), layout->header_row,
                                                 layout->header_row + 1)
                              : g_strdup_printf (_("Row %u"), layout->header_row);

      adw_action_row_set_subtitle (self->header_row, rows);
    }
  gtk_label_set_text (self->mapping_label, layout->unsure_reason ? layout->unsure_reason : "");
  gtk_widget_set_visible (GTK_WIDGET (self->mapping_label), layout->unsure_reason != NULL);

  if (complete)
    cv = hg_sheet_import_convert (self->import, NULL, &error);
  if (cv != NULL && cv->framework != NULL)
    {
      g_autofree char *summary = summary_text (cv);

      gtk_label_set_text (self->summary_label, summary);
    }
  else
    gtk_label_set_text (self->summary_label,
                        complete ? _("The sheet cannot be imported as it stands: see the "
                                     "problems below.")
                                 : _("Pick the columns Hinagata could not tell from the headers."));
  show_problems (self, cv, error ? error->message : NULL);
}

static void
role_selected_cb (HgSheetImportDialog *self,
                  GParamSpec          *pspec,
                  AdwComboRow         *row)
{
  HgSheetRole role = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "hg-role"));

  if (self->updating)
    return;
  hg_sheet_layout_set_column (layout_of (self), role,
                              (int) adw_combo_row_get_selected (row) - 1);
  fill_preview (self);
  update (self);
}

/* "Not used", then "A  No.", "B  レベル", … */
static GtkStringList *
column_choices (HgSheetLayout *layout)
{
  GtkStringList *choices = gtk_string_list_new (NULL);
  guint n_columns = hg_sheet_layout_get_n_columns (layout);

  gtk_string_list_append (choices, _("Not used"));
  for (guint c = 0; c < n_columns; c++)
    {
      g_autofree char *letter = hg_sheet_column_letter (c);
      g_autofree char *header = hg_sheet_layout_get_header (layout, c);
      g_autofree char *text = NULL;

      g_strdelimit (header, "\n\r\t", ' ');
      if (g_utf8_strlen (header, -1) > 30)
        g_utf8_offset_to_pointer (header, 29)[0] = '\0';
      text = header[0] != '\0' ? g_strdup_printf ("%s  %s", letter, header) : g_strdup (letter);
      gtk_string_list_append (choices, text);
    }
  return choices;
}

static void
fill_roles (HgSheetImportDialog *self)
{
  g_autoptr(GtkStringList) choices = column_choices (layout_of (self));

  self->updating = TRUE;
  for (guint r = 0; r < HG_SHEET_N_ROLES; r++)
    adw_combo_row_set_model (self->role_rows[r], G_LIST_MODEL (choices));
  self->updating = FALSE;
}

/* The header where the user says it is: its texts name the columns. */
static void
header_changed_cb (HgSheetImportDialog *self)
{
  if (self->updating)
    return;
  hg_sheet_layout_set_header (layout_of (self),
                              (guint) gtk_spin_button_get_value_as_int (self->header_spin),
                              gtk_check_button_get_active (self->two_rows_check) ? 2 : 1);
  fill_roles (self);
  fill_preview (self);
  update (self);
}

static void
sheet_selected_cb (HgSheetImportDialog *self)
{
  GPtrArray *sheets = hg_sheet_import_get_sheets (self->import);
  guint i = adw_combo_row_get_selected (self->sheet_row);
  g_autoptr(GError) error = NULL;

  if (self->updating || i >= sheets->len)
    return;
  if (!hg_sheet_import_set_sheet (self->import,
                                  ((HgXlsxBookSheet *) g_ptr_array_index (sheets, i))->name,
                                  &error))
    return;
  fill_roles (self);
  fill_preview (self);
  update (self);
}

static gboolean
destroy_later (gpointer data)
{
  gtk_window_destroy (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

static void
replace_response_cb (AdwMessageDialog    *alert,
                     const char          *response,
                     HgSheetImportDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "replace"))
    return;
  if (!hg_sheet_import_commit (self->import, self->workbook, TRUE, &error))
    hg_form_show_error (GTK_WINDOW (self), _("Could Not Import"), error->message);
  else
    /* Not now: the alert, whose parent this is, still closes itself. */
    g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, destroy_later, g_object_ref (self), g_object_unref);
}

gboolean
hg_sheet_import_dialog_apply (HgSheetImportDialog *self)
{
  HgSheetLayout *layout = layout_of (self);
  g_autoptr(GError) error = NULL;
  HgSheetConversion *cv;

  g_return_val_if_fail (HG_IS_SHEET_IMPORT_DIALOG (self), FALSE);

  /* update() has converted with the columns as they stand. */
  update (self);
  for (guint r = 0; r < HG_SHEET_N_ROLES; r++)
    if (hg_sheet_role_is_required (r) && layout->columns[r] < 0)
      {
        gtk_widget_grab_focus (GTK_WIDGET (self->role_rows[r]));
        return FALSE;
      }
  cv = hg_sheet_import_convert (self->import, NULL, &error);
  if (cv == NULL || cv->n_blocking > 0 || cv->framework == NULL)
    {
      show_problems (self, cv, error ? error->message : NULL);
      return FALSE;
    }
  if (hg_sheet_import_exists (self->import, self->workbook, NULL))
    {
      g_autofree char *body = g_strdup_printf (_("The workbook already holds a check sheet "
                                                 "imported as “%s”. Replace it with this file? "
                                                 "Answers given so far stay."), cv->id);
      GtkWidget *alert = adw_message_dialog_new (GTK_WINDOW (self),
                                                 _("Replace the Imported Check Sheet?"), body);

      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (alert), "cancel", _("_Cancel"),
                                        "replace", _("_Replace"), NULL);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (alert), "replace",
                                                  ADW_RESPONSE_DESTRUCTIVE);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (alert), "cancel");
      g_signal_connect_object (alert, "response", G_CALLBACK (replace_response_cb), self, 0);
      gtk_window_present (GTK_WINDOW (alert));
      return FALSE;
    }
  if (!hg_sheet_import_commit (self->import, self->workbook, FALSE, &error))
    {
      hg_form_show_error (GTK_WINDOW (self), _("Could Not Import"), error->message);
      return FALSE;
    }
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
hg_sheet_import_dialog_constructed (GObject *object)
{
  HgSheetImportDialog *self = HG_SHEET_IMPORT_DIALOG (object);
  GPtrArray *sheets = hg_sheet_import_get_sheets (self->import);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  HgSheetLayout *layout = layout_of (self);
  guint chosen = 0;

  G_OBJECT_CLASS (hg_sheet_import_dialog_parent_class)->constructed (object);

  for (guint i = 0; i < sheets->len; i++)
    {
      HgXlsxBookSheet *sheet = g_ptr_array_index (sheets, i);

      gtk_string_list_append (names, sheet->name);
      if (sheet == layout->sheet)
        chosen = i;
    }
  self->updating = TRUE;
  adw_combo_row_set_model (self->sheet_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->sheet_row, chosen);
  self->updating = FALSE;
  g_signal_connect_swapped (self->sheet_row, "notify::selected", G_CALLBACK (sheet_selected_cb),
                            self);
  g_signal_connect_swapped (self->header_spin, "value-changed", G_CALLBACK (header_changed_cb),
                            self);
  g_signal_connect_swapped (self->two_rows_check, "toggled", G_CALLBACK (header_changed_cb), self);

  for (guint r = 0; r < HG_SHEET_N_ROLES; r++)
    {
      AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());
      g_autofree char *name = g_strdup_printf ("role-%s", hg_sheet_role_get_name (r));
      /* Translators: the title of a column role marked as needed, e.g. "Answer *" */
      g_autofree char *title = hg_sheet_role_is_required (r)
                               ? g_strdup_printf (_("%s (needed)"), hg_sheet_role_get_label (r))
                               : g_strdup (hg_sheet_role_get_label (r));

      gtk_widget_set_name (GTK_WIDGET (row), name);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      g_object_set_data (G_OBJECT (row), "hg-role", GUINT_TO_POINTER (r));
      adw_preferences_group_add (self->columns_group, GTK_WIDGET (row));
      self->role_rows[r] = row;
    }
  fill_roles (self);
  for (guint r = 0; r < HG_SHEET_N_ROLES; r++)
    g_signal_connect_swapped (self->role_rows[r], "notify::selected",
                              G_CALLBACK (role_selected_cb), self);
  /* The swapped handler gets the row as its last argument. */
  fill_preview (self);
  update (self);
}

static void
hg_sheet_import_dialog_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  HgSheetImportDialog *self = HG_SHEET_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_WORKBOOK:
      self->workbook = g_value_dup_object (value);
      break;
    case PROP_IMPORT:
      self->import = g_value_get_pointer (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_sheet_import_dialog_dispose (GObject *object)
{
  HgSheetImportDialog *self = HG_SHEET_IMPORT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), HG_TYPE_SHEET_IMPORT_DIALOG);
  g_clear_object (&self->workbook);
  g_clear_pointer (&self->import, hg_sheet_import_free);
  G_OBJECT_CLASS (hg_sheet_import_dialog_parent_class)->dispose (object);
}

static void
hg_sheet_import_dialog_class_init (HgSheetImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hg_sheet_import_dialog_constructed;
  object_class->set_property = hg_sheet_import_dialog_set_property;
  object_class->dispose = hg_sheet_import_dialog_dispose;

  properties[PROP_WORKBOOK] =
    g_param_spec_object ("workbook", NULL, NULL, HG_TYPE_WORKBOOK,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The HgSheetImport, taken. */
  properties[PROP_IMPORT] =
    g_param_spec_pointer ("import", NULL, NULL,
                          G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-sheet-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HgSheetImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, HgSheetImportDialog, mapping_label);
  gtk_widget_class_bind_template_child (widget_class, HgSheetImportDialog, sheet_row);
  gtk_widget_class_bind_template_child (widget_class, HgSheetImportDialog, header_row);
  gtk_widget_class_bind_template_child (widget_class, HgSheetImportDialog, header_spin);
  gtk_widget_class_bind_template_child (widget_class, HgSheetImportDialog, two_rows_check);
  gtk_widget_class_bind_template_child (widget_class, HgSheetImportDialog, preview_grid);
  gtk_widget_class_bind_template_child (widget_class, HgSheetImportDialog, columns_group);
  gtk_widget_class_bind_template_child (widget_class, HgSheetImportDialog, problems_group);
  gtk_widget_class_bind_template_child (widget_class, HgSheetImportDialog, problems_box);
  gtk_widget_class_bind_template_callback (widget_class, hg_sheet_import_dialog_apply);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hg_sheet_import_dialog_init (HgSheetImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
hg_sheet_import_dialog_new (HgWorkbook    *workbook,
                            HgSheetImport *import)
{
  g_return_val_if_fail (HG_IS_WORKBOOK (workbook) && import != NULL, NULL);
  return g_object_new (HG_TYPE_SHEET_IMPORT_DIALOG, "workbook", workbook, "import", import, NULL);
}

/* Reading the file, in a thread */

typedef struct
{
  char          *path;
  GWeakRef       workbook;
  HgSheetImport *import;
} Task;

static void
task_free (Task *t)
{
  g_free (t->path);
  g_weak_ref_clear (&t->workbook);
  hg_sheet_import_free (t->import);
  g_free (t);
}

static gboolean
read_sheet (HgJob     *job,
            gpointer   data,
            GError   **error)
{
  Task *t = data;

  t->import = hg_sheet_import_open (t->path, NULL, error);
  return t->import != NULL && hg_job_check (job, error);
}

static void
read_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  GtkWidget *parent = GTK_WIDGET (source);
  GtkRoot *root = gtk_widget_get_root (parent);
  g_autoptr(GError) error = NULL;
  g_autoptr(HgWorkbook) workbook = NULL;
  GtkWidget *dialog;
  Task *t = NULL;

  hg_task_row_finish (result, (gpointer *) &t, &error);
  workbook = g_weak_ref_get (&t->workbook);
  if (!GTK_IS_WINDOW (root) || workbook == NULL
      || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (error != NULL)
    {
      hg_form_show_error (GTK_WINDOW (root), _("Cannot Import This File"), error->message);
      return;
    }
  dialog = hg_sheet_import_dialog_new (workbook, g_steal_pointer (&t->import));
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (dialog));
}

void
hg_sheet_import_dialog_read (GtkWidget  *parent,
                             HgWorkbook *workbook,
                             const char *path)
{
  g_autofree char *base = g_path_get_basename (path);
  /* Translators: shown with a progress bar while a file is read and checked */
  g_autofree char *title = g_strdup_printf (_("Reading “%s”…"), base);
  Task *t = g_new0 (Task, 1);

  t->path = g_strdup (path);
  g_weak_ref_init (&t->workbook, workbook);
  hg_task_bar_run (parent, title, read_sheet, t, (GDestroyNotify) task_free, read_done_cb, NULL);
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     GtkWidget       *parent)
{
  HgWorkbook *workbook = g_object_get_data (G_OBJECT (chooser), "hg-workbook");
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      path = file ? g_file_get_path (file) : NULL;
      if (path != NULL)
        hg_sheet_import_dialog_read (parent, workbook, path);
    }
  /* The parent held the chooser until now. */
  g_object_set_data (G_OBJECT (parent), "hg-sheet-import-chooser", NULL);
}

void
hg_sheet_import_dialog_choose (GtkWidget  *parent,
                               HgWorkbook *workbook)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkRoot *root = gtk_widget_get_root (parent);

  g_return_if_fail (HG_IS_WORKBOOK (workbook));
  if (g_object_get_data (G_OBJECT (parent), "hg-sheet-import-chooser") != NULL)
    return;
  chooser = gtk_file_chooser_native_new (_("Import the Customer’s Check Sheet"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_add_pattern (filter, "*.xlsx");
  gtk_file_filter_add_pattern (filter, "*.XLSX");
  gtk_file_filter_set_name (filter, _("Excel workbooks"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_set_data_full (G_OBJECT (chooser), "hg-workbook", g_object_ref (workbook),
                          g_object_unref);
  g_object_set_data_full (G_OBJECT (parent), "hg-sheet-import-chooser", chooser, g_object_unref);
  g_signal_connect_object (chooser, "response", G_CALLBACK (chooser_response_cb), parent, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
