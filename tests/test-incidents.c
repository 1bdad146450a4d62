/* test-incidents.c: the incident register (src/core/practice/): deadlines
 * counted on the local clock with fixed clocks around month ends and the
 * year-end holidays, the order of the steps, refused input that writes
 * nothing, one undo step per write
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "hg-asset-store.h"
#include "hg-error.h"
#include "hg-incident-deadline.h"
#include "hg-incident-edit.h"
#include "hg-incident-report.h"
#include "hg-incident-rules.h"
#include "hg-policy.h"
#include "hg-local-time.h"
#include "hg-test-util.h"
#include "hg-text.h"
#include "hg-workbook.h"

typedef struct
{
  char       *dir;
  HgWorkbook *workbook;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = hg_test_make_dir ();
  path = g_build_filename (f->dir, "incidents.hinagata", NULL);
  f->workbook = hg_workbook_create (path, "株式会社ひながた精工", &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->workbook);
  hg_test_remove_dir (f->dir);
  g_free (f->dir);
}

/* A fixed clock: @text read as local time. */
static GDateTime *
clock_at (const char *text)
{
  GDateTime *time = hg_local_time_parse (text);

  g_assert_nonnull (time);
  return time;
}

static char *
shown (GDateTime *time)
{
  return g_date_time_format (time, "%Y-%m-%d %H:%M %:z");
}

static HgIncident *
leak (const char     *detected,
      HgIncidentKind  kind)
{
  HgIncident *incident = hg_incident_new ();

  incident->title = g_strdup ("顧客名簿を添付したメールの誤送信");
  incident->detected = g_strdup (detected);
  incident->detected_by = g_strdup ("佐藤 花子");
  incident->kind = kind;
  g_free (incident->category);
  incident->category = g_strdup ("misdelivery");
  incident->level = HG_INCIDENT_LEVEL_MAJOR;
  incident->personal_data = TRUE;
  return incident;
}

/* Saves @incident, which it takes, and returns it as stored. */
static HgIncident *
add (Fixture    *f,
     HgIncident *incident)
{
  g_autoptr(HgIncident) owned = incident;
  g_autoptr(GError) error = NULL;
  gint64 id = 0;
  HgIncident *back;

  g_assert_true (hg_incident_save (f->workbook, owned, &id, &error));
  g_assert_no_error (error);
  back = hg_incident_get (f->workbook, id, &error);
  g_assert_no_error (error);
  return back;
}

static void
test_local_time (void)
{
  static const struct { const char *text; const char *stored; } good[] = {
    { "2026-12-29 23:30", "2026-12-29T23:30:00+09:00" },
    { "2026/12/29 23:30", "2026-12-29T23:30:00+09:00" },
    { "２０２６年１２月２９日　２３時３０分", "2026-12-29T23:30:00+09:00" },
    { "令和8年12月29日 23時", "2026-12-29T23:00:00+09:00" },
    { "R8.1.5 9:05", "2026-01-05T09:05:00+09:00" },
    { "2026-12-29T23:30", "2026-12-29T23:30:00+09:00" },
    /* The stored form read elsewhere is the same moment, shown locally. */
    { "2026-12-29T14:30:00+00:00", "2026-12-29T23:30:00+09:00" },
  };
  static const char * const bad[] = {
    "2026-12-29", "23:30", "2026-12-29 24:00", "2026-12-29 23:60", "2026-02-30 10:00",
    "yesterday evening", "", NULL,
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GDateTime) time = hg_local_time_parse (good[i].text);
      g_autofree char *stored = NULL;

      g_assert_nonnull (time);
      stored = hg_local_time_store (time);
      g_assert_cmpstr (stored, ==, good[i].stored);
    }
  for (guint i = 0; bad[i] != NULL; i++)
    {
      g_autoptr(GDateTime) time = hg_local_time_parse (bad[i]);

      if (time != NULL)
        g_test_message ("accepted “%s”", bad[i]);
      g_assert_null (time);
    }
  g_assert_null (hg_local_time_parse (NULL));
}

/* Detected at 23:30 on 29 December, as the office closes for the
 * year-end holidays: the days run on through New Year. */
static void
test_deadlines_year_end (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(HgIncident) accident = add (f, leak ("2026-12-29 23:30", HG_INCIDENT_KIND_ACCIDENT));
  g_autoptr(HgIncident) incident = add (f, leak ("2026年12月29日 23時30分", HG_INCIDENT_KIND_INCIDENT));
  g_autoptr(GDateTime) jan2 = clock_at ("2027-01-02 09:00");
  g_autoptr(GDateTime) jan4 = clock_at ("2027-01-04 00:00");
  g_autoptr(GDateTime) dec30 = clock_at ("2026-12-30 08:30");
  g_autoptr(GPtrArray) list = hg_incident_deadlines (accident, jan2);
  g_autoptr(GPtrArray) list2 = hg_incident_deadlines (incident, jan2);
  g_autoptr(GPtrArray) later = hg_incident_deadlines (accident, jan4);
  g_autoptr(GPtrArray) early = hg_incident_deadlines (accident, dec30);
  HgIncidentDeadline *prompt, *final;
  g_autofree char *due = NULL, *target = NULL, *due2 = NULL, *due3 = NULL;
  g_autofree char *said = NULL, *said2 = NULL, *said3 = NULL;

  g_assert_cmpstr (accident->detected, ==, "2026-12-29T23:30:00+09:00");
  g_assert_cmpuint (list->len, ==, 2);
  prompt = list->pdata[0];
  final = list->pdata[1];
  g_assert_cmpint (prompt->kind, ==, HG_INCIDENT_NOTICE_PPC_PROMPT);
  g_assert_cmpstr (prompt->recipient, ==, "個人情報保護委員会");
  g_assert_cmpstr ((due = shown (prompt->due)), ==, "2027-01-03 23:30 +09:00");
  g_assert_cmpstr ((target = shown (prompt->target)), ==, "2027-01-01 23:30 +09:00");
  g_assert_cmpint (prompt->state, ==, HG_INCIDENT_DEADLINE_PENDING);
  g_assert_cmpstr ((said = hg_incident_deadline_describe (prompt, jan2)), ==, "due in 1 day 14 hours");
  g_assert_cmpint (final->kind, ==, HG_INCIDENT_NOTICE_PPC_FINAL);
  g_assert_cmpstr ((due2 = shown (final->due)), ==, "2027-01-28 23:30 +09:00");
  /* Done on purpose: 60 days for the 確報. */
  g_assert_cmpstr ((due3 = shown (((HgIncidentDeadline *) list2->pdata[1])->due)), ==,
                   "2027-02-27 23:30 +09:00");

  /* The target comes first while it is ahead. */
  g_assert_cmpstr ((said2 = hg_incident_deadline_describe (early->pdata[0], dec30)), ==,
                   "target in 2 days 15 hours");
  /* Past the 5 days the 速報 is overdue, the 確報 still pending. */
  g_assert_cmpint (((HgIncidentDeadline *) later->pdata[0])->state, ==, HG_INCIDENT_DEADLINE_OVERDUE);
  g_assert_cmpint (((HgIncidentDeadline *) later->pdata[1])->state, ==, HG_INCIDENT_DEADLINE_PENDING);
  g_assert_cmpstr ((said3 = hg_incident_deadline_describe (later->pdata[0], jan4)), ==, "30 minutes overdue");
  g_assert_true (hg_incident_deadlines_next (later) == later->pdata[0]);
}

/* Customer notices by hours and by days across the end of a month, in a
 * short February and a leap year's; a notice sent is done. */
static void
test_deadlines_month_end (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgIncident) incident = add (f, leak ("2027-01-31 10:00", HG_INCIDENT_KIND_ACCIDENT));
  g_autoptr(HgIncident) leap = add (f, leak ("2028-02-28 18:00", HG_INCIDENT_KIND_ACCIDENT));
  g_autoptr(HgIncident) back = NULL;
  g_autoptr(HgIncidentNotice) hours = hg_incident_notice_new ();
  g_autoptr(HgIncidentNotice) days = hg_incident_notice_new ();
  g_autoptr(HgIncidentNotice) ppc = hg_incident_notice_new ();
  g_autoptr(GDateTime) now = clock_at ("2027-02-02 12:00");
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) leap_list = hg_incident_deadlines (leap, now);
  g_autofree char *d0 = NULL, *d1 = NULL, *d2 = NULL, *d3 = NULL, *d4 = NULL, *d5 = NULL;

  hours->recipient = g_strdup ("ひながた自動車 品質保証部");
  hours->within = 24;
  hours->sent = g_strdup ("2027-02-01 09:15");
  days->recipient = g_strdup ("株式会社みなと商事");
  days->within = 3;
  days->in_days = TRUE;
  ppc->kind = HG_INCIDENT_NOTICE_PPC_PROMPT;
  ppc->sent = g_strdup ("2027/2/2 11:00");
  g_assert_true (hg_incident_save_notice (f->workbook, incident->id, hours, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (hg_incident_save_notice (f->workbook, incident->id, days, NULL, &error));
  g_assert_true (hg_incident_save_notice (f->workbook, incident->id, ppc, NULL, &error));
  g_assert_no_error (error);
  back = hg_incident_get (f->workbook, incident->id, &error);
  list = hg_incident_deadlines (back, now);

  g_assert_cmpuint (list->len, ==, 4);
  /* Soonest first: 24 hours, the 速報 (done), 3 days, the 確報. */
  g_assert_cmpstr ((d0 = shown (((HgIncidentDeadline *) list->pdata[0])->due)), ==, "2027-02-01 10:00 +09:00");
  g_assert_cmpint (((HgIncidentDeadline *) list->pdata[0])->state, ==, HG_INCIDENT_DEADLINE_DONE);
  g_assert_cmpstr ((d1 = shown (((HgIncidentDeadline *) list->pdata[1])->due)), ==, "2027-02-03 10:00 +09:00");
  g_assert_cmpint (((HgIncidentDeadline *) list->pdata[1])->kind, ==, HG_INCIDENT_NOTICE_CUSTOMER);
  g_assert_cmpint (((HgIncidentDeadline *) list->pdata[1])->state, ==, HG_INCIDENT_DEADLINE_PENDING);
  g_assert_cmpstr ((d2 = shown (((HgIncidentDeadline *) list->pdata[2])->due)), ==, "2027-02-05 10:00 +09:00");
  g_assert_cmpint (((HgIncidentDeadline *) list->pdata[2])->state, ==, HG_INCIDENT_DEADLINE_DONE);
  g_assert_cmpstr ((d3 = shown (((HgIncidentDeadline *) list->pdata[3])->due)), ==, "2027-03-02 10:00 +09:00");
  g_assert_true (hg_incident_deadlines_next (list) == list->pdata[1]);

  g_assert_cmpstr ((d4 = shown (((HgIncidentDeadline *) leap_list->pdata[0])->due)), ==, "2028-03-04 18:00 +09:00");
  g_assert_cmpstr ((d5 = shown (((HgIncidentDeadline *) leap_list->pdata[1])->due)), ==, "2028-03-29 18:00 +09:00");
}

static gboolean
advance (Fixture         *f,
         gint64           id,
         HgIncidentStep   step,
         const char      *at,
         GError         **error)
{
  return hg_incident_advance (f->workbook, id, step, at, "情報システム担当 鈴木", NULL, error);
}

static HgIncidentStep
status (Fixture *f,
        gint64   id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgIncident) incident = hg_incident_get (f->workbook, id, &error);

  g_assert_no_error (error);
  return hg_incident_get_status (incident);
}

static void
test_steps (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgIncident) incident = add (f, leak ("2026-11-30 17:00", HG_INCIDENT_KIND_ACCIDENT));
  g_autoptr(HgIncident) back = NULL;
  gint64 id = incident->id;

  g_assert_cmpint (hg_incident_get_status (incident), ==, HG_INCIDENT_DETECTED);
  g_assert_cmpstr (incident->steps[0].person, ==, "佐藤 花子");

  /* Not closed before it is contained, even once reported. */
  g_assert_false (advance (f, id, HG_INCIDENT_CLOSED, "2026-11-30 18:00", &error));
  g_assert_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "Status: An incident cannot be closed before it is contained: record “Contained” first");
  g_clear_error (&error);
  g_assert_true (advance (f, id, HG_INCIDENT_REPORTED, "2026-11-30 17:20", &error));
  g_assert_no_error (error);
  g_assert_false (advance (f, id, HG_INCIDENT_CLOSED, "2026-12-01 18:00", &error));
  g_clear_error (&error);
  g_assert_cmpint (status (f, id), ==, HG_INCIDENT_REPORTED);

  /* Not earlier than the step before, not backwards. */
  g_assert_false (advance (f, id, HG_INCIDENT_CONTAINED, "2026-11-30 17:10", &error));
  g_assert_cmpstr (error->message, ==, "Time: This is earlier than “Reported” at 2026-11-30 17:20");
  g_clear_error (&error);
  g_assert_false (advance (f, id, HG_INCIDENT_CONTAINED, "tonight", &error));
  g_assert_cmpstr (error->message, ==,
                   "Time: “tonight” is not a date and time: write it as 2026-12-29 23:30");
  g_clear_error (&error);
  g_assert_false (hg_incident_advance (f->workbook, id, HG_INCIDENT_CONTAINED, "2026-12-01 9:00",
                                       " ", NULL, &error));
  g_assert_true (g_str_has_prefix (error->message, "By: "));
  g_clear_error (&error);
  g_assert_true (advance (f, id, HG_INCIDENT_CONTAINED, "2026-12-01 09:00", &error));
  g_assert_false (advance (f, id, HG_INCIDENT_REPORTED, "2026-12-01 10:00", &error));
  g_assert_cmpstr (error->message, ==,
                   "Status: The incident is already at “Contained”; it can only go forward");
  g_clear_error (&error);

  /* Recovery may be skipped: closed once contained. */
  g_assert_true (advance (f, id, HG_INCIDENT_CLOSED, "2026-12-02 15:00", &error));
  g_assert_no_error (error);
  back = hg_incident_get (f->workbook, id, &error);
  g_assert_cmpint (hg_incident_get_status (back), ==, HG_INCIDENT_CLOSED);
  g_assert_false (hg_incident_is_open (back));
  g_assert_null (back->steps[HG_INCIDENT_RECOVERED].at);
  g_assert_cmpstr (back->steps[HG_INCIDENT_CLOSED].at, ==, "2026-12-02T15:00:00+09:00");
  g_assert_cmpstr (back->steps[HG_INCIDENT_CLOSED].person, ==, "情報システム担当 鈴木");
  g_assert_cmpstr (hg_workbook_get_undo_label (f->workbook), ==, "Mark Incident Closed");

  /* The detection cannot be moved after what followed it. */
  g_free (back->detected);
  back->detected = g_strdup ("2026-12-01 08:00");
  g_assert_false (hg_incident_save (f->workbook, back, NULL, &error));
  g_assert_cmpstr (error->message, ==,
                   "Detected at: The incident was detected before it reached “Reported” at 2026-11-30 17:20");
}

static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgIncident) incident = leak ("2026-12-29 23:30", HG_INCIDENT_KIND_ACCIDENT);
  g_autoptr(HgIncident) stored = NULL;
  g_autoptr(HgIncidentNotice) early = hg_incident_notice_new ();
  g_autoptr(HgIncidentNotice) no_deadline = hg_incident_notice_new ();
  g_autoptr(GPtrArray) list = NULL;
  gint64 asset = 9999;
  const char *label;

  g_free (incident->title);
  incident->title = g_strdup ("  ");
  g_assert_false (hg_incident_save (f->workbook, incident, NULL, &error));
  g_assert_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "Title: "));
  g_clear_error (&error);
  hg_text_set (&incident->title, "誤送信");

  hg_text_set (&incident->detected, "2026-12-29");
  g_assert_false (hg_incident_save (f->workbook, incident, NULL, &error));
  g_assert_cmpstr (error->message, ==,
                   "Detected at: “2026-12-29” is not a date and time: write it as 2026-12-29 23:30");
  g_clear_error (&error);
  hg_text_set (&incident->detected, "");
  g_assert_false (hg_incident_save (f->workbook, incident, NULL, &error));
  g_assert_cmpstr (error->message, ==, "Detected at: Enter the date and time, e.g. 2026-12-29 23:30");
  g_clear_error (&error);
  hg_text_set (&incident->detected, "2026-12-29 23:30");

  hg_text_set (&incident->detected_by, "");
  g_assert_false (hg_incident_save (f->workbook, incident, NULL, &error));
  g_assert_true (g_str_has_prefix (error->message, "Detected by: "));
  g_clear_error (&error);
  hg_text_set (&incident->detected_by, "佐藤");

  hg_text_set (&incident->category, "aliens");
  g_assert_false (hg_incident_save (f->workbook, incident, NULL, &error));
  g_assert_cmpstr (error->message, ==, "Category: “aliens” is not a category of incident");
  g_clear_error (&error);
  hg_text_set (&incident->category, "loss");

  g_array_append_val (incident->assets, asset);
  g_assert_false (hg_incident_save (f->workbook, incident, NULL, &error));
  g_assert_cmpstr (error->message, ==, "Affected assets: There is no asset number 9999 in the register");
  g_clear_error (&error);

  /* Nothing was written, not even an undo step. */
  list = hg_incident_list (f->workbook, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 0);
  g_assert_false (hg_workbook_can_undo (f->workbook));

  /* A notification before the detection, or without its deadline. */
  g_array_set_size (incident->assets, 0);
  stored = add (f, g_steal_pointer (&incident));
  label = hg_workbook_get_undo_label (f->workbook);
  g_assert_cmpstr (label, ==, "Add Incident");
  early->recipient = g_strdup ("株式会社みなと商事");
  early->within = 24;
  early->sent = g_strdup ("2026-12-29 23:00");
  g_assert_false (hg_incident_save_notice (f->workbook, stored->id, early, NULL, &error));
  g_assert_cmpstr (error->message, ==,
                   "Sent: A notification cannot come before the detection at 2026-12-29 23:30");
  g_clear_error (&error);
  no_deadline->recipient = g_strdup ("株式会社みなと商事");
  g_assert_false (hg_incident_save_notice (f->workbook, stored->id, no_deadline, NULL, &error));
  g_assert_true (g_str_has_prefix (error->message, "Deadline: "));
  g_clear_error (&error);
  g_clear_pointer (&stored, hg_incident_free);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = hg_incident_list (f->workbook, &error);
  g_assert_cmpuint (((HgIncident *) list->pdata[0])->notices->len, ==, 0);
  g_assert_cmpstr (hg_workbook_get_undo_label (f->workbook), ==, "Add Incident");
}

static void
test_undo (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgAssetData) asset = hg_asset_data_new ();
  g_autoptr(HgIncident) incident = leak ("2026-12-29 23:30", HG_INCIDENT_KIND_ACCIDENT);
  g_autoptr(HgIncident) back = NULL;
  g_autoptr(GPtrArray) list = NULL;
  gint64 asset_id, id = 0;

  hg_text_set (&asset->name, "顧客名簿");
  asset->confidentiality = asset->integrity = asset->availability = 2;
  asset_id = hg_asset_store_add (f->workbook, asset, &error);
  g_assert_no_error (error);
  g_array_append_val (incident->assets, asset_id);

  /* Adding writes the incident, its detection step and its asset link:
   * one step undoes all three. */
  g_assert_true (hg_incident_save (f->workbook, incident, &id, &error));
  g_assert_no_error (error);
  back = hg_incident_get (f->workbook, id, &error);
  g_assert_cmpuint (back->assets->len, ==, 1);
  g_assert_cmpstr (back->asset_names->pdata[0], ==, "顧客名簿");
  g_assert_cmpstr (hg_workbook_get_undo_label (f->workbook), ==, "Add Incident");
  g_assert_true (advance (f, id, HG_INCIDENT_REPORTED, "2026-12-30 08:00", &error));
  g_assert_true (hg_workbook_undo (f->workbook, &error));
  g_assert_cmpint (status (f, id), ==, HG_INCIDENT_DETECTED);
  g_assert_true (hg_workbook_undo (f->workbook, &error));
  g_assert_no_error (error);
  list = hg_incident_list (f->workbook, &error);
  g_assert_cmpuint (list->len, ==, 0);
  g_assert_cmpstr (hg_workbook_get_undo_label (f->workbook), !=, "Add Incident");
  g_assert_true (hg_workbook_redo (f->workbook, &error));
  g_clear_pointer (&back, hg_incident_free);
  back = hg_incident_get (f->workbook, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (back->assets->len, ==, 1);
  g_assert_cmpstr (back->steps[0].at, ==, "2026-12-29T23:30:00+09:00");

  /* Editing is one step too. */
  hg_text_set (&back->lessons, "添付ファイルは共有リンクで送る。");
  back->level = HG_INCIDENT_LEVEL_MODERATE;
  g_assert_true (hg_incident_save (f->workbook, back, NULL, &error));
  g_assert_cmpstr (hg_workbook_get_undo_label (f->workbook), ==, "Edit Incident");
  g_assert_true (hg_workbook_undo (f->workbook, &error));
  g_clear_pointer (&back, hg_incident_free);
  back = hg_incident_get (f->workbook, id, &error);
  g_assert_cmpstr (back->lessons, ==, "");
  g_assert_cmpint (back->level, ==, HG_INCIDENT_LEVEL_MAJOR);
}

/* Open incidents first, the latest detected first. */
static void
test_list_order (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgIncident) old = add (f, leak ("2026-10-01 10:00", HG_INCIDENT_KIND_ACCIDENT));
  g_autoptr(HgIncident) closed = add (f, leak ("2026-12-01 10:00", HG_INCIDENT_KIND_ACCIDENT));
  g_autoptr(HgIncident) recent = add (f, leak ("2026-11-01 10:00", HG_INCIDENT_KIND_ACCIDENT));
  g_autoptr(GPtrArray) list = NULL;

  g_assert_true (advance (f, closed->id, HG_INCIDENT_CONTAINED, "2026-12-01 11:00", &error));
  g_assert_true (advance (f, closed->id, HG_INCIDENT_CLOSED, "2026-12-01 12:00", &error));
  list = hg_incident_list (f->workbook, &error);
  g_assert_cmpuint (list->len, ==, 3);
  g_assert_cmpint (((HgIncident *) list->pdata[0])->id, ==, recent->id);
  g_assert_cmpint (((HgIncident *) list->pdata[1])->id, ==, old->id);
  g_assert_cmpint (((HgIncident *) list->pdata[2])->id, ==, closed->id);
}

static gboolean
has_heading (const HgDoc *doc,
             const char  *title)
{
  for (guint i = 0; i < doc->blocks->len; i++)
    {
      const HgDocBlock *block = g_ptr_array_index (doc->blocks, i);

      if (block->kind == HG_DOC_HEADING && g_strcmp0 (block->text, title) == 0)
        return TRUE;
    }
  return FALSE;
}

/* The text of the block after heading @title. */
static const char *
after_heading (const HgDoc *doc,
               const char  *title)
{
  for (guint i = 0; i + 1 < doc->blocks->len; i++)
    {
      const HgDocBlock *block = g_ptr_array_index (doc->blocks, i);

      if (block->kind == HG_DOC_HEADING && g_strcmp0 (block->text, title) == 0)
        return ((HgDocBlock *) g_ptr_array_index (doc->blocks, i + 1))->text;
    }
  return NULL;
}

/* The report form filled from the record: the headings the rules name,
 * the final report's three more, what is not written said so, the
 * PPC's deadlines with the 速報's target. */
static void
test_report (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(HgIncident) incident = add (f, leak ("2026-12-29 23:30", HG_INCIDENT_KIND_INCIDENT));
  g_autoptr(GDateTime) now = clock_at ("2026-12-30 09:00");
  g_autoptr(HgDoc) first = NULL;
  g_autoptr(HgDoc) final = NULL;
  const HgDocBlock *table = NULL;
  gboolean found = FALSE;

  hg_text_set (&incident->actions, "送信先に削除を依頼した。");
  first = hg_incident_report_build (incident, HG_INCIDENT_REPORT_FIRST, "株式会社ひながた精工", now);
  final = hg_incident_report_build (incident, HG_INCIDENT_REPORT_FINAL, "株式会社ひながた精工", now);
  g_assert_cmpstr (first->title, ==, "インシデント報告書（第一報）");
  g_assert_cmpstr (final->title, ==, "インシデント報告書（最終報告）");
  g_assert_cmpstr (first->company, ==, "株式会社ひながた精工");
  for (guint i = 0; i < 5; i++)
    {
      static const char *headings[] = { "発生と発見", "起きている事象", "影響を受けた機器や情報",
                                        "それまでにとった措置", "対応の経過" };

      g_assert_true (has_heading (first, headings[i]));
    }
  g_assert_false (has_heading (first, "原因"));
  g_assert_true (has_heading (final, "原因"));
  g_assert_true (has_heading (final, "再発防止策と教訓"));
  g_assert_cmpstr (after_heading (first, "それまでにとった措置"), ==, "送信先に削除を依頼した。");
  g_assert_cmpstr (after_heading (first, "起きている事象"), ==, "（未記入）");

  for (guint i = 0; i < first->blocks->len && !found; i++)
    {
      table = g_ptr_array_index (first->blocks, i);
      if (table->kind == HG_DOC_TABLE && table->rows->len > 1
          && g_strcmp0 (((GStrv) table->rows->pdata[0])[0], "宛先") == 0)
        found = TRUE;
    }
  g_assert_true (found);
  g_assert_cmpuint (table->rows->len, ==, 3);
  g_assert_cmpstr (((GStrv) table->rows->pdata[1])[1], ==, "速報");
  g_assert_cmpstr (((GStrv) table->rows->pdata[1])[2], ==,
                   "2027年1月3日 23時30分（目安 2027年1月1日 23時30分）");
  g_assert_cmpstr (((GStrv) table->rows->pdata[1])[3], ==, "未実施");
  /* Done on purpose: the 確報 at 60 days. */
  g_assert_cmpstr (((GStrv) table->rows->pdata[2])[2], ==, "2027年2月27日 23時30分");
}

/* A customer notice starts from the rules' hours for the first report:
 * the company's answer, 24 by default, and 24 without a pack. */
static void
test_rules_hours (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgPack) pack = hg_pack_load_builtin (&error);

  g_assert_no_error (error);
  g_assert_cmpuint (hg_incident_rules_customer_hours (f->workbook, pack), ==, 24);
  g_assert_cmpuint (hg_incident_rules_customer_hours (f->workbook, NULL), ==, 24);
  g_assert_true (hg_policy_set_answer (f->workbook, pack, "customer_report_hours", "12", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (hg_incident_rules_customer_hours (f->workbook, pack), ==, 12);
}

int
main (int    argc,
      char **argv)
{
  const char *localedir = g_getenv ("HINAGATA_LOCALEDIR");

  /* The office's clock: every moment is read and shown in it. */
  g_setenv ("TZ", "Asia/Tokyo", TRUE);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/incidents/local-time", test_local_time);
#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/incidents/deadlines-year-end", test_deadlines_year_end);
  ADD ("/incidents/deadlines-month-end", test_deadlines_month_end);
  ADD ("/incidents/steps", test_steps);
  ADD ("/incidents/refused", test_refused);
  ADD ("/incidents/undo", test_undo);
  ADD ("/incidents/list-order", test_list_order);
  ADD ("/incidents/report", test_report);
  ADD ("/incidents/rules-hours", test_rules_hours);
  return g_test_run ();
}
