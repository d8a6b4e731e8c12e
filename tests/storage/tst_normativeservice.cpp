// Normative-document filing supervision through its only writer: filings and the materials checklist, the
// 有件不备 flag clearing on filing, reviews and corrections, zero reports and their refusals, clean-up
// rounds, the audit entries, and the `normative` counts of status --json.
#include "services/statusreport.h"
#include "services/ledgerservice.h"
#include "services/normativeservice.h"
#include "services/unitservice.h"
#include "tempworkspace.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>

using namespace oversight;

namespace {

UnitId addUnit(TempWorkspace &t, const QString &name)
{
    Unit u;
    u.campaign = t.campaign;
    u.name = name;
    return t.ws->units().create(u).value();
}

NormativeDocument filing(TempWorkspace &t, UnitId unit, const QString &number, QDate issued, QDate filed)
{
    NormativeDocument d;
    d.campaign = t.campaign;
    d.unit = unit;
    d.title = QStringLiteral("关于进一步规范行政执法行为的通知（%1）").arg(number);
    d.number = number;
    d.issuedOn = issued;
    d.filedOn = filed;
    d.materials = allMaterialsMask;
    return d;
}

QJsonObject normativeOf(const QJsonObject &status, const QString &unit)
{
    for (const QJsonValue &u : status.value(u"units"_qs).toArray())
        if (u.toObject().value(u"name"_qs).toString() == unit)
            return u.toObject().value(u"normative"_qs).toObject();
    return {};
}

QJsonObject statusOn(TempWorkspace &t, QDate today)
{
    const auto report = StatusReport::build(*t.ws, t.campaign, today);
    if (!report)
        qFatal("status: %s", qPrintable(report.error().fullText()));
    return report->toJson();
}

} // namespace

class TestNormativeService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filingKeepsItsMaterialsAndAudits()
    {
        TempWorkspace t(QDate(2022, 7, 20));
        const UnitId unit = addUnit(t, u"旗市场监督管理局"_qs);
        NormativeService &s = t.ws->normative();
        QSignalSpy changed(&s, &NormativeService::documentsChanged);
        NormativeDocument d =
            filing(t, unit, u"奈市监发〔2022〕5号"_qs, QDate(2022, 6, 1), QDate(2022, 7, 2));
        d.materials = int(FilingMaterial::FilingReport) | int(FilingMaterial::OfficialText);
        const auto id = s.add(d);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().fullText()));
        QCOMPARE(changed.count(), 1);
        const NormativeDocument stored = s.document(*id).value();
        QCOMPARE(stored.materials, d.materials);
        QCOMPARE(stored.missingMaterials().size(), 3);
        QCOMPARE(stored.lateDays(s.rules(t.campaign)->filingDeadlineDays, QDate(2022, 7, 20)), 1);
        QCOMPARE(t.scalar(u"SELECT action FROM audit_log WHERE entity = 'normative_document'"_qs).toString(),
                 u"create"_qs);
        QVERIFY(t.ws->database().connection().isOpen());

        // The same unit's number twice is refused, naming the document already there.
        const auto twice = s.add(d);
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().code, Error::Code::Conflict);
        QVERIFY(twice.error().message.contains(u"奈市监发〔2022〕5号"_qs));

        // Refusals write nothing.
        NormativeDocument bad =
            filing(t, unit, u"奈市监发[2022]6号"_qs, QDate(2022, 6, 1), QDate(2022, 5, 30));
        const auto refused = s.add(bad);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(u"〔2022〕"_qs));
        QVERIFY(refused.error().message.contains(u"before the issue date"_qs));
        bad = filing(t, unit, u"奈市监发〔2022〕7号"_qs, QDate(2022, 7, 21), QDate());
        QVERIFY(!s.add(bad).ok()); // issued after today
        QCOMPARE(t.scalar(u"SELECT count(*) FROM normative_documents"_qs).toInt(), 1);
        QCOMPARE(changed.count(), 1);
    }

    void unfiledFlagClearsOnFiling()
    {
        TempWorkspace t(QDate(2022, 8, 15));
        const UnitId unit = addUnit(t, u"旗交通运输局"_qs);
        NormativeService &s = t.ws->normative();
        NormativeDocument seen = filing(t, unit, u"奈交发〔2022〕12号"_qs, QDate(2022, 6, 20), QDate());
        seen.seenAt = QStringLiteral("旗人民政府门户网站");
        const NormativeDocumentId id = s.add(seen).value();
        QVERIFY(s.document(id)->isUnfiledKnown());
        QCOMPARE(s.document(id)->materials, 0); // nothing was handed in
        QJsonObject status = statusOn(t, QDate(2022, 8, 15));
        QCOMPARE(normativeOf(status, u"旗交通运输局"_qs).value(u"unfiled_known"_qs).toInt(), 1);
        QCOMPARE(normativeOf(status, u"旗交通运输局"_qs).value(u"filed"_qs).toInt(), 0);

        // Reviewing before filing is refused.
        QVERIFY(!s.review(id, {ReviewResult::Lawful, u"李审查"_qs, QDate(2022, 8, 15), {}, {}}).ok());

        QVERIFY(s.file(id, QDate(2022, 8, 10), allMaterialsMask).ok());
        const NormativeDocument filed = s.document(id).value();
        QVERIFY(!filed.isUnfiledKnown());
        QCOMPARE(filed.seenAt, u"旗人民政府门户网站"_qs);
        status = statusOn(t, QDate(2022, 8, 15));
        const QJsonObject n = normativeOf(status, u"旗交通运输局"_qs);
        QCOMPARE(n.value(u"unfiled_known"_qs).toInt(), 0);
        QCOMPARE(n.value(u"filed"_qs).toInt(), 1);
        QCOMPARE(n.value(u"late"_qs).toInt(), 1); // due 07-20, filed 08-10
        QCOMPARE(status.value(u"normative"_qs).toObject().value(u"late"_qs).toInt(), 1);
        const auto removed = t.ws->units().remove(unit);
        QVERIFY2(!removed.ok() && removed.error().message.contains(u"normative documents: 1"_qs),
                 qPrintable(removed.ok() ? QString() : removed.error().message));
        QCOMPARE(
            t.scalar(
                 u"SELECT count(*) FROM audit_log WHERE entity = 'normative_document' AND action = 'file'"_qs)
                .toInt(),
            1);
    }

    void reviewAndCorrection()
    {
        TempWorkspace t(QDate(2022, 9, 1));
        const UnitId unit = addUnit(t, u"旗自然资源局"_qs);
        NormativeService &s = t.ws->normative();
        const NormativeDocumentId id =
            s.add(filing(t, unit, u"奈自然资发〔2022〕3号"_qs, QDate(2022, 7, 1), QDate(2022, 7, 15)))
                .value();

        ReviewDraft r{ReviewResult::Unlawful, u"李审查"_qs, QDate(2022, 7, 25), {}, {}};
        const auto incomplete = s.review(id, r);
        QVERIFY(!incomplete.ok());
        QVERIFY(incomplete.error().message.contains(u"Opinion"_qs));
        QVERIFY(incomplete.error().message.contains(u"Correction deadline"_qs));
        r.opinion = QStringLiteral("第五条设定罚款，超越权限，应予纠正。");
        r.correctBy = QDate(2022, 8, 25);
        QVERIFY(s.review(id, r).ok());
        QVERIFY(s.document(id)->correctionOverdue(QDate(2022, 9, 1)));
        QVERIFY(!s.document(id)->problem.isValid()); // raised into the ledger only on request

        QVERIFY(
            s.recordCorrection(id, CorrectionOutcome::Repealed, QDate(2022, 8, 20), u"已发文废止"_qs).ok());
        QCOMPARE(s.document(id)->outcome, CorrectionOutcome::Repealed);
        QVERIFY(!s.document(id)->correctionOverdue(QDate(2022, 9, 1)));

        // A later lawful result clears the correction.
        QVERIFY(s.review(id, {ReviewResult::Lawful, u"李审查"_qs, QDate(2022, 8, 30), {}, {}}).ok());
        QVERIFY(!s.document(id)->outcome);
        QVERIFY(!s.document(id)->correctBy.isValid());
        QVERIFY(!s.recordCorrection(id, CorrectionOutcome::Corrected, QDate(2022, 8, 31), {}).ok());
    }

    void correctionGoesIntoTheLedger()
    {
        TempWorkspace t(QDate(2022, 9, 1));
        const UnitId unit = addUnit(t, u"旗自然资源局"_qs);
        NormativeService &s = t.ws->normative();
        const NormativeDocumentId id =
            s.add(filing(t, unit, u"奈自然资发〔2022〕3号"_qs, QDate(2022, 7, 1), QDate(2022, 7, 15)))
                .value();
        // Not reviewed, or lawful: nothing to rectify.
        QVERIFY(!s.raiseProblem(id).ok());
        QVERIFY(s.review(id, {ReviewResult::Lawful, u"李审查"_qs, QDate(2022, 7, 20), {}, {}}).ok());
        QCOMPARE(s.raiseProblem(id).error().field, u"result"_qs);
        QCOMPARE(t.ws->ledger().problems(t.campaign)->size(), size_t(0));

        QVERIFY(s.review(id, {ReviewResult::Unlawful, u"李审查"_qs, QDate(2022, 7, 25),
                              u"第五条设定罚款，超越权限。"_qs, QDate(2022, 8, 25)})
                    .ok());
        QSignalSpy added(&t.ws->ledger(), &LedgerService::problemAdded);
        const auto problem = s.raiseProblem(id);
        QVERIFY2(problem.ok(), problem.ok() ? "" : qPrintable(problem.error().message));
        QCOMPARE(added.size(), 1);
        QCOMPARE(s.document(id)->problem, *problem);
        const auto p = t.ws->ledger().problem(*problem);
        QCOMPARE(p->unit, unit);
        QCOMPARE(p->area, 9); // 加强规范性文件备案监督
        QCOMPARE(p->deadline, QDate(2022, 8, 25)); // the correction deadline
        QCOMPARE(p->originKind, u"normative_document"_qs);
        QCOMPARE(p->originId, id.value);
        QCOMPARE(p->description,
                 u"规范性文件《关于进一步规范行政执法行为的通知（奈自然资发〔2022〕3号）》（奈自然资发〔2022〕3号）"
                 u"备案审查：不合法，应予纠正；第五条设定罚款，超越权限。"_qs);
        QVERIFY(p->isOverdue(QDate(2022, 9, 1)));

        // Once is enough; after the ledger deletes it, it can be raised again.
        QCOMPARE(s.raiseProblem(id).error().code, Error::Code::Conflict);
        QVERIFY(t.ws->ledger().remove(*problem).ok());
        QVERIFY(s.raiseProblem(id).ok());
        QCOMPARE(t.ws->ledger().problems(t.campaign)->size(), size_t(1));
        QCOMPARE(t.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'raise_problem'"_qs).toInt(), 2);
    }

    void zeroReports()
    {
        TempWorkspace t(QDate(2022, 10, 10));
        const UnitId a = addUnit(t, u"旗公安局"_qs);
        const UnitId b = addUnit(t, u"旗教育局"_qs);
        NormativeService &s = t.ws->normative();
        QVERIFY(s.add(filing(t, a, u"奈公发〔2022〕2号"_qs, QDate(2022, 5, 10), QDate(2022, 5, 20))).ok());

        // Filed in Q2: no zero report needed for Q2 — and one is refused; Q3 still needs one.
        const auto needless = s.addZeroReport({0, t.campaign, a, u"2022-Q2"_qs, QDate(2022, 7, 3), {}});
        QVERIFY(!needless.ok());
        QVERIFY(needless.error().message.contains(u"No zero report is needed"_qs));
        QJsonObject status = statusOn(t, QDate(2022, 10, 10));
        QCOMPARE(normativeOf(status, u"旗公安局"_qs).value(u"zero_reports_missing"_qs).toInt(), 2); // Q1, Q3
        QCOMPARE(normativeOf(status, u"旗教育局"_qs).value(u"zero_reports_missing"_qs).toInt(), 3);
        QCOMPARE(status.value(u"normative"_qs).toObject().value(u"zero_reports_missing"_qs).toInt(), 5);

        QSignalSpy changed(&s, &NormativeService::zeroReportsChanged);
        const auto q3 =
            s.addZeroReport({0, t.campaign, a, u"2022-Q3"_qs, QDate(2022, 10, 8), u"本季度未制发"_qs});
        QVERIFY(q3.ok());
        QCOMPARE(changed.count(), 1);
        QVERIFY(!s.addZeroReport({0, t.campaign, a, u"2022-Q3"_qs, QDate(2022, 10, 9), {}}).ok()); // twice
        QVERIFY(!s.addZeroReport({0, t.campaign, b, u"2022"_qs, QDate(2022, 10, 9), {}}).ok());    // a year
        QVERIFY(!s.addZeroReport({0, t.campaign, b, u"2023-Q1"_qs, QDate(2022, 10, 9), {}}).ok()); // future
        QVERIFY(s.addZeroReport({0, t.campaign, b, u"2022-Q4"_qs, QDate(2022, 10, 9), {}}).ok());  // started
        status = statusOn(t, QDate(2022, 10, 10));
        QCOMPARE(normativeOf(status, u"旗公安局"_qs).value(u"zero_reports_missing"_qs).toInt(), 1);

        // The boundary with a fixed today: on 09-30 Q3 is not missing yet, on 10-01 it is.
        QCOMPARE(normativeOf(statusOn(t, QDate(2022, 9, 30)), u"旗教育局"_qs)
                     .value(u"zero_reports_missing"_qs)
                     .toInt(),
                 2);
        QCOMPARE(normativeOf(statusOn(t, QDate(2022, 10, 1)), u"旗教育局"_qs)
                     .value(u"zero_reports_missing"_qs)
                     .toInt(),
                 3);

        QVERIFY(s.removeZeroReport(*q3).ok());
        QCOMPARE(t.scalar(u"SELECT count(*) FROM audit_log WHERE entity = 'zero_report'"_qs).toInt(), 3);
    }

    void cleanupRound()
    {
        TempWorkspace t(QDate(2022, 9, 20));
        const UnitId unit = addUnit(t, u"旗发展和改革委员会"_qs);
        NormativeService &s = t.ws->normative();
        const NormativeDocumentId doc =
            s.add(filing(t, unit, u"奈发改发〔2022〕8号"_qs, QDate(2022, 3, 1), QDate(2022, 3, 20))).value();
        const auto round = s.addRound({{},
                                       t.campaign,
                                       u"涉及“放管服”改革的规范性文件专项清理"_qs,
                                       u"2021年底前印发的现行有效规范性文件"_qs,
                                       QDate(2022, 9, 30)});
        QVERIFY(round.ok());
        QVERIFY(!s.addRound({{}, t.campaign, u"涉及“放管服”改革的规范性文件专项清理"_qs, {}, {}}).ok());

        CleanupItem fromRegister;
        fromRegister.round = *round;
        fromRegister.document = doc;
        const auto first = s.addItem(fromRegister);
        QVERIFY(first.ok());
        QCOMPARE(s.items(*round)->front().number, u"奈发改发〔2022〕8号"_qs); // copied from the register
        QVERIFY(!s.addItem(fromRegister).ok());                               // once per round

        const QList<std::optional<CleanupDecision>> decisions{CleanupDecision::Keep, CleanupDecision::Repeal,
                                                              CleanupDecision::Invalidate, std::nullopt};
        for (int i = 0; i < decisions.size(); ++i) {
            CleanupItem item;
            item.round = *round;
            item.unit = unit;
            item.title = QStringLiteral("旧文件%1").arg(i + 1);
            item.number = QStringLiteral("奈发改发〔2019〕%1号").arg(i + 1);
            item.issuedOn = QDate(2019, 3, i + 1);
            item.decision = decisions.at(i);
            if (item.decision)
                item.decidedOn = QDate(2022, 9, 10);
            QVERIFY(s.addItem(item).ok());
        }
        CleanupItem undated;
        undated.round = *round;
        undated.unit = unit;
        undated.title = QStringLiteral("无日期");
        undated.decision = CleanupDecision::Keep;
        const auto noDate = s.addItem(undated);
        QVERIFY(!noDate.ok());
        QVERIFY(noDate.error().message.contains(u"Decision date"_qs));

        CleanupItem amend = s.items(*round)->front();
        amend.decision = CleanupDecision::Amend;
        amend.decidedOn = QDate(2022, 9, 15);
        QVERIFY(s.updateItem(amend).ok());
        const CleanupCounts c = cleanupCounts(s.items(*round).value());
        QCOMPARE(c.total, 5);
        QCOMPARE(c.keep, 1);
        QCOMPARE(c.amend, 1);
        QCOMPARE(c.repeal, 1);
        QCOMPARE(c.invalidate, 1);
        QCOMPARE(c.pending, 1);

        // Deleting a register document entered by mistake leaves the round its copy of the document.
        QVERIFY(s.remove(doc).ok());
        const CleanupItem kept = s.items(*round)->front();
        QVERIFY(!kept.document.isValid());
        QCOMPARE(kept.number, u"奈发改发〔2022〕8号"_qs);
        QCOMPARE(kept.decision, CleanupDecision::Amend);

        // A unit with documents in the register cannot be deleted; the message names them.
        const auto removed = t.ws->units().remove(unit);
        QVERIFY(!removed.ok());
        QVERIFY2(removed.error().message.contains(u"documents in clean-up rounds: 5"_qs),
                 qPrintable(removed.error().message));
    }

    void importFilingsUpdatesKnownUnfiled()
    {
        TempWorkspace t(QDate(2022, 8, 1));
        const UnitId unit = addUnit(t, u"旗卫生健康委员会"_qs);
        NormativeService &s = t.ws->normative();
        NormativeDocument seen = filing(t, unit, u"奈卫健发〔2022〕4号"_qs, QDate(2022, 6, 1), QDate());
        QVERIFY(s.add(seen).ok());
        std::vector<NormativeDocument> list{
            filing(t, unit, u"奈卫健发〔2022〕4号"_qs, QDate(2022, 6, 1), QDate(2022, 6, 20)),
            filing(t, unit, u"奈卫健发〔2022〕9号"_qs, QDate(2022, 7, 1), QDate(2022, 7, 5))};
        const auto plan = s.planFilings(t.campaign, list);
        QCOMPARE(plan->added, 1);
        QCOMPARE(plan->updated, 1);
        const auto done = s.importFilings(t.campaign, list);
        QVERIFY(done.ok());
        QCOMPARE(done->added, 1);
        QCOMPARE(done->updated, 1);
        const auto again = s.importFilings(t.campaign, list);
        QCOMPARE(again->unchanged, 2);
        // Held in a local: a range-for over value() of a temporary Result would read a destroyed vector.
        const Result<std::vector<NormativeDocument>> documents = s.documents(t.campaign);
        QVERIFY(documents.ok());
        QCOMPARE(documents->size(), size_t(2));
        for (const NormativeDocument &d : *documents)
            QVERIFY(d.isFiled());
    }
};

QTEST_GUILESS_MAIN(TestNormativeService)
#include "tst_normativeservice.moc"
