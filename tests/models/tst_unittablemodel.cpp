// The units table model and its proxy, driven through the real UnitService on a temporary database:
// precise row signals for each write, no reset except on a campaign switch, filters and Chinese sort order.
#include "models/unitfilterproxy.h"
#include "models/unittablemodel.h"
#include "services/unitservice.h"
#include "tempworkspace.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>
#include <QtTest>

using namespace oversight;

namespace {

Unit makeUnit(CampaignId campaign, const QString &name, Unit::Category category = Unit::Category::Department,
              const QString &person = {}, const QString &phone = {})
{
    Unit u;
    u.campaign = campaign;
    u.name = name;
    u.category = category;
    u.contactPerson = person;
    u.contactPhone = phone;
    return u;
}

UnitId mustCreate(UnitService &service, const Unit &unit)
{
    const auto id = service.create(unit);
    if (!id)
        qFatal("cannot create %s: %s", qPrintable(unit.name), qPrintable(id.error().fullText()));
    return *id;
}

QStringList column(const QAbstractItemModel &model, int col)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, col).data().toString());
    return values;
}

/// A model on a fresh file with three units, and spies on every structural signal.
struct Fixture
{
    TempWorkspace t;
    UnitTableModel model{t.ws->units()};
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
    UnitId qinglong, market, baxian;

    Fixture()
    {
        UnitService &s = t.ws->units();
        qinglong = mustCreate(s, makeUnit(t.campaign, QStringLiteral("青龙山镇"), Unit::Category::Township,
                                          QStringLiteral("张三"), QStringLiteral("0475-0011111")));
        market =
            mustCreate(s, makeUnit(t.campaign, QStringLiteral("旗市场监督管理局"), Unit::Category::Department,
                                   QStringLiteral("LiMing"), QStringLiteral("13900001111")));
        baxian = mustCreate(s, makeUnit(t.campaign, QStringLiteral("八仙筒镇"), Unit::Category::Township));
        if (!model.setCampaign(t.campaign))
            qFatal("cannot load the units");
    }
};

} // namespace

class TestUnitTableModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headersAndSnapshot()
    {
        Fixture f;
        QCOMPARE(f.model.columnCount(), int(UnitTableModel::ColumnCount));
        QCOMPARE(f.model.headerData(UnitTableModel::Name, Qt::Horizontal).toString(),
                 QStringLiteral("Unit name"));
        QCOMPARE(f.model.headerData(UnitTableModel::ContactPhone, Qt::Horizontal).toString(),
                 QStringLiteral("Contact phone"));
        QCOMPARE(f.model.rowCount(), 3);
        QCOMPARE(column(f.model, UnitTableModel::Name),
                 (QStringList{QStringLiteral("青龙山镇"), QStringLiteral("旗市场监督管理局"),
                              QStringLiteral("八仙筒镇")}));
        QCOMPARE(f.model.index(0, UnitTableModel::Category).data().toString(),
                 categoryLabel(Unit::Category::Township));
        QCOMPARE(f.model.index(1, UnitTableModel::ContactPerson).data().toString(), QStringLiteral("LiMing"));
        QCOMPARE(f.model.index(1, 0).data(UnitTableModel::IdRole).value<UnitId>(), f.market);
        QCOMPARE(f.model.rowOf(f.baxian), 2);
    }

    void createInsertsOneRow()
    {
        Fixture f;
        QSignalSpy inserted(&f.model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&f.model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&f.model, &QAbstractItemModel::modelReset);
        const UnitId id = mustCreate(
            f.t.ws->units(), makeUnit(f.t.campaign, QStringLiteral("大沁他拉镇"), Unit::Category::Township));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 3);
        QCOMPARE(inserted.first().at(2).toInt(), 3);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(f.model.rowCount(), 4);
        QCOMPARE(f.model.index(3, UnitTableModel::Name).data().toString(), QStringLiteral("大沁他拉镇"));
        QCOMPARE(f.model.index(3, 0).data(UnitTableModel::IdRole).value<UnitId>(), id);
    }

    void otherCampaignsAreIgnored()
    {
        Fixture f;
        const auto next = f.t.ws->campaigns().clone(f.t.campaign, 2023);
        QVERIFY2(next.ok(), qPrintable(next ? QString() : next.error().fullText()));
        QSignalSpy inserted(&f.model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&f.model, &QAbstractItemModel::rowsRemoved);
        const UnitId id = mustCreate(f.t.ws->units(), makeUnit(*next, QStringLiteral("东明镇")));
        QVERIFY(f.t.ws->units().remove(id).ok());
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(f.model.rowCount(), 3);
    }

    void updateChangesOnlyItsRow()
    {
        Fixture f;
        QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&f.model, &QAbstractItemModel::modelReset);
        Unit edited = f.t.ws->units().unit(f.market).value();
        edited.contactPhone = QStringLiteral("0475-0022222");
        QVERIFY(f.t.ws->units().update(edited).ok());
        QCOMPARE(changed.count(), 1);
        const auto topLeft = changed.first().at(0).value<QModelIndex>();
        const auto bottomRight = changed.first().at(1).value<QModelIndex>();
        QCOMPARE(topLeft.row(), 1);
        QCOMPARE(bottomRight.row(), 1);
        QCOMPARE(topLeft.column(), 0);
        QCOMPARE(bottomRight.column(), UnitTableModel::ColumnCount - 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(f.model.index(1, UnitTableModel::ContactPhone).data().toString(),
                 QStringLiteral("0475-0022222"));
        QCOMPARE(f.model.index(0, UnitTableModel::ContactPhone).data().toString(),
                 QStringLiteral("0475-0011111"));

        // Saving an unchanged unit writes nothing and announces nothing.
        QVERIFY(f.t.ws->units().update(edited).ok());
        QCOMPARE(changed.count(), 1);
    }

    void removeTakesOutItsRow()
    {
        Fixture f;
        QSignalSpy removed(&f.model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&f.model, &QAbstractItemModel::modelReset);
        QVERIFY(f.t.ws->units().remove(f.market).ok());
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 1);
        QCOMPARE(removed.first().at(2).toInt(), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(f.model.rowOf(f.market), -1);
        QCOMPARE(column(f.model, UnitTableModel::Name),
                 (QStringList{QStringLiteral("青龙山镇"), QStringLiteral("八仙筒镇")}));
    }

    void campaignSwitchResets()
    {
        Fixture f;
        const auto next = f.t.ws->campaigns().clone(f.t.campaign, 2023);
        QVERIFY(next.ok());
        mustCreate(f.t.ws->units(), makeUnit(*next, QStringLiteral("治安镇")));
        QSignalSpy reset(&f.model, &QAbstractItemModel::modelReset);
        QVERIFY(f.model.setCampaign(*next).ok());
        QCOMPARE(reset.count(), 1);
        QCOMPARE(f.model.campaign(), *next);
        // The clone carries the register over; the new unit is there too.
        QVERIFY(column(f.model, UnitTableModel::Name).contains(QStringLiteral("治安镇")));
        QCOMPARE(f.model.rowCount(), 4);
    }

    void noContactIsMarked()
    {
        Fixture f;
        f.model.setContactsDue(QDate(2022, 4, 2));
        const int row = f.model.rowOf(f.baxian);
        const QModelIndex person = f.model.index(row, UnitTableModel::ContactPerson);
        const QModelIndex phone = f.model.index(row, UnitTableModel::ContactPhone);
        QVERIFY(!person.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(person.data(Qt::BackgroundRole).isValid());
        QVERIFY(phone.data(Qt::BackgroundRole).isValid());
        QVERIFY(!person.data(Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(person.data(Qt::ToolTipRole).toString().contains(QStringLiteral("2022")));
        QCOMPARE(person.data(UnitTableModel::HasContactRole).toBool(), false);
        QCOMPARE(f.model.withoutContactCount(), 1);

        const QModelIndex named = f.model.index(f.model.rowOf(f.qinglong), UnitTableModel::ContactPerson);
        QVERIFY(!named.data(Qt::DecorationRole).isValid());
        QVERIFY(!named.data(Qt::BackgroundRole).isValid());
        QVERIFY(named.data(Qt::ToolTipRole).toString().isEmpty());

        // A person without a phone is still no usable contact.
        Unit half = f.t.ws->units().unit(f.baxian).value();
        half.contactPerson = QStringLiteral("王五");
        QVERIFY(f.t.ws->units().update(half).ok());
        QVERIFY(!f.model.index(row, UnitTableModel::ContactPerson)
                     .data(Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull());
        half.contactPhone = QStringLiteral("0475-0033333");
        QVERIFY(f.t.ws->units().update(half).ok());
        QVERIFY(!f.model.index(row, UnitTableModel::ContactPerson).data(Qt::DecorationRole).isValid());
        QCOMPARE(f.model.withoutContactCount(), 0);
    }

    void proxyFiltersText()
    {
        Fixture f;
        UnitFilterProxy proxy;
        proxy.setSourceModel(&f.model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(proxy.rowCount(), 3);

        proxy.setFilterText(QStringLiteral("青龙"));
        QCOMPARE(column(proxy, UnitTableModel::Name), QStringList{QStringLiteral("青龙山镇")});
        proxy.setFilterText(QStringLiteral("张")); // contact person
        QCOMPARE(column(proxy, UnitTableModel::Name), QStringList{QStringLiteral("青龙山镇")});
        proxy.setFilterText(QStringLiteral("liming")); // Latin, other case
        QCOMPARE(column(proxy, UnitTableModel::Name), QStringList{QStringLiteral("旗市场监督管理局")});
        proxy.setFilterText(QStringLiteral("０４７５")); // full-width digits from a Chinese input method
        QCOMPARE(column(proxy, UnitTableModel::Name), QStringList{QStringLiteral("青龙山镇")});
        proxy.setFilterText(QStringLiteral("镇"));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setFilterText(QStringLiteral("公安"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setFilterText(QString());
        QCOMPARE(proxy.rowCount(), 3);
    }

    void proxyFiltersCategoryAndContact()
    {
        Fixture f;
        UnitFilterProxy proxy;
        proxy.setSourceModel(&f.model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        proxy.setCategoryFilter(Unit::Category::Department);
        QCOMPARE(column(proxy, UnitTableModel::Name), QStringList{QStringLiteral("旗市场监督管理局")});
        proxy.setCategoryFilter(Unit::Category::Township);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setOnlyWithoutContact(true);
        QCOMPARE(column(proxy, UnitTableModel::Name), QStringList{QStringLiteral("八仙筒镇")});
        proxy.setCategoryFilter(std::nullopt);
        QCOMPARE(column(proxy, UnitTableModel::Name), QStringList{QStringLiteral("八仙筒镇")});

        // Naming the contact takes the unit off the "without contact" list at once.
        Unit named = f.t.ws->units().unit(f.baxian).value();
        named.contactPerson = QStringLiteral("王五");
        named.contactPhone = QStringLiteral("0475-0033333");
        QVERIFY(f.t.ws->units().update(named).ok());
        QCOMPARE(proxy.rowCount(), 0);
        // And a new unit without one joins it.
        mustCreate(f.t.ws->units(), makeUnit(f.t.campaign, QStringLiteral("旗公安局")));
        QCOMPARE(column(proxy, UnitTableModel::Name), QStringList{QStringLiteral("旗公安局")});
    }

    void proxySortsInPinyinOrder()
    {
        TempWorkspace t;
        UnitTableModel model(t.ws->units());
        // Code-point order would put 固 (U+56FA) before 大 (U+5927); pinyin puts da before gu.
        QVERIFY(QStringLiteral("固") < QStringLiteral("大"));
        for (const char16_t *name : {u"治安镇", u"固日班花苏木", u"八仙筒镇", u"大沁他拉镇"})
            mustCreate(t.ws->units(), makeUnit(t.campaign, QString::fromUtf16(name)));
        QVERIFY(model.setCampaign(t.campaign).ok());
        UnitFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        proxy.sort(UnitTableModel::Name, Qt::AscendingOrder);
        const QStringList pinyin{QStringLiteral("八仙筒镇"), QStringLiteral("大沁他拉镇"),
                                 QStringLiteral("固日班花苏木"), QStringLiteral("治安镇")};
        QCOMPARE(column(proxy, UnitTableModel::Name), pinyin);
        proxy.sort(UnitTableModel::Name, Qt::DescendingOrder);
        QStringList reversed = pinyin;
        std::reverse(reversed.begin(), reversed.end());
        QCOMPARE(column(proxy, UnitTableModel::Name), reversed);

        // A unit added while sorted lands in its place, not at the end.
        proxy.sort(UnitTableModel::Name, Qt::AscendingOrder);
        mustCreate(t.ws->units(), makeUnit(t.campaign, QStringLiteral("东明镇")));
        QCOMPARE(proxy.index(2, UnitTableModel::Name).data().toString(), QStringLiteral("东明镇"));
    }
};

QTEST_MAIN(TestUnitTableModel)
#include "tst_unittablemodel.moc"
