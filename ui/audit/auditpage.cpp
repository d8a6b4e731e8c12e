#include "auditpage.h"

#include "domain/acceptance.h"
#include "domain/callback.h"
#include "domain/complaint.h"
#include "domain/normative.h"
#include "domain/problem.h"
#include "domain/unit.h"
#include "messagebox.h"
#include "services/campaignservice.h"
#include "services/safetyservice.h"
#include "services/unitservice.h"
#include "widgets/recordtable.h"
#include "widgets/searchablecombo.h"

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

namespace {
/// The clerk's word for `value` when it is a key of the enum `fromKey` reads, as `label` names it; nullopt
/// when it is not.
template <auto fromKey, auto label>
std::optional<QString> enumLabel(const QString &value)
{
    if (const auto v = fromKey(value))
        return label(*v);
    return std::nullopt;
}

/// The translated label of `key` in `known` (a key and its QT_TR_NOOP label a row); else `key` as it is.
template <std::size_t N>
QString labelIn(const std::pair<const char *, const char *> (&known)[N], const QString &key)
{
    for (const auto &[k, label] : known)
        if (key == QLatin1String(k))
            return AuditPage::tr(label);
    return key;
}
} // namespace

AuditPage::AuditPage(SafetyService &safety, CampaignService &campaigns, UnitService &units, QWidget *parent)
    : QWidget(parent), m_safety(safety), m_campaigns(campaigns), m_units(units)
{
    setObjectName(QStringLiteral("auditPage"));

    m_entity = new QComboBox(this);
    m_entity->setObjectName(QStringLiteral("auditEntityFilter"));
    m_entity->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_unit = new QComboBox(this);
    makeSearchable(m_unit);
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
    m_raw = new QCheckBox(tr("Raw JSON"), this);
    m_raw->setObjectName(QStringLiteral("auditRawJson"));
    m_raw->setToolTip(tr("Show each change as it is stored (the hash chain covers this text)."));
    filters->addWidget(m_raw);
    connect(m_raw, &QCheckBox::toggled, this, &AuditPage::refresh);
    m_verify = namedButton(tr("Verify the log"), "auditVerifyButton", this, this, &AuditPage::verifyChain);
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
    m_table = recordView(m_model, "auditTable", this);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
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
}

QString AuditPage::actionLabel(const QString &action)
{
    static const std::pair<const char *, const char *> known[] = {
        {"create", QT_TR_NOOP("Added")},
        {"import-create", QT_TR_NOOP("Added")},
        {"update", QT_TR_NOOP("Changed")},
        {"import-update", QT_TR_NOOP("Changed")},
        {"delete", QT_TR_NOOP("Deleted")},
        {"import", QT_TR_NOOP("Imported")},
        {"status", QT_TR_NOOP("Status changed")},
        {"close", QT_TR_NOOP("Closed")},
        {"reopen", QT_TR_NOOP("Reopened")},
        {"extend", QT_TR_NOOP("Deadline extended")},
        {"evidence", QT_TR_NOOP("Evidence added")},
        {"statement", QT_TR_NOOP("Written statement added")},
        {"attach", QT_TR_NOOP("File attached")},
        {"void", QT_TR_NOOP("Set aside")},
        {"issue", QT_TR_NOOP("Issued")},
        {"receive", QT_TR_NOOP("Received")},
        {"accept", QT_TR_NOOP("Accepted")},
        {"return", QT_TR_NOOP("Returned to the unit")},
        {"save", QT_TR_NOOP("Saved")},
        {"draw-reviewers", QT_TR_NOOP("Reviewers drawn")},
        {"no-cases", QT_TR_NOOP("No cases declared")},
        {"raise_problem", QT_TR_NOOP("Put into the ledger")},
        {"open_complaint", QT_TR_NOOP("Case opened")},
        {"carry_over", QT_TR_NOOP("Carried over")},
        {"create_unfiled", QT_TR_NOOP("Recorded as not filed")},
        {"draw", QT_TR_NOOP("Drawn")},
        {"file", QT_TR_NOOP("Filed")},
        {"review", QT_TR_NOOP("Reviewed")},
        {"correction", QT_TR_NOOP("Correction recorded")},
        {"decision", QT_TR_NOOP("Decision recorded")},
        {"intake", QT_TR_NOOP("Registered")},
        {"investigate", QT_TR_NOOP("Investigation started")},
        {"no_violation", QT_TR_NOOP("No violation found")},
        {"refer", QT_TR_NOOP("Referred")},
        {"notice", QT_TR_NOOP("Supervision notice issued")},
        {"reply", QT_TR_NOOP("Unit's reply recorded")},
        {"feedback", QT_TR_NOOP("Feedback given")},
        {"edit", QT_TR_NOOP("Edited")},
        {"upload", QT_TR_NOOP("Upload ticked")},
        {"fill_keys", QT_TR_NOOP("Keys filled in")},
        {"rehash", QT_TR_NOOP("Log chain re-hashed")},
        {"restore", QT_TR_NOOP("Restored from a backup")},
        {"migration", QT_TR_NOOP("Database format updated")},
    };
    return labelIn(known, action);
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
        {"area", QT_TR_NOOP("reform area")},
        {"source", QT_TR_NOOP("source")},
        {"description", QT_TR_NOOP("problem")},
        {"measure", QT_TR_NOOP("measure")},
        {"owner", QT_TR_NOOP("responsible person")},
        {"deadline", QT_TR_NOOP("deadline")},
        {"progress", QT_TR_NOOP("progress")},
        {"reason", QT_TR_NOOP("reason")},
        {"findings", QT_TR_NOOP("findings")},
        {"file_name", QT_TR_NOOP("file")},
        {"size", QT_TR_NOOP("size")},
        {"statement", QT_TR_NOOP("statement")},
        {"number", QT_TR_NOOP("number")},
        {"count", QT_TR_NOOP("files")},
        {"seed", QT_TR_NOOP("seed")},
        {"task", QT_TR_NOOP("task")},
        {"score", QT_TR_NOOP("score")},
        {"grade", QT_TR_NOOP("grade")},
        {"kind", QT_TR_NOOP("kind")},
        {"unit", QT_TR_NOOP("unit")},
        {"item", QT_TR_NOOP("form or report")},
        {"content", QT_TR_NOOP("content")},
        {"changed", QT_TR_NOOP("changed")},
        {"values", QT_TR_NOOP("figures")},
        {"rows", QT_TR_NOOP("rows")},
        {"received_on", QT_TR_NOOP("received on")},
        {"filled_by", QT_TR_NOOP("filled in by")},
        {"filled_on", QT_TR_NOOP("filled in on")},
        {"phone", QT_TR_NOOP("phone")},
        {"contact_received_on", QT_TR_NOOP("contact received on")},
        {"channel", QT_TR_NOOP("channel")},
        {"reference", QT_TR_NOOP("reference")},
        {"enterprise_name", QT_TR_NOOP("enterprise")},
        {"enterprise_related", QT_TR_NOOP("enterprise-related")},
        {"handling_due", QT_TR_NOOP("handling deadline")},
        {"facts", QT_TR_NOOP("facts")},
        {"decision", QT_TR_NOOP("decision")},
        {"feedback", QT_TR_NOOP("feedback")},
        {"method", QT_TR_NOOP("method")},
        {"visited_on", QT_TR_NOOP("visited on")},
        {"notice_basis", QT_TR_NOOP("notice: basis")},
        {"notice_facts", QT_TR_NOOP("notice: facts")},
        {"notice_reasons", QT_TR_NOOP("notice: reasons")},
        {"notice_decision", QT_TR_NOOP("notice: decision")},
        {"reply_content", QT_TR_NOOP("unit's reply")},
        {"reply_due", QT_TR_NOOP("reply due")},
        {"correct_by", QT_TR_NOOP("correct by")},
        {"complaint_id", QT_TR_NOOP("complaint")},
        {"callback_id", QT_TR_NOOP("call-back")},
        {"problem_id", QT_TR_NOOP("rectification problem")},
        {"problem_ids", QT_TR_NOOP("rectification problems")},
        {"document_id", QT_TR_NOOP("normative document")},
        {"round_id", QT_TR_NOOP("clean-up round")},
        {"scope", QT_TR_NOOP("scope")},
        {"issued_on", QT_TR_NOOP("issued on")},
        {"filed_on", QT_TR_NOOP("filed on")},
        {"materials", QT_TR_NOOP("filing materials")},
        {"seen_at", QT_TR_NOOP("seen at")},
        {"reviewer", QT_TR_NOOP("reviewer")},
        {"reviewers", QT_TR_NOOP("reviewers")},
        {"reviewed_on", QT_TR_NOOP("reviewed on")},
        {"review_result", QT_TR_NOOP("review result")},
        {"review_opinion", QT_TR_NOOP("review opinion")},
        {"correction_note", QT_TR_NOOP("correction note")},
        {"correction_outcome", QT_TR_NOOP("correction outcome")},
        {"corrected_on", QT_TR_NOOP("corrected on")},
        {"period", QT_TR_NOOP("period")},
        {"decided_on", QT_TR_NOOP("decided on")},
        {"case_number", QT_TR_NOOP("case number")},
        {"case_type", QT_TR_NOOP("case type")},
        {"party", QT_TR_NOOP("party")},
        {"closed_on", QT_TR_NOOP("closed on")},
        {"self_checked", QT_TR_NOOP("self-checked")},
        {"self_check_grade", QT_TR_NOOP("self-check grade")},
        {"drawn_file_id", QT_TR_NOOP("drawn file")},
        {"pool_sha256", QT_TR_NOOP("pool fingerprint")},
        {"quotas", QT_TR_NOOP("quotas")},
        {"redraws", QT_TR_NOOP("redraws")},
        {"reviewer_seed", QT_TR_NOOP("reviewers' seed")},
        {"affiliation", QT_TR_NOOP("affiliation")},
        {"qualification", QT_TR_NOOP("qualification")},
        {"no_cases", QT_TR_NOOP("no cases")},
        {"uploaded", QT_TR_NOOP("uploaded")},
        {"uploaded_on", QT_TR_NOOP("uploaded on")},
        {"cloned_from", QT_TR_NOOP("copied from")},
        {"held_on", QT_TR_NOOP("held on")},
        {"hours", QT_TR_NOOP("hours")},
        {"attendees", QT_TR_NOOP("attendees")},
        {"organiser", QT_TR_NOOP("organiser")},
        {"subject", QT_TR_NOOP("subject")},
        {"sat", QT_TR_NOOP("sat the exam")},
        {"passed", QT_TR_NOOP("passed")},
        {"topic", QT_TR_NOOP("topic")},
        {"published_on", QT_TR_NOOP("published on")},
        {"conclusion", QT_TR_NOOP("conclusion")},
        {"reasons", QT_TR_NOOP("reasons")},
        {"was", QT_TR_NOOP("was")},
        {"added", QT_TR_NOOP("added")},
        {"entries", QT_TR_NOOP("entries")},
    };
    return labelIn(known, field);
}

QString AuditPage::valueLabel(const QString &value, const QString &entity)
{
    // Complaints and problems share some status words ("closed"): the record's kind decides.
    if (entity == QLatin1String("complaint"))
        if (const auto label = enumLabel<statusFromKey, statusLabel>(value))
            return *label;
    // Else the first enum that has the key names it.
    using Reader = std::optional<QString> (*)(const QString &);
    static constexpr Reader enums[] = {
        enumLabel<categoryFromKey, categoryLabel>,
        enumLabel<problemStatusFromKey, problemStatusWord>,
        enumLabel<problemSourceFromKey, problemSourceWord>,
        enumLabel<statusFromKey, statusLabel>,
        enumLabel<channelFromKey, channelLabel>,
        enumLabel<methodFromKey, methodLabel>,
        enumLabel<acceptanceFromKey, acceptanceWord>,
        enumLabel<reviewResultFromKey, reviewResultWord>,
        enumLabel<correctionOutcomeFromKey, correctionOutcomeWord>,
    };
    for (const Reader read : enums)
        if (const auto label = read(value))
            return *label;
    static const std::pair<const char *, const char *> known[] = {
        {"missing", QT_TR_NOOP("not handed in")}, {"received", QT_TR_NOOP("received")},
        {"returned", QT_TR_NOOP("returned")},     {"accepted", QT_TR_NOOP("accepted")},
        {"draft", QT_TR_NOOP("draft")},           {"issued", QT_TR_NOOP("issued")},
        {"voided", QT_TR_NOOP("voided")},
    };
    return labelIn(known, value);
}

QString AuditPage::changesText(const QJsonObject &changes, const QHash<qint64, QString> &unitNames,
                               const QString &entity)
{
    QStringList parts;
    const auto text = [&unitNames, &entity](const QString &key, const QJsonValue &v) {
        if ((key == QLatin1String("unit_id") || key == QLatin1String("unit")) && v.isDouble())
            return unitNames.value(qint64(v.toDouble()), QString::number(qint64(v.toDouble())));
        if (v.isString())
            return valueLabel(v.toString(), entity);
        if (v.isNull() || v.isUndefined())
            return QStringLiteral("—");
        if (v.isArray()) {
            QStringList items;
            for (const QJsonValue &item : v.toArray())
                items << (item.isString()
                              ? valueLabel(item.toString(), entity)
                              : QString::fromUtf8(
                                    QJsonDocument(QJsonArray{item}).toJson(QJsonDocument::Compact))
                                    .mid(1)
                                    .chopped(1));
            //: separator between the items of a list in the audit log
            return items.join(tr(", "));
        }
        return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
            .mid(1)
            .chopped(1);
    };
    // A step records its status change as from/to at the top: one "status: old → new".
    if (changes.contains(QLatin1String("from")) && changes.contains(QLatin1String("to")) &&
        !changes.value(QLatin1String("to")).isObject())
        parts.append(tr("%1: %2 → %3")
                         .arg(fieldLabel(QStringLiteral("status")),
                              text({}, changes.value(QLatin1String("from"))),
                              text({}, changes.value(QLatin1String("to")))));
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if ((it.key() == QLatin1String("from") || it.key() == QLatin1String("to")) && !parts.isEmpty() &&
            !it.value().isObject())
            continue;
        if (it.key() == QLatin1String("campaign_id"))
            continue; // the campaign is the one shown
        const QJsonValue value = it.value();
        if (value.isObject() && value.toObject().contains(QLatin1String("to"))) {
            const QJsonObject change = value.toObject();
            //: an audited change: field: old value → new value
            parts.append(tr("%1: %2 → %3")
                             .arg(fieldLabel(it.key()), text(it.key(), change.value(QLatin1String("from"))),
                                  text(it.key(), change.value(QLatin1String("to")))));
        } else if (!(value.isString() && value.toString().isEmpty())) {
            //: an audited field and its value
            parts.append(tr("%1: %2").arg(fieldLabel(it.key()), text(it.key(), value)));
        }
    }
    //: separator between the fields of an audited change
    return parts.join(tr("; "));
}

QString AuditPage::entityLabel(const QString &entity)
{
    static const std::pair<const char *, const char *> known[] = {
        {"campaign", QT_TR_NOOP("Campaign")},
        {"unit", QT_TR_NOOP("Enforcement unit")},
        {"complaint", QT_TR_NOOP("Complaint")},
        {"callback", QT_TR_NOOP("Call-back")},
        {"document", QT_TR_NOOP("Official document")},
        {"problem", QT_TR_NOOP("Rectification problem")},
        {"submission", QT_TR_NOOP("Form or report")},
        {"draw", QT_TR_NOOP("Spot-check draw")},
        {"case_file", QT_TR_NOOP("Case file")},
        {"case_catalogue", QT_TR_NOOP("Case catalogue")},
        {"review_sheet", QT_TR_NOOP("Scoring sheet")},
        {"reviewer", QT_TR_NOOP("Reviewer")},
        {"finding", QT_TR_NOOP("Supervision finding")},
        {"normative_document", QT_TR_NOOP("Normative document")},
        {"zero_report", QT_TR_NOOP("Zero report")},
        {"cleanup_round", QT_TR_NOOP("Clean-up round")},
        {"cleanup_item", QT_TR_NOOP("Clean-up item")},
        {"training_session", QT_TR_NOOP("Training session")},
        {"exam", QT_TR_NOOP("Exam")},
        {"coordination_meeting", QT_TR_NOOP("Coordination-group meeting")},
        {"major_penalty_filing", QT_TR_NOOP("Major-penalty filing")},
        {"guiding_case", QT_TR_NOOP("Guiding case")},
        {"acceptance", QT_TR_NOOP("Acceptance conclusion")},
        {"attachment", QT_TR_NOOP("Attachment")},
        {"notice_document", QT_TR_NOOP("Supervision notice")},
        {"drawn_file", QT_TR_NOOP("Drawn case file")},
        {"database", QT_TR_NOOP("Database")},
        {"audit_log", QT_TR_NOOP("Audit log")},
    };
    return labelIn(known, entity);
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
        m_unitNames.clear();
        const auto campaign = m_campaigns.current();
        if (campaign && campaign->isValid()) {
            if (const auto units = m_units.units(*campaign)) {
                for (const Unit &u : *units) {
                    m_unit->addItem(u.name, u.id.value);
                    m_unitNames.insert(u.id.value, u.name);
                }
            }
            // The campaign's dates are the range a clerk asks about, not the computer's calendar.
            if (const auto c = m_campaigns.campaign(*campaign); c && !c->phases.empty() && !m_datesSet) {
                const QSignalBlocker quietFrom(m_from);
                const QSignalBlocker quietTo(m_to);
                m_from->setDate(c->phases.front().from);
                m_to->setDate(c->phases.back().to);
                m_datesSet = true;
            }
        }
        m_unit->setCurrentIndex(std::max(0, m_unit->findData(unit)));
    }
    refresh();
}

QString AuditPage::recordLabel(const QString &entity, qint64 id) const
{
    if (!id)
        return entityLabel(entity);
    if (entity == QLatin1String("unit") && m_unitNames.contains(id))
        return QStringLiteral("%1 %2").arg(entityLabel(entity), m_unitNames.value(id));
    //: a record of the audit log: its kind and number
    return tr("%1 No. %2").arg(entityLabel(entity)).arg(id);
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
            << new QStandardItem(e.actor) << new QStandardItem(recordLabel(e.entity, e.entityId))
            << new QStandardItem(actionLabel(e.action))
            << new QStandardItem(m_raw->isChecked() ? QString::fromUtf8(QJsonDocument(e.changes).toJson(
                                                          QJsonDocument::Compact))
                                                    : changesText(e.changes, m_unitNames, e.entity));
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
    // The same checks as `oversight-cli verify`: the file, the chain, the evidence files and every anchor.
    const auto result = m_safety.check();
    m_verifyResult->show();
    if (!result) {
        m_verifyResult->setText(result.error().fullText());
        m_verifyResult->setStyleSheet(QStringLiteral("color: #b00020;"));
        return;
    }
    // The headline in words, then each finding as verify prints it (past the first two, which it repeats).
    const QStringList details = result->lines.mid(2);
    if (result->ok()) {
        m_verifyResult->setText(tr("The database file is whole and the audit log's %1 entries are intact.")
                                    .arg(result->chain.auditEntries) +
                                QLatin1Char('\n') + details.join(QLatin1Char('\n')));
        m_verifyResult->setStyleSheet(QStringLiteral("color: #1b5e20;"));
        return;
    }
    QString text;
    if (!result->chain.integrityProblems.isEmpty())
        text = tr("The database file is damaged: %1. Restore the newest backup (File → Restore from backup).")
                   .arg(result->chain.integrityProblems.constFirst());
    else if (!result->chain.auditProblem.isEmpty())
        text = tr("The audit log does not verify: %1.").arg(result->chain.auditProblem);
    else if (!result->evidence.ok())
        text = tr("Evidence files are missing or changed: %1. Put them back from a backup.")
                   .arg(result->problems.constFirst());
    else
        text = tr("The audit log does not match a record of it kept elsewhere: %1.")
                   .arg(result->problems.constFirst());
    m_verifyResult->setText(text + QLatin1Char('\n') + details.join(QLatin1Char('\n')));
    m_verifyResult->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
}

} // namespace oversight
