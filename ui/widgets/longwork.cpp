#include "longwork.h"

#include "messagebox.h"

#include <QApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QSaveFile>
#include <QThread>
#include <QTimer>

#include <limits>
#include <memory>
#include <optional>
#include <utility>

namespace oversight {

namespace {
// A test seam like MessageBox's: untouched unless a test turns MessageBox's test mode on.
struct Recorded
{
    QList<LongWork::Shown> shown;
    bool cancelNext = false;
};

Recorded &recorded()
{
    static Recorded r;
    return r;
}
} // namespace

Error LongWork::cancelledError()
{
    return makeError(Error::Code::Invalid, tr("Cancelled; nothing was written."));
}

Result<QString> LongWork::save(const QString &path, const QByteArray &bytes, Control &control,
                               const QString &done)
{
    if (control.cancelled())
        return cancelledError();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        return makeError(Error::Code::Io, tr("%1 cannot be written; choose another folder.").arg(path),
                         file.errorString());
    }
    if (control.cancelled()) {
        file.cancelWriting();
        return cancelledError();
    }
    if (!file.commit())
        return makeError(Error::Code::Io, tr("%1 cannot be written; choose another folder.").arg(path),
                         file.errorString());
    return done;
}

Result<QString> LongWork::save(const QString &path, const Result<QByteArray> &made, Control &control,
                               const QString &done)
{
    if (!made)
        return made.error();
    return save(path, *made, control, done);
}

LongWork::Outcome LongWork::run(QWidget *parent, const QString &title, const QString &label, const Work &work,
                                bool cancellable)
{
    Control control;
    const bool testing = MessageBox::testMode();
    if (testing && std::exchange(recorded().cancelNext, false))
        control.m_cancelled.store(true);

    QProgressDialog progress(label, cancellable ? tr("Cancel") : QString(), 0, 0, parent);
    progress.setObjectName(QStringLiteral("longWorkProgress"));
    progress.setWindowTitle(title);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(std::numeric_limits<int>::max()); // shown below, once the work takes a while
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setValue(0);

    std::optional<Result<QString>> result;
    bool offThread = false;
    {
        // Qt 6 renders fonts on any thread, so a PDF is painted there too.
        QEventLoop loop;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            offThread = QThread::currentThread() != qApp->thread();
            result.emplace(work(control));
        }));
        QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
        QTimer tick;
        QObject::connect(&tick, &QTimer::timeout, &progress, [&] {
            const int permille = control.m_permille.load();
            if (permille >= 0 && progress.maximum() == 0)
                progress.setMaximum(1000);
            if (permille >= 0)
                progress.setValue(std::min(permille, 999));
            if (progress.wasCanceled()) {
                control.m_cancelled.store(true);
                progress.setLabelText(tr("Stopping…"));
            }
        });
        tick.start(50);
        thread->start();
        // A short work ends before the dialog would show; until then the clerk's clicks wait.
        QTimer::singleShot(300, &loop, [&loop] { loop.exit(1); });
        if (loop.exec(QEventLoop::ExcludeUserInputEvents) == 1 && !thread->isFinished()) {
            progress.show();
            loop.exec();
        }
        thread->wait();
    }
    progress.reset();
    progress.hide();

    Outcome outcome = Outcome::Done;
    if (!*result)
        outcome = control.cancelled() ? Outcome::Cancelled : Outcome::Failed;
    if (testing)
        recorded().shown.append({title, label, cancellable, offThread, outcome});

    switch (outcome) {
    case Outcome::Done:
        MessageBox::information(parent, title, result->value());
        break;
    case Outcome::Cancelled:
        MessageBox::information(parent, title, cancelledError().message);
        break;
    case Outcome::Failed:
        MessageBox::warning(parent, title, result->error().message, result->error().detail);
        break;
    }
    return outcome;
}

QList<LongWork::Shown> LongWork::takeShown()
{
    return std::exchange(recorded().shown, {});
}

void LongWork::cancelNextRun()
{
    recorded().cancelNext = true;
}

} // namespace oversight
