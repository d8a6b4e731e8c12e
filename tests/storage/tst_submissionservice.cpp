// Submissions through their only writer: every form of the shipped campaign round-trips through storage;
// the workflow (receive, return, resubmit, accept) with its refusals and its history; late days.
#include "services/submissionservice.h"
#include "services/unitservice.h"
#include "storage/auditlog.h"
#include "tempworkspace.h"

#include <QFile>
#include <QSignalSpy>
#include <QtTest>

using namespace oversight;
using S = Submission::Status;

namespace {

UnitId addUnit(TempWorkspace &t, const QString &name)
{
    Unit u;
    u.campaign = t.campaign;
    u.name = name;
    return t.ws->units().create(u).value();
}

Receipt receipt(QDate on)
{
    Receipt r;
    r.receivedOn = on;
    r.filledBy = QStringLiteral("李明");
    r.phone = QStringLiteral("0475-0000000");
    r.filledOn = on.addDays(-1);
    return r;
}

/// Every field and column filled with a value of its type, every register with two rows.
FormData fullData(const FormSpec &spec)
{
    const auto sample = [](const FieldSpec &f, int n) -> QString {
        switch (f.type) {
        case FieldSpec::Type::Text:
            return QStringLiteral("%1 %2").arg(f.label).arg(n);
        case FieldSpec::Type::Integer:
            return QString::number(n + 3);
        case FieldSpec::Type::Decimal:
            return QStringLiteral("%1.5").arg(n);
        case FieldSpec::Type::Date:
            return QStringLiteral("2022-04-%1").arg(10 + n);
        case FieldSpec::Type::YesNo:
            return n % 2 ? QStringLiteral("是") : QStringLiteral("否");
        case FieldSpec::Type::Choice:
        case FieldSpec::Type::MultiChoice:
            return f.choices.value(n % f.choices.size());
        }
        return {};
    };
    FormData d;
    for (const FieldSpec &f : spec.fields)
        if (!f.isDerived() && !f.fromRows) // a figure the rows count is counted (附件2, issue 23)
            d.values.insert(f.key, sample(f, 1));
    const qsizetype rows = spec.fixedRows() ? spec.items.size() : 2;
    for (qsizetype r = 0; r < rows; ++r) {
        FormData::Row row;
        for (const FieldSpec &c : spec.columns)
            row.insert(c.key, sample(c, int(r)));
        if (row.value(QStringLiteral("self_checked")) == QStringLiteral("否"))
            row.remove(QStringLiteral("grade")); // the catalogue's rule: no grade without a self-check
        d.rows.push_back(row);
    }
    return withRowFigures(spec, d);
}

} // namespace

class TestSubmissionService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFormRoundTrips()
    {
        TempWorkspace t(QDate(2022, 5, 25));
        const UnitId unit = addUnit(t, QStringLiteral("旗公安局"));
        const Campaign c = t.ws->campaigns().campaign(t.campaign).value();
        for (const FormSpec &spec : c.forms) {
            // 附件7's rows are the unit's drawn files (none here): its round trip is tst_cliuploadform's.
            if (spec.owedByDrawnUnitsOnly)
                continue;
            const FormData data = fullData(spec).normalized(spec);
            const auto id =
                t.ws->submissions().receive(t.campaign, unit, spec.id, receipt(QDate(2022, 5, 20)), data);
            QVERIFY2(id, qPrintable(id ? QString() : id.error().fullText()));
            const auto back = t.ws->submissions().submission(*id);
            QVERIFY(back);
            QCOMPARE(back->data, data);
            QCOMPARE(back->status, S::Received);
            QCOMPARE(back->filledBy, QStringLiteral("李明"));
        }
        // And again after reopening the file.
        const QString path = t.path();
        t.ws.reset();
        auto reopened =
            Workspace::open(path, Database::Mode::OpenExisting,
                            std::make_unique<FixedClock>(QDate(2022, 5, 25)), QStringLiteral("tester"));
        QVERIFY(reopened);
        const auto all = (*reopened)->submissions().submissions(t.campaign);
        QVERIFY(all);
        QCOMPARE(all->size(), c.forms.size() - 1);
        for (const Submission &s : *all)
            QCOMPARE(s.data, fullData(*c.form(s.item)).normalized(*c.form(s.item)));
    }

    void workflowKeepsItsHistory()
    {
        TempWorkspace t(QDate(2022, 5, 30));
        const UnitId unit = addUnit(t, QStringLiteral("旗市场监督管理局"));
        SubmissionService &svc = t.ws->submissions();
        QSignalSpy changed(&svc, &SubmissionService::submissionChanged);

        const Submission missing = svc.submission(t.campaign, unit, QStringLiteral("附件2")).value();
        QCOMPARE(missing.status, S::Missing);
        QVERIFY(!missing.id.isValid());

        FormData bad;
        bad.values = {{QStringLiteral("cases_total"), QStringLiteral("47")},
                      {QStringLiteral("cases_self_checked"), QStringLiteral("50")}};
        const auto id =
            svc.receive(t.campaign, unit, QStringLiteral("附件2"), receipt(QDate(2022, 5, 22)), bad);
        QVERIFY(id);
        QCOMPARE(changed.count(), 1);
        // Received the day after the due date: one day late.
        // The campaign in a local: the deadline points into it.
        const Result<Campaign> campaign = t.ws->campaigns().campaign(t.campaign);
        QVERIFY(campaign.ok());
        const Deadline *due = campaign->deadlineOfItem(QStringLiteral("附件2"));
        QCOMPARE(svc.submission(*id)->lateDays(due), 1);

        // A second receipt of a received form is refused; so is accepting it with errors.
        QVERIFY(!svc.receive(t.campaign, unit, QStringLiteral("附件2"), receipt(QDate(2022, 5, 23)), bad));
        const auto refused = svc.accept(*id);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("自查案卷数不能大于执法案卷总数")),
                 qPrintable(refused.error().message));
        QCOMPARE(svc.submission(*id)->status, S::Received);

        // Returned with a reason (required), resubmitted corrected: the first receipt stays.
        QVERIFY(!svc.returnToUnit(*id, QStringLiteral("  ")));
        QVERIFY(svc.returnToUnit(*id, QStringLiteral("自查案卷数有误")));
        QCOMPARE(svc.submission(*id)->status, S::Returned);
        FormData good;
        good.values = {{QStringLiteral("cases_total"), QStringLiteral("47")},
                       {QStringLiteral("cases_self_checked"), QStringLiteral("14")}};
        QVERIFY(svc.receive(t.campaign, unit, QStringLiteral("附件2"), receipt(QDate(2022, 5, 28)), good));
        const Submission resubmitted = svc.submission(*id).value();
        QCOMPARE(resubmitted.firstReceivedOn, QDate(2022, 5, 22));
        QCOMPARE(resubmitted.receivedOn, QDate(2022, 5, 28));
        QCOMPARE(resubmitted.lateDays(due), 1);

        // Warnings (14 of 47 is under 30%) do not stop acceptance; they are kept in the history.
        QVERIFY(svc.accept(*id, QStringLiteral("同意")));
        QCOMPARE(svc.submission(*id)->status, S::Accepted);
        QVERIFY(!svc.save(*id, receipt(QDate(2022, 5, 28)), bad));

        const auto history = svc.history(*id).value();
        QStringList actions;
        for (const SubmissionEvent &e : history) {
            actions << e.action;
            QCOMPARE(e.actor, QStringLiteral("tester"));
            QVERIFY(e.at.isValid());
        }
        QCOMPARE(actions, (QStringList{QStringLiteral("receive"), QStringLiteral("return"),
                                       QStringLiteral("resubmit"), QStringLiteral("accept")}));
        QCOMPARE(history[1].note, QStringLiteral("自查案卷数有误"));
        QVERIFY(history[3].note.contains(QStringLiteral("自查比例不足30%")));
        QCOMPARE(
            t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'submission'")).toInt(),
            4);
        QVERIFY(AuditLog::verify(t.ws->database().connection())->ok());
    }

    void refusals()
    {
        TempWorkspace t(QDate(2022, 5, 20));
        const UnitId unit = addUnit(t, QStringLiteral("旗交通运输局"));
        SubmissionService &svc = t.ws->submissions();
        QVERIFY(!svc.receive(t.campaign, unit, QStringLiteral("附件99"), receipt(QDate(2022, 5, 19)), {}));
        QVERIFY(!svc.receive(t.campaign, unit, QStringLiteral("附件1"), receipt(QDate(2022, 5, 21)), {}));
        QVERIFY(
            !svc.receive(t.campaign, UnitId(999), QStringLiteral("附件1"), receipt(QDate(2022, 5, 19)), {}));
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM submissions")).toInt(), 0);
        // A written report: received with no form data.
        const auto id =
            svc.receive(t.campaign, unit, QStringLiteral("自查书面材料"), receipt(QDate(2022, 5, 19)), {});
        QVERIFY(id);
        QVERIFY(svc.accept(*id));
        // A unit with submissions cannot be deleted.
        QVERIFY(!t.ws->units().remove(unit));
    }

    void writtenReportKeepsItsEvidence()
    {
        TempWorkspace t(QDate(2022, 10, 14));
        const UnitId unit = addUnit(t, QStringLiteral("旗自然资源局"));
        SubmissionService &svc = t.ws->submissions();
        const auto id = svc.receive(t.campaign, unit, QStringLiteral("整改情况书面报告"),
                                    receipt(QDate(2022, 10, 13)), {});
        QVERIFY(id);
        const Result<Campaign> campaign = t.ws->campaigns().campaign(t.campaign);
        QVERIFY(campaign.ok());
        const Deadline *due = campaign->deadlineOfItem(QStringLiteral("整改情况书面报告"));
        QCOMPARE(svc.submission(*id)->lateDays(due), 1); // due 10-12
        const QString scan = t.dir.filePath(QStringLiteral("报告扫描件.pdf"));
        QFile f(scan);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4 a scan");
        f.close();
        QVERIFY(svc.attachEvidence(*id, scan));
        QFile::remove(scan); // the store keeps its own copy
        const Submission s = svc.submission(*id).value();
        QCOMPARE(s.evidenceName, QStringLiteral("报告扫描件.pdf"));
        QVERIFY(QFile::exists(svc.evidencePath(s)));
        QCOMPARE(svc.history(*id)->back().action, QStringLiteral("evidence"));
    }
};

QTEST_GUILESS_MAIN(TestSubmissionService)
#include "tst_submissionservice.moc"
