/* test-company.c: the company profile, departments, people and roles
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hg-company.h"
#include "hg-contact.h"
#include "hg-db.h"
#include "hg-department.h"
#include "hg-error.h"
#include "hg-org-role.h"
#include "hg-pack-context.h"
#include "hg-person.h"
#include "hg-policy.h"
#include "hg-progress.h"
#include "hg-test-util.h"
#include "hg-text.h"
#include "hg-workbook.h"

typedef struct
{
  char       *dir;
  char       *path;
  HgWorkbook *workbook;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = hg_test_make_dir ();
  f->path = g_build_filename (f->dir, "company.hinagata", NULL);
  f->workbook = hg_workbook_create (f->path, "株式会社ひながた精工", &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->workbook);
  hg_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static void
reopen (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&f->workbook);
  f->workbook = hg_workbook_open (f->path, HG_WORKBOOK_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
}

static void
test_profile_round_trip (Fixture       *f,
                         gconstpointer  data)
{
  static const char *values[HG_COMPANY_N_FIELDS] = {
    [HG_COMPANY_FIELD_NAME] = "株式会社ひながた精工",
    [HG_COMPANY_FIELD_NAME_KANA] = "カブシキガイシャ ヒナガタセイコウ",
    [HG_COMPANY_FIELD_NAME_EN] = "Hinagata Seiko Co., Ltd.",
    [HG_COMPANY_FIELD_REPRESENTATIVE_TITLE] = "代表取締役社長",
    [HG_COMPANY_FIELD_REPRESENTATIVE_NAME] = "山田 太郎",
    [HG_COMPANY_FIELD_POSTAL_CODE] = "448-0001",
    [HG_COMPANY_FIELD_ADDRESS] = "愛知県刈谷市一ツ木町1-2-3",
    [HG_COMPANY_FIELD_INDUSTRY] = "自動車部品製造業",
    [HG_COMPANY_FIELD_EMPLOYEES] = "42",
  };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < HG_COMPANY_N_FIELDS; i++)
    {
      g_assert_true (hg_company_set (f->workbook, i, values[i], &error));
      g_assert_no_error (error);
    }

  reopen (f);

  for (guint i = 0; i < HG_COMPANY_N_FIELDS; i++)
    {
      g_autofree char *value = hg_company_get (f->workbook, i);
      g_assert_cmpstr (value, ==, values[i]);
    }
}

static void
test_profile_normalizes (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *value = NULL;

  /* Full-width digits from a Japanese input method, surrounding spaces. */
  g_assert_true (hg_company_set (f->workbook, HG_COMPANY_FIELD_EMPLOYEES, "　２０ ", &error));
  g_assert_no_error (error);
  value = hg_company_get (f->workbook, HG_COMPANY_FIELD_EMPLOYEES);
  g_assert_cmpstr (value, ==, "20");
  g_clear_pointer (&value, g_free);

  g_assert_true (hg_company_set (f->workbook, HG_COMPANY_FIELD_POSTAL_CODE, "４６０－０００８", &error));
  value = hg_company_get (f->workbook, HG_COMPANY_FIELD_POSTAL_CODE);
  g_assert_cmpstr (value, ==, "460-0008");
}

static void
test_profile_validation (void)
{
  g_assert_nonnull (hg_company_validate (HG_COMPANY_FIELD_NAME, ""));
  g_assert_nonnull (hg_company_validate (HG_COMPANY_FIELD_NAME, "　"));
  g_assert_null (hg_company_validate (HG_COMPANY_FIELD_NAME, "株式会社A"));
  g_assert_null (hg_company_validate (HG_COMPANY_FIELD_NAME_KANA, ""));
  g_assert_null (hg_company_validate (HG_COMPANY_FIELD_NAME_KANA, "ひながた セイコー"));
  g_assert_nonnull (hg_company_validate (HG_COMPANY_FIELD_NAME_KANA, "雛形精工"));
  g_assert_nonnull (hg_company_validate (HG_COMPANY_FIELD_POSTAL_CODE, "46-0008"));
  g_assert_null (hg_company_validate (HG_COMPANY_FIELD_POSTAL_CODE, "4600008"));
  g_assert_nonnull (hg_company_validate (HG_COMPANY_FIELD_EMPLOYEES, "0"));
  g_assert_nonnull (hg_company_validate (HG_COMPANY_FIELD_EMPLOYEES, "twenty"));
  g_assert_null (hg_company_validate (HG_COMPANY_FIELD_EMPLOYEES, "1000000"));
  g_assert_nonnull (hg_company_validate (HG_COMPANY_FIELD_EMPLOYEES, "1000001"));

  {
    g_autoptr(GString) s = g_string_new (NULL);
    for (int i = 0; i < 100; i++)
      g_string_append (s, "社");
    g_assert_null (hg_company_validate (HG_COMPANY_FIELD_NAME, s->str));
    g_string_append (s, "社");
    g_assert_cmpstr (hg_company_validate (HG_COMPANY_FIELD_NAME, s->str), ==,
                     "Write at most 100 characters");
  }
}

static void
test_person_validation (void)
{
  g_assert_nonnull (hg_person_validate (HG_PERSON_FIELD_NAME, ""));
  g_assert_null (hg_person_validate (HG_PERSON_FIELD_EMAIL, ""));
  g_assert_null (hg_person_validate (HG_PERSON_FIELD_EMAIL, "taro@example.co.jp"));
  g_assert_nonnull (hg_person_validate (HG_PERSON_FIELD_EMAIL, "taro@"));
  g_assert_nonnull (hg_person_validate (HG_PERSON_FIELD_EMAIL, "taro example.co.jp"));
  g_assert_null (hg_person_validate (HG_PERSON_FIELD_PHONE, "052-123-4567"));
  g_assert_null (hg_person_validate (HG_PERSON_FIELD_PHONE, "０５２-１２３-４５６７"));
  g_assert_nonnull (hg_person_validate (HG_PERSON_FIELD_PHONE, "call me"));
}

static void
test_departments (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  gint64 a, b;

  a = hg_department_add (f->workbook, "総務部", &error);
  b = hg_department_add (f->workbook, "製造部", &error);
  g_assert_no_error (error);
  g_assert_cmpint (a, >, 0);

  g_assert_cmpint (hg_department_add (f->workbook, " 総務部 ", &error), ==, 0);
  g_assert_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (hg_department_rename (f->workbook, b, "総務部", &error));
  g_clear_error (&error);
  g_assert_true (hg_department_rename (f->workbook, b, "生産部", &error));

  reopen (f);
  list = hg_department_list (f->workbook);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpstr (((HgDepartment *) list->pdata[0])->name, ==, "総務部");
  g_assert_cmpstr (((HgDepartment *) list->pdata[1])->name, ==, "生産部");
}

static void
test_roles_and_warnings (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(HgPerson) p1 = hg_person_new ("山田 太郎", 0, "", "");
  g_autoptr(HgPerson) p2 = hg_person_new ("鈴木 一郎", 0, "", "052-000-0000");
  gint64 dept, yamada, suzuki;

  dept = hg_department_add (f->workbook, "品質保証部", &error);
  yamada = hg_person_add (f->workbook, p1, &error);
  suzuki = hg_person_add (f->workbook, p2, &error);
  g_assert_no_error (error);

  /* One person holding several roles is normal in a small company. */
  g_assert_true (hg_org_role_assign (f->workbook, HG_ORG_ROLE_CISO, 0, yamada, &error));
  g_assert_true (hg_org_role_assign (f->workbook, HG_ORG_ROLE_SYSTEM_ADMIN, 0, suzuki, &error));
  g_assert_true (hg_org_role_assign (f->workbook, HG_ORG_ROLE_EDUCATION, 0, suzuki, &error));
  g_assert_true (hg_org_role_assign (f->workbook, HG_ORG_ROLE_INCIDENT_CONTACT, 0, suzuki, &error));
  g_assert_true (hg_org_role_assign (f->workbook, HG_ORG_ROLE_DEPARTMENT_HEAD, dept, yamada, &error));
  g_assert_no_error (error);
  warnings = hg_org_role_check (f->workbook);
  g_assert_cmpuint (warnings->len, ==, 0);
  g_clear_pointer (&warnings, g_ptr_array_unref);

  /* The auditor auditing their own work as system administrator and
   * training lead: two warnings. Holding the incident contact is fine. */
  g_assert_true (hg_org_role_assign (f->workbook, HG_ORG_ROLE_AUDITOR, 0, suzuki, &error));
  warnings = hg_org_role_check (f->workbook);
  g_assert_cmpuint (warnings->len, ==, 2);
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 0), "鈴木 一郎"));
  g_clear_pointer (&warnings, g_ptr_array_unref);

  /* Reassigning replaces the holder, it does not add a second one. */
  g_assert_true (hg_org_role_assign (f->workbook, HG_ORG_ROLE_AUDITOR, 0, yamada, &error));
  g_assert_cmpint (hg_org_role_get_holder (f->workbook, HG_ORG_ROLE_AUDITOR, 0), ==, yamada);
  g_assert_cmpint (hg_workbook_count_rows (f->workbook, "org_role"), ==, 6);
  warnings = hg_org_role_check (f->workbook);
  g_assert_cmpuint (warnings->len, ==, 2); /* CISO and department lead */
  g_clear_pointer (&warnings, g_ptr_array_unref);

  g_assert_true (hg_org_role_assign (f->workbook, HG_ORG_ROLE_AUDITOR, 0, 0, &error));
  g_assert_cmpint (hg_org_role_get_holder (f->workbook, HG_ORG_ROLE_AUDITOR, 0), ==, 0);
  g_assert_no_error (error);
}

/* The representative is a person of the company: naming them on the
 * profile makes their person row once, so they can be chosen for a role
 * without being added again, and the row follows every rename, in both
 * directions, so the documents name the holder rightly. */
static void
test_representative_is_a_person (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(HgPerson) person = NULL;
  g_autofree char *name = NULL;
  gint64 rep;

  g_assert_cmpint (hg_person_get_representative (f->workbook), ==, 0);
  g_assert_true (hg_company_set (f->workbook, HG_COMPANY_FIELD_REPRESENTATIVE_TITLE,
                                 "代表取締役社長", &error));
  g_assert_true (hg_company_set (f->workbook, HG_COMPANY_FIELD_REPRESENTATIVE_NAME, "山田 太郎",
                                 &error));
  g_assert_no_error (error);
  people = hg_person_list (f->workbook);
  g_assert_cmpuint (people->len, ==, 1);
  g_assert_cmpstr (((HgPerson *) g_ptr_array_index (people, 0))->name, ==, "山田 太郎");
  rep = hg_person_get_representative (f->workbook);
  g_assert_cmpint (rep, ==, ((HgPerson *) g_ptr_array_index (people, 0))->id);
  /* Naming them and the person row are one step. */
  g_assert_cmpstr (hg_workbook_get_undo_label (f->workbook), ==, "Change Representative’s name");

  /* Chosen for a role as they are: no second row. */
  g_assert_true (hg_org_role_assign (f->workbook, HG_ORG_ROLE_CISO, 0, rep, &error));
  g_assert_true (hg_company_set (f->workbook, HG_COMPANY_FIELD_REPRESENTATIVE_NAME, "山田 太郎",
                                 &error));
  g_assert_cmpint (hg_workbook_count_rows (f->workbook, "person"), ==, 1);

  /* Corrected on the profile: the holder of the role is corrected too. */
  g_assert_true (hg_company_set (f->workbook, HG_COMPANY_FIELD_REPRESENTATIVE_NAME, "山田 太一",
                                 &error));
  g_assert_no_error (error);
  g_assert_cmpint (hg_workbook_count_rows (f->workbook, "person"), ==, 1);
  person = hg_person_get (f->workbook, hg_org_role_get_holder (f->workbook, HG_ORG_ROLE_CISO, 0));
  g_assert_cmpstr (person->name, ==, "山田 太一");
  {
    /* The rules' table of roles names them as the officer. */
    g_autoptr(HgPack) pack = hg_policy_load_pack (f->workbook, NULL);
    HgPackContext *context = hg_pack_context_new_for_workbook (pack, f->workbook);
    g_autofree char *ciso = hg_pack_context_display (context, "person.ciso");

    g_assert_cmpstr (ciso, ==, "山田 太一");
    hg_pack_context_free (context);
  }

  /* Corrected as a person: the profile follows. */
  g_free (person->name);
  person->name = g_strdup ("山田 太二");
  g_assert_true (hg_person_update (f->workbook, person, &error));
  g_assert_no_error (error);
  name = hg_company_get (f->workbook, HG_COMPANY_FIELD_REPRESENTATIVE_NAME);
  g_assert_cmpstr (name, ==, "山田 太二");
  g_assert_cmpint (hg_person_get_representative (f->workbook), ==, rep);
}

/* A workbook from before: the representative has no person row. Choosing
 * them for a role makes it, in the same undoable step. */
static void
test_representative_without_row (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgPerson) person = NULL;
  gint64 holder;

  g_assert_true (hg_db_exec (hg_workbook_get_db (f->workbook),
                             "UPDATE company SET representative_name = '佐藤 花子'", &error));
  g_assert_cmpint (hg_person_get_representative (f->workbook), ==, 0);
  g_assert_true (hg_org_role_assign (f->workbook, HG_ORG_ROLE_AUDITOR, 0,
                                     HG_PERSON_REPRESENTATIVE, &error));
  g_assert_no_error (error);
  holder = hg_org_role_get_holder (f->workbook, HG_ORG_ROLE_AUDITOR, 0);
  g_assert_cmpint (holder, ==, hg_person_get_representative (f->workbook));
  person = hg_person_get (f->workbook, holder);
  g_assert_cmpstr (person->name, ==, "佐藤 花子");
  /* Again: the same row. */
  g_assert_true (hg_org_role_assign (f->workbook, HG_ORG_ROLE_CISO, 0,
                                     HG_PERSON_REPRESENTATIVE, &error));
  g_assert_cmpint (hg_org_role_get_holder (f->workbook, HG_ORG_ROLE_CISO, 0), ==, holder);
  g_assert_cmpint (hg_workbook_count_rows (f->workbook, "person"), ==, 1);

  g_assert_true (hg_workbook_undo (f->workbook, &error));
  g_assert_true (hg_workbook_undo (f->workbook, &error));
  g_assert_cmpint (hg_workbook_count_rows (f->workbook, "person"), ==, 0);
  g_assert_cmpint (hg_workbook_count_rows (f->workbook, "org_role"), ==, 0);
}

static void
test_progress (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) steps = NULL;
  g_autoptr(HgPerson) p = hg_person_new ("山田 太郎", 0, "", "");
  g_autoptr(HgSession) session = hg_session_new (f->workbook);
  gint64 dept, id;

  steps = hg_progress_compute (session);
  /* Nine steps to the policy, then the self-check and the customer's sheet. */
  g_assert_cmpuint (steps->len, ==, 11);
  g_assert_cmpstr (((HgProgressStep *) steps->pdata[6])->id, ==, "risks");
  g_assert_cmpstr (((HgProgressStep *) steps->pdata[7])->detail, ==,
                   "Basic Information Security Policy is not approved yet");
  g_assert_cmpstr (((HgProgressStep *) steps->pdata[8])->id, ==, "employees");
  for (guint i = 0; i < steps->len; i++)
    g_assert_false (((HgProgressStep *) steps->pdata[i])->done);
  g_clear_pointer (&steps, g_ptr_array_unref);

  g_assert_true (hg_company_set (f->workbook, HG_COMPANY_FIELD_REPRESENTATIVE_NAME, "山田 太郎",
                                 &error));
  dept = hg_department_add (f->workbook, "総務部", &error);
  id = hg_person_add (f->workbook, p, &error);
  for (HgOrgRole r = 0; r < HG_ORG_N_ROLES; r++)
    if (r != HG_ORG_ROLE_AUDITOR)
      g_assert_true (hg_org_role_assign (f->workbook, r, dept, id, &error));
  g_assert_no_error (error);

  steps = hg_progress_compute (session);
  g_assert_true (((HgProgressStep *) steps->pdata[0])->done);
  g_assert_true (((HgProgressStep *) steps->pdata[1])->done);
  g_assert_true (((HgProgressStep *) steps->pdata[2])->done);
  g_assert_false (((HgProgressStep *) steps->pdata[3])->done);
  g_assert_cmpstr (((HgProgressStep *) steps->pdata[3])->detail, ==, "1 of 6 roles still open");
}

static void
test_normalize (void)
{
  g_autofree char *a = hg_text_normalize ("　 山田　太郎 \t");
  g_autofree char *b = hg_text_normalize ("ｶﾞ");
  g_autofree char *c = hg_text_normalize ("\r\n一行目\r\n二行目\r三行目\r");
  g_autofree char *d = hg_text_normalize ("名前\xff");
  g_assert_cmpstr (a, ==, "山田　太郎");
  g_assert_cmpstr (b, ==, "ｶﾞ");
  g_assert_cmpstr (c, ==, "一行目\n二行目\n三行目");
  /* Not UTF-8: kept as it is, for hg_text_check() to name. */
  g_assert_cmpstr (d, ==, "名前\xff");
}

/* The reusable form gives what hg_text_normalize() gives, also where NFC
 * has work to do: the fast path that skips NFC for kana, kanji and ASCII
 * must still see a combining mark, a compatibility ideograph or Hangul
 * jamo and compose them. */
static void
test_normalize_into (void)
{
  static const struct { const char *in; const char *out; } cases[] = {
    { "か\u3099", "が" },                     /* combining voiced mark */
    { "\uF900", "\u8C48" },                   /* compatibility ideograph */
    { "e\u0301", "\u00E9" },
    { "\u1100\u1161", "\uAC00" },             /* Hangul jamo */
    { "\u3042\u302A", "\u3042\u302A" },       /* a tone mark, kept */
    { "ｶﾞ", "ｶﾞ" },
    { "　顧客名簿 No.１２３－４\r\n", "顧客名簿 No.123-4" },
    { "名前\xff", "名前\xff" },
    { "", "" },
  };
  g_autoptr(GString) buffer = g_string_new ("left over from the row before");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *whole = hg_text_normalize (cases[i].in);

      g_assert_cmpstr (hg_text_normalize_into (buffer, cases[i].in), ==, cases[i].out);
      g_assert_cmpstr (whole, ==, cases[i].out);
    }
}

/* The hostile texts of the review: an ANSI colour (ESC), other C0
 * controls, the C1 controls NEL and CSI, DEL, and bytes that are not UTF-8,
 * each with the message every validator gives. */
static const struct
{
  const char *text;
  const char *message;
} hostile[] = {
  { "赤\x1b[31m字", "Contains a control character (U+001B) at position 2" },
  { "ベル\a", "Contains a control character (U+0007) at position 3" },
  { "a\x01" "b", "Contains a control character (U+0001) at position 2" },
  { "行\xc2\x85送り", "Contains a control character (U+0085) at position 2" },
  { "\xc2\x9b" "31m", "Contains a control character (U+009B) at position 1" },
  { "削除\x7f", "Contains a control character (U+007F) at position 3" },
  { "名前\xff\xfe", "Not valid UTF-8 text at position 3" },
  { "\xe5\xb1", "Not valid UTF-8 text at position 1" },
  { "タブ\t入り", "Contains a control character (U+0009) at position 3" },
  { "二\n行", "Contains a control character (U+000A) at position 2" },
};

static void
test_text_check (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    g_assert_cmpstr (hg_text_check (hostile[i].text, 100, HG_TEXT_ONE_LINE), ==,
                     hostile[i].message);

  /* A multi-line field keeps its tabs and line breaks, not the rest. */
  g_assert_null (hg_text_check ("一行目\n\t二行目\r\n三行目", 100, HG_TEXT_MULTILINE));
  g_assert_cmpstr (hg_text_check ("一行目\n\x1b]0;title\a", 100, HG_TEXT_MULTILINE), ==,
                   "Contains a control character (U+001B) at position 5");
  /* Spaces, tabs and line breaks at the ends are trimmed, so allowed. */
  g_assert_null (hg_text_check ("\t 山田\n", 2, HG_TEXT_REQUIRED));
  g_assert_cmpstr (hg_text_check (" \t\n　", 2, HG_TEXT_REQUIRED), ==, "Required");
  g_assert_null (hg_text_check (NULL, 2, HG_TEXT_ONE_LINE));
  g_assert_cmpstr (hg_text_check ("山田太郎", 3, HG_TEXT_ONE_LINE), ==,
                   "Write at most 3 characters");
  g_assert_null (hg_text_check ("山田太", 3, HG_TEXT_ONE_LINE));
}

/* Every validator of the company's texts says the same, and invalid UTF-8
 * is no longer "Required". */
static void
test_validators_refuse_controls (Fixture       *f,
                                 gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *expected = g_strdup_printf ("Company name: %s", hostile[i].message);

      g_assert_cmpstr (hg_company_validate (HG_COMPANY_FIELD_NAME, hostile[i].text), ==,
                       hostile[i].message);
      g_assert_cmpstr (hg_company_validate (HG_COMPANY_FIELD_ADDRESS, hostile[i].text), ==,
                       hostile[i].message);
      g_assert_false (hg_company_set (f->workbook, HG_COMPANY_FIELD_NAME, hostile[i].text,
                                      &error));
      g_assert_cmpstr (error->message, ==, expected);
      g_assert_cmpstr (hg_person_validate (HG_PERSON_FIELD_NAME, hostile[i].text), ==,
                       hostile[i].message);
      g_assert_cmpstr (hg_department_validate_name (f->workbook, hostile[i].text, 0), ==,
                       hostile[i].message);
    }
  g_assert_cmpstr (hg_company_validate (HG_COMPANY_FIELD_NAME, "\xff"), !=, "Required");
}

/* Issue 15, item 4: the contacts a company keeps. A new workbook has the
 * usual ones; a wrong number or address is refused naming the field;
 * every edit is one undo step; the rules' contact table and the
 * handbook print the numbers (the people's too). */
static void
test_contacts (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) list = hg_contact_list (f->workbook);
  g_autoptr(HgContact) contact = hg_contact_new ("it_maintenance");
  g_autoptr(HgContact) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HgPack) pack = hg_pack_load_builtin (&error);
  g_autoptr(HgPackContext) context = NULL;
  g_autoptr(HgPerson) person = hg_person_new ("窓口 花子", 0, "", "052-123-4567");
  g_autofree char *rules = NULL;
  g_autofree char *handbook = NULL;
  gint64 id, person_id;

  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 7);
  g_assert_cmpstr (((HgContact *) list->pdata[0])->kind, ==, "customer");

  hg_contact_set_field (contact, HG_CONTACT_FIELD_ORGANISATION, "株式会社ミドリ保守");
  hg_contact_set_field (contact, HG_CONTACT_FIELD_PHONE, "052-111-2222");
  hg_contact_set_field (contact, HG_CONTACT_FIELD_EMAIL, "support@midori");
  g_assert_cmpint (hg_contact_add (f->workbook, contact, &error), ==, 0);
  g_assert_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "E-mail: "));
  g_clear_error (&error);
  hg_contact_set_field (contact, HG_CONTACT_FIELD_EMAIL, "support@midori.example.jp");
  hg_contact_set_field (contact, HG_CONTACT_FIELD_ORGANISATION, "");
  g_assert_cmpint (hg_contact_add (f->workbook, contact, &error), ==, 0);
  g_assert_true (g_str_has_prefix (error->message, "Organisation: "));
  g_clear_error (&error);
  g_free (contact->kind);
  contact->kind = g_strdup ("nosuch");
  hg_contact_set_field (contact, HG_CONTACT_FIELD_ORGANISATION, "株式会社ミドリ保守");
  g_assert_cmpint (hg_contact_add (f->workbook, contact, &error), ==, 0);
  g_clear_error (&error);
  g_free (contact->kind);
  contact->kind = g_strdup ("it_maintenance");
  id = hg_contact_add (f->workbook, contact, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  stored = hg_contact_get (f->workbook, id);
  hg_contact_set_field (stored, HG_CONTACT_FIELD_PHONE_AFTER_HOURS, "090-1111-2222");
  g_assert_true (hg_contact_update (f->workbook, stored, &error));
  g_assert_no_error (error);

  person_id = hg_person_add (f->workbook, person, &error);
  g_assert_true (hg_org_role_assign (f->workbook, HG_ORG_ROLE_INCIDENT_CONTACT, 0, person_id,
                                     &error));
  g_assert_no_error (error);
  context = hg_pack_context_new_for_workbook (pack, f->workbook);
  rules = hg_pack_render_text (pack, context, "rules", &error);
  handbook = hg_pack_render_text (pack, context, "handbook", &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (rules, "| 株式会社ミドリ保守 |  | 052-111-2222（夜間・休日 090-1111-2222） |"));
  g_assert_nonnull (strstr (rules, "| 事故発生時の連絡窓口 | 窓口 花子 | 052-123-4567 |"));
  g_assert_nonnull (strstr (rules, "| IPA 情報セキュリティ安心相談窓口 |  | 03-5978-7509 |"));
  g_assert_nonnull (strstr (handbook, "| 事故発生時の連絡窓口 | 窓口 花子 | インシデントやそのおそれに気づいたとき | 052-123-4567 |"));
  g_assert_null (strstr (handbook, "書き写して"));

  /* One undo step each: the person's role, the person, the number, the add. */
  for (guint i = 0; i < 3; i++)
    g_assert_true (hg_workbook_undo (f->workbook, &error));
  g_clear_pointer (&stored, hg_contact_free);
  stored = hg_contact_get (f->workbook, id);
  g_assert_cmpstr (stored->fields[HG_CONTACT_FIELD_PHONE_AFTER_HOURS], ==, "");
  g_assert_true (hg_workbook_undo (f->workbook, &error));
  g_assert_null (hg_contact_get (f->workbook, id));

  g_assert_true (hg_contact_remove (f->workbook, ((HgContact *) list->pdata[0])->id, &error));
  g_clear_pointer (&list, g_ptr_array_unref);
  list = hg_contact_list (f->workbook);
  g_assert_cmpuint (list->len, ==, 6);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/company/profile/round-trip", test_profile_round_trip);
  ADD ("/company/profile/normalizes", test_profile_normalizes);
  ADD ("/company/departments", test_departments);
  ADD ("/company/roles-and-warnings", test_roles_and_warnings);
  ADD ("/company/representative-is-a-person", test_representative_is_a_person);
  ADD ("/company/representative-without-row", test_representative_without_row);
  ADD ("/company/progress", test_progress);
  ADD ("/company/contacts", test_contacts);
  ADD ("/company/text/validators-refuse-controls", test_validators_refuse_controls);
#undef ADD
  g_test_add_func ("/company/profile/validation", test_profile_validation);
  g_test_add_func ("/company/person/validation", test_person_validation);
  g_test_add_func ("/company/text/normalize", test_normalize);
  g_test_add_func ("/company/text/normalize-into", test_normalize_into);
  g_test_add_func ("/company/text/check", test_text_check);

  return g_test_run ();
}
