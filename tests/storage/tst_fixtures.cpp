// Files written by earlier versions open, migrate and keep every record and the audit chain.
#include "services/campaignservice.h"
#include "services/unitservice.h"
#include "storage/auditlog.h"
#include "tempworkspace.h"

#include <QFile>
#include <QSqlQuery>
#include <QtTest>

using namespace oversight;

class TestFixtures final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void schemaV1()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(OVERSIGHT_TEST_DATA "/db/schema-v1.sqlite"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

        auto opened = Workspace::open(path, Database::Mode::OpenExisting);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().fullText()));
        Workspace &ws = **opened;
        QCOMPARE(ws.database().schemaVersion(), Database::latestSchemaVersion());

        const auto campaigns = ws.campaigns().list().value();
        QCOMPARE(campaigns.size(), size_t(2));
        QCOMPARE(campaigns[0].code, QStringLiteral("naiman-2022"));
        QCOMPARE(campaigns[1].code, QStringLiteral("naiman-2023"));
        const CampaignId first = campaigns[0].id;
        QCOMPARE(ws.campaigns().current().value(), first);

        const auto units = ws.units().units(first).value();
        QStringList names;
        for (const Unit &u : units)
            names.append(u.name);
        QCOMPARE(names, (QStringList{QStringLiteral("旗公安局"), QStringLiteral("旗市场监督管理局"),
                                     QStringLiteral("大沁他拉镇")}));
        QCOMPARE(units[2].notes, QStringLiteral("旗政府所在地"));
        QCOMPARE(units[2].category, Unit::Category::Township);
        QVERIFY(units[0].hasContact());
        QVERIFY(!units[1].hasContact());
        QCOMPARE(ws.units().units(campaigns[1].id)->size(), size_t(3)); // carried into the clone

        const auto chain = AuditLog::verify(ws.database().connection());
        QVERIFY(chain.ok());
        QVERIFY2(chain->ok(), qPrintable(chain->problem));
        // 2022 created, 4 units, an edit, a delete, the clone and its 3 units; schema 9's re-hash record and
        // schema 12's two campaigns filled with the notices' keys
        QCOMPARE(chain->entries, 14);

        // Schema 12: the keys the notices read, from the embedded plan, where the definition had none.
        const Campaign plan = ws.campaigns().campaign(first).value();
        QCOMPARE(plan.office, QStringLiteral("奈曼旗司法局办公室"));
        QCOMPARE(plan.printingOffice(), QStringLiteral("奈曼旗司法局办公室"));
        QVERIFY(plan.supervisionBasis.contains(QStringLiteral("奈司字〔2022〕11号")));
        QCOMPARE(plan.rules.rectificationMinDays, 15);
        QVERIFY(plan.form(QStringLiteral("附件7"))->owedByDrawnUnitsOnly);
        QVERIFY(!plan.form(QStringLiteral("附件1"))->owedByDrawnUnitsOnly);
        // The clone gets what `campaign clone` copies today.
        const Campaign clone = ws.campaigns().campaign(campaigns[1].id).value();
        QCOMPARE(clone.office, QStringLiteral("奈曼旗司法局办公室"));
        QCOMPARE(clone.supervisionBasis, plan.supervisionBasis);
        QVERIFY(clone.form(QStringLiteral("附件7"))->owedByDrawnUnitsOnly);
        QSqlQuery q(ws.database().connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT changes FROM audit_log WHERE action = 'fill_keys' ORDER BY id")));
        int filled = 0;
        while (q.next())
            filled += q.value(0).toString().contains(QStringLiteral("forms.附件7.owed_by"));
        QCOMPARE(filled, 2);

        // The upgraded file takes new writes and the chain goes on.
        Unit added;
        added.campaign = first;
        added.name = QStringLiteral("旗税务局");
        QVERIFY(ws.units().create(added).ok());
        QVERIFY(AuditLog::verify(ws.database().connection())->ok());
    }
};

QTEST_GUILESS_MAIN(TestFixtures)
#include "tst_fixtures.moc"
