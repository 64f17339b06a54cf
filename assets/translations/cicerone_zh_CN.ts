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
    <name>CameraSource</name>
    <message>
        <source>install VLC 3 (Debian/Ubuntu: sudo apt install libvlc5 vlc-plugin-base; Fedora: sudo dnf install vlc-libs vlc-plugins-base)</source>
        <translation>请安装 VLC 3（Debian/Ubuntu：sudo apt install libvlc5 vlc-plugin-base；Fedora：sudo dnf install vlc-libs vlc-plugins-base）</translation>
    </message>
    <message>
        <source>install VLC 3 (64-bit) from https://www.videolan.org</source>
        <translation>请从 https://www.videolan.org 安装 VLC 3（64 位）</translation>
    </message>
    <message>
        <source>install VLC 3 from https://www.videolan.org into /Applications</source>
        <translation>请从 https://www.videolan.org 下载 VLC 3 并安装到 /Applications</translation>
    </message>
    <message>
        <source>camera preview unavailable: {reason}; {hint}</source>
        <translation>摄像机预览不可用：{reason}；{hint}</translation>
    </message>
    <message>
        <source>PYTHON_VLC_LIB_PATH or PYTHON_VLC_MODULE_PATH points to no usable libvlc (unset or fix them)</source>
        <translation>PYTHON_VLC_LIB_PATH 或 PYTHON_VLC_MODULE_PATH 指向的 libvlc 无法使用（请删除或修正这两个变量）</translation>
    </message>
    <message>
        <source>libvlc could not be loaded ({error})</source>
        <translation>无法加载 libvlc（{error}）</translation>
    </message>
    <message>
        <source>libvlc was not found ({error})</source>
        <translation>找不到 libvlc（{error}）</translation>
    </message>
    <message>
        <source>libvlc started without its plugins (the VLC installation is incomplete)</source>
        <translation>libvlc 启动时缺少插件（VLC 安装不完整）</translation>
    </message>
    <message>
        <source>no camera source given (an MRL such as rtsp://host/stream, or a file)</source>
        <translation>未指定摄像机信号源（如 rtsp://主机/流 这样的 MRL，或一个文件）</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>摄像机</translation>
    </message>
    <message>
        <source>a camera source cannot contain control characters</source>
        <translation>摄像机信号源不能包含控制字符</translation>
    </message>
    <message>
        <source>no such file, and not an MRL (e.g. rtsp://, srt://, udp://@:1234)</source>
        <translation>文件不存在，也不是 MRL（例如 rtsp://、srt://、udp://@:1234）</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>unknown source type &apos;{scheme}://&apos; (known: {known})</source>
        <translation>未知的信号源类型“{scheme}://”（支持：{known}）</translation>
    </message>
    <message>
        <source>the address is missing after the scheme</source>
        <translation>协议名后缺少地址</translation>
    </message>
    <message>
        <source>{mrl}: libvlc cannot read this source address</source>
        <translation>{mrl}：libvlc 无法读取此信号源地址</translation>
    </message>
    <message>
        <source>{mrl}: libvlc could not start playing it</source>
        <translation>{mrl}：libvlc 无法开始播放</translation>
    </message>
    <message>
        <source>{mrl}: libvlc could not open or read this source</source>
        <translation>{mrl}：libvlc 无法打开或读取此信号源</translation>
    </message>
    <message>
        <source>{mrl}: no picture within {timeout:g} s (is anything sending to it?)</source>
        <translation>{mrl}：{timeout:g} 秒内没有画面（是否有信号在发送？）</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <source>(mark)</source>
        <translation>（标记）</translation>
    </message>
</context>
<context>
    <name>ChatSource</name>
    <message>
        <source>stopped: the day&apos;s YouTube quota would not last until the show ends</source>
        <translation>已停止：今日的 YouTube 配额撑不到节目结束</translation>
    </message>
    <message>
        <source>chat source {spec}</source>
        <translation>聊天来源 {spec}</translation>
    </message>
    <message>
        <source>a YouTube video id is 6-64 letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>YouTube 视频 ID 由 6 到 64 个字母、数字、“-”或“_”组成</translation>
    </message>
    <message>
        <source>a Twitch login is letters, digits and &apos;_&apos;</source>
        <translation>Twitch 登录名由字母、数字和“_”组成</translation>
    </message>
    <message>
        <source>unknown kind: use youtube-chat:VIDEO_ID, twitch-chat:LOGIN or demo-chat</source>
        <translation>未知类型：请使用 youtube-chat:VIDEO_ID、twitch-chat:LOGIN 或 demo-chat</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>服务器关闭了连接</translation>
    </message>
    <message>
        <source>the server asked to reconnect</source>
        <translation>服务器要求重新连接</translation>
    </message>
    <message>
        <source>connection lost ({name})</source>
        <translation>连接中断（{name}）</translation>
    </message>
    <message>
        <source>{reason}; again in {seconds:.0f} s</source>
        <translation>{reason}；{seconds:.0f} 秒后重试</translation>
    </message>
    <message>
        <source>Twitch refused the login</source>
        <translation>Twitch 拒绝了登录</translation>
    </message>
    <message>
        <source>the live chat has ended</source>
        <translation>直播聊天已结束</translation>
    </message>
    <message>
        <source>the live chat is disabled</source>
        <translation>直播聊天已关闭</translation>
    </message>
    <message>
        <source>bad answer: {refused}</source>
        <translation>无效的应答：{refused}</translation>
    </message>
    <message>
        <source>no such video: check the video id</source>
        <translation>找不到该视频：请检查视频 ID</translation>
    </message>
    <message>
        <source>the broadcast has ended</source>
        <translation>直播已结束</translation>
    </message>
    <message>
        <source>the broadcast has not started yet</source>
        <translation>直播尚未开始</translation>
    </message>
    <message>
        <source>bad answer: not an object</source>
        <translation>无效的应答：不是对象</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>no duration</source>
        <translation>没有时长</translation>
    </message>
    <message>
        <source>no talking points</source>
        <translation>没有讲解要点</translation>
    </message>
    <message>
        <source>the image &apos;{image}&apos; is missing</source>
        <translation>缺少图片“{image}”</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>无标题</translation>
    </message>
    <message>
        <source>Stop {number} ({title}): {warning}</source>
        <translation>第 {number} 站（{title}）：{warning}</translation>
    </message>
    <message>
        <source>The tour has no stops yet</source>
        <translation>导览还没有站点</translation>
    </message>
    <message>
        <source>The tour is over its {slot} slot by {over}</source>
        <translation>导览超出 {slot} 的时段 {over}</translation>
    </message>
    <message>
        <source>OVER by {over}</source>
        <translation>超时 {over}</translation>
    </message>
    <message>
        <source>{spare} spare</source>
        <translation>余 {spare}</translation>
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
        <source>adopted · A reverts</source>
        <translation>已采纳 · 按 A 撤销</translation>
    </message>
    <message>
        <source>A adopts</source>
        <translation>按 A 采纳</translation>
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
        <source>Review is shut while a show is on air: end the show to review past ones.</source>
        <translation>直播期间“回顾”不可用：结束直播后才能回顾以往场次。</translation>
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
        <source>Review</source>
        <translation>回顾</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
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
    <name>ContentLanguages</name>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>talking points</source>
        <translation>讲解要点</translation>
    </message>
    <message>
        <source>location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>材质</translation>
    </message>
    <message>
        <source>{language} — not translated: {fields}</source>
        <translation>{language} — 未翻译：{fields}</translation>
    </message>
    <message>
        <source>{language} — not translated</source>
        <translation>{language} — 未翻译</translation>
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
    <name>Durations</name>
    <message>
        <source>the duration is empty</source>
        <translation>时长为空</translation>
    </message>
    <message>
        <source>&apos;{text}…&apos; is not a duration: far too long</source>
        <translation>“{text}…”不是时长：太长了</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a valid time: minutes and seconds go up to 59</source>
        <translation>“{text}”不是有效的时间：分和秒最大为 59</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a duration; write it like 90s, 6m, 7m 30s, 1h30m, 6:30 or 1:30:00</source>
        <translation>“{text}”不是时长；请写成 90s、6m、7m 30s、1h30m、6:30 或 1:30:00 这样的形式</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is too long: nothing in a show lasts more than {limit}</source>
        <translation>“{text}”太长：直播中任何环节都不会超过 {limit}</translation>
    </message>
    <message>
        <source>must be longer than zero</source>
        <translation>必须大于零</translation>
    </message>
    <message>
        <source>{duration} is too long: at most {limit}</source>
        <translation>{duration} 太长：最多 {limit}</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} 天</translation>
    </message>
</context>
<context>
    <name>Encoder</name>
    <message>
        <source>not an encoder address (obs://HOST:PORT)</source>
        <translation>不是编码器地址（obs://主机:端口）</translation>
    </message>
    <message>
        <source>the port is not a number from 1 to 65535 in {text}</source>
        <translation>{text} 中的端口不是 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>{text} is not obs://HOST:PORT (only OBS is supported)</source>
        <translation>{text} 不是 obs://主机:端口（仅支持 OBS）</translation>
    </message>
    <message>
        <source>no password in the address: put it in the keyring or CICERONE_OBS_PASSWORD</source>
        <translation>地址中不能含密码：请存入密钥环或 CICERONE_OBS_PASSWORD</translation>
    </message>
    <message>
        <source>{text} has more than HOST:PORT</source>
        <translation>{text} 除了主机:端口还含有其他内容</translation>
    </message>
    <message>
        <source>OBS did not answer {request} within {seconds:g} s</source>
        <translation>OBS 在 {seconds:g} 秒内未回应 {request}</translation>
    </message>
    <message>
        <source>OBS refused {request}: {comment}</source>
        <translation>OBS 拒绝了 {request}：{comment}</translation>
    </message>
    <message>
        <source>OBS is not answering at {address} (is OBS open, with its WebSocket server on?)</source>
        <translation>{address} 上的 OBS 没有回应（OBS 是否已打开并启用了 WebSocket 服务器？）</translation>
    </message>
    <message>
        <source>no answer from {address} within {seconds:g} s</source>
        <translation>{address} 在 {seconds:g} 秒内没有回应</translation>
    </message>
    <message>
        <source>{address} accepted the connection but never said Hello: not obs-websocket v5?</source>
        <translation>{address} 接受了连接但从未发送 Hello：不是 obs-websocket v5？</translation>
    </message>
    <message>
        <source>OBS did not confirm the connection within {seconds:g} s</source>
        <translation>OBS 在 {seconds:g} 秒内未确认连接</translation>
    </message>
    <message>
        <source>connecting to OBS</source>
        <translation>正在连接 OBS</translation>
    </message>
    <message>
        <source>OBS refused the password (check the keyring&apos;s obs_password or CICERONE_OBS_PASSWORD)</source>
        <translation>OBS 拒绝了密码（请检查密钥环中的 obs_password 或 CICERONE_OBS_PASSWORD）</translation>
    </message>
    <message>
        <source>this OBS does not speak obs-websocket v5</source>
        <translation>此 OBS 不支持 obs-websocket v5</translation>
    </message>
    <message>
        <source>OBS ended the session (another client took over, or OBS is closing)</source>
        <translation>OBS 结束了会话（另一个客户端接管，或 OBS 正在关闭）</translation>
    </message>
    <message>
        <source>OBS asks for a password: put it in the keyring (obs_password) or CICERONE_OBS_PASSWORD</source>
        <translation>OBS 需要密码：请存入密钥环（obs_password）或 CICERONE_OBS_PASSWORD</translation>
    </message>
    <message>
        <source>the server at this address is not obs-websocket v5 (OBS 28 or later)</source>
        <translation>此地址上的服务器不是 obs-websocket v5（需 OBS 28 或更高版本）</translation>
    </message>
    <message>
        <source>OBS closed the connection (code {code})</source>
        <translation>OBS 关闭了连接（代码 {code}）</translation>
    </message>
    <message>
        <source>the connection to OBS dropped</source>
        <translation>与 OBS 的连接已断开</translation>
    </message>
</context>
<context>
    <name>EncoderLine</name>
    <message>
        <source>ENCODER</source>
        <translation>编码器</translation>
    </message>
    <message>
        <source>NO ANSWER · {age} old</source>
        <translation>无回应 · {age} 前</translation>
    </message>
    <message>
        <source>ENCODER ?</source>
        <translation>编码器 ？</translation>
    </message>
    <message>
        <source>RECONNECTING</source>
        <translation>重新连接中</translation>
    </message>
    <message>
        <source>ON AIR</source>
        <translation>直播中</translation>
    </message>
    <message>
        <source>OFF AIR</source>
        <translation>未直播</translation>
    </message>
    <message>
        <source>● REC {duration}</source>
        <translation>● 录制 {duration}</translation>
    </message>
    <message>
        <source>● REC</source>
        <translation>● 录制</translation>
    </message>
    <message>
        <source>{rate} kb/s</source>
        <translation>{rate} kb/s</translation>
    </message>
    <message>
        <source>dropped {share} (1 min)</source>
        <translation>丢帧 {share}（1 分钟）</translation>
    </message>
    <message>
        <source>congestion {share}</source>
        <translation>拥塞 {share}</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>正在重新连接</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>The stream stopped at {time} — the encoder says: {state}</source>
        <translation>直播流在 {time} 停止 — 编码器显示：{state}</translation>
    </message>
    <message>
        <source>The show is live but the encoder is not streaming — it says: {state}</source>
        <translation>节目正在直播，但编码器没有推流 — 它显示：{state}</translation>
    </message>
    <message>
        <source>The encoder is dropping frames: {share} over the last {seconds} s</source>
        <translation>编码器正在丢帧：最近 {seconds} 秒内 {share}</translation>
    </message>
    <message>
        <source>no recent answer</source>
        <translation>近期无回应</translation>
    </message>
    <message>
        <source>The encoder&apos;s state is unknown — {reason}</source>
        <translation>编码器状态未知 — {reason}</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>it is a device</source>
        <translation>这是一个设备</translation>
    </message>
    <message>
        <source>it is a pipe (FIFO)</source>
        <translation>这是一个管道（FIFO）</translation>
    </message>
    <message>
        <source>it is a socket</source>
        <translation>这是一个套接字</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>这不是普通文件</translation>
    </message>
    <message>
        <source>{path}: refusing to write here: {reason}</source>
        <translation>{path}：拒绝写入此处：{reason}</translation>
    </message>
    <message>
        <source>it cannot be examined ({reason})</source>
        <translation>无法检查（{reason}）</translation>
    </message>
    <message>
        <source>it is the database in use ({database})</source>
        <translation>这是正在使用的数据库（{database}）</translation>
    </message>
    <message>
        <source>it is the database&apos;s {suffix} file ({database})</source>
        <translation>这是数据库的 {suffix} 文件（{database}）</translation>
    </message>
    <message>
        <source>{path}: {reason}, not a regular file</source>
        <translation>{path}：{reason}，不是普通文件</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>min must be longer than zero (write &apos;optional: yes&apos; to skip)</source>
        <translation>min 必须大于零（写 “optional: yes” 表示可跳过）</translation>
    </message>
    <message>
        <source>min ({min}) is longer than the planned {planned}</source>
        <translation>min（{min}）超过了计划时长 {planned}</translation>
    </message>
    <message>
        <source>latest must be a show time between 0:00 and the longest slot</source>
        <translation>latest 必须是 0:00 到最长时段之间的节目时间</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>名称为空</translation>
    </message>
    <message>
        <source>the name starts with &apos;.&apos; (a hidden file, or a way out of the folder)</source>
        <translation>名称以“.”开头（隐藏文件，或跳出文件夹的路径）</translation>
    </message>
    <message>
        <source>the name holds a path separator, &apos;:&apos; or a control character</source>
        <translation>名称包含路径分隔符、“:”或控制字符</translation>
    </message>
    <message>
        <source>an image is named relative to the tour file, not by an absolute path</source>
        <translation>图片应使用相对于导览文件的路径，而不是绝对路径</translation>
    </message>
    <message>
        <source>an image must lie in the tour file&apos;s folder or below it (no &apos;..&apos;)</source>
        <translation>图片必须位于导览文件所在文件夹或其子文件夹中（不能用“..”）</translation>
    </message>
    <message>
        <source>the name is the tour file&apos;s own</source>
        <translation>该名称与导览文件本身同名</translation>
    </message>
    <message>
        <source>unknown tour file type &apos;{suffix}&apos; (known: {known})</source>
        <translation>未知的导览文件类型“{suffix}”（支持：{known}）</translation>
    </message>
    <message>
        <source>--language: &apos;{code}&apos; is not a language code (like en, fr, zh)</source>
        <translation>--language：“{code}”不是语言代码（例如 en、fr、zh）</translation>
    </message>
    <message>
        <source>--language: &apos;{code}&apos; is already one of the translated languages</source>
        <translation>--language：“{code}”已是译文语言之一</translation>
    </message>
    <message>
        <source>--language {code}: the file&apos;s main language is &apos;{main}&apos;</source>
        <translation>--language {code}：文件的主语言是“{main}”</translation>
    </message>
    <message>
        <source>--language is for the printed run-sheet (--format pdf); a {format} export carries every language</source>
        <translation>--language 仅用于打印流程单（--format pdf）；{format} 导出包含所有语言</translation>
    </message>
    <message>
        <source>the tour has no talking points in &apos;{code}&apos; (it has: {have})</source>
        <translation>该导览没有“{code}”的讲解要点（现有：{have}）</translation>
    </message>
    <message>
        <source>cannot export as {fmt}: {reason}, which the file could not give back (edit it in Prepare)</source>
        <translation>无法导出为 {fmt}：{reason}，该文件无法原样保存这些内容（请在“准备”中修改）</translation>
    </message>
    <message>
        <source>the tour is too large for a {fmt} file (over {megabytes} MB, the most an import reads): shorten its talking points</source>
        <translation>导览太大，无法存为 {fmt} 文件（超过 {megabytes} MB，即导入能读取的上限）：请缩短讲解要点</translation>
    </message>
    <message>
        <source>{path}: cannot write the file ({strerror})</source>
        <translation>{path}：无法写入文件（{strerror}）</translation>
    </message>
    <message>
        <source>the export&apos;s images folder is taken by a file of that name</source>
        <translation>导出的图片文件夹名称已被同名文件占用</translation>
    </message>
    <message>
        <source>the file is larger than {gigabytes} GB</source>
        <translation>文件大于 {gigabytes} GB</translation>
    </message>
    <message>
        <source>not a Cicerone bundle (the file is not a zip archive)</source>
        <translation>不是 Cicerone 打包文件（该文件不是 zip 压缩包）</translation>
    </message>
    <message>
        <source>stop {number} ({title})</source>
        <translation>第 {number} 站（{title}）</translation>
    </message>
    <message>
        <source>{wanted}: the image &apos;{member}&apos; is refused: {problem}</source>
        <translation>{wanted}：图片“{member}”被拒绝：{problem}</translation>
    </message>
    <message>
        <source>stop {number} ({title}): the image &apos;{image}&apos; is not in the bundle</source>
        <translation>第 {number} 站（{title}）：打包文件中没有图片“{image}”</translation>
    </message>
    <message>
        <source>not a Cicerone bundle: there is no {member} at its root</source>
        <translation>不是 Cicerone 打包文件：根目录下没有 {member}</translation>
    </message>
    <message>
        <source>the bundle holds {count} entries; at most {most} are allowed</source>
        <translation>打包文件包含 {count} 个条目；最多允许 {most} 个</translation>
    </message>
    <message>
        <source>the bundle entry &apos;{member}&apos; is a symbolic link</source>
        <translation>打包文件中的条目“{member}”是符号链接</translation>
    </message>
    <message>
        <source>the bundle entry &apos;{member}&apos; is larger than {megabytes} MB</source>
        <translation>打包文件中的条目“{member}”大于 {megabytes} MB</translation>
    </message>
    <message>
        <source>the bundle holds &apos;{member}&apos; twice</source>
        <translation>打包文件中“{member}”出现了两次</translation>
    </message>
    <message>
        <source>the bundle unpacks to more than {megabytes} MB</source>
        <translation>打包文件解压后超过 {megabytes} MB</translation>
    </message>
    <message>
        <source>the bundle entry &apos;{member}&apos; points outside the bundle; refusing it</source>
        <translation>打包文件中的条目“{member}”指向打包文件之外；已拒绝</translation>
    </message>
    <message>
        <source>the bundle entry &apos;{member}&apos;</source>
        <translation>打包文件中的条目“{member}”</translation>
    </message>
    <message>
        <source>{where} inflates past {megabytes} MB</source>
        <translation>{where} 解压后超过 {megabytes} MB</translation>
    </message>
    <message>
        <source>{where} inflates more than {ratio} times its packed size (a zip bomb, not a picture)</source>
        <translation>{where} 解压后超过压缩大小的 {ratio} 倍（是 zip 炸弹，不是图片）</translation>
    </message>
    <message>
        <source>{where} cannot be read ({error})</source>
        <translation>无法读取{where}（{error}）</translation>
    </message>
    <message>
        <source>a quoted cell in the row that starts here is never closed (a &quot; is missing)</source>
        <translation>从此处开始的这一行中，有一个带引号的单元格没有闭合（缺少一个 &quot;）</translation>
    </message>
    <message>
        <source>not valid CSV: {error}</source>
        <translation>无效的 CSV：{error}</translation>
    </message>
    <message>
        <source>the first row must name the columns (title, duration, ...)</source>
        <translation>第一行必须是列名（title、duration 等）</translation>
    </message>
    <message>
        <source>the sheet has no stops: one row per stop below the header</source>
        <translation>表格中没有站点：表头下方每行一个站点</translation>
    </message>
    <message>
        <source>the tour needs a title (--title)</source>
        <translation>导览需要标题（--title）</translation>
    </message>
    <message>
        <source>the column &apos;{column}&apos;: only {columns} take a language in brackets</source>
        <translation>列“{column}”：只有 {columns} 可在括号中注明语言</translation>
    </message>
    <message>
        <source>the column &apos;{column} ({code})&apos;: &apos;{code}&apos; is not a language code (like en, fr, zh)</source>
        <translation>列“{column} ({code})”：“{code}”不是语言代码（例如 en、fr、zh）</translation>
    </message>
    <message>
        <source>the column &apos;{column} ({code})&apos;: the columns without a language are the main language&apos;s</source>
        <translation>列“{column} ({code})”：未注明语言的列属于主语言</translation>
    </message>
    <message>
        <source>the column &apos;{column}&apos; appears twice</source>
        <translation>列“{column}”出现了两次</translation>
    </message>
    <message>
        <source>the sheet has columns in more than {count} languages</source>
        <translation>表格中的列涉及超过 {count} 种语言</translation>
    </message>
    <message>
        <source>unknown columns: {columns} (known: {known}; or their French or Spanish names, such as Titre, Durée or Título, Duración)</source>
        <translation>未知的列：{columns}（支持：{known}；也可用法语或西班牙语列名，如 Titre、Durée 或 Título、Duración）</translation>
    </message>
    <message>
        <source>the sheet has no &apos;{column}&apos; column</source>
        <translation>表格中没有“{column}”列</translation>
    </message>
    <message>
        <source>a value in column {number}, which has no header: &apos;{cell}&apos;</source>
        <translation>第 {number} 列没有表头，却有值：“{cell}”</translation>
    </message>
    <message>
        <source>the {column} cell</source>
        <translation>{column} 单元格</translation>
    </message>
    <message>
        <source>this row has no title</source>
        <translation>这一行没有标题</translation>
    </message>
    <message>
        <source>duration of &apos;{title}&apos;</source>
        <translation>“{title}”的时长</translation>
    </message>
    <message>
        <source>stop {number} ({title}): its {column} ({count:,} characters) is too long for a CSV cell (at most {most:,} as written); export Markdown or JSON</source>
        <translation>第 {number} 站（{title}）：其 {column}（{count:,} 个字符）对 CSV 单元格来说太长（写出后最多 {most:,} 个）；请导出为 Markdown 或 JSON</translation>
    </message>
    <message>
        <source>it is not a picture (the console takes {types})</source>
        <translation>这不是图片（控制台支持 {types}）</translation>
    </message>
    <message>
        <source>the {kind} header is damaged (no width or height)</source>
        <translation>{kind} 文件头已损坏（没有宽度或高度）</translation>
    </message>
    <message>
        <source>the PNG header is damaged (no IHDR)</source>
        <translation>PNG 文件头已损坏（没有 IHDR）</translation>
    </message>
    <message>
        <source>the JPEG header is damaged (a segment does not start with a marker)</source>
        <translation>JPEG 文件头已损坏（某个段不是以标记开头）</translation>
    </message>
    <message>
        <source>the JPEG header is damaged (no frame header)</source>
        <translation>JPEG 文件头已损坏（没有帧头）</translation>
    </message>
    <message>
        <source>the WebP header is damaged (no VP8, VP8L or VP8X chunk)</source>
        <translation>WebP 文件头已损坏（没有 VP8、VP8L 或 VP8X 块）</translation>
    </message>
    <message>
        <source>not valid JSON: {msg}</source>
        <translation>无效的 JSON：{msg}</translation>
    </message>
    <message>
        <source>a number far too large for a tour</source>
        <translation>数字太大，不可能属于导览</translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation>顶层必须是 JSON 对象</translation>
    </message>
    <message>
        <source>not a Cicerone tour: &quot;format&quot; must be &quot;{tour_format}&quot;</source>
        <translation>不是 Cicerone 导览：“format”必须是“{tour_format}”</translation>
    </message>
    <message>
        <source>unsupported tour version {version} (this Cicerone reads versions 1 and 2)</source>
        <translation>不支持的导览版本 {version}（本 Cicerone 可读取版本 1 和 2）</translation>
    </message>
    <message>
        <source>&quot;title&quot; must be a non-empty string</source>
        <translation>“title”必须是非空字符串</translation>
    </message>
    <message>
        <source>arrays and objects nest deeper than {depth} levels (a tour needs 3)</source>
        <translation>数组和对象嵌套超过 {depth} 层（导览只需 3 层）</translation>
    </message>
    <message>
        <source>&quot;slot_s&quot; must be a whole number of seconds above zero and at most {seconds} ({limit}), or null</source>
        <translation>“slot_s”必须是大于零且不超过 {seconds}（{limit}）的整数秒，或 null</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a string</source>
        <translation>“{key}”必须是字符串</translation>
    </message>
    <message>
        <source>the tour</source>
        <translation>导览</translation>
    </message>
    <message>
        <source>&quot;stops&quot; must be a non-empty list</source>
        <translation>“stops”必须是非空列表</translation>
    </message>
    <message>
        <source>stop {number}</source>
        <translation>第 {number} 站</translation>
    </message>
    <message>
        <source>{where} must be an object</source>
        <translation>{where}必须是对象</translation>
    </message>
    <message>
        <source>{where} has unknown fields: {fields}</source>
        <translation>{where}有未知字段：{fields}</translation>
    </message>
    <message>
        <source>{where}: &quot;title&quot; must be a non-empty string</source>
        <translation>{where}：“title”必须是非空字符串</translation>
    </message>
    <message>
        <source>{where} ({title}): &quot;duration_s&quot; must be a whole number of seconds above zero and at most {seconds} ({limit})</source>
        <translation>{where}（{title}）：“duration_s”必须是大于零且不超过 {seconds}（{limit}）的整数秒</translation>
    </message>
    <message>
        <source>{where} ({title}): &quot;{key}&quot; must be a string</source>
        <translation>{where}（{title}）：“{key}”必须是字符串</translation>
    </message>
    <message>
        <source>{where} ({title})</source>
        <translation>{where}（{title}）</translation>
    </message>
    <message>
        <source>{where} ({title}): the image {image} is refused: {problem}</source>
        <translation>{where}（{title}）：图片 {image} 被拒绝：{problem}</translation>
    </message>
    <message>
        <source>{where}: &quot;{key}&quot; must be a whole number of seconds (at least 0), or null</source>
        <translation>{where}：“{key}” 必须是整数秒（至少为 0）或 null</translation>
    </message>
    <message>
        <source>{where}: &quot;optional&quot; must be true or false</source>
        <translation>{where}：“optional” 必须是 true 或 false</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}：{problem}</translation>
    </message>
    <message>
        <source>&quot;languages&quot; must be a list of language codes (&quot;en&quot;, &quot;fr&quot;, &quot;zh&quot;)</source>
        <translation>“languages”必须是语言代码列表（“en”、“fr”、“zh”）</translation>
    </message>
    <message>
        <source>&quot;languages&quot; lists more than {count} languages</source>
        <translation>“languages”列出了超过 {count} 种语言</translation>
    </message>
    <message>
        <source>&quot;languages&quot;: {code} is not a language code (like &quot;en&quot;, &quot;fr&quot;, &quot;zh&quot;)</source>
        <translation>“languages”：{code} 不是语言代码（例如“en”、“fr”、“zh”）</translation>
    </message>
    <message>
        <source>&quot;languages&quot; lists &quot;{code}&quot; twice</source>
        <translation>“languages”重复列出了“{code}”</translation>
    </message>
    <message>
        <source>&quot;language&quot; (&quot;{main}&quot;) must be one of &quot;languages&quot;</source>
        <translation>“language”（“{main}”）必须是“languages”之一</translation>
    </message>
    <message>
        <source>{where}: &quot;translations&quot; must be an object of languages</source>
        <translation>{where}：“translations”必须是按语言组织的对象</translation>
    </message>
    <message>
        <source>{where}: a translation into &quot;{code}&quot;, which is not one of the tour&apos;s other &quot;languages&quot; ({declared})</source>
        <translation>{where}：有“{code}”译文，但它不在导览的其他“languages”中（{declared}）</translation>
    </message>
    <message>
        <source>{where}: the &quot;{code}&quot; translation must be an object</source>
        <translation>{where}：“{code}”译文必须是对象</translation>
    </message>
    <message>
        <source>{where}: the &quot;{code}&quot; translation has unknown fields: {fields}</source>
        <translation>{where}：“{code}”译文含有未知字段：{fields}</translation>
    </message>
    <message>
        <source>{where}: &quot;{name}&quot; in the &quot;{code}&quot; translation must be a string</source>
        <translation>{where}：“{code}”译文中的“{name}”必须是字符串</translation>
    </message>
    <message>
        <source>stop {number}: &quot;{key}&quot;</source>
        <translation>第 {number} 站：“{key}”</translation>
    </message>
    <message>
        <source>stop {number}: &quot;{key}&quot; ({code})</source>
        <translation>第 {number} 站：“{key}”（{code}）</translation>
    </message>
    <message>
        <source>the stop&apos;s title</source>
        <translation>站点标题</translation>
    </message>
    <message>
        <source>a stop heading (&apos;## &apos;) has no title</source>
        <translation>站点标题行（“## ”）没有标题文字</translation>
    </message>
    <message>
        <source>the {code} translation (&apos;{title}&apos;)</source>
        <translation>{code} 译文（“{title}”）</translation>
    </message>
    <message>
        <source>stop &apos;{title}&apos;</source>
        <translation>站点“{title}”</translation>
    </message>
    <message>
        <source>{where} is translated into &apos;{code}&apos; twice</source>
        <translation>{where}有两份“{code}”译文</translation>
    </message>
    <message>
        <source>the {code} title</source>
        <translation>{code} 标题</translation>
    </message>
    <message>
        <source>under the heading of {heading}, expected a field such as &apos;{example}&apos; or a blank line before the talking points</source>
        <translation>在{heading}的标题下，应为“{example}”这样的字段，或在讲解要点前留一个空行</translation>
    </message>
    <message>
        <source>unknown field &apos;{field}&apos; ({kind} fields are {fields}); leave a blank line before the talking points</source>
        <translation>未知字段“{field}”（{kind}字段为 {fields}）；请在讲解要点前留一个空行</translation>
    </message>
    <message>
        <source>the field &apos;{key}&apos; is given twice for this stop</source>
        <translation>此站点的字段“{key}”出现了两次</translation>
    </message>
    <message>
        <source>a code block (```) is never closed</source>
        <translation>代码块（```）没有闭合</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>the tour has no title: add &apos;title:&apos; to the front matter or a &apos;# &apos; heading</source>
        <translation>导览没有标题：请在文件头中加上“title:”，或加一个“# ”标题</translation>
    </message>
    <message>
        <source>the tour has no stops: each stop starts with a &apos;## &apos; heading</source>
        <translation>导览没有站点：每个站点以“## ”标题开头</translation>
    </message>
    <message>
        <source>the introduction</source>
        <translation>导言</translation>
    </message>
    <message>
        <source>translated ({code})</source>
        <translation>译文（{code}）</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>the talking points of {heading}</source>
        <translation>{heading}的讲解要点</translation>
    </message>
    <message>
        <source>the {code} introduction</source>
        <translation>{code} 开场白</translation>
    </message>
    <message>
        <source>expected &apos;key: value&apos; in the front matter</source>
        <translation>文件头中应为“键: 值”</translation>
    </message>
    <message>
        <source>unknown front matter key &apos;{key}&apos; (known: {keys})</source>
        <translation>未知的文件头键“{key}”（支持：{keys}）</translation>
    </message>
    <message>
        <source>the front matter that starts on line 1 is never closed with &apos;---&apos;</source>
        <translation>从第 1 行开始的文件头没有用“---”闭合</translation>
    </message>
    <message>
        <source>{what}: {error}</source>
        <translation>{what}：{error}</translation>
    </message>
    <message>
        <source>stop &apos;{title}&apos; has no &apos;duration:&apos; field</source>
        <translation>站点“{title}”没有“duration:”字段</translation>
    </message>
    <message>
        <source>optional: &apos;{text}&apos; is neither yes nor no</source>
        <translation>optional：“{text}” 既不是 yes 也不是 no</translation>
    </message>
    <message>
        <source>latest is not a show time such as 1:30:00: {error}</source>
        <translation>latest 不是像 1:30:00 这样的节目时间：{error}</translation>
    </message>
    <message>
        <source>the image &apos;{relative}&apos; is refused: {problem}</source>
        <translation>图片“{relative}”被拒绝：{problem}</translation>
    </message>
    <message>
        <source>an image can only be read from a tour file on disk</source>
        <translation>只能从磁盘上的导览文件读取图片</translation>
    </message>
    <message>
        <source>the image &apos;{relative}&apos; cannot be read: {reason} (looked in {base_dir})</source>
        <translation>无法读取图片“{relative}”：{reason}（查找位置：{base_dir}）</translation>
    </message>
    <message>
        <source>the file is larger than {size}</source>
        <translation>文件大于 {size}</translation>
    </message>
    <message>
        <source>{reason}, not a regular file</source>
        <translation>{reason}，不是普通文件</translation>
    </message>
    <message>
        <source>it is a folder, not a regular file</source>
        <translation>这是文件夹，不是普通文件</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>cannot read the file ({reason})</source>
        <translation>无法读取文件（{reason}）</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (save it as UTF-8 in your editor or spreadsheet)</source>
        <translation>文件不是 UTF-8 文本（请在编辑器或电子表格中另存为 UTF-8）</translation>
    </message>
    <message>
        <source>the file holds a NUL character: it is not a text file</source>
        <translation>文件包含 NUL 字符：不是文本文件</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>换行符</translation>
    </message>
    <message>
        <source>a control character</source>
        <translation>控制字符</translation>
    </message>
    <message>
        <source>a lone surrogate, which is no character</source>
        <translation>孤立的代理码元（不是字符）</translation>
    </message>
    <message>
        <source>{what} holds {kind} (U+{ord:04X})</source>
        <translation>{what}包含{kind}（U+{ord:04X}）</translation>
    </message>
</context>
<context>
    <name>HitModel</name>
    <message>
        <source>Session</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>Tour</source>
        <translation>导览</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Show time</source>
        <translation>直播时间</translation>
    </message>
    <message>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
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
        <source>The dropped data is not a picture Cicerone can show</source>
        <translation>拖入的数据不是 Cicerone 能显示的图片</translation>
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
    <name>InputError</name>
    <message>
        <source>{path}: {reason}</source>
        <translation>{path}：{reason}</translation>
    </message>
    <message>
        <source>{path}, line {line}: {reason}</source>
        <translation>{path}，第 {line} 行：{reason}</translation>
    </message>
</context>
<context>
    <name>Json</name>
    <message>
        <source>JSON nested deeper than {depth} levels</source>
        <translation>JSON 嵌套超过 {depth} 层</translation>
    </message>
    <message>
        <source>not JSON (not UTF-8 text)</source>
        <translation>不是 JSON（不是 UTF-8 文本）</translation>
    </message>
    <message>
        <source>not JSON ({msg} at line {line} column {column})</source>
        <translation>不是 JSON（第 {line} 行第 {column} 列：{msg}）</translation>
    </message>
    <message>
        <source>not JSON we read (a number over {limit} digits, or nested too deep)</source>
        <translation>无法读取的 JSON（数字超过 {limit} 位，或嵌套太深）</translation>
    </message>
</context>
<context>
    <name>LiveController</name>
    <message>
        <source>A session is on air: end it (End show… in the clock bar) before opening another tour.</source>
        <translation>有场次正在直播：请先结束它（时钟栏中的“结束直播…”），再打开其他导览。</translation>
    </message>
    <message>
        <source>the adopted advice was NOT recorded</source>
        <translation>采纳的建议未能记录</translation>
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
        <source>the language switch was NOT recorded</source>
        <translation>语言切换未记录</translation>
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
        <source>L talking-points language</source>
        <translation>L 讲解语言</translation>
    </message>
    <message>
        <source>L language</source>
        <translation>L 语言</translation>
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
        <source>Questions</source>
        <translation>提问</translation>
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
    <name>LockWatch</name>
    <message>
        <source>The database had lost its lock against other programs (something in the console opened and closed the file). Reopening it failed ({problem}): end the show and restart the console.</source>
        <translation>数据库失去了防止其他程序访问的锁（控制台中的某个部分打开又关闭了该文件）。重新打开失败（{problem}）：请结束直播并重启控制台。</translation>
    </message>
    <message>
        <source>The database had lost its lock against other programs (something in the console opened and closed the file). It was reopened at once and another program had restarted its journal, so the {rows} rows written since were copied back into the file. Nothing was lost.</source>
        <translation>数据库失去了防止其他程序访问的锁（控制台中的某个部分打开又关闭了该文件）。已立即重新打开；另一个程序重启了它的日志，因此此后写入的 {rows} 行已复制回文件。没有任何数据丢失。</translation>
    </message>
    <message>
        <source>The database had lost its lock against other programs (something in the console opened and closed the file). It was reopened at once and no other program had touched it meanwhile. Nothing was lost.</source>
        <translation>数据库失去了防止其他程序访问的锁（控制台中的某个部分打开又关闭了该文件）。已立即重新打开，期间没有其他程序动过它。没有任何数据丢失。</translation>
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
    <name>NotesSearchPane</name>
    <message>
        <source>Search the notes of every session</source>
        <translation>搜索所有场次的笔记</translation>
    </message>
    <message>
        <source>Notes holding every word, in any order; &quot;two words&quot; in quotes as one phrase. Words of one or two characters (画, 蒙娜) are found too.</source>
        <translation>包含所有词语的笔记，顺序不限；用英文双引号括起的 &quot;两个词&quot; 视为一个短语。一两个字的词（画、蒙娜）也能找到。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>Searching the notes</source>
        <translation>正在搜索笔记</translation>
    </message>
    <message>
        <source>Type a word to search for</source>
        <translation>请输入要搜索的词语</translation>
    </message>
    <message>
        <source>No note holds every word</source>
        <translation>没有笔记包含所有这些词语</translation>
    </message>
    <message>
        <source>The first {count} notes, newest session first: add a word to narrow them</source>
        <translation>前 {count} 条笔记，最新场次在前：再加一个词可缩小范围</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) found</source>
        <translation>
            <numerusform>找到 %n 条笔记</numerusform>
        </translation>
    </message>
    <message>
        <source>The search failed: {reason}</source>
        <translation>搜索失败：{reason}</translation>
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
    <message numerus="yes">
        <source>Took {languages} off the tour with the translations of %n stop(s). Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>已从导览中移除 {languages}，以及 %n 个站点的译文。撤销 (Ctrl+Z) 可恢复。</numerusform>
        </translation>
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
        <source>Set %n minimum(s) from the fastest rehearsals</source>
        <translation>
            <numerusform>已按最快的彩排设置 %n 个最短时长</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %n planned duration(s) from the rehearsal</source>
        <translation>
            <numerusform>已按彩排设定 %n 个计划时长</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionsPane</name>
    <message>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <source>Twitch</source>
        <translation>Twitch</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>连接中</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>读取中</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>chat disabled</source>
        <translation>聊天已关闭</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <source>quota</source>
        <translation>配额</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>提问</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>取消置顶</translation>
    </message>
    <message>
        <source>Dismiss pinned</source>
        <translation>忽略置顶问题</translation>
    </message>
    <message>
        <source>No chat source: see the README, &apos;Audience questions&apos;.</source>
        <translation>没有聊天来源：请参阅 README 的“Audience questions”一节。</translation>
    </message>
    <message>
        <source>reading every {seconds:.0f} s</source>
        <translation>每 {seconds:.0f} 秒读取一次</translation>
    </message>
    <message>
        <source>YouTube quota today: {units} of {quota} units</source>
        <translation>今日 YouTube 配额：已用 {units} / {quota} 单位</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n 个提问</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n 条消息</numerusform>
        </translation>
    </message>
    <message>
        <source>Question from {author}, {platform}: {text}</source>
        <translation>来自 {author}（{platform}）的提问：{text}</translation>
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
    <message>
        <source>Set the ticked stops&apos; minimums (what the time rescue may shorten them to) to the fastest any rehearsal took:</source>
        <translation>将勾选站点的最短时长（时间救援最多可缩短到的时长）设为彩排中最快的用时：</translation>
    </message>
    <message>
        <source>Minimum now</source>
        <translation>当前最短</translation>
    </message>
    <message>
        <source>Fastest</source>
        <translation>最快</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>固定</translation>
    </message>
    <message numerus="yes">
        <source>{time} (of %n rehearsal(s))</source>
        <translation>
            <numerusform>{time}（共 %n 次彩排）</numerusform>
        </translation>
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
        <source>Scan with a phone to open the remote: the link carries the token. /stage and /producer open the same way.</source>
        <translation>用手机扫描即可打开遥控器：链接中已含令牌。/stage 和 /producer 也以同样方式打开。</translation>
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
        <source>Phone</source>
        <translation>手机</translation>
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
    <name>ReportChart</name>
    <message>
        <source>stream</source>
        <translation>推流</translation>
    </message>
    <message>
        <source>on air</source>
        <translation>直播中</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>重新连接中</translation>
    </message>
    <message>
        <source>OFF AIR</source>
        <translation>已停播</translation>
    </message>
    <message>
        <source>viewers (all sources)</source>
        <translation>观众（全部来源）</translation>
    </message>
    <message>
        <source>partial: a source missing</source>
        <translation>不完整：缺少一个来源</translation>
    </message>
    <message>
        <source>no count</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>mark</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>▲ gained most  ▼ lost most</source>
        <translation>▲ 增长最多  ▼ 流失最多</translation>
    </message>
    <message>
        <source>stream: on air</source>
        <translation>推流：直播中</translation>
    </message>
    <message>
        <source>off air</source>
        <translation>已停播</translation>
    </message>
    <message>
        <source>dropped frames over {share} %</source>
        <translation>丢帧超过 {share}%</translation>
    </message>
    <message>
        <source>bitrate (top {kbps} kb/s)</source>
        <translation>码率（顶部 {kbps} kb/s）</translation>
    </message>
    <message>
        <source>show time</source>
        <translation>直播时间</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>Viewers over show time</source>
        <translation>观众随直播时间的变化</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>观众</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the language code of the report&apos;s words (fr, zh-CN)</comment>
        <translation>zh-CN</translation>
    </message>
    <message>
        <source>rehearsal</source>
        <translation>彩排</translation>
    </message>
    <message>
        <source>show</source>
        <translation>直播</translation>
    </message>
    <message>
        <source>Report of the {kind} of {when}</source>
        <translation>{when}的{kind}报告</translation>
    </message>
    <message>
        <source>The whole show</source>
        <translation>整场直播</translation>
    </message>
    <message>
        <source>Stops: times</source>
        <translation>各站：时间</translation>
    </message>
    <message>
        <source>Stops: audience</source>
        <translation>各站：观众</translation>
    </message>
    <message>
        <source>Notes and marks</source>
        <translation>笔记和标记</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>没有笔记。</translation>
    </message>
    <message>
        <source>Before the first stop</source>
        <translation>第一站之前</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>提问者</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Times asked</source>
        <translation>提问次数</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已回答</translation>
    </message>
    <message>
        <source>at {clock}</source>
        <translation>于 {clock}</translation>
    </message>
    <message>
        <source>no (dismissed)</source>
        <translation>否（已忽略）</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <source>Twitch</source>
        <translation>Twitch</translation>
    </message>
    <message>
        <source>Demo chat</source>
        <translation>演示聊天</translation>
    </message>
    <message>
        <source>Audience figures count only the complete total (every source answering). A revisited stop adds up its visits: arrival from the first, departure from the last, change summed, hold multiplied.</source>
        <translation>观众数据只计算完整总数（所有来源都有响应）。重访的站点会累计各次停留：到达取第一次，离开取最后一次，变化相加，留存相乘。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>停留次数</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到达</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>离开</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>At arrival</source>
        <translation>到达时</translation>
    </message>
    <message>
        <source>At departure</source>
        <translation>离开时</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>峰值</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>留存</translation>
    </message>
    <message>
        <source>Share of peak</source>
        <translation>占峰值比例</translation>
    </message>
    <message>
        <source>Show time</source>
        <translation>直播时间</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>时钟</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>never ended: last event at {clock}</source>
        <translation>未正常结束：最后事件于 {clock}</translation>
    </message>
    <message>
        <source>{peak} at {when}</source>
        <translation>{peak}（于 {when}）</translation>
    </message>
    <message>
        <source>Went live</source>
        <translation>开播</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Over (+) or under (−) the slot</source>
        <translation>超出（+）或少于（−）时段</translation>
    </message>
    <message>
        <source>Peak viewers</source>
        <translation>观众峰值</translation>
    </message>
    <message>
        <source>Average viewers</source>
        <translation>平均观众</translation>
    </message>
    <message>
        <source>Start-to-end change</source>
        <translation>首尾变化</translation>
    </message>
    <message>
        <source>{asked} ({answered} answered)</source>
        <translation>{asked}（已回答 {answered}）</translation>
    </message>
    <message>
        <source>Audience questions</source>
        <translation>观众提问</translation>
    </message>
    <message>
        <source>{stop} (gained most)</source>
        <translation>{stop}（增长最多）</translation>
    </message>
    <message>
        <source>{stop} (lost most)</source>
        <translation>{stop}（流失最多）</translation>
    </message>
    <message>
        <source>(mark)</source>
        <translation>（标记）</translation>
    </message>
    <message>
        <source>{start}… (+{count} characters: the session export holds the whole note)</source>
        <translation>{start}…（另有 {count} 个字符：场次导出包含完整笔记）</translation>
    </message>
    <message>
        <source>Report: {tour}</source>
        <translation>报告：{tour}</translation>
    </message>
</context>
<context>
    <name>Rescue</name>
    <message>
        <source>{spare} to spare: it could go to {title}</source>
        <translation>富余 {spare}：可留给 {title}</translation>
    </message>
    <message>
        <source>{over} over, and no stop left can be shortened or skipped</source>
        <translation>超时 {over}，剩余站点均无法缩短或跳过</translation>
    </message>
    <message>
        <source>Still {over} over at the shortest: {changes}</source>
        <translation>即使最短仍超时 {over}：{changes}</translation>
    </message>
    <message>
        <source>Skip {titles} (optional) to end on time</source>
        <translation>跳过 {titles}（可选）即可准时结束</translation>
    </message>
    <message>
        <source>To end on time: skip {titles} (optional), {cuts}</source>
        <translation>准时结束：跳过 {titles}（可选），{cuts}</translation>
    </message>
    <message>
        <source>To end on time: {cuts}</source>
        <translation>准时结束：{cuts}</translation>
    </message>
    <message>
        <source>{line} (cut where audiences left before)</source>
        <translation>{line}（在以往观众流失处删减）</translation>
    </message>
    <message>
        <source>skip {titles}, {cuts}</source>
        <translation>跳过 {titles}，{cuts}</translation>
    </message>
    <message>
        <source>skip {titles}</source>
        <translation>跳过 {titles}</translation>
    </message>
</context>
<context>
    <name>ReviewLibrary</name>
    <message>
        <source>Reading the sessions…</source>
        <translation>正在读取场次…</translation>
    </message>
    <message>
        <source>Reading session {id}…</source>
        <translation>正在读取场次 {id}…</translation>
    </message>
    <message>
        <source>{path}: cannot write the file ({reason})</source>
        <translation>{path}：无法写入文件（{reason}）</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>正在写入 {file}…</translation>
    </message>
    <message>
        <source>cannot read the database {path}: {reason}</source>
        <translation>无法读取数据库 {path}：{reason}</translation>
    </message>
    <message>
        <source>this session never went live: no chapters</source>
        <translation>此场次从未开播：没有章节</translation>
    </message>
    <message>
        <source>only {count} chapter(s) of at least 10 seconds; YouTube needs {least} or more</source>
        <translation>只有 {count} 个至少 10 秒的章节；YouTube 需要至少 {least} 个</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>SESSIONS</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Tour</source>
        <translation>导览</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>峰值</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Choose a session on the left.</source>
        <translation>请在左侧选择一个场次。</translation>
    </message>
    <message>
        <source>A line per source</source>
        <translation>每个来源一条线</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>HTML…</source>
        <translation>HTML…</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Chapters…</source>
        <translation>章节…</translation>
    </message>
    <message>
        <source>Export this session&apos;s report</source>
        <translation>导出此场次的报告</translation>
    </message>
    <message>
        <source>The whole show</source>
        <translation>整场直播</translation>
    </message>
    <message>
        <source>rehearsal</source>
        <translation>彩排</translation>
    </message>
    <message>
        <source>show</source>
        <translation>直播</translation>
    </message>
    <message>
        <source>never live</source>
        <translation>从未开播</translation>
    </message>
    <message>
        <source>{length} (never ended)</source>
        <translation>{length}（未正常结束）</translation>
    </message>
    <message>
        <source>Rehearsal</source>
        <translation>彩排</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>直播</translation>
    </message>
    <message>
        <source>{kind} of {tour}, {when}</source>
        <translation>{tour}的{kind}，{when}</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>已写入：{path}</translation>
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
        <source>skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>of {planned}</source>
        <translation>共 {planned}</translation>
    </message>
</context>
<context>
    <name>RunSheetLabels</name>
    <message numerus="yes">
        <source>%n stop(s)</source>
        <translation>
            <numerusform>%n 个站点</numerusform>
        </translation>
    </message>
    <message>
        <source>slot {slot}</source>
        <translation>时段 {slot}</translation>
    </message>
    <message>
        <source>planned {planned}</source>
        <translation>计划 {planned}</translation>
    </message>
    <message>
        <source>no slot</source>
        <translation>未设时段</translation>
    </message>
    <message>
        <source>OVER by {over}</source>
        <translation>超时 {over}</translation>
    </message>
    <message>
        <source>starts at {clock}</source>
        <translation>{clock} 开始</translation>
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
        <source>not translated</source>
        <translation>未翻译</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
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
    <name>SessionCompareView</name>
    <message>
        <source>A:</source>
        <translation>A：</translation>
    </message>
    <message>
        <source>B:</source>
        <translation>B：</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Paired by</source>
        <translation>配对依据</translation>
    </message>
    <message>
        <source>Time A</source>
        <translation>A 用时</translation>
    </message>
    <message>
        <source>Time B</source>
        <translation>B 用时</translation>
    </message>
    <message>
        <source>B − A</source>
        <translation>B − A</translation>
    </message>
    <message>
        <source>Hold A</source>
        <translation>A 留存</translation>
    </message>
    <message>
        <source>Hold B</source>
        <translation>B 留存</translation>
    </message>
    <message>
        <source>Hold: viewers at departure ÷ viewers at arrival. Highlighted: a time {seconds} s or more apart, or a hold {points} points or more apart.</source>
        <translation>留存：离开时观众数 ÷ 到达时观众数。突出显示：用时相差 {seconds} 秒或以上，或留存相差 {points} 个百分点或以上。</translation>
    </message>
    <message>
        <source>No other session of this tour</source>
        <translation>此导览没有其他场次</translation>
    </message>
    <message>
        <source>Choose a session of the same tour as B.</source>
        <translation>请选择同一导览的另一场次作为 B。</translation>
    </message>
    <message>
        <source>Choose two sessions of one tour.</source>
        <translation>请选择同一导览的两个场次。</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>正在比较…</translation>
    </message>
    <message>
        <source>Comparing two sessions</source>
        <translation>正在比较两个场次</translation>
    </message>
    <message>
        <source>Cannot compare these sessions: {reason}</source>
        <translation>无法比较这两个场次：{reason}</translation>
    </message>
    <message>
        <source>Length: A {a}, B {b} ({difference})</source>
        <translation>时长：A {a}，B {b}（{difference}）</translation>
    </message>
    <message>
        <source>Only in A: {stops}</source>
        <translation>仅在 A 中：{stops}</translation>
    </message>
    <message>
        <source>Only in B: {stops}</source>
        <translation>仅在 B 中：{stops}</translation>
    </message>
    <message>
        <source>position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>only in A</source>
        <translation>仅在 A 中</translation>
    </message>
    <message>
        <source>only in B</source>
        <translation>仅在 B 中</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>{points} pts</source>
        <translation>{points} 个百分点</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <source>Rehearsal</source>
        <translation>彩排</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>直播</translation>
    </message>
    <message>
        <source>#{id} · {date} · {kind} · {tour}</source>
        <translation>#{id} · {date} · {kind} · {tour}</translation>
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
    <name>StageDisplay</name>
    <message>
        <source>Cicerone — stage display</source>
        <translation>Cicerone — 舞台提示屏</translation>
    </message>
    <message>
        <source>READY</source>
        <translation>就绪</translation>
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
        <source>OVER</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>THIS STOP</source>
        <translation>本站</translation>
    </message>
    <message>
        <source>SHOW LEFT</source>
        <translation>全场剩余</translation>
    </message>
    <message>
        <source>NOW</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>NEXT</source>
        <translation>下一站</translation>
    </message>
    <message>
        <source>Last stop</source>
        <translation>最后一站</translation>
    </message>
    <message>
        <source>{count} viewers</source>
        <translation>{count} 位观众</translation>
    </message>
    <message>
        <source>{viewers} (stale)</source>
        <translation>{viewers}（过时）</translation>
    </message>
</context>
<context>
    <name>StageScreens</name>
    <message>
        <source>Stage display</source>
        <translation>舞台提示屏</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>{screen} — the console&apos;s screen</source>
        <translation>{screen} — 控制台所在的屏幕</translation>
    </message>
    <message>
        <source>{screen} (not connected)</source>
        <translation>{screen}（未连接）</translation>
    </message>
    <message>
        <source>Show the viewer total</source>
        <translation>显示观众总数</translation>
    </message>
    <message>
        <source>The stage screen &apos;{screen}&apos; is not connected: the stage display waits behind the console and returns to that screen when it is back.</source>
        <translation>舞台屏幕“{screen}”未连接：提示屏暂时留在控制台窗口后面，该屏幕重新连接后会自动回到那里。</translation>
    </message>
    <message>
        <source>&apos;{screen}&apos; is the console&apos;s own screen: full screen there, the stage display would hide the console. It waits behind the console; choose another screen in its menu.</source>
        <translation>“{screen}”是控制台所在的屏幕：在那里全屏会挡住控制台。提示屏暂时留在控制台窗口后面；请在它的菜单中选择另一块屏幕。</translation>
    </message>
    <message>
        <source>The stage screen &apos;{screen}&apos; was disconnected: the stage display waits behind the console and returns to that screen when it is back.</source>
        <translation>舞台屏幕“{screen}”已断开：提示屏暂时留在控制台窗口后面，该屏幕重新连接后会自动回到那里。</translation>
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
        <source>When late</source>
        <translation>超时时</translation>
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
        <source>min: fixed</source>
        <translation>最短：固定</translation>
    </message>
    <message>
        <source>The shortest acceptable time; empty: the planned duration</source>
        <translation>可接受的最短时长；留空：即计划时长</translation>
    </message>
    <message>
        <source>May be skipped</source>
        <translation>可跳过</translation>
    </message>
    <message>
        <source>latest start: any</source>
        <translation>最晚开始：不限</translation>
    </message>
    <message>
        <source>The latest show time the stop may start, e.g. 1:30:00</source>
        <translation>此站最晚开始的节目时间，例如 1:30:00</translation>
    </message>
    <message>
        <source>The language of the stop&apos;s text being edited</source>
        <translation>正在编辑的站点文本所用的语言</translation>
    </message>
    <message>
        <source>Stops whose title and talking points are translated, per language</source>
        <translation>各语言中标题和讲解要点均已翻译的站点数</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>编辑语言</translation>
    </message>
    <message>
        <source>{code} (main)</source>
        <translation>{code}（主语言）</translation>
    </message>
    <message>
        <source>Talking points in {code} ({main} above, preview below)</source>
        <translation>{code} 讲解要点（上方为 {main}，下方预览）</translation>
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
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>talking points</source>
        <translation>讲解要点</translation>
    </message>
    <message>
        <source>Not yet in {code}: {fields}</source>
        <translation>尚未译成 {code}：{fields}</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>{db_path}: no database here to back up</source>
        <translation>{db_path}：这里没有可备份的数据库</translation>
    </message>
    <message>
        <source>{target}: cannot write the backup ({reason})</source>
        <translation>{target}：无法写入备份（{reason}）</translation>
    </message>
    <message>
        <source>{folder}: the backup folder is missing (is the USB stick or network share connected?); no backup was made</source>
        <translation>{folder}：备份文件夹不存在（U 盘或网络共享是否已连接？）；未进行备份</translation>
    </message>
    <message>
        <source>{copy}: cannot restore it ({strerror})</source>
        <translation>{copy}：无法恢复（{strerror}）</translation>
    </message>
    <message>
        <source>{copy}: cannot restore it: {reason}</source>
        <translation>{copy}：无法恢复：{reason}</translation>
    </message>
    <message>
        <source>{copy}: this is the database itself</source>
        <translation>{copy}：这就是数据库本身</translation>
    </message>
    <message>
        <source>{copy}: not a Cicerone database (it holds no tables)</source>
        <translation>{copy}：不是 Cicerone 数据库（其中没有任何表）</translation>
    </message>
    <message>
        <source>{db_path}: cannot restore {copy} ({reason}); nothing was changed</source>
        <translation>{db_path}：无法恢复 {copy}（{reason}）；未做任何更改</translation>
    </message>
    <message>
        <source>{db_path}: another Cicerone console has this database open{holder}. Only one console at a time can run a show on it: close the other one first.</source>
        <translation>{db_path}：另一个 Cicerone 控制台已打开此数据库{holder}。同一时间只能有一个控制台在其上进行直播：请先关闭另一个。</translation>
    </message>
    <message>
        <source>{db_path}: cannot make a console lock file ({problems})</source>
        <translation>{db_path}：无法创建控制台锁文件（{problems}）</translation>
    </message>
    <message>
        <source> (process {process} on {host})</source>
        <translation>（{host} 上的进程 {process}）</translation>
    </message>
    <message>
        <source>{path}: read-only ({reason}); nothing was changed</source>
        <translation>{path}：只读（{reason}）；未做任何更改</translation>
    </message>
    <message>
        <source>{path}: read-only ({read_only}), and this Cicerone must update its schema first: open it once where it can be written</source>
        <translation>{path}：只读（{read_only}），而此 Cicerone 需要先更新其结构：请在可写的位置打开一次</translation>
    </message>
    <message>
        <source>{path}: cannot open the database ({error})</source>
        <translation>{path}：无法打开数据库（{error}）</translation>
    </message>
    <message>
        <source>{path}: cannot read the database ({strerror})</source>
        <translation>{path}：无法读取数据库（{strerror}）</translation>
    </message>
    <message>
        <source>{path}: not a database file ({kind})</source>
        <translation>{path}：不是数据库文件（{kind}）</translation>
    </message>
    <message>
        <source>{path}: cannot create the folder for the database ({strerror})</source>
        <translation>{path}：无法为数据库创建文件夹（{strerror}）</translation>
    </message>
    <message>
        <source>{path}: cannot create the database ({reason}); nothing was written</source>
        <translation>{path}：无法创建数据库（{reason}）；未写入任何内容</translation>
    </message>
    <message>
        <source>{path}: the database is damaged ({answer})</source>
        <translation>{path}：数据库已损坏（{answer}）</translation>
    </message>
    <message>
        <source>{path}: not a Cicerone database (it holds other tables)</source>
        <translation>{path}：不是 Cicerone 数据库（其中有其他表）</translation>
    </message>
    <message>
        <source>{path}: not a Cicerone database (this file is not SQLite at all)</source>
        <translation>{path}：不是 Cicerone 数据库（该文件根本不是 SQLite）</translation>
    </message>
    <message>
        <source>{path}: the database is damaged or not SQLite ({error})</source>
        <translation>{path}：数据库已损坏或不是 SQLite（{error}）</translation>
    </message>
    <message>
        <source>{path}: written by a newer Cicerone (schema {versions}); update Cicerone</source>
        <translation>{path}：由更新版本的 Cicerone 写入（结构 {versions}）；请更新 Cicerone</translation>
    </message>
    <message>
        <source>{path}: cannot write the backup this Cicerone makes before updating the database&apos;s schema ({name}: {reason}); the database was not changed. Free some space and start again.</source>
        <translation>{path}：无法写入此 Cicerone 在更新数据库结构前所做的备份（{name}：{reason}）；数据库未被更改。请腾出一些空间后重新启动。</translation>
    </message>
    <message>
        <source>the file system it is on is read-only</source>
        <translation>它所在的文件系统是只读的</translation>
    </message>
    <message>
        <source>the file is not writable by this user</source>
        <translation>当前用户无法写入该文件</translation>
    </message>
    <message>
        <source>its folder is not writable by this user (SQLite keeps its -wal and -shm files there)</source>
        <translation>当前用户无法写入其所在文件夹（SQLite 在那里存放 -wal 和 -shm 文件）</translation>
    </message>
    <message>
        <source>{path}: cannot read the database ({error})</source>
        <translation>{path}：无法读取数据库（{error}）</translation>
    </message>
    <message>
        <source>no tour with id {tour_id}</source>
        <translation>没有 ID 为 {tour_id} 的导览</translation>
    </message>
    <message>
        <source>tour {tour_id} has no stop {number}</source>
        <translation>导览 {tour_id} 没有第 {number} 站</translation>
    </message>
    <message>
        <source>no session with id {session_id}</source>
        <translation>没有 ID 为 {session_id} 的直播</translation>
    </message>
    <message>
        <source>SQLite {version} is too old for the notes&apos; search (3.34 or later is needed)</source>
        <translation>SQLite {version} 版本过旧，无法搜索笔记（需要 3.34 或更高版本）</translation>
    </message>
    <message>
        <source>SQLite {version} here has no full-text search (FTS5 with trigrams: {error})</source>
        <translation>此处的 SQLite {version} 不支持全文搜索（带三元组的 FTS5：{error}）</translation>
    </message>
    <message>
        <source>{path}: cannot be used with this SQLite: {reason}. Use Cicerone&apos;s installer.</source>
        <translation>{path}：无法在此 SQLite 下使用：{reason}。请使用 Cicerone 安装程序。</translation>
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
        <source>Talking points in {language}; L switches</source>
        <translation>讲解要点语言：{language}；按 L 切换</translation>
    </message>
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
    <name>TaskQueue</name>
    <message>
        <source>an internal error stopped this job (details in {log})</source>
        <translation>内部错误中止了此任务（详见 {log}）</translation>
    </message>
</context>
<context>
    <name>TourForm</name>
    <message>
        <source>e.g. 1h 30m (empty: no slot)</source>
        <translation>例如 1h 30m（留空：不设时段）</translation>
    </message>
    <message>
        <source>e.g. en</source>
        <translation>例如 en</translation>
    </message>
    <message>
        <source>The main language: the one the stops are written in first</source>
        <translation>主语言：站点内容最初撰写所用的语言</translation>
    </message>
    <message>
        <source>translations, e.g. fr, zh</source>
        <translation>译文语言，例如 fr, zh</translation>
    </message>
    <message>
        <source>The languages the stops are translated into, by code, comma-separated (Enter applies)</source>
        <translation>站点要译成的语言代码，用逗号分隔（按 Enter 应用）</translation>
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
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>a tour with translations needs its main language</source>
        <translation>有译文的导览必须设置主语言</translation>
    </message>
    <message>
        <source>first give the main language&apos;s code (e.g. en)</source>
        <translation>请先填写主语言代码（例如 en）</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a language code (e.g. en, fr, zh-Hans)</source>
        <translation>“{code}”不是语言代码（例如 en、fr、zh-Hans）</translation>
    </message>
    <message>
        <source>{code} is listed twice</source>
        <translation>{code} 重复列出</translation>
    </message>
    <message>
        <source>{code} is the main language</source>
        <translation>{code} 是主语言</translation>
    </message>
    <message>
        <source>at most {code} translations</source>
        <translation>最多 {code} 种译文</translation>
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
    <name>ViewerSource</name>
    <message>
        <source>cannot read the file: {reason}, not a regular file</source>
        <translation>无法读取文件：{reason}，不是普通文件</translation>
    </message>
    <message>
        <source>bad answer: the file is larger than {kilobytes} KB</source>
        <translation>无效应答：文件大于 {kilobytes} KB</translation>
    </message>
    <message>
        <source>cannot read the file ({reason})</source>
        <translation>无法读取文件（{reason}）</translation>
    </message>
    <message>
        <source>bad answer: the file is empty</source>
        <translation>无效应答：文件为空</translation>
    </message>
    <message>
        <source>bad answer: {error}</source>
        <translation>无效应答：{error}</translation>
    </message>
    <message>
        <source>{reason}, not a regular file holding the viewer count</source>
        <translation>{reason}，不是存放观众人数的普通文件</translation>
    </message>
    <message>
        <source>no YouTube API key: set CICERONE_YOUTUBE_API_KEY or the keyring entry</source>
        <translation>没有 YouTube API 密钥：请设置 CICERONE_YOUTUBE_API_KEY 或钥匙串条目</translation>
    </message>
    <message>
        <source>no Twitch credentials: set CICERONE_TWITCH_CLIENT_ID and CICERONE_TWITCH_TOKEN (or keyring)</source>
        <translation>没有 Twitch 凭据：请设置 CICERONE_TWITCH_CLIENT_ID 和 CICERONE_TWITCH_TOKEN（或钥匙串）</translation>
    </message>
    <message>
        <source>bad answer: {refused} (HTTP {status}, {count:,} bytes)</source>
        <translation>无效应答：{refused}（HTTP {status}，{count:,} 字节）</translation>
    </message>
    <message>
        <source>no &apos;items&apos; list</source>
        <translation>没有“items”列表</translation>
    </message>
    <message>
        <source>no such video (empty &apos;items&apos;): check the video id</source>
        <translation>找不到该视频（“items”为空）：请检查视频 ID</translation>
    </message>
    <message>
        <source>no &apos;data&apos; list</source>
        <translation>没有“data”列表</translation>
    </message>
    <message>
        <source>nothing at &apos;{where}&apos;</source>
        <translation>“{where}”处没有内容</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a number</source>
        <translation>“{name}”不是数字</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is more viewers than there are people ({count} digits)</source>
        <translation>“{name}”的观众数比世界人口还多（{count} 位数）</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is negative</source>
        <translation>“{name}”是负数</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is more viewers than there are people ({number:.3g})</source>
        <translation>“{name}”的观众数比世界人口还多（{number:.3g}）</translation>
    </message>
    <message>
        <source>rate limited (HTTP 429){detail}</source>
        <translation>请求过于频繁（HTTP 429）{detail}</translation>
    </message>
    <message>
        <source>YouTube quota exceeded for today (HTTP 403){detail}</source>
        <translation>今日 YouTube 配额已用完（HTTP 403）{detail}</translation>
    </message>
    <message>
        <source>bad API key (HTTP 400){detail}</source>
        <translation>API 密钥无效（HTTP 400）{detail}</translation>
    </message>
    <message>
        <source>not authorised: check the client id and token (HTTP 401){detail}</source>
        <translation>未授权：请检查客户端 ID 和令牌（HTTP 401）{detail}</translation>
    </message>
    <message>
        <source>forbidden: check the key&apos;s permissions (HTTP 403){detail}</source>
        <translation>禁止访问：请检查密钥的权限（HTTP 403）{detail}</translation>
    </message>
    <message>
        <source>not found (HTTP 404){detail}</source>
        <translation>未找到（HTTP 404）{detail}</translation>
    </message>
    <message>
        <source>the server failed (HTTP {status}){detail}</source>
        <translation>服务器出错（HTTP {status}）{detail}</translation>
    </message>
    <message>
        <source>bad request (HTTP {status}){detail}</source>
        <translation>请求无效（HTTP {status}）{detail}</translation>
    </message>
    <message>
        <source>not a viewer source</source>
        <translation>不是观众数据源</translation>
    </message>
    <message>
        <source>timeout: the file&apos;s previous read still does not return</source>
        <translation>超时：上一次读取文件仍未返回</translation>
    </message>
    <message>
        <source>cannot read the file ({name}, see the log)</source>
        <translation>无法读取文件（{name}，详见日志）</translation>
    </message>
    <message>
        <source>bad answer: too large ({size:,} bytes, the limit is {limit:,})</source>
        <translation>无效应答：太大（{size:,} 字节，上限为 {limit:,}）</translation>
    </message>
    <message>
        <source>bad answer: larger than {limit:,} bytes, stopped reading</source>
        <translation>无效应答：超过 {limit:,} 字节，已停止读取</translation>
    </message>
    <message>
        <source>timeout: the file could not be read within {seconds:g} s</source>
        <translation>超时：{seconds:g} 秒内未能读取文件</translation>
    </message>
    <message>
        <source>timeout: no complete answer within {seconds:g} s</source>
        <translation>超时：{seconds:g} 秒内没有完整应答</translation>
    </message>
    <message>
        <source>bad answer: could not be read ({name}, see the log)</source>
        <translation>无效应答：无法读取（{name}，详见日志）</translation>
    </message>
    <message>
        <source>connection refused (is the server up?)</source>
        <translation>连接被拒绝（服务器是否在运行？）</translation>
    </message>
    <message>
        <source>bad answer: the server closed the connection early</source>
        <translation>无效应答：服务器过早关闭了连接</translation>
    </message>
    <message>
        <source>host not found (check the network or the address)</source>
        <translation>找不到主机（请检查网络或地址）</translation>
    </message>
    <message>
        <source>timeout: the server did not answer</source>
        <translation>超时：服务器没有应答</translation>
    </message>
    <message>
        <source>secure connection failed (TLS handshake)</source>
        <translation>安全连接失败（TLS 握手）</translation>
    </message>
    <message>
        <source>the network is down</source>
        <translation>网络已断开</translation>
    </message>
    <message>
        <source>the proxy refused the connection</source>
        <translation>代理拒绝了连接</translation>
    </message>
    <message>
        <source>unsupported URL scheme</source>
        <translation>不支持的 URL 协议</translation>
    </message>
    <message>
        <source>network error ({name})</source>
        <translation>网络错误（{name}）</translation>
    </message>
    <message>
        <source>viewer source {spec}</source>
        <translation>观众数据源 {spec}</translation>
    </message>
    <message>
        <source>a viewer source cannot contain control characters</source>
        <translation>观众数据源不能包含控制字符</translation>
    </message>
    <message>
        <source>unknown kind: use youtube:ID, twitch:LOGIN, http-json:URL#path, file:PATH or demo</source>
        <translation>未知类型：请使用 youtube:ID、twitch:LOGIN、http-json:URL#路径、file:路径 或 demo</translation>
    </message>
    <message>
        <source>a YouTube video id is 6-64 letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>YouTube 视频 ID 由 6 到 64 个字母、数字、“-”或“_”组成</translation>
    </message>
    <message>
        <source>a Twitch login is letters, digits and &apos;_&apos;</source>
        <translation>Twitch 登录名由字母、数字和“_”组成</translation>
    </message>
    <message>
        <source>give a file path, e.g. file:/tmp/viewers.txt</source>
        <translation>请给出文件路径，例如 file:/tmp/viewers.txt</translation>
    </message>
    <message>
        <source>http-json needs an http(s) URL, e.g. http-json:https://stats.example/live#data.online</source>
        <translation>http-json 需要 http(s) URL，例如 http-json:https://stats.example/live#data.online</translation>
    </message>
    <message>
        <source>the dotted path has an empty step</source>
        <translation>点分路径中有空的一段</translation>
    </message>
    <message>
        <source>an IPv6 address goes in brackets: http://[::1]:8080/</source>
        <translation>IPv6 地址需放在方括号中：http://[::1]:8080/</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>端口必须是 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>--base must be an http(s) URL such as http://127.0.0.1:8080</source>
        <translation>--base 必须是 http(s) URL，例如 http://127.0.0.1:8080</translation>
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
<context>
    <name>WebViews</name>
    <message>
        <source>Next</source>
        <translation>下一站</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一站</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>已标记</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>This stop</source>
        <translation>本站</translation>
    </message>
    <message>
        <source>Show left</source>
        <translation>全场剩余</translation>
    </message>
    <message>
        <source>Stop {n} of {total}</source>
        <translation>第 {n} 站，共 {total} 站</translation>
    </message>
    <message>
        <source>Last stop</source>
        <translation>最后一站</translation>
    </message>
    <message>
        <source>On air</source>
        <translation>直播中</translation>
    </message>
    <message>
        <source>Not on air</source>
        <translation>未开播</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>观众</translation>
    </message>
    <message>
        <source>No connection to the console: reconnecting…</source>
        <translation>与控制台的连接已断开：正在重新连接…</translation>
    </message>
    <message>
        <source>The token in this link is not valid: scan the QR code again.</source>
        <translation>此链接中的令牌无效：请重新扫描二维码。</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Send cue</source>
        <translation>发送提示</translation>
    </message>
    <message>
        <source>Clear cue</source>
        <translation>清除提示</translation>
    </message>
    <message>
        <source>No cue on screen</source>
        <translation>屏幕上没有提示</translation>
    </message>
    <message>
        <source>Wrap up</source>
        <translation>请收尾</translation>
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
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>已用</translation>
    </message>
    <message>
        <source>Projected end</source>
        <translation>预计结束</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>舞台</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>遥控</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>导播</translation>
    </message>
    <message>
        <source>Audience questions</source>
        <translation>观众提问</translation>
    </message>
    <message>
        <source>Pinned for the guide</source>
        <translation>已置顶给导览员</translation>
    </message>
    <message>
        <source>No question pinned</source>
        <translation>没有置顶的问题</translation>
    </message>
    <message>
        <source>No new questions</source>
        <translation>没有新问题</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>置顶</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>取消置顶</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>×{n}</source>
        <translation>×{n}</translation>
    </message>
    <message>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <source>Twitch</source>
        <translation>Twitch</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
</context>
</TS>
