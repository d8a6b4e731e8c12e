// Every dialog of the program fits a 1366×768 laptop with a taskbar: at most 700 px tall (and 1366 wide),
// filled with the most it will hold (a 40-unit register, the biggest forms, a long notice, 200 reminders);
// what does not fit scrolls inside.
#include "casereview/drawdialog.h"
#include "casereview/scoringsheetdialog.h"
#include "dashboard/dashboardpage.h"
#include "dashboard/reminderdialog.h"
#include "documents/documenteditor.h"
#include "exchange/importdialog.h"
#include "ledger/problemdialogs.h"
#include "messagebox.h"
#include "normative/normativedialogs.h"
#include "safety/restoredialog.h"
#include "services/attention.h"
#include "services/unitservice.h"
#include "submissions/submissiondialog.h"
#include "supervision/callbackdialog.h"
#include "supervision/complaintdialog.h"
#include "supervision/findingdialog.h"
#include "supervision/stepdialog.h"
#include "tempworkspace.h"
#include "units/unitdialog.h"

#include <QApplication>
#include <QDialog>
#include <QtTest>

#include <memory>

using namespace oversight;

namespace {
constexpr int maxHeight = 700;
constexpr int maxWidth = 1366;
} // namespace

class TestDialogFit final : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempWorkspace> m_t;
    Campaign m_campaign;
    std::vector<Unit> m_units;
    UnitChoices m_choices;
    QStringList m_checked;

    /// Shows `dialog` and checks its size hint and its size on screen.
    void fits(QDialog *dialog, const QString &what)
    {
        std::unique_ptr<QDialog> owned(dialog);
        const QSize hint = dialog->sizeHint();
        QVERIFY2(hint.height() <= maxHeight,
                 qPrintable(QStringLiteral("%1: size hint %2×%3").arg(what).arg(hint.width()).arg(hint.height())));
        QVERIFY2(hint.width() <= maxWidth,
                 qPrintable(QStringLiteral("%1: size hint %2×%3").arg(what).arg(hint.width()).arg(hint.height())));
        QVERIFY2(dialog->minimumSizeHint().height() <= maxHeight,
                 qPrintable(QStringLiteral("%1: minimum %2").arg(what).arg(dialog->minimumSizeHint().height())));
        dialog->show();
        QApplication::processEvents();
        QVERIFY2(dialog->height() <= maxHeight && dialog->width() <= maxWidth,
                 qPrintable(QStringLiteral("%1: shown %2×%3").arg(what).arg(dialog->width()).arg(dialog->height())));
        m_checked.append(QString::fromLatin1(dialog->metaObject()->className()));
        dialog->hide();
    }

private Q_SLOTS:
    void initTestCase()
    {
        MessageBox::setTestMode(true);
        m_t = std::make_unique<TempWorkspace>(QDate(2022, 9, 12));
        m_campaign = m_t->ws->campaigns().campaign(m_t->campaign).value();
        for (int i = 1; i <= 40; ++i) {
            Unit u;
            u.campaign = m_t->campaign;
            u.name = QStringLiteral("奈曼旗第%1行政执法单位（综合行政执法大队）").arg(i);
            u.contactPerson = QStringLiteral("联系人%1").arg(i);
            u.contactPhone = QStringLiteral("0475-0000%1").arg(i, 3, 10, QLatin1Char('0'));
            u.id = m_t->ws->units().create(u).value();
            m_units.push_back(u);
            m_choices.append({u.id, u.name});
        }
    }

    void submissionDialogs()
    {
        for (const FormSpec &form : m_campaign.forms)
            fits(new SubmissionDialog(m_t->ws->submissions(), m_t->ws->clock(), m_campaign, m_units.front(),
                                      form.id),
                 QStringLiteral("SubmissionDialog %1").arg(form.id));
    }

    void supervisionDialogs()
    {
        Complaint c;
        c.id = ComplaintId(1);
        c.campaign = m_t->campaign;
        c.unit = m_units.front().id;
        c.reference = QStringLiteral("TS-2022-001");
        c.summary = QString(400, QChar(0x95EE));
        for (const auto kind : {StepDialog::Kind::Investigate, StepDialog::Kind::NoViolation,
                                StepDialog::Kind::Notice, StepDialog::Kind::Refer, StepDialog::Kind::Reply,
                                StepDialog::Kind::Close})
            fits(new StepDialog(m_t->ws->supervision(), c, kind, QDate(2022, 9, 12)),
                 QStringLiteral("StepDialog %1").arg(int(kind)));
        fits(new ComplaintDialog(m_t->ws->supervision(), c, m_units, QDate(2022, 9, 12)),
             QStringLiteral("ComplaintDialog"));
        CallBack cb;
        cb.campaign = m_t->campaign;
        fits(new CallBackDialog(m_t->ws->supervision(), cb, m_units, QDate(2022, 9, 12)),
             QStringLiteral("CallBackDialog"));
        ComplaintFinding finding;
        fits(new FindingDialog(m_t->ws->supervision(), m_campaign, finding), QStringLiteral("FindingDialog"));
    }

    void normativeDialogs()
    {
        NormativeDocument d;
        d.campaign = m_t->campaign;
        d.unit = m_units.front().id;
        d.title = QStringLiteral("关于进一步规范行政执法行为的通知");
        const QDate today(2022, 9, 12);
        fits(new FilingDialog(m_t->ws->normative(), d, m_choices, today), QStringLiteral("FilingDialog"));
        fits(new ReviewDialog(m_t->ws->normative(), d, today), QStringLiteral("ReviewDialog"));
        fits(new CorrectionDialog(m_t->ws->normative(), d, today), QStringLiteral("CorrectionDialog"));
        fits(new ZeroReportDialog(m_t->ws->normative(), m_t->campaign, {}, m_choices, m_units.front().id,
                                  QString(), today),
             QStringLiteral("ZeroReportDialog"));
        CleanupRound round;
        round.campaign = m_t->campaign;
        fits(new RoundDialog(m_t->ws->normative(), round, today), QStringLiteral("RoundDialog"));
        CleanupItem item;
        fits(new CleanupItemDialog(m_t->ws->normative(), item, m_choices, {}, today),
             QStringLiteral("CleanupItemDialog"));
    }

    void unitAndLedgerDialogs()
    {
        fits(new UnitDialog(m_t->ws->units(), m_units.front()), QStringLiteral("UnitDialog"));
        Problem p;
        p.campaign = m_t->campaign;
        fits(new ProblemDialog(m_t->ws->ledger(), m_campaign, m_units, p), QStringLiteral("ProblemDialog"));
        for (const auto kind : {LedgerStepDialog::Kind::Status, LedgerStepDialog::Kind::Close,
                                LedgerStepDialog::Kind::Reopen, LedgerStepDialog::Kind::Extend})
            fits(new LedgerStepDialog(m_t->ws->ledger(), kind, {ProblemId(1)}, Problem::Status::InProgress,
                                      QDate(2022, 9, 12)),
                 QStringLiteral("LedgerStepDialog %1").arg(int(kind)));
    }

    void caseReviewDialogs()
    {
        DrawnFile file;
        file.unit = m_units.front().id;
        file.unitName = m_units.front().name;
        file.number = QStringLiteral("奈公行罚决字〔2021〕第001号");
        fits(new ScoringSheetDialog(m_t->ws->caseReview(), m_campaign.scoring, file, QDate(2022, 9, 12)),
             QStringLiteral("ScoringSheetDialog"));
        std::vector<CatalogueSummary> catalogue;
        for (const Unit &u : m_units) {
            CatalogueSummary s;
            s.unit = u.id;
            s.unitName = u.name;
            s.reported = true;
            s.total = 30;
            s.selfChecked = 10;
            catalogue.push_back(s);
        }
        fits(new DrawDialog(m_t->ws->caseReview(), m_campaign, catalogue), QStringLiteral("DrawDialog"));
    }

    void otherDialogs()
    {
        BackupInfo info;
        info.path = m_t->dir.filePath(QStringLiteral("backups/some-backup.sqlite"));
        info.campaign = m_campaign.displayName();
        info.lastChange = QDateTime::currentDateTimeUtc();
        fits(new RestoreDialog(info, m_t->path()), QStringLiteral("RestoreDialog"));
        fits(new ImportDialog(QStringLiteral("Units"), [] { return std::unique_ptr<RecordImporter>(); }),
             QStringLiteral("ImportDialog"));
        std::vector<AttentionItem> items;
        for (int i = 0; i < 200; ++i) {
            AttentionItem a;
            a.kind = AttentionItem::Kind(i % 8);
            a.severity = AttentionItem::Severity(i % 3);
            a.unit = m_units[size_t(i % 40)].id;
            a.unitName = m_units[size_t(i % 40)].name;
            a.text = QStringLiteral("Not handed in: 附件1, 附件2, 附件3");
            a.due = QDate(2022, 9, 1 + i % 20);
            a.days = i % 20 - 10;
            items.push_back(a);
        }
        fits(new ReminderDialog(items), QStringLiteral("ReminderDialog"));
        OfficialDocument doc;
        doc.title = QStringLiteral("关于行政执法案卷抽查情况的通报");
        doc.body = QString(6000, QChar(0x6587));
        doc.addressee = QStringLiteral("各行政执法单位");
        fits(new DocumentEditor(doc), QStringLiteral("DocumentEditor"));
    }

    /// Every QDialog subclass of the program was measured (a new dialog class must be added above).
    void everyDialogClassWasMeasured()
    {
        const QStringList all{
            QStringLiteral("oversight::SubmissionDialog"),  QStringLiteral("oversight::StepDialog"),
            QStringLiteral("oversight::ComplaintDialog"),   QStringLiteral("oversight::CallBackDialog"),
            QStringLiteral("oversight::FindingDialog"),     QStringLiteral("oversight::FilingDialog"),
            QStringLiteral("oversight::ReviewDialog"),      QStringLiteral("oversight::CorrectionDialog"),
            QStringLiteral("oversight::ZeroReportDialog"),  QStringLiteral("oversight::RoundDialog"),
            QStringLiteral("oversight::CleanupItemDialog"), QStringLiteral("oversight::UnitDialog"),
            QStringLiteral("oversight::ProblemDialog"),     QStringLiteral("oversight::LedgerStepDialog"),
            QStringLiteral("oversight::ScoringSheetDialog"), QStringLiteral("oversight::DrawDialog"),
            QStringLiteral("oversight::RestoreDialog"),     QStringLiteral("oversight::ImportDialog"),
            QStringLiteral("oversight::ReminderDialog"),    QStringLiteral("oversight::DocumentEditor"),
        };
        for (const QString &name : all)
            QVERIFY2(m_checked.contains(name), qPrintable(name));
    }
};

QTEST_MAIN(TestDialogFit)
#include "tst_dialogfit.moc"
