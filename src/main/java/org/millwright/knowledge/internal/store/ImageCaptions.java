package org.millwright.knowledge.internal.store;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.millwright.knowledge.internal.parsing.Block;
import org.millwright.knowledge.internal.parsing.ChunkDraft;
import org.millwright.knowledge.internal.parsing.LanguageGuess;
import org.millwright.knowledge.internal.parsing.ParsedDocument;
import org.millwright.platform.assets.AssetDirectory;
import org.millwright.platform.assets.AssetDirectory.AssetRef;
import org.springframework.stereotype.Component;

/**
 * The searchable text of an image, in place of parsing its bytes: the caption, then one line
 * "code name" per linked machine that still exists (as named when the image is indexed), so the
 * image is found by its caption and by the machines it shows. Always exactly one passage.
 */
@Component
class ImageCaptions {

    private final AssetDirectory assets;

    ImageCaptions(AssetDirectory assets) {
        this.assets = assets;
    }

    /** The image as a parsed document of one block; its language is the given one or guessed from the caption. */
    ParsedDocument parsed(KnowledgeDocument image) {
        String text = text(image.getTitle(), linked(image));
        String language = image.getLanguage() != null ? image.getLanguage() : LanguageGuess.of(image.getTitle());
        Block block = new Block(text, List.of(), null, null, null, 0, text.length());
        return new ParsedDocument(image.getTitle(), image.getMediaType(), language, text, List.of(block));
    }

    /** The single passage of an image's parsed document (never cut, whatever the chunk size). */
    static List<ChunkDraft> drafts(ParsedDocument parsed) {
        Block b = parsed.blocks().getFirst();
        return List.of(new ChunkDraft(b.text(), List.of(), null, null, null, b.charStart(), b.charEnd(), 0));
    }

    static String text(String caption, List<AssetRef> machines) {
        StringBuilder text = new StringBuilder(caption.strip());
        for (AssetRef m : machines) {
            text.append('\n').append(m.code()).append(' ').append(m.name());
        }
        return text.toString();
    }

    private List<AssetRef> linked(KnowledgeDocument image) {
        return image.getAssetIds().stream()
                .map(assets::find)
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(AssetRef::code))
                .toList();
    }
}
