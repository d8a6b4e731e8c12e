// The case review on a real database file: catalogue import and the 30% figures, draws stored and verified,
// scoring sheets and unit results.
#include "documents/noticegenerator.h"
#include "services/campaignfigures.h"
#include "exchange/caseexchange.h"
#include "exchange/table.h"
#include "formats/xlsxwriter.h"
#include "services/casereviewservice.h"
#include "services/ledgerservice.h"
#include "storage/auditlog.h"
#include "services/unitservice.h"
#include "tempworkspace.h"

#include <QFile>
#include <QSignalSpy>

using namespace oversight;

class TestCaseReviewService final : public QObject
{
    Q_OBJECT

    static UnitId addUnit(TempWorkspace &t, const QString &name)
    {
        Unit u;
        u.campaign = t.campaign;
        u.name = name;
        u.category = Unit::Category::Department;
        const auto id = t.ws->units().create(u);
        if (!id)
            qFatal("%s", qPrintable(id.error().fullText()));
        return *id;
    }

    static void addFiles(TempWorkspace &t, UnitId unit, const QString &prefix, int n, int checked = 0)
    {
        for (int i = 1; i <= n; ++i) {
            CaseFile f;
            f.unit = unit;
            f.number = QStringLiteral("%1-%2").arg(prefix).arg(i, 3, 10, QLatin1Char('0'));
            f.title = QStringLiteral("案件%1").arg(i);
            f.selfChecked = i <= checked;
            const auto id = t.ws->caseReview().createCaseFile(f);
            if (!id)
                qFatal("%s", qPrintable(id.error().fullText()));
        }
    }

    static Result<ImportReport> importCsv(TempWorkspace &t, const QByteArray &csv, bool dryRun = false)
    {
        const QString path = t.dir.filePath(QStringLiteral("cases.csv"));
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(csv);
        f.close();
        auto table = openTable(path);
        if (!table)
            return table.error();
        CaseImporter importer(t.ws->caseReview(), t.ws->units(), t.campaign);
        ImportOptions options;
        options.dryRun = dryRun;
        options.flushRows = 2; // exercise the streaming writes
        return runImport(**table, importer, options);
    }

    static const CatalogueSummary *summaryOf(const std::vector<CatalogueSummary> &all, const QString &name)
    {
        for (const CatalogueSummary &s : all)
            if (s.unitName == name)
                return &s;
        return nullptr;
    }

private Q_SLOTS:
    void importGivesTotalsAndThe30PercentRule()
    {
        TempWorkspace t;
        addUnit(t, u"旗市场监督管理局"_qs);
        addUnit(t, u"旗交通运输局"_qs);
        addUnit(t, u"大沁他拉镇"_qs);
        addUnit(t, u"八仙筒镇"_qs);
        QByteArray csv = "单位名称,案卷编号,案件名称,案件类型,当事人,办结日期,是否自查,自查等次\n";
        for (int i = 1; i <= 10; ++i)
            csv += QStringLiteral("旗市场监督管理局,SJ-%1,案件%1,行政处罚,某公司,2021/6/%1,%2,%3\n")
                       .arg(i)
                       .arg(i <= 2 ? u"是"_qs : u"否"_qs)
                       .arg(i <= 2 ? u"良好"_qs : QString())
                       .toUtf8();
        for (int i = 1; i <= 4; ++i)
            csv +=
                QStringLiteral("旗交通运输局,JT-%1,案件%1,行政处罚,,2021-03-0%1,是,合格\n").arg(i).toUtf8();
        csv += "大沁他拉镇,无,,,,,,\n";
        auto report = importCsv(t, csv);
        QVERIFY(report.ok());
        QVERIFY2(report->clean(),
                 report->issues.isEmpty() ? "" : qPrintable(report->issueText(report->issues[0])));
        QCOMPARE(report->added, 15);

        const auto all = t.ws->caseReview().catalogue(t.campaign);
        QVERIFY(all.ok());
        const CatalogueSummary *sj = summaryOf(*all, u"旗市场监督管理局"_qs);
        QCOMPARE(sj->total, 10);
        QCOMPARE(sj->selfChecked, 2);
        QCOMPARE(sj->figures().required(), 3);
        QVERIFY(!sj->figures().ok());
        QVERIFY(summaryOf(*all, u"旗交通运输局"_qs)->figures().ok());
        const CatalogueSummary *none = summaryOf(*all, u"大沁他拉镇"_qs);
        QVERIFY(none->reported && none->noCases && none->figures().ok());
        const CatalogueSummary *missing = summaryOf(*all, u"八仙筒镇"_qs);
        QVERIFY(!missing->reported);

        // The same file again changes nothing.
        auto again = importCsv(t, csv);
        QVERIFY(again.ok() && again->clean());
        QCOMPARE(again->added, 0);
        QCOMPARE(again->unchanged, 15);
    }

    void xlsxWithDateCellsImports()
    {
        TempWorkspace t;
        addUnit(t, u"旗市场监督管理局"_qs);
        XlsxWorkbook book = caseTemplate();
        XlsxSheet &sheet = book.sheets.first();
        sheet.inputRows = 0;
        sheet.rows.append(QVariantList{u"旗市场监督管理局"_qs, u"奈市监罚〔2021〕1号"_qs,
                                       u"某某公司无证经营案"_qs, u"行政处罚"_qs, u"某某公司"_qs,
                                       QDate(2021, 3, 5), u"是"_qs, u"良好"_qs});
        sheet.rows.append(QVariantList{u"旗市场监督管理局"_qs, u"奈市监罚〔2021〕2号"_qs,
                                       u"某某公司超范围经营案"_qs, u"行政处罚"_qs, QString(),
                                       QDate(2021, 4, 9), u"否"_qs, QString()});
        const QString path = t.dir.filePath(u"cases.xlsx"_qs);
        QVERIFY(writeXlsx(path, book).ok());
        auto table = openTable(path);
        QVERIFY(table.ok());
        CaseImporter importer(t.ws->caseReview(), t.ws->units(), t.campaign);
        const auto report = runImport(**table, importer);
        QVERIFY(report.ok());
        QVERIFY2(report->clean(),
                 report->issues.isEmpty() ? "" : qPrintable(report->issueText(report->issues[0])));
        QCOMPARE(report->added, 2);
        const auto files = t.ws->caseReview().caseFiles(t.campaign).value();
        QCOMPARE(files.size(), size_t(2));
        QCOMPARE(files[0].closedOn, QDate(2021, 3, 5));
        QVERIFY(files[0].selfChecked);
        QCOMPARE(files[0].selfCheckGrade, u"良好"_qs);
        // One audit entry per file, written with the files.
        QCOMPARE(t.scalar(u"SELECT count(*) FROM audit_log WHERE entity = 'case_file'"_qs).toInt(), 2);
    }

    void badRowsAreNamedAndNothingIsWritten()
    {
        TempWorkspace t;
        const UnitId sj = addUnit(t, u"旗市场监督管理局"_qs);
        addFiles(t, sj, u"OLD"_qs, 1);
        const QByteArray csv = "单位名称,案卷编号,案件名称,办结日期,是否自查,自查等次\n"
                               "旗市场监督管理局,A-1,案件一,2021-02-30,是,\n"
                               "旗市场监督管理局,A-1,案件一again,,,\n"
                               "不存在的局,B-1,案件,,,\n"
                               "旗市场监督管理局,A-2,案件二,,否,优秀\n"
                               "旗市场监督管理局,无,,,,\n"
                               "旗市场监督管理局,A-3,案件三,,也许,\n";
        auto report = importCsv(t, csv);
        QVERIFY(report.ok());
        QVERIFY(!report->clean());
        QStringList texts;
        for (const ImportIssue &i : report->issues)
            texts << report->issueText(i);
        const QString all = texts.join(u'\n');
        QVERIFY2(all.contains(u":2:D:"_qs), qPrintable(all)); // impossible date
        QVERIFY2(all.contains(u":3:B:"_qs), qPrintable(all)); // duplicate number
        QVERIFY2(all.contains(u":4:A:"_qs), qPrintable(all)); // unregistered unit
        QVERIFY2(all.contains(u":5:F:"_qs), qPrintable(all)); // grade without self-check
        QVERIFY2(all.contains(u":6:B:"_qs), qPrintable(all)); // "no cases" with files in the catalogue
        QVERIFY2(all.contains(u":7:E:"_qs), qPrintable(all)); // neither 是 nor 否
        QCOMPARE(t.scalar(u"SELECT count(*) FROM case_files"_qs).toInt(), 1);
    }

    void noCasesIsRefusedWhileFilesExist()
    {
        TempWorkspace t;
        const UnitId u = addUnit(t, u"旗林草局"_qs);
        addFiles(t, u, u"LC"_qs, 1);
        QVERIFY(!t.ws->caseReview().setNoCases(t.campaign, u, true).ok());
    }

    void drawStoresAVerifiableRecord()
    {
        TempWorkspace t;
        const UnitId a = addUnit(t, u"旗市场监督管理局"_qs);
        const UnitId b = addUnit(t, u"旗交通运输局"_qs);
        const UnitId c = addUnit(t, u"大沁他拉镇"_qs);
        addFiles(t, a, u"SJ"_qs, 40);
        addFiles(t, b, u"JT"_qs, 25);
        addFiles(t, c, u"DQ"_qs, 5);
        for (const auto &[name, where] :
             {std::pair{u"张三"_qs, u"旗市场监督管理局"_qs}, std::pair{u"李四"_qs, u"旗交通运输局"_qs},
              std::pair{u"王五"_qs, u"某某律师事务所"_qs}, std::pair{u"赵六"_qs, u"大沁他拉镇"_qs}})
            QVERIFY(t.ws->caseReview().addReviewer({0, t.campaign, name, where, u"法律职业资格"_qs}).ok());

        DrawRequest request;
        request.units = {u"旗市场监督管理局"_qs, u"旗交通运输局"_qs, u"大沁他拉镇"_qs};
        request.count = 30;
        request.seed = 12345;
        const auto record = t.ws->caseReview().drawCases(t.campaign, request);
        QVERIFY2(record.ok(), record.ok() ? "" : qPrintable(record.error().message));
        QCOMPARE(record->result.size(), size_t(30));
        QVERIFY(record->hasReviewers());
        QVERIFY(!record->warning.isEmpty()); // fewer than the plan's 60
        const auto files = t.ws->caseReview().drawnFiles(t.campaign, record->id);
        QCOMPARE(files->size(), size_t(30));
        for (const DrawnFile &f : *files) {
            QVERIFY(!f.reviewer1.isEmpty() && !f.reviewer2.isEmpty());
            QVERIFY(f.reviewer1 != f.reviewer2);
        }
        // Stored and re-read, it verifies.
        const auto v = t.ws->caseReview().verify(record->id);
        QVERIFY(v.ok());
        QVERIFY2(v->ok(), qPrintable(v->differences.join(u'\n')));
        // The same request with the same seed on another file gives the same files.
        const auto again = t.ws->caseReview().drawCases(t.campaign, request);
        QVERIFY(again->result == record->result);

        // The record is frozen.
        QVERIFY(!t.run(QStringLiteral("UPDATE draws SET seed = '1' WHERE id = %1").arg(record->id.value)));
        QVERIFY(!t.run(QStringLiteral("DELETE FROM draws WHERE id = %1").arg(record->id.value)));

        // A file added to a drawn unit's catalogue since: verify names the change.
        addFiles(t, c, u"DQ-NEW"_qs, 1);
        const auto changed = t.ws->caseReview().verify(record->id);
        QVERIFY(changed.ok());
        QVERIFY(!changed->ok());
        QVERIFY2(changed->differences.join(u' ').contains(u"DQ-NEW-001"_qs),
                 qPrintable(changed->differences.join(u'\n')));

        // A drawn file cannot be deleted.
        QVERIFY(!t.ws->caseReview().removeCaseFile(files->front().caseFile).ok());

        // The second draw set aside (with a reason): it stays, but counts no more.
        QCOMPARE(t.ws->caseReview().drawnFiles(t.campaign)->size(), size_t(60));
        QVERIFY(!t.ws->caseReview().voidDraw(again->id, u" "_qs).ok());
        QVERIFY(t.ws->caseReview().voidDraw(again->id, u"与第1次抽取重复"_qs).ok());
        QCOMPARE(t.ws->caseReview().drawnFiles(t.campaign)->size(), size_t(30));
        QCOMPARE(t.ws->caseReview().drawRecord(again->id)->voidReason, u"与第1次抽取重复"_qs);
        QVERIFY(!t.ws->caseReview().voidDraw(again->id, u"again"_qs).ok());
    }

    void reviewersAsASecondStep()
    {
        TempWorkspace t;
        const UnitId a = addUnit(t, u"旗市场监督管理局"_qs);
        addFiles(t, a, u"SJ"_qs, 10);
        DrawRequest request;
        request.units = {u"旗市场监督管理局"_qs};
        request.count = 3;
        request.seed = 9;
        const auto record = t.ws->caseReview().drawCases(t.campaign, request);
        QVERIFY(record.ok());
        QVERIFY(!record->hasReviewers());
        QVERIFY(!t.ws->caseReview().drawReviewers(record->id, 1).ok()); // empty pool
        QVERIFY(t.ws->caseReview().addReviewer({0, t.campaign, u"甲"_qs, u"某某律师事务所"_qs, {}}).ok());
        QVERIFY(t.ws->caseReview().addReviewer({0, t.campaign, u"乙"_qs, u"旗司法局"_qs, {}}).ok());
        QVERIFY(t.ws->caseReview().addReviewer({0, t.campaign, u"丙"_qs, u"旗市场监督管理局"_qs, {}}).ok());
        const auto second = t.ws->caseReview().drawReviewers(record->id, 77);
        QVERIFY2(second.ok(), second.ok() ? "" : qPrintable(second.error().message));
        QVERIFY(second->hasReviewers());
        const auto files = t.ws->caseReview().drawnFiles(t.campaign, record->id);
        for (const DrawnFile &f : *files)
            QVERIFY(f.reviewer1 != u"丙"_qs && f.reviewer2 != u"丙"_qs);
        QVERIFY(!t.ws->caseReview().drawReviewers(record->id, 78).ok()); // once
        QVERIFY(t.ws->caseReview().verify(record->id)->ok());
    }

    void findingsBecomeLedgerProblems()
    {
        TempWorkspace t;
        const UnitId a = addUnit(t, u"旗市场监督管理局"_qs);
        addFiles(t, a, u"SJ"_qs, 4);
        DrawRequest request;
        request.units = {u"旗市场监督管理局"_qs};
        request.count = 2;
        request.seed = 5;
        QVERIFY(t.ws->caseReview().drawCases(t.campaign, request).ok());
        const auto files = t.ws->caseReview().drawnFiles(t.campaign);
        QCOMPARE(files->size(), size_t(2));
        const DrawnFile file = files->front();
        const auto c = t.ws->campaigns().campaign(t.campaign);
        const ScoringSpec &spec = c->scoring;

        // No sheet yet: refused, nothing written.
        const auto early = t.ws->caseReview().raiseProblems(file.id);
        QVERIFY(!early.ok());
        QCOMPARE(early.error().code, Error::Code::Conflict);

        ReviewSheet sheet;
        sheet.drawnFile = file.id;
        sheet.reviewers = u"甲、乙"_qs;
        sheet.reviewedOn = QDate(2022, 6, 20);
        const ScoringItem &fine = spec.groups[1].items[4];
        const ScoringItem &other = spec.groups[0].items[0];
        sheet.findings = {{0, ReviewFinding::Kind::Deduction, fine.key, 0, u"罚款畸重"_qs, {}},
                          {0, ReviewFinding::Kind::Deduction, other.key, 0, QString(), {}}};
        QVERIFY(t.ws->caseReview().saveSheet(sheet).ok());

        QSignalSpy added(&t.ws->ledger(), &LedgerService::problemAdded);
        const auto raised = t.ws->caseReview().raiseProblems(file.id);
        QVERIFY2(raised.ok(), raised.ok() ? "" : qPrintable(raised.error().message));
        QCOMPARE(*raised, 2);
        QCOMPARE(added.size(), 2); // announced after the commit, one per problem

        const auto problems = t.ws->ledger().problems(t.campaign);
        QCOMPARE(problems->size(), size_t(2));
        const auto stored = t.ws->caseReview().sheet(file.id);
        for (const ReviewFinding &f : (*stored)->findings) {
            QVERIFY(f.problem.isValid());
            const auto p = t.ws->ledger().problem(f.problem);
            QVERIFY(p.ok());
            QCOMPARE(p->unit, a);
            QCOMPARE(p->source, Problem::Source::SpotCheck);
            QCOMPARE(p->area, 2); // 开展行政执法案卷评查
            QCOMPARE(p->originKind, u"review_finding"_qs);
            QCOMPARE(p->originId, f.id);
            QCOMPARE(p->status, Problem::Status::Open);
            QVERIFY2(p->description.contains(file.number) && p->description.contains(file.title),
                     qPrintable(p->description));
        }
        const auto first = t.ws->ledger().problem((*stored)->findings.front().problem);
        QCOMPARE(first->description,
                 QStringLiteral("抽检案卷《%1》（%2）：%3；罚款畸重").arg(file.title, file.number, fine.text));

        // Twice changes nothing.
        QCOMPARE(*t.ws->caseReview().raiseProblems(file.id), 0);
        QCOMPARE(t.ws->ledger().problems(t.campaign)->size(), size_t(2));

        // An edit that does not carry the links (a fresh editor) keeps them; a new line is raised alone.
        ReviewSheet edited = sheet;
        edited.findings.push_back({0, ReviewFinding::Kind::Deduction, spec.groups[2].items[0].key, 0, {}, {}});
        QVERIFY(t.ws->caseReview().saveSheet(edited).ok());
        QCOMPARE(*t.ws->caseReview().raiseProblems(file.id), 1);
        QCOMPARE(t.ws->ledger().problems(t.campaign)->size(), size_t(3));

        // A problem deleted from the ledger is raised again on request.
        QVERIFY(t.ws->ledger().remove(first->id).ok());
        QCOMPARE(*t.ws->caseReview().raiseProblems(file.id), 1);
        QCOMPARE(t.ws->ledger().problems(t.campaign)->size(), size_t(3));

        QCOMPARE(t.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'raise_problems'"_qs).toInt(), 3);
        QVERIFY(AuditLog::verify(t.ws->database().connection())->ok());
    }

    void scoringAndUnitResults()
    {
        TempWorkspace t;
        const UnitId a = addUnit(t, u"旗市场监督管理局"_qs);
        addFiles(t, a, u"SJ"_qs, 5);
        DrawRequest request;
        request.units = {u"旗市场监督管理局"_qs};
        request.count = 3;
        request.seed = 3;
        const auto record = t.ws->caseReview().drawCases(t.campaign, request);
        QVERIFY(record.ok());
        const auto files = t.ws->caseReview().drawnFiles(t.campaign);
        QCOMPARE(files->size(), size_t(3));
        const auto c = t.ws->campaigns().campaign(t.campaign);
        const ScoringSpec &spec = c->scoring;

        ReviewSheet s1;
        s1.drawnFile = (*files)[0].id;
        s1.reviewers = u"甲、乙"_qs;
        s1.reviewedOn = QDate(2022, 6, 20);
        s1.findings.push_back(
            {0, ReviewFinding::Kind::Deduction, spec.groups[1].items[4].key, 0, u"罚款畸重"_qs, {}});
        const auto score1 = t.ws->caseReview().saveSheet(s1);
        QVERIFY2(score1.ok(), score1.ok() ? "" : qPrintable(score1.error().message));
        QCOMPARE(score1->score(), 90.0); // the item's own 10 points, whatever the caller said

        ReviewSheet s2 = s1;
        s2.drawnFile = (*files)[1].id;
        s2.findings = {{0, ReviewFinding::Kind::Veto, spec.vetoItems[5].key, 0, u"超过时效"_qs, {}}};
        QCOMPARE(t.ws->caseReview().saveSheet(s2)->grade, Grade::Fail);

        ReviewSheet bad = s1;
        bad.drawnFile = (*files)[2].id;
        bad.reviewers.clear();
        QVERIFY(!t.ws->caseReview().saveSheet(bad).ok());

        const auto results = t.ws->caseReview().unitResults(t.campaign);
        QVERIFY(results.ok());
        QCOMPARE(results->size(), size_t(1));
        const UnitReviewResult &u = results->front();
        QCOMPARE(u.filesDrawn, 3);
        QCOMPARE(u.filesReviewed, 2);
        QCOMPARE(u.averageScore, 45.0);
        QCOMPARE(u.excellent, 1);
        QCOMPARE(u.fail, 1);
        QCOMPARE(u.averageGrade, Grade::Fail);
        QVERIFY(u.mainProblems.contains(spec.groups[1].items[4].text));

        // The link for the ledger: problem_id exists and is kept when a sheet is saved again.
        QVERIFY(t.run(u"UPDATE review_findings SET problem_id = 7"_qs));
        auto reread = t.ws->caseReview().sheet(s1.drawnFile);
        QVERIFY(reread.ok() && reread->has_value());
        QCOMPARE((*reread)->findings.front().problem, ProblemId(7));
        QVERIFY(t.ws->caseReview().saveSheet(**reread).ok());
        QCOMPARE(t.scalar(u"SELECT count(*) FROM review_findings WHERE problem_id = 7"_qs).toInt(), 2);

        const auto figures = t.ws->caseReview().spotCheckFigures(t.campaign);
        QCOMPARE(figures->filesDrawn, 3);
        QCOMPARE(figures->filesReviewed, 2);
        QCOMPARE(figures->required, 60);
        QVERIFY(!figures->ok());

        const auto notice = t.ws->caseReview().spotCheckResults(t.campaign);
        QCOMPARE(notice->units.size(), size_t(1));
        QCOMPARE(notice->units.front().files, 2);
        // The circulation notice takes these figures instead of its 【N】 placeholders: files drawn and files
        // scored both, truthfully.
        SpotCheckResults completed = *notice;
        const auto data = CampaignData::load(*t.ws, t.campaign, QDate(2022, 7, 10));
        QVERIFY(data.ok());
        completed.completeFrom(*data, t.ws->caseReview().draws(t.campaign).value());
        const OfficialDocument draft = NoticeGenerator(*c, QDate(2022, 7, 10)).spotCheck(completed);
        QVERIFY2(draft.body.contains(u"此次共抽取1个单位的行政执法案卷3卷（方案要求不少于60卷），已完成评查2卷，尚有1卷未评查"_qs),
                 qPrintable(draft.body));
        QVERIFY2(draft.body.contains(u"|旗市场监督管理局|3|2|"_qs), qPrintable(draft.body));

        QVERIFY(t.ws->caseReview().setUploaded((*files)[0].id, true, QDate(2022, 7, 1)).ok());
        QVERIFY(t.ws->caseReview().drawnFiles(t.campaign)->front().uploaded);
    }
};

QTEST_GUILESS_MAIN(TestCaseReviewService)
#include "tst_casereviewservice.moc"
