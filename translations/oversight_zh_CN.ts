<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>oversight::AcceptanceCommand</name>
    <message>
        <source>acceptance set --unit NAME --conclusion 合格|基本合格|不合格 [--reason TEXT] [--date YYYY-MM-DD]</source>
        <translation>acceptance set --unit 单位名称 --conclusion 合格|基本合格|不合格 [--reason 理由] [--date YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>the acceptance conclusion on a unit (reasons required unless 合格)</source>
        <translation>设定单位的验收结论（合格以外须写明理由）</translation>
    </message>
    <message>
        <source>acceptance list</source>
        <translation>acceptance list</translation>
    </message>
    <message>
        <source>every unit with its acceptance conclusion</source>
        <translation>列出各单位及其验收结论</translation>
    </message>
    <message>
        <source>acceptance: say set or list</source>
        <translation>acceptance：请写 set 或 list</translation>
    </message>
    <message>
        <source>acceptance list takes no options</source>
        <translation>acceptance list 不带选项</translation>
    </message>
    <message>
        <source>acceptance set: write --unit NAME --conclusion 合格|基本合格|不合格</source>
        <translation>acceptance set：请写 --unit 单位名称 --conclusion 合格|基本合格|不合格</translation>
    </message>
    <message>
        <source>--conclusion: &quot;%1&quot; is not a conclusion; write 合格, 基本合格 or 不合格</source>
        <translation>--conclusion：“%1”不是验收结论；请写 合格、基本合格 或 不合格</translation>
    </message>
    <message>
        <source>--date: &quot;%1&quot; is not a date; write YYYY-MM-DD</source>
        <translation>--date：“%1”不是日期；请写 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>acceptance set: &quot;%1&quot; is not a unit in the register; check the name (status lists the units)</source>
        <translation>acceptance set：“%1”不在单位名册中；请核对名称（status 列出各单位）</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source>%1	not yet concluded</source>
        <translation>%1	尚未作出验收结论</translation>
    </message>
</context>
<context>
    <name>oversight::AcceptanceDialog</name>
    <message>
        <source>Acceptance: %1</source>
        <translation>验收：%1</translation>
    </message>
    <message>
        <source>Required for 基本合格 and 不合格: what is not rectified or falls short</source>
        <translation>基本合格、不合格须填写：哪些问题未整改或不到位</translation>
    </message>
    <message>
        <source>&amp;Conclusion:</source>
        <translation>验收结论(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation>验收日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>oversight::AcceptanceRepository</name>
    <message>
        <source>Could not read the acceptance conclusions.</source>
        <translation>无法读取验收结论。</translation>
    </message>
    <message>
        <source>Could not save the acceptance conclusion.</source>
        <translation>无法保存验收结论。</translation>
    </message>
</context>
<context>
    <name>oversight::AcceptanceText</name>
    <message>
        <source>Decided on: enter the day of the acceptance check (YYYY-MM-DD).</source>
        <translation>验收日期：请填写检查验收的日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Reasons: a conclusion of %1 says why (what is not rectified, what falls short).</source>
        <translation>理由：结论为%1时须写明理由（哪些问题未整改、哪些方面不到位）。</translation>
    </message>
    <message>
        <source>Decided on: %1 is after today (%2).</source>
        <translation>验收日期：%1 晚于今天（%2）。</translation>
    </message>
    <message>
        <source>Unit: unit %1 is not in this campaign&apos;s register.</source>
        <translation>单位：单位 %1 不在本次专项行动的名册中。</translation>
    </message>
</context>
<context>
    <name>oversight::AreaRecordDialog</name>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>New training session</source>
        <translation>新增培训记录</translation>
    </message>
    <message>
        <source>Edit training session</source>
        <translation>修改培训记录</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>名称(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>学时(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>参加人员(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation>组织单位(&amp;O)：</translation>
    </message>
    <message>
        <source>New exam</source>
        <translation>新增考试记录</translation>
    </message>
    <message>
        <source>Edit exam</source>
        <translation>修改考试记录</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>考试科目(&amp;S)：</translation>
    </message>
    <message>
        <source>S&amp;at:</source>
        <translation>参考人数(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Passed:</source>
        <translation>合格人数(&amp;P)：</translation>
    </message>
    <message>
        <source>New coordination meeting</source>
        <translation>新增协调会议</translation>
    </message>
    <message>
        <source>Edit coordination meeting</source>
        <translation>修改协调会议</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>会议议题(&amp;T)：</translation>
    </message>
    <message>
        <source>New major-penalty filing</source>
        <translation>新增重大行政处罚备案</translation>
    </message>
    <message>
        <source>Edit major-penalty filing</source>
        <translation>修改重大行政处罚备案</translation>
    </message>
    <message>
        <source>&amp;Case number:</source>
        <translation>案件编号(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Decided:</source>
        <translation>决定日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Filed:</source>
        <translation>备案日期(&amp;F)：</translation>
    </message>
    <message>
        <source>New guiding case</source>
        <translation>新增指导案例</translation>
    </message>
    <message>
        <source>Edit guiding case</source>
        <translation>修改指导案例</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>发布日期(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>oversight::AreaRecordImporter</name>
    <message>
        <source>%1: not filled in; write a whole number of people.</source>
        <translation>%1：未填写；请填写人数（整数）。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number of people; write digits such as 25.</source>
        <translation>%1：“%2”不是整数人数；请填写数字，如 25。</translation>
    </message>
    <message>
        <source>%1: not filled in.</source>
        <translation>%1：未填写。</translation>
    </message>
    <message>
        <source>The unit, as named in the register.</source>
        <translation>单位名称，与单位名册一致。</translation>
    </message>
    <message>
        <source>The day of the training: 2022-06-01.</source>
        <translation>培训日期，如 2022-06-01。</translation>
    </message>
    <message>
        <source>What was taught, e.g. 行政处罚法专题培训.</source>
        <translation>培训内容，如 行政处罚法专题培训。</translation>
    </message>
    <message>
        <source>Hours of teaching, in whole or half hours: 3 or 1.5.</source>
        <translation>培训学时，以整学时或半学时计，如 3 或 1.5。</translation>
    </message>
    <message>
        <source>How many officers attended.</source>
        <translation>参训执法人员人数。</translation>
    </message>
    <message>
        <source>Who organised it: the unit itself, the bureau, the region&apos;s department.</source>
        <translation>组织单位：本单位、旗司法局或自治区主管部门等。</translation>
    </message>
    <message>
        <source>The day of the exam: 2022-06-15.</source>
        <translation>考试日期，如 2022-06-15。</translation>
    </message>
    <message>
        <source>The exam&apos;s subject.</source>
        <translation>考试科目。</translation>
    </message>
    <message>
        <source>How many officers sat the exam.</source>
        <translation>参加考试的执法人员人数。</translation>
    </message>
    <message>
        <source>How many of them passed.</source>
        <translation>考试合格人数。</translation>
    </message>
    <message>
        <source>The case number or the decision&apos;s 文号, as the unit numbers it.</source>
        <translation>案件编号或处罚决定书文号，按本单位编号填写。</translation>
    </message>
    <message>
        <source>The day the penalty was decided: 2022-05-10.</source>
        <translation>处罚决定日期，如 2022-05-10。</translation>
    </message>
    <message>
        <source>The day the filing reached the bureau: 2022-05-20.</source>
        <translation>报送旗司法局备案的日期，如 2022-05-20。</translation>
    </message>
    <message>
        <source>%1: not filled in; write the hours, e.g. 3 or 1.5.</source>
        <translation>%1：未填写；请填写学时，如 3 或 1.5。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number of hours; write e.g. 3 or 1.5.</source>
        <translation>%1：“%2”不是学时数；请填写如 3 或 1.5。</translation>
    </message>
    <message>
        <source>%1: %2 is already listed in row %3; keep one row per case.</source>
        <translation>%1：%2 已在第 %3 行列出；每个案件只填一行。</translation>
    </message>
    <message>
        <source>Training sessions: import template</source>
        <translation>执法培训：导入模板</translation>
    </message>
    <message>
        <source>Exams: import template</source>
        <translation>执法考试：导入模板</translation>
    </message>
    <message>
        <source>Major-penalty filings: import template</source>
        <translation>重大行政处罚备案：导入模板</translation>
    </message>
    <message>
        <source>Training sessions</source>
        <translation>执法培训</translation>
    </message>
    <message>
        <source>Exams</source>
        <translation>执法考试</translation>
    </message>
    <message>
        <source>Major-penalty filings</source>
        <translation>重大行政处罚备案</translation>
    </message>
</context>
<context>
    <name>oversight::AreaRecordRepository</name>
    <message>
        <source>Could not read the training sessions.</source>
        <translation>无法读取培训记录。</translation>
    </message>
    <message>
        <source>Could not save the training session.</source>
        <translation>无法保存培训记录。</translation>
    </message>
    <message>
        <source>There is no training session %1.</source>
        <translation>不存在培训记录 %1。</translation>
    </message>
    <message>
        <source>Could not read the exams.</source>
        <translation>无法读取考试记录。</translation>
    </message>
    <message>
        <source>Could not save the exam.</source>
        <translation>无法保存考试记录。</translation>
    </message>
    <message>
        <source>There is no exam %1.</source>
        <translation>不存在考试记录 %1。</translation>
    </message>
    <message>
        <source>Could not read the coordination meetings.</source>
        <translation>无法读取协调会议记录。</translation>
    </message>
    <message>
        <source>Could not save the coordination meeting.</source>
        <translation>无法保存协调会议记录。</translation>
    </message>
    <message>
        <source>There is no coordination meeting %1.</source>
        <translation>不存在协调会议记录 %1。</translation>
    </message>
    <message>
        <source>Could not read the major-penalty filings.</source>
        <translation>无法读取重大行政处罚备案记录。</translation>
    </message>
    <message>
        <source>Could not save the major-penalty filing.</source>
        <translation>无法保存重大行政处罚备案记录。</translation>
    </message>
    <message>
        <source>There is no major-penalty filing %1.</source>
        <translation>不存在重大行政处罚备案记录 %1。</translation>
    </message>
    <message>
        <source>Could not read the guiding cases.</source>
        <translation>无法读取指导案例。</translation>
    </message>
    <message>
        <source>Could not save the guiding case.</source>
        <translation>无法保存指导案例。</translation>
    </message>
    <message>
        <source>There is no guiding case %1.</source>
        <translation>不存在指导案例 %1。</translation>
    </message>
</context>
<context>
    <name>oversight::AreaRecordText</name>
    <message>
        <source>Unit: choose a registered unit.</source>
        <translation>单位：请选择已登记的单位。</translation>
    </message>
    <message>
        <source>%1: not filled in.</source>
        <translation>%1：未填写。</translation>
    </message>
    <message>
        <source>%1: not filled in; write the date as YYYY-MM-DD.</source>
        <translation>%1：未填写；日期请写作 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Training date</source>
        <translation>培训日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Hours: %1 is not a number of hours; write 0.5 to 200 in half hours.</source>
        <translation>学时：%1 不是有效学时；请填写 0.5 至 200，以半学时为单位。</translation>
    </message>
    <message>
        <source>Attendees: write how many officers attended (at least 1).</source>
        <translation>参训人数：请填写参训执法人员人数（至少 1 人）。</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>组织单位</translation>
    </message>
    <message>
        <source>Exam date</source>
        <translation>考试日期</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>考试科目</translation>
    </message>
    <message>
        <source>Sat: write how many officers sat the exam (at least 1).</source>
        <translation>参考人数：请填写参加考试的执法人员人数（至少 1 人）。</translation>
    </message>
    <message>
        <source>Passed: %1 is not between 0 and the %2 who sat.</source>
        <translation>合格人数：%1 不在 0 至参考人数 %2 之间。</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>会议日期</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>会议议题</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>处罚决定日期</translation>
    </message>
    <message>
        <source>Filing date</source>
        <translation>备案日期</translation>
    </message>
    <message>
        <source>Filing date: %1 is before the decision date %2; a decision is filed after it is made.</source>
        <translation>备案日期：%1 早于处罚决定日期 %2；处罚决定作出后方可备案。</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Date: %1 is after today (%2); write the day it happened.</source>
        <translation>日期：%1 晚于今天（%2）；请填写实际发生的日期。</translation>
    </message>
    <message>
        <source>The record belongs to no campaign.</source>
        <translation>该记录不属于任何专项行动。</translation>
    </message>
    <message>
        <source>Unit: unit %1 is not in this campaign&apos;s register; choose a registered unit.</source>
        <translation>单位：单位 %1 不在本专项行动的单位名册中；请选择已登记的单位。</translation>
    </message>
    <message>
        <source>Case number: the unit&apos;s %1 is already filed (on %2); open that filing instead.</source>
        <translation>案件编号：该单位的 %1 已备案（%2）；请打开该备案记录修改。</translation>
    </message>
</context>
<context>
    <name>oversight::AreaRecordsPage</name>
    <message>
        <source>Training and enforcement-system records (areas 7 and 10)</source>
        <translation>队伍建设与执法体制改革（第七、第十项）</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>Delete a record entered by mistake</source>
        <translation>删除误录的记录</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Template…</source>
        <translation>模板(&amp;T)…</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>执法培训</translation>
    </message>
    <message>
        <source>Exams</source>
        <translation>执法考试</translation>
    </message>
    <message>
        <source>&amp;Without training before them</source>
        <translation>仅显示考前未培训(&amp;W)</translation>
    </message>
    <message>
        <source>Coordination meetings</source>
        <translation>协调会议</translation>
    </message>
    <message>
        <source>Major-penalty filings</source>
        <translation>重大行政处罚备案</translation>
    </message>
    <message>
        <source>&amp;Late only</source>
        <translation>仅显示逾期(&amp;L)</translation>
    </message>
    <message>
        <source>Guiding cases</source>
        <translation>案例指导</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Training: %1 session(s), %2 hour(s); %3 exam(s), %4 without training before them. Area 10: %5 coordination meeting(s), %6 major-penalty filing(s) (%7 late, limit %8 days), %9 guiding case(s).</source>
        <translation>执法培训 %1 次，%2 学时；执法考试 %3 场，其中考前未培训 %4 场。体制改革：协调会议 %5 次，重大行政处罚备案 %6 件（逾期 %7 件，时限 %8 日），指导案例 %9 个。</translation>
    </message>
    <message>
        <source>A list from Excel or CSV, as the units send it</source>
        <translation>导入各单位报送的 Excel 或 CSV 清单</translation>
    </message>
    <message>
        <source>The bureau&apos;s own records: add them one by one</source>
        <translation>本局自有记录，请逐条新增</translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; from the %2? The audit log keeps the record of it.</source>
        <translation>从“%2”中删除“%1”？审计日志将保留该记录的操作痕迹。</translation>
    </message>
    <message>
        <source>Import a list</source>
        <translation>导入清单</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>The template is written to %1.</source>
        <translation>模板已写入 %1。</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>The list in its import template, to send or to edit and import back</source>
        <translation>按导入模板导出清单，可发给单位或修改后再导入</translation>
    </message>
    <message>
        <source>The bureau&apos;s own records have no list to send</source>
        <translation>本局自身的记录没有需要报送的清单</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>导出清单</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to %1.</source>
        <translation>
            <numerusform>已将%n条记录写入%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a folder that exists and that you can write to.</source>
        <translation>请选择一个已存在且可写入的文件夹。</translation>
    </message>
</context>
<context>
    <name>oversight::ArgumentList</name>
    <message>
        <source>option %1 needs a value</source>
        <translation>选项 %1 缺少取值</translation>
    </message>
    <message>
        <source>option %1 is given more than once</source>
        <translation>选项 %1 重复指定</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>多余的参数“%1”</translation>
    </message>
</context>
<context>
    <name>oversight::AttachmentStore</name>
    <message>
        <source>Could not read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1 is not a file that can be attached.</source>
        <translation>%1 不是可以添加为附件的文件。</translation>
    </message>
    <message>
        <source>Could not create the attachments folder %1.</source>
        <translation>无法创建附件文件夹 %1。</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>%1 changed while it was being copied; attach it again.</source>
        <translation>%1 在复制过程中发生了变化，请重新添加。</translation>
    </message>
    <message>
        <source>The evidence file %1 no longer has the content it was stored with; it was not copied.</source>
        <translation>证据文件 %1 的内容已与保存时不同，未予复制。</translation>
    </message>
</context>
<context>
    <name>oversight::AttentionText</name>
    <message>
        <source>%1 (1 day late)</source>
        <translation>%1（逾期1天）</translation>
    </message>
    <message>
        <source>%1 (%2 days late)</source>
        <translation>%1（逾期%2天）</translation>
    </message>
    <message>
        <source>Not handed in: %1</source>
        <translation>未报送：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Handed in late: %1</source>
        <translation>逾期报送：%1</translation>
    </message>
    <message>
        <source>No campaign contact named</source>
        <translation>未报送专项行动联系人</translation>
    </message>
    <message>
        <source>Self-check below 30%: %1 of %2 files, at least %3 required</source>
        <translation>自查比例不足30%：共%2卷，已自查%1卷，至少应自查%3卷</translation>
    </message>
    <message>
        <source>Spot check: %1 of %2 drawn file(s) scored</source>
        <translation>案卷抽查：已抽取%2卷，已评查%1卷</translation>
    </message>
    <message>
        <source>; %1 still unscored</source>
        <translation>，尚有%1卷未评查</translation>
    </message>
    <message>
        <source>; %1 more to reach %2</source>
        <translation>，距方案要求的%2卷还差%1卷</translation>
    </message>
    <message>
        <source>Rectification: %1</source>
        <translation>整改：%1</translation>
    </message>
    <message>
        <source>Complaint %1: the unit&apos;s reply to the supervision notice is overdue</source>
        <translation>投诉举报%1：单位逾期未回复执法监督通知书</translation>
    </message>
    <message>
        <source>Complaint %1: handling is overdue</source>
        <translation>投诉举报%1：逾期未办结</translation>
    </message>
    <message>
        <source>Normative document not filed: %1</source>
        <translation>规范性文件未报备：%1</translation>
    </message>
    <message>
        <source>Normative document filed 1 day late: %1</source>
        <translation>规范性文件逾期1天报备：%1</translation>
    </message>
    <message>
        <source>Normative document filed %1 days late: %2</source>
        <translation>规范性文件逾期%1天报备：%2</translation>
    </message>
    <message>
        <source>Zero report missing: %1</source>
        <translation>未报送零报告：%1</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>1 day overdue</source>
        <translation>已逾期1天</translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation>已逾期%1天</translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation>还有1天</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>还有%1天</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation>自查</translation>
    </message>
    <message>
        <source>Spot check</source>
        <translation>抽查</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>整改</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉举报</translation>
    </message>
    <message>
        <source>Filing</source>
        <translation>备案</translation>
    </message>
    <message>
        <source>Zero report</source>
        <translation>零报告</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>暂无需要关注的事项。</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>%1 (returned)</source>
        <translation>%1（已退回）</translation>
    </message>
    <message>
        <source>No units registered, so nobody is tracked for: %1. Import or add the units with their contacts.</source>
        <translation>尚未登记任何单位，“%1”无从跟踪。请导入或添加单位及其联系人。</translation>
    </message>
    <message>
        <source>No units registered, so nobody is tracked for: %1. Import or add the units.</source>
        <translation>尚未登记任何单位，“%1”无从跟踪。请导入或添加单位。</translation>
    </message>
</context>
<context>
    <name>oversight::AuditLog</name>
    <message>
        <source>Could not read the audit log.</source>
        <translation>无法读取审计日志。</translation>
    </message>
    <message>
        <source>Could not write the audit log.</source>
        <translation>无法写入审计日志。</translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it: an entry was removed or changed</source>
        <translation>第%1条记录与前一条记录衔接不上：有记录被删除或修改</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation>第%1条记录在写入后被修改</translation>
    </message>
    <message>
        <source>the log ends after entry %1 of %2 recorded: entries were removed from its end</source>
        <translation>日志只到第%1条，而登记的记录共%2条：末尾的记录已被删除</translation>
    </message>
    <message>
        <source>entry %1 was removed (the log goes from entry %2 to entry %3)</source>
        <translation>第 %1 条记录已被删除（记录从第 %2 条直接跳到第 %3 条）</translation>
    </message>
    <message>
        <source>entries %1 to %2 were removed (the log goes from entry %3 to entry %4)</source>
        <translation>第 %1 至 %2 条记录已被删除（记录从第 %3 条直接跳到第 %4 条）</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written (its hash was computed anew; entry %2 still holds the original)</source>
        <translation>第%1条记录写入后被修改（其哈希被重新计算；第%2条记录仍保存原值）</translation>
    </message>
    <message>
        <source>entry %1 was renumbered or changed after it was written</source>
        <translation>第%1条记录写入后被改号或修改</translation>
    </message>
    <message>
        <source>the log&apos;s recorded end (%1 entries) does not match its %2 entries: the log or its head was changed</source>
        <translation>日志记录的末尾（%1条）与实际的%2条不符：日志或其末尾记录被修改</translation>
    </message>
    <message>
        <source>before the upgrade that added entry %1 the log did not verify: %2</source>
        <translation>在添加第%1条记录的升级之前，日志已无法通过校验：%2</translation>
    </message>
</context>
<context>
    <name>oversight::AuditPage</name>
    <message>
        <source>From</source>
        <translation>时间从</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>记录类型：</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Verify the log</source>
        <translation>校验日志</translation>
    </message>
    <message>
        <source>Checks the database file and the hash chain of every entry: a changed or removed entry is found and named.</source>
        <translation>检查数据库文件和每条记录的哈希链：被改动或删除的记录会被找出并指明位置。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>专项行动</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>complainant&apos;s contact</source>
        <translation>投诉人联系方式</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <extracomment>an audited change: field: old value → new value</extracomment>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>an audited field and its value</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>separator between the fields of an audited change</extracomment>
        <translation>；</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>专项行动</translation>
    </message>
    <message>
        <source>Enforcement unit</source>
        <translation>执法单位</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉举报</translation>
    </message>
    <message>
        <source>Call-back</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Official document</source>
        <translation>公文</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>Showing the newest %1 of %2 entries; narrow the filter to see older ones.</source>
        <translation>显示最新的 %1 条（共 %2 条）；缩小筛选范围可查看更早的记录。</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>共 %1 条</translation>
    </message>
    <message>
        <source>The database file is whole and the audit log&apos;s %1 entries are intact.</source>
        <translation>数据库文件完好，审计日志的 %1 条记录均未被改动。</translation>
    </message>
    <message>
        <source>The database file is damaged: %1. Restore the newest backup (File → Restore from backup).</source>
        <translation>数据库文件已损坏：%1。请恢复最新的备份（文件 → 从备份恢复）。</translation>
    </message>
    <message>
        <source>The audit log does not verify: %1.</source>
        <translation>审计日志校验未通过：%1。</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>原始 JSON</translation>
    </message>
    <message>
        <source>Show each change as it is stored (the hash chain covers this text).</source>
        <translation>按存储原样显示每条变更（哈希链校验的正是此文本）。</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>销号</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Deadline extended</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>Evidence added</source>
        <translation>添加佐证材料</translation>
    </message>
    <message>
        <source>Written statement added</source>
        <translation>添加书面说明</translation>
    </message>
    <message>
        <source>File attached</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>印发</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>Returned to the unit</source>
        <translation>退回单位</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Reviewers drawn</source>
        <translation>抽取评查人员</translation>
    </message>
    <message>
        <source>No cases declared</source>
        <translation>申报无案卷</translation>
    </message>
    <message>
        <source>Put into the ledger</source>
        <translation>列入整改台账</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>立案</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>结转</translation>
    </message>
    <message>
        <source>reform area</source>
        <translation>改革领域</translation>
    </message>
    <message>
        <source>source</source>
        <translation>问题来源</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>整改时限</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>书面说明</translation>
    </message>
    <message>
        <source>number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>files</source>
        <translation>案卷数</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>等次</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>not handed in</source>
        <translation>未报送</translation>
    </message>
    <message>
        <source>received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>已印发</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>separator between the items of a list in the audit log</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>Rectification problem</source>
        <translation>整改问题</translation>
    </message>
    <message>
        <source>Form or report</source>
        <translation>附件或报告</translation>
    </message>
    <message>
        <source>Spot-check draw</source>
        <translation>抽检抽取</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>案卷</translation>
    </message>
    <message>
        <source>Case catalogue</source>
        <translation>案卷目录</translation>
    </message>
    <message>
        <source>Scoring sheet</source>
        <translation>评查表</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>评查人员</translation>
    </message>
    <message>
        <source>Supervision finding</source>
        <translation>监督发现问题</translation>
    </message>
    <message>
        <source>Normative document</source>
        <translation>规范性文件</translation>
    </message>
    <message>
        <source>Zero report</source>
        <translation>零报告</translation>
    </message>
    <message>
        <source>Clean-up round</source>
        <translation>清理批次</translation>
    </message>
    <message>
        <source>Clean-up item</source>
        <translation>清理事项</translation>
    </message>
    <message>
        <source>%1 No. %2</source>
        <extracomment>a record of the audit log: its kind and number</extracomment>
        <translation>%1 第%2号</translation>
    </message>
    <message>
        <source>Evidence files are missing or changed: %1. Put them back from a backup.</source>
        <translation>佐证文件缺失或被改动：%1。请从备份中放回。</translation>
    </message>
    <message>
        <source>The audit log does not match a record of it kept elsewhere: %1.</source>
        <translation>审计日志与别处保存的记录不一致：%1。</translation>
    </message>
    <message>
        <source>Recorded as not filed</source>
        <translation>登记为未备案</translation>
    </message>
    <message>
        <source>Drawn</source>
        <translation>抽取</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>备案</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>审查</translation>
    </message>
    <message>
        <source>Correction recorded</source>
        <translation>登记纠正情况</translation>
    </message>
    <message>
        <source>Decision recorded</source>
        <translation>登记处理决定</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Investigation started</source>
        <translation>开始核查</translation>
    </message>
    <message>
        <source>No violation found</source>
        <translation>核查不属实</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>转办</translation>
    </message>
    <message>
        <source>Supervision notice issued</source>
        <translation>发出执法监督通知书</translation>
    </message>
    <message>
        <source>Unit&apos;s reply recorded</source>
        <translation>登记单位回复</translation>
    </message>
    <message>
        <source>Feedback given</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Upload ticked</source>
        <translation>标记已上传</translation>
    </message>
    <message>
        <source>Keys filled in</source>
        <translation>补全键值</translation>
    </message>
    <message>
        <source>Log chain re-hashed</source>
        <translation>日志链重新计算</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Database format updated</source>
        <translation>数据库格式升级</translation>
    </message>
    <message>
        <source>form or report</source>
        <translation>附件或材料</translation>
    </message>
    <message>
        <source>content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>figures</source>
        <translation>数据项数</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>filled in by</source>
        <translation>填报人</translation>
    </message>
    <message>
        <source>filled in on</source>
        <translation>填报日期</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>contact received on</source>
        <translation>联系人报送日期</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>enterprise</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>enterprise-related</source>
        <translation>涉企</translation>
    </message>
    <message>
        <source>handling deadline</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <source>facts</source>
        <translation>事实</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>处理决定</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>method</source>
        <translation>回访方式</translation>
    </message>
    <message>
        <source>visited on</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>notice: basis</source>
        <translation>通知书：依据</translation>
    </message>
    <message>
        <source>notice: facts</source>
        <translation>通知书：事实</translation>
    </message>
    <message>
        <source>notice: reasons</source>
        <translation>通知书：理由</translation>
    </message>
    <message>
        <source>notice: decision</source>
        <translation>通知书：处理意见</translation>
    </message>
    <message>
        <source>unit&apos;s reply</source>
        <translation>单位回复</translation>
    </message>
    <message>
        <source>reply due</source>
        <translation>回复期限</translation>
    </message>
    <message>
        <source>correct by</source>
        <translation>纠正期限</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>投诉举报</translation>
    </message>
    <message>
        <source>call-back</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>rectification problem</source>
        <translation>整改问题</translation>
    </message>
    <message>
        <source>rectification problems</source>
        <translation>整改问题</translation>
    </message>
    <message>
        <source>normative document</source>
        <translation>规范性文件</translation>
    </message>
    <message>
        <source>clean-up round</source>
        <translation>清理批次</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>issued on</source>
        <translation>印发日期</translation>
    </message>
    <message>
        <source>filed on</source>
        <translation>备案日期</translation>
    </message>
    <message>
        <source>filing materials</source>
        <translation>备案材料</translation>
    </message>
    <message>
        <source>seen at</source>
        <translation>发现途径</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>审查人</translation>
    </message>
    <message>
        <source>reviewers</source>
        <translation>评查人员</translation>
    </message>
    <message>
        <source>reviewed on</source>
        <translation>审查日期</translation>
    </message>
    <message>
        <source>review result</source>
        <translation>审查结果</translation>
    </message>
    <message>
        <source>review opinion</source>
        <translation>审查意见</translation>
    </message>
    <message>
        <source>correction note</source>
        <translation>纠正说明</translation>
    </message>
    <message>
        <source>correction outcome</source>
        <translation>纠正结果</translation>
    </message>
    <message>
        <source>corrected on</source>
        <translation>纠正日期</translation>
    </message>
    <message>
        <source>period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>decided on</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>case type</source>
        <translation>案件类型</translation>
    </message>
    <message>
        <source>party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>closed on</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <source>self-checked</source>
        <translation>已自查</translation>
    </message>
    <message>
        <source>self-check grade</source>
        <translation>自查等次</translation>
    </message>
    <message>
        <source>drawn file</source>
        <translation>抽取案卷</translation>
    </message>
    <message>
        <source>pool fingerprint</source>
        <translation>案卷池指纹</translation>
    </message>
    <message>
        <source>quotas</source>
        <translation>抽取数量</translation>
    </message>
    <message>
        <source>redraws</source>
        <translation>重抽</translation>
    </message>
    <message>
        <source>reviewers&apos; seed</source>
        <translation>评查人员抽取种子</translation>
    </message>
    <message>
        <source>affiliation</source>
        <translation>所在单位</translation>
    </message>
    <message>
        <source>qualification</source>
        <translation>资格</translation>
    </message>
    <message>
        <source>no cases</source>
        <translation>无案件</translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation>已上传</translation>
    </message>
    <message>
        <source>uploaded on</source>
        <translation>上传日期</translation>
    </message>
    <message>
        <source>copied from</source>
        <translation>复制自</translation>
    </message>
    <message>
        <source>held on</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>attendees</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>组织单位</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>考试科目</translation>
    </message>
    <message>
        <source>sat the exam</source>
        <translation>参考人数</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>合格人数</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>published on</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>conclusion</source>
        <translation>验收结论</translation>
    </message>
    <message>
        <source>reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>was</source>
        <translation>原为</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>条目数</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>执法培训</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>执法考试</translation>
    </message>
    <message>
        <source>Coordination-group meeting</source>
        <translation>协调小组会议</translation>
    </message>
    <message>
        <source>Major-penalty filing</source>
        <translation>重大行政处罚备案</translation>
    </message>
    <message>
        <source>Guiding case</source>
        <translation>指导案例</translation>
    </message>
    <message>
        <source>Acceptance conclusion</source>
        <translation>验收结论</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件材料</translation>
    </message>
    <message>
        <source>Supervision notice</source>
        <translation>执法监督通知书</translation>
    </message>
    <message>
        <source>Drawn case file</source>
        <translation>抽取案卷</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
</context>
<context>
    <name>oversight::Backup</name>
    <message>
        <source>%1 is not a usable backup of an Oversight Desk database. Choose another backup.</source>
        <translation>%1 不是可用的执法监督台数据库备份。请选择其他备份。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Oversight Desk (schema %2; this program knows up to %3). Install the newer version to use it.</source>
        <translation>%1 由更新版本的执法监督台写入（结构版本 %2；本程序最高支持 %3）。请安装新版本后再使用。</translation>
    </message>
    <message>
        <source>the file is an SQLite database of another program</source>
        <translation>该文件是其他程序的 SQLite 数据库</translation>
    </message>
    <message>
        <source>the database is empty</source>
        <translation>数据库是空的</translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity check failed: %1</source>
        <translation>SQLite 完整性检查未通过：%1</translation>
    </message>
    <message>
        <source>its audit log does not verify: %1</source>
        <translation>其审计日志校验未通过：%1</translation>
    </message>
    <message>
        <source>the integrity check gave no answer</source>
        <translation>完整性检查没有返回结果</translation>
    </message>
    <message>
        <source>No backup file was named.</source>
        <translation>未指定备份文件。</translation>
    </message>
    <message>
        <source>A backup cannot be written over the database itself. Choose another file.</source>
        <translation>备份不能覆盖数据库本身。请选择其他文件。</translation>
    </message>
    <message>
        <source>%1 already exists; a backup never overwrites a file. Choose a new file name.</source>
        <translation>%1 已存在；备份从不覆盖已有文件。请换一个文件名。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The database connection is not an SQLite one.</source>
        <translation>数据库连接不是 SQLite 连接。</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>数据库未打开。</translation>
    </message>
    <message>
        <source>Cannot write in %1. Check that the place is writable and has space.</source>
        <translation>无法在 %1 中写入。请检查该位置是否可写、空间是否足够。</translation>
    </message>
    <message>
        <source>There is not enough space for the backup in %1. Free some space or choose another place; the database is unchanged.</source>
        <translation>%1 空间不足，无法写入备份。请腾出空间或选择其他位置；数据库未受影响。</translation>
    </message>
    <message>
        <source>The backup to %1 could not be written; the database is unchanged.</source>
        <translation>无法写入备份 %1；数据库未受影响。</translation>
    </message>
    <message>
        <source>The backup written to %1 did not pass its check and was removed.</source>
        <translation>写入 %1 的备份未通过检查，已删除。</translation>
    </message>
    <message>
        <source>The backup could not be given its name %1.</source>
        <translation>无法将备份命名为 %1。</translation>
    </message>
    <message>
        <source>%1 does not exist. Check the path.</source>
        <translation>%1 不存在。请检查路径。</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>No temporary folder can be created to check the backup.</source>
        <translation>无法创建用于检查备份的临时文件夹。</translation>
    </message>
    <message>
        <source>%1 cannot be read. Check the file&apos;s permissions.</source>
        <translation>无法读取 %1。请检查该文件的权限。</translation>
    </message>
    <message>
        <source>%1 is the database itself; choose a backup file.</source>
        <translation>%1 就是数据库本身；请选择一个备份文件。</translation>
    </message>
    <message>
        <source>%1 cannot be copied beside the database. Check the permissions and the free space of %2.</source>
        <translation>无法将 %1 复制到数据库旁。请检查 %2 的权限和剩余空间。</translation>
    </message>
    <message>
        <source>%1 is open in another copy of the program (process %2). Close it there first; nothing was restored.</source>
        <translation>%1 正在被另一个程序副本使用（进程 %2）。请先在那里关闭；未作任何恢复。</translation>
    </message>
    <message>
        <source>The backup could not be put in place of %1; the database is unchanged.</source>
        <translation>无法用备份替换 %1；数据库未受影响。</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <source>The database was backed up to %1, but not every evidence file could be copied into %2. Free some space or choose another place, and back up again.</source>
        <translation>数据库已备份到 %1，但部分证据文件未能复制到 %2。请腾出空间或另选位置后重新备份。</translation>
    </message>
    <message>
        <source>The evidence files kept with the backup could not be copied back into %1; nothing was restored.</source>
        <translation>备份附带的证据文件未能复制回 %1，未恢复任何内容。</translation>
    </message>
    <message>
        <source>the log ends after entry %1, but the backup %2 holds entries up to %3: entries were removed from its end</source>
        <translation>日志止于第%1条，但备份 %2 保存到第%3条：日志末尾的记录被删除</translation>
    </message>
    <message>
        <source>entry %1 is missing from the log, but the backup %2 holds it: the history was rewritten there</source>
        <translation>日志中缺少第%1条记录，但备份 %2 中有：此处的历史被改写</translation>
    </message>
    <message>
        <source>entry %1 differs from the one in the backup %2: the history was rewritten there</source>
        <translation>第%1条记录与备份 %2 中的不同：此处的历史被改写</translation>
    </message>
    <message>
        <source>Could not read which evidence files the records name.</source>
        <translation>无法读取记录所引用的佐证文件。</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>缺失：%1</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>被改动：%1</translation>
    </message>
    <message>
        <source>Evidence files of %1 are missing or changed, so no backup was written: %2. Put the files back into %3 (from an older backup), or back up anyway with --allow-missing-evidence.</source>
        <translation>%1 的佐证文件缺失或被改动，未写入备份：%2。请（从较早的备份）将文件放回 %3，或使用 --allow-missing-evidence 仍然备份。</translation>
    </message>
    <message>
        <source>%1 cannot be opened by this version of Oversight Desk; nothing was restored.</source>
        <translation>当前版本的执法监督台无法打开 %1；未恢复任何内容。</translation>
    </message>
    <message>
        <source>Evidence files named in %1 are missing beside it (%2), so nothing was restored. Put its attachments folder beside it, or restore anyway with --allow-missing-evidence.</source>
        <translation>%1 引用的佐证文件不在其旁（%2），未恢复任何内容。请将其附件目录放在旁边，或使用 --allow-missing-evidence 仍然恢复。</translation>
    </message>
    <message>
        <source>%1 could not be copied to keep it aside; nothing was restored. Check the free space of %2.</source>
        <translation>无法复制 %1 以留存原文件；未恢复任何内容。请检查 %2 的剩余空间。</translation>
    </message>
</context>
<context>
    <name>oversight::BackupCommand</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>backup: name the FILE to write</source>
        <translation>backup：请指定要写入的 FILE</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3 bytes, integrity check ok).</source>
        <translation>已将 %1 备份到 %2（%3 字节，完整性检查通过）。</translation>
    </message>
    <message>
        <source>Campaign: %1; last change: %2; %3 audit entries.</source>
        <translation>专项行动：%1；最后修改：%2；审计记录 %3 条。</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s) copied into %1.</source>
        <translation>
            <numerusform>已将 %n 个证据文件复制到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>backup FILE [--allow-missing-evidence]</source>
        <translation>backup 文件 [--allow-missing-evidence]</translation>
    </message>
    <message>
        <source>write a checked copy of the database to FILE (never overwrites a file); refused when evidence files are missing unless allowed</source>
        <translation>将数据库经检查的副本写入文件（从不覆盖已有文件）；缺少佐证文件时拒绝，除非明确允许</translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n evidence file(s) missing or changed (--allow-missing-evidence):</source>
        <translation>
            <numerusform>警告：%n 个佐证文件缺失或被改动（--allow-missing-evidence）：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oversight::CallBackDialog</name>
    <message>
        <source>Edit call-back</source>
        <translation>编辑回访记录</translation>
    </message>
    <message>
        <source>Record a call-back</source>
        <translation>登记回访</translation>
    </message>
    <message>
        <source>(none named)</source>
        <translation>（未指明）</translation>
    </message>
    <message>
        <source>&amp;Enterprise:</source>
        <translation>企业名称(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>回访方式(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Unit concerned:</source>
        <translation>涉及单位(&amp;U)：</translation>
    </message>
    <message>
        <source>What the enterprise &amp;said:</source>
        <translation>企业反映(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>oversight::CallBackRepository</name>
    <message>
        <source>Could not read the call-backs.</source>
        <translation>无法读取回访记录。</translation>
    </message>
    <message>
        <source>Could not read the call-back.</source>
        <translation>无法读取该回访记录。</translation>
    </message>
    <message>
        <source>There is no call-back %1.</source>
        <translation>没有编号为 %1 的回访记录。</translation>
    </message>
    <message>
        <source>Could not save the call-back.</source>
        <translation>无法保存回访记录。</translation>
    </message>
</context>
<context>
    <name>oversight::CallBackText</name>
    <message>
        <source>On-site visit</source>
        <translation>实地走访</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>座谈会</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>问卷调查</translation>
    </message>
    <message>
        <source>Enterprise: name the enterprise that was called back.</source>
        <translation>企业名称：请填写回访的企业名称。</translation>
    </message>
    <message>
        <source>Date: enter the day of the call-back (YYYY-MM-DD).</source>
        <translation>日期：请填写回访日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Date: %1 is after today (%2).</source>
        <translation>日期：%1 晚于今天（%2）。</translation>
    </message>
    <message>
        <source>The call-back belongs to no campaign.</source>
        <translation>该回访记录不属于任何专项行动。</translation>
    </message>
    <message>
        <source>Unit concerned: unit %1 is not in this campaign&apos;s register.</source>
        <translation>涉及单位：单位 %1 不在本次专项行动的单位名单中。</translation>
    </message>
    <message>
        <source>This call-back already opened a complaint (case %1).</source>
        <translation>该回访已转为投诉举报（案件 %1）。</translation>
    </message>
    <message>
        <source>Unit concerned: the call-back names no unit; edit it and choose the unit the enterprise complained about.</source>
        <translation>涉及单位：该回访未填写涉及单位；请编辑回访记录，选择企业反映的执法单位。</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈意见</translation>
    </message>
</context>
<context>
    <name>oversight::Campaign</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is the campaign plan&apos;s title, %2 its year</extracomment>
        <translation>%1（%2年）</translation>
    </message>
</context>
<context>
    <name>oversight::CampaignCommand</name>
    <message>
        <source>campaign list</source>
        <translation>campaign list</translation>
    </message>
    <message>
        <source>the campaigns in the file; * marks the current one</source>
        <translation>列出数据库文件中的专项行动；* 标示当前专项行动</translation>
    </message>
    <message>
        <source>campaign show [CODE|ID]</source>
        <translation>campaign show [CODE|ID]</translation>
    </message>
    <message>
        <source>a campaign&apos;s plan: areas, forms, phases, deadlines, rules (default: the current one)</source>
        <translation>显示专项行动方案：规范内容、附件、阶段、报送时限、规则（默认为当前专项行动）</translation>
    </message>
    <message>
        <source>campaign clone --year YYYY [--from CODE|ID]</source>
        <translation>campaign clone --year YYYY [--from CODE|ID]</translation>
    </message>
    <message>
        <source>copy a campaign (default: the current one) to another year</source>
        <translation>将专项行动（默认为当前专项行动）复制到另一年度</translation>
    </message>
    <message>
        <source>campaign use CODE|ID</source>
        <translation>campaign use CODE|ID</translation>
    </message>
    <message>
        <source>make a campaign the current one</source>
        <translation>将指定专项行动设为当前专项行动</translation>
    </message>
    <message>
        <source>campaign: unknown action &quot;%1&quot; (list, show, clone or use)</source>
        <translation>campaign: 未知操作“%1”（可用操作：list、show、clone、use）</translation>
    </message>
    <message>
        <source>There is no campaign &quot;%1&quot; in this file; &quot;oversight-cli campaign list&quot; shows them.</source>
        <translation>数据库文件中没有专项行动“%1”；可用“oversight-cli campaign list”查看全部专项行动。</translation>
    </message>
    <message>
        <source>Short title: %1</source>
        <translation>简称：%1</translation>
    </message>
    <message>
        <source>Code: %1 (id %2, the current campaign)</source>
        <translation>代码：%1（ID %2，当前专项行动）</translation>
    </message>
    <message>
        <source>Code: %1 (id %2)</source>
        <translation>代码：%1（ID %2）</translation>
    </message>
    <message>
        <source>Year: %1 (case files of %2)</source>
        <translation>年度：%1（评查%2年度执法案卷）</translation>
    </message>
    <message>
        <source>Document number: %1</source>
        <translation>发文字号：%1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>Authority: %1</source>
        <translation>发文机关：%1</translation>
    </message>
    <message>
        <source>Authority: %1 (%2)</source>
        <translation>发文机关：%1（%2）</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>印发日期：%1</translation>
    </message>
    <message>
        <source>Areas:</source>
        <translation>规范内容：</translation>
    </message>
    <message>
        <source>no forms</source>
        <translation>无附件</translation>
    </message>
    <message>
        <source>Forms:</source>
        <translation>附件：</translation>
    </message>
    <message>
        <source>area %1, due %2</source>
        <translation>第%1项规范内容，%2前报送</translation>
    </message>
    <message>
        <source>area %1</source>
        <translation>第%1项规范内容</translation>
    </message>
    <message>
        <source>Phases:</source>
        <translation>阶段：</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Deadlines:</source>
        <translation>报送时限：</translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation>规则：</translation>
    </message>
    <message>
        <source>Self-check: at least %1% of each unit&apos;s %2 case files</source>
        <translation>自查：各单位自查%2年度执法案卷不少于%1%</translation>
    </message>
    <message>
        <source>Spot check: at least %1 case files in total</source>
        <translation>抽检：抽查执法案卷总数不少于%1卷</translation>
    </message>
    <message>
        <source>Rectification deadline: %1</source>
        <translation>整改时限：%1</translation>
    </message>
    <message>
        <source>campaign clone needs --year YYYY</source>
        <translation>campaign clone 需要指定 --year YYYY</translation>
    </message>
    <message>
        <source>--year: &quot;%1&quot; is not a year (write YYYY)</source>
        <translation>--year: “%1”不是有效年份（应写作 YYYY）</translation>
    </message>
    <message>
        <source>The file already holds a campaign for %1: %2 (id %3).</source>
        <translation>数据库文件中已有%1年度的专项行动：%2（ID %3）。</translation>
    </message>
    <message>
        <source>Created campaign %1: %2 (%3), cloned from %4</source>
        <translation>已创建专项行动（ID %1）：%2（%3年），复制自 %4</translation>
    </message>
    <message>
        <source>Make it the current campaign with: oversight-cli campaign use %1</source>
        <translation>如需将其设为当前专项行动，请运行：oversight-cli campaign use %1</translation>
    </message>
    <message>
        <source>campaign use needs a CODE or ID</source>
        <translation>campaign use 需要指定 CODE 或 ID</translation>
    </message>
    <message>
        <source>Current campaign: %1 (%2, id %3)</source>
        <translation>当前专项行动：%1（%2，ID %3）</translation>
    </message>
    <message>
        <source>campaign: name an action: list, show, clone or use</source>
        <translation>campaign: 请指明操作：list、show、clone 或 use</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>separator between form ids in a list (&quot;附件2, 附件7&quot;)</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>  %1. %2: %3</source>
        <extracomment>one reform area: number, title, its forms</extracomment>
        <translation>  %1. %2：%3</translation>
    </message>
    <message>
        <source>  %1  %2 (%3)</source>
        <extracomment>one form: id, title, (area and due date)</extracomment>
        <translation>  %1  %2（%3）</translation>
    </message>
    <message>
        <source>  %1  %2: %3</source>
        <translation>  %1  %2：%3</translation>
    </message>
    <message>
        <source>Normative documents: filed within %1 days of issue; zero reports by %2</source>
        <translation>规范性文件：印发后%1日内报备；零报告按%2报送</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>%1前报送</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>无报送期限</translation>
    </message>
    <message>
        <source>Major penalty decisions: filed within %1 days of the decision</source>
        <translation>重大行政处罚决定：自作出之日起 %1 日内备案</translation>
    </message>
</context>
<context>
    <name>oversight::CampaignLoader</name>
    <message>
        <source>is missing</source>
        <translation>缺少此项</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>应为文本</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 超出范围（%2 至 %3）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write YYYY-MM-DD)</source>
        <translation>“%1”不是有效日期（应写作 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>应为列表（[ … ]）</translation>
    </message>
    <message>
        <source>must be an object ({ … })</source>
        <translation>应为对象（{ … }）</translation>
    </message>
    <message>
        <source>%1 is used twice</source>
        <translation>%1 重复出现</translation>
    </message>
    <message>
        <source>must name at least one area</source>
        <translation>应至少列出一项规范内容</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice</source>
        <translation>“%1”重复出现</translation>
    </message>
    <message>
        <source>ends (%1) before it starts (%2)</source>
        <translation>结束日期（%1）早于开始日期（%2）</translation>
    </message>
    <message>
        <source>phases must be listed in the order they start</source>
        <translation>各阶段应按开始日期先后排列</translation>
    </message>
    <message>
        <source>must name at least one phase</source>
        <translation>应至少列出一个阶段</translation>
    </message>
    <message>
        <source>area %1 is not defined under &quot;areas&quot;</source>
        <translation>规范内容 %1 未在 &quot;areas&quot; 中定义</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of form (checklist, figures or register)</source>
        <translation>“%1”不是有效的附件类型（应为 checklist、figures 或 register）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key under &quot;deadlines&quot;</source>
        <translation>&quot;deadlines&quot; 中没有 key 为“%1”的报送时限</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a form under &quot;forms&quot;</source>
        <translation>&quot;forms&quot; 中未定义附件“%1”</translation>
    </message>
    <message>
        <source>line %1: the file is not valid JSON (%2)</source>
        <translation>第%1行：文件不是有效的 JSON（%2）</translation>
    </message>
    <message>
        <source>the file must hold one JSON object ({ … })</source>
        <translation>文件内容应为一个 JSON 对象（{ … }）</translation>
    </message>
    <message>
        <source>is missing (write &quot;format&quot;: %1)</source>
        <translation>缺少此项（请写 &quot;format&quot;: %1）</translation>
    </message>
    <message>
        <source>version %1 is not known to this program (it reads version %2)</source>
        <translation>本程序不支持版本 %1（只能读取版本 %2）</translation>
    </message>
    <message>
        <source>%1: cannot read the campaign file</source>
        <translation>%1: 无法读取方案文件</translation>
    </message>
    <message>
        <source>%1: the file is too large for a campaign definition</source>
        <translation>%1: 文件过大，不能作为专项行动方案定义文件</translation>
    </message>
    <message>
        <source>%1 is not a campaign year (2000 to 2999)</source>
        <translation>%1 不是有效的专项行动年度（应在 2000 至 2999 之间）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice in this form</source>
        <translation>“%1”在本表中重复使用</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field type (text, integer, decimal, date, yesno, choice or multichoice)</source>
        <translation>“%1”不是字段类型（text、integer、decimal、date、yesno、choice 或 multichoice）</translation>
    </message>
    <message>
        <source>a choice field must list its choices</source>
        <translation>选择型字段必须列出可选项</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role (cases_total or cases_self_checked)</source>
        <translation>“%1”不是有效用途（cases_total 或 cases_self_checked）</translation>
    </message>
    <message>
        <source>must name two fields: the part and the whole</source>
        <translation>须写明两个字段：部分与总数</translation>
    </message>
    <message>
        <source>must be {&quot;sum&quot;: [fields]}, {&quot;percent&quot;: [part, whole]} or {&quot;rows&quot;: true}</source>
        <translation>应为 {&quot;sum&quot;: [字段]}、{&quot;percent&quot;: [部分, 总数]} 或 {&quot;rows&quot;: true}</translation>
    </message>
    <message>
        <source>must be a field key, a number, {&quot;sum&quot;: [fields]} or {&quot;self_check_required&quot;: field}</source>
        <translation>应为字段键、数字、{&quot;sum&quot;: [字段]} 或 {&quot;self_check_required&quot;: 字段}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of this form</source>
        <translation>“%1”不是本表的字段</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a level (error or warning)</source>
        <translation>“%1”不是有效级别（error 或 warning）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rule (compare, required_if, unique, in or expiry)</source>
        <translation>“%1”不是有效规则（compare、required_if、unique、in 或 expiry）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a scope (form or rows)</source>
        <translation>“%1”不是有效范围（form 或 rows）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a comparison (%2)</source>
        <translation>“%1”不是有效比较符（%2）</translation>
    </message>
    <message>
        <source>must list the values</source>
        <translation>须列出取值</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number field of this form</source>
        <translation>“%1”不是本表的数值字段</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the id of a form or report</source>
        <translation>“%1”已是某个附件或书面材料的编号</translation>
    </message>
    <message>
        <source>a checklist&apos;s items need columns to be answered in</source>
        <translation>自查表的事项须有填写栏目（columns）</translation>
    </message>
    <message>
        <source>only a checklist has fixed items; a %1 form lists its rows as the unit writes them</source>
        <translation>只有自查表（checklist）有固定事项；%1 类表格的行由单位自行填写</translation>
    </message>
    <message>
        <source>must be a number of points in steps of 0.5, from 0.5 to %1</source>
        <translation>须为以0.5分为单位的分值，0.5至%1</translation>
    </message>
    <message>
        <source>must be a score from 0 to 100 in steps of 0.5</source>
        <translation>须为0至100之间、以0.5分为单位的分数</translation>
    </message>
    <message>
        <source>the thresholds must fall: excellent &gt; good &gt; pass</source>
        <translation>等次分数线须依次降低：优秀 &gt; 良好 &gt; 合格</translation>
    </message>
    <message>
        <source>must name at least one defect line</source>
        <translation>须至少列出一个扣分项</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>须为 true 或 false</translation>
    </message>
    <message>
        <source>must name at least one group</source>
        <translation>须至少列出一个评查类别</translation>
    </message>
    <message>
        <source>the groups&apos; points add up to %1, not 100</source>
        <translation>各类别分值合计为%1，不是100</translation>
    </message>
    <message>
        <source>must be text: &quot;quarter&quot; or &quot;year&quot;</source>
        <translation>必须是文字：&quot;quarter&quot;（季度）或 &quot;year&quot;（年度）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period; write &quot;quarter&quot; or &quot;year&quot;</source>
        <translation>&quot;%1&quot; 不是报告周期；请写 &quot;quarter&quot;（季度）或 &quot;year&quot;（年度）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not known (all or drawn_units)</source>
        <translation>“%1”无法识别（应为 all 或 drawn_units）</translation>
    </message>
    <message>
        <source>must be true or {&quot;field&quot;: column, &quot;in&quot;: [values]}</source>
        <translation>必须为 true 或 {&quot;field&quot;: 列, &quot;in&quot;: [取值]}</translation>
    </message>
    <message>
        <source>only a whole-number field counts rows</source>
        <translation>只有整数字段可以统计行数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a form&apos;s role (implementation_plan)</source>
        <translation>“%1”不是附件的用途（implementation_plan）</translation>
    </message>
</context>
<context>
    <name>oversight::CampaignRepository</name>
    <message>
        <source>Could not read the list of campaigns.</source>
        <translation>无法读取专项行动列表。</translation>
    </message>
    <message>
        <source>Could not read the campaign.</source>
        <translation>无法读取专项行动。</translation>
    </message>
    <message>
        <source>Campaign %1 does not exist in this file.</source>
        <translation>数据库文件中不存在 ID 为 %1 的专项行动。</translation>
    </message>
    <message>
        <source>Could not store the campaign.</source>
        <translation>无法保存专项行动。</translation>
    </message>
    <message>
        <source>Could not read the current campaign.</source>
        <translation>无法读取当前专项行动。</translation>
    </message>
    <message>
        <source>Could not store the current campaign.</source>
        <translation>无法保存当前专项行动的设置。</translation>
    </message>
</context>
<context>
    <name>oversight::CampaignService</name>
    <message>
        <source>The stored definition of campaign %1 is damaged.</source>
        <translation>ID 为 %1 的专项行动，其已保存的方案定义已损坏。</translation>
    </message>
    <message>
        <source>A campaign with the code &quot;%1&quot; is already in this file.</source>
        <translation>数据库文件中已有代码为“%1”的专项行动。</translation>
    </message>
    <message>
        <source>The file already holds a campaign &quot;%1&quot; for %2.</source>
        <translation>数据库文件中已有%2年度的专项行动“%1”。</translation>
    </message>
</context>
<context>
    <name>oversight::CaseDetail</name>
    <message>
        <source>Case %1</source>
        <translation>案件 %1</translation>
    </message>
    <message>
        <source>Overdue: due %1, %2 days ago.</source>
        <translation>已超期：时限为 %1，已超过 %2 天。</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Unit concerned</source>
        <translation>涉及单位</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source> (enterprise-related)</source>
        <translation>（涉企）</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Handling due</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>回复期限</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>反映问题</translation>
    </message>
    <message>
        <source>Supervision notice</source>
        <translation>执法监督通知书</translation>
    </message>
    <message>
        <source>Unit&apos;s reply</source>
        <translation>单位回复</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Area %1</source>
        <translation>改革领域 %1</translation>
    </message>
    <message>
        <source>Measure: %1</source>
        <translation>整改措施：%1</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>办理过程</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Registered (imported)</source>
        <translation>已登记（批量导入）</translation>
    </message>
    <message>
        <source>Registered (from a call-back)</source>
        <translation>已登记（由回访转入）</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Details edited</source>
        <translation>修改登记信息</translation>
    </message>
    <message>
        <source>Problem recorded</source>
        <translation>登记发现的问题</translation>
    </message>
    <message>
        <source>File attached</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Supervision notice numbered and printed</source>
        <translation>执法监督通知书已编号印发</translation>
    </message>
</context>
<context>
    <name>oversight::CaseExchangeText</name>
    <message>
        <source>Case catalogue: import template</source>
        <translation>执法案卷目录导入模板</translation>
    </message>
    <message>
        <source>Filling in</source>
        <translation>填写方法</translation>
    </message>
    <message>
        <source>One row per case file closed last year, from row 2. A unit with no cases writes one row: its name and 无 under 案卷编号.</source>
        <translation>从第2行起，每行填写上一年度办结的一卷案卷。上一年度无案件的单位只填一行：单位名称，案卷编号填“无”。</translation>
    </message>
</context>
<context>
    <name>oversight::CaseFileText</name>
    <message>
        <source>案卷编号: not filled in; every case file needs its number.</source>
        <translation>案卷编号：未填写；每卷案卷都须有编号。</translation>
    </message>
    <message>
        <source>案件名称: not filled in.</source>
        <translation>案件名称：未填写。</translation>
    </message>
    <message>
        <source>单位名称: the case file belongs to no unit.</source>
        <translation>单位名称：案卷未归属任何单位。</translation>
    </message>
    <message>
        <source>自查等次: a grade is given but 是否自查 says 否.</source>
        <translation>自查等次：填写了等次，但“是否自查”为“否”。</translation>
    </message>
</context>
<context>
    <name>oversight::CaseImporter</name>
    <message>
        <source>The unit&apos;s name as in the units register.</source>
        <translation>单位名称，与执法单位名册一致。</translation>
    </message>
    <message>
        <source>The file&apos;s number, unique within the unit; 无 (and nothing else in the row) when the unit had no cases last year.</source>
        <translation>案卷编号，本单位内不重复；上一年度无案件的，填“无”（该行其他栏不填）。</translation>
    </message>
    <message>
        <source>The case&apos;s name.</source>
        <translation>案件名称。</translation>
    </message>
    <message>
        <source>行政处罚, 行政许可, 行政检查, 行政强制…</source>
        <translation>行政处罚、行政许可、行政检查、行政强制等</translation>
    </message>
    <message>
        <source>The party (a person&apos;s or an enterprise&apos;s name).</source>
        <translation>当事人（自然人姓名或企业名称）。</translation>
    </message>
    <message>
        <source>The day the case was closed: 2021-06-30.</source>
        <translation>办结日期，如 2021-06-30。</translation>
    </message>
    <message>
        <source>是 when the unit examined the file itself, else 否.</source>
        <translation>本单位已自查的填“是”，否则填“否”。</translation>
    </message>
    <message>
        <source>The grade the unit&apos;s own check gave (优秀, 良好, …).</source>
        <translation>本单位自查评定的等次（优秀、良好等）。</translation>
    </message>
    <message>
        <source>%1: not filled in; write the unit&apos;s name.</source>
        <translation>%1：未填写；请填写单位名称。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; declares no cases, but row %3 lists a case file of this unit.</source>
        <translation>%1：“%2”表示无案件，但第%3行列有该单位的案卷。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; declares no cases, but the catalogue of &quot;%3&quot; already holds %4 file(s); delete them in the app first.</source>
        <translation>%1：“%2”表示无案件，但“%3”的案卷目录中已有%4卷；请先在程序中删除。</translation>
    </message>
    <message>
        <source>%1: not filled in; every case file needs its number (write 无 in a row of its own when the unit had no cases).</source>
        <translation>%1：未填写；每卷案卷都须有编号（单位无案件的，单独一行填“无”）。</translation>
    </message>
    <message>
        <source>%1: not filled in.</source>
        <translation>%1：未填写。</translation>
    </message>
    <message>
        <source>%1: a grade is given but %2 does not say 是.</source>
        <translation>%1：填写了等次，但“%2”不是“是”。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; of &quot;%3&quot; is already in row %4; list each file once.</source>
        <translation>%1：“%3”的“%2”已在第%4行；每卷案卷只列一次。</translation>
    </message>
    <message>
        <source>%1: row %2 declares that &quot;%3&quot; had no cases.</source>
        <translation>%1：第%2行已表示“%3”无案件。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; declares that the unit had no cases, but the row also fills in other columns; for a case file write its real number, or leave the row with only the unit&apos;s name and %2.</source>
        <translation>%1：“%2”表示该单位没有案件，但本行还填写了其他列；如为案卷请填写实际案卷编号，否则本行只保留单位名称和“%2”。</translation>
    </message>
    <message>
        <source>%1: %2 is after %3; the catalogue lists the case files closed in %3 (a later file belongs to next year&apos;s catalogue).</source>
        <translation>%1：%2 晚于 %3 年；案卷目录只列 %3 年办结的案卷（之后办结的案卷属于下一年度的目录）。</translation>
    </message>
</context>
<context>
    <name>oversight::CaseReviewPage</name>
    <message>
        <source>Catalogues</source>
        <translation>案卷目录</translation>
    </message>
    <message>
        <source>Draws and scoring</source>
        <translation>抽取与评查</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>评查结果</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>评查人员</translation>
    </message>
    <message>
        <source>Case-file review</source>
        <translation>案卷评查</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Case files</source>
        <translation>案卷数</translation>
    </message>
    <message>
        <source>Self-checked</source>
        <translation>已自查</translation>
    </message>
    <message>
        <source>Required (30%)</source>
        <translation>应自查（30%）</translation>
    </message>
    <message>
        <source>30% rule</source>
        <translation>30%要求</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案卷编号</translation>
    </message>
    <message>
        <source>Case name</source>
        <translation>案件名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>案件类型</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>Self-check grade</source>
        <translation>自查等次</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;New case file…</source>
        <translation>新增案卷(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>No cases last year</source>
        <translation>上年度无案件</translation>
    </message>
    <message>
        <source>Declares (or withdraws) that the selected unit closed no case files last year: different from a catalogue not yet sent.</source>
        <translation>声明（或撤回）所选单位上一年度没有办结案卷；这与“尚未报送目录”不同。</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等次</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Unit or law firm</source>
        <translation>单位或律师事务所</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>资格</translation>
    </message>
    <message>
        <source>&amp;Add reviewer…</source>
        <translation>添加评查人员(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Two reviewers are drawn for each file, never from the file&apos;s own unit (回避).</source>
        <translation>每卷案卷随机抽取两名评查人员，本单位人员回避。</translation>
    </message>
    <message>
        <source>Drawn</source>
        <translation>抽查</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已评</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>优秀</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>良好</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>合格</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>不合格</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Main problems</source>
        <translation>主要问题</translation>
    </message>
    <message>
        <source>Results as &amp;PDF…</source>
        <translation>结果存为PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Results as &amp;XLSX (with 附件7)…</source>
        <translation>结果存为XLSX（含附件7）(&amp;X)…</translation>
    </message>
    <message>
        <source>not yet sent</source>
        <translation>未报送</translation>
    </message>
    <message>
        <source>no cases</source>
        <translation>无案件</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已报送</translation>
    </message>
    <message>
        <source>✓ met</source>
        <translation>✓ 达标</translation>
    </message>
    <message>
        <source>✗ %1 short</source>
        <translation>✗ 差%1卷</translation>
    </message>
    <message>
        <source>%1 of %2 units have sent their catalogue: %3 case files, %4 self-checked; %5 unit(s) below the 30% rule.</source>
        <translation>%2个单位中已有%1个报送案卷目录：共%3卷，已自查%4卷；%5个单位未达30%要求。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Withdraw &quot;no cases&quot;</source>
        <translation>撤回“无案件”</translation>
    </message>
    <message>
        <source>Import case catalogues</source>
        <translation>导入案卷目录</translation>
    </message>
    <message>
        <source>Case catalogues</source>
        <translation>案卷目录</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>办结日期: write the date as YYYY-MM-DD.</source>
        <translation>办结日期：请按 YYYY-MM-DD 填写。</translation>
    </message>
    <message>
        <source>New case file</source>
        <translation>新增案卷</translation>
    </message>
    <message>
        <source>Choose the unit in the list above first.</source>
        <translation>请先在上方列表中选择单位。</translation>
    </message>
    <message>
        <source>New case file of %1</source>
        <translation>新增%1的案卷</translation>
    </message>
    <message>
        <source>Case file %1</source>
        <translation>案卷 %1</translation>
    </message>
    <message>
        <source>Delete case file</source>
        <translation>删除案卷</translation>
    </message>
    <message>
        <source>Delete case file %1 &quot;%2&quot; from the catalogue?</source>
        <translation>从目录中删除案卷 %1“%2”？</translation>
    </message>
    <message>
        <source>Cannot delete the case file</source>
        <translation>无法删除案卷</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Add a reviewer</source>
        <translation>添加评查人员</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Unit or law firm:</source>
        <translation>单位或律师事务所：</translation>
    </message>
    <message>
        <source>Qualification:</source>
        <translation>资格：</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Remove the reviewer</source>
        <translation>移除评查人员</translation>
    </message>
    <message>
        <source>Results as PDF</source>
        <translation>评查结果存为PDF</translation>
    </message>
    <message>
        <source>Results as XLSX</source>
        <translation>评查结果存为XLSX</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the spot-check results…</source>
        <translation>正在写入案卷抽查结果…</translation>
    </message>
    <message>
        <source>The spot-check results are written to %1.</source>
        <translation>案卷抽查结果已写入 %1。</translation>
    </message>
</context>
<context>
    <name>oversight::CaseReviewRepository</name>
    <message>
        <source>Could not read the case catalogues.</source>
        <translation>无法读取案卷目录。</translation>
    </message>
    <message>
        <source>Could not read the case catalogue.</source>
        <translation>无法读取案卷目录。</translation>
    </message>
    <message>
        <source>Could not read the case file.</source>
        <translation>无法读取案卷。</translation>
    </message>
    <message>
        <source>Case file %1 does not exist.</source>
        <translation>案卷%1不存在。</translation>
    </message>
    <message>
        <source>Could not save the case file.</source>
        <translation>无法保存案卷。</translation>
    </message>
    <message>
        <source>Could not delete the case file.</source>
        <translation>无法删除案卷。</translation>
    </message>
    <message>
        <source>Could not save the catalogue.</source>
        <translation>无法保存案卷目录。</translation>
    </message>
    <message>
        <source>Could not read the draws.</source>
        <translation>无法读取抽取记录。</translation>
    </message>
    <message>
        <source>Could not read the reviewers.</source>
        <translation>无法读取评查人员。</translation>
    </message>
    <message>
        <source>Could not save the reviewer.</source>
        <translation>无法保存评查人员。</translation>
    </message>
    <message>
        <source>Reviewer %1 does not exist.</source>
        <translation>评查人员%1不存在。</translation>
    </message>
    <message>
        <source>Could not delete the reviewer.</source>
        <translation>无法移除评查人员。</translation>
    </message>
    <message>
        <source>Could not save the draw.</source>
        <translation>无法保存抽取记录。</translation>
    </message>
    <message>
        <source>Could not save the drawn files.</source>
        <translation>无法保存抽中的案卷。</translation>
    </message>
    <message>
        <source>Could not save the drawn reviewers.</source>
        <translation>无法保存抽中的评查人员。</translation>
    </message>
    <message>
        <source>Draw %1 already has its reviewers.</source>
        <translation>抽取记录%1已抽取评查人员。</translation>
    </message>
    <message>
        <source>Could not set the draw aside.</source>
        <translation>无法作废抽取记录。</translation>
    </message>
    <message>
        <source>Draw record %1 does not exist or was set aside already.</source>
        <translation>抽取记录%1不存在或已作废。</translation>
    </message>
    <message>
        <source>Could not read the scoring sheets.</source>
        <translation>无法读取评查表。</translation>
    </message>
    <message>
        <source>Could not read the draw.</source>
        <translation>无法读取抽取记录。</translation>
    </message>
    <message>
        <source>There is no draw record %1.</source>
        <translation>没有编号为%1的抽取记录。</translation>
    </message>
    <message>
        <source>Could not read the drawn files.</source>
        <translation>无法读取抽中的案卷。</translation>
    </message>
    <message>
        <source>Could not save the upload confirmation.</source>
        <translation>无法保存上传确认。</translation>
    </message>
    <message>
        <source>Drawn file %1 does not exist.</source>
        <translation>抽中案卷%1不存在。</translation>
    </message>
    <message>
        <source>Could not read the scoring sheet.</source>
        <translation>无法读取评查表。</translation>
    </message>
    <message>
        <source>Could not save the scoring sheet.</source>
        <translation>无法保存评查表。</translation>
    </message>
    <message>
        <source>Could not read the drawn file.</source>
        <translation>无法读取抽中的案卷。</translation>
    </message>
    <message>
        <source>Could not link the finding to its ledger problem.</source>
        <translation>无法将评查问题与整改台账问题关联。</translation>
    </message>
    <message>
        <source>There is no finding %1 on a scoring sheet.</source>
        <translation>评查表中没有第 %1 项问题。</translation>
    </message>
</context>
<context>
    <name>oversight::CaseReviewServiceText</name>
    <message>
        <source>案卷编号 &quot;%1&quot; is already in the catalogue of &quot;%2&quot;; each number is listed once.</source>
        <translation>案卷编号“%1”已在“%2”的目录中；每个编号只列一次。</translation>
    </message>
    <message>
        <source>案卷编号 &quot;%1&quot; is already in this unit&apos;s catalogue.</source>
        <translation>案卷编号“%1”已在本单位目录中。</translation>
    </message>
    <message>
        <source>Case file &quot;%1&quot; was drawn for the spot check; a drawn file stays in the catalogue so the draw can be verified.</source>
        <translation>案卷“%1”已被抽中；抽中的案卷须保留在目录中，以便核验抽取。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 case file(s) in its catalogue; delete them before declaring that it had no cases.</source>
        <translation>“%1”的目录中有%2卷案卷；须先删除，才能声明无案件。</translation>
    </message>
    <message>
        <source>The import was already committed.</source>
        <translation>本次导入已经提交。</translation>
    </message>
    <message>
        <source>Name: enter the reviewer&apos;s name.</source>
        <translation>姓名：请填写评查人员姓名。</translation>
    </message>
    <message>
        <source>Unit or law firm: enter where the reviewer works (回避 depends on it).</source>
        <translation>单位或律师事务所：请填写评查人员的工作单位（回避以此为准）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of &quot;%2&quot; is already in the reviewer pool.</source>
        <translation>“%2”的“%1”已在评查人员库中。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the units register; check the name (&quot;oversight-cli status&quot; lists the units).</source>
        <translation>“%1”不在执法单位名册中；请核对名称（“oversight-cli status”可列出各单位）。</translation>
    </message>
    <message>
        <source>No case files in the catalogue of: %1; import their catalogues or leave them out of the draw.</source>
        <translation>以下单位的目录中没有案卷：%1；请导入其案卷目录，或不选这些单位。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 case-file spot check</source>
        <translation>%1年度行政执法案卷抽查</translation>
    </message>
    <message>
        <source>%1 file(s) drawn, fewer than the plan&apos;s minimum of %2.</source>
        <translation>抽取%1卷，少于方案要求的%2卷。</translation>
    </message>
    <message>
        <source>Draw record %1 already has its reviewers; a draw&apos;s reviewers are drawn once.</source>
        <translation>抽取记录%1已抽取评查人员；每次抽取只抽一次评查人员。</translation>
    </message>
    <message>
        <source>The reviewer pool is empty; add reviewers (name, unit or law firm) first.</source>
        <translation>评查人员库为空；请先添加评查人员（姓名、单位或律师事务所）。</translation>
    </message>
    <message>
        <source>the record was drawn with %1 version %2; this program runs %3 version %4</source>
        <translation>该记录使用%1第%2版抽取；本程序为%3第%4版</translation>
    </message>
    <message>
        <source>the stored pool does not match its stored fingerprint %1</source>
        <translation>记录中的案卷池与其指纹%1不符</translation>
    </message>
    <message>
        <source>the pool has changed since the draw (SHA-256 then %1, now %2)</source>
        <translation>抽取后案卷池已变化（当时 SHA-256 为 %1，现在为 %2）</translation>
    </message>
    <message>
        <source>; added since: %1</source>
        <translation>；此后新增：%1</translation>
    </message>
    <message>
        <source> …</source>
        <translation> 等</translation>
    </message>
    <message>
        <source>; removed since: %1</source>
        <translation>；此后删除：%1</translation>
    </message>
    <message>
        <source>the recorded pool cannot be drawn again: %1</source>
        <translation>记录的案卷池无法重新抽取：%1</translation>
    </message>
    <message>
        <source>the quotas differ from the recorded ones</source>
        <translation>名额分配与记录不一致</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>file %1: the record says %2, the re-run gives %3</source>
        <translation>第%1卷：记录为%2，重新抽取为%3</translation>
    </message>
    <message>
        <source>the stored reviewer pool does not match its fingerprint</source>
        <translation>记录中的评查人员库与其指纹不符</translation>
    </message>
    <message>
        <source>the reviewers cannot be drawn again: %1</source>
        <translation>评查人员无法重新抽取：%1</translation>
    </message>
    <message>
        <source>the reviewers differ from the recorded ones</source>
        <translation>评查人员与记录不一致</translation>
    </message>
    <message>
        <source>the recorded re-draws differ from the re-run</source>
        <translation>记录的重抽情况与重新抽取不一致</translation>
    </message>
    <message>
        <source>Say why the draw is set aside; the reason stays on the record.</source>
        <translation>请说明作废理由；理由将保留在记录中。</translation>
    </message>
    <message>
        <source>Draw record %1 has %2 scored file(s); a draw under review is not set aside.</source>
        <translation>抽取记录%1已有%2卷评查完毕；正在评查的抽取不能作废。</translation>
    </message>
    <message>
        <source>This file has no scoring sheet yet: score it first, then put its findings into the rectification ledger.</source>
        <translation>该案卷尚无评查表：请先评分，再将问题列入整改台账。</translation>
    </message>
    <message>
        <source>Drawn file %1 belongs to a draw that was set aside; its findings are not put into the ledger.</source>
        <translation>抽中案卷 %1 所属的抽取记录已作废，其问题不列入整改台账。</translation>
    </message>
</context>
<context>
    <name>oversight::CatalogueFormText</name>
    <message>
        <source>案卷目录 row %1: %2</source>
        <translation>案卷目录第 %1 行：%2</translation>
    </message>
    <message>
        <source>案卷目录 row %1: 案卷编号 &quot;%2&quot; is listed twice; list each file once.</source>
        <translation>案卷目录第 %1 行：案卷编号“%2”重复；每卷只列一次。</translation>
    </message>
    <message>
        <source>案卷目录: 案卷编号 &quot;%1&quot; was drawn in the spot check and stays in the catalogue; keep it in the register.</source>
        <translation>案卷目录：案卷编号“%1”已被抽查抽中，须保留在目录中；请在登记表中保留该卷。</translation>
    </message>
    <message>
        <source>case catalogue imported</source>
        <translation>案卷目录已导入</translation>
    </message>
</context>
<context>
    <name>oversight::CellReading</name>
    <message>
        <source>%1: &quot;%2&quot; is not a date; write YYYY-MM-DD.</source>
        <translation>%1：“%2”不是日期；请写作 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>%1: not filled in; write the date as YYYY-MM-DD.</source>
        <translation>%1：未填写；日期请写作 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is neither 是 nor 否.</source>
        <translation>%1：“%2”既不是“是”也不是“否”。</translation>
    </message>
</context>
<context>
    <name>oversight::ChartText</name>
    <message>
        <source>Forms and reports by status</source>
        <translation>各附件报送情况</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Not handed in</source>
        <translation>未报送</translation>
    </message>
    <message>
        <source>Problems by reform area</source>
        <translation>各领域问题整改情况</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已销号</translation>
    </message>
    <message>
        <source>Awaiting verification</source>
        <translation>待核查</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待整改</translation>
    </message>
    <message>
        <source>No area</source>
        <translation>未分领域</translation>
    </message>
    <message>
        <source>Rectification by unit (closed of all problems)</source>
        <translation>各单位问题整改进度（已销号/问题总数）</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>未销号</translation>
    </message>
    <message>
        <source>Spot-check files by grade</source>
        <translation>抽查案卷评查等次</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>案卷数</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
</context>
<context>
    <name>oversight::CleanupCommand</name>
    <message>
        <source>cleanup list</source>
        <translation>cleanup list</translation>
    </message>
    <message>
        <source>the clean-up rounds of normative documents, with their counts</source>
        <translation>规范性文件清理项目及其统计</translation>
    </message>
    <message>
        <source>cleanup print ROUND --out FILE.pdf|FILE.xlsx</source>
        <translation>cleanup print 清理项目 --out 文件.pdf|文件.xlsx</translation>
    </message>
    <message>
        <source>a round&apos;s summary table (ROUND: its id or name)</source>
        <translation>清理结果汇总表（清理项目：编号或名称）</translation>
    </message>
    <message>
        <source>cleanup: say list or print ROUND --out FILE</source>
        <translation>cleanup：请写 list 或 print 清理项目 --out 文件</translation>
    </message>
    <message>
        <source>--out belongs to cleanup print</source>
        <translation>--out 只用于 cleanup print</translation>
    </message>
    <message>
        <source>cleanup print: name the round (its id or name)</source>
        <translation>cleanup print：请写明清理项目（编号或名称）</translation>
    </message>
    <message>
        <source>cleanup print needs --out FILE.pdf or FILE.xlsx</source>
        <translation>cleanup print 需要 --out 文件.pdf 或 文件.xlsx</translation>
    </message>
    <message>
        <source>No clean-up round yet.</source>
        <translation>尚无清理项目。</translation>
    </message>
    <message>
        <source>%1  %2: %3 document(s), %4 decided, %5 pending%6</source>
        <translation>%1  %2：文件%3件，已决定%4件，待定%5件%6</translation>
    </message>
    <message>
        <source>; due %1</source>
        <translation>；完成时限 %1</translation>
    </message>
    <message>
        <source>cleanup print: there is no clean-up round &quot;%1&quot;; see cleanup list.</source>
        <translation>cleanup print：没有清理项目&quot;%1&quot;；请查看 cleanup list。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n document(s) written to %2.</source>
        <translation>
            <numerusform>%1：已将%n件文件写入 %2。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oversight::CleanupItemDialog</name>
    <message>
        <source>Add a document to the round</source>
        <translation>将文件加入清理项目</translation>
    </message>
    <message>
        <source>Decision on a document</source>
        <translation>文件清理结果</translation>
    </message>
    <message>
        <source>Typed in (not in the filing register)</source>
        <translation>手工录入（不在备案登记中）</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>印发日期</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>尚未决定</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>文件(&amp;D)：</translation>
    </message>
    <message>
        <source>Issuing &amp;unit:</source>
        <translation>制定单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>文件名称(&amp;T)：</translation>
    </message>
    <message>
        <source>Document &amp;number:</source>
        <translation>文号(&amp;N)：</translation>
    </message>
    <message>
        <source>Issue date:</source>
        <translation>印发日期：</translation>
    </message>
    <message>
        <source>De&amp;cision:</source>
        <translation>清理结果(&amp;C)：</translation>
    </message>
    <message>
        <source>Decided &amp;on:</source>
        <translation>决定日期(&amp;O)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>oversight::CleanupRoundsTab</name>
    <message>
        <source>&amp;New round…</source>
        <translation>新建清理项目(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit round…</source>
        <translation>编辑清理项目(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Add document…</source>
        <translation>加入文件(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Decision…</source>
        <translation>清理结果(&amp;D)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移出(&amp;M)</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>保存 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Save &amp;XLSX…</source>
        <translation>保存 XLSX(&amp;X)…</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>制定单位</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>文件名称</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>印发日期</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>清理结果</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>清理项目：</translation>
    </message>
    <message>
        <source>No clean-up round yet: start one with New round.</source>
        <translation>尚无清理项目：请点击“新建清理项目”。</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>清理范围：%1</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>完成时限：%1</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>%1 document(s): keep %2, amend %3, repeal %4, declared invalid %5, pending %6</source>
        <translation>共%1件：保留%2件，修改%3件，废止%4件，宣布失效%5件，待定%6件</translation>
    </message>
    <message>
        <source>Remove from the round</source>
        <translation>移出清理项目</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the round? The filing register keeps it.</source>
        <translation>将&quot;%1&quot;移出本清理项目？备案登记中的记录保留。</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Save XLSX</source>
        <translation>保存 XLSX</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入%1…</translation>
    </message>
    <message>
        <source>%1 is written to %2.</source>
        <translation>%1已写入 %2。</translation>
    </message>
</context>
<context>
    <name>oversight::CleanupSummaryText</name>
    <message>
        <source>%1: write the table to a .pdf or an .xlsx file.</source>
        <translation>%1：汇总表只能保存为 .pdf 或 .xlsx 文件。</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>oversight::CliContext</name>
    <message>
        <source>%1 holds no campaign. Create a database with &quot;oversight-cli --db FILE init&quot;.</source>
        <translation>%1 中没有专项行动。请用“oversight-cli --db FILE init”创建数据库。</translation>
    </message>
    <message>
        <source>oversight-cli: %1 (see oversight-cli --help)</source>
        <translation>oversight-cli: %1；用法见 oversight-cli --help</translation>
    </message>
    <message>
        <source>--out: &quot;%1&quot; is neither a .pdf nor an .xlsx file; name one of those.</source>
        <translation>--out：“%1”既不是 .pdf 也不是 .xlsx 文件；请指定其中一种。</translation>
    </message>
    <message>
        <source>A PDF needs the fonts of a GUI application; run oversight-cli itself, not a library copy of it.</source>
        <translation>生成 PDF 需要图形程序的字体；请直接运行 oversight-cli，而不是其库副本。</translation>
    </message>
    <message>
        <source>%1: is a folder; name a file for --out.</source>
        <translation>%1：这是一个文件夹；请为 --out 指定文件名。</translation>
    </message>
    <message>
        <source>%1: cannot be written (%2); choose a folder you can write to for --out.</source>
        <translation>%1：无法写入（%2）；请为 --out 选择可写入的文件夹。</translation>
    </message>
    <message>
        <source>--unit: there is no unit &quot;%1&quot; in the register of %2; &quot;oversight-cli status&quot; lists the units.</source>
        <translation>--unit：%2 的单位名册中没有“%1”；“oversight-cli status”可列出各单位。</translation>
    </message>
</context>
<context>
    <name>oversight::CommandDispatcher</name>
    <message>
        <source>help [COMMAND]</source>
        <translation>help [COMMAND]</translation>
    </message>
    <message>
        <source>this text, or one command&apos;s</source>
        <translation>显示本说明，或某一命令的说明</translation>
    </message>
    <message>
        <source>--db FILE</source>
        <translation>--db FILE</translation>
    </message>
    <message>
        <source>the database file (default: %1)</source>
        <translation>数据库文件（默认：%1）</translation>
    </message>
    <message>
        <source>--today YYYY-MM-DD</source>
        <translation>--today YYYY-MM-DD</translation>
    </message>
    <message>
        <source>take this day as today for every date computation</source>
        <translation>以该日期作为今天，进行所有日期计算</translation>
    </message>
    <message>
        <source>--lang zh_CN|en</source>
        <translation>--lang zh_CN|en</translation>
    </message>
    <message>
        <source>the language of messages (default: zh_CN)</source>
        <translation>提示信息的语言（默认：zh_CN）</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>显示本帮助</translation>
    </message>
    <message>
        <source>show the program&apos;s version</source>
        <translation>显示程序版本</translation>
    </message>
    <message>
        <source>Usage: oversight-cli [--db FILE] [--today YYYY-MM-DD] [--lang zh_CN|en] COMMAND ...</source>
        <translation>用法：oversight-cli [--db FILE] [--today YYYY-MM-DD] [--lang zh_CN|en] COMMAND ...</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Exit codes: 0 done; 1 usage error; 2 the input was rejected (nothing written); 3 the database could not be opened or is damaged.</source>
        <translation>退出码：0 完成；1 用法错误；2 输入被拒绝（未写入任何内容）；3 数据库无法打开或已损坏。</translation>
    </message>
    <message>
        <source>--lang: &quot;%1&quot; is not a language of this program (%2)</source>
        <translation>--lang: 本程序不支持语言“%1”（可选：%2）</translation>
    </message>
    <message>
        <source>--today: &quot;%1&quot; is not a date (write YYYY-MM-DD)</source>
        <translation>--today: “%1”不是有效日期（应写作 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>未指定命令</translation>
    </message>
</context>
<context>
    <name>oversight::ComplaintDialog</name>
    <message>
        <source>Edit case %1</source>
        <translation>编辑案件 %1</translation>
    </message>
    <message>
        <source>Register a complaint</source>
        <translation>登记投诉举报</translation>
    </message>
    <message>
        <source>(choose a unit)</source>
        <translation>（请选择单位）</translation>
    </message>
    <message>
        <source>Enterprise-related complaint (涉企)</source>
        <translation>涉企投诉</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>The complainant&apos;s name and contact are kept private: they are never printed in notices, ledgers or exports, and lists show them masked.</source>
        <translation>投诉人姓名和联系方式予以保密：不出现在任何通知书、台账或导出文件中，列表中仅显示脱敏信息。</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>来源渠道(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>收到日期(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Unit concerned:</source>
        <translation>涉及单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Enterprise:</source>
        <translation>企业名称(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>反映问题(&amp;S)：</translation>
    </message>
    <message>
        <source>Com&amp;plainant:</source>
        <translation>投诉人(&amp;P)：</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>联系方式(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>登记(&amp;R)</translation>
    </message>
</context>
<context>
    <name>oversight::ComplaintImporter</name>
    <message>
        <source>The day the complaint arrived: 2022-06-01, 2022/6/1 or 2022年6月1日.</source>
        <translation>收到投诉举报的日期，如 2022-06-01、2022/6/1 或 2022年6月1日。</translation>
    </message>
    <message>
        <source>One of %1.</source>
        <translation>填写以下之一：%1。</translation>
    </message>
    <message>
        <source>The enforcement unit concerned, as named in the register.</source>
        <translation>被反映的行政执法单位，名称须与单位名册一致。</translation>
    </message>
    <message>
        <source>The enterprise concerned, if any.</source>
        <translation>涉及的企业名称（如有）。</translation>
    </message>
    <message>
        <source>是 or 否; 是 needs the enterprise&apos;s name.</source>
        <translation>填写“是”或“否”；填“是”时须填写企业名称。</translation>
    </message>
    <message>
        <source>Optional; kept private, never printed or exported.</source>
        <translation>选填；予以保密，不打印、不导出。</translation>
    </message>
    <message>
        <source>What the complaint is about.</source>
        <translation>反映的具体问题。</translation>
    </message>
    <message>
        <source>%1: not filled in; write the day the complaint arrived (YYYY-MM-DD).</source>
        <translation>%1：未填写；请填写收到投诉举报的日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>%1: not filled in.</source>
        <translation>%1：未填写。</translation>
    </message>
    <message>
        <source>Complaints: import template</source>
        <translation>投诉举报导入模板</translation>
    </message>
</context>
<context>
    <name>oversight::ComplaintRepository</name>
    <message>
        <source>Could not read the supervision cases.</source>
        <translation>无法读取个案监督案件。</translation>
    </message>
    <message>
        <source>Could not read the supervision case.</source>
        <translation>无法读取该个案监督案件。</translation>
    </message>
    <message>
        <source>There is no supervision case %1.</source>
        <translation>没有编号为 %1 的监督案件。</translation>
    </message>
    <message>
        <source>Could not save the supervision case.</source>
        <translation>无法保存个案监督案件。</translation>
    </message>
    <message>
        <source>Could not read the case&apos;s history.</source>
        <translation>无法读取案件的办理过程。</translation>
    </message>
    <message>
        <source>Could not save the case&apos;s history.</source>
        <translation>无法保存案件的办理过程。</translation>
    </message>
    <message>
        <source>Could not read the problems found.</source>
        <translation>无法读取发现的问题。</translation>
    </message>
    <message>
        <source>There is no problem %1 among the findings.</source>
        <translation>发现的问题中没有编号为 %1 的问题。</translation>
    </message>
    <message>
        <source>Could not save the problem found.</source>
        <translation>无法保存发现的问题。</translation>
    </message>
    <message>
        <source>Could not delete the problem found.</source>
        <translation>无法删除发现的问题。</translation>
    </message>
    <message>
        <source>Could not read the case&apos;s attachments.</source>
        <translation>无法读取案件附件。</translation>
    </message>
    <message>
        <source>Could not save the attachment.</source>
        <translation>无法保存附件。</translation>
    </message>
</context>
<context>
    <name>oversight::ComplaintTableModel</name>
    <message>
        <source>%1 (%2 days overdue)</source>
        <translation>%1（已超期 %2 天）</translation>
    </message>
    <message>
        <source>The unit&apos;s written reply is due by this day.</source>
        <translation>单位应于此日前书面回复。</translation>
    </message>
    <message>
        <source>The case is to be handled by this day.</source>
        <translation>案件应于此日前办结调查。</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Unit concerned</source>
        <translation>涉及单位</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>办理状态</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Matter reported</source>
        <translation>反映问题</translation>
    </message>
</context>
<context>
    <name>oversight::ComplaintText</name>
    <message>
        <source>Telephone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信件</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Media report</source>
        <translation>媒体曝光</translation>
    </message>
    <message>
        <source>Assigned by a higher authority</source>
        <translation>上级交办</translation>
    </message>
    <message>
        <source>Found on a call-back</source>
        <translation>回访发现</translation>
    </message>
    <message>
        <source>Channel: &quot;%1&quot; is not a channel; write one of %2.</source>
        <translation>来源渠道：“%1”不是有效的来源渠道，请填写以下之一：%2。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>调查核实中</translation>
    </message>
    <message>
        <source>No violation found</source>
        <translation>未发现违法</translation>
    </message>
    <message>
        <source>Supervision notice issued</source>
        <translation>已发执法监督通知书</translation>
    </message>
    <message>
        <source>Referred to discipline inspection</source>
        <translation>已移交纪检监察机关</translation>
    </message>
    <message>
        <source>Unit replied</source>
        <translation>单位已回复</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Received on: enter the day the complaint arrived (YYYY-MM-DD).</source>
        <translation>收到日期：请填写收到投诉举报的日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Unit concerned: choose the enforcement unit the complaint is about.</source>
        <translation>涉及单位：请选择被反映的行政执法单位。</translation>
    </message>
    <message>
        <source>Summary: write what the complaint is about.</source>
        <translation>反映问题：请填写反映的具体问题。</translation>
    </message>
    <message>
        <source>Summary: at most 4000 characters (now %1).</source>
        <translation>反映问题：最多 4000 字（现为 %1 字）。</translation>
    </message>
    <message>
        <source>Enterprise: the complaint is marked enterprise-related; name the enterprise, or clear the mark.</source>
        <translation>企业名称：已标记为涉企投诉，请填写企业名称，或取消“涉企”标记。</translation>
    </message>
    <message>
        <source>Enterprise: at most 200 characters.</source>
        <translation>企业名称：最多 200 字。</translation>
    </message>
    <message>
        <source>Complainant: at most 50 characters.</source>
        <translation>投诉人：最多 50 字。</translation>
    </message>
    <message>
        <source>Complainant&apos;s contact: at most 100 characters.</source>
        <translation>联系方式：最多 100 字。</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Unit concerned</source>
        <translation>涉及单位</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>反映问题</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Complainant&apos;s contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>Received on: %1 is after today (%2); enter the day it arrived.</source>
        <translation>收到日期：%1 晚于今天（%2），请填写实际收到的日期。</translation>
    </message>
    <message>
        <source>The complaint belongs to no campaign.</source>
        <translation>该投诉举报不属于任何专项行动。</translation>
    </message>
    <message>
        <source>Unit concerned: unit %1 is not in this campaign&apos;s register; choose a registered unit.</source>
        <translation>涉及单位：单位 %1 不在本次专项行动的单位名单中，请选择已登记的单位。</translation>
    </message>
    <message>
        <source>Received on: %1 is after the case&apos;s later steps; the complaint must have arrived first.</source>
        <translation>收到日期：%1 晚于案件后续办理步骤的日期，收到日期应在最前。</translation>
    </message>
    <message>
        <source>Case %1 is %2; it cannot become &quot;%3&quot;.</source>
        <translation>案件 %1 已%2，不能再变为“%3”。</translation>
    </message>
    <message>
        <source>Case %1 is &quot;%2&quot;; it cannot become &quot;%3&quot; now. Its next step is: %4.</source>
        <translation>案件 %1 当前为“%2”，现在不能变为“%3”。下一步应为：%4。</translation>
    </message>
    <message>
        <source>Date: enter the day of this step (YYYY-MM-DD).</source>
        <translation>日期：请填写本步骤的日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Date: %1 is after today (%2); record a step once it has happened.</source>
        <translation>日期：%1 晚于今天（%2），请在事项发生后再登记。</translation>
    </message>
    <message>
        <source>Date: %1 is before the case&apos;s previous step (%2).</source>
        <translation>日期：%1 早于案件上一步骤的日期（%2）。</translation>
    </message>
    <message>
        <source>Facts: state what was found (基本事实).</source>
        <translation>基本事实：请写明查明的事实。</translation>
    </message>
    <message>
        <source>Decision: state what the unit must correct.</source>
        <translation>监督意见：请写明单位应当纠正的事项。</translation>
    </message>
    <message>
        <source>Reply due: enter the day the unit&apos;s written reply is due (YYYY-MM-DD).</source>
        <translation>回复期限：请填写单位书面回复的截止日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Reply due: %1 is before the notice is issued (%2).</source>
        <translation>回复期限：%1 早于通知书发出日期（%2）。</translation>
    </message>
    <message>
        <source>Correct by: %1 is before the notice is issued (%2).</source>
        <translation>纠正期限：%1 早于通知书发出日期（%2）。</translation>
    </message>
    <message>
        <source>Note: say what was referred to the discipline inspection body and why.</source>
        <translation>说明：请写明移交纪检监察机关的事项和理由。</translation>
    </message>
    <message>
        <source>Reply: write what the unit replied (or attach its letter and summarise it here).</source>
        <translation>回复内容：请填写单位的回复内容（或添加回复函附件并在此概述）。</translation>
    </message>
    <message>
        <source>Reform area: choose one of the areas 1 to 10 (now %1).</source>
        <translation>改革领域：请选择第 1 至 10 项之一（现为 %1）。</translation>
    </message>
    <message>
        <source>Problem: describe the problem found.</source>
        <translation>问题描述：请描述发现的问题。</translation>
    </message>
    <message>
        <source>A problem found belongs to a case or a call-back.</source>
        <translation>发现的问题必须属于某个案件或某次回访。</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>整改措施</translation>
    </message>
</context>
<context>
    <name>oversight::CorrectionDialog</name>
    <message>
        <source>Correction: %1</source>
        <translation>纠正结果：%1</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>oversight::CsvReader</name>
    <message>
        <source>%1: the file cannot be read: %2.</source>
        <translation>%1：无法读取该文件：%2。</translation>
    </message>
    <message>
        <source>The file starts as UTF-8 but holds bytes that are not UTF-8; save it again as &quot;CSV UTF-8&quot; or as an Excel workbook.</source>
        <translation>文件以UTF-8开头，但含有非UTF-8字节；请重新另存为“CSV UTF-8”或Excel工作簿。</translation>
    </message>
    <message>
        <source>The file starts as UTF-16 but is damaged; save it again.</source>
        <translation>文件以UTF-16开头，但已损坏；请重新保存。</translation>
    </message>
    <message>
        <source>The file is not UTF-8, and this system cannot read GB18030; save it as &quot;CSV UTF-8&quot; or as an Excel workbook.</source>
        <translation>文件不是UTF-8编码，而本系统无法读取GB18030；请另存为“CSV UTF-8”或Excel工作簿。</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GB18030 text; save it again as &quot;CSV UTF-8&quot; or as an Excel workbook.</source>
        <translation>文件既不是UTF-8也不是GB18030文本；请重新另存为“CSV UTF-8”或Excel工作簿。</translation>
    </message>
    <message>
        <source>%1:%2: a quoted field is never closed; check the quotation marks in that row.</source>
        <translation>%1:%2：引号括起的字段没有结束；请检查该行的引号。</translation>
    </message>
    <message>
        <source>%1: the file is larger than 512 MB; split it or save it as .xlsx.</source>
        <translation>%1：文件超过512 MB；请拆分后导入，或另存为 .xlsx。</translation>
    </message>
</context>
<context>
    <name>oversight::DashboardPage</name>
    <message>
        <source>Severity</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>What needs attention</source>
        <translation>需要关注的事项</translation>
    </message>
    <message>
        <source>Summary report (PDF)…</source>
        <translation>总结统计报告（PDF）…</translation>
    </message>
    <message>
        <source>Figures (XLSX)…</source>
        <translation>统计数据（XLSX）…</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Nothing needs attention today.</source>
        <translation>今天没有需要关注的事项。</translation>
    </message>
    <message>
        <source>%1 overdue · %2 due within 7 days · %3 to note</source>
        <translation>已逾期 %1 项 · 7日内到期 %2 项 · 提示 %3 项</translation>
    </message>
    <message>
        <source>Forms and reports: %1 of %2 in (%3 on time, %4 late), %5 overdue</source>
        <translation>附件及书面材料：应报%2份，已报%1份（按时%3份，逾期%4份），逾期未报%5份</translation>
    </message>
    <message>
        <source>self-check share met by %1 of %2 reporting units</source>
        <translation>自查比例达标%1个单位（已报%2个）</translation>
    </message>
    <message>
        <source>spot check: %1 of %2 files scored</source>
        <translation>抽查评查%1/%2卷</translation>
    </message>
    <message>
        <source>rectification: %1 of %2 problems closed, %3 overdue</source>
        <translation>整改问题%2个，已销号%1个，逾期%3个</translation>
    </message>
    <message>
        <source>complaints: %1 of %2 closed, %3 overdue</source>
        <translation>投诉举报%2件，已办结%1件，逾期%3件</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Save the summary report</source>
        <translation>保存总结统计报告</translation>
    </message>
    <message>
        <source>summary-report.pdf</source>
        <translation>总结验收统计.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Summary report</source>
        <translation>总结统计报告</translation>
    </message>
    <message>
        <source>Save the summary figures</source>
        <translation>保存总结统计数据</translation>
    </message>
    <message>
        <source>summary-figures.xlsx</source>
        <translation>总结验收统计数据.xlsx</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Summary figures</source>
        <translation>总结统计数据</translation>
    </message>
    <message>
        <source>Today: due within 7 days or newly overdue (%1)</source>
        <translation>今日：7日内到期或新近逾期（%1）</translation>
    </message>
    <message>
        <source>Overdue for more than 7 days (%1)</source>
        <translation>逾期超过7日（%1）</translation>
    </message>
    <message>
        <source>To note (%1)</source>
        <translation>备忘（%1）</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Double-click a line (or press Enter) to open its record.</source>
        <translation>双击一行（或按回车）打开对应记录。</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>Getting started with a new file</source>
        <translation>新文件入门</translation>
    </message>
    <message>
        <source>Add the enforcement units, or import them from a spreadsheet: Enforcement units → Import….</source>
        <translation>添加行政执法单位，或从表格导入：执法单位 → 导入…。</translation>
    </message>
    <message>
        <source>Name each unit&apos;s campaign contact person and phone.</source>
        <translation>为每个单位填写专项行动联系人及电话。</translation>
    </message>
    <message>
        <source>Check the campaign&apos;s phases and deadlines in the timeline above; the deadlines of the forms follow them.</source>
        <translation>在上方时间轴中核对专项行动的各阶段和时限；各附件的报送时限随之确定。</translation>
    </message>
    <message>
        <source>Writing the summary report…</source>
        <translation>正在写入总结报告…</translation>
    </message>
    <message>
        <source>The summary report is written to %1.</source>
        <translation>总结报告已写入 %1。</translation>
    </message>
    <message>
        <source>Writing the summary figures…</source>
        <translation>正在写入汇总数据…</translation>
    </message>
    <message>
        <source>The summary figures are written to %1.</source>
        <translation>汇总数据已写入 %1。</translation>
    </message>
    <message>
        <source>Counting the campaign&apos;s figures…</source>
        <translation>正在统计本次活动的数据…</translation>
    </message>
</context>
<context>
    <name>oversight::Database</name>
    <message>
        <source>%1 is not an Oversight Desk database or is damaged. Open a backup copy, or choose another file.</source>
        <translation>%1 不是执法监督台数据库，或已损坏。请打开备份副本，或选择其他文件。</translation>
    </message>
    <message>
        <source>No database file was named.</source>
        <translation>未指定数据库文件。</translation>
    </message>
    <message>
        <source>%1 already exists; init never overwrites a file. Choose a new file name.</source>
        <translation>%1 已存在；init 不会覆盖已有文件。请另选一个新文件名。</translation>
    </message>
    <message>
        <source>%1 does not exist. Create it with &quot;oversight-cli --db FILE init&quot; or check the path.</source>
        <translation>%1 不存在。请用“oversight-cli --db FILE init”创建，或检查路径是否正确。</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>%1 cannot be read. Check the file&apos;s permissions.</source>
        <translation>无法读取 %1。请检查该文件的权限。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 is open in another copy of the program (%2, process %3). Close it there first.</source>
        <translation>%1 已在另一个程序实例中打开（%2，进程 %3）。请先在那里将其关闭。</translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation>未知程序</translation>
    </message>
    <message>
        <source>Cannot create the lock file beside %1. Check that the folder is writable.</source>
        <translation>无法在 %1 所在文件夹中创建锁文件。请检查该文件夹是否可写。</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>未安装 Qt 的 SQLite 驱动（软件包 libqt6sql6-sqlite）。</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>无法打开 %1。</translation>
    </message>
    <message>
        <source>Could not set up the database connection.</source>
        <translation>无法设置数据库连接。</translation>
    </message>
    <message>
        <source>PRAGMA user_version cannot be read</source>
        <translation>无法读取 PRAGMA user_version</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Oversight Desk (schema %2; this program knows up to %3). Install the newer version to open it.</source>
        <translation>%1 由更高版本的执法监督台写入（数据结构版本 %2；本程序最高支持 %3）。请安装新版本后再打开。</translation>
    </message>
    <message>
        <source>the file is an SQLite database of another program</source>
        <translation>该文件是其他程序的 SQLite 数据库</translation>
    </message>
    <message>
        <source>%1 uses an older schema (%2). Open it once with the app or the CLI to upgrade it.</source>
        <translation>%1 使用旧版数据结构（%2）。请用桌面程序或命令行工具打开一次，以完成升级。</translation>
    </message>
    <message>
        <source>Could not record the schema version.</source>
        <translation>无法记录数据结构版本。</translation>
    </message>
    <message>
        <source>%1 is read-only, so nothing could be saved in it. Give yourself write permission on the file, or open a copy of it.</source>
        <translation>%1 是只读文件，无法保存任何内容。请为该文件加上写权限，或打开它的副本。</translation>
    </message>
    <message>
        <source>%1 is on a read-only disk or in a folder that cannot be written, so nothing could be saved in it (reading it works). Copy it to a writable place to change it.</source>
        <translation>%1 位于只读磁盘或不可写的文件夹中，无法保存任何修改（可以读取）。如需修改，请复制到可写的位置。</translation>
    </message>
    <message>
        <source>%1 has %2 names on the disk (hard links), so two programs could write it at once without seeing each other; it can be read but not changed. Make a backup copy and work on the copy, or remove the other names.</source>
        <translation>%1 在磁盘上有 %2 个名称（硬链接），两个程序可能同时写入而互不知晓；只能读取，不能修改。请做一份备份并在副本上工作，或删除其他名称。</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing: no space left on the disk of %2 (not even for its small lock file). Free some space and try again.</source>
        <translation>无法以写入方式打开 %1：%2 所在磁盘已无剩余空间（连很小的锁文件也无法创建）。请释放空间后重试。</translation>
    </message>
    <message>
        <source>%1 is open in another copy of the program under another name. Close it there first.</source>
        <translation>%1 已通过另一个名称在程序的另一个副本中打开。请先在那里关闭。</translation>
    </message>
    <message>
        <source>Could not upgrade the database to schema %1 (%2); the file was left unchanged at schema %3.</source>
        <translation>无法将数据库升级到第%1版结构（%2）；文件保持不变，仍为第%3版结构。</translation>
    </message>
    <message>
        <source>Could not prepare the database for its upgrade.</source>
        <translation>无法为数据库升级做准备。</translation>
    </message>
    <message>
        <source>Could not check the upgraded database&apos;s references.</source>
        <translation>无法检查升级后数据库的引用关系。</translation>
    </message>
    <message>
        <source>after the upgrade a row of %1 refers to a missing row of %2; the file was left unchanged at schema %3</source>
        <translation>升级后 %1 中有记录引用了 %2 中不存在的记录；文件保持原样（架构 %3）</translation>
    </message>
</context>
<context>
    <name>oversight::DesktopMain</name>
    <message>
        <source>Open the database FILE instead of the default one.</source>
        <translation>打开数据库文件 FILE，而不是默认数据库文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Take DATE (YYYY-MM-DD) as today, for phases and deadlines.</source>
        <translation>将 DATE（YYYY-MM-DD）作为今天，用于计算阶段和报送时限。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Speak LANGUAGE (%1) instead of the one chosen in the settings.</source>
        <translation>使用语言 LANGUAGE（%1），而不是设置中选择的语言。</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>LANGUAGE</translation>
    </message>
    <message>
        <source>Oversight Desk: the legal affairs section&apos;s desk for the campaign to standardize administrative law enforcement.</source>
        <translation>执法监督台：法制股开展规范行政执法专项行动的工作平台。</translation>
    </message>
    <message>
        <source>Oversight Desk</source>
        <translation>执法监督台</translation>
    </message>
    <message>
        <source>--lang: &quot;%1&quot; is not a language of this program; choose one of %2.</source>
        <translation>--lang: 本程序不支持语言“%1”；请从 %2 中选择。</translation>
    </message>
    <message>
        <source>--today: &quot;%1&quot; is not a date; write it as YYYY-MM-DD, e.g. 2022-05-09.</source>
        <translation>--today: “%1”不是有效日期；请写作 YYYY-MM-DD，例如 2022-05-09。</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>The backup %1 is restored.</source>
        <translation>已恢复备份 %1。</translation>
    </message>
    <message>
        <source>The backup %1 is restored. The file it replaced is kept as %2.</source>
        <translation>已恢复备份 %1。被替换的文件另存为 %2。</translation>
    </message>
    <message>
        <source>The newest good backup was written on %1 (campaign: %2; last change: %3). Restore it? The current file is kept aside under another name, not deleted.</source>
        <translation>最新的完好备份写于 %1（专项行动：%2；最后修改：%3）。是否恢复？当前文件会改名另存，不会删除。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <source>Open on page N of the navigation (1 is the first).</source>
        <translation>启动时打开导航中的第 N 页（第 1 页为首页）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>正在检查并恢复备份…</translation>
    </message>
    <message>
        <source>Quit as soon as the main window is first painted and print the milliseconds since the start (for the benchmarks; no reminder, no automatic backup on this exit).</source>
        <translation>主窗口首次绘制完成后立即退出，并输出自启动以来的毫秒数（供性能测试使用；此次退出不弹出提醒，也不做自动备份）。</translation>
    </message>
    <message>
        <source>Quit as soon as the dashboard&apos;s figures are first painted, and print the milliseconds since the start to the first paint and to the figures (for the benchmarks; no reminder, no automatic backup on this exit).</source>
        <translation>工作台的统计数据首次绘制完成后立即退出，并输出自启动至首次绘制及至数据显示的毫秒数（供性能测试使用；此次退出不弹出提醒，也不做自动备份）。</translation>
    </message>
</context>
<context>
    <name>oversight::DocumentEditor</name>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <source>One paragraph a line. Headings are recognised by their numbering: 一、 (黑体), （一） (楷体), 1. and （1）. Lines starting with | form a table, cells separated by |, the first row its header. Text in 【】 is a placeholder: fill it in, or the document cannot be issued.</source>
        <translation>每行一段。标题按序号识别：一、（黑体）、（一）（楷体）、1. 和（1）。以 | 开头的行组成表格，单元格之间用 | 分隔，第一行为表头。【】中的文字为待填内容：填写完整后公文才能印发。</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Addressee (主送):</source>
        <translation>主送机关(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>正文(&amp;B)：</translation>
    </message>
    <message>
        <source>Attach&amp;ments (one a line):</source>
        <translation>附件（每行一个）(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Signature:</source>
        <translation>发文机关署名(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>成文日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Copy to (抄送):</source>
        <translation>抄送(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Printed by (印发机关):</source>
        <translation>印发机关(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>oversight::DocumentFonts</name>
    <message>
        <source>%1 → %2 (bold)</source>
        <translation>%1 → %2（加粗）</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>oversight::DocumentRenderer</name>
    <message>
        <source>Could not start painting the document.</source>
        <translation>无法开始绘制公文。</translation>
    </message>
    <message>
        <source>Could not start page %1 of the document.</source>
        <translation>无法开始绘制公文第 %1 页。</translation>
    </message>
    <message>
        <source>Could not finish painting the document.</source>
        <translation>无法完成公文的绘制。</translation>
    </message>
</context>
<context>
    <name>oversight::DocumentRepository</name>
    <message>
        <source>Document %1 is damaged in the file.</source>
        <translation>数据库文件中的公文 %1 已损坏。</translation>
    </message>
    <message>
        <source>Could not read the documents.</source>
        <translation>无法读取公文列表。</translation>
    </message>
    <message>
        <source>Could not read the document.</source>
        <translation>无法读取公文。</translation>
    </message>
    <message>
        <source>There is no document %1.</source>
        <translation>不存在 ID 为 %1 的公文。</translation>
    </message>
    <message>
        <source>Could not read the document numbers.</source>
        <translation>无法读取发文字号。</translation>
    </message>
    <message>
        <source>Could not save the document.</source>
        <translation>无法保存公文。</translation>
    </message>
    <message>
        <source>Document %1 is not a draft any more; an issued document is not edited.</source>
        <translation>公文 %1 已不是草稿；已印发的公文不能再修改。</translation>
    </message>
    <message>
        <source>Could not delete the document.</source>
        <translation>无法删除公文。</translation>
    </message>
    <message>
        <source>Document %1 is not a draft; an issued document keeps its number.</source>
        <translation>公文 %1 不是草稿；已印发的公文保留其发文字号，不能删除。</translation>
    </message>
    <message>
        <source>Could not issue the document.</source>
        <translation>无法印发公文。</translation>
    </message>
    <message>
        <source>Document %1 was issued already.</source>
        <translation>公文 %1 已经印发。</translation>
    </message>
    <message>
        <source>Could not void the document.</source>
        <translation>无法作废公文。</translation>
    </message>
    <message>
        <source>Document %1 is not an issued document; only issued documents are voided.</source>
        <translation>公文 %1 不是已印发的公文；只有已印发的公文才能作废。</translation>
    </message>
</context>
<context>
    <name>oversight::DocumentService</name>
    <message>
        <source>The document has no title.</source>
        <translation>公文没有标题。</translation>
    </message>
    <message>
        <source>The document names no addressee (主送机关).</source>
        <translation>公文没有写明主送机关。</translation>
    </message>
    <message>
        <source>The document has no text.</source>
        <translation>公文没有正文。</translation>
    </message>
    <message>
        <source>The text still holds a placeholder to fill in: %1. Fill in every 【…】 before issuing.</source>
        <translation>正文中仍有待填写的占位内容：%1。请在印发前填写全部【…】内容。</translation>
    </message>
    <message>
        <source>%1 was issued already as %2.</source>
        <translation>《%1》已以%2印发。</translation>
    </message>
    <message>
        <source>Say why the document is voided.</source>
        <translation>请说明作废的理由。</translation>
    </message>
    <message>
        <source>%1 is a draft: it has no issued PDF to reprint.</source>
        <translation>《%1》是草稿，没有可重印的已印发 PDF。</translation>
    </message>
    <message>
        <source>The stored PDF of %1 does not match its SHA-256: the file was changed.</source>
        <translation>%1 存档的 PDF 与其 SHA-256 校验值不符：文件已被改动。</translation>
    </message>
    <message>
        <source>The date %1 is outside the campaign&apos;s year %2; date the document in %2.</source>
        <translation>日期%1不在专项行动年度%2年内；请使用%2年内的日期。</translation>
    </message>
    <message>
        <source>A document number is a whole number from 1.</source>
        <translation>文号序号应为从1开始的整数。</translation>
    </message>
    <message>
        <source>%1 is already used; choose another number (the next free one is %2).</source>
        <translation>%1已被使用；请另选序号（下一个可用序号为%2）。</translation>
    </message>
</context>
<context>
    <name>oversight::DocumentsPage</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已印发</translation>
    </message>
    <message>
        <source>Voided: %1</source>
        <translation>已作废：%1</translation>
    </message>
    <message>
        <source>&amp;New draft</source>
        <translation>新建草稿(&amp;N)</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>种类：</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>发文字号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete draft</source>
        <translation>删除草稿(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation>印发(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>作废(&amp;V)…</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>打印预览(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>保存 PDF(&amp;F)…</translation>
    </message>
    <message>
        <source>Save &amp;ODT copy…</source>
        <translation>保存 ODT 副本(&amp;O)…</translation>
    </message>
    <message>
        <source>All official fonts are installed.</source>
        <translation>公文规定字体均已安装。</translation>
    </message>
    <message>
        <source>Official fonts missing on this computer; stand-ins: %1</source>
        <translation>本机缺少公文规定字体，已用替代字体：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Official documents</source>
        <translation>公文</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>公文</translation>
    </message>
    <message>
        <source>(not issued)</source>
        <translation>（未印发）</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>新建草稿</translation>
    </message>
    <message>
        <source>Choose the unit the reminder goes to.</source>
        <translation>请选择催办通知的主送单位。</translation>
    </message>
    <message>
        <source>Edit document</source>
        <translation>编辑公文</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>删除草稿</translation>
    </message>
    <message>
        <source>Delete the draft &quot;%1&quot;?</source>
        <translation>删除草稿“%1”？</translation>
    </message>
    <message>
        <source>Issue document</source>
        <translation>印发公文</translation>
    </message>
    <message>
        <source>Issued as %1.</source>
        <translation>已印发，发文字号为%1。</translation>
    </message>
    <message>
        <source>SHA-256 of the PDF: %1</source>
        <translation>PDF 的 SHA-256：%1</translation>
    </message>
    <message>
        <source>Void document</source>
        <translation>作废公文</translation>
    </message>
    <message>
        <source>Why is %1 voided? The number stays recorded as voided with this reason.</source>
        <translation>%1 因何作废？该文号将连同作废理由一并保留记录。</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Save ODT copy</source>
        <translation>保存 ODT 副本</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument 文本 (*.odt)</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>主送</translation>
    </message>
    <message>
        <source>next free</source>
        <translation>下一个可用</translation>
    </message>
    <message>
        <source>The document number the office assigned; &quot;next free&quot; takes the series&apos; next number. A number already used is refused.</source>
        <translation>办公室编定的文号序号；“下一个可用”取该系列的下一个序号。已使用的序号将被拒绝。</translation>
    </message>
    <message>
        <source>The document&apos;s date (成文日期), within the campaign&apos;s year.</source>
        <translation>成文日期，须在专项行动年度内。</translation>
    </message>
    <message>
        <source>No.:</source>
        <translation>文号：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>The campaign&apos;s figures are not open yet.</source>
        <translation>专项行动数据尚未打开。</translation>
    </message>
    <message>
        <source>On %1 no unit is late, short of its self-check, overdue with its rectification, without a contact or with unscored drawn files: there is nobody to name.</source>
        <translation>%1没有单位存在逾期报送、自查比例不足、整改逾期、未报联系人或抽查案卷未评查的问题：无可通报的单位。</translation>
    </message>
    <message>
        <source>Issue &quot;%1&quot; as %2, dated %3? Its text is frozen: an issued document can only be voided, never changed.</source>
        <translation>以%2、成文日期%3印发“%1”？印发后正文即冻结：已印发的文件只能作废，不能修改。</translation>
    </message>
    <message>
        <source>Choose the unit the feedback letter goes to.</source>
        <translation>请选择整改意见书的主送单位。</translation>
    </message>
    <message>
        <source>A draft of this notice is already there: &quot;%1&quot; (dated %2). Open it instead of making a second one?

Yes: open the existing draft. No: make a new draft beside it.</source>
        <translation>已有该文书的草稿：“%1”（成文日期 %2）。是否打开已有草稿，而不再新建一份？

是：打开已有草稿。否：另建一份新草稿。</translation>
    </message>
    <message>
        <source>Writing %1 as PDF…</source>
        <translation>正在将《%1》写成 PDF…</translation>
    </message>
    <message>
        <source>%1 is written to %2.</source>
        <translation>《%1》已写入 %2。</translation>
    </message>
</context>
<context>
    <name>oversight::DrawCommand</name>
    <message>
        <source>draw cases --count N [--seed S] [--units A,B,...]</source>
        <translation>draw cases --count N [--seed S] [--units A,B,...]</translation>
    </message>
    <message>
        <source>spot-check draw; stores the record and prints its id, then one line per file</source>
        <translation>抽检随机抽取；保存记录并输出记录编号，随后每卷一行</translation>
    </message>
    <message>
        <source>draw reviewers ID [--seed S]</source>
        <translation>draw reviewers ID [--seed S]</translation>
    </message>
    <message>
        <source>draws the reviewers of a draw made without them</source>
        <translation>为未抽评查人员的抽取记录抽取评查人员</translation>
    </message>
    <message>
        <source>draw verify ID</source>
        <translation>draw verify ID</translation>
    </message>
    <message>
        <source>re-runs a stored draw and compares (exit 2 naming any difference)</source>
        <translation>重新执行已保存的抽取并比对（不一致时退出码2并指出差异）</translation>
    </message>
    <message>
        <source>draw void ID --reason TEXT</source>
        <translation>draw void ID --reason TEXT</translation>
    </message>
    <message>
        <source>sets a draw aside (kept, but its files no longer count)</source>
        <translation>作废一次抽取（记录保留，其案卷不再计入）</translation>
    </message>
    <message>
        <source>draw record ID --out FILE.pdf</source>
        <translation>draw record ID --out FILE.pdf</translation>
    </message>
    <message>
        <source>the one-page draw record (抽取记录) to print or publish</source>
        <translation>一页的抽取记录，供打印或公布</translation>
    </message>
    <message>
        <source>draw results --out FILE.pdf|FILE.xlsx</source>
        <translation>draw results --out FILE.pdf|FILE.xlsx</translation>
    </message>
    <message>
        <source>the results by unit and by file (the XLSX with 附件7)</source>
        <translation>按单位和按案卷的评查结果（XLSX 含附件7）</translation>
    </message>
    <message>
        <source>draw: say cases, reviewers or verify</source>
        <translation>draw：请写明 cases、reviewers 或 verify</translation>
    </message>
    <message>
        <source>draw cases: --count N is required (the plan asks for at least 60)</source>
        <translation>draw cases：须指定 --count N（方案要求至少60卷）</translation>
    </message>
    <message>
        <source>draw cases: --count &quot;%1&quot; is not a number of files</source>
        <translation>draw cases：--count “%1”不是案卷数</translation>
    </message>
    <message>
        <source>draw cases: --seed &quot;%1&quot; is not a whole number from 0 to 18446744073709551615</source>
        <translation>draw cases：--seed “%1”不是0至18446744073709551615之间的整数</translation>
    </message>
    <message>
        <source>(reviewers to be drawn)</source>
        <translation>（评查人员待抽取）</translation>
    </message>
    <message>
        <source>seed %1; pool of %2 file(s), SHA-256 %3; %4 version %5</source>
        <translation>种子 %1；案卷池%2卷，SHA-256 %3；%4 第%5版</translation>
    </message>
    <message>
        <source>warning: %1 (recorded in the draw)</source>
        <translation>提示：%1（已记入抽取记录）</translation>
    </message>
    <message>
        <source>The reviewer pool is empty: the files were drawn alone. Add reviewers, then run &quot;oversight-cli draw reviewers %1&quot;.</source>
        <translation>评查人员库为空，本次只抽取了案卷。请添加评查人员后执行“oversight-cli draw reviewers %1”。</translation>
    </message>
    <message>
        <source>draw %1: name the draw record&apos;s id (the number &quot;draw cases&quot; printed)</source>
        <translation>draw %1：请写明抽取记录编号（“draw cases”输出的编号）</translation>
    </message>
    <message>
        <source>draw reviewers: --seed &quot;%1&quot; is not a whole number</source>
        <translation>draw reviewers：--seed “%1”不是整数</translation>
    </message>
    <message numerus="yes">
        <source>%n reviewer(s) drawn again (回避), as the record shows.</source>
        <translation>
            <numerusform>因回避重抽评查人员%n次，已记入记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>draw record %1: the re-run gives the same files and reviewers.</source>
        <translation>抽取记录%1：重新抽取的案卷和评查人员与记录一致。</translation>
    </message>
    <message>
        <source>draw record %1: %2</source>
        <translation>抽取记录%1：%2</translation>
    </message>
    <message>
        <source>draw void: name the draw record&apos;s id and give --reason TEXT</source>
        <translation>draw void：请写明抽取记录编号并给出 --reason 理由</translation>
    </message>
    <message>
        <source>Draw record %1 is set aside; its files no longer count in the spot check.</source>
        <translation>抽取记录%1已作废；其案卷不再计入抽查。</translation>
    </message>
    <message>
        <source>draw record: name the draw record&apos;s id</source>
        <translation>draw record：请写明抽取记录编号</translation>
    </message>
    <message>
        <source>draw record: --out FILE.pdf is required</source>
        <translation>draw record：须指定 --out FILE.pdf</translation>
    </message>
    <message>
        <source>draw results: --out FILE.pdf or FILE.xlsx is required</source>
        <translation>draw results：须指定 --out FILE.pdf 或 FILE.xlsx</translation>
    </message>
    <message>
        <source>Documents need the fonts of a GUI application; run oversight-cli itself, not a library copy of it.</source>
        <translation>生成文档需要图形程序的字体；请直接运行 oversight-cli，而不是其库副本。</translation>
    </message>
    <message>
        <source>Results written to %1.</source>
        <translation>评查结果已写入 %1。</translation>
    </message>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation>%1：无法写入（%2）</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>draw: unknown step &quot;%1&quot; (cases, reviewers or verify)</source>
        <translation>draw：未知步骤“%1”（cases、reviewers 或 verify）</translation>
    </message>
</context>
<context>
    <name>oversight::DrawDialog</name>
    <message>
        <source>Draw case files for the spot check</source>
        <translation>随机抽取抽检案卷</translation>
    </message>
    <message>
        <source>Suggest the busiest units</source>
        <translation>按案卷数推荐单位</translation>
    </message>
    <message>
        <source>Files to draw:</source>
        <translation>抽取卷数：</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n file(s))</source>
        <translation>
            <numerusform>%1（%n卷）</numerusform>
        </translation>
    </message>
    <message>
        <source>Units:</source>
        <translation>抽查单位：</translation>
    </message>
    <message>
        <source>empty: from the system&apos;s random source</source>
        <translation>留空：由系统随机源生成</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <source>%1 case-file spot check</source>
        <translation>%1年度行政执法案卷抽查</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>抽取任务：</translation>
    </message>
    <message>
        <source>&amp;Draw</source>
        <translation>抽取(&amp;D)</translation>
    </message>
    <message>
        <source>%1 unit(s), a pool of %2 file(s).</source>
        <translation>%1个单位，案卷池共%2卷。</translation>
    </message>
    <message>
        <source>Fewer than the plan&apos;s %1 files: allowed, and recorded in the draw as a warning.</source>
        <translation>少于方案要求的%1卷：可以抽取，但将作为提示记入抽取记录。</translation>
    </message>
    <message>
        <source>Tick at least one unit.</source>
        <translation>请至少勾选一个单位。</translation>
    </message>
    <message>
        <source>Seed: a whole number from 0 to 18446744073709551615.</source>
        <translation>随机种子：须为0至18446744073709551615之间的整数。</translation>
    </message>
    <message numerus="yes">
        <source>No. %1 of %2: %n file(s), %3 scored</source>
        <translation>
            <numerusform>第%1号（%2）：%n 件案卷，已评查 %3 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Draw case files</source>
        <translation>抽取案卷</translation>
    </message>
    <message numerus="yes">
        <source>Draw %n file(s) from %1 unit(s) now? The draw is stored for good: it cannot be deleted or made again with another result.</source>
        <translation>
            <numerusform>现在从 %1 个单位抽取 %n 件案卷？抽取结果将永久保存：不能删除，也不能重新抽取得出另一结果。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A draw stands already:
%1

A new draw is stored for good and its %n file(s) count in the spot check together with the draw above, until one of them is set aside. Draw again?</source>
        <translation>
            <numerusform>已有一次有效抽取：
%1

新的抽取将永久保存，其 %n 件案卷与上述抽取一并计入抽检，直至其中一次被作废。仍要再次抽取？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oversight::DrawTab</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案卷编号</translation>
    </message>
    <message>
        <source>Case name</source>
        <translation>案件名称</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>评查人员</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等次</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>已上传</translation>
    </message>
    <message>
        <source>Upload date</source>
        <translation>上传日期</translation>
    </message>
    <message>
        <source>Draw record:</source>
        <translation>抽取记录：</translation>
    </message>
    <message>
        <source>&amp;Draw…</source>
        <translation>抽取(&amp;D)…</translation>
    </message>
    <message>
        <source>Draw &amp;reviewers</source>
        <translation>抽取评查人员(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>核验(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Print record…</source>
        <translation>打印记录(&amp;P)…</translation>
    </message>
    <message>
        <source>Record as P&amp;DF…</source>
        <translation>记录存为PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Set &amp;aside…</source>
        <translation>作废(&amp;A)…</translation>
    </message>
    <message>
        <source>Sets the shown draw aside (drawn by mistake or replaced) with the reason: the record stays and still verifies, its files stop counting. Only before any of its files is scored.</source>
        <translation>作废当前显示的抽取（误抽或被替代），须写明理由：记录保留并仍可验证，其案卷不再计入。仅限其案卷尚未评查时。</translation>
    </message>
    <message>
        <source>&amp;Scoring sheet…</source>
        <translation>评查表(&amp;S)…</translation>
    </message>
    <message>
        <source>Uploaded to the regional platform</source>
        <translation>已上传区平台</translation>
    </message>
    <message>
        <source>附件7: ticks (or clears) the upload confirmation of the selected file, dated today.</source>
        <translation>附件7：勾选（或取消）所选案卷已上传区平台，日期为今天。</translation>
    </message>
    <message>
        <source>Put findings into the &amp;ledger</source>
        <translation>列入整改台账(&amp;L)</translation>
    </message>
    <message>
        <source>Makes a rectification-ledger problem (source 抽检) of each finding on the selected file&apos;s scoring sheet that has none yet.</source>
        <translation>将所选案卷评查表中尚未列入台账的每一项问题，作为整改台账问题（来源：抽检）登记。</translation>
    </message>
    <message numerus="yes">
        <source>No. %1 — %2, %n file(s)</source>
        <translation>
            <numerusform>第%1号 — %2，%n卷</numerusform>
        </translation>
    </message>
    <message>
        <source> (set aside)</source>
        <translation>（已作废）</translation>
    </message>
    <message>
        <source>Seed %1 · pool SHA-256 %2 · %3 · quotas: %4</source>
        <translation>种子 %1 · 案卷池 SHA-256 %2 · %3 · 名额：%4</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>Set aside: %1. Its files do not count in the spot check.</source>
        <translation>已作废：%1。其案卷不计入抽查。</translation>
    </message>
    <message>
        <source>Reviewers not drawn yet: add reviewers, then Draw reviewers.</source>
        <translation>尚未抽取评查人员：请先添加评查人员，再点“抽取评查人员”。</translation>
    </message>
    <message numerus="yes">
        <source>%n reviewer(s) drawn again for 回避, as recorded.</source>
        <translation>
            <numerusform>因回避重抽评查人员%n次，已记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>No draw yet. Draw… picks the files at random from the chosen units&apos; catalogues.</source>
        <translation>尚未抽取。“抽取…”从所选单位的案卷目录中随机抽取案卷。</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>未评</translation>
    </message>
    <message>
        <source>Set the draw aside</source>
        <translation>作废抽取</translation>
    </message>
    <message>
        <source>Why is draw record No. %1 set aside? The reason stays on the record.</source>
        <translation>第%1号抽取记录为何作废？理由将保留在记录中。</translation>
    </message>
    <message numerus="yes">
        <source>Set draw record No. %1 aside? Its %n file(s) stop counting in the spot check and the results; the record stays and still verifies. This cannot be undone.</source>
        <translation>
            <numerusform>作废第%1号抽取记录？其 %n 件案卷将不再计入抽检和评查结果；记录保留并仍可验证。此操作不能撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Draw reviewers</source>
        <translation>抽取评查人员</translation>
    </message>
    <message>
        <source>Verify the draw</source>
        <translation>核验抽取</translation>
    </message>
    <message>
        <source>Draw record %1: the re-run gives the same files and reviewers.</source>
        <translation>抽取记录%1：重新抽取的案卷和评查人员与记录一致。</translation>
    </message>
    <message>
        <source>Draw record %1 does not verify:</source>
        <translation>抽取记录%1核验不一致：</translation>
    </message>
    <message>
        <source>Print the draw record</source>
        <translation>打印抽取记录</translation>
    </message>
    <message>
        <source>Draw record as PDF</source>
        <translation>抽取记录存为PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the draw record…</source>
        <translation>正在写入抽取记录…</translation>
    </message>
    <message>
        <source>The draw record is written to %1.</source>
        <translation>抽取记录已写入 %1。</translation>
    </message>
    <message>
        <source>Scoring sheet</source>
        <translation>评查表</translation>
    </message>
    <message>
        <source>Choose a drawn file in the table first.</source>
        <translation>请先在表中选择一卷抽中的案卷。</translation>
    </message>
    <message>
        <source>The campaign&apos;s definition has no scoring sheet (its &quot;scoring&quot; section).</source>
        <translation>本专项行动的定义中没有评查表（“scoring”部分）。</translation>
    </message>
    <message>
        <source>Rectification ledger</source>
        <translation>整改台账</translation>
    </message>
    <message>
        <source>Every finding of this file is already in the ledger.</source>
        <translation>该案卷的问题均已列入整改台账。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) put into the rectification ledger; set their measures and owners there.</source>
        <translation>
            <numerusform>已将 %n 个问题列入整改台账，请在台账中填写整改措施和责任人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload confirmation</source>
        <translation>上传确认</translation>
    </message>
</context>
<context>
    <name>oversight::DrawText</name>
    <message>
        <source>The chosen units have no case files in their catalogues; choose units whose catalogues are imported.</source>
        <translation>所选单位的目录中没有案卷；请选择已导入案卷目录的单位。</translation>
    </message>
    <message>
        <source>The number of files to draw must be at least 1.</source>
        <translation>抽取卷数至少为1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no case files in its catalogue; leave it out of the draw.</source>
        <translation>“%1”的目录中没有案卷；请不要选择该单位。</translation>
    </message>
    <message>
        <source>%1 file(s) cannot give each of the %2 chosen units at least one; draw more files or choose fewer units.</source>
        <translation>%1卷无法保证所选%2个单位每个至少1卷；请增加抽取卷数或减少单位。</translation>
    </message>
    <message>
        <source>The pool holds only %1 case file(s), fewer than the %2 to draw; choose more units or draw fewer files.</source>
        <translation>案卷池只有%1卷，少于要抽取的%2卷；请增加单位或减少抽取卷数。</translation>
    </message>
    <message>
        <source>The quotas do not add up to %1.</source>
        <translation>名额合计不等于%1。</translation>
    </message>
    <message>
        <source>Only %1 reviewer(s) in the pool are free to examine the files of &quot;%2&quot; (回避: nobody reviews his or her own unit); add reviewers from other units or law firms.</source>
        <translation>评查人员库中只有%1人可以评查“%2”的案卷（回避：不得评查本单位案卷）；请添加其他单位或律师事务所的评查人员。</translation>
    </message>
</context>
<context>
    <name>oversight::EditorDialog</name>
    <message>
        <source>Save the changes made in this window? Discarded changes are lost.</source>
        <translation>是否保存本窗口中的修改？不保存的修改将丢失。</translation>
    </message>
</context>
<context>
    <name>oversight::EvidenceDropArea</name>
    <message>
        <source>Drop evidence files here
(scans, photos, reports)
for the selected problem</source>
        <translation>将佐证材料拖放到此处
（扫描件、照片、报告）
归入所选问题</translation>
    </message>
</context>
<context>
    <name>oversight::ExamModel</name>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>考试日期</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>考试科目</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>参考人数</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>合格人数</translation>
    </message>
    <message>
        <source>Training before</source>
        <translation>考前培训</translation>
    </message>
    <message>
        <source>The unit held no training on or before this exam&apos;s day (凡考试必培训)</source>
        <translation>本单位在考试当日及之前没有培训记录（凡考试必培训）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>有</translation>
    </message>
</context>
<context>
    <name>oversight::ExchangeText</name>
    <message>
        <source>Enforcement units</source>
        <translation>行政执法单位</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉举报</translation>
    </message>
    <message>
        <source>Case catalogues</source>
        <translation>案卷目录</translation>
    </message>
    <message>
        <source>Rectification ledger problems</source>
        <translation>整改台账问题</translation>
    </message>
    <message>
        <source>Normative-document filings</source>
        <translation>规范性文件备案</translation>
    </message>
    <message>
        <source>Training sessions</source>
        <translation>执法培训</translation>
    </message>
    <message>
        <source>Exams</source>
        <translation>执法考试</translation>
    </message>
    <message>
        <source>Major-penalty filings</source>
        <translation>重大行政处罚备案</translation>
    </message>
</context>
<context>
    <name>oversight::ExportCommand</name>
    <message>
        <source>export %1 --out FILE.xlsx</source>
        <translation>export %1 --out 文件.xlsx</translation>
    </message>
    <message>
        <source>the current campaign&apos;s records as a workbook that imports back unchanged</source>
        <translation>将当前专项行动的记录导出为工作簿（可原样导回）</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to %1.</source>
        <translation>
            <numerusform>已将%n条记录写入%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>export %1: these records are not exported (they hold private data)</source>
        <translation>export %1：此类记录含有保密信息，不予导出</translation>
    </message>
    <message>
        <source>export form: write export form ID --unit NAME --out FILE.xlsx</source>
        <translation>export form：请写 export form 表号 --unit 单位名称 --out 文件.xlsx</translation>
    </message>
    <message>
        <source>export form: &quot;%1&quot; is not a unit in the register; check the name (unit list)</source>
        <translation>export form：“%1”不在单位名册中；请核对名称（单位名册）</translation>
    </message>
    <message>
        <source>%1 of %2 (%3) written to %4.</source>
        <translation>%2的%1（%3）已写入 %4。</translation>
    </message>
    <message>
        <source>export form ID --unit NAME --out FILE.xlsx</source>
        <translation>export form 表号 --unit 单位名称 --out 文件.xlsx</translation>
    </message>
    <message>
        <source>one unit&apos;s form as it stands, in its template; it imports back unchanged</source>
        <translation>按模板导出某单位的附表现状；可原样导入</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a unit in the register; check the name against the units page</source>
        <translation>%1：“%2”不在单位名册中，请对照“执法单位”页核对名称</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of %2 written to %1.</source>
        <translation>
            <numerusform>已将%2的%n条记录写入%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>export trainings|exams|major-penalties [--unit NAME] --out FILE.xlsx</source>
        <translation>export trainings|exams|major-penalties [--unit 单位名称] --out 文件.xlsx</translation>
    </message>
    <message>
        <source>an area-7/10 list (one unit&apos;s with --unit) in its import template; it imports back unchanged</source>
        <translation>按导入模板导出第七、十项清单（加 --unit 时仅导出该单位），可原样导回</translation>
    </message>
    <message>
        <source>export %1: --unit is for trainings, exams and major-penalties only</source>
        <translation>export %1：--unit 仅适用于 trainings、exams 和 major-penalties</translation>
    </message>
</context>
<context>
    <name>oversight::FeedbackLetter</name>
    <message>
        <source>%1 has no case file drawn in the spot check: there is nothing to feed back, so no letter is drafted.</source>
        <translation>%1没有被抽查的案卷：无可反馈的内容，不起草整改意见书。</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n file(s) drawn from %1 is scored yet: score them first; no letter is drafted.</source>
        <translation>
            <numerusform>%1被抽取的%n卷案卷均未评查：请先完成评查；不起草整改意见书。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oversight::FiguresText</name>
    <message>
        <source>Area %1</source>
        <translation>领域%1</translation>
    </message>
    <message>
        <source>No area</source>
        <translation>未分领域</translation>
    </message>
    <message>
        <source>The count was stopped before it ended.</source>
        <translation>统计未完成即已停止。</translation>
    </message>
</context>
<context>
    <name>oversight::FilingDialog</name>
    <message>
        <source>Register a filing</source>
        <translation>登记备案</translation>
    </message>
    <message>
        <source>Record a document not filed</source>
        <translation>登记有件不备的文件</translation>
    </message>
    <message>
        <source>Edit a normative document</source>
        <translation>编辑规范性文件</translation>
    </message>
    <message>
        <source>Write the year in the hexagonal brackets 〔〕</source>
        <translation>年份写在六角括号〔〕内</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>报备日期</translation>
    </message>
    <message>
        <source>e.g. the government website, a complaint</source>
        <translation>如：政府门户网站、投诉举报</translation>
    </message>
    <message>
        <source>Issuing &amp;unit:</source>
        <translation>制定单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>文件名称(&amp;T)：</translation>
    </message>
    <message>
        <source>Document &amp;number:</source>
        <translation>文号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Issued on:</source>
        <translation>印发日期(&amp;I)：</translation>
    </message>
    <message>
        <source>Filing:</source>
        <translation>备案：</translation>
    </message>
    <message>
        <source>Materials received:</source>
        <translation>报备材料：</translation>
    </message>
    <message>
        <source>&amp;Seen at:</source>
        <translation>发现途径(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>oversight::FilingImporter</name>
    <message>
        <source>The unit that issued the document, as named in the register.</source>
        <translation>制定文件的单位，名称与单位名册一致。</translation>
    </message>
    <message>
        <source>The document&apos;s full title.</source>
        <translation>文件的完整名称。</translation>
    </message>
    <message>
        <source>Written 机关代字〔YYYY〕N号 with the hexagonal brackets 〔〕, e.g. 奈市监发〔2022〕5号.</source>
        <translation>写作 机关代字〔YYYY〕N号，年份用六角括号〔〕，如 奈市监发〔2022〕5号。</translation>
    </message>
    <message>
        <source>The day the document was issued: 2022-06-01.</source>
        <translation>文件印发日期，如 2022-06-01。</translation>
    </message>
    <message>
        <source>The day the filing reached the bureau: 2022-06-20.</source>
        <translation>报备材料送达旗司法局的日期，如 2022-06-20。</translation>
    </message>
    <message>
        <source>%1: not filled in.</source>
        <translation>%1：未填写。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 is before the issue date %3; a document is filed after it is issued.</source>
        <translation>%1：%2 早于印发日期 %3；文件应在印发后报备。</translation>
    </message>
    <message>
        <source>%1: %2 of %3 is already listed in row %4; keep one row per document.</source>
        <translation>%1：%3的%2已在第%4行列出；每件文件只保留一行。</translation>
    </message>
    <message>
        <source>Normative-document filings: import template</source>
        <translation>规范性文件备案：导入模板</translation>
    </message>
    <message>
        <source>Normative-document filings</source>
        <translation>规范性文件备案登记</translation>
    </message>
</context>
<context>
    <name>oversight::FindingDialog</name>
    <message>
        <source>Problem found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Reform &amp;area:</source>
        <translation>改革领域(&amp;A)：</translation>
    </message>
    <message>
        <source>Ledger &amp;source:</source>
        <translation>问题来源(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Problem:</source>
        <translation>问题描述(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>整改措施(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>oversight::FormDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>oversight::FormEditor</name>
    <message>
        <source>edit a cell</source>
        <translation>编辑单元格</translation>
    </message>
    <message>
        <source>add rows</source>
        <translation>添加行</translation>
    </message>
    <message>
        <source>remove rows</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>填报内容</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <source>Remove rows</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>Paste from Excel</source>
        <translation>从Excel粘贴</translation>
    </message>
    <message>
        <source>Paste rows copied in Excel or WPS (Ctrl+V in the table does the same)</source>
        <translation>粘贴在Excel或WPS中复制的行（在表格中按Ctrl+V效果相同）</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Checks (click a message to go to its cell):</source>
        <translation>校验结果（单击一条提示可跳到对应单元格）：</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>统计数据</translation>
    </message>
    <message>
        <source>Computed from the other figures</source>
        <translation>由其他数据自动计算</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>自查事项</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>填报明细</translation>
    </message>
    <message numerus="yes">
        <source>paste %n row(s)</source>
        <translation>
            <numerusform>粘贴%n行</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>No findings: the form passes every check.</source>
        <translation>未发现问题：本表通过全部校验。</translation>
    </message>
</context>
<context>
    <name>oversight::FormExchangeText</name>
    <message>
        <source>One or more of: %1 (separated by 、)</source>
        <translation>可填一项或多项：%1（以、分隔）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an item of %2; keep the items as the template lists them</source>
        <translation>“%1”不是%2的事项；请保持模板所列事项不变</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>“%1”不是有效日期</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of %2; keep the 项目 column as the template lists it</source>
        <translation>“%1”不是%2的填报项目；请保持模板“项目”列不变</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Write each value beside its item; keep the 项目 column.</source>
        <translation>在各项目右侧填写数值；请勿修改“项目”列。</translation>
    </message>
    <message>
        <source>date (YYYY-MM-DD)</source>
        <translation>日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation>（必填）</translation>
    </message>
    <message>
        <source>%1: there is no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
</context>
<context>
    <name>oversight::FormPrinter</name>
    <message>
        <source>Could not start painting the form.</source>
        <translation>无法开始绘制表格。</translation>
    </message>
    <message>
        <source>Could not start page %1 of the form.</source>
        <translation>无法开始绘制表格第%1页。</translation>
    </message>
    <message>
        <source>Could not finish painting the form.</source>
        <translation>无法完成表格绘制。</translation>
    </message>
</context>
<context>
    <name>oversight::FormText</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>row %1, %2</source>
        <translation>第%1行%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of 0 or more</source>
        <translation>“%1”不是大于或等于0的整数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>“%1”不是整数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write YYYY-MM-DD)</source>
        <translation>“%1”不是有效日期（应写作 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not 是 or 否</source>
        <translation>“%1”应填“是”或“否”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>“%1”不在可选项中：%2</translation>
    </message>
    <message>
        <source>%1: must be filled in</source>
        <translation>%1：必须填写</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第%1行</translation>
    </message>
    <message>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>date (YYYY-MM-DD)</source>
        <translation>日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>是 or 否</source>
        <translation>是或否</translation>
    </message>
    <message>
        <source>one of the choices</source>
        <translation>可选项之一</translation>
    </message>
    <message>
        <source>one or more of the choices, separated by 、</source>
        <translation>一个或多个可选项，以、分隔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is out of range; a figure on a form is at most %2</source>
        <translation>“%1”超出范围；表中数值最大为 %2</translation>
    </message>
    <message>
        <source>the rows</source>
        <translation>各行</translation>
    </message>
    <message>
        <source>%1: %2 was written, but %3 lists %4; the figure is counted from %3, so correct the figure (or leave it empty) or complete %3</source>
        <translation>%1：填报为 %2，但%3列出 %4 项；该数字由%3统计得出，请更正该数字（或留空），或补全%3</translation>
    </message>
</context>
<context>
    <name>oversight::GuidingCaseModel</name>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>案例名称</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
</context>
<context>
    <name>oversight::ImportCommand</name>
    <message>
        <source>%1: say what kind of records (%2)</source>
        <translation>%1：请指明记录类型（%2）</translation>
    </message>
    <message>
        <source>%1 %2: this version cannot do that yet; it can do: %3</source>
        <translation>%1 %2：本版本暂不支持；目前支持：%3</translation>
    </message>
    <message>
        <source>%1: unknown kind &quot;%2&quot; (%3)</source>
        <translation>%1：未知的类型“%2”（%3）</translation>
    </message>
    <message>
        <source>%1: --out FILE.xlsx is required</source>
        <translation>%1：必须用 --out 文件.xlsx 指定输出文件</translation>
    </message>
    <message>
        <source>%1: --out must name an .xlsx file, not &quot;%2&quot;</source>
        <translation>%1：--out 须为 .xlsx 文件，而不是“%2”</translation>
    </message>
    <message>
        <source>import %1 FILE [--dry-run] [--sheet NAME]</source>
        <translation>import %1 文件 [--dry-run] [--sheet 工作表名]</translation>
    </message>
    <message>
        <source>.csv (UTF-8 or GB18030) or .xlsx into the current campaign; all rows or none</source>
        <translation>将 .csv（UTF-8或GB18030）或 .xlsx 导入当前专项行动；要么全部导入，要么一行不导</translation>
    </message>
    <message>
        <source>import %1: name the file to import</source>
        <translation>import %1：请指定要导入的文件</translation>
    </message>
    <message numerus="yes">
        <source>%1: … and %n more problem(s) not listed.</source>
        <translation>
            <numerusform>%1：……另有%n个问题未列出。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>%1：共%n个问题；未导入任何数据。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read: %1 added, %2 updated, %3 unchanged</source>
        <translation>
            <numerusform>读取%n行：新增%1个，更新%2个，未变%3个</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (--dry-run: nothing was written).</source>
        <translation>%1：%2（--dry-run：未写入任何数据）。</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source>%1 form: &quot;%2&quot; is not a form of this campaign (%3)</source>
        <translation>%1 form：“%2”不是本次专项行动的附件（%3）</translation>
    </message>
    <message>
        <source>import form: write import form ID --unit NAME FILE.xlsx</source>
        <translation>import form：请写作 import form 附件编号 --unit 单位名称 文件.xlsx</translation>
    </message>
    <message>
        <source>import form: &quot;%1&quot; is not a unit in the register; add it or check the name</source>
        <translation>import form：单位名册中没有“%1”；请先添加或核对名称</translation>
    </message>
    <message>
        <source>%1 of %2: %3 value(s), %4 row(s); the form&apos;s checks find %5 error(s) and %6 warning(s)</source>
        <translation>%2的%1：%3项数据，%4行；校验发现%5处错误、%6处提示</translation>
    </message>
    <message>
        <source> (--dry-run: nothing was written).</source>
        <translation>（--dry-run：未写入任何数据）。</translation>
    </message>
    <message>
        <source>%1 (warning)</source>
        <translation>%1（提示）</translation>
    </message>
    <message numerus="yes">
        <source> (%n row(s) of other units left out)</source>
        <translation>
            <numerusform>（其他单位的%n行未导入）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: its %n row(s) name other units; none is a file of %2. Check the unit named with --unit; nothing was imported.</source>
        <translation>
            <numerusform>%1：其中%n行均为其他单位的案卷，没有%2的案卷。请核对 --unit 所指单位；未导入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Name a file in a folder that exists and that you can write to for --out.</source>
        <translation>请为 --out 指定一个位于已存在且可写入的文件夹中的文件。</translation>
    </message>
</context>
<context>
    <name>oversight::ImportDialog</name>
    <message>
        <source>Import: %1</source>
        <translation>导入：%1</translation>
    </message>
    <message>
        <source>Choose a .xlsx or .csv file</source>
        <translation>请选择 .xlsx 或 .csv 文件</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>First rows of the file:</source>
        <translation>文件前几行：</translation>
    </message>
    <message>
        <source>Problems (all of them; fix them in the file, then check again):</source>
        <translation>问题清单（全部列出；请在文件中改正后重新检查）：</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查%1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入%1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>已取消；未导入任何数据。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; nothing will be imported until the file is fixed.</source>
        <translation>
            <numerusform>发现%n个问题；文件改正之前不会导入任何数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 are listed.</source>
        <translation>仅列出前%1个。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) checked, no problems: %1 new, %2 updated, %3 unchanged.</source>
        <translation>
            <numerusform>已检查%n行，没有问题：新增%1个，更新%2个，未变%3个。</numerusform>
        </translation>
    </message>
    <message>
        <source>The register already holds everything in this file.</source>
        <translation>名册中已有该文件的全部内容。</translation>
    </message>
    <message>
        <source>%1 is imported: %2 added, %3 updated, %4 unchanged.</source>
        <translation>%1 已导入：新增 %2 条，更新 %3 条，未变 %4 条。</translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation>请核对：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to check below before importing.</source>
        <translation>
            <numerusform>导入前请核对下方 %n 行。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oversight::ImportText</name>
    <message>
        <source>unknown column &quot;%1&quot;; the columns this import reads are: %2. Rename or delete the column.</source>
        <translation>无法识别的列“%1”；本导入可读取的列为：%2。请修改列名或删除该列。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice (also in column %2); keep one.</source>
        <translation>列“%1”重复出现（另见第%2列）；请只保留一列。</translation>
    </message>
    <message>
        <source>no header row found in the first %1 rows; the header row must name the columns %2.</source>
        <translation>前%1行中没有找到表头行；表头行须包含以下列：%2。</translation>
    </message>
    <message>
        <source>the header row lacks the required columns %1.</source>
        <translation>表头行缺少必需的列：%1。</translation>
    </message>
    <message>
        <source>the file has a header row but no data rows; nothing to import.</source>
        <translation>文件只有表头，没有数据行；没有可导入的内容。</translation>
    </message>
    <message>
        <source>%1: the cell holds a formula but not its value (the file was saved by a program that does not calculate formulas); open it in Excel or WPS and save it again, or type the value in.</source>
        <translation>%1：单元格中只有公式而没有计算结果（文件由不计算公式的程序保存）；请用 Excel 或 WPS 打开后重新保存，或直接填写数值。</translation>
    </message>
    <message>
        <source>%1: the cell&apos;s formula gives the error %2; correct the formula or type the value in.</source>
        <translation>%1：单元格公式的结果为错误值 %2；请修正公式或直接填写数值。</translation>
    </message>
    <message>
        <source>%1: the text holds %2, which cannot be imported; delete it (it may be invisible: retype the cell).</source>
        <translation>%1：文字中含有%2，无法导入；请删除（该字符可能不可见：请重新输入该单元格）。</translation>
    </message>
</context>
<context>
    <name>oversight::InitCommand</name>
    <message>
        <source>init [--campaign FILE.json]</source>
        <translation>init [--campaign FILE.json]</translation>
    </message>
    <message>
        <source>create a database with a campaign (default: the shipped 2022 plan); never overwrites a file</source>
        <translation>创建数据库并载入专项行动方案（默认：随程序提供的 2022 年方案）；不会覆盖已有文件</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>已创建 %1</translation>
    </message>
    <message>
        <source>Campaign %1: %2 (%3), %4</source>
        <translation>专项行动（ID %1）：%2（%3年），%4</translation>
    </message>
</context>
<context>
    <name>oversight::IntegrityCheck</name>
    <message>
        <source>%1 recorded %2 audit entries, but the log holds only %3: entries were removed from its end (entry %4 onwards)</source>
        <translation>%1 记录了 %2 条审计记录，但日志现仅有 %3 条：其末尾的记录被删除（自第 %4 条起）</translation>
    </message>
    <message>
        <source>%1 recorded the log up to entry %2 with hash %3…, but that entry now hashes to %4…: the history up to entry %2 was rewritten</source>
        <translation>%1 记录的日志截至第 %2 条、哈希为 %3…，但该条记录现在的哈希为 %4…：第 %2 条及之前的历史被改写</translation>
    </message>
    <message>
        <source>--against: %1 does not exist. Check the path.</source>
        <translation>--against：%1 不存在，请检查路径。</translation>
    </message>
    <message>
        <source>Integrity check: ok</source>
        <translation>完整性检查：通过</translation>
    </message>
    <message>
        <source>Integrity check: failed</source>
        <translation>完整性检查：未通过</translation>
    </message>
    <message>
        <source>Audit log: %1 entries, the chain is intact</source>
        <translation>审计日志：%1 条记录，哈希链完好</translation>
    </message>
    <message>
        <source>Audit log: %1</source>
        <translation>审计日志：%1</translation>
    </message>
    <message>
        <source>Evidence files: %1 stored, each present and unchanged</source>
        <translation>佐证文件：已存 %1 个，均在且未被改动</translation>
    </message>
    <message>
        <source>Evidence files: %1 missing, %2 changed</source>
        <translation>佐证文件：缺失 %1 个，被改动 %2 个</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>缺失：%1</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>被改动：%1</translation>
    </message>
    <message>
        <source>the evidence file %1 was changed</source>
        <translation>佐证文件 %1 被改动</translation>
    </message>
    <message>
        <source>the evidence file %1 is missing</source>
        <translation>佐证文件 %1 缺失</translation>
    </message>
    <message>
        <source>--against: %1 holds no audit anchor. Name a backup, or a PDF or XLSX this program issued or printed.</source>
        <translation>--against：%1 中没有审计锚点。请指定一个备份，或本程序印发、打印的 PDF 或 XLSX 文件。</translation>
    </message>
    <message>
        <source>Audit anchor %1: not readable (%2)</source>
        <translation>审计锚点 %1：无法读取（%2）</translation>
    </message>
    <message>
        <source>Audit anchor %1: %2</source>
        <translation>审计锚点 %1：%2</translation>
    </message>
    <message>
        <source>Audit anchors: %1 of %2 backups agree with the log</source>
        <translation>审计锚点：%2 个备份中有 %1 个与日志一致</translation>
    </message>
    <message>
        <source>document %1 (%2)</source>
        <translation>公文 %1（%2）</translation>
    </message>
    <message>
        <source>%1 holds no readable audit head</source>
        <translation>%1 所存审计链头无法读取</translation>
    </message>
    <message>
        <source>the file %1</source>
        <translation>文件 %1</translation>
    </message>
    <message>
        <source>Audit anchor: %1 agrees with the log up to entry %2</source>
        <translation>审计锚点：%1 截至第 %2 条与日志一致</translation>
    </message>
    <message>
        <source> (entries up to %1 are as %2 recorded them, so the change lies in entries %3 to %4)</source>
        <translation>（第 %1 条及之前与%2的记录一致，改动位于第 %3 至 %4 条之间）</translation>
    </message>
    <message>
        <source>; the database was restored from a backup at entry %1, and a file printed before that belongs to the history the restore replaced</source>
        <translation>；数据库在第 %1 条记录处由备份恢复，此前打印的文件属于被恢复操作替换的历史</translation>
    </message>
    <message>
        <source>Audit anchor: %1</source>
        <translation>审计锚点：%1</translation>
    </message>
    <message>
        <source>Audit anchors: %1 of %2 issued documents agree with the log</source>
        <translation>审计锚点：%2 份已印发公文中有 %1 份与日志一致</translation>
    </message>
</context>
<context>
    <name>oversight::LedgerCommand</name>
    <message>
        <source>ledger --out FILE.pdf|FILE.xlsx [--unit NAME]</source>
        <translation>ledger --out 文件.pdf|文件.xlsx [--unit 单位名称]</translation>
    </message>
    <message>
        <source>the rectification ledger (整改台账), banner-wide or of one unit</source>
        <translation>整改台账（全旗或单个单位）</translation>
    </message>
    <message>
        <source>ledger needs --out FILE.pdf or --out FILE.xlsx</source>
        <translation>ledger 需要 --out 文件.pdf 或 --out 文件.xlsx</translation>
    </message>
    <message>
        <source>Ledger of %1 problems, %2 pages: %3</source>
        <translation>台账共 %1 个问题，%2 页：%3</translation>
    </message>
    <message>
        <source>Ledger of %1 problems: %2</source>
        <translation>台账共 %1 个问题：%2</translation>
    </message>
    <message>
        <source>Stand-in fonts: %1</source>
        <translation>替代字体：%1</translation>
    </message>
    <message>
        <source>ledger evidence ID FILE</source>
        <translation>ledger evidence 编号 文件</translation>
    </message>
    <message>
        <source>copy FILE into the attachments as evidence of problem ID</source>
        <translation>将文件复制到附件目录，作为该编号问题的整改佐证</translation>
    </message>
    <message>
        <source>ledger close ID --note TEXT</source>
        <translation>ledger close 编号 --note 文字</translation>
    </message>
    <message>
        <source>close (销号) problem ID, awaiting verification and holding evidence, with the verification note</source>
        <translation>对待核查且已有佐证的该编号问题销号，并记录核查意见</translation>
    </message>
    <message>
        <source>ledger evidence needs a problem ID (a number) and a FILE</source>
        <translation>ledger evidence 需要问题编号（数字）和文件</translation>
    </message>
    <message>
        <source>%1: there is no such file to attach; check the path.</source>
        <translation>%1：没有这个可附加的文件，请检查路径。</translation>
    </message>
    <message>
        <source>Evidence for problem %1: %2 (SHA-256 %3)</source>
        <translation>问题%1的佐证：%2（SHA-256 %3）</translation>
    </message>
    <message>
        <source>ledger close needs a problem ID (a number)</source>
        <translation>ledger close 需要问题编号（数字）</translation>
    </message>
    <message>
        <source>ledger close needs --note TEXT (how the rectification was verified)</source>
        <translation>ledger close 需要 --note 文字（如何核查整改）</translation>
    </message>
    <message>
        <source>Problem %1 closed on %2.</source>
        <translation>问题%1已于%2销号。</translation>
    </message>
    <message>
        <source>ledger: unknown step &quot;%1&quot; (ledger --out FILE, ledger evidence ID FILE, ledger close ID --note TEXT)</source>
        <translation>ledger：未知步骤“%1”（ledger --out 文件、ledger evidence 编号 文件、ledger close 编号 --note 文字）</translation>
    </message>
</context>
<context>
    <name>oversight::LedgerOutput</name>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Save the ledger as PDF</source>
        <translation>将台账另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message numerus="yes">
        <source>Writing the ledger (%n problem(s)) as PDF…</source>
        <translation>
            <numerusform>正在将台账（%n 个问题）写成 PDF…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The ledger (%n page(s)) is written to %1.</source>
        <translation>
            <numerusform>台账（%n 页）已写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the ledger as Excel</source>
        <translation>将台账另存为 Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Save Excel</source>
        <translation>保存 Excel</translation>
    </message>
    <message numerus="yes">
        <source>Writing the ledger (%n problem(s)) as Excel…</source>
        <translation>
            <numerusform>正在将台账（%n 个问题）写成 Excel…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The ledger (%n problem(s)) is written to %1.</source>
        <translation>
            <numerusform>台账（%n 个问题）已写入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oversight::LedgerPage</name>
    <message>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>仅看逾期(&amp;O)</translation>
    </message>
    <message>
        <source>Search problems and measures (e.g. 听证)</source>
        <translation>搜索问题描述和整改措施（如：听证）</translation>
    </message>
    <message>
        <source>&amp;New problem…</source>
        <translation>新增问题(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>Delete a problem entered by mistake (not one closed, holding evidence, or found by supervision)</source>
        <translation>删除误录的问题（已销号、已有佐证材料或来自个案监督的问题不能删除）</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>整改状态(&amp;S)</translation>
    </message>
    <message>
        <source>Change the status of every selected problem, with one note</source>
        <translation>批量更改所选问题的整改状态，共用一条说明</translation>
    </message>
    <message>
        <source>Mark as %1…</source>
        <translation>标记为%1…</translation>
    </message>
    <message>
        <source>&amp;Close (销号)…</source>
        <translation>销号(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>重新打开(&amp;R)…</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>延期(&amp;X)…</translation>
    </message>
    <message>
        <source>Evi&amp;dence</source>
        <translation>佐证材料(&amp;D)</translation>
    </message>
    <message>
        <source>Add a &amp;file…</source>
        <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Write a &amp;statement…</source>
        <translation>书面说明(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Ledger</source>
        <translation>台账输出(&amp;L)</translation>
    </message>
    <message>
        <source>The ledger as the filters show it: print, preview, PDF or Excel</source>
        <translation>按当前筛选结果输出台账：打印、预览、PDF 或 Excel</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Save as &amp;Excel…</source>
        <translation>另存为 Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>Rectification ledger</source>
        <translation>整改台账</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>全部改革领域</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>Showing %1 of %2 problems · %3 %4 · %5 %6 · %7 %8 · %9 %10 · overdue %11</source>
        <translation>显示 %1 / 共 %2 个问题 · %3 %4 · %5 %6 · %7 %8 · %9 %10 · 逾期 %11</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a problem to see its history and evidence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;选择一个问题，查看其整改过程和佐证材料。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 problems selected.&lt;/p&gt;</source>
        <translation>&lt;p&gt;已选择 %1 个问题。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>Delete problem</source>
        <translation>删除问题</translation>
    </message>
    <message>
        <source>Delete problem %1 from the ledger?

%2

The audit log keeps a record of the deletion.</source>
        <translation>从台账中删除问题 %1？

%2

全过程记录将保留删除记录。</translation>
    </message>
    <message>
        <source>Select one problem first; the files become its evidence.</source>
        <translation>请先选择一个问题，文件将作为它的佐证材料。</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s) added to problem %1</source>
        <translation>
            <numerusform>已为问题 %1 添加 %n 份佐证材料</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>佐证材料文件</translation>
    </message>
    <message>
        <source>Written statement</source>
        <translation>书面说明</translation>
    </message>
    <message>
        <source>What was done, and who confirmed it:</source>
        <translation>做了哪些整改，由谁确认：</translation>
    </message>
    <message>
        <source>Import problems</source>
        <translation>导入问题</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>表格文件 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Rectification ledger problems</source>
        <translation>整改台账问题</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>oversight::LedgerRenderer</name>
    <message>
        <source>Could not start painting the ledger.</source>
        <translation>无法开始绘制台账。</translation>
    </message>
    <message>
        <source>Could not start page %1 of the ledger.</source>
        <translation>无法开始台账第 %1 页。</translation>
    </message>
    <message>
        <source>Could not finish painting the ledger.</source>
        <translation>无法完成台账绘制。</translation>
    </message>
</context>
<context>
    <name>oversight::LedgerStepDialog</name>
    <message>
        <source>Mark as %1</source>
        <translation>标记为%1</translation>
    </message>
    <message>
        <source>Mark %1 problems as %2</source>
        <translation>将 %1 个问题标记为%2</translation>
    </message>
    <message>
        <source>&amp;Note (kept in each problem&apos;s history):</source>
        <translation>说明（记入每个问题的整改过程）(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Change status</source>
        <translation>更改状态(&amp;C)</translation>
    </message>
    <message>
        <source>Close problem %1 (销号)</source>
        <translation>问题 %1 销号</translation>
    </message>
    <message>
        <source>Closed &amp;on:</source>
        <translation>销号日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Verification note:</source>
        <translation>核查意见(&amp;V)：</translation>
    </message>
    <message>
        <source>Written evidence, if no file was added: what was done, and who confirmed it</source>
        <translation>未添加文件时的书面佐证：做了哪些整改，由谁确认</translation>
    </message>
    <message>
        <source>&amp;Statement:</source>
        <translation>书面说明(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Close problem</source>
        <translation>销号(&amp;C)</translation>
    </message>
    <message>
        <source>Reopen problem %1</source>
        <translation>重新打开问题 %1</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>重新打开(&amp;R)</translation>
    </message>
    <message>
        <source>Extend the deadline of problem %1</source>
        <translation>问题 %1 延期</translation>
    </message>
    <message>
        <source>New &amp;deadline:</source>
        <translation>新的整改时限(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Extend</source>
        <translation>延期(&amp;E)</translation>
    </message>
    <message>
        <source>Add evidence &amp;files…</source>
        <translation>添加佐证材料文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>佐证材料文件</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s) added; add more…</source>
        <translation>
            <numerusform>已添加 %n 个佐证文件；继续添加…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oversight::LongWork</name>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>%1 cannot be written; choose another folder.</source>
        <translation>无法写入 %1，请选择其他文件夹。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
</context>
<context>
    <name>oversight::MainWindow</name>
    <message>
        <source>Oversight Desk</source>
        <translation>执法监督台</translation>
    </message>
    <message>
        <source>Enforcement units</source>
        <translation>行政执法单位</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Oversight Desk</source>
        <translation>关于执法监督台(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>专项行动</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>专项行动：</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>专项行动</translation>
    </message>
    <message>
        <source>MMM d</source>
        <extracomment>A QLocale date format for a day in the status bar; in Chinese write M月d日.</extracomment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>No campaign</source>
        <translation>尚无专项行动</translation>
    </message>
    <message>
        <source>Current phase: %1 (%2 – %3)</source>
        <translation>当前阶段：%1（%2至%3）</translation>
    </message>
    <message>
        <source>Between phases; next phase: %1</source>
        <translation>两个阶段之间；下一阶段：%1</translation>
    </message>
    <message>
        <source>No deadline ahead</source>
        <translation>后续无报送时限</translation>
    </message>
    <message>
        <source>Next deadline: %1 %2 (due today)</source>
        <translation>下一报送时限：%1（%2，今天截止）</translation>
    </message>
    <message>
        <source>Next deadline: %1 %2 (1 day left)</source>
        <translation>下一报送时限：%1（%2，还剩1天）</translation>
    </message>
    <message>
        <source>Next deadline: %1 %2 (%3 days left)</source>
        <translation>下一报送时限：%1（%2，还剩%3天）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language takes effect when you start Oversight Desk again.</source>
        <translation>新语言将在重新启动执法监督台后生效。</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>The legal affairs section&apos;s desk for the campaign to standardize administrative law enforcement.</source>
        <translation>法制股开展规范行政执法专项行动的工作平台。</translation>
    </message>
    <message>
        <source>Current campaign: %1 (%2)</source>
        <translation>当前专项行动：%1（%2）</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>基于 Qt %1 构建，运行于 Qt %2。</translation>
    </message>
    <message>
        <source>About Oversight Desk</source>
        <translation>关于执法监督台</translation>
    </message>
    <message>
        <source>Current campaign: %1</source>
        <translation>当前专项行动：%1</translation>
    </message>
    <message>
        <source>Not started; %1 begins %2</source>
        <translation>未开始，%1阶段%2开始</translation>
    </message>
    <message>
        <source>Finished; the last phase ended %1</source>
        <translation>已结束（最后阶段于%1结束）</translation>
    </message>
    <message>
        <source>Official documents</source>
        <translation>公文</translation>
    </message>
    <message>
        <source>Complaints and supervision</source>
        <translation>投诉举报与个案监督</translation>
    </message>
    <message>
        <source>Supervision notice</source>
        <translation>执法监督通知书</translation>
    </message>
    <message>
        <source>Forms and submissions</source>
        <translation>附件报送</translation>
    </message>
    <message>
        <source>Case-file review</source>
        <translation>案卷评查</translation>
    </message>
    <message>
        <source>Rectification ledger</source>
        <translation>整改台账</translation>
    </message>
    <message>
        <source>Normative documents</source>
        <translation>规范性文件备案</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Training and reform records</source>
        <translation>队伍建设与体制改革</translation>
    </message>
</context>
<context>
    <name>oversight::MeetingModel</name>
    <message>
        <source>Date</source>
        <translation>会议日期</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>会议议题</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参会单位及人员</translation>
    </message>
</context>
<context>
    <name>oversight::NormativeFilingsTab</name>
    <message>
        <source>&amp;Register filing…</source>
        <translation>登记备案(&amp;R)…</translation>
    </message>
    <message>
        <source>Record &amp;unfiled…</source>
        <translation>登记有件不备(&amp;U)…</translation>
    </message>
    <message>
        <source>A document seen elsewhere (a website, a complaint) that was never filed: 有件不备</source>
        <translation>在别处（网站、投诉举报）发现但未报备的文件：有件不备</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;File…</source>
        <translation>补报备案(&amp;F)…</translation>
    </message>
    <message>
        <source>Record the filing of a document known but not filed</source>
        <translation>登记有件不备文件的补报</translation>
    </message>
    <message>
        <source>Re&amp;view…</source>
        <translation>审查(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Correction…</source>
        <translation>纠正结果(&amp;C)…</translation>
    </message>
    <message>
        <source>Into the le&amp;dger</source>
        <translation>列入台账(&amp;D)</translation>
    </message>
    <message>
        <source>Puts the correction the review asked for into the rectification ledger as the unit&apos;s problem</source>
        <translation>将审查意见要求的纠正事项作为该单位的问题列入整改台账</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>Delete a document entered by mistake</source>
        <translation>删除误登记的文件</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>A filing list from Excel: 制定单位, 文件名称, 文号, 印发日期, 报备日期</source>
        <translation>从 Excel 导入备案清单：制定单位、文件名称、文号、印发日期、报备日期</translation>
    </message>
    <message>
        <source>&amp;Template…</source>
        <translation>模板(&amp;T)…</translation>
    </message>
    <message>
        <source>Search title or number</source>
        <translation>搜索文件名称或文号</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>全部审查结果</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>未审查</translation>
    </message>
    <message>
        <source>Known, not filed (有件不备)</source>
        <translation>有件不备</translation>
    </message>
    <message>
        <source>Correction overdue</source>
        <translation>逾期未纠正</translation>
    </message>
    <message>
        <source>&amp;Late only</source>
        <translation>仅显示逾期报备(&amp;L)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>制定单位</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>文件名称</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>印发日期</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>报备日期</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>报备材料</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审查结果</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>纠正</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>Any round</source>
        <translation>全部清理项目</translation>
    </message>
    <message>
        <source>Normative documents</source>
        <translation>规范性文件</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>not filed</source>
        <translation>未报备</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2 件</translation>
    </message>
    <message>
        <source>Select a document to see its filing, materials and review.</source>
        <translation>选择一件文件，查看其备案、报备材料和审查情况。</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>印发日期</translation>
    </message>
    <message>
        <source>Filing due</source>
        <translation>报备时限</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>报备日期</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>逾期%n天</numerusform>
        </translation>
    </message>
    <message>
        <source>on time</source>
        <translation>按时报备</translation>
    </message>
    <message>
        <source>Not filed (有件不备)</source>
        <translation>未报备（有件不备）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) past the filing deadline</source>
        <translation>
            <numerusform>已超过报备时限%n天</numerusform>
        </translation>
    </message>
    <message>
        <source>Seen at</source>
        <translation>发现途径</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>审查意见</translation>
    </message>
    <message>
        <source>not reviewed yet</source>
        <translation>尚未审查</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>时限 %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>补报备案：%1</translation>
    </message>
    <message>
        <source>Rectification ledger</source>
        <translation>整改台账</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now problem %2 of the rectification ledger; its deadline is the correction deadline.</source>
        <translation>《%1》已列入整改台账（问题 %2），整改时限为纠正期限。</translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>删除文件</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; (%2) from the filing register? The audit log keeps the record of it.</source>
        <translation>从备案登记中删除&quot;%1&quot;（%2）？审计日志保留其记录。</translation>
    </message>
    <message>
        <source>Import filings</source>
        <translation>导入备案清单</translation>
    </message>
    <message>
        <source>Normative-document filings</source>
        <translation>规范性文件备案</translation>
    </message>
    <message>
        <source>Save the filing template</source>
        <translation>保存备案导入模板</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>The template is written to %1.</source>
        <translation>模板已写入 %1。</translation>
    </message>
</context>
<context>
    <name>oversight::NormativePage</name>
    <message>
        <source>Normative documents: filing review and clean-up</source>
        <translation>规范性文件备案审查与清理</translation>
    </message>
    <message>
        <source>Filings and review</source>
        <translation>备案审查</translation>
    </message>
    <message>
        <source>Zero reports</source>
        <translation>零报告</translation>
    </message>
    <message>
        <source>Clean-up rounds</source>
        <translation>文件清理</translation>
    </message>
</context>
<context>
    <name>oversight::NormativeRepository</name>
    <message>
        <source>Could not read the normative documents.</source>
        <translation>无法读取规范性文件。</translation>
    </message>
    <message>
        <source>There is no normative document %1.</source>
        <translation>没有编号为%1的规范性文件。</translation>
    </message>
    <message>
        <source>Could not save the normative document.</source>
        <translation>无法保存规范性文件。</translation>
    </message>
    <message>
        <source>Could not delete the normative document.</source>
        <translation>无法删除规范性文件。</translation>
    </message>
    <message>
        <source>Could not read the zero reports.</source>
        <translation>无法读取零报告。</translation>
    </message>
    <message>
        <source>There is no zero report %1.</source>
        <translation>没有编号为%1的零报告。</translation>
    </message>
    <message>
        <source>Could not save the zero report.</source>
        <translation>无法保存零报告。</translation>
    </message>
    <message>
        <source>Could not delete the zero report.</source>
        <translation>无法删除零报告。</translation>
    </message>
    <message>
        <source>Could not read the clean-up rounds.</source>
        <translation>无法读取清理项目。</translation>
    </message>
    <message>
        <source>There is no clean-up round %1.</source>
        <translation>没有编号为%1的清理项目。</translation>
    </message>
    <message>
        <source>Could not save the clean-up round.</source>
        <translation>无法保存清理项目。</translation>
    </message>
    <message>
        <source>Could not read the clean-up round&apos;s documents.</source>
        <translation>无法读取清理项目中的文件。</translation>
    </message>
    <message>
        <source>There is no document %1 in a clean-up round.</source>
        <translation>清理项目中没有编号为%1的文件。</translation>
    </message>
    <message>
        <source>Could not save the clean-up round&apos;s document.</source>
        <translation>无法保存清理项目中的文件。</translation>
    </message>
    <message>
        <source>Could not delete the clean-up round&apos;s document.</source>
        <translation>无法删除清理项目中的文件。</translation>
    </message>
</context>
<context>
    <name>oversight::NormativeText</name>
    <message>
        <source>the document number is empty; write it as %1.</source>
        <translation>文号为空；请写作 %1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; puts the year in the wrong brackets; write 〔%2〕 with the hexagonal brackets 〔〕, as in %3.</source>
        <translation>&quot;%1&quot;的年份括号不对；请用六角括号写作〔%2〕，如 %3。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document number of the form 机关代字〔YYYY〕N号; write it as %2.</source>
        <translation>&quot;%1&quot;不符合 机关代字〔YYYY〕N号 的格式；请写作 %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the serial number has a leading zero; write %2〔%3〕%4号.</source>
        <translation>&quot;%1&quot;：序号前不加0；请写作 %2〔%3〕%4号。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 is not a plausible year.</source>
        <translation>&quot;%1&quot;：%2 不是有效的年份。</translation>
    </message>
    <message>
        <source>Issuing unit: choose a registered unit.</source>
        <translation>制定单位：请选择名册中的单位。</translation>
    </message>
    <message>
        <source>Title: not filled in.</source>
        <translation>文件名称：未填写。</translation>
    </message>
    <message>
        <source>Document number: %1</source>
        <translation>文号：%1</translation>
    </message>
    <message>
        <source>Issue date: not filled in.</source>
        <translation>印发日期：未填写。</translation>
    </message>
    <message>
        <source>Filing date: %1 is before the issue date %2; a document is filed after it is issued.</source>
        <translation>报备日期：%1 早于印发日期 %2；文件应在印发后报备。</translation>
    </message>
    <message>
        <source>Materials: unknown items ticked.</source>
        <translation>报备材料：勾选了未知的项目。</translation>
    </message>
    <message>
        <source>Review: the document has not been filed; file it first.</source>
        <translation>审查：该文件尚未报备；请先登记报备。</translation>
    </message>
    <message>
        <source>Reviewer: not filled in.</source>
        <translation>审查人：未填写。</translation>
    </message>
    <message>
        <source>Review date: not filled in.</source>
        <translation>审查日期：未填写。</translation>
    </message>
    <message>
        <source>Review date: %1 is before the filing date %2.</source>
        <translation>审查日期：%1 早于报备日期 %2。</translation>
    </message>
    <message>
        <source>Opinion: say what must change when the result is %1.</source>
        <translation>审查意见：审查结果为%1时，请写明需要修改的内容。</translation>
    </message>
    <message>
        <source>Correction deadline: a document to be corrected needs one.</source>
        <translation>纠正时限：应予纠正的文件须写明纠正时限。</translation>
    </message>
    <message>
        <source>Correction deadline: only a document to be corrected has one.</source>
        <translation>纠正时限：只有需要纠正的文件才有纠正时限。</translation>
    </message>
    <message>
        <source>Correction deadline: %1 is before the review date %2.</source>
        <translation>纠正时限：%1 早于审查日期 %2。</translation>
    </message>
    <message>
        <source>Correction outcome: the review asked for no correction.</source>
        <translation>纠正结果：审查未要求纠正。</translation>
    </message>
    <message>
        <source>Correction date: not filled in.</source>
        <translation>纠正日期：未填写。</translation>
    </message>
    <message>
        <source>Correction date: %1 is before the review date %2.</source>
        <translation>纠正日期：%1 早于审查日期 %2。</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>已报备</translation>
    </message>
    <message>
        <source>Zero report</source>
        <translation>已报零报告</translation>
    </message>
    <message>
        <source>Issued, not filed</source>
        <translation>有件不备</translation>
    </message>
    <message>
        <source>Zero report missing</source>
        <translation>缺零报告</translation>
    </message>
    <message>
        <source>Period not ended</source>
        <translation>周期未结束</translation>
    </message>
    <message>
        <source>Issuing unit: unit %1 is not in this campaign&apos;s register; choose a registered unit.</source>
        <translation>制定单位：单位%1不在本专项行动的名册中；请选择名册中的单位。</translation>
    </message>
    <message>
        <source>%1: %2 is after today (%3).</source>
        <translation>%1：%2 晚于今天（%3）。</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>印发日期</translation>
    </message>
    <message>
        <source>Filing date</source>
        <translation>报备日期</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>审查日期</translation>
    </message>
    <message>
        <source>Correction date</source>
        <translation>纠正日期</translation>
    </message>
    <message>
        <source>The document belongs to no campaign.</source>
        <translation>该文件不属于任何专项行动。</translation>
    </message>
    <message>
        <source>Document number: the unit&apos;s %1 is already registered (&quot;%2&quot;); open that document instead.</source>
        <translation>文号：该单位的%1已登记（&quot;%2&quot;）；请打开该文件。</translation>
    </message>
    <message>
        <source>Filing date: not filled in.</source>
        <translation>报备日期：未填写。</translation>
    </message>
    <message>
        <source>Correction outcome: the review of &quot;%1&quot; asked for no correction.</source>
        <translation>纠正结果：对&quot;%1&quot;的审查未要求纠正。</translation>
    </message>
    <message>
        <source>Period: &quot;%1&quot; is not a period (write 2022-Q2 or 2022).</source>
        <translation>报告周期：&quot;%1&quot;不是周期（请写 2022-Q2 或 2022）。</translation>
    </message>
    <message>
        <source>Period: the campaign&apos;s zero reports cover a %1, not %2.</source>
        <translation>报告周期：本专项行动的零报告按%1报送，而不是%2。</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Period: %1 has not started yet.</source>
        <translation>报告周期：%1尚未开始。</translation>
    </message>
    <message>
        <source>Received on: not filled in.</source>
        <translation>收到日期：未填写。</translation>
    </message>
    <message>
        <source>Received on: %1 is after today (%2).</source>
        <translation>收到日期：%1 晚于今天（%2）。</translation>
    </message>
    <message>
        <source>The unit already sent a zero report for %1 (received %2).</source>
        <translation>该单位已报送%1的零报告（%2收到）。</translation>
    </message>
    <message>
        <source>No zero report is needed for %1: the unit filed %2 (%3), issued in that period.</source>
        <translation>%1无需零报告：该单位已报备该周期内印发的%2（%3）。</translation>
    </message>
    <message>
        <source>Name: not filled in.</source>
        <translation>名称：未填写。</translation>
    </message>
    <message>
        <source>Name: a clean-up round &quot;%1&quot; already exists.</source>
        <translation>名称：清理项目&quot;%1&quot;已存在。</translation>
    </message>
    <message>
        <source>Decision date: not filled in.</source>
        <translation>决定日期：未填写。</translation>
    </message>
    <message>
        <source>Decision date: %1 is after today (%2).</source>
        <translation>决定日期：%1 晚于今天（%2）。</translation>
    </message>
    <message>
        <source>Decision date: %1 is before the document&apos;s issue date %2.</source>
        <translation>决定日期：%1 早于文件印发日期 %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in the round.</source>
        <translation>&quot;%1&quot;已在本清理项目中。</translation>
    </message>
    <message>
        <source>Review: &quot;%1&quot; was not found in need of correction; only a document to be corrected goes into the rectification ledger.</source>
        <translation>审查结果：《%1》无需纠正；只有应予纠正的文件才列入整改台账。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in the rectification ledger as problem %2.</source>
        <translation>《%1》已作为问题 %2 列入整改台账。</translation>
    </message>
</context>
<context>
    <name>oversight::NoticeCommand</name>
    <message>
        <source>notice spotcheck --out FILE.pdf [--draft]</source>
        <translation>notice spotcheck --out FILE.pdf [--draft]</translation>
    </message>
    <message>
        <source>the spot-check results notice (抽查结果通报)</source>
        <translation>抽查结果通报</translation>
    </message>
    <message>
        <source>notice reminder --unit NAME --out FILE.pdf [--draft]</source>
        <translation>notice reminder --unit NAME --out FILE.pdf [--draft]</translation>
    </message>
    <message>
        <source>a reminder to a late unit (催办通知)</source>
        <translation>向逾期单位发出的催办通知</translation>
    </message>
    <message>
        <source>notice supervision --case ID --out FILE.pdf [--draft]</source>
        <translation>notice supervision --case ID --out FILE.pdf [--draft]</translation>
    </message>
    <message>
        <source>a supervision notice with its receipt (执法监督通知书)</source>
        <translation>执法监督通知书（附送达回证）</translation>
    </message>
    <message>
        <source>save and print a draft; without it the document is numbered and issued</source>
        <translation>保存并输出草稿；不加此选项则编号并印发</translation>
    </message>
    <message>
        <source>notice %1 needs --out FILE.pdf</source>
        <translation>notice %1 需要指定 --out FILE.pdf</translation>
    </message>
    <message>
        <source>notice reminder needs --unit NAME (the unit to remind)</source>
        <translation>notice reminder 需要指定 --unit NAME（被催办的单位）</translation>
    </message>
    <message>
        <source>notice supervision needs --case ID (the supervision case)</source>
        <translation>notice supervision 需要指定 --case ID（监督案件）</translation>
    </message>
    <message>
        <source>--case belongs to notice supervision only</source>
        <translation>--case 只用于 notice supervision</translation>
    </message>
    <message>
        <source>--case: &quot;%1&quot; is not a case id (a whole number)</source>
        <translation>--case: “%1”不是有效的案件 ID（应为整数）</translation>
    </message>
    <message>
        <source>Documents need the fonts of a GUI application; run oversight-cli itself, not a library copy of it.</source>
        <translation>生成公文需要图形程序的字体支持；请直接运行 oversight-cli。</translation>
    </message>
    <message>
        <source>%1: is a folder; name a PDF file for --out.</source>
        <translation>%1: 这是一个文件夹；请为 --out 指定一个 PDF 文件名。</translation>
    </message>
    <message>
        <source>%1: cannot be written (%2); choose a folder you can write to for --out.</source>
        <translation>%1: 无法写入（%2）；请为 --out 选择一个可写的文件夹。</translation>
    </message>
    <message>
        <source>Nothing was issued; make a draft with --draft and complete it in the app.</source>
        <translation>未印发任何公文；请加 --draft 生成草稿，并在桌面程序中补充完整。</translation>
    </message>
    <message>
        <source>Draft %1 saved (not issued; it gets its number when issued): %2</source>
        <translation>已保存草稿 %1（尚未印发，印发时编发文字号）：%2</translation>
    </message>
    <message>
        <source>Issued %1 (document %2): %3</source>
        <translation>已印发 %1（公文 %2）：%3</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256：%1</translation>
    </message>
    <message>
        <source>%1: the PDF could not be written (%2); the document is stored and can be printed again from the app.</source>
        <translation>%1: 无法写入 PDF（%2）；公文已存档，可在桌面程序中重新打印。</translation>
    </message>
    <message>
        <source>PDF: %1</source>
        <translation>PDF：%1</translation>
    </message>
    <message>
        <source>Stand-in fonts: %1</source>
        <translation>替代字体：%1</translation>
    </message>
    <message>
        <source>notice criticism [--findings late,selfcheck,ledger,contacts,spotcheck] --out FILE.pdf [--draft]</source>
        <translation>notice criticism [--findings late,selfcheck,ledger,contacts,spotcheck] --out FILE.pdf [--draft]</translation>
    </message>
    <message>
        <source>the critical notice (通报批评) naming the units of the findings chosen (default: all that apply today)</source>
        <translation>通报批评，点名所选问题类型涉及的单位（默认：当日适用的全部类型）</translation>
    </message>
    <message>
        <source>the document number the office assigned (default: the next free number of the series)</source>
        <translation>办公室编定的文号序号（默认：该系列下一个可用序号）</translation>
    </message>
    <message>
        <source>the document&apos;s date, within the campaign&apos;s year (default: today)</source>
        <translation>成文日期，须在专项行动年度内（默认：今天）</translation>
    </message>
    <message>
        <source>--findings belongs to notice criticism only</source>
        <translation>--findings 仅用于 notice criticism</translation>
    </message>
    <message>
        <source>--findings: &quot;%1&quot; is not a finding (late, selfcheck, ledger, contacts, spotcheck)</source>
        <translation>--findings：“%1”不是问题类型（late、selfcheck、ledger、contacts、spotcheck）</translation>
    </message>
    <message>
        <source>--findings: name at least one finding</source>
        <translation>--findings：至少指定一种问题类型</translation>
    </message>
    <message>
        <source>--number: &quot;%1&quot; is not a document number (a whole number from 1)</source>
        <translation>--number：“%1”不是文号序号（应为从1开始的整数）</translation>
    </message>
    <message>
        <source>--date: &quot;%1&quot; is not a date; write YYYY-MM-DD</source>
        <translation>--date：“%1”不是日期；请写作 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--number is given when issuing; a draft has no number yet</source>
        <translation>--number 用于印发；草稿尚无文号</translation>
    </message>
    <message>
        <source>Nothing was issued.</source>
        <translation>未印发任何文件。</translation>
    </message>
    <message>
        <source>On %1 no unit has any of the findings %2: there is nobody to name, so no critical notice is drafted.</source>
        <translation>%1没有单位存在%2中的问题：无可通报的单位，不起草通报批评。</translation>
    </message>
    <message>
        <source>notice feedback --unit NAME --out FILE.pdf [--draft]</source>
        <translation>notice feedback --unit NAME --out FILE.pdf [--draft]</translation>
    </message>
    <message>
        <source>the spot check&apos;s feedback letter to one unit (整改意见书), from its scoring sheets</source>
        <translation>向一个单位发出的抽查整改意见书，依据其案卷评查表生成</translation>
    </message>
    <message>
        <source>notice summary --out FILE.pdf [--draft]</source>
        <translation>notice summary --out 文件.pdf [--draft]</translation>
    </message>
    <message>
        <source>the bureau&apos;s campaign summary (工作总结) with the figures status counts</source>
        <translation>司法局专项行动工作总结，数据与 status 统计一致</translation>
    </message>
    <message>
        <source>notice acceptance --out FILE.pdf [--draft]</source>
        <translation>notice acceptance --out 文件.pdf [--draft]</translation>
    </message>
    <message>
        <source>the acceptance results notice (验收情况通报): the units by conclusion</source>
        <translation>验收情况通报：按验收结论列出各单位</translation>
    </message>
    <message>
        <source>notice: name a kind: spotcheck, criticism, reminder, supervision, feedback, summary or acceptance</source>
        <translation>notice：请指明类别：spotcheck、criticism、reminder、supervision、feedback、summary 或 acceptance</translation>
    </message>
    <message>
        <source>notice: unknown kind &quot;%1&quot; (spotcheck, criticism, reminder, supervision, feedback, summary or acceptance)</source>
        <translation>notice：未知类别“%1”（可用 spotcheck、criticism、reminder、supervision、feedback、summary 或 acceptance）</translation>
    </message>
    <message>
        <source>notice feedback needs --unit NAME (the unit whose files were checked)</source>
        <translation>notice feedback 需要 --unit NAME（被抽查案卷的单位）</translation>
    </message>
    <message>
        <source>--unit belongs to notice reminder and notice feedback only</source>
        <translation>--unit 仅用于 notice reminder 和 notice feedback</translation>
    </message>
</context>
<context>
    <name>oversight::NoticeGenerator</name>
    <message>
        <source>%1 has nothing outstanding on %2: every form and report due by then is handed in and its campaign contact is named. No reminder is drafted.</source>
        <translation>%1截至%2没有未报送的材料：到期的附件和书面材料均已报送，专项行动联系人也已明确。不起草催办通知。</translation>
    </message>
    <message>
        <source>No unit has an acceptance conclusion yet (acceptance set, or the units page&apos;s Acceptance…): there is nothing to circulate.</source>
        <translation>尚无单位作出验收结论（acceptance set，或单位页面的“验收…”）：没有可通报的内容。</translation>
    </message>
</context>
<context>
    <name>oversight::OdtExport</name>
    <message>
        <source>%1 could not be written; choose a folder you can write to.</source>
        <translation>无法写入 %1；请选择一个可写的文件夹。</translation>
    </message>
</context>
<context>
    <name>oversight::PageImport</name>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>oversight::PenaltyFilingModel</name>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>备案日期</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Filed %1 day(s) after the %2-day limit (due %3)</source>
        <translation>超过 %2 日备案时限 %1 天备案（应于 %3 前备案）</translation>
    </message>
</context>
<context>
    <name>oversight::ProblemDetail</name>
    <message>
        <source>entered</source>
        <translation>录入</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>taken over from supervision</source>
        <translation>由个案监督转入</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>evidence added</source>
        <translation>添加佐证材料</translation>
    </message>
    <message>
        <source>deadline extended %1 → %2</source>
        <translation>整改时限延期 %1 → %2</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>销号</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>marked %1</source>
        <translation>标记为%1</translation>
    </message>
    <message>
        <source>Problem %1</source>
        <translation>问题 %1</translation>
    </message>
    <message>
        <source>Deadline %1 · source %2%3</source>
        <translation>整改时限 %1 · 问题来源 %2%3</translation>
    </message>
    <message>
        <source> · taken over from the supervision room (finding %1)</source>
        <translation> · 由投诉举报与个案监督页转入（发现问题 %1）</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>Statement: %1</source>
        <translation>书面说明：%1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>整改过程</translation>
    </message>
</context>
<context>
    <name>oversight::ProblemDialog</name>
    <message>
        <source>New problem</source>
        <translation>新增问题</translation>
    </message>
    <message>
        <source>Problem %1</source>
        <translation>问题 %1</translation>
    </message>
    <message>
        <source>A deadline moves only by an extension with its reason (Extend…).</source>
        <translation>整改时限只能通过注明原因的延期来调整（延期…）。</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>Reform &amp;area:</source>
        <translation>改革领域(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>问题来源(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Problem:</source>
        <translation>问题描述(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>整改措施(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Responsible person:</source>
        <translation>责任人(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>整改时限(&amp;D)：</translation>
    </message>
    <message>
        <source>Pro&amp;gress:</source>
        <translation>完成情况(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Who made the upper-level spot check (上级抽查).</source>
        <translation>开展上级抽查的机关。</translation>
    </message>
    <message>
        <source>&amp;Inspecting body:</source>
        <translation>检查机关(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>oversight::ProblemImporter</name>
    <message>
        <source>The unit, as named in the register.</source>
        <translation>单位名称，与单位名册一致。</translation>
    </message>
    <message>
        <source>The reform area: its number 1 to 10 or its title.</source>
        <translation>改革领域：填写序号 1–10 或领域名称。</translation>
    </message>
    <message>
        <source>One of %1.</source>
        <translation>填写 %1 之一。</translation>
    </message>
    <message>
        <source>The problem found.</source>
        <translation>发现的问题。</translation>
    </message>
    <message>
        <source>What the unit does about it.</source>
        <translation>单位采取的整改措施。</translation>
    </message>
    <message>
        <source>Who answers for the rectification.</source>
        <translation>整改责任人。</translation>
    </message>
    <message>
        <source>The day it is due (YYYY-MM-DD); empty: the campaign&apos;s rectification end.</source>
        <translation>整改期限（YYYY-MM-DD）；不填则为专项行动整改阶段截止日。</translation>
    </message>
    <message>
        <source>One of %1; empty: 待整改. 已销号 is taken in as 待核查: the bureau closes a problem itself, with its verification and evidence.</source>
        <translation>填写 %1 之一；不填为待整改。已销号按待核查导入：由司法局核查并凭佐证材料销号。</translation>
    </message>
    <message>
        <source>Ignored.</source>
        <translation>不导入。</translation>
    </message>
    <message>
        <source>The unit (the ledger export&apos;s header).</source>
        <translation>单位（台账导出表的列名）。</translation>
    </message>
    <message>
        <source>What has been done so far.</source>
        <translation>目前的完成情况。</translation>
    </message>
    <message>
        <source>The file has no 单位名称 column; add it and name each problem&apos;s unit.</source>
        <translation>文件缺少“单位名称”列；请添加该列并填写每个问题所属单位。</translation>
    </message>
    <message>
        <source>%1: not filled in; name the unit as in the register.</source>
        <translation>%1：未填写；请按单位名册填写单位名称。</translation>
    </message>
    <message>
        <source>%1: not filled in; write the area&apos;s number 1 to 10.</source>
        <translation>%1：未填写；请填写改革领域序号 1–10。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a reform area; write its number 1 to 10 or its title.</source>
        <translation>%1：“%2”不是改革领域；请填写序号 1–10 或领域名称。</translation>
    </message>
    <message>
        <source>%1: not filled in; write one of %2.</source>
        <translation>%1：未填写；请填写 %2 之一。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a source; write one of %3.</source>
        <translation>%1：“%2”不是问题来源；请填写 %3 之一。</translation>
    </message>
    <message>
        <source>%1: not filled in; describe the problem.</source>
        <translation>%1：未填写；请描述问题。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a status; write one of %3.</source>
        <translation>%1：“%2”不是整改状态；请填写 %3 之一。</translation>
    </message>
    <message>
        <source>Rectification ledger: import template</source>
        <translation>整改台账导入模板</translation>
    </message>
    <message>
        <source>Reform areas</source>
        <translation>改革领域</translation>
    </message>
    <message>
        <source>For 上级抽查 only: who checked (自治区司法厅, 市司法局).</source>
        <translation>仅上级抽查填写：检查机关（自治区司法厅、市司法局）。</translation>
    </message>
</context>
<context>
    <name>oversight::ProblemRepository</name>
    <message>
        <source>Could not read the rectification ledger.</source>
        <translation>无法读取整改台账。</translation>
    </message>
    <message>
        <source>There is no problem %1 in the rectification ledger.</source>
        <translation>整改台账中没有问题 %1。</translation>
    </message>
    <message>
        <source>Could not add the problem to the rectification ledger.</source>
        <translation>无法将问题加入整改台账。</translation>
    </message>
    <message>
        <source>Could not save the problem.</source>
        <translation>无法保存问题。</translation>
    </message>
    <message>
        <source>Could not delete the problem.</source>
        <translation>无法删除问题。</translation>
    </message>
    <message>
        <source>Could not read the problem&apos;s history.</source>
        <translation>无法读取问题的整改过程。</translation>
    </message>
    <message>
        <source>Could not save the problem&apos;s history.</source>
        <translation>无法保存问题的整改过程。</translation>
    </message>
    <message>
        <source>Could not read the problem&apos;s evidence.</source>
        <translation>无法读取问题的佐证材料。</translation>
    </message>
    <message>
        <source>Could not save the evidence.</source>
        <translation>无法保存佐证材料。</translation>
    </message>
    <message>
        <source>Could not search the rectification ledger.</source>
        <translation>无法检索整改台账。</translation>
    </message>
</context>
<context>
    <name>oversight::ProblemTableModel</name>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（逾期）</translation>
    </message>
    <message>
        <source>Closed %1: %2</source>
        <translation>%1 销号：%2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Reform area</source>
        <translation>改革领域</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>问题来源</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改时限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>整改状态</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>完成情况</translation>
    </message>
</context>
<context>
    <name>oversight::ProblemText</name>
    <message>
        <source>Self-check</source>
        <translation>自查</translation>
    </message>
    <message>
        <source>Spot check</source>
        <translation>抽检</translation>
    </message>
    <message>
        <source>Case supervision</source>
        <translation>个案监督</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉举报</translation>
    </message>
    <message>
        <source>Call-back</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待整改</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>Awaiting verification</source>
        <translation>待核查</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已销号</translation>
    </message>
    <message>
        <source>Reform area: choose one of the areas 1 to 10 (now %1).</source>
        <translation>改革领域：请选择 1–10 中的一个领域（当前为 %1）。</translation>
    </message>
    <message>
        <source>Problem: describe the problem to be rectified.</source>
        <translation>问题描述：请描述需要整改的问题。</translation>
    </message>
    <message>
        <source>Deadline: enter the day the rectification is due (YYYY-MM-DD).</source>
        <translation>整改时限：请填写整改截止日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Unit: choose the unit that rectifies it.</source>
        <translation>单位：请选择负责整改的单位。</translation>
    </message>
    <message>
        <source>Origin: a link back names both the kind of record and its id.</source>
        <translation>来源记录：关联须同时注明记录类型和编号。</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Reform area</source>
        <translation>改革领域</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>问题来源</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改时限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>整改状态</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>Unit: unit %1 is not in this campaign&apos;s register; choose a registered unit.</source>
        <translation>单位：单位 %1 不在本次专项行动的单位名册中；请选择已登记的单位。</translation>
    </message>
    <message>
        <source>Status: a problem enters the ledger not yet closed; close it afterwards with its verification note and evidence.</source>
        <translation>整改状态：问题录入台账时不能为已销号；请在录入后凭核查意见和佐证材料销号。</translation>
    </message>
    <message>
        <source>The problem belongs to no campaign.</source>
        <translation>该问题不属于任何专项行动。</translation>
    </message>
    <message>
        <source>Deadline: a deadline moves only by an extension with its reason (Extend…), so that the ledger shows it.</source>
        <translation>整改时限：只能通过注明原因的延期来调整（延期…），以便台账留痕。</translation>
    </message>
    <message>
        <source>Problem %1 is closed; a closed problem stays in the ledger.</source>
        <translation>问题 %1 已销号；已销号的问题保留在台账中。</translation>
    </message>
    <message>
        <source>Problem %1 was found by supervision; remove it there, with its finding.</source>
        <translation>问题 %1 来自个案监督；请在投诉举报与个案监督页连同发现的问题一并删除。</translation>
    </message>
    <message>
        <source>Problem %1 holds evidence; it stays in the ledger.</source>
        <translation>问题 %1 已有佐证材料，保留在台账中。</translation>
    </message>
    <message>
        <source>Status: closing needs a verification note and evidence; close each problem with Close…</source>
        <translation>整改状态：销号需要核查意见和佐证材料；请逐个使用“销号…”。</translation>
    </message>
    <message>
        <source>Problem %1 is closed; reopen it with a reason first.</source>
        <translation>问题 %1 已销号；请先注明原因重新打开。</translation>
    </message>
    <message>
        <source>Problem %1 is %2; it can move to %3, not to %4.</source>
        <translation>问题 %1 当前为%2；可改为%3，不能改为%4。</translation>
    </message>
    <message>
        <source>Problem %1 is closed already.</source>
        <translation>问题 %1 已经销号。</translation>
    </message>
    <message>
        <source>Problem %1 is %2; it is closed after the unit reports it rectified (Awaiting verification).</source>
        <translation>问题 %1 当前为%2；须在单位报告整改完成（待核查）后才能销号。</translation>
    </message>
    <message>
        <source>Verification note: write how the rectification was verified.</source>
        <translation>核查意见：请写明如何核查整改情况。</translation>
    </message>
    <message>
        <source>Closed on: enter a date (YYYY-MM-DD).</source>
        <translation>销号日期：请填写日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Closed on: %1 is after today (%2).</source>
        <translation>销号日期：%1 晚于今天（%2）。</translation>
    </message>
    <message>
        <source>Evidence: a problem is closed only with evidence; add a file (a scan, a photo) or write a statement of what was done.</source>
        <translation>佐证材料：销号须有佐证材料；请添加文件（扫描件、照片）或书面说明整改情况。</translation>
    </message>
    <message>
        <source>Reason: say why the problem is reopened (it is kept in the history).</source>
        <translation>原因：请说明重新打开的原因（记入整改过程）。</translation>
    </message>
    <message>
        <source>Problem %1 is not closed; only a closed problem is reopened.</source>
        <translation>问题 %1 尚未销号；只有已销号的问题才能重新打开。</translation>
    </message>
    <message>
        <source>Reason: say why the deadline is extended (it is kept in the history).</source>
        <translation>原因：请说明延期原因（记入整改过程）。</translation>
    </message>
    <message>
        <source>New deadline: enter a date (YYYY-MM-DD).</source>
        <translation>新的整改时限：请填写日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Problem %1 is closed; its deadline no longer moves.</source>
        <translation>问题 %1 已销号，整改时限不再调整。</translation>
    </message>
    <message>
        <source>New deadline: an extension moves the deadline later than %1.</source>
        <translation>新的整改时限：延期须晚于 %1。</translation>
    </message>
    <message>
        <source>Statement: write what was done and who confirmed it.</source>
        <translation>书面说明：请写明做了哪些整改、由谁确认。</translation>
    </message>
    <message>
        <source>Unit concerned: the problem goes to a unit&apos;s rectification ledger, but the call-back names no unit; edit the call-back and choose the unit first.</source>
        <translation>涉及单位：问题须归入某单位的整改台账，但该回访未注明单位；请先编辑回访并选择单位。</translation>
    </message>
    <message>
        <source>This problem is already being rectified in the ledger (problem %1, %2); handle it there.</source>
        <translation>该问题已在整改台账中整改（问题 %1，%2）；请在整改台账中处理。</translation>
    </message>
    <message>
        <source>Upper-level spot check</source>
        <translation>上级抽查</translation>
    </message>
    <message>
        <source>Inspecting body: only an upper-level spot check (上级抽查) names one; clear it or change the source.</source>
        <translation>检查机关：只有上级抽查才填写检查机关；请清空或更改问题来源。</translation>
    </message>
    <message>
        <source>Inspecting body</source>
        <translation>检查机关</translation>
    </message>
</context>
<context>
    <name>oversight::RecordsCommand</name>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>培训内容</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参训人数</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>组织单位</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>考试科目</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>参考人数</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>合格人数</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>no training before it (凡考试必培训)</source>
        <translation>考前无培训（凡考试必培训）</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>会议议题</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参会单位/人员</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>备案日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>备案期限</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>案例名称</translation>
    </message>
    <message>
        <source>records %1 [--unit NAME] [--json]</source>
        <translation>records %1 [--unit 单位名称] [--json]</translation>
    </message>
    <message>
        <source>the area-7 and area-10 records of the current campaign, as a table or JSON</source>
        <translation>以表格或 JSON 列出当前专项行动第七、十项的记录</translation>
    </message>
    <message>
        <source>records: say which records (%1)</source>
        <translation>records：请指明记录种类（%1）</translation>
    </message>
    <message>
        <source>records: unknown kind &quot;%1&quot; (%2)</source>
        <translation>records：未知的记录种类“%1”（%2）</translation>
    </message>
    <message>
        <source>records meetings: the coordination group&apos;s meetings belong to no unit; leave out --unit</source>
        <translation>records meetings：协调小组会议不属于任何单位，请去掉 --unit</translation>
    </message>
    <message>
        <source>records %1: &quot;%2&quot; is not a unit in the register; check the name against the units page</source>
        <translation>records %1：“%2”不在单位名册中，请对照“执法单位”页核对名称</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of %1.</source>
        <translation>
            <numerusform>%1共%n条记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s).</source>
        <translation>
            <numerusform>共%n条记录。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oversight::ReminderDialog</name>
    <message>
        <source>What is due</source>
        <translation>到期提醒</translation>
    </message>
    <message>
        <source>%1 overdue, %2 due within 7 days. Double-click a line to open it.</source>
        <translation>已逾期%1项，7日内到期%2项。双击某行可打开对应记录。</translation>
    </message>
    <message>
        <source>Don&apos;t remind me again today</source>
        <translation>今天不再提醒</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>oversight::ReportCommand</name>
    <message>
        <source>report summary --out FILE.pdf|FILE.xlsx</source>
        <translation>report summary --out 文件.pdf|文件.xlsx</translation>
    </message>
    <message>
        <source>the campaign summary (总结验收): figures per area and unit, with charts in the PDF</source>
        <translation>专项行动总结验收统计：各领域、各单位数据，PDF 附统计图</translation>
    </message>
    <message>
        <source>report: name the report; the one there is: report summary --out FILE</source>
        <translation>report：请指明报告，目前只有一种：report summary --out 文件</translation>
    </message>
    <message>
        <source>report summary needs --out FILE.pdf or --out FILE.xlsx</source>
        <translation>report summary 需要 --out 文件.pdf 或 --out 文件.xlsx</translation>
    </message>
    <message>
        <source>Summary report of %1 units, %2 pages: %3</source>
        <translation>总结统计报告（%1个单位，共%2页）：%3</translation>
    </message>
    <message>
        <source>Summary figures of %1 units: %2</source>
        <translation>总结统计数据（%1个单位）：%2</translation>
    </message>
</context>
<context>
    <name>oversight::RestoreCommand</name>
    <message>
        <source>check the backup FILE and put it in place of the database; the current file is kept aside</source>
        <translation>检查备份 FILE 并用它替换数据库；当前文件改名另存</translation>
    </message>
    <message>
        <source>restore: name the backup FILE</source>
        <translation>restore：请指定备份 FILE</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>已从 %2 恢复 %1。</translation>
    </message>
    <message>
        <source>Campaign: %1; last change: %2; %3 audit entries.</source>
        <translation>专项行动：%1；最后修改：%2；审计记录 %3 条。</translation>
    </message>
    <message>
        <source>The previous file is kept as %1.</source>
        <translation>原文件另存为 %1。</translation>
    </message>
    <message>
        <source>restore FILE [--allow-missing-evidence]</source>
        <translation>restore 文件 [--allow-missing-evidence]</translation>
    </message>
</context>
<context>
    <name>oversight::RestoreDialog</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>This backup passed its checks (the file is whole, its audit log is intact). Restoring it replaces the data you are working on with the data below.</source>
        <translation>该备份已通过检查（文件完好，审计日志未被改动）。恢复后，当前的数据将被替换为以下备份中的数据。</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>专项行动：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Last change:</source>
        <translation>最后修改：</translation>
    </message>
    <message>
        <source>Recorded changes:</source>
        <translation>变更记录：</translation>
    </message>
    <message>
        <source>Backup file:</source>
        <translation>备份文件：</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>大小：</translation>
    </message>
    <message>
        <source>The current database %1 is not deleted: it is kept beside it under the name &quot;…before-restore-DATE&quot;. Oversight Desk opens again with the restored data.</source>
        <translation>当前数据库 %1 不会被删除：它以“…before-restore-日期”的名称保存在原位置旁。执法监督台随后以恢复的数据重新打开。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>oversight::ReviewDialog</name>
    <message>
        <source>Review: %1</source>
        <translation>审查：%1</translation>
    </message>
    <message>
        <source>Correct by</source>
        <translation>纠正时限</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>审查结果(&amp;R)：</translation>
    </message>
    <message>
        <source>Re&amp;viewer:</source>
        <translation>审查人(&amp;V)：</translation>
    </message>
    <message>
        <source>Review &amp;date:</source>
        <translation>审查日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Opinion:</source>
        <translation>审查意见(&amp;O)：</translation>
    </message>
    <message>
        <source>Correction:</source>
        <translation>纠正：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>oversight::ReviewPrinter</name>
    <message>
        <source>Could not start painting.</source>
        <translation>无法开始绘制。</translation>
    </message>
    <message>
        <source>Could not finish painting.</source>
        <translation>无法完成绘制。</translation>
    </message>
</context>
<context>
    <name>oversight::ReviewText</name>
    <message>
        <source>The campaign defines no scoring sheet (its &quot;scoring&quot; section is missing).</source>
        <translation>本专项行动未定义评查表（缺少“scoring”部分）。</translation>
    </message>
    <message>
        <source>Reviewers: name the two reviewers who scored the file.</source>
        <translation>评查人员：请填写评查本卷的两名评查人员。</translation>
    </message>
    <message>
        <source>Review date: enter the day the file was reviewed.</source>
        <translation>评查日期：请填写评查日期。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a veto item of the campaign&apos;s scoring sheet.</source>
        <translation>“%1”不是本评查表的否决项。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a deduction of the campaign&apos;s scoring sheet.</source>
        <translation>“%1”不是本评查表的扣分项。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; deducts %2 point(s), not %3.</source>
        <translation>“%1”扣%2分，不是%3分。</translation>
    </message>
</context>
<context>
    <name>oversight::RoundDialog</name>
    <message>
        <source>Edit the clean-up round</source>
        <translation>编辑清理项目</translation>
    </message>
    <message>
        <source>New clean-up round</source>
        <translation>新建清理项目</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>清理范围(&amp;S)：</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>时限：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>oversight::SafetyActions</name>
    <message>
        <source>&amp;Back Up To…</source>
        <translation>备份到(&amp;B)…</translation>
    </message>
    <message>
        <source>Write a checked copy of the database to a place you choose, such as a USB stick</source>
        <translation>将经过检查的数据库副本写到您选择的位置，如 U 盘</translation>
    </message>
    <message>
        <source>&amp;Restore From Backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Replace the database with a checked backup; the current file is kept aside</source>
        <translation>用经过检查的备份替换数据库；当前文件改名另存</translation>
    </message>
    <message>
        <source>Automatic &amp;Backups…</source>
        <translation>自动备份(&amp;B)…</translation>
    </message>
    <message>
        <source>oversight-backup-%1.sqlite</source>
        <translation>执法监督台备份-%1.sqlite</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>Oversight Desk databases (*.sqlite)</source>
        <translation>执法监督台数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>The backup %1 is written and checked (%2).</source>
        <translation>备份 %1 已写入并通过检查（%2）。</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <source>Oversight Desk backs the database up when it closes and once a day while it is open, into
%1

How many of these backups to keep (the oldest go first):</source>
        <translation>执法监督台在关闭时以及运行期间每天一次自动备份数据库，保存在
%1

保留多少份备份（最旧的先删除）：</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <source>Writing and checking the backup…</source>
        <translation>正在写入并检查备份…</translation>
    </message>
</context>
<context>
    <name>oversight::ScoringSheetDialog</name>
    <message>
        <source>Scoring sheet: %1 %2</source>
        <translation>评查表：%1 %2</translation>
    </message>
    <message>
        <source>Case file:</source>
        <translation>案卷：</translation>
    </message>
    <message>
        <source>Reviewers:</source>
        <translation>评查人员：</translation>
    </message>
    <message>
        <source>Review date:</source>
        <translation>评查日期：</translation>
    </message>
    <message>
        <source>A major decision was made without legal review (法制审核): cannot be 优秀</source>
        <translation>重大执法决定未经法制审核：不得评为优秀</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>评查项目</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Veto items (any one: 0 points, 不合格)</source>
        <translation>否决项（有任一项即0分、不合格）</translation>
    </message>
    <message>
        <source>veto</source>
        <translation>否决</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1分</translation>
    </message>
    <message>
        <source>Conclusion:</source>
        <translation>评查结论：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2分</translation>
    </message>
    <message>
        <source>Score: 0 (veto item) — %1</source>
        <translation>得分：0（否决项）— %1</translation>
    </message>
    <message>
        <source>Score: %1 — %2</source>
        <translation>得分：%1 — %2</translation>
    </message>
</context>
<context>
    <name>oversight::SqliteFile</name>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>文件是空的（0 字节）</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>无法读取文件（%1）</translation>
    </message>
    <message>
        <source>the file does not start with the SQLite header</source>
        <translation>文件开头不是 SQLite 文件头</translation>
    </message>
    <message>
        <source>the SQLite header is damaged (page size %1)</source>
        <translation>SQLite 文件头已损坏（页大小 %1）</translation>
    </message>
    <message>
        <source>the file ends in the middle of a page: it was cut off</source>
        <translation>文件在某一页中间结束：文件被截断了</translation>
    </message>
    <message>
        <source>the file is shorter than its header says (%1 of %2 bytes): it was cut off</source>
        <translation>文件比文件头记录的短（%1 / %2 字节）：文件被截断了</translation>
    </message>
</context>
<context>
    <name>oversight::StatusCommand</name>
    <message>
        <source>status [--json]</source>
        <translation>status [--json]</translation>
    </message>
    <message>
        <source>the current campaign&apos;s compliance picture on --today</source>
        <translation>显示当前专项行动截至 --today 所指日期的落实情况</translation>
    </message>
</context>
<context>
    <name>oversight::StatusReport</name>
    <message>
        <source>Campaign: %1 (%2)</source>
        <translation>专项行动：%1（%2）</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>今天：%1</translation>
    </message>
    <message>
        <source>Phase: %1 (%2 to %3)</source>
        <translation>阶段：%1（%2 至 %3）</translation>
    </message>
    <message>
        <source>Phase: not started; %1 begins %2</source>
        <translation>阶段：尚未开始；%1阶段于 %2 开始</translation>
    </message>
    <message>
        <source>Phase: not started</source>
        <translation>阶段：尚未开始</translation>
    </message>
    <message>
        <source>Phase: finished (the last phase ended %1)</source>
        <translation>阶段：已结束（最后一个阶段于 %1 结束）</translation>
    </message>
    <message>
        <source>Phase: between phases; %1 begins %2</source>
        <translation>阶段：两个阶段之间；%1阶段于 %2 开始</translation>
    </message>
    <message>
        <source>Phase: between phases</source>
        <translation>阶段：两个阶段之间</translation>
    </message>
    <message>
        <source>Next deadline: %1, due %2 (%3)</source>
        <translation>下一报送时限：%1，截止日期 %2（%3）</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation>还剩1天</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>还剩%1天</translation>
    </message>
    <message>
        <source>Next deadline: none; every deadline has passed</source>
        <translation>下一报送时限：无；所有报送时限均已过</translation>
    </message>
    <message>
        <source>Units: %1</source>
        <translation>行政执法单位：%1个</translation>
    </message>
    <message>
        <source>Units without a campaign contact (%1):</source>
        <translation>未报送专项行动联系人的单位（%1个）：</translation>
    </message>
    <message>
        <source>Every unit has named a campaign contact.</source>
        <translation>所有单位均已报送专项行动联系人。</translation>
    </message>
    <message>
        <source>Complaints and supervision cases: %1 open (%2 overdue), %3 closed</source>
        <translation>投诉举报和个案监督：在办 %1 件（超期 %2 件），已办结 %3 件</translation>
    </message>
    <message>
        <source>  overdue at %1: %2</source>
        <translation>  %1 超期：%2 件</translation>
    </message>
    <message>
        <source>Forms and reports: %1 accepted, %2 received, %3 returned, %4 missing</source>
        <translation>附件和书面材料：已通过%1项，已收到%2项，已退回%3项，未报送%4项</translation>
    </message>
    <message>
        <source>  late or overdue: %1</source>
        <translation>  逾期报送或逾期未报：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Spot check: %1 file(s) drawn, %2 reviewed (the plan asks for %3)</source>
        <translation>案卷抽查：已抽取%1卷，已评查%2卷（方案要求%3卷）</translation>
    </message>
    <message>
        <source>  self-check below 30% at %1: %2 of %3 files, %4 required</source>
        <translation>  %1自查未达30%：%3卷中自查%2卷，应自查%4卷</translation>
    </message>
    <message>
        <source>Rectification ledger: %1 open (%2 overdue), %3 closed</source>
        <translation>整改台账：未销号 %1 个（逾期 %2 个），已销号 %3 个</translation>
    </message>
    <message>
        <source>Normative documents: %1 filed (%2 late), %3 known but not filed, %4 zero report(s) missing</source>
        <translation>规范性文件：已报备%1件（逾期%2件），有件不备%3件，缺零报告%4项</translation>
    </message>
    <message>
        <source>  %1: %2 known but not filed, %3 zero report(s) missing</source>
        <translation>  %1：有件不备%2件，缺零报告%3项</translation>
    </message>
    <message>
        <source>What needs attention (%1):</source>
        <translation>需要关注的事项（%1项）：</translation>
    </message>
    <message>
        <source>Training: %1 session(s), %2 hour(s); %3 exam(s), %4 without training before them</source>
        <translation>执法培训：%1 次，%2 学时；执法考试 %3 场，其中考前未培训 %4 场</translation>
    </message>
    <message>
        <source>Area 10: %1 coordination meeting(s), %2 major-penalty filing(s) (%3 late), %4 guiding case(s)</source>
        <translation>体制改革：协调会议 %1 次，重大行政处罚备案 %2 件（逾期 %3 件），指导案例 %4 个</translation>
    </message>
</context>
<context>
    <name>oversight::StepDialog</name>
    <message>
        <source>Start investigation</source>
        <translation>开始调查核实</translation>
    </message>
    <message>
        <source>No violation found…</source>
        <translation>未发现违法…</translation>
    </message>
    <message>
        <source>Issue a supervision notice…</source>
        <translation>发出执法监督通知书…</translation>
    </message>
    <message>
        <source>Refer to discipline inspection…</source>
        <translation>移交纪检监察机关…</translation>
    </message>
    <message>
        <source>Record the unit&apos;s reply…</source>
        <translation>登记单位回复…</translation>
    </message>
    <message>
        <source>Close the case…</source>
        <translation>办结…</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>案件 %1：%2</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Facts:</source>
        <translation>基本事实(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>监督理由(&amp;R)：</translation>
    </message>
    <message>
        <source>De&amp;cision:</source>
        <translation>监督意见(&amp;C)：</translation>
    </message>
    <message>
        <source>Legal &amp;basis:</source>
        <translation>法律依据(&amp;B)：</translation>
    </message>
    <message>
        <source>Correct b&amp;y:</source>
        <translation>纠正期限(&amp;Y)：</translation>
    </message>
    <message>
        <source>Reply d&amp;ue:</source>
        <translation>回复期限(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Reply:</source>
        <translation>回复内容(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Note (what and why):</source>
        <translation>说明（移交事项及理由）(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>登记(&amp;R)</translation>
    </message>
</context>
<context>
    <name>oversight::StorageText</name>
    <message>
        <source>Could not start a transaction in the database.</source>
        <translation>无法在数据库中开始事务。</translation>
    </message>
    <message>
        <source>Could not save the change in the database.</source>
        <translation>无法将更改保存到数据库。</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>磁盘已满：未保存任何内容。请腾出空间后重试。</translation>
    </message>
    <message>
        <source>The database file is damaged: restore the newest backup.</source>
        <translation>数据库文件已损坏：请恢复最新的备份。</translation>
    </message>
    <message>
        <source>The database file cannot be written: nothing was saved. Check its permissions and the disk.</source>
        <translation>无法写入数据库文件：未保存任何内容。请检查文件权限和磁盘。</translation>
    </message>
    <message>
        <source>The disk reported an error: nothing was saved. Check the disk and its free space.</source>
        <translation>磁盘报告错误：未保存任何内容。请检查磁盘及其剩余空间。</translation>
    </message>
    <message>
        <source>The embedded campaign plan cannot be read.</source>
        <translation>无法读取程序内置的专项行动方案。</translation>
    </message>
    <message>
        <source>Could not read the campaigns.</source>
        <translation>无法读取专项行动。</translation>
    </message>
    <message>
        <source>Could not save the campaign.</source>
        <translation>无法保存专项行动。</translation>
    </message>
</context>
<context>
    <name>oversight::SubmissionDialog</name>
    <message>
        <source>Received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Filled in by</source>
        <translation>填报人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Filled in on</source>
        <translation>填报日期</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note; when returning, the reason the unit must correct</source>
        <translation>审核意见；退回时填写单位需修改的原因</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <source>Return to unit</source>
        <translation>退回单位</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>Evidence file…</source>
        <translation>佐证材料…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source> · due %1</source>
        <translation> · 报送时限 %1</translation>
    </message>
    <message>
        <source> · first received %1</source>
        <translation> · 首次收到 %1</translation>
    </message>
    <message numerus="yes">
        <source> · %n day(s) late</source>
        <translation>
            <numerusform> · 逾期%n天</numerusform>
        </translation>
    </message>
    <message>
        <source> · evidence: %1</source>
        <translation> · 佐证材料：%1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Record as received</source>
        <translation>登记收到</translation>
    </message>
    <message>
        <source>Reopen (return to unit)</source>
        <translation>重新打开（退回单位）</translation>
    </message>
    <message>
        <source>Import Excel…</source>
        <translation>导入Excel…</translation>
    </message>
    <message>
        <source>Read the unit&apos;s filled template (oversight-cli template form) into the form</source>
        <translation>读入单位填好的模板（oversight-cli template form）</translation>
    </message>
    <message>
        <source>Template…</source>
        <translation>模板…</translation>
    </message>
    <message>
        <source>Save a blank Excel template of this form to send to the unit</source>
        <translation>保存本附件的空白Excel模板，发给单位填写</translation>
    </message>
    <message>
        <source>Import a filled form</source>
        <translation>导入填好的附件</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <source>This form is accepted; return it to the unit before importing a new copy.</source>
        <translation>本附件已审核通过；导入新版本前请先退回单位。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the file; nothing was taken from it. Correct the cells named below and import it again.</source>
        <translation>
            <numerusform>文件中有%n处问题，未读入任何内容。请改正下列单元格后重新导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Save the form as it is on screen, in its template; it imports back unchanged</source>
        <translation>按模板保存屏幕上的附表内容；可原样导入</translation>
    </message>
    <message>
        <source>The template is written to %1.</source>
        <translation>模板已写入 %1。</translation>
    </message>
    <message>
        <source>Export the form</source>
        <translation>导出附表</translation>
    </message>
</context>
<context>
    <name>oversight::SubmissionRepository</name>
    <message>
        <source>Could not read the submissions.</source>
        <translation>无法读取报送情况。</translation>
    </message>
    <message>
        <source>Could not read the submission.</source>
        <translation>无法读取该报送记录。</translation>
    </message>
    <message>
        <source>There is no submission %1.</source>
        <translation>不存在报送记录%1。</translation>
    </message>
    <message>
        <source>Could not save the submission.</source>
        <translation>无法保存报送记录。</translation>
    </message>
    <message>
        <source>Could not save the submission&apos;s history.</source>
        <translation>无法保存报送记录的办理过程。</translation>
    </message>
    <message>
        <source>Could not read the submission&apos;s history.</source>
        <translation>无法读取报送记录的办理过程。</translation>
    </message>
</context>
<context>
    <name>oversight::SubmissionText</name>
    <message>
        <source>missing</source>
        <translation>未报送</translation>
    </message>
    <message>
        <source>received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>resubmitted</source>
        <translation>重新报送</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>returned to the unit</source>
        <translation>退回单位</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>imported from a file</source>
        <translation>从文件导入</translation>
    </message>
    <message>
        <source>evidence file attached</source>
        <translation>附上佐证材料</translation>
    </message>
    <message>
        <source>Received on: enter the day it arrived (YYYY-MM-DD).</source>
        <translation>收到日期：请填写收到的日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Received on: %1 is after today (%2); enter the day it arrived.</source>
        <translation>收到日期：%1 晚于今天（%2），请填写实际收到的日期。</translation>
    </message>
    <message>
        <source>Filled in on: %1 is after the day it was received (%2).</source>
        <translation>填报日期：%1 晚于收到日期（%2）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a form nor a written report of this campaign.</source>
        <translation>“%1”既不是本次专项行动的附件，也不是书面材料。</translation>
    </message>
    <message>
        <source>Unit %1 is not in this campaign&apos;s register.</source>
        <translation>单位%1不在本次专项行动的单位名册中。</translation>
    </message>
    <message>
        <source>%1 of %2 is already %3; edit it or return it to the unit first.</source>
        <translation>%2的%1已是“%3”状态；请直接修改，或先退回单位。</translation>
    </message>
    <message>
        <source>%1 is accepted; return it to the unit before changing it.</source>
        <translation>%1已审核通过；修改前请先退回单位。</translation>
    </message>
    <message>
        <source>%1 is %2; only a received or accepted one can be returned.</source>
        <translation>%1为“%2”状态；只有已收到或已通过的才能退回。</translation>
    </message>
    <message>
        <source>Reason: say what the unit must correct before it resubmits.</source>
        <translation>退回原因：请写明单位重新报送前需修改的内容。</translation>
    </message>
    <message>
        <source>%1 is %2; only a received one can be accepted.</source>
        <translation>%1为“%2”状态；只有已收到的才能审核通过。</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be accepted: %n error(s) to correct first:
%2</source>
        <translation>
            <numerusform>%1不能审核通过，须先改正%n处错误：
%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>提示：%1</translation>
    </message>
</context>
<context>
    <name>oversight::SubmissionsPage</name>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>Units with a form %1</source>
        <translation>有附件%1的单位</translation>
    </message>
    <message>
        <source>Units late with a form</source>
        <translation>有逾期报送的单位</translation>
    </message>
    <message>
        <source>Filter by unit name</source>
        <translation>按单位名称筛选</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Forms by unit</source>
        <translation>各单位报送情况</translation>
    </message>
    <message>
        <source>Officers (附件5-2)</source>
        <translation>执法人员（附件5-2）</translation>
    </message>
    <message>
        <source>Enforcement bodies (附件5-1)</source>
        <translation>执法主体（附件5-1）</translation>
    </message>
    <message>
        <source>%1
%2/%3</source>
        <extracomment>a matrix column header: the form, then how many units handed it in of how many</extracomment>
        <translation>%1
%2/%3</translation>
    </message>
    <message>
        <source> +%1d</source>
        <extracomment>late marker in a matrix cell: days past the due date</extracomment>
        <translation> 逾%1天</translation>
    </message>
    <message>
        <source>Overdue: due %1</source>
        <translation>已逾期：报送时限 %1</translation>
    </message>
    <message numerus="yes">
        <source>Received %n day(s) after the due date %1</source>
        <translation>
            <numerusform>晚于报送时限 %1 %n天收到</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 units shown. Items: %3 accepted, %4 received (to review), %5 returned, %6 missing; %7 unit(s) late with something. Double-click a cell to open the form.</source>
        <translation>显示%1个单位（共%2个）。各项材料：已通过%3项，已收到待审核%4项，已退回%5项，未报送%6项；%7个单位有逾期。双击单元格打开附件。</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>需关注</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>附件报送</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>报送时限：%1</translation>
    </message>
    <message>
        <source>Contact
%1/%2</source>
        <extracomment>the matrix&apos;s last column header: the campaign contact, then how many units named one of how many</extracomment>
        <translation>联系人
%1/%2</translation>
    </message>
    <message>
        <source>Contact received on %1</source>
        <translation>联系人于%1报送</translation>
    </message>
    <message>
        <source>named</source>
        <translation>已报</translation>
    </message>
    <message>
        <source>Contact named; the day it was received is not recorded (edit the unit to add it).</source>
        <translation>已报联系人，未记录报送日期（可在单位信息中补填）。</translation>
    </message>
    <message>
        <source>Writing %1 of %2…</source>
        <translation>正在写入%2的%1…</translation>
    </message>
    <message>
        <source>%1 of %2 is written to %3.</source>
        <translation>%2的%1已写入 %3。</translation>
    </message>
    <message>
        <source>Print %1 of %2</source>
        <translation>打印%2的%1</translation>
    </message>
</context>
<context>
    <name>oversight::SummaryReport</name>
    <message>
        <source>Could not start painting the summary report.</source>
        <translation>无法开始绘制总结统计报告。</translation>
    </message>
    <message>
        <source>Could not start page %1 of the summary report.</source>
        <translation>无法开始绘制总结统计报告第%1页。</translation>
    </message>
    <message>
        <source>Could not finish painting the summary report.</source>
        <translation>无法完成总结统计报告的绘制。</translation>
    </message>
</context>
<context>
    <name>oversight::SupervisionNotice</name>
    <message>
        <source>There is no supervision case %1.</source>
        <translation>没有编号为 %1 的监督案件。</translation>
    </message>
</context>
<context>
    <name>oversight::SupervisionPage</name>
    <message>
        <source>Complaints and case supervision</source>
        <translation>投诉举报与个案监督</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Call-backs to enterprises</source>
        <translation>企业回访</translation>
    </message>
    <message>
        <source>&amp;Register…</source>
        <translation>登记(&amp;R)…</translation>
    </message>
    <message>
        <source>Register a complaint or lead received by the bureau</source>
        <translation>登记本局收到的投诉举报或问题线索</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Register a batch of complaints from an Excel or CSV file</source>
        <translation>从 Excel 或 CSV 文件批量登记投诉举报</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Next &amp;step</source>
        <translation>下一步(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Problem found…</source>
        <translation>发现问题(&amp;P)…</translation>
    </message>
    <message>
        <source>Record a problem the case found, for the rectification ledger</source>
        <translation>登记案件中发现的问题，供整改台账使用</translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation>添加附件(&amp;A)…</translation>
    </message>
    <message>
        <source>Search case no., enterprise, summary</source>
        <translation>搜索案件编号、企业名称、反映问题</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>未办结</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>仅显示超期(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Record call-back…</source>
        <translation>登记回访(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Open a complaint from it</source>
        <translation>转为投诉举报(&amp;O)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>回访方式</translation>
    </message>
    <message>
        <source>Unit concerned</source>
        <translation>涉及单位</translation>
    </message>
    <message>
        <source>What the enterprise said</source>
        <translation>企业反映</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉举报</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>个案监督</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>共 %1 件</translation>
    </message>
    <message>
        <source>%1 of %2 cases</source>
        <translation>显示 %1 件，共 %2 件</translation>
    </message>
    <message>
        <source>, %1 overdue</source>
        <translation>，超期 %1 件</translation>
    </message>
    <message>
        <source>Import complaints</source>
        <translation>导入投诉举报</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉举报</translation>
    </message>
    <message>
        <source>Attach a file to the case</source>
        <translation>为案件添加附件</translation>
    </message>
    <message>
        <source>Attach file</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Open a complaint</source>
        <translation>转为投诉举报</translation>
    </message>
    <message>
        <source>Select a case to see its details and timeline.</source>
        <translation>选择一个案件，查看详情和办理过程。</translation>
    </message>
    <message>
        <source>Draft &amp;notice</source>
        <translation>起草通知书(&amp;N)</translation>
    </message>
    <message>
        <source>Draft a 执法监督通知书 from this case on the documents page</source>
        <translation>依据本案件在公文页起草执法监督通知书</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>打开附件</translation>
    </message>
    <message>
        <source>The stored copy of &quot;%1&quot; cannot be read.</source>
        <translation>无法读取“%1”的存档副本。</translation>
    </message>
</context>
<context>
    <name>oversight::TableDocumentRenderer</name>
    <message>
        <source>Could not start painting the table.</source>
        <translation>无法开始绘制表格。</translation>
    </message>
    <message>
        <source>Could not start page %1 of the table.</source>
        <translation>无法开始绘制表格第%1页。</translation>
    </message>
    <message>
        <source>Could not finish painting the table.</source>
        <translation>无法完成表格绘制。</translation>
    </message>
</context>
<context>
    <name>oversight::TableText</name>
    <message>
        <source>%1: the file does not exist or cannot be read.</source>
        <translation>%1：文件不存在或无法读取。</translation>
    </message>
    <message>
        <source>%1: this is an old Excel 97–2003 workbook (.xls); open it in Excel or WPS and save it as .xlsx.</source>
        <translation>%1：这是旧版Excel 97–2003工作簿（.xls）；请用Excel或WPS打开并另存为 .xlsx。</translation>
    </message>
    <message>
        <source>%1: this is an old Excel 97–2003 or WPS workbook; open it in Excel or WPS and save it as .xlsx.</source>
        <translation>%1：这是旧版Excel 97–2003或WPS工作簿；请用Excel或WPS打开并另存为 .xlsx。</translation>
    </message>
    <message>
        <source>%1: a CSV file has no sheets; leave out the sheet name.</source>
        <translation>%1：CSV文件没有工作表；请不要指定工作表名。</translation>
    </message>
</context>
<context>
    <name>oversight::TemplateCommand</name>
    <message>
        <source>template %1 --out FILE.xlsx</source>
        <translation>template %1 --out 文件.xlsx</translation>
    </message>
    <message>
        <source>a blank import template with the expected headers and drop-downs</source>
        <translation>生成空白导入模板（含规定表头和下拉选项）</translation>
    </message>
    <message>
        <source>Template written to %1.</source>
        <translation>模板已写入%1。</translation>
    </message>
    <message>
        <source>template form: write template form ID --out FILE.xlsx</source>
        <translation>template form：请写作 template form 附件编号 --out 文件.xlsx</translation>
    </message>
</context>
<context>
    <name>oversight::TemplateNotes</name>
    <message>
        <source>How to fill in this template</source>
        <translation>填写说明</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation>（必填）</translation>
    </message>
</context>
<context>
    <name>oversight::TextNormalText</name>
    <message>
        <source>the control character %1 (U+%2)</source>
        <translation>控制字符 %1（U+%2）</translation>
    </message>
    <message>
        <source>the control character U+%1</source>
        <translation>控制字符 U+%1</translation>
    </message>
    <message>
        <source>an invisible byte order mark (U+FEFF)</source>
        <translation>不可见的字节顺序标记（U+FEFF）</translation>
    </message>
    <message>
        <source>an invisible text-direction control (U+%1)</source>
        <translation>不可见的文字方向控制符（U+%1）</translation>
    </message>
    <message>
        <source>%1 at character %2</source>
        <translation>第 %2 个字符处的%1</translation>
    </message>
    <message>
        <source>%1: the text holds %2, which cannot be stored; delete it (it may be invisible: retype the text around it).</source>
        <translation>%1：文字中含有%2，无法保存；请删除（该字符可能不可见：请重新输入其前后的文字）。</translation>
    </message>
</context>
<context>
    <name>oversight::TimelineWidget</name>
    <message>
        <source>MMM d</source>
        <extracomment>A QLocale date format for a day on the dashboard&apos;s timeline; in Chinese write M月d日.</extracomment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>1 day overdue</source>
        <translation>已逾期1天</translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation>已逾期%1天</translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation>还有1天</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>还有%1天</translation>
    </message>
    <message>
        <source>The campaign has no phases.</source>
        <translation>专项行动未设阶段。</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>今天 %1</translation>
    </message>
</context>
<context>
    <name>oversight::TrainingModel</name>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>培训日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>培训内容</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参训人数</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>组织单位</translation>
    </message>
</context>
<context>
    <name>oversight::UnitDialog</name>
    <message>
        <source>Unit</source>
        <translation>行政执法单位</translation>
    </message>
    <message>
        <source>Unit &amp;name:</source>
        <translation>单位名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Full name as on the unit&apos;s seal</source>
        <translation>与单位公章一致的全称</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>联系人(&amp;P)：</translation>
    </message>
    <message>
        <source>Contact p&amp;hone:</source>
        <translation>联系电话(&amp;H)：</translation>
    </message>
    <message>
        <source>The plan asks each unit to name one campaign contact with a phone number.</source>
        <translation>方案要求各单位确定一名专项行动联系人，并报送联系电话。</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Add unit</source>
        <translation>添加单位</translation>
    </message>
    <message>
        <source>Edit unit</source>
        <translation>编辑单位</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like %2, already in the register. Is it a different unit?</source>
        <translation>“%1”与已登记的%2相似。是否为另一个单位？</translation>
    </message>
    <message>
        <source>As documents address it, e.g. 东明镇人民政府 (empty: the unit name)</source>
        <translation>公文主送名称，如东明镇人民政府（不填则用单位名称）</translation>
    </message>
    <message>
        <source>O&amp;fficial name:</source>
        <translation>单位全称(&amp;F)：</translation>
    </message>
    <message>
        <source>not recorded (the day a contact is first named)</source>
        <translation>未记录（按首次填写联系人当日）</translation>
    </message>
    <message>
        <source>Contact &amp;received on:</source>
        <translation>联系人报送日期(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>oversight::UnitExchangeText</name>
    <message>
        <source>The unit&apos;s full name, as in the register; one row per unit.</source>
        <translation>单位全称，与名册一致；每个单位一行。</translation>
    </message>
    <message>
        <source>部门 (a bureau of the government) or 苏木乡镇 (a township); needed for a new unit.</source>
        <translation>部门（旗政府组成部门）或苏木乡镇；新增单位必须填写。</translation>
    </message>
    <message>
        <source>The campaign contact&apos;s name.</source>
        <translation>专项行动联络员姓名。</translation>
    </message>
    <message>
        <source>A landline such as 0475-1234567 or a mobile number.</source>
        <translation>固定电话（如0475-1234567）或手机号码。</translation>
    </message>
    <message>
        <source>Anything else worth keeping; optional.</source>
        <translation>其他需要记录的情况；可不填。</translation>
    </message>
    <message>
        <source>Enforcement units: import template</source>
        <translation>行政执法单位导入模板</translation>
    </message>
    <message>
        <source>Filling in</source>
        <translation>填写方式</translation>
    </message>
    <message>
        <source>Keep the header row as it is; one row per unit from row 2. A unit whose name is already in the register is updated, not added twice.</source>
        <translation>请保持表头行不变；自第2行起每个单位填写一行。名册中已有的单位将被更新，不会重复添加。</translation>
    </message>
    <message>
        <source>Enforcement units</source>
        <translation>行政执法单位</translation>
    </message>
    <message>
        <source>The body&apos;s full official name that documents address (主送), such as 东明镇人民政府; empty: the register name.</source>
        <translation>公文主送使用的单位全称，如东明镇人民政府；不填则使用名册名称。</translation>
    </message>
    <message>
        <source>The day the contact reached the bureau (YYYY-MM-DD); empty: the day of the import for a contact named for the first time.</source>
        <translation>联系人报送到局的日期（YYYY-MM-DD）；不填时，首次填写联系人的按导入当日计。</translation>
    </message>
</context>
<context>
    <name>oversight::UnitImporter</name>
    <message>
        <source>%1: the unit&apos;s name is empty; every row needs one.</source>
        <translation>%1：未填写；每一行都必须填写单位名称。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is already in row %3; list each unit once.</source>
        <translation>%1：“%2”已在第%3行出现；每个单位只能列一次。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a category; write 部门 or 苏木乡镇.</source>
        <translation>%1：“%2”不是有效类别；请填写“部门”或“苏木乡镇”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a new unit; its 单位类别 (部门 or 苏木乡镇) is needed.</source>
        <translation>“%1”是新增单位，须填写单位类别（部门或苏木乡镇）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is added as a new unit, but looks like %2; if it is the same unit, correct the name and import again.</source>
        <translation>“%1”将作为新单位登记，但与%2相似；如为同一单位，请更正名称后重新导入。</translation>
    </message>
</context>
<context>
    <name>oversight::UnitLookup</name>
    <message>
        <source>%1: &quot;%2&quot; is not in the units register; register it first or correct the name.</source>
        <translation>%1：“%2”不在单位名册中；请先登记该单位或更正名称。</translation>
    </message>
</context>
<context>
    <name>oversight::UnitRepository</name>
    <message>
        <source>Could not read the units.</source>
        <translation>无法读取单位列表。</translation>
    </message>
    <message>
        <source>Could not read the unit.</source>
        <translation>无法读取该单位。</translation>
    </message>
    <message>
        <source>Unit %1 does not exist.</source>
        <translation>ID 为 %1 的单位不存在。</translation>
    </message>
    <message>
        <source>Could not save the unit.</source>
        <translation>无法保存该单位。</translation>
    </message>
    <message>
        <source>Could not delete the unit.</source>
        <translation>无法删除该单位。</translation>
    </message>
    <message>
        <source>Could not read the database schema.</source>
        <translation>无法读取数据库结构。</translation>
    </message>
    <message>
        <source>Could not read the unit&apos;s records.</source>
        <translation>无法读取该单位的相关记录。</translation>
    </message>
</context>
<context>
    <name>oversight::UnitTableModel</name>
    <message>
        <source>Unit name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>No campaign contact with a phone number yet; the plan asks each unit to name one by %1.</source>
        <translation>尚未报送专项行动联系人及联系电话；方案要求各单位于%1前报送。</translation>
    </message>
    <message>
        <source>No campaign contact with a phone number yet; the plan asks each unit to name one.</source>
        <translation>尚未报送专项行动联系人及联系电话；方案要求各单位确定一名联系人。</translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
</context>
<context>
    <name>oversight::UnitText</name>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Township (sumu)</source>
        <translation>苏木乡镇</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Unit name: enter the unit&apos;s full name.</source>
        <translation>单位名称：请输入单位全称。</translation>
    </message>
    <message>
        <source>Unit name: at most 100 characters (now %1).</source>
        <translation>单位名称：最多100个字符（当前%1个）。</translation>
    </message>
    <message>
        <source>Contact phone: &quot;%1&quot; has no digits; enter a number such as 0475-1234567.</source>
        <translation>联系电话：“%1”中没有数字；请输入电话号码，如 0475-1234567。</translation>
    </message>
    <message>
        <source>Contact person: at most 50 characters.</source>
        <translation>联系人：最多50个字符。</translation>
    </message>
    <message>
        <source>The unit belongs to no campaign.</source>
        <translation>该单位不属于任何专项行动。</translation>
    </message>
    <message>
        <source>Unit name: &quot;%1&quot; is already in the register; each unit is listed once.</source>
        <translation>单位名称：“%1”已在单位名册中；每个单位只能登记一次。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2条</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be deleted: the file holds records of this unit: %2. Delete or move those records first.</source>
        <translation>无法删除“%1”：数据库文件中仍有该单位的记录（%2）。请先删除或转移这些记录。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Category: &quot;%1&quot; is not a category of unit; write %2 or %3.</source>
        <translation>类别：“%1”不是有效的单位类别；请填写%2或%3。</translation>
    </message>
    <message>
        <source>Contact phone: &quot;%1&quot; may hold only digits, spaces and the signs + - / ( ) , 、 and 转 (extension).</source>
        <translation>联系电话：“%1”只能包含数字、空格和符号 + - / ( ) , 、以及“转”（分机）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>Unit %1 does not exist.</source>
        <translation>单位%1不存在。</translation>
    </message>
    <message>
        <source>the name is already in the register.</source>
        <translation>该名称已在单位名册中。</translation>
    </message>
    <message>
        <source>The import was already committed.</source>
        <translation>本次导入已经提交。</translation>
    </message>
    <message>
        <source>complaints and supervision cases</source>
        <translation>投诉举报和个案监督案件</translation>
    </message>
    <message>
        <source>call-backs</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <source>problems found by supervision</source>
        <translation>监督发现的问题</translation>
    </message>
    <message>
        <source>forms and reports handed in</source>
        <translation>已报送的附件和书面材料</translation>
    </message>
    <message>
        <source>case files in its catalogue</source>
        <translation>案卷目录中的案卷</translation>
    </message>
    <message>
        <source>the declaration that it had no cases</source>
        <translation>无案件声明</translation>
    </message>
    <message>
        <source>files drawn for the spot check</source>
        <translation>抽检抽中的案卷</translation>
    </message>
    <message>
        <source>problems in the rectification ledger</source>
        <translation>整改台账问题</translation>
    </message>
    <message>
        <source>normative documents</source>
        <translation>规范性文件</translation>
    </message>
    <message>
        <source>zero reports</source>
        <translation>零报告</translation>
    </message>
    <message>
        <source>documents in clean-up rounds</source>
        <translation>清理项目中的文件</translation>
    </message>
    <message>
        <source>Unit name: &quot;%1&quot; is the registered unit &quot;%2&quot; written differently; each unit is listed once.</source>
        <translation>单位名称：“%1”就是已登记的“%2”，只是写法不同；每个单位只登记一次。</translation>
    </message>
    <message>
        <source>Contact phone: &quot;%1&quot; is too short for a phone number (at least 7 digits); enter a number such as 0475-1234567 or an 11-digit mobile number.</source>
        <translation>联系电话：“%1”位数太少，不是电话号码（至少 7 位数字）；请填写如 0475-1234567 的号码或 11 位手机号。</translation>
    </message>
</context>
<context>
    <name>oversight::UnitsPage</name>
    <message>
        <source>Enforcement units</source>
        <translation>行政执法单位</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a unit to this campaign&apos;s register</source>
        <translation>向本专项行动的单位名册添加单位</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Search name, contact, phone, notes</source>
        <translation>搜索单位名称、联系人、电话、备注</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Only units without a contact</source>
        <translation>仅显示未报送联系人的单位</translation>
    </message>
    <message>
        <source>Units register</source>
        <translation>单位名册</translation>
    </message>
    <message>
        <source>Delete unit</source>
        <translation>删除单位</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; from the units register?

The audit log keeps a record of the deletion.</source>
        <translation>确定从单位名册中删除“%1”吗？

审计日志将保留此次删除的记录。</translation>
    </message>
    <message>
        <source>Cannot delete unit</source>
        <translation>无法删除单位</translation>
    </message>
    <message>
        <source>Units: %1, without a contact: %2</source>
        <translation>单位：%1个，未报送联系人：%2个</translation>
    </message>
    <message>
        <source>(shown: %1)</source>
        <translation>（当前显示%1个）</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Add or update units from a .xlsx or .csv list; the file is checked first</source>
        <translation>从 .xlsx 或 .csv 名单新增或更新单位；导入前先检查文件</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the register as a .xlsx workbook</source>
        <translation>将单位名册保存为 .xlsx 工作簿</translation>
    </message>
    <message>
        <source>&amp;Template…</source>
        <translation>模板(&amp;T)…</translation>
    </message>
    <message>
        <source>Save a blank .xlsx list for units to fill in</source>
        <translation>保存空白 .xlsx 名单模板，供各单位填写</translation>
    </message>
    <message>
        <source>Import units</source>
        <translation>导入单位</translation>
    </message>
    <message>
        <source>Last import: %1 added, %2 updated, %3 unchanged.</source>
        <translation>上次导入：新增%1个，更新%2个，未变%3个。</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export units</source>
        <translation>导出单位名册</translation>
    </message>
    <message>
        <source>units.xlsx</source>
        <translation>行政执法单位名册.xlsx</translation>
    </message>
    <message>
        <source>The register was saved to %1.</source>
        <translation>单位名册已保存到%1。</translation>
    </message>
    <message>
        <source>Save import template</source>
        <translation>保存导入模板</translation>
    </message>
    <message>
        <source>units-template.xlsx</source>
        <translation>行政执法单位导入模板.xlsx</translation>
    </message>
    <message>
        <source>The template was saved to %1.</source>
        <translation>模板已保存到%1。</translation>
    </message>
    <message>
        <source>Acc&amp;eptance…</source>
        <translation>验收(&amp;E)…</translation>
    </message>
    <message>
        <source>The acceptance conclusion on the selected unit (合格 / 基本合格 / 不合格)</source>
        <translation>所选单位的验收结论（合格 / 基本合格 / 不合格）</translation>
    </message>
</context>
<context>
    <name>oversight::UploadSync</name>
    <message>
        <source>%1, row %2: case file %3 is not a file of %4 drawn in the spot check; list only the unit&apos;s drawn files.</source>
        <translation>%1第%2行：案卷%3不是%4在抽查中被抽取的案卷；只填写本单位被抽取的案卷。</translation>
    </message>
    <message>
        <source>%1, row %2: case file %3 is listed twice.</source>
        <translation>%1第%2行：案卷%3重复填写。</translation>
    </message>
    <message>
        <source>Every drawn file ticked as uploaded to the regional platform.</source>
        <translation>被抽取的案卷均已确认录入自治区监督平台。</translation>
    </message>
    <message>
        <source>from the upload ticks of the drawn files</source>
        <translation>依据抽查案卷的录入确认</translation>
    </message>
</context>
<context>
    <name>oversight::VerifyCommand</name>
    <message>
        <source>%1 does not verify: %2</source>
        <translation>%1 校验未通过：%2</translation>
    </message>
    <message>
        <source>verify [--against BACKUP]</source>
        <translation>verify [--against 备份]</translation>
    </message>
    <message>
        <source>--against: %1 does not exist. Check the path.</source>
        <translation>--against：%1 不存在，请检查路径。</translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity check, the audit log&apos;s hash chain, the evidence files, and the audit log against every audit anchor: the backups beside the database, the issued documents, and BACKUP (a backup, or a PDF or XLSX this program issued or printed)</source>
        <translation>SQLite 完整性检查、审计日志哈希链、佐证文件，并将审计日志与每个审计锚点比对：数据库旁的备份、已印发的公文，以及指定的备份（备份文件，或本程序印发、打印的 PDF 或 XLSX）</translation>
    </message>
</context>
<context>
    <name>oversight::XlsxReader</name>
    <message>
        <source>%1: the workbook is damaged (%2); open it in Excel or WPS and save it again as .xlsx.</source>
        <translation>%1：工作簿已损坏（%2）；请用Excel或WPS打开后重新另存为 .xlsx。</translation>
    </message>
    <message>
        <source>%1: the file does not exist or cannot be read.</source>
        <translation>%1：文件不存在或无法读取。</translation>
    </message>
    <message>
        <source>%1: this is not an Excel workbook (.xlsx), or it is incomplete; open it in Excel or WPS and save it again as .xlsx.</source>
        <translation>%1：这不是Excel工作簿（.xlsx），或文件不完整；请用Excel或WPS打开后重新另存为 .xlsx。</translation>
    </message>
    <message>
        <source>%1: this is not a zip archive.</source>
        <translation>%1：这不是zip压缩文件。</translation>
    </message>
    <message>
        <source>the part %1 is missing</source>
        <translation>缺少部件%1</translation>
    </message>
    <message>
        <source>the part %1 cannot be opened</source>
        <translation>无法打开部件%1</translation>
    </message>
    <message>
        <source>the part %1 is truncated</source>
        <translation>部件%1不完整</translation>
    </message>
    <message>
        <source>%1: the file is a zip archive but not an Excel workbook: it holds no worksheet.</source>
        <translation>%1：该文件是zip压缩包，但不是Excel工作簿：其中没有工作表。</translation>
    </message>
    <message>
        <source>xl/workbook.xml: %1</source>
        <translation>xl/workbook.xml：%1</translation>
    </message>
    <message>
        <source>%1: the workbook holds no worksheet.</source>
        <translation>%1：工作簿中没有工作表。</translation>
    </message>
    <message>
        <source>%1: there is no sheet &quot;%2&quot;; the sheets are: %3.</source>
        <translation>%1：没有名为“%2”的工作表；现有工作表：%3。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>xl/styles.xml: %1</source>
        <translation>xl/styles.xml：%1</translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot; (%2) is missing</source>
        <translation>工作表“%1”（%2）缺失</translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot; ends in the middle</source>
        <translation>工作表“%1”中途结束</translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot;: %2</source>
        <translation>工作表“%1”：%2</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>%1: the workbook is refused: %2. No clerk&apos;s workbook comes near this; the file is damaged or made to exhaust memory. Open it in Excel or WPS, check it holds only the sheet to import, and save it again as .xlsx.</source>
        <translation>%1：拒绝读取该工作簿：%2。正常工作簿远不会达到此限度，文件已损坏或被刻意构造以耗尽内存。请用Excel或WPS打开，确认其中只含要导入的工作表，再重新另存为 .xlsx。</translation>
    </message>
    <message>
        <source>%1: sheet &quot;%2&quot;: %3; the workbook is damaged or was not written by a spreadsheet program. Open it in Excel or WPS and save it again as .xlsx.</source>
        <translation>%1：工作表“%2”：%3；工作簿已损坏或并非由电子表格程序生成。请用Excel或WPS打开后重新另存为 .xlsx。</translation>
    </message>
    <message>
        <source>its parts inflate to more than %1 (the limit on a workbook&apos;s inflated size)</source>
        <translation>各部件解压后超过%1（工作簿解压大小上限）</translation>
    </message>
    <message>
        <source>the part %1 inflates to more than %2 times its compressed size (the limit on a part&apos;s compression ratio)</source>
        <translation>部件%1解压后超过其压缩大小的%2倍（部件压缩比上限）</translation>
    </message>
    <message>
        <source>the part %1 is larger than %2 (the limit on a workbook&apos;s catalogue part)</source>
        <translation>部件%1大于%2（工作簿目录部件大小上限）</translation>
    </message>
    <message>
        <source>it holds more than %1 shared strings (the limit on distinct strings)</source>
        <translation>共享字符串超过%1个（不同字符串数量上限）</translation>
    </message>
    <message>
        <source>shared string %1 is longer than %2 characters (Excel&apos;s limit for a cell)</source>
        <translation>第%1个共享字符串超过%2个字符（Excel单元格字符上限）</translation>
    </message>
    <message>
        <source>%1 ends in the middle</source>
        <translation>%1在中途结束</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cell %1 holds more than %2 characters (Excel&apos;s limit for a cell)</source>
        <translation>单元格%1超过%2个字符（Excel单元格字符上限）</translation>
    </message>
    <message>
        <source>cell %1 refers to shared string %2, but the workbook has no shared strings (the part xl/sharedStrings.xml is missing)</source>
        <translation>单元格%1引用第%2个共享字符串，但工作簿没有共享字符串（缺少部件 xl/sharedStrings.xml）</translation>
    </message>
    <message>
        <source>cell %1 refers to shared string %2, but the workbook holds only %3 shared strings (numbered from 0)</source>
        <translation>单元格%1引用第%2个共享字符串，但工作簿只有%3个共享字符串（从0开始编号）</translation>
    </message>
    <message>
        <source>row number %1 is not a row of a worksheet (rows are numbered 1 to %2)</source>
        <translation>行号%1不是工作表中的行（行号范围为1至%2）</translation>
    </message>
    <message>
        <source>row %1 appears twice</source>
        <translation>第%1行出现了两次</translation>
    </message>
    <message>
        <source>row %1 comes after row %2; rows must be in order</source>
        <translation>第%1行出现在第%2行之后；行必须按顺序排列</translation>
    </message>
    <message>
        <source>the sheet has more than %1 rows (the limit on rows)</source>
        <translation>工作表超过%1行（行数上限）</translation>
    </message>
    <message>
        <source>the sheet has more than %1 cells (the limit on cells)</source>
        <translation>工作表超过%1个单元格（单元格数量上限）</translation>
    </message>
    <message>
        <source>the cell reference &quot;%1&quot; in row %2 is not a cell of a worksheet (columns A to XFD, rows 1 to %3)</source>
        <translation>第%2行的单元格引用“%1”不是工作表中的单元格（列为A至XFD，行为1至%3）</translation>
    </message>
    <message>
        <source>row %1 has a cell beyond the last column (XFD)</source>
        <translation>第%1行有超出最后一列（XFD）的单元格</translation>
    </message>
</context>
<context>
    <name>oversight::XlsxText</name>
    <message>
        <source>%1: the folder %2 does not exist.</source>
        <translation>%1：文件夹%2不存在。</translation>
    </message>
    <message>
        <source>%1: cannot write in the folder %2: %3.</source>
        <translation>%1：无法写入文件夹%2：%3。</translation>
    </message>
    <message>
        <source>%1: the workbook cannot be created.</source>
        <translation>%1：无法创建工作簿。</translation>
    </message>
    <message>
        <source>Written by Oversight Desk %1</source>
        <translation>由执法监督台 %1 生成</translation>
    </message>
    <message>
        <source>%1: the sheet name &quot;%2&quot; cannot be used.</source>
        <translation>%1：不能使用工作表名“%2”。</translation>
    </message>
    <message>
        <source>&amp;CPage &amp;P of &amp;N</source>
        <translation>&amp;C第 &amp;P 页，共 &amp;N 页</translation>
    </message>
    <message>
        <source>Choose one of: %1</source>
        <translation>请从以下选项中选择：%1</translation>
    </message>
    <message>
        <source>Enter a date such as 2022-05-21.</source>
        <translation>请输入日期，如2022-05-21。</translation>
    </message>
    <message>
        <source>Enter a whole number, 0 or more.</source>
        <translation>请输入大于或等于0的整数。</translation>
    </message>
    <message>
        <source>%1: the workbook could not be written.</source>
        <translation>%1：无法写入工作簿。</translation>
    </message>
    <message>
        <source>%1: the workbook could not be put in place.</source>
        <translation>%1：无法将工作簿保存到目标位置。</translation>
    </message>
</context>
<context>
    <name>oversight::ZeroReportDialog</name>
    <message>
        <source>Record a zero report</source>
        <translation>登记零报告</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>报告周期(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>收到日期(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>oversight::ZeroReportsTab</name>
    <message>
        <source>&amp;Record zero report…</source>
        <translation>登记零报告(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Withdraw zero report</source>
        <translation>撤销零报告(&amp;W)</translation>
    </message>
    <message>
        <source>Zero reports</source>
        <translation>零报告</translation>
    </message>
    <message numerus="yes">
        <source>A period counts once it has ended: a unit either filed a document issued in it or sends a zero report. %n gap(s) today.</source>
        <translation>
            <numerusform>周期结束后计入：单位应报备该周期内印发的文件，或报送零报告。今日缺报%n项。</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdraw zero report</source>
        <translation>撤销零报告</translation>
    </message>
    <message>
        <source>Withdraw the zero report of %1 for %2?</source>
        <translation>撤销%1的%2零报告？</translation>
    </message>
</context>
</TS>
