#include "odtexport.h"

#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextTable>

namespace oversight {

namespace {

QTextCharFormat face(const DocumentFonts &fonts, DocumentFonts::Role role, qreal points,
                     const QColor &color = Qt::black)
{
    const DocumentFonts::Choice &c = fonts.choice(role);
    QTextCharFormat f;
    // The official face's name first: on an office PC it is there, and the word processor uses it.
    f.setFontFamilies({c.wanted, c.family});
    f.setFontPointSize(points);
    f.setFontWeight(c.bold ? QFont::Bold : QFont::Normal);
    f.setForeground(color);
    return f;
}

QTextBlockFormat block(Qt::Alignment align, qreal indentPoints = 0)
{
    QTextBlockFormat b;
    b.setAlignment(align);
    b.setTextIndent(indentPoints);
    b.setLineHeight(29, QTextBlockFormat::FixedHeight); // 22 lines in 225 mm
    return b;
}

} // namespace

std::unique_ptr<QTextDocument> OdtExport::textDocument(const OfficialDocument &d, const DocumentFonts &fonts)
{
    using Role = DocumentFonts::Role;
    auto doc = std::make_unique<QTextDocument>();
    QTextCursor cursor(doc.get());
    const QTextCharFormat body = face(fonts, Role::Body, 16);
    const auto paragraph = [&cursor](const QTextBlockFormat &b, const QTextCharFormat &f, const QString &text,
                                     bool first = false) {
        if (first)
            cursor.setBlockFormat(b);
        else
            cursor.insertBlock(b);
        cursor.insertText(text, f);
    };
    paragraph(block(Qt::AlignHCenter), face(fonts, Role::Title, 42, QColor(230, 0, 18)), d.authority, true);
    paragraph(block(Qt::AlignHCenter), body, d.numberLine);
    paragraph(block(Qt::AlignHCenter), body, QString());
    paragraph(block(Qt::AlignHCenter), face(fonts, Role::Title, 22),
              QString(d.title).replace(QLatin1Char('\n'), QString()));
    paragraph(block(Qt::AlignLeft), body, QString());
    paragraph(block(Qt::AlignLeft), body, d.addressee + QStringLiteral("："));
    for (const BodyBlock &b : parseBody(d.body)) {
        if (b.type == BodyBlock::Type::Table) {
            cursor.insertBlock(block(Qt::AlignLeft));
            int columns = 0;
            for (const QStringList &r : b.rows)
                columns = std::max(columns, int(r.size()));
            QTextTableFormat tf;
            tf.setCellPadding(3);
            tf.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            QTextTable *table = cursor.insertTable(int(b.rows.size()), columns, tf);
            for (int r = 0; r < int(b.rows.size()); ++r) {
                for (int c = 0; c < int(b.rows[size_t(r)].size()); ++c)
                    table->cellAt(r, c).firstCursorPosition().insertText(
                        b.rows[size_t(r)].at(c), face(fonts, r == 0 ? Role::Heading : Role::Body, 14));
            }
            cursor.movePosition(QTextCursor::End);
            continue;
        }
        const Role role = b.type == BodyBlock::Type::Heading1   ? Role::Heading
                          : b.type == BodyBlock::Type::Heading2 ? Role::Kai
                                                                : Role::Body;
        paragraph(block(Qt::AlignJustify, 32), face(fonts, role, 16), b.text);
    }
    if (!d.attachments.isEmpty()) {
        paragraph(block(Qt::AlignLeft), body, QString());
        for (qsizetype i = 0; i < d.attachments.size(); ++i) {
            const QString item = d.attachments.size() == 1
                                     ? d.attachments.at(i)
                                     : QStringLiteral("%1. %2").arg(i + 1).arg(d.attachments.at(i));
            paragraph(block(Qt::AlignLeft, i == 0 ? 32 : 80), body,
                      (i == 0 ? QStringLiteral("附件：") : QString()) + item);
        }
    }
    paragraph(block(Qt::AlignLeft), body, QString());
    paragraph(block(Qt::AlignRight), body, d.signature + QStringLiteral("　　"));
    paragraph(block(Qt::AlignRight), body, chineseDate(d.date) + QStringLiteral("　　"));
    paragraph(block(Qt::AlignLeft), body, QString());
    const QTextCharFormat imprint = face(fonts, Role::Body, 14);
    if (!d.copyTo.trimmed().isEmpty())
        paragraph(block(Qt::AlignLeft, 14), imprint,
                  QStringLiteral("抄送：") + d.copyTo.trimmed() + QStringLiteral("。"));
    paragraph(block(Qt::AlignLeft, 14), imprint,
              d.printedBy + QStringLiteral("　　　　") + chineseDate(d.printedOn) + QStringLiteral("印发"));
    return doc;
}

Result<void> OdtExport::write(const OfficialDocument &document, const DocumentFonts &fonts,
                              const QString &path)
{
    const auto doc = textDocument(document, fonts);
    QTextDocumentWriter writer(path, QByteArrayLiteral("odf"));
    if (!writer.write(doc.get()))
        return makeError(Error::Code::Io,
                         tr("%1 could not be written; choose a folder you can write to.").arg(path),
                         writer.device() ? writer.device()->errorString() : QString());
    return {};
}

} // namespace oversight
