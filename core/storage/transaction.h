#pragma once

#include "domain/result.h"

#include <QSqlDatabase>

namespace oversight {

/// RAII transaction: rolls back unless commit() succeeded. Writes that belong together share one.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    [[nodiscard]] bool isActive() const { return m_active; }
    [[nodiscard]] Result<void> begun() const;
    [[nodiscard]] Result<void> commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_beginError;
};

} // namespace oversight
