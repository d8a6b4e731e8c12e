#include "cli.h"

#include "commanddispatcher.h"

#include <QTextStream>

namespace oversight {

int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandDispatcher dispatcher;
    const int code = int(dispatcher.run(arguments, out, err));
    out.flush();
    err.flush();
    return code;
}

} // namespace oversight
