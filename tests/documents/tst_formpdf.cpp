// A filled form printed to PDF and read back with poppler: the title, the unit, the cells as the same
// characters; landscape for a wide register; the table's header on every page. With OVERSIGHT_SHOT_DIR set,
// the PDFs are kept there for a person to look at.
#include "campaign/campaignloader.h"
#include "documents/documentfonts.h"
#include "documents/formprinter.h"
#include "pdfprobe.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace oversight;

namespace {
QString writePdf(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    const QString keep = qEnvironmentVariable("OVERSIGHT_SHOT_DIR");
    if (!keep.isEmpty())
        QFile::copy(path, keep + QLatin1Char('/') + name);
    return path;
}
} // namespace

class TestFormPdf final : public QObject
{
    Q_OBJECT
    Campaign m_c;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { m_c = CampaignLoader::loadFile(CampaignLoader::builtinPath()).value(); }

    void registerInLandscapeAcrossPages()
    {
        const FormSpec &spec = *m_c.form(QStringLiteral("附件5-2"));
        Submission s;
        s.item = spec.id;
        s.filledBy = QStringLiteral("李明");
        s.filledOn = QDate(2022, 5, 18);
        for (int i = 0; i < 40; ++i)
            s.data.rows.push_back(
                {{QStringLiteral("name"), QStringLiteral("执法人员%1").arg(i + 1)},
                 {QStringLiteral("staffing"), QStringLiteral("行政编制")},
                 {QStringLiteral("cert_no"), QStringLiteral("1500%1").arg(i + 1, 4, 10, QLatin1Char('0'))},
                 {QStringLiteral("valid_until"), QStringLiteral("2025-03-01")},
                 {QStringLiteral("notes"), QStringLiteral("负责道路运输执法，持证上岗，年度考核合格")}});
        const FormPrinter printer(DocumentFonts::resolve());
        QVERIFY(printer.landscape(spec));
        const auto pages = printer.layOut(spec, s, {QStringLiteral("旗交通运输局"), QString()});
        QVERIFY(pages.size() >= 2);
        const auto bytes = printer.pdf(spec, s, {QStringLiteral("旗交通运输局"), QString()});
        QVERIFY(bytes);
        const QString path = writePdf(m_dir, QStringLiteral("form-5-2.pdf"), *bytes);
        const QString text = probe::text(path);
        QVERIFY2(text.contains(QStringLiteral("行政执法人员情况统计表")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("填报单位：旗交通运输局")));
        QVERIFY(text.contains(QStringLiteral("执法人员40")));
        QVERIFY(text.contains(QStringLiteral("15000040")));
        QVERIFY(text.count(QStringLiteral("执法证号")) >= 2); // the header repeats on the next page
        const QImage first = probe::render(path, 1, 50);
        QVERIFY(first.width() > first.height());
    }

    void checklistWithFigures()
    {
        const FormSpec &spec = *m_c.form(QStringLiteral("附件1"));
        Submission s;
        s.item = spec.id;
        s.data.values = {{QStringLiteral("major_decisions"), QStringLiteral("12")},
                         {QStringLiteral("major_reviewed"), QStringLiteral("10")}};
        for (qsizetype i = 0; i < spec.items.size(); ++i)
            s.data.rows.push_back({{QStringLiteral("status"), QStringLiteral("已落实")}});
        s.data.rows[1] = {{QStringLiteral("status"), QStringLiteral("部分落实")},
                          {QStringLiteral("problem"), QStringLiteral("部分执法人员未出示执法证件")}};
        const auto bytes =
            FormPrinter(DocumentFonts::resolve()).pdf(spec, s, {QStringLiteral("旗公安局"), QString()});
        QVERIFY(bytes);
        const QString path = writePdf(m_dir, QStringLiteral("form-1.pdf"), *bytes);
        const QString text = probe::text(path);
        QVERIFY(text.contains(QStringLiteral("其中经法制审核数")));
        QVERIFY(text.contains(QStringLiteral("部分执法人员未出示执法证件")));
        QVERIFY(text.contains(QStringLiteral("第1页")) && text.contains(QStringLiteral("共1页")));
        // No line of a cell starts with closing punctuation.
        const QString lines =
            QString::fromUtf8(probe::run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}));
        for (const QString &line : lines.split(QLatin1Char('\n')))
            QVERIFY2(!line.trimmed().startsWith(QStringLiteral("）")), qPrintable(line));
        QVERIFY(text.contains(QStringLiteral("审核程序规范、应审尽审")));
        const QImage first = probe::render(path, 1, 50);
        QVERIFY(first.width() < first.height());
    }
};

QTEST_MAIN(TestFormPdf) // fonts need a QGuiApplication
#include "tst_formpdf.moc"
