#include "command.h"

namespace oversight {

ExitCode exitCodeFor(const Error &error)
{
    switch (error.code) {
    case Error::Code::Invalid:
    case Error::Code::NotFound:
    case Error::Code::Conflict:
        return ExitCode::Rejected;
    case Error::Code::Storage:
    case Error::Code::Locked:
    case Error::Code::TooNew:
    case Error::Code::Outdated:
    case Error::Code::Damaged:
    case Error::Code::Io:
        return ExitCode::Database;
    }
    return ExitCode::Database;
}

} // namespace oversight
