#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace oversight {

/// One field of a form: a named figure of the form, or a column of its rows (checklist items, register
/// rows). Values are kept as text in a canonical form (see formdata.h); the type says how to read them.
struct FieldSpec
{
    enum class Type
    {
        Text,
        Integer, ///< a whole number ≥ 0 (counts)
        Decimal,
        Date,        ///< YYYY-MM-DD
        YesNo,       ///< 是 / 否
        Choice,      ///< one of `choices`
        MultiChoice, ///< several of `choices`, joined by 、
    };
    /// How a derived field is computed from other fields of the form.
    enum class Derivation
    {
        None,
        Sum,      ///< the sum of `of`
        Percent,  ///< of[0] as a share of of[1], in percent with one decimal
        RowCount, ///< the number of rows the form has
    };

    QString key; ///< stable key in stored data and checks, e.g. "cases_total"
    QString label;
    Type type = Type::Text;
    bool required = false;
    QStringList choices;
    QString hint;
    Derivation derivation = Derivation::None;
    QStringList of;
    /// What the program reads this field as: "cases_total" and "cases_self_checked" give the 30% rule.
    QString role;
    /// A figure the form's own rows count (附件2: the total is the number of files its 案卷目录 lists): filled
    /// from the rows when left empty, and an error when typed otherwise. `rowsWhere` picks the rows counted
    /// (unset: every row). Declared FormCondition below, so kept as its parts here.
    bool fromRows = false;
    QString rowsWhereField;
    QStringList rowsWhereIn;

    [[nodiscard]] bool isDerived() const { return derivation != Derivation::None; }
    [[nodiscard]] bool isNumber() const { return type == Type::Integer || type == Type::Decimal; }
};

/// A fixed row of a checklist (自查事项).
struct ItemSpec
{
    QString key;
    QString label;
};

/// A condition on a row's (or the form's) value: the check applies only where it holds.
struct FormCondition
{
    QString field;
    QStringList in;    ///< holds when the value is one of these (for a multi-choice: contains one)
    QStringList notIn; ///< holds when the value is none of these
    int filled = -1;   ///< 1: holds when filled; 0: when empty; -1: not asked

    [[nodiscard]] bool isSet() const { return !field.isEmpty(); }
};

/// One side of a comparison: a field, a number, a sum of fields, or the self-check files a total requires.
struct FormOperand
{
    enum class Kind
    {
        Field,
        Number,
        Sum,
        SelfCheckRequired, ///< SelfCheckFigures::requiredFor(the field named in `fields`)
    };
    Kind kind = Kind::Number;
    QStringList fields;
    double number = 0;
};

/// A check of a form (forms.md "Checks"). An error keeps the form from being accepted; a warning is shown
/// and kept. The message is written in the campaign file, in the clerk's language; it names the field and
/// the rule.
struct CheckSpec
{
    enum class Level
    {
        Error,
        Warning
    };
    enum class Rule
    {
        Compare,    ///< left op right (numbers or dates); form scope or every row
        RequiredIf, ///< `field` is filled wherever `when` holds
        Unique,     ///< `field` differs in every row
        InList,     ///< `field` is one of `values` wherever `when` holds
        Expiry,     ///< the date in `field` is more than `days` after today
    };
    enum class Scope
    {
        Form,
        Rows
    };

    QString id;
    Level level = Level::Error;
    Rule rule = Rule::Compare;
    Scope scope = Scope::Form;
    QString field; ///< where the message points (the left side's first field for a comparison)
    QString op;    ///< Compare: == != <= >= < >
    FormOperand left;
    FormOperand right;
    QStringList values;
    int days = 0;
    FormCondition when;
    QString message;
};

/// A written report units hand in besides the forms (书面材料): tracked by received date, note and an
/// evidence file, with the same late-day rule.
struct ReportSpec
{
    QString id; ///< e.g. "自查书面材料"; distinct from every form id
    QString title;
    QString deadlineKey;
};

/// An attachment form's definition (附件1 … 附件7), read from the campaign file. The kind decides how the
/// form is drawn: a checklist has fixed `items` answered in `columns`; figures are named `fields`; a
/// register is rows of `columns` the unit adds. A checklist or figures form may carry the other part too
/// (附件1 has figures under its checklist; 附件2 has its case list as a register).
struct FormSpec
{
    enum class Kind
    {
        Checklist,
        Figures,
        Register
    };

    QString id; ///< as the plan names it: "附件1", "附件3-2"
    QString title;
    int area = 0; ///< the reform area it reports on (1–10)
    Kind kind = Kind::Checklist;
    QString deadlineKey; ///< key of the Deadline by which units hand it in
    /// Only the units with case files drawn in the spot check owe it (附件7: the drawn files' entry into the
    /// regional platform); a unit with nothing drawn has nothing to hand in.
    bool owedByDrawnUnitsOnly = false;
    /// "implementation_plan": the unit's 实施方案 with its 分管领导 and 牵头机构 (phase 1, 四(一)); its first
    /// receipt is status --json's plan_received. Empty for the other forms.
    QString role;
    QList<FieldSpec> fields;
    QList<FieldSpec> columns;
    QString rowsTitle; ///< the register part's title, e.g. 案卷目录
    QList<ItemSpec> items;
    QList<CheckSpec> checks;

    /// Rows are fixed items (checklist) or free rows (a register part).
    [[nodiscard]] bool hasRows() const { return !columns.isEmpty(); }
    [[nodiscard]] bool fixedRows() const { return kind == Kind::Checklist; }
    [[nodiscard]] const FieldSpec *field(const QString &key) const
    {
        for (const FieldSpec &f : fields)
            if (f.key == key)
                return &f;
        return nullptr;
    }
    [[nodiscard]] const FieldSpec *column(const QString &key) const
    {
        for (const FieldSpec &f : columns)
            if (f.key == key)
                return &f;
        return nullptr;
    }
    [[nodiscard]] const FieldSpec *fieldWithRole(const QString &fieldRole) const
    {
        for (const FieldSpec &f : fields)
            if (f.role == fieldRole)
                return &f;
        return nullptr;
    }
    /// A register wider than a portrait page prints in landscape.
    [[nodiscard]] bool wide() const { return columns.size() > 6; }
};

} // namespace oversight
