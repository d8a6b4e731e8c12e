// Issue 19, hole 10: issuing a notice is one unit of work. DocumentService::issueNew stores the draft, its
// number and the exact PDF bytes in one transaction: any failure leaves nothing, success leaves a numbered
// document whose stored PDF reprints.
#include "services/documentservice.h"
#include "storage/auditlog.h"
#include "tempworkspace.h"

#include <QtTest>

using namespace oversight;

namespace {

OfficialDocument sample()
{
    OfficialDocument d;
    d.kind = DocumentKind::Reminder;
    d.authority = QStringLiteral("奈曼旗司法局");
    d.title = QStringLiteral("关于报送材料的通知");
    d.addressee = QStringLiteral("旗公安局");
    d.body = QStringLiteral("请于2022年7月27日前报送有关材料。");
    d.signature = QStringLiteral("奈曼旗司法局");
    return d;
}

// Stands in for the PDF painter: the bytes name the number they were made with.
Result<QByteArray> fakePdf(const OfficialDocument &d)
{
    return QByteArray(QByteArray("%PDF-1.4 fake ") + d.numberLine.toUtf8());
}

} // namespace

class TestDocumentIssue final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void issuesDraftNumberAndPdfTogether()
    {
        TempWorkspace t(QDate(2022, 7, 20));
        DocumentService &docs = t.ws->documents();
        const qint64 entriesBefore = AuditLog::count(t.ws->database().connection()).value();
        const Result<DocumentRecord> issued = docs.issueNew(t.campaign, sample(), &fakePdf);
        QVERIFY2(issued.ok(), qPrintable(issued.ok() ? QString() : issued.error().fullText()));
        QCOMPARE(issued->status, DocumentStatus::Issued);
        QCOMPARE(issued->number.text(), QStringLiteral("奈司字〔2022〕12号"));
        QCOMPARE(docs.reprint(issued->id).value(), QByteArray("%PDF-1.4 fake 奈司字〔2022〕12号"));
        QCOMPARE(AuditLog::count(t.ws->database().connection()).value(), entriesBefore + 2); // create, issue
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM documents")).toInt(), 1);
    }

    void aFailureLeavesNothing()
    {
        TempWorkspace t(QDate(2022, 7, 20));
        DocumentService &docs = t.ws->documents();
        // The painter fails after the number was taken: no draft, no number.
        const Result<DocumentRecord> failed =
            docs.issueNew(t.campaign, sample(), [](const OfficialDocument &) {
                return Result<QByteArray>(makeError(Error::Code::Io, QStringLiteral("no fonts")));
            });
        QVERIFY(!failed.ok());
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM documents")).toInt(), 0);
        // A document that cannot be issued is refused before anything is written.
        OfficialDocument placeholder = sample();
        placeholder.body = QStringLiteral("请于【日期】前报送。");
        QVERIFY(!docs.issueNew(t.campaign, placeholder, &fakePdf).ok());
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM documents")).toInt(), 0);
        // The number is still the next one.
        QCOMPARE(docs.issueNew(t.campaign, sample(), &fakePdf)->number.number, 12);
    }
};

QTEST_GUILESS_MAIN(TestDocumentIssue)
#include "tst_documentissue.moc"
