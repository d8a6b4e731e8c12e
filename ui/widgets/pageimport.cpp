#include "pageimport.h"

#include "filedialogs.h"

namespace oversight {

QString PageImport::askFile(QWidget *page, const QString &title)
{
    return FileDialogs::open(page, title, tr("Spreadsheets (*.xlsx *.csv);;All files (*)"));
}

ImportDialog *PageImport::open(QWidget *page, const QString &what, ImportDialog::ImporterFactory factory,
                               const QString &path)
{
    auto *dialog = new ImportDialog(what, std::move(factory), page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    dialog->setFile(path);
    return dialog;
}

} // namespace oversight
