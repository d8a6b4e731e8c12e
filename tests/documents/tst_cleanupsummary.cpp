// A clean-up round's summary table, read back from the PDF and the workbook it produces: the title, the
// header repeated on every page, every row's text exactly, page numbers, and the counts.
#include "documents/cleanupsummary.h"
#include "exchange/table.h"
#include "pdfprobe.h"
#include "services/normativeservice.h"
#include "services/unitservice.h"
#include "tempworkspace.h"

#include <QtTest>

using namespace oversight;

class TestCleanupSummary final : public QObject
{
    Q_OBJECT
    CleanupRoundId makeRound(TempWorkspace &t, int documents)
    {
        Unit u;
        u.campaign = t.campaign;
        u.name = QStringLiteral("旗发展和改革委员会");
        const UnitId unit = t.ws->units().create(u).value();
        NormativeService &s = t.ws->normative();
        const CleanupRoundId round =
            s.addRound({{},
                        t.campaign,
                        QStringLiteral("涉及“放管服”改革的规范性文件专项清理"),
                        QStringLiteral("2021年12月31日前印发、现行有效的行政规范性文件"),
                        QDate(2022, 9, 30)})
                .value();
        const QList<std::optional<CleanupDecision>> cycle{CleanupDecision::Keep, CleanupDecision::Amend,
                                                          CleanupDecision::Repeal,
                                                          CleanupDecision::Invalidate, std::nullopt};
        for (int i = 0; i < documents; ++i) {
            CleanupItem item;
            item.round = round;
            item.unit = unit;
            item.title =
                QStringLiteral("关于进一步优化营商环境深化“放管服”改革若干措施的通知（第%1号）").arg(i + 1);
            item.number = QStringLiteral("奈发改发〔2019〕%1号").arg(i + 1);
            item.issuedOn = QDate(2019, 1, 1).addDays(i);
            item.decision = cycle.at(i % cycle.size());
            if (item.decision)
                item.decidedOn = QDate(2022, 9, 10);
            item.note = i % 7 == 0 ? QStringLiteral("与《优化营商环境条例》不一致") : QString();
            if (!s.addItem(item).ok())
                qFatal("cannot add a document to the round");
        }
        return round;
    }

private Q_SLOTS:
    void pdfRepeatsTheHeaderAndNumbersThePages()
    {
        TempWorkspace t(QDate(2022, 9, 20));
        const CleanupRoundId round = makeRound(t, 40);
        const auto summary = CleanupSummary::load(t.ws->normative(), t.ws->units(), round);
        QVERIFY(summary.ok());
        QCOMPARE(summary->counts.total, 40);
        QCOMPARE(summary->counts.pending, 8);
        QCOMPARE(summary->countsLine(), u"共40件：保留8件，修改8件，废止8件，宣布失效8件，尚未决定8件。"_qs);

        const QString pdf = t.dir.filePath(QStringLiteral("round.pdf"));
        const auto written = summary->write(pdf);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().fullText()));
        const std::vector<probe::Page> pages = probe::lines(pdf);
        QVERIFY2(pages.size() >= 3, qPrintable(QString::number(pages.size())));
        const QString total = QString::number(pages.size());
        for (size_t i = 0; i < pages.size(); ++i) {
            QStringList texts;
            for (const probe::Line &l : pages[i].lines)
                texts.append(l.text);
            const QString all = texts.join(QLatin1Char('\n'));
            const QString flat = texts.join(QString());
            QVERIFY2(all.contains(u"文件名称"_qs) && all.contains(u"清理结果"_qs), qPrintable(all));
            QVERIFY2(flat.contains(QStringLiteral("第%1页共%2页").arg(i + 1).arg(total)), qPrintable(all));
            // Inside the paper, landscape A4.
            for (const probe::Line &l : pages[i].lines)
                QVERIFY2(l.x0 >= 10 && l.x1 <= 287 && l.y1 <= 205, qPrintable(l.text));
        }
        const QString text = probe::text(pdf);
        QVERIFY(text.contains(u"涉及“放管服”改革的规范性文件专项清理结果汇总表"_qs));
        QVERIFY(text.contains(u"完成时限：2022年9月30日"_qs));
        for (int i = 1; i <= 40; ++i)
            QVERIFY2(text.contains(QStringLiteral("奈发改发〔2019〕%1号").arg(i)),
                     qPrintable(QString::number(i)));
        QVERIFY(text.contains(u"宣布失效"_qs));
        QVERIFY(text.contains(u"共40件：保留8件，修改8件，废止8件，宣布失效8件，尚未决定8件。"_qs));
    }

    void workbookHasEveryRow()
    {
        TempWorkspace t(QDate(2022, 9, 20));
        const CleanupRoundId round = makeRound(t, 6);
        const auto summary = CleanupSummary::load(t.ws->normative(), t.ws->units(), round);
        const QString xlsx = t.dir.filePath(QStringLiteral("round.xlsx"));
        QVERIFY(summary->write(xlsx).ok());
        auto table = openTable(xlsx);
        QVERIFY(table.ok());
        QList<QStringList> rows;
        QVERIFY((*table)
                    ->read([&rows](const SheetRow &row) {
                        QStringList cells;
                        for (const Cell &c : row.cells)
                            cells.append(c.text);
                        if (!row.isBlank())
                            rows.append(cells);
                        return true;
                    })
                    .ok());
        QCOMPARE(rows.size(), 7);
        QCOMPARE(rows.at(0).mid(0, 6), (QStringList{u"序号"_qs, u"制定单位"_qs, u"文件名称"_qs, u"文号"_qs,
                                                    u"印发日期"_qs, u"清理结果"_qs}));
        QCOMPARE(rows.at(2).value(3), u"奈发改发〔2019〕2号"_qs);
        QCOMPARE(rows.at(2).value(5), u"修改"_qs);
        QCOMPARE(rows.at(5).value(5), u"待定"_qs);
        QVERIFY(!summary->write(t.dir.filePath(QStringLiteral("round.doc"))).ok());
    }
};

QTEST_MAIN(TestCleanupSummary)
#include "tst_cleanupsummary.moc"
