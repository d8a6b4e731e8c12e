#include "formeditor.h"

#include "recordtable.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace oversight {

namespace {

constexpr int committedRole = Qt::UserRole + 1;
constexpr int findingRole = Qt::UserRole + 2;
const QColor errorColour(0xf8, 0xd0, 0xd0);
const QColor warningColour(0xfb, 0xee, 0xc0);
const QColor derivedColour(0xee, 0xee, 0xee);

/// A drop-down for choice and yes/no cells; other cells get the plain line editor.
class ChoiceDelegate final : public QStyledItemDelegate
{
public:
    using Lookup = std::function<const FieldSpec *(const QModelIndex &)>;
    ChoiceDelegate(Lookup lookup, QObject *parent) : QStyledItemDelegate(parent), m_lookup(std::move(lookup))
    {}

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        const FieldSpec *f = m_lookup(index);
        if (!f || (f->type != FieldSpec::Type::Choice && f->type != FieldSpec::Type::YesNo))
            return QStyledItemDelegate::createEditor(parent, option, index);
        auto *combo = new QComboBox(parent);
        combo->addItem(QString());
        combo->addItems(f->type == FieldSpec::Type::YesNo
                            ? QStringList{QStringLiteral("是"), QStringLiteral("否")}
                            : f->choices);
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            combo->setCurrentIndex(std::max(0, combo->findText(index.data().toString())));
        else
            QStyledItemDelegate::setEditorData(editor, index);
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            model->setData(index, combo->currentText());
        else
            QStyledItemDelegate::setModelData(editor, model, index);
    }

private:
    Lookup m_lookup;
};

/// Excel's clipboard: rows by line, cells by tab; a cell holding a line break or a tab comes quoted.
std::vector<QStringList> parseClipboard(const QString &text)
{
    std::vector<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"') && cell.isEmpty()) {
            quoted = true;
        } else if (c == QLatin1Char('\t')) {
            row.append(cell);
            cell.clear();
        } else if (c == QLatin1Char('\n')) {
            row.append(cell);
            rows.push_back(row);
            row.clear();
            cell.clear();
        } else if (c != QLatin1Char('\r')) {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty()) {
        row.append(cell);
        rows.push_back(row);
    }
    return rows;
}

} // namespace

class CellEdit final : public QUndoCommand
{
public:
    CellEdit(FormEditor *editor, QTableWidget *table, int row, int column, QString before, QString after)
        : m_editor(editor), m_table(table), m_row(row), m_column(column), m_before(std::move(before)),
          m_after(std::move(after))
    {
        setText(FormEditor::tr("edit a cell"));
    }
    void redo() override { m_editor->setCell(m_table, m_row, m_column, m_after); }
    void undo() override { m_editor->setCell(m_table, m_row, m_column, m_before); }

private:
    FormEditor *m_editor;
    QTableWidget *m_table;
    int m_row;
    int m_column;
    QString m_before;
    QString m_after;
};

class RowsEdit final : public QUndoCommand
{
public:
    RowsEdit(FormEditor *editor, int at, std::vector<QStringList> rows, bool insert)
        : m_editor(editor), m_at(at), m_rows(std::move(rows)), m_insert(insert)
    {
        setText(insert ? FormEditor::tr("add rows") : FormEditor::tr("remove rows"));
    }
    void redo() override { m_insert ? apply() : revert(); }
    void undo() override { m_insert ? revert() : apply(); }

private:
    void apply() { m_editor->insertRows(m_at, m_rows); }
    void revert() { m_editor->removeRows(m_at, int(m_rows.size())); }
    FormEditor *m_editor;
    int m_at;
    std::vector<QStringList> m_rows;
    bool m_insert;
};

FormEditor::FormEditor(QWidget *parent) : QWidget(parent), m_undo(new QUndoStack(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_fieldsTitle = new QLabel(this);
    m_fields = new QTableWidget(this);
    m_fields->setObjectName(QStringLiteral("formFields"));
    m_fields->setColumnCount(2);
    m_fields->setHorizontalHeaderLabels({tr("Item"), tr("Value")});
    m_fields->verticalHeader()->hide();
    m_fields->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_fields->horizontalHeader()->setStretchLastSection(true);
    m_rowsTitle = new QLabel(this);
    m_rows = new QTableWidget(this);
    m_rows->setObjectName(QStringLiteral("formRows"));
    m_rows->setWordWrap(true);
    m_rows->installEventFilter(this);
    m_rows->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_addRow = namedButton(tr("Add row"), "addRow", this);
    m_removeRow = namedButton(tr("Remove rows"), "removeRows", this);
    m_paste = namedButton(tr("Paste from Excel"), "pasteRows", this);
    m_paste->setToolTip(tr("Paste rows copied in Excel or WPS (Ctrl+V in the table does the same)"));
    auto *undo = namedButton(tr("Undo"), "undo", this);
    auto *redo = namedButton(tr("Redo"), "redo", this);
    auto *rowButtons = buttonRow({m_addRow, m_removeRow, m_paste}, {undo, redo});
    m_findingList = new QListWidget(this);
    m_findingList->setObjectName(QStringLiteral("formFindings"));
    m_findingList->setMaximumHeight(110);

    layout->addWidget(m_fieldsTitle);
    layout->addWidget(m_fields, 2);
    layout->addWidget(m_rowsTitle);
    layout->addWidget(m_rows, 3);
    layout->addLayout(rowButtons);
    layout->addWidget(new QLabel(tr("Checks (click a message to go to its cell):"), this));
    layout->addWidget(m_findingList);

    const auto lookup = [this](QTableWidget *table) {
        return [this, table](const QModelIndex &i) { return specOf(table, i.row(), i.column()); };
    };
    m_fields->setItemDelegate(new ChoiceDelegate(lookup(m_fields), this));
    m_rows->setItemDelegate(new ChoiceDelegate(lookup(m_rows), this));
    connect(m_fields, &QTableWidget::itemChanged, this, &FormEditor::cellEdited);
    connect(m_rows, &QTableWidget::itemChanged, this, &FormEditor::cellEdited);
    connect(m_addRow, &QPushButton::clicked, this, &FormEditor::addRow);
    connect(m_removeRow, &QPushButton::clicked, this, &FormEditor::removeSelectedRows);
    connect(m_paste, &QPushButton::clicked, this, [this] { pasteText(QApplication::clipboard()->text()); });
    connect(undo, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(redo, &QPushButton::clicked, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canUndoChanged, undo, &QPushButton::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, redo, &QPushButton::setEnabled);
    undo->setEnabled(false);
    redo->setEnabled(false);
    auto *undoAction = m_undo->createUndoAction(this);
    undoAction->setShortcut(QKeySequence::Undo);
    undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    auto *redoAction = m_undo->createRedoAction(this);
    redoAction->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undoAction);
    addAction(redoAction);
    connect(m_findingList, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        const int i = item->data(findingRole).toInt();
        if (i >= 0 && size_t(i) < m_findings.size())
            goToFinding(m_findings[size_t(i)]);
    });
}

const FieldSpec *FormEditor::specOf(QTableWidget *table, int row, int column) const
{
    if (table == m_fields)
        return column == 1 && row >= 0 && row < m_spec.fields.size() ? &m_spec.fields.at(row) : nullptr;
    return column >= 0 && column < m_spec.columns.size() ? &m_spec.columns.at(column) : nullptr;
}

void FormEditor::setForm(const FormSpec &spec, const FormData &data, QDate today)
{
    m_spec = spec;
    m_today = today;
    const FormData d = data.normalized(spec);
    m_applying = true;
    m_fields->setRowCount(0);
    m_rows->setRowCount(0);
    const bool hasFields = !spec.fields.isEmpty();
    m_fieldsTitle->setVisible(hasFields);
    m_fields->setVisible(hasFields);
    m_fieldsTitle->setText(tr("Figures"));
    m_fields->setRowCount(int(spec.fields.size()));
    for (int r = 0; r < spec.fields.size(); ++r) {
        const FieldSpec &f = spec.fields.at(r);
        auto *label = new QTableWidgetItem(f.required ? f.label + QStringLiteral(" *") : f.label);
        label->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        label->setToolTip(f.hint.isEmpty() ? fieldTypeLabel(f.type) : f.hint);
        m_fields->setItem(r, 0, label);
        auto *value = new QTableWidgetItem(d.values.value(f.key));
        value->setData(committedRole, d.values.value(f.key));
        if (f.isDerived()) {
            value->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            value->setBackground(derivedColour);
            value->setToolTip(tr("Computed from the other figures"));
        }
        m_fields->setItem(r, 1, value);
    }

    const bool hasRows = spec.hasRows();
    m_rowsTitle->setVisible(hasRows);
    m_rows->setVisible(hasRows);
    m_addRow->setVisible(hasRows && !spec.fixedRows());
    m_removeRow->setVisible(hasRows && !spec.fixedRows());
    m_paste->setVisible(hasRows);
    m_rowsTitle->setText(spec.rowsTitle.isEmpty() ? (spec.fixedRows() ? tr("Items") : tr("Rows"))
                                                  : spec.rowsTitle);
    QStringList headers;
    for (const FieldSpec &c : spec.columns)
        headers.append(c.required ? c.label + QStringLiteral(" *") : c.label);
    m_rows->setColumnCount(int(spec.columns.size()));
    m_rows->setHorizontalHeaderLabels(headers);
    m_applying = false;
    std::vector<QStringList> rows;
    for (const FormData::Row &row : d.rows) {
        QStringList cells;
        for (const FieldSpec &c : spec.columns)
            cells.append(row.value(c.key));
        rows.push_back(cells);
    }
    insertRows(0, rows);
    if (spec.fixedRows()) {
        QStringList items;
        for (const ItemSpec &i : spec.items)
            items.append(i.label);
        m_rows->setVerticalHeaderLabels(items);
        m_rows->verticalHeader()->setMaximumWidth(260);
        m_rows->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    }
    // A few columns share the width; a wide register keeps readable columns and scrolls.
    if (m_rows->columnCount() <= 8) {
        m_rows->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    } else {
        m_rows->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
        m_rows->resizeColumnsToContents();
        for (int c = 0; c < m_rows->columnCount(); ++c)
            m_rows->setColumnWidth(c, std::clamp(m_rows->columnWidth(c), 80, 220));
        m_rows->horizontalHeader()->setStretchLastSection(true);
    }
    m_undo->clear();
    setReadOnly(m_readOnly);
    refresh();
}

void FormEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    const auto triggers = readOnly ? QAbstractItemView::NoEditTriggers
                                   : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                         QAbstractItemView::AnyKeyPressed;
    m_fields->setEditTriggers(triggers);
    m_rows->setEditTriggers(triggers);
    m_addRow->setEnabled(!readOnly);
    m_removeRow->setEnabled(!readOnly);
    m_paste->setEnabled(!readOnly);
}

FormData FormEditor::data() const
{
    FormData d;
    for (int r = 0; r < m_fields->rowCount() && r < m_spec.fields.size(); ++r) {
        const FieldSpec &f = m_spec.fields.at(r);
        if (!f.isDerived() && m_fields->item(r, 1) && !m_fields->item(r, 1)->text().trimmed().isEmpty())
            d.values.insert(f.key, m_fields->item(r, 1)->text().trimmed());
    }
    for (int r = 0; r < m_rows->rowCount(); ++r) {
        FormData::Row row;
        for (int c = 0; c < m_spec.columns.size(); ++c) {
            const QTableWidgetItem *item = m_rows->item(r, c);
            if (item && !item->text().trimmed().isEmpty())
                row.insert(m_spec.columns.at(c).key, item->text().trimmed());
        }
        d.rows.push_back(row);
    }
    return d;
}

void FormEditor::cellEdited(QTableWidgetItem *item)
{
    if (m_applying)
        return;
    QTableWidget *table = item->tableWidget();
    const QString before = item->data(committedRole).toString();
    QString after = item->text().trimmed();
    if (const FieldSpec *f = specOf(table, item->row(), item->column()))
        if (const auto canonical = readFieldValue(*f, after))
            after = *canonical; // 2022/5/21 becomes 2022-05-21 as the clerk leaves the cell
    if (after == before) {
        setCell(table, item->row(), item->column(), before);
        return;
    }
    m_undo->push(new CellEdit(this, table, item->row(), item->column(), before, after));
}

void FormEditor::setCell(QTableWidget *table, int row, int column, const QString &value)
{
    m_applying = true;
    QTableWidgetItem *item = table->item(row, column);
    if (!item) {
        item = new QTableWidgetItem;
        table->setItem(row, column, item);
    }
    item->setText(value);
    item->setData(committedRole, value);
    m_applying = false;
    refresh();
}

void FormEditor::insertRows(int at, const std::vector<QStringList> &rows)
{
    m_applying = true;
    for (size_t i = 0; i < rows.size(); ++i) {
        const int r = at + int(i);
        m_rows->insertRow(r);
        for (int c = 0; c < m_rows->columnCount(); ++c) {
            auto *item = new QTableWidgetItem(rows[i].value(c));
            item->setData(committedRole, rows[i].value(c));
            m_rows->setItem(r, c, item);
        }
    }
    m_applying = false;
    refresh();
}

void FormEditor::removeRows(int at, int count)
{
    m_applying = true;
    for (int i = 0; i < count; ++i)
        m_rows->removeRow(at);
    m_applying = false;
    refresh();
}

FormEditor::~FormEditor()
{
    m_applying = true;
    disconnect(m_rows, nullptr, this, nullptr);
    disconnect(m_fields, nullptr, this, nullptr);
}

void FormEditor::addRow()
{
    m_undo->push(new RowsEdit(this, m_rows->rowCount(), {QStringList()}, true));
    m_rows->setCurrentCell(m_rows->rowCount() - 1, 0);
    // What the clerk types next goes into the new row's first cell, not to the button just pressed.
    m_rows->setFocus(Qt::OtherFocusReason);
    m_rows->edit(m_rows->currentIndex());
}

void FormEditor::removeSelectedRows()
{
    QList<int> rows;
    for (const QModelIndex &i : m_rows->selectionModel()->selectedIndexes())
        if (!rows.contains(i.row()))
            rows.append(i.row());
    if (rows.isEmpty() && m_rows->currentRow() >= 0)
        rows.append(m_rows->currentRow());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    if (rows.isEmpty())
        return;
    m_undo->beginMacro(tr("remove rows"));
    for (int r : rows) {
        QStringList cells;
        for (int c = 0; c < m_rows->columnCount(); ++c)
            cells.append(m_rows->item(r, c) ? m_rows->item(r, c)->text() : QString());
        m_undo->push(new RowsEdit(this, r, {cells}, false));
    }
    m_undo->endMacro();
}

void FormEditor::pasteText(const QString &text)
{
    if (m_readOnly || !m_spec.hasRows())
        return;
    const std::vector<QStringList> rows = parseClipboard(text);
    if (rows.empty())
        return;
    int startRow = m_rows->currentRow();
    int startColumn = std::max(0, m_rows->currentColumn());
    if (startRow < 0) {
        startRow = m_spec.fixedRows() ? 0 : m_rows->rowCount();
        startColumn = 0;
    }
    m_undo->beginMacro(tr("paste %n row(s)", nullptr, int(rows.size())));
    const int needed = startRow + int(rows.size()) - m_rows->rowCount();
    if (needed > 0 && !m_spec.fixedRows())
        m_undo->push(new RowsEdit(this, m_rows->rowCount(), std::vector<QStringList>(size_t(needed)), true));
    for (size_t i = 0; i < rows.size(); ++i) {
        const int r = startRow + int(i);
        if (r >= m_rows->rowCount())
            break;
        for (qsizetype c = 0; c < rows[i].size(); ++c) {
            const int column = startColumn + int(c);
            if (column >= m_rows->columnCount())
                break;
            QString value = rows[i].at(c).trimmed();
            if (const auto canonical = readFieldValue(m_spec.columns.at(column), value))
                value = *canonical;
            const QString before = m_rows->item(r, column) ? m_rows->item(r, column)->text() : QString();
            if (value != before)
                m_undo->push(new CellEdit(this, m_rows, r, column, before, value));
        }
    }
    m_undo->endMacro();
}

bool FormEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_rows && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->matches(QKeySequence::Paste)) {
        pasteText(QApplication::clipboard()->text());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void FormEditor::goToFinding(const FormFinding &finding)
{
    if (finding.row < 0) {
        for (int r = 0; r < m_spec.fields.size(); ++r)
            if (m_spec.fields.at(r).key == finding.field) {
                m_fields->setCurrentCell(r, 1);
                m_fields->setFocus();
                m_fields->scrollToItem(m_fields->item(r, 1));
            }
        return;
    }
    for (int c = 0; c < m_spec.columns.size(); ++c)
        if (m_spec.columns.at(c).key == finding.field) {
            m_rows->setCurrentCell(finding.row, c);
            m_rows->setFocus();
            if (m_rows->item(finding.row, c))
                m_rows->scrollToItem(m_rows->item(finding.row, c));
        }
}

void FormEditor::refresh()
{
    if (m_applying)
        return;
    const FormData d = data();
    m_applying = true;
    for (int r = 0; r < m_spec.fields.size() && r < m_fields->rowCount(); ++r) {
        const FieldSpec &f = m_spec.fields.at(r);
        QTableWidgetItem *item = m_fields->item(r, 1);
        if (f.isDerived())
            item->setText(derivedValue(m_spec, d, f));
        else
            item->setBackground(QBrush());
        item->setToolTip(f.isDerived() ? tr("Computed from the other figures") : QString());
    }
    for (int r = 0; r < m_rows->rowCount(); ++r)
        for (int c = 0; c < m_rows->columnCount(); ++c)
            if (QTableWidgetItem *item = m_rows->item(r, c)) {
                item->setBackground(QBrush());
                item->setToolTip(QString());
            }
    m_findings = checkForm(m_spec, d.normalized(m_spec), m_today);
    m_findingList->clear();
    for (size_t i = 0; i < m_findings.size(); ++i) {
        const FormFinding &f = m_findings[i];
        auto *entry = new QListWidgetItem((f.isError() ? tr("Error: %1") : tr("Warning: %1")).arg(f.message),
                                          m_findingList);
        entry->setData(findingRole, int(i));
        entry->setForeground(f.isError() ? QColor(0xa0, 0x10, 0x10) : QColor(0x80, 0x60, 0x00));
        QTableWidgetItem *cell = nullptr;
        if (f.row < 0) {
            for (int r = 0; r < m_spec.fields.size(); ++r)
                if (m_spec.fields.at(r).key == f.field)
                    cell = m_fields->item(r, 1);
        } else {
            for (int c = 0; c < m_spec.columns.size(); ++c)
                if (m_spec.columns.at(c).key == f.field)
                    cell = m_rows->item(f.row, c);
        }
        if (cell) {
            // An error colours the cell over a warning.
            if (f.isError() || cell->background().color() != errorColour)
                cell->setBackground(f.isError() ? errorColour : warningColour);
            cell->setToolTip(cell->toolTip().isEmpty() ? f.message
                                                       : cell->toolTip() + QLatin1Char('\n') + f.message);
        }
    }
    if (m_findings.empty())
        new QListWidgetItem(tr("No findings: the form passes every check."), m_findingList);
    m_applying = false;
    Q_EMIT changed();
}

} // namespace oversight
