#include "privacymask.h"

#include "complaint.h"
#include "textnormal.h"

#include <QHash>
#include <QRegularExpression>
#include <QTextBoundaryFinder>

#include <algorithm>

namespace oversight {

namespace {

/// A phone number needs this many digits; shorter runs (years, amounts, case numbers) are left alone.
constexpr int phoneDigits = 7;

bool droppedForMatching(char32_t c)
{
    const QChar::Category cat = QChar::category(c);
    return cat == QChar::Other_Format || cat == QChar::Other_Control || cat == QChar::Separator_Space ||
           cat == QChar::Separator_Line || cat == QChar::Separator_Paragraph || QChar::isSpace(c);
}

/// What may stand between two digits of one phone number (after NFKC, so full-width forms are included).
bool isJoiner(QChar c)
{
    static const QString joiners = QStringLiteral("-‐‑‒–—―−.()+·~/");
    return joiners.contains(c);
}

/// The text as matching sees it, each of its UTF-16 units tied to the grapheme cluster of the original
/// text it came from.
struct Skeleton
{
    struct Cluster
    {
        qsizetype begin = 0, end = 0;     // in the original text
        qsizetype skBegin = 0, skEnd = 0; // in `text`
    };
    QString text;
    QList<int> owner; // text index → cluster
    QList<Cluster> clusters;

    explicit Skeleton(const QString &original)
    {
        text.reserve(original.size());
        owner.reserve(original.size());
        QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, original);
        qsizetype start = 0;
        while (start < original.size()) {
            qsizetype next = finder.toNextBoundary();
            if (next <= start)
                next = original.size();
            const QString normal =
                original.mid(start, next - start).normalized(QString::NormalizationForm_KC);
            Cluster cluster{start, next, text.size(), text.size()};
            for (const uint c : normal.toUcs4()) {
                if (droppedForMatching(char32_t(c)))
                    continue;
                const char32_t one = char32_t(c);
                const QString folded = QString::fromUcs4(&one, 1).toCaseFolded();
                text += folded;
                for (qsizetype i = 0; i < folded.size(); ++i)
                    owner.append(int(clusters.size()));
            }
            cluster.skEnd = text.size();
            clusters.append(cluster);
            start = next;
        }
    }
};

/// A run of digits in a skeleton, joiners allowed between them (two at most in a row).
struct DigitRun
{
    qsizetype begin = 0, end = 0; // skeleton range, first digit to last digit + 1
    QString digits;
    QList<qsizetype> positions; // skeleton index of each digit
};

QList<DigitRun> digitRuns(const QString &sk)
{
    QList<DigitRun> runs;
    qsizetype i = 0;
    while (i < sk.size()) {
        if (!sk.at(i).isDigit()) {
            ++i;
            continue;
        }
        DigitRun run;
        run.begin = i;
        qsizetype j = i;
        while (j < sk.size()) {
            if (sk.at(j).isDigit()) {
                run.digits += QChar(u'0' + sk.at(j).digitValue());
                run.positions.append(j);
                run.end = ++j;
                continue;
            }
            qsizetype k = j;
            while (k < sk.size() && k - j < 2 && isJoiner(sk.at(k)))
                ++k;
            if (k == j || k >= sk.size() || !sk.at(k).isDigit())
                break;
            j = k;
        }
        runs.append(run);
        i = run.end + 1;
    }
    return runs;
}

/// Whether two digit strings share a window of phoneDigits digits: the same number, one inside the
/// other (a landline typed without its area code, a mobile with +86), or one of two numbers in a field.
bool sharesNumber(const QString &run, const QString &phone)
{
    for (qsizetype i = 0; i + phoneDigits <= phone.size(); ++i)
        if (run.contains(QStringView(phone).mid(i, phoneDigits)))
            return true;
    return false;
}

} // namespace

ComplainantMask::ComplainantMask(const Complaint &complaint, const Complaint *earlier)
{
    for (const Complaint *c : {&complaint, earlier}) {
        if (!c)
            continue;
        addName(c->complainantName);
        addContact(c->complainantContact);
    }
}

void ComplainantMask::addName(const QString &name)
{
    const QString key = matchKey(name);
    if (key.isEmpty())
        return;
    for (const Secret &s : std::as_const(m_texts))
        if (s.key == key)
            return;
    m_texts.append({key, maskName(name)});
    // Longest first, so that a name that contains another (王秀英, 王秀) is masked whole.
    std::stable_sort(m_texts.begin(), m_texts.end(),
                     [](const Secret &a, const Secret &b) { return a.key.size() > b.key.size(); });
}

void ComplainantMask::addContact(const QString &contact)
{
    for (const QString &digits : phoneNumbers(contact))
        if (!m_phones.contains(digits))
            m_phones.append(digits);
    // An e-mail address or a messaging id: whatever word of the field has Latin letters or an @.
    static const QRegularExpression separators(QStringLiteral(R"([\s,，;；、/]+)"));
    for (const QString &word : contact.split(separators, Qt::SkipEmptyParts)) {
        const QString key = matchKey(word);
        const bool wordLike = std::any_of(key.begin(), key.end(),
                                          [](QChar c) { return (c >= u'a' && c <= u'z') || c == u'@'; });
        if (!wordLike || key.size() < 3)
            continue;
        if (std::none_of(m_texts.cbegin(), m_texts.cend(), [&](const Secret &s) { return s.key == key; }))
            m_texts.append({key, maskContact(word)});
    }
    std::stable_sort(m_texts.begin(), m_texts.end(),
                     [](const Secret &a, const Secret &b) { return a.key.size() > b.key.size(); });
}

QStringList ComplainantMask::phoneNumbers(const QString &text)
{
    QStringList out;
    for (const DigitRun &run : digitRuns(Skeleton(text).text))
        if (run.digits.size() >= phoneDigits)
            out.append(run.digits);
    return out;
}

QString ComplainantMask::apply(const QString &text) const
{
    if (isEmpty() || text.isEmpty())
        return text;
    const Skeleton sk(text);
    struct Claim
    {
        qsizetype begin = 0, end = 0;   // skeleton
        QString mask;                   // for a text secret
        QHash<qsizetype, QChar> digits; // for a number: skeleton index → what is printed
    };
    QList<Claim> claims;
    QList<bool> taken(sk.text.size(), false);
    const auto isFree = [&](qsizetype b, qsizetype e) {
        return std::none_of(taken.cbegin() + b, taken.cbegin() + e, [](bool t) { return t; });
    };
    const auto take = [&](Claim claim) {
        std::fill(taken.begin() + claim.begin, taken.begin() + claim.end, true);
        claims.append(std::move(claim));
    };

    for (const Secret &s : m_texts) {
        qsizetype from = 0;
        while ((from = sk.text.indexOf(s.key, from)) >= 0) {
            if (isFree(from, from + s.key.size())) {
                take({from, from + s.key.size(), s.mask, {}});
                from += s.key.size();
            } else {
                ++from;
            }
        }
    }
    for (const DigitRun &run : digitRuns(sk.text)) {
        if (run.digits.size() < phoneDigits || !isFree(run.begin, run.end))
            continue;
        if (std::none_of(m_phones.cbegin(), m_phones.cend(),
                         [&](const QString &p) { return sharesNumber(run.digits, p); }))
            continue;
        // A long number keeps its first three and last four digits, as numbers are masked in China
        // (139****5678); a shorter one (a landline without its area code) is masked whole.
        const qsizetype n = run.digits.size();
        Claim claim{run.begin, run.end, {}, {}};
        for (qsizetype i = 0; i < n; ++i)
            claim.digits.insert(run.positions.at(i),
                                n >= 11 && (i < 3 || i >= n - 4) ? run.digits.at(i) : QLatin1Char('*'));
        take(std::move(claim));
    }
    if (claims.isEmpty())
        return text;
    std::sort(claims.begin(), claims.end(), [](const Claim &a, const Claim &b) { return a.begin < b.begin; });

    QString out;
    out.reserve(text.size());
    qsizetype at = 0;
    for (const Claim &claim : std::as_const(claims)) {
        const int first = sk.owner.at(claim.begin);
        const int last = sk.owner.at(claim.end - 1);
        const qsizetype begin = sk.clusters.at(first).begin;
        if (begin < at) {
            // Shares a cluster with the claim before it: whatever is left of it is masked too.
            out += claim.digits.isEmpty() ? claim.mask : QStringLiteral("*");
            at = std::max(at, sk.clusters.at(last).end);
            continue;
        }
        out += QStringView(text).mid(at, begin - at);
        if (claim.digits.isEmpty()) {
            out += claim.mask;
        } else {
            for (int c = first; c <= last; ++c) {
                const Skeleton::Cluster &cluster = sk.clusters.at(c);
                if (cluster.skBegin == cluster.skEnd) {
                    // Spaces keep a number readable; invisible characters go.
                    const QStringView original =
                        QStringView(text).mid(cluster.begin, cluster.end - cluster.begin);
                    if (!original.isEmpty() && original.front().isSpace())
                        out += original;
                    continue;
                }
                for (qsizetype k = cluster.skBegin; k < cluster.skEnd; ++k)
                    out += claim.digits.value(k, sk.text.at(k));
            }
        }
        at = sk.clusters.at(last).end;
    }
    out += QStringView(text).mid(at);
    return out;
}

} // namespace oversight
