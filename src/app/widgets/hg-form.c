/* hg-form.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hg-form.h"

/* A form says what is wrong with its input in a label under the fields, in
 * the error colour (each template has one), hidden while there is nothing
 * to say. */
void
hg_form_show_problem (GtkLabel   *label,
                      const char *problem)
{
  gtk_label_set_text (label, problem ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (label), problem != NULL && problem[0] != '\0');
}

GtkListBox *
hg_form_boxed_list_new (void)
{
  GtkListBox *list = GTK_LIST_BOX (gtk_list_box_new ());

  gtk_list_box_set_selection_mode (list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (list), "boxed-list");
  return list;
}

/* Stops typing at the field's limit (hg-limits.h). The core checks the
 * limit again whatever gives it the text; this only spares the user typing
 * what would be refused. */
void
hg_form_set_max_length (AdwEntryRow *row,
                        guint        max_length)
{
  GtkEditable *text = gtk_editable_get_delegate (GTK_EDITABLE (row));

  if (GTK_IS_TEXT (text))
    gtk_text_set_max_length (GTK_TEXT (text), (int) max_length);
}

/* Marks @row as wrong when there is a @problem and adds "label: problem"
 * as a line of @problems. Returns whether the row is fine. */
gboolean
hg_form_mark_row (GtkWidget  *row,
                  const char *label,
                  const char *problem,
                  GString    *problems)
{
  if (problem == NULL)
    {
      gtk_widget_remove_css_class (row, "error");
      return TRUE;
    }
  gtk_widget_add_css_class (row, "error");
  g_string_append_printf (problems, "%s%s: %s", problems->len ? "\n" : "", label, problem);
  return FALSE;
}

/* The core names the field it refuses ("Field: problem",
 * hg_error_invalid_field()); the row of that field is marked and focused,
 * so the user sees where to look even when the row's title words it
 * otherwise. @names are the core's names (untranslated), one a row. */
void
hg_form_mark_refused_field (GtkWidget          **rows,
                            const char * const  *names,
                            guint                n_rows,
                            const char          *message)
{
  for (guint f = 0; f < n_rows; f++)
    {
      g_autofree char *prefix = g_strdup_printf ("%s: ", _(names[f]));

      if (g_str_has_prefix (message, prefix))
        {
          gtk_widget_add_css_class (rows[f], "error");
          gtk_widget_grab_focus (rows[f]);
        }
    }
}

/* Cancel and Save, Save suggested and the default, Escape cancels. */
void
hg_form_add_save_responses (AdwMessageDialog *dialog)
{
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "save", _("_Save"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
}

/* Enter in a field gives the dialog's default response (Save, Record…),
 * unless the form is not valid yet, and closes the dialog as clicking that
 * button would: adw_message_dialog_response() only emits the signal, and a
 * dialog left open after its Save invites a second, failing save. */
void
hg_form_save_if_allowed (AdwMessageDialog *dialog)
{
  const char *response = adw_message_dialog_get_default_response (dialog);

  if (response != NULL && adw_message_dialog_has_response (dialog, response)
      && adw_message_dialog_get_response_enabled (dialog, response))
    {
      /* The response's handlers may destroy the dialog themselves. */
      g_object_ref (dialog);
      adw_message_dialog_response (dialog, response);
      gtk_window_destroy (GTK_WINDOW (dialog));
      g_object_unref (dialog);
    }
}

/* An AdwMessageDialog closes itself before it emits ::response, so a
 * dialog that saves in its response handler would lose everything typed
 * when the save fails. Made to hide instead, it ends its response with
 * hg_form_finish_response(): shown again as it was when not @done (the
 * field marked, the problem said), destroyed otherwise. */
void
hg_form_keep_open_on_failure (AdwMessageDialog *dialog)
{
  gtk_window_set_hide_on_close (GTK_WINDOW (dialog), TRUE);
}

void
hg_form_finish_response (AdwMessageDialog *dialog,
                         gboolean          done)
{
  if (done)
    gtk_window_destroy (GTK_WINDOW (dialog));
  else
    gtk_window_present (GTK_WINDOW (dialog));
}

GtkWidget *
hg_form_row_menu_button (GMenuModel *menu,
                         const char *tooltip)
{
  GtkWidget *button = gtk_menu_button_new ();

  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), menu);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  tooltip, -1);
  return button;
}

/* Shows @toast (floating, consumed) in the toast overlay @widget sits in;
 * a widget not in a window yet has nowhere to show it and drops it. */
void
hg_form_toast (GtkWidget *widget,
               AdwToast  *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

void
hg_form_show_error (GtkWindow  *parent,
                    const char *heading,
                    const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A save that fails after validation passed (a read-only or full disk) is
 * told over the window the dialog belonged to, since the dialog is closing. */
void
hg_form_report_save_error (AdwMessageDialog *dialog,
                           const GError     *error)
{
  hg_form_show_error (gtk_window_get_transient_for (GTK_WINDOW (dialog)),
                      _("Could Not Save"), error->message);
}

/* The whole choice as a tooltip, only when the label shows it cut. */
static gboolean
choice_query_tooltip_cb (GtkWidget  *label,
                         int         x,
                         int         y,
                         gboolean    keyboard,
                         GtkTooltip *tooltip,
                         gpointer    data)
{
  if (!pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (label))))
    return FALSE;
  gtk_tooltip_set_text (tooltip, gtk_label_get_text (GTK_LABEL (label)));
  return TRUE;
}

static void
choice_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_has_tooltip (label, TRUE);
  g_signal_connect (label, "query-tooltip", G_CALLBACK (choice_query_tooltip_cb), NULL);
  gtk_list_item_set_child (item, label);
}

static void
choice_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item)
{
  GtkStringObject *string = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      string ? gtk_string_object_get_string (string) : "");
}

/* A drop-down of strings whose choices may be cut ("2 — a few…", the whole
 * in a tooltip) instead of setting its minimum width: the default
 * factory's labels neither wrap nor ellipsize, so one long choice kept the
 * whole window wider than a phone (360 px). With room, the choice shows
 * whole. (Wrapping was tried: GTK 4.8's drop-down button draws a wrapped
 * label past its own end.) */
void
hg_form_ellipsize_drop_down (GtkDropDown *drop)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (choice_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (choice_bind_cb), NULL);
  gtk_drop_down_set_factory (drop, factory);
}
