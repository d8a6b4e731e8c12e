// A broken campaign definition is refused with the JSON path of each fault, never a crash;
// cloning moves every date by whole years.
#include "campaign/campaignloader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

using namespace oversight;

namespace {

QJsonObject shipped()
{
    QFile f(CampaignLoader::builtinPath());
    if (!f.open(QIODevice::ReadOnly))
        qFatal("the built-in campaign is not in the resources");
    return QJsonDocument::fromJson(f.readAll()).object();
}

QByteArray bytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson();
}

// Sets a value at a path of keys and indexes, e.g. {"phases", 2, "to"}.
QJsonValue setAt(QJsonValue node, QList<QVariant> path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QVariant step = path.takeFirst();
    if (step.typeId() == QMetaType::Int) {
        QJsonArray a = node.toArray();
        a[step.toInt()] = setAt(a.at(step.toInt()), path, value);
        return a;
    }
    QJsonObject o = node.toObject();
    if (path.isEmpty() && value.isUndefined())
        o.remove(step.toString());
    else
        o.insert(step.toString(), setAt(o.value(step.toString()), path, value));
    return o;
}

} // namespace

class TestCampaignLoader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedLoads()
    {
        const auto c = CampaignLoader::parse(bytes(shipped()));
        QVERIFY(c.ok());
    }

    void rejects_data()
    {
        QTest::addColumn<QVariantList>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");

        QTest::newRow("impossible date") << QVariantList{QStringLiteral("phases"), 2, QStringLiteral("to")}
                                         << QJsonValue(QStringLiteral("2022-02-30"))
                                         << QStringLiteral("phases[2].to: \"2022-02-30\" is not a date");
        QTest::newRow("date in another form")
            << QVariantList{QStringLiteral("deadlines"), 1, QStringLiteral("due")}
            << QJsonValue(QStringLiteral("2022/5/21"))
            << QStringLiteral("deadlines[1].due: \"2022/5/21\" is not a date");
        QTest::newRow("number as date") << QVariantList{QStringLiteral("issued_on")} << QJsonValue(20220323)
                                        << QStringLiteral("issued_on: \"20220323\" is not a date");
        QTest::newRow("missing title")
            << QVariantList{QStringLiteral("title")} << QJsonValue(QJsonValue::Undefined)
            << QStringLiteral("title: is missing");
        QTest::newRow("empty authority")
            << QVariantList{QStringLiteral("authority")} << QJsonValue(QStringLiteral("  "))
            << QStringLiteral("authority: must not be empty");
        QTest::newRow("unknown area")
            << QVariantList{QStringLiteral("forms"), 3, QStringLiteral("area")} << QJsonValue(42)
            << QStringLiteral("forms[3].area: area 42 is not defined");
        QTest::newRow("unknown kind") << QVariantList{QStringLiteral("forms"), 0, QStringLiteral("kind")}
                                      << QJsonValue(QStringLiteral("table"))
                                      << QStringLiteral("forms[0].kind: \"table\" is not a kind of form");
        QTest::newRow("duplicate area")
            << QVariantList{QStringLiteral("areas"), 1, QStringLiteral("number")} << QJsonValue(1)
            << QStringLiteral("areas[1].number: 1 is used twice");
        QTest::newRow("unknown form in deadline")
            << QVariantList{QStringLiteral("deadlines"), 1, QStringLiteral("forms"), 0}
            << QJsonValue(QStringLiteral("附件9"))
            << QStringLiteral("deadlines[1].forms[0]: \"附件9\" is not a form");
        QTest::newRow("unknown deadline")
            << QVariantList{QStringLiteral("forms"), 9, QStringLiteral("deadline")}
            << QJsonValue(QStringLiteral("never"))
            << QStringLiteral("forms[9].deadline: \"never\" is not a key");
        QTest::newRow("percent out of range")
            << QVariantList{QStringLiteral("rules"), QStringLiteral("self_check_min_percent")}
            << QJsonValue(130) << QStringLiteral("rules.self_check_min_percent: 130 is out of range");
        QTest::newRow("fraction") << QVariantList{QStringLiteral("rules"),
                                                  QStringLiteral("spot_check_min_files")}
                                  << QJsonValue(60.5)
                                  << QStringLiteral("rules.spot_check_min_files: must be a whole number");
        // Found by the fuzzer: a number far beyond any integer type must be refused, not cast.
        QTest::newRow("huge number") << QVariantList{QStringLiteral("rules"),
                                                     QStringLiteral("spot_check_min_files")}
                                     << QJsonValue(2.02667e48)
                                     << QStringLiteral(
                                            "rules.spot_check_min_files: 2.02667e+48 is out of range");
        QTest::newRow("huge negative")
            << QVariantList{QStringLiteral("rules"), QStringLiteral("self_check_min_percent")}
            << QJsonValue(-1e300) << QStringLiteral("rules.self_check_min_percent: -1e+300 is out of range");
        QTest::newRow("phase ends before it starts")
            << QVariantList{QStringLiteral("phases"), 0, QStringLiteral("to")}
            << QJsonValue(QStringLiteral("2022-03-01"))
            << QStringLiteral("phases[0].to: ends (2022-03-01) before it starts");
        QTest::newRow("phases out of order")
            << QVariantList{QStringLiteral("phases"), 4, QStringLiteral("from")}
            << QJsonValue(QStringLiteral("2022-01-01"))
            << QStringLiteral("phases[4].from: phases must be listed in the order");
        QTest::newRow("phase not an object") << QVariantList{QStringLiteral("phases"), 1} << QJsonValue(7)
                                             << QStringLiteral("phases[1]: must be an object");
        QTest::newRow("areas not a list")
            << QVariantList{QStringLiteral("areas")} << QJsonValue(QStringLiteral("ten"))
            << QStringLiteral("areas: must be a list");
        QTest::newRow("newer format") << QVariantList{QStringLiteral("format")} << QJsonValue(2)
                                      << QStringLiteral("format: version 2 is not known");
        QTest::newRow("rules missing")
            << QVariantList{QStringLiteral("rules")} << QJsonValue(QJsonValue::Undefined)
            << QStringLiteral("rules: is missing");
        // The case review's scoring sheet.
        QTest::newRow("deduction not in half points")
            << QVariantList{u"scoring"_qs, u"groups"_qs, 1, u"items"_qs, 0, u"points"_qs} << QJsonValue(0.3)
            << u"scoring.groups[1].items[0].points: must be a number of points in steps of 0.5"_qs;
        QTest::newRow("deduction larger than its group")
            << QVariantList{u"scoring"_qs, u"groups"_qs, 0, u"items"_qs, 0, u"points"_qs} << QJsonValue(12)
            << u"scoring.groups[0].items[0].points: must be a number of points in steps of 0.5, from 0.5 to 10"_qs;
        QTest::newRow("deduction beyond any integer")
            << QVariantList{u"scoring"_qs, u"groups"_qs, 0, u"items"_qs, 0, u"points"_qs} << QJsonValue(1e300)
            << u"scoring.groups[0].items[0].points: must be a number of points in steps of 0.5"_qs;
        QTest::newRow("groups not adding up to 100")
            << QVariantList{u"scoring"_qs, u"groups"_qs, 4, u"points"_qs} << QJsonValue(20)
            << u"scoring.groups: the groups' points add up to 105, not 100"_qs;
        QTest::newRow("grades out of order")
            << QVariantList{u"scoring"_qs, u"grades"_qs, u"good"_qs} << QJsonValue(95)
            << u"scoring.grades: the thresholds must fall"_qs;
        QTest::newRow("grade missing")
            << QVariantList{u"scoring"_qs, u"grades"_qs, u"pass"_qs} << QJsonValue(QJsonValue::Undefined)
            << u"scoring.grades.pass: is missing"_qs;
        QTest::newRow("duplicate item key")
            << QVariantList{u"scoring"_qs, u"groups"_qs, 2, u"items"_qs, 1, u"key"_qs}
            << QJsonValue(u"subject1"_qs) << u"scoring.groups[2].items[1].key: \"subject1\" is used twice"_qs;
        QTest::newRow("veto without text")
            << QVariantList{u"scoring"_qs, u"veto_items"_qs, 3, u"text"_qs} << QJsonValue(u""_qs)
            << u"scoring.veto_items[3].text: must not be empty"_qs;
    }

    void rejects()
    {
        QFETCH(QVariantList, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        const QJsonObject broken = setAt(shipped(), path, value).toObject();
        const auto c = CampaignLoader::parse(bytes(broken));
        QVERIFY(!c.ok());
        QCOMPARE(c.error().code, Error::Code::Invalid);
        QVERIFY2(c.error().message.contains(expected), qPrintable(c.error().message));
    }

    void scoringIsOptional()
    {
        // A definition written before the case review still loads; its scoring sheet is empty.
        const QJsonObject old =
            setAt(shipped(), {u"scoring"_qs}, QJsonValue(QJsonValue::Undefined)).toObject();
        const auto c = CampaignLoader::parse(bytes(old));
        QVERIFY(c.ok());
        QVERIFY(c->scoring.isEmpty());
    }

    void listsEveryFault()
    {
        QJsonObject broken = setAt(shipped(), {QStringLiteral("phases"), 2, QStringLiteral("to")},
                                   QStringLiteral("2022-02-30"))
                                 .toObject();
        broken = setAt(broken, {QStringLiteral("title")}, QJsonValue::Undefined).toObject();
        const auto c = CampaignLoader::parse(bytes(broken));
        QVERIFY(!c.ok());
        const QStringList lines = c.error().message.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QVERIFY(c.error().message.contains(QStringLiteral("phases[2].to")));
        QVERIFY(c.error().message.contains(QStringLiteral("title")));
    }

    void notJson()
    {
        const auto c = CampaignLoader::parse("{\n  \"format\": 1,\n  \"code\": \n}");
        QVERIFY(!c.ok());
        QVERIFY2(c.error().message.startsWith(QStringLiteral("line 4:")), qPrintable(c.error().message));
        QVERIFY(!CampaignLoader::parse("[1, 2]").ok());
        QVERIFY(!CampaignLoader::parse(QByteArray()).ok());
        QVERIFY(!CampaignLoader::parse(QByteArray("\xff\xfe\x00garbage", 10)).ok());
    }

    void fileErrorsNameTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes(setAt(shipped(), {QStringLiteral("phases"), 2, QStringLiteral("to")},
                            QStringLiteral("2022-02-30"))
                          .toObject()));
        f.close();
        const auto c = CampaignLoader::loadFile(path);
        QVERIFY(!c.ok());
        QVERIFY2(c.error().message.startsWith(path +
                                              QStringLiteral(": phases[2].to: \"2022-02-30\" is not a date")),
                 qPrintable(c.error().message));
        const auto missing = CampaignLoader::loadFile(dir.filePath(QStringLiteral("none.json")));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, Error::Code::Io);
    }

    void shiftMovesEveryDate()
    {
        const auto shifted = CampaignLoader::shiftToYear(bytes(shipped()), 2023);
        QVERIFY(shifted.ok());
        const auto c = CampaignLoader::parse(*shifted);
        QVERIFY(c.ok());
        QCOMPARE(c->year, 2023);
        QCOMPARE(c->caseYear, 2022);
        QCOMPARE(c->code, QStringLiteral("naiman-2023"));
        QCOMPARE(c->shortTitle, QStringLiteral("2023年规范行政执法专项行动"));
        QCOMPARE(c->title, QStringLiteral("全旗规范行政执法专项行动方案"));
        QCOMPARE(c->issuedOn, QDate(2023, 3, 23));
        QCOMPARE(c->phase(QStringLiteral("self_check"))->from, QDate(2023, 4, 10));
        QCOMPARE(c->deadline(QStringLiteral("self_check_report"))->due, QDate(2023, 5, 21));
        QCOMPARE(c->rules.rectificationDeadline, QDate(2023, 9, 15));
        QVERIFY(c->documentNumber.isEmpty()); // the new year's plan gets its own number
        QCOMPARE(c->areas.size(), size_t(10));
    }

    void shiftLeapDay()
    {
        QJsonObject leap = setAt(shipped(), {QStringLiteral("year")}, 2024).toObject();
        leap = setAt(leap, {QStringLiteral("code")}, QStringLiteral("naiman-2024")).toObject();
        leap =
            setAt(leap, {QStringLiteral("deadlines"), 0, QStringLiteral("due")}, QStringLiteral("2024-02-29"))
                .toObject();
        QVERIFY(CampaignLoader::parse(bytes(leap)).ok());
        const auto shifted = CampaignLoader::shiftToYear(bytes(leap), 2025);
        QVERIFY(shifted.ok());
        QCOMPARE(CampaignLoader::parse(*shifted)->deadline(QStringLiteral("contacts"))->due,
                 QDate(2025, 2, 28));
        const auto back = CampaignLoader::shiftToYear(bytes(leap), 2028);
        QCOMPARE(CampaignLoader::parse(*back)->deadline(QStringLiteral("contacts"))->due, QDate(2028, 2, 29));
    }

    void shiftRejectsBadYear()
    {
        QVERIFY(!CampaignLoader::shiftToYear(bytes(shipped()), 1999).ok());
        QVERIFY(!CampaignLoader::shiftToYear("not json", 2023).ok());
    }
};

QTEST_GUILESS_MAIN(TestCampaignLoader)
#include "tst_campaignloader.moc"
