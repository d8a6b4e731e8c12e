#pragma once

#include "documentfonts.h"
#include "domain/result.h"
#include "domain/submission.h"

#include <QCoreApplication>
#include <QFont>
#include <QLineF>
#include <QPointF>

class QPagedPaintDevice;

namespace oversight {

/// Lays a filled form out on A4 and paints it on any QPagedPaintDevice (a QPdfWriter here, a QPrinter from
/// the interface): the title, the unit, 填报人 / 联系电话 / 填报日期, the figures as a two-column table, the
/// checklist items or register rows as a ruled table whose header repeats on every page, and a page number.
/// A form with more than six columns is printed in landscape. Units are 1/100 pt, as DocumentRenderer's.
class FormPrinter
{
    Q_DECLARE_TR_FUNCTIONS(oversight::FormPrinter)
public:
    struct Text
    {
        QPointF baseline;
        QString text;
        QFont font;
    };
    struct Page
    {
        std::vector<Text> texts;
        std::vector<QLineF> rules;
    };
    /// What the page header names besides the form.
    struct Header
    {
        QString unitName;
        QString campaignTitle;
    };

    explicit FormPrinter(DocumentFonts fonts);

    [[nodiscard]] std::vector<Page> layOut(const FormSpec &spec, const Submission &submission,
                                           const Header &header) const;
    [[nodiscard]] bool landscape(const FormSpec &spec) const { return spec.columns.size() > 6; }
    [[nodiscard]] Result<void> paint(const FormSpec &spec, const Submission &submission, const Header &header,
                                     QPagedPaintDevice &device) const;
    [[nodiscard]] Result<QByteArray> pdf(const FormSpec &spec, const Submission &submission,
                                         const Header &header) const;

private:
    DocumentFonts m_fonts;
};

} // namespace oversight
