// The unit's own rules: what the register refuses, and the category words the clerk types.
#include "domain/unit.h"
#include "domain/unitfilter.h"

#include <QtTest>

using namespace oversight;

namespace {
Unit unitNamed(const QString &name, const QString &phone = {})
{
    Unit u;
    u.name = name;
    u.contactPhone = phone;
    return u;
}

QStringList fieldsOf(const QList<FieldError> &errors)
{
    QStringList fields;
    for (const FieldError &e : errors)
        fields.append(e.field);
    return fields;
}
} // namespace

class TestUnit final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validUnit()
    {
        QVERIFY(validateUnit(unitNamed(QStringLiteral("旗市场监督管理局"), QStringLiteral("0475-0012345")))
                    .isEmpty());
        QVERIFY(validateUnit(unitNamed(QStringLiteral("八仙筒镇"))).isEmpty()); // a contact is named later
        QVERIFY(
            validateUnit(unitNamed(QStringLiteral("旗交通运输局"), QStringLiteral("（0475）4212345转8012")))
                .isEmpty());
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("field");
        QTest::newRow("empty name") << QString() << QString() << QStringLiteral("name");
        QTest::newRow("blank name") << QStringLiteral("  \t ") << QString() << QStringLiteral("name");
        QTest::newRow("phone without digits")
            << QStringLiteral("旗司法局") << QStringLiteral("无") << QStringLiteral("contactPhone");
        QTest::newRow("phone with letters")
            << QStringLiteral("旗司法局") << QStringLiteral("0475-abc123") << QStringLiteral("contactPhone");
        QTest::newRow("phone of three digits")
            << QStringLiteral("旗司法局") << QStringLiteral("123") << QStringLiteral("contactPhone");
        QTest::newRow("second phone too short")
            << QStringLiteral("旗司法局") << QStringLiteral("0475-1234567、8899") << QStringLiteral("contactPhone");
        QTest::newRow("very long name") << QString(101, QChar(0x5c40)) << QString() << QStringLiteral("name");
    }

    void refuses()
    {
        QFETCH(QString, name);
        QFETCH(QString, phone);
        QFETCH(QString, field);
        const QList<FieldError> errors = validateUnit(unitNamed(name, phone));
        QCOMPARE(fieldsOf(errors), QStringList{field});
        QVERIFY(!errors.first().message.isEmpty());
    }

    void phoneMessageQuotesTheInput()
    {
        const QList<FieldError> errors =
            validateUnit(unitNamed(QStringLiteral("旗司法局"), QStringLiteral("待定")));
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().message.contains(QStringLiteral("待定")));
    }

    /// "123" is no phone number: refused, quoting it and saying how many digits a number has; real local,
    /// mobile and extension forms pass.
    void aShortPhoneIsRefused()
    {
        const QList<FieldError> errors = validateUnit(unitNamed(QStringLiteral("旗司法局"), QStringLiteral("123")));
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().message.contains(QStringLiteral("\"123\"")), qPrintable(errors.first().message));
        QVERIFY2(errors.first().message.contains(QStringLiteral("7")), qPrintable(errors.first().message));
        for (const char *ok : {"0475-1234567", "13900000001", "0475-1234567转8001", "(0475)1234567", "8123456",
                               "0475-1234567、13900000001"})
            QVERIFY2(validateUnit(unitNamed(QStringLiteral("旗司法局"), QString::fromUtf8(ok))).isEmpty(), ok);
    }

    void categories()
    {
        QCOMPARE(categoryFromText(QStringLiteral("部门")), std::optional(Unit::Category::Department));
        QCOMPARE(categoryFromText(QStringLiteral(" 苏木乡镇 ")), std::optional(Unit::Category::Township));
        QCOMPARE(categoryFromText(QStringLiteral("乡镇")), std::optional(Unit::Category::Township));
        QCOMPARE(categoryFromText(QStringLiteral("township")), std::optional(Unit::Category::Township));
        QCOMPARE(categoryFromText(QStringLiteral("企业")), std::nullopt);
        QCOMPARE(categoryFromKey(categoryKey(Unit::Category::Department)),
                 std::optional(Unit::Category::Department));
        QCOMPARE(categoryFromKey(QStringLiteral("部门")),
                 std::nullopt); // stored keys are stable English text
    }

    void unknownCategoryIsRefused()
    {
        QCOMPARE(parseCategory(QStringLiteral("苏木乡镇")).value(), Unit::Category::Township);
        const auto bad = parseCategory(QStringLiteral(" 企业 "));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().field, QStringLiteral("category"));
        QVERIFY(bad.error().message.contains(QStringLiteral("\"企业\"")));
        QVERIFY(bad.error().message.contains(QStringLiteral("部门")));
        QVERIFY(!parseCategory(QString()).ok());
    }

    void contactNamed()
    {
        Unit u = unitNamed(QStringLiteral("旗公安局"));
        QVERIFY(!u.hasContact());
        u.contactPerson = QStringLiteral("王某");
        QVERIFY(!u.hasContact()); // the plan asks for a person and a phone
        u.contactPhone = QStringLiteral("0475-1234567");
        QVERIFY(u.hasContact());
    }

    void filter()
    {
        Unit u = unitNamed(QStringLiteral("旗交通运输局"), QStringLiteral("0475-0012345"));
        u.contactPerson = QStringLiteral("刘某");
        UnitFilter f;
        QVERIFY(f.isEmpty());
        QVERIFY(f.matches(u));
        f.text = QStringLiteral("运输");
        QVERIFY(f.matches(u));
        f.text = QStringLiteral("０４７５"); // typed full-width by an input method
        QVERIFY(f.matches(u));
        f.text = QStringLiteral("公安");
        QVERIFY(!f.matches(u));
        f.text.clear();
        f.category = Unit::Category::Township;
        QVERIFY(!f.matches(u));
        f.category = Unit::Category::Department;
        QVERIFY(f.matches(u));
        f.onlyWithoutContact = true;
        QVERIFY(!f.matches(u));
        u.contactPhone.clear();
        QVERIFY(f.matches(u));
    }
};

QTEST_GUILESS_MAIN(TestUnit)
#include "tst_unit.moc"
