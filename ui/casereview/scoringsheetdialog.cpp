#include "scoringsheetdialog.h"

#include "services/casereviewservice.h"
#include "widgets/formdialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace oversight {

namespace {
constexpr int KeyRole = Qt::UserRole;
constexpr int KindRole = Qt::UserRole + 1; // 1 veto, 2 deduction
constexpr int ProblemRole = Qt::UserRole + 2;

/// The sheet stored for `file`, or a new one signed by the file's two reviewers.
ReviewSheet sheetOf(CaseReviewService &service, const DrawnFile &file)
{
    if (const auto loaded = service.sheet(file.id); loaded && loaded->has_value())
        return **loaded;
    ReviewSheet s;
    if (!file.reviewer1.isEmpty())
        s.reviewers = file.reviewer1 + QStringLiteral("、") + file.reviewer2;
    return s;
}
} // namespace

ScoringSheetDialog::ScoringSheetDialog(CaseReviewService &service, ScoringSpec spec, DrawnFile file,
                                       QDate today, QWidget *parent)
    : RecordDialog(parent), m_service(service), m_spec(std::move(spec)), m_file(std::move(file)),
      m_form(sheetOf(service, m_file), this)
{
    setObjectName(QStringLiteral("scoringSheetDialog"));
    setWindowTitle(tr("Scoring sheet: %1 %2").arg(m_file.unitName, m_file.number));

    m_form
        .row(tr("Case file:"),
             new QLabel(QStringLiteral("%1　%2　%3").arg(m_file.unitName, m_file.number, m_file.title), this))
        ->setWordWrap(true);
    m_reviewers = m_form.line(tr("Reviewers:"), QStringLiteral("reviewersEdit"), &ReviewSheet::reviewers);
    m_form.date(tr("Review date:"), QStringLiteral("reviewDateEdit"), &ReviewSheet::reviewedOn, today);
    QCheckBox *noLegalReview =
        m_form.check(tr("A major decision was made without legal review (法制审核): cannot be 优秀"),
                     QStringLiteral("noLegalReviewCheck"), &ReviewSheet::noLegalReview);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("scoringTree"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Item"), tr("Points"), tr("Note")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setColumnWidth(2, 260);
    m_tree->setAlternatingRowColors(true);
    m_tree->setMinimumHeight(360);

    const auto findingOf = [this](const QString &key) -> const ReviewFinding * {
        for (const ReviewFinding &f : m_form.record().findings)
            if (f.itemKey == key)
                return &f;
        return nullptr;
    };
    const auto line = [&](QTreeWidgetItem *parentItem, const QString &key, const QString &text,
                          const QString &points, int kind) {
        auto *item = new QTreeWidgetItem(parentItem, {text, points, QString()});
        item->setData(0, KeyRole, key);
        item->setData(0, KindRole, kind);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsEditable);
        const ReviewFinding *f = findingOf(key);
        item->setCheckState(0, f ? Qt::Checked : Qt::Unchecked);
        if (f) {
            item->setText(2, f->note);
            item->setData(0, ProblemRole, f->problem.value);
        }
        item->setToolTip(0, text);
    };
    auto *vetoes =
        new QTreeWidgetItem(m_tree, {tr("Veto items (any one: 0 points, 不合格)"), QString(), QString()});
    vetoes->setFirstColumnSpanned(false);
    QFont bold = vetoes->font(0);
    bold.setBold(true);
    vetoes->setFont(0, bold);
    for (const VetoItem &v : m_spec.vetoItems)
        line(vetoes, v.key, v.text, tr("veto"), 1);
    for (const ScoringGroup &g : m_spec.groups) {
        auto *group = new QTreeWidgetItem(m_tree, {g.title, tr("%1 points").arg(g.points), QString()});
        group->setFont(0, bold);
        group->setData(0, KeyRole, g.key);
        for (const ScoringItem &i : g.items)
            line(group, i.key, i.text, QStringLiteral("−") + scoreText(i.halfPoints / 2.0), 2);
    }
    m_tree->expandAll();
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (column == 2 && !item->text(2).isEmpty() && item->checkState(0) == Qt::Unchecked)
            item->setCheckState(0, Qt::Checked); // a note means the line applies
        updateScore();
    });
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item, int) {
        if (item->data(0, KindRole).toInt() > 0)
            m_tree->editItem(item, 2);
    });
    connect(noLegalReview, &QCheckBox::toggled, this, &ScoringSheetDialog::updateScore);

    // Laid below the tree, read back with the rest.
    auto *conclusion = m_form.bind(
        FormDialog::textBox(m_form.record().conclusion, 2, QStringLiteral("conclusionEdit"), this),
        [](ReviewSheet &s, const QPlainTextEdit *w) { s.conclusion = w->toPlainText(); });
    m_score = new QLabel(this);
    m_score->setObjectName(QStringLiteral("scoreLabel"));
    QFont big = m_score->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_score->setFont(big);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form.layout());
    layout->addWidget(m_tree, 1);
    auto *bottom = new QFormLayout;
    bottom->addRow(tr("Conclusion:"), conclusion);
    layout->addLayout(bottom);
    layout->addWidget(m_score);
    layout->addWidget(errorLine());
    layout->addWidget(
        FormDialog::buttons(this, QDialogButtonBox::Save, tr("&Save"), QStringLiteral("saveButton")));
    resize(860, 680);
    updateScore();
}

ReviewSheet ScoringSheetDialog::sheet() const
{
    ReviewSheet s = m_form.edited();
    s.drawnFile = m_file.id;
    s.findings.clear(); // the ticked lines of the tree
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *group = m_tree->topLevelItem(i);
        for (int j = 0; j < group->childCount(); ++j) {
            const QTreeWidgetItem *item = group->child(j);
            if (item->checkState(0) != Qt::Checked)
                continue;
            ReviewFinding f;
            f.kind = item->data(0, KindRole).toInt() == 1 ? ReviewFinding::Kind::Veto
                                                          : ReviewFinding::Kind::Deduction;
            f.itemKey = item->data(0, KeyRole).toString();
            if (const ScoringItem *spec = m_spec.item(f.itemKey))
                f.halfPoints = spec->halfPoints;
            f.note = item->text(2);
            f.problem = ProblemId(item->data(0, ProblemRole).toLongLong());
            s.findings.push_back(f);
        }
    }
    return s;
}

void ScoringSheetDialog::tick(const QString &key, const QString &note)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = m_tree->topLevelItem(i);
        for (int j = 0; j < group->childCount(); ++j) {
            QTreeWidgetItem *item = group->child(j);
            if (item->data(0, KeyRole).toString() == key) {
                item->setCheckState(0, Qt::Checked);
                item->setText(2, note);
            }
        }
    }
}

void ScoringSheetDialog::setReviewers(const QString &names)
{
    m_reviewers->setText(names);
}

void ScoringSheetDialog::updateScore()
{
    const ReviewSheet s = sheet();
    const SheetScore score = scoreSheet(m_spec, s);
    const QSignalBlocker quiet(m_tree);
    int i = 0;
    for (int t = 0; t < m_tree->topLevelItemCount(); ++t) {
        QTreeWidgetItem *group = m_tree->topLevelItem(t);
        if (group->data(0, KeyRole).toString().isEmpty())
            continue; // the veto items
        if (size_t(i) < score.groupHalfPoints.size() && size_t(i) < m_spec.groups.size())
            group->setText(1, tr("%1 of %2")
                                  .arg(scoreText(score.groupHalfPoints[size_t(i)] / 2.0))
                                  .arg(m_spec.groups[size_t(i)].points));
        ++i;
    }
    m_score->setText(score.vetoed
                         ? tr("Score: 0 (veto item) — %1").arg(gradeWord(score.grade))
                         : tr("Score: %1 — %2").arg(scoreText(score.score()), gradeWord(score.grade)));
}

void ScoringSheetDialog::accept()
{
    closeWhenSaved(m_service.saveSheet(sheet()));
}

} // namespace oversight
