package org.synoptic.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CjkBylinesTest {

    private static final String BODY = "본문 첫 문단입니다. 항구 도시의 새 다리가 오늘 문을 열었다.";
    private static final String COPYRIGHT = "<저작권자 ⓒ 항구일보, 무단전재 및 재배포 금지>";

    @Test
    void aKoreanSignOffAtTheEndNamesTheReporter() {
        assertEquals(Optional.of("김하늘 기자"), find(BODY, "김하늘 기자", COPYRIGHT));
        assertEquals(Optional.of("김하늘 기자"), find(BODY, "김하늘 기자 sky@harbour.example", "[사진=항구일보]", COPYRIGHT));
        assertEquals(Optional.of("칼럼니스트 박바다"), find(BODY, "칼럼니스트 박바다 sea@harbour.example", COPYRIGHT));
        assertEquals(Optional.of("김하늘기자"), find(BODY, "[김하늘기자]"));
    }

    @Test
    void aKoreanWireOpeningNamesTheReporter() {
        assertEquals(Optional.of("김하늘 기자"), find("(항구=하나통신) 김하늘 기자 = 새 다리가 오늘 문을 열었다.", "둘째 문단."));
    }

    @Test
    void japaneseAndChineseCreditsBeforeTheFirstSentence() {
        assertEquals(Optional.of("ロンドン＝田中一郎"), find("【ロンドン＝田中一郎】新しい橋が１日、開通した。", "二段落目。"));
        assertEquals(Optional.of("記者王小明／台北報導"), find("〔記者王小明／台北報導〕新橋今天通車。", "第二段。"));
        assertEquals(Optional.of("记者李华、张明"), find("（记者李华、张明）新桥今天通车。", "第二段。"));
        assertEquals(Optional.of("記者王小明／台北報導"), find("新橋今天通車。", "記者王小明／台北報導"));
        // After a photo's caption, the opening still credits the article.
        String opening = "〔記者王小明／台北報導〕" + "新橋今天通車，市長和數百名市民一起走過橋面，慶祝這座連接兩岸的大橋完工。".repeat(3);
        assertEquals(Optional.of("記者王小明／台北報導"), find("新橋今天通車。（資料照）", opening, "第三段。"));
    }

    @Test
    void aNameWithoutItsLabelOrFarFromTheEndIsNoByline() {
        assertEquals(Optional.empty(), find(BODY, "김하늘", COPYRIGHT));
        assertEquals(Optional.empty(), find(BODY, "김하늘 기자", "셋째.", "넷째.", "다섯째.", "여섯째."));
        assertEquals(Optional.empty(), find("김하늘 기자는 어제 다리를 건넜다고 말했다. " + BODY));
        assertEquals(Optional.empty(), find("【速報】新しい橋が開通した。"));
        assertEquals(Optional.empty(), find("By Ana Ruiz", "The bridge opened today."));
        assertEquals(Optional.empty(), find());
    }

    @Test
    void theNamesAreReadFromTheCredit() {
        SiteNames site = new SiteNames(List.of("항구일보"));
        assertEquals(List.of("김하늘"), PersonNames.of("김하늘 기자", site, false));
        assertEquals(List.of("김하늘"), PersonNames.of("김하늘기자", site, false));
        assertEquals(List.of("박바다"), PersonNames.of("칼럼니스트 박바다", site, false));
        assertEquals(List.of("田中一郎"), PersonNames.of("ロンドン＝田中一郎", site, false));
        assertEquals(List.of("王小明"), PersonNames.of("記者王小明／台北報導", site, false));
        assertEquals(List.of("李华", "张明"), PersonNames.of("记者李华、张明", site, false));
        // A wire service in the reporter's place, and a desk credit, name no one.
        assertEquals(List.of(), PersonNames.of("ロンドン＝共同", site, false));
        assertEquals(List.of(), PersonNames.of("記者即時報導", site, false));
        // A Han name without a label is any word.
        assertEquals(List.of(), PersonNames.of("田中一郎", site, false));
    }

    private static Optional<String> find(String... paragraphs) {
        return CjkBylines.find(List.of(paragraphs));
    }
}
