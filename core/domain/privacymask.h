#pragma once

#include <QString>
#include <QStringList>

namespace oversight {

struct Complaint;

/// Masks a complainant in any text that leaves the program (documents, ledgers, exports, the audit log,
/// the complaint page's detail pane). Matching sees through the ways a name or a number gets typed: the
/// text and the secrets are compared after compatibility normalisation (NFKC: full-width digits and
/// letters, compatibility ideographs), without zero-width and other format characters, spaces and
/// separators — so "李 秘 密", "李\u200b秘密" and "李秘密" are one name. Phone numbers are compared by their
/// digits only: every run of 7 or more digits (spaces, dashes, dots, brackets and invisible characters
/// between them allowed) that holds one of the complainant's numbers, or is part of one, is masked, so
/// "139-1234-5678", "139 1234 5678", "+86 13912345678" and 04758123456 for a stored 0475-8123456 all are.
/// Everything else in the text stays as written; a name is replaced wherever it occurs (inside an
/// enterprise name too), a one-character name included ("王" → "*").
class ComplainantMask
{
public:
    ComplainantMask() = default;
    /// The complainant of `complaint` (and, when given, of the same case before an edit).
    explicit ComplainantMask(const Complaint &complaint, const Complaint *earlier = nullptr);

    /// Adds a name to mask.
    void addName(const QString &name);
    /// Adds what a contact field holds: each phone number in it (by digits) and any other word in it (an
    /// e-mail address, a messaging id) as a text to mask.
    void addContact(const QString &contact);
    [[nodiscard]] bool isEmpty() const { return m_texts.isEmpty() && m_phones.isEmpty(); }

    /// `text` with every occurrence of a secret masked.
    [[nodiscard]] QString apply(const QString &text) const;

    /// The digits of every phone number (7 digits or more) in `text`, normalised to ASCII.
    [[nodiscard]] static QStringList phoneNumbers(const QString &text);

private:
    struct Secret
    {
        QString key;  ///< as matchKey() writes it
        QString mask; ///< what replaces it
    };
    QList<Secret> m_texts; // longest key first
    QStringList m_phones;  // digits only
};

} // namespace oversight
