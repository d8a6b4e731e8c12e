// Privacy and input checks the clerk meets on screen: the complaint page's detail pane and case list show
// every variant of maskvariants.h masked; the unit dialog refuses control characters, takes a name that
// differs only in full-width brackets as the registered unit, and asks before registering a lookalike.
#include "maskcases.h"
#include "messagebox.h"
#include "models/complaintfilterproxy.h"
#include "models/complainttablemodel.h"
#include "services/campaignservice.h"
#include "supervision/supervisionpage.h"
#include "units/unitdialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTextBrowser>
#include <QtTest>

#include <memory>

using namespace oversight;

namespace {
template <typename T>
T *child(QWidget *w, const char *name)
{
    return w->findChild<T *>(QString::fromLatin1(name));
}

/// A new-unit dialog with `typed` in its name field, beside a registered unit `registered`.
std::unique_ptr<UnitDialog> newUnitBeside(TempWorkspace &t, const QString &registered, const QString &typed)
{
    Unit u;
    u.campaign = t.campaign;
    u.name = registered;
    if (!t.ws->units().create(u))
        qFatal("cannot register %s", qPrintable(registered));
    Unit blank;
    blank.campaign = t.campaign;
    auto dialog = std::make_unique<UnitDialog>(t.ws->units(), blank);
    child<QLineEdit>(dialog.get(), "nameEdit")->setText(typed);
    return dialog;
}
} // namespace

class TestPrivacyUi final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { MessageBox::setTestMode(true); }

    void detailPaneMasksEveryVariant()
    {
        TempWorkspace t(QDate(2022, 6, 20));
        const std::vector<MaskCase> cases = registerMaskCases(t);
        QVERIFY(cases.size() >= 30);
        SupervisionPage page(t.ws->supervision(), t.ws->units(), t.ws->clock());
        page.setCampaign(t.ws->campaigns().campaign(t.campaign).value());
        page.show();
        for (const MaskCase &mc : cases) {
            page.selectCase(mc.id);
            QCOMPARE(page.selectedCase(), mc.id);
            const QString detail = child<QTextBrowser>(&page, "caseDetail")->toPlainText();
            QVERIFY2(detail.contains(QStringLiteral("2022-")), qPrintable(detail));
            QVERIFY2(leakIn(detail, mc.variant).isEmpty(),
                     qPrintable(QString::fromUtf8(mc.variant.label) + u": "_qs + detail));
            QVERIFY2(matchKey(detail).contains(matchKey(mc.variant.keep)), qPrintable(detail));
        }
        // The case list: the enterprise column and the summary in its tooltip.
        const QAbstractItemModel *model = page.proxy();
        QCOMPARE(model->rowCount(), int(cases.size()));
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex enterprise = model->index(row, ComplaintTableModel::Enterprise);
            for (const MaskCase &mc : cases) {
                QVERIFY2(leakIn(enterprise.data().toString(), mc.variant).isEmpty(),
                         qPrintable(enterprise.data().toString()));
                QVERIFY2(leakIn(enterprise.data(Qt::ToolTipRole).toString(), mc.variant).isEmpty(),
                         qPrintable(enterprise.data(Qt::ToolTipRole).toString()));
            }
        }
    }

    void unitDialogRefusesControlCharacters()
    {
        TempWorkspace t;
        Unit blank;
        blank.campaign = t.campaign;
        UnitDialog dialog(t.ws->units(), blank);
        child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("旗公安\x1b[2J局"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        const QString error = child<QLabel>(&dialog, "errorLabel")->text();
        QVERIFY2(error.contains(QStringLiteral("Unit name")) && error.contains(QStringLiteral("ESC")),
                 qPrintable(error));
        QVERIFY(t.ws->units().units(t.campaign)->empty());
    }

    void unitDialogKnowsAFullWidthTwin()
    {
        TempWorkspace t;
        const auto owned = newUnitBeside(t, QStringLiteral("测试局（筹）"), QStringLiteral("测试局(筹)"));
        UnitDialog &dialog = *owned;
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(child<QLabel>(&dialog, "errorLabel")->text().contains(QStringLiteral("测试局（筹）")),
                 qPrintable(child<QLabel>(&dialog, "errorLabel")->text()));
        QCOMPARE(t.ws->units().units(t.campaign)->size(), size_t(1));
        // The CLI's --unit finds it by either spelling.
        QCOMPARE(t.ws->units().findByName(t.campaign, QStringLiteral("测试局(筹)"))->value().name,
                 QStringLiteral("测试局（筹）"));
    }

    void unitDialogAsksAboutALookalike()
    {
        TempWorkspace t;
        const auto owned =
            newUnitBeside(t, QStringLiteral("奈曼旗林业和草原局"), QStringLiteral("奈曼旗林业草原局"));
        UnitDialog &dialog = *owned;
        (void)MessageBox::takeShown();
        MessageBox::setNextAnswers({QMessageBox::No});
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        const auto shown = MessageBox::takeShown();
        QCOMPARE(shown.size(), 1);
        QVERIFY2(shown.first().text.contains(QStringLiteral("奈曼旗林业和草原局")),
                 qPrintable(shown.first().text));
        QCOMPARE(t.ws->units().units(t.campaign)->size(), size_t(1));

        MessageBox::setNextAnswers({QMessageBox::Yes});
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(t.ws->units().units(t.campaign)->size(), size_t(2));
    }
};

QTEST_MAIN(TestPrivacyUi)
#include "tst_privacyui.moc"
