#pragma once

#include "exchange/table.h"

#include <QString>
#include <QtTest>

/// A file under tests/data/exchange.
inline QString exchangeFixture(const QString &name)
{
    return QStringLiteral(OVERSIGHT_TEST_DATA "/exchange/") + name;
}

/// Every row a source gives, blank ones included; a read error is a test warning and ends the list.
inline QList<oversight::SheetRow> readAllRows(oversight::TableSource &source)
{
    QList<oversight::SheetRow> rows;
    const auto r = source.read([&rows](const oversight::SheetRow &row) {
        rows.append(row);
        return true;
    });
    if (!r)
        qWarning("%s", qPrintable(r.error().message));
    return rows;
}
