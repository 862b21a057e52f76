package org.millwright.assistant.internal.voice;

import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.millwright.assistant.internal.AssistantSettings;
import org.millwright.assistant.internal.AssistantType;
import org.millwright.assistant.internal.conversation.Conversations;
import org.millwright.inference.AudioClip;
import org.millwright.inference.InferenceException;
import org.millwright.inference.InferenceFacade;
import org.millwright.inference.Transcription;
import org.millwright.platform.error.InvalidRequestException;
import org.millwright.platform.error.PayloadTooLargeException;
import org.millwright.platform.error.ServiceUnavailableException;
import org.millwright.platform.error.UnprocessableException;
import org.springframework.stereotype.Service;

/**
 * Turns a recorded question into text, after checking everything that can be checked before the
 * speech-to-text server is called: the recording (missing or empty: 400; over {@code
 * voice.max-audio-size}: 413; not WAV, WebM, MP3 or Ogg by its bytes: 415), the type and language
 * (400), the conversation (another user's: 404; closed: 409) and whether a speech server is
 * configured (503). A failed transcription is a 503 with the reason; an empty one is a 422.
 */
@Service
public class VoiceQuestions {

    private final InferenceFacade inference;
    private final Conversations conversations;
    private final AssistantSettings settings;

    VoiceQuestions(InferenceFacade inference, Conversations conversations, AssistantSettings settings) {
        this.inference = inference;
        this.conversations = conversations;
        this.settings = settings;
    }

    /**
     * A recording as uploaded: its size, its bytes (read only once the size is allowed), and the
     * optional file name, conversation, type and language (null when absent).
     */
    public record Recording(
            long size, Supplier<byte[]> content, String filename, UUID conversationId, String type, String language) {}

    /** What was heard: the question's text and the language the server reported (null when not). */
    public record Heard(String text, String language) {}

    public Heard hear(Recording recording) {
        if (recording.size() <= 0) {
            throw new InvalidRequestException("error.assistant.voice-empty");
        }
        long max = settings.voice().maxAudioSize().toBytes();
        if (recording.size() > max) {
            throw new PayloadTooLargeException("error.assistant.voice-too-large", max / 1024);
        }
        byte[] bytes = recording.content().get();
        if (bytes.length == 0) {
            throw new InvalidRequestException("error.assistant.voice-empty");
        }
        AudioFormat format =
                AudioFormat.of(bytes).orElseThrow(() -> new UnsupportedAudioException("error.assistant.voice-format"));
        String language = language(recording.language());
        if (recording.type() != null
                && !recording.type().isBlank()
                && AssistantType.parse(recording.type()).isEmpty()) {
            throw new InvalidRequestException("error.assistant.unknown-type", recording.type());
        }
        if (recording.conversationId() != null) {
            conversations.openForQuestion(recording.conversationId());
        }
        if (!inference.speechAvailable()) {
            throw new ServiceUnavailableException("error.assistant.voice-not-configured");
        }
        Transcription heard;
        try {
            heard = inference.transcribe(
                    new AudioClip(bytes, filename(recording.filename(), format), format.mediaType(), language));
        } catch (InferenceException e) {
            if (e.reason() == InferenceException.Reason.NOT_CONFIGURED) {
                throw new ServiceUnavailableException("error.assistant.voice-not-configured");
            }
            throw new ServiceUnavailableException(
                    "error.assistant.voice-transcription-failed", e.reason().name());
        }
        String text = heard.text() == null ? "" : heard.text().strip();
        if (text.isEmpty()) {
            throw new UnprocessableException("error.assistant.voice-nothing-heard");
        }
        return new Heard(text, heard.language());
    }

    private static String language(String requested) {
        if (requested == null || requested.isBlank()) {
            return null;
        }
        String l = requested.strip().toLowerCase(Locale.ROOT);
        if (!l.equals("es") && !l.equals("en")) {
            throw new InvalidRequestException("error.assistant.unknown-language", requested);
        }
        return l;
    }

    /** The upload's own name when it has one, else {@code question.<ext>} for the detected format. */
    private static String filename(String uploaded, AudioFormat format) {
        if (uploaded == null || uploaded.isBlank()) {
            return "question." + format.extension();
        }
        String name = uploaded.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty()) {
            return "question." + format.extension();
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
