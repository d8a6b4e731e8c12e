#include "unitdialog.h"

#include "messagebox.h"
#include "services/unitservice.h"
#include "ui_unitdialog.h"

#include <QDateEdit>
#include <QFontMetrics>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>

namespace oversight {

namespace {
// The dynamic property that marks a field the service refused; the dialog's style sheet draws it.
constexpr char InvalidProperty[] = "invalid";

/// The QDateEdit's "no date" (its minimum, shown as the special value text).
QDate noDate()
{
    return QDate(2000, 1, 1);
}
} // namespace

UnitDialog::UnitDialog(UnitService &units, Unit unit, QWidget *parent)
    : EditorDialog(parent), m_ui(std::make_unique<Ui::UnitDialog>()), m_service(units), m_unit(std::move(unit))
{
    setObjectName(QStringLiteral("unitDialog"));
    m_ui->setupUi(this);
    setWindowTitle(isNew() ? tr("Add unit") : tr("Edit unit"));

    for (const auto category : {Unit::Category::Department, Unit::Category::Township})
        m_ui->categoryCombo->addItem(categoryLabel(category), QVariant::fromValue(int(category)));
    m_ui->categoryCombo->setCurrentIndex(m_ui->categoryCombo->findData(int(m_unit.category)));

    // The body's full official name documents address (主送); empty means the register name.
    m_officialNameEdit = new QLineEdit(this);
    m_officialNameEdit->setObjectName(QStringLiteral("officialNameEdit"));
    m_officialNameEdit->setMaxLength(200);
    m_officialNameEdit->setPlaceholderText(
        tr("As documents address it, e.g. 东明镇人民政府 (empty: the unit name)"));
    auto *officialLabel = new QLabel(tr("O&fficial name:"), this);
    officialLabel->setBuddy(m_officialNameEdit);
    m_ui->formLayout->insertRow(1, officialLabel, m_officialNameEdit);
    setTabOrder(m_ui->nameEdit, m_officialNameEdit);
    setTabOrder(m_officialNameEdit, m_ui->categoryCombo);

    // The day the contact reached the bureau (the plan's day is 04-02): its lateness in the submissions.
    m_contactReceived = new QDateEdit(this);
    m_contactReceived->setObjectName(QStringLiteral("contactReceivedEdit"));
    m_contactReceived->setCalendarPopup(true);
    m_contactReceived->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_contactReceived->setMinimumDate(noDate());
    m_contactReceived->setSpecialValueText(tr("not recorded (the day a contact is first named)"));
    m_contactReceived->setDate(m_unit.contactReceivedOn.isValid() ? m_unit.contactReceivedOn : noDate());
    auto *receivedLabel = new QLabel(tr("Contact &received on:"), this);
    receivedLabel->setBuddy(m_contactReceived);
    m_ui->formLayout->insertRow(5, receivedLabel, m_contactReceived);

    m_ui->nameEdit->setText(m_unit.name);
    m_officialNameEdit->setText(m_unit.officialName);
    m_ui->contactPersonEdit->setText(m_unit.contactPerson);
    m_ui->contactPhoneEdit->setText(m_unit.contactPhone);
    m_ui->notesEdit->setPlainText(m_unit.notes);

    // The error text must stand out but stay readable on any palette; a frame marks the field at fault.
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_ui->errorLabel->hide();
    m_ui->contactHint->setForegroundRole(QPalette::PlaceholderText);
    setStyleSheet(QStringLiteral("QLineEdit[invalid=\"true\"], QComboBox[invalid=\"true\"], "
                                 "QPlainTextEdit[invalid=\"true\"] { border: 2px solid #b3261e; }"));

    // Enough room for a long township name (内蒙古自治区通辽市奈曼旗…) without scrolling the line edit;
    // sized from the font so it holds at any DPI and in either language.
    const QFontMetrics fm(font());
    m_ui->nameEdit->setMinimumWidth(fm.height() * 20);
    // Notes are a line or two ("苏木合并后名称待核"); a tall box only pushes the buttons away.
    m_ui->notesEdit->setMinimumHeight(fm.lineSpacing() * 4);
    m_ui->notesEdit->setMaximumHeight(fm.lineSpacing() * 6);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &UnitDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &UnitDialog::reject);
    // Typing in a refused field takes its mark away: the clerk is fixing it.
    for (QLineEdit *edit :
         {m_ui->nameEdit, m_officialNameEdit, m_ui->contactPersonEdit, m_ui->contactPhoneEdit})
        connect(edit, &QLineEdit::textEdited, this, [edit] { setInvalid(edit, false); });
    connect(m_ui->notesEdit, &QPlainTextEdit::textChanged, this,
            [this] { setInvalid(m_ui->notesEdit, false); });
    connect(m_ui->categoryCombo, &QComboBox::currentIndexChanged, this,
            [this] { setInvalid(m_ui->categoryCombo, false); });

    adjustSize();
}

UnitDialog::~UnitDialog() = default;

Unit UnitDialog::unit() const
{
    Unit u = m_unit;
    u.name = m_ui->nameEdit->text();
    u.officialName = m_officialNameEdit->text();
    u.contactReceivedOn = m_contactReceived->date() == noDate() ? QDate() : m_contactReceived->date();
    u.category = Unit::Category(m_ui->categoryCombo->currentData().toInt());
    u.contactPerson = m_ui->contactPersonEdit->text();
    u.contactPhone = m_ui->contactPhoneEdit->text();
    u.notes = m_ui->notesEdit->toPlainText();
    return UnitService::normalized(u);
}

void UnitDialog::accept()
{
    clearError();
    // create() and update() run the same checks as check() and name the field at fault.
    Unit edited = unit();
    if (auto checked = m_service.check(edited); !checked) {
        showError(checked.error());
        return;
    }
    // A name that looks like a registered one (旗林业和草原局 beside 旗林业草原局) is most often the same
    // unit typed again: the clerk says which.
    if (isNew() || edited.name != m_unit.name) {
        if (const auto alike = m_service.lookalikes(edited); alike && !alike->isEmpty()) {
            const auto answer = MessageBox::question(
                this, windowTitle(),
                tr("\"%1\" looks like %2, already in the register. Is it a different unit?")
                    .arg(edited.name,
                         QStringLiteral("\"") + alike->join(QStringLiteral("\", \"")) + QStringLiteral("\"")),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
            if (answer != QMessageBox::Yes) {
                setInvalid(m_ui->nameEdit, true);
                m_ui->nameEdit->setFocus(Qt::OtherFocusReason);
                return;
            }
        }
    }
    if (isNew()) {
        const auto id = m_service.create(edited);
        if (!id) {
            showError(id.error());
            return;
        }
        m_unit = edited;
        m_unit.id = *id;
    } else {
        if (auto saved = m_service.update(edited); !saved) {
            showError(saved.error());
            return;
        }
        m_unit = edited;
    }
    QDialog::accept();
}

void UnitDialog::showError(const Error &error)
{
    // A storage error's detail helps whoever supports the clerk; a field error has none.
    m_ui->errorLabel->setText(error.detail.isEmpty() ? error.message
                                                     : error.message + QLatin1Char('\n') + error.detail);
    m_ui->errorLabel->show();
    if (QWidget *field = fieldWidget(error.field)) {
        setInvalid(field, true);
        field->setFocus(Qt::OtherFocusReason);
        if (auto *edit = qobject_cast<QLineEdit *>(field))
            edit->selectAll();
    }
    adjustSize();
}

void UnitDialog::clearError()
{
    m_ui->errorLabel->clear();
    m_ui->errorLabel->hide();
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_ui->nameEdit, m_officialNameEdit, m_ui->categoryCombo,
                                          m_ui->contactPersonEdit, m_ui->contactPhoneEdit, m_ui->notesEdit})
        setInvalid(w, false);
}

QWidget *UnitDialog::fieldWidget(const QString &field) const
{
    if (field == QLatin1String("name"))
        return m_ui->nameEdit;
    if (field == QLatin1String("officialName"))
        return m_officialNameEdit;
    if (field == QLatin1String("category"))
        return m_ui->categoryCombo;
    if (field == QLatin1String("contactPerson"))
        return m_ui->contactPersonEdit;
    if (field == QLatin1String("contactPhone"))
        return m_ui->contactPhoneEdit;
    if (field == QLatin1String("notes"))
        return m_ui->notesEdit;
    return nullptr;
}

void UnitDialog::setInvalid(QWidget *widget, bool invalid)
{
    if (widget->property(InvalidProperty).toBool() == invalid)
        return;
    widget->setProperty(InvalidProperty, invalid);
    // Style sheets read dynamic properties only when the widget is polished again.
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->update();
}

} // namespace oversight
