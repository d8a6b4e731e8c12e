#include "normative.h"

#include "enumnames.h"
#include "isodate.h"

#include <QRegularExpression>

#include <algorithm>

namespace oversight {

namespace {

// An unknown value is named as the first of its table, as these always have been.
constexpr EnumName<FilingMaterial> materialRows[] = {
    {FilingMaterial::FilingReport, "filing_report", u"备案报告"},
    {FilingMaterial::OfficialText, "official_text", u"正式文本"},
    {FilingMaterial::DraftingExplanation, "drafting_explanation", u"起草说明"},
    {FilingMaterial::LegalBasis, "legal_basis", u"制定依据"},
    {FilingMaterial::LegalReview, "legal_review", u"合法性审查意见"},
};
constexpr EnumNames materialNames(materialRows, nullptr, UnknownValue::FirstRow);

constexpr EnumName<ReviewResult> resultRows[] = {
    {ReviewResult::Lawful, "lawful", u"合法"},
    {ReviewResult::Amend, "amend", u"建议修改"},
    {ReviewResult::Unlawful, "unlawful", u"不合法，应予纠正"},
};
constexpr EnumNames resultNames(resultRows, nullptr, UnknownValue::FirstRow);

constexpr EnumName<CorrectionOutcome> outcomeRows[] = {
    {CorrectionOutcome::Corrected, "corrected", u"已修改"},
    {CorrectionOutcome::Repealed, "repealed", u"已废止"},
    {CorrectionOutcome::Refused, "refused", u"拒不纠正"},
};
constexpr EnumNames outcomeNames(outcomeRows, nullptr, UnknownValue::FirstRow);

constexpr EnumName<CleanupDecision> decisionRows[] = {
    {CleanupDecision::Keep, "keep", u"保留"},
    {CleanupDecision::Amend, "amend", u"修改"},
    {CleanupDecision::Repeal, "repeal", u"废止"},
    {CleanupDecision::Invalidate, "invalidate", u"宣布失效"},
};
constexpr EnumNames decisionNames(decisionRows, nullptr, UnknownValue::FirstRow);

// Anything but a year is a quarter.
constexpr EnumName<ZeroReportPeriod> periodRows[] = {
    {ZeroReportPeriod::Quarter, "quarter"},
    {ZeroReportPeriod::Year, "year"},
};
constexpr EnumNames periodNames(periodRows, nullptr, UnknownValue::FirstRow);

constexpr EnumName<PeriodStatus::State> stateRows[] = {
    {PeriodStatus::State::Filed, nullptr, nullptr, QT_TRANSLATE_NOOP("oversight::NormativeText", "Filed")},
    {PeriodStatus::State::ZeroReport, nullptr, nullptr,
     QT_TRANSLATE_NOOP("oversight::NormativeText", "Zero report")},
    {PeriodStatus::State::Unfiled, nullptr, nullptr,
     QT_TRANSLATE_NOOP("oversight::NormativeText", "Issued, not filed")},
    {PeriodStatus::State::Missing, nullptr, nullptr,
     QT_TRANSLATE_NOOP("oversight::NormativeText", "Zero report missing")},
    {PeriodStatus::State::Open, nullptr, nullptr,
     QT_TRANSLATE_NOOP("oversight::NormativeText", "Period not ended")},
};
constexpr EnumNames stateNames(stateRows, "oversight::NormativeText");

const char *const quarterNames[] = {"一", "二", "三", "四"};

} // namespace

QList<FilingMaterial> allMaterials()
{
    return materialNames.all();
}
QString materialKey(FilingMaterial m)
{
    return materialNames.key(m);
}
QString materialWord(FilingMaterial m)
{
    return materialNames.word(m);
}

QList<ReviewResult> allReviewResults()
{
    return resultNames.all();
}
QString reviewResultKey(ReviewResult r)
{
    return resultNames.key(r);
}
std::optional<ReviewResult> reviewResultFromKey(const QString &key)
{
    return resultNames.fromKey(key);
}
QString reviewResultWord(ReviewResult r)
{
    return resultNames.word(r);
}

QList<CorrectionOutcome> allCorrectionOutcomes()
{
    return outcomeNames.all();
}
QString correctionOutcomeKey(CorrectionOutcome o)
{
    return outcomeNames.key(o);
}
std::optional<CorrectionOutcome> correctionOutcomeFromKey(const QString &key)
{
    return outcomeNames.fromKey(key);
}
QString correctionOutcomeWord(CorrectionOutcome o)
{
    return outcomeNames.word(o);
}

QList<CleanupDecision> allCleanupDecisions()
{
    return decisionNames.all();
}
QString cleanupDecisionKey(CleanupDecision d)
{
    return decisionNames.key(d);
}
std::optional<CleanupDecision> cleanupDecisionFromKey(const QString &key)
{
    return decisionNames.fromKey(key);
}
QString cleanupDecisionWord(CleanupDecision d)
{
    return decisionNames.word(d);
}

QList<FilingMaterial> NormativeDocument::missingMaterials() const
{
    QList<FilingMaterial> out;
    for (FilingMaterial m : allMaterials())
        if (!hasMaterial(m))
            out.append(m);
    return out;
}

QDate NormativeDocument::filingDue(int filingDays) const
{
    return issuedOn.isValid() ? issuedOn.addDays(filingDays) : QDate();
}

int NormativeDocument::lateDays(int filingDays, QDate today) const
{
    const QDate due = filingDue(filingDays);
    if (!due.isValid())
        return 0;
    const QDate upTo = filedOn.isValid() ? filedOn : today;
    if (!upTo.isValid())
        return 0;
    return int(std::max<qint64>(0, due.daysTo(upTo)));
}

Result<NormativeNumber> parseNormativeNumber(const QString &input)
{
    const QString text = input.trimmed();
    static const QRegularExpression form(QStringLiteral(R"(^(\S+)〔(\d{4})〕(\d+)号$)"));
    const QString example = QStringLiteral("奈市监发〔2022〕5号");
    if (text.isEmpty())
        return makeError(Error::Code::Invalid,
                         NormativeText::tr("the document number is empty; write it as %1.").arg(example));
    const QRegularExpressionMatch m = form.match(text);
    if (!m.hasMatch()) {
        static const QRegularExpression otherBrackets(
            QStringLiteral(R"(^\S+?[\[［【(（〈<]\s*(\d{4})\s*[\]］】)）〉>]\s*\d+\s*号$)"));
        if (const QRegularExpressionMatch o = otherBrackets.match(text); o.hasMatch())
            return makeError(
                Error::Code::Invalid,
                NormativeText::tr("\"%1\" puts the year in the wrong brackets; write 〔%2〕 with "
                                  "the hexagonal brackets 〔〕, as in %3.")
                    .arg(text, o.captured(1), example));
        return makeError(Error::Code::Invalid,
                         NormativeText::tr("\"%1\" is not a document number of the form 机关代字〔YYYY〕N号; "
                                           "write it as %2.")
                             .arg(text, example));
    }
    NormativeNumber n;
    n.prefix = m.captured(1);
    n.year = m.captured(2).toInt();
    if (m.captured(3).startsWith(QLatin1Char('0')))
        return makeError(
            Error::Code::Invalid,
            NormativeText::tr("\"%1\": the serial number has a leading zero; write %2〔%3〕%4号.")
                .arg(text, n.prefix, m.captured(2))
                .arg(m.captured(3).toInt()));
    n.serial = m.captured(3).toInt();
    if (n.year < 1949 || n.year > 2100)
        return makeError(Error::Code::Invalid,
                         NormativeText::tr("\"%1\": %2 is not a plausible year.").arg(text).arg(n.year));
    return n;
}

QList<FieldError> validateNormativeDocument(const NormativeDocument &d)
{
    QList<FieldError> problems;
    if (!d.unit.isValid())
        problems.append(
            {QStringLiteral("unit"), NormativeText::tr("Issuing unit: choose a registered unit.")});
    if (d.title.trimmed().isEmpty())
        problems.append({QStringLiteral("title"), NormativeText::tr("Title: not filled in.")});
    if (auto n = parseNormativeNumber(d.number); !n)
        problems.append(
            {QStringLiteral("number"), NormativeText::tr("Document number: %1").arg(n.error().message)});
    if (!d.issuedOn.isValid())
        problems.append({QStringLiteral("issuedOn"), NormativeText::tr("Issue date: not filled in.")});
    if (d.filedOn.isValid() && d.issuedOn.isValid() && d.filedOn < d.issuedOn)
        problems.append({QStringLiteral("filedOn"),
                         NormativeText::tr("Filing date: %1 is before the issue date %2; a document is filed "
                                           "after it is issued.")
                             .arg(iso(d.filedOn), iso(d.issuedOn))});
    if (d.materials < 0 || d.materials > allMaterialsMask)
        problems.append({QStringLiteral("materials"), NormativeText::tr("Materials: unknown items ticked.")});
    if (d.result) {
        if (!d.isFiled())
            problems.append({QStringLiteral("result"),
                             NormativeText::tr("Review: the document has not been filed; file it first.")});
        if (d.reviewer.trimmed().isEmpty())
            problems.append({QStringLiteral("reviewer"), NormativeText::tr("Reviewer: not filled in.")});
        if (!d.reviewedOn.isValid())
            problems.append({QStringLiteral("reviewedOn"), NormativeText::tr("Review date: not filled in.")});
        else if (d.isFiled() && d.reviewedOn < d.filedOn)
            problems.append({QStringLiteral("reviewedOn"),
                             NormativeText::tr("Review date: %1 is before the filing date %2.")
                                 .arg(iso(d.reviewedOn), iso(d.filedOn))});
        if (*d.result != ReviewResult::Lawful && d.opinion.trimmed().isEmpty())
            problems.append({QStringLiteral("opinion"),
                             NormativeText::tr("Opinion: say what must change when the result is %1.")
                                 .arg(reviewResultWord(*d.result))});
        if (d.result == ReviewResult::Unlawful && !d.correctBy.isValid())
            problems.append(
                {QStringLiteral("correctBy"),
                 NormativeText::tr("Correction deadline: a document to be corrected needs one.")});
    }
    if (d.correctBy.isValid() && !d.needsCorrection())
        problems.append({QStringLiteral("correctBy"),
                         NormativeText::tr("Correction deadline: only a document to be corrected has one.")});
    if (d.correctBy.isValid() && d.reviewedOn.isValid() && d.correctBy < d.reviewedOn)
        problems.append({QStringLiteral("correctBy"),
                         NormativeText::tr("Correction deadline: %1 is before the review date %2.")
                             .arg(iso(d.correctBy), iso(d.reviewedOn))});
    if (d.outcome) {
        if (!d.needsCorrection())
            problems.append({QStringLiteral("outcome"),
                             NormativeText::tr("Correction outcome: the review asked for no correction.")});
        if (!d.correctedOn.isValid())
            problems.append(
                {QStringLiteral("correctedOn"), NormativeText::tr("Correction date: not filled in.")});
        else if (d.reviewedOn.isValid() && d.correctedOn < d.reviewedOn)
            problems.append({QStringLiteral("correctedOn"),
                             NormativeText::tr("Correction date: %1 is before the review date %2.")
                                 .arg(iso(d.correctedOn), iso(d.reviewedOn))});
    }
    return problems;
}

QJsonObject auditFields(const NormativeDocument &d)
{
    QJsonObject o{
        {QStringLiteral("unit_id"), d.unit.value},
        {QStringLiteral("title"), d.title},
        {QStringLiteral("number"), d.number},
        {QStringLiteral("issued_on"), iso(d.issuedOn)},
        {QStringLiteral("filed_on"), iso(d.filedOn)},
        {QStringLiteral("materials"), d.materials},
        {QStringLiteral("seen_at"), d.seenAt},
        {QStringLiteral("review_result"), d.result ? reviewResultKey(*d.result) : QString()},
        {QStringLiteral("reviewer"), d.reviewer},
        {QStringLiteral("reviewed_on"), iso(d.reviewedOn)},
        {QStringLiteral("review_opinion"), d.opinion},
        {QStringLiteral("correct_by"), iso(d.correctBy)},
        {QStringLiteral("correction_outcome"), d.outcome ? correctionOutcomeKey(*d.outcome) : QString()},
        {QStringLiteral("corrected_on"), iso(d.correctedOn)},
        {QStringLiteral("correction_note"), d.correctionNote}};
    return o;
}

QString zeroReportPeriodKey(ZeroReportPeriod p)
{
    return periodNames.key(p);
}

std::optional<ZeroReportPeriod> zeroReportPeriodFromKey(const QString &key)
{
    return periodNames.fromKey(key);
}

QString Period::label() const
{
    if (key.size() == 4)
        return QStringLiteral("%1年度").arg(key);
    const int q = key.right(1).toInt();
    return QStringLiteral("%1年第%2季度")
        .arg(key.left(4), QString::fromUtf8(quarterNames[qBound(1, q, 4) - 1]));
}

std::vector<Period> periodsOf(int year, ZeroReportPeriod kind)
{
    std::vector<Period> out;
    if (kind == ZeroReportPeriod::Year) {
        out.push_back({QString::number(year), QDate(year, 1, 1), QDate(year, 12, 31)});
        return out;
    }
    for (int q = 1; q <= 4; ++q) {
        const QDate from(year, 3 * (q - 1) + 1, 1);
        out.push_back({QStringLiteral("%1-Q%2").arg(year).arg(q), from, from.addMonths(3).addDays(-1)});
    }
    return out;
}

std::optional<Period> periodFromKey(const QString &key)
{
    static const QRegularExpression form(QStringLiteral(R"(^(\d{4})(?:-Q([1-4]))?$)"));
    const QRegularExpressionMatch m = form.match(key);
    if (!m.hasMatch())
        return std::nullopt;
    const int year = m.captured(1).toInt();
    if (m.captured(2).isEmpty())
        return periodsOf(year, ZeroReportPeriod::Year).front();
    return periodsOf(year, ZeroReportPeriod::Quarter).at(size_t(m.captured(2).toInt() - 1));
}

QString periodStateLabel(PeriodStatus::State s)
{
    return stateNames.label(s);
}

std::vector<PeriodStatus> periodStatuses(const std::vector<UnitId> &units,
                                         const std::vector<NormativeDocument> &documents,
                                         const std::vector<ZeroReport> &zeroReports, int year,
                                         ZeroReportPeriod kind, QDate today)
{
    std::vector<PeriodStatus> out;
    const std::vector<Period> periods = periodsOf(year, kind);
    for (UnitId unit : units) {
        for (const Period &p : periods) {
            PeriodStatus s{unit, p, PeriodStatus::State::Open};
            const auto issuedIn = [&](bool filed) {
                return std::any_of(documents.begin(), documents.end(), [&](const NormativeDocument &d) {
                    return d.unit == unit && p.contains(d.issuedOn) && d.isFiled() == filed;
                });
            };
            const bool zero = std::any_of(zeroReports.begin(), zeroReports.end(), [&](const ZeroReport &z) {
                return z.unit == unit && z.period == p.key;
            });
            if (issuedIn(true))
                s.state = PeriodStatus::State::Filed;
            else if (zero)
                s.state = PeriodStatus::State::ZeroReport;
            else if (issuedIn(false))
                s.state = PeriodStatus::State::Unfiled;
            else if (today > p.to)
                s.state = PeriodStatus::State::Missing;
            out.push_back(s);
        }
    }
    return out;
}

int CleanupCounts::of(CleanupDecision d) const
{
    switch (d) {
    case CleanupDecision::Keep:
        return keep;
    case CleanupDecision::Amend:
        return amend;
    case CleanupDecision::Repeal:
        return repeal;
    case CleanupDecision::Invalidate:
        return invalidate;
    }
    return 0;
}

CleanupCounts cleanupCounts(const std::vector<CleanupItem> &items)
{
    CleanupCounts c;
    for (const CleanupItem &i : items) {
        ++c.total;
        if (!i.decision) {
            ++c.pending;
            continue;
        }
        switch (*i.decision) {
        case CleanupDecision::Keep:
            ++c.keep;
            break;
        case CleanupDecision::Amend:
            ++c.amend;
            break;
        case CleanupDecision::Repeal:
            ++c.repeal;
            break;
        case CleanupDecision::Invalidate:
            ++c.invalidate;
            break;
        }
    }
    return c;
}

} // namespace oversight
