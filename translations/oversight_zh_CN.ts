<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>%1: %2 → %3</source>
        <extracomment>an audited change: field: old value → new value</extracomment>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>separator between the fields of an audited change</extracomment>
        <translation>；</translation>
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
        <source>%1: %2</source>
        <extracomment>an audited field and its value</extracomment>
        <translation>%1：%2</translation>
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
        <source>%1 could not be renamed to keep it aside; nothing was restored.</source>
        <translation>无法将 %1 改名另存；未作任何恢复。</translation>
    </message>
    <message>
        <source>The backup could not be put in place of %1; the database is unchanged.</source>
        <translation>无法用备份替换 %1；数据库未受影响。</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>oversight::BackupCommand</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>backup FILE</source>
        <translation>backup FILE</translation>
    </message>
    <message>
        <source>write a checked copy of the database to FILE (never overwrites a file)</source>
        <translation>将经过检查的数据库副本写入 FILE（从不覆盖已有文件）</translation>
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
    <name>oversight::CliContext</name>
    <message>
        <source>%1 holds no campaign. Create a database with &quot;oversight-cli --db FILE init&quot;.</source>
        <translation>%1 中没有专项行动。请用“oversight-cli --db FILE init”创建数据库。</translation>
    </message>
    <message>
        <source>oversight-cli: %1 (see oversight-cli --help)</source>
        <translation>oversight-cli: %1；用法见 oversight-cli --help</translation>
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
        <source>%1: &quot;%2&quot; is not a date; write YYYY-MM-DD.</source>
        <translation>%1：“%2”不是有效日期；请写作 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>%1: not filled in.</source>
        <translation>%1：未填写。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not in the units register; register it first or correct the name.</source>
        <translation>%1：“%2”不在单位名册中；请先登记该单位或更正名称。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is neither 是 nor 否.</source>
        <translation>%1：“%2”应填写“是”或“否”。</translation>
    </message>
    <message>
        <source>Complaints: import template</source>
        <translation>投诉举报导入模板</translation>
    </message>
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
        <source>This problem is already in the rectification ledger (problem %1); handle it there.</source>
        <translation>该问题已列入整改台账（问题 %1），请在台账中处理。</translation>
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
        <source>Could not upgrade the database to schema %1 (%2).</source>
        <translation>无法将数据库升级到数据结构版本 %1（%2）。</translation>
    </message>
    <message>
        <source>Could not record the schema version.</source>
        <translation>无法记录数据结构版本。</translation>
    </message>
    <message>
        <source>%1 is read-only, so nothing could be saved in it. Give yourself write permission on the file, or open a copy of it.</source>
        <translation>%1 是只读文件，无法保存任何内容。请为该文件加上写权限，或打开它的副本。</translation>
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
        <source>Issue &quot;%1&quot;? It gets the next number of its series and its text is frozen: an issued document can only be voided, never changed.</source>
        <translation>印发“%1”？印发后将编发该系列的下一个文号，正文即被固定：已印发的公文只能作废，不能修改。</translation>
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
        <source>%1 could not be written; choose a folder you can write to.</source>
        <translation>无法写入 %1；请选择一个可写的文件夹。</translation>
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
        <source>Audit log</source>
        <translation>审计日志</translation>
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
        <source>notice criticism --out FILE.pdf [--draft]</source>
        <translation>notice criticism --out FILE.pdf [--draft]</translation>
    </message>
    <message>
        <source>the critical notice (通报批评)</source>
        <translation>通报批评</translation>
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
        <source>notice: name a kind: spotcheck, criticism, reminder or supervision</source>
        <translation>notice: 请指明公文种类：spotcheck、criticism、reminder 或 supervision</translation>
    </message>
    <message>
        <source>notice: unknown kind &quot;%1&quot; (spotcheck, criticism, reminder or supervision)</source>
        <translation>notice: 未知的公文种类“%1”（可选：spotcheck、criticism、reminder、supervision）</translation>
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
        <source>--unit belongs to notice reminder only</source>
        <translation>--unit 只用于 notice reminder</translation>
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
        <source>--unit: there is no unit &quot;%1&quot; in the register of %2; &quot;oversight-cli status&quot; lists the units.</source>
        <translation>--unit: %2的单位名册中没有“%1”；可用“oversight-cli status”查看各单位。</translation>
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
</context>
<context>
    <name>oversight::OdtExport</name>
    <message>
        <source>%1 could not be written; choose a folder you can write to.</source>
        <translation>无法写入 %1；请选择一个可写的文件夹。</translation>
    </message>
</context>
<context>
    <name>oversight::RestoreCommand</name>
    <message>
        <source>restore FILE</source>
        <translation>restore FILE</translation>
    </message>
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
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.csv);;所有文件 (*)</translation>
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
    <message>
        <source>Supervision notice numbered and printed</source>
        <translation>执法监督通知书已编号印发</translation>
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
        <source>How to fill in this template</source>
        <translation>填写说明</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation>（必填）</translation>
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
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.csv);;所有文件 (*)</translation>
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
</context>
<context>
    <name>oversight::VerifyCommand</name>
    <message>
        <source>verify</source>
        <translation>verify</translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity check and the audit log&apos;s hash chain</source>
        <translation>SQLite 完整性检查和审计日志哈希链校验</translation>
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
        <source>%1 does not verify: %2</source>
        <translation>%1 校验未通过：%2</translation>
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
        <source>xl/sharedStrings.xml: %1</source>
        <translation>xl/sharedStrings.xml：%1</translation>
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
        <source>the sheet &quot;%1&quot; cannot be opened</source>
        <translation>无法打开工作表“%1”</translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot; is truncated</source>
        <translation>工作表“%1”不完整</translation>
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
        <source>the part %1 is larger than any workbook&apos;s</source>
        <translation>部件%1超出正常工作簿的大小</translation>
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
</TS>
