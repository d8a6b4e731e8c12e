// A supervision notice drafted from a real case and rendered to PDF: it says what the case holds and never
// the complainant, even where the clerk typed the name and number into the case's texts.
#include "documents/documentfonts.h"
#include "documents/documentrenderer.h"
#include "documents/noticegenerator.h"
#include "pdfprobe.h"
#include "services/documentservice.h"
#include "services/supervisionnoticesource.h"
#include "services/supervisionservice.h"
#include "services/unitservice.h"
#include "tempworkspace.h"

#include <QFile>
#include <QSignalSpy>
#include <QtTest>

using namespace oversight;

namespace {

/// Registers `unitName`, takes case `c` in for it, investigates it and issues the notice `n` on it.
ComplaintId caseWithNotice(TempWorkspace &t, const QString &unitName, Complaint c, const NoticeDraft &n)
{
    Unit u;
    u.campaign = t.campaign;
    u.name = unitName;
    c.campaign = t.campaign;
    c.unit = t.ws->units().create(u).value();
    SupervisionService &s = t.ws->supervision();
    const ComplaintId id = s.intake(c).value();
    if (!s.startInvestigation(id).ok() || !s.issueNotice(id, n).ok())
        return {};
    return id;
}

} // namespace

class TestSupervisionNoticePdf final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noticeFromACaseHidesTheComplainant()
    {
        TempWorkspace t(QDate(2022, 6, 20));
        Complaint c;
        c.receivedOn = QDate(2022, 6, 1);
        c.enterpriseName = QStringLiteral("奈曼旗宏达建材有限公司");
        c.enterpriseRelated = true;
        c.summary = QStringLiteral("何玉兰（电话13700000001）反映执法人员罚款未开票据。");
        c.complainantName = QStringLiteral("何玉兰");
        c.complainantContact = QStringLiteral("13700000001");
        NoticeDraft n;
        n.issuedOn = QDate(2022, 6, 20);
        n.facts = QStringLiteral("经调查，何玉兰反映的罚款未开具票据的情况属实。");
        n.reasons = QStringLiteral("违反罚缴分离规定。");
        n.decision = QStringLiteral("责令退还罚款并开具票据。");
        n.basis = QStringLiteral("《中华人民共和国行政处罚法》第七十条");
        n.correctBy = QDate(2022, 6, 30);
        n.replyDue = QDate(2022, 7, 5);
        const ComplaintId id = caseWithNotice(t, QStringLiteral("旗市场监督管理局"), c, n);
        QVERIFY(id.isValid());

        const auto content = supervisionNoticeContent(*t.ws, id);
        QVERIFY(content.ok());
        Campaign campaign = t.ws->campaigns().campaign(t.campaign).value();
        OfficialDocument doc = NoticeGenerator(campaign, QDate(2022, 6, 20)).supervision(*content);
        doc.numberLine = QStringLiteral("奈司监〔2022〕1号");
        const Result<QByteArray> bytes = DocumentRenderer(DocumentFonts::resolve()).pdf(doc);
        QVERIFY(bytes.ok());
        const QString pdf = t.dir.filePath(QStringLiteral("notice.pdf"));
        {
            QFile f(pdf);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(*bytes);
        }
        QString text;
        for (const probe::Page &page : probe::lines(pdf)) {
            for (const probe::Line &line : page.lines)
                text += line.text;
        }
        // What the case says is there …
        for (const QString &expected :
             {QStringLiteral("旗市场监督管理局"), QStringLiteral("2022-001"), QStringLiteral("宏达建材"),
              QStringLiteral("罚缴分离"), QStringLiteral("责令退还罚款")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" in ") + text));
        // … and who complained is not, neither in the text nor anywhere in the file's bytes.
        for (const QString &secret : {QStringLiteral("何玉兰"), QStringLiteral("13700000001")}) {
            QVERIFY2(!text.contains(secret), qPrintable(text));
            QVERIFY(!bytes->contains(secret.toUtf8()));
        }
        QVERIFY(text.contains(QStringLiteral("何**")));
    }

    void issuingTheNoticeEntersItsNumberInTheCaseHistory()
    {
        TempWorkspace t(QDate(2022, 6, 20));
        Complaint c;
        c.receivedOn = QDate(2022, 6, 2);
        c.summary = QStringLiteral("反映超限检测站执法不规范。");
        NoticeDraft n;
        n.issuedOn = QDate(2022, 6, 20);
        n.facts = QStringLiteral("经调查，检测站未出示执法证件。");
        n.reasons = QStringLiteral("违反亮证执法规定。");
        n.decision = QStringLiteral("责令整改。");
        n.basis = QStringLiteral("《内蒙古自治区行政执法监督条例》");
        n.correctBy = QDate(2022, 6, 30);
        n.replyDue = QDate(2022, 7, 5);
        const ComplaintId id = caseWithNotice(t, QStringLiteral("旗交通运输局"), c, n);
        QVERIFY(id.isValid());
        SupervisionService &s = t.ws->supervision();

        const Campaign campaign = t.ws->campaigns().campaign(t.campaign).value();
        const OfficialDocument doc = NoticeGenerator(campaign, QDate(2022, 6, 20))
                                         .supervision(supervisionNoticeContent(*t.ws, id).value());
        QCOMPARE(doc.caseId, id);
        // The case survives the draft's round trip through the database.
        DocumentService &docs = t.ws->documents();
        const auto draft = docs.createDraft(t.campaign, doc);
        QVERIFY(draft.ok());
        QCOMPARE(docs.document(*draft)->content.caseId, id);
        const auto before = s.history(id).value().size();

        QSignalSpy issued(&docs, &DocumentService::caseNoticeIssued);
        DocumentRenderer renderer(DocumentFonts::resolve());
        const auto record = docs.issue(*draft, [&](const OfficialDocument &d) { return renderer.pdf(d); });
        QVERIFY2(record.ok(), qPrintable(record ? QString() : record.error().fullText()));
        QCOMPARE(issued.count(), 1);
        QCOMPARE(issued.at(0).at(0).value<ComplaintId>(), id);
        const std::vector<ComplaintEvent> history = s.history(id).value();
        QCOMPARE(history.size(), before + 1);
        QCOMPARE(history.back().action, QStringLiteral("notice_document"));
        QCOMPARE(history.back().note, QStringLiteral("奈司监〔2022〕1号"));

        // A notice that names no case (typed by hand) touches no case.
        OfficialDocument loose = doc;
        loose.caseId = ComplaintId();
        const auto other = docs.createDraft(t.campaign, loose);
        QVERIFY(docs.issue(*other, [&](const OfficialDocument &d) { return renderer.pdf(d); }).ok());
        QCOMPARE(issued.count(), 1);
        QCOMPARE(s.history(id).value().size(), before + 1);
    }
};

QTEST_MAIN(TestSupervisionNoticePdf) // fonts need a QGuiApplication
#include "tst_supervisionnoticepdf.moc"
