/* hg-form.h: the pieces every Hinagata form and dialog is built from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void        hg_form_show_problem        (GtkLabel         *label,
                                         const char       *problem);
GtkListBox *hg_form_boxed_list_new      (void);
void        hg_form_set_max_length      (AdwEntryRow      *row,
                                         guint             max_length);
gboolean    hg_form_mark_row            (GtkWidget        *row,
                                         const char       *label,
                                         const char       *problem,
                                         GString          *problems);
void        hg_form_mark_refused_field  (GtkWidget         **rows,
                                         const char * const *names,
                                         guint               n_rows,
                                         const char         *message);
void        hg_form_add_save_responses  (AdwMessageDialog *dialog);
void        hg_form_save_if_allowed     (AdwMessageDialog *dialog);
void        hg_form_keep_open_on_failure (AdwMessageDialog *dialog);
void        hg_form_finish_response     (AdwMessageDialog *dialog,
                                         gboolean          done);
/* The ⋮ button at the end of a register's row, opening @menu; @tooltip
 * also names it for screen readers. */
GtkWidget  *hg_form_row_menu_button     (GMenuModel       *menu,
                                         const char       *tooltip);
void        hg_form_toast               (GtkWidget        *widget,
                                         AdwToast         *toast);
void        hg_form_show_error          (GtkWindow        *parent,
                                         const char       *heading,
                                         const char       *body);
void        hg_form_report_save_error   (AdwMessageDialog *dialog,
                                         const GError     *error);
void        hg_form_ellipsize_drop_down (GtkDropDown      *drop);

G_END_DECLS
