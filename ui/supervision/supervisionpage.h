#pragma once

#include "domain/complaint.h"
#include "widgets/campaignpage.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QTableView;
class QTableWidget;
class QTabWidget;
class QTextBrowser;
class QToolButton;

namespace oversight {

class ComplaintFilterProxy;
class ComplaintTableModel;
class ImportDialog;
class Settings;
class SupervisionService;

/// Complaints and individual case supervision (投诉举报 · 个案监督), and the call-backs to enterprises: the
/// cases with filters (status, unit, channel, overdue), the selected case's details and timeline, and the
/// workflow's next steps. Writes go through dialogs and SupervisionService; views follow its signals.
class SupervisionPage final : public CampaignPage
{
    Q_OBJECT
public:
    SupervisionPage(SupervisionService &service, UnitService &units, const Clock &clock,
                    QWidget *parent = nullptr);

    /// Overdue is a matter of the day: re-marks the rows, the filter and the detail (the main window calls
    /// this when the date changes).
    void refreshDay();

    [[nodiscard]] ComplaintTableModel *model() const { return m_model; }
    [[nodiscard]] ComplaintFilterProxy *proxy() const { return m_proxy; }
    [[nodiscard]] QTextBrowser *detail() const { return m_detail; }
    /// The selected case, or an invalid id.
    [[nodiscard]] ComplaintId selectedCase() const;
    void selectCase(ComplaintId id);

    /// Opens the selected case's attachment `sha256` in the desktop's viewer, from a read-only copy under
    /// its own name; returns that copy's path (empty when there is none). In test mode nothing is launched.
    QString openAttachment(const QString &sha256);

    /// The import dialog on `path`, already checking it (open, not modal); for tests and importComplaints().
    ImportDialog *openImportDialog(const QString &path);

public Q_SLOTS:
    void registerComplaint();
    /// Asks for a spreadsheet and opens the import dialog on it.
    void importComplaints();
    void editSelectedCase();
    void addFindingToSelectedCase();
    void attachFileToSelectedCase();
    /// Asks for a 执法监督通知书 drafted from the selected case (the main window hands it to the documents).
    void draftNoticeForSelectedCase();
    void recordCallBack();
    void openComplaintFromSelectedCallBack();
    /// Case `id` changed outside this page's service (a supervision notice issued from it): redraws its
    /// detail and timeline when it is the selected one.
    void refreshCase(oversight::ComplaintId id);

Q_SIGNALS:
    /// The clerk wants a supervision notice drafted from case `id`.
    void supervisionNoticeRequested(oversight::ComplaintId id);

private:
    void reload() override;
    void buildCasesTab(QWidget *tab);
    void buildCallBacksTab(QWidget *tab);
    void applyFilter();
    void updateActions();
    void updateDetail();
    void updateCountLabel();
    void fillUnitFilter();
    void reloadCallBacks();
    void runStep(int kind);

    SupervisionService &m_service;
    ComplaintTableModel *m_model;
    ComplaintFilterProxy *m_proxy;

    QTabWidget *m_tabs = nullptr;
    QPushButton *m_registerButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QToolButton *m_stepButton = nullptr;
    QMenu *m_stepMenu = nullptr;
    QPushButton *m_findingButton = nullptr;
    QPushButton *m_attachButton = nullptr;
    QPushButton *m_noticeButton = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_unitFilter = nullptr;
    QComboBox *m_channelFilter = nullptr;
    QCheckBox *m_overdueCheck = nullptr;
    QLabel *m_countLabel = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_detail = nullptr;

    QTableWidget *m_callBackTable = nullptr;
    QPushButton *m_callBackAddButton = nullptr;
    QPushButton *m_callBackEditButton = nullptr;
    QPushButton *m_callBackOpenButton = nullptr;
    QPushButton *m_callBackFindingButton = nullptr;
};

} // namespace oversight
