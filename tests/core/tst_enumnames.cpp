// EnumNames: the one table behind the key, word, label and parse functions of the domain's small enums.
#include "domain/acceptance.h"
#include "domain/complaint.h"
#include "domain/enumnames.h"
#include "domain/normative.h"
#include "domain/problem.h"
#include "domain/reviewsheet.h"
#include "domain/submission.h"
#include "domain/unit.h"

#include <QTest>
#include <QTranslator>

using namespace oversight;

namespace {

enum class Colour
{
    Red,
    Green,
    Blue,
};

constexpr EnumName<Colour> colourRows[] = {
    {Colour::Red, "red", u"红", QT_TRANSLATE_NOOP("tst_enumnames", "Red")},
    {Colour::Green, "light_green", u"绿", QT_TRANSLATE_NOOP("tst_enumnames", "Green")},
};
constexpr EnumNames colourNames(colourRows, "tst_enumnames");
constexpr EnumNames firstRowColours(colourRows, "tst_enumnames", UnknownValue::FirstRow);

constexpr EnumName<Colour> plainRows[] = {
    {Colour::Red, "red", nullptr, "red colour"},
    {Colour::Green},
};
constexpr EnumNames plainNames(plainRows);

constexpr KeyLabel fieldLabels[] = {
    {"heldOn", QT_TRANSLATE_NOOP("tst_enumnames", "Held on")},
    {"red", QT_TRANSLATE_NOOP("tst_enumnames", "Red")},
};

/// Translates the test's labels in the context tst_enumnames, as a loaded .qm would.
class Translator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (QByteArray(context) != "tst_enumnames")
            return {};
        if (QByteArray(source) == "Red")
            return QStringLiteral("红色");
        if (QByteArray(source) == "Green")
            return QStringLiteral("绿色");
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestEnumNames : public QObject
{
    Q_OBJECT

private slots:
    void namesOfAValue()
    {
        QCOMPARE(colourNames.key(Colour::Green), QStringLiteral("light_green"));
        QCOMPARE(colourNames.word(Colour::Green), QStringLiteral("绿"));
        QCOMPARE(colourNames.label(Colour::Green), QStringLiteral("Green"));
        QCOMPARE(colourNames.fromKey(QStringLiteral("light_green")), Colour::Green);
        QCOMPARE(colourNames.fromKey(QStringLiteral("Light_green")), std::nullopt);
        QCOMPARE(colourNames.fromKey(QString()), std::nullopt);
        QCOMPARE(colourNames.all(), (QList<Colour>{Colour::Red, Colour::Green}));
        QCOMPARE(colourNames.words(), (QStringList{QStringLiteral("红"), QStringLiteral("绿")}));
    }

    void unknownValue()
    {
        QVERIFY(colourNames.key(Colour::Blue).isNull());
        QVERIFY(colourNames.word(Colour::Blue).isNull());
        QVERIFY(colourNames.label(Colour::Blue).isNull());
        QCOMPARE(firstRowColours.key(Colour::Blue), QStringLiteral("red"));
        QCOMPARE(firstRowColours.word(Colour::Blue), QStringLiteral("红"));
        QCOMPARE(firstRowColours.label(Colour::Blue), QStringLiteral("Red"));
    }

    void missingNames()
    {
        QVERIFY(plainNames.key(Colour::Green).isNull());
        QVERIFY(plainNames.word(Colour::Red).isNull());
        QVERIFY(plainNames.label(Colour::Green).isNull());
        // Without a context the label is an English name, never translated.
        QCOMPARE(plainNames.label(Colour::Red), QStringLiteral("red colour"));
        QCOMPARE(plainNames.parse(QStringLiteral("RED COLOUR")), Colour::Red);
        QCOMPARE(plainNames.parse(QString()), std::nullopt);
    }

    void labelsAreTranslatedWhenAsked()
    {
        Translator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QCOMPARE(colourNames.label(Colour::Red), QStringLiteral("红色"));
        QCOMPARE(colourNames.parse(QStringLiteral("绿色")), Colour::Green);
        QCOMPARE(colourNames.parse(QStringLiteral("Green")), std::nullopt);
        QCOMPARE(plainNames.label(Colour::Red), QStringLiteral("red colour"));
        QVERIFY(QCoreApplication::removeTranslator(&translator));
        QCOMPARE(colourNames.label(Colour::Red), QStringLiteral("Red"));
    }

    void parseReadsKeyWordAndLabel()
    {
        QCOMPARE(colourNames.parse(QStringLiteral(" light_green ")), Colour::Green);
        QCOMPARE(colourNames.parse(QStringLiteral("绿")), Colour::Green);
        QCOMPARE(colourNames.parse(QStringLiteral("green")), Colour::Green);
        QCOMPARE(colourNames.parse(QStringLiteral("LIGHT_GREEN")), std::nullopt);
        QCOMPARE(colourNames.parse(QStringLiteral("Blue")), std::nullopt);

        const NameMatch loose{.keyIgnoresCase = true, .label = Qt::CaseSensitive};
        QCOMPARE(colourNames.parse(QStringLiteral("LIGHT_GREEN"), loose), Colour::Green);
        QCOMPARE(colourNames.parse(QStringLiteral("Green"), loose), Colour::Green);
        QCOMPARE(colourNames.parse(QStringLiteral("green "), loose), std::nullopt);
    }

    void labelOfAKey()
    {
        QCOMPARE(labelOfKey(fieldLabels, "tst_enumnames", QStringLiteral("heldOn")),
                 QStringLiteral("Held on"));
        QCOMPARE(labelOfKey(fieldLabels, "tst_enumnames", QStringLiteral("heldon")),
                 QStringLiteral("heldon"));
        Translator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QCOMPARE(labelOfKey(fieldLabels, "tst_enumnames", QStringLiteral("red")), QStringLiteral("红色"));
        QVERIFY(QCoreApplication::removeTranslator(&translator));

        QCOMPARE(ProblemText::fieldLabel(QStringLiteral("inspecting_body")),
                 QStringLiteral("Inspecting body"));
        QCOMPARE(ComplaintText::fieldLabel(QStringLiteral("complainantContact")),
                 QStringLiteral("Complainant's contact"));
        QCOMPARE(UnitText::fieldLabel(QStringLiteral("officialName")), QStringLiteral("officialName"));
        QCOMPARE(submissionActionLabel(QStringLiteral("evidence")), QStringLiteral("evidence file attached"));
        QCOMPARE(submissionActionLabel(QStringLiteral("")), QString());
    }

    // The domain's own rules, kept as they were when their tables moved to EnumNames.
    void domainParseRules()
    {
        QCOMPARE(parseProblemSource(QStringLiteral("upper-level SPOT check")), Problem::Source::UpperCheck);
        QCOMPARE(parseProblemSource(QStringLiteral("SELF_CHECK")), std::nullopt);
        QCOMPARE(parseProblemSource(QStringLiteral(" 评查 ")), Problem::Source::SpotCheck);
        QCOMPARE(parseProblemStatus(QStringLiteral("已完成")), Problem::Status::AwaitingVerification);
        QCOMPARE(parseProblemStatus(QStringLiteral("awaiting verification")),
                 Problem::Status::AwaitingVerification);

        QCOMPARE(parseChannel(QStringLiteral("PHONE")).value(), Complaint::Channel::Phone);
        QCOMPARE(parseChannel(QStringLiteral("In person")).value(), Complaint::Channel::Visit);
        QVERIFY(!parseChannel(QStringLiteral("in person")));
        QCOMPARE(
            parseChannel(QStringLiteral("x")).error().message,
            QStringLiteral("Channel: \"x\" is not a channel; write one of 电话, 信件, 网络, 来访, 媒体曝光, "
                           "上级交办, 回访发现."));

        QCOMPARE(categoryFromText(QStringLiteral("township (SUMU)")), std::nullopt);
        QCOMPARE(categoryFromText(QStringLiteral("Township (sumu)")), Unit::Category::Township);
        QCOMPARE(categoryFromText(QStringLiteral("TOWNSHIP")), Unit::Category::Township);
        QCOMPARE(categoryFromText(QStringLiteral("苏木")), Unit::Category::Township);

        QCOMPARE(parseAcceptance(QStringLiteral("Basic Pass")), Acceptance::Conclusion::BasicPass);
        QCOMPARE(parseAcceptance(QStringLiteral("BASIC_PASS")), std::nullopt);
        QCOMPARE(gradeFromWord(QStringLiteral(" 良好 ")), Grade::Good);
        QCOMPARE(gradeFromWord(QStringLiteral("good")), std::nullopt);
    }

    void domainUnknownValues()
    {
        QVERIFY(problemSourceKey(Problem::Source(99)).isNull());
        QVERIFY(statusLabel(Complaint::Status(99)).isNull());
        QCOMPARE(reviewResultWord(ReviewResult(99)), QStringLiteral("合法"));
        QCOMPARE(materialKey(FilingMaterial(3)), QStringLiteral("filing_report"));
        QCOMPARE(zeroReportPeriodKey(ZeroReportPeriod(99)), QStringLiteral("quarter"));
    }
};

QTEST_GUILESS_MAIN(TestEnumNames)
#include "tst_enumnames.moc"
