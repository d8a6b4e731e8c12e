// The documents page offscreen, driven as the clerk would: a reminder drafted from the register, refused for
// issuing while it still holds placeholders (a spot-check notice), issued with the message-box seam, voided
// numbers kept, and the PDF saved from the page being exactly the stored one.
#include "documents/documenteditor.h"
#include "documents/documentspage.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "pdfprobe.h"
#include "services/campaignfigures.h"
#include "services/documentservice.h"
#include "services/submissionservice.h"
#include "services/supervisionservice.h"
#include "services/unitservice.h"
#include "settings.h"
#include "supervision/supervisionpage.h"
#include "tempworkspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QSettings>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>
#include <QtTest>

using namespace oversight;

class TestDocumentsPage final : public QObject
{
    Q_OBJECT

    struct Gui
    {
        TempWorkspace t{QDate(2022, 7, 20)};
        QTemporaryDir settingsDir;
        QSettings store{settingsDir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
        Settings settings{&store};
        std::unique_ptr<MainWindow> window;

        Gui()
        {
            Unit unit;
            unit.campaign = t.campaign;
            unit.name = QStringLiteral("旗公安局");
            if (!t.ws->units().create(unit))
                qFatal("cannot add a unit");
            window = std::make_unique<MainWindow>(t.ws->campaigns(), t.ws->units(), t.ws->supervision(),
                                                  t.ws->clock(), settings);
            window->addDocumentsPage(t.ws->documents(), t.ws->units());
            // What main() wires with the dashboard: what a unit owes, from the data `status` counts.
            TempWorkspace *tw = &t;
            page()->setDataSource(
                [tw](CampaignId c, QDate day) { return CampaignData::load(*tw->ws, c, day); });
            window->resize(1366, 768);
            window->show();
        }
        DocumentsPage *page() const { return window->documentsPage(); }
        QTableWidget *table() const { return page()->table(); }
        QPushButton *button(const char *name) const
        {
            return page()->findChild<QPushButton *>(QLatin1String(name));
        }
        void chooseKind(DocumentKind kind) const
        {
            auto *combo = page()->findChild<QComboBox *>(QStringLiteral("kindCombo"));
            combo->setCurrentIndex(combo->findData(QVariant::fromValue(kind)));
        }
        QString cell(int row, int column) const { return table()->item(row, column)->text(); }
    };

private Q_SLOTS:
    void initTestCase() { MessageBox::setTestMode(true); }
    void init() { (void)MessageBox::takeShown(); }

    void pageIsInTheNavigation()
    {
        Gui g;
        auto *nav = g.window->findChild<QListWidget *>(QStringLiteral("navigationList"));
        QCOMPARE(nav->count(), 3); // units, complaints and supervision, documents (added last)
        nav->setCurrentRow(2);
        QVERIFY(g.page()->isVisible());
        QVERIFY(!g.page()->findChild<QLabel *>(QStringLiteral("fontsLabel"))->text().isEmpty());
        QCOMPARE(g.table()->rowCount(), 0);
        QVERIFY(!g.button("issueButton")->isEnabled());
    }

    void draftIssueAndExport()
    {
        Gui g;
        g.window->findChild<QListWidget *>(QStringLiteral("navigationList"))->setCurrentRow(1);
        g.chooseKind(DocumentKind::Reminder);
        QVERIFY(g.page()->findChild<QComboBox *>(QStringLiteral("unitCombo"))->isEnabled());
        QTest::mouseClick(g.button("newDraftButton"), Qt::LeftButton);
        QCOMPARE(g.table()->rowCount(), 1);
        QCOMPARE(g.cell(0, 4), QStringLiteral("Draft"));
        QVERIFY(g.cell(0, 3).contains(QStringLiteral("催报")));
        QVERIFY(g.button("issueButton")->isEnabled());
        QVERIFY(!g.button("voidButton")->isEnabled());

        // Issuing asks first; "No" leaves the draft as it was.
        MessageBox::setNextAnswers({QMessageBox::No});
        QTest::mouseClick(g.button("issueButton"), Qt::LeftButton);
        QCOMPARE(g.cell(0, 4), QStringLiteral("Draft"));

        MessageBox::setNextAnswers({QMessageBox::Yes});
        QTest::mouseClick(g.button("issueButton"), Qt::LeftButton);
        QCOMPARE(g.cell(0, 0), QStringLiteral("奈司字〔2022〕12号"));
        QCOMPARE(g.cell(0, 4), QStringLiteral("Issued"));
        const auto shown = MessageBox::takeShown();
        QVERIFY(!shown.isEmpty());
        QVERIFY2(shown.last().text.contains(QStringLiteral("奈司字〔2022〕12号")),
                 qPrintable(shown.last().text));
        QVERIFY(!g.button("editButton")->isEnabled());
        QVERIFY(g.button("voidButton")->isEnabled());

        // "Save PDF" of an issued document writes the stored bytes, not a new rendering.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.pdf"));
        g.page()->exportPdf(path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto record = g.page()->selected();
        QVERIFY(record);
        QCOMPARE(f.readAll(), g.t.ws->documents().reprint(record->id).value());

        const QString odt = dir.filePath(QStringLiteral("copy.odt"));
        g.page()->exportOdt(odt);
        QVERIFY(QFileInfo(odt).size() > 0);

        const QString shot = qEnvironmentVariable("OVERSIGHT_SHOT");
        if (!shot.isEmpty())
            g.window->grab().save(shot);
    }

    // A reminder asks for what the unit owes on the day (as the CLI's and `status` do): 附件7 only of a unit
    // with files drawn, nothing already handed in.
    void reminderAsksOnlyForWhatIsMissing()
    {
        Gui g; // 2022-07-20: the self-check forms (05-21) and 附件7 (07-15) are past due; no file is drawn
        g.window->addSubmissionsPage(g.t.ws->submissions());
        g.chooseKind(DocumentKind::Reminder);
        const auto draftBody = [&g] {
            QTest::mouseClick(g.button("newDraftButton"), Qt::LeftButton);
            const auto record = g.page()->selected();
            return record ? record->content.body : QString();
        };
        const QString before = draftBody();
        QVERIFY2(before.contains(u"附件1《"_qs) && before.contains(u"2022年5月21日"_qs), qPrintable(before));
        QVERIFY2(!before.contains(u"附件7"_qs), qPrintable(before)); // nothing of it was drawn

        const UnitId unit = g.t.ws->units().findByName(g.t.campaign, u"旗公安局"_qs).value().value().id;
        Receipt receipt;
        receipt.receivedOn = QDate(2022, 5, 14);
        receipt.filledBy = u"李明"_qs;
        receipt.filledOn = QDate(2022, 5, 13);
        QVERIFY(g.t.ws->submissions().receive(g.t.campaign, unit, u"附件1"_qs, receipt, FormData()).ok());
        MessageBox::setNextAnswers({QMessageBox::No}); // a second draft for the unit, on purpose
        const QString after = draftBody();
        QVERIFY2(!after.contains(u"附件1《"_qs), qPrintable(after));
        QVERIFY2(after.contains(u"附件2《"_qs), qPrintable(after));
        QVERIFY2(after.contains(u"联系人"_qs), qPrintable(after)); // still without a contact
    }

    // 新建草稿 with a draft of the same notice standing: asked; Yes opens the first, No makes a second,
    // Cancel makes none.
    void aSecondDraftOfTheSameNoticeAsks()
    {
        Gui g;
        g.chooseKind(DocumentKind::Reminder);
        QTest::mouseClick(g.button("newDraftButton"), Qt::LeftButton);
        const auto first = g.page()->selected();
        QVERIFY(first);
        QCOMPARE(g.page()->table()->rowCount(), 1);
        (void)MessageBox::takeShown();

        MessageBox::setNextAnswers({QMessageBox::Yes});
        QTest::mouseClick(g.button("newDraftButton"), Qt::LeftButton);
        auto shown = MessageBox::takeShown();
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.front().icon, QMessageBox::Question);
        QVERIFY2(shown.front().text.contains(first->content.title), qPrintable(shown.front().text));
        QCOMPARE(g.page()->table()->rowCount(), 1);
        QCOMPARE(g.page()->selected()->id, first->id);

        MessageBox::setNextAnswers({QMessageBox::Cancel});
        QTest::mouseClick(g.button("newDraftButton"), Qt::LeftButton);
        QCOMPARE(g.page()->table()->rowCount(), 1);

        MessageBox::setNextAnswers({QMessageBox::No});
        QTest::mouseClick(g.button("newDraftButton"), Qt::LeftButton);
        QCOMPARE(g.page()->table()->rowCount(), 2);
        QVERIFY(g.page()->selected()->id != first->id);
        (void)MessageBox::takeShown();
    }

    // The office's number and date: taken as typed, a used number refused with nothing issued.
    void issueWithTheClerksNumberAndDate()
    {
        Gui g;
        g.chooseKind(DocumentKind::Reminder);
        QTest::mouseClick(g.button("newDraftButton"), Qt::LeftButton);
        g.page()->numberField()->setValue(20);
        g.page()->dateField()->setDate(QDate(2022, 7, 22));
        MessageBox::setNextAnswers({QMessageBox::Yes});
        QTest::mouseClick(g.button("issueButton"), Qt::LeftButton);
        QCOMPARE(g.cell(0, 0), QStringLiteral("奈司字〔2022〕20号"));
        QCOMPARE(g.page()->selected()->content.date, QDate(2022, 7, 22));
        QCOMPARE(g.page()->numberField()->value(), 0); // the next one proposes the next free number again
        (void)MessageBox::takeShown();

        QTest::mouseClick(g.button("newDraftButton"), Qt::LeftButton);
        g.page()->numberField()->setValue(20);
        QTest::mouseClick(g.button("issueButton"), Qt::LeftButton);
        const auto shown = MessageBox::takeShown();
        QCOMPARE(shown.size(), 1); // refused before the question
        QVERIFY2(shown.front().text.contains(u"奈司字〔2022〕20号"_qs), qPrintable(shown.front().text));
        QCOMPARE(g.page()->selected()->status, DocumentStatus::Draft);

        g.page()->numberField()->setValue(0);
        g.page()->dateField()->setDate(QDate(2023, 1, 3));
        QTest::mouseClick(g.button("issueButton"), Qt::LeftButton);
        QVERIFY(MessageBox::takeShown().front().text.contains(u"2023-01-03"_qs));
        QCOMPARE(g.page()->selected()->status, DocumentStatus::Draft);
    }

    void aPrinterGetsTheSameLayout()
    {
        // The printer path: the same renderer painting on a QPrinter (here one that prints to a PDF file).
        Gui g;
        g.chooseKind(DocumentKind::Reminder);
        QTest::mouseClick(g.button("newDraftButton"), Qt::LeftButton);
        const auto record = g.page()->selected();
        QVERIFY(record);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("printed.pdf"));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        printer.setFullPage(true);
        const DocumentRenderer renderer(DocumentFonts::resolve());
        QVERIFY(renderer.paint(record->content, printer));
        const auto pages = probe::lines(path);
        QVERIFY(!pages.empty());
        int bodyLines = 0;
        for (const probe::Line &line : pages.front().lines) {
            if (line.y0 < 180 || line.y0 > 262)
                continue;
            ++bodyLines;
            QVERIFY2(std::abs(line.x0 - 28) <= 1 || std::abs(line.x0 - 39.14) <= 1, qPrintable(line.text));
            QVERIFY2(line.x1 <= 185, qPrintable(line.text));
        }
        QVERIFY(bodyLines >= 5);
        const probe::RedInk ink = probe::redInk(probe::render(path, 1, 100), 100);
        QVERIFY2(std::abs(ink.top - 72) <= 1.3, qPrintable(QString::number(ink.top)));
        QVERIFY2(std::abs(ink.ruleX1 - ink.ruleX0 - 156) <= 1.3,
                 qPrintable(QString::number(ink.ruleX1 - ink.ruleX0)));
    }

    void editorSavesTheDraft()
    {
        Gui g;
        g.chooseKind(DocumentKind::Reminder);
        QTest::mouseClick(g.button("newDraftButton"), Qt::LeftButton);
        bool seen = false;
        QTimer::singleShot(0, g.page(), [&] {
            auto *editor = g.page()->findChild<DocumentEditor *>(QStringLiteral("documentEditor"));
            if (!editor)
                return;
            seen = true;
            editor->findChild<QLineEdit *>(QStringLiteral("titleEdit"))
                ->setText(QStringLiteral("关于补报材料的通知"));
            editor->findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"))
                ->setPlainText(QStringLiteral("请于2022年7月27日前补报。"));
            editor->accept();
        });
        QTest::mouseClick(g.button("editButton"), Qt::LeftButton);
        QVERIFY(seen);
        QCOMPARE(g.cell(0, 3), QStringLiteral("关于补报材料的通知"));
        const auto record = g.page()->selected();
        QVERIFY(record);
        QCOMPARE(record->content.body, QStringLiteral("请于2022年7月27日前补报。"));
        QCOMPARE(record->status, DocumentStatus::Draft);
    }

    void supervisionPageDraftsANoticeHere()
    {
        // The supervision page's 起草通知书 makes a draft 执法监督通知书 of the selected case on this page,
        // addressed to the unit, without the complainant, and shows it.
        Gui gui;
        Complaint c;
        c.campaign = gui.t.campaign;
        c.channel = Complaint::Channel::Phone;
        c.receivedOn = QDate(2022, 6, 1);
        c.unit = gui.t.ws->units().findByName(gui.t.campaign, QStringLiteral("旗公安局"))->value().id;
        c.enterpriseName = QStringLiteral("奈曼旗宏达建材有限公司");
        c.summary = QStringLiteral("执法人员检查时未出示执法证件。");
        c.complainantName = QStringLiteral("王秀英");
        c.complainantContact = QStringLiteral("13912345678");
        const auto id = gui.t.ws->supervision().intake(c);
        QVERIFY(id);
        SupervisionPage *supervision = gui.window->supervisionPage();
        supervision->selectCase(*id);
        auto *draft = supervision->findChild<QPushButton *>(QStringLiteral("caseNoticeButton"));
        QVERIFY(draft && draft->isEnabled());
        draft->click();

        auto *stack = gui.window->findChild<QStackedWidget *>(QStringLiteral("pageStack"));
        QCOMPARE(stack->currentWidget(), gui.page());
        const auto selected = gui.page()->selected();
        QVERIFY(selected.has_value());
        QCOMPARE(selected->status, DocumentStatus::Draft);
        QCOMPARE(selected->content.kind, DocumentKind::Supervision);
        QCOMPARE(selected->content.addressee, QStringLiteral("旗公安局"));
        const QString text = selected->content.title + selected->content.body;
        QVERIFY(text.contains(QStringLiteral("奈曼旗宏达建材有限公司")));
        QVERIFY(!text.contains(QStringLiteral("王秀英")));
        QVERIFY(!text.contains(QStringLiteral("13912345678")));
    }

    void placeholdersBlockIssuing()
    {
        Gui g;
        g.chooseKind(DocumentKind::SpotCheck);
        QVERIFY(!g.page()->findChild<QComboBox *>(QStringLiteral("unitCombo"))->isEnabled());
        QTest::mouseClick(g.button("newDraftButton"), Qt::LeftButton);
        QCOMPARE(g.table()->rowCount(), 1);
        QTest::mouseClick(g.button("issueButton"), Qt::LeftButton);
        const auto shown = MessageBox::takeShown();
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().icon, QMessageBox::Warning);
        QVERIFY(shown.first().text.contains(QStringLiteral("【")));
        QCOMPARE(g.cell(0, 4), QStringLiteral("Draft"));
        QVERIFY(g.t.ws->documents().numbersInUse(QStringLiteral("奈司字"), 2022)->empty());

        MessageBox::setNextAnswers({QMessageBox::Yes});
        QTest::mouseClick(g.button("deleteButton"), Qt::LeftButton);
        QCOMPARE(g.table()->rowCount(), 0);
    }
};

QTEST_MAIN(TestDocumentsPage)
#include "tst_documentspage.moc"
