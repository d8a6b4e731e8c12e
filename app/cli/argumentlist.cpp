#include "argumentlist.h"

namespace oversight {

bool ArgumentList::isOption(const QString &word)
{
    return word.size() > 1 && word.startsWith(QLatin1Char('-'));
}

void ArgumentList::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

bool ArgumentList::takeFlag(const QString &name)
{
    return m_arguments.removeAll(name) > 0;
}

std::optional<QString> ArgumentList::takeOption(const QString &name)
{
    std::optional<QString> value;
    const QString prefix = name + QLatin1Char('=');
    for (qsizetype i = 0; i < m_arguments.size();) {
        const QString word = m_arguments.at(i);
        QString found;
        if (word == name) {
            m_arguments.removeAt(i);
            if (i < m_arguments.size() && !isOption(m_arguments.at(i)))
                found = m_arguments.takeAt(i);
        } else if (word.startsWith(prefix)) {
            m_arguments.removeAt(i);
            found = word.mid(prefix.size());
        } else {
            ++i;
            continue;
        }
        if (found.isEmpty())
            fail(tr("option %1 needs a value").arg(name));
        else if (value)
            fail(tr("option %1 is given more than once").arg(name));
        else
            value = found;
    }
    return value;
}

std::optional<QString> ArgumentList::takeCommand()
{
    if (m_arguments.isEmpty() || isOption(m_arguments.constFirst()))
        return std::nullopt;
    return m_arguments.takeFirst();
}

std::optional<QString> ArgumentList::takePositional()
{
    for (qsizetype i = 0; i < m_arguments.size(); ++i) {
        if (!isOption(m_arguments.at(i)))
            return m_arguments.takeAt(i);
    }
    return std::nullopt;
}

bool ArgumentList::finished()
{
    if (!m_error.isEmpty())
        return false;
    if (m_arguments.isEmpty())
        return true;
    const QString &word = m_arguments.constFirst();
    if (isOption(word))
        fail(tr("unknown option %1").arg(word));
    else
        fail(tr("unexpected argument \"%1\"").arg(word));
    return false;
}

} // namespace oversight
