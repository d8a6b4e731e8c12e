#pragma once

#include "domain/campaign.h"
#include "domain/unit.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace oversight {

class Settings;
class UnitFilterProxy;
class UnitService;
class UnitTableModel;

/// The units register (行政执法单位) of the current campaign: a filterable, sortable table with Add, Edit
/// and Delete. Writes go through UnitDialog and UnitService; the table follows the service's signals.
class UnitsPage final : public QWidget
{
    Q_OBJECT
public:
    UnitsPage(UnitService &units, Settings &settings, QWidget *parent = nullptr);

    /// Shows the register of `campaign` (reloads the table).
    void setCampaign(const Campaign &campaign);
    /// Stores the table's column layout in Settings (the main window calls this when it closes).
    void saveState();

    [[nodiscard]] UnitTableModel *model() const { return m_model; }
    [[nodiscard]] UnitFilterProxy *proxy() const { return m_proxy; }

public Q_SLOTS:
    void addUnit();
    void editSelectedUnit();
    void deleteSelectedUnit();

private:
    void buildLayout();
    void applyCategoryFilter();
    void updateActions();
    void updateCountLabel();
    void openDialog(const Unit &unit);
    void selectUnit(UnitId id);
    [[nodiscard]] int selectedSourceRow() const;

    UnitService &m_service;
    Settings &m_settings;
    CampaignId m_campaign;
    UnitTableModel *m_model;
    UnitFilterProxy *m_proxy;

    QPushButton *m_addButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QComboBox *m_categoryFilter = nullptr;
    QCheckBox *m_withoutContactCheck = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_countLabel = nullptr;
};

} // namespace oversight
