<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AudioMeter</name>
    <message>
        <source>no audio</source>
        <translation>无音频</translation>
    </message>
</context>
<context>
    <name>BannerArea</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>BudgetBar</name>
    <message>
        <source>no tour open</source>
        <translation>未打开导览</translation>
    </message>
    <message>
        <source>planned {planned} · no slot set</source>
        <translation>计划 {planned} · 未设时段</translation>
    </message>
    <message>
        <source>planned {planned} of the {slot} slot · {state}</source>
        <translation>计划 {planned}，时段 {slot} · {state}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 另有 %n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CameraPane</name>
    <message>
        <source>CAMERA</source>
        <translation>摄像机</translation>
    </message>
    <message>
        <source>Source ▾</source>
        <translation>信号源 ▾</translation>
    </message>
    <message>
        <source>Choose the camera: a capture device, a network stream or a file</source>
        <translation>选择摄像机：采集设备、网络流或文件</translation>
    </message>
    <message>
        <source>rtsp://…, srt://…, udp://@:1234, http://…/live.m3u8 or a file, then Enter</source>
        <translation>rtsp://…、srt://…、udp://@:1234、http://…/live.m3u8 或文件，然后按回车</translation>
    </message>
    <message>
        <source>No camera chosen. Pick one with “Source ▾”, or start with --camera MRL.</source>
        <translation>尚未选择摄像机。请通过“信号源 ▾”选择，或以 --camera MRL 启动。</translation>
    </message>
    <message>
        <source>Cannot use this camera source: {reason}</source>
        <translation>无法使用此摄像机信号源：{reason}</translation>
    </message>
    <message>
        <source>No camera plugged in</source>
        <translation>未连接摄像机</translation>
    </message>
    <message>
        <source>Network stream or file…</source>
        <translation>网络流或文件…</translation>
    </message>
</context>
<context>
    <name>CameraPicture</name>
    <message>
        <source>Connecting to {source}…</source>
        <translation>正在连接 {source}…</translation>
    </message>
    <message>
        <source>picture {age} s old</source>
        <translation>画面延迟 {age} 秒</translation>
    </message>
    <message>
        <source>({duration} ago)</source>
        <translation>（{duration} 前）</translation>
    </message>
    <message>
        <source>no picture at {time}</source>
        <translation>{time} 无画面</translation>
    </message>
    <message>
        <source>last picture at {time}</source>
        <translation>最后画面 {time}</translation>
    </message>
    <message>
        <source>attempt {number}</source>
        <translation>第 {number} 次尝试</translation>
    </message>
    <message>
        <source>Signal lost — reconnecting</source>
        <translation>信号丢失 — 正在重连</translation>
    </message>
</context>
<context>
    <name>ClockBar</name>
    <message>
        <source>READY</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>REHEARSAL</source>
        <translation>彩排</translation>
    </message>
    <message>
        <source>ELAPSED</source>
        <translation>已用</translation>
    </message>
    <message>
        <source>REMAINING</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>THIS STOP</source>
        <translation>本站</translation>
    </message>
    <message>
        <source>PROJECTED END</source>
        <translation>预计结束</translation>
    </message>
    <message>
        <source>End show…</source>
        <translation>结束直播…</translation>
    </message>
    <message>
        <source>Ending takes two clicks; no key ends the show.</source>
        <translation>结束需点击两次；任何按键都不会结束直播。</translation>
    </message>
    <message>
        <source>Click again to END</source>
        <translation>再点一次结束</translation>
    </message>
    <message>
        <source>of {budget}</source>
        <translation>共 {budget}</translation>
    </message>
    <message>
        <source>{actual} of {planned}</source>
        <translation>{actual} / {planned}</translation>
    </message>
    <message>
        <source>OVER</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>准时</translation>
    </message>
    <message>
        <source>over</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>under</source>
        <translation>提前</translation>
    </message>
    <message>
        <source>ENDED AT</source>
        <translation>结束于</translation>
    </message>
    <message>
        <source>{delta} {word}</source>
        <translation>{word} {delta}</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Prepare is shut while a show is on air: end the show to edit tours.</source>
        <translation>直播期间“准备”不可用：结束直播后才能编辑导览。</translation>
    </message>
    <message>
        <source>read-only: {reason} ({path}). Tours and past shows can be read here; no show can start or resume until the database can be written.</source>
        <translation>只读：{reason}（{path}）。可在此查看导览和以往直播；在数据库可写之前，无法开始或恢复直播。</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>直播</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>准备</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>遥控</translation>
    </message>
    <message>
        <source>Show control is off (--remote off, or the remote setting).</source>
        <translation>远程控制已关闭（--remote off 或 remote 设置）。</translation>
    </message>
    <message>
        <source>Something went wrong inside Cicerone. Details are in {where}. The show goes on.</source>
        <translation>Cicerone 内部出错。详情见 {where}。直播继续进行。</translation>
    </message>
    <message>
        <source>{reason} This window can show the tours but will not start or resume a show.</source>
        <translation>{reason} 此窗口可显示导览，但不会开始或恢复直播。</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>{tour} (rehearsal)</source>
        <translation>{tour}（彩排）</translation>
    </message>
    <message>
        <source>Cicerone — {what}</source>
        <translation>Cicerone — {what}</translation>
    </message>
    <message>
        <source>{title} (demo)</source>
        <translation>{title}（演示）</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>艺术家</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>导入 {name}</translation>
    </message>
    <message numerus="yes">
        <source>{name}: %n stop(s), planned {planned}.</source>
        <translation>
            <numerusform>{name}：%n 个站点，计划 {planned}。</numerusform>
        </translation>
    </message>
    <message>
        <source>The first {rows}:</source>
        <translation>前 {rows} 个：</translation>
    </message>
    <message>
        <source>A new tour</source>
        <translation>新导览</translation>
    </message>
    <message>
        <source>e.g. 1h 30m (empty: no slot)</source>
        <translation>例如 1h 30m（留空：不设时段）</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Add these stops after the last stop of &apos;{title}&apos;</source>
        <translation>将这些站点添加到“{title}”的最后一站之后</translation>
    </message>
    <message>
        <source>Add to the open tour</source>
        <translation>添加到已打开的导览</translation>
    </message>
    <message>
        <source>No tour is open</source>
        <translation>未打开任何导览</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>a new tour needs a title</source>
        <translation>新导览需要标题</translation>
    </message>
</context>
<context>
    <name>ImageDrop</name>
    <message>
        <source>&apos;{name}&apos; is missing — drop a picture here</source>
        <translation>缺少“{name}” — 请将图片拖到此处</translation>
    </message>
    <message>
        <source>Drop a picture here</source>
        <translation>将图片拖到此处</translation>
    </message>
    <message>
        <source>{name}: this is the open database, not a picture</source>
        <translation>{name}：这是正在使用的数据库，不是图片</translation>
    </message>
    <message>
        <source>not a picture Cicerone can show</source>
        <translation>Cicerone 无法显示此图片</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}：{reason}</translation>
    </message>
</context>
<context>
    <name>LiveController</name>
    <message>
        <source>A session is on air: end it (End show… in the clock bar) before opening another tour.</source>
        <translation>有场次正在直播：请先结束它（时钟栏中的“结束直播…”），再打开其他导览。</translation>
    </message>
    <message>
        <source>This tour has no stops: add some in Prepare before going live.</source>
        <translation>此导览没有站点：请先在“准备”中添加，再开始直播。</translation>
    </message>
    <message>
        <source>could not start the show</source>
        <translation>无法开始直播</translation>
    </message>
    <message>
        <source>could not resume the show</source>
        <translation>无法恢复直播</translation>
    </message>
    <message>
        <source>could not record the stop</source>
        <translation>无法记录站点</translation>
    </message>
    <message>
        <source>Notes belong to a show: press F5 to go live first. Your text is kept in the box.</source>
        <translation>笔记属于某场直播：请先按 F5 开始直播。您的文字保留在输入框中。</translation>
    </message>
    <message>
        <source>the note was NOT saved</source>
        <translation>笔记未保存</translation>
    </message>
    <message>
        <source>could not end the show</source>
        <translation>无法结束直播</translation>
    </message>
    <message>
        <source>Storage problem: {failure} ({error}). Check the disk; the show goes on.</source>
        <translation>存储问题：{failure}（{error}）。请检查磁盘；直播继续进行。</translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <source>F5 go live / resume   ·   PageDown → Space next stop   ·   PageUp ← back   ·   ↓ ↑ scroll   ·   . mark moment   ·   N note   ·   Ctrl+= / Ctrl+- text size</source>
        <translation>F5 开播/恢复   ·   PageDown → 空格 下一站   ·   PageUp ← 返回   ·   ↓ ↑ 滚动   ·   . 标记   ·   N 笔记   ·   Ctrl+= / Ctrl+- 字号</translation>
    </message>
    <message>
        <source>F5 live · PgDn next · PgUp back · ↓↑ scroll · . mark · N note · Ctrl± size</source>
        <translation>F5 开播 · PgDn 下一站 · PgUp 返回 · ↓↑ 滚动 · . 标记 · N 笔记 · Ctrl± 字号</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像机</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>观众</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>The database is busy: another program (a backup, a script, another Cicerone) holds it locked. Your presses and notes are kept and written, in order, as soon as it is free.</source>
        <translation>数据库忙：另一个程序（备份、脚本或另一个 Cicerone）锁定了它。您的按键和笔记会被保留，并在数据库空闲后按顺序写入。</translation>
    </message>
    <message>
        <source>A show was in progress: &apos;{tour}&apos;, live since {since}, at stop {stop}. Press F5 to resume it exactly where it was.</source>
        <translation>有一场直播尚未结束：“{tour}”，自 {since} 开播，停在第 {stop} 站。按 F5 从原处继续。</translation>
    </message>
    <message>
        <source>Resume (F5)</source>
        <translation>恢复 (F5)</translation>
    </message>
    <message>
        <source>No tour in this database yet. Make one in Prepare, import one with &apos;cicerone tour import FILE&apos;, or start with &apos;cicerone --demo&apos;.</source>
        <translation>此数据库中还没有导览。请在“准备”中创建，用“cicerone tour import 文件”导入，或以“cicerone --demo”启动。</translation>
    </message>
    <message>
        <source>RESUME? F5</source>
        <translation>恢复？F5</translation>
    </message>
    <message>
        <source>READY · F5</source>
        <translation>就绪 · F5</translation>
    </message>
    <message>
        <source>ENDED</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>REHEARSAL</source>
        <translation>彩排</translation>
    </message>
    <message>
        <source>ON AIR</source>
        <translation>直播中</translation>
    </message>
    <message>
        <source>Rehearsal ended: {length} of a {slot} slot</source>
        <translation>彩排结束：用时 {length}，时段 {slot}</translation>
    </message>
    <message>
        <source>Show ended: {length} of a {slot} slot</source>
        <translation>直播结束：用时 {length}，时段 {slot}</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n 条笔记</numerusform>
        </translation>
    </message>
    <message>
        <source>{notes}, {marks}</source>
        <translation>{notes}，{marks}</translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s)</source>
        <translation>
            <numerusform>%n 个标记</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{visited} of %n stop(s)</source>
        <translation>
            <numerusform>{visited}/%n 站</numerusform>
        </translation>
    </message>
    <message>
        <source>peak {count} viewers</source>
        <translation>峰值 {count} 位观众</translation>
    </message>
    <message>
        <source>Session {id}, to export: {command}</source>
        <translation>场次 {id}，导出命令：{command}</translation>
    </message>
    <message numerus="yes">
        <source>F5 AGAIN within %n s starts a new show (Esc cancels)</source>
        <translation>
            <numerusform>%n 秒内再按 F5 开始新直播（Esc 取消）</numerusform>
        </translation>
    </message>
    <message>
        <source>a new show: the button, or F5 twice</source>
        <translation>新直播：点按钮，或按两次 F5</translation>
    </message>
    <message>
        <source>Start a new show</source>
        <translation>开始新直播</translation>
    </message>
    <message>
        <source>{pane} starting…</source>
        <translation>{pane} 启动中…</translation>
    </message>
</context>
<context>
    <name>NameOnlyIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>{suffix} file</source>
        <translation>{suffix} 文件</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>NOTES</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>N: note · Enter: save</source>
        <translation>N：笔记 · 回车：保存</translation>
    </message>
    <message>
        <source>{count} watching</source>
        <translation>{count} 人在看</translation>
    </message>
    <message>
        <source>◆ mark</source>
        <translation>◆ 标记</translation>
    </message>
</context>
<context>
    <name>PrepareView</name>
    <message>
        <source>Tour files (*.md *.markdown *.txt *.json *.csv *.cicerone)</source>
        <translation>导览文件 (*.md *.markdown *.txt *.json *.csv *.cicerone)</translation>
    </message>
    <message>
        <source>Tour script (*.md)</source>
        <translation>导览脚本 (*.md)</translation>
    </message>
    <message>
        <source>JSON tour (*.json)</source>
        <translation>JSON 导览 (*.json)</translation>
    </message>
    <message>
        <source>Spreadsheet, Excel or Google Sheets (*.csv)</source>
        <translation>电子表格、Excel 或 Google 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Tour bundle for a venue (*.cicerone)</source>
        <translation>场馆导览包 (*.cicerone)</translation>
    </message>
    <message>
        <source>Run-sheet PDF (*.pdf)</source>
        <translation>流程单 PDF (*.pdf)</translation>
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
        <source>Undo {what}</source>
        <translation>撤销：{what}</translation>
    </message>
    <message>
        <source>Redo {what}</source>
        <translation>重做：{what}</translation>
    </message>
    <message>
        <source>New tour</source>
        <translation>新导览</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>关闭消息</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Rehearse</source>
        <translation>彩排</translation>
    </message>
    <message>
        <source>Durations from rehearsal…</source>
        <translation>采用彩排时长…</translation>
    </message>
    <message>
        <source>Go live</source>
        <translation>开始直播</translation>
    </message>
    <message>
        <source>Add stop</source>
        <translation>添加站点</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Move up (Alt+↑)</source>
        <translation>上移 (Alt+↑)</translation>
    </message>
    <message>
        <source>Move down (Alt+↓)</source>
        <translation>下移 (Alt+↓)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Remove stop</source>
        <translation>移除站点</translation>
    </message>
    <message>
        <source>new tour</source>
        <translation>新建导览</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title}（副本）</translation>
    </message>
    <message>
        <source>duplicate &apos;{title}&apos;</source>
        <translation>复制“{title}”</translation>
    </message>
    <message>
        <source>Rename the tour</source>
        <translation>重命名导览</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Deleted &apos;{title}&apos;. Undo (Ctrl+Z) brings it back.</source>
        <translation>已删除“{title}”。撤销 (Ctrl+Z) 可恢复。</translation>
    </message>
    <message>
        <source>No tour open: press New (Ctrl+N) to start one, or Import… (Ctrl+O) a script.</source>
        <translation>未打开导览：按“新建”(Ctrl+N) 开始，或“导入…”(Ctrl+O) 一个脚本。</translation>
    </message>
    <message>
        <source>This tour has no stops yet: press Add stop (Insert).</source>
        <translation>此导览还没有站点：按“添加站点”(Insert)。</translation>
    </message>
    <message>
        <source>New stop</source>
        <translation>新站点</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>正在导入 {name}…</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message>
        <source>add the stops of {name}</source>
        <translation>添加 {name} 的站点</translation>
    </message>
    <message numerus="yes">
        <source>Added %n stop(s) from {name} to {title}</source>
        <translation>
            <numerusform>已将 {name} 中的 %n 个站点添加到 {title}</numerusform>
        </translation>
    </message>
    <message>
        <source>import {name}</source>
        <translation>导入 {name}</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n stop(s) into {title}</source>
        <translation>
            <numerusform>已将 %n 个站点导入 {title}</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>正在写入 {name}…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <source>Import a tour</source>
        <translation>导入导览</translation>
    </message>
    <message>
        <source>Export the tour</source>
        <translation>导出导览</translation>
    </message>
    <message>
        <source>Printing the run-sheet…</source>
        <translation>正在打印流程单…</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer</source>
        <translation>
            <numerusform>已将 %n 页发送到打印机</numerusform>
        </translation>
    </message>
    <message>
        <source>This tour has not been rehearsed yet: press Rehearse first.</source>
        <translation>此导览尚未彩排：请先按“彩排”。</translation>
    </message>
    <message>
        <source>The last rehearsal took what the plan says, stop by stop.</source>
        <translation>上次彩排每一站的用时都与计划相符。</translation>
    </message>
    <message numerus="yes">
        <source>Set %n planned duration(s) from the rehearsal</source>
        <translation>
            <numerusform>已按彩排设定 %n 个计划时长</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RehearsalDialog</name>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} {time}</translation>
    </message>
    <message>
        <source>the rehearsal of {when} ({length})</source>
        <translation>{when} 的彩排（{length}）</translation>
    </message>
    <message>
        <source>the rehearsal of {when}</source>
        <translation>{when} 的彩排</translation>
    </message>
    <message>
        <source>Planned durations from the rehearsal</source>
        <translation>按彩排设定计划时长</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Rehearsed</source>
        <translation>彩排</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>From {rehearsal}. Set the ticked stops&apos; planned durations to their rehearsed times:</source>
        <translation>来自{rehearsal}。将勾选站点的计划时长设为彩排用时：</translation>
    </message>
</context>
<context>
    <name>RemotePanel</name>
    <message>
        <source>Show control</source>
        <translation>远程控制</translation>
    </message>
    <message>
        <source>Show control is starting…</source>
        <translation>远程控制正在启动…</translation>
    </message>
    <message>
        <source>Scan with a phone: the link carries the token.</source>
        <translation>用手机扫描：链接中包含令牌。</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>Show control is on. Anyone with the token can drive the show.</source>
        <translation>远程控制已开启。任何持有令牌的人都可以操控节目。</translation>
    </message>
</context>
<context>
    <name>RemoteService</name>
    <message>
        <source>Show control is off: {reason}. The show goes on.</source>
        <translation>远程控制已关闭：{reason}。节目继续进行。</translation>
    </message>
    <message>
        <source>Show control is off: port {port} cannot be used ({reason}); another program may hold it. Start with --remote-port N, or set remote_port. The show goes on.</source>
        <translation>远程控制已关闭：无法使用端口 {port}（{reason}），可能已被其他程序占用。请用 --remote-port N 启动，或设置 remote_port。节目继续进行。</translation>
    </message>
</context>
<context>
    <name>RouteModel</name>
    <message>
        <source>Stop</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>of {planned}</source>
        <translation>共 {planned}</translation>
    </message>
</context>
<context>
    <name>SafeFileDialog</name>
    <message>
        <source>{name} is the database this console has open (or one of its own files): choose another file.</source>
        <translation>{name} 是本控制台正在使用的数据库（或其附属文件）：请选择其他文件。</translation>
    </message>
</context>
<context>
    <name>ShowBackups</name>
    <message>
        <source>The show ended and is saved, but its backup was not made: {reason}</source>
        <translation>节目已结束并已保存，但未能完成备份：{reason}</translation>
    </message>
    <message>
        <source>The show ended and is saved, but its backup failed (details in {log}).</source>
        <translation>节目已结束并已保存，但备份失败（详情见 {log}）。</translation>
    </message>
</context>
<context>
    <name>StopForm</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>艺术家</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>年代</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>材质</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
    </message>
    <message>
        <source>e.g. 6m, 7m 30s, 6:30</source>
        <translation>例如 6m、7m 30s、6:30</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>无图片</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Talking points, in Markdown: **bold**, *italic*, - lists, ### headings</source>
        <translation>讲解要点，使用 Markdown：**粗体**、*斜体*、- 列表、### 标题</translation>
    </message>
    <message>
        <source>Talking points (Markdown, preview below)</source>
        <translation>讲解要点（Markdown，下方预览）</translation>
    </message>
    <message>
        <source>a stop needs a duration</source>
        <translation>站点需要时长</translation>
    </message>
    <message>
        <source>Pick the stop&apos;s picture</source>
        <translation>选择站点图片</translation>
    </message>
</context>
<context>
    <name>StopModel</name>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
</context>
<context>
    <name>StoredCommand</name>
    <message>
        <source>could not save the change</source>
        <translation>无法保存此修改</translation>
    </message>
    <message>
        <source>could not undo</source>
        <translation>无法撤销</translation>
    </message>
    <message>
        <source>{failure}: {edit} ({reason}). Nothing changed.</source>
        <translation>{failure}：{edit}（{reason}）。未做任何更改。</translation>
    </message>
    <message>
        <source>the database is busy: another program holds it; try again in a moment</source>
        <translation>数据库正忙：另一个程序正在使用它，请稍后再试</translation>
    </message>
    <message>
        <source>the database is read-only</source>
        <translation>数据库为只读</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
</context>
<context>
    <name>TalkingPoints</name>
    <message>
        <source>This tour has no stops yet</source>
        <translation>此导览还没有站点</translation>
    </message>
    <message>
        <source>STOP {number} OF {count} · PLANNED {planned}</source>
        <translation>第 {number}/{count} 站 · 计划 {planned}</translation>
    </message>
    <message>
        <source>UP FIRST · {position}</source>
        <translation>首站 · {position}</translation>
    </message>
    <message>
        <source>Next ›  {title}</source>
        <translation>下一站 ›  {title}</translation>
    </message>
    <message>
        <source>Last stop: then the closing words.</source>
        <translation>最后一站：之后是结束语。</translation>
    </message>
</context>
<context>
    <name>TourForm</name>
    <message>
        <source>e.g. 1h 30m (empty: no slot)</source>
        <translation>例如 1h 30m（留空：不设时段）</translation>
    </message>
    <message>
        <source>Introduction (Markdown), said before the first stop</source>
        <translation>开场白（Markdown），在第一站之前讲</translation>
    </message>
    <message>
        <source>Tour</source>
        <translation>导览</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>开场白</translation>
    </message>
</context>
<context>
    <name>TourList</name>
    <message>
        <source>Search tours, stops, artists…</source>
        <translation>搜索导览、站点、艺术家…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s)</source>
        <translation>
            <numerusform>%n 个站点</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewersPane</name>
    <message>
        <source>count hidden</source>
        <translation>人数已隐藏</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>尚无响应</translation>
    </message>
    <message>
        <source>VIEWERS</source>
        <translation>观众</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Viewers: no sources yet</source>
        <translation>观众：尚无数据源</translation>
    </message>
    <message>
        <source>{arrow} {change} in the last minute</source>
        <translation>{arrow} 近一分钟 {change}</translation>
    </message>
    <message>
        <source>Peak {count} at {time}</source>
        <translation>峰值 {count}（{time}）</translation>
    </message>
    <message>
        <source>YouTube quota spent today (Pacific time): {units} units ({quota} a day by default)</source>
        <translation>今日已用 YouTube 配额（太平洋时间）：{units} 单位（默认每日 {quota}）</translation>
    </message>
    <message>
        <source>NOT LIVE</source>
        <translation>未直播</translation>
    </message>
    <message>
        <source>STALE · {age} old</source>
        <translation>过时 · {age} 前</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>直播中</translation>
    </message>
    <message>
        <source>(DEMO)</source>
        <translation>（演示）</translation>
    </message>
    <message>
        <source>stale {age}</source>
        <translation>已过时 {age}</translation>
    </message>
    <message>
        <source>retrying in {wait}</source>
        <translation>{wait} 后重试</translation>
    </message>
    <message>
        <source>★ {count} viewers</source>
        <translation>★ {count} 位观众</translation>
    </message>
</context>
</TS>
