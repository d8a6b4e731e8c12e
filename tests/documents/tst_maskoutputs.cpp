// Every output that can show a case's summary, fed the variants of maskvariants.h: the supervision notice
// drafted from the case (the PDF's text, through the notice generator and the renderer), the ledger export
// (the problems taken over from the cases), and the audit log. None shows the complainant; the text around
// stays.
#include "documents/documentfonts.h"
#include "documents/documentrenderer.h"
#include "documents/noticegenerator.h"
#include "exchange/problemexchange.h"
#include "exchange/xlsxreader.h"
#include "exchange/xlsxwriter.h"
#include "maskcases.h"
#include "pdfprobe.h"
#include "services/campaignservice.h"
#include "services/ledgerservice.h"
#include "services/supervisionnoticesource.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>

using namespace oversight;

namespace {
void collectStrings(const QJsonValue &v, QStringList &out)
{
    if (v.isString())
        out.append(v.toString());
    else if (v.isArray())
        for (const QJsonValue &x : v.toArray())
            collectStrings(x, out);
    else if (v.isObject())
        for (const QJsonValue &x : v.toObject())
            collectStrings(x, out);
}
} // namespace

class TestMaskOutputs final : public QObject
{
    Q_OBJECT

    TempWorkspace *m_t = nullptr;
    std::vector<MaskCase> m_cases;

private Q_SLOTS:
    void initTestCase()
    {
        m_t = new TempWorkspace(QDate(2022, 6, 20));
        m_cases = registerMaskCases(*m_t);
        QVERIFY(m_cases.size() >= 30);
    }
    void cleanupTestCase() { delete m_t; }

    void supervisionNoticePdf_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < int(m_cases.size()); ++i)
            QTest::newRow(m_cases[size_t(i)].variant.label) << i;
    }
    void supervisionNoticePdf()
    {
        QFETCH(int, index);
        const MaskCase &mc = m_cases[size_t(index)];
        const auto content = supervisionNoticeContent(*m_t->ws, mc.id);
        QVERIFY(content.ok());
        const Campaign campaign = m_t->ws->campaigns().campaign(m_t->campaign).value();
        OfficialDocument doc = NoticeGenerator(campaign, QDate(2022, 6, 20)).supervision(*content);
        doc.numberLine = QStringLiteral("奈司监〔2022〕1号");
        const Result<QByteArray> bytes = DocumentRenderer(DocumentFonts::resolve()).pdf(doc);
        QVERIFY(bytes.ok());
        const QString pdf = m_t->dir.filePath(QStringLiteral("notice-%1.pdf").arg(index));
        {
            QFile f(pdf);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(*bytes);
        }
        QString text;
        for (const probe::Page &page : probe::lines(pdf))
            for (const probe::Line &line : page.lines)
                text += line.text;
        QVERIFY2(text.contains(QStringLiteral("旗市场监督管理局")), qPrintable(text));
        QVERIFY2(leakIn(text, mc.variant).isEmpty(),
                 qPrintable(leakIn(text, mc.variant) + u" in "_qs + text));
        QVERIFY2(matchKey(text).contains(matchKey(mc.variant.keep)), qPrintable(text));
    }

    void ledgerExport()
    {
        const Campaign campaign = m_t->ws->campaigns().campaign(m_t->campaign).value();
        const auto units = m_t->ws->units().units(m_t->campaign).value();
        const auto problems = m_t->ws->ledger().problems(m_t->campaign).value();
        QCOMPARE(problems.size(), m_cases.size());
        const QString path = m_t->dir.filePath(QStringLiteral("ledger.xlsx"));
        QVERIFY(writeXlsx(path, ledgerWorkbook(campaign, units, problems, QDate(2022, 6, 20), nullptr)).ok());
        auto reader = XlsxReader::open(path);
        QVERIFY(reader.ok());
        QStringList rows;
        QVERIFY((*reader)
                    ->read([&rows](const SheetRow &row) {
                        QString text;
                        for (const Cell &c : row.cells)
                            text += c.text + QLatin1Char('|');
                        rows.append(text);
                        return true;
                    })
                    .ok());
        for (const MaskCase &mc : m_cases) {
            // The variant's own row: the description quotes the text around the secret.
            const auto row = std::find_if(rows.cbegin(), rows.cend(), [&](const QString &r) {
                return r.contains(QStringLiteral("经查")) &&
                       matchKey(r).contains(matchKey(mc.variant.keep)) && leakIn(r, mc.variant).isEmpty();
            });
            QVERIFY2(row != rows.cend(), mc.variant.label);
            for (const QString &r : rows)
                QVERIFY2(leakIn(r, mc.variant).isEmpty(),
                         qPrintable(QString::fromUtf8(mc.variant.label) + u": "_qs + r));
        }
    }

    void auditLog()
    {
        QSqlQuery q(m_t->ws->database().connection());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT changes FROM audit_log WHERE entity IN ('complaint', 'finding', 'problem')")));
        QStringList texts;
        while (q.next())
            collectStrings(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object(), texts);
        QVERIFY(texts.size() > 3 * int(m_cases.size()));
        for (const MaskCase &mc : m_cases) {
            bool kept = false;
            for (const QString &text : std::as_const(texts)) {
                QVERIFY2(leakIn(text, mc.variant).isEmpty(),
                         qPrintable(QString::fromUtf8(mc.variant.label) + u": "_qs + text));
                kept = kept || (text.startsWith(QStringLiteral("经查")) &&
                                matchKey(text).contains(matchKey(mc.variant.keep)));
            }
            QVERIFY2(kept, mc.variant.label);
        }
    }
};

QTEST_MAIN(TestMaskOutputs)
#include "tst_maskoutputs.moc"
