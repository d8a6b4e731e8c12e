#pragma once

#include <QHash>
#include <QString>
#include <QWidget>

class QCheckBox;
class QJsonObject;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace oversight {

class CampaignService;
class SafetyService;
class UnitService;

/// The audit log (全过程记录) for reading: every change with who and when, filtered by kind of record, unit
/// and time; and a check of its hash chain that names the first changed or missing entry.
class AuditPage final : public QWidget
{
    Q_OBJECT
public:
    AuditPage(SafetyService &safety, CampaignService &campaigns, UnitService &units,
              QWidget *parent = nullptr);

    [[nodiscard]] QStandardItemModel *model() const { return m_model; }
    [[nodiscard]] QComboBox *entityFilter() const { return m_entity; }
    [[nodiscard]] QComboBox *unitFilter() const { return m_unit; }
    [[nodiscard]] QCheckBox *timeFilter() const { return m_timeFilter; }
    [[nodiscard]] QDateEdit *fromEdit() const { return m_from; }
    [[nodiscard]] QDateEdit *toEdit() const { return m_to; }
    [[nodiscard]] QLabel *countLabel() const { return m_count; }
    [[nodiscard]] QLabel *verifyLabel() const { return m_verifyResult; }

    /// The clerk's word for an entity word of the log ("unit" → 执法单位).
    [[nodiscard]] static QString entityLabel(const QString &entity);
    /// The clerk's word for a field of an audited change ("contact_person" → 联系人); others as they are.
    [[nodiscard]] static QString fieldLabel(const QString &field);
    /// The clerk's word for an action ("create" → 新增); other words as they are.
    [[nodiscard]] static QString actionLabel(const QString &action);
    /// An entry's changes as one line: "field: value; field: old → new" (empty values of a new record left
    /// out).
    /// `entity` tells whose statuses the values are (a complaint's "closed" is not a problem's).
    [[nodiscard]] static QString changesText(const QJsonObject &changes,
                                             const QHash<qint64, QString> &unitNames = {},
                                             const QString &entity = {});
    /// The clerk's word for a stored value (a status, source or category key) of a record of `entity`;
    /// others as they are.
    [[nodiscard]] static QString valueLabel(const QString &value, const QString &entity = {});
    [[nodiscard]] QCheckBox *rawFilter() const { return m_raw; }

public Q_SLOTS:
    /// Re-reads the filters' choices (kinds, the current campaign's units) and the entries.
    void reload();
    /// Re-reads the entries for the filters as set.
    void refresh();
    /// Checks the hash chain and says the outcome beside the button.
    void verifyChain();

protected:
    void showEvent(QShowEvent *event) override;

private:
    /// "执法单位 旗公安局" for a unit, else the kind and its number.
    [[nodiscard]] QString recordLabel(const QString &entity, qint64 id) const;

    SafetyService &m_safety;
    CampaignService &m_campaigns;
    UnitService &m_units;
    QComboBox *m_entity = nullptr;
    QComboBox *m_unit = nullptr;
    QCheckBox *m_timeFilter = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_verifyResult = nullptr;
    QPushButton *m_verify = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QCheckBox *m_raw = nullptr;
    QHash<qint64, QString> m_unitNames;
    bool m_datesSet = false; ///< the campaign's dates were put into the range once
};

} // namespace oversight
