// The shipped 2022 campaign must say exactly what the plan (奈司字〔2022〕11号) says.
#include "campaign/campaignloader.h"
#include "domain/campaign.h"
#include "domain/isodate.h"

#include <QtTest>

using namespace oversight;

class TestCampaign final : public QObject
{
    Q_OBJECT

private:
    Campaign m_c;

private Q_SLOTS:
    void initTestCase()
    {
        const auto loaded = CampaignLoader::loadFile(CampaignLoader::builtinPath());
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
        m_c = *loaded;
    }

    void header()
    {
        QCOMPARE(m_c.year, 2022);
        QCOMPARE(m_c.caseYear, 2021);
        QCOMPARE(m_c.documentNumber, QStringLiteral("奈司字〔2022〕11号"));
        QCOMPARE(m_c.issuedOn, QDate(2022, 3, 23));
        QCOMPARE(m_c.title, QStringLiteral("全旗规范行政执法专项行动方案"));
        QCOMPARE(m_c.section, QStringLiteral("法制股"));
    }

    void tenAreas()
    {
        QCOMPARE(m_c.areas.size(), size_t(10));
        for (int n = 1; n <= 10; ++n) {
            const Area *a = m_c.area(n);
            QVERIFY2(a, qPrintable(QStringLiteral("area %1").arg(n)));
            QVERIFY(!a->title.isEmpty());
            QVERIFY2(!a->checkPoints.isEmpty(), qPrintable(a->title));
        }
        QCOMPARE(m_c.area(1)->title, QStringLiteral("全面推行行政执法“三项制度”"));
        QCOMPARE(m_c.area(4)->title, QStringLiteral("加强个案监督"));
        QCOMPARE(m_c.area(10)->title, QStringLiteral("推进行政执法体制改革"));
        QCOMPARE(m_c.area(2)->forms, (QStringList{QStringLiteral("附件2"), QStringLiteral("附件7")}));
        QVERIFY(m_c.area(9)->forms.isEmpty());
    }

    void tenForms_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("area");
        QTest::addColumn<QDate>("due");
        const QDate report(2022, 5, 21);
        QTest::newRow("1") << QStringLiteral("附件1") << 1 << report;
        QTest::newRow("2") << QStringLiteral("附件2") << 2 << report;
        QTest::newRow("3-1") << QStringLiteral("附件3-1") << 3 << report;
        QTest::newRow("3-2") << QStringLiteral("附件3-2") << 3 << report;
        QTest::newRow("4") << QStringLiteral("附件4") << 5 << report;
        QTest::newRow("5-1") << QStringLiteral("附件5-1") << 6 << report;
        QTest::newRow("5-2") << QStringLiteral("附件5-2") << 7 << report;
        QTest::newRow("6-1") << QStringLiteral("附件6-1") << 8 << report;
        QTest::newRow("6-2") << QStringLiteral("附件6-2") << 8 << report;
        QTest::newRow("7") << QStringLiteral("附件7") << 2 << QDate(2022, 7, 15);
    }

    void tenForms()
    {
        QFETCH(QString, id);
        QFETCH(int, area);
        QFETCH(QDate, due);
        QCOMPARE(m_c.forms.size(), size_t(11)); // 附件1–7 and the implementation plan
        const FormSpec *f = m_c.form(id);
        QVERIFY(f);
        QCOMPARE(f->area, area);
        QVERIFY(!f->title.isEmpty());
        const Deadline *d = m_c.deadlineOfForm(id);
        QVERIFY(d);
        QCOMPARE(d->due, due);
    }

    void phases()
    {
        QCOMPARE(m_c.phases.size(), size_t(5));
        const QStringList names{QStringLiteral("动员部署"), QStringLiteral("自查"), QStringLiteral("抽检"),
                                QStringLiteral("整改"), QStringLiteral("总结验收")};
        const QList<QPair<QDate, QDate>> dates{{QDate(2022, 3, 23), QDate(2022, 4, 10)},
                                               {QDate(2022, 4, 10), QDate(2022, 5, 16)},
                                               {QDate(2022, 6, 1), QDate(2022, 7, 15)},
                                               {QDate(2022, 7, 16), QDate(2022, 9, 15)},
                                               {QDate(2022, 9, 15), QDate(2022, 10, 15)}};
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(m_c.phases[size_t(i)].name, names[i]);
            QCOMPARE(m_c.phases[size_t(i)].from, dates[i].first);
            QCOMPARE(m_c.phases[size_t(i)].to, dates[i].second);
        }
    }

    void deadlinesAndRules()
    {
        QCOMPARE(m_c.deadline(QStringLiteral("contacts"))->due, QDate(2022, 4, 2));
        QCOMPARE(m_c.deadline(QStringLiteral("self_check_report"))->due, QDate(2022, 5, 21));
        QCOMPARE(m_c.deadline(QStringLiteral("final_report"))->due, QDate(2022, 10, 12));
        QCOMPARE(m_c.deadline(QStringLiteral("self_check_report"))->forms.size(), 9); // 附件1–6
        QCOMPARE(m_c.rules.selfCheckMinPercent, 30);
        QCOMPARE(m_c.rules.spotCheckMinFiles, 60);
        QCOMPARE(m_c.rules.rectificationDeadline, QDate(2022, 9, 15));
    }

    void phaseOnDay_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<int>("where");
        QTest::addColumn<QString>("current");
        QTest::addColumn<QString>("next");
        using W = PhaseStatus::Where;
        QTest::newRow("before") << QDate(2022, 3, 22) << int(W::NotStarted) << QString()
                                << QStringLiteral("动员部署");
        QTest::newRow("first day") << QDate(2022, 3, 23) << int(W::InPhase) << QStringLiteral("动员部署")
                                   << QStringLiteral("自查");
        QTest::newRow("shared day goes to the later")
            << QDate(2022, 4, 10) << int(W::InPhase) << QStringLiteral("自查") << QStringLiteral("抽检");
        QTest::newRow("last self-check day")
            << QDate(2022, 5, 16) << int(W::InPhase) << QStringLiteral("自查") << QStringLiteral("抽检");
        QTest::newRow("gap") << QDate(2022, 5, 17) << int(W::BetweenPhases) << QString()
                             << QStringLiteral("抽检");
        QTest::newRow("gap end") << QDate(2022, 5, 31) << int(W::BetweenPhases) << QString()
                                 << QStringLiteral("抽检");
        QTest::newRow("spot check") << QDate(2022, 6, 1) << int(W::InPhase) << QStringLiteral("抽检")
                                    << QStringLiteral("整改");
        QTest::newRow("09-15 shared")
            << QDate(2022, 9, 15) << int(W::InPhase) << QStringLiteral("总结验收") << QString();
        QTest::newRow("last day") << QDate(2022, 10, 15) << int(W::InPhase) << QStringLiteral("总结验收")
                                  << QString();
        QTest::newRow("after") << QDate(2022, 10, 16) << int(W::Finished) << QString() << QString();
    }

    void phaseOnDay()
    {
        QFETCH(QDate, day);
        QFETCH(int, where);
        QFETCH(QString, current);
        QFETCH(QString, next);
        const PhaseStatus s = phaseOn(m_c, day);
        QCOMPARE(int(s.where), where);
        QCOMPARE(s.current ? s.current->name : QString(), current);
        QCOMPARE(s.next ? s.next->name : QString(), next);
    }

    void nextDeadlineOnDay()
    {
        QCOMPARE(nextDeadline(m_c, QDate(2022, 3, 30))->key, QStringLiteral("contacts"));
        QCOMPARE(nextDeadline(m_c, QDate(2022, 4, 2))->key,
                 QStringLiteral("contacts")); // due day still counts
        QCOMPARE(nextDeadline(m_c, QDate(2022, 4, 3))->key, QStringLiteral("implementation_plan"));
        QCOMPARE(nextDeadline(m_c, QDate(2022, 4, 11))->key, QStringLiteral("self_check_report"));
        QCOMPARE(nextDeadline(m_c, QDate(2022, 10, 12))->key, QStringLiteral("final_report"));
        QVERIFY(!nextDeadline(m_c, QDate(2022, 10, 13)));
    }

    void lateDays()
    {
        const Deadline *d = m_c.deadline(QStringLiteral("self_check_report"));
        QCOMPARE(d->lateDays(QDate(2022, 5, 20)), 0);
        QCOMPARE(d->lateDays(QDate(2022, 5, 21)), 0);
        QCOMPARE(d->lateDays(QDate(2022, 5, 22)), 1);
        QCOMPARE(d->lateDays(QDate(2022, 6, 21)), 31);
        QCOMPARE(d->lateDays(QDate()), 0);
    }

    void strictIsoDates()
    {
        QCOMPARE(parseIsoDate(QStringLiteral("2022-05-21")), QDate(2022, 5, 21));
        QCOMPARE(parseIsoDate(QStringLiteral("2024-02-29")), QDate(2024, 2, 29));
        for (const char *bad : {"2022-02-30", "2023-02-29", "2022-5-21", "2022/05/21", "2022-05-21T08:00",
                                " 2022-05-21", "20220521", "", "2022年5月21日"})
            QVERIFY2(!parseIsoDate(QString::fromUtf8(bad)).isValid(), bad);
    }

    void selfCheckShare_data()
    {
        QTest::addColumn<int>("total");
        QTest::addColumn<int>("required");
        QTest::newRow("47 → 15") << 47 << 15;
        QTest::newRow("no files") << 0 << 0;
        QTest::newRow("one file") << 1 << 1;
        QTest::newRow("exact") << 10 << 3;
        QTest::newRow("just over") << 11 << 4;
        QTest::newRow("100") << 100 << 30;
        QTest::newRow("large") << 100001 << 30001;
    }

    void selfCheckShare()
    {
        QFETCH(int, total);
        QFETCH(int, required);
        QCOMPARE(selfCheckRequired(total, m_c.rules.selfCheckMinPercent), required);
    }
};

QTEST_GUILESS_MAIN(TestCampaign)
#include "tst_campaign.moc"
