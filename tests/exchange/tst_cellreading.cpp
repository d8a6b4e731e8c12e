// The readers every importer shares: a row's unit cell against the register (UnitLookup) and its typed
// cells (CellReading), each problem reported at its cell in the words the imports have always used.
#include "exchange/cellvalue.h"
#include "exchange/importer.h"
#include "exchange/unitlookup.h"
#include "services/unitservice.h"
#include "tempworkspace.h"

#include <QtTest>

using namespace oversight;

namespace {
/// One data row of a file whose columns are `keys`, each headed by its key in upper case.
struct OneRow
{
    SheetRow sheet;
    QHash<QString, int> columns;
    QHash<QString, QString> headers;
    ImportReport report;
    ImportRow row;

    OneRow(const QStringList &keys, const QList<Cell> &cells)
        : sheet{7, cells}, columns(indexOf(keys)), headers(headersOf(keys)),
          row(sheet, columns, headers, report)
    {}

    QStringList issues() const
    {
        QStringList out;
        for (const ImportIssue &i : report.issues)
            out.append(report.issueText(i));
        return out;
    }

    static QHash<QString, int> indexOf(const QStringList &keys)
    {
        QHash<QString, int> out;
        for (int i = 0; i < keys.size(); ++i)
            out.insert(keys.at(i), i);
        return out;
    }
    static QHash<QString, QString> headersOf(const QStringList &keys)
    {
        QHash<QString, QString> out;
        for (const QString &k : keys)
            out.insert(k, k.toUpper());
        return out;
    }
};

/// The column `key` as an importer declares it.
ColumnSpec column(const QString &key)
{
    return {key, key.toUpper(), false, {}};
}

Cell text(const QString &t)
{
    return Cell::fromText(t);
}
} // namespace

class TestCellReading final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requiredDate()
    {
        OneRow good({QStringLiteral("d")}, {text(QStringLiteral("2022年6月1日"))});
        QCOMPARE(CellReading::date(good.row, column(QStringLiteral("d"))),
                 std::optional<QDate>(QDate(2022, 6, 1)));
        QVERIFY(good.issues().isEmpty());

        OneRow empty({QStringLiteral("d")}, {text(QString())});
        QVERIFY(!CellReading::date(empty.row, column(QStringLiteral("d"))));
        QCOMPARE(empty.issues(),
                 QStringList{QStringLiteral(":7:A: D: not filled in; write the date as YYYY-MM-DD.")});

        OneRow own({QStringLiteral("d")}, {text(QString())});
        QVERIFY(!CellReading::date(own.row, column(QStringLiteral("d")), QStringLiteral("%1: when?")));
        QCOMPARE(own.issues(), QStringList{QStringLiteral(":7:A: D: when?")});

        OneRow bad({QStringLiteral("d")}, {text(QStringLiteral("2022-02-30"))});
        QVERIFY(!CellReading::date(bad.row, column(QStringLiteral("d"))));
        QCOMPARE(bad.issues(),
                 QStringList{QStringLiteral(":7:A: D: \"2022-02-30\" is not a date; write YYYY-MM-DD.")});
    }

    void optionalCells()
    {
        OneRow row({QStringLiteral("d"), QStringLiteral("yn")}, {text(QString()), text(QString())});
        QVERIFY(!CellReading::optionalDate(row.row, column(QStringLiteral("d"))));
        QVERIFY(!CellReading::optionalYesNo(row.row, column(QStringLiteral("yn"))));
        QVERIFY(!CellReading::optionalDate(row.row, column(QStringLiteral("missing"))));
        QVERIFY(row.issues().isEmpty());

        OneRow filled({QStringLiteral("d"), QStringLiteral("yn")},
                      {text(QStringLiteral("20220601")), text(QStringLiteral("否"))});
        QCOMPARE(CellReading::optionalDate(filled.row, column(QStringLiteral("d"))),
                 std::optional<QDate>(QDate(2022, 6, 1)));
        QCOMPARE(CellReading::optionalYesNo(filled.row, column(QStringLiteral("yn"))),
                 std::optional<bool>(false));
        QVERIFY(filled.issues().isEmpty());

        OneRow bad({QStringLiteral("d"), QStringLiteral("yn")},
                   {text(QStringLiteral("soon")), text(QStringLiteral("maybe"))});
        QVERIFY(!CellReading::optionalDate(bad.row, column(QStringLiteral("d"))));
        QVERIFY(!CellReading::optionalYesNo(bad.row, column(QStringLiteral("yn"))));
        QCOMPARE(bad.issues(),
                 (QStringList{QStringLiteral(":7:A: D: \"soon\" is not a date; write YYYY-MM-DD."),
                              QStringLiteral(":7:B: YN: \"maybe\" is neither 是 nor 否.")}));
    }

    void unitLookup()
    {
        TempWorkspace t;
        Unit u;
        u.campaign = t.campaign;
        u.name = QStringLiteral("测试局（筹）");
        const UnitId id = t.ws->units().create(u).value();

        UnitLookup lookup(t.ws->units(), t.campaign);
        OneRow found({QStringLiteral("unit")}, {text(QStringLiteral(" 测试局(筹) "))});
        QCOMPARE(lookup.read(found.row, column(QStringLiteral("unit")), QStringLiteral("%1: empty")), id);
        QVERIFY(found.issues().isEmpty());
        QVERIFY(lookup.load());
        QVERIFY(!lookup.loadError());

        OneRow empty({QStringLiteral("unit")}, {text(QString())});
        QVERIFY(
            !lookup.read(empty.row, column(QStringLiteral("unit")), QStringLiteral("%1: empty")).isValid());
        QCOMPARE(empty.issues(), QStringList{QStringLiteral(":7:A: UNIT: empty")});

        OneRow unknown({QStringLiteral("unit")}, {text(QStringLiteral("旗公安局"))});
        QVERIFY(
            !lookup.read(unknown.row, column(QStringLiteral("unit")), QStringLiteral("%1: empty")).isValid());
        QCOMPARE(unknown.issues(), QStringList{QStringLiteral(
                                       ":7:A: UNIT: \"旗公安局\" is not in the units register; register it "
                                       "first or correct the name.")});

        const auto names = unitNamesById(t.ws->units(), t.campaign);
        QVERIFY(names);
        QCOMPARE(names->value(id.value), QStringLiteral("测试局（筹）"));
    }
};

QTEST_GUILESS_MAIN(TestCellReading)
#include "tst_cellreading.moc"
