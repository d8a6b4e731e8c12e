// Every output that can show a case's summary, fed the variants of maskvariants.h: the supervision notice
// drafted from the case (the PDF's text, through the notice generator and the renderer), the ledger export
// (the problems taken over from the cases), and the audit log. None shows the complainant; the text around
// stays.
#include "documents/documentfonts.h"
#include "documents/documentrenderer.h"
#include "documents/noticegenerator.h"
#include "exchange/problemexchange.h"
#include "exchange/xlsxreader.h"
#include "formats/xlsxwriter.h"
#include "maskcases.h"
#include "pdfprobe.h"
#include "services/campaignservice.h"
#include "services/ledgerservice.h"
#include "services/safetyservice.h"
#include "services/supervisionnoticesource.h"
#include "documents/ledgerrenderer.h"
#include "storage/auditlog.h"
#include "storage/transaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
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

    // Issue 19: text stored before masking existed (a ledger problem taken over from the case, an audit entry
    // about the case) holds the complainant in clear. The rows stay as written (the audit chain is not
    // rewritten); every output masks them: the ledger (page, PDF, XLSX and export read LedgerService), a
    // problem's history, and the audit view (SafetyService). Runs last: it changes the shared rows.
    void oldRowsAreMaskedOnOutput()
    {
        QSqlDatabase db = m_t->ws->database().connection();
        {
            Transaction tx(db);
            QVERIFY(tx.begun().ok());
            for (const MaskCase &mc : m_cases) {
                const QString old = QStringLiteral("经查") + mc.variant.text + QStringLiteral("，投诉人") +
                                    mc.variant.name + QStringLiteral("，电话") + mc.variant.contact;
                QSqlQuery q(db);
                q.prepare(QStringLiteral("UPDATE problems SET description = ?, measure = ?, progress = ? WHERE "
                                         "origin_kind = 'complaint_finding' AND origin_id IN (SELECT id FROM "
                                         "complaint_findings WHERE complaint_id = ?)"));
                q.addBindValue(old);
                q.addBindValue(old);
                q.addBindValue(old);
                q.addBindValue(mc.id.value);
                QVERIFY2(q.exec() && q.numRowsAffected() == 1, qPrintable(q.lastError().text()));
                // An entry as the program wrote it before masking: the complainant's fields in clear.
                AuditEntry e;
                e.at = QDateTime(QDate(2022, 6, 1), QTime(9, 0), Qt::UTC);
                e.actor = QStringLiteral("clerk");
                e.entity = QStringLiteral("complaint");
                e.entityId = mc.id.value;
                e.action = QStringLiteral("update");
                e.changes = QJsonObject{{QStringLiteral("complainant_name"), mc.variant.name},
                                        {QStringLiteral("complainant_contact"), mc.variant.contact},
                                        {QStringLiteral("summary"), old}};
                QVERIFY(AuditLog::append(db, e).ok());
            }
            QVERIFY(tx.commit().ok());
        }
        const auto chain = AuditLog::verify(db);
        QVERIFY(chain.ok() && chain->ok());

        const auto problems = m_t->ws->ledger().problems(m_t->campaign).value();
        QCOMPARE(problems.size(), m_cases.size());
        const Campaign campaign = m_t->ws->campaigns().campaign(m_t->campaign).value();
        const auto units = m_t->ws->units().units(m_t->campaign).value();
        const LedgerDocument ledger = LedgerDocument::make(campaign, units, problems, QDate(2022, 6, 20));
        for (const MaskCase &mc : m_cases) {
            for (const Problem &p : problems) {
                for (const QString &text : {p.description, p.measure, p.progress})
                    QVERIFY2(leakIn(text, mc.variant).isEmpty(),
                             qPrintable(QString::fromUtf8(mc.variant.label) + u": "_qs + text));
                const auto history = m_t->ws->ledger().history(p.id).value();
                for (const ProblemEvent &event : history)
                    QVERIFY2(leakIn(event.note, mc.variant).isEmpty(), qPrintable(event.note));
            }
            for (const LedgerDocument::Row &row : ledger.rows)
                QVERIFY2(leakIn(LedgerDocument::cells(row).join(u'|'), mc.variant).isEmpty(), mc.variant.label);
        }
        // The text around the secret stays.
        QVERIFY(std::any_of(problems.cbegin(), problems.cend(), [](const Problem &p) {
            return p.description.startsWith(QStringLiteral("经查")) && p.description.contains(QStringLiteral("电话"));
        }));

        SafetyService safety(m_t->ws->database());
        AuditFilter filter;
        filter.entity = QStringLiteral("complaint");
        const auto entries = safety.auditEntries(filter).value().first;
        QStringList texts;
        for (const AuditEntry &e : entries)
            collectStrings(e.changes, texts);
        QVERIFY(texts.size() > 3 * int(m_cases.size()));
        for (const MaskCase &mc : m_cases)
            for (const QString &text : std::as_const(texts))
                QVERIFY2(leakIn(text, mc.variant).isEmpty(),
                         qPrintable(QString::fromUtf8(mc.variant.label) + u": "_qs + text));
        // Nothing was rewritten: the stored rows still hold what was written, and the chain verifies.
        QSqlQuery raw(db);
        QVERIFY(raw.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE changes LIKE '%13912345678%'")));
        QVERIFY(raw.next() && raw.value(0).toInt() > 0);
        QVERIFY(raw.exec(QStringLiteral("SELECT count(*) FROM problems WHERE description LIKE '%李秘密%'")));
        QVERIFY(raw.next() && raw.value(0).toInt() > 0);
        QVERIFY(AuditLog::verify(db)->ok());
    }
};

QTEST_MAIN(TestMaskOutputs)
#include "tst_maskoutputs.moc"
