#include "draw.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <algorithm>

namespace oversight::draw {

namespace {
bool utf8Less(const QString &a, const QString &b)
{
    return a.toUtf8() < b.toUtf8();
}

// A pool file (unit, number) and a reviewer (name, affiliation) are both a pair of texts: they sort, print
// and read back the same way, one pair a line with a tab between.

template <typename Pair>
void sortPairs(std::vector<Pair> &pairs)
{
    std::vector<std::pair<QByteArray, Pair>> keyed;
    keyed.reserve(pairs.size());
    for (Pair &p : pairs) {
        const auto &[first, second] = p;
        keyed.emplace_back(first.toUtf8() + '\0' + second.toUtf8(), std::move(p));
    }
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    pairs.clear();
    for (auto &k : keyed)
        pairs.push_back(std::move(k.second));
}

template <typename Pair>
QByteArray pairsText(const std::vector<Pair> &pairs)
{
    QByteArray out;
    for (const auto &[first, second] : pairs) {
        out += first.toUtf8();
        out += '\t';
        out += second.toUtf8();
        out += '\n';
    }
    return out;
}

template <typename Pair>
std::vector<Pair> pairsFromText(const QByteArray &text)
{
    std::vector<Pair> out;
    for (const QByteArray &line : text.split('\n')) {
        if (line.isEmpty())
            continue;
        const qsizetype tab = line.indexOf('\t');
        out.push_back({QString::fromUtf8(line.left(tab)), QString::fromUtf8(line.mid(tab + 1))});
    }
    return out;
}
} // namespace

void sortCanonical(std::vector<PoolFile> &pool)
{
    sortPairs(pool);
}

QByteArray canonicalText(const std::vector<PoolFile> &pool)
{
    return pairsText(pool);
}

std::vector<PoolFile> poolFromText(const QByteArray &text)
{
    return pairsFromText<PoolFile>(text);
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Result<std::vector<Quota>> quotas(const std::vector<Quota> &units, int count)
{
    qint64 total = 0;
    for (const Quota &u : units)
        total += u.poolSize;
    if (units.empty() || total == 0)
        return makeError(Error::Code::Invalid,
                         DrawText::tr("The chosen units have no case files in their catalogues; choose units "
                                      "whose catalogues are imported."));
    if (count < 1)
        return makeError(Error::Code::Invalid,
                         DrawText::tr("The number of files to draw must be at least 1."));
    for (const Quota &u : units)
        if (u.poolSize < 1)
            return makeError(
                Error::Code::Invalid,
                DrawText::tr("\"%1\" has no case files in its catalogue; leave it out of the draw.")
                    .arg(u.unit));
    if (count < int(units.size()))
        return makeError(Error::Code::Invalid,
                         DrawText::tr("%1 file(s) cannot give each of the %2 chosen units at least one; draw "
                                      "more files or choose fewer units.")
                             .arg(count)
                             .arg(units.size()));
    if (count > total)
        return makeError(
            Error::Code::Invalid,
            DrawText::tr("The pool holds only %1 case file(s), fewer than the %2 to draw; choose "
                         "more units or draw fewer files.")
                .arg(total)
                .arg(count));

    std::vector<Quota> out = units;
    std::vector<bool> fixed(units.size(), false);
    qint64 budget = count;
    for (;;) {
        qint64 size = 0;
        std::vector<size_t> active;
        for (size_t i = 0; i < out.size(); ++i)
            if (!fixed[i]) {
                active.push_back(i);
                size += out[i].poolSize;
            }
        if (active.empty())
            break;
        // Largest remainder over the units still free, in exact integer arithmetic.
        std::vector<qint64> remainder(out.size(), 0);
        qint64 given = 0;
        for (size_t i : active) {
            const qint64 share = budget * out[i].poolSize;
            out[i].quota = int(share / size);
            remainder[i] = share % size;
            given += out[i].quota;
        }
        std::vector<size_t> byRemainder = active;
        std::stable_sort(byRemainder.begin(), byRemainder.end(),
                         [&](size_t a, size_t b) { return remainder[a] > remainder[b]; });
        for (size_t k = 0; given < budget; ++k, ++given)
            ++out[byRemainder[k % byRemainder.size()]].quota;
        // A unit below one file or above its own size is fixed there; the rest share what is left.
        bool changed = false;
        for (size_t i : active) {
            if (out[i].quota < 1) {
                out[i].quota = 1;
                fixed[i] = true;
                changed = true;
            } else if (out[i].quota > out[i].poolSize) {
                out[i].quota = out[i].poolSize;
                fixed[i] = true;
                changed = true;
            }
        }
        if (!changed)
            break;
        budget = count;
        for (size_t i = 0; i < out.size(); ++i)
            if (fixed[i])
                budget -= out[i].quota;
    }
    qint64 sum = 0;
    for (const Quota &u : out)
        sum += u.quota;
    if (sum != count) // cannot happen for a count between the number of units and the pool's size
        return makeError(Error::Code::Invalid, DrawText::tr("The quotas do not add up to %1.").arg(count));
    return out;
}

Result<FileResult> drawFiles(const std::vector<PoolFile> &pool, int count, std::uint64_t seed)
{
    // Units in pool order with their files (the pool is canonical, so a unit's files are contiguous).
    std::vector<Quota> sizes;
    std::vector<std::vector<PoolFile>> byUnit;
    for (const PoolFile &f : pool) {
        if (sizes.empty() || sizes.back().unit != f.unit) {
            sizes.push_back({f.unit, 0, 0});
            byUnit.emplace_back();
        }
        ++sizes.back().poolSize;
        byUnit.back().push_back(f);
    }
    auto q = quotas(sizes, count);
    if (!q)
        return q.error();
    FileResult result;
    result.quotas = *q;
    SplitMix64 gen(seed);
    for (size_t u = 0; u < byUnit.size(); ++u) {
        std::vector<PoolFile> &files = byUnit[u];
        const std::uint64_t n = files.size();
        for (std::uint64_t i = 0; i < std::uint64_t(result.quotas[u].quota); ++i) {
            const std::uint64_t j = i + gen.bounded(n - i);
            std::swap(files[i], files[j]);
            result.files.push_back(files[i]);
        }
    }
    result.reviewerSeed = gen.next();
    return result;
}

void sortCanonical(std::vector<Reviewer> &reviewers)
{
    sortPairs(reviewers);
}

QByteArray canonicalText(const std::vector<Reviewer> &reviewers)
{
    return pairsText(reviewers);
}

std::vector<Reviewer> reviewersFromText(const QByteArray &text)
{
    return pairsFromText<Reviewer>(text);
}

Result<ReviewerResult> drawReviewers(const std::vector<PoolFile> &files,
                                     const std::vector<Reviewer> &reviewers, std::uint64_t seed)
{
    const std::uint64_t count = reviewers.size();
    for (const PoolFile &f : files) {
        const auto free = std::count_if(reviewers.begin(), reviewers.end(),
                                        [&f](const Reviewer &r) { return r.affiliation != f.unit; });
        if (free < 2)
            return makeError(Error::Code::Invalid,
                             DrawText::tr("Only %1 reviewer(s) in the pool are free to examine the files of "
                                          "\"%2\" (回避: nobody reviews his or her own unit); add reviewers "
                                          "from other units or law firms.")
                                 .arg(free)
                                 .arg(f.unit));
    }
    ReviewerResult result;
    SplitMix64 gen(seed);
    const QString recusal = QStringLiteral("回避");
    for (size_t i = 0; i < files.size(); ++i) {
        ReviewerPick pick;
        for (;;) {
            const int r = int(gen.bounded(count));
            if (reviewers[size_t(r)].affiliation == files[i].unit) {
                result.redraws.push_back({int(i), r, recusal});
                continue;
            }
            pick.first = r;
            break;
        }
        for (;;) {
            int r = int(gen.bounded(count - 1));
            if (r >= pick.first)
                ++r; // the others, in canonical order
            if (reviewers[size_t(r)].affiliation == files[i].unit) {
                result.redraws.push_back({int(i), r, recusal});
                continue;
            }
            pick.second = r;
            break;
        }
        result.picks.push_back(pick);
    }
    return result;
}

QStringList suggestUnits(const std::vector<Quota> &sizes, int count)
{
    std::vector<Quota> sorted;
    for (const Quota &q : sizes)
        if (q.poolSize > 0)
            sorted.push_back(q);
    std::stable_sort(sorted.begin(), sorted.end(), [](const Quota &a, const Quota &b) {
        if (a.poolSize != b.poolSize)
            return a.poolSize > b.poolSize;
        return utf8Less(a.unit, b.unit);
    });
    QStringList out;
    qint64 pool = 0;
    for (const Quota &q : sorted) {
        if (pool >= 4 * qint64(count) && out.size() > 0)
            break;
        if (out.size() >= count)
            break; // each unit needs at least one file
        out.append(q.unit);
        pool += q.poolSize;
    }
    return out;
}

std::uint64_t systemSeed()
{
    return QRandomGenerator::system()->generate64();
}

} // namespace oversight::draw
