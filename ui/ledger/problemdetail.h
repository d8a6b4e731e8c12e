#pragma once

#include "domain/problem.h"

#include <QCoreApplication>
#include <QString>

namespace oversight {

class LedgerService;

/// The ledger page's detail pane of one problem, as HTML: its unit, status, description, deadline and
/// source, its evidence and its history.
class ProblemDetail
{
    Q_DECLARE_TR_FUNCTIONS(oversight::ProblemDetail)
public:
    /// `unitName`: the name of the problem's unit.
    [[nodiscard]] static QString html(const Problem &p, const LedgerService &ledger, const QString &unitName);
};

} // namespace oversight
