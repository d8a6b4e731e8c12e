// The units register through its only writer: create, edit, the refusals, deletion rules and signals.
#include "services/unitservice.h"
#include "tempworkspace.h"

#include <QSignalSpy>
#include <QtTest>

using namespace oversight;

namespace {
Unit unitNamed(CampaignId campaign, const QString &name, Unit::Category category = Unit::Category::Department)
{
    Unit u;
    u.campaign = campaign;
    u.name = name;
    u.category = category;
    return u;
}
} // namespace

class TestUnitService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createAndRead()
    {
        TempWorkspace t;
        QSignalSpy added(&t.ws->units(), &UnitService::unitAdded);
        Unit u = unitNamed(t.campaign, QStringLiteral("  青龙山镇 "), Unit::Category::Township);
        u.contactPerson = QStringLiteral(" 张某 ");
        u.contactPhone = QStringLiteral("0475-0011111");
        const auto id = t.ws->units().create(u);
        QVERIFY(id.ok());
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.first().at(0).value<UnitId>(), *id);
        const Unit stored = t.ws->units().unit(*id).value();
        QCOMPARE(stored.name, QStringLiteral("青龙山镇")); // trimmed
        QCOMPARE(stored.contactPerson, QStringLiteral("张某"));
        QCOMPARE(stored.category, Unit::Category::Township);
        QCOMPARE(stored.campaign, t.campaign);
        QCOMPARE(t.ws->units().units(t.campaign)->size(), size_t(1));
    }

    void officialNameIsKeptForDocuments()
    {
        // The full name documents address (主送) is stored beside the register name (migration 9) and
        // defaults to it.
        TempWorkspace t;
        Unit u = unitNamed(t.campaign, QStringLiteral("东明镇"), Unit::Category::Township);
        const UnitId id = t.ws->units().create(u).value();
        Unit stored = t.ws->units().unit(id).value();
        QCOMPARE(stored.addresseeName(), QStringLiteral("东明镇"));
        stored.officialName = QStringLiteral(" 东明镇人民政府 ");
        QVERIFY(t.ws->units().update(stored).ok());
        stored = t.ws->units().unit(id).value();
        QCOMPARE(stored.officialName, QStringLiteral("东明镇人民政府"));
        QCOMPARE(stored.addresseeName(), QStringLiteral("东明镇人民政府"));
        QCOMPARE(stored.name, QStringLiteral("东明镇"));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("code");
        QTest::newRow("empty name") << QString() << QString() << QStringLiteral("name")
                                    << int(Error::Code::Invalid);
        QTest::newRow("duplicate") << QStringLiteral("旗卫生健康委员会") << QString()
                                   << QStringLiteral("name") << int(Error::Code::Conflict);
        QTest::newRow("duplicate after trimming") << QStringLiteral(" 旗卫生健康委员会  ") << QString()
                                                  << QStringLiteral("name") << int(Error::Code::Conflict);
        QTest::newRow("phone without digits") << QStringLiteral("旗林业和草原局") << QStringLiteral("办公室")
                                              << QStringLiteral("contactPhone") << int(Error::Code::Invalid);
    }

    void refusals()
    {
        QFETCH(QString, name);
        QFETCH(QString, phone);
        QFETCH(QString, field);
        QFETCH(int, code);
        TempWorkspace t;
        QVERIFY(t.ws->units().create(unitNamed(t.campaign, QStringLiteral("旗卫生健康委员会"))).ok());
        QSignalSpy added(&t.ws->units(), &UnitService::unitAdded);
        Unit u = unitNamed(t.campaign, name);
        u.contactPhone = phone;
        const auto id = t.ws->units().create(u);
        QVERIFY(!id.ok());
        QCOMPARE(id.error().field, field);
        QCOMPARE(int(id.error().code), code);
        QVERIFY(!id.error().message.isEmpty());
        QCOMPARE(added.count(), 0);
        QCOMPARE(t.ws->units().units(t.campaign)->size(), size_t(1));
    }

    void sameNameInAnotherCampaign()
    {
        TempWorkspace t;
        QVERIFY(t.ws->units().create(unitNamed(t.campaign, QStringLiteral("旗教育局"))).ok());
        const auto next = t.ws->campaigns().clone(t.campaign, 2023);
        QVERIFY(next.ok());
        // The clone carried the unit over; the name is taken there too, but only once per campaign.
        QCOMPARE(t.ws->units().units(*next)->size(), size_t(1));
        QVERIFY(!t.ws->units().create(unitNamed(*next, QStringLiteral("旗教育局"))).ok());
        QVERIFY(t.ws->units().create(unitNamed(*next, QStringLiteral("旗文化旅游体育局"))).ok());
    }

    void editKeepsIdentity()
    {
        TempWorkspace t;
        const UnitId a = t.ws->units().create(unitNamed(t.campaign, QStringLiteral("旗农牧局"))).value();
        const UnitId b = t.ws->units().create(unitNamed(t.campaign, QStringLiteral("旗水利局"))).value();
        QSignalSpy changed(&t.ws->units(), &UnitService::unitChanged);
        Unit u = t.ws->units().unit(a).value();
        u.name = QStringLiteral("旗农牧局（畜牧）");
        u.notes = QStringLiteral("2022年机构改革后更名");
        QVERIFY(t.ws->units().update(u).ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(t.ws->units().unit(a)->name, QStringLiteral("旗农牧局（畜牧）"));
        // Renaming onto another unit's name is refused; renaming to itself is fine.
        u.name = QStringLiteral("旗水利局");
        const auto clash = t.ws->units().update(u);
        QVERIFY(!clash.ok());
        QCOMPARE(clash.error().field, QStringLiteral("name"));
        QCOMPARE(t.ws->units().unit(a)->name, QStringLiteral("旗农牧局（畜牧）"));
        Unit same = t.ws->units().unit(b).value();
        same.contactPerson = QStringLiteral("赵某");
        QVERIFY(t.ws->units().update(same).ok());
        // An unknown id is not found, not created.
        Unit ghost = same;
        ghost.id = UnitId(9999);
        ghost.name = QStringLiteral("旗幽灵局");
        QCOMPARE(t.ws->units().update(ghost).error().code, Error::Code::NotFound);
    }

    void deleteFreeUnit()
    {
        TempWorkspace t;
        const UnitId id =
            t.ws->units().create(unitNamed(t.campaign, QStringLiteral("旗住房和城乡建设局"))).value();
        QSignalSpy removed(&t.ws->units(), &UnitService::unitRemoved);
        QVERIFY(t.ws->units().remove(id).ok());
        QCOMPARE(removed.count(), 1);
        QCOMPARE(t.ws->units().unit(id).error().code, Error::Code::NotFound);
        QCOMPARE(t.ws->units().remove(id).error().code, Error::Code::NotFound);
    }

    void deleteRefusedWhenRecordsPointAtTheUnit()
    {
        TempWorkspace t;
        const UnitId id =
            t.ws->units().create(unitNamed(t.campaign, QStringLiteral("旗市场监督管理局"))).value();
        // Any table whose foreign key names units holds the unit; later issues add such tables.
        QVERIFY(t.run(QStringLiteral("CREATE TABLE probe_records (id INTEGER PRIMARY KEY, "
                                     "unit_id INTEGER REFERENCES units(id) ON DELETE RESTRICT)")));
        QVERIFY(t.run(QStringLiteral("INSERT INTO probe_records (unit_id) VALUES (%1), (%1)").arg(id.value)));
        QSignalSpy removed(&t.ws->units(), &UnitService::unitRemoved);
        const auto r = t.ws->units().remove(id);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Conflict);
        QVERIFY2(r.error().message.contains(QStringLiteral("旗市场监督管理局")),
                 qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QStringLiteral("probe_records")), qPrintable(r.error().message));
        QCOMPARE(removed.count(), 0);
        QVERIFY(t.ws->units().unit(id).ok());
    }
};

QTEST_GUILESS_MAIN(TestUnitService)
#include "tst_unitservice.moc"
