// The rooms of the code and the one way their includes may run (docs/architecture.md). Reads the source
// tree: every `#include "room/…"` and every include of a neighbour in the same folder is an arrow from the
// including file's room to the included file's room. `tst_layers -v2` prints the room graph.
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <functional>

namespace {

const QString sourceDir = QStringLiteral(OVERSIGHT_SOURCE_DIR);

/// The room a file (path relative to the source root) lives in: core/services/x.cpp → "services",
/// ui/ledger/x.cpp → "ui", app/cli/x.cpp → "cli", app/desktop/main.cpp → "desktop".
QString roomOf(const QString &relative)
{
    const QStringList parts = relative.split(QLatin1Char('/'));
    if (parts.size() < 2)
        return {};
    if (parts[0] == QLatin1String("core"))
        return parts.size() > 2 ? parts[1] : QStringLiteral("core");
    if (parts[0] == QLatin1String("app"))
        return parts[1];
    return parts[0]; // ui, translations
}

/// Which rooms each room may include, lowest first. A room not listed may include nothing of ours.
const QHash<QString, QSet<QString>> &allowed()
{
    static const QHash<QString, QSet<QString>> rules = [] {
        QHash<QString, QSet<QString>> r;
        const auto set = [](std::initializer_list<const char *> names) {
            QSet<QString> s;
            for (const char *n : names)
                s.insert(QString::fromLatin1(n));
            return s;
        };
        r[QStringLiteral("core")] = set({"core"});
        r[QStringLiteral("domain")] = set({"core", "domain"});
        r[QStringLiteral("formats")] = set({"core", "domain", "formats"});
        r[QStringLiteral("campaign")] = set({"core", "domain", "campaign"});
        r[QStringLiteral("storage")] = set({"core", "domain", "campaign", "storage"});
        r[QStringLiteral("services")] = set({"core", "domain", "campaign", "formats", "storage", "services"});
        // The two output rooms sit side by side on the services and never include each other.
        r[QStringLiteral("documents")] = set({"core", "domain", "campaign", "formats", "services", "documents"});
        r[QStringLiteral("exchange")] = set({"core", "domain", "campaign", "formats", "services", "exchange"});
        r[QStringLiteral("translations")] = set({"translations"});
        // The presentation layers: everything of core but storage (see storageExceptions()), never each other.
        const QSet<QString> presentation =
            set({"core", "domain", "campaign", "formats", "services", "documents", "exchange", "translations"});
        r[QStringLiteral("ui")] = presentation + set({"ui"});
        r[QStringLiteral("cli")] = presentation + set({"cli"});
        r[QStringLiteral("desktop")] = presentation + set({"ui", "desktop"});
        return r;
    }();
    return rules;
}

/// The storage headers a presentation layer may name, each for a stated reason.
const QSet<QString> &storageExceptions()
{
    static const QSet<QString> names = {
        // Workspace::open takes the file's open mode; the default file's path is shown in help texts.
        QStringLiteral("storage/database.h"),
        // `campaign list|use` print and choose among the stored campaigns' rows.
        QStringLiteral("storage/campaignrepository.h"),
    };
    return names;
}

struct Include
{
    QString from;   ///< relative path of the including file
    QString target; ///< relative path of the included file
};

QList<Include> readIncludes()
{
    static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s+\"([^\"]+)\""));
    QList<Include> result;
    for (const QString &top : {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app"),
                               QStringLiteral("translations")}) {
        QDirIterator it(sourceDir + QLatin1Char('/') + top, {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = path.mid(sourceDir.size() + 1);
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QString folder = relative.section(QLatin1Char('/'), 0, -2);
            while (!file.atEnd()) {
                const auto m = include.match(QString::fromUtf8(file.readLine()));
                if (!m.hasMatch())
                    continue;
                const QString name = m.captured(1);
                // Resolved as the compiler does: beside the file first, then from core/, ui/ or app/.
                QString target;
                for (const QString &base : {folder, QStringLiteral("core"), QStringLiteral("ui"),
                                            QStringLiteral("app"), QStringLiteral("translations")}) {
                    if (QFile::exists(sourceDir + QLatin1Char('/') + base + QLatin1Char('/') + name)) {
                        target = base + QLatin1Char('/') + name;
                        break;
                    }
                }
                if (!target.isEmpty())
                    result.append({relative, target});
            }
        }
    }
    return result;
}

} // namespace

class TestLayers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theTreeIsRead()
    {
        const QList<Include> includes = readIncludes();
        // A wrong source path would pass every rule below by reading nothing.
        QVERIFY2(includes.size() > 500, qPrintable(QString::number(includes.size())));
    }

    void includesRunOneWay()
    {
        QStringList wrong;
        QHash<QString, QSet<QString>> graph;
        for (const Include &i : readIncludes()) {
            const QString from = roomOf(i.from);
            const QString to = roomOf(i.target);
            graph[from].insert(to);
            const bool storageException = to == QLatin1String("storage") &&
                                          storageExceptions().contains(i.target.section(QLatin1Char('/'), 1));
            if (!allowed().value(from).contains(to) && !storageException)
                wrong.append(QStringLiteral("%1 includes %2 (%3 → %4)").arg(i.from, i.target, from, to));
        }
        QStringList lines;
        for (auto it = graph.cbegin(); it != graph.cend(); ++it) {
            QStringList to(it.value().cbegin(), it.value().cend());
            to.removeAll(it.key());
            to.sort();
            lines.append(QStringLiteral("%1 → %2").arg(it.key(), to.join(QStringLiteral(", "))));
        }
        lines.sort();
        qDebug().noquote() << "rooms and their includes:\n " << lines.join(QStringLiteral("\n  "));
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }

    void noRoomIsInACircle()
    {
        QHash<QString, QSet<QString>> graph;
        for (const Include &i : readIncludes()) {
            const QString from = roomOf(i.from);
            const QString to = roomOf(i.target);
            if (from != to)
                graph[from].insert(to);
        }
        // Depth-first search; a room met again while still on the path closes a circle.
        QHash<QString, int> state; // 1 on the path, 2 done
        QStringList path;
        QString circle;
        std::function<bool(const QString &)> visit = [&](const QString &room) {
            state[room] = 1;
            path.append(room);
            for (const QString &next : graph.value(room)) {
                if (state.value(next) == 1) {
                    circle = path.mid(path.indexOf(next)).join(QStringLiteral(" → ")) + QStringLiteral(" → ") + next;
                    return false;
                }
                if (state.value(next) == 0 && !visit(next))
                    return false;
            }
            path.removeLast();
            state[room] = 2;
            return true;
        };
        for (auto it = graph.cbegin(); it != graph.cend(); ++it)
            if (state.value(it.key()) == 0)
                QVERIFY2(visit(it.key()), qPrintable(circle));
    }
};

QTEST_GUILESS_MAIN(TestLayers)
#include "tst_layers.moc"
