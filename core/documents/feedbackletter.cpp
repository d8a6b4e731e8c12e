#include "feedbackletter.h"

#include "domain/reviewsheet.h"
#include "noticegenerator.h"

#include <QSet>

#include <algorithm>

// The letter is the bureau's own Chinese document (domain text, not interface): written in Chinese, never
// translated.

namespace oversight {

namespace {

QString score(double value)
{
    return QString::number(value, 'f', 1);
}

QString halves(int scoreHalves)
{
    return scoreHalves % 2 == 0 ? QString::number(scoreHalves / 2)
                                : QString::number(scoreHalves / 2.0, 'f', 1);
}

} // namespace

Result<OfficialDocument> FeedbackLetter::draft(const Campaign &campaign, const Unit &unit,
                                               const std::vector<DrawnFile> &unitFiles, QDate date)
{
    // Each case file once (a file drawn in two counted draws is one file), in the order drawn.
    std::vector<DrawnFile> files;
    QSet<qint64> seen;
    for (const DrawnFile &f : unitFiles) {
        if (f.unit != unit.id || seen.contains(f.caseFile.value))
            continue;
        seen.insert(f.caseFile.value);
        files.push_back(f);
    }
    const auto scored =
        std::count_if(files.begin(), files.end(), [](const DrawnFile &f) { return f.reviewed; });
    if (files.empty())
        return makeError(
            Error::Code::Invalid,
            tr("%1 has no case file drawn in the spot check: there is nothing to feed back, so no "
               "letter is drafted.")
                .arg(unit.name));
    if (scored == 0)
        return makeError(
            Error::Code::Invalid,
            tr("None of the %n file(s) drawn from %1 is scored yet: score them first; no letter is "
               "drafted.",
               nullptr, int(files.size()))
                .arg(unit.name));

    OfficialDocument d;
    d.kind = DocumentKind::SpotCheck;
    d.authority = campaign.authority;
    d.signature = campaign.authority;
    d.date = date;
    d.printedBy = campaign.printingOffice();
    d.printedOn = date;
    d.title = QStringLiteral("%1关于%2行政执法案卷抽查情况的整改意见书").arg(campaign.authority, unit.name);
    d.addressee = unit.addresseeName();

    // The inspection's days: the first and last scoring sheet of the unit's files.
    QDate from, to;
    int totalHalves = 0;
    int grades[4] = {0, 0, 0, 0};
    for (const DrawnFile &f : files) {
        if (!f.reviewed)
            continue;
        totalHalves += f.scoreHalves;
        ++grades[int(f.grade)];
        if (f.reviewedOn.isValid()) {
            if (!from.isValid() || f.reviewedOn < from)
                from = f.reviewedOn;
            if (!to.isValid() || f.reviewedOn > to)
                to = f.reviewedOn;
        }
    }
    QString span;
    if (from.isValid())
        span = from == to
                   ? chineseDate(from)
                   : QStringLiteral("%1至%2").arg(
                         chineseDate(from), from.year() == to.year()
                                                ? QStringLiteral("%1月%2日").arg(to.month()).arg(to.day())
                                                : chineseDate(to));
    QStringList body;
    body << QStringLiteral("按照《%1》（%2）的部署，%3%4对你单位%5年度的行政执法案卷进行了抽查评查。现将抽查"
                           "情况反馈如下，请认真组织整改。")
                .arg(campaign.title, campaign.documentNumber, campaign.authority,
                     span.isEmpty() ? QString() : QStringLiteral("于") + span)
                .arg(campaign.caseYear);
    body << QStringLiteral("一、抽查基本情况");
    QString intro = QStringLiteral("此次共抽取你单位行政执法案卷%1卷").arg(files.size());
    intro += scored == qsizetype(files.size()) ? QStringLiteral("，已全部完成评查")
                                               : QStringLiteral("，已评查%1卷，尚有%2卷未评查")
                                                     .arg(scored)
                                                     .arg(qsizetype(files.size()) - scored);
    intro += QStringLiteral("。已评查案卷平均得分%1分，其中优秀%2卷、良好%3卷、合格%4卷、不合格%5卷。")
                 .arg(score(totalHalves / 2.0 / double(scored)))
                 .arg(grades[int(Grade::Excellent)])
                 .arg(grades[int(Grade::Good)])
                 .arg(grades[int(Grade::Pass)])
                 .arg(grades[int(Grade::Fail)]);
    body << intro;
    body << QStringLiteral("|案卷编号|案件名称|得分|等次|");
    for (const DrawnFile &f : files)
        body << QStringLiteral("|%1|%2|%3|%4|")
                    .arg(f.number, f.title, f.reviewed ? halves(f.scoreHalves) : QStringLiteral("未评查"),
                         f.reviewed ? gradeWord(f.grade) : QStringLiteral("—"));

    body << QStringLiteral("二、发现的主要问题");
    int n = 0;
    static const QString numerals = QStringLiteral("一二三四五六七八九十");
    for (const DrawnFile &f : files) {
        if (!f.reviewed || f.problems.isEmpty())
            continue;
        const QString mark = n < numerals.size() ? QStringLiteral("（%1）").arg(numerals.at(n))
                                                 : QStringLiteral("（%1）").arg(n + 1);
        ++n;
        // A sheet may deduct under one item twice; the letter names each problem once.
        QStringList named = f.problems;
        named.removeDuplicates();
        QString problems = named.join(QStringLiteral("；"));
        while (problems.endsWith(QStringLiteral("。")) || problems.endsWith(QStringLiteral("；")))
            problems.chop(1);
        body << QStringLiteral("%1案卷%2（%3），得分%4分：%5。")
                    .arg(mark, f.number, f.title, halves(f.scoreHalves), problems);
    }
    if (n == 0)
        body << QStringLiteral("已评查的案卷未发现扣分问题。");

    body << QStringLiteral("三、整改要求");
    const QDate by = NoticeGenerator(campaign, date).rectifyBy();
    body << QStringLiteral(
                "请你单位对照上述问题逐项建立整改台账，制定整改措施，明确责任人和整改时限，举一反三规范"
                "执法案卷制作和管理，于%1前完成整改，并将整改情况书面报送%2%3。")
                .arg(chineseDate(by), campaign.authority, campaign.section);
    d.body = body.join(QLatin1Char('\n'));
    return d;
}

} // namespace oversight
