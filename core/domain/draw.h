#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace oversight {

/// The spot-check draw (随机抽取), defined bit for bit so that anyone holding the record can re-run it on
/// any machine and any later version and get the same files and reviewers.
///
/// Algorithm "splitmix64-fy", version 1:
/// - the pool is every case file of the chosen units, one line "UNIT\tNUMBER\n" each, sorted by the UTF-8
///   bytes of the unit's name, then of the case number; the fingerprint is SHA-256 of those bytes;
/// - quotas: proportional to each unit's file count by the largest-remainder method (ties: the unit first in
///   the pool), at least one file per unit and never more than the unit has;
/// - the generator is SplitMix64 seeded with the 64-bit seed; bounded(n) rejects outputs below
///   (2^64 − n) mod n and returns output mod n (so no value is favoured);
/// - per unit, in pool order, a partial Fisher–Yates shuffle of the unit's files (pool order) takes its
/// quota:
///   for i in 0…quota−1, swap position i with i + bounded(count − i); the files come out in that order;
/// - the reviewer seed is the generator's next output after the last file (or the seed a later, separate
///   reviewer step records);
/// - reviewers, one line "NAME\tAFFILIATION\n" each in UTF-8 byte order: for each drawn file in result order,
///   the first reviewer is bounded(R), the second bounded(R − 1) over the others; a reviewer whose
///   affiliation is the file's unit (回避) is recorded as a re-draw and drawn again.
namespace draw {

inline constexpr const char *algorithmName = "splitmix64-fy";
inline constexpr int algorithmVersion = 1;

/// SplitMix64 (Steele, Lea, Flood 2014; Vigna's reference code), with an unbiased bounded mapping.
class SplitMix64
{
public:
    explicit constexpr SplitMix64(std::uint64_t seed) : m_state(seed) {}
    constexpr std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    /// A number in [0, n), n ≥ 1, by rejection sampling: every value equally likely.
    constexpr std::uint64_t bounded(std::uint64_t n)
    {
        const std::uint64_t threshold = (0 - n) % n; // (2^64 − n) mod n
        for (;;) {
            const std::uint64_t r = next();
            if (r >= threshold)
                return r % n;
        }
    }

private:
    std::uint64_t m_state;
};

static_assert(SplitMix64(0).next() == 0xE220A8397B1DCDAFULL, "SplitMix64 reference output");

/// One file of the pool: its unit and its number within the unit.
struct PoolFile
{
    QString unit;
    QString number;
    friend bool operator==(const PoolFile &, const PoolFile &) = default;
};

/// Sorts the pool into its canonical order (unit, then number, by UTF-8 bytes).
void sortCanonical(std::vector<PoolFile> &pool);
/// The canonical text of a (sorted) pool: "UNIT\tNUMBER\n" per file, UTF-8.
[[nodiscard]] QByteArray canonicalText(const std::vector<PoolFile> &pool);
/// Reads canonical text back (for verify).
[[nodiscard]] std::vector<PoolFile> poolFromText(const QByteArray &text);
/// Lowercase hex SHA-256.
[[nodiscard]] QString sha256Hex(const QByteArray &bytes);

struct Quota
{
    QString unit;
    int poolSize = 0;
    int quota = 0;
    friend bool operator==(const Quota &, const Quota &) = default;
};

/// Quotas for `count` files over units of the given sizes (in pool order): largest remainder, at least one
/// each, never more than a unit has. Refuses (with a message saying what to change) a count below the number
/// of units or above the pool.
[[nodiscard]] Result<std::vector<Quota>> quotas(const std::vector<Quota> &units, int count);

struct FileResult
{
    std::vector<Quota> quotas;
    std::vector<PoolFile> files; ///< in draw order: units in pool order, files in the order drawn
    std::uint64_t reviewerSeed = 0;
};

/// Draws `count` files from a canonical pool with `seed`.
[[nodiscard]] Result<FileResult> drawFiles(const std::vector<PoolFile> &pool, int count, std::uint64_t seed);

struct Reviewer
{
    QString name;
    QString affiliation; ///< the unit's name (for 回避) or a 律师事务所
    friend bool operator==(const Reviewer &, const Reviewer &) = default;
};
void sortCanonical(std::vector<Reviewer> &reviewers);
[[nodiscard]] QByteArray canonicalText(const std::vector<Reviewer> &reviewers);
[[nodiscard]] std::vector<Reviewer> reviewersFromText(const QByteArray &text);

struct ReviewerPick
{
    int first = -1; ///< index in the canonical reviewer list
    int second = -1;
    friend bool operator==(const ReviewerPick &, const ReviewerPick &) = default;
};
/// A reviewer drawn and put back, and why (回避: the reviewer's own unit).
struct Redraw
{
    int file = 0;     ///< index of the drawn file
    int reviewer = 0; ///< index in the canonical reviewer list
    QString reason;
    friend bool operator==(const Redraw &, const Redraw &) = default;
};
struct ReviewerResult
{
    std::vector<ReviewerPick> picks; ///< one per drawn file
    std::vector<Redraw> redraws;
};

/// Draws two reviewers for each file with `seed`, never from the file's own unit. Refuses a file for which
/// fewer than two reviewers are free of conflict, naming the unit.
[[nodiscard]] Result<ReviewerResult>
drawReviewers(const std::vector<PoolFile> &files, const std::vector<Reviewer> &reviewers, std::uint64_t seed);

/// The units to suggest for a draw of `count` files: the units with the most files (ties by name) until the
/// pool holds at least four times the count (so about a quarter of a chosen unit's files is drawn, spread
/// over several units), or every unit with files.
[[nodiscard]] QStringList suggestUnits(const std::vector<Quota> &sizes, int count);

/// A seed from the system's random source.
[[nodiscard]] std::uint64_t systemSeed();

class DrawText
{
    Q_DECLARE_TR_FUNCTIONS(oversight::DrawText)
};

} // namespace draw
} // namespace oversight
