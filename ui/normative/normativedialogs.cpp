#include "normativedialogs.h"

#include "services/normativeservice.h"
#include "widgets/formdialog.h"
#include "widgets/searchablecombo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace oversight {

namespace {

QDateEdit *dateEdit(QDate value, QDate today, const QString &objectName, QWidget *parent)
{
    return FormDialog::dateBox(value.isValid() ? value : today, objectName, parent);
}

QComboBox *unitCombo(const UnitChoices &units, UnitId current, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("unitCombo"));
    for (const auto &[id, name] : units)
        combo->addItem(name, id.value);
    combo->setCurrentIndex(qMax(0, combo->findData(current.value)));
    makeSearchable(combo);
    combo->setMinimumContentsLength(18);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    return combo;
}

/// A checkbox that enables the date beside it: an optional date.
QWidget *optionalDate(QCheckBox *check, QDateEdit *edit, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(check);
    layout->addWidget(edit, 1);
    edit->setEnabled(check->isChecked());
    QObject::connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
    return row;
}

} // namespace

// ---- FilingDialog ----------------------------------------------------------------------------------------

FilingDialog::FilingDialog(NormativeService &service, NormativeDocument document, const UnitChoices &units,
                           QDate today, QWidget *parent)
    : RecordDialog(parent), m_service(service), m_document(std::move(document))
{
    setObjectName(QStringLiteral("filingDialog"));
    const bool isNew = !m_document.id.isValid();
    setWindowTitle(isNew
                       ? (m_document.isFiled() ? tr("Register a filing") : tr("Record a document not filed"))
                       : tr("Edit a normative document"));

    m_unit = unitCombo(units, m_document.unit, this);
    m_title = new QLineEdit(m_document.title, this);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_number = new QLineEdit(m_document.number, this);
    m_number->setObjectName(QStringLiteral("numberEdit"));
    m_number->setPlaceholderText(QStringLiteral("奈市监发〔2022〕5号"));
    m_number->setToolTip(tr("Write the year in the hexagonal brackets 〔〕"));
    m_issued = dateEdit(m_document.issuedOn, today, QStringLiteral("issuedEdit"), this);
    m_filedCheck = new QCheckBox(tr("Filed on"), this);
    m_filedCheck->setObjectName(QStringLiteral("filedCheck"));
    m_filedCheck->setChecked(m_document.isFiled());
    m_filed = dateEdit(m_document.filedOn, today, QStringLiteral("filedEdit"), this);

    auto *materials = new QWidget(this);
    auto *grid = new QGridLayout(materials);
    grid->setContentsMargins(0, 0, 0, 0);
    int i = 0;
    for (FilingMaterial m : allMaterials()) {
        auto *box = new QCheckBox(materialWord(m), materials);
        box->setObjectName(QStringLiteral("material_") + materialKey(m));
        box->setChecked(m_document.hasMaterial(m));
        box->setProperty("bit", int(m));
        grid->addWidget(box, i / 3, i % 3);
        m_materials.append(box);
        ++i;
    }
    m_seenAt = new QLineEdit(m_document.seenAt, this);
    m_seenAt->setObjectName(QStringLiteral("seenAtEdit"));
    m_seenAt->setPlaceholderText(tr("e.g. the government website, a complaint"));

    auto *form = new QFormLayout;
    form->addRow(tr("Issuing &unit:"), m_unit);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("Document &number:"), m_number);
    form->addRow(tr("&Issued on:"), m_issued);
    form->addRow(tr("Filing:"), optionalDate(m_filedCheck, m_filed, this));
    form->addRow(tr("Materials received:"), materials);
    form->addRow(tr("&Seen at:"), m_seenAt);
    layForm(form, tr("&Save"));
    connect(m_filedCheck, &QCheckBox::toggled, this, &FilingDialog::updateFiled);
    updateFiled();
}

void FilingDialog::updateFiled()
{
    for (QCheckBox *box : m_materials)
        box->setEnabled(m_filedCheck->isChecked());
    // Where it was seen matters for a document not filed (and stays once recorded).
    m_seenAt->setEnabled(!m_filedCheck->isChecked() || !m_document.seenAt.isEmpty());
}

void FilingDialog::accept()
{
    NormativeDocument d = m_document;
    d.unit = UnitId(m_unit->currentData().toLongLong());
    d.title = m_title->text();
    d.number = m_number->text();
    d.issuedOn = m_issued->date();
    d.filedOn = m_filedCheck->isChecked() ? m_filed->date() : QDate();
    d.materials = 0;
    for (QCheckBox *box : m_materials)
        if (box->isChecked())
            d.materials |= box->property("bit").toInt();
    d.seenAt = m_seenAt->text();
    const auto saved = addOrUpdate(d.id, [&] { return m_service.update(d); }, [&] { return m_service.add(d); });
    if (saved)
        m_document.id = *saved;
    closeWhenSaved(saved);
}

// ---- ReviewDialog ----------------------------------------------------------------------------------------

ReviewDialog::ReviewDialog(NormativeService &service, const NormativeDocument &d, QDate today,
                           QWidget *parent)
    : RecordDialog(parent), m_service(service), m_id(d.id)
{
    setObjectName(QStringLiteral("reviewDialog"));
    setWindowTitle(tr("Review: %1").arg(d.number));
    m_result = new QComboBox(this);
    m_result->setObjectName(QStringLiteral("resultCombo"));
    for (ReviewResult r : allReviewResults())
        m_result->addItem(reviewResultWord(r), int(r));
    if (d.result)
        m_result->setCurrentIndex(m_result->findData(int(*d.result)));
    m_reviewer = new QLineEdit(d.reviewer, this);
    m_reviewer->setObjectName(QStringLiteral("reviewerEdit"));
    m_date = dateEdit(d.reviewedOn, today, QStringLiteral("reviewDateEdit"), this);
    m_opinion = FormDialog::textBox(d.opinion, 4, QStringLiteral("opinionEdit"), this);
    m_correctCheck = new QCheckBox(tr("Correct by"), this);
    m_correctCheck->setObjectName(QStringLiteral("correctCheck"));
    m_correctCheck->setChecked(d.correctBy.isValid());
    m_correctBy = dateEdit(d.correctBy, today.addDays(30), QStringLiteral("correctByEdit"), this);

    auto *title = new QLabel(d.title, this);
    title->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Document:"), title);
    form->addRow(tr("&Result:"), m_result);
    form->addRow(tr("Re&viewer:"), m_reviewer);
    form->addRow(tr("Review &date:"), m_date);
    form->addRow(tr("&Opinion:"), m_opinion);
    form->addRow(tr("Correction:"), optionalDate(m_correctCheck, m_correctBy, this));
    layForm(form, tr("&Save"));
    connect(m_result, &QComboBox::currentIndexChanged, this, &ReviewDialog::updateResult);
    updateResult();
}

void ReviewDialog::updateResult()
{
    const auto r = ReviewResult(m_result->currentData().toInt());
    // 合法 has nothing to correct; 不合法 always has a deadline; 建议修改 may.
    m_correctCheck->setEnabled(r == ReviewResult::Amend);
    if (r == ReviewResult::Lawful)
        m_correctCheck->setChecked(false);
    if (r == ReviewResult::Unlawful)
        m_correctCheck->setChecked(true);
}

void ReviewDialog::accept()
{
    ReviewDraft draft;
    draft.result = ReviewResult(m_result->currentData().toInt());
    draft.reviewer = m_reviewer->text();
    draft.on = m_date->date();
    draft.opinion = m_opinion->toPlainText();
    draft.correctBy = m_correctCheck->isChecked() ? m_correctBy->date() : QDate();
    closeWhenSaved(m_service.review(m_id, draft));
}

// ---- CorrectionDialog ------------------------------------------------------------------------------------

CorrectionDialog::CorrectionDialog(NormativeService &service, const NormativeDocument &d, QDate today,
                                   QWidget *parent)
    : RecordDialog(parent), m_service(service), m_id(d.id)
{
    setObjectName(QStringLiteral("correctionDialog"));
    setWindowTitle(tr("Correction: %1").arg(d.number));
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("outcomeCombo"));
    for (CorrectionOutcome o : allCorrectionOutcomes())
        m_outcome->addItem(correctionOutcomeWord(o), int(o));
    if (d.outcome)
        m_outcome->setCurrentIndex(m_outcome->findData(int(*d.outcome)));
    m_date = dateEdit(d.correctedOn, today, QStringLiteral("correctedEdit"), this);
    m_note = FormDialog::textBox(d.correctionNote, 3, QStringLiteral("noteEdit"), this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Outcome:"), m_outcome);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Note:"), m_note);
    layForm(form, tr("&Save"));
}

void CorrectionDialog::accept()
{
    closeWhenSaved(m_service.recordCorrection(m_id, CorrectionOutcome(m_outcome->currentData().toInt()),
                                              m_date->date(), m_note->toPlainText()));
}

// ---- ZeroReportDialog ------------------------------------------------------------------------------------

ZeroReportDialog::ZeroReportDialog(NormativeService &service, CampaignId campaign,
                                   const std::vector<Period> &periods, const UnitChoices &units, UnitId unit,
                                   const QString &period, QDate today, QWidget *parent)
    : RecordDialog(parent), m_service(service), m_campaign(campaign)
{
    setObjectName(QStringLiteral("zeroReportDialog"));
    setWindowTitle(tr("Record a zero report"));
    m_unit = unitCombo(units, unit, this);
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("periodCombo"));
    for (const Period &p : periods)
        m_period->addItem(p.label(), p.key);
    m_period->setCurrentIndex(qMax(0, m_period->findData(period)));
    m_date = dateEdit(today, today, QStringLiteral("receivedEdit"), this);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("&Period:"), m_period);
    form->addRow(tr("&Received on:"), m_date);
    form->addRow(tr("&Note:"), m_note);
    layForm(form, tr("&Save"));
}

void ZeroReportDialog::accept()
{
    ZeroReport z;
    z.campaign = m_campaign;
    z.unit = UnitId(m_unit->currentData().toLongLong());
    z.period = m_period->currentData().toString();
    z.receivedOn = m_date->date();
    z.note = m_note->text();
    closeWhenSaved(m_service.addZeroReport(z));
}

// ---- RoundDialog -----------------------------------------------------------------------------------------

RoundDialog::RoundDialog(NormativeService &service, CleanupRound round, QDate today, QWidget *parent)
    : RecordDialog(parent), m_service(service), m_round(std::move(round))
{
    setObjectName(QStringLiteral("roundDialog"));
    setWindowTitle(m_round.id.isValid() ? tr("Edit the clean-up round") : tr("New clean-up round"));
    m_name = new QLineEdit(m_round.name, this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(QStringLiteral("涉及“放管服”改革的规范性文件专项清理"));
    m_scope = FormDialog::textBox(m_round.scope, 3, QStringLiteral("scopeEdit"), this);
    m_deadlineCheck = new QCheckBox(tr("Due by"), this);
    m_deadlineCheck->setObjectName(QStringLiteral("deadlineCheck"));
    m_deadlineCheck->setChecked(m_round.deadline.isValid() || !m_round.id.isValid());
    m_deadline = dateEdit(m_round.deadline, today.addMonths(1), QStringLiteral("deadlineEdit"), this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Scope:"), m_scope);
    form->addRow(tr("Deadline:"), optionalDate(m_deadlineCheck, m_deadline, this));
    layForm(form, tr("&Save"));
}

void RoundDialog::accept()
{
    CleanupRound r = m_round;
    r.name = m_name->text();
    r.scope = m_scope->toPlainText();
    r.deadline = m_deadlineCheck->isChecked() ? m_deadline->date() : QDate();
    const auto saved =
        addOrUpdate(r.id, [&] { return m_service.updateRound(r); }, [&] { return m_service.addRound(r); });
    if (saved)
        m_round.id = *saved;
    closeWhenSaved(saved);
}

// ---- CleanupItemDialog -----------------------------------------------------------------------------------

CleanupItemDialog::CleanupItemDialog(NormativeService &service, CleanupItem item, const UnitChoices &units,
                                     const std::vector<NormativeDocument> &register_, QDate today,
                                     QWidget *parent)
    : RecordDialog(parent), m_service(service), m_item(std::move(item))
{
    setObjectName(QStringLiteral("cleanupItemDialog"));
    const bool isNew = m_item.id == 0;
    setWindowTitle(isNew ? tr("Add a document to the round") : tr("Decision on a document"));

    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("sourceCombo"));
    m_source->addItem(tr("Typed in (not in the filing register)"), qint64(0));
    for (const NormativeDocument &d : register_)
        m_source->addItem(d.number + QStringLiteral("  ") + d.title, d.id.value);
    m_source->setCurrentIndex(qMax(0, m_source->findData(m_item.document.value)));
    m_source->setMinimumContentsLength(24);
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_source->setEnabled(isNew);
    m_unit = unitCombo(units, m_item.unit, this);
    m_title = new QLineEdit(m_item.title, this);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_number = new QLineEdit(m_item.number, this);
    m_number->setObjectName(QStringLiteral("numberEdit"));
    m_issuedCheck = new QCheckBox(tr("Issued on"), this);
    m_issuedCheck->setChecked(m_item.issuedOn.isValid());
    m_issued = dateEdit(m_item.issuedOn, today, QStringLiteral("issuedEdit"), this);
    m_decision = new QComboBox(this);
    m_decision->setObjectName(QStringLiteral("decisionCombo"));
    m_decision->addItem(tr("Not decided yet"), -1);
    for (CleanupDecision d : allCleanupDecisions())
        m_decision->addItem(cleanupDecisionWord(d), int(d));
    m_decision->setCurrentIndex(m_item.decision ? m_decision->findData(int(*m_item.decision)) : 0);
    m_decided = dateEdit(m_item.decidedOn, today, QStringLiteral("decidedEdit"), this);
    m_note = new QLineEdit(m_item.note, this);
    m_note->setObjectName(QStringLiteral("noteEdit"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Document:"), m_source);
    form->addRow(tr("Issuing &unit:"), m_unit);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("Document &number:"), m_number);
    form->addRow(tr("Issue date:"), optionalDate(m_issuedCheck, m_issued, this));
    form->addRow(tr("De&cision:"), m_decision);
    form->addRow(tr("Decided &on:"), m_decided);
    form->addRow(tr("N&ote:"), m_note);
    layForm(form, tr("&Save"));
    connect(m_source, &QComboBox::currentIndexChanged, this, &CleanupItemDialog::updateSource);
    connect(m_decision, &QComboBox::currentIndexChanged, this,
            [this] { m_decided->setEnabled(m_decision->currentData().toInt() >= 0); });
    m_decided->setEnabled(m_decision->currentData().toInt() >= 0);
    updateSource();
}

void CleanupItemDialog::updateSource()
{
    // A register document brings its own unit, title and number.
    const bool typed = m_source->currentData().toLongLong() == 0;
    for (QWidget *w : std::initializer_list<QWidget *>{m_unit, m_title, m_number, m_issuedCheck})
        w->setEnabled(typed);
    m_issued->setEnabled(typed && m_issuedCheck->isChecked());
}

void CleanupItemDialog::accept()
{
    CleanupItem i = m_item;
    i.document = NormativeDocumentId(m_source->currentData().toLongLong());
    i.unit = UnitId(m_unit->currentData().toLongLong());
    i.title = m_title->text();
    i.number = m_number->text();
    i.issuedOn = m_issuedCheck->isChecked() ? m_issued->date() : QDate();
    const int decision = m_decision->currentData().toInt();
    i.decision = decision >= 0 ? std::optional<CleanupDecision>(CleanupDecision(decision)) : std::nullopt;
    i.decidedOn = decision >= 0 ? m_decided->date() : QDate();
    i.note = m_note->text();
    closeWhenSaved(addOrUpdate(
        i.id, [&] { return m_service.updateItem(i); }, [&] { return m_service.addItem(i); }));
}

} // namespace oversight
