// The complainant masking engine on its own: every variant of maskvariants.h is masked, the text around it
// stays readable, numbers that are not the complainant's stay, and a few outputs are pinned exactly.
#include "domain/complaint.h"
#include "domain/privacymask.h"
#include "maskvariants.h"

#include <QtTest>

using namespace oversight;

class TestPrivacyMask final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyVariantIsMasked_data()
    {
        QTest::addColumn<int>("index");
        const auto variants = maskVariants();
        QVERIFY(variants.size() >= 30);
        for (int i = 0; i < variants.size(); ++i)
            QTest::newRow(variants.at(i).label) << i;
    }
    void everyVariantIsMasked()
    {
        QFETCH(int, index);
        const MaskVariant v = maskVariants().at(index);
        // The variant itself leaks before masking: the check can fail.
        QVERIFY(!leakIn(v.text, v).isEmpty());
        Complaint c;
        c.complainantName = v.name;
        c.complainantContact = v.contact;
        const QString out = redactComplainant(v.text, c);
        QVERIFY2(leakIn(out, v).isEmpty(), qPrintable(leakIn(out, v) + QStringLiteral(" in ") + out));
        QVERIFY2(out.contains(v.keep), qPrintable(out));
        QVERIFY2(out.contains(QLatin1Char('*')), qPrintable(out));
    }

    void maskedOutputStaysReadable_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("contact");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const QString name = QStringLiteral("李秘密");
        const QString mobile = QStringLiteral("13912345678");
        QTest::newRow("spaced name") << name << mobile << QStringLiteral("据李 秘 密反映")
                                     << QStringLiteral("据李**反映");
        QTest::newRow("zero-width name")
            << name << mobile << QStringLiteral("李\u200b秘密反映") << QStringLiteral("李**反映");
        QTest::newRow("one character")
            << QStringLiteral("王") << mobile << QStringLiteral("王反映") << QStringLiteral("*反映");
        QTest::newRow("enterprise") << name << mobile << QStringLiteral("李秘密商贸有限公司")
                                    << QStringLiteral("李**商贸有限公司");
        QTest::newRow("dashed mobile") << name << mobile << QStringLiteral("电话139-1234-5678。")
                                       << QStringLiteral("电话139-****-5678。");
        QTest::newRow("spaced mobile") << name << mobile << QStringLiteral("电话139 1234 5678。")
                                       << QStringLiteral("电话139 **** 5678。");
        QTest::newRow("full-width mobile")
            << name << mobile << QStringLiteral("１３９１２３４５６７８") << QStringLiteral("139****5678");
        QTest::newRow("landline typed whole")
            << name << QStringLiteral("0475-8123456") << QStringLiteral("04758123456")
            << QStringLiteral("047****3456");
        QTest::newRow("local number") << name << QStringLiteral("0475-8123456") << QStringLiteral("拨8123456")
                                      << QStringLiteral("拨*******");
        QTest::newRow("other numbers stay")
            << name << mobile << QStringLiteral("罚款20000元，案号2022-0012345，电话13800000000")
            << QStringLiteral("罚款20000元，案号2022-0012345，电话13800000000");
        QTest::newRow("nothing to mask") << QString() << QString() << QStringLiteral("李秘密 13912345678")
                                         << QStringLiteral("李秘密 13912345678");
    }
    void maskedOutputStaysReadable()
    {
        QFETCH(QString, name);
        QFETCH(QString, contact);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        Complaint c;
        c.complainantName = name;
        c.complainantContact = contact;
        QCOMPARE(redactComplainant(text, c), expected);
    }

    void anEditMasksTheOldComplainantToo()
    {
        Complaint before;
        before.complainantName = QStringLiteral("赵旧名");
        Complaint after;
        after.complainantName = QStringLiteral("钱新名");
        after.complainantContact = QStringLiteral("13900000009");
        QCOMPARE(redactComplainant(QStringLiteral("赵旧名即钱 新名，1390000 0009"), after, &before),
                 QStringLiteral("赵**即钱**，139**** 0009"));
    }

    void auditFieldsMaskTheEnterpriseName()
    {
        Complaint c;
        c.complainantName = QStringLiteral("李秘密");
        c.enterpriseName = QStringLiteral("李 秘密商贸");
        c.summary = QStringLiteral("李\u200b秘密反映");
        const QJsonObject fields = auditFields(c);
        QCOMPARE(fields.value(QStringLiteral("enterprise_name")).toString(), QStringLiteral("李**商贸"));
        QCOMPARE(fields.value(QStringLiteral("summary")).toString(), QStringLiteral("李**反映"));
        QCOMPARE(fields.value(QStringLiteral("complainant_name")).toString(), QStringLiteral("recorded"));
    }

    void namesMaskByCharacter()
    {
        QCOMPARE(maskName(QStringLiteral("王")), QStringLiteral("*"));
        QCOMPARE(maskName(QStringLiteral("李\u200b秘密")), QStringLiteral("李**"));
        QCOMPARE(maskName(QStringLiteral("欧阳春华")), QStringLiteral("欧***"));
        QCOMPARE(maskName(QStringLiteral(" ")), QString());
    }

    void phoneNumbersAreReadByDigits()
    {
        QCOMPARE(ComplainantMask::phoneNumbers(QStringLiteral("0475-8123456转801")),
                 QStringList{QStringLiteral("04758123456")});
        QCOMPARE(ComplainantMask::phoneNumbers(QStringLiteral("１３９ １２３４ ５６７８")),
                 QStringList{QStringLiteral("13912345678")});
        QCOMPARE(ComplainantMask::phoneNumbers(QStringLiteral("2022年6月1日 12345")), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestPrivacyMask)
#include "tst_privacymask.moc"
