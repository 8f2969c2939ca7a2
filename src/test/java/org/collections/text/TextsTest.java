package org.collections.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TextsTest {

    private static final IntFunction<String> EARLIER = n -> "… " + n + " earlier";

    @Test
    void aTextFromOutsideShowsLiterallyWhereMarkdownIsRendered() {
        assertThat(Texts.markdownLiteral("[pay](https://evil.example) <img src=x>\n**Amount:**"))
                .isEqualTo("\\[pay\\]\\(https\\:\\/\\/evil\\.example\\) \\<img src\\=x\\> \\*\\*Amount\\:\\*\\*");
        assertThat(Texts.markdownLiteral("Café Müller 12")).isEqualTo("Café Müller 12");
        assertThat(Texts.markdownLiteral("a\\b")).isEqualTo("a\\\\b");
        assertThat(Texts.markdownLiteral(null)).isNull();
    }

    @Test
    void aTextThatFitsIsKeptAsItIs() {
        assertThat(Texts.fit("Jane Debtor", 11)).isEqualTo("Jane Debtor");
        assertThat(Texts.fit("", 1)).isEmpty();
        assertThat(Texts.fit(null, 5)).isNull();
    }

    @Test
    void aLongerTextIsCutToTheMaximumWithAnEllipsis() {
        assertThat(Texts.fit("abcdefghij", 5)).isEqualTo("abcd…");
        assertThat(Texts.fit("abcdefghij", 1)).isEqualTo("…");
        assertThat(Texts.fit("x".repeat(4001), 4000)).hasSize(4000).endsWith("x…");
        assertThatThrownBy(() -> Texts.fit("abc", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCutNeverSplitsASurrogatePair() {
        String emoji = "\uD83D\uDE00"; // one character, two chars
        String cut = Texts.fit("ab" + emoji + "cdef", 4);
        assertThat(cut).isEqualTo("ab…");
        assertThat(Texts.fit(emoji.repeat(10), 6)).isEqualTo(emoji.repeat(2) + "…");
        assertThat(Texts.fit(emoji.repeat(10), 7)).isEqualTo(emoji.repeat(3) + "…");
        IntStream.rangeClosed(1, 25).forEach(max -> {
            String fitted = Texts.fit(("a" + emoji).repeat(10), max);
            assertThat(fitted.length()).isLessThanOrEqualTo(max);
            assertThat(fitted.codePoints().noneMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE))
                    .as("lone surrogate at max %d", max).isTrue();
        });
    }

    @Test
    void entriesThatFitAreAllJoinedOldestFirst() {
        assertThat(Texts.joinNewest(List.of("one", "two", "three"), "\n", 13, EARLIER)).isEqualTo("one\ntwo\nthree");
        assertThat(Texts.joinNewest(List.of(), "\n", 10, EARLIER)).isEmpty();
    }

    @Test
    void whenTheyDoNotFitTheNewestAreKeptAfterAMarkerCountingTheRest() {
        List<String> entries = List.of("call 1 " + "a".repeat(30), "call 2 " + "b".repeat(30), "call 3 " + "c".repeat(30),
                "call 4 " + "d".repeat(30));
        String joined = Texts.joinNewest(entries, "\n", 100, EARLIER);
        assertThat(joined).isEqualTo("… 2 earlier\n" + entries.get(2) + "\n" + entries.get(3));
        assertThat(joined.length()).isLessThanOrEqualTo(100);
    }

    @Test
    void aNewestEntryTooLongOnItsOwnIsCut() {
        String joined = Texts.joinNewest(List.of("old", "new " + "x".repeat(200)), "\n", 50, EARLIER);
        assertThat(joined).hasSize(50).startsWith("… 1 earlier\nnew xxx").endsWith("x…");
        assertThat(Texts.joinNewest(List.of("only " + "x".repeat(200)), "\n", 20, EARLIER))
                .isEqualTo("only xxxxxxxxxxxxxx…");
    }

    @Test
    void anyNumberOfEntriesOfAnyLengthFits() {
        for (int count : new int[] {1, 2, 3, 9, 10, 11, 99, 100, 1000}) {
            for (int length : new int[] {0, 1, 500, 3999, 4000, 4001, 10_000}) {
                List<String> entries = IntStream.range(0, count).mapToObj(i -> i + " " + "n".repeat(length)).toList();
                String joined = Texts.joinNewest(entries, "\n", Texts.MAX_VARIABLE, n -> "… " + n
                        + " earlier calls in the dossier");
                assertThat(joined.length()).as("%d entries of %d", count, length)
                        .isLessThanOrEqualTo(Texts.MAX_VARIABLE);
                String newest = entries.get(count - 1);
                assertThat(joined).contains(newest.substring(0, Math.min(newest.length(), 10)));
            }
        }
        assertThat(Texts.joinNewest(List.of("abc", "def"), "\n", 3, EARLIER)).hasSize(3);
    }

    /** A reason of no-break or zero-width spaces reads as none on screen, so it counts as none. */
    @Test
    void aTextOfInvisibleSpacesSaysNothing() {
        assertThat(Texts.saysNothing(null)).isTrue();
        assertThat(Texts.saysNothing("")).isTrue();
        assertThat(Texts.saysNothing(" \t\n")).isTrue();
        assertThat(Texts.saysNothing("\u00a0\u2003\u200b\u202f")).isTrue();
        assertThat(Texts.saysNothing("\u00a0x")).isFalse();
        assertThat(Texts.saysNothing("Nothing to expect")).isFalse();
    }
}
