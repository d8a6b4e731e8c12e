// The spot-check draw's algorithm and the scoring rules: pure functions, no database.
#include "campaign/campaignloader.h"
#include "domain/draw.h"
#include "domain/reviewsheet.h"

#include <QSet>
#include <QtTest>

using namespace oversight;
using namespace oversight::draw;

namespace {
std::vector<PoolFile> goldenPool()
{
    std::vector<PoolFile> pool;
    for (int i = 1; i <= 12; ++i)
        pool.push_back(
            {u"旗市场监督管理局"_qs, QStringLiteral("SJ-2021-%1").arg(i, 3, 10, QLatin1Char('0'))});
    for (int i = 1; i <= 7; ++i)
        pool.push_back({u"旗交通运输局"_qs, QStringLiteral("JT-2021-%1").arg(i, 2, 10, QLatin1Char('0'))});
    for (int i = 1; i <= 3; ++i)
        pool.push_back({u"大沁他拉镇"_qs, QStringLiteral("DQ-%1").arg(i, 2, 10, QLatin1Char('0'))});
    sortCanonical(pool);
    return pool;
}

std::vector<Reviewer> goldenReviewers()
{
    std::vector<Reviewer> r{{u"张三"_qs, u"旗交通运输局"_qs},
                            {u"李四"_qs, u"旗市场监督管理局"_qs},
                            {u"王五"_qs, u"某某律师事务所"_qs},
                            {u"赵六"_qs, u"旗市场监督管理局"_qs},
                            {u"钱七"_qs, u"大沁他拉镇"_qs}};
    sortCanonical(r);
    return r;
}

std::vector<Quota> sizes(std::initializer_list<int> counts)
{
    std::vector<Quota> out;
    int i = 0;
    for (int c : counts)
        out.push_back({QStringLiteral("unit%1").arg(i++), c, 0});
    return out;
}

ScoringSpec spec()
{
    auto c = CampaignLoader::loadFile(CampaignLoader::builtinPath());
    if (!c)
        qFatal("%s", qPrintable(c.error().message));
    return c->scoring;
}
} // namespace

class TestDraw final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void generatorMatchesTheReference()
    {
        // Vigna's splitmix64.c with x = 0.
        SplitMix64 g(0);
        QCOMPARE(g.next(), 0xE220A8397B1DCDAFULL);
        QCOMPARE(g.next(), 0x6E789E6AA1B965F4ULL);
    }

    void boundedStaysInRangeAndRejects()
    {
        SplitMix64 g(7);
        for (int i = 0; i < 1000; ++i)
            QVERIFY(g.bounded(3) < 3);
        SplitMix64 one(1);
        QCOMPARE(one.bounded(1), 0ULL);
    }

    void goldenDraw()
    {
        // Pinned: a change of generator, mapping, ordering or quotas breaks this on purpose. The figures were
        // computed by an independent reimplementation of the algorithm documented in draw.h.
        const std::vector<PoolFile> pool = goldenPool();
        QCOMPARE(sha256Hex(canonicalText(pool)),
                 u"f50e060962c32480bea671a880e075f90c608bac93e33b9e313cdb6766c01697"_qs);
        const auto r = drawFiles(pool, 8, 20220601);
        QVERIFY(r.ok());
        QCOMPARE(r->quotas.size(), size_t(3));
        QCOMPARE(r->quotas[0], (Quota{u"大沁他拉镇"_qs, 3, 1}));
        QCOMPARE(r->quotas[1], (Quota{u"旗交通运输局"_qs, 7, 3}));
        QCOMPARE(r->quotas[2], (Quota{u"旗市场监督管理局"_qs, 12, 4}));
        const QStringList expected{u"DQ-03"_qs,       u"JT-2021-01"_qs,  u"JT-2021-05"_qs,
                                   u"JT-2021-02"_qs,  u"SJ-2021-005"_qs, u"SJ-2021-007"_qs,
                                   u"SJ-2021-004"_qs, u"SJ-2021-001"_qs};
        QStringList got;
        for (const PoolFile &f : r->files)
            got << f.number;
        QCOMPARE(got, expected);
        QCOMPARE(r->reviewerSeed, 0x98f1f8726383ca8aULL);

        const auto rev = drawReviewers(r->files, goldenReviewers(), r->reviewerSeed);
        QVERIFY(rev.ok());
        const std::vector<ReviewerPick> picks{{0, 3}, {3, 2}, {3, 4}, {2, 1}, {4, 0}, {0, 4}, {2, 0}, {0, 4}};
        QCOMPARE(rev->picks, picks);
        const std::vector<Redraw> redraws{{0, 4, u"回避"_qs}, {6, 3, u"回避"_qs}, {7, 3, u"回避"_qs}};
        QCOMPARE(rev->redraws, redraws);
    }

    void sameSeedSameDrawOtherSeedOther()
    {
        const auto pool = goldenPool();
        const auto a = drawFiles(pool, 10, 42);
        const auto b = drawFiles(pool, 10, 42);
        const auto c = drawFiles(pool, 10, 43);
        QVERIFY(a.ok() && b.ok() && c.ok());
        QVERIFY(a->files == b->files);
        QVERIFY(a->files != c->files);
        const auto ra = drawReviewers(a->files, goldenReviewers(), a->reviewerSeed);
        const auto rb = drawReviewers(b->files, goldenReviewers(), b->reviewerSeed);
        QVERIFY(ra->picks == rb->picks && ra->redraws == rb->redraws);
    }

    void noFileDrawnTwice()
    {
        const auto pool = goldenPool();
        for (std::uint64_t seed = 0; seed < 50; ++seed) {
            const auto r = drawFiles(pool, 22, seed); // the whole pool
            QVERIFY(r.ok());
            QSet<QString> seen;
            for (const PoolFile &f : r->files)
                seen.insert(f.unit + f.number);
            QCOMPARE(seen.size(), 22);
        }
    }

    void quotasSumAndMinimumOne_data()
    {
        QTest::addColumn<QList<int>>("counts");
        QTest::addColumn<int>("count");
        QTest::newRow("proportional") << QList<int>{47, 30, 20, 3} << 60;
        QTest::newRow("one huge, many tiny") << QList<int>{500, 1, 1, 1, 1, 2} << 60;
        QTest::newRow("equal") << QList<int>{10, 10, 10} << 7;
        QTest::newRow("as many as units") << QList<int>{100, 5, 1} << 3;
        QTest::newRow("the whole pool") << QList<int>{4, 2, 1} << 7;
    }
    void quotasSumAndMinimumOne()
    {
        QFETCH(QList<int>, counts);
        QFETCH(int, count);
        std::vector<Quota> units;
        for (qsizetype i = 0; i < counts.size(); ++i)
            units.push_back({QStringLiteral("u%1").arg(i), counts[i], 0});
        const auto q = quotas(units, count);
        QVERIFY2(q.ok(), q.ok() ? "" : qPrintable(q.error().message));
        int sum = 0;
        for (const Quota &x : *q) {
            QVERIFY(x.quota >= 1);
            QVERIFY(x.quota <= x.poolSize);
            sum += x.quota;
        }
        QCOMPARE(sum, count);
    }

    void largestRemainder()
    {
        const auto q = quotas(sizes({47, 3, 1}), 10);
        QVERIFY(q.ok());
        QCOMPARE((*q)[0].quota, 8);
        QCOMPARE((*q)[1].quota, 1);
        QCOMPARE((*q)[2].quota, 1);
    }

    void poolTooSmallIsAClearMessage()
    {
        const auto q = quotas(sizes({3, 2}), 6);
        QVERIFY(!q.ok());
        QVERIFY2(q.error().message.contains(u"only 5"_qs), qPrintable(q.error().message));
        const auto few = quotas(sizes({3, 2, 4}), 2);
        QVERIFY(!few.ok());
        QVERIFY(few.error().message.contains(u"at least one"_qs));
    }

    void recusalNeverViolatedWhenOwnPeopleDominate()
    {
        // Eight of ten reviewers belong to the unit whose files are drawn.
        std::vector<Reviewer> reviewers;
        for (int i = 0; i < 8; ++i)
            reviewers.push_back({QStringLiteral("own%1").arg(i), u"旗市场监督管理局"_qs});
        reviewers.push_back({u"律师甲"_qs, u"某某律师事务所"_qs});
        reviewers.push_back({u"外单位乙"_qs, u"旗交通运输局"_qs});
        sortCanonical(reviewers);
        std::vector<PoolFile> files;
        for (int i = 0; i < 12; ++i)
            files.push_back({u"旗市场监督管理局"_qs, QString::number(i)});
        for (std::uint64_t seed = 0; seed < 30; ++seed) {
            const auto r = drawReviewers(files, reviewers, seed);
            QVERIFY(r.ok());
            for (size_t i = 0; i < files.size(); ++i) {
                const ReviewerPick p = r->picks[i];
                QVERIFY(p.first != p.second);
                QVERIFY(reviewers[size_t(p.first)].affiliation != files[i].unit);
                QVERIFY(reviewers[size_t(p.second)].affiliation != files[i].unit);
            }
            QVERIFY(!r->redraws.empty()); // the conflicts were drawn and put back, on the record
            for (const Redraw &d : r->redraws)
                QCOMPARE(reviewers[size_t(d.reviewer)].affiliation, files[size_t(d.file)].unit);
        }
        // Only one outsider: refused, naming the unit.
        reviewers.erase(std::remove_if(reviewers.begin(), reviewers.end(),
                                       [](const Reviewer &r) { return r.name == u"律师甲"_qs; }),
                        reviewers.end());
        const auto refused = drawReviewers(files, reviewers, 1);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(u"旗市场监督管理局"_qs));
    }

    void suggestionTakesTheBusiestUnits()
    {
        std::vector<Quota> s{{u"a"_qs, 10, 0}, {u"b"_qs, 80, 0}, {u"c"_qs, 50, 0}, {u"d"_qs, 0, 0}};
        QCOMPARE(suggestUnits(s, 30), (QStringList{u"b"_qs, u"c"_qs}));          // 130 ≥ 4 × 30
        QCOMPARE(suggestUnits(s, 60), (QStringList{u"b"_qs, u"c"_qs, u"a"_qs})); // all there is
        QCOMPARE(suggestUnits(s, 15), (QStringList{u"b"_qs}));
    }

    // --- scoring
    void shippedScoringSheetLoads()
    {
        const ScoringSpec s = spec();
        QCOMPARE(s.groups.size(), size_t(5));
        QCOMPARE(s.totalPoints(), 100);
        QCOMPARE(s.vetoItems.size(), size_t(7));
        QCOMPARE(s.excellentMin, 90.0);
    }

    void vetoGivesZeroAndFail()
    {
        const ScoringSpec s = spec();
        ReviewSheet sheet;
        sheet.findings.push_back(
            {0, ReviewFinding::Kind::Veto, s.vetoItems[0].key, 0, u"无执法主体资格"_qs, {}});
        const SheetScore score = scoreSheet(s, sheet);
        QCOMPARE(score.halfPoints, 0);
        QCOMPARE(score.grade, Grade::Fail);
    }

    void groupFlooredAtZero()
    {
        const ScoringSpec s = spec();
        const ScoringGroup &subject = s.groups[0]; // 10 points
        ReviewSheet sheet;
        for (int i = 0; i < 4; ++i) // 4 × 5 = 20 points against a group of 10
            sheet.findings.push_back({0,
                                      ReviewFinding::Kind::Deduction,
                                      subject.items[1].key,
                                      subject.items[1].halfPoints,
                                      QString(),
                                      {}});
        const SheetScore score = scoreSheet(s, sheet);
        QCOMPARE(score.groupHalfPoints[0], 0);
        QCOMPARE(score.score(), 90.0);
    }

    void gradeEdges()
    {
        const ScoringSpec s = spec();
        QCOMPARE(s.gradeFor(179), Grade::Good); // 89.5
        QCOMPARE(s.gradeFor(180), Grade::Excellent);
        QCOMPARE(s.gradeFor(150), Grade::Good);
        QCOMPARE(s.gradeFor(149), Grade::Pass);
        QCOMPARE(s.gradeFor(120), Grade::Pass);
        QCOMPARE(s.gradeFor(119), Grade::Fail);
        QCOMPARE(s.gradeFor(200, true), Grade::Good);
    }

    void noLegalReviewIsNeverExcellent()
    {
        const ScoringSpec s = spec();
        ReviewSheet sheet;
        sheet.noLegalReview = true;
        QCOMPARE(scoreSheet(s, sheet).grade, Grade::Good);
        // The defect line that says so caps it too, score or not.
        ReviewSheet byLine;
        const ScoringItem *line = nullptr;
        for (const ScoringGroup &g : s.groups)
            for (const ScoringItem &i : g.items)
                if (i.noLegalReview)
                    line = &i;
        QVERIFY(line);
        byLine.findings.push_back(
            {0, ReviewFinding::Kind::Deduction, line->key, line->halfPoints, QString(), {}});
        const SheetScore score = scoreSheet(s, byLine);
        QCOMPARE(score.score(), 90.0);
        QCOMPARE(score.grade, Grade::Good);
    }
};

QTEST_GUILESS_MAIN(TestDraw)
#include "tst_draw.moc"
