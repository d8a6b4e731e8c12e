#pragma once

#include <QJsonArray>
#include <QString>

namespace oversight {

/// An attachment form's definition (附件1 … 附件7). The fields, fixed rows and checks are kept as the
/// campaign file states them; the form editor reads them. The kind decides how the form is drawn.
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
    QJsonArray fields;
    QJsonArray items;
    QJsonArray checks;
};

} // namespace oversight
