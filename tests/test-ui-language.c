/* test-ui-language.c: the window speaks one language
 *
 * Run in English and in Japanese like every widget test: what the window
 * shows of the template pack (a document's title in the overview) and of
 * the risk catalogue (a threat and its medium) is in the interface's
 * language, never Japanese data inside an English sentence. Needs a display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hg-risk-threat.h"
#include "hg-risk-threats-view.h"
#include "hg-risks-page.h"
#include "hg-asset-store.h"
#include "hg-test-ui.h"
#include "hg-test-window.h"
#include "hg-xml-loader.h"

static gboolean
in_japanese (void)
{
  return g_str_equal (hg_xml_loader_interface_language (), "ja");
}

typedef gboolean (*Match) (GtkWidget *widget, gconstpointer data);

/* The first widget under @root, depth first, that @match accepts. */
static GtkWidget *
find_first (GtkWidget     *root,
            Match          match,
            gconstpointer  data)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (match (child, data))
        return child;
      if ((found = find_first (child, match, data)) != NULL)
        return found;
    }
  return NULL;
}

typedef struct
{
  GType       type;
  const char *title;
} Titled;

static gboolean
is_titled (GtkWidget     *widget,
           gconstpointer  data)
{
  const Titled *t = data;
  const char *text = NULL;

  if (ADW_IS_PREFERENCES_ROW (widget))
    text = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget));
  else if (ADW_IS_PREFERENCES_GROUP (widget))
    text = adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget));
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, t->type) && g_strcmp0 (text, t->title) == 0;
}

/* The first preferences row or group under @root whose title is @title. */
static GtkWidget *
find_titled (GtkWidget  *root,
             GType       type,
             const char *title)
{
  Titled t = { type, title };

  return find_first (root, is_titled, &t);
}

/* Step 8 of the overview names the first document not approved, by its
 * title in the interface's language. */
static void
test_overview_approval_step (HgTestWindow  *f,
                             gconstpointer  data)
{
  GtkWidget *row;

  hg_window_show_page (f->window, "overview");
  hg_test_spin (50);
  row = find_titled (GTK_WIDGET (f->window), ADW_TYPE_ACTION_ROW,
                     _("Approve the policy documents"));
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   in_japanese () ? "情報セキュリティ基本方針はまだ承認されていません"
                                  : "Basic Information Security Policy is not approved yet");
}

/* A threat of the catalogue and its medium in the interface's language;
 * saving the rename dialog as it opened keeps the catalogue's threat. */
static void
test_threat_row (HgTestWindow  *f,
                 gconstpointer  data)
{
  HgWorkbook *workbook = hg_window_get_workbook (f->window);
  const char *threat = in_japanese () ? "紛失・置き忘れ" : "Loss or misplacement";
  const char *medium = in_japanese () ? "書類" : "Paper";
  g_autoptr(GError) error = NULL;
  g_autoptr(HgRiskThreat) stored = NULL;
  HgRisksPage *page;
  HgRiskSheet *sheet;
  GtkWidget *view, *group, *row, *why, *dialog;
  const char *text;
  gint64 id = 0;

  g_assert_true (hg_asset_store_load_examples (workbook, &error));
  g_assert_no_error (error);
  hg_window_show_page (f->window, "risks");
  hg_test_spin (50);
  page = HG_RISKS_PAGE (hg_test_find_widget (GTK_WIDGET (f->window), HG_TYPE_RISKS_PAGE, NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "risks.setup", NULL));
  hg_test_spin (50);
  hg_risks_page_show_view (page, "threats");
  hg_test_spin (50);
  view = hg_test_find_widget (GTK_WIDGET (page), HG_TYPE_RISK_THREATS_VIEW, NULL);
  g_assert_nonnull (view);

  group = find_titled (view, ADW_TYPE_PREFERENCES_GROUP, medium);
  g_assert_nonnull (group);
  row = find_titled (group, ADW_TYPE_ACTION_ROW, threat);
  g_assert_nonnull (row);

  /* Its Why? popover lists the measures as the interface's language
   * writes a list, without the Japanese bullet in English. */
  why = hg_test_find_widget (row, GTK_TYPE_MENU_BUTTON, NULL);
  g_assert_nonnull (why);
  gtk_menu_button_popup (GTK_MENU_BUTTON (why));
  hg_test_spin (50);
  text = gtk_label_get_text (GTK_LABEL (gtk_popover_get_child (gtk_menu_button_get_popover (
    GTK_MENU_BUTTON (why)))));
  g_assert_nonnull (strstr (text, in_japanese () ? "\n・" : "\n• "));
  if (!in_japanese ())
    g_assert_null (strstr (text, "・"));
  gtk_menu_button_popdown (GTK_MENU_BUTTON (why));
  hg_test_spin (20);

  /* Rename, and save what the dialog shows: still the catalogue's threat,
   * its Japanese name stored, its row as before. */
  sheet = hg_risks_page_get_sheet (page);
  for (guint i = 0; i < hg_risk_sheet_get_n_threats (sheet); i++)
    if (g_strcmp0 (hg_risk_sheet_get_threat (sheet, i)->key, "paper_loss") == 0)
      id = hg_risk_sheet_get_threat (sheet, i)->id;
  g_assert_cmpint (id, >, 0);
  g_assert_true (gtk_widget_activate_action (view, "threat.rename", "x", id));
  hg_test_spin (50);
  dialog = hg_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (hg_test_find_widget (dialog,
                                                                             ADW_TYPE_ENTRY_ROW,
                                                                             NULL))),
                   ==, threat);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");
  hg_test_spin (50);
  stored = hg_risk_threat_get (workbook, id);
  g_assert_cmpstr (stored->name, ==, "紛失・置き忘れ");
  view = hg_test_find_widget (GTK_WIDGET (page), HG_TYPE_RISK_THREATS_VIEW, NULL);
  g_assert_nonnull (find_titled (view, ADW_TYPE_ACTION_ROW, threat));
}

/* A drop-down whose first choice is @data (a string). */
static gboolean
is_drop_starting_with (GtkWidget     *widget,
                       gconstpointer  data)
{
  GListModel *model = GTK_IS_DROP_DOWN (widget) ? gtk_drop_down_get_model (GTK_DROP_DOWN (widget))
                                                : NULL;

  return GTK_IS_STRING_LIST (model) && g_list_model_get_n_items (model) > 0
         && g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), 0), data) == 0;
}

/* The media the workbook was seeded with are named in the interface's
 * language in the asset register; one the company named reads as typed. */
static void
test_asset_media (HgTestWindow  *f,
                  gconstpointer  data)
{
  HgWorkbook *workbook = hg_window_get_workbook (f->window);
  g_autoptr(GError) error = NULL;
  GtkDropDown *drop;
  GtkStringList *media;
  gboolean seeded = FALSE, own = FALSE;

  g_assert_cmpint (hg_asset_store_add_medium (workbook, "倉庫の棚", &error), >, 0);
  g_assert_no_error (error);
  g_assert_true (hg_asset_store_load_examples (workbook, &error));
  g_assert_no_error (error);
  hg_window_show_page (f->window, "assets");
  hg_test_spin (50);
  drop = GTK_DROP_DOWN (find_first (GTK_WIDGET (f->window), is_drop_starting_with,
                                    _("All media")));
  g_assert_nonnull (drop);
  media = GTK_STRING_LIST (gtk_drop_down_get_model (drop));
  for (guint i = 1; i < g_list_model_get_n_items (G_LIST_MODEL (media)); i++)
    {
      const char *name = gtk_string_list_get_string (media, i);

      seeded |= g_str_equal (name, in_japanese () ? "書類" : "Paper");
      own |= g_str_equal (name, "倉庫の棚");
      if (!in_japanese ())
        g_assert_cmpstr (name, !=, "書類");
    }
  g_assert_true (seeded);
  g_assert_true (own);
}

int
main (int    argc,
      char **argv)
{
  hg_test_window_init (&argc, &argv);
  hg_test_window_add ("/window/language/overview-approval", test_overview_approval_step);
  hg_test_window_add ("/window/language/threat-row", test_threat_row);
  hg_test_window_add ("/window/language/asset-media", test_asset_media);
  return hg_test_window_run ();
}
