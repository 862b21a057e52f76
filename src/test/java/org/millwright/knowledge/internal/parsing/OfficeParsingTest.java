package org.millwright.knowledge.internal.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTString;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

class OfficeParsingTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final DocumentParser parser = new DocumentParser();

    @Test
    void docxHeadingStylesBecomeSectionPaths() throws IOException {
        byte[] bytes = docx();

        ParsedDocument doc = parser.parse(bytes, "manual.docx", null);

        assertThat(doc.detectedMediaType()).isEqualTo(DOCX);
        assertThat(doc.blocks())
                .extracting(Block::sectionPath)
                .containsExactly(
                        List.of("Compressor C-2"),
                        List.of("Compressor C-2", "Oil change"),
                        List.of("Compressor C-2", "Filters"));
        assertThat(doc.blocks().get(1).text()).contains("Drain the oil");
        assertThat(doc.blocks())
                .allSatisfy(block -> assertThat(doc.fullText().substring(block.charStart(), block.charEnd()))
                        .isEqualTo(block.text()));
    }

    @Test
    void htmlHeadingsBecomeSectionPaths() {
        String html = "<html><head><title>Boiler notes</title><style>p{color:red}</style></head><body>"
                + "<h1>Boiler B-1</h1><p>Fire-tube boiler.</p>"
                + "<h2>Water treatment</h2><p>Test the water daily.</p><p>Blow down weekly.</p>"
                + "<h2>Burner</h2><ul><li>Clean the nozzle</li><li>Check the flame</li></ul>"
                + "</body></html>";

        ParsedDocument doc = parser.parse(html.getBytes(StandardCharsets.UTF_8), "boiler.html", "text/html");

        assertThat(doc.detectedMediaType()).isEqualTo("text/html");
        assertThat(doc.title()).isEqualTo("Boiler notes");
        assertThat(doc.blocks())
                .extracting(Block::sectionPath, Block::text)
                .containsExactly(
                        tuple(List.of("Boiler B-1"), "Fire-tube boiler."),
                        tuple(List.of("Boiler B-1", "Water treatment"), "Test the water daily.\n\nBlow down weekly."),
                        tuple(List.of("Boiler B-1", "Burner"), "Clean the nozzle\nCheck the flame"));
        assertThat(doc.fullText()).doesNotContain("color:red");
    }

    @Test
    void everySheetIsASection() throws IOException {
        byte[] bytes;
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var pumps = workbook.createSheet("Pumps").createRow(0);
            pumps.createCell(0).setCellValue("P-101");
            pumps.createCell(1).setCellValue("bearing");
            workbook.createSheet("Motors").createRow(0).createCell(0).setCellValue("M-7");
            workbook.write(out);
            bytes = out.toByteArray();
        }

        ParsedDocument doc = parser.parse(bytes, "plan.xlsx", null);

        assertThat(doc.blocks()).extracting(Block::sectionPath).containsExactly(List.of("Pumps"), List.of("Motors"));
        assertThat(doc.blocks().getFirst().text()).isEqualTo("P-101 | bearing");
    }

    private static byte[] docx() throws IOException {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFStyles styles = document.createStyles();
            styles.addStyle(headingStyle("Heading1", "heading 1"));
            styles.addStyle(headingStyle("Heading2", "heading 2"));
            paragraph(document, "Heading1", "Compressor C-2");
            paragraph(document, null, "Screw compressor of the main line.");
            paragraph(document, "Heading2", "Oil change");
            paragraph(document, null, "Drain the oil every 4000 hours.");
            paragraph(document, "Heading2", "Filters");
            paragraph(document, null, "Replace the air filter.");
            document.write(out);
            return out.toByteArray();
        }
    }

    private static XWPFStyle headingStyle(String id, String name) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        CTString styleName = CTString.Factory.newInstance();
        styleName.setVal(name);
        style.setName(styleName);
        return new XWPFStyle(style);
    }

    private static void paragraph(XWPFDocument document, String style, String text) {
        var paragraph = document.createParagraph();
        if (style != null) {
            paragraph.setStyle(style);
        }
        paragraph.createRun().setText(text);
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
