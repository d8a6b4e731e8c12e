#include "auditpage.h"

#include "domain/unit.h"
#include "messagebox.h"
#include "services/campaignservice.h"
#include "services/safetyservice.h"
#include "services/unitservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace oversight {

AuditPage::AuditPage(SafetyService &safety, CampaignService &campaigns, UnitService &units, QWidget *parent)
    : QWidget(parent), m_safety(safety), m_campaigns(campaigns), m_units(units)
{
    setObjectName(QStringLiteral("auditPage"));

    m_entity = new QComboBox(this);
    m_entity->setObjectName(QStringLiteral("auditEntityFilter"));
    m_entity->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("auditUnitFilter"));
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_unit->setMaxVisibleItems(20);
    m_timeFilter = new QCheckBox(tr("From"), this);
    m_timeFilter->setObjectName(QStringLiteral("auditTimeFilter"));
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(today.addDays(-30), this);
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("auditTo"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_from->setEnabled(false);
    m_to->setEnabled(false);

    auto *filters = new QHBoxLayout;
    auto *entityLabelWidget = new QLabel(tr("Record:"), this);
    entityLabelWidget->setBuddy(m_entity);
    auto *unitLabel = new QLabel(tr("Unit:"), this);
    unitLabel->setBuddy(m_unit);
    filters->addWidget(entityLabelWidget);
    filters->addWidget(m_entity);
    filters->addSpacing(fontMetrics().height());
    filters->addWidget(unitLabel);
    filters->addWidget(m_unit);
    filters->addSpacing(fontMetrics().height());
    filters->addWidget(m_timeFilter);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addStretch(1);
    m_verify = new QPushButton(tr("Verify the log"), this);
    m_verify->setObjectName(QStringLiteral("auditVerifyButton"));
    m_verify->setToolTip(tr("Checks the database file and the hash chain of every entry: a changed or "
                            "removed entry is found and named."));
    filters->addWidget(m_verify);

    m_verifyResult = new QLabel(this);
    m_verifyResult->setObjectName(QStringLiteral("auditVerifyResult"));
    m_verifyResult->setWordWrap(true);
    m_verifyResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verifyResult->hide();

    m_model = new QStandardItemModel(0, 6, this);
    m_model->setHorizontalHeaderLabels(
        {tr("No."), tr("Time"), tr("Operator"), tr("Record"), tr("Action"), tr("Changes")});
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // One text line per entry, as on the other pages.
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().lineSpacing() +
                                                     fontMetrics().height() / 3);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("auditCount"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_verifyResult);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    connect(m_entity, &QComboBox::currentIndexChanged, this, &AuditPage::refresh);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &AuditPage::refresh);
    connect(m_timeFilter, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        refresh();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &AuditPage::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditPage::refresh);
    connect(m_verify, &QPushButton::clicked, this, &AuditPage::verifyChain);
}

QString AuditPage::actionLabel(const QString &action)
{
    if (action == QLatin1String("create") || action == QLatin1String("import-create"))
        return tr("Added");
    if (action == QLatin1String("update") || action == QLatin1String("import-update"))
        return tr("Changed");
    if (action == QLatin1String("delete"))
        return tr("Deleted");
    return action;
}

QString AuditPage::fieldLabel(const QString &field)
{
    static const std::pair<const char *, const char *> known[] = {
        {"name", QT_TR_NOOP("name")},
        {"category", QT_TR_NOOP("category")},
        {"contact_person", QT_TR_NOOP("contact person")},
        {"contact_phone", QT_TR_NOOP("contact phone")},
        {"notes", QT_TR_NOOP("notes")},
        {"note", QT_TR_NOOP("note")},
        {"campaign_id", QT_TR_NOOP("campaign")},
        {"unit_id", QT_TR_NOOP("unit")},
        {"code", QT_TR_NOOP("code")},
        {"title", QT_TR_NOOP("title")},
        {"year", QT_TR_NOOP("year")},
        {"status", QT_TR_NOOP("status")},
        {"summary", QT_TR_NOOP("summary")},
        {"date", QT_TR_NOOP("date")},
        {"complainant_name", QT_TR_NOOP("complainant")},
        {"complainant_contact", QT_TR_NOOP("complainant's contact")},
    };
    for (const auto &[key, label] : known) {
        if (field == QLatin1String(key))
            return tr(label);
    }
    return field;
}

QString AuditPage::changesText(const QJsonObject &changes)
{
    QStringList parts;
    const auto text = [](const QJsonValue &v) {
        if (v.isString()) {
            if (const auto category = categoryFromKey(v.toString()))
                return categoryLabel(*category);
            return v.toString();
        }
        if (v.isNull() || v.isUndefined())
            return QStringLiteral("—");
        return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
            .mid(1)
            .chopped(1);
    };
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QJsonValue value = it.value();
        if (value.isObject() && value.toObject().contains(QLatin1String("to"))) {
            const QJsonObject change = value.toObject();
            //: an audited change: field: old value → new value
            parts.append(tr("%1: %2 → %3")
                             .arg(it.key(), text(change.value(QLatin1String("from"))),
                                  text(change.value(QLatin1String("to")))));
        } else if (!(value.isString() && value.toString().isEmpty())) {
            //: an audited field and its value
            parts.append(tr("%1: %2").arg(fieldLabel(it.key()), text(value)));
        }
    }
    //: separator between the fields of an audited change
    return parts.join(tr("; "));
}

QString AuditPage::entityLabel(const QString &entity)
{
    if (entity == QLatin1String("campaign"))
        return tr("Campaign");
    if (entity == QLatin1String("unit"))
        return tr("Enforcement unit");
    if (entity == QLatin1String("complaint"))
        return tr("Complaint");
    if (entity == QLatin1String("callback"))
        return tr("Call-back");
    if (entity == QLatin1String("document"))
        return tr("Official document");
    return entity;
}

void AuditPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void AuditPage::reload()
{
    {
        const QSignalBlocker blockEntity(m_entity);
        const QSignalBlocker blockUnit(m_unit);
        const QString entity = m_entity->currentData().toString();
        const qint64 unit = m_unit->currentData().toLongLong();
        m_entity->clear();
        m_entity->addItem(tr("All records"), QString());
        if (const auto entities = m_safety.auditEntities()) {
            for (const QString &e : *entities)
                m_entity->addItem(entityLabel(e), e);
        }
        m_entity->setCurrentIndex(std::max(0, m_entity->findData(entity)));

        m_unit->clear();
        m_unit->addItem(tr("All units"), qint64(0));
        const auto campaign = m_campaigns.current();
        if (campaign && campaign->isValid()) {
            if (const auto units = m_units.units(*campaign)) {
                for (const Unit &u : *units)
                    m_unit->addItem(u.name, u.id.value);
            }
        }
        m_unit->setCurrentIndex(std::max(0, m_unit->findData(unit)));
    }
    refresh();
}

void AuditPage::refresh()
{
    AuditFilter filter;
    filter.entity = m_entity->currentData().toString();
    if (const qint64 unit = m_unit->currentData().toLongLong(); unit > 0) {
        filter.unitId = unit;
        filter.unitName = m_unit->currentText();
    }
    if (m_timeFilter->isChecked()) {
        filter.from = m_from->date().startOfDay();
        filter.to = m_to->date().addDays(1).startOfDay();
    }
    const auto found = m_safety.auditEntries(filter);
    m_model->removeRows(0, m_model->rowCount());
    if (!found) {
        m_count->setText(found.error().fullText());
        return;
    }
    const auto &[entries, total] = *found;
    for (const AuditEntry &e : entries) {
        QList<QStandardItem *> row;
        auto *number = new QStandardItem(QString::number(e.id));
        number->setData(QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
        row << number
            << new QStandardItem(
                   QLocale().toString(e.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")))
            << new QStandardItem(e.actor)
            << new QStandardItem(e.entityId
                                     ? QStringLiteral("%1 #%2").arg(entityLabel(e.entity)).arg(e.entityId)
                                     : entityLabel(e.entity))
            << new QStandardItem(actionLabel(e.action)) << new QStandardItem(changesText(e.changes));
        row.last()->setToolTip(
            QString::fromUtf8(QJsonDocument(e.changes).toJson(QJsonDocument::Indented)).toHtmlEscaped());
        m_model->appendRow(row);
    }
    for (int column = 0; column < m_model->columnCount() - 1; ++column) // the last one stretches
        m_table->resizeColumnToContents(column);
    if (total > qint64(entries.size()))
        m_count->setText(tr("Showing the newest %1 of %2 entries; narrow the filter to see older ones.")
                             .arg(entries.size())
                             .arg(total));
    else
        m_count->setText(tr("%1 entries").arg(total));
}

void AuditPage::verifyChain()
{
    const auto result = m_safety.verify();
    m_verifyResult->show();
    if (!result) {
        m_verifyResult->setText(result.error().fullText());
        m_verifyResult->setStyleSheet(QStringLiteral("color: #b00020;"));
        return;
    }
    if (result->ok()) {
        m_verifyResult->setText(tr("The database file is whole and the audit log's %1 entries are intact.")
                                    .arg(result->auditEntries));
        m_verifyResult->setStyleSheet(QStringLiteral("color: #1b5e20;"));
        return;
    }
    QString text;
    if (!result->integrityProblems.isEmpty())
        text = tr("The database file is damaged: %1. Restore the newest backup (File → Restore from backup).")
                   .arg(result->integrityProblems.constFirst());
    else
        text = tr("The audit log does not verify: %1.").arg(result->auditProblem);
    m_verifyResult->setText(text);
    m_verifyResult->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
}

} // namespace oversight
