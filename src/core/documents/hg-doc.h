/* hg-doc.h: a rendered document, the one model every output reads
 *
 * The template pack and the company's answers produce an HgDoc; the text
 * preview, PDF, printing, DOCX, ODT and HTML all read this and nothing
 * else, so a new format touches no template code, and an approved version
 * is an HgDoc frozen in the workbook.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The words the outputs put around the content. They belong to the
 * document, which is in the language of its pack (Japanese for the
 * built-in one), not to the interface: an English interface still writes
 * a Japanese policy, so they are not translated with the interface. */
/* Shown after a reworded rule whose template text changed since; every
 * writer shows it, so nobody approves a rule without a second look. */
#define HG_DOC_OUTDATED_MARK    "［要確認：元のひな形の文が変わりました］"
#define HG_DOC_CONTENTS_TITLE   "目次"
#define HG_DOC_REVISIONS_TITLE  "改訂履歴"

/* What goes wrong with a document once it is rendered. Failures to write
 * the file are HG_SAVE_ERROR (hg-save-file.h), of a package HG_ZIP_ERROR. */
#define HG_DOC_ERROR (hg_doc_error_quark ())

typedef enum
{
  /* The PDF could not be drawn or finished (cairo's reason follows). */
  HG_DOC_ERROR_WRITE,
  /* A version saved in the workbook cannot be read back. */
  HG_DOC_ERROR_DAMAGED,
} HgDocError;

GQuark hg_doc_error_quark (void);

typedef enum
{
  HG_DOC_HEADING,    /* level 1: chapter, level 2: section */
  HG_DOC_PARAGRAPH,
  HG_DOC_RULE,       /* a numbered rule */
  HG_DOC_ITEM,       /* a bulleted list item */
  HG_DOC_TABLE,
} HgDocKind;

typedef enum
{
  HG_DOC_REWORDED = 1 << 0, /* the company's own wording of a template rule */
  HG_DOC_OUTDATED = 1 << 1, /* reworded, and the template under it changed since */
  HG_DOC_ADDED    = 1 << 2, /* a rule the company added */
  /* A paragraph set flush right, as Japanese documents set the date,
   * company and signatory under a policy. */
  HG_DOC_ALIGN_END = 1 << 3,
  /* A chapter heading that opens a form of its own (the pledge): it starts
   * a new page, and a booklet prints it on a loose sheet after the folded
   * ones, so it can be torn out without taking any other page. */
  HG_DOC_OWN_SHEET = 1 << 4,
  /* A chapter heading that follows on the page of the chapter before it
   * (kept with what follows it) instead of starting a new page: for the
   * short chapters of a report. */
  HG_DOC_RUN_ON    = 1 << 5,
  /* The heading of 附則, the closing provisions (when the document takes
   * effect): a chapter of a few lines, unnumbered, set as a minor heading
   * that runs on after the last chapter. */
  HG_DOC_SUPPLEMENTARY = 1 << 6,
  /* A table of a form printed to be filled in by hand: its body rows are
   * tall enough to write in (HG_DOC_FILL_IN_MM). */
  HG_DOC_FILL_IN = 1 << 7,
  /* The boxes of a form where those who approve sign or put their seal
   * (印): its body rows are tall enough for a seal (HG_DOC_SEAL_MM). */
  HG_DOC_SEAL = 1 << 8,
} HgDocFlags;

/* Room for a line of handwriting, and for a seal of the usual 10.5 to
 * 15 mm with its date stamp, in millimetres. */
#define HG_DOC_FILL_IN_MM 9.0
#define HG_DOC_SEAL_MM    20.0

/* How a table cell is shaded: the risk bands of a heat map. */
typedef enum
{
  HG_DOC_TONE_NONE,
  HG_DOC_TONE_LOW,
  HG_DOC_TONE_MEDIUM,
  HG_DOC_TONE_HIGH,
} HgDocTone;

typedef struct
{
  HgDocKind   kind;
  guint       level;        /* headings: 1 or 2; others 0 */
  char       *number;       /* "第1章", "1.2", "（3）"; NULL when unnumbered */
  char       *label;        /* a paragraph's lead-in, e.g. "適用範囲"; NULL for none */
  char       *text;         /* heading title, paragraph, rule or item text; "" for tables */
  char       *key;          /* identity across versions (the pack's id); may be NULL */
  HgDocFlags  flags;
  GPtrArray  *rows;         /* tables: of GStrv, one per row; NULL otherwise */
  guint       header_rows;  /* tables: how many leading rows are headers */
  GArray     *tones;        /* tables: HgDocTone per cell, row-major over
                             * hg_doc_rows_width() columns; NULL: none */
  /* Chapter headings: the number of the approved version that last changed
   * the chapter (hg_revision_attach()); 0 when none did or it changed since.
   * Not part of the text, so not of the digest either. */
  guint       revised_in;
} HgDocBlock;

typedef struct
{
  guint  number;            /* 1, 2, … */
  char  *date;              /* YYYY-MM-DD the version was made */
  char  *summary;           /* 改訂内容 */
  char  *author;
  char  *approver;          /* "" until approved */
  char  *approved_on;       /* YYYY-MM-DD, "" until approved */
} HgDocRevision;

typedef struct
{
  char      *id;            /* the pack's document id: "basic", "rules", … */
  char      *title;         /* 情報セキュリティ基本方針 */
  /* The title in the interface's language, for what the interface says
   * about the document ("… is not approved yet"); the document itself, its
   * file name and its metadata use the title. The title unless set. */
  char      *display_title;
  char      *company;       /* the company's name, for headers and metadata */
  char      *enacted_on;    /* YYYY-MM-DD 制定日 as the company answered it; "" if not */
  GPtrArray *blocks;        /* of HgDocBlock, in reading order */
  GPtrArray *revisions;     /* of HgDocRevision, oldest first; may be empty */
} HgDoc;

/* A boxed type, so a document can be a property (copied with it). */
#define HG_TYPE_DOC (hg_doc_get_type ())
GType          hg_doc_get_type       (void) G_GNUC_CONST;

HgDoc         *hg_doc_new            (const char  *id,
                                      const char  *title,
                                      const char  *company);
void           hg_doc_free           (HgDoc       *doc);
HgDoc         *hg_doc_copy           (const HgDoc *doc);
HgDocBlock    *hg_doc_append         (HgDoc       *doc,
                                      HgDocKind    kind,
                                      const char  *number,
                                      const char  *text);
void           hg_doc_table_add_row  (HgDocBlock  *table,
                                      GStrv        cells,
                                      gboolean     header);
void           hg_doc_table_add_texts (HgDocBlock *table,
                                       gboolean    header,
                                       const char *first,
                                       ...) G_GNUC_NULL_TERMINATED;
HgDocRevision *hg_doc_add_revision   (HgDoc       *doc,
                                      guint        number,
                                      const char  *date,
                                      const char  *summary,
                                      const char  *author,
                                      const char  *approver,
                                      const char  *approved_on);
void           hg_doc_revision_free  (HgDocRevision *revision);
void           hg_doc_table_set_tone (HgDocBlock  *table,
                                      guint        row,
                                      guint        column,
                                      HgDocTone    tone);
HgDocTone      hg_doc_table_get_tone (const HgDocBlock *table,
                                      guint        row,
                                      guint        column);
const char    *hg_doc_tone_get_color (HgDocTone    tone);
char          *hg_doc_chapter_date_line (const HgDoc      *doc,
                                         const HgDocBlock *heading);
guint          hg_doc_count_numbered_chapters (const HgDoc *doc);
guint          hg_doc_count_kind     (const HgDoc *doc,
                                      HgDocKind    kind,
                                      guint        level);
char          *hg_doc_block_get_plain (const HgDocBlock *block);
gboolean       hg_doc_wants_contents (const HgDoc *doc);
gboolean       hg_doc_is_under_rule  (const HgDoc *doc,
                                      guint        index);
gboolean       hg_doc_item_is_first  (const HgDoc *doc,
                                      guint        index);
gboolean       hg_doc_item_is_last   (const HgDoc *doc,
                                      guint        index);
GPtrArray     *hg_doc_revision_rows  (const HgDoc *doc);
char          *hg_doc_cover_line     (const HgDoc *doc);
guint          hg_doc_rows_width     (GPtrArray   *rows);
double         hg_doc_row_min_height (const HgDocBlock *table,
                                      guint             row);
double        *hg_doc_column_shares  (GPtrArray   *rows,
                                      double       width_in_chars);
char          *hg_doc_to_text        (const HgDoc *doc);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgDoc, hg_doc_free)

G_END_DECLS
