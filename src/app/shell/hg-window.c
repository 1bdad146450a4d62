/* hg-window.c
 *
 * One window shows one workbook. Edits are committed as they are made, so
 * there is nothing to save; the window only makes sure a field still being
 * typed is committed before the workbook goes away.
 *
 * The window makes the workbook's HgSession and hands it to the pages
 * through their "session" property, bound to its own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-window"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-approval-dialog.h"
#include "hg-assess-page.h"
#include "hg-publish-dialog.h"

#include "hg-practice-page.h"
#include "hg-assets-page.h"
#include "hg-company-page.h"
#include "hg-employees-page.h"
#include "hg-overdue-notice.h"
#include "hg-overview-page.h"
#include "hg-policy-page.h"
#include "hg-pack-chooser.h"
#include "hg-policy.h"
#include "hg-risks-page.h"
#include "hg-session.h"
#include "hg-task-bar.h"
#include "hg-window.h"
#include "hg-form.h"

#define RECENT_MIME "application/x-hinagata-workbook"
#define MAX_RECENT 8

struct _HgWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwLeaflet           *leaflet;
  GtkListBox           *sidebar_list;
  GtkListBoxRow        *overview_row;
  GtkListBoxRow        *company_row;
  GtkListBoxRow        *assets_row;
  GtkListBoxRow        *risks_row;
  GtkListBoxRow        *assess_row;
  GtkListBoxRow        *practice_row;
  GtkListBoxRow        *policy_row;
  GtkListBoxRow        *employees_row;
  GtkStack             *stack;
  AdwWindowTitle       *window_title;
  AdwToastOverlay      *toast_overlay;
  GtkInfoBar           *read_only_bar;
  GtkLabel             *read_only_label;
  AdwStatusPage        *problem_page;
  GtkButton            *undo_button;
  GtkButton            *redo_button;
  GtkMenuButton        *menu_button;
  GMenu                *recent_submenu;
  HgOverviewPage       *overview_page;
  HgCompanyPage        *company_page;
  HgAssetsPage         *assets_page;
  HgPolicyPage         *policy_page;
  HgEmployeesPage      *employees_page;
  HgRisksPage          *risks_page;
  HgAssessPage         *assess_page;
  HgPracticePage       *practice_page;

  /* Owned references */
  GSettings            *settings;
  HgWorkbook           *workbook;
  HgSession            *session;
  GtkFileChooserNative *chooser;
  char                 *overdue_notice;  /* what the notice on opening said; NULL: none */
};

G_DEFINE_FINAL_TYPE (HgWindow, hg_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Going back to the built-in pack makes sense only away from it. The
 * session knows the pack's name; asking it runs no query. */
static void
update_pack_actions (HgWindow *self)
{
  /* A read-only workbook keeps its pack; going back to the built-in pack
   * makes sense only away from it. */
  gboolean editable = self->session != NULL
                      && !hg_workbook_is_read_only (hg_session_get_workbook (self->session));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-pack", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.approve-documents", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.publish-policy", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.builtin-pack",
                                 editable && hg_session_get_pack_name (self->session) != NULL);
}

/* Once per edit, undo or redo: the workbook's undo state has changed by
 * the time it says "changed", which it says once for each. */
static void
update_undo_state (HgWindow *self)
{
  gboolean pending = hg_company_page_has_pending (self->company_page);
  gboolean can_undo = self->workbook && (pending || hg_workbook_can_undo (self->workbook));
  gboolean can_redo = self->workbook && hg_workbook_can_redo (self->workbook);
  g_autofree char *undo_tip = NULL;
  g_autofree char *redo_tip = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", can_undo);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", can_redo);

  /* Translators: tooltip of the Undo button, %s is the step, e.g. "Change Address" */
  undo_tip = pending ? g_strdup (_("Undo Typing"))
           : can_undo ? g_strdup_printf (_("Undo “%s”"), hg_workbook_get_undo_label (self->workbook))
                      : g_strdup (_("Undo"));
  /* Translators: tooltip of the Redo button, %s is the step, e.g. "Change Address" */
  redo_tip = can_redo ? g_strdup_printf (_("Redo “%s”"), hg_workbook_get_redo_label (self->workbook))
                      : g_strdup (_("Redo"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->undo_button), undo_tip);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->redo_button), redo_tip);
}

static void
update_title (HgWindow *self)
{
  GtkStackPage *page = gtk_stack_get_page (self->stack, gtk_stack_get_visible_child (self->stack));
  g_autofree char *basename = NULL;

  adw_window_title_set_title (self->window_title, gtk_stack_page_get_title (page));
  if (self->workbook != NULL)
    basename = g_path_get_basename (hg_workbook_get_path (self->workbook));
  adw_window_title_set_subtitle (self->window_title, basename ? basename : "");
  gtk_window_set_title (GTK_WINDOW (self), basename ? basename : _("Hinagata"));
}

static void
show_toast (HgWindow   *self,
            const char *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

void
hg_window_flush (HgWindow *self)
{
  g_return_if_fail (HG_IS_WINDOW (self));
  hg_company_page_flush (self->company_page);
}

static void
add_to_recent (HgWindow *self)
{
  g_autoptr(GFile) file = g_file_new_for_path (hg_workbook_get_path (self->workbook));
  g_autofree char *uri = g_file_get_uri (file);
  GtkRecentData data = {
    .display_name = NULL,
    .description = NULL,
    .mime_type = (char *) RECENT_MIME,
    .app_name = (char *) "Hinagata",
    .app_exec = (char *) "hinagata %f",
    .groups = NULL,
    .is_private = FALSE,
  };

  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

/* The pages disable their own edits for a read-only workbook; the bar says
 * why nothing can be changed, and what to do instead. */
static void
update_read_only_bar (HgWindow *self)
{
  gboolean read_only = self->workbook != NULL && hg_workbook_is_read_only (self->workbook);

  if (read_only)
    {
      const char *reason = hg_workbook_get_read_only_reason (self->workbook);
      g_autofree char *text =
        /* Translators: %s is the reason, e.g. "Its folder is read-only." */
        g_strdup_printf (_("This workbook is open for reading only. %s To make changes, save "
                           "a copy somewhere you can write to and open that."),
                         reason ? reason : "");

      gtk_label_set_text (self->read_only_label, text);
    }
  gtk_info_bar_set_revealed (self->read_only_bar, read_only);
}

static void show_problem (HgWindow   *self,
                          const char *message);
static void set_workbook (HgWindow   *self,
                          HgWorkbook *workbook);

/* The check left for later found the file damaged: nothing was written to
 * it, and it is closed as if it had been refused at open. */
static void
workbook_damaged_cb (HgWindow   *self,
                     const char *message,
                     HgWorkbook *workbook)
{
  g_autofree char *text = g_strdup (message);
  g_autoptr(GFile) file = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *last = NULL;

  if (workbook != self->workbook)
    return;
  /* Not offered again, as a file refused at open never is. */
  file = g_file_new_for_path (hg_workbook_get_path (workbook));
  uri = g_file_get_uri (file);
  gtk_recent_manager_remove_item (gtk_recent_manager_get_default (), uri, NULL);
  last = g_settings_get_string (self->settings, "last-workbook");
  if (g_strcmp0 (last, hg_workbook_get_path (workbook)) == 0)
    g_settings_reset (self->settings, "last-workbook");
  set_workbook (self, NULL);
  show_problem (self, text);
}

static void
set_workbook (HgWindow   *self,
              HgWorkbook *workbook)
{
  g_autoptr(HgSession) session = workbook ? hg_session_new (workbook) : NULL;

  if (self->workbook != NULL)
    {
      hg_window_flush (self);
      g_signal_handlers_disconnect_by_data (self->session, self);
      g_signal_handlers_disconnect_by_data (self->workbook, self);
    }

  hg_company_page_set_workbook (self->company_page, workbook);
  hg_assets_page_set_workbook (self->assets_page, workbook);
  /* The other pages follow through their bound "session". */
  g_set_object (&self->session, session);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);

  /* Release the old workbook's lock only after the pages let go of it. */
  g_set_object (&self->workbook, workbook);

  if (workbook != NULL)
    {
      g_signal_connect_swapped (session, "changed", G_CALLBACK (update_undo_state), self);
      g_signal_connect_swapped (session, "pack-changed", G_CALLBACK (update_pack_actions), self);
      g_signal_connect_swapped (workbook, "damaged", G_CALLBACK (workbook_damaged_cb), self);
      add_to_recent (self);
      g_settings_set_string (self->settings, "last-workbook", hg_workbook_get_path (workbook));
      /* Once per opening: what is overdue, as a desktop notification. */
      g_free (self->overdue_notice);
      self->overdue_notice =
        hg_overdue_notice_send (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))),
                                session);
      if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "problem") == 0)
        hg_window_show_page (self, "overview");

      if (hg_workbook_get_backup_path (workbook) != NULL)
        {
          g_autofree char *base = g_path_get_basename (hg_workbook_get_backup_path (workbook));
          g_autofree char *message =
            g_strdup_printf (_("The workbook was upgraded to the new format. The original is "
                               "kept as “%s”."), base);
          show_toast (self, message);
        }
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-copy", workbook != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->sidebar_list), workbook != NULL);
  update_read_only_bar (self);
  update_undo_state (self);
  update_pack_actions (self);
  update_title (self);
}

static void
show_problem (HgWindow   *self,
              const char *message)
{
  adw_status_page_set_description (self->problem_page, message);
  gtk_stack_set_visible_child_name (self->stack, "problem");
  gtk_list_box_unselect_all (self->sidebar_list);
  update_title (self);
}

/* Returns TRUE when the file is now shown, in this window or another. */
gboolean
hg_window_open_file (HgWindow *self,
                     GFile    *file)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (file);

  g_return_val_if_fail (HG_IS_WINDOW (self), FALSE);

  for (GList *l = app ? gtk_application_get_windows (app) : NULL; l; l = l->next)
    if (HG_IS_WINDOW (l->data) && hg_window_shows_file (l->data, file))
      {
        gtk_window_present (l->data);
        return TRUE;
      }

  if (path == NULL)
    {
      hg_form_show_error (GTK_WINDOW (self), _("Cannot Open This File"),
                         _("Only files on this computer can be opened."));
      return FALSE;
    }

  /* The full integrity check runs while the window draws the workbook; it
   * writes nothing to it until the check has passed. */
  workbook = hg_workbook_open (path, HG_WORKBOOK_OPEN_CHECK_LATER, &error);
  /* A workbook on a read-only disk, share or folder is still shown. */
  if (workbook == NULL && g_error_matches (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_READ_ONLY))
    {
      g_clear_error (&error);
      workbook = hg_workbook_open (path, HG_WORKBOOK_OPEN_READ_ONLY, &error);
    }
  if (workbook == NULL)
    {
      if (self->workbook == NULL)
        show_problem (self, error->message);
      else
        hg_form_show_error (GTK_WINDOW (self), _("Cannot Open Workbook"), error->message);
      return FALSE;
    }

  set_workbook (self, workbook);
  return TRUE;
}

gboolean
hg_window_shows_file (HgWindow *self,
                      GFile    *file)
{
  g_autofree char *path = NULL;
  g_autofree char *canonical = NULL;

  g_return_val_if_fail (HG_IS_WINDOW (self), FALSE);

  path = g_file_get_path (file);
  if (self->workbook == NULL || path == NULL)
    return FALSE;
  canonical = g_canonicalize_filename (path, NULL);
  return g_strcmp0 (canonical, hg_workbook_get_path (self->workbook)) == 0;
}

HgWorkbook *
hg_window_get_workbook (HgWindow *self)
{
  g_return_val_if_fail (HG_IS_WINDOW (self), NULL);
  return self->workbook;
}

HgSession *
hg_window_get_session (HgWindow *self)
{
  g_return_val_if_fail (HG_IS_WINDOW (self), NULL);
  return self->session;
}

void
hg_window_open_startup_workbook (HgWindow *self)
{
  g_autofree char *last = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;

  g_return_if_fail (HG_IS_WINDOW (self));

  last = g_settings_get_string (self->settings, "last-workbook");
  if (last[0] != '\0' && g_file_test (last, G_FILE_TEST_IS_REGULAR))
    path = g_steal_pointer (&last);
  else
    path = hg_workbook_get_default_path ();

  /* The first run starts on a fresh workbook, so there is something to
   * fill in at once. */
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(HgWorkbook) workbook = NULL;
      g_autofree char *dir = g_path_get_dirname (path);

      g_mkdir_with_parents (dir, 0700);
      workbook = hg_workbook_create (path, "", &error);
      if (workbook == NULL)
        show_problem (self, error->message);
      else
        set_workbook (self, workbook);
      return;
    }

  file = g_file_new_for_path (path);
  hg_window_open_file (self, file);
}

void
hg_window_show_page (HgWindow   *self,
                     const char *name)
{
  GtkListBoxRow *row = NULL;

  g_return_if_fail (HG_IS_WINDOW (self));

  if (g_strcmp0 (name, "overview") == 0)
    row = self->overview_row;
  else if (g_strcmp0 (name, "company") == 0)
    row = self->company_row;
  else if (g_strcmp0 (name, "assets") == 0)
    row = self->assets_row;
  else if (g_strcmp0 (name, "risks") == 0)
    row = self->risks_row;
  else if (g_strcmp0 (name, "policy") == 0)
    row = self->policy_row;
  else if (g_strcmp0 (name, "employees") == 0)
    row = self->employees_row;
  else if (g_strcmp0 (name, "assess") == 0)
    row = self->assess_row;
  else if (g_strcmp0 (name, "practice") == 0)
    row = self->practice_row;

  if (self->workbook == NULL && row != NULL)
    return;

  gtk_stack_set_visible_child_name (self->stack, name);
  if (row != NULL)
    gtk_list_box_select_row (self->sidebar_list, row);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  update_title (self);
}

const char *
hg_window_get_visible_page (HgWindow *self)
{
  g_return_val_if_fail (HG_IS_WINDOW (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

const char *
hg_window_get_overdue_notice (HgWindow *self)
{
  g_return_val_if_fail (HG_IS_WINDOW (self), NULL);
  return self->overdue_notice;
}

static void
sidebar_row_activated_cb (HgWindow      *self,
                          GtkListBoxRow *row)
{
  hg_window_show_page (self, gtk_widget_get_name (GTK_WIDGET (row)));
}

static void
back_clicked_cb (HgWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  HgWindow *self = HG_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  gboolean redo = g_str_equal (action_name, "win.redo");

  if (self->workbook == NULL)
    return;

  /* A half-typed field becomes its own step first, so Undo takes back
   * exactly what the user sees as the last change. */
  hg_window_flush (self);

  if (!(redo ? hg_workbook_redo (self->workbook, &error)
             : hg_workbook_undo (self->workbook, &error)))
    show_toast (self, error->message);
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  hg_window_show_page (HG_WINDOW (widget), g_variant_get_string (param, NULL));
}

static GtkFileFilter *
workbook_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Hinagata Workbooks"));
  gtk_file_filter_add_pattern (filter, "*.hinagata");
  gtk_file_filter_add_mime_type (filter, RECENT_MIME);
  return filter;
}

typedef enum { CHOOSE_OPEN, CHOOSE_NEW, CHOOSE_COPY } ChooseKind;

static char *
with_extension (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);

  if (path == NULL)
    return NULL;
  if (g_str_has_suffix (path, ".hinagata"))
    return g_steal_pointer (&path);
  return g_strconcat (path, ".hinagata", NULL);
}

static void
chooser_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     HgWindow        *self)
{
  ChooseKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "kind"));
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    goto out;

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  if (kind == CHOOSE_OPEN)
    {
      hg_window_open_file (self, file);
      goto out;
    }

  path = with_extension (file);
  if (path == NULL)
    goto out;

  if (kind == CHOOSE_NEW)
    {
      g_autoptr(HgWorkbook) workbook = NULL;

      /* The chooser asked before replacing a file; a workbook must never
       * overwrite one silently, so an existing file is moved out of the way
       * only with that consent. */
      if (g_file_test (path, G_FILE_TEST_EXISTS))
        {
          hg_form_show_error (GTK_WINDOW (self), _("Cannot Create Workbook"),
                             _("A file with this name already exists. Choose another name."));
          goto out;
        }
      workbook = hg_workbook_create (path, "", &error);
      if (workbook == NULL)
        hg_form_show_error (GTK_WINDOW (self), _("Cannot Create Workbook"), error->message);
      else
        {
          set_workbook (self, workbook);
          hg_window_show_page (self, "company");
        }
    }
  else
    {
      hg_window_flush (self);
      if (!hg_workbook_save_copy (self->workbook, path, &error))
        hg_form_show_error (GTK_WINDOW (self), _("Cannot Save a Copy"), error->message);
      else
        {
          g_autofree char *base = g_path_get_basename (path);
          g_autofree char *message = g_strdup_printf (_("Copy saved as “%s”"), base);
          show_toast (self, message);
        }
    }

out:
  g_clear_object (&self->chooser);
}

static void
run_chooser (HgWindow   *self,
             ChooseKind  kind)
{
  static const char *titles[] = { N_("Open Workbook"), N_("New Workbook"), N_("Save a Copy") };
  static const char *accept[] = { N_("_Open"), N_("_Create"), N_("_Save") };
  GtkFileChooserAction action = kind == CHOOSE_OPEN ? GTK_FILE_CHOOSER_ACTION_OPEN
                                                    : GTK_FILE_CHOOSER_ACTION_SAVE;
  g_autoptr(GtkFileFilter) filter = workbook_filter ();

  if (self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_(titles[kind]), GTK_WINDOW (self), action,
                                               _(accept[kind]), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_object_set_data (G_OBJECT (self->chooser), "kind", GINT_TO_POINTER (kind));

  if (kind == CHOOSE_NEW)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser),
                                       /* Translators: default file name, keep .hinagata */
                                       _("New Workbook.hinagata"));
  else if (kind == CHOOSE_COPY && self->workbook != NULL)
    {
      g_autofree char *base = g_path_get_basename (hg_workbook_get_path (self->workbook));
      g_autofree char *stem = g_strndup (base, strlen (base) - (g_str_has_suffix (base, ".hinagata") ? 9 : 0));
      /* Translators: default name of a copy, %s is the workbook's name */
      g_autofree char *name = g_strdup_printf (_("%s (copy).hinagata"), stem);

      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
    }

  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
file_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  HgWindow *self = HG_WINDOW (widget);

  if (g_str_equal (action_name, "win.open"))
    run_chooser (self, CHOOSE_OPEN);
  else if (g_str_equal (action_name, "win.new"))
    run_chooser (self, CHOOSE_NEW);
  else
    run_chooser (self, CHOOSE_COPY);
}

/* From the risk diagnosis to the wizard's step that writes the chapter. */
static void
show_policy_step_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  HgWindow *self = HG_WINDOW (widget);

  hg_window_show_page (self, "policy");
  hg_policy_page_show_step_id (self->policy_page, g_variant_get_string (param, NULL));
}

static GtkWidget *
find_named (GtkWidget  *widget,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_named (c, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* From the approval dialog's list of what is missing to the field that
 * fills it: "question:ID" (the wizard's step and row), "company:FIELD" (the
 * profile's row) or "role:KEY" (the organisation's row), focused. */
static void
show_field_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  HgWindow *self = HG_WINDOW (widget);
  const char *target = g_variant_get_string (param, NULL);
  const char *value = strchr (target, ':');
  GtkWidget *row = NULL;
  HgCompanyField field;

  if (self->session == NULL || value == NULL)
    return;
  value++;
  if (g_str_has_prefix (target, "question:"))
    {
      HgPack *pack = hg_session_get_pack (self->session, NULL);
      GPtrArray *steps = pack ? hg_pack_get_steps (pack) : NULL;

      hg_window_show_page (self, "policy");
      for (guint s = 0; steps != NULL && s < steps->len; s++)
        {
          HgStep *step = g_ptr_array_index (steps, s);

          for (guint q = 0; q < step->questions->len; q++)
            if (g_str_equal (((HgQuestion *) g_ptr_array_index (step->questions, q))->id, value))
              hg_policy_page_show_step_id (self->policy_page, step->id);
        }
      row = hg_policy_page_get_row (self->policy_page, value);
    }
  else if (g_str_has_prefix (target, "company:") && hg_company_field_from_key (value, &field))
    {
      hg_window_show_page (self, "company");
      row = GTK_WIDGET (hg_company_page_get_field_row (self->company_page, field));
    }
  else if (g_str_has_prefix (target, "role:"))
    {
      g_autofree char *name = g_strconcat ("role-", value, NULL);

      hg_window_show_page (self, "company");
      row = find_named (GTK_WIDGET (self->company_page), name);
    }
  if (row != NULL)
    gtk_widget_grab_focus (row);
}

/* From the overview's steps and the SECURITY ACTION card to the 自己評価
 * page on one framework. */
static void
show_framework_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  HgWindow *self = HG_WINDOW (widget);

  hg_window_show_page (self, "assess");
  hg_assess_page_show_framework (self->assess_page, g_variant_get_string (param, NULL));
}

/* The overview's approval step opens the same dialog as the policy page's
 * Approve button, over the overview: approving needs no wizard. The
 * SECURITY ACTION card and the policy page's menu open the one that
 * records where the basic policy was published. */
static void
approve_documents_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  HgWindow *self = HG_WINDOW (widget);
  GtkWidget *dialog;

  if (self->session == NULL)
    return;
  dialog = g_str_equal (action_name, "win.publish-policy")
           ? hg_publish_dialog_new (self->session)
           : hg_approval_dialog_new (self->session);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
pack_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  HgWindow *self = HG_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (self->workbook == NULL)
    return;
  if (g_str_equal (action_name, "win.open-pack"))
    hg_pack_chooser_run (GTK_WINDOW (self), self->workbook);
  else if (!hg_policy_use_pack (self->workbook, NULL, 0, NULL, &error))
    hg_form_show_error (GTK_WINDOW (self), _("Could Not Use the Template Pack"), error->message);
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (param, NULL));

  hg_window_open_file (HG_WINDOW (widget), file);
}

static int
compare_recent (gconstpointer a,
                gconstpointer b)
{
  GDateTime *ta = gtk_recent_info_get_modified ((GtkRecentInfo *) a);
  GDateTime *tb = gtk_recent_info_get_modified ((GtkRecentInfo *) b);

  return g_date_time_compare (tb, ta);
}

/* Rebuilt each time the menu opens, so it always matches the recent list. */
static void
rebuild_recent_menu (HgWindow *self)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  guint added = 0;

  g_menu_remove_all (self->recent_submenu);
  items = g_list_sort (items, compare_recent);

  for (GList *l = items; l != NULL && added < MAX_RECENT; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      const char *uri = gtk_recent_info_get_uri (info);
      g_autoptr(GMenuItem) item = NULL;

      if (!g_str_has_suffix (uri, ".hinagata") || !gtk_recent_info_exists (info))
        continue;
      item = g_menu_item_new (gtk_recent_info_get_display_name (info), NULL);
      g_menu_item_set_action_and_target (item, "win.open-recent", "s", uri);
      g_menu_append_item (self->recent_submenu, item);
      added++;
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);

  if (added == 0)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_("No Recent Workbooks"), "win.none");
      g_menu_append_item (self->recent_submenu, item);
    }
}

static gboolean
hg_window_close_request (GtkWindow *window)
{
  HgWindow *self = HG_WINDOW (window);

  hg_window_flush (self);
  return GTK_WINDOW_CLASS (hg_window_parent_class)->close_request (window);
}

static void
hg_window_dispose (GObject *object)
{
  HgWindow *self = (HgWindow *) object;

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), HG_TYPE_WINDOW);
  g_clear_object (&self->session);
  g_clear_object (&self->workbook);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->overdue_notice, g_free);

  G_OBJECT_CLASS (hg_window_parent_class)->dispose (object);
}

static void
hg_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, HG_WINDOW (object)->session);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_window_class_init (HgWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = hg_window_dispose;
  object_class->get_property = hg_window_get_property;
  window_class->close_request = hg_window_close_request;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, HG_TYPE_SESSION,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/hg-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HgWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, HgWindow, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, HgWindow, overview_row);
  gtk_widget_class_bind_template_child (widget_class, HgWindow, company_row);
  gtk_widget_class_bind_template_child (widget_class, HgWindow, assets_row);
  gtk_widget_class_bind_template_child (widget_class, HgWindow, risks_row);
  gtk_widget_class_bind_template_child (widget_class, HgWindow, assess_row);
  gtk_widget_class_bind_template_child (widget_class, HgWindow, practice_row);
  gtk_widget_class_bind_template_child (widget_class, HgWindow, policy_row);
  gtk_widget_class_bind_template_child (widget_class, HgWindow, employees_row);
  gtk_widget_class_bind_template_child (widget_class, HgWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, HgWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, HgWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HgWindow, read_only_bar);
  gtk_widget_class_bind_template_child (widget_class, HgWindow, read_only_label);
  gtk_widget_class_bind_template_child (widget_class, HgWindow, problem_page);
  gtk_widget_class_bind_template_child (widget_class, HgWindow, undo_button);
  gtk_widget_class_bind_template_child (widget_class, HgWindow, redo_button);
  gtk_widget_class_bind_template_child (widget_class, HgWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, HgWindow, recent_submenu);
  gtk_widget_class_bind_template_child (widget_class, HgWindow, overview_page);
  gtk_widget_class_bind_template_child (widget_class, HgWindow, company_page);
  gtk_widget_class_bind_template_child (widget_class, HgWindow, assets_page);
  gtk_widget_class_bind_template_child (widget_class, HgWindow, policy_page);
  gtk_widget_class_bind_template_child (widget_class, HgWindow, employees_page);
  gtk_widget_class_bind_template_child (widget_class, HgWindow, risks_page);
  gtk_widget_class_bind_template_child (widget_class, HgWindow, assess_page);
  gtk_widget_class_bind_template_child (widget_class, HgWindow, practice_page);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);

  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.new", NULL, file_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, file_action);
  gtk_widget_class_install_action (widget_class, "win.save-copy", NULL, file_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.open-pack", NULL, pack_action);
  gtk_widget_class_install_action (widget_class, "win.show-policy-step", "s",
                                   show_policy_step_action);
  gtk_widget_class_install_action (widget_class, "win.builtin-pack", NULL, pack_action);
  gtk_widget_class_install_action (widget_class, "win.approve-documents", NULL,
                                   approve_documents_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.show-field", "s", show_field_action);
  gtk_widget_class_install_action (widget_class, "win.show-framework", "s",
                                   show_framework_action);
  gtk_widget_class_install_action (widget_class, "win.publish-policy", NULL,
                                   approve_documents_action);

  g_type_ensure (HG_TYPE_OVERVIEW_PAGE);
  g_type_ensure (HG_TYPE_COMPANY_PAGE);
  g_type_ensure (HG_TYPE_ASSETS_PAGE);
  g_type_ensure (HG_TYPE_POLICY_PAGE);
  g_type_ensure (HG_TYPE_EMPLOYEES_PAGE);
  g_type_ensure (HG_TYPE_RISKS_PAGE);
  g_type_ensure (HG_TYPE_ASSESS_PAGE);
  g_type_ensure (HG_TYPE_PRACTICE_PAGE);
  g_type_ensure (HG_TYPE_TASK_BAR);
}

static void
hg_window_init (HgWindow *self)
{
  GtkPopover *popover;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Its own GSettings rather than the application's: the window then does
   * not depend on HgApplication, which creates it. Both share one backend. */
  self->settings = g_settings_new (APP_ID);
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized",
                   G_SETTINGS_BIND_DEFAULT);

  popover = gtk_menu_button_get_popover (self->menu_button);
  g_signal_connect_object (popover, "show", G_CALLBACK (rebuild_recent_menu), self,
                           G_CONNECT_SWAPPED);
  rebuild_recent_menu (self);

  gtk_list_box_select_row (self->sidebar_list, self->overview_row);
  g_signal_connect_object (self->company_page, "notify::has-pending",
                           G_CALLBACK (update_undo_state), self, G_CONNECT_SWAPPED);
  {
    GtkWidget *pages[] = { GTK_WIDGET (self->overview_page), GTK_WIDGET (self->policy_page),
                           GTK_WIDGET (self->employees_page), GTK_WIDGET (self->risks_page),
                           GTK_WIDGET (self->assess_page), GTK_WIDGET (self->practice_page) };

    for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
      g_object_bind_property (self, "session", pages[i], "session", G_BINDING_DEFAULT);
  }
  set_workbook (self, NULL);
}

HgWindow *
hg_window_new (GtkApplication *application)
{
  return g_object_new (HG_TYPE_WINDOW, "application", application, NULL);
}
