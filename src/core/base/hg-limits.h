/* hg-limits.h: the limit of every text a user or a file gives Hinagata
 *
 * Every validator in the core checks its field with hg_text_check() against
 * the limit below, so the app, hinagata-cli and the imports refuse the same
 * texts with the same message ("Write at most 50 characters"). A limit
 * counts characters (code points) after the spaces at both ends are
 * trimmed. A one-line field holds no control character; a multi-line one
 * may hold TAB and line breaks. Whatever is stored is read again by every
 * later document, so a limit also bounds what a PDF has to lay out.
 *
 *   Field                                     Limit   Lines
 *   ---------------------------------------   -----   -----
 *   Company name, in kana, in English           100   one
 *   Representative's title and name              50   one
 *   Postal code                                    8   one
 *   Address                                      200   one
 *   Industry                                     100   one
 *   Number of employees                            7   one
 *   Department name                               50   one
 *   Person's name                                 50   one
 *   E-mail address                               254   one
 *   Phone number                                  21   one
 *   Medium or storage place                       50   one
 *   Classification label                          20   one
 *   Asset name                                   200   one
 *   Asset business category                      100   one
 *   Asset notes                                 1000   multi
 *   Asset users                                  200   one
 *   Asset retention                               50   one
 *   Reason for a raised importance               200   one
 *   Asset disposal method                        200   one
 *   Employee's position                           50   one
 *   Training topic, material                     200   one
 *   Threat name                                  100   one
 *   Threat description                          1000   multi
 *   Treatment measures                          2000   multi
 *   Treatment reason                            1000   multi
 *   Treatment approver                            50   one
 *   Note on a control                           1000   multi
 *   Version summary of changes                  1000   multi
 *   Version author, approver                      50   one
 *   Where a version was published               200   one
 *   Answer to a text or list question           2000   one
 *   Answer to a multi-line question             2000   multi
 *   Reworded or added rule, reason to leave
 *   a rule out                                  2000   multi
 *
 * Template pack conditions have their own limits (terms, bytes and
 * nesting): see hg-expr.h. Imports refuse a cell past its field's limit
 * like any other problem, with its row and column.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#define HG_COMPANY_NAME_MAX            100
#define HG_COMPANY_REPRESENTATIVE_MAX  50
#define HG_COMPANY_POSTAL_CODE_MAX     8
#define HG_COMPANY_ADDRESS_MAX         200
#define HG_COMPANY_INDUSTRY_MAX        100
#define HG_COMPANY_EMPLOYEES_MAX       7

#define HG_DEPARTMENT_NAME_MAX         50

#define HG_PERSON_NAME_MAX             50
#define HG_PERSON_EMAIL_MAX            254
#define HG_PERSON_PHONE_MAX            21
#define HG_ROLE_VACANCY_REASON_MAX     200

#define HG_CONTACT_ORGANISATION_MAX    100
#define HG_CONTACT_PURPOSE_MAX         200
#define HG_CONTACT_NOTE_MAX            500

#define HG_MEDIUM_NAME_MAX             50
#define HG_CLASSIFICATION_LABEL_MAX    20

#define HG_ASSET_NAME_MAX              200
#define HG_ASSET_CATEGORY_MAX          100
#define HG_ASSET_TEXT_MAX              1000   /* notes */
#define HG_ASSET_USERS_MAX             200
#define HG_ASSET_RETENTION_MAX         50
#define HG_ASSET_REASON_MAX            200
#define HG_ASSET_DISPOSAL_METHOD_MAX   200

#define HG_EMPLOYEE_POSITION_MAX       50

#define HG_EDUCATION_TOPIC_MAX         200
#define HG_EDUCATION_MATERIAL_MAX      200

#define HG_RISK_THREAT_NAME_MAX        100
#define HG_RISK_THREAT_DESCRIPTION_MAX 1000
#define HG_RISK_MEASURES_MAX           2000
#define HG_RISK_REASON_MAX             1000
#define HG_RISK_APPROVER_MAX           50
#define HG_RISK_NOTE_MAX               1000

#define HG_REVISION_SUMMARY_MAX        1000
#define HG_REVISION_NAME_MAX           50
#define HG_PUBLICATION_PLACE_MAX       200

#define HG_POLICY_ANSWER_MAX           2000
#define HG_POLICY_RULE_TEXT_MAX        2000
