/* test-rules-fit.c: the built-in pack's documents agree with themselves and
 * fit the company: no rule contradicts another, the handbook retells what
 * the rules say, a very small company gets shorter rules, and the law list
 * follows the answers (issue 15, items 2, 3 and 5)
 *
 * Three companies are made here: the typical one that kept every default,
 * a 20-person company with every role held by its own person, and an
 * 8-person company with no system administrator and no auditor whose
 * security officer is the representative. HG_DUMP_DIR=dir writes their
 * documents there as text, to read them in full.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

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
  f->workbook = hg_test_workbook_new (f->dir, "fit.hinagata", "株式会社みどり精機");
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

static void
set_field (Fixture        *f,
           HgCompanyField  field,
           const char     *value)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hg_company_set (f->workbook, field, value, &error));
  g_assert_no_error (error);
}

static gint64
add_person (Fixture    *f,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgPerson) person = hg_person_new (name, 0, "", "");
  gint64 id = hg_person_add (f->workbook, person, &error);

  g_assert_no_error (error);
  return id;
}

static void
assign (Fixture   *f,
        HgOrgRole  role,
        gint64     person)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hg_org_role_assign (f->workbook, role, 0, person, &error));
  g_assert_no_error (error);
}

static void
answer (Fixture    *f,
        const char *question,
        const char *value)
{
  hg_test_answer (f->workbook, f->pack, question, value);
}

static char *
render (Fixture    *f,
        const char *document)
{
  return hg_test_render_document (f->workbook, f->pack, document);
}

/* A 20-person company with a person for every role. */
static void
make_full (Fixture *f)
{
  set_field (f, HG_COMPANY_FIELD_EMPLOYEES, "20");
  set_field (f, HG_COMPANY_FIELD_REPRESENTATIVE_TITLE, "代表取締役社長");
  set_field (f, HG_COMPANY_FIELD_REPRESENTATIVE_NAME, "山田太郎");
  assign (f, HG_ORG_ROLE_CISO, add_person (f, "佐藤花子"));
  assign (f, HG_ORG_ROLE_SYSTEM_ADMIN, add_person (f, "鈴木一郎"));
  assign (f, HG_ORG_ROLE_EDUCATION, add_person (f, "高橋次郎"));
  assign (f, HG_ORG_ROLE_AUDITOR, add_person (f, "田中三郎"));
  assign (f, HG_ORG_ROLE_INCIDENT_CONTACT, add_person (f, "伊藤幸子"));
}

/* An 8-person company: the representative is the security officer and
 * teaches, IT is looked after by a maintenance company, nobody audits. */
static void
make_small (Fixture *f)
{
  gint64 representative;

  set_field (f, HG_COMPANY_FIELD_EMPLOYEES, "8");
  set_field (f, HG_COMPANY_FIELD_REPRESENTATIVE_TITLE, "代表取締役");
  set_field (f, HG_COMPANY_FIELD_REPRESENTATIVE_NAME, "小林正");
  representative = hg_person_get_representative (f->workbook);
  g_assert_cmpint (representative, >, 0);
  assign (f, HG_ORG_ROLE_CISO, representative);
  assign (f, HG_ORG_ROLE_EDUCATION, representative);
  assign (f, HG_ORG_ROLE_INCIDENT_CONTACT, add_person (f, "小林恵"));
  answer (f, "has_committee", "false");
  answer (f, "it_support", "contractor");
  answer (f, "it_contractor_name", "株式会社あおばシステム");
}

#define assert_has(text, part) g_assert_nonnull (strstr ((text), (part)))
#define assert_lacks(text, part) g_assert_null (strstr ((text), (part)))

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p; p++)
    n += *p == '\n';
  return n;
}

/* The text of the rules' section whose heading starts with @number and a
 * full-width space, e.g. "5.6", up to the next heading. */
static char *
section (const char *text,
         const char *number)
{
  g_autofree char *heading = g_strdup_printf ("\n%s　", number);
  const char *start = strstr (text, heading);
  const char *end;

  g_assert_nonnull (start);
  start++;
  end = strstr (start, "\n\n");
  return end ? g_strndup (start, end - start) : g_strdup (start);
}

/* ---- Item 2: contradictions ---------------------------------------------- */

/* Whoever teleworks with a laptop cannot also lock it in a cabinet each
 * evening: with telework on, 5.6(1) sends it home or to the cabinet. */
static void
test_telework_laptop (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *rules = NULL;
  g_autofree char *handbook = NULL;

  answer (f, "telework", "true");
  rules = render (f, "rules");
  handbook = render (f, "handbook");
  assert_has (rules, "テレワークには、当社が貸与したパソコンを使う。");
  assert_lacks (rules, "ノートパソコンやタブレットは、退社するときに施錠できるキャビネットにしまう。");
  assert_has (rules, "テレワークのために持ち帰る日を除き");
  assert_lacks (handbook, "ノートパソコンやタブレットは、帰るときに鍵のかかるキャビネットにしまってください。");
  assert_has (handbook, "テレワークのために持ち帰る日を除き");
}

/* The backup table names a method in the method column and a place in the
 * place column: a cloud backup is not kept in a fireproof safe. */
static void
test_backup_method_place (Fixture       *f,
                          gconstpointer  data)
{
  static const char *methods[] = { "cloud_backup", "second_nas", "external_disk" };

  for (guint i = 0; i < G_N_ELEMENTS (methods); i++)
    {
      g_autofree char *rules = NULL;

      answer (f, "backup_method", methods[i]);
      rules = render (f, "rules");
      assert_lacks (rules, "| クラウドのバックアップサービス | 毎日 | 施錠できる耐火金庫");
      assert_lacks (rules, "| 別のNASへの複製 | 毎日 | 施錠できる耐火金庫");
      if (g_str_equal (methods[i], "cloud_backup"))
        assert_has (rules, "| クラウドのバックアップサービス | 毎日 | バックアップサービスの事業者の設備");
      if (g_str_equal (methods[i], "second_nas"))
        assert_has (rules, "| 別のNASへの複製 | 毎日 | 複製先のNAS");
    }
}

/* インシデント covers 事件 and 事故 alike; the handbook does not call all of
 * them 「事故」. */
static void
test_incident_words (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *rules = render (f, "rules");
  g_autofree char *handbook = render (f, "handbook");

  assert_has (rules, "故意によるもの（事件）と、過失や偶然によるもの（事故）の両方を含む");
  assert_lacks (handbook, "まとめて「事故」（インシデント）と呼びます");
  assert_has (handbook, "まとめて「インシデント」と呼びます");
  assert_lacks (handbook, "事故に気づいたら");
  assert_has (handbook, "インシデントに気づいたら");
}

/* The approver of the rules is named by the representative's title, not by
 * the label of the wizard's choice. */
static void
test_approver_title (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *rules = NULL;

  make_full (f);
  rules = render (f, "rules");
  assert_lacks (rules, "代表者の承認");
  assert_has (rules, "情報セキュリティ責任者が起案し、代表取締役社長の承認を得て行う。");
  g_clear_pointer (&rules, g_free);

  answer (f, "policy_approver", "board");
  rules = render (f, "rules");
  assert_has (rules, "情報セキュリティ責任者が起案し、取締役会の承認を得て行う。");
}

/* 9.1(3) asks for the night and holiday numbers in the contact list of
 * 9.1(2), whose phone column holds them, not in a list of its own. */
static void
test_night_numbers (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *rules = render (f, "rules");

  assert_lacks (rules, "夜間や休日にも連絡のつく電話番号を載せる");
  assert_has (rules, "夜間及び休日にも連絡がつく電話番号を、前項の連絡先の一覧の電話番号の欄に記載する");
}

/* The handbook promises a pledge on leaving only when the rules ask for
 * one, and says of lock-outs what rule 4.4 says, with the company's
 * numbers. */
static void
test_pledge_and_lockout (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *handbook = NULL;
  g_autofree char *rules = NULL;

  handbook = render (f, "handbook");
  /* The pledge on leaving is not the sheet at the end of the handbook. */
  assert_has (handbook, "退職後も秘密を守ることを約束する誓約書を、改めて部門責任者に出してもらいます。その様式は情報セキュリティ責任者が用意します。");
  g_clear_pointer (&handbook, g_free);

  answer (f, "confidentiality_pledge", "hiring_only");
  answer (f, "lockout_attempts", "7");
  answer (f, "lockout_minutes", "60");
  handbook = render (f, "handbook");
  rules = render (f, "rules");
  assert_lacks (handbook, "退職するときにも、改めて誓約書");
  assert_lacks (handbook, "退職するときにも");
  assert_has (rules, "パスワードを7回続けて誤ったときに、そのIDを1時間使えなくする");
  assert_lacks (handbook, "パスワードを5回");
  assert_has (handbook, "パスワードを7回続けて間違えると、そのIDは1時間使えなくなります");
  /* The rule allows systems that cannot lock out; the handbook says so. */
  assert_has (handbook, "設定できるシステムでは");
}

/* ---- Item 3: rules that shrink -------------------------------------------- */

/* Who looks after IT words the rules: a maintenance company is named
 * beside the role, nobody makes the security officer do it. */
static void
test_it_support (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *rules = NULL;
  g_autofree char *handbook = NULL;

  answer (f, "it_support", "contractor");
  answer (f, "it_contractor_name", "株式会社あおばシステム");
  rules = render (f, "rules");
  assert_has (rules, "| システム管理者（保守会社「株式会社あおばシステム」に委託） |");
  g_clear_pointer (&rules, g_free);

  handbook = render (f, "handbook");
  assert_has (handbook, "「システム管理者」とあるのは、会社がパソコンやネットワークの保守を任せている保守会社「株式会社あおばシステム」のことです。");
  g_clear_pointer (&handbook, g_free);

  answer (f, "it_support", "nobody");
  rules = render (f, "rules");
  handbook = render (f, "handbook");
  assert_lacks (rules, "（保守会社");
  assert_has (rules, "システム管理者を置かず");
  assert_has (handbook, "「システム管理者」とあるのは、情報セキュリティ責任者のことです。");
}

/* When the security officer is the representative, nobody approves their
 * own plan: the representative decides and records. */
static void
test_no_self_approval (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *rules = NULL;

  make_small (f);
  rules = render (f, "rules");
  assert_lacks (rules, "年間計画を作成し、代表取締役の承認を得る");
  assert_has (rules, "年間計画を定め、記録する");
  assert_lacks (rules, "を代表取締役に報告する");
}

/* 重要区画 are rooms: a cabinet is locked, not logged. */
static void
test_restricted_rooms (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *rules = render (f, "rules");
  g_autofree char *handbook = render (f, "handbook");

  assert_lacks (rules, "重要書類の保管庫など");
  assert_has (rules, "重要区画は部屋とし");
  assert_has (handbook, "キャビネットや金庫を開けるだけのときは、入退室記録簿への記入は要りません");
}

/* The creator of a document sets its class; the department head looks at
 * exceptions only. */
static void
test_classification_owner (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *rules = render (f, "rules");

  assert_lacks (rules, "その区分を決めて部門責任者の確認を受ける");
  assert_has (rules, "作成し、又は受け取った従業員が区分を決めて表示する");
}

/* Small media may be erased in-house, with a record, whatever the answer
 * for computers. */
static void
test_small_media (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *rules = render (f, "rules");

  assert_has (rules, "USBメモリ、SDカード等の小さな記録媒体は");
  assert_has (rules, "社内で消去し");
}

/* One table of periodic duties, each with its owner, replaces the checks
 * scattered over the chapters. */
static void
test_periodic_duties (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *rules = NULL;

  make_full (f);
  rules = render (f, "rules");
  assert_has (rules, "定期的に行う業務");
  assert_has (rules, "| 業務 | 頻度 | 担当 |");
  assert_has (rules, "| 更新プログラムが全ての機器に適用されているかの確認 | 毎月 | システム管理者 |");
  assert_lacks (rules, "は、毎月、更新プログラムが全ての機器に適用されているかを確認し");
  assert_lacks (rules, "は、毎週、バックアップが正常に終わっているかを確認し");
}

/* The pack keeps the periodic duties as data a calendar can read. */
static void
test_periodic_duties_data (Fixture       *f,
                           gconstpointer  data)
{
  GPtrArray *duties = hg_pack_get_duties (f->pack);
  gboolean found = FALSE;

  g_assert_nonnull (duties);
  g_assert_cmpuint (duties->len, >=, 10);
  for (guint i = 0; i < duties->len; i++)
    {
      const HgDuty *duty = g_ptr_array_index (duties, i);

      g_assert_nonnull (duty->id);
      g_assert_nonnull (duty->task);
      g_assert_nonnull (duty->interval);
      g_assert_nonnull (duty->owner);
      if (g_str_equal (duty->id, "duty_backup_check"))
        {
          found = TRUE;
          g_assert_cmpstr (duty->interval, ==, "weekly");
          g_assert_cmpstr (duty->owner, ==, "system_admin");
        }
    }
  g_assert_true (found);
}

/* "Apply updates the same day" and "the administrator tests first" agree. */
static void
test_updates_agree (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *rules = render (f, "rules");

  assert_lacks (rules, "先延ばしにせず、その日のうちに適用する。");
  assert_has (rules, "システム管理者が事前の確認のために保留しているものを除き");
}

/* The 8-person company's rules are clearly shorter than the full one's. */
static void
test_small_is_shorter (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *small = NULL;
  g_autofree char *full = NULL;
  Fixture other = { 0 };

  fixture_setup (&other, NULL);
  make_full (&other);
  full = render (&other, "rules");
  fixture_teardown (&other, NULL);

  make_small (f);
  small = render (f, "rules");
  g_test_message ("rules: %u lines for 20 people, %u for 8", count_lines (full),
                  count_lines (small));
  /* At least 12 % fewer lines: about 670 against 584 here. */
  g_assert_cmpuint (count_lines (small) * 100, <=, count_lines (full) * 88);
  assert_has (small, "システム管理者（保守会社「株式会社あおばシステム」に委託）");
  /* The officer who is the representative reports to nobody but records. */
  assert_lacks (small, "その結果を代表取締役に報告する");
  assert_lacks (small, "報告書を作成し、代表取締役に報告する");

  /* Without a committee, the quarterly meeting is one sentence of the
   * yearly plan, not a section of its own. */
  assert_lacks (small, "情報セキュリティの打合せ\n");
  assert_has (full, "情報セキュリティ委員会\n");
  assert_has (small, "システム管理者と打合せを行って対策の実施状況、インシデントの情報及び今後の計画を共有し、決めた事項を情報セキュリティ打合せ記録（様式12）に記録して");
  /* An exception goes straight to the one who approves it. */
  assert_has (full, "例外申請書（様式3）を、部門責任者を経て");
  assert_lacks (small, "部門責任者を経て");
  assert_has (small, "代わりにとる対策を記した例外申請書（様式3）を情報セキュリティ責任者に提出し、承認を得なければならない。情報セキュリティ責任者は、承認した例外を記録し");
  /* The handbook retells the same route. */
  {
    g_autofree char *handbook = render (f, "handbook");

    assert_lacks (handbook, "部門責任者を通じて");
    assert_has (handbook, "代わりにとる対策を書いて情報セキュリティ責任者に申請し");
  }
  /* Checking logins is one of the log checks of 7.8, not a section 4.6. */
  assert_lacks (small, "ログインの記録の確認\n");
  assert_has (small, "ログインの記録を「定期的に行う業務」の表に従って確認し、不審なログインを見つけたときは、そのIDを停止し");
  /* The incident examples and the cloud checks are one paragraph each;
   * every example and every check is still there. */
  assert_lacks (small, "\n・メールやFAXを誤った相手に送ったとき\n");
  assert_has (small, "メールやFAXの誤送信");
  assert_has (small, "振込先の変更の依頼などは、被害が確認されていなくてもインシデントとして報告する。");
  assert_lacks (small, "\n・データを保存する国や地域と、適用される法律\n");
  assert_has (small, "データを保存する国や地域と適用される法律");
  assert_has (small, "解約したときのデータの取出しと消去を確認する。");
  /* Merged paragraphs keep what Level 1 asks for: the contract end is
   * still confirmed, the contacts are still reviewed yearly, the disposal
   * record is still kept. */
  assert_has (small, "消去されたことを証明書等で確認し、システム管理者が、委託先に与えていたIDや接続の設定、入館証を");
  assert_has (small, "少なくとも年1回、及び担当者が代わったときに、対応の体制と一覧を見直す。");
  assert_has (small, "IT機器と記録媒体の廃棄と返却について、機器の名称と管理番号、消去の方法");
  /* 20 people keep their separate paragraphs. */
  assert_has (full, "\n・メールやFAXを誤った相手に送ったとき\n");
  assert_has (full, "ログインの記録の確認\n");
}

/* ---- Item 5: the law list -------------------------------------------------- */

static void
test_laws (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *rules = render (f, "rules");
  g_autofree char *laws = section (rules, "1.7");

  assert_has (laws, "刑法（不正指令電磁的記録に関する罪、電子計算機損壊等業務妨害罪）");
  assert_has (laws, "サイバーセキュリティ基本法");
  assert_has (laws, "会社法");
  assert_has (laws, "電子帳簿保存法");
  assert_has (laws, "第3.1版");
  assert_has (laws, "2.3版");
  assert_lacks (laws, "外国為替及び外国貿易法");
  assert_lacks (laws, "GDPR");
  g_clear_pointer (&laws, g_free);
  g_clear_pointer (&rules, g_free);

  answer (f, "overseas_technology", "true");
  answer (f, "foreign_personal_data", "true");
  answer (f, "foreign_law_names", "EU一般データ保護規則（GDPR）");
  rules = render (f, "rules");
  laws = section (rules, "1.7");
  assert_has (laws, "外国為替及び外国貿易法");
  assert_has (laws, "EU一般データ保護規則（GDPR）");
}

/* ---- Reading them in full ------------------------------------------------ */

static void
dump (Fixture    *f,
      const char *name)
{
  const char *dir = g_getenv ("HG_DUMP_DIR");
  static const char *documents[] = { "basic_policy", "rules", "handbook" };

  for (guint i = 0; dir && i < G_N_ELEMENTS (documents); i++)
    {
      g_autofree char *text = render (f, documents[i]);
      g_autofree char *file = g_strdup_printf ("%s/%s-%s.txt", dir, name, documents[i]);
      g_autoptr(GError) error = NULL;

      g_assert_true (g_file_set_contents (file, text, -1, &error));
      g_assert_no_error (error);
    }
}

static void
test_dump (Fixture       *f,
           gconstpointer  data)
{
  const char *which = data;

  if (g_str_equal (which, "full"))
    make_full (f);
  else if (g_str_equal (which, "small"))
    make_small (f);
  dump (f, which);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/rules-fit/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("telework-laptop", test_telework_laptop);
  ADD ("backup-method-place", test_backup_method_place);
  ADD ("incident-words", test_incident_words);
  ADD ("approver-title", test_approver_title);
  ADD ("night-numbers", test_night_numbers);
  ADD ("pledge-and-lockout", test_pledge_and_lockout);
  ADD ("it-support", test_it_support);
  ADD ("no-self-approval", test_no_self_approval);
  ADD ("restricted-rooms", test_restricted_rooms);
  ADD ("classification-owner", test_classification_owner);
  ADD ("small-media", test_small_media);
  ADD ("periodic-duties", test_periodic_duties);
  ADD ("periodic-duties-data", test_periodic_duties_data);
  ADD ("updates-agree", test_updates_agree);
  ADD ("small-is-shorter", test_small_is_shorter);
  ADD ("laws", test_laws);
#undef ADD
  g_test_add ("/rules-fit/dump/typical", Fixture, "typical", fixture_setup, test_dump,
              fixture_teardown);
  g_test_add ("/rules-fit/dump/full", Fixture, "full", fixture_setup, test_dump,
              fixture_teardown);
  g_test_add ("/rules-fit/dump/small", Fixture, "small", fixture_setup, test_dump,
              fixture_teardown);
  return g_test_run ();
}
