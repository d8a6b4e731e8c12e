#pragma once

#include "ids.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace oversight {

/// The result band of a score (等次).
enum class Grade
{
    Excellent, ///< 优秀
    Good,      ///< 良好
    Pass,      ///< 合格
    Fail,      ///< 不合格
};
[[nodiscard]] QString gradeWord(Grade grade);
[[nodiscard]] std::optional<Grade> gradeFromWord(const QString &word);

/// One defect line of a scoring group, with its fixed deduction.
struct ScoringItem
{
    QString key;
    QString text;
    int halfPoints = 0;         ///< the deduction in half points (0.5 → 1, 10 → 20)
    bool noLegalReview = false; ///< the line says a major decision had no 法制审核 (the file cannot be 优秀)
};

struct ScoringGroup
{
    QString key;
    QString title;
    int points = 0; ///< the group's share of 100; deductions never take it below 0
    std::vector<ScoringItem> items;
};

struct VetoItem
{
    QString key;
    QString text;
};

/// The scoring sheet of a campaign (评查标准): veto items, the five groups with their defect lines, and the
/// grade thresholds. Campaign data (the "scoring" section of the definition), never code.
struct ScoringSpec
{
    std::vector<VetoItem> vetoItems;
    std::vector<ScoringGroup> groups;
    double excellentMin = 90; ///< ≥ → 优秀
    double goodMin = 75;      ///< ≥ → 良好
    double passMin = 60;      ///< ≥ → 合格, below → 不合格

    [[nodiscard]] bool isEmpty() const { return groups.empty(); }
    [[nodiscard]] int totalPoints() const;
    [[nodiscard]] const ScoringItem *item(const QString &key, const ScoringGroup **group = nullptr) const;
    [[nodiscard]] const VetoItem *veto(const QString &key) const;
    /// The grade of a score given in half points; `noLegalReview` (a major decision without 法制审核) caps it
    /// below 优秀.
    [[nodiscard]] Grade gradeFor(int halfPoints, bool noLegalReview = false) const;
};

/// A finding on a sheet: a veto item or a deduction line, with the clerk's note. `problem` is where the
/// rectification ledger records the problem it made of it (none yet).
struct ReviewFinding
{
    enum class Kind
    {
        Veto,
        Deduction
    };
    qint64 id = 0;
    Kind kind = Kind::Deduction;
    QString itemKey;
    int halfPoints = 0; ///< the deduction as the sheet took it (the item's points at the time)
    QString note;
    ProblemId problem;
    friend bool operator==(const ReviewFinding &, const ReviewFinding &) = default;
};

/// The scoring sheet of one drawn file (评查表).
struct ReviewSheet
{
    qint64 id = 0;
    qint64 drawnFile = 0; ///< the drawn_files row it scores
    QString reviewers;    ///< the two reviewers' names, as they signed ("甲、乙")
    QDate reviewedOn;
    bool noLegalReview = false; ///< a major decision made without 法制审核
    std::vector<ReviewFinding> findings;
    QString conclusion;
    friend bool operator==(const ReviewSheet &, const ReviewSheet &) = default;
};

struct SheetScore
{
    int halfPoints = 200; ///< the score in half points (0 … 200)
    Grade grade = Grade::Excellent;
    bool vetoed = false;
    std::vector<int> groupHalfPoints; ///< what each group keeps, in the spec's order

    [[nodiscard]] double score() const { return halfPoints / 2.0; }
};

/// Scores a sheet: a veto item makes it 0 and 不合格; otherwise 100 less the deductions, each group floored
/// at 0; the grade by the spec's thresholds.
[[nodiscard]] SheetScore scoreSheet(const ScoringSpec &spec, const ReviewSheet &sheet);
/// Everything wrong with a sheet before it is saved (unknown item, no reviewers, no date…).
[[nodiscard]] QStringList validateSheet(const ScoringSpec &spec, const ReviewSheet &sheet);

/// A score as the clerk writes it: 92, 89.5.
[[nodiscard]] QString scoreText(double score);

/// One unit's spot-check result: files drawn and reviewed, average score of the reviewed files (graded the
/// same way), grade counts, the most frequent problems.
struct UnitReviewResult
{
    QString unit;
    int filesDrawn = 0;
    int filesReviewed = 0;
    double averageScore = 0;
    Grade averageGrade = Grade::Fail;
    int excellent = 0, good = 0, pass = 0, fail = 0;
    QStringList mainProblems;
};

class ReviewText
{
    Q_DECLARE_TR_FUNCTIONS(oversight::ReviewText)
};

} // namespace oversight
