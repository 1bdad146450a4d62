/* hg-cli-documents.c: policy approve, revisions, compare, render, use-pack and
 * publish
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hinagata-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-approval.h"
#include "hg-cli-util.h"
#include "hg-doc-diff.h"
#include "hg-doc-writer.h"
#include "hg-pdf-writer.h"
#include "hg-policy.h"
#include "hg-publication.h"
#include "hg-revision.h"
#include "hg-security-action.h"
#include "hg-session.h"

typedef struct
{
  const char *file;
  const char *document;
  const char *by;
  const char *author;
  const char *summary;
  const char *date;
  const char *format;
  const char *output;
  guint       revision;
  const char *paper;
  const char *where;
  gboolean    booklet;
  const char *positional[3];
  guint       n_positional;
} Options;

/* Options may come in any order; "--name value" or "--name=value". */
static gboolean
parse (int       argc,
       char    **argv,
       Options  *o)
{
  const char *revision = NULL;
  const HgCliOption named[] = {
    { "--document", &o->document }, { "--by", &o->by }, { "--author", &o->author },
    { "--summary", &o->summary }, { "--date", &o->date }, { "--format", &o->format },
    { "-o", &o->output }, { "--output", &o->output }, { "--revision", &revision },
    { "--paper", &o->paper }, { "--where", &o->where },
  };
  g_autoptr(GPtrArray) rest = g_ptr_array_new ();

  /* --booklet is the one option without a value. */
  for (int i = 0; i < argc; i++)
    if (g_str_equal (argv[i], "--booklet"))
      o->booklet = TRUE;
    else
      g_ptr_array_add (rest, argv[i]);
  if (!hg_cli_parse_options ((int) rest->len, (char **) rest->pdata, named, G_N_ELEMENTS (named),
                             o->positional, G_N_ELEMENTS (o->positional), &o->n_positional))
    return FALSE;
  if (revision != NULL && (o->revision = (guint) g_ascii_strtoull (revision, NULL, 10)) == 0)
    return FALSE;
  o->file = o->n_positional > 0 ? o->positional[0] : NULL;
  return o->file != NULL;
}

static int
no_such_document (HgPack     *pack,
                  const char *name)
{
  GPtrArray *documents = hg_pack_get_documents (pack);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint d = 0; d < documents->len; d++)
    g_string_append_printf (names, "%s%s", d ? ", " : "",
                            ((HgBlock *) g_ptr_array_index (documents, d))->id);
  g_printerr (_("hinagata-cli: there is no document “%s”; the documents are: %s\n"),
              name, names->str);
  return 1;
}

/* Whether --document names @id: for approve it may list several
 * ("basic,rules"); NULL names every document. */
static gboolean
listed (const char *list,
        const char *id)
{
  g_auto(GStrv) ids = list ? g_strsplit (list, ",", -1) : NULL;

  if (list == NULL)
    return TRUE;
  for (guint i = 0; ids[i] != NULL; i++)
    if (g_str_equal (g_strstrip (ids[i]), id))
      return TRUE;
  return FALSE;
}

/* What is missing before the documents can be approved, each with the
 * command that fills it in. */
static void
print_gaps (GPtrArray  *gaps,
            const char *file)
{
  g_autofree char *quoted = g_shell_quote (file);

  g_printerr ("%s\n", _("hinagata-cli: the documents are not complete; fill in what is "
                        "missing, or record why a role stays unfilled:"));
  for (guint i = 0; i < gaps->len; i++)
    {
      const HgApprovalGap *gap = g_ptr_array_index (gaps, i);

      g_printerr ("  • %s\n", gap->description);
      switch (gap->kind)
        {
        case HG_APPROVAL_GAP_ENACTED_ON:
          g_printerr ("      hinagata-cli policy answer %s adopted_on YYYY-MM-DD\n", quoted);
          break;
        case HG_APPROVAL_GAP_REPRESENTATIVE:
          g_printerr ("      hinagata-cli company set %s representative_name NAME\n", quoted);
          break;
        case HG_APPROVAL_GAP_ROLE:
        default:
          g_printerr ("      hinagata-cli roles assign %s %s NAME\n", quoted,
                      hg_org_role_key (gap->role));
          g_printerr ("      hinagata-cli roles vacant %s %s REASON\n", quoted,
                      hg_org_role_key (gap->role));
          break;
        }
    }
}

/* The documents chosen are approved together, in one transaction and one
 * undo step, as the app's approval dialog does: if one of them cannot be
 * approved, none is; nor are any while the documents have gaps. */
static int
approve (HgWorkbook    *workbook,
         HgPack        *pack,
         HgPackContext *context,
         const Options *o)
{
  GPtrArray *documents = hg_pack_get_documents (pack);
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func ((GDestroyNotify) hg_doc_free);
  g_autoptr(GError) error = NULL;
  g_autofree guint *numbers = NULL;
  g_auto(GStrv) asked = o->document ? g_strsplit (o->document, ",", -1) : NULL;
  guint matched = 0;

  if (o->by == NULL || o->summary == NULL)
    return hg_cli_usage_error (_("“policy approve” needs --by NAME and --summary TEXT"));
  /* Every name asked for must be a document of the pack. */
  for (guint i = 0; asked != NULL && asked[i] != NULL; i++)
    {
      gboolean found = FALSE;

      for (guint d = 0; d < documents->len; d++)
        found |= g_str_equal (g_strstrip (asked[i]),
                              ((HgBlock *) g_ptr_array_index (documents, d))->id);
      if (!found)
        return no_such_document (pack, asked[i]);
    }

  for (guint d = 0; d < documents->len; d++)
    {
      HgBlock *document = g_ptr_array_index (documents, d);
      HgDoc *doc;

      if (!listed (o->document, document->id))
        continue;
      matched++;
      doc = hg_policy_build_document (workbook, pack, document->id, &error);
      if (doc == NULL)
        return hg_cli_fail (error);
      /* Approving everything skips what is already approved as it stands. */
      if (o->document == NULL
          && hg_revision_get_state (workbook, hg_pack_get_id (pack), doc) == HG_REVISION_UP_TO_DATE)
        {
          g_print (_("%s: unchanged since its last approved version\n"), doc->display_title);
          hg_doc_free (doc);
          continue;
        }
      g_ptr_array_add (docs, doc);
    }
  if (matched == 0)
    return no_such_document (pack, o->document);
  if (docs->len == 0)
    return 0;
  {
    g_autoptr(GPtrArray) gaps = hg_approval_list_gaps (pack, context, &error);

    if (gaps == NULL)
      return hg_cli_fail (error);
    if (gaps->len > 0)
      {
        print_gaps (gaps, o->file);
        return 1;
      }
  }
  numbers = g_new0 (guint, docs->len);
  if (!hg_approval_approve (workbook, pack, context, docs, o->summary, o->author, o->by, o->date,
                            numbers, &error))
    {
      g_printerr ("hinagata-cli: %s\n", error->message);
      return 1;
    }
  for (guint i = 0; i < docs->len; i++)
    g_print (_("%s: version %u approved by %s\n"),
             ((HgDoc *) g_ptr_array_index (docs, i))->display_title, numbers[i], o->by);
  return 0;
}

static int
list_revisions (HgWorkbook *workbook,
                HgPack     *pack)
{
  GPtrArray *documents = hg_pack_get_documents (pack);

  for (guint d = 0; d < documents->len; d++)
    {
      HgBlock *document = g_ptr_array_index (documents, d);
      g_autoptr(GError) error = NULL;
      g_autoptr(HgDoc) doc = hg_policy_build_document (workbook, pack, document->id, &error);
      const char *state;

      if (doc == NULL)
        return hg_cli_fail (error);
      switch (hg_revision_get_state (workbook, hg_pack_get_id (pack), doc))
        {
        case HG_REVISION_UP_TO_DATE:     state = _("approved, up to date"); break;
        case HG_REVISION_NEEDS_REVISION: state = _("needs revision"); break;
        case HG_REVISION_NEVER_APPROVED:
        default:                         state = _("not approved yet"); break;
        }
      g_print ("%s%s (%s): %s\n", d ? "\n" : "", doc->display_title, doc->id, state);
      for (guint i = 0; i < doc->revisions->len; i++)
        {
          const HgDocRevision *r = g_ptr_array_index (doc->revisions, i);

          /* Translators: version number, approval date, approver, summary of changes */
          g_print (_("  version %u  %s  approved by %s  %s\n"), r->number, r->approved_on,
                   r->approver, r->summary);
        }
    }
  return 0;
}

/* The document asked for: an approved version, or today's text. */
static HgDoc *
load (HgWorkbook  *workbook,
      HgPack      *pack,
      const char  *document,
      guint        revision,
      GError     **error)
{
  if (revision > 0)
    return hg_revision_load (workbook, hg_pack_get_id (pack), document, revision, error);
  return hg_policy_build_document (workbook, pack, document, error);
}

static int
compare (HgWorkbook    *workbook,
         HgPack        *pack,
         const Options *o)
{
  const char *document = o->document ? o->document : "rules";
  guint from, to = 0;
  g_autoptr(GError) error = NULL;
  g_autoptr(HgDoc) before = NULL;
  g_autoptr(HgDoc) after = NULL;
  g_autoptr(GPtrArray) diff = NULL;
  g_autofree char *text = NULL;

  if (o->n_positional < 2 || (from = (guint) g_ascii_strtoull (o->positional[1], NULL, 10)) == 0)
    return hg_cli_usage_error (_("“policy compare” takes a workbook, a version number and, "
                                 "if you like, a second one (default: today’s text)"));
  if (o->n_positional == 3 && (to = (guint) g_ascii_strtoull (o->positional[2], NULL, 10)) == 0)
    return hg_cli_usage_error (_("Version numbers start at 1"));

  before = load (workbook, pack, document, from, &error);
  if (before != NULL)
    after = load (workbook, pack, document, to, &error);
  if (after == NULL)
    return hg_cli_fail (error);
  diff = hg_doc_diff (before, after);
  text = hg_doc_diff_to_text (diff, TRUE);
  g_print ("%s", text);
  /* Like diff(1): 0 when the same, 1 when they differ. */
  return text[0] == '\0' ? 0 : 1;
}

static int
render (HgWorkbook    *workbook,
        HgPack        *pack,
        const Options *o)
{
  const char *document = o->document ? o->document : "rules";
  g_autoptr(GError) error = NULL;
  g_autoptr(HgDoc) doc = NULL;
  HgDocFormat format;

  if (o->format == NULL || o->output == NULL)
    return hg_cli_usage_error (_("“policy render” needs --format and -o OUT"));
  if (!hg_doc_format_from_name (o->format, &format))
    {
      g_autofree char *names = hg_doc_format_list_names ();
      g_autofree char *message = g_strdup_printf (_("The format must be one of: %s"), names);

      return hg_cli_usage_error (message);
    }

  doc = load (workbook, pack, document, o->revision, &error);
  if ((o->booklet || o->paper != NULL) && format != HG_DOC_FORMAT_PDF)
    return hg_cli_usage_error (_("--booklet and --paper apply to PDF only"));
  if (o->paper != NULL && g_ascii_strcasecmp (o->paper, "a4") != 0
      && g_ascii_strcasecmp (o->paper, "a5") != 0)
    return hg_cli_usage_error (_("The paper must be a4 or a5"));
  if (doc != NULL && format == HG_DOC_FORMAT_PDF && (o->booklet || o->paper != NULL))
    {
      HgPdfLayout layout = o->booklet ? HG_PDF_BOOKLET
                         : g_ascii_strcasecmp (o->paper, "a5") == 0 ? HG_PDF_A5 : HG_PDF_A4;

      if (!hg_pdf_write_layout (doc, layout, o->output, &error))
        return hg_cli_fail (error);
    }
  else if (doc == NULL || !hg_doc_write (doc, format, o->output, &error))
    return hg_cli_fail (error);
  g_print (_("Wrote %s\n"), o->output);
  return 0;
}

/* The workbook keeps a copy of the pack: the file may move afterwards. */
static int
use_pack (HgWorkbook    *workbook,
          const Options *o)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(HgPack) pack = NULL;
  g_autofree char *source = NULL;
  g_autofree char *name = NULL;
  gsize length = 0;

  if (o->n_positional != 2)
    return hg_cli_usage_error (_("“policy use-pack” takes a workbook and a pack file, "
                                 "or “builtin”"));
  if (g_str_equal (o->positional[1], "builtin"))
    {
      if (!hg_policy_use_pack (workbook, NULL, 0, NULL, &error))
        return hg_cli_fail (error);
      g_print ("%s\n", _("The workbook now uses the built-in template pack"));
      return 0;
    }
  if (!g_file_get_contents (o->positional[1], &source, &length, &error))
    return hg_cli_fail (error);
  pack = hg_pack_load_memory (source, length, o->positional[1], &problems, &error);
  if (pack == NULL)
    {
      for (guint i = 0; problems != NULL && i < problems->len; i++)
        g_printerr ("%s\n", (const char *) g_ptr_array_index (problems, i));
      return hg_cli_fail (error);
    }
  name = g_path_get_basename (o->positional[1]);
  if (!hg_policy_use_pack (workbook, source, length, name, &error))
    return hg_cli_fail (error);
  g_print (_("The workbook now uses the template pack %s (%s)\n"), hg_pack_get_title (pack), name);
  return 0;
}

/* Records where and when an approved version was made public: the basic
 * policy's latest unless --document or --revision say otherwise. */
static int
publish (HgWorkbook    *workbook,
         HgPack        *pack,
         const Options *o)
{
  const char *document = o->document ? o->document : hg_security_action_policy_document (pack);
  GPtrArray *documents = hg_pack_get_documents (pack);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) publications = NULL;
  gboolean found = FALSE;
  guint number = 0;

  if (o->where == NULL)
    return hg_cli_usage_error (_("“policy publish” needs --where TEXT: the notice board, a "
                                 "shared folder or the web address where the policy is shown"));
  for (guint d = 0; document != NULL && d < documents->len; d++)
    found |= g_str_equal (document, ((HgBlock *) g_ptr_array_index (documents, d))->id);
  if (!found)
    return no_such_document (pack, document ? document : "");
  if (!hg_publication_record (workbook, hg_pack_get_id (pack), document, o->revision, o->where,
                              o->date, &number, &error))
    {
      g_printerr ("hinagata-cli: %s\n", error->message);
      return 1;
    }
  publications = hg_publication_list (workbook, hg_pack_get_id (pack), document);
  for (guint i = 0; i < publications->len; i++)
    {
      const HgPublication *p = g_ptr_array_index (publications, i);

      /* Translators: document, version, where, date */
      g_print (_("%s: version %u published at “%s” on %s\n"), document, p->number, p->place,
               p->published_on);
    }
  return 0;
}

/* argv[0] is the subcommand. Returns -1 when it is not one of ours. */
int
hg_cli_policy_documents (int    argc,
                         char **argv)
{
  const char *commands[] = { "approve", "revisions", "compare", "render", "use-pack",
                             "publish" };
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(HgSession) session = NULL;
  g_autoptr(GError) error = NULL;
  Options o = { 0 };
  HgPack *pack;
  gboolean ours = FALSE;

  for (guint i = 0; argc >= 1 && i < G_N_ELEMENTS (commands); i++)
    ours |= g_str_equal (argv[0], commands[i]);
  if (!ours)
    return -1;
  if (!parse (argc - 1, argv + 1, &o))
    {
      g_autofree char *message = g_strdup_printf (_("Wrong arguments for “policy %s”"), argv[0]);
      return hg_cli_usage_error (message);
    }

  workbook = g_str_equal (argv[0], "approve") || g_str_equal (argv[0], "use-pack")
             || g_str_equal (argv[0], "publish")
             ? hg_workbook_open (o.file, HG_WORKBOOK_OPEN_DEFAULT, &error)
             : hg_cli_open_current (o.file, &error);
  if (workbook == NULL)
    return hg_cli_fail (error);
  if (g_str_equal (argv[0], "use-pack"))
    return use_pack (workbook, &o);
  session = hg_session_new (workbook);
  pack = hg_session_get_pack (session, &error);
  if (pack == NULL)
    return hg_cli_fail (error);

  if (g_str_equal (argv[0], "approve"))
    return approve (workbook, pack, hg_session_get_context (session), &o);
  if (g_str_equal (argv[0], "revisions"))
    return list_revisions (workbook, pack);
  if (g_str_equal (argv[0], "publish"))
    return publish (workbook, pack, &o);
  if (g_str_equal (argv[0], "compare"))
    return compare (workbook, pack, &o);
  return render (workbook, pack, &o);
}
