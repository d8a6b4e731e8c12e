// A complaint's own rules: the workflow's allowed steps, when a case is overdue, masking, the words of
// channels, and the filter of the supervision page.
#include "domain/complaint.h"
#include "domain/complaintfilter.h"

#include <QtTest>

using namespace oversight;
using S = Complaint::Status;

class TestComplaint final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workflowSteps()
    {
        QVERIFY(canMove(S::Registered, S::Investigating));
        QVERIFY(!canMove(S::Registered, S::NoticeIssued)); // an outcome needs an investigation first
        QVERIFY(!canMove(S::Registered, S::Closed));
        QVERIFY(canMove(S::Investigating, S::NoViolation));
        QVERIFY(canMove(S::Investigating, S::NoticeIssued));
        QVERIFY(canMove(S::Investigating, S::Referred));
        QVERIFY(!canMove(S::Investigating, S::Closed));
        QVERIFY(canMove(S::NoticeIssued, S::UnitReplied));
        QVERIFY(!canMove(S::NoticeIssued, S::Closed)); // the unit's reply comes first
        QVERIFY(canMove(S::UnitReplied, S::Closed));
        QVERIFY(canMove(S::NoViolation, S::Closed));
        QVERIFY(canMove(S::Referred, S::Closed));
        for (S s : allStatuses())
            QVERIFY(!canMove(S::Closed, s));
        for (S s : allStatuses())
            QVERIFY(!canMove(s, s));
    }

    void overdueBoundaries()
    {
        Complaint c;
        c.receivedOn = QDate(2022, 6, 1);
        c.handlingDue = QDate(2022, 7, 1);
        c.status = S::Registered;
        QVERIFY(!c.isOverdue(QDate(2022, 6, 30)));
        QVERIFY(!c.isOverdue(QDate(2022, 7, 1))); // the deadline day itself is not overdue
        QVERIFY(c.isOverdue(QDate(2022, 7, 2)));  // the day after is
        c.status = S::Investigating;
        QVERIFY(c.isOverdue(QDate(2022, 7, 2)));

        // Once a notice is out, the reply deadline counts, not the handling one.
        c.status = S::NoticeIssued;
        c.replyDue = QDate(2022, 7, 20);
        QVERIFY(!c.isOverdue(QDate(2022, 7, 20)));
        QVERIFY(c.isOverdue(QDate(2022, 7, 21)));
        QCOMPARE(c.currentDeadline(), QDate(2022, 7, 20));

        for (S s : {S::NoViolation, S::Referred, S::UnitReplied, S::Closed}) {
            c.status = s;
            QVERIFY(!c.isOverdue(QDate(2023, 1, 1)));
        }
    }

    void masking()
    {
        QCOMPARE(maskName(QStringLiteral("张三")), QStringLiteral("张*"));
        QCOMPARE(maskName(QStringLiteral("欧阳春华")), QStringLiteral("欧***"));
        QCOMPARE(maskName(QStringLiteral("王")), QStringLiteral("*"));
        QCOMPARE(maskName(QString()), QString());
        QCOMPARE(maskContact(QStringLiteral("13812345678")), QStringLiteral("138****5678"));
        QCOMPARE(maskContact(QStringLiteral("0475-0011111")), QStringLiteral("047*****1111"));
        QCOMPARE(maskContact(QStringLiteral("12345")), QStringLiteral("1****"));
        QCOMPARE(maskContact(QString()), QString());

        Complaint c;
        c.complainantName = QStringLiteral("李四");
        c.complainantContact = QStringLiteral("13912345678");
        QCOMPARE(redactComplainant(QStringLiteral("李四（电话13912345678）反映"), c),
                 QStringLiteral("李*（电话139****5678）反映"));
    }

    void auditNeverCarriesTheComplainant()
    {
        Complaint c;
        c.complainantName = QStringLiteral("李四");
        c.complainantContact = QStringLiteral("13912345678");
        c.summary = QStringLiteral("罚款未出具票据");
        const QJsonObject fields = auditFields(c);
        const QByteArray bytes = QJsonDocument(fields).toJson();
        QVERIFY(!bytes.contains(QStringLiteral("李四").toUtf8()));
        QVERIFY(!bytes.contains("13912345678"));
        QCOMPARE(fields.value(QStringLiteral("complainant_name")).toString(), QStringLiteral("recorded"));
    }

    void channels()
    {
        for (Complaint::Channel ch : allChannels()) {
            QCOMPARE(channelFromKey(channelKey(ch)), ch);
            QCOMPARE(parseChannel(channelWord(ch)).value(), ch);
        }
        QCOMPARE(parseChannel(QStringLiteral(" 媒体曝光 ")).value(), Complaint::Channel::Media);
        const auto bad = parseChannel(QStringLiteral("传真"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().field, QStringLiteral("channel"));
        QVERIFY(bad.error().message.contains(QStringLiteral("传真")));
        QVERIFY(bad.error().message.contains(QStringLiteral("回访发现")));
    }

    void validation()
    {
        Complaint c;
        const auto fields = [](const QList<FieldError> &errors) {
            QStringList out;
            for (const FieldError &e : errors)
                out.append(e.field);
            return out;
        };
        QCOMPARE(
            fields(validateComplaint(c)),
            (QStringList{QStringLiteral("receivedOn"), QStringLiteral("unit"), QStringLiteral("summary")}));
        c.receivedOn = QDate(2022, 6, 1);
        c.unit = UnitId(3);
        c.summary = QStringLiteral("x");
        QVERIFY(validateComplaint(c).isEmpty());
        c.enterpriseRelated = true;
        QCOMPARE(fields(validateComplaint(c)), QStringList{QStringLiteral("enterpriseName")});
    }

    void filter()
    {
        Complaint c;
        c.reference = QStringLiteral("2022-003");
        c.unit = UnitId(2);
        c.channel = Complaint::Channel::Media;
        c.status = S::Investigating;
        c.handlingDue = QDate(2022, 7, 1);
        c.enterpriseName = QStringLiteral("奈曼旗宏达建材有限公司");
        c.summary = QStringLiteral("重复检查");
        c.complainantName = QStringLiteral("赵六");
        const QDate today(2022, 7, 2);

        ComplaintFilter f;
        QVERIFY(f.isEmpty());
        QVERIFY(f.matches(c, today));
        f.onlyOverdue = true;
        QVERIFY(f.matches(c, today));
        QVERIFY(!f.matches(c, QDate(2022, 7, 1)));
        f = {};
        f.unit = UnitId(3);
        QVERIFY(!f.matches(c, today));
        f = {};
        f.channel = Complaint::Channel::Phone;
        QVERIFY(!f.matches(c, today));
        f = {};
        f.status = S::Closed;
        QVERIFY(!f.matches(c, today));
        f = {};
        f.text = QStringLiteral("宏达");
        QVERIFY(f.matches(c, today));
        f.text = QStringLiteral("赵六"); // the complainant is never searchable
        QVERIFY(!f.matches(c, today));
        f = {};
        f.onlyOpen = true;
        QVERIFY(f.matches(c, today));
        c.status = S::Closed;
        QVERIFY(!f.matches(c, today));
    }
};

QTEST_GUILESS_MAIN(TestComplaint)
#include "tst_complaint.moc"
