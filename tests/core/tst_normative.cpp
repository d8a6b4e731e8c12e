// Normative-document filing rules on their own: late days at the deadline's boundary, the materials
// checklist, the document number's form, which periods need a zero report on which day, a clean-up round's
// counts, and the campaign settings with the JSON path of a fault.
#include "campaign/campaignloader.h"
#include "domain/filingfilter.h"
#include "domain/normative.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace oversight;
using State = PeriodStatus::State;

namespace {

NormativeDocument doc(UnitId unit, QDate issued, QDate filed)
{
    NormativeDocument d;
    d.unit = unit;
    d.title = QStringLiteral("关于印发《奈曼旗市场监管领域轻微违法行为免罚清单》的通知");
    d.number = QStringLiteral("奈市监发〔2022〕5号");
    d.issuedOn = issued;
    d.filedOn = filed;
    return d;
}

QJsonObject shipped()
{
    QFile f(CampaignLoader::builtinPath());
    if (!f.open(QIODevice::ReadOnly))
        qFatal("the built-in campaign is not in the resources");
    return QJsonDocument::fromJson(f.readAll()).object();
}

QJsonObject withRule(const QString &key, const QJsonValue &value)
{
    QJsonObject root = shipped();
    QJsonObject rules = root.value(QStringLiteral("rules")).toObject();
    if (value.isUndefined())
        rules.remove(key);
    else
        rules.insert(key, value);
    root.insert(QStringLiteral("rules"), rules);
    return root;
}

State stateOf(const std::vector<PeriodStatus> &all, UnitId unit, const QString &period)
{
    for (const PeriodStatus &s : all)
        if (s.unit == unit && s.period.key == period)
            return s.state;
    qFatal("no period %s", qPrintable(period));
}

} // namespace

class TestNormative final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lateDays_data()
    {
        QTest::addColumn<QDate>("filed");
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("late");
        // Issued 2022-06-01: with 30 days the last day on time is 2022-07-01.
        QTest::newRow("same day") << QDate(2022, 6, 1) << 30 << 0;
        QTest::newRow("day before the deadline") << QDate(2022, 6, 30) << 30 << 0;
        QTest::newRow("on the deadline") << QDate(2022, 7, 1) << 30 << 0;
        QTest::newRow("the day after") << QDate(2022, 7, 2) << 30 << 1;
        QTest::newRow("a month after") << QDate(2022, 8, 1) << 30 << 31;
        QTest::newRow("15-day rule, on time") << QDate(2022, 6, 16) << 15 << 0;
        QTest::newRow("15-day rule, late") << QDate(2022, 6, 17) << 15 << 1;
    }
    void lateDays()
    {
        QFETCH(QDate, filed);
        QFETCH(int, days);
        QFETCH(int, late);
        const NormativeDocument d = doc(UnitId(1), QDate(2022, 6, 1), filed);
        QCOMPARE(d.filingDue(days), QDate(2022, 6, 1).addDays(days));
        QCOMPARE(d.lateDays(days, QDate(2022, 12, 31)), late);
        QCOMPARE(d.isLate(days, QDate(2022, 12, 31)), late > 0);
    }

    void unfiledIsLateOnlyOnceItsDeadlinePassed()
    {
        const NormativeDocument d = doc(UnitId(1), QDate(2022, 6, 1), QDate());
        QVERIFY(d.isUnfiledKnown());
        QCOMPARE(d.lateDays(30, QDate(2022, 7, 1)), 0);
        QCOMPARE(d.lateDays(30, QDate(2022, 7, 2)), 1);
        QCOMPARE(d.lateDays(30, QDate(2022, 7, 11)), 10);
    }

    void filingFilter()
    {
        const QDate today(2022, 8, 1);
        NormativeDocument late = doc(UnitId(1), QDate(2022, 6, 1), QDate(2022, 7, 10)); // 9 days late
        late.id = NormativeDocumentId(1);
        NormativeDocument unfiled = doc(UnitId(2), QDate(2022, 5, 6), QDate());
        unfiled.id = NormativeDocumentId(2);
        unfiled.number = QStringLiteral("大镇发〔2022〕7号");
        NormativeDocument reviewed = doc(UnitId(2), QDate(2022, 7, 1), QDate(2022, 7, 5));
        reviewed.id = NormativeDocumentId(3);
        reviewed.title = QStringLiteral("关于规范裁量权的通知");
        reviewed.result = ReviewResult::Unlawful;
        reviewed.correctBy = QDate(2022, 7, 20);
        const auto shown = [&](const FilingFilter &f) {
            QList<qint64> out;
            for (const NormativeDocument *d : {&late, &unfiled, &reviewed})
                if (f.matches(*d, 30, today))
                    out.append(d->id.value);
            return out;
        };
        QCOMPARE(shown({}), (QList<qint64>{1, 2, 3}));
        FilingFilter f;
        f.unit = UnitId(2);
        QCOMPARE(shown(f), (QList<qint64>{2, 3}));
        f = {};
        f.onlyLate = true; // filed late, and unfiled past its deadline
        QCOMPARE(shown(f), (QList<qint64>{1, 2}));
        f = {};
        f.state = FilingFilter::State::NotReviewed;
        QCOMPARE(shown(f), QList<qint64>{1});
        f.state = FilingFilter::State::UnfiledKnown;
        QCOMPARE(shown(f), QList<qint64>{2});
        f.state = FilingFilter::State::CorrectionOverdue;
        QCOMPARE(shown(f), QList<qint64>{3});
        f = {};
        f.result = ReviewResult::Unlawful;
        QCOMPARE(shown(f), QList<qint64>{3});
        f = {};
        f.round = QSet<qint64>{1, 3};
        QCOMPARE(shown(f), (QList<qint64>{1, 3}));
        f = {};
        f.text = QStringLiteral(" 大镇发 ");
        QCOMPARE(shown(f), QList<qint64>{2});
        f.text = QStringLiteral("裁量权");
        QCOMPARE(shown(f), QList<qint64>{3});
    }

    void materialsChecklist()
    {
        NormativeDocument d = doc(UnitId(1), QDate(2022, 6, 1), QDate(2022, 6, 10));
        QCOMPARE(d.missingMaterials().size(), 5);
        QVERIFY(!d.materialsComplete());
        d.materials = int(FilingMaterial::FilingReport) | int(FilingMaterial::OfficialText) |
                      int(FilingMaterial::LegalReview);
        QVERIFY(d.hasMaterial(FilingMaterial::OfficialText));
        QVERIFY(!d.hasMaterial(FilingMaterial::DraftingExplanation));
        QCOMPARE(d.missingMaterials(),
                 (QList<FilingMaterial>{FilingMaterial::DraftingExplanation, FilingMaterial::LegalBasis}));
        d.materials = allMaterialsMask;
        QVERIFY(d.materialsComplete());
        QVERIFY(d.missingMaterials().isEmpty());
        QStringList words;
        for (FilingMaterial m : allMaterials())
            words.append(materialWord(m));
        QCOMPARE(words, (QStringList{u"备案报告"_qs, u"正式文本"_qs, u"起草说明"_qs, u"制定依据"_qs,
                                     u"合法性审查意见"_qs}));
        d.materials = 32;
        QVERIFY(!validateNormativeDocument(d).isEmpty());
    }

    void documentNumber_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("says");
        QTest::newRow("good") << u"奈市监发〔2022〕5号"_qs << true << QString();
        QTest::newRow("good, long serial") << u"奈政办发〔2021〕128号"_qs << true << QString();
        QTest::newRow("square brackets") << u"奈市监发[2022]5号"_qs << false << u"〔2022〕"_qs;
        QTest::newRow("full-width parentheses") << u"奈市监发（2022）5号"_qs << false << u"〔2022〕"_qs;
        QTest::newRow("lenticular brackets") << u"奈市监发【2022】5号"_qs << false << u"〔〕"_qs;
        QTest::newRow("leading zero") << u"奈市监发〔2022〕05号"_qs << false << u"奈市监发〔2022〕5号"_qs;
        QTest::newRow("no 号") << u"奈市监发〔2022〕5"_qs << false << u"机关代字〔YYYY〕N号"_qs;
        QTest::newRow("two-digit year") << u"奈市监发〔22〕5号"_qs << false << u"机关代字〔YYYY〕N号"_qs;
        QTest::newRow("no prefix") << u"〔2022〕5号"_qs << false << u"机关代字〔YYYY〕N号"_qs;
        QTest::newRow("empty") << QString() << false << u"empty"_qs;
    }
    void documentNumber()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QString, says);
        const Result<NormativeNumber> n = parseNormativeNumber(text);
        QCOMPARE(n.ok(), ok);
        if (ok) {
            QVERIFY(n->serial > 0);
            QVERIFY(n->year >= 2021);
        } else {
            QVERIFY2(n.error().message.contains(says), qPrintable(n.error().message));
        }
    }

    void reviewNeedsItsParts()
    {
        NormativeDocument d = doc(UnitId(1), QDate(2022, 6, 1), QDate(2022, 6, 10));
        d.result = ReviewResult::Unlawful;
        QStringList fields;
        for (const FieldError &e : validateNormativeDocument(d))
            fields.append(e.field);
        QCOMPARE(fields, (QStringList{u"reviewer"_qs, u"reviewedOn"_qs, u"opinion"_qs, u"correctBy"_qs}));
        d.reviewer = QStringLiteral("李审查");
        d.reviewedOn = QDate(2022, 6, 20);
        d.opinion = QStringLiteral("第三条增设行政许可条件，超越法定权限。");
        d.correctBy = QDate(2022, 7, 20);
        QVERIFY(validateNormativeDocument(d).isEmpty());
        QVERIFY(d.needsCorrection());
        QVERIFY(!d.correctionOverdue(QDate(2022, 7, 20)));
        QVERIFY(d.correctionOverdue(QDate(2022, 7, 21)));
        d.outcome = CorrectionOutcome::Corrected;
        d.correctedOn = QDate(2022, 7, 15);
        QVERIFY(!d.correctionOverdue(QDate(2022, 7, 21)));
        // A lawful document has nothing to correct.
        d.result = ReviewResult::Lawful;
        QVERIFY(!validateNormativeDocument(d).isEmpty());
        // An unfiled document cannot be reviewed.
        NormativeDocument unfiled = doc(UnitId(1), QDate(2022, 6, 1), QDate());
        unfiled.result = ReviewResult::Lawful;
        unfiled.reviewer = QStringLiteral("李审查");
        unfiled.reviewedOn = QDate(2022, 6, 20);
        QCOMPARE(validateNormativeDocument(unfiled).value(0).field, u"result"_qs);
    }

    void periods()
    {
        const auto quarters = periodsOf(2022, ZeroReportPeriod::Quarter);
        QCOMPARE(quarters.size(), size_t(4));
        QCOMPARE(quarters[1].key, u"2022-Q2"_qs);
        QCOMPARE(quarters[1].from, QDate(2022, 4, 1));
        QCOMPARE(quarters[1].to, QDate(2022, 6, 30));
        QCOMPARE(quarters[3].to, QDate(2022, 12, 31));
        QCOMPARE(quarters[2].label(), u"2022年第三季度"_qs);
        const auto year = periodsOf(2022, ZeroReportPeriod::Year);
        QCOMPARE(year.size(), size_t(1));
        QCOMPARE(year[0].label(), u"2022年度"_qs);
        QCOMPARE(periodFromKey(u"2022-Q3"_qs)->from, QDate(2022, 7, 1));
        QVERIFY(!periodFromKey(u"2022-Q5"_qs));
        QVERIFY(!periodFromKey(u"Q3"_qs));
    }

    /// A unit that filed in Q2 needs no zero report for Q2 but still one for Q3; the issue date decides.
    void zeroReportsAcrossPeriods()
    {
        const UnitId a(1), b(2);
        // Issued 06-25, filed 07-10: it covers Q2, the quarter it was issued in, not Q3.
        const std::vector<NormativeDocument> docs{doc(a, QDate(2022, 6, 25), QDate(2022, 7, 10))};
        const std::vector<ZeroReport> zero{{1, CampaignId(1), b, u"2022-Q3"_qs, QDate(2022, 10, 8), {}}};
        const auto on = [&](QDate today) {
            return periodStatuses({a, b}, docs, zero, 2022, ZeroReportPeriod::Quarter, today);
        };
        const auto s = on(QDate(2022, 10, 10));
        QCOMPARE(stateOf(s, a, u"2022-Q1"_qs), State::Missing);
        QCOMPARE(stateOf(s, a, u"2022-Q2"_qs), State::Filed);
        QCOMPARE(stateOf(s, a, u"2022-Q3"_qs), State::Missing);
        QCOMPARE(stateOf(s, a, u"2022-Q4"_qs), State::Open);
        QCOMPARE(stateOf(s, b, u"2022-Q2"_qs), State::Missing);
        QCOMPARE(stateOf(s, b, u"2022-Q3"_qs), State::ZeroReport);

        // The boundary: a quarter is missing from the day after its last day, not on it.
        QCOMPARE(stateOf(on(QDate(2022, 9, 30)), a, u"2022-Q3"_qs), State::Open);
        QCOMPARE(stateOf(on(QDate(2022, 10, 1)), a, u"2022-Q3"_qs), State::Missing);
        QCOMPARE(stateOf(on(QDate(2022, 6, 30)), b, u"2022-Q2"_qs), State::Open);
        QCOMPARE(stateOf(on(QDate(2022, 7, 1)), b, u"2022-Q2"_qs), State::Missing);
    }

    void unfiledDocumentIsNotAZeroReportGap()
    {
        const UnitId a(1);
        const std::vector<NormativeDocument> docs{doc(a, QDate(2022, 8, 3), QDate())};
        const auto s = periodStatuses({a}, docs, {}, 2022, ZeroReportPeriod::Quarter, QDate(2022, 11, 1));
        QCOMPARE(stateOf(s, a, u"2022-Q3"_qs), State::Unfiled);
        QCOMPARE(stateOf(s, a, u"2022-Q2"_qs), State::Missing);
    }

    void yearlyZeroReports()
    {
        const UnitId a(1);
        const auto during = periodStatuses({a}, {}, {}, 2022, ZeroReportPeriod::Year, QDate(2022, 12, 31));
        QCOMPARE(during.size(), size_t(1));
        QCOMPARE(during[0].state, State::Open);
        const auto after = periodStatuses({a}, {}, {}, 2022, ZeroReportPeriod::Year, QDate(2023, 1, 1));
        QCOMPARE(after[0].state, State::Missing);
    }

    void cleanupRoundCounts()
    {
        std::vector<CleanupItem> items(7);
        items[0].decision = CleanupDecision::Keep;
        items[1].decision = CleanupDecision::Keep;
        items[2].decision = CleanupDecision::Amend;
        items[3].decision = CleanupDecision::Repeal;
        items[4].decision = CleanupDecision::Invalidate;
        const CleanupCounts c = cleanupCounts(items);
        QCOMPARE(c.total, 7);
        QCOMPARE(c.keep, 2);
        QCOMPARE(c.amend, 1);
        QCOMPARE(c.repeal, 1);
        QCOMPARE(c.invalidate, 1);
        QCOMPARE(c.pending, 2);
        QCOMPARE(c.of(CleanupDecision::Keep), 2);
        QCOMPARE(cleanupDecisionWord(CleanupDecision::Invalidate), u"宣布失效"_qs);
    }

    void campaignSettings()
    {
        const auto c = CampaignLoader::parse(QJsonDocument(shipped()).toJson());
        QVERIFY(c.ok());
        QCOMPARE(c->rules.filingDeadlineDays, 30);
        QCOMPARE(c->rules.zeroReportPeriod, ZeroReportPeriod::Quarter);

        // Both are optional: a definition written before them still loads, with the defaults.
        QJsonObject older = withRule(u"filing_deadline_days"_qs, QJsonValue::Undefined);
        QJsonObject rules = older.value(u"rules"_qs).toObject();
        rules.remove(u"zero_report_period"_qs);
        older.insert(u"rules"_qs, rules);
        const auto old = CampaignLoader::parse(QJsonDocument(older).toJson());
        QVERIFY(old.ok());
        QCOMPARE(old->rules.filingDeadlineDays, 30);

        const auto yearly =
            CampaignLoader::parse(QJsonDocument(withRule(u"zero_report_period"_qs, u"year"_qs)).toJson());
        QVERIFY(yearly.ok());
        QCOMPARE(yearly->rules.zeroReportPeriod, ZeroReportPeriod::Year);
        const auto fifteen =
            CampaignLoader::parse(QJsonDocument(withRule(u"filing_deadline_days"_qs, 15)).toJson());
        QCOMPARE(fifteen->rules.filingDeadlineDays, 15);

        const auto zero =
            CampaignLoader::parse(QJsonDocument(withRule(u"filing_deadline_days"_qs, 0)).toJson());
        QVERIFY(!zero.ok());
        QVERIFY2(zero.error().fullText().contains(u"rules.filing_deadline_days: 0 is out of range"_qs),
                 qPrintable(zero.error().fullText()));
        const auto month =
            CampaignLoader::parse(QJsonDocument(withRule(u"zero_report_period"_qs, u"month"_qs)).toJson());
        QVERIFY(!month.ok());
        QVERIFY2(month.error().fullText().contains(u"rules.zero_report_period: \"month\" is not a period"_qs),
                 qPrintable(month.error().fullText()));
        const auto number =
            CampaignLoader::parse(QJsonDocument(withRule(u"zero_report_period"_qs, 4)).toJson());
        QVERIFY(!number.ok());
        QVERIFY(number.error().fullText().contains(u"rules.zero_report_period: must be text"_qs));
    }
};

QTEST_GUILESS_MAIN(TestNormative)
#include "tst_normative.moc"
