#pragma once

#include <QList>
#include <QPageLayout>
#include <QSize>
#include <QString>

#include <functional>

class QPrinter;
class QPrintPreviewDialog;
class QPushButton;
class QToolButton;
class QWidget;

namespace oversight {

/// The output of a page's document (print preview, print, PDF, Excel/ODT): the buttons or the menu that
/// offer it, built from the page's texts and callbacks, and the printer dialogs every page opens the same
/// way (a high-resolution printer on the full page; a preview sized for the page but never taller than the
/// screen).
class OutputMenu final
{
public:
    /// One entry: its text (with its shortcut), the object name tests find it by, what it does.
    struct Entry
    {
        QString text;
        QString objectName;
        std::function<void()> run;
    };
    /// What the page paints on a printer or a preview.
    using Paint = std::function<void(QPrinter *)>;
    /// How the page's document is printed and previewed.
    struct Paper
    {
        QPageLayout::Orientation orientation = QPageLayout::Portrait;
        /// The preview's size before the screen limits it.
        QSize preview{900, 1000};
        QString previewName = QStringLiteral("printPreview");
    };

    /// A push button per entry, in order, parented to `parent`.
    static QList<QPushButton *> buttons(QWidget *parent, const QList<Entry> &entries);
    /// One tool button that pops up a menu of the entries, with room for the menu arrow beside its text.
    static QToolButton *menuButton(QWidget *parent, const QString &text, const QString &objectName,
                                   const QList<Entry> &entries);

    /// The print preview, modal; `paint` draws each time the preview asks.
    static void preview(QWidget *parent, const Paper &paper, const Paint &paint);
    /// The print dialog; `paint` draws on the chosen printer once the clerk says print.
    static void print(QWidget *parent, const Paper &paper, const Paint &paint);
    /// The print preview, window-modal without a nested event loop: it owns its printer and deletes
    /// itself when closed (the preview's own button prints).
    static QPrintPreviewDialog *openPreview(QWidget *parent, const Paper &paper, const QString &title,
                                            const Paint &paint);
};

} // namespace oversight
