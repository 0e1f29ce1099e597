extension LanguageProfile {
    /// The Chinese Repertoire (联合国安全理事会惯例汇编).
    public static let chinese: LanguageProfile = {
        var p = LanguageProfile(
        code: "zh",
        yearMarker: "年", monthMarker: "月", dayMarker: "日",
        numerals: ["零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10],
        numberUnits: ["年", "月", "日", "个", "次", "项", "号", "时", "亿", "万", "%", "段", "条", "章", "岁", "天",
                      "名", "票", "周年", "世纪", "(", "（", ".", "-", "/", "至"],
        listSeparators: ["、"],
        finalConjunctions: ["以及", "和", "及"],
        titleEndings: ["长", "员", "人", "主席", "特使", "主任", "干事", "官", "代表", "女士", "先生", "专员",
                       "顾问", "大使", "秘书", "专家", "家", "所长", "总裁", "负责人", "成员", "观察员", "法官", "检察官"],
        quoteBrackets: [("《", "》"), ("“", "”"), ("(", ")"), ("（", "）")],
        tableWord: "表",
        videoconferenceCaption: "视频会议：",
        tableHeaders: [
            "会议记录和日期 分项 其他文件 根据规则第 37 条发出的邀请 根据规则第 39 条发出的邀请及其他邀请 发言者 决定和表决 (赞成-反对-弃权)",
            "视频会议日期 视频会议记录 标题 决定、表决(赞成-反对-弃权)和书面程序记录",
        ],
        meetingsCount: ["次会议", "次公开会议", "次非公开会议"],
        videoconferencesCount: ["次视频会议", "次公开视频会议", "次非公开视频会议"],
        resolutionsCount: ["项决议"],
        presidentialStatementsCount: ["项主席声明"],
        thematicSubItemsIntro: ["专题分项目是：", "专题分项目是:", "专题分项目为：", "专题分项目为:"],
        regionalSubItemsIntro: ["区域的分项目是：", "区域的分项目是:", "区域的分项目为：", "区域的分项目为:"],
        subItemSeparators: ["；", ";", "。"],
        held: ["举行"],
        videoconference: "视频会议",
        sentenceEnd: ["。"],
        initiative: [("根据当月轮值主席", "的倡议"), ("在担任该月份主席的", "倡议下"), ("根据", "的倡议"), ("在", "的倡议下")],
        briefersIntro: ["听取了"],
        briefersEnd: ["的情况通报", "的通报", "关于", "所作的通报"],
        recordFootnotePrefix: ["见"],
        conceptNote: ["概念说明"],
        summaryOpening: "年，",
        themeQuotes: [("题为“", "”的分项"), ("就“", "”的主题"), ("主题是“", "”"), ("重点讨论", "。"), ("关于“", "”主题"), ("关于", "的通报")],
        resolutionPrefix: "第",
        resolutionSuffix: ["决议"],
        resolutionChainWords: ["号", "和", "、", "及", "第"],
        adoption: ["通过了", "通过"],
        unanimously: ["一致"],
        presidentialStatement: ["主席声明", "发表了一项声明"],
        chapterVII: ["根据第七章通过", "根据《宪章》第七章", "根据宪章第七章"],
        voteWords: ["票赞成", "票反对", "票弃权"],
        recordPrefix: "S/PV.",
        continuationJoiner: ["和", "及"],
        memberStatesCount: "个会员国",
        draftResolution: ["决议草案"],
        submittedBy: ["提出的"],
        letter: ["的信"],
        speakerWords: ["安理会全体成员", "安理会所有成员", "受邀请者", "会员国", "秘书长"],
        eventDatePrefixes: ["在"],
        assemblyResolutionPrefix: ["大会第"]
        )
        p.detectionPhrases = ["安理会", "安全理事会", "决议", "会议", "秘书长"]
        p.videoconferenceHeaderWords = ["视频会议"]
        p.presidency = ["当月轮值主席", "担任该月份主席"]
        return p
    }()
}
