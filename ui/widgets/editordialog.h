#pragma once

#include <QDialog>
#include <QString>

namespace oversight {

/// A dialog that edits something: closing it (Escape, the window's ×, Cancel or Close) with changes not
/// yet saved asks Save / Discard / Cancel through the message-box seam instead of dropping what was typed.
/// "Changed" compares the editable widgets (line and text boxes, spin and date boxes, combo boxes, check
/// boxes, item views' cells and ticks) with their state when the dialog was first shown or last marked
/// clean; a dialog that saves in place (the form dialog) calls markClean() after each save.
class EditorDialog : public QDialog
{
    Q_OBJECT
public:
    explicit EditorDialog(QWidget *parent = nullptr);

    /// Takes the present state as the saved one.
    void markClean();
    /// True when something differs from the saved state (never before the dialog was first shown).
    [[nodiscard]] bool isDirty() const;

public Q_SLOTS:
    void reject() override;

protected:
    /// Save from the prompt: clicks the button box's accepting button (so its checks run and a refusal keeps
    /// the dialog open), or accept() without one. True when the dialog closed saved.
    virtual bool saveChanges();
    /// The fingerprint compared; the default reads every editable child widget.
    [[nodiscard]] virtual QString state() const;
    void showEvent(QShowEvent *event) override;

private:
    QString m_clean;
    bool m_marked = false;
    bool m_shown = false;
};

} // namespace oversight
