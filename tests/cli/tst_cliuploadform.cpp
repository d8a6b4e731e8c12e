// 附件7 is one thing (issue 18 item 7): `draw results --out X.xlsx` writes the campaign's 附件7 form (its
// title and columns from the campaign file), that file imports back with `import form 附件7 --unit NAME`,
// and the upload ticks of the drawn files and the unit's 附件7 submission are the same data whichever side
// changes: a tick shows in `status --json`, an imported form moves the ticks.
#include "clirun.h"
#include "domain/uploadform.h"
#include "exchange/formexchange.h"
#include "exchange/table.h"
#include "formats/xlsxwriter.h"
#include "services/campaignservice.h"
#include "services/casereviewservice.h"
#include "services/clock.h"
#include "services/submissionservice.h"
#include "services/unitservice.h"
#include "services/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace oversight;
using clitest::Run;

class TestCliUploadForm final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QString m_db;
    const QString m_day = QStringLiteral("2022-07-10");

    Run cli(const QStringList &arguments)
    {
        return clitest::runCli(m_home.path(), m_dir.path(), m_db,
                               QStringList{QStringLiteral("--today"), m_day} + arguments);
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(bytes);
        return path;
    }

    std::unique_ptr<Workspace> open()
    {
        auto ws = Workspace::open(m_db, Database::Mode::OpenExisting,
                                  std::make_unique<FixedClock>(QDate(2022, 7, 10)), QStringLiteral("test"));
        if (!ws)
            qFatal("open: %s", qPrintable(ws.error().message));
        return std::move(ws).value();
    }

    /// The drawn files of `unit` (by register name).
    static std::vector<DrawnFile> filesOf(Workspace &ws, const QString &unit)
    {
        const CampaignId c = ws.campaigns().current().value();
        const auto all = ws.caseReview().drawnFiles(c); // kept alive over the loop
        std::vector<DrawnFile> out;
        for (const DrawnFile &f : *all)
            if (f.unitName == unit)
                out.push_back(f);
        return out;
    }

    /// status --json's 附件7 line of `unit` (empty when it lists none).
    QJsonObject form7(const QString &unit)
    {
        const Run r = cli({QStringLiteral("status"), QStringLiteral("--json")});
        if (r.code != 0)
            qFatal("status: %s", r.said().constData());
        for (const QJsonValue &u : QJsonDocument::fromJson(r.out.toUtf8())[u"units"_qs].toArray())
            if (u[u"name"_qs].toString() == unit)
                for (const QJsonValue &s : u[u"submissions"_qs].toArray())
                    if (s[u"form"_qs].toString() == QStringLiteral("附件7"))
                        return s.toObject();
        return {};
    }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        m_db = m_dir.filePath(QStringLiteral("upload-%1.sqlite").arg(++n));
        QVERIFY(cli({u"init"_qs}).code == 0);
        const Run r =
            cli({u"import"_qs, u"units"_qs,
                 write(u"units.csv"_qs, "单位名称,单位类别\n旗市场监督管理局,部门\n旗交通运输局,部门\n")});
        QVERIFY2(r.code == 0, r.said());
        QByteArray cases = "单位名称,案卷编号,案件名称,案件类型,当事人,办结日期,是否自查,自查等次\n";
        for (int i = 1; i <= 20; ++i)
            cases +=
                QStringLiteral("旗市场监督管理局,SJ-%1,案件%1,行政处罚,,2021-05-01,是,\n旗交通运输局,JT-%1,"
                               "案件%1,行政许可,,2021-05-01,是,\n")
                    .arg(i)
                    .toUtf8();
        QCOMPARE(cli({u"import"_qs, u"cases"_qs, write(u"cases.csv"_qs, cases)}).code, 0);
        const Run d = cli({u"draw"_qs, u"cases"_qs, u"--count"_qs, u"6"_qs, u"--seed"_qs, u"3"_qs});
        QVERIFY2(d.code == 0, d.said());
    }

    void drawResultsAreTheFormAndImportBack()
    {
        const QString unit = QStringLiteral("旗市场监督管理局");
        std::vector<DrawnFile> files;
        FormSpec spec;
        {
            auto ws = open();
            files = filesOf(*ws, unit);
            QVERIFY2(files.size() >= 2, "the seed draws at least two files of the unit");
            const Campaign c = ws->campaigns().campaign(ws->campaigns().current().value()).value();
            spec = *uploadform::of(c);
            // The first file ticked in the page: the export carries the tick.
            QVERIFY(ws->caseReview().setUploaded(files[0].id, true, QDate(2022, 7, 5)).ok());
        }
        const QString out = m_dir.filePath(u"results.xlsx"_qs);
        const Run r = cli({u"draw"_qs, u"results"_qs, u"--out"_qs, out});
        QVERIFY2(r.code == 0, r.said());

        // The form's sheets, title and columns, as the campaign file has them.
        const auto table = openTable(out, formRowsSheetName(spec));
        QVERIFY2(table.ok(), "the 附件7 rows sheet");
        const auto fromFile = readFormFile(out, spec);
        QVERIFY(fromFile.ok());
        QVERIFY2(fromFile->issues.isEmpty(), qPrintable(fromFile->issues.join(u'\n')));
        QCOMPARE(int(fromFile->data.rows.size()), 6); // every drawn file of both units
        const auto row =
            std::find_if(fromFile->data.rows.begin(), fromFile->data.rows.end(), [&](const FormData::Row &x) {
                return uploadform::caseNumber(x) == files[0].number;
            });
        QVERIFY(row != fromFile->data.rows.end());
        QCOMPARE(row->value(u"uploaded"_qs), QStringLiteral("是"));
        QCOMPARE(row->value(u"uploaded_on"_qs), QStringLiteral("2022-07-05"));
        QCOMPARE(row->value(u"unit_name"_qs), unit);
        QCOMPARE(row->value(u"case_type"_qs), QStringLiteral("行政处罚"));

        // The tick cleared in the page; importing the file puts it back (the form moves the ticks).
        {
            auto ws = open();
            QVERIFY(ws->caseReview().setUploaded(files[0].id, false, {}).ok());
        }
        const Run imported = cli({u"import"_qs, u"form"_qs, u"附件7"_qs, u"--unit"_qs, unit, out});
        QVERIFY2(imported.code == 0, imported.said());
        QVERIFY2(imported.out.contains(u"left out"_qs), imported.said()); // the other unit's rows
        {
            auto ws = open();
            const std::vector<DrawnFile> after = filesOf(*ws, unit);
            QVERIFY(after[0].uploaded);
            QCOMPARE(after[0].uploadedOn, QDate(2022, 7, 5));
            const CampaignId c = ws->campaigns().current().value();
            const Submission s =
                ws->submissions().submission(c, after[0].unit, QStringLiteral("附件7")).value();
            QCOMPARE(s.status, Submission::Status::Received);
            QCOMPARE(int(s.data.rows.size()), int(after.size()));
            QVERIFY(uploadform::agrees(s.data, after));
            // A saved 附件7 is news to the case review page (its ticks moved), once.
            QSignalSpy tickNews(&ws->caseReview(), &CaseReviewService::uploadChanged);
            Receipt receipt;
            receipt.receivedOn = s.receivedOn;
            receipt.filledBy = QStringLiteral("法制股"); // a change, so the form is written
            const auto saved = ws->submissions().save(s.id, receipt, s.data);
            QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
            QCOMPARE(tickNews.count(), 1);
            // And a tick in the page rewrites the imported form's cell.
            QVERIFY(ws->caseReview().setUploaded(after[1].id, true, QDate(2022, 7, 8)).ok());
            const Submission again =
                ws->submissions().submission(c, after[0].unit, QStringLiteral("附件7")).value();
            QVERIFY(uploadform::agrees(again.data, filesOf(*ws, unit)));
        }
        // `export form 附件7` writes the unit's form as it stands (the new tick in it); it reads back as is.
        const QString exported = m_dir.filePath(u"form7.xlsx"_qs);
        const Run e = cli({u"export"_qs, u"form"_qs, u"附件7"_qs, u"--unit"_qs, unit, u"--out"_qs, exported});
        QVERIFY2(e.code == 0, e.said());
        {
            const auto back = readFormFile(exported, spec);
            QVERIFY(back.ok());
            QVERIFY2(back->issues.isEmpty(), qPrintable(back->issues.join(u'\n')));
            auto ws = open();
            const CampaignId c = ws->campaigns().current().value();
            const Submission s =
                ws->submissions().submission(c, files[0].unit, QStringLiteral("附件7")).value();
            QVERIFY(back->data == s.data);
            QVERIFY(uploadform::agrees(back->data, filesOf(*ws, unit)));
        }
        // A 附件7 that lists none of the unit's files (only the other unit's) is refused, not saved empty.
        {
            FormFile other;
            other.data.rows = {};
            auto ws = open();
            for (const DrawnFile &f : filesOf(*ws, QStringLiteral("旗交通运输局")))
                other.data.rows.push_back(uploadform::row(spec, f));
            const Campaign c = ws->campaigns().campaign(ws->campaigns().current().value()).value();
            const QString path = m_dir.filePath(u"others.xlsx"_qs);
            QVERIFY(writeXlsx(path, formWorkbook(spec, c.title, other)));
            ws.reset();
            const Run refused = cli({u"import"_qs, u"form"_qs, u"附件7"_qs, u"--unit"_qs, unit, path});
            QCOMPARE(refused.code, 2);
            QVERIFY2(refused.err.contains(unit), refused.said());
        }
        const QJsonObject line = form7(unit);
        QCOMPARE(line[u"status"_qs].toString(), QStringLiteral("received"));
        QCOMPARE(line[u"received"_qs].toString(), m_day);
    }

    void ticksInThePageShowInStatus()
    {
        const QString unit = QStringLiteral("旗交通运输局");
        QCOMPARE(form7(unit)[u"status"_qs].toString(), QStringLiteral("missing"));
        auto ws = open();
        std::vector<DrawnFile> files = filesOf(*ws, unit);
        QVERIFY(files.size() >= 1);
        // Every file but the last ticked: the unit still owes its 附件7.
        for (size_t i = 0; i + 1 < files.size(); ++i)
            QVERIFY(ws->caseReview().setUploaded(files[i].id, true, QDate(2022, 7, 1 + int(i))).ok());
        if (files.size() > 1) {
            ws.reset();
            QCOMPARE(form7(unit)[u"status"_qs].toString(), QStringLiteral("missing"));
            ws = open();
        }
        // The tick that completes the form is news to the submissions' pages (which listen to the service).
        QSignalSpy formNews(&ws->submissions(), &SubmissionService::submissionChanged);
        QVERIFY(ws->caseReview().setUploaded(files.back().id, true, QDate(2022, 7, 9)).ok());
        QCOMPARE(formNews.count(), 1);
        const CampaignId c = ws->campaigns().current().value();
        const Submission s = ws->submissions().submission(c, files[0].unit, QStringLiteral("附件7")).value();
        QVERIFY(uploadform::agrees(s.data, filesOf(*ws, unit)));
        ws.reset();
        const QJsonObject line = form7(unit);
        QCOMPARE(line[u"status"_qs].toString(), QStringLiteral("received"));
        QCOMPARE(line[u"received"_qs].toString(), QStringLiteral("2022-07-09")); // the last upload
        QCOMPARE(line[u"late_days"_qs].toInt(), 0);
    }

    void aFileNotDrawnFromTheUnitIsRefused()
    {
        const QString unit = QStringLiteral("旗交通运输局");
        FormSpec spec;
        {
            auto ws = open();
            const Campaign c = ws->campaigns().campaign(ws->campaigns().current().value()).value();
            spec = *uploadform::of(c);
        }
        XlsxWorkbook book = formTemplate(spec, QString());
        for (XlsxSheet &sheet : book.sheets)
            if (sheet.name == formRowsSheetName(spec)) {
                QVariantList cells;
                for (const FieldSpec &f : spec.columns)
                    cells.append(f.key == u"case_no"_qs       ? QVariant(u"NOT-DRAWN-1"_qs)
                                 : f.key == u"uploaded"_qs    ? QVariant(u"是"_qs)
                                 : f.key == u"uploaded_on"_qs ? QVariant(QDate(2022, 7, 2))
                                                              : QVariant());
                sheet.rows = {cells};
            }
        const QString path = m_dir.filePath(u"foreign.xlsx"_qs);
        QVERIFY(writeXlsx(path, book).ok());
        const Run r = cli({u"import"_qs, u"form"_qs, u"附件7"_qs, u"--unit"_qs, unit, path});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"NOT-DRAWN-1"_qs), r.said());
        QCOMPARE(form7(unit)[u"status"_qs].toString(), QStringLiteral("missing"));
    }
};

QTEST_GUILESS_MAIN(TestCliUploadForm)
#include "tst_cliuploadform.moc"
