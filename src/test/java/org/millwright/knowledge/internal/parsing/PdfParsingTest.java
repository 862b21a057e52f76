package org.millwright.knowledge.internal.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.millwright.knowledge.internal.parsing.Pdfs.aPdf;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.millwright.knowledge.internal.parsing.ParseFailure.Reason;

class PdfParsingTest {

    private final DocumentParser parser = new DocumentParser();

    private static byte[] threePages() {
        return aPdf().page("Pump alignment", "Check the coupling gap before start-up.")
                .page("Bearing lubrication", "Grease the bearings every three months.")
                .page("Mechanical seal", "Replace the seal when it leaks more than ten drops a minute.")
                .build();
    }

    @Test
    void everyPageBecomesABlockWithItsPageNumber() {
        ParsedDocument doc = parser.parse(threePages(), "pump.pdf", "application/pdf");

        assertThat(doc.detectedMediaType()).isEqualTo("application/pdf");
        assertThat(doc.blocks()).extracting(Block::page).containsExactly(1, 2, 3);
        assertThat(doc.blocks().get(1).text()).contains("Grease the bearings");
        assertThat(doc.blocks().get(2).text()).contains("Mechanical seal").doesNotContain("Grease");
        assertThat(doc.blocks()).allSatisfy(block -> {
            assertThat(doc.fullText().substring(block.charStart(), block.charEnd()))
                    .isEqualTo(block.text());
            assertThat(block.lineStart()).isNull();
        });
        assertThat(doc.language()).isEqualTo("en");
        assertThat(doc.title()).isEqualTo("pump");
    }

    @Test
    void chunksKeepThePagesApart() {
        ParsedDocument doc = parser.parse(threePages(), "pump.pdf", null);

        List<ChunkDraft> chunks = new Chunker().chunk(doc.blocks());

        assertThat(chunks).extracting(ChunkDraft::page).containsExactly(1, 2, 3);
        assertThat(chunks.get(0).text()).contains("coupling").doesNotContain("bearings");
        assertThat(chunks).extracting(ChunkDraft::ordinal).containsExactly(0, 1, 2);
    }

    @Test
    void bookmarksGiveSectionPathsByPage() {
        byte[] bytes = aPdf().page("Cover page of the pump manual")
                .page("Grease the bearings every three months.")
                .page("Replace the seal when it leaks.")
                .bookmark("Lubrication", 2)
                .bookmark("Seals", 3)
                .build();

        ParsedDocument doc = parser.parse(bytes, "bookmarked.pdf", null);

        assertThat(doc.blocks())
                .extracting(Block::sectionPath)
                .containsExactly(List.of(), List.of("Lubrication"), List.of("Seals"));
    }

    @Test
    void anEncryptedPdfFailsAsEncrypted() {
        byte[] bytes = aPdf().page("Secret procedure text").encrypted("s3cret").build();

        ParseFailure failure =
                catchThrowableOfType(ParseFailure.class, () -> parser.parse(bytes, "locked.pdf", "application/pdf"));

        assertThat(failure.reason()).isEqualTo(Reason.ENCRYPTED);
        assertThat(failure.messageKey()).isEqualTo("knowledge.parse.encrypted");
        assertThat(failure.getMessage()).contains("locked.pdf");
    }

    @Test
    void randomBytesNamedPdfFailAsCorrupt() {
        byte[] bytes = new byte[4096];
        new Random(42).nextBytes(bytes);

        ParseFailure failure =
                catchThrowableOfType(ParseFailure.class, () -> parser.parse(bytes, "x.pdf", "application/pdf"));

        assertThat(failure.reason()).isEqualTo(Reason.CORRUPT);
    }

    @Test
    void aScannedPdfNeedsOcrWhenOcrIsOff() {
        byte[] bytes = ScannedPdfs.of(List.of("Grease the bearings every three months."));

        ParseFailure failure = catchThrowableOfType(ParseFailure.class, () -> parser.parse(bytes, "scan.pdf", null));

        assertThat(failure.reason()).isEqualTo(Reason.NEEDS_OCR);
    }

    @Test
    void aPdfOfBlankPagesHasNoText() {
        byte[] bytes = aPdf().blankPage().build();

        ParseFailure failure = catchThrowableOfType(ParseFailure.class, () -> parser.parse(bytes, "blank.pdf", null));

        assertThat(failure.reason()).isEqualTo(Reason.NO_TEXT);
    }

    @Test
    void morePagesThanTheLimitFail() {
        ParseFailure failure = catchThrowableOfType(
                ParseFailure.class, () -> new DocumentParser(2).parse(threePages(), "big.pdf", null));

        assertThat(failure.reason()).isEqualTo(Reason.TOO_MANY_PAGES);
        assertThat(new DocumentParser(3).parse(threePages(), "big.pdf", null).blocks())
                .hasSize(3);
    }
}
