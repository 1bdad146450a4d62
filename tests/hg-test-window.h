/* hg-test-window.h: a real HgWindow on a fresh workbook, for the widget tests
 *
 * Each tests/test-ui-*.c program drives one page or feature of the window
 * with this fixture. They are separate programs, not one, so that each stays
 * well inside its time limit under AddressSanitizer on a two-core machine.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-application.h"
#include "hg-window.h"

G_BEGIN_DECLS

typedef struct
{
  char     *dir;
  char     *path;   /* the workbook, "window.hinagata" in @dir */
  HgWindow *window;
} HgTestWindow;

void            hg_test_window_init     (int           *argc,
                                         char        ***argv);
int             hg_test_window_run      (void);
HgApplication  *hg_test_window_app      (void);
void            hg_test_window_open     (HgTestWindow  *f);
void            hg_test_window_close    (HgTestWindow  *f);
void            hg_test_window_setup    (HgTestWindow  *f,
                                         gconstpointer  data);
void            hg_test_window_teardown (HgTestWindow  *f,
                                         gconstpointer  data);

/* Adds a test that gets a window open on a new workbook of
 * 株式会社ウィンドウ, closed and removed after. */
/* The 自己評価 page, showing the built-in framework @framework_id. */
GtkWidget      *hg_test_window_show_assess (HgTestWindow  *f,
                                            const char    *framework_id);

#define hg_test_window_add(path, fn) \
  g_test_add (path, HgTestWindow, NULL, hg_test_window_setup, fn, hg_test_window_teardown)

G_END_DECLS
