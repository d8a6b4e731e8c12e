#include "outputmenu.h"

#include <QMenu>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QScreen>
#include <QStyle>
#include <QToolButton>

#include <algorithm>
#include <memory>

namespace oversight {

namespace {

std::unique_ptr<QPrinter> printerFor(const OutputMenu::Paper &paper)
{
    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    printer->setFullPage(true);
    printer->setPageOrientation(paper.orientation);
    return printer;
}

QPrintPreviewDialog *previewOn(QPrinter *printer, QWidget *parent, const OutputMenu::Paper &paper,
                               const OutputMenu::Paint &paint)
{
    auto *dialog = new QPrintPreviewDialog(printer, parent);
    dialog->setObjectName(paper.previewName);
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, parent, paint);
    // Readable at the page's zoom, but never taller than a laptop's screen (1366 × 768).
    const QRect screen = parent->screen()->availableGeometry();
    dialog->resize(std::min(paper.preview.width(), screen.width()),
                   std::min(paper.preview.height(), screen.height() * 9 / 10));
    return dialog;
}

} // namespace

QList<QPushButton *> OutputMenu::buttons(QWidget *parent, const QList<Entry> &entries)
{
    QList<QPushButton *> out;
    for (const Entry &e : entries) {
        auto *b = new QPushButton(e.text, parent);
        b->setObjectName(e.objectName);
        QObject::connect(b, &QPushButton::clicked, parent, e.run);
        out.append(b);
    }
    return out;
}

QToolButton *OutputMenu::menuButton(QWidget *parent, const QString &text, const QString &objectName,
                                    const QList<Entry> &entries)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setText(text);
    button->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(button);
    for (const Entry &e : entries) {
        QAction *a = menu->addAction(e.text, parent, e.run);
        a->setObjectName(e.objectName);
    }
    button->setMenu(menu);
    // The menu arrow is drawn over the end of a tool button's text in some styles: room for it beside.
    button->setMinimumWidth(button->sizeHint().width() +
                            button->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, button));
    return button;
}

void OutputMenu::preview(QWidget *parent, const Paper &paper, const Paint &paint)
{
    const auto printer = printerFor(paper);
    std::unique_ptr<QPrintPreviewDialog> dialog(previewOn(printer.get(), parent, paper, paint));
    dialog->exec();
}

void OutputMenu::print(QWidget *parent, const Paper &paper, const Paint &paint)
{
    const auto printer = printerFor(paper);
    QPrintDialog dialog(printer.get(), parent);
    if (dialog.exec() == QDialog::Accepted)
        paint(printer.get());
}

QPrintPreviewDialog *OutputMenu::openPreview(QWidget *parent, const Paper &paper, const QString &title,
                                             const Paint &paint)
{
    std::shared_ptr<QPrinter> printer = printerFor(paper);
    // The printer lives as long as the preview: the paint connection holds it.
    QPrintPreviewDialog *dialog =
        previewOn(printer.get(), parent, paper, [paint, printer](QPrinter *target) { paint(target); });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->open();
    return dialog;
}

} // namespace oversight
