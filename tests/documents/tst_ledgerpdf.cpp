// The rectification ledger painted to PDF and read back with poppler: page count, the header row and page
// numbers on every page, no row split across pages (unless taller than a page), every description found
// character for character, fonts embedded; and the ledger's content from a workspace (titles, overdue).
#include "documents/documentfonts.h"
#include "documents/ledgerrenderer.h"
#include "pdfprobe.h"
#include "services/ledgerservice.h"
#include "services/unitservice.h"
#include "tempworkspace.h"

#include <QFile>
#include <QRegularExpression>
#include <QtTest>

using namespace oversight;

namespace {

/// The text of one column of page `page` (1-based), without white space, as poppler reads that strip (down
/// to the table's lowest edge, above the page number).
QString columnText(const QString &pdf, int page, int column)
{
    const auto [x, w] = LedgerRenderer::columnMm(column);
    const double pt = probe::ptPerMm;
    QString s = QString::fromUtf8(
        probe::run(QStringLiteral("pdftotext"),
                   {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page),
                    QStringLiteral("-x"), QString::number(int(x * pt + 1)), QStringLiteral("-y"),
                    QStringLiteral("0"), QStringLiteral("-W"), QString::number(int(w * pt - 2)),
                    QStringLiteral("-H"), QString::number(int(192 * pt)), pdf, QStringLiteral("-")}));
    s.remove(QRegularExpression(QStringLiteral("\\s")));
    return s;
}

QString writePdf(const QTemporaryDir &dir, const LedgerDocument &doc, const QString &name)
{
    const Result<QByteArray> bytes = LedgerRenderer(DocumentFonts::resolve()).pdf(doc);
    if (!bytes)
        qFatal("no pdf: %s", qPrintable(bytes.error().fullText()));
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(*bytes);
    return path;
}

const QStringList phrases{
    QStringLiteral("作出较大数额罚款决定前未告知当事人听证权利"),
    QStringLiteral("执法人员未出示行政执法证件，现场检查笔录未由当事人签字确认，也未注明拒签情况"),
    QStringLiteral("案卷未按规定装订"),
    QStringLiteral(
        "行政处罚决定书未载明救济途径和期限；重大执法决定未经法制审核即作出，执法全过程记录制度落实不到位，"
        "音像记录缺失，行政执法信息未在规定时限内公示"),
    QStringLiteral("同一事项多头重复检查（2021年共12次），增加企业负担"),
};

LedgerDocument sampleLedger(int rows)
{
    LedgerDocument doc;
    doc.title = QStringLiteral("奈曼旗规范行政执法问题整改台账");
    doc.subtitle = QStringLiteral("2022年规范行政执法专项行动　　截至2022年9月20日");
    for (int i = 0; i < rows; ++i) {
        LedgerDocument::Row r;
        r.number = QString::number(i + 1);
        r.unit = i % 2 ? QStringLiteral("旗市场监督管理局") : QStringLiteral("大沁他拉镇");
        r.area = QStringLiteral("1.全面推行行政执法“三项制度”");
        r.source = QStringLiteral("投诉举报");
        r.description = phrases.at(i % phrases.size()) + QStringLiteral("（第%1项）").arg(i + 1);
        r.measure = QStringLiteral("组织专题学习，完善文书模板，逐卷整改第%1卷").arg(i + 1);
        r.owner = QStringLiteral("张伟");
        r.deadline = QStringLiteral("2022-09-15");
        r.status = i % 3 ? QStringLiteral("整改中") : QStringLiteral("待整改\n（逾期）");
        r.completion = i % 4 ? QString() : QStringLiteral("已完成部分案卷补正");
        doc.rows.push_back(r);
    }
    return doc;
}

} // namespace

class TestLedgerPdf final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesHeadersRowsAndText()
    {
        QTemporaryDir dir;
        const LedgerDocument doc = sampleLedger(60);
        const LedgerRenderer renderer(DocumentFonts::resolve());
        const auto layout = renderer.layOut(doc);
        const QString pdf = writePdf(dir, doc, QStringLiteral("ledger.pdf"));
        const auto pages = probe::lines(pdf);
        QCOMPARE(int(pages.size()), int(layout.size()));
        QVERIFY(pages.size() >= 4);

        QStringList descriptionColumn;
        QStringList numberColumn;
        for (size_t p = 0; p < pages.size(); ++p) {
            QString all;
            for (const probe::Line &l : pages[p].lines)
                all += l.text;
            for (const QString &header : LedgerDocument::headers())
                QVERIFY2(all.contains(header) ||
                             columnText(pdf, int(p + 1), int(LedgerDocument::headers().indexOf(header)))
                                 .startsWith(header),
                         qPrintable(QStringLiteral("page %1 lacks %2").arg(p + 1).arg(header)));
            QVERIFY2(all.contains(QStringLiteral("第%1页共%2页").arg(p + 1).arg(pages.size())),
                     qPrintable(QStringLiteral("page %1 lacks its number").arg(p + 1)));
            QVERIFY(!layout[p].lastRowContinues);
            descriptionColumn.append(columnText(pdf, int(p + 1), 4));
            numberColumn.append(columnText(pdf, int(p + 1), 0));
        }
        QVERIFY(descriptionColumn.first().contains(QStringLiteral("问题描述")));

        // Every description, character for character, whole on exactly one page; and the numbers of the rows
        // run on from page to page without a gap or a repeat.
        int expectedNumber = 1;
        for (size_t p = 0; p < pages.size(); ++p) {
            QString numbers = numberColumn.at(int(p));
            QVERIFY(numbers.startsWith(QStringLiteral("序号")));
            numbers.remove(0, 2);
            for (int row : layout[p].rows) {
                QCOMPARE(row + 1, expectedNumber);
                const QString n = QString::number(expectedNumber++);
                QVERIFY2(numbers.startsWith(n), qPrintable(numbers));
                numbers.remove(0, n.size());
            }
        }
        QCOMPARE(expectedNumber, 61);
        for (const LedgerDocument::Row &r : doc.rows) {
            int onPages = 0;
            for (const QString &column : descriptionColumn)
                onPages += column.contains(r.description) ? 1 : 0;
            QVERIFY2(onPages == 1, qPrintable(r.description));
        }

        // The end: title on the first page, the signature lines on the last.
        const QString text = probe::text(pdf);
        QVERIFY(text.startsWith(doc.title));
        QString last;
        for (const probe::Line &l : pages.back().lines)
            last += l.text;
        for (const QString &label :
             {QStringLiteral("填报人："), QStringLiteral("审核人："), QStringLiteral("日期：")})
            QVERIFY2(last.contains(label), qPrintable(last));

        const QStringList fonts = probe::fonts(pdf);
        QVERIFY(!fonts.isEmpty());
        for (const QString &row : fonts) {
            QVERIFY2(row.contains(QStringLiteral(" yes ")), qPrintable(row)); // embedded
            QVERIFY2(!row.contains(QStringLiteral("Noto")), qPrintable(row));
        }
    }

    void rowTallerThanAPageRunsOn()
    {
        QTemporaryDir dir;
        LedgerDocument doc = sampleLedger(3);
        QString longText;
        for (int i = 0; i < 40; ++i)
            longText +=
                QStringLiteral("第%1段：执法案卷存在文书不规范、证据不充分、程序不合法等问题。").arg(i + 1);
        doc.rows[1].description = longText;
        const auto layout = LedgerRenderer(DocumentFonts::resolve()).layOut(doc);
        QVERIFY(layout.size() >= 2);
        QVERIFY(layout.front().lastRowContinues);
        const QString pdf = writePdf(dir, doc, QStringLiteral("long.pdf"));
        QString column;
        for (size_t p = 0; p < layout.size(); ++p) {
            QString c = columnText(pdf, int(p + 1), 4);
            c.remove(QStringLiteral("问题描述"));
            column += c;
        }
        QVERIFY(column.contains(longText));
        QVERIFY(column.contains(doc.rows[2].description));
    }

    void ledgerOfAWorkspace()
    {
        TempWorkspace t(QDate(2022, 9, 16));
        Unit u;
        u.campaign = t.campaign;
        u.name = QStringLiteral("旗公安局");
        const UnitId unit = t.ws->units().create(u).value();
        Problem p;
        p.campaign = t.campaign;
        p.unit = unit;
        p.area = 4;
        p.source = Problem::Source::Complaint;
        p.description = QStringLiteral("罚款未开具票据");
        p.measure = QStringLiteral("退还罚款");
        LedgerService &l = t.ws->ledger();
        const ProblemId open = l.add(p).value();
        p.description = QStringLiteral("执法证件过期");
        const ProblemId closed = l.add(p).value();
        QVERIFY(l.moveTo(closed, Problem::Status::AwaitingVerification).ok());
        QVERIFY(l.close(closed, QDate(2022, 9, 10), QStringLiteral("已换发证件"),
                        QStringLiteral("证件复印件已存档"))
                    .ok());
        const Campaign campaign = t.ws->campaigns().campaign(t.campaign).value();
        const auto units = t.ws->units().units(t.campaign).value();
        const auto problems = l.problems(t.campaign).value();

        const LedgerDocument banner = LedgerDocument::make(campaign, units, problems, QDate(2022, 9, 16));
        QCOMPARE(banner.title, QStringLiteral("奈曼旗规范行政执法问题整改台账"));
        const LedgerDocument own = LedgerDocument::make(campaign, units, problems, QDate(2022, 9, 16), &u);
        QCOMPARE(own.title, QStringLiteral("旗公安局规范行政执法问题整改台账"));
        QCOMPARE(own.rows.size(), size_t(2));
        const LedgerDocument::Row &first =
            own.rows[0].description == QStringLiteral("罚款未开具票据") ? own.rows[0] : own.rows[1];
        QCOMPARE(first.area, QStringLiteral("4.加强个案监督"));
        QCOMPARE(first.source, QStringLiteral("投诉举报"));
        QCOMPARE(first.status, QStringLiteral("待整改\n（逾期）")); // due 09-15, today 09-16
        QCOMPARE(first.deadline, QStringLiteral("2022-09-15"));
        const LedgerDocument::Row &second = &first == &own.rows[0] ? own.rows[1] : own.rows[0];
        QCOMPARE(second.status, QStringLiteral("已销号"));
        QVERIFY(second.completion.contains(QStringLiteral("已换发证件")));
        QVERIFY(own.subtitle.contains(QStringLiteral("共2项")));
        QVERIFY(open.isValid());
    }
};

QTEST_MAIN(TestLedgerPdf)
#include "tst_ledgerpdf.moc"
