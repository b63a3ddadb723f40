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
        <location filename="../../desktop/ui/alerts.py" line="294"/>
        <source>政府信息公开申请期限提醒</source>
        <extracomment>Emitted with the AlertSummary of every check that found something. The user asked (from the summary) to see the list on the dashboard.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts.py" line="299"/>
        <source>期限提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts.py" line="300"/>
        <source>已逾期 {0} 项，今日到期 {1} 项，{2} 个工作日内到期 {3} 项。点击查看。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertSummaryDialog</name>
    <message>
        <location filename="../../desktop/ui/alerts.py" line="72"/>
        <source>期限提醒</source>
        <extracomment>Working days searched for the next check (covers the longest holiday). The user wants the full list on the dashboard.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts.py" line="86"/>
        <source>查看列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts.py" line="87"/>
        <source>导出PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts.py" line="88"/>
        <source>打印…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts.py" line="90"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts.py" line="107"/>
        <source>截至 {0}：已逾期 {1} 项，今日到期 {2} 项，{3} 个工作日内到期 {4} 项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts.py" line="112"/>
        <source>{0} {1} 项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts.py" line="118"/>
        <source>双击一行打开该申请。本清单含申请人信息，仅供内部使用。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts.py" line="135"/>
        <source>期限提醒清单-{0}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts.py" line="137"/>
        <source>导出PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts.py" line="137"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts.py" line="149"/>
        <source>导出失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts.py" line="149"/>
        <source>无法保存文件：{0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/ui/app_setup.py" line="17"/>
        <source>政府信息公开申请办理台账</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppealForm</name>
    <message>
        <location filename="../../desktop/ui/appeal_dialog.py" line="53"/>
        <source>已审结</source>
        <extracomment>Row data role holding the appeal id.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appeal_dialog.py" line="57"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appeal_dialog.py" line="58"/>
        <source>提起日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appeal_dialog.py" line="60"/>
        <source>结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appeal_dialog.py" line="61"/>
        <source>审结日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appeal_dialog.py" line="63"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppealPanel</name>
    <message>
        <location filename="../../desktop/ui/appeal_dialog.py" line="111"/>
        <source>新增</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appeal_dialog.py" line="112"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appeal_dialog.py" line="123"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appeal_dialog.py" line="123"/>
        <source>提起日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appeal_dialog.py" line="123"/>
        <source>结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appeal_dialog.py" line="123"/>
        <source>审结日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appeal_dialog.py" line="124"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appeal_dialog.py" line="182"/>
        <source>编辑复议/诉讼记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appeal_dialog.py" line="190"/>
        <source>新增复议/诉讼记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appeal_dialog.py" line="215"/>
        <source>记录不存在，请刷新</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicantTypeCombo</name>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="69"/>
        <source>法人或其他组织：%1</source>
        <extracomment>Heights (in text lines) of the multi-line fields.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationDetailDialog</name>
    <message>
        <location filename="../../desktop/ui/application_detail.py" line="85"/>
        <source>放弃修改并重新载入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_detail.py" line="86"/>
        <source>保存修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_detail.py" line="113"/>
        <source>登记信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_detail.py" line="118"/>
        <source>办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_detail.py" line="128"/>
        <source>复议诉讼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_detail.py" line="131"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_detail.py" line="161"/>
        <source>该申请已不存在。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_detail.py" line="164"/>
        <source>申请详情 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_detail.py" line="186"/>
        <source>保存失败：该申请已被他人修改。您的修改仍保留在表单中，可以记下后重新载入。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationForm</name>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="107"/>
        <source>挂号信（含EMS）</source>
        <extracomment>Emitted whenever the user changes any field.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="108"/>
        <source>平信</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="109"/>
        <source>与收到日期不同</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="120"/>
        <source>收到日期与到达日期不同的理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="133"/>
        <location filename="../../desktop/ui/application_form.py" line="134"/>
        <source>未指定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="159"/>
        <source>申请信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="161"/>
        <source>申请渠道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="162"/>
        <source>信件种类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="163"/>
        <source>到达日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="164"/>
        <source>收到日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="165"/>
        <source>日期说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="173"/>
        <source>申请内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="174"/>
        <source>内容分类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="175"/>
        <source>承办部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="179"/>
        <source>申请人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="181"/>
        <source>申请人类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="182"/>
        <source>姓名/名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="184"/>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="185"/>
        <source>通信地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="186"/>
        <source>电子邮箱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="187"/>
        <source>获取信息的形式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="188"/>
        <source>获取信息的方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="189"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="228"/>
        <source>当面、电子邮件和挂号信以到达之日为收到之日，日期不同须说明理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="237"/>
        <source>统一社会信用代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="237"/>
        <source>身份证号码</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarWindow</name>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="442"/>
        <source>节假日日历</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="445"/>
        <source> 年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="468"/>
        <source>年份：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="474"/>
        <source>编辑本年安排…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="476"/>
        <source>从文件导入…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="478"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="504"/>
        <source>来源：内置数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="505"/>
        <source>来源：手工录入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="506"/>
        <source>来源：未载入（临时推定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="509"/>
        <source>（未记录）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="510"/>
        <source>通知文号：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="544"/>
        <source>文件未导入：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="547"/>
        <source>无法读取文件：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="555"/>
        <source>导入节假日安排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="555"/>
        <source>CSV 文件 (*.csv);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="101"/>
        <source>申请编号</source>
        <extracomment>QSettings key: the department this workstation is fixed to (absent: all). (header, display text, raw value for sorting)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="103"/>
        <source>申请人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="108"/>
        <source>申请人类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="112"/>
        <source>承办部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="114"/>
        <source>到期事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="118"/>
        <source>期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="120"/>
        <source>剩余工作日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="124"/>
        <source>办理状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="126"/>
        <source>收到日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="131"/>
        <source>办结日期</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="138"/>
        <source>一</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="139"/>
        <source>二</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="140"/>
        <source>三</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="141"/>
        <source>四</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="337"/>
        <source>本工作站只看此部门</source>
        <extracomment>The tiles: list key, accent colour. Captions are set on refresh (they name the period). This workstation&apos;s own choices (a department supervisor&apos;s scope).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="340"/>
        <source>部门负责人的工作站：固定显示本部门，重启后仍然有效；分管领导不勾选，查看全部。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="375"/>
        <source>承办部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="379"/>
        <source>统计期间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="417"/>
        <source>全部部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="432"/>
        <source>{0}年第{1}季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="549"/>
        <source>{0}：{1} 件（按剩余工作日排序，逾期最久的在前；双击打开申请）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="565"/>
        <source>办理中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="566"/>
        <source>今日到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="567"/>
        <source>{0}个工作日内到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="568"/>
        <source>已逾期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="569"/>
        <source>补正通知待发（7个工作日内）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="570"/>
        <source>征求意见待答复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="571"/>
        <source>待缴费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="572"/>
        <location filename="../../desktop/ui/dashboard.py" line="575"/>
        <source>{0}
新收</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="573"/>
        <location filename="../../desktop/ui/dashboard.py" line="576"/>
        <source>{0}
办结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="574"/>
        <location filename="../../desktop/ui/dashboard.py" line="577"/>
        <source>{0}
按时办结率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="578"/>
        <source>{0}
补正告知逾期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="600"/>
        <source>按时答复 {0} 件 / 以答复办结 {1} 件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="608"/>
        <source>{0}月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="618"/>
        <source>{0}每月收到申请（按渠道）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="621"/>
        <source>本年度尚无申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="625"/>
        <source>按时办结率（按季度）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="627"/>
        <source>{0}年
{1}季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="632"/>
        <source>按时办结率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="642"/>
        <source>办理中申请（按剩余工作日）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="645"/>
        <source>件数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="648"/>
        <source>没有办理中的申请</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineCalculatorDialog</name>
    <message>
        <location filename="../../desktop/ui/deadline_tools.py" line="46"/>
        <source>期限计算器</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/deadline_tools.py" line="48"/>
        <source>收到补正材料：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/deadline_tools.py" line="50"/>
        <source>发出征求意见：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/deadline_tools.py" line="52"/>
        <source>收到征求意见答复：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/deadline_tools.py" line="54"/>
        <source>已批准延期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/deadline_tools.py" line="78"/>
        <source>收到申请日期：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/deadline_tools.py" line="84"/>
        <source>答复期限：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/deadline_tools.py" line="85"/>
        <source>延长后期限：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/deadline_tools.py" line="86"/>
        <source>补正通知期限：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/deadline_tools.py" line="88"/>
        <source>条件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/deadline_tools.py" line="90"/>
        <source>结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/deadline_tools.py" line="94"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/deadline_tools.py" line="113"/>
        <source>收到补正材料的日期不能早于收到申请日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/deadline_tools.py" line="118"/>
        <source>征求意见的日期不能早于收到申请日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/deadline_tools.py" line="123"/>
        <source>收到答复的日期不能早于发出征求意见的日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/deadline_tools.py" line="156"/>
        <source>（临时）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailHeader</name>
    <message>
        <location filename="../../desktop/ui/application_detail.py" line="51"/>
        <source>（临时）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_detail.py" line="52"/>
        <source>答复期限：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_detail.py" line="54"/>
        <source>剩余 %1 个工作日</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="112"/>
        <source>更正：</source>
        <extracomment>Records the input; returns the message to show, or &quot;&quot; when it was recorded.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="133"/>
        <source>日期：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="143"/>
        <source>备注：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="145"/>
        <source>更正原因：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="149"/>
        <source>确定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="150"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="290"/>
        <location filename="../../desktop/ui/lifecycle.py" line="294"/>
        <source>送达方式：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="221"/>
        <source>补正期限：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="138"/>
        <source>当面送达的，答复日期为申请人签收之日；邮寄的，为交邮之日。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="221"/>
        <location filename="../../desktop/ui/lifecycle.py" line="258"/>
        <source> 个工作日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="231"/>
        <source>已超过补正通知期限（%1）：将记为补正告知逾期，答复期限不中止、不重新计算。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="238"/>
        <source>征求意见对象：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="239"/>
        <source>名称：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="252"/>
        <source>答复的征求意见：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="256"/>
        <source>批准人（负责人）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="257"/>
        <source>告知申请人日期：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="258"/>
        <source>延长：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="263"/>
        <source>另行确定的期限：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="264"/>
        <source>理由：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="271"/>
        <source> 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="275"/>
        <source>金额：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="289"/>
        <source>办理结果：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="301"/>
        <source>已核对日期，仍按此日期记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="327"/>
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
        <location filename="../../desktop/ui/export_dialog.py" line="209"/>
        <source>导出报告</source>
        <extracomment>Formats each report offers (the statistics publications are PDF only). Emitted when a report has been generated (the ``GeneratedReport``). Emitted with a Chinese message when generation or publication fails. Emitted after a report was marked published (the confirmation text).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="221"/>
        <source>季度统计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="222"/>
        <source>自定义期间统计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="223"/>
        <source>年度报告表格（表三、表四）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="230"/>
        <source>第一季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="230"/>
        <source>第二季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="230"/>
        <source>第三季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="230"/>
        <source>第四季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="242"/>
        <source>生成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="243"/>
        <source>保存…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="244"/>
        <source>标记为已发布</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="245"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="259"/>
        <source>报告：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="260"/>
        <source>年度：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="261"/>
        <source>季度：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="262"/>
        <source>开始日期：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="263"/>
        <source>结束日期：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="264"/>
        <source>格式：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="337"/>
        <source>结束日期不能早于开始日期。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="350"/>
        <source>正在生成，请稍候……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="358"/>
        <source>正在标记为已发布……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="367"/>
        <source>保存报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="369"/>
        <source>%1 文件 (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="381"/>
        <source>无法保存文件：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="383"/>
        <source>已保存：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="426"/>
        <source>已生成 %1 文件（%2 字节）。此格式不提供预览，请点击“保存…”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="430"/>
        <source>已生成：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="439"/>
        <source>出错：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="446"/>
        <source>参数已更改，请重新生成。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="67"/>
        <source>搜索编号、申请人、申请内容、证件号码、电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="69"/>
        <source>全部状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="70"/>
        <source>全部渠道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="71"/>
        <source>全部申请人类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="72"/>
        <source>全部部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="73"/>
        <source>全部分类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="74"/>
        <source>全部期限状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="75"/>
        <source>收到日期从</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="76"/>
        <source>至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="77"/>
        <source>清除筛选</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="202"/>
        <source>导入台账</source>
        <extracomment>The file was checked: the ``ImportResult`` of the dry run. The file was imported: the ``ImportResult``. Reading, checking or importing failed (a Chinese message).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="207"/>
        <source>请选择要导入的 Excel（.xlsx）或 CSV 文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="208"/>
        <source>选择文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="209"/>
        <source>保存空白模板…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="218"/>
        <source>保存问题清单…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="222"/>
        <source>导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="223"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="245"/>
        <source>预览（前20行；绿色为已识别的列，灰色列将被忽略）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="310"/>
        <source>无法读取文件：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="318"/>
        <source>选择台账文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="318"/>
        <source>台账文件 (*.xlsx *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="327"/>
        <source>正在检查…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="350"/>
        <source>提示：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="354"/>
        <source>共 %1 行，发现 %2 个问题。请在文件中改正后重新选择；有问题时不会导入任何申请。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="361"/>
        <source>共 %1 行，检查通过，可以导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="375"/>
        <source>正在导入…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="383"/>
        <source>已导入 %1 件申请。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="393"/>
        <source>保存问题清单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="393"/>
        <source>导入问题清单.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="393"/>
        <source>CSV 文件 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LifecyclePanel</name>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="480"/>
        <source>期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="482"/>
        <source>办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="486"/>
        <source>更正…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="487"/>
        <source>作废…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="488"/>
        <source>期限说明…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="501"/>
        <source>办理记录：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="508"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="508"/>
        <source>事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="508"/>
        <source>详情</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="508"/>
        <source>登记人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="508"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="539"/>
        <source>状态：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="545"/>
        <source>（剩余 %1 个工作日）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="547"/>
        <source>（已逾期 %1 个工作日）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="550"/>
        <source> 临时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="558"/>
        <source>（临时）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="560"/>
        <source>适用规则：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="564"/>
        <source>暂停计算（等待补正）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="566"/>
        <source>当前答复期限：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="567"/>
        <source>法定答复期限：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="570"/>
        <source>延长后期限：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="570"/>
        <source>（未延期）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="573"/>
        <source>另行确定期限：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="576"/>
        <source>；%1 发出，补正告知逾期（期限不中止、不重新计算）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="579"/>
        <source>补正通知期限：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="582"/>
        <source>，%1 已答复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="584"/>
        <source>，尚未答复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="586"/>
        <source>%1 发出，答复期限 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="588"/>
        <source>征求意见：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="591"/>
        <source>缴费期限：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="613"/>
        <source>没有可办理的事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="621"/>
        <source>已作废：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="623"/>
        <source>更正后</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="628"/>
        <source>（补正告知逾期）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="51"/>
        <location filename="../../desktop/ui/main_window.py" line="282"/>
        <source>文件</source>
        <extracomment>Milliseconds of typing pause before the free-text filter re-queries. The menus that always exist, in menu-bar order.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="52"/>
        <location filename="../../desktop/ui/main_window.py" line="279"/>
        <source>办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="53"/>
        <source>统计发布</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="54"/>
        <location filename="../../desktop/ui/main_window.py" line="280"/>
        <source>工具</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="55"/>
        <location filename="../../desktop/ui/main_window.py" line="281"/>
        <source>帮助</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="233"/>
        <source>政府信息公开申请办理台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="238"/>
        <source>台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="269"/>
        <source>新建申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="272"/>
        <source>设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="274"/>
        <location filename="../../desktop/ui/main_window.py" line="380"/>
        <source>关于</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="276"/>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="283"/>
        <source>工具栏</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="330"/>
        <source>共 %n 件申请</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="364"/>
        <source>已登记，申请编号：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="366"/>
        <source>登记成功</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="382"/>
        <source>政府信息公开申请办理台账 DisclosureDesk

依据《中华人民共和国政府信息公开条例》登记、办理、统计依申请公开事项。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MovedDeadlinesDialog</name>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="389"/>
        <source>期限变化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="392"/>
        <source>没有办理中的申请的答复期限因此变化。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="394"/>
        <source>以下 %1 件办理中的申请答复期限已变化：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="398"/>
        <source>确定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="405"/>
        <source>申请编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="405"/>
        <source>原期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="405"/>
        <source>新期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="424"/>
        <source>（暂停计时）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NameListEditor</name>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="55"/>
        <source>添加</source>
        <extracomment>The serial number used in the pattern&apos;s live example.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="56"/>
        <source>重命名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="57"/>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="58"/>
        <source>上移</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="59"/>
        <source>下移</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="85"/>
        <source>新项目</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewApplicationDialog</name>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="350"/>
        <source>新建申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="357"/>
        <source>申请编号在登记时自动分配。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="361"/>
        <source>登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application_form.py" line="363"/>
        <source>取消</source>
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
        <location filename="../../desktop/ui/import_dialog.py" line="138"/>
        <source>已识别的列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="138"/>
        <source>未识别的列，导入时忽略</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="68"/>
        <source>行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="68"/>
        <source>列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="68"/>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="68"/>
        <source>问题</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublicationsDialog</name>
    <message>
        <location filename="../../desktop/ui/publications.py" line="76"/>
        <source>已发布报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/publications.py" line="80"/>
        <source>报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/publications.py" line="81"/>
        <source>期间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/publications.py" line="82"/>
        <source>发布时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/publications.py" line="83"/>
        <source>发布人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/publications.py" line="84"/>
        <source>核对结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/publications.py" line="89"/>
        <source>项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/publications.py" line="89"/>
        <source>列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/publications.py" line="89"/>
        <source>发布值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/publications.py" line="89"/>
        <source>当前值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/publications.py" line="99"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/publications.py" line="118"/>
        <source>数据已变化（%1 项）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/publications.py" line="120"/>
        <source>与发布时一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/publications.py" line="134"/>
        <source>尚未发布任何报告。在“统计发布”中生成报告后可标记为已发布。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/publications.py" line="138"/>
        <source>有 %1 期已发布报告的数据与当前台账不一致，选中一行查看差异。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/publications.py" line="143"/>
        <source>所有已发布报告的数据与当前台账一致。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../desktop/ui/register_model.py" line="55"/>
        <source>申请编号</source>
        <extracomment>(header, sort key, raw value) per column, in display order.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/register_model.py" line="56"/>
        <source>收到日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/register_model.py" line="57"/>
        <source>申请渠道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/register_model.py" line="59"/>
        <source>申请人类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/register_model.py" line="64"/>
        <source>申请人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/register_model.py" line="68"/>
        <source>申请内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/register_model.py" line="69"/>
        <source>内容分类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/register_model.py" line="70"/>
        <source>承办部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/register_model.py" line="71"/>
        <source>办理状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/register_model.py" line="72"/>
        <source>答复期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/register_model.py" line="74"/>
        <source>剩余工作日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/register_model.py" line="78"/>
        <source>期限状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/register_model.py" line="80"/>
        <source>办理结果</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="177"/>
        <source>设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="190"/>
        <source>机关与提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="216"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="217"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="246"/>
        <source>示例：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="281"/>
        <source>内容分类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="282"/>
        <source>承办部门</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="397"/>
        <source>作废事件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="398"/>
        <source>作废“%1”（%2）？事件不会被删除，会标记为已作废。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="405"/>
        <source>作废</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="406"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lifecycle.py" line="410"/>
        <source>作废原因：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearScheduleDialog</name>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="235"/>
        <source>编辑%1年节假日安排</source>
        <extracomment>Saves the input; returns an error message to show, or &quot;&quot; when saved.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="237"/>
        <source>如：国办发明电〔2025〕7号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="256"/>
        <source>开始日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="256"/>
        <source>结束日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="256"/>
        <source>节日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="266"/>
        <source>通知文号：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="267"/>
        <source>放假时段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="272"/>
        <source>添加时段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="273"/>
        <source>删除所选时段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="274"/>
        <source>按法定节假日预填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="277"/>
        <source>调休上班日（周六、周日）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="284"/>
        <source>添加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="285"/>
        <source>删除所选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="295"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="296"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearView</name>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="57"/>
        <source>一</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="58"/>
        <source>二</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="59"/>
        <source>三</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="60"/>
        <source>四</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="61"/>
        <source>五</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="62"/>
        <source>六</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="63"/>
        <source>日</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/calendar_view.py" line="146"/>
        <source>%n月</source>
        <extracomment>Fill, text colour, hatched? for each kind of marked day.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="201"/>
        <source>放假</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="202"/>
        <source>调休上班</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="203"/>
        <source>法定节假日（临时推定，未载入通知）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="204"/>
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
        <source>1.属于国家秘密</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="93"/>
        <source>2.其他法律行政法规禁止公开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="94"/>
        <source>3.危及“三安全一稳定”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="95"/>
        <source>4.保护第三方合法权益</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="96"/>
        <source>5.属于三类内部事务信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="97"/>
        <source>6.属于四类过程性信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="98"/>
        <source>7.属于行政执法案卷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="99"/>
        <source>8.属于行政查询事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="100"/>
        <source>1.本机关不掌握相关政府信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="101"/>
        <source>2.没有现成信息需要另行制作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="102"/>
        <source>3.补正后申请内容仍不明确</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="103"/>
        <source>1.信访举报投诉类申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="104"/>
        <source>2.重复申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="105"/>
        <source>3.要求提供公开出版物</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="106"/>
        <source>4.无正当理由大量反复申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="107"/>
        <source>5.要求行政机关确认或重新出具已获取信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="108"/>
        <source>1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="109"/>
        <source>2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="110"/>
        <source>3.其他</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="111"/>
        <source>当面提交的，以提交之日为收到申请之日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="112"/>
        <source>挂号/EMS以签收之日为准；平信以与申请人确认之日为准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="113"/>
        <source>以双方确认之日为收到申请之日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="114"/>
        <source>以电子邮件系统收到之日为收到申请之日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="115"/>
        <source>以收到传真并双方确认之日为收到申请之日</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
