// oversight-cli and hostile text: an import with a control character is refused with exit 2 at
// FILE:ROW:COLUMN, nothing is echoed raw; a unit name that reached the file anyway (written by an older
// version) is printed escaped by status, plain and --json; full-width twins update the registered unit and
// a lookalike new unit is listed as a warning.
#include "clirun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {
using clitest::Run;
} // namespace

class TestCliPrivacy final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QString m_db;

    Run cli(const QStringList &arguments)
    {
        return clitest::runCli(m_home.path(), m_dir.path(), m_db, arguments);
    }
    QString write(const QString &name, const QString &text)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(text.toUtf8());
        return path;
    }
    static bool raw(const QString &s)
    {
        return s.contains(QChar(0x1b)) || s.contains(QChar(0x07)) || s.contains(QChar(0x202e)) ||
               s.contains(QChar(0xfeff));
    }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        m_db = m_dir.filePath(QStringLiteral("privacy-%1.sqlite").arg(++n));
        const Run run = cli({u"init"_qs});
        QVERIFY2(run.code == 0, run.said());
    }

    void importRefusesControlCharacters()
    {
        const QString file =
            write(u"units.csv"_qs, u"单位名称,单位类别\n旗司法局,部门\n旗公安\x1b]0;pwned\a局,部门\n"_qs);
        const Run run = cli({u"import"_qs, u"units"_qs, file});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(u"units.csv:3:A: 单位名称: "_qs) && run.err.contains(u"ESC (U+001B)"_qs),
                 run.said());
        QVERIFY2(!raw(run.err) && !raw(run.out), run.said());
        const Run status = cli({u"status"_qs, u"--json"_qs});
        QVERIFY2(status.code == 0, status.said());
        QCOMPARE(QJsonDocument::fromJson(status.out.toUtf8()).object().value(u"units"_qs).toArray().size(),
                 0);
    }

    void statusEscapesWhatIsStored()
    {
        QVERIFY(
            cli({u"import"_qs, u"units"_qs, write(u"ok.csv"_qs, u"单位名称,单位类别\n旗公安局,部门\n"_qs)})
                .code == 0);
        const QString hostile = u"旗公安\x1b[2J\u202e局\a"_qs;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"tamper"_qs);
            db.setDatabaseName(m_db);
            QVERIFY(db.open());
            QSqlQuery q(db);
            q.prepare(u"UPDATE units SET name = ?"_qs);
            q.addBindValue(hostile);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"tamper"_qs);

        const Run plain = cli({u"status"_qs});
        QVERIFY2(plain.code == 0, plain.said());
        QVERIFY2(!raw(plain.out), plain.said());
        QVERIFY2(plain.out.contains(u"旗公安\\u001B[2J\\u202E局\\u0007"_qs), plain.said());

        const Run json = cli({u"status"_qs, u"--json"_qs});
        QVERIFY2(json.code == 0, json.said());
        QVERIFY2(!raw(json.out), json.said());
        const QJsonArray units =
            QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"units"_qs).toArray();
        QCOMPARE(units.size(), 1);
        QCOMPARE(units.at(0).toObject().value(u"name"_qs).toString(), hostile); // still JSON, same value
    }

    void lookalikeNamesOnTheCommandLine()
    {
        QVERIFY(cli({u"import"_qs, u"units"_qs,
                     write(u"first.csv"_qs,
                           u"单位名称,单位类别\n测试局（筹）,部门\n奈曼旗林业和草原局,部门\n"_qs)})
                    .code == 0);
        const Run run = cli({u"import"_qs, u"units"_qs,
                             write(u"second.csv"_qs, u"单位名称,单位类别,联系人\n测试局(筹),部门,张三\n"
                                                     u"奈曼旗林业草原局,部门,李四\n"_qs)});
        QVERIFY2(run.code == 0, run.said());
        QVERIFY2(run.out.contains(u"1 added, 1 updated"_qs), run.said());
        QVERIFY2(run.out.contains(u"second.csv:3:A: "_qs) && run.out.contains(u"(warning)"_qs) &&
                     run.out.contains(u"奈曼旗林业和草原局"_qs),
                 run.said());
    }
};

QTEST_GUILESS_MAIN(TestCliPrivacy)
#include "tst_cliprivacy.moc"
