#include "searchablecombo.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>

namespace oversight {

void makeSearchable(QComboBox *combo)
{
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    auto *completer = new QCompleter(combo->model(), combo);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    combo->setCompleter(completer);
    QObject::connect(combo->lineEdit(), &QLineEdit::editingFinished, combo, [combo] {
        const int match = combo->findText(combo->currentText(), Qt::MatchFixedString);
        if (match >= 0)
            combo->setCurrentIndex(match);
        else
            combo->setEditText(combo->itemText(combo->currentIndex()));
    });
}

} // namespace oversight
