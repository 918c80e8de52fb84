#include "base/Messages.h"

#include <map>
#include <optional>
#include <regex>

namespace edgeplan {

namespace {

// code, or code/argument count, to the Japanese template.
const std::map<std::string, std::string>& japaneseTemplates()
{
    static const std::map<std::string, std::string> templates = {
        // Reading JSON and the limits on input.
        {"json.syntax/0", "JSON として正しくありません"},
        {"json.syntax/1", "JSON として正しくありません: {0}"},
        {"json.number/1", "大きすぎて読めない数値です: {0}"},
        {"json.type/1", "{0}が必要です"},
        {"json.type/2", "{0}が必要ですが、{1}があります"},
        {"json.missing", "必須の項目「{0}」がありません"},
        {"number.range", "{0} は {1} ～ {2} の整数ではありません"},
        {"limit.file-size", "ファイルが {0} MiB を超えています"},
        {"limit.string-length", "{0} 文字を超えるテキストがあります"},
        {"limit.depth", "JSON の入れ子が {0} 段を超えています"},
        {"limit.items", "{1}が {0} 個を超えています"},
        {"limit.items/1", "1 つの配列またはオブジェクトの項目が {0} 個を超えています"},
        {"limit.values", "ファイルの値が {0} 個を超えています"},
        {"text.too-long", "テキストが {0} 文字を超えています"},
        // Projects.
        {"project.format", "Edgeplan のプロジェクトではありません (format「{0}」)"},
        {"project.version", "ファイルのバージョン {0} には対応していません (この Edgeplan はバージョン {1} を読みます)"},
        {"project.unknown-catalog", "不明なカタログ「{0}」"},
        {"project.invalid-id", "ID は正の整数でなければなりません ({0})"},
        {"component.unknown-role", "不明な役割「{0}」"},
        {"component.unknown-zone", "不明なゾーン「{0}」"},
        {"component.position-out-of-range", "位置は原点から {0} 以内でなければなりません"},
        {"component.unknown-interface", "役割「{0}」にインターフェイス「{1}」はありません"},
        {"component.unknown-property", "役割「{0}」にプロパティ「{1}」はありません"},
        {"component.duplicate-id", "コンポーネント ID {0} が重複しています"},
        {"component.invalid-id", "コンポーネント ID は正の数でなければなりません"},
        {"component.missing", "ID {0} のコンポーネントはありません"},
        {"address.invalid", "「{0}」は IPv4 アドレスでも IPv6 アドレスでもありません"},
        {"link.missing-component/0", "リンクが存在しないコンポーネントを結んでいます"},
        {"link.missing-component/1", "リンクが存在しないコンポーネント {0} を指しています"},
        {"link.duplicate-id", "リンク ID {0} が重複しています"},
        {"link.invalid-id", "リンク ID は正の数でなければなりません"},
        {"link.self", "リンクは異なる 2 つのコンポーネントを結ぶ必要があります"},
        {"link.duplicate", "この 2 つのコンポーネントは既にリンクされています"},
        {"link.missing", "ID {0} のリンクはありません"},
        {"scenario.unknown", "不明なシナリオ「{0}」"},
        {"port.range", "ポート {0} は 1 ～ 65535 の範囲外です"},
        {"pool.missing", "プール {0} はありません"},
        {"pool.role", "{0} に {1} を含めることはできません"},
        {"pool.not-empty", "プール「{0}」にはまだメンバーがあります"},
        {"variant.unknown", "不明な展開バリエーション「{0}」"},
        {"property.invalid/1", "「{0}」は true か false でなければなりません"},
        {"property.invalid/2", "「{1}」は「{0}」の選択肢にありません"},
        // DNS names (model/DnsName.h).
        {"name.empty", "{0}が空です"},
        {"name.too-long", "{0}が 253 文字を超えています"},
        {"name.space", "{0}「{1}」に空白または制御文字があります"},
        {"name.character", "{0}「{1}」に DNS 名に使えない文字があります (使えるのは英数字、ハイフン、ドットだけです)"},
        {"name.label-empty", "{0}「{1}」に空のラベルがあります (ドットが連続しているか、先頭にあります)"},
        {"name.label-too-long", "{0}「{1}」に 63 文字を超えるラベルがあります"},
        {"name.hyphen", "{0}「{1}」に、ハイフンで始まるかハイフンで終わるラベルがあります"},
        {"name.duplicate-domain", "SIP ドメイン {0} が 2 回指定されています"},
        {"name.unknown", "カタログにプロジェクトの名前 {0} はありません"},
        // Imports: XML, text and CSV, topologies and federation lists.
        {"xml.doctype", "DOCTYPE は使用できません。トポロジ ファイルに DOCTYPE が含まれることはありません"},
        {"xml.entity", "エンティティ宣言は使用できません。トポロジ ファイルに含まれることはありません"},
        {"xml.syntax", "XML として正しくありません: {0}"},
        {"xml.empty", "ファイルに XML の要素がありません"},
        {"limit.element-depth", "要素の入れ子が {0} 段を超えています"},
        {"limit.elements", "要素が {0} 個を超えています"},
        {"limit.attributes", "属性が {0} 個を超える要素があります"},
        {"limit.xml-text", "{0} バイトを超える属性値またはテキストがあります"},
        {"limit.rows", "行が {0} 行を超えています"},
        {"limit.field", "{0} バイトを超えるフィールドがあります"},
        {"limit.record-fields", "フィールドが {0} 個を超えるレコードがあります"},
        {"limit.fields", "リスト全体のフィールドが {0} 個を超えています"},
        {"text.encoding", "テキストが UTF-8 でも、バイト順マーク付きの UTF-16 でもありません"},
        {"text.utf16-odd", "UTF-16 のテキストが文字の途中で終わっています"},
        {"text.surrogate", "対になっていない UTF-16 のサロゲートがあります"},
        {"text.utf16be", "UTF-16 ビッグ エンディアンのテキストは読めません。UTF-8 で保存してください"},
        {"text.nul", "テキストに NUL 文字があります"},
        {"csv.blank-line", "リストの途中に空行があります"},
        {"csv.width", "このレコードのフィールドは {0} 個ですが、ヘッダーは {1} 個です"},
        {"csv.empty", "リストが空です (ヘッダー行もありません)"},
        {"csv.quote", "引用符で囲んだフィールドが閉じていません"},
        {"csv.after-quote", "フィールドを閉じる引用符の後にテキストがあります"},
        {"csv.stray-quote", "引用符で始まらないフィールドに引用符があります"},
        {"csv.carriage-return", "引用符の外に、行末ではない CR があります"},
        // The import report: what was made, kept as a note or left out.
        {"import.not-modelled-idle/2", "モデル化していません: サービスを実行していないクラスター {0} 個: {1}"},
        {"import.not-modelled-role/3", "モデル化していません: {0} (クラスター {1} 個: {2})"},
        {"import.foreign-element/3", "このインポーターが知らない名前空間 {1} の <{0}> 要素 {2} 個を除外しました"},
        {"import.foreign-attribute/3", "このインポーターが知らない名前空間 {1} の {0} 属性 {2} 個を除外しました"},
        {"import.version-unreadable/2", "{0}「{1}」は数値ではありません。バージョンは不明として扱います"},
        {"import.not-installed/1", "{0} サービスにはインストール先のクラスターがないので、含めていません"},
        {"import.missing-cluster-skipped/2", "{0} サービスのインストール先 {1} はトポロジのクラスターではないので、含めていません"},
        {"import.missing-service-skipped/2", "{0} サービスの依存先 {1} はトポロジのサービスではないので、そのリンクは描いていません"},
        {"import.original-topology/0", "ファイルには最後に公開されたトポロジ (<OriginalTopology>) も含まれています。新しいトポロジをインポートしました"},
        {"import.sql-always-on/2", "モデル化していません: SQL Server インスタンス {0} は AlwaysOn 可用性グループです (プライマリ ノード {1})"},
        {"import.sql-mirror/2", "モデル化していません: SQL Server インスタンス {0} はミラーリングされています ({1})"},
        {"import.sql-no-cluster/1", "SQL Server インスタンス {0} は、トポロジにないクラスター上にあります"},
        {"import.single-label/2", "コンポーネント {0} の名前 {1} はラベルが 1 つだけです。DNS レコードと証明書には完全な名前が必要です"},
        {"import.simple-url/3", "{0} の簡易 URL {2} から名前 {1} を設定しました"},
        {"import.simple-url-others/2", "{0} の簡易 URL は既定のドメインのものを使いました。ほかの {1} 個はモデル化していません"},
        {"import.simple-url-unreadable/1", "簡易 URL {0} にホスト名がないので、含めていません"},
        {"import.version-none/1", "{0} のバージョンが指定されていません。Lync Server 2013 の規則で描きます"},
        {"import.version-unknown/2", "{0} の ServiceVersion {1} はこのインポーターが知らない値です。製品は不明で、Lync Server 2013 の規則で描きます"},
        {"import.version/3", "{0} は {1} です (ServiceVersion {2})"},
        {"import.nat-no-address/2", "エッジ {0} は NAT の内側ですべてのアドレス (0.0.0.0) で待ち受けます ({1})。トポロジにはパブリック アドレスしかないので、プライベート アドレスをインスペクターで入力してください"},
        {"import.catalog-chosen/3", "カタログ {0} で描きます。トポロジは {1} です (ServiceVersion {2})"},
        {"import.catalog-fallback/2", "{0} のカタログはまだないので、そのプールは {1} の規則で描きます"},
        {"import.site-central/1", "中央サイト {0}"},
        {"import.site-branch/1", "ブランチ サイト {0}"},
        {"import.site-central-location/2", "中央サイト {0} ({1})"},
        {"import.site-branch-location/2", "ブランチ サイト {0} ({1})"},
        {"import.kept-note", "{0} にメモとして残しました: {2} の {1} サービス (モデル化されていません)"},
        {"import.no-external-port", "エッジ {0} に外部の{1}のポートがありません。{2} インターフェイスにはアドレスを設定していません"},
        {"import.moved-port", "{1} の{0}は 443 ではなくポート {2} で待ち受けます"},
        {"import.variant-kept", "エッジ {0} の展開は {1} ですが、計画は {2} のままです"},
        {"import.created-edge-pool", "エッジ プール {0} ({1}) を作成しました。エッジ サーバー {2} 台: {3}"},
        {"import.created-edge-server", "エッジ サーバー {0} ({1}) を作成しました"},
        {"import.created-front-end-pool/2", "フロントエンド プール {0} ({1}) を作成しました"},
        {"import.created-front-end-pool/4", "フロントエンド プール {0} ({1}) を作成しました。フロントエンド サーバー {2} 台: {3}"},
        {"import.xmpp-gateway", "フロントエンド プール {0} に XMPP ゲートウェイがあります"},
        {"import.created-director/2", "ディレクター {0} ({1}) を作成しました"},
        {"import.created-office-web-apps/2", "Office Web Apps サーバー {0} ({1}) を作成しました"},
        {"import.created-branch-appliance/2", "存続可能ブランチ アプライアンス {0} ({1}) を作成しました"},
        {"import.added-any-host", "インターネットの「Any」ホストを追加し、エッジにリンクしました"},
        {"import.added-internal-clients", "内部クライアントを追加し、エッジにリンクしました"},
        {"import.no-scenarios", "シナリオ: なし"},
        {"import.scenarios", "シナリオ: {0}"},
        {"import.variant", "展開バリエーション: {0}"},
        {"import.nat", "NAT: パブリック アドレスは ConfiguredIPAddress の値です"},
        {"import.provider-disabled", "パブリック IM プロバイダー {0} は無効なので含めていません"},
        {"import.provider-network", "パブリック IM プロバイダー {0} はカタログにないネットワークです。既定のネットワークのままにします"},
        {"import.already-there", "{0} {1} は計画に既にあるので含めていません"},
        {"import.created-partner", "{0} {1} を作成しました"},
        {"import.created-partner-proxy", "{0} {1} ({2}) を作成しました"},
        {"import.created-partner-note", "{0} {1} を作成しました。メモ:「{2}」"},
        {"import.created-partner-proxy-note", "{0} {1} ({2}) を作成しました。メモ:「{3}」"},
        {"import.scenario-on", "シナリオ {0} をオンにしました"},
        {"import.not-topology", "Lync のトポロジではありません。ルート要素が <TopologyBuilder> でも <Topology> でもなく <{0}> です"},
        {"import.namespace", "<TopologyBuilder> の名前空間 {0} は不明です"},
        {"import.not-federation-list", "ヘッダーが、Get-CsAllowedDomain、Get-CsXmppAllowedPartner、Get-CsPublicProvider を Export-Csv で書き出したもののいずれでもありません"},
        {"import.missing-attribute", "<{0}> に {1} 属性がありません"},
        {"import.missing-element", "<{0}> に <{1}> がありません"},
        {"import.number", "{0}「{1}」は {2} ～ {3} の数値ではありません"},
        {"import.fqdn", "{0}「{1}」は DNS 名ではありません"},
        {"import.duplicate-guid", "UniqueId {0} が重複しています (最初は {1} 行)"},
        {"import.duplicate-machine", "コンピューター {0} が重複しています (最初は {1} 行)"},
        {"import.duplicate-interface", "{0} インターフェイス {1} が重複しています"},
        {"import.duplicate-cluster", "クラスター {0} が重複しています"},
        {"import.duplicate-service", "サービス {0} が重複しています"},
        {"import.duplicate-site", "サイト {0} が重複しています"},
        {"import.empty-cluster", "クラスター {0} にコンピューターがありません"},
        {"import.missing-site", "サイト {0} が Sites にありません"},
        {"import.missing-cluster", "{0} サービスのインストール先 {1} は、トポロジのクラスターではありません"},
        {"import.missing-service", "{0} サービスの依存先 {1} は、トポロジのサービスではありません"},
        {"import.missing-interface", "コンピューター {0} に {1} インターフェイス {2} がありません ({3} 行のエッジのポートが使用しています)"},
        {"import.missing-field", "行に {0} がありません"},
        {"import.no-edge", "パートナーをリンクするエッジ サーバーまたはエッジ プールがプランにありません"},
        {"import.plan", "プランをコピーできません"},
        {"import.catalog", "インポート先のカタログがありません"},
        {"import.format", "Lync のトポロジ (XML) でも、Export-Csv で書き出したフェデレーション リストでもありません"},
        {"import.no-input", "インポートするものがありません"},
        {"import.two-topologies", "一度にインポートできるトポロジ ファイルは 1 つだけです"},
        {"import.topology-into", "トポロジからは新しいプランを作成します。別のプランにインポートすることはできません"},
        {"import.list-alone", "フェデレーション リストはプランに追加します。プランか、トポロジ ファイルも指定してください"},
        // Catalogs.
        {"catalog.format", "Edgeplan のカタログではありません (format「{0}」)"},
        {"catalog.version", "カタログのバージョン {0} には対応していません (このビルドはバージョン 1 を読みます)"},
        {"catalog.date", "役割「{0}」: 「{1}」は日付 (YYYY-MM-DD) ではありません"},
        {"catalog.transport", "ルール「{0}」: トランスポート「{1}」は TCP、UDP、TCP/UDP のいずれでもありません"},
        {"catalog.ports", "ルール「{0}」: ポート「{1}」が正しくありません"},
        {"catalog.duplicate-id", "{0}の ID「{1}」が重複しています"},
        {"catalog.empty-id", "{0}の ID が空です"},
        {"catalog.no-role", "ルール「{0}」: 役割が指定されていません"},
        {"catalog.unknown-role", "「{0}」: 不明な役割「{1}」"},
        {"catalog.unknown-interface", "ルール「{0}」: 役割「{1}」にインターフェイス「{2}」はありません"},
        {"catalog.unknown-property", "「{0}」: 「{1}」に「{2}」は使えません"},
        {"catalog.unknown-zone", "不明なゾーン「{0}」"},
        {"catalog.host-name", "役割「{0}」: ホスト名「{1}」は、英小文字、数字、途中のハイフンで 20 文字以内にする必要があります"},
        {"catalog.default-zone", "役割「{0}」: 許可するゾーンに既定のゾーン「{1}」を含める必要があります"},
        {"catalog.unknown-rule/2", "シナリオ「{0}」: ルール「{1}」はこのシナリオに属していません"},
        {"catalog.unknown-rule/3", "フロー「{0}」のステップ {1}: 不明なルール「{2}」"},
        {"catalog.firewall-zones", "ファイアウォール「{0}」は隣り合う 2 つのゾーンの間に置く必要があります"},
        {"catalog.unknown-scenario", "「{0}」: 不明なシナリオ「{1}」"},
        {"catalog.unknown-service", "ルール「{0}」: 不明なサービス「{1}」"},
        {"catalog.unknown-variant", "ルール「{0}」: 不明なバリエーション「{1}」"},
        {"catalog.flow-empty", "フロー「{0}」にステップがありません"},
        {"catalog.pool-binding", "「{0}」は vip、members、both のいずれでもありません"},
        {"catalog.listen-port", "ルール「{0}」: listenPort「{1}」は from でも to でもありません"},
        {"catalog.listen-interface", "ルール「{0}」: 待ち受け側の端にインターフェイスがありません"},
        {"catalog.pool-member", "役割「{0}」: プールにプール (「{1}」) を含めることはできません"},
        {"catalog.translation-missing", "{0}のテキストが空です"},
    };
    return templates;
}

// The args that are English words rather than names or numbers.
const std::string& japaneseWord(const std::string& word)
{
    static const std::map<std::string, std::string> words = {
        // JSON types, as JsonReader expects them and as nlohmann names them.
        {"an object", "オブジェクト"}, {"object", "オブジェクト"},
        {"an array", "配列"}, {"array", "配列"},
        {"a string", "文字列"}, {"string", "文字列"},
        {"an integer", "整数"}, {"a number", "数値"}, {"number", "数値"},
        {"a boolean", "真偽値"}, {"boolean", "真偽値"}, {"null", "null"},
        // Kinds of catalog entries and project lists.
        {"catalog", "カタログ"}, {"zone", "ゾーン"}, {"firewall", "ファイアウォール"},
        {"service", "サービス"}, {"scenario", "シナリオ"}, {"variant", "バリエーション"},
        {"role", "役割"}, {"rule", "ルール"}, {"flow", "フロー"},
        {"components", "コンポーネント"}, {"links", "リンク"},
        {"en", "英語"}, {"ja", "日本語"},
        // What holds a DNS name.
        {"the FQDN", "FQDN"}, {"the SIP domain", "SIP ドメイン"}, {"the internal domain", "内部ドメイン"},
        // What the import report names: edge services and kinds of servers and partners.
        {"Access Edge", "アクセス エッジ サービス"}, {"Web Conferencing Edge", "Web 会議エッジ サービス"},
        {"A/V Edge", "A/V エッジ サービス"}, {"director", "ディレクター"},
        {"Office Web Apps server", "Office Web Apps サーバー"},
        {"SIP federation partner", "SIP フェデレーション パートナー"}, {"XMPP partner", "XMPP パートナー"},
        {"public IM provider", "パブリック IM プロバイダー"},
    };
    const auto it = words.find(word);
    return it == words.end() ? word : it->second;
}

const std::string* japaneseTemplate(const Diagnostic& d)
{
    const auto& templates = japaneseTemplates();
    auto it = templates.find(d.code + "/" + std::to_string(d.args.size()));
    if (it == templates.end())
        it = templates.find(d.code);
    return it == templates.end() ? nullptr : &it->second;
}

// Fills {0} … {9}; nullopt when the template names an arg the diagnostic lacks.
std::optional<std::string> fill(const std::string& pattern, const std::vector<std::string>& args)
{
    std::string out;
    for (size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}' &&
            pattern[i + 1] >= '0' && pattern[i + 1] <= '9') {
            const size_t index = size_t(pattern[i + 1] - '0');
            if (index >= args.size())
                return std::nullopt;
            out += japaneseWord(args[index]);
            i += 2;
        } else {
            out += pattern[i];
        }
    }
    return out;
}

} // namespace

bool hasTranslatedMessage(const Diagnostic& diagnostic)
{
    const std::string* pattern = japaneseTemplate(diagnostic);
    return pattern && fill(*pattern, diagnostic.args);
}

std::string diagnosticMessage(const Diagnostic& diagnostic, Lang lang)
{
    if (lang == Lang::Ja)
        if (const std::string* pattern = japaneseTemplate(diagnostic))
            if (std::optional<std::string> text = fill(*pattern, diagnostic.args))
                return *text;
    return diagnostic.message;
}

std::string diagnosticString(const Diagnostic& diagnostic, Lang lang)
{
    std::string where = diagnostic.where;
    // The place may follow a file's name or precede an element's ("a.xml:
    // line 4, column 7 (<Machine>)"); a CSV row has a line alone, text a byte.
    static const std::regex lineColumn(R"(\bline (\d+), column (\d+))");
    static const std::regex line(R"(\bline (\d+)\b)");
    static const std::regex byte(R"(\bbyte (\d+)\b)");
    if (lang == Lang::Ja) {
        where = std::regex_replace(where, lineColumn, "$1 行 $2 列");
        where = std::regex_replace(where, line, "$1 行");
        where = std::regex_replace(where, byte, "$1 バイト目");
    }
    const std::string message = diagnosticMessage(diagnostic, lang);
    return where.empty() ? message : where + ": " + message;
}

} // namespace edgeplan
