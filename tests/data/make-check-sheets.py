#!/usr/bin/env python3
# make-check-sheets.py: writes the two stand-ins of customers' check sheets the
# self-assessment tests read (check-sheet-jama-style.xlsx, check-sheet-meti-style.xlsx,
# check-sheet-jama-level1.xlsx).
#
# They copy the LAYOUT of the official sheets — a title and a company block above
# the table, a header over two rows with merged cells, category cells merged down,
# multi-line cells, a hidden column, an answer column with a drop-down list, an
# instructions sheet, a formula — with item texts we wrote ourselves; the item
# numbers and levels are facts (../shared/reference). Run by hand; the files are
# committed so that the tests do not need Python:  python3 make-check-sheets.py
import zipfile, sys, os
from xml.sax.saxutils import escape

def col(n):
    s = ''
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s

class Sheet:
    def __init__(self, name):
        self.name, self.rows, self.merges, self.cols, self.validations = name, {}, [], [], []
    def set(self, ref_col, row, value, style=0, formula=None):
        self.rows.setdefault(row, {})[ref_col] = (value, style, formula)

class Book:
    def __init__(self):
        self.sheets, self.strings, self.index = [], [], {}
    def sst(self, s):
        if s not in self.index:
            self.index[s] = len(self.strings)
            self.strings.append(s)
        return self.index[s]
    def sheet_xml(self, sh):
        out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
               'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">']
        out.append('<sheetViews><sheetView workbookViewId="0"/></sheetViews>')
        out.append('<sheetFormatPr defaultRowHeight="15"/>')
        if sh.cols:
            out.append('<cols>' + ''.join('<col min="%d" max="%d" width="%s" customWidth="1"%s/>'
                                          % (c, c, w, ' hidden="1"' if h else '')
                                          for c, w, h in sh.cols) + '</cols>')
        out.append('<sheetData>')
        for r in sorted(sh.rows):
            cells = []
            for c in sorted(sh.rows[r]):
                v, s, f = sh.rows[r][c]
                ref = '%s%d' % (col(c), r)
                st = ' s="%d"' % s if s else ''
                if f is not None:
                    cells.append('<c r="%s"%s><f>%s</f><v>%s</v></c>' % (ref, st, escape(f), v))
                elif v is None:
                    cells.append('<c r="%s"%s/>' % (ref, st))
                elif isinstance(v, int):
                    cells.append('<c r="%s"%s><v>%d</v></c>' % (ref, st, v))
                else:
                    cells.append('<c r="%s"%s t="s"><v>%d</v></c>' % (ref, st, self.sst(v)))
            out.append('<row r="%d">%s</row>' % (r, ''.join(cells)))
        out.append('</sheetData>')
        if sh.merges:
            out.append('<mergeCells count="%d">%s</mergeCells>'
                       % (len(sh.merges), ''.join('<mergeCell ref="%s"/>' % m for m in sh.merges)))
        if sh.validations:
            out.append('<dataValidations count="%d">%s</dataValidations>' % (len(sh.validations), ''.join(
                '<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" '
                'sqref="%s"><formula1>"%s"</formula1></dataValidation>' % (rng, escape(lst))
                for rng, lst in sh.validations)))
        out.append('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>')
        out.append('</worksheet>')
        return ''.join(out)
    def save(self, path):
        sheets = [self.sheet_xml(s) for s in self.sheets]  # fills the shared strings
        z = zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED)
        def w(name, text):
            info = zipfile.ZipInfo(name, (2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text)
        w('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          + ''.join('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1) for i in range(len(sheets))) +
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
        w('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
          '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
          '</Relationships>')
        w('docProps/app.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
          '<Application>Hinagata test data</Application></Properties>')
        w('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
          + ''.join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (escape(s.name), i + 1, i + 1)
                    for i, s in enumerate(self.sheets)) + '</sheets></workbook>')
        w('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
          + ''.join('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i + 1, i + 1) for i in range(len(sheets))) +
          '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' % (len(sheets) + 1) +
          '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' % (len(sheets) + 2) +
          '</Relationships>')
        # Styles: 0 plain, 1 title (bold, large), 2 header (bold, fill, border, centred, wrap),
        # 3 body (border, wrap, top), 4 answer (border, centred, yellow input fill)
        w('xl/styles.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<fonts count="3"><font><sz val="11"/><name val="Noto Sans CJK JP"/></font>'
          '<font><b/><sz val="14"/><name val="Noto Sans CJK JP"/></font>'
          '<font><b/><sz val="11"/><name val="Noto Sans CJK JP"/></font></fonts>'
          '<fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>'
          '<fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/><bgColor indexed="64"/></patternFill></fill>'
          '<fill><patternFill patternType="solid"><fgColor rgb="FFFFF2CC"/><bgColor indexed="64"/></patternFill></fill></fills>'
          '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>'
          '<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders>'
          '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
          '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
          '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
          '<xf numFmtId="0" fontId="2" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>'
          '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>'
          '<xf numFmtId="0" fontId="0" fillId="3" borderId="1" xfId="0" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="top"/></xf>'
          '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>')
        w('xl/sharedStrings.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>'
          % (len(self.strings), len(self.strings),
             ''.join('<si><t xml:space="preserve">%s</t></si>' % escape(s) for s in self.strings)))
        for i, x in enumerate(sheets):
            w('xl/worksheets/sheet%d.xml' % (i + 1), x)
        z.close()

def instructions(book, lines):
    sh = Sheet('記入方法')
    sh.cols = [(1, 90, False)]
    for i, line in enumerate(lines):
        sh.set(1, i + 1, line, 1 if i == 0 else 0)
    book.sheets.append(sh)

# --- JAMA/JAPIA-style: No., level, two category columns, requirement, condition,
# a hidden internal column, the answer with a drop-down, remarks.
JAMA = [  # (no, level, 大分類, 中分類, requirement, condition, answer already in the sheet)
    (1, 'Lv1', '方針', '基本方針', '情報セキュリティの基本方針を定めている。', '経営者が承認した方針が文書になっている。\n方針の日付と版がわかる。', '○'),
    (2, 'Lv1', '方針', '基本方針', '方針と関連規程を定期的に見直している。', '少なくとも年に1回、見直した記録がある。', None),
    (3, 'Lv1', '方針', '基本方針', '方針を全従業員がいつでも見られるようにしている。', '掲示や共有フォルダで公開し、改訂を知らせている。', None),
    (4, 'Lv1', '方針', '守秘義務', '全従業員に守秘義務を定め、入社時に説明している。', '就業規則または誓約書で定めている。', '△'),
    (5, 'Lv2', '方針', '守秘義務', '機密情報を扱う従業員から誓約書を受け取っている。', '誓約書が保管されている。', None),
    (9, 'Lv1', '方針', '法令', '法令や取引先の要求を反映した社内規程がある。', '規程を従業員に周知している。', None),
    (11, 'Lv1', '方針', '法令', '関係法令の改正を年1回以上確認している。', '確認した日と結果の記録がある。', None),
    (13, 'Lv1', '組織', '平常時の体制', '平常時の情報セキュリティ体制と役割を定めている。', '責任者と担当部門が決まっている。\n連絡先の一覧がある。', None),
    (14, 'Lv2', '組織', '平常時の体制', '情報セキュリティを審議する会議体がある。', '議事録が残っている。', None),
    (15, 'Lv1', '組織', '平常時の体制', '平常時の体制を年1回以上見直している。', '見直しの記録がある。', None),
    (18, 'Lv1', '組織', '事故時の体制', '事故が起きたときの連絡体制を定めている。', '社内外の連絡先と報告経路が決まっている。', None),
    (19, 'Lv1', '組織', '事故時の体制', '事故の報告様式を用意している。', '様式がすぐ使える場所にある。', None),
    (24, 'Lv1', '組織', '事故時の体制', '事故対応の手順を定めている。', '報告、初動、調査、復旧、最終報告の流れがある。', None),
    (28, 'Lv1', '教育', '従業員教育', 'メールによるウイルス感染を防ぐ教育をしている。', '全従業員が受講した記録がある。', None),
    (30, 'Lv1', '教育', '従業員教育', '機密区分とその扱い方を教育している。', '教育資料と受講記録がある。', None),
    (34, 'Lv2', '教育', '従業員教育', '全従業員に毎年教育を繰り返している。', '年間計画に入っている。', None),
    (42, 'Lv3', '取引先', '委託先管理', '重要な委託先の対策状況を年1回確認している。', '確認結果の記録がある。', None),
    (44, 'Lv1', '取引先', '委託先管理', '業務を始める前に機密情報の扱いを取り決めている。', '契約書または覚書に条項がある。', None),
    (54, 'Lv1', '情報資産', '分類と管理', '情報の分類と扱い方を定めている。', '区分、表示、取扱い、保管場所が決まっている。', None),
    (56, 'Lv1', '情報資産', '分類と管理', '機密性の高い情報の台帳を作っている。', '管理者、保管場所、保存期間がわかる。', '×'),
]

def jama_book(path):
    b = Book()
    instructions(b, ['記入方法（テスト用の見本）',
                     '1. 「チェックシート」の各行の「回答」欄を、一覧から選んでください。',
                     '2. ○：実施している　△：一部実施　×：実施していない　－：該当しない',
                     '3. 実施していない項目は、備考に予定を書いてください。'])
    sh = Sheet('チェックシート')
    sh.cols = [(1, 6, False), (2, 7, False), (3, 10, False), (4, 12, False), (5, 40, False),
               (6, 40, False), (7, 10, True), (8, 8, False), (9, 30, False)]
    sh.set(1, 1, 'サイバーセキュリティ対策 自己評価チェックシート（テスト用の見本）', 1)
    sh.merges.append('A1:I1')
    sh.set(1, 3, '会社名', 2); sh.set(2, 3, None, 3); sh.merges.append('B3:E3')
    sh.set(1, 4, '記入日', 2); sh.set(2, 4, None, 3); sh.merges.append('B4:E4')
    sh.set(7, 3, '回答済み', 2)
    first, last = 9, 9 + len(JAMA) - 1
    answered = sum(1 for r in JAMA if r[6])
    sh.set(8, 3, answered, 3, formula='COUNTA(H%d:H%d)' % (first, last))
    for c, text in [(1, 'No.'), (2, 'レベル'), (5, '要求事項'), (6, '達成条件'), (7, '社内用'),
                    (8, '回答'), (9, '備考')]:
        sh.set(c, 7, text, 2); sh.set(c, 8, None, 2)
        sh.merges.append('%s7:%s8' % (col(c), col(c)))
    sh.set(3, 7, '分類', 2); sh.set(4, 7, None, 2); sh.merges.append('C7:D7')
    sh.set(3, 8, '大分類', 2); sh.set(4, 8, '中分類', 2)
    row = first
    for i, (no, lv, big, mid, req, cond, ans) in enumerate(JAMA):
        sh.set(1, row, no, 3); sh.set(2, row, lv, 3)
        # Category cells: the value only in the first row of a run, merged down.
        for c, val, idx in [(3, big, 2), (4, mid, 3)]:
            if i == 0 or JAMA[i - 1][idx] != val or (idx == 3 and JAMA[i - 1][2] != big):
                sh.set(c, row, val, 3)
                n = 1
                while i + n < len(JAMA) and JAMA[i + n][idx] == val and (idx == 2 or JAMA[i + n][2] == big):
                    n += 1
                if n > 1:
                    sh.merges.append('%s%d:%s%d' % (col(c), row, col(c), row + n - 1))
            else:
                sh.set(c, row, None, 3)
        sh.set(5, row, req, 3); sh.set(6, row, cond, 3)
        sh.set(7, row, 'K-%03d' % no, 3)
        sh.set(8, row, ans, 4)
        sh.set(9, row, '年内に整備予定' if ans == '×' else None, 3)
        row += 1
    sh.validations.append(('H%d:H%d' % (first, last), '○,△,×,－'))
    b.sheets.append(sh)
    b.save(path)

# --- METI-style: requirement (merged down over its criteria), criterion id, star,
# criterion text, the JAMA items it cites, achievement with a drop-down, remarks.
METI = [  # (requirement id, requirement, criterion id, star, text, cited, answer)
    ('1-1-1', '社内ルール', '1-1-1-1', '★4', '法令と取引先の要求を踏まえて社内規程を定めている。', 'JAMA No.9, No.10', None),
    ('1-1-1', '社内ルール', '1-1-1-2', '★4', '規程を年に1回以上見直している。', 'JAMA No.11', None),
    ('1-2-1', 'セキュリティ推進活動部門', '1-2-1-1', '★3', '情報セキュリティの責任者を任命している。', 'JAMA No.13', '達成'),
    ('1-2-1', 'セキュリティ推進活動部門', '1-2-1-2', '★3', '推進担当の役割を文書で定めている。', 'JAMA No.13', None),
    ('1-2-1', 'セキュリティ推進活動部門', '1-2-1-3', '★3', '体制を年に1回以上見直している。', 'JAMA No.15', None),
    ('1-2-3', '守秘義務のルール', '1-2-3-1', '★3', '従業員の守秘義務を定めている。', 'JAMA No.4', '一部達成'),
    ('1-3-1', 'セキュリティ対応方針の策定', '1-3-1-1', '★3', '基本方針を定め、経営者が承認している。', 'JAMA No.1', None),
    ('1-3-1', 'セキュリティ対応方針の策定', '1-3-1-2', '★3', '方針を従業員に周知している。', 'JAMA No.3', None),
    ('2-1-2', '機密情報の取扱い', '2-1-2-1', '★3', '取引先と機密情報の扱いを取り決めている。', 'JAMA No.44', None),
]

def meti_book(path):
    b = Book()
    instructions(b, ['記入方法（テスト用の見本）',
                     '「要求事項」シートの「達成状況」を一覧から選んでください。',
                     '参照文献の欄は、対応する自動車産業のガイドラインの項目番号です。'])
    sh = Sheet('要求事項')
    sh.cols = [(1, 10, False), (2, 24, False), (3, 12, False), (4, 6, False), (5, 48, False),
               (6, 18, False), (7, 10, False), (8, 30, False)]
    sh.set(1, 1, 'サプライチェーン対策評価 ★3・★4 要求事項（テスト用の見本）', 1)
    sh.merges.append('A1:H1')
    sh.set(1, 2, '事業者名', 2); sh.set(2, 2, None, 3); sh.merges.append('B2:C2')
    for c, text in enumerate(['要求事項ID', '要求事項', '評価基準ID', '★', '評価基準', '参照文献',
                              '達成状況', '備考'], start=1):
        sh.set(c, 4, text, 2)
    row = 5
    for i, (rid, rname, cid, star, text, cited, ans) in enumerate(METI):
        if i == 0 or METI[i - 1][0] != rid:
            n = 1
            while i + n < len(METI) and METI[i + n][0] == rid:
                n += 1
            sh.set(1, row, rid, 3); sh.set(2, row, rname, 3)
            if n > 1:
                sh.merges += ['A%d:A%d' % (row, row + n - 1), 'B%d:B%d' % (row, row + n - 1)]
        else:
            sh.set(1, row, None, 3); sh.set(2, row, None, 3)
        sh.set(3, row, cid, 3); sh.set(4, row, star, 3); sh.set(5, row, text, 3)
        sh.set(6, row, cited, 3); sh.set(7, row, ans, 4); sh.set(8, row, None, 3)
        row += 1
    sh.validations.append(('G5:G%d' % (row - 1), '達成,一部達成,未達成,対象外'))
    b.sheets.append(sh)
    b.save(path)


# --- The Level-1 items whose numbers we know (../shared/reference/jama-items-partial.csv),
# each in a sentence of our own: the sheet the closing demonstration and the
# suggestion tests of a whole Level 1 read. No answers filled in.
LEVEL1 = [
    (1, '方針', '基本方針', '情報セキュリティの基本方針を定めている。'),
    (2, '方針', '基本方針', '方針と関連規程を年に1回以上見直している。'),
    (3, '方針', '基本方針', '方針を全従業員が見られるようにし、改訂を知らせている。'),
    (4, '方針', '守秘義務', '全従業員の守秘義務を定め、入社時に説明している。'),
    (9, '方針', '法令', '法令、業界の基準、取引先の制約を反映した規程を定め、周知している。'),
    (11, '方針', '法令', '関係する法令や要求の変化を年に1回以上確かめ、規程を見直している。'),
    (13, '組織', '平常時の体制', '平常時の体制（責任者、担当部門の役割、連絡先）を定めている。'),
    (15, '組織', '平常時の体制', '平常時の体制を年に1回以上見直している。'),
    (16, '組織', '平常時の体制', '事故の事例と対策を社内で共有している。'),
    (18, '組織', '事故時の体制', '事故時の連絡先と報告経路（関係機関を含む）を定めている。'),
    (19, '組織', '事故時の体制', '事故の報告様式を用意している。'),
    (20, '組織', '事故時の体制', '事故時の体制を年に1回以上見直している。'),
    (24, '組織', '事故時の体制', '報告、初動、調査、復旧、最終報告の手順を定めている。'),
    (28, '教育', '従業員教育', 'メールによるウイルス感染を防ぐ教育をしている。'),
    (29, '教育', '従業員教育', 'Web閲覧によるウイルス感染を防ぐ教育をしている。'),
    (30, '教育', '従業員教育', '機密区分の意味と扱い方を教育している。'),
    (36, '教育', '従業員教育', '実施した教育の記録を残している。'),
    (38, '教育', '従業員教育', '事故対応の教育を入社時と年1回行っている。'),
    (40, '教育', '従業員教育', '教育の内容を年に1回見直している。'),
    (44, '取引先', '機密情報', '業務の開始前に、機密情報の扱いを取引先と取り決めている。'),
    (46, '取引先', '機密情報', '事故時の役割と連絡方法を取引先と取り決めている。'),
    (49, '情報資産', 'アクセス管理', 'アクセス権と入室の管理ルール（承認、必要最小限、棚卸し、記録）がある。'),
    (54, '情報資産', '分類と管理', '情報の分類と、区分ごとの扱い方を定めている。'),
    (56, '情報資産', '分類と管理', '機密性の高い情報の台帳（管理者、保管場所、保存期間）がある。'),
    (59, '情報資産', 'IT資産', 'IT資産の導入、設置、接続、更新のルールがある。'),
    (60, '情報資産', 'IT資産', 'パソコンとサーバの一覧がある。'),
    (61, '情報資産', 'IT資産', '一覧を年に1回見直している。'),
    (62, '情報資産', 'IT資産', 'ルールが守られているかを年に1回確かめている。'),
    (68, '組織', '経営への報告', '対策の状況と計画を年に1回経営者に報告している。'),
    (69, '組織', '経営への報告', '経営者の指示を記録し、不備を直している。'),
    (70, '取引先', '機密情報', '機密情報をやり取りする取引先ごとに、経路と情報を把握している。'),
    (76, '取引先', '外部サービス', '外部サービスの利用ルール（要件、確認、承認）と提供者との取決めがある。'),
    (77, '取引先', '外部サービス', '自社の情報がつながる社外のシステムを把握している。'),
    (78, '取引先', '外部サービス', 'その把握した内容を年に1回見直している。'),
    (84, '物理', 'サーバ設置場所', 'サーバのある場所に入れる人を決めている。'),
    (85, '物理', 'サーバ設置場所', 'サーバの場所またはラックに鍵をかけ、鍵の管理者を決めている。'),
    (86, '物理', 'サーバ設置場所', 'サーバのある場所の入室記録を6か月以上残している。'),
    (113, '技術', 'ID管理', '利用者IDを共用していない。'),
    (114, '技術', 'ID管理', '管理者IDを管理し、権限を必要最小限にしている。'),
    (115, '技術', 'ID管理', 'パスワードのルールを定め、安全に扱っている。'),
    (117, '技術', 'ID管理', '不要になったIDや権限をすぐに削除している。'),
    (124, '技術', '脆弱性対策', 'サポート中のソフトウェアを使い、更新をすぐに適用している。'),
    (136, '技術', 'ウイルス対策', 'ネットワークにつながる機器にウイルス対策ソフトを入れている。'),
    (137, '技術', 'ウイルス対策', 'ウイルス対策ソフトの定義ファイルを最新にしている。'),
    (148, '技術', 'バックアップ', '対象、頻度、保存期間を決めてバックアップしている。'),
    (149, '技術', 'バックアップ', 'バックアップごとに復元の手順がある。'),
    (150, '技術', 'バックアップ', '重要なシステムを復旧する準備ができている。'),
]

def level1_book(path):
    b = Book()
    instructions(b, ['記入方法（テスト用の見本）',
                     'レベル1の項目だけを載せた見本です。「回答」欄を一覧から選んでください。'])
    sh = Sheet('レベル1')
    sh.cols = [(1, 6, False), (2, 7, False), (3, 10, False), (4, 14, False), (5, 60, False),
               (6, 8, False), (7, 30, False)]
    sh.set(1, 1, '自己評価チェックシート レベル1（テスト用の見本）', 1)
    sh.merges.append('A1:G1')
    sh.set(1, 3, '会社名', 2); sh.set(2, 3, None, 3); sh.merges.append('B3:E3')
    for c, text in enumerate(['No.', 'レベル', '大分類', '中分類', '要求事項', '回答', '備考'], start=1):
        sh.set(c, 5, text, 2)
    for i, (no, big, mid, req) in enumerate(LEVEL1):
        row = 6 + i
        sh.set(1, row, no, 3); sh.set(2, row, 'Lv1', 3); sh.set(3, row, big, 3)
        sh.set(4, row, mid, 3); sh.set(5, row, req, 3); sh.set(6, row, None, 4); sh.set(7, row, None, 3)
    sh.validations.append(('F6:F%d' % (5 + len(LEVEL1)), '○,△,×,－'))
    b.sheets.append(sh)
    b.save(path)

def large_book(path, rows):
    """A sheet in the Level-1 layout with @rows items in three levels, for
    tests/bench/assess: the size of a sheet is what the import's time
    grows with, not its wording."""
    b = Book()
    sh = Sheet('チェックシート')
    sh.cols = [(1, 8, False), (2, 7, False), (3, 10, False), (4, 14, False), (5, 60, False),
               (6, 8, False), (7, 30, False)]
    sh.set(1, 1, '大きな自己評価チェックシート（ベンチマーク用）', 1)
    sh.merges.append('A1:G1')
    for c, text in enumerate(['No.', 'レベル', '大分類', '中分類', '要求事項', '回答', '備考'], start=1):
        sh.set(c, 3, text, 2)
    for i in range(rows):
        row = 4 + i
        sh.set(1, row, i + 1, 3); sh.set(2, row, 'Lv%d' % (1 + i * 3 // rows), 3)
        sh.set(3, row, '分類%d' % (i // 500 + 1), 3); sh.set(4, row, '小分類%d' % (i // 50 + 1), 3)
        sh.set(5, row, '要求事項 %d：対策を定め、記録を残している。' % (i + 1), 3)
        sh.set(6, row, '○△×'[i % 3] if i % 4 else None, 4); sh.set(7, row, None, 3)
    sh.validations.append(('F4:F%d' % (3 + rows), '○,△,×,－'))
    b.sheets.append(sh)
    b.save(path)

if __name__ == '__main__':
    here = os.path.dirname(os.path.abspath(__file__))
    jama_book(os.path.join(here, 'check-sheet-jama-style.xlsx'))
    meti_book(os.path.join(here, 'check-sheet-meti-style.xlsx'))
    level1_book(os.path.join(here, 'check-sheet-jama-level1.xlsx'))
