#include "findingdialog.h"

#include "services/supervisionservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

namespace oversight {

FindingDialog::FindingDialog(SupervisionService &service, const Campaign &campaign, ComplaintFinding finding,
                             QWidget *parent)
    : QDialog(parent), m_service(service), m_finding(std::move(finding))
{
    setObjectName(QStringLiteral("findingDialog"));
    setWindowTitle(tr("Problem found"));

    m_area = new QComboBox(this);
    m_area->setObjectName(QStringLiteral("areaCombo"));
    for (const Area &a : campaign.areas)
        m_area->addItem(QStringLiteral("%1. %2").arg(a.number).arg(a.title), a.number);
    m_area->setCurrentIndex(qMax(0, m_area->findData(m_finding.area)));
    m_area->setMinimumContentsLength(24);
    m_area->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("sourceCombo"));
    if (m_finding.callBack.isValid() && !m_finding.complaint.isValid()) {
        m_source->addItem(findingSourceWord(ComplaintFinding::Source::CallBack),
                          int(ComplaintFinding::Source::CallBack));
        m_source->setEnabled(false);
    } else {
        for (auto s : {ComplaintFinding::Source::Complaint, ComplaintFinding::Source::Supervision})
            m_source->addItem(findingSourceWord(s), int(s));
        m_source->setCurrentIndex(qMax(0, m_source->findData(int(m_finding.source))));
    }

    m_description = new QPlainTextEdit(m_finding.description, this);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(fontMetrics().lineSpacing() * 4 + 2 * m_description->frameWidth() +
                                  int(m_description->document()->documentMargin() * 2));
    m_measure = new QPlainTextEdit(m_finding.measure, this);
    m_measure->setObjectName(QStringLiteral("measureEdit"));
    m_measure->setTabChangesFocus(true);
    m_measure->setFixedHeight(fontMetrics().lineSpacing() * 4 + 2 * m_measure->frameWidth() +
                              int(m_measure->document()->documentMargin() * 2));

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Reform &area:"), m_area);
    form->addRow(tr("Ledger &source:"), m_source);
    form->addRow(tr("&Problem:"), m_description);
    form->addRow(tr("&Measure:"), m_measure);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FindingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(fontMetrics().height() * 34, sizeHint().height());
}

void FindingDialog::accept()
{
    ComplaintFinding f = m_finding;
    f.area = m_area->currentData().toInt();
    f.source = ComplaintFinding::Source(m_source->currentData().toInt());
    f.description = m_description->toPlainText();
    f.measure = m_measure->toPlainText();
    Result<void> r;
    if (f.id > 0) {
        r = m_service.updateFinding(f);
    } else if (auto id = m_service.addFinding(f); !id) {
        r = id.error();
    }
    if (!r) {
        m_error->setText(r.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace oversight
