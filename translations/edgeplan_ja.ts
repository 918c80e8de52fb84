<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>FilePrompts</name>
    <message>
        <source>Unsaved Changes</source>
        <translation>保存されていない変更</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>%1 への変更を保存しますか?</translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>保存しないと、変更は失われます。</translation>
    </message>
    <message>
        <source>Edgeplan</source>
        <translation>Edgeplan</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>ディスク上のファイルが変更されました</translation>
    </message>
    <message>
        <source>Another program has changed %1.</source>
        <translation>別のプログラムが %1 を変更しました。</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>Saving replaces that version with yours. Reloading loses your unsaved changes.</source>
        <translation>保存すると、その版はこちらの版で置き換えられます。再読み込みすると、未保存の変更は失われます。</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>上書き(&amp;O)</translation>
    </message>
    <message>
        <source>Reload it (your unsaved changes are lost), or keep your version and replace theirs when you save?</source>
        <translation>再読み込みしますか (未保存の変更は失われます)? それとも、こちらの版を残し、保存するときに相手の版を置き換えますか?</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>こちらを残す(&amp;K)</translation>
    </message>
    <message>
        <source>an untitled plan</source>
        <translation>無題のプラン</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>未保存の変更の復元</translation>
    </message>
    <message>
        <source>Edgeplan was not closed properly. Unsaved changes to %1 (&quot;%2&quot;) were saved automatically at %3.</source>
        <translation>Edgeplan は正しく終了しませんでした。%1 (「%2」) への未保存の変更は %3 に自動保存されています。</translation>
    </message>
    <message>
        <source>Restore them? The file itself is not changed until you save.</source>
        <translation>復元しますか? 保存するまで、ファイル自体は変更されません。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>破棄(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>後で(&amp;L)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Edgeplan projects (*.edgeplan);;All files (*)</source>
        <translation>Edgeplan プロジェクト (*.edgeplan);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The clipboard holds no components of this plan&apos;s catalog.</source>
        <translation>クリップボードには、このプランのカタログのコンポーネントがありません。</translation>
    </message>
    <message>
        <source>Rename project</source>
        <translation>プロジェクト名の変更</translation>
    </message>
    <message>
        <source>Change sign-off</source>
        <translation>サインオフの変更</translation>
    </message>
</context>
<context>
    <name>edgeplan</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: 開けません: %2</translation>
    </message>
    <message>
        <source>%1: the file is larger than 64 MiB</source>
        <translation>%1: ファイルが 64 MiB を超えています</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>edgeplan::AboutDialog</name>
    <message>
        <source>About Edgeplan</source>
        <translation>Edgeplan について</translation>
    </message>
    <message>
        <source>Edgeplan %1</source>
        <translation>Edgeplan %1</translation>
    </message>
    <message>
        <source>Plans Lync Server 2013 edge and federation topologies and derives the firewall rules that Microsoft&apos;s port summaries require.</source>
        <translation>Lync Server 2013 のエッジとフェデレーションのトポロジを計画し、Microsoft のポートの概要が求めるファイアウォール ルールを導き出します。</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Qt %1 でビルド、Qt %2 で実行しています。</translation>
    </message>
    <message>
        <source>Rule catalogs and their sources:</source>
        <translation>ルール カタログとその出典:</translation>
    </message>
    <message>
        <source>Source: %1 &quot;%2&quot;, %3</source>
        <translation>出典: %1「%2」、%3</translation>
    </message>
</context>
<context>
    <name>edgeplan::Autosave</name>
    <message>
        <source>A&amp;utosave</source>
        <translation>自動保存(&amp;U)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Every Minute</source>
        <translation>1 分ごと</translation>
    </message>
    <message>
        <source>Every 2 Minutes</source>
        <translation>2 分ごと</translation>
    </message>
    <message>
        <source>Every 5 Minutes</source>
        <translation>5 分ごと</translation>
    </message>
    <message>
        <source>Every 10 Minutes</source>
        <translation>10 分ごと</translation>
    </message>
    <message>
        <source>Autosave failed: %1 cannot be locked.</source>
        <translation>自動保存に失敗しました: %1 をロックできません。</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自動保存に失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>edgeplan::CertificateTableModel</name>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>コンポーネント</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>保持するサーバー</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>サブジェクト名</translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation>サブジェクトの別名 (SAN)</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>証明機関</translation>
    </message>
    <message>
        <source>Extended key usage</source>
        <translation>拡張キー使用法</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注記</translation>
    </message>
</context>
<context>
    <name>edgeplan::Cli</name>
    <message>
        <source>Try &apos;edgeplan --help&apos;.</source>
        <translation>使い方は &apos;edgeplan --help&apos; で表示できます。</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 bad input, 2 bad usage.</source>
        <translation>終了コード: 0 成功、1 入力が不正、2 使い方が不正。</translation>
    </message>
    <message>
        <source>&apos;rules&apos; takes one project file</source>
        <translation>&apos;rules&apos; にはプロジェクト ファイルを 1 つ指定します</translation>
    </message>
    <message>
        <source>unknown firewall &apos;%1&apos;</source>
        <translation>不明なファイアウォール &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;export&apos; takes one project file</source>
        <translation>&apos;export&apos; にはプロジェクト ファイルを 1 つ指定します</translation>
    </message>
    <message>
        <source>&apos;export&apos; needs --format (%1)</source>
        <translation>&apos;export&apos; には --format が必要です (%1)</translation>
    </message>
    <message>
        <source>&apos;export&apos; needs --output FILE (&apos;-&apos; for standard output)</source>
        <translation>&apos;export&apos; には --output FILE が必要です (標準出力には &apos;-&apos;)</translation>
    </message>
    <message>
        <source>unknown export format &apos;%1&apos; (%2)</source>
        <translation>不明なエクスポート形式 &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>a %1 file cannot go to standard output</source>
        <translation>%1 ファイルは標準出力に書き出せません</translation>
    </message>
    <message>
        <source>&apos;export --format flow-pdf&apos; needs --output FILE</source>
        <translation>&apos;export --format flow-pdf&apos; には --output FILE が必要です</translation>
    </message>
    <message>
        <source>&apos;export --format flow-pdf&apos; needs --flow ID (%1)</source>
        <translation>&apos;export --format flow-pdf&apos; には --flow ID が必要です (%1)</translation>
    </message>
    <message>
        <source>unknown flow &apos;%1&apos; (%2)</source>
        <translation>不明なフロー &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>&apos;render&apos; takes one project file</source>
        <translation>&apos;render&apos; にはプロジェクト ファイルを 1 つ指定します</translation>
    </message>
    <message>
        <source>&apos;render&apos; needs --output FILE (.svg, .png or .pdf)</source>
        <translation>&apos;render&apos; には --output FILE (.svg、.png、.pdf) が必要です</translation>
    </message>
    <message>
        <source>&apos;render&apos; writes .svg, .png or .pdf, not &apos;%1&apos;</source>
        <translation>&apos;render&apos; が書き出せるのは .svg、.png、.pdf で、&apos;%1&apos; は書き出せません</translation>
    </message>
    <message>
        <source>%1 error</source>
        <translation>エラー %1 件</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>エラー %1 件</translation>
    </message>
    <message>
        <source>%1 warning</source>
        <translation>警告 %1 件</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>警告 %1 件</translation>
    </message>
    <message>
        <source>%1 information</source>
        <translation>情報 %1 件</translation>
    </message>
    <message>
        <source>&apos;validate&apos; takes one project file</source>
        <translation>&apos;validate&apos; にはプロジェクト ファイルを 1 つ指定します</translation>
    </message>
    <message>
        <source>unknown validate format &apos;%1&apos; (text or json)</source>
        <translation>不明な validate の形式 &apos;%1&apos; (text または json)</translation>
    </message>
    <message>
        <source>%1: invalid: %2, %3, %4</source>
        <translation>%1: 無効: %2、%3、%4</translation>
    </message>
    <message>
        <source>%1: valid: %2 components, %3 links, %4 firewall rules</source>
        <translation>%1: 有効: コンポーネント %2 個、リンク %3 本、ファイアウォール ルール %4 件</translation>
    </message>
    <message>
        <source>the window opens one project at a time</source>
        <translation>ウィンドウで一度に開けるプロジェクトは 1 つです</translation>
    </message>
    <message>
        <source>no display to open the window on.
  Run it under a virtual display:  xvfb-run -a edgeplan [PROJECT]
  or use the command line:         edgeplan rules PROJECT
                                   edgeplan --screenshot out.png PROJECT
  (edgeplan --help lists every command)</source>
        <translation>ウィンドウを開くディスプレイがありません。
  仮想ディスプレイで実行する:      xvfb-run -a edgeplan [PROJECT]
  またはコマンド ラインを使う:     edgeplan rules PROJECT
                                   edgeplan --screenshot out.png PROJECT
  (edgeplan --help ですべてのコマンドを表示します)</translation>
    </message>
    <message>
        <source>Edgeplan plans Lync Server 2013 edge and federation topologies and derives the
firewall rules that Microsoft&apos;s port summaries require.</source>
        <translation>Edgeplan は Lync Server 2013 のエッジとフェデレーションのトポロジを計画し、
Microsoft のポートの概要が求めるファイアウォール ルールを導き出します。</translation>
    </message>
    <message>
        <source>Language of tables and messages: ja or en.</source>
        <translation>表とメッセージの言語: ja または en。</translation>
    </message>
    <message>
        <source>Export format (see Commands below); for validate, text or json.</source>
        <translation>エクスポート形式 (下の「コマンド」を参照)。validate では text または json。</translation>
    </message>
    <message>
        <source>File to write (&apos;-&apos; for standard output).</source>
        <translation>書き出すファイル (標準出力には &apos;-&apos;)。</translation>
    </message>
    <message>
        <source>Only the table of this firewall.</source>
        <translation>このファイアウォールの表だけを出力します。</translation>
    </message>
    <message>
        <source>Render the window with the project to a PNG file and exit.</source>
        <translation>プロジェクトを開いたウィンドウを PNG ファイルに描画して終了します。</translation>
    </message>
    <message>
        <source>Merge rules with the same firewall, direction, ends, transport and protocol.</source>
        <translation>ファイアウォール、方向、両端、トランスポート、プロトコルが同じルールを 1 行にまとめます。</translation>
    </message>
    <message>
        <source>PNG scale (default 2).</source>
        <translation>PNG の倍率 (既定値は 2)。</translation>
    </message>
    <message>
        <source>PNG with a transparent background.</source>
        <translation>PNG の背景を透明にします。</translation>
    </message>
    <message>
        <source>The flow of a flow-pdf handout.</source>
        <translation>flow-pdf の配布資料にするフロー。</translation>
    </message>
    <message>
        <source>A .edgeplan file.</source>
        <translation>.edgeplan ファイル。</translation>
    </message>
    <message>
        <source>--lang takes ja or en, not &apos;%1&apos;</source>
        <translation>--lang には ja または en を指定します (&apos;%1&apos; は指定できません)</translation>
    </message>
    <message>
        <source>--scale takes a number from 0.1 to 8</source>
        <translation>--scale には 0.1 から 8 までの数値を指定します</translation>
    </message>
    <message>
        <source>--flow goes with &apos;export --format flow-pdf&apos;</source>
        <translation>--flow は &apos;export --format flow-pdf&apos; と一緒に使います</translation>
    </message>
    <message>
        <source>--%1 goes with a command (rules, export, validate)</source>
        <translation>--%1 はコマンド (rules、export、validate) と一緒に使います</translation>
    </message>
    <message>
        <source>unknown command or missing file &apos;%1&apos;</source>
        <translation>不明なコマンド、または存在しないファイルです: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 には %2 から %3 までの整数を指定します (&apos;%4&apos; ではありません)</translation>
    </message>
    <message>
        <source>&apos;generate&apos; takes no project file, only --output FILE</source>
        <translation>&apos;generate&apos; にはプロジェクト ファイルを指定しません。--output FILE だけを指定します</translation>
    </message>
    <message>
        <source>&apos;generate&apos; needs --sites N</source>
        <translation>&apos;generate&apos; には --sites N が必要です</translation>
    </message>
    <message>
        <source>&apos;generate&apos; needs --partners M</source>
        <translation>&apos;generate&apos; には --partners M が必要です</translation>
    </message>
    <message>
        <source>&apos;generate&apos; needs --output FILE</source>
        <translation>&apos;generate&apos; には --output FILE が必要です</translation>
    </message>
    <message>
        <source>%1 sites and %2 partners make %3 components and %4 links; a project file holds at most %5 of each</source>
        <translation>%1 サイトと %2 パートナーでは、コンポーネントが %3 個、リンクが %4 本になります。プロジェクト ファイルに入るのは、それぞれ %5 までです</translation>
    </message>
    <message>
        <source>the plan would take %1 MB; a project file holds at most %2 MB</source>
        <translation>プランが %1 MB になります。プロジェクト ファイルの上限は %2 MB です</translation>
    </message>
    <message>
        <source>For generate: the number of sites.</source>
        <translation>generate 用: サイトの数。</translation>
    </message>
    <message>
        <source>For generate: the number of partners.</source>
        <translation>generate 用: パートナーの数。</translation>
    </message>
    <message>
        <source>For generate: the seed (default 1).</source>
        <translation>generate 用: シード (既定値は 1)。</translation>
    </message>
    <message>
        <source>--%1 goes with &apos;generate&apos;</source>
        <translation>--%1 は &apos;generate&apos; と一緒に使います</translation>
    </message>
    <message>
        <source>&apos;generate&apos; takes --sites, --partners, --seed and --output</source>
        <translation>&apos;generate&apos; に指定できるのは --sites、--partners、--seed、--output です</translation>
    </message>
    <message>
        <source>&apos;verify&apos; takes one project file</source>
        <translation>&apos;verify&apos; にはプロジェクト ファイルを 1 つ指定します</translation>
    </message>
    <message>
        <source>unknown verify format &apos;%1&apos; (text or json)</source>
        <translation>verify の形式 &apos;%1&apos; は不明です (text または json)</translation>
    </message>
    <message>
        <source>--timeout takes seconds from 0.1 to 120, not &apos;%1&apos;</source>
        <translation>--timeout には 0.1 ～ 120 の秒数を指定します (&apos;%1&apos; ではありません)</translation>
    </message>
    <message>
        <source>--nameserver takes an IP address, not &apos;%1&apos;</source>
        <translation>--nameserver には IP アドレスを指定します (&apos;%1&apos; ではありません)</translation>
    </message>
    <message>
        <source>For verify: seconds each probe may take (default 3).</source>
        <translation>verify 用: 各プローブの制限時間 (秒、既定値 3)。</translation>
    </message>
    <message>
        <source>For verify: probes at once (default 8).</source>
        <translation>verify 用: 同時に実行するプローブの数 (既定値 8)。</translation>
    </message>
    <message>
        <source>For verify: the DNS server to ask (default: the system&apos;s).</source>
        <translation>verify 用: 問い合わせる DNS サーバー (既定値: システムの設定)。</translation>
    </message>
    <message>
        <source>--%1 goes with &apos;verify&apos;</source>
        <translation>--%1 は &apos;verify&apos; と一緒に使います</translation>
    </message>
    <message>
        <source>&apos;verify&apos; takes --timeout, --concurrency, --nameserver and --format</source>
        <translation>&apos;verify&apos; に指定できるのは --timeout、--concurrency、--nameserver、--format です</translation>
    </message>
    <message>
        <source>&apos;convert&apos; takes one project file</source>
        <translation>&apos;convert&apos; にはプロジェクト ファイルを 1 つ指定します</translation>
    </message>
    <message>
        <source>&apos;convert&apos; needs --catalog ID (%1)</source>
        <translation>&apos;convert&apos; には --catalog ID (%1) が必要です</translation>
    </message>
    <message>
        <source>&apos;convert&apos; needs --output FILE (&apos;-&apos; for standard output)</source>
        <translation>&apos;convert&apos; には --output FILE が必要です (&apos;-&apos; で標準出力)</translation>
    </message>
    <message>
        <source>unknown catalog &apos;%1&apos; (%2)</source>
        <translation>不明なカタログ &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>%1: the plan cannot use the catalog &apos;%2&apos;:</source>
        <translation>%1: このプランではカタログ &apos;%2&apos; を使用できません:</translation>
    </message>
    <message>
        <source>Load another rule catalog from FILE; for convert, the catalog (an id or a FILE) to convert to.</source>
        <translation>別のルール カタログを FILE から読み込みます。convert では変換先のカタログ (ID または FILE) です。</translation>
    </message>
    <message>
        <source>&apos;convert&apos; takes --catalog and --output</source>
        <translation>&apos;convert&apos; に指定できるのは --catalog と --output です</translation>
    </message>
    <message>
        <source>&apos;export --format %1&apos; writes a folder: %2 is a file</source>
        <translation>&apos;export --format %1&apos; はフォルダーに書き出します: %2 はファイルです</translation>
    </message>
    <message>
        <source>&apos;import&apos; needs --output FILE (&apos;-&apos; for standard output) and the files to import</source>
        <translation>&apos;import&apos; には --output FILE (&apos;-&apos; で標準出力) と読み込むファイルが必要です</translation>
    </message>
    <message>
        <source>For import: the plan to add the federation lists to.</source>
        <translation>import で、フェデレーション リストを追加するプラン。</translation>
    </message>
    <message>
        <source>--into goes with &apos;import&apos;</source>
        <translation>--into は &apos;import&apos; と一緒に使います</translation>
    </message>
    <message>
        <source>&apos;import&apos; takes --into and --output</source>
        <translation>&apos;import&apos; に指定できるのは --into と --output です</translation>
    </message>
    <message>
        <source>(none) [PROJECT]</source>
        <translation>(なし) [PROJECT]</translation>
    </message>
    <message>
        <source>Render the window with PROJECT to a PNG and exit.</source>
        <translation>PROJECT を開いたウィンドウを PNG に描画して終了します。</translation>
    </message>
    <message>
        <source>The trainer&apos;s handout of a flow: one PDF page per step.</source>
        <translation>トレーナー用のフローの配布資料を、1 ステップ 1 ページの
PDF で書き出します。</translation>
    </message>
    <message>
        <source>Draw the diagram to FILE (.svg, .png or .pdf).</source>
        <translation>図を FILE (.svg、.png、.pdf) に描画します。</translation>
    </message>
    <message>
        <source>Load a project file and run the design checks:
print every finding (error, warning, information);
exit 1 if the file does not load or any is an error.</source>
        <translation>プロジェクト ファイルを読み込んで設計チェックを実行し、
すべての指摘 (エラー、警告、情報) を出力します。ファイルを
読み込めないか、エラーが 1 件でもあれば 1 で終了します。</translation>
    </message>
    <message>
        <source>Probe the addresses the plan names: DNS records,
TCP, TLS, SIP OPTIONS, XMPP and STUN, as the rules
require; exit 1 if any probe failed. Nothing the
plan does not name is contacted.</source>
        <translation>プランにあるアドレスを、ルールが求めるとおりに調べます
(DNS レコード、TCP、TLS、SIP OPTIONS、XMPP、STUN)。
失敗したプローブが 1 つでもあれば 1 で終了します。
プランにないところには接続しません。</translation>
    </message>
    <message>
        <source>Draw a plan from an existing deployment: a Topology
Builder file or Get-CsTopology -AsXml, and federation
lists (Get-CsAllowedDomain, Get-CsXmppAllowedPartner,
Get-CsPublicProvider | Export-Csv), told apart by
their content; --into adds the lists to PROJECT.
Prints what was made and what was not modelled;
exit 1, writing nothing, on bad input.</source>
        <translation>既存の展開からプランを作成します。入力は Topology
Builder のファイルまたは Get-CsTopology -AsXml の出力と、
フェデレーション リスト (Get-CsAllowedDomain、
Get-CsXmppAllowedPartner、Get-CsPublicProvider を
Export-Csv で書き出したもの) で、形式は内容から判断
します。--into を指定すると、リストを PROJECT に追加
します。作成したものとモデル化しなかったものを出力し、
入力に誤りがあれば何も書き出さずに 1 で終了します。</translation>
    </message>
    <message>
        <source>Write a large plan for stress tests and demos: N
sites, each with an edge pool, a front-end pool and
external clients, and M federation, public IM and
XMPP partners; the same seed gives the same file.</source>
        <translation>負荷テストやデモ用の大きなプランを書き出します。N 個の
サイト (それぞれエッジ プール、フロント エンド プール、
外部クライアント) と、M 個のフェデレーション、パブリック
IM、XMPP パートナーを含みます。同じシードからは同じ
ファイルができます。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>%1; none opens the window.</source>
        <translation>%1 のいずれか。省略するとウィンドウを開きます。</translation>
    </message>
    <message>
        <source>The same plan against another catalog (a built-in
one&apos;s id, listed below, or a catalog FILE); exit 1,
naming them, if a component or link has no place in
it.</source>
        <translation>同じプランを別のカタログで書き出します (下の一覧にある
組み込みのカタログの ID、またはカタログの FILE)。カタログに
置けないコンポーネントやリンクがあれば、それを示して 1 で
終了します。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Formats of export --format F:</source>
        <translation>export --format F の形式:</translation>
    </message>
    <message>
        <source>Catalogs built in (--catalog ID):</source>
        <translation>組み込みのカタログ (--catalog ID):</translation>
    </message>
    <message>
        <source>For export --format report: the paper, a4 (default) or letter.</source>
        <translation>export --format report の用紙: a4 (既定) または letter。</translation>
    </message>
    <message>
        <source>--page-size takes %1</source>
        <translation>--page-size には %1 を指定します</translation>
    </message>
    <message>
        <source>--page-size goes with &apos;export --format report&apos;</source>
        <translation>--page-size は &apos;export --format report&apos; と一緒に使います</translation>
    </message>
    <message>
        <source>Keep the rows that a row from Any covers, each marked &apos;covered by row N&apos;.</source>
        <translation>Any からの行 (または Any への行) が含む行を省かず、それぞれに「N 行目に含まれます」と記します。</translation>
    </message>
    <message>
        <source>Print the per-firewall rule tables as aligned text,
one numbered row per opening.</source>
        <translation>ファイアウォールごとのルール表を整形したテキストで出力します。
開ける通信 1 つにつき番号付きの 1 行です。</translation>
    </message>
    <message>
        <source>Write the rule tables, a firewall draft, the diagram,
the handoff report, DNS records or certificates in
format F (the formats are listed below); FILE &apos;-&apos;
writes text formats to standard output; --merge puts
rules with the same ends, transport and protocol on
one row; --keep-covered keeps the rows a row from
Any covers, marked &quot;covered by row N&quot;.</source>
        <translation>ルール表、ファイアウォール設定の下書き、図、引き継ぎ用の
レポート、DNS レコード、証明書のいずれかを形式 F (下の
一覧) で書き出します。FILE に &apos;-&apos; を指定すると、
テキスト形式を標準出力に書き出します。--merge を指定すると、
両端、トランスポート、プロトコルが同じルールを 1 行に
まとめます。--keep-covered を指定すると、Any の行が含む
行も「N 行目に含まれます」と記して残します。</translation>
    </message>
    <message>
        <source>--%1 does not go with &apos;%2&apos;</source>
        <translation>--%1 は &apos;%2&apos; と一緒には使えません</translation>
    </message>
    <message>
        <source>Open the window on PROJECT, or on the start page.</source>
        <translation>PROJECT を、または開始ページをウィンドウで開きます。</translation>
    </message>
    <message>
        <source>Open the window on a bundled sample, as an untitled plan.</source>
        <translation>同梱のサンプルを無題のプランとしてウィンドウで開きます。</translation>
    </message>
    <message>
        <source>no bundled sample is named &apos;%1&apos; (the samples: %2)</source>
        <translation>&apos;%1&apos; という名前の同梱サンプルはありません (サンプル: %2)</translation>
    </message>
    <message>
        <source>Open the window on the bundled sample NAME, as an untitled plan (an unknown NAME lists the samples).</source>
        <translation>同梱のサンプル NAME を無題のプランとしてウィンドウで開きます (知らない NAME ならサンプルの一覧を示します)。</translation>
    </message>
</context>
<context>
    <name>edgeplan::Clipboard</name>
    <message>
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
</context>
<context>
    <name>edgeplan::ContextMenus</name>
    <message>
        <source>Click the component to link it to; Esc cancels.</source>
        <translation>リンク先のコンポーネントをクリックしてください。Esc で取り消します。</translation>
    </message>
    <message>
        <source>C&amp;onnect from Here</source>
        <translation>ここから接続(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>プロパティ(&amp;P)</translation>
    </message>
    <message>
        <source>Show Its &amp;Rules</source>
        <translation>ルールを表示(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add Component Here</source>
        <translation>ここにコンポーネントを追加(&amp;A)</translation>
    </message>
    <message>
        <source>Add &amp;Member</source>
        <translation>メンバーを追加(&amp;M)</translation>
    </message>
    <message>
        <source>Add member %1 to %2</source>
        <translation>%2 にメンバー %1 を追加</translation>
    </message>
</context>
<context>
    <name>edgeplan::DeploymentBar</name>
    <message>
        <source>Deployment</source>
        <translation>展開</translation>
    </message>
    <message>
        <source>Deployment:</source>
        <translation>展開:</translation>
    </message>
    <message>
        <source>NAT</source>
        <translation>NAT</translation>
    </message>
    <message>
        <source>The edge&apos;s external services sit behind NAT: the outside reaches them at their public (NAT) addresses</source>
        <translation>エッジの外部サービスは NAT の内側にあります。外部からはパブリック (NAT) アドレスで到達します</translation>
    </message>
    <message>
        <source>&amp;Catalog</source>
        <translation>カタログ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Deployment</source>
        <translation>展開(&amp;D)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(未設定)</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>カタログ</translation>
    </message>
</context>
<context>
    <name>edgeplan::DiagramExport</name>
    <message>
        <source>Generated by Edgeplan</source>
        <translation>Edgeplan で作成</translation>
    </message>
    <message>
        <source>%1: the picture would be too large; choose a smaller scale</source>
        <translation>%1: 画像が大きくなりすぎます。もっと小さい倍率を選んでください</translation>
    </message>
    <message>
        <source>%1: choose a file ending in .svg, .png or .pdf</source>
        <translation>%1: 拡張子が .svg、.png、.pdf のファイルを選んでください</translation>
    </message>
    <message>
        <source>%1: the diagram is empty: nothing to draw</source>
        <translation>%1: 図が空です。描くものがありません</translation>
    </message>
    <message>
        <source>%1: the diagram is too large to draw (%2 × %3)</source>
        <translation>%1: 図が大きすぎて描けません (%2 × %3)</translation>
    </message>
    <message>
        <source>%1: cannot draw the picture: nothing was written</source>
        <translation>%1: 図を描けません。何も書き込んでいません</translation>
    </message>
    <message>
        <source>%1: not enough memory for a picture of %2 × %3 pixels</source>
        <translation>%1: %2 × %3 ピクセルの画像を作るメモリが足りません</translation>
    </message>
    <message>
        <source>%1: cannot encode the PNG: nothing was written</source>
        <translation>%1: PNG を作成できません。何も書き込んでいません</translation>
    </message>
</context>
<context>
    <name>edgeplan::DiagramScene</name>
    <message>
        <source>Move %1</source>
        <translation>%1 の移動</translation>
    </message>
    <message numerus="yes">
        <source>Move %n component(s)</source>
        <translation>
            <numerusform>コンポーネント %n 個の移動</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>%1 の名前の変更</translation>
    </message>
</context>
<context>
    <name>edgeplan::DnsTableModel</name>
    <message>
        <source>The plan gives this component no address yet: set it in the inspector.</source>
        <translation>このコンポーネントにはまだアドレスがありません。インスペクターで設定してください。</translation>
    </message>
    <message>
        <source>Priority %1, weight %2</source>
        <translation>優先度 %1、重み %2</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>(アドレスなし)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>コンポーネント</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>edgeplan::Document</name>
    <message>
        <source>Unknown component type &quot;%1&quot;.</source>
        <translation>コンポーネントの種類 &quot;%1&quot; が不明です。</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 の追加</translation>
    </message>
    <message>
        <source>Both ends of a link must be components.</source>
        <translation>リンクの両端はコンポーネントである必要があります。</translation>
    </message>
    <message>
        <source>Connect %1 and %2</source>
        <translation>%1 と %2 の接続</translation>
    </message>
    <message>
        <source>Delete link</source>
        <translation>リンクの削除</translation>
    </message>
    <message>
        <source>Delete component</source>
        <translation>コンポーネントの削除</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>%n 個の項目の削除</numerusform>
        </translation>
    </message>
    <message>
        <source>Switch on %1</source>
        <translation>%1 をオン</translation>
    </message>
    <message>
        <source>Switch off %1</source>
        <translation>%1 をオフ</translation>
    </message>
    <message>
        <source>no variant</source>
        <translation>バリエーションなし</translation>
    </message>
    <message>
        <source>Deployment: %1</source>
        <translation>展開: %1</translation>
    </message>
    <message>
        <source>Use NAT</source>
        <translation>NAT を使用</translation>
    </message>
    <message>
        <source>Use public addresses</source>
        <translation>パブリック アドレスを使用</translation>
    </message>
    <message>
        <source>The plan cannot use the catalog &quot;%1&quot;:
%2</source>
        <translation>このプランではカタログ「%1」を使用できません:
%2</translation>
    </message>
    <message>
        <source>Use catalog %1</source>
        <translation>カタログ %1 を使用</translation>
    </message>
    <message>
        <source>Change project properties</source>
        <translation>プロジェクトのプロパティの変更</translation>
    </message>
    <message>
        <source>%1 and %2 were not linked: the catalog has no rule between the roles %3 and %4. %3 links with: %5.</source>
        <translation>%1 と %2 はリンクしませんでした。カタログには役割「%3」と「%4」の間のルールがありません。「%3」のリンク先: %5。</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>edgeplan::EditActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>複製(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>名前の変更(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>元に戻す(&amp;U): %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>やり直し(&amp;R): %1</translation>
    </message>
</context>
<context>
    <name>edgeplan::ExportDialog</name>
    <message>
        <source>Merge rules with the same ends and protocol</source>
        <translation>両端とプロトコルが同じルールを 1 行にまとめる</translation>
    </message>
    <message>
        <source>Only the selected items</source>
        <translation>選択した項目のみ</translation>
    </message>
    <message>
        <source>Transparent background</source>
        <translation>背景を透明にする</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>All firewalls</source>
        <translation>すべてのファイアウォール</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <source>Firewall:</source>
        <translation>ファイアウォール:</translation>
    </message>
    <message>
        <source>PNG scale:</source>
        <translation>PNG の倍率:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>エクスポート先</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>書き出すファイルを選んでください。</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>フォルダー:</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>エクスポート先のフォルダー</translation>
    </message>
    <message>
        <source>Report page size:</source>
        <translation>レポートの用紙サイズ:</translation>
    </message>
    <message>
        <source>Keep the rows a row from Any covers, each marked &apos;covered by row N&apos;</source>
        <translation>Any の行が含む行も残す (それぞれに「N 行目に含まれます」と記す)</translation>
    </message>
    <message>
        <source>A row from Any covers the rows from named sources to the same destination and port; by default they are folded into it.</source>
        <translation>Any からの行は、同じ宛先とポートへの名前付きの送信元からの行を含みます。既定ではそれらの行は Any の行にまとめられます。</translation>
    </message>
</context>
<context>
    <name>edgeplan::FileActions</name>
    <message>
        <source>&amp;New</source>
        <translation>新規作成(&amp;N)</translation>
    </message>
    <message>
        <source>Start an empty plan with every scenario switched on</source>
        <translation>すべてのシナリオをオンにした空のプランを作成します</translation>
    </message>
    <message>
        <source>New from &amp;Sample</source>
        <translation>サンプルから新規作成(&amp;S)</translation>
    </message>
    <message>
        <source>Start from the plan of the source document</source>
        <translation>出典ドキュメントのプランから作成します</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>新しいプラン</translation>
    </message>
    <message>
        <source>Open Plan</source>
        <translation>プランを開く</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>%1 を開けません。</translation>
    </message>
    <message>
        <source>Save Plan As</source>
        <translation>名前を付けてプランを保存</translation>
    </message>
    <message>
        <source>Edgeplan</source>
        <translation>Edgeplan</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Edgeplan.</source>
        <translation>%1 は新しいバージョンの Edgeplan で作成されています。</translation>
    </message>
    <message>
        <source>It uses file format %1; this version knows format %2 and shows what it understands.</source>
        <translation>ファイル形式 %1 が使われています。このバージョンが知っているのは形式 %2 までで、理解できる部分だけを表示します。</translation>
    </message>
    <message>
        <source>The plan is open read-only: Save keeps the file as it is and asks for a new file instead.</source>
        <translation>このプランは読み取り専用で開かれています。保存してもファイルはそのままで、新しいファイル名を尋ねます。</translation>
    </message>
    <message>
        <source>%1 was not saved.</source>
        <translation>%1 は保存されませんでした。</translation>
    </message>
    <message>
        <source>Your changes are still here. Save them as another file, or free space or fix the permissions and save again.</source>
        <translation>変更はまだ残っています。別のファイルとして保存するか、空き容量を確保するかアクセス許可を直してから、もう一度保存してください。</translation>
    </message>
    <message>
        <source>The plan was saved, but its previous version was not kept as %1.</source>
        <translation>プランは保存されましたが、以前の版を %1 として残せませんでした。</translation>
    </message>
    <message>
        <source>%1 is open read-only.</source>
        <translation>%1 は読み取り専用で開かれています。</translation>
    </message>
    <message>
        <source>It was written by a newer version of Edgeplan, and saving over it could lose what this version does not understand. Save the plan as a new file.</source>
        <translation>このファイルは新しいバージョンの Edgeplan で作成されており、上書きすると、このバージョンが理解できない内容が失われるおそれがあります。新しいファイルとして保存してください。</translation>
    </message>
    <message>
        <source>The recovered plan cannot be opened.</source>
        <translation>復元したプランを開けません。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み込んでいます…</translation>
    </message>
    <message numerus="yes">
        <source>Drawing %n component(s) and their links…</source>
        <translation>
            <numerusform>%n 個のコンポーネントとリンクを描画しています…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (sample)</source>
        <translation>%1 (サンプル)</translation>
    </message>
    <message>
        <source>Open a plan saved before</source>
        <translation>保存済みのプランを開きます</translation>
    </message>
</context>
<context>
    <name>edgeplan::FlowHandout</name>
    <message>
        <source>unknown flow &apos;%1&apos;</source>
        <translation>不明なフロー &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: cannot lay out the PDF</source>
        <translation>%1: PDF をレイアウトできません</translation>
    </message>
</context>
<context>
    <name>edgeplan::GettingStartedDialog</name>
    <message>
        <source>Start a plan</source>
        <translation>プランを始める</translation>
    </message>
    <message>
        <source>%1 gives an empty plan. To see a finished one first, open a sample with %2: the federation edge, the consolidated edge behind NAT and the scaled edge with hardware load balancers.</source>
        <translation>%1 で空のプランが開きます。先に完成したプランを見るには、%2 でサンプルを開いてください: フェデレーション エッジ、NAT の内側の統合エッジ、ハードウェア ロード バランサーを使う拡張エッジがあります。</translation>
    </message>
    <message>
        <source>Place the servers and partners</source>
        <translation>サーバーとパートナーを配置する</translation>
    </message>
    <message>
        <source>Drag a component from the Components panel onto its zone on the canvas: the Edge Server into the perimeter network, the front-end pool inside, partners, public IM providers and remote users on the Internet. A component takes its role&apos;s name with a number; double-click it to rename it.</source>
        <translation>[コンポーネント] パネルからキャンバス上のゾーンにコンポーネントをドラッグします: エッジ サーバーは境界ネットワークに、フロントエンド プールは内部に、パートナー、パブリック IM プロバイダー、リモート ユーザーはインターネットに置きます。コンポーネントにはロール名と番号が付きます。名前を変えるにはダブルクリックします。</translation>
    </message>
    <message>
        <source>Connect them</source>
        <translation>接続する</translation>
    </message>
    <message>
        <source>Choose %1 and drag from one component to another. Each link shows the ports its firewalls must open; a link Microsoft&apos;s pages do not allow is refused, and the message says why.</source>
        <translation>%1 を選び、コンポーネントから別のコンポーネントへドラッグします。各リンクには、ファイアウォールで開く必要があるポートが表示されます。Microsoft のページで許可されていないリンクは拒否され、その理由がメッセージに表示されます。</translation>
    </message>
    <message>
        <source>Give them addresses</source>
        <translation>アドレスを設定する</translation>
    </message>
    <message>
        <source>Select a component to set its FQDN, addresses and NAT in the Inspector. The Firewall Rules, DNS and Certificates panels follow every edit, and the Problems panel says what is still missing. Every edit can be taken back with %1.</source>
        <translation>コンポーネントを選択し、[インスペクター] で FQDN、アドレス、NAT を設定します。[ファイアウォール ルール]、[DNS]、[証明書] の各パネルはすべての編集に追従し、[問題] パネルにはまだ足りないものが表示されます。どの編集も %1 で元に戻せます。</translation>
    </message>
    <message>
        <source>Hand it over</source>
        <translation>引き渡す</translation>
    </message>
    <message>
        <source>%1 writes the handoff report, the tables per firewall, firewall configurations, DNS zones and certificate requests, in English or Japanese.</source>
        <translation>%1 で、引き渡しレポート、ファイアウォールごとの表、ファイアウォール構成、DNS ゾーン、証明書要求を英語または日本語で書き出します。</translation>
    </message>
    <message>
        <source>Show it to a class</source>
        <translation>受講者に見せる</translation>
    </message>
    <message>
        <source>%1 steps through the flows full screen, one hop at a time.</source>
        <translation>%1 で、フローを全画面で 1 ホップずつたどります。</translation>
    </message>
    <message>
        <source>Your first plan</source>
        <translation>最初のプラン</translation>
    </message>
    <message>
        <source>%1 lists every key of the menus and the canvas.</source>
        <translation>%1 に、メニューとキャンバスのすべてのキーが一覧されています。</translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation>はじめに</translation>
    </message>
</context>
<context>
    <name>edgeplan::ImportDialog</name>
    <message>
        <source>Lync topology</source>
        <translation>Lync トポロジ</translation>
    </message>
    <message>
        <source>Federation list</source>
        <translation>フェデレーション リスト</translation>
    </message>
    <message>
        <source>Not importable</source>
        <translation>インポートできません</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Add a topology exported by Topology Builder (.tbxml) or by Get-CsTopology -AsXml, and federation lists written by Export-Csv from Get-CsAllowedDomain, Get-CsXmppAllowedPartner or Get-CsPublicProvider. Each file&apos;s kind is told from its content. Nothing changes until you choose Import.</source>
        <translation>トポロジ ビルダー (.tbxml) または Get-CsTopology -AsXml で書き出したトポロジと、Get-CsAllowedDomain、Get-CsXmppAllowedPartner、Get-CsPublicProvider を Export-Csv で書き出したフェデレーション リストを追加します。ファイルの種類は内容から判断します。[インポート] を選ぶまで何も変わりません。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>ファイルの追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>インポート レポート</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <source>Topologies and federation lists (*.tbxml *.xml *.csv *.txt);;All files (*)</source>
        <translation>トポロジとフェデレーション リスト (*.tbxml *.xml *.csv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Import topology</source>
        <translation>トポロジのインポート</translation>
    </message>
    <message>
        <source>Import federation lists</source>
        <translation>フェデレーション リストのインポート</translation>
    </message>
    <message>
        <source>No files yet: add them with Add Files… or drop them here.</source>
        <translation>ファイルがまだありません。[ファイルの追加] で追加するか、ここにドロップしてください。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing can be imported: %n problem(s), listed in the report.</source>
        <translation>
            <numerusform>インポートできません: 問題が %n 件あります (レポートを参照)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n component(s) will be added to the open plan.</source>
        <translation>
            <numerusform>開いている計画にコンポーネントを %n 個追加します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The topology makes a plan of %n component(s). It replaces the plan in the window; Edit &gt; Undo brings that back.</source>
        <translation>
            <numerusform>トポロジから %n 個のコンポーネントの計画を作成します。ウィンドウの計画は置き換えられます。[編集] &gt; [元に戻す] で元の計画に戻せます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>edgeplan::InspectorComponentForm</name>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>名前の変更</translation>
    </message>
    <message>
        <source>FQDN</source>
        <translation>FQDN</translation>
    </message>
    <message>
        <source>Change FQDN</source>
        <translation>FQDN の変更</translation>
    </message>
    <message>
        <source>Move to another zone</source>
        <translation>別のゾーンへの移動</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>ゾーン</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Change address</source>
        <translation>アドレスの変更</translation>
    </message>
    <message>
        <source>Public (NAT)</source>
        <translation>パブリック (NAT)</translation>
    </message>
    <message>
        <source>Change NAT address</source>
        <translation>NAT アドレスの変更</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 の変更</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address; the change was not applied.</source>
        <translation>&quot;%1&quot; は IPv4 アドレスでも IPv6 アドレスでもないため、変更は適用されませんでした。</translation>
    </message>
    <message>
        <source>The change was refused.</source>
        <translation>変更は受け付けられませんでした。</translation>
    </message>
    <message>
        <source>Service FQDN</source>
        <translation>サービスの FQDN</translation>
    </message>
    <message>
        <source>Change service FQDN</source>
        <translation>サービスの FQDN の変更</translation>
    </message>
    <message>
        <source>Change listening port</source>
        <translation>待ち受けポートの変更</translation>
    </message>
    <message>
        <source>Listening port</source>
        <translation>待ち受けポート</translation>
    </message>
    <message>
        <source>Change pool</source>
        <translation>プールの変更</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>プール</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number (1-65535); the change was not applied.</source>
        <translation>「%1」はポート番号 (1 ～ 65535) ではありません。変更は適用されませんでした。</translation>
    </message>
    <message>
        <source>DNS and certificates</source>
        <translation>DNS レコードと証明書</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>(アドレスなし)</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>証明書: %1</translation>
    </message>
    <message>
        <source>No DNS record or certificate names this component.</source>
        <translation>このコンポーネントの名前を持つ DNS レコードや証明書はありません。</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>サイト</translation>
    </message>
    <message>
        <source>Change site</source>
        <translation>サイトの変更</translation>
    </message>
</context>
<context>
    <name>edgeplan::InspectorWidget</name>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>カタログ</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <source>Select a component or a link to see its details.</source>
        <translation>コンポーネントまたはリンクを選択すると、その詳細が表示されます。</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>From → To</source>
        <translation>送信元 → 宛先</translation>
    </message>
    <message numerus="yes">
        <source>%n component(s) and </source>
        <translation>
            <numerusform>コンポーネント %n 個と</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) selected.</source>
        <translation>
            <numerusform>リンク %n 本を選択しています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n component(s)</source>
        <translation>
            <numerusform>コンポーネント %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>リンク %n 本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n firewall rule(s)</source>
        <translation>
            <numerusform>ファイアウォール ルール %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Link between %1 and %2</source>
        <translation>%1 と %2 の間のリンク</translation>
    </message>
    <message>
        <source>No rule: every scenario of this link is switched off.</source>
        <translation>ルールなし: このリンクのシナリオはすべてオフです。</translation>
    </message>
</context>
<context>
    <name>edgeplan::Language</name>
    <message>
        <source>Qt&apos;s own translation (qtbase_%1.qm) is not in %2; install the package qt6-translations-l10n.</source>
        <translation>Qt 自体の翻訳 (qtbase_%1.qm) が %2 にありません。qt6-translations-l10n パッケージをインストールしてください。</translation>
    </message>
    <message>
        <source>The translation edgeplan_%1.qm is missing from the program.</source>
        <translation>プログラムに翻訳 edgeplan_%1.qm が含まれていません。</translation>
    </message>
</context>
<context>
    <name>edgeplan::LinkItem</name>
    <message>
        <source>no rules</source>
        <translation>ルールなし</translation>
    </message>
</context>
<context>
    <name>edgeplan::MainWindow</name>
    <message>
        <source>Components</source>
        <translation>コンポーネント</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>インスペクター</translation>
    </message>
    <message>
        <source>&lt;opened plan&gt;</source>
        <translation>&lt;開いたプラン&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Firewall Rules</source>
        <translation>ファイアウォール ルール</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>プレゼンテーション(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>パネル(&amp;P)</translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation>ズーム %1 %</translation>
    </message>
    <message>
        <source>%1: cannot write the screenshot</source>
        <translation>%1: スクリーンショットを書き込めません</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>Step through the flows full screen</source>
        <translation>全画面でフローを 1 ステップずつ表示します</translation>
    </message>
    <message>
        <source>%1 [read-only]</source>
        <translation>%1 [読み取り専用]</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>プロジェクト(&amp;P)</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Edgeplan</source>
        <translation>Edgeplan について(&amp;A)</translation>
    </message>
    <message>
        <source>The version and the sources of the rule catalogs</source>
        <translation>バージョンとルール カタログの出典</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボード ショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>Every key of the menus and the canvas</source>
        <translation>メニューとキャンバスのすべてのキー</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>はじめに(&amp;G)</translation>
    </message>
    <message>
        <source>From an empty page to an exported report, step by step</source>
        <translation>空のページからエクスポートしたレポートまで、手順を追って</translation>
    </message>
</context>
<context>
    <name>edgeplan::NamingDock</name>
    <message numerus="yes">
        <source>%n DNS record(s) the plan needs</source>
        <translation>
            <numerusform>計画に必要な DNS レコード: %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) the plan needs</source>
        <translation>
            <numerusform>計画に必要な証明書: %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>edgeplan::PaletteWidget</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Usually in: %2&lt;br&gt;Drag onto the diagram to add one.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;通常の配置先: %2&lt;br&gt;図にドラッグすると追加されます。</translation>
    </message>
</context>
<context>
    <name>edgeplan::PlanExporter</name>
    <message>
        <source>Rule tables as CSV (Excel)</source>
        <translation>ルール表 (CSV、Excel 用)</translation>
    </message>
    <message>
        <source>Rule tables as an Excel workbook</source>
        <translation>ルール表 (Excel ブック)</translation>
    </message>
    <message>
        <source>Rule tables as Markdown</source>
        <translation>ルール表 (Markdown)</translation>
    </message>
    <message>
        <source>Rule tables as a web page</source>
        <translation>ルール表 (Web ページ)</translation>
    </message>
    <message>
        <source>Rule tables as JSON</source>
        <translation>ルール表 (JSON)</translation>
    </message>
    <message>
        <source>nftables ruleset (draft)</source>
        <translation>nftables ルールセット (下書き)</translation>
    </message>
    <message>
        <source>Windows Firewall PowerShell script (draft)</source>
        <translation>Windows ファイアウォールの PowerShell スクリプト (下書き)</translation>
    </message>
    <message>
        <source>Cisco ASA access lists (draft)</source>
        <translation>Cisco ASA アクセス リスト (下書き)</translation>
    </message>
    <message>
        <source>Diagram as SVG</source>
        <translation>図 (SVG)</translation>
    </message>
    <message>
        <source>Diagram as PNG</source>
        <translation>図 (PNG)</translation>
    </message>
    <message>
        <source>Diagram as PDF</source>
        <translation>図 (PDF)</translation>
    </message>
    <message>
        <source>Diagram for diagrams.net (draw.io)</source>
        <translation>diagrams.net (draw.io) 用の図</translation>
    </message>
    <message>
        <source>Handoff report (PDF)</source>
        <translation>引き継ぎレポート (PDF)</translation>
    </message>
    <message>
        <source>unknown export format &apos;%1&apos;</source>
        <translation>不明なエクスポート形式 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>DNS records as CSV (Excel)</source>
        <translation>DNS レコード (CSV、Excel 用)</translation>
    </message>
    <message>
        <source>DNS zone files for BIND (a folder)</source>
        <translation>BIND 用の DNS ゾーン ファイル (フォルダー)</translation>
    </message>
    <message>
        <source>Certificates as CSV (Excel)</source>
        <translation>証明書 (CSV、Excel 用)</translation>
    </message>
    <message>
        <source>OpenSSL certificate requests (a folder)</source>
        <translation>OpenSSL の証明書要求 (フォルダー)</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>何も書き出していません: %1</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: フォルダーを作成できません</translation>
    </message>
</context>
<context>
    <name>edgeplan::PresenterView</name>
    <message>
        <source>Edgeplan — Present</source>
        <translation>Edgeplan — プレゼンテーション</translation>
    </message>
    <message>
        <source>→ / Space next    ← / Backspace back    Home restart    Esc leave</source>
        <translation>→ / Space 次へ    ← / Backspace 戻る    Home 最初から    Esc 終了</translation>
    </message>
    <message>
        <source>This plan has no flow to play: switch on a scenario.</source>
        <translation>このプランには再生できるフローがありません。シナリオをオンにしてください。</translation>
    </message>
    <message>
        <source>Missing in this plan: %1</source>
        <translation>このプランに足りないもの: %1</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>%1 行目</translation>
    </message>
</context>
<context>
    <name>edgeplan::ProjectActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a Lync topology or federation lists exported with PowerShell</source>
        <translation>PowerShell で書き出した Lync トポロジまたはフェデレーション リストをインポートします</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the rule tables, the diagram, the report or firewall configuration</source>
        <translation>ルール表、構成図、レポート、ファイアウォール設定をエクスポートします</translation>
    </message>
    <message>
        <source>Export Flow &amp;Handout…</source>
        <translation>フローの配布資料をエクスポート(&amp;H)…</translation>
    </message>
    <message>
        <source>A PDF with one page per step of a flow, for a class</source>
        <translation>フローの各ステップを 1 ページずつ載せた、講習用の PDF</translation>
    </message>
    <message>
        <source>P&amp;roperties…</source>
        <translation>プロパティ(&amp;R)…</translation>
    </message>
    <message>
        <source>The project&apos;s SIP domains and the DNS names of its services</source>
        <translation>プロジェクトの SIP ドメインとサービスの DNS 名</translation>
    </message>
    <message>
        <source>&amp;Verify Plan…</source>
        <translation>プランを検証(&amp;V)…</translation>
    </message>
    <message>
        <source>Probe the plan&apos;s addresses: DNS, ports, certificates, SIP, XMPP and STUN</source>
        <translation>プランのアドレスを調べます: DNS、ポート、証明書、SIP、XMPP、STUN</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>インポートしました: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 をエクスポートしました</translation>
    </message>
    <message>
        <source>No flow to export: switch on a scenario.</source>
        <translation>エクスポートするフローがありません。シナリオをオンにしてください。</translation>
    </message>
    <message>
        <source>Export Flow Handout</source>
        <translation>フローの配布資料のエクスポート</translation>
    </message>
    <message>
        <source>Flow:</source>
        <translation>フロー:</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>edgeplan::ProjectPropertiesDialog</name>
    <message>
        <source>Project Properties</source>
        <translation>プロジェクトのプロパティ</translation>
    </message>
    <message>
        <source>Project name:</source>
        <translation>プロジェクト名:</translation>
    </message>
    <message>
        <source>SIP domains</source>
        <translation>SIP ドメイン</translation>
    </message>
    <message>
        <source>The first domain is the default SIP domain. Each domain gets its own SRV records; untick those a domain does not publish.</source>
        <translation>最初のドメインが既定の SIP ドメインです。ドメインごとに SRV レコードを発行します。発行しないレコードはチェックを外してください。</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>Federation SRV</source>
        <translation>フェデレーション SRV</translation>
    </message>
    <message>
        <source>XMPP SRV</source>
        <translation>XMPP SRV</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上へ(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下へ(&amp;D)</translation>
    </message>
    <message>
        <source>Internal DNS domain:</source>
        <translation>内部 DNS ドメイン:</translation>
    </message>
    <message>
        <source>DNS names</source>
        <translation>DNS 名</translation>
    </message>
    <message>
        <source>Leave a name empty to use the default shown in grey.</source>
        <translation>空欄の名前には、灰色で示した既定の名前を使います。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>コンポーネント</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Internal DNS domain</source>
        <translation>内部 DNS ドメイン</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>DNS names of %1: %2</source>
        <translation>%1 の DNS 名: %2</translation>
    </message>
    <message>
        <source>the default SIP domain</source>
        <translation>既定の SIP ドメイン</translation>
    </message>
    <message>
        <source>Change project properties</source>
        <translation>プロジェクトのプロパティの変更</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>顧客:</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>作成者:</translation>
    </message>
    <message>
        <source>Revision:</source>
        <translation>改訂:</translation>
    </message>
    <message>
        <source>Change note:</source>
        <translation>変更内容:</translation>
    </message>
    <message>
        <source>What changed in this revision</source>
        <translation>この改訂で変わったこと</translation>
    </message>
    <message>
        <source>Sign-off: %1</source>
        <translation>サインオフ: %1</translation>
    </message>
</context>
<context>
    <name>edgeplan::RuleTableDock</name>
    <message>
        <source>Firewall:</source>
        <translation>ファイアウォール:</translation>
    </message>
    <message>
        <source>All firewalls</source>
        <translation>すべてのファイアウォール</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) of the selected link</source>
        <translation>
            <numerusform>選択したリンクのルール %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>ルール %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>行をコピー(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) of the component&apos;s links</source>
        <translation>
            <numerusform>コンポーネントのリンクのルール %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Fit Columns to Contents</source>
        <translation>列幅を内容に合わせる(&amp;F)</translation>
    </message>
</context>
<context>
    <name>edgeplan::RuleTableModel</name>
    <message>
        <source>This traffic crosses both firewalls directly, without the Edge Server.</source>
        <translation>この通信はエッジ サーバーを経由せずに、両方のファイアウォールを直接通過します。</translation>
    </message>
</context>
<context>
    <name>edgeplan::SafeOutput</name>
    <message>
        <source>%1 is the same file as %2, an input: it would be overwritten; choose another output</source>
        <translation>%1 は入力ファイル %2 と同じファイルです。上書きしてしまうため、別の出力先を選んでください</translation>
    </message>
    <message>
        <source>the folder %1 holds %2, an input: it would be replaced; choose another output</source>
        <translation>フォルダー %1 には入力ファイル %2 があります。置き換えてしまうため、別の出力先を選んでください</translation>
    </message>
    <message>
        <source>%1 is a file: the export writes a folder</source>
        <translation>%1 はファイルです。このエクスポートはフォルダーに書き込みます</translation>
    </message>
    <message>
        <source>%1 holds files that the export did not write (%2): nothing was written; move them away or choose another folder</source>
        <translation>%1 にはエクスポートが書いていないファイルがあります (%2)。何も書き込んでいません。それらを移動するか、別のフォルダーを選んでください</translation>
    </message>
</context>
<context>
    <name>edgeplan::ScenarioBar</name>
    <message>
        <source>Scenarios</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <source>Scenarios:</source>
        <translation>シナリオ:</translation>
    </message>
</context>
<context>
    <name>edgeplan::ShortcutsDialog</name>
    <message>
        <source>Canvas</source>
        <translation>キャンバス</translation>
    </message>
    <message>
        <source>Cancel a connection being drawn; back to Select</source>
        <translation>描画中の接続を取り消し、選択ツールに戻る</translation>
    </message>
    <message>
        <source>Connect from a component: drag from its handle</source>
        <translation>コンポーネントから接続: ハンドルからドラッグ</translation>
    </message>
    <message>
        <source>Drag</source>
        <translation>ドラッグ</translation>
    </message>
    <message>
        <source>Rename a component in place</source>
        <translation>コンポーネントの名前をその場で変更</translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation>ダブルクリック</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボード ショートカット</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>メニュー</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
</context>
<context>
    <name>edgeplan::StartPage</name>
    <message>
        <source>Federation and public IM</source>
        <translation>フェデレーションとパブリック IM</translation>
    </message>
    <message>
        <source>One edge server with SIP and XMPP federation, public IM and a remote user: the federation rules.</source>
        <translation>SIP と XMPP のフェデレーション、パブリック IM、リモート ユーザーを持つ 1 台のエッジ サーバー: フェデレーションのルールです。</translation>
    </message>
    <message>
        <source>Single edge behind NAT</source>
        <translation>NAT の内側の単一エッジ</translation>
    </message>
    <message>
        <source>A consolidated edge server on private addresses behind NAT, with a director, a reverse proxy and every kind of partner.</source>
        <translation>NAT の内側でプライベート アドレスを使う統合エッジ サーバーに、ディレクター、リバース プロキシ、あらゆる種類のパートナーが加わります。</translation>
    </message>
    <message>
        <source>Scaled edge with load balancers</source>
        <translation>ロード バランサーを使う拡張エッジ</translation>
    </message>
    <message>
        <source>An edge pool of two servers behind hardware load balancers, a front-end pool of two and a federation partner.</source>
        <translation>ハードウェア ロード バランサーの内側にある 2 台のエッジ プール、2 台のフロントエンド プール、フェデレーション パートナーです。</translation>
    </message>
    <message>
        <source>Edgeplan</source>
        <translation>Edgeplan</translation>
    </message>
    <message>
        <source>Plan the firewall ports, DNS records and certificates of an edge deployment: start a plan, or open one of the samples to see what a finished plan looks like.</source>
        <translation>エッジ展開のファイアウォール ポート、DNS レコード、証明書を計画します。プランを始めるか、サンプルを開いて完成したプランの姿を確かめてください。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>サンプル</translation>
    </message>
    <message>
        <source>Recent Files</source>
        <translation>最近使ったファイル</translation>
    </message>
    <message>
        <source>No recent files yet.</source>
        <translation>最近使ったファイルはまだありません。</translation>
    </message>
</context>
<context>
    <name>edgeplan::Verifier</name>
    <message>
        <source>the system&apos;s name server</source>
        <translation>システムの DNS サーバー</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a DNS name or an IP address: nothing was sent.</source>
        <translation>「%1」は DNS 名でも IP アドレスでもありません。何も送信していません。</translation>
    </message>
    <message>
        <source>refused to send</source>
        <translation>送信を拒否</translation>
    </message>
    <message>
        <source>%1 has no A or AAAA record at %2.</source>
        <translation>%2 には %1 の A レコードも AAAA レコードもありません。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <source>No answer within %1 s: filtered by a firewall, or nothing listens there.</source>
        <translation>%1 秒以内に応答がありません。ファイアウォールで遮断されているか、待ち受けているものがありません。</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>The host refused the connection: nothing listens on %1 %2, or a firewall rejects it.</source>
        <translation>ホストが接続を拒否しました。%1 %2 で待ち受けているものがないか、ファイアウォールが拒否しています。</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>ホストが見つかりません</translation>
    </message>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>no record</source>
        <translation>レコードなし</translation>
    </message>
    <message>
        <source>lookup failed</source>
        <translation>参照に失敗</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>優先度 %1</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>重み %1</translation>
    </message>
    <message>
        <source>found</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>DNS: %1. The plan gives no FQDN to compare with.</source>
        <translation>DNS: %1。プランに比較する FQDN がありません。</translation>
    </message>
    <message>
        <source>matches the plan</source>
        <translation>プランと一致</translation>
    </message>
    <message>
        <source>DNS: %1.</source>
        <translation>DNS: %1。</translation>
    </message>
    <message>
        <source>mismatch</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>DNS: %1. The plan says %2:%3.</source>
        <translation>DNS: %1。プランでは %2:%3 です。</translation>
    </message>
    <message>
        <source>No A or AAAA record for %1.</source>
        <translation>%1 の A レコードも AAAA レコードもありません。</translation>
    </message>
    <message>
        <source>DNS: %1. The plan gives no address to compare with.</source>
        <translation>DNS: %1。プランに比較するアドレスがありません。</translation>
    </message>
    <message>
        <source>DNS: %1. The plan says %2.</source>
        <translation>DNS: %1。プランでは %2 です。</translation>
    </message>
    <message>
        <source>open</source>
        <translation>開いている</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>%1 に接続しました。</translation>
    </message>
    <message>
        <source>no handshake</source>
        <translation>ハンドシェイクなし</translation>
    </message>
    <message>
        <source>The port is open but the TLS handshake got no answer within %1 s.</source>
        <translation>ポートは開いていますが、TLS ハンドシェイクに %1 秒以内の応答がありません。</translation>
    </message>
    <message>
        <source>no SIP answer</source>
        <translation>SIP の応答なし</translation>
    </message>
    <message>
        <source>TLS works (%1) but no SIP response came within %2 s.</source>
        <translation>TLS は動作しています (%1) が、%2 秒以内に SIP の応答がありません。</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>切断</translation>
    </message>
    <message>
        <source>The server closed the connection before answering OPTIONS: %1</source>
        <translation>サーバーが OPTIONS に応答する前に接続を閉じました: %1</translation>
    </message>
    <message>
        <source>handshake failed</source>
        <translation>ハンドシェイク失敗</translation>
    </message>
    <message>
        <source>%1; subject CN=%2; SAN %3; issuer %4; expires %5</source>
        <translation>%1、サブジェクト CN=%2、SAN %3、発行者 %4、有効期限 %5</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>the plan gives no FQDN to look for in the certificate</source>
        <translation>証明書で確認する FQDN がプランにありません</translation>
    </message>
    <message>
        <source>chain not trusted: %1</source>
        <translation>信頼されていない証明書チェーン: %1</translation>
    </message>
    <message>
        <source>%1 is not among the certificate&apos;s names</source>
        <translation>%1 が証明書の名前に含まれていません</translation>
    </message>
    <message>
        <source>the certificate has expired</source>
        <translation>証明書の有効期限が切れています</translation>
    </message>
    <message>
        <source>not SIP</source>
        <translation>SIP ではない</translation>
    </message>
    <message>
        <source>The server sent more than 8 KiB without a status line.</source>
        <translation>サーバーはステータス行なしで 8 KiB を超えるデータを送りました。</translation>
    </message>
    <message>
        <source>The first line of the answer is not a SIP status line: %1</source>
        <translation>応答の 1 行目が SIP のステータス行ではありません: %1</translation>
    </message>
    <message>
        <source>The server answers SIP, but not with 2xx. %1</source>
        <translation>サーバーは SIP で応答しましたが、2xx ではありません。%1</translation>
    </message>
    <message>
        <source>The server closed the stream before its features: %1</source>
        <translation>サーバーが features を送る前にストリームを閉じました: %1</translation>
    </message>
    <message>
        <source>no features</source>
        <translation>features なし</translation>
    </message>
    <message>
        <source>The port is open but no &lt;stream:features&gt; came within %1 s.</source>
        <translation>ポートは開いていますが、%1 秒以内に &lt;stream:features&gt; が届きません。</translation>
    </message>
    <message>
        <source>stream error</source>
        <translation>ストリーム エラー</translation>
    </message>
    <message>
        <source>The server ended the stream: %1</source>
        <translation>サーバーがストリームを終了しました: %1</translation>
    </message>
    <message>
        <source>not XMPP</source>
        <translation>XMPP ではない</translation>
    </message>
    <message>
        <source>The answer is not an XMPP stream: %1</source>
        <translation>応答が XMPP ストリームではありません: %1</translation>
    </message>
    <message>
        <source>Stream from %1; features: %2.</source>
        <translation>ストリームの送信元 %1、features: %2。</translation>
    </message>
    <message>
        <source>(no from)</source>
        <translation>(from なし)</translation>
    </message>
    <message>
        <source>offers STARTTLS</source>
        <translation>STARTTLS を提供</translation>
    </message>
    <message>
        <source>no STARTTLS</source>
        <translation>STARTTLS なし</translation>
    </message>
    <message>
        <source>Port unreachable: nothing listens on UDP %1.</source>
        <translation>ポートに到達できません: UDP %1 で待ち受けているものがありません。</translation>
    </message>
    <message>
        <source>error response</source>
        <translation>エラー応答</translation>
    </message>
    <message>
        <source>Binding Error Response, code %1.</source>
        <translation>Binding Error Response、コード %1。</translation>
    </message>
    <message>
        <source>no mapped address</source>
        <translation>マップされたアドレスなし</translation>
    </message>
    <message>
        <source>Binding Success without a mapped address.</source>
        <translation>マップされたアドレスのない Binding Success です。</translation>
    </message>
    <message>
        <source>mapped %1:%2</source>
        <translation>マップ先 %1:%2</translation>
    </message>
    <message>
        <source>Binding Success Response: this end is seen as %1 port %2.</source>
        <translation>Binding Success Response: こちら側は %1 のポート %2 として見えています。</translation>
    </message>
    <message>
        <source>not STUN</source>
        <translation>STUN ではない</translation>
    </message>
    <message>
        <source>Answers came, but none was a STUN response to this request: %1</source>
        <translation>応答はありましたが、この要求に対する STUN 応答はありませんでした: %1</translation>
    </message>
    <message>
        <source>%1 %2 %3 is a port range: media ports open per call, no listener answers there.</source>
        <translation>%1 %2 %3 はポート範囲です。メディア ポートは通話ごとに開くため、応答する待ち受けはありません。</translation>
    </message>
    <message>
        <source>The plan gives this end neither an address nor an FQDN.</source>
        <translation>プランではこの端点にアドレスも FQDN もありません。</translation>
    </message>
    <message>
        <source>There is no probe for %1 over UDP.</source>
        <translation>UDP 上の %1 を調べるプローブはありません。</translation>
    </message>
    <message>
        <source>not probed</source>
        <translation>未検査</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>DNS SRV</source>
        <translation>DNS SRV</translation>
    </message>
    <message>
        <source>DNS A/AAAA</source>
        <translation>DNS A/AAAA</translation>
    </message>
    <message>
        <source>TCP connect</source>
        <translation>TCP 接続</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS ハンドシェイク</translation>
    </message>
    <message>
        <source>SIP OPTIONS</source>
        <translation>SIP OPTIONS</translation>
    </message>
    <message>
        <source>XMPP stream</source>
        <translation>XMPP ストリーム</translation>
    </message>
    <message>
        <source>STUN binding</source>
        <translation>STUN バインディング</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>edgeplan::VerifyDialog</name>
    <message>
        <source>Verify Plan</source>
        <translation>プランの検証</translation>
    </message>
    <message>
        <source>Probes the addresses and names that the plan gives, as its firewall rules require: DNS records, TCP ports, TLS certificates, SIP OPTIONS, the XMPP stream and STUN. Nothing else is contacted. RTP port ranges are not probed.</source>
        <translation>プランにあるアドレスと名前を、ファイアウォール ルールが求めるとおりに調べます: DNS レコード、TCP ポート、TLS 証明書、SIP OPTIONS、XMPP ストリーム、STUN。それ以外には接続しません。RTP のポート範囲は調べません。</translation>
    </message>
    <message>
        <source>&amp;Timeout per probe (s):</source>
        <translation>プローブごとのタイムアウト (秒)(&amp;T):</translation>
    </message>
    <message>
        <source>Probes at &amp;once:</source>
        <translation>同時に実行するプローブ数(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;DNS server:</source>
        <translation>DNS サーバー(&amp;D):</translation>
    </message>
    <message>
        <source>the system&apos;s resolver</source>
        <translation>システムのリゾルバー</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>CSV にエクスポート(&amp;C)…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>JSON にエクスポート(&amp;J)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>The DNS server must be an IP address, not “%1”.</source>
        <translation>DNS サーバーには IP アドレスを指定してください (「%1」ではなく)。</translation>
    </message>
    <message>
        <source>Probing…</source>
        <translation>検査中…</translation>
    </message>
    <message>
        <source>Export Results as JSON</source>
        <translation>結果を JSON にエクスポート</translation>
    </message>
    <message>
        <source>Export Results as CSV</source>
        <translation>結果を CSV にエクスポート</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>edgeplan::VerifyReport</name>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>プローブ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>%1: %2 (SRV)</source>
        <translation>%1: %2 (SRV)</translation>
    </message>
    <message>
        <source>%1: %2 (A/AAAA)</source>
        <translation>%1: %2 (A/AAAA)</translation>
    </message>
    <message>
        <source>%1: (no address)</source>
        <translation>%1: (アドレスなし)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n passed</source>
        <translation>
            <numerusform>成功 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with warnings</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>失敗 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not probed</source>
        <translation>
            <numerusform>未検査 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>キャンセル %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>edgeplan::ViewActions</name>
    <message>
        <source>&amp;Select</source>
        <translation>選択(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>拡大します</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小します</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>全体を表示(&amp;F)</translation>
    </message>
    <message>
        <source>Show the whole diagram</source>
        <translation>図の全体を表示します</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>実際のサイズ(&amp;A)</translation>
    </message>
    <message>
        <source>Zoom to 100 %</source>
        <translation>100 % で表示します</translation>
    </message>
    <message>
        <source>&amp;Port Numbers Only</source>
        <translation>ポート番号のみ(&amp;P)</translation>
    </message>
    <message>
        <source>Label links with their port numbers only</source>
        <translation>リンクのラベルをポート番号だけにします</translation>
    </message>
    <message>
        <source>Snap to &amp;Grid</source>
        <translation>グリッドに合わせる(&amp;G)</translation>
    </message>
    <message>
        <source>Snap moved components to the grid</source>
        <translation>移動したコンポーネントをグリッドに合わせます</translation>
    </message>
    <message>
        <source>Select and move components (V, or Esc)</source>
        <translation>コンポーネントを選択して移動します (V または Esc)</translation>
    </message>
    <message>
        <source>Drag from one component to another to link them (C)</source>
        <translation>コンポーネントから別のコンポーネントへドラッグしてリンクします (C)</translation>
    </message>
</context>
</TS>
