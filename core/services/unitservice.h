#pragma once

#include "domain/result.h"
#include "domain/unit.h"
#include "services/servicesfwd.h"

#include <QObject>

#include <memory>
#include <vector>

namespace oversight {

/// The only writer of the units register. Every write is checked, runs in one transaction with its audit
/// entry, and is announced by a precise signal after it committed.
class UnitService final : public QObject
{
    Q_OBJECT
public:
    UnitService(Database &db, const Clock &clock, QString actor, QObject *parent = nullptr);

    [[nodiscard]] Result<std::vector<Unit>> units(CampaignId campaign) const;
    [[nodiscard]] Result<Unit> unit(UnitId id) const;
    /// The unit of that name: as written, or else by matchKey() ("测试局(筹)" finds "测试局（筹）").
    [[nodiscard]] Result<std::optional<Unit>> findByName(CampaignId campaign, const QString &name) const;
    /// The registered names of `unit`'s campaign that look like its name (looksAlike()), other than its own:
    /// for a dialog to ask whether it is one of them.
    [[nodiscard]] Result<QStringList> lookalikes(const Unit &unit) const;

    /// Adds a unit; trims its text. Refuses an empty or duplicate name (one that matchKey() makes equal to a
    /// registered one too), a phone number without digits and control characters, naming the field in the
    /// error.
    [[nodiscard]] Result<UnitId> create(Unit unit);
    /// Saves an edited unit (matched by id); records only the fields that changed.
    [[nodiscard]] Result<void> update(Unit unit);
    /// Deletes a unit that has no records elsewhere; otherwise refuses and says which records hold it.
    [[nodiscard]] Result<void> remove(UnitId id);

    /// Writes an import's result in one transaction: `added` are new units, `changed` existing ones (matched
    /// by id) with their new fields. Each is checked as create()/update() would; any refusal writes nothing.
    /// One audit entry per unit; one unitsImported() signal after the commit.
    [[nodiscard]] Result<void> importUnits(CampaignId campaign, std::vector<Unit> added,
                                           std::vector<Unit> changed);

    /// An import written in batches as the file is read, all inside one transaction: nothing is visible
    /// until commit(), and a session destroyed without commit() leaves the file as it was.
    class ImportSession
    {
    public:
        ~ImportSession();
        ImportSession(const ImportSession &) = delete;
        ImportSession &operator=(const ImportSession &) = delete;
        /// Checks and writes one batch (as importUnits() does for all).
        [[nodiscard]] Result<void> add(std::vector<Unit> added, std::vector<Unit> changed);
        /// Commits, then announces unitsImported().
        [[nodiscard]] Result<void> commit();

    private:
        friend class UnitService;
        struct Private;
        explicit ImportSession(std::unique_ptr<Private> d);
        std::unique_ptr<Private> d;
    };
    /// Opens the transaction of an import session for `campaign`.
    [[nodiscard]] Result<std::unique_ptr<ImportSession>> beginImport(CampaignId campaign);

    /// auditFields(unit) as the compact JSON the audit log stores (built directly, for bulk writes).
    [[nodiscard]] static QByteArray auditJson(const Unit &unit);

    /// Trims the texts as the service stores them.
    [[nodiscard]] static Unit normalized(Unit unit);
    /// Everything create()/update() would refuse, without writing: for dialogs and imports.
    [[nodiscard]] Result<void> check(const Unit &unit) const;

Q_SIGNALS:
    void unitAdded(oversight::UnitId id, oversight::CampaignId campaign);
    void unitChanged(oversight::UnitId id);
    void unitRemoved(oversight::UnitId id, oversight::CampaignId campaign);
    /// Many units of `campaign` were added or changed at once (an import): views reload.
    void unitsImported(oversight::CampaignId campaign);

private:
    Database &m_db;
    const Clock &m_clock;
    QString m_actor;
};

} // namespace oversight
