#pragma once

#include "domain/campaign.h"
#include "domain/problem.h"
#include "domain/unit.h"
#include "recordrowsmodel.h"

#include <QDate>
#include <QHash>
#include <QSortFilterProxyModel>

#include <optional>
#include <vector>

namespace oversight {

/// The rectification ledger's problems as a table: the ledger's columns, overdue deadlines in red.
class ProblemTableModel final : public RecordRowsModel<Problem>
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        UnitColumn,
        AreaColumn,
        SourceColumn,
        DescriptionColumn,
        MeasureColumn,
        OwnerColumn,
        DeadlineColumn,
        StatusColumn,
        ProgressColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit ProblemTableModel(QObject *parent = nullptr);

    void setCampaign(const Campaign &campaign);
    void setUnits(const std::vector<Unit> &units);
    void setProblems(std::vector<Problem> problems);
    /// Replaces one problem (matched by id), or adds it.
    void upsert(const Problem &problem);
    void removeProblem(ProblemId id);
    void setToday(QDate today);

    [[nodiscard]] QDate today() const { return m_today; }
    [[nodiscard]] const std::vector<Problem> &problems() const { return m_rows; }
    [[nodiscard]] const Problem *problemAt(int row) const;
    [[nodiscard]] QString unitName(UnitId id) const { return m_unitNames.value(id.value); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QStringList headers() const override;
    Campaign m_campaign;
    QHash<qint64, QString> m_unitNames;
    QDate m_today;
};

/// The ledger page's filters: unit, area, source, status, overdue, and the ids a keyword search found.
class ProblemFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ProblemFilterProxy(QObject *parent = nullptr);

    void setUnit(UnitId unit);
    void setArea(int area);
    void setSource(std::optional<Problem::Source> source);
    void setStatus(std::optional<Problem::Status> status);
    void setOverdueOnly(bool on);
    /// Only these problems (a keyword search's answer); nullopt: no keyword.
    void setMatches(std::optional<QSet<qint64>> ids);
    /// Re-applies the filters (the day changed, a row changed).
    void refilter() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    UnitId m_unit;
    int m_area = 0;
    std::optional<Problem::Source> m_source;
    std::optional<Problem::Status> m_status;
    bool m_overdueOnly = false;
    std::optional<QSet<qint64>> m_matches;
};

} // namespace oversight
