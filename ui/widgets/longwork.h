#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

class QByteArray;
class QWidget;

namespace oversight {

/// Long work (an export, a PDF, a backup, a restore) off the GUI thread behind a window-modal progress
/// dialog, then one message saying what was written where (or why nothing was). The window keeps painting
/// while the work runs.
///
/// The work runs on a thread of its own: it must touch no widget and no database connection of the GUI
/// thread (it opens its own with Database::open when it needs one) and should work on copies of what it
/// reads. Fonts are resolved before (DocumentFonts::resolve() on the GUI thread).
class LongWork final
{
    Q_DECLARE_TR_FUNCTIONS(oversight::LongWork)
public:
    /// What the work sees of the dialog: a progress value and the clerk's Cancel.
    class Control
    {
    public:
        /// Progress out of 1000; the dialog shows it (a work that never sets it shows a busy bar).
        void setPermille(int permille) { m_permille.store(permille); }
        /// True once the clerk pressed Cancel; the work stops before anything is committed.
        [[nodiscard]] bool cancelled() const { return m_cancelled.load(); }

    private:
        friend class LongWork;
        std::atomic<int> m_permille{-1};
        std::atomic<bool> m_cancelled{false};
    };

    /// Returns the sentence saying what was written where ("The ledger is written to …"); an error
    /// otherwise. A work that saw cancelled() returns Cancelled().
    using Work = std::function<Result<QString>(Control &)>;

    enum class Outcome
    {
        Done,
        Failed,
        Cancelled,
    };

    /// Runs `work` with a progress dialog saying `label`, cancellable when `cancellable` (only work that
    /// writes nothing before its last step may be), then an information box titled `title` with the
    /// work's sentence, or a warning with its error.
    static Outcome run(QWidget *parent, const QString &title, const QString &label, const Work &work,
                       bool cancellable = true);

    /// The error a cancelled work returns.
    [[nodiscard]] static Error cancelledError();

    /// Writes `bytes` to `path` through a QSaveFile, unless the clerk cancelled first (then nothing is
    /// touched). Returns `done` on success.
    [[nodiscard]] static Result<QString> save(const QString &path, const QByteArray &bytes, Control &control,
                                              const QString &done);
    /// The same for bytes that were still being made: a failure to make them is returned as it is.
    [[nodiscard]] static Result<QString> save(const QString &path, const Result<QByteArray> &made,
                                              Control &control, const QString &done);

    // Test hook: in MessageBox's test mode every run is recorded.
    struct Shown
    {
        QString title;
        QString label;
        bool cancellable = false;
        bool offGuiThread = false; ///< the work ran on another thread than the GUI's
        Outcome outcome = Outcome::Done;
    };
    /// The runs recorded since the last call, oldest first.
    [[nodiscard]] static QList<Shown> takeShown();
    /// In test mode: the next run starts as if the clerk had pressed Cancel at once.
    static void cancelNextRun();
};

} // namespace oversight
