import Foundation
import Hummingbird

/// The pages' words in Chinese and English: `?lang=zh|en`, else whichever of the two Accept-Language names first,
/// else (a browser asking for neither, such as French) English, the Repertoire's drafting language; Chinese when
/// no Accept-Language is sent.
struct Labels: Sendable {
    let lang: String
    private let words: [String: String]

    subscript(_ key: String) -> String { words[key] ?? key }

    /// A stored code as the page's words (`rule37` → `规则第 37 条` / `Rule 37`); any other value as it is.
    func value(_ text: String) -> String { Self.values[text]?[lang] ?? text }

    /// The codes the database stores and the pages show, in both languages: roles, kinds, venues, severities and
    /// the checks' kinds of finding.
    static let values: [String: [String: String]] = [
        "rule37": ["zh": "规则第 37 条", "en": "Rule 37"], "rule39_other": ["zh": "规则第 39 条及其他", "en": "Rule 39 and other"],
        "speaker": ["zh": "发言者", "en": "Speaker"],
        "resolution": ["zh": "决议", "en": "Resolution"], "presidential_statement": ["zh": "主席声明", "en": "Presidential statement"],
        "draft_resolution": ["zh": "决议草案", "en": "Draft resolution"], "meeting_record": ["zh": "会议记录", "en": "Meeting record"],
        "meeting": ["zh": "会议", "en": "Meeting"], "videoconference": ["zh": "视频会议", "en": "Videoconference"],
        "written_procedure": ["zh": "书面程序", "en": "Written procedure"],
        "thematic": ["zh": "专题", "en": "Thematic"], "regional": ["zh": "区域", "en": "Regional"],
        "paragraph": ["zh": "段落", "en": "Paragraph"], "footnote": ["zh": "脚注", "en": "Footnote"], "heading": ["zh": "标题", "en": "Heading"],
        "table_note": ["zh": "表注", "en": "Table note"], "official": ["zh": "官方文本", "en": "Official text"],
        "error": ["zh": "错误", "en": "Error"], "warning": ["zh": "警告", "en": "Warning"], "note": ["zh": "提示", "en": "Note"],
        "state": ["zh": "国家", "en": "State"], "observer_state": ["zh": "观察员国", "en": "Observer State"],
        "organization": ["zh": "组织", "en": "Organization"],
        "decision-conflict": ["zh": "决定冲突", "en": "Decision conflict"], "count-mismatch": ["zh": "数目不符", "en": "Count mismatch"],
        "vote-conflict": ["zh": "表决冲突", "en": "Vote conflict"],
        "member-invited-under-rule-37": ["zh": "安理会成员被列为规则第 37 条受邀者", "en": "Member invited under rule 37"],
        "footnote-sequence": ["zh": "脚注编号", "en": "Footnote sequence"], "truncated-document": ["zh": "文件截断", "en": "Truncated document"],
        "symbol-without-link": ["zh": "文号无链接", "en": "Symbol without link"], "link-without-symbol": ["zh": "链接无文号", "en": "Link without symbol"],
        "orphan-fragment": ["zh": "孤立片段", "en": "Orphan fragment"], "incomplete-date": ["zh": "日期不完整", "en": "Incomplete date"],
        "name-variant": ["zh": "名称不一致", "en": "Name variant"], "official-record-mismatch": ["zh": "与官方记录不符", "en": "Official record mismatch"],
        "presidency-conflict": ["zh": "主席国冲突", "en": "Presidency conflict"], "vote-tally": ["zh": "票数不可能", "en": "Vote tally"],
        "edition-mismatch": ["zh": "语文版本不符", "en": "Edition mismatch"],
    ]

    static func of(_ request: Request) -> Labels {
        if let lang = request.uri.queryParameters["lang"], let labels = all[String(lang)] { return labels }
        guard let header = request.headers[.acceptLanguage]?.lowercased(), !header.isEmpty else { return all["zh"]! }
        // The languages in the order given (`fr-FR,fr;q=0.9,zh;q=0.8` → fr, fr, zh), the first of ours wins.
        for tag in header.split(separator: ",") {
            let code = tag.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            let primary = code.split(separator: "-").first.map(String.init) ?? code
            if let labels = all[primary] { return labels }
        }
        return all["en"]!
    }

    static let all: [String: Labels] = [
        "zh": Labels(lang: "zh", words: [
            "site": "安理会惯例汇编", "items": "议程项目", "findings": "审查发现", "search": "搜索", "home": "首页",
            "meetings": "会议", "videoconferences": "视频会议", "decisions": "决定", "documents": "文件", "totals": "总数",
            "timeline": "每月会议和视频会议", "item": "项目", "sub_items": "分项", "record": "记录", "date": "日期",
            "vote": "表决", "title": "标题", "symbol": "文号", "state": "国家", "participation": "参与", "sponsored": "提案",
            "votes": "投票", "official_record": "官方记录", "member_votes": "成员投票", "source_lines": "原文行",
            "citations": "引用处", "official_texts": "正式文本", "no_results": "没有结果", "other_lang": "English",
            "for": "赞成", "against": "反对", "abstaining": "弃权", "continuations": "续会", "participants": "与会者",
            "drafts": "决议草案", "results": "结果", "listed": "表中所列", "summary": "概况", "snippet": "摘录", "source": "来源",
            "severity": "级别", "kind": "类别", "message": "说明", "line": "行", "document": "文件",
            "venue": "场合", "occasion": "会议或视频会议", "adoption_type": "通过方式", "iso3": "ISO3", "meeting": "会议",
            "draft": "草案", "role": "身份", "name": "名称", "language": "语言", "adoption_date": "通过日期", "context": "上下文",
            "spoke": "发言", "voted": "投票", "number": "编号", "sub_item": "分项", "rule37_note": "规则第37条附注",
            "stats": "历年统计", "year": "年份", "resolutions": "决议", "unanimous": "一致通过", "with_abstentions": "有弃权",
            "without_vote": "未经表决", "chapter_vii": "第七章", "written_procedure": "书面程序", "presidential_statements": "主席声明",
            "drafts_not_adopted": "未通过的草案", "vetoed_drafts": "被否决的草案", "vetoes_by": "否决票",
            "stats_chart": "每年的决议和主席声明", "vetoes_chart": "常任理事国每年投的否决票", "votes_by_year": "每年投票",
            "vetoes_cast": "投的否决票", "placed": "各来源所列的本次会议决定", "sponsors": "提案国", "counts": "所述数目与所见数目",
            "stated": "文中所述", "found": "表和叙述中所见", "events": "会议和视频会议经过", "initiative": "倡议国",
            "concept_note": "概念说明", "briefers": "通报人", "presidential_statements_short": "主席声明", "source_table": "表 1", "source_narrative": "叙述部分",
            "source_official": "联合国官方记录", "stats_source": "来源：联合国安全理事会决议数据 (UNxml/SCresolutions)；空白表示数据中没有该年的此类文件。",
        ]),
        "en": Labels(lang: "en", words: [
            "site": "Repertoire of the Practice of the Security Council", "items": "Agenda items", "findings": "Findings",
            "search": "Search", "home": "Home", "meetings": "Meetings", "videoconferences": "Videoconferences",
            "decisions": "Decisions", "documents": "Documents", "totals": "Totals",
            "timeline": "Meetings and videoconferences per month", "item": "Item", "sub_items": "Sub-items", "record": "Record",
            "date": "Date", "vote": "Vote", "title": "Title", "symbol": "Symbol", "state": "State", "participation": "Participation",
            "sponsored": "Sponsored", "votes": "Votes", "official_record": "Official record", "member_votes": "Members' votes",
            "source_lines": "Source lines", "citations": "Cited at", "official_texts": "Official texts", "no_results": "No results",
            "other_lang": "中文", "for": "for", "against": "against", "abstaining": "abstaining", "continuations": "Resumptions",
            "participants": "Participants", "drafts": "Drafts", "results": "Results", "listed": "Listed in the tables",
            "summary": "Summary", "snippet": "Snippet", "source": "Source", "severity": "Severity", "kind": "Kind",
            "message": "Message", "line": "Line", "document": "Document",
            "venue": "Venue", "occasion": "Meeting or videoconference", "adoption_type": "Adoption", "iso3": "ISO3",
            "meeting": "Meeting", "draft": "Draft", "role": "Role", "name": "Name", "language": "Language",
            "adoption_date": "Adopted", "context": "Context", "spoke": "Spoke", "voted": "Voted", "number": "Number",
            "sub_item": "Sub-item", "rule37_note": "Rule 37 note",
            "stats": "Statistics", "year": "Year", "resolutions": "Resolutions", "unanimous": "Unanimous",
            "with_abstentions": "With abstentions", "without_vote": "Without a vote", "chapter_vii": "Chapter VII",
            "written_procedure": "Written procedure", "presidential_statements": "Presidential statements",
            "drafts_not_adopted": "Drafts not adopted", "vetoed_drafts": "Vetoed drafts", "vetoes_by": "Vetoes",
            "stats_chart": "Resolutions and presidential statements per year", "vetoes_chart": "Vetoes cast by permanent members per year",
            "votes_by_year": "Votes by year", "vetoes_cast": "Vetoes cast",
            "placed": "Decisions placed at this meeting, by source", "sponsors": "Sponsors", "counts": "Stated and found",
            "stated": "Stated", "found": "Found in the tables and account", "events": "Meetings and videoconferences as the account tells them",
            "initiative": "Initiative", "concept_note": "Concept note", "briefers": "Briefers", "source_table": "Table 1", "source_narrative": "Narrative",
            "source_official": "UN official record",
            "stats_source": "Source: the United Nations' Security Council resolutions data (UNxml/SCresolutions); an empty cell: the data holds no such document for the year.",
        ]),
    ]
}
