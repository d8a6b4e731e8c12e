#pragma once

#include "draw.h"
#include "ids.h"
#include "reviewsheet.h"

#include <QDateTime>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace oversight {

/// A member of the reviewer pool (评查人员).
struct ReviewerEntry
{
    qint64 id = 0;
    CampaignId campaign;
    QString name;
    QString affiliation; ///< an enforcement unit's name (回避 applies) or a 律师事务所
    QString qualification;
    friend bool operator==(const ReviewerEntry &, const ReviewerEntry &) = default;
};

/// A stored spot-check draw (抽取记录): everything needed to re-run it and compare.
struct DrawRecord
{
    DrawId id;
    CampaignId campaign;
    QString task;
    QDateTime drawnAt;
    QString operatorName;
    QString algorithm = QString::fromLatin1(draw::algorithmName);
    int algorithmVersion = draw::algorithmVersion;
    std::uint64_t seed = 0;
    int requested = 0;
    QString warning; ///< e.g. fewer files than the plan's minimum
    QByteArray pool; ///< canonical text
    QString poolSha256;
    std::vector<draw::Quota> quotas;
    std::vector<draw::PoolFile> result;
    // The reviewers: drawn with the files, or later as a second recorded step.
    std::optional<std::uint64_t> reviewerSeed;
    QByteArray reviewerPool;
    QString reviewerPoolSha256;
    QDateTime reviewersDrawnAt;
    draw::ReviewerResult reviewerResult;
    QString voidReason;

    [[nodiscard]] bool hasReviewers() const { return reviewerSeed.has_value(); }
    [[nodiscard]] QStringList units() const;
    /// The two reviewers' names of drawn file `index` (empty before the reviewer step).
    [[nodiscard]] std::pair<QString, QString> reviewersOf(size_t index) const;

    [[nodiscard]] QString quotasJson() const;
    [[nodiscard]] QString resultJson() const;
    [[nodiscard]] QString reviewerResultJson() const;
    static std::vector<draw::Quota> quotasFromJson(const QString &json);
    static std::vector<draw::PoolFile> resultFromJson(const QString &json);
    static draw::ReviewerResult reviewerResultFromJson(const QString &json);
};

/// One drawn file with what the review made of it: the row of the results and of 附件7.
struct DrawnFile
{
    qint64 id = 0;
    DrawId draw;
    int position = 0;
    CaseFileId caseFile;
    UnitId unit;
    QString unitName;
    QString number;
    QString title;
    QString caseType; ///< 案件类型
    QString reviewer1, reviewer2;
    bool uploaded = false;
    QDate uploadedOn;
    // From the scoring sheet, when there is one.
    bool reviewed = false;
    int scoreHalves = 0;
    Grade grade = Grade::Fail;
    QDate reviewedOn;
    QStringList problems; ///< the texts of its findings
};

} // namespace oversight
