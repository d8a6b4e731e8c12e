#include "normativedialogs.h"

#include "services/normativeservice.h"
#include "widgets/formdialog.h"
#include "widgets/searchablecombo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

namespace oversight {

namespace {

/// An issuing unit's box: searchable, wide enough for the longest names.
QComboBox *unitPicker(QComboBox *combo)
{
    makeSearchable(combo);
    return FormDialog::widen(combo, 18);
}

} // namespace

// ---- FilingDialog ----------------------------------------------------------------------------------------

FilingDialog::FilingDialog(NormativeService &service, NormativeDocument document, const UnitChoices &units,
                           QDate today, QWidget *parent)
    : RecordDialog(parent), m_service(service), m_form(std::move(document), this)
{
    setObjectName(QStringLiteral("filingDialog"));
    const NormativeDocument &d = m_form.record();
    const bool isNew = !d.id.isValid();
    setWindowTitle(isNew ? (d.isFiled() ? tr("Register a filing") : tr("Record a document not filed"))
                         : tr("Edit a normative document"));

    unitPicker(m_form.choice(tr("Issuing &unit:"), QStringLiteral("unitCombo"), &NormativeDocument::unit,
                             unitNames(units)));
    m_form.line(tr("&Title:"), QStringLiteral("titleEdit"), &NormativeDocument::title);
    auto *number =
        m_form.line(tr("Document &number:"), QStringLiteral("numberEdit"), &NormativeDocument::number);
    number->setPlaceholderText(QStringLiteral("奈市监发〔2022〕5号"));
    number->setToolTip(tr("Write the year in the hexagonal brackets 〔〕"));
    m_form.date(tr("&Issued on:"), QStringLiteral("issuedEdit"), &NormativeDocument::issuedOn, today);
    QCheckBox *filed =
        m_form
            .optionalDate(tr("Filing:"), tr("Filed on"), QStringLiteral("filedCheck"),
                          QStringLiteral("filedEdit"), &NormativeDocument::filedOn, today, d.isFiled())
            .check;

    auto *materials = new QWidget(this);
    auto *grid = new QGridLayout(materials);
    grid->setContentsMargins(0, 0, 0, 0);
    int i = 0;
    for (FilingMaterial m : allMaterials()) {
        auto *box = new QCheckBox(materialWord(m), materials);
        box->setObjectName(QStringLiteral("material_") + materialKey(m));
        box->setChecked(d.hasMaterial(m));
        box->setProperty("bit", int(m));
        grid->addWidget(box, i / 3, i % 3);
        ++i;
    }
    m_form.field(tr("Materials received:"), materials, [](NormativeDocument &r, const QWidget *w) {
        r.materials = 0;
        for (const QCheckBox *box : w->findChildren<QCheckBox *>())
            if (box->isChecked())
                r.materials |= box->property("bit").toInt();
    });
    auto *seenAt = m_form.line(tr("&Seen at:"), QStringLiteral("seenAtEdit"), &NormativeDocument::seenAt);
    seenAt->setPlaceholderText(tr("e.g. the government website, a complaint"));
    layForm(m_form.layout(), tr("&Save"));

    const auto updateFiled = [materials, seenAt, filed, wasSeen = !d.seenAt.isEmpty()] {
        for (QCheckBox *box : materials->findChildren<QCheckBox *>())
            box->setEnabled(filed->isChecked());
        // Where it was seen matters for a document not filed (and stays once recorded).
        seenAt->setEnabled(!filed->isChecked() || wasSeen);
    };
    connect(filed, &QCheckBox::toggled, this, updateFiled);
    updateFiled();
}

void FilingDialog::accept()
{
    closeWhenSaved(m_form.save([&](const NormativeDocument &d) { return m_service.update(d); },
                               [&](const NormativeDocument &d) { return m_service.add(d); }));
}

// ---- ReviewDialog ----------------------------------------------------------------------------------------

ReviewDialog::ReviewDialog(NormativeService &service, const NormativeDocument &d, QDate today,
                           QWidget *parent)
    : RecordDialog(parent), m_service(service), m_form(d, this)
{
    setObjectName(QStringLiteral("reviewDialog"));
    setWindowTitle(tr("Review: %1").arg(d.number));
    auto *title = m_form.row(tr("Document:"), new QLabel(d.title, this));
    title->setWordWrap(true);
    QComboBox *result =
        m_form.choice(tr("&Result:"), QStringLiteral("resultCombo"), &NormativeDocument::result,
                      choices(allReviewResults(), reviewResultWord));
    m_form.line(tr("Re&viewer:"), QStringLiteral("reviewerEdit"), &NormativeDocument::reviewer);
    m_form.date(tr("Review &date:"), QStringLiteral("reviewDateEdit"), &NormativeDocument::reviewedOn, today);
    m_form.text(tr("&Opinion:"), QStringLiteral("opinionEdit"), 4, &NormativeDocument::opinion);
    QCheckBox *correct =
        m_form
            .optionalDate(tr("Correction:"), tr("Correct by"), QStringLiteral("correctCheck"),
                          QStringLiteral("correctByEdit"), &NormativeDocument::correctBy, today.addDays(30),
                          d.correctBy.isValid())
            .check;
    layForm(m_form.layout(), tr("&Save"));

    const auto updateResult = [result, correct] {
        const auto r = ReviewResult(result->currentData().toInt());
        // 合法 has nothing to correct; 不合法 always has a deadline; 建议修改 may.
        correct->setEnabled(r == ReviewResult::Amend);
        if (r == ReviewResult::Lawful)
            correct->setChecked(false);
        if (r == ReviewResult::Unlawful)
            correct->setChecked(true);
    };
    connect(result, &QComboBox::currentIndexChanged, this, updateResult);
    updateResult();
}

void ReviewDialog::accept()
{
    const NormativeDocument d = m_form.edited();
    closeWhenSaved(
        m_service.review(d.id, ReviewDraft{*d.result, d.reviewer, d.reviewedOn, d.opinion, d.correctBy}));
}

// ---- CorrectionDialog ------------------------------------------------------------------------------------

CorrectionDialog::CorrectionDialog(NormativeService &service, const NormativeDocument &d, QDate today,
                                   QWidget *parent)
    : RecordDialog(parent), m_service(service), m_form(d, this)
{
    setObjectName(QStringLiteral("correctionDialog"));
    setWindowTitle(tr("Correction: %1").arg(d.number));
    m_form.choice(tr("&Outcome:"), QStringLiteral("outcomeCombo"), &NormativeDocument::outcome,
                  choices(allCorrectionOutcomes(), correctionOutcomeWord));
    m_form.date(tr("&Date:"), QStringLiteral("correctedEdit"), &NormativeDocument::correctedOn, today);
    m_form.text(tr("&Note:"), QStringLiteral("noteEdit"), 3, &NormativeDocument::correctionNote);
    layForm(m_form.layout(), tr("&Save"));
}

void CorrectionDialog::accept()
{
    const NormativeDocument d = m_form.edited();
    closeWhenSaved(m_service.recordCorrection(d.id, *d.outcome, d.correctedOn, d.correctionNote));
}

// ---- ZeroReportDialog ------------------------------------------------------------------------------------

ZeroReportDialog::ZeroReportDialog(NormativeService &service, CampaignId campaign,
                                   const std::vector<Period> &periods, const UnitChoices &units, UnitId unit,
                                   const QString &period, QDate today, QWidget *parent)
    : RecordDialog(parent), m_service(service),
      m_form(ZeroReport{.campaign = campaign, .unit = unit, .period = period, .receivedOn = today, .note = {}}, this)
{
    setObjectName(QStringLiteral("zeroReportDialog"));
    setWindowTitle(tr("Record a zero report"));
    Choices periodLabels;
    for (const Period &p : periods)
        periodLabels.append({p.label(), p.key});
    unitPicker(m_form.choice(tr("&Unit:"), QStringLiteral("unitCombo"), &ZeroReport::unit, unitNames(units)));
    m_form.choice(tr("&Period:"), QStringLiteral("periodCombo"), &ZeroReport::period, periodLabels);
    m_form.date(tr("&Received on:"), QStringLiteral("receivedEdit"), &ZeroReport::receivedOn, today);
    m_form.line(tr("&Note:"), QStringLiteral("noteEdit"), &ZeroReport::note);
    layForm(m_form.layout(), tr("&Save"));
}

void ZeroReportDialog::accept()
{
    closeWhenSaved(m_service.addZeroReport(m_form.edited()));
}

// ---- RoundDialog -----------------------------------------------------------------------------------------

RoundDialog::RoundDialog(NormativeService &service, CleanupRound round, QDate today, QWidget *parent)
    : RecordDialog(parent), m_service(service), m_form(std::move(round), this)
{
    setObjectName(QStringLiteral("roundDialog"));
    const CleanupRound &r = m_form.record();
    setWindowTitle(r.id.isValid() ? tr("Edit the clean-up round") : tr("New clean-up round"));
    m_form.line(tr("&Name:"), QStringLiteral("nameEdit"), &CleanupRound::name)
        ->setPlaceholderText(QStringLiteral("涉及“放管服”改革的规范性文件专项清理"));
    m_form.text(tr("&Scope:"), QStringLiteral("scopeEdit"), 3, &CleanupRound::scope);
    m_form.optionalDate(tr("Deadline:"), tr("Due by"), QStringLiteral("deadlineCheck"),
                        QStringLiteral("deadlineEdit"), &CleanupRound::deadline, today.addMonths(1),
                        r.deadline.isValid() || !r.id.isValid());
    layForm(m_form.layout(), tr("&Save"));
}

void RoundDialog::accept()
{
    closeWhenSaved(m_form.save([&](const CleanupRound &r) { return m_service.updateRound(r); },
                               [&](const CleanupRound &r) { return m_service.addRound(r); }));
}

// ---- CleanupItemDialog -----------------------------------------------------------------------------------

CleanupItemDialog::CleanupItemDialog(NormativeService &service, CleanupItem item, const UnitChoices &units,
                                     const std::vector<NormativeDocument> &register_, QDate today,
                                     QWidget *parent)
    : RecordDialog(parent), m_service(service), m_form(std::move(item), this)
{
    setObjectName(QStringLiteral("cleanupItemDialog"));
    const bool isNew = m_form.record().id == 0;
    setWindowTitle(isNew ? tr("Add a document to the round") : tr("Decision on a document"));

    Choices documents{{tr("Typed in (not in the filing register)"), qint64(0)}};
    for (const NormativeDocument &d : register_)
        documents.append({d.number + QStringLiteral("  ") + d.title, d.id.value});
    QComboBox *source = FormDialog::widen(
        m_form.choice(tr("&Document:"), QStringLiteral("sourceCombo"), &CleanupItem::document, documents),
        24);
    source->setEnabled(isNew);
    QComboBox *unit = unitPicker(m_form.choice(tr("Issuing &unit:"), QStringLiteral("unitCombo"),
                                               &CleanupItem::unit, unitNames(units)));
    QLineEdit *title = m_form.line(tr("&Title:"), QStringLiteral("titleEdit"), &CleanupItem::title);
    QLineEdit *number =
        m_form.line(tr("Document &number:"), QStringLiteral("numberEdit"), &CleanupItem::number);
    const OptionalDate issued = m_form.optionalDate(
        tr("Issue date:"), tr("Issued on"), QStringLiteral("issuedCheck"), QStringLiteral("issuedEdit"),
        &CleanupItem::issuedOn, today, m_form.record().issuedOn.isValid());
    QComboBox *decision = m_form.choice(
        tr("De&cision:"), QStringLiteral("decisionCombo"), &CleanupItem::decision,
        Choices{{tr("Not decided yet"), -1}} + choices(allCleanupDecisions(), cleanupDecisionWord));
    // Read after the decision (the rows are read in order): a decision's date goes with it.
    QDateEdit *decided = m_form.field(
        tr("Decided &on:"),
        FormDialog::dateBox(m_form.record().decidedOn.isValid() ? m_form.record().decidedOn : today,
                            QStringLiteral("decidedEdit"), this),
        [](CleanupItem &r, const QDateEdit *w) { r.decidedOn = r.decision ? w->date() : QDate(); });
    m_form.line(tr("N&ote:"), QStringLiteral("noteEdit"), &CleanupItem::note);
    layForm(m_form.layout(), tr("&Save"));

    const auto updateSource = [=] {
        // A register document brings its own unit, title and number.
        const bool typed = source->currentData().toLongLong() == 0;
        for (QWidget *w : std::initializer_list<QWidget *>{unit, title, number, issued.check})
            w->setEnabled(typed);
        issued.date->setEnabled(typed && issued.check->isChecked());
    };
    const auto updateDecision = [decision, decided] {
        decided->setEnabled(decision->currentData().toInt() >= 0);
    };
    connect(source, &QComboBox::currentIndexChanged, this, updateSource);
    connect(decision, &QComboBox::currentIndexChanged, this, updateDecision);
    updateDecision();
    updateSource();
}

void CleanupItemDialog::accept()
{
    closeWhenSaved(m_form.save([&](const CleanupItem &i) { return m_service.updateItem(i); },
                               [&](const CleanupItem &i) { return m_service.addItem(i); }));
}

} // namespace oversight
