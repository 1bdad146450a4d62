/* hg-pack.h: template packs — questions and documents in XML
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "hg-expr.h"

G_BEGIN_DECLS

#define HG_PACK_ERROR (hg_pack_error_quark ())

typedef enum
{
  /* The pack has problems, each listed with its line (the problems
   * argument of the loaders). */
  HG_PACK_ERROR_INVALID,
  /* The file is larger than a pack can be (16 MB); not read. */
  HG_PACK_ERROR_TOO_LARGE,
  /* The pack in use has no question, rule or document by the id asked
   * for: a workbook answered with another pack, or an id misspelt. */
  HG_PACK_ERROR_NOT_FOUND,
} HgPackError;

GQuark hg_pack_error_quark (void);

typedef enum
{
  HG_QUESTION_TEXT,
  HG_QUESTION_MULTILINE,
  HG_QUESTION_BOOLEAN,
  HG_QUESTION_CHOICE,
  HG_QUESTION_NUMBER,
  HG_QUESTION_DATE,
  HG_QUESTION_ROLE,
  HG_QUESTION_LIST,
} HgQuestionType;

/* The texts the wizard shows (a step's title and description, a question's
 * label, help and unit, a choice's display_label) are in the best language
 * the pack has for the list the pack was loaded for (by default
 * g_get_language_names()), else in the pack's own language. What the
 * documents say stays in the pack's own language: a choice's label is the
 * text an answer puts into the documents. */
typedef struct
{
  char *value;
  char *label;                    /* the pack's own language: for the documents */
  char *display_label;            /* the user's language: for the wizard */
} HgChoice;

/* What an answer costs against the JAMA/JAPIA guidelines' Level 1 (the
 * items every supplier is asked to meet): when @condition holds, the
 * wizard shows @note beside the question. From <level1 items="44 46"
 * if="…"><note>…</note></level1> in the pack. */
typedef struct
{
  char   *items;                  /* the guideline's item numbers, "44 46" */
  HgExpr *condition;
  char   *note;                   /* the user's language: for the wizard */
  guint   line;
} HgLevel1Note;

typedef struct
{
  char           *id;
  HgQuestionType  type;
  char           *default_value;  /* never NULL */
  gboolean        has_min;
  gboolean        has_max;
  double          min;
  double          max;
  char           *unit;           /* the user's language: for the wizard */
  char           *own_unit;       /* the pack's own language: for the documents */
  char           *label;          /* the user's language: for the wizard */
  char           *own_label;      /* the pack's own language: for the documents */
  char           *help;
  GPtrArray      *choices;        /* of HgChoice */
  HgExpr         *condition;      /* NULL: always asked */
  GPtrArray      *level1;         /* of HgLevel1Note; empty when none */
  guint           line;
} HgQuestion;

typedef struct
{
  char      *id;
  char      *title;
  char      *description;
  GPtrArray *questions;           /* of HgQuestion, owned */
} HgStep;

typedef enum
{
  HG_BLOCK_DOCUMENT,
  HG_BLOCK_CHAPTER,
  HG_BLOCK_SECTION,
  HG_BLOCK_PARAGRAPH,
  HG_BLOCK_RULE,
  HG_BLOCK_LIST,
  HG_BLOCK_ITEM,
  HG_BLOCK_TABLE,
  HG_BLOCK_HEADER,
  HG_BLOCK_ROW,
  HG_BLOCK_CELL,
} HgBlockKind;

typedef struct _HgBlock HgBlock;
struct _HgBlock
{
  HgBlockKind  kind;
  char        *id;
  char        *title;         /* the pack's own language: for the documents */
  char        *display_title; /* a document's or chapter's title in the user's
                               * language, for the interface; else the title */
  char        *scope;
  char        *text;
  char        *role;
  /* How the block is set, from the pack's attributes: a chapter's kind
   * ("supplementary" for 附則, "form" for a sheet of its own such as the
   * pledge), a paragraph's align ("end"); NULL for the usual. */
  char        *variant;
  HgExpr      *condition;
  char        *each;          /* a table row repeated per item of a list the
                               * workbook keeps ("contact"), reading
                               * {contact.…} for each; NULL otherwise */
  GPtrArray   *children;          /* of HgBlock */
  guint        line;
};

/* A duty done at set times (定期的に行う業務), read from a <duties> table of
 * a document so that a calendar can list what is due when and by whom. The
 * table shows the same duties as rows: task, when, owner. */
typedef struct
{
  char         *id;
  char         *task;       /* the pack's own language; may hold {variables} */
  char         *when;       /* how the documents write the interval, e.g. 毎週 or {log_review} */
  char         *interval;   /* daily, weekly, monthly, quarterly, half_yearly, yearly, or the id
                             * of the choice question whose answer is one of these */
  char         *owner;      /* a role key (system_admin), or the id of a role question */
  const HgExpr *condition;  /* the row's; NULL: always. The chapter's and section's
                             * conditions apply too, as to any row */
  guint         line;
} HgDuty;

typedef struct _HgPack HgPack;

HgPack           *hg_pack_load_file      (const char   *path,
                                          GPtrArray   **problems,
                                          GError      **error);
HgPack           *hg_pack_load_memory    (const char   *data,
                                          gsize         length,
                                          const char   *name,
                                          GPtrArray   **problems,
                                          GError      **error);
HgPack           *hg_pack_load_builtin   (GError      **error);
/* The same for an explicit list of languages, most preferred first, written
 * as tags ("en", "pt-BR") or locale names ("en_US.UTF-8"); NULL means
 * g_get_language_names(). */
HgPack           *hg_pack_load_file_for_languages    (const char          *path,
                                                      const char * const  *languages,
                                                      GPtrArray          **problems,
                                                      GError             **error);
HgPack           *hg_pack_load_memory_for_languages  (const char          *data,
                                                      gsize                length,
                                                      const char          *name,
                                                      const char * const  *languages,
                                                      GPtrArray          **problems,
                                                      GError             **error);
HgPack           *hg_pack_load_builtin_for_languages (const char * const  *languages,
                                                      GError             **error);
void              hg_pack_free           (HgPack       *pack);
/* How many packs this process has parsed so far (for the tests). */
guint             hg_pack_get_n_parsed   (void);
const char       *hg_pack_get_id         (HgPack       *pack);
const char       *hg_pack_get_title      (HgPack       *pack);
GPtrArray        *hg_pack_get_steps      (HgPack       *pack);
GPtrArray        *hg_pack_get_documents  (HgPack       *pack);
GPtrArray        *hg_pack_get_duties     (HgPack       *pack);
const HgQuestion *hg_pack_find_question  (HgPack       *pack,
                                          const char   *id);
const HgBlock    *hg_pack_find_rule      (HgPack       *pack,
                                          const char   *id);
const HgBlock    *hg_pack_find_form      (HgPack       *pack,
                                          const char   *id);
guint             hg_pack_count_questions (HgPack      *pack);
gboolean          hg_pack_is_known_variable (HgPack    *pack,
                                             const char *name);
const char       *hg_pack_text_find_variable (const char  *text,
                                              const char **end);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgPack, hg_pack_free)

G_END_DECLS
