// The supervision cases' table model and proxy, driven through the real service: exact signals, the
// masked complainant, the overdue marks, and the filters.
#include "models/complaintfilterproxy.h"
#include "models/complainttablemodel.h"
#include "services/supervisionservice.h"
#include "services/unitservice.h"
#include "tempworkspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace oversight;

class TestComplaintTableModel final : public QObject
{
    Q_OBJECT

    static UnitId addUnit(TempWorkspace &t, const QString &name)
    {
        Unit u;
        u.campaign = t.campaign;
        u.name = name;
        return t.ws->units().create(u).value();
    }
    static ComplaintId intake(TempWorkspace &t, UnitId unit, QDate received, Complaint::Channel channel)
    {
        Complaint c;
        c.campaign = t.campaign;
        c.unit = unit;
        c.receivedOn = received;
        c.channel = channel;
        c.summary = QStringLiteral("执法不规范");
        c.complainantName = QStringLiteral("周建华");
        c.complainantContact = QStringLiteral("13704751111");
        return t.ws->supervision().intake(c).value();
    }

private Q_SLOTS:
    void followsTheService()
    {
        TempWorkspace t(QDate(2022, 7, 20));
        const UnitId police = addUnit(t, QStringLiteral("旗公安局"));
        const UnitId market = addUnit(t, QStringLiteral("旗市场监督管理局"));
        intake(t, police, QDate(2022, 6, 1), Complaint::Channel::Phone); // due 07-01: overdue

        ComplaintTableModel model(t.ws->supervision(), t.ws->units(), t.ws->clock());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setCampaign(t.campaign).ok());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ComplaintTableModel::Complainant).data().toString(), QStringLiteral("周**"));
        QCOMPARE(model.index(0, ComplaintTableModel::Unit).data().toString(), QStringLiteral("旗公安局"));
        QVERIFY(model.index(0, 0).data(ComplaintTableModel::OverdueRole).toBool());
        QVERIFY(
            model.index(0, ComplaintTableModel::Deadline).data().toString().contains(QStringLiteral("19")));
        for (int col = 0; col < model.columnCount(); ++col) {
            const QString shown =
                model.index(0, col).data().toString() + model.index(0, col).data(Qt::ToolTipRole).toString();
            QVERIFY(!shown.contains(QStringLiteral("周建华")));
            QVERIFY(!shown.contains(QStringLiteral("13704751111")));
        }

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const ComplaintId second = intake(t, market, QDate(2022, 7, 10), Complaint::Channel::Media);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 1);
        QCOMPARE(model.rowOf(second), 1);
        QVERIFY(t.ws->supervision().startInvestigation(second).ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(model.index(1, ComplaintTableModel::Status).data().toString(),
                 statusLabel(Complaint::Status::Investigating));
        QCOMPARE(reset.count(), 0);

        // A new day: the same rows, re-marked (the second case's handling deadline is 08-09).
        const_cast<FixedClock &>(static_cast<const FixedClock &>(t.ws->clock())).setToday(QDate(2022, 8, 10));
        changed.clear();
        model.refreshDay();
        QCOMPARE(changed.count(), 1);
        QVERIFY(model.index(1, 0).data(ComplaintTableModel::OverdueRole).toBool());
        const_cast<FixedClock &>(static_cast<const FixedClock &>(t.ws->clock())).setToday(QDate(2022, 7, 20));
        model.refreshDay();

        ComplaintFilterProxy proxy;
        proxy.setSourceModel(&model);
        QCOMPARE(proxy.rowCount(), 2);
        ComplaintFilter f;
        f.onlyOverdue = true;
        proxy.setFilter(f);
        QCOMPARE(proxy.rowCount(), 1);
        f = {};
        f.unit = market;
        proxy.setFilter(f);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(ComplaintTableModel::IdRole).value<ComplaintId>(), second);
        f = {};
        f.channel = Complaint::Channel::Phone;
        proxy.setFilter(f);
        QCOMPARE(proxy.rowCount(), 1);
        f = {};
        f.status = Complaint::Status::Investigating;
        proxy.setFilter(f);
        QCOMPARE(proxy.rowCount(), 1);
        f = {};
        f.text = QStringLiteral("周建华"); // never searchable
        proxy.setFilter(f);
        QCOMPARE(proxy.rowCount(), 0);
    }
};

QTEST_MAIN(TestComplaintTableModel)
#include "tst_complainttablemodel.moc"
