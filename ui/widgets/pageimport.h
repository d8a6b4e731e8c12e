#pragma once

#include "exchange/importdialog.h"

#include <QCoreApplication>

namespace oversight {

/// How a page brings in a spreadsheet its units send: it asks for the file, then opens the import dialog on
/// it, which checks the whole file before anything is written.
class PageImport final
{
    Q_DECLARE_TR_FUNCTIONS(oversight::PageImport)
public:
    /// Asks for a spreadsheet (.xlsx or .csv) to import under `title`; empty when the clerk cancels.
    static QString askFile(QWidget *page, const QString &title);
    /// The import dialog of `what` (the records, for its title) on `path`: window-modal, deleted when
    /// closed, and already checking the file.
    static ImportDialog *open(QWidget *page, const QString &what, ImportDialog::ImporterFactory factory,
                              const QString &path);
};

} // namespace oversight
