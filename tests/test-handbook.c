/* test-handbook.c: the employee handbook of the built-in pack follows the
 * same answers as the rules
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "hg-asset-store.h"
#include "hg-company.h"
#include "hg-org-role.h"
#include "hg-pack-context.h"
#include "hg-person.h"
#include "hg-policy.h"
#include "hg-test-util.h"

typedef struct
{
  char       *dir;
  HgWorkbook *workbook;
  HgPack     *pack;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = hg_test_make_dir ();
  f->workbook = hg_test_workbook_new (f->dir, "handbook.hinagata", "株式会社みどり精機");
  f->pack = hg_pack_load_builtin (&error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  hg_pack_free (f->pack);
  g_clear_object (&f->workbook);
  hg_test_remove_dir (f->dir);
  g_free (f->dir);
}

static char *
render (Fixture    *f,
        const char *document)
{
  g_autoptr(HgPackContext) context = hg_pack_context_new_for_workbook (f->pack, f->workbook);
  g_autoptr(GError) error = NULL;
  char *text = hg_pack_render_text (f->pack, context, document, &error);

  g_assert_no_error (error);
  return text;
}

static void
answer (Fixture    *f,
        const char *question,
        const char *value)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hg_policy_set_answer (f->workbook, f->pack, question, value, &error));
  g_assert_no_error (error);
}

#define assert_has(text, part) g_assert_nonnull (strstr ((text), (part)))
#define assert_lacks(text, part) g_assert_null (strstr ((text), (part)))

/* A number the company chose reads the same in the handbook as in the
 * rules: the minimum length of a password, the minutes before the screen
 * locks itself. */
static void
test_numbers_follow_answers (Fixture       *f,
                             gconstpointer  data)
{
  static const struct
  {
    const char *question, *value, *before, *after, *in_rules;
  } cases[] = {
    { "password_min_length", "14", "パスワードは10文字以上にし、",
      "パスワードは14文字以上にし、英字の大文字と小文字", "パスワードは14文字以上とし" },
    { "screen_lock_minutes", "5", "会社のパソコンは、10分間操作しないと自動で画面がロックされる",
      "会社のパソコンは、5分間操作しないと自動で画面がロックされる",
      "5分間操作しないと画面がロックされ" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *handbook = render (f, "handbook");
      g_autofree char *rules = NULL;

      assert_has (handbook, cases[i].before);
      g_clear_pointer (&handbook, g_free);

      answer (f, cases[i].question, cases[i].value);
      handbook = render (f, "handbook");
      rules = render (f, "rules");
      assert_has (handbook, cases[i].after);
      assert_lacks (handbook, cases[i].before);
      assert_has (rules, cases[i].in_rules);
    }
}

/* Telework has a chapter of its own in both documents, or none. */
static void
test_telework (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *handbook = render (f, "handbook");
  g_autofree char *rules = NULL;

  /* The default answer is no. */
  assert_lacks (handbook, "テレワーク");
  g_clear_pointer (&handbook, g_free);

  answer (f, "telework", "true");
  answer (f, "telework_places", "home_satellite");
  handbook = render (f, "handbook");
  rules = render (f, "rules");
  assert_has (handbook, "章　テレワーク\n");
  assert_has (handbook, "テレワークをするときは、前もって部門責任者の承認を受けてください。");
  assert_has (handbook, "テレワークをしてよい場所は、自宅及び会社が認めたサテライトオフィスだけです。");
  assert_has (rules, "章　テレワーク\n");
  /* Before the incident chapter, like every topic. */
  g_assert_true (strstr (handbook, "章　テレワーク") < strstr (handbook, "章　インシデントに気づいたら"));
  g_clear_pointer (&handbook, g_free);

  answer (f, "telework", "false");
  handbook = render (f, "handbook");
  assert_lacks (handbook, "テレワーク");
}

/* Who approves taking information out, by the company's own labels. */
static void
test_labels_and_approvers (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *handbook = NULL;

  g_assert_true (hg_asset_store_set_label (f->workbook, 3, "厳秘", &error));
  g_assert_no_error (error);
  answer (f, "takeout_approver_top", "system_admin");
  handbook = render (f, "handbook");
  assert_has (handbook, "（1）厳秘の情報を社外に持ち出すときは、前もってシステム管理者の承認を受けてください。");
  assert_has (handbook, "（2）社外秘の情報を社外に持ち出すときは、前もって部門責任者の承認を受けてください。");
  assert_lacks (handbook, "極秘");
}

/* The pledge closes the handbook: its last chapter, with the blanks the
 * employee fills in. */
static void
test_pledge_is_last (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgDoc) doc = hg_policy_build_document (f->workbook, f->pack, "handbook", &error);
  const HgDocBlock *last_chapter = NULL;
  guint last_index = 0;
  g_autofree char *handbook = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (doc->title, ==, "情報セキュリティハンドブック");
  g_assert_cmpstr (doc->company, ==, "株式会社みどり精機");
  for (guint i = 0; i < doc->blocks->len; i++)
    {
      const HgDocBlock *block = g_ptr_array_index (doc->blocks, i);

      if (block->kind == HG_DOC_HEADING && block->level == 1)
        {
          last_chapter = block;
          last_index = i;
        }
    }
  g_assert_nonnull (last_chapter);
  g_assert_cmpstr (last_chapter->text, ==, "誓約書");
  for (guint i = last_index + 1; i < doc->blocks->len; i++)
    g_assert_cmpint (((HgDocBlock *) g_ptr_array_index (doc->blocks, i))->kind, !=,
                     HG_DOC_HEADING);

  /* A sheet of its own, not a chapter: no 「第9章」. */
  g_assert_null (last_chapter->number);
  g_assert_true (last_chapter->flags & HG_DOC_OWN_SHEET);
  handbook = render (f, "handbook");
  assert_has (strstr (handbook, "\n誓約書\n"), "株式会社みどり精機で働くにあたり");
  assert_has (strstr (handbook, "\n誓約書\n"), "年　　　月　　　日");
  assert_has (strstr (handbook, "\n誓約書\n"), "氏名（自署）");
  assert_has (strstr (handbook, "\n誓約書\n"), "就業規則に基づく処分");
  g_assert_null (strstr (handbook, "章　誓約書"));
}

/* The incident contact's name, once someone holds the role. */
static void
test_incident_contact (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgPerson) person = hg_person_new ("鈴木 一郎", 0, "", "052-000-0000");
  g_autoptr(HgPerson) chief = hg_person_new ("山田 太郎", 0, "", "");
  g_autofree char *handbook = render (f, "handbook");
  gint64 suzuki, yamada;

  assert_has (handbook, "| 事故発生時の連絡窓口 | （未定） |");
  assert_has (handbook, "遅くとも1時間以内に、事故発生時の連絡窓口に報告します。");
  g_clear_pointer (&handbook, g_free);

  suzuki = hg_person_add (f->workbook, person, &error);
  yamada = hg_person_add (f->workbook, chief, &error);
  g_assert_no_error (error);
  g_assert_true (hg_org_role_assign (f->workbook, HG_ORG_ROLE_INCIDENT_CONTACT, 0, suzuki,
                                     &error));
  g_assert_true (hg_org_role_assign (f->workbook, HG_ORG_ROLE_CISO, 0, yamada, &error));
  g_assert_no_error (error);
  answer (f, "incident_report_hours", "2");
  handbook = render (f, "handbook");

  /* In the table of whom to report to, and in the contacts. */
  assert_has (handbook, "| 事故発生時の連絡窓口 | 鈴木 一郎 |\n");
  assert_has (handbook, "| 連絡がつかないとき：情報セキュリティ責任者 | 山田 太郎 |\n");
  assert_has (handbook, "| 事故発生時の連絡窓口 | 鈴木 一郎 | インシデントやそのおそれに気づいたとき |");
  assert_has (handbook, "遅くとも2時間以内に、事故発生時の連絡窓口に報告します。");
  assert_lacks (strstr (handbook, "章　インシデントに気づいたら"), "| 事故発生時の連絡窓口 | （未定） |");
}

/* Answers that choose between texts: whoever leads the response to an
 * incident, nobody is told twice; private devices forbidden by default,
 * and the conditions when they are allowed. */
static void
test_answers_choose_the_text (Fixture       *f,
                              gconstpointer  data)
{
  static const struct
  {
    const char *answers[5];   /* question, value, … */
    const char *has[3];
    const char *lacks[2];
  } cases[] = {
    { { "incident_lead", "system_admin" },
      { "事故発生時の連絡窓口が記録し、システム管理者に伝えます。",
        "| 連絡がつかないとき：システム管理者 | （未定） |" },
      { "システム管理者とシステム管理者" } },
    { { "incident_lead", "department_head" },
      { "事故発生時の連絡窓口が記録し、部門責任者とシステム管理者に伝えます。",
        "| 連絡がつかないとき：部門責任者 | 各部門の長 |" } },
    { { NULL },
      { "私物のパソコン、スマートフォン、タブレット、記録媒体を仕事に使わないでください。" },
      { "私物の機器でしてよい仕事は" } },
    { { "byod_allowed", "true", "byod_scope", "business_apps" },
      { "私物の機器でしてよい仕事は、会社が指定した業務アプリの利用だけです。" },
      { "記録媒体を仕事に使わないでください。" } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(HgPackContext) context = hg_pack_context_new_for_workbook (f->pack, f->workbook);
      g_autoptr(GError) error = NULL;
      g_autofree char *handbook = NULL;

      for (guint a = 0; cases[i].answers[a] != NULL; a += 2)
        hg_pack_context_set (context, cases[i].answers[a], cases[i].answers[a + 1]);
      handbook = hg_pack_render_text (f->pack, context, "handbook", &error);
      g_assert_no_error (error);
      for (guint h = 0; h < G_N_ELEMENTS (cases[i].has) && cases[i].has[h]; h++)
        assert_has (handbook, cases[i].has[h]);
      for (guint l = 0; l < G_N_ELEMENTS (cases[i].lacks) && cases[i].lacks[l]; l++)
        assert_lacks (handbook, cases[i].lacks[l]);
    }
}

/* Every value of every yes/no and choice question, one at a time, renders
 * a handbook with every variable filled in and the pledge at its end. */
static void
test_every_answer (Fixture       *f,
                   gconstpointer  data)
{
  GPtrArray *steps = hg_pack_get_steps (f->pack);
  guint renders = 0;

  for (guint s = 0; s < steps->len; s++)
    {
      HgStep *step = g_ptr_array_index (steps, s);

      for (guint q = 0; q < step->questions->len; q++)
        {
          HgQuestion *question = g_ptr_array_index (step->questions, q);
          g_autoptr(GPtrArray) values = g_ptr_array_new ();

          if (question->type == HG_QUESTION_BOOLEAN)
            {
              g_ptr_array_add (values, "true");
              g_ptr_array_add (values, "false");
            }
          else if (question->type == HG_QUESTION_CHOICE || question->type == HG_QUESTION_ROLE)
            {
              static const char *roles[] = { "ciso", "department_head", "system_admin",
                                             "education", "auditor", "incident_contact" };

              if (question->type == HG_QUESTION_ROLE)
                for (guint r = 0; r < G_N_ELEMENTS (roles); r++)
                  g_ptr_array_add (values, (gpointer) roles[r]);
              else
                for (guint c = 0; c < question->choices->len; c++)
                  g_ptr_array_add (values,
                                   ((HgChoice *) g_ptr_array_index (question->choices, c))->value);
            }

          for (guint v = 0; v < values->len; v++)
            {
              g_autoptr(HgPackContext) context = hg_pack_context_new (f->pack);
              g_autoptr(GError) error = NULL;
              g_autofree char *text = NULL;
              const char *pledge;

              hg_pack_context_set (context, "company.name", "株式会社みどり精機");
              /* As a workbook does: the handbook's wording follows the size. */
              hg_pack_context_set (context, "company.employees", "");
              hg_pack_context_set (context, question->id, values->pdata[v]);
              text = hg_pack_render_text (f->pack, context, "handbook", &error);
              g_assert_no_error (error);
              g_assert_null (strchr (text, '{'));
              g_assert_null (strchr (text, '}'));
              pledge = strstr (text, "\n誓約書\n");
              g_assert_nonnull (pledge);
              g_assert_null (strstr (pledge + 1, "\n第"));
              renders++;
            }
        }
    }
  g_assert_cmpuint (renders, >, 200);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/handbook/numbers-follow-answers", test_numbers_follow_answers);
  ADD ("/handbook/telework", test_telework);
  ADD ("/handbook/labels-and-approvers", test_labels_and_approvers);
  ADD ("/handbook/pledge-is-last", test_pledge_is_last);
  ADD ("/handbook/incident-contact", test_incident_contact);
  ADD ("/handbook/answers-choose-the-text", test_answers_choose_the_text);
  ADD ("/handbook/every-answer", test_every_answer);
#undef ADD

  return g_test_run ();
}
