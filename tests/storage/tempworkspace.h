#pragma once

#include "services/campaignservice.h"
#include "services/clock.h"
#include "services/workspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

/// A fresh database file with the 2022 plan loaded, on a clock fixed at `today`.
struct TempWorkspace
{
    QTemporaryDir dir;
    std::unique_ptr<oversight::Workspace> ws;
    oversight::CampaignId campaign;

    explicit TempWorkspace(QDate today = QDate(2022, 5, 9))
    {
        auto opened = oversight::Workspace::open(path(), oversight::Database::Mode::CreateNew,
                                                 std::make_unique<oversight::FixedClock>(today),
                                                 QStringLiteral("tester"));
        if (!opened)
            qFatal("cannot open a test database: %s", qPrintable(opened.error().fullText()));
        ws = std::move(opened).value();
        auto id = ws->campaigns().ensureDefault();
        if (!id)
            qFatal("cannot load the 2022 campaign: %s", qPrintable(id.error().fullText()));
        campaign = *id;
    }

    QString path() const { return dir.filePath(QStringLiteral("test.sqlite")); }

    /// A scalar from the file, for checks the services do not expose.
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery q(ws->database().connection());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    bool run(const QString &sql) const { return QSqlQuery(ws->database().connection()).exec(sql); }
};
