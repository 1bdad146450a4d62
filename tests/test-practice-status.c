/* test-practice-status.c: what the overview shows of the practice side
 * (issue 17 item 3) — this month's duties, what is overdue, the open
 * incidents — and the notice on opening a workbook with something
 * overdue, decided by the core on fixed days
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hg-duty-calendar.h"
#include "hg-duty-done.h"
#include "hg-incident-edit.h"
#include "hg-local-time.h"
#include "hg-practice-status.h"
#include "hg-risk-catalogue.h"
#include "hg-test-companies.h"
#include "hg-test-util.h"

typedef struct
{
  char            *dir;
  HgPack          *pack;
  HgRiskCatalogue *catalogue;
  HgWorkbook      *workbook;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  static const char *languages[] = { "ja", NULL };
  g_autoptr(GError) error = NULL;

  f->dir = hg_test_make_dir ();
  f->pack = hg_pack_load_builtin (&error);
  g_assert_no_error (error);
  f->catalogue = hg_risk_catalogue_load_builtin (languages, &error);
  g_assert_no_error (error);
  f->workbook = hg_test_company_new (HG_TEST_COMPANY_EXAMPLE, f->dir, f->pack, f->catalogue);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->workbook);
  hg_risk_catalogue_free (f->catalogue);
  hg_pack_free (f->pack);
  hg_test_remove_dir (f->dir);
  g_free (f->dir);
}

static GPtrArray *
compute (Fixture    *f,
         const char *today,
         const char *now)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) moment = hg_local_time_parse (now);
  GPtrArray *entries;
  GDate day;

  g_date_clear (&day, 1);
  g_date_set_parse (&day, today);
  g_assert_nonnull (moment);
  entries = hg_practice_status_compute (f->workbook, f->pack, &day, moment, &error);
  g_assert_no_error (error);
  g_assert_nonnull (entries);
  return entries;
}

static const HgPracticeEntry *
lookup (GPtrArray           *entries,
        HgPracticeEntryKind  kind,
        const char          *title_start)
{
  for (guint i = 0; i < entries->len; i++)
    {
      const HgPracticeEntry *entry = g_ptr_array_index (entries, i);

      if (entry->kind == kind && g_str_has_prefix (entry->title, title_start))
        return entry;
    }
  return NULL;
}

static const HgPracticeEntry *
find (GPtrArray           *entries,
      HgPracticeEntryKind  kind,
      const char          *title_start)
{
  const HgPracticeEntry *entry = lookup (entries, kind, title_start);

  if (entry == NULL)
    g_error ("no entry %s", title_start);
  return entry;
}

static guint
count (GPtrArray           *entries,
       HgPracticeEntryKind  kind)
{
  guint n = 0;

  for (guint i = 0; i < entries->len; i++)
    n += ((HgPracticeEntry *) g_ptr_array_index (entries, i))->kind == kind;
  return n;
}

/* Duties: the overdue ones first, then the rest of this month by date;
 * a duty done leaves the list and the notice counts what is left. */
static void
test_duties (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GPtrArray) entries = compute (f, "2026-12-28", "2026-12-28 10:00");
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) duties = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *notice = NULL;
  g_autofree char *notice_after = NULL;
  const HgPracticeEntry *first = g_ptr_array_index (entries, 0);
  guint overdue = count (entries, HG_PRACTICE_ENTRY_OVERDUE);
  const char *last_due = "";
  GDate today;

  /* On 28 December: the weekly backup check of 25 December is overdue
   * (see test-calendar.c); the December duties still to come are due. */
  g_assert_cmpint (first->kind, ==, HG_PRACTICE_ENTRY_OVERDUE);
  g_assert_true (first->overdue);
  g_assert_cmpuint (overdue, >=, 1);
  g_assert_cmpuint (count (entries, HG_PRACTICE_ENTRY_DUE), >=, 1);
  g_assert_cmpuint (count (entries, HG_PRACTICE_ENTRY_INCIDENT), ==, 0);
  for (guint i = 0; i < entries->len; i++)
    {
      const HgPracticeEntry *entry = g_ptr_array_index (entries, i);

      if (entry->kind != HG_PRACTICE_ENTRY_DUE)
        continue;
      g_assert_false (entry->overdue);
      g_assert_true (g_str_has_prefix (entry->due, "2026-12-"));
      g_assert_cmpstr (entry->due, >=, "2026-12-28");
      g_assert_cmpstr (entry->due, >=, last_due);
      g_assert_true (g_str_has_prefix (entry->detail, "Due 2026-12-"));
      last_due = entry->due;
    }
  notice = hg_practice_status_notice (entries);
  g_assert_nonnull (notice);
  {
    g_autofree char *expected = g_strdup_printf (overdue == 1 ? "%u duty is overdue."
                                                              : "%u duties are overdue.", overdue);

    g_assert_cmpstr (notice, ==, expected);
  }

  /* Done, the overdue backup check is neither listed nor notified. */
  duties = hg_duty_calendar_list (f->workbook, f->pack, &error);
  g_assert_no_error (error);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 28, 12, 2026);
  for (guint i = 0; i < entries->len; i++)
    {
      const HgPracticeEntry *entry = g_ptr_array_index (entries, i);

      for (guint d = 0; entry->kind == HG_PRACTICE_ENTRY_OVERDUE && d < duties->len; d++)
        {
          const HgCalendarDuty *duty = g_ptr_array_index (duties, d);

          if (g_str_equal (duty->task, entry->title))
            {
              g_assert_true (hg_duty_done_record (f->workbook, duty, entry->due, "2026-12-28",
                                                  "鈴木 浩", NULL, &today, &error));
              g_assert_no_error (error);
            }
        }
    }
  after = compute (f, "2026-12-28", "2026-12-28 10:00");
  g_assert_cmpuint (count (after, HG_PRACTICE_ENTRY_OVERDUE), ==, 0);
  notice_after = hg_practice_status_notice (after);
  g_assert_null (notice_after);
}

/* Incidents: open ones are listed with their status; one whose 速報 to
 * 個人情報保護委員会 is past its five days is overdue and notified; a
 * closed one is not listed. */
static void
test_incidents (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(HgIncident) incident = hg_incident_new ();
  g_autoptr(GPtrArray) early = NULL;
  g_autoptr(GPtrArray) late = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *notice = NULL;
  const HgPracticeEntry *entry;
  gint64 id = 0;

  incident->title = g_strdup ("顧客名簿を添付したメールの誤送信");
  incident->detected = g_strdup ("2026-12-25T09:00:00+09:00");
  incident->detected_by = g_strdup ("佐藤 花子");
  incident->kind = HG_INCIDENT_KIND_ACCIDENT;
  g_free (incident->category);
  incident->category = g_strdup ("misdelivery");
  incident->level = HG_INCIDENT_LEVEL_MAJOR;
  incident->personal_data = TRUE;
  g_assert_true (hg_incident_save (f->workbook, incident, &id, &error));
  g_assert_no_error (error);

  early = compute (f, "2026-12-26", "2026-12-26 10:00");
  entry = find (early, HG_PRACTICE_ENTRY_INCIDENT, "顧客名簿");
  g_assert_false (entry->overdue);
  g_assert_null (entry->due);

  /* Five days after 25 December, over the year end: 30 December. */
  late = compute (f, "2026-12-31", "2026-12-31 10:00");
  entry = find (late, HG_PRACTICE_ENTRY_INCIDENT, "顧客名簿");
  g_assert_true (entry->overdue);
  notice = hg_practice_status_notice (late);
  g_assert_nonnull (notice);
  g_assert_nonnull (strstr (notice, "1 incident has a notification overdue."));

  g_assert_true (hg_incident_advance (f->workbook, id, HG_INCIDENT_CONTAINED,
                                      "2026-12-30 09:00", "佐藤 花子", NULL, &error));
  g_assert_no_error (error);
  g_assert_true (hg_incident_advance (f->workbook, id, HG_INCIDENT_CLOSED,
                                      "2026-12-31 09:00", "佐藤 花子", NULL, &error));
  g_assert_no_error (error);
  {
    g_autoptr(GPtrArray) closed = compute (f, "2026-12-31", "2026-12-31 10:00");

    g_assert_null (lookup (closed, HG_PRACTICE_ENTRY_INCIDENT, "顧客名簿"));
  }
}

/* Nothing overdue, nothing to say. */
static void
test_notice_empty (void)
{
  g_autoptr(GPtrArray) none = g_ptr_array_new ();

  g_assert_null (hg_practice_status_notice (none));
  g_assert_null (hg_practice_status_notice (NULL));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("TZ", "Asia/Tokyo", TRUE);

  g_test_add ("/practice-status/duties", Fixture, NULL, fixture_setup, test_duties,
              fixture_teardown);
  g_test_add ("/practice-status/incidents", Fixture, NULL, fixture_setup, test_incidents,
              fixture_teardown);
  g_test_add_func ("/practice-status/notice-empty", test_notice_empty);
  return g_test_run ();
}
