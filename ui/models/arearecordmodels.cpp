#include "arearecordmodels.h"

#include "domain/isodate.h"
#include "services/arearecordservice.h"
#include "services/unitservice.h"

#include <QBrush>
#include <QColor>

namespace oversight {

namespace {
const QColor flagColour(176, 28, 28);

QString hoursText(double hours)
{
    return QString::number(hours, 'g', 6);
}
} // namespace

AreaRecordModel::AreaRecordModel(AreaRecordService &service, UnitService &units, QObject *parent)
    : QAbstractTableModel(parent), m_service(service), m_units(units)
{
    connect(&m_service, &AreaRecordService::recordsChanged, this, [this](CampaignId campaign) {
        if (campaign == m_campaign)
            (void)reload();
    });
}

Result<void> AreaRecordModel::setCampaign(CampaignId campaign, int filingDays)
{
    m_campaign = campaign;
    m_filingDays = filingDays;
    return reload();
}

Result<void> AreaRecordModel::reload()
{
    beginResetModel();
    m_unitNames.clear();
    Result<void> result;
    if (m_campaign.isValid()) {
        if (auto units = m_units.units(m_campaign)) {
            for (const Unit &u : *units)
                m_unitNames.insert(u.id, u.name);
        }
        result = read();
    }
    endResetModel();
    return result;
}

int AreaRecordModel::rowOf(qint64 id) const
{
    for (int row = 0; row < rowCount(); ++row)
        if (idAt(row) == id)
            return row;
    return -1;
}

int AreaRecordModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(headers().size());
}

QVariant AreaRecordModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
        return cellText(row, index.column());
    case Qt::ToolTipRole:
        if (flaggedAt(row))
            return flagTip(row);
        return cellText(row, index.column());
    case Qt::ForegroundRole:
        return flaggedAt(row) ? QVariant(QBrush(flagColour)) : QVariant();
    case Qt::TextAlignmentRole: {
        // Hours and head counts right-aligned, so that their digits line up as in the bureau's tables.
        const QVariant sort = cellSort(row, index.column());
        const bool number = sort.typeId() == QMetaType::Int || sort.typeId() == QMetaType::Double ||
                            sort.typeId() == QMetaType::LongLong;
        return number ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    case IdRole:
        return idAt(row);
    case UnitRole:
        return unitAt(row).value;
    case FlagRole:
        return flaggedAt(row);
    case SortRole:
        return cellSort(row, index.column());
    case SearchRole: {
        QStringList texts;
        for (int c = 0; c < columnCount(); ++c)
            texts.append(cellText(row, c).toString());
        return texts.join(QLatin1Char(' '));
    }
    default:
        return {};
    }
}

QVariant AreaRecordModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    return headers().at(section);
}

// ---- the rows of one kind ----

template <typename T>
int AreaRecordRows<T>::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

template <typename T>
Result<void> AreaRecordRows<T>::read()
{
    auto rows = m_service.list<T>(m_campaign);
    m_rows = rows ? std::move(rows).value() : std::vector<T>();
    return rows ? Result<void>() : Result<void>(rows.error());
}

template <typename T>
UnitId AreaRecordRows<T>::unitAt(int row) const
{
    if constexpr (requires(const T &r) { r.unit; })
        return at(row).unit;
    else
        return {};
}

// ---- training ----

QStringList TrainingModel::headers() const
{
    return {tr("Unit"), tr("Date"), tr("Title"), tr("Hours"), tr("Attendees"), tr("Organiser")};
}

QVariant TrainingModel::cellText(int row, int column) const
{
    const TrainingSession &s = at(row);
    switch (column) {
    case 0:
        return unitName(s.unit);
    case 1:
        return iso(s.heldOn);
    case 2:
        return s.title;
    case 3:
        return hoursText(s.hours);
    case 4:
        return QString::number(s.attendees);
    case 5:
        return s.organiser;
    default:
        return {};
    }
}

QVariant TrainingModel::cellSort(int row, int column) const
{
    if (column == 3)
        return at(row).hours;
    if (column == 4)
        return at(row).attendees;
    return cellText(row, column);
}

// ---- exams ----

Result<void> ExamModel::read()
{
    // The sessions first: an exam is marked by what training came before it.
    auto sessions = m_service.list<TrainingSession>(m_campaign);
    m_sessions = sessions ? std::move(sessions).value() : std::vector<TrainingSession>();
    const Result<void> rows = AreaRecordRows::read();
    if (!sessions)
        return sessions.error();
    return rows;
}

QStringList ExamModel::headers() const
{
    return {tr("Unit"), tr("Date"), tr("Subject"), tr("Sat"), tr("Passed"), tr("Training before")};
}

bool ExamModel::flaggedAt(int row) const
{
    return !examHasTraining(at(row), m_sessions);
}

QString ExamModel::flagTip(int) const
{
    return tr("The unit held no training on or before this exam's day (凡考试必培训)");
}

QVariant ExamModel::cellText(int row, int column) const
{
    const Exam &e = at(row);
    switch (column) {
    case 0:
        return unitName(e.unit);
    case 1:
        return iso(e.heldOn);
    case 2:
        return e.subject;
    case 3:
        return QString::number(e.sat);
    case 4:
        return QString::number(e.passed);
    case 5:
        return flaggedAt(row) ? tr("None") : tr("Yes");
    default:
        return {};
    }
}

QVariant ExamModel::cellSort(int row, int column) const
{
    if (column == 3)
        return at(row).sat;
    if (column == 4)
        return at(row).passed;
    return cellText(row, column);
}

// ---- coordination meetings ----

QStringList MeetingModel::headers() const
{
    return {tr("Date"), tr("Topic"), tr("Attendees")};
}

QVariant MeetingModel::cellText(int row, int column) const
{
    const CoordinationMeeting &m = at(row);
    switch (column) {
    case 0:
        return iso(m.heldOn);
    case 1:
        return m.topic;
    case 2:
        return QString(m.attendees).replace(QLatin1Char('\n'), QLatin1Char(' '));
    default:
        return {};
    }
}

// ---- major-penalty filings ----

QStringList PenaltyFilingModel::headers() const
{
    return {tr("Unit"), tr("Case number"), tr("Decided"), tr("Filed"), tr("Days late")};
}

QString PenaltyFilingModel::flagTip(int row) const
{
    return tr("Filed %1 day(s) after the %2-day limit (due %3)")
        .arg(at(row).lateDays(m_filingDays))
        .arg(m_filingDays)
        .arg(iso(at(row).filingDue(m_filingDays)));
}

QVariant PenaltyFilingModel::cellText(int row, int column) const
{
    const MajorPenaltyFiling &f = at(row);
    switch (column) {
    case 0:
        return unitName(f.unit);
    case 1:
        return f.caseNumber;
    case 2:
        return iso(f.decidedOn);
    case 3:
        return iso(f.filedOn);
    case 4: {
        const int late = f.lateDays(m_filingDays);
        return late > 0 ? QString::number(late) : QString();
    }
    default:
        return {};
    }
}

QVariant PenaltyFilingModel::cellSort(int row, int column) const
{
    if (column == 4)
        return at(row).lateDays(m_filingDays);
    return cellText(row, column);
}

// ---- guiding cases ----

QStringList GuidingCaseModel::headers() const
{
    return {tr("Unit"), tr("Title"), tr("Published")};
}

QVariant GuidingCaseModel::cellText(int row, int column) const
{
    const GuidingCase &c = at(row);
    switch (column) {
    case 0:
        return unitName(c.unit);
    case 1:
        return c.title;
    case 2:
        return iso(c.publishedOn);
    default:
        return {};
    }
}

// ---- filter ----

AreaRecordFilterProxy::AreaRecordFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(AreaRecordModel::SortRole);
    setSortLocaleAware(true);
}

void AreaRecordFilterProxy::setUnit(UnitId unit)
{
    m_unit = unit;
    invalidateFilter();
}

void AreaRecordFilterProxy::setSearch(const QString &words)
{
    m_search = words.simplified();
    invalidateFilter();
}

void AreaRecordFilterProxy::setFlaggedOnly(bool on)
{
    m_flaggedOnly = on;
    invalidateFilter();
}

bool AreaRecordFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_unit.isValid() && index.data(AreaRecordModel::UnitRole).toLongLong() != m_unit.value)
        return false;
    if (m_flaggedOnly && !index.data(AreaRecordModel::FlagRole).toBool())
        return false;
    if (!m_search.isEmpty()) {
        const QString text = index.data(AreaRecordModel::SearchRole).toString();
        for (const QString &word : m_search.split(QLatin1Char(' ')))
            if (!text.contains(word, Qt::CaseInsensitive))
                return false;
    }
    return true;
}

// The five kinds' rows, made here once. (At the end of the file: lupdate reads a tr() that follows an
// explicit instantiation as the template's.)
template class AreaRecordRows<TrainingSession>;
template class AreaRecordRows<Exam>;
template class AreaRecordRows<CoordinationMeeting>;
template class AreaRecordRows<MajorPenaltyFiling>;
template class AreaRecordRows<GuidingCase>;

} // namespace oversight
