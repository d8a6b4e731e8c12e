#pragma once

#include "domain/callback.h"
#include "recordrepository.h"

namespace oversight {

/// SQL for the call-backs table. The one place that knows its columns.
class CallBackRepository : public EditableRecordRepository<CallBack, CallBackId>
{
    Q_DECLARE_TR_FUNCTIONS(oversight::CallBackRepository)
public:
    explicit CallBackRepository(QSqlDatabase db) : EditableRecordRepository(std::move(db), records) {}

private:
    static CallBack fromQuery(const QSqlQuery &q);
    static const Table records;
};

} // namespace oversight
