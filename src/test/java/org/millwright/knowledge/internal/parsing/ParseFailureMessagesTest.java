package org.millwright.knowledge.internal.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Every parse failure has a message for people in English and in Spanish. */
class ParseFailureMessagesTest {

    @Test
    void everyReasonIsWordedInBothLanguages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/knowledge");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        for (ParseFailure.Reason reason : ParseFailure.Reason.values()) {
            String key = "knowledge.parse." + reason.name().toLowerCase(Locale.ROOT);
            String english = messages.getMessage(key, new Object[] {"a.pdf"}, Locale.ENGLISH);
            String spanish = messages.getMessage(key, new Object[] {"a.pdf"}, Locale.of("es"));
            assertThat(english).contains("a.pdf").isNotEqualTo(spanish);
            assertThat(spanish).contains("a.pdf").contains("archivo");
        }
    }
}
