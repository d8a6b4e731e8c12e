// Campaigns in one file: the default plan, cloning to a new year, the current choice.
#include "campaign/campaignloader.h"
#include "services/campaignservice.h"
#include "services/unitservice.h"
#include "tempworkspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

using namespace oversight;

class TestCampaignService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultLoadedOnce()
    {
        TempWorkspace t;
        QCOMPARE(t.ws->campaigns().list()->size(), size_t(1));
        QCOMPARE(t.ws->campaigns().ensureDefault().value(), t.campaign); // a second call adds nothing
        QCOMPARE(t.ws->campaigns().list()->size(), size_t(1));
        QCOMPARE(t.ws->campaigns().current().value(), t.campaign);
        const Campaign c = t.ws->campaigns().campaign(t.campaign).value();
        QCOMPARE(c.id, t.campaign);
        QCOMPARE(c.documentNumber, QStringLiteral("奈司字〔2022〕11号"));
    }

    void addRefusesDuplicatesAndBrokenDefinitions()
    {
        TempWorkspace t;
        const QByteArray shipped = CampaignLoader::readFile(CampaignLoader::builtinPath()).value();
        const auto again = t.ws->campaigns().add(shipped);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, Error::Code::Conflict);
        QVERIFY(!t.ws->campaigns().add("{\"format\": 1}").ok());
        QCOMPARE(t.ws->campaigns().list()->size(), size_t(1));
    }

    void cloneMovesDatesAndCarriesUnits()
    {
        TempWorkspace t;
        Unit u;
        u.campaign = t.campaign;
        u.name = QStringLiteral("旗生态环境分局");
        u.contactPerson = QStringLiteral("孙某");
        u.contactPhone = QStringLiteral("0475-0000000");
        u.notes = QStringLiteral("派出机构");
        QVERIFY(t.ws->units().create(u).ok());

        QSignalSpy changed(&t.ws->campaigns(), &CampaignService::campaignsChanged);
        const auto id = t.ws->campaigns().clone(t.campaign, 2023);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().fullText()));
        QCOMPARE(changed.count(), 1);
        const Campaign c = t.ws->campaigns().campaign(*id).value();
        QCOMPARE(c.year, 2023);
        QCOMPARE(c.code, QStringLiteral("naiman-2023"));
        QCOMPARE(c.phase(QStringLiteral("mobilisation"))->from, QDate(2023, 3, 23));
        QCOMPARE(c.phase(QStringLiteral("acceptance"))->to, QDate(2023, 10, 15));
        QCOMPARE(c.deadline(QStringLiteral("final_report"))->due, QDate(2023, 10, 12));

        const auto units = t.ws->units().units(*id).value();
        QCOMPARE(units.size(), size_t(1));
        QCOMPARE(units.front().name, u.name);
        QCOMPARE(units.front().notes, u.notes);
        QVERIFY(units.front().contactPerson.isEmpty()); // each year's contact is named anew
        QVERIFY(!units.front().hasContact());
        // The source is untouched, and stays current until the clerk switches.
        QVERIFY(t.ws->units().units(t.campaign)->front().hasContact());
        QCOMPARE(t.ws->campaigns().current().value(), t.campaign);

        const auto twice = t.ws->campaigns().clone(t.campaign, 2023);
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().code, Error::Code::Conflict);
    }

    void cloneFromALeapYear()
    {
        TempWorkspace t;
        QJsonObject leap = QJsonDocument::fromJson(t.ws->campaigns().definition(t.campaign).value()).object();
        leap.insert(QStringLiteral("code"), QStringLiteral("leap-2024"));
        leap.insert(QStringLiteral("year"), 2024);
        QJsonObject rules = leap.value(QStringLiteral("rules")).toObject();
        rules.insert(QStringLiteral("rectification_deadline"), QStringLiteral("2024-02-29"));
        leap.insert(QStringLiteral("rules"), rules);
        const auto leapId = t.ws->campaigns().add(QJsonDocument(leap).toJson());
        QVERIFY2(leapId.ok(), qPrintable(leapId.ok() ? QString() : leapId.error().fullText()));
        const auto next = t.ws->campaigns().clone(*leapId, 2025);
        QVERIFY(next.ok());
        QCOMPARE(t.ws->campaigns().campaign(*next)->rules.rectificationDeadline, QDate(2025, 2, 28));
    }

    void switchCurrent()
    {
        TempWorkspace t;
        const CampaignId next = t.ws->campaigns().clone(t.campaign, 2023).value();
        QSignalSpy current(&t.ws->campaigns(), &CampaignService::currentChanged);
        QVERIFY(t.ws->campaigns().setCurrent(next).ok());
        QCOMPARE(current.count(), 1);
        QCOMPARE(t.ws->campaigns().current().value(), next);
        QCOMPARE(t.ws->campaigns().setCurrent(CampaignId(4242)).error().code, Error::Code::NotFound);
        QCOMPARE(t.ws->campaigns().current().value(), next);
    }

    void survivesReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.sqlite"));
        CampaignId next;
        {
            auto ws = Workspace::open(path, Database::Mode::CreateNew).value();
            const CampaignId first = ws->campaigns().ensureDefault().value();
            next = ws->campaigns().clone(first, 2023).value();
            QVERIFY(ws->campaigns().setCurrent(next).ok());
        }
        auto ws = Workspace::open(path, Database::Mode::OpenExisting).value();
        QCOMPARE(ws->campaigns().list()->size(), size_t(2));
        QCOMPARE(ws->campaigns().current().value(), next);
    }
};

QTEST_GUILESS_MAIN(TestCampaignService)
#include "tst_campaignservice.moc"
