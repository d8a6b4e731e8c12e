#include "ledgeroutput.h"

#include "documents/ledgerrenderer.h"
#include "exchange/problemexchange.h"
#include "formats/xlsxwriter.h"
#include "messagebox.h"
#include "widgets/filedialogs.h"
#include "widgets/longwork.h"
#include "widgets/outputmenu.h"

#include <QDir>
#include <QPrinter>

namespace oversight {

namespace {

// The ledger is a wide table: landscape, previewed wide enough to read its columns.
OutputMenu::Paper ledgerPaper()
{
    return {QPageLayout::Landscape, QSize(1200, 900)};
}

void paintOn(QWidget *parent, const LedgerRenderer &renderer, const LedgerOutput::Shown &shown,
             QPrinter *printer)
{
    printer->setFullPage(true);
    if (auto r = renderer.paint(LedgerOutput::document(shown), *printer); !r)
        MessageBox::warning(parent, LedgerOutput::tr("Print"), r.error().message, r.error().detail);
}

} // namespace

LedgerDocument LedgerOutput::document(const Shown &shown)
{
    LedgerDocument doc = LedgerDocument::make(shown.campaign, shown.units, shown.problems, shown.today,
                                              shown.unit ? &*shown.unit : nullptr);
    doc.auditHead = shown.auditHead;
    return doc;
}

void LedgerOutput::preview(QWidget *parent, const LedgerRenderer &renderer, const Shown &shown)
{
    OutputMenu::preview(parent, ledgerPaper(),
                        [&](QPrinter *printer) { paintOn(parent, renderer, shown, printer); });
}

void LedgerOutput::print(QWidget *parent, const LedgerRenderer &renderer, const Shown &shown)
{
    OutputMenu::print(parent, ledgerPaper(),
                      [&](QPrinter *printer) { paintOn(parent, renderer, shown, printer); });
}

QString LedgerOutput::savePdf(QWidget *parent, const LedgerRenderer &renderer, const Shown &shown,
                              QString path)
{
    const LedgerDocument doc = document(shown);
    if (path.isEmpty()) {
        path = FileDialogs::save(parent, tr("Save the ledger as PDF"), doc.title + QStringLiteral(".pdf"),
                                 tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return {};
    }
    const int rows = int(doc.rows.size());
    const auto outcome = LongWork::run(
        parent, tr("Save PDF"), tr("Writing the ledger (%n problem(s)) as PDF…", nullptr, rows),
        [renderer, doc, path](LongWork::Control &control) -> Result<QString> {
            int pages = 0; // counted by pdf(), so made before the sentence that names it
            const auto bytes = renderer.pdf(doc, &pages);
            return LongWork::save(path, bytes, control,
                                  tr("The ledger (%n page(s)) is written to %1.", nullptr, pages)
                                      .arg(QDir::toNativeSeparators(path)));
        });
    return outcome == LongWork::Outcome::Done ? path : QString();
}

QString LedgerOutput::saveXlsx(QWidget *parent, const Shown &shown, QString path)
{
    if (path.isEmpty()) {
        path = FileDialogs::save(parent, tr("Save the ledger as Excel"),
                                 document(shown).title + QStringLiteral(".xlsx"),
                                 tr("Excel workbooks (*.xlsx)"));
        if (path.isEmpty())
            return {};
    }
    const auto outcome = LongWork::run(
        parent, tr("Save Excel"),
        tr("Writing the ledger (%n problem(s)) as Excel…", nullptr, int(shown.problems.size())),
        [shown, path](LongWork::Control &control) -> Result<QString> {
            auto book = ledgerWorkbook(shown.campaign, shown.units, shown.problems, shown.today,
                                       shown.unit ? &*shown.unit : nullptr);
            book.auditHead = shown.auditHead;
            if (control.cancelled())
                return LongWork::cancelledError();
            if (auto r = writeXlsx(path, book); !r)
                return r.error();
            return tr("The ledger (%n problem(s)) is written to %1.", nullptr, int(shown.problems.size()))
                .arg(QDir::toNativeSeparators(path));
        });
    return outcome == LongWork::Outcome::Done ? path : QString();
}

} // namespace oversight
