<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../desktop/ui/explanation.py" line="85"/>
        <source>ExplanationView</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertScheduler</name>
    <message>
        <location filename="../../desktop/ui/alerts.py" line="335"/>
        <source>政府信息公开申请期限提醒</source>
        <extracomment>Emitted with the AlertSummary of every check that found something. The user asked (from the summary) to see the list on the dashboard.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts.py" line="340"/>
        <source>期限提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts.py" line="341"/>
        <source>已逾期 {0} 项，今日到期 {1} 项，{2} 个工作日内到期 {3} 项。点击查看。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertSummaryDialog</name>
    <message>
        <location filename="../../desktop/ui/alerts.py" line="100"/>
        <source>期限提醒</source>
        <extracomment>Working days searched for the next check (covers the longest holiday). The user wants the full list on the dashboard.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts.py" line="115"/>
        <source>查看列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts.py" line="116"/>
        <source>导出PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts.py" line="117"/>
        <source>打印…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts.py" line="119"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts.py" line="136"/>
        <source>截至 {0}：已逾期 {1} 项，今日到期 {2} 项，{3} 个工作日内到期 {4} 项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts.py" line="141"/>
        <source>{0} {1} 项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts.py" line="147"/>
        <source>双击一行打开该申请。本清单含申请人信息，仅供内部使用。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts.py" line="170"/>
        <source>期限提醒清单-{0}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts.py" line="172"/>
        <source>导出PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts.py" line="172"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts.py" line="184"/>
        <source>导出失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts.py" line="184"/>
        <source>无法保存文件：{0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnualReportWindow</name>
    <message>
        <location filename="../../desktop/ui/annual_report.py" line="111"/>
        <source>年度报告</source>
        <extracomment>Emitted with a Chinese message after a save, an export or a publication. Emitted with a Chinese message when something fails (nothing changed).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annual_report.py" line="126"/>
        <source>报告年度：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annual_report.py" line="144"/>
        <source>总体情况：主动公开、依申请公开、政府信息管理、平台建设、监督保障等。每段一行。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annual_report.py" line="148"/>
        <source>按统计数字重新起草</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annual_report.py" line="152"/>
        <source>依申请公开情况（按统计数字起草，可修改）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annual_report.py" line="157"/>
        <source>一、总体情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annual_report.py" line="164"/>
        <source>二、主动公开（表二）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annual_report.py" line="165"/>
        <source>存在的主要问题及改进情况。每段一行。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annual_report.py" line="166"/>
        <source>五、问题及改进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annual_report.py" line="167"/>
        <source>其他需要报告的事项。每段一行。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annual_report.py" line="171"/>
        <source>六、其他事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annual_report.py" line="180"/>
        <source>项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annual_report.py" line="189"/>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annual_report.py" line="194"/>
        <source>三、收到和处理申请情况（计算）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annual_report.py" line="195"/>
        <source>四、复议、诉讼情况（计算）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annual_report.py" line="199"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annual_report.py" line="200"/>
        <source>导出 Word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annual_report.py" line="201"/>
        <source>导出 PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annual_report.py" line="202"/>
        <source>标记为已发布</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annual_report.py" line="203"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annual_report.py" line="242"/>
        <source>报告中本部分之后自动列出信息处理费情况：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annual_report.py" line="262"/>
        <source>条款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annual_report.py" line="262"/>
        <source>栏目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annual_report.py" line="262"/>
        <source>数值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annual_report.py" line="309"/>
        <source>尚未保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annual_report.py" line="311"/>
        <source>（未知）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annual_report.py" line="312"/>
        <source>最后保存：%1，%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annual_report.py" line="316"/>
        <source>（按统计数字起草，尚未修改）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annual_report.py" line="362"/>
        <source>尚未填写（导出时印为“（待填写）”）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annual_report.py" line="365"/>
        <source>各部分均已填写。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annual_report.py" line="368"/>
        <source>&#x3000;有未保存的修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annual_report.py" line="385"/>
        <source>没有需要保存的修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annual_report.py" line="399"/>
        <source>未保存：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annual_report.py" line="402"/>
        <source>已保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annual_report.py" line="409"/>
        <source>导出年度报告</source>
        <extracomment>Asked before exporting with empty parts; tests replace it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annual_report.py" line="410"/>
        <source>以下部分尚未填写，将印为“（待填写）”：
%1

仍然导出吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annual_report.py" line="418"/>
        <source>保存年度报告</source>
        <extracomment>Asks where to save; tests replace it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annual_report.py" line="430"/>
        <source>%1年政府信息公开工作年度报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annual_report.py" line="431"/>
        <source>Word 文档 (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annual_report.py" line="431"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annual_report.py" line="453"/>
        <source>无法保存文件：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annual_report.py" line="455"/>
        <source>已导出：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annual_report.py" line="481"/>
        <source>未发布：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annual_report.py" line="483"/>
        <source>已标记为已发布：%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/ui/app_setup.py" line="19"/>
        <source>政府信息公开申请办理台账</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppealForm</name>
    <message>
        <location filename="../../desktop/ui/appeal_dialog.py" line="55"/>
        <source>已审结</source>
        <extracomment>Row data role holding the appeal id.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appeal_dialog.py" line="59"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appeal_dialog.py" line="60"/>
        <source>提起日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appeal_dialog.py" line="62"/>
        <source>结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appeal_dialog.py" line="63"/>
        <source>审结日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appeal_dialog.py" line="65"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppealPanel</name>
    <message>
        <location filename="../../desktop/ui/appeal_dialog.py" line="112"/>
        <source>新增</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appeal_dialog.py" line="113"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appeal_dialog.py" line="124"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appeal_dialog.py" line="124"/>
        <source>提起日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appeal_dialog.py" line="124"/>
        <source>结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appeal_dialog.py" line="124"/>
        <source>审结日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appeal_dialog.py" line="125"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appeal_dialog.py" line="185"/>
        <source>编辑复议/诉讼记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appeal_dialog.py" line="193"/>
        <source>新增复议/诉讼记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appeal_dialog.py" line="224"/>
        <source>记录不存在，请刷新</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicantTypeCombo</name>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="75"/>
        <source>法人或其他组织：%1</source>
        <extracomment>Heights (in text lines) of the multi-line fields.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationDetailDialog</name>
    <message>
        <location filename="../../desktop/ui/application_detail.py" line="87"/>
        <source>放弃修改并重新载入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_detail.py" line="88"/>
        <source>保存修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_detail.py" line="119"/>
        <source>登记信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_detail.py" line="122"/>
        <source>办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_detail.py" line="126"/>
        <source>复议诉讼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_detail.py" line="131"/>
        <source>文书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_detail.py" line="135"/>
        <source>案卷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_detail.py" line="137"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_detail.py" line="167"/>
        <source>该申请已不存在。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_detail.py" line="172"/>
        <source>申请详情 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_detail.py" line="199"/>
        <source>保存失败：该申请已被他人修改。您的修改仍保留在表单中，可以记下后重新载入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_detail.py" line="213"/>
        <source>登记信息的修改尚未保存。要保存、放弃修改，还是继续编辑？</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationForm</name>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="118"/>
        <source>挂号信（含EMS）</source>
        <extracomment>Emitted whenever the user changes any field. Emitted when the name, ID number or phone changes (repeat applicants are looked up). The link under the name was clicked: show these applications (register search words).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="119"/>
        <source>平信</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="120"/>
        <source>与收到日期不同</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="131"/>
        <source>收到日期与到达日期不同的理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="149"/>
        <location filename="../../desktop/ui/application_form.py" line="150"/>
        <source>未指定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="175"/>
        <source>申请信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="177"/>
        <source>申请渠道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="178"/>
        <source>信件种类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="179"/>
        <source>到达日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="180"/>
        <source>收到日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="181"/>
        <source>日期说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="189"/>
        <source>申请内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="190"/>
        <source>内容分类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="191"/>
        <source>承办部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="195"/>
        <source>申请人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="197"/>
        <source>申请人类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="199"/>
        <source>姓名/名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="202"/>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="203"/>
        <source>通信地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="204"/>
        <source>电子邮箱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="205"/>
        <source>获取信息的形式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="206"/>
        <source>获取信息的方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="207"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="279"/>
        <source>当面、电子邮件和挂号信以到达之日为收到之日，日期不同须说明理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="288"/>
        <source>统一社会信用代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="288"/>
        <source>身份证号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="367"/>
        <source>该申请人此前已有 %1 件申请（%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="368"/>
        <source>查看</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../desktop/ui/documents.py" line="612"/>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="613"/>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="614"/>
        <source>大小</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="615"/>
        <source>添加人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="616"/>
        <source>添加时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="622"/>
        <source>添加文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="623"/>
        <source>打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="624"/>
        <source>移出案卷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="625"/>
        <source>生成归档PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="633"/>
        <source>类别：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="640"/>
        <source>归档PDF包括案卷封面、卷内目录、全部有效文书和本页的文件（按日期排列）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="676"/>
        <source>添加到案卷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="678"/>
        <source>PDF 或图片 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.bmp *.gif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="688"/>
        <source>无法读取文件：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="743"/>
        <source>保存归档PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="743"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="748"/>
        <source>案卷.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="765"/>
        <source>无法写入文件：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="768"/>
        <source>已生成归档PDF：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogWindow</name>
    <message>
        <location filename="../../desktop/ui/audit_view.py" line="39"/>
        <source>受理登记</source>
        <extracomment>Chinese names of the actions (the code itself is shown for any other).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_view.py" line="40"/>
        <source>修改登记信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_view.py" line="41"/>
        <source>更正办理记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_view.py" line="42"/>
        <source>作废办理记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_view.py" line="43"/>
        <source>登记复议诉讼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_view.py" line="44"/>
        <source>修改复议诉讼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_view.py" line="45"/>
        <source>修改设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_view.py" line="46"/>
        <source>修改节假日安排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_view.py" line="47"/>
        <source>导入节假日安排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_view.py" line="48"/>
        <source>导入放假通知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_view.py" line="49"/>
        <source>导入台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_view.py" line="50"/>
        <source>导出台账（含个人信息）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_view.py" line="51"/>
        <source>导出提醒清单（含个人信息）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_view.py" line="52"/>
        <source>打印提醒清单（含个人信息）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_view.py" line="53"/>
        <source>打印登记表（含个人信息）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_view.py" line="56"/>
        <source>标记报告已发布</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_view.py" line="57"/>
        <source>新增用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_view.py" line="58"/>
        <source>停用用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_view.py" line="59"/>
        <source>设置密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_view.py" line="60"/>
        <source>登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_view.py" line="61"/>
        <source>备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_view.py" line="62"/>
        <source>恢复备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_view.py" line="79"/>
        <source>操作日志</source>
        <extracomment>Newest entries shown at most (the CSV export has the same filter, not this limit).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_view.py" line="83"/>
        <source>全部用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_view.py" line="85"/>
        <source>全部操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_view.py" line="87"/>
        <source>申请编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_view.py" line="90"/>
        <source>查询</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_view.py" line="91"/>
        <source>导出CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_view.py" line="92"/>
        <source>校验日志链</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_view.py" line="110"/>
        <location filename="../../desktop/ui/audit_view.py" line="200"/>
        <source>序号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_view.py" line="111"/>
        <source>时间（北京时间）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_view.py" line="112"/>
        <location filename="../../desktop/ui/audit_view.py" line="202"/>
        <source>用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_view.py" line="113"/>
        <location filename="../../desktop/ui/audit_view.py" line="203"/>
        <source>工作站</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_view.py" line="114"/>
        <location filename="../../desktop/ui/audit_view.py" line="204"/>
        <source>操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_view.py" line="115"/>
        <location filename="../../desktop/ui/audit_view.py" line="205"/>
        <source>结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_view.py" line="116"/>
        <location filename="../../desktop/ui/audit_view.py" line="207"/>
        <source>对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_view.py" line="117"/>
        <location filename="../../desktop/ui/audit_view.py" line="208"/>
        <source>修改前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_view.py" line="118"/>
        <location filename="../../desktop/ui/audit_view.py" line="209"/>
        <source>修改后</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_view.py" line="133"/>
        <source>用户：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_view.py" line="134"/>
        <source>操作：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_view.py" line="135"/>
        <source>申请：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_view.py" line="136"/>
        <source>从：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_view.py" line="137"/>
        <source>至：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_view.py" line="168"/>
        <source>拒绝</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_view.py" line="168"/>
        <source>成功</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_view.py" line="179"/>
        <source>日志链完整：共 %1 条，未发现改动或删除。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_view.py" line="184"/>
        <source>日志被改动：第 %1 条 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_view.py" line="201"/>
        <source>时间（UTC）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_view.py" line="206"/>
        <source>对象类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_view.py" line="210"/>
        <source>哈希</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_view.py" line="233"/>
        <source>导出操作日志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_view.py" line="233"/>
        <source>操作日志.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_view.py" line="233"/>
        <source>CSV 文件 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_view.py" line="239"/>
        <source>无法保存文件：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_view.py" line="241"/>
        <source>已导出 %1 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_view.py" line="248"/>
        <source>记录办理事项</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupWindow</name>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="50"/>
        <source>备份与恢复</source>
        <extracomment>A backup was restored: the program must restart.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="57"/>
        <source>程序每天启动时自动备份一次，升级数据库前也会备份。运行中直接复制数据库文件得到的不是可靠的备份，请使用“立即备份”或 backup 命令。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="66"/>
        <source>备份文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="66"/>
        <source>备份时间（北京时间）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="66"/>
        <source>大小</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="76"/>
        <source>立即备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="77"/>
        <source>恢复所选备份…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="100"/>
        <source>备份文件夹：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="102"/>
        <source>PostgreSQL 数据库：请用 backup 命令（pg_dump）或服务器的备份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="107"/>
        <source>最近一次备份：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="110"/>
        <source>还没有备份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="121"/>
        <source>PostgreSQL 数据库请用 backup 命令备份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="146"/>
        <source>请先选择一个备份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="150"/>
        <source>恢复备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="151"/>
        <source>用 %1 替换当前数据库？当前数据库会先另存一份副本。恢复后程序将关闭。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="171"/>
        <source>已恢复。原数据库已另存为 %1。请重新启动程序。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarWindow</name>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="443"/>
        <source>节假日日历</source>
        <extracomment>A calendar change moves deadlines: every application may look different.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="446"/>
        <source> 年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="469"/>
        <source>年份：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="475"/>
        <source>编辑本年安排…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="477"/>
        <source>从文件导入…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="479"/>
        <source>导入通知…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="481"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="510"/>
        <source>来源：内置数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="511"/>
        <source>来源：手工录入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="512"/>
        <source>来源：未载入（临时推定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="515"/>
        <source>（未记录）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="516"/>
        <source>通知文号：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="571"/>
        <source>文件未导入：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="558"/>
        <source>无法读取文件：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="592"/>
        <source>导入节假日安排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="592"/>
        <source>CSV 文件 (*.csv);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="115"/>
        <source>申请编号</source>
        <extracomment>QSettings key: the department this workstation is fixed to (absent: all). (header, display text, raw value for sorting)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="117"/>
        <source>申请人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="122"/>
        <source>申请人类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="126"/>
        <source>承办部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="128"/>
        <source>到期事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="132"/>
        <source>期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="134"/>
        <source>剩余/逾期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="138"/>
        <source>办理状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="140"/>
        <source>收到日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="145"/>
        <source>办结日期</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="152"/>
        <source>一</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="153"/>
        <source>二</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="154"/>
        <source>三</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="155"/>
        <source>四</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="364"/>
        <source>本工作站只看此部门</source>
        <extracomment>The tiles: list key, accent colour. Captions are set on refresh (they name the period). Overdue comes first and turns red when there is any; the correction-notice window (every new application&apos;s first 7 working days) is information, in grey, last. This workstation&apos;s own choices (a department supervisor&apos;s scope).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="367"/>
        <source>部门负责人的工作站：固定显示本部门，重启后仍然有效；分管领导不勾选，查看全部。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="378"/>
        <source>打印…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="379"/>
        <source>保存为PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="416"/>
        <source>承办部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="420"/>
        <source>统计期间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="459"/>
        <source>全部部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="474"/>
        <source>{0}年第{1}季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="594"/>
        <source>{0}：{1} 件（按剩余工作日排序，逾期最久的在前；双击打开申请）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="610"/>
        <source>办理中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="611"/>
        <source>今日到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="612"/>
        <source>{0}个工作日内到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="613"/>
        <source>已逾期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="614"/>
        <source>补正告知期内（供参考）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="745"/>
        <source>保存看板为PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="745"/>
        <source>主管看板.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="745"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="615"/>
        <source>征求意见待答复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="616"/>
        <source>待缴费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="617"/>
        <location filename="../../desktop/ui/dashboard.py" line="620"/>
        <source>{0}
新收</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="618"/>
        <location filename="../../desktop/ui/dashboard.py" line="621"/>
        <source>{0}
办结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="619"/>
        <location filename="../../desktop/ui/dashboard.py" line="622"/>
        <source>{0}
按时办结率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="623"/>
        <source>{0}
补正告知逾期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="649"/>
        <source>收到申请后7个工作日内可发补正通知：每件新申请都在此期间内，这里只是参考，不是待办事项。需要补正的，在申请的“办理”页发出补正通知。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="653"/>
        <source>按时答复 {0} 件 / 以答复办结 {1} 件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="661"/>
        <source>{0}月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="671"/>
        <source>{0}每月收到申请（按渠道）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="674"/>
        <source>本年度尚无申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="679"/>
        <source>按时办结率（按季度）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="681"/>
        <source>（纵轴自 {0}% 起）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="685"/>
        <source>{0}年
{1}季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="690"/>
        <source>按时办结率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="701"/>
        <source>办理中申请（按剩余工作日）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="704"/>
        <source>件数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="707"/>
        <source>没有办理中的申请</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineCalculatorDialog</name>
    <message>
        <location filename="../../desktop/ui/deadline_tools.py" line="44"/>
        <source>期限计算器</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/deadline_tools.py" line="46"/>
        <source>收到补正材料：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/deadline_tools.py" line="48"/>
        <source>发出征求意见：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/deadline_tools.py" line="50"/>
        <source>收到征求意见答复：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/deadline_tools.py" line="52"/>
        <source>已批准延期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/deadline_tools.py" line="74"/>
        <source>收到申请日期：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/deadline_tools.py" line="80"/>
        <source>答复期限：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/deadline_tools.py" line="81"/>
        <source>延长后期限：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/deadline_tools.py" line="82"/>
        <source>补正通知期限：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/deadline_tools.py" line="84"/>
        <source>条件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/deadline_tools.py" line="86"/>
        <source>结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/deadline_tools.py" line="90"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/deadline_tools.py" line="109"/>
        <source>收到补正材料的日期不能早于收到申请日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/deadline_tools.py" line="114"/>
        <source>征求意见的日期不能早于收到申请日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/deadline_tools.py" line="119"/>
        <source>收到答复的日期不能早于发出征求意见的日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/deadline_tools.py" line="152"/>
        <source>（临时）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepartmentTable</name>
    <message>
        <location filename="../../desktop/ui/department_table.py" line="16"/>
        <source>承办部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/department_table.py" line="17"/>
        <source>办理中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/department_table.py" line="18"/>
        <source>已逾期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/department_table.py" line="19"/>
        <source>本年答复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/department_table.py" line="20"/>
        <source>按时办结率</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailHeader</name>
    <message>
        <location filename="../../desktop/ui/application_detail.py" line="54"/>
        <source>（临时）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_detail.py" line="55"/>
        <source>答复期限：%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../desktop/ui/documents.py" line="362"/>
        <source>文书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="363"/>
        <source>编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="364"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="365"/>
        <source>出具人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="366"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="367"/>
        <source>送达</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="370"/>
        <source>出具文书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="376"/>
        <source>另存为PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="377"/>
        <source>另存为Word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="378"/>
        <source>登记送达…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="379"/>
        <source>作废…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="421"/>
        <source>：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="470"/>
        <source>保存文书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="477"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="477"/>
        <source>Word 文档 (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="486"/>
        <source>无法写入文件：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="535"/>
        <source>按送达记录（%1），答复的法定日期为 %2，台账记录的答复日期为 %3。是否更正台账中的答复日期？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="541"/>
        <source>答复日期与送达记录不一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="568"/>
        <source>作废文书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="568"/>
        <source>作废“%1”的原因：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="128"/>
        <source>更正：</source>
        <extracomment>Records the input; returns the message to show, or &quot;&quot; when it was recorded.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="148"/>
        <source>日期：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="158"/>
        <source>备注：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="160"/>
        <source>更正原因：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="164"/>
        <source>确定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="165"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="330"/>
        <location filename="../../desktop/ui/lifecycle.py" line="334"/>
        <source>送达方式：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="252"/>
        <source>补正期限：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="153"/>
        <source>当面送达的，答复日期为申请人签收之日；邮寄的，为交邮之日。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="252"/>
        <location filename="../../desktop/ui/lifecycle.py" line="291"/>
        <location filename="../../desktop/ui/lifecycle.py" line="296"/>
        <source> 个工作日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="262"/>
        <source>已超过补正通知期限（%1）：将记为补正告知逾期，答复期限不中止、不重新计算。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="269"/>
        <source>征求意见对象：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="270"/>
        <source>名称：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="283"/>
        <source>答复的征求意见：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="294"/>
        <source>批准人（负责人）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="290"/>
        <location filename="../../desktop/ui/lifecycle.py" line="295"/>
        <source>告知申请人日期：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="288"/>
        <source>批准人（审核人）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="289"/>
        <source>批准人密码（本人批准可不填）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="291"/>
        <location filename="../../desktop/ui/lifecycle.py" line="296"/>
        <source>延长：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="301"/>
        <source>另行确定的期限：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="302"/>
        <source>理由：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="309"/>
        <source> 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="313"/>
        <source>金额：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="329"/>
        <source>办理结果：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="341"/>
        <source>已核对日期，仍按此日期记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="367"/>
        <source>当面送达的，答复日期即申请人签收之日，送达日期应与答复日期（%1）相同。申请人于送达日期签收的，请先更正答复日期。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExplanationDialog</name>
    <message>
        <location filename="../../desktop/ui/explanation.py" line="152"/>
        <source>答复期限计算说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/explanation.py" line="156"/>
        <source>打印…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/explanation.py" line="157"/>
        <source>导出PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/explanation.py" line="158"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/explanation.py" line="195"/>
        <source>导出PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/explanation.py" line="195"/>
        <source>期限说明.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/explanation.py" line="195"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExplanationView</name>
    <message>
        <location filename="../../desktop/ui/explanation.py" line="50"/>
        <source>·临时</source>
        <extracomment>A working day not counted (consultation, fee period).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/explanation.py" line="52"/>
        <source>第%1日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/explanation.py" line="56"/>
        <source>不计入（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/explanation.py" line="61"/>
        <source>周</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/explanation.py" line="73"/>
        <location filename="../../desktop/ui/explanation.py" line="110"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/explanation.py" line="74"/>
        <location filename="../../desktop/ui/explanation.py" line="110"/>
        <source>星期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/explanation.py" line="75"/>
        <location filename="../../desktop/ui/explanation.py" line="110"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/explanation.py" line="76"/>
        <location filename="../../desktop/ui/explanation.py" line="110"/>
        <source>计数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/explanation.py" line="77"/>
        <location filename="../../desktop/ui/explanation.py" line="110"/>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="160"/>
        <source>导出报告</source>
        <extracomment>Formats each report offers (the statistics publications are PDF only). Emitted when a report has been generated (the ``GeneratedReport``). Emitted with a Chinese message when generation or publication fails. Emitted after a report was marked published (the confirmation text).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="172"/>
        <source>季度统计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="173"/>
        <source>自定义期间统计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="174"/>
        <source>年度报告表格（表三、表四）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="181"/>
        <source>第一季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="181"/>
        <source>第二季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="181"/>
        <source>第三季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="181"/>
        <source>第四季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="193"/>
        <source>生成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="194"/>
        <source>保存…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="195"/>
        <source>标记为已发布</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="196"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="208"/>
        <source>报告：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="209"/>
        <source>年度：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="210"/>
        <source>季度：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="211"/>
        <source>开始日期：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="212"/>
        <source>结束日期：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="213"/>
        <source>格式：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="286"/>
        <source>结束日期不能早于开始日期。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="304"/>
        <source>正在生成，请稍候……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="323"/>
        <source>已标记为已发布：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="327"/>
        <source>正在标记为已发布……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="336"/>
        <source>保存报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="338"/>
        <source>%1 文件 (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="350"/>
        <source>无法保存文件：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="352"/>
        <source>已保存：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="383"/>
        <source>已生成 %1 文件（%2 字节）。此格式不提供预览，请点击“保存…”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="387"/>
        <source>已生成：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="396"/>
        <source>出错：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="403"/>
        <source>参数已更改，请重新生成。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="79"/>
        <source>搜索编号、申请人、申请内容、证件号码、电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="81"/>
        <source>全部状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="82"/>
        <source>全部渠道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="83"/>
        <source>全部申请人类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="84"/>
        <source>全部部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="85"/>
        <source>全部分类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="86"/>
        <source>全部期限状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="87"/>
        <source>收到日期从</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="88"/>
        <source>至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="89"/>
        <source>清除筛选</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="169"/>
        <source>导入台账</source>
        <extracomment>The file was checked: the ``ImportResult`` of the dry run. The file was imported: the ``ImportResult``. Reading, checking or importing failed (a Chinese message).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="174"/>
        <source>请选择要导入的 Excel（.xlsx）或 CSV 文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="175"/>
        <source>选择文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="176"/>
        <source>保存空白模板…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="185"/>
        <source>保存问题清单…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="189"/>
        <source>导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="190"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="212"/>
        <source>预览（前20行；绿色为已识别的列，灰色列将被忽略）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="272"/>
        <source>无法读取文件：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="280"/>
        <source>选择台账文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="280"/>
        <source>台账文件 (*.xlsx *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="289"/>
        <source>正在检查…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="313"/>
        <source>提示：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="317"/>
        <source>共 %1 行，发现 %2 个问题。请在文件中改正后重新选择；有问题时不会导入任何申请。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="324"/>
        <source>共 %1 行，检查通过，可以导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="333"/>
        <source>正在导入…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="355"/>
        <source>已导入 %1 件申请。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="364"/>
        <source>保存问题清单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="364"/>
        <source>导入问题清单.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="364"/>
        <source>CSV 文件 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../desktop/ui/documents.py" line="116"/>
        <source>出具文书：</source>
        <extracomment>The document each 办理 action is offered after it is recorded.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="122"/>
        <source>出具（分配编号）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="128"/>
        <source>成文日期：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="130"/>
        <source>答复书样式：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="145"/>
        <source>编号在出具时分配；出具后不能修改，只能作废后重新出具。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="153"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterTemplatesDialog</name>
    <message>
        <location filename="../../desktop/ui/letter_templates.py" line="44"/>
        <source>文书模板</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_templates.py" line="47"/>
        <source>模板</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_templates.py" line="47"/>
        <source>使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_templates.py" line="57"/>
        <source>导出…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_templates.py" line="58"/>
        <source>载入修改后的模板…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_templates.py" line="59"/>
        <source>恢复默认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_templates.py" line="71"/>
        <source>导出模板后可用 Word 或 WPS 修改文字和格式，再载入本机关使用；“{{ 字段 }}”处由系统填写，只能使用右侧列出的字段。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_templates.py" line="85"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_templates.py" line="107"/>
        <source>默认模板</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_templates.py" line="115"/>
        <source>本机关模板（%1 %2 载入）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_templates.py" line="138"/>
        <source>导出文书模板</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_templates.py" line="138"/>
        <location filename="../../desktop/ui/letter_templates.py" line="144"/>
        <source>Word 文档 (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_templates.py" line="144"/>
        <source>载入文书模板</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_templates.py" line="160"/>
        <source>无法写入文件：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_templates.py" line="174"/>
        <source>无法读取文件：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LifecyclePanel</name>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="520"/>
        <source>期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="522"/>
        <source>办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="526"/>
        <source>更正…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="527"/>
        <source>作废…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="528"/>
        <source>期限说明…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="546"/>
        <source>办理记录：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="553"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="553"/>
        <source>事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="553"/>
        <source>详情</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="553"/>
        <source>登记人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="553"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="586"/>
        <source>状态：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="597"/>
        <source> 临时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="611"/>
        <source>（临时）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="613"/>
        <source>适用规则：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="619"/>
        <source>当前答复期限：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="620"/>
        <source>法定答复期限：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="623"/>
        <source>延长后期限：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="623"/>
        <source>（未延期）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="626"/>
        <source>另行确定期限：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="631"/>
        <source>；%1 发出，补正告知逾期（期限不中止、不重新计算）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="634"/>
        <source>补正通知期限：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="638"/>
        <source>补正期限（申请人）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="642"/>
        <source>，%1 已答复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="644"/>
        <source>，尚未答复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="646"/>
        <source>%1 发出，答复期限 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="649"/>
        <source>征求意见：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="652"/>
        <source>缴费期限：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="674"/>
        <source>没有可办理的事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="682"/>
        <source>已作废：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="684"/>
        <source>更正后</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="689"/>
        <source>（补正告知逾期）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="775"/>
        <source>出具《%1》…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="38"/>
        <source>登录 — 政府信息公开申请办理台账</source>
        <extracomment>``login(name, password)``: the acting user, or ``UserError``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="44"/>
        <source>请输入用户名和密码。连续输错 5 次将锁定 15 分钟。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="47"/>
        <source>用户名：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="48"/>
        <source>密码：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="51"/>
        <source>登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="53"/>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="54"/>
        <location filename="../../desktop/ui/main_window.py" line="63"/>
        <location filename="../../desktop/ui/main_window.py" line="401"/>
        <location filename="../../desktop/ui/main_window.py" line="413"/>
        <source>文件</source>
        <extracomment>Milliseconds of typing pause before the free-text filter re-queries. Menu mnemonics (Alt+letter), by menu title; other menus get none.
----------
The menus that always exist, in menu-bar order.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="55"/>
        <location filename="../../desktop/ui/main_window.py" line="64"/>
        <location filename="../../desktop/ui/main_window.py" line="398"/>
        <location filename="../../desktop/ui/main_window.py" line="411"/>
        <location filename="../../desktop/ui/main_window.py" line="412"/>
        <source>办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="56"/>
        <location filename="../../desktop/ui/main_window.py" line="65"/>
        <source>统计发布</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="57"/>
        <location filename="../../desktop/ui/main_window.py" line="66"/>
        <location filename="../../desktop/ui/main_window.py" line="399"/>
        <source>工具</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="58"/>
        <location filename="../../desktop/ui/main_window.py" line="67"/>
        <location filename="../../desktop/ui/main_window.py" line="400"/>
        <source>帮助</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="341"/>
        <source>政府信息公开申请办理台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="346"/>
        <source>台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="351"/>
        <source>当前用户：%1（%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="388"/>
        <source>新建申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="391"/>
        <source>设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="393"/>
        <location filename="../../desktop/ui/main_window.py" line="584"/>
        <source>关于</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="395"/>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="402"/>
        <source>查找</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="405"/>
        <source>刷新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="408"/>
        <source>打印…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="414"/>
        <source>工具栏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="495"/>
        <source>请先在台账中选择一件申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="534"/>
        <source>共 %n 件申请</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="569"/>
        <source>已登记，申请编号：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="571"/>
        <source>登记成功</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="586"/>
        <source>政府信息公开申请办理台账 DisclosureDesk

依据《中华人民共和国政府信息公开条例》登记、办理、统计依申请公开事项。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MovedDeadlinesDialog</name>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="391"/>
        <source>期限变化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="394"/>
        <source>没有办理中的申请的答复期限因此变化。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="396"/>
        <source>以下 %1 件办理中的申请答复期限已变化：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="400"/>
        <source>确定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="407"/>
        <source>申请编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="407"/>
        <source>原期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="407"/>
        <source>新期限</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NameListEditor</name>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="58"/>
        <source>添加</source>
        <extracomment>The serial number used in the pattern&apos;s live example.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="59"/>
        <source>重命名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="60"/>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="61"/>
        <source>上移</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="62"/>
        <source>下移</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="88"/>
        <source>新项目</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewApplicationDialog</name>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="451"/>
        <source>新建申请</source>
        <extracomment>Milliseconds of typing pause before the repeat-applicant lookup.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="458"/>
        <source>申请编号在登记时自动分配。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="462"/>
        <source>登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="464"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="487"/>
        <source>新建申请尚未登记。要登记、放弃已填写的内容，还是继续填写？</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeImportDialog</name>
    <message>
        <location filename="../../desktop/ui/notice_import.py" line="44"/>
        <source>导入国务院办公厅放假通知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_import.py" line="47"/>
        <source> 年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_import.py" line="51"/>
        <source>将《国务院办公厅关于X年部分节假日安排的通知》全文粘贴在这里，然后点“识别”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_import.py" line="54"/>
        <source>识别(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_import.py" line="61"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_import.py" line="63"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_import.py" line="74"/>
        <source>通知所安排的年份：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_import.py" line="104"/>
        <source>无法识别：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_import.py" line="110"/>
        <source>识别出 %1 个节日：放假 %2 天，调休上班 %3 天。请核对右侧日历后保存。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeCombo</name>
    <message>
        <location filename="../../desktop/ui/outcome_choice.py" line="79"/>
        <source>输入文字查找，例如：国家秘密</source>
        <extracomment>The row&apos;s own label (``1.属于国家秘密``), shown indented in the open list.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../desktop/ui/pdf_preview.py" line="29"/>
        <source>尚未生成报告。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="139"/>
        <source>已识别的列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="139"/>
        <source>未识别的列，导入时忽略</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="69"/>
        <source>行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="69"/>
        <source>列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="69"/>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="69"/>
        <source>问题</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublicationsDialog</name>
    <message>
        <location filename="../../desktop/ui/publications.py" line="75"/>
        <source>已发布报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/publications.py" line="79"/>
        <source>报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/publications.py" line="80"/>
        <source>期间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/publications.py" line="81"/>
        <source>发布时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/publications.py" line="82"/>
        <source>发布人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/publications.py" line="83"/>
        <source>核对结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/publications.py" line="88"/>
        <source>项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/publications.py" line="88"/>
        <source>列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/publications.py" line="88"/>
        <source>发布值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/publications.py" line="88"/>
        <source>当前值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/publications.py" line="98"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/publications.py" line="119"/>
        <source>数据已变化（%1 项）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/publications.py" line="121"/>
        <source>与发布时一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/publications.py" line="135"/>
        <source>尚未发布任何报告。在“统计发布”中生成报告后可标记为已发布。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/publications.py" line="139"/>
        <source>有 %1 期已发布报告的数据与当前台账不一致，选中一行查看差异。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/publications.py" line="144"/>
        <source>所有已发布报告的数据与当前台账一致。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../desktop/ui/register_model.py" line="56"/>
        <source>申请编号</source>
        <extracomment>(header, sort key, raw value) per column, in display order.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/register_model.py" line="57"/>
        <source>收到日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/register_model.py" line="58"/>
        <source>申请渠道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/register_model.py" line="60"/>
        <source>申请人类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/register_model.py" line="65"/>
        <source>申请人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/register_model.py" line="69"/>
        <source>申请内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/register_model.py" line="70"/>
        <source>内容分类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/register_model.py" line="71"/>
        <source>承办部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/register_model.py" line="72"/>
        <source>办理状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/register_model.py" line="73"/>
        <source>答复期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/register_model.py" line="75"/>
        <source>剩余/逾期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/register_model.py" line="85"/>
        <source>答复日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/register_model.py" line="79"/>
        <source>期限状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/register_model.py" line="81"/>
        <source>办理结果</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="267"/>
        <source>恢复默认列</source>
        <extracomment>QSettings key of the header state (order, widths, hidden columns, sort). Emitted with the application id for the row menu&apos;s 打开, 期限说明 and 打印登记表.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="295"/>
        <source>打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="296"/>
        <source>期限说明…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="297"/>
        <source>复制编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="298"/>
        <source>打印登记表…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../desktop/ui/documents.py" line="279"/>
        <source>登记送达：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="284"/>
        <source>交邮或发送日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="285"/>
        <source>送达（签收）日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="291"/>
        <source>答复的法定日期：当面送达以签收之日为准；邮寄以交邮之日为准；电子方式以发送之日为准。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="298"/>
        <source>送达方式：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="299"/>
        <source>邮件单号：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="305"/>
        <source>登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="306"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="184"/>
        <source>设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="197"/>
        <source>机关与提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="198"/>
        <source>文书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="217"/>
        <source>文书模板…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="228"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="229"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="264"/>
        <source>示例：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="303"/>
        <source>内容分类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="304"/>
        <source>承办部门</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="30"/>
        <source>例如：某某区应急管理局</source>
        <extracomment>Examples shown in the empty fields.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="31"/>
        <source>例如：某某区人民政府</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="32"/>
        <source>例如：某某市应急管理局</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="33"/>
        <source>例如：某某区人民法院</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="43"/>
        <source>机关名称与文书署名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="47"/>
        <source>这些名称会印在告知书、统计表和年度报告上。请填写本机关的实际名称；复议机关、上级主管部门和管辖法院用于告知书的救济途径，可以稍后在此补填。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="68"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="69"/>
        <source>稍后</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="85"/>
        <source>请填写本机关的实际名称（不能使用示例名称）。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../desktop/ui/startup.py" line="19"/>
        <source>新建台账数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/startup.py" line="20"/>
        <source>数据库文件不存在，是否新建一个空台账？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/startup.py" line="25"/>
        <source>新建</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/startup.py" line="27"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../desktop/ui/users_dialog.py" line="37"/>
        <source>用户管理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users_dialog.py" line="41"/>
        <source>用户名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users_dialog.py" line="41"/>
        <source>角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users_dialog.py" line="41"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users_dialog.py" line="41"/>
        <source>密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users_dialog.py" line="54"/>
        <source>至少 8 个字符；可留空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users_dialog.py" line="56"/>
        <source>新增用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users_dialog.py" line="57"/>
        <source>停用所选用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users_dialog.py" line="58"/>
        <source>为所选用户设置上面的密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users_dialog.py" line="67"/>
        <source>用户名：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users_dialog.py" line="68"/>
        <source>角色：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users_dialog.py" line="69"/>
        <source>密码：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users_dialog.py" line="76"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users_dialog.py" line="92"/>
        <source>启用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users_dialog.py" line="92"/>
        <source>停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users_dialog.py" line="93"/>
        <source>已设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users_dialog.py" line="93"/>
        <source>未设置</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="439"/>
        <source>作废事件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="440"/>
        <source>作废“%1”（%2）？事件不会被删除，会标记为已作废。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="447"/>
        <source>作废</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="448"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="452"/>
        <source>作废原因：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearScheduleDialog</name>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="238"/>
        <source>编辑%1年节假日安排</source>
        <extracomment>Saves the input; returns an error message to show, or &quot;&quot; when saved.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="240"/>
        <source>如：国办发明电〔2025〕7号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="258"/>
        <source>开始日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="258"/>
        <source>结束日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="258"/>
        <source>节日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="268"/>
        <source>通知文号：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="269"/>
        <source>放假时段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="274"/>
        <source>添加时段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="275"/>
        <source>删除所选时段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="276"/>
        <source>按法定节假日预填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="279"/>
        <source>调休上班日（周六、周日）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="286"/>
        <source>添加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="287"/>
        <source>删除所选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="297"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="298"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearView</name>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="60"/>
        <source>一</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="61"/>
        <source>二</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="62"/>
        <source>三</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="63"/>
        <source>四</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="64"/>
        <source>五</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="65"/>
        <source>六</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="66"/>
        <source>日</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/calendar_view.py" line="149"/>
        <source>%n月</source>
        <extracomment>Fill, text colour, hatched? for each kind of marked day.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>letters</name>
    <message>
        <location filename="../../desktop/ui/documents.py" line="543"/>
        <source>按送达记录更正答复日期</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="204"/>
        <source>放假</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="205"/>
        <source>调休上班</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="206"/>
        <source>法定节假日（临时推定，未载入通知）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="207"/>
        <source>周末</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="6"/>
        <source>当面</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="7"/>
        <source>信函</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="8"/>
        <source>网络</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="9"/>
        <source>电子邮件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="10"/>
        <source>传真</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="11"/>
        <source>其他</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="12"/>
        <source>自然人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="13"/>
        <source>商业企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="14"/>
        <source>科研机构</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="15"/>
        <source>社会公益组织</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="16"/>
        <source>法律服务机构</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="17"/>
        <source>（一）予以公开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="18"/>
        <source>（二）部分公开（区分处理的，只计这一情形，不计其他情形）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="19"/>
        <source>（三）不予公开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="20"/>
        <source>（四）无法提供</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="21"/>
        <source>（五）不予处理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="22"/>
        <source>（六）其他处理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="23"/>
        <source>予以公开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="24"/>
        <source>部分公开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="25"/>
        <source>属于国家秘密</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="26"/>
        <source>其他法律行政法规禁止公开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="27"/>
        <source>危及“三安全一稳定”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="28"/>
        <source>保护第三方合法权益</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="29"/>
        <source>属于三类内部事务信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="30"/>
        <source>属于四类过程性信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="31"/>
        <source>属于行政执法案卷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="32"/>
        <source>属于行政查询事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="33"/>
        <source>本机关不掌握相关政府信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="34"/>
        <source>没有现成信息需要另行制作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="35"/>
        <source>补正后申请内容仍不明确</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="36"/>
        <source>信访举报投诉类申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="37"/>
        <source>重复申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="38"/>
        <source>要求提供公开出版物</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="39"/>
        <source>无正当理由大量反复申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="40"/>
        <source>要求行政机关确认或重新出具已获取信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="41"/>
        <source>申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="42"/>
        <source>申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="43"/>
        <source>收到申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="44"/>
        <source>发出补正通知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="45"/>
        <source>收到补正材料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="46"/>
        <source>视为放弃</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="47"/>
        <source>发出征求意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="48"/>
        <source>收到征求意见答复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="49"/>
        <source>延期答复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="50"/>
        <source>另行确定答复期限（第三十五条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="51"/>
        <source>发出收费通知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="52"/>
        <source>缴纳费用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="53"/>
        <source>逾期未缴费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="54"/>
        <source>答复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="55"/>
        <source>送达</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="56"/>
        <source>申请人撤回</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="57"/>
        <source>归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="58"/>
        <source>第三方</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="59"/>
        <source>其他机关</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="60"/>
        <source>当面送达</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="61"/>
        <source>邮寄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="62"/>
        <source>电子方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="63"/>
        <source>纸质文本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="64"/>
        <source>电子数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="65"/>
        <source>行政复议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="66"/>
        <source>行政诉讼（未经复议直接起诉）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="67"/>
        <source>行政诉讼（复议后起诉）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="68"/>
        <source>结果维持</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="69"/>
        <source>结果纠正</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="70"/>
        <source>其他结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="71"/>
        <source>尚未审结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="72"/>
        <source>办理中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="73"/>
        <source>待补正</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="74"/>
        <source>征求意见中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="75"/>
        <source>待缴费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="76"/>
        <source>已答复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="77"/>
        <source>已撤回</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="78"/>
        <source>正常</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="79"/>
        <source>即将到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="80"/>
        <source>今日到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="81"/>
        <source>逾期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="82"/>
        <source>按时办结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="83"/>
        <source>逾期办结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="84"/>
        <source>已办结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="85"/>
        <source>补正通知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="86"/>
        <source>征求意见答复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="87"/>
        <source>工作日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="88"/>
        <source>休息日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="89"/>
        <source>节假日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="90"/>
        <source>调休上班</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="91"/>
        <source>法定节假日（临时推定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="92"/>
        <source>政府信息公开申请登记回执</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="93"/>
        <source>补正申请告知书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="94"/>
        <source>延期答复告知书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="95"/>
        <source>征求意见书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="96"/>
        <source>收费通知书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="97"/>
        <source>政府信息公开申请答复书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="98"/>
        <source>送达回证</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="99"/>
        <source>有效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="100"/>
        <source>作废</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="101"/>
        <source>挂号信</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="102"/>
        <source>EMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="103"/>
        <source>平信</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="104"/>
        <source>在线平台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="105"/>
        <source>申请书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="106"/>
        <source>身份证明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="107"/>
        <source>信封</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="108"/>
        <source>邮寄凭证</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="109"/>
        <source>送达回证（签收）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="110"/>
        <source>提供的信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="111"/>
        <source>1.属于国家秘密</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="112"/>
        <source>2.其他法律行政法规禁止公开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="113"/>
        <source>3.危及“三安全一稳定”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="114"/>
        <source>4.保护第三方合法权益</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="115"/>
        <source>5.属于三类内部事务信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="116"/>
        <source>6.属于四类过程性信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="117"/>
        <source>7.属于行政执法案卷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="118"/>
        <source>8.属于行政查询事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="119"/>
        <source>1.本机关不掌握相关政府信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="120"/>
        <source>2.没有现成信息需要另行制作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="121"/>
        <source>3.补正后申请内容仍不明确</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="122"/>
        <source>1.信访举报投诉类申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="123"/>
        <source>2.重复申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="124"/>
        <source>3.要求提供公开出版物</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="125"/>
        <source>4.无正当理由大量反复申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="126"/>
        <source>5.要求行政机关确认或重新出具已获取信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="127"/>
        <source>1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="128"/>
        <source>2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="129"/>
        <source>3.其他</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="130"/>
        <source>当面提交的，以提交之日为收到申请之日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="131"/>
        <source>挂号/EMS以签收之日为准；平信以与申请人确认之日为准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="132"/>
        <source>以双方确认之日为收到申请之日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="133"/>
        <source>以电子邮件系统收到之日为收到申请之日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="134"/>
        <source>以收到传真并双方确认之日为收到申请之日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="135"/>
        <source>剩余 %1 个工作日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="136"/>
        <source>逾期 %1 个工作日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="137"/>
        <source>暂停计时（待补正）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="138"/>
        <source>（已过）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
