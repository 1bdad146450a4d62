/* hg-xml-scanner.h: a bounded, streaming XML scanner for the large parts
 * of imported workbooks (sheets, shared strings)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _HgXmlScanner HgXmlScanner;

/* An attribute of a start tag: its qualified name and its value with the
 * references replaced and white space normalized as XML says. Namespace
 * declarations (xmlns, xmlns:p) are not among them. */
typedef struct
{
  const char *name;
  const char *value;
  gsize       value_length;
} HgXmlAttribute;

/* @local is an element's name without its prefix, or ":" when its prefix
 * is bound to no namespace (so that it matches no name looked for). The
 * strings passed are valid only during the call. @text is a piece of a
 * text node (character data, references and CDATA), valid UTF-8; one text
 * node may come in several pieces. @boundary says that a comment or
 * processing instruction ended the text node before it. */
typedef struct
{
  void (*start_element) (gpointer               user_data,
                         const char            *local,
                         const HgXmlAttribute  *attributes,
                         guint                  n_attributes,
                         gboolean               empty);
  void (*end_element)   (gpointer               user_data,
                         const char            *local,
                         gboolean               empty);
  void (*text)          (gpointer               user_data,
                         const char            *text,
                         gsize                  length);
  void (*boundary)      (gpointer               user_data);
} HgXmlScannerFuncs;

typedef enum
{
  HG_XML_SCANNER_OK,
  /* Not well-formed: hg_xml_scanner_get_problem() says what and where. */
  HG_XML_SCANNER_MALFORMED,
  /* A DOCTYPE, which no part of a workbook has. */
  HG_XML_SCANNER_DOCTYPE,
  /* A callback called hg_xml_scanner_stop(). */
  HG_XML_SCANNER_STOPPED,
} HgXmlScannerStatus;

HgXmlScanner       *hg_xml_scanner_new         (const HgXmlScannerFuncs *funcs,
                                                gpointer                 user_data);
void                hg_xml_scanner_free        (HgXmlScanner            *scanner);
/* Scans @data, the next bytes of the document, where they are: only a tag
 * cut by the end of @data is copied, to be completed by the next call. */
HgXmlScannerStatus  hg_xml_scanner_feed        (HgXmlScanner            *scanner,
                                                const char              *data,
                                                gsize                    length);
/* The end of the document: an element left open is a problem. */
HgXmlScannerStatus  hg_xml_scanner_finish      (HgXmlScanner            *scanner);
void                hg_xml_scanner_stop        (HgXmlScanner            *scanner);
/* What is wrong (English, for the damaged-file message) and the 1-based
 * line where it is. */
const char         *hg_xml_scanner_get_problem (HgXmlScanner            *scanner,
                                                guint                   *line);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgXmlScanner, hg_xml_scanner_free)

G_END_DECLS
