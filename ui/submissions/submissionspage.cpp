#include "submissionspage.h"

#include "documents/formprinter.h"
#include "messagebox.h"
#include "services/clock.h"
#include "services/submissionservice.h"
#include "services/unitservice.h"
#include "submissiondialog.h"
#include "widgets/filedialogs.h"
#include "widgets/longwork.h"
#include "widgets/outputmenu.h"
#include "widgets/recordtable.h"
#include "widgets/tablecopy.h"

#include <QComboBox>
#include <QDir>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

#include <memory>

namespace oversight {

namespace {

constexpr int itemRole = Qt::UserRole + 1;

/// A late or overdue cell: red and bold.
void markLate(QTableWidgetItem *cell)
{
    cell->setForeground(QColor(0xa0, 0x10, 0x10));
    QFont bold = cell->font();
    bold.setBold(true);
    cell->setFont(bold);
}

QColor statusColour(Submission::Status s)
{
    switch (s) {
    case Submission::Status::Missing:
        return QColor(0xf3, 0xd6, 0xd6);
    case Submission::Status::Received:
        return QColor(0xfd, 0xf0, 0xc4);
    case Submission::Status::Returned:
        return QColor(0xf8, 0xdc, 0xb8);
    case Submission::Status::Accepted:
        return QColor(0xd3, 0xec, 0xd3);
    }
    return {};
}

} // namespace

SubmissionsPage::SubmissionsPage(SubmissionService &submissions, UnitService &units, const Clock &clock,
                                 QWidget *parent)
    : CampaignPage(units, clock, parent), m_service(submissions)
{
    setObjectName(QStringLiteral("submissionsPage"));
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs);

    auto *matrixTab = new QWidget(m_tabs);
    auto *matrixLayout = new QVBoxLayout(matrixTab);
    auto *filters = new QHBoxLayout;
    m_statusFilter = new QComboBox(matrixTab);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("All units"), QString());
    for (auto s : {Submission::Status::Missing, Submission::Status::Received, Submission::Status::Returned,
                   Submission::Status::Accepted})
        m_statusFilter->addItem(tr("Units with a form %1").arg(submissionStatusLabel(s)),
                                submissionStatusKey(s));
    m_statusFilter->addItem(tr("Units late with a form"), QStringLiteral("late"));
    m_unitFilter = searchBox(tr("Filter by unit name"), "unitFilter", matrixTab);
    filters->addWidget(new QLabel(tr("Show:"), matrixTab));
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_unitFilter, 1);
    matrixLayout->addLayout(filters);
    m_matrix = new QTableWidget(matrixTab);
    TableCopy::enable(m_matrix);
    m_matrix->setObjectName(QStringLiteral("submissionMatrix"));
    m_matrix->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrix->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrix->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_matrix->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    matrixLayout->addWidget(m_matrix, 1);
    m_summary = new QLabel(matrixTab);
    m_summary->setObjectName(QStringLiteral("submissionSummary"));
    m_summary->setWordWrap(true);
    matrixLayout->addWidget(m_summary);
    m_tabs->addTab(matrixTab, tr("Forms by unit"));

    // The cross-unit lists: read-only, sortable, copyable.
    const auto addListTab = [this](const QString &objectName, const QString &title) {
        auto *table = new QTableWidget(m_tabs);
        TableCopy::enable(table);
        table->setObjectName(objectName);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSortingEnabled(true);
        m_tabs->addTab(table, title);
        return table;
    };
    m_officers = addListTab(QStringLiteral("officersView"), tr("Officers (附件5-2)"));
    m_bodies = addListTab(QStringLiteral("bodiesView"), tr("Enforcement bodies (附件5-1)"));

    connect(m_matrix, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int column) { openCell(row, column); });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &SubmissionsPage::fillMatrix);
    connect(m_unitFilter, &QLineEdit::textChanged, this, &SubmissionsPage::fillMatrix);
    connect(&m_service, &SubmissionService::submissionChanged, this, &SubmissionsPage::reload);
    followUnitRegister([this] { reload(); });
}

QStringList SubmissionsPage::items() const
{
    QStringList out;
    for (const FormSpec &f : m_campaign.forms)
        out.append(f.id);
    for (const ReportSpec &r : m_campaign.reports)
        out.append(r.id);
    return out;
}

void SubmissionsPage::reload()
{
    m_unitList.clear();
    m_submissions.clear();
    if (m_campaign.id.isValid()) {
        m_unitList = campaignUnits();
        if (auto subs = m_service.submissions(m_campaign.id))
            m_submissions = std::move(subs).value();
    }
    fillMatrix();
    fillCrossUnit();
}

void SubmissionsPage::fillMatrix()
{
    const QStringList columns = items();
    const QString filter = m_statusFilter->currentData().toString();
    const QString nameFilter = m_unitFilter->text().trimmed();
    QHash<QPair<qint64, QString>, const Submission *> byCell;
    for (const Submission &s : m_submissions)
        byCell.insert({s.unit.value, s.item}, &s);

    m_matrix->clear();
    // The forms and reports, then the campaign contact (phase 1: named by the plan's day, received when).
    const int contactColumn = int(columns.size());
    m_matrix->setColumnCount(contactColumn + 1);
    QStringList headers;
    std::vector<int> done(size_t(columns.size()), 0);
    std::vector<int> late(size_t(columns.size()), 0);
    for (const Unit &u : m_unitList)
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const Submission *s = byCell.value({u.id.value, columns.at(c)});
            if (s && s->status != Submission::Status::Returned)
                ++done[size_t(c)];
            if (s && s->lateDays(m_campaign.deadlineOfItem(columns.at(c))) > 0)
                ++late[size_t(c)];
        }
    for (qsizetype c = 0; c < columns.size(); ++c) {
        const QString id = columns.at(c);
        const ReportSpec *report = m_campaign.report(id);
        //: a matrix column header: the form, then how many units handed it in of how many
        headers.append(
            tr("%1\n%2/%3").arg(report ? report->title : id).arg(done[size_t(c)]).arg(m_unitList.size()));
    }
    int contacts = 0;
    for (const Unit &u : m_unitList)
        contacts += u.hasContact();
    //: the matrix's last column header: the campaign contact, then how many units named one of how many
    headers.append(tr("Contact\n%1/%2").arg(contacts).arg(m_unitList.size()));
    m_matrix->setHorizontalHeaderLabels(headers);
    for (qsizetype c = 0; c < columns.size(); ++c) {
        const FormSpec *f = m_campaign.form(columns.at(c));
        if (QTableWidgetItem *h = m_matrix->horizontalHeaderItem(int(c)))
            h->setToolTip(f ? f->title : m_campaign.report(columns.at(c))->title);
    }

    QStringList rowNames;
    int shown = 0;
    int lateUnits = 0;
    m_matrix->setRowCount(0);
    for (const Unit &u : m_unitList) {
        if (!nameFilter.isEmpty() && !u.name.contains(nameFilter, Qt::CaseInsensitive))
            continue;
        bool match = filter.isEmpty();
        bool isLate = false;
        for (const QString &item : columns) {
            const Submission *s = byCell.value({u.id.value, item});
            const Submission::Status st = s ? s->status : Submission::Status::Missing;
            const Deadline *due = m_campaign.deadlineOfItem(item);
            const bool overdueMissing =
                st == Submission::Status::Missing && due && due->due < m_clock.today();
            const bool itemLate = (s && s->lateDays(due) > 0) || overdueMissing;
            isLate = isLate || itemLate;
            if (filter == submissionStatusKey(st) || (filter == QLatin1String("late") && itemLate))
                match = true;
        }
        if (isLate)
            ++lateUnits;
        if (!match)
            continue;
        const int r = m_matrix->rowCount();
        m_matrix->insertRow(r);
        rowNames.append(u.name);
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const QString item = columns.at(c);
            const Submission *s = byCell.value({u.id.value, item});
            const Submission::Status st = s ? s->status : Submission::Status::Missing;
            const Deadline *due = m_campaign.deadlineOfItem(item);
            QString text = submissionStatusLabel(st);
            const int days = s ? s->lateDays(due) : 0;
            const bool overdue = st == Submission::Status::Missing && due && due->due < m_clock.today();
            //: late marker in a matrix cell: days past the due date
            if (days > 0)
                text += tr(" +%1d").arg(days);
            auto *cell = new QTableWidgetItem(text);
            cell->setTextAlignment(Qt::AlignCenter);
            // Missing but not yet due is no alarm: a quiet grey until the day passes.
            const bool notYetDue = st == Submission::Status::Missing && due && due->due >= m_clock.today();
            cell->setBackground(notYetDue ? QColor(0xee, 0xee, 0xee) : statusColour(st));
            QStringList tip;
            if (notYetDue)
                tip.append(tr("Due %1").arg(due->due.toString(Qt::ISODate)));
            if (days > 0 || overdue) {
                // Late at a glance: red and bold, with the due date in the tooltip.
                markLate(cell);
                tip.append(overdue ? tr("Overdue: due %1").arg(due->due.toString(Qt::ISODate))
                                   : tr("Received %n day(s) after the due date %1", nullptr, days)
                                         .arg(due->due.toString(Qt::ISODate)));
            }
            if (s && !s->note.isEmpty())
                tip.append(s->note);
            cell->setData(itemRole, QVariant::fromValue(u.id));
            cell->setToolTip(tip.join(QLatin1Char('\n')));
            m_matrix->setItem(r, int(c), cell);
        }
        m_matrix->setItem(r, contactColumn, contactCell(u));
        ++shown;
    }
    m_matrix->setVerticalHeaderLabels(rowNames);
    m_matrix->resizeColumnsToContents();
    for (int c = 0; c < m_matrix->columnCount(); ++c)
        m_matrix->setColumnWidth(c, std::max(m_matrix->columnWidth(c), 64));
    m_matrix->resizeRowsToContents();
    int accepted = 0;
    int received = 0;
    int returned = 0;
    for (const Submission &s : m_submissions) {
        accepted += s.status == Submission::Status::Accepted;
        received += s.status == Submission::Status::Received;
        returned += s.status == Submission::Status::Returned;
    }
    const int total = int(m_unitList.size() * size_t(columns.size()));
    m_summary->setText(
        tr("%1 of %2 units shown. Items: %3 accepted, %4 received (to review), %5 returned, %6 "
           "missing; %7 unit(s) late with something. Double-click a cell to open the form.")
            .arg(shown)
            .arg(m_unitList.size())
            .arg(accepted)
            .arg(received)
            .arg(returned)
            .arg(total - accepted - received - returned)
            .arg(lateUnits));
}

void SubmissionsPage::fillCrossUnit()
{
    const FormSpec *officers = m_campaign.form(QStringLiteral("附件5-2"));
    const FormSpec *bodies = m_campaign.form(QStringLiteral("附件5-1"));
    const auto fill = [this](QTableWidget *table, const FormSpec *spec) {
        table->setSortingEnabled(false);
        table->clear();
        table->setRowCount(0);
        if (!spec)
            return;
        // What needs attention comes second, so it shows without scrolling across a wide register.
        QStringList headers{tr("Unit"), tr("Attention")};
        for (const FieldSpec &c : spec->columns)
            headers.append(c.label);
        table->setColumnCount(int(headers.size()));
        table->setHorizontalHeaderLabels(headers);
        QHash<QString, QString> checkMessages;
        for (const CheckSpec &check : spec->checks)
            checkMessages.insert(check.id, check.message);
        for (const Submission &s : m_submissions) {
            if (s.item != spec->id || s.status == Submission::Status::Missing)
                continue;
            QString unitName;
            for (const Unit &u : m_unitList)
                if (u.id == s.unit)
                    unitName = u.name;
            const std::vector<FormFinding> found = checkForm(*spec, s.data, m_clock.today());
            for (size_t r = 0; r < s.data.rows.size(); ++r) {
                const int row = table->rowCount();
                table->insertRow(row);
                table->setItem(row, 0, new QTableWidgetItem(unitName));
                QStringList attention;
                for (const FormFinding &f : found)
                    if (f.row == int(r) && !f.checkId.isEmpty() &&
                        !attention.contains(checkMessages.value(f.checkId)))
                        attention.append(checkMessages.value(f.checkId));
                auto *flag = new QTableWidgetItem(attention.join(QStringLiteral("；")));
                flag->setToolTip(attention.join(QLatin1Char('\n')));
                if (!attention.isEmpty())
                    flag->setBackground(QColor(0xfb, 0xee, 0xc0));
                table->setItem(row, 1, flag);
                for (int c = 0; c < spec->columns.size(); ++c)
                    table->setItem(row, c + 2,
                                   new QTableWidgetItem(s.data.rows[r].value(spec->columns.at(c).key)));
            }
        }
        table->resizeColumnsToContents();
        table->setColumnWidth(1, std::min(table->columnWidth(1), 360));
        table->setSortingEnabled(true);
    };
    fill(m_officers, officers);
    fill(m_bodies, bodies);
}

QTableWidgetItem *SubmissionsPage::contactCell(const Unit &u) const
{
    const Deadline *due = m_campaign.deadline(QStringLiteral("contacts"));
    const int days = due && u.contactReceivedOn.isValid() ? due->lateDays(u.contactReceivedOn) : 0;
    const bool overdue = !u.hasContact() && due && due->due < m_clock.today();
    QString text;
    QStringList tip;
    if (u.hasContact() && u.contactReceivedOn.isValid()) {
        text = u.contactReceivedOn.toString(QStringLiteral("MM-dd"));
        tip.append(tr("Contact received on %1").arg(u.contactReceivedOn.toString(Qt::ISODate)));
    } else if (u.hasContact()) {
        text = tr("named");
        tip.append(tr("Contact named; the day it was received is not recorded (edit the unit to add it)."));
    } else {
        text = submissionStatusLabel(Submission::Status::Missing);
    }
    if (days > 0)
        text += tr(" +%1d").arg(days);
    auto *cell = new QTableWidgetItem(text);
    cell->setTextAlignment(Qt::AlignCenter);
    cell->setBackground(u.hasContact() ? statusColour(Submission::Status::Accepted)
                        : overdue      ? statusColour(Submission::Status::Missing)
                                       : QColor(0xee, 0xee, 0xee));
    if (due)
        tip.append(tr("Due %1").arg(due->due.toString(Qt::ISODate)));
    if (days > 0 || overdue)
        markLate(cell);
    cell->setToolTip(tip.join(QLatin1Char('\n')));
    return cell;
}

QDialog *SubmissionsPage::openCell(int row, int column, bool modal)
{
    const QStringList columns = items();
    QTableWidgetItem *cell = m_matrix->item(row, column);
    if (!cell || column < 0 || column >= columns.size())
        return nullptr;
    const UnitId unitId = cell->data(itemRole).value<UnitId>();
    const auto unit = m_units.unit(unitId);
    if (!unit) {
        MessageBox::warning(this, tr("Submissions"), unit.error().message);
        return nullptr;
    }
    auto *dialog = new SubmissionDialog(m_service, m_clock, m_campaign, *unit, columns.at(column), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SubmissionDialog::printRequested, this, &SubmissionsPage::printSubmission);
    if (!modal) {
        dialog->show();
        return dialog;
    }
    dialog->exec();
    return nullptr;
}

void SubmissionsPage::printSubmission(const Submission &s, bool toPdf)
{
    const FormSpec *spec = m_campaign.form(s.item);
    if (!spec)
        return;
    QString unitName;
    for (const Unit &u : m_unitList)
        if (u.id == s.unit)
            unitName = u.name;
    const FormPrinter printer(DocumentFonts::resolve());
    const FormPrinter::Header header{unitName, m_campaign.displayName()};
    if (toPdf) {
        const QString path = FileDialogs::save(this, tr("Save as PDF"),
                                               QStringLiteral("%1-%2.pdf").arg(spec->id, unitName), tr("PDF (*.pdf)"));
        if (path.isEmpty())
            return;
        LongWork::run(
            this, tr("Save as PDF"), tr("Writing %1 of %2…").arg(spec->id, unitName),
            [printer, form = *spec, s, header, path](LongWork::Control &control) -> Result<QString> {
                const Result<QByteArray> bytes = printer.pdf(form, s, header);
                if (!bytes)
                    return bytes.error();
                return LongWork::save(path, *bytes, control,
                                      tr("%1 of %2 is written to %3.")
                                          .arg(form.id, header.unitName, QDir::toNativeSeparators(path)));
            });
        return;
    }
    // Print shows the pages first (the preview's own button prints): a form of many rows is seen before
    // paper is used. Window-modal without a nested event loop; the printer lives as long as the preview.
    OutputMenu::openPreview(this, {QPageLayout::Portrait, QSize(1000, 700)},
                            tr("Print %1 of %2").arg(spec->id, unitName),
                            [this, printer, form = *spec, s, header](QPrinter *target) {
                                if (auto r = printer.paint(form, s, header, *target); !r)
                                    MessageBox::warning(this, tr("Print"), r.error().message, r.error().detail);
                            });
}

} // namespace oversight
