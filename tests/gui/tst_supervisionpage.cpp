// The supervision page offscreen: the intake dialog driven by objectName, the detail and timeline the
// clerk sees (masked), the filters, and the steps the "Next step" menu offers.
#include "exchange/importdialog.h"
#include "messagebox.h"
#include "models/complaintfilterproxy.h"
#include "models/complainttablemodel.h"
#include "services/supervisionservice.h"
#include "services/unitservice.h"
#include "supervision/complaintdialog.h"
#include "supervision/stepdialog.h"
#include "supervision/supervisionpage.h"
#include "tempworkspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QToolButton>
#include <QtTest>

using namespace oversight;

namespace {
template <typename T>
T *child(QWidget *w, const char *name)
{
    return w->findChild<T *>(QString::fromLatin1(name));
}
} // namespace

class TestSupervisionPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { MessageBox::setTestMode(true); }

    /// Units brought in by an import appear in the unit filter at once, as an added one does.
    void unitFilterFollowsAUnitsImport()
    {
        TempWorkspace t(QDate(2022, 7, 20));
        const Campaign campaign = t.ws->campaigns().campaign(t.campaign).value();
        SupervisionPage page(t.ws->supervision(), t.ws->units(), t.ws->clock());
        page.setCampaign(campaign);
        auto *filter = child<QComboBox>(&page, "caseUnitFilter");
        QCOMPARE(filter->findText(QStringLiteral("旗林业和草原局")), -1);

        Unit imported;
        imported.campaign = t.campaign;
        imported.name = QStringLiteral("旗林业和草原局");
        QVERIFY(t.ws->units().importUnits(t.campaign, {imported}, {}));
        QVERIFY(filter->findText(QStringLiteral("旗林业和草原局")) >= 0);
    }

    void registerThroughTheDialogAndSeeTheCase()
    {
        TempWorkspace t(QDate(2022, 7, 20));
        Unit u;
        u.campaign = t.campaign;
        u.name = QStringLiteral("旗交通运输局");
        const UnitId unit = t.ws->units().create(u).value();
        const Campaign campaign = t.ws->campaigns().campaign(t.campaign).value();

        SupervisionPage page(t.ws->supervision(), t.ws->units(), t.ws->clock());
        page.setCampaign(campaign);
        page.show();
        QCOMPARE(child<QLabel>(&page, "caseCountLabel")->text(), QStringLiteral("0 cases"));

        Complaint blank;
        blank.campaign = t.campaign;
        ComplaintDialog dialog(t.ws->supervision(), blank, t.ws->units().units(t.campaign).value(),
                               QDate(2022, 7, 20));
        // No unit chosen: refused in place, the dialog stays, nothing stored.
        child<QPlainTextEdit>(&dialog, "summaryEdit")->setPlainText(QStringLiteral("超限检测站以罚代管"));
        dialog.accept();
        QVERIFY(child<QLabel>(&dialog, "errorLabel")->isVisibleTo(&dialog));
        QVERIFY(child<QLabel>(&dialog, "errorLabel")->text().contains(QStringLiteral("Unit concerned")));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(t.ws->supervision().complaints(t.campaign)->size(), size_t(0));

        auto *unitCombo = child<QComboBox>(&dialog, "unitCombo");
        unitCombo->setCurrentIndex(unitCombo->findData(unit.value));
        child<QDateEdit>(&dialog, "receivedEdit")->setDate(QDate(2022, 6, 10));
        child<QLineEdit>(&dialog, "complainantEdit")->setText(QStringLiteral("孙丽华"));
        child<QLineEdit>(&dialog, "contactEdit")->setText(QStringLiteral("13904750002"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const ComplaintId id = dialog.savedId();
        QVERIFY(id.isValid());

        QCOMPARE(child<QLabel>(&page, "caseCountLabel")->text(), QStringLiteral("1 cases, 1 overdue"));
        page.selectCase(id);
        QCOMPARE(page.selectedCase(), id);
        const QString detail = child<QTextBrowser>(&page, "caseDetail")->toPlainText();
        QVERIFY(detail.contains(QStringLiteral("2022-001")));
        QVERIFY(detail.contains(QStringLiteral("Overdue")));
        QVERIFY(detail.contains(QStringLiteral("孙**")));
        QVERIFY(detail.contains(QStringLiteral("139****0002")));
        QVERIFY(!detail.contains(QStringLiteral("孙丽华")));
        QVERIFY(!detail.contains(QStringLiteral("13904750002")));
        QVERIFY(detail.contains(QStringLiteral("Timeline")));

        // Only the steps the workflow allows are offered.
        const auto visibleSteps = [&page] {
            QStringList out;
            for (QAction *a : child<QToolButton>(&page, "caseStepButton")->menu()->actions()) {
                if (a->isVisible())
                    out.append(a->text());
            }
            return out;
        };
        QCOMPARE(visibleSteps(), QStringList{StepDialog::title(StepDialog::Kind::Investigate)});
        StepDialog step(t.ws->supervision(), t.ws->supervision().complaint(id).value(),
                        StepDialog::Kind::Investigate, QDate(2022, 7, 20));
        step.accept();
        QCOMPARE(step.result(), int(QDialog::Accepted));
        QCOMPARE(visibleSteps(), (QStringList{StepDialog::title(StepDialog::Kind::NoViolation),
                                              StepDialog::title(StepDialog::Kind::Notice),
                                              StepDialog::title(StepDialog::Kind::Refer)}));
        QVERIFY(child<QTextBrowser>(&page, "caseDetail")
                    ->toPlainText()
                    .contains(statusLabel(Complaint::Status::Investigating)));

        // A referral without its note is refused in the dialog.
        StepDialog refer(t.ws->supervision(), t.ws->supervision().complaint(id).value(),
                         StepDialog::Kind::Refer, QDate(2022, 7, 20));
        refer.accept();
        QCOMPARE(refer.result(), int(QDialog::Rejected));
        QVERIFY(child<QLabel>(&refer, "errorLabel")->text().contains(QStringLiteral("Note")));

        // The overdue filter.
        child<QCheckBox>(&page, "caseOverdueCheck")->setChecked(true);
        QCOMPARE(page.proxy()->rowCount(), 1);
        auto *status = child<QComboBox>(&page, "caseStatusFilter");
        status->setCurrentIndex(status->findData(int(Complaint::Status::Closed)));
        QCOMPARE(page.proxy()->rowCount(), 0);
        QCOMPARE(child<QLabel>(&page, "caseCountLabel")->text(), QStringLiteral("0 of 1 cases, 1 overdue"));
    }
    void attachmentsOpenFromAReadOnlyCopy()
    {
        TempWorkspace t(QDate(2022, 7, 20));
        Unit u;
        u.campaign = t.campaign;
        u.name = QStringLiteral("旗交通运输局");
        Complaint c;
        c.campaign = t.campaign;
        c.unit = t.ws->units().create(u).value();
        c.receivedOn = QDate(2022, 7, 1);
        c.summary = QStringLiteral("超限检测站以罚代管");
        const ComplaintId id = t.ws->supervision().intake(c).value();
        QTemporaryDir dir;
        QFile scan(dir.filePath(QStringLiteral("来信扫描件.pdf")));
        QVERIFY(scan.open(QIODevice::WriteOnly));
        scan.write("%PDF-1.4 letter");
        scan.close();
        const ComplaintAttachment stored = t.ws->supervision().attach(id, scan.fileName()).value();

        SupervisionPage page(t.ws->supervision(), t.ws->units(), t.ws->clock());
        page.setCampaign(t.ws->campaigns().campaign(t.campaign).value());
        page.selectCase(id);
        // The detail lists the file as a link; following it opens a read-only copy under its own name.
        QVERIFY(child<QTextBrowser>(&page, "caseDetail")
                    ->toHtml()
                    .contains(QStringLiteral("attachment:") + stored.sha256));
        const QString copy = page.openAttachment(stored.sha256);
        QVERIFY(copy.endsWith(QStringLiteral("来信扫描件.pdf")));
        QFile opened(copy);
        QVERIFY(opened.open(QIODevice::ReadOnly));
        QCOMPARE(opened.readAll(), QByteArray("%PDF-1.4 letter"));
        QVERIFY(!(QFileInfo(copy).permissions() & QFile::WriteOwner));
        QVERIFY(page.openAttachment(QStringLiteral("0000")).isEmpty());
    }

    void importsABatchThroughTheDialog()
    {
        TempWorkspace t(QDate(2022, 7, 20));
        Unit u;
        u.campaign = t.campaign;
        u.name = QStringLiteral("旗公安局");
        QVERIFY(t.ws->units().create(u).ok());
        SupervisionPage page(t.ws->supervision(), t.ws->units(), t.ws->clock());
        page.setCampaign(t.ws->campaigns().campaign(t.campaign).value());

        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("投诉.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("收到日期,来源渠道,涉及单位,企业名称,是否涉企,投诉人,联系方式,反映问题\n"
                                   "2022-07-01,电话,旗公安局,,否,陈静,13800001111,窗口办事拖延\n"
                                   "2022/7/2,网络,旗公安局,某超市,是,,,重复检查\n")
                        .toUtf8());
        }
        QPointer<ImportDialog> dialog = page.openImportDialog(csv);
        QVERIFY(dialog);
        QVERIFY(dialog->report().clean());
        QVERIFY(dialog->importButton()->isEnabled());
        QCOMPARE(t.ws->supervision().complaints(t.campaign)->size(), size_t(0)); // the check wrote nothing
        dialog->runImport();
        QTRY_VERIFY(!dialog);
        QCOMPARE(t.ws->supervision().complaints(t.campaign)->size(), size_t(2));
        QCOMPARE(page.model()->rowCount(), 2); // the table followed the service
    }
};

QTEST_MAIN(TestSupervisionPage)
#include "tst_supervisionpage.moc"
