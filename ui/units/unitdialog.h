#pragma once

#include "domain/result.h"
#include "domain/unit.h"

#include "widgets/editordialog.h"

#include <memory>

class QDateEdit;
class QLineEdit;

namespace oversight {

class UnitService;

namespace Ui {
class UnitDialog;
}

/// Adds a unit to the register or edits one. Works on a copy of the unit; OK asks UnitService::check()
/// first and, on a refusal, names the field inline and stays open. Only a unit that passed is handed to
/// create() or update().
class UnitDialog final : public EditorDialog
{
    Q_OBJECT
public:
    /// `unit` with an invalid id is a new unit of `unit.campaign`; otherwise the stored unit to edit.
    UnitDialog(UnitService &units, Unit unit, QWidget *parent = nullptr);
    ~UnitDialog() override;

    /// The unit as the fields hold it now (with the id set after a successful create).
    [[nodiscard]] Unit unit() const;
    [[nodiscard]] bool isNew() const { return !m_unit.id.isValid(); }

public Q_SLOTS:
    void accept() override;

private:
    void showError(const Error &error);
    void clearError();
    [[nodiscard]] QWidget *fieldWidget(const QString &field) const;
    static void setInvalid(QWidget *widget, bool invalid);

    std::unique_ptr<Ui::UnitDialog> m_ui;
    QLineEdit *m_officialNameEdit = nullptr; ///< 单位全称, the 主送 of documents
    QDateEdit *m_contactReceived = nullptr;  ///< the day the contact reached the bureau; minimum: none
    UnitService &m_service;
    Unit m_unit;
};

} // namespace oversight
