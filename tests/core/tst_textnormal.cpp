// Input text normalisation: which characters are refused (and how they are named), how they print on a
// terminal, the matching key of a unit name, near-duplicate names, and the range of a form's figures.
#include "domain/formdata.h"
#include "domain/textnormal.h"
#include "domain/unit.h"

#include <QJsonDocument>
#include <QtTest>

using namespace oversight;

class TestTextNormal final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forbiddenCharacters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("multiLine");
        QTest::addColumn<int>("position"); // -1: clean
        QTest::addColumn<uint>("codePoint");
        QTest::newRow("clean") << QStringLiteral("旗公安局") << false << -1 << 0u;
        QTest::newRow("ESC") << QStringLiteral("旗\x1b[31m局") << false << 1 << 0x1bu;
        QTest::newRow("BEL") << QStringLiteral("局\a") << false << 1 << 0x07u;
        QTest::newRow("NUL") << QString(QStringLiteral("ab") + QChar(0) + QStringLiteral("c")) << false << 2
                             << 0u;
        QTest::newRow("DEL") << QStringLiteral("a\x7f") << false << 1 << 0x7fu;
        QTest::newRow("C1 CSI") << QStringLiteral("a\u009b2J") << false << 1 << 0x9bu;
        QTest::newRow("RLO") << QStringLiteral("局\u202egpj.exe") << false << 1 << 0x202eu;
        QTest::newRow("LRE") << QStringLiteral("\u202a局") << false << 0 << 0x202au;
        QTest::newRow("isolate") << QStringLiteral("局\u2066x\u2069") << false << 1 << 0x2066u;
        QTest::newRow("BOM inside") << QStringLiteral("旗\ufeff局") << false << 1 << 0xfeffu;
        QTest::newRow("tab in a name") << QStringLiteral("旗\t局") << false << 1 << 0x09u;
        QTest::newRow("tab in notes") << QStringLiteral("旗\t局\n二行\r\n") << true << -1 << 0u;
        QTest::newRow("ESC in notes") << QStringLiteral("一行\n\x1b") << true << 3 << 0x1bu;
        QTest::newRow("counted by character") << QStringLiteral("\U00020000\x1b") << false << 1 << 0x1bu;
        QTest::newRow("zero-width space is matched, not refused")
            << QStringLiteral("旗\u200b局") << false << -1 << 0u;
    }
    void forbiddenCharacters()
    {
        QFETCH(QString, text);
        QFETCH(bool, multiLine);
        QFETCH(int, position);
        QFETCH(uint, codePoint);
        const auto found = findForbiddenCharacter(text, multiLine);
        QCOMPARE(found.has_value(), position >= 0);
        if (found) {
            QCOMPARE(int(found->position), position);
            QCOMPARE(uint(found->codePoint), codePoint);
        }
    }

    void messagesNameTheCharacter()
    {
        QCOMPARE(describeForbiddenCharacter({3, 0x1b}),
                 QStringLiteral("the control character ESC (U+001B) at "
                                "character 4"));
        QVERIFY(describeForbiddenCharacter({0, 0x202e}).contains(QStringLiteral("U+202E")));
        QVERIFY(describeForbiddenCharacter({0, 0xfeff}).contains(QStringLiteral("byte order mark")));
        // A unit refused in a dialog says which field and what to do.
        Unit u;
        u.name = QStringLiteral("旗公安\u202e局");
        const auto problems = validateUnit(u);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, QStringLiteral("name"));
        QVERIFY(problems.first().message.startsWith(QStringLiteral("Unit name: ")));
        QVERIFY(problems.first().message.contains(QStringLiteral("U+202E")));
        u.name = QStringLiteral("旗公安局");
        u.notes = QStringLiteral("第一行\n第二行\t备注");
        QVERIFY(validateUnit(u).isEmpty());
        u.contactPhone = QStringLiteral("0475\x07");
        QCOMPARE(validateUnit(u).size(), 1);
        QVERIFY(validateUnit(u).first().message.contains(QStringLiteral("BEL")));
    }

    void terminalOutputIsEscaped()
    {
        QCOMPARE(escapeForTerminal(QStringLiteral("旗公安局\n\t3")), QStringLiteral("旗公安局\n\t3"));
        QCOMPARE(escapeForTerminal(QStringLiteral("a\x1b[2Jb\a\r")),
                 QStringLiteral("a\\u001B[2Jb\\u0007\\u000D"));
        QCOMPARE(escapeForTerminal(QStringLiteral("\u202eexe.txt\ufeff")),
                 QStringLiteral("\\u202Eexe.txt\\uFEFF"));
        // JSON stays JSON: the escape is JSON's own.
        const QString json = escapeForTerminal(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("局\u202e\u0085")}}).toJson()));
        QVERIFY(!json.contains(QChar(0x202e)));
        const auto parsed = QJsonDocument::fromJson(json.toUtf8());
        QCOMPARE(parsed.object().value(QStringLiteral("name")).toString(), QStringLiteral("局\u202e\u0085"));
    }

    void unitNamesMatchByKey()
    {
        QCOMPARE(matchKey(QStringLiteral("测试局(筹)")), matchKey(QStringLiteral("测试局（筹）")));
        QCOMPARE(matchKey(QStringLiteral("旗公安\u200b局")), matchKey(QStringLiteral("旗公安局")));
        QCOMPARE(matchKey(QStringLiteral("旗 公安局")), matchKey(QStringLiteral("旗公安局")));
        QCOMPARE(matchKey(QStringLiteral("ＡＢＣ局")), matchKey(QStringLiteral("abc局")));
        QVERIFY(matchKey(QStringLiteral("旗公安局")) != matchKey(QStringLiteral("旗司法局")));
    }

    void nearDuplicates_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("alike");
        QTest::newRow("brackets dropped")
            << QStringLiteral("测试局(筹)") << QStringLiteral("测试局筹") << true;
        QTest::newRow("one character left out")
            << QStringLiteral("奈曼旗林业和草原局") << QStringLiteral("奈曼旗林业草原局") << true;
        QTest::newRow("one character changed")
            << QStringLiteral("奈曼旗市场监督管理局") << QStringLiteral("奈曼旗市场监管管理局") << true;
        QTest::newRow("numbered units")
            << QStringLiteral("第一派出所") << QStringLiteral("第二派出所") << false;
        QTest::newRow("numbered in digits")
            << QStringLiteral("公安局1所") << QStringLiteral("公安局2所") << false;
        QTest::newRow("same key is the same unit, not a lookalike")
            << QStringLiteral("测试局(筹)") << QStringLiteral("测试局（筹）") << false;
        QTest::newRow("short names differ")
            << QStringLiteral("旗公安局") << QStringLiteral("旗司法局") << false;
        QTest::newRow("two characters apart")
            << QStringLiteral("奈曼旗教育体育局") << QStringLiteral("奈曼旗卫生健康委") << false;
    }
    void nearDuplicates()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, alike);
        QCOMPARE(looksAlike(a, b), alike);
        QCOMPARE(looksAlike(b, a), alike);
        LookalikeIndex index;
        index.add(a);
        QCOMPARE(index.lookalikesOf(b), alike ? QStringList{a} : QStringList());
    }

    void formFiguresHaveARange()
    {
        FieldSpec hours;
        hours.key = QStringLiteral("hours");
        hours.label = QStringLiteral("培训学时");
        hours.type = FieldSpec::Type::Decimal;
        QString why;
        QVERIFY(!readFieldValue(hours, QStringLiteral("1e308"), &why));
        QVERIFY2(why.contains(QStringLiteral("out of range")), qPrintable(why));
        QVERIFY(!readFieldValue(hours, QStringLiteral("-1e20"), &why));
        QCOMPARE(readFieldValue(hours, QStringLiteral("12.5")).value_or(QString()), QStringLiteral("12.5"));
        FieldSpec count = hours;
        count.type = FieldSpec::Type::Integer;
        QVERIFY(!readFieldValue(count, QStringLiteral("9223372036854775807"), &why));
        QVERIFY(why.contains(QStringLiteral("out of range")));
        QVERIFY(!readFieldValue(count, QStringLiteral("1e308"), &why));
        QVERIFY(why.contains(QStringLiteral("out of range")));
        QCOMPARE(readFieldValue(count, QStringLiteral("1,200")).value_or(QString()), QStringLiteral("1200"));
    }
};

QTEST_GUILESS_MAIN(TestTextNormal)
#include "tst_textnormal.moc"
