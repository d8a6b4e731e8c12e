#include "unit.h"

#include "enumnames.h"
#include "textnormal.h"

#include <QRegularExpression>

#include <algorithm>
#include <tuple>

namespace oversight {

namespace {

constexpr EnumName<Unit::Category> categoryRows[] = {
    {Unit::Category::Department, "department", u"部门",
     QT_TRANSLATE_NOOP("oversight::UnitText", "Department")},
    {Unit::Category::Township, "township", u"苏木乡镇",
     QT_TRANSLATE_NOOP("oversight::UnitText", "Township (sumu)")},
};
constexpr EnumNames categoryNames(categoryRows, "oversight::UnitText");

constexpr KeyLabel fieldLabels[] = {
    {"name", QT_TRANSLATE_NOOP("oversight::UnitText", "Unit name")},
    {"category", QT_TRANSLATE_NOOP("oversight::UnitText", "Category")},
    {"contactPerson", QT_TRANSLATE_NOOP("oversight::UnitText", "Contact person")},
    {"contactPhone", QT_TRANSLATE_NOOP("oversight::UnitText", "Contact phone")},
    {"notes", QT_TRANSLATE_NOOP("oversight::UnitText", "Notes")},
};

} // namespace

QString categoryKey(Unit::Category category)
{
    return categoryNames.key(category);
}

std::optional<Unit::Category> categoryFromKey(const QString &key)
{
    return categoryNames.fromKey(key);
}

QString categoryWord(Unit::Category category)
{
    return categoryNames.word(category);
}

QString categoryLabel(Unit::Category category)
{
    return categoryNames.label(category);
}

std::optional<Unit::Category> categoryFromText(const QString &text)
{
    if (auto category = categoryNames.parse(text, {.keyIgnoresCase = true, .label = Qt::CaseSensitive}))
        return category;
    const QString t = text.trimmed();
    if (t == QStringLiteral("乡镇") || t == QStringLiteral("苏木"))
        return Unit::Category::Township;
    return std::nullopt;
}

Result<Unit::Category> parseCategory(const QString &text)
{
    if (auto c = categoryFromText(text))
        return *c;
    return fieldError(QStringLiteral("category"),
                      UnitText::tr("Category: \"%1\" is not a category of unit; write %2 or %3.")
                          .arg(text.trimmed(), categoryWord(Unit::Category::Department),
                               categoryWord(Unit::Category::Township)));
}

QString UnitText::fieldLabel(const QString &field)
{
    return labelOfKey(fieldLabels, "oversight::UnitText", field);
}

QJsonObject auditFields(const Unit &unit)
{
    QJsonObject o{{QStringLiteral("campaign_id"), unit.campaign.value},
                  {QStringLiteral("name"), unit.name},
                  {QStringLiteral("category"), categoryKey(unit.category)},
                  {QStringLiteral("contact_person"), unit.contactPerson},
                  {QStringLiteral("contact_phone"), unit.contactPhone},
                  {QStringLiteral("notes"), unit.notes}};
    // Only once set, so that the audit records of units without one (every import) stay as they were.
    if (!unit.officialName.isEmpty())
        o.insert(QStringLiteral("official_name"), unit.officialName);
    if (unit.contactReceivedOn.isValid())
        o.insert(QStringLiteral("contact_received_on"), unit.contactReceivedOn.toString(Qt::ISODate));
    return o;
}

namespace {
/// The first number in `phone` (several are parted by 、 , ， or /) with fewer than 7 digits before its
/// extension (转); empty when every number is long enough. A local number has 7 or 8 digits.
QString shortPhoneNumber(const QString &phone)
{
    static const QRegularExpression parts(QStringLiteral("[、,，/]"));
    for (const QString &part : phone.split(parts, Qt::SkipEmptyParts)) {
        const QString number = part.section(QChar(0x8F6C), 0, 0);
        const auto digits = std::count_if(number.begin(), number.end(), [](QChar c) { return c.isDigit(); });
        if (digits < 7 && !part.trimmed().isEmpty())
            return part.trimmed();
    }
    return {};
}
} // namespace

QList<FieldError> validateUnit(const Unit &unit)
{
    QList<FieldError> errors;
    const QString name = unit.name.trimmed();
    if (name.isEmpty())
        errors.append({QStringLiteral("name"), UnitText::tr("Unit name: enter the unit's full name.")});
    else if (name.size() > 100)
        errors.append({QStringLiteral("name"),
                       UnitText::tr("Unit name: at most 100 characters (now %1).").arg(name.size())});

    const QString phone = unit.contactPhone.trimmed();
    if (!phone.isEmpty()) {
        const bool hasDigit = std::any_of(phone.begin(), phone.end(), [](QChar c) { return c.isDigit(); });
        const bool allowed = std::all_of(phone.begin(), phone.end(), [](QChar c) {
            return c.isDigit() || c == QLatin1Char('-') || c == QLatin1Char(' ') || c == QLatin1Char('+') ||
                   c == QLatin1Char('(') || c == QLatin1Char(')') || c == QLatin1Char('/') ||
                   c == QChar(0xFF08) || c == QChar(0xFF09) || c == QChar(0x3001) || c == QLatin1Char(',') ||
                   c == QChar(0xFF0C) || c == QChar(0x8F6C); // （ ） 、 ，and 转 for an extension
        });
        if (!hasDigit)
            errors.append(
                {QStringLiteral("contactPhone"),
                 UnitText::tr("Contact phone: \"%1\" has no digits; enter a number such as 0475-1234567.")
                     .arg(phone)});
        else if (!allowed)
            errors.append({QStringLiteral("contactPhone"),
                           UnitText::tr("Contact phone: \"%1\" may hold only digits, spaces and the signs + "
                                        "- / ( ) , 、 and 转 (extension).")
                               .arg(phone)});
        else if (const QString shortOne = shortPhoneNumber(phone); !shortOne.isEmpty())
            errors.append({QStringLiteral("contactPhone"),
                           UnitText::tr("Contact phone: \"%1\" is too short for a phone number (at least 7 "
                                        "digits); enter a number such as 0475-1234567 or an 11-digit mobile "
                                        "number.")
                               .arg(shortOne)});
    }
    if (unit.contactPerson.trimmed().size() > 50)
        errors.append(
            {QStringLiteral("contactPerson"), UnitText::tr("Contact person: at most 50 characters.")});
    // Control characters and direction overrides would reach documents and terminals: never stored.
    for (const auto &[field, text, multiLine] :
         {std::tuple{QStringLiteral("name"), unit.name, false},
          std::tuple{QStringLiteral("contactPerson"), unit.contactPerson, false},
          std::tuple{QStringLiteral("contactPhone"), unit.contactPhone, false},
          std::tuple{QStringLiteral("notes"), unit.notes, true}}) {
        if (const QString problem = forbiddenCharacterProblem(UnitText::fieldLabel(field), text, multiLine);
            !problem.isEmpty()) {
            // The field's other complaints (a phone "without digits") would only quote the bad text again.
            const QString refused = field;
            errors.erase(std::remove_if(errors.begin(), errors.end(),
                                        [&refused](const FieldError &e) { return e.field == refused; }),
                         errors.end());
            errors.append({field, problem});
        }
    }
    return errors;
}

Error joined(const QList<FieldError> &problems)
{
    Error e = fieldError(problems.first().field, problems.first().message);
    for (qsizetype i = 1; i < problems.size(); ++i)
        e.message += QLatin1Char('\n') + problems.at(i).message;
    return e;
}

} // namespace oversight
