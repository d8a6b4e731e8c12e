#pragma once

#include "domain/arearecords.h"
#include "domain/result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>

#include <vector>

namespace oversight {

class AreaRecordService;
class UnitService;

/// The records of one kind (area 7 or area 10) of one campaign as a table: a snapshot read from
/// AreaRecordService, re-read when it announces a change. One subclass per kind says the columns. Read-only;
/// writes go through the page's dialogs and the service.
class AreaRecordModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        IdRole = Qt::UserRole + 1, ///< the row's id (qint64)
        UnitRole,                  ///< the row's unit id (qint64; 0 for a coordination meeting)
        FlagRole,                  ///< bool: an exam without training before it, a late filing
        SortRole,                  ///< a value that sorts the column right (ISO dates, numbers)
        SearchRole,                ///< the row's texts, for the search box
    };

    AreaRecordModel(AreaRecordService &service, UnitService &units, QObject *parent = nullptr);

    [[nodiscard]] Result<void> setCampaign(CampaignId campaign, int filingDays);
    [[nodiscard]] CampaignId campaign() const { return m_campaign; }
    [[nodiscard]] int rowOf(qint64 id) const;
    /// Re-reads the records (and the unit names).
    [[nodiscard]] Result<void> reload();

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    /// Reads the kind's records of the campaign into the subclass's rows (between a model reset).
    [[nodiscard]] virtual Result<void> read() = 0;
    [[nodiscard]] virtual QStringList headers() const = 0;
    /// Display text and sort value of a cell.
    [[nodiscard]] virtual QVariant cellText(int row, int column) const = 0;
    [[nodiscard]] virtual QVariant cellSort(int row, int column) const { return cellText(row, column); }
    [[nodiscard]] virtual qint64 idAt(int row) const = 0;
    [[nodiscard]] virtual UnitId unitAt(int row) const = 0;
    [[nodiscard]] virtual bool flaggedAt(int) const { return false; }
    [[nodiscard]] virtual QString flagTip(int) const { return {}; }
    [[nodiscard]] QString unitName(UnitId id) const { return m_unitNames.value(id); }

    AreaRecordService &m_service;
    CampaignId m_campaign;
    int m_filingDays = 15;

private:
    UnitService &m_units;
    QHash<UnitId, QString> m_unitNames;
};

/// The rows of one record type `T` (a snapshot of AreaRecordService::list<T>): what every kind's model
/// holds the same way. A kind's model says only its columns (and, where it has one, its flag).
template <typename T>
class AreaRecordRows : public AreaRecordModel
{
public:
    using AreaRecordModel::AreaRecordModel;
    int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] const T &at(int row) const { return m_rows.at(size_t(row)); }

protected:
    Result<void> read() override;
    qint64 idAt(int row) const override { return at(row).id; }
    /// The row's unit; none for a record that has no unit (a coordination meeting).
    UnitId unitAt(int row) const override;

private:
    std::vector<T> m_rows;
};

// AreaRecordRows' members are defined in arearecordmodels.cpp and made there for the five kinds.

class TrainingModel final : public AreaRecordRows<TrainingSession>
{
    Q_OBJECT
public:
    using AreaRecordRows::AreaRecordRows;

protected:
    QStringList headers() const override;
    QVariant cellText(int row, int column) const override;
    QVariant cellSort(int row, int column) const override;
};

/// Exams, each marked when its unit held no training on or before its day (凡考试必培训).
class ExamModel final : public AreaRecordRows<Exam>
{
    Q_OBJECT
public:
    using AreaRecordRows::AreaRecordRows;

protected:
    Result<void> read() override;
    QStringList headers() const override;
    QVariant cellText(int row, int column) const override;
    QVariant cellSort(int row, int column) const override;
    bool flaggedAt(int row) const override;
    QString flagTip(int row) const override;

private:
    std::vector<TrainingSession> m_sessions;
};

class MeetingModel final : public AreaRecordRows<CoordinationMeeting>
{
    Q_OBJECT
public:
    using AreaRecordRows::AreaRecordRows;

protected:
    QStringList headers() const override;
    QVariant cellText(int row, int column) const override;
};

/// 重大行政处罚备案 entries, each marked when filed after the campaign's limit.
class PenaltyFilingModel final : public AreaRecordRows<MajorPenaltyFiling>
{
    Q_OBJECT
public:
    using AreaRecordRows::AreaRecordRows;

protected:
    QStringList headers() const override;
    QVariant cellText(int row, int column) const override;
    QVariant cellSort(int row, int column) const override;
    bool flaggedAt(int row) const override { return at(row).isLate(m_filingDays); }
    QString flagTip(int row) const override;
};

class GuidingCaseModel final : public AreaRecordRows<GuidingCase>
{
    Q_OBJECT
public:
    using AreaRecordRows::AreaRecordRows;

protected:
    QStringList headers() const override;
    QVariant cellText(int row, int column) const override;
};

/// The rows as the clerk narrows them: a unit (invalid: all), words searched in the row's texts, and
/// flagged rows only (exams without training, late filings). Columns sort by AreaRecordModel::SortRole.
class AreaRecordFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AreaRecordFilterProxy(QObject *parent = nullptr);

    void setUnit(UnitId unit);
    void setSearch(const QString &words);
    void setFlaggedOnly(bool on);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    UnitId m_unit;
    QString m_search;
    bool m_flaggedOnly = false;
};

} // namespace oversight
