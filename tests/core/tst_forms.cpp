// The attachment forms of the shipped 2022 campaign as data: every check of forms.md fires on a crafted
// submission and stays quiet on a clean one; the 30% rule at its edges; late days at the boundary.
#include "campaign/campaignloader.h"
#include "domain/campaign.h"
#include "domain/formdata.h"
#include "domain/submission.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace oversight;

namespace {

const QDate today(2022, 5, 25);

FormData::Row row(std::initializer_list<std::pair<const char *, const char *>> cells)
{
    FormData::Row r;
    for (const auto &[k, v] : cells)
        r.insert(QString::fromUtf8(k), QString::fromUtf8(v));
    return r;
}

/// A submission of each form that passes every check.
FormData cleanData(const FormSpec &spec)
{
    FormData d;
    const QString id = spec.id;
    if (id == QStringLiteral("附件1")) {
        d.values = row({{"major_decisions", "12"},
                        {"major_reviewed", "12"},
                        {"reviewers", "3"},
                        {"reviewers_qualified", "2"},
                        {"platform_uploads", "40"}});
        for (qsizetype i = 0; i < spec.items.size(); ++i)
            d.rows.push_back(row({{"status", "已落实"}}));
    } else if (id == QStringLiteral("附件2")) {
        d.values = row({{"cases_total", "47"},
                        {"cases_penalty", "30"},
                        {"cases_licensing", "10"},
                        {"cases_coercion", "2"},
                        {"cases_inspection", "5"},
                        {"cases_other", "0"},
                        {"cases_self_checked", "15"},
                        {"result_excellent", "5"},
                        {"result_good", "6"},
                        {"result_pass", "4"},
                        {"result_fail", "0"}});
        d.rows.push_back(row({{"case_no", "奈公罚〔2021〕1号"},
                              {"case_name", "某某违法案"},
                              {"self_checked", "是"},
                              {"grade", "良好"}}));
        d.rows.push_back(row({{"case_no", "奈公罚〔2021〕2号"}, {"case_name", "某某违法案"}}));
    } else if (id == QStringLiteral("附件3-1")) {
        for (qsizetype i = 0; i < spec.items.size(); ++i)
            d.rows.push_back(row({{"exists", "否"}}));
    } else if (id == QStringLiteral("附件3-2")) {
        d.values = row({{"checked_entities", "20"}, {"results_published", "20"}});
    } else if (id == QStringLiteral("附件4")) {
        for (qsizetype i = 0; i < spec.items.size(); ++i)
            d.rows.push_back(row({{"established", "是"},
                                  {"name_number", "某制度 奈某发〔2021〕3号"},
                                  {"established_on", "2021-06-01"}}));
    } else if (id == QStringLiteral("附件5-1")) {
        d.rows.push_back(row({{"body_name", "旗某局"},
                              {"body_type", "法定行政机关"},
                              {"powers", "处罚、检查"},
                              {"legal_basis", "某法第十条"},
                              {"qualified", "是"}}));
        d.rows.push_back(row({{"body_name", "旗某执法大队"},
                              {"body_type", "受委托组织"},
                              {"entrusting_body", "旗某局"},
                              {"entrustment_basis", "委托书"},
                              {"procedure_followed", "是"},
                              {"entrustment_filed", "是"},
                              {"qualified", "是"}}));
    } else if (id == QStringLiteral("附件5-2")) {
        d.rows.push_back(row({{"name", "甲某"},
                              {"staffing", "行政编制"},
                              {"cert_no", "T-0001"},
                              {"issued_on", "2020-01-01"},
                              {"valid_until", "2025-01-01"},
                              {"training_hours", "60"},
                              {"exam", "已通过"}}));
    } else if (id == QStringLiteral("附件6-1")) {
        d.rows.push_back(
            row({{"item_name", "无犯罪记录证明"}, {"handling", "告知承诺"}, {"verification", "部门核验"}}));
    } else if (id == QStringLiteral("附件6-2")) {
        d.rows.push_back(row(
            {{"licence_item", "某许可"}, {"reform_mode", "审批改为备案"}, {"supervision", "双随机抽查"}}));
    } else if (id == QStringLiteral("附件7")) {
        d.rows.push_back(row({{"case_no", "A-1"},
                              {"score", "92.5"},
                              {"grade", "优秀"},
                              {"uploaded", "是"},
                              {"uploaded_on", "2022-07-01"}}));
    } else if (id == QStringLiteral("实施方案")) {
        d.values = row({{"lead_official", "王明"},
                        {"lead_body", "法制办公室"},
                        {"plan_number", "奈公发〔2022〕5号"},
                        {"plan_issued_on", "2022-04-06"}});
    }
    return d;
}

void setRow(FormData &d, size_t r, const char *key, const char *value)
{
    while (d.rows.size() <= r)
        d.rows.push_back({});
    d.rows[r].insert(QString::fromUtf8(key), QString::fromUtf8(value));
}

} // namespace

class TestForms final : public QObject
{
    Q_OBJECT

private:
    Campaign m_c;

    const FormSpec &form(const QString &id) const { return *m_c.form(id); }

private Q_SLOTS:
    void initTestCase()
    {
        const auto loaded = CampaignLoader::loadFile(CampaignLoader::builtinPath());
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
        m_c = *loaded;
        // The checks below are on typed figures; 附件2's from_rows counting (its two sample rows are not 47
        // files) has its own test, fromRowsFiguresAreTheRows().
        for (FormSpec &f : m_c.forms)
            for (FieldSpec &field : f.fields)
                field.fromRows = false;
    }

    void fromRowsFiguresAreTheRows()
    {
        const Campaign plan = CampaignLoader::loadFile(CampaignLoader::builtinPath()).value();
        const FormSpec &f = *plan.form(QStringLiteral("附件2"));
        QVERIFY(f.field(QStringLiteral("cases_total"))->fromRows);
        FormData d;
        d.rows.push_back(row({{"case_no", "1"}, {"case_name", "甲"}, {"case_type", "行政处罚"}, {"self_checked", "是"},
                              {"grade", "良好"}}));
        d.rows.push_back(row({{"case_no", "2"}, {"case_name", "乙"}, {"case_type", "行政检查"}, {"self_checked", "否"}}));
        d.rows.push_back(row({{"case_no", "3"}, {"case_name", "丙"}, {"case_type", "行政处罚"}, {"self_checked", "是"},
                              {"grade", "合格"}}));
        // Left empty: counted from the rows, and the form's own checks then hold.
        const FormData filled = withRowFigures(f, d);
        QCOMPARE(filled.values.value(QStringLiteral("cases_total")), QStringLiteral("3"));
        QCOMPARE(filled.values.value(QStringLiteral("cases_penalty")), QStringLiteral("2"));
        QCOMPARE(filled.values.value(QStringLiteral("cases_inspection")), QStringLiteral("1"));
        QCOMPARE(filled.values.value(QStringLiteral("cases_other")), QStringLiteral("0"));
        QCOMPARE(filled.values.value(QStringLiteral("cases_self_checked")), QStringLiteral("2"));
        QCOMPARE(filled.values.value(QStringLiteral("result_good")), QStringLiteral("1"));
        QVERIFY(rowFigureFindings(f, filled).empty());
        QVERIFY(!hasErrors(checkForm(f, d, today)));
        QCOMPARE(selfCheckFigures(f, filled)->total, 3);
        // Typed otherwise: an error naming the figure, what was typed and what the rows count.
        d.values.insert(QStringLiteral("cases_total"), QStringLiteral("47"));
        const auto found = rowFigureFindings(f, d);
        QCOMPARE(found.size(), size_t(1));
        QCOMPARE(found.front().field, QStringLiteral("cases_total"));
        QVERIFY(found.front().isError());
        QVERIFY2(found.front().message.contains(QStringLiteral("47")) &&
                     found.front().message.contains(QStringLiteral("2021年执法案卷总数")) &&
                     found.front().message.contains(QStringLiteral("案卷目录")),
                 qPrintable(found.front().message));
        QVERIFY(hasErrors(checkForm(f, d, today)));
        // A form without rows keeps what was typed.
        d.rows.clear();
        QVERIFY(rowFigureFindings(f, d).empty());
    }

    void everyFormIsDefined()
    {
        QCOMPARE(m_c.forms.size(), size_t(11)); // 附件1–7 and the implementation plan
        for (const FormSpec &f : m_c.forms) {
            QVERIFY2(!f.fields.isEmpty() || !f.columns.isEmpty(), qPrintable(f.id));
            if (f.kind == FormSpec::Kind::Checklist)
                QVERIFY2(!f.items.isEmpty(), qPrintable(f.id));
            QVERIFY2(!f.checks.isEmpty(), qPrintable(f.id));
        }
        QCOMPARE(form(QStringLiteral("附件1")).items.size(), 12);
        QCOMPARE(form(QStringLiteral("附件3-1")).items.size(), 9);
        // The six mechanisms of 规范内容（五） and the three more that 方法步骤（四） names.
        QCOMPARE(form(QStringLiteral("附件4")).items.size(), 9);
        QCOMPARE(form(QStringLiteral("附件5-1")).columns.size(), 10);
        QCOMPARE(form(QStringLiteral("附件5-2")).columns.size(), 12);
        QCOMPARE(m_c.reports.size(), size_t(2));
        QCOMPARE(m_c.deadlineOfItem(QStringLiteral("自查书面材料"))->due, QDate(2022, 5, 21));
        QCOMPARE(m_c.deadlineOfItem(QStringLiteral("整改情况书面报告"))->due, QDate(2022, 10, 12));
        QCOMPARE(m_c.deadlineOfItem(QStringLiteral("附件7"))->due,
                 m_c.phase(QStringLiteral("spot_check"))->to);
    }

    void cleanFormsAreQuiet()
    {
        for (const FormSpec &f : m_c.forms) {
            const FormData d = cleanData(f).normalized(f);
            const auto found = checkForm(f, d, today);
            QStringList messages;
            for (const FormFinding &x : found)
                messages << x.message;
            QVERIFY2(found.empty(),
                     qPrintable(f.id + QStringLiteral(": ") + messages.join(QStringLiteral("; "))));
        }
    }

    void roundTripThroughJson()
    {
        for (const FormSpec &f : m_c.forms) {
            const FormData d = cleanData(f).normalized(f);
            const QByteArray stored = QJsonDocument(d.toJson(f)).toJson(QJsonDocument::Compact);
            QCOMPARE(FormData::fromJson(f, QJsonDocument::fromJson(stored).object()), d);
        }
    }

    void eachCheckFires_data()
    {
        QTest::addColumn<QString>("form");
        QTest::addColumn<QString>("check");
        QTest::addColumn<bool>("error");
        const auto add = [](const char *f, const char *c, bool e) {
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QString::fromUtf8(f), QString::fromUtf8(c))))
                << QString::fromUtf8(f) << QString::fromUtf8(c) << e;
        };
        add("附件1", "reviewed_not_above", true);
        add("附件1", "all_reviewed", false);
        add("附件1", "qualified_not_above", true);
        add("附件1", "problem_stated", false);
        add("附件1", "measure_stated", false);
        add("附件2", "parts_sum", true);
        add("附件2", "checked_not_above", true);
        add("附件2", "self_check_share", false);
        add("附件2", "results_sum", true);
        add("附件2", "case_no_unique", true);
        add("附件2", "grade_given", false);
        add("附件3-1", "manifestation_stated", false);
        add("附件3-1", "measure_stated", false);
        add("附件3-2", "published_not_above", true);
        add("附件3-2", "all_published", false);
        add("附件4", "name_given", false);
        add("附件4", "date_given", false);
        add("附件4", "improvement_given", false);
        add("附件5-1", "body_unique", true);
        add("附件5-1", "entrusting_body", true);
        add("附件5-1", "entrustment_basis", true);
        add("附件5-1", "entrustment_filed", false);
        add("附件5-1", "procedure_followed", false);
        add("附件5-1", "legal_basis", false);
        add("附件5-1", "not_qualified", false);
        add("附件5-2", "cert_unique", true);
        add("附件5-2", "validity_order", true);
        add("附件5-2", "cert_expiring", false);
        add("附件5-2", "staffing_allowed", false);
        add("附件5-2", "exam_passed", false);
        add("附件5-2", "training_hours", false);
        add("附件6-1", "basis_given", false);
        add("附件6-1", "verification_given", false);
        add("附件6-2", "supervision_given", false);
        add("附件7", "case_no_unique", true);
        add("附件7", "score_range", true);
        add("附件7", "not_uploaded", false);
        add("附件7", "upload_date", false);
    }

    void eachCheckFires()
    {
        QFETCH(QString, form);
        QFETCH(QString, check);
        QFETCH(bool, error);
        const FormSpec &f = this->form(form);
        FormData d = cleanData(f);
        const QString key = form + QLatin1Char('/') + check;
        const auto is = [&key](const char *k) { return key == QString::fromUtf8(k); };
        if (is("附件1/reviewed_not_above"))
            d.values[QStringLiteral("major_reviewed")] = QStringLiteral("13");
        else if (is("附件1/all_reviewed"))
            d.values[QStringLiteral("major_reviewed")] = QStringLiteral("10");
        else if (is("附件1/qualified_not_above"))
            d.values[QStringLiteral("reviewers_qualified")] = QStringLiteral("4");
        else if (is("附件1/problem_stated") || is("附件1/measure_stated"))
            setRow(d, 2, "status", "部分落实");
        else if (is("附件2/parts_sum"))
            d.values[QStringLiteral("cases_other")] = QStringLiteral("1");
        else if (is("附件2/checked_not_above")) {
            d.values[QStringLiteral("cases_self_checked")] = QStringLiteral("48");
            d.values[QStringLiteral("result_pass")] = QStringLiteral("37");
        } else if (is("附件2/self_check_share")) {
            d.values[QStringLiteral("cases_self_checked")] = QStringLiteral("14");
            d.values[QStringLiteral("result_pass")] = QStringLiteral("3");
        } else if (is("附件2/results_sum"))
            d.values[QStringLiteral("result_fail")] = QStringLiteral("1");
        else if (is("附件2/case_no_unique"))
            setRow(d, 1, "case_no", "奈公罚〔2021〕1号");
        else if (is("附件2/grade_given"))
            setRow(d, 1, "self_checked", "是");
        else if (is("附件3-1/manifestation_stated") || is("附件3-1/measure_stated"))
            setRow(d, 0, "exists", "是");
        else if (is("附件3-2/published_not_above"))
            d.values[QStringLiteral("results_published")] = QStringLiteral("21");
        else if (is("附件3-2/all_published"))
            d.values[QStringLiteral("results_published")] = QStringLiteral("19");
        else if (is("附件4/name_given"))
            d.rows[1].remove(QStringLiteral("name_number"));
        else if (is("附件4/date_given"))
            d.rows[1].remove(QStringLiteral("established_on"));
        else if (is("附件4/improvement_given"))
            d.rows[1] = row({{"established", "否"}});
        else if (is("附件5-1/body_unique"))
            setRow(d, 1, "body_name", "旗某局");
        else if (is("附件5-1/entrusting_body"))
            d.rows[1].remove(QStringLiteral("entrusting_body"));
        else if (is("附件5-1/entrustment_basis"))
            d.rows[1].remove(QStringLiteral("entrustment_basis"));
        else if (is("附件5-1/entrustment_filed"))
            d.rows[1].remove(QStringLiteral("entrustment_filed"));
        else if (is("附件5-1/procedure_followed"))
            setRow(d, 1, "procedure_followed", "否");
        else if (is("附件5-1/legal_basis"))
            d.rows[0].remove(QStringLiteral("legal_basis"));
        else if (is("附件5-1/not_qualified"))
            setRow(d, 0, "qualified", "否");
        else if (is("附件5-2/cert_unique"))
            d.rows.push_back(d.rows[0]);
        else if (is("附件5-2/validity_order"))
            setRow(d, 0, "valid_until", "2019-12-31");
        else if (is("附件5-2/cert_expiring"))
            setRow(d, 0, "valid_until", "2022-08-23"); // 90 days after 05-25
        else if (is("附件5-2/staffing_allowed"))
            setRow(d, 0, "staffing", "事业编制");
        else if (is("附件5-2/exam_passed"))
            setRow(d, 0, "exam", "未参加");
        else if (is("附件5-2/training_hours"))
            setRow(d, 0, "training_hours", "39.5");
        else if (is("附件6-1/basis_given"))
            d.rows[0] = row({{"item_name", "某证明"}, {"handling", "保留"}});
        else if (is("附件6-1/verification_given"))
            d.rows[0].remove(QStringLiteral("verification"));
        else if (is("附件6-2/supervision_given"))
            d.rows[0].remove(QStringLiteral("supervision"));
        else if (is("附件7/case_no_unique"))
            d.rows.push_back(row({{"case_no", "A-1"}, {"uploaded", "是"}, {"uploaded_on", "2022-07-02"}}));
        else if (is("附件7/score_range"))
            setRow(d, 0, "score", "100.5");
        else if (is("附件7/not_uploaded"))
            d.rows[0] = row({{"case_no", "A-1"}, {"uploaded", "否"}});
        else if (is("附件7/upload_date"))
            d.rows[0].remove(QStringLiteral("uploaded_on"));
        else
            QFAIL("no crafted submission for this check");

        const auto found = checkForm(f, d.normalized(f), today);
        QStringList other;
        bool fired = false;
        for (const FormFinding &x : found) {
            if (x.checkId == check) {
                fired = true;
                QCOMPARE(x.isError(), error);
                QVERIFY(!x.message.isEmpty());
                QVERIFY2(f.field(x.field) || f.column(x.field), qPrintable(x.field));
            } else {
                other << x.checkId + QLatin1Char(':') + x.message;
            }
        }
        QVERIFY2(fired, qPrintable(check));
        // A crafted fault sets off its own check; the checks that belong together may come with it.
        for (const QString &o : other)
            QVERIFY2(!o.startsWith(QLatin1Char(':')), qPrintable(o));
    }

    void certificateExpiryBoundary()
    {
        const FormSpec &f = form(QStringLiteral("附件5-2"));
        FormData d = cleanData(f);
        setRow(d, 0, "valid_until", "2022-08-24"); // 91 days after 05-25: not flagged
        for (const FormFinding &x : checkForm(f, d, today))
            QVERIFY(x.checkId != QLatin1String("cert_expiring"));
    }

    void valuesMustReadAsTheirType()
    {
        const FormSpec &f = form(QStringLiteral("附件5-2"));
        FormData d = cleanData(f);
        setRow(d, 0, "issued_on", "2022-02-30");
        setRow(d, 0, "staffing", "临时工");
        const auto found = checkForm(f, d, today);
        QVERIFY(hasErrors(found));
        QStringList messages;
        for (const FormFinding &x : found)
            if (x.checkId.isEmpty())
                messages << x.message;
        QCOMPARE(messages.size(), 2);
        QVERIFY2(messages.join(QLatin1Char('\n')).contains(QStringLiteral("发证日期")),
                 qPrintable(messages.join(u'\n')));
        QVERIFY(messages.join(QLatin1Char('\n')).contains(QStringLiteral("2022-02-30")));

        FieldSpec date;
        date.type = FieldSpec::Type::Date;
        QCOMPARE(readFieldValue(date, QStringLiteral("2022年5月21日")).value_or(QString()),
                 QStringLiteral("2022-05-21"));
        QCOMPARE(readFieldValue(date, QStringLiteral("2022/5/21")).value_or(QString()),
                 QStringLiteral("2022-05-21"));
        FieldSpec integer;
        integer.type = FieldSpec::Type::Integer;
        QVERIFY(!readFieldValue(integer, QStringLiteral("3.5")));
        QVERIFY(!readFieldValue(integer, QStringLiteral("-1")));
        QCOMPARE(readFieldValue(integer, QStringLiteral("1,200")).value_or(QString()),
                 QStringLiteral("1200"));
        FieldSpec multi;
        multi.type = FieldSpec::Type::MultiChoice;
        multi.choices = QStringList{QStringLiteral("处罚"), QStringLiteral("许可"), QStringLiteral("检查")};
        QCOMPARE(readFieldValue(multi, QStringLiteral("检查，处罚")).value_or(QString()),
                 QStringLiteral("处罚、检查"));
    }

    void derivedValues()
    {
        const FormSpec &f = form(QStringLiteral("附件2"));
        FormData d = cleanData(f);
        QCOMPARE(fieldValue(f, d, QStringLiteral("self_check_share")), QStringLiteral("31.9%"));
        d.values.remove(QStringLiteral("cases_total"));
        QCOMPARE(fieldValue(f, d, QStringLiteral("self_check_share")), QString());
        const FormSpec &g = form(QStringLiteral("附件3-2"));
        FormData e;
        e.values = row({{"guidance", "2"}, {"persuasion", "3"}, {"demonstration", "0"}, {"settlement", "1"}});
        QCOMPARE(fieldValue(g, e, QStringLiteral("flexible_total")), QStringLiteral("6"));
    }

    void selfCheckRuleAtItsEdges_data()
    {
        QTest::addColumn<int>("total");
        QTest::addColumn<int>("checked");
        QTest::addColumn<int>("required");
        QTest::addColumn<bool>("ok");
        QTest::newRow("47 → 15, 14 fails") << 47 << 14 << 15 << false;
        QTest::newRow("47 → 15, 15 passes") << 47 << 15 << 15 << true;
        QTest::newRow("no cases passes") << 0 << 0 << 0 << true;
        QTest::newRow("more than the total") << 10 << 11 << 3 << false;
    }

    void selfCheckRuleAtItsEdges()
    {
        QFETCH(int, total);
        QFETCH(int, checked);
        QFETCH(int, required);
        QFETCH(bool, ok);
        const FormSpec &f = form(QStringLiteral("附件2"));
        FormData d;
        d.values = {{QStringLiteral("cases_total"), QString::number(total)},
                    {QStringLiteral("cases_self_checked"), QString::number(checked)}};
        const auto figures = selfCheckFigures(f, d);
        QVERIFY(figures);
        QCOMPARE(figures->required(), required);
        QCOMPARE(figures->ok(), ok);
        // The form's warning says the same.
        bool warned = false;
        for (const FormFinding &x : checkForm(f, d, today))
            warned = warned || x.checkId == QLatin1String("self_check_share");
        QCOMPARE(warned, checked < required);

        Submission s;
        s.item = f.id;
        s.status = Submission::Status::Received;
        s.data = d;
        QVERIFY(selfCheckFromSubmissions(m_c, {s}));
        s.status = Submission::Status::Returned;
        QVERIFY(!selfCheckFromSubmissions(m_c, {s}));
    }

    void lateDaysAtTheBoundary()
    {
        const Deadline *due = m_c.deadlineOfItem(QStringLiteral("附件1"));
        Submission s;
        s.firstReceivedOn = QDate(2022, 5, 21);
        QCOMPARE(s.lateDays(due), 0);
        s.firstReceivedOn = QDate(2022, 5, 22);
        QCOMPARE(s.lateDays(due), 1);
        s.firstReceivedOn = QDate();
        QCOMPARE(s.lateDays(due), 0);
    }

    void checklistRowsFollowTheItems()
    {
        const FormSpec &f = form(QStringLiteral("附件3-1"));
        FormData d;
        d.rows.push_back(row({{"_item", "abuse"}, {"exists", "是"}}));
        const FormData n = d.normalized(f);
        QCOMPARE(n.rows.size(), size_t(f.items.size()));
        QCOMPARE(n.rows.back().value(QStringLiteral("exists")), QStringLiteral("是"));
        QVERIFY(n.rows.front().isEmpty());
    }

    void formsSurviveACloneToTheNextYear()
    {
        QFile file(CampaignLoader::builtinPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto shifted = CampaignLoader::shiftToYear(file.readAll(), 2023);
        QVERIFY(shifted);
        const Campaign next = CampaignLoader::parse(*shifted).value();
        QCOMPARE(next.forms.size(), m_c.forms.size());
        for (const FormSpec &f : m_c.forms) {
            QCOMPARE(next.form(f.id)->columns.size(), f.columns.size());
            QCOMPARE(next.form(f.id)->checks.size(), f.checks.size());
        }
        QCOMPARE(next.deadlineOfItem(QStringLiteral("自查书面材料"))->due, QDate(2023, 5, 21));
    }

    void loaderNamesFormFaults_data()
    {
        QTest::addColumn<QString>("find");
        QTest::addColumn<QString>("replace");
        QTest::addColumn<QString>("expected");
        QTest::newRow("type") << QStringLiteral(R"("label": "是否存在", "type": "yesno")")
                              << QStringLiteral(R"("label": "是否存在", "type": "boolean")")
                              << QStringLiteral("forms[2].columns[0].type: \"boolean\" is not a field type");
        QTest::newRow("check field")
            << QStringLiteral(R"("field": "manifestation")") << QStringLiteral(R"("field": "manifest")")
            << QStringLiteral("forms[2].checks[0].field: \"manifest\" is not a field of this form");
        QTest::newRow("level") << QStringLiteral(R"("id": "all_published", "level": "warning")")
                               << QStringLiteral(R"("id": "all_published", "level": "notice")")
                               << QStringLiteral("forms[3].checks[1].level: \"notice\" is not a level");
        QTest::newRow("choices") << QStringLiteral(R"(, "choices": ["男", "女"])") << QString()
                                 << QStringLiteral(
                                        "forms[6].columns[1].choices: a choice field must list its choices");
    }

    void loaderNamesFormFaults()
    {
        QFETCH(QString, find);
        QFETCH(QString, replace);
        QFETCH(QString, expected);
        QFile file(CampaignLoader::builtinPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.contains(find), qPrintable(find));
        text.replace(text.indexOf(find), find.size(), replace);
        const auto parsed = CampaignLoader::parse(text.toUtf8());
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().message.contains(expected), qPrintable(parsed.error().message));
    }
};

QTEST_GUILESS_MAIN(TestForms)
#include "tst_forms.moc"
