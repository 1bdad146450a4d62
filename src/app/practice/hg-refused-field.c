/* hg-refused-field.c
 *
 * The core names the field it refuses by the words the dialogs use as the
 * rows' titles, so the row is found by its title: no table of field names
 * to keep in step with the core's messages.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "hg-refused-field.h"

gboolean
hg_refused_field_mark (GtkWidget * const *rows,
                       guint              n_rows,
                       const char        *message)
{
  gboolean marked = FALSE;

  for (guint i = 0; i < n_rows; i++)
    {
      const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (rows[i]));
      gsize len = strlen (title);

      if (len > 0 && strncmp (message, title, len) == 0 && g_str_has_prefix (message + len, ": "))
        {
          gtk_widget_add_css_class (rows[i], "error");
          if (!marked)
            gtk_widget_grab_focus (rows[i]);
          marked = TRUE;
        }
    }
  return marked;
}
