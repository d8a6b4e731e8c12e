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

class ImportDialog;
class Settings;
class UnitFilterProxy;
class UnitService;
class AcceptanceDialog;
class AcceptanceService;
class Clock;
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
    /// Asks for a file, then opens the import dialog on it.
    void importUnits();
    /// Asks where, then writes the register as .xlsx.
    void exportUnits();
    /// Asks where, then writes a blank import template.
    void saveTemplate();

public:
    /// The import dialog on `path`, already checked (window-modal, deleted on close); for importUnits()
    /// and tests.
    ImportDialog *openImportDialog(const QString &path);
    /// Writes the register (or the blank template) to `path`; a failure is shown to the clerk.
    bool exportTo(const QString &path);
    bool saveTemplateTo(const QString &path);
    /// Selects the unit's row (the dashboard opens a unit this way).
    void selectUnit(UnitId id);
    /// Offers the acceptance conclusion (总结验收) of the selected unit; the button shows once set.
    void setAcceptance(AcceptanceService *service, const Clock *clock);
    /// The acceptance dialog of the selected unit (window-modal, deleted on close); nullptr without one.
    AcceptanceDialog *openAcceptanceDialog();

private:
    void buildLayout();
    void applyCategoryFilter();
    void updateActions();
    void updateCountLabel();
    void openDialog(const Unit &unit);
    [[nodiscard]] int selectedSourceRow() const;
    [[nodiscard]] QString askSavePath(const QString &title, const QString &suggestedName);

    UnitService &m_service;
    Settings &m_settings;
    CampaignId m_campaign;
    QString m_campaignTitle;
    UnitTableModel *m_model;
    UnitFilterProxy *m_proxy;

    QPushButton *m_addButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_acceptanceButton = nullptr;
    AcceptanceService *m_acceptance = nullptr;
    const Clock *m_clock = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_templateButton = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QComboBox *m_categoryFilter = nullptr;
    QCheckBox *m_withoutContactCheck = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_countLabel = nullptr;
};

} // namespace oversight
