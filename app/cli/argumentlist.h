#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace oversight {

/// The words of a command line still to be understood. A command takes its sub-command word first, then its
/// options (`--name VALUE` or `--name=VALUE`, anywhere after it), then its plain arguments; finished() then
/// says whether anything was left over or malformed, as one usage message.
class ArgumentList
{
    Q_DECLARE_TR_FUNCTIONS(oversight::ArgumentList)
public:
    explicit ArgumentList(QStringList arguments) : m_arguments(std::move(arguments)) {}

    /// Removes every `name` (e.g. "--json"); true when it was there.
    bool takeFlag(const QString &name);
    /// Removes `name VALUE` or `name=VALUE` and returns the value; nullopt when the option is absent.
    /// A missing or empty value, or the option given twice, is recorded as a usage error.
    std::optional<QString> takeOption(const QString &name);
    /// Removes and returns the first word when it is not an option: a command or sub-command name.
    std::optional<QString> takeCommand();
    /// Removes and returns the first word that is not an option.
    std::optional<QString> takePositional();

    /// True when every word was taken and none was malformed; otherwise error() names the first problem.
    [[nodiscard]] bool finished();
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] bool isEmpty() const { return m_arguments.isEmpty(); }

    [[nodiscard]] static bool isOption(const QString &word);

private:
    void fail(const QString &message);

    QStringList m_arguments;
    QString m_error;
};

} // namespace oversight
