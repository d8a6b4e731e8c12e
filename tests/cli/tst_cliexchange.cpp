// oversight-cli import / template / export, run as a real process on fixture files written by other
// programs (tests/data/exchange).
#include "campaign/campaignloader.h"
#include "clirun.h"
#include "domain/uploadform.h"
#include "exchange/formexchange.h"
#include "exchange/table.h"
#include "exchange/xlsxreader.h"
#include "formats/xlsxwriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>

using namespace oversight;

namespace {
using clitest::Run;

QString fixture(const QString &name)
{
    return QStringLiteral(OVERSIGHT_TEST_DATA "/exchange/") + name;
}

/// A value of the field's type as a unit would write it (`n` varies it between rows).
QString sampleValue(const FieldSpec &f, int n)
{
    switch (f.type) {
    case FieldSpec::Type::Integer:
        return QString::number(3 + n);
    case FieldSpec::Type::Decimal:
        return QStringLiteral("2.5");
    case FieldSpec::Type::Date:
        return QDate(2022, 4, 1 + n).toString(Qt::ISODate);
    case FieldSpec::Type::YesNo:
        return n % 2 ? QStringLiteral("否") : QStringLiteral("是");
    case FieldSpec::Type::Choice:
        return f.choices.value(n % int(f.choices.size()));
    case FieldSpec::Type::MultiChoice:
        return f.choices.mid(0, 2).join(QStringLiteral("、"));
    case FieldSpec::Type::Text:
        break;
    }
    return QStringLiteral("示例%1-%2").arg(f.key).arg(n);
}

/// Every typed field and (two register rows, or every checklist item) filled.
FormData sampleData(const FormSpec &spec)
{
    FormData data;
    for (const FieldSpec &f : spec.fields)
        if (!f.isDerived() && !f.fromRows)
            data.values.insert(f.key, sampleValue(f, 0));
    const qsizetype rows = spec.fixedRows() ? spec.items.size() : (spec.hasRows() ? 2 : 0);
    for (qsizetype i = 0; i < rows; ++i) {
        FormData::Row row;
        for (const FieldSpec &c : spec.columns)
            if (!c.isDerived())
                row.insert(c.key, sampleValue(c, int(i)));
        if (row.value(u"self_checked"_qs) == u"否"_qs)
            row.remove(u"grade"_qs); // a file not self-checked has no grade (the catalogue's rule)
        data.rows.push_back(row);
    }
    return withRowFigures(spec, data.normalized(spec)); // the figures its rows count, as 附件2 counts them
}

/// 附件2 with `files` rows (the first `checked` self-checked, graded 合格) and, when given, a typed total.
FormFile catalogueForm(int files, int checked, const QString &prefix, std::optional<int> typedTotal = {})
{
    FormFile f;
    f.filledBy = u"王填报"_qs;
    f.filledOn = QDate(2022, 5, 10);
    f.data.values.insert(u"measures"_qs, u"加强案卷归档"_qs);
    if (typedTotal)
        f.data.values.insert(u"cases_total"_qs, QString::number(*typedTotal));
    for (int i = 1; i <= files; ++i) {
        FormData::Row row{{u"case_no"_qs, prefix + QString::number(i)},
                          {u"case_name"_qs, u"某某违法案"_qs},
                          {u"case_type"_qs, i % 2 ? u"行政处罚"_qs : u"行政检查"_qs},
                          {u"closed_on"_qs, u"2021-06-01"_qs},
                          {u"self_checked"_qs, i <= checked ? u"是"_qs : u"否"_qs},
                          {u"problems"_qs, i == 1 ? u"文书未编页码"_qs : QString()}};
        if (i <= checked)
            row.insert(u"grade"_qs, u"合格"_qs);
        f.data.rows.push_back(row);
    }
    return f;
}

/// status --json's object for one unit, and its submission of `form`.
QJsonObject unitOf(const QString &statusJson, const QString &name)
{
    for (const QJsonValue &u : QJsonDocument::fromJson(statusJson.toUtf8())[u"units"_qs].toArray())
        if (u[u"name"_qs].toString() == name)
            return u.toObject();
    return {};
}
QJsonObject submissionOf(const QJsonObject &unit, const QString &form)
{
    for (const QJsonValue &s : unit[u"submissions"_qs].toArray())
        if (s[u"form"_qs].toString() == form)
            return s.toObject();
    return {};
}
} // namespace

class TestCliExchange final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QString m_db;

    Run cli(const QStringList &arguments)
    {
        return clitest::runCli(m_home.path(), m_dir.path(), m_db, arguments);
    }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        m_db = m_dir.filePath(
            QStringLiteral("%1-%2.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())).arg(++n));
        const Run run = cli({u"init"_qs});
        QVERIFY2(run.code == 0, run.said());
    }

    void importThenReimport()
    {
        const Run first = cli({u"import"_qs, u"units"_qs, fixture(u"units-gb18030.csv"_qs)});
        QVERIFY2(first.code == 0, first.said());
        QVERIFY2(first.out.contains(u"5 added, 0 updated, 0 unchanged"_qs), first.said());
        const Run again = cli({u"import"_qs, u"units"_qs, fixture(u"units-openpyxl.xlsx"_qs)});
        QVERIFY2(again.code == 0, again.said());
        QVERIFY2(again.out.contains(u"0 added, 0 updated, 5 unchanged"_qs), again.said());
    }

    void rejectedFileNamesEveryCellAndWritesNothing()
    {
        const Run run = cli({u"import"_qs, u"units"_qs, fixture(u"units-bad.xlsx"_qs)});
        QCOMPARE(run.code, 2);
        const QStringList lines = run.errLines();
        QVERIFY2(lines.size() == 5, run.said());
        QVERIFY(lines.at(0).startsWith(u"units-bad.xlsx:3:A: "_qs));
        QVERIFY(lines.at(1).startsWith(u"units-bad.xlsx:3:B: "_qs));
        QVERIFY(lines.at(2).startsWith(u"units-bad.xlsx:3:D: "_qs));
        QVERIFY(lines.at(3).startsWith(u"units-bad.xlsx:5:A: "_qs));
        QVERIFY(lines.at(4).contains(u"nothing was imported"_qs));
        QVERIFY(run.out.isEmpty());
        const Run status = cli({u"status"_qs, u"--json"_qs});
        QVERIFY2(status.out.contains(u"\"units\": [\n    ]"_qs) || status.out.contains(u"\"units\": []"_qs),
                 status.said());
    }

    void formTemplateFilledByOpenpyxlImports()
    {
        const Run template_ =
            cli({u"template"_qs, u"form"_qs, u"附件5-2"_qs, u"--out"_qs, m_dir.filePath(u"t.xlsx"_qs)});
        QVERIFY2(template_.code == 0, template_.said());
        // The template's sheets carry the form's columns as headers.
        auto table = openTable(m_dir.filePath(u"t.xlsx"_qs), u"填报表"_qs);
        QVERIFY(table);
        QStringList headers;
        QVERIFY((*table)->read([&headers](const SheetRow &row) {
            for (const Cell &c : row.cells)
                headers << c.text;
            return false;
        }));
        QCOMPARE(headers.value(0), u"姓名"_qs);
        QVERIFY(headers.contains(u"有效期至"_qs));

        QVERIFY(cli({u"import"_qs, u"units"_qs, fixture(u"units-openpyxl.xlsx"_qs)}).code == 0);
        const QString unit = u"奈曼旗市场监督管理局"_qs;
        const Run missingUnit = cli({u"import"_qs, u"form"_qs, u"附件5-2"_qs, u"--unit"_qs, u"旗不存在局"_qs,
                                     fixture(u"form-5-2-openpyxl.xlsx"_qs)});
        QCOMPARE(missingUnit.code, 2);

        // A bad file: every bad cell named with its sheet, row and column; nothing written.
        const Run bad = cli({u"--today"_qs, u"2022-05-20"_qs, u"import"_qs, u"form"_qs, u"附件5-2"_qs,
                             u"--unit"_qs, unit, fixture(u"form-5-2-bad.xlsx"_qs)});
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.errLines().value(0).startsWith(u"form-5-2-bad.xlsx[填报表]:2:D: "_qs), bad.said());
        QVERIFY2(bad.errLines().value(1).startsWith(u"form-5-2-bad.xlsx[填报表]:3:F: "_qs), bad.said());
        QVERIFY(bad.errLines().value(2).contains(u"nothing was imported"_qs));

        const Run good = cli({u"--today"_qs, u"2022-05-22"_qs, u"import"_qs, u"form"_qs, u"附件5-2"_qs,
                              u"--unit"_qs, unit, fixture(u"form-5-2-openpyxl.xlsx"_qs)});
        QVERIFY2(good.code == 0, good.said());
        QVERIFY2(good.out.contains(u"2 row(s)"_qs), good.said());
        // openpyxl's 附件2 says 47 files but its 案卷目录 lists one: refused, naming both (issue 23).
        const Run contradicting = cli({u"--today"_qs, u"2022-05-21"_qs, u"import"_qs, u"form"_qs, u"附件2"_qs,
                                       u"--unit"_qs, unit, fixture(u"form-2-openpyxl.xlsx"_qs)});
        QCOMPARE(contradicting.code, 2);
        QVERIFY2(contradicting.err.contains(u"2021年执法案卷总数"_qs) && contradicting.err.contains(u"47"_qs) &&
                     contradicting.err.contains(u"nothing was imported"_qs),
                 contradicting.said());
        const Campaign plan = CampaignLoader::loadFile(CampaignLoader::builtinPath()).value();
        const QString form2 = m_dir.filePath(u"form-2.xlsx"_qs);
        QVERIFY(writeXlsx(form2, formWorkbook(*plan.form(u"附件2"_qs), plan.title,
                                              catalogueForm(47, 14, u"奈公罚〔2021〕"_qs, 47))));
        const Run cases = cli({u"--today"_qs, u"2022-05-21"_qs, u"import"_qs, u"form"_qs, u"附件2"_qs,
                               u"--unit"_qs, unit, form2});
        QVERIFY2(cases.code == 0, cases.said());

        const Run status = cli({u"--today"_qs, u"2022-05-25"_qs, u"status"_qs, u"--json"_qs});
        QVERIFY2(status.code == 0, status.said());
        QJsonObject police;
        for (const QJsonValue &u : QJsonDocument::fromJson(status.out.toUtf8())[u"units"_qs].toArray())
            if (u[u"name"_qs].toString() == unit)
                police = u.toObject();
        QCOMPARE(police[u"cases_total"_qs].toInt(), 47);
        QCOMPARE(police[u"cases_self_checked"_qs].toInt(), 14);
        QCOMPARE(police[u"self_check_required"_qs].toInt(), 15);
        QCOMPARE(police[u"self_check_ok"_qs].toBool(true), false);
        QJsonObject officers, selfCheck, first;
        for (const QJsonValue &s : police[u"submissions"_qs].toArray()) {
            if (s[u"form"_qs] == u"附件5-2"_qs)
                officers = s.toObject();
            if (s[u"form"_qs] == u"附件2"_qs)
                selfCheck = s.toObject();
            if (s[u"form"_qs] == u"附件1"_qs)
                first = s.toObject();
        }
        QCOMPARE(officers, (QJsonObject{{u"form"_qs, u"附件5-2"_qs},
                                        {u"status"_qs, u"received"_qs},
                                        {u"due"_qs, u"2022-05-21"_qs},
                                        {u"received"_qs, u"2022-05-22"_qs},
                                        {u"late_days"_qs, 1}}));
        QCOMPARE(selfCheck[u"late_days"_qs].toInt(), 0);
        QCOMPARE(first[u"status"_qs].toString(), u"missing"_qs);
        QVERIFY(first[u"received"_qs].isNull());
        // Ten forms (附件1–6 and the implementation plan): 附件7 is owed only by a unit with a file drawn,
        // and nothing was drawn here.
        QCOMPARE(police[u"submissions"_qs].toArray().size(), 10);
        for (const QJsonValue &s : police[u"submissions"_qs].toArray())
            QVERIFY(s[u"form"_qs].toString() != u"附件7"_qs);
        // A unit that handed in no 附件2 has no self-check figures (nothing faked).
        for (const QJsonValue &u : QJsonDocument::fromJson(status.out.toUtf8())[u"units"_qs].toArray())
            if (u[u"name"_qs].toString() != unit)
                QVERIFY(!u.toObject().contains(u"cases_total"_qs));
    }

    void exportFormRoundTripsEveryForm()
    {
        QVERIFY(cli({u"import"_qs, u"units"_qs, fixture(u"units-openpyxl.xlsx"_qs)}).code == 0);
        const QString unit = u"奈曼旗市场监督管理局"_qs;
        const Campaign campaign = CampaignLoader::loadFile(CampaignLoader::builtinPath()).value();
        QVERIFY(campaign.forms.size() >= 10);
        for (const FormSpec &spec : campaign.forms) {
            // 附件7 lists the unit's drawn files (none here): its round trip is in tst_cliuploadform.
            if (&spec == uploadform::of(campaign))
                continue;
            const QString in = m_dir.filePath(spec.id + u"-in.xlsx"_qs);
            FormFile filled;
            filled.data = sampleData(spec);
            filled.filledBy = u"王填报"_qs;
            filled.phone = u"0475-0000000"_qs;
            filled.filledOn = QDate(2022, 5, 20);
            QVERIFY(writeXlsx(in, formWorkbook(spec, campaign.title, filled)));
            const Run imported = cli({u"--today"_qs, u"2022-05-20"_qs, u"import"_qs, u"form"_qs, spec.id,
                                      u"--unit"_qs, unit, in});
            QVERIFY2(imported.code == 0, imported.said());

            // Exported as it stands, the file reads back to what was imported …
            const QString out = m_dir.filePath(spec.id + u"-out.xlsx"_qs);
            const Run exported =
                cli({u"export"_qs, u"form"_qs, spec.id, u"--unit"_qs, unit, u"--out"_qs, out});
            QVERIFY2(exported.code == 0, exported.said());
            const Result<FormFile> back = readFormFile(out, spec);
            QVERIFY(back);
            QVERIFY2(back->issues.isEmpty(), qPrintable(back->issues.join(u'\n')));
            QVERIFY2(back->data == filled.data, qPrintable(spec.id));
            QCOMPARE(back->filledBy, filled.filledBy);
            QCOMPARE(back->phone, filled.phone);
            QCOMPARE(back->filledOn, filled.filledOn);

            // … and importing it back changes nothing: the next export is the same data.
            const Run again = cli({u"--today"_qs, u"2022-05-21"_qs, u"import"_qs, u"form"_qs, spec.id,
                                   u"--unit"_qs, unit, out});
            QVERIFY2(again.code == 0, again.said());
            const QString out2 = m_dir.filePath(spec.id + u"-out2.xlsx"_qs);
            QVERIFY(cli({u"export"_qs, u"form"_qs, spec.id, u"--unit"_qs, unit, u"--out"_qs, out2}).code == 0);
            QVERIFY2(readFormFile(out2, spec)->data == filled.data, qPrintable(spec.id));
        }
    }

    // Issue 23: 附件2's register is the case catalogue. Either import fills both; the figures are the rows';
    // status, the form and the catalogue agree.
    void catalogueAndFormAreOneStore()
    {
        QVERIFY(cli({u"import"_qs, u"units"_qs, fixture(u"units-openpyxl.xlsx"_qs)}).code == 0);
        const Campaign plan = CampaignLoader::loadFile(CampaignLoader::builtinPath()).value();
        const FormSpec &spec = *plan.form(u"附件2"_qs);
        const Run before = cli({u"--today"_qs, u"2022-05-10"_qs, u"status"_qs, u"--json"_qs});
        QStringList names;
        for (const QJsonValue &u : QJsonDocument::fromJson(before.out.toUtf8())[u"units"_qs].toArray())
            names << u[u"name"_qs].toString();
        QVERIFY(names.size() >= 3);

        // import cases → the unit's 附件2 is handed in, its register and figures are the catalogue's.
        QFile csv(m_dir.filePath(u"cases.csv"_qs));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(QStringLiteral("单位名称,案卷编号,案件名称,案件类型,当事人,办结日期,是否自查,自查等次\n"
                                 "%1,A-1,甲案,行政处罚,张三,2021-03-01,是,良好\n"
                                 "%1,A-2,乙案,行政许可,李四,2021-04-01,否,\n"
                                 "%1,A-3,丙案,行政处罚,王五,2021-05-01,是,合格\n")
                      .arg(names.at(0))
                      .toUtf8());
        csv.close();
        const Run cases = cli({u"--today"_qs, u"2022-05-12"_qs, u"import"_qs, u"cases"_qs, csv.fileName()});
        QVERIFY2(cases.code == 0, cases.said());
        const QString out = m_dir.filePath(u"a2.xlsx"_qs);
        const Run exported =
            cli({u"export"_qs, u"form"_qs, u"附件2"_qs, u"--unit"_qs, names.at(0), u"--out"_qs, out});
        QVERIFY2(exported.code == 0, exported.said());
        const FormFile a = readFormFile(out, spec).value();
        QCOMPARE(a.data.rows.size(), size_t(3));
        QCOMPARE(a.data.rows.front().value(u"case_no"_qs), u"A-1"_qs);
        QCOMPARE(a.data.values.value(u"cases_total"_qs), u"3"_qs);
        QCOMPARE(a.data.values.value(u"cases_penalty"_qs), u"2"_qs);
        QCOMPARE(a.data.values.value(u"cases_self_checked"_qs), u"2"_qs);
        QCOMPARE(a.data.values.value(u"result_good"_qs), u"1"_qs);

        // import form 附件2 → the catalogue holds its rows (and 主要问题 stays with the form).
        const QString b = m_dir.filePath(u"b.xlsx"_qs);
        QVERIFY(writeXlsx(b, formWorkbook(spec, plan.title, catalogueForm(4, 2, u"B-"_qs))));
        const Run form = cli({u"--today"_qs, u"2022-05-13"_qs, u"import"_qs, u"form"_qs, u"附件2"_qs, u"--unit"_qs,
                              names.at(1), b});
        QVERIFY2(form.code == 0, form.said());
        // A total typed against the rows is refused and changes nothing.
        const QString bad = m_dir.filePath(u"bad.xlsx"_qs);
        QVERIFY(writeXlsx(bad, formWorkbook(spec, plan.title, catalogueForm(4, 2, u"B-"_qs, 40))));
        const Run refused = cli({u"--today"_qs, u"2022-05-14"_qs, u"import"_qs, u"form"_qs, u"附件2"_qs,
                                 u"--unit"_qs, names.at(1), bad});
        QCOMPARE(refused.code, 2);
        QVERIFY2(refused.err.contains(u"2021年执法案卷总数: 40 was written, but 案卷目录 lists 4"_qs), refused.said());

        const Run status = cli({u"--today"_qs, u"2022-05-25"_qs, u"status"_qs, u"--json"_qs});
        const QJsonObject ua = unitOf(status.out, names.at(0));
        const QJsonObject ub = unitOf(status.out, names.at(1));
        QCOMPARE(ua[u"cases_total"_qs].toInt(), 3);
        QCOMPARE(submissionOf(ua, u"附件2"_qs)[u"status"_qs].toString(), u"received"_qs);
        QCOMPARE(submissionOf(ua, u"附件2"_qs)[u"received"_qs].toString(), u"2022-05-12"_qs);
        QCOMPARE(ub[u"cases_total"_qs].toInt(), 4);
        QCOMPARE(ub[u"cases_self_checked"_qs].toInt(), 2);
        QCOMPARE(submissionOf(ub, u"附件2"_qs)[u"status"_qs].toString(), u"received"_qs);
        // Agreement for every unit: figures from a catalogue exactly where 附件2 is handed in.
        for (const QString &name : names) {
            const QJsonObject u = unitOf(status.out, name);
            QCOMPARE(u.contains(u"cases_total"_qs),
                     submissionOf(u, u"附件2"_qs)[u"status"_qs].toString() != u"missing"_qs);
        }
        // The form exported again shows B's rows with the column only the form keeps.
        const QString b2 = m_dir.filePath(u"b2.xlsx"_qs);
        QVERIFY(cli({u"export"_qs, u"form"_qs, u"附件2"_qs, u"--unit"_qs, names.at(1), u"--out"_qs, b2}).code == 0);
        const FormFile back = readFormFile(b2, spec).value();
        QCOMPARE(back.data.rows.size(), size_t(4));
        QCOMPARE(back.data.rows.front().value(u"problems"_qs), u"文书未编页码"_qs);
        QCOMPARE(back.data.values.value(u"cases_total"_qs), u"4"_qs);

        // A second import with a file dropped takes it out of the catalogue too.
        QVERIFY(writeXlsx(b, formWorkbook(spec, plan.title, catalogueForm(3, 2, u"B-"_qs))));
        QVERIFY(cli({u"--today"_qs, u"2022-05-15"_qs, u"import"_qs, u"form"_qs, u"附件2"_qs, u"--unit"_qs,
                     names.at(1), b})
                    .code == 0);
        const Run after = cli({u"--today"_qs, u"2022-05-25"_qs, u"status"_qs, u"--json"_qs});
        QCOMPARE(unitOf(after.out, names.at(1))[u"cases_total"_qs].toInt(), 3);
    }

    void exportFormRefusesUnknownUnitOrForm()
    {
        QVERIFY(cli({u"import"_qs, u"units"_qs, fixture(u"units-openpyxl.xlsx"_qs)}).code == 0);
        const QString out = m_dir.filePath(u"x.xlsx"_qs);
        const Run noUnit =
            cli({u"export"_qs, u"form"_qs, u"附件1"_qs, u"--unit"_qs, u"旗不存在局"_qs, u"--out"_qs, out});
        QCOMPARE(noUnit.code, 2);
        QVERIFY2(noUnit.err.contains(u"旗不存在局"_qs) && noUnit.err.contains(u"not a unit"_qs), noUnit.said());
        const Run noForm = cli({u"export"_qs, u"form"_qs, u"附件9"_qs, u"--unit"_qs, u"奈曼旗市场监督管理局"_qs,
                                u"--out"_qs, out});
        QCOMPARE(noForm.code, 2);
        QVERIFY2(noForm.err.contains(u"附件9"_qs) && noForm.err.contains(u"附件5-2"_qs), noForm.said());
        QVERIFY(!QFile::exists(out));
        // A unit that sent nothing yet: the blank template, and it says so.
        const Run blank = cli({u"export"_qs, u"form"_qs, u"附件1"_qs, u"--unit"_qs, u"奈曼旗市场监督管理局"_qs,
                               u"--out"_qs, out});
        QVERIFY2(blank.code == 0 && QFile::exists(out), blank.said());
    }

    void dryRunWritesNothing()
    {
        const Run run = cli({u"import"_qs, u"units"_qs, u"--dry-run"_qs, fixture(u"units-openpyxl.xlsx"_qs)});
        QVERIFY2(run.code == 0, run.said());
        QVERIFY(run.out.contains(u"5 added"_qs));
        QVERIFY(run.out.contains(u"--dry-run"_qs));
        const Run real = cli({u"import"_qs, u"units"_qs, fixture(u"units-openpyxl.xlsx"_qs)});
        QVERIFY2(real.out.contains(u"5 added"_qs), real.said()); // the dry run had added nothing
    }

    void damagedAndMissingFilesExitTwo_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("truncated") << fixture(u"truncated.xlsx"_qs);
        QTest::newRow("not a zip") << fixture(u"not-a-zip.xlsx"_qs);
        QTest::newRow("missing") << fixture(u"nothing-here.csv"_qs);
    }
    void damagedAndMissingFilesExitTwo()
    {
        QFETCH(QString, file);
        const Run run = cli({u"import"_qs, u"units"_qs, file});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.errLines().size() >= 1 && run.err.contains(QFileInfo(file).fileName()), run.said());
    }

    void importComplaintsFromExcelAllOrNothingAndPrivate()
    {
        const auto write = [this](const QString &name, const QByteArray &bytes) {
            QFile f(m_dir.filePath(name));
            return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
        };
        QVERIFY(write(u"units.csv"_qs, "单位名称,单位类别\n旗公安局,部门\n旗市场监督管理局,部门\n"));
        QCOMPARE(cli({u"import"_qs, u"units"_qs, m_dir.filePath(u"units.csv"_qs)}).code, 0);

        // An Excel workbook as a clerk fills it: real date cells, 是/否, a text date in another form.
        XlsxWorkbook book;
        XlsxSheet sheet;
        sheet.name = u"投诉举报"_qs;
        for (const char *h :
             {"收到日期", "来源渠道", "涉及单位", "企业名称", "是否涉企", "投诉人", "联系方式", "反映问题"})
            sheet.columns.append(XlsxColumn{QString::fromUtf8(h), XlsxColumn::Kind::Text, {}, false, {}, 0});
        sheet.columns[0].kind = XlsxColumn::Kind::Date;
        sheet.rows.append(QVariantList{QDate(2022, 6, 1), u"电话"_qs, u"旗公安局"_qs, QString(), false,
                                       u"陈静"_qs, u"13800001111"_qs, u"窗口办事拖延"_qs});
        sheet.rows.append(QVariantList{QDate(2022, 7, 10), u"媒体曝光"_qs, u"旗市场监督管理局"_qs,
                                       u"奈曼旗好邻居超市"_qs, true, QString(), QString(), u"重复抽检"_qs});
        sheet.rows.append(QVariantList{u"2022年7月12日"_qs, u"网络"_qs, u"旗公安局"_qs, QString(), QString(),
                                       QString(), QString(), u"处罚未告知权利"_qs});
        book.sheets.append(sheet);
        const QString xlsx = m_dir.filePath(u"complaints.xlsx"_qs);
        QVERIFY(writeXlsx(xlsx, book).ok());

        // A bad file: every problem named at its cell, nothing written, the complainant never repeated.
        QVERIFY(write(u"bad.csv"_qs, "收到日期,来源渠道,涉及单位,企业名称,是否涉企,投诉人,联系方式,反映问题\n"
                                     "2022-06-31,传真,旗交通局,,是,陈静,13800001111,\n"
                                     "2022-07-01,电话,旗公安局,,,,,这一行没有问题\n"));
        const Run bad = cli(
            {u"--today"_qs, u"2022-07-20"_qs, u"import"_qs, u"complaints"_qs, m_dir.filePath(u"bad.csv"_qs)});
        QCOMPARE(bad.code, 2);
        const QStringList lines = bad.errLines();
        for (const char *cell :
             {"bad.csv:2:A: ", "bad.csv:2:B: ", "bad.csv:2:C: ", "bad.csv:2:D: ", "bad.csv:2:H: "})
            QVERIFY2(std::any_of(lines.begin(), lines.end(),
                                 [cell](const QString &l) { return l.startsWith(QString::fromUtf8(cell)); }),
                     bad.said());
        QVERIFY(lines.last().contains(u"nothing was imported"_qs));
        QVERIFY(!bad.err.contains(u"陈静"_qs) && !bad.err.contains(u"13800001111"_qs));

        // An unknown header is refused before any row.
        QVERIFY(write(u"header.csv"_qs,
                      "收到日期,来源渠道,涉及单位,反映问题,备注栏\n2022-07-01,电话,旗公安局,x,y\n"));
        const Run header = cli({u"--today"_qs, u"2022-07-20"_qs, u"import"_qs, u"complaints"_qs,
                                m_dir.filePath(u"header.csv"_qs)});
        QCOMPARE(header.code, 2);
        QVERIFY2(header.err.contains(u"备注栏"_qs), header.said());

        const Run dry =
            cli({u"--today"_qs, u"2022-07-20"_qs, u"import"_qs, u"complaints"_qs, u"--dry-run"_qs, xlsx});
        QVERIFY2(dry.code == 0 && dry.out.contains(u"3 added"_qs), dry.said());
        const Run ok = cli({u"--today"_qs, u"2022-07-20"_qs, u"import"_qs, u"complaints"_qs, xlsx});
        QVERIFY2(ok.code == 0 && ok.out.contains(u"3 added"_qs), ok.said());
        QVERIFY(!ok.out.contains(u"陈静"_qs));

        const Run status = cli({u"--today"_qs, u"2022-07-20"_qs, u"status"_qs, u"--json"_qs});
        QVERIFY2(status.code == 0, status.said());
        // Only the good file landed (the dry run and the refused files wrote nothing): 3 open, one overdue.
        QVERIFY2(status.out.contains(u"\"open\": 3"_qs), status.said());
        QVERIFY2(status.out.contains(u"\"overdue\": 1"_qs), status.said());
        QVERIFY(!status.out.contains(u"陈静"_qs) && !status.out.contains(u"13800001111"_qs));

        const Run tmpl = cli({u"template"_qs, u"complaints"_qs, u"--out"_qs, m_dir.filePath(u"t.xlsx"_qs)});
        QVERIFY2(tmpl.code == 0, tmpl.said());
        const Run exported = cli({u"export"_qs, u"complaints"_qs, u"--out"_qs, m_dir.filePath(u"e.xlsx"_qs)});
        QCOMPARE(exported.code, 1); // complaints are not exported: their complainants are private
        QVERIFY(!QFile::exists(m_dir.filePath(u"e.xlsx"_qs)));
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no kind") << QStringList{u"import"_qs};
        QTest::newRow("unknown kind") << QStringList{u"import"_qs, u"cats"_qs, u"x.csv"_qs};
        QTest::newRow("no file") << QStringList{u"import"_qs, u"units"_qs};
        QTest::newRow("template without out") << QStringList{u"template"_qs, u"units"_qs};
        QTest::newRow("template to pdf")
            << QStringList{u"template"_qs, u"units"_qs, u"--out"_qs, u"t.pdf"_qs};
        QTest::newRow("export without out") << QStringList{u"export"_qs, u"units"_qs};
    }
    void usage()
    {
        QFETCH(QStringList, arguments);
        const Run run = cli(arguments);
        QVERIFY2(run.code == 1, run.said());
        QCOMPARE(run.errLines().size(), 1);
    }

    void exportImportsBackUnchangedAndTemplateHasHeaders()
    {
        QVERIFY(cli({u"import"_qs, u"units"_qs, fixture(u"units-quoted.csv"_qs)}).code == 0);
        const QString exported = m_dir.filePath(u"units-export.xlsx"_qs);
        const Run out = cli({u"export"_qs, u"units"_qs, u"--out"_qs, exported});
        QVERIFY2(out.code == 0, out.said());
        const Run back = cli({u"import"_qs, u"units"_qs, exported});
        QVERIFY2(back.code == 0 && back.out.contains(u"0 added, 0 updated, 3 unchanged"_qs), back.said());

        const QString tpl = m_dir.filePath(u"units-template.xlsx"_qs);
        const Run t = cli({u"template"_qs, u"units"_qs, u"--out"_qs, tpl});
        QVERIFY2(t.code == 0, t.said());
        auto table = openTable(tpl);
        QVERIFY(table);
        QStringList header;
        QVERIFY((*table)->read([&header](const SheetRow &r) {
            for (const Cell &c : r.cells)
                header.append(c.text);
            return false;
        }));
        QCOMPARE(header.mid(0, 4),
                 (QStringList{u"单位名称"_qs, u"单位类别"_qs, u"联系人"_qs, u"联系电话"_qs}));
        // An empty template imports as "no data rows", not as an error about headers.
        const Run empty = cli({u"import"_qs, u"units"_qs, tpl});
        QCOMPARE(empty.code, 2);
        QVERIFY2(empty.err.contains(u"no data rows"_qs), empty.said());
    }
};

QTEST_GUILESS_MAIN(TestCliExchange)
#include "tst_cliexchange.moc"
