// Issue 23 through the real program: acceptance conclusions set and listed, in status --json as the
// extension key units[].acceptance, and counted with the upper-level spot checks in the summary report,
// whose PDF text is compared with status --json.
#include "clirun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {
using clitest::Run;

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    QString s = QString::fromUtf8(p.readAllStandardOutput());
    s.remove(QRegularExpression(QStringLiteral("\\s")));
    return s;
}
} // namespace

class TestCliAcceptance final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QString m_db;

    Run cli(const QStringList &arguments)
    {
        return clitest::runCli(m_home.path(), m_dir.path(), m_db, arguments);
    }
    void write(const QString &name, const QString &text)
    {
        QFile f(m_dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath(u"a.sqlite"_qs);
        QCOMPARE(cli({u"init"_qs}).code, 0);
        write(u"units.csv"_qs, u"单位名称,单位类别\n旗公安局,部门\n旗税务局,部门\n东明镇,苏木乡镇\n"_qs);
        QCOMPARE(cli({u"import"_qs, u"units"_qs, m_dir.filePath(u"units.csv"_qs)}).code, 0);
    }

    void setListAndRefuse()
    {
        const Run none = cli({u"acceptance"_qs, u"list"_qs});
        QVERIFY2(none.code == 0 && none.out.count(u"not yet concluded"_qs) == 3, none.said());
        const Run pass = cli({u"--today"_qs, u"2022-10-10"_qs, u"acceptance"_qs, u"set"_qs, u"--unit"_qs,
                              u"旗公安局"_qs, u"--conclusion"_qs, u"合格"_qs});
        QVERIFY2(pass.code == 0, pass.said());
        // 不合格 says why, or nothing is written.
        const Run noReason = cli({u"--today"_qs, u"2022-10-10"_qs, u"acceptance"_qs, u"set"_qs, u"--unit"_qs,
                                  u"旗税务局"_qs, u"--conclusion"_qs, u"不合格"_qs});
        QCOMPARE(noReason.code, 2);
        QVERIFY2(noReason.err.contains(u"Reasons"_qs), noReason.said());
        const Run fail = cli({u"--today"_qs, u"2022-10-10"_qs, u"acceptance"_qs, u"set"_qs, u"--unit"_qs,
                              u"旗税务局"_qs, u"--conclusion"_qs, u"不合格"_qs, u"--reason"_qs,
                              u"整改台账3项逾期未销号"_qs, u"--date"_qs, u"2022-10-09"_qs});
        QVERIFY2(fail.code == 0, fail.said());
        QCOMPARE(
            cli({u"acceptance"_qs, u"set"_qs, u"--unit"_qs, u"旗不存在局"_qs, u"--conclusion"_qs, u"合格"_qs})
                .code,
            2);
        QCOMPARE(
            cli({u"acceptance"_qs, u"set"_qs, u"--unit"_qs, u"旗公安局"_qs, u"--conclusion"_qs, u"优秀"_qs})
                .code,
            1);
        QCOMPARE(cli({u"--today"_qs, u"2022-10-10"_qs, u"acceptance"_qs, u"set"_qs, u"--unit"_qs,
                      u"旗公安局"_qs, u"--conclusion"_qs, u"合格"_qs, u"--date"_qs, u"2022-10-11"_qs})
                     .code,
                 2); // a day after today
        const Run list = cli({u"acceptance"_qs, u"list"_qs});
        QVERIFY2(list.out.contains(u"旗税务局\t不合格\t2022-10-09\t整改台账3项逾期未销号"_qs), list.said());
        QVERIFY2(list.out.contains(u"旗公安局\t合格\t2022-10-10"_qs), list.said());
        QVERIFY2(list.out.contains(u"东明镇\tnot yet concluded"_qs), list.said());
    }

    void statusAndSummaryReportAgree()
    {
        write(u"problems.csv"_qs, u"单位名称,改革领域,问题来源,问题描述,检查机关\n"
                                  u"旗公安局,1,上级抽查,公示栏未更新,通辽市司法局\n"
                                  u"旗税务局,2,上级抽查,案卷未录入平台,自治区司法厅\n"
                                  u"旗税务局,7,自查,执法证过期,\n"_qs);
        QCOMPARE(cli({u"import"_qs, u"problems"_qs, m_dir.filePath(u"problems.csv"_qs)}).code, 0);
        const Run status = cli({u"--today"_qs, u"2022-10-12"_qs, u"status"_qs, u"--json"_qs});
        QVERIFY2(status.code == 0, status.said());
        int pass = 0, basic = 0, fail = 0, none = 0;
        for (const QJsonValue &u : QJsonDocument::fromJson(status.out.toUtf8())[u"units"_qs].toArray()) {
            QVERIFY(u.toObject().contains(u"acceptance"_qs));
            const QJsonValue a = u[u"acceptance"_qs];
            if (a.isNull()) {
                ++none;
                continue;
            }
            const QString c = a[u"conclusion"_qs].toString();
            pass += c == u"合格"_qs;
            basic += c == u"基本合格"_qs;
            fail += c == u"不合格"_qs;
            if (u[u"name"_qs].toString() == u"旗税务局"_qs) {
                QCOMPARE(a[u"reasons"_qs].toString(), u"整改台账3项逾期未销号"_qs);
                QCOMPARE(a[u"decided_on"_qs].toString(), u"2022-10-09"_qs);
            }
        }
        QCOMPARE(pass + basic + fail + none, 3);
        QCOMPARE(none, 1);
        // The summary report counts what status says.
        const QString pdf = m_dir.filePath(u"summary.pdf"_qs);
        const Run report =
            cli({u"--today"_qs, u"2022-10-12"_qs, u"report"_qs, u"summary"_qs, u"--out"_qs, pdf});
        QVERIFY2(report.code == 0, report.said());
        const QString text = pdfText(pdf);
        QVERIFY2(
            text.contains(
                u"验收结论%1/%2/%3合格/基本合格/不合格；未作结论%4个"_qs.arg(pass).arg(basic).arg(fail).arg(
                    none)),
            qPrintable(text));
        QVERIFY2(text.contains(u"上级抽查发现问题2"_qs), qPrintable(text));
    }

    // The phase's two documents, issued with the clerk's number and date: their figures are status's.
    void summaryAndAcceptanceNotices()
    {
        // Area 7: two sessions of 旗公安局 and an exam after them; 旗税务局's exam had none before it.
        write(u"trainings.csv"_qs, u"单位名称,培训日期,培训内容,学时,参训人数,组织单位\n"
                                   u"旗公安局,2022-05-10,行政处罚法专题培训,4,12,本单位\n"
                                   u"旗公安局,2022-06-10,执法程序培训,2.5,10,旗司法局\n"_qs);
        QCOMPARE(cli({u"import"_qs, u"trainings"_qs, m_dir.filePath(u"trainings.csv"_qs)}).code, 0);
        write(u"exams.csv"_qs, u"单位名称,考试日期,考试科目,参考人数,合格人数\n"
                               u"旗公安局,2022-06-20,综合法律知识,12,11\n"
                               u"旗税务局,2022-06-21,综合法律知识,8,8\n"_qs);
        QCOMPARE(cli({u"import"_qs, u"exams"_qs, m_dir.filePath(u"exams.csv"_qs)}).code, 0);
        const Run status = cli({u"--today"_qs, u"2022-10-12"_qs, u"status"_qs, u"--json"_qs});
        const QJsonArray units = QJsonDocument::fromJson(status.out.toUtf8())[u"units"_qs].toArray();
        int problems = 0;
        for (const QJsonValue &u : units)
            problems += u[u"problems"_qs][u"open"_qs].toInt() + u[u"problems"_qs][u"closed"_qs].toInt();
        const QString summary = m_dir.filePath(u"总结.pdf"_qs);
        const Run issued = cli({u"--today"_qs, u"2022-10-12"_qs, u"notice"_qs, u"summary"_qs, u"--number"_qs,
                                u"30"_qs, u"--date"_qs, u"2022-10-12"_qs, u"--out"_qs, summary});
        QVERIFY2(issued.code == 0 && issued.out.contains(u"奈司字〔2022〕30号"_qs), issued.said());
        const QString text = pdfText(summary);
        QVERIFY2(!text.contains(u"【"_qs), qPrintable(text));
        QVERIFY2(text.contains(u"奈司字〔2022〕30号"_qs), qPrintable(text));
        QVERIFY2(text.contains(u"全旗%1个行政执法单位参加专项行动"_qs.arg(units.size())), qPrintable(text));
        QVERIFY2(text.contains(u"共发现问题%1个，其中自治区、市司法局上级抽查发现2个"_qs.arg(problems)),
                 qPrintable(text));
        QVERIFY2(text.contains(u"已作出验收结论2个：合格1个，基本合格0个，不合格1个；尚未作出结论1个"_qs),
                 qPrintable(text));
        // The training sentence is status's top-level training and area10 figures.
        const QJsonObject training = QJsonDocument::fromJson(status.out.toUtf8())[u"training"_qs].toObject();
        const QJsonObject area10 = QJsonDocument::fromJson(status.out.toUtf8())[u"area10"_qs].toObject();
        QCOMPARE(training[u"sessions"_qs].toInt(), 2);
        QCOMPARE(training[u"hours"_qs].toDouble(), 6.5);
        QCOMPARE(training[u"attendees"_qs].toInt(), 22);
        QCOMPARE(training[u"sat"_qs].toInt(), 20);
        QCOMPARE(training[u"passed"_qs].toInt(), 19);
        QCOMPARE(training[u"exams_without_training"_qs].toInt(), 1);
        QVERIFY2(
            text.contains(u"组织执法培训2次，共6.5学时，参训22人次；组织执法考试2场，参考20人次，合格19人次，"
                          u"其中1场考试前未组织培训"_qs),
            qPrintable(text));
        QVERIFY2(text.contains(
                     u"召开执法协调小组会议%1次；重大行政处罚备案%2件，其中逾期备案%3件；发布指导案例%4个"_qs
                         .arg(area10[u"meetings"_qs].toInt())
                         .arg(area10[u"major_penalty_filings"_qs].toInt())
                         .arg(area10[u"late_filings"_qs].toInt())
                         .arg(area10[u"guiding_cases"_qs].toInt())),
                 qPrintable(text));

        const QString notice = m_dir.filePath(u"验收通报.pdf"_qs);
        const Run circulated = cli({u"--today"_qs, u"2022-10-12"_qs, u"notice"_qs, u"acceptance"_qs,
                                    u"--date"_qs, u"2022-10-12"_qs, u"--out"_qs, notice});
        QVERIFY2(circulated.code == 0, circulated.said());
        const QString n = pdfText(notice);
        QVERIFY2(!n.contains(u"【"_qs), qPrintable(n));
        QVERIFY2(n.contains(u"验收合格1个，基本合格0个，不合格1个，另有1个单位尚未完成验收"_qs),
                 qPrintable(n));
        QVERIFY2(n.contains(u"旗税务局：整改台账3项逾期未销号。"_qs), qPrintable(n));
        QVERIFY2(n.contains(u"（一）合格单位旗公安局。"_qs), qPrintable(n));
    }

    void acceptanceNoticeNeedsAConclusion()
    {
        const QString db = m_dir.filePath(u"empty.sqlite"_qs);
        QCOMPARE(clitest::runCli(m_home.path(), m_dir.path(), db, {u"init"_qs}).code, 0);
        const Run none =
            clitest::runCli(m_home.path(), m_dir.path(), db,
                            {u"notice"_qs, u"acceptance"_qs, u"--out"_qs, m_dir.filePath(u"x.pdf"_qs)});
        QCOMPARE(none.code, 2);
        QVERIFY2(none.err.contains(u"No unit has an acceptance conclusion"_qs), none.said());
    }
};

QTEST_GUILESS_MAIN(TestCliAcceptance)
#include "tst_cliacceptance.moc"
