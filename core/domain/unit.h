#pragma once

#include "ids.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace oversight {

/// An enforcement unit (行政执法单位) under a campaign: a bureau of the banner government or a township.
struct Unit
{
    enum class Category
    {
        Department,
        Township
    };

    UnitId id;
    CampaignId campaign;
    QString name; ///< unique within a campaign
    /// The body's full official name (东明镇人民政府) that documents address it by (主送); empty: `name`.
    QString officialName;
    Category category = Category::Department;
    QString contactPerson; ///< the campaign contact the plan asks for by 04-02
    QString contactPhone;
    QString notes;
    /// The day the bureau received the unit's contact (the plan asks for it by 04-02); invalid: not yet, or
    /// not recorded. Set to the day a contact is first named when nothing else is given.
    QDate contactReceivedOn;

    /// What a document's 主送 line calls the unit: its official name, else its register name.
    [[nodiscard]] QString addresseeName() const
    {
        return officialName.trimmed().isEmpty() ? name : officialName.trimmed();
    }
    [[nodiscard]] bool hasContact() const
    {
        return !contactPerson.trimmed().isEmpty() && !contactPhone.trimmed().isEmpty();
    }
    friend bool operator==(const Unit &, const Unit &) = default;
};

/// The stored text of a category ("department", "township"); stable across versions.
[[nodiscard]] QString categoryKey(Unit::Category category);
[[nodiscard]] std::optional<Unit::Category> categoryFromKey(const QString &key);
/// The plan's own word for a category, as data (import files, status --json): 部门 / 苏木乡镇. Never
/// translated.
[[nodiscard]] QString categoryWord(Unit::Category category);
/// The clerk's word for a category in the interface (translated).
[[nodiscard]] QString categoryLabel(Unit::Category category);
/// Accepts the stored key or the Chinese label (部门, 苏木乡镇, also 乡镇 / 苏木).
[[nodiscard]] std::optional<Unit::Category> categoryFromText(const QString &text);

/// Reads a category typed by a person or an import file; refuses anything else with a message naming the
/// field and the words it accepts.
[[nodiscard]] Result<Unit::Category> parseCategory(const QString &text);

/// A rule a field broke; `field` is the member's name (name, category, contactPhone, …).
struct FieldError
{
    QString field;
    QString message;
};

/// One Invalid error from several broken rules (not empty): the first one's field, every message on its own
/// line.
[[nodiscard]] Error joined(const QList<FieldError> &problems);

/// The unit's fields as the audit log records them (stored keys, not labels).
[[nodiscard]] QJsonObject auditFields(const Unit &unit);

/// Checks a unit on its own (the duplicate-name rule needs the database and lives in the service).
[[nodiscard]] QList<FieldError> validateUnit(const Unit &unit);

/// Names the parts of a unit for messages; Q_DECLARE_TR_FUNCTIONS gives these a translation context.
class UnitText
{
    Q_DECLARE_TR_FUNCTIONS(oversight::UnitText)
public:
    static QString fieldLabel(const QString &field);
};

} // namespace oversight
