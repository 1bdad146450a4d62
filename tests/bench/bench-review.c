/* bench-review.c: the policy wizard's last step, the review of the rules
 *
 * Not a test: prints a table of timings, each the median of N runs.
 * Usage (needs a display): bench-review [N]
 *
 * Every measure runs from the user's action (a step chosen, an edit made
 * through the core as the buttons make it, Undo, a page chosen) until the
 * window's next frame is painted, which shows its result: what the user
 * waits for. Between measures the main loop runs until idle.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bench-util.h"
#include "hg-test-ui.h"

#include <locale.h>
#include <sys/resource.h>

#include "hg-application.h"
#include "hg-pack-context.h"
#include "hg-policy.h"
#include "hg-policy-page.h"
#include "hg-rules-editor.h"
#include "hg-window.h"

static gboolean painted;

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       data)
{
  painted = TRUE;
}

/* Until the next frame is painted: what the user waits for to see the
 * result of an action. */
static void
wait_for_frame (GtkWidget *window)
{
  painted = FALSE;
  gtk_widget_queue_draw (window);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
}

/* Until everything queued has run (the preview lays out its text in idle
 * steps), so one measure does not pay for the one before. */
static void
settle (GtkWidget *window)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
  wait_for_frame (window);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* The CPU time this process has used: on a machine shared with other
 * work, the wall-clock figures grow with the load, this much less. */
static double
cpu_now_ms (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0
         + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

/* The id of the rule the company added last after @rule_id. */
static gint64
last_added (HgWorkbook *workbook,
            HgPack     *pack,
            const char *rule_id)
{
  g_autoptr(HgPackContext) context = hg_pack_context_new_for_workbook (pack, workbook);
  GArray *ids = hg_pack_context_get_added_ids (context, rule_id);

  g_assert_nonnull (ids);
  return g_array_index (ids, gint64, ids->len - 1);
}

enum { FIRST_OPEN, OPEN, REWORD, EXCLUDE, RESTORE, ADD, REMOVE, UNDO, SWITCH, N_MEASURES };

static const char *labels[N_MEASURES] = {
  "open the step 「規程の見直し」 the first time",
  "open the step again (from step 1)",
  "reword a rule",
  "leave a rule out (with a reason)",
  "restore the rule",
  "add a rule after it",
  "remove the added rule",
  "undo (the removal)",
  "switch to 方針・規程 while on the step",
};

int
main (int    argc,
      char **argv)
{
  guint n = argc > 1 ? (guint) atoi (argv[1]) : 5;
  g_autofree char *dir = g_dir_make_tmp ("hinagata-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bench.hinagata", NULL);
  g_autoptr(HgApplication) app = NULL;
  g_autoptr(HgWorkbook) created = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  GArray *runs[N_MEASURES], *cpu[N_MEASURES];
  HgWorkbook *workbook;
  HgPolicyPage *page;
  HgPack *pack;
  HgWindow *window;
  GdkFrameClock *clock = NULL;
  guint last_step, n_rules, n_widgets;
  const char *rule = "access_pw_length";

  setlocale (LC_ALL, "");
  gtk_init ();
  adw_init ();
  app = hg_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);
  for (guint m = 0; m < N_MEASURES; m++)
    {
      runs[m] = g_array_new (FALSE, FALSE, sizeof (double));
      cpu[m] = g_array_new (FALSE, FALSE, sizeof (double));
    }

  created = hg_workbook_create (path, "株式会社ベンチ", &error);
  g_assert_no_error (error);
  g_clear_object (&created);

  window = hg_window_new (GTK_APPLICATION (app));
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  file = g_file_new_for_path (path);
  g_assert_true (hg_window_open_file (window, file));
  gtk_window_present (GTK_WINDOW (window));
  while (clock == NULL)
    {
      g_main_context_iteration (NULL, TRUE);
      clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
    }
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), NULL);
  workbook = hg_window_get_workbook (window);

  hg_window_show_page (window, "policy");
  settle (GTK_WIDGET (window));
  page = HG_POLICY_PAGE (hg_test_find_widget (GTK_WIDGET (window), HG_TYPE_POLICY_PAGE, NULL));
  pack = hg_policy_page_get_pack (page);
  last_step = hg_pack_get_steps (pack)->len;
  /* The answers that keep the most rules: telework, cloud services and
   * private devices in. */
  g_assert_true (hg_policy_set_answer (workbook, pack, "telework", "true", &error));
  /* The preview shows the rules (about 90,000 characters), which every
   * edit here changes. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (hg_test_find_widget (GTK_WIDGET (page),
                                                                  GTK_TYPE_DROP_DOWN,
                                                                  "document-drop")), 1);
  settle (GTK_WIDGET (window));

  /* The first showing: the step had never been on screen. */
  {
    double t0 = bench_now_ms (), c0 = cpu_now_ms ();

    hg_policy_page_show_step (page, last_step);
    wait_for_frame (GTK_WIDGET (window));
    t0 = bench_now_ms () - t0;
    c0 = cpu_now_ms () - c0;
    g_array_append_val (runs[FIRST_OPEN], t0);
    g_array_append_val (cpu[FIRST_OPEN], c0);
    settle (GTK_WIDGET (window));
  }

  for (guint i = 0; i < n; i++)
    {
      double t0, c0;

      hg_policy_page_show_step (page, 0);
      settle (GTK_WIDGET (window));
      t0 = bench_now_ms ();
      c0 = cpu_now_ms ();
      hg_policy_page_show_step (page, last_step);
      wait_for_frame (GTK_WIDGET (window));
      t0 = bench_now_ms () - t0;
      c0 = cpu_now_ms () - c0;
      g_array_append_val (runs[OPEN], t0);
      g_array_append_val (cpu[OPEN], c0);

#define MEASURE(m, call) G_STMT_START {                 \
        double t = bench_now_ms (), c = cpu_now_ms ();  \
        g_assert_true (call);                           \
        wait_for_frame (GTK_WIDGET (window));           \
        t = bench_now_ms () - t;                        \
        c = cpu_now_ms () - c;                          \
        g_array_append_val (runs[m], t);                \
        g_array_append_val (cpu[m], c);                 \
        settle (GTK_WIDGET (window));                   \
      } G_STMT_END

      MEASURE (REWORD, hg_policy_reword (workbook, pack, rule,
                                         "パスワードは{password_min_length}文字以上とする。",
                                         &error));
      MEASURE (RESTORE, hg_policy_reset_rule (workbook, pack, rule, &error));
      MEASURE (EXCLUDE, hg_policy_exclude (workbook, pack, rule, "パスフレーズを使うため",
                                           &error));
      g_assert_true (hg_policy_reset_rule (workbook, pack, rule, &error));
      settle (GTK_WIDGET (window));
      MEASURE (ADD, hg_policy_add_rule (workbook, pack, rule, "会社独自の規則を追加する。",
                                        &error));
      MEASURE (REMOVE, hg_policy_remove_added (workbook, last_added (workbook, pack, rule),
                                               &error));
      MEASURE (UNDO, gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
      g_assert_true (hg_policy_remove_added (workbook, last_added (workbook, pack, rule),
                                             &error));
      settle (GTK_WIDGET (window));

      hg_window_show_page (window, "overview");
      settle (GTK_WIDGET (window));
      MEASURE (SWITCH, (hg_window_show_page (window, "policy"), TRUE));
#undef MEASURE
    }
  g_assert_no_error (error);
  n_rules = hg_rules_editor_get_n_rules (HG_RULES_EDITOR (hg_policy_page_get_rules_editor (page)));
  n_widgets = hg_test_count_widgets (hg_policy_page_get_rules_editor (page), GTK_TYPE_WIDGET);

  g_print ("Rule review benchmark: %u rules listed, median of %u runs (the first showing: once),\n"
           "until the next frame is painted: wall-clock time and this process's CPU time\n",
           n_rules, n);
  g_print ("widgets in the step: %u\n", n_widgets);
  for (guint m = 0; m < N_MEASURES; m++)
    {
      /* The labels mix wide characters: pad by display width by hand. */
      const char *label = labels[m];
      int width = 0;

      for (const char *p = label; *p; p = g_utf8_next_char (p))
        width += g_unichar_iswide (g_utf8_get_char (p)) ? 2 : 1;
      g_print ("%s%*s %9.1f ms %9.1f ms\n", label, MAX (0, 50 - width), "", bench_median (runs[m]),
               bench_median (cpu[m]));
      g_array_unref (runs[m]);
      g_array_unref (cpu[m]);
    }

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  {
    g_autofree char *cmd = g_strdup_printf ("rm -rf '%s'", dir);
    (void) system (cmd);
  }
  return 0;
}
