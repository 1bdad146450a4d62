/* hg-note-dialog.h: the note a department keeps on one measure
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define HG_TYPE_NOTE_DIALOG (hg_note_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HgNoteDialog, hg_note_dialog, HG, NOTE_DIALOG, AdwMessageDialog)

GtkWidget  *hg_note_dialog_new         (const char   *control,
                                        const char   *measure,
                                        const char   *note);
const char *hg_note_dialog_get_control (HgNoteDialog *self);
const char *hg_note_dialog_get_note    (HgNoteDialog *self);

G_END_DECLS
