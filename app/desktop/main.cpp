// oversight-desk: builds the settings, clock and services, opens the database and shows the main window.
// Exit codes as oversight-cli: 0 done, 1 usage error, 3 the database could not be opened.
#include "appinfo.h"
#include "domain/isodate.h"
#include "language.h"
#include "dashboard/dashboardpage.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "safety/restoredialog.h"
#include "services/campaignservice.h"
#include "services/casereviewservice.h"
#include "services/clock.h"
#include "services/submissionservice.h"
#include "services/ledgerservice.h"
#include "services/safetyservice.h"
#include "services/workspace.h"
#include "settings.h"
#include "widgets/longwork.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QIcon>
#include <QLabel>
#include <QPointer>
#include <QFileInfo>
#include <QFontDatabase>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace oversight {

/// Gives main()'s strings a translation context.
class DesktopMain
{
    Q_DECLARE_TR_FUNCTIONS(oversight::DesktopMain)
};

} // namespace oversight

using namespace oversight;

namespace {

constexpr int ExitUsage = 1;
constexpr int ExitDatabase = 3;

struct Options
{
    QCommandLineOption db{QStringLiteral("db"),
                          DesktopMain::tr("Open the database FILE instead of the default one."),
                          DesktopMain::tr("FILE")};
    QCommandLineOption today{QStringLiteral("today"),
                             DesktopMain::tr("Take DATE (YYYY-MM-DD) as today, for phases and deadlines."),
                             DesktopMain::tr("DATE")};
    QCommandLineOption quitAfterPaint{
        QStringLiteral("quit-after-paint"),
        DesktopMain::tr("Quit as soon as the main window is first painted and print the milliseconds since "
                        "the start (for the benchmarks; no reminder, no automatic backup on this exit).")};
    QCommandLineOption quitAfterFigures{
        QStringLiteral("quit-after-figures"),
        DesktopMain::tr("Quit as soon as the dashboard's figures are first painted, and print the milliseconds "
                        "since the start to the first paint and to the figures (for the benchmarks; no "
                        "reminder, no automatic backup on this exit).")};
    QCommandLineOption lang{QStringLiteral("lang"),
                            DesktopMain::tr("Speak LANGUAGE (%1) instead of the one chosen in the settings.")
                                .arg(availableLanguages().join(QStringLiteral(", "))),
                            DesktopMain::tr("LANGUAGE")};
    QCommandLineOption page{QStringLiteral("page"),
                            DesktopMain::tr("Open on page N of the navigation (1 is the first)."),
                            DesktopMain::tr("N")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(
            DesktopMain::tr("Oversight Desk: the legal affairs section's desk for the "
                            "campaign to standardize administrative law enforcement."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({db, today, lang, page, quitAfterPaint, quitAfterFigures});
    }
};

void printError(const QString &message)
{
    std::fprintf(stderr, "oversight-desk: %s\n", qUtf8Printable(message));
}

/// Han characters are drawn with Japanese shapes when fontconfig's first CJK font is the JP one (as under
/// LANG=C.UTF-8); naming a Simplified Chinese family first makes them the shapes a Chinese clerk reads.
void preferSimplifiedChineseFont()
{
    const QStringList installed = QFontDatabase::families();
    for (const char *family : {"Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC",
                               "WenQuanYi Micro Hei", "Microsoft YaHei", "AR PL UMing CN"}) {
        const QString name = QString::fromLatin1(family);
        if (!installed.contains(name))
            continue;
        QFont font = QApplication::font(); // the platform's point size stays
        font.setFamilies({name, font.family()});
        QApplication::setFont(font);
        return;
    }
}

/// Shows why the database cannot be used, on the terminal and in a box.
int refuseDatabase(const Error &error)
{
    printError(error.fullText());
    MessageBox::critical(nullptr, DesktopMain::tr("Oversight Desk"), error.message, error.detail);
    return ExitDatabase;
}

std::unique_ptr<Clock> makeClock(const QDate &today)
{
    if (today.isValid())
        return std::make_unique<FixedClock>(today);
    return nullptr;
}

/// Puts the backup in place of the database (closed first: `workspace` is released) and says how it went.
void restore(const QString &backupFile, const QString &path, std::unique_ptr<Workspace> &workspace)
{
    workspace.reset();
    // Checking and copying a large backup takes a while: on a thread of its own (only files are touched;
    // the database is closed), behind a progress dialog; it cannot be cancelled half-way.
    LongWork::run(nullptr, DesktopMain::tr("Restore from backup"), DesktopMain::tr("Checking and restoring the backup…"),
        [backupFile, path](LongWork::Control &) -> Result<QString> {
            const Result<QString> aside = SafetyService::restoreBackup(backupFile, path);
            if (!aside) {
                printError(aside.error().fullText());
                return aside.error();
            }
            return aside->isEmpty()
                       ? DesktopMain::tr("The backup %1 is restored.").arg(QDir::toNativeSeparators(backupFile))
                       : DesktopMain::tr("The backup %1 is restored. The file it replaced is kept as %2.")
                             .arg(QDir::toNativeSeparators(backupFile), QDir::toNativeSeparators(*aside));
        },
        false);
}

/// The database cannot be used: when a good automatic backup exists, offers to restore it (the current file
/// is kept aside). True when it was restored.
bool offerNewestBackup(const QString &path, const Error &error)
{
    if (error.code == Error::Code::Locked || error.code == Error::Code::NotFound)
        return false;
    const std::optional<BackupInfo> newest = SafetyService::newestGoodBackup(path);
    if (!newest)
        return false;
    printError(error.fullText());
    const QString text =
        error.fullText() + QStringLiteral("\n\n") +
        DesktopMain::tr(
            "The newest good backup was written on %1 (campaign: %2; last change: %3). Restore it? "
            "The current file is kept aside under another name, not deleted.")
            .arg(RestoreDialog::moment(QFileInfo(newest->path).lastModified()),
                 newest->campaign.isEmpty() ? DesktopMain::tr("none") : newest->campaign,
                 RestoreDialog::moment(newest->lastChange));
    if (MessageBox::question(nullptr, DesktopMain::tr("Oversight Desk"), text,
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) != QMessageBox::Yes)
        return false;
    const Result<QString> aside = SafetyService::restoreBackup(newest->path, path);
    if (!aside) {
        MessageBox::critical(nullptr, DesktopMain::tr("Restore from backup"), aside.error().message,
                             aside.error().detail);
        return false;
    }
    return true;
}

/// For the benchmarks: says when the window was first painted and when the dashboard's first counted
/// figures were (the milliseconds since the start, on stderr), and ends the event loop after the one asked
/// for.
class Milestones : public QObject
{
public:
    enum class QuitAfter
    {
        FirstPaint,
        Figures,
    };

    Milestones(const QElapsedTimer &sinceStart, QuitAfter quitAfter)
        : m_sinceStart(sinceStart), m_quitAfter(quitAfter)
    {}

    void watch(QWidget *window, DashboardPage *dashboard)
    {
        m_window = window;
        window->installEventFilter(this);
        if (!dashboard)
            return;
        // The headline's text changes with the figures, so its next paint is theirs.
        connect(
            dashboard, &DashboardPage::figuresShown, this,
            [this, dashboard] {
                m_headline = dashboard->findChild<QLabel *>(QStringLiteral("dashboardHeadline"));
                if (m_headline && m_headline->isVisible())
                    m_headline->installEventFilter(this);
                else
                    reached("figures shown", m_quitAfter == QuitAfter::Figures); // not on screen
            },
            Qt::SingleShotConnection);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            if (watched == m_window && !m_painted) {
                m_painted = true;
                reached("first paint", m_quitAfter == QuitAfter::FirstPaint);
            } else if (watched == m_headline && m_headline && !m_counted) {
                m_counted = true;
                reached("figures shown", m_quitAfter == QuitAfter::Figures);
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void reached(const char *what, bool quit)
    {
        // Queued: the paint this event starts finishes first, then the time is taken (and the loop ends).
        QMetaObject::invokeMethod(
            qApp,
            [this, what, quit] {
                std::fprintf(stderr, "%s: %lld ms\n", what, static_cast<long long>(m_sinceStart.elapsed()));
                if (quit)
                    QCoreApplication::quit();
            },
            Qt::QueuedConnection);
    }

    const QElapsedTimer &m_sinceStart;
    QuitAfter m_quitAfter;
    QObject *m_window = nullptr;
    QPointer<QLabel> m_headline;
    bool m_painted = false;
    bool m_counted = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    setApplicationIdentity();
    QGuiApplication::setDesktopFileName(QStringLiteral("oversight-desk"));
    // The installed icon theme's (hicolor, from the package) first; the embedded copy otherwise.
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("oversight-desk"), QIcon(QStringLiteral(":/icons/oversight-desk.svg"))));

    QSettings store(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("oversight-desk"),
                    QStringLiteral("oversight-desk"));
    Settings settings(&store);

    // The language must be known before the options' help texts are translated: a first, quiet pass reads
    // --lang; the second parser, built after the translation is installed, does the real work.
    QString language = settings.language();
    {
        QCommandLineParser early;
        Options().addTo(early);
        if (early.parse(QCoreApplication::arguments()) && early.isSet(QStringLiteral("lang")))
            language = early.value(QStringLiteral("lang"));
    }
    const bool knownLanguage = availableLanguages().contains(language);
    installTranslations(knownLanguage ? language : defaultLanguage());

    QCommandLineParser parser;
    const Options options;
    options.addTo(parser);
    parser.process(app); // exits for --help, --version and unknown options
    if (!knownLanguage) {
        printError(DesktopMain::tr("--lang: \"%1\" is not a language of this program; choose one of %2.")
                       .arg(language, availableLanguages().join(QStringLiteral(", "))));
        return ExitUsage;
    }

    QDate today;
    if (parser.isSet(options.today)) {
        const QString text = parser.value(options.today);
        today = parseIsoDate(text);
        if (!today.isValid()) {
            printError(
                DesktopMain::tr("--today: \"%1\" is not a date; write it as YYYY-MM-DD, e.g. 2022-05-09.")
                    .arg(text));
            return ExitUsage;
        }
    }

    preferSimplifiedChineseFont();

    const QString path = parser.isSet(options.db) ? parser.value(options.db) : Database::defaultPath();
    const bool benchmark = parser.isSet(options.quitAfterPaint) || parser.isSet(options.quitAfterFigures);
    // A restore happens with the database closed: the window asks for it, the loop closes, restores, reopens.
    for (;;) {
        auto opened = Workspace::open(path, Database::Mode::OpenOrCreate, makeClock(today));
        if (!opened) {
            if (offerNewestBackup(path, opened.error()))
                continue;
            return refuseDatabase(opened.error());
        }
        std::unique_ptr<Workspace> workspace = std::move(opened).value();
        // A new file starts with the 2022 plan, so the clerk never faces an empty program.
        if (auto campaign = workspace->campaigns().ensureDefault(); !campaign)
            return refuseDatabase(campaign.error());

        SafetyService safety(workspace->database());
        QString restoreFrom;
        int code = 0;
        {
            MainWindow window(workspace->campaigns(), workspace->units(), workspace->supervision(),
                              workspace->clock(), settings);
            window.addDocumentsPage(workspace->documents(), workspace->units());
            window.addSubmissionsPage(workspace->submissions());
            window.addCaseReviewPage(workspace->caseReview(), workspace->units());
            window.addLedgerPage(workspace->ledger(), workspace->units());
            window.addNormativePage(workspace->normative(), workspace->units());
            window.addAreaRecordsPage(workspace->areaRecords(), workspace->units());
            window.addSafety(safety);
            window.addDashboardPage(*workspace);
            if (parser.isSet(options.page))
                window.showPage(parser.value(options.page).toInt() - 1);
            QObject::connect(&window, &MainWindow::restoreRequested,
                             [&restoreFrom](const QString &file) { restoreFrom = file; });
            Milestones milestones(sinceStart, parser.isSet(options.quitAfterFigures)
                                                  ? Milestones::QuitAfter::Figures
                                                  : Milestones::QuitAfter::FirstPaint);
            if (benchmark)
                milestones.watch(&window, window.findChild<DashboardPage *>());
            // The clerk's own size and place from last time; the first time the whole screen, since the
            // registers are wide tables.
            if (settings.windowGeometry().isEmpty())
                window.showMaximized();
            else
                window.show();
            // The morning reminder, once the window is up and the dashboard has counted (the clerk can turn it
            // off for the day).
            if (!benchmark)
                QTimer::singleShot(0, &window, [&window] { window.dashboardPage()->remindWhenCounted(); });
            code = QApplication::exec();
        }
        if (benchmark)
            return code;
        if (restoreFrom.isEmpty()) {
            // The automatic backup on exit (skipped when nothing changed since the newest one).
            if (auto backup = safety.automaticBackup(settings.backupsToKeep()); !backup) {
                printError(backup.error().fullText());
                MessageBox::warning(nullptr, DesktopMain::tr("Automatic backup"), backup.error().message,
                                    backup.error().detail);
            }
            return code;
        }
        restore(restoreFrom, path, workspace);
    }
}
