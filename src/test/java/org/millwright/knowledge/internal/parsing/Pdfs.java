package org.millwright.knowledge.internal.parsing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/** PDFs rendered at test time: {@code aPdf().page("line", "line").blankPage().encrypted("pw").build()}. */
final class Pdfs {

    private final List<List<String>> pages = new ArrayList<>();
    private final Map<String, Integer> bookmarks = new LinkedHashMap<>();
    private String userPassword;

    private Pdfs() {}

    static Pdfs aPdf() {
        return new Pdfs();
    }

    Pdfs page(String... lines) {
        pages.add(List.of(lines));
        return this;
    }

    Pdfs blankPage() {
        pages.add(List.of());
        return this;
    }

    /** A top-level bookmark to a 1-based page. */
    Pdfs bookmark(String title, int page) {
        bookmarks.put(title, page);
        return this;
    }

    Pdfs encrypted(String password) {
        this.userPassword = password;
        return this;
    }

    byte[] build() {
        try (PDDocument pdf = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (List<String> lines : pages) {
                PDPage page = new PDPage();
                pdf.addPage(page);
                if (lines.isEmpty()) {
                    continue;
                }
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    content.beginText();
                    content.setFont(font, 12);
                    content.setLeading(16);
                    content.newLineAtOffset(72, 720);
                    for (String line : lines) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            if (!bookmarks.isEmpty()) {
                PDDocumentOutline outline = new PDDocumentOutline();
                bookmarks.forEach((title, page) -> {
                    PDOutlineItem item = new PDOutlineItem();
                    item.setTitle(title);
                    item.setDestination(pdf.getPage(page - 1));
                    outline.addLast(item);
                });
                pdf.getDocumentCatalog().setDocumentOutline(outline);
            }
            if (userPassword != null) {
                StandardProtectionPolicy policy =
                        new StandardProtectionPolicy("owner-" + userPassword, userPassword, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                pdf.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
