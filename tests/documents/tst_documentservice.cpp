// Issuing official documents: numbers per series and year, frozen text, voiding, reprinting the exact bytes,
// and numbers that never repeat when two connections issue at once.
#include "../storage/tempworkspace.h"
#include "documents/documentfonts.h"
#include "documents/documentrenderer.h"
#include "documents/noticegenerator.h"
#include "services/documentservice.h"
#include "services/unitservice.h"
#include "storage/auditlog.h"
#include "storage/documentrepository.h"
#include "storage/transaction.h"

#include <QCryptographicHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QThread>
#include <QtTest>

#include <atomic>

using namespace oversight;

namespace {

OfficialDocument sample(DocumentKind kind, const QString &title = QStringLiteral("关于测试的通知"))
{
    OfficialDocument d;
    d.kind = kind;
    d.authority = QStringLiteral("奈曼旗司法局");
    d.title = title;
    d.addressee = QStringLiteral("旗公安局");
    d.body = QStringLiteral("请于2022年7月27日前报送有关材料。");
    d.signature = QStringLiteral("奈曼旗司法局");
    d.printedBy = QStringLiteral("奈曼旗司法局法制股");
    return d;
}

} // namespace

class TestDocumentService final : public QObject
{
    Q_OBJECT

    DocumentService::Renderer m_render;
    std::unique_ptr<DocumentRenderer> m_renderer;

private Q_SLOTS:
    void initTestCase()
    {
        m_renderer = std::make_unique<DocumentRenderer>(DocumentFonts::resolve());
        m_render = [this](const OfficialDocument &d) { return m_renderer->pdf(d); };
    }

    void numbersFollowThePlanAndSeriesAreSeparate()
    {
        TempWorkspace t(QDate(2022, 7, 20));
        DocumentService &docs = t.ws->documents();
        // The plan itself is 奈司字〔2022〕11号, issued outside the program: notices go on from 12.
        const auto a = docs.createDraft(t.campaign, sample(DocumentKind::Reminder));
        const auto b = docs.createDraft(t.campaign, sample(DocumentKind::SpotCheck));
        const auto s = docs.createDraft(t.campaign, sample(DocumentKind::Supervision));
        QVERIFY(a && b && s);
        const auto ia = docs.issue(*a, m_render);
        QVERIFY2(ia, qPrintable(ia ? QString() : ia.error().fullText()));
        QCOMPARE(ia->number.text(), QStringLiteral("奈司字〔2022〕12号"));
        QCOMPARE(ia->content.numberLine, QStringLiteral("奈司字〔2022〕12号"));
        QCOMPARE(docs.issue(*b, m_render)->number.text(), QStringLiteral("奈司字〔2022〕13号"));
        QCOMPARE(docs.issue(*s, m_render)->number.text(), QStringLiteral("奈司监〔2022〕1号"));
        // A second issue of the same document is refused and takes no number.
        const auto again = docs.issue(*a, m_render);
        QVERIFY(!again);
        QCOMPARE(again.error().code, Error::Code::Conflict);
        QCOMPARE(*docs.numbersInUse(QStringLiteral("奈司字"), 2022), (std::vector<int>{12, 13}));
    }

    void aPlaceholderBlocksIssuing()
    {
        TempWorkspace t(QDate(2022, 7, 20));
        const OfficialDocument draft =
            NoticeGenerator(*t.ws->campaigns().campaign(t.campaign), QDate(2022, 7, 20))
                .spotCheck(SpotCheckResults{});
        QVERIFY(hasPlaceholder(draft.body));
        const auto id = t.ws->documents().createDraft(t.campaign, draft);
        QVERIFY(id);
        const auto issued = t.ws->documents().issue(*id, m_render);
        QVERIFY(!issued);
        QVERIFY2(issued.error().message.contains(QStringLiteral("【")), qPrintable(issued.error().message));
        QCOMPARE(t.ws->documents().document(*id)->status, DocumentStatus::Draft);
        QVERIFY(t.ws->documents().numbersInUse(QStringLiteral("奈司字"), 2022)->empty());
    }

    void issuedTextIsFrozenAndReprintedByteForByte()
    {
        TempWorkspace t(QDate(2022, 7, 20));
        DocumentService &docs = t.ws->documents();
        const auto id = docs.createDraft(t.campaign, sample(DocumentKind::Reminder));
        QVERIFY(id);
        QByteArray rendered;
        const auto issued = docs.issue(*id, [&](const OfficialDocument &d) {
            auto r = m_renderer->pdf(d);
            rendered = *r;
            return r;
        });
        QVERIFY(issued);
        const auto reprint = docs.reprint(*id);
        QVERIFY(reprint);
        QCOMPARE(*reprint, rendered);
        QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(*reprint, QCryptographicHash::Sha256).toHex()),
                 issued->pdfSha256);

        // The service refuses to edit or delete it; so does the database itself.
        OfficialDocument edited = issued->content;
        edited.body += QStringLiteral("补充一句。");
        QCOMPARE(docs.saveDraft(*id, edited).error().code, Error::Code::Conflict);
        QCOMPARE(docs.deleteDraft(*id).error().code, Error::Code::Conflict);
        QVERIFY(!t.run(QStringLiteral("UPDATE documents SET content = '{}' WHERE id = %1").arg(id->value)));
        QVERIFY(!t.run(QStringLiteral("UPDATE documents SET number = 99 WHERE id = %1").arg(id->value)));
        QVERIFY(!t.run(QStringLiteral("DELETE FROM documents WHERE id = %1").arg(id->value)));

        // A PDF changed behind the program's back is refused, not reprinted.
        QVERIFY(t.run(QStringLiteral("DROP TRIGGER documents_frozen")));
        QVERIFY(
            t.run(QStringLiteral("UPDATE documents SET pdf = CAST('%PDF-1.4 forged' AS BLOB) WHERE id = %1")
                      .arg(id->value)));
        const auto forged = docs.reprint(*id);
        QVERIFY(!forged);
        QCOMPARE(forged.error().code, Error::Code::Damaged);
    }

    void voidedNumbersStayRecordedWithTheirReason()
    {
        TempWorkspace t(QDate(2022, 7, 20));
        DocumentService &docs = t.ws->documents();
        std::vector<DocumentId> ids;
        for (int i = 0; i < 3; ++i) {
            const auto id = docs.createDraft(t.campaign, sample(DocumentKind::Reminder));
            QVERIFY(id && docs.issue(*id, m_render));
            ids.push_back(*id);
        }
        QCOMPARE(docs.voidDocument(ids[1], QStringLiteral("  ")).error().code, Error::Code::Invalid);
        const qint64 entries = *AuditLog::count(t.ws->database().connection());
        QVERIFY(docs.voidDocument(ids[1], QStringLiteral("主送单位写错，重新发文")));
        QCOMPARE(*AuditLog::count(t.ws->database().connection()), entries + 1);
        const auto voided = docs.document(ids[1]);
        QCOMPARE(voided->status, DocumentStatus::Voided);
        QCOMPARE(voided->voidReason, QStringLiteral("主送单位写错，重新发文"));
        QCOMPARE(voided->number.number, 13);
        QVERIFY(docs.reprint(ids[1])); // the voided PDF is still on file
        // The next number goes on after the voided one; no number is skipped or reused.
        const auto next = docs.createDraft(t.campaign, sample(DocumentKind::Reminder));
        QCOMPARE(docs.issue(*next, m_render)->number.number, 15);
        QCOMPARE(*docs.numbersInUse(QStringLiteral("奈司字"), 2022), (std::vector<int>{12, 13, 14, 15}));
        QVERIFY(AuditLog::verify(t.ws->database().connection())->ok());
    }

    void numbersNeverRepeatUnderConcurrentIssuing()
    {
        TempWorkspace t(QDate(2022, 7, 20));
        const QString path = t.path();
        constexpr int perThread = 20;
        std::atomic<int> failures{0};
        QStringList errors;
        QMutex errorLock;

        const auto issuer = [&](const QString &name) {
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(path);
                db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=20000"));
                if (!db.open()) {
                    ++failures;
                    return;
                }
                QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
                DocumentRepository repo(db);
                for (int i = 0; i < perThread; ++i) {
                    // The service's protocol: the first statement writes, so the maximum is read under the
                    // lock.
                    Transaction tx(db);
                    const QDateTime now = QDateTime::currentDateTimeUtc();
                    auto id = repo.insertDraft(t.campaign, sample(DocumentKind::Reminder), now);
                    Result<int> next =
                        id ? repo.nextNumber(QStringLiteral("奈司字"), 2022, 0) : Result<int>(id.error());
                    Result<void> marked = next ? repo.markIssued(*id, sample(DocumentKind::Reminder),
                                                                 {QStringLiteral("奈司字"), 2022, *next},
                                                                 QByteArray("%PDF"), QStringLiteral("x"), now)
                                               : Result<void>(next.error());
                    if (marked)
                        marked = tx.commit();
                    if (!marked) {
                        ++failures;
                        QMutexLocker locker(&errorLock);
                        errors << marked.error().fullText();
                    }
                }
            }
            QSqlDatabase::removeDatabase(name);
        };
        std::unique_ptr<QThread> one(QThread::create(issuer, QStringLiteral("issuer-1")));
        std::unique_ptr<QThread> two(QThread::create(issuer, QStringLiteral("issuer-2")));
        one->start();
        two->start();
        QVERIFY(one->wait(60000));
        QVERIFY(two->wait(60000));
        QVERIFY2(failures == 0, qPrintable(errors.join(QLatin1Char('\n'))));

        const auto numbers = t.ws->documents().numbersInUse(QStringLiteral("奈司字"), 2022);
        QVERIFY(numbers);
        QCOMPARE(int(numbers->size()), 2 * perThread);
        for (int i = 0; i < 2 * perThread; ++i)
            QCOMPARE((*numbers)[size_t(i)], i + 1); // unique, and no gap
    }

    void migrationFromSchemaOneAddsTheTable()
    {
        TempWorkspace t;
        QCOMPARE(
            t.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'documents'")).toInt(),
            1);
        QVERIFY(t.ws->database().schemaVersion() >= 2);
    }
};

QTEST_MAIN(TestDocumentService)
#include "tst_documentservice.moc"
